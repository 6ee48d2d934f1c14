//! Number mentions: digits, number words (compound, with proclitics), vague quantities, dual
//! nouns, with their qualifier cues and simple ranges.

use std::sync::OnceLock;

use crate::data::{tables, FastMap, NumKind, NumWord, Prefilter};
use crate::{NumberMention, Qualifier, Sentence, Span, Token, TokenKind, WrittenDate};

/// Proclitics allowed on the first word of a number ("وخمسة", "بثلاثة", "لعشرة").
const NUM_PREFIXES: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// The article, alone or after proclitics (لل = ل + ال), allowed on units 3-10.
const ARTICLE_PREFIXES: &[&str] = &["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"];

/// The largest figure read: twelve digits. A larger one ("قتل 99999999999999999999999 شخص")
/// counts nothing a report tells (there are fewer than 10^10 people), so it is no number
/// mention at all rather than a value saturated to `u64::MAX`.
pub(crate) const MAX_FIGURE: u64 = 999_999_999_999;

/// Proclitics allowed on the first word of a qualifier cue ("بنحو", "وبحوالي").
const CUE_PREFIXES: &[&str] = &["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/// The number word of a token: (word, prefix chars).
fn lookup(tok: &Token, allow_prefix: bool) -> Option<(NumWord, usize)> {
    if tok.kind != TokenKind::Word {
        return None;
    }
    let (map, pre) = prefixed();
    if !pre.may_contain(&tok.key) {
        return None;
    }
    let (w, pc) = *map.get(&tok.key)?;
    (allow_prefix || pc == 0).then_some((w, pc))
}

fn duals_prefilter() -> &'static Prefilter {
    static P: OnceLock<Prefilter> = OnceLock::new();
    P.get_or_init(|| Prefilter::new(&tables().duals))
}

/// The last bytes of the first words of the multi-word number phrases, and whether a first
/// word is empty (then every key may start a phrase).
fn phrase_last_bytes() -> &'static (bool, Vec<u8>) {
    static P: OnceLock<(bool, Vec<u8>)> = OnceLock::new();
    P.get_or_init(|| {
        let firsts = tables().number_phrases.iter().map(|(w, _)| w.first());
        let any_empty = firsts.clone().any(|w| w.is_none_or(|w| w.is_empty()));
        let mut v: Vec<u8> = firsts
            .filter_map(|w| w?.as_bytes().last().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        (any_empty, v)
    })
}

/// Number words by key, with their proclitic length, and a prefilter over the keys.
type Prefixed = (FastMap<String, (NumWord, usize)>, Prefilter);

/// Every number word, bare and with every proclitic combination it may take, compiled once:
/// key -> (word, chars of the proclitic that are not part of the expression).
fn prefixed() -> &'static Prefixed {
    static P: OnceLock<Prefixed> = OnceLock::new();
    P.get_or_init(|| {
        let t = tables();
        let mut words: Vec<(&String, &NumWord)> = t.numbers.iter().collect();
        words.sort_by(|a, b| a.0.cmp(b.0));
        let mut m = FastMap::default();
        for p in NUM_PREFIXES {
            for (k, w) in &words {
                // very short words only after و ("لست" is not "six")
                if k.chars().count() < 3 && *p != "و" {
                    continue;
                }
                m.entry(format!("{p}{k}"))
                    .or_insert((**w, p.chars().count()));
            }
        }
        // the article on units three to ten: "الثلاثة", "الخمسة عشر", "وللعشرة"; it belongs to
        // the expression, only what precedes it is a proclitic
        for p in ARTICLE_PREFIXES {
            let article = if p.ends_with("لل") { 1 } else { 2 };
            for (k, w) in &words {
                if w.kind == NumKind::Num && (3..=10).contains(&w.value) {
                    m.entry(format!("{p}{k}"))
                        .or_insert((**w, p.chars().count() - article));
                }
            }
        }
        // the bare words win over prefixed readings ("واحد" is one, not و + احد)
        for (k, w) in words {
            m.insert(k.clone(), (*w, 0));
        }
        let pre = Prefilter::new(m.keys());
        (m, pre)
    })
}

