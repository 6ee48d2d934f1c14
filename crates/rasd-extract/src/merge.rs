//! The story-level merge: candidates of one report that tell the same incident become one
//! event, and the candidate becomes a record.

use rasd_core::{Event, EventDate, Location, Plover, TextSpan, Victim, SCHEMA_VERSION};
use rasd_text::Document;

use crate::mention::{Candidate, AIR_STRIKE};
use crate::slots::counts::{
    adding_pieces, all_figured, sum_counts, zero_count, Account, CountPiece,
};
use crate::slots::places::{sub_place_key, town_key};

mod attack_parts;
mod days;
mod elsewhere;
mod generic;
mod headline;
mod history;
mod lone_title;
mod own_kind;
mod places;
mod retold_tolls;
mod summary;
mod tolls;

use elsewhere::{admin1_key, place_elsewhere, provinces_apart};

use attack_parts::{arrest_of_attack, destruction_of_attack};
use days::{
    day_differs, earlier_act_of_its_own_day, own_days_apart, own_days_more_apart, said_before,
};
use generic::{retype_generic, retype_means, retype_targeting};
use headline::{spoken_title, title_toll_of_lead, untolled_title};
use history::history_told_after;
use places::*;
use retold_tolls::join_toll_siblings;
pub(crate) use tolls::total;
use tolls::*;

/// Whether the candidate can be one part of a complex attack (bombers, gunmen, clashes at one
/// place): violence by force, not a change of territory or an abduction.
fn complex_attack_part(c: &Candidate) -> bool {
    rasd_core::is_violent(&c.event_type)
        && !matches!(
            c.sub_event_type.as_str(),
            rasd_core::GOVERNMENT_REGAINS
                | rasd_core::NON_STATE_OVERTAKES
                | rasd_core::ABDUCTION
                | rasd_core::SEXUAL_VIOLENCE
        )
}

/// Whether the candidate is a strike from the air or from afar (an air strike, shelling): ACLED
/// codes it apart from the fighting on the ground at the same place.
fn from_afar(c: &Candidate) -> bool {
    c.has_event_trigger
        && matches!(
            c.sub_event_type.as_str(),
            rasd_core::AIR_STRIKE | rasd_core::SHELLING
        )
}

/// Whether `later` tells the same incident as `earlier` (same story).
fn same_incident(earlier: &Candidate, later: &Candidate) -> bool {
    same_incident_of(earlier, later, false)
}

