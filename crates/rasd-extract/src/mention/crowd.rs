//! Crowds: a clash word whose side is a crowd of civilians, or a firing or a grenade in a
//! story of stones and tear gas, is a riot or a protest's control, not a battle
//! ([`Context::crowd_clashes`]).

use super::*;

/// The sub-event types of the crowd's violence and of its control: stones thrown ("رشق
/// الحجارة"), tear gas, stun grenades fired in volleys, rubber bullets.
const CROWD_KINDS: [&str; 2] = [
    rasd_core::VIOLENT_DEMONSTRATION,
    rasd_core::PROTEST_WITH_INTERVENTION,
];

const GRENADE: &str = "Grenade";

impl Context<'_> {
    /// Whether a trigger of the crowd's violence or of crowd control is told in sentence `si`.
    pub(super) fn crowd_told(&self, si: usize) -> bool {
        self.kind_told(si, &CROWD_KINDS)
    }

    /// Whether a trigger of one of the sub-event types `kinds` is told in sentence `si`.
    pub(super) fn kind_told(&self, si: usize, kinds: &[&str]) -> bool {
        self.doc.sentences.get(si).is_some_and(|s| {
            in_sentence(&self.triggers, s.span).any(|m| {
                m.value.role == Role::Event
                    && (m.value.sub_event_type.as_deref()).is_some_and(|k| kinds.contains(&k))
            })
        })
    }

    /// A clash is a battle only between two armed sides (ACLED): a merged clash told with a
    /// bare word ("مواجهات", "اشتباكات") is a violent demonstration when stones thrown or
    /// crowd-control munitions are told in the sentence of its word, or in the sentence of a
    /// word of clash among its retellings or the sentence right after it ("اندلعت مواجهات في
    /// المسجد ... وقالت الشرطة إن شبانا رشقوا الحجارة"), and no rebel group nor two state
    /// forces are its sides. So is a stun grenade a state's forces fire among such munitions
    /// in one sentence ("أصيبت امرأة بقنبلة صوتية ... وحالات اختناق من قنابل الغاز") when the
    /// record tells a clash; else it is crowd control, a protest with intervention.
    pub fn crowd_clashes(&self, merged: &mut [Candidate]) {
        let doc = self.doc;
        let sentence_of = |span: Span| doc.sentence_at(span.start);
        let clash_at = |span: Span| {
            starting_in(&self.triggers, |m| m.span.start, span)
                .iter()
                .any(|m| {
                    m.span == span
                        && m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH)
                })
        };
        // (a bare word of clash, "اشتبك", "مواجهات": not a military operation's)
        let bare_clash_at = |span: Span| {
            starting_in(&self.triggers, |m| m.span.start, span)
                .iter()
                .any(|m| {
                    m.span == span
                        && m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH)
                        && m.value.priority == CLASH_PRIORITY
                })
        };
        for c in merged.iter_mut() {
            let rebel = [&c.actor1, &c.actor2]
                .iter()
                .any(|a| a.as_ref().is_some_and(|a| a.kind == ActorKind::Rebel));
            if rebel {
                continue;
            }
            // two state forces fighting ("اشتباكات بين الشرطة والجيش") are two armed sides
            let state = |a: &Option<Actor>| a.as_ref().is_some_and(|a| a.kind == ActorKind::State);
            if state(&c.actor1) && state(&c.actor2) {
                continue;
            }
            // the crowd is told in the sentence of the record's word, or in that of a word of
            // clash among its retellings or the sentence right after it (not in that of another
            // act merged with it: "فروا من المعارك في نيجيريا" and a dispersed protest abroad)
            // (a clash read from shooting at armed men, not told with a word of clash, is the
            // crowd's only when the crowd's own violence is told, stones or tyres: stun grenades
            // thrown by gunmen who fire on soldiers make no riot)
            let firing = c.plover_mode.as_deref() == Some(FIREARMS) && !clash_at(c.trigger_span);
            let own = sentence_of(c.trigger_span).is_some_and(|s| {
                if firing {
                    self.kind_told(s, &CROWD_KINDS[..1])
                } else {
                    self.crowd_told(s)
                }
            });
            let retold = std::iter::once(c.trigger_span)
                .chain(c.mentions.iter().copied())
                .filter(|&m| clash_at(m))
                .filter_map(sentence_of)
                .any(|s| self.crowd_told(s) || self.crowd_told(s + 1));
            // (or a crowd is a side of one of its words of clash: "واشتبك فلسطينيون مع الجيش",
            // "مواجهات بين الفلسطينيين وقوات الاحتلال", while no armed group but a state's forces
            // is named among its sides)
            let unarmed_or_state = |a: &Option<Actor>| {
                a.as_ref().is_none_or(|a| {
                    matches!(
                        a.kind,
                        ActorKind::State
                            | ActorKind::Civilians
                            | ActorKind::Protesters
                            | ActorKind::Rioters
                    )
                })
            };
            let crowd_side = unarmed_or_state(&c.actor1)
                && unarmed_or_state(&c.actor2)
                && std::iter::once(c.trigger_span)
                    .chain(c.mentions.iter().copied())
                    .filter(|&m| bare_clash_at(m))
                    .any(|m| self.crowd_side_of(m));
            let clash = c.event_type == rasd_core::BATTLES
                && c.sub_event_type == rasd_core::ARMED_CLASH
                && c.priority <= CLASH_PRIORITY
                && (own || retold || crowd_side);
            let state_grenade = c.sub_event_type == GRENADE
                && c.actor1
                    .as_ref()
                    .is_some_and(|a| a.kind == ActorKind::State)
                && sentence_of(c.trigger_span).is_some_and(|s| self.crowd_told(s));
            if clash
                || state_grenade
                    && (c.mentions.iter().any(|&m| clash_at(m)) || clash_at(c.trigger_span))
            {
                c.event_type = rasd_core::RIOTS.into();
                c.sub_event_type = rasd_core::VIOLENT_DEMONSTRATION.into();
                c.plover_event = "PROTEST".into();
                c.plover_mode = Some("riot".into());
            } else if state_grenade {
                c.event_type = rasd_core::PROTESTS.into();
                c.sub_event_type = rasd_core::PROTEST_WITH_INTERVENTION.into();
                c.plover_event = "PROTEST".into();
                c.plover_mode = Some("demonstrate".into());
            }
        }
    }

    /// Whether a side of the word of clash at `clash` is a crowd of civilians: the word right
    /// after it (the verb's subject: "واشتبك فلسطينيون مع الجيش"), the word after a "بين" in
    /// the two words after it ("مواجهات بين الفلسطينيين وقوات الاحتلال"), or the word after a
    /// "مع" right after it ("وتشتبك مع فلسطينيين"), is a civilian victim
    /// word (victims.tsv) of no armed actor's name and no faith's or people's community
    /// ([`Cue::Community`]: "اشتباكات بين الأكراد والشرطة" may be an armed community's).
    pub(super) fn crowd_side_of(&self, clash: Span) -> bool {
        let doc = self.doc;
        let Some(last) = doc.last_token(clash) else {
            return false;
        };
        let after = last + 1;
        // (or right after a "مع" right after it, the other side of the verb's subject: "قوات
        // الاحتلال ... تشتبك مع فلسطينيين")
        let side = (after..after + 2)
            .find(|&i| self.cue_at_token(i, Cue::Between))
            .or_else(|| self.cue_at_token(after, Cue::With).then_some(after))
            .map_or(after, |b| b + 1);
        let Some(sentence) = doc.sentence_at(clash.start).map(|s| doc.sentences[s].span) else {
            return false;
        };
        // (a word joined by «و» right after it is no side: "نقود عمليات عسكرية والأسرى")
        !self.cue_at_token(side, Cue::Community)
            && doc
                .tokens
                .get(side)
                .is_some_and(|t| !t.clitics.contains(&"و"))
            && self
                .victim_words(sentence)
                .iter()
                .any(|v| v.tokens.0 == side && v.value.civilian)
    }
}