/// The units one and two with the article, by key (proclitic chars as in [`prefixed`]): they
/// count only before عشر ("الأحد عشر", "الاثني عشر"); alone, "الأحد" is Sunday and "الاثنين"
/// Monday or "the two". With a prefilter over the keys: every word token is looked up.
fn article_units() -> &'static Prefixed {
    static P: OnceLock<Prefixed> = OnceLock::new();
    P.get_or_init(|| {
        let mut m = FastMap::default();
        for p in ARTICLE_PREFIXES {
            let article = if p.ends_with("لل") { 1 } else { 2 };
            for (k, w) in &tables().numbers {
                if w.kind == NumKind::Num && (1..=2).contains(&w.value) {
                    m.entry(format!("{p}{k}"))
                        .or_insert((*w, p.chars().count() - article));
                }
            }
        }
        let pre = Prefilter::new(m.keys());
        (m, pre)
    })
}

/// The number word of a token joined by و ("وخمسون"): the word, or None.
fn lookup_conj(tok: &Token) -> Option<NumWord> {
    if tok.kind != TokenKind::Word {
        return None;
    }
    let rest = tok.key.strip_prefix('و')?;
    let t = tables();
    t.numbers.get(rest).copied().or_else(|| {
        // "الخمسة والعشرين"
        let w = t.numbers.get(rest.strip_prefix("ال")?)?;
        (w.kind == NumKind::Num).then_some(*w)
    })
}

/// Original char index where key char `n` of the token starts (skipping dropped chars).
fn key_char_start(chars: &[char], span: Span, n: usize) -> usize {
    if n == 0 {
        return span.start;
    }
    let mut seen = 0;
    let end = span.end.min(chars.len());
    let start = span.start.min(end);
    for (i, &c) in chars[start..end].iter().enumerate() {
        let mut found = false;
        crate::normalize::fold(c).each(|_| {
            found |= seen == n;
            seen += 1;
        });
        if found {
            return start + i;
        }
    }
    span.end
}

/// The value of a digit token's key, and whether it has a decimal part: `,` separates
/// thousands, or is a decimal comma when the digits after it are not three ("3,75 مليون").
fn parse_digits(key: &str) -> Option<(f64, bool)> {
    let decimal_comma = key
        .rsplit_once(',')
        .is_some_and(|(_, tail)| tail.len() != 3 && !key.contains('.'));
    let cleaned: String = if decimal_comma {
        key.replace(',', ".")
    } else {
        key.chars().filter(|&c| c != ',').collect()
    };
    if cleaned.matches('.').count() > 1 {
        return None;
    }
    let v = cleaned.parse::<f64>().ok().filter(|v| v.is_finite())?;
    Some((v, cleaned.contains('.')))
}

/// Digit groups joined by a glued "ر" ("5ر1", "000ر22", "000ر000ر1") starting at token `i`:
/// the typesetting of some Arabic agencies writes a figure's groups in reverse order around
/// the separator, so that "5ر1 مليون" is 1.5 million, "88ر0" is 0.88 and "000ر22" is 22,000.
/// Returns the groups in reading order (the integer part first) and the token after them.
fn ra_groups(tokens: &[Token], i: usize, end: usize) -> Option<(Vec<&str>, usize)> {
    let digits =
        |t: &Token| t.kind == TokenKind::Number && t.key.bytes().all(|b| b.is_ascii_digit());
    if !digits(&tokens[i]) {
        return None;
    }
    let mut groups = vec![tokens[i].key.as_str()];
    let mut j = i;
    while j + 2 < end {
        let (sep, next) = (&tokens[j + 1], &tokens[j + 2]);
        let glued = tokens[j].span.end == sep.span.start && sep.span.end == next.span.start;
        if !(glued && sep.kind == TokenKind::Word && sep.key == "ر" && digits(next)) {
            break;
        }
        groups.push(next.key.as_str());
        j += 2;
    }
    if groups.len() < 2 {
        return None;
    }
    groups.reverse();
    Some((groups, j + 1))
}

/// The value of reversed digit groups (see [`ra_groups`]), and whether it has a decimal part:
/// one separator before a scale word or before other than three digits is a decimal point
/// ("5ر1 مليون", "88ر0"), else every separator parts thousands ("000ر22").
fn ra_value(groups: &[&str], scaled: bool) -> Option<(f64, bool)> {
    let decimal = groups.len() == 2 && (scaled || groups[1].len() != 3);
    let text = if decimal {
        format!("{}.{}", groups[0], groups[1])
    } else if groups[1..].iter().all(|g| g.len() == 3) {
        groups.concat()
    } else {
        return None;
    };
    let v = text.parse::<f64>().ok().filter(|v| v.is_finite())?;
    Some((v, decimal))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Unit,
    Ten,
    Teen,
    Tens,
    Hundreds,
    Scale,
}

