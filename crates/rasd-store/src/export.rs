//! The clean table: one row per cluster, as CSV (ACLED's columns, then the spread), JSONL (the
//! cluster with every mention) or GeoJSON points; and the plain-text stats of `rasd stats`.
//!
//! Clusters are read in pages of [`PAGE`] so an export of any size runs in flat memory.

use std::io::Write;

use rasd_core::write::{csv_field, csv_row, geojson_feature, Format, CSV_COLUMNS};
use rasd_core::SCHEMA_VERSION;

use crate::{ClusterRecord, Counts, Filter, MemberRecord, Spread, Store, StoreError};

/// Clusters read per page.
pub const PAGE: usize = 500;

/// Columns after ACLED's (and rasd-core's) in the cluster CSV.
pub const CLUSTER_COLUMNS: &[&str] = &[
    "cluster_id",
    "n_sources",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "mentions",
];

/// The JSONL line of one cluster (wire type, carrying `schema_version`).
#[derive(Debug, serde::Serialize)]
pub struct ClusterWire<'a> {
    pub schema_version: u32,
    pub cluster_id: i64,
    pub n_sources: i64,
    pub fatalities: Spread,
    /// The representative record; its `fatalities` is the best figure (up to high).
    pub event: &'a rasd_core::Event,
    pub mentions: &'a [MemberRecord],
}

