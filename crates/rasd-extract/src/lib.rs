//! rasd-extract: reports in, event records plus diagnostics out.
//!
//! Architecture invariant: no I/O, never panics on any input.

use rasd_core::{Event, Report};

/// Something worth telling the user about one report (not an error: extraction never fails).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Diagnostic {
    pub doc_id: String,
    pub message: String,
}

/// What extraction returns for one report.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub events: Vec<Event>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The extractor: lexicons and gazetteer compiled once, then shared across threads.
#[derive(Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor {}
    }

    /// Extracts the events of one report.
    pub fn extract(&self, _report: &Report) -> Extraction {
        Extraction::default()
    }
}
