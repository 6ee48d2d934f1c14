//! The lexicons compiled into phrase matchers, once per [`crate::Extractor`].

use rasd_lexicon::{ActorEntry, DateWord, TriggerGroup, VictimEntry};
use rasd_text::{PhraseMatcher, SharedMatcher};
mod cue;
pub use cue::{parse_cues, Cue};
pub(crate) use cue::{CUES_TSV, CUE_BITS};

fn surface(phrase: &str, any_suffix: bool) -> String {
    if any_suffix && !phrase.ends_with('*') {
        format!("{phrase}*")
    } else {
        phrase.to_string()
    }
}

/// The definite form of a phrase of several words: the article on every word after the first
/// ("قنبلة صوتية" -> "قنبلة الصوتية", "قذائف هاون" -> "قذائف الهاون"); the matcher strips the
/// first word's own article, so "القنبلة الصوتية" and "بقذائف الهاون" match. None for one word
/// or a phrase already written that way.
fn definite(phrase: &str) -> Option<String> {
    let mut words = phrase.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if rest.is_empty() || rest.iter().all(|w| w.starts_with("ال")) {
        return None;
    }
    let mut out = first.to_string();
    for w in rest {
        out.push(' ');
        if !w.starts_with("ال") {
            out.push_str("ال");
        }
        out.push_str(w);
    }
    Some(out)
}

/// `entries` and the definite forms of their phrases that no entry already spells.
fn with_definite<T: Copy>(entries: Vec<(String, T)>) -> Vec<(String, T)> {
    let mut known: std::collections::HashSet<String> = (entries.iter())
        .flat_map(|(p, _)| {
            [
                rasd_text::key(p),
                rasd_text::key(p.trim_start_matches("ال")),
            ]
        })
        .collect();
    let mut extra: Vec<(String, T)> = Vec::new();
    for (p, v) in &entries {
        if let Some(d) = definite(p) {
            if known.insert(rasd_text::key(&d)) {
                extra.push((d, *v));
            }
        }
    }
    let mut all = entries;
    all.extend(extra);
    all
}

/// The dual forms of a singular noun, nominative and oblique ("تفجير" -> "تفجيران",
/// "تفجيرين"; "غارة" -> "غارتان", "غارتين"); none for a word of several, or a plural in "ات".
fn duals(noun: &str) -> Option<[String; 2]> {
    if noun.contains(' ') || noun.ends_with("ات") {
        return None;
    }
    let stem = match noun.strip_suffix('ة') {
        Some(s) => format!("{s}ت"),
        None => noun.to_string(),
    };
    Some([format!("{stem}ان"), format!("{stem}ين")])
}

/// The singular event nouns that, with the article, name an incident told before (cues.tsv
/// `anaphor`, one word), as keys.
fn anaphor_nouns(cues: &[(String, Vec<Cue>)]) -> std::collections::HashSet<String> {
    (cues.iter())
        .filter(|(p, kinds)| kinds.contains(&Cue::Anaphor) && duals(p).is_some())
        .map(|(p, _)| rasd_text::key(p))
        .collect()
}

/// `cues` and the duals of its anaphor nouns, anaphors too: "التفجيران" names the two
/// bombings told before as "التفجير" names one ("ووقع التفجيران في مكانين مختلفين في مدينة
/// مروة" after "في انفجارين انتحاريين").
fn with_dual_anaphors(mut cues: Vec<(String, Vec<Cue>)>) -> Vec<(String, Vec<Cue>)> {
    let mut extra: Vec<(String, Vec<Cue>)> = Vec::new();
    for (p, kinds) in &cues {
        if !kinds.contains(&Cue::Anaphor) {
            continue;
        }
        for d in duals(p).into_iter().flatten() {
            extra.push((d, vec![Cue::Anaphor]));
        }
    }
    // (each phrase's place in the list, found by hashing: the cues are thousands)
    let mut at: std::collections::HashMap<String, usize> = (cues.iter().enumerate())
        .map(|(i, (p, _))| (p.clone(), i))
        .collect();
    for (d, kinds) in extra {
        match at.get(&d) {
            Some(&i) if !cues[i].1.contains(&Cue::Anaphor) => cues[i].1.push(Cue::Anaphor),
            Some(_) => {}
            None => {
                at.insert(d.clone(), cues.len());
                cues.push((d, kinds));
            }
        }
    }
    cues
}

