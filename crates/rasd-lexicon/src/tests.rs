use std::collections::HashSet;

use super::*;

const FILES: &[(&str, &str, &[&str])] = &[
    ("triggers.tsv", TRIGGERS_TSV, TRIGGERS_HEADER),
    ("actors.tsv", ACTORS_TSV, ACTORS_HEADER),
    ("victims.tsv", VICTIMS_TSV, VICTIMS_HEADER),
    ("places_cues.tsv", PLACE_CUES_TSV, PLACE_CUES_HEADER),
    ("dates.tsv", DATES_TSV, DATES_HEADER),
];

#[test]
fn every_shipped_file_parses() {
    assert!(parse_triggers("triggers.tsv", TRIGGERS_TSV).is_ok());
    assert!(parse_actors("actors.tsv", ACTORS_TSV).is_ok());
    assert!(parse_victims("victims.tsv", VICTIMS_TSV).is_ok());
    assert!(parse_place_cues("places_cues.tsv", PLACE_CUES_TSV).is_ok());
    assert!(parse_date_words("dates.tsv", DATES_TSV).is_ok());
    // and the accessors agree (they would panic otherwise)
    assert!(triggers().len() >= 300, "{} triggers", triggers().len());
    assert!(actors().len() >= 150, "{} actors", actors().len());
    assert!(!victims().is_empty());
    assert!(!place_cues().is_empty());
    assert!(!date_words().is_empty());
}

#[test]
fn every_shipped_file_starts_with_source_licence_and_header() {
    for (name, text, header) in FILES {
        let mut lines = text.lines();
        assert!(
            lines.next().unwrap_or("").starts_with("# source: "),
            "{name}: first line must be `# source: ...`"
        );
        assert_eq!(
            lines.next(),
            Some("# licence: Apache-2.0"),
            "{name}: second line must be the licence"
        );
        let first_data = text
            .lines()
            .find(|l| !l.starts_with('#') && !l.trim().is_empty());
        assert_eq!(first_data, Some(header.join("\t").as_str()), "{name}");
    }
}

#[test]
fn every_shipped_file_is_sorted_by_phrase() {
    for (name, text, _) in FILES {
        assert_eq!(
            first_unsorted_line(text),
            None,
            "{name}: rows not sorted by phrase (byte order)"
        );
    }
}

#[test]
fn sortedness_check_can_fail() {
    let text = "# source: x\n# licence: Apache-2.0\nphrase\tgroup\tcivilian\tnote\nب\tx\ttrue\t\nا\tx\ttrue\t\n";
    assert_eq!(first_unsorted_line(text), Some(5));
}

fn dup_keys<T: Entry>(entries: &[T], extra: impl Fn(&T) -> String) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for e in entries {
        let key = format!("{}|{}", match_key(e.phrase()), extra(e));
        if !seen.insert(key.clone()) {
            dups.push(format!("line {}: {key}", e.line()));
        }
    }
    dups
}

#[test]
fn no_duplicate_keys_after_normalization() {
    // (phrase, role) for triggers; (phrase, kind) for date words; phrase for the others.
    // Keys are compared after match_key folding and with the `*` flag, so two spellings of
    // one form (أصيب / اصيب) are caught too.
    let d = dup_keys(triggers(), |t| {
        format!("{}{}", t.any_suffix, t.role.as_str())
    });
    assert!(d.is_empty(), "triggers.tsv duplicates: {d:?}");
    let d = dup_keys(actors(), |a| a.any_suffix.to_string());
    assert!(d.is_empty(), "actors.tsv duplicates: {d:?}");
    let d = dup_keys(victims(), |v| v.any_suffix.to_string());
    assert!(d.is_empty(), "victims.tsv duplicates: {d:?}");
    let d = dup_keys(place_cues(), |p| p.any_suffix.to_string());
    assert!(d.is_empty(), "places_cues.tsv duplicates: {d:?}");
    let d = dup_keys(date_words(), |w| {
        format!("{}{}", w.any_suffix, w.kind.as_str())
    });
    assert!(d.is_empty(), "dates.tsv duplicates: {d:?}");
}

