//! The day of a report's incidents when the text tells only a month or a stretch of days for
//! them: the record has no day (REPORTS_GUIDELINES.md: "null when no day can be inferred"), and
//! no other act's day either (report_dates.rs holds the days; this file is its part past ~1,100
//! lines).

mod common;

use common::all_published;
use rasd_core::{DatePrecision, Event};

/// The record whose trigger or merged mentions hold `word`.
fn with_word<'e>(events: &'e [Event], word: &str) -> &'e Event {
    (events.iter())
        .find(|e| e.mentions.iter().any(|m| m.text.contains(word)))
        .unwrap_or_else(|| panic!("{word}: {events:#?}"))
}

fn day(e: &Event) -> Option<&str> {
    e.date.as_ref().map(|d| d.value.as_str())
}

#[test]
fn an_act_told_at_the_start_of_the_month_has_no_day_not_the_storys() {
    // a real report (SaudiNewsNet, aawsat, 2015-07-21): the drone strike that killed Hafiz
    // Saeed "في بداية الشهر" is retold in the story of the Logar strike of Monday; Monday is
    // not its day, and the start of the month names none
    let text = "غضب في كابل بعد غارة أميركية «خاطئة» تقتل 10 جنود أفغان\n\
                أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب كابل.\n\
                وقال محمد رحيم أمين، حاكم منطقة بركي براك، أمس إن «مروحيتين أميركيتين هاجمتا في الساعة السادسة صباحا من (الاثنين) حاجزا للجيش الأفغاني».\n\
                لكن وزارة الدفاع الأفغانية تستهدف أيضا المتمردين الذين ينشطون في شرق أفغانستان، على حدود باكستان. وأسفرت غارة شنتها طائرة أميركية بلا طيار في بداية الشهر عن مقتل زعيم تنظيم داعش في أفغانستان وباكستان حافظ سعيد.";
    let events = all_published("2015-07-21", text);
    let drone = with_word(&events, "بلا طيار");
    assert_eq!(day(drone), None, "{events:#?}");
    // the Logar strike keeps its day
    let logar = with_word(&events, "غارة أميركية");
    assert_eq!(day(logar), Some("2015-07-20"), "{events:#?}");
}

#[test]
fn an_incident_told_by_its_month_alone_has_no_day_in_its_record() {
    // a real report (SaudiNewsNet, aawsat, 2015-07-25): the Diyala attack "في وقت سابق من الشهر
    // الحالي" is of this month, which names no day: not the 1st of July
    let text = "مقتل 8 في تفجير انتحاري في طوز خورماتو\n\
                ولم تعلن أي جهة على الفور المسؤولية عن الهجوم، إلا أن متشددي تنظيم داعش، نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى، بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي في محافظة ديالى، أودى بحياة أكثر من مائة شخص.";
    let events = all_published("2015-07-25", text);
    let diyala = (events.iter())
        .find(|e| e.status == rasd_core::Status::Incident && e.trigger.text.contains("هجوم كبير"))
        .or_else(|| {
            (events.iter()).find(|e| e.mentions.iter().any(|m| m.text.contains("التفجيرات")))
        })
        .unwrap_or_else(|| panic!("{events:#?}"));
    let incident = diyala.status == rasd_core::Status::Incident;
    // (an incident's record has no day; a record of another status keeps the month)
    assert!(
        incident && diyala.date.is_none()
            || !incident
                && diyala
                    .date
                    .as_ref()
                    .is_some_and(|d| d.precision == DatePrecision::Month),
        "{events:#?}"
    );
}
