//! The small hand-kept tables of geocoding: place cues, common words that are also place names,
//! country context words (demonyms, actors). All are TSV files with a format line and a header,
//! embedded and parsed once.

use crate::gazetteer::{name_words, FxHashMap as HashMap, FxHashSet as HashSet, GeoDataError};

pub const CUES_TSV: &str = include_str!("../../../data/gazetteer/cues.tsv");
pub const COMMON_WORDS_TSV: &str = include_str!("../../../data/gazetteer/common_words.tsv");
pub const COUNTRIES_TSV: &str = include_str!("../../../data/countries.tsv");
pub const COUNTRY_CONTEXT_TSV: &str = include_str!("../../../data/gazetteer/country_context.tsv");
pub const ORG_CONTEXT_TSV: &str = include_str!("../../../data/gazetteer/org_context.tsv");

/// Every embedded table: (path, text, format line, header).
pub const TABLES: [(&str, &str, &str, &str); 5] = [
    (
        "data/gazetteer/cues.tsv",
        CUES_TSV,
        "# format: rasd-place-cues 1",
        "phrase\tkind\tprecision_hint\tnote",
    ),
    (
        "data/gazetteer/common_words.tsv",
        COMMON_WORDS_TSV,
        "# format: rasd-common-words 1",
        "word\tkind\tnote",
    ),
    (
        "data/countries.tsv",
        COUNTRIES_TSV,
        "# format: rasd-countries 1",
        "iso2\tiso3\tiso_num\tname_en\tnames_ar\tcapital_en\tlat\tlon\tdemonyms_ar",
    ),
    (
        "data/gazetteer/country_context.tsv",
        COUNTRY_CONTEXT_TSV,
        "# format: rasd-country-context 1",
        "phrase\tcountry\tnote",
    ),
    (
        "data/gazetteer/org_context.tsv",
        ORG_CONTEXT_TSV,
        "# format: rasd-org-context 1",
        "phrase\tkind\tnote",
    ),
];

/// What a cue word says about the place after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// في، داخل، عند
    In,
    /// قرب، خارج، ضواحي: near the place (precision 2)
    Near,
    /// شمال، جنوب غربي: part of / direction from (precision 2)
    Direction,
    /// كلم، كيلومتر (before a direction)
    DistanceUnit,
    /// A feature word: محافظة، قضاء، حي، قرية، مدينة ...
    Feature(FeatureCue),
    /// The name after it names an organisation (ريال مدريد، منتخب مصر، صحيفة ...).
    NotPlace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeatureCue {
    Admin1,
    Admin2,
    Region,
    City,
    Town,
    Village,
    Neighbourhood,
    Street,
    Camp,
    /// A border's or a front's sector named after its town ("قطاع الطوال"): no agreement
    /// strong enough to make a common word a place, but a feature word a hand-kept place needs.
    Sector,
}

impl CueKind {
    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "in" => CueKind::In,
            "near" => CueKind::Near,
            "direction" => CueKind::Direction,
            "distance_unit" => CueKind::DistanceUnit,
            "not_place" => CueKind::NotPlace,
            "admin1" => CueKind::Feature(FeatureCue::Admin1),
            "admin2" => CueKind::Feature(FeatureCue::Admin2),
            "region" => CueKind::Feature(FeatureCue::Region),
            "city" => CueKind::Feature(FeatureCue::City),
            "town" => CueKind::Feature(FeatureCue::Town),
            "village" => CueKind::Feature(FeatureCue::Village),
            "neighbourhood" => CueKind::Feature(FeatureCue::Neighbourhood),
            "street" => CueKind::Feature(FeatureCue::Street),
            "camp" => CueKind::Feature(FeatureCue::Camp),
            "sector" => CueKind::Feature(FeatureCue::Sector),
            _ => return None,
        })
    }

    /// A cue strong enough to make a common word a place.
    pub fn licenses_common_word(self) -> bool {
        matches!(self, CueKind::Feature(_) | CueKind::Direction)
    }
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub words: Vec<String>,
    pub kind: CueKind,
    pub precision_hint: Option<u8>,
    /// A plural feature word (مدن، قرى: its note starts with "plural"): before a country's
    /// name it is that country's cities or villages ("مدن اليمن"), not a town of its name.
    pub plural: bool,
    /// A near word agreeing with the noun before it ("القريبة من": its note starts with
    /// "adjective"): the place after it is a reference point for that noun, and when the noun is
    /// no place (a site: "معبد بلقيس القريب من مدينة مأرب") the site lies at the town.
    pub adjective: bool,
    /// A word of a province or a region of a state ("إقليم": its note starts with "province"):
    /// a name the gazetteer lacks after it is a province of its own, never an area of a town.
    pub province: bool,
}

