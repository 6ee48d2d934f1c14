//! Mention status on sentences written for these tests (none of the development data): what a
//! report tells of each mention, and the default output that keeps only incidents: history,
//! periods and statistics here; kinds of act, metaphors and acts not done in `status_generic.rs`.

mod common;

use common::{all, assert_no_incident, default_output, incident_records, status, status_of};
use rasd_core::Status;

#[test]
fn a_recent_incident_is_an_incident_and_makes_the_default_output() {
    let text = "قتل خمسة جنود في هجوم على نقطة تفتيش في العريش أمس.";
    assert_eq!(status(text), (Status::Incident, None));
    let out = default_output(text);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].mentions.len(), 1);
    assert_eq!(out[0].mentions[0], out[0].trigger);
}

#[test]
fn an_incident_dated_long_before_publication_is_background() {
    let text = "وكان انفجار سيارة مفخخة قد أودى بحياة 20 شخصا في بغداد في مارس 2013.";
    let (s, cue) = status(text);
    assert_eq!(s, Status::Background);
    assert!(cue.unwrap().contains("2013"));
    assert!(default_output(text).is_empty());
}

#[test]
fn history_recalled_after_since_is_background() {
    let (s, cue) = status("تعيش المدينة حالة من الحزن منذ الهجوم على السوق المركزي في الموصل.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("منذ")));
}

#[test]
fn an_act_a_pluperfect_came_after_is_background() {
    // (sample BA 47: a handover told today; the raid that killed the husband came before the
    // widow's jailing, itself told as earlier)
    let text = "سلمت الولايات المتحدة أمس الخميس السلطات العراقية أرملة زعيم في تنظيم داعش كانت قد \
                سجنت بعد غارة على سوريا أودت بحياة زوجها أبو سياف.";
    assert_eq!(
        status_of(text, "غارة"),
        (Status::Background, Some("كانت".to_string()))
    );
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    // a day of its own after the pluperfect keeps it dated news
    let text =
        "وكانت القوات قد اعتقلت الرجل بعد اشتباكات عنيفة في الرمادي مساء أمس أسفرت عن مقتل ثلاثة.";
    assert_eq!(status_of(text, "اشتباكات").0, Status::Incident);
}

#[test]
fn a_toll_over_a_period_or_a_war_is_a_statistic() {
    let (s, cue) = status("وقتل أكثر من 250 ألف شخص في سوريا منذ اندلاع الحرب.");
    assert_eq!(s, Status::Statistic, "{cue:?}");
    let (s, cue) = status("وقتل 120 مدنيا في غارات على حلب خلال الأشهر الماضية.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("خلال")));
    // the wounded of a war
    let (s, _) = status("وتم تسجيل 20 ألف جريح في المعارك التي تشهدها المدينة.");
    assert_eq!(s, Status::Statistic);
    // a large toll of one day with no period stays an incident
    let (s, _) = status("قتل 120 شخصا في تفجير انتحاري استهدف سوقا في بغداد أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn thousands_of_the_dead_and_the_wounded_together_are_a_statistic() {
    // SaudiNewsNet a15950: "آلاف القتلى والمصابين" counts some of each, in the thousands: the
    // toll of years of unrest, as a war's toll told in one column is
    let text = "وتحول كثير من احتجاجات نظمها إسلاميون على عزل مرسي إلى العنف الذي اوقع آلاف القتلى \
                والمصابين أغلبهم من مؤيدي الإخوان وبينهم رجال أمن ومواطنون لا صلة مباشرة لهم \
                بالاحداث.";
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    assert!(
        all(text).iter().any(|e| e.status == Status::Statistic),
        "{:#?}",
        all(text)
    );
}

#[test]
fn acts_in_the_plural_since_a_side_took_up_arms_are_a_statistic() {
    // "منذ أن" and a verb: the many acts of a stretch of time with no day of their own
    let text = "وقتل عشرات من عناصر الشرطة في هجمات متفرقة منذ أن استأنف المسلحون عملياتهم في ولاية ديار بكر.";
    let (s, cue) = status(text);
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Statistic, Some("منذ")),
        "{text}"
    );
}

#[test]
fn the_day_a_stretch_of_acts_began_pins_none_of_them() {
    // the day after "منذ أن" in its clause is when the stretch began: the many acts since then
    // are a statistic
    let text = "وقتل ما لا يقل عن 20 جنديا وأصيب العشرات منذ أن بدأ المسلحون شن هجمات متفرقة على مواقع الجيش في 12 يوليو.";
    let (s, cue) = status(text);
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Statistic, Some("منذ")),
        "{text}"
    );
    // a day told in another clause, after a comma, is an attack's of its own
    let text = "وقتل ثلاثة جنود منذ أن بدأ المسلحون التصعيد، وأفاد مصدر أمني بأن المسلحين شنوا هجمات على حاجز للجيش في مدينة ماردين مساء السبت.";
    let events = incident_records(text);
    assert!(
        events.iter().any(|e| e.trigger.text == "هجمات"),
        "{text}: {events:#?}"
    );
}

