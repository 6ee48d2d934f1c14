//! One request to a router and its reply, for the tests that talk to the API in process.

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// A reply read whole: its status, headers and body.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(300)])
            )
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    /// Asserts a JSON error with this status and returns its message.
    pub fn error(&self, status: StatusCode) -> String {
        assert_eq!(self.status, status, "{}", self.text());
        assert!(self.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
        let v = self.json();
        let msg = v["error"].as_str().expect("an error field").to_string();
        assert_eq!(v.as_object().unwrap().len(), 1, "{v}");
        msg
    }
}

/// Sends `req` to `app` and reads the whole reply.
pub async fn send(app: axum::Router, req: Request<Body>) -> Reply {
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// A request with these headers and, when given, this body.
pub fn request(
    method: Method,
    uri: &str,
    headers: &[(HeaderName, &str)],
    body: Option<Vec<u8>>,
) -> Request<Body> {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(k, *v);
    }
    req.body(body.map_or_else(Body::empty, Body::from)).unwrap()
}

/// `method uri` to `app`, a body sent as JSON.
pub async fn call(app: axum::Router, method: Method, uri: &str, body: Option<Vec<u8>>) -> Reply {
    let json = [(header::CONTENT_TYPE, "application/json")];
    let headers: &[_] = if body.is_some() { &json } else { &[] };
    send(app, request(method, uri, headers, body)).await
}

/// A query-string value, percent-encoded.
pub fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
