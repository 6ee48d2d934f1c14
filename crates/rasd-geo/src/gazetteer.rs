//! The gazetteer: `data/gazetteer/places.tsv` (format "rasd-gazetteer 1"), embedded in the
//! binary and parsed once, plus its name index (normalized key of the first word -> names).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's hasher): fast for the short keys of the name index, where SipHash's
/// DoS resistance buys nothing (the keys are our own data).
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// The embedded gazetteer, derived by `scripts/build_gazetteer.py`.
pub const PLACES_TSV: &str = include_str!("../../../data/gazetteer/places.tsv");
/// The format line the loader accepts.
pub const FORMAT_LINE: &str = "# format: rasd-gazetteer 1";

const COLUMNS: [&str; 12] = [
    "id",
    "name_en",
    "names_ar",
    "feature",
    "country",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "population",
    "geonames_id",
    "source",
];

/// A data-file error, with the file, line (1-based) and offending value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoDataError {
    #[error("{path}: the first line must be `{expected}`, found `{found}`")]
    Format {
        path: String,
        expected: String,
        found: String,
    },
    #[error("{path}:{line}: header must be `{expected}`, found `{found}`")]
    Header {
        path: String,
        line: usize,
        expected: String,
        found: String,
    },
    #[error("{path}:{line}: {what}: `{value}`")]
    Value {
        path: String,
        line: usize,
        what: String,
        value: String,
    },
}

/// The feature class of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    Country,
    Admin1,
    Region,
    Admin2,
    City,
    Town,
    Village,
    Neighbourhood,
}

impl Feature {
    pub fn parse(s: &str) -> Option<Feature> {
        Some(match s {
            "country" => Feature::Country,
            "admin1" => Feature::Admin1,
            "region" => Feature::Region,
            "admin2" => Feature::Admin2,
            "city" => Feature::City,
            "town" => Feature::Town,
            "village" => Feature::Village,
            "neighbourhood" => Feature::Neighbourhood,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Admin1 => "admin1",
            Feature::Region => "region",
            Feature::Admin2 => "admin2",
            Feature::City => "city",
            Feature::Town => "town",
            Feature::Village => "village",
            Feature::Neighbourhood => "neighbourhood",
        }
    }

    /// A populated place (its own coordinates give ACLED precision 1).
    pub fn is_settlement(self) -> bool {
        matches!(
            self,
            Feature::City | Feature::Town | Feature::Village | Feature::Neighbourhood
        )
    }

    /// A populated place or a district: a place below a province.
    pub fn is_settlement_or_district(self) -> bool {
        self.is_settlement() || self == Feature::Admin2
    }

    /// ACLED geo_precision when the place itself is named.
    pub fn precision(self) -> u8 {
        match self {
            Feature::Country | Feature::Admin1 | Feature::Region => 3,
            Feature::Admin2 => 2,
            _ => 1,
        }
    }
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub name_en: &'static str,
    /// Arabic surface variants as written in the file.
    pub names_ar: Vec<&'static str>,
    pub feature: Feature,
    /// ISO 3166-1 alpha-2, empty for regions spanning countries (continents ...).
    pub country: &'static str,
    pub admin1: &'static str,
    pub admin2: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub geonames_id: Option<u64>,
    pub source: &'static str,
    /// [`hand_kept_source`] of `source`, read once when the place is parsed and again when a
    /// gazetteer is built (scoring asks for it for every candidate).
    hand: bool,
}

/// Whether a `source` cell names the hand-kept lists (countries.tsv, extra_places.tsv).
fn hand_kept_source(source: &str) -> bool {
    source.contains("extra:") || source.contains("countries.tsv")
}

impl Place {
    /// Whether the place comes from the hand-kept lists (countries.tsv, extra_places.tsv).
    pub fn hand_kept(&self) -> bool {
        self.hand
    }
}

/// One Arabic name of a place, split into word keys.
#[derive(Debug, Clone)]
pub struct NameEntry {
    /// Keys of the words after the first (the first is the index key), joined by one space
    /// (a word key holds none): one string per name, not one per word ([`NameEntry::rest`]).
    rest: String,
    pub place: u32,
    /// [`word_hash`] of the second word (0 for a one-word name): what the names of a first
    /// word are sorted by.
    pub second: u64,
    /// How many words `rest` holds.
    n_rest: u16,
}

impl NameEntry {
    /// Keys of the words after the first.
    pub fn rest(&self) -> impl Iterator<Item = &str> + '_ {
        // (an empty rest is no word)
        self.rest.split(' ').take(self.n_rest as usize)
    }

