//! The story-level passes of the status, after the story's merge: an incident nothing pins down
//! ([`unspecific`]), the same police work or private harm told again (`Context::police_story`,
//! `Context::private_story`), a writer's column, round-ups and tolls summed over incidents.

use rasd_core::Status;
use rasd_text::Span;

use super::ARRESTS;
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};
use crate::slots::counts::CountPiece;

/// Whether a merged incident is pinned down by nothing: no place finer than a country, no date
/// of its own, no toll and no side (REPORTS_GUIDELINES.md: a specific incident has at least one).
pub fn unspecific(c: &Candidate) -> bool {
    let toll = !c.kills.is_empty() || !c.injuries.is_empty();
    let side = c.actor1.is_some() || c.actor2.is_some();
    !(c.named_place() || c.own_date() || toll || side)
}

impl Context<'_> {
    /// The arrests of a story that tells an arrest for a crime ("القبض على ثلاثة شبان بتهمة سرقة"):
    /// the same arrest told again without its crime ("وتم القبض على الشبان الثلاثة أمس"), with no
    /// armed or political side named, is the same police work (status not_violence, the crime its
    /// cue), not a development of a conflict. (An arrest word told as a halt, "أوقفت الخطوط
    /// الجوية رحلاتها", has no crime and says nothing of the story's arrests.)
    pub fn police_story(&self, merged: &mut [Candidate]) {
        let doc = self.doc;
        let Some(crime) = merged
            .iter()
            .find(|c| c.sub_event_type == ARRESTS && c.status == Status::NotViolence)
            .and_then(|c| c.status_cue)
            .filter(|cue| {
                doc.token_at(cue.start)
                    .is_some_and(|i| self.cue_at_token(i, Cue::Crime))
            })
        else {
            return;
        };
        for c in merged.iter_mut() {
            if c.status == Status::Incident
                && c.sub_event_type == ARRESTS
                && !Context::side_named(c)
            {
                c.status = Status::NotViolence;
                c.status_cue = Some(crime);
            }
        }
    }
}

