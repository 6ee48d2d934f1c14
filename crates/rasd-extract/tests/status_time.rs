//! Time read in a candidate's sentence for its status (`status/time.rs` and the span ago): an
//! act anchoring an interval of years, an act a month ago, fighting since a past year.

mod common;

use common::{all, all_published, default_output, incident_records, status, status_of};
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
fn an_act_of_the_last_month_told_late_in_a_month_is_background() {
    // told on 27 July, "الشهر الماضي" is June, whose middle lies six weeks back: history
    let text = "كما كتب زعيمها مقالا لزعيم «القاعدة» في اليمن الذي قتل جراء غارة جوية بطائرة \
                أميركية مسيرة الشهر الماضي، ناصر الوحيشي.";
    let events = all_published("2015-07-27", text);
    let e = (events.iter().find(|e| e.trigger.text.contains("غارة")))
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(e.status, Status::Background, "{events:#?}");
    assert_eq!(
        e.status_cue.as_ref().map(|c| c.text.as_str()),
        Some("الشهر الماضي")
    );
    // told on 5 July, June is the last weeks: news
    let events = all_published("2015-07-05", text);
    assert!(
        events.iter().any(|e| e.status == Status::Incident),
        "{events:#?}"
    );
    // so after a past verb of being
    let text = "وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبنى المجمع الحكومي في ذمار الشهر \
                الماضي.";
    let events = all_published("2015-07-27", text);
    assert!(
        events.iter().all(|e| e.status == Status::Background),
        "{events:#?}"
    );
    // a part of the month tells when in it: its late days are news on 27 July
    let late = text.replace("الشهر الماضي", "أواخر الشهر الماضي");
    let events = all_published("2015-07-27", &late);
    assert!(
        events.iter().any(|e| e.status == Status::Incident),
        "{events:#?}"
    );
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

#[test]
fn a_paragraph_anchored_to_a_past_time_tells_history() {
    // the sentence before dates the paragraph three years back: the shooting it goes on to tell
    // with no time of its own is that night's, history
    let past = "وسوف يتلو القاضي الحكم النهائي بعد أسابيع. وكان هولمس قد دخل بسلاحه في 20 يوليو \
                2012 الى دار للسينما كانت القاعة فيها مكتظة بالمشاهدين.";
    let text = format!(
        "{past} وقال احد الشهود انه فتح النار عشوائيا من بندقية صيد ما اسفر عن مقتل 12 شخصا."
    );
    let (s, cue) = status_of(&text, "النار");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("20 يوليو 2012"))
    );
    // so does a past era named before it ("في تسعينات القرن الماضي")
    let text = "وشكلت المنطقة في تسعينات القرن الماضي أحد معاقل الجماعات المسلحة. وقتل مسلحون \
                عشرين قرويا في هجوم على قرية جبلية.";
    assert_eq!(status_of(text, "هجوم").0, Status::Background);
}

#[test]
fn a_new_anchor_brings_the_paragraph_back_to_the_news() {
    let past = "وكان هولمس قد دخل بسلاحه في 20 يوليو 2012 الى دار للسينما في ولاية كولورادو.";
    for next in [
        // a recent day of its own
        "وقتل مسلح أمس ثلاثة أشخاص في إطلاق نار داخل دار للسينما في مدينة دنفر.",
        // a word of the last hours
        "وقتل مسلح ثلاثة أشخاص في إطلاق نار داخل دار للسينما في مدينة دنفر خلال الساعات الماضية.",
        // another thread opened on a place
        "وفي دنفر، قتل مسلح ثلاثة أشخاص في إطلاق نار داخل دار للسينما.",
    ] {
        let text = format!("{past} {next}");
        assert_eq!(status_of(&text, "إطلاق نار").0, Status::Incident, "{next}");
    }
    // a new paragraph (a line break) ends the anchor's reach
    let text = format!("{past}\nوقتل مسلح ثلاثة أشخاص في إطلاق نار داخل دار للسينما في مدينة دنفر.");
    assert_eq!(status_of(&text, "إطلاق نار").0, Status::Incident);
}

#[test]
fn a_past_date_of_a_stretch_or_of_a_noun_anchors_nothing() {
    for before in [
        // the start of a stretch ("منذ يونيو 2014")
        "ويسيطر التنظيم على المدينة منذ يونيو 2014.",
        // the past of a noun, in a relative clause
        "وقال المصدر إن الحوثيين الذين سيطروا على العاصمة في سبتمبر الماضي يحاصرون المدينة.",
    ] {
        let text = format!("{before} وقتل ثلاثة مدنيين في قصف على حي المعلا في عدن.");
        assert_eq!(status_of(&text, "قصف").0, Status::Incident, "{before}");
    }
}

