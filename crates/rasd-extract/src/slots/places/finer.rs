//! The finer place a town locates: "قرية X بريف إدلب", "حي X بنجران", "بلدة X بالريف الشمالي
//! الشرقي لمدينة درعا": the village or district told right before the town is the incident's
//! most specific place (DESIGN.md: the most specific place the text ties to the event wins).

use rasd_text::{Span, TokenKind};

use super::{inside, sub_place};
use crate::mention::{starting_in, Context};

impl Context<'_> {
    /// The finer place told right before a place mention that it locates, at most
    /// [`LOCATING_WORDS`] words before with no punctuation and no list between ("قرية X بريف
    /// إدلب", "حي X بنجران", "بلدة X بالريف الشمالي الشرقي لمدينة درعا"): a sub-place the
    /// gazetteer lacks that the geocoder placed at this town, or a village, town or neighbourhood
    /// of the gazetteer in the same province.
    pub(super) fn finer_before(
        &self,
        p: &rasd_geo::PlaceMention,
    ) -> Option<&rasd_geo::PlaceMention> {
        if !matches!(
            p.feature.as_str(),
            "city" | "town" | "admin1" | "admin2" | "region"
        ) || p.relative
        {
            return None;
        }
        let first = self.doc.token_at(p.span.start)?;
        let toks = &self.doc.tokens;
        // (a list, "قرية X وإدلب", locates nothing)
        if toks[first].clitics.first() == Some(&"و") {
            return None;
        }
        let from = p.span.start.saturating_sub(LOCATING_CHARS);
        let before = starting_in(
            &self.places,
            |q| q.span.start,
            Span::new(from, p.span.start),
        );
        before.last().filter(|q| {
            let Some(last) = self.doc.last_token(q.span) else {
                return false;
            };
            // (a name set in marks ends at its closing mark: "في منطقة ( سلطان بيلي ) في
            // اسطنبول")
            let last = match toks.get(last + 1) {
                Some(t)
                    if sub_place(q) && matches!(self.doc.slice(t.span), ")" | "»" | "\"" | "”") =>
                {
                    last + 1
                }
                _ => last,
            };
            let finer = if sub_place(q) {
                // (after an area's word too: "في منطقة اكتشاي في ولاية شرناق", the town or
                // province right after it locating it)
                q.location.name == p.location.name && (q.settlement || q.area)
            } else if q.feature == "admin2" {
                // a district of the town's province ("منطقة دار سعد في عدن", "مديرية صرواح
                // بمحافظة مأرب"): finer than the province, and than a town it lies by (a
                // district of the city, not one that holds it far away)
                p.feature != "admin2"
                    && q.location.name != p.location.name
                    && inside(q, p)
                    && (!matches!(p.feature.as_str(), "city" | "town") || close(q, p))
            } else {
                matches!(q.feature.as_str(), "village" | "town" | "neighbourhood")
                    && q.feature != p.feature
                    && q.location.name != p.location.name
                    && inside(q, p)
            };
            finer
                && !q.relative
                && q.span.end <= p.span.start
                && first > last
                && first - last <= LOCATING_WORDS + 1
                // (only words that locate between: a preposition, a direction, a feature or
                // province word, "بريف", "في", "بالريف الشمالي الشرقي لمدينة"; with none, the
                // preposition glued to the town, "بنجران")
                && (last + 1..first).all(|i| {
                    toks[i].kind != TokenKind::Punct
                        && toks[i].clitics.first() != Some(&"و")
                        && PLACE_CUE_WORDS.contains(toks[i].stem())
                })
                && (first > last + 1 || toks[first].clitics.contains(&"ب"))
        })
    }
}

/// Keys of the one-word phrases of data/lexicon/places_cues.tsv, any kind (في، ريف، شمال،
/// مدينة، محافظة ...), and of their forms with the article.
pub(super) static PLACE_CUE_WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        rasd_lexicon::place_cues()
            .iter()
            .filter(|c| !c.phrase.contains(' '))
            .flat_map(|c| {
                let k = rasd_text::key(&c.phrase);
                [format!("ال{k}"), k]
            })
            .collect()
    });

/// How many words may stand between a finer place and the town that locates it
/// ([`Context::finer_before`]: "بالريف الشمالي الشرقي لمدينة").
const LOCATING_WORDS: usize = 4;
/// How many chars before a town the finer place it locates may start.
const LOCATING_CHARS: usize = 60;
/// How far from a town a district told right before it may lie to be a district of that town
/// ("دار سعد" 16 km from Aden's point).
const DISTRICT_KM: f64 = 30.0;

/// Whether district `q` lies within [`DISTRICT_KM`] of town `p`.
pub(super) fn close(q: &rasd_geo::PlaceMention, p: &rasd_geo::PlaceMention) -> bool {
    let (a, b) = (&q.location, &p.location);
    (a.lat.zip(a.lon).zip(b.lat.zip(b.lon)))
        .is_some_and(|(x, y)| rasd_geo::distance_km(x, y) <= DISTRICT_KM)
}
