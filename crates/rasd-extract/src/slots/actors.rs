//! Actors: the perpetrator and the target of a mention, from the actor lexicon's matches in its
//! sentence part.

use rasd_core::{Actor, ActorKind};
use rasd_lexicon::{ActorRole, Role};
use rasd_text::{Span, TokenKind};

use crate::lexicon::Cue;
use crate::mention::{in_sentence, Context};

impl Context<'_> {
    pub(crate) fn actors(
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
        // the plural ending of a word, if any
        let plural = |t: usize| {
            let key = doc.tokens[t].key.as_str();
            PLURAL_ENDINGS.iter().find(|e| key.ends_with(*e))
        };
        let mut last_end: Option<usize> = None;
        for m in in_sentence(&self.actors, span) {
            // an actor word right after another that agrees with it in a plural ending is its
            // adjective ("المستوطنين المتطرفين"), not a second side; a subject and an object
            // differ in case ("قتل المسلحون المدنيين")
            let adjective = last_end == Some(m.tokens.0)
                && plural(m.tokens.0 - 1).is_some_and(|e| plural(m.tokens.1 - 1) == Some(e));
            last_end = Some(m.tokens.1);
            if adjective {
                continue;
            }
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
            // and so is a side named in apposition to a word of the dead, after a comma, the
            // dead's word with at most one word of its own ("شيعت جموع غفيرة شهيد الوطن، الجندي
            // أول ...", "الشهيد، الرقيب ..."): the man who died, not the killer
            let apposed_to_dead = !count_follows && self.apposed_to_dead(span, t0);
            let after_kill = after_kill || apposed_to_dead;
            // "المتحدث باسم الحشد الشعبي", "مصادر في الشرطة": the speaker, not a side; but
            // after "إن" or "أن" the side is the subject of what is said ("وقال مصدر إن القوات
            // سيطرت على ..."), and so it is after punctuation
            let speaker = (t0.saturating_sub(2)..t0).any(|i| {
                self.cue_at_token(i, Cue::Speaker)
                    && (i + 1..t0).all(|j| {
                        !self.cue_at_token(j, Cue::That) && doc.tokens[j].kind != TokenKind::Punct
                    })
            });
            if speaker {
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
                // (an aircraft whose words hold the event word, "شنت مقاتلات تركية ضربات
                // جوية", "نفذ الطيران الحربي السوري أربع غارات", is the side that strikes: it
                // stands at the event word, nearer than any side before it)
                let holds_trigger = m.span.start <= trigger.start
                    && m.span.end > trigger.start
                    && rasd_lexicon::acts_from_air(&e.name);
                let d = if holds_trigger { 0 } else { distance(m.span) };
                match perp.take() {
                    Some((pd, p)) if pd <= d => {
                        if target.is_none() && !same_side(&p, &actor) {
                            target = Some(actor);
                        }
                        perp = Some((pd, p));
                    }
                    Some((_, p)) => {
                        if target.is_none() && !same_side(&p, &actor) {
                            target = Some(p);
                        }
                        perp = Some((d, actor));
                    }
                    None => perp = Some((d, actor)),
                }
            }
        }
        let mut perp = perp.map(|(_, a)| a);
        // the subject of a verb of succeeding whose "من" the event word follows ("وتمكنت
        // الفصائل المقاتلة بعد سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام في سهل الغاب من
        // السيطرة على"): the side that acts, not a side told nearer the event word
        if let Some(subject) = self.succeed_subject(span, trigger) {
            if let Some(p) = perp.take().filter(|p| p.name != subject.name) {
                if target.as_ref().is_none_or(|t| t.name == subject.name) {
                    target = Some(p);
                }
            }
            if target.as_ref().is_some_and(|t| t.name == subject.name) {
                target = None;
            }
            perp = Some(subject);
        }
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

    /// Whether the side at token `t0` is told in apposition to a word of the dead: a kill
    /// word, then at most one word (its complement, "شهيد الوطن"), then a comma right before
    /// the side.
    fn apposed_to_dead(&self, span: Span, t0: usize) -> bool {
        let tokens = &self.doc.tokens;
        t0 >= 2
            && tokens[t0 - 1].is_comma()
            && in_sentence(&self.triggers, span).any(|t| {
                t.value.role == Role::Kill
                    && t.tokens.1 < t0
                    && t.tokens.1 + 2 >= t0
                    && (t.tokens.1..t0 - 1).all(|j| tokens[j].kind == TokenKind::Word)
            })
    }

    /// The subject of a verb of succeeding ([`Cue::Succeed`], "تمكنت", "استطاع") whose
    /// complement "من" opens the event word `trigger` or stands right before it, the verb at
    /// most [`SUCCEED_WORDS`] words before that "من" in its clause: the first actor at most one
    /// word after the verb ("وتمكنت الفصائل المقاتلة ... من السيطرة على", "تمكنت خلالها
    /// المقاومة من"), else one ending at most one word before it ("أن القوات الحكومية الصومالية
    /// تمكنت بدعم من قوات الاتحاد الإفريقي من السيطرة على"). Not a side named as a target, a
    /// supporter ("بدعم من") or after a preposition.
    fn succeed_subject(&self, span: Span, trigger: Span) -> Option<Actor> {
        let doc = self.doc;
        let words = doc.tokens_in(trigger);
        let first = words.start;
        let min = if doc.tokens.get(first)?.key == "من" {
            first
        } else if first > 0 && doc.tokens[first - 1].key == "من" {
            first - 1
        } else {
            return None;
        };
        let lo = doc.tokens_in(span).start;
        let verb = self.succeed_verb(lo.max(min.saturating_sub(SUCCEED_WORDS)), min)?;
        let side = |m: &&crate::mention::Hit<&'static rasd_lexicon::ActorEntry>| {
            let t0 = m.tokens.0;
            m.value.role != ActorRole::Target
                && !doc.tokens[t0].has_preposition()
                && !(t0.saturating_sub(2)..t0).any(|i| {
                    self.cue_at_token(i, Cue::Target)
                        || self.cue_at_token(i, Cue::Support)
                        || doc.tokens[i].key == "من"
                })
        };
        let m = in_sentence(&self.actors, span)
            .filter(side)
            .find(|m| m.tokens.0 > verb && m.tokens.0 <= verb + 2 && m.tokens.1 <= min)
            .or_else(|| {
                in_sentence(&self.actors, span)
                    .filter(side)
                    .find(|m| m.tokens.1 <= verb && m.tokens.1 + 1 >= verb)
            })?;
        actor_of(doc, m)
    }

    /// The nearest verb of succeeding ([`Cue::Succeed`]) before token `i`, from token `from`
    /// on, in its clause, a bracketed aside read through as part of it: a name's gloss in
    /// brackets ("تمكنت بدعم من قوات الاتحاد الإفريقي (اميصوم) من السيطرة على") closes no
    /// clause; other punctuation does.
    pub(crate) fn succeed_verb(&self, from: usize, i: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        let mut aside = false;
        for j in (from..i).rev() {
            let t = &tokens[j];
            if t.kind == TokenKind::Punct {
                match (aside, t.key.as_str()) {
                    (false, ")") => aside = true,
                    (true, "(") => aside = false,
                    _ => return None,
                }
                continue;
            }
            if !aside && self.cue_at_token(j, Cue::Succeed) {
                return Some(j);
            }
        }
        None
    }

    /// The taker a definite noun of an armed group names as the subject of the word of taking
    /// `trigger` in the sentence part `span` ("وكان التنظيم سيطر على كامل بلدة ...", "وسيطر
    /// التنظيم على المدينة بعد قتال عنيف مع قوات الجيش"): the group the story named last
    /// before it (`Context::group_refs`), when the noun stands right after the word or at most
    /// [`SUBJECT_WORDS`] words before it in its clause with no other actor between (not after a
    /// preposition: "للتنظيم"; not a noun far before it, "بادر التنظيم المتطرف إلى توزيع الخبز
    /// ... في المناطق التي سيطر عليها").
    pub(crate) fn group_subject(&self, span: Span, trigger: Span) -> Option<Actor> {
        let doc = self.doc;
        let words = doc.tokens_in(trigger);
        let between = |s: Span| {
            !doc.no_punct(doc.tokens_in(s)) || in_sentence(&self.actors, s).next().is_some()
        };
        let g = in_sentence(&self.group_refs, span)
            .filter(|g| !doc.tokens[g.tokens.0].has_preposition())
            .filter(|g| {
                g.tokens.0 == words.end
                    || g.tokens.1 <= words.start
                        && words.start - g.tokens.1 <= SUBJECT_WORDS
                        && !between(Span::new(g.span.end, trigger.start))
            })
            .min_by_key(|g| trigger.gap(g.span))?;
        actor_of(doc, g)
    }
}