#[test]
fn a_retelling_with_only_the_country_joins_the_incident_with_its_mentions() {
    let text = "انفجرت سيارة مفخخة في سوق بمدينة الحلة أمس ما أدى إلى مقتل 12 شخصا. \
                وقال مسؤول إن التفجير الذي شهده العراق يهدف إلى إثارة الفتنة.";
    let out = default_output(text);
    assert_eq!(out.len(), 1, "{out:#?}");
    let e = &out[0];
    assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("الحلة"));
    assert_eq!(e.fatalities.as_ref().and_then(|c| c.min), Some(12));
    assert_eq!(e.mentions.len(), 2, "{:#?}", e.mentions);
}

#[test]
fn a_definite_retelling_of_history_joins_that_history() {
    let text = "أفرج القضاء عن خمسة موقوفين. وقتل 22 شخصا في الاعتداء الذي استهدف متحفا في سوسة في 18 مارس. \
                وكانت الوزارة أعلنت بعد الاعتداء أنها فككت الخلية.";
    let events = all(text);
    let attacks: Vec<_> = events
        .iter()
        .filter(|e| e.sub_event_type == "Attack")
        .collect();
    assert_eq!(attacks.len(), 1, "{events:#?}");
    assert_eq!(attacks[0].status, Status::Background);
    assert_eq!(attacks[0].mentions.len(), 2);
    assert!(default_output(text)
        .iter()
        .all(|e| e.sub_event_type != "Attack"));
}

#[test]
fn months_of_fighting_are_a_period_not_an_incident() {
    let (s, cue) = status("أعيد فتح المطار الدولي في مدينة عدن بعد أربعة أشهر من القتال.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("أشهر")));
    // fighting of a day is an incident
    let (s, _) = status("قتل خمسة مسلحين في القتال الذي دار في مدينة عدن أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_toll_over_the_same_period_is_a_statistic() {
    let text = "وشنت القوات الحكومية غارات جوية على مواقع المسلحين أسفرت عن مقتل أكثر من 200 مسلح في نفس الفترة أيضا.";
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    assert_eq!(status(text).0, Status::Statistic);
}

#[test]
fn a_line_of_a_chronology_or_a_past_year_after_in_is_background() {
    let (s, cue) = status("1991 - اغتيال رئيس الوزراء الإيراني السابق شهبور بختيار في باريس.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("1991")));
    let (s, cue) = status("وكان مسلحون مرتبطون بتنظيم القاعدة قد سيطروا على تمبكتو في 2012.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("في 2012")));
}

#[test]
fn past_decades_remembering_and_years_of_a_war_are_background() {
    for (text, cue) in [
        (
            "وفي أواسط التسعينيات، سيطرت حركة طالبان على الجزء الأكبر من أفغانستان.",
            "التسعينيات",
        ),
        (
            "وتصور المزهرية معركة حاسمة في الحرب الأهلية اللبنانية للأعوام 1975 - 1990 في بيروت.",
            "لأعوام 1975",
        ),
        (
            "وتابع وهو يتذكر تفاصيل الهجوم الدموي على المركز التجاري في نيروبي: كان إطلاق النار كثيفا.",
            "يتذكر",
        ),
    ] {
        assert_eq!(
            status(text),
            (Status::Background, Some(cue.to_string())),
            "{text}"
        );
    }
}

#[test]
fn hundreds_killed_over_the_years_are_a_statistic() {
    let (s, cue) = status("وقتل المئات في اضطرابات في شينجيانغ في السنوات الثلاث الماضية.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("السنوات")));
}

#[test]
fn fighting_counted_since_it_began_is_a_statistic() {
    let (s, cue) =
        status("وقال مسؤول في تعز إن حصيلة القتلى منذ اندلاع المواجهات في حي الجحملية بلغت المئات.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("اندلاع")));
}

#[test]
fn an_act_told_as_done_before_or_months_before_is_background() {
    let (s, _) = status("وقالت الشرطة إن التنظيم سبق أن استهدف المصلين في مسجد بمدينة الدمام.");
    assert_eq!(s, Status::Background);
    let (s, _) = status("وقالت الشرطة إنها اعتقلت الرجل بعد أكثر من شهر من تفجير مسجد في الكويت.");
    assert_eq!(s, Status::Background);
}

#[test]
fn an_event_noun_named_by_an_earlier_year_is_background() {
    let (s, cue) = status("وأدين الرجلان بالتورط في هجمات 1998 على السفارتين في نيروبي.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("1998")));
    // a figure after the event word that is a count stays one
    let (s, _) = status("قتل 25 شخصا في هجوم على سوق في بغداد أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_plural_event_word_told_over_a_stretch_of_time_is_a_statistic() {
    // the dead of many attacks counted since the truce ended: no one incident
    let (s, cue) = status(
        "وقتل 23 عنصرا من الشرطة في هجمات نسبت إلى المتمردين منذ انهيار الهدنة، بحسب تعداد للوكالة.",
    );
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("منذ")));
    let (s, _) = status("وشهدت المحافظة في الأسابيع الماضية هجمات على دوريات الجيش قرب الحدود.");
    assert_eq!(s, Status::Statistic);
    // the acts "that followed that" (a day told before): the many of the days since
    let text = "وشنت تركيا الشهر الماضي حربا على الإرهاب ضد حزب العمال. لكن عشرات الغارات التي تلت \
                ذلك استهدفت المتمردين الأكراد، ولم تقصف تركيا داعش سوى ثلاث مرات.";
    let (s, cue) = status_of(text, "الغارات");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("التي")));
    // one attack told the same way with a day of its own stays an incident
    let (s, _) = status("وقتل ثلاثة جنود أمس في هجمات على حواجز الجيش في العريش.");
    assert_eq!(s, Status::Incident);
    // and a singular event word is no count over the stretch
    let (s, _) = status("وقتل 23 عنصرا من الشرطة في هجوم على مركزهم في العريش حتى الآن.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn acts_told_over_the_last_weeks_or_months_are_a_statistic() {
    // "في الأسابيع الأخيرة", "في الأشهر الأخيرة": a campaign's strikes, no one incident
    let (s, cue) = status(
        "وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال قنديل \
         في شمال العراق.",
    );
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("الأسابيع")));
    let (s, _) = status_of(
        "وقتل عدد من قياديي تنظيم القاعدة في الأشهر الأخيرة في غارات أميركية.",
        "غارات",
    );
    assert_eq!(s, Status::Statistic);
}

#[test]
fn an_act_of_several_incidents_told_together_is_a_statistic() {
    // "سجلت حوادث عدة قتل فيها ...": the killings of many incidents since a death a year ago
    let text =
        "ومنذ مقتل براون، سجلت حوادث عدة قتل فيها سود برصاص شرطيين بيض مما أثار موجة استياء \
                واسعة في الولايات المتحدة.";
    let (s, cue) = status_of(text, "رصاص");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("حوادث عدة")));
    // with a day of its own it is that day's news
    let text = "وقتل ثلاثة أشخاص أمس في حوادث متفرقة لإطلاق النار في بغداد.";
    assert_eq!(status_of(text, "إطلاق النار").0, Status::Incident);
}

#[test]
fn acts_told_in_a_count_of_countries_or_continents_are_not_one_incident() {
    // "في ثلاث قارات": attacks in three lands on one day, several incidents lumped
    let text =
        "وأعلنت وزارة الداخلية السعودية، أن العمليات الإرهابية الدامية التي تمت متزامنة في 26 \
                يوليو (تموز) الماضي في ثلاث قارات، كان مخططا أن تكون العاصمة السعودية هي المحطة \
                الرابعة.";
    let (s, cue) = status_of(text, "العمليات");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("ثلاث قارات")));
    // a count of provinces or towns is one side's day of strikes, an incident
    let text = "وشنت طائرات التحالف أمس غارات على مواقع المتمردين في ثلاث محافظات يمنية.";
    assert_eq!(status_of(text, "غارات").0, Status::Incident);
}

