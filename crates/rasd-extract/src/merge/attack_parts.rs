//! Acts that ACLED codes as part of the attack they are told with: property burnt, looted or
//! razed at an attack on people, and an arrest made in an attack or a clash at its place.

use super::*;

/// The sub-type of burning, looting and razing property: ACLED codes it apart only when it is
/// all that happened.
const PROPERTY_DESTRUCTION: &str = rasd_core::LOOTING;

/// Whether `destruction`, property burnt, looted or razed ("أضرموا النار في منزل العائلة"), is
/// a part of the attack on people `attack` tells at its place ("هاجم مستوطنون منزلا في قرية
/// ... ما أدى إلى استشهاد رضيع"): an attack on civilians that hurt people (a toll, or civilians
/// told as its victims), not on armed men (soldiers run over are no family burnt) and not a
/// blast (a village burnt far from a bombing's town is another act), at the same place, or at a
/// province or a country that holds it (one country, no other province) when the attack is told
/// first and the destruction's account places it (a destruction told first is not placed by
/// the coarse words of attack of a roundup told after it), the destruction with
/// no toll of its own, not dated a week or a month of its own ("في وقت سابق هذا الأسبوع": another
/// time) and no own days more than [`RETOLD_DAYS`](super::days::RETOLD_DAYS) apart. ACLED codes the destruction that goes
/// with an attack as the attack. (The destruction's word has the lowest priority, so the attack
/// keeps its type.)
pub(super) fn destruction_of_attack(destruction: &Candidate, attack: &Candidate) -> bool {
    let placed = |c: &Candidate| c.place.key.is_some() && c.place.location.is_some();
    let holds_place = (attack.place.location.as_ref())
        .is_some_and(|l| l.precision.is_some_and(|p| p >= PROVINCE_PRECISION))
        && attack.country().is_some()
        && attack.country() == destruction.country()
        && admin1_key(attack).is_none_or(|a| admin1_key(destruction) == Some(a));
    destruction.has_event_trigger
        && destruction.sub_event_type == PROPERTY_DESTRUCTION
        && destruction.kills.is_empty()
        && destruction.injuries.is_empty()
        && (destruction.own_day() || !destruction.own_date())
        && attack.has_event_trigger
        && attack.event_type == rasd_core::VAC
        && complex_attack_part(attack)
        && !attack.armed_victims
        && (!attack.kills.is_empty() || !attack.injuries.is_empty() || attack.civilian_victims)
        && placed(destruction)
        && placed(attack)
        && (same_place(destruction, attack)
            || (holds_place
                && (attack.sentence <= destruction.sentence || headline_of(destruction, attack))))
        && !own_days_apart(destruction, attack)
}

/// Whether `destruction` is the headline's word of burning and `attack` the lead's account of
/// the attack it names ("الإمارات تدين ... جريمة حرق مستوطنين إسرائيليين لرضيع فلسطيني في
/// نابلس", then "الجريمة الإرهابية البشعة التي أدت إلى استشهاد الطفل ... بالضفة الغربية"): the
/// headline names the attack by its act of burning and its town, the lead by its province.
fn headline_of(destruction: &Candidate, attack: &Candidate) -> bool {
    destruction.sentence == 0 && attack.first_sentence == 1
}

/// Whether `arrest`, told after the attack or the clash `attack` at its place, is the arrest that
/// ended it or was made in it ("أطلقت امرأتان النار على القنصلية ... في إسطنبول", then "جرى
/// اعتقال إحدى المرأتين بعد إصابتها"; "قتل شاب برصاص الجنود أثناء اقتحامهم بلدة ...", then
/// "دخلت البلدة للقيام بعمليات اعتقال"): the attack on civilians or the battle told with its own
/// word and a toll (an attack that hurt people), not a strike from afar, a blast or a change of
/// territory, at the same place (a town or finer, not a country's or a province's campaign of
/// arrests); the arrest made by a state's forces or by nobody named (a militia's captures in a
/// war, "ألقت المقاومة القبض على عشرات الحوثيين", are acts of their own), with no toll of its
/// own, not dated a week or a month of its own and no own days more than [`RETOLD_DAYS`](super::days::RETOLD_DAYS) apart.
/// ACLED codes the arrest made in an attack as the attack. (An arrest's word has a lower
/// priority than a word of attack, so the attack keeps its type; and it does not carry the
/// attack's account on: [`absorb`] keeps the attack's sentence.)
pub(super) fn arrest_of_attack(attack: &Candidate, arrest: &Candidate) -> bool {
    let town = |c: &Candidate| {
        c.place.key.is_some()
            && (c.place.location.as_ref())
                .is_some_and(|l| l.precision.is_some_and(|p| p < PROVINCE_PRECISION))
    };
    let by_state = (arrest.actor1.as_ref()).is_none_or(|a| a.kind == rasd_core::ActorKind::State);
    arrest.has_event_trigger
        && arrest.sub_event_type == ARRESTS
        && by_state
        && arrest.kills.is_empty()
        && arrest.injuries.is_empty()
        && (arrest.own_day() || !arrest.own_date())
        && attack.has_event_trigger
        && matches!(
            attack.event_type.as_str(),
            rasd_core::VAC | rasd_core::BATTLES
        )
        && complex_attack_part(attack)
        && !from_afar(attack)
        && (!attack.kills.is_empty() || !attack.injuries.is_empty())
        && attack.sentence <= arrest.sentence
        && town(attack)
        && town(arrest)
        && same_place(attack, arrest)
        && !own_days_apart(attack, arrest)
}
