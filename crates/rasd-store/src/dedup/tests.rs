use super::*;

/// The plain dates' fast path shifts as chrono does, and leaves every other form to it.
#[test]
fn shift_date_is_chronos() {
    let chrono_shift = |d: &str, n: i64| parse_date(d).map(|d| iso(d + chrono::Duration::days(n)));
    let mut dates: Vec<String> = Vec::new();
    let mut day = chrono::NaiveDate::from_ymd_opt(1999, 12, 1).unwrap();
    while day < chrono::NaiveDate::from_ymd_opt(2001, 3, 5).unwrap() {
        dates.push(iso(day));
        day += chrono::Duration::days(1);
    }
    dates.extend(
        [
            "2008-02-29",
            "2007-02-29",
            "2008-13-01",
            "2008-00-10",
            "2008-1-5",
            "08-01-05",
            "2008-01-05x",
            " 2008-01-05",
            "0999-12-31",
            "1000-01-01",
            "9999-12-31",
            "2008/01/05",
            "",
            "abcd-ef-gh",
            "+2008-01-05",
            "2008-01-5 ",
            "١٩٩٩-٠١-٠١",
        ]
        .map(str::to_string),
    );
    for d in &dates {
        for n in [-400, -37, -32, -7, -2, -1, 0, 1, 2, 7, 31, 366] {
            assert_eq!(shift_date(d, n), chrono_shift(d, n), "{d:?} {n}");
        }
    }
}

/// The plain dates' days apart are chrono's, and every other form is left to it.
#[test]
fn days_between_is_chronos() {
    let chrono_days = |a: &str, b: &str| Some((parse_date(b)? - parse_date(a)?).num_days());
    let dates = [
        "2008-02-29",
        "2008-03-01",
        "2007-02-28",
        "2007-02-29",
        "1999-12-31",
        "2000-01-01",
        "2015-08-06",
        "1000-01-01",
        "9999-12-31",
        "0999-12-31",
        "2008-1-5",
        "2008-13-01",
        "+2008-01-05",
        "2008-01-05x",
        "",
    ];
    for a in dates {
        for b in dates {
            assert_eq!(days_between(a, b), chrono_days(a, b), "{a:?} {b:?}");
        }
    }
}

fn m(doc: &str, date: Option<&str>, place: &str, lat: f64, lon: f64) -> Mention {
    Mention {
        event_id: format!("{doc}:0"),
        doc_id: doc.into(),
        published: Some("2008-11-17".into()),
        date: date.map(str::to_string),
        date_precision: date.map(|_| DatePrecision::Day),
        date_end: date.map(str::to_string),
        event_type: "Explosions/Remote violence".into(),
        sub_event_type: "Suicide bomb".into(),
        country: Some("IQ".into()),
        admin1: Some("Diyala".into()),
        admin2: None,
        place: Some(place.into()),
        geonames_id: None,
        lat: Some(lat),
        lon: Some(lon),
        geo_precision: Some(1),
        actor1: None,
        actor2: None,
        plover_mode: Some("suicide-attack".into()),
        fatalities: None,
    }
}

