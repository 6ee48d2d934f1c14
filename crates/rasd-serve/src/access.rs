//! Who may talk to the server: the Host check (DNS rebinding) and the optional bearer token.
//!
//! - Every request whose `Host` names neither a loopback name (`localhost`, 127.0.0.0/8, `::1`),
//!   nor the address the server was bound to, nor a name given with `--allow-host`, gets 421: a
//!   page of another site whose name was re-pointed at this machine cannot read the data. A
//!   request without `Host` (HTTP/1.0 tools; no browser sends one) is answered.
//! - When a token is set, every `/api/` route but `/api/session` needs it, as
//!   `Authorization: Bearer TOKEN` or as the `rasd_token` cookie that `POST /api/session` sets
//!   (HttpOnly, SameSite=Strict, Path=/api) for the dashboard; else 401. Tokens are compared in
//!   constant time. The dashboard's page and assets hold no data and load without it.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::{ApiError, Shared};

/// The shortest token `rasd serve` accepts.
pub const MIN_TOKEN_LEN: usize = 16;

/// The cookie that carries the token for the dashboard.
pub const COOKIE: &str = "rasd_token";

/// The Host names answered and the token required, if any.
#[derive(Debug, Clone, Default)]
pub struct Access {
    hosts: Vec<String>,
    token: Option<String>,
}

impl Access {
    /// Loopback names only, no token (the default of [`crate::AppState::new`]).
    pub fn loopback() -> Access {
        Access::default()
    }

    /// The loopback names, `bind`'s address (unless it is 0.0.0.0 or ::), `allow_hosts`, and
    /// an optional token.
    pub fn new(bind: SocketAddr, allow_hosts: &[String], token: Option<String>) -> Access {
        let mut hosts: Vec<String> = allow_hosts.iter().map(|h| host_name(h)).collect();
        if !bind.ip().is_unspecified() {
            hosts.push(bind.ip().to_string());
        }
        Access { hosts, token }
    }

    /// Whether the server requires a token.
    pub fn has_token(&self) -> bool {
        self.token.is_some()
    }

    /// Whether a `Host` header value names this server.
    pub fn host_allowed(&self, host: &str) -> bool {
        let name = host_name(host);
        name == "localhost"
            || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
            || self.hosts.contains(&name)
    }

    /// Whether the request carries the token (always true when none is set).
    pub fn authorized(&self, headers: &HeaderMap) -> bool {
        let Some(token) = &self.token else {
            return true;
        };
        let bearer = headers
            .get_all(header::AUTHORIZATION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.strip_prefix("Bearer "));
        let cookies = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().strip_prefix(COOKIE)?.strip_prefix('='));
        let mut ok = false;
        for given in bearer.chain(cookies) {
            // no early exit: every candidate is compared
            ok |= token_eq(given.trim().as_bytes(), token.as_bytes());
        }
        ok
    }

    /// Whether `given` is the token (a server without one takes anything).
    pub fn token_matches(&self, given: &str) -> bool {
        match &self.token {
            Some(t) => token_eq(given.as_bytes(), t.as_bytes()),
            None => true,
        }
    }

    /// The `Set-Cookie` value that hands the token to the dashboard.
    pub fn cookie(&self) -> Option<HeaderValue> {
        let t = self.token.as_ref()?;
        HeaderValue::from_str(&format!(
            "{COOKIE}={t}; HttpOnly; SameSite=Strict; Path=/api"
        ))
        .ok()
    }
}

/// The host name of a `Host` value: without the port and a trailing dot, lower case, an IPv6
/// address without its brackets.
fn host_name(host: &str) -> String {
    let host = host.trim();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        match host.rsplit_once(':') {
            // a bare IPv6 address has more than one colon and no port
            Some((name, port))
                if !name.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) =>
            {
                name
            }
            _ => host,
        }
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// Compares a token in time that depends on the expected token's length only.
pub fn token_eq(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = u8::from(given.len() != expected.len());
    for (i, &e) in expected.iter().enumerate() {
        let g = given.get(i).copied().unwrap_or(!e);
        diff |= std::hint::black_box(g ^ e);
    }
    diff == 0
}

/// Reads a token file: one line, at least [`MIN_TOKEN_LEN`] bytes of visible ASCII.
pub fn read_token_file(path: &std::path::Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    check_token(text.trim()).map_err(|e| format!("{}: {e}", path.display()))
}

/// A token as given: at least [`MIN_TOKEN_LEN`] bytes of visible ASCII.
pub fn check_token(token: &str) -> Result<String, String> {
    if token.len() < MIN_TOKEN_LEN {
        return Err(format!(
            "the token must be at least {MIN_TOKEN_LEN} characters (e.g. `openssl rand -hex 32`)"
        ));
    }
    if !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("the token must be visible ASCII without spaces".into());
    }
    Ok(token.to_string())
}

/// The middleware: the Host check on every request, the token on the API.
pub async fn guard(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let access = &state.access;
    let host = req
        .headers()
        .get(header::HOST)
        .map(|h| h.to_str().unwrap_or("\u{0}").to_string())
        .or_else(|| req.uri().authority().map(|a| a.to_string()));
    if let Some(host) = host {
        if !access.host_allowed(&host) {
            return ApiError::new(
                StatusCode::MISDIRECTED_REQUEST,
                "this server does not answer to that host name (see `rasd serve --allow-host`)",
            )
            .into_response();
        }
    }
    let path = req.uri().path();
    if path.starts_with("/api/") && path != "/api/session" && !access.authorized(req.headers()) {
        let mut res = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this server needs its token: `Authorization: Bearer TOKEN`",
        )
        .into_response();
        res.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return res;
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_lose_port_brackets_case_and_trailing_dot() {
        assert_eq!(host_name("Example.ORG.:8080"), "example.org");
        assert_eq!(host_name("[::1]:8080"), "::1");
        assert_eq!(host_name("127.0.0.1"), "127.0.0.1");
        assert_eq!(host_name("::1"), "::1");
    }
}
