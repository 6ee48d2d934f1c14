//! Where another act's phrase or another clause holds a place: the place an advance or a
//! flight is bound for, the place attackers set off from or passed through, a place in the
//! phrase of a prior act or of one avenged, and a clause of contrast between place and event.

use super::*;

impl Context<'_> {
    /// Whether a place mention follows a word of setting off or passing ([`Cue::Route`]: قادما،
    /// انطلاقا، شنته) and a preposition of whence that is not one of destination ("من", "عبر";
    /// not "إلى"), its own cue words between ("قادما عبر منطقة القبيطة").
    pub(super) fn route_from(&self, p: &rasd_geo::PlaceMention) -> bool {
        let Some(first) = self.doc.token_at(p.span.start) else {
            return false;
        };
        let cue_words = p.cue.as_deref().map_or(0, |c| c.split_whitespace().count());
        first.checked_sub(cue_words + 1).is_some_and(|prep| {
            prep > 0
                && self.cue_at_token(prep, Cue::Whence)
                && !self.cue_at_token(prep, Cue::Toward)
                && self.cue_at_token(prep - 1, Cue::Route)
        })
    }

    /// Whether the place opening at token `first` is the goal of an advance, a flight, a trip or
    /// reinforcements: a word of [`Cue::Toward`] at most [`GOAL_WORDS`] words before it (a
    /// feature word between: "باتجاه مدينة عدن"; or a "ل" glued to it or to the feature word,
    /// "رحلة مقررة لبلدة كوباني") and a word of [`Cue::Advance`] at most
    /// [`ADVANCE_WORDS`] words before that (or of [`Cue::Heading`]: "تتجه قوات مدرعة إلى منطقة
    /// X"), in one phrase with no punctuation and no event word
    /// between the toward word and the place ("تتقدم نحو عتق", "في طريقها إلى مأرب"). Fire
    /// told toward a place ("أطلقوا قذائف باتجاه نجران") names no advance: its place stays; and
    /// so does a goal that a word of taking territory after it in its sentence says was taken,
    /// or one met by a clash told right after it.
    pub(super) fn goal(&self, first: usize) -> bool {
        // (or a "ل" glued to the place or to the feature noun before it, right after the word
        // of heading or advancing: "قبل رحلة مقررة لبلدة كوباني")
        let glued = |i: usize| self.doc.tokens[i].clitics.contains(&"ل");
        let to = self
            .cue_in_phrase_before(first, GOAL_WORDS, 0, Cue::Toward)
            .or_else(|| {
                let noun = first
                    .checked_sub(1)
                    .filter(|&j| self.cue_at_token(j, Cue::PlaceBack) && glued(j));
                noun.or_else(|| glued(first).then_some(first))
            });
        let Some(to) = to else {
            return false;
        };
        let between = Span::new(
            self.doc.tokens[to].span.end,
            self.doc.tokens[first].span.start,
        );
        // (a goal then taken is where it was taken: "توجهت القوات إلى مدينة X، وسيطرت عليها";
        // a verb of taking with its object pronoun names no event word: "تقدمت صوب X
        // واستردوها")
        let taken_after = self.doc.sentence_of_token(first).is_some_and(|s| {
            let rest = Span::new(
                self.doc.tokens[first].span.end,
                self.doc.sentences[s].span.end,
            );
            // (and a goal met by a clash told at most [`CLASH_AFTER_WORDS`] words after it is
            // where they fought: "بتحرك هجومي لمركبات تتجه نحو منفذ X، فتصدت لها بعد اشتباكات")
            starting_in(&self.triggers, |h| h.span.start, rest)
                .iter()
                .any(|h| {
                    h.value.sub_event_type.as_deref().is_some_and(|sub| {
                        crate::mention::territory_change(sub)
                            || sub == rasd_core::ARMED_CLASH
                                && h.tokens.0 <= first + CLASH_AFTER_WORDS
                    })
                })
                || (first + 1..self.doc.sentences[s].tokens.end)
                    .any(|i| self.cue_at_token(i, Cue::Retake))
        });
        !taken_after
            && starting_in(&self.triggers, |h| h.span.start, between).is_empty()
            && (self.cue_in_phrase_before(to, ADVANCE_WORDS, 0, Cue::Advance))
                .or_else(|| self.cue_in_phrase_before(to, ADVANCE_WORDS, 0, Cue::Heading))
                .is_some()
    }

    /// Whether a place mention is where troops, reinforcements or aircraft came from or set
    /// off, not where the incident at `trigger` happened: a preposition of whence that is not
    /// one of destination ("من", "عبر") at most [`ORIGIN_WORDS`] words before it, and a word of
    /// setting off, of reinforcements or of advancing ([`Cue::Route`]) at most [`ROUTE_WORDS`]
    /// words before that, in one phrase with no event word and no word of destination between
    /// the route word and the place ("عقب وصول تعزيزات عسكرية من محافظة عدن", "انطلقت من قاعدة القيادة الجوية الثامنة
    /// في ولاية ديار بكر", "تقدم الكتيبة 102 مشاة من محور مرتوبة"). Not an anchor (a place
    /// after a direction or told as near), nor a place the incident's own event word follows in
    /// its phrase.
    /// `Some(true)` when the word is one of taking off ([`Cue::Takeoff`]: "أقلعت من قاعدة X"),
    /// read only when the incident keeps another place.
    /// A place a word of facing precedes ([`Context::facing`]) counts as an origin that is always
    /// left out.
    /// A place in a clause of the incident's cause or aim told after its event word
    /// ([`Context::cause_after`]) counts as a base aircraft took off from: left out when the
    /// incident keeps another place.
    pub(super) fn origin(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> Option<bool> {
        if self.facing(p) {
            return Some(false);
        }
        if self.cause_after(p, trigger) {
            return Some(true);
        }
        self.origin_word(p, trigger).map(|route| {
            self.cue_at_token(route, Cue::Takeoff) && !self.cue_at_token(route, Cue::Route)
        })
    }

    /// Whether a place mention stands in a clause of the incident's cause or of what it prepares,
    /// told after the incident's own event word in its sentence: a word of revenge
    /// ([`Cue::Revenge`]) in the event word's own phrase, no punctuation from the event word to
    /// the place ("النظام قصف ريف إدلب بالطيران الحربي والمروحي انتقامًا لجنوده المحاصرين في
    /// بلدتي كفريا والفوعة": where the avenged are besieged, no act told), or a word of preparing
    /// ([`Cue::Prelude`]: "تمهيدا") anywhere between them ("قصفت قوات التحالف مواقع الحوثيين ...
    /// في تعز تمهيدا لتقدم القوات ...، الذي يتوقع أن يكون ... في مواقع ... تشمل منطقة الدمنة":
    /// where the forces are yet to advance).
    fn cause_after(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> bool {
        let doc = self.doc;
        let (Some(own), Some(first)) = (doc.last_token(trigger), doc.token_at(p.span.start)) else {
            return false;
        };
        if own >= first || doc.sentence_of_token(own) != doc.sentence_of_token(first) {
            return false;
        }
        let plain = |a: usize, b: usize| doc.no_punct(a..b);
        (own + 1..first).any(|i| {
            self.cue_at_token(i, Cue::Prelude)
                || self.cue_at_token(i, Cue::Revenge) && plain(own, first)
        })
    }

    /// Whether a place mention is what an act is told across from ("قصف ثلاثة مواقع ... في
    /// المنطقة الحدودية في سوريا المقابلة لمدينة كيليس", "قبالة بلدة X"): a word of facing
    /// ([`Cue::Facing`]) right before a feature noun of a place ([`Cue::PlaceBack`]: "لمدينة",
    /// "بلدة") right before it. The target lies across the border or the front from that town,
    /// not in it. A bare name after the word is left alone: "قبالة عدن", "قبالة سواحل أبين" is
    /// off a coast (a ship anchored there), where the place is right.
    fn facing(&self, p: &rasd_geo::PlaceMention) -> bool {
        let Some(first) = self.doc.token_at(p.span.start) else {
            return false;
        };
        // (the feature noun may open the mention itself: "قبالة محافظة الطوال")
        (self.feature_noun(first, false))
            .and_then(|n| self.word_before(n))
            .is_some_and(|k| self.cue_at_token(k, Cue::Facing))
    }

    /// The token right before token `i`, when it is no punctuation (one phrase).
    pub(super) fn word_before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
            .filter(|&j| self.doc.tokens[j].kind != TokenKind::Punct)
    }

    /// The feature noun of the place mention opening at token `first` ([`Cue::PlaceBack`]:
    /// "بلدة", "مدينة"; with `province` a province's noun too, [`Cue::ProvinceBack`]:
    /// "ولاية"): the mention's own first word, or the word right before it in its phrase.
    pub(super) fn feature_noun(&self, first: usize, province: bool) -> Option<usize> {
        let feature = |i: usize| {
            self.cue_at_token(i, Cue::PlaceBack)
                || province && self.cue_at_token(i, Cue::ProvinceBack)
        };
        if feature(first) {
            Some(first)
        } else {
            self.word_before(first).filter(|&j| feature(j))
        }
    }

    /// The word of setting off that [`Context::origin`] finds before a place mention.
    fn origin_word(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> Option<usize> {
        // (an anchor told after a direction or as only near is no origin: "تقدمت من المنطقة
        // الجبلية غرب القاعدة")
        if p.relative || after_direction(p) {
            return None;
        }
        let first = self.doc.token_at(p.span.start)?;
        let toks = &self.doc.tokens;
        // (the incident's own event word after the place in its phrase tells what happened
        // there: "انطلقت هذه القوات من عدن التي تمت استعادتها ... بعد معارك عنيفة")
        if let Some(t) = self.doc.token_at(trigger.start) {
            if t > first && (first..t).all(|i| toks[i].kind != TokenKind::Punct) {
                return None;
            }
        }
        let prep = (first.saturating_sub(ORIGIN_WORDS)..first)
            .rev()
            .take_while(|&i| toks[i].kind != TokenKind::Punct)
            .find(|&i| self.cue_at_token(i, Cue::Whence) || self.cue_at_token(i, Cue::Toward))?;
        if self.cue_at_token(prep, Cue::Toward) {
            return None;
        }
        let route = (self.cue_in_phrase_before(prep, ROUTE_WORDS + 1, 0, Cue::Route))
            .or_else(|| self.cue_in_phrase_before(prep, ROUTE_WORDS + 1, 0, Cue::Takeoff))?;
        let between = Span::new(toks[route].span.end, toks[first].span.start);
        starting_in(&self.triggers, |h| h.span.start, between)
            .is_empty()
            .then_some(route)
    }

    /// Whether a place mention stands in the phrase of a past act that a word of sequence
    /// ([`Cue::Prior`]: "بعد", "عقب", "إثر") or of revenge ([`Cue::Revenge`]: "ردا على",
    /// "انتقاما", "لأنتقم") or of a link ([`Cue::Tied`]: "مرتبطا بهجوم سروج") tells before or
    /// beside the incident ("شنت غارات ... بعد تفجير في
    /// سروج", "جئت لأنتقم لهجوم سروج"): an event word other than `trigger` at most
    /// [`PRIOR_GAP_WORDS`] words after the cue word, the place at most [`PRIOR_PLACE_WORDS`]
    /// words after that event word, no punctuation between the cue word and the place, and
    /// `trigger` outside that stretch. Not when `trigger` is a word of death or injury: the act
    /// after "إثر" is then how they died ("مقتل جندي إثر انفجار لغم في ماردين"). `Some(true)`
    /// after a word of revenge or of a link, `Some(false)` after one of sequence.
    pub(super) fn prior_clause(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> Option<bool> {
        let first = self.doc.token_at(p.span.start)?;
        let toks = &self.doc.tokens;
        let hits = starting_in(&self.triggers, |h| h.span.start, trigger);
        if hits.iter().any(|h| {
            h.span.start == trigger.start && matches!(h.value.role, Role::Kill | Role::Injure)
        }) {
            return None;
        }
        let from = self
            .doc
            .sentence_of_token(first)
            .map_or(0, |si| self.doc.sentences[si].tokens.start);
        let phrase = (from..first)
            .rev()
            .take_while(|&i| toks[i].kind != TokenKind::Punct)
            .last()
            .unwrap_or(first);
        let stretch = Span::new(toks[phrase].span.start, p.span.start);
        let acts = starting_in(&self.triggers, |h| h.span.start, stretch);
        let act = acts.iter().rev().find(|h| {
            h.span.start != trigger.start
                && (h.value.tells_harm())
                && first >= h.tokens.1
                && first - h.tokens.1 <= PRIOR_PLACE_WORDS
        })?;
        // (a word of undertaking at most [`UNDERTAKE_WORDS`] words before the act opens its
        // phrase, the doer told between: "بعد إقدام عناصر الحزب على قتل اثنين في سروج")
        let opener = (act.tokens.0.saturating_sub(UNDERTAKE_WORDS).max(phrase)..act.tokens.0)
            .rev()
            .find(|&i| self.cue_at_token(i, Cue::Undertake));
        let near = [Some(act.tokens.0), opener]
            .into_iter()
            .flatten()
            .find_map(|start| {
                (start.saturating_sub(PRIOR_GAP_WORDS).max(phrase)..start)
                    .rev()
                    .find(|&i| {
                        self.cue_at_token(i, Cue::Prior)
                            || self.cue_at_token(i, Cue::Revenge)
                            || self.cue_at_token(i, Cue::Tied)
                    })
            });
        // (a word of revenge farther back in the phrase of the incident's own event word opens
        // a clause of its cause that runs to the phrase's end, the acts it tells all another's:
        // "قتلوا اثنين من جنوده في تفجير قنبلة ... ردا على ما يبدو على الحملة التي بدأتها
        // أنقرة ... بالتزامن مع ضربات تستهدف ... في سورية")
        let far = near.is_none();
        let cue = near.or_else(|| {
            let own = (self.doc.token_at(trigger.start)).filter(|&t| t >= phrase)?;
            (own + 1..act.tokens.0)
                .rev()
                .find(|&i| self.cue_at_token(i, Cue::Revenge))
        })?;
        // (the incident's own event word in that act's phrase, after the place, makes it the
        // act: "بعد هجوم سروج الانتحاري الدامي")
        let end = (first..toks.len())
            .take_while(|&i| toks[i].kind != TokenKind::Punct)
            .last()
            .unwrap_or(first);
        let whole = Span::new(toks[cue].span.start, toks[end].span.end);
        if trigger.start < whole.end && whole.start < trigger.end {
            return None;
        }
        // (a death or injury told before a word of sequence in its sentence is that act's
        // toll: "قتل جندي وأصيب آخر إثر انفجار لغم في محافظة ماردين", "قتل فلسطيني ... برصاص
        // الجيش ...، عقب ان اقتحم جنود منزلا في بلدة X"; before a word of revenge, only in its
        // phrase: "قتل جنديان في هجوم ... ردا على تفجير سروج" names another act)
        // (after a word of a link, [`Cue::Tied`]: "ولم يصب أحد في الهجوم ولم يتضح ما إذا كان
        // مرتبطا بهجوم سروج", the act is named as another than the incident, whatever toll was
        // told before it, and its place is never the incident's)
        let tied = self.cue_at_token(cue, Cue::Tied);
        let revenge = tied || self.cue_at_token(cue, Cue::Revenge);
        let sentence_start = self
            .doc
            .sentence_of_token(cue)
            .map_or(0, |si| self.doc.sentences[si].tokens.start);
        let from = if revenge {
            cue.saturating_sub(PRIOR_TOLL_WORDS).max(sentence_start)
        } else {
            sentence_start
        };
        let before = Span::new(toks[from].span.start, toks[cue].span.start);
        if !far
            && !tied
            && starting_in(&self.triggers, |h| h.span.start, before)
                .iter()
                .any(|h| {
                    matches!(h.value.role, Role::Kill | Role::Injure)
                        && (!revenge || (h.tokens.1..cue).all(|i| toks[i].kind != TokenKind::Punct))
                })
        {
            return None;
        }
        // (where the act answered came from is where the answer went: "القصف التركي جاء ردا على
        // إطلاق نار من سوريا")
        let cue_words = p.cue.as_deref().map_or(0, |c| c.split_whitespace().count());
        let whence = first.checked_sub(cue_words + 1).is_some_and(|prep| {
            self.cue_at_token(prep, Cue::Whence) && !self.cue_at_token(prep, Cue::Toward)
        }) || toks[first].clitics.contains(&"من");
        if whence {
            return None;
        }
        Some(revenge)
    }

    /// Whether a word opening a clause of contrast ([`Cue::Clause`] and [`Cue::Contrast`]:
    /// "فيما", "بينما", "في حين") stands between the place mention at `place` and the event
    /// word at `trigger`, in their sentence; or a word adding another piece of news
    /// ([`Cue::Clause`] and [`Cue::Also`]: "كما") right after a comma ("...، كما
    /// فتحت القوات النظامية نيران رشاشاتها الثقيلة على مناطق في X": the fire's place, not the
    /// clashes' told before it).
    pub(super) fn across_contrast(&self, place: Span, trigger: Span) -> bool {
        let (a, b) = if place.end <= trigger.start {
            (place.end, trigger.start)
        } else if trigger.end <= place.start {
            (trigger.end, place.start)
        } else {
            return false;
        };
        let (Some(from), Some(to)) = (self.doc.token_at(a.saturating_sub(1)), self.doc.token_at(b))
        else {
            return false;
        };
        // (not "بينما كان يتنقل ... قرب بلدة سرمدا": "while he was" tells the circumstance of
        // the event's own victim or actor, not another piece of news)
        let tokens = &self.doc.tokens;
        // ("كما" within a phrase is "as": "كما هو الحال"; only after a comma it opens a clause
        // of its sentence: after a full stop inside a quotation it opens a sentence, which the
        // segmenter keeps with the one before)
        (from + 1..to).any(|i| {
            self.cue_at_token(i, Cue::Clause)
                && (self.cue_at_token(i, Cue::Contrast)
                    || self.cue_at_token(i, Cue::Also) && tokens[i - 1].is_comma())
                && !tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.stem(), "كان" | "كانت" | "كانوا"))
        })
    }
}