#[test]
fn an_act_added_to_a_list_recalled_as_history_is_background() {
    // "كما" opens a sentence right after one that recalls an earlier bombing ("سبق أن"): the
    // act it adds, with no day of its own, is another of that past, not today's news
    let before = "يذكر أن أصحاب الأفكار الضالة سبق أن استهدفوا المصلين في جامع بمدينة الدمام، \
                  ما أسفر عن مقتل 4 من المصلين.";
    let text = format!(
        "{before} كما قام التنظيم الإرهابي بتفجير مسجد في بلدة القديح، ما أسفر عن سقوط 21 قتيلا."
    );
    let (s, cue) = status_of(&text, "تفجير");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("أن")));
    // a day of its own makes it the news ("كما ... أمس")
    let text = format!(
        "{before} كما قام التنظيم الإرهابي أمس بتفجير مسجد في بلدة القديح، ما أسفر عن سقوط 21 قتيلا."
    );
    assert_eq!(status_of(&text, "تفجير").0, Status::Incident);
    // so does a sentence before it that tells no history
    let text = "استهدف مسلحون المصلين في جامع بمدينة الدمام، ما أسفر عن مقتل 4 من المصلين. كما \
                قام التنظيم الإرهابي بتفجير مسجد في بلدة القديح، ما أسفر عن سقوط 21 قتيلا.";
    assert_eq!(status_of(text, "تفجير").0, Status::Incident);
    // and a line break between them (a new paragraph)
    let text = format!(
        "{before}\nكما قام التنظيم الإرهابي بتفجير مسجد في بلدة القديح، ما أسفر عن سقوط 21 قتيلا."
    );
    assert_eq!(status_of(&text, "تفجير").0, Status::Incident);
}

#[test]
fn an_act_told_with_in_the_past_right_after_it_is_background() {
    // "في السابق" right after the verb: an earlier act, recalled
    let text =
        "وأشار المتحدث إلى أن ميليشيات الحوثي اختطفت في السابق بعض المواد التي أرسلت إلى عدن.";
    let (s, cue) = status_of(text, "اختطفت");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("في")));
    // with no such word, the seizure is news
    let text = "وأشار المتحدث إلى أن ميليشيات الحوثي اختطفت بعض المواد التي أرسلت إلى عدن.";
    assert_eq!(status_of(text, "اختطفت").0, Status::Incident);
}

#[test]
fn an_earlier_act_of_a_series_is_background() {
    // the story's act counted as the fourth of a series; the acts told after "حيث"/"تلته"
    // are the earlier ones (sample-free text of the Asir coverage's kind)
    let text = "وتعتبر الجريمة الإرهابية التي وقعت أمس الخميس في مسجد بعسير رابع عملية إرهابية \
                تستهدف المصلين منذ بداية العام الحالي، حيث استهدف التنظيم مسجدا في قرية الدالوة، \
                تلته عملية انتحارية في مسجد في القديح بمحافظة القطيف.";
    let (s, cue) = status_of(text, "عملية انتحارية");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("رابع")));
    // with no ordinal of a series, a clash that followed an attack is news
    let text = "هاجمت جبهة النصرة اليوم الجمعة مقرا للفرقة 30، تلته اشتباكات في شمال سوريا \
                تسببت بمقتل 11 شخصا.";
    assert_eq!(status_of(text, "اشتباكات").0, Status::Incident);
    // nor is an earlier act with a day of its own
    let text = "والهجوم على سيفاري هو الثالث من نوعه خلال أقل من أسبوع في مالي بعد هجومين: \
                اثنان قتلا في كمين قرب مدينة نامبالا في الأول من أغسطس.";
    assert_eq!(status_of(text, "كمين").0, Status::Incident);
}

