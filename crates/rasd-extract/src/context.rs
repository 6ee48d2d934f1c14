//! What the extractor matched once over a document: the lexicon hits, the cue mask, the
//! dates, the places and the story's country evidence ([`Context`]), and the look-ups every
//! stage reads off them. The mention finder ([`crate::mention`]) walks it sentence by sentence.

use rasd_core::{Actor, ActorKind, DatePrecision};
use rasd_lexicon::{ActorEntry, Role, Trigger, VictimEntry};
use rasd_text::{Document, PhraseMatch, Span, TokenKind};

use crate::calendar::Day;
use crate::dates::{find_dates, DateMention};
use crate::lexicon::{Cue, Lexicons, CUE_BITS};

mod head_refs;

/// A lexicon match, detached from the matcher's lifetime.
#[derive(Debug, Clone, Copy)]
pub struct Hit<T> {
    pub span: Span,
    pub tokens: (usize, usize),
    pub value: T,
}

fn hits<T: Copy>(ms: Vec<PhraseMatch<'_, T>>) -> Vec<Hit<T>> {
    ms.into_iter()
        .map(|m| Hit {
            span: m.span,
            tokens: (m.tokens.start, m.tokens.end),
            value: *m.value,
        })
        .collect()
}

/// How many words before an event word joined by «و» a cue of support may open the list it
/// belongs to ("بمساندة الحشد الشعبي والطيران العسكري").
const SUPPORT_LIST_WORDS: usize = 5;

/// How many words before a place or a vehicle a word of carrying the dead or the wounded may
/// stand ([`Context::carried`]): twenty, for the clause of carrying often names the incident
/// between them ("نقلت طائرات الإخلاء أمس ثمانية مصابين في حادث التفجير الذي تعرض له مسجد ...
/// بأبها أول من أمس إلى مدينة الرياض").
const TRANSFER_WORDS: usize = 20;
/// How many words after a word of going back a noun of calm may stand ("عاد أمس الهدوء"):
/// the calm goes back, nobody is carried ([`Context::carried`]).
const CALM_WORDS: usize = 2;

/// How many words after a word of the dead or the wounded the event word they come from may
/// stand in a clause of carrying them ("مصابي تفجير", "مصابين في حادث التفجير").
const VICTIMS_EVENT_WORDS: usize = 2;

/// How many words before an actor a [`Cue::Loser`] may stand ("من قبضة الحوثيين").
const LOSER_WORDS: usize = 2;

/// How many words a crosshead glued to the sentence after it may have before a turn to
/// another matter ([`Cue::Aside`], [`Cue::Turn`]) that opens the sentence's own words.
const CROSSHEAD_WORDS: usize = 3;

/// How many words a day may stand after a verb of saying and still be when it was said.
const SPEECH_DATE_WORDS: usize = 4;
/// The longest name in quotation marks (an outlet spoken to) that a day of saying stands past
/// without counting it among [`SPEECH_DATE_WORDS`].
const SPEECH_NAME_WORDS: usize = 4;

/// How many words (the verb and its subject: "عقدته وزارة الداخلية") a day may stand after the
/// relative pronoun of a statement's clause and still be when it was made.
const STATEMENT_VERB_WORDS: usize = 3;

/// How many words before a day a word of mourning, condolence, a visit or carrying the wounded
/// makes it that act's day, not the story's clock ("نقلت طائرات الإخلاء الطبي أمس").
const REACTION_DATE_WORDS: usize = 4;

/// How many words before "منذ" (or after its day, when it opens its clause) the verb of
/// going on may stand ("الحسكة التي تشهد منذ", "وتشهد مدينة لحج مواجهات عنيفة بين الطرفين منذ").
const SINCE_VERB_WORDS: usize = 10;

/// How many words (a preposition: "التي بدأت في 4 يوليو") a day may stand after the verb of
/// beginning of a relative clause and still be when the act began.
const BEGUN_DATE_WORDS: usize = 2;

/// How many words (the noun and its adjectives: "البيان العسكري الأمريكي الذي") the noun of a
/// statement may stand before the relative pronoun.
const STATEMENT_NOUN_WORDS: usize = 3;

/// [`Context::victim_starts_at`]'s, [`Context::actor_starts_at`]'s and
/// [`Context::trigger_covers`]' bits of a token.
const HIT_VICTIM: u8 = 1;
const HIT_ACTOR: u8 = 2;
const HIT_TRIGGER: u8 = 4;

/// Everything matched once over a document.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub(crate) triggers: Vec<Hit<&'static Trigger>>,
    pub(crate) actors: Vec<Hit<&'static ActorEntry>>,
    /// The definite nouns of an armed group that name none ([`Cue::GroupAnaphor`], "التنظيم"),
    /// each with the actor it refers back to: the armed group the story named last before it.
    pub(crate) group_refs: Vec<Hit<&'static ActorEntry>>,
    pub(crate) victims: Vec<Hit<&'static VictimEntry>>,
    pub(crate) cues: Vec<Hit<Cue>>,
    /// Per token, a bit per cue kind covering it (`cue_at_token` in O(1)).
    cue_mask: Vec<CueBits>,
    /// The document's country words (rasd_geo::Geocoder::country_words), found with its places.
    pub(crate) country_words: Vec<(&'static str, Span)>,
    /// Per token, whether it belongs to a number expression ("وأربعة", "خمسة عشر").
    pub(crate) in_number: Vec<bool>,
    pub(crate) dates: Vec<DateMention>,
    /// Whether `dates` are sorted by start (then the look-ups below are binary searches), and
    /// the longest date span in chars.
    dates_sorted: bool,
    date_len: usize,
    /// Per date index `i` (and `dates.len()`), the latest date before `i` that can date a later
    /// incident ([`DateMention::story_clock`], not in the future), for
    /// [`Context::story_date_before`].
    clock_before: Vec<Option<usize>>,
    /// Where the days told with a verb of saying start ("وقال بيان ... اليوم: إن ..."), sorted.
    said_at: Vec<usize>,
    /// Where the days told in a relative clause of a noun of statement or meeting start
    /// ("البيان الذي أذيع اليوم"), sorted (they are in `said_at` too).
    statement_at: Vec<usize>,
    /// Where the sentences that open with a turn to another matter start ("من جهة أخرى، ...",
    /// [`Cue::Aside`]; or "إلى ذلك"، [`Cue::Turn`], flagged weak), sorted: the story's clock stops
    /// at each ([`Context::story_date_before`]).
    aside_at: Vec<(usize, bool)>,
    /// Where the story's lead ends (its first sentence after the headline's line): a day told
    /// in it is the round-up's and crosses a weak turn ([`Cue::Turn`], `aside_at`'s `true`).
    lead_end: usize,
    /// Whether the document's numbers are sorted by their first token.
    pub(crate) numbers_sorted: bool,
    /// Per token, [`HIT_VICTIM`] if a victim's match starts at it, [`HIT_ACTOR`] if an actor's
    /// does, [`HIT_TRIGGER`] if a trigger's match covers it: asked per figure and per word, in
    /// O(1) where a walk over the document's matches grew with the document.
    hit_marks: Vec<u8>,
    pub(crate) places: Vec<rasd_geo::PlaceMention>,
    /// The story's country and its evidence, computed once (slots::places::story_country).
    pub(crate) story: std::cell::OnceCell<Option<StoryEvidence>>,
    pub(crate) published: Option<Day>,
}

