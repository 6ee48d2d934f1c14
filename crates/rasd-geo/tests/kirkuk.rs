//! The example report (../shared/examples/kirkuk-2016-10-22.txt, copied as a fixture): the
//! places of its events resolve within 10 km of GeoNames' own coordinates.

use rasd_geo::{distance_km, Geocoder, PlaceMention};
use rasd_text::Document;

const REPORT: &str = include_str!("fixtures/kirkuk-2016-10-22.txt");

fn mentions() -> Vec<PlaceMention> {
    Geocoder::global().mentions(&Document::analyze(REPORT))
}

/// GeoNames coordinates (geonameid, lat, lon) of the places, as published by GeoNames.
const GEONAMES: [(&str, &str, u64, f64, f64); 5] = [
    ("كركوك", "Kirkuk", 94787, 35.46806, 44.39222),
    ("الدبس", "Dibis", 97001, 35.67482, 44.07067),
    ("داقوق", "Daquq", 90220, 35.13923, 44.44907),
    ("برطلة", "Bartella", 97890, 36.35369, 43.38128),
    ("الموصل", "Mosul", 99072, 36.335, 43.11889),
];

#[test]
fn event_places_resolve_within_10_km_of_geonames() {
    let ms = mentions();
    for (surface, name, gn, lat, lon) in GEONAMES {
        let m = ms
            .iter()
            .find(|m| m.text == surface)
            .unwrap_or_else(|| panic!("{surface} not found in {ms:#?}"));
        let l = &m.location;
        let d = distance_km((l.lat.unwrap(), l.lon.unwrap()), (lat, lon));
        assert!(d <= 10.0, "{surface}: {d:.1} km from GeoNames ({l:?})");
        assert_eq!(l.name, name, "{surface}");
        assert_eq!(l.country.as_deref(), Some("IQ"), "{surface}");
        assert_eq!(l.geonames_id, Some(gn), "{surface}");
    }
}

#[test]
fn spans_are_the_original_text() {
    let chars: Vec<char> = REPORT.chars().collect();
    for m in mentions() {
        let s: String = chars[m.span.start..m.span.end].iter().collect();
        assert_eq!(s, m.text);
        assert_eq!(m.location.span, [m.span.start, m.span.end]);
        assert_eq!(m.location.text, m.text);
    }
}

#[test]
fn daquq_is_precise_and_south_of_kirkuk_is_relative() {
    let ms = mentions();
    let daquq = ms.iter().find(|m| m.text == "داقوق").unwrap();
    assert_eq!(daquq.location.precision, Some(1));
    assert_eq!(daquq.location.admin1.as_deref(), Some("Kirkuk"));
    assert_eq!(daquq.cue.as_deref(), Some("في"));
    // "في داقوق جنوب كركوك": the anchor Kirkuk is relative, precision 2
    let south = ms
        .iter()
        .find(|m| m.text == "كركوك" && m.span.start > daquq.span.end)
        .unwrap();
    assert!(south.relative);
    assert_eq!(south.cue.as_deref(), Some("جنوب"));
    assert_eq!(south.location.precision, Some(2));
}

#[test]
fn neighbourhoods_not_in_the_gazetteer_resolve_to_kirkuk_with_precision_2() {
    let ms = mentions();
    let domiz: Vec<&PlaceMention> = ms.iter().filter(|m| m.text == "دوميز").collect();
    assert_eq!(domiz.len(), 2, "{ms:#?}");
    for m in domiz {
        assert_eq!(m.location.name, "Kirkuk");
        assert_eq!(m.location.precision, Some(2));
        assert_eq!(m.feature, "neighbourhood");
    }
    assert!(ms
        .iter()
        .any(|m| m.text == "التسعين" && m.location.name == "Kirkuk"));
}

#[test]
fn no_place_from_common_words_of_the_report() {
    let ms = mentions();
    for w in [
        "على",
        "إلى",
        "الشرطة",
        "المدينة",
        "محطة",
        "عناصر",
        "المنازل",
        "العراقية",
    ] {
        assert!(
            !ms.iter().any(|m| m.text == w),
            "{w} taken as a place: {:?}",
            ms.iter().find(|m| m.text == w)
        );
    }
    // Syria is the country, not a hamlet near Mosul
    let syria = ms.iter().find(|m| m.text == "سورية").unwrap();
    assert_eq!(syria.feature, "country");
    assert_eq!(syria.location.country.as_deref(), Some("SY"));
}