/// `entries` and the duals of their one-word event nouns that name an incident
/// ([`anaphor_nouns`]; "تفجير", "الغارة"), with the noun's rows, that no entry already spells:
/// "التفجيران" and "غارتين" are the bombings and the strikes "التفجير" and "غارة" are.
fn with_duals<T: Copy>(
    entries: Vec<(String, T)>,
    nouns: &std::collections::HashSet<String>,
) -> Vec<(String, T)> {
    // (by the key without the article: the matcher strips a word's article)
    let bare = |p: &str| rasd_text::key(p.trim_start_matches("ال"));
    let mut known: std::collections::HashSet<String> =
        entries.iter().map(|(p, _)| bare(p)).collect();
    let mut extra: Vec<(String, T)> = Vec::new();
    for (p, v) in &entries {
        if !nouns.contains(&bare(p)) {
            continue;
        }
        for d in duals(p).into_iter().flatten() {
            if known.insert(bare(&d)) {
                extra.push((d, *v));
            }
        }
    }
    let mut all = entries;
    all.extend(extra);
    all
}

pub struct Lexicons {
    pub triggers: PhraseMatcher<&'static TriggerGroup>,
    pub actors: PhraseMatcher<&'static ActorEntry>,
    pub victims: PhraseMatcher<&'static VictimEntry>,
    pub dates: PhraseMatcher<&'static DateWord>,
    /// One entry per phrase, with every kind it has ("كما" is a barrier and a clause opener).
    pub cues: PhraseMatcher<Vec<Cue>>,
    /// The five lexicons in one trie: one walk per anchored search of a document answers them
    /// all (slots [`Lexicons::TRIGGERS`] ... [`Lexicons::CUES`]).
    pub shared: SharedMatcher,
}

impl Lexicons {
    pub fn compile() -> Lexicons {
        // one entry per phrase: a phrase may carry several rows (an event and a kill row)
        let triggers: Vec<(String, &'static TriggerGroup)> = rasd_lexicon::trigger_groups()
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
        // The shipped file is validated by a test; a broken one (an edit left unsorted) yields
        // no cues, never a panic, but says so on stderr with its line and reason: output made
        // without cues is far from the measured one and must not pass unnoticed.
        let parsed = parse_cues(CUES_TSV).unwrap_or_else(|e| {
            eprintln!("rasd: the embedded cues.tsv is broken, no cues loaded: {e}");
            Vec::new()
        });
        // (one entry per phrase, in the order of their first row; each phrase's place found
        // by hashing: the rows are thousands)
        let mut cues: Vec<(String, Vec<Cue>)> = Vec::new();
        let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (phrase, cue) in parsed {
            match at.get(&phrase) {
                Some(&i) => cues[i].1.push(cue),
                None => {
                    at.insert(phrase.clone(), cues.len());
                    cues.push((phrase, vec![cue]));
                }
            }
        }
        let triggers = with_duals(triggers, &anaphor_nouns(&cues));
        let cues = with_dual_anaphors(cues);
        let triggers = PhraseMatcher::new(with_definite(triggers));
        let actors = PhraseMatcher::new(actors);
        let victims = PhraseMatcher::new(victims);
        let dates = PhraseMatcher::new(dates);
        let cues = PhraseMatcher::new(cues);
        let shared = SharedMatcher::new(&[
            triggers.patterns(),
            actors.patterns(),
            victims.patterns(),
            dates.patterns(),
            cues.patterns(),
        ]);
        Lexicons {
            triggers,
            actors,
            victims,
            dates,
            cues,
            shared,
        }
    }

    pub const TRIGGERS: usize = 0;
    pub const ACTORS: usize = 1;
    pub const VICTIMS: usize = 2;
    pub const DATES: usize = 3;
    pub const CUES: usize = 4;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_forms_take_the_article_after_the_first_word() {
        assert_eq!(definite("قنبلة صوتية").as_deref(), Some("قنبلة الصوتية"));
        assert_eq!(definite("قذائف هاون").as_deref(), Some("قذائف الهاون"));
        assert_eq!(
            definite("عبوة بدائية الصنع").as_deref(),
            Some("عبوة البدائية الصنع")
        );
        assert_eq!(definite("غارة"), None);
        assert_eq!(definite("السيارة المفخخة"), None);
    }

    #[test]
    fn duals_of_singular_nouns_only() {
        let d = |w: &str| duals(w).map(|[a, b]| (a, b));
        assert_eq!(d("تفجير"), Some(("تفجيران".into(), "تفجيرين".into())));
        assert_eq!(d("غارة"), Some(("غارتان".into(), "غارتين".into())));
        assert_eq!(d("هجمات"), None);
        assert_eq!(d("العملية العسكرية"), None);
    }

    #[test]
    fn shipped_cues_parse_and_are_sorted() {
        // parse_tsv checks the order and duplicates of whole rows
        let cues = parse_cues(CUES_TSV).expect("cues.tsv parses");
        assert!(cues.len() >= 20);
        assert!(cues.contains(&("كما".to_string(), Cue::Clause)));
        assert!(cues.contains(&("كما".to_string(), Cue::Barrier)));
    }

    #[test]
    fn every_shipped_cue_kind_is_named_in_the_header() {
        // the header's "#   kind what it reads" lines: "#   days, weeks ..." names two
        let mut named = std::collections::HashSet::new();
        for line in CUES_TSV.lines().filter_map(|l| l.strip_prefix("#   ")) {
            for word in line.split_whitespace() {
                named.insert(word.trim_end_matches(','));
                if !word.ends_with(',') {
                    break;
                }
            }
        }
        let mut missing: Vec<&str> = CUES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').nth(1))
            .filter(|k| !named.contains(k))
            .collect();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "kinds with no header line in cues.tsv: {missing:?}"
        );
    }

