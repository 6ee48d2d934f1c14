//! GeoJSON for GIS tools (issue 15 item 3): `rasd extract` and `rasd export` write the rows
//! with coordinates and say how many they left out, `--with-null-geometry` keeps the others,
//! and every feature's properties are its CSV row's cells (ACLED's 31 columns first), so QGIS
//! shows the CSV's attribute table. Run on the example report, the development reports and a
//! report that names no place (`tests/fixtures/unplaced.jsonl`).

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::cargo_bin("rasd")
        .unwrap()
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const INPUTS: [&str; 3] = [
    "examples/kirkuk-2016-10-22.jsonl",
    "data/eval/reports.dev.jsonl",
    "crates/rasd/tests/fixtures/unplaced.jsonl",
];

/// The records of a CSV text as RFC 4180 reads them.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// A GeoJSON output: its features, and the rows it says it left out.
fn collection(r: &Run) -> (Vec<Value>, u64) {
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let omitted = v["omitted_without_coordinates"]
        .as_u64()
        .expect("the collection says how many rows it left out");
    (v["features"].as_array().unwrap().clone(), omitted)
}

/// Checks what the issue asks of GeoJSON against the CSV of the same rows: by default only
/// points, the others counted in the collection and on stderr; with the flag every row, the
/// unplaced ones with a null geometry; the properties the CSV's cells (but `skip`).
fn check(csv: &Run, plain: &Run, kept: &Run, what: &str, skip: &[&str]) {
    assert_eq!(csv.code, Some(0), "{}", csv.stderr);
    let mut rows = parse_csv(&csv.stdout);
    let header = rows.remove(0);
    let (features, omitted) = collection(plain);
    assert!(omitted > 0, "a row has no coordinates");
    assert_eq!(features.len() + omitted as usize, rows.len());
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"
        && f["geometry"]["coordinates"].as_array().unwrap().len() == 2));
    let note = format!("leaves out {omitted} of {} {what}", rows.len());
    assert!(plain.stderr.contains(&note), "{note}: {}", plain.stderr);
    assert!(plain.stderr.contains("--with-null-geometry"));
    let (features, none) = collection(kept);
    assert_eq!((features.len(), none), (rows.len(), 0));
    let nulls = features.iter().filter(|f| f["geometry"].is_null()).count();
    assert_eq!(nulls as u64, omitted);
    assert!(!kept.stderr.contains("leaves out"), "{}", kept.stderr);
    // the same rows in the same order, each property its CSV cell: ACLED's source, notes,
    // event_id_cnty, event_date, time_precision and the rest
    for (row, f) in rows.iter().zip(&features) {
        let props = f["properties"].as_object().unwrap();
        for (name, cell) in header.iter().zip(row) {
            let p = &props[name.as_str()];
            assert!(!p.is_object() && !p.is_array(), "{name} is not a scalar");
            if skip.contains(&name.as_str()) {
                continue;
            }
            let same = match p {
                Value::Null => cell.is_empty(),
                // the CSV neutralises cells a spreadsheet would run with a leading '
                Value::String(s) => s == cell || *cell == format!("'{s}"),
                Value::Number(n) => n.as_f64() == cell.parse::<f64>().ok(),
                _ => false,
            };
            assert!(same, "{name}: CSV {cell:?}, GeoJSON {p}");
        }
        for name in ["source", "notes", "event_id_cnty", "event_date"] {
            assert!(props[name].is_string(), "{name} filled: {f}");
        }
        assert!(props["time_precision"].is_u64());
    }
}

#[test]
fn extract_geojson_holds_the_records_with_coordinates_unless_asked() {
    let with = |extra: &[&str]| {
        let mut args = vec!["extract"];
        args.extend(extra);
        args.extend(INPUTS);
        run(&args)
    };
    let csv = with(&["--format", "csv"]);
    let plain = with(&["--format", "geojson"]);
    let kept = with(&["--format", "geojson", "--with-null-geometry"]);
    // timestamp: each run's own time
    check(&csv, &plain, &kept, "records", &["timestamp"]);
    // the example report alone: every record is placed, and the collection says so
    let r = run(&["extract", "--format", "geojson", INPUTS[0]]);
    let (features, omitted) = collection(&r);
    assert!(features.len() >= 5 && omitted == 0);
    assert!(!r.stderr.contains("leaves out"), "{}", r.stderr);
    // the flag means nothing in another format
    let r = run(&[
        "extract",
        "--format",
        "csv",
        "--with-null-geometry",
        INPUTS[0],
    ]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("--format geojson"), "{}", r.stderr);
}

#[test]
fn export_geojson_holds_the_incidents_with_coordinates_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    let mut args = vec!["ingest", "--db", db];
    args.extend(INPUTS);
    let r = run(&args);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    for all in [false, true] {
        let export = |extra: &[&str]| {
            let mut args = vec!["export", "--db", db];
            args.extend(extra);
            if all {
                args.push("--all");
            }
            run(&args)
        };
        let csv = export(&["--format", "csv"]);
        let plain = export(&["--format", "geojson"]);
        let kept = export(&["--format", "geojson", "--with-null-geometry"]);
        check(&csv, &plain, &kept, "rows", &[]);
    }
    let r = run(&["export", "--db", db, "--with-null-geometry"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("--format geojson"), "{}", r.stderr);
}
