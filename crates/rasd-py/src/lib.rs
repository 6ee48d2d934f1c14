//! `rasd._rasd`, the native half of the Python package `rasd` (`python/rasd/__init__.py` is the
//! other half and the public API).
//!
//! Records cross to Python as the JSON that `rasd extract` writes (serde_json here, `json.loads`
//! there): the same library code builds them, and no second mapping of the record exists.
//! Extraction runs with the GIL released; `extract_many_json` runs on rayon's threads.

use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;

use rasd_core::write::{Columns, Row};
use rasd_core::{valid_date, Event, Report};
use rasd_extract::Extractor;

/// A report as the Python side hands it over: id, text, published, source, url.
type ReportTuple = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// One report's records (a JSON array) and its diagnostics.
type Extracted = (String, Vec<String>);

/// The extractor, compiled once per process (lexicons and gazetteer) and shared by all threads.
fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}

fn report(r: ReportTuple) -> Report {
    let (id, text, published, source, url) = r;
    Report {
        id,
        text,
        published,
        source,
        url,
    }
}

/// An error naming what is wrong with the report at `at` ("" for a single report).
fn check(r: &ReportTuple, at: &str) -> PyResult<()> {
    if r.0.trim().is_empty() {
        return Err(PyValueError::new_err(format!(
            "{at}an empty `id`: every report needs one"
        )));
    }
    match r.2.as_deref() {
        Some(p) if !valid_date(p) => Err(PyValueError::new_err(format!(
            "{at}`published` must be a calendar date YYYY-MM-DD, got {p:?}"
        ))),
        _ => Ok(()),
    }
}

/// The records of one report: the incident table, or every mention with its status (`all`).
fn run(r: &Report, all: bool) -> Extracted {
    let x = if all {
        extractor().extract_all(r)
    } else {
        extractor().extract(r)
    };
    // a record always serializes (plain strings, integers and finite floats)
    let json = serde_json::to_string(&x.events).unwrap_or_else(|_| "[]".into());
    (json, x.diagnostics.into_iter().map(|d| d.message).collect())
}

/// One report's records as a JSON array, and its diagnostics.
#[pyfunction]
fn extract_json(py: Python<'_>, report: ReportTuple, all: bool) -> PyResult<Extracted> {
    check(&report, "")?;
    let r = self::report(report);
    Ok(py.detach(|| run(&r, all)))
}

/// Each report's records and diagnostics, in input order, extracted in parallel on `threads`
/// threads (rayon's global pool, one per core, when `None`).
#[pyfunction]
#[pyo3(signature = (reports, all, threads=None))]
fn extract_many_json(
    py: Python<'_>,
    reports: Vec<ReportTuple>,
    all: bool,
    threads: Option<usize>,
) -> PyResult<Vec<Extracted>> {
    for (i, r) in reports.iter().enumerate() {
        check(r, &format!("report {i}: "))?;
    }
    let reports: Vec<Report> = reports.into_iter().map(report).collect();
    let pool = match threads {
        Some(0) => return Err(PyValueError::new_err("`threads` must be at least 1")),
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(format!("no thread pool: {e}")))?,
        ),
        None => None,
    };
    Ok(py.detach(|| {
        let work = || reports.par_iter().map(|r| run(r, all)).collect::<Vec<_>>();
        match &pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }))
}

/// The CSV table of `rasd extract --format csv` for records given as a JSON array: its columns
/// (ACLED's, then rasd's own) and one row per record, an empty cell as `None`. `reports` (a JSON
/// array of `{id, text, published, source, url}`) gives each record's outlet, publication date
/// and sentence (`source`, `event_date`, `notes`) through its `doc_id`; a record whose report is
/// not given has its doc id as source and no notes. `timestamp` stays empty. The same
/// `rasd_core::write` code writes the CSV, so the DataFrame and the CSV never disagree.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn acled_table(
    records: &str,
    reports: &str,
) -> PyResult<(Vec<&'static str>, Vec<Vec<Option<String>>>)> {
    let events: Vec<Event> = serde_json::from_str(records)
        .map_err(|e| PyValueError::new_err(format!("not rasd records (schema_version 2): {e}")))?;
    let reports: Vec<rasd_core::Report> = serde_json::from_str(reports).map_err(|e| {
        PyValueError::new_err(format!(
            "reports are {{id, text, published, source, url}} dicts: {e}"
        ))
    })?;
    let by_id: std::collections::HashMap<&str, &rasd_core::Report> =
        reports.iter().map(|r| (r.id.as_str(), r)).collect();
    let rows = events
        .iter()
        .map(|e| {
            let row = match by_id.get(e.doc_id.as_str()) {
                Some(r) => Row::of_report(e, r, None),
                None => Row {
                    event: e,
                    source: e.doc_id.clone(),
                    published: None,
                    notes: String::new(),
                    timestamp: None,
                    incident: None,
                },
            };
            row.cells()
                .into_iter()
                .map(|cell| (!cell.is_empty()).then_some(cell))
                .collect()
        })
        .collect();
    Ok((Columns::All.names(), rows))
}

/// The confidence from which an `incident` record makes the default output (as written: 0.35,
/// not the f32's 0.3499999940395355).
#[pyfunction]
fn default_threshold() -> f64 {
    let t = extractor().default_threshold();
    t.to_string().parse().unwrap_or(f64::from(t))
}

#[pymodule]
fn _rasd(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSION", rasd_core::SCHEMA_VERSION)?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(acled_table, m)?)?;
    m.add_function(wrap_pyfunction!(default_threshold, m)?)?;
    Ok(())
}
