//! Slot filling: what a mention's words tell besides its type. Each slot is filled by methods
//! on [`Context`](crate::mention::Context) in a module of its own, called by the mention finder
//! (`Context::sentence_incident`):
//! - [`counts`]: figures linked to kill/injure words, victims, and the sum of count pieces;
//!   `attribution`: which figures and persons belong to the toll (parts of a total, claims,
//!   joint tolls, companions, persons joined to a count, deaths told "outside" the place);
//! - [`actors`]: the perpetrator and the target;
//! - [`places`]: the incident's place, else its actors' or the story's country;
//! - [`date`]: the incident's date; [`interval`]: the day of an incident told inside an
//!   interval ("بعد يومين من", "غداة") and the figures after the interval's clause;
//! - [`features`]: what the detector ([`crate::detect`]) reads.

pub(crate) mod actors;
pub(crate) mod attribution;
pub(crate) mod counts;
pub(crate) mod date;
pub(crate) mod features;
pub(crate) mod interval;
pub(crate) mod places;