fn class_of(v: u64) -> Last {
    match v {
        1..=9 => Last::Unit,
        10 => Last::Ten,
        11..=19 => Last::Teen,
        20..=99 => Last::Tens,
        _ => Last::Hundreds,
    }
}

struct Raw {
    first: usize,
    end: usize, // token index after the last
    prefix_chars: usize,
    min: u64,
    max: Option<u64>,
    qualifier: Qualifier,
    vague: bool,
    dual: bool,
    /// written with a decimal part
    decimal: bool,
}

fn exact(first: usize, end: usize, prefix_chars: usize, v: u64) -> Raw {
    Raw {
        first,
        end,
        prefix_chars,
        min: v,
        max: Some(v),
        qualifier: Qualifier::Exact,
        vague: false,
        dual: false,
        decimal: false,
    }
}

/// A scale word right after token `i` (no proclitic): its multiplier.
fn scale_after(tokens: &[Token], i: usize, end: usize) -> Option<u64> {
    if i + 1 >= end {
        return None;
    }
    match lookup(&tokens[i + 1], false)? {
        (
            NumWord {
                value,
                kind: NumKind::Scale | NumKind::ScalePlural,
            },
            _,
        ) => Some(value),
        _ => None,
    }
}

/// The number expression starting at token `i` (sentence ends at `end`).
fn parse_at(tokens: &[Token], i: usize, end: usize) -> Option<Raw> {
    let tok = &tokens[i];
    let t = tables();
    if tok.kind == TokenKind::Number {
        // "5ر1 مليون": reversed groups around ر, else one digit token
        let reversed = ra_groups(tokens, i, end).and_then(|(groups, after)| {
            let scaled = scale_after(tokens, after - 1, end).is_some();
            Some((ra_value(&groups, scaled)?, after - 1))
        });
        let ((v, decimal), last) = match reversed {
            Some(x) => x,
            None => (parse_digits(&tok.key)?, i),
        };
        // (values beyond u64 saturate here and are dropped as above MAX_FIGURE)
        if let Some(scale) = scale_after(tokens, last, end) {
            let total = (v * scale as f64).round();
            let mut r = exact(i, last + 2, 0, total as u64);
            r.decimal = decimal;
            return Some(r);
        }
        let lo = v.floor() as u64;
        let hi = v.ceil() as u64;
        let mut r = exact(i, last + 1, 0, lo);
        r.decimal = decimal;
        if hi != lo {
            r.max = Some(hi);
            r.qualifier = Qualifier::Range;
        }
        return Some(r);
    }
    if tok.kind != TokenKind::Word {
        return None;
    }
    // multi-word vague phrases ("عدد من") and fractions of a scale ("نصف مليون"); a key
    // ends with a phrase's first word only if it ends with that word's last byte
    let (any_empty, last_bytes) = phrase_last_bytes();
    let phrases = match tokens[i].key.as_bytes().last() {
        _ if *any_empty => &t.number_phrases[..],
        Some(b) if last_bytes.contains(b) => &t.number_phrases[..],
        _ => &[],
    };
    for (words, w) in phrases {
        if i + words.len() > end {
            continue;
        }
        if !tokens[i].key.ends_with(words[0].as_str()) {
            continue;
        }
        let first_ok = |k: &str| {
            CUE_PREFIXES.iter().find_map(|p| {
                (k.strip_prefix(p) == Some(words[0].as_str())).then(|| p.chars().count())
            })
        };
        let Some(pc) = first_ok(&tokens[i].key) else {
            continue;
        };
        if words[1..]
            .iter()
            .zip(&tokens[i + 1..])
            .all(|(w, t)| *w == t.key)
        {
            let exact = w.kind == NumKind::Num;
            return Some(Raw {
                first: i,
                end: i + words.len(),
                prefix_chars: pc,
                min: w.value,
                max: exact.then_some(w.value),
                qualifier: if exact {
                    Qualifier::Exact
                } else {
                    Qualifier::Unknown
                },
                vague: !exact,
                dual: false,
                decimal: false,
            });
        }
    }
    // "المائة ألف" (but "في المائة" is a percentage, not a count)
    if matches!(tok.key.as_str(), "المئه" | "المائه") {
        let scale = scale_after(tokens, i, end)?;
        return Some(exact(i, i + 2, 0, 100 * scale));
    }
    let ten = |j: usize| {
        j < end
            && lookup(&tokens[j], false)
                .is_some_and(|(w, _)| w.kind == NumKind::Num && w.value == 10)
    };
    let (units, units_pre) = article_units();
    let unit = units_pre.may_contain(&tok.key).then(|| units.get(&tok.key));
    if let Some(&(w, pc)) = unit.flatten() {
        if tok.kind == TokenKind::Word && ten(i + 1) {
            return Some(exact(i, i + 2, pc, w.value + 10));
        }
    }
    let looked = lookup(tok, true);
    // ordinals ("الرابع عشر من آذار") are no counts, nor the عشر that follows them
    let is_ten = looked.is_some_and(|(w, _)| w.kind == NumKind::Num && w.value == 10);
    if is_ten
        && i > 0
        && lookup(&tokens[i - 1], false).is_some_and(|(w, _)| w.kind == NumKind::Ordinal)
    {
        return None;
    }
    // "لا أحد" is nobody
    if tok.key == "احد" && i > 0 && matches!(tokens[i - 1].key.as_str(), "لا" | "ولا" | "فلا")
    {
        return None;
    }
    let Some((w, pc)) = looked else {
        // a dual noun (all end in -ين or -ان)
        if !crate::has_dual_ending(&tok.key) {
            return None;
        }
        let stem = tok.stem();
        // a person noun in "-ين" that is a sound plural too ("مقيمين") is a dual when
        // "أحدهما" (one of the two) or "كلاهما" follows it: "إصابة مقيمين أحدهما باكستاني"
        if i + 1 < end
            && matches!(tokens[i + 1].key.as_str(), "احدهما" | "كلاهما")
            && stem
                .strip_suffix("ين")
                .is_some_and(|b| b.chars().count() >= 2 && t.singulars.contains(b))
        {
            let pc = if stem.len() == tok.key.len() {
                0
            } else {
                tok.clitics.iter().map(|c| c.chars().count()).sum()
            };
            let mut r = exact(i, i + 1, pc, 2);
            r.dual = true;
            return Some(r);
        }
        let pre = duals_prefilter();
        if !pre.may_contain(&tok.key) && !pre.may_contain(stem) {
            return None;
        }
        let (stem, pc) = if t.duals.contains(&tok.key) {
            (tok.key.as_str(), 0)
        } else {
            (stem, tok.clitics.iter().map(|c| c.chars().count()).sum())
        };
        if t.duals.contains(stem) {
            let mut r = exact(i, i + 1, pc, 2);
            r.dual = true;
            return Some(r);
        }
        return None;
    };
    match w.kind {
        NumKind::Ordinal => return None,
        NumKind::Vague | NumKind::Unknown | NumKind::ScalePlural => {
            let mut min = w.value;
            let mut e = i + 1;
            if w.kind != NumKind::ScalePlural {
                if let Some(s) = scale_after(tokens, i, end) {
                    min = min.saturating_mul(s);
                    e += 1;
                }
            }
            return Some(Raw {
                first: i,
                end: e,
                prefix_chars: pc,
                min,
                max: None,
                qualifier: if w.kind == NumKind::Unknown {
                    Qualifier::Unknown
                } else {
                    Qualifier::AtLeast
                },
                vague: true,
                dual: false,
                decimal: false,
            });
        }
        _ => {}
    }
    let mut total: u64 = 0;
    let mut current: u64;
    let mut last: Last;
    match w.kind {
        NumKind::Num => {
            current = w.value;
            last = class_of(w.value);
        }
        NumKind::Hundred => {
            current = 100;
            last = Last::Hundreds;
        }
        NumKind::Scale | NumKind::ScaleDual => {
            total = w.value;
            current = 0;
            last = Last::Scale;
        }
        _ => return None,
    }
    let mut j = i + 1;
    while j < end {
        let next = &tokens[j];
        if let Some((nw, _)) = lookup(next, false) {
            // adjacent: teen, hundred after a unit, scale after a figure
            match nw.kind {
                NumKind::Num if nw.value == 10 && last == Last::Unit => {
                    current += 10;
                    last = Last::Teen;
                }
                NumKind::Hundred if last == Last::Unit => {
                    current *= 100;
                    last = Last::Hundreds;
                }
                NumKind::Scale | NumKind::ScalePlural if current > 0 => {
                    total = total.saturating_add(current.saturating_mul(nw.value));
                    current = 0;
                    last = Last::Scale;
                }
                _ => break,
            }
            j += 1;
            continue;
        }
        let conj = if next.key == "و" && j + 1 < end {
            lookup(&tokens[j + 1], false).map(|(w, _)| (w, 2))
        } else {
            lookup_conj(next).map(|w| (w, 1))
        };
        let Some((nw, used)) = conj else { break };
        let ok = match nw.kind {
            NumKind::Num => {
                let c = class_of(nw.value);
                match last {
                    Last::Unit => c == Last::Tens,
                    Last::Hundreds => c != Last::Hundreds,
                    Last::Scale => current == 0,
                    _ => false,
                }
            }
            NumKind::Hundred => last == Last::Scale && current == 0,
            _ => false,
        };
        if !ok {
            break;
        }
        current += if nw.kind == NumKind::Hundred {
            100
        } else {
            nw.value
        };
        last = match nw.kind {
            NumKind::Hundred => Last::Hundreds,
            _ => class_of(nw.value),
        };
        j += used;
    }
    Some(exact(i, j, pc, total.saturating_add(current)))
}

