//! History told, then told again with nothing of its own (issue 16: a retelling never makes an
//! incident of the news).

mod common;

use common::all_published;
use rasd_core::Status;

#[test]
fn a_trial_s_account_of_a_bombing_the_story_dated_as_history_is_that_history() {
    // a20578 (SaudiNewsNet, published 2015-08-06; the Abha set, issue 16): the trial of the
    // Imam al-Sadiq mosque bombing, dated 26 June by the story; the accused's confession names
    // the bomb belt and the bomber again, with no day, toll or town of their own
    let text = "الكويت تبدأ محاكمة المتهمين بتفجير مسجد الصادق\n\
                وأسفر التفجير الإرهابي الذي نفذه الانتحاري السعودي فهد القباع، وتعرض له مسجد \
                الصادق في منطقة الصوابر بالكويت العاصمة خلال صلاة جمعة 26 يونيو (حزيران) الماضي \
                عن استشهاد 26 شخصا وإصابة 227 آخرين.\n\
                ووفقًا لشهود عيان حضروا جلسات المحاكمة، فقد اعترف المتهم الرئيسي في هذه القضية \
                عبد الرحمن صباح عيدان تجهيز الحزام الناسف الذي استخدمه الانتحاري فهد القباع.";
    let events = all_published("2015-08-06", text);
    let news: Vec<_> = (events.iter())
        .filter(|e| e.status == Status::Incident)
        .collect();
    assert!(news.is_empty(), "{news:#?}");
    // a bombing the story tells as news after the history keeps its own record
    let text = "وكان مسجد الصادق قد تعرض لتفجير انتحاري خلال صلاة جمعة 26 يونيو (حزيران) الماضي.\n\
                وقتل 3 أشخاص أمس في تفجير انتحاري استهدف مسجدا في مدينة الدمام.";
    let events = all_published("2015-08-06", text);
    assert!(
        (events.iter()).any(|e| e.status == Status::Incident),
        "{events:#?}"
    );
}