impl Context<'_> {
    /// A story that opens on harm among persons ([`Context::status`]: a family crime, a brawl,
    /// a run-over told as not_violence by a word of kin, of a quarrel or of running over, in its
    /// headline or lead): the same harm told again further on with no such word ("أطلق مواطن
    /// النار على شقيقه" then "تلقت الشرطة بلاغا مفاده قيام شخص بإطلاق النار"), an attack or a
    /// clash naming no armed, political or state side, is the same private harm (status
    /// not_violence, the opening's cue), not political violence; so is, in a story that tells a
    /// personal quarrel in its headline or anywhere further on ("وسط خلافات عائلية.. ألماني يفجر
    /// منزله", the motive the police found: "اقدم على ذلك بدافع الانتقام لخلاف سابق"), an attack, a
    /// clash or a blast on the ground naming no armed or political side
    /// ([`Context::quarrel_harm_kind`]).
    pub fn private_story(&self, merged: &mut [Candidate]) {
        let doc = self.doc;
        let private = |c: &Candidate| {
            c.status == Status::NotViolence
                && doc
                    .sentence_at(c.trigger_span.start)
                    .is_some_and(|k| k < OPENING_SENTENCES)
                && c.status_cue
                    .and_then(|cue| doc.token_at(cue.start))
                    .is_some_and(|i| {
                        [Cue::Kin, Cue::Quarrel, Cue::RunOver, Cue::Stray]
                            .into_iter()
                            .any(|k| self.cue_at_token(i, k))
                    })
        };
        // (or a story that tells a shot gone astray or fired in joy anywhere, "تعرضت الطفلة
        // بالخطأ إلى إطلاق نار" in a later paragraph than "أصيبت الطفلة بطلق ناري", and names no
        // armed, political or state side in any of its incidents: the harm it tells is that
        // accident or celebration)
        let opening = merged
            .iter()
            .find(|c| private(c))
            .and_then(|c| c.status_cue);
        let astray = || {
            let sided = merged.iter().any(Self::side_of_state_or_arms);
            (!sided)
                .then(|| self.cues.iter().find(|m| m.value == Cue::Stray))
                .flatten()
                .map(|m| m.span)
        };
        // (or a story whose headline tells a personal quarrel, "وسط خلافات عائلية.. ألماني يفجر
        // منزله", and names no armed or political side in any of its incidents: the harm it tells
        // is that quarrel's; the police named with it arrest or tell, "ألقت الشرطة القبض على رجل
        // أقدم على تفجير منزله", they are no side of a conflict)
        // (or anywhere in the story, the culprit's motive found by the police: "اتضح بأنه طالب
        // جامعي اقدم على ذلك بدافع الانتقام لخلاف سابق")
        let quarrel = || {
            let sided = merged.iter().any(Self::side_named);
            (!sided)
                .then(|| self.cues.iter().find(|m| m.value == Cue::Quarrel))
                .flatten()
                .map(|m| m.span)
        };
        // (or a story that tells one of its blasts caused by a fire or a leak, "إن الانفجار سببه
        // حريق نشب في محطة قريبة للشاحنات", and names no armed or political side in any of its
        // incidents: its blasts on the ground are that accident)
        let (cue, harm): (Span, fn(&Candidate) -> bool) = match opening.or_else(astray) {
            Some(cue) => (cue, Self::private_harm_kind),
            None => match quarrel() {
                Some(cue) => (cue, Self::quarrel_harm_kind),
                None => match self.blast_of_mishap(merged) {
                    Some(cue) => (cue, Self::ground_blast),
                    None => return,
                },
            },
        };
        for c in merged.iter_mut() {
            let private = harm(c);
            if c.status == Status::Incident && private {
                c.status = Status::NotViolence;
                c.status_cue = Some(cue);
            }
        }
    }

    /// The cause of a blast told right after its word as a fire or a leak ([`Cue::Cause`] then
    /// a [`Cue::Mishap`] or [`Cue::Domain`] word at most two words on: "الانفجار سببه حريق",
    /// "انفجار ناجم عن تسرب غاز"), when no incident of the story names an armed or political
    /// side: the span of the cause word.
    fn blast_of_mishap(&self, merged: &[Candidate]) -> Option<Span> {
        if merged.iter().any(Self::side_named) {
            return None;
        }
        let n = self.doc.tokens.len();
        self.triggers.iter().find_map(|h| {
            let blast = h.value.sub_event_type.as_deref() == Some(rasd_core::IED);
            let at = h.tokens.1;
            (blast && at < n && self.cue_at_token(at, Cue::Cause))
                .then(|| {
                    (at + 1..(at + 3).min(n)).find(|&i| {
                        self.cue_at_token(i, Cue::Mishap) || self.cue_at_token(i, Cue::Domain)
                    })
                })
                .flatten()
                .map(|_| self.doc.tokens[at].span)
        })
    }

    /// Whether the candidate is a blast set off on the ground (not an air strike or shelling)
    /// naming no armed or political side.
    fn ground_blast(c: &Candidate) -> bool {
        c.event_type == rasd_core::EXPLOSIONS
            && !matches!(
                c.sub_event_type.as_str(),
                crate::mention::AIR_STRIKE | rasd_core::SHELLING
            )
            && !Self::side_named(c)
    }
}

/// How many different words of a writer's own in the first person ([`Cue::FirstPerson`]), outside
/// quotation marks, make a story a column, an essay or a memoir.
const FIRST_PERSON_WORDS: usize = 2;

impl Context<'_> {
    /// The first of the words a writer tells in the first person ("أعتقد", "في رأيي", "كنت
    /// أسمع"), when the story holds [`FIRST_PERSON_WORDS`] different ones outside quotation
    /// marks: a column, an essay or a memoir, whose incidents with no date of their own are told
    /// in general, not as news (a quotation, "«كنت في السوق»", is a witness's words: the text
    /// layer marks it, [`rasd_text::Document::in_quotation`]).
    pub fn first_person_story(&self) -> Option<Span> {
        let doc = self.doc;
        let mut words: Vec<String> = Vec::new();
        let mut first = None;
        for m in self.cues.iter().filter(|m| m.value == Cue::FirstPerson) {
            if doc.in_quotation(m.tokens.0) {
                continue;
            }
            let key = (m.tokens.0..m.tokens.1)
                .map(|i| doc.tokens[i].stem())
                .collect::<Vec<_>>()
                .join(" ");
            if !words.contains(&key) {
                words.push(key);
            }
            first.get_or_insert(m.span);
        }
        first.filter(|_| words.len() >= FIRST_PERSON_WORDS)
    }
}

/// How many incidents of its own type and country, each at a named place, the body of a
/// story tells for its headline to be a roundup of them.
const ROUNDUP_INCIDENTS: usize = 2;