#[test]
fn table_of_rules() {
    let base = m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
    let cases: Vec<(&str, Mention, bool)> = vec![
        (
            "same place same day",
            m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64),
            true,
        ),
        (
            "next day",
            m("b", Some("2008-11-17"), "Baqubah", 33.75, 44.64),
            true,
        ),
        (
            "two days",
            m("b", Some("2008-11-18"), "Baqubah", 33.75, 44.64),
            false,
        ),
        (
            "town in province",
            {
                let mut p = m("b", Some("2008-11-16"), "Diyala", 33.9, 45.0);
                p.geo_precision = Some(3);
                p
            },
            true,
        ),
        (
            "other town 40 km",
            m("b", Some("2008-11-16"), "Muqdadiya", 34.0, 45.0),
            false,
        ),
        (
            "same document, a retelling at the same place",
            m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64),
            true,
        ),
        (
            "same document, a retelling 1.5 km away",
            m("a", Some("2008-11-16"), "Baqubah market", 33.76, 44.65),
            false,
        ),
        (
            "undated same place",
            m("b", None, "Baqubah", 33.75, 44.64),
            true,
        ),
        (
            "a shooting is not a bombing",
            {
                let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                p.event_type = "Battles".into();
                p.sub_event_type = "Armed clash".into();
                p.plover_mode = Some("firearms".into());
                p
            },
            false,
        ),
        (
            "an attack of unstated weapon coded as a clash, no target named",
            {
                let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                p.event_type = "Battles".into();
                p.sub_event_type = "Armed clash".into();
                p.plover_mode = None;
                p
            },
            false,
        ),
        (
            "a protest is another family",
            {
                let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                p.event_type = "Protests".into();
                p.sub_event_type = "Peaceful protest".into();
                p.plover_mode = None;
                p
            },
            false,
        ),
        (
            "actors contradict",
            {
                let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                p.actor2 = Some(("Iraqi police".into(), ActorKind::State));
                p
            },
            true,
        ),
    ];
    for (name, other, want) in cases {
        assert_eq!(
            compare(&base, &other).is_ok(),
            want,
            "{name}: {:?}",
            compare(&base, &other)
        );
        assert_eq!(compare(&other, &base).is_ok(), want, "{name} (symmetric)");
        for (a, b) in [(&base, &other), (&other, &base)] {
            assert_eq!(
                verdict_of_compare(a, b),
                verdict(a, b),
                "{name}: the verdict alone"
            );
        }
    }
    // the clash on the bombing's target is one incident
    let (mut a, mut b) = (
        base.clone(),
        m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64),
    );
    a.actor2 = Some(("Police".into(), ActorKind::State));
    b.actor2 = Some(("Iraqi police".into(), ActorKind::State));
    (b.event_type, b.sub_event_type, b.plover_mode) =
        ("Battles".into(), "Armed clash".into(), None);
    assert!(compare(&a, &b).is_ok(), "{:?}", compare(&a, &b));
    let mut a = base.clone();
    a.actor2 = Some(("Civilians".into(), ActorKind::Civilians));
    let mut b = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
    b.actor2 = Some(("Iraqi police".into(), ActorKind::State));
    assert!(compare(&a, &b).is_err());
}

/// [`compare`]'s verdict without its words: the match with no reasons, or an error.
fn verdict_of_compare(a: &Mention, b: &Mention) -> Result<Match, ()> {
    compare(a, b)
        .map(|mut mt| {
            assert!(!mt.reasons.is_empty(), "a match gives its reasons");
            mt.reasons.clear();
            mt
        })
        .map_err(|why| assert!(!why.is_empty(), "a refusal says why"))
}

fn verdict(a: &Mention, b: &Mention) -> Result<Match, ()> {
    compare_verdict(a, b)
        .inspect(|mt| assert!(mt.reasons.is_empty(), "the verdict alone formats no reason"))
        .map_err(|_| ())
}

#[test]
fn the_verdict_alone_is_compares_without_its_words() {
    // every rule's outcome over pairs of places, dates, follow-ups, sides and one report
    let mut all = vec![abha("a"), asir("b"), saudi("c"), khamis("d"), abha("a")];
    let mut later = abha("e");
    later.date = Some("2015-08-10".into());
    later.date_end = later.date.clone();
    let mut undated = abha("f");
    (undated.date, undated.date_end) = (None, None);
    let mut sided = asir("g");
    sided.actor1 = Some(("Houthis".into(), ActorKind::Rebel));
    let mut other_side = abha("h");
    other_side.actor1 = Some(("Saudi military".into(), ActorKind::State));
    let mut riot = khamis("i");
    riot.event_type = "Riots".into();
    riot.sub_event_type = "Violent demonstration".into();
    all.extend([later, undated, sided, other_side, riot]);
    let mut ok = 0;
    for a in &all {
        for b in &all {
            assert_eq!(verdict_of_compare(a, b), verdict(a, b), "{a:?} vs {b:?}");
            ok += usize::from(verdict(a, b).is_ok());
        }
    }
    assert!(ok > 10 && ok < all.len() * all.len(), "{ok} matches");
}

