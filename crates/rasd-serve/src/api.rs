//! The JSON API. Every route is listed once in [`routes`] (which builds the router) and
//! documented in `openapi.json` beside this file; `tests/api.rs` checks that the two agree.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Json, Router};
use rasd_core::write::{Columns, Format, Tally};
use rasd_core::SCHEMA_VERSION;
use rasd_store::export::{error_line, write_cluster_rows, write_left_out_rows, Shape, PAGE};
use rasd_store::read::EventSummary;
use serde_json::{json, Value};

use crate::names::ArabicNames;
use crate::params::{encode_cursor, Params, FILTER_PARAMS};
use crate::timeline::{timeline_json, Bucket};
use crate::{ApiError, Shared, MAX_BODY_BYTES};

/// The OpenAPI 3 document of this API (hand-written, kept next to the handlers).
pub const OPENAPI: &str = include_str!("openapi.json");

/// The most incidents one CSV or GeoJSON export holds (and, with `all=true`, the most mentions
/// left out of the incident table after them).
pub const MAX_EXPORT: usize = 1_000_000;

/// Every API route: `(path in OpenAPI syntax, method, handler)`.
pub fn routes() -> Vec<(&'static str, &'static str, MethodRouter<Shared>)> {
    vec![
        ("/api/events", "get", get(list_events)),
        ("/api/events/{id}", "get", get(event_detail)),
        ("/api/events/{id}/explain", "get", get(explain_mention)),
        ("/api/events.csv", "get", get(export_csv)),
        ("/api/events.geojson", "get", get(export_geojson)),
        ("/api/documents/{id}", "get", get(document)),
        (
            "/api/extract",
            "post",
            post(extract).layer(DefaultBodyLimit::max(MAX_BODY_BYTES)),
        ),
        (
            "/api/session",
            "post",
            post(session).layer(DefaultBodyLimit::max(4096)),
        ),
        ("/api/stats", "get", get(stats)),
        ("/api/timeline", "get", get(timeline)),
        ("/api/openapi.json", "get", get(openapi)),
    ]
}

/// The API router.
pub fn router(state: Shared) -> Router {
    let mut r = Router::new();
    for (path, _, method_router) in routes() {
        r = r.route(
            path,
            method_router.fallback(|| async {
                ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
            }),
        );
    }
    r.with_state(state)
}

fn page_params() -> Vec<&'static str> {
    FILTER_PARAMS
        .iter()
        .copied()
        .chain(["sort", "limit", "cursor", "all", "left_out_after"])
        .collect()
}

/// `all=true|false` (default false): whether a listing adds the mentions left out of the
/// incident table.
fn parse_all(params: &Params) -> Result<bool, ApiError> {
    parse_bool(params, "all")
}

/// A parameter `true|false`, false when absent.
fn parse_bool(params: &Params, name: &str) -> Result<bool, ApiError> {
    match params.get(name) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => Err(ApiError::bad_request(format!(
            "parameter \"{name}\" must be true or false"
        ))),
    }
}

async fn list_events(
    State(state): State<Shared>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let params = Params::parse(raw.as_deref(), &page_params())?;
    let q = params.event_query()?;
    let all = parse_all(&params)?;
    let left_after = match params.get("left_out_after") {
        None => None,
        Some(v) => Some(v.parse::<i64>().map_err(|_| {
            ApiError::bad_request("parameter \"left_out_after\" must be an integer")
        })?),
    };
    if left_after.is_some() && !all {
        return Err(ApiError::bad_request(
            "parameter \"left_out_after\" goes with all=true",
        ));
    }
    let (sort, desc, limit) = (q.sort, q.descending, q.limit);
    let (page, left) = state
        .pool
        .run(move |s| {
            let page = s.events_page(&q)?;
            let left = if all {
                // one more than a page tells whether there is a next one
                Some(s.left_out(&q.filter, left_after, limit + 1)?)
            } else {
                None
            };
            Ok((page, left))
        })
        .await?;
    let next = page.next.map(|c| encode_cursor(&c, sort, desc));
    let events: Vec<Value> = page.events.iter().map(summary_json).collect();
    let mut body = json!({
        "schema_version": SCHEMA_VERSION,
        "events": events,
        "limit": limit,
        "next_cursor": next,
    });
    if let Some(mut left) = left {
        let more = left.len() > limit;
        left.truncate(limit);
        let next_left = left.last().filter(|_| more).map(|l| l.seq);
        let records: Vec<&rasd_core::Event> = left.iter().map(|l| &l.event).collect();
        body["left_out"] = json!(records);
        body["left_out_next"] = json!(next_left);
    }
    Ok(Json(body))
}

