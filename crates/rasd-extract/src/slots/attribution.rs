//! Attribution: which figures and persons told near a kill or injury word belong to its
//! incident's toll. A figure of some of those told already, a part of a total, a side's claim,
//! a joint toll of listed places, companions joined to a count, deaths told elsewhere: the
//! checks [`Context::counts`](crate::mention::Context) applies to the figures it reads.

use rasd_core::Victim;
use rasd_lexicon::{Role, Trigger, VictimEntry};
use rasd_text::{NumberMention, Span, TokenKind};

mod accounts;
mod joined;

use super::counts::{Account, CountPiece, SUBJECT_WORDS};
use crate::context::in_sentence;
use crate::lexicon::Cue;
use crate::mention::{Context, Hit};

/// How many words (a noun and its adjective) may stand between a figure and the word of death or
/// injury told after it ("سبعة أشخاص أصيبوا").
const FIGURE_NOUN_WORDS: usize = 2;

/// How many words after a count told "N من ..." a joined "وM من ..." may stand.
const JOINED_WORDS: usize = 8;

/// How many words may name the group between "N من" and the definite word of death or
/// injury of those told already ("اثنين من رجال الأمن المصابين").
const PART_WORDS: usize = 3;

/// How many words a chain of nouns in construct may hold before its definite noun ("مصابي
/// تفجير مسجد قوات الطوارئ").
const CONSTRUCT_WORDS: usize = 4;

/// How many words may stand between a figure and the span of time it is counted over
/// ([`Context::tallies`]): its noun, "من" and a group ("عشرين من أفرادها منذ").
const TALLY_WORDS: usize = 4;

/// How many words may stand between "since" and the word of death that names its anchor
/// ("منذ إعلان وفاة").
const SINCE_WORDS: usize = 2;

/// How many words after a figure the armed side it counts may be named ([`Context::sides`]).
const SIDE_WORDS: usize = 3;

/// How many words after a figure of the dead a [`Cue::Ranks`] may stand.
const RANKS_WORDS: usize = 3;

/// How many words before a figure a cue of a total may stand ("ارتفع عدد القتلى إلى 20").
const TOTAL_WORDS: usize = 4;

/// How many words may name the side between a verb of losing and its figure ("خسرت القوات
/// الحكومية ثلاثة من جنودها").
const LOSER_WORDS: usize = 3;

/// How many tokens after a count of dead an "outside" cue may stand.
const OUTSIDE_WINDOW: usize = 10;

/// Whether a word (its key without proclitics) ends in a possessive pronoun after a base of three
/// letters or more: "مقاتليها", "رفاقه", "حراسهما".
pub(crate) fn possessed(k: &str) -> bool {
    ["هما", "هم", "ها", "ه"]
        .iter()
        .any(|p| k.strip_suffix(p).is_some_and(|b| b.chars().count() >= 3))
}

/// How many words may name the group of a figure told as a clause's subject by its noun alone
/// before a plural verb of death ("أن 15 جنديا على الأقل في الجيش قتلوا").
const NOUN_SUBJECT_WORDS: usize = 8;

/// How many words a subset set off without a figure ("، من بينهم انتحاري،") may hold between
/// a figure and its verb of death.
const LOOSE_SUBSET_WORDS: usize = 3;