/// The parsed tables.
#[derive(Debug)]
pub struct Lexicon {
    /// Cues by their last word key.
    pub cues_by_last: HashMap<String, Vec<Cue>>,
    /// Common words (keys) that are places only after a cue.
    pub common: HashSet<String>,
    /// The common words with the article, without it (the key "شحن" for "الشحن"): whether a
    /// word with the article is common, asked of every new word without making that word.
    pub common_after_article: HashSet<String>,
    /// Given names (keys): a village/neighbourhood name starting with one needs a cue.
    pub given_names: HashSet<String>,
    /// The given names written with a final ى ("عيسى"): the others' keys are also words
    /// written with ى ("علي" is the key of the preposition "على").
    pub given_names_alif_maqsura: HashSet<String>,
    /// Adjectives ("متفرقة", "مجاورة") that never name a neighbourhood after حي/منطقة.
    pub adjectives: HashSet<String>,
    /// Places in the news whose name is also a common verb or noun ("حرض" incited, "حماة"
    /// protectors): a place only with a place context (any place cue, a locative proclitic, a
    /// place of the text close to it), not only after a feature cue as `common`.
    pub homographs: HashSet<String>,
    /// Nouns that refer back to a place named before ("المدينة", "البلاد", "العاصمة"): "شمال
    /// المدينة" is north of the city just named, not Medina; only a feature cue makes one a name
    /// ("منطقة الجزيرة").
    pub anaphors: HashSet<String>,
    /// A preposition with a pronoun that refers back to a noun before it ("بها", "فيها",
    /// "إليها"): after an area word, the word before it is the verb of a clause about the area
    /// ("منطقة يوجد بها", "ومنطقة أرسلت إليها تركيا تعزيزات"), not the area's name.
    pub resumptive: HashSet<String>,
    /// Grammar words and verbs that never stand in a place's name ("الذي", "كانت", "خلال",
    /// "تعرضت"): a neighbourhood's or an area's name ends before one ("حي الجحملية الذي يعتبر
    /// ...", "الوتدة كانت") and none opens with one ("محله هذا انتهاك", "محله" read as "محلة").
    pub grammar: HashSet<String>,
    /// Word key -> country ISO2 (demonym inflections, actor names, country names).
    pub country_words: HashMap<String, String>,
    /// Multi-word country context phrases (keys joined by a space) -> ISO2.
    pub country_phrases: Vec<(Vec<String>, String)>,
    /// Indices into `country_phrases` by first word.
    pub country_phrases_by_first: HashMap<String, Vec<usize>>,
    /// Word keys that make a sentence a sports report.
    pub sports: HashSet<String>,
    /// Frequent words that only look like a proclitic plus a place name ("وتيرة" is not و +
    /// تيرة, "كبيرا" not ك + بيرا): never split to find a name.
    pub unsplit: HashSet<String>,
    /// Phrases (word keys) inside which a place name is not a place: idioms ("على الصعيد",
    /// "صلاة المغرب") and organisations named after a place ("سرايا القدس").
    pub masks: Vec<Mask>,
    /// Indices into `masks` by first word.
    pub masks_by_first: HashMap<String, Vec<usize>>,
    /// Words of saying and asking (قال، أكد، سؤال): a quoted name told or asked
    /// ("قال لـ«الشرق الأوسط»") is an outlet.
    pub speech: HashSet<String>,
    /// Titles and roles before a person's name (المحلل، النائبة).
    pub titles: HashSet<String>,
    /// Words of lineage after a given name (بن، بنت): the name before is a person's.
    pub nasab: HashSet<String>,
    /// Family names of public figures whose given name is also a place's (دمرتاش after
    /// "صلاح الدين"): the place name right before one is the person's given name.
    pub surnames: HashSet<String>,
    /// Words for a country's capital (العاصمة): the country's adjective right after one
    /// ("العاصمة الأفغانية") names that capital.
    pub capital_words: HashSet<String>,
    /// Words for a town's or province's countryside (ريف): a place name that is also a common
    /// word ("حماة", protectors) told right after one ("بريف حماة") is told as a place.
    pub countryside: HashSet<String>,
    /// Words for a market (سوق): a town's name right after one, told in another town far from
    /// it right after ("سوق غامبورو (في مايدوغوري)"), names that town's market.
    pub market: HashSet<String>,
}