/// Whether tokens `[from, from+words.len())` spell the cue (the first may carry a proclitic):
/// the char count of that proclitic.
fn cue_at(tokens: &[Token], from: usize, words: &[String]) -> Option<usize> {
    let first = &tokens.get(from)?.key;
    let pc = CUE_PREFIXES.iter().find_map(|p| {
        (first.strip_prefix(p) == Some(words[0].as_str())).then(|| p.chars().count())
    })?;
    let all = words[1..]
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(from + 1 + k).is_some_and(|t| t.key == *w));
    all.then_some(pc)
}

/// Finds the number mentions of every sentence, appending them to `out`.
pub(crate) fn find_numbers_into(
    chars: &[char],
    tokens: &[Token],
    sentences: &[Sentence],
    out: &mut Vec<NumberMention>,
    dates: &mut Vec<WrittenDate>,
) {
    let t = tables();
    for s in sentences {
        let (start, end) = (s.tokens.start, s.tokens.end);
        let mut raws: Vec<Raw> = Vec::new();
        let mut i = start;
        while i < end {
            match parse_at(tokens, i, end) {
                Some(r) => {
                    i = r.end.max(i + 1);
                    if r.min <= MAX_FIGURE && r.max.is_none_or(|m| m <= MAX_FIGURE) {
                        raws.push(r);
                    }
                }
                None => i += 1,
            }
        }
        // a dual noun next to a figure ("شرطيين اثنين") is not a second count (a figure joined
        // after it by "و" starts the next item: "قتيلين وعشرة جرحى")
        let mut keep = vec![true; raws.len()];
        for k in 0..raws.len() {
            if raws[k].dual {
                let before = k > 0 && !raws[k - 1].dual && raws[k - 1].end == raws[k].first;
                let after = k + 1 < raws.len()
                    && !raws[k + 1].dual
                    && raws[k + 1].first == raws[k].end
                    && tokens[raws[k + 1].first].clitics.first() != Some(&"و");
                keep[k] = !(before || after);
            }
            if one_as_adjective(tokens, &raws[k], start) || label(tokens, &raws[k], start) {
                keep[k] = false;
            }
        }
        let first_date = dates.len();
        written_dates(tokens, start, end, dates);
        // (the sentence's written dates, each of one token or more)
        let sentence_dates = &dates[first_date..];
        let mut ms: Vec<NumberMention> = Vec::new();
        for (mut r, keep) in raws.into_iter().zip(keep) {
            if !keep {
                continue;
            }
            // "مقتل (20) شخصا", "إصابة (33)": a figure in parentheses, as official statements
            // write it, stands where its parentheses stand (the words around it are its own)
            if parenthesised(tokens, &r, start, end) {
                r.first -= 1;
                r.end += 1;
            }
            let first = &tokens[r.first];
            let last = &tokens[r.end - 1];
            let span_start = key_char_start(chars, first.span, r.prefix_chars);
            let mut m = NumberMention {
                span: Span::new(span_start, last.span.end),
                min: r.min,
                max: r.max,
                qualifier: r.qualifier,
                cue_span: None,
                vague: r.vague,
                dual_noun: r.dual,
                date: false,
                decimal: r.decimal,
                tokens: r.first..r.end,
            };
            m.date = !r.vague && !r.dual && is_year(tokens, &r, start, end)
                || (sentence_dates.iter())
                    .any(|d| d.tokens.start < r.end && r.first < d.tokens.end);
            // qualifier cue before, then after (skipping up to two words: "20 شخصا على الأقل")
            let mut cue: Option<(Span, Qualifier)> = None;
            if r.prefix_chars == 0 {
                for (words, q) in &t.before {
                    if r.first < start + words.len() {
                        continue;
                    }
                    // cheap filter: the cue's last word is the token before the figure
                    let last_word = words.last().map(String::as_str).unwrap_or("");
                    if !tokens[r.first - 1].key.ends_with(last_word) {
                        continue;
                    }
                    let from = r.first - words.len();
                    if let Some(pc) = cue_at(tokens, from, words) {
                        let cs = key_char_start(chars, tokens[from].span, pc);
                        cue = Some((Span::new(cs, tokens[r.first - 1].span.end), *q));
                        break;
                    }
                }
            }
            if cue.is_none() {
                'after: for skip in 0..=2 {
                    let from = r.end + skip;
                    if skip > 0 {
                        let Some(w) = tokens.get(from - 1).filter(|_| from - 1 < end) else {
                            break;
                        };
                        if w.kind != TokenKind::Word || lookup(w, true).is_some() {
                            break;
                        }
                    }
                    for (words, q) in &t.after {
                        if from + words.len() > end {
                            continue;
                        }
                        // (`cue_at(..) == Some(0)`: the first word itself, no proclitic)
                        let spelled = tokens[from].key == words[0]
                            && (words[1..].iter())
                                .zip(&tokens[from + 1..])
                                .all(|(w, t)| t.key == *w);
                        if spelled {
                            let span = Span::new(
                                tokens[from].span.start,
                                tokens[from + words.len() - 1].span.end,
                            );
                            cue = Some((span, *q));
                            break 'after;
                        }
                    }
                }
            }
            if let Some((span, q)) = cue {
                m.cue_span = Some(span);
                if m.qualifier != Qualifier::Unknown && m.qualifier != Qualifier::Range {
                    m.qualifier = q;
                    m.max = match q {
                        Qualifier::AtMost => Some(m.min),
                        Qualifier::Exact => m.max,
                        _ => None,
                    };
                }
            }
            ms.push(m);
        }
        // "استشهاد (15) خمسة عشر", "خمسة عشر (15)": a figure in parentheses next to the same
        // figure told again is one figure, not two
        let mut k = 1;
        while k < ms.len() {
            let (a, b) = (&ms[k - 1], &ms[k]);
            let wrapped = |m: &NumberMention| tokens[m.tokens.start].key == "(";
            if a.tokens.end == b.tokens.start
                && (wrapped(a) || wrapped(b))
                && (a.min, a.max) == (b.min, b.max)
                && !a.date
                && !b.date
            {
                let b = ms.remove(k);
                let a = &mut ms[k - 1];
                a.span = a.span.cover(b.span);
                a.tokens = a.tokens.start..b.tokens.end;
                a.cue_span = a.cue_span.or(b.cue_span);
                continue;
            }
            k += 1;
        }
        // "عامي 2014 و2015", "(295 - 320هـ)": a figure joined to a year is a year
        for k in 1..ms.len() {
            let (a, b) = (&ms[k - 1], &ms[k]);
            if a.date != b.date && same_kind_figures(tokens, a, b) && joined(tokens, a, b).is_some()
            {
                ms[k - 1].date = true;
                ms[k].date = true;
            }
        }
        // ranges: "بين 10 و15", "10 إلى 15", "من 10 إلى 15", "بين 20 أو 30"
        let mut k = 0;
        while k < ms.len() {
            if k + 1 < ms.len() {
                if let Some(merged) = range(tokens, &ms[k], &ms[k + 1], start) {
                    out.push(merged);
                    k += 2;
                    continue;
                }
            }
            out.push(ms[k].clone());
            k += 1;
        }
    }
}

