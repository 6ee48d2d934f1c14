//! The day of a report's incidents when the text tells a stretch of time, not a day, for them
//! (report_dates.rs holds the days; this file is its part past ~1,100 lines). Reports are
//! published on 2015-08-01.

mod common;

use common::all as extract;

#[test]
fn an_act_told_in_the_past_days_takes_no_day_told_before() {
    // the ministry spoke yesterday; the truck bomb came "during the past days": no day of it
    // is given, and the ministry's yesterday is not its day
    let text = "وأكدت وزارة التخطيط العراقية أمس ارتفاع أعداد النازحين في العراق إلى نحو 3 ملايين نازح. \
                وطالب المحافظ القوات الأمنية بالضرب بيد من حديد على كل من يحاول أن يعبث بأمن المحافظة التي شهدت خلال الأيام الماضية هجومين الأول في ناحية بني سعد بتفجير شاحنة مفخخة، والثاني بقصف منطقة الحديد بقذائف صاروخية.";
    let events = extract(text);
    let truck = events
        .iter()
        .find(|e| e.trigger.text.contains("مفخخة"))
        .expect("the truck bomb");
    assert!(truck.date.is_none(), "{events:#?}");
    // the same act told with the story's day of its own stays dated by it
    let text = "وأكدت وزارة التخطيط العراقية أمس ارتفاع أعداد النازحين في العراق إلى نحو 3 ملايين نازح. \
                وطالب المحافظ القوات الأمنية بالضرب بيد من حديد على كل من يحاول أن يعبث بأمن المحافظة التي شهدت هجومين الأول في ناحية بني سعد بتفجير شاحنة مفخخة، والثاني بقصف منطقة الحديد بقذائف صاروخية.";
    let events = extract(text);
    let truck = events
        .iter()
        .find(|e| e.trigger.text.contains("مفخخة"))
        .expect("the truck bomb");
    assert_eq!(
        truck.date.as_ref().map(|d| d.value.as_str()),
        Some("2015-07-31"),
        "{events:#?}"
    );
}

#[test]
fn a_day_told_after_a_stretch_of_past_weeks_still_dates_the_act() {
    // "خلال الأسابيع القليلة الماضية" opens the stretch; "في 19 يوليو الماضي" is a day within
    // it, told before the toll of its own act
    let text = "وأشارت المتحدثة باسم المفوضية، خلال تصريحات صحفية، إلى أن عدد القتلى المدنيين في اليمن ارتفع إلى 1916 قتيلا، موضحة أنه خلال الأسابيع القليلة الماضية، كانت هناك حالتان من الهجمات المدمرة، خاصة في المناطق السكنية، حيث سقط في 19 يوليو الماضي، 95 قتيلا، بينهم 29 طفلا، بينما أصيب 198 بجروح، وذلك في منطقة الغليل بعدن.";
    let events = extract(text);
    let ghulail = events
        .iter()
        .find(|e| e.fatalities.as_ref().and_then(|f| f.min) == Some(95))
        .expect("the 95 dead");
    assert_eq!(
        ghulail.date.as_ref().map(|d| d.value.as_str()),
        Some("2015-07-19"),
        "{events:#?}"
    );
}
