//! The HTTP API over a database ingested from the example report and the development
//! sentences: every endpoint, good and bad input, and the OpenAPI document against the router.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use common::http::{enc, Reply};

/// This binary's name for its shared database (`common::shared_db`).
const DB: &str = "api";

fn db() -> &'static PathBuf {
    common::shared_db(DB)
}

async fn call(method: Method, uri: &str, body: Option<Vec<u8>>) -> Reply {
    common::http::call(common::shared_app(DB), method, uri, body).await
}

async fn get(uri: &str) -> Reply {
    call(Method::GET, uri, None).await
}

/// Every incident id of a listing, following the cursor with pages of `limit`.
async fn all_ids(query: &str, limit: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..1000 {
        let mut uri = format!("/api/events?limit={limit}&{query}");
        if let Some(c) = &cursor {
            uri.push_str(&format!("&cursor={c}"));
        }
        let r = get(&uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.text());
        let v = r.json();
        let page = v["events"].as_array().unwrap();
        assert!(page.len() <= limit);
        ids.extend(page.iter().map(|e| e["id"].as_i64().unwrap()));
        match v["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return ids,
        }
    }
    panic!("pagination did not end");
}

async fn daquq_id() -> i64 {
    let r = get(&format!("/api/events?limit=1000&q={}", enc("داقوق"))).await;
    let v = r.json();
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["place"] == "Daquq" && e["sub_event_type"] == "Air/drone strike")
        .unwrap_or_else(|| panic!("no Daquq airstrike in {v}"))["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn openapi_documents_exactly_the_routes_of_the_router() {
    let doc: Value = serde_json::from_str(rasd_serve::api::OPENAPI).unwrap();
    assert_eq!(doc["openapi"].as_str().unwrap().chars().next(), Some('3'));
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((path.clone(), method.clone()));
        }
    }
    let routed: BTreeSet<(String, String)> = rasd_serve::api::routes()
        .into_iter()
        .map(|(p, m, _)| (p.to_string(), m.to_string()))
        .collect();
    assert_eq!(documented, routed);
    // and the router answers each documented operation (ids made real)
    let id = daquq_id().await;
    for (path, method) in &documented {
        let uri = path
            .replace("/api/events/{id}", &format!("/api/events/{id}"))
            .replace("{id}", &enc("kirkuk-2016-10-22"));
        let r = if method == "post" {
            call(
                Method::POST,
                &uri,
                Some(br#"{"text": "\u0642\u062a\u0644 5 \u0641\u064a \u0643\u0631\u0643\u0648\u0643"}"#.to_vec()),
            )
            .await
        } else {
            get(&uri).await
        };
        assert_eq!(r.status, StatusCode::OK, "{method} {uri}: {}", r.text());
        // every operation documents its 200 and every error status it can give has a schema
        let op = &doc["paths"][path][method];
        assert!(op["responses"]["200"].is_object(), "{path}");
        assert!(op["operationId"].is_string(), "{path}");
    }
    // the document is served as is
    let r = get("/api/openapi.json").await;
    assert_eq!(r.json(), doc);
}

