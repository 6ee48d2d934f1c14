//! The records a whole report's retellings make: one incident told again (a headline and its
//! lead, a round toll and a counted one, a coarse place and the account that places it) is one
//! record, and a clause or roundup item that tells another incident is a record of its own. On
//! sentences written for these tests and a few reports of 2015 marked so (none of the development
//! data). Tolls: `fields.rs`.

mod common;

use common::{all as extract, incident_records};
use rasd_core::Event;

#[test]
fn a_roundup_that_moves_to_another_province_tells_another_incident() {
    let text = "قتل 17 مسلحا في معارك عنيفة في مدينة تعز أمس. \
                وسيطرت المقاومة على خمسة مواقع للمسلحين في محافظة لحج.";
    let events = extract(text);
    let places: Vec<_> = events
        .iter()
        .filter_map(|e| e.location.as_ref().map(|l| l.text.clone()))
        .collect();
    assert_eq!(events.len(), 2, "{events:#?}");
    assert!(places.iter().any(|p| p.contains("تعز")), "{places:?}");
    assert!(places.iter().any(|p| p.contains("لحج")), "{places:?}");
}

#[test]
fn a_clause_opened_with_qad_after_a_comma_tells_its_own_incident() {
    let text = "قتل 8 من المسلحين في كمين نصبته لهم القوات الحكومية في مديرية رداع، \
                وقد شنت طائرات التحالف أمس غارات على مواقع في مدينة صعدة.";
    let events = extract(text);
    let ambush = events
        .iter()
        .find(|e| e.sub_event_type == "Armed clash")
        .expect("the ambush");
    let place = ambush.location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("رداع"), "{events:#?}");
    let strike = events
        .iter()
        .find(|e| e.sub_event_type == "Air/drone strike")
        .expect("the strikes");
    assert_eq!(
        strike.location.as_ref().map(|l| l.text.as_str()),
        Some("صعدة"),
        "{events:#?}"
    );
}

#[test]
fn a_clause_opened_with_fadlan_an_after_a_comma_tells_its_own_incident() {
    // "، فضلا عن" adds another act at another place: the strikes on the PKK are in Iraq, the
    // strikes on the Islamic State in Syria
    let text = "قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني في شمال العراق غداة غارات \
                نفذها الطيران التركي، على مواقع متمردي الحزب بالعراق، فضلا عن استهداف تنظيم \
                داعش في سورية.";
    let events = extract(text);
    let strike = events
        .iter()
        .find(|e| e.trigger.text.contains("غارات"))
        .expect("the air strikes");
    let country = strike.location.as_ref().and_then(|l| l.country.as_deref());
    assert_eq!(country, Some("IQ"), "{events:#?}");
    // the town bombed is the first clause's, the town shelled the one after "فضلاً عن"
    let text = "في حين تعرضت مدينة الباب بريف حلب لغارات جوية عنيفة من قبل طيران الأسد، \
                فضلاً عن مدينة تلبيسة بريف حمص الشمالي التي قصفت قوات النظام مناطق سكنية فيها.";
    let events = extract(text);
    let strike = events
        .iter()
        .find(|e| e.trigger.text.contains("غارات"))
        .expect("the air strikes");
    let place = strike.location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("الباب"), "{events:#?}");
    // without a comma it adds to a list: "المحاولة الفاشلة في مسجد العنود بالدمام وهذه الحادثة
    // الجديدة فضلاً عن المؤامرات" tells no incident of its own after it
}

#[test]
fn another_strike_told_in_a_clause_of_its_own_place_is_another_incident() {
    // "غارة أخرى" after the strike on Saraqib's hospital: the second strike, on Kafranbel, is an
    // incident of its own, and the first stays at Saraqib
    let text = "ونوه ناشطون من المنطقة إلى أنه بالتزامن مع شن الطيران الحربي غارة على مشفى سراقب، \
                استهدفت غارة أخرى مشفى أورينت الجراحي في بلدة كفرنبل بريف إدلب، مما أدى لأضرار \
                كبيرة في التجهيزات الطبية الخاصة بالمشفى.";
    let events = extract(text);
    let mut places: Vec<_> = events
        .iter()
        .filter_map(|e| e.location.as_ref().map(|l| l.text.clone()))
        .collect();
    places.sort();
    assert_eq!(places, ["سراقب", "كفرنبل"], "{events:#?}");
    // one act told with two words before "another" is no second act of the sentence: the
    // bombing of Fotokol stays one part after its interval ("بعد 10 أيام فقط على")
    let text = "وقد قتلت شابتان انتحاريتان 13 شخصا من خلال تفجير نفسيهما في وقت واحد تقريبا في \
                ماروا، عاصمة أقصى الشمال، بعد 10 أيام فقط على اعتداء انتحاري آخر وقع في منطقة \
                فوتوكول القريبة من الحدود النيجيرية وأسفر عن 11 قتيلا.";
    let events = extract(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_round_toll_and_a_counted_one_told_again_are_one_incident() {
    // the lead's round figure and the body's count of one bombing at one place
    let events = extract(
        "قتل نحو 40 شخصا الخميس في انفجار استهدف سوقا شعبية في مدينة الحلة. \
         وأدى تفجير انتحاري استهدف السوق في مدينة الحلة إلى مقتل 37 شخصا على الأقل وجرح 80 آخرين.",
    );
    let incidents: Vec<&Event> = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(incidents.len(), 1, "{events:#?}");
    // two exact tolls of two new events at one place stay two incidents
    let events = extract(
        "انفجرت سيارة مفخخة في مدينة الحلة الخميس مما أسفر عن مقتل 12 شخصا. \
         وانفجرت عبوة ناسفة في مدينة الحلة الخميس ما أدى إلى مقتل 10 آخرين.",
    );
    let incidents = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .count();
    assert_eq!(incidents, 2, "{events:#?}");
}

#[test]
fn a_suicide_bombing_told_without_and_with_the_bomber_is_one_incident() {
    // "خمسة" killed, then "ست جثث" with the bomber's: one bombing, the toll with the bomber
    let events = extract(
        "قتل خمسة أشخاص عندما فجر انتحاري نفسه أمس في سوق مدينة الحلة. \
         وقال شاهد إن هجوما انتحاريا وقع في سوق مدينة الحلة ونقلت ست جثث إلى المستشفى.",
    );
    let incidents: Vec<&Event> = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(incidents.len(), 1, "{events:#?}");
    let f = incidents[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(6), "{f:#?}");
    // two car bombs whose tolls differ by one stay two incidents
    let events = extract(
        "انفجرت سيارة مفخخة في مدينة الحلة الخميس مما أسفر عن مقتل 6 أشخاص. \
         وانفجرت سيارة مفخخة أخرى في مدينة الحلة الخميس ما أدى إلى مقتل 5 آخرين.",
    );
    let incidents = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .count();
    assert_eq!(incidents, 2, "{events:#?}");
}

#[test]
fn a_generic_word_of_attack_at_the_same_place_names_the_incident_told_there() {
    let text = "قتل 32 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سوروتش الاثنين. \
         وقال رئيس الوزراء إن الحكومة ستعزز الأمن على الحدود. \
         وأضاف أن الشرطة تعرفت على هوية مشتبه به. \
         وعقد مجلس الأمن القومي اجتماعا طارئا. \
         ولم تتبن أي جهة حتى الآن اعتداء سوروتش.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn a_coarse_headline_of_the_same_event_type_is_the_account_that_follows() {
    let text = "الجيش يدمر مخزنا للمواد المتفجرة بسيناء\n\
         قامت طائرات الهليكوبتر التابعة للقوات الجوية باستهداف مخزن للأسلحة بمدينة رفح \
         وتم تدميره بالكامل ومقتل مسلحين اثنين.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn the_same_toll_told_again_with_no_place_or_day_of_its_own_is_the_same_incident() {
    let text = "قالت الشرطة ان مسلحا فتح النار داخل صالة سينما في مدينة لافايت مساء أمس فقتل \
         ثلاثة أشخاص. ووقع الحادث بعد ثلاث سنوات تقريبا على اطلاق النار الذي شهدته دار للسينما \
         في أورورا وقتل فيه 12 شخصا. وقال قائد الشرطة ان ثلاثة أشخاص قتلوا جراء اشتباك مسلح.";
    // (the shooting three years before is background: "بعد ثلاث سنوات تقريبا على")
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].mentions.len(), 2, "{events:#?}");
}