#[test]
fn duplicate_check_can_fail() {
    let text = "# source: x\n# licence: Apache-2.0\nphrase\tgroup\tcivilian\tnote\nأطفال\tchildren\ttrue\t\nاطفال\tchildren\ttrue\t\n";
    let v = parse_victims("v.tsv", text).unwrap();
    assert_eq!(dup_keys(&v, |v| v.any_suffix.to_string()).len(), 1);
}

#[test]
fn acled_taxonomy_has_25_pairs() {
    assert_eq!(ACLED_TYPES.len(), 25);
    let set: HashSet<_> = ACLED_TYPES.iter().collect();
    assert_eq!(set.len(), 25);
    assert!(is_acled_pair("Battles", "Armed clash"));
    assert!(!is_acled_pair("Battles", "Attack"));
}

#[test]
fn every_trigger_type_is_an_acled_pair() {
    for t in triggers() {
        match (&t.event_type, &t.sub_event_type) {
            (Some(e), Some(s)) => assert!(is_acled_pair(e, s), "line {}: {e}/{s}", t.line),
            (None, None) => {}
            _ => panic!("line {}: half a type", t.line),
        }
    }
}

#[test]
fn event_triggers_are_typed_and_others_are_not_prioritised_over_them() {
    for t in triggers() {
        if t.role == Role::Event {
            assert!(
                t.event_type.is_some(),
                "event trigger without type, line {}",
                t.line
            );
            assert!(
                t.priority > 0,
                "event trigger without priority, line {}",
                t.line
            );
        }
        if matches!(t.role, Role::Negative | Role::Claim) {
            assert!(
                t.event_type.is_none(),
                "line {}: {:?} with a type",
                t.line,
                t.role
            );
        }
    }
}

#[test]
fn typing_rules_of_the_guidelines_hold() {
    let find = |p: &str| {
        triggers()
            .iter()
            .find(|t| match_key(&t.phrase) == match_key(p) && t.role == Role::Event)
            .unwrap_or_else(|| panic!("no event trigger {p}"))
    };
    let sub = |p: &str| find(p).sub_event_type.clone().unwrap();
    assert_eq!(sub("سيارة مفخخة"), "Remote explosive/landmine/IED");
    assert_eq!(sub("عبوة ناسفة"), "Remote explosive/landmine/IED");
    assert_eq!(sub("انتحاري"), "Suicide bomb");
    assert_eq!(sub("قذائف هاون"), "Shelling/artillery/missile attack");
    assert_eq!(sub("غارة"), "Air/drone strike");
    assert_eq!(sub("اشتباكات"), "Armed clash");
    assert_eq!(sub("اختطاف"), "Abduction/forced disappearance");
    assert!(find("انتحاري").priority > find("غارة").priority);
    assert!(find("غارة").priority > find("عبوة ناسفة").priority);
    assert!(find("عبوة ناسفة").priority > find("قذائف هاون").priority);
    assert!(find("اشتباكات").priority > find("هجوم").priority);
    assert!(find("غارة").is_violent());
    assert!(!find("مظاهرة").is_violent());
    assert!(!find("اعتقال").is_violent());
}

#[test]
fn no_phrase_is_both_a_violence_cue_and_a_negative_cue() {
    let negatives: HashSet<String> = triggers()
        .iter()
        .filter(|t| t.role == Role::Negative)
        .map(|t| match_key(&t.phrase))
        .collect();
    for t in triggers() {
        if matches!(t.role, Role::Kill | Role::Injure | Role::Event) {
            assert!(
                !negatives.contains(&match_key(&t.phrase)),
                "line {}: `{}` is {:?} and negative",
                t.line,
                t.phrase,
                t.role
            );
        }
    }
}

#[test]
fn every_actor_kind_is_one_of_the_eight() {
    assert_eq!(ACTOR_KINDS.len(), 8);
    for a in actors() {
        assert!(ACTOR_KINDS.contains(&a.kind.as_str()), "line {}", a.line);
    }
    let is = actors().iter().find(|a| a.phrase == "داعش").expect("داعش");
    assert_eq!(is.name, "Islamic State");
}

#[test]
fn phrases_have_no_latin_letters_or_digits() {
    // A cheap guard against pasted text: phrases are Arabic words; numbers are the number
    // recogniser's job, not the lexicons'.
    for (name, text, _) in FILES {
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || i < 3 {
                continue;
            }
            let phrase = line.split('\t').next().unwrap_or("");
            assert!(
                !phrase.chars().any(|c| c.is_ascii_alphanumeric()),
                "{name}:{}: `{phrase}`",
                i + 1
            );
        }
    }
}

