"""The Python package against the CLI on the bundled example report.

The CLI is `RASD_BIN` when set (CI sets it to the binary `cargo test` built), else
`cargo run --quiet -p rasd --` from the repository root.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

import rasd

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE_TXT = ROOT / "examples" / "kirkuk-2016-10-22.txt"
EXAMPLE_JSONL = ROOT / "examples" / "kirkuk-2016-10-22.jsonl"
PUBLISHED = "2016-10-22"

# ACLED's 31 columns in ACLED's order (ACLED's codebook); the CSV writes those it has, in order.
ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
    "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
    "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
    "source_scale notes fatalities tags timestamp"
).split()


def cli(*args: str) -> str:
    """The CLI's stdout for `args`, run from the repository root; a failure fails the test."""
    if os.environ.get("RASD_BIN"):
        cmd = [os.environ["RASD_BIN"]]
    else:
        cmd = ["cargo", "run", "--quiet", "-p", "rasd", "--"]
    run = subprocess.run(
        cmd + list(args), cwd=ROOT, capture_output=True, text=True, encoding="utf-8"
    )
    assert run.returncode == 0, f"{shlex.join(cmd + list(args))}: {run.stderr}"
    return run.stdout


def jsonl(out: str) -> list:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def text() -> str:
    return EXAMPLE_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cli_records() -> list:
    return jsonl(cli("extract", "--published", PUBLISHED, str(EXAMPLE_TXT)))


def test_extract_gives_the_records_the_cli_writes(text, cli_records):
    records = rasd.extract(text, published=PUBLISHED, id="kirkuk-2016-10-22")
    assert records == cli_records
    assert all(r["schema_version"] == rasd.SCHEMA_VERSION == 2 for r in records)
    # the Daquq airstrike of DESIGN.md section 2: 15 women killed, 50 injured, dated the day
    # before publication
    daquq = [r for r in records if (r.get("location") or {}).get("name") == "Daquq"]
    assert [r["sub_event_type"] for r in daquq] == ["Air/drone strike"]
    assert daquq[0]["fatalities"]["min"] == 15
    assert daquq[0]["injuries"]["min"] == 50
    assert daquq[0]["date"]["value"] == "2016-10-21"


def test_extract_all_gives_every_mention_the_cli_gives(text):
    records = rasd.extract(text, published=PUBLISHED, all=True, id="kirkuk-2016-10-22")
    expected = jsonl(cli("extract", "--all", "--published", PUBLISHED, str(EXAMPLE_TXT)))
    assert records == expected
    assert all("status" in r for r in records)


def test_a_date_object_is_a_publication_date(text, cli_records):
    import datetime

    records = rasd.extract(text, published=datetime.date(2016, 10, 22), id="kirkuk-2016-10-22")
    assert records == cli_records


def test_extract_many_on_the_jsonl_example_gives_what_the_cli_gives():
    reports = [json.loads(line) for line in EXAMPLE_JSONL.read_text(encoding="utf-8").splitlines()]
    per_report = rasd.extract_many(reports)
    assert len(per_report) == len(reports)
    flat = [r for records in per_report for r in records]
    assert flat == jsonl(cli("extract", str(EXAMPLE_JSONL)))
    assert flat, "the example report has incidents"


def test_extract_many_keeps_input_order_and_equals_extract_per_report(text):
    # the report cut at each sentence end and Arabic comma, a report each, then the whole
    # report: strings and dicts mixed
    pieces = [p for p in re.split(r"(?<=[.!؟،])\s+", text) if p.strip()]
    assert len(pieces) >= 10
    items = []
    for i, p in enumerate(pieces):
        if i % 2:
            items.append({"id": f"p{i}", "text": p, "published": PUBLISHED, "source": "Asharq"})
        else:
            items.append(p)
    items.append({"id": "whole", "text": text})

    def one(i, item):
        if isinstance(item, str):
            return rasd.extract(item, published=PUBLISHED, id=str(i))
        return rasd.extract(
            item["text"],
            published=item.get("published", PUBLISHED),
            id=item["id"],
            source=item.get("source"),
        )

    expected = [one(i, item) for i, item in enumerate(items)]
    assert sum(1 for e in expected if e) >= 5, "several reports have records"
    got = rasd.extract_many(items, threads=2, published=PUBLISHED)
    assert got == expected
    assert [r["doc_id"] for records in got for r in records] == [
        r["doc_id"] for records in expected for r in records
    ]
    # the other way round, and on one thread, and on the default pool: the same lists, reversed
    assert rasd.extract_many(reversed(items), threads=1, published=PUBLISHED) == [
        # a string's id is its position, which reversing changes
        one(len(items) - 1 - i, item) if isinstance(item, str) else one(0, item)
        for i, item in reversed(list(enumerate(items)))
    ]
    assert rasd.extract_many(items, published=PUBLISHED) == expected


