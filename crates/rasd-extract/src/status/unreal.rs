//! The status passes of acts not carried out as told: denied, asked for, attempted, feared,
//! halted, named as a kind or a thing, or to come (`super::Context::status`, in its order).

use super::*;

impl Context<'_> {
    /// Denied, asked for, attempted, charged, warned of, feared, summed up as what a side wrought,
    /// investigated or halted: acts not carried out as told.
    pub(super) fn not_carried_out(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Denial) {
            return Some((Status::Denied, Some(cue)));
        }
        // a denial whose object, a long subject before it, runs further with no punctuation
        // between ("نفت الأجهزة الأمنية بدولة الكويت اليوم ما تردد عن قيام انتحاري ...")
        if let Some(cue) = self.cue_in_clause_before(s, t, DENIAL_WORDS, Cue::Denial) {
            return Some((Status::Denied, Some(cue)));
        }
        // an event word right after a word of demanding or calling for, as its object ("يدعو
        // إلى مهاجمة حركة حماس", "وطالبوا بتوقيف سليمان الأسد"): asked for, not done (further
        // on, the act is mostly the cause of the call: "داعيا إلى تقديم مرتكبي هذا العمل")
        if let Some(cue) = crate::mention::in_sentence(&self.cues, s)
            .find(|m| m.value == Cue::Demand && m.tokens.1 == t)
        {
            return Some((Status::Intent, Some(cue.span)));
        }
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Intent) {
            // an attempt somebody survived ("نجا من محاولة اغتيال بتفجير سيارة مفخخة") was
            // carried out: an attack that happened, not a plan or a foiled one; so was the act
            // a plan is told to come after, "بعد" right before it ("التي من المزمع أن تتجه لها
            // المقاومة والجيش بعد تحرير مدينة زنجبار")
            let after = t > 0 && self.cue_at_token(t - 1, Cue::After);
            if !self.survived(s, cue) && !after {
                return Some((Status::Intent, Some(cue)));
            }
        }
        // a standing charge told in the present tense, with a long subject and object before
        // the act ("وتتهم المنظمات الدولية القوات الحكومية والمتمردين بارتكاب فظاعات"), in the
        // event word's clause, with no day and no figure of dead or wounded of its own: what a
        // side is said to do, not an incident (a charge over a day's act names the day)
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_before(s, t, CHARGE_WORDS, Cue::Charge) {
                return Some((Status::Intent, Some(cue)));
            }
        }
        // warned of or feared: a word of warning or fear, then "من", then the event word in its
        // clause, at most [`WARNING_WORDS`] words after it, with no day and no figure of dead or
        // wounded of its own ("وحذر الناطق باسم الائتلاف سالم المسلط من قيام قوات نظام الأسد
        // بارتكاب مجزرة"; nearer, the `intent` cues read it already)
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.warned_of(s, t, WARNING_WORDS) {
                return Some((Status::Intent, Some(cue)));
            }
        }
        // feared or only possible, with no figure of dead or wounded: a noun of danger at most
        // [`DANGER_WORDS`] words before the event word in its clause ("بسبب استمرار خطر
        // الاعتداءات الجهادية", "من «المخاطر الملموسة لوقوع أعمال إرهابية»"), or "قد" with a
        // verb in the imperfect before an indefinite event word in its clause ("إن استمرار
        // العدوان قد يقود إلى مجزرة", "ممرضا ... قد يعتقل لدى عودته"); not a definite event
        // word, an incident told already ("قد يكون التنظيم وراء الهجوم")
        if !explicit_toll {
            if let Some(cue) = self.cue_in_clause_before(s, t, DANGER_WORDS, Cue::Danger) {
                return Some((Status::Intent, Some(cue)));
            }
            if !doc.tokens[t].clitics.contains(&"ال") {
                if let Some(cue) = self.may_before(s, t, CLAUSE_WORDS) {
                    return Some((Status::Intent, Some(cue)));
                }
            }
        }
        // what a side did or left behind, told as a kind ("ما خلفته الميليشيات من أعمال عنف في عدن
        // وتعز", "ما أحدثته من تخريب طال كافة المرافق"), in the event word's clause, with no day and
        // no figure of dead or wounded of its own: a summary of acts, not an incident
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_before(s, t, WROUGHT_WORDS, Cue::Wrought) {
                return Some((Status::Generic, Some(cue)));
            }
            // (or told with a relative pronoun and a verb of committing right after a word of
            // general violence: "المحافظات المتضررة من أعمال العنف التي ارتكبتها مليشيات الحوثي")
            if let Some(cue) = self.committed_after(c, t) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // what an investigation looks into or a plan prepares ("التحقيق في اغتيال", "التخطيط
        // لهجوم"), right before the event word
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Inquiry) {
            return Some((Status::Intent, Some(cue)));
        }
        // an act right after a word of halting ("طالب مجلس المحافظة بوقف القصف على المدينة",
        // "أوقفت القوات عمليات القصف الجوي"), with no figure of dead or wounded: asked to stop
        // or stopped, not carried out (not a protest: "وقف المحتجون" is "stood")
        if !explicit_toll && c.event_type != rasd_core::PROTESTS {
            if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Cease) {
                return Some((Status::Generic, Some(cue)));
            }
            // (a verb of suspending a few words before it in its clause: "علقت القوات جزئيا
            // العمليات العسكرية من قصف جوي")
            if let Some(cue) = self.cue_in_clause_before(s, t, SUSPEND_WORDS, Cue::Suspend) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // the object of a call further on in its clause ("وناشد شيوخ قبائل مأرب قوات التحالف
        // بتعزيز الضربات الجوية", "داعيا أنصاره إلى مواصلة المعركة"), with no day and no figure
        // of dead or wounded of its own: asked for, not done
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.called_for(s, t) {
                return Some((Status::Intent, Some(cue)));
            }
        }
        None
    }

    /// The verb of committing ([`Cue::Committed`]) right after a relative pronoun right after
    /// the candidate's event word at token `t`, a word of general violence ([`Cue::Violence`],
    /// [`Cue::Abstract`], [`Cue::Durative`]): "أعمال العنف التي ارتكبتها مليشيات الحوثي"; its
    /// span from the pronoun.
    pub(super) fn committed_after(&self, c: &Candidate, t: usize) -> Option<Span> {
        let doc = self.doc;
        let general = [Cue::Violence, Cue::Abstract, Cue::Durative];
        if !general.iter().any(|&cue| self.cue_at_token(t, cue)) {
            return None;
        }
        let last = doc.token_at(c.trigger_span.end - 1)?;
        let (who, verb) = (last + 1, last + 2);
        (verb < doc.tokens.len()
            && self.cue_at_token(who, Cue::Relative)
            && self.cue_at_token(verb, Cue::Committed))
        .then(|| Span::new(doc.tokens[who].span.start, doc.tokens[verb].span.end))
    }

    /// The word of training ([`Cue::Drill`]) whose complement holds the event word at token `t`:
    /// the nearest such word at most [`DRILL_WORDS`] words before it in its clause, with "على"
    /// at most [`DRILL_ONTO_WORDS`] words after it and before the event word ("تدرب عناصرها في
    /// إيران على الغوص ... وتنفيذ عمليات تفجير"; not "على يد", by whom somebody was trained,
    /// after which a clause may tell an act carried out: "الذي تدرب على يد التنظيم ونفذ الهجوم").
    pub(super) fn trained_for(&self, s: Span, t: usize) -> Option<Span> {
        let doc = self.doc;
        let cue = self.cue_in_clause_before(s, t, DRILL_WORDS, Cue::Drill)?;
        let drill = crate::mention::in_sentence(&self.cues, s)
            .filter(|m| m.value == Cue::Drill && m.span.start <= cue.start)
            .last()?;
        let from = drill.tokens.0 + 1;
        let onto = (from..t.min(from + DRILL_ONTO_WORDS))
            .find(|&i| doc.slice(doc.tokens[i].span) == "على")?;
        let by = |i: usize| i < t && ["يد", "أيدي", "ايدي"].contains(&doc.tokens[i].stem());
        (!by(onto + 1)).then_some(drill.span)
    }

    /// The word of calling ([`Cue::Call`], [`Cue::Demand`]) whose object is the event word at
    /// token `t`: the nearest such word at most [`CALL_WORDS`] words before it in its clause (no
    /// punctuation between), and the first word after it that takes "ب" or follows "إلى"
    /// ([`Cue::Toward`]) is the event word or the verbal noun right before it ("قوات التحالف
    /// بتعزيز الضربات", "أنصارها إلى التظاهر"). An act told further on is mostly the call's
    /// cause or its topic ("طالبت ... بتحرك عربي عاجل ... على إثر مواجهات", "داعيا إلى تقديم
    /// مرتكبي هذا العمل الإرهابي"); a noun of calling with "ل" tells the purpose of an act told
    /// before it, which took place ("تجمع العشرات ... وللمطالبة باستمرار المظاهرات").
    fn called_for(&self, s: Span, t: usize) -> Option<Span> {
        let doc = self.doc;
        let call = crate::mention::in_sentence(&self.cues, s)
            .filter(|m| matches!(m.value, Cue::Call | Cue::Demand) && m.tokens.1 <= t)
            .last()?;
        let (from, to) = call.tokens;
        let near = t - from <= CALL_WORDS;
        let clause = doc.no_punct(to..t);
        if !near || !clause || doc.tokens[from].clitics.contains(&"ل") {
            return None;
        }
        let object = (to..=t).find(|&i| {
            doc.tokens[i].kind == TokenKind::Word
                && (doc.tokens[i].clitics.contains(&"ب") || self.cue_at_token(i - 1, Cue::Toward))
        })?;
        (object + 1 >= t).then_some(call.span)
    }

    /// The span from a negation to the event word at token `t` it denies: the negation stands
    /// before it with only linking words ([`Cue::Elide`]), verbs of outcome ([`Cue::Outcome`])
    /// and words of reports ([`Cue::Hearsay`]) between ("لم تسجل أي اشتباكات", "ولم ترد أي
    /// تقارير عن وقوع اشتباكات"; not "لم تعلن أي جهة مسؤوليتها عن الهجوم", "لا يزال القصف"),
    /// as [`Context::denial_of`] reads a denied toll.
    fn negated_act(&self, t: usize) -> Option<Span> {
        self.denial_of(t, self.doc.tokens[t].span, &|i| {
            self.cue_at_token(i, Cue::Hearsay)
        })
    }

    /// An act named, not done: a kind of act, a work's title, a body's funeral or handing over,
    /// whom an activity is for, a curse.
    pub(super) fn named_not_done(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Generic) {
            return Some((Status::Generic, Some(cue)));
        }
        // an event word a negation denies, only linking words, verbs of outcome and words of
        // reports between ("ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة",
        // "دون وقوع صدامات", "لم تسجل أي اشتباكات"), with no figure of dead or wounded: it
        // did not happen (a peaceful protest), no incident of its own
        if !explicit_toll && c.has_event_trigger {
            if let Some(cue) = self.negated_act(t) {
                return Some((Status::Denied, Some(cue)));
            }
        }
        // an event word inside the quoted title of a work ("مسرحية «نزهة في ميدان المعركة»",
        // "فيلم «القناص الأمريكي»"): a name, no act
        if let Some(cue) = self.titled(t, s) {
            return Some((Status::Generic, Some(cue)));
        }
        // a body named by a word of its funeral ("جثمان الشهيد يصل الطائف", "تسليم جثمان
        // معلمة", "نقل جثامين 3 شهداء بطائرة الإخلاء"), with no event word in its sentence: its
        // carrying, handing over or burial, not the death's incident (told where it happened)
        if !c.has_event_trigger && self.cue_at_token(t, Cue::Funeral) {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // a body ("جثة", "الجثث") right after a word of handing it over or carrying it ("سلمت
        // جثة معلمة", "سيارة إسعاف لنقل جثة الشهيد"), with no event word in its sentence: the
        // body's handing over or carrying, not the death's incident
        if !c.has_event_trigger
            && t > doc.token_at(s.start).unwrap_or(t)
            && self.cue_at_token(t, Cue::Corpse)
            && self.cue_at_token(t - 1, Cue::Handover)
        {
            return Some((Status::Generic, Some(doc.tokens[t - 1].span)));
        }
        // a verb of aiming said of an activity ("دورة تدريبية ضمن برنامج الإسعافات الأولية
        // استهدفت عددا من منسوبي الشركة") or with the group it is for as its object ("واستهدفت
        // رؤساء وأعضاء المراكز"), with no other word of violence and no word or figure of dead or
        // wounded in its sentence: whom a workshop, a course or a programme is for, no attack
        if !explicit_toll
            && c.kill_word.is_none()
            && c.injury_word.is_none()
            && self.cue_at_token(t, Cue::Aim)
            && !crate::mention::in_sentence(&self.triggers, s).any(|h| {
                h.value.role == Role::Event
                    && h.value.is_violent()
                    && !h.span.overlaps(c.trigger_span)
            })
        {
            let activity = self.cue_in_clause_before(s, t, AIM_WORDS, Cue::Programme);
            let audience = || self.cue_in_clause_after(c, AUDIENCE_WORDS, Cue::Audience);
            if let Some(cue) = activity.or_else(audience) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // God named right after the verb of violence ("أحرق الله من أحرقها", "قاتلهم الله"),
        // with no figure of dead or wounded: a curse or a prayer, no act
        if !explicit_toll {
            if let Some(cue) = self.cue_after(c, 1, Cue::Deity) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        None
    }

    /// What an act, a permission or a plan aims at, and acts told with a verb of the future: what
    /// will be.
    pub(super) fn told_to_come(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            unhurt,
            ..
        } = f;
        // what an act, a permission or a plan aims at ("استخدام قاعدة انجرليك لشن غارات",
        // "تتمركز لشن قصف على المدينة"), right before the event word, with no figure of dead
        // or wounded ("... في البؤر التي تستخدمها كقواعد لتنفيذ هجماتها" keeps the strikes and
        // the dead its sentence tells)
        if !explicit_toll {
            // (or helped with: "أسلحة نوعية لدعم صمودها ومساعدتها في طرد المتمردين", the
            // whole phrase told)
            if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Purpose) {
                return Some((Status::Intent, Some(self.phrase_of(s, Cue::Purpose, cue))));
            }
        }
        // a change of territory told with "ل" of purpose ("عملية «السهم الذهبي» لتحرير مدينة عدن",
        // "منذ أكثر من شهر اقتحام مدينة الزبداني ...، ليس فقط لطرد مقاتلي الجيش السوري الحر"),
        // with no word of death and no figure of dead or wounded of its own and no act of
        // violence in its sentence but changes of territory and acts tried: the aim, not a place
        // taken (a fight told for it, "تدور معارك شرسة لتطهير حي التواهي", is told by that
        // fight's word, which keeps the incident)
        if c.kill_word.is_none()
            && !explicit_toll
            && crate::mention::territory_change(&c.sub_event_type)
            && doc.tokens[t].clitics.contains(&"ل")
            && !self.act_besides_takeover(s)
        {
            return Some((Status::Intent, Some(doc.tokens[t].span)));
        }
        // the event word with "ل" of purpose, a few words after a word of massing, advancing or
        // preparing forces with no article (a verb, or a verbal noun governing its object:
        // "بإعادة حشد القوات لمهاجمة عدن", "تسهيل تقدم الثوار لاجتياح مركز المحافظة"), in its
        // clause, with no figure of dead or wounded: what the forces are massed or sent for
        // (not "قوات الحشد الشعبي لهجوم", the article's name of a force)
        if !explicit_toll && doc.tokens[t].clitics.contains(&"ل") {
            let muster = self
                .cue_in_clause_before(s, t, MUSTER_WORDS, Cue::Muster)
                .and_then(|cue| doc.token_at(cue.start))
                .filter(|&i| !doc.tokens[i].clitics.contains(&"ال"));
            if let Some(i) = muster {
                return Some((Status::Intent, Some(doc.tokens[i].span)));
            }
        }
        // a verb of the future right before the event word, its object or subject ("ستمدد
        // بريطانيا" told as "ستُمدد الضربات الجوية", "سنشاهد قصفا مكثفا", "ستنطلق مواجهات"),
        // with no day and no figure of dead or wounded of its own: what will be, not news (the
        // future particle on a verb stem of at least [`FUTURE_STEM`] letters; not when the event
        // word takes a preposition, "يصيب ستينيا بطعنات", where the word before is a noun, nor
        // when the word before is a place)
        if !explicit_toll && !c.own_day() && t > doc.token_at(s.start).unwrap_or(t) {
            let (verb, event) = (&doc.tokens[t - 1], &doc.tokens[t]);
            let future = verb.clitics.contains(&"س")
                && verb.stem().chars().count() >= FUTURE_STEM
                // (a place name is no verb: "وتشهد سيلوبي اشتباكات")
                && crate::context::starting_in(&self.places, |p| p.span.start, verb.span)
                    .is_empty();
            let governed = !event.has_preposition();
            if future && governed {
                return Some((Status::Intent, Some(verb.span)));
            }
        }
        // a definite event noun told as the subject of a verb of the future right after it
        // ("المعارك ستعيد تجربة المدينة", "الهجوم سيكون ردا"), with no day and no word of death
        // or injury of its own: what the act will do or be, a forecast, not news ("سقوط قتلى إثر
        // تفجير مقر ... منوها أن المعارك ستستمر" keeps the dead)
        if unhurt && !explicit_toll && !c.own_day() && doc.tokens[t].clitics.contains(&"ال") {
            let next = self.tokens_after(c, 1).and_then(|mut r| r.next());
            if let Some(verb) = next.map(|i| &doc.tokens[i]) {
                let future = verb.clitics.contains(&"س")
                    && verb.stem().chars().count() >= FUTURE_STEM
                    && crate::context::starting_in(&self.places, |p| p.span.start, verb.span)
                        .is_empty();
                if future {
                    return Some((Status::Intent, Some(verb.span)));
                }
            }
        }
        None
    }
}

