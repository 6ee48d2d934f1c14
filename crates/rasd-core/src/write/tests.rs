//! The writers' tests: rows, cells and the three formats, and rows encoded apart from their writer.

use super::*;
use crate::record::*;

pub(crate) fn sample() -> Event {
    Event {
        schema_version: SCHEMA_VERSION,
        event_id: "doc:5".into(),
        doc_id: "doc".into(),
        sentence: [0, 40],
        event_type: "Explosions/Remote violence".into(),
        sub_event_type: "Air/drone strike".into(),
        plover: Plover {
            event: "ASSAULT".into(),
            mode: Some("aerial".into()),
        },
        trigger: TextSpan {
            text: "قصف جوي".into(),
            span: [5, 12],
        },
        date: None,
        actor1: None,
        actor2: None,
        location: Some(Location {
            name: "Daquq".into(),
            text: "داقوق".into(),
            span: [20, 25],
            country: Some("IQ".into()),
            admin1: Some("Kirkuk, \"north\"".into()),
            admin2: None,
            lat: Some(35.139),
            lon: Some(44.449),
            geonames_id: Some(90220),
            precision: Some(1),
            where_said: false,
        }),
        fatalities: Some(Count {
            min: Some(15),
            max: Some(15),
            qualifier: Qualifier::Exact,
            text: "15".into(),
            span: [0, 2],
        }),
        injuries: None,
        victims: vec![],
        confidence: 0.8,
        status: crate::Status::Incident,
        status_cue: None,
        reason: None,
        mentions: vec![],
    }
}

/// The report `sample()` comes from.
fn report() -> Report {
    Report {
        id: "doc".into(),
        text: "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف مجلس عزاء في داقوق.".into(),
        published: Some("2016-10-22".into()),
        source: None,
        url: Some("https://www.aawsat.com/home/article/1".into()),
    }
}

/// The CSV of rows of `events` read from `report()`.
fn csv(events: &[Event], columns: Columns) -> String {
    let mut buf = Vec::new();
    {
        let shape = Shape {
            columns,
            ..Shape::new(Format::Csv)
        };
        let mut w = writer(shape, &mut buf);
        for e in events {
            w.write(&Row::of_report(e, &report(), Some(1_477_000_000)))
                .unwrap();
        }
        w.finish().unwrap();
    }
    String::from_utf8(buf).unwrap()
}

#[test]
fn csv_has_acleds_31_columns_first_and_quotes_fields() {
    let s = csv(&[sample()], Columns::All);
    let mut lines = s.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(&(ACLED_COLUMNS.join(",") + ",fatalities_qualifier,")));
    let row = lines.next().unwrap();
    assert!(row.contains("\"Kirkuk, \"\"north\"\"\""), "{row}");
    assert!(row.contains(",Daquq,35.1390,44.4490,1,"), "{row}");
    assert!(
        row.contains(",368,Middle East,Iraq,"),
        "ACLED iso is numeric, then the region, the country a name: {row}"
    );
    let cells = Row::of_report(&sample(), &report(), None).cells();
    assert_eq!(cells.len(), Columns::All.names().len());
    let acled = csv(&[sample()], Columns::Acled);
    assert_eq!(acled.lines().next().unwrap(), ACLED_COLUMNS.join(","));
    assert_eq!(
        acled.lines().nth(1).unwrap().split(',').count(),
        31 + 1,
        "one quoted comma"
    );
}