    /// How many words follow the first.
    pub fn rest_len(&self) -> usize {
        self.n_rest as usize
    }

    /// A one-word name.
    pub fn is_one_word(&self) -> bool {
        self.n_rest == 0
    }
}

/// A hash of a word key, fixed for the life of the process (the name index is sorted by it).
pub fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    BuildHasherDefault::<FxHasher>::default().hash_one(word)
}

/// The gazetteer and its name index.
#[derive(Debug)]
pub struct Gazetteer {
    pub places: Vec<Place>,
    /// Key of the first word of a name -> the names starting with it.
    index: FxHashMap<String, Vec<NameEntry>>,
    /// Longest name in words.
    pub max_words: usize,
    /// ISO2 -> index of the country's record.
    countries: FxHashMap<&'static str, u32>,
    /// ISO2 -> index of the country's capital (the city of the country whose English name is
    /// the capital of data/countries.tsv; the most populous of several).
    capitals: FxHashMap<&'static str, u32>,
}

/// The word keys of a name (split on spaces and hyphens).
pub fn name_words(name: &str) -> Vec<String> {
    split_name_key(&rasd_text::key(name))
        .map(str::to_string)
        .collect()
}

/// The words of a name's key ([`name_words`]).
fn split_name_key(key: &str) -> impl Iterator<Item = &str> {
    key.split([' ', '-', '\u{a0}']).filter(|w| !w.is_empty())
}

impl Gazetteer {
    /// Parses a places.tsv text. `path` only labels errors.
    pub fn parse(text: &'static str, path: &str) -> Result<Gazetteer, GeoDataError> {
        let mut lines = lines_of(text).enumerate();
        let first = lines.next().map(|(_, l)| l).unwrap_or("");
        if first.trim_end() != FORMAT_LINE {
            return Err(GeoDataError::Format {
                path: path.into(),
                expected: FORMAT_LINE.into(),
                found: first.into(),
            });
        }
        let mut places = Vec::with_capacity(60_000);
        let mut header_seen = false;
        for (i, line) in lines {
            let line_no = i + 1;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !header_seen {
                let expected = COLUMNS.join("\t");
                if line.trim_end() != expected {
                    return Err(GeoDataError::Header {
                        path: path.into(),
                        line: line_no,
                        expected,
                        found: line.into(),
                    });
                }
                header_seen = true;
                continue;
            }
            places.push(parse_row(line, path, line_no)?);
        }
        Ok(Gazetteer::from_places(places))
    }

