use super::*;
use crate::lexicon::Lexicons;

/// The date expressions of `text` published on `published`: (text, date, precision,
/// future).
fn dates(published: &str, text: &str) -> Vec<(String, String, DatePrecision, bool)> {
    thread_local! {
        static LEX: Lexicons = Lexicons::compile();
    }
    let doc = Document::analyze(text);
    LEX.with(|lex| {
        let matches = lex.dates.find(&doc);
        find_dates(&doc, &matches, Day::parse(published))
            .into_iter()
            .map(|d| {
                (
                    doc.slice(d.span).to_string(),
                    d.day.iso(),
                    d.precision,
                    d.future,
                )
            })
            .collect()
    })
}

fn one(published: &str, text: &str) -> (String, DatePrecision, bool) {
    let all = dates(published, text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    let (_, day, precision, future) = all.into_iter().next().unwrap();
    (day, precision, future)
}

use DatePrecision::{Day as D, Month as M, Year as Y};

#[test]
fn a_past_month_is_the_latest_before_publication() {
    let p = "2019-09-03";
    // a month before the publication month: the same year
    assert_eq!(
        one(p, "وصل الوفد في مارس الماضي."),
        ("2019-03-01".into(), M, false)
    );
    assert_eq!(
        one(p, "وصل الوفد في آب المنصرم."),
        ("2019-08-01".into(), M, false)
    );
    // the publication month itself is not over: last year's
    assert_eq!(
        one(p, "وصل الوفد في سبتمبر الماضي."),
        ("2018-09-01".into(), M, false)
    );
    assert_eq!(
        one(p, "وصل الوفد في أكتوبر الماضي."),
        ("2018-10-01".into(), M, false)
    );
    // with a day: the latest such day before publication
    assert_eq!(
        one(p, "وصل الوفد في 2 سبتمبر الماضي."),
        ("2019-09-02".into(), D, false)
    );
    assert_eq!(
        one(p, "وصل الوفد في 12 سبتمبر الماضي."),
        ("2018-09-12".into(), D, false)
    );
    assert_eq!(
        one(p, "وصل الوفد في 12 يناير الماضي."),
        ("2019-01-12".into(), D, false)
    );
}

#[test]
fn a_month_with_its_other_name_takes_the_anchor_after_both() {
    let p = "2019-09-03";
    let d = dates(p, "انسحب الجيش منتصف آذار (مارس) الماضي.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].0, "منتصف آذار (مارس) الماضي");
    assert_eq!(d[0].1, "2019-03-01");
    let d = dates(p, "انسحب الجيش يوم 4 أبريل/نيسان الماضي.");
    assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-04-04"), "{d:?}");
    // its other name alone makes a date
    let d = dates(p, "انسحب الجيش في أبريل (نيسان).");
    assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-04-01"), "{d:?}");
}

#[test]
fn a_coming_month_is_after_publication_and_future() {
    let p = "2019-09-03";
    assert_eq!(
        one(p, "تبدأ المحادثات في مارس المقبل."),
        ("2020-03-01".into(), M, true)
    );
    assert_eq!(
        one(p, "تبدأ المحادثات في أكتوبر القادم."),
        ("2019-10-01".into(), M, true)
    );
    assert_eq!(
        one(p, "تبدأ المحادثات في 9 سبتمبر المقبل."),
        ("2019-09-09".into(), D, true)
    );
    assert_eq!(
        one(p, "تبدأ المحادثات غدا."),
        ("2019-09-04".into(), D, true)
    );
    assert!(one(p, "تبدأ المحادثات الأسبوع المقبل.").2);
    assert!(one(p, "تبدأ المحادثات العام المقبل.").2);
    assert_eq!(
        one(p, "تبدأ المحادثات الأحد المقبل."),
        ("2019-09-08".into(), D, true)
    );
    assert!(one(p, "تبدأ المحادثات مطلع الأسبوع المقبل.").2);
    assert_eq!(
        one(p, "بدأت المحادثات مطلع الأسبوع الماضي."),
        ("2019-08-27".into(), DatePrecision::Week, false)
    );
    // the current month and this year are not future
    assert!(!one(p, "بدأت المحادثات مطلع سبتمبر الجاري.").2);
    assert!(!one(p, "بدأت المحادثات هذا العام.").2);
}

#[test]
fn the_day_after_tomorrow_and_its_weekday_are_one_day_to_come() {
    // (a Friday's feed: "بعد غد (الأحد)" is two days on, not the Sunday before it)
    assert_eq!(
        one(
            "2015-07-24",
            "واستئناف العمل الرسمي في الوزارات السيادية والأمنية والخدمية، اعتبارا من بعد غد (الأحد)."
        ),
        ("2015-07-26".into(), D, true)
    );
    assert_eq!(
        one("2015-07-27", "وستغادر البعثة بعد غد الأربعاء إلى النمسا."),
        ("2015-07-29".into(), D, true)
    );
    assert_eq!(
        one("2015-07-16", "ويصل الوفد يوم غد الجمعة إلى جدة."),
        ("2015-07-17".into(), D, true)
    );
}

#[test]
fn a_part_of_a_month_is_a_date_of_month_precision() {
    let p = "2019-09-03";
    assert_eq!(
        one(p, "فر السكان مطلع يوليو."),
        ("2019-07-01".into(), M, false)
    );
    assert_eq!(
        one(p, "فر السكان في أواخر فبراير."),
        ("2019-02-01".into(), M, false)
    );
    assert_eq!(
        one(p, "فر السكان خلال شهر مايو."),
        ("2019-05-01".into(), M, false)
    );
    // a part of the month not reached yet: last year's
    assert_eq!(
        one(p, "فر السكان نهاية سبتمبر."),
        ("2018-09-01".into(), M, false)
    );
    // a month name alone is not a date
    assert!(dates(p, "فر السكان إلى حي حزيران.").is_empty());
}

#[test]
fn a_bare_month_after_fi_is_that_month() {
    // "في" makes a bare month a time, as it does a bare year ("في 2002")
    let p = "2015-08-07";
    assert_eq!(
        one(
            p,
            "وفي يوليو، تبنّى تنظيم داعش هجوما بسيارة مفخخة استهدف القنصلية الإيطالية في وسط القاهرة."
        ),
        ("2015-07-01".into(), M, false)
    );
    assert_eq!(
        one(p, "وفي فبراير، بث تنظيم داعش فيديو لإعدام 21 قبطيا."),
        ("2015-02-01".into(), M, false)
    );
    // another word before it leaves a bare month no date; nor does "في" make a time of a
    // name of two letters (the province of Ibb) or of a Hijri month (the holy month of any year)
    assert!(dates(p, "فر السكان إلى حي حزيران.").is_empty());
    assert!(dates(
        p,
        "واشار المصدر الى استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم في اب."
    )
    .is_empty());
    assert!(dates(
        p,
        "ومن أهم هذه المعارك التي خاضها المسلمون في رمضان، غزوة بدر الكبرى."
    )
    .is_empty());
}

#[test]
fn an_explicit_year_sets_the_year() {
    let p = "2019-09-03";
    assert_eq!(
        one(p, "اعتقل في الـ14 من مارس من عام 2016."),
        ("2016-03-14".into(), D, false)
    );
    assert_eq!(
        one(p, "اعتقل في السادس والعشرين من أكتوبر 2017."),
        ("2017-10-26".into(), D, false)
    );
    assert_eq!(
        one(p, "اعتقل في الثاني عشر من شهر مايو."),
        ("2019-05-12".into(), D, false)
    );
    assert_eq!(
        one(p, "اعتقل في يونيو من العام الماضي."),
        ("2018-06-01".into(), M, false)
    );
    assert_eq!(
        one(p, "اعتقل عام 1998 في بيروت."),
        ("1998-01-01".into(), Y, false)
    );
    assert_eq!(
        one(p, "اعتقل في العام 2003."),
        ("2003-01-01".into(), Y, false)
    );
    assert_eq!(
        one(p, "تنتهي الولاية سنة 2022."),
        ("2022-01-01".into(), Y, true)
    );
    // a year before 1900 needs its era; a Hijri year is the Common year of most of it
    assert!(dates(p, "بلغ عددهم عام 1500 نحو ألف.").is_empty());
    assert_eq!(one(p, "توفي عام 1293 هـ."), ("1876-01-01".into(), Y, false));
    assert_eq!(
        one(p, "بنيت القلعة سنة 1791م."),
        ("1791-01-01".into(), Y, false)
    );
}

#[test]
fn a_hijri_month_is_a_date_of_the_hijri_calendar() {
    // 6 August 2015 = 21 Shawwal 1436 (Umm al-Qura)
    let p = "2015-08-06";
    assert_eq!(
        dates(p, "وقع الانفجار يوم الخميس 21 شوال 1436هـ في المسجد."),
        vec![(
            "الخميس 21 شوال 1436هـ".into(),
            "2015-08-06".into(),
            D,
            false
        )]
    );
    // without a year: this Hijri year's, or the last one's if that day is still to come
    assert_eq!(one(p, "قتل في 18 شوال."), ("2015-08-03".into(), D, false));
    assert_eq!(
        one(p, "قتل في 25 ذي القعدة."),
        ("2014-09-20".into(), D, false)
    );
    // the year of the date told before
    assert_eq!(
        dates(
            p,
            "قتل أربعة في 28 يونيو عام 2014، وقتل 22 في 25 رمضان في نفس العام."
        )[1],
        (
            "25 رمضان في نفس العام".into(),
            "2014-07-22".into(),
            D,
            false
        )
    );
    assert!(dates(p, "قتل 22 في 25 رمضان من العام نفسه.").is_empty());
    // alone: the month or the year of the date told before
    assert_eq!(
        dates(
            p,
            "سيطروا على القاعدة في مارس 2015، وفي الشهر نفسه قصفتها الطائرات."
        )[1],
        ("الشهر نفسه".into(), "2015-03-01".into(), M, false)
    );
    assert_eq!(
        dates(p, "اعتقل في عام 2012 ثم قتل في العام نفسه.")[1],
        ("العام نفسه".into(), "2012-01-01".into(), Y, false)
    );
    // a month alone with an anchor: the Common month that holds its middle
    assert_eq!(
        one(p, "قتل في رمضان الماضي."),
        ("2015-07-01".into(), M, false)
    );
    assert_eq!(
        one(p, "قتل في منتصف المحرم 1400 هجرية."),
        ("1979-12-01".into(), M, false)
    );
}

#[test]
fn a_date_of_numbers_is_day_first_or_year_first() {
    let p = "2015-08-10";
    assert_eq!(
        dates(p, "وقع الحادث يوم الخميس 21/10/1436هـ في أبها."),
        vec![("الخميس 21/10/1436هـ".into(), "2015-08-06".into(), D, false)]
    );
    // spaced, Arabic-Indic digits, the Hijri year bare; the Common calendar, day first or
    // year first
    assert_eq!(
        one(p, "وقع الحادث في ١٩ / ١٠ / ١٤٣٦ في أبها."),
        ("2015-08-04".into(), D, false)
    );
    assert_eq!(
        one(p, "وقع الحادث في 5/8/2015."),
        ("2015-08-05".into(), D, false)
    );
    assert_eq!(
        one(p, "وقع الحادث في 2015-08-04."),
        ("2015-08-04".into(), D, false)
    );
    assert_eq!(
        one(p, "وقع الحادث في 1/2/1980م."),
        ("1980-02-01".into(), D, false)
    );
    // the last of days glued by another separator opens the date ("يومي 18ـ19/ 10/ 1436هـ")
    assert_eq!(
        one(p, "عقد الاجتماع على مدى يومين 3-4 / 10 / 1436 في الرياض."),
        ("2015-07-20".into(), D, false)
    );
    // not a date: a score, a day that the month lacks, a year of no calendar
    assert!(dates(p, "فاز الفريق 3-1 على خصمه.").is_empty());
    assert!(dates(p, "في 31/2/2015 و 5/8/1750").is_empty());
}

#[test]
fn a_date_told_again_in_the_other_calendar_is_one_expression() {
    let p = "2015-07-21";
    // the first carries the year
    assert_eq!(
        dates(
            p,
            "وقعت في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين كان الجنود صائمين."
        ),
        vec![(
            "6 أغسطس (آب) 2012، الموافق 17 رمضان".into(),
            "2012-08-06".into(),
            D,
            false
        )]
    );
    // a Hijri day and its Common day: the Common one
    assert_eq!(
        one(
            p,
            "يوم العشرين من رمضان 1436هـ الموافق التاسع من يوليو 2015."
        ),
        ("2015-07-09".into(), D, false)
    );
}

#[test]
fn a_relative_day_and_the_date_after_it_are_one_expression() {
    // 2019-09-03 was a Tuesday
    let p = "2019-09-03";
    // the weekday wins over the offset when they disagree
    let d = dates(p, "قصف الطيران البلدة أمس الأحد.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        (d[0].0.as_str(), d[0].1.as_str()),
        ("أمس الأحد", "2019-09-01")
    );
    let d = dates(p, "قصف الطيران البلدة اليوم الثلاثاء.");
    assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-09-03"), "{d:?}");
    // an explicit day wins over both
    let d = dates(p, "قصف الطيران البلدة مساء أمس الاثنين الـ26 من أغسطس.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "2019-08-26");
    assert_eq!(d[0].0, "مساء أمس الاثنين الـ26 من أغسطس");
    // the weekday in brackets after the day, as many papers write it
    let d = dates(
        p,
        "قالت الشرطة اليوم (الثلاثاء) إن الطيران قصف البلدة أمس (الاثنين).",
    );
    let got: Vec<&str> = d.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(got, ["2019-09-03", "2019-09-02"], "{d:?}");
}

#[test]
fn a_bare_weekday_of_the_publication_is_the_publication_day() {
    // 2015-07-24 was a Friday (DESIGN.md section 1)
    let got = |text: &str| dates("2015-07-24", text)[0].1.clone();
    assert_eq!(got("قتل ثمانية مسلحين صباح الجمعة."), "2015-07-24");
    assert_eq!(got("قتل ثمانية مسلحين الجمعة الماضي."), "2015-07-17");
    assert_eq!(got("قتل ثمانية مسلحين الخميس."), "2015-07-23");
}

#[test]
fn a_counted_day_with_a_weekday_one_day_after_it_is_that_weekday() {
    // 2015-07-25 was a Saturday: "أول من أمس" counts Thursday the 23rd, but the paper names
    // Friday (its feed date a day late): Friday the 24th, not the Friday a week before
    let got = |p: &str, text: &str| dates(p, text)[0].1.clone();
    assert_eq!(
        got(
            "2015-07-25",
            "وسقطت القذائف صباح أول من أمس الجمعة في أضرار مادية بسيطة."
        ),
        "2015-07-24"
    );
    // "أمس الجمعة" in a feed dated Friday: that Friday, not the 17th
    assert_eq!(
        got("2015-07-24", "قتل ثمانية مسلحين أمس الجمعة."),
        "2015-07-24"
    );
    // the weekday on or before the counted day, as before
    assert_eq!(
        got("2015-07-25", "قتل ثمانية مسلحين أمس الجمعة."),
        "2015-07-24"
    );
    assert_eq!(
        got("2015-07-25", "قتل ثمانية مسلحين أمس الخميس."),
        "2015-07-23"
    );
    // never a day after publication: "اليوم السبت" told on Friday stays the Saturday before
    assert_eq!(
        got("2015-07-24", "قتل ثمانية مسلحين اليوم السبت."),
        "2015-07-18"
    );
}

#[test]
fn a_day_of_a_month_named_by_publication_is_that_day() {
    let p = "2015-07-24";
    assert_eq!(
        one(
            p,
            "قتل القيادي في غارة قرب البلدة في الثامن من الشهر الجاري."
        ),
        ("2015-07-08".into(), D, false)
    );
    assert_eq!(
        one(p, "قتل القيادي في غارة قرب البلدة في 28 من الشهر الماضي."),
        ("2015-06-28".into(), D, false)
    );
    // with its weekday before it: one expression
    assert_eq!(
        dates(p, "قتل القيادي يوم الأربعاء الـ8 من هذا الشهر."),
        vec![(
            "الأربعاء الـ8 من هذا الشهر".into(),
            "2015-07-08".into(),
            D,
            false
        )]
    );
    // a count before it is no day ("قتل 20 الشهر الماضي"); a day the month does not
    // hold ("31 من الشهر الماضي" told in July: June has 30) leaves the month
    assert_eq!(
        one(p, "قتل 20 الشهر الماضي."),
        ("2015-06-01".into(), M, false)
    );
    assert_eq!(
        one(p, "قتل القيادي في 31 من الشهر الماضي."),
        ("2015-06-01".into(), M, false)
    );
}

#[test]
fn a_weekday_counted_within_a_month_is_that_day() {
    // Ramadan 1436 ran from 18 June to 16 July 2015; its Fridays were 19 and 26 June, 3, 10
    // July: the second is 26 June, not the Friday before publication
    let p = "2015-07-08";
    assert_eq!(
        dates(p, "اعتصم المصلون يوم الجمعة الثانية من شهر رمضان."),
        vec![(
            "الجمعة الثانية من شهر رمضان".into(),
            "2015-06-26".into(),
            D,
            false
        )]
    );
    assert_eq!(
        one(p, "اعتصم المصلون الجمعة الثالثة من رمضان."),
        ("2015-07-03".into(), D, false)
    );
    // the last: counted back from the month's end (30 April 2015 was a Thursday)
    assert_eq!(
        one(p, "اعتصم المصلون في الخميس الأخير من أبريل."),
        ("2015-04-30".into(), D, false)
    );
    assert_eq!(
        one(p, "اعتصم المصلون في السبت الأخير من أبريل."),
        ("2015-04-25".into(), D, false)
    );
    // a fifth that the month does not hold (June 2015 had four Fridays) is no such date: the
    // bare weekday
    assert_eq!(
        one(p, "اعتصم المصلون الجمعة الخامسة من يونيو."),
        ("2015-07-03".into(), D, false)
    );
    // a count that is no month's ("الجمعة الثانية على التوالي") leaves the weekday bare
    assert_eq!(
        one(p, "اعتصم المصلون الجمعة الثانية على التوالي."),
        ("2015-07-03".into(), D, false)
    );
}

#[test]
fn a_span_counted_back_from_publication() {
    let got = |text: &str| {
        let d = dates("2015-07-26", text);
        (d[0].0.clone(), d[0].1.clone(), d[0].2)
    };
    assert_eq!(
        got("ووقع هجوم مماثل قبل حوالي ثلاثة أشهر في متحف باردو."),
        (
            "قبل حوالي ثلاثة أشهر".into(),
            "2015-04-01".into(),
            DatePrecision::Month
        )
    );
    assert_eq!(got("قتل قبل شهرين.").1, "2015-05-01");
    assert_eq!(got("قتل قبل 15 عاما.").1, "2000-01-01");
    assert_eq!(got("قتل قبل عام.").1, "2014-01-01");
    // decades and centuries, at a year's precision; a unit of several words ends the span
    assert_eq!(
        got("منذ القنبلة الأولى في الرياض قبل عقد من الزمن."),
        (
            "قبل عقد من الزمن".into(),
            "2005-01-01".into(),
            DatePrecision::Year
        )
    );
    assert_eq!(got("قتل قبل عقدين.").1, "1995-01-01");
    assert_eq!(got("وقع الهجوم قبل ثلاثة عقود.").1, "1985-01-01");
    // a bare "عقد" after "قبل" is the holding of something, no span
    assert!(dates("2015-07-26", "قتل قبل عقد الاجتماع.").is_empty());
    // days and weeks ago date nothing (see MIN_AGO_DAYS)
    assert!(dates("2015-07-26", "قتل قبل أسبوع.").is_empty());
    // a year named after it is that year; "قبل أن" is no date
    assert_eq!(got("قتل قبل عام 2011.").1, "2011-01-01");
    assert!(dates("2015-07-26", "قتل قبل أن يصل.").is_empty());
    // counted back from another event
    assert!(dates("2015-07-26", "دخلوا البلاد قبل يوم من التفجير.").is_empty());
    assert!(dates("2015-07-26", "لم يحدث سوى قبل يوم واحد من الهجوم.").is_empty());
    assert!(dates("2015-07-26", "وصل قبل يوم واحد.").is_empty());
}

#[test]
fn a_date_that_names_a_street_dates_nothing() {
    let doc = Document::analyze("سيطرت المقاومة أمس على المواقع في شارع 26 سبتمبر وسط المدينة.");
    let lex = Lexicons::compile();
    let ms = lex.dates.find(&doc);
    let found = find_dates(&doc, &ms, Day::parse("2015-07-22"));
    let dating: Vec<String> = found
        .iter()
        .filter(|d| d.dates_events())
        .map(|d| d.day.iso())
        .collect();
    assert_eq!(dating, ["2015-07-21"], "{found:?}");
    // the street's date is still found, so that "26" is no count
    assert!(found.iter().any(|d| d.name), "{found:?}");
}

#[test]
fn a_publication_named_by_the_day_dates_nothing() {
    // a dateline "AUTHOR – عين اليوم" (a news site), a newspaper "صحيفة اليوم": no today
    let dating = |text: &str| -> Vec<String> {
        let doc = Document::analyze(text);
        let lex = Lexicons::compile();
        let ms = lex.dates.find(&doc);
        find_dates(&doc, &ms, Day::parse("2015-08-10"))
            .into_iter()
            .filter(|d| d.dates_events())
            .map(|d| d.day.iso())
            .collect()
    };
    assert!(dating("سالم الحربي – عين اليوم\n قتل ثلاثة في هجوم.").is_empty());
    assert!(dating("وقال لصحيفة اليوم إن الهجوم وقع في المدينة.").is_empty());
    assert!(dating("ونشرت جريدة اليوم صور الهجوم.").is_empty());
    // the day after the name still dates
    assert_eq!(
        dating("سالم الحربي – عين اليوم\n قتل ثلاثة في هجوم أمس."),
        ["2015-08-09"]
    );
}

#[test]
fn the_friday_prayer_dates_nothing() {
    let lex = Lexicons::compile();
    let dating = |text: &str| -> Vec<String> {
        let doc = Document::analyze(text);
        let ms = lex.dates.find(&doc);
        let found = find_dates(&doc, &ms, Day::parse("2015-08-08"));
        (found.iter())
            .filter(|d| d.dates_events())
            .map(|d| d.day.iso())
            .collect()
    };
    // a bombing of May retold in August: the prayer's day is no day of its own
    assert!(dating("فجر انتحاري نفسه وسط المصلين أثناء أداء صلاة الجمعة في مسجد.").is_empty());
    assert!(dating("استهدف الهجوم المصلين خلال خطبة الجمعة.").is_empty());
    // a Friday told as the day still dates it
    assert_eq!(
        dating("فجر انتحاري نفسه يوم الجمعة في مسجد."),
        ["2015-08-07"]
    );
    // a prayer told by its time of a day counted from today dates that day (Asir emergency
    // forces mosque, retold the next day): "صلاة" names only a weekday
    assert_eq!(
        dating("العمل الإرهابي الآثم الذي استهدف مسجدًا بمقر قوات الطوارئ الخاصة بمنطقة عسير أثناء أداء منسوبيه صلاة ظهر أمس الخميس، مما نتج عنه استشهاد عددٍ من منسوبي القوات."),
        ["2015-08-06"]
    );
    assert_eq!(
        dating("استنكر الخبراء الحادث الإجرامي الذي وقع في مسجد قوات الطوارئ وأودى بحياة عدد من رجال الأمن كانوا يؤدون صلاة الظهر أمس الخميس."),
        ["2015-08-06"]
    );
    assert_eq!(
        dating("فجر انتحاري نفسه بعد صلاة عصر أمس في مسجد."),
        ["2015-08-07"]
    );
    // the newspaper's "اليوم" stays a name
    assert!(dating("وقال المتحدث لصحيفة اليوم إن المسجد استهدف.").is_empty());
    // the prayer's Friday dated by its day and month is that date
    assert_eq!(
        dating("فجر انتحاري نفسه أثناء صلاة الجمعة 29 مايو 2015 في مسجد."),
        ["2015-05-29"]
    );
}

#[test]
fn a_weekday_that_opens_a_number_is_no_date() {
    let lex = Lexicons::compile();
    let doc = Document::analyze("قتل الأحد عشر جنديا في هجوم على حاجز أمس.");
    let ms = lex.dates.find(&doc);
    let found = find_dates(&doc, &ms, Day::parse("2015-08-08"));
    let days: Vec<String> = found.iter().map(|d| d.day.iso()).collect();
    assert_eq!(days, ["2015-08-07"], "{found:?}");
    // and the number is eleven
    assert_eq!(doc.numbers.first().map(|n| n.min), Some(11));
}

#[test]
fn a_bare_weekday_after_a_verb_in_the_future_is_to_come() {
    // 2015-07-24 was a Friday: "سيعود ... الأحد" is Sunday the 26th, not the 19th
    let p = "2015-07-24";
    assert_eq!(
        one(p, "وقال المتحدث إن الوزراء سيعودون الأحد إلى مدينة عدن."),
        ("2015-07-26".into(), D, true)
    );
    assert_eq!(
        one(p, "وقال المتحدث إن الوزير سوف يصل الأحد إلى مدينة عدن."),
        ("2015-07-26".into(), D, true)
    );
    // a noun that opens with the letter is no verb: "زعيم عشيرة سنية خطفوا الأحد"
    assert_eq!(
        one(p, "وذكرت مصادر أن زعيم عشيرة سنية خطف الأحد في ديالى."),
        ("2015-07-19".into(), D, false)
    );
}

#[test]
fn a_bare_weekday_after_a_verb_of_beginning_in_the_present_is_to_come() {
    // a real report (SaudiNewsNet, published Sunday 2015-07-26): the truce is to begin on the
    // coming Monday's midnight, the 27th, not the Monday past, which would date the strikes
    // told after it
    let p = "2015-07-26";
    assert_eq!(
        one(
            p,
            "أعلنت قيادة قوات التحالف - في بيان - الالتزام بهدنة إنسانية في اليمن، لمدة خمسة أيام تبدأ منتصف ليلة الإثنين."
        ),
        ("2015-07-27".into(), D, true)
    );
    // a verb of beginning in the past tells what began: the day past
    assert_eq!(
        one(
            p,
            "وقالت مصادر إن الهدنة الإنسانية التي بدأت منتصف ليلة الإثنين لم تصمد."
        ),
        ("2015-07-20".into(), D, false)
    );
}

#[test]
fn the_first_night_before_is_the_day_before_yesterday() {
    // "البارحة الأولى" of the Gulf press is the night before last, not last night
    let p = "2019-09-03";
    assert_eq!(
        one(p, "قتل مسلحون حارسا في نقطة تفتيش البارحة الأولى."),
        ("2019-09-01".into(), D, false)
    );
    // bare "البارحة" stays yesterday
    assert_eq!(
        one(p, "قتل مسلحون حارسا في نقطة تفتيش البارحة."),
        ("2019-09-02".into(), D, false)
    );
}

#[test]
fn the_midnight_of_a_night_told_by_its_two_days_is_in_the_second() {
    let p = "2015-08-07";
    let found = dates(
        p,
        "ذكرت تقارير إعلامية أن مدنيا قتل في انفجار لغم بعد منتصف ليل الأربعاء - الخميس.",
    );
    assert_eq!(found[0].1, "2015-08-06", "{found:?}");
    assert_eq!(found[1].1, "2015-08-06", "{found:?}");
    // with a slash and with the second day in brackets
    let found = dates(
        p,
        "قصفت قوات النظام بعد منتصف ليل الاثنين/الثلاثاء مناطق في داريا.",
    );
    assert_eq!(found[0].1, "2015-08-04", "{found:?}");
    let found = dates(p, "بدأت الهدنة منتصف ليل الأحد (الإثنين) في اليمن.");
    assert_eq!(found[0].1, "2015-08-03", "{found:?}");
    // the night alone, or a night told by its two days with no midnight, keeps its first day
    assert_eq!(
        one(
            p,
            "انفجرت سيارة مفخخة بعد منتصف ليل الأربعاء قرب مركز للشرطة."
        ),
        ("2015-08-05".into(), D, false)
    );
    let found = dates(
        p,
        "شن الطيران غارات ليل الأربعاء - الخميس على مواقع المسلحين.",
    );
    assert_eq!(found[0].1, "2015-08-05", "{found:?}");
}

#[test]
fn today_told_as_another_day_of_the_story_dates_nothing() {
    let p = "2015-07-24";
    for text in [
        "وفي اليوم نفسه قُتل جندي تركي وأصيب آخران بجروح، في اشتباكات وقعت بين القوات الأمنية التركية.",
        "وقتل حينها 14 ضابط امن حين اقتحم مسلحون عددا من المباني في غروزني في اليوم الذي يلقي فيه الرئيس الروسي فلاديمير بوتين خطابه إلى الأمة.",
        "وأضاف إن المجموعة زارت ضريح جنكيز خان في اليوم السابق لاعتقالهم.",
    ] {
        assert!(dates(p, text).is_empty(), "{text}: {:?}", dates(p, text));
    }
    // a weekday told with it still dates: "صباح اليوم التالي (فجر الثلاثاء)"
    let d = dates(
        p,
        "ثمّ فجّر نفسه بقنبلة يدوية صباح اليوم التالي (فجر الثلاثاء).",
    );
    let got: Vec<&str> = d.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(got, ["2015-07-21"], "{d:?}");
    // today with no such word is today
    assert_eq!(
        one(p, "قُتل جندي تركي في اشتباكات اليوم."),
        ("2015-07-24".into(), D, false)
    );
}

#[test]
fn the_next_or_previous_day_counts_from_the_story_day_told_before() {
    let p = "2015-07-31";
    // "ليلة 23 – 24 يوليو ... وفي الليلة التالية": the night after
    let d = dates(
        p,
        "مثلاً ليلة 23 – 24 يوليو الحالي قصفت 3 طائرات تركية 4 مواقع داخل سوريا، وفي الليلة التالية شنت 75 طائرة تركية هجمات على 48 موقعًا في جبال قنديل.",
    );
    let got: Vec<&str> = d.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(got, ["2015-07-24", "2015-07-25"], "{d:?}");
    // "الأحد ... وفي اليوم السابق": the day before
    let d = dates(
        p,
        "انفجرت سيارة مفخخة في بغداد الأحد، وكان مسلحون قد قتلوا ثلاثة جنود في الموصل في اليوم السابق.",
    );
    let got: Vec<&str> = d.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(got, ["2015-07-26", "2015-07-25"], "{d:?}");
    // a day named after it is its anchor ("في اليوم التالي لمقتل نجل البرلماني"), and a day
    // told in an earlier paragraph is another matter's: no date of its own
    for text in [
        "انفجرت سيارة مفخخة في بغداد الأحد، وقتل القيادي في اليوم التالي لمقتل نجل البرلماني.",
        "انفجرت سيارة مفخخة في بغداد الأحد.\nوقال القائد: وفي اليوم التالي بدأنا الهجوم باتجاه المطار.",
    ] {
        let d = dates(p, text);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
    }
    // with no day told before, none
    assert!(dates(p, "قصفت الطائرات مواقع المسلحين في اليوم التالي.").is_empty());
}

#[test]
fn a_week_is_any_of_the_seven_days_ending_on_its_date() {
    let p = Day::parse("2015-08-03");
    let lex = Lexicons::compile();
    let found = |text: &str| {
        let doc = Document::analyze(text);
        let matches = lex.dates.find(&doc);
        let all = find_dates(&doc, &matches, p);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    };
    let this_week = found("خطف مقاتلين هذا الأسبوع.");
    let last_week = found("قتل ستة الأسبوع الماضي.");
    let wednesday = found("خطف مقاتلين مساء الأربعاء الماضي.");
    let yesterday = found("خطف مقاتلين أمس.");
    // Wednesday 29 July lies in the week up to Monday 3 August, and in the week before only a
    // day after its end
    assert_eq!(wednesday.days_apart(&this_week), 0);
    assert!(wednesday.day_within_week(&this_week));
    assert_eq!(wednesday.days_apart(&last_week), 2);
    assert!(!wednesday.day_within_week(&last_week));
    // two days count from their dates
    assert_eq!(wednesday.days_apart(&yesterday), 4);
}

#[test]
fn the_last_day_of_faith_is_no_day_of_the_news() {
    // a real report (SaudiNewsNet, published 2015-08-08): officials condemning the Abha mosque
    // bombing quote the Quran, "من كان يؤمن بالله وباليوم الأخر": the Last Day, not today,
    // which dated the bombing the article gives no day
    let p = "2015-08-08";
    for text in [
        "وهؤلاء بعيدون كل البعد عن الدين والإيمان فإنما يعمر مساجد الله من كان يؤمن بالله وباليوم الأخر, وهؤلاء يهدمون ويقتلون الأبرياء بغير حق.",
        "إنما يعمر مساجد الله من آمن بالله واليوم الآخر وأقام الصلاة.",
    ] {
        assert!(dates(p, text).is_empty(), "{text}: {:?}", dates(p, text));
    }
}

#[test]
fn a_story_three_days_older_than_its_feed_date_counts_its_days_from_its_own_today() {
    // a real report (SaudiNewsNet, aawsat, fetched 2015-07-21, a Tuesday): the Chattanooga
    // shooting of Thursday 16 July, told "أول من أمس" in the lead and "أول من أمس (الخميس)"
    // further on: the story was written on Saturday, so its bare "أول من أمس" is Thursday too,
    // not Sunday 19 July
    let p = "2015-07-21";
    let text = "فيما لا يزال المحققون الأميركيون يواصلون بحثهم لكشف ملابسات عملية إطلاق النار على \
                مركزين عسكريين للجيش الأميركي في ولاية تينيسي، أول من أمس، أكدت المعلومات الأولية \
                أن المسلح من أصل أردني. ويأتي إطلاق النار وسط مخاوف من انتشار عناصر يشنون اعتداءات \
                بصفة منفردة في الولايات المتحدة، على الرغم من أن الدافع خلف حادث أول من أمس \
                (الخميس) ليس واضحا حتى الآن.";
    let found = dates(p, text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|d| d.1 == "2015-07-16"), "{found:?}");
    // a today five days before the feed's date ("أمس (الأربعاء)" fetched on a Tuesday) is no
    // story's own today: the bare days count from the feed's date, as before
    let text = "قتل جنديان أول من أمس. وقال المتحدث إن هجوم أمس (الأربعاء) كان منسقا.";
    let found = dates(p, text);
    assert_eq!(found[0].1, "2015-07-19", "{found:?}");
}