/// The spans that support the story's country, sorted by start with their rank in the order
/// the evidence was gathered, to find the one nearest an incident by binary search.
pub(crate) struct StoryEvidence {
    pub iso: String,
    spans: Vec<(Span, usize)>,
    max_len: usize,
}

impl StoryEvidence {
    /// `spans` in the order the evidence was gathered.
    pub(crate) fn new(iso: String, spans: impl Iterator<Item = Span>) -> StoryEvidence {
        let mut spans: Vec<(Span, usize)> = spans.enumerate().map(|(i, s)| (s, i)).collect();
        spans.sort_by_key(|(s, i)| (s.start, *i));
        let max_len = spans.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
        StoryEvidence {
            iso,
            spans,
            max_len,
        }
    }

    /// The span nearest `trigger` (the first gathered among equals), as a scan over all of
    /// them in gathering order would find it, but reading only those around `trigger`.
    pub(crate) fn nearest(&self, trigger: Span) -> Option<Span> {
        let ss = &self.spans;
        let p = ss.partition_point(|(s, _)| s.start < trigger.start);
        // an upper bound on the smallest gap, from the neighbours of the trigger
        let bound = (p.saturating_sub(1)..(p + 1).min(ss.len()))
            .map(|i| trigger.gap(ss[i].0))
            .min()?;
        let from = trigger.start.saturating_sub(bound + self.max_len);
        let to = trigger.end.saturating_add(bound);
        let a = ss.partition_point(|(s, _)| s.start < from);
        let b = ss.partition_point(|(s, _)| s.start <= to);
        ss[a..b]
            .iter()
            .min_by_key(|(s, i)| (trigger.gap(*s), *i))
            .map(|(s, _)| *s)
    }
}

/// The items (sorted by start) that start inside `span`, by binary search: long documents stay
/// linear.
pub(crate) fn starting_in<T>(items: &[T], start: impl Fn(&T) -> usize, span: Span) -> &[T] {
    let a = items.partition_point(|x| start(x) < span.start);
    let b = a + items[a..].partition_point(|x| start(x) < span.end);
    &items[a..b]
}

/// A token's cue kinds: a bit per [`Cue`] (`crate::lexicon::CUE_BITS` of them).
#[derive(Clone, Copy, Default)]
struct CueBits([u64; CUE_BITS / 64]);

impl CueBits {
    fn insert(&mut self, cue: Cue) {
        let i = cue as usize;
        self.0[i / 64] |= 1u64 << (i % 64);
    }

    fn has(&self, cue: Cue) -> bool {
        let i = cue as usize;
        self.0[i / 64] & (1u64 << (i % 64)) != 0
    }
}

/// Whether the cue mask (a bit per cue kind, per token) has `cue` at `token`.
fn mask_has(mask: &[CueBits], token: usize, cue: Cue) -> bool {
    mask.get(token).is_some_and(|m| m.has(cue))
}

/// Whether an actor is an armed group that is not a state's: a rebel or a militia, the one a
/// definite noun of an armed group ([`Cue::GroupAnaphor`]) refers back to.
fn armed_group(a: &ActorEntry) -> bool {
    ActorKind::parse(&a.kind).is_some_and(ActorKind::is_armed_group)
}

pub(crate) fn in_sentence<T>(ms: &[Hit<T>], span: Span) -> impl Iterator<Item = &Hit<T>> {
    starting_in(ms, |m| m.span.start, span)
        .iter()
        .filter(move |m| m.span.end <= span.end)
}

