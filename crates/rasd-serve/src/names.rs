//! Arabic names for the Arabic view: of places and provinces from the gazetteer
//! (`data/gazetteer/places.tsv`, through rasd-geo), of actors from
//! `crates/rasd-serve/data/actor_names_ar.tsv` (one display name for each name of
//! `data/lexicon/actors.tsv`), and the way back, from a name typed in Arabic to the English names
//! the store holds (the `admin1` and `actor` filters).
//!
//! The records name places and actors in English (ACLED's convention); this module only looks
//! names up in those tables. Province names come in several spellings in the gazetteer's admin1
//! column ("Ninawa", "Nineveh"): each spelling takes the Arabic name of the admin1 record of the
//! same name (exactly, or once diacritics, the article and punctuation are set aside), and
//! `crates/rasd-serve/data/admin1_names_ar.tsv` names the spellings no admin1 record carries
//! (and those whose record puts a former name first).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use rasd_geo::{Feature, Gazetteer, Place};
use unicode_normalization::UnicodeNormalization;

/// One Arabic display name for each actor name (`name\tname_ar`).
pub const ACTOR_NAMES_TSV: &str = include_str!("../data/actor_names_ar.tsv");
/// The Arabic names of the admin1 spellings that match no admin1 record
/// (`country\tadmin1\tname_ar`).
pub const ADMIN1_NAMES_TSV: &str = include_str!("../data/admin1_names_ar.tsv");

/// The rows of a hand-kept names table: `# ` comment lines first, then the header, then rows of
/// exactly as many cells, sorted by their first cells (byte order), none repeated.
pub fn parse_table(name: &str, text: &str, header: &[&str]) -> Result<Vec<Vec<String>>, String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        let at = || format!("{name}:{}", i + 1);
        if line.starts_with('#') && !seen_header {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if !seen_header {
            if cells != header {
                return Err(format!(
                    "{}: the header must be {:?}",
                    at(),
                    header.join("\t")
                ));
            }
            seen_header = true;
            continue;
        }
        if cells.len() != header.len() || cells.iter().any(|c| c.trim() != *c || c.is_empty()) {
            return Err(format!(
                "{}: expected {} non-empty cells without outer spaces: {line:?}",
                at(),
                header.len()
            ));
        }
        let row: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
        let key = &row[..header.len() - 1];
        if let Some(prev) = rows.last() {
            if prev[..header.len() - 1] >= *key {
                return Err(format!(
                    "{}: rows must be sorted and unique: {line:?}",
                    at()
                ));
            }
        }
        rows.push(row);
    }
    if !seen_header {
        return Err(format!("{name}: no header"));
    }
    Ok(rows)
}

