//! `POST /api/extract` and the paste page's sample: records without storing, the files of
//! `rasd extract`, bad bodies, and the limits on work (permits, deadline, word budget).

mod common;

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

use common::http::Reply;

/// This binary's name for its shared database (`common::shared_db`).
const DB: &str = "extract";

fn db() -> &'static PathBuf {
    common::shared_db(DB)
}

async fn call(method: Method, uri: &str, body: Option<Vec<u8>>) -> Reply {
    common::http::call(common::shared_app(DB), method, uri, body).await
}

async fn get(uri: &str) -> Reply {
    call(Method::GET, uri, None).await
}

/// `POST /api/extract` with this JSON body.
async fn extract(body: &Value) -> Reply {
    call(
        Method::POST,
        "/api/extract",
        Some(serde_json::to_vec(body).unwrap()),
    )
    .await
}

#[tokio::test]
async fn extract_returns_records_without_storing() {
    let report = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    let body = serde_json::json!({"id": "pasted", "text": report.text, "published": "2016-10-22"});
    let before = get("/api/stats").await.json();
    let r = extract(&body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    let events = v["events"].as_array().unwrap();
    assert!(events
        .iter()
        .any(|e| e["location"]["name"] == "Daquq" && e["doc_id"] == "pasted"));
    assert!(v["diagnostics"].is_array());
    assert_eq!(get("/api/stats").await.json(), before, "nothing stored");
    // published is optional, id too
    let r = call(
        Method::POST,
        "/api/extract",
        Some(br#"{"text": "hello"}"#.to_vec()),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["events"], serde_json::json!([]));
}

#[tokio::test]
async fn extract_gives_the_incident_table_and_every_mention_when_asked() {
    let text =
        "ونفت الوزارة وقوع انفجار في مطار عدن. قتل خمسة جنود في هجوم على نقطة تفتيش في العريش أمس.";
    let statuses = |all: bool| async move {
        let body = serde_json::json!({"text": text, "published": "2015-08-01", "all": all});
        let r = extract(&body).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text());
        let v = r.json();
        let mut s: Vec<String> = (v["events"].as_array().unwrap().iter())
            .map(|e| e["status"].as_str().unwrap().to_string())
            .collect();
        s.sort();
        s
    };
    assert_eq!(statuses(false).await, vec!["incident"]);
    assert_eq!(statuses(true).await, vec!["denied", "incident"]);
}

#[tokio::test]
async fn extract_refuses_bad_bodies_with_json_errors() {
    for body in [
        &b"{not json"[..],
        b"",
        b"[]",
        b"{\"id\": \"x\"}",
        b"{\"text\": 5}",
        b"{\"text\": \"x\", \"published\": \"22/10/2016\"}",
        b"\xff\xfe",
    ] {
        let r = call(Method::POST, "/api/extract", Some(body.to_vec())).await;
        let msg = r.error(StatusCode::BAD_REQUEST);
        assert!(!msg.contains("src/") && !msg.contains("panicked"), "{msg}");
    }
    // over 1 MiB: 413, whether or not the length is announced
    let big = serde_json::to_vec(&serde_json::json!({"text": "ق".repeat(600_000)})).unwrap();
    assert!(big.len() > rasd_serve::MAX_BODY_BYTES);
    let msg = call(Method::POST, "/api/extract", Some(big.clone()))
        .await
        .error(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(msg.contains("larger"), "{msg}");
    let stream = futures_util::stream::iter(
        big.chunks(64 * 1024)
            .map(|c| Ok::<_, std::io::Error>(axum::body::Bytes::copy_from_slice(c)))
            .collect::<Vec<_>>(),
    );
    let req = Request::post("/api/extract")
        .body(Body::from_stream(stream))
        .unwrap();
    let res = common::shared_app(DB).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // wrong method, unknown route
    get("/api/extract")
        .await
        .error(StatusCode::METHOD_NOT_ALLOWED);
    call(Method::DELETE, "/api/events", None)
        .await
        .error(StatusCode::METHOD_NOT_ALLOWED);
    get("/api/nothing-here").await.error(StatusCode::NOT_FOUND);
    get("/maps/admin1/../../etc.topo.json")
        .await
        .error(StatusCode::NOT_FOUND);
}

/// POSTs `{"text": text}` to `/api/extract` of `app`: the status, the Retry-After header and
/// the body.
async fn post_text(
    app: axum::Router,
    text: &str,
) -> (StatusCode, Option<header::HeaderValue>, String) {
    let body = serde_json::to_vec(&serde_json::json!({ "text": text })).unwrap();
    let r = common::http::call(app, Method::POST, "/api/extract", Some(body)).await;
    let retry = r.headers.get(header::RETRY_AFTER).cloned();
    (r.status, retry, r.text())
}

#[tokio::test]
async fn extraction_answers_503_when_busy_and_504_past_its_deadline() {
    let pool = rasd_serve::Pool::open(db().to_str().unwrap(), 2).unwrap();
    let limits = rasd_serve::ExtractLimits {
        permits: 1,
        wait: std::time::Duration::ZERO,
        deadline: std::time::Duration::ZERO,
        ..Default::default()
    };
    let state = rasd_serve::AppState::new(pool).with_extract_limits(limits);
    let app = rasd_serve::app(std::sync::Arc::new(state));
    // a report of some 20,000 words: milliseconds of work even with a warm extractor
    let text = "قتل 5 في كركوك. ".repeat(5000);
    let post = |app: axum::Router| post_text(app, &text);
    // no extraction ends within a deadline of zero
    let started = std::time::Instant::now();
    let (status, _, body) = post(app.clone()).await;
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT, "{body}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(body.contains("longer than"), "{body}");
    // it still runs and holds the one permit: the next request is told at once
    let (status, retry, body) = post(app.clone()).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(retry.is_some() && body.contains("busy"), "{body}");
}

#[tokio::test]
async fn extraction_over_the_work_budget_is_refused_before_any_work() {
    let pool = rasd_serve::Pool::open(db().to_str().unwrap(), 2).unwrap();
    let limits = rasd_serve::ExtractLimits {
        permits: 1,
        max_words: 6,
        ..Default::default()
    };
    let state = rasd_serve::AppState::new(pool).with_extract_limits(limits);
    let app = rasd_serve::app(std::sync::Arc::new(state));
    // seven words: over the budget, refused at once, and retrying would not help
    let started = std::time::Instant::now();
    let (status, retry, body) = post_text(app.clone(), "قتل خمسة أشخاص في انفجار في كركوك").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(retry.is_none(), "{retry:?}");
    assert!(
        body.contains("7 words") && body.contains("rasd extract"),
        "{body}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    // within the budget: extracted (the one permit was never taken)
    let (status, _, body) = post_text(app, "قتل خمسة في كركوك").await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn extract_writes_the_files_of_rasd_extract() {
    let report = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    let post = |format: &'static str| {
        let body = serde_json::json!({"id": "pasted", "text": report.text,
            "published": "2016-10-22", "format": format});
        async move { extract(&body).await }
    };
    let records = post("json").await.json()["events"]
        .as_array()
        .unwrap()
        .clone();
    assert!(records.len() >= 3);
    let r = post("jsonl").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("rasd-extract.jsonl"));
    let ids = |v: &[Value]| -> Vec<String> {
        v.iter()
            .map(|e| e["event_id"].as_str().unwrap().to_string())
            .collect()
    };
    let lines: Vec<Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(ids(&lines), ids(&records));
    assert_eq!(lines[0]["location"], records[0]["location"]);
    let r = post("csv").await;
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = r.text();
    assert!(csv.starts_with("event_id_cnty,"), "{csv}");
    assert!(csv.contains("Daquq"));
    let r = post("geojson").await;
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/geo+json");
    let g = r.json();
    assert_eq!(g["type"], "FeatureCollection");
    // the records with coordinates (here all), and how many were left out
    let omitted = g["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert_eq!(
        g["features"].as_array().unwrap().len() + omitted,
        records.len()
    );
    let msg = post("xml").await.error(StatusCode::BAD_REQUEST);
    assert!(msg.contains("csv"), "{msg}");
    let body = serde_json::json!({"text": report.text, "format": "csv", "null_geometry": true});
    let msg = extract(&body).await.error(StatusCode::BAD_REQUEST);
    assert!(msg.contains("geojson"), "{msg}");
}

#[tokio::test]
async fn extract_as_geojson_leaves_out_the_records_without_coordinates_unless_asked() {
    // a development report with a record (of any status) the geocoder could not place
    let extractor = rasd_extract::Extractor::new().with_all(true);
    let report = common::reports("data/eval/reports.dev.jsonl")
        .into_iter()
        .find(|r| {
            extractor.extract(r).events.iter().any(|e| {
                !e.location
                    .as_ref()
                    .is_some_and(|l| l.lat.is_some() && l.lon.is_some())
            })
        })
        .expect("a report with a record without coordinates");
    let post = |extra: Value| {
        let mut body = serde_json::json!({"id": report.id, "text": report.text,
            "published": report.published, "all": true});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        async move { extract(&body).await }
    };
    let records = post(serde_json::json!({})).await.json()["events"]
        .as_array()
        .unwrap()
        .clone();
    let placed = records
        .iter()
        .filter(|e| e["location"]["lat"].is_number() && e["location"]["lon"].is_number())
        .count();
    assert!(placed < records.len());
    let g = post(serde_json::json!({"format": "geojson"})).await.json();
    let features = g["features"].as_array().unwrap();
    assert_eq!(features.len(), placed);
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"));
    assert_eq!(g["omitted_without_coordinates"], records.len() - placed);
    let g = post(serde_json::json!({"format": "geojson", "null_geometry": true}))
        .await
        .json();
    let features = g["features"].as_array().unwrap();
    assert_eq!(features.len(), records.len());
    let nulls = features.iter().filter(|f| f["geometry"].is_null()).count();
    assert_eq!(nulls, records.len() - placed);
    assert_eq!(g["omitted_without_coordinates"], 0);
}

#[tokio::test]
async fn the_paste_page_sample_is_the_bundled_example() {
    let r = get("/assets/sample.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let example = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    assert_eq!(v["text"], example.text.as_str());
    assert_eq!(v["published"], "2016-10-22");
}
