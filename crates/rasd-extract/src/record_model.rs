//! The record model: after the story's merge, the probability that a merged incident is one the
//! report tells as news and that no earlier record of the story already holds: what an ACLED
//! coder would write down. A logistic model over features of the record and of its story, its
//! weights in data/record_model.tsv (fitted on whole reports annotated under
//! REPORTS_GUIDELINES.md by scripts/fit_record_model.py). Its probability is the record's
//! `confidence`.

use rasd_core::taxonomy::{family, Family};
use rasd_core::{Qualifier, Status};
use rasd_text::Document;

use crate::calendar::Day;
use crate::mention::Candidate;

/// Feature names, in vector order (data/record_model.tsv names them).
pub const RECORD_FEATURES: [&str; 26] = [
    "detector",
    "mentions",
    "lead",
    "position",
    "toll",
    "injury_toll",
    "toll_word",
    "own_date",
    "recent_date",
    "named_place",
    "coarse_place",
    "no_place",
    "actor1",
    "actor2",
    "battles",
    "explosions",
    "vac",
    "demonstration",
    "story_incidents",
    "main",
    "earlier_same_family",
    "earlier_same_country",
    "definite",
    "event_trigger",
    "sequel",
    "doc_tokens",
];

pub type RecordFeatures = [f32; RECORD_FEATURES.len()];

/// How many days from publication an own date still counts as recent news.
const RECENT_DAYS: i64 = 7;

fn logit(p: f32) -> f32 {
    let p = p.clamp(0.0025, 0.9975);
    (p / (1.0 - p)).ln()
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

/// The features of every merged candidate of one story (in the merge's order), from its own
/// fields and the story's other incidents.
pub fn features(
    merged: &[Candidate],
    doc: &Document,
    published: Option<Day>,
) -> Vec<RecordFeatures> {
    let sentences = doc.sentences.len().max(1) as f32;
    let incident = |c: &Candidate| c.status == Status::Incident;
    let n_incidents = merged.iter().filter(|c| incident(c)).count();
    let size = |c: &Candidate| c.mentions.len();
    // the story's main incident: the one told most often (the first on ties)
    let main = merged
        .iter()
        .enumerate()
        .filter(|(_, c)| incident(c))
        .max_by(|(i, a), (j, b)| size(a).cmp(&size(b)).then(j.cmp(i)))
        .map(|(i, _)| i);
    merged
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let first = std::iter::once(c.trigger_span.start)
                .chain(c.mentions.iter().map(|m| m.start))
                .min()
                .and_then(|p| doc.sentence_at(p))
                .unwrap_or(0);
            let explicit = |pieces: &[crate::slots::counts::CountPiece]| {
                pieces.iter().any(|p| p.qualifier != Qualifier::Unknown)
            };
            let recent = match (&c.date, published) {
                (Some((d, false)), Some(p)) => (p.ordinal() - d.day.ordinal()).abs() <= RECENT_DAYS,
                _ => false,
            };
            let fam = family(&c.event_type);
            let earlier = &merged[..i];
            let same_family = earlier
                .iter()
                .any(|e| incident(e) && family(&e.event_type) == fam);
            let same_country = c.country().is_some_and(|k| {
                earlier
                    .iter()
                    .any(|e| incident(e) && family(&e.event_type) == fam && e.country() == Some(k))
            });
            [
                logit(c.score) / 4.0,
                (size(c) as f32).ln_1p(),
                flag(first <= 1),
                first as f32 / sentences,
                flag(explicit(&c.kills)),
                flag(explicit(&c.injuries)),
                flag(c.kill_word.is_some() && !explicit(&c.kills)),
                flag(c.own_date()),
                flag(recent),
                flag(c.named_place()),
                flag(c.place.location.is_some() && !c.named_place()),
                flag(c.place.location.is_none()),
                flag(c.actor1.is_some()),
                flag(c.actor2.is_some()),
                flag(c.event_type == rasd_core::taxonomy::BATTLES),
                flag(c.event_type == rasd_core::taxonomy::EXPLOSIONS),
                flag(c.event_type == rasd_core::taxonomy::VAC),
                flag(fam == Some(Family::Demonstration)),
                (n_incidents as f32).ln_1p(),
                flag(main == Some(i)),
                flag(same_family),
                flag(same_country),
                flag(c.definite),
                flag(c.has_event_trigger),
                flag(c.sequel),
                (doc.tokens.len() as f32).ln_1p() / 10.0,
            ]
        })
        .collect()
}

const RECORD_MODEL_TSV: &str = include_str!("../data/record_model.tsv");

/// The fitted record model.
#[derive(Debug, Clone)]
pub struct RecordModel {
    weights: RecordFeatures,
    bias: f32,
    /// The default output's confidence floor, tuned on the development reports.
    pub threshold: f32,
}

impl RecordModel {
    /// Parses `feature<TAB>weight` rows (after a `# source:` comment and a header); `bias` and
    /// `threshold` are rows too.
    pub fn parse(text: &str) -> Result<RecordModel, String> {
        let mut m = RecordModel {
            weights: [0.0; RECORD_FEATURES.len()],
            bias: 0.0,
            threshold: 0.5,
        };
        let rows = rasd_text::parse_tsv("record_model.tsv", text, 2).map_err(|e| e.to_string())?;
        for (line, c) in rows {
            let (name, w) = (c[0], c[1]);
            let w: f32 = w
                .parse()
                .map_err(|_| format!("record_model.tsv:{line}: bad weight {w:?}"))?;
            match name {
                "bias" => m.bias = w,
                "threshold" => m.threshold = w,
                _ => {
                    let k = RECORD_FEATURES
                        .iter()
                        .position(|f| *f == name)
                        .ok_or_else(|| {
                            format!("record_model.tsv:{line}: unknown feature {name:?}")
                        })?;
                    m.weights[k] = w;
                }
            }
        }
        Ok(m)
    }

    pub fn shipped() -> RecordModel {
        // validated by a test; a broken file falls back to a model that keeps everything
        RecordModel::parse(RECORD_MODEL_TSV).unwrap_or(RecordModel {
            weights: [0.0; RECORD_FEATURES.len()],
            bias: 1.0,
            threshold: 0.0,
        })
    }

    /// The probability that the record is an incident of the report's news not held by an
    /// earlier record.
    pub fn score(&self, f: &RecordFeatures) -> f32 {
        let z: f32 = self.bias + self.weights.iter().zip(f).map(|(w, x)| w * x).sum::<f32>();
        crate::detect::logistic(z)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_parses() {
        let m = RecordModel::parse(RECORD_MODEL_TSV).expect("record_model.tsv parses");
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
    }

    #[test]
    fn unknown_feature_is_named() {
        let err = RecordModel::parse("# source: test\nfeature\tweight\nbias\t1\nnonsense\t2\n")
            .unwrap_err();
        assert!(err.starts_with("record_model.tsv:4:"), "{err}");
    }
}