/// How two figures are joined: by "و", by "أو", or by "إلى"/"حتى"/a dash.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    And,
    Or,
    To,
    Dash,
}

fn joined(tokens: &[Token], a: &NumberMention, b: &NumberMention) -> Option<Join> {
    let gap = &tokens[a.tokens.end..b.tokens.start];
    let b_first = &tokens[b.tokens.start];
    if (gap.len() == 1 && gap[0].key == "و")
        || (gap.is_empty() && b_first.key.starts_with('و') && b.span.start > b_first.span.start)
    {
        return Some(Join::And);
    }
    if gap.len() != 1 {
        return None;
    }
    match gap[0].key.as_str() {
        "او" => Some(Join::Or),
        "الي" | "حتي" => Some(Join::To),
        "-" | "–" => Some(Join::Dash),
        _ => None,
    }
}

/// Whether both are plain digit figures of as many digits ("2014 و2015", "295 - 320").
fn same_kind_figures(tokens: &[Token], a: &NumberMention, b: &NumberMention) -> bool {
    let digits = |m: &NumberMention| {
        (m.tokens.len() == 1 && !m.vague && !m.dual_noun)
            .then(|| &tokens[m.tokens.start])
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.key.len())
    };
    digits(a).is_some() && digits(a) == digits(b)
}

