//! The status passes of acts of another field than political violence: accidents, games,
//! natural deaths, weapons named with no act, police work and private harm
//! (`super::Context::status`, in its order).

use super::*;

impl Context<'_> {
    /// Another field than political violence: an accident, a disaster or a game, a natural death, a
    /// weapon or an aircraft named with no act, a hostage held, an explosive seized.
    pub(super) fn other_field(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        // deaths told only with words of death in a story whose headline or lead tells an
        // accident, a disaster or a game ("حادث سير يودي بحياة 16 ... وذكرت الشرطة أن من بين
        // القتلى طفل", "ضرب إعصار الساحل ... وذكرت السلطات أن العاصفة أسفرت عن مقتل ستة"), or
        // with only an aircraft named ("مقتل 12 في حادث مروحية ... وطاقم المروحية")
        let aircraft_named =
            self.cue_at_token(t, Cue::Means) && c.sub_event_type == crate::mention::AIR_STRIKE;
        // (a fire or a suffocation, "حريق", "اختناق", in the headline or the lead tells an
        // accident only to deaths and injuries told with no event word: "أصيب شخصان بالاختناق في
        // حريق اندلع في فندق")
        if !c.has_event_trigger || aircraft_named {
            for lead in self.lead_sentences() {
                if let Some(cue) = crate::mention::in_sentence(&self.cues, lead).find(|m| {
                    m.value == Cue::Domain || (m.value == Cue::Mishap && !c.has_event_trigger)
                }) {
                    return Some((Status::NotViolence, Some(cue.span)));
                }
            }
        }
        // deaths told only with words of death or of victims, naming no armed, political or
        // state side, in a story that tells no act of violence anywhere and names an accident,
        // a disaster or a game past its lead ("تضامنا مع أسر ضحايا حادث عقبة الصفيحة ... وكان
        // حادث مروري قد وقع قبل يومين"): the accident's dead, no political violence
        if !c.has_event_trigger && !Self::side_of_state_or_arms(c) {
            let act = self
                .triggers
                .iter()
                .any(|h| h.value.role == Role::Event && h.value.is_violent());
            if !act {
                if let Some(cue) = self.cues.iter().find(|m| m.value == Cue::Domain) {
                    return Some((Status::NotViolence, Some(cue.span)));
                }
            }
        }
        // a body found ("عثر على جثة شاب ... في حمام السباحة"), the event word ending on a word of
        // a body, in a story that tells no other act of violence and tells an accident, a
        // disaster or a game anywhere ("قال مكتب الطبيب الشرعي إن الرجل غرق"): the death's
        // cause, no political violence
        if let Some(cue) = self.body_of_mishap(c) {
            return Some((Status::NotViolence, Some(cue)));
        }
        // a weak word of violence ("مواجهات", "مدافع", "اشتباك") in a story whose headline
        // tells a game or an accident and no violence of its own ("المان يستهل مشوار
        // الدوري بفوز صعب ... وتستكمل المرحلة اليوم بثلاث مواجهات"): the game's words
        if c.priority < crate::mention::STRONG_PRIORITY {
            if let Some(cue) = self.story_domain() {
                return Some((Status::NotViolence, Some(cue)));
            }
        }
        // deaths told only with a word of death of its own ("وفاة"): no political violence
        if !c.has_event_trigger
            && c.kill_word
                .and_then(|w| doc.token_at(w.start))
                .is_some_and(|k| self.cue_at_token(k, Cue::Natural))
        {
            return Some((Status::NotViolence, c.kill_word));
        }
        // a blast told with generic words of explosion alone and no perpetrator, a store of
        // weapons or ammunition in its sentence ("هز انفجار عنيف بلدة رميلان ... وأكدت مصادر
        // ميدانية أن الانفجار كان في أحد مستودعات الأسلحة والذخائر"): the store went off, no
        // attack told
        if let Some(cue) = self.arsenal_blast(c) {
            return Some((Status::NotViolence, Some(cue)));
        }
        // a word of storming whose object is a place of worship ("واقتحم عشرات المستوطنين صباح
        // امس المسجد الأقصى ... وسط حراسة مشددة", "اقتحم وزير ... الحرم الإبراهيمي"), with no
        // other event word, no death and no injury in its sentence: an entry under guard or a
        // visit, no clash
        if let Some(cue) = self.shrine_entered(c, f) {
            return Some((Status::NotViolence, Some(cue)));
        }
        // a weapon or an aircraft named with no act of violence in its sentence (a plane crash,
        // an arms deal, "سلاح الجو" in a visit); an act only prepared, attempted or denied
        // ("ترسل طائرات هليكوبتر ... استعدادا لشن هجوم") is none
        let unreal = |k: usize| {
            self.cue_before(s, k, CLAUSE_WORDS, Cue::Intent).is_some()
                || self.cue_before(s, k, CLAUSE_WORDS, Cue::Denial).is_some()
        };
        // (the event word carries `cue` and names only a thing or persons: no death or injury,
        // and no real act of violence by another word of its sentence)
        let named_alone = |cue: Cue| {
            self.cue_at_token(t, cue)
                && c.kill_word.is_none()
                && c.injury_word.is_none()
                // (a denial of dead or wounded tells what a projectile did: "تلك القذائف لم
                // ينجم عنها أي ضحايا أو إصابات"; an aircraft's may tell a flight's mishap)
                && (c.no_deaths.is_none() || aircraft_named)
                && !crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && doc
                            .token_at(h.span.start)
                            .is_some_and(|k| !self.cue_at_token(k, cue) && !unreal(k))
                })
        };
        // (a projectile that fell on a place was fired at it: "سقطت قذيفة هاون على حي", "المنازل
        // التي سقطت عليها مقذوفات"; a verb of falling at most [`LAND_WORDS`] words before it, in
        // its clause)
        let landed = c.sub_event_type == SHELLING
            && (self.cue_in_clause_before(s, t, LAND_WORDS, Cue::Land)).is_some();
        // (a weapon fired at a target: "أطلقت طائرة بلا طيار صواريخ على سيارة", "أطلق الحوثيون
        // صواريخ كاتيوشا على مدينة نجران"; a verb of firing at most [`LAUNCH_WORDS`] words
        // before it in its clause, "على" at most [`TARGET_WORDS`] words after it)
        let launched = (self.cue_in_clause_before(s, t, LAUNCH_WORDS, Cue::Launch)).is_some()
            && self.tokens_after(c, TARGET_WORDS).is_some_and(|r| {
                // (the surface: the key folds "ى" into "ي", "علي" is also a name)
                r.take_while(|&i| doc.tokens[i].kind != rasd_text::TokenKind::Punct)
                    .any(|i| doc.slice(doc.tokens[i].span) == "على")
            });
        if named_alone(Cue::Means) && !landed && !launched {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // an aircraft named as the event word with a word of its civil use in its clause
        // ("هبطت طائرة تابعة للصليب الأحمر تقل أسرى", "تمت الاستعانة بطائرة لانتشال الجثة"): it
        // lands, carries or rescues, it strikes nothing
        // (or with a word of civil flight right after it: "مطار عدن للطائرات المدنية", "طائرة
        // ركاب")
        if aircraft_named {
            if let Some(cue) = self.cue_after(c, 1, Cue::Civil) {
                return Some((Status::Generic, Some(cue)));
            }
            let after = self.cue_in_clause_after(c, ALIGHT_WORDS, Cue::Alight);
            let before = || self.cue_in_clause_before(s, t, ALIGHT_WORDS, Cue::Alight);
            // (no act of violence told between them: "قامت طائرة بدون طيار بإطلاق صاروخ على
            // سيارة تقل ثلاثة" is a strike on a car that carried them)
            if let Some(cue) = after.or_else(before) {
                let (from, to) = if cue.start >= c.trigger_span.end {
                    (c.trigger_span.end, cue.start)
                } else {
                    (cue.end, c.trigger_span.start)
                };
                let act_between = crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && from <= h.span.start
                        && h.span.end <= to
                });
                if !act_between {
                    return Some((Status::Generic, Some(cue)));
                }
            }
            // (or governed as the means of travel or carriage: "ب" on it or a preposition of
            // means right before it, "وصل ... عبر طائرة الأمن", "بالطائرات الخاصة", "بواسطة
            // طائرة", with no act of violence in its sentence that it would be the
            // means of, "غارات بطائرات من دون طيار", "قصف الجيش بطائرات هليكوبتر", and no verb
            // of firing before it in its clause): it carries or flies, it strikes nothing
            if let Some(cue) = self.conveyance(c, t, s) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        // an aircraft named as the event word with a word of its flying a few words before or
        // after it ("حلقت مقاتلات تركية في أجواء جبل قنديل من دون أن تشن غارات", "بقيام طائرة
        // تجسس من دون طيار بالتحليق فوق منطقة العرقوب"), with no word or figure of dead or
        // wounded and no act of violence in its sentence but aircraft, weapons named and acts
        // denied: it flies over, it strikes nothing ("انفجارات دوت بالتزامن مع تحليق مكثف لطيران
        // التحالف" keeps the explosions; "وسط تحليق مستمر للطيران الحربي الذي نفذ عدة غارات"
        // keeps the strikes)
        if let Some(cue) = self.hovering(c) {
            return Some((Status::Generic, Some(cue)));
        }
        // the wounded flown out for treatment ("غادرت مطار عدن ... طائرة تتبع الخطوط الجوية اليمنية،
        // تقل على متنها نحو 80 جريحاً، نقلوا إلى الأردن للعلاج", "غادر عشرات المصابين مطار عدن
        // على متن طائرة يمنية، باتجاه الأردن لتلقي العلاج"), with no word of death and no act of
        // violence in its sentence but aircraft: a medical evacuation, no attack
        if let Some(cue) = self.evacuated(c, s, aircraft_named) {
            return Some((Status::Generic, Some(cue)));
        }
        // a hostage named with no act of taking or holding anybody in its sentence (a release,
        // their state, "رهينة" as a metaphor): the persons held, not an abduction
        // (or the abducted, "المختطفين", "الوزير المختطف": a standing state of persons held)
        if named_alone(Cue::Hostage)
            && !crate::mention::in_sentence(&self.cues, s).any(|m| m.value == Cue::Hold)
        {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // an explosive seized, defused or cleared ("وضبط عشرات العبوات والسيارات المفخخة", "نزع
        // أكثر من 30 لغمًا"), with no dead or wounded: a weapon not used
        if c.event_type == rasd_core::EXPLOSIONS
            && !explicit_toll
            && c.kill_word.is_none()
            && c.injury_word.is_none()
        {
            if let Some(cue) =
                self.cue_in_clause_before(s, t, crate::mention::SEIZE_WORDS, Cue::Seize)
            {
                return Some((Status::Generic, Some(cue)));
            }
        }
        None
    }

    /// The preposition that governs an aircraft named as the event word at token `t` as a means
    /// of travel or carriage ("ب" on it, or [`Cue::Via`] right before it: "عبر طائرة الأمن",
    /// "بواسطة طائرة"), when no act of violence of another word stands in its sentence `s`, no verb of firing ([`Cue::Launch`]) and no noun of an act ([`Cue::Anaphor`])
    /// before it in its clause, and no word of the wounded after it.
    fn conveyance(&self, c: &Candidate, t: usize, s: Span) -> Option<Span> {
        let doc = self.doc;
        let token = &doc.tokens[t];
        // ("ب" outside the event word: "بدون طيار" holds its own)
        let via = if token.clitics.contains(&"ب") && c.trigger_span.start > token.span.start {
            Span::new(token.span.start, token.stem_span.start)
        } else if t > 0 && self.cue_at_token(t - 1, Cue::Via) {
            doc.tokens[t - 1].span
        } else {
            return None;
        };
        // (nor after it: "طائرة أمريكية بدون طيار قصفت أمس موقعا")
        let act_before = crate::mention::in_sentence(&self.triggers, s).any(|h| {
            h.value.role == Role::Event
                && h.value.is_violent()
                && (h.span.end <= c.trigger_span.start || h.span.start >= c.trigger_span.end)
                && doc
                    .token_at(h.span.start)
                    .is_some_and(|k| !self.cue_at_token(k, Cue::Means))
        });
        let fired = self
            .cue_in_clause_before(s, t, LAUNCH_WORDS, Cue::Launch)
            .is_some();
        // (a noun of an act of violence a few words before it in its clause, no trigger of its
        // own: "الضربات الأميركية بطائرات من دون طيار")
        let act_named = self
            .cue_in_clause_before(s, t, VIA_ACT_WORDS, Cue::Anaphor)
            .is_some();
        // (a word of the wounded after it in its sentence tells what befell aboard or by it:
        // "وتوجه بالطائرة إلى مطار ...، وتسبب الحادث في إصابة شخصين"; the wounded it carries are
        // named before it, "لعودة المصابين ... عبر الطائرات", and the dead it carries may be
        // named after it, "مسقط رأس الشهيد")
        let wounded_after = c.injury_word.is_some_and(|w| w.start >= c.trigger_span.end);
        (!act_before && !fired && !act_named && !wounded_after).then_some(via)
    }

    /// Police work and private harm: an arrest for a crime or a halt, persons trapped, a stay, a
    /// family crime, a brawl, a run-over, a stray shot.
    pub(super) fn private_or_police(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts { t, s, .. } = f;
        // an arrest for a crime ("القبض على شاب امتهن سرقة لوحات المركبات", "القبض على المتحرشين",
        // drugs, smuggling, blackmail), with no armed or political side named: police work, not
        // a development of a conflict
        // (the crime in the arrest's clause, a few words from its word: "ألقت القبض على تسعة،
        // بينهم ... يحملون هويات مزورة" is no arrest for forgery)
        // an arrest word that also means stopping ([`Cue::Halt`]: "أوقفت", "توقيف") whose
        // object is a thing or an activity stopped ([`Cue::Halted`]) before any person or figure
        // in its clause ("أوقفت الخطوط الجوية اليمنية اليوم رحلاتها", "توقيف التمدد المعارض",
        // "أوقفت تقديم العلاجات"): a halt, not an arrest
        if c.sub_event_type == ARRESTS && self.cue_at_token(t, Cue::Halt) {
            if let Some(thing) = self.halted_thing(c) {
                return Some((Status::NotViolence, Some(thing)));
            }
        }
        // a word of arresting, holding or abducting whose object, right after it, is a dead body
        // ([`Cue::Corpse`]: "احتجاز جثته", "احتجاز جثث الموتى", "اختطاف جثة الجندي"): a body
        // kept or taken, no person seized
        if matches!(c.sub_event_type.as_str(), ARRESTS | ABDUCTION) {
            if let Some(body) = self.cue_after(c, 1, Cue::Corpse) {
                return Some((Status::NotViolence, Some(body)));
            }
        }
        // a word of holding ([`Cue::Hold`]: "احتجاز", "احتجزوا") in a story of a rescue or a
        // mishap ([`Cue::Mishap`] anywhere in it: "الدفاع المدني", "إنقاذ", "مصعد": "إخراج ثلاثة أشخاص احتجزوا في عقبة الأبناء", "حالة احتجاز للمرأة
        // داخل المركبة"), with no armed, political or state side named: persons trapped, not
        // an arrest
        if c.sub_event_type == ARRESTS
            && self.cue_at_token(t, Cue::Hold)
            && !Self::side_of_state_or_arms(c)
        {
            if let Some(cue) = self.cues.iter().find(|m| m.value == Cue::Mishap) {
                return Some((Status::NotViolence, Some(cue.span)));
            }
        }
        // (a raid on a place of trade or making after it, [`Cue::Premises`]: "مداهمة موقع لبيع
        // اللحوح", "داهمت الدوريات الأمنية ... مصنعين للعرق المسكر", "مداهمة منشآت الإيواء":
        // an inspection or police work)
        if c.sub_event_type == ARRESTS && !Self::side_named(c) {
            // (counted from the word's first token, as the words before it are)
            let end = doc.last_token(s).map_or(0, |e| e + 1);
            let after = (t + 1..end.min(t + 1 + CRIME_WORDS))
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .find(|&i| self.cue_at_token(i, Cue::Crime) || self.cue_at_token(i, Cue::Premises))
                .map(|i| doc.tokens[i].span);
            let crime = after.or_else(|| self.cue_in_clause_before(s, t, CRIME_WORDS, Cue::Crime));
            // (or a member of the family a word of killing or harm right before it takes as its
            // object, after the arrest word in its clause: "توقيف مواطن قتل زوجته", "القبض على
            // مواطن قتل شقيقه": the arrest of one who harmed his kin, a family crime)
            let kin = || {
                (t + 1..end.min(t + 1 + CRIME_WORDS))
                    .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                    .find(|&i| self.cue_at_token(i, Cue::Kin) && self.harm_ends_at(s, i))
                    .map(|i| doc.tokens[i].span)
            };
            if let Some(crime) = crime.or_else(kin) {
                return Some((Status::NotViolence, Some(crime)));
            }
        }
        // a verb of death that also means spending time, with a span of time right after it in
        // its clause ("قضى 220 راكبا ساعتين تحت الشمس", "قضوا ليلة في العراء"): a stay, not a
        // death (a date is no span spent: "قضى يوم الجمعة" keeps its death)
        if self.cue_at_token(t, Cue::Pass) {
            if let Some(span) = self.cue_in_clause_after(c, SPENT_WORDS, Cue::Spent) {
                return Some((Status::NotViolence, Some(span)));
            }
            // (or a noun of a decision as its subject, right after it or before it with at most
            // its adjective between: "وقضى القرار الذي نشرته وكالة الأنباء الرسمية بتعيين وكيل
            // المحافظة", "أصدرت الحكومة توجيها جديدا قضى بتوجه جميع السفن": what was decreed,
            // not a death)
            let before = (t.saturating_sub(RULING_WORDS_BEFORE)..t)
                .rev()
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct);
            let ruling = before
                .chain((t + 1..doc.tokens.len()).take(1))
                .find(|&i| self.cue_at_token(i, Cue::Ruling));
            if let Some(i) = ruling {
                return Some((Status::NotViolence, Some(doc.tokens[i].span)));
            }
        }
        // harm among persons with no armed, political or state side named: a member of the
        // family as the object of the act ("الاعتداء على زوجته", "أطلق النار على شقيقه"), a
        // personal quarrel told as its cause in its sentence ("للاعتداء بالضرب على يد زوجها إثر
        // خلاف عائلي", "إصابة موظفين نتيجة شجار بينهما"), or a run-over as the event word ("دهس
        // عامل بجوار مقر الشركة"; not "عملية دهس"): a family crime, a brawl or a traffic
        // accident, not political violence (an abduction of a relative, "اختطاف شقيقه", is a
        // kidnapping of its own)
        if Self::private_harm_kind(c) {
            if self.cue_at_token(t, Cue::RunOver) {
                return Some((Status::NotViolence, Some(doc.tokens[t].span)));
            }
            let kin = (self.clause_after(c, KIN_WORDS).into_iter().flatten())
                .find(|&i| self.cue_at_token(i, Cue::Kin));
            if let Some(i) = kin {
                return Some((Status::NotViolence, Some(doc.tokens[i].span)));
            }
            if let Some(q) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Quarrel)
            {
                return Some((Status::NotViolence, Some(q.span)));
            }
            // (or a shot gone astray or fired in joy: "أصيبت الطفلة برصاصة طائشة أثناء لهوها",
            // "تعرضت بالخطأ لإطلاق نار", "إطلاق نار ابتهاجا بالنتيجة": an accident or a
            // celebration)
            if let Some(q) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Stray)
            {
                return Some((Status::NotViolence, Some(q.span)));
            }
        }
        None
    }
}

