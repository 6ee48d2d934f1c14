//! Incident candidates: per sentence, the trigger cluster with its counts, victims, actors,
//! place and date.

use rasd_core::{Actor, ActorKind, Count, Location, Qualifier, Victim};
use rasd_lexicon::{ActorEntry, ActorRole, Role, Trigger, VictimEntry};
use rasd_text::{Document, NumberMention, PhraseMatch, Span, TokenKind};

use crate::calendar::Day;
use crate::dates::{find_dates, nearest, DateMention};
use crate::lexicon::{Cue, Lexicons};

/// The priority from which an event word is violence whatever the sentence is about (a bombing,
/// an air strike), see the `domain` cues.
const STRONG_PRIORITY: i32 = 60;

/// The words and tokens that support one count.
#[derive(Debug, Clone)]
pub struct CountPiece {
    pub min: u64,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    pub span: Span,
    /// The figure counts attackers ("12 مسلحاً", "فجر ثلاثة آخرون أنفسهم").
    pub attacker: bool,
}

/// One incident as read from one sentence, before the story-level merge.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index of the latest sentence this candidate holds (for adjacency when merging).
    pub sentence: usize,
    /// The sentence of the trigger.
    pub sentence_span: Span,
    pub trigger_span: Span,
    pub event_type: String,
    pub sub_event_type: String,
    pub plover_event: String,
    pub plover_mode: Option<String>,
    pub priority: i32,
    /// The sentence names the incident or its means (not only deaths or injuries).
    pub has_event_trigger: bool,
    /// The event word is definite ("الانفجار", "بالهجوم"): it names an incident already told.
    pub definite: bool,
    pub kills: Vec<CountPiece>,
    /// Deaths told with "outside" the place ("مقتل 18 ... خارج المدينة"), and the victim groups
    /// after them: the story's incident in a nearby place takes them (merge::place_elsewhere).
    pub elsewhere: Vec<CountPiece>,
    pub elsewhere_victims: Vec<Victim>,
    pub kill_word: Option<Span>,
    pub injuries: Vec<CountPiece>,
    pub injury_word: Option<Span>,
    pub victims: Vec<Victim>,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub location: Option<Location>,
    /// Comparable key of the place (for merging within a story).
    pub place_key: Option<String>,
    pub date: Option<(DateMention, bool)>,
    pub armed_victims: bool,
    pub civilian_victims: bool,
    /// The candidate is a part of its sentence told as what followed ("أعقبها تبادل لإطلاق النار").
    pub sequel: bool,
    /// What the detector reads (crate::detect::FEATURES).
    pub features: crate::detect::Features,
    /// The detector's probability that this reports an incident (max over merged parts).
    pub score: f32,
    /// What the report tells of it (crate::status), and the words that said so.
    pub status: rasd_core::Status,
    pub status_cue: Option<Span>,
    /// The trigger spans of the other candidates merged into this one (crate::merge).
    pub mentions: Vec<Span>,
}

/// A lexicon match, detached from the matcher's lifetime.
#[derive(Debug, Clone, Copy)]
pub struct Hit<T> {
    pub span: Span,
    pub tokens: (usize, usize),
    pub value: T,
}

fn hits<T: Copy>(ms: Vec<PhraseMatch<'_, T>>) -> Vec<Hit<T>> {
    ms.into_iter()
        .map(|m| Hit {
            span: m.span,
            tokens: (m.tokens.start, m.tokens.end),
            value: *m.value,
        })
        .collect()
}

/// Everything matched once over a document.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub(crate) triggers: Vec<Hit<&'static Trigger>>,
    actors: Vec<Hit<&'static ActorEntry>>,
    victims: Vec<Hit<&'static VictimEntry>>,
    cues: Vec<Hit<Cue>>,
    /// Per token, a bit per cue kind covering it (`cue_at_token` in O(1)).
    cue_mask: Vec<u64>,
    /// The document's country words (rasd_geo::Geocoder::country_words), read when needed.
    country_words: std::cell::OnceCell<Vec<(String, Span)>>,
    /// Per token, whether it belongs to a number expression ("وأربعة", "خمسة عشر").
    in_number: Vec<bool>,
    pub(crate) dates: Vec<DateMention>,
    places: Vec<rasd_geo::PlaceMention>,
    pub(crate) published: Option<Day>,
}

/// The items (sorted by start) that start inside `span`, by binary search: long documents stay
/// linear.
fn starting_in<T>(items: &[T], start: impl Fn(&T) -> usize, span: Span) -> &[T] {
    let a = items.partition_point(|x| start(x) < span.start);
    let b = a + items[a..].partition_point(|x| start(x) < span.end);
    &items[a..b]
}

pub(crate) fn in_sentence<T>(ms: &[Hit<T>], span: Span) -> impl Iterator<Item = &Hit<T>> {
    starting_in(ms, |m| m.span.start, span)
        .iter()
        .filter(move |m| m.span.end <= span.end)
}