/// How many words may stand between a definite noun of an armed group and the word of taking
/// after it for the noun to be its subject ("وكان التنظيم قد سيطر").
const SUBJECT_WORDS: usize = 2;

/// How many words may stand between a verb of succeeding and the "من" of its event word
/// ("وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام في سهل الغاب
/// من السيطرة على").
pub(crate) const SUCCEED_WORDS: usize = 16;

/// Whether two sides named in one sentence are one: the same actor, or a state's aircraft
/// and its other forces ("قصف عنيف ... من قبل قوات النظام، حيث ألقت طائرات النظام المروحية"):
/// an air force (a side that acts from the air alone, `means` aerial in actors.tsv) and the
/// forces of its own state are one side, never the target of each other.
fn same_side(a: &Actor, b: &Actor) -> bool {
    a.name == b.name
        || (a.kind == ActorKind::State
            && b.kind == ActorKind::State
            && a.country.is_some()
            && a.country == b.country
            && (rasd_lexicon::acts_from_air(&a.name) || rasd_lexicon::acts_from_air(&b.name)))
}

/// The sound plural endings an adjective repeats after its noun (keys: no short vowels).
const PLURAL_ENDINGS: [&str; 3] = ["ين", "ون", "ات"];

/// The actor an actor row's match names, with its words in the text (none for a row of no
/// known kind).
fn actor_of(
    doc: &rasd_text::Document,
    m: &crate::mention::Hit<&'static rasd_lexicon::ActorEntry>,
) -> Option<Actor> {
    Some(Actor {
        name: m.value.name.clone(),
        text: doc.slice(m.span).to_string(),
        kind: ActorKind::parse(&m.value.kind)?,
        country: m.value.country.clone(),
        span: [m.span.start, m.span.end],
    })
}
