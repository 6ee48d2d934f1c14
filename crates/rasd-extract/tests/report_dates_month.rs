//! The date of a report's incidents when the text tells only a month or a stretch of days for
//! them: a date of month precision or none, no day (REPORTS_GUIDELINES.md: "null when no day can
//! be inferred"; the record's precision says a month is no day), and no other act's day either
//! (report_dates.rs holds the days; this file is its part past ~1,100 lines).

mod common;

use common::{all_published, day, with_word};
use rasd_core::{DatePrecision, Event};

/// The record's date as a month: its value and its precision month.
fn month(e: &Event) -> Option<&str> {
    (e.date.as_ref())
        .filter(|d| d.precision == DatePrecision::Month)
        .map(|d| d.value.as_str())
}

#[test]
fn an_act_told_at_the_start_of_the_month_has_its_month_not_the_storys_day() {
    // a real report (SaudiNewsNet, aawsat, 2015-07-21): the drone strike that killed Hafiz
    // Saeed "في بداية الشهر" is retold in the story of the Logar strike of Monday; Monday is
    // not its day, and the start of the month names the month only
    let text = "غضب في كابل بعد غارة أميركية «خاطئة» تقتل 10 جنود أفغان\n\
                أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب كابل.\n\
                وقال محمد رحيم أمين، حاكم منطقة بركي براك، أمس إن «مروحيتين أميركيتين هاجمتا في الساعة السادسة صباحا من (الاثنين) حاجزا للجيش الأفغاني».\n\
                لكن وزارة الدفاع الأفغانية تستهدف أيضا المتمردين الذين ينشطون في شرق أفغانستان، على حدود باكستان. وأسفرت غارة شنتها طائرة أميركية بلا طيار في بداية الشهر عن مقتل زعيم تنظيم داعش في أفغانستان وباكستان حافظ سعيد.";
    let events = all_published("2015-07-21", text);
    let drone = with_word(&events, "بلا طيار");
    assert_eq!(month(drone), Some("2015-07-01"), "{events:#?}");
    // the Logar strike keeps its day
    let logar = with_word(&events, "غارة أميركية");
    assert_eq!(day(logar), Some("2015-07-20"), "{events:#?}");
}

#[test]
fn an_incident_told_by_its_month_alone_has_its_month_in_its_record() {
    // a real report (SaudiNewsNet, aawsat, 2015-07-25): the Diyala attack "في وقت سابق من الشهر
    // الحالي" is of this month, which names no day: a date of month precision, July
    let text = "مقتل 8 في تفجير انتحاري في طوز خورماتو\n\
                ولم تعلن أي جهة على الفور المسؤولية عن الهجوم، إلا أن متشددي تنظيم داعش، نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى، بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي في محافظة ديالى، أودى بحياة أكثر من مائة شخص.";
    let events = all_published("2015-07-25", text);
    let diyala = (events.iter())
        .find(|e| e.status == rasd_core::Status::Incident && e.trigger.text.contains("هجوم كبير"))
        .or_else(|| {
            (events.iter()).find(|e| e.mentions.iter().any(|m| m.text.contains("التفجيرات")))
        })
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(month(diyala), Some("2015-07-01"), "{events:#?}");
}

#[test]
fn a_retelling_of_clashes_of_the_past_two_days_takes_no_day_the_story_told_before() {
    // a real report (SaudiNewsNet, alyaum, 2015-08-03): the clashes "خلال اليومين الماضيين"
    // are told again as "هذه المواجهات" in the next sentence; the Duma arson's Friday, told
    // before both, dates neither
    let text = "إسرائيل تطارد قتلة «رضيع دوما» تجنّبا لانتفاضة غضب\n\
                أبلغ وزير الأمن الإسرائيلي، موشيه يعلون، جهاز الشاباك بأنه سيؤيد الاعتقال الإداري ضد نشطاء في اليمين المتطرف المشتبهين بالضلوع في اعتداءات إرهابية بحق فلسطينيين، وفي الحالات التي لا تتوفر فيها أدلة كافية تسمح بتقديمهم إلى المحاكمة.\n\
                وقالت صحيفة «هآرتس»: إن أقوال يعلون جاءت في أعقاب الاعتداء الإرهابي الذي نفّذه مستوطنون متطرفون في قرية دوما قرب نابلس، ليلة الخميس/الجمعة الماضية، وأسفرت عن حرق الطفل الرضيع -علي دوابشة- وإصابة والديه وشقيقه الذين يرقدون في مستشفيات إسرائيلية، وما زالت حالتهم حرجة.\n\
                ووفقا لوسائل الإعلام الإسرائيلية، فإن يعلون صادق في المضي على إصدار أوامر إبعاد عن الضفة الغربية المحتلة بحق مستوطنين متطرفين أعضاء في تنظيم «جباية الثمن» الإرهابي، لكنه يعتقد أن الاعتداء الإرهابي في دوما يستوجب استخدام إجراءات أشد. لكن من الجدير بالذكر أنه رغم ارتكاب آلاف اعتداءات «جباية الثمن» الإرهابية خلال السنوات الماضية إلا أن سلطات الاحتلال الإسرائيلية امتنعت عن تقديم أحد الإرهابيين اليهود المتطرفين للمحاكمة.\n\
                وقال مصادر إسرائيلية وفلسطينية: إن أجهزة الأمن الإسرائيلية والفلسطينية أجرت خلال اليومين الماضيين اتصالات مكثفة لتنسيق أنشطة مشتركة ترمي إلى منع تصعيد الوضع في الضفة في أعقاب استشهاد الطفل دوابشة.\n\
                وقد وقعت مواجهات بين الفلسطينيين وقوات الاحتلال في الضفة، خلال اليومين الماضيين، أسفرت عن استشهاد الفتى ليث الخالدي عند حاجز عطارة قرب بير زيت، والفتى محمد المصري خلال مظاهرة بالقرب من الحدود مع قطاع غزة. كذلك أُصيب عدد من الشبان الفلسطينيين في هذه المواجهات.";
    let events = all_published("2015-08-03", text);
    let again = (events.iter())
        .find(|e| e.mentions.iter().any(|m| m.text == "المواجهات"))
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(day(again), None, "{events:#?}");
    // the arson keeps its night
    let duma = with_word(&events, "الاعتداء الإرهابي");
    assert_eq!(day(duma), Some("2015-07-30"), "{events:#?}");
}