/// Abha (a town of 'Asir province), the province, the country, and Khamis Mushait 25 km
/// away, as the gazetteer's records carry them.
fn abha(doc: &str) -> Mention {
    let mut a = m(doc, Some("2015-08-06"), "Abha", 18.2164, 42.5053);
    a.country = Some("SA".into());
    a.admin1 = Some("'Asir".into());
    a.published = Some("2015-08-06".into());
    a
}

fn asir(doc: &str) -> Mention {
    let mut a = abha(doc);
    a.place = Some("'Asīr".into());
    a.admin1 = Some("'Asīr".into());
    (a.lat, a.lon, a.geo_precision) = (Some(19.0), Some(43.0), Some(3));
    a
}

fn saudi(doc: &str) -> Mention {
    let mut a = abha(doc);
    a.place = Some("Saudi Arabia".into());
    a.admin1 = None;
    (a.lat, a.lon, a.geo_precision) = (Some(24.0), Some(45.0), Some(3));
    a
}

fn khamis(doc: &str) -> Mention {
    let mut a = abha(doc);
    a.place = Some("Khamis Mushait".into());
    (a.lat, a.lon) = (Some(18.3), Some(42.7333));
    a
}

fn rule_of(a: &Mention, b: &Mention) -> Result<PlaceRule, String> {
    let ab = compare(a, b).map(|mt| mt.place_rule);
    assert_eq!(ab, compare(b, a).map(|mt| mt.place_rule), "symmetric");
    ab
}

#[test]
fn an_abduction_is_not_a_bombing() {
    let mut abduction = abha("b");
    abduction.event_type = VAC.into();
    abduction.sub_event_type = "Abduction/forced disappearance".into();
    abduction.plover_mode = None;
    assert!(compare(&abha("a"), &abduction).is_err());
}

#[test]
fn a_suicide_bombing_and_an_attack_on_the_same_place_are_one_incident() {
    let mut attack = abha("b");
    attack.event_type = VAC.into();
    attack.sub_event_type = "Attack".into();
    attack.plover_mode = None;
    assert!(compare(&abha("a"), &attack).is_ok());
    let text = compare(&abha("a"), &attack).unwrap().reasons.join("; ");
    assert!(text.contains("one family of violence"), "{text}");
    // an airstrike is not a suicide bombing, however close
    let mut strike = abha("b");
    strike.sub_event_type = "Air/drone strike".into();
    strike.plover_mode = Some("aerial".into());
    assert!(compare(&abha("a"), &strike).is_err());
}

#[test]
fn places_are_compatible_by_the_gazetteer_hierarchy() {
    assert_eq!(normalize_place("'Asīr"), normalize_place("'Asir"));
    assert_eq!(normalize_place("Khāliş"), "khalis");
    // a town inside its province, whatever the transliteration's diacritics
    assert_eq!(rule_of(&abha("a"), &asir("b")), Ok(PlaceRule::Inside));
    // a country-level mention never splits: any place of its country
    assert_eq!(rule_of(&abha("a"), &saudi("b")), Ok(PlaceRule::Country));
    assert_eq!(rule_of(&asir("a"), &saudi("b")), Ok(PlaceRule::Country));
    let mut yemen = saudi("b");
    yemen.country = Some("YE".into());
    yemen.place = Some("Yemen".into());
    assert!(rule_of(&abha("a"), &yemen).is_err());
    // two provinces of one country are not one place
    let mut riyadh_province = asir("b");
    riyadh_province.place = Some("Ar Riyāḑ".into());
    riyadh_province.admin1 = Some("Ar Riyāḑ".into());
    (riyadh_province.lat, riyadh_province.lon) = (Some(24.6), Some(46.7));
    assert!(rule_of(&asir("a"), &riyadh_province).is_err());
}

