//! Every shipped data file of the geocoder parses, carries its format version and header, and
//! the hand-kept tables stay sorted.

use rasd_geo::gazetteer::{Gazetteer, PLACES_TSV};
use rasd_geo::lexicon::{validate_tables, Lexicon, TABLES};
use rasd_geo::{Feature, GeoDataError};

#[test]
fn embedded_tables_validate() {
    validate_tables().unwrap();
}

#[test]
fn places_tsv_parses_with_its_format_version() {
    assert!(PLACES_TSV.starts_with("# format: rasd-gazetteer 1\n"));
    let g = Gazetteer::parse(PLACES_TSV, "places.tsv").unwrap();
    assert!(g.places.len() > 50_000, "{}", g.places.len());
    let mut ids: Vec<&str> = g.places.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids");
    for iso in ["IQ", "SY", "YE", "LY", "LB", "PS", "PK", "AF", "SO", "US"] {
        let c = g.country(iso).unwrap_or_else(|| panic!("country {iso}"));
        assert_eq!(c.feature, Feature::Country);
    }
    // every hand-kept row made it into the derived file
    let extra = include_str!("../../../data/gazetteer/extra_places.tsv");
    for line in extra.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let name = line.split('\t').nth(1).unwrap().split('|').next().unwrap();
        assert!(!g.lookup(name).is_empty(), "{name} missing from places.tsv");
    }
}

#[test]
fn the_common_words_after_the_article_are_the_common_words_with_it() {
    // "الشحن" (common_words.tsv: a noun in construct after an area word) is asked of "شحن"
    // without making "الشحن"
    let lex = Lexicon::global();
    assert!(lex.common_after_article.contains("شحن"));
    for k in &lex.common {
        if let Some(bare) = k.strip_prefix("ال") {
            assert!(lex.common_after_article.contains(bare), "{k}");
        }
    }
    for bare in &lex.common_after_article {
        assert!(lex.common.contains(&format!("ال{bare}")), "{bare}");
    }
}

#[test]
fn a_bad_gazetteer_is_an_error_with_line_and_value() {
    let bad = "# format: rasd-gazetteer 1\nid\tname_en\tnames_ar\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tgeonames_id\tsource\nx:1\tX\tإكس\tplanet\tIQ\t\t\t1\t2\t\t\ttest\n";
    match Gazetteer::parse(bad, "bad.tsv") {
        Err(GeoDataError::Value { line, value, .. }) => {
            assert_eq!(line, 3);
            assert_eq!(value, "planet");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Gazetteer::parse("# format: rasd-gazetteer 2\n", "v2.tsv"),
        Err(GeoDataError::Format { .. })
    ));
}

fn body(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .collect()
}

#[test]
fn hand_kept_tables_are_sorted_and_unique() {
    for (path, text, format, header) in TABLES {
        assert!(text.starts_with(format), "{path}");
        assert!(text.contains(&format!("\n{header}\n")), "{path}");
        let rows = body(text);
        let mut sorted = rows.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(rows, sorted, "{path} is not sorted/unique");
    }
    let extra = include_str!("../../../data/gazetteer/extra_places.tsv");
    assert!(extra.starts_with("# format: rasd-extra-places 1"));
    let rows = body(extra);
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            let c: Vec<&str> = r.split('\t').collect();
            assert_eq!(c.len(), 11, "{r}");
            assert!(!c[10].is_empty(), "row without source: {r}");
            (c[3], c[0])
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(keys, sorted, "extra_places.tsv is sorted by country, name");
}
