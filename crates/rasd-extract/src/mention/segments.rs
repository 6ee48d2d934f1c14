//! The parts of a sentence that tell incidents of their own (`Context::segments`): the sentence
//! is cut at "؛", at a comma before a clause opener, before another act ("ضربة أخرى"), after an
//! interval ("بعد يومين من هجوم") and before a sequel, and a part stands alone when it names a
//! violent event and a place of its own.

use rasd_lexicon::{Role, Trigger};
use rasd_text::{Span, TokenKind};

use super::{in_sentence, starting_in};
use crate::context::{Context, Hit};
use crate::lexicon::Cue;

/// How many words before an event word of another act ("غارة أخرى") the punctuation that opens
/// its clause may stand ([`Context::another_act_at`]: "، استهدفت غارة أخرى").
const ANOTHER_CLAUSE_WORDS: usize = 4;
/// How many words after a word of background ("بعد", "إثر") the past event that makes a
/// sentence part the cause of the one before may start ("وذلك بعد أن هاجم").
const CAUSE_WORDS: usize = 2;
/// How many words before an event word the word of time that tells it as what came before the
/// main clause's act may stand ([`Context::death_clause_apart`]: "بعد أن ضيقت عليهم الخناق
/// غارات").
const PRIOR_WORDS: usize = 5;

