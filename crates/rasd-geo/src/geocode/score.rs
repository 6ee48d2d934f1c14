//! Resolving a name: its candidates in scoring order, each scored against the document (prior,
//! cue agreement, country context, closeness to the other names), and the reasons a winner is
//! rejected (a common word, a given name, a minor place abroad ...).

use super::*;

/// A province's name folded to plain lower-case letters without the article, so that two
/// sources' spellings of one province compare equal ("Al-Anbar" and "Anbar", "Ta`izz" and
/// "Taʻizz").
pub(super) fn fold_name(s: &str) -> String {
    let plain: String = (s.chars())
        .filter_map(|c| {
            let c = match c {
                'ā' | 'á' | 'à' | 'â' | 'Ā' => 'a',
                'ḑ' | 'ḍ' | 'Ḑ' | 'Ḍ' => 'd',
                'ḩ' | 'ḥ' | 'Ḩ' | 'Ḥ' => 'h',
                'ī' | 'í' | 'Ī' => 'i',
                'ū' | 'ú' | 'Ū' => 'u',
                'ţ' | 'ṭ' | 'Ţ' | 'Ṭ' => 't',
                'ş' | 'ṣ' | 'Ş' | 'Ṣ' => 's',
                'ẓ' | 'Ẓ' => 'z',
                c => c,
            };
            c.is_ascii_alphabetic().then(|| c.to_ascii_lowercase())
        })
        .collect();
    match plain.strip_prefix("al") {
        Some(rest) if rest.len() > 2 => rest.to_string(),
        _ => plain,
    }
}

/// How far apart two sources' records of one province may lie (their centroids differ).
const SAME_PROVINCE_KM: f64 = 50.0;

/// The score a candidate gains when it lies inside the province or district told right after
/// its name.
const INSIDE: f32 = 3.0;

/// How far a town may lie from the town or district it is told near ("قرب مدينة درعا").
const NEAR_KM: f64 = 100.0;

/// How far the place a market is named after may lie from the town it is told in: farther, it
/// is a market of that town named after a place ("سوق غامبورو في مايدوغوري"; a city's own
/// quarters lie within it).
const MARKET_KM: f64 = 50.0;

/// Under this share of the document's country context a winner's country is one the story does
/// not tell; over `HOME_SHARE` a country is the story's own.
const ABROAD_SHARE: f32 = 0.1;
const HOME_SHARE: f32 = 0.5;

/// A city of this many people is told for itself wherever the story lies (the envoy's talks "في
/// القاهرة" in a story of Yemen, whose Taiz has an al-Qahira).
const METROPOLIS: u64 = 2_000_000;

/// The closeness a namesake in the story's country needs to be taken for a town abroad (another
/// place of the story within 75 km).
const HOME_SUPPORT: f32 = 1.5;

/// The first of the best of `scored` under `rank` (best first), as a stable sort puts first.
fn first_best(
    scored: impl Iterator<Item = Scored>,
    rank: impl Fn(&Scored, &Scored) -> std::cmp::Ordering,
) -> Option<Scored> {
    scored.reduce(|best, s| match rank(&s, &best) {
        std::cmp::Ordering::Less => s,
        _ => best,
    })
}

/// An anchor place of a mention close to the one resolved, as closeness reads it.
pub(super) struct Near {
    lat: f64,
    lon: f64,
    /// The cosine of its latitude ([`lat_cos`]).
    cos: f64,
    place: u32,
    /// The two mentions stand within three tokens of each other.
    adjacent: bool,
}

impl Geocoder {
    /// The candidates of a mention in the order they are scored: closeness is computed for the
    /// 40 likeliest (a name shared by hundreds of hamlets stays cheap); the others keep their
    /// prior.
    pub(super) fn scoring_order(&self, m: &RawMatch) -> Option<Vec<u32>> {
        if m.candidates.len() <= 40 {
            return None;
        }
        let mut scored: Vec<(f32, u32)> =
            m.candidates.iter().map(|&c| (self.prior(c), c)).collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        Some(scored.into_iter().map(|(_, c)| c).collect())
    }