#[tokio::test]
async fn events_lists_incidents_with_the_daquq_airstrike() {
    let r = get("/api/events").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let v = r.json();
    assert_eq!(v["limit"], 50);
    assert_eq!(v["events"].as_array().unwrap().len(), 50);
    assert!(v["next_cursor"].is_string());
    // newest first, undated last
    let dates: Vec<Option<&str>> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    assert_eq!(dates, sorted);
    let id = daquq_id().await;
    let r = get(&format!("/api/events?q={}&limit=1000", enc("داقوق"))).await;
    let e = r.json()["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .cloned()
        .unwrap();
    assert_eq!(e["country"], "IQ");
    assert_eq!(e["admin1"], "Kirkuk");
    assert_eq!(e["date"], "2016-10-21");
    assert_eq!(e["fatalities"]["low"], 15);
    assert!(e["lat"].as_f64().unwrap() > 35.0);
}

#[tokio::test]
async fn cursor_pagination_visits_every_incident_once_in_every_sort() {
    let total = common::state(db())
        .pool
        .run(|s| s.count_events(&Default::default()))
        .await
        .unwrap() as usize;
    assert!(total > 60, "{total}");
    for sort in ["-date", "date", "fatalities", "-fatalities", "id", "-id"] {
        let whole = all_ids(&format!("sort={sort}"), 1000).await;
        assert_eq!(whole.len(), total, "{sort}");
        for limit in [1, 7, 50] {
            let paged = all_ids(&format!("sort={sort}"), limit).await;
            assert_eq!(paged, whole, "sort {sort}, limit {limit}");
        }
    }
    // filtered, too
    let ty = enc("Explosions/Remote violence");
    let whole = all_ids(&format!("type={ty}&sort=fatalities"), 1000).await;
    assert_eq!(
        all_ids(&format!("type={ty}&sort=fatalities"), 4).await,
        whole
    );
}

#[tokio::test]
async fn filters_narrow_the_listing() {
    let list = |q: String| async move {
        let r = get(&format!("/api/events?limit=1000&{q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.text());
        r.json()["events"].as_array().unwrap().clone()
    };
    let all = list(String::new()).await;
    let explosions = list(format!("type={}", enc("Explosions/Remote violence"))).await;
    assert!(!explosions.is_empty() && explosions.len() < all.len());
    assert!(explosions
        .iter()
        .all(|e| e["event_type"] == "Explosions/Remote violence"));
    let air = list(format!("sub_type={}", enc("Air/drone strike"))).await;
    assert!(
        !air.is_empty()
            && air
                .iter()
                .all(|e| e["sub_event_type"] == "Air/drone strike")
    );
    let iq = list("country=iq".into()).await;
    assert!(!iq.is_empty() && iq.iter().all(|e| e["country"] == "IQ"));
    let kirkuk = list("admin1=Kirkuk".into()).await;
    assert!(!kirkuk.is_empty() && kirkuk.iter().all(|e| e["admin1"] == "Kirkuk"));
    let oct = list("from=2016-10-20&to=2016-10-22".into()).await;
    assert!(!oct.is_empty());
    assert!(oct.iter().all(|e| {
        let d = e["date"].as_str().unwrap();
        ("2016-10-20"..="2016-10-22").contains(&d)
    }));
    let coalition = list("actor=coalition".into()).await;
    assert!(
        coalition.iter().any(|e| e["place"] == "Daquq"),
        "{coalition:?}"
    );
    let q = list(format!("q={}", enc("داقوق"))).await;
    assert!(!q.is_empty() && q.len() < all.len());
    let none = list(format!("q={}", enc("كلمة-لا-توجد"))).await;
    assert!(none.is_empty());
    // LIKE wildcards are literal
    assert!(list("q=%25".into()).await.is_empty());
}

#[tokio::test]
async fn bad_parameters_are_json_400s() {
    for uri in [
        "/api/events?colour=red",
        "/api/events?type=a&type=b",
        "/api/events?from=2016-13-40",
        "/api/events?to=yesterday",
        "/api/events?country=Iraq",
        "/api/events?limit=0",
        "/api/events?limit=5000",
        "/api/events?sort=place",
        "/api/events?cursor=not-a-cursor",
        "/api/events.csv?sort=date",
        "/api/events.geojson?foo=1",
        "/api/timeline?bucket=year",
        "/api/stats?type=Battles",
        "/api/events/abc",
        "/api/events/-3",
        "/api/events/%FF",
        "/api/documents/%FF%FE",
    ] {
        let msg = get(uri).await.error(StatusCode::BAD_REQUEST);
        assert!(!msg.is_empty(), "{uri}");
    }
    let msg = get("/api/events?colour=red")
        .await
        .error(StatusCode::BAD_REQUEST);
    assert!(msg.contains("colour") && msg.contains("allowed"), "{msg}");
    // a cursor made for one sort is refused by another
    let v = get("/api/events?limit=2&sort=date").await.json();
    let c = v["next_cursor"].as_str().unwrap();
    get(&format!("/api/events?sort=-date&cursor={c}"))
        .await
        .error(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn an_event_has_every_mention_with_spans_and_its_documents() {
    let id = daquq_id().await;
    let r = get(&format!("/api/events/{id}")).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["id"], id);
    assert_eq!(v["representative"]["location"]["name"], "Daquq");
    let mentions = v["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    let docs = v["documents"].as_array().unwrap();
    for m in mentions {
        let e = &m["event"];
        let doc = docs
            .iter()
            .find(|d| d["id"] == e["doc_id"])
            .expect("the mention's document");
        let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let [s, t] = [&e["trigger"]["span"][0], &e["trigger"]["span"][1]]
            .map(|x| x.as_u64().unwrap() as usize);
        let words: String = chars[s..t].iter().collect();
        assert_eq!(words, e["trigger"]["text"].as_str().unwrap());
    }
    get("/api/events/999999").await.error(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_event_explains_why_its_mention_is_in_it_and_not_in_the_nearby_ones() {
    let id = daquq_id().await;
    let detail = get(&format!("/api/events/{id}")).await.json();
    let v = get(&format!("/api/events/{id}/explain?nearest=3"))
        .await
        .json();
    assert_eq!(v["id"], id);
    // the representative by default, with its own link into the incident and its sentence
    assert_eq!(
        v["mention"]["event_id"],
        detail["representative"]["event_id"]
    );
    assert_eq!(v["own"]["id"], id);
    assert!(v["own"]["rule"].is_string());
    assert!(!v["sentence"].as_str().unwrap().is_empty());
    let nearby = v["nearby"].as_array().unwrap();
    assert!(nearby.len() <= 3);
    for n in nearby {
        assert_ne!(n["id"], id);
        match n["outcome"].as_str().unwrap() {
            "apart" => assert!(!n["failed"].as_array().unwrap().is_empty(), "{n}"),
            "would_join" => assert!(n["rule"].is_string(), "{n}"),
            other => panic!("outcome {other}"),
        }
        assert!(n["incident_stored_after"].is_boolean());
    }
    // any mention of the incident, by its id; a mention of another, or none, is not found
    let last = detail["mentions"].as_array().unwrap().last().unwrap()["event"]["event_id"]
        .as_str()
        .unwrap()
        .to_string();
    let v = get(&format!("/api/events/{id}/explain?mention={}", enc(&last)))
        .await
        .json();
    assert_eq!(v["mention"]["event_id"], last.as_str());
    get(&format!("/api/events/{id}/explain?mention=nothing:0"))
        .await
        .error(StatusCode::NOT_FOUND);
    get("/api/events/999999/explain")
        .await
        .error(StatusCode::NOT_FOUND);
    for bad in ["nearest=0", "nearest=x", "nearest=21", "colour=red"] {
        get(&format!("/api/events/{id}/explain?{bad}"))
            .await
            .error(StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn a_document_has_its_text_and_events() {
    let r = get("/api/documents/kirkuk-2016-10-22").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["published"], "2016-10-22");
    assert!(v["text"].as_str().unwrap().contains("داقوق"));
    let events = v["events"].as_array().unwrap();
    assert!(events.len() >= 3, "{}", events.len());
    assert!(events.iter().all(|e| e["cluster_id"].is_i64()));
    assert!(events
        .iter()
        .any(|e| e["event"]["location"]["name"] == "Daquq"));
    // ids with markup round-trip through the path
    let r = get(&format!("/api/documents/{}", enc(common::XSS_DOC))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["text"], common::XSS_TEXT);
    let msg = get("/api/documents/nope")
        .await
        .error(StatusCode::NOT_FOUND);
    assert!(msg.contains("nope"));
}

#[tokio::test]
async fn stats_and_timeline_count_incidents() {
    let v = get("/api/stats").await.json();
    let incidents = v["incidents"].as_i64().unwrap();
    assert!(incidents > 60);
    assert!(v["documents"].as_i64().unwrap() >= 127);
    let by_type: i64 = v["by_type"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["incidents"].as_i64().unwrap())
        .sum();
    assert_eq!(by_type, incidents);
    for bucket in ["day", "week"] {
        let t = get(&format!("/api/timeline?bucket={bucket}")).await.json();
        assert_eq!(t["bucket"], bucket);
        assert_eq!(t["total"], incidents);
        let buckets = t["buckets"].as_array().unwrap();
        let sum: i64 = buckets.iter().map(|b| b["total"].as_i64().unwrap()).sum();
        assert_eq!(sum + t["undated"].as_i64().unwrap(), incidents);
        let starts: Vec<&str> = buckets
            .iter()
            .map(|b| b["start"].as_str().unwrap())
            .collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]));
        if bucket == "week" {
            // Mondays
            assert!(starts.iter().all(|s| {
                use chrono::Datelike;
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .unwrap()
                    .weekday()
                    == chrono::Weekday::Mon
            }));
        }
    }
    let t = get(&format!(
        "/api/timeline?type={}",
        enc("Explosions/Remote violence")
    ))
    .await
    .json();
    assert!(t["buckets"].as_array().unwrap().iter().all(|b| b["counts"]
        .as_object()
        .unwrap()
        .keys()
        .all(|k| k == "Explosions/Remote violence")));
}

#[tokio::test]
async fn csv_and_geojson_exports_take_the_same_filters() {
    let ty = enc("Explosions/Remote violence");
    let listed = all_ids(&format!("type={ty}"), 1000).await.len();
    let r = get(&format!("/api/events.csv?type={ty}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = r.text();
    let mut lines = text.lines();
    let header_line = lines.next().unwrap();
    assert!(header_line.starts_with("event_id_cnty,event_date"));
    assert!(header_line
        .ends_with("cluster_id,n_sources,fatalities_low,fatalities_best,fatalities_high,mentions"));
    // one row per incident (fields never hold raw newlines in these records)
    assert_eq!(lines.count(), listed);
    assert!(text.contains("Daquq"));

    let r = get(&format!("/api/events.geojson?type={ty}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/geo+json");
    let v = r.json();
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    // the incidents with coordinates, and how many were left out
    let omitted = v["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert_eq!(features.len() + omitted, listed);
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"));
    assert!(features
        .iter()
        .all(|f| f["properties"]["event_type"] == "Explosions/Remote violence"));
    let v = get(&format!("/api/events.geojson?type={ty}&null_geometry=true"))
        .await
        .json();
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), listed);
    let nulls = features.iter().filter(|f| f["geometry"].is_null()).count();
    assert_eq!(
        (nulls, &v["omitted_without_coordinates"]),
        (omitted, &Value::from(0))
    );
    // an empty selection is still a valid document
    let v = get("/api/events.geojson?country=ZZ").await.json();
    assert_eq!(v["features"], serde_json::json!([]));
    let csv = get("/api/events.csv?country=ZZ").await.text();
    assert_eq!(csv.lines().count(), 1);
}

#[tokio::test]
async fn pages_carry_security_headers_and_no_inline_script() {
    for uri in ["/", "/api/events", "/assets/app.js", "/api/nope"] {
        let r = get(uri).await;
        let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{uri}"
        );
        assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
    let html = get("/").await.text();
    assert!(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""));
    // the only script is the embedded app, loaded from this origin
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("<script src=\"/assets/app.js\""));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network"
    );
    let js = get("/assets/app.js").await.text();
    assert!(
        !js.contains("innerHTML"),
        "the app never parses data as HTML"
    );
    // the only URL in the app is the SVG namespace name, which is never fetched
    assert_eq!(
        js.matches("http").count(),
        js.matches("\"http://www.w3.org/2000/svg\"").count(),
        "no network"
    );
    // the maps are served
    let r = get("/maps/countries-50m.json").await;
    assert_eq!(r.json()["type"], "Topology");
    let r = get("/maps/admin1/irq.topo.json").await;
    assert_eq!(r.json()["type"], "Topology");
}

#[tokio::test]
async fn hostile_text_is_returned_as_data_only() {
    // the API returns the text verbatim inside JSON (escaping is the page's job, tested in
    // the browser), with a JSON content type so no browser renders it as HTML
    let v = get(&format!("/api/events?q={}&limit=5", enc("__rasd_xss")))
        .await
        .json();
    let e = &v["events"][0];
    assert_eq!(e["actor1"], "<img src=x onerror=\"window.__rasd_xss = 3\">");
    let r = get(&format!("/api/events/{}", e["id"])).await;
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert_eq!(r.json()["documents"][0]["text"], common::XSS_TEXT);
}

#[test]
fn a_missing_database_is_refused_with_the_command_that_makes_one() {
    let err = rasd_serve::Pool::open("/nonexistent/dir/rasd.db", 2)
        .err()
        .expect("no pool over a missing file");
    let msg = err.to_string();
    assert!(msg.contains("rasd ingest"), "{msg}");
}

#[test]
fn internal_errors_tell_the_client_nothing() {
    let e = rasd_serve::ApiError::internal("sqlite: disk I/O error at /secret/path.db");
    assert_eq!(e.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(e.message, "internal server error");
}

#[tokio::test]
async fn csv_export_cells_cannot_run_as_spreadsheet_formulas() {
    let mut report = common::reports("examples/kirkuk-2016-10-22.jsonl").remove(0);
    report.id = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
    let events = rasd_extract::Extractor::new().extract(&report).events;
    assert!(!events.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("formula.db");
    rasd_store::Store::open(path.to_str().unwrap())
        .unwrap()
        .ingest_batch(&[(report, events)])
        .unwrap();
    let app = rasd_serve::app(common::state(&path));
    let req = Request::builder()
        .uri("/api/events.csv")
        .body(Body::empty())
        .unwrap();
    let res = app.oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let csv =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(csv.lines().count() > 1, "{csv}");
    assert!(csv.contains(",\"'=HYPERLINK("), "{csv}");
    assert!(
        !csv.contains(",\"=HYPERLINK(") && !csv.contains(",=HYPERLINK("),
        "{csv}"
    );
}

/// A database of `n` incidents, days apart (an export page is 500).
fn many_incidents(n: i64) -> (tempfile::TempDir, PathBuf) {
    let report = common::reports("examples/kirkuk-2016-10-22.jsonl").remove(0);
    let event = rasd_extract::Extractor::new()
        .extract(&report)
        .events
        .remove(0);
    let day = event.date.as_ref().expect("a dated event").value.clone();
    let batch: Vec<_> = (0..n)
        .map(|i| {
            let mut r = report.clone();
            r.id = format!("r{i}");
            r.text = format!("{} {i}", report.text);
            let mut e = event.clone();
            e.doc_id = r.id.clone();
            e.event_id = format!("r{i}:1");
            e.date.as_mut().unwrap().value = rasd_store::dedup::shift_date(&day, 3 * i).unwrap();
            (r, vec![e])
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.db");
    rasd_store::Store::open(path.to_str().unwrap())
        .unwrap()
        .ingest_batch(&batch)
        .unwrap();
    (dir, path)
}

#[tokio::test]
async fn a_database_error_in_the_middle_of_an_export_ends_it_visibly() {
    // 501 incidents: two pages of the export
    let (_dir, path) = many_incidents(501);
    let app = rasd_serve::app(common::state(&path));
    let fetch = |app: axum::Router| async move {
        let req = Request::builder()
            .uri("/api/events.csv")
            .body(Body::empty())
            .unwrap();
        let res = app.oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let mut body = res.into_body();
        let mut data = Vec::new();
        let mut failed = false;
        while let Some(frame) = body.frame().await {
            match frame {
                Ok(f) => data.extend_from_slice(&f.into_data().unwrap_or_default()),
                Err(_) => {
                    failed = true;
                    break;
                }
            }
        }
        (String::from_utf8(data).unwrap(), failed)
    };
    let (csv, failed) = fetch(app.clone()).await;
    assert!(!failed);
    assert_eq!(csv.lines().count(), 502);
    // the last incident's record becomes unreadable
    let rows = common::parse_csv(&csv);
    let event_id = rows[0].iter().position(|c| c == "event_id").unwrap();
    let last = rows.last().unwrap()[event_id].clone();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE events SET record = '{' WHERE event_id = ?1",
            [&last],
        )
        .unwrap();
    let (csv, failed) = fetch(app).await;
    assert!(csv.lines().count() > 500, "the first page was sent");
    let tail = csv.lines().last().unwrap();
    assert!(
        tail.starts_with("# error:") && tail.contains("incomplete"),
        "{tail}"
    );
    assert!(!tail.contains("json"), "no internals: {tail}");
    assert!(failed, "the chunked stream is aborted too");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_nobody_reads_hold_no_database_connection() {
    // more exports than connections, none of them read: the rest of the API still answers
    let (_dir, path) = many_incidents(3000);
    let pool = rasd_serve::Pool::open(path.to_str().unwrap(), 2).unwrap();
    let app = rasd_serve::app(std::sync::Arc::new(rasd_serve::AppState::new(pool)));
    let mut stalled = Vec::new();
    for _ in 0..5 {
        let req = Request::builder()
            .uri("/api/events.csv")
            .body(Body::empty())
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        stalled.push(res); // headers taken, body never read
    }
    // give the exports time to fill what they may buffer
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    for uri in ["/api/stats", "/api/events?limit=5"] {
        let req = Request::builder().uri(uri).body(Body::empty()).unwrap();
        let res =
            tokio::time::timeout(std::time::Duration::from_secs(20), app.clone().oneshot(req))
                .await
                .unwrap_or_else(|_| panic!("{uri} waited for a connection the slow readers hold"))
                .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
    }
    // and a stalled export still delivers everything once it is read
    let body = stalled.pop().unwrap().into_body().collect().await.unwrap();
    let csv = String::from_utf8(body.to_bytes().to_vec()).unwrap();
    assert_eq!(csv.lines().count(), 3001);
}

#[tokio::test]
async fn all_true_adds_the_mentions_left_out_of_the_incident_table() {
    // the default listing is the incident table only
    let plain = get("/api/events?limit=5").await.json();
    assert!(plain.get("left_out").is_none());
    let stats = get("/api/stats").await.json();
    let n_left = stats["left_out"].as_i64().unwrap();
    assert!(n_left > 0, "{stats}");
    // all=true pages through every left-out mention once, each with its status
    let mut seen = Vec::new();
    let mut after: Option<i64> = None;
    loop {
        let uri = match after {
            None => "/api/events?all=true&limit=7".to_string(),
            Some(a) => format!("/api/events?all=true&limit=7&left_out_after={a}"),
        };
        let v = get(&uri).await.json();
        assert_eq!(
            v["events"],
            get("/api/events?limit=7").await.json()["events"]
        );
        for e in v["left_out"].as_array().unwrap() {
            assert!(e["status"].is_string());
            seen.push(e["event_id"].as_str().unwrap().to_string());
        }
        match v["left_out_next"].as_i64() {
            Some(a) => after = Some(a),
            None => break,
        }
    }
    assert_eq!(seen.len() as i64, n_left);
    seen.dedup();
    assert_eq!(seen.len() as i64, n_left);
    // a left-out mention is in an incident only as a retelling that joined it
    let all_ids = all_ids("", 100).await;
    for id in all_ids {
        let v = get(&format!("/api/events/{id}")).await.json();
        for m in v["mentions"].as_array().unwrap() {
            let retelling = m["rule"].as_str().unwrap().starts_with("retelling:");
            let left_out = seen.contains(&m["event"]["event_id"].as_str().unwrap().to_string());
            assert_eq!(left_out, retelling, "{m}");
        }
        for l in v["left_out"].as_array().unwrap() {
            assert!(seen.contains(&l["event_id"].as_str().unwrap().to_string()));
        }
    }
    assert_eq!(
        get("/api/events?all=maybe").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get("/api/events?left_out_after=3").await.status,
        StatusCode::BAD_REQUEST
    );
}

/// Every mention left out of the incident table, as `GET /api/events?all=true` pages them:
/// `(event_id, status)`.
async fn left_out_listed() -> Vec<(String, String)> {
    let mut seen = Vec::new();
    let mut after: Option<i64> = None;
    loop {
        let uri = match after {
            None => "/api/events?all=true&limit=1000".to_string(),
            Some(a) => format!("/api/events?all=true&limit=1000&left_out_after={a}"),
        };
        let v = get(&uri).await.json();
        for e in v["left_out"].as_array().unwrap() {
            seen.push((
                e["event_id"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap().to_string(),
            ));
        }
        match v["left_out_next"].as_i64() {
            Some(a) => after = Some(a),
            None => return seen,
        }
    }
}

#[tokio::test]
async fn csv_and_geojson_exports_take_all_as_the_listing_does() {
    let left = left_out_listed().await;
    assert!(!left.is_empty());
    let incidents = all_ids("", 1000).await.len();
    // CSV: the incidents, then one row per left-out mention with its status and no cluster
    let r = get("/api/events.csv?all=true").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let mut rows = common::parse_csv(&r.text());
    let header = rows.remove(0);
    assert_eq!(header[0], "event_id_cnty");
    assert_eq!(header[30], "timestamp");
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    assert_eq!(rows.len(), incidents + left.len());
    assert!(rows.iter().all(|r| r.len() == header.len()));
    assert!(rows[..incidents]
        .iter()
        .all(|r| !r[col("cluster_id")].is_empty()));
    let extra: Vec<(String, String)> = rows[incidents..]
        .iter()
        .map(|r| (r[col("event_id")].clone(), r[col("status")].clone()))
        .collect();
    assert_eq!(extra, left, "the listing's left-out mentions, in its order");
    assert!(rows[incidents..]
        .iter()
        .all(|r| r[col("cluster_id")].is_empty() && !r[col("event_date")].is_empty()));
    assert!(extra.iter().any(|(_, s)| s != "incident"));
    // without all: the incident table only; columns=acled: exactly ACLED's 31
    let plain = common::parse_csv(&get("/api/events.csv").await.text());
    assert_eq!(plain.len(), 1 + incidents);
    let acled = common::parse_csv(&get("/api/events.csv?all=true&columns=acled").await.text());
    assert_eq!(acled.len(), 1 + incidents + left.len());
    assert!(acled.iter().all(|r| r.len() == 31));
    assert_eq!(acled[0][..], header[..31]);
    // GeoJSON: the same features, the left-out ones with cluster_id null and their status
    let v = get("/api/events.geojson?all=true").await.json();
    let omitted = v["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert!(omitted > 0);
    assert_eq!(
        v["features"].as_array().unwrap().len() + omitted,
        incidents + left.len()
    );
    let v = get("/api/events.geojson?all=true&null_geometry=true")
        .await
        .json();
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), incidents + left.len());
    // a feature's properties are its CSV row's cells (null for an empty one)
    for (row, f) in rows.iter().zip(features) {
        let props = f["properties"].as_object().unwrap();
        for (name, cell) in header.iter().zip(row) {
            let p = &props[name.as_str()];
            let same = match p {
                Value::Null => cell.is_empty(),
                Value::String(s) => s == cell || *cell == format!("'{s}"),
                Value::Number(n) => n.as_f64() == cell.parse::<f64>().ok(),
                _ => false,
            };
            assert!(same, "{name}: CSV {cell:?}, GeoJSON {p}");
        }
    }
    for (f, (id, status)) in features[incidents..].iter().zip(&left) {
        assert!(f["properties"]["cluster_id"].is_null());
        assert_eq!(f["properties"]["event_id"], id.as_str());
        assert_eq!(f["properties"]["status"], status.as_str());
    }
    // a filter applies to the left-out mentions' own fields, as in the listing
    let none = get("/api/events.geojson?all=true&country=ZZ").await.json();
    assert_eq!(none["features"], serde_json::json!([]));
    // what the exports do not take is a 400 naming it
    for (uri, says) in [
        ("/api/events.csv?all=yes", "true or false"),
        ("/api/events.csv?columns=some", "all or acled"),
        ("/api/events.geojson?columns=acled", "columns"),
        ("/api/events.csv?null_geometry=true", "null_geometry"),
        ("/api/events.geojson?null_geometry=yes", "true or false"),
    ] {
        let msg = get(uri).await.error(StatusCode::BAD_REQUEST);
        assert!(msg.contains(says), "{uri}: {msg}");
    }
}

/// The listing's rows for a query, by id.
async fn rows(query: &str) -> Vec<Value> {
    get(&format!("/api/events?limit=1000&{query}")).await.json()["events"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn rows_carry_arabic_names_and_arabic_filters_find_them() {
    let id = daquq_id().await;
    let all = rows("").await;
    let daquq = all.iter().find(|e| e["id"] == id).unwrap();
    assert_eq!(daquq["place_ar"], "داقوق");
    assert_eq!(daquq["admin1_ar"], "كركوك");
    assert_eq!(daquq["actor1"], "International coalition");
    assert_eq!(daquq["actor1_ar"], "التحالف الدولي");
    // a province or an actor typed in Arabic selects what its English name selects
    let ids =
        |v: Vec<Value>| -> BTreeSet<i64> { v.iter().map(|e| e["id"].as_i64().unwrap()).collect() };
    let kirkuk = ids(rows("admin1=Kirkuk").await);
    assert!(kirkuk.contains(&id));
    assert_eq!(ids(rows(&format!("admin1={}", enc("كركوك"))).await), kirkuk);
    assert_eq!(
        ids(rows(&format!("admin1={}", enc("محافظة كركوك"))).await),
        kirkuk
    );
    let coalition = ids(rows(&format!("actor={}", enc("International coalition"))).await);
    assert!(coalition.contains(&id));
    assert_eq!(
        ids(rows(&format!("actor={}", enc("التحالف الدولي"))).await),
        coalition
    );
    // the province's other spelling: Mosul's incidents carry "Ninawa"
    let nineveh = rows(&format!("admin1={}", enc("نينوى"))).await;
    assert!(!nineveh.is_empty());
    assert!(nineveh.iter().all(|e| e["admin1_ar"] == "نينوى"));
    // a name no table knows selects nothing, with no error
    assert!(rows(&format!("admin1={}", enc("لامكان"))).await.is_empty());
    assert!(rows(&format!("actor={}", enc("لاأحد"))).await.is_empty());
    // the exports take the same Arabic filters
    let csv = get(&format!("/api/events.csv?admin1={}", enc("كركوك")))
        .await
        .text();
    assert_eq!(csv.lines().count(), kirkuk.len() + 1);
}

#[tokio::test]
async fn an_at_least_toll_says_so() {
    // "مقتل ما لا يقل عن 12" and six more: at least 18, the incident's toll open at the top
    let kirkuk = rows("admin1=Kirkuk&type=Battles").await;
    let battle = kirkuk
        .iter()
        .find(|e| e["place"] == "Kirkuk" && e["date"] == "2016-10-21")
        .unwrap_or_else(|| panic!("{kirkuk:?}"));
    assert_eq!(battle["fatalities"]["best"], 18);
    assert_eq!(battle["fatalities_at_least"], true);
    let v = get(&format!("/api/events/{}", battle["id"])).await.json();
    assert_eq!(v["representative"]["fatalities"]["qualifier"], "at_least");
    assert_eq!(v["representative"]["fatalities"]["min"], 18);
    // the wounded's figures beside the dead's, their best the representative's count
    assert_eq!(
        v["injuries"]["best"], v["representative"]["injuries"]["min"],
        "{}",
        v["injuries"]
    );
    assert!(v["injuries"].as_object().unwrap().contains_key("low"));
    let daquq = rows(&format!("q={}", enc("داقوق"))).await;
    let airstrike = daquq
        .iter()
        .find(|e| e["id"] == daquq_id_sync(&daquq))
        .unwrap();
    assert_eq!(airstrike["fatalities_at_least"], false);
}

fn daquq_id_sync(rows: &[Value]) -> Value {
    rows.iter()
        .find(|e| e["place"] == "Daquq" && e["sub_event_type"] == "Air/drone strike")
        .unwrap()["id"]
        .clone()
}

#[tokio::test]
async fn an_event_names_its_reports_other_incidents() {
    let id = daquq_id().await;
    let v = get(&format!("/api/events/{id}")).await.json();
    assert_eq!(v["names_ar"]["place"], "داقوق");
    assert_eq!(v["names_ar"]["admin1"], "كركوك");
    let others = v["other_incidents"].as_array().unwrap();
    // the example report's other incidents: the battle in Kirkuk, the strike in Dibis, Mosul
    let doc = get("/api/documents/kirkuk-2016-10-22").await.json();
    let mut expected: BTreeSet<i64> = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["cluster_id"].as_i64())
        .collect();
    expected.remove(&id);
    let got: BTreeSet<i64> = others.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert_eq!(got, expected);
    assert!(got.len() >= 2, "{got:?}");
    for o in others {
        assert_eq!(o["documents"], serde_json::json!(["kirkuk-2016-10-22"]));
        assert!(o["place_ar"].is_string(), "{o}");
    }
    assert!(others
        .iter()
        .any(|o| o["place"] == "Kirkuk" && o["lat"].is_f64()));
}

#[tokio::test]
async fn the_timeline_picks_its_range_and_bucket() {
    let stats = get("/api/stats").await.json();
    let t = get("/api/timeline?bucket=auto").await.json();
    let bucket = t["bucket"].as_str().unwrap().to_string();
    assert!(
        ["day", "week", "month"].contains(&bucket.as_str()),
        "{bucket}"
    );
    assert_eq!(t["total"], stats["incidents"]);
    let (from, to) = (
        t["range"]["from"].as_str().unwrap(),
        t["range"]["to"].as_str().unwrap(),
    );
    assert!(from <= to);
    // the dated incidents: before the range, inside it, after it
    let buckets = t["buckets"].as_array().unwrap();
    let dated: i64 = buckets.iter().map(|b| b["total"].as_i64().unwrap()).sum();
    assert_eq!(
        dated + t["undated"].as_i64().unwrap(),
        t["total"].as_i64().unwrap()
    );
    let inside: i64 = rows(&format!("from={from}&to={to}")).await.len() as i64;
    assert_eq!(
        t["before_range"].as_i64().unwrap() + inside + t["after_range"].as_i64().unwrap(),
        dated
    );
    // months start on the 1st
    let m = get("/api/timeline?bucket=month").await.json();
    assert!(m["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["start"].as_str().unwrap().ends_with("-01")));
}

/// Every `"confidence":` number of a JSON text, as written.
fn confidences(text: &str) -> Vec<&str> {
    text.split("\"confidence\":")
        .skip(1)
        .map(|rest| {
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E')))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[tokio::test]
async fn json_answers_write_the_confidence_as_its_two_decimals() {
    let id = daquq_id().await;
    let report = &common::reports("examples/kirkuk-2016-10-22.jsonl")[0];
    let body = serde_json::json!({"text": report.text, "published": "2016-10-22", "all": true});
    let answers = [
        get("/api/events?all=true&limit=1000").await.text(),
        get(&format!("/api/events/{id}")).await.text(),
        get(&format!("/api/documents/{}", enc("kirkuk-2016-10-22")))
            .await
            .text(),
        call(
            Method::POST,
            "/api/extract",
            Some(serde_json::to_vec(&body).unwrap()),
        )
        .await
        .text(),
        get("/api/events.geojson?all=true&null_geometry=true")
            .await
            .text(),
    ];
    for text in &answers {
        let found = confidences(text);
        assert!(
            !found.is_empty(),
            "{}",
            text.chars().take(300).collect::<String>()
        );
        for c in found {
            // 0.95, never the widened f32 0.949999988079071
            let decimals = c.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(decimals <= 2, "confidence {c}");
            assert!(c.parse::<f64>().is_ok(), "{c}");
        }
    }
}
