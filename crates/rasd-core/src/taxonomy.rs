//! ACLED event types and sub-types (DESIGN.md section 2), exactly these strings.

pub const BATTLES: &str = "Battles";
pub const EXPLOSIONS: &str = "Explosions/Remote violence";
pub const VAC: &str = "Violence against civilians";
pub const PROTESTS: &str = "Protests";
pub const RIOTS: &str = "Riots";
pub const STRATEGIC: &str = "Strategic developments";

// ACLED's sub-event types.
pub const ARMED_CLASH: &str = "Armed clash";
pub const GOVERNMENT_REGAINS: &str = "Government regains territory";
pub const NON_STATE_OVERTAKES: &str = "Non-state actor overtakes territory";
pub const CHEMICAL_WEAPON: &str = "Chemical weapon";
pub const AIR_STRIKE: &str = "Air/drone strike";
pub const SUICIDE_BOMB: &str = "Suicide bomb";
pub const SHELLING: &str = "Shelling/artillery/missile attack";
pub const IED: &str = "Remote explosive/landmine/IED";
pub const GRENADE: &str = "Grenade";
pub const SEXUAL_VIOLENCE: &str = "Sexual violence";
pub const ATTACK: &str = "Attack";
pub const ABDUCTION: &str = "Abduction/forced disappearance";
pub const PEACEFUL_PROTEST: &str = "Peaceful protest";
pub const PROTEST_WITH_INTERVENTION: &str = "Protest with intervention";
pub const EXCESSIVE_FORCE: &str = "Excessive force against protesters";
pub const VIOLENT_DEMONSTRATION: &str = "Violent demonstration";
pub const MOB_VIOLENCE: &str = "Mob violence";
pub const AGREEMENT: &str = "Agreement";
pub const ARRESTS: &str = "Arrests";
pub const CHANGE_TO_GROUP: &str = "Change to group/activity";
pub const DISRUPTED_WEAPONS: &str = "Disrupted weapons use";
pub const BASE_ESTABLISHED: &str = "Headquarters or base established";
pub const LOOTING: &str = "Looting/property destruction";
pub const NON_VIOLENT_TRANSFER: &str = "Non-violent transfer of territory";
pub const OTHER: &str = "Other";

/// (event_type, sub_event_type) pairs of ACLED's taxonomy.
pub const TAXONOMY: &[(&str, &str)] = &[
    (BATTLES, ARMED_CLASH),
    (BATTLES, GOVERNMENT_REGAINS),
    (BATTLES, NON_STATE_OVERTAKES),
    (EXPLOSIONS, CHEMICAL_WEAPON),
    (EXPLOSIONS, AIR_STRIKE),
    (EXPLOSIONS, SUICIDE_BOMB),
    (EXPLOSIONS, SHELLING),
    (EXPLOSIONS, IED),
    (EXPLOSIONS, GRENADE),
    (VAC, SEXUAL_VIOLENCE),
    (VAC, ATTACK),
    (VAC, ABDUCTION),
    (PROTESTS, PEACEFUL_PROTEST),
    (PROTESTS, PROTEST_WITH_INTERVENTION),
    (PROTESTS, EXCESSIVE_FORCE),
    (RIOTS, VIOLENT_DEMONSTRATION),
    (RIOTS, MOB_VIOLENCE),
    (STRATEGIC, AGREEMENT),
    (STRATEGIC, ARRESTS),
    (STRATEGIC, CHANGE_TO_GROUP),
    (STRATEGIC, DISRUPTED_WEAPONS),
    (STRATEGIC, BASE_ESTABLISHED),
    (STRATEGIC, LOOTING),
    (STRATEGIC, NON_VIOLENT_TRANSFER),
    (STRATEGIC, OTHER),
];

/// The event_type of a sub_event_type, if it is one of ACLED's.
pub fn event_type_of(sub_event_type: &str) -> Option<&'static str> {
    TAXONOMY
        .iter()
        .find(|(_, s)| *s == sub_event_type)
        .map(|(t, _)| *t)
}