#[test]
fn the_account_that_places_an_unplaced_incident_told_just_before_is_the_same_incident() {
    let text = "وكان عمال الإغاثة قد دخلوا إلى سوريا قبل أكثر من أسبوعين. \
                وخطفت جبهة النصرة خمسة من عمال الإغاثة مساء الاثنين، بحسب ما ذكر ناشطون. \
                وكان العمال عائدين إلى مقرهم في قرية قريبة عندما أوقفهم حاجز قرب مدينة إدلب \
                وخطفهم.";
    let events = extract(text);
    let abductions: Vec<_> = events
        .iter()
        .filter(|e| e.sub_event_type == "Abduction/forced disappearance")
        .collect();
    assert_eq!(abductions.len(), 1, "{events:#?}");
    let place = abductions[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("إدلب"), "{events:#?}");
}

#[test]
fn a_coarse_lead_and_the_body_that_places_it_are_one_incident() {
    let text = "فصيل مسلح يهاجم مقرا لفصيل آخر\n\
                اندلعت اشتباكات عنيفة في شمال سوريا اليوم أسفرت عن مقتل 9 أشخاص، بحسب المرصد. \
                وتدور اشتباكات بين الفصيلين في محيط مدينة اعزاز في ريف حلب الشمالي.";
    let events = extract(text);
    let clashes: Vec<_> = events
        .iter()
        .filter(|e| e.sub_event_type == "Armed clash" && e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(clashes.len(), 1, "{events:#?}");
    let place = clashes[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("اعزاز"), "{events:#?}");
}

#[test]
fn a_coarse_taking_and_the_towns_taking_told_next_are_one_incident() {
    // the government's taking of "a stronghold in the south of the country", then the general's
    // "our forces took Diinsoor, the rebels fled": one retaking, placed at the town, whoever the
    // quote's words make the taker (SaudiNewsNet a8951, sample BA 10; typ69)
    let events = incident_records(
        "أعلن وزير الدفاع الصومالي أمس الجمعة أن القوات الحكومية الصومالية تمكنت بدعم من قوات الاتحاد الإفريقي (اميصوم) من السيطرة على معقل لحركة الشباب في جنوب البلاد، في ثاني انتصار لها في أقل من أسبوع.  \
         وصرح الجنرال عبد القادر شيخ علي ديني أمام صحافيين: «لقد سيطرت قواتنا على دينسور ولاذ المتمردون بالفرار بعد خسارتهم.. ويقوم الجنود الآن بعملية لفرض الأمن في المدينة».",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].sub_event_type, "Government regains territory",
        "{events:#?}"
    );
    let place = events[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("دينسور"), "{events:#?}");
}