#[test]
fn date_words_cover_all_months() {
    for kind in [DateKind::Month, DateKind::HijriMonth] {
        let months: HashSet<i32> = date_words()
            .iter()
            .filter(|w| w.kind == kind)
            .map(|w| w.value)
            .collect();
        assert_eq!(months.len(), 12, "{kind:?}");
    }
    let days: HashSet<i32> = date_words()
        .iter()
        .filter(|w| w.kind == DateKind::Weekday)
        .map(|w| w.value)
        .collect();
    assert_eq!(days.len(), 7);
    let ams = date_words()
        .iter()
        .find(|w| match_key(&w.phrase) == "امس")
        .unwrap();
    assert_eq!((ams.kind, ams.value), (DateKind::RelativeDay, -1));
}

#[test]
fn star_means_any_suffix() {
    let t = "# source: x\n# licence: Apache-2.0\nphrase\trole\tevent_type\tsub_event_type\tplover_event\tplover_mode\tpriority\tnote\nاشتباك*\tevent\tBattles\tArmed clash\tASSAULT\tfirearms\t40\t\n";
    let v = parse_triggers("t.tsv", t).unwrap();
    assert_eq!(v[0].phrase, "اشتباك");
    assert!(v[0].any_suffix);
    assert_eq!(v[0].line, 4);
}

// ---- malformed input: errors name the file and the line -------------------------------

fn trig(body: &str) -> Result<Vec<Trigger>, LexiconError> {
    let text = format!(
        "# source: test\n# licence: Apache-2.0\n{}\n{body}",
        TRIGGERS_HEADER.join("\t")
    );
    parse_triggers("my.tsv", &text)
}

#[test]
fn malformed_lines_are_reported_with_file_and_line() {
    let ok = "قتل\tkill\t\t\t\t\t0\t\n";
    let cases: &[(&str, &str)] = &[
        ("قتل\tkill\t\t\t\t\t0\n", "columns"),
        ("قتل\tslay\t\t\t\t\t0\t\n", "role"),
        ("قتل\tevent\tBattles\tAttack\tASSAULT\t\t10\t\n", "ACLED"),
        ("قتل\tevent\tBattles\t\tASSAULT\t\t10\t\n", "both"),
        ("قتل\tkill\t\t\t\t\tten\t\n", "integer"),
        ("\tkill\t\t\t\t\t0\t\n", "empty phrase"),
        ("قَتل\tkill\t\t\t\t\t0\t\n", "diacritics"),
        ("ق*تل\tkill\t\t\t\t\t0\t\n", "`*`"),
        (" قتل\tkill\t\t\t\t\t0\t\n", "spaces"),
    ];
    for (bad, reason) in cases {
        let err = trig(&format!("{ok}{bad}")).expect_err(bad);
        assert_eq!(err.file(), "my.tsv");
        assert_eq!(err.line(), Some(5), "{bad:?}: {err}");
        let msg = err.to_string();
        assert!(msg.starts_with("my.tsv:5: "), "{msg}");
        assert!(msg.contains(reason), "{msg} should mention {reason}");
    }
}

#[test]
fn bad_or_missing_header_is_an_error() {
    let err = parse_actors("a.tsv", "# source: x\nphrase\tname\n").unwrap_err();
    assert!(
        matches!(err, LexiconError::BadHeader { line: 2, .. }),
        "{err}"
    );
    let err = parse_actors("a.tsv", "# only comments\n\n").unwrap_err();
    assert!(matches!(err, LexiconError::MissingHeader { .. }));
    assert_eq!(err.file(), "a.tsv");
}