#[test]
fn acled_values_come_from_the_record_and_its_report() {
    let mut e = sample();
    e.sentence = [0, report().text.chars().count()];
    let row = Row::of_report(&e, &report(), Some(1_477_000_000));
    let cells = row.cells();
    let cell = |name: &str| {
        let i = Columns::All
            .names()
            .iter()
            .position(|c| *c == name)
            .unwrap();
        cells[i].clone()
    };
    // no date of its own: the publication date, with ACLED's least precise code
    assert_eq!(cell("event_date"), "2016-10-22");
    assert_eq!(cell("time_precision"), "3");
    assert_eq!(cell("year"), "2016");
    // no source field: the url's host
    assert_eq!(cell("source"), "aawsat.com");
    assert_eq!(cell("notes"), report().text);
    assert_eq!(cell("timestamp"), "1477000000");
    assert_eq!(cell("region"), "Middle East");
    // no actor: ACLED's 0, integers throughout
    assert_eq!(
        (cell("inter1"), cell("inter2"), cell("interaction")),
        ("0".into(), "0".into(), "0".into())
    );
    let id = cell("event_id_cnty");
    assert!(id.starts_with("IRQ") && id.len() == 18, "{id}");
    assert_eq!(
        id,
        Row::of_report(&e, &report(), None).event_id_cnty(),
        "stable"
    );
    assert_eq!(cell("event_id"), "doc:5");
    assert_eq!(cell("mentions"), "doc:5");
    assert_eq!(cell("n_sources"), "1");
    // a date of its own, to the day
    let mut dated = sample();
    dated.date = Some(crate::EventDate {
        value: "2016-10-21".into(),
        precision: crate::DatePrecision::Day,
        text: Some("أمس".into()),
        span: Some([0, 3]),
    });
    let (date, p) = Row::of_report(&dated, &report(), None).event_date();
    assert_eq!((date.as_str(), p), ("2016-10-21", Some(1)));
    dated.date.as_mut().unwrap().precision = crate::DatePrecision::Week;
    assert_eq!(
        Row::of_report(&dated, &report(), None).event_date().1,
        Some(2)
    );
    // an incident of a store: its cluster id
    let mut r = Row::of_report(&e, &report(), None);
    r.incident = Some(Incident {
        cluster_id: 7,
        ..Default::default()
    });
    assert_eq!(r.event_id_cnty(), "IRQ7");
}

#[test]
fn interaction_puts_the_lower_code_first() {
    assert_eq!(interaction(7, 1), 17);
    assert_eq!(interaction(2, 0), 20);
    assert_eq!(interaction(0, 6), 60);
    assert_eq!(interaction(0, 0), 0);
}

#[test]
fn the_outlet_is_the_source_else_the_url_host_else_the_id() {
    assert_eq!(outlet(Some(" okaz "), Some("http://x.org/a"), "d"), "okaz");
    assert_eq!(
        outlet(
            Some(""),
            Some("http://www.okaz.com.sa/new/Issues/1.htm"),
            "d"
        ),
        "okaz.com.sa"
    );
    assert_eq!(
        outlet(None, Some("https://user@sabq.org:8080?x=1"), "d"),
        "sabq.org"
    );
    assert_eq!(outlet(None, Some("not a url"), "d"), "d");
    assert_eq!(outlet(None, None, "d"), "d");
}

#[test]
fn notes_are_the_sentence_cut_at_a_word_boundary() {
    let text = "عنوان\nقتل  ثلاثة\tفي بغداد. جملة أخرى";
    assert_eq!(notes(text, [6, 26]), "قتل ثلاثة في بغداد.");
    let long = "كلمة ".repeat(100);
    let n = notes(&long, [0, 500]);
    assert!(n.ends_with("كلمة…"), "{n}");
    assert!(n.chars().count() <= NOTES_MAX_CHARS + 1);
    assert_eq!(n.chars().count(), 60 * 5 - 1 + 1);
    assert_eq!(notes(&"x".repeat(400), [0, 400]).chars().count(), 301);
    assert_eq!(notes("abc", [2, 99]), "c");
}

#[test]
fn notes_read_the_same_chars_as_a_char_by_char_copy() {
    // the sentence as the chars from span[0] to span[1], collected one by one
    fn by_chars(text: &str, span: WireSpan) -> String {
        let sentence: String = text
            .chars()
            .skip(span[0])
            .take(span[1].saturating_sub(span[0]))
            .collect();
        notes(&sentence, [0, usize::MAX])
    }
    let texts = ["", "a", "ذكر  أنّ\tالمسلحين\n قتلوا", "x y\u{a0}z ٣ قتلى"];
    for text in texts {
        let n = text.chars().count();
        for a in 0..=n + 2 {
            for b in 0..=n + 2 {
                assert_eq!(
                    notes(text, [a, b]),
                    by_chars(text, [a, b]),
                    "{text:?} {a} {b}"
                );
            }
        }
    }
}

