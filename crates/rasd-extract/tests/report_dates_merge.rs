//! The day of an incident told by two mentions of the story: an earlier act told with a day of its
//! own against the story's day (report_dates.rs holds the days of one mention; this file is its
//! part past ~1,100 lines).

mod common;

use common::{all_published, day, with_word};

#[test]
fn an_earlier_act_told_with_its_own_day_and_toll_is_not_the_act_the_story_day_dates() {
    // a real report (SaudiNewsNet, published 2015-07-23): the twin bombings at Gombe's bus
    // stations have no day of their own but the lead's "يوم أمس (الاربعاء)"; the market bomb
    // "الخميس الماضي" is an earlier incident in the same town
    let text = "قتل اكثر من 50 شخصا، يوم أمس (الاربعاء)، في هجمات مفترضة لحركة بوكو حرام في الكاميرون ونيجيريا.\n\
                لقي نحو 42 مصرعهم في تفجيرين استهدفا محطتي حافلات في غومبيه بشمال شرقي نيجيريا.\n\
                والخميس الماضي قتل 49 شخصا في هجوم بقنبلة في سوق بمدينة غومبيه.";
    let events = all_published("2015-07-23", text);
    let twin = with_word(&events, "تفجيرين");
    assert_eq!(day(twin), Some("2015-07-22"), "{events:#?}");
    let market = with_word(&events, "قنبلة");
    assert_eq!(day(market), Some("2015-07-16"), "{events:#?}");
    // the same account told as the incident again, with no earlier day, stays one incident
    let events = all_published("2015-07-23", &text.replace("والخميس الماضي قتل", "وقتل"));
    assert_eq!(
        with_word(&events, "قنبلة").event_id,
        with_word(&events, "تفجيرين").event_id,
        "{events:#?}"
    );
}

#[test]
fn a_death_told_the_day_before_yesterday_is_not_the_taking_the_paragraph_dates_yesterday() {
    // a real report (SaudiNewsNet, published 2015-07-26): the taking of Jabal al-Kassara is
    // dated by its paragraph's "أمس"; the Houthi leader's death "أول من أمس" told a paragraph on
    // is another act, a day earlier (days counted from the story's today do not re-date loosely)
    let text = "واصل مقاتلو المقاومة الشعبية في اليمن تقدمهم صوب قاعدة العند العسكرية في محافظة لحج التي باتت الهدف التالي للثوار عقب إكمالهم السيطرة على مدينة عدن، حيث دخلوا أمس في اشتباكات عنيفة مع ميليشيات الحوثي والمخلوع صالح بالقرب من القاعدة. وأشارت مصادر وسط الثوار إلى أن المواجهات تركزت قرب المواقع المطلة على القاعدة وسيطرت على جبال منيف. وقالت مصادر طبية من مستشفى ردفان إن المعارك أدت إلى مصرع 22 حوثيا وإصابة عشرات آخرين بجروح متفاوتة، في حين استشهد ثلاثة من رجال المقاومة وأصيب 15 آخرون.كما تمكن الجيش الموالي للشرعية ومقاتلو المقاومة الشعبية من تدمير دفاعات ميليشيات الحوثي وصالح في محيط قاعدة العند، وباتوا على مشارفها إثر هجوم شنّ من محاور عدة، ودارت معارك طاحنة حول القاعدة. كما سيطرت المقاومة على جبل الكسارة وعدد من المواقع المطلة على مثلث العند، ما يعني حصار القاعدة وعزلها عن خطوط الإمداد كافة.\n\
                غارات نوعية\n\
                في غضون ذلك، كثفت طائرات التحالف العربي الذي تقوده المملكة غاراتها على محيط القاعدة، وقصفت تجمعات المتمردين، ما أدى إلى مقتل نحو 29 منهم، بينهم القيادي الحوثي محمد المداني. وكانت مصادر صحفية أكدت أن القيادي الحوثي أبو علي عوام لقي مصرعه أول من أمس بمفرق العند بمحافظة لحج.";
    let events = all_published("2015-07-26", text);
    let taking = with_word(&events, "معارك طاحنة");
    assert_eq!(day(taking), Some("2015-07-25"), "{events:#?}");
    let death = with_word(&events, "لقي مصرعه");
    assert_ne!(death.event_id, taking.event_id, "{events:#?}");
    assert_eq!(day(death), Some("2015-07-24"), "{events:#?}");
}
