//! Place-mention recognition on text others annotated (copies in data/eval/, with licences):
//! regression guards at the target (ANERcorp LOC recall >= 0.80 at precision >= 0.85).

use rasd_geo::{eval, Geocoder};

const ANERCORP: &str = include_str!("../../../data/eval/anercorp/anercorp-test.dev.conll");
const IDRISI: &str = include_str!("../../../data/eval/idrisi/lmr-ar-train.jsonl");

#[test]
fn anercorp_loc_mentions_meet_the_target() {
    let c = eval::anercorp_loc(ANERCORP, Geocoder::global());
    eprintln!("ANERcorp LOC: {c}");
    assert_eq!(c.gold, 205);
    assert!(c.recall() >= 0.80, "{c}");
    assert!(c.precision() >= 0.85, "{c}");
}

#[test]
fn idrisi_lmr_mentions_do_not_regress() {
    let c = eval::idrisi_lmr(IDRISI, Geocoder::global());
    eprintln!("IDRISI LMR: {c}");
    assert_eq!(c.units, 3234);
    assert!(c.recall() >= 0.62, "{c}");
    assert!(c.precision() >= 0.75, "{c}");
}