#[test]
fn neighbouring_towns_need_other_shared_evidence() {
    // Abha and Khamis Mushait, ~25 km apart, same day and type: nothing else shared
    assert!(rule_of(&abha("a"), &khamis("b")).is_err());
    let (mut a, mut b) = (abha("a"), khamis("b"));
    a.actor2 = Some(("Special forces".into(), ActorKind::State));
    b.actor2 = Some(("Special forces".into(), ActorKind::State));
    assert_eq!(rule_of(&a, &b), Ok(PlaceRule::NearEvidence));
    // the same explicit toll is evidence too; "Civilians" is not
    let (mut a, mut b) = (abha("a"), khamis("b"));
    a.fatalities = Some(15);
    b.fatalities = Some(15);
    assert_eq!(rule_of(&a, &b), Ok(PlaceRule::NearEvidence));
    let (mut a, mut b) = (abha("a"), khamis("b"));
    a.actor2 = Some(("Civilians".into(), ActorKind::Civilians));
    b.actor2 = Some(("Civilians".into(), ActorKind::Civilians));
    assert!(rule_of(&a, &b).is_err());
    // beyond ~30 km, shared evidence is not enough
    let mut far = khamis("b");
    (far.lat, far.lon) = (Some(18.5), Some(42.8));
    far.fatalities = Some(15);
    let mut a = abha("a");
    a.fatalities = Some(15);
    assert!(rule_of(&a, &far).is_err());
}

#[test]
fn a_mention_with_no_date_of_its_own_joins_an_incident_a_few_days_older() {
    // with a toll of its own: up to UNDATED_DAYS after; a retelling with none: ten days
    for (published, toll, want) in [
        ("2015-08-05", Some(15), false),
        ("2015-08-06", Some(15), true),
        ("2015-08-09", Some(15), true),
        ("2015-08-10", Some(15), false),
        ("2015-08-05", None, false),
        ("2015-08-16", None, true),
        ("2015-08-17", None, false),
    ] {
        let mut follow = asir("b");
        follow.date = None;
        follow.date_precision = None;
        follow.date_end = None;
        follow.published = Some(published.into());
        follow.fatalities = toll;
        assert_eq!(
            compare(&abha("a"), &follow).is_ok(),
            want,
            "{published} {toll:?}"
        );
    }
    // a neighbouring town's retelling reaches no further than UNDATED_DAYS
    let mut a = abha("a");
    a.actor2 = Some(("Special forces".into(), ActorKind::State));
    let mut near = khamis("b");
    near.actor2 = a.actor2.clone();
    (near.date, near.date_precision, near.date_end) = (None, None, None);
    near.published = Some("2015-08-09".into());
    assert!(compare(&a, &near).is_ok());
    near.published = Some("2015-08-10".into());
    assert!(compare(&a, &near).is_err());
    // a date inferred from the publication (no words of its own) is no date
    let event: Event = serde_json::from_value(serde_json::json!({
        "schema_version": 1, "event_id": "d:1", "doc_id": "d", "sentence": [0, 1],
        "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
        "plover": {"event": "ASSAULT", "mode": "suicide-attack"},
        "trigger": {"text": "x", "span": [0, 1]},
        "date": {"value": "2015-08-09", "precision": "day", "text": null, "span": null},
        "actor1": null, "actor2": null, "location": null, "fatalities": null,
        "injuries": null, "victims": [], "confidence": 0.5
    }))
    .unwrap();
    let inferred = Mention::from_event(&event, Some("2015-08-09"));
    assert!(!inferred.dated() && inferred.date.is_none());
}

#[test]
fn a_place_only_where_somebody_spoke_is_compared_as_its_country() {
    // "أدان أمير منطقة الرياض التفجير ..." on the day of the Abha bombing: the record keeps
    // Riyadh, marked where_said, and the store compares it as Saudi Arabia alone
    let event = |where_said: bool| -> Event {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "event_id": "d:1", "doc_id": "d", "sentence": [0, 1],
            "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
            "plover": {"event": "ASSAULT", "mode": "suicide-attack"},
            "trigger": {"text": "x", "span": [0, 1]},
            "date": {"value": "2015-08-06", "precision": "day", "text": "أمس", "span": [2, 5]},
            "actor1": null, "actor2": null,
            "location": {"name": "Riyadh", "text": "الرياض", "span": [8, 14], "country": "SA",
                "admin1": "Ar Riyāḑ", "lat": 24.68773, "lon": 46.72185, "geonames_id": 108410,
                "precision": 1, "where_said": where_said},
            "fatalities": null, "injuries": null, "victims": [], "confidence": 0.7
        }))
        .unwrap()
    };
    let told = Mention::from_event(&event(false), Some("2015-08-07"));
    let said = Mention::from_event(&event(true), Some("2015-08-07"));
    assert!(compare(&abha("a"), &told).is_err());
    assert!(said.country_level() && said.country.as_deref() == Some("SA"));
    assert!(compare(&abha("a"), &said).is_ok());
}