/// Why a phrase hides the place names inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaskKind {
    /// A fixed expression ("على الصعيد الميداني", "صلاة المغرب").
    Idiom,
    /// An organisation's name ("سرايا القدس", "منظمة الأمن والتعاون في أوروبا").
    Organisation,
}

/// A phrase that hides the place names inside it.
#[derive(Debug, Clone)]
pub struct Mask {
    /// Word keys; the first may carry proclitics in the text ("لسرايا القدس").
    pub words: Vec<String>,
    pub kind: MaskKind,
}

fn rows<'a>(
    path: &str,
    text: &'a str,
    format: &str,
    header: &str,
) -> Result<Vec<(usize, Vec<&'a str>)>, GeoDataError> {
    let mut lines = text.lines().enumerate();
    let first = lines.next().map(|(_, l)| l).unwrap_or("");
    if first.trim_end() != format {
        return Err(GeoDataError::Format {
            path: path.into(),
            expected: format.into(),
            found: first.into(),
        });
    }
    let ncols = header.split('\t').count();
    let mut out = Vec::new();
    let mut seen_header = false;
    for (i, line) in lines {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !seen_header {
            if line.trim_end() != header {
                return Err(GeoDataError::Header {
                    path: path.into(),
                    line: i + 1,
                    expected: header.into(),
                    found: line.into(),
                });
            }
            seen_header = true;
            continue;
        }
        let mut cells: Vec<&str> = line.split('\t').collect();
        if cells.len() > ncols || cells.is_empty() || cells[0].trim().is_empty() {
            return Err(GeoDataError::Value {
                path: path.into(),
                line: i + 1,
                what: format!("expected {ncols} columns"),
                value: line.into(),
            });
        }
        cells.resize(ncols, "");
        out.push((i + 1, cells));
    }
    Ok(out)
}

/// Validates every embedded table (format line, header, columns, values). Used by the tests.
pub fn validate_tables() -> Result<(), GeoDataError> {
    Lexicon::parse().map(|_| ())
}

