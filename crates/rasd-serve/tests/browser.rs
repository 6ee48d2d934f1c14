//! End to end in headless Chromium (Debian's chromium + chromium-driver, driven over WebDriver
//! by fantoccini): the server on a free loopback port over a database ingested from the example
//! report and the development sentences; the dashboard shows the Kirkuk/Daquq incidents on the
//! map and in the table, filters by type, opens an incident with its spans highlighted, pastes a
//! report, and never runs the markup of a hostile report. Screenshots go under cargo's target
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

async fn shot(c: &Client, name: &str) -> PathBuf {
    let png = c.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let path = screenshots().join(name);
    std::fs::write(&path, png).unwrap();
    eprintln!("screenshot: {}", path.display());
    path
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
         .filter(r => /Daquq|Kirkuk/.test(r.textContent)).length",
    )
    .await;
    assert!(kirkuk_rows.as_u64().unwrap() >= 3, "{kirkuk_rows}");
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
    shot(&c, "event.png").await;

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
        js(&c, "return document.querySelectorAll('#event img, #event script, #event svg, #event i, #event b').length").await,
        0
    );
    let actor_mark = js(
        &c,
        "return document.querySelector(\".doc-text mark[data-role='actor1']\").textContent",
    )
    .await;
    assert_eq!(actor_mark, "<script>window.__rasd_xss = 1</script>");
    shot(&c, "event-hostile.png").await;

    // 5. paste a report
    c.goto(&format!("{base}/#/extract")).await.unwrap();
    wait_js(&c, "!document.querySelector('#view-extract').hidden", 10).await;
    let report = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    c.execute(
        "document.querySelector('#extract-text').value = arguments[0]; \
         document.querySelector('#extract-published').value = '2016-10-22';",
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
    wait_js(&c, "document.querySelector('#extract-count')", 30).await;
    let n = js(
        &c,
        "return document.querySelectorAll('#extract-result .ev-card').length",
    )
    .await;
    assert!(n.as_u64().unwrap() >= 3, "{n}");
    let located = js(
        &c,
        "return [...document.querySelectorAll(\"#extract-result mark[data-role='location']\")].map(m => m.textContent)",
    )
    .await;
    assert!(located.to_string().contains("داقوق"), "{located}");
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
    c.find(Locator::Css("#lang-toggle"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    c.close().await.unwrap();
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