#[test]
fn record_numbers_are_stable_and_have_15_digits() {
    let a = record_number("kirkuk-2016-10-22:1179");
    assert_eq!(a, record_number("kirkuk-2016-10-22:1179"));
    assert_ne!(a, record_number("kirkuk-2016-10-22:1180"));
    for id in ["", "a", "doc:5"] {
        assert_eq!(record_number(id).to_string().len(), 15);
    }
}

/// The GeoJSON of rows of `events` read from `report()`, and its tally.
fn geojson(events: &[Event], null_geometry: bool) -> (serde_json::Value, Tally) {
    let mut buf = Vec::new();
    let tally = {
        let shape = Shape {
            null_geometry,
            ..Shape::new(Format::Geojson)
        };
        let mut w = writer(shape, &mut buf);
        for e in events {
            w.write(&Row::of_report(e, &report(), None)).unwrap();
        }
        w.finish().unwrap()
    };
    (serde_json::from_slice(&buf).unwrap(), tally)
}

#[test]
fn geojson_is_a_valid_feature_collection() {
    let (v, tally) = geojson(&[sample(), sample()], false);
    assert_eq!(v["type"], "FeatureCollection");
    assert_eq!(v["features"].as_array().unwrap().len(), 2);
    assert_eq!(v["features"][0]["geometry"]["type"], "Point");
    assert_eq!(v["features"][0]["geometry"]["coordinates"][0], 44.449);
    assert_eq!(v["features"][0]["id"], "doc:5");
    assert_eq!(v[OMITTED_MEMBER], 0);
    assert_eq!(
        tally,
        Tally {
            rows: 2,
            omitted: 0
        }
    );
    let (empty, _) = geojson(&[], false);
    assert_eq!(empty["features"], serde_json::json!([]));
    assert_eq!(empty[OMITTED_MEMBER], 0);
}

#[test]
fn geojson_leaves_out_rows_without_coordinates_unless_asked() {
    let mut nowhere = sample();
    nowhere.event_id = "doc:9".into();
    nowhere.location.as_mut().unwrap().lat = None;
    let mut placeless = sample();
    placeless.event_id = "doc:11".into();
    placeless.location = None;
    let events = [nowhere, sample(), placeless];
    let (v, tally) = geojson(&events, false);
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 1);
    assert_eq!(features[0]["id"], "doc:5");
    assert_eq!(v[OMITTED_MEMBER], 2);
    assert_eq!(
        tally,
        Tally {
            rows: 1,
            omitted: 2
        }
    );
    let (v, tally) = geojson(&events, true);
    let ids: Vec<&str> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["doc:9", "doc:5", "doc:11"]);
    assert!(v["features"][0]["geometry"].is_null());
    assert!(v["features"][2]["geometry"].is_null());
    assert_eq!(v[OMITTED_MEMBER], 0);
    assert_eq!(
        tally,
        Tally {
            rows: 3,
            omitted: 0
        }
    );
}

#[test]
fn rows_encoded_apart_write_the_bytes_and_tally_of_rows_written_one_at_a_time() {
    let mut nowhere = sample();
    nowhere.event_id = "doc:9".into();
    nowhere.location = None;
    let events = [sample(), nowhere, sample()];
    let report = report();
    for format in [Format::Jsonl, Format::Csv, Format::Geojson] {
        for null_geometry in [false, true] {
            let shape = Shape {
                null_geometry,
                ..Shape::new(format)
            };
            let (mut one, mut apart) = (Vec::new(), Vec::new());
            let t1 = {
                let mut w = writer(shape, &mut one);
                for e in &events {
                    w.write(&Row::of_report(e, &report, Some(7))).unwrap();
                }
                w.finish().unwrap()
            };
            let t2 = {
                let mut w = writer(shape, &mut apart);
                // an empty report's rows, then one row, then two
                for rows in [&events[..0], &events[..1], &events[1..]] {
                    let mut enc = Encoded::default();
                    for e in rows {
                        shape
                            .encode(&Row::of_report(e, &report, Some(7)), &mut enc)
                            .unwrap();
                    }
                    let mut by_record = Encoded::default();
                    for e in rows {
                        shape
                            .encode_record(e, &report, Some(7), &mut by_record)
                            .unwrap();
                    }
                    assert_eq!(enc, by_record);
                    w.write_encoded(&enc).unwrap();
                }
                w.finish().unwrap()
            };
            assert_eq!(t1, t2, "{format:?}");
            assert_eq!(
                String::from_utf8(one).unwrap(),
                String::from_utf8(apart).unwrap()
            );
        }
    }
}

