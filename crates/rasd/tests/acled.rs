//! Exports an ACLED user can drop in, and inputs as they come (issue 15): ACLED's 31 columns
//! first and in ACLED's order, their values (integers written as integers, `event_date` always
//! filled, the outlet as `source`, the sentence as `notes`, the ingest time as `timestamp`), and
//! JSONL dumps read through their own field names.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

fn run_with(args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = Command::cargo_bin("rasd").unwrap();
    c.current_dir(root()).args(args);
    if let Some(input) = stdin {
        c.write_stdin(input);
    }
    let out = c.output().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// ACLED's columns, in ACLED's order, as its codebook lists them.
const ACLED: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// The records of a CSV text as RFC 4180 reads them (quoted cells may hold commas, quotes and
/// newlines), as Python's csv module or pandas would.
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

/// A CSV as (header, rows of cells by column name).
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(text: &str) -> Table {
        let mut rows = parse_csv(text);
        assert!(!rows.is_empty(), "no header: {text}");
        let header = rows.remove(0);
        for r in &rows {
            assert_eq!(r.len(), header.len(), "{r:?}");
        }
        Table { header, rows }
    }
    fn col(&self, name: &str) -> Vec<&str> {
        let i = self
            .header
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("no column {name}"));
        self.rows.iter().map(|r| r[i].as_str()).collect()
    }
}

fn integer(cell: &str) -> bool {
    !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit())
}

const STRIKE: &str = "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف حسينية في داقوق.";