impl Context<'_> {
    /// The sub-event types of the violent event words in `span`.
    pub(super) fn violent_kinds(&self, span: Span) -> Vec<&'static str> {
        in_sentence(&self.triggers, span)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| h.value.sub_event_type.as_deref())
            .collect()
    }

    /// Whether token `i` of the sentence `span` opens a death joined by "و" ("ومقتل") right
    /// after the place of an act told before it, that the rest of the sentence gives a violent act of another type than any told before
    /// it in the sentence and a day of its own (a suicide bombing, then "ومقتل جندي بإطلاق نار
    /// الخميس").
    pub(super) fn another_act_joined(&self, span: Span, i: usize) -> bool {
        let violent = |h: &&Hit<&'static Trigger>| {
            h.value.role == Role::Event && h.value.is_violent() && h.value.event_type.is_some()
        };
        if !in_sentence(&self.triggers, span).any(|h| h.tokens.0 == i && h.value.role == Role::Kill)
        {
            return false;
        }
        let before: Vec<&str> = in_sentence(&self.triggers, span)
            .filter(violent)
            .filter(|h| h.tokens.0 < i)
            .filter_map(|h| h.value.event_type.as_deref())
            .collect();
        // (told on a day of its own, after it: "ومقتل جندي بإطلاق نار الخميس")
        let at = self.doc.tokens[i].span.start;
        let own_day = self.dates_in(span).iter().any(|d| {
            d.span.start > at
                && span.contains(d.span)
                && d.precision == rasd_core::DatePrecision::Day
        });
        // (right after the place of the act before: "في المدينة ومقتل")
        let prev_end = self.doc.tokens[i.saturating_sub(1)].span.end;
        let after_place = starting_in(&self.places, |m| m.span.start, span)
            .iter()
            .any(|m| m.span.end == prev_end);
        own_day
            && after_place
            && !before.is_empty()
            && in_sentence(&self.triggers, span)
                .filter(violent)
                .filter(|h| h.tokens.0 > i)
                .any(|h| {
                    h.value
                        .event_type
                        .as_deref()
                        .is_some_and(|t| !before.contains(&t))
                })
    }

    /// Where the clause of another act of the sentence starts, when token `i` opens a violent
    /// event word that an ordinal or "another" follows ([`Cue::Ordinal`], [`Cue::Another`]:
    /// "ضربة أخرى", "هجوم آخر", "انفجار ثان"): right after the punctuation or quote at most
    /// [`ANOTHER_CLAUSE_WORDS`] words before it ("، استهدفت غارة أخرى"), else at the event word;
    /// only when a violent event word of the sentence `span` is told before that point in the
    /// current part, which starts at char `part` (a part opened by an interval, "غداة هجوم آخر",
    /// stays whole), and not right before it (one act told with two words: "اعتداء انتحاري
    /// آخر").
    fn another_act_at(&self, span: Span, part: usize, i: usize) -> Option<usize> {
        let violent = |h: &&Hit<&'static Trigger>| {
            h.value.role == Role::Event && h.value.is_violent() && h.value.event_type.is_some()
        };
        let another = in_sentence(&self.triggers, span).filter(violent).any(|h| {
            h.tokens.0 == i
                && (self.cue_at_token(h.tokens.1, Cue::Ordinal)
                    || self.cue_at_token(h.tokens.1, Cue::Another))
        });
        if !another {
            return None;
        }
        let toks = &self.doc.tokens;
        let first = self.doc.token_at(part)?;
        let from = i.saturating_sub(ANOTHER_CLAUSE_WORDS).max(first + 1);
        let at = (from..i)
            .rev()
            .find(|&j| matches!(toks[j - 1].kind, TokenKind::Punct | TokenKind::Quote))
            .unwrap_or(i);
        in_sentence(&self.triggers, span)
            .filter(violent)
            .any(|h| h.span.start >= part && h.tokens.1 < at)
            .then_some(at)
    }

    /// The parts of sentence `si` that tell separate incidents: the sentence is cut at "؛" and
    /// at a comma followed by a clause opener ("، فيما ...", "، وفي ...", "، فضلا عن ..."), and a part becomes
    /// its own incident when it names both a violent event and a place of its own (two attacks
    /// in two places; a place told relative to a town, "قرب مدينة الحسكة", counts when it comes
    /// after the part's violent event word), or when it opens with a sequel ("أعقبها", "ثم") and names a violent event
    /// of a kind the sentence has not told yet (a bombing, then an exchange of fire); other
    /// parts stay with the part before them. The flags mark a sequel part and a part told as
    /// the cause of the one before ("ردا على هجوم ...").
    pub(super) fn segments(&self, si: usize) -> Vec<(Span, bool, bool)> {
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
                && (t.key == "؛" || t.key == ";" || t.is_comma() && opener(i + 1));
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
            } else if k > 0
                && toks[k - 1].kind != TokenKind::Punct
                && t.clitics.contains(&"و")
                && self.another_act_joined(s.span, i)
            {
                // "... بالهجوم الانتحاري في المدينة ومقتل شرطي بإطلاق نار الخميس": a death
                // joined by "و" that another kind of act caused is an incident of its own
                cuts.push((t.span.start, true, false));
            } else if let Some(at) =
                self.another_act_at(s.span, cuts.last().map_or(s.span.start, |c| c.0), i)
            {
                // "... قرب مصفى بيجي، مبينا أن الطيران وجه ضربة أخرى في الرمادي": another act
                // of the sentence, told with its own place, is an incident of its own
                let start = doc.tokens[at].span.start;
                if cuts.last().is_none_or(|c| c.0 < start) {
                    cuts.push((start, false, false));
                }
            } else if k > 0
                && opener(i)
                && !opener(i - 1)
                && toks[k - 1].kind != TokenKind::Punct
                && !self.cue_at_token(i, Cue::Addition)
            {
                // "... في دلس، وذلك بعد ثلاثة أيام على هجوم مماثل في باتنة" (a word of addition
                // opens a clause only after a comma: "... بالدمام وهذه الحادثة الجديدة فضلا عن
                // المؤامرات" adds to a list)
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
            return vec![(s.span, false, false)];
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
                .any(|m| {
                    p.0.contains(m.span)
                        && (!m.relative
                            || in_sentence(&self.triggers, p.0).any(|h| {
                                p.0.contains(h.span)
                                    && h.span.end <= m.span.start
                                    && h.value.role == Role::Event
                                    && h.value.is_violent()
                            }))
                })
        };
        // a part opened by its cause or by a past event ("... هجماته على قوات الأمن ردا على هجوم
        // سروج", "... قتل جندي، وذلك بعد تفجير انتحاري قتل 32 شخصا"): that event is another,
        // earlier incident than the one told before it, with or without a place of its own
        // (the past event right after the word of background: "وذلك بعد انتهاء الحصة ... حيث
        // استهدف التفجير" tells when the incident itself happened)
        let violent_after = |mut b: usize| {
            // (past the whole phrase: "بعد أكثر من شهر على")
            while b + 1 < s.tokens.end && self.cue_at_token(b + 1, Cue::Background) {
                b += 1;
            }
            in_sentence(&self.triggers, s.span).any(|h| {
                (b + 1..=b + CAUSE_WORDS).contains(&h.tokens.0)
                    && h.value.role == Role::Event
                    && h.value.is_violent()
            })
        };
        let cause = |p: &(Span, bool, bool)| {
            doc.token_at(p.0.start).is_some_and(|i| {
                self.cue_at_token(i, Cue::Clause)
                    && ((self.cue_at_token(i, Cue::Background) && violent_after(i))
                        || (i + 1 < s.tokens.end
                            && !self.cue_at_token(i + 1, Cue::Clause)
                            && self.cue_at_token(i + 1, Cue::Background)
                            && violent_after(i + 1)))
            })
        };
        let own = |p: &(Span, bool, bool)| {
            stands_alone(p) || (cause(p) && !violent_kinds(p.0).is_empty())
        };
        let mut out: Vec<(Span, bool, bool)> = Vec::new();
        for p in parts {
            match out.last_mut() {
                Some(last) if !own(&p) => last.0 = last.0.cover(p.0),
                _ => out.push(p),
            }
        }
        // the first part keeps what the later ones do not claim; a lone part is the sentence.
        // Before an interval, a cause or a sequel of another kind, any violent word of its own
        // makes the first part an incident; a definite word naming an incident told before
        // does not ("ويأتي هذا الهجوم غداة ...": the attack is the story's)
        let first_stands = stands_alone(&out[0])
            || (out.get(1).is_some_and(|p| p.1 || p.2 || cause(p))
                && in_sentence(&self.triggers, out[0].0).any(|h| {
                    out[0].0.contains(h.span)
                        && (h.value.role == Role::Kill
                            || h.value.role == Role::Injure
                            || (h.value.role == Role::Event
                                && h.value.is_violent()
                                && !self.anaphor_at(h.tokens.0)))
                }));
        // ... unless the part after it is the act it answers ("وأوضح أن الغارات جاءت ردا على
        // هجوم نفذه مسلحون ... قتل فيه ضابط صف"): the story's strikes, named again with
        // nothing of their own, make no candidate, and the attack with its toll is one of its
        // own, which the sentence told whole would type by the strikes
        if out.len() == 2 && !first_stands && self.answered(&out[0].0, &out[1].0) && cause(&out[1])
        {
            return vec![(out[1].0, false, true)];
        }
        if out.len() < 2 || !first_stands {
            return vec![(s.span, false, false)];
        }
        out.iter().map(|p| (p.0, p.1, cause(p))).collect()
    }

    /// Whether the sentence part `first` only names an incident the story told before (its
    /// violent event words all definite, [`Context::anaphor_at`], no word of death or injury)
    /// and `answer`, right after it, opens on a word of response ([`Cue::Revenge`]: "ردا على").
    fn answered(&self, first: &Span, answer: &Span) -> bool {
        let doc = self.doc;
        let words: Vec<_> = in_sentence(&self.triggers, *first)
            .filter(|h| first.contains(h.span))
            .collect();
        // (the act answered is a new one: "ردا على هجوم", not the story's "ردا على الغارات",
        // where the answer itself follows, "... مسؤوليتهم عن مقتل جنديين")
        let Some(cue) = doc.token_at(answer.start) else {
            return false;
        };
        let mut b = cue;
        while b + 1 < doc.tokens.len() && self.cue_at_token(b + 1, Cue::Revenge) {
            b += 1;
        }
        let answered_new = in_sentence(&self.triggers, *answer).any(|h| {
            (b + 1..=b + CAUSE_WORDS).contains(&h.tokens.0)
                && h.value.role == Role::Event
                && h.value.is_violent()
                && !self.anaphor_at(h.tokens.0)
        });
        self.cue_at_token(cue, Cue::Revenge)
            && answered_new
            && words
                .iter()
                .any(|h| h.value.role == Role::Event && h.value.is_violent())
            && words.iter().all(|h| {
                h.value.role != Role::Kill
                    && h.value.role != Role::Injure
                    && (h.value.role != Role::Event
                        || !h.value.is_violent()
                        || self.anaphor_at(h.tokens.0))
            })
    }

    /// Whether the word of death or injury at token `hurt` is told in a clause of its own
    /// apart from the event word at token `event` of the sentence part `part`: the part opens
    /// with a word of contrast ([`Cue::Clause`] and [`Cue::Contrast`]: "فيما", "بينما", "في
    /// حين") before the death, a comma closes that clause before the event word, and the event
    /// word is told as what came before the main clause's act, a word of time before ("بعد",
    /// "إثر": [`Cue::Prior`]) at most [`PRIOR_WORDS`] words before it and after the comma
    /// ("فيما أكدت مصادر مصرع القيادي ... أمس، لم يجد المحافظ بداً من الفرار ... بعد أن ضيقت
    /// عليهم الخناق غارات التحالف": the strikes drove the governor out, the death is told bare).
    pub(super) fn death_clause_apart(&self, part: Span, hurt: usize, event: usize) -> bool {
        let tokens = &self.doc.tokens;
        if event <= hurt {
            return false;
        }
        let from = tokens.partition_point(|t| t.span.end <= part.start);
        let Some(first) = (from..tokens.len()).find(|&i| tokens[i].kind != TokenKind::Punct) else {
            return false;
        };
        let Some(comma) = (hurt + 1..event).find(|&i| tokens[i].is_comma()) else {
            return false;
        };
        first < hurt
            && self.cue_at_token(first, Cue::Clause)
            && self.cue_at_token(first, Cue::Contrast)
            && (event.saturating_sub(PRIOR_WORDS).max(comma + 1)..event)
                .any(|i| self.cue_at_token(i, Cue::Prior))
    }
}
