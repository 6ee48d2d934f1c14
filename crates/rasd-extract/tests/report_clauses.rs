//! The day of a whole report's incidents where the day of another clause or of a quotation is
//! in play (the words a verb of saying opens in quotation marks, the main act of a sentence
//! that names the incident in a relative clause), on real reports (split from report_dates.rs,
//! which grew past 1,100 lines).

mod common;

#[test]
fn a_day_in_the_quoted_words_a_verb_of_saying_opens_is_no_day_of_saying() {
    // a real report (SaudiNewsNet, published 2015-08-10): the brother's quoted words tell the
    // protest's day, "أول من أمس (السبت)"; the video's marchers told next, with no day of their
    // own, are of that Saturday, not of the killing's Thursday told before
    let text = "وأقدم سليمان الأسد وهو نجل ابن عم الرئيس السوري على قتل العقيد المهندس في القوات الجوية حسان الشيخ إثر خلاف مروري عند مستديرة الأزهري في مدينة اللاذقية مساء الخميس.\nوأضاف “الناس الذين نزلوا أول من أمس (السبت) إلى الشارع ليؤكدوا أن الفقيد هو فقيد الوطن كله مطالبين بمحاكمة القاتل سليمان الأسد، هم أكبر دليل على أن المواطنين كلهم بحاجة للشعور بالأمان”.\nوبثت المواقع الإلكترونية شريط فيديو أظهر خروج مئات المتظاهرين في أحد شوارع اللاذقية للمطالبة بمحاسبة الفاعل هاتفين “الشعب يريد إعدام سليمان”.";
    let report = rasd_core::Report {
        published: Some("2015-08-10".into()),
        ..common::report(text)
    };
    let events = rasd_extract::Extractor::new()
        .with_all(true)
        .extract(&report)
        .events;
    let protest = (events.iter())
        .find(|e| e.trigger.text.contains("المتظاهرين"))
        .unwrap_or_else(|| panic!("the protest: {events:#?}"));
    assert_eq!(
        protest.date.as_ref().map(|d| d.value.as_str()),
        Some("2015-08-08"),
        "{events:#?}"
    );
}

#[test]
fn an_act_a_relative_clause_tells_as_what_the_main_act_came_after_takes_not_its_day() {
    // a real report (SaudiNewsNet, published 2015-08-08): the Duma arson is named only as what
    // the reinforcements were brought in after; "مساء الأول من أمس" is the day the soldiers stood
    // at Sinjil, told in the main clause after a comma: the arson's day is not told
    let text = "في أعقاب دهس ثلاثة جنود إسرائيليين بسيارة يقودها شاب فلسطيني، هدد وزير الدفاع الإسرائيلي، موشيه يعلون، بتشديد القبضة الحديدية ضد الفلسطينيين في الضفة الغربية أكثر.\nوكان ثلاثة جنود يقودون دورية عسكرية، من القوات الإضافية التي أدخلها الجيش الإسرائيلي إلى المنطقة بعد عملية إحراق عائلة سعد دوابشة في دوما، قد رابطوا أمام مدخل قرية سنجل الفلسطينية مساء الأول من أمس.";
    let report = rasd_core::Report {
        published: Some("2015-08-08".into()),
        ..common::report(text)
    };
    let events = rasd_extract::Extractor::new()
        .with_all(true)
        .extract(&report)
        .events;
    let arson = (events.iter())
        .find(|e| e.trigger.text.contains("إحراق"))
        .unwrap_or_else(|| panic!("the arson: {events:#?}"));
    assert_eq!(arson.date, None, "{events:#?}");
}