/// The multiplier of a scale word ending the mention ("30 ألفا"), if any.
fn trailing_scale(tokens: &[Token], m: &NumberMention) -> Option<u64> {
    if m.tokens.len() < 2 {
        return None;
    }
    match lookup(&tokens[m.tokens.end - 1], false)? {
        (
            NumWord {
                value,
                kind: NumKind::Scale | NumKind::ScalePlural,
            },
            _,
        ) => Some(value),
        _ => None,
    }
}

fn range(
    tokens: &[Token],
    a: &NumberMention,
    b: &NumberMention,
    start: usize,
) -> Option<NumberMention> {
    if a.vague || b.vague || a.dual_noun || b.dual_noun || a.date || b.date {
        return None;
    }
    // "بين 20 و30 ألفا": the scale word of the second figure is the first's too
    let mut lo = a.min;
    if let Some(scale) = trailing_scale(tokens, b).filter(|_| trailing_scale(tokens, a).is_none()) {
        if a.min.saturating_mul(scale) < b.min {
            lo = a.min * scale;
        }
    }
    if b.min <= lo {
        return None;
    }
    let join = joined(tokens, a, b)?;
    let before = (a.tokens.start > start).then(|| &tokens[a.tokens.start - 1]);
    let cue = match (before, join) {
        (Some(t), Join::And | Join::Or) if t.key == "بين" => Some(t.span),
        (Some(t), Join::To | Join::Dash) if matches!(t.key.as_str(), "من" | "بين") => {
            Some(t.span)
        }
        // "20 أو 30 شخصا", "10 إلى 15"; but "10-15" only after من/بين: a dash also joins
        // dates ("22-10-2016")
        (_, Join::Or | Join::To) => None,
        _ => return None,
    };
    Some(NumberMention {
        span: a.span.cover(b.span),
        min: lo,
        max: Some(b.max.unwrap_or(b.min)),
        qualifier: Qualifier::Range,
        cue_span: cue.or(a.cue_span),
        vague: false,
        dual_noun: false,
        date: false,
        decimal: a.decimal || b.decimal,
        tokens: a.tokens.start..b.tokens.end,
    })
}

