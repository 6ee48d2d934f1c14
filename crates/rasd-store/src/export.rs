//! The clean table: one row per cluster, as CSV (ACLED's 31 columns, then rasd's own with the
//! spread), JSONL (the cluster with every mention) or GeoJSON points (the CSV's cells as their
//! properties; only the rows with coordinates unless the shape keeps null geometries); and the plain-text stats
//! of `rasd stats`. The page writers here serve `rasd export` and the API's exports alike.
//!
//! Clusters are read in pages of [`PAGE`] so an export of any size runs in flat memory.

use std::collections::HashMap;
use std::io::Write;

use rasd_core::write::{write_feature, Format, Incident, Row};
pub use rasd_core::write::{Shape, Tally};
use rasd_core::SCHEMA_VERSION;

use crate::read::{DocumentOrigin, EventFilter, LeftOut};
use crate::{ClusterRecord, Counts, Filter, MemberRecord, Spread, Store, StoreError};

/// Clusters read per page.
pub const PAGE: usize = 500;

/// The JSONL line of one cluster (wire type, carrying `schema_version`).
#[derive(Debug, serde::Serialize)]
pub struct ClusterWire<'a> {
    pub schema_version: u32,
    pub cluster_id: i64,
    pub n_sources: i64,
    pub fatalities: Spread,
    /// The wounded's figures, read as the dead's.
    pub injuries: Spread,
    /// The representative record; its `fatalities` and `injuries` are the best figures (up to
    /// high).
    pub event: &'a rasd_core::Event,
    pub mentions: &'a [MemberRecord],
}

/// The row of a cluster: its representative's record, `source` the outlets of every mention
/// (first told first), `event_date` falling back to its earliest publication date, `notes`
/// the representative's sentence, `timestamp` the latest ingest of its documents.
pub fn cluster_row<'a>(c: &'a ClusterRecord, docs: &HashMap<String, DocumentOrigin>) -> Row<'a> {
    let rep = &c.representative;
    let mut outlets: Vec<String> = Vec::new();
    for m in &c.mentions {
        let doc = docs.get(&m.event.doc_id).map(|d| &d.report);
        let o = rasd_core::write::outlet(
            doc.and_then(|d| d.source.as_deref()),
            doc.and_then(|d| d.url.as_deref()),
            &m.event.doc_id,
        );
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    let published = c
        .mentions
        .iter()
        .filter_map(|m| m.published.clone())
        .min()
        .or_else(|| {
            docs.get(&rep.doc_id)
                .and_then(|d| d.report.published.clone())
        });
    let timestamp = c
        .mentions
        .iter()
        .filter_map(|m| docs.get(&m.event.doc_id)?.ingested_at)
        .max();
    let notes = docs
        .get(&rep.doc_id)
        .map(|d| rasd_core::write::notes(&d.report.text, rep.sentence))
        .unwrap_or_default();
    Row {
        event: rep,
        source: outlets.join("; "),
        published,
        notes,
        timestamp,
        incident: Some(Incident {
            cluster_id: c.cluster_id,
            n_sources: c.n_sources,
            fatalities_low: c.fatalities.low,
            fatalities_best: c.fatalities.best,
            fatalities_high: c.fatalities.high,
            injuries_low: c.injuries.low,
            injuries_best: c.injuries.best,
            injuries_high: c.injuries.high,
            mentions: c
                .mentions
                .iter()
                .map(|m| m.event.event_id.clone())
                .collect(),
        }),
    }
}

/// The row of a mention left out of the incident table: its own record, read from its
/// document, with its `status`, no cluster, and itself as the only mention.
pub fn left_out_row<'a>(
    e: &'a rasd_core::Event,
    docs: &HashMap<String, DocumentOrigin>,
) -> Row<'a> {
    match docs.get(&e.doc_id) {
        Some(d) => Row::of_report(e, &d.report, d.ingested_at),
        None => Row::of_report(
            e,
            &rasd_core::Report {
                id: e.doc_id.clone(),
                text: String::new(),
                published: None,
                source: None,
                url: None,
            },
            None,
        ),
    }
}