impl Context<'_> {
    /// Whether the word of death or injury `t` is told with a figure of at least `min` (not a
    /// vague one) that ends before char `before`: right after it ("أصيب ثلاثة جنود") or at most
    /// [`FIGURE_NOUN_WORDS`] words before it ("سبعة أشخاص أصيبوا").
    fn figure_of(&self, t: &Hit<&'static Trigger>, before: usize, min: u64) -> bool {
        let doc = self.doc;
        let from = doc.tokens[t.tokens.0.saturating_sub(FIGURE_NOUN_WORDS + 1)]
            .span
            .start;
        doc.numbers_in(Span::new(from, before)).any(|m| {
            !m.vague
                && m.min >= min
                && (m.tokens.start == t.tokens.1
                    || (m.tokens.end <= t.tokens.0
                        && t.tokens.0 - m.tokens.end <= FIGURE_NOUN_WORDS))
        })
    }

    /// "اثنان من الجرحى التسعة", "ثلاثة من القتلى": a figure (not a vague one: "الآلاف من
    /// القتلى" are the dead) of "من" and a definite word of death or injury counts some of the
    /// dead or wounded told already, not more of them. So does a figure right before a
    /// [`Cue::Part`] word ("وإصابة تسعة آخرين ثلاثة منهم إصاباتهم بالغة") with no word of death
    /// or injury right before it or right after the cue ("وقتل 8 منهم", "وأردوا 21 منهم قتلى"
    /// count the dead of their word), unless the word before it repeats the word of a figure
    /// as large told before it ("إصابة 5 ... إصابة 3 منهم"). A definite figure right after a definite word of death
    /// or injury ("الجرحى الثمانية") names those told already too.
    pub(super) fn of_counted(
        &self,
        n: &NumberMention,
        first_tok: usize,
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
    ) -> bool {
        let doc = self.doc;
        let definite = |i: usize| doc.tokens[i].clitics.contains(&"ال");
        // "الجرحى الثمانية": a definite figure after a definite word names those told already
        if n.tokens.start > 0
            && definite(n.tokens.start)
            && (kills.iter().chain(injures.iter()))
                .any(|t| t.tokens.1 == n.tokens.start && definite(t.tokens.0))
        {
            return true;
        }
        let mut words = kills.iter().chain(injures.iter());
        if self.cue_at_token(n.tokens.end, Cue::Part) {
            // "إصابة خمسة من الحراس إصابة اثنين منهم خطيرة": a word right before the figure
            // that repeats the word of a figure as large told before it still tells a part
            let repeated = |ws: &[&&Hit<&'static Trigger>]| {
                ws.iter().any(|t| t.tokens.1 == first_tok)
                    && ws.iter().any(|t| {
                        t.tokens.1 < first_tok
                            && doc
                                .numbers_in(Span {
                                    start: doc.tokens[t.tokens.1].span.start,
                                    end: n.span.start,
                                })
                                .any(|m| m.tokens.start == t.tokens.1 && !m.vague && m.min >= n.min)
                    })
            };
            if repeated(kills) || repeated(injures) {
                return !words.any(|t| t.tokens.0 == n.tokens.end + 1);
            }
            // "أصيب ثلاثة جنود، اثنان منهم إصابتهما خطيرة", "اصيب 5 آخرون 3 منهم بحالة
            // حرجة": a word of injury right after the cue, with a figure of the wounded as
            // large told before it, tells how badly some of them were hurt
            let condition = injures.iter().any(|t| t.tokens.0 == n.tokens.end + 1)
                && injures
                    .iter()
                    .any(|t| t.tokens.1 <= first_tok && self.figure_of(t, n.span.start, n.min));
            if condition {
                return true;
            }
            return !words.any(|t| t.tokens.1 == first_tok || t.tokens.0 == n.tokens.end + 1);
        }
        // (the word right after "من" or after the group it is said of: "اثنين من رجال الأمن
        // المصابين"; a noun of cases may stand before "من": "19 حالة من مصابي التفجير")
        let at = n.tokens.end + usize::from(self.cue_at_token(n.tokens.end, Cue::Counter));
        let of = at + 1;
        let group = (of..(of + PART_WORDS).min(doc.tokens.len()))
            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        // (a word in construct with a definite noun is definite too: "من مصابي التفجير", "من
        // مصابي تفجير مسجد قوات الطوارئ")
        let word = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
        let construct = |i: usize| {
            (i + 1..=i + CONSTRUCT_WORDS)
                .take_while(|&j| word(j))
                .any(definite)
        };
        !n.vague
            && doc.tokens.get(at).is_some_and(|t| t.key == "من")
            && words.any(|t| {
                (of..=of + group).contains(&t.tokens.0)
                    && (definite(t.tokens.0)
                        || t.tokens.0 == of && t.tokens.1 == of + 1 && construct(of))
            })
    }

    /// "إن اثنين من رجال الأمن المصابين في الهجوم انتقلا إلى رحمة الله", "توفي اثنان من
    /// الجرحى": a figure of "من" and a definite word of injury counts some of the wounded told
    /// already; with a word of death right before it, or closing it as its subject (at most
    /// [`SUBJECT_WORDS`] words later, no punctuation but a comma, no clause opener and no other
    /// word of death between), they died since: more dead of the incident.
    pub(super) fn succumbed(
        &self,
        n: &NumberMention,
        first_tok: usize,
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        triggers: &[&Hit<&'static Trigger>],
    ) -> Option<CountPiece> {
        let doc = self.doc;
        if doc.tokens.get(n.tokens.end)?.key != "من" || !self.of_counted(n, first_tok, &[], injures)
        {
            return None;
        }
        let before = kills.iter().find(|t| t.tokens.1 == first_tok);
        let after = || {
            let verb = kills.iter().find(|t| t.tokens.0 >= n.tokens.end)?;
            let at = verb.tokens.0;
            if (doc.tokens[at].clitics.first()).is_some_and(|&c| c == "و" || c == "ف") {
                return None;
            }
            let mut gap = 0;
            for i in n.tokens.end..at {
                let w = &doc.tokens[i];
                if (w.kind == TokenKind::Punct && w.key != "،" && w.key != ",")
                    || self.cue_at_token(i, Cue::Clause)
                    || triggers
                        .iter()
                        .any(|h| h.value.role == Role::Kill && h.tokens.0 <= i && i < h.tokens.1)
                {
                    return None;
                }
                gap += usize::from(w.kind == TokenKind::Word);
            }
            (gap <= SUBJECT_WORDS).then_some(verb)
        };
        let verb = before.or_else(after)?;
        let nspan = n.cue_span.map_or(n.span, |c| c.cover(n.span));
        Some(CountPiece {
            min: n.min,
            max: n.max,
            qualifier: n.qualifier,
            succumbed: true,
            side: None,
            ..CountPiece::exact(n.min, nspan.cover(verb.span))
        })
    }

    /// "خسرت المقاومة ثلاثة من مقاتليها": a figure right after a [`Cue::Lose`] verb (or after
    /// the verb and its subject, at most [`LOSER_WORDS`] words), told of "من" and a noun with a
    /// pronoun (those of the side that lost them).
    pub(super) fn lost(&self, n: &NumberMention, first_tok: usize) -> bool {
        let doc = self.doc;
        // (a word of its subject: no figure, no word of death, injury or violence)
        let word = |i: usize| {
            doc.tokens.get(i).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && self.in_number.get(i) != Some(&true)
                    && !self.trigger_covers(i)
            })
        };
        // the verb, then at most [`LOSER_WORDS`] words of its subject
        let verb = (first_tok.saturating_sub(LOSER_WORDS + 1)..first_tok)
            .rev()
            .find(|&i| self.cue_at_token(i, Cue::Lose))
            .is_some_and(|v| (v + 1..first_tok).all(word));
        let theirs = doc
            .tokens
            .get(n.tokens.end + 1)
            .is_some_and(|t| word(n.tokens.end + 1) && possessed(t.stem()));
        !n.vague && verb && doc.tokens.get(n.tokens.end).is_some_and(|t| t.key == "من") && theirs
    }

    /// The clause of an interval anchored on another incident inside the sentence part, not
    /// at its start ("هذا الهجوم وقع بعد يومين من قيام سكان القرية بقتل عنصرين، ..."): from
    /// the interval's word to the next punctuation. Its figures tell that other incident.
    pub(super) fn interval_clause(&self, span: Span) -> Option<Span> {
        let doc = self.doc;
        let first = doc.token_at(span.start)?;
        let last = doc.last_token(span)? + 1;
        let at = (first + 1..last).find(|&i| {
            self.interval_at(i).is_some()
                && !(i == first + 1 && self.cue_at_token(first, Cue::Clause))
        })?;
        let end = (at..last)
            .find(|&i| doc.tokens[i].kind == TokenKind::Punct)
            .map_or(span.end, |i| doc.tokens[i].span.start);
        Some(Span::new(doc.tokens[at].span.start, end))
    }

    /// "فقتل شخصين وأصاب سبعة آخرين قبل أن ينتحر", "قبل أن يقتل نفسه": the attacker who killed
    /// himself after a toll told in the sentence part died in the incident too (attackers killed
    /// count, REPORTS_GUIDELINES.md), one more. Without a toll before it a suicide is no part of
    /// a count here.
    pub(super) fn suicide_after_toll(
        &self,
        span: Span,
        kills: &[&&Hit<&'static Trigger>],
        pieces: &[CountPiece],
    ) -> Option<CountPiece> {
        let doc = self.doc;
        let first_toll = pieces.iter().map(|p| p.span.end).min()?;
        doc.tokens_in(span).find_map(|i| {
            let t = &doc.tokens[i];
            if t.span.start < first_toll || pieces.iter().any(|p| p.span.contains(t.span)) {
                return None;
            }
            let reflexive = self.cue_at_token(i, Cue::Reflexive)
                && kills
                    .iter()
                    .any(|k| k.tokens.1 == i && k.span.start >= first_toll);
            (self.cue_at_token(i, Cue::Suicide) || reflexive).then_some(CountPiece {
                attacker: true,
                ..CountPiece::exact(1, t.span)
            })
        })
    }

    /// "أن 25 مقاتلاً على الأقل من الفصائل المسلحة وثمانية من مقاتلي التنظيم، قتلوا": a figure
    /// of a group ("N من ...") told as the subject of a clause ("أن"/"إن" right before it, or a
    /// figure joined by "و" to such a figure) counts the dead of the verb of death that closes
    /// the subject, or the wounded of a verb of injury ("أن خمسة أشخاص من سكان منازل مجاورة
    /// أصيبوا"), however many words name the group: the words between them (at most
    /// [`SUBJECT_WORDS`]) hold no punctuation but a comma, no clause opener and no other
    /// trigger. A relative clause that describes the group ("أن ستة مقاتلين ... الذين تلقوا
    /// تدريبات ... قتلوا", "أن اثنين من المسلحين الذين شاركوا في الهجوم ... لقيا حتفهما") may
    /// hold other words than of death or injury, and makes a noun of persons right after the figure its group. The
    /// number of words between, if so.
    pub(super) fn subject_gap(
        &self,
        n: &NumberMention,
        first_tok: usize,
        t: &Hit<&'static Trigger>,
        triggers: &[&Hit<&'static Trigger>],
    ) -> Option<usize> {
        let doc = self.doc;
        let verb = t.tokens.0;
        if n.vague
            || !matches!(t.value.role, Role::Kill | Role::Injure)
            || (doc.tokens[verb].clitics.first()).is_some_and(|&c| c == "و" || c == "ف")
        {
            return None;
        }
        // (after "أن"/"إن"/"بأن", a quotation mark between: "أن “ما لا يقل عن 40 ..."; or after
        // the pluperfect "وكان 15 من المسلحين ... قتلوا")
        let opens = |i: usize| {
            let before = (0..i)
                .rev()
                .find(|&j| doc.tokens[j].kind != TokenKind::Quote);
            before.is_some_and(|j| {
                let w = &doc.tokens[j];
                w.stem() == "ان" || w.key == "بان" || (w.key == "وكان" && j + 1 == i)
            })
        };
        // (a figure joined by a "و" of its own: "و 18", or written on it: "وثمانية")
        let start = if opens(first_tok) {
            first_tok
        } else if doc.joined_by_and(first_tok).is_some() {
            let sentence = doc.sentence_at(n.span.start)?;
            let from = doc.sentences[sentence].span.start;
            doc.numbers_in(Span::new(from, n.span.start))
                .filter(|m| m.tokens.end <= first_tok && opens(m.tokens.start))
                .map(|m| m.tokens.start)
                .last()?
        } else {
            return None;
        };
        // a relative clause that describes the group ("ستة مقاتلين ... الذين تلقوا تدريبات",
        // "اثنين من المسلحين الذين شاركوا في الهجوم"): its event words tell what they did
        let relative = (n.tokens.end..verb).find(|&i| self.cue_at_token(i, Cue::Relative));
        // "N من" (the figure, a noun or a qualifier, then the group), or a noun of persons
        // right after the figure that a relative clause describes
        // right after the figure that a relative clause describes; or, before a plural verb
        // ("15 جنديا على الأقل في الجيش قتلوا", "ثلاثة جنود ضمن قوات التحالف ... قتلوا"), a
        // noun of persons or of a side right after the figure
        let noun = || {
            let at = n.tokens.end;
            self.victim_starts_at(at) || self.actor_starts_at(at)
        };
        let plural = doc.tokens[verb]
            .key
            .ends_with(super::counts::PLURAL_VERB_ENDING);
        let of = (n.tokens.end..(n.tokens.end + 4).min(verb)).any(|i| doc.tokens[i].key == "من");
        let described = relative.is_some() && noun();
        let agrees = plural && noun();
        if !(of || described || agrees) {
            return None;
        }
        // (a group named by its noun alone, not "من" or a relative clause, is a short one:
        // "خمسة موظفين يعملون لحساب شركات ... هم مالي ونيبالي ... قتلوا" names some of a
        // toll told before)
        let limit = if of || described {
            SUBJECT_WORDS
        } else {
            NOUN_SUBJECT_WORDS
        };
        let mut gap = 0;
        for i in start..verb {
            let w = &doc.tokens[i];
            let described = |h: &&Hit<&'static Trigger>| {
                !matches!(h.value.role, Role::Kill | Role::Injure)
                    && relative.is_some_and(|r| r < h.tokens.0)
            };
            if (w.kind == TokenKind::Punct && w.key != "،" && w.key != ",")
                || self.cue_at_token(i, Cue::Clause)
                || (triggers.iter()).any(|h| h.tokens.0 <= i && i < h.tokens.1 && !described(h))
            {
                return None;
            }
            if w.kind == TokenKind::Word && self.in_number.get(i) != Some(&true) {
                gap += 1;
            }
        }
        (gap <= limit).then_some(gap)
    }

    /// Whether the word of a day at token `i`, after a figure, opens the day told after it
    /// ("وإصابة 173 يوم الأحد", "وأصيب 173 اليوم الأحد"): a day's date starts at it or right after
    /// it. The figure before it counts persons, not days.
    fn opens_day(&self, i: usize) -> bool {
        let doc = self.doc;
        let starts_date = |j: usize| {
            doc.tokens.get(j).is_some_and(|t| {
                (self.dates_in(t.span).iter()).any(|d| {
                    d.span.start == t.span.start
                        && d.precision == rasd_core::DatePrecision::Day
                        && d.dates_events()
                })
            })
        };
        self.cue_at_token(i, Cue::Days) && (starts_date(i) || starts_date(i + 1))
    }

    /// Whether the figure `n` (with its qualifier words) comes right after a word of having
    /// ([`Cue::Possess`]: "الشهيد له أربعة أشقاء", "وله خمسة أبناء", "لديه ثلاثة أطفال"): what
    /// someone has, nobody dead or wounded. "له" and its kin count only after a definite noun or
    /// with "و" ("الهجوم الذي تعرض له 3 جنود" counts the soldiers).
    fn possession(&self, n: &NumberMention) -> bool {
        let doc = self.doc;
        let first = n
            .cue_span
            .and_then(|c| doc.token_at(c.start))
            .map_or(n.tokens.start, |t| t.min(n.tokens.start));
        let Some(cue) = first.checked_sub(1) else {
            return false;
        };
        if !self.cue_at_token(cue, Cue::Possess) {
            return false;
        }
        let t = &doc.tokens[cue];
        t.stem().starts_with("لدي")
            || t.clitics.contains(&"و")
            || cue
                .checked_sub(1)
                .is_some_and(|p| doc.tokens[p].clitics.contains(&"ال"))
    }

    pub(super) fn is_count_excluded(&self, n: &NumberMention) -> bool {
        let next = n.tokens.end;
        if self.possession(n) {
            return true;
        }
        // (a unit told with a preposition is no unit of the figure: "أصيب الشرطيان بطلقات
        // نارية" counts two policemen)
        let with_preposition =
            (self.doc.tokens.get(next)).is_some_and(|t| t.clitics.contains(&"ب"));
        if self.cue_at_token(next, Cue::ExcludeUnit) && !self.opens_day(next) && !with_preposition {
            return true;
        }
        // "بحروق على 90 بالمئة من جسدها", "60%": a share, with its preposition or without
        if self.cue_at_token(next, Cue::Percent) {
            return true;
        }
        // "على مدى الأشهر الستة": a figure with the article right after a unit with the article
        // counts that unit
        let definite =
            |i: usize| (self.doc.tokens.get(i)).is_some_and(|t| t.clitics.contains(&"ال"));
        let start = n.tokens.start;
        if start > 0
            && definite(start)
            && definite(start - 1)
            && self.cue_at_token(start - 1, Cue::ExcludeUnit)
        {
            return true;
        }
        // "تبلغان من العمر 21 و33 عاما", "بين 10 و15 كيلومترا": the unit after the last figure
        // of a list joined by "و" is each figure's
        let doc = self.doc;
        let joined_at = match doc.tokens.get(next) {
            Some(t) if t.key == "و" => Some(next + 1),
            Some(t) if t.clitics.first().is_some_and(|&c| c == "و") => Some(next),
            _ => None,
        };
        let joined_unit = joined_at.and_then(|j| doc.tokens.get(j)).is_some_and(|t| {
            doc.numbers_in(t.span).any(|m| {
                m.tokens.start == joined_at.unwrap_or(next)
                    && self.cue_at_token(m.tokens.end, Cue::ExcludeUnit)
            })
        });
        if joined_unit {
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
            .dates_around(n.span)
            .iter()
            .any(|d| d.span.start <= n.span.start && n.span.end <= d.span.end)
        {
            return true;
        }
        // a percentage or a decimal is not a count of people; with a scale word ("1.5 مليون",
        // "5ر1 مليون") it tells an aggregate, not the toll of an incident
        n.decimal || self.doc.slice(n.span).contains(['%', '٪'])
    }

    /// Takes out of `pieces` the figures told before the event word `main` in another clause
    /// of its part, when the event word has a figure of its own after it: a comma and a clause
    /// opener ("، في حين", "، كما"), or a violent event word of another kind, stands between
    /// ("أعدم تسعة ... في حين قتل التنظيم خمسة ... مشيرا إلى أن البيشمركة قصفت ... قتل خلال
    /// القصف أكثر من ثمانية": the executions are not the shelling's dead).
    pub(crate) fn other_clause_before(
        &self,
        main: &Hit<&'static Trigger>,
        pieces: &mut Vec<CountPiece>,
    ) {
        let doc = self.doc;
        // whether a comma and a clause opener, or a violent event word of another kind than
        // the event word's, stands between chars `from` and `to`
        let apart = |from: usize, to: usize| {
            let (Some(a), Some(b)) = (
                doc.token_at(from.saturating_sub(1)).map(|t| t + 1),
                doc.token_at(to),
            ) else {
                return false;
            };
            (a..b).any(|i| {
                doc.tokens[i].is_comma() && i + 1 < b && self.cue_at_token(i + 1, Cue::Clause)
            }) || (from < to
                && in_sentence(&self.triggers, Span::new(from, to)).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && h.value.sub_event_type.is_some()
                        && h.value.sub_event_type != main.value.sub_event_type
                }))
        };
        let own_after = pieces
            .iter()
            .any(|p| p.span.start >= main.span.end && !apart(main.span.end, p.span.start));
        if own_after {
            pieces.retain(|p| p.span.end > main.span.start || !apart(p.span.end, main.span.start));
        }
    }

    /// Takes out of `kills` the figures followed by an "outside" cue in their clause ("مقتل 18
    /// من قوات الأمن والعاملين بمحطة للطاقة خارج المدينة"), with the victim groups told after
    /// them ("بينهم 4 إيرانيين").
    pub(crate) fn split_elsewhere(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &mut Vec<CountPiece>,
        victims: &mut Vec<Victim>,
    ) -> (Vec<CountPiece>, Vec<Victim>) {
        let doc = self.doc;
        let last = doc.last_token(span).map_or(0, |t| t + 1);
        let outside = |p: &CountPiece| {
            if p.attacker {
                return false;
            }
            let Some(end) = doc.last_token(p.span).map(|t| t + 1) else {
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

    /// Whether token `i` is a word joined by "و"/"ف" that is neither a count, a person, a victim
    /// nor a word of death or injury: another predicate ("وفقدنا", "وتحرير", "واعتقل"), so a
    /// figure right after it is its own.
    pub(super) fn opens_clause(
        &self,
        i: usize,
        triggers: &[&Hit<&'static Trigger>],
        victims: &[&Hit<&'static VictimEntry>],
    ) -> bool {
        let t = &self.doc.tokens[i];
        let joined = t.key != "و" && t.clitics.first().is_some_and(|&c| c == "و" || c == "ف");
        joined
            && t.kind == TokenKind::Word
            && self.in_number.get(i) != Some(&true)
            && !rasd_text::is_singular_person(t.stem())
            && !victims.iter().any(|v| v.tokens.0 <= i && i < v.tokens.1)
            && !triggers.iter().any(|m| {
                matches!(m.value.role, Role::Kill | Role::Injure)
                    && m.tokens.0 <= i
                    && i < m.tokens.1
            })
    }

    /// "وقتل في الهجوم شرطيان", "قتل في بغداد ثلاثة أشخاص": a verb of death or injury, a phrase
    /// of a [`Cue::Barrier`] word and one word, then the figure of its persons (a noun of people
    /// after it, or a dual noun): the figure is the verb's, two words away. Elsewhere a barrier
    /// word parts a figure from the word before it ([`Context::link_gap`]). A qualifier told
    /// before the figure ("أكثر من عشرة", "نحو عشرة") belongs to it: the phrase ends before it.
    pub(super) fn phrase_between(
        &self,
        from: usize,
        n: &NumberMention,
        of_people: bool,
    ) -> Option<usize> {
        let doc = self.doc;
        // (a qualifier before the figure opens it: "وقتل إثر الغارة أكثر من عشرة مسلحين")
        let first = self.figure_opening(n);
        let word = |i: usize| {
            doc.tokens[i].kind == TokenKind::Word
                && !self.cue_at_token(i, Cue::Barrier)
                && self.in_number.get(i) != Some(&true)
        };
        (first == from + 2
            && self.cue_at_token(from, Cue::Barrier)
            && word(from + 1)
            && (of_people || n.dual_noun)
            && !n.vague)
            // (the qualifier's words count toward the gap: a word of death right after the
            // figure, "نحو ألفي شخص بين قتيل", stays nearer)
            .then_some(2 + n.tokens.start - first)
    }

    /// The first token of figure `n` with a qualifier told before it ("أكثر من عشرة", "نحو
    /// عشرة"): the qualifier's first token, else the figure's own.
    fn figure_opening(&self, n: &NumberMention) -> usize {
        n.cue_span
            .filter(|c| c.start < n.span.start)
            .and_then(|c| self.doc.token_at(c.start))
            .unwrap_or(n.tokens.start)
    }

    /// "قتلت في 14 يوليو - تموز ثلاثة مسلحين", "قتل صباح الاثنين الماضي خمسة جنود": a verb of
    /// death or injury, then a date (opened by a [`Cue::Barrier`] word or not) and right after
    /// it the figure of its persons (a noun of people after it, or a dual noun): the date is an
    /// adverbial of the verb like "في الهجوم", and the figure is the verb's, two words away (a
    /// date's own words and dashes do not part them).
    pub(super) fn date_between(
        &self,
        from: usize,
        n: &NumberMention,
        of_people: bool,
    ) -> Option<usize> {
        let doc = self.doc;
        if !(of_people || n.dual_noun) || n.vague || from >= n.tokens.start {
            return None;
        }
        let first = self.figure_opening(n);
        if first <= from {
            return None;
        }
        let within = Span::new(doc.tokens[from].span.start, doc.tokens[first].span.start);
        let opened = self.cue_at_token(from, Cue::Barrier);
        self.dates_in(within)
            .iter()
            .any(|d| {
                let start = doc.token_at(d.span.start);
                !d.name
                    && d.span.end <= within.end
                    && doc.last_token(d.span) == Some(first - 1)
                    && (start == Some(from) || (opened && start == Some(from + 1)))
            })
            .then_some(2 + n.tokens.start - first)
    }

    /// The number of tokens between `from` and `to` that separate a count from its trigger
    /// (numbers, "و" and quotes do not count), if at most `limit` and no punctuation or
    /// barrier word stands between.
    pub(super) fn link_gap(
        &self,
        from: usize,
        to: usize,
        limit: usize,
        aside: bool,
    ) -> Option<usize> {
        let mut gap = 0;
        // from a figure to its verb (`aside`), a subset told in between ("خمسة أشخاص بينهم
        // اثنان من عناصر الشرطة قتلوا") is an aside: its words do not part them
        // A short subset opened by "من" or set off by commas ("ستة أشخاص، من بينهم انتحاري،
        // لقوا حتفهم") is one too, whatever it counts; a comma closes it.
        let mut subset = false;
        let mut loose: Option<usize> = None;
        let mut set_off = false;
        let toks = &self.doc.tokens;
        let comma = |j: usize| toks.get(j).is_some_and(|t| t.is_comma());
        let of = |j: usize| toks.get(j).is_some_and(|t| t.key == "من");
        let counted = |j: usize| self.in_number.get(j + 1) == Some(&true);
        let opens = |j: usize| {
            aside
                && j < to
                && self.cue_at_token(j, Cue::Subset)
                && (counted(j) || (j > 0 && (of(j - 1) || comma(j - 1))))
        };
        for i in from..to {
            let t = &self.doc.tokens[i];
            if (loose.is_some() || set_off) && comma(i) {
                loose = None;
                set_off = false;
                subset = false;
                continue;
            }
            if aside && comma(i) && (opens(i + 1) || (of(i + 1) && opens(i + 2))) {
                continue;
            }
            if aside && of(i) && opens(i + 1) {
                continue;
            }
            if t.kind == TokenKind::Punct || self.cue_at_token(i, Cue::Barrier) {
                return None;
            }
            if let Some(w) = loose.as_mut() {
                *w += 1;
                if *w > LOOSE_SUBSET_WORDS {
                    return None;
                }
            }
            if !subset && opens(i) {
                if !counted(i) {
                    loose = Some(0);
                }
                set_off = i > from && comma(i - 1);
            }
            subset |= opens(i);
            let number = t.kind == TokenKind::Number || self.in_number.get(i) == Some(&true);
            if !(subset || number || t.key == "و" || t.kind == TokenKind::Quote) {
                gap += 1;
                // too far already: the rest cannot bring it back within the limit
                if gap > limit {
                    return None;
                }
            }
        }
        (gap <= limit).then_some(gap)
    }
}
