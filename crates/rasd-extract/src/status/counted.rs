//! The status passes of acts told over a span of time and of statistics
//! (`super::Context::status`, in its order).

use std::collections::HashMap;

use super::*;

/// How many words before the event word, in its clause, a noun of several incidents
/// ([`Cue::Incidents`]) may stand ("حوادث عدة قتل فيها سود برصاص").
const INCIDENTS_WORDS: usize = 6;
/// How many words after an event word in the plural, in its sentence part, a count of lands
/// ([`Cue::Lands`]) may end ("العمليات الإرهابية الدامية التي تمت متزامنة في 26 يونيو
/// (حزيران) الماضي في ثلاث قارات").
const LANDS_WORDS: usize = 16;

impl Context<'_> {
    /// A count of countries or continents ([`Cue::Lands`] with a number of two or more, not a
    /// date, right before it) at most [`LANDS_WORDS`] words after the event word, with no mark
    /// that ends a clause between: the count and the noun.
    fn lands_counted_after(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let last = doc.last_token(c.trigger_span)?;
        let end = doc.last_token(c.sentence_span)? + 1;
        (last + 1..end.min(last + 1 + LANDS_WORDS))
            .take_while(|&k| !doc.slice(doc.tokens[k].span).contains(CLAUSE_MARKS))
            .filter(|&k| self.cue_at_token(k, Cue::Lands))
            .find_map(|k| {
                doc.numbers
                    .iter()
                    .find(|n| n.tokens.end == k && !n.date && n.min >= 2)
                    .map(|n| n.span.cover(doc.tokens[k].span))
            })
    }
}

