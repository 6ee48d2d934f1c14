//! End to end in headless Chromium (Debian's chromium + chromium-driver, driven over WebDriver
//! by fantoccini): the server on a free loopback port over a database ingested from the example
//! report and the development sentences; the dashboard shows the Kirkuk/Daquq incidents on the
//! map and in the table with their Arabic names, counts them in Arabic ("حدث واحد", "6 أحداث",
//! "113 حدثًا") and by what the map shows, picks the timeline's range, filters by type and by a
//! province typed in Arabic, reads "at least 18" as such, opens an incident with its spans
//! highlighted, its report's other incidents and a small map, keeps date, type, place and deaths
//! readable at 390 px, pastes a report with its publication date (the sample) and downloads the
//! result, and never runs the markup of a hostile report. Screenshots go under cargo's target
//! directory (`<target>/tmp/rasd-serve-screenshots/`).
//!
//! The test is `#[ignore]`d: `.ci/run` installs Chromium and runs it with `-- --ignored`; asked
//! for without chromedriver or chromium, it fails. `RASD_CHROMEDRIVER` / `RASD_CHROMIUM`
//! override the paths.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn screenshots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rasd-serve-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Evaluates `expr` (a JS expression) until it is truthy, or fails after `secs`.
async fn wait_js(c: &Client, expr: &str, secs: u64) -> Value {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let v = c
            .execute(&format!("return ({expr});"), vec![])
            .await
            .unwrap_or(Value::Null);
        let truthy = match &v {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => n.as_f64() != Some(0.0),
            Value::String(s) => !s.is_empty(),
            _ => true,
        };
        if truthy {
            return v;
        }
        if Instant::now() > deadline {
            let err = c
                .execute(
                    "return document.querySelector('#error').textContent",
                    vec![],
                )
                .await
                .unwrap_or(Value::Null);
            panic!("timed out waiting for `{expr}` (page error: {err})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(c: &Client, body: &str) -> Value {
    c.execute(body, vec![]).await.unwrap()
}

/// Runs `body` (a JS expression giving a promise) in the page and returns what it resolves to.
async fn js_await(c: &Client, body: &str) -> Value {
    c.execute_async(
        &format!("const done = arguments[arguments.length - 1]; ({body}).then(done, e => done({{error: String(e)}}));"),
        vec![],
    )
    .await
    .unwrap()
}

/// GETs an API route from the page (same origin), as JSON.
async fn fetch_json(c: &Client, path: &str) -> Value {
    js_await(c, &format!("fetch({path:?}).then(r => r.json())")).await
}

async fn shot(c: &Client, name: &str) -> PathBuf {
    let png = c.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let path = screenshots().join(name);
    std::fs::write(&path, png).unwrap();
    eprintln!("screenshot: {}", path.display());
    path
}

/// "حدث" counted as Arabic counts it (the CLDR plural categories of Arabic, written out here
/// independently of the page's Intl.PluralRules): 1 حدث واحد, 2 حدثان, 3–10 أحداث, 11–99
/// حدثًا (and 111–199 ...), 100–102 حدث.
fn ar_incidents(n: u64) -> String {
    match (n, n % 100) {
        (1, _) => "حدث واحد".into(),
        (2, _) => "حدثان".into(),
        (_, 3..=10) => format!("{n} أحداث"),
        (_, 11..=99) => format!("{n} حدثًا"),
        _ => format!("{n} حدث"),
    }
}

#[test]
fn arabic_counts_agree_with_the_number() {
    assert_eq!(ar_incidents(6), "6 أحداث");
    assert_eq!(ar_incidents(11), "11 حدثًا");
    assert_eq!(ar_incidents(113), "113 حدثًا");
    assert_eq!(ar_incidents(100), "100 حدث");
    assert_eq!(ar_incidents(1), "حدث واحد");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver (.ci/chromium.sh); .ci/run installs them and runs it"]
async fn dashboard_end_to_end_in_headless_chromium() {
    let driver_path =
        std::env::var("RASD_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let chromium = std::env::var("RASD_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&driver_path).exists() && Path::new(&chromium).exists(),
        "this test needs chromedriver ({driver_path}) and chromium ({chromium}): \
         `source .ci/chromium.sh` installs Debian's chromium and chromium-driver"
    );

    // the server, on a free loopback port
    let db = common::database("browser");
    let state = common::state(&db);
    let xss_id = state
        .pool
        .run(|s| {
            s.events_page(&rasd_store::read::EventQuery {
                filter: rasd_store::read::EventFilter {
                    text: Some("__rasd_xss".into()),
                    ..Default::default()
                },
                limit: 1,
                ..Default::default()
            })
        })
        .await
        .unwrap()
        .events[0]
        .id;
    let daquq = state
        .pool
        .run(|s| {
            let page = s.events_page(&rasd_store::read::EventQuery {
                filter: rasd_store::read::EventFilter {
                    sub_event_type: Some("Air/drone strike".into()),
                    admin1: Some("Kirkuk".into()),
                    ..Default::default()
                },
                limit: 100,
                ..Default::default()
            })?;
            let id = page
                .events
                .iter()
                .find(|e| e.place.as_deref() == Some("Daquq"))
                .expect("the Daquq airstrike")
                .id;
            Ok(s.cluster(id)?.unwrap())
        })
        .await
        .unwrap();
    // the battle in Kirkuk: "مقتل ستة ... ومقتل ما لا يقل عن 12", at least 18
    let battle = state
        .pool
        .run(|s| {
            let page = s.events_page(&rasd_store::read::EventQuery {
                filter: rasd_store::read::EventFilter {
                    event_type: Some("Battles".into()),
                    admin1: Some("Kirkuk".into()),
                    ..Default::default()
                },
                limit: 100,
                ..Default::default()
            })?;
            Ok(page
                .events
                .into_iter()
                .find(|e| e.place.as_deref() == Some("Kirkuk") && e.fatalities_at_least)
                .expect("the Kirkuk battle, at least 18"))
        })
        .await
        .unwrap();
    assert_eq!(battle.fatalities.best, Some(18));
    let total = state
        .pool
        .run(|s| s.count_events(&Default::default()))
        .await
        .unwrap() as u64;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(rasd_serve::serve_on(listener, state, async {
        let _ = stopped.await;
    }));

    // chromedriver, on another free port
    let port = free_port();
    let _driver = Driver(
        Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting chromedriver"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=ar",
                format!("--user-data-dir={}", profile.path().display()),
            ],
        }),
    );
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");

    // 1. the dashboard: Arabic, right to left, the map with outlines and points, the table
    c.goto(&format!("{base}/")).await.unwrap();
    wait_js(
        &c,
        "document.body.dataset.loaded && Number(document.querySelector('#map').dataset.points) > 0",
        30,
    )
    .await;
    wait_js(
        &c,
        "Number(document.querySelector('#map').dataset.admin1) > 100",
        30,
    )
    .await;
    assert_eq!(js(&c, "return document.documentElement.dir").await, "rtl");
    assert_eq!(js(&c, "return document.documentElement.lang").await, "ar");
    assert_eq!(
        js(
            &c,
            "return getComputedStyle(document.querySelector('main')).direction"
        )
        .await,
        "rtl"
    );
    let countries = js(
        &c,
        "return document.querySelectorAll('#countries path').length",
    )
    .await;
    assert!(countries.as_u64().unwrap() > 200, "{countries}");
    let daquq_on_map = c
        .find_all(Locator::Css("#map circle.ev[data-place='Daquq']"))
        .await
        .unwrap();
    assert!(!daquq_on_map.is_empty(), "Daquq on the map");
    // the point is drawn inside the visible map
    let visible = js(
        &c,
        "const m = document.querySelector('#map').getBoundingClientRect(); \
         const p = document.querySelector(\"#map circle.ev[data-place='Daquq']\").getBoundingClientRect(); \
         return p.width > 0 && p.left >= m.left && p.right <= m.right && p.top >= m.top && p.bottom <= m.bottom;",
    )
    .await;
    assert_eq!(visible, true, "the Daquq point is inside the map's frame");
    let kirkuk_rows = js(
        &c,
        "return [...document.querySelectorAll('#events-table tbody tr')]\
         .filter(r => /Daquq|Kirkuk/.test(r.querySelector('.c-place').dataset.place)).length",
    )
    .await;
    assert!(kirkuk_rows.as_u64().unwrap() >= 3, "{kirkuk_rows}");
    // the Arabic view names places, provinces and actors in Arabic, each in its own isolate
    let row = |id: i64, sel: &str| {
        format!(
            "return document.querySelector(\"#events-table tr[data-id='{id}'] {sel}\").textContent"
        )
    };
    assert_eq!(js(&c, &row(daquq.cluster_id, ".c-place")).await, "داقوق");
    assert_eq!(js(&c, &row(daquq.cluster_id, ".c-admin1")).await, "كركوك");
    let actors = js(&c, &row(daquq.cluster_id, ".c-actors")).await;
    assert!(
        actors.as_str().unwrap().contains("التحالف الدولي"),
        "{actors}"
    );
    assert_eq!(
        js(
            &c,
            &format!("return document.querySelector(\"#events-table tr[data-id='{}'] .c-place bdi\") !== null", daquq.cluster_id)
        )
        .await,
        true
    );
    // "at least 18" reads as such, never as a bare 18
    assert_eq!(js(&c, &row(battle.id, ".c-deaths")).await, "≥ 18");
    let title = js(
        &c,
        &format!(
            "return document.querySelector(\"#events-table tr[data-id='{}'] .c-deaths\").title",
            battle.id
        ),
    )
    .await;
    assert_eq!(title, "18 على الأقل");
    // the summary counts in Arabic and says how many of them the map shows
    let summary = js(&c, "return document.querySelector('#summary').textContent").await;
    let summary = summary.as_str().unwrap().to_string();
    assert!(summary.contains(&ar_incidents(total)), "{summary}");
    let points = js(&c, "return document.querySelector('#map').dataset.points").await;
    let points = points.as_str().unwrap().to_string();
    assert!(
        summary.contains(&format!("على الخريطة {points} من {total}")),
        "{summary}"
    );
    let undrawn = total - points.parse::<u64>().unwrap();
    if undrawn > 0 {
        assert!(
            summary.contains(&format!("({undrawn} دون إحداثيات)")),
            "{summary}"
        );
    }
    // the timeline draws the range the API picked, in the bucket it picked
    let tl = fetch_json(&c, "/api/timeline?bucket=auto").await;
    let drawn = js(
        &c,
        "const d = document.querySelector('#timeline').dataset; return [d.bucket, d.from, d.to]",
    )
    .await;
    assert_eq!(drawn[0], tl["bucket"]);
    assert!(drawn[1].as_str().unwrap() <= tl["range"]["from"].as_str().unwrap());
    assert!(drawn[2].as_str().unwrap() >= tl["range"]["to"].as_str().unwrap());
    let header = js(
        &c,
        "return document.querySelector('#events-table th').textContent",
    )
    .await;
    assert_eq!(header, "التاريخ");
    // the hostile report's names are in the table as text, and nothing of it ran
    assert_eq!(js(&c, "return window.__rasd_xss === undefined").await, true);
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('#events-table img, #events-table svg').length"
        )
        .await,
        0
    );
    let xss_row = js(
        &c,
        &format!(
            "return document.querySelector(\"#events-table tr[data-id='{xss_id}']\").textContent"
        ),
    )
    .await;
    assert!(
        xss_row.as_str().unwrap().contains("<img src=x onerror="),
        "{xss_row}"
    );
    let all_points = js(
        &c,
        "return Number(document.querySelector('#map').dataset.points)",
    )
    .await;
    shot(&c, "dashboard.png").await;

    // 2. filter by type
    let ty = "Explosions/Remote violence";
    c.find(Locator::Css("#f-type"))
        .await
        .unwrap()
        .select_by_value(ty)
        .await
        .unwrap();
    wait_js(&c, "location.hash.includes('type=')", 10).await;
    wait_js(
        &c,
        "[...document.querySelectorAll('#events-table tbody tr')].every(r => r.dataset.type === 'Explosions/Remote violence') \
         && document.querySelectorAll('#events-table tbody tr').length > 0",
        30,
    )
    .await;
    let filtered = js(
        &c,
        "return Number(document.querySelector('#map').dataset.points)",
    )
    .await;
    assert!(
        filtered.as_u64() < all_points.as_u64(),
        "{filtered} < {all_points}"
    );
    let types_on_map = js(
        &c,
        "return [...new Set([...document.querySelectorAll('#map circle.ev')].map(c => c.dataset.type))]",
    )
    .await;
    assert_eq!(types_on_map, json!([ty]));
    assert!(!c
        .find_all(Locator::Css("#map circle.ev[data-place='Daquq']"))
        .await
        .unwrap()
        .is_empty());
    shot(&c, "dashboard-filtered.png").await;

    // 2b. a province typed in Arabic: the Kirkuk incidents, named كركوك
    c.goto(&format!("{base}/#/")).await.unwrap();
    wait_js(&c, "document.body.dataset.query === ''", 30).await;
    c.find(Locator::Css("#f-admin1"))
        .await
        .unwrap()
        .send_keys("كركوك")
        .await
        .unwrap();
    c.find(Locator::Css("#f-apply"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(&c, "document.body.dataset.query.includes('admin1=')", 30).await;
    let provinces = js(
        &c,
        "return [...new Set([...document.querySelectorAll('#events-table td.c-admin1')].map(td => td.textContent))]",
    )
    .await;
    assert_eq!(provinces, json!(["كركوك"]));
    assert!(
        js(
            &c,
            "return document.querySelectorAll('#events-table tbody tr').length"
        )
        .await
        .as_u64()
        .unwrap()
            >= 3
    );
    // one incident: "حدث واحد"
    c.goto(&format!("{base}/#/?q=__rasd_xss")).await.unwrap();
    wait_js(
        &c,
        "document.querySelectorAll('#events-table tbody tr').length === 1 && document.querySelector('#summary').dataset.total === '1'",
        30,
    )
    .await;
    let one = js(&c, "return document.querySelector('#summary').textContent").await;
    assert!(one.as_str().unwrap().contains("حدث واحد"), "{one}");
    // dates in the view's order: day first in Arabic, ISO in the address
    c.goto(&format!("{base}/#/?from=2016-10-01")).await.unwrap();
    wait_js(&c, "document.body.dataset.query === 'from=2016-10-01'", 30).await;
    assert_eq!(
        js(&c, "return document.querySelector('#f-from').value").await,
        "01/10/2016"
    );
    wait_js(
        &c,
        &format!(
            "document.querySelector(\"#events-table tr[data-id='{}'] a\")",
            daquq.cluster_id
        ),
        30,
    )
    .await;

    // 3. open the Daquq airstrike from the table: the report right to left, spans highlighted
    c.find(Locator::Css(&format!(
        "#events-table tr[data-id='{}'] a",
        daquq.cluster_id
    )))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_js(
        &c,
        &format!("document.body.dataset.event === '{}'", daquq.cluster_id),
        20,
    )
    .await;
    let rep = &daquq.representative;
    let marks = js(
        &c,
        "return [...document.querySelectorAll('.doc-text mark.hl')].map(m => [m.dataset.role, m.textContent])",
    )
    .await;
    let has = |role: &str, text: &str| {
        marks
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m[0] == role && m[1].as_str().unwrap().contains(text))
    };
    assert!(has("trigger", &rep.trigger.text), "trigger {marks}");
    let loc = rep.location.as_ref().unwrap();
    assert!(has("location", &loc.text), "location {marks}");
    if let Some(f) = &rep.fatalities {
        let words: Vec<&str> = f.text.split_whitespace().collect();
        assert!(
            words
                .iter()
                .any(|w| has("fatalities", w) || has("victims", w)),
            "fatalities {marks}"
        );
    }
    if let Some(d) = rep.date.as_ref().and_then(|d| d.text.as_deref()) {
        assert!(has("date", d), "date {marks}");
    }
    assert_eq!(
        js(
            &c,
            "return getComputedStyle(document.querySelector('.doc-text')).direction"
        )
        .await,
        "rtl"
    );
    // the highlighted words are the record's words at its code-point spans
    let (s, e) = (rep.trigger.span[0], rep.trigger.span[1]);
    let at_span = js(
        &c,
        &format!(
            "return Array.from(document.querySelector('.doc-text').textContent).slice({s}, {e}).join('')"
        ),
    )
    .await;
    assert_eq!(at_span, rep.trigger.text.as_str());
    // the incident's number is isolated left to right ("#7", never "7#")
    let id_cell = js(
        &c,
        "const b = document.querySelector('#event .facts dd bdi'); return [b.getAttribute('dir'), b.textContent]",
    )
    .await;
    assert_eq!(id_cell, json!(["ltr", format!("#{}", daquq.cluster_id)]));
    let place = js(
        &c,
        "return document.querySelector('#event-place').textContent",
    )
    .await;
    assert!(
        place.as_str().unwrap().starts_with("داقوق، كركوك، "),
        "{place}"
    );
    // the report's other incidents, linked, and a small map with them
    let others = js(
        &c,
        "return [...document.querySelectorAll('#other-incidents li')].map(li => Number(li.dataset.id))",
    )
    .await;
    let expected: Vec<i64> = {
        let v = fetch_json(&c, &format!("/api/events/{}", daquq.cluster_id)).await;
        v["other_incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_i64().unwrap())
            .collect()
    };
    assert!(expected.contains(&battle.id), "{expected:?}");
    assert_eq!(others, json!(expected));
    let mini = js(
        &c,
        "const m = document.querySelector('.mini-map'); \
         return [Number(m.dataset.points), m.querySelectorAll('path.country').length, m.querySelectorAll('circle.current').length]",
    )
    .await;
    assert!(mini[0].as_u64().unwrap() >= 3, "{mini}");
    assert!(mini[1].as_u64().unwrap() >= 1, "{mini}");
    assert_eq!(mini[2], 1);
    shot(&c, "event.png").await;

    // 3b. the Kirkuk battle: "18 على الأقل", from the report's other incidents
    c.find(Locator::Css(&format!(
        "#other-incidents li[data-id='{}'] a",
        battle.id
    )))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_js(
        &c,
        &format!("document.body.dataset.event === '{}'", battle.id),
        20,
    )
    .await;
    let toll = js(
        &c,
        "return document.querySelector('#event-toll').textContent",
    )
    .await;
    assert!(toll.as_str().unwrap().starts_with("18 على الأقل"), "{toll}");

    // 4. the hostile report's incident page: its markup is shown as text and never runs
    c.goto(&format!("{base}/#/event/{xss_id}")).await.unwrap();
    wait_js(
        &c,
        &format!("document.body.dataset.event === '{xss_id}'"),
        20,
    )
    .await;
    let text = js(&c, "return document.querySelector('.doc-text').textContent").await;
    assert_eq!(text, common::XSS_TEXT);
    assert_eq!(js(&c, "return window.__rasd_xss === undefined").await, true);
    assert_eq!(js(&c, "return document.scripts.length").await, 1);
    assert_eq!(
        js(&c, "return document.querySelectorAll('#event img, #event script, #event svg:not(.mini-map), #event i, #event b').length").await,
        0
    );
    let actor_mark = js(
        &c,
        "return document.querySelector(\".doc-text mark[data-role='actor1']\").textContent",
    )
    .await;
    assert_eq!(actor_mark, "<script>window.__rasd_xss = 1</script>");
    shot(&c, "event-hostile.png").await;

    // 5. paste a report: the publication date is asked for, the sample fills the form, and the
    // result downloads as JSONL, CSV and GeoJSON
    c.goto(&format!("{base}/#/extract")).await.unwrap();
    wait_js(&c, "!document.querySelector('#view-extract').hidden", 10).await;
    // record the files the page offers (a blob: URL cannot be fetched under the page's CSP)
    js(
        &c,
        "window.__blobs = {}; const make = URL.createObjectURL.bind(URL); \
         URL.createObjectURL = (b) => { const u = make(b); window.__blobs[u] = b; return u; };",
    )
    .await;
    let report = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    c.execute(
        "document.querySelector('#extract-text').value = arguments[0];",
        vec![json!(report.text)],
    )
    .await
    .unwrap();
    c.find(Locator::Css("#extract-run"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let asked = js(
        &c,
        "return [document.querySelector('#extract-published').validationMessage, \
         document.querySelector('#extract-result').childElementCount, document.querySelector('#extract-result').outerHTML]",
    )
    .await;
    assert!(asked[0].as_str().unwrap().contains("تاريخ نشر"), "{asked}");
    assert_eq!(asked[1], 0, "nothing extracted without a date: {asked}");
    // the sample: the bundled example with its date, day first
    c.find(Locator::Css("#extract-sample"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(
        &c,
        "document.querySelector('#extract-published').value === '22/10/2016'",
        10,
    )
    .await;
    assert_eq!(
        js(&c, "return document.querySelector('#extract-text').value").await,
        report.text.as_str()
    );
    c.find(Locator::Css("#extract-run"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(&c, "document.querySelector('#extract-count')", 30).await;
    let n = js(
        &c,
        "return document.querySelectorAll('#extract-result .ev-card').length",
    )
    .await
    .as_u64()
    .unwrap();
    assert!(n >= 3, "{n}");
    let count = js(
        &c,
        "return document.querySelector('#extract-count').textContent",
    )
    .await;
    assert_eq!(count, format!("استُخرج {}", ar_incidents(n)));
    let located = js(
        &c,
        "return [...document.querySelectorAll(\"#extract-result mark[data-role='location']\")].map(m => m.textContent)",
    )
    .await;
    assert!(located.to_string().contains("داقوق"), "{located}");
    wait_js(
        &c,
        "document.querySelector('#extract-downloads').dataset.ready",
        30,
    )
    .await;
    let files = js_await(
        &c,
        "Promise.all([...document.querySelectorAll('#extract-downloads a')].map(a => \
         window.__blobs[a.href].text().then(t => [a.dataset.format, a.getAttribute('download'), t])))",
    )
    .await;
    let files = files.as_array().unwrap();
    assert_eq!(files.len(), 3, "{files:?}");
    let file = |format: &str| {
        let f = files.iter().find(|f| f[0] == format).unwrap();
        assert_eq!(f[1], format!("rasd-2016-10-22.{format}"));
        f[2].as_str().unwrap().to_string()
    };
    let records: Vec<Value> = file("jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        records.len() >= 3 && records.len() as u64 <= n,
        "{}",
        records.len()
    );
    assert!(records
        .iter()
        .any(|r| r["location"]["name"] == "Daquq" && r["doc_id"] == "pasted"));
    let csv = file("csv");
    assert!(csv.starts_with("event_id_cnty,"), "{csv}");
    assert_eq!(csv.lines().count(), records.len() + 1);
    let geo: Value = serde_json::from_str(&file("geojson")).unwrap();
    assert_eq!(geo["type"], "FeatureCollection");
    // the records with coordinates, and how many were left out (`rasd extract`'s GeoJSON)
    let omitted = geo["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert_eq!(
        geo["features"].as_array().unwrap().len() + omitted,
        records.len()
    );
    shot(&c, "extract.png").await;

    // 6. English labels on request
    c.goto(&format!("{base}/")).await.unwrap();
    wait_js(&c, "document.body.dataset.loaded", 30).await;
    c.find(Locator::Css("#lang-toggle"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(&c, "document.documentElement.dir === 'ltr'", 10).await;
    assert_eq!(
        js(
            &c,
            "return document.querySelector('#events-table th').textContent"
        )
        .await,
        "Date"
    );
    // English names, English counts, dates month first
    wait_js(
        &c,
        "document.querySelector('#summary').textContent.includes('incidents')",
        30,
    )
    .await;
    assert_eq!(js(&c, &row(daquq.cluster_id, ".c-place")).await, "Daquq");
    c.goto(&format!("{base}/#/?from=2016-10-01")).await.unwrap();
    wait_js(&c, "document.body.dataset.query === 'from=2016-10-01'", 30).await;
    assert_eq!(
        js(&c, "return document.querySelector('#f-from').value").await,
        "10/01/2016"
    );
    shot(&c, "dashboard-en.png").await;
    c.goto(&format!("{base}/#/event/{}", battle.id))
        .await
        .unwrap();
    wait_js(
        &c,
        "(document.querySelector('#event-toll') || {}).textContent === 'at least 18'",
        20,
    )
    .await;
    shot(&c, "event-en.png").await;
    c.find(Locator::Css("#lang-toggle"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    wait_js(&c, "document.documentElement.dir === 'rtl'", 10).await;

    // 7. a phone, 390 px wide: the table keeps date, type, place and deaths, nothing overflows
    c.goto(&format!("{base}/")).await.unwrap();
    c.set_window_size(390, 844).await.unwrap();
    wait_js(
        &c,
        "window.innerWidth <= 400 && document.body.dataset.loaded",
        30,
    )
    .await;
    let layout = js(
        &c,
        "const tr = document.querySelector('#events-table tbody tr'); \
         const shown = (sel) => { const el = tr.querySelector(sel); const r = el.getBoundingClientRect(); \
           return getComputedStyle(el).display !== 'none' && r.width >= 40 && r.left >= 0 && r.right <= window.innerWidth \
             && parseFloat(getComputedStyle(el).fontSize) >= 12; }; \
         const hidden = (sel) => getComputedStyle(tr.querySelector(sel)).display === 'none'; \
         return { width: window.innerWidth, \
           shown: ['.c-date', '.c-type', '.c-place', '.c-deaths'].map(shown), \
           hidden: ['.c-sub', '.c-admin1', '.c-country', '.c-actors', '.c-sources'].map(hidden), \
           overflow: document.documentElement.scrollWidth - window.innerWidth };",
    )
    .await;
    assert_eq!(layout["shown"], json!([true, true, true, true]), "{layout}");
    assert_eq!(
        layout["hidden"],
        json!([true, true, true, true, true]),
        "{layout}"
    );
    assert!(layout["overflow"].as_i64().unwrap() <= 0, "{layout}");
    shot(&c, "mobile.png").await;
    js(
        &c,
        "document.querySelector('#events-table').scrollIntoView()",
    )
    .await;
    shot(&c, "mobile-table.png").await;

    c.close().await.unwrap();
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