#[test]
fn two_mentions_at_country_level_match_only_as_the_country() {
    // the same country name is no stronger evidence than any place of it: a country-wide
    // reaction goes with the incident most reports tell, not with another country-wide one
    let (a, b) = (saudi("a"), saudi("b"));
    assert_eq!(rule_of(&a, &b), Ok(PlaceRule::Country));
    let with_country = compare(&a, &b).map(|m| m.score());
    let with_abha = compare(&a, &abha("c")).map(|m| m.score());
    assert_eq!(with_country, with_abha);
}

#[test]
fn a_retelling_dated_only_to_its_news_week_joins_the_incident() {
    // "الأسبوع الماضي" in a report of Sunday 2015-08-16: the week 2015-08-09..15, with no
    // toll of its own, retells the bombing of the 6th at its place
    let mut later = asir("b");
    later.date = Some("2015-08-09".into());
    later.date_end = Some("2015-08-15".into());
    later.date_precision = Some(DatePrecision::Week);
    later.published = Some("2015-08-16".into());
    assert!(later.news_dated() && later.news_retelling());
    assert!(compare(&abha("a"), &later).is_ok());
    // a week long before its report is a week of its own
    later.published = Some("2015-08-30".into());
    assert!(!later.news_dated());
    assert!(compare(&abha("a"), &later).is_err());
}

#[test]
fn the_same_toll_at_the_same_place_and_day_outweighs_a_side_read_wrong() {
    // one report reads the target from another clause ("... بالتصدي لحركة طالبان بعدما حصد
    // تفجير ..."), the other names the civilians killed: the same bombing, fifteen dead
    let mut a = abha("a");
    let mut b = abha("b");
    a.fatalities = Some(15);
    b.fatalities = Some(15);
    a.actor2 = Some(("Taliban".into(), ActorKind::Rebel));
    b.actor2 = Some(("Civilians".into(), ActorKind::Civilians));
    assert!(toll_outweighs_actors(&a));
    let mt = compare(&a, &b).unwrap();
    assert!(
        mt.reasons.iter().any(|r| r.contains("outweighed")),
        "{mt:?}"
    );
    // the next day too, and the explanation agrees
    b.date = Some("2015-08-07".into());
    b.date_end = b.date.clone();
    assert!(compare(&a, &b).is_ok());
    assert!(diagnose(&a, &b).iter().all(|(_, r)| r.is_ok()));
    // another toll, a toll under RETOLD_TOLL, another sub-type or a neighbouring town: the
    // sides keep them apart
    let apart = |f: &dyn Fn(&mut Mention, &mut Mention)| {
        let (mut x, mut y) = (a.clone(), b.clone());
        f(&mut x, &mut y);
        compare(&x, &y).is_err()
    };
    assert!(apart(&|_, y| y.fatalities = Some(13)));
    assert!(apart(
        &|x, y| (x.fatalities, y.fatalities) = (Some(3), Some(3))
    ));
    assert!(apart(
        &|_, y| y.sub_event_type = "Remote explosive/landmine/IED".into()
    ));
    assert!(apart(&|_, y| {
        let k = khamis("b");
        (y.place, y.lat, y.lon) = (k.place, k.lat, k.lon);
    }));
    assert!(apart(&|_, y| {
        y.date = Some("2015-08-08".into());
        y.date_end = y.date.clone();
    }));
}