/// A table row as the API gives it: the store's summary and the Arabic names of its place,
/// province and actors (`place_ar`, `admin1_ar`, `actor1_ar`, `actor2_ar`; null when the
/// tables have none).
fn summary_json(e: &EventSummary) -> Value {
    let names = ArabicNames::global();
    let mut v = json!(e);
    let country = e.country.as_deref();
    let at = e.lat.zip(e.lon);
    v["place_ar"] =
        json!(e
            .place
            .as_deref()
            .and_then(|p| names.place(p, country, e.admin1.as_deref(), at)));
    v["admin1_ar"] = json!(e.admin1.as_deref().and_then(|a| names.admin1(country, a)));
    v["actor1_ar"] = json!(e.actor1.as_deref().and_then(|a| names.actor(a)));
    v["actor2_ar"] = json!(e.actor2.as_deref().and_then(|a| names.actor(a)));
    v
}

/// The Arabic names of a record's place, province and actors (null when the tables have none).
fn record_names_ar(e: &rasd_core::Event) -> Value {
    let names = ArabicNames::global();
    let loc = e.location.as_ref();
    let country = loc.and_then(|l| l.country.as_deref());
    let admin1 = loc.and_then(|l| l.admin1.as_deref());
    json!({
        "place": loc.and_then(|l| names.place(&l.name, country, admin1, l.lat.zip(l.lon))),
        "admin1": admin1.and_then(|a| names.admin1(country, a)),
        "actor1": e.actor1.as_ref().and_then(|a| names.actor(&a.name)),
        "actor2": e.actor2.as_ref().and_then(|a| names.actor(&a.name)),
    })
}

fn parse_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|&i| i > 0)
        .ok_or_else(|| ApiError::bad_request("an incident id is a positive integer"))
}

/// A path parameter, or a JSON 400 (e.g. for percent-encoded bytes that are not UTF-8).
fn path_param(p: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    p.map(|Path(s)| s)
        .map_err(|_| ApiError::bad_request("the path is not valid percent-encoded UTF-8"))
}

async fn event_detail(
    State(state): State<Shared>,
    raw: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&path_param(raw)?)?;
    let found = state
        .pool
        .run(move |s| {
            let Some(c) = s.cluster(id)? else {
                return Ok(None);
            };
            let doc_ids: BTreeSet<String> =
                c.mentions.iter().map(|m| m.event.doc_id.clone()).collect();
            let mut docs = Vec::new();
            let mut left = Vec::new();
            // the other incidents of these reports, and which of the reports tell each
            let mut others: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
            for d in doc_ids {
                if let Some(doc) = s.document(&d)? {
                    docs.push(doc);
                    for e in s.document_events(&d)? {
                        match e.cluster_id {
                            // what the report tells beside its incidents, left out of the table
                            None => left.push(e.event),
                            Some(other) if other != id => {
                                others.entry(other).or_default().insert(d.clone());
                            }
                            Some(_) => {}
                        }
                    }
                }
            }
            let ids: Vec<i64> = others.keys().copied().collect();
            let summaries = s.summaries_of(&ids)?;
            Ok(Some((c, docs, left, summaries, others)))
        })
        .await?;
    let (c, docs, left, summaries, others) =
        found.ok_or_else(|| ApiError::not_found(format!("no incident {id}")))?;
    let other_incidents: Vec<Value> = summaries
        .iter()
        .map(|e| {
            let mut v = summary_json(e);
            v["documents"] = json!(others.get(&e.id));
            v
        })
        .collect();
    Ok(Json(json!({
        "schema_version": SCHEMA_VERSION,
        "id": c.cluster_id,
        "fatalities": c.fatalities,
        "injuries": c.injuries,
        "n_sources": c.n_sources,
        "representative": c.representative,
        "names_ar": record_names_ar(&c.representative),
        "mentions": c.mentions,
        "documents": docs,
        "left_out": left,
        "other_incidents": other_incidents,
    })))
}