#[test]
fn geojson_properties_are_flat_scalars_with_rounded_floats() {
    let mut e = sample();
    e.confidence = 0.08;
    let (v, _) = geojson(&[e], false);
    let props = v["features"][0]["properties"].as_object().unwrap();
    for (k, v) in props {
        assert!(!v.is_object() && !v.is_array(), "{k} is not a scalar: {v}");
    }
    assert_eq!(props["confidence"], 0.08, "not 0.07999999821186066");
    assert_eq!(props["location"], "Daquq");
    assert_eq!(props["fatalities"], 15);
    assert_eq!(props["status"], "incident");
    assert_eq!(props["latitude"], 35.139);
}

#[test]
fn geojson_properties_are_the_csv_cells_in_the_csv_order() {
    let mut e = sample();
    e.sentence = [0, report().text.chars().count()];
    let row = Row::of_report(&e, &report(), Some(1_477_000_000));
    let f = geojson_feature(&row);
    let names: Vec<&str> = f.properties.iter().map(|(k, _)| *k).collect();
    let mut expected = Columns::All.names();
    expected.extend(GEOJSON_EXTRA);
    assert_eq!(names, expected);
    // serialized in that order too (serde_json's own map would sort them)
    let text = serde_json::to_string(&f).unwrap();
    let at = |k: &str| text.find(&format!("\"{k}\":")).unwrap();
    assert!(at("event_id_cnty") < at("event_date") && at("timestamp") < at("confidence"));
    for (cell, (name, value)) in row.cells().iter().zip(&f.properties) {
        match value {
            serde_json::Value::Null => assert_eq!(cell, "", "{name}"),
            serde_json::Value::String(s) => assert_eq!(s, cell, "{name}"),
            serde_json::Value::Number(n) => assert_eq!(
                n.as_f64(),
                cell.parse::<f64>().ok(),
                "{name}: {n} vs {cell}"
            ),
            other => panic!("{name}: {other}"),
        }
    }
    let p = |k: &str| f.property(k).unwrap().clone();
    assert_eq!(p("source"), "aawsat.com");
    assert_eq!(p("notes"), report().text.as_str());
    assert_eq!(p("event_date"), "2016-10-22");
    assert_eq!(p("time_precision"), 3);
    assert_eq!(p("year"), 2016);
    assert_eq!(p("country"), "Iraq");
    assert_eq!(p("iso"), 368);
    assert!(p("event_id_cnty").as_str().unwrap().starts_with("IRQ"));
    assert!(p("assoc_actor_1").is_null());
    assert_eq!(p("n_mentions"), 1);
}

#[test]
fn jsonl_round_trips() {
    let mut buf = Vec::new();
    {
        let mut w = writer(Shape::new(Format::Jsonl), &mut buf);
        w.write(&Row::of_report(&sample(), &report(), None))
            .unwrap();
        w.finish().unwrap();
    }
    let back: Event = serde_json::from_slice(&buf).unwrap();
    assert_eq!(back, sample());
}

#[test]
fn csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
    for (cell, out) in [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("\r=1", "\"'\r=1\""),
        // numbers stay numbers
        ("-12.5000", "-12.5000"),
        ("-3", "-3"),
        ("a=1", "a=1"),
        ("", ""),
    ] {
        assert_eq!(csv_field(cell), out, "{cell:?}");
    }
    let mut e = sample();
    e.doc_id = "=cmd|' /C calc'!A0".into();
    let csv = csv(&[e], Columns::All);
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    assert!(!csv.contains(",=cmd"), "{csv}");
}
