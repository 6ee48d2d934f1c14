//! The status passes of figures of speech, kinds of act and acts not pinned to one incident
//! (`super::Context::status`, in its order).

use super::*;

impl Context<'_> {
    /// A figure of speech or a kind of act: a generic phrase, death or a prize as an abduction's
    /// subject or object, a celebration, a class of places, a habit.
    pub(super) fn figure_or_kind(&self, c: &Candidate, f: Facts) -> Verdict {
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        // a generic phrase that holds the event word ("قنبلة موقوتة", "الهجوم الإلكتروني",
        // "تظاهرة ثقافية"), with no figure of dead or wounded: a metaphor or an act of another
        // kind
        let event = c.trigger_span;
        let first_token = self.doc.token_at(s.start).unwrap_or(t);
        let holds = |m: &&crate::mention::Hit<Cue>| {
            m.value == Cue::Generic && m.span.start <= event.start && event.end <= m.span.end
        };
        if !explicit_toll {
            if let Some(cue) = crate::mention::in_sentence(&self.cues, s).find(holds) {
                return Some((Status::Generic, Some(cue.span)));
            }
            // a definite event word in the headline with no day and no word of death or injury
            // of its own, the same word the story names elsewhere held by such a phrase ("فبدأ الهجوم على محمد
            // بن سلمان" in the headline, "أما شخصنة الهجوم الإعلامي" in the body): that act of
            // words again
            if !f.day_dated && f.unhurt {
                if let Some(cue) = self.named_generic_elsewhere(t) {
                    return Some((Status::Generic, Some(cue)));
                }
            }
            // an abduction word whose subject is death or fate ("اختطفه الموت", "خطفت المنية
            // الفنان"): a death told as a snatching, no abduction
            if c.sub_event_type == ABDUCTION {
                if let Some(cue) = self.cue_in_clause_after(c, FATE_WORDS, Cue::Fate) {
                    return Some((Status::Generic, Some(cue)));
                }
            }
            // an abduction word whose object is a thing won or attention ("خطف الهلال صدارة
            // المجموعة", "خطفت السباحة الصغيرة الأنظار"): a figure of speech
            if c.sub_event_type == ABDUCTION && c.victims.is_empty() {
                if let Some(cue) = self.cue_in_clause_after(c, PRIZE_WORDS, Cue::Prize) {
                    return Some((Status::Generic, Some(cue)));
                }
                // (or right after a relative clause its subject takes, closed by a comma:
                // "خطف الملياردير الأميركي دونالد ترامب الذي يأتي في طليعة استطلاعات الرأي
                // ...، الأضواء الخميس")
                if let Some(cue) = self.prize_past_relative(c) {
                    return Some((Status::Generic, Some(cue)));
                }
                // or whose object right after it is a creed, a cause or the mind ("يريد
                // اختطاف الدين والأوطان", "خطف العقول"): a figure of speech
                if let Some(cue) = self.cue_in_clause_after(c, 1, Cue::Idea) {
                    return Some((Status::Generic, Some(cue)));
                }
            }
        }
        // an event word whose object after "على" is a right, an interest or an idea ("إهمال
        // واعتداء على الحقين معا", "الاعتداء على المصالح العربية"): a figure of speech, whatever
        // figure the sentence tells (nobody's body is its object)
        if let Some(cue) = self.idea_object(c) {
            return Some((Status::Generic, Some(cue)));
        }
        // a verb of blowing up with an abstract noun before it or as its object ("مفاجأة
        // فجرها", "المشكلة التي فجرها المالكي", "فجر أزمة"): nothing blew up, whatever figure
        // another clause of the sentence tells
        if let Some(cue) = self.abstract_blast(c, t) {
            return Some((Status::Generic, Some(cue)));
        }
        // a gathering or a march told with a word of celebrating in its clause ("خرجوا إلى
        // الشوارع محتفلين بانتصار المقاومة", "تجمع المئات احتفالا بالعيد"): a celebration, no
        // protest
        if c.event_type == rasd_core::PROTESTS {
            let after = self.cue_in_clause_after(c, CELEBRATE_WORDS, Cue::Celebrate);
            let before = || self.cue_in_clause_before(s, t, CELEBRATE_WORDS, Cue::Celebrate);
            if let Some(cue) = after.or_else(before) {
                return Some((Status::NotViolence, Some(cue)));
            }
        }
        // an event noun whose object is a whole class of places ("تفجير المساجد", "استهداف دور
        // العبادة", "الاعتداء على المساجد"), with no figure of dead or wounded and no town of its
        // own: a kind of act ("كما حدث في تفجير المساجد في القطيف" names its towns)
        // (a town told further back, another verb's, "المنافذ التي تؤدي إلى محافظة تعز وعدن ...
        // وقامت بالقصف المتعمد للمستشفيات", is not its own)
        if !(explicit_toll || c.named_place() && self.own_place(c)) {
            if let Some(cue) = self.class_object(c) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Habitual) {
            return Some((Status::Generic, Some(cue)));
        }
        // or right after it in its clause ("وينفذ التحالف الدولي غارات جوية بشكل يومي ضد
        // التنظيم", "وتقصف بشكل يومي البلدات المحيطة"), with no toll and no day of its own
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_after(c, HABIT_AFTER_WORDS, Cue::Habitual) {
                return Some((Status::Generic, Some(self.phrase_of(s, Cue::Habitual, cue))));
            }
        }
        // an act right after "حيث" whose subject right after it is a vague many ("وتقع موبتي
        // على تخوم الشمال المالي الشاسع، حيث خطف عدد كبير من الغربيين"), with no day and no
        // figure of its own: what a place is known for, no incident
        if !(explicit_toll || c.own_day())
            && t > first_token
            && self.cue_at_token(t - 1, Cue::Where)
        {
            let last = self.doc.token_at(event.end - 1).unwrap_or(t);
            let many = crate::mention::in_sentence(&self.cues, s)
                .find(|m| m.value == Cue::Many && m.tokens.0 == last + 1);
            if let Some(many) = many {
                let at = self.doc.tokens[t - 1].span;
                return Some((Status::Generic, Some(Span::new(at.start, many.span.end))));
            }
        }
        self.sent_received_or_backed(c, f)
    }

    /// Fighters sent to the fighting, the wounded a hospital receives, the means of a support:
    /// a kind of act named as a thing, no incident.
    fn sent_received_or_backed(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        if explicit_toll {
            return None;
        }
        let first = doc.token_at(s.start).unwrap_or(t);
        // a word of lasting violence a word of sending fighters sends to ("عزف كثير من مشايخ
        // القبائل عن الدفع بأبناء قبائلهم إلى المعارك", "كرافد جديد لجبهات القتال"), in its
        // clause, with no day of its own: where fighters go, no incident
        if !c.own_day() && self.cue_at_token(t, Cue::Durative) {
            let to = |i: usize| {
                doc.tokens[i].clitics.contains(&"ل")
                    || (i > first && self.cue_at_token(i - 1, Cue::Toward))
            };
            if to(t) || (t > first && to(t - 1)) {
                let sent = self.cue_in_clause_before(s, t, DISPATCH_WORDS, Cue::Dispatch);
                if let Some(cue) = sent {
                    return Some((Status::Generic, Some(cue)));
                }
            }
        }
        // a word of the wounded a verb of receiving in the present tense takes, with no event
        // word in its sentence ("محافظة الحديدة ... تستقبل المرضى والمصابين من الكثير من
        // المحافظات"): what a hospital or a town does, no incident
        if !c.has_event_trigger && c.injury_word.is_some() {
            if let Some(cue) = self.cue_in_clause_before(s, t, ADMIT_WORDS, Cue::Admit) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // an event word with "ب" a verb of supporting in the present tense names as its means
        // ("وتدعم دول قوات التحالف بالضربات الجوية وشحنات الأسلحة تقدم قوات المقاومة"), with
        // no day of its own: how a side is supported, no incident
        if !c.own_day() && doc.tokens[t].clitics.contains(&"ب") {
            if let Some(cue) = self.cue_in_clause_before(s, t, BACK_WORDS, Cue::Back) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        None
    }

    /// Acts not yet done or not pinned to one incident: a prospect, an earlier act, one named by
    /// its place, a campaign, a fight against a side, words of attack, an aim, a question, a kind
    /// named as a thing.
    pub(super) fn not_pinned(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            unhurt,
            ..
        } = f;
        // trained for: a word of training before the event word in its clause, with "على" as
        // its complement between them ("بعد أن تدرب عناصرها في إيران على الغوص في أعماق البحر
        // وتنفيذ عمليات تفجير"), with no figure of dead or wounded of its own: what somebody
        // was trained to do, no act (after the kinds: "تلقى الشبان تدريبات على صناعة
        // المتفجرات" is the making of bombs, a kind)
        if !explicit_toll {
            if let Some(cue) = self.trained_for(s, t) {
                return Some((Status::Intent, Some(cue)));
            }
        }
        // an adjective right after the event word: not yet, or only claimed ("هجوم محتمل",
        // "ضربة جوية باتت وشيكة", "الهجوم المزعوم"), or an earlier one ("عمليات انتحارية سابقة")
        // a span of time to come after the act in its clause ("تحرير المدينة خلال الساعات
        // القليلة المقبلة", "إكمال تحرير المدينة خلال الأسبوعين المقبلين"): a plan or a forecast
        if let Some(cue) = self.coming_span(c) {
            return Some((Status::Intent, Some(cue)));
        }
        // or a span of time to come named before it in its clause, with no day and no figure of
        // its own ("ستكون الـ48 الساعة القادمة هي الفاصلة لتطهير المدينة")
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_before(s, t, AHEAD_WORDS, Cue::Ahead) {
                return Some((Status::Intent, Some(self.phrase_of(s, Cue::Ahead, cue))));
            }
        }
        if let Some(cue) = self.cue_after(c, PROSPECTIVE_WORDS, Cue::Prospective) {
            return Some((Status::Intent, Some(cue)));
        }
        // an adverb of soon after the event word in its clause ("معركة شاملة ضد داعش قريبا",
        // "وأن معركة شاملة ضد التنظيم ستنطلق قريبا"), with no day and no figure of dead or
        // wounded: a plan or a forecast, even with the day it was said ("قال الوزير اليوم إن
        // معركة شاملة ضد التنظيم ستنطلق قريبا"; not "قريبا من", near a place)
        if !explicit_toll {
            if let Some(cue) = self.soon_after(c, SOON_WORDS) {
                return Some((Status::Intent, Some(cue)));
            }
        }
        if let Some(cue) = self.cue_after(c, 1, Cue::Former) {
            return Some((Status::Background, Some(cue)));
        }
        // an incident named by its place, past the headline and the lead, with no day of its
        // own ("معركة تكريت كشفت عن ضعف", "الناجين من قنبلة ناجازاكي", "بصمات إيران في تفجير
        // سترة"): a known incident recalled, not the report's news
        if let Some(name) = self.named_by_place(c) {
            return Some((Status::Background, Some(name)));
        }
        // a war or a campaign against a side ("المعركة ضد الإرهاب") with no toll and no date of
        // its own: no incident
        if self.cue_at_token(t, Cue::Campaign) && !explicit_toll && !c.own_date() {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // an indefinite verbal noun of fighting whose object right after it is a side ("حليف مفيد
        // للولايات المتحدة في قتال تنظيم داعش", "رفضت قتال داعش"), with no word of death or
        // injury, no toll and no day of its own: the fight against that side, no incident ("مقتل
        // 10 جنود خلال قتال إسلاميين ببنغازي" keeps its dead; "قتال مع متمردين" names no object)
        if unhurt && !explicit_toll && !c.own_day() && self.struggle_against(c, t) {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // a verb of attacking told with the manner of words said ("هاجم الوزير المعارضة قائلا",
        // "هاجم مواطن الهيئة، من خلال مقطع فيديو", "هاجموه علنا"), at most [`VERBAL_WORDS`]
        // words after it, with no word of death or injury in its sentence part: an attack in
        // words ("أعدم التنظيم إمام المسجد لأنه هاجم التنظيم خلال خطبه" keeps the killing)
        if unhurt && !explicit_toll && self.cue_at_token(t, Cue::Assail) {
            if let Some(cue) = self.cue_after(c, VERBAL_WORDS, Cue::Verbal) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // an attack verb in the present tense right after a relative pronoun ("الجماعات التي
        // تستهدف أمن البلاد", "الدورة التي تستهدف المقبلين على الزواج"), with no figure of dead
        // or wounded: it describes what somebody aims at, even in a sentence that names a day
        if !explicit_toll
            && self.cue_at_token(t, Cue::Present)
            && t > doc.token_at(s.start).unwrap_or(t)
            && self.cue_at_token(t - 1, Cue::Relative)
        {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // an attack verb in the present tense, or the act named in general ("القتل"), with
        // nothing of its own that pins an incident: an aim, a habit, a topic; so is any act
        // asked about ("ما المناطق التي سيطرت عليها المقاومة في تعز؟", "كيف تم تحرير عدن؟")
        if !c.own_date() && !explicit_toll {
            let last = self.doc.sentences[c.sentence].tokens.end.checked_sub(1);
            if let Some(q) = last.filter(|&i| self.cue_at_token(i, Cue::Question)) {
                return Some((Status::Generic, Some(self.doc.tokens[q].span)));
            }
            if self.cue_at_token(t, Cue::Present) {
                return Some((Status::Generic, Some(c.trigger_span)));
            }
            if !c.named_place() && self.cue_at_token(t, Cue::Abstract) {
                return Some((Status::Generic, Some(c.trigger_span)));
            }
        }
        // an indefinite event noun in the plural governed by a preposition ("تحمي الميليشيات من
        // غارات الطيران", "يدعم التحالف المقاتلين بضربات جوية"), with no day, no place but a
        // country in its sentence and no word or figure of dead or wounded: a kind of act named
        // as a thing, a means or a danger, not an incident (a day or a place it takes from
        // another sentence in the merge would make one of it)
        if unhurt && !explicit_toll && !c.own_date() && self.cue_at_token(t, Cue::Plural) {
            let word = &doc.tokens[t];
            let governed = word.clitics.iter().any(|p| matches!(*p, "ب" | "ل"))
                || (t > doc.token_at(s.start).unwrap_or(t)
                    && self.cue_at_token(t - 1, Cue::Whence));
            let placed = self.places_within(s).any(|p| p.feature != "country");
            if governed && !word.clitics.contains(&"ال") && !placed {
                return Some((Status::Generic, Some(c.trigger_span)));
            }
        }
        None
    }
}

impl Context<'_> {
    /// The thing won or the attention ([`Cue::Prize`]) right after the first comma after an
    /// abduction word, when a relative pronoun opens a clause between them, at most
    /// [`RELATIVE_SUBJECT_WORDS`] words on: the verb's subject, with the relative clause that
    /// describes it, told before its object.
    fn prize_past_relative(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let mut after = self.tokens_after(c, RELATIVE_SUBJECT_WORDS)?;
        let comma = after.find(|&i| doc.tokens[i].kind == TokenKind::Punct)?;
        let start = doc.token_at(c.trigger_span.end.checked_sub(1)?)? + 1;
        let relative = (start..comma).any(|i| self.cue_at_token(i, Cue::Relative));
        let object = comma + 1;
        (relative && after.next() == Some(object) && self.cue_at_token(object, Cue::Prize))
            .then(|| doc.tokens[object].span)
    }
}