#[test]
fn a_time_told_after_a_word_of_background_is_no_cause_of_another_incident() {
    // "وذلك بعد انتهاء الدوام" tells when the bombing happened: the bombing named after it in
    // the same sentence is the incident told before, not an earlier one
    let events = extract(
        "انفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة الحلة ما أدى إلى مقتل ستة أشخاص.\n\
         وقال مصدر أمني إن الانفجار وقع في مدينة الحلة، وذلك بعد انتهاء الدوام الرسمي في المركز، حيث استهدف التفجير عددا من المراجعين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].status, rasd_core::Status::Incident);
}

#[test]
fn an_attack_whose_armed_victims_the_next_sentence_tells_is_a_battle() {
    // (written for this test) the attack is told first with no victims; the policemen killed in
    // it, told next, make it an attack on armed forces: ACLED's armed clash
    let events = incident_records("وقع هجوم مسلح أمس في مدينة سروج. وقتل في الهجوم شرطيان.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
}

#[test]
fn an_air_strike_and_the_shelling_of_guns_at_one_place_are_two_incidents() {
    // the warplanes' strike and the artillery's shelling, each told with its own word
    let text = "قصفت الطائرات الحربية ليل الجمعة مواقع المسلحين في جبال قنديل. \
                وعاودت المدفعية أمس قصف مواقع المسلحين في جبال قنديل.";
    let events = incident_records(text);
    let kinds: Vec<&str> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(events.len(), 2, "{events:#?}");
    assert!(kinds.contains(&"Air/drone strike"), "{kinds:?}");
    assert!(
        kinds.contains(&"Shelling/artillery/missile attack"),
        "{kinds:?}"
    );
    // a bare word of bombardment may name the air strike told before it
    let text = "شنت الطائرات الحربية أمس غارات على بلدة كفرنبل. \
                وأدى القصف إلى مقتل خمسة مدنيين في بلدة كفرنبل.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn a_car_bomb_named_again_as_the_suicide_attack_it_was_is_one_incident() {
    // the blast at a town, then the claim that names the bomber's attack at no place
    let events = incident_records(
        "انفجرت سيارة ملغومة صباح الثلاثاء قرب مدخل مطار مدينة قندهار مما أسفر عن مقتل سبعة أشخاص \
         وإصابة 20 آخرين. وتأتي هذه الهجمات بعد أسابيع من الهدوء النسبي في أفغانستان. \
         وأعلنت حركة طالبان المسؤولية عن هجوم الثلاثاء الانتحاري قائلة إنها استهدفت قافلة أجنبية.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Suicide bomb", "{events:#?}");
    // a bombing and a suicide bombing at two towns stay two incidents
    let events = incident_records(
        "انفجرت عبوة ناسفة في سوق مدينة بعقوبة صباح الثلاثاء مما أسفر عن مقتل ثلاثة أشخاص. \
         وفجر انتحاري نفسه عند حاجز للشرطة في مدينة كركوك مما أدى إلى مقتل تسعة من رجال الأمن.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_witness_retells_the_suicide_bombing_not_a_later_blast_of_another_kind() {
    // the kindred word of a later bombing elsewhere does not take the witness's words from the
    // suicide bombing they tell
    let events = incident_records(
        "فجرت انتحاريتان نفسيهما في السوق المركزي في مدينة مروة في الكاميرون أمس مما أسفر عن \
         مقتل 11 شخصا. وقتل 42 شخصا في تفجيرين استهدفا محطتين للحافلات في مدينة غومبي في \
         نيجيريا. وقال شاهد إن «فتاتين كانتا تتسولان فجرتا نفسيهما».",
    );
    let gombe = (events.iter())
        .find(|e| {
            e.location
                .as_ref()
                .is_some_and(|l| l.text.contains("غومبي"))
        })
        .expect("the bombing at Gombe");
    assert_eq!(
        gombe.sub_event_type, "Remote explosive/landmine/IED",
        "{events:#?}"
    );
}

#[test]
fn a_coarse_headline_keeps_the_toll_a_coarse_retelling_gives_later() {
    // the headline names the bomber of a province, the body names him again, then counts the
    // dead at no place of its own
    let events = incident_records(
        "انتحاري عسير حلق لحيته قبل العملية\n\
         أصدرت وزارة الداخلية بيانا مساء اليوم. \
         وكشف البيان هوية الانتحاري الذي نفذ العملية في السعودية. \
         وقالت الوزارة إن الشاب غادر منزل أسرته قبل عام. \
         واكتفى البيان بتحديد هوية الانتحاري وهويات القتلى الـ15 من رجال الأمن.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn a_coarse_headline_toll_told_again_at_a_town_as_another_kind_is_one_incident() {
    // the headline tells a battle in a country, the account the same dead at a town as an attack
    let events = incident_records(
        "مقتل 12 شخصا في تبادل لإطلاق النار خلال حفل عرس في باكستان\n\
         قتل 12 شخصا على الأقل وأصيب ثمانية آخرون في تبادل لإطلاق النار خلال حفل عرس في شمال \
         باكستان، بحسب ما أعلن مسؤولون اليوم. وقال متحدث باسم الشرطة إن مسلحين فتحوا النار \
         على المدعوين ليل الجمعة في بلدة مردان ما أدى إلى مقتل 12 شخصا.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    // two tolls that differ stay two incidents
    let events = incident_records(
        "مقتل 12 شخصا في تبادل لإطلاق النار خلال حفل عرس في باكستان\n\
         قتل 12 شخصا على الأقل في تبادل لإطلاق النار خلال حفل عرس في شمال باكستان. \
         وفي حادث آخر فتح مسلحون النار على سوق في بلدة مردان ما أدى إلى مقتل سبعة أشخاص.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn an_arrest_told_in_a_coarse_headline_and_placed_by_the_account_is_one_incident() {
    let text = "اعتقال قيادي بارز في تنظيم داعش بالعراق\n\
                أعلنت مصادر أمنية اليوم أن قوة خاصة اعتقلت القيادي في عملية دهم نفذتها فجرا \
                في مدينة كركوك.";
    let events = incident_records(text);
    let arrests: Vec<_> = events
        .iter()
        .filter(|e| e.sub_event_type == "Arrests")
        .collect();
    assert_eq!(arrests.len(), 1, "{events:#?}");
    let place = arrests[0].location.as_ref().map(|l| l.text.as_str());
    assert!(place.is_some_and(|p| p.contains("كركوك")), "{events:#?}");
}

#[test]
fn a_headlines_dozens_and_the_accounts_figure_at_one_place_are_one_incident() {
    // the headline's "العشرات" and the body's count of that order at the same town: one strike,
    // with the counted toll
    let events = incident_records(
        "الإعلان عن مقتل العشرات من المسلحين بغارات جوية عراقية\n\
         أفاد بيان عسكري بمقتل وجرح 80 من المسلحين في غارات شنتها طائرات القوة الجوية شمالي \
         الفلوجة اليوم. وأوضح البيان أن الطائرات نفذت سلسلة من الغارات في مناطق شمالي \
         الفلوجة أسفرت عن مقتل 43 مسلحا وجرح 37 آخرين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let dead = events[0].fatalities.as_ref().and_then(|c| c.min);
    assert_eq!(dead, Some(43), "{events:#?}");
}

#[test]
fn a_headlines_dozens_told_again_with_a_figure_of_that_order_is_one_incident() {
    // the coarse headline's "العشرات" and the lead's count at a town: one strike, counted
    let events = incident_records(
        "مقتل العشرات من المسلحين بغارات جوية عراقية\n\
         قتل 43 مسلحا وجرح 37 آخرون في غارات جوية شنتها طائرات القوة الجوية على مواقعهم \
         شمالي الفلوجة اليوم.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let dead = events[0].fatalities.as_ref().and_then(|c| c.min);
    assert_eq!(dead, Some(43), "{events:#?}");
    // a figure of another order is another toll: "العشرات" is no "3"
    let events = incident_records(
        "مقتل العشرات من المسلحين بغارات جوية عراقية\n\
         قتل 3 مسلحين وجرح 7 آخرون في غارات جوية شنتها طائرات القوة الجوية على مواقعهم \
         شمالي الفلوجة اليوم.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn an_incident_told_at_a_province_then_placed_in_its_town_is_one_record() {
    // strikes told in the body at a province, then the account that names the district hit
    let lead = "استمرت المعارك في مدينة تعز لليوم الثالث.\n\
                وقتل خمسة مسلحين في اشتباكات في مدينة عدن أمس. \
                إلى ذلك شنت طائرات التحالف فجر أمس غارات جوية على مقار ومواقع للمسلحين \
                بمحافظة صعدة شمالي اليمن. ";
    let strikes = |text: &str| -> Vec<String> {
        (incident_records(text).iter())
            .filter(|e| e.sub_event_type == "Air/drone strike")
            .filter_map(|e| e.location.as_ref().map(|l| l.text.clone()))
            .collect()
    };
    let text = format!(
        "{lead}وقال سكان محليون: إن غارات استهدفت مقرا اتخذه المسلحون مخزنا للسلاح بمديرية كتاف بصعدة."
    );
    assert_eq!(strikes(&text), ["كتاف"]);
    // an account that names a list of places keeps a record for each (and the province's own)
    let text =
        format!("{lead}وقال سكان محليون: إن غارات استهدفت مواقع للمسلحين في كتاف وحيدان وساقين.");
    let places = strikes(&text);
    for town in ["كتاف", "حيدان", "ساقين"] {
        assert!(places.iter().any(|p| p == town), "{places:?}");
    }
    // a sentence that opens on a word adding another act tells another strike, which does not
    // place the province's
    let text =
        format!("{lead}كما شنت طائرات التحالف غارات جوية على مواقع للمسلحين في مديرية كتاف.");
    let places = strikes(&text);
    assert_eq!(places.len(), 2, "{places:?}");
    assert!(places.iter().any(|p| p == "كتاف"), "{places:?}");
}

#[test]
fn one_toll_told_as_two_kinds_at_one_place_is_one_record() {
    // the headline's "massacre" and the account's shelling, with the same toll in one city
    let text = "مقتل 23 مدنيا في مجزرة للمتمردين في مدينة تعز\n\
                قصف المتمردون أمس أحياء سكنية في مدينة تعز بصواريخ الكاتيوشا، \
                مما أدى إلى مقتل 23 مدنيا بينهم أطفال.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    // two tolls that differ stay two incidents
    let text = "مقتل 23 مدنيا في مجزرة للمتمردين في مدينة تعز\n\
                قصف المتمردون أمس أحياء سكنية في مدينة تعز بصواريخ الكاتيوشا، \
                مما أدى إلى مقتل 9 مدنيين بينهم أطفال.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_house_burnt_in_an_attack_on_its_family_is_the_attack() {
    // the attack that killed a child and the fire set to the house are one act at one place
    let text = "مقتل طفل في هجوم لمستوطنين على منزل بالضفة الغربية\n\
                هاجم مستوطنون منزلا في قرية عقربا جنوب نابلس فجر الجمعة ما أدى إلى مقتل طفل \
                وإصابة والديه بجروح خطيرة.\n\
                وأفادت مصادر محلية أن المستوطنين أضرموا النار في المنزل في قرية عقربا قبل أن \
                يفروا إلى مستوطنة مجاورة.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Attack", "{events:#?}");
    // buildings razed at another time of the week are another act
    let text = "مقتل طفل في هجوم لمستوطنين على منزل بالضفة الغربية\n\
                هاجم مستوطنون منزلا في قرية عقربا جنوب نابلس فجر الجمعة ما أدى إلى مقتل طفل \
                وإصابة والديه بجروح خطيرة.\n\
                وهدمت السلطات منزلين في قرية عقربا في وقت سابق هذا الأسبوع.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn the_arrest_of_an_attacker_told_after_the_attack_is_the_attack() {
    // the police arrest one of the gunmen of the shooting they tell: one act
    let text = "مقتل شرطي في هجوم مسلح على مركز للشرطة في تركيا\n\
                أطلق مسلحان النار على مركز للشرطة في مدينة قونية صباح اليوم مما أسفر عن مقتل \
                شرطي وإصابة اثنين آخرين.\n\
                وأضاف أن الشرطة اعتقلت أحد المسلحين في قونية.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
    // a militia's capture of an enemy leader in a town where it fights is an act of its own
    let text = "اشتباكات عنيفة في مدينة تعز\n\
                دارت اشتباكات عنيفة بين المقاومة الشعبية والمسلحين الحوثيين في مدينة تعز أمس \
                أسفرت عن مقتل 12 مسلحا.\n\
                وألقت المقاومة الشعبية القبض على قيادي حوثي في مدينة تعز.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_toll_told_after_two_retellings_joins_them_into_one_record() {
    // (a report of 2015: the headline's bombing, the governor's account dated by the morning he
    // spoke, then his toll, which went to the account; the same toll joins the two)
    let text = "هجوم انتحاري يوقع15 قتيلا في أفغانستان\n\
                قتل 15 شخصا بينهم نساء وأطفال أمس، عندما فجر انتحاري نفسه في سوق مزدحمة بشمال \
                أفغانستان، فيما يكثف المتمردون هجومهم الصيفي السنوي رغم الجهود لإطلاق محادثات \
                السلام.\n\
                وكانت الحصيلة الأولى تفيد بسقوط تسعة قتلى.\n\
                ويسلط الهجوم الذي وقع في منطقة المار بولاية فرياب على الحدود مع تركمانستان الضوء \
                على الخسائر الكبيرة في الأرواح بين المدنيين منذ 13 عاما على بدء النزاع في \
                أفغانستان. ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري الذي جاء قبل بدء جولة \
                جديدة من محادثات السلام بين الحكومة وحركة طالبان. وأعلن حاكم الولاية عبد الستار \
                بارز، هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في المار.\n\
                وتابع بارز «تشير معلوماتنا إلى مقتل 15 شخصا على الأقل في الهجوم من بينهم نساء \
                وأطفال وجندي أفغاني واحد على الأقل»، مضيفا «أن 38 شخصا آخرين اصيبوا بجروح».";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    let injuries = events[0].injuries.as_ref().and_then(|c| c.min);
    assert_eq!(injuries, Some(38), "{events:#?}");
    let fatalities = events[0].fatalities.as_ref().and_then(|c| c.min);
    assert_eq!(fatalities, Some(15), "{events:#?}");
    // the same toll told of a bombing in another town is another incident
    let text = "هجوم انتحاري يوقع15 قتيلا في أفغانستان\n\
                قتل 15 شخصا بينهم نساء وأطفال أمس، عندما فجر انتحاري نفسه في سوق مزدحمة في \
                مدينة المار بولاية فرياب.\n\
                وأعلن حاكم ولاية قندوز هذا الصباح أن انتحاريا فجر سترته الناسفة داخل سوق في \
                مدينة قندوز.\n\
                وتابع «تشير معلوماتنا إلى مقتل 15 شخصا على الأقل في الهجوم»، مضيفا «أن 38 شخصا \
                آخرين اصيبوا بجروح».";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn an_earlier_toll_is_superseded_by_the_later_not_added_to_it() {
    // (a report of 2015: "14" told at first, then lowered to "10 ... and four wounded": the
    // lead's air strike keeps its 10 dead and takes the four wounded; no record counts 24)
    let text = "غضب في كابل بعد غارة أميركية «خاطئة» تقتل 10 جنود أفغان\n\
                أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب \
                كابل، في آخر حوادث «النيران الصديقة» في تلك المنطقة التي ينتشر فيها متمردو \
                طالبان بشكل كبير.\n\
                وتسهم الغارات التي تصيب فيها القوات الأجنبية أو الأفغانية عن طريق الخطأ نظراءها \
                أو مدنيين في تأجيج كراهية السكان المحليين الأفغان لقوات حلف شمال الأطلسي \
                (الناتو). وفي ديسمبر (كانون الأول) الماضي، قتل خمسة مدنيين «عن طريق الخطأ» في \
                غارة جوية لقوات الحلف في ولاية لوغار نفسها. وقد وقع الحادث صباح أمس في منطقة \
                براكي براك، جنوب كابل، حيث ينتشر المتمردون.\n\
                وقال محمد رحيم أمين، حاكم منطقة بركي براك، أمس إن «مروحيتين أميركيتين هاجمتا في \
                الساعة السادسة صباحا (1.30 توقيت غرينتش) من (الاثنين) حاجزا للجيش الأفغاني». \
                وأضاف في تصريحات نقلتها وكالة الصحافة الفرنسية أن «النيران اندلعت في الحاجز ودمر \
                بالكامل».\n\
                وكانت السلطات المحلية تحدثت في البداية عن مقتل 14 جنديا، لكنها عادت وخفضت \
                الحصيلة. وأعلن محمد رحيم أمين لاحقا «مقتل 10 من الجنود الأفغان وإصابة أربعة». \
                وأكد هذه الحصيلة محمد وارا، مساعد قائد شرطة الإقليم. لكن عبد الرضي صافي، قائد \
                الجيش في الولاية، تحدث عن مقتل ثمانية جنود فقط.";
    let events = incident_records(text);
    let strike = (events.iter())
        .find(|e| {
            e.sub_event_type == "Air/drone strike"
                && e.location.as_ref().is_some_and(|l| l.text == "كابل")
        })
        .expect("the strike");
    let count = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
    assert_eq!(count(&strike.fatalities), Some(10), "{events:#?}");
    assert_eq!(count(&strike.injuries), Some(4), "{events:#?}");
    assert!(
        events.iter().all(|e| count(&e.fatalities) != Some(24)),
        "{events:#?}"
    );
}

#[test]
fn a_car_bomb_told_at_a_city_and_then_at_its_quarter_is_one_incident() {
    // (a report of 2015: the claim names the capital, the account the quarter and the toll)
    let text = "استعادت المقاومة الشعبية القصر الرئاسي بحي التواهي في عدن أمس. \
                فيما، تبنى تنظيم داعش الارهابي مساء الاثنين عملية تفجير سيارة مفخخة شمال العاصمة اليمنية صنعاء. \
                وقال التنظيم إن عملية تفجير سيارة مفخخة استهدفت تجمعا للحوثيين في حي الجراف، ما أسفر عن سقوط خمسة قتلى و11 جريحاً.";
    let events = incident_records(text);
    let bombs: Vec<&Event> = events
        .iter()
        .filter(|e| e.event_type == "Explosions/Remote violence")
        .collect();
    assert_eq!(bombs.len(), 1, "{events:#?}");
    let place = bombs[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("الجراف"), "{events:#?}");
    assert_eq!(bombs[0].fatalities.as_ref().and_then(|f| f.min), Some(5));
}

#[test]
fn two_car_bombs_at_a_city_and_its_quarter_with_tolls_of_their_own_stay_two() {
    let text = "استعادت المقاومة الشعبية القصر الرئاسي بحي التواهي في عدن أمس. \
                انفجرت سيارة مفخخة في العاصمة اليمنية صنعاء ما أسفر عن مقتل ثلاثة أشخاص. \
                وانفجرت سيارة مفخخة في حي الجراف ما أسفر عن مقتل سبعة أشخاص.";
    let events = incident_records(text);
    let bombs = events
        .iter()
        .filter(|e| e.event_type == "Explosions/Remote violence")
        .count();
    assert_eq!(bombs, 2, "{events:#?}");
}

#[test]
fn the_headlines_burning_of_a_child_in_a_town_is_the_leads_attack_told_at_its_region() {
    // (a report of 2015)
    let text = "الإمارات تدين بشدة جريمة حرق مستوطنين إسرائيليين لرضيع فلسطيني في نابلس\n\
                دانت دولة الإمارات بأشد العبارات الجريمة الإرهابية البشعة التي أدت إلى استشهاد الطفل الفلسطيني الرضيع علي دوابشة حرقاً وإصابة عائلته بجروح بليغة إثر استهداف مستوطنون إسرائيليون لمنزلهم وإحراقه بالضفة الغربية المحتلة.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].event_type, "Violence against civilians");
    let place = events[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("نابلس"), "{events:#?}");
    assert_eq!(events[0].fatalities.as_ref().and_then(|f| f.min), Some(1));
}

#[test]
fn a_speakers_quoted_air_strike_placed_only_where_he_serves_retells_the_strike() {
    // (a report of 2015)
    let text = "«50» قتيلا بغارات استهدفت استعراضا عسكريا لداعش في الحويجة\n\
                استهدفت مقاتلات التحالف الدولي استعراضا عسكريا لتنظيم داعش داخل أحد أسواق قضاء الحويجة غربي كركوك، ما أسفر عن وقوع أكثر من 50 قتيلا وجريحا في صفوف التنظيم. \
                وقال مسؤول إعلام الحشد الشعبي في شمال صلاح الدين، علي الحسيني لـ”راديو سوا” إن داعش “كان يبرز عضلاته عندما أتاه قصف مقاتلات التحالف”.";
    let strikes: Vec<Event> = incident_records(text)
        .into_iter()
        .filter(|e| e.sub_event_type == "Air/drone strike")
        .collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    let place = strikes[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("الحويجة"), "{strikes:#?}");
}

#[test]
fn a_battle_told_at_a_country_then_the_town_it_took_is_one_record() {
    // the battle and its toll told with no place of their own, then the town taken in the
    // next sentence (SaudiNewsNet, 2015-08-09): the toll goes to the taking of Zinjibar
    let text = "المقاومة تحرر زنجبار عاصمة أبين اليمنية\n\
                وأضاف أن السيطرة على هذه المواقع جاءت عقب معركة شرسة استمرت لساعات وقتل \
                على أثرها 8 من رجال المقاومة وعشرات من الميليشيات الحوثية وأتباع الرئيس الأسبق. \
                وأشار إلى أن الميليشيات انسحبت نحو مدينة شقرة الساحلية، التي من المزمع أن تتجه \
                لها المقاومة والجيش بعد تحرير مدينة زنجبار عاصمة أبين.";
    let events = incident_records(text);
    let with_toll: Vec<&Event> = (events.iter())
        .filter(|e| e.fatalities.as_ref().and_then(|c| c.min) == Some(8))
        .collect();
    assert_eq!(with_toll.len(), 1, "{events:#?}");
    let place = with_toll[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("زنجبار"), "{events:#?}");
}

#[test]
fn an_act_told_this_week_and_then_on_its_day_at_its_town_is_one_record() {
    // SaudiNewsNet a18468 (published here on 2015-08-01, a Saturday): "هذا الأسبوع" names no
    // day, and Wednesday three days before lies in it; the account places and dates the
    // abduction the video's sentence told with the country alone
    let text = "إلى ذلك نشر تنظيم \"جبهة النصرة\" ذراع تنظيم القاعدة في سورية شريط فيديو يؤكد فيه قيامه هذا الأسبوع بخطف 8 مقاتلين سوريين مدربين ضمن البرنامج الأميركي للمعارضة المعتدلة، متهمة إياهم \"بالتعاون مع الغرب\".\n\
                وكان 54 عنصرا من الفرقة 30 من الذين تلقوا تدريبات عسكرية في تركيا في إطار البرنامج الأميركي لتدريب المعارضة المعتدلة، اجتازوا قبل أكثر من أسبوعين الحدود إلى داخل سورية بهدف التصدي لداعش الذي يسيطر على نحو نصف مساحة الأراضي السورية.\n\
                وخطفت الجبهة 8 عناصر من الفرقة مساء الأربعاء الماضي قرب مدينة إعزاز في ريف حلب الشمالي، بحسب ما ذكر المرصد السوري لحقوق الإنسان والفرقة نفسها.";
    let abductions: Vec<Event> = incident_records(text)
        .into_iter()
        .filter(|e| e.sub_event_type == "Abduction/forced disappearance")
        .collect();
    assert_eq!(abductions.len(), 1, "{abductions:#?}");
    let place = abductions[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("إعزاز"), "{abductions:#?}");
    let date = abductions[0].date.as_ref().map(|d| d.value.as_str());
    assert_eq!(date, Some("2015-07-29"), "{abductions:#?}");
}

#[test]
fn a_definite_dual_event_noun_retells_the_acts_told_before_and_places_them() {
    // SaudiNewsNet a4304: "التفجيران", the dual with the article, names the two bombings the
    // headline and the lead told in the country alone, and places them in the town
    let text = "مقتل نحو 20 شخصا في هجومين انتحاريين شمال الكاميرون\n\
                قال مسؤولون وشهود عيان اليوم الاربعاء إن 20 شخصا على الأقل لقو حتفهم شمال الكاميرون في انفجاريين انتحاريين نفذتهما فتاتان يشتبه بأنهما عضوتان في جماعة بوكو حرام المتطرفة والتي تتمركز في نيجيريا. \
                ووقع التفجيران في مكانين مختلفين في مدينة مروة عاصمة منطقة الشمال الاقصى في الكاميرون، وهما سوق وحي مكتظ بالسكان، حسبما افاد حاكم المنطقة ميجياوا بكاري.";
    let bombings: Vec<Event> = incident_records(text)
        .into_iter()
        .filter(|e| e.event_type == "Explosions/Remote violence")
        .collect();
    assert_eq!(bombings.len(), 1, "{bombings:#?}");
    let place = bombings[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("مروة"), "{bombings:#?}");
}

#[test]
fn an_act_told_after_meanwhile_is_no_retelling_of_the_attack_before_it() {
    // a7796 (2015): the shelling behind an outage, told after "وفي هذه الاثناء", took the
    // checkpoint attack's toll (5 dead, 2 wounded) told in the sentence before it
    let text = "وأحرزت المقاومة الشعبية تقدماً في المواجهات التي جرت في منطقة الضباب جنوب غربي \
                المدينة، أسفرت عن تقدم المقاومة وسيطرتها على منطقة عقاقة خلف السجن المركزي. \
                وكان 5 من الحوثيين وقوات صالح قتلوا وأصيب اثنان آخران صباح الأربعاء في هجوم على \
                حاجز عسكري لهم في دمنة خدير شرق مدينة تعز. وفي هذه الاثناء استمر انقطاع خدمة \
                الإنترنت والاتصالات عبر الهاتف الثابت لليوم الثالث على التوالي بعد قصف الحوثيين \
                وقوات صالح لوحدة الاتصالات الرئيسية في مبنى الاتصالات الذي سيطرت عليه المقاومة \
                قبل يومين.";
    let events = incident_records(text);
    let shelling = events
        .iter()
        .find(|e| e.sub_event_type == "Shelling/artillery/missile attack")
        .expect("the shelling");
    assert!(shelling.fatalities.is_none(), "{events:#?}");
    assert!(shelling.injuries.is_none(), "{events:#?}");
    let attack = events
        .iter()
        .find(|e| e.trigger.text.contains("هجوم"))
        .expect("the checkpoint attack");
    assert_eq!(
        attack.fatalities.as_ref().and_then(|f| f.min),
        Some(5),
        "{events:#?}"
    );
}

#[test]
fn the_bomber_named_again_is_the_suicide_bombing_not_a_border_fire_told_since() {
    // a6401 (2015): "الانتحاري" named again after the account of a border post's fire took that
    // fire's toll (a non-commissioned officer dead, two soldiers wounded) and place, and the
    // suicide bombing told before kept only its own mentions
    let text = "شن سلاح الجو التركي الجمعة اولى غاراته على مواقع لتنظيم الدولة الاسلامية في \
                سوريا وذلك بعد اربعة ايام على هجوم انتحاري دام نسبته الحكومة الى التنظيم \
                الجهادي. \
                وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس \
                مما ادى الى مقتل ضابط صف واصابة عسكريين اثنين بجروح. \
                وتأتي هذه المواجهة المباشرة بعد ثلاثة ايام على الهجوم الانتحاري الذي اوقع 32 قتيلا \
                ومئة جريح في سوروتش قبيل ظهر الاثنين. \
                وقالت السلطات التركية ان الانتحاري شاب تركي يبلغ من العمر 20 عاما ويدعى الشيخ عبد \
                الرحمن الاغوز.";
    let events = extract(text);
    let bomber = events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "الانتحاري"))
        .expect("the bomber named again");
    assert_eq!(bomber.sub_event_type, "Suicide bomb", "{events:#?}");
    assert_eq!(
        bomber.fatalities.as_ref().and_then(|f| f.min),
        Some(32),
        "{events:#?}"
    );
    let fire = events
        .iter()
        .find(|e| e.location.as_ref().is_some_and(|l| l.text == "كيليس"))
        .expect("the border post's fire");
    assert_ne!(fire.sub_event_type, "Suicide bomb", "{events:#?}");
    assert_eq!(
        fire.fatalities.as_ref().and_then(|f| f.min),
        Some(1),
        "{events:#?}"
    );
}

#[test]
fn an_attack_with_its_own_toll_after_a_turn_to_another_matter_is_no_part_of_the_clashes_before() {
    // a13967 (2015): the clashes going on in Hudnan took the toll of a patrol ambushed east of
    // Taiz, told after "وفي سياق آخر"
    let text = "وقال مصدر من المقاومة الشعبية: إن المقاومة سيطرت على تبة مسعود بمديرية مشرعة بعد \
                هجوم شنته على قرية حدنان بجبل صبر. \
                وأكد المصدر أن المقاومة غنمت عددًا من الدوريات العسكرية التابعة للحوثيين وقوات \
                صالح، موضحاً أن الاشتباكات ما زالت مستمرة بين الطرفين في حدنان حيث تسعى المقاومة \
                لتحريرها من قبضة الحوثيين وقوات صالح. \
                وفي سياق آخر، نفذت المقاومة الشعبية هجوماً استهدف دورية عسكرية تابعة للحوثيين شرق \
                مدينة تعز، أسفر عن مقتل أربعة وإصابة ثلاثة آخرين من الحوثيين.";
    let events = extract(text);
    let clashes = events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "الاشتباكات"))
        .expect("the clashes in Hudnan");
    assert!(
        !clashes.mentions.iter().any(|m| m.text == "هجوماً"),
        "{events:#?}"
    );
    assert_eq!(clashes.fatalities, None, "{events:#?}");
    let patrol = events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "هجوماً"))
        .expect("the attack on the patrol");
    assert_eq!(
        patrol.fatalities.as_ref().and_then(|f| f.min),
        Some(4),
        "{events:#?}"
    );
}

#[test]
fn a_bare_word_of_killing_told_apart_from_a_taking_is_no_death_of_it() {
    // a23583 (2015): "وقتل التنظيم المتشدد أبناء أقليات دينية" (what the group does, two
    // sentences after the town's taking) made the taking's toll 1
    let text = "قال المرصد السوري لحقوق الإنسان اليوم الجمعة إن متشددي تنظيم الدولة الإسلامية \
                خطفوا عشرات المسيحيين بعد أن سيطروا على مدينة استراتيجية في محافظة حمص بوسط سوريا. \
                وسيطر التنظيم على المدينة بعد قتال عنيف مع قوات الجيش السوري الليلة الماضية. \
                وتقع المدينة قرب طريق يربط بين مدينة تدمر التاريخية وجبال القلمون على الحدود مع \
                لبنان. \
                وقتل التنظيم المتشدد أبناء أقليات دينية وسنة لا يبايعون دولة الخلافة التي أعلنها.";
    let events = extract(text);
    let taking = events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "سيطر"))
        .expect("the taking of the town");
    assert_eq!(taking.fatalities, None, "{events:#?}");
}

#[test]
fn the_martyrs_of_a_condolence_far_from_the_account_are_the_bombings_dead() {
    // a23915 (2015): a press club's statement on the Abha mosque bombing; its martyrs
    // ("ولذوي الشهداء"), told sentences after the bombing, are the bombing's dead
    let text = "نادي الصحافة الفضائية يستنكر\n\
                د. صالح الشاديفي بيان عاجل صدر عن نادي الصحافة الفضائية أمس الخميس. \
                أدان النادي حادث التفجير الجبان واللا إنساني الذي تعرض له المصلون في طوارئ أبها \
                في المملكة العربية السعودية. \
                وعبر النادي باسم أعضائه من الإعلاميين والصحافيين العرب عن أسفه الشديد واستنكاره \
                لمثل تلك الممارسات غير الأخلاقية واللادينية والتى تنم عن فكر ضال وجهالة مفرطة \
                وعقول مغيبة. \
                وجاء في بيان النادي أن استمرارية استهداف المساجد والمصلين دلالة واضحة على أن \
                الإسلام بتعاليمه السمحة بريء مما يحدث. \
                كما أعرب أعضاء النادي عن مؤازرتهم لكل جهد تبذله حكومة المملكة العربية السعودية في \
                سبيل الدفاع عن أمن أرضها وسلامة شعبها وطهارة مقدساتها. \
                فيما رفع رئيس النادي د. صالح الشادي نيابة عن الأعضاء خالص التعازي والمواساة لمقام \
                الملك سلمان بن عبدالعزيز القائد الأعلى للقوات المسلحة السعودية ولذوي الشهداء \
                وللشعب السعودي .داعيا المولى القدير أن يتقبل شهداء الوطن.";
    let events = extract(text);
    let bombing = events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "التفجير"))
        .expect("the bombing");
    assert!(
        bombing
            .fatalities
            .as_ref()
            .is_some_and(|f| f.min >= Some(1)),
        "{events:#?}"
    );
}