impl Context<'_> {
    /// Whether sentence `s` tells an act of violence other than a change of territory: a violent
    /// event word whose sub-event type is not a taking of territory (a battle, a strike, a
    /// storming, an attack repelled: "صدت المقاومة هجوما للحوثيين ...، كان يهدف لاستعادة
    /// السيطرة"), and that no word of denial or intent makes only denied or tried: at most
    /// [`CLAUSE_WORDS`] words before it, or a word of intent at most [`TRIED_WORDS`] words before
    /// it in its clause ("فيحاول مسلحو حزب الله إلى جانب وحدات عسكرية موالية لنظام الأسد منذ
    /// أكثر من شهر اقتحام مدينة الزبداني").
    fn act_besides_takeover(&self, s: Span) -> bool {
        let unreal = |k: usize| {
            self.cue_before(s, k, CLAUSE_WORDS, Cue::Intent).is_some()
                || self.cue_before(s, k, CLAUSE_WORDS, Cue::Denial).is_some()
                || self
                    .cue_in_clause_before(s, k, TRIED_WORDS, Cue::Intent)
                    .is_some()
        };
        crate::mention::in_sentence(&self.triggers, s).any(|h| {
            h.value.role == Role::Event
                && h.value.is_violent()
                && !h
                    .value
                    .sub_event_type
                    .as_deref()
                    .is_some_and(crate::mention::territory_change)
                && self.doc.token_at(h.span.start).is_some_and(|k| !unreal(k))
        })
    }
}