/// The example report with its outlet; the Daquq airstrike retold by another outlet the same
/// day; and told again, with only a url, six weeks later (no day of its own: another incident).
fn reports(dir: &Path) -> PathBuf {
    let example = std::fs::read_to_string(root().join("examples/kirkuk-2016-10-22.jsonl")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(example.trim()).unwrap();
    v["source"] = "Al-Hayat".into();
    let retold = serde_json::json!({
        "id": "daquq-rudaw", "text": STRIKE, "published": "2016-10-22", "source": "Rudaw",
    });
    let later = serde_json::json!({
        "id": "daquq", "text": STRIKE, "published": "2016-12-01",
        "url": "http://www.aawsat.com/home/article/1",
    });
    let f = dir.join("reports.jsonl");
    std::fs::write(&f, format!("{v}\n{retold}\n{later}\n")).unwrap();
    f
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn export_csv_writes_acleds_31_columns_first_with_integers_and_every_date() {
    let dir = tempfile::tempdir().unwrap();
    let f = reports(dir.path());
    let db = dir.path().join("t.db");
    let before = now();
    let r = run(&["ingest", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let after = now();
    let r = run(&["export", "--db", s(&db), "--format", "csv"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let t = Table::new(&r.stdout);
    assert_eq!(
        t.header[..31],
        ACLED,
        "ACLED's columns first, in ACLED's order"
    );
    for own in ["event_id", "doc_id", "status", "confidence", "cluster_id"] {
        assert!(t.header[31..].iter().any(|c| c == own), "{own}");
    }
    assert!(t.rows.len() >= 6, "{}", r.stdout);
    // integers as integers (no "2016.0"), on every row
    for name in [
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "geo_precision",
        "fatalities",
        "timestamp",
    ] {
        for cell in t.col(name) {
            assert!(integer(cell), "{name}: {cell:?}");
        }
    }
    // event_date never empty; year is its year; the precision one of ACLED's codes
    for ((date, year), p) in t
        .col("event_date")
        .iter()
        .zip(t.col("year"))
        .zip(t.col("time_precision"))
    {
        assert!(rasd_core::valid_date(date), "{date:?}");
        assert_eq!(&date[..4], year);
        assert!(["1", "2", "3"].contains(&p), "{p}");
    }
    // the later report tells no day: its publication date, precision 3
    let docs = t.col("doc_id");
    let later = docs.iter().position(|d| *d == "daquq").unwrap();
    assert_eq!(t.col("event_date")[later], "2016-12-01");
    assert_eq!(t.col("time_precision")[later], "3");
    assert_eq!(
        t.col("source")[later],
        "aawsat.com",
        "no outlet: the url's host"
    );
    // the example's incidents happened "فجر أمس": the day, precision 1
    let place = t.col("location");
    let dibis = place.iter().position(|p| *p == "Dibis").unwrap();
    assert_eq!(t.col("event_date")[dibis], "2016-10-21");
    assert_eq!(t.col("time_precision")[dibis], "1");
    // an incident told by two outlets lists both, first told first
    let sources = t.col("source");
    let both = sources.iter().filter(|s| **s == "Al-Hayat; Rudaw").count();
    assert_eq!(both, 1, "{sources:?}");
    for (i, doc) in docs.iter().enumerate() {
        if *doc != "daquq" {
            assert!(sources[i].starts_with("Al-Hayat"), "{}", sources[i]);
        }
        assert_eq!(t.col("region")[i], "Middle East");
        assert_eq!(t.col("iso")[i], "368");
        assert_eq!(t.col("country")[i], "Iraq");
        // ACLED-like ids: the country's ISO3 and the incident's (cluster's) id
        assert_eq!(
            t.col("event_id_cnty")[i],
            format!("IRQ{}", t.col("cluster_id")[i])
        );
        let ts: i64 = t.col("timestamp")[i].parse().unwrap();
        assert!(
            (before..=after).contains(&ts),
            "{ts} not in {before}..={after}"
        );
    }
    // notes: the incident's own sentence, in the report's words, at most ~300 chars
    let example = std::fs::read_to_string(root().join("examples/kirkuk-2016-10-22.txt")).unwrap();
    let words = example.split_whitespace().collect::<Vec<_>>().join(" ");
    for note in t.col("notes") {
        assert!(!note.is_empty());
        assert!(note.chars().count() <= 301, "{note}");
        let note = note.trim_end_matches('…');
        assert!(words.contains(note) || note == STRIKE, "{note}");
    }
    assert!(t.col("notes").iter().any(|n| n.contains("قصف جوي")));
    // --columns acled: exactly the 31, the same cells
    let r = run(&[
        "export",
        "--db",
        s(&db),
        "--format",
        "csv",
        "--columns",
        "acled",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let acled = Table::new(&r.stdout);
    assert_eq!(acled.header, ACLED);
    for (a, full) in acled.rows.iter().zip(&t.rows) {
        assert_eq!(a.len(), 31);
        assert_eq!(a[..], full[..31]);
    }
    // and what means nothing is refused
    let r = run(&[
        "export",
        "--db",
        s(&db),
        "--format",
        "jsonl",
        "--columns",
        "acled",
    ]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("--format csv"), "{}", r.stderr);
}

#[test]
fn extract_csv_fills_event_date_from_the_publication_with_time_precision_3() {
    let dir = tempfile::tempdir().unwrap();
    let f = reports(dir.path());
    let before = now();
    let r = run(&["extract", "--format", "csv", "--columns", "acled", s(&f)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let t = Table::new(&r.stdout);
    assert_eq!(t.header, ACLED);
    assert!(t.rows.iter().all(|r| r.len() == 31));
    // the record itself has no date: the CSV takes the report's publication date
    let jsonl = run(&["extract", s(&f)]).stdout;
    let strike: serde_json::Value = jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|e| e["doc_id"] == "daquq")
        .unwrap();
    assert!(strike["date"].is_null(), "{strike}");
    let sources = t.col("source");
    let i = sources.iter().position(|s| *s == "aawsat.com").unwrap();
    assert_eq!(t.col("event_date")[i], "2016-12-01");
    assert_eq!(t.col("time_precision")[i], "3");
    assert_eq!(t.col("year")[i], "2016");
    assert_eq!(t.col("notes")[i], STRIKE);
    // a record alone: its country's ISO3 and a stable 15-digit number
    let id = t.col("event_id_cnty")[i];
    assert!(
        id.starts_with("IRQ") && id.len() == 18 && integer(&id[3..]),
        "{id}"
    );
    let again = Table::new(&run(&["extract", "--format", "csv", s(&f)]).stdout);
    assert_eq!(again.col("event_id_cnty"), t.col("event_id_cnty"));
    // timestamp: this run's time
    for ts in t.col("timestamp") {
        let ts: i64 = ts.parse().unwrap();
        assert!(ts >= before && ts <= now(), "{ts}");
    }
    for d in t.col("event_date") {
        assert!(rasd_core::valid_date(d), "{d:?}");
    }
}

/// The first whole report of the development set as SaudiNewsNet writes its articles.
fn saudinewsnet_line() -> (serde_json::Value, String) {
    let dev = std::fs::read_to_string(root().join("data/eval/reports.dev.jsonl")).unwrap();
    let v: serde_json::Value = serde_json::from_str(dev.lines().next().unwrap()).unwrap();
    let snn = serde_json::json!({
        "source": v["source"],
        "url": v["url"],
        "date_extracted": format!("{} 02:51:32", v["published"].as_str().unwrap()),
        "title": v["title"],
        "author": "",
        "content": v["text"],
    });
    let joined = format!(
        "{}\n{}",
        v["title"].as_str().unwrap(),
        v["text"].as_str().unwrap()
    );
    (snn, joined)
}

#[test]
fn a_saudinewsnet_line_is_read_with_its_own_field_names() {
    let dir = tempfile::tempdir().unwrap();
    let (snn, joined) = saudinewsnet_line();
    let f = dir.path().join("snn.jsonl");
    std::fs::write(&f, format!("{snn}\n")).unwrap();
    let r = run(&["extract", "--all", s(&f)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let records: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!records.is_empty());
    // no id field: one derived from the line, the same in every run
    let id = records[0]["doc_id"].as_str().unwrap().to_string();
    assert!(id.starts_with("line-") && id.len() == 21, "{id}");
    let again = run(&["extract", "--all", s(&f)]);
    assert_eq!(again.stdout, r.stdout);
    // spans count in the chars of the title, a newline, then the content
    let chars: Vec<char> = joined.chars().collect();
    for e in &records {
        let [a, b] = [
            e["trigger"]["span"][0].as_u64().unwrap() as usize,
            e["trigger"]["span"][1].as_u64().unwrap() as usize,
        ];
        assert_eq!(
            chars[a..b].iter().collect::<String>(),
            e["trigger"]["text"].as_str().unwrap()
        );
    }
    // the same records as the report written in rasd's own fields
    let own = serde_json::json!({
        "id": id, "text": joined, "published": snn["date_extracted"].as_str().unwrap()[..10],
    });
    let g = dir.path().join("own.jsonl");
    std::fs::write(&g, format!("{own}\n")).unwrap();
    assert_eq!(run(&["extract", "--all", s(&g)]).stdout, r.stdout);
    // the date-time is cut to its day; the outlet is `source`
    let csv = Table::new(&run(&["extract", "--all", "--format", "csv", s(&f)]).stdout);
    assert!(csv.col("source").iter().all(|s| *s == "okaz"));
    assert!(csv
        .col("event_date")
        .iter()
        .all(|d| rasd_core::valid_date(d) && *d <= "2015-08-06"));
    // the same line in two files, and on stdin, is the same report, read once
    let copy = dir.path().join("copy.jsonl");
    std::fs::write(&copy, format!("{snn}\n")).unwrap();
    let r = run(&["extract", s(&f), s(&copy)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("read once"), "{}", r.stderr);
    let stdin = run_with(&["extract", "--all", "-"], Some(&format!("{snn}\n")));
    assert_eq!(stdin.stdout, run(&["extract", "--all", s(&f)]).stdout);
    // ingest reads the same fields: the store keeps the joined text and the outlet
    let db = dir.path().join("t.db");
    let r = run(&["ingest", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let export = Table::new(&run(&["export", "--db", s(&db), "--all"]).stdout);
    assert!(export.col("doc_id").iter().all(|d| *d == id));
    assert!(export.col("source").iter().all(|s| *s == "okaz"));
}

#[test]
fn named_fields_read_a_scrapers_dump() {
    let dir = tempfile::tempdir().unwrap();
    let line = serde_json::json!({
        "guid": 4711,
        "headline": "انفجار في بغداد",
        "story": "انفجرت سيارة مفخخة في بغداد أمس.",
        "when": "2016-10-22T09:30:00+03:00",
        "site": "Al-Sumaria",
        "link": "https://www.alsumaria.tv/news/1",
    });
    let f = dir.path().join("scraped.jsonl");
    std::fs::write(&f, format!("{line}\n")).unwrap();
    let args = [
        "extract",
        "--format",
        "csv",
        "--id-field",
        "guid",
        "--text-field",
        "story",
        "--title-field",
        "headline",
        "--published-field",
        "when",
        "--source-field",
        "site",
        "--url-field",
        "link",
        s(&f),
    ];
    let r = run(&args);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let t = Table::new(&r.stdout);
    assert!(!t.rows.is_empty());
    assert!(t.col("doc_id").iter().all(|d| *d == "4711"));
    assert!(t.col("source").iter().all(|s| *s == "Al-Sumaria"));
    // "أمس" of a report published on the 22nd (the date-time cut to its day)
    assert!(t.col("event_date").contains(&"2016-10-21"), "{}", r.stdout);
    // the title is read first, then a newline: spans count in that joined text
    let mut jsonl = args.to_vec();
    jsonl.retain(|a| *a != "--format" && *a != "csv");
    let joined: Vec<char> = "انفجار في بغداد\nانفجرت سيارة مفخخة في بغداد أمس."
        .chars()
        .collect();
    let r = run(&jsonl);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut triggers = Vec::new();
    for l in r.stdout.lines() {
        let e: serde_json::Value = serde_json::from_str(l).unwrap();
        let span = &e["trigger"]["span"];
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        let text: String = joined[a..b].iter().collect();
        assert_eq!(text, e["trigger"]["text"].as_str().unwrap());
        triggers.push(text);
    }
    assert!(
        triggers
            .iter()
            .any(|t| t.contains("انفجرت") || t.contains("مفخخة")),
        "{triggers:?}"
    );
    // without --text-field the line has no text rasd knows of: named, with the line's fields
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("scraped.jsonl:1: no text"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("story"), "{}", r.stderr);
}

#[test]
fn a_bad_line_is_named_with_its_file_line_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dump.jsonl");
    let lines = [
        serde_json::json!({"content": "انفجرت سيارة مفخخة في بغداد أمس.", "date": "2016-10-22"}),
        serde_json::json!({"headline": "انفجار في بغداد", "date": "2016-10-22"}),
        serde_json::json!({"body": "انفجرت سيارة مفخخة في بغداد أمس.", "date": "yesterday"}),
        serde_json::json!({"id": "x", "body": "انفجرت سيارة مفخخة في بغداد أمس.", "date": "2016-02-31 10:00"}),
        serde_json::json!({"id": "y", "body": "انفجرت سيارة مفخخة في الموصل أمس.", "date_extracted": "2016-10-23 10:00:00"}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&f, text).unwrap();
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1), "bad lines show in the exit code");
    assert!(
        r.stderr.contains("dump.jsonl:2: no text") && r.stderr.contains("headline"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("dump.jsonl:3: `date` is not a date") && r.stderr.contains("yesterday"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("dump.jsonl:4:") && r.stderr.contains("2016-02-31"),
        "{}",
        r.stderr
    );
    let records: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let docs: Vec<&str> = records
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap())
        .collect();
    assert!(docs.iter().any(|d| d.starts_with("line-")), "{docs:?}");
    assert!(docs.contains(&"y"), "{docs:?}");
    // a named field a line lacks, or holds as no text
    let r = run(&["extract", "--id-field", "guid", s(&f)]);
    assert!(
        r.stderr
            .contains("dump.jsonl:1: no field `guid` (--id-field)"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "extract",
        "--text-field",
        "date",
        "--published-field",
        "id",
        s(&f),
    ]);
    assert!(r.stderr.contains("dump.jsonl:4:"), "{}", r.stderr);
}
