//! rasd-core: the wire types of rasd's event record (DESIGN.md section 2, schema_version 2),
//! the ACLED taxonomy, and the writers for JSONL, CSV (ACLED columns) and GeoJSON.
//!
//! Architecture invariant: no I/O but writing to a caller's `io::Write`; no knowledge of Arabic.

pub mod calendar;
pub mod countries;
pub mod date;
pub mod hijri;
pub mod place_name;
pub mod record;
pub mod taxonomy;
pub mod write;

pub use date::valid_date;
pub use record::*;
pub use taxonomy::*;
