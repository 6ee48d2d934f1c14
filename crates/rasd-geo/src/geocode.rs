//! Place mentions: matching gazetteer names over a document's tokens (clitic-aware,
//! leftmost-longest, multi-word, across `_` in hashtags), reading the cue words before them,
//! and disambiguating the candidates with document context.
//!
//! Matching (`Geocoder::find_names`): every word token is looked up with its proclitics
//! stripped, least stripping first (بغداد stays بغداد; بكركوك → كركوك; وللموصل → الموصل), and
//! without the article for names the sources store bare (الدبس ~ دبس); the longest name
//! starting there wins. A generic head word that is itself a cue (محافظة ديالى، ناحية الكرمة)
//! becomes the mention's cue. Cue words (data/gazetteer/cues.tsv) are read backwards from the
//! name: "على بعد 120 كلم شمال غربي", "في حي", "قرب".
//!
//! Disambiguation, in one place (`Geocoder::score`): every candidate place of a mention gets
//! - a prior from its feature class and population (a country's name, cities over villages),
//! - agreement with the cue word before it (محافظة → province, حي → neighbourhood, قرية → village),
//! - the country context of the document (countries, demonyms and actors named, places resolved
//!   unambiguously), as the share of that country in the context,
//! - closeness to the other places of the document (the admin hierarchy "داقوق جنوب كركوك",
//!   "جلولاء التابعة لمحافظة ديالى" is the closest case: adjacent mentions weigh more),
//!
//! resolved in two passes (priors and likeliest anchors first, then the first pass's winners).
//!
//! Acceptance (`Geocoder::reject`): a name that is also a common word, month, weekday or given
//! name (data/gazetteer/common_words.tsv) is a place only after an agreeing cue; a place in the
//! news whose name is also a verb or noun (kind `homograph`: حرض، حماة) or a short bare word
//! written with ه for ة (جده) only with place context (any cue, a locative proclitic, a list, a
//! place close by); a name right after a given name is a family name, and a title with a given
//! name ("الشيخ عبد الرحمن") looks like a person; a village or a
//! neighbourhood only the derived sources know needs a cue or a town nearby in the text, and
//! is dropped when the document is about another country; names after ريال/منتخب/صحيفة, city
//! names in sports reports and names after a nationality adjective ("الإسباني خوان روما") are
//! organisations or people.
//!
//! Precision (ACLED geo_precision): 1 a town, village or neighbourhood of the gazetteer; 2 a
//! place described relative to one ("جنوب كركوك", "قرب بيشاور", "120 كلم شمال بغداد"), an
//! admin2, or a neighbourhood/street the gazetteer lacks, resolved to the town the sentence ties
//! it to ("أحياء الوسطي ودوميز" in a Kirkuk report → Kirkuk, `Geocoder::sub_places`); 3 a
//! province, region or country.

use std::sync::{Arc, Mutex};

use rasd_text::{Document, Span, TokenKind};

use crate::gazetteer::{
    distance_km, distance_km_cos, lat_cos, word_hash, Feature, FxHashMap, Gazetteer, NameEntry,
};
use crate::lexicon::{Cue, CueKind, FeatureCue, Lexicon, MaskKind};

mod country;
mod direction;
mod explain;
mod names;
mod score;
mod sub_places;
mod words;
use country::{same_str, CountryCtx};
use words::*;

/// One place mention of a document, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Surface of the name without non-article proclitics ("بالموصل" -> "الموصل").
    pub span: Span,
    pub text: String,
    /// The cue word(s) before it (في، قرب، جنوب، حي، قرية، محافظة ...), as written.
    pub cue: Option<String>,
    /// A place described relative to this one ("120 كلم شمال بغداد", "جنوب كركوك", "قرب"):
    /// the anchor is kept, with precision 2 (3 for a country or province).
    pub relative: bool,
    /// A part of a country or province named by a direction alone ("في شمال العراق"): the
    /// place itself, not an anchor; the location's words take the direction.
    pub region: bool,
    pub location: rasd_core::Location,
    /// country / admin1 / admin2 / city / town / village / neighbourhood / region.
    pub feature: String,
    pub score: f32,
    /// A sub-place the gazetteer lacks named after a word of a settlement or a quarter
    /// (cues.tsv kinds village, town, neighbourhood: "قرية X", "بلدة X", "حي X"), not after an
    /// area's or a street's word, which clauses and phrases follow as often as names.
    pub settlement: bool,
    /// A sub-place the gazetteer lacks named after one area's word (cues.tsv kind region, not a
    /// plural: "منطقة X"), neither a common word nor a given name: a name only when the text
    /// locates it at once by its town or province ("في منطقة X في ولاية Y"; extraction's
    /// `finer_before`), since clauses follow the word as often as names.
    pub area: bool,
    /// A name the word lists doubt, made a place by the direction and the place told right
    /// after it, which it lies that way from ("دوما جنوب نابلس", `geocode/direction.rs`): the
    /// text locates it by that place.
    pub located: bool,
}