def test_extract_many_releases_the_gil(text):
    """Python code runs in another thread while the native call extracts."""
    from rasd import _rasd

    rasd.extract(text, published=PUBLISHED)  # the extractor is compiled on the first call
    start = time.perf_counter()
    rasd.extract(text, published=PUBLISHED)
    once = max(time.perf_counter() - start, 1e-4)
    n = max(8, int(0.6 / once))
    # one call's time is a rough guide (a busy machine, warm caches): grow the batch until the
    # native call lasts long enough to tell
    for _ in range(6):
        reports = [(str(i), text, PUBLISHED, None, None) for i in range(n)]
        window = {}

        def work():
            window["start"] = time.perf_counter()
            _rasd.extract_many_json(reports, False, 1)
            window["end"] = time.perf_counter()

        worker = threading.Thread(target=work)
        ticks = []
        worker.start()
        while worker.is_alive():
            ticks.append(time.perf_counter())
            time.sleep(0.001)
        worker.join()
        a, b = window["start"], window["end"]
        if b - a > 0.2:
            break
        n *= 4
    assert b - a > 0.2, f"the call took {b - a:.3f} s: too short to tell"
    middle = [t for t in ticks if a + (b - a) / 4 < t < b - (b - a) / 4]
    assert len(middle) > 10, f"{len(middle)} ticks of the main thread during the call"


def test_to_dataframe_has_the_csv_columns_and_values(text):
    records = rasd.extract(text, published=PUBLISHED, id="kirkuk-2016-10-22")
    report = {"id": "kirkuk-2016-10-22", "text": text, "published": PUBLISHED}
    df = rasd.to_dataframe(records, reports=[report])
    table = list(csv.reader(io.StringIO(cli("extract", "--format", "csv", "--published",
                                            PUBLISHED, str(EXAMPLE_TXT)))))
    header, rows = table[0], table[1:]
    assert list(df.columns) == header
    # ACLED's columns come first, in ACLED's order
    acled = [c for c in header if c in ACLED_COLUMNS]
    assert acled == [c for c in ACLED_COLUMNS if c in header]
    assert header[: len(acled)] == acled
    assert len(df) == len(rows) == len(records)
    for c in ("year", "time_precision", "iso", "inter1", "geo_precision", "fatalities"):
        assert str(df[c].dtype) == "Int64", c
    for c in ("latitude", "longitude", "confidence"):
        assert df[c].dtype == "float64", c
    # every cell is the CSV's cell, but the CLI's run time
    assert df["timestamp"].isna().all()
    assert df["notes"].notna().all() and df["source"].eq("kirkuk-2016-10-22").all()
    for i, row in enumerate(rows):
        for c, cell in zip(header, row):
            if c == "timestamp":
                continue
            v = df.at[i, c]
            if pd.isna(v):
                assert cell == "", (i, c, cell)
            elif str(df[c].dtype) == "Int64":
                assert int(cell) == v, (i, c, cell, v)
            elif df[c].dtype == "float64":
                assert float(cell) == v, (i, c, cell, v)
            else:
                assert cell == v, (i, c, cell, v)
    daquq = df[df["location"] == "Daquq"]
    assert daquq["fatalities"].tolist() == [15]
    assert daquq["iso"].tolist() == [368]


def test_to_dataframe_takes_the_lists_of_extract_many(text):
    per_report = rasd.extract_many([text, text[: len(text) // 2]], published=PUBLISHED)
    df = rasd.to_dataframe(per_report)
    assert len(df) == sum(len(r) for r in per_report) > 0
    assert df["doc_id"].tolist() == [r["doc_id"] for rs in per_report for r in rs]
    empty = rasd.to_dataframe([])
    assert len(empty) == 0 and list(empty.columns) == list(df.columns)


def test_bad_input_is_an_error_naming_the_report():
    with pytest.raises(ValueError, match="published"):
        rasd.extract("نص", published="2016-13-40")
    with pytest.raises(ValueError, match="report 1: .*published"):
        rasd.extract_many(["نص", {"text": "نص", "published": "22/10/2016"}])
    with pytest.raises(TypeError, match="report 0: `text`"):
        rasd.extract_many([{"id": "a", "body": "نص"}])
    with pytest.raises(TypeError, match="report 0: a report is a string or a dict"):
        rasd.extract_many([b"bytes"])
    with pytest.raises(ValueError, match="empty `id`"):
        rasd.extract("نص", id=" ")
    with pytest.raises(ValueError, match="threads"):
        rasd.extract_many(["نص"], threads=0)
    with pytest.raises(ValueError, match="not rasd records"):
        rasd.to_dataframe([{"event_id": "x"}])