/// [`same_incident`], where `kindred` lets a word of a kindred sub-type ([`kin`]) retell the
/// incident: the merge tries it only when no incident of the mention's own kind fits (a
/// witness's «فجرتا نفسيهما» retells the suicide bombing told before, not a later IED).
fn same_incident_of(earlier: &Candidate, later: &Candidate, kindred: bool) -> bool {
    // a sequel of its own kind ("... أعقبها تبادل لإطلاق النار") is another incident, and so
    // is the cause of what its sentence tells ("... ردا على هجوم سروج")
    if (later.sequel || later.cause) && later.sentence == earlier.sentence {
        return false;
    }
    // a strike from the air or from afar is never a suicide bombing (the store's rule too):
    // "قصفت الطائرات التركية أهدافا لتنظيم داعش ... بعد تفجير سروج" tells two incidents
    let suicide =
        |c: &Candidate| c.has_event_trigger && c.sub_event_type == rasd_core::SUICIDE_BOMB;
    if (from_afar(earlier) && suicide(later)) || (suicide(earlier) && from_afar(later)) {
        return false;
    }
    // nor is a strike from the air the shelling of guns or rockets told with their own word
    // ("قصفت الطائرات التركية مواقع الحزب" and "عاودت المدفعية التركية قصف مواقعه"): ACLED codes
    // each apart; a bare word of bombardment ("القصف") may still name the air strike
    let guns = |c: &Candidate| {
        from_afar(c) && c.sub_event_type != AIR_STRIKE && c.priority > BOMBARDMENT_PRIORITY
    };
    let air = |c: &Candidate| from_afar(c) && c.sub_event_type == AIR_STRIKE;
    if (air(earlier) && guns(later)) || (guns(earlier) && air(later)) {
        return false;
    }
    // an act told as another of a series ("انفجار ثالث يهز كابل", "وفي هجوم آخر") is not one
    // told without that word, unless the later names it again with the article, or it is one
    // more doer of the act its doers carried out ("هاجم انتحاريان حمام سباحة", then "وفجر
    // مفجرا انتحاريا آخر شحنة ناسفة عند مدخل حمام السباحة")
    if earlier.ordinal != later.ordinal
        && earlier.has_event_trigger
        && later.has_event_trigger
        && !later.definite
        && !(later.another_doer && earlier.doers)
    {
        return false;
    }
    // an act with a toll of its own told after a turn to another matter (tolls.rs)
    if toll_turned_aside(earlier, later) {
        return false;
    }
    if coarse_retelling(earlier, later, kindred)
        || spoken_title(earlier, later)
        || placed_after(earlier, later)
        || destruction_of_attack(earlier, later)
        || destruction_of_attack(later, earlier)
        || arrest_of_attack(earlier, later)
    {
        return true;
    }
    // the same toll of the same kind told again (a headline, a summary, a witness) is the same
    // incident, whatever day each mention resolves to, unless two distinct places are named
    // (or of one family when one of the two names only a country or a province: the
    // headline's "مقتل 20 في تبادل لإطلاق النار ... بأفغانستان" and the account's "في منطقة ده
    // صلاح ... ما أدى إلى مقتل 20 شخصا", told as a battle and as an attack)
    if retold_toll(earlier, later) || earlier_toll_retold(earlier, later) {
        return true;
    }
    // two dates told of their own that cannot be the same time are two incidents ("أمس" and
    // "منتصف يونيو الماضي")
    if let (Some((a, false)), Some((b, false))) = (&earlier.date, &later.date) {
        if a.conflicts(b) {
            return false;
        }
    }
    if earlier_act_of_its_own_day(earlier, later) {
        return false;
    }
    if later.definite && later.sentence > earlier.sentence && refers_back(earlier, later) {
        return true;
    }
    if sites_apart(earlier, later) {
        return false;
    }
    // a district and its city are one place for one kind of act told twice ("قصف مدفعي على حي
    // دار سعد" and "قصف أحياء شمال مدينة عدن"); two kinds told there are two incidents of the
    // city's battle ("قتال في منطقة كريتر" and "سيطر الموالون على مطار عدن")
    if (district_of(earlier, later) || district_of(later, earlier))
        && earlier.has_event_trigger
        && later.has_event_trigger
        && earlier.sub_event_type != later.sub_event_type
    {
        return false;
    }
    if city_part_retold(earlier, later) {
        return true;
    }
    match (&earlier.place.key, &later.place.key) {
        // same place: one incident when the types agree, the later adds no type of its own,
        // or both are violent and told close together (a complex attack: bombers, then clashes)
        (Some(_), Some(_)) if same_place(earlier, later) => {
            // each told as a new event with a toll of its own: two incidents at one place
            // ("انفجرت سيارة مفخخة في بغداد ... مقتل 5. وانفجرت عبوة ناسفة في بغداد ... مقتل 3")
            // (the wounded who died since add to a toll: "إن اثنين من المصابين ... انتقلا إلى
            // رحمة الله")
            // (a vague plural, "عدد من الشهداء", is no toll of its own)
            let own_toll = |c: &Candidate| {
                c.has_event_trigger
                    && !c.definite
                    && c.kills
                        .iter()
                        .any(|p| !p.succumbed && p.qualifier != rasd_core::Qualifier::Unknown)
            };
            // (a toll told as revised, "ليصبح إجمالي الوفيات 13", updates the incident's)
            if own_toll(earlier)
                && own_toll(later)
                && later.sentence != earlier.sentence
                && !tolls_agree(&earlier.kills, &later.kills)
                && !bomber_apart(earlier, later)
                && account(&later.kills) != Account::Revised
                // (a headline's toll of one side is a part of the account's: "استشهاد عشرة من
                // منسوبي القوات" and "استشهاد عشرة ... إضافة إلى ثلاثة من العاملين")
                && !(earlier.sentence == 0 && holds(&later.kills, &earlier.kills))
                // (nor a title's toll as it stood last and its lead's as first told:
                // headline.rs)
                && !title_toll_of_lead(earlier, later)
            {
                return false;
            }
            !later.has_event_trigger
                || !earlier.has_event_trigger
                || earlier.event_type == later.event_type
                // a generic word of attack at the same place names the incident told there
                // ("ولم تتبن أي جهة حتى الآن اعتداء سوروتش" after the suicide bombing), unless
                // it is dated a day of its own
                || (later.priority <= GENERIC_PRIORITY
                    && complex_attack_part(earlier)
                    && complex_attack_part(later)
                    && !(later.own_date() && day_differs(earlier, later)))
                // and a headline's generic word of attack at a place is named by the account
                // of the incident there ("تحبط هجوماً على منفذ الطوال", then "فتصدت لها ...
                // طائرات الأباتشي")
                || (earlier.sentence == 0
                    && earlier.priority <= GENERIC_PRIORITY
                    && complex_attack_part(earlier)
                    && complex_attack_part(later)
                    && !(earlier.own_date() && day_differs(earlier, later)))
                || (complex_attack_part(earlier)
                    && complex_attack_part(later)
                    && !(from_afar(earlier) || from_afar(later))
                    && later.sentence <= earlier.sentence + 3)
        }
        (Some(_), Some(_)) => false,
        // no place of its own: a continuation of the sentence before ("مما أسفر عن مقتل 18",
        // the spokesman's blame for the same strike)
        (_, None) => {
            // or a revised toll of the same kind of event told later ("وفي تطورات الخبر ...
            // استشهدوا في تفجير مسجد ... ليصبح اجمالي الوفيات 13")
            let revised = account(&later.kills) == Account::Revised
                && later.event_type == earlier.event_type
                && !earlier.kills.is_empty();
            // or the same toll told again with nothing of its own to place or date it ("قال
            // قائد الشرطة إن شخصين قتلا جراء إطلاق النار قبل أن يقتل المسلح نفسه")
            let retold = !later.own_date()
                && !later.kills.is_empty()
                && total(&later.kills) == total(&earlier.kills)
                && rasd_core::taxonomy::family(&later.event_type)
                    == rasd_core::taxonomy::family(&earlier.event_type);
            // (a kindred word, [`kin`], with no toll of its own that differs)
            let kindred = kindred
                && kin(earlier, later)
                && (later.kills.is_empty() || tolls_agree(&earlier.kills, &later.kills));
            retold
                || (later.sentence == earlier.sentence + 1 || revised)
                    && (!later.has_event_trigger
                        || later.sub_event_type == earlier.sub_event_type
                        || kindred
                        || revised)
        }
        // no place of its own before one that names it, told right after: the account that
        // places what the sentence before told ("وخطفت جبهة النصرة ثمانية عناصر ... وكان
        // هؤلاء عائدين ... عندما أوقفهم حاجز ... وخطفهم"), when it tells the same kind of event
        // and no toll of its own that differs; not a sentence that opens on a word adding
        // another act ("كما أقدمت الميليشيا على اختطاف ...", [`Candidate::also`])
        (None, Some(_)) => {
            later.sentence == earlier.sentence + 1
                && !(later.also && later.has_event_trigger && !later.definite)
                && (!earlier.has_event_trigger
                    || (earlier.sub_event_type == later.sub_event_type
                        && (later.kills.is_empty()
                            || earlier.kills.is_empty()
                            || tolls_agree(&earlier.kills, &later.kills))))
        }
    }
}

/// Whether `later` tells `earlier`'s toll again: the same total, at least [`RETOLD_TOLL`], of
/// one type (or of one family told as a headline's and an account's, [`headline_toll`], or as two
/// kinds at one place, [`one_toll_two_kinds`]), and no two settlements apart.
fn retold_toll(earlier: &Candidate, later: &Candidate) -> bool {
    let toll = total(&earlier.kills);
    toll >= RETOLD_TOLL
        && toll == total(&later.kills)
        && (earlier.event_type == later.event_type
            || headline_toll(earlier, later)
            || one_toll_two_kinds(earlier, later))
        && !places_apart(earlier, later, 1)
        && !near_apart(earlier, later)
}

/// Whether `earlier`, a headline or a lead that names only a country or a province, and
/// `later`, the account, tell one toll of one violent family as two types (a battle and an
/// attack: "مقتل 20 في تبادل لإطلاق النار ... بأفغانستان", then "في منطقة ده صلاح ... ما أدى
/// إلى مقتل 20 شخصا"): each toll a figure (a vague "العشرات" is no figure), and no own days
/// more than [`RETOLD_DAYS`](days::RETOLD_DAYS) apart (a summary's item of the same toll is another incident).
fn headline_toll(earlier: &Candidate, later: &Candidate) -> bool {
    let family = rasd_core::taxonomy::family(&earlier.event_type);
    let figured = |c: &Candidate| all_figured(&c.kills);
    family.is_some()
        && rasd_core::taxonomy::family(&later.event_type) == family
        && earlier.first_sentence <= 1
        && !earlier.named_place()
        && figured(earlier)
        && figured(later)
        && !own_days_more_apart(earlier, later)
}

/// Whether `earlier` and `later` tell one toll of one violent family as two kinds at one place
/// (the headline's "مقتل 57 في مجزرة للحوثي على أطراف عدن" and the account's "قصف بصواريخ
/// الكاتيوشا ... راح ضحيتها 57" in Aden): each toll a figure, no two places of precision 2 or
/// finer apart, one country, and no own days more than [`RETOLD_DAYS`](days::RETOLD_DAYS) apart. The caller asks
/// for the same total, at least [`RETOLD_TOLL`].
fn one_toll_two_kinds(earlier: &Candidate, later: &Candidate) -> bool {
    let family = rasd_core::taxonomy::family(&earlier.event_type);
    let figured = |c: &Candidate| all_figured(&c.kills);
    family.is_some()
        && rasd_core::taxonomy::family(&later.event_type) == family
        && figured(earlier)
        && figured(later)
        && earlier.country().is_some()
        && earlier.country() == later.country()
        && !places_apart(earlier, later, 2)
        && !own_days_apart(earlier, later)
}

