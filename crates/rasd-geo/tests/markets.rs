//! A market named after a town and told in another town far from it: the market of that town,
//! not the town it is named after (org_context.tsv kind `market`).

use rasd_geo::{Geocoder, PlaceMention};

fn named<'a>(ms: &'a [PlaceMention], surface: &str) -> Vec<&'a PlaceMention> {
    ms.iter().filter(|m| m.text == surface).collect()
}

#[test]
fn a_market_named_after_a_far_town_is_the_market_of_the_town_it_is_told_in() {
    // a13361 (SaudiNewsNet, 2015-07-31): the female suicide bomber struck Maiduguri's Gamboru
    // market; the gazetteer's Gamboru is a town on the Cameroon border some 120 km away. The
    // witness's later "سوق غامبورو" with no town after it is that market too.
    let g = Geocoder::global();
    let text = "قتل ستة أشخاص عندما فجرت انتحارية نفسها اليوم في سوق في مايدوغوري، شمال شرقي \
                نيجيريا. وقال كولو: «وقع هجوم انتحاري في سوق غامبورو (في مايدوغوري) صباحا \
                نفذته انتحارية». وقال أحد السكان: «كان الهجوم من سوق غامبورو (...) وكانت جثث \
                الضحايا تتناثر في المكان».";
    let ms = g.mentions_in_text(text);
    assert!(named(&ms, "غامبورو").is_empty(), "{ms:#?}");
    assert!(named(&ms, "مايدوغوري")
        .iter()
        .all(|m| m.location.name == "Maiduguri"));
    assert_eq!(named(&ms, "مايدوغوري").len(), 2, "{ms:#?}");
}

#[test]
fn a_market_of_a_town_told_alone_or_near_its_own_town_keeps_the_town() {
    let g = Geocoder::global();
    // no town told after the market: the town it is named after
    let ms = g.mentions_in_text("قتل ستة أشخاص في تفجير انتحاري في سوق غامبورو صباح اليوم");
    let m = named(&ms, "غامبورو");
    assert!(m.len() == 1 && m[0].location.name == "Gamboru", "{ms:#?}");
    // a market named after the town it is told in: that town
    let ms =
        g.mentions_in_text("قتل ستة أشخاص في تفجير في سوق مايدوغوري (في مايدوغوري) صباح اليوم");
    assert!(named(&ms, "مايدوغوري")
        .iter()
        .all(|m| m.location.name == "Maiduguri"));
    assert_eq!(named(&ms, "مايدوغوري").len(), 2, "{ms:#?}");
}