    /// Builds the index over `places`.
    pub fn from_places(mut places: Vec<Place>) -> Gazetteer {
        for p in &mut places {
            p.hand = hand_kept_source(p.source);
        }
        // (each name's key, made once: `keys[pi][ni]` is that of `places[pi].names_ar[ni]`)
        let keys = add_bare_district_names(&mut places);
        let mut index: FxHashMap<String, Vec<NameEntry>> =
            FxHashMap::with_capacity_and_hasher(places.len(), Default::default());
        let mut max_words = 1;
        for (pi, keys) in keys.iter().enumerate() {
            for key in keys {
                // the words of `name_words`, read as slices of the name's key: a string is
                // made for a first word new to the index and for a longer name's rest only
                let mut words = split_name_key(key);
                let Some(first) = words.next() else {
                    continue;
                };
                let mut rest = String::new();
                let mut n_rest = 0usize;
                let mut second = 0;
                for w in words {
                    if n_rest == 0 {
                        second = word_hash(w);
                        // (at most what follows the first word in the key)
                        let first_end =
                            first.as_ptr() as usize - key.as_ptr() as usize + first.len();
                        rest.reserve_exact(key.len() - first_end);
                    } else {
                        rest.push(' ');
                    }
                    rest.push_str(w);
                    n_rest += 1;
                }
                max_words = max_words.max(n_rest + 1);
                let entry = NameEntry {
                    second,
                    rest,
                    place: pi as u32,
                    n_rest: u16::try_from(n_rest).unwrap_or(u16::MAX),
                };
                // (the place's names already indexed under this first word are the last ones
                // of its list: a place's name of the same words is indexed once)
                let names = match index.get_mut(first) {
                    Some(names) => names,
                    None => index.entry(first.to_string()).or_default(),
                };
                let repeated = (names.iter().rev())
                    .take_while(|e| e.place == pi as u32)
                    .any(|e| e.n_rest == entry.n_rest && e.rest == entry.rest);
                if !repeated {
                    names.push(entry);
                }
            }
        }
        // the one-word names first, then by the second word's hash: the names continuing with
        // a given word are found by binary search (`Geocoder::find_names`)
        for names in index.values_mut() {
            names.sort_by_key(|e| (!e.is_one_word(), e.second));
        }
        let countries = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.feature == Feature::Country)
            .map(|(i, p)| (p.country, i as u32))
            .collect();
        let mut capitals: FxHashMap<&'static str, u32> = FxHashMap::default();
        for (i, p) in places.iter().enumerate() {
            // (the country's record read for a city only: a capital is one)
            if p.feature != Feature::City {
                continue;
            }
            let capital = rasd_core::countries::country(p.country).map(|c| c.capital.as_str());
            if capital.is_none_or(|c| c.is_empty() || c != p.name_en) {
                continue;
            }
            let e = capitals.entry(p.country).or_insert(i as u32);
            if places[*e as usize].population < p.population {
                *e = i as u32;
            }
        }
        Gazetteer {
            places,
            index,
            max_words,
            countries,
            capitals,
        }
    }

    /// The gazetteer embedded in the binary, parsed once.
    pub fn global() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::parse(PLACES_TSV, "data/gazetteer/places.tsv")
                .expect("embedded places.tsv is validated by the test suite")
        })
    }

    /// Names whose first word has this key: the one-word names first, then the longer ones by
    /// the [`word_hash`] of their second word ([`NameEntry::second`]).
    pub fn names_starting(&self, first_key: &str) -> &[NameEntry] {
        self.index.get(first_key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn place(&self, i: u32) -> &Place {
        &self.places[i as usize]
    }

    /// Places having exactly this (multi-word) name key.
    pub fn lookup(&self, name: &str) -> Vec<u32> {
        let words = name_words(name);
        let Some((first, rest)) = words.split_first() else {
            return Vec::new();
        };
        let mut out: Vec<u32> = self
            .names_starting(first)
            .iter()
            .filter(|e| e.rest_len() == rest.len() && e.rest().eq(rest.iter().map(String::as_str)))
            .map(|e| e.place)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The capital city of the country of an ISO2 code.
    pub fn capital(&self, iso2: &str) -> Option<u32> {
        self.capitals.get(iso2).copied()
    }

    /// The country record (feature country) for an ISO2 code.
    pub fn country(&self, iso2: &str) -> Option<&Place> {
        self.countries.get(iso2).map(|&i| &self.places[i as usize])
    }
}

/// Names the sources give only behind a district word ("مديرية دار سعد", "ناحية جرف الصخر")
/// are names of the place bare too ("دار سعد"), as the news writes them after "في" or alone,
/// unless another place already bears the bare name (with or without the article): then the
/// bare words keep their own places. The district words are the one-word admin2 cues of
/// data/gazetteer/cues.tsv (مديرية، ناحية، قضاء). A bare name that common_words.tsv lists as a
/// common word ("مديرية صالة", "صالة" a hall; "مديرية شحن", "مناطق الشحن") stays behind its
/// district word; one it lists as a homograph ("مديرية نهم") is a place bare with place context.
/// Returns the key of every name of every place, the added ones included (`[place][name]`).
fn add_bare_district_names(places: &mut [Place]) -> Vec<Vec<String>> {
    fn bare(key: &str) -> Option<&str> {
        key.strip_prefix("ال").filter(|k| k.chars().count() >= 2)
    }
    use crate::lexicon::{CueKind, FeatureCue, Lexicon};
    let lex = Lexicon::global();
    let common = |key: &str| {
        let words = |k: &str| lex.common.contains(k) && !lex.homographs.contains(k);
        words(key) || bare(key).is_some_and(words)
    };
    let district_words: FxHashSet<&str> = (lex.cues_by_last.values())
        .flatten()
        .filter(|c| c.kind == CueKind::Feature(FeatureCue::Admin2) && c.words.len() == 1)
        .map(|c| c.words[0].as_str())
        .collect();
    let mut keys: Vec<Vec<String>> = (places.iter())
        .map(|p| p.names_ar.iter().map(|n| rasd_text::key(n)).collect())
        .collect();
    // (a district word with a space in it is compared with the first word's own key, for every
    // name; else only the names whose key starts with a district word and a space are)
    let spaced = district_words.iter().any(|w| w.contains(' '));
    // the bare names to add, found before any is added (a bare name added is not "named" for
    // another place's): the set borrows the keys, no key is copied into it
    let extra: Vec<(usize, &'static str, String)> = {
        let n_keys: usize = keys.iter().map(Vec::len).sum();
        let mut named: FxHashSet<&str> =
            FxHashSet::with_capacity_and_hasher(2 * n_keys, Default::default());
        for key in keys.iter().flatten() {
            if let Some(k) = bare(key) {
                named.insert(k);
            }
            named.insert(key);
        }
        let mut extra = Vec::new();
        for (pi, (p, keys)) in places.iter().zip(&keys).enumerate() {
            for (&n, name_key) in p.names_ar.iter().zip(keys) {
                let Some((first, rest)) = n.split_once(' ') else {
                    continue;
                };
                // (the district word first: most names start with none, and need no key of the
                // rest; the name's key is its first word's key, a space and the rest's, as the
                // key folds char by char, so the first word's key is computed only for a name
                // whose key starts with a district word and a space)
                let district = if spaced {
                    district_words.contains(rasd_text::key(first).as_str())
                } else {
                    (name_key.split_once(' '))
                        .is_some_and(|(head, _)| district_words.contains(head))
                        && district_words.contains(rasd_text::key(first).as_str())
                };
                if !district {
                    continue;
                }
                let key = rasd_text::key(rest);
                if key.is_empty()
                    || common(&key)
                    || named.contains(key.as_str())
                    || bare(&key).is_some_and(|k| named.contains(k))
                    || p.names_ar.contains(&rest)
                {
                    continue;
                }
                extra.push((pi, rest, key));
            }
        }
        extra
    };
    for (pi, rest, key) in extra {
        places[pi].names_ar.push(rest);
        keys[pi].push(key);
    }
    keys
}

/// The lines of `text`, as [`str::lines`] gives them, each end found by one memchr iterator
/// over the whole text (`lines` cost about 290 instructions a line, 56,000 lines at start-up).
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    // (the last line needs no line end)
    let last = (!b.is_empty() && b.last() != Some(&b'\n')).then_some(b.len());
    let mut from = 0;
    memchr::memchr_iter(b'\n', b).chain(last).map(move |end| {
        let line = &text[from..end];
        from = end + 1;
        // ("\r\n" ends a line as "\n" does; a last line's "\r" with no "\n" is kept)
        match b.get(end) {
            Some(b'\n') => line.strip_suffix('\r').unwrap_or(line),
            _ => line,
        }
    })
}

fn parse_row(line: &'static str, path: &str, line_no: usize) -> Result<Place, GeoDataError> {
    let err = |what: &str, value: &str| GeoDataError::Value {
        path: path.into(),
        line: line_no,
        what: what.into(),
        value: value.into(),
    };
    let mut c: [&'static str; COLUMNS.len()] = [""; COLUMNS.len()];
    let mut cells = 0;
    // (the tabs found by memchr: `split('\t')` costs a searcher's set-up and a compare per
    // cell, 700,000 cells at start-up; a tab is one byte, so its ends are char boundaries)
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\t', line.as_bytes()).chain(std::iter::once(line.len()));
    for i in ends {
        if let Some(slot) = c.get_mut(cells) {
            *slot = &line[from..i];
        }
        cells += 1;
        from = i + 1;
    }
    if cells != COLUMNS.len() {
        return Err(err(
            &format!("expected {} columns, found {}", COLUMNS.len(), cells),
            line,
        ));
    }
    let feature = Feature::parse(c[3]).ok_or_else(|| err("unknown feature", c[3]))?;
    let lat: f64 = c[7].parse().map_err(|_| err("bad lat", c[7]))?;
    let lon: f64 = c[8].parse().map_err(|_| err("bad lon", c[8]))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(err("coordinates out of range", &format!("{lat},{lon}")));
    }
    let population = if c[9].is_empty() {
        0
    } else {
        c[9].parse().map_err(|_| err("bad population", c[9]))?
    };
    let geonames_id = if c[10].is_empty() {
        None
    } else {
        Some(c[10].parse().map_err(|_| err("bad geonames_id", c[10]))?)
    };
    let names_ar: Vec<&'static str> = c[2].split('|').filter(|s| !s.is_empty()).collect();
    if names_ar.is_empty() {
        return Err(err("no Arabic name", c[0]));
    }
    Ok(Place {
        id: c[0],
        name_en: c[1],
        names_ar,
        feature,
        country: c[4],
        admin1: c[5],
        admin2: c[6],
        lat,
        lon,
        population,
        geonames_id,
        source: c[11],
        // (set by `from_places`, which every gazetteer is built through)
        hand: false,
    })
}

/// Great-circle distance in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    distance_km_cos(a, b, lat_cos(a.0), lat_cos(b.0))
}