#[test]
fn a_headline_toll_of_several_acts_the_body_tells_one_by_one_is_their_sum() {
    // "إصابة عشرة ... في تفجيرات": the seven wounded at Bismil and the three in Hakkari, told
    // after it, no third incident of ten wounded
    let text = "إصابة عشرة رجال شرطة أتراك في تفجيرات واختطاف ضابط في إقليم ديار بكر\n\
                اصيب مالايقل عن عشرة من رجال الشرطة في تفجيرين واختطف آخر في ساعة متأخرة ليلة \
                الجمعة في اقليمين جنوب شرق تركيا.\n\
                وفي حادث منفصل، اصيب مالايقل عن سبعة من عناصر الشرطة في هجوم بقنبلة يدوية في \
                منطقة بيسميل في ديار بكر، ووقع الهجوم في قسم الشرطة في المنطقة.\n\
                وفي اقليم هكاري شرق تركيا، اصيب ثلاثة من عناصر الشرطة في هجوم بقنبلة.";
    let records = incident_records(text);
    let wounded: Vec<_> = (records.iter())
        .filter_map(|e| e.injuries.as_ref().and_then(|i| i.min))
        .collect();
    assert_eq!(wounded, vec![7, 3], "{records:#?}");
}

#[test]
fn a_definite_word_of_air_strikes_names_the_strikes_not_the_border_clash_told_since() {
    // "بعد الغارات الجوية التي طالت مواقعه" retells the Turkish strikes with their nine dead,
    // not the clash at al-Ayyash told between them: two records, a strike and a clash
    let text = "إلى ذلك، كشف مصدر مطلع من ريف حلب لـ«الشرق الأوسط» أن «تسعة قتلى على الأقل سقطوا \
                من صفوف مقاتلي تنظيم داعش بالغارات الجوية التي نفذتها أربع مقاتلات تركية فجرًا \
                (أمس) والتي استهدفت مواقع التنظيم في كل من صوران بالقرب من مدينة أعزاز». وقال: \
                «إن الغارات الجوية بدأت عند الساعة الرابعة فجرا، وسبق الغارات اشتباكات استمرت على \
                الحدود السورية التركية بين تنظيم داعش والحرس التركي والجيش التركي بالقرب من منطقة \
                الراعي في قرية العياش الخالية من السكان وكانت قد أسفرت المواجهات عن سقوط ضابط \
                وأربعة قتلى على الأقل من الجانب التركي».\n\
                من جهته، سرعان ما بدأ تنظيم داعش بشن حملة إعلامية ضد تركيا بعد الغارات الجوية التي \
                طالت مواقعه عبر حسابات مناصريه على وسائل التواصل الاجتماعي.";
    let records = incident_records(text);
    let kinds: Vec<_> = (records.iter())
        .map(|e| e.sub_event_type.as_str())
        .collect();
    assert_eq!(
        kinds,
        vec!["Air/drone strike", "Armed clash"],
        "{records:#?}"
    );
}