/// Whether the figure `r` is a year by the word before it ("عام 1981", "وفي العام 2014") or
/// after it ("1293م", "626 هـ").
fn is_year(tokens: &[Token], r: &Raw, start: usize, end: usize) -> bool {
    let t = tables();
    let before = (r.first > start && r.prefix_chars == 0)
        .then(|| &tokens[r.first - 1])
        .is_some_and(|w| {
            w.kind == TokenKind::Word
                && (t.years_before.contains(&w.key) || t.years_before.contains(w.stem()))
        });
    let after = (r.end < end)
        .then(|| &tokens[r.end])
        .is_some_and(|w| w.kind == TokenKind::Word && t.years_after.contains(&w.key));
    before || after
}

/// The dates written in digits of the sentence of tokens `start..end`, added to `out` in text
/// order: digit groups joined by one separator, "/" or a dash, spaces allowed around it
/// ("19/6/1436", "2015/7/20", "19 / 07 / 2015"), three of them or more, or two with a year of
/// four digits ("6/1436"); with a dash, exactly three with a year of four digits ("2015-08-04",
/// "23 - 06 - 2015": "3-1" is a score, "2013-2015" a range of years).
fn written_dates(tokens: &[Token], start: usize, end: usize, out: &mut Vec<WrittenDate>) {
    let mut i = start;
    while i < end {
        // (a date starts with a figure in digits: other tokens are passed over unread)
        if tokens[i].kind != TokenKind::Number {
            i += 1;
            continue;
        }
        let mut j = i;
        let sep = tokens
            .get(i + 1)
            .filter(|t| i + 1 < end && t.kind == TokenKind::Punct);
        let sep = sep.map_or("", |t| t.key.as_str());
        let dash = sep.chars().count() == 1 && sep.chars().all(crate::is_dash);
        if sep == "/" || dash {
            while j + 2 < end && tokens[j + 1].key == sep && tokens[j + 2].kind == TokenKind::Number
            {
                j += 2;
            }
        }
        if j == i {
            // one group is no date
            i += 1;
            continue;
        }
        let groups = (j - i) / 2 + 1;
        let year = (i..=j)
            .step_by(2)
            .any(|k| tokens[k].key.len() == 4 && tokens[k].key.bytes().all(|b| b.is_ascii_digit()));
        if dash && groups == 3 && year || !dash && groups > 1 && (groups >= 3 || year) {
            out.push(WrittenDate {
                span: tokens[i].span.cover(tokens[j].span),
                tokens: i..j + 1,
                groups,
            });
            i = j + 1;
        } else {
            // the last group may open a date of another separator: "9-10-11 / 10 / 1436" (days
            // 9 to 11), "18ـ19/ 10/ 1436"
            i = j.max(i + 1);
        }
    }
}

