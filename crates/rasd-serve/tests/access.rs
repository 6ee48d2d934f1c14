//! Who may talk to `rasd serve` (issue 13 items 9 and 10): only the Host names the server was
//! bound to (DNS rebinding gets 421), and, when a token is set, only clients that present it.

mod common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::http::{header, Method, StatusCode};

use rasd_serve::{Access, AppState};

const TOKEN: &str = "s3cret-token-of-32-chars-0123456";

fn db() -> &'static PathBuf {
    common::shared_db("access")
}

fn app(access: Access) -> axum::Router {
    let pool = rasd_serve::Pool::open(db().to_str().unwrap(), 2).unwrap();
    rasd_serve::app(Arc::new(AppState::new(pool).with_access(access)))
}

fn loopback() -> SocketAddr {
    "127.0.0.1:8080".parse().unwrap()
}

async fn send(
    app: axum::Router,
    method: Method,
    uri: &str,
    headers: &[(header::HeaderName, &str)],
    body: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let req = common::http::request(method, uri, headers, body.map(|b| b.as_bytes().to_vec()));
    let r = common::http::send(app, req).await;
    let text = r.text();
    (r.status, r.headers, text)
}

async fn get_with_host(app: axum::Router, uri: &str, host: &str) -> StatusCode {
    send(app, Method::GET, uri, &[(header::HOST, host)], None)
        .await
        .0
}

#[tokio::test]
async fn a_host_the_server_was_not_bound_to_gets_421() {
    let access = Access::new(loopback(), &[], None);
    for uri in ["/api/stats", "/", "/assets/app.js"] {
        for host in [
            "evil.example",
            "evil.example:8080",
            "localhost.evil.example",
            "10.0.0.1",
        ] {
            let a = app(access.clone());
            assert_eq!(
                get_with_host(a, uri, host).await,
                StatusCode::MISDIRECTED_REQUEST,
                "{host} {uri}"
            );
        }
        for host in [
            "localhost",
            "LOCALHOST:8080",
            "127.0.0.1:8080",
            "[::1]:8080",
            "127.0.0.2",
        ] {
            let a = app(access.clone());
            assert_eq!(
                get_with_host(a, uri, host).await,
                StatusCode::OK,
                "{host} {uri}"
            );
        }
    }
    let (status, headers, body) = send(
        app(access.clone()),
        Method::GET,
        "/api/stats",
        &[(header::HOST, "evil.example")],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert!(body.contains("\"error\""), "{body}");
    // the bind address and --allow-host names are answered
    let bound: SocketAddr = "192.0.2.7:8080".parse().unwrap();
    let access = Access::new(bound, &["rasd.example.org".to_string()], Some(TOKEN.into()));
    let auth = format!("Bearer {TOKEN}");
    for host in [
        "192.0.2.7:8080",
        "rasd.example.org",
        "RASD.example.org.:443",
        "localhost",
    ] {
        let (status, _, body) = send(
            app(access.clone()),
            Method::GET,
            "/api/stats",
            &[(header::HOST, host), (header::AUTHORIZATION, &auth)],
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{host}: {body}");
    }
    assert_eq!(
        get_with_host(app(access), "/", "other.example.org").await,
        StatusCode::MISDIRECTED_REQUEST
    );
}

#[tokio::test]
async fn a_token_when_set_is_required_by_every_api_route() {
    let access = Access::new(loopback(), &[], Some(TOKEN.into()));
    for (path, method, _) in rasd_serve::api::routes() {
        if path == "/api/session" {
            continue;
        }
        let uri = path.replace("{id}", "1");
        let m = if method == "post" {
            Method::POST
        } else {
            Method::GET
        };
        let body = (method == "post").then_some(r#"{"text": "x"}"#);
        for auth in [
            None,
            Some("Bearer wrong"),
            Some("Bearer s3cret-token-of-32-chars-012345"),
            Some(TOKEN),
        ] {
            let mut h = vec![(header::CONTENT_TYPE, "application/json")];
            if let Some(a) = auth {
                h.push((header::AUTHORIZATION, a));
            }
            let (status, headers, body) =
                send(app(access.clone()), m.clone(), &uri, &h, body).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{uri} {auth:?}: {body}");
            assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
            assert!(body.contains("\"error\""), "{body}");
        }
        let auth = format!("Bearer {TOKEN}");
        let h = [
            (header::CONTENT_TYPE, "application/json"),
            (header::AUTHORIZATION, auth.as_str()),
        ];
        let (status, _, _) = send(app(access.clone()), m, &uri, &h, body).await;
        assert_ne!(status, StatusCode::UNAUTHORIZED, "{uri}");
        assert_ne!(status, StatusCode::MISDIRECTED_REQUEST, "{uri}");
    }
    // the page itself holds no data and loads without the token
    let (status, _, _) = send(app(access.clone()), Method::GET, "/", &[], None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_dashboard_trades_the_token_for_a_same_site_cookie() {
    let access = Access::new(loopback(), &[], Some(TOKEN.into()));
    let json = [(header::CONTENT_TYPE, "application/json")];
    let (status, headers, _) = send(
        app(access.clone()),
        Method::POST,
        "/api/session",
        &json,
        Some(r#"{"token": "wrong"}"#),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.get(header::SET_COOKIE).is_none());
    let body = serde_json::json!({ "token": TOKEN }).to_string();
    let (status, headers, _) = send(
        app(access.clone()),
        Method::POST,
        "/api/session",
        &json,
        Some(&body),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap().to_string();
    let (status, _, _) = send(
        app(access.clone()),
        Method::GET,
        "/api/events.csv",
        &[(header::COOKIE, &format!("theme=dark; {pair}"))],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[test]
fn serve_refuses_a_non_loopback_address_without_a_token() {
    let config = |addr: &str, token: Option<&str>| rasd_serve::Config {
        db: db().to_str().unwrap().to_string(),
        addr: addr.parse().unwrap(),
        connections: 1,
        allow_hosts: vec![],
        token: token.map(str::to_string),
    };
    let err = rasd_serve::run(config("0.0.0.0:0", None)).unwrap_err();
    assert!(err.to_string().contains("token"), "{err}");
    let err = rasd_serve::run(config("127.0.0.1:0", Some("short"))).unwrap_err();
    assert!(err.to_string().contains("16"), "{err}");
}

#[test]
fn tokens_are_compared_in_constant_time_and_exactly() {
    assert!(rasd_serve::token_eq(TOKEN.as_bytes(), TOKEN.as_bytes()));
    for other in [
        "",
        "s",
        "s3cret-token-of-32-chars-012345",
        "s3cret-token-of-32-chars-01234567",
        "S3cret-token-of-32-chars-0123456",
    ] {
        assert!(
            !rasd_serve::token_eq(other.as_bytes(), TOKEN.as_bytes()),
            "{other}"
        );
    }
}