#[test]
fn a_follow_up_reaches_back_to_no_unplaced_mention_of_a_week_or_a_month() {
    // a reaction told "today" five days after, with no toll of its own, at the town
    let mut reaction = abha("b");
    reaction.date = Some("2015-08-11".into());
    reaction.date_end = reaction.date.clone();
    reaction.published = Some("2015-08-11".into());
    assert!(reaction.news_retelling());
    assert!(compare(&abha("a"), &reaction).is_ok());
    // and to the country's unplaced mention of its day (a report that named no town)
    assert!(compare(&saudi("a"), &reaction).is_ok());
    // but one dated only to the week before pins no incident down for it
    let mut week = saudi("a");
    (week.date, week.date_end) = (Some("2015-08-01".into()), Some("2015-08-07".into()));
    week.date_precision = Some(DatePrecision::Week);
    assert!(compare(&week, &reaction).is_err());
    // nor does a report with no date of its own reach back to one that far
    let mut undated = abha("c");
    (undated.date, undated.date_end, undated.date_precision) = (None, None, None);
    undated.published = Some("2015-08-11".into());
    assert!(compare(&abha("a"), &undated).is_ok());
    assert!(compare(&week, &undated).is_err());
    // within a day the country's mention stays compatible with any of its places
    let mut next_day = abha("d");
    next_day.date = Some("2015-08-07".into());
    next_day.date_end = next_day.date.clone();
    assert!(compare(&saudi("a"), &next_day).is_ok());
}

#[test]
fn a_retelling_dated_by_its_reports_news_joins_an_incident_up_to_ten_days_older() {
    // a reaction told "today" four days later, at the province, with no toll of its own
    let mut reaction = asir("b");
    reaction.date = Some("2015-08-10".into());
    reaction.date_end = reaction.date.clone();
    reaction.published = Some("2015-08-10".into());
    let mt = compare(&abha("a"), &reaction).unwrap();
    assert!(mt.followup && mt.rule().contains("followup"), "{mt:?}");
    assert!(mt.score() < compare(&abha("a"), &asir("c")).unwrap().score());
    // "yesterday" in a report published the day after counts as its news day too
    reaction.published = Some("2015-08-11".into());
    assert!(compare(&abha("a"), &reaction).is_ok());
    // and "the day before yesterday" ("أول من أمس", "أمس الأول") in a report published two
    // days after (a reprint of a reaction told "يوم أمس الأول")
    reaction.published = Some("2015-08-12".into());
    assert!(reaction.news_dated());
    assert!(compare(&abha("a"), &reaction).is_ok());
    // the same day told as an old date (not the report's news) is a day of its own
    reaction.published = Some("2015-08-13".into());
    assert!(compare(&abha("a"), &reaction).is_err());
    // a toll of its own makes it a report of its own incident
    reaction.published = Some("2015-08-10".into());
    reaction.fatalities = Some(3);
    assert!(compare(&abha("a"), &reaction).is_err());
    reaction.fatalities = None;
    // ten days at most
    for (day, want) in [("2015-08-16", true), ("2015-08-17", false)] {
        reaction.date = Some(day.into());
        reaction.date_end = reaction.date.clone();
        reaction.published = Some(day.into());
        assert_eq!(compare(&abha("a"), &reaction).is_ok(), want, "{day}");
    }
    // never an earlier day: the later side must be the retelling (here the bombing's
    // first report, with its toll)
    let mut early = asir("b");
    early.date = Some("2015-08-02".into());
    early.date_end = early.date.clone();
    early.published = Some("2015-08-02".into());
    let mut first = abha("a");
    first.fatalities = Some(15);
    assert!(compare(&first, &early).is_err());
    // nor a neighbouring town, whatever it shares
    let mut a = abha("a");
    a.actor2 = Some(("Special forces".into(), ActorKind::State));
    let mut near = khamis("b");
    near.actor2 = a.actor2.clone();
    assert!(compare(&a, &near).is_ok());
    near.date = Some("2015-08-10".into());
    near.date_end = near.date.clone();
    near.published = Some("2015-08-10".into());
    assert!(compare(&a, &near).is_err());
}