/// The JSONL line of a left-out mention: no cluster, its status beside its record.
#[derive(Debug, serde::Serialize)]
pub struct LeftOutWire<'a> {
    pub schema_version: u32,
    pub cluster_id: Option<i64>,
    pub status: rasd_core::Status,
    pub event: &'a rasd_core::Event,
}

/// Writes the rows of `clusters` (a page) after those `tally` counts, in `shape`; returns the
/// new tally. Every path (`rasd export`, the API) writes its rows here.
pub fn write_cluster_rows<W: Write>(
    store: &mut Store,
    clusters: &[ClusterRecord],
    shape: Shape,
    mut tally: Tally,
    out: &mut W,
) -> Result<Tally, StoreError> {
    let docs = match shape.format {
        Format::Csv | Format::Geojson => {
            let ids: Vec<&str> = clusters
                .iter()
                .flat_map(|c| c.mentions.iter().map(|m| m.event.doc_id.as_str()))
                .collect();
            let texts: Vec<&str> = clusters
                .iter()
                .map(|c| c.representative.doc_id.as_str())
                .collect();
            store.document_origins(&ids, &texts)?
        }
        Format::Jsonl => HashMap::new(),
    };
    for c in clusters {
        match shape.format {
            Format::Csv => {
                out.write_all(cluster_row(c, &docs).csv_line(shape.columns).as_bytes())?;
                tally.rows += 1;
            }
            Format::Jsonl => {
                let wire = ClusterWire {
                    schema_version: SCHEMA_VERSION,
                    cluster_id: c.cluster_id,
                    n_sources: c.n_sources,
                    fatalities: c.fatalities,
                    injuries: c.injuries,
                    event: &c.representative,
                    mentions: &c.mentions,
                };
                serde_json::to_writer(&mut *out, &wire)?;
                out.write_all(b"\n")?;
                tally.rows += 1;
            }
            Format::Geojson => {
                write_feature(out, &cluster_row(c, &docs), shape.null_geometry, &mut tally)?
            }
        }
    }
    Ok(tally)
}

/// Writes the rows of mentions left out of the incident table (a page) after those `tally`
/// counts, in `shape`; returns the new tally.
pub fn write_left_out_rows<W: Write>(
    store: &mut Store,
    left: &[LeftOut],
    shape: Shape,
    mut tally: Tally,
    out: &mut W,
) -> Result<Tally, StoreError> {
    let docs = match shape.format {
        Format::Csv | Format::Geojson => {
            let ids: Vec<&str> = left.iter().map(|l| l.event.doc_id.as_str()).collect();
            store.document_origins(&ids, &ids)?
        }
        Format::Jsonl => HashMap::new(),
    };
    for l in left {
        let e = &l.event;
        match shape.format {
            Format::Csv => {
                out.write_all(left_out_row(e, &docs).csv_line(shape.columns).as_bytes())?;
                tally.rows += 1;
            }
            Format::Jsonl => {
                let wire = LeftOutWire {
                    schema_version: SCHEMA_VERSION,
                    cluster_id: None,
                    status: e.status,
                    event: e,
                };
                serde_json::to_writer(&mut *out, &wire)?;
                out.write_all(b"\n")?;
                tally.rows += 1;
            }
            Format::Geojson => write_feature(
                out,
                &left_out_row(e, &docs),
                shape.null_geometry,
                &mut tally,
            )?,
        }
    }
    Ok(tally)
}

/// The last line of an export that a database error cut short, so that a reader of the file
/// can tell it is incomplete: a `# error:` line in CSV, an `{"error": ...}` object in JSONL.
/// GeoJSON has none: its collection is left unclosed, which no JSON parser accepts.
pub fn error_line(format: Format, reason: &str) -> Option<Vec<u8>> {
    let msg = format!("{reason}; this export is incomplete");
    match format {
        Format::Csv => Some(format!("# error: {}\n", msg.replace(['\n', '\r'], " ")).into_bytes()),
        Format::Jsonl => {
            let mut line = serde_json::to_vec(&serde_json::json!({ "error": msg })).ok()?;
            line.push(b'\n');
            Some(line)
        }
        Format::Geojson => None,
    }
}