/// A plain figure (no proclitic, no dual, not vague) alone between "(" and ")".
fn parenthesised(tokens: &[Token], r: &Raw, start: usize, end: usize) -> bool {
    !r.dual
        && !r.vague
        && r.prefix_chars == 0
        && r.first > start
        && r.end < end
        && tokens[r.first - 1].key == "("
        && tokens[r.end].key == ")"
}

/// A figure in digits right after a noun that makes it a label ("الفرقة 30", "اللواء 35",
/// "القرار 2216", data/labels.tsv): a name, no figure.
fn label(tokens: &[Token], r: &Raw, start: usize) -> bool {
    if r.end != r.first + 1 || r.prefix_chars != 0 || r.first <= start {
        return false;
    }
    let noun = &tokens[r.first - 1];
    let labels = &tables().labels;
    tokens[r.first].kind == TokenKind::Number
        && noun.kind == TokenKind::Word
        && (labels.contains(&noun.key) || labels.contains(noun.stem()))
}

/// "من عائلة واحدة", "دفعة واحدة": the feminine "واحدة" right after a feminine noun (ة)
/// agrees with it as an adjective, not a count, unless that noun is counted ("وفاة واحدة",
/// "امرأة واحدة": one death, one woman).
fn one_as_adjective(tokens: &[Token], r: &Raw, start: usize) -> bool {
    if r.end != r.first + 1 || r.prefix_chars != 0 || r.first <= start {
        return false;
    }
    let one = &tokens[r.first];
    let feminine_one = one.key.ends_with('ه')
        && lookup(one, false).is_some_and(|(w, _)| w.kind == NumKind::Num && w.value == 1);
    let noun = &tokens[r.first - 1];
    let counted = &tables().counted;
    feminine_one
        && noun.kind == TokenKind::Word
        && noun.key.ends_with('ه')
        && lookup(noun, true).is_none()
        && !counted.contains(&noun.key)
        && !counted.contains(noun.stem())
}