/// How many sentences after a coarse mention the account that places it may be told
/// ([`placed_after`]).
const PLACED_AFTER_SENTENCES: usize = 2;

/// Whether `later`, told with an event word of the same kind within
/// [`PLACED_AFTER_SENTENCES`] of `earlier`, places the incident `earlier` told at only a
/// country or a province ("شنت طائرات التحالف ... غارات جوية على مواقع ... بمحافظة صعدة",
/// then "إن غارات استهدفت مخزنا للسلاح بمديرية كتاف بصعدة"): a town of that
/// country (and of that province when `earlier` names one), no own days apart, and no toll
/// of its own that differs. Anywhere in the story, not only in a headline or a lead
/// ([`coarse_retelling`]); a roundup's coarse item whose towns each have a toll of their own
/// keeps apart from them, and so does one whose account names a list of places
/// ([`Candidate::listed`]: "غارات على مواقع في مديريات حرض وحيدان وساقين", a record for each),
/// or whose sentence opens on a word adding another act ([`Candidate::also`]: "حملات الدهم
/// والاختطاف بحق أبناء محافظة إب ... . كما أقدمت الميليشيا على اختطاف عضو المجلس المحلي
/// بمديرية حزم العدين").
/// Not a generic word of attack ("استهداف" of a country): it names no kind to match. A battle
/// told coarsely is placed by the taking of a town told after it, the same battle's end ("جاءت
/// عقب معركة شرسة ... وقتل على أثرها 8 من رجال المقاومة", then "بعد تحرير مدينة زنجبار"); not
/// the other way round (a coarse taking, "استعادة السيطرة على معظم قرى جبل صبر", is not the
/// clash told next at another town); and a coarse taking by the town's taking told next,
/// whoever its own words make the taker ("تمكنت القوات الحكومية ... من السيطرة على معقل
/// لحركة الشباب في جنوب البلاد", then "لقد سيطرت قواتنا على دينسور ولاذ المتمردون بالفرار").
fn placed_after(earlier: &Candidate, later: &Candidate) -> bool {
    let coarse = (earlier.place.location.as_ref())
        .is_some_and(|l| l.precision.is_some_and(|p| p >= PROVINCE_PRECISION));
    coarse
        && later.named_place()
        && !later.listed
        && earlier.priority > GENERIC_PRIORITY
        && earlier.has_event_trigger
        && later.has_event_trigger
        && !later.definite
        && !later.also
        && earlier.ordinal == later.ordinal
        && rasd_core::taxonomy::family(&earlier.event_type).is_some()
        && (earlier.sub_event_type == later.sub_event_type
            || (matches!(
                earlier.sub_event_type.as_str(),
                rasd_core::ARMED_CLASH
                    | rasd_core::GOVERNMENT_REGAINS
                    | rasd_core::NON_STATE_OVERTAKES
            ) && matches!(
                later.sub_event_type.as_str(),
                rasd_core::GOVERNMENT_REGAINS | rasd_core::NON_STATE_OVERTAKES
            )))
        && later.sentence > earlier.sentence
        && later.sentence <= earlier.sentence + PLACED_AFTER_SENTENCES
        && earlier.country().is_some()
        && earlier.country() == later.country()
        && admin1_key(earlier).is_none_or(|a| admin1_key(later) == Some(a))
        && !own_days_apart(earlier, later)
        && (earlier.kills.is_empty()
            || later.kills.is_empty()
            || tolls_agree(&earlier.kills, &later.kills))
}

/// Whether one of the two tells the other again with only a country or a province for a place
/// (a headline "مقتل 5 في هجوم بالعراق" and the lead that names the town; "التفجير الذي شهدته
/// المملكة" after the account of the bombing): same family and kind, same country, no own days
/// apart, and the later mention adds no toll of its own that differs.
fn coarse_retelling(earlier: &Candidate, later: &Candidate, kindred: bool) -> bool {
    // a coarse headline is told before the account that names the town (sentence 0, the
    // title), and so is a coarse lead that the body places ("تلته اشتباكات في شمال سوريا
    // تسببت بمقتل 11" before the clashes "في محيط مدينة اعزاز"); elsewhere only the later
    // mention may be the coarse retelling
    let title = earlier.sentence == 0 && !earlier.named_place();
    let lead = earlier.sentence == 1
        && !earlier.named_place()
        && earlier.has_event_trigger
        && later.has_event_trigger
        && earlier.sub_event_type == later.sub_event_type;
    let headline = title || lead;
    // an act told after "meanwhile" ("وفي هذه الأثناء استمر انقطاع الاتصالات ... بعد قصف
    // الحوثيين لمبنى الاتصالات") is another act at that time, not the body's attack told before
    // it ("وكان 5 من الحوثيين ... قتلوا ... في هجوم على حاجز عسكري")
    if later.meanwhile && !headline && later.sentence > earlier.sentence {
        return false;
    }
    let family = rasd_core::taxonomy::family(&later.event_type);
    // arrests have no family of types, but a headline tells one arrest so too: "اعتقال قيادي
    // حوثي في اليمن", then the account "تم اعتقاله في حي التواهي بمدينة عدن" (only a title or
    // a lead: a country's campaign told in the body holds the town's arrests it goes on to
    // tell, "أوقفت فرق الأمن نحو 1600 شخص في ولايات تركية كثيرة", and is no retelling of one)
    let arrests = |c: &Candidate| c.has_event_trigger && c.sub_event_type == ARRESTS;
    if (later.named_place() && !headline)
        || !((family.is_some() && rasd_core::taxonomy::family(&earlier.event_type) == family)
            || (headline && arrests(earlier) && arrests(later)))
    {
        return false;
    }
    // the same kind of event, or a word that can name any ("الهجوم", deaths alone)
    let generic = |c: &Candidate| !c.has_event_trigger || c.priority <= GENERIC_PRIORITY;
    if !(earlier.sub_event_type == later.sub_event_type
        // a coarse headline names the event more loosely than the account ("يدمر مخزناً
        // للمواد المتفجرة بسيناء" for the helicopters' strike on the store in Rafah)
        || (title && earlier.event_type == later.event_type)
        || generic(earlier)
        || generic(later)
        || (kindred && kin(earlier, later))
        || (later.definite && !later.named_place()))
    {
        return false;
    }
    if let (Some(a), Some(b)) = (earlier.country(), later.country()) {
        if a != b {
            return false;
        }
    }
    // a province of its own that is not the other's ("في محيط القاعدة في لحج" after the
    // fighting in Taiz) tells another incident
    if provinces_apart(earlier, later) || own_days_apart(earlier, later) {
        return false;
    }
    // a retelling adds no toll of its own: a count that differs is another incident (a roundup
    // of a war's day: "قتل 20 متمرداً في قصف ..." after another strike); a headline with no
    // toll is retold by the account that gives one
    // (a headline's "العشرات" and the account's figure of that order are one toll: [`order_of`])
    let agree = total(&earlier.kills) == total(&later.kills)
        // (one death told twice, of an incident the story placed, retold with only its country:
        // not a death told of a province, which may be another town's)
        || (unknown_and_one(earlier, later) && earlier.named_place() && admin1_key(later).is_none())
        || bomber_apart(earlier, later)
        || victims_agree(&earlier.kills, &later.kills)
        || order_of(&earlier.kills, &later.kills)
        || order_of(&later.kills, &earlier.kills);
    // (the title's coarse incident with no toll takes the toll of a coarse retelling, however
    // far into the story: "انتحاري عسير ..." then "... هوية الانتحاري", then "الانتحاري ...
    // الشهداء الـ15"; of one kind told with its own word on both sides: a generic word,
    // "الهجمات", may sum up a war's dead)
    let coarse_title = earlier.first_sentence == 0
        && !earlier.named_place()
        && !later.named_place()
        && !generic(earlier)
        && !generic(later)
        && earlier.sub_event_type == later.sub_event_type;
    // (and a title that tells deaths with no figure of the dead, "مقتل وإصابة خمسة من رجال
    // الأمن بمصر", has no toll that differs from the account's "قتل نقيب شرطة ومجند")
    let figureless = (earlier.kills.iter()).all(|p| p.qualifier == rasd_core::Qualifier::Unknown);
    later.kills.is_empty()
        || agree
        || ((headline || coarse_title) && earlier.kills.is_empty())
        || ((title || coarse_title) && figureless)
        || untolled_title(earlier, later)
}