impl Context<'_> {
    /// Acts told over a span of time: since the fighting began, for months, a campaign a side keeps
    /// carrying out, a span of fighting.
    pub(super) fn over_a_span(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            ..
        } = f;
        // fighting counted since it began ("منذ بدء المواجهات", "منذ اندلاع الحرب"): a period
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Onset) {
            return Some((Status::Statistic, Some(cue)));
        }
        // "منذ" and a span of months or years, or a past year, after the event word in its clause ("الضربات
        // الجوية التي ينفذها التحالف منذ نحو أربعة أشهر", "رهينة خطفت منذ خمسة أشهر"), with no
        // day and no figure of dead or wounded of its own: done for months, or months ago, not
        // the report's news; an act told as the worst in that span ("أعنف قصف مدفعي منذ ستة
        // أشهر") is today's
        if !explicit_toll && !c.own_day() {
            let superlative = self.cue_before(s, t, 1, Cue::Superlative).is_some()
                || self.cue_after(c, 1, Cue::Superlative).is_some();
            let clause: Vec<usize> =
                (self.clause_after(c, SPAN_AGO_WORDS).into_iter().flatten()).collect();
            let since = clause
                .iter()
                .position(|&i| self.cue_at_token(i, Cue::History));
            let unit = since.and_then(|p| {
                let end = doc.last_token(s).map_or(0, |e| e + 1);
                let from = clause[p] + 1;
                // (or, after "منذ" itself, a year before the publication's: "معارك متواصلة منذ
                // صيف 2012", "الغارات التي يشنها التحالف منذ عام 2014")
                let since_word = self.cue_at_token(clause[p], Cue::SinceYear);
                (from..end.min(from + PERIOD_WORDS))
                    .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                    .find(|&i| {
                        self.cue_at_token(i, Cue::PeriodUnit) || (since_word && self.past_year(i))
                    })
            });
            if let (Some(u), false) = (unit, superlative) {
                return Some((Status::Background, Some(doc.tokens[u].span)));
            }
        }
        // the acts a side keeps carrying out: the event word, a relative pronoun and a verb of
        // carrying out in the present tense right after it ("الغارات الجوية التي تنفذها
        // الطائرات التركية", "البراميل المتفجرة التي تلقيها المروحيات"), with no day and no
        // figure of dead or wounded of its own: a campaign named, not an incident (after the
        // reading of one done for months, "التي تشنها منذ نحو ثلاثة أشهر", which is background)
        if !explicit_toll && !c.own_day() {
            if let Some(mut after) = self.tokens_after(c, 2) {
                if let (Some(a), Some(b)) = (after.next(), after.next()) {
                    if self.cue_at_token(a, Cue::Relative) && self.cue_at_token(b, Cue::Ongoing) {
                        return Some((Status::Generic, Some(doc.tokens[b].span)));
                    }
                }
            }
        }
        // a span of fighting ("بعد أربعة أشهر من القتال", "سنوات الحرب", "معارك استمرت أربعة
        // أشهر"): a period, not an incident
        if self.cue_at_token(t, Cue::Durative) {
            if let Some(unit) = self.cue_before(s, t, PERIOD_WORDS, Cue::PeriodUnit) {
                return Some((Status::Statistic, Some(unit)));
            }
            // or told after it in its clause ("إثر معارك استمرت أربعة أشهر")
            if let Some(unit) = self.cue_in_clause_after(c, PERIOD_WORDS, Cue::PeriodUnit) {
                return Some((Status::Statistic, Some(unit)));
            }
        }
        None
    }

    /// Statistics: acts counted in the thousands, the toll of a war, a toll summed over days or a
    /// period, acts in the plural over a stretch, a sweep over many places.
    pub(super) fn counted(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts {
            t,
            s,
            explicit_toll,
            day_dated,
            ..
        } = f;
        // acts counted in the thousands ("ألقت 14297 برميلا متفجرا", "ما لا يقل عن 12053 غارة",
        // "11 ألف اعتداء"), with no day of their own: the acts of a campaign, not one incident
        // ("أكثر من ألف قذيفة سقطت منذ منتصف ليل الأحد" is one day's shelling)
        if !day_dated {
            if let Some(n) = self.acts_counted(s) {
                return Some((Status::Statistic, Some(n)));
            }
        }
        // the dead, or the wounded ("تم تسجيل 20 ألف جريح"), of a war rather than an incident
        let sum = |pieces: &[crate::slots::counts::CountPiece]| {
            crate::slots::counts::adding_pieces(pieces)
                .iter()
                .map(|p| p.max.unwrap_or(p.min))
                .sum::<u64>()
        };
        let (toll, wounded) = (sum(&c.kills), sum(&c.injuries));
        // (so are the dead and the wounded counted together in the thousands, "آلاف القتلى
        // والمصابين": some of each, of a war)
        let joint_war = || {
            (c.kills.iter().chain(&c.injuries))
                .any(|p| self.joint_figure(p).is_some_and(|n| n >= WAR_TOLL))
        };
        if toll >= WAR_TOLL || joint_war() {
            return Some((Status::Statistic, c.kills.first().map(|p| p.span)));
        }
        if wounded >= WAR_TOLL {
            return Some((Status::Statistic, c.injuries.first().map(|p| p.span)));
        }
        let toll = toll.max(wounded);
        // a toll told with the end of a span of days in its sentence ("إن أكثر من 260 مقاتلا
        // قتلوا ... حتى الأول من أغسطس", "الفترة من أول يناير وحتى 15 يوليو ... أعدمت 694"):
        // summed over those days, not one incident's
        if explicit_toll && toll > 0 {
            if let Some(until) = self.span_end(s) {
                return Some((Status::Statistic, Some(until)));
            }
        }
        if toll >= PERIOD_TOLL {
            // a count over a period anywhere in its sentence, or over a span of fighting ("750
            // شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات")
            let tokens = doc.token_at(s.start).unwrap_or(0)..doc.last_token(s).map_or(0, |e| e + 1);
            let period = tokens
                .clone()
                .find(|&i| self.cue_at_token(i, Cue::Period) && !self.risen_toll(t, i));
            if let Some(i) = period {
                return Some((Status::Statistic, Some(doc.tokens[i].span)));
            }
            // (or the toll of acts in the plural retold with a demonstrative right before them,
            // "وقتل ما لا يقل عن 260 مقاتلا ... في هذه الغارات", "وأسفرت هذه الهجمات عن مقتل
            // أكثر من 800 شخص", with no day of its own: the sum of the many acts told before)
            if !c.own_day()
                && self.cue_at_token(t, Cue::Plural)
                && t > doc.token_at(s.start).unwrap_or(t)
                && self.cue_at_token(t - 1, Cue::Demonstrative)
            {
                return Some((Status::Statistic, Some(doc.tokens[t - 1].span)));
            }
            let span_of_fighting = tokens
                .filter(|&i| self.cue_at_token(i, Cue::Durative))
                .find_map(|i| self.cue_before(s, i, PERIOD_WORDS, Cue::PeriodUnit));
            if let Some(unit) = span_of_fighting {
                return Some((Status::Statistic, Some(unit)));
            }
        }
        // a noun of several incidents before the event word in its clause ("ومنذ مقتل براون،
        // سجلت حوادث عدة قتل فيها سود برصاص شرطيين بيض"), with no day of its own: an act of
        // many incidents told together, not one incident
        if !day_dated {
            if let Some(cue) = self.cue_unmarked_before(s, t, INCIDENTS_WORDS, Cue::Incidents) {
                return Some((
                    Status::Statistic,
                    Some(self.phrase_of(s, Cue::Incidents, cue)),
                ));
            }
        }
        // an event noun in the plural told in a count of countries or continents after it in
        // its sentence part ("العمليات الإرهابية الدامية التي تمت متزامنة في 26 يونيو الماضي
        // في ثلاث قارات"): acts in several lands, several incidents told together (one day does
        // not make them one)
        if self.cue_at_token(t, Cue::Plural) {
            if let Some(lands) = self.lands_counted_after(c) {
                return Some((Status::Generic, Some(lands)));
            }
        }
        // a definite noun of several acts ([`Cue::Several`]) told with a list of places, with no
        // date and no dead or wounded of its own ("والتفجيرات التي ضربت القطيف والدمام والأحساء
        // وعسير توصل رسالة واحدة"): several incidents named together, none of them told
        if doc.tokens[t].clitics.contains(&"ال")
            && !c.own_date()
            && !explicit_toll
            && c.kills.is_empty()
            && c.injuries.is_empty()
            && self.cue_at_token(t, Cue::Several)
            && self.in_place_list(c)
        {
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        // an event noun in the plural told over a stretch of time ("وقتل 19 ... في هجمات ... منذ
        // بداية الأزمة", "عاود في الأسابيع الماضية تنفيذ تفجيرات"): the many incidents of a
        // period, unless a day of its own pins one
        // (a day told after the word of the stretch in its sentence is when the stretch began,
        // "منذ أن باشر المتمردون شن هجمات يومية في 22 يوليو": it pins none of the acts)
        if self.cue_at_token(t, Cue::Plural) {
            let stretch = (doc.token_at(s.start).unwrap_or(0)
                ..doc.last_token(s).map_or(0, |e| e + 1))
                .find(|&i| self.cue_at_token(i, Cue::Stretch));
            let start_day = |i: usize| {
                c.date.as_ref().is_some_and(|(d, inherited)| {
                    let from = doc.tokens[i].span.start;
                    !inherited
                        && d.span.start > from
                        && d.span.end <= s.end
                        && doc
                            .token_at(d.span.start)
                            .is_some_and(|k| k <= i + STRETCH_START_WORDS)
                        && !doc
                            .slice(Span::new(from, d.span.start))
                            .contains(CLAUSE_MARKS)
                })
            };
            if let Some(i) = stretch.filter(|&i| !day_dated || start_day(i)) {
                return Some((Status::Statistic, Some(doc.tokens[i].span)));
            }
        }
        if self.cue_at_token(t, Cue::Plural) && !day_dated {
            // the dead or the wounded told only as vague counts, at least one of hundreds or
            // thousands ("مقتل المئات في هجمات انتحارية", "هجمات انتحارية قتلت العشرات وأصابت
            // المئات"): the toll of many incidents
            let pieces = || c.kills.iter().chain(&c.injuries);
            if pieces().all(|p| p.bare) && pieces().any(|p| p.min >= VAGUE_MANY) {
                return Some((
                    Status::Statistic,
                    c.kills.first().or(c.injuries.first()).map(|p| p.span),
                ));
            }
        }
        // a change of territory over many places or all of something, with no day of its own
        // ("سيطر على عدة مناطق من البلاد", "سيطر المتمردون على كافة احتياطات البلاد"): a sweep
        // told in general, not one incident
        if matches!(
            c.sub_event_type.as_str(),
            crate::mention::GOVERNMENT_REGAINS | crate::mention::NON_STATE_OVERTAKES
        ) && !day_dated
        {
            if let Some(cue) = self.cue_after(c, EXPANSE_WORDS, Cue::Expanse) {
                return Some((Status::Generic, Some(cue)));
            }
        }
        None
    }
}