#[test]
fn a_headline_summing_up_the_incidents_of_the_body_is_a_statistic() {
    let text = "تفجيرات تقتل 25 شخصا في العراق\nقتل 15 شخصا أمس في انفجار سيارة مفخخة في حي الكرادة ببغداد. \
                وفي مدينة الحلة، قتل عشرة أشخاص في انفجار سيارة مفخخة قرب سوق شعبي أمس.";
    let events = all(text);
    let headline: Vec<_> = events
        .iter()
        .filter(|e| e.trigger.text == "تفجيرات")
        .collect();
    assert_eq!(headline.len(), 1, "{events:#?}");
    assert_eq!(headline[0].status, Status::Statistic);
    let out = default_output(text);
    assert_eq!(out.len(), 2, "{out:#?}");
    assert!(out.iter().all(|e| e.trigger.text != "تفجيرات"));
    // a headline over one incident of the body is that incident told again
    let one = "تفجيرات تقتل 15 شخصا في العراق\nقتل 15 شخصا أمس في انفجار سيارة مفخخة في حي الكرادة ببغداد.";
    assert!(
        all(one).iter().all(|e| e.status == Status::Incident),
        "{:#?}",
        all(one)
    );
}

#[test]
fn a_lead_summing_attacks_of_several_types_the_body_tells_one_by_one_is_a_statistic() {
    // (sample BB 33) the lead's "هجمات متفرقة بالعراق" is the Kirkuk shelling, the Ramadi raids
    // and the Erbil rockets told after it (a shelling, a clash and a shelling), each at its
    // place: no incident of its own, though its figures do not add up to theirs
    let text = "مقتل 37 مسلحاً من داعش و16 من قوات البيشمركة بالعراق\nأفادت مصادر أمنية عراقية أمس \
                الأحد عن مقتل 37 مسلحا من داعش و16 من قوات البيشمركة في هجمات متفرقة بالعراق.\n\
                وقال مصدر أمني إن مدفعية قوات البيشمركة قصفت مواقع عدة لتنظيم داعش في قرى الحميرة \
                المحاذية لكركوك ما أدى إلى مقتل 21 مسلحا من التنظيم.\nوأشار المصدر إلى أن قوات \
                الجيش العراقي قامت بتنفيذ هجمات على أوكار تنظيم داعش في مناطق حصيبة الشرقية \
                وجزيرة الخالدية شمال وشرق الرمادي فقتلت 16 مسلحا من داعش.\nكان مصدر في وزارة \
                البيشمركة الكردية صرح أمس بأن عناصر داعش أطلقت صاروخين مستهدفة ثكنات عسكرية \
                لقوات البيشمركة في قرية حسن شامي شمال أربيل ما أسفر عن مقتل 13 من قوات البيشمركة.";
    let events = all(text);
    let body = text[..text.find("\nوقال").unwrap()].chars().count();
    let lead = (events.iter())
        .find(|e| e.trigger.span[0] < body)
        .expect("the lead's attacks");
    assert_eq!(lead.status, Status::Statistic, "{events:#?}");
    let out = default_output(text);
    let mut tolls: Vec<_> = (out.iter())
        .map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .collect();
    tolls.sort();
    assert_eq!(tolls, vec![Some(13), Some(16), Some(21)], "{out:#?}");
}

