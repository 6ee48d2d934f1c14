//! The status pass of history: acts recalled, dated long past or told in a past paragraph
//! (`super::Context::status`, in its order).

use super::*;

impl Context<'_> {
    /// History: a memory, a past named right before the act, an interval's anchor, an anniversary,
    /// a past time pointed back at, an era, a past year or day, a paragraph's past anchor, a list
    /// or a series of past acts, a span of years.
    pub(super) fn recalled(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            day_dated,
            ..
        } = f;
        // a verb of remembering before it in its clause ("ويتذكر المترجم خطف زميله"): a memory
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Recall) {
            return Some((Status::Background, Some(cue)));
        }
        // an event word right after a word of what came before ([`Cue::Prior`]: "بعد", "إثر") in a
        // pluperfect clause ([`Cue::Had`] with "قد" at most [`HAD_WORDS`] words after it: "أرملة
        // زعيم كانت قد سجنت بعد غارة على سوريا أودت بحياة زوجها"), with no day of its own: it
        // came before a past already told as earlier, a cause recalled, not the report's news
        // (a day of the main clause before the pluperfect is not its own: "سلمت الولايات
        // المتحدة أمس الخميس ... أرملة زعيم كانت قد سجنت بعد غارة")
        if t >= 1 && self.cue_at_token(t - 1, Cue::Prior) {
            if let Some(had) = self.cue_in_clause_before(s, t - 1, CLAUSE_WORDS, Cue::Had) {
                let h = doc.token_at(had.start).unwrap_or(t);
                let dated = c
                    .date
                    .as_ref()
                    .is_some_and(|(d, inherited)| !inherited && d.span.start >= had.start);
                if !dated
                    && (h + 1..(h + 1 + HAD_WORDS).min(t - 1)).any(|k| doc.tokens[k].key == "قد")
                {
                    return Some((Status::Background, Some(had)));
                }
            }
        }
        // a word of lasting or general violence ([`Cue::Durative`], [`Cue::Abstract`]) as the
        // subject of a verb of ruin in a relative clause right before it, the thing ruined its
        // object pronoun ("لإصلاح مطار المدينة الدولي الذي دمرته المعارك", "تجديد المؤسسات التي
        // خربتها الهجمات"), with no figure of dead or wounded of its own: the state the thing is
        // left in, not the report's news
        if !explicit_toll
            && t >= 2
            && doc.tokens[t - 2].span.start >= s.start
            && self.cue_at_token(t - 2, Cue::Relative)
            && self.cue_at_token(t - 1, Cue::Ruin)
            && (self.cue_at_token(t, Cue::Durative) || self.cue_at_token(t, Cue::Abstract))
        {
            return Some((Status::Background, Some(doc.tokens[t - 1].span)));
        }
        // a fire brought under control ("سيطرت فرق الدفاع المدني بالمنطقة على حريق"): no
        // change of territory, no fighting
        if matches!(
            c.sub_event_type.as_str(),
            crate::mention::GOVERNMENT_REGAINS | crate::mention::NON_STATE_OVERTAKES
        ) {
            if let Some(at) = self.cue_in_clause_after(c, BLAZE_WORDS, Cue::Blaze) {
                return Some((Status::NotViolence, Some(self.phrase_of(s, Cue::Blaze, at))));
            }
            // a paper right after the word ("تم تحرير محضر بالواقعة وإحالته للنيابة"): its
            // writing, an office procedure, no place liberated
            if let Some(at) = self.cue_in_clause_after(c, 1, Cue::Paper) {
                return Some((Status::NotViolence, Some(at)));
            }
        }
        // recalled as history right before the event word, or before an earlier event word of
        // the sentence that the incident's stronger word retells ("الذكرى السبعين لقصف المدينة
        // بقنبلة نووية")
        let violent_before = crate::mention::in_sentence(&self.triggers, s)
            .filter(|h| h.span.start <= c.trigger_span.start)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| doc.token_at(h.span.start));
        let first = doc.token_at(s.start).unwrap_or(0);
        for k in std::iter::once(t).chain(violent_before) {
            if let Some(cue) = self.cue_before(s, k, NEAR_WORDS, Cue::History) {
                return Some((Status::Background, Some(cue)));
            }
            // the anchor of an interval of months or years ("وقع الحادث بعد ثلاث سنوات تقريبا
            // على إطلاق النار الذي شهدته دار للسينما"): that long before the sentence's news
            if let Some(cue) = self.span_after_anchor(s, k) {
                return Some((Status::Background, Some(cue)));
            }
            // an anniversary a few words before it in its clause ("إحياء الذكرى السنوية
            // السبعين لتفجير"), with no violent word of the sentence before the anniversary
            // ("أصيب شخصان في إطلاق للنار ... في الذكرى الأولى لمقتل الشاب" tells the
            // shooting)
            let from = k.saturating_sub(CLAUSE_WORDS).max(first);
            if let Some(i) = self.cue_in_clause(from, k, Cue::Memorial) {
                let act_before = crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && h.span.start < doc.tokens[i].span.start
                });
                if !act_before {
                    let at = doc.tokens[i].span;

                    return Some((
                        Status::Background,
                        Some(self.phrase_of(s, Cue::Memorial, at)),
                    ));
                }
            }
        }
        // a word pointing back at a past time told before ("آنذاك", "وقتها", "خلال تلك الفترة")
        // before the event word in its clause, with no day of its own: an act of that past ("وقتل
        // حينها 14 ضابط أمن حين اقتحم مسلحون عددا من المباني في غروزني", after "في ديسمبر 2014")
        if !day_dated {
            if let Some(cue) = self.cue_unmarked_before(s, t, THEN_WORDS, Cue::Then) {
                return Some((Status::Background, Some(cue)));
            }
        }
        // a past era named in its sentence ("في نهاية الحرب العالمية الثانية"), with no day of
        // its own: history
        if !day_dated {
            if let Some(cue) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Era)
            {
                return Some((Status::Background, Some(cue.span)));
            }
        }
        // an event noun followed by a year before the publication's ("هجمات 1998", "مذبحة
        // 1915"): history named by its year
        if let Some(cue) = self.year_after(c) {
            return Some((Status::Background, Some(cue)));
        }
        // an act told only as following an act of a past year ("وشن غاراتها على طالبان في
        // أفغانستان، بعد هجمات «القاعدة» على أميركا 2001"): of that past
        if let Some(cue) = self.after_past_act(c) {
            return Some((Status::Background, Some(cue)));
        }
        if let (Some((d, false)), Some(p)) = (&c.date, self.published) {
            if last_day(d.day, d.precision).ordinal() < p.ordinal() - RECENT_DAYS {
                return Some((Status::Background, Some(d.span)));
            }
            // dated only by the whole month before publication's, told as a past (in a relative
            // clause, "لزعيم «القاعدة» في اليمن الذي قتل جراء غارة جوية ... الشهر الماضي", told
            // on 27 July: June, or after a past verb of being, "وكان عشرات الجنود نفذوا وقفة
            // ... الشهر الماضي"), whose middle lies more than RECENT_DAYS back: most of that
            // month is long past, and the act most likely so
            if d.last_month
                && self.told_as_past(d)
                && middle_of_month(d.day).ordinal() < p.ordinal() - RECENT_DAYS
            {
                return Some((Status::Background, Some(d.span)));
            }
            // dated a month or more back from publication ("المذبحة التي وقعت قبل شهر"): a month
            // ago is no news of the last days (days and weeks ago date nothing, dates.rs)
            if d.ago {
                return Some((Status::Background, Some(d.span)));
            }
            // dated by its own words only by the year ("هذا العام", "عام 2015", "العام
            // الجاري"): a year's record, a plan or a list of the year's events; news of the last
            // days names a day or no time at all
            if d.precision == DatePrecision::Year {
                return Some((Status::Background, Some(d.span)));
            }
        }
        // told in a paragraph anchored to a time long past, with no time of its own ("وكان
        // هولمس قد دخل في 20 يوليو 2012 الى دور للسينما. وقال احد الشهود انه ... ما اسفر عن
        // مقتل 12 شخصا"): history, until a new anchor brings the story back to the news
        if let Some(cue) = self.past_anchor(c) {
            return Some((Status::Background, Some(cue)));
        }
        // a sentence that adds to a list of acts recalled as history in the sentence before it
        // ("سبق أن استهدفوا المصلين ... . كما قام التنظيم بتفجير مسجد ..."): that past too
        if let Some(cue) = self.listed_after_history(c) {
            return Some((Status::Background, Some(cue)));
        }
        // an act told after an act of a series was counted ("رابع عملية إرهابية ... منذ بداية
        // العام، حيث ... تلته عملية انتحارية في القديح"), with no date of its own: an earlier act
        // of that series
        if let Some(cue) = self.earlier_of_series(c) {
            return Some((Status::Background, Some(cue)));
        }
        // told with a span of years or months counted back ("وكشفت العمليات الإرهابية المتفرقة
        // على مدى أكثر من 12 عاما ... كما حدث حين", "وخلال الشهور الثلاثة الماضية قتل النائب
        // العام ... في تفجير"), with no day of its own: counted or recalled over years or months
        if let Some(cue) = self.years_span(c) {
            let status = if explicit_toll {
                Status::Statistic
            } else {
                Status::Background
            };

            return Some((status, Some(cue)));
        }
        None
    }
}