/// The geocoder: gazetteer plus lexicon.
#[derive(Debug)]
pub struct Geocoder {
    gaz: &'static Gazetteer,
    lex: &'static Lexicon,
    /// The [`WordInfo`]s computed so far, shared by the threads: a thread computes a key's info
    /// only when no thread has (each thread keeps its own index of them, [`Memo`]).
    shared: Mutex<FxHashMap<String, Arc<WordInfo>>>,
    /// What scoring reads of each place of the gazetteer, by place index.
    briefs: Box<[Brief]>,
    /// The countries of the places ([`Brief::country`]); the first is "" (none).
    countries: Box<[&'static str]>,
    /// The provinces (admin1 places) of the gazetteer as (country, name folded by
    /// [`score::fold_name`], place), sorted: a place whose province is one of them, far from
    /// the one told after it, lies outside that one, however close.
    provinces: Box<[(&'static str, String, u32)]>,
}

/// What scoring reads of a place, for every place side by side: a name shared by hundreds of
/// villages has every candidate's prior and country read (in the anchors, the scoring order
/// and both passes) without reading their records.
#[derive(Debug, Clone, Copy)]
struct Brief {
    /// [`Geocoder::prior`].
    prior: f32,
    /// Index into [`Geocoder::countries`]: 0 for none.
    country: u16,
    feature: Feature,
    /// [`is_anchor`].
    anchor: bool,
}

/// A cue found before a mention.
#[derive(Debug, Clone)]
struct FoundCue {
    kind: CueKind,
    text: String,
    span: Span,
    /// [`Cue::plural`](crate::lexicon::Cue::plural).
    plural: bool,
    /// [`Cue::adjective`](crate::lexicon::Cue::adjective).
    adjective: bool,
}

/// Where the words of a part of a region start ("في شمال غرب باكستان" -> at "شمال", without
/// the first word's proclitics): the direction cues (`cues` in text order) joined and right
/// before the name `name`, with only other cue words between ("شمال محافظة إدلب").
fn region_start(doc: &Document, cues: &[&FoundCue], name: Span) -> Option<usize> {
    let dirs: Vec<&FoundCue> = (cues.iter().copied())
        .filter(|c| c.kind == CueKind::Direction)
        .collect();
    let (first, last) = (dirs.first()?, dirs.last()?);
    let blank =
        |from: usize, to: usize| from <= to && doc.slice(Span::new(from, to)).trim().is_empty();
    if !dirs
        .windows(2)
        .all(|w| blank(w[0].span.end, w[1].span.start))
    {
        return None;
    }
    let mut pos = last.span.end;
    for c in cues.iter().filter(|c| c.span.start >= last.span.end) {
        if blank(pos, c.span.start) {
            pos = c.span.end.min(name.start);
        }
    }
    if !blank(pos, name.start) {
        return None;
    }
    let start = doc
        .token_at(first.span.start)
        .map_or(first.span.start, |t| {
            doc.tokens[t].stem_span.start.max(first.span.start)
        });
    Some(start)
}

/// A name matched in the text, before resolution.
#[derive(Debug, Clone)]
struct RawMatch {
    /// Token range of the name.
    tok_start: usize,
    tok_end: usize,
    span: Span,
    /// Key of the matched name (words joined by spaces).
    name_key: String,
    /// What the word lists say of `name_key` ([`Geocoder::name_lex`]), read by both passes.
    lex: NameLex,
    /// The text had the article and the gazetteer name lacks it (الدبس ~ دبس).
    article_dropped: bool,
    candidates: Vec<u32>,
    /// Candidates named by the name without its head cue word alone ("مدينة زنجبار": the
    /// Yemeni town "زنجبار" beside Zanzibar, whose full name is "مدينة زنجبار").
    split: Vec<u32>,
    cues: Vec<FoundCue>,
    /// The feature cue of the list the name stands in, told before its first name
    /// ([`Geocoder::list_cues`]): it licenses the name as a place, but does not score it.
    list_cue: Option<FoundCue>,
    /// A distance ("120 كلم") stood before the direction cue.
    distance: bool,
    /// The sentence is a sports report (names without a cue are teams).
    sports: bool,
    /// A nationality adjective stands right before ("الإسباني خوان روما": a person).
    after_demonym: bool,
    /// The country of the nationality adjective right after the name ("الساحل الكيني": KE).
    before_demonym: Option<&'static str>,
    /// The name alone in quotes, told or asked something ("قال لـ«الشرق الأوسط»"): an outlet.
    quoted_outlet: bool,
    /// Right after a title ("المحلل راين"): a person's name.
    after_title: bool,
    /// Right before a word of lineage ("الشيخ عثمان بن ناصر"): a person's name.
    before_nasab: bool,
    /// Right before a known family name ("صلاح الدين دمرتاش"): a person's given name.
    before_surname: bool,
    /// An indefinite word ending as a dual or a plural (ين، ان) right before an indefinite word
    /// of the same ending ("جسرين استراتيجيين"): a noun and its agreeing adjective.
    before_agreeing_adjective: bool,
    /// Right before a word with the article alone ending in ة ("المدينة القديمة"): the name is
    /// the head of a phrase, a noun and its adjective.
    before_definite_adjective: bool,
    /// Right after a given name ("ونائف الأشول"): a family name.
    after_given: bool,
    /// Written with ه where the gazetteer writes ة ("جده", "حماه"): also a noun with the pronoun
    /// "his" ("مع جده", with his grandfather).
    ha_for_ta: bool,
    /// Joined to another name by "و", a comma or a dash ("حلب وحماة"): a list of places.
    in_list: bool,
    /// Right after a word for a countryside ("بريف حماة", org_context kind `countryside`):
    /// told as a place, though "ريف" is no cue word.
    after_countryside: bool,
    /// The name stands alone in quotes.
    quoted: bool,
    /// Reached by stripping the comparative ك from a name without the article ("كروم" as ك +
    /// روم).
    bare_kaf: bool,
    /// Reached by stripping ب or ل from a word without the article right after one indefinite
    /// feature word ("منطقة باكسان" as ب + اكسان): the feature word takes its name with nothing
    /// between, so the word is rather the area's own name.
    after_feature_prep: bool,
    /// The name carries a locative preposition (بالقاهرة، لبغداد).
    clitic_prep: bool,
    /// The name lies inside an idiom or an organisation's name (data/gazetteer/common_words.tsv,
    /// org_context.tsv): not a place.
    masked: Option<MaskKind>,
}

/// What the word lists say of a name key (for [`Geocoder::reject`]): it depends on the key
/// alone, so it is looked up once per raw match, not once per pass.
#[derive(Debug, Clone, Copy, Default)]
struct NameLex {
    /// A common word (the key, without or with the article).
    common: bool,
    /// A word referring back to a place named before (the city, the country).
    anaphor: bool,
    /// A given name.
    given: bool,
    /// A place name that is also a common verb or noun (`homograph` rows): a place only with
    /// a place context.
    homograph: bool,
    /// Looks like a person's name: the key or its first word a given name, or عبد...
    person_like: bool,
}

/// What both resolution passes share: per mention its candidates in scoring order (`None`:
/// as they are), and the mentions its closeness is computed against ([`closest_names`], found
/// once for both passes).
struct Shared {
    orders: Vec<Option<Vec<u32>>>,
    /// Mention `i`'s closest mentions of the other names, by index:
    /// `closest[closest_at[i]..closest_at[i + 1]]`.
    /// Empty for a mention whose 40 scored candidates are all countries or regions (closeness
    /// reads nothing for it); only the mentions that may offer closeness an anchor (an anchor
    /// candidate that is no country or region) are kept.
    closest: Vec<usize>,
    closest_at: Vec<usize>,
    /// The mention that names the province or district a mention lies in, told right after it
    /// with its feature cue ("بني علي بمحافظة ذمار", [`containers`]).
    within: Vec<Option<usize>>,
    /// The mention that names the place a mention is told near, right after it with its near
    /// cue ("بلدة المزاريب قرب مدينة درعا", [`told_near`]).
    told_near: Vec<Option<usize>>,
    /// Whether a mention names a market: right after a word for a market ("سوق غامبورو",
    /// [`Geocoder::markets_named`]).
    market: Vec<bool>,
    /// The mention that names the town such a market is told in, right after it ("سوق
    /// غامبورو (في مايدوغوري)", [`Geocoder::markets_named`]).
    market_in: Vec<Option<usize>>,
    /// Scratch for [`Geocoder::resolve`]'s list of near anchors, kept from one mention to the
    /// next (no allocation per resolution).
    near: std::cell::RefCell<Vec<score::Near>>,
}

/// For each raw match, the next one when it names the province or district the first lies in:
/// it follows with nothing but its cue words between, one of them a feature word of a province
/// or a district, and no "و" joins them ("أرحب بمحافظة صنعاء", "النخيلة في مديرية المسيمير").
/// A province told near it ("مديرية المخادر القريبة من محافظة تعز", "قرب محافظة X") is a
/// reference point, not where it lies: no container.
fn containers(doc: &Document, raws: &[RawMatch]) -> Vec<Option<usize>> {
    let admin = |c: &FoundCue| {
        matches!(
            c.kind,
            CueKind::Feature(FeatureCue::Admin1 | FeatureCue::Admin2)
        )
    };
    // "تورا بورا وولاية هلمند", "مدينة عدن ومحافظة لحج": a list, not a province
    next_told_with(doc, raws, |cues| {
        cues.iter().any(admin) && !cues.iter().any(|c| c.kind == CueKind::Near)
    })
}

/// For each raw match, the next one when its cues are as `cues_fit` asks and it follows with
/// nothing but them between ([`follows_with_its_cues`]); neither masked.
fn next_told_with(
    doc: &Document,
    raws: &[RawMatch],
    cues_fit: impl Fn(&[FoundCue]) -> bool,
) -> Vec<Option<usize>> {
    (0..raws.len())
        .map(|i| {
            let (m, o) = (&raws[i], raws.get(i + 1)?);
            (m.masked.is_none()
                && o.masked.is_none()
                && cues_fit(&o.cues)
                && follows_with_its_cues(doc, m, o))
            .then_some(i + 1)
        })
        .collect()
}

/// Whether `o` follows `m` with nothing but its own cue words between, and no "و" or "ف"
/// joins them (a list of names, not one told of the other).
fn follows_with_its_cues(doc: &Document, m: &RawMatch, o: &RawMatch) -> bool {
    let Some(first) = o.cues.iter().map(|c| c.span.start).min() else {
        return false;
    };
    let joined = doc
        .token_at(first)
        .is_some_and(|t| doc.tokens[t].clitics.iter().any(|&c| c == "و" || c == "ف"));
    !joined && first >= m.span.end && doc.slice(Span::new(m.span.end, first)).trim().is_empty()
}

/// For each raw match, the next one when the first is told near it: it follows with nothing
/// but its cue words between, one of them a near word ("بلدة المزاريب قرب مدينة درعا"), and no
/// "و" joins them.
fn told_near(doc: &Document, raws: &[RawMatch]) -> Vec<Option<usize>> {
    next_told_with(doc, raws, |cues| {
        cues.iter().any(|c| c.kind == CueKind::Near)
    })
}

impl Geocoder {
    /// For each raw match, whether it names a market (right after a word for a market,
    /// org_context.tsv kind `market`: "سوق غامبورو"), and the next one when it names the town
    /// that market is in: it follows with nothing but "في" or a feature word of a town (or a
    /// glued "ب") between, in brackets or not, and no "و" joins them ("سوق غامبورو (في
    /// مايدوغوري)", "سوق X بمدينة Y"). (A street or a quarter named after a town, "شارع حلب في
    /// مدينة حماة", is a sub-place of the town it is told in already.)
    fn markets_named(&self, doc: &Document, raws: &[RawMatch]) -> (Vec<bool>, Vec<Option<usize>>) {
        let toks = &doc.tokens;
        let market: Vec<bool> = (raws.iter())
            .map(|m| {
                m.masked.is_none()
                    && m.tok_start > 0
                    && self.lex.market.contains(toks[m.tok_start - 1].stem())
            })
            .collect();
        let market_in = (0..raws.len())
            .map(|i| {
                let (m, o) = (&raws[i], raws.get(i + 1)?);
                if !market[i] || o.masked.is_some() {
                    return None;
                }
                let in_town = |c: &FoundCue| {
                    matches!(
                        c.kind,
                        CueKind::In | CueKind::Feature(FeatureCue::City | FeatureCue::Town)
                    )
                };
                let first = match o.cues.iter().map(|c| c.span.start).min() {
                    Some(first) if o.cues.iter().all(in_town) => first,
                    None if o.clitic_prep => o.span.start,
                    _ => return None,
                };
                let joined = doc
                    .token_at(first)
                    .is_some_and(|t| (toks[t].clitics.iter()).any(|&c| c == "و" || c == "ف"));
                let gap = doc.slice(Span::new(m.span.end, first.max(m.span.end)));
                (!joined && first >= m.span.end && matches!(gap.trim(), "" | "(")).then_some(i + 1)
            })
            .collect();
        (market, market_in)
    }
}

/// What closeness is computed against: for each raw match the places it may stand for (pass 1:
/// its likeliest anchors; pass 2: its winner).
struct Support {
    anchors: Vec<Vec<u32>>,
    /// Each mention's anchors that closeness reads (not a country or a region) with their
    /// coordinates, in anchor order: mention `j`'s are `points[points_at[j]..points_at[j + 1]]`
    /// (read once a pass, not once for every mention that has `j` among its closest).
    points: Vec<Point>,
    points_at: Vec<usize>,
    first_pass: bool,
    /// Keep the reasons of every score (for `explain`).
    trace: bool,
}

impl Support {
    fn new(geo: &Geocoder, anchors: Vec<Vec<u32>>, first_pass: bool, trace: bool) -> Self {
        let mut points = Vec::with_capacity(anchors.iter().map(Vec::len).sum());
        let mut points_at = Vec::with_capacity(anchors.len() + 1);
        points_at.push(0);
        for a in &anchors {
            for &oc in a {
                if matches!(geo.brief(oc).feature, Feature::Country | Feature::Region) {
                    continue;
                }
                let op = geo.gaz.place(oc);
                points.push(Point {
                    lat: op.lat,
                    lon: op.lon,
                    cos: lat_cos(op.lat),
                    place: oc,
                });
            }
            points_at.push(points.len());
        }
        Support {
            anchors,
            points,
            points_at,
            first_pass,
            trace,
        }
    }

    /// Mention `j`'s anchors that closeness reads, with their coordinates.
    fn points(&self, j: usize) -> &[Point] {
        &self.points[self.points_at[j]..self.points_at[j + 1]]
    }
}

/// An anchor place that closeness reads: its coordinates and the cosine of its latitude
/// ([`lat_cos`]: computed once a pass, not once for every candidate measured against it).
#[derive(Debug, Clone, Copy)]
struct Point {
    lat: f64,
    lon: f64,
    cos: f64,
    place: u32,
}

/// A sub-place the gazetteer does not know, tied to an anchor mention.
#[derive(Debug, Clone)]
struct SubPlace {
    span: Span,
    cue: String,
    /// Index of the anchor raw match.
    anchor: usize,
    feature: &'static str,
    /// Named after a settlement's or a quarter's word ([`PlaceMention::settlement`]).
    settlement: bool,
    /// Named after one area's word ([`PlaceMention::area`]).
    area: bool,
}

/// Why a candidate got its score.
#[derive(Debug, Clone, Default)]
struct Scored {
    place: u32,
    score: f32,
    reasons: Vec<(String, f32)>,
    /// Closeness bonus from other mentions (used for acceptance of villages).
    support: f32,
    /// The place of another mention that gave that bonus.
    support_from: Option<u32>,
    /// The bonus of lying inside the province or district told right after the name.
    inside: f32,
}

/// The outcome for one raw match.
#[derive(Debug, Clone)]
struct Resolution {
    /// The candidates best first: all of them when tracing (`explain`), else the winner alone.
    ranked: Vec<Scored>,
    rejected: Option<Reason>,
    /// Made a place by a direction and the place after it ([`PlaceMention::located`]).
    located: bool,
}

/// Why a resolution's winner is no place: most reasons are fixed texts, borrowed, not a string
/// allocated for every rejected name.
type Reason = std::borrow::Cow<'static, str>;

impl Default for Geocoder {
    fn default() -> Self {
        let gaz = Gazetteer::global();
        let mut countries: Vec<&'static str> = vec![""];
        let mut ids: FxHashMap<&'static str, u16> = FxHashMap::default();
        ids.insert("", 0);
        let briefs = (gaz.places.iter())
            .map(|p| {
                let country = *ids.entry(p.country).or_insert_with(|| {
                    countries.push(p.country);
                    u16::try_from(countries.len() - 1).expect("fewer countries than 65,536")
                });
                Brief {
                    prior: prior_of(p),
                    country,
                    feature: p.feature,
                    anchor: is_anchor(p),
                }
            })
            .collect();
        let mut provinces: Vec<(&'static str, String, u32)> = (gaz.places.iter().enumerate())
            .filter(|(_, p)| p.feature == Feature::Admin1)
            .map(|(i, p)| {
                let i = u32::try_from(i).expect("fewer places than 2^32");
                (p.country, score::fold_name(p.name_en), i)
            })
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        Geocoder {
            gaz,
            provinces: provinces.into(),
            lex: Lexicon::global(),
            shared: Mutex::default(),
            briefs,
            countries: countries.into(),
        }
    }
}

fn feature_prior(f: Feature) -> f32 {
    match f {
        Feature::Country => 3.0,
        Feature::Admin1 => 2.2,
        Feature::Region => 2.0,
        Feature::City => 2.2,
        Feature::Town => 1.4,
        Feature::Admin2 => 1.0,
        Feature::Neighbourhood => 0.8,
        Feature::Village => 0.4,
    }
}

/// Agreement of a feature cue with a candidate's feature: bonus (or penalty).
fn cue_agreement(cue: FeatureCue, f: Feature) -> f32 {
    use Feature as F;
    match cue {
        FeatureCue::Admin1 => match f {
            F::Admin1 | F::Region => 3.0,
            F::Country => -1.0,
            _ => -1.5,
        },
        FeatureCue::Admin2 => match f {
            F::Admin2 => 2.0,
            F::Town | F::City => 1.5,
            F::Village => 0.5,
            _ => -1.0,
        },
        // "منطقة الرباط" in a report from Lahij is an area of that name, not a country's capital:
        // an area word before a name leans away from the big cities
        FeatureCue::Region => match f {
            F::Region | F::Admin1 | F::Admin2 => 1.0,
            F::Country => -0.5,
            F::City => -0.5,
            _ => 0.3,
        },
        FeatureCue::City => match f {
            F::City | F::Town => 2.5,
            F::Village | F::Neighbourhood => 1.0,
            _ => -1.5,
        },
        FeatureCue::Town => match f {
            F::Town | F::Village | F::City => 2.0,
            F::Admin2 => 0.5,
            _ => -1.0,
        },
        FeatureCue::Village => match f {
            F::Village | F::Town => 2.5,
            F::Neighbourhood => 1.0,
            _ => -1.5,
        },
        FeatureCue::Neighbourhood => match f {
            F::Neighbourhood => 2.5,
            F::Village | F::Town => 0.8,
            _ => -1.5,
        },
        FeatureCue::Camp => match f {
            F::Village | F::Town | F::Neighbourhood => 1.5,
            _ => -0.5,
        },
        FeatureCue::Street => 0.0,
        // (below the agreement that makes a common word a place: "قطاع الجيش" is the army's
        // sector, no village; a town of the sector's name leans its way)
        FeatureCue::Sector => match f {
            F::Town | F::City => 0.5,
            F::Village => 0.0,
            _ => -0.5,
        },
    }
}

/// The place each resolution chose, unless it was rejected.
fn winners(res: &[Resolution]) -> Vec<Option<u32>> {
    res.iter()
        .map(|r| match r.rejected {
            None => r.ranked.first().map(|s| s.place),
            Some(_) => None,
        })
        .collect()
}

/// How far (in tokens) another place name still counts as context for a mention's closeness.
const NEAR_WINDOW: usize = 400;

/// A place that can anchor others (context and closeness): not a bare village or a
/// neighbourhood that only the derived sources know.
/// Feature and population prior of a place: the first three terms of its score
/// ([`Geocoder::score`]), added in the same order.
fn prior_of(p: &crate::gazetteer::Place) -> f32 {
    let pop = if p.population > 0 {
        0.3 * ((p.population as f32) + 1.0).log10()
    } else {
        0.0
    };
    feature_prior(p.feature) + pop + if p.hand_kept() { 0.5 } else { 0.0 }
}

fn is_anchor(p: &crate::gazetteer::Place) -> bool {
    match p.feature {
        Feature::Village => p.hand_kept(),
        Feature::Neighbourhood => p.hand_kept(),
        _ => true,
    }
}

fn is_word(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Word)
}

impl Geocoder {
    /// The geocoder over the embedded gazetteer, built once.
    pub fn global() -> &'static Geocoder {
        static G: std::sync::OnceLock<Geocoder> = std::sync::OnceLock::new();
        G.get_or_init(Geocoder::default)
    }

    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gaz
    }

    /// All place mentions of the document, disambiguated with the document as context.
    pub fn mentions(&self, doc: &Document) -> Vec<PlaceMention> {
        self.with_words(doc, |words| self.mentions_of(doc, words))
    }

    /// [`Geocoder::mentions`] and [`Geocoder::country_words`] of the document, its words looked
    /// up once.
    pub fn mentions_and_country_words(
        &self,
        doc: &Document,
    ) -> (Vec<PlaceMention>, Vec<(&'static str, Span)>) {
        self.with_words(doc, |words| {
            (
                self.mentions_of(doc, words),
                self.country_words_of(doc, words),
            )
        })
    }

    fn mentions_of(&self, doc: &Document, words: &[&WordInfo]) -> Vec<PlaceMention> {
        let (raws, res) = self.run(doc, words, false);
        let mut out: Vec<PlaceMention> = raws
            .iter()
            .zip(res.iter())
            .filter(|(_, r)| r.rejected.is_none() && !r.ranked.is_empty())
            .map(|(m, r)| PlaceMention {
                located: r.located,
                ..self.to_mention(doc, m, &r.ranked[0])
            })
            .collect();
        let subs = self.sub_places(doc, words, &raws, &res);
        // a mention overlapping a sub-place gives way to it: the sub-places by start, with the
        // furthest end so far, answer by binary search (a scan of them all per mention was
        // quadratic in a long document)
        let mut by_start: Vec<(usize, usize)> =
            subs.iter().map(|sp| (sp.span.start, sp.span.end)).collect();
        by_start.sort_unstable();
        let mut furthest = Vec::with_capacity(by_start.len());
        let mut end = 0;
        for &(_, e) in &by_start {
            end = end.max(e);
            furthest.push(end);
        }
        out.retain(|m| {
            let k = by_start.partition_point(|&(s, _)| s < m.span.end);
            !(k > 0 && furthest[k - 1] > m.span.start)
        });
        for sp in &subs {
            out.push(self.sub_place_mention(doc, sp, &raws, &res));
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// A resolved name that is likely a local area elsewhere: a minor place of another country
    /// than the document's.
    fn doubtful(&self, m: &RawMatch, r: &Resolution) -> bool {
        let Some(w) = r.ranked.first() else {
            return true;
        };
        let p = self.gaz.place(w.place);
        let _ = m;
        !p.hand_kept()
            && matches!(
                p.feature,
                Feature::Village | Feature::Neighbourhood | Feature::Town
            )
            && w.support < 1.0
    }

    /// The countries the document is about, by weight (country names, demonyms such as
    /// "الباكستاني", actors such as "البيشمركة", and the resolved places), heaviest first. For
    /// a record whose sentence names no place: the first entry is the likeliest country.
    pub fn countries(&self, doc: &Document) -> Vec<(String, f32)> {
        let ctx = self.with_words(doc, |words| {
            let (raws, res) = self.run(doc, words, false);
            let winners = winners(&res);
            let base = self.word_context(doc, words);
            self.country_context(&base, &raws, Some(&winners))
        });
        let mut v: Vec<(String, f32)> = ctx
            .weights
            .into_iter()
            .map(|(c, w)| (c.to_string(), w))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    /// The words of the document that tie it to a country without naming a place: demonyms
    /// ("الباكستانية"), country-bound actors and institutions ("البيشمركة"), and country context
    /// phrases, each with its span, in text order. For an incident whose sentence names no
    /// place, they say which country the story is about.
    pub fn country_words(&self, doc: &Document) -> Vec<(String, Span)> {
        let words = self.with_words(doc, |words| self.country_words_of(doc, words));
        (words.into_iter())
            .map(|(c, span)| (c.to_string(), span))
            .collect()
    }

    fn country_words_of(&self, doc: &Document, words: &[&WordInfo]) -> Vec<(&'static str, Span)> {
        let mut out = Vec::new();
        let toks = &doc.tokens;
        for (i, (t, w)) in toks.iter().zip(words).enumerate() {
            if !is_word(t.kind) {
                continue;
            }
            if let Some(c) = w.country_word {
                out.push((c, t.span));
                continue;
            }
            if let Some((words, c)) = self.country_phrases_at(toks, i, w).next() {
                out.push((c.as_str(), t.span.cover(toks[i + words.len() - 1].span)));
            }
        }
        out
    }

    /// Convenience: analyze `text` and return its place mentions.
    pub fn mentions_in_text(&self, text: &str) -> Vec<PlaceMention> {
        self.mentions(&Document::analyze(text))
    }

    fn to_mention(&self, doc: &Document, m: &RawMatch, s: &Scored) -> PlaceMention {
        let p = self.gaz.place(s.place);
        let relative = m.distance
            || m.cues
                .iter()
                .any(|c| matches!(c.kind, CueKind::Direction | CueKind::Near));
        let street = m
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Feature(FeatureCue::Street));
        let base = p.feature.precision();
        let precision = if (relative || street) && base < 2 {
            2
        } else {
            base
        };
        let admin1 = match p.feature {
            Feature::Admin1 => Some(p.name_en.to_string()),
            _ if p.admin1.is_empty() => None,
            _ => Some(p.admin1.to_string()),
        };
        let admin2 = match p.feature {
            Feature::Admin2 => Some(p.name_en.to_string()),
            _ if p.admin2.is_empty() => None,
            _ => Some(p.admin2.to_string()),
        };
        // the cue words in text order
        let mut cues: Vec<&FoundCue> = m.cues.iter().collect();
        cues.sort_by_key(|c| c.span.start);
        let cue = match (cues.first(), cues.last()) {
            (Some(first), Some(last)) => Some(doc.slice(first.span.cover(last.span)).to_string()),
            _ => None,
        };
        // "في شمال غرب باكستان": a part of a country or province (no distance given) is the
        // place the text names; the record's words take the direction with the name
        let named = if base == 3 && !m.distance {
            region_start(doc, &cues, m.span).map_or(m.span, |start| Span::new(start, m.span.end))
        } else {
            m.span
        };
        let region = named != m.span;
        PlaceMention {
            span: m.span,
            text: doc.slice(m.span).to_string(),
            cue,
            relative: relative && !region,
            region,
            location: rasd_core::Location {
                name: p.name_en.to_string(),
                text: doc.slice(named).to_string(),
                span: [named.start, named.end],
                country: (!p.country.is_empty()).then(|| p.country.to_string()),
                admin1,
                admin2,
                lat: Some(p.lat),
                lon: Some(p.lon),
                geonames_id: p.geonames_id,
                precision: Some(precision),
                where_said: false,
            },
            feature: p.feature.as_str().to_string(),
            // (the bonus of lying inside the province told after it chooses among homonyms; it
            // does not make the mention likelier than the others of its sentence)
            score: s.score - s.inside,
            settlement: false,
            area: false,
            located: false,
        }
    }

    /// Matching and two-pass resolution.
    fn run(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        trace: bool,
    ) -> (Vec<RawMatch>, Vec<Resolution>) {
        let raws = self.find_names(doc, words);
        // the context words of the document are the same in both passes
        let base = self.word_context(doc, words);
        // pass 1: priors and document country context from names and unambiguous places;
        // each other name offers its five likeliest anchor places
        let ctx1 = self.country_context(&base, &raws, None);
        let anchors1: Vec<Vec<u32>> = raws
            .iter()
            .map(|m| {
                if m.masked.is_some() {
                    return Vec::new();
                }
                let mut scored: Vec<(f32, u32)> = (m.candidates.iter())
                    .filter(|&&c| self.brief(c).anchor)
                    .map(|&c| (self.prior(c), c))
                    .collect();
                scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                scored.truncate(5);
                scored.into_iter().map(|(_, c)| c).collect()
            })
            .collect();
        let name_ids: Vec<usize> = {
            let mut ids: FxHashMap<&str, usize> =
                FxHashMap::with_capacity_and_hasher(raws.len(), Default::default());
            raws.iter()
                .map(|m| {
                    let n = ids.len();
                    *ids.entry(m.name_key.as_str()).or_insert(n)
                })
                .collect()
        };
        let tok_starts: Vec<usize> = raws.iter().map(|m| m.tok_start).collect();
        let orders: Vec<Option<Vec<u32>>> = raws.iter().map(|m| self.scoring_order(m)).collect();
        // whether closeness is read for a mention: one of its 40 scored candidates (the first 40
        // of its scoring order) is no country or region (`score` gives those none)
        let reads_near: Vec<bool> = (raws.iter().zip(&orders))
            .map(|(m, o)| {
                (o.as_deref().unwrap_or(&m.candidates).iter().take(40))
                    .any(|&c| !matches!(self.brief(c).feature, Feature::Country | Feature::Region))
            })
            .collect();
        // the mentions that may offer closeness an anchor in either pass (pass 1 reads some of
        // their anchor candidates, pass 2 their winner, one of them): one that is no country or
        // region
        let offers: Vec<bool> = raws
            .iter()
            .map(|m| {
                m.candidates.iter().any(|&c| {
                    let b = self.brief(c);
                    b.anchor && !matches!(b.feature, Feature::Country | Feature::Region)
                })
            })
            .collect();
        // (by index, as the passes read them)
        let (closest, closest_at) = closest_all_of(&tok_starts, &name_ids, &reads_near, &offers);
        let (market, market_in) = self.markets_named(doc, &raws);
        let shared = Shared {
            orders,
            closest,
            closest_at,
            within: containers(doc, &raws),
            told_near: told_near(doc, &raws),
            market,
            market_in,
            near: Default::default(),
        };
        let sup1 = Support::new(self, anchors1, true, trace);
        let own1 = self.contexts_without_own(&ctx1, &raws, None, &name_ids);
        let mut res: Vec<Resolution> = raws
            .iter()
            .enumerate()
            .map(|(i, m)| {
                self.resolve_homonym(i, m, &raws, &ctx1, own1[i].as_ref(), &sup1, &shared)
            })
            .collect();
        // pass 2: with the first pass's winners as context
        let winners = winners(&res);
        let ctx2 = self.country_context(&base, &raws, Some(&winners));
        let own2 = self.contexts_without_own(&ctx2, &raws, Some(&winners), &name_ids);
        // (a homograph that only its countryside made a place, "بريف حماة", is no anchor of
        // closeness, as it was none before: the countryside spreads over its province, and the
        // villages told in it lie anywhere there)
        let sup2 = Support::new(
            self,
            (winners.iter().zip(&raws))
                .map(|(w, m)| {
                    let countryside = m.after_countryside && m.lex.homograph;
                    w.filter(|&c| self.brief(c).anchor && !countryside)
                        .into_iter()
                        .collect()
                })
                .collect(),
            false,
            trace,
        );
        res = raws
            .iter()
            .enumerate()
            .map(|(i, m)| {
                self.resolve_homonym(i, m, &raws, &ctx2, own2[i].as_ref(), &sup2, &shared)
            })
            .collect();
        self.check_list_cues(&raws, &mut res, &ctx2);
        self.far_from_kin(&raws, &mut res, &shared, &sup2, &name_ids);
        self.located_by_direction(doc, &raws, &mut res, &ctx2);
        self.located_by_country(doc, &raws, &mut res, &ctx2);
        self.abroad_of_told_country(doc, &raws, &mut res);
        (raws, res)
    }

    /// A name that only its list's cue makes a place is one when the name before it, whose
    /// cue it took, is a place of the same country ("في منطقة الحصن والزاوية" in an Iraqi
    /// report: not Zawiya of Libya when "الحصن" is no place).
    fn check_list_cues(&self, raws: &[RawMatch], res: &mut [Resolution], ctx: &CountryCtx) {
        for i in 1..raws.len() {
            let m = &raws[i];
            if m.list_cue.is_none() || res[i].rejected.is_some() {
                continue;
            }
            let Some(w) = res[i].ranked.first() else {
                continue;
            };
            let alone = RawMatch {
                list_cue: None,
                ..m.clone()
            };
            let Some(why) = self.reject(&alone, w, ctx) else {
                continue;
            };
            let prev = &res[i - 1];
            let same_country = prev.rejected.is_none()
                && prev.ranked.first().is_some_and(|p| {
                    self.gaz.place(p.place).country == self.gaz.place(w.place).country
                });
            if !same_country {
                res[i].rejected = Some(
                    format!(
                        "{why} (its list's cue is no help: the name before it is no place of its country)"
                    )
                    .into(),
                );
            }
        }
    }

    /// Feature and population prior of a place ([`prior_of`]).
    fn prior(&self, c: u32) -> f32 {
        self.brief(c).prior
    }

    fn brief(&self, c: u32) -> Brief {
        self.briefs[c as usize]
    }

    /// The country of a place ("" for none).
    fn country_of(&self, c: u32) -> &'static str {
        self.countries[self.brief(c).country as usize]
    }
}

/// Whether the name of tokens `i..=last` stands alone in quotes ("«الشرق الأوسط»").
fn quoted(doc: &Document, i: usize, last: usize) -> bool {
    let quote = |j: usize| (doc.tokens.get(j)).is_some_and(|t| t.kind == TokenKind::Quote);
    i > 0 && quote(i - 1) && quote(last + 1)
}

/// Whether token key `tk` (with its word info) is `w`, possibly with proclitics when `first`
/// (و، ف، ب، ل).
fn strip_key_matches(tk: &str, info: &WordInfo, w: &str, first: bool) -> bool {
    if tk == w {
        return true;
    }
    first && info.variants.iter().any(|v| !v.dropped && v.key == w)
}

/// Start (original chars) of token `i` after `prefix` key chars.
fn strip_prefix_span(doc: &Document, i: usize, prefix: usize) -> usize {
    let t = &doc.tokens[i];
    if prefix == 0 {
        return t.span.start;
    }
    let surface = doc.slice(t.span);
    let norm = rasd_text::normalize_key(surface);
    t.span.start + norm.orig_span(prefix, norm.key_len()).start
}

/// Whether a token's proclitics are a preposition (ب، ل، ك) followed by the article ("بالتفجير",
/// "للمدينة").
fn preposition_and_article(clitics: &[&str]) -> bool {
    clitics
        .windows(2)
        .any(|w| rasd_text::is_preposition(w[0]) && w[1] == "ال")
}

#[cfg(test)]
mod tests;