#[test]
fn a_toll_of_the_opening_that_sums_the_tolls_of_the_body_is_a_statistic() {
    // the headline's 15 dead are the 10 of Hilla and the 5 of Karbala, not a third incident
    let text = "مقتل 15 شخصا في تفجيرين بالعراق\nقالت الشرطة إن 10 أشخاص قتلوا أمس عندما انفجرت \
                سيارة مفخخة في سوق بمدينة الحلة. وأضافت أن خمسة آخرين قتلوا في انفجار عبوة ناسفة \
                قرب مدينة كربلاء.";
    let out = incident_records(text);
    let mut tolls: Vec<_> = (out.iter())
        .map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .collect();
    tolls.sort();
    assert_eq!(tolls, vec![Some(5), Some(10)], "{out:#?}");
    // a toll that is not their sum is an incident of its own
    let text = "مقتل 12 شخصا في تفجير بالعراق\nقالت الشرطة إن 10 أشخاص قتلوا أمس عندما انفجرت \
                سيارة مفخخة في سوق بمدينة الحلة. وأضافت أن خمسة آخرين قتلوا في انفجار عبوة ناسفة \
                قرب مدينة كربلاء.";
    let out = incident_records(text);
    assert!(
        out.iter()
            .any(|e| e.fatalities.as_ref().and_then(|f| f.min) == Some(12)),
        "{out:#?}"
    );
}

#[test]
fn a_sum_told_in_the_headline_and_again_in_the_lead_is_a_statistic_twice() {
    // the headline's and the lead's 16 are the Maiduguri market's 6 and the village's 10: told
    // twice in the opening, as two incidents of two types, neither is a part of the other's sum
    let text = "نيجيريا: مقتل 16 شخصاً في هجومين جديدين لبوكو حرام\nقتل 16 شخصاً في نيجيريا في \
                هجومين منفصلين في شمال شرق البلاد أحدهما نفذته انتحارية والآخر شنه مقاتلو بوكو \
                حرام على سكان إحدى القرى. وقتل ستة اشخاص في هجوم نفذته انتحارية في سوق مزدحمة \
                في مايدوغوري. من جهة اخرى، شن مسلحون هجوما على سكان قرية في ولاية يوبي ما ادى \
                الى مقتل عشرة اشخاص على الاقل.";
    let out = incident_records(text);
    let mut tolls: Vec<_> = (out.iter())
        .map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .collect();
    tolls.sort();
    assert_eq!(tolls, vec![Some(6), Some(10)], "{out:#?}");
}

