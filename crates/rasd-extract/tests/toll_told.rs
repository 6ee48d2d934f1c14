//! Tolls told in wordings of the blind samples (samples BE, BF, BH) the count passes missed or
//! took wrongly: a dual with a pronoun, the dead of "لقي ... مصرعهم" set off by a comma, a list's
//! number read as a toll, the toll of a strike told before "another" strike, an earlier act's
//! toll told after "this act is not the first". The sentences are
//! the reports', cut or near-missed by hand.

mod common;

use common::{all, default_output as extract, incident_records};

#[test]
fn two_sons_told_as_a_dual_with_his_pronoun_are_two_wounded() {
    // a5707 (sample BE 2): "وأصيب نجلاه", his two sons
    let text = "قالت مصادر طبية اليوم أن فلسطينيا قتل وأصيب نجلاه برصاص جنود الاحتلال الإسرائيلي \
                أثناء اقتحامهم بلدة بيت أمر في الضفة الغربية.";
    let events = extract(text);
    let i = (events.iter())
        .find_map(|e| e.injuries.as_ref())
        .unwrap_or_else(|| panic!("wounded: {events:#?}"));
    assert_eq!((i.min, i.max), (Some(2), Some(2)), "{i:#?}");
    // one son ("نجله") is not two
    let text = "قالت مصادر طبية اليوم أن فلسطينيا قتل وأصيب نجله برصاص جنود الاحتلال الإسرائيلي \
                أثناء اقتحامهم بلدة بيت أمر في الضفة الغربية.";
    let events = extract(text);
    let i = (events.iter())
        .find_map(|e| e.injuries.as_ref())
        .unwrap_or_else(|| panic!("wounded: {events:#?}"));
    assert_ne!(i.min, Some(2), "{i:#?}");
}

#[test]
fn the_dead_of_meet_their_death_set_off_by_a_comma_are_counted() {
    // a4471 (sample BE 26): "لقي عشرات من عناصر تنظيم داعش، مصرعهم"
    let text = "لقي عشرات من عناصر تنظيم داعش، مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي \
                واستهدفت مواقع للتنظيم في عدد من القرى جنوب شرق محافظة نينوى الأربعاء.";
    let events = extract(text);
    let f = (events.iter())
        .find_map(|e| e.fatalities.as_ref())
        .unwrap_or_else(|| panic!("a toll: {events:#?}"));
    assert_eq!(f.min, Some(10), "{f:#?}");
    // an aside set off by commas ("بينهم ستة من عائلة واحدة"): the figure after the verb counts
    let text = "ولقي ثمانية مدنيين، بينهم ستة من عائلة واحدة، مصرعهم في غارة جوية على بلدة \
                الأتارب بريف حلب أمس.";
    let events = extract(text);
    let f = (events.iter())
        .find_map(|e| e.fatalities.as_ref())
        .unwrap_or_else(|| panic!("a toll: {events:#?}"));
    assert_eq!(f.min, Some(8), "{f:#?}");
    // a sentence's end still parts them
    let text = "لقي عشرات من عناصر تنظيم داعش. مصرعهم في ضربات جوية قرب الموصل الأربعاء.";
    let events = all(text);
    assert!(
        (events.iter()).all(|e| e.fatalities.as_ref().is_none_or(|f| f.min != Some(10))),
        "{events:#?}"
    );
}

#[test]
fn the_number_of_a_list_of_wanted_men_is_no_toll() {
    // a12775 (sample BF 46): "مقتل مطلوب "القائمة 23"": the list's name, one man killed
    let text = "كشفت شرطة المنطقة الشرقية تفاصيل مقتل مطلوب \"القائمة 23\" محمد علي عبدالرحيم \
                الفرج بالقطيف برصاص مسلحين مطلوبين في قضايا جنائية.";
    let events = all(text);
    let f = (events.iter())
        .find_map(|e| e.fatalities.as_ref())
        .unwrap_or_else(|| panic!("a toll: {events:#?}"));
    assert_eq!((f.min, f.max), (Some(1), Some(1)), "{f:#?}");
    // a figure after a word of death is still counted
    let text = "قتل 23 من المطلوبين في اشتباك مع قوات الأمن بالقطيف أمس.";
    let events = all(text);
    assert!(
        (events.iter()).any(|e| e.fatalities.as_ref().is_some_and(|f| f.min == Some(23))),
        "{events:#?}"
    );
}

