"""rasd: Arabic news reports in, conflict-event records out, from Python.

    import rasd
    records = rasd.extract(text, published="2016-10-22")
    df = rasd.to_dataframe(records)          # pandas, ACLED's columns

The records are the JSON records `rasd extract` writes (schema_version 2, described in the
repository's DESIGN.md), as dicts: the Rust engine builds them, this package only hands them
over. Extraction runs without the GIL; `extract_many` runs on several threads, so a Spark or
Dask job can call it as a map step over a partition.

Diagnostics (a report read in parts, say) go to the `rasd` logger as warnings.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union

from . import _rasd

__all__ = [
    "SCHEMA_VERSION",
    "__version__",
    "default_threshold",
    "extract",
    "extract_many",
    "to_dataframe",
]

__version__: str = _rasd.__version__
#: The version of the record this package returns (DESIGN.md section 2).
SCHEMA_VERSION: int = _rasd.SCHEMA_VERSION

_log = logging.getLogger("rasd")

Report = Union[str, Mapping[str, Any]]


def default_threshold() -> float:
    """The confidence from which an `incident` record makes the default output."""
    return _rasd.default_threshold()


def _date(value: Any, what: str) -> Optional[str]:
    """A publication date as YYYY-MM-DD: a string, a `datetime.date` (or datetime), or None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    raise TypeError(f"{what}`published` must be a YYYY-MM-DD string or a date, got {value!r}")


def _optional_str(value: Any, field: str, what: str) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{what}`{field}` must be a string, got {type(value).__name__}")


def _report(i: int, item: Report, published: Any) -> tuple:
    """(id, text, published, source, url) of the `i`th report given to `extract_many`."""
    what = f"report {i}: "
    if isinstance(item, str):
        return (str(i), item, _date(published, what), None, None)
    if not isinstance(item, Mapping):
        raise TypeError(f"{what}a report is a string or a dict, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        raise TypeError(f"{what}`text` must be a string, got {type(text).__name__}")
    rid = item.get("id", str(i))
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str):
        raise TypeError(f"{what}`id` must be a string, got {type(rid).__name__}")
    own = item.get("published")
    return (
        rid,
        text,
        _date(own if own is not None else published, what),
        _optional_str(item.get("source"), "source", what),
        _optional_str(item.get("url"), "url", what),
    )


def _records(doc_id: str, extracted: tuple) -> list:
    records_json, diagnostics = extracted
    for message in diagnostics:
        _log.warning("%s: %s", doc_id, message)
    return json.loads(records_json)


def extract(
    text: str,
    published: Any = None,
    all: bool = False,
    *,
    id: str = "doc",
    source: Optional[str] = None,
    url: Optional[str] = None,
) -> list:
    """The event records of one report, as `rasd extract` writes them, one dict each.

    `published` (YYYY-MM-DD or a date) anchors relative dates ("أمس", "السبت الماضي"); `all`
    returns every mention with its `status` instead of the incident table; `id` is the
    report's id (records' `doc_id`, and their `event_id` is `id:offset`).
    """
    if not isinstance(text, str):
        raise TypeError(f"`text` must be a string, got {type(text).__name__}")
    if not isinstance(id, str):
        raise TypeError(f"`id` must be a string, got {type(id).__name__}")
    report = (
        id,
        text,
        _date(published, ""),
        _optional_str(source, "source", ""),
        _optional_str(url, "url", ""),
    )
    return _records(id, _rasd.extract_json(report, bool(all)))


def extract_many(
    reports: Iterable[Report],
    threads: Optional[int] = None,
    *,
    published: Any = None,
    all: bool = False,
) -> list:
    """The records of each report, a list per report in input order, extracted in parallel.

    A report is a string (its text; its id is its position, "0", "1", ...) or a dict like a
    line of rasd's JSONL input: `text` (required), `id` (default: its position), `published`,
    `source`, `url`. `published` here is the date for the reports that give none. `threads`:
    how many threads extract (default: one per core). The GIL is released meanwhile.
    """
    if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool)):
        raise TypeError(f"`threads` must be an integer, got {threads!r}")
    tuples = [_report(i, item, published) for i, item in enumerate(reports)]
    results = _rasd.extract_many_json(tuples, bool(all), threads)
    return [_records(t[0], r) for t, r in zip(tuples, results)]


# Columns of the CSV that hold numbers: integers (nullable, pandas' Int64) and floats. Every other
# column is text. A column the CSV writer adds later is text until it is named here.
_INTEGER_COLUMNS = (
    "year",
    "time_precision",
    "inter1",
    "inter2",
    "interaction",
    "iso",
    "geo_precision",
    "fatalities",
    "fatalities_max",
    "injuries",
    "trigger_start",
    "trigger_end",
    "schema_version",
)
_FLOAT_COLUMNS = ("latitude", "longitude", "confidence")


def _flatten(records: Iterable[Any]) -> list:
    """The records of `extract` (a list of dicts) or of `extract_many` (a list of such lists)."""
    flat = []
    for r in records:
        if isinstance(r, Mapping):
            flat.append(r)
        elif isinstance(r, (list, tuple)):
            flat.extend(r)
        else:
            raise TypeError(f"a record is a dict, got {type(r).__name__}")
    return flat


def to_dataframe(records: Iterable[Any], reports: Optional[Iterable[Mapping[str, Any]]] = None):
    """A pandas DataFrame of the records in the columns of `rasd extract --format csv`.

    ACLED's columns come first (event_id_cnty, event_date, year, time_precision, ... notes,
    fatalities), then rasd's own; each row is built by the same Rust code as the CSV row, so
    the two never disagree. Integer columns (year, iso, inter1, fatalities, ...) are pandas'
    nullable Int64, coordinates and confidence floats, an empty cell missing (None / <NA>).
    `records` is the output of `extract` or of `extract_many`. `reports` (dicts with `id`,
    `text` and optionally `published`, `source`, `url`, as given to `extract_many`) fills each
    record's `source`, `event_date` fallback and `notes` from its report (matched by `doc_id`);
    without them `source` is the doc id and `notes` empty. `timestamp` is empty. Needs pandas.
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("rasd.to_dataframe needs pandas: pip install pandas") from e
    given = [
        {k: r.get(k) for k in ("id", "text", "published", "source", "url")} for r in (reports or [])
    ]
    columns, rows = _rasd.acled_table(json.dumps(_flatten(records)), json.dumps(given))
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    for c in _INTEGER_COLUMNS:
        if c in df.columns:
            df[c] = pd.to_numeric(df[c]).astype("Int64")
    for c in _FLOAT_COLUMNS:
        if c in df.columns:
            df[c] = pd.to_numeric(df[c]).astype("float64")
    return df