#[test]
fn a_lead_summing_every_incident_leaves_the_one_it_joined_its_own_toll() {
    // a31000: the lead's 3 dead and 13 wounded are the three bombings' (1 and 7, 1 and 5, 1 and
    // 1): the Tobchi bombing, merged with the lead, keeps its own 1 dead and 5 wounded
    let text = "عام / مصرع ثلاثة أشخاص بحوادث أمنية متفرقة في بغداد\n بغداد 26 شوال 1436 هـ \
                الموافق 11 أغسطس 2015 م واس\n لقي ثلاثة أشخاص مصرعهم وأصيب 13 آخرون بحوادث \
                أمنية متفرقة في العاصمة العراقية بغداد اليوم.\n وأفاد مصدر أمني عراقي بمصرع شخص \
                وإصابة سبعة آخرين بانفجار عبوة ناسفة، قرب مرآب للسيارات في منطقة الحسينية شمال \
                شرقي بغداد.\n وأضاف المصدر:\" كما قتل شخص وأصيب خمسة آخرون بتفجير مماثل في \
                منطقة الطوبجي، شمال غربي بغداد، فيما اعتقلت قوة أمنية عصابة من أربعة أشخاص مختصة \
                بخطف الأطفال خلال عملية أمنية نفذتها شمالي بغداد تمكنت خلالها من تحرير طفل \
                مختطف\".\n كما قتل أحد منتسبي وزارة الداخلية وأصيب آخر بتفجير عبوة لاصقة أسفل \
                سيارتهما، في قضاء المحمودية جنوبي بغداد.";
    let out = incident_records(text);
    let mut tolls: Vec<_> = (out.iter())
        .map(|e| {
            (
                e.fatalities.as_ref().and_then(|f| f.min),
                e.injuries.as_ref().and_then(|f| f.min),
            )
        })
        .collect();
    tolls.sort();
    assert_eq!(
        tolls,
        vec![(Some(1), Some(1)), (Some(1), Some(5)), (Some(1), Some(7))],
        "{out:#?}"
    );
}

#[test]
fn a_headline_toll_of_two_incidents_leaves_the_first_its_own_toll() {
    // the headline's 9 are the checkpoint's 6 and the roadside bomb's 3: the clash, merged with
    // the headline, keeps its own 6
    let text = "مقتل 9 جنود في معارك بمدينة درنة\nقال مسؤولون عسكريون إن تسعة جنود قتلوا أمس في \
                مدينة درنة. وقال متحدث باسم الجيش إن ستة جنود قتلوا عندما هاجم مسلحون نقطة تفتيش \
                في المدينة. وذكر مصدر طبي أن ثلاثة جنود آخرين قتلوا في انفجار عبوة ناسفة بسيارتهم.";
    let out = incident_records(text);
    let clash = (out.iter())
        .find(|e| e.sub_event_type == "Armed clash")
        .expect("the attack on the checkpoint");
    assert_eq!(
        clash.fatalities.as_ref().and_then(|f| f.min),
        Some(6),
        "{out:#?}"
    );
}

#[test]
fn a_military_operation_told_by_its_day_count_is_a_period() {
    // the third day of an offensive: the offensive over its days, not one incident
    let text = "وبدا أمس، في اليوم الثالث للعملية العسكرية التي أطلقها الجيش في ريف إدلب، أن المسلحين يتراجعون.";
    let events = all(text);
    let op: Vec<_> = events
        .iter()
        .filter(|e| e.trigger.text.contains("عملية العسكرية"))
        .collect();
    assert_eq!(op.len(), 1, "{events:#?}");
    assert_eq!(op[0].status, Status::Statistic, "{events:#?}");
    assert!(default_output(text).is_empty());
    // a day counted before a word of fighting is a period too
    let (s, _) = status("وتواصلت في اليوم الخامس من المعارك محاولات الوساطة في ريف إدلب.");
    assert_eq!(s, Status::Statistic);
}

