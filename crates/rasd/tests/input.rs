//! Hardening of the CLI's input and database handling (issue 13): nothing is lost or skipped
//! without a word, and a typo never creates or overwrites data.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rasd() -> Command {
    let mut c = Command::cargo_bin("rasd").unwrap();
    c.current_dir(root());
    // a walk that never ends or a read that never returns fails the test instead of hanging it
    c.timeout(Duration::from_secs(120));
    c
}

const BOMBING: &str = "انفجرت سيارة مفخخة في بغداد أمس.";
const STRIKE: &str = "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف حسينية في داقوق.";

fn line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text, "published": "2016-10-22"}).to_string() + "\n"
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = rasd().args(args).output().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The doc_ids of `rasd extract`'s JSONL output, in order, without repeats.
fn doc_ids(stdout: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for l in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let id = v["doc_id"].as_str().unwrap().to_string();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }
    ids
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

// ---- item 1: ids that collide

#[test]
fn txt_files_of_one_name_in_two_folders_keep_both_reports() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, text) in [("a", BOMBING), ("b", STRIKE)] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("1.txt"), text).unwrap();
    }
    let r = run(&["extract", "--published", "2016-10-22", s(dir.path())]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["a/1", "b/1"], "{}", r.stderr);
    let db = dir.path().join("t.db");
    let r = run(&["ingest", s(dir.path()), "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("2 new, 0 replaced"), "{}", r.stderr);
}

#[test]
fn a_repeated_id_is_named_and_the_first_report_kept_unless_replace() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("batch.jsonl");
    std::fs::write(&f, line("x", STRIKE) + &line("x", BOMBING)).unwrap();
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("batch.jsonl:2:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("batch.jsonl:1"),
        "names the first: {}",
        r.stderr
    );
    assert!(
        r.stdout.contains("داقوق"),
        "the first one wins: {}",
        r.stdout
    );
    assert!(!r.stdout.contains("بغداد"), "{}", r.stdout);

    let db = dir.path().join("t.db");
    let r = run(&["ingest", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("1 new, 0 replaced"), "{}", r.stderr);
    assert!(r.stderr.contains("1 skipped"), "{}", r.stderr);
    let csv = run(&["export", "--db", s(&db)]).stdout;
    assert!(csv.contains("Daquq") && !csv.contains("Baghdad"), "{csv}");

    let db = dir.path().join("r.db");
    let r = run(&["ingest", "--replace", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("1 new, 1 replaced"), "{}", r.stderr);
    let csv = run(&["export", "--db", s(&db)]).stdout;
    assert!(csv.contains("Baghdad") && !csv.contains("Daquq"), "{csv}");
}

#[test]
fn the_same_report_read_twice_is_stored_once_without_an_error() {
    // examples/ holds the example as .jsonl and as .txt: one document, exit 0 (README)
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let r = run(&["ingest", "examples/", "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("1 new"), "{}", r.stderr);
    assert!(r.stderr.contains("1 documents"), "{}", r.stderr);
}

// ---- item 3: walking folders

#[cfg(unix)]
#[test]
fn directory_symlinks_are_not_followed_and_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let inp = dir.path().join("in");
    std::fs::create_dir(&inp).unwrap();
    std::fs::write(inp.join("a.txt"), BOMBING).unwrap();
    std::fs::write(dir.path().join("outside.txt"), STRIKE).unwrap();
    std::os::unix::fs::symlink(".", inp.join("self")).unwrap();
    std::os::unix::fs::symlink("..", inp.join("up")).unwrap();
    let r = run(&["extract", "--published", "2016-10-22", s(&inp)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["a"], "{}", r.stderr);
    assert!(
        r.stderr.contains("self") && r.stderr.contains("not followed"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("up"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_skipped_with_a_message_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), BOMBING).unwrap();
    let fifo = dir.path().join("b.txt");
    let ok = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(ok.success());
    let r = run(&["extract", "--published", "2016-10-22", s(dir.path())]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["a"]);
    assert!(
        r.stderr.contains("b.txt") && r.stderr.contains("not a regular file"),
        "{}",
        r.stderr
    );
}

#[test]
fn files_a_walk_does_not_read_are_named_and_upper_case_extensions_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("A.TXT"), BOMBING).unwrap();
    std::fs::write(dir.path().join("b.JSONL"), line("b", STRIKE)).unwrap();
    std::fs::write(dir.path().join("c.json"), line("c", STRIKE)).unwrap();
    std::fs::write(dir.path().join("README"), "x").unwrap();
    let r = run(&["extract", "--published", "2016-10-22", s(dir.path())]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["A", "b"], "{}", r.stderr);
    assert!(
        r.stderr.contains("c.json") && r.stderr.contains("README"),
        "{}",
        r.stderr
    );
}

// ---- item 4: encodings and dates

#[test]
fn a_utf8_byte_order_mark_loses_no_record() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bom.jsonl");
    std::fs::write(&f, "\u{feff}".to_string() + &line("first", STRIKE)).unwrap();
    let t = dir.path().join("bom.txt");
    std::fs::write(&t, "\u{feff}".to_string() + BOMBING).unwrap();
    let r = run(&["extract", "--published", "2016-10-22", s(&f), s(&t)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["first", "bom"], "{}", r.stderr);
    // spans count from the text after the mark
    let first: serde_json::Value = serde_json::from_str(r.stdout.lines().last().unwrap()).unwrap();
    let span = first["trigger"]["span"].as_array().unwrap();
    let start = span[0].as_u64().unwrap() as usize;
    let end = span[1].as_u64().unwrap() as usize;
    let text: String = BOMBING.chars().skip(start).take(end - start).collect();
    assert_eq!(first["trigger"]["text"], text.as_str());
}

#[test]
fn utf16_input_is_named_as_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xff, 0xfe];
    for u in BOMBING.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(dir.path().join("w.txt"), &bytes).unwrap();
    std::fs::write(dir.path().join("w.jsonl"), &bytes).unwrap();
    let r = run(&["extract", s(dir.path())]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("w.txt: UTF-16"), "{}", r.stderr);
    assert!(r.stderr.contains("w.jsonl: UTF-16"), "{}", r.stderr);
}

#[test]
fn an_impossible_published_date_is_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dates.jsonl");
    let bad = serde_json::json!({"id": "feb31", "text": BOMBING, "published": "2016-02-31"});
    std::fs::write(&f, line("ok", STRIKE) + &bad.to_string() + "\n").unwrap();
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("dates.jsonl:2:"), "{}", r.stderr);
    assert!(r.stderr.contains("2016-02-31"), "{}", r.stderr);
    assert_eq!(doc_ids(&r.stdout), ["ok"]);
    for args in [
        &["extract", "--published", "2016-02-31", "-"][..],
        &["export", "--from", "2016-02-30", "--db", "examples/none.db"][..],
    ] {
        let r = rasd().args(args).write_stdin("x").output().unwrap();
        assert_eq!(r.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&r.stderr).contains("YYYY-MM-DD"));
    }
}