/// How many sentences after a change of territory the definite word of its fighting may give
/// its toll.
const TAKING_REACH: usize = 5;

/// The detector's feature of an event word told with the article ("المعارك"), which
/// [`fighting_of_taking`] reads: a word of fighting with the article need not be an anaphor
/// cue ("المعارك" and "الاشتباكات" carry the durative cue alone).
const EVENT_DEFINITE: usize = 1;
const _: () = assert!(matches!(
    crate::detect::FEATURES[EVENT_DEFINITE].as_bytes(),
    b"event_definite"
));

/// Whether `later`, a word of fighting with the article and no place of its own ("المعارك في
/// هذا الحي أسفرت عن سقوط 28 قتيلاً", "قتلوا أثناء المواجهات"), told a few sentences after the
/// change of territory `earlier` ("بسطت سيطرتها على ... حي التواهي"), tells the fight for it:
/// the fight's toll is the taking's, when the taking told none, in the same country and
/// province and on no day of its own that differs.
fn fighting_of_taking(earlier: &Candidate, later: &Candidate) -> bool {
    let countries_apart = earlier
        .country()
        .zip(later.country())
        .is_some_and(|(a, b)| a != b);
    // (a province of its own that is not the taking's tells another front: "خلال المواجهات
    // التي شهدتها محافظة مأرب" after a taking in Taiz)
    let apart = countries_apart
        || provinces_apart(earlier, later)
        || (later.own_date() && day_differs(earlier, later));
    let toll_given = earlier.kills.is_empty() && !later.kills.is_empty();
    toll_given
        && !apart
        && earlier.has_event_trigger
        && matches!(
            earlier.sub_event_type.as_str(),
            rasd_core::GOVERNMENT_REGAINS | rasd_core::NON_STATE_OVERTAKES
        )
        && later.has_event_trigger
        && (later.definite || later.features[EVENT_DEFINITE] > 0.5)
        && later.event_type == earlier.event_type
        && !later.named_place()
        && later.sentence > earlier.sentence
        && later.sentence <= earlier.sentence + TAKING_REACH
}

/// The sub-type of arrests: with no family of types, it is retold coarsely only by itself.
const ARRESTS: &str = "Arrests";

/// Whether two mentions of different sub-types can name one act: a bombing told as the blast
/// and as the bomber's ("انفجرت سيارة ملغومة قرب المطار" and "أعلنت طالبان المسؤولية عن هجوم
/// أمس الانتحاري"; "قنبلة ألقاها رجل في الحانة" after the suicide bombing of the bar). Only a
/// retelling with no town of its own, [`coarse_retelling`], or the continuation of the sentence
/// before with no toll of its own that differs, and only when no incident of its own kind fits.
fn kin(a: &Candidate, b: &Candidate) -> bool {
    let bombing = |c: &Candidate| {
        c.has_event_trigger
            && matches!(
                c.sub_event_type.as_str(),
                rasd_core::SUICIDE_BOMB | rasd_core::IED
            )
    };
    bombing(a) && bombing(b)
}

/// Whether `later` is a witness's words that tell the incident `earlier` told again with an
/// event word of no article ("وقال أحد السكان: «رأيت أكثر من 10 جثث ... كان انفجارا مدويا»"):
/// inside a quotation, of the same type and neither a strike from afar (a quoted "طائرات من دون
/// طيار" sent after an ambush is another act) unless both are of one kind (the air strike told
/// again: "قال مسؤول إعلام الحشد الشعبي في شمال صلاح الدين ... إن داعش «كان يبرز عضلاته عندما
/// أتاه قصف مقاتلات التحالف»", placed only where its speaker is), with no place of its own (a
/// quarter named in the quotation is an incident told there), no day of its own that differs and no toll
/// beyond the incident's explicit toll (a witness counts what he saw, fewer).
fn quoted_retelling(earlier: &Candidate, later: &Candidate) -> bool {
    later.quoted
        && !earlier.quoted
        && later.has_event_trigger
        && earlier.has_event_trigger
        && !later.definite
        && !later.ordinal
        && later.sentence > earlier.sentence
        && later.event_type == earlier.event_type
        && complex_attack_part(earlier)
        && complex_attack_part(later)
        && ((!from_afar(earlier) && !from_afar(later) && later.place.key.is_none())
            || (from_afar(later)
                && earlier.sub_event_type == later.sub_event_type
                && (later.place.key.is_none() || later.place.where_told)))
        && !(later.own_date() && day_differs(earlier, later))
        && ((earlier.kills.iter()).any(|p| p.qualifier != rasd_core::Qualifier::Unknown)
            || unknown_and_one(earlier, later))
        && (total(&later.kills) <= total(&earlier.kills) || unknown_and_one(earlier, later))
}

/// Whether one of the two tells deaths with no figure ("سقوط قتلى", "قتل" of a man named) and
/// the other a toll of exactly one ("مقتل شخص"): one death told twice, no figure that differs
/// (the unknown toll is at least one).
fn unknown_and_one(a: &Candidate, b: &Candidate) -> bool {
    let unknown = |c: &Candidate| {
        c.kill_word.is_some()
            && (c.kills.iter()).all(|p| p.qualifier == rasd_core::Qualifier::Unknown)
    };
    let one = |c: &Candidate| {
        let pieces = adding_pieces(&c.kills);
        matches!(pieces.as_slice(), [p] if p.min == 1 && p.qualifier == rasd_core::Qualifier::Exact)
    };
    (unknown(a) && one(b)) || (one(a) && unknown(b))
}

