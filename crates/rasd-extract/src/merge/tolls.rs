//! How two candidates' tolls relate: one figure told twice, a fuller account, a toll one takes
//! from the other, a side's, the wounded or the hurt who died added.

use super::*;

/// The figure count pieces add up to.
pub(crate) fn total(pieces: &[CountPiece]) -> u64 {
    adding_pieces(pieces).iter().map(|x| x.min).sum()
}

/// Whether two tolls can be one figure told twice: the same total, or close totals (a fifth of
/// the larger apart at most, from [`RETOLD_TOLL`] up) of which one is told vaguely ("نحو 30"
/// and "28 على الأقل" in one story: the lead's round figure and the body's count), a toll with
/// no figure at all beside any ("بمقتل وجرح 80" before "مقتل 43"), or a quantity word beside a
/// figure of its order ([`order_of`]).
pub(super) fn tolls_agree(a: &[CountPiece], b: &[CountPiece]) -> bool {
    let (ta, tb) = (total(a), total(b));
    if ta == tb {
        return true;
    }
    let vague = (a.iter().chain(b)).any(|p| p.qualifier != rasd_core::Qualifier::Exact);
    // a death told with no figure ("بمقتل وجرح 80", "سقوط قتلى") is no figure that differs
    let figureless = |x: &[CountPiece]| {
        x.iter()
            .all(|p| p.qualifier == rasd_core::Qualifier::Unknown)
    };
    (vague && ta.min(tb) >= RETOLD_TOLL && ta.abs_diff(tb) * 5 <= ta.max(tb))
        || figureless(a)
        || figureless(b)
        || order_of(a, b)
        || order_of(b, a)
}

/// Whether two tolls count the same victims and differ only by the attackers one of them adds
/// (the bombers who blew themselves up: "نفذتهما فتاتان ... وأوقعتا 13 قتيلا", 13 and the two
/// girls, then "هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا"): the figures of the victims, told
/// without the attackers, are one figure told twice (REPORTS_GUIDELINES.md counts the attackers
/// into the incident's toll; a retelling need not).
pub(super) fn victims_agree(a: &[CountPiece], b: &[CountPiece]) -> bool {
    let victims = |x: &[CountPiece]| -> u64 {
        (adding_pieces(x).iter())
            .filter(|p| !p.attacker)
            .map(|p| p.min)
            .sum()
    };
    let attackers = |x: &[CountPiece]| x.iter().any(|p| p.attacker);
    let figured = |x: &[CountPiece]| all_figured(x);
    (attackers(a) || attackers(b))
        && figured(a)
        && figured(b)
        && victims(a) > 0
        && victims(a) == victims(b)
}

/// Whether `vague` is a quantity word alone ("مقتل العشرات", "المئات": at least 10, 100) and
/// `figure` a figure of that order ("مقتل 52"): the headline's "dozens" and the account's
/// count are one toll told twice, not two incidents' tolls (a figure of another order, "مقتل
/// 3" or "مقتل 150" beside "العشرات", is not).
pub(super) fn order_of(vague: &[CountPiece], figure: &[CountPiece]) -> bool {
    let (vague, figure) = (adding_pieces(vague), adding_pieces(figure));
    let order = match vague.as_slice() {
        [p] if p.bare && p.qualifier == rasd_core::Qualifier::AtLeast && p.max.is_none() => p.min,
        _ => return false,
    };
    let t: u64 = figure.iter().map(|p| p.min).sum();
    order >= 10
        && !figure.is_empty()
        && figure.iter().all(|p| !p.bare)
        && (order..order.saturating_mul(10)).contains(&t)
}

/// How a set of count pieces is told: as its best told piece (revised if one is, plain if
/// one is, ...).
pub(super) fn account(pieces: &[CountPiece]) -> Account {
    (adding_pieces(pieces).iter())
        .map(|p| p.account)
        .max()
        .unwrap_or(Account::Plain)
}

/// Whether every figure of `part` is one of the figures `whole` adds up (and `whole` has
/// more): the fuller account of the same dead ("فقتل شخصين ... قبل أن ينتحر" after "يقتل
/// اثنين").
pub(super) fn holds(whole: &[CountPiece], part: &[CountPiece]) -> bool {
    let mut rest: Vec<u64> = adding_pieces(whole).iter().map(|p| p.min).collect();
    let part = adding_pieces(part);
    if part.len() >= rest.len() {
        return false;
    }
    part.iter()
        .all(|p| match rest.iter().position(|&m| m == p.min) {
            Some(i) => {
                rest.swap_remove(i);
                true
            }
            None => false,
        })
}

