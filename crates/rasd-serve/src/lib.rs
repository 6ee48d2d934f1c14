//! rasd-serve: `rasd serve`, the HTTP API over a rasd store and the offline map dashboard.
//!
//! - [`api`]: the JSON API (`/api/events`, `/api/events/{id}`, `/api/events/{id}/explain`,
//!   `/api/documents/{id}`,
//!   `/api/extract`, `/api/stats`, `/api/timeline`, CSV and GeoJSON exports), every route
//!   listed once in [`api::routes`] and documented in `src/openapi.json` (a test keeps the two
//!   equal).
//! - [`names`]: the Arabic names of places, provinces and actors for the Arabic view, and the
//!   English names an Arabic filter value stands for; [`timeline`]: the timeline's range and
//!   bucket.
//! - [`assets`]: the dashboard (plain HTML, CSS and JavaScript, no build step) and the Natural
//!   Earth maps of `data/maps/`, all embedded in the binary: nothing is fetched from the network.
//! - The store is synchronous: requests borrow a connection from a small [`Pool`] and run on
//!   tokio's blocking threads; the number of connections bounds the concurrent queries.
//!
//! Architecture invariant: no SQL here (queries live in rasd-store) and no Arabic processing
//! (extraction is rasd-extract's; [`names`] only looks names up in the gazetteer's and the
//! lexicon's tables); this crate is HTTP and presentation only. Errors reach the
//! client as `{"error": "..."}` with a 4xx/5xx status and never carry internal details.

pub mod access;
pub mod api;
pub mod assets;
mod error;
pub mod names;
pub mod params;
pub mod timeline;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

use rasd_extract::Extractor;
use rasd_store::{Store, StoreError};
use tokio::sync::Semaphore;

pub use access::{token_eq, Access};
pub use error::ApiError;

/// Request bodies larger than this are refused with 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How `rasd serve` runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// A SQLite path or a `postgres://` URL.
    pub db: String,
    pub addr: SocketAddr,
    /// Store connections (concurrent queries).
    pub connections: usize,
    /// Host names answered besides the loopback names and the bound address.
    pub allow_hosts: Vec<String>,
    /// The bearer token every API route requires, if any (required for a non-loopback
    /// address).
    pub token: Option<String>,
}

/// Everything that can stop the server from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("opening the database {db}: {source}")]
    Store {
        db: String,
        #[source]
        source: StoreError,
    },
    #[error("no database at {0}: create it with `rasd ingest PATH --db {0}`")]
    NoDatabase(String),
    #[error("listening on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "refusing to listen on {0}, which is not loopback, without a token: give \
         --token-file FILE or RASD_TOKEN (see SECURITY.md)"
    )]
    NeedsToken(SocketAddr),
    #[error("{0}")]
    Token(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A bounded set of store connections, opened on demand.
pub struct Pool {
    url: String,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
}

impl Pool {
    /// A pool over `url` holding at most `size` connections; opens one now to check the URL.
    pub fn open(url: &str, size: usize) -> Result<Pool, ServeError> {
        let is_pg = url.starts_with("postgres://") || url.starts_with("postgresql://");
        let path = url.strip_prefix("sqlite:").unwrap_or(url);
        if !is_pg && !std::path::Path::new(path).exists() {
            return Err(ServeError::NoDatabase(url.to_string()));
        }
        let first = Store::open(url).map_err(|source| ServeError::Store {
            db: url.to_string(),
            source,
        })?;
        Ok(Pool {
            url: url.to_string(),
            idle: Mutex::new(vec![first]),
            permits: Semaphore::new(size.max(1)),
        })
    }

    /// Runs `f` with a connection on a blocking thread. A connection whose closure failed with
    /// a store error or panicked is dropped (the next request opens a fresh one).
    pub async fn run<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("pool closed"))?;
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let url = self.url.clone();
        let (store, result) = tokio::task::spawn_blocking(move || {
            let mut store = match idle {
                Some(s) => s,
                None => match Store::open(&url) {
                    Ok(s) => s,
                    Err(e) => return (None, Err(e)),
                },
            };
            let r = f(&mut store);
            let keep = r.is_ok();
            (keep.then_some(store), r)
        })
        .await
        .map_err(|e| ApiError::internal(format!("query task failed: {e}")))?;
        if let Some(store) = store {
            self.idle
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(store);
        }
        result.map_err(|e| ApiError::internal(format!("store: {e}")))
    }
}