/// Whether `later`, told with a definite event word ("وأضاف البيان ... واصفاً الانفجار",
/// "هذا العمل الإرهابي"), can name the incident `earlier` told: a word of the same kind or a
/// generic one (an attack), or any kind when `earlier` is an attack named only by a generic
/// word at a place of its own and `later` is placed nowhere but where its speaker is; no place
/// of its own elsewhere and no date of its own that differs.
fn refers_back(earlier: &Candidate, later: &Candidate) -> bool {
    // (a generic word of attack told first at a place of its own, "استنكاره للعمل الإرهابي
    // الذي استهدف مسجد ... في عسير", is named again by the word of its kind in a retelling
    // placed nowhere but where its speaker is: "ورفع السفير ... المقيمين في دولة الكويت ...
    // أحر التعازي ... إلى كافة أسر شهداء حادث التفجير الآثم")
    let named_kind = earlier.priority <= GENERIC_PRIORITY
        && earlier.place.key.is_some()
        && !earlier.place.where_told
        && (later.place.key.is_none() || later.place.where_told);
    let kind = later.event_type == earlier.event_type
        || !earlier.has_event_trigger
        || later.priority <= GENERIC_PRIORITY
        || named_kind;
    let date_differs = match (&later.date, &earlier.date) {
        (Some((a, false)), Some((b, _))) => a.days_apart(b) > 0,
        _ => false,
    };
    // (two provinces are two places, however coarse: "استهدف ... في محافظة لحج" and "خلال
    // المواجهات التي شهدتها محافظة مأرب"; but the headline's incident keeps what the body
    // retells of it, wherever the body's sentence stands ("تفجير القصيم ... خلال جلسة مجلس
    // الوزراء في جدة ... حادث التفجير"), and so does the lead's the place where somebody spoke
    // of it: "محافظ القطيف: تفجير مسجد الطوارئ بعسير عمل جبان")
    let told_of_lead =
        earlier.first_sentence == 1 && (earlier.place.where_told || later.place.where_told);
    let provinces_apart = earlier.first_sentence > 0
        && !told_of_lead
        && admin1_key(earlier)
            .zip(admin1_key(later))
            .is_some_and(|(a, b)| a != b && !same_place(earlier, later));
    complex_attack_part(earlier)
        && kind
        && !date_differs
        // (a retelling placed only where its speaker holds office, "وأكد مدير جوازات منطقة
        // جازان ... أن العمل الإرهابي ...", names no place apart from the lead's incident)
        && (!places_apart(earlier, later, 2) || told_of_lead && later.place.where_told)
        && !provinces_apart
}

/// The smallest toll that, told twice in one story with one kind of event, names one incident
/// (smaller ones recur by chance: "قتل 3 ... الاثنين، وقتل 3 ... الثلاثاء").
const RETOLD_TOLL: u64 = 5;

/// The priority of the generic words of violence ("الهجوم", "الاعتداء"): they can name any
/// kind of attack told before.
pub(crate) const GENERIC_PRIORITY: i32 = 30;

/// The priority of a bare word of bombardment ("قصف"), which names strikes of any means.
const BOMBARDMENT_PRIORITY: i32 = 50;

/// Whether two suicide bombings' tolls differ by one: the same dead told without and with the
/// bomber ("قتل ستة" and "نقل سبع جثث بينها جثة الانتحارية"), who is counted
/// (REPORTS_GUIDELINES.md: attackers killed in the incident are included).
fn bomber_apart(a: &Candidate, b: &Candidate) -> bool {
    let suicide =
        |c: &Candidate| c.has_event_trigger && c.sub_event_type == rasd_core::SUICIDE_BOMB;
    suicide(a)
        && suicide(b)
        && !a.kills.is_empty()
        && !b.kills.is_empty()
        && total(&a.kills).abs_diff(total(&b.kills)) == 1
}

/// Adds the victim groups `into` does not hold yet (by span).
fn add_victims(into: &mut Candidate, victims: Vec<Victim>) {
    into.victims.add_new(victims);
}

/// ACLED's geo_precision of a province, and of a country.
const PROVINCE_PRECISION: u8 = 3;
/// The rank of a place with no province (a country, "شمال سوريا") among precisions: coarser
/// than a province.
const COUNTRY_RANK: u8 = 4;