/// The cosine of a latitude (degrees), as [`distance_km`] reads it.
pub(crate) fn lat_cos(lat: f64) -> f64 {
    lat.to_radians().cos()
}

/// [`distance_km`] with the cosines of the two latitudes given ([`lat_cos`]): a point compared
/// with many others has its cosine computed once, not once per pair (the same arithmetic, so
/// the same distance to the last bit).
pub(crate) fn distance_km_cos(a: (f64, f64), b: (f64, f64), cos_a: f64, cos_b: f64) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2) + cos_a * cos_b * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    /// What `add_bare_district_names` reads a name's first word's key off: the key of a name
    /// is the key of its first word, a space and the key of the rest (the key folds char by
    /// char), for every name of the embedded gazetteer with a space and for names I made up
    /// (a ligature, a diacritic, a tatweel, a no-break space in the first word).
    /// `lines_of` gives what `str::lines` gives.
    #[test]
    fn lines_of_is_lines() {
        for t in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\r\nb\r\n",
            "a\n\nb\r",
            "\r\n\r\n",
            "a\rb\n",
            "# format\nid\tx\n\n1\t2",
            super::PLACES_TSV,
        ] {
            let got: Vec<&str> = super::lines_of(t).collect();
            let want: Vec<&str> = t.lines().collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    #[test]
    fn a_names_key_is_its_first_words_key_a_space_and_the_rests() {
        let made_up = [
            "مديرية دار سعد",
            "مديريـة الـبـلـدة",
            "ناحيةُ ﻻم",
            "قضاء\u{a0}سنجار الغربي",
        ];
        let g = super::Gazetteer::global();
        let names = (g.places.iter()).flat_map(|p| p.names_ar.iter().copied());
        for n in names.chain(made_up) {
            let Some((first, rest)) = n.split_once(' ') else {
                continue;
            };
            let (f, r) = (rasd_text::key(first), rasd_text::key(rest));
            assert_eq!(rasd_text::key(n), format!("{f} {r}"), "{n:?}");
        }
    }
}
