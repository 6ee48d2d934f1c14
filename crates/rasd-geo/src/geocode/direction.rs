//! A name the word lists doubt (a common word: "دوما", "تربة") told right before a direction
//! and a place ("تسللوا إلى دوما جنوب نابلس", "في جبهة المخدرة شمال غرب مأرب"): the text
//! locates it by that place, so it is a place when its winner lies that way from the place,
//! near it ([`DIRECTION_KM`]): the anchor's direction is the agreeing cue it lacked.
//! A village the doubts leave out for want of a place nearby is one when its own country
//! follows it at once after "في" or a direction ("جبال قنديل في العراق"); and a town of
//! another country than the one told so right after it ("بمنطقة باكو الحدودية في جنوب شرقي
//! تركيا") is not that town.

use rasd_text::Document;

use super::{CountryCtx, FoundCue, Geocoder, RawMatch, Resolution, Scored};
use crate::gazetteer::{distance_km, Feature};
use crate::lexicon::CueKind;

/// How far from the place told after it a name located by a direction may lie, in km ("تربة
/// شمال حائل": 146 km, in the province of Ha'il).
const DIRECTION_KM: f64 = 150.0;
/// The least cosine between the direction told and the way from the anchor to the name (67.5
/// degrees either side: "شمال" takes north-west to north-east).
const DIRECTION_COS: f64 = 0.38;

/// The compass roots of the direction cues (data/gazetteer's `direction` cues are these words,
/// their adjectives and compounds): (root, north, east).
const COMPASS: [(&str, f64, f64); 4] = [
    ("شمال", 1.0, 0.0),
    ("جنوب", -1.0, 0.0),
    ("شرق", 0.0, 1.0),
    ("غرب", 0.0, -1.0),
];

/// The unit vector (north, east) a direction cue tells, if it tells one.
fn compass(cue: &FoundCue) -> Option<(f64, f64)> {
    let key = rasd_text::key(&cue.text);
    let (n, e) = (COMPASS.iter())
        .filter(|(root, _, _)| key.contains(root))
        .fold((0.0, 0.0), |(n, e), (_, dn, de)| (n + dn, e + de));
    let len = (n * n + e * e).sqrt();
    (len > 0.0).then(|| (n / len, e / len))
}

/// For name `i` rejected and the next name accepted right after it at once, its first cue
/// standing where name `i` ends and no distance told (a name of a list left out): name `i`'s
/// winner, the next name's winner and that cue, which locates name `i` by the next name.
fn next_at_once<'a>(
    doc: &Document,
    raws: &'a [RawMatch],
    res: &'a [Resolution],
    i: usize,
) -> Option<(&'a Scored, &'a Scored, &'a FoundCue)> {
    let (m, a) = (&raws[i], raws.get(i + 1)?);
    if res[i].rejected.is_none() || res[i + 1].rejected.is_some() || m.in_list || a.distance {
        return None;
    }
    let (w, anchor) = (res[i].ranked.first()?, res[i + 1].ranked.first()?);
    let first = a.cues.iter().min_by_key(|c| c.span.start)?;
    (doc.token_at(first.span.start) == Some(m.tok_end)).then_some((w, anchor, first))
}

impl Geocoder {
    /// Accepts a name rejected for want of an agreeing cue when the next name follows it at
    /// once after a direction cue, resolved to a settlement or a district, and the name's
    /// winner lies that way from it within [`DIRECTION_KM`]: the direction is its cue.
    pub(super) fn located_by_direction(
        &self,
        doc: &Document,
        raws: &[RawMatch],
        res: &mut [Resolution],
        ctx: &CountryCtx,
    ) {
        for i in 0..raws.len().saturating_sub(1) {
            // (a name of a list, "في منطقتي المنصور والشعلة غرب وشمال غرب بغداد على التوالي",
            // is left out: the directions may go with the names in turn)
            // the anchor's cues start right after the name, the first a direction
            let Some((w, anchor, first)) = next_at_once(doc, raws, res, i) else {
                continue;
            };
            if first.kind != CueKind::Direction {
                continue;
            }
            let m = &raws[i];
            let Some((dn, de)) = compass(first) else {
                continue;
            };
            let (p, q) = (self.gaz.place(w.place), self.gaz.place(anchor.place));
            if !p.feature.is_settlement() || !(q.feature.is_settlement_or_district()) {
                continue;
            }
            let km = distance_km((q.lat, q.lon), (p.lat, p.lon));
            let (vn, ve) = (p.lat - q.lat, (p.lon - q.lon) * q.lat.to_radians().cos());
            let len = (vn * vn + ve * ve).sqrt();
            if km > DIRECTION_KM || len == 0.0 || (vn * dn + ve * de) / len < DIRECTION_COS {
                continue;
            }
            // the other checks still hold, with the direction as its cue
            let mut told = m.clone();
            told.cues.push(first.clone());
            if self.reject(&told, w, ctx).is_none() {
                res[i].rejected = None;
                res[i].located = true;
            }
        }
    }