#[test]
fn an_act_told_with_a_span_of_years_is_background() {
    // acts surveyed over a span of years, told of an event word before them
    let text = "وكشفت العمليات الإرهابية المتفرقة على مدى أكثر من 12 عاماً عن تغير في طرق \
                التنفيذ، بدأت بسيارات مفخخة يقودها انتحاري تستهدف مجمعات سكنية في الرياض.";
    let (s, cue) = status_of(text, "انتحاري");
    assert_eq!(s, Status::Background);
    assert!(cue.is_some_and(|c| c.ends_with("عاماً")));
    // arrests counted over years, the span a few words after the act
    let text = "تمكنت الأجهزة الأمنية من القبض على 4336 متهما بالانضمام لخلايا إرهابية خلال الـ12 \
                عاما الماضية.";
    assert_eq!(status_of(text, "القبض على").0, Status::Background);
    // a span told of something else, far after the act, dates nothing
    let text = "وحمل الفلسطينيون الحكومة المسؤولية عن الهجوم الذي قتل فيه طفل، معتبرين أن الهجوم \
                هو النتيجة المباشرة لإفلات إرهاب المستوطنين من العقاب طوال عقود.";
    assert_ne!(status_of(text, "الهجوم").0, Status::Background);
    // nor an age in years
    let text = "قتل شاب 24 عاما خلال اشتباك مسلح في مدينة عدن.";
    assert_eq!(status_of(text, "اشتباك").0, Status::Incident);
}

#[test]
fn an_act_told_with_a_span_of_months_is_background() {
    // a span of past months opens the clause of the act, with no day of its own: the act lies
    // somewhere in those months, longer back than the news
    let text = "وبات القضاة في مصر محل استهداف عناصر إرهابية، وخلال الشهور الثلاثة الماضية قتل \
                النائب العام المستشار هشام بركات في تفجير استهدف موكبه.";
    let (s, cue) = status_of(text, "تفجير");
    assert_eq!(s, Status::Background, "{cue:?}");
    assert!(cue.is_some_and(|c| c.ends_with("الشهور")));
    // the span read as one phrase ("خلال الأشهر الأخيرة")
    let text = "وكان الجيش النيجيري أعلن خلال الأشهر الأخيرة أنه حرر مئات النساء والأطفال كانت \
                الحركة المتطرفة تحتجزهم رهائن.";
    assert_eq!(status_of(text, "رهائن").0, Status::Background);
    // a single month is no span of months ("خلال شهر رمضان")
    let text = "قتل خمسة أشخاص في تفجير استهدف سوقا شعبية خلال شهر رمضان في مدينة بعقوبة.";
    assert_eq!(status_of(text, "تفجير").0, Status::Incident);
}

#[test]
fn an_act_after_a_word_pointing_back_at_a_past_time_is_background() {
    // "وقتها": the bombings of that past time the story told before, no news
    let text = "اصطحب أبناءه معه إلى مدينة القبة، لكن القبة لم تسلم وقتها من هجمات «داعش» \
                بالسيارات المفخخة.";
    let (s, cue) = status_of(text, "المفخخة");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("وقتها")));
    // after the act, the word is that act's own moment, not a past time
    let text = "وصلتني رسالة تفيد بأن هناك تفجيرا في مسجد قوات الطوارئ مساء أمس، حاولت \
                الاتصال وقتها بأشخاص أعرفهم هناك.";
    assert_eq!(status_of(text, "تفجيرا").0, Status::Incident);
}

#[test]
fn an_act_whose_phrase_ends_on_a_past_year_is_background() {
    // the year closes the act's phrase a few words on: history named by its year
    let text =
        "وتغير المشهد الأمني بعد تفجيرات السوق الكبير في مدينة الخبر 1996، كما يقول الباحثون.";
    let (s, cue) = status_of(text, "تفجيرات");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("1996")));
    // a year after a relative pronoun is the time of something else, a figure before a noun a
    // count
    let text = "ونفذت الطائرات غارات جوية على مواقع الجماعة التي تأسست 2010، بحسب البيان.";
    assert_ne!(status_of(text, "غارات").1.as_deref(), Some("2010"));
    let text = "وخسر المتمردون في المعارك بحسب التقديرات 1500 مقاتل في محافظة صعدة.";
    assert_ne!(status_of(text, "المعارك").1.as_deref(), Some("1500"));
}

#[test]
fn a_season_or_a_part_of_a_past_year_dates_the_act() {
    // "في صيف 2014", "في نهاية 1990": a year of its own, long past: history
    let text = "وسيطر المسلحون على مجمل المحافظة في صيف 2014 بما فيها مدينة الميادين.";
    assert_eq!(status_of(text, "سيطر").0, Status::Background);
    let text = "وفي نهاية 1990 فر الرئيس من العاصمة أمام هجوم خاطف شنه المتمردون.";
    assert_eq!(status_of(text, "هجوم").0, Status::Background);
    // a part of a month keeps its month ("أواخر يوليو"): no year of its own
    let text = "وقتل ثلاثة جنود في هجوم على حاجز للجيش في أواخر يوليو في مدينة العريش.";
    assert_eq!(status_of(text, "هجوم").0, Status::Incident);
}