#[test]
fn explosions_heard_since_the_morning_are_a_statistic() {
    // a series heard over a stretch of the day, with no day of its own: no one incident
    let (s, cue) =
        status("وأفاد شهود عيان بسماع دوي انفجارات متتالية منذ الصباح الباكر في مدينة العريش.");
    assert_eq!(s, Status::Statistic);
    assert!(cue.is_some_and(|c| c.contains("منذ")));
    // explosions told with a day of their own stay an incident
    let (s, _) = status("ودوت انفجارات في مدينة العريش أمس منذ الصباح الباكر.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn hundreds_killed_in_attacks_told_in_the_plural_are_a_statistic() {
    let (s, _) = status("وأعلن التنظيم مسؤوليته عن مقتل المئات في هجمات انتحارية في العراق.");
    assert_eq!(s, Status::Statistic);
    // a day of its own pins one incident
    let (s, _) = status("قتل المئات في غارات جوية على حلب أمس.");
    assert_eq!(s, Status::Incident);
    // tens of dead and hundreds of wounded: the toll of a series, not of one attack
    let (s, _) = status("ويأتي الحادث بعد أيام من تفجيرات في المدينة قتلت العشرات وأصابت المئات.");
    assert_eq!(s, Status::Statistic);
    // tens alone may be one attack's toll
    let (s, _) = status("وقتل العشرات في هجمات انتحارية على سوق المدينة.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn an_attack_a_witness_remembers_is_background() {
    let (s, cue) = status("ويتذكر السائق العجوز اختطاف شقيقه على طريق المطار في بغداد.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("ويتذكر")));
}

#[test]
fn a_story_of_history_told_by_the_day_is_background() {
    let text = "في مثل هذا اليوم.. انفجار سيارة مفخخة يقتل 30 شخصا في سوق ببيروت\n\
                1983- انفجار سيارة مفخخة يقتل 30 شخصا في سوق شعبي ببيروت.";
    let events = all(text);
    assert!(!events.is_empty());
    for e in &events {
        assert_eq!(e.status, Status::Background, "{e:#?}");
    }
    assert_eq!(
        events[0].status_cue.as_ref().map(|c| c.text.as_str()),
        Some("في مثل هذا اليوم")
    );
    assert!(default_output(text).is_empty());
}

#[test]
fn a_history_column_named_in_the_headline_is_background() {
    // a column of the day's past events under its name, lines dated by their years
    let text = "هذا اليوم في التاريخ\n\
                1921- لينين يوجه نداء للحصول على مساعدة دولية لمواجهة مجاعة.\n\
                2008- تسعة قتلى اشتباكات بين شرطة حماس واعضاء في فتح من اسرة حلس تتهمهم حماس \
                بالوقوف وراء تفجير اودى بحياة خمسة من ناشطيها في 25 يوليو.";
    let events = all(text);
    assert!(!events.is_empty());
    for e in &events {
        assert_eq!(e.status, Status::Background, "{e:#?}");
    }
    assert!(default_output(text).is_empty());
    // a weekly column of history, its name before the colon of the headline
    let text = "من التاريخ:  نهاية الحرب المكسيكية ـ الأميركية\n\
                وهناك دارت معركة «فيرا كروز» الشهيرة والتي استسلمت فيها القوات المكسيكية بعد \
                دفاع مرير بسبب نقص العدد والأغذية.";
    let events = all(text);
    assert!(!events.is_empty());
    for e in &events {
        assert_eq!(e.status, Status::Background, "{e:#?}");
    }
    assert!(default_output(text).is_empty());
}

#[test]
fn a_toll_since_then_is_a_statistic() {
    let (s, cue) = status("ومنذ ذلك الحين قتل أكثر من 200 جندي في هجمات متفرقة في شمال البلاد.");
    assert_eq!(s, Status::Statistic);
    assert!(cue.unwrap().contains("منذ"));
}

#[test]
fn a_toll_during_this_period_is_a_statistic() {
    let (s, cue) = status("وأحصت المنظمة مقتل 120 مدنيا في الغارات على ريف حلب خلال هذه الفترة.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("خلال")));
}

#[test]
fn a_toll_over_months_of_fighting_is_a_statistic() {
    let (s, cue) = status("وقال إن 300 شخص قتلوا في معارك المدينة خلال أربعة أشهر من الاشتباكات.");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("أشهر")));
}

#[test]
fn a_bombing_recalled_at_its_anniversary_or_in_a_past_war_is_background() {
    let (s, cue) =
        status("وأحيا آلاف السكان أمس الذكرى السنوية العاشرة لتفجير السوق المركزي في المدينة.");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("الذكرى السنوية"))
    );
    let (s, cue) = status("وقتل 300 شخص في قصف جوي على الميناء في نهاية الحرب العالمية الثانية.");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("الحرب العالمية الثانية"))
    );
}

#[test]
fn a_shooting_told_before_the_anniversary_it_fell_on_stays_an_incident() {
    let text = "أصيب ثلاثة أشخاص في إطلاق للنار خلال مسيرة في مدينة بالتيمور أمس في الذكرى الأولى لمقتل شاب برصاص الشرطة.";
    assert!(all(text)
        .iter()
        .any(|e| e.status == Status::Incident && e.injuries.is_some()));
}

#[test]
fn what_may_have_happened_is_no_incident() {
    assert_no_incident(&[
        "وقال المحلل إن المسلحين ربما نفذوا الهجوم على الحاجز في مدينة درنة أمس.",
        "واستبعدت الشرطة أمس وقوع هجوم على الفندق في مدينة سوسة.",
    ]);
}