/// The most nearby incidents `/api/events/{id}/explain` may ask for.
const MAX_NEARBY: usize = 20;

/// `GET /api/events/{id}/explain?mention=EVENT_ID&nearest=N`: why one of the incident's
/// mentions (its representative unless `mention` names another) is in it, and for each of the
/// `nearest` (default 5) nearby incidents the test that keeps it out, or that it would join it
/// now and through which member, with the order they were stored in (`rasd explain --mention`).
async fn explain_mention(
    State(state): State<Shared>,
    raw: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&path_param(raw)?)?;
    let params = Params::parse(query.as_deref(), &["mention", "nearest"])?;
    let nearest = params.count("nearest", 5, MAX_NEARBY)?;
    let mention = params.get("mention").map(str::to_string);
    let found = state
        .pool
        .run(move |s| {
            let Some(c) = s.cluster(id)? else {
                return Ok(Err(format!("no incident {id}")));
            };
            let event_id = match mention {
                None => c.representative.event_id.clone(),
                Some(m) if c.mentions.iter().any(|x| x.event.event_id == m) => m,
                Some(m) => {
                    return Ok(Err(format!(
                        "no mention {:?} in incident {id}",
                        m.chars().take(80).collect::<String>()
                    )))
                }
            };
            s.explain_mention(&event_id, nearest).map(Ok)
        })
        .await?;
    let x = found.map_err(ApiError::not_found)?;
    let nearby: Vec<Value> = x
        .nearby
        .iter()
        .map(|n| {
            let mut v = json!({
                "id": n.cluster_id,
                "summary": n.summary,
                "compared_with": n.linked,
                // the member, or the whole incident, was stored after the mention: the order
                // of arrival kept them apart
                "compared_with_stored_after": n.linked_seq > x.seq,
                "incident_stored_after": n.first_seq > x.seq,
            });
            match &n.outcome {
                rasd_store::Outcome::Joins {
                    score,
                    rule,
                    reasons,
                    blocked,
                    ..
                } => {
                    v["outcome"] = json!("would_join");
                    v["score"] = json!(score);
                    v["rule"] = json!(rule);
                    v["reasons"] = json!(reasons);
                    v["blocked"] = json!(blocked);
                }
                rasd_store::Outcome::Apart { failed, held } => {
                    v["outcome"] = json!("apart");
                    v["failed"] = json!(failed);
                    v["held"] = json!(held);
                }
            }
            v
        })
        .collect();
    Ok(Json(json!({
        "schema_version": SCHEMA_VERSION,
        "id": id,
        "mention": x.event,
        "published": x.published,
        "in_table": x.in_table,
        "never_joins": x.never_joins,
        "sentence": x.sentence,
        "own": x.own.as_ref().map(|(cluster, linked, rule, reason)| json!({
            "id": cluster, "linked_to": linked, "rule": rule, "reason": reason,
        })),
        "nearby": nearby,
    })))
}

async fn document(
    State(state): State<Shared>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let id = path_param(id)?;
    let key = id.clone();
    let found = state
        .pool
        .run(move |s| {
            let Some(doc) = s.document(&key)? else {
                return Ok(None);
            };
            Ok(Some((doc, s.document_events(&key)?)))
        })
        .await?;
    let (doc, events) = found.ok_or_else(|| {
        ApiError::not_found(format!(
            "no document {:?}",
            id.chars().take(80).collect::<String>()
        ))
    })?;
    Ok(Json(json!({
        "schema_version": SCHEMA_VERSION,
        "id": doc.id,
        "text": doc.text,
        "published": doc.published,
        "source": doc.source,
        "url": doc.url,
        "events": events,
    })))
}