#[test]
fn an_undated_act_retelling_a_past_incidents_toll_is_that_history() {
    // the lead dates the shooting three years back; a later sentence tells it again with its
    // toll and no time of its own: no incident of today
    let text = "أفلت مطلق النار الذي قتل 12 شخصا داخل دار للسينما في 2012 من عقوبة الإعدام. \
                وقال القاضي إن الحكم سيصدر الأسبوع المقبل. وكان يرتدي ملابس واقية وتمكن من \
                إطلاق مئات الرصاصات وقتل 12 شخصا بينهم طفلة.";
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    // today's shooting of another toll stays an incident
    let text = "أفلت مطلق النار الذي قتل 12 شخصا داخل دار للسينما في 2012 من عقوبة الإعدام. \
                وقال القاضي إن الحكم سيصدر الأسبوع المقبل. وقتل مسلح سبعة أشخاص في هجوم على \
                مدرسة في مدينة دنفر أمس.";
    assert_eq!(default_output(text).len(), 1, "{:#?}", all(text));
}

#[test]
fn a_bombing_named_before_the_story_dates_it_long_past_is_that_history() {
    // the lead names the bombing ("بعد نحو شهر من كشف ملابسات التفجير الإرهابي") on the day
    // of the arrests it tells; a later sentence dates it 26 June, more than 30 days back
    let text = "كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية لتنظيم داعش الإرهابي تضم 5 \
                مواطنين كويتيين في ضربة استباقية للإرهاب وبعد نحو شهر من كشف ملابسات التفجير \
                الإرهابي في مسجد الصادق. وتأتي هذه الخطوة في أعقاب تمكن وزارة الداخلية من كشف \
                ملابسات التفجير الإرهابي في مسجد الإمام (الصادق) في 26 يونيو الماضي الذي أدى إلى \
                استشهاد 26 شخصا وإصابة 227 آخرين.";
    assert!(incident_records(text).is_empty(), "{:#?}", all(text));
}

#[test]
fn an_act_a_commemoration_recalls_is_background() {
    // "لإحياء ذكرى": the shooting the protests commemorate, a year back
    let text = "قال شاهد إن عشرات المحتجين اعتقلوا يوم الاثنين بعدما عطلوا المرور على طريق سريع \
                يبعد كيلومترات عن فيرجسون خلال احتجاجات لإحياء ذكرى إطلاق الشرطة النار على براون.";
    let (s, cue) = status_of(text, "النار");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("إحياء ذكرى"))
    );
}

#[test]
fn an_act_during_a_sides_past_occupation_is_background() {
    // "خلال فترة اجتياحهم لعدن": the months the rebels held the city, no day of its own
    let text = "وكان المتمردون الحوثيون قد تعمدوا خلال فترة اجتياحهم لعدن مهاجمة المستشفيات \
                وقصفها بالقذائف والقنابل، كما منعوا دخول إمدادات الأدوية.";
    let (s, cue) = status_of(text, "القذائف");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("اجتياحهم")));
}

#[test]
fn an_act_told_only_as_following_an_act_of_a_past_year_is_background() {
    // "بعد هجمات «القاعدة» على أميركا 2001": the strikes are of that past, fourteen years back
    let text = "ومن الأسباب أن الملا عمر رفض التخلي عن «القاعدة» وأسامة بن لادن بعد مطاردة أميركا \
                له، وشن غاراتها على طالبان في أفغانستان، بعد هجمات «القاعدة» على أميركا 2001.";
    let (s, cue) = status_of(text, "غاراتها");
    assert_eq!(
        (s, cue.as_deref()),
        (
            Status::Background,
            Some("بعد هجمات «القاعدة» على أميركا 2001")
        )
    );
    // after an act of no past year, or with a day of its own, it is news
    let text =
        "وشن الطيران الأميركي غارات على مواقع طالبان في أفغانستان، بعد هجمات الحركة على قندوز.";
    assert_eq!(status_of(text, "الطيران").0, Status::Incident);
    let text = "وشن الطيران الأميركي أمس غارات على مواقع طالبان في أفغانستان، بعد هجمات 2001.";
    assert_eq!(status_of(text, "الطيران").0, Status::Incident);
}
