//! Geocoding rules on a feature cue that does not agree with a name's likeliest place (tests/rules.rs
//! is full): a common word after it names the hand-kept place the cue licenses.

use rasd_geo::{Geocoder, PlaceMention};

fn find<'a>(ms: &'a [PlaceMention], surface: &str) -> Option<&'a PlaceMention> {
    ms.iter().find(|m| m.text == surface)
}

#[test]
fn a_common_word_after_a_disagreeing_cue_names_the_hand_kept_place() {
    // a7952 (SaudiNewsNet, 2015-07-24): in a story of Lahij and Aden, "منطقة الطوال" on the
    // Yemeni-Saudi border is the Saudi border town al-Tuwal (hand-kept); the Yemeni village At
    // Tiwal near Lahij scores first, but "منطقة" does not agree with a village and "الطوال" is a
    // common word ("the tall ones"): the name is no place on that reading alone
    let g = Geocoder::global();
    let text = "ولقطع أي إمدادات من لحج باتجاه عدن، شنت مقاتلات التحالف أمس 12 غارة جوية على \
                ميليشيات حوثية كانت تحاول التقدم باتجاه عدن. كما قصف طيران التحالف في محافظة \
                شبوة جنوب البلاد تعزيزات للحوثيين أثناء توجهها إلى منطقة بيحان. واستهدف طيران \
                التحالف أول من أمس مدرعة للحوثيين في منطقة الطوال على الحدود اليمنية السعودية، \
                عندما كانت تحاول التوغل داخل الأراضي السعودية.";
    let ms = g.mentions_in_text(text);
    let m = find(&ms, "الطوال").unwrap_or_else(|| panic!("{ms:?}"));
    assert_eq!(m.location.name, "Al-Tuwal", "{m:?}");
    assert_eq!(m.location.country.as_deref(), Some("SA"), "{m:?}");
}