/// How `POST /api/extract` shares the CPU: a report of more than `max_words` words is refused
/// at once (503: the per-request work budget; extraction's work grows linearly with the words,
/// so this bounds each request's time); at most `permits` extractions run at once; a request
/// waits at most `wait` for one (503, with Retry-After), and is answered 504 after `deadline`
/// (its extraction still holds its permit until it ends, so a flood of slow reports cannot
/// pile up).
#[derive(Debug, Clone, Copy)]
pub struct ExtractLimits {
    pub permits: usize,
    pub wait: std::time::Duration,
    pub deadline: std::time::Duration,
    /// The per-request work budget, in words of the report (whitespace-separated).
    pub max_words: usize,
}

impl Default for ExtractLimits {
    fn default() -> ExtractLimits {
        ExtractLimits {
            permits: 2,
            wait: std::time::Duration::from_secs(2),
            deadline: std::time::Duration::from_secs(30),
            // about 450 KB of Arabic news text, a few seconds of one core at most
            max_words: 80_000,
        }
    }
}

/// What the handlers share.
pub struct AppState {
    pub pool: Pool,
    extractor: OnceLock<Arc<Extractor>>,
    /// Bounds concurrent extractions (each is CPU-bound).
    extract_permits: Arc<Semaphore>,
    extract_limits: ExtractLimits,
    /// The Host names answered and the token required.
    pub access: Access,
}

impl AppState {
    pub fn new(pool: Pool) -> AppState {
        AppState {
            pool,
            extractor: OnceLock::new(),
            extract_permits: Arc::new(Semaphore::new(ExtractLimits::default().permits)),
            extract_limits: ExtractLimits::default(),
            access: Access::loopback(),
        }
    }

    /// Shares the CPU among extractions by `limits`.
    pub fn with_extract_limits(mut self, limits: ExtractLimits) -> AppState {
        self.extract_permits = Arc::new(Semaphore::new(limits.permits.max(1)));
        self.extract_limits = limits;
        self
    }

    /// Answers the Host names and requires the token of `access` (the default answers the
    /// loopback names and needs no token).
    pub fn with_access(mut self, access: Access) -> AppState {
        self.access = access;
        self
    }

    /// The extractor, compiled on first use (blocking: call from a blocking thread).
    pub fn extractor(&self) -> Arc<Extractor> {
        self.extractor
            .get_or_init(|| Arc::new(Extractor::new()))
            .clone()
    }
}

/// Shared state as the handlers see it.
pub type Shared = Arc<AppState>;

/// The whole application: API, dashboard, security headers, JSON fallbacks.
pub fn app(state: Shared) -> axum::Router {
    api::router(state.clone())
        .merge(assets::router())
        .fallback(|| async { ApiError::not_found("no such page") })
        .layer(axum::middleware::from_fn_with_state(state, access::guard))
        .layer(axum::middleware::map_response(assets::security_headers))
}

/// Serves `app` on an already bound listener until `shutdown` resolves.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: Shared,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    // compile the extractor in the background so the first /api/extract is quick
    let warm = state.clone();
    tokio::task::spawn_blocking(move || {
        warm.extractor();
        names::ArabicNames::global();
    });
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// `rasd serve`: opens the store, binds `config.addr` and serves until Ctrl-C.
pub fn run(config: Config) -> Result<(), ServeError> {
    if let Some(t) = &config.token {
        access::check_token(t).map_err(ServeError::Token)?;
    } else if !config.addr.ip().is_loopback() {
        return Err(ServeError::NeedsToken(config.addr));
    }
    let pool = Pool::open(&config.db, config.connections)?;
    let access = Access::new(config.addr, &config.allow_hosts, config.token.clone());
    let state = Arc::new(AppState::new(pool).with_access(access));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|source| ServeError::Bind {
                addr: config.addr,
                source,
            })?;
        let addr = listener.local_addr()?;
        eprintln!(
            "rasd serve: http://{addr}/ (database {}{}); Ctrl-C stops",
            config.db,
            if config.token.is_some() {
                ", the API needs the token"
            } else {
                ""
            }
        );
        serve_on(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })
}
