//! The lexicons compiled into phrase matchers, once per [`crate::Extractor`].

use rasd_lexicon::{ActorEntry, DateWord, TriggerGroup, VictimEntry};
use rasd_text::PhraseMatcher;

/// Function-word cues the extractor reads (data/cues.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Subset,
    Target,
    ExcludeUnit,
    Irrealis,
    Background,
    Barrier,
    Speaker,
    Clause,
    Reflexive,
    Detonate,
    Outside,
    Topic,
    Relative,
    Sequel,
    Similar,
    Days,
    Weeks,
    Since,
    Dual,
    After,
    With,
    Others,
    Apposition,
}

const CUES_TSV: &str = include_str!("../data/cues.tsv");

/// Parses data/cues.tsv (`phrase<TAB>kind`, sorted, after a `# source:` comment and a header).
pub fn parse_cues(text: &str) -> Result<Vec<(String, Cue)>, String> {
    let rows = rasd_text::parse_tsv("cues.tsv", text, 2).map_err(|e| e.to_string())?;
    rows.into_iter()
        .map(|(line, c)| {
            let cue = match c[1] {
                "subset" => Cue::Subset,
                "target" => Cue::Target,
                "exclude_unit" => Cue::ExcludeUnit,
                "irrealis" => Cue::Irrealis,
                "background" => Cue::Background,
                "barrier" => Cue::Barrier,
                "speaker" => Cue::Speaker,
                "clause" => Cue::Clause,
                "reflexive" => Cue::Reflexive,
                "detonate" => Cue::Detonate,
                "outside" => Cue::Outside,
                "topic" => Cue::Topic,
                "relative" => Cue::Relative,
                "sequel" => Cue::Sequel,
                "similar" => Cue::Similar,
                "days" => Cue::Days,
                "weeks" => Cue::Weeks,
                "since" => Cue::Since,
                "dual" => Cue::Dual,
                "after" => Cue::After,
                "with" => Cue::With,
                "others" => Cue::Others,
                "apposition" => Cue::Apposition,
                other => return Err(format!("cues.tsv:{line}: unknown kind {other:?}")),
            };
            Ok((c[0].to_string(), cue))
        })
        .collect()
}

fn surface(phrase: &str, any_suffix: bool) -> String {
    if any_suffix && !phrase.ends_with('*') {
        format!("{phrase}*")
    } else {
        phrase.to_string()
    }
}

pub struct Lexicons {
    pub triggers: PhraseMatcher<&'static TriggerGroup>,
    pub actors: PhraseMatcher<&'static ActorEntry>,
    pub victims: PhraseMatcher<&'static VictimEntry>,
    pub dates: PhraseMatcher<&'static DateWord>,
    /// One entry per phrase, with every kind it has ("كما" is a barrier and a clause opener).
    pub cues: PhraseMatcher<Vec<Cue>>,
}

impl Lexicons {
    pub fn compile() -> Lexicons {
        // one entry per phrase: a phrase may carry several rows (an event and a kill row)
        let triggers = rasd_lexicon::trigger_groups()
            .iter()
            .map(|g| (surface(&g.phrase, g.any_suffix), g))
            .collect();
        let actors = rasd_lexicon::actors()
            .iter()
            .map(|a| (surface(&a.phrase, a.any_suffix), a))
            .collect();
        let victims = rasd_lexicon::victims()
            .iter()
            .map(|v| (surface(&v.phrase, v.any_suffix), v))
            .collect();
        let dates = rasd_lexicon::date_words()
            .iter()
            .map(|d| (surface(&d.phrase, d.any_suffix), d))
            .collect();
        // The shipped file is validated by a test; a broken one yields no cues, never a panic.
        let mut cues: Vec<(String, Vec<Cue>)> = Vec::new();
        for (phrase, cue) in parse_cues(CUES_TSV).unwrap_or_default() {
            match cues.iter_mut().find(|(p, _)| *p == phrase) {
                Some((_, kinds)) => kinds.push(cue),
                None => cues.push((phrase, vec![cue])),
            }
        }
        Lexicons {
            triggers: PhraseMatcher::new(triggers),
            actors: PhraseMatcher::new(actors),
            victims: PhraseMatcher::new(victims),
            dates: PhraseMatcher::new(dates),
            cues: PhraseMatcher::new(cues),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_cues_parse_and_are_sorted() {
        // parse_tsv checks the order and duplicates of whole rows
        let cues = parse_cues(CUES_TSV).expect("cues.tsv parses");
        assert!(cues.len() >= 20);
        assert!(cues.contains(&("كما".to_string(), Cue::Clause)));
        assert!(cues.contains(&("كما".to_string(), Cue::Barrier)));
    }

    #[test]
    fn the_attacker_group_is_a_group_of_the_victim_lexicon() {
        let group = crate::incident::ATTACKER_GROUP;
        assert!(
            rasd_lexicon::victims().iter().any(|v| v.group == group),
            "no victim noun of group {group:?} in victims.tsv"
        );
    }

    #[test]
    fn bad_cue_line_is_named() {
        let err =
            parse_cues("# source: test\nphrase\tkind\nبينهم\tsubset\nضد\tnonsense\n").unwrap_err();
        assert!(err.starts_with("cues.tsv:4:"), "{err}");
    }
}