/// The body of `POST /api/extract`: a report as in DESIGN.md section 1 (`id` optional here).
#[derive(serde::Deserialize)]
struct ExtractRequest {
    #[serde(default)]
    id: Option<String>,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    /// Every mention with its status, not only the incident table.
    #[serde(default)]
    all: bool,
    /// `json` (default: the records and diagnostics in one JSON object), or a file as
    /// `rasd extract --format` writes it: `jsonl`, `csv`, `geojson`.
    #[serde(default)]
    format: Option<String>,
    /// GeoJSON: keep the records without coordinates, as features with a null geometry
    /// (`rasd extract --with-null-geometry`).
    #[serde(default)]
    null_geometry: bool,
}

/// `POST /api/session {"token": ...}`: the dashboard trades the token for a cookie (HttpOnly,
/// SameSite=Strict) that its requests and download links then carry.
async fn session(State(state): State<Shared>, body: Bytes) -> Result<Response, ApiError> {
    #[derive(serde::Deserialize)]
    struct Login {
        token: Option<String>,
    }
    let access = &state.access;
    if !access.has_token() {
        return Ok(Json(json!({ "token_required": false })).into_response());
    }
    let given = serde_json::from_slice::<Login>(&body)
        .ok()
        .and_then(|l| l.token)
        .unwrap_or_default();
    if !access.token_matches(&given) {
        let mut res = ApiError::new(StatusCode::UNAUTHORIZED, "that is not this server's token")
            .into_response();
        res.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            axum::http::HeaderValue::from_static("Bearer"),
        );
        return Ok(res);
    }
    let mut res = Json(json!({ "token_required": true })).into_response();
    if let Some(cookie) = access.cookie() {
        res.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    Ok(res)
}

async fn extract(
    State(state): State<Shared>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
            )
        } else {
            ApiError::bad_request("could not read the request body")
        }
    })?;
    let req: ExtractRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(format!(
            "the body must be a JSON report {{\"text\": \"...\", \"published\": \"YYYY-MM-DD\"}}: {e}"
        ))
    })?;
    if let Some(p) = &req.published {
        if !rasd_core::valid_date(p) {
            return Err(ApiError::bad_request(
                "\"published\" must be a date YYYY-MM-DD or null",
            ));
        }
    }
    let file = match req.format.as_deref() {
        None | Some("json") => None,
        Some(f @ ("jsonl" | "csv" | "geojson")) => {
            Some((f.to_string(), Format::parse(f).unwrap_or(Format::Jsonl)))
        }
        Some(_) => {
            return Err(ApiError::bad_request(
                "\"format\" must be json, jsonl, csv or geojson",
            ))
        }
    };
    if req.null_geometry && !matches!(&file, Some((_, Format::Geojson))) {
        return Err(ApiError::bad_request(
            "\"null_geometry\" goes with \"format\": \"geojson\"",
        ));
    }
    let shape = file.as_ref().map(|(_, format)| rasd_core::write::Shape {
        null_geometry: req.null_geometry,
        ..rasd_core::write::Shape::new(*format)
    });
    let report = rasd_core::Report {
        id: req
            .id
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "report".into()),
        text: req.text,
        published: req.published,
        source: req.source,
        url: req.url,
    };
    let all = req.all;
    let limits = state.extract_limits;
    // the work budget, before any work: extraction time grows with the words
    let words = report.text.split_whitespace().count();
    if words > limits.max_words {
        // no Retry-After: the same report is refused again
        let message = format!(
            "the report has {words} words, more than the {} one request may extract on this \
             server: split it, or run `rasd extract` on it",
            limits.max_words
        );
        return Ok((
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "error": message })),
        )
            .into_response());
    }
    let busy = || {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the extraction workers are busy: try again in a few seconds",
        )
    };
    let permit = match tokio::time::timeout(
        limits.wait,
        state.extract_permits.clone().acquire_owned(),
    )
    .await
    {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => return Err(ApiError::internal(e)),
        Err(_) => return Err(busy()),
    };
    let st = state.clone();
    // the permit lives as long as the extraction, even past the deadline
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let extraction = if all {
            st.extractor().extract_all(&report)
        } else {
            st.extractor().extract(&report)
        };
        (extraction, report)
    });
    let (extraction, report) = match tokio::time::timeout(limits.deadline, task).await {
        Ok(r) => r.map_err(|e| ApiError::internal(format!("extraction task failed: {e}")))?,
        Err(_) => {
            return Err(ApiError::new(
                StatusCode::GATEWAY_TIMEOUT,
                format!(
                    "the extraction took longer than {} s: send a shorter report, or try again",
                    limits.deadline.as_secs_f32()
                ),
            ))
        }
    };
    let (Some((ext, format)), Some(shape)) = (file, shape) else {
        return Ok(Json(json!({
            "schema_version": SCHEMA_VERSION,
            "events": extraction.events,
            "diagnostics": extraction.diagnostics,
        }))
        .into_response());
    };
    // the file `rasd extract --format` writes, through the same writers
    let mut out = Vec::new();
    {
        let mut w = rasd_core::write::writer(shape, &mut out);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok());
        for e in &extraction.events {
            let row = rasd_core::write::Row::of_report(e, &report, now);
            w.write(&row).map_err(ApiError::internal)?;
        }
        w.finish().map_err(ApiError::internal)?;
    }
    let content_type = match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Geojson => "application/geo+json",
        Format::Jsonl => "application/x-ndjson; charset=utf-8",
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"rasd-extract.{ext}\""),
            ),
        ],
        out,
    )
        .into_response())
}