impl Context<'_> {
    /// The acts of a statistic retold in the next sentence: an event noun in the plural with the
    /// article ("الغارات", [`Cue::Plural`]), with no date of its own, in the sentence right after
    /// one whose mention of the same noun is a statistic ("قتلوا ... خلال أسبوعين من الغارات
    /// الجوية التركية. وقالت الوكالة إن أربعة من قادة الحزب ... قتلوا في الغارات التركية"): the
    /// same acts of that span, a part of its count, no incident of their own (status statistic,
    /// with the earlier mention's cue). Only with a figure of dead or wounded of its own and no
    /// place finer than a country of its own in its sentence. Run once every candidate has its status.
    pub fn statistic_retold(&self, candidates: &mut [Candidate]) {
        self.statistic_retold_counting(candidates);
    }

    /// [`Context::statistic_retold`], returning the number of candidates it read (its work,
    /// linear in the candidates: the statistics are indexed by sentence and noun once, and a
    /// candidate retold looks its sentence's predecessor up there, where it read every candidate).
    pub fn statistic_retold_counting(&self, candidates: &mut [Candidate]) -> usize {
        let doc = self.doc;
        let stem = move |c: &Candidate| {
            doc.token_at(c.trigger_span.start)
                .map(|t| (t, doc.tokens[t].stem()))
        };
        // the statistics by (sentence, noun): the first of them in the candidates' order, as
        // the candidates are now (a candidate made a statistic here joins it: the sentence
        // after its own may retell it in turn); built at the first candidate that may need it
        let mut statistics: Option<HashMap<(usize, &str), usize>> = None;
        let mut reads = 0;
        for i in 0..candidates.len() {
            reads += 1;
            let c = &candidates[i];
            let Some((t, key)) = stem(c) else { continue };
            // (with a toll of its own, the part of the count it details, and no place of its
            // own: "حيث قتل شخصان ... في اشتباكات وسط المدينة" is an incident of that place)
            let own = |span: Span| c.sentence_span.contains(span);
            let own_toll = (c.kills.iter().chain(&c.injuries)).any(|p| own(p.span));
            let own_place = c.named_place()
                && (c.place.location.as_ref())
                    .is_some_and(|l| own(Span::new(l.span[0], l.span[1])));
            if c.status != Status::Incident
                || c.own_date()
                || !own_toll
                || own_place
                || c.sentence == 0
                || !doc.tokens[t].clitics.contains(&"ال")
                || !self.cue_at_token(t, Cue::Plural)
            {
                continue;
            }
            let index = statistics.get_or_insert_with(|| {
                let mut index = HashMap::new();
                for (j, e) in candidates.iter().enumerate() {
                    reads += 1;
                    if e.status == Status::Statistic {
                        if let Some((_, k)) = stem(e) {
                            index.entry((e.sentence, k)).or_insert(j);
                        }
                    }
                }
                index
            });
            let sentence = c.sentence;
            if let Some(&j) = index.get(&(sentence - 1, key)) {
                let cue = candidates[j].status_cue;
                candidates[i].status = Status::Statistic;
                candidates[i].status_cue = cue;
                let first = index.entry((sentence, key)).or_insert(i);
                *first = (*first).min(i);
            }
        }
        reads
    }
}
