//! Whether an incident candidate is reported news or violence mentioned in passing (a trial, an
//! anniversary, a threat, an analysis): a logistic model over general features of the sentence,
//! its weights in data/detector.tsv (fitted on the development labels by scripts/fit_detector.py).
//! Its probability is one of the record model's features (crate::record_model), which gives
//! the record its confidence.

/// Feature names, in vector order (data/detector.tsv names them).
pub const FEATURES: [&str; 28] = [
    "event_trigger",
    "event_definite",
    "kill_number",
    "kill_word_only",
    "injury_number",
    "injury_word_only",
    "place_settlement",
    "place_coarse",
    "date_own",
    "actor1",
    "target",
    "negative_cues",
    "negative_after",
    "claim_cue",
    "background_cue",
    "irrealis_cue",
    "priority",
    "violent_hits",
    "question",
    "log_tokens",
    "pluperfect",
    "old_year",
    "recent_date",
    "quoted",
    "topic_cue",
    "relative_before",
    "lead_verb",
    "speaker_before",
];

pub type Features = [f32; FEATURES.len()];

const DETECTOR_TSV: &str = include_str!("../data/detector.tsv");

/// The fitted model.
#[derive(Debug, Clone)]
pub struct Detector {
    weights: Features,
    bias: f32,
    /// Best sentence-level detection F1 on the development labels.
    pub threshold: f32,
}

impl Detector {
    /// Parses `feature<TAB>weight` rows (sorted, after a `# source:` comment and a header);
    /// `bias` and `threshold` are rows too.
    pub fn parse(text: &str) -> Result<Detector, String> {
        let mut d = Detector {
            weights: [0.0; FEATURES.len()],
            bias: 0.0,
            threshold: 0.5,
        };
        let rows = rasd_text::parse_tsv("detector.tsv", text, 2).map_err(|e| e.to_string())?;
        for (line, c) in rows {
            let (name, w) = (c[0], c[1]);
            let w: f32 = w
                .parse()
                .map_err(|_| format!("detector.tsv:{line}: bad weight {w:?}"))?;
            match name {
                "bias" => d.bias = w,
                "threshold" => d.threshold = w,
                _ => {
                    let k = FEATURES
                        .iter()
                        .position(|f| *f == name)
                        .ok_or_else(|| format!("detector.tsv:{line}: unknown feature {name:?}"))?;
                    d.weights[k] = w;
                }
            }
        }
        Ok(d)
    }

    pub fn shipped() -> Detector {
        // validated by a test; a broken file falls back to a model that keeps everything
        Detector::parse(DETECTOR_TSV).unwrap_or(Detector {
            weights: [0.0; FEATURES.len()],
            bias: 1.0,
            threshold: 0.5,
        })
    }

    /// The probability that the candidate reports an incident.
    pub fn score(&self, f: &Features) -> f32 {
        let z: f32 = self.bias + self.weights.iter().zip(f).map(|(w, x)| w * x).sum::<f32>();
        logistic(z)
    }
}

/// The logistic function: a linear score's probability (the detector, the record model and
/// the record filter are logistic models).
pub(crate) fn logistic(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_parses() {
        let d = Detector::parse(DETECTOR_TSV).expect("detector.tsv parses");
        assert!(d.threshold > 0.0 && d.threshold < 1.0);
    }

    #[test]
    fn unknown_feature_is_named() {
        let err =
            Detector::parse("# source: test\nfeature\tweight\nbias\t1\nnonsense\t2\n").unwrap_err();
        assert!(err.starts_with("detector.tsv:4:"), "{err}");
    }

    #[test]
    fn score_is_monotone_in_a_positive_weight() {
        let d =
            Detector::parse("# source: test\nfeature\tweight\nbias\t-1\nkill_number\t2\n").unwrap();
        let mut f = [0.0; FEATURES.len()];
        let lo = d.score(&f);
        f[2] = 1.0;
        assert!(d.score(&f) > lo);
    }
}