#[test]
fn malformed_rows_in_other_files_are_errors() {
    let h = |hdr: &[&str]| format!("# source: x\n# licence: Apache-2.0\n{}\n", hdr.join("\t"));
    let e = parse_actors(
        "a.tsv",
        &format!(
            "{}داعش\tIslamic State\tterrorists\t\tperpetrator\t\t\t\n",
            h(ACTORS_HEADER)
        ),
    )
    .unwrap_err();
    assert!(e.to_string().contains("kind"), "{e}");
    let e = parse_actors(
        "a.tsv",
        &format!(
            "{}داعش\tIslamic State\trebel\tIraq\tperpetrator\t\t\t\n",
            h(ACTORS_HEADER)
        ),
    )
    .unwrap_err();
    assert!(e.to_string().contains("country"), "{e}");
    let e = parse_victims(
        "v.tsv",
        &format!("{}نساء\twomen\tyes\t\n", h(VICTIMS_HEADER)),
    )
    .unwrap_err();
    assert_eq!(e.line(), Some(4));
    let e = parse_place_cues(
        "p.tsv",
        &format!("{}قرب\tpreposition\t7\t\n", h(PLACE_CUES_HEADER)),
    )
    .unwrap_err();
    assert!(e.to_string().contains("precision_hint"), "{e}");
    let e =
        parse_date_words("d.tsv", &format!("{}يناير\tmonth\t13\t\n", h(DATES_HEADER))).unwrap_err();
    assert!(e.to_string().starts_with("d.tsv:4:"), "{e}");
}

#[test]
fn match_key_folds_what_the_matcher_folds() {
    assert_eq!(match_key("أُصيبَ"), "اصيب");
    assert_eq!(match_key("إصابة"), "اصابه");
    assert_eq!(match_key("آذار"), "اذار");
    assert_eq!(match_key("مستشفى"), "مستشفي");
    assert_eq!(match_key("قتـــل"), "قتل");
}

#[test]
fn trigger_groups_keep_every_role_of_a_phrase() {
    let groups = trigger_groups();
    assert_eq!(
        groups.iter().map(|g| g.triggers.len()).sum::<usize>(),
        triggers().len()
    );
    let g = groups
        .iter()
        .find(|g| match_key(&g.phrase) == "اغتيال")
        .expect("اغتيال");
    assert!(g.role(Role::Kill).is_some());
    assert_eq!(
        g.typed().and_then(|t| t.sub_event_type.as_deref()),
        Some("Attack")
    );
    let phrases: HashSet<(&str, bool)> = groups
        .iter()
        .map(|g| (g.phrase.as_str(), g.any_suffix))
        .collect();
    assert_eq!(phrases.len(), groups.len());
}

#[test]
fn a_side_that_strikes_from_the_air_alone_is_told_by_its_means_column() {
    assert!(acts_from_air("US air force"));
    assert!(acts_from_air("Saudi-led coalition"));
    assert!(!acts_from_air("Police"));
    assert!(!acts_from_air("Houthis"));
    let h = format!(
        "# source: x\n# licence: Apache-2.0\n{}\n",
        ACTORS_HEADER.join("\t")
    );
    let rows = parse_actors(
        "a.tsv",
        &format!("{h}الطيران الحربي\tAir force\tstate\t\teither\taerial\t\t\n"),
    )
    .unwrap();
    assert_eq!(rows[0].means.as_deref(), Some("aerial"));
    let e = parse_actors(
        "a.tsv",
        &format!("{h}الجيش\tArmy\tstate\t\teither\tby land\t\t\n"),
    )
    .unwrap_err();
    assert!(e.to_string().contains("means"), "{e}");
}

#[test]
fn a_force_that_fights_for_a_government_is_told_by_its_side_column() {
    assert!(fights_for_government("Popular Resistance (Yemen)"));
    assert!(fights_for_government("Popular Mobilization Forces"));
    assert!(!fights_for_government("Houthis"));
    assert!(!fights_for_government("Islamic State"));
    assert!(!fights_for_government("Military forces"));
    // the side column leaves the kind the row's (ACLED's inter category)
    let pr = (actors().iter())
        .find(|a| a.phrase == "المقاومة الشعبية")
        .unwrap();
    assert_eq!(pr.kind, "political_militia");
    assert_eq!(pr.side.as_deref(), Some("government"));
    let h = format!(
        "# source: x\n# licence: Apache-2.0\n{}\n",
        ACTORS_HEADER.join("\t")
    );
    let e = parse_actors(
        "a.tsv",
        &format!("{h}الحشد\tMilitia\tpolitical_militia\t\teither\t\tpro-government\t\n"),
    )
    .unwrap_err();
    assert!(e.to_string().contains("side"), "{e}");
}
