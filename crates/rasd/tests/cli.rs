//! The `rasd` binary as a user runs it: extract in every format, bad input reported without
//! losing the rest, ingest/export through the embedded store, eval on the repo's data.

use assert_cmd::Command;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rasd() -> Command {
    let mut c = Command::cargo_bin("rasd").unwrap();
    c.current_dir(root());
    c
}

fn example() -> String {
    root()
        .join("examples/kirkuk-2016-10-22.jsonl")
        .display()
        .to_string()
}

#[test]
fn extract_writes_one_json_record_per_event() {
    let out = rasd().args(["extract", &example()]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let events: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(events.len() >= 5, "{text}");
    for e in &events {
        assert_eq!(e["schema_version"], 2);
        assert_eq!(e["doc_id"], "kirkuk-2016-10-22");
    }
}

#[test]
fn extract_csv_has_acled_columns_and_geojson_is_a_collection() {
    let out = rasd()
        .args(["extract", "--format", "csv", &example()])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"));
    assert!(csv.contains("Air/drone strike"));
    let out = rasd()
        .args(["extract", "--format", "geojson", &example()])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    assert!(v["features"].as_array().unwrap().len() >= 5);
}

#[test]
fn a_bad_jsonl_line_is_named_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("batch.jsonl");
    std::fs::write(
        &f,
        "{\"id\":\"a\",\"text\":\"قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف حسينية في داقوق.\",\"published\":\"2016-10-22\"}\n{not json\n{\"id\":\"c\",\"text\":\"انفجرت سيارة مفخخة في بغداد أمس.\",\"published\":\"2016-13-40\"}\n{\"id\":\"d\",\"text\":\"انفجرت سيارة مفخخة في بغداد أمس.\",\"extra\":1}\n",
    )
    .unwrap();
    let out = rasd()
        .args(["extract", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad input must show in the exit code"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("batch.jsonl:2:"), "{err}");
    assert!(err.contains("batch.jsonl:3:"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"doc_id\":\"a\""), "{stdout}");
    assert!(
        stdout.contains("\"doc_id\":\"d\""),
        "unknown fields are ignored: {stdout}"
    );
}

#[test]
fn invalid_utf8_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.txt");
    std::fs::write(&f, b"\xd9\x82\xff\xfe").unwrap();
    let out = rasd()
        .args(["extract", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt") && err.contains("UTF-8"), "{err}");
}

#[test]
fn stdin_plain_text_with_published_date() {
    let out = rasd()
        .args(["extract", "--published", "2007-01-11", "-"])
        .write_stdin("قتل ستة اشخاص واصيب عشرات في انفجار سيارة مفخخة في بغداد فجر امس.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let e: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(e["date"]["value"], "2007-01-10");
    assert_eq!(e["fatalities"]["min"], 6);
    let out = rasd()
        .args(["extract", "--published", "yesterday", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A temporary database holding the example report: the folder (kept alive) and the path.
fn ingested_example() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db").to_str().unwrap().to_string();
    rasd()
        .args(["ingest", &example(), "--db", &db])
        .assert()
        .success();
    (dir, db)
}

#[test]
fn ingest_is_idempotent_and_export_gives_one_row_per_incident() {
    let (_dir, db) = ingested_example();
    let db = db.as_str();
    let first = rasd()
        .args(["export", "--db", db, "--format", "csv"])
        .output()
        .unwrap();
    rasd()
        .args(["ingest", &example(), "--db", db])
        .assert()
        .success();
    let second = rasd()
        .args(["export", "--db", db, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(
        first.stdout, second.stdout,
        "re-ingesting the same report adds nothing"
    );
    let csv = String::from_utf8(first.stdout).unwrap();
    assert!(csv.lines().count() >= 6, "{csv}");
    assert!(csv.contains(",Daquq,"), "{csv}");
}

#[test]
fn export_filters_take_names_and_refuse_what_they_do_not_know() {
    let (_dir, db) = ingested_example();
    let db = db.as_str();
    let rows = |extra: &[&str]| {
        let out = rasd()
            .args(["export", "--db", db, "--format", "csv"])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{extra:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().lines().count() - 1
    };
    let all = rows(&[]);
    assert!(all >= 5);
    // a code or an English name, in any case, is one country
    assert_eq!(rows(&["--country", "IQ"]), all);
    assert_eq!(rows(&["--country", "iraq"]), all);
    assert_eq!(
        rows(&["--type", "Explosions/Remote violence"]),
        rows(&["--type", "explosions"])
    );
    assert!(rows(&["--type", "explosions"]) >= 1);
    // what names nothing is an error that says what is allowed, never 0 rows in silence
    for (flag, value, says) in [
        ("--country", "Narnia", "ISO code or an English"),
        ("--type", "bombs", "Explosions/Remote violence"),
    ] {
        let out = rasd()
            .args(["export", "--db", db, flag, value])
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{err}");
    }
    let out = rasd()
        .args(["extract", "--min-confidence", "5", &example()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 0 to 1"));
}

#[test]
fn eval_prints_its_table_from_the_repo_data() {
    let out = rasd().args(["eval", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["detection"]["gold"], 125);
    assert_eq!(v["example"]["required"]["n"], 5);
    assert_eq!(v["example"]["required"]["agree"], 5);
    // the labelled cross-report set is ingested and scored
    assert_eq!(v["clusters"]["articles"], 102);
    assert_eq!(v["clusters"]["bcubed"]["gold_items"], 93);
    // and again in reverse and five seeded shuffles (the order effect)
    assert!(v["clusters"]["orders"]["reversed"].as_f64().is_some());
    assert_eq!(
        v["clusters"]["orders"]["shuffles"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn eval_misses_lists_each_disagreement_behind_the_figures() {
    let out = rasd().args(["eval", "--misses"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (table, misses) = text
        .split_once("-- misses (document, what, gold, system)\n")
        .expect("a misses section");
    // as many place misses as the table's place row leaves out
    let place_row = table
        .lines()
        .find(|l| l.starts_with("place found"))
        .expect("place row");
    let counts: Vec<usize> = place_row
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let (agree, n) = (counts[counts.len() - 2], counts[counts.len() - 1]);
    let place_misses = misses
        .lines()
        .filter(|l| l.split('\t').nth(1) == Some("place") && l.starts_with("AAW_"))
        .count();
    assert_eq!(place_misses, n - agree, "{misses}");
    assert!(
        misses.lines().all(|l| l.split('\t').count() == 4),
        "{misses}"
    );
}

#[test]
fn ingest_stores_every_mention_and_export_all_adds_the_left_out_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    // whole reports that tell statistics, intents and history beside their incidents
    let reports = root()
        .join("data/eval/reports.dev.jsonl")
        .display()
        .to_string();
    let ids = |args: &[&str]| -> Vec<String> {
        let out = rasd().args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["event_id"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let table = ids(&["extract", &reports]);
    let every = ids(&["extract", "--all", &reports]);
    assert!(
        every.len() > table.len(),
        "the reports tell mentions that are not incidents"
    );
    rasd()
        .args(["ingest", &reports, "--db", db])
        .assert()
        .success();
    let export = |all: bool| -> Vec<serde_json::Value> {
        let mut args = vec!["export", "--db", db, "--format", "jsonl"];
        if all {
            args.push("--all");
        }
        let out = rasd().args(&args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let incidents = export(false);
    // the incident table holds the default output's mentions (and those whose rounded
    // confidence reaches the floor: the store decides on the record), all of status incident
    // (a retelling left out of the table that joined an incident is listed among its mentions
    // and is still a left-out mention)
    let mentions: Vec<serde_json::Value> = incidents
        .iter()
        .flat_map(|c| c["mentions"].as_array().unwrap().clone())
        .collect();
    let retelling = |m: &serde_json::Value| m["rule"].as_str().unwrap().starts_with("retelling:");
    for m in mentions.iter().filter(|m| retelling(m)) {
        assert!(
            ["incident", "background"].contains(&m["event"]["status"].as_str().unwrap()),
            "{m}"
        );
    }
    let clustered: Vec<serde_json::Value> = mentions
        .iter()
        .filter(|m| !retelling(m))
        .map(|m| m["event"].clone())
        .collect();
    let clustered_ids: Vec<&str> = clustered
        .iter()
        .map(|e| e["event_id"].as_str().unwrap())
        .collect();
    assert!(table.iter().all(|i| clustered_ids.contains(&i.as_str())));
    assert!(clustered.iter().all(|e| e["status"] == "incident"));
    let left: Vec<&String> = every
        .iter()
        .filter(|i| !clustered_ids.contains(&i.as_str()))
        .collect();
    assert!(!left.is_empty());
    let all = export(true);
    assert_eq!(&all[..incidents.len()], &incidents[..]);
    let extra = &all[incidents.len()..];
    let mut got: Vec<&str> = extra
        .iter()
        .map(|v| v["event"]["event_id"].as_str().unwrap())
        .collect();
    got.sort();
    let mut want: Vec<&str> = left.iter().map(|s| s.as_str()).collect();
    want.sort();
    assert_eq!(got, want);
    for v in extra {
        assert!(v["cluster_id"].is_null());
        assert!(v["status"].is_string());
    }
    let csv = rasd()
        .args(["export", "--db", db, "--format", "csv", "--all"])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.lines().next().unwrap().contains(",status,"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + all.len());
    let stats = rasd().args(["stats", "--db", db]).output().unwrap();
    let stats = String::from_utf8(stats.stdout).unwrap();
    assert!(
        stats.contains(&format!("mentions left out {}", left.len())),
        "{stats}"
    );
}

#[test]
fn recluster_rebuilds_the_incidents_of_a_store_and_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db").display().to_string();
    let reports = root()
        .join("data/eval/reports.dev.jsonl")
        .display()
        .to_string();
    rasd()
        .args(["ingest", "--db", &db, &example(), &reports])
        .assert()
        .success();
    let export = || {
        let out = rasd()
            .args(["export", "--db", &db, "--format", "jsonl"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let before = export();
    let out = rasd().args(["recluster", "--db", &db]).output().unwrap();
    assert!(out.status.success());
    let note = String::from_utf8_lossy(&out.stderr);
    assert!(
        note.contains("reclustered") && note.contains("incidents (were"),
        "{note}"
    );
    assert_eq!(export(), before);
    // since a day: the same store again (nothing changed in the rules)
    let out = rasd()
        .args(["recluster", "--db", &db, "--since", "2015-08-01"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(export(), before);
    // a day that is not one is refused by name
    let out = rasd()
        .args(["recluster", "--db", &db, "--since", "2015-8-1"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"2015-8-1\" is not a day"));
    // no database: a clear error, none created
    let missing = dir.path().join("none.db").display().to_string();
    let out = rasd()
        .args(["recluster", "--db", &missing])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"));
    assert!(!std::path::Path::new(&missing).exists());
}
