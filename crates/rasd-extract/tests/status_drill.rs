//! Status on real text of SaudiNewsNet reports (sample AX 47, 45, 29): an act a cell trained
//! for, an act told as what a place is known for ("حيث خطف عدد كبير من") and hospitals shelled
//! "deliberately" in a list of charges are no incidents.

mod common;

use common::status_of;
use rasd_core::Status;

fn assert_status(text: &str, word: &str, status: Status, cue: &str) {
    let (s, c) = status_of(text, word);
    assert_eq!((s, c.as_deref()), (status, Some(cue)), "{text}");
}

#[test]
fn bombings_a_cell_trained_for_are_no_act() {
    // a14183 (AX 47): a cell arrested last week had trained in Iran for underwater bombings
    let text = "كشف مصدر أمني رفيع بوزارة الداخلية البحرينية عن وجود فرضيات متعدده حول أهداف \
                الخلية الإرهابية التي قبض عليها الأسبوع الماضي في التخطيط لاستهداف معامل تكرير \
                للنفط في الخليج العربي بعد أن تدرب عناصرها في إيران على الغوص في أعماق البحر \
                وتنفيذ عمليات تفجير لأهداف مهمة في مياه الخليج العربي.";
    assert_status(text, "تفجير", Status::Intent, "تدرب");
    // trained at the hands of a group, then carried the attack out: the act happened
    let text = "وقالت الوزارة إن الانتحاري الذي تدرب على يد التنظيم في سوريا نفذ الهجوم على \
                المسجد في بلدة القديح أمس.";
    assert_eq!(status_of(text, "الانتحاري").0, Status::Incident, "{text}");
}

#[test]
fn kidnappings_a_region_is_known_for_are_no_incident() {
    // a28106 (AX 45): where many Westerners were kidnapped
    let text = "وتقع موبتي على تخوم الشمال المالي الشاسع، حيث خطف عدد كبير من الغربيين.";
    assert_status(text, "خطف", Status::Generic, "حيث خطف عدد كبير من");
    // the kidnapping of a named number, told with its day, is one
    let text = "وصل المسلحون إلى الفندق أمس حيث خطفوا خمسة من الغربيين.";
    assert_eq!(status_of(text, "خطفوا").0, Status::Incident, "{text}");
}

#[test]
fn hospitals_shelled_in_a_list_of_charges_are_a_kind() {
    // a21826 (AX 29): a minister lists what the militias did, the towns told before as another
    // verb's
    let text = "ولفت وزير حقوق الإنسان إلى ما ارتكبته مليشيات الحوثي وصالح من جرائم حرب بحق \
                المدنيين الأبرياء وتسببت في نزوح الآلاف من الأسر، وأغلقت جميع المنافذ التي تؤدي \
                إلى محافظة تعز وعدن والضالع ومنعت وصول المساعدات الإغاثية والإنسانية إلى \
                مستحقيها في تلك المحافظات وقامت بالقصف المتعمد للمستشفيات واستهداف الطواقم الطبية.";
    assert_status(text, "القصف", Status::Generic, "للمستشفيات");
    // a class of places with its town told after it stays an incident
    let text = "وقصفت الميليشيات أمس المستشفيات في مدينة تعز.";
    assert_eq!(status_of(text, "قصفت").0, Status::Incident, "{text}");
    // a28638: the towns right before the act are its own, no class of places makes it a kind
    // (alone, the sentence is generic for want of anything that pins it)
    let text = "وكان المتمردون تعمدوا في معظم المدن والمناطق التي اجتاحوها، لا سيما في عدن وتعز، \
                قصف المستشفيات وكافة المرافق الصحية.";
    assert_ne!(
        status_of(text, "قصف").1.as_deref(),
        Some("المستشفيات"),
        "{text}"
    );
    // a28683: a town told right before the verb that governs the act is its own
    let text = "وها هم اليوم في أبها أجازوا لأنفسهم تفجير المساجد وقتل المصلين الآمنين من جنود \
                الأمن.";
    assert_eq!(status_of(text, "تفجير").0, Status::Incident, "{text}");
}

#[test]
fn churches_burned_as_a_kind_are_no_incident_behind_another_verbs_town() {
    // a25959: the town is where the churches complained, the burning one a man endorsed
    let text = "من جهة ثانية، تقدمت الكنائس الكاثوليكية في القدس بشكوى ضد يهودي متطرف أيد حرق \
                الكنائس.";
    assert_status(text, "حرق", Status::Generic, "الكنائس");
}

#[test]
fn violence_a_side_committed_is_a_charge() {
    // a21826: the provinces hit by the violence the militias committed
    let text = "ودعا الأصبحي المنظمات العربية والدولية كافة إلى تقديم المساعدات الإغاثية والإنسانية \
                والدواء إلى المحافظات المتضررة من أعمال العنف التي ارتكبتها مليشيات الحوثي وصالح \
                الانقلابية وخاصة في محافظات تعز وعدن والضالع وأبين.";
    assert_status(text, "أعمال العنف", Status::Generic, "التي ارتكبتها");
    // an attack a side committed on a day, with its dead, is one
    let text = "وأدان الوزير الاعتداء الإرهابي الذي ارتكبه مسلحون في قرية دوما فجر الجمعة وراح \
                ضحيته طفل.";
    assert_eq!(status_of(text, "الاعتداء").0, Status::Incident, "{text}");
}
