//! Time read in a candidate's sentence for its status (`status/time.rs` and the span ago): an
//! act anchoring an interval of years, an act a month ago, fighting since a past year.

mod common;

use common::{all, default_output, status, status_of};
use rasd_core::Status;

#[test]
fn an_act_anchoring_an_interval_of_years_is_background() {
    // "بعد ثلاث سنوات تقريبا على": the shooting lies three years before the news
    let (s, cue) = status_of(
        "وجاء الهجوم بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهده مركز تجاري في ولاية تكساس.",
        "إطلاق النار",
    );
    assert_eq!(s, Status::Background, "{cue:?}");
    assert!(cue.unwrap().starts_with("بعد"));
    // a count in figures and the singular accusative unit
    let (s, _) = status_of(
        "يعود الحزب إلى الجزيرة بعد 12 عاما من المذبحة التي راح ضحيتها العشرات.",
        "المذبحة",
    );
    assert_eq!(s, Status::Background);
    // days after an act date it, they do not make it history
    let (s, _) = status("قتل جنديان بعد ثلاثة أيام على هجوم استهدف نقطة تفتيش في العريش.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn an_act_dated_a_month_ago_is_background() {
    let (s, cue) =
        status("وقال الباحث إن المسلحين مرتبطون بالمذبحة التي وقعت قبل شهر في مدينة ساحلية.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("قبل شهر")));
    // weeks ago date nothing: the act is news
    let text = "قتل مسلحون 12 شخصا في المذبحة التي وقعت قبل أسبوعين في مدينة حماة.";
    assert_eq!(default_output(text).len(), 1, "{:#?}", all(text));
}

#[test]
fn fighting_going_on_since_a_past_year_is_background() {
    // "منذ" and a year before the publication's: fighting going on for years, no incident
    let text = "قتل ثلاثة مدنيين في قصف على حي الجورة في دير الزور أمس. وتشهد أحياء المدينة معارك \
                عنيفة منذ ربيع 2013 بين قوات النظام وفصائل المعارضة.";
    let (st, cue) = status_of(text, "معارك");
    assert_eq!((st, cue.as_deref()), (Status::Background, Some("2013")));
    // the worst since that year is today's
    let text = "وشهدت مدينة دير الزور أمس أعنف معارك منذ 2013 بين قوات النظام وفصائل المعارضة.";
    assert_eq!(status_of(text, "معارك").0, Status::Incident);
}