impl<'a> Context<'a> {
    pub fn new(lex: &'a Lexicons, doc: &'a Document, published: Option<Day>) -> Context<'a> {
        // one matching text for the five lexicons
        let hay = rasd_text::Haystack::of(doc);
        // one trie walk per anchored search for the five lexicons
        let scan = lex.shared.scan(&hay);
        let date_matches = lex.dates.find_scanned(doc, &hay, &scan, Lexicons::DATES);
        let mut dates = find_dates(doc, &date_matches, published);
        let cue_matches = lex.cues.find_scanned(doc, &hay, &scan, Lexicons::CUES);
        // (the hit lists sized once: a flat_map collects from an empty list)
        let mut cues: Vec<Hit<Cue>> =
            Vec::with_capacity(cue_matches.iter().map(|m| m.value.len()).sum());
        cues.extend(cue_matches.into_iter().flat_map(|m| {
            m.value.iter().map(move |&c| Hit {
                span: m.span,
                tokens: (m.tokens.start, m.tokens.end),
                value: c,
            })
        }));
        let mut cue_mask = vec![CueBits::default(); doc.tokens.len()];
        for m in &cues {
            for t in m.tokens.0..m.tokens.1 {
                if let Some(x) = cue_mask.get_mut(t) {
                    x.insert(m.value);
                }
            }
        }
        let trigger_matches = (lex.triggers).find_scanned(doc, &hay, &scan, Lexicons::TRIGGERS);
        let mut triggers: Vec<Hit<&'static Trigger>> =
            Vec::with_capacity(trigger_matches.iter().map(|m| m.value.triggers.len()).sum());
        triggers.extend(
            trigger_matches
                .into_iter()
                // a phrase written with a pronoun's "ه" ("جراحه", "قتله") is another word when the
                // text has a ta marbuta there ("جراحة" surgery, "قتلة" killers): the key folds them
                .filter(|m| {
                    !(m.value.phrase.ends_with('ه')
                        && !m.value.any_suffix
                        && doc.ends_in_ta_marbuta(m.tokens.end - 1))
                })
                .flat_map(|m| {
                    // a word of death right after the head of a name ("كتيبة شهداء أبو سليم",
                    // "ساحة الشهداء") names a unit, a place or a day: it tells nobody dead (the
                    // head of a construct takes no article, its second term no conjunction: not
                    // "استهدف المسجد وراح ضحيته")
                    let cue = |i: usize, c: Cue| mask_has(&cue_mask, i, c);
                    let named = m.prefix.is_empty()
                        && cue(m.tokens.start, Cue::NameTail)
                        && m.tokens.start.checked_sub(1).is_some_and(|i| {
                            cue(i, Cue::NameHead) && !doc.tokens[i].clitics.contains(&"ال")
                        });
                    // "مدافع" with a masculine adjective of origin or "عن" right after it is a
                    // defender (a player, an advocate), not cannons ("المدافع الإيطالي", "مدافع عن
                    // حقوق الإنسان"; the cannons' adjectives are feminine: "المدافع الثقيلة")
                    let person = m.tokens.end - m.tokens.start == 1
                        && cue(m.tokens.start, Cue::PersonOrPlural)
                        && doc.tokens.get(m.tokens.end).is_some_and(person_word_after);
                    // "هذا المصاب الجلل", "مصاب بمرض القلب": a misfortune or an illness, no wound
                    let calamity = cue(m.tokens.start, Cue::Calamity)
                        || m.tokens
                            .start
                            .checked_sub(1)
                            .is_some_and(|i| cue(i, Cue::Calamity));
                    // "أصيبوا برعب شديد", "أصابت عناصر التمرد بالرعب", "أصيب بحالة هلع": struck
                    // with fear or shock, no wound (the first word with "ب" after the word of
                    // injury, or the bare word right after it, is one of dread)
                    let dread = (m.tokens.end..(m.tokens.end + 4).min(doc.tokens.len()))
                        .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                        .find(|&i| doc.tokens[i].clitics.contains(&"ب"))
                        .is_some_and(|i| {
                            cue(i, Cue::Dread)
                                || doc
                                    .tokens
                                    .get(i + 1)
                                    .is_some_and(|t| t.clitics.is_empty() && cue(i + 1, Cue::Dread))
                        });
                    // "أكدت إصابة جميع الأهداف المخطط لها", "أصابت الصواريخ أهدافها": a target
                    // hit, nobody wounded (a word of a target right after the word of injury, or
                    // one word later, in its clause)
                    let mark = (m.tokens.end..(m.tokens.end + 2).min(doc.tokens.len()))
                        .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                        .any(|i| cue(i, Cue::Mark));
                    // "ولأسر جنود قوات الطوارئ": a word of capture with "ل" before it is the
                    // plural of "أسرة", to the families of those named (or the purpose "to
                    // capture"): no act of capture either way
                    let families = cue(m.tokens.start, Cue::Captive) && m.prefix.ends_with('ل');
                    m.value
                        .triggers
                        .iter()
                        .filter(move |_| !families)
                        .filter(move |t| !(dread && t.role == Role::Injure))
                        .filter(move |t| !(mark && t.role == Role::Injure))
                        .filter(move |_| !person)
                        .filter(move |t| !(named && matches!(t.role, Role::Kill | Role::Injure)))
                        .filter(move |t| !(calamity && t.role == Role::Injure))
                        .map(move |t| Hit {
                            span: m.span,
                            tokens: (m.tokens.start, m.tokens.end),
                            value: *t,
                        })
                }),
        );
        triggers.sort_by_key(|h| h.span.start);
        // a bare "اليوم" right after an imperfect verb in a clause that tells no event ("فهؤلاء
        // الذين يتحكّمون اليوم بالسياسة هم المسؤولون", "الأطفال يحتاجون اليوم إلى تهيئة نفسية")
        // is "nowadays": the time of a state of things, no day of anything
        dates.retain(|d| !nowadays(doc, &triggers, d));
        let mut actors = hits(lex.actors.find_scanned(doc, &hay, &scan, Lexicons::ACTORS));
        actors.sort_by_key(|h| h.span.start);
        // a one-word actor that is a noun of ground with an adjective of a base right after it
        // ("القاعدة الجوية", "للقاعدة البحرية") is the base, not the armed group so named
        actors.retain(|a| {
            !(a.tokens.1 == a.tokens.0 + 1
                && mask_has(&cue_mask, a.tokens.0, Cue::Ground)
                && mask_has(&cue_mask, a.tokens.1, Cue::BaseKind))
        });
        // a definite noun of an armed group that names none ("وكان التنظيم سيطر على ...") is the
        // armed group (a rebel or a militia) the story named last before it
        let group_refs: Vec<Hit<&'static ActorEntry>> = (cues.iter())
            .filter(|c| c.value == Cue::GroupAnaphor)
            .filter(|c| {
                !(actors.iter()).any(|a| a.tokens.0 < c.tokens.1 && c.tokens.0 < a.tokens.1)
            })
            .filter_map(|c| {
                let before = actors.partition_point(|a| a.span.start < c.span.start);
                (actors[..before].iter().rev())
                    .find(|a| armed_group(a.value))
                    .map(|a| Hit {
                        span: c.span,
                        tokens: c.tokens,
                        value: a.value,
                    })
            })
            .collect();
        // a force's head noun told bare ("كما سيطرت المقاومة على جبل الكسارة" after "المقاومة
        // الشعبية") is the force: as the subject of a taking, read as a group's noun is
        let mut group_refs = group_refs;
        group_refs.extend(head_refs::head_refs(
            doc, &cues, &cue_mask, &actors, &triggers,
        ));
        group_refs.sort_by_key(|h| h.span.start);
        let mut victims = hits(
            lex.victims
                .find_scanned(doc, &hay, &scan, Lexicons::VICTIMS),
        );
        victims.sort_by_key(|h| h.span.start);
        let (mut places, country_words) =
            rasd_geo::Geocoder::global().mentions_and_country_words(doc);
        places.sort_by_key(|p| p.span.start);
        let dates_sorted = dates.is_sorted_by_key(|d| d.span.start);
        // a day told with a verb of saying ("بحسب ما أفادت مصادر أمنية أمس") is when it was
        // said: it dates a later incident only while the story has told no other day
        // (the triggers that can end in the window start at most the longest phrase before it:
        // a binary search, not a scan of the document per date)
        let longest = triggers.iter().map(|h| h.tokens.1 - h.tokens.0).max();
        let speech = |d: &DateMention| {
            let (Some(first), Some(longest)) = (doc.token_at(d.span.start), longest) else {
                return false;
            };
            // (a short name in quotation marks after "لـ" is no word of the window: the outlet
            // spoken to, "وقال مصدر تركي لـ«الشرق الأوسط»، أمس، إن", between the speaker and
            // the day)
            let quote_mark = |i: usize| doc.tokens[i].kind == TokenKind::Quote;
            let mut from = first;
            let mut words = 0;
            while from > 0 && words <= SPEECH_DATE_WORDS {
                from -= 1;
                if quote_mark(from) {
                    // (the outlet the words were told to: right after "لـ" or a noun with it,
                    // "لشبكة «روداو»"; not a speaker's own name, "بيان حركة «X» الجمعة")
                    let open = (from.saturating_sub(SPEECH_NAME_WORDS + 1)..from)
                        .rev()
                        .find(|&i| quote_mark(i))
                        .filter(|&o| {
                            o > 0 && {
                                let t = &doc.tokens[o - 1];
                                t.key.trim_end_matches('ـ') == "ل" || t.clitics.contains(&"ل")
                            }
                        });
                    if let Some(open) = open {
                        from = open;
                        continue;
                    }
                }
                words += 1;
            }
            let window = Span::new(
                doc.tokens[(from + 1).saturating_sub(longest)].span.start,
                d.span.start,
            );
            let near = starting_in(&triggers, |h| h.span.start, window);
            let claim = (near.iter())
                .filter(|h| h.tokens.1 > from && h.tokens.1 <= first)
                .filter(|h| h.value.role == Role::Claim)
                .map(|h| h.tokens.1)
                .max();
            // ("لمحت السلطات البحرينية، أمس، إلى ...": the day between commas after the speaker)
            // (not after "أن": "وقالت الحكومة في بيان انه عصر السبت وقعت ...", the day of
            // what is said; nor in the quoted words the verb opens, a quotation mark right
            // after it and none between that and the day: "وأضاف “الناس الذين نزلوا أول من
            // أمس (السبت) إلى الشارع", the day of what is told; not a name in quotation marks
            // after the speaker's noun, "وقالت صحيفة "الأهرام اليوم"")
            let quoted = |c: usize| quote_mark(c) && !(c + 1..first).any(quote_mark);
            claim.is_some_and(|c| {
                (c..first).all(|i| {
                    let t = &doc.tokens[i];
                    (t.kind != TokenKind::Punct || t.is_comma())
                        && !mask_has(&cue_mask, i, Cue::That)
                }) && !quoted(c)
                    && !near.iter().any(|h| {
                        h.value.role != Role::Claim && h.tokens.0 >= c && h.tokens.0 < first
                    })
            })
        };
        // whether an event word stands between a noun of statement (token `noun`) and day `d`
        let event_word_between = |noun: usize, d: &DateMention| {
            starting_in(
                &triggers,
                |h| h.span.start,
                Span::new(doc.tokens[noun].span.start, d.span.start),
            )
            .iter()
            .any(|h| matches!(h.value.role, Role::Event | Role::Kill | Role::Injure))
        };
        // a day told right after a noun of statement, meeting or occasion of speaking ("أصدرت
        // بيانا اليوم"), or after the verb of an unmarked relative clause of it, a verb with the
        // pronoun of the noun it describes ("في مؤتمر صحافي عقده اليوم", "في بيان أصدرته أمس"),
        // no event word between, is when it was said: a day of saying (not made: with no other
        // day told, it still dates what was said)
        let occasion = |d: &DateMention| {
            let Some(first) = doc.token_at(d.span.start) else {
                return false;
            };
            let open = |i: &usize| doc.tokens[*i].kind != TokenKind::Punct;
            // (a noun of an occasion of speaking is one too: "مؤتمر صحافي", matched whole)
            let noun_at = |i: usize| {
                mask_has(&cue_mask, i, Cue::Statement) || mask_has(&cue_mask, i, Cue::Venue)
            };
            (first.saturating_sub(STATEMENT_VERB_WORDS)..first)
                .rev()
                .take_while(open)
                .find(|&i| noun_at(i))
                .is_some_and(|noun| {
                    (noun + 1 == first
                        || crate::slots::attribution::possessed(doc.tokens[first - 1].stem())
                            && !noun_at(first - 1))
                        && (noun + 1..first).all(|i| {
                            doc.tokens[i].kind == TokenKind::Word
                                && !mask_has(&cue_mask, i, Cue::That)
                                && !mask_has(&cue_mask, i, Cue::Relative)
                        })
                        && !event_word_between(noun, d)
                })
        };
        // a day told in a relative clause of a noun of statement or meeting ("وفقا للبيان
        // العسكري الذي أذيع اليوم الاثنين", "في جلسته التي عقدت أمس") is when it was made: a
        // day of saying, not the day of what it tells (no event word between the noun and the
        // day); nor is it the story's clock for the incidents told after it ("واستنكر المجلس في
        // جلسته التي عقدت أمس هذه الجريمة": the crime came before the session)
        let statement = |d: &DateMention| {
            let Some(first) = doc.token_at(d.span.start) else {
                return false;
            };
            // (a day right after a participle of issuing, "في بيان صادر مساء اليوم", "الصحف
            // الجزائرية الصادرة اليوم", is when the statement or the paper came out)
            if first > 0 && mask_has(&cue_mask, first - 1, Cue::Issued) {
                return true;
            }
            let open = |i: &usize| doc.tokens[*i].kind != TokenKind::Punct;
            let Some(rel) = (first.saturating_sub(STATEMENT_VERB_WORDS + 1)..first)
                .rev()
                .take_while(open)
                .find(|&i| mask_has(&cue_mask, i, Cue::Relative))
            else {
                return false;
            };
            let Some(noun) = (rel.saturating_sub(STATEMENT_NOUN_WORDS)..rel)
                .rev()
                .take_while(open)
                .find(|&i| mask_has(&cue_mask, i, Cue::Statement))
            else {
                return false;
            };
            rel + 1 < first && !event_word_between(noun, d)
        };
        // (a sentence that names the story's incident back with a definite word that is no
        // event word, "من جهة أخرى، أوضح أحد الأقارب ... عن الحادثة", stays on it: no turn)
        // (or the turn right after a crosshead the feed glued to the sentence, a few words with
        // no punctuation, the turn's phrase closed by a comma: "اشتباكات عنيفة ميدانيا، شهد
        // الوضع الميداني في سوريا اشتباكات")
        let turn = |s: &rasd_text::Sentence, cue: Cue| {
            let first = s.tokens.start;
            let glued = || {
                let Some(at) = (first + 1..s.tokens.end.min(first + 1 + CROSSHEAD_WORDS))
                    .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                    .find(|&i| mask_has(&cue_mask, i, cue))
                else {
                    return false;
                };
                let end = (at..s.tokens.end)
                    .find(|&i| !mask_has(&cue_mask, i, cue))
                    .unwrap_or(s.tokens.end);
                end < s.tokens.end && doc.tokens[end].is_comma()
            };
            !s.tokens.is_empty() && (mask_has(&cue_mask, first, cue) || glued())
        };
        let aside_at: Vec<(usize, bool)> = (doc.sentences.iter())
            .filter(|s| turn(s, Cue::Aside) || turn(s, Cue::Turn))
            .filter(|s| {
                let told = starting_in(&triggers, |h| h.span.start, s.span);
                !s.tokens.clone().any(|i| {
                    doc.tokens[i].clitics.contains(&"ال")
                        && mask_has(&cue_mask, i, Cue::Anaphor)
                        && !told.iter().any(|h| (h.tokens.0..h.tokens.1).contains(&i))
                })
            })
            .map(|s| (s.span.start, !turn(s, Cue::Aside)))
            .collect();
        // (the lead: the text's first sentence after the headline's line, a char offset)
        let body = (doc.sentences.last())
            .map(|s| doc.slice(Span::new(0, s.span.end)))
            .and_then(|t| t.chars().position(|c| c == '\n'));
        let lead_end = (doc.sentences.iter())
            .filter(|s| body.is_none_or(|b| s.span.start > b))
            .map(|s| s.span.end)
            .next()
            .unwrap_or(0);
        // a day told right after a word of mourning, condolence, a visit, carrying the
        // wounded or handing over ("سلمت السلطات الكردية أول من أمس أرملة"), in its clause with no event word between ("نقلت طائرات الإخلاء الطبي أمس
        // ثمانية مصابين", "شيع الأهالي عصر أمس جثمان"), is when that came, after the incident
        // it follows: not the story's clock for an incident told later with no day of its own
        let reaction = |d: &DateMention| {
            let Some(first) = doc.token_at(d.span.start) else {
                return false;
            };
            let open = |i: &usize| {
                let t = &doc.tokens[*i];
                t.kind != TokenKind::Punct || t.is_comma()
            };
            (first.saturating_sub(REACTION_DATE_WORDS)..first)
                .rev()
                .take_while(open)
                .find(|&i| {
                    [
                        Cue::Funeral,
                        Cue::Condole,
                        Cue::Visit,
                        Cue::Transfer,
                        Cue::Handover,
                    ]
                    .into_iter()
                    .any(|cue| mask_has(&cue_mask, i, cue))
                })
                .is_some_and(|w| !event_word_between(w, d))
        };
        // a day right after "منذ" in a clause whose verb is an imperfect of going on or a word
        // of a state that lasts ("وتدور منذ 25 يونيو معارك ضارية", "وتشهد سيلوبي اشتباكات ...
        // منذ الأسبوع الماضي", "الاشتباكات لا تزال مستمرة منذ صباح اليوم") is when a state of
        // things began: no story clock for what the story tells after it, which keeps the day
        // told before it (a round-up's "صباح أمس"; stopping the clock there too left the
        // round-up's later items undated, "كذلك تدور منذ صباح امس اشتباكات" in an Observatory
        // round-up of yesterday) (a tally in the perfect, "قتل أكثر من 50 شخصا منذ أمس الأول", "شنت
        // 20 غارة منذ مساء الخميس", dates the items it lists and stays the clock)
        let since_state = |d: &DateMention| {
            let Some(first) = doc.token_at(d.span.start) else {
                return false;
            };
            let Some(since) = (first.saturating_sub(1)..=first)
                .rev()
                .find(|&i| mask_has(&cue_mask, i, Cue::SinceYear))
            else {
                return false;
            };
            let open = |i: &usize| {
                let t = &doc.tokens[*i];
                (t.kind != TokenKind::Punct || t.is_comma()) && !mask_has(&cue_mask, *i, Cue::That)
            };
            // (the tokens of the sentence of "منذ": the verb is looked for within it)
            let sentence = doc
                .sentence_of_token(since)
                .map_or(0..doc.tokens.len(), |s| doc.sentences[s].tokens.clone());
            let (start, end) = (sentence.start, sentence.end);
            let before = (since.saturating_sub(SINCE_VERB_WORDS).max(start)..since)
                .rev()
                .take_while(open)
                .any(|i| mask_has(&cue_mask, i, Cue::Continuing));
            // (a clause that opens on "منذ": its verb comes after the day, "ومنذ الاثنين ضاعف")
            let opens = since == start || !open(&(since - 1));
            let last = doc.last_token(d.span).unwrap_or(first);
            let after = opens
                && (last + 1..(last + 1 + SINCE_VERB_WORDS).min(end))
                    .take_while(open)
                    .any(|i| mask_has(&cue_mask, i, Cue::Continuing));
            before || after
        };
        // a day before the news told right after a relative pronoun and a verb of beginning
        // ("بعدما أظهرت النتائج الأولية للمعركة التي بدأت في 4 يوليو الحالي") is when a battle
        // or a campaign began, its history: no story clock for the acts told after it, which
        // keep the day told before it, or none
        let begun = |d: &DateMention| {
            let Some(first) = doc.token_at(d.span.start) else {
                return false;
            };
            past_news(d, published)
                && (first.saturating_sub(BEGUN_DATE_WORDS)..first)
                    .rev()
                    .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                    .find(|&i| mask_has(&cue_mask, i, Cue::Begun))
                    .is_some_and(|v| v > 0 && mask_has(&cue_mask, v - 1, Cue::Relative))
        };
        let mut clock_before = Vec::with_capacity(dates.len());
        let mut said_at = Vec::new();
        let mut statement_at = Vec::new();
        let mut last: Option<usize> = None;
        let mut last_said = true;
        for (i, d) in dates.iter().enumerate() {
            clock_before.push(last);
            // (a turn to another matter told since the clock's day, a day before the news,
            // stops the clock: a day of saying told after it may set it again)
            if last.is_some_and(|l| {
                past_news(&dates[l], published)
                    && fenced(&aside_at, lead_end, &dates[l], d.span.start)
            }) {
                last = None;
                last_said = true;
            }
            if d.dates_events() && d.story_clock(published) {
                if since_state(d) || begun(d) || since_long_before(doc, &cue_mask, published, d) {
                    continue;
                }
                let made = statement(d);
                let said = made || speech(d) || occasion(d);
                if said {
                    said_at.push(d.span.start);
                }
                if made {
                    statement_at.push(d.span.start);
                }
                // (a day told in a sentence that opens in the pluperfect, "وكانت المقاومة قد
                // سيطرت الأربعاء على ...", before a day of the story told before it, tells an
                // earlier stage: it is not the clock of what follows; the same day or a later
                // one is the news told on, "وكانت قوة تحركت صباح أمس ... وتمكنت")
                let earlier = last.is_some_and(|l| d.day < dates[l].day)
                    && doc.sentence_at(d.span.start).is_some_and(|s| {
                        let first = doc.sentences[s].tokens.start;
                        mask_has(&cue_mask, first, Cue::Earlier)
                    });
                if !made && !earlier && !reaction(d) && (last.is_none() || !said || last_said) {
                    last = Some(i);
                    last_said = said;
                }
            }
        }
        clock_before.push(last);
        let mut ctx = Context {
            doc,
            // a phrase with several rows (an event row and a kill row) yields one hit per row
            triggers,
            actors,
            group_refs,
            victims,
            cue_mask,
            country_words,
            in_number: {
                let mut v = vec![false; doc.tokens.len()];
                for n in &doc.numbers {
                    // the number and its qualifier words ("ونحو 50")
                    let start = n
                        .cue_span
                        .and_then(|c| doc.token_at(c.start))
                        .map_or(n.tokens.start, |t| t.min(n.tokens.start));
                    for t in start..n.tokens.end {
                        if let Some(x) = v.get_mut(t) {
                            *x = true;
                        }
                    }
                }
                v
            },
            cues,
            dates_sorted,
            date_len: dates.iter().map(|d| d.span.len()).max().unwrap_or(0),
            clock_before,
            said_at: {
                said_at.sort_unstable();
                said_at
            },
            statement_at: {
                statement_at.sort_unstable();
                statement_at
            },
            aside_at,
            lead_end,
            numbers_sorted: doc.numbers.is_sorted_by_key(|n| n.tokens.start),
            hit_marks: Vec::new(),
            dates,
            places,
            story: std::cell::OnceCell::new(),
            published,
        };
        // a bare verb of retaking whose object is no ground ("استعاد عافيته"), of expelling
        // that drives no armed side out of ground ("طردوا من مساكنهم"), or a verbal noun of
        // liberating that no verb of succeeding governs ("منظمة التحرير") or that frees no
        // ground ("من تحرير الرهائن"), is no event word for any stage
        let kept: Vec<bool> = (ctx.triggers.iter())
            .map(|t| {
                !ctx.nothing_regained(t) && !ctx.nobody_expelled(t) && !ctx.nothing_liberated(t)
            })
            .collect();
        let mut kept = kept.into_iter();
        ctx.triggers.retain(|_| kept.next().unwrap_or(true));
        let mut marks = vec![0u8; doc.tokens.len()];
        let mut mark = |i: usize, bit: u8| {
            if let Some(m) = marks.get_mut(i) {
                *m |= bit;
            }
        };
        for v in &ctx.victims {
            mark(v.tokens.0, HIT_VICTIM);
        }
        for a in &ctx.actors {
            mark(a.tokens.0, HIT_ACTOR);
        }
        for t in &ctx.triggers {
            for i in t.tokens.0..t.tokens.1 {
                mark(i, HIT_TRIGGER);
            }
        }
        ctx.hit_marks = marks;
        ctx
    }

    /// Whether a victim's match starts at token `i`.
    pub(crate) fn victim_starts_at(&self, i: usize) -> bool {
        self.hit_marks.get(i).is_some_and(|m| m & HIT_VICTIM != 0)
    }

    /// Whether an actor's match starts at token `i`.
    pub(crate) fn actor_starts_at(&self, i: usize) -> bool {
        self.hit_marks.get(i).is_some_and(|m| m & HIT_ACTOR != 0)
    }

    /// Whether a trigger's match covers token `i`.
    pub(crate) fn trigger_covers(&self, i: usize) -> bool {
        self.hit_marks.get(i).is_some_and(|m| m & HIT_TRIGGER != 0)
    }

    /// The place mentions that lie wholly within `span` (a sentence), in document order.
    pub(crate) fn places_within(
        &self,
        span: Span,
    ) -> impl Iterator<Item = &rasd_geo::PlaceMention> + Clone {
        (starting_in(&self.places, |p| p.span.start, span).iter())
            .filter(move |p| p.span.end <= span.end)
    }

    /// Whether a date lies wholly within `span`: a sentence that tells a day of its own.
    pub(crate) fn has_date_within(&self, span: Span) -> bool {
        (self.dates_in(span).iter()).any(|d| span.contains(d.span))
    }

    /// The dates that may lie within `span`: those starting in it (a superset of them all if
    /// the dates are not sorted), in document order.
    pub(crate) fn dates_in(&self, span: Span) -> &[DateMention] {
        if self.dates_sorted {
            starting_in(&self.dates, |d| d.span.start, span)
        } else {
            &self.dates
        }
    }

    /// The dates that may hold `span`: those starting at most the longest date's length before
    /// its end and not after its start (all of them if the dates are not sorted).
    pub(crate) fn dates_around(&self, span: Span) -> &[DateMention] {
        if self.dates_sorted {
            let from = span.end.saturating_sub(self.date_len);
            starting_in(
                &self.dates,
                |d| d.span.start,
                Span::new(from, span.start + 1),
            )
        } else {
            &self.dates
        }
    }

    /// Whether `d` is a day told with a verb of saying: when it was said.
    pub(crate) fn said(&self, d: &DateMention) -> bool {
        self.said_at.binary_search(&d.span.start).is_ok()
    }

    /// Whether `d` is a day told in a relative clause of a noun of statement or meeting
    /// ("المؤتمر الصحفي الذي عقده أمس"): when the statement was made.
    pub(crate) fn statement_day(&self, d: &DateMention) -> bool {
        self.statement_at.binary_search(&d.span.start).is_ok()
    }

    /// Whether `d` is the start of a stretch told right after "منذ" more than a week before
    /// publication (the free function `since_long_before`): no day of the incident told with it.
    pub(crate) fn since_long_before(&self, d: &DateMention) -> bool {
        since_long_before(self.doc, &self.cue_mask, self.published, d)
    }

    /// The latest date (in document order) that ends by `start`, is not in the future and can
    /// date a later incident (`DateMention::story_clock`). A day before the news (two days or
    /// more before publication: a stage told before, another incident's day) told before the
    /// last sentence that turns to another matter does not date what follows it ("وكانت
    /// المقاومة قد سيطرت يوم أمس الأحد ... من ناحية ثانية، تتواصل المواجهات في تعز"); the
    /// day of the news, yesterday or today, is the day of the whole round-up and still does.
    pub(crate) fn story_date_before(&self, start: usize) -> Option<&DateMention> {
        let good = |d: &DateMention| {
            d.dates_events()
                && d.span.end <= start
                && !(past_news(d, self.published)
                    && fenced(&self.aside_at, self.lead_end, d, start))
                && d.story_clock(self.published)
        };
        if !self.dates_sorted {
            return self.dates.iter().rev().find(|d| good(d));
        }
        // every date ending by `start` starts before it: walk back over the clock dates
        let p = self.dates.partition_point(|d| d.span.start <= start);
        let mut at = self.clock_before[p];
        while let Some(i) = at {
            let d = &self.dates[i];
            if good(d) {
                return Some(d);
            }
            at = self.clock_before[i];
        }
        None
    }

    pub(crate) fn cue_at_token(&self, token: usize, cue: Cue) -> bool {
        mask_has(&self.cue_mask, token, cue)
    }

    /// Whether sentence `si` is the page's tags, not text ("سمات تفجير عسير قوات الطوارئ
    /// مسجد"): a line, or the text's last sentence, that opens with a word of tags
    /// ([`Cue::Tags`]) and holds no punctuation but dashes. Its words name the story's topics;
    /// they tell no incident.
    pub(crate) fn tag_line(&self, si: usize) -> bool {
        let sentence = &self.doc.sentences[si];
        let tokens = &self.doc.tokens[sentence.tokens.clone()];
        let line_start = sentence.span.start == 0
            || self
                .doc
                .slice(Span::new(sentence.span.start - 1, sentence.span.start))
                .chars()
                .all(|c| c == '\n');
        (line_start || si + 1 == self.doc.sentences.len())
            && !tokens.is_empty()
            && self.cue_at_token(sentence.tokens.start, Cue::Tags)
            && tokens
                .iter()
                .all(|t| t.kind != TokenKind::Punct || t.key.chars().all(rasd_text::is_dash))
    }

    /// Whether token `i` stands in a clause that tells the dead or the wounded carried somewhere:
    /// a word of carrying them ([`Cue::Transfer`]) at most [`TRANSFER_WORDS`] words before it in
    /// its sentence, with no punctuation and no event word between other than a vehicle ("نقل 8
    /// مصابين بواسطة طائرة الإخلاء الطبي إلى الرياض").
    pub(crate) fn carried(&self, i: usize) -> bool {
        let Some(s) = self.doc.sentence_of_token(i) else {
            return false;
        };
        let from = i
            .saturating_sub(TRANSFER_WORDS)
            .max(self.doc.sentences[s].tokens.start);
        let Some(cue) = self.cue_in_clause(from, i, Cue::Transfer) else {
            return false;
        };
        // (calm going back to a place carries nobody: "عاد أمس الهدوء الحذر إلى مدينة سبها")
        if (cue + 1..(cue + 1 + CALM_WORDS).min(i)).any(|j| self.cue_at_token(j, Cue::Calm)) {
            return false;
        }
        let between = Span::new(self.doc.tokens[cue].span.end, self.doc.tokens[i].span.start);
        let hits = starting_in(&self.triggers, |h| h.span.start, between);
        // (an event word that names where the carried came from is no event of the clause:
        // "نقل 8 من مصابي تفجير الطوارئ الى الرياض", "مصابين في حادث التفجير")
        let of_victims = |t: usize| {
            hits.iter().any(|h| {
                matches!(h.value.role, Role::Kill | Role::Injure)
                    && h.tokens.1 <= t
                    && t - h.tokens.1 <= VICTIMS_EVENT_WORDS
            })
        };
        !hits.iter().any(|h| {
            h.value.role == Role::Event
                && !self.cue_at_token(h.tokens.0, Cue::Means)
                && !of_victims(h.tokens.0)
        })
    }

    /// The nearest token before token `i`, from token `from` on, that carries `cue` with no
    /// punctuation between it and `i`: a cue of the same clause.
    pub(crate) fn cue_in_clause(&self, from: usize, i: usize, cue: Cue) -> Option<usize> {
        for j in (from..i).rev() {
            if self.doc.tokens[j].kind == TokenKind::Punct {
                return None;
            }
            if self.cue_at_token(j, cue) {
                return Some(j);
            }
        }
        None
    }

    /// Whether the actor, told after a change of territory's word `trigger`, is the side the
    /// place is taken from: a [`Cue::Loser`] ("من", "من قبضة") at most two words before it and
    /// after the word, or a relative pronoun between the word and it in its clause ("استعادة
    /// السيطرة على مدينة الرمادي التي يسيطر عليها تنظيم داعش": who held the place; not a
    /// relative clause closed before it, "عدن، التي شهدت معارك عنيفة طوال أشهر، ومن المتوقع أن
    /// تتجه القوات الموالية للرئيس هادي").
    pub(crate) fn driven_out(&self, a: &Actor, trigger: Span) -> bool {
        let (Some(t0), Some(after)) = (self.doc.token_at(a.span[0]), self.doc.last_token(trigger))
        else {
            return false;
        };
        // (or the object of a bare verb of expelling, told before the "من" of the ground it is
        // driven out of: "وطردت القوات الداعمة للشرعية مسلحي الحوثي ... من مديرية النادرة")
        let expelled = || {
            after == self.doc.token_at(trigger.start).unwrap_or(usize::MAX)
                && self.cue_at_token(after, Cue::Expel)
                && self.expelled_sides(after).contains(&t0)
        };
        a.span[0] >= trigger.end
            && ((t0.saturating_sub(LOSER_WORDS).max(after + 1)..t0)
                .any(|i| self.cue_at_token(i, Cue::Loser))
                || self.cue_in_clause(after + 1, t0, Cue::Relative).is_some()
                || expelled())
    }

    /// Whether token `i`, joined by «و», is a later member of a list a [`Cue::Support`] opens at
    /// most [`SUPPORT_LIST_WORDS`] words before it, with no punctuation between.
    pub(crate) fn in_support_list(&self, i: usize) -> bool {
        self.doc.tokens[i].clitics.contains(&"و")
            && self
                .cue_in_clause(i.saturating_sub(SUPPORT_LIST_WORDS), i, Cue::Support)
                .is_some()
    }

    /// Whether sentence `si` ends a line (a title joined before the text, a paragraph's last
    /// sentence): a line break between it and the next sentence.
    pub(crate) fn line_end(&self, si: usize) -> bool {
        let end = self.doc.sentences[si].span.end;
        let next = self.doc.sentences.get(si + 1).map_or(end, |s| s.span.start);
        self.doc.slice(Span::new(end, next)).contains('\n')
    }

    /// Whether the first sentence, of span `sentence`, is a headline: a line of its own that
    /// ends with no full stop ("انفجار عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص"), not a
    /// text's opening sentence.
    pub(crate) fn headline_line(&self, sentence: Span) -> bool {
        let stop = |c: char| matches!(c, '.' | '!' | '?' | '؟');
        !self.doc.sentences.is_empty()
            && self.line_end(0)
            && !self.doc.slice(sentence).trim_end().ends_with(stop)
    }

    /// Whether the two actors are one side of which a state's forces are part: a state's
    /// forces and a non-state side joined by «و», at most [`ALLY_WORDS`] words of the first
    /// between ("المقاومة الشعبية والجيش الوطني", "قوات الجيش الوطني والمقاومة"), no
    /// punctuation, not the two sides after "بين" ("بين تنظيم داعش وقوات الأسد"), and not
    /// of two countries.
    pub(crate) fn allies_with_state(&self, a: &Option<Actor>, b: &Option<Actor>) -> bool {
        let (Some(a), Some(b)) = (a, b) else {
            return false;
        };
        let (first, second) = if a.span[0] <= b.span[0] {
            (a, b)
        } else {
            (b, a)
        };
        let state = |x: &Actor| x.kind == ActorKind::State;
        let non_state = |x: &Actor| x.kind.is_armed_group();
        if !(state(first) && non_state(second) || non_state(first) && state(second)) {
            return false;
        }
        if matches!((&first.country, &second.country), (Some(x), Some(y)) if x != y) {
            return false;
        }
        let (Some(f0), Some(f1), Some(s0)) = (
            self.doc.token_at(first.span[0]),
            self.doc.token_at(first.span[1].saturating_sub(1)),
            self.doc.token_at(second.span[0]),
        ) else {
            return false;
        };
        s0 > f1
            && s0 - f1 - 1 <= ALLY_WORDS
            && self.doc.tokens[s0].clitics.contains(&"و")
            && self.doc.no_punct(f1 + 1..s0)
            && !(f0.saturating_sub(2)..f0).any(|i| self.cue_at_token(i, Cue::Between))
    }
}