impl<'a> Context<'a> {
    pub fn new(lex: &'a Lexicons, doc: &'a Document, published: Option<Day>) -> Context<'a> {
        // one matching text for the five lexicons
        let hay = rasd_text::Haystack::of(doc);
        let date_matches = lex.dates.find_haystack(doc, &hay);
        let dates = find_dates(doc, &date_matches, published);
        let cues: Vec<Hit<Cue>> = lex
            .cues
            .find_haystack(doc, &hay)
            .into_iter()
            .flat_map(|m| {
                m.value.iter().map(move |&c| Hit {
                    span: m.span,
                    tokens: (m.tokens.start, m.tokens.end),
                    value: c,
                })
            })
            .collect();
        let mut cue_mask = vec![0u64; doc.tokens.len()];
        for m in &cues {
            for t in m.tokens.0..m.tokens.1 {
                if let Some(x) = cue_mask.get_mut(t) {
                    *x |= 1u64 << (m.value as u16);
                }
            }
        }
        let mut triggers: Vec<Hit<&'static Trigger>> = lex
            .triggers
            .find_haystack(doc, &hay)
            .into_iter()
            .flat_map(|m| {
                m.value.triggers.iter().map(move |t| Hit {
                    span: m.span,
                    tokens: (m.tokens.start, m.tokens.end),
                    value: *t,
                })
            })
            .collect();
        triggers.sort_by_key(|h| h.span.start);
        let mut actors = hits(lex.actors.find_haystack(doc, &hay));
        actors.sort_by_key(|h| h.span.start);
        let mut victims = hits(lex.victims.find_haystack(doc, &hay));
        victims.sort_by_key(|h| h.span.start);
        let mut places = rasd_geo::Geocoder::global().mentions(doc);
        places.sort_by_key(|p| p.span.start);
        Context {
            doc,
            // a phrase with several rows (an event row and a kill row) yields one hit per row
            triggers,
            actors,
            victims,
            cue_mask,
            country_words: std::cell::OnceCell::new(),
            in_number: {
                let mut v = vec![false; doc.tokens.len()];
                for n in &doc.numbers {
                    // the number and its qualifier words ("ونحو 50")
                    let start = n
                        .cue_span
                        .and_then(|c| doc.token_at(c.start))
                        .map_or(n.tokens.start, |t| t.min(n.tokens.start));
                    for t in start..n.tokens.end {
                        if let Some(x) = v.get_mut(t) {
                            *x = true;
                        }
                    }
                }
                v
            },
            cues,
            dates,
            places,
            published,
        }
    }

    pub(crate) fn cue_at_token(&self, token: usize, cue: Cue) -> bool {
        self.cue_mask
            .get(token)
            .is_some_and(|m| m & (1u64 << (cue as u16)) != 0)
    }

    /// Whether a negation stands at most three words before token `i`, with no number or
    /// punctuation between ("لم يسفر عن إصابات", not "ما لا يقل عن 10 قتلى").
    fn negated(&self, i: usize) -> bool {
        for j in (i.saturating_sub(3)..i).rev() {
            let t = &self.doc.tokens[j];
            if t.kind == TokenKind::Punct
                || t.kind == TokenKind::Number
                || self.in_number.get(j) == Some(&true)
            {
                return false;
            }
            if self.cue_at_token(j, Cue::Negation) {
                return true;
            }
        }
        false
    }

    fn is_count_excluded(&self, n: &NumberMention) -> bool {
        let next = n.tokens.end;
        if self.cue_at_token(next, Cue::ExcludeUnit) {
            return true;
        }
        // "250 شخصا بين قتيل وجريح": the dead and the wounded together are neither
        if (next..=next + 1).any(|i| self.cue_at_token(i, Cue::Mixed)) {
            return true;
        }
        // years and parts of dates are not counts
        if n.date || (n.max == Some(n.min) && (1900..=2100).contains(&n.min) && !n.vague) {
            return true;
        }
        if self
            .dates
            .iter()
            .any(|d| d.span.start <= n.span.start && n.span.end <= d.span.end)
        {
            return true;
        }
        // a percentage or a decimal is not a count of people; with a scale word ("1.5 مليون",
        // "5ر1 مليون") it tells an aggregate, not the toll of an incident
        n.decimal || self.doc.slice(n.span).contains(['%', '٪'])
    }

    /// All incident candidates of the document, in text order.
    pub fn incidents(&self) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        for (si, sentence) in self.doc.sentences.iter().enumerate() {
            let mut before: Option<usize> = None;
            for (seg, sequel) in self.segments(si) {
                // a sequel tells what followed: its own kind of violence, not the one before
                let told = if sequel {
                    self.violent_kinds(Span::new(sentence.span.start, seg.start))
                } else {
                    Vec::new()
                };
                let Some(mut c) = self.sentence_incident(si, sentence.span, seg, &told) else {
                    continue;
                };
                if let Some(prev) = before.map(|b| &out[b]) {
                    // what followed happened at the same place, unless it names its own
                    if sequel && c.location.is_none() {
                        c.location = prev.location.clone();
                        c.place_key = prev.place_key.clone();
                    }
                    self.anchor_on(&mut c, seg, prev);
                }
                if c.location.is_none() {
                    c.location = self.story_country(c.trigger_span);
                }
                c.sequel = sequel;
                before = Some(out.len());
                out.push(c);
            }
        }
        out
    }

    /// The sub-event types of the violent event words in `span`.
    fn violent_kinds(&self, span: Span) -> Vec<&'static str> {
        in_sentence(&self.triggers, span)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| h.value.sub_event_type.as_deref())
            .collect()
    }

    /// The parts of sentence `si` that tell separate incidents: the sentence is cut at "؛" and
    /// at a comma followed by a clause opener ("، فيما ...", "، وفي ..."), and a part becomes
    /// its own incident when it names both a violent event and a place of its own (two attacks
    /// in two places), or when it opens with a sequel ("أعقبها", "ثم") and names a violent event
    /// of a kind the sentence has not told yet (a bombing, then an exchange of fire); other
    /// parts stay with the part before them. The flag marks a sequel part.
    fn segments(&self, si: usize) -> Vec<(Span, bool)> {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.clone()];
        // (start, sequel, after an interval: "بعد يومين من هجوم")
        let mut cuts = vec![(s.span.start, false, false)];
        for (k, t) in toks.iter().enumerate() {
            let i = s.tokens.start + k;
            let opener = |j: usize| self.cue_at_token(j, Cue::Clause);
            // "... في هجوم انتقامي بعد يوم من هجوم انتحاري": an incident days apart
            if k > 0 && self.interval_at(i).is_some() {
                let at = if opener(i - 1) { k - 1 } else { k };
                let start = toks[at].span.start;
                if cuts.last().is_some_and(|c| c.0 == start) {
                    cuts.pop();
                }
                cuts.push((start, false, true));
                continue;
            }
            let punct_cut = t.kind == TokenKind::Punct
                && (t.key == "؛"
                    || t.key == ";"
                    || (t.key == "،" || t.key == ",") && opener(i + 1));
            if punct_cut && k + 1 < toks.len() {
                cuts.push((
                    toks[k + 1].span.start,
                    self.cue_at_token(i + 1, Cue::Sequel),
                    false,
                ));
            } else if k > 0
                && self.cue_at_token(i, Cue::Sequel)
                && !opener(i - 1)
                && cuts.last().is_none_or(|c| c.0 != t.span.start)
            {
                // "... ضربة جوية (في يناير) أعقبتها هجمات انتحارية": a sequel needs no comma
                cuts.push((t.span.start, true, false));
            } else if k > 0 && opener(i) && !opener(i - 1) && toks[k - 1].kind != TokenKind::Punct {
                // "... في دلس، وذلك بعد ثلاثة أيام على هجوم مماثل في باتنة"
                cuts.push((t.span.start, self.cue_at_token(i, Cue::Sequel), false));
            }
        }
        cuts.push((s.span.end, false, false));
        cuts.dedup_by_key(|c| c.0);
        let parts: Vec<(Span, bool, bool)> = cuts
            .windows(2)
            .map(|w| (Span::new(w[0].0, w[1].0), w[0].1, w[0].2))
            .collect();
        if parts.len() < 2 {
            return vec![(s.span, false)];
        }
        let violent_kinds = |p: Span| self.violent_kinds(p);
        let stands_alone = |p: &(Span, bool, bool)| {
            let kinds = violent_kinds(p.0);
            if kinds.is_empty() {
                return false;
            }
            // days apart: another incident whatever its place
            if p.2 {
                return true;
            }
            if p.1 {
                let told = violent_kinds(Span::new(s.span.start, p.0.start));
                if !told.is_empty() && kinds.iter().any(|k| !told.contains(k)) {
                    return true;
                }
            }
            starting_in(&self.places, |m| m.span.start, p.0)
                .iter()
                .any(|m| p.0.contains(m.span) && !m.relative)
        };
        let mut out: Vec<(Span, bool, bool)> = Vec::new();
        for p in parts {
            match out.last_mut() {
                Some(last) if !stands_alone(&p) => last.0 = last.0.cover(p.0),
                _ => out.push(p),
            }
        }
        // the first part keeps what the later ones do not claim; a lone part is the sentence.
        // Before an interval or a sequel of another kind, any violent word of its own makes the
        // first part an incident.
        let first_stands = stands_alone(&out[0])
            || (out.get(1).is_some_and(|p| p.1 || p.2)
                && in_sentence(&self.triggers, out[0].0).any(|h| {
                    out[0].0.contains(h.span)
                        && (h.value.role == Role::Kill
                            || h.value.role == Role::Injure
                            || (h.value.role == Role::Event && h.value.is_violent()))
                }));
        if out.len() < 2 || !first_stands {
            return vec![(s.span, false)];
        }
        out.into_iter()
            .map(|(span, sequel, _)| (span, sequel))
            .collect()
    }

    /// What a later part of a sentence takes from the incident told before it: "هجوم مماثل"
    /// (a similar attack) is of that incident's kind, and "بعد ثلاثة أيام على هجوم" dates the
    /// attack three days before that incident.
    fn anchor_on(&self, c: &mut Candidate, seg: Span, prev: &Candidate) {
        let doc = self.doc;
        let Some(t) = doc.token_at(c.trigger_span.end.saturating_sub(1)) else {
            return;
        };
        let similar = (t + 1..t + 3).any(|i| self.cue_at_token(i, Cue::Similar));
        if similar && c.priority < prev.priority && prev.has_event_trigger {
            c.event_type = prev.event_type.clone();
            c.sub_event_type = prev.sub_event_type.clone();
            c.plover_event = prev.plover_event.clone();
            c.plover_mode = prev.plover_mode.clone();
        }
        // "بعد ثلاثة أيام على", "بعد يومين من", "بعد أسبوع من": before the trigger
        let Some((anchor, inherited)) = &prev.date else {
            return;
        };
        let Some(from) = doc.token_at(seg.start) else {
            return;
        };
        for i in from..t {
            let Some((count, days, unit_at)) = self.interval_at(i) else {
                continue;
            };
            let span = doc.tokens[i].span.cover(doc.tokens[unit_at].span);
            c.date = Some((
                DateMention {
                    span,
                    day: anchor.day.add_days(-(count as i64 * days)),
                    future: false,
                    precision: if days == 1 {
                        anchor.precision
                    } else {
                        rasd_core::DatePrecision::Week
                    },
                },
                *inherited,
            ));
            return;
        }
    }

    /// "بعد ثلاثة أيام على", "بعد يومين من", "بعد أسبوع من" at token `i`: the count of units,
    /// the days in a unit, and the unit's token.
    fn interval_at(&self, i: usize) -> Option<(u64, i64, usize)> {
        if !self.cue_at_token(i, Cue::After) {
            return None;
        }
        let number =
            (self.doc.numbers.iter()).find(|n| n.tokens.start == i + 1 && !n.vague && !n.dual_noun);
        let (count, unit_at) = match number {
            Some(n) => (n.min, n.tokens.end),
            None if self.cue_at_token(i + 1, Cue::Dual) => (2, i + 1),
            None => (1, i + 1),
        };
        let days = if self.cue_at_token(unit_at, Cue::Days) {
            1
        } else if self.cue_at_token(unit_at, Cue::Weeks) {
            7
        } else {
            return None;
        };
        (self.cue_at_token(unit_at + 1, Cue::Since) && count <= 366)
            .then_some((count, days, unit_at))
    }

    fn sentence_incident(
        &self,
        si: usize,
        sentence: Span,
        span: Span,
        told: &[&str],
    ) -> Option<Candidate> {
        let doc = self.doc;
        // irrealis cues (pledges, threats, plans) silence the triggers after them
        let irrealis_from = in_sentence(&self.cues, span)
            .filter(|m| m.value == Cue::Irrealis)
            .map(|m| m.span.start)
            .min()
            .unwrap_or(usize::MAX);
        let triggers: Vec<&Hit<&'static Trigger>> = in_sentence(&self.triggers, span)
            .filter(|m| m.span.start < irrealis_from)
            .collect();
        let mut events: Vec<_> = triggers
            .iter()
            .filter(|m| m.value.role == Role::Event && m.value.sub_event_type.is_some())
            .collect();
        let untold = |m: &&&Hit<&'static Trigger>| {
            m.value
                .sub_event_type
                .as_deref()
                .is_some_and(|k| m.value.is_violent() && !told.contains(&k))
        };
        if !told.is_empty() && events.iter().any(untold) {
            events.retain(untold);
        }
        let kills: Vec<_> = triggers
            .iter()
            .filter(|m| m.value.role == Role::Kill && !self.negated(m.tokens.0))
            .collect();
        let victim_matches: Vec<_> = in_sentence(&self.victims, span).collect();
        // "أصابت القذيفة مستودعا": a verb of hitting wounds only people
        let hits_people = |m: &Hit<&'static Trigger>| {
            !self.cue_at_token(m.tokens.0, Cue::Hit)
                || (m.tokens.1..m.tokens.1 + 2).any(|i| {
                    self.in_number.get(i) == Some(&true)
                        || victim_matches.iter().any(|v| v.tokens.0 == i)
                        || doc.tokens.get(i).is_some_and(|t| {
                            t.kind == TokenKind::Number || rasd_text::is_singular_person(&t.stem)
                        })
                })
        };
        let injures: Vec<_> = triggers
            .iter()
            .filter(|m| m.value.role == Role::Injure && !self.negated(m.tokens.0) && hits_people(m))
            .collect();
        if events.is_empty() && kills.is_empty() && injures.is_empty() {
            return None;
        }

        // the incident's type: the strongest event trigger, else from deaths/injuries
        let main = events.iter().max_by(|a, b| {
            a.value
                .priority
                .cmp(&b.value.priority)
                .then(b.span.start.cmp(&a.span.start))
        });
        // an accident, a disease or a game: only a strong word of violence apart from its words
        // ("انفجرت سيارة مفخخة قرب الملعب", not "انفجر الإطار") tells an incident
        let domain: Vec<Span> = in_sentence(&self.cues, span)
            .filter(|m| m.value == Cue::Domain)
            .map(|m| m.span)
            .collect();
        if !domain.is_empty()
            && main.is_none_or(|m| {
                m.value.priority < STRONG_PRIORITY
                    || domain
                        .iter()
                        .any(|d| d.start < m.span.end && m.span.start < d.end)
            })
        {
            return None;
        }

        // counts: each number links to the nearest kill/injure trigger around it
        let mut kill_pieces = Vec::new();
        let mut injury_pieces = Vec::new();
        let mut victims = Vec::new();
        let mut subset_kills = Vec::new();
        let mut armed_victims = false;
        let mut people_victims = false;
        let mut civilian_victims = false;
        // a victim noun is evidence of who was hit when it is counted ("12 من عناصر الشرطة"),
        // follows a kill/injury word ("مقتل جنود") or a target cue ("استهدف دورية"); as a
        // subject ("جنود متمردون أطلقوا النار") it says nothing of the victims
        for v in &victim_matches {
            let t0 = v.tokens.0;
            let counted = doc
                .numbers_in(span)
                .any(|n| n.tokens.end == t0 || n.tokens.end + 1 == t0);
            let after_word = triggers.iter().any(|t| {
                matches!(t.value.role, Role::Kill | Role::Injure | Role::Event)
                    && t.tokens.1 <= t0
                    && t0 <= t.tokens.1 + 1
            });
            let after_target =
                (t0.saturating_sub(2)..t0).any(|i| self.cue_at_token(i, Cue::Target));
            if !(counted || after_word || after_target) {
                continue;
            }
            if v.value.group == PEOPLE_GROUP {
                people_victims = true;
            } else if v.value.civilian {
                civilian_victims = true;
            } else {
                armed_victims = true;
            }
        }
        // people ("أشخاص", "آخرين") are civilians unless armed victims are told with them
        // ("خمسة جنود قتلوا وإن ستة آخرين أصيبوا")
        civilian_victims |= people_victims && !armed_victims;
        for n in doc.numbers_in(span) {
            if self.is_count_excluded(n) {
                continue;
            }
            let first = n
                .cue_span
                .map(|c| c.start.min(n.span.start))
                .unwrap_or(n.span.start);
            let first_tok = doc.token_at(first).unwrap_or(n.tokens.start);
            let subset = first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Subset);
            // the victim noun after the number ("15 امرأة", "12 من عناصر الشرطة")
            let noun = victim_matches.iter().find(|v| {
                v.tokens.0 == n.tokens.end
                    || (v.tokens.0 == n.tokens.end + 1
                        && doc.tokens.get(n.tokens.end).is_some_and(|t| t.key == "من"))
            });
            let attacker = noun.is_some_and(|v| v.value.group == ATTACKER_GROUP);
            if let Some(v) = noun {
                let vspan = n.span.cover(v.span);
                victims.push(Victim {
                    group: v.value.group.clone(),
                    count: Some(n.min),
                    text: doc.slice(vspan).to_string(),
                    span: [vspan.start, vspan.end],
                });
            }
            if subset {
                // "بينهم 15 قضوا في هجوم": a part of the total with its own verb of death
                let verb = kills
                    .iter()
                    .find(|t| (n.tokens.end..=n.tokens.end + 1).contains(&t.tokens.0));
                if let Some(verb) = verb {
                    let nspan = n.cue_span.map_or(n.span, |c| c.cover(n.span));
                    subset_kills.push(CountPiece {
                        min: n.min,
                        max: n.max,
                        qualifier: n.qualifier,
                        span: nspan.cover(verb.span),
                        attacker,
                    });
                }
                continue;
            }
            // "فجر ثلاثة آخرون أنفسهم": attackers who blew themselves up died in the incident
            {
                let after_suicide =
                    first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Detonate);
                let reflexive =
                    (n.tokens.end..n.tokens.end + 3).any(|i| self.cue_at_token(i, Cue::Reflexive));
                if after_suicide && reflexive {
                    let end = (n.tokens.end..n.tokens.end + 3)
                        .find(|&i| self.cue_at_token(i, Cue::Reflexive))
                        .and_then(|i| doc.tokens.get(i))
                        .map_or(n.span.end, |t| t.span.end);
                    kill_pieces.push(CountPiece {
                        min: n.min,
                        max: n.max,
                        qualifier: n.qualifier,
                        span: Span::new(n.span.start, end),
                        attacker: true,
                    });
                    continue;
                }
            }
            // (cost, trigger span, role): after a trigger ("مقتل 18") costs its gap; before a
            // trigger ("15 قتيلا", "28 شخصا قتلوا") costs its gap plus a half, and not across a
            // conjunction that opens a new clause ("ستة وإصابة 12")
            let mut best: Option<(f32, Span, Role)> = None;
            let limit = if n.vague { 1 } else { 4 };
            for t in kills.iter().chain(injures.iter()) {
                let cand = if t.tokens.1 < first_tok
                    && self.opens_clause(first_tok - 1, &triggers, &victim_matches)
                {
                    // "أصيب 7 وفقدنا 50", "مقتل الرهينة وتحرير رهينتين": the figure belongs to
                    // the word joined by "و" right before it, not to this trigger
                    None
                } else if t.tokens.1 <= first_tok {
                    // a conjunction between ("11 قتيلا و31 جريحا") makes the number the start
                    // of the next item rather than this trigger's figure
                    let conj = (t.tokens.1..first_tok)
                        .filter(|&i| doc.tokens[i].key == "و")
                        .count()
                        + usize::from(
                            doc.tokens[first_tok]
                                .clitics
                                .first()
                                .is_some_and(|c| c == "و"),
                        );
                    let conj = conj as f32;
                    self.link_gap(t.tokens.1, first_tok, limit, false)
                        .map(|g| g as f32 + conj)
                } else if n.tokens.end <= t.tokens.0 {
                    let conj = doc.tokens[t.tokens.0]
                        .clitics
                        .first()
                        .is_some_and(|c| c == "و" || c == "ف");
                    if conj && t.tokens.0 > n.tokens.end {
                        None
                    } else if conj {
                        self.link_gap(n.tokens.end, t.tokens.0, 0, false)
                            .map(|g| g as f32 + 1.5)
                    } else {
                        self.link_gap(n.tokens.end, t.tokens.0, limit, !n.vague)
                            .map(|g| g as f32 + 0.5)
                    }
                } else {
                    None
                };
                if let Some(cost) = cand {
                    if best.is_none_or(|(c, _, _)| cost < c) {
                        best = Some((cost, t.span, t.value.role));
                    }
                }
            }
            if let Some((_, tspan, role)) = best {
                let nspan = n.cue_span.map(|c| c.cover(n.span)).unwrap_or(n.span);
                // "النائب الذي قتل مع 9 مواطنين آخرين": the others and the one they died with
                let with_others = tspan.end <= nspan.start
                    && first_tok > 0
                    && self.cue_at_token(first_tok - 1, Cue::With)
                    && (n.tokens.end..n.tokens.end + 3).any(|i| self.cue_at_token(i, Cue::Others))
                    && doc
                        .numbers_in(Span::new(tspan.end, nspan.start))
                        .next()
                        .is_none();
                let one = u64::from(with_others);
                let piece = CountPiece {
                    min: n.min.saturating_add(one),
                    max: n.max.map(|m| m.saturating_add(one)),
                    qualifier: n.qualifier,
                    span: nspan.cover(tspan),
                    attacker,
                };
                match role {
                    Role::Kill => kill_pieces.push(piece),
                    _ => injury_pieces.push(piece),
                }
            }
        }

        // "مقتل شرطي", "أصيب جندي": a singular person noun right after the word counts one
        for t in kills.iter().chain(injures.iter()) {
            let linked = kill_pieces
                .iter()
                .chain(injury_pieces.iter())
                .any(|p: &CountPiece| p.span.contains(t.span));
            let Some(next) = doc.tokens.get(t.tokens.1) else {
                continue;
            };
            let in_number = doc
                .numbers_in(span)
                .any(|n| n.tokens.start <= t.tokens.1 && t.tokens.1 < n.tokens.end);
            if linked
                || in_number
                || next.span.end > span.end
                || !rasd_text::is_singular_person(&next.stem)
            {
                continue;
            }
            let piece = CountPiece {
                min: 1,
                max: Some(1),
                qualifier: Qualifier::Exact,
                span: t.span.cover(next.span),
                attacker: false,
            };
            match t.value.role {
                Role::Kill => kill_pieces.push(piece),
                _ => injury_pieces.push(piece),
            }
        }
        self.joined_persons(span, &triggers, &mut kill_pieces, &mut injury_pieces);

        // "مقتل 18 شخصاً في العراق، بينهم 15 قضوا في هجوم انتحاري": the incident is the attack
        // told after the part, and the part is its toll; the rest of the total died elsewhere
        if let Some(m) = main {
            let part = subset_kills.iter().rev().find(|p| {
                p.span.end <= m.span.start
                    && doc
                        .token_at(p.span.end - 1)
                        .zip(doc.token_at(m.span.start))
                        .is_some_and(|(a, b)| b <= a + 4)
            });
            if let Some(part) = part {
                if !kill_pieces.is_empty()
                    && kill_pieces.iter().all(|k| k.span.end <= part.span.start)
                {
                    kill_pieces = vec![part.clone()];
                }
            }
        }
        let (
            mut trigger_span,
            mut event_type,
            mut sub_event_type,
            plover_event,
            mut plover_mode,
            mut priority,
        ) = match main {
            Some(m) => (
                m.span,
                m.value.event_type.clone().unwrap_or_default(),
                m.value.sub_event_type.clone().unwrap_or_default(),
                m.value
                    .plover_event
                    .clone()
                    .unwrap_or_else(|| "ASSAULT".into()),
                m.value.plover_mode.clone(),
                m.value.priority,
            ),
            None => {
                let t = kills.first().or(injures.first())?;
                (
                    t.span,
                    rasd_core::VAC.to_string(),
                    "Attack".to_string(),
                    "ASSAULT".to_string(),
                    None,
                    0,
                )
            }
        };
        let (actor1, actor2) = self.actors(span, trigger_span, civilian_victims);
        let armed = |a: &Option<Actor>| {
            a.as_ref().is_some_and(|a| {
                !matches!(
                    a.kind,
                    ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
                )
            })
        };
        let armed_target = armed_victims || armed(&actor2);
        // attacks on armed forces are battles; generic attacks on civilians are attacks
        if sub_event_type == "Attack" && armed_target && !civilian_victims {
            event_type = rasd_core::BATTLES.into();
            sub_event_type = "Armed clash".into();
        } else if sub_event_type == "Armed clash"
            && priority <= 30
            && civilian_victims
            && !armed_victims
        {
            event_type = rasd_core::VAC.into();
            sub_event_type = "Attack".into();
        }
        // an explicit clash between two armed sides is a battle, whatever weapons the fighters
        // carry ("اشتباكات بين قوات البيشمركة ومجموعة انتحاريين يرتدون أحزمة ناسفة")
        let explicit_clash = events.iter().find(|m| {
            m.value.sub_event_type.as_deref() == Some("Armed clash") && m.value.priority >= 40
        });
        if let Some(clash) = explicit_clash {
            if armed(&actor1) && armed_target && event_type == rasd_core::EXPLOSIONS {
                event_type = rasd_core::BATTLES.into();
                sub_event_type = "Armed clash".into();
                trigger_span = clash.span;
                plover_mode = clash.value.plover_mode.clone();
                priority = clash.value.priority;
            }
        }

        let (mut location, place_key) = self.place(span, trigger_span);
        if location.is_none() {
            location = country_of_actors([&actor1, &actor2]);
        }

        // the sentence's date nearest the incident's words ("... منذ انهيار الهدنة الخميس ...،
        // تعرض قيادي ... الثلاثاء للخطف"), else the story's latest recent day or week before
        // it (a month, a year or a day long past told before is background: "منذ مارس
        // الماضي", "عام 2004"); a date after publication ("غدا") never dates an incident
        let own = (self.dates.iter())
            .filter(|d| !d.future && d.span.start >= span.start && d.span.end <= span.end);
        let date = nearest(own, trigger_span)
            .map(|d| (d.clone(), false))
            .or_else(|| {
                self.dates
                    .iter()
                    .rev()
                    .find(|d| {
                        !d.future && d.span.end <= span.start && d.story_clock(self.published)
                    })
                    .map(|d| (d.clone(), true))
            });
        let features = self.features(
            span,
            &triggers,
            main.map(|m| ***m),
            (&kill_pieces, !kills.is_empty()),
            (&injury_pieces, !injures.is_empty()),
            &location,
            date.as_ref().is_some_and(|(_, inherited)| !inherited),
            (actor1.is_some(), actor2.is_some() || !victims.is_empty()),
            irrealis_from != usize::MAX,
        );
        let (elsewhere, elsewhere_victims) = if location.is_some() {
            self.split_elsewhere(span, &triggers, &mut kill_pieces, &mut victims)
        } else {
            (Vec::new(), Vec::new())
        };
        Some(Candidate {
            sentence: si,
            sentence_span: sentence,
            trigger_span,
            event_type,
            sub_event_type,
            plover_event,
            plover_mode,
            priority,
            has_event_trigger: main.is_some(),
            definite: main.is_some_and(|m| {
                doc.tokens[m.tokens.0].clitics.iter().any(|c| c == "ال")
                    && self.cue_at_token(m.tokens.0, Cue::Anaphor)
            }),
            kills: kill_pieces,
            elsewhere,
            elsewhere_victims,
            kill_word: kills.first().map(|m| m.span),
            injuries: injury_pieces,
            injury_word: injures.first().map(|m| m.span),
            victims,
            actor1,
            actor2,
            location,
            place_key,
            date,
            armed_victims,
            civilian_victims,
            sequel: false,
            features,
            score: 0.0,
            status: rasd_core::Status::Incident,
            status_cue: None,
            mentions: Vec::new(),
        })
    }

    /// "سبعة من عناصر الشرطة، ومهندس هندي", "جنديين ومدني": a singular person noun joined by
    /// "و" to a counted group, a few words after it, is one more of the same count. A subset
    /// ("بينهم شرطي ومدني"), an apposition ("اثنين، هما مجند وشرطي"), a trigger or a clause
    /// between them keeps it out.
    fn joined_persons(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &mut Vec<CountPiece>,
        injuries: &mut Vec<CountPiece>,
    ) {
        let doc = self.doc;
        let Some(si) = doc.sentence_at(span.start) else {
            return;
        };
        let in_trigger = |i: usize| triggers.iter().any(|h| h.tokens.0 <= i && i < h.tokens.1);
        let in_number = |i: usize| doc.numbers_in(doc.tokens[i].span).next().is_some();
        for i in doc.sentences[si].tokens.clone() {
            let t = &doc.tokens[i];
            if t.span.start < span.start
                || t.span.end > span.end
                || t.clitics.first().is_none_or(|c| c != "و")
                || !rasd_text::is_singular_person(&t.stem)
                || in_number(i)
                || in_trigger(i)
            {
                continue;
            }
            // "ثمانية آلاف رجل وصبي": the figure counts both nouns
            let counted_pair = i > 0
                && doc.tokens[i - 1].clitics.first().is_none_or(|c| c != "و")
                && rasd_text::is_singular_person(&doc.tokens[i - 1].stem)
                && doc
                    .numbers_in(span)
                    .any(|n| n.tokens.end == i - 1 && !n.dual_noun);
            // "عشرة آلاف ضحية بين قتيل وأسير": the figure split, nobody added
            let split = (i.saturating_sub(3)..i).any(|j| doc.tokens[j].key == "بين");
            if counted_pair || split {
                continue;
            }
            // the nearest count that ends before the noun, of either kind
            let last = |ps: &[CountPiece]| {
                ps.iter()
                    .filter(|p| p.span.end <= t.span.start)
                    .map(|p| p.span.end)
                    .max()
            };
            let (k, j) = (last(kills), last(injuries));
            let (end, pieces) = match (k, j) {
                (Some(a), Some(b)) if b > a => (b, &mut *injuries),
                (Some(a), _) => (a, &mut *kills),
                (None, Some(b)) => (b, &mut *injuries),
                (None, None) => continue,
            };
            let Some(from) = doc.token_at(end.saturating_sub(1)).map(|f| f + 1) else {
                continue;
            };
            let clear = from + 6 >= i
                && (from..i).all(|g| {
                    let w = &doc.tokens[g];
                    (w.kind != TokenKind::Punct || w.key == "،" || w.key == ",")
                        && !self.cue_at_token(g, Cue::Subset)
                        && !self.cue_at_token(g, Cue::Apposition)
                        && !self.cue_at_token(g, Cue::Clause)
                        && !in_trigger(g)
                        && !in_number(g)
                });
            if clear {
                pieces.push(CountPiece {
                    min: 1,
                    max: Some(1),
                    qualifier: Qualifier::Exact,
                    span: t.span,
                    attacker: false,
                });
            }
        }
    }

    /// Takes out of `kills` the figures followed by an "outside" cue in their clause ("مقتل 18
    /// من قوات الأمن والعاملين بمحطة للطاقة خارج المدينة"), with the victim groups told after
    /// them ("بينهم 4 إيرانيين").
    fn split_elsewhere(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &mut Vec<CountPiece>,
        victims: &mut Vec<Victim>,
    ) -> (Vec<CountPiece>, Vec<Victim>) {
        let doc = self.doc;
        let last = doc
            .token_at(span.end.saturating_sub(1))
            .map_or(0, |t| t + 1);
        let outside = |p: &CountPiece| {
            if p.attacker {
                return false;
            }
            let Some(end) = doc.token_at(p.span.end.saturating_sub(1)).map(|t| t + 1) else {
                return false;
            };
            for i in end..(end + OUTSIDE_WINDOW).min(last) {
                if self.cue_at_token(i, Cue::Outside) {
                    return true;
                }
                // the clause ends at punctuation, a clause opener or another trigger
                if doc.tokens[i].kind == TokenKind::Punct
                    || self.cue_at_token(i, Cue::Clause)
                    || triggers.iter().any(|t| t.tokens.0 == i)
                {
                    return false;
                }
            }
            false
        };
        let (away, stay): (Vec<CountPiece>, Vec<CountPiece>) =
            kills.drain(..).partition(|p| outside(p));
        *kills = stay;
        let Some(from) = away.iter().map(|p| p.span.start).min() else {
            return (Vec::new(), Vec::new());
        };
        let (away_victims, stay_victims): (Vec<Victim>, Vec<Victim>) = victims
            .drain(..)
            .partition(|v| v.span[0] >= from && v.span[1] <= span.end);
        *victims = stay_victims;
        (away, away_victims)
    }

    #[allow(clippy::too_many_arguments)]
    fn features(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        main: Option<Hit<&'static Trigger>>,
        kills: (&[CountPiece], bool),
        injuries: (&[CountPiece], bool),
        location: &Option<Location>,
        own_date: bool,
        (actor1, target): (bool, bool),
        irrealis: bool,
    ) -> crate::detect::Features {
        let doc = self.doc;
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        // a figure, or a person told for the first time ("مقتل صحافي"); "اغتيال الصحافي" names
        // somebody the reader already knows of, as a story about a known killing does
        let counted = |ps: &[CountPiece]| {
            ps.iter().any(|p| {
                let last = doc.token_at(p.span.end.saturating_sub(1));
                p.min != 1 || last.is_none_or(|l| !doc.tokens[l].clitics.iter().any(|c| c == "ال"))
            })
        };
        let all: Vec<_> = in_sentence(&self.triggers, span).collect();
        // negative cues before the incident's words frame them ("نفى أن ..."); after them they
        // are mostly another clause's business
        let trigger_at = main.map(|m| m.span.start).unwrap_or(span.end);
        let negatives = all
            .iter()
            .filter(|t| t.value.role == Role::Negative && t.span.start < trigger_at)
            .count();
        let negatives_after = all
            .iter()
            .filter(|t| t.value.role == Role::Negative && t.span.start >= trigger_at)
            .count();
        let claims = all.iter().any(|t| t.value.role == Role::Claim);
        let violent = triggers
            .iter()
            .filter(|t| t.value.role != Role::Negative && t.value.role != Role::Claim)
            .count();
        let definite = main.is_some_and(|m| rasd_text::key(doc.slice(m.span)).starts_with("ال"));
        // what stands in the three words before the incident's word: "بعد هجوم" (background),
        // "التخطيط لهجوم" (topic), "الذي ..." (a description)
        let before = |cue: Cue| {
            main.is_some_and(|m| {
                (m.tokens.0.saturating_sub(3)..m.tokens.0).any(|i| self.cue_at_token(i, cue))
            })
        };
        let background = before(Cue::Background);
        let topic = before(Cue::Topic);
        let relative = before(Cue::Relative);
        // the speaker comes before the incident's word: "قال مسؤول إن ..."
        let speaker = (self.cues.iter())
            .any(|c| c.value == Cue::Speaker && span.contains(c.span) && c.span.start < trigger_at);
        let settlement = location
            .as_ref()
            .is_some_and(|l| l.precision.is_some_and(|p| p <= 2));
        let sentence_text = doc.slice(span);
        let tokens = doc
            .sentence_at(span.start)
            .map(|s| &doc.tokens[doc.sentences[s].tokens.clone()])
            .unwrap_or(&[]);
        // "وكانت ... قد قتلت": narrated background, not the news of the day
        let pluperfect = tokens.iter().any(|t| t.stem == "كان" || t.stem == "كانت")
            && tokens.iter().any(|t| t.key == "قد");
        // a year before publication ("في 2003") recalls history
        let year = self.published.map(|p| p.year as u64);
        let old_year = doc.numbers_in(span).any(|n| {
            n.max == Some(n.min) && (1900..2100).contains(&n.min) && year.is_some_and(|y| n.min < y)
        });
        let recent_date = self.published.is_some_and(|p| {
            self.dates.iter().any(|d| {
                span.contains(d.span)
                    && d.precision == rasd_core::DatePrecision::Day
                    && (p.ordinal() - d.day.ordinal()).abs() <= 7
            })
        });
        // the main trigger inside «...»: somebody's words
        let quoted = main.is_some_and(|m| {
            let before = &tokens[..tokens
                .iter()
                .take_while(|t| t.span.end <= m.span.start)
                .count()];
            let opens = before.iter().filter(|t| t.key == "«").count();
            let closes = before.iter().filter(|t| t.key == "»").count();
            opens > closes
        });
        // the sentence opens with the violent word ("وقتل ...", "أصيب ...", "انفجرت ...")
        let first = tokens
            .iter()
            .position(|t| t.kind != TokenKind::Punct && t.span.start >= span.start);
        let lead_verb = first.is_some_and(|f| {
            let at = tokens[f].span.start;
            all.iter().any(|t| {
                t.span.start == at
                    && matches!(t.value.role, Role::Kill | Role::Injure | Role::Event)
            })
        });
        let n_tokens = doc
            .sentence_at(span.start)
            .map(|s| doc.sentences[s].tokens.len())
            .unwrap_or(1)
            .max(1);
        [
            b(main.is_some()),
            b(definite),
            b(counted(kills.0)),
            b(!counted(kills.0) && kills.1),
            b(counted(injuries.0)),
            b(!counted(injuries.0) && injuries.1),
            b(settlement),
            b(location.is_some() && !settlement),
            b(own_date),
            b(actor1),
            b(target),
            negatives.min(3) as f32,
            negatives_after.min(3) as f32,
            b(claims),
            b(background),
            b(irrealis),
            main.map(|m| m.value.priority as f32 / 100.0).unwrap_or(0.0),
            violent.min(4) as f32 / 4.0,
            b(sentence_text.contains(['؟', '?'])),
            (n_tokens as f32).ln(),
            b(pluperfect),
            b(old_year),
            b(recent_date),
            b(quoted),
            b(topic),
            b(relative),
            b(lead_verb),
            b(speaker),
        ]
    }

    /// Whether token `i` is a word joined by "و"/"ف" that is neither a count, a person, a victim
    /// nor a word of death or injury: another predicate ("وفقدنا", "وتحرير", "واعتقل"), so a
    /// figure right after it is its own.
    fn opens_clause(
        &self,
        i: usize,
        triggers: &[&Hit<&'static Trigger>],
        victims: &[&Hit<&'static VictimEntry>],
    ) -> bool {
        let t = &self.doc.tokens[i];
        let joined = t.key != "و" && t.clitics.first().is_some_and(|c| c == "و" || c == "ف");
        joined
            && t.kind == TokenKind::Word
            && self.in_number.get(i) != Some(&true)
            && !rasd_text::is_singular_person(&t.stem)
            && !victims.iter().any(|v| v.tokens.0 <= i && i < v.tokens.1)
            && !triggers.iter().any(|m| {
                matches!(m.value.role, Role::Kill | Role::Injure)
                    && m.tokens.0 <= i
                    && i < m.tokens.1
            })
    }

    /// The number of tokens between `from` and `to` that separate a count from its trigger
    /// (numbers, "و" and quotes do not count), if at most `limit` and no punctuation or
    /// barrier word stands between.
    fn link_gap(&self, from: usize, to: usize, limit: usize, aside: bool) -> Option<usize> {
        let mut gap = 0;
        // from a figure to its verb (`aside`), a subset told in between ("خمسة أشخاص بينهم
        // اثنان من عناصر الشرطة قتلوا") is an aside: its words do not part them
        let mut subset = false;
        for i in from..to {
            let t = &self.doc.tokens[i];
            if t.kind == TokenKind::Punct || self.cue_at_token(i, Cue::Barrier) {
                return None;
            }
            subset |= aside
                && self.cue_at_token(i, Cue::Subset)
                && self.in_number.get(i + 1) == Some(&true);
            let number = t.kind == TokenKind::Number || self.in_number.get(i) == Some(&true);
            if !(subset || number || t.key == "و" || t.kind == TokenKind::Quote) {
                gap += 1;
            }
        }
        (gap <= limit).then_some(gap)
    }

    fn actors(
        &self,
        span: Span,
        trigger: Span,
        civilian_victims: bool,
    ) -> (Option<Actor>, Option<Actor>) {
        let doc = self.doc;
        let mut perp: Option<(usize, Actor)> = None;
        let mut target: Option<Actor> = None;
        // the perpetrator is the actor nearest before the trigger (the verb's subject), else the
        // nearest after it
        let distance = |s: Span| trigger.gap(s) + if s.end <= trigger.start { 0 } else { 1000 };
        for m in in_sentence(&self.actors, span) {
            let e = m.value;
            let Some(kind) = ActorKind::parse(&e.kind) else {
                continue;
            };
            let t0 = m.tokens.0;
            let after_target_cue =
                (t0.saturating_sub(2)..t0).any(|i| self.cue_at_token(i, Cue::Target));
            let after_number = t0 >= 2
                && doc.tokens[t0 - 1].key == "من"
                && doc.tokens[t0 - 2].kind == TokenKind::Number;
            // right after a kill word the actor is the victim ("مقتل جنود") unless a count
            // follows it: then it is the verb's subject ("قتلت القوات الأميركية 11 مسلحا")
            let count_follows = doc
                .numbers_in(span)
                .any(|n| n.tokens.start >= m.tokens.1 && n.tokens.start <= m.tokens.1 + 1);
            let after_kill = !count_follows
                && in_sentence(&self.triggers, span)
                    .any(|t| matches!(t.value.role, Role::Kill | Role::Injure) && t.tokens.1 == t0);
            // "المتحدث باسم الحشد الشعبي", "مصادر في الشرطة": the speaker, not a side
            if (t0.saturating_sub(2)..t0).any(|i| self.cue_at_token(i, Cue::Speaker)) {
                continue;
            }
            let is_target =
                e.role == ActorRole::Target || after_target_cue || after_number || after_kill;
            let actor = Actor {
                name: e.name.clone(),
                text: doc.slice(m.span).to_string(),
                kind,
                country: e.country.clone(),
                span: [m.span.start, m.span.end],
            };
            if is_target {
                if target.is_none() {
                    target = Some(actor);
                }
            } else {
                let d = distance(m.span);
                match perp.take() {
                    Some((pd, p)) if pd <= d => {
                        if target.is_none() && p.name != actor.name {
                            target = Some(actor);
                        }
                        perp = Some((pd, p));
                    }
                    Some((_, p)) => {
                        if target.is_none() && p.name != actor.name {
                            target = Some(p);
                        }
                        perp = Some((d, actor));
                    }
                    None => perp = Some((d, actor)),
                }
            }
        }
        let perp = perp.map(|(_, a)| a);
        if target.is_none() && civilian_victims {
            if let Some(v) = in_sentence(&self.victims, span).find(|v| v.value.civilian) {
                target = Some(Actor {
                    name: "Civilians".into(),
                    text: doc.slice(v.span).to_string(),
                    kind: ActorKind::Civilians,
                    country: None,
                    span: [v.span.start, v.span.end],
                });
            }
        }
        (perp, target)
    }

    /// How likely a place mention of the sentence is the incident's place.
    fn place_rank(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> f32 {
        let mut r = feature_rank(&p.feature);
        if p.relative {
            r -= 2.5;
        }
        // "في محافظة ديالى، شمال شرق بغداد": a place after a direction word is an anchor
        let direction = p.cue.as_deref().is_some_and(|c| {
            c.split_whitespace()
                .any(|w| DIRECTIONS.contains(&rasd_text::key(w)))
        });
        if direction && !p.relative && !p.region {
            r -= 1.5;
        }
        if p.cue.is_some() {
            r += 1.0;
        }
        // "في محافظة ديالى، شمال شرق بغداد": the province that an anchor right after it locates
        // is the one the text names (a town needs no help: the anchor ranks below it anyway)
        let near = Span::new(p.span.end, p.span.end + 30);
        let located = starting_in(&self.places, |q| q.span.start, near)
            .first()
            .is_some_and(|q| {
                q.relative
                    && !starting_in(&self.triggers, |h| h.span.start, near)
                        .iter()
                        .any(|h| h.span.start < q.span.start)
            });
        if located && matches!(p.feature.as_str(), "admin1" | "admin2" | "region") {
            r += 1.5;
        }
        // places after the trigger tend to be the incident's
        if p.span.start >= trigger.end {
            r += 0.3;
        }
        // where the speaker is ("وفي مدريد قال متحدث ..."), not where it happened
        let t = self.doc.token_at(p.span.end.saturating_sub(1)).unwrap_or(0);
        let after = Span::new(p.span.end, p.span.end + 40);
        let speaker_next = starting_in(&self.triggers, |h| h.span.start, after)
            .iter()
            .any(|h| h.value.role == Role::Claim && h.tokens.0 > t && h.tokens.0 <= t + 2);
        if speaker_next {
            r -= 1.5;
        }
        // a dateline ("أبوجا ـ رويترز: ...", "مدريد - «الشرق الأوسط»: ..."): where the report
        // was filed, not where it happened
        let doc = self.doc;
        let dash = |i: usize| {
            doc.tokens.get(i).is_some_and(|t| {
                let mut cs = t.key.chars();
                cs.next().is_some_and(rasd_text::is_dash) && cs.next().is_none()
            })
        };
        let first = doc.token_at(p.span.start).unwrap_or(t);
        let colon = |i: usize| doc.tokens.get(i).is_some_and(|t| t.key == ":");
        // or the agency first: "رويترز- القاهرة: ...", "واس- الرياض: ..."
        let dateline = dash(t + 1) && (t + 2..t + 8).any(colon)
            || first > 0 && dash(first - 1) && colon(t + 1);
        if dateline {
            r -= 3.0;
        }
        // the geocoder's doubt about a mention (a surname, a rare village) counts against it
        r + (p.score - CONFIDENT_SCORE).min(0.0) * SCORE_WEIGHT
    }

    /// The place of the incident: the most specific place of the sentence, preferring one
    /// introduced by a cue word and not a relative anchor.
    fn place(&self, span: Span, trigger: Span) -> (Option<Location>, Option<String>) {
        let best = starting_in(&self.places, |p| p.span.start, span)
            .iter()
            .filter(|p| p.span.end <= span.end)
            .map(|p| (self.place_rank(p, trigger), p))
            .max_by(|(ra, a), (rb, b)| {
                ra.partial_cmp(rb)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(b.span.start.cmp(&a.span.start))
            })
            .map(|(_, p)| p);
        match best {
            Some(p) => {
                let key = rasd_text::key(&p.location.name);
                (Some(p.location.clone()), Some(key))
            }
            None => (None, None),
        }
    }
}

/// Without a place, a national force or a group of one country names the country at least
/// ("الجيش الباكستاني"): a country-level location (ACLED precision 3) supported by the actor's
/// words (a state force first, as it fights at home unless it is external).
impl Context<'_> {
    /// The country of an incident whose sentence names no place and no country-bound actor: the
    /// country the whole story is about (its places, demonyms and country-bound names), when one
    /// country has at least twice the evidence of any other. The words nearest the incident's
    /// stand as its text.
    fn story_country(&self, trigger: Span) -> Option<Location> {
        let words = self
            .country_words
            .get_or_init(|| rasd_geo::Geocoder::global().country_words(self.doc));
        let evidence: Vec<(&str, Span)> = (self.places.iter())
            .filter_map(|p| p.location.country.as_deref().map(|c| (c, p.span)))
            .chain(words.iter().map(|(c, s)| (c.as_str(), *s)))
            .collect();
        let mut weight: Vec<(&str, usize)> = Vec::new();
        for (c, _) in &evidence {
            match weight.iter_mut().find(|(x, _)| x == c) {
                Some(w) => w.1 += 1,
                None => weight.push((c, 1)),
            }
        }
        weight.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let (iso, top) = *weight.first()?;
        if weight.get(1).is_some_and(|(_, second)| top < 2 * second) {
            return None;
        }
        // one demonym alone is weak evidence: "وكالة الصحافة الفرنسية" is a source, "الجنود
        // الأميركيين" fight abroad; a place of the country, or two of its words, is enough
        let placed = self
            .places
            .iter()
            .any(|p| p.location.country.as_deref() == Some(iso));
        if !placed && top < 2 {
            return None;
        }
        let (_, span) = evidence
            .iter()
            .filter(|(c, _)| *c == iso)
            .min_by_key(|(_, s)| trigger.gap(*s))?;
        country_location(iso, self.doc.slice(*span).to_string(), *span)
    }
}

/// The country of an incident without a place, from its actors: an army fights at home, but
/// forces acting abroad (kind external: US troops, a foreign air force) say where they come from,
/// not where the incident happened.
fn country_of_actors(actors: [&Option<Actor>; 2]) -> Option<Location> {
    let with_country: Vec<&Actor> = actors
        .into_iter()
        .flatten()
        .filter(|a| a.country.is_some() && a.kind != ActorKind::External)
        .collect();
    let a = with_country
        .iter()
        .find(|a| a.kind == ActorKind::State)
        .or(with_country.first())?;
    let iso = a.country.as_deref()?;
    country_location(iso, a.text.clone(), Span::new(a.span[0], a.span[1]))
}

/// A country as an incident's location (precision 3, at the country's point), supported by the
/// words `text` at `span`.
fn country_location(iso: &str, text: String, span: Span) -> Option<Location> {
    let c = rasd_geo::Gazetteer::global().country(iso)?;
    Some(Location {
        name: c.name_en.clone(),
        text,
        span: [span.start, span.end],
        country: Some(iso.to_string()),
        admin1: None,
        admin2: None,
        lat: Some(c.lat),
        lon: Some(c.lon),
        geonames_id: c.geonames_id,
        precision: Some(3),
    })
}

/// Keys of the direction words of data/lexicon/places_cues.tsv (شمال، جنوب، شرق ...).
static DIRECTIONS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        rasd_lexicon::place_cues()
            .iter()
            .filter(|c| c.kind == rasd_lexicon::PlaceCueKind::Direction)
            .flat_map(|c| {
                c.phrase
                    .split_whitespace()
                    .map(rasd_text::key)
                    .collect::<Vec<_>>()
            })
            .collect()
    });