impl Context<'_> {
    /// Whether the merged incident `i` of a story is its headline summing up the incidents the
    /// body tells one by one ("أعمال عنف وتفجيرات متفرقة تردي 30 قتيلاً في العراق" over the car
    /// bombs of New Baghdad, Zafraniya and Mandali): told in the story's opening (the headline or
    /// the lead, [`OPENING_SENTENCES`], with a figure of the dead or wounded: "أفادت مصادر أمنية
    /// ... عن مقتل 37 مسلحا ... في هجمات متفرقة بالعراق") with an event noun in the plural and
    /// no place finer than a country,
    /// while the sentences after it tell at least [`ROUNDUP_INCIDENTS`] violent incidents in
    /// that country (of any violent type: the plural "هجمات" sums a shelling, a raid and a
    /// rocket attack), each at a named place, and no figure of the dead or wounded of its own
    /// but the opening's. The opening is their sum, not another incident (status statistic).
    pub fn roundup(&self, merged: &[Candidate], i: usize) -> bool {
        let c = &merged[i];
        let doc = self.doc;
        let Some(t) = doc.token_at(c.trigger_span.start) else {
            return false;
        };
        let Some(k) = c.country() else {
            return false;
        };
        let family = rasd_core::taxonomy::family(&c.event_type);
        let Some(own) = doc
            .sentence_at(c.trigger_span.start)
            .filter(|&s| s < OPENING_SENTENCES)
        else {
            return false;
        };
        // (past the headline, the lead sums with figures: "عن مقتل 37 مسلحا ... و16 ... في هجمات
        // متفرقة"; a lead with none tells an incident of its own, "نبأ يفيد بمقتل ... في
        // المواجهات التي تشهدها المحافظة", "شن ضربات جوية على قرية بيتا")
        let figured = explicit(&c.kills) || explicit(&c.injuries);
        if c.status != Status::Incident
            || (own > 0 && !figured)
            || !self.cue_at_token(t, Cue::Plural)
            || c.named_place()
            || family.is_none()
            // (a figure the body tells of the headline's fighting is its own account: "عشرات
            // القتلى ... في معارك الأنبار" and "28 عنصرا ... و18 مقاتلا ... قتلوا")
            || (c.kills.iter().chain(&c.injuries)).any(|p| {
                doc.sentence_at(p.span.start)
                    .is_none_or(|s| s >= OPENING_SENTENCES)
            })
        {
            return false;
        }
        let told = (merged.iter().enumerate())
            .filter(|&(j, e)| {
                j != i
                    && e.status == Status::Incident
                    && e.named_place()
                    && rasd_core::taxonomy::family(&e.event_type) == family
                    && e.country() == Some(k)
                    && doc
                        .sentence_at(e.trigger_span.start)
                        .is_some_and(|s| s > own)
            })
            .count();
        told >= ROUNDUP_INCIDENTS
    }
}

/// How many sentences open a story before its account goes on: the headline, a dateline and
/// the lead ("مقتل 28 مدنياً في قصف ..." / "عين اليوم – جدة" / "قتل 28 مدنيًا ...").
const OPENING_SENTENCES: usize = 3;

/// How many incidents, each with a toll of its own told after it, a toll of the story's opening
/// must be the sum of to be their sum.
const SUMMED_INCIDENTS: usize = 2;

/// Whether a toll is told with explicit figures only (no bare word of death, no unknown count).
fn explicit(ps: &[CountPiece]) -> bool {
    !ps.is_empty()
        && ps
            .iter()
            .all(|p| !p.bare && p.qualifier != rasd_core::Qualifier::Unknown)
}

impl Context<'_> {
    /// Where `c`'s toll of the dead ends when it is told with explicit figures, all in the
    /// story's opening ([`OPENING_SENTENCES`]); None otherwise.
    fn opening_toll_end(&self, c: &Candidate) -> Option<usize> {
        self.opening_end(&c.kills)
    }

    /// Where the toll `ps` ends when it is told with explicit figures, all in the story's
    /// opening ([`OPENING_SENTENCES`]); None otherwise.
    fn opening_end(&self, ps: &[CountPiece]) -> Option<usize> {
        let opening = |p: &CountPiece| {
            (self.doc.sentence_at(p.span.start)).is_some_and(|s| s < OPENING_SENTENCES)
        };
        (explicit(ps) && ps.iter().all(opening))
            .then(|| ps.iter().map(|p| p.span.end).max().unwrap_or(0))
    }

    /// Whether the merged incident `i` of a story tells, in its opening (the headline or the
    /// lead, [`OPENING_SENTENCES`]), a toll of the dead that is the sum of the tolls of all the
    /// other incidents of the story that have one, at least [`SUMMED_INCIDENTS`] of them, each
    /// told after it with a figure ("مقتل 31 على الأقل في تفجيرين" over "24 شخصا على الأقل
    /// قتلوا ... عندما انفجرت سيارة ملغومة" and "سبعة اخرين قتلوا ... في تفجير اخر"): the
    /// opening sums them up, it is no incident of its own (status statistic).
    pub fn summed_toll(&self, merged: &[Candidate], i: usize) -> bool {
        let figured = |e: &Candidate| e.status == Status::Incident && explicit(&e.kills);
        let c = &merged[i];
        if c.status != Status::Incident {
            return false;
        }
        let Some(end) = self.opening_toll_end(c) else {
            return false;
        };
        let sum = crate::merge::total(&c.kills);
        // the same sum told again in the opening, as another incident (the headline's
        // "هجومين" and the lead's "قتل 16 شخصاً ... في هجومين منفصلين", typed apart), is no part
        let same_sum = |e: &Candidate| {
            self.opening_toll_end(e).is_some() && crate::merge::total(&e.kills) == sum
        };
        let parts: Vec<&Candidate> = (merged.iter().enumerate())
            .filter(|&(j, e)| j != i && figured(e) && !same_sum(e))
            .map(|(_, e)| e)
            .collect();
        parts.len() >= SUMMED_INCIDENTS
            && (parts.iter()).all(|e| e.kills.iter().all(|p| p.span.start >= end))
            && parts
                .iter()
                .map(|e| crate::merge::total(&e.kills))
                .sum::<u64>()
                == sum
    }
}