    /// Accepts a village or district rejected for want of a cue or of a place nearby when its
    /// own country follows it at once after "في" or a direction ("جبال قنديل في العراق",
    /// "معسكر زاركلي شمال العراق"): the text locates it in that country, which stands for the
    /// place nearby it lacked (the other checks still hold).
    pub(super) fn located_by_country(
        &self,
        doc: &Document,
        raws: &[RawMatch],
        res: &mut [Resolution],
        ctx: &CountryCtx,
    ) {
        for i in 0..raws.len().saturating_sub(1) {
            let m = &raws[i];
            // (not a word right after a place, which qualifies it: "زنجبار بأبين")
            if i > 0 && raws[i - 1].tok_end == m.tok_start && res[i - 1].rejected.is_none() {
                continue;
            }
            let Some((w, anchor, first)) = next_at_once(doc, raws, res, i) else {
                continue;
            };
            if !matches!(first.kind, CueKind::In | CueKind::Direction) {
                continue;
            }
            let (p, q) = (self.gaz.place(w.place), self.gaz.place(anchor.place));
            let minor = matches!(
                p.feature,
                Feature::Village | Feature::Neighbourhood | Feature::Town | Feature::Admin2
            );
            if !minor || q.feature != Feature::Country || p.country != q.country {
                continue;
            }
            let mut near = w.clone();
            near.support = near.support.max(1.0);
            if self.reject(m, &near, ctx).is_none() {
                res[i].rejected = None;
            }
        }
    }

    /// Rejects a town, district or province abroad told with a feature word when another
    /// country follows it after "في" or a direction, at once or after one definite word that qualifies it
    /// ("بمنطقة باكو الحدودية في جنوب شرقي تركيا": not Baku of Azerbaijan): the text locates
    /// it in that country, where its winner does not lie.
    pub(super) fn abroad_of_told_country(
        &self,
        doc: &Document,
        raws: &[RawMatch],
        res: &mut [Resolution],
    ) {
        for i in 0..raws.len().saturating_sub(1) {
            let (m, a) = (&raws[i], &raws[i + 1]);
            if res[i].rejected.is_some() || res[i + 1].rejected.is_some() || a.distance {
                continue;
            }
            let (Some(w), Some(anchor)) = (res[i].ranked.first(), res[i + 1].ranked.first()) else {
                continue;
            };
            let Some(first) = a.cues.iter().min_by_key(|c| c.span.start) else {
                continue;
            };
            if !matches!(first.kind, CueKind::In | CueKind::Direction) {
                continue;
            }
            let Some(cue_at) = doc.token_at(first.span.start) else {
                continue;
            };
            // (one word between, the name's definite adjective: "الحدودية", "الواقعة")
            let between_ok = cue_at == m.tok_end
                || cue_at == m.tok_end + 1
                    && doc.tokens[m.tok_end].kind == rasd_text::TokenKind::Word
                    && doc.tokens[m.tok_end].clitics == ["ال"];
            // (told with a feature word of its own, "بمنطقة باكو": a town named alone before
            // "في" or "داخل" may be where something came from, "صاروخ أطلق من غزة داخل
            // إسرائيل", or a state's capital standing for it, and the country the place of
            // another word)
            let featured = m.cues.iter().any(|c| matches!(c.kind, CueKind::Feature(_)));
            // (the country told bare: a feature word before it names a street or a quarter
            // called after it, "في مدينة الصدر في شارع فلسطين")
            let bare_country = !(a.cues.iter()).any(|c| matches!(c.kind, CueKind::Feature(_)));
            let (p, q) = (self.gaz.place(w.place), self.gaz.place(anchor.place));
            if !between_ok
                || !featured
                || !bare_country
                || matches!(p.feature, Feature::Country | Feature::Region)
                || q.feature != Feature::Country
                || p.country == q.country
            {
                continue;
            }
            res[i].rejected =
                Some("a place of another country than the one told right after it".into());
        }
    }
}