#[test]
fn property_destruction_in_an_attack_is_the_attack() {
    let mut arson = abha("b");
    arson.event_type = STRATEGIC.into();
    arson.sub_event_type = "Looting/property destruction".into();
    arson.plover_mode = Some("seize".into());
    // with a bombing (its "seize" no weapon to contradict) and an attack
    assert!(compare(&abha("a"), &arson).is_ok());
    let mut attack = abha("a");
    attack.event_type = VAC.into();
    attack.sub_event_type = "Attack".into();
    attack.plover_mode = None;
    assert!(compare(&attack, &arson).is_ok());
    // other strategic developments stay their own
    let mut arrests = arson.clone();
    arrests.sub_event_type = "Arrests".into();
    arrests.plover_mode = Some("arrest".into());
    assert!(compare(&abha("a"), &arrests).is_err());
    assert!(compare(&arson, &arrests).is_err());
    let mut agreement = arrests.clone();
    agreement.sub_event_type = "Agreement".into();
    agreement.plover_mode = None;
    assert!(compare(&agreement, &arrests).is_err());
    assert!(compare(&arrests.clone(), &{
        let mut other = arrests.clone();
        other.doc_id = "c".into();
        other
    })
    .is_ok());
    assert_eq!(compatible_types(&arrests), [STRATEGIC; 4]);
    assert_eq!(compatible_types(&arson), FAMILY);
}

#[test]
fn two_mentions_of_one_report_share_an_incident_only_when_one_is_vague() {
    // two precise mentions, each with a toll of its own: distinct incidents
    let tolled = |n: u64| {
        let mut x = abha("a");
        x.fatalities = Some(n);
        x
    };
    assert!(compare(&tolled(15), &tolled(2)).is_err());
    assert!(!may_share_report(&tolled(15), &tolled(15)));
    // the report's province-level or country-level lead retells the precise one
    let (province, country) = (asir("a"), saudi("a"));
    assert!(compare(&tolled(15), &province).is_ok());
    assert!(compare(&country, &tolled(15)).is_ok());
    // the report's province-level or country-level lead retells the precise one
    assert!(compare(&abha("a"), &asir("a")).is_ok());
    assert!(compare(&saudi("a"), &abha("a")).is_ok());
    let text = compare(&saudi("a"), &abha("a")).unwrap().reasons.join("; ");
    assert!(text.contains("the same report"), "{text}");
    // a precise retelling with no toll of its own ("انفجار ضخم هز المكان" after the suicide
    // bombing's toll) at the very place: it names no incident of its own, whatever its day
    // (a statement's "أمس" beside "الخميس الماضي": the cluster's days decide)
    let mut retold = abha("a");
    retold.sub_event_type = "Remote explosive/landmine/IED".into();
    assert!(may_share_report(&retold, &tolled(15)));
    assert!(compare(&retold, &tolled(15)).is_ok());
    retold.date = Some("2015-08-08".into());
    retold.date_end = retold.date.clone();
    assert!(may_share_report(&tolled(15), &retold));
    // not at a place inside it: a city and its province may share a name
    let mut quarter = retold.clone();
    quarter.place = Some("Al Manhal".into());
    quarter.admin2 = Some("Abha".into());
    (quarter.lat, quarter.lon) = (Some(18.23), Some(42.51));
    assert!(!may_share_report(&quarter, &tolled(15)));
}

#[test]
fn week_and_month_ranges() {
    assert_eq!(
        date_range_end("2008-02-01", DatePrecision::Month).unwrap(),
        "2008-02-29"
    );
    assert_eq!(
        date_range_end("2008-12-29", DatePrecision::Week).unwrap(),
        "2009-01-04"
    );
    let a = m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
    let mut b = m("b", Some("2008-11-01"), "Baqubah", 33.75, 44.64);
    b.date_precision = Some(DatePrecision::Month);
    b.date_end = Some("2008-11-30".into());
    assert_eq!(compare(&a, &b).unwrap().date_gap, Some(0));
}