fn absorb(into: &mut Candidate, other: Candidate) {
    // (a country, or a part of one, "شمال سوريا", is of ACLED precision 3 as a province is; it
    // is the coarser beside a province of its own country: "اليمن: 4 قتلى بتفجير" in the
    // headline, then "في محافظة مأرب")
    let same_country = into.country().is_some() && into.country() == other.country();
    let precision = |c: &Candidate| match c.place.location.as_ref() {
        Some(l)
            if same_country && l.admin1.is_none() && l.precision == Some(PROVINCE_PRECISION) =>
        {
            COUNTRY_RANK
        }
        Some(l) => l.precision.unwrap_or(9),
        None => 9,
    };
    // the place located by the other's town ("بلدة دوما قرب نابلس") is the finer one; a town
    // refines a province only inside it: one of another province is another place (where an
    // official who spoke works: "تفجير عسير" in the headline, then "جلسة مجلس الوزراء ...
    // بجدة"), not a finer account of the incident's
    // (a province-level place: a town near another province's city, "قرة تبه شمال شرق بغداد",
    // is no province)
    // (unless the other's event word takes over: its own place goes with it, "وفي تعز، تتواصل
    // المواجهات" after a plan told of a province)
    let takes_over = other.priority > into.priority && other.has_event_trigger;
    let other_province =
        precision(into) == PROVINCE_PRECISION && !takes_over && provinces_apart(into, &other);
    // (a district of the city is finer than the city, "حي دار سعد" after "مدينة عدن"; the city is
    // no finer than its district)
    // (nor is a town finer than its countryside: "الهجمات بريف حلب" is not "في مدينة حلب")
    let countryside_of_town = into.place.countryside && into.place.key == other.place.key;
    // (and a quarter of the town, a sub-place at the town's point with precision 2, is finer
    // than the town: "في حي X بنجران" after the headline's "في نجران"; the town no finer than
    // its quarter)
    let finer_place = precision(&other) < precision(into)
        && !other_province
        && !district_of(into, &other)
        && !countryside_of_town
        && !quarter_of(into, &other)
        || other.place.anchor.is_some() && other.place.anchor == into.place.key
        || district_of(&other, into)
        || quarter_of(&other, into)
        || part_of_city(&other, into);
    // a place told as the incident's, not where somebody spoke of it, a province or finer (a
    // country does not beat the place of a town's mayor who spoke of it)
    let told = |c: &Candidate| {
        c.place.key.is_some()
            && !c.place.where_told
            && (c.place.location.as_ref()).is_some_and(|l| l.admin1.is_some())
    };
    let (own, others) = (told(into), told(&other));
    into.mentions.push(other.trigger_span);
    into.mentions.extend(other.mentions.iter().copied());
    // (a day of condemning is no day of the incident: a day another mention tells of its own
    // beats it)
    let firm = |c: &Candidate| c.own_date() && !c.reaction_day;
    // (a condemned act named again takes no day of saying: the statement's day is the
    // reaction's, "استنكرت ... العمل الإرهابي الذي استهدف مسجد" and "وجاء في بيان للدائرة أمس")
    let retold = into.condemned && other.said_day;
    into.several_told |= other.several_told;
    // (the incident's doers told in any of its mentions: "يفجر" in the headline, "هاجم
    // انتحاريان" in the lead)
    into.doers |= other.doers;
    into.part_places.extend(other.part_places.iter().cloned());
    // (a day of its own told within the week the incident was dated to is the finer account of
    // its time: "هذا الأسبوع" and "مساء الأربعاء الماضي")
    let day_of_week = matches!((&into.date, &other.date),
        (Some((w, false)), Some((d, false))) if d.day_within_week(w));
    // (an incident left undated as told after another front's day takes no day the story
    // gives a later mention of it either: `Candidate::elsewhere_day`)
    let elsewhere = into.elsewhere_day && into.date.is_none() && !other.own_date();
    let take_date = !retold
        && !elsewhere
        && ((!into.own_date() && other.own_date())
            || day_of_week
            || (into.date.is_none() && other.date.is_some())
            || (into.reaction_day && firm(&other))
            || said_before(into, &other));
    // the toll with the bomber, the higher
    let with_bomber = bomber_apart(into, &other) && total(&other.kills) > total(&into.kills);
    // (an arrest made in the attack, told after it: [`arrest_of_attack`])
    let arrest_in = other.has_event_trigger && other.sub_event_type == ARRESTS && !takes_over;
    // a death told with no event word, an attack for want of knowing who died, is a clash when
    // another telling of it with no event word either tells the dead armed and no civilian
    // ("أسرة الشهيد الحامدي", then "استشهد وهو يدافع عن دينه ووطنه"): the kind its victims
    // decide (not persons told as civilians first: "مقتل شخصين طعنا", then the police's words)
    if !into.has_event_trigger
        && !other.has_event_trigger
        && into.sub_event_type == rasd_core::ATTACK
        && !into.civilian_victims
        && other.sub_event_type == rasd_core::ARMED_CLASH
        && other.armed_victims
        && !other.civilian_victims
    {
        into.event_type = other.event_type.clone();
        into.sub_event_type = other.sub_event_type.clone();
        if (into.actor2.as_ref()).is_some_and(|a| a.kind == rasd_core::ActorKind::Civilians) {
            into.actor2 = other.actor2.clone();
        }
    }
    if takes_over {
        into.event_type = other.event_type;
        into.sub_event_type = other.sub_event_type;
        into.plover_event = other.plover_event;
        into.plover_mode = other.plover_mode;
        into.priority = other.priority;
        into.aimed = other.aimed;
        let old = into.trigger_span;
        into.mentions.push(old);
        into.trigger_span = other.trigger_span;
        into.sentence_span = other.sentence_span;
        into.has_event_trigger = true;
    }
    // the story goes on: adjacency is judged from the latest sentence absorbed (not from an
    // arrest made in the attack: "جرى اعتقال إحدى المرأتين" tells no more of the shooting, and
    // a bombing told after it is no part of it)
    if !(arrest_in && rasd_core::is_violent(&into.event_type)) {
        into.sentence = into.sentence.max(other.sentence);
    }
    into.first_sentence = into.first_sentence.min(other.first_sentence);
    let side = adds_side(&into.kills, &other.kills, other.has_event_trigger);
    // the other side's wounded told with its dead ("وأصيب 14 آخرون" after "أربعة قتلى سقطوا في
    // صفوف المقاومة") add to the incident's wounded as its dead add to the dead
    let side_wounded = side && adds_wounded(&into.injuries, &other.injuries);
    if side
        || adds_succumbed(&into.kills, &other.kills)
        || adds_attackers(&into.kills, &other.kills, other.has_event_trigger)
    {
        into.kills.extend(other.kills);
    } else if with_bomber || takes_toll(&into.kills, &other.kills) {
        into.kills = other.kills;
    } else if !other.kills.is_empty() {
        into.absorbed_kills.push(other.kills);
    }
    into.absorbed_kills.extend(other.absorbed_kills);
    if side_wounded {
        into.injuries.extend(other.injuries);
    } else if takes_toll(&into.injuries, &other.injuries) {
        into.injuries = other.injuries;
    } else if !other.injuries.is_empty() {
        into.absorbed_injuries.push(other.injuries);
    }
    into.absorbed_injuries.extend(other.absorbed_injuries);
    into.elsewhere.extend(other.elsewhere);
    into.elsewhere_victims.extend(other.elsewhere_victims);
    into.kill_word = into.kill_word.or(other.kill_word);
    into.injury_word = into.injury_word.or(other.injury_word);
    into.no_deaths = into.no_deaths.or(other.no_deaths);
    into.no_injuries = into.no_injuries.or(other.no_injuries);
    add_victims(into, other.victims.into_vec());
    if into.actor1.is_none() {
        into.actor1 = other.actor1;
    }
    if into.actor2.is_none() {
        into.actor2 = other.actor2;
    }
    // a place named beats a country inferred from actors or the story, a finer place a coarser;
    // but a place told as the incident's beats where somebody spoke of it, even a finer one
    // ("أدان محافظ القطيف حادث التفجير" after "التفجير الذي استهدف مسجد ... في عسير")
    if into.place.location.is_none()
        || into.place.key.is_none() && other.place.key.is_some()
        || other.place.key.is_some() && finer_place && !(own && other.place.where_told)
        || into.place.where_told && others
    {
        into.place = other.place;
    }
    if take_date {
        into.date = other.date;
        into.reaction_day = other.reaction_day;
        into.said_day = other.said_day;
        into.other_kind_day = other.other_kind_day;
        into.parted_day = other.parted_day;
        into.elsewhere_day = other.elsewhere_day;
    }
    into.score = into.score.max(other.score);
    into.armed_victims |= other.armed_victims;
    into.civilian_victims |= other.civilian_victims;
    // an attack whose armed victims another mention told is a battle (not by a side another
    // mention named: it need not be the target)
    if crate::mention::attack_on_armed(
        &into.sub_event_type,
        into.armed_victims,
        into.civilian_victims,
    ) {
        into.event_type = rasd_core::BATTLES.into();
        into.sub_event_type = rasd_core::ARMED_CLASH.into();
    }
}

/// How many of the story's latest incidents a candidate is compared with (and how far apart
/// deaths told "outside" a place and the incident that takes them may be): a bound on the
/// work per candidate, so that merging is linear in a report of thousands of incidents. On
/// news3000 and the development sets it changes no record (their output is byte-identical).
pub const MERGE_WINDOW: usize = 100;

/// Whether `c` is an incident mention that only names an incident again: a definite event
/// word with no date and no toll of its own.
fn bare_retelling(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Incident
        && c.definite
        && c.has_event_trigger
        && !c.own_date()
        && c.kills.is_empty()
        && c.injuries.is_empty()
}