/// How many tokens after a count of dead an "outside" cue may stand.
const OUTSIDE_WINDOW: usize = 10;

/// The victim group (data/lexicon/victims.tsv) of attackers killed: militants, bombers.
pub const ATTACKER_GROUP: &str = "militants";

/// The victims.tsv group of people of no stated side ("أشخاص", "آخرين").
const PEOPLE_GROUP: &str = "people";

/// How much the geocoder's own confidence in a mention counts against feature specificity.
const SCORE_WEIGHT: f32 = 0.5;
/// A geocoder score from which a mention is not in doubt.
const CONFIDENT_SCORE: f32 = 6.0;

fn feature_rank(feature: &str) -> f32 {
    match feature {
        "neighbourhood" | "street" => 5.2,
        "village" => 5.0,
        "town" => 5.0,
        "city" => 4.8,
        "admin2" => 3.0,
        "region" => 2.5,
        "admin1" => 2.0,
        "country" => 1.0,
        _ => 3.5,
    }
}

/// The pieces that add up: a report often tells attackers' deaths one by one ("قتل أحد
/// الانتحاريين", "فجر ثلاثة آخرون أنفسهم") and then as a total ("مقتل ما لا يقل عن 12
/// مسلحاً"). An attackers' figure qualified as a total (at least, about) that is no smaller than
/// the other attackers' figures together holds them: counting both would count the same dead
/// twice, and ACLED keeps the conservative figure.
pub fn adding_pieces(pieces: &[CountPiece]) -> Vec<&CountPiece> {
    let attackers = pieces.iter().filter(|p| p.attacker);
    let total = attackers
        .clone()
        .filter(|p| matches!(p.qualifier, Qualifier::AtLeast | Qualifier::Approx))
        .max_by_key(|p| p.min)
        .filter(|t| {
            let rest: u64 = attackers
                .clone()
                .filter(|p| !std::ptr::eq(*p, *t))
                .map(|p| p.min)
                .sum();
            rest > 0 && t.min >= rest
        });
    pieces
        .iter()
        .filter(|p| match total {
            Some(t) => !p.attacker || std::ptr::eq(*p, t),
            None => true,
        })
        .collect()
}