    pub(super) fn resolve(
        &self,
        idx: usize,
        m: &RawMatch,
        raws: &[RawMatch],
        ctx: &CountryCtx,
        sup: &Support,
        shared: &Shared,
    ) -> Resolution {
        let order = shared.orders[idx].as_deref().unwrap_or(&m.candidates);
        let closest = &shared.closest[shared.closest_at[idx]..shared.closest_at[idx + 1]];
        // the anchors of the closest mentions that closeness reads (not a country or a region),
        // with their coordinates, in order of index then anchor: read once here, not once per
        // candidate
        // (none when no scored candidate reads them: `closest` is then empty; the list is
        // `shared`'s scratch, given back at the end)
        let mut near: Vec<Near> = shared.near.take();
        near.clear();
        for &j in closest {
            let points = sup.points(j);
            if points.is_empty() || j == idx {
                continue;
            }
            let o = &raws[j];
            let adjacent = o.tok_start <= m.tok_end + 3 && m.tok_start <= o.tok_end + 3;
            near.extend(points.iter().map(
                |&Point {
                     lat,
                     lon,
                     cos,
                     place,
                 }| Near {
                    lat,
                    lon,
                    cos,
                    place,
                    adjacent,
                },
            ));
        }
        // the province or district the name lies in, told right after it: its admin anchors
        // (most names have none: no list made for them)
        let within: Vec<u32> = match shared.within[idx] {
            None => Vec::new(),
            Some(j) => (sup.anchors[j].iter().copied())
                .filter(|&c| matches!(self.brief(c).feature, Feature::Admin1 | Feature::Admin2))
                .collect(),
        };
        // the town or district the name is told near, right after it: its anchors
        let near_to = self.near_to(idx, shared, sup);
        let market_in = self.market_in(idx, shared, sup);
        let score_at = |k: usize, c: u32| {
            let near: &[Near] = if k < 40 { &near } else { &[] };
            let mut s = self.score(m, c, ctx, sup, near);
            if within.iter().any(|&a| self.inside(c, a)) {
                s.score += INSIDE;
                s.inside = INSIDE;
                if sup.trace {
                    s.reasons
                        .push(("inside the province told after it".into(), INSIDE));
                }
            }
            s
        };
        let scored = order.iter().enumerate().map(|(k, &c)| score_at(k, c));
        // best first: the higher score, then the lower id
        let rank = |a: &Scored, b: &Scored| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| self.gaz.place(a.place).id.cmp(self.gaz.place(b.place).id))
        };
        let mut ranked: Vec<Scored> = if sup.trace {
            let mut ranked: Vec<Scored> = scored.collect();
            ranked.sort_by(rank);
            ranked
        } else {
            // only the winner is read outside `explain`: the first of the best, as the stable
            // sort puts first
            first_best(scored, rank).into_iter().collect()
        };
        // a town abroad, of a country the story does not tell, while the name has a namesake in
        // the story's own country: the namesake when another place of the story lies near it,
        // else no place ("الرباط" in a story of Aden is not Rabat, Morocco)
        let mut abroad: Option<Reason> = None;
        // (the first pass only leaves such a town out: there two names' likely namesakes would
        // support each other)
        let home = ranked
            .first()
            .and_then(|w| self.home_country(m, w.place, ctx));
        if let Some(home) = home {
            let best = first_best(
                (order.iter().enumerate())
                    .filter(|&(_, &c)| {
                        same_str(self.countries[self.brief(c).country as usize], home)
                    })
                    .map(|(k, &c)| score_at(k, c)),
                rank,
            );
            match best {
                Some(mut h) if !sup.first_pass && (h.support >= HOME_SUPPORT || h.inside > 0.0) => {
                    if sup.trace {
                        h.reasons.push((
                            "the story's country's namesake of a town abroad".into(),
                            0.0,
                        ));
                        ranked.retain(|s| s.place != h.place);
                    } else {
                        ranked.clear();
                    }
                    ranked.insert(0, h);
                }
                _ => {
                    abroad = Some(
                        format!(
                            "a town abroad the story does not tell, while the name has a namesake in {home}"
                        )
                        .into(),
                    )
                }
            }
        }
        let checks = |w: &Scored| {
            self.reject(m, w, ctx)
                .or_else(|| self.outside(w.place, &within))
                .or_else(|| self.far_from(w.place, &near_to))
                .or_else(|| self.far_from_its_town(w.place, &market_in))
                .or_else(|| self.quarter_abroad(m, w, ctx, sup.first_pass))
        };
        let mut rejected = abroad.or_else(|| ranked.first().and_then(checks));
        // a common word whose winner the feature cue before it does not agree with ("في منطقة
        // الطوال" read as a Yemeni village) names the hand-kept place of that name the cue
        // licenses, when one passes every check (Al-Tuwal, the Saudi border town)
        if rejected.as_deref() == Some(COMMON_UNAGREED) {
            let kept = first_best(
                (order.iter().enumerate())
                    .filter(|&(_, &c)| self.gaz.place(c).hand_kept())
                    .map(|(k, &c)| score_at(k, c)),
                rank,
            );
            if let Some(mut h) = kept.filter(|h| checks(h).is_none()) {
                if sup.trace {
                    h.reasons.push((
                        "the hand-kept place a disagreeing cue leaves to a common word".into(),
                        0.0,
                    ));
                    ranked.retain(|s| s.place != h.place);
                } else {
                    ranked.clear();
                }
                ranked.insert(0, h);
                rejected = None;
            }
        }
        shared.near.replace(near);
        Resolution {
            ranked,
            rejected,
            located: false,
        }
    }

    /// The story's country when the winner `w` of a name is a town abroad, of a country the
    /// story does not tell (its share of the country context under `ABROAD_SHARE`), while the
    /// story tells one country above all (`HOME_SHARE`) and the name has a settlement or a
    /// district there too, and the name is told as a place (a cue word, "في"): the namesake is
    /// rather the place meant (not for a city of millions, `METROPOLIS`).
    fn home_country(&self, m: &RawMatch, w: u32, ctx: &CountryCtx) -> Option<&'static str> {
        let p = self.gaz.place(w);
        let total = ctx.total;
        // told as a place, with "في" or a cue word (a dateline, "الرياض:", is the writer's town)
        let place_cue = m.clitic_prep
            || (m.cues.iter())
                .any(|c| !matches!(c.kind, CueKind::NotPlace | CueKind::DistanceUnit));
        if !place_cue
            || total < 1.0
            || p.hand_kept()
            || p.population >= METROPOLIS
            // ("مدينة سوسة التونسية": the adjective tells its country)
            || m.before_demonym.is_some()
            || !(p.feature.is_settlement_or_district())
        {
            return None;
        }
        if ctx.get(p.country) / total >= ABROAD_SHARE {
            return None;
        }
        let &(home, weight) = (ctx.weights.iter()).max_by(|a, b| a.1.total_cmp(&b.1))?;
        if weight / total < HOME_SHARE || same_str(home, p.country) {
            return None;
        }
        (m.candidates.iter())
            .any(|&c| {
                let q = self.gaz.place(c);
                same_str(q.country, home) && (q.feature.is_settlement_or_district())
            })
            .then_some(home)
    }

    /// A quarter's name ("حي X", "أحياء X", a list after "أحياء") whose winner is a village or
    /// neighbourhood of another country than the one the story tells above all (`HOME_SHARE`),
    /// with no place of the story within 25 km: a quarter lies in a town the story tells, so the homonym abroad,
    /// drawn only by a town some tens of km off, is not the place meant ("في حي بيش أولار" of
    /// a Turkish town is no Syrian village Baysh); nor is one drawn only by a town of another
    /// country than its own.
    fn quarter_abroad(
        &self,
        m: &RawMatch,
        w: &Scored,
        ctx: &CountryCtx,
        first_pass: bool,
    ) -> Option<Reason> {
        let p = self.gaz.place(w.place);
        // (the name's own last cue, else its list's: "أحياء آل المؤنس والقبضة والعرين")
        let quarter_cue = (m.cues.iter())
            .max_by_key(|c| c.span.start)
            .or(m.list_cue.as_ref())
            .is_some_and(|c| c.kind == CueKind::Feature(FeatureCue::Neighbourhood));
        let minor = matches!(p.feature, Feature::Village | Feature::Neighbourhood);
        // (the first pass halves closeness: a place within 25 km gives 1.0 there)
        let close = if first_pass { 1.0 } else { 2.0 };
        if !quarter_cue || !minor || p.hand_kept() || w.support >= close || ctx.total < 1.0 {
            return None;
        }
        // (or drawn only by a town of another country some tens of km off, across a border:
        // "مستشفى ظهران الجنوب العام ... في حي الرحيب" is a quarter of the Saudi town, not
        // Yemen's village Ar Ruhayb 54 km from it, in a story of Yemen)
        if let Some(town) =
            (w.support_from.map(|o| self.gaz.place(o))).filter(|t| !same_str(t.country, p.country))
        {
            let (feature, country) = (p.feature.as_str(), p.country);
            return Some(
                format!("a quarter's name, a {feature} in {country} drawn only by a town of {} some tens of km off", town.country).into(),
            );
        }
        let &(home, weight) = (ctx.weights.iter()).max_by(|a, b| a.1.total_cmp(&b.1))?;
        (weight / ctx.total >= HOME_SHARE && !same_str(home, p.country)).then(|| {
            format!("a quarter's name, a {} in {} with no town of the story near it, while the story is in {home}", p.feature.as_str(), p.country).into()
        })
    }

    /// Whether place `c` lies inside the province or district `a`: a place below it, of its
    /// country, whose province (district) is `a`'s name or which lies close to it (the sources
    /// spell provinces differently).
    pub(super) fn inside(&self, c: u32, a: u32) -> bool {
        let (p, q) = (self.gaz.place(c), self.gaz.place(a));
        if c == a || !same_str(p.country, q.country) {
            return false;
        }
        let (own, reach) = match (q.feature, p.feature) {
            (_, Feature::Country | Feature::Admin1 | Feature::Region) => return false,
            (Feature::Admin1, _) => (p.admin1, 60.0),
            (Feature::Admin2, Feature::Admin2) => return false,
            (Feature::Admin2, _) => (p.admin2, 25.0),
            _ => return false,
        };
        let own = fold_name(own);
        if !own.is_empty() && own == fold_name(q.name_en) {
            return true;
        }
        // a place of another province the gazetteer knows (not another source's record of
        // this one) is outside, however close
        let elsewhere = q.feature == Feature::Admin1 && !own.is_empty() && {
            let key = (p.country, own.as_str());
            let from = (self.provinces).partition_point(|(c, n, _)| (*c, n.as_str()) < key);
            (self.provinces[from..].iter())
                .take_while(|(c, n, _)| (*c, n.as_str()) == key)
                .any(|&(_, _, o)| {
                    let o = self.gaz.place(o);
                    distance_km((o.lat, o.lon), (q.lat, q.lon)) > SAME_PROVINCE_KM
                })
        };
        !elsewhere && distance_km((p.lat, p.lon), (q.lat, q.lon)) <= reach
    }

    /// A town or village that is not inside the province told right after it ("أرحب بمحافظة
    /// صنعاء" when the gazetteer knows only an Arhab of Saada): not the place meant; the
    /// province stands for it.
    fn outside(&self, w: u32, within: &[u32]) -> Option<Reason> {
        let p = self.gaz.place(w);
        let provinces = || (within.iter()).filter(|&&a| self.brief(a).feature == Feature::Admin1);
        let settlement = p.feature.is_settlement_or_district();
        (settlement && provinces().next().is_some() && !provinces().any(|&a| self.inside(w, a)))
            .then(|| "not inside the province told right after it, the place meant".into())
    }

    /// A town or district far from every place of the town it is told near ("بلدة المزاريب قرب
    /// مدينة درعا جنوب سوريا" when the gazetteer knows only an El Mzarib of Lebanon): not the
    /// place meant; the town it is near stands for it.
    fn far_from(&self, w: u32, near_to: &[u32]) -> Option<Reason> {
        (self.beyond(w, near_to, NEAR_KM))
            .then(|| "far from the place it is told near, the place meant".into())
    }

    /// Whether `w` is a town or district more than `km` from every one of `anchors` (and there
    /// is one).
    fn beyond(&self, w: u32, anchors: &[u32], km: f64) -> bool {
        let p = self.gaz.place(w);
        let far = |&a: &u32| {
            let q = self.gaz.place(a);
            distance_km((p.lat, p.lon), (q.lat, q.lon)) > km
        };
        p.feature.is_settlement_or_district() && !anchors.is_empty() && anchors.iter().all(far)
    }

    /// The anchors of the town or district mention `idx` is told near, right after it.
    fn near_to(&self, idx: usize, shared: &Shared, sup: &Support) -> Vec<u32> {
        self.anchors_kept(
            shared.told_near[idx],
            sup,
            Feature::is_settlement_or_district,
        )
    }

    /// The anchors of mention `j`, if any, whose feature `keep` keeps (most names are told near
    /// none, or in no market's town: no list made for them).
    fn anchors_kept(&self, j: Option<usize>, sup: &Support, keep: fn(Feature) -> bool) -> Vec<u32> {
        let Some(j) = j else {
            return Vec::new();
        };
        (sup.anchors[j].iter().copied())
            .filter(|&c| keep(self.brief(c).feature))
            .collect()
    }

    /// A town named as a market and far from every place of the town that market is told in,
    /// right after it ("سوق غامبورو (في مايدوغوري)": Gamboru lies 120 km from Maiduguri): a
    /// market of that town named after another place, not the place meant; the town it is in
    /// stands for it.
    fn far_from_its_town(&self, w: u32, market_in: &[u32]) -> Option<Reason> {
        (self.beyond(w, market_in, MARKET_KM))
            .then(|| "a market named after a place far from the town it is told in".into())
    }

    /// The anchors of the town the market mention `idx` names is told in, right after it.
    fn market_in(&self, idx: usize, shared: &Shared, sup: &Support) -> Vec<u32> {
        self.anchors_kept(shared.market_in[idx], sup, Feature::is_settlement)
    }

    /// The other mentions of a name one of whose mentions is far from the town it is told near
    /// ([`Geocoder::far_from`]), with the same winner (the title's "بلدة المزاريب" when the
    /// lead tells it "قرب مدينة درعا"): one name of a story is one place, not that one.
    pub(super) fn far_from_kin(
        &self,
        raws: &[RawMatch],
        res: &mut [Resolution],
        shared: &Shared,
        sup: &Support,
        name_ids: &[usize],
    ) {
        let far: Vec<(usize, u32)> = (0..raws.len())
            .filter_map(|i| {
                let w = res[i].ranked.first()?.place;
                let near_to = self.near_to(i, shared, sup);
                self.far_from(w, &near_to)?;
                Some((name_ids[i], w))
            })
            .collect();
        // (and the other mentions named as a market too, "وكان الهجوم من سوق غامبورو": the
        // town named bare elsewhere in the story is that town)
        let markets: Vec<(usize, u32)> = (0..raws.len())
            .filter_map(|i| {
                let w = res[i].ranked.first()?.place;
                self.far_from_its_town(w, &self.market_in(i, shared, sup))?;
                Some((name_ids[i], w))
            })
            .collect();
        for (k, r) in res.iter_mut().enumerate() {
            let same = |&(n, w): &(usize, u32)| {
                n == name_ids[k] && r.ranked.first().is_some_and(|s| s.place == w)
            };
            if r.rejected.is_none() && far.iter().any(same) {
                r.rejected = Some(
                    "another mention of the name is far from the place it is told near".into(),
                );
            } else if r.rejected.is_none() && shared.market[k] && markets.iter().any(same) {
                r.rejected = Some(
                    "another mention of the market is named after a place far from its town".into(),
                );
            }
        }
    }

    /// One candidate's score, with its reasons.
    pub(super) fn score(
        &self,
        m: &RawMatch,
        c: u32,
        ctx: &CountryCtx,
        sup: &Support,
        near: &[Near],
    ) -> Scored {
        let b = self.brief(c);
        let mut s = Scored {
            place: c,
            ..Default::default()
        };
        let trace = sup.trace;
        let add = |s: &mut Scored, why: &dyn Fn() -> String, v: f32| {
            if v != 0.0 {
                s.score += v;
                if trace {
                    s.reasons.push((why(), v));
                }
            }
        };
        if trace {
            let p = self.gaz.place(c);
            add(
                &mut s,
                &|| p.feature.as_str().into(),
                feature_prior(p.feature),
            );
            if p.population > 0 {
                add(
                    &mut s,
                    &|| "population".into(),
                    0.3 * ((p.population as f32) + 1.0).log10(),
                );
            }
            if p.hand_kept() {
                add(&mut s, &|| "hand-kept".into(), 0.5);
            }
        } else {
            // the same three terms added in the same order (none is negative: a term of 0 left
            // out or added gives the same sum)
            s.score = b.prior;
        }
        // a singular feature word right before it makes it a town ("مدينة الكويت"); a plural
        // one or one told before "في" does not ("مدن اليمن", "ثالث أكبر مدينة في اليمن")
        let town_cue = (m.cues.iter())
            .max_by_key(|c| c.span.start)
            .is_some_and(|c| matches!(c.kind, CueKind::Feature(_)) && !c.plural);
        if b.feature == Feature::Country && !town_cue {
            // "سورية" is Syria, whatever hamlet shares the name
            add(&mut s, &|| "a country's name".into(), 4.0);
        }
        if m.article_dropped {
            add(&mut s, &|| "article dropped".into(), -0.7);
        }
        if m.split.contains(&c) {
            add(&mut s, &|| "named without the head word".into(), -1.0);
        }
        // (a plural word of villages or towns before a list names every name of it: "قرى
        // الحواش والقاهرة والعنكاوي" are villages, the list's cue agrees with each as with the
        // first)
        let plural_settlements = (m.list_cue.iter()).filter(|c| {
            c.plural
                && matches!(
                    c.kind,
                    CueKind::Feature(FeatureCue::Village | FeatureCue::Town)
                )
        });
        for cue in m.cues.iter().chain(plural_settlements) {
            if let CueKind::Feature(fc) = cue.kind {
                add(
                    &mut s,
                    &|| format!("cue {}", cue.text),
                    cue_agreement(fc, b.feature),
                );
            }
        }
        let total = ctx.total;
        let country = self.countries[b.country as usize];
        if total > 0.0 && !country.is_empty() {
            let share = ctx.get(country) / total;
            add(
                &mut s,
                &|| format!("country context {country}"),
                2.5 * share,
            );
        }
        // closeness to the other places of the document
        let mut best = 0.0f32;
        let mut best_why: Option<(f64, u32)> = None;
        // (a country or a region takes none; the record is read only when there is some)
        let far = matches!(b.feature, Feature::Country | Feature::Region);
        let p = (!far && !near.is_empty()).then(|| self.gaz.place(c));
        if let Some(p) = p {
            // (the cosine of the candidate's latitude and 2 degrees of longitude there, computed
            // when first needed, NaN until then; the near places' cosines were computed with
            // their list)
            let (mut cos, mut reach) = (f64::NAN, f64::NAN);
            for o in near {
                // beyond 200 km closeness gives nothing: skip the trigonometry
                if (p.lat - o.lat).abs() > 2.0 {
                    continue;
                }
                if cos.is_nan() {
                    // (kept as computed: without the hint the compiler computed the cosine
                    // again at each distance, 106,276 more calls of `cos` over news3000's
                    // first 300 articles)
                    cos = std::hint::black_box(lat_cos(p.lat));
                    reach = 2.0 / cos.max(0.1);
                }
                if (p.lon - o.lon).abs() > reach {
                    continue;
                }
                let d = distance_km_cos((p.lat, p.lon), (o.lat, o.lon), cos, o.cos);
                let mut v = if d <= 25.0 {
                    2.0
                } else if d <= 75.0 {
                    1.5
                } else if d <= 200.0 {
                    0.6
                } else {
                    0.0
                };
                if sup.first_pass {
                    // first pass: every likely candidate of the other name counts, so less
                    v *= 0.5;
                }
                if o.adjacent {
                    v *= 1.5;
                }
                if v > best {
                    best = v;
                    best_why = Some((d, o.place));
                }
            }
        }
        if let (true, Some((d, oc))) = (best > 0.0, best_why) {
            let why = || format!("{:.0} km from {}", d, self.gaz.place(oc).name_en);
            add(&mut s, &why, best);
            s.support = best;
            s.support_from = Some(oc);
        }
        s
    }

    /// Why the winner is not taken as a place, if it is not.
    pub(super) fn reject(&self, m: &RawMatch, w: &Scored, ctx: &CountryCtx) -> Option<Reason> {
        let p = self.gaz.place(w.place);
        // the name's own cues and its list's
        // (read in place: no list allocated per name)
        let cues = || m.cues.iter().chain(m.list_cue.iter());
        match m.masked {
            Some(MaskKind::Idiom) => return Some("part of an idiom".into()),
            Some(MaskKind::Organisation) => return Some("part of an organisation's name".into()),
            None => {}
        }
        if cues().next().is_some_and(|c| c.kind == CueKind::NotPlace) {
            return Some("names an organisation (club, team, newspaper ...)".into());
        }
        let licensed = cues().any(|c| c.kind.licenses_common_word());
        let place_cue = m.clitic_prep
            || cues().any(|c| !matches!(c.kind, CueKind::NotPlace | CueKind::DistanceUnit));
        if m.sports && !place_cue && matches!(p.feature, Feature::City | Feature::Town) {
            return Some("a sports report: the name without a place cue is a team".into());
        }
        // "كالعراق", "كالصين": like Iraq, like China; but a word that starts with ك is rather a
        // word ("كروم", "كسرت") than ك + a bare town's name
        if m.bare_kaf && p.feature != Feature::Country {
            return Some("ك + a name without the article: a word that starts with ك".into());
        }
        // "منطقة باكسان" is no ب + a town abroad ("اكسان", Iksan in Korea): right after one
        // indefinite feature word the word is the area's own name, unless the town lies in a
        // country the story tells as its own or is a city of millions
        if m.after_feature_prep
            && (p.feature.is_settlement_or_district())
            && !p.hand_kept()
            && p.population < METROPOLIS
            && (ctx.total < 1.0 || ctx.get(p.country) / ctx.total < HOME_SHARE)
        {
            return Some(
                "ب or ل right after a feature word, in a country the story does not tell: the \
                 word is the area's own name"
                    .into(),
            );
        }
        if m.quoted_outlet {
            return Some("a quoted name told or asked something: a newspaper or channel".into());
        }
        // «الشرق الأوسط»: a region's name alone in quotes is a title (a newspaper); quoted towns
        // stay places (the press quotes them: بين «مقديشو» و«بيدوا»)
        if m.quoted && p.feature == Feature::Region && p.country.is_empty() {
            return Some("a region's name alone in quotes: a title".into());
        }
        let region = matches!(
            p.feature,
            Feature::Country | Feature::Admin1 | Feature::Region
        );
        // (a big city right after a title is rather the object: "غادر الوزير القاهرة")
        if m.after_title
            && !region
            && p.population < 1_000_000
            && cues().next().is_none()
            && !m.clitic_prep
        {
            return Some("right after a title (المحلل، النائبة): a person's name".into());
        }
        if m.after_demonym && p.feature != Feature::Country && !place_cue {
            return Some("after a nationality adjective: a person's name".into());
        }
        // "شمال الساحل الكيني": a noun of another country (the Kenyan coast), not a town of
        // Egypt that shares the word
        if let Some(c) = m.before_demonym {
            let elsewhere = || (m.candidates.iter()).all(|&x| self.gaz.place(x).country != c);
            if (p.feature.is_settlement_or_district()) && elsewhere() {
                return Some(
                    format!(
                        "followed by a nationality adjective of {c}, where no place has the name"
                    )
                    .into(),
                );
            }
        }
        let feature_cue = cues().any(|c| matches!(c.kind, CueKind::Feature(_)));
        // "ونائف الأشول": a family name after a given name
        // (a known base or a town of 100,000 is rather the object of the sentence: "استعادت
        // قوات هادي قاعدة العند")
        if m.after_given && !place_cue && !region && !p.hand_kept() && p.population < 100_000 {
            return Some("right after a given name: a family name".into());
        }
        if m.before_nasab && !feature_cue {
            return Some("right before a word of lineage (بن، بنت): a person's name".into());
        }
        if m.before_agreeing_adjective && !feature_cue && p.feature != Feature::Country {
            return Some("a dual or plural noun before its agreeing adjective".into());
        }
        if m.before_surname && !feature_cue {
            return Some("right before a known family name (دمرتاش): a person's given name".into());
        }
        let key = &m.name_key;
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let NameLex {
            common,
            anaphor,
            given,
            homograph,
            person_like,
        } = m.lex;
        // only a feature cue right before it makes it a name ("منطقة الجزيرة"; not "مدينة في
        // البلاد")
        let last_cue = cues().max_by_key(|c| c.span.start);
        let next_feature_cue = last_cue.is_some_and(|c| matches!(c.kind, CueKind::Feature(_)));
        // ("أحياء المدينة القديمة": the quarters of the old city named before, a plural feature
        // word before a noun and its adjective)
        let plural_cue = last_cue.is_some_and(|c| c.plural);
        if anaphor && plural_cue && m.before_definite_adjective {
            return Some("a noun and its adjective after a plural feature word: a phrase".into());
        }
        if anaphor && !next_feature_cue {
            return Some("refers back to a place named before (the city, the country)".into());
        }
        if common {
            // the cue must agree with what the place is ("حي الشرطة" is not "مديرية الشرطة")
            let agreeing = cues().any(|c| match c.kind {
                CueKind::Feature(fc) => cue_agreement(fc, p.feature) >= 0.8,
                CueKind::Direction => true,
                _ => false,
            });
            // a hand-kept place ("منطقة المعقل", Basra) needs any feature cue
            let hand_kept_ok = p.hand_kept() && feature_cue;
            if !(licensed && agreeing || hand_kept_ok) {
                return Some(COMMON_UNAGREED.into());
            }
        }
        // "من حرض على", "حماة الوطن", "مع جده": a verb or a noun unless something says place
        // (the countryside of it, "بريف حماة", says place too)
        let context = place_cue || m.in_list || w.support >= 1.0 || m.after_countryside;
        if homograph && !context {
            return Some("a place name that is also a common word, with no place context".into());
        }
        if p.feature == Feature::Country {
            return None;
        }
        if m.ha_for_ta && !context {
            return Some("written with ه for ة (also a noun + his), with no place context".into());
        }
        if given && !feature_cue {
            return Some("a given name, and no place cue before it".into());
        }
        if person_like && !p.hand_kept() && !feature_cue && p.population < 100_000 {
            return Some("looks like a person's name, and no place cue before it".into());
        }
        if m.article_dropped && !feature_cue && w.support < 1.0 {
            return Some("matched only without the article, with no cue or nearby place".into());
        }
        let minor = matches!(p.feature, Feature::Village | Feature::Neighbourhood)
            || (p.feature == Feature::Admin2 && !p.hand_kept());
        if minor && !p.hand_kept() && w.support < 1.0 && self.foreign(ctx, p.country) {
            return Some(
                format!(
                    "a {} in {}, while the document is about other countries",
                    p.feature.as_str(),
                    p.country
                )
                .into(),
            );
        }
        if minor && !p.hand_kept() && !feature_cue && w.support < 1.0 && p.population < 10_000 {
            return Some(
                format!(
                    "a {} with no place cue and no other place nearby in the text",
                    p.feature.as_str()
                )
                .into(),
            );
        }
        if bare.chars().count() <= 2 && !feature_cue {
            return Some("too short to be a name without a cue".into());
        }
        None
    }
}

/// Why a common word's winner is no place: the feature cue before it does not agree with what the
/// place is ([`Geocoder::reject`]); a hand-kept place of the name may still be meant.
const COMMON_UNAGREED: &str = "a common word, and no agreeing place cue before it";