impl Context<'_> {
    /// A merged incident whose toll of the dead, told in the story's opening
    /// ([`OPENING_SENTENCES`]), is the sum of a toll it absorbed and told after it and the toll
    /// of another incident of the story told after it ("مقتل 14 مقاتلا" in the headline over
    /// "تم القضاء على ستة مقاتلين" in its own account and "قتلت ثمانية متطرفين" in another)
    /// takes the toll it absorbed: the headline summed two incidents (both violent: not a toll
    /// read into an arrest). So when the toll it absorbed and those of all the other incidents
    /// told after it, [`SUMMED_INCIDENTS`] or more, add up to it ("لقي ثلاثة أشخاص مصرعهم وأصيب
    /// 13 آخرون بحوادث أمنية متفرقة" over three bombings, one dead each, 7, 5 and 1 wounded:
    /// the bombing that joined the lead keeps its one dead and five wounded); and so of the
    /// wounded.
    /// Returns whether a toll was split: the opening's sum is then found, and no other incident
    /// of the story is taken for a sum ([`Context::summed_toll`]).
    pub fn split_summed_toll(&self, merged: &mut [Candidate]) -> bool {
        let mut split = false;
        for i in 0..merged.len() {
            let c = &merged[i];
            if c.status != Status::Incident || !rasd_core::taxonomy::is_violent(&c.event_type) {
                continue;
            }
            let kills = self.summed_own(merged, i, |e| &e.kills, &c.absorbed_kills);
            let injuries = self.summed_own(merged, i, |e| &e.injuries, &c.absorbed_injuries);
            split |= kills.is_some() || injuries.is_some();
            if let Some(own) = kills {
                merged[i].kills = own;
            }
            if let Some(own) = injuries {
                merged[i].injuries = own;
            }
        }
        split
    }

    /// The toll `absorbed` holds that is the merged incident `i`'s own, when its toll
    /// (`toll`: of the dead or of the wounded) told in the opening sums it and the tolls of the
    /// others ([`Context::split_summed_toll`]).
    fn summed_own(
        &self,
        merged: &[Candidate],
        i: usize,
        toll: impl Fn(&Candidate) -> &Vec<CountPiece>,
        absorbed: &[Vec<CountPiece>],
    ) -> Option<Vec<CountPiece>> {
        use crate::merge::total;
        let c = &merged[i];
        let end = self.opening_end(toll(c))?;
        // (a part may be one person told by a noun, "قتل شخص", exact: no figure, but a count)
        let after = |ps: &[CountPiece]| {
            !ps.is_empty()
                && (ps.iter()).all(|p| {
                    p.span.start >= end
                        && (p.qualifier == rasd_core::Qualifier::Exact
                            || (!p.bare && p.qualifier != rasd_core::Qualifier::Unknown))
                })
        };
        let sum = total(toll(c));
        let others: Vec<u64> = (merged.iter().enumerate())
            .filter(|&(j, e)| {
                j != i
                    && e.status == Status::Incident
                    && rasd_core::taxonomy::is_violent(&e.event_type)
                    && after(toll(e))
            })
            .map(|(_, e)| total(toll(e)))
            .collect();
        let all = (others.len() >= SUMMED_INCIDENTS).then(|| others.iter().sum::<u64>());
        (absorbed.iter())
            .filter(|a| after(a))
            .find(|a| {
                let t = total(a);
                t < sum && (others.contains(&(sum - t)) || all == Some(sum - t))
            })
            .cloned()
    }
}