fn grouped(rows: &[(String, i64, i64)]) -> Value {
    rows.iter()
        .map(|(k, n, f)| json!({"key": k, "incidents": n, "fatalities": f}))
        .collect()
}

async fn stats(
    State(state): State<Shared>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    let s = state.pool.run(|s| s.stats()).await?;
    Ok(Json(json!({
        "documents": s.counts.documents,
        "events": s.counts.events,
        "incidents": s.counts.clusters,
        "left_out": s.counts.left_out,
        "by_type": grouped(&s.by_type),
        "by_country": grouped(&s.by_country),
        "by_month": grouped(&s.by_month),
    })))
}

async fn timeline(
    State(state): State<Shared>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let allowed: Vec<&str> = FILTER_PARAMS.iter().copied().chain(["bucket"]).collect();
    let params = Params::parse(raw.as_deref(), &allowed)?;
    let filter = params.filter()?;
    let bucket =
        Bucket::parse(params.get("bucket").unwrap_or("day")).map_err(ApiError::bad_request)?;
    let t = state.pool.run(move |s| s.timeline(&filter)).await?;
    Ok(Json(timeline_json(&t.days, t.undated, bucket)))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn export_csv(state: State<Shared>, raw: RawQuery) -> Result<Response, ApiError> {
    export(state, raw, Format::Csv).await
}

async fn export_geojson(state: State<Shared>, raw: RawQuery) -> Result<Response, ApiError> {
    export(state, raw, Format::Geojson).await
}

/// How long a streamed export waits for a client to take the next page before giving up.
pub const EXPORT_WRITE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// `columns=all|acled` (CSV only; default all): ACLED's 31 columns then rasd's own, or
/// ACLED's 31 alone.
fn parse_columns(params: &Params) -> Result<Columns, ApiError> {
    match params.get("columns") {
        None => Ok(Columns::All),
        Some(c) => Columns::parse(c)
            .ok_or_else(|| ApiError::bad_request("parameter \"columns\" must be all or acled")),
    }
}

/// Streams the incidents a filter selects, a page of clusters at a time, in flat memory, then
/// with `all=true` the mentions left out of the incident table (their status in each row), as
/// `GET /api/events?all=true` lists them. A connection is borrowed for each page only: a
/// client that reads slowly (or never) holds none while it waits, and is dropped after
/// [`EXPORT_WRITE_TIMEOUT`]. The rows are `rasd export`'s ([`write_cluster_rows`]): GeoJSON
/// holds the rows with coordinates unless `null_geometry=true`, and says at its end how many
/// it left out (`omitted_without_coordinates`: a streamed answer knows it only then).
async fn export(
    State(state): State<Shared>,
    RawQuery(raw): RawQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let extra: &[&str] = match format {
        Format::Csv => &["all", "columns"],
        _ => &["all", "null_geometry"],
    };
    let allowed: Vec<&str> = FILTER_PARAMS.iter().chain(extra).copied().collect();
    let params = Params::parse(raw.as_deref(), &allowed)?;
    let filter = params.filter()?;
    let all = parse_all(&params)?;
    let shape = Shape {
        format,
        columns: parse_columns(&params)?,
        null_geometry: parse_bool(&params, "null_geometry")?,
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    // set when the client stopped reading: the stream then ends in an error, not cleanly
    let stalled = Arc::new(AtomicBool::new(false));
    let st = state.clone();
    let flag = stalled.clone();
    tokio::spawn(async move {
        let send = |chunk: Result<Bytes, std::io::Error>| {
            let tx = tx.clone();
            let flag = flag.clone();
            async move {
                match tokio::time::timeout(EXPORT_WRITE_TIMEOUT, tx.send(chunk)).await {
                    Ok(r) => r.is_ok(),
                    Err(_) => {
                        flag.store(true, Ordering::SeqCst);
                        false
                    }
                }
            }
        };
        let ids_filter = filter.clone();
        let ids = st
            .pool
            .run(move |s| s.filtered_cluster_ids(&ids_filter, MAX_EXPORT))
            .await;
        let mut failed = ids.is_err();
        let ids = ids.unwrap_or_default();
        if !failed && !send(Ok(Bytes::from(shape.head()))).await {
            return; // the client went away or stopped reading
        }
        let mut n = Tally::default();
        for page in ids.chunks(PAGE) {
            if failed {
                break;
            }
            let page = page.to_vec();
            let rows = st
                .pool
                .run(move |s| {
                    let clusters = s.clusters(&page)?;
                    let mut buf = Vec::with_capacity(64 * 1024);
                    let n = write_cluster_rows(s, &clusters, shape, n, &mut buf)?;
                    Ok((buf, n))
                })
                .await;
            let Ok((buf, rows)) = rows else {
                failed = true;
                break;
            };
            n = rows;
            if !send(Ok(Bytes::from(buf))).await {
                return; // the client went away or stopped reading
            }
        }
        // the mentions left out of the incident table, in input order, a page at a time
        let (mut after, mut left) = (None, 0usize);
        while all && !failed && left < MAX_EXPORT {
            let f = filter.clone();
            let limit = PAGE.min(MAX_EXPORT - left);
            let rows = st
                .pool
                .run(move |s| {
                    let page = s.left_out(&f, after, limit)?;
                    let mut buf = Vec::with_capacity(64 * 1024);
                    let rows = write_left_out_rows(s, &page, shape, n, &mut buf)?;
                    Ok((buf, rows, page.last().map(|l| l.seq), page.len()))
                })
                .await;
            let Ok((buf, rows, last, got)) = rows else {
                failed = true;
                break;
            };
            if got == 0 {
                break;
            }
            (n, after, left) = (rows, last, left + got);
            if !send(Ok(Bytes::from(buf))).await {
                return; // the client went away or stopped reading
            }
        }
        if failed {
            // a line a reader of the file sees, then an aborted chunked stream a client sees
            if let Some(line) = error_line(format, "the database failed") {
                send(Ok(Bytes::from(line))).await;
            }
            send(Err(std::io::Error::other("export failed"))).await;
        } else {
            send(Ok(Bytes::from(shape.tail(n)))).await;
        }
    });
    let stream = futures_util::stream::unfold((rx, stalled), |(mut rx, stalled)| async move {
        match rx.recv().await {
            Some(item) => Some((item, (rx, stalled))),
            None if stalled.swap(false, Ordering::SeqCst) => Some((
                Err(std::io::Error::other("the client stopped reading")),
                (rx, stalled),
            )),
            None => None,
        }
    });
    let (content_type, name) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "rasd-events.csv"),
        _ => ("application/geo+json", "rasd-events.geojson"),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}