#[test]
fn a_titles_shelling_at_a_country_is_the_one_firing_the_body_places_at_a_town() {
    // the title and lead tell cross-border shelling at the country, the statement the firing at
    // a town: the story's one violent incident, one record placed at the town
    let events = incident_records(
        "الجيش الباكستاني يعلن عن إصابة 5 أشخاص بقصف هندي عبر الحدود\n\
         أصيب خمسة باكستانيين بينهم ثلاثة نساء وطفلين بجروح بالغة جراء قصف شنته القوات الهندية \
         صباح اليوم تجاه قرى باكستانية عبر الحدود المشتركة بين البلدين.\n\
         وأوضح بيان صادر عن مكتب العلاقات العامة للقوات المسلحة الباكستانية أن القوات الهندية \
         بادرت بإطلاق النار بدون مبرر تجاه قرى باكستانية في منطقة سيالكوت بإقليم البنجاب شرقي \
         باكستان ما أدى إلى إصابة خمسة أشخاص بينهم ثلاثة نساء وطفلين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].location.as_ref().unwrap().name, "Sialkot");
}

/// (place, fatalities) of every incident record.
fn placed_tolls(text: &str) -> Vec<(Option<String>, Option<u64>)> {
    (incident_records(text).iter())
        .map(|e| {
            (
                e.location.as_ref().map(|l| l.name.clone()),
                e.fatalities.as_ref().and_then(|f| f.min),
            )
        })
        .collect()
}

#[test]
fn a_tally_after_words_on_the_bomber_is_the_bombings_not_the_next_acts() {
    // the police academy bombing, a chief's and a source's words on the bomber, then the tally
    // "حصيلة الضحايا بلغت 20": the 20 are the academy's, not the truck bomb's told next "قبل
    // أقل من 24 ساعة على هذا الهجوم" with 15 of its own (SaudiNewsNet, a26728)
    let bombing =
        "ووقع تفجير انتحاري مساء الجمعة أمام مدخل أكاديمية الشرطة في كابول بينما كان أفراد \
                   الشرطة عائدين من عطلة نهاية الأسبوع. وأوضح مصدر أمني لوكالة فرانس برس أنه تمكن \
                   من التسلّل إلى مجموعة الطلاب لأنه كان يرتدي بزة للشرطة. وذكرت ثلاثة مصادر في \
                   الشرطة والاستخبارات طلبت عدم كشف هوياتها أن حصيلة الضحايا بلغت 20 قتيلاً على \
                   الأقل.";
    let truck = "وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار شاحنة مفخخة حياً سكنياً في وسط كابول \
                 وتسبب بمقتل 15 شخصاً على الأقل وجرح أكثر من 240 آخرين.";
    let tolls = placed_tolls(&format!("{bombing} {truck}"));
    assert_eq!(
        tolls,
        vec![
            (Some("Kabul".to_string()), Some(20)),
            (Some("Kabul".to_string()), Some(15))
        ],
        "{tolls:#?}"
    );
    // the near miss: a sentence between that tells an act of its own (an arrest) is no aside;
    // the tally is not the bombing's told before it
    let bombing = bombing.replace(
        "وأوضح مصدر أمني لوكالة فرانس برس أنه تمكن من التسلّل إلى مجموعة الطلاب لأنه كان يرتدي بزة \
         للشرطة.",
        "واعتقلت الشرطة ثلاثة مشتبه بهم في قندهار.",
    );
    let tolls = placed_tolls(&bombing);
    assert!(
        !tolls.contains(&(Some("Kabul".to_string()), Some(20))),
        "{tolls:#?}"
    );
    // nor is a toll whose own sentence tells an act: the two policemen killed "ردا على الهجوم
    // الانتحاري" are not the bombing's dead (SaudiNewsNet, a5901)
    let aside =
        "ووقع تفجير انتحاري مساء الجمعة أمام مدخل أكاديمية الشرطة في كابول بينما كان أفراد \
                 الشرطة عائدين من عطلة نهاية الأسبوع. وأوضح مصدر أمني لوكالة فرانس برس أنه تمكن \
                 من التسلّل إلى مجموعة الطلاب لأنه كان يرتدي بزة للشرطة. إلى ذلك، تبنى مسلحو الحزب \
                 أمس قتل شرطيين عثر على جثتيهما قرب الحدود ردا على الهجوم الانتحاري الدموي الذي \
                 نسب الإثنين الماضي إلى تنظيم داعش.";
    let tolls = placed_tolls(aside);
    assert!(
        !tolls.contains(&(Some("Kabul".to_string()), Some(2))),
        "{tolls:#?}"
    );
}

#[test]
fn another_bomber_of_the_two_told_is_the_same_attack_not_another() {
    // the attack told by its two bombers, then "another" bomber at its place: one attack
    let two = "داعش يفجر سوقا ويقتل 12 شخصا\n\
               قال مسؤول محلي إن 12 شخصا على الأقل قتلوا اليوم عندما هاجم انتحاريان سوقا مزدحمة في بلدة طوز خورماتو. \
               وأضاف أن مفجرا انتحاريا آخر فجر شحنة ناسفة عند مدخل السوق في طوز خورماتو فيما كانت فرق الإنقاذ تنقل القتلى والجرحى.";
    let records = incident_records(two);
    assert_eq!(records.len(), 1, "{records:#?}");
    let f = records[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(12), "{f:#?}");
    // one bomber told first: "another" bomber is another attack
    let one = "قال مسؤول محلي إن 12 شخصا على الأقل قتلوا اليوم عندما فجر انتحاري نفسه في سوق مزدحمة في بلدة طوز خورماتو. \
               وأضاف أن مفجرا انتحاريا آخر فجر شحنة ناسفة عند مدخل سوق آخر في البلدة مما أدى إلى مقتل خمسة أشخاص.";
    let records = incident_records(one);
    assert_eq!(records.len(), 2, "{records:#?}");
}

#[test]
fn a_title_told_again_by_its_lead_is_one_incident() {
    // the title tells the toll as it stood last (four), the lead as first told (three): one
    // blast (Al-Riyadh, sample BF 25)
    let text = "انفجار عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص\n\
                قالت وكالة دوجان للأنباء اليوم الاثنين إن ثلاثة أشخاص قتلوا كما أصيب مالايقل عن عشرة آخرين في انفجار وقع عند مركز للشرطة في ضاحية باسطنبول. \n\
                وأكدت قيادة شرطة اسطنبول في بيان إن ثلاثة رجال شرطة وسبعة مدنيين أصيبوا في الانفجار ولكنها لم تذكر عدد القتلى، وأكد مكتب حاكم اسطنبول مقتل ثلاثة مهاجمين ورجل شرطة في الهجوم.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    // the title with no toll at the town, the lead at the province with the toll (sample BF 5)
    let text = "الجيش المصري يصد هجوماً إرهابياً بالسويس\n\
                أعلنت القوات المسلحة المصرية مساء امس نجاح عناصر من الجيش الثالث الميداني في صد هجوم إرهابي بنطاق محافظة السويس وقتل أحد العناصر الإرهابية المشاركة في الهجوم.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
    // the title placed only where its speakers are, the lead at the bombing's province with its
    // day (sample BF 3): one record, at Asir, of that day
    let text = "وجهاء القطيف : تفجير مسجد الطوارئ كشف الوجه البشع للإجرام\n\
                أكد علماء ووجهاء محافظة القطيف ان تفجير مسجد قوات الطوارئ بعسير يوم الخميس الماضي كشف الوجه البشع للاجرام والخيانة والضلال.";
    let events = incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    let place = events[0].location.as_ref().map(|l| l.text.as_str());
    assert_eq!(place, Some("عسير"), "{events:#?}");
    assert!(events[0].date.is_some(), "{events:#?}");
    // near miss: the same words as a text's two opening sentences, no headline: two new
    // events with tolls of their own at one place stay apart
    let text = "انفجار عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص. \
                قالت وكالة دوجان للأنباء اليوم الاثنين إن ثلاثة أشخاص قتلوا كما أصيب مالايقل عن عشرة آخرين في انفجار وقع عند مركز للشرطة في ضاحية باسطنبول.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
}