#[test]
fn an_incident_named_by_its_place_in_the_body_is_recalled() {
    // written for these tests: a commentary's third sentence names past battles and bombings
    let lead = "عقد وزراء الخارجية اجتماعا في القاهرة أمس. وناقش الوزراء ملفات المنطقة.";
    for (body, cue) in [
        (
            " وقال محلل إن معركة تكريت كشفت عن ضعف القوات.",
            "معركة تكريت",
        ),
        (
            " وتحدث الناجون من قنبلة ناجازاكي عن معاناتهم.",
            "قنبلة ناجازاكي",
        ),
    ] {
        let text = format!("{lead}{body}");
        let events = all(&text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(e.status, Status::Background, "{text}: {events:#?}");
        assert_eq!(e.status_cue.as_ref().map(|c| c.text.as_str()), Some(cue));
    }
    // in the headline or the lead it is the report's news; with a day of its own, an incident
    // of the day; opening its sentence, a section's heading run into it
    for text in [
        "تفجير سروج يودي بحياة 32 شخصا. وقال مسؤول إن التحقيق بدأ.",
        &format!("{lead} وقتل خمسة جنود في معركة تكريت أمس."),
        &format!("{lead} معارك تعز وأسفرت المعارك التي خاضتها المقاومة عن مقتل 17 مسلحا."),
    ] {
        let events = all(text);
        assert!(
            events.iter().any(|e| e.status == Status::Incident),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn an_incident_named_by_its_town_with_a_feature_noun_is_recalled() {
    // a27307 (sample AW 15): the group jailed its men for leaving their posts in the battles of
    // Tal Abyad, lost two months before
    let text = "أعدم تنظيم داعش عددا من عناصره في الرقة. وقال المرصد إن بينهم قادة. وتابعت أن \
                التنظيم اعتقل هؤلاء بعد انسحابهم نحو مدينة الرقة، متهما إياهم بالتخلي عن \
                مواقعهم في مواجهة الوحدات الكردية خلال معارك مدينة تل أبيض.";
    let (s, cue) = status_of(text, "معارك");
    assert_eq!(s, Status::Background, "{text}");
    assert_eq!(cue.as_deref(), Some("معارك مدينة تل أبيض"), "{text}");
}

#[test]
fn an_incident_dated_only_by_the_year_is_background() {
    let (s, cue) = status("وشهدت المدينة هجوما مسلحا على مركز للشرطة في العام الجاري.");
    assert_eq!(s, Status::Background);
    assert!(cue.is_some_and(|c| c.contains("العام")));
}

#[test]
fn an_act_of_a_past_decade_is_background() {
    let (s, _) = status("وقتل مسلحون عشرات المدنيين في هجوم على قرية في الجزائر في التسعينيات.");
    assert_eq!(s, Status::Background);
}

#[test]
fn fighting_that_lasted_months_is_a_period() {
    let (s, _) = status("ودخلت القوات المدينة بعد معارك استمرت ثلاثة أشهر مع المسلحين.");
    assert_eq!(s, Status::Statistic);
}

#[test]
fn a_toll_of_a_week_or_of_days_of_strikes_is_a_statistic() {
    for text in [
        "أعلن الجيش أمس أن غاراته أسفرت خلال أسبوع عن مقتل 180 مسلحا في شمال البلاد.",
        "قتل 75 مدنيا خلال الأيام الماضية في قصف القوات الحكومية لمدينة دوما.",
    ] {
        let events = all(text);
        assert!(
            events.iter().all(|e| e.status == Status::Statistic),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn acts_counted_in_the_thousands_are_a_statistic() {
    // the strikes, the barrel bombs, the attacks of a campaign counted
    for text in [
        "ووثق المرصد تنفيذ طائرات النظام الحربية ما لا يقل عن 12000 غارة على مناطق في محافظات عدة.",
        "وألقت المروحيات 3500 برميل متفجر على مدن وبلدات في ريف حماة.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Statistic, "{text}: {cue:?}");
    }
    // a day's shelling told with its shells is one incident, and so is a year before the
    // event word ("19 يوليو 2015 بقصف")
    for text in [
        "سقطت أكثر من ألف قذيفة منذ منتصف ليل الأحد على بلدتين في ريف إدلب وقتل ثلاثة مدنيين.",
        "قامت الميليشيات يوم الأحد 19 يوليو 2015 بقصف الأحياء السكنية في المدينة ما أدى إلى مقتل 12 مدنيا.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Incident, "{text}: {cue:?}");
    }
}

#[test]
fn plural_acts_told_again_and_again_are_a_statistic() {
    // a plural event noun told "عدة مرات" or "أكثر من مرة", with no day of its own: the acts of
    // a period, not one incident
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word) in [
        (
            "واستهدفت غارات التحالف مواقع المسلحين في الجبل عدة مرات.",
            "غارات",
        ),
        (
            "وشن المسلحون هجمات على نقاط التفتيش في الطريق الصحراوي أكثر من مرة.",
            "هجمات",
        ),
    ] {
        let text = format!("{news}{told}");
        assert_eq!(status_of(&text, word).0, Status::Statistic, "{text}");
        assert_eq!(status_of(&text, "عبوة").0, Status::Incident, "{text}");
    }
}

#[test]
fn the_violence_of_a_past_era_named_by_a_demonstrative_is_background() {
    let (s, cue) = status(
        "ويستعيد الفيلم مشاهد الحرب والتجمعات التي كانت تتسبب بها انفجارات السيارات في تلك الحقبة.",
    );
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("تلك الحقبة"))
    );
}

#[test]
fn the_risen_toll_of_one_incident_is_no_statistic() {
    // "ارتفعت حصيلة": the latest toll of the one attack told, not a count over a period
    let text = "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا شعبية في مدينة الحلة أمس إلى 65 قتيلا.";
    assert_eq!(status(text), (Status::Incident, None));
    let out = default_output(text);
    assert_eq!(out.len(), 1, "{out:#?}");
    assert_eq!(out[0].fatalities.as_ref().and_then(|c| c.min), Some(65));
    // the toll of two attacks, or of strikes, sums several incidents: still a statistic
    for text in [
        "ارتفعت حصيلة قتلى الانفجارين اللذين وقعا في مدينة الحلة أمس إلى 65 قتيلا.",
        "ارتفعت حصيلة قتلى الغارات على ريف إدلب منذ الصباح إلى 65 قتيلا.",
    ] {
        assert_eq!(status(text).0, Status::Statistic, "{text}");
    }
}

#[test]
fn this_toll_of_an_incident_told_before_is_no_statistic() {
    // "في هذا الهجوم؛ لكن هذه الحصيلة يمكن أن تتغير": the toll just told of the one attack the
    // story told, not a count over a period
    let text = "وقال قائد شرطة كابل عبد الرحمن رحيمي لوكالة الصحافة الفرنسية: «أحصينا ثمانية قتلى \
                و128 جريحا في هذا الهجوم؛ لكن هذه الحصيلة يمكن أن تتغير».";
    assert_eq!(status(text), (Status::Incident, None));
    // a month's dead told as "هذه الحصيلة", with no incident named, stay a statistic
    let text = "واوضحت (يونامي) في بيان صحفي ان هذه الحصيلة تتضمن 844 قتيلا من العراقيين المدنيين \
                من بينهم 27 قتيلا من منتسبي قوات الشرطة المدنية.";
    assert_eq!(status(text).0, Status::Statistic);
}

#[test]
fn a_toll_of_acts_retold_with_a_demonstrative_is_a_statistic() {
    // (SaudiNewsNet, alwatan 2015: the toll Ankara gives of its daily raids since late July)
    let text = "وينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق. وقتل ما لا يقل عن 260 مقاتلا كرديا واصيب حوالى 400 في هذه الغارات بحسب انقرة.";
    let (s, cue) = status_of(text, "الغارات");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("هذه")));
    // one day's strikes with a toll of their own day stay an incident
    let text = "وقتل 60 مسلحا في هذه الغارات التي شنتها الطائرات أمس على مواقع التنظيم في الرقة.";
    assert_eq!(status_of(text, "الغارات").0, Status::Incident);
}

#[test]
fn attacks_counted_over_the_past_month_are_a_statistic() {
    // (SaudiNewsNet, alyaum 2015: Anadolu's tally of a month; "خلال الشهر الماضي" is a stretch
    // of time for acts in the plural, as "خلال الأشهر" is)
    let text = "وقالت وكالة أنباء الأناضول: إن 24 من أفراد قوات الأمن قتلوا في هجمات للمقاتلين الأكراد خلال الشهر الماضي كما قتل 12 من عناصر الكردستاني في هذه المصادمات.";
    let (s, cue) = status_of(text, "هجمات");
    assert_eq!((s, cue.as_deref()), (Status::Statistic, Some("خلال")));
}

#[test]
fn a_toll_told_until_a_calendar_day_is_a_statistic() {
    // "حتى" or "لغاية" right before a day told with its month: the toll is summed over the
    // days up to it, not one incident's
    let text = "وقالت وكالة الأنباء إن أكثر من 260 مسلحا قتلوا وأصيب أكثر من 400 حتى الأول من أغسطس الجاري في الغارات على معسكرات الحزب.";
    assert_eq!(status_of(text, "الغارات").0, Status::Statistic, "{text}");
    assert_no_incident(&[
        "وذكرت المنظمة أن الفترة من أول يناير وحتى 15 يوليو شهدت ارتفاعا في الإعدامات، حيث أعدمت السلطات 694 شخصا.",
    ]);
    // the end of one operation told by its weekday or from today is no span of days
    let text = "نفذت الوحدات الأمنية منذ فجر الخميس وحتى صباح الجمعة عملية أمنية في مدينة سجنان أسفرت عن مقتل أحد المطلوبين.";
    assert_eq!(status_of(text, "عملية").0, Status::Incident, "{text}");
}

#[test]
fn the_toll_of_the_acts_of_a_statistic_retold_in_the_next_sentence_is_that_statistic() {
    // "قتلوا في الغارات التركية" after "خلال أسبوعين من الغارات الجوية": a part of the count
    let text = "وذكرت الأناضول أمس أن نحو 390 مقاتلا كرديا من حزب العمال قتلوا وجرح 400 آخرون \
                خلال أسبوعين من الغارات الجوية التركية على قواعد للمتمردين في شمال العراق.\n \
                وقالت، إن أربعة من قادة الحزب ونحو 30 متمردة كردية قتلوا في الغارات التركية.";
    assert!(incident_records(text).is_empty(), "{:#?}", all(text));
    // an act of a place of its own is an incident of that place
    let text = "وقتل أكثر من 60 شخصا خلال الأسابيع الأخيرة في المواجهات في سبها. وقتل شخصان وأصيب \
                عشرة بجروح في المواجهات وسط مدينة بنغازي.";
    assert!(
        (incident_records(text).iter())
            .any(|e| e.location.as_ref().is_some_and(|l| l.text == "بنغازي")),
        "{:#?}",
        all(text)
    );
}