/// Whether the merged incident takes the toll `other` of a mention it absorbs instead of its
/// own (`own`, told earlier in the report). The report's figure for an incident is its latest
/// revised one, and of two accounts that disagree not a side's claim (REPORTS_GUIDELINES.md):
/// a toll told as revised ("ارتفع عدد القتلى إلى 20") beats one told plainly, which beats a
/// side's claim ("مؤكدا أنه قتل 8 جنود") and an earlier or provisional figure ("وكانت حصيلة
/// غير نهائية ..."); a toll with a figure beats a bare one ("اغتيال قيادي", "قتل عشرات"); the
/// fuller account of the same dead (the same figures and an attacker who killed himself) beats
/// its part. Otherwise the first account stands: news tells its latest figure first, and a
/// different figure told later is as a rule a neighbouring incident merged in ("... وقتل ستة
/// مدنيين" then "مقتل ثمانية مدنيين في مدينة مركا"), a part of the dead, or an older report.
pub(super) fn takes_toll(own: &[CountPiece], other: &[CountPiece]) -> bool {
    if other.is_empty() {
        return false;
    }
    if own.is_empty() {
        return true;
    }
    let (a, b) = (account(own), account(other));
    // the fuller account of the same dead, told in a pluperfect retelling ("وكان النائب ...
    // عندما ... وقتلوه مع حارسيه وسائقه" after "قتل نائب مع حارسيه"), is no earlier figure:
    // it holds every figure of the first and adds to them
    if a != b && !(a == Account::Plain && b == Account::Earlier && holds(other, own)) {
        return b > a;
    }
    let bare = |ps: &[CountPiece]| adding_pieces(ps).iter().all(|p| p.bare);
    if bare(own) != bare(other) {
        return bare(own);
    }
    holds(other, own)
}

/// Whether the toll `other` of a mention absorbed, told with no event word of its own, adds the
/// other side's dead to the incident's toll `own` (REPORTS_GUIDELINES.md: every side's dead of
/// the incident): "مقتل ثمانية عشر حوثياً ... " then "ولفت إلى أن اربعة قتلى سقطوا في صفوف
/// المقاومة". Every figure of `other` is told of one side's ranks and none of `own` is, and the
/// two are no one figure told twice.
pub(super) fn adds_side(own: &[CountPiece], other: &[CountPiece], event_word: bool) -> bool {
    // (or every figure of `other` counts an armed side named and none of `own` does: "مقتل 3 من
    // المقاومة الشعبية" after "قتل 17 مسلحا من الحوثيين ... في مواجهات ... مع قوات المقاومة")
    let sides_apart = other.iter().all(|p| p.side.is_some())
        && own.iter().all(|p| p.side.is_some())
        && other.iter().all(|p| own.iter().all(|q| q.side != p.side));
    !event_word
        && figured(own)
        && figured(other)
        && other.iter().all(|p| p.account == Account::Plain)
        // (an earlier figure is superseded by the later, not added to: "تحدثت في البداية عن
        // مقتل 14 جنديا، لكنها عادت وخفضت الحصيلة ... «مقتل 10 من الجنود الأفغان»")
        && own.iter().all(|p| p.account != Account::Earlier)
        && ((other.iter().all(|p| p.ranks) && own.iter().all(|p| !p.ranks)) || sides_apart)
        && !tolls_agree(own, other)
}

/// Whether the toll `other` of a mention absorbed tells only the attackers killed in the act,
/// each counted ("قبل أن ترديه وحدات امنية قتيلا" after "هجوم نفذه عنصر مسلح ... مخلفا 38
/// قتيلا"), and the incident's toll `own` its victims alone, with figures, told plainly (no
/// revised total, "ارتفعت الحصيلة", that may hold them): the attackers add to it
/// (REPORTS_GUIDELINES.md: attackers killed in the incident are included).
///
/// The two tolls are no one figure told twice ("مقتل 22 من داعش" and "مقتل «22» مسلحاً"), and
/// the attackers are one man ("قبل أن ترديه"), or told with no event word of their own
/// (`event_word`: "وقتل ثلاثة مسلحين" after the hotel siege's six dead): a figure of armed men
/// told with an act of its own may be another fight's dead ("هجوما ... أسفر عن مقتل اثنين").
pub(super) fn adds_attackers(own: &[CountPiece], other: &[CountPiece], event_word: bool) -> bool {
    figured(own)
        && figured(other)
        && (other.iter()).all(|p| p.attacker && p.account == Account::Plain)
        && (!event_word || other.iter().all(|p| p.min == 1))
        && !tolls_agree(own, other)
        && own
            .iter()
            .all(|p| !p.attacker && p.account == Account::Plain)
}