/// Words before a verb of [`Cue::Pass`] searched for a noun of a decision, its subject with
/// its adjective ("توجيها جديدا قضى").
const RULING_WORDS_BEFORE: usize = 2;

/// How many words after a word of storming ([`Cue::Storm`]), in its sentence, its object, a place
/// of worship, may stand (its subject and a day first: "اقتحم عشرات المستوطنين المتطرفين صباح
/// امس المسجد الأقصى").
const SHRINE_WORDS: usize = 8;

impl Context<'_> {
    /// The place of worship ([`Cue::Shrine`]) a word of storming as the event word
    /// ([`Cue::Storm`]) takes as its object, at most [`SHRINE_WORDS`] words after it in its
    /// sentence, when its sentence tells no other event word, no death and no injury: an entry
    /// under guard or a visit ("اقتحم وزير الحرب الإسرائيلي اليوم الحرم الإبراهيمي وسط حراسة
    /// مشددة"), no clash ("تقتحم الأقصى وتشتبك مع المصلين" keeps its clash).
    fn shrine_entered(&self, c: &Candidate, f: Facts) -> Option<Span> {
        if f.explicit_toll || !f.unhurt || !self.cue_at_token(f.t, Cue::Storm) {
            return None;
        }
        // (in its sentence: a subject or a day between commas may come first, "اقتحمت عصابات
        // المستوطنين اليهود، اليوم المسجد الأقصى")
        let shrine = self.cue_after(c, SHRINE_WORDS, Cue::Shrine)?;
        let other = crate::mention::in_sentence(&self.triggers, f.s).any(|h| match h.value.role {
            Role::Kill | Role::Injure => true,
            Role::Event => !self.cue_at_token(h.tokens.0, Cue::Storm),
            _ => false,
        });
        (!other).then_some(shrine)
    }

    /// Whether a word of killing, of injury or of violence ends right before token `i`, in the
    /// sentence `s` ("قتل" in "قتل زوجته").
    fn harm_ends_at(&self, s: Span, i: usize) -> bool {
        crate::mention::in_sentence(&self.triggers, s).any(|h| {
            h.tokens.1 == i
                && match h.value.role {
                    Role::Kill | Role::Injure => true,
                    Role::Event => h.value.is_violent(),
                    _ => false,
                }
        })
    }

    /// The store of weapons or ammunition ([`Cue::Arsenal`] right before a word of arms,
    /// [`Cue::Spoils`] or [`Cue::Means`]) told in
    /// the sentence of a blast
    /// with no perpetrator, when every word of violence of that sentence is a generic word of
    /// explosion ("انفجار", "انفجر"; not a bomb of its own, "عبوة ناسفة", nor an act of another
    /// kind, "غارة", "استهدف", that set it off).
    fn arsenal_blast(&self, c: &Candidate) -> Option<Span> {
        if c.sub_event_type != rasd_core::IED || c.actor1.is_some() {
            return None;
        }
        let s = self.doc.sentences.get(c.sentence)?.span;
        let generic = crate::mention::in_sentence(&self.triggers, s)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .all(|h| {
                h.value.sub_event_type.as_deref() == Some(rasd_core::IED)
                    && h.value.priority <= crate::mention::STRONG_PRIORITY
            });
        // (a noun of a store right before a word of arms: "مستودعات الأسلحة", "مخزن للذخيرة")
        let tokens = self.doc.sentences.get(c.sentence)?.tokens.clone();
        let store = tokens.clone().find(|&i| {
            self.cue_at_token(i, Cue::Arsenal)
                && tokens.contains(&(i + 1))
                && (self.cue_at_token(i + 1, Cue::Spoils) || self.cue_at_token(i + 1, Cue::Means))
        })?;
        let span = self.doc.tokens[store]
            .span
            .cover(self.doc.tokens[store + 1].span);
        generic.then_some(span)
    }
}

impl Context<'_> {
    /// The word of treatment ([`Cue::Treatment`]) of the wounded flown out for it: a candidate
    /// named by an aircraft or by the wounded alone (no other event word), with no word of death,
    /// a word of treatment and an aircraft ([`Cue::Aircraft`]) or a word of carrying or landing
    /// ([`Cue::Alight`]) in its sentence, and no act of violence there but aircraft.
    fn evacuated(&self, c: &Candidate, s: Span, aircraft_named: bool) -> Option<Span> {
        if (c.has_event_trigger && !aircraft_named) || c.kill_word.is_some() {
            return None;
        }
        let cues = || crate::mention::in_sentence(&self.cues, s);
        let treatment = cues().find(|m| m.value == Cue::Treatment)?;
        let by_air =
            aircraft_named || cues().any(|m| matches!(m.value, Cue::Aircraft | Cue::Alight));
        let act = crate::mention::in_sentence(&self.triggers, s).any(|h| {
            h.value.role == Role::Event
                && h.value.is_violent()
                && !self
                    .doc
                    .token_at(h.span.start)
                    .is_some_and(|k| self.cue_at_token(k, Cue::Aircraft))
        });
        (by_air && !act).then_some(treatment.span)
    }
}