/// How many sentences after the story's latest incident a toll with no event word and no place
/// of its own may be told, the sentences between telling no act, and still be its toll
/// ([`toll_after_aside`]).
const TOLL_ASIDE_SENTENCES: usize = 2;

/// The story's latest candidate (its index in `out`), when `c` tells a toll with no event word
/// and no place of its own (a tally: "أن حصيلة الضحايا بلغت 20 قتيلاً على الأقل") at most
/// [`TOLL_ASIDE_SENTENCES`] after it, every sentence between telling no act (a source's words on
/// how the bomber got in: "أنه تمكن من التسلّل إلى مجموعة الطلاب"), and that latest candidate is
/// a violent incident of the same status, placed, told with its event word and no toll that
/// differs (and `c`'s own sentence tells no act with an event word: the caller's test, "إلى
/// ذلك، تبنى مسلحو الحزب أمس قتل شرطيين ... ردا على الهجوم الانتحاري"): the toll is that incident's ("ووقع تفجير انتحاري ... أمام مدخل أكاديمية الشرطة في
/// كابول"), not the next act's (a truck bomb told "قبل أقل من 24 ساعة على هذا الهجوم" with a toll
/// of its own). The sentence right after is [`same_incident`]'s own case.
fn toll_after_aside(out: &[Candidate], c: &Candidate) -> Option<usize> {
    if c.has_event_trigger || c.place.key.is_some() || c.kills.is_empty() {
        return None;
    }
    let i = out.len().checked_sub(1)?;
    let e = &out[i];
    let latest = out.iter().map(|x| x.sentence).max()?;
    (e.status == c.status
        && e.has_event_trigger
        && e.place.key.is_some()
        && rasd_core::is_violent(&e.event_type)
        && e.sentence == latest
        && c.sentence > e.sentence + 1
        && c.sentence <= e.sentence + TOLL_ASIDE_SENTENCES
        && (e.kills.is_empty() || tolls_agree(&e.kills, &c.kills)))
    .then_some(i)
}

/// How many violent incidents a story must tell before a definite plural of several acts
/// retelling one of them for its toll to be their sum ([`sum_of_several`]).
const SEVERAL_INCIDENTS: usize = 2;

/// Whether `c`, a definite plural event word of several acts ("وأسفرت موجة التفجيرات أمس عن
/// مقتل 49 شخصا وإصابة مئات آخرين", [`Candidate::several`]) found to retell `out[i]`, a single
/// act, tells a toll summed over the story's violent incidents, [`SEVERAL_INCIDENTS`] or more
/// of them told before it (a car bomb at a base, a bombing at the police academy, a truck bomb
/// in the city): not the toll of the one it joins. (Not when the incident is itself told as
/// several, "هجمات" in the headline of twin bombings: the plural retells it whole.)
fn sum_of_several(out: &[Candidate], i: usize, c: &Candidate) -> bool {
    let violent = |e: &Candidate| {
        e.status == rasd_core::Status::Incident && rasd_core::is_violent(&e.event_type)
    };
    c.several
        && !out[i].several_told
        && (!c.kills.is_empty() || !c.injuries.is_empty())
        && out.iter().filter(|e| violent(e)).count() >= SEVERAL_INCIDENTS
}

/// Merges the candidates of one report, in text order.
pub fn merge(candidates: Vec<Candidate>) -> Vec<Candidate> {
    merge_counting(candidates).0
}

/// [`merge`], with the number of pairs of candidates it compared.
pub fn merge_counting(candidates: Vec<Candidate>) -> (Vec<Candidate>, usize) {
    let mut out: Vec<Candidate> = Vec::new();
    let mut pairs = 0;
    // the sentences that tell an act with its event word (a toll in one is that act's, not one
    // told before: [`toll_after_aside`])
    let act_sentences: std::collections::HashSet<usize> = (candidates.iter())
        .filter(|c| c.has_event_trigger)
        .map(|c| c.sentence)
        .collect();
    for c in candidates {
        // mentions of different status never merge: a retold statistic or a plan is no part of
        // the incident the report tells
        let from = out.len().saturating_sub(MERGE_WINDOW);
        pairs += out.len() - from;
        let found = out[from..]
            .iter()
            .rposition(|e| e.status == c.status && same_incident(e, &c))
            .or_else(|| {
                (out[from..].iter())
                    .rposition(|e| e.status == c.status && same_incident_of(e, &c, true))
            });
        // a word of a kind of its own with nothing of its own (own_kind.rs)
        let found = own_kind::of_own_kind(&out, from, found, &c).or(found);
        // a definite word of strikes from afar names the strikes told before, not a battle
        let found = own_kind::strikes_of_own_kind(&out, from, found, &c).or(found);
        // a definite word of a kind of its own ("الهجوم الانتحاري", not "الهجوم") with nothing
        // of its own names the incident of that kind the story told or recalled ("بعد ثلاثة
        // ايام على الهجوم الانتحاري ... في سوروتش"), not an incident of another kind told since
        // (a shooting is no suicide bombing)
        let recalled = || {
            let e = &out[from + found?];
            let specific = bare_retelling(&c) && c.priority > GENERIC_PRIORITY;
            (specific && e.has_event_trigger && e.sub_event_type != c.sub_event_type)
                .then_some(())?;
            out[from..].iter().rposition(|e| {
                e.status == rasd_core::Status::Background
                    && e.has_event_trigger
                    && e.sub_event_type == c.sub_event_type
                    && same_incident(e, &c)
            })
        };
        let mut c_background = false;
        let found = recalled().or(found).or_else(|| {
            // history told, then named again with a definite word and nothing of its own
            // ("اعتداء متحف باردو في 18 مارس ... وكانت الوزارة أعلنت إثر الاعتداء"): the
            // retelling is that history, not today's incident
            bare_retelling(&c).then_some(())?;
            out[from..]
                .iter()
                .rposition(|e| e.status == rasd_core::Status::Background && same_incident(e, &c))
        });
        // history told, then told again with nothing of its own (history.rs)
        let found = found.or_else(|| {
            let i = history::history_retold_bare(&out[from..], &c)?;
            c_background = true;
            Some(i)
        });
        // a witness's words that name no incident the rules above find retell the one
        // incident of the story they fit, never one of two ("الهجومان" in two towns, then
        // somebody's «فجرتا نفسيهما»)
        let found = found.or_else(|| {
            let mut fits = (out[from..].iter().enumerate())
                .filter(|(_, e)| e.status == c.status && quoted_retelling(e, &c));
            let (i, _) = fits.next()?;
            fits.next().is_none().then_some(i)
        });
        // the toll of a fight told with the article and no place, right after a change of
        // territory told with none, is the taking's ([`fighting_of_taking`]): only the story's
        // latest incident of the type, so that the fight told between is not passed over
        let found = found.or_else(|| {
            let i = (out[from..].iter()).rposition(|e| {
                e.status == c.status && e.has_event_trigger && e.event_type == c.event_type
            })?;
            fighting_of_taking(&out[from + i], &c).then_some(i)
        });
        // a toll with nothing of its own told after words on the incident that tell no act
        let found = found.or_else(|| {
            let alone = !act_sentences.contains(&c.sentence);
            alone.then(|| toll_after_aside(&out[from..], &c))?
        });
        let mut c = c;
        if c_background {
            c.status = rasd_core::Status::Background;
        }
        if let Some(i) = found {
            // a bare word of killing told apart from the incident (tolls.rs)
            if bare_kill_apart(&out[from + i], &c) {
                c.kill_word = None;
            }
            if sum_of_several(&out[from..], i, &c) {
                // its toll is no part of the one incident it retells
                let kills = std::mem::take(&mut c.kills);
                if !kills.is_empty() {
                    c.absorbed_kills.push(kills);
                }
                let injuries = std::mem::take(&mut c.injuries);
                if !injuries.is_empty() {
                    c.absorbed_injuries.push(injuries);
                }
            }
        }
        match found {
            Some(i) => absorb(&mut out[from + i], c),
            None => out.push(c),
        }
    }
    pairs += history_told_after(&mut out);
    pairs += place_elsewhere(&mut out);
    pairs += join_toll_siblings(&mut out);
    pairs += lone_title::join_lone_title(&mut out);
    summary::summary_of_acts(&mut out);
    pairs += retype_generic(&mut out);
    retype_targeting(&mut out);
    retype_means(&mut out);
    (out, pairs)
}