    #[test]
    fn the_attacker_group_is_a_group_of_the_victim_lexicon() {
        let group = crate::slots::counts::ATTACKER_GROUP;
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

#[cfg(test)]
mod shared_tests {
    use super::Lexicons;
    use rasd_text::{Document, Haystack, PhraseMatch, PhraseMatcher, SharedScan};

    /// What a match says, with its entry by address (the values are the lexicons' own rows).
    fn summary<T>(
        ms: &[PhraseMatch<'_, T>],
    ) -> Vec<(rasd_text::Span, rasd_text::Span, usize, String, usize)> {
        ms.iter()
            .map(|m| {
                (
                    m.span,
                    m.full_span,
                    m.tokens.start * 100_000 + m.tokens.end,
                    m.prefix.to_string(),
                    m.value as *const T as usize,
                )
            })
            .collect()
    }

    fn same<T>(
        m: &PhraseMatcher<T>,
        doc: &Document,
        h: &Haystack,
        scan: &SharedScan,
        slot: usize,
    ) -> usize {
        let own = summary(&m.find_haystack(doc, h));
        let shared = summary(&m.find_scanned(doc, h, scan, slot));
        assert_eq!(
            own,
            shared,
            "slot {slot} in {:?}",
            doc.text.chars().take(80).collect::<String>()
        );
        own.len()
    }

    #[test]
    fn the_shared_walk_finds_what_each_lexicon_finds_alone() {
        let lex = Lexicons::compile();
        let corpus = include_str!("../../rasd-text/benches/corpus.txt");
        let mut found = [0usize; 5];
        for line in corpus.lines().chain([
            "وللاشتباكات في للموصل بالهجوم والقنبلة الصوتية بقذائف الهاون لليبيا",
            corpus,
        ]) {
            let doc = Document::analyze(line);
            let h = Haystack::of(&doc);
            let scan = lex.shared.scan(&h);
            found[0] += same(&lex.triggers, &doc, &h, &scan, Lexicons::TRIGGERS);
            found[1] += same(&lex.actors, &doc, &h, &scan, Lexicons::ACTORS);
            found[2] += same(&lex.victims, &doc, &h, &scan, Lexicons::VICTIMS);
            found[3] += same(&lex.dates, &doc, &h, &scan, Lexicons::DATES);
            found[4] += same(&lex.cues, &doc, &h, &scan, Lexicons::CUES);
        }
        // every lexicon matched something, so the comparison compared
        assert!(found.iter().all(|&n| n > 100), "{found:?}");
        // a scan of another lexicon set is not read: the matcher searches by itself
        let other = Lexicons::compile();
        let doc = Document::analyze("قتل 5 جنود في هجوم");
        let h = Haystack::of(&doc);
        let scan = other.shared.scan(&h);
        assert_eq!(
            summary(
                &lex.triggers
                    .find_scanned(&doc, &h, &scan, Lexicons::TRIGGERS)
            ),
            summary(&lex.triggers.find_haystack(&doc, &h))
        );
        assert!(!lex.triggers.find_haystack(&doc, &h).is_empty());
    }
}