/// Writes the clusters `filter` selects to `out` in `format`'s default shape; returns what it
/// wrote. A database error after the first row ends the output with [`error_line`] (and is
/// returned).
pub fn write_clusters<W: Write>(
    store: &mut Store,
    filter: &Filter,
    format: Format,
    out: W,
) -> Result<Tally, StoreError> {
    write_export(store, filter, Shape::new(format), false, out)
}

/// [`write_clusters`] in `shape`, then with `all` every mention left out of the incident table
/// that the filter selects (on its own date, country and type), one row each with its status
/// and no cluster, in input order (`rasd export --all`). Returns the rows written and, in
/// GeoJSON, those left out for want of coordinates.
pub fn write_export<W: Write>(
    store: &mut Store,
    filter: &Filter,
    shape: Shape,
    all: bool,
    mut out: W,
) -> Result<Tally, StoreError> {
    let r = write_clusters_to(store, filter, shape, all, &mut out);
    match &r {
        // a failed write (a closed pipe) cannot take a line either
        Err(StoreError::Io(_)) => {}
        Err(StoreError::Json(e)) if e.is_io() => {}
        Err(e) => {
            if let Some(line) = error_line(shape.format, &format!("the database failed: {e}")) {
                let _ = out.write_all(&line);
                let _ = out.flush();
            }
        }
        Ok(_) => {}
    }
    r
}

fn write_clusters_to<W: Write>(
    store: &mut Store,
    filter: &Filter,
    shape: Shape,
    all: bool,
    mut out: W,
) -> Result<Tally, StoreError> {
    let ids = store.cluster_ids(filter)?;
    out.write_all(&shape.head())?;
    let mut n = Tally::default();
    for page in ids.chunks(PAGE) {
        let clusters = store.clusters(page)?;
        n = write_cluster_rows(store, &clusters, shape, n, &mut out)?;
    }
    if all {
        let left_filter = EventFilter {
            from: filter.from.clone(),
            to: filter.to.clone(),
            country: filter.country.clone(),
            event_type: filter.event_type.clone(),
            ..Default::default()
        };
        let mut after = None;
        loop {
            let page = store.left_out(&left_filter, after, PAGE)?;
            let Some(last) = page.last() else { break };
            after = Some(last.seq);
            n = write_left_out_rows(store, &page, shape, n, &mut out)?;
        }
    }
    out.write_all(&shape.tail(n))?;
    out.flush()?;
    Ok(n)
}

/// What `rasd stats` prints: `(key, clusters, fatalities)` per type, country and month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub counts: Counts,
    pub by_type: Vec<(String, i64, i64)>,
    pub by_country: Vec<(String, i64, i64)>,
    pub by_month: Vec<(String, i64, i64)>,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &self.counts;
        writeln!(
            f,
            "documents {}   events {}   incidents (clusters) {}   mentions left out {}",
            c.documents, c.events, c.clusters, c.left_out
        )?;
        let table = |f: &mut std::fmt::Formatter<'_>,
                     title: &str,
                     rows: &[(String, i64, i64)]|
         -> std::fmt::Result {
            let w = rows
                .iter()
                .map(|r| r.0.chars().count())
                .chain([title.len()])
                .max()
                .unwrap_or(0);
            writeln!(f)?;
            writeln!(f, "{title:<w$}  {:>9}  {:>10}", "incidents", "fatalities")?;
            writeln!(
                f,
                "{}  {}  {}",
                "-".repeat(w),
                "-".repeat(9),
                "-".repeat(10)
            )?;
            for (k, n, fat) in rows {
                let pad = w - k.chars().count();
                writeln!(f, "{k}{}  {n:>9}  {fat:>10}", " ".repeat(pad))?;
            }
            Ok(())
        };
        table(f, "event type", &self.by_type)?;
        table(f, "country", &self.by_country)?;
        table(f, "month", &self.by_month)
    }
}