impl Candidate {
    /// The detector's score as the record carries it: rounded to two decimals.
    pub fn confidence(&self) -> f32 {
        (self.score * 100.0).round() / 100.0
    }

    /// The record of this incident.
    pub fn into_event(self, doc_id: &str, doc: &Document) -> Event {
        // a peaceful protest has no toll of its own: the deaths told with it are the act
        // protested; an arrest has the deaths of the raid it ended, told before its word ("قتل
        // خمسة من المسلحين واعتقل ثلاثة"), not those of the crime it is for, told after it
        // ("القبض على شاب متهم بقتل عامل")
        let before = |pieces: &[CountPiece]| {
            pieces
                .iter()
                .any(|p| p.span.start < self.trigger_span.start)
        };
        let toll = rasd_core::taxonomy::carries_toll(&self.sub_event_type)
            && (self.sub_event_type != "Arrests" || before(&self.kills) || before(&self.injuries));
        let fatalities = sum_counts(doc, &self.kills, self.kill_word)
            .or_else(|| self.no_deaths.map(|w| zero_count(doc, w)))
            .filter(|_| toll);
        let injuries = sum_counts(doc, &self.injuries, self.injury_word)
            .or_else(|| self.no_injuries.map(|w| zero_count(doc, w)))
            .filter(|_| toll);
        let date = (self.date.as_ref())
            .filter(|_| !self.reaction_day)
            .map(|(d, _)| EventDate {
                value: d.day.iso(),
                precision: d.precision,
                text: Some(doc.slice(d.span).to_string()),
                span: Some([d.span.start, d.span.end]),
            });
        let confidence = self.confidence();
        // a country guessed from an actor's words ("الجيش الإسرائيلي"), not a place named
        let from_actors = self.place.location.as_ref().is_some_and(|l| {
            l.precision == Some(3)
                && [&self.actor1, &self.actor2]
                    .into_iter()
                    .flatten()
                    .any(|a| a.span == l.span && a.text == l.text)
        });
        // the record's own trigger first, then every retelling in text order
        let mut spans = self.mentions.clone();
        spans.sort_by_key(|s| s.start);
        spans.dedup();
        spans.retain(|s| *s != self.trigger_span);
        let mentions = std::iter::once(self.trigger_span)
            .chain(spans)
            .map(|s| TextSpan {
                text: doc.slice(s).to_string(),
                span: [s.start, s.end],
            })
            .collect();
        Event {
            schema_version: SCHEMA_VERSION,
            event_id: match self.list_place {
                Some(p) => format!("{doc_id}:{}:{p}", self.trigger_span.start),
                None => format!("{doc_id}:{}", self.trigger_span.start),
            },
            doc_id: doc_id.to_string(),
            sentence: [self.sentence_span.start, self.sentence_span.end],
            event_type: self.event_type,
            sub_event_type: self.sub_event_type,
            plover: Plover {
                event: self.plover_event,
                mode: self.plover_mode,
            },
            trigger: TextSpan {
                text: doc.slice(self.trigger_span).to_string(),
                span: [self.trigger_span.start, self.trigger_span.end],
            },
            date,
            actor1: self.actor1,
            actor2: self.actor2,
            // a place that is only where the report was filed or somebody spoke is soft
            location: referred_or(self.referred, self.place.location, from_actors).map(|l| {
                rasd_core::Location {
                    where_said: self.place.where_told && self.place.key.is_some(),
                    ..l
                }
            }),
            fatalities,
            injuries,
            victims: self.victims.into_vec(),
            confidence,
            status: self.status,
            status_cue: self.status_cue.map(|s| TextSpan {
                text: doc.slice(s).to_string(),
                span: [s.start, s.end],
            }),
            reason: self.reason,
            mentions,
        }
    }
}

/// How far from the point of the country an actor's words name a place referred back to may lie
/// for the place to outrank that country ([`referred_or`]): the country's forces act at home or
/// across its borders ("الجيش الإسرائيلي" in the West Bank, "حزب الله" in Syria); a capital
/// across the world that "المنطقة" seems to refer back to is a misreading.
const ACROSS_BORDER_KM: f64 = 1500.0;

/// Whether a place referred back to, `r`, is a settlement (a town or a village, not a region)
/// within [`ACROSS_BORDER_KM`] of the point of the country `own` guessed from the actors' words.
fn across_border(own: &Location, r: &Location) -> bool {
    let point = |l: &Location| l.lat.zip(l.lon);
    r.precision.is_some_and(|p| p < PROVINCE_PRECISION)
        && r.country.is_some()
        && point(own)
            .zip(point(r))
            .is_some_and(|(a, b)| rasd_geo::distance_km(a, b) <= ACROSS_BORDER_KM)
}

/// The record's place: the place its words refer back to ([`Candidate::referred`]) when the
/// merged incident ends with none, with a country or province that holds it, or with a country
/// guessed from its actors' words (`from_actors`: "الجيش الإسرائيلي اعتقل شابين بعد أن داهم
/// منازل في البلدة" after "في بلدة X" of the West Bank), of whatever country; else its own.
fn referred_or(
    referred: Option<Location>,
    own: Option<Location>,
    from_actors: bool,
) -> Option<Location> {
    let Some(r) = referred else {
        return own;
    };
    let holds = |l: &Location| {
        l.precision.is_some_and(|p| p >= PROVINCE_PRECISION)
            && l.country.is_some()
            && l.country == r.country
            && (l.admin1.is_none() || l.admin1 == r.admin1)
    };
    match own {
        None => Some(r),
        Some(l) if holds(&l) || from_actors && across_border(&l, &r) => Some(r),
        other => other,
    }
}