/// Whether a string holds an Arabic letter (then a filter value is looked up as Arabic).
pub fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// The key an Arabic name is compared by: the lexicon's matching key (no diacritics or tatweel;
/// alef, ya and ta marbuta folded), spaces collapsed.
fn ar_key(s: &str) -> String {
    rasd_lexicon::match_key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key a Latin province spelling is compared by: no diacritics, lower case, no leading
/// article ("Al-", "As ", "Ash "), letters only, no final h ("Al-Basrah" = "Basra").
fn latin_key(s: &str) -> String {
    let plain: String = s
        .nfkd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .collect::<String>()
        .to_lowercase();
    let mut rest = plain.as_str();
    for article in [
        "al", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "el", "ath",
    ] {
        if let Some(r) = rest.strip_prefix(article) {
            if r.starts_with([' ', '-']) {
                rest = r;
                break;
            }
        }
    }
    let mut key: String = rest.chars().filter(char::is_ascii_lowercase).collect();
    if key.len() > 3 && key.ends_with('h') {
        key.pop();
    }
    key
}

/// A province spelling: its country, the spelling the store holds, its Arabic display name and
/// every Arabic key it answers to.
#[derive(Debug)]
struct Province {
    country: &'static str,
    name: &'static str,
    name_ar: String,
    keys: Vec<String>,
}

/// The names tables, built once.
#[derive(Debug)]
pub struct ArabicNames {
    gazetteer: &'static Gazetteer,
    /// (country, English name) -> places of the gazetteer.
    places: HashMap<(&'static str, &'static str), Vec<u32>>,
    /// (country, English admin1 spelling) -> index into `provinces`.
    province_of: HashMap<(&'static str, &'static str), usize>,
    provinces: Vec<Province>,
    /// English actor name -> Arabic display name.
    actors: BTreeMap<String, String>,
    /// English actor name -> the keys it answers to (its display name and lexicon phrases).
    actor_keys: BTreeMap<String, BTreeSet<String>>,
    /// First words of administrative names ("محافظة", "ولاية"), as keys.
    admin_words: BTreeSet<String>,
}

impl ArabicNames {
    /// The tables of this binary, built on first use (the gazetteer parse: call it from a
    /// blocking thread, or warm it at start).
    pub fn global() -> &'static ArabicNames {
        static NAMES: OnceLock<ArabicNames> = OnceLock::new();
        NAMES.get_or_init(|| {
            ArabicNames::build(Gazetteer::global(), ACTOR_NAMES_TSV, ADMIN1_NAMES_TSV)
                .expect("the embedded names tables are validated by the test suite")
        })
    }

    /// Builds the tables over a gazetteer and the two hand-kept tables.
    pub fn build(
        gazetteer: &'static Gazetteer,
        actor_tsv: &str,
        admin1_tsv: &str,
    ) -> Result<ArabicNames, String> {
        let admin_words: BTreeSet<String> = rasd_geo::lexicon::Lexicon::global()
            .cues_by_last
            .values()
            .flatten()
            .filter(|c| {
                c.words.len() == 1
                    && matches!(
                        c.kind,
                        rasd_geo::lexicon::CueKind::Feature(
                            rasd_geo::lexicon::FeatureCue::Admin1
                                | rasd_geo::lexicon::FeatureCue::Admin2
                                | rasd_geo::lexicon::FeatureCue::Region
                        )
                    )
            })
            .map(|c| ar_key(&c.words[0]))
            .collect();
        let mut names = ArabicNames {
            gazetteer,
            places: HashMap::new(),
            province_of: HashMap::new(),
            provinces: Vec::new(),
            actors: BTreeMap::new(),
            actor_keys: BTreeMap::new(),
            admin_words,
        };
        for (i, p) in gazetteer.places.iter().enumerate() {
            names
                .places
                .entry((p.country, p.name_en))
                .or_default()
                .push(i as u32);
        }
        names.build_provinces(admin1_tsv)?;
        for row in parse_table("actor_names_ar.tsv", actor_tsv, &["name", "name_ar"])? {
            let [name, ar]: [String; 2] = row.try_into().map_err(|_| "two cells")?;
            names
                .actor_keys
                .entry(name.clone())
                .or_default()
                .insert(ar_key(&ar));
            names.actors.insert(name, ar);
        }
        for a in rasd_lexicon::actors() {
            if let Some(keys) = names.actor_keys.get_mut(&a.name) {
                keys.insert(ar_key(&a.phrase));
            }
        }
        Ok(names)
    }

    fn build_provinces(&mut self, admin1_tsv: &str) -> Result<(), String> {
        let g = self.gazetteer;
        let overrides: HashMap<(String, String), String> = parse_table(
            "admin1_names_ar.tsv",
            admin1_tsv,
            &["country", "admin1", "name_ar"],
        )?
        .into_iter()
        .map(|r| ((r[0].clone(), r[1].clone()), r[2].clone()))
        .collect();
        // the admin1 records of each country, by exact and by Latin key
        let mut exact: HashMap<(&str, &str), Vec<&Place>> = HashMap::new();
        let mut by_key: HashMap<(&str, String), Vec<&Place>> = HashMap::new();
        for p in g.places.iter().filter(|p| p.feature == Feature::Admin1) {
            exact.entry((p.country, p.name_en)).or_default().push(p);
            by_key
                .entry((p.country, latin_key(p.name_en)))
                .or_default()
                .push(p);
        }
        // every spelling: the admin1 column's and the admin1 records' own names
        let mut spellings: BTreeSet<(&'static str, &'static str)> = BTreeSet::new();
        for p in &g.places {
            if !p.admin1.is_empty() {
                spellings.insert((p.country, p.admin1));
            }
            if p.feature == Feature::Admin1 {
                spellings.insert((p.country, p.name_en));
            }
        }
        for (country, name) in spellings {
            let (name_ar, keys) =
                if let Some(ar) = overrides.get(&(country.to_string(), name.to_string())) {
                    (ar.clone(), vec![ar_key(ar)])
                } else if let Some(records) = exact
                    .get(&(country, name))
                    .or_else(|| by_key.get(&(country, latin_key(name))))
                {
                    // the variants of every record of that name, in file order
                    let mut variants: Vec<&str> = Vec::new();
                    for v in records.iter().flat_map(|p| &p.names_ar) {
                        if !variants.contains(v) {
                            variants.push(v);
                        }
                    }
                    (
                        self.display(&variants),
                        variants.iter().map(|n| ar_key(n)).collect(),
                    )
                } else {
                    continue;
                };
            self.province_of
                .insert((country, name), self.provinces.len());
            self.provinces.push(Province {
                country,
                name,
                name_ar,
                keys,
            });
        }
        Ok(())
    }

    /// The name to show among a place's Arabic variants: the first that does not start with an
    /// administrative word ("كركوك" rather than "محافظة كركوك"), written with its hamzas and
    /// ta marbuta when a variant of the same key has them ("الضفة الغربية", not "الضفه
    /// الغربيه"); when every variant starts with such a word, the first without it.
    fn display(&self, variants: &[&str]) -> String {
        let starts_admin = |v: &str| {
            let mut words = v.split_whitespace();
            let first = words.next().map(ar_key).unwrap_or_default();
            self.admin_words.contains(&first) && words.next().is_some()
        };
        let Some(chosen) = variants.iter().find(|v| !starts_admin(v)) else {
            let first = variants.first().copied().unwrap_or("");
            return first
                .split_once(' ')
                .map_or(first, |(_, rest)| rest.trim())
                .to_string();
        };
        let key = ar_key(chosen);
        let marked = |v: &str| v.chars().filter(|c| "أإآةى".contains(*c)).count();
        variants
            .iter()
            .filter(|v| ar_key(v) == key)
            .fold(
                chosen,
                |best, v| if marked(v) > marked(best) { v } else { best },
            )
            .to_string()
    }

    /// The Arabic name of a place the store holds by its English name, country and province,
    /// the gazetteer record nearest its coordinates when several share the name.
    pub fn place(
        &self,
        name: &str,
        country: Option<&str>,
        admin1: Option<&str>,
        at: Option<(f64, f64)>,
    ) -> Option<String> {
        let ids = self.places.get(&(country.unwrap_or(""), name))?;
        let g = self.gazetteer;
        let score = |p: &Place| {
            let same_admin1 = admin1.is_some_and(|a| p.admin1 == a || p.name_en == a);
            let km = at.map_or(0.0, |at| rasd_geo::distance_km(at, (p.lat, p.lon)));
            (!same_admin1, km)
        };
        let best = ids.iter().map(|&i| g.place(i)).min_by(|a, b| {
            score(a)
                .partial_cmp(&score(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        Some(self.display(&best.names_ar)).filter(|s| !s.is_empty())
    }

    /// The Arabic name of a province spelling of a country.
    pub fn admin1(&self, country: Option<&str>, name: &str) -> Option<&str> {
        let i = self.province_of.get(&(country.unwrap_or(""), name))?;
        Some(self.provinces[*i].name_ar.as_str())
    }

    /// The Arabic display name of an actor name.
    pub fn actor(&self, name: &str) -> Option<&str> {
        self.actors.get(name).map(String::as_str)
    }

    /// The province spellings a filter value stands for: for Arabic, the provinces (of
    /// `country`, if given) one of whose names is the value (or, failing that, contains it);
    /// for a known spelling, every spelling of the same province. None: not a known province
    /// (an English value is then compared as given).
    pub fn admin1_spellings(&self, value: &str, country: Option<&str>) -> Option<Vec<String>> {
        let in_country = |p: &&Province| country.is_none_or(|c| p.country == c);
        let chosen: Vec<&Province> = if is_arabic(value) {
            let key = ar_key(value);
            let exact: Vec<&Province> = self
                .provinces
                .iter()
                .filter(in_country)
                .filter(|p| p.keys.contains(&key))
                .collect();
            if exact.is_empty() && key.chars().count() >= 2 {
                self.provinces
                    .iter()
                    .filter(in_country)
                    .filter(|p| p.keys.iter().any(|k| k.contains(&key)))
                    .collect()
            } else {
                exact
            }
        } else {
            self.provinces
                .iter()
                .filter(in_country)
                .filter(|p| p.name == value)
                .collect()
        };
        if chosen.is_empty() {
            return is_arabic(value).then(Vec::new);
        }
        // every spelling of the chosen provinces' Arabic names, in the same countries
        let same: BTreeSet<(&str, &str)> = chosen
            .iter()
            .map(|p| (p.country, p.name_ar.as_str()))
            .collect();
        let out: BTreeSet<String> = self
            .provinces
            .iter()
            .filter(|p| same.contains(&(p.country, p.name_ar.as_str())))
            .map(|p| p.name.to_string())
            .collect();
        Some(out.into_iter().collect())
    }

    /// The actor names an Arabic filter value stands for: those whose Arabic name or one of
    /// whose lexicon phrases contains it (`Some(empty)` when none does). None for a value with
    /// no Arabic letter (compared with the English names as given).
    pub fn actor_names(&self, value: &str) -> Option<Vec<String>> {
        if !is_arabic(value) {
            return None;
        }
        let key = ar_key(value);
        Some(
            self.actor_keys
                .iter()
                .filter(|(_, keys)| keys.iter().any(|k| k.contains(&key)))
                .map(|(name, _)| name.clone())
                .collect(),
        )
    }

    /// Every actor name of the table (for its test against the lexicon).
    pub fn actor_table(&self) -> &BTreeMap<String, String> {
        &self.actors
    }

    /// The province spellings of the gazetteer that have no Arabic name, with the number of
    /// places that carry each (for the test that keeps the table complete).
    pub fn unnamed_provinces(&self) -> Vec<((String, String), usize)> {
        let mut n: BTreeMap<(String, String), usize> = BTreeMap::new();
        for p in &self.gazetteer.places {
            if !p.admin1.is_empty() && !self.province_of.contains_key(&(p.country, p.admin1)) {
                *n.entry((p.country.to_string(), p.admin1.to_string()))
                    .or_default() += 1;
            }
        }
        n.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> &'static ArabicNames {
        ArabicNames::global()
    }

    #[test]
    fn every_actor_name_of_the_lexicon_has_one_arabic_name() {
        let lexicon: BTreeSet<&str> = rasd_lexicon::actors()
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        let table: BTreeSet<&str> = names().actor_table().keys().map(String::as_str).collect();
        let missing: Vec<_> = lexicon.difference(&table).collect();
        let unknown: Vec<_> = table.difference(&lexicon).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "actor_names_ar.tsv: add {missing:?}, remove {unknown:?}"
        );
        assert!(names().actor_table().values().all(|v| is_arabic(v)));
        assert_eq!(
            names().actor("International coalition"),
            Some("التحالف الدولي")
        );
        assert_eq!(names().actor("Iraqi police"), Some("الشرطة العراقية"));
    }

    #[test]
    fn every_province_spelling_of_the_gazetteer_is_named() {
        // a spelling only one place carries is usually a town misfiled as a province
        let unnamed: Vec<_> = names()
            .unnamed_provinces()
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .collect();
        assert!(unnamed.is_empty(), "admin1_names_ar.tsv lacks {unnamed:?}");
        let cases = [
            ("IQ", "Kirkuk", "كركوك"),
            ("IQ", "Ninawa", "نينوى"),
            ("IQ", "Nineveh", "نينوى"),
            ("IQ", "Sala ad-Din", "صلاح الدين"),
            ("IQ", "Salahuddin", "صلاح الدين"),
            // the article and the final h set aside
            ("IQ", "Al-Basrah", "البصرة"),
            // diacritics set aside
            ("SY", "Ḩimş", "حمص"),
            // two records of one name: the variant without "محافظة"
            ("IQ", "Halabja", "حلبجة"),
            ("YE", "Sana'a", "صنعاء"),
            // every variant starts with "ولاية": the name without it
            ("AF", "Kandahar Province", "قندهار"),
            ("PS", "West Bank", "الضفة الغربية"),
            ("PK", "Khyber Pakhtunkhwa", "خيبر بختونخوا"),
        ];
        for (country, name, ar) in cases {
            assert_eq!(names().admin1(Some(country), name), Some(ar), "{name}");
        }
        assert_eq!(names().admin1(Some("IQ"), "Atlantis"), None);
    }

    #[test]
    fn places_take_the_gazetteer_name_of_the_nearest_record() {
        let n = names();
        let place = |name, c, a, at| n.place(name, Some(c), a, at);
        assert_eq!(
            place("Daquq", "IQ", Some("Kirkuk"), None).as_deref(),
            Some("داقوق")
        );
        assert_eq!(
            place("Mosul", "IQ", Some("Ninawa"), None).as_deref(),
            Some("الموصل")
        );
        assert_eq!(place("Iraq", "IQ", None, None).as_deref(), Some("العراق"));
        // two records named Quetta: the one at the coordinates
        let a = place("Quetta", "PK", None, Some((30.18, 66.99)));
        assert!(matches!(a.as_deref(), Some("كويته" | "كويتا")), "{a:?}");
        assert_eq!(n.place("Daquq", Some("SY"), None, None), None);
    }

    #[test]
    fn arabic_filter_values_stand_for_the_english_names() {
        let n = names();
        assert_eq!(
            n.admin1_spellings("نينوى", Some("IQ")),
            Some(vec!["Ninawa".to_string(), "Nineveh".to_string()])
        );
        // alef and ta marbuta folded, the administrative word part of a variant
        assert_eq!(
            n.admin1_spellings("محافظه كركوك", None),
            Some(vec!["Kirkuk".to_string()])
        );
        // an English spelling finds the province's other spellings
        assert_eq!(
            n.admin1_spellings("Nineveh", None),
            Some(vec!["Ninawa".to_string(), "Nineveh".to_string()])
        );
        assert_eq!(n.admin1_spellings("Nowhere", None), None);
        assert_eq!(n.admin1_spellings("لامكان", None), Some(vec![]));
        assert_eq!(n.admin1_spellings("كركوك", Some("SY")), Some(vec![]));
        let daesh = n.actor_names("داعش").unwrap();
        assert!(daesh.contains(&"Islamic State".to_string()), "{daesh:?}");
        assert_eq!(
            n.actor_names("التحالف الدولي"),
            Some(vec!["International coalition".to_string()])
        );
        assert_eq!(n.actor_names("coalition"), None);
        assert_eq!(n.actor_names("لاأحد"), Some(vec![]));
    }

    #[test]
    fn malformed_tables_are_refused_with_file_and_line() {
        let h = ["name", "name_ar"];
        assert!(parse_table("t", "# c\nname\tname_ar\nA\tأ\nB\tب\n", &h).is_ok());
        for (bad, why) in [
            ("name\tar\n", ":1: the header"),
            ("name\tname_ar\nB\tب\nA\tأ\n", ":3: rows must be sorted"),
            ("name\tname_ar\nA\tأ\nA\tب\n", ":3: rows must be sorted"),
            ("name\tname_ar\nA\n", ":2: expected 2"),
            ("name\tname_ar\nA\t أ\n", ":2: expected 2"),
        ] {
            let err = parse_table("t", bad, &h).unwrap_err();
            assert!(err.contains(why), "{bad:?}: {err}");
        }
    }
}
