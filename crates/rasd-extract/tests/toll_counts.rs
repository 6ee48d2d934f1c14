//! Tolls read off the words of one sentence part (DESIGN.md §2): captives are no dead, and an
//! interval told with "فقط" keeps the other incident's figures apart. Sentences written for
//! these tests.

mod common;

use common::incident_records;
use rasd_core::Qualifier;

fn dead(text: &str) -> Vec<(Option<u64>, Qualifier)> {
    (incident_records(text).iter())
        .filter_map(|e| e.fatalities.as_ref().map(|f| (f.min, f.qualifier)))
        .collect()
}

#[test]
fn a_figure_after_a_verb_of_capture_counts_captives() {
    // "كما أسر 12 آخرون": the twelve were taken, not killed; the dead are 40 and 9
    let text = "وقالت مصادر طبية إن نحو 40 حوثيا قتلوا كما أسر 12 آخرون، في حين قتل 9 من رجال \
                المقاومة في المعارك التي دارت أمس في مدينة تعز.";
    assert_eq!(
        dead(text),
        vec![(Some(49), Qualifier::Approx)],
        "{:#?}",
        incident_records(text)
    );
    let text = "وأوضح المصدر أن المقاومة في مديرية الوازعية أسرت ستة وقتلت 15 من المسلحين أمس.";
    assert_eq!(
        dead(text),
        vec![(Some(15), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn an_interval_told_with_only_keeps_the_other_incident_apart() {
    // "بعد خمسة أيام فقط على هجوم آخر": the nine dead are the other attack's
    let text = "قتل انتحاري 20 شخصا أمس في سوق بمدينة مايدوغوري، بعد خمسة أيام فقط على هجوم \
                انتحاري آخر وقع في بلدة قريبة وأسفر عن 9 قتلى.";
    let tolls: Vec<_> = dead(text).into_iter().map(|(n, _)| n).collect();
    assert!(tolls.contains(&Some(20)), "{:#?}", incident_records(text));
    assert!(!tolls.contains(&Some(29)), "{:#?}", incident_records(text));
}

fn wounded(text: &str) -> Vec<Option<u64>> {
    (incident_records(text).iter())
        .filter_map(|e| e.injuries.as_ref().map(|f| f.min))
        .collect()
}

#[test]
fn the_other_sides_wounded_add_with_its_dead() {
    // the resistance's 5 dead add to the 12 Houthis, and its 14 wounded to the 30
    let text = "وأفادت مصادر محلية بمقتل 12 وإصابة 30 من مسلحي الحوثي في مدينة تعز أمس. وقالت \
                المصادر إن 5 قتلى سقطوا في صفوف المقاومة وأصيب 14 آخرون.";
    assert_eq!(dead(text), vec![(Some(17), Qualifier::Exact)]);
    assert_eq!(
        wounded(text),
        vec![Some(44)],
        "{:#?}",
        incident_records(text)
    );
    // the same wounded told again are no other side's
    let text = "وأفادت مصادر محلية بمقتل 12 وإصابة 30 في مدينة تعز أمس. وقالت المصادر إن 5 \
                قتلى سقطوا في صفوف المقاومة من بين 30 أصيبوا.";
    assert!(
        !wounded(text).contains(&Some(60)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_tribes_dead_told_by_its_own_spokesman_add_to_the_others() {
    // a clash between two tribes: each side's spokesman tells its own dead and wounded, and the
    // members "من القبيلة" counted before the word of death are the other side's
    let text = "قتل 15 مسلحا من قبائل الشمال وجرح ستة في اشتباكات قبلية في مدينة مرزق أمس. وقال \
                متحدث باسم القبيلة الأخرى إن خمسة أفراد من القبيلة قتلوا وجرح 11 آخرون.";
    assert_eq!(
        dead(text),
        vec![(Some(20), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    assert_eq!(
        wounded(text),
        vec![Some(17)],
        "{:#?}",
        incident_records(text)
    );
    // without the word of a tribe the later figure is another account, not added
    let text = "قتل 15 مسلحا من قبائل الشمال وجرح ستة في اشتباكات قبلية في مدينة مرزق أمس. وقال \
                متحدث باسم القبيلة الأخرى إن خمسة أفراد قتلوا وجرح 11 آخرون.";
    assert!(
        !dead(text).contains(&(Some(20), Qualifier::Exact)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_figure_joined_to_some_of_the_dead_names_more_of_them() {
    // "بينهم 12 طفلا وست نساء": the six women are some of the 57, as the fifteen of the 215
    let text = "وقال مدير عام الصحة في محافظة عدن إن 57 مدنيا بينهم 12 طفلا وست نساء قتلوا وأصيب \
                أكثر من 215 آخرين بجروح بينهم 25 طفلا و15 امرأة في قصف للمتمردين على حي دار سعد \
                أمس.";
    assert_eq!(dead(text), vec![(Some(57), Qualifier::Exact)]);
    assert_eq!(
        wounded(text),
        vec![Some(215)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn among_the_dead_names_some_of_them() {
    // "بين القتلى خمسة ... وخمسة": ten of the twelve, no more dead
    let text = "وقال مصدر عسكري إن 12 شخصا قتلوا خلال الهجوم على فندق في مدينة سيفاري أمس، \
                وأضاف أن بين القتلى \"خمسة من القوات المالية وخمسة إرهابيين\".";
    assert_eq!(
        dead(text),
        vec![(Some(12), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // "اثنين من قادة طالبان ... من بين القتلى": two of the 18, no toll of two
    let text = "قتل 18 متمردا على الأقل في إقليم فارياب أمس بعد أن شنت قوات الأمن الأفغانية عملية \
                عسكرية. وأضاف المسؤول أن اثنين من قادة طالبان من بين القتلى.";
    let tolls: Vec<_> = dead(text).into_iter().map(|(n, _)| n).collect();
    assert!(
        !tolls.contains(&Some(20)) && !tolls.contains(&Some(2)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn deaths_with_no_figure_and_a_toll_of_one_agree() {
    // the attack near Lyon, with a death told without a figure, is the one told later of France
    // with "قتل شخص واحد": one record, one dead
    let text = "هاجم مسلح مصنعا للغاز قرب مدينة ليون الفرنسية أمس وقتل فيه صاحب الشركة التي يعمل \
                فيها ذبحا. وقال وزير الداخلية إن المهاجم اعتقل. وفي تونس قتل 39 سائحا في هجوم على \
                فندق بمدينة سوسة. كما قتل شخص واحد وجرح آخران عندما هاجم شخص مصنعا للغاز بجنوب \
                شرقي فرنسا.";
    let attacks: Vec<_> = (incident_records(text).into_iter())
        .filter(|e| e.sub_event_type == "Attack")
        .collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    let dead = attacks[0].fatalities.as_ref().map(|f| (f.min, f.qualifier));
    assert_eq!(dead, Some((Some(1), Qualifier::Exact)), "{attacks:#?}");
}

#[test]
fn the_other_sides_dead_told_apart_add_to_the_clash() {
    // the resistance's 3 dead, told in the next sentence, add to the 17 Houthis of the clash
    let text = "وقتل 17 مسلحا من الحوثيين وأصيب العشرات في مواجهات بمناطق متفرقة من مدينة تعز مع \
                قوات المقاومة الشعبية أمس. وأشارت مصادر محلية إلى مقتل 3 من المقاومة الشعبية \
                وإصابة 7 آخرين.";
    assert_eq!(
        dead(text),
        vec![(Some(20), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // the same side's dead told again are no other side's
    let text = "وقتل 17 مسلحا من الحوثيين في مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة \
                الشعبية أمس. وأشارت مصادر محلية إلى مقتل 3 من الحوثيين.";
    assert!(
        !dead(text).contains(&(Some(20), Qualifier::Exact)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn the_gunman_killed_after_the_act_adds_to_the_victims_toll() {
    // the Sousse hotel attack (a9211, sample BC 35): 38 dead told, then the gunman shot dead by
    // the security units "قبل أن ترديه وحدات امنية قتيلا" in the next sentence: 39
    let text = "واهتزت صورة القطاع السياحي في تونس بقوة بعد هجوم نفذه عنصر مسلح على فندق \"ريو امبريال مرحبا\" في 26 يونيو الماضي مخلفا 38 قتيلا أغلبهم من البريطانيين والعشرات من الجرحى. \
                ورسمت الطريقة التي نفذ بها المسلح وهو يتحرك بهدوء أثناء هجومه بدءا من الشاطئ ضد السياح الممددين ثم داخل النزل قبل أن ترديه وحدات امنية قتيلا بعد وقت من مغادرته، تحفظات قوية لدى دول غربية من قدرة تونس على تأمين رعاياها من السياح.";
    // (told a month after, the attack is a retelling: every record is read, status aside)
    let events = common::all(text);
    let told: Vec<_> = (events.iter())
        .filter_map(|e| e.fatalities.as_ref().map(|f| (f.min, f.qualifier)))
        .collect();
    assert_eq!(told, vec![(Some(39), Qualifier::Exact)], "{events:#?}");
    // the attackers killed told apart with no act of their own add too (a25167, the Sévaré
    // hotel siege: six dead, then three attackers killed: 9)
    let text = "وهاجم مسلحون فندق بيبلوس الذي يستخدمه موظفو الأمم المتحدة في بلدة سيفاري في وقت مبكر من صباح أمس الجمعة.\n\
                وقتل المسلحون ستة أشخاص على الأقل، بينهم خمسة جنود وموظف في بعثة حفظ السلام التابعة للأمم المتحدة في مالي (مينوسما) وصدّوا محاولات لطردهم.\n\
                وقتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة.";
    assert_eq!(
        dead(text),
        vec![(Some(9), Qualifier::AtLeast)],
        "{:#?}",
        incident_records(text)
    );
}

fn wounded_told(text: &str) -> Vec<(Option<u64>, Qualifier)> {
    (incident_records(text).iter())
        .filter_map(|e| e.injuries.as_ref().map(|f| (f.min, f.qualifier)))
        .collect()
}

#[test]
fn another_after_a_word_of_injury_counts_one() {
    // "وأصيب آخر": one more person, wounded; "آخرين" would be some
    let text = "قتل شرطي وأصيب آخر بالرصاص أمس في هجوم وقع في شارع في أحد أحياء دياربكر كبرى مدن \
                جنوب شرق تركيا حيث الغالبية الكردية حسب ما أفاد مصدر طبي.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(1), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "وأوضح الناطق الإعلامي بشرطة منطقة عسير الرائد زيد محمد القحطاني، في وقت سابق أنه \
                ورد لشرطة محافظة خميس مشيط بلاغ عن حدوث إطلاق نار نتج عنه مقتل ثلاثة أشخاص \
                وإصابة آخر، مؤكدا أنه تم القبض على الجاني، واتخاذ الإجراءات النظامية.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(1), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "أسفر الانفجار في بلدة الجزيرة أمس عن مقتل شخص وإصابة آخرين بجروح.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(1), Qualifier::Unknown)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_dual_of_protesters_or_fighters_counts_two() {
    // "أصيب متظاهران": two protesters wounded, not some
    let text = "وخلال المسيرة الأسبوعية لأهالي قرية النبي صالح غربي رام الله، احتجاجا على الجدار، \
                أصيب متظاهران بإصابات متوسطة من العيارات النارية لجيش الاحتلال.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // "قتل حوثيان": two dead
    let text = "وفي محافظة الحديدة، قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على نقطة تابعة \
                للمتمردين بمديرية باجل غربي اليمن.";
    assert_eq!(
        dead(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn two_others_count_two_and_a_dual_after_a_dual_is_its_adjective() {
    // "وجرح آخران": two more, wounded
    let text = "قالت مصادر أمنية إنّ جنديين تركيين قتلا وجرح آخران، عندما فجّر مقاتلون لغمًا محلي \
                الصنع اليوم (الثلاثاء)، في إقليم شرناق بجنوب شرق البلاد.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // "طفلان شقيقان", "جنديان آخران": two, not four
    let text = "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان.";
    assert_eq!(
        dead(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "كما قتل امس الخميس ضابط تركي واصيب جنديان اخران في هجوم لداعش على الحدود مع سورية.";
    assert_eq!(
        wounded_told(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn persons_named_before_a_joined_figure_add_to_it() {
    // "قتل جندي دولي وثمانية مقاتلين أفغان": the soldier and his adjective, then "و" + eight
    // (a28551); "إصابة فتاة وطفلين": a girl and two children, three (a10635)
    let text = "وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة \
                للقوات الأجنبية في كابول مساء الجمعة الماضية وفقا لما ذكره الناتو.";
    assert_eq!(
        dead(text),
        vec![(Some(9), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "صرح المتحدث الإعلامي للدفاع المدني بمنطقة نجران بأن رجال الدفاع المدني باشروا \
                بلاغًا بعد عصر اليوم عن سقوط قذيفة من داخل الحدود اليمنية على منزل بمدينة نجران \
                نتج عنه إصابة فتاة وطفلين سعوديين، وجرى نقلهم للمستشفى.";
    assert_eq!(
        wounded(text),
        vec![Some(3)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn persons_of_rank_joined_by_and_count_each_and_the_title_of_some_dead_is_their_incident() {
    // "قتل نقيب شرطة ومجند": a captain of the police and a conscript, two dead; the title's
    // "مقتل وإصابة خمسة" tells the dead with no figure of them, no toll that differs (a27382)
    let text = "مقتل وإصابة خمسة من رجال الأمن بمصر\n قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون، إثر \
                انفجار عبوة ناسفة بمدينة العريش في محافظة شمال سيناء.";
    assert_eq!(
        dead(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    assert_eq!(
        wounded(text),
        vec![Some(3)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_person_and_a_member_of_his_family_joined_by_and_count_two() {
    // "إصابة رجل وزوجته": a man and his own wife, two wounded (sample BB 2, a18752); "امرأة
    // وابنها" two; a definite person noun names persons told already ("قتل الرضيع ووالده",
    // an act told again, a29144): not read
    let text = "كما أفاد مصدر أمني عن إصابة رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون \
                على منزلهما في حي الواسطي جنوبي مدينة كركوك.";
    assert_eq!(
        wounded(text),
        vec![Some(2)],
        "{:#?}",
        incident_records(text)
    );
    let text = "قتلت امرأة وابنها بقصف مدفعي على حي سكني في مدينة تعز.";
    assert_eq!(
        dead(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "قتل الرضيع ووالده بقصف مدفعي على حي سكني في مدينة تعز.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn tolls_told_each_at_a_place_of_its_own_are_not_summed_for_one() {
    // "ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء بقرية أرنبة، وستة ...": the toll of
    // each village; the strike placed at Arnabah counts its five dead, no wounded (sample BB
    // 22, a27356: 16 dead and 20+ wounded summed)
    let text = "وقال ناشط إعلامي من ريف إدلب، إن \"الطيران الحربي شن عدة غارات على قرى وبلدات \
                جبل الزاوية بريف إدلب، مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء \
                بقرية أرنبة، وستة شهداء بقرية جوزف، إضافة لشهيدين وعشرات الجرحى بتل النبي أيوب\".";
    let records = incident_records(text);
    let arnabah: Vec<_> = (records.iter())
        .filter(|e| e.location.as_ref().is_some_and(|l| l.name == "Arnabah"))
        .map(|e| {
            (
                e.fatalities.as_ref().and_then(|f| f.min),
                e.injuries.as_ref().and_then(|f| f.min),
            )
        })
        .collect();
    assert_eq!(arnabah, vec![(Some(5), None)], "{records:#?}");
}

#[test]
fn a_figure_before_a_verb_of_outcome_is_no_victims_count() {
    // "على منزل أحد المواطنين نتج عنه إصابة فتاة وطفلين": the citizen owns the house; the
    // wounded are the three told after "نتج عنه" (a10857)
    let text = "واصل المتمردين الحوثيين إرسال قذائفهم العشوائية على مدينة نجران حيث سقطت إحداها \
                عصر اليوم على منزل أحد المواطنين نتج عنه إصابة فتاة وطفلين سعوديين.";
    assert_eq!(
        wounded(text),
        vec![Some(3)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_figure_joined_after_a_comma_by_a_separate_and_adds_up() {
    // "قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرًا آخر": the "و" before digits is a token of
    // its own (a13: 16, not 4)
    let text = "وأفاد المرصد السوري لحقوق الإنسان بأن التنظيم تمكن أمس في ريف حمص الشرقي من قتل 4 \
                ضباط برتب عميد وعقيد، و12 عنصرًا آخر من قوات النظام في منطقة تدمر.";
    assert_eq!(
        dead(text),
        vec![(Some(16), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn the_wounds_of_one_who_died_of_them_are_no_wounded() {
    // "أصيب علاونة في صدره ... ولكنه توفي متأثرا بإصابته": the wounded is the dead (a5755)
    let text = "وأضاف المصدر أن الجيش الإسرائيلي اقتحم عدة منازل في قرية برقين، وبعدها اندلعت \
                مواجهات بين شبان فلسطينيين وقوات الجيش مما أدى إلى إصابة علاونة في صدره، حيث نقل \
                الشاب بعدها إلى مستشفى في مدينة جنين ولكنه توفي متأثرا بإصابته.";
    let records = incident_records(text);
    assert!(!records.is_empty(), "{records:#?}");
    assert!(records.iter().all(|e| e.injuries.is_none()), "{records:#?}");
    // a figure of the wounded is told all the same
    let text = "قتل شرطي متأثرا بجروحه وأصيب عشرة اشخاص في هجوم بسيارة مفخخة على مركز للشرطة في \
                اسطنبول أمس.";
    assert_eq!(
        wounded(text),
        vec![Some(10)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_person_noun_in_alif_before_a_corps_is_a_dual() {
    // "وقتل ضابطا شرطة ومجند ومسلح": two officers, a conscript and a gunman (a27655: 4, not 3);
    // "أصيب رجلا شرطة على الاقل واثنان من المدنيين": four wounded (a10787)
    let text = "وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش عاصمة محافظة شمال \
                سيناء.";
    assert_eq!(
        dead(text),
        vec![(Some(4), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    let text = "وفي إقليم نانجارهار شرق البلاد أصيب رجلا شرطة على الاقل واثنان من المدنيين بعد \
                انفجار قنبلة زرعت بالقرب من نقطة تفتيش تابعة للشرطة أمس السبت طبقا للشرطة.";
    assert_eq!(
        wounded(text),
        vec![Some(4)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_figure_counted_over_a_span_up_to_now_is_no_piece_of_the_toll() {
    // the twenty killed since the violence began are a tally; the attack's toll is the policeman
    let text = "وذكرت مصادر رسمية تركية إن حزب العمال الكردستاني واصل شن هجمات على قوات الأمن \
                التركية التي قتل نحو عشرين من أفرادها منذ اندلاع دوامة العنف الجديدة، وأضافت أن \
                هجوما وقع مساء السبت في مدينة مديات في محافظة ماردين أدى إلى مقتل شرطي.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // "ليرتفع عدد قتلى ... منذ 20 يوليو إلى 21": the count since a day, not two more dead
    let text = "وفي هجومين منفصلين بإقليمي فان واغري قتل المتمردون جنديين ليرتفع عدد قتلى أفراد \
                قوات الأمن التركية منذ 20 يوليو الماضي إلى 21 قتيلا على الأقل.";
    assert_eq!(
        dead(text),
        vec![(Some(2), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // a figure of the month beside another incident's toll
    let text = "وقعت الهجمات التي أودت بحياة 300 شخص الشهر الحالي وحده بعد ساعات على مقتل 34 \
                شخصا في انفجار بمدينة جومبي.";
    assert_eq!(
        dead(text),
        vec![(Some(34), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn figures_joined_in_a_list_told_in_apposition_are_parts_of_its_total() {
    // "13 قتيلا هم أربعة ... وخمسة ... وأربعة": who the thirteen were, not 13 more
    let text = "وأسفر الهجوم على فندق في مدينة سيفاري عن سقوط 13 قتيلا هم أربعة عسكريين ماليين \
                وخمسة موظفين في شركات متعاملة مع بعثة الأمم المتحدة في مالي وأربعة مهاجمين.";
    assert_eq!(
        dead(text),
        vec![(Some(13), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // a quotation mark and a comma inside the list
    let text = "وانتهت عملية احتجاز الرهائن في فندق بمدينة سيفاري بمقتل 13 قتيلا هم «أربعة جنود \
                من القوات المسلحة المالية، وخمسة متعاقدين مع بعثة الأمم المتحدة في مالي وأربعة \
                مهاجمين».";
    assert_eq!(
        dead(text),
        vec![(Some(13), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_death_told_after_since_is_the_anchor_of_a_time() {
    // "منذ إعلان وفاة زعيمهم": the leader's death dates the span, he is none of the six
    let text = "قتل ستة اشخاص اليوم الخميس في عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة \
                الافغانية في جنوب كابول، في أول هجوم كبير يشنه المتطرفون منذ إعلان وفاة زعيمهم \
                الملا عمر الاسبوع الماضي.";
    assert_eq!(
        dead(text),
        vec![(Some(6), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // the event word told in the phrase after "since" is the incident of the part: its dead
    // stay ("منذ مقتل رضيع فلسطيني في اعتداء بالحرق")
    let text = "وتم تحويل اثنين من المتشددين إلى الاعتقال الإداري في ثاني إجراء من نوعه منذ مقتل \
                رضيع فلسطيني في اعتداء بالحرق ارتكبه متشددون في بلدة دوما.";
    let events = common::all(text);
    assert!(
        events.iter().any(|e| e
            .fatalities
            .as_ref()
            .is_some_and(|f| f.min == Some(1) && f.qualifier == Qualifier::Exact)),
        "{events:#?}"
    );
}

#[test]
fn a_word_of_the_injured_in_a_phrase_of_condolence_or_illness_is_no_injury() {
    let wounded = |text: &str| -> Vec<Option<u64>> {
        (incident_records(text).iter())
            .map(|e| e.injuries.as_ref().and_then(|f| f.min))
            .collect()
    };
    // "هذا المصاب الجلل": the misfortune of the bombing, nobody wounded named
    let text = "وقدم أمير المنطقة عزاءه لأسر الشهداء في التفجير الإرهابي الذي استهدف مسجد قوات \
                الطوارئ في أبها، مؤكدا أن الجميع يقفون صفا واحدا في هذا المصاب الجلل.";
    assert!(
        !wounded(text).is_empty() && wounded(text).iter().all(|w| w.is_none()),
        "{:#?}",
        incident_records(text)
    );
    // "مصاب بمرض القلب": an illness
    let text = "وقصفت الميليشيات حي المعلا في مدينة عدن أمس، وقال أحد السكان وهو مصاب بمرض القلب \
                إن القصف استمر ساعات.";
    assert!(
        !wounded(text).is_empty() && wounded(text).iter().all(|w| w.is_none()),
        "{:#?}",
        incident_records(text)
    );
    // a wounded man carried to hospital stays wounded
    let text = "وأطلق مسلح النار على دورية أمنية في القطيف وتم نقل المصاب إلى المستشفى.";
    assert!(
        wounded(text).iter().any(|w| w.is_some()),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn the_one_hurt_who_died_is_no_wounded() {
    // "تم إسعاف المصاب إلى المستشفى إلا أنه فارق الحياة": the wounded man is the dead
    let text = "أبلغ مقيم مركز الضبط الأمني بمحافظة حفر الباطن أمس عن تعرض ابنه لعدة طعنات أثناء \
                تواجده بالشاحنة، وتم إسعاف المصاب إلى المستشفى إلا أنه فارق الحياة.";
    let out = incident_records(text);
    assert!(
        !out.is_empty() && out.iter().all(|e| e.injuries.is_none()),
        "{out:#?}"
    );
    assert_eq!(dead(text).len(), 1, "{out:#?}");
}

#[test]
fn a_figure_of_shells_after_a_verb_of_hitting_wounds_nobody() {
    // "أصابت ثلاث قذائف منازل": three shells hit homes; nobody wounded
    let text = "وسقطت إحدى القذائف على مقر سكن الممرضات بمستشفى ظهران الجنوب أمس ولم ينجم عنها أي \
                إصابات، فيما أصابت ثلاث قذائف منازل عدد من المواطنين في حي الإسكان.";
    let out = common::all(text);
    assert!(
        !out.is_empty()
            && out
                .iter()
                .all(|e| e.injuries.as_ref().is_none_or(|i| i.min == Some(0))),
        "{out:#?}"
    );
    // a figure of persons after it is wounded
    let text = "وقال مسؤولون إن الهجوم الانتحاري قرب مطار كابول قتل خمسة أشخاص وأصاب 16 اليوم.";
    let out = incident_records(text);
    assert!(
        out.iter()
            .any(|e| e.injuries.as_ref().and_then(|i| i.min) == Some(16)),
        "{out:#?}"
    );
}

#[test]
fn a_part_of_a_total_told_in_the_act_is_the_acts_toll() {
    // "قتل 13 ... على الاقل، ثلاثة منهم في مكمن": the ambush killed three of the thirteen dead
    // since the fighting began
    let text = "وقتل 13 جنديا وشرطيا على الاقل منذ مطلع الشهر الجاري في جنوب شرق تركيا، ثلاثة منهم \
                في مكمن استهدف الخميس قافلة عسكرية في ولاية شرناق.";
    assert_eq!(
        dead(text),
        vec![(Some(3), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
    // a part of the wounded "في حالة حرجة" tells no act: the total stands
    let text = "قتل جندي وأصيب أربعة آخرون في انفجار عبوة ناسفة بدورية للجيش في ولاية شرناق أمس، \
                اثنان منهم في حالة حرجة.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_qualified_figure_after_a_phrase_is_the_verbs() {
    // "وقتل إثر الغارة أكثر من عشرة مسلحين": the qualifier opens the figure, so the phrase
    // between the verb and it is one of a barrier word and one word, as without it
    let text = "دمرت طائرات التحالف الدولي أمس مخزنا لأسلحة تنظيم داعش في قرية بايبوخت شرق الموصل، \
                وقتل إثر الغارة أكثر من عشرة مسلحين من داعش.";
    assert_eq!(
        dead(text),
        vec![(Some(10), Qualifier::AtLeast)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_wave_of_bombings_tells_the_sum_not_one_bombings_toll() {
    // the day's toll of three bombings, told with "موجة التفجيرات", is no toll of the last one
    let text = "وأفادت وزارة الداخلية الأفغانية أن أربعة متشددين شنوا هجوما على قاعدة عسكرية على \
                ضواحي كابل بسيارة مفخخة الليلة الماضية.\n\
                وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة، الذي أعقب تفجيرا انتحاريا خارج \
                أكاديمية الشرطة في العاصمة والذي أسفر عن مقتل 25 من الطلبة.\n\
                وقتل 15 شخصا في وقت سابق أمس، في هجوم بشاحنة مفخخة في العاصمة كابل. وأسفرت موجة \
                التفجيرات أمس عن مقتل 49 شخصا وإصابة مئات آخرين.";
    let tolls = dead(text);
    assert!(
        !tolls.iter().any(|&(n, _)| n == Some(49)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn the_fight_told_after_a_taking_gives_the_taking_its_toll() {
    // "المعارك في هذا الحي": the fight for the quarter taken, told sentences later with its
    // toll and no place of its own, is the taking's toll, not a record of its own
    let text = "أكدت القوات الموالية للحكومة أمس الاثنين أنها بسطت سيطرتها على الجزء الأكبر من \
                حي التواهي في عدن. وقال الناطق باسم المقاومة إن «المقاتلين نجحوا في السيطرة على \
                معظم الحي». وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلاً \
                وعشرات الجرحى خلال 24 ساعة.";
    let records = incident_records(text);
    assert_eq!(records.len(), 1, "{records:#?}");
    assert_eq!(records[0].sub_event_type, "Government regains territory");
    assert_eq!(
        dead(text),
        vec![(Some(28), Qualifier::Exact)],
        "{records:#?}"
    );
    // a fight told at another province is another front's: the taking keeps no toll
    let text = "وقالت مصادر محلية إن المقاومة في تعز تمكنت من تحرير منطقة الكشار المطلة على مدينة \
                تعز. وفي شرق اليمن، قتل ما لا يقل عن 17 حوثيا خلال المواجهات الشرسة التي \
                شهدتها محافظة مأرب في الساعات الماضية.";
    let records = incident_records(text);
    assert!(
        (records.iter())
            .all(|r| r.sub_event_type != "Government regains territory" || r.fatalities.is_none()),
        "{records:#?}"
    );
}

#[test]
fn a_date_between_the_verb_of_death_and_its_figure_is_skipped() {
    // "قتلت في 14 يوليو - تموز ثلاثة مسلحين": the day told between the verb and the figure of
    // its persons is an adverbial of the verb (like "في الهجوم"), the figure is the verb's
    let text = "وكانت قوات الأمن قد قتلت في 14 يوليو - تموز ثلاثة مسلحين في عملية أمنية جرت في \
                منطقة باكسان شمالي جمهورية قبردين بلقار.";
    assert_eq!(
        dead(text),
        vec![(Some(3), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_figure_after_a_pair_of_verbs_of_death_and_injury_is_of_both() {
    // SaudiNewsNet a19122: "وقد قتل وجرح نحو 50": fifty killed and wounded together, neither
    // column's alone; the wounded are the 24 told of the other side
    let text =
        "وقامت الجبهات الأمامية على الطريق العام إلى مدينة الحوطة، عاصمة محافظة لحج، بمشاغلة \
                قوات المتمردين من الجهة الشرقية، وقد قتل وجرح نحو 50 وأسر العشرات من عناصر \
                الميليشيات والقوات المتمردة على الشرعية، فيما قتل 21 مقاتلا وجرح 24 من المقاومة \
                وقوات الجيش الموالية للشرعية.";
    assert_eq!(
        wounded(text),
        vec![Some(24)],
        "{:#?}",
        incident_records(text)
    );
    assert_eq!(dead(text), vec![(Some(21), Qualifier::Exact)]);
    // SaudiNewsNet a15173: the first verb has its own subject ("إن شخصا قتل"): one dead, and
    // the fifteen are the wounded
    let text = "قالت الشرطة في سريلانكا، أمس (الجمعة)، إن شخصا قتل وأصيب 15 في إطلاق نار على حشد \
                انتخابي في العاصمة كولومبو.";
    assert_eq!(
        wounded(text),
        vec![Some(15)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn the_wounded_of_both_sides_are_no_toll_of_a_shelling() {
    // SaudiNewsNet a3650: "العشرات من الطرفين" are the fighters of both sides hurt in the clashes
    // told before; the shelling told after them wounded two
    let text = "وأكدت المصادر ذاتها، مقتل 8 من الحوثيين وقوات صالح، إلى جانب مقتل 7 من المقاومة \
                الشعبية، خلال مواجهات دارت على عدة جبهات في تعز. كما اصيب العشرات من الطرفين فيما \
                قتل مدنين اثنين واصيب اثنان اخران في قصف عشوائي للحوثين على الاحياء السكنية.";
    assert!(
        wounded(text).contains(&Some(2)) && !wounded(text).contains(&Some(12)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn dozens_of_the_dead_and_the_wounded_are_some_of_each() {
    // SaudiNewsNet a19122: "عشرات القتلى والجرحى" counts the dead and the wounded together:
    // neither column is ten or more alone, each is some (DESIGN.md §2), and the record keeps
    // the confidence of a told figure
    let text = "وأشار إلى أن عملية تحرير العند بدأت الساعة الثالثة من فجر أمس الاثنين، منوها بأن \
                مواجهات عنيفة اندلعت في أطراف القاعدة العسكرية عقب وصول تعزيزات عسكرية من محافظة \
                عدن جنوبا، وأن هذه المواجهات أسفرت عن سقوط المواقع المحيطة بالقاعدة بيد المقاومة، \
                مخلفة عشرات القتلى والجرحى بين صفوف الميليشيات التي انسحبت تاركة مواقعها وأسلحتها.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Unknown)],
        "{:#?}",
        incident_records(text)
    );
    assert_eq!(wounded_told(text), vec![(Some(1), Qualifier::Unknown)]);
    // SaudiNewsNet a13780: a clash with no other toll stays in the default output
    let text = "وفي مدينة تعز سقط عشرات القتلى والجرحى في مواجهات عنيفة شهدتها مناطق متفرقة من \
                المدينة مساء الاربعاء.";
    let out = common::default_output(text);
    assert_eq!(out.len(), 1, "{out:#?}");
    assert_eq!(
        out[0].fatalities.as_ref().map(|f| (f.min, f.qualifier)),
        Some((Some(1), Qualifier::Unknown))
    );
}

#[test]
fn a_figure_right_before_an_act_counts_the_acts() {
    // SaudiNewsNet a18089: "لثلاثة اعتداءات انتحارية" counts three attacks, not three dead
    // added to the 44
    let text = "وكانت المنطقة الواقعة في أقصى شمال الكاميرون والمحاذية لمعاقل لبوكو حرام في \
                نيجيريا تعرضت لثلاثة اعتداءات انتحارية أوقعت 44 قتيلاً على الأقل بين الثاني \
                عشر والخامس والعشرين من تموز - يوليو.";
    assert_eq!(
        dead(text),
        vec![(Some(44), Qualifier::AtLeast)],
        "{:#?}",
        incident_records(text)
    );
    // SaudiNewsNet a227: "ثلاث هجمات إرهابية" counts the attacks, the dead are "dozens" told
    // with the wounded together (some of each)
    let text = "ثلاث هجمات إرهابية وعشرات القتلى والجرحى في كل من الكويت وتونس وفرنسا، حولت \
                جمعة مباركة في شهر رمضان إلى يوم تاريخي دامٍ.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Unknown)],
        "{:#?}",
        incident_records(text)
    );
    // SaudiNewsNet a23553: a figure before an act told with a preposition still counts the
    // wounded ("وإصابة 30 بانفجار")
    let text = "استشهاد أربعة فلسطينيين وإصابة 30 بانفجار صاروخ من مخلفات الاحتلال في رفح.";
    assert_eq!(wounded_told(text), vec![(Some(30), Qualifier::Exact)]);
}

#[test]
fn dozens_told_as_the_predicate_of_the_dead_count_them() {
    // SaudiNewsNet a20987: "قتلى الحوثيين وقوات صالح بالعشرات" tells ten dead or more, not
    // some dead of no figure
    let text = "وأشار المصدر إلى أن قتلى الحوثيين وقوات صالح بالعشرات، فيما شوهد العشرات من \
                المسلحين يلوذون بالفرار. وتستمر المعارك حتى اللحظة بين رجال المقاومة الذين شنوا \
                هجوما واسعا على مواقع الحوثيين في جبال هرمز والحمة في مديرية ذي ناعم.";
    assert_eq!(
        dead(text),
        vec![(Some(10), Qualifier::AtLeast)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_weapons_calibre_counts_no_one() {
    // SaudiNewsNet a16493: "هاون 120 ملم" is a mortar's calibre, not 120 dead; the sniper
    // killed is the one dead told
    let text = "وأضاف إبراهيم، أن «القوات الأمنية تمكنت كذلك من تدمير أربعة منازل، وقتل قناص \
                وتدمير حظيرة هاون 120 ملم، وتفجير 199 عبوة ناسفة في نفس المنطقة».";
    let told = dead(text);
    assert!(
        told.iter().all(|(n, _)| *n != Some(120)),
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn one_of_a_figure_is_among_it_and_counts_nobody_else() {
    // a8595: "أحد ثلاثة متطرفين ... قتلوا": three dead, he among them (not 1 + 3)
    let text = "وقالت وزارة الدفاع الأميركية في بيانها إن «السوداني كان أحد ثلاثة متطرفين معروفين \
                قتلوا في الغارة. وسيؤدي مقتله إلى الحد من العمليات التي ينفذها تنظيم القاعدة في \
                العالم».";
    let tolls = dead(text);
    assert!(tolls.contains(&(Some(3), Qualifier::Exact)), "{tolls:?}");
    assert!(!tolls.iter().any(|t| t.0 == Some(4)), "{tolls:?}");
}

#[test]
fn a_deadly_strike_told_without_a_figure_has_some_dead() {
    // SaudiNewsNet a20819: "أول ضربة جوية مميتة" tells some dead, at least one, of no figure
    let text = "أفادت شبكة (سي.إن.إن) نقلا عن مسؤولين أمريكيين في مجال الدفاع اليوم الأربعاء \
                القول إن الولايات المتحدة نفذت أول ضربة جوية مميتة في شمال سوريا انطلاقا من \
                قاعدة بجنوب تركيا.";
    assert_eq!(
        dead(text),
        vec![(Some(1), Qualifier::Unknown)],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn deadly_attacks_in_the_plural_are_no_toll() {
    // SaudiNewsNet a13030: "شن هجمات دامية" tells a series of attacks, not one incident's dead
    let text = "صرح الرئيس التركي رجب طيب اردوغان الثلاثاء أن مواصلة عملية السلام مع الأكراد \
                مستحيلة مع استمرار متمردي حزب العمال الكردستاني في شن هجمات دامية على قوات \
                الامن التركية.";
    let records = incident_records(text);
    assert_eq!(records.len(), 1, "{records:#?}");
    assert!(records[0].fatalities.is_none(), "{records:#?}");
}

#[test]
fn a_figure_told_as_an_earlier_toll_retells_the_incident_with_the_later() {
    // "في حصيلة سابقة ... 57 قتيلا": the earlier figure of the Dar Saad shelling, told after its
    // revised 103, is no incident of its own, and the 103 stands
    let text = "في غضون ذلك، ارتفع عدد القتلى المدنيين الذين سقطوا جراء قصف ميليشيات الحوثي وصالح \
                على أحياء سكنية في مديرية دار سعد شمال عدن إلى 103 قتلى. وكان مدير عام الصحة \
                والسكان في عدن الخضر لصور أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا بفعل \
                القصف هو 57 قتيلا، بينهم 12 طفلا و6 نساء.";
    assert_eq!(
        dead(text),
        vec![(Some(103), Qualifier::Exact)],
        "{:#?}",
        incident_records(text)
    );
}

/// The (dead, wounded) of each incident record, in the report's order.
fn tolls(text: &str) -> Vec<(Option<u64>, Option<u64>)> {
    (incident_records(text).iter())
        .map(|e| {
            let dead = e.fatalities.as_ref().and_then(|f| f.min);
            (dead, e.injuries.as_ref().and_then(|f| f.min))
        })
        .collect()
}

#[test]
fn a_retelling_with_the_victims_toll_alone_names_the_bombing_told_with_its_bombers() {
    // "اللتين نفذتهما فتاتان ... وأوقعتا 13 قتيلا": the two girls who carried out the twin
    // bombings are its attackers (counted into its toll, 15); "هجوم انتحاري أسفر عن 13 قتيلا
    // و31 جريحا" tells its 13 victims again, with its wounded, not the bombing of 14 dead told
    // before it in Damaturu
    let text = "وطال آخرها صباح أمس داماتورو مركز ولاية يوبي في شمال شرقي نيجيريا حيث وقعت عملية \
                انتحارية أسفرت عن سقوط ما لا يقل عن 14 قتيلا و47 جريحا في السوق الرئيسية بالمدينة.\n\
                ومروة مركز أقصى شمال الكاميرون والمحاذية لمعاقل بوكو حرام في نيجيريا، كانت لا تزال \
                تعاني من تبعات العمليتين الانتحاريتين المنسقتين اللتين نفذتهما فتاتان الأربعاء \
                الماضي وأوقعتا 13 قتيلا، حين دوى الانفجار الجديد مساء أول من أمس.\n\
                وتم تشديد التدابير الأمنية منذ بضعة أيام في جميع أنحاء البلاد، وخصوصا على محاور \
                الطرق المؤدية إلى أبرز المدن مثل ياوندي ودوالا حيث تزداد عمليات المراقبة التي تقوم \
                بها الشرطة والجنود.\n\
                وقررت السلطات الكاميرونية توسيع منع ارتداء النقاب إلى مناطق الشمال والساحل، \
                لتدارك خطر الاعتداءات في البلاد، غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا، \
                كما ذكرت الجمعة مصادر رسمية.";
    assert_eq!(
        tolls(text),
        vec![(Some(14), Some(47)), (Some(15), Some(31))],
        "{:#?}",
        incident_records(text)
    );
}

#[test]
fn a_definite_noun_of_the_dead_told_again_in_its_part_is_the_same_man() {
    // "على الشهيد الجندي ... بعدها نقل جثمان الشهيد": the martyr whose body was carried is the
    // soldier prayed for, one dead, not two
    let text = "أدت جموع غفيرة ظهر أمس السبت في جامع التعاون بمحافظة الطائف بميسان صلاة الميت على \
                الشهيد الجندي ممدوح مسفر المسيلي الحارثي، من منسوبي قوات الطوارئ الخاصة بمنطقة \
                عسير عقب التفجير الآثم الذي استهدف جامع قوات الطوارئ خلال أداء صلاة الظهر من يوم \
                الخميس الماضي، بعدها نقل جثمان الشهيد وقد ووري الثرى بالمقبرة بقرية مثان.";
    let records = incident_records(text);
    let dead: Vec<_> = (records.iter())
        .filter_map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .collect();
    assert_eq!(dead, vec![1], "{records:#?}");
}

#[test]
fn a_clause_of_what_an_act_caused_after_an_interval_tells_that_acts_toll() {
    // "غداة هجوم آخر ... في القدس، مما أدى إلى مقتل فتاة وجرح خمسة": the girl killed and the
    // five wounded are the Jerusalem attack's, told right before "مما", not Duma's
    let text = "وإذا كان هجوم قرية دوما أثار استياء كبيرًا في إسرائيل، فهذا لأنه حدث أيضا غداة هجوم \
                آخر شنه يهودي متطرف هاجم مسيرة مثليي الجنس في القدس، مما أدى إلى مقتل فتاة وجرح \
                خمسة أشخاص آخرين طعنا بسكين.";
    let events = common::all(text);
    let tolls: Vec<_> = (events.iter())
        .map(|e| {
            (
                e.location.as_ref().map(|l| l.text.as_str()),
                e.fatalities.as_ref().and_then(|f| f.min),
                e.injuries.as_ref().and_then(|f| f.min),
            )
        })
        .collect();
    assert!(
        tolls.contains(&(Some("القدس"), Some(1), Some(5))),
        "{tolls:#?}"
    );
}

#[test]
fn a_stray_closing_quote_keeps_the_sentence_before_and_its_toll_apart() {
    // "شمال شرق بغداد"." closes a quotation never opened: the next sentences are no quotation
    // running to the next «"», so the bombs' 10 dead are not summed with the 19 militants
    // killed by the security force in the sentence before (SaudiNewsNet, alyaum, 2015-07-21)
    let text = "وقال المصدر إن قوة أمنية تابعة لقيادة عمليات دجلة وبمساندة الحشد الشعبي والطيران \
                العسكري تمكنت من قتل 19 مسلحا من داعش بينهم القيادي السوري الجنسية \"ابو زياد \
                الدمشقي\" قاضي ما يعرف بالمحكمة الشرعية لولاية جبال حمرين والتابعة لناحية قره تبه \
                شمال شرق بغداد\". وأشار المصدر إلى مقتل 10 مدنيين وإصابة 17 اخرين جراء انفجار \
                عبوتين ناسفتين في قضاء المقدادية وناحية كنعان في بعقوبة. حملة وحرب وفي السياق، نفى \
                بهاء الأعرجي -نائب رئيس الوزراء العراقي- توقف الحملة العسكرية لطرد تنظيم داعش من \
                محافظة الأنبار، مجددا التأكيد على أن \"النصر الحاسم بات قاب قوسين أو أدنى\".";
    let records = incident_records(text);
    let bombs = records
        .iter()
        .find(|e| e.sub_event_type == "Remote explosive/landmine/IED")
        .unwrap_or_else(|| panic!("{records:#?}"));
    let f = bombs.fatalities.as_ref().and_then(|f| f.min);
    assert_eq!(f, Some(10), "{records:#?}");
    assert_eq!(bombs.injuries.as_ref().and_then(|f| f.min), Some(17));
}