// ---- item 5: ids

#[test]
fn empty_ids_and_ids_with_invisible_characters_are_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ids.jsonl");
    let lines = [
        line("", BOMBING),
        line("   ", BOMBING),
        line("evil\u{202e}gpj.exe", BOMBING),
        line("tab\there", BOMBING),
        line("good", STRIKE),
    ]
    .concat();
    std::fs::write(&f, lines).unwrap();
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    for n in 1..=4 {
        assert!(
            r.stderr.contains(&format!("ids.jsonl:{n}:")),
            "{n}: {}",
            r.stderr
        );
    }
    assert!(r.stderr.contains("U+202E"), "{}", r.stderr);
    assert!(
        !r.stderr.contains('\u{202e}'),
        "the id is shown escaped: {}",
        r.stderr
    );
    assert_eq!(doc_ids(&r.stdout), ["good"]);
}

// ---- item 6: stdin is streamed (see input.rs's unit test) ----

// ---- item 7: a typo in --db

#[test]
fn export_stats_and_explain_refuse_a_missing_database_and_create_none() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    for args in [
        &["export", "--db", s(&db)][..],
        &["stats", "--db", s(&db)][..],
        &["explain", "1", "--db", s(&db)][..],
    ] {
        let r = run(args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("no database at"), "{}", r.stderr);
        assert!(!db.exists(), "{args:?} created {}", db.display());
    }
}

#[test]
fn ingest_of_a_missing_path_leaves_no_database_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let r = run(&["ingest", s(&dir.path().join("nope.jsonl")), "--db", s(&db)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("nope.jsonl"), "{}", r.stderr);
    assert!(!db.exists(), "an empty database was left behind");
}

// ---- item 8: a dump with other field names

#[test]
fn many_bad_lines_never_stop_the_run_silently() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dump.jsonl");
    let mut text = String::new();
    for i in 0..1200 {
        // no field rasd reads a text from
        let v = serde_json::json!({"story": BOMBING, "title": format!("t{i}"), "date_extracted": "2016-10-22"});
        text += &(v.to_string() + "\n");
    }
    text += &line("last", STRIKE);
    std::fs::write(&f, text).unwrap();
    let r = run(&["extract", s(&f)]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        doc_ids(&r.stdout),
        ["last"],
        "the good line after the bad ones is read"
    );
    assert!(
        r.stderr.contains("dump.jsonl:1200:"),
        "{}",
        &r.stderr[r.stderr.len().saturating_sub(2000)..]
    );
    // the message says which fields the line has
    assert!(
        r.stderr.contains("story"),
        "{}",
        &r.stderr[..2000.min(r.stderr.len())]
    );
    assert!(
        r.stderr.contains("1200 skipped"),
        "{}",
        &r.stderr[r.stderr.len().saturating_sub(2000)..]
    );
    let db = dir.path().join("t.db");
    let r = run(&["ingest", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("ingested 1 reports"),
        "{}",
        &r.stderr[r.stderr.len().saturating_sub(2000)..]
    );
    assert!(
        r.stderr.contains("1200 skipped"),
        "{}",
        &r.stderr[r.stderr.len().saturating_sub(2000)..]
    );
}

// ---- item 14: CSV formula injection

#[test]
fn exported_csv_cells_cannot_run_as_spreadsheet_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("formula.jsonl");
    std::fs::write(
        &f,
        line("=1+2*cmd|' /C calc'!A0", STRIKE) + &line("@x", BOMBING),
    )
    .unwrap();
    let db = dir.path().join("t.db");
    let r = run(&["ingest", s(&f), "--db", s(&db)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    for args in [
        &["export", "--db", s(&db), "--format", "csv"][..],
        &["extract", "--format", "csv", s(&f)][..],
    ] {
        let csv = run(args).stdout;
        assert!(csv.contains(",'=1+2*cmd|' /C calc'!A0,"), "{args:?}: {csv}");
        assert!(csv.contains(",'@x,"), "{args:?}: {csv}");
        assert!(
            !csv.contains(",=1") && !csv.contains(",@x"),
            "{args:?}: {csv}"
        );
    }
}
