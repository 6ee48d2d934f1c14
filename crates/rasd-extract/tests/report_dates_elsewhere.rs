//! The story's day told in the body with an act of another kind at another front does not date
//! an act told after it with no day of its own at a place of another province
//! (`Context::day_of_other_act_elsewhere`); report_dates.rs holds the other days of one mention.

mod common;

use common::all_published;
use rasd_core::Event;

/// The words that give the record holding `word` its date (none for an undated record).
fn date_of<'e>(events: &'e [Event], word: &str) -> Option<&'e str> {
    (events.iter())
        .find(|e| e.trigger.text.contains(word))
        .unwrap_or_else(|| panic!("{word}: {events:#?}"))
        .date
        .as_ref()
        .and_then(|d| d.text.as_deref())
}

/// A real report (SaudiNewsNet, alyaum, 2015-07-25), its headline, lead and the passage that
/// tells Friday's strikes on Lahij and then an ambush at Rada', al-Bayda, with no day.
const REPORT: &str = "العرب يتولّون دفّة القيادة في حرب اليمن\n\
    فجأة حولت موجة حرب اليمن غير الحاسمة تجاهها لتعطي دفعة معنوية وربما قوة دفع عسكرية حاسمة للقوات المدعومة من دول الخليج العربية.\n\
    والخطوة القادمة ستحدد مصير استقرار بلد تعتمل فيه أجواء التنافس بين الشرعية المدعومة من دول الخليج العربية وقوة التمرد المدعومة من إيران.\n\
    وكثفت قوات التحالف أمس الجمعة غاراتها الجوية على مواقع الحوثيين وقوات صالح في مدينة لحج جنوبي البلاد.\n\
    وأفادت مصادر محلية بمقتل ثمانية مسلحين حوثيين في كمين نصبته المقاومة الشعبية بمدينة رداع بمحافظة البيضاء وسط اليمن.";

#[test]
fn the_bodys_day_of_strikes_on_one_province_does_not_date_an_ambush_in_another() {
    let events = all_published("2015-07-25", REPORT);
    assert_eq!(
        date_of(&events, "غاراتها"),
        Some("أمس الجمعة"),
        "{events:#?}"
    );
    assert_eq!(date_of(&events, "كمين"), None, "{events:#?}");
    // an ambush in the strikes' province may be that day's news: it keeps the day
    let events = all_published(
        "2015-07-25",
        &REPORT.replace("بمدينة رداع بمحافظة البيضاء", "بمدينة الحوطة بمحافظة لحج"),
    );
    assert_eq!(date_of(&events, "كمين"), Some("أمس الجمعة"), "{events:#?}");
    // and so does one added to what was told ("كما")
    let events = all_published(
        "2015-07-25",
        &REPORT.replace("وأفادت مصادر محلية بمقتل", "كما أفادت مصادر محلية بمقتل"),
    );
    assert_eq!(date_of(&events, "كمين"), Some("أمس الجمعة"), "{events:#?}");
    // the lead's day is the whole round-up's
    let events = all_published(
        "2015-07-25",
        &REPORT.replace("حاسمة للقوات", "حاسمة أمس الجمعة للقوات"),
    );
    assert_eq!(date_of(&events, "كمين"), Some("أمس الجمعة"), "{events:#?}");
    // and so does one whose sentence tells an act of the day's kind again (what the strikes did)
    let events = all_published(
        "2015-07-25",
        &REPORT.replace("وسط اليمن.", "وسط اليمن، بعد غارات جوية على مواقعهم."),
    );
    assert_eq!(date_of(&events, "كمين"), Some("أمس الجمعة"), "{events:#?}");
}

#[test]
fn an_ambush_left_undated_takes_no_story_day_from_the_sentences_that_tell_it_again() {
    // the report goes on with the ambush's account; "كما أشارت" adds clashes there and keeps
    // the story's day, which the merged record of the ambush does not take
    let text = format!(
        "{REPORT}\n\
         وقالت إن المقاومة الشعبية نصبت كمينا مسلحا استهدف دورية عسكرية تابعة للحوثيين في جبل الثعالب بقيفة رداع، ما أسفر عن مقتل 8 حوثيين.\n\
         كما أشارت المصادر إلى اندلاع اشتباكات مسلحة بين الطرفين عقب محاولة الحوثيين الهجوم على منطقة حمة صرار بقيفة رداع."
    );
    let events = all_published("2015-07-25", &text);
    let ambush = (events.iter())
        .find(|e| e.mentions.iter().any(|m| m.text.contains("كمين")))
        .expect("the ambush");
    assert_eq!(ambush.date, None, "{events:#?}");
}

/// A real report (SaudiNewsNet, alyaum, 2015-08-09): its headline and lead, then Saturday's
/// Houthi shelling of Taiz, and, after a turn to another matter, coalition strikes in Hodeidah
/// with no day of their own.
const TURNED: &str = "تحرير أبين والضالع عقب انهيار جبهة التمرد\n\
    انهارت قوى الانقلابيين الحوثيين وحلفائهم من ميليشيات علي صالح في جبهتي أبين والضالع، وسط تقدم المقاومة الشعبية وجيش الشرعية على الجبهات، حسب شهود عيان ومصادر عسكرية.\n\
    بدورهم، نفّذ الحوثيون السبت قصفاً عشوائياً على عدة أحياء سكنية في تعز، أسفر عن إصابة عدد من المدنيين.\n\
    من جانب آخر، قال مصدر طبي بمحافظة الحديدة، غربي اليمن: إن 17 من المسلحين الحوثيين قتلوا في غارات لطائرات التحالف على مبنى يسيطرون عليه.";

#[test]
fn a_turn_to_another_matter_leaves_strikes_in_another_province_without_the_shellings_day() {
    let events = all_published("2015-08-09", TURNED);
    assert_eq!(date_of(&events, "قصف"), Some("السبت"), "{events:#?}");
    assert_eq!(date_of(&events, "غارات"), None, "{events:#?}");
    // with no turn the strikes, of the shelling's kind, go on with its day
    let events = all_published("2015-08-09", &TURNED.replace("من جانب آخر، قال", "وقال"));
    assert_eq!(date_of(&events, "غارات"), Some("السبت"), "{events:#?}");
    // and so do strikes after the turn in the shelling's province
    let events = all_published(
        "2015-08-09",
        &TURNED.replace("بمحافظة الحديدة، غربي اليمن", "بمحافظة تعز"),
    );
    assert_eq!(date_of(&events, "غارات"), Some("السبت"), "{events:#?}");
}