/// How many words of the first of two allied actors may stand between it and the «و» of the
/// second ("قوات الجيش الموالي للشرعية والمقاومة"): [`Context::allies_with_state`].
const ALLY_WORDS: usize = 2;

/// Whether `d` is a bare "اليوم" right after an imperfect verb (a word of the third person's
/// "ي", no article, not a noun's ta marbuta or nisba: "يتحكّمون", "يحتاجون", "يعرف"), in a clause
/// (between punctuation or quotation marks) with no event word, that verb not one: "nowadays",
/// the time of a state of things ("فهؤلاء الذين يتحكّمون اليوم بالسياسة هم المسؤولون"). A
/// verb of the present with "اليوم" may tell today's news ("يعقد المجلس اليوم اجتماعا"), but
/// no incident of it, which the clause would name.
fn nowadays(doc: &Document, triggers: &[Hit<&'static Trigger>], d: &DateMention) -> bool {
    if d.relative != Some(0) {
        return false;
    }
    let (Some(first), Some(last)) = (doc.token_at(d.span.start), doc.last_token(d.span)) else {
        return false;
    };
    if first != last || first == 0 {
        return false;
    }
    let verb = &doc.tokens[first - 1];
    let stem = verb.stem();
    let imperfect = verb.kind == TokenKind::Word
        && !verb.clitics.contains(&"ال")
        && stem.starts_with('ي')
        && stem.chars().count() >= IMPERFECT_LETTERS
        && !stem.ends_with('ي')
        && !doc.ends_in_ta_marbuta(first - 1);
    if !imperfect {
        return false;
    }
    let open = |i: &usize| !matches!(doc.tokens[*i].kind, TokenKind::Punct | TokenKind::Quote);
    let sentence = doc
        .sentence_of_token(first)
        .map_or(0..doc.tokens.len(), |s| doc.sentences[s].tokens.clone());
    let start = (sentence.start..first)
        .rev()
        .take_while(open)
        .last()
        .unwrap_or(first);
    let end = (first + 1..sentence.end)
        .take_while(open)
        .last()
        .unwrap_or(first);
    let clause = Span::new(doc.tokens[start].span.start, doc.tokens[end].span.end);
    !starting_in(triggers, |h| h.span.start, clause)
        .iter()
        .any(|h| matches!(h.value.role, Role::Event | Role::Kill | Role::Injure))
}

/// The fewest letters of an imperfect verb read before "اليوم" ([`nowadays`]): "يعرف".
const IMPERFECT_LETTERS: usize = 4;

/// Whether `next`, the word right after a [`Cue::PersonOrPlural`] word ("مدافع"), makes it a
/// person: "عن" (an advocate) or a masculine adjective of origin with the article ("الإيطالي",
/// "والفرنسي"; the key folds the feminine "ة" into "ه", so "الإسرائيلية" ends otherwise).
fn person_word_after(next: &rasd_text::Token) -> bool {
    let stem = next.stem();
    next.key == "عن"
        || (next.clitics.contains(&"ال") && stem.chars().count() >= 4 && stem.ends_with('ي'))
}

/// How many days before publication a day is no longer the news's own day (yesterday or
/// today) but a stage told before ([`Context::story_date_before`]).
const PAST_NEWS_DAYS: i64 = 2;

/// Whether a turn to another matter (`Context::aside_at`) opens a sentence after day `d` and
/// by `upto`: a weak one ("إلى ذلك") only when `d` is not told in the lead (by `lead_end`).
fn fenced(aside_at: &[(usize, bool)], lead_end: usize, d: &DateMention, upto: usize) -> bool {
    let from = aside_at.partition_point(|&(a, _)| a <= d.span.start);
    aside_at[from..]
        .iter()
        .take_while(|&&(a, _)| a <= upto)
        .any(|&(_, weak)| !weak || d.span.end > lead_end)
}

/// Whether `d`, a day or a week more than [`SINCE_STALE_DAYS`] before publication and within
/// the story's month (older dates are history, which other rules weigh), is told right after
/// "منذ" ([`Cue::SinceYear`]; at most [`SINCE_GAP_WORDS`] words between, "منذ صباح يوم
/// الأحد") in a clause of going on or of a running count ([`Cue::Continuing`],
/// [`Cue::Total`]): the start of a stretch that lasts to the news ("وتدور منذ 25 يونيو معارك ضارية في
/// جنوب المدينة", "ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو إلى 21"). It is not the day of the
/// incident told with it, nor the story's clock for what is told after it. A day told as an
/// age ("منذ أسبوعين": two weeks ago) is the act's own; a start within the last week ("منذ
/// مساء الخميس") is mostly the day of the act told, and both stay.
fn since_long_before(
    doc: &Document,
    cue_mask: &[CueBits],
    published: Option<Day>,
    d: &DateMention,
) -> bool {
    let Some(p) = published else {
        return false;
    };
    if d.ago
        || !matches!(d.precision, DatePrecision::Day | DatePrecision::Week)
        || p.ordinal() - d.day.ordinal() <= SINCE_STALE_DAYS
        || !d.story_clock(published)
    {
        return false;
    }
    let Some(first) = doc.token_at(d.span.start) else {
        return false;
    };
    let Some(since) = (first.saturating_sub(SINCE_GAP_WORDS + 1)..=first)
        .rev()
        .take_while(|&i| i == first || doc.tokens[i].kind == TokenKind::Word)
        .find(|&i| mask_has(cue_mask, i, Cue::SinceYear))
    else {
        return false;
    };
    // (only a stretch its clause tells as lasting: a verb of going on or a running count
    // before "منذ", "وتدور منذ", "ليرتفع عدد قتلى ... منذ", or one after the day in a clause
    // that opens on it, "ومنذ 20 يوليو تتواصل"; a kill told with its own figure and the start,
    // "وقتل الحزب 21 على الأقل من أفراد قوات الأمن منذ 20 يوليو", is a count of its own that
    // the start keeps apart from the day's incident)
    let sentence = doc
        .sentence_of_token(since)
        .map_or(0..doc.tokens.len(), |s| doc.sentences[s].tokens.clone());
    let open = |i: &usize| doc.tokens[*i].kind != TokenKind::Punct;
    let lasting =
        |i: usize| mask_has(cue_mask, i, Cue::Continuing) || mask_has(cue_mask, i, Cue::Total);
    let before = (since
        .saturating_sub(SINCE_STRETCH_WORDS)
        .max(sentence.start)..since)
        .rev()
        .take_while(open)
        .any(lasting);
    let opens = since == sentence.start || !open(&(since - 1));
    let last = doc.last_token(d.span).unwrap_or(first);
    let after = opens
        && (last + 1..(last + 1 + SINCE_GAP_WORDS + 1).min(sentence.end))
            .take_while(open)
            .any(|i| mask_has(cue_mask, i, Cue::Continuing));
    before || after
}

/// How many days before publication a day told right after "منذ" must lie to be the start of a
/// stretch rather than the day of the act told with it ([`since_long_before`]): a week.
const SINCE_STALE_DAYS: i64 = 7;

/// How many words may stand between "منذ" and such a day ("منذ صباح يوم الأحد").
const SINCE_GAP_WORDS: usize = 2;

/// How many words before "منذ" its clause's verb of going on or running count may stand
/// ("عدد القتلى في صفوف أفراد قوات الأمن التركية في هجمات لحزب العمال الكردستاني منذ").
const SINCE_STRETCH_WORDS: usize = 15;

/// Whether `d` lies [`PAST_NEWS_DAYS`] or more before publication (never without one).
pub(crate) fn past_news(d: &DateMention, published: Option<Day>) -> bool {
    published.is_some_and(|p| p.ordinal() - d.day.ordinal() >= PAST_NEWS_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_per_token_marks_are_the_walks_over_the_matches() {
        // (the statistic retold of tests/linear.rs, and sides, victims and tolls of a clash)
        let lex = crate::lexicon::Lexicons::compile();
        for text in [
            "وذكرت الوكالة أن نحو 390 مقاتلا قتلوا وجرح 400 آخرون خلال أسبوعين من الغارات الجوية \
             على قواعد المتمردين في شمال العراق. وقالت إن 4 من قادة الحزب قتلوا في الغارات الجوية.",
            "قتل ثلاثة جنود من الجيش العراقي وأصيب خمسة مدنيين في اشتباكات مع مسلحين من تنظيم داعش \
             في مدينة الرمادي، فيما خسر التنظيم ستة من مقاتليه.",
        ] {
            let doc = Document::analyze(text);
            let ctx = Context::new(&lex, &doc, None);
            assert!(!ctx.triggers.is_empty() && !ctx.victims.is_empty());
            for i in 0..=doc.tokens.len() {
                let covers = (ctx.triggers.iter()).any(|h| h.tokens.0 <= i && i < h.tokens.1);
                assert_eq!(ctx.trigger_covers(i), covers, "{i}");
                let victim = ctx.victims.iter().any(|v| v.tokens.0 == i);
                assert_eq!(ctx.victim_starts_at(i), victim, "{i}");
                let actor = ctx.actors.iter().any(|a| a.tokens.0 == i);
                assert_eq!(ctx.actor_starts_at(i), actor, "{i}");
            }
        }
    }
}