fn opt(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The CSV row of a cluster: the representative's ACLED row with `source` listing every
/// document, `fatalities` the best figure (`fatalities_max` the high one when higher), then
/// [`CLUSTER_COLUMNS`].
pub fn cluster_csv_row(c: &ClusterRecord) -> Vec<String> {
    let mut row = csv_row(&c.representative);
    let mut docs: Vec<&str> = c.mentions.iter().map(|m| m.event.doc_id.as_str()).collect();
    docs.dedup();
    if let Some(i) = CSV_COLUMNS.iter().position(|&col| col == "source") {
        row[i] = docs.join("; ");
    }
    row.push(c.cluster_id.to_string());
    row.push(c.n_sources.to_string());
    row.push(opt(c.fatalities.low));
    row.push(opt(c.fatalities.best));
    row.push(opt(c.fatalities.high));
    row.push(
        c.mentions
            .iter()
            .map(|m| m.event.event_id.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    );
    row
}

/// The GeoJSON feature of a cluster: the representative's feature plus the cluster's fields.
pub fn cluster_feature(c: &ClusterRecord) -> serde_json::Value {
    let mut f = geojson_feature(&c.representative);
    f["id"] = c.cluster_id.into();
    if let Some(props) = f["properties"].as_object_mut() {
        props.insert("cluster_id".into(), c.cluster_id.into());
        props.insert("n_sources".into(), c.n_sources.into());
        props.insert("fatalities_low".into(), c.fatalities.low.into());
        props.insert("fatalities_best".into(), c.fatalities.best.into());
        props.insert("fatalities_high".into(), c.fatalities.high.into());
        // flat, as every GeoJSON property: the mentions' event ids joined
        let mentions: Vec<&str> = c
            .mentions
            .iter()
            .map(|m| m.event.event_id.as_str())
            .collect();
        props.insert("mentions".into(), mentions.join("; ").into());
    }
    f
}

/// The CSV row of a mention left out of the incident table: its own ACLED row (with its
/// `status`), no cluster, one source, and itself as the only mention.
pub fn left_out_csv_row(e: &rasd_core::Event) -> Vec<String> {
    let mut row = csv_row(e);
    row.extend([
        String::new(),
        "1".into(),
        String::new(),
        String::new(),
        String::new(),
        e.event_id.clone(),
    ]);
    row
}

/// The GeoJSON feature of a left-out mention: its record, with `cluster_id` null.
pub fn left_out_feature(e: &rasd_core::Event) -> serde_json::Value {
    let mut f = geojson_feature(e);
    if let Some(props) = f["properties"].as_object_mut() {
        props.insert("cluster_id".into(), serde_json::Value::Null);
    }
    f
}

/// The JSONL line of a left-out mention: no cluster, its status beside its record.
#[derive(Debug, serde::Serialize)]
pub struct LeftOutWire<'a> {
    pub schema_version: u32,
    pub cluster_id: Option<i64>,
    pub status: rasd_core::Status,
    pub event: &'a rasd_core::Event,
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

/// Writes the clusters `filter` selects to `out`; returns how many. A database error after the
/// first row ends the output with [`error_line`] (and is returned).
pub fn write_clusters<W: Write>(
    store: &mut Store,
    filter: &Filter,
    format: Format,
    out: W,
) -> Result<usize, StoreError> {
    write_export(store, filter, format, false, out)
}

/// [`write_clusters`], then with `all` every mention left out of the incident table that the
/// filter selects (on its own date, country and type), one row each with its status and no
/// cluster, in input order (`rasd export --all`). Returns the rows written.
pub fn write_export<W: Write>(
    store: &mut Store,
    filter: &Filter,
    format: Format,
    all: bool,
    mut out: W,
) -> Result<usize, StoreError> {
    let r = write_clusters_to(store, filter, format, all, &mut out);
    match &r {
        // a failed write (a closed pipe) cannot take a line either
        Err(StoreError::Io(_)) => {}
        Err(StoreError::Json(e)) if e.is_io() => {}
        Err(e) => {
            if let Some(line) = error_line(format, &format!("the database failed: {e}")) {
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
    format: Format,
    all: bool,
    mut out: W,
) -> Result<usize, StoreError> {
    let ids = store.cluster_ids(filter)?;
    match format {
        Format::Csv => {
            let header: Vec<&str> = CSV_COLUMNS.iter().chain(CLUSTER_COLUMNS).copied().collect();
            writeln!(out, "{}", header.join(","))?;
        }
        Format::Geojson => out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?,
        Format::Jsonl => {}
    }
    let mut n = 0;
    for page in ids.chunks(PAGE) {
        for c in store.clusters(page)? {
            match format {
                Format::Csv => {
                    let row: Vec<String> =
                        cluster_csv_row(&c).iter().map(|f| csv_field(f)).collect();
                    writeln!(out, "{}", row.join(","))?;
                }
                Format::Jsonl => {
                    let wire = ClusterWire {
                        schema_version: SCHEMA_VERSION,
                        cluster_id: c.cluster_id,
                        n_sources: c.n_sources,
                        fatalities: c.fatalities,
                        event: &c.representative,
                        mentions: &c.mentions,
                    };
                    serde_json::to_writer(&mut out, &wire)?;
                    out.write_all(b"\n")?;
                }
                Format::Geojson => {
                    if n > 0 {
                        out.write_all(b",\n")?;
                    }
                    serde_json::to_writer(&mut out, &cluster_feature(&c))?;
                }
            }
            n += 1;
        }
    }
    if all {
        let left_filter = crate::read::EventFilter {
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
            for l in &page {
                let e = &l.event;
                match format {
                    Format::Csv => {
                        let row: Vec<String> =
                            left_out_csv_row(e).iter().map(|f| csv_field(f)).collect();
                        writeln!(out, "{}", row.join(","))?;
                    }
                    Format::Jsonl => {
                        let wire = LeftOutWire {
                            schema_version: SCHEMA_VERSION,
                            cluster_id: None,
                            status: e.status,
                            event: e,
                        };
                        serde_json::to_writer(&mut out, &wire)?;
                        out.write_all(b"\n")?;
                    }
                    Format::Geojson => {
                        if n > 0 {
                            out.write_all(b",\n")?;
                        }
                        serde_json::to_writer(&mut out, &left_out_feature(e))?;
                    }
                }
                n += 1;
            }
        }
    }
    if format == Format::Geojson {
        out.write_all(b"\n]}\n")?;
    }
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
