//! Status on sentences written for these tests (none of the development data): an act asked to
//! stop, stopped or suspended, an aircraft that lands, arrives, carries or rescues, an arrest for drugs or
//! alcohol and a food poisoning tell no incident; an act done for months or months ago is
//! background.

mod common;

use common::{all, assert_no_incident, status_of};
use rasd_core::Status;

#[test]
fn an_act_asked_to_stop_or_stopped_is_no_incident() {
    // "بوقف", "أوقفت ... عمليات", "تعليق" right before the act
    assert_no_incident(&[
        "من جهة أخرى، طالب زعماء العشائر بوقف القصف المدفعي على أحياء مدينة الرمادي لمدة ثلاثة أيام.",
        "وأفادت مصادر عسكرية أن القوات أوقفت عمليات القصف المدفعي على أحياء الفلوجة أمس.",
        "ودعت المنظمة الدولية أمس إلى تعليق الغارات الجوية على مدينة صعدة.",
        "وقالت المصادر إن القوات علقت جزئيا العمليات العسكرية من قصف مدفعي على أحياء المدينة أمس.",
    ]);
    // the shelling itself, or a halt told with its dead, is an incident
    let text = "وقصفت قوات الجيش مواقع المسلحين في مدينة الرمادي أمس مما أسفر عن مقتل خمسة.";
    assert_eq!(
        status_of(text, "قصف").0,
        Status::Incident,
        "{:#?}",
        all(text)
    );
    let text = "وطالب المجلس بوقف القصف الذي أسفر أمس عن مقتل 12 مدنيا في الرمادي.";
    assert_eq!(
        status_of(text, "القصف").0,
        Status::Incident,
        "{:#?}",
        all(text)
    );
}

#[test]
fn an_aircraft_that_lands_carries_or_rescues_strikes_nothing() {
    assert_no_incident(&[
        "وقال مسؤول في المطار إن طائرة تابعة للصليب الأحمر تقل 40 أسيرا اعتقلوا خلال المعارك هبطت في مطار المكلا أمس.",
        "وتوفي الشاب متأثرا بإصابته بعد سقوطه من الجبل فتمت الاستعانة بطائرة لانتشال جثته أمس في جازان.",
        "وهبطت أمس في مطار عدن طائرة عسكرية تحمل مساعدات بعد أربعة أشهر من المعارك.",
    ]);
    // a strike on a car that carried fighters
    let text = "وأطلقت طائرة بدون طيار صاروخا على سيارة تقل ثلاثة من المسلحين في شبوة أمس.";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{:#?}",
        all(text)
    );
    let text = "وقصفت طائرة تابعة للتحالف مواقع المتمردين في مطار المكلا أمس.";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{:#?}",
        all(text)
    );
}

#[test]
fn an_aircraft_that_arrives_strikes_nothing() {
    // (sample BB 17) the American jets' arrival the headline's attacks came after
    let (s, cue) = status_of(
        "هجمات دموية في تركيا عقب وصول المقاتلات الأمريكية",
        "المقاتلات",
    );
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("وصول")));
    assert_no_incident(&[
        "وأضاف أن وصول طائرات الإغاثة السعودية إلى مطار عدن بعد إعادة تشغيله عقب تحرير المدينة من المتمردين، يعكس الروابط الوثيقة بين اليمن والمملكة.",
    ]);
}

#[test]
fn an_arrest_for_drugs_or_alcohol_and_a_food_poisoning_are_no_violence() {
    assert_no_incident(&[
        "وتمكنت دوريات الأمن في جدة أمس من إلقاء القبض على مقيم بحوزته ثلاثة آلاف حبة كبتاجون.",
        "ألقت الشرطة القبض على قائد حافلة بعد أن ثبت تعاطيه الكحول قبل الرحلة.",
        "أصيب 12 شخصا بينهم أطفال بتسمم بعد تناولهم وجبة من أحد المطاعم في الخبر أمس.",
    ]);
}

#[test]
fn an_act_done_for_months_or_months_ago_is_background() {
    // "منذ" and a span of months after the event word, no day and no figure of its own
    for (text, word) in [
        (
            "وتساند الغارات الجوية التي تشنها طائرات التحالف منذ نحو ثلاثة أشهر قوات الحكومة في محافظة مأرب.",
            "الغارات",
        ),
        ("وأفرجت الجماعة عن صحافي بريطاني خطف في مدينة الحديدة منذ خمسة أشهر.", "خطف"),
    ] {
        assert_eq!(status_of(text, word).0, Status::Background, "{:#?}", all(text));
    }
    // the worst shelling in six months is today's
    let text = "وتعرضت مواقع الجيش في مدينة دونيتسك لأعنف قصف مدفعي منذ ستة أشهر.";
    assert_eq!(
        status_of(text, "قصف").0,
        Status::Incident,
        "{:#?}",
        all(text)
    );
}
