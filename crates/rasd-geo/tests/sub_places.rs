//! The town a name the gazetteer lacks is placed in (`geocode/sub_places.rs`; tests/rules.rs is
//! full), on excerpts of SaudiNewsNet (none of the development data).

use rasd_geo::{Geocoder, PlaceMention};

fn find<'a>(ms: &'a [PlaceMention], surface: &str) -> Option<&'a PlaceMention> {
    ms.iter().find(|m| m.text == surface)
}

#[test]
fn a_marked_area_told_in_another_country_is_no_part_of_the_town_told_before_it() {
    // a27040 (issue 16): "منطقة "الستار" بمملكة البحرين" lies in Bahrain, not in Tehran, told
    // before it in the sentence as where a mosque was demolished; without the rule it was a
    // quarter of Tehran
    let g = Geocoder::global();
    let ms = g.mentions_in_text(
        "وانتقد الشيخ الأشرفي إيران مستنكراً قيام السلطات الإيرانية بهدم المسجد الوحيد لأهل السنة \
         والجماعة في طهران، وقال إن ما قامت به إيران جنباً إلى جانب تورطها في التفجير الذي وقع في \
         منطقة \"الستار\" بمملكة البحرين مؤخراً يشرح استراتيجيتها العدائية.",
    );
    assert!(find(&ms, "طهران").is_some(), "{ms:?}");
    let m = find(&ms, "الستار");
    assert!(
        m.is_none_or(|m| m.location.country.as_deref() == Some("BH")),
        "{m:?}"
    );
}