/// Sums count pieces into one count: the figures add up (see [`adding_pieces`]), the weakest
/// qualifier wins, and the text covers the pieces that add up.
pub fn sum_counts(doc: &Document, pieces: &[CountPiece], word: Option<Span>) -> Option<Count> {
    let pieces = adding_pieces(pieces);
    if pieces.is_empty() {
        // deaths or injuries reported without a figure: at least one (DESIGN.md)
        return word.map(|w| Count {
            min: Some(1),
            max: None,
            qualifier: Qualifier::Unknown,
            text: doc.slice(w).to_string(),
            span: [w.start, w.end],
        });
    }
    let min: u64 = pieces
        .iter()
        .map(|p| p.min)
        .fold(0u64, |a, b| a.saturating_add(b));
    let qualifier = pieces
        .iter()
        .map(|p| p.qualifier)
        .max_by_key(|q| match q {
            Qualifier::Exact => 0,
            Qualifier::Range => 1,
            Qualifier::AtMost => 2,
            Qualifier::Approx => 3,
            Qualifier::AtLeast => 4,
            Qualifier::Unknown => 5,
        })
        .unwrap_or(Qualifier::Exact);
    let max = if pieces.iter().all(|p| p.max.is_some()) && qualifier != Qualifier::AtLeast {
        Some(
            pieces
                .iter()
                .filter_map(|p| p.max)
                .fold(0u64, |a, b| a.saturating_add(b)),
        )
    } else {
        None
    };
    let mut span = pieces[0].span;
    for p in &pieces {
        span = span.cover(p.span);
    }
    Some(Count {
        min: Some(min),
        max,
        qualifier,
        text: doc.slice(span).to_string(),
        span: [span.start, span.end],
    })
}