#[test]
fn a_strike_told_as_another_in_the_feminine_keeps_its_own_toll() {
    // a16903 (sample BF 13): "غارة أخرى" in the sentence after a strike's toll is another
    // strike: its 2 dead are not the 3 of the strike told before
    let text = "وفي سياق متصل اكد مصدر محلي مقتل 3 من مسلحي الحوثي وإحراق طقم تابع لهم نتيجة \
                استهداف طائرات التحالف لتجمع لهم في جبهة الجفينة . واضاف المصدر ان غارة أخرى \
                دمرت مدفع هاون عيار (120) وقتل 2 من طاقمه واصيب 3 آخرين .";
    let events = all(text);
    let tolls: Vec<Option<u64>> = (events.iter())
        .filter_map(|e| e.fatalities.as_ref())
        .map(|f| f.min)
        .collect();
    assert!(tolls.contains(&Some(3)), "{events:#?}");
    assert!(tolls.contains(&Some(2)), "{events:#?}");
    // "أخرى" after a plural is more of a kind, not another act: one incident
    let text = "وفي سياق متصل اكد مصدر محلي مقتل 3 من مسلحي الحوثي نتيجة استهداف طائرات التحالف \
                لتجمع لهم في جبهة الجفينة . واضاف المصدر ان غارات أخرى دمرت مدفع هاون عيار \
                (120) .";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn a_headline_telling_the_bodys_final_small_toll_at_its_town_is_that_incident() {
    // a28479 (sample BF 25): the headline's 4 dead, the lead's 3 (kept apart from the
    // headline), then the governor's 3 attackers and a policeman: one incident, with the
    // lead's wounded and day
    let text = "انفجار عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص\n\
                قالت وكالة دوجان للأنباء اليوم الاثنين إن ثلاثة أشخاص قتلوا كما أصيب مالايقل عن \
                عشرة آخرين في انفجار وقع عند مركز للشرطة في ضاحية باسطنبول. وأكدت قيادة شرطة \
                اسطنبول في بيان إن ثلاثة رجال شرطة وسبعة مدنيين أصيبوا في الانفجار ولكنها لم تذكر \
                عدد القتلى، وأكد مكتب حاكم اسطنبول مقتل ثلاثة مهاجمين ورجل شرطة في الهجوم.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    let i = events[0].injuries.as_ref();
    assert_eq!(i.map(|i| i.min), Some(Some(10)), "{events:#?}");
    // the same small toll told of another town is another incident
    let text = "انفجار عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص\n\
                قالت وكالة دوجان للأنباء اليوم الاثنين إن ثلاثة أشخاص قتلوا كما أصيب مالايقل عن \
                عشرة آخرين في انفجار وقع عند مركز للشرطة في أنقرة. وأكد مكتب الحاكم مقتل ثلاثة \
                مهاجمين ورجل شرطة في الهجوم.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

/// The largest death toll of the events extracted from `text`.
fn most_dead(text: &str) -> Option<u64> {
    all(text)
        .iter()
        .filter_map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .max()
}

#[test]
fn a_toll_told_after_this_act_is_not_the_first_is_an_earlier_incidents() {
    // a17798 (sample BH 20): the strike of last week killed three; the four of April are an
    // earlier strike's, told after "this strike is not the first"
    let text = "وأعيد الضوء إلى المقاومة السورية لتحرير الجولان أخيرًا، بعد ضربة جوية نفذتها طائرة \
                إسرائيلية من دون طيار في بلدة حضر السورية المحاذية لهضبة الجولان السوري المحتل، \
                الأسبوع الماضي، وأسفرت عن مقتل ثلاثة عناصر منها، علمًا بأن هذه الضربة ليست الأولى، \
                إذ قتل أربعة آخرون في شهر أبريل (نيسان) الماضي منهم، إثر ضربة إسرائيلية أيضًا، قرب \
                الشريط الحدودي مع الجولان، بحسب ما أعلنت تل أبيب.";
    assert_eq!(most_dead(text), Some(3));
    // without it, the four told after the three are more dead of the strike
    let text = "وأعيد الضوء إلى المقاومة السورية لتحرير الجولان أخيرًا، بعد ضربة جوية نفذتها طائرة \
                إسرائيلية من دون طيار في بلدة حضر السورية المحاذية لهضبة الجولان السوري المحتل، \
                الأسبوع الماضي، وأسفرت عن مقتل ثلاثة عناصر منها، إذ قتل أربعة آخرون منهم، قرب \
                الشريط الحدودي مع الجولان، بحسب ما أعلنت تل أبيب.";
    assert_eq!(most_dead(text), Some(7));
}