/// Whether a record of this sub-event type carries a toll. ACLED codes a peaceful protest, an
/// agreement, a change to a group's activity, a base established and a non-violent transfer of
/// territory with no fatalities: the deaths told with them are another event's, the act
/// protested (DESIGN.md section 2). (An arrest carries only the deaths of the raid it ended,
/// told before its word: the extractor's rule.)
pub fn carries_toll(sub_event_type: &str) -> bool {
    !matches!(
        sub_event_type,
        PEACEFUL_PROTEST | AGREEMENT | CHANGE_TO_GROUP | BASE_ESTABLISHED | NON_VIOLENT_TRANSFER
    )
}

/// ACLED's disorder_type for an event type.
pub fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        PROTESTS | RIOTS => "Demonstrations",
        STRATEGIC => "Strategic developments",
        _ => "Political violence",
    }
}

/// ACLED's event types.
pub const EVENT_TYPES: [&str; 6] = [BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC];

/// The event type a user names: the exact type in any case, or its first word ("explosions",
/// "battles", "violence"); None when it names none or several.
pub fn resolve_event_type(name: &str) -> Option<&'static str> {
    let n = name.trim().to_lowercase();
    if n.is_empty() {
        return None;
    }
    if let Some(t) = EVENT_TYPES.iter().find(|t| t.to_lowercase() == n) {
        return Some(t);
    }
    let mut starts = EVENT_TYPES
        .iter()
        .filter(|t| t.to_lowercase().starts_with(&n));
    match (starts.next(), starts.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// The family of event types that can tell one incident (DESIGN.md section 4): the three
/// violent types together, the demonstrations (Protests, Riots) together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Violence,
    Demonstration,
}

/// The family of an event type; None for Strategic developments and unknown types.
pub fn family(event_type: &str) -> Option<Family> {
    if is_violent(event_type) {
        Some(Family::Violence)
    } else if event_type == PROTESTS || event_type == RIOTS {
        Some(Family::Demonstration)
    } else {
        None
    }
}

/// Whether the type is one of the three violent families DESIGN.md section 4 detects.
pub fn is_violent(event_type: &str) -> bool {
    matches!(event_type, BATTLES | EXPLOSIONS | VAC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sub_type_maps_back_to_its_type() {
        assert_eq!(event_type_of("Suicide bomb"), Some(EXPLOSIONS));
        assert_eq!(event_type_of("Armed clash"), Some(BATTLES));
        assert_eq!(event_type_of("Abduction/forced disappearance"), Some(VAC));
        assert_eq!(event_type_of("Kidnapping"), None);
        assert_eq!(TAXONOMY.len(), 25);
    }

    #[test]
    fn an_event_type_is_named_exactly_or_by_its_start() {
        assert_eq!(resolve_event_type("explosions"), Some(EXPLOSIONS));
        assert_eq!(
            resolve_event_type("Explosions/Remote violence"),
            Some(EXPLOSIONS)
        );
        assert_eq!(resolve_event_type("violence against civilians"), Some(VAC));
        assert_eq!(resolve_event_type("riots"), Some(RIOTS));
        assert_eq!(resolve_event_type("bombs"), None);
        assert_eq!(resolve_event_type(""), None);
    }

    #[test]
    fn families_join_the_violent_types_and_the_demonstrations() {
        assert_eq!(family(BATTLES), family(EXPLOSIONS));
        assert_eq!(family(VAC), Some(Family::Violence));
        assert_eq!(family(RIOTS), Some(Family::Demonstration));
        assert_eq!(family(PROTESTS), family(RIOTS));
        assert_eq!(family(STRATEGIC), None);
    }

    #[test]
    fn disorder_types() {
        assert_eq!(disorder_type(RIOTS), "Demonstrations");
        assert_eq!(disorder_type(BATTLES), "Political violence");
        assert!(!is_violent(PROTESTS));
    }
}

#[cfg(test)]
mod toll_tests {
    #[test]
    fn only_the_types_acled_codes_without_casualties_carry_no_toll() {
        let none: Vec<&str> = (super::TAXONOMY.iter())
            .filter(|(_, s)| !super::carries_toll(s))
            .map(|(_, s)| *s)
            .collect();
        assert_eq!(none.len(), 5, "{none:?}");
        assert!(super::carries_toll("Looting/property destruction"));
        assert!(super::carries_toll("Protest with intervention"));
        assert!(!super::carries_toll("Peaceful protest"));
    }
}