#[test]
fn the_signature_holds_every_field_the_comparison_reads_but_the_ids() {
    let mut base = m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
    base.actor1 = Some(("Islamic State".into(), ActorKind::Rebel));
    base.actor2 = Some(("Police".into(), ActorKind::State));
    // (a toll below RETOLD_TOLL: the publication does not decide how far it reaches)
    base.fatalities = Some(4);
    base.geonames_id = Some(98_459);
    let sig = base.signature();
    type Change = fn(&mut Mention);
    let changes: Vec<(&str, Change)> = vec![
        ("date", |x| x.date = Some("2008-11-17".into())),
        ("date precision", |x| {
            x.date_precision = Some(DatePrecision::Week)
        }),
        ("date end", |x| x.date_end = Some("2008-11-22".into())),
        ("event type", |x| x.event_type = VAC.into()),
        ("sub-event type", |x| x.sub_event_type = "Grenade".into()),
        ("country", |x| x.country = Some("SY".into())),
        ("admin1", |x| x.admin1 = None),
        ("admin2", |x| x.admin2 = Some("Baqubah".into())),
        ("place", |x| x.place = Some("Khalis".into())),
        ("geonames id", |x| x.geonames_id = Some(1)),
        ("lat", |x| x.lat = Some(33.7501)),
        ("lon", |x| x.lon = None),
        ("geo precision", |x| x.geo_precision = Some(2)),
        ("perpetrator", |x| x.actor1 = None),
        ("perpetrator kind", |x| {
            x.actor1 = Some(("Islamic State".into(), ActorKind::PoliticalMilitia))
        }),
        ("target", |x| {
            x.actor2 = Some(("Army".into(), ActorKind::State))
        }),
        ("weapon", |x| x.plover_mode = Some("explosives".into())),
        ("toll", |x| x.fatalities = Some(6)),
        // a field that is None in one and "" in another
        ("admin1 empty", |x| x.admin1 = Some(String::new())),
    ];
    for (what, change) in changes {
        let mut other = base.clone();
        change(&mut other);
        assert_ne!(other.signature(), sig, "{what}");
    }
    // the ids are not in it
    let mut other = base.clone();
    other.event_id = "b:7".into();
    other.doc_id = "b".into();
    assert_eq!(other.signature(), sig);
    // the publication date only where the comparison reads it: undated, or no country
    other.published = Some("2008-11-20".into());
    assert_eq!(other.signature(), sig);
    let (mut undated, mut later) = (base.clone(), base.clone());
    undated.date = None;
    later.date = None;
    later.published = Some("2008-11-20".into());
    assert_ne!(undated.signature(), later.signature());
    let (mut a, mut b) = (base.clone(), base.clone());
    a.country = None;
    b.country = None;
    b.published = Some("2008-11-20".into());
    assert_ne!(a.signature(), b.signature());
    // and for a retelling (no toll), whether its date is its report's news day
    let (mut news, mut old) = (base.clone(), base.clone());
    news.fatalities = None;
    old.fatalities = None;
    old.published = Some("2008-11-20".into());
    assert_eq!(news.later_reach(), FOLLOWUP_DAYS);
    assert_eq!(old.later_reach(), 1);
    assert_ne!(news.signature(), old.signature());
    // and for a toll of RETOLD_TOLL or more, the same
    let (mut news, mut old) = (base.clone(), base.clone());
    news.fatalities = Some(RETOLD_TOLL);
    old.fatalities = Some(RETOLD_TOLL);
    old.published = Some("2008-11-20".into());
    assert_eq!(news.later_reach(), FOLLOWUP_DAYS);
    assert_eq!(old.later_reach(), 1);
    assert_ne!(news.signature(), old.signature());
}

#[test]
fn unnamed_actors_are_sorted_non_state_armed_groups_of_the_lexicon() {
    let lexicon = include_str!("../../../../data/lexicon/actors.tsv");
    let names = unnamed_actors();
    assert!(names.len() >= 5, "{names:?}");
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted: {names:?}");
    for n in names {
        let kind = (lexicon.lines())
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|f| f.len() > 2 && f[1] == *n)
            .map(|f| f[2].to_string());
        assert!(
            matches!(
                kind.as_deref(),
                Some("rebel" | "political_militia" | "identity_militia")
            ),
            "{n}: {kind:?}"
        );
    }
}

#[test]
fn place_names_normalize() {
    assert_eq!(normalize_place("Al-Mansouriya"), "mansouriya");
    assert_eq!(normalize_place("al Mansouriya "), "mansouriya");
}
