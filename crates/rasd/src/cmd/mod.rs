//! One module per subcommand.
pub mod analyze;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod geocode;
pub mod ingest;
pub mod serve;
pub mod stats;