impl Lexicon {
    pub fn global() -> &'static Lexicon {
        static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        L.get_or_init(|| Lexicon::parse().expect("embedded tables are validated by the tests"))
    }

    pub fn parse() -> Result<Lexicon, GeoDataError> {
        let [cues_t, common_t, countries_t, context_t, org_t] = TABLES;
        let mut cues_by_last: HashMap<String, Vec<Cue>> = HashMap::default();
        for (line, c) in rows(cues_t.0, cues_t.1, cues_t.2, cues_t.3)? {
            let kind = CueKind::parse(c[1]).ok_or_else(|| GeoDataError::Value {
                path: cues_t.0.into(),
                line,
                what: "unknown cue kind".into(),
                value: c[1].into(),
            })?;
            let precision_hint = if c[2].is_empty() {
                None
            } else {
                Some(c[2].parse().map_err(|_| GeoDataError::Value {
                    path: cues_t.0.into(),
                    line,
                    what: "bad precision_hint".into(),
                    value: c[2].into(),
                })?)
            };
            let words = name_words(c[0]);
            if let Some(last) = words.last() {
                cues_by_last.entry(last.clone()).or_default().push(Cue {
                    words: words.clone(),
                    kind,
                    precision_hint,
                    plural: c.get(3).is_some_and(|n| n.starts_with("plural")),
                    adjective: c.get(3).is_some_and(|n| n.starts_with("adjective")),
                    province: c.get(3).is_some_and(|n| n.starts_with("province")),
                });
            }
        }
        for v in cues_by_last.values_mut() {
            v.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        let mut common = HashSet::default();
        let mut given_names = HashSet::default();
        let mut given_names_alif_maqsura = HashSet::default();
        let mut adjectives = HashSet::default();
        let mut homographs = HashSet::default();
        let mut anaphors = HashSet::default();
        let mut unsplit = HashSet::default();
        let mut resumptive = HashSet::default();
        let mut grammar = HashSet::default();
        let mut masks = Vec::new();
        for (_, c) in rows(common_t.0, common_t.1, common_t.2, common_t.3)? {
            let k = rasd_text::key(c[0]);
            match c[1] {
                "unsplit" => {
                    unsplit.insert(k);
                }
                "resumptive" => {
                    resumptive.insert(k);
                }
                "grammar" => {
                    grammar.insert(k.clone());
                    common.insert(k);
                }
                "idiom" => masks.push(Mask {
                    words: name_words(c[0]),
                    kind: MaskKind::Idiom,
                }),
                "given_name" => {
                    if c[0].ends_with('ى') {
                        given_names_alif_maqsura.insert(k.clone());
                    }
                    given_names.insert(k);
                }
                "homograph" => {
                    homographs.insert(k);
                }
                "adjective" => {
                    adjectives.insert(k.clone());
                    common.insert(k);
                }
                "anaphor" => {
                    anaphors.insert(k.clone());
                    common.insert(k);
                }
                _ => {
                    common.insert(k);
                }
            }
        }
        let mut country_words = HashMap::default();
        let mut country_phrases = Vec::new();
        for (_, c) in rows(countries_t.0, countries_t.1, countries_t.2, countries_t.3)? {
            let iso = c[0].to_string();
            for d in c[8].split('|').filter(|s| !s.is_empty()) {
                let words = name_words(d);
                if words.len() != 1 {
                    continue;
                }
                let stem = words[0].strip_suffix('ي').unwrap_or(&words[0]).to_string();
                for suffix in ["ي", "يه", "يين", "يون", "يان", "يتين"] {
                    let f = format!("{stem}{suffix}");
                    country_words.insert(format!("ال{f}"), iso.clone());
                    country_words.insert(f, iso.clone());
                }
            }
        }
        for (_, c) in rows(context_t.0, context_t.1, context_t.2, context_t.3)? {
            let words = name_words(c[0]);
            if words.len() == 1 {
                country_words.insert(words[0].clone(), c[1].to_string());
            } else if !words.is_empty() {
                country_phrases.push((words, c[1].to_string()));
            }
        }
        let mut sports = HashSet::default();
        let mut speech = HashSet::default();
        let mut titles = HashSet::default();
        let mut nasab = HashSet::default();
        let mut surnames = HashSet::default();
        let mut capital_words = HashSet::default();
        let mut countryside = HashSet::default();
        let mut market = HashSet::default();
        for (line, c) in rows(org_t.0, org_t.1, org_t.2, org_t.3)? {
            match c[1] {
                "sports" => {
                    sports.insert(rasd_text::key(c[0]));
                }
                "speech" => {
                    speech.insert(rasd_text::key(c[0]));
                }
                "title" => {
                    titles.insert(rasd_text::key(c[0]));
                }
                "nasab" => {
                    nasab.insert(rasd_text::key(c[0]));
                }
                "surname" => {
                    surnames.insert(rasd_text::key(c[0]));
                }
                "capital" => {
                    capital_words.insert(rasd_text::key(c[0]));
                }
                "countryside" => {
                    countryside.insert(rasd_text::key(c[0]));
                }
                "market" => {
                    market.insert(rasd_text::key(c[0]));
                }
                "organisation" => masks.push(Mask {
                    words: name_words(c[0]),
                    kind: MaskKind::Organisation,
                }),
                _ => {
                    return Err(GeoDataError::Value {
                        path: org_t.0.into(),
                        line,
                        what: "unknown kind".into(),
                        value: c[1].into(),
                    })
                }
            }
        }
        masks.retain(|m| !m.words.is_empty());
        let mut masks_by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, m) in masks.iter().enumerate() {
            masks_by_first
                .entry(m.words[0].clone())
                .or_default()
                .push(i);
        }
        Ok(Lexicon {
            adjectives,
            homographs,
            anaphors,
            resumptive,
            grammar,
            sports,
            unsplit,
            speech,
            titles,
            nasab,
            surnames,
            capital_words,
            countryside,
            market,
            masks,
            masks_by_first,
            cues_by_last,
            common_after_article: (common.iter())
                .filter_map(|k| k.strip_prefix("ال").map(str::to_string))
                .collect(),
            common,
            given_names,
            given_names_alif_maqsura,
            country_words,
            country_phrases_by_first: {
                let mut m: HashMap<String, Vec<usize>> = HashMap::default();
                for (i, (words, _)) in country_phrases.iter().enumerate() {
                    m.entry(words[0].clone()).or_default().push(i);
                }
                m
            },
            country_phrases,
        })
    }
}