/// Whether a toll is told and every piece of it with a figure (no bare "قتلى").
fn figured(ps: &[CountPiece]) -> bool {
    !ps.is_empty() && ps.iter().all(|p| !p.bare)
}

/// Whether the wounded `other` of a mention whose dead [`adds_side`] adds are the other side's
/// wounded too: both tolls figured, plainly told, and no one figure told twice.
pub(super) fn adds_wounded(own: &[CountPiece], other: &[CountPiece]) -> bool {
    figured(own)
        && figured(other)
        && other.iter().all(|p| p.account == Account::Plain)
        && !tolls_agree(own, other)
}

/// Whether the toll `other` of a mention absorbed tells only some of the wounded who died since
/// ("إن اثنين من رجال الأمن المصابين ... انتقلا إلى رحمة الله"): more dead, added to the
/// incident's toll `own` told before (REPORTS_GUIDELINES.md: the report's latest figure).
pub(super) fn adds_succumbed(own: &[CountPiece], other: &[CountPiece]) -> bool {
    !own.is_empty()
        && !other.is_empty()
        && other.iter().all(|p| p.succumbed)
        && own.iter().all(|p| !p.succumbed)
}

/// Whether `later`, an act with a toll of its own told after a turn to another matter
/// ([`Candidate::aside`]: "وفي سياق آخر، نفذت المقاومة الشعبية هجوماً استهدف دورية ... أسفر عن
/// مقتل أربعة"), is another incident than `earlier`, told in the body before it with no such
/// toll ("الاشتباكات ما زالت مستمرة ... في حدنان"). Not when `earlier` is the headline, which
/// may have told it.
pub(super) fn toll_turned_aside(earlier: &Candidate, later: &Candidate) -> bool {
    later.aside
        && later.sentence > earlier.sentence
        && earlier.sentence > 0
        && (later.kills.iter()).any(|p| p.qualifier != rasd_core::Qualifier::Unknown)
        && (earlier.kills.is_empty() || !tolls_agree(&earlier.kills, &later.kills))
}

/// Whether `c`, a mention the merge found to tell `into` again, is a bare word of killing with
/// no figure, no event word, no place and no day of its own, told apart from the incident (not
/// in its latest sentence nor the next): "وقتل التنظيم المتشدد أبناء أقليات دينية" two sentences
/// after the town's taking. Its word tells no death of the incident (the record would read it
/// as one dead). Not a noun of the dead ([`Candidate::kill_noun`]: "يرحم الشهداء" in a
/// condolence on a bombing, "جثث أفراد من قوات الأمن ... متناثرة في الشوارع"), told of the
/// incident's own dead.
pub(super) fn bare_kill_apart(into: &Candidate, c: &Candidate) -> bool {
    !c.has_event_trigger
        && c.kills.is_empty()
        && !c.kill_noun
        && c.place.key.is_none()
        && !c.own_date()
        && c.sentence > into.sentence + 1
}

/// Whether `later` tells only an earlier figure of the incident `earlier` told before it ("وكان
/// مدير عام الصحة ... أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا بفعل القصف هو 57 قتيلا"
/// after "ارتفع عدد القتلى ... جراء قصف ... في مديرية دار سعد ... إلى 103 قتلى"): a toll told as
/// earlier presupposes the incident told with its later one, so it is a retelling of the
/// incident of its kind told before with a larger toll, at no place apart and on no day of its
/// own that differs; the later figure stands ([`takes_toll`]).
pub(super) fn earlier_toll_retold(earlier: &Candidate, later: &Candidate) -> bool {
    let pieces = adding_pieces(&later.kills);
    !pieces.is_empty()
        && pieces.iter().all(|p| p.account == Account::Earlier)
        && later.sentence > earlier.sentence
        // (told as the context of the revised figure, right after it)
        && later.sentence <= earlier.sentence + 2
        && !earlier.kills.is_empty()
        && account(&earlier.kills) != Account::Earlier
        // (revised tolls rise: an earlier figure is the smaller)
        && total(&later.kills) < total(&earlier.kills)
        && earlier.has_event_trigger
        && later.has_event_trigger
        && earlier.sub_event_type == later.sub_event_type
        && !places_apart(earlier, later, 2)
        && !(later.own_date() && day_differs(earlier, later))
}
