//! Counts: each figure of a sentence part linked to the nearest kill or injury word, the
//! victim groups it counts, and the sum of a count's pieces. Which figures belong to the toll
//! (parts, claims, joint tolls, companions, deaths told "outside" the place) is decided by the
//! checks in `attribution.rs`.

use rasd_core::{ActorKind, Qualifier, Victim};
use rasd_lexicon::{Role, Trigger, VictimEntry};
use rasd_text::{Joined, NumberMention, Span, TokenKind};

use crate::lexicon::Cue;
use crate::mention::{in_sentence, Context, Hit};

mod at_places;
mod joint;
mod persons;
mod sum;

pub use sum::{adding_pieces, all_figured, sum_counts, zero_count};

/// How many words before a word of death or injury a negation may stand, the negation
/// included and the linking words ([`Cue::Elide`]) left out.
const NEGATION_WORDS: usize = 3;

/// How many tokens a word of death or injury listed before a linking word may span.
const LISTED_WORD_TOKENS: usize = 3;

/// The words and tokens that support one count.
#[derive(Debug, Clone)]
pub struct CountPiece {
    pub min: u64,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    pub span: Span,
    /// The figure counts attackers ("12 مسلحاً", "فجر ثلاثة آخرون أنفسهم").
    pub attacker: bool,
    /// Told without a figure of its own: a vague quantity ("قتل عشرات") or one person named
    /// by a noun ("اغتيال قيادي"); a figure told for the same incident is the better count.
    pub bare: bool,
    /// How the report tells the figure against its other figures of the same incident.
    pub account: Account,
    /// Told of the dead in one side's ranks ("أربعة قتلى سقطوا في صفوف المقاومة").
    pub ranks: bool,
    /// Some of the wounded told already who died since ("إن اثنين من المصابين ... انتقلا إلى
    /// رحمة الله"): more dead of the incident, added to its toll told before.
    pub succumbed: bool,
    /// The armed side the figure counts, named right after it ("3 من المقاومة الشعبية", "17
    /// مسلحا من الحوثيين"): the other side's dead told apart add to the incident's toll.
    pub side: Option<&'static str>,
}

impl CountPiece {
    /// An exact count of `n` persons told at `span`: not attackers, not bare, told plainly.
    pub(super) fn exact(n: u64, span: Span) -> CountPiece {
        CountPiece {
            min: n,
            max: Some(n),
            qualifier: Qualifier::Exact,
            span,
            attacker: false,
            bare: false,
            account: Account::Plain,
            ranks: false,
            succumbed: false,
            side: None,
        }
    }
}

/// How a figure is told against the other figures of its incident (REPORTS_GUIDELINES: a
/// revised toll wins; the latest figure is the report's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Account {
    /// A figure told of places listed together ("قتل اكثر من 50 شخصا ... في الكاميرون
    /// ونيجيريا"): the sum of the incidents at each, so a figure told of the incident alone wins.
    Joint,
    /// An earlier or provisional figure ("وكانت حصيلة غير نهائية ...", "حسب المعلومات
    /// الأولية"): a figure told otherwise supersedes it.
    Earlier,
    /// A side's claim, told after a participle of asserting or claiming ("مؤكدا أنه قتل 8
    /// جنود"): when the report tells another figure, that one stands (the lower, in the
    /// guidelines: the claim is the larger as a rule).
    Claim,
    /// A figure told with no word of its standing.
    Plain,
    /// A revised figure ("ارتفع عدد القتلى إلى 20", "حصيلة جديدة"): it supersedes the others.
    Revised,
}

/// What the figures and victim nouns of a sentence part tell: the count pieces linked to its
/// kill and injury words, the counted victim groups, and whether the victims are armed or
/// civilians.
pub(crate) struct Counts {
    pub kills: Vec<CountPiece>,
    pub injuries: Vec<CountPiece>,
    pub victims: Vec<Victim>,
    pub armed_victims: bool,
    pub civilian_victims: bool,
    /// The civilians are only persons told with no word of who they were ("أشخاص", "آخرون").
    pub people_only: bool,
}

/// The figures of a sentence part as [`Context::counts`] reads them, pass by pass.
struct Tally {
    kill_pieces: Vec<CountPiece>,
    injury_pieces: Vec<CountPiece>,
    victims: Vec<Victim>,
    /// The dead told as a part of a total with a verb of their own ("بينهم 15 قضوا في هجوم").
    subset_kills: Vec<CountPiece>,
    /// The spans of "أحد المصابين": one of some, dropped when the part counts them otherwise.
    one_of_spans: Vec<Span>,
    /// A figure of the dead and the wounded together.
    mixed: Option<Span>,
}

impl Context<'_> {
    /// The token of a negation standing at most three words before token `i`, with no number
    /// or punctuation between ("لم يسفر عن إصابات", not "ما لا يقل عن 10 قتلى"); the words
    /// that only link the negation to what it denies ([`Cue::Elide`]: "دون أن تسفر عن سقوط
    /// قتلى") and the words of reports ([`Cue::Hearsay`]: "ولم ترد أي تقارير عن وقوع إصابات")
    /// do not count toward the three.
    pub(crate) fn negation_of(&self, i: usize) -> Option<usize> {
        let mut words = 0;
        for j in (0..i).rev() {
            let t = &self.doc.tokens[j];
            if t.kind == TokenKind::Punct
                || t.kind == TokenKind::Number
                || self.in_number.get(j) == Some(&true)
            {
                return None;
            }
            if self.cue_at_token(j, Cue::Negation) {
                return Some(j);
            }
            if !self.cue_at_token(j, Cue::Elide)
                && !self.cue_at_token(j, Cue::Hearsay)
                && !self.listed_toll_word(j)
            {
                words += 1;
                if words == NEGATION_WORDS {
                    return None;
                }
            }
        }
        None
    }

    /// Whether token `j` ends a word of death or injury listed before a linking word ("أي
    /// ضحايا أو إصابات", "عن قتلى أو جرحى", "عن سقوط قتلى أو جرحى"): the words a negation
    /// denies together, so it stands between the negation and the next as a linking word does.
    fn listed_toll_word(&self, j: usize) -> bool {
        let doc = self.doc;
        if j >= doc.tokens.len() || !self.cue_at_token(j + 1, Cue::Elide) {
            return false;
        }
        // the word may open at token j or a few tokens before it ("سقوط قتلى")
        (j.saturating_sub(LISTED_WORD_TOKENS - 1)..=j).any(|k| {
            crate::context::starting_in(&self.triggers, |h| h.span.start, doc.tokens[k].span)
                .iter()
                .any(|h| {
                    matches!(h.value.role, Role::Kill | Role::Injure)
                        && h.tokens.0 == k
                        && h.tokens.1 == j + 1
                })
        })
    }

    pub(crate) fn negated(&self, i: usize) -> bool {
        self.negation_of(i).is_some()
    }

    /// The words saying nobody died (`role` Kill) or was hurt (Injure) in a sentence part whose
    /// `triggers` these are: "دون أن تسفر عن سقوط قتلى", "ولم يصب أحد بأذى", from the negation
    /// to the word it denies, when only linking words ([`Cue::Elide`]), a verb of outcome
    /// ([`Cue::Outcome`]) and the act named again stand between ("دون معلومات عن إصابات" says
    /// nothing of them). Nobody hurt is nobody killed either: the caller reads it so.
    pub(crate) fn denied(&self, triggers: &[&Hit<&'static Trigger>], role: Role) -> Option<Span> {
        let between = |i: usize| self.listed_toll_word(i) || act_at(triggers, i);
        triggers
            .iter()
            .filter(|m| m.value.role == role)
            .find_map(|m| self.denial_of(m.tokens.0, m.span, &between))
    }

    /// The words saying nobody died or was hurt told with a noun of human losses (`cue`
    /// [`Cue::Losses`]: "لم يؤد إلى خسائر بشرية") or nobody died with a noun of the loss of
    /// life ([`Cue::Lives`]: "دون وقوع خسائر في الأرواح") in the sentence part `span` whose
    /// `triggers` these are, as [`Context::denied`] reads a word of injury. The noun counts
    /// nothing unless so denied.
    pub(crate) fn no_losses(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        cue: Cue,
    ) -> Option<Span> {
        let between = |i: usize| self.listed_toll_word(i) || act_at(triggers, i);
        in_sentence(&self.cues, span)
            .filter(|m| m.value == cue)
            .find_map(|m| self.denial_of(m.tokens.0, m.span, &between))
    }

    /// The span from the negation of the word opening at token `start` (`word` its span) to
    /// that word, when only linking words ([`Cue::Elide`]), verbs of outcome ([`Cue::Outcome`])
    /// and the words the caller admits (`between`: a listed toll word or the act named again
    /// for a toll, words of reports for an act) stand between.
    pub(crate) fn denial_of(
        &self,
        start: usize,
        word: Span,
        between: &dyn Fn(usize) -> bool,
    ) -> Option<Span> {
        let j = self.negation_of(start)?;
        (j + 1..start)
            .all(|i| {
                self.cue_at_token(i, Cue::Elide) || self.cue_at_token(i, Cue::Outcome) || between(i)
            })
            .then(|| self.doc.tokens[j].span.cover(word))
    }

    /// The counts of a sentence part (`span`): each number links to the nearest kill/injure
    /// word (`kills`, `injures`) around it; `main` is the incident's event word.
    pub(crate) fn counts(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        victim_matches: &[&Hit<&'static VictimEntry>],
        main: Option<&Hit<&'static Trigger>>,
    ) -> Counts {
        let (armed_victims, civilian_victims, people_only) =
            self.victim_evidence(span, triggers, victim_matches);
        let mut tally = self.figures(span, triggers, kills, injures, victim_matches);
        self.persons_without_figure(span, triggers, kills, injures, &mut tally);
        self.settle(span, triggers, kills, injures, main, &mut tally);
        Counts {
            kills: tally.kill_pieces,
            injuries: tally.injury_pieces,
            victims: tally.victims,
            armed_victims,
            civilian_victims,
            people_only,
        }
    }

    /// Who was hit, from the victim nouns of the part that are counted, follow a word of death,
    /// injury or violence, or a target cue, and the armed sides counted: (armed victims,
    /// civilian victims, people only).
    fn victim_evidence(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        victim_matches: &[&Hit<&'static VictimEntry>],
    ) -> (bool, bool, bool) {
        let doc = self.doc;
        let mut armed_victims = false;
        let mut people_victims = false;
        let mut civilian_victims = false;
        // a victim noun is evidence of who was hit when it is counted ("12 من عناصر الشرطة"),
        // follows a kill/injury word ("مقتل جنود") or a target cue ("استهدف دورية"); as a
        // subject ("جنود متمردون أطلقوا النار") it says nothing of the victims
        for v in victim_matches {
            let t0 = v.tokens.0;
            let counted = doc
                .numbers_in(span)
                .any(|n| n.tokens.end == t0 || n.tokens.end + 1 == t0);
            let after_word = triggers.iter().any(|t| {
                matches!(t.value.role, Role::Kill | Role::Injure | Role::Event)
                    && t.tokens.1 <= t0
                    && t0 <= t.tokens.1 + 1
            });
            let after_target =
                (t0.saturating_sub(2)..t0).any(|i| self.cue_at_token(i, Cue::Target));
            if !(counted || after_word || after_target) {
                continue;
            }
            if v.value.group == PEOPLE_GROUP {
                people_victims = true;
            } else if v.value.civilian {
                civilian_victims = true;
            } else {
                armed_victims = true;
            }
        }
        // an armed side counted ("قتل 6 من ميليشيات الحوثي"): its members are the victims
        armed_victims |= in_sentence(&self.actors, span).any(|m| {
            let t0 = m.tokens.0;
            t0 >= 2
                && doc.tokens[t0 - 1].key == "من"
                && doc.numbers_in(span).any(|n| n.tokens.end + 1 == t0)
                && ActorKind::parse(&m.value.kind).is_some_and(ActorKind::is_armed)
        });
        armed_victims |= self.fell_defending(triggers);
        // people ("أشخاص", "آخرين") are civilians unless armed victims are told with them
        // ("خمسة جنود قتلوا وإن ستة آخرين أصيبوا")
        let people_only = !civilian_victims && people_victims && !armed_victims;
        civilian_victims |= people_victims && !armed_victims;
        (armed_victims, civilian_victims, people_only)
    }

    /// The figures of the part, each linked to the nearest word of death or injury around it
    /// (or told as a part of a total, attackers who blew themselves up, the dead a side lost,
    /// one of the dead or the wounded, the dead and the wounded together).
    fn figures(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        victim_matches: &[&Hit<&'static VictimEntry>],
    ) -> Tally {
        let doc = self.doc;
        let mut kill_pieces = Vec::new();
        let mut injury_pieces = Vec::new();
        let mut victims = Vec::new();
        let mut subset_kills = Vec::new();
        // the token after the last figure told as a part of a total ("بينهم 12"): a figure joined
        // to it by "و" is more of the part
        let mut last_subset: Option<usize> = None;
        // whether that part opened a list told in apposition ("هم أربعة جنود ... وخمسة ...")
        let mut in_list = false;
        // the spans of "أحد المصابين": one of some, dropped when the part counts them otherwise
        let mut one_of_spans: Vec<Span> = Vec::new();
        let mut mixed: Option<Span> = None;
        // a part that tells violence: a word of death or a violent event word
        let violent = !kills.is_empty()
            || triggers
                .iter()
                .any(|t| t.value.role == Role::Event && t.value.is_violent());
        for n in doc.numbers_in(span) {
            // "جنديان آخران": a dual right after a figure is its noun's adjective ("two other
            // soldiers"), no figure of its own
            if n.dual_noun && doc.numbers_in(span).any(|m| m.tokens.end == n.tokens.start) {
                continue;
            }
            // "كان أحد ثلاثة متطرفين قتلوا", "واحد من 3 قتلى": "one of" right before a figure
            // (or "من" and a figure) counts nobody of its own: he is one of the figure's
            if self.one_of_figure(n) {
                continue;
            }
            // "250 شخصا بين قتيل وجريح", "90 قتيلا وجريحا": a figure of the dead and the
            // wounded together ([`Cue::Mixed`] right after it) is neither, as below
            if let Some(c) =
                (n.tokens.end..=n.tokens.end + 1).find(|&i| self.cue_at_token(i, Cue::Mixed))
            {
                let last = (c..doc.tokens.len())
                    .take_while(|&i| self.cue_at_token(i, Cue::Mixed))
                    .last()
                    .unwrap_or(c);
                mixed.get_or_insert(n.span.cover(doc.tokens[last].span));
                continue;
            }
            if self.is_count_excluded(n) || self.counts_acts(n, triggers, victim_matches) {
                continue;
            }
            let first = n
                .cue_span
                .map(|c| c.start.min(n.span.start))
                .unwrap_or(n.span.start);
            let first_tok = doc.token_at(first).unwrap_or(n.tokens.start);
            // "قتلوا كما أسر 12 آخرون": a figure right after a verb of capture counts the
            // captives, neither the dead nor the wounded
            if first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Captive) {
                continue;
            }
            // "مقتل وإصابة 10": the dead and the wounded together are neither (a [`Cue::Mixed`]
            // right before the figure, as "250 شخصا بين قتيل وجريح" after it): each is told
            // without a figure, some dead and some wounded
            if first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Mixed) {
                let words = (first_tok.saturating_sub(MIXED_WORDS)..first_tok)
                    .find(|&i| self.cue_at_token(i, Cue::Mixed))
                    .unwrap_or(first_tok - 1);
                mixed.get_or_insert(doc.tokens[words].span.cover(n.span));
                continue;
            }
            // "وقد قتل وجرح نحو 50": so is a figure right after a pair of verbs of death and
            // injury, when the first verb has no subject of its own
            if let Some(pair) = self.joint_verbs_before(n, first_tok) {
                mixed.get_or_insert(pair.cover(n.span));
                continue;
            }
            if self.of_counted(n, first_tok, kills, injures) {
                // "إن اثنين من رجال الأمن المصابين ... انتقلا إلى رحمة الله": some of the
                // wounded told already, who died since
                kill_pieces.extend(self.succumbed(n, first_tok, kills, injures, triggers));
                // "قتل 13 جنديا وشرطيا على الاقل، ثلاثة منهم في مكمن": the dead of the total
                // told "in" an act are a part of it (the act's toll, when the act is the
                // incident: below)
                if let Some(piece) = self.part_in_act(n, first_tok, kills, injures) {
                    subset_kills.push(piece);
                }
                continue;
            }
            // (right after a word of death, "فقتل منهم 15", it says who the dead were, not a
            // part of a total told before)
            // (so is one right after a pronoun of apposition that follows a figure: "استشهد 5
            // أطفال هم 4 أشقاء وطفلة" tells who the five were)
            // (a quotation mark may open the list: "13 قتيلا هم «أربعة جنود ...")
            let pronoun = (0..first_tok)
                .rev()
                .find(|&i| doc.tokens[i].kind != TokenKind::Quote);
            let apposition = pronoun.is_some_and(|p| {
                self.cue_at_token(p, Cue::Apposition)
                    && (doc.numbers_in(Span::new(
                        doc.tokens[p.saturating_sub(APPOSITION_WORDS)].span.start,
                        doc.tokens[p].span.start,
                    )))
                    .next()
                    .is_some()
            });
            // (but a noun of the dead counted by a figure before it, "11 قتيلا بينهم ثلاثة
            // اطفال", is the total the part is of)
            let counted = |t: &&Hit<&'static Trigger>| {
                t.tokens.0 > 0 && self.in_number.get(t.tokens.0 - 1) == Some(&true)
            };
            // ("من بين القتلى «خمسة من القوات»": a word of the dead in a phrase of some of them,
            // a quotation mark between, names some of the dead told)
            let before = (0..first_tok)
                .rev()
                .find(|&i| doc.tokens[i].kind != TokenKind::Quote);
            let among = before.is_some_and(|i| {
                self.cue_at_token(i, Cue::Subset)
                    && kills
                        .iter()
                        .chain(injures.iter())
                        .any(|t| t.tokens.1 == i + 1)
            });
            // ("بينهم 12 طفلا وست نساء": a figure joined by "و" to the part named right before
            // it, with no word of death or injury of its own, names more of that part)
            let joined = last_subset.is_some_and(|e: usize| {
                let conj = doc.tokens[n.tokens.start].clitics.contains(&"و")
                    || (first_tok > 0 && doc.tokens[first_tok - 1].key == "و");
                let words = (e..first_tok)
                    .filter(|&i| doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].key != "و")
                    .count();
                // (not "و20 جريحا", "و20 آخرين": a toll of its own, others)
                let worded = (kills.iter().chain(injures.iter()))
                    .any(|t| (e..=n.tokens.end).contains(&t.tokens.0));
                let others =
                    (doc.tokens.get(n.tokens.end)).is_some_and(|t| t.key.starts_with(OTHERS_STEM));
                // (a list told in apposition goes on over its nouns' words and commas: "13
                // قتيلا هم أربعة عسكريين ماليين وخمسة موظفين في شركات ... وأربعة مهاجمين")
                let listed = in_list
                    && words <= APPOSITION_LIST_WORDS
                    && (e..first_tok).all(|i| {
                        doc.tokens[i].kind != TokenKind::Punct
                            || matches!(doc.slice(doc.tokens[i].span), "،" | ",")
                    })
                    && !(e..first_tok).any(|i| self.cue_at_token(i, Cue::Clause));
                first_tok >= e && conj && (words <= 1 || listed) && !worded && !others
            });
            let subset = first_tok > 0
                && (self.cue_at_token(first_tok - 1, Cue::Subset) || apposition || among)
                && (among
                    || !kills
                        .iter()
                        .any(|t| t.tokens.1 + 1 == first_tok && !counted(t)));
            if subset {
                last_subset = Some(n.tokens.end);
                in_list = apposition;
            }
            // the victim noun after the number ("15 امرأة", "12 من عناصر الشرطة")
            let noun = victim_matches.iter().find(|v| {
                v.tokens.0 == n.tokens.end
                    || (v.tokens.0 == n.tokens.end + 1
                        && doc.tokens.get(n.tokens.end).is_some_and(|t| t.key == "من"))
            });
            let attacker = noun.is_some_and(|v| v.value.group == ATTACKER_GROUP)
                || self.perpetrators(first_tok);
            // "أحد أقارب الشهيد", "ثلاثة من أفراد أسرة القتيل": kin counted before a word of
            // death with the article that names the dead they are kin of are the mourners, not
            // the dead (and name nobody killed)
            let mourners = noun.is_some_and(|v| {
                v.value.group == FAMILIES_GROUP
                    && kills.iter().any(|t| {
                        t.tokens.0 == v.tokens.1 && doc.tokens[t.tokens.0].clitics.contains(&"ال")
                    })
            });
            if mourners {
                continue;
            }
            // "الطالب عبدالله آل منصور (20) لقي حتفه": a figure in parentheses after a name is
            // the man's age; in parentheses a toll follows its word of death or injury ("مقتل
            // (20) شخصا", "إصابة أكثر من (30)"), or is told before it or with its noun
            // (the word after it, "لقي حتفه", says what befell the man named; a figure told
            // before its word only with a qualifier: "وأكثر من (160) جريحا")
            let parenthesised = doc.tokens[n.tokens.start].key == "(";
            let mut tolls = kills.iter().chain(injures.iter());
            let qualified = n.cue_span.is_some_and(|c| c.start < n.span.start);
            if parenthesised
                && noun.is_none()
                && !tolls.any(|t| {
                    t.tokens.1 == first_tok
                        || t.tokens.1 + 1 == first_tok
                        || (qualified && t.tokens.0 == n.tokens.end)
                })
            {
                continue;
            }
            if let Some(v) = noun {
                let vspan = n.span.cover(v.span);
                victims.push(Victim {
                    group: v.value.group.clone(),
                    count: Some(n.min),
                    text: doc.slice(vspan).to_string(),
                    span: [vspan.start, vspan.end],
                });
            }
            if joined {
                last_subset = Some(n.tokens.end);
                continue;
            }
            if subset {
                // "بينهم 15 قضوا في هجوم": a part of the total with its own verb of death
                let verb = kills
                    .iter()
                    .find(|t| (n.tokens.end..=n.tokens.end + 1).contains(&t.tokens.0));
                if let Some(verb) = verb {
                    let nspan = n.cue_span.map_or(n.span, |c| c.cover(n.span));
                    subset_kills.push(CountPiece {
                        min: n.min,
                        max: n.max,
                        qualifier: n.qualifier,
                        span: nspan.cover(verb.span),
                        attacker,
                        bare: n.vague,
                        account: Account::Plain,
                        ranks: false,
                        succumbed: false,
                        side: None,
                    });
                }
                continue;
            }
            // "فجر ثلاثة آخرون أنفسهم": attackers who blew themselves up died in the incident
            {
                let after_suicide =
                    first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Detonate);
                let reflexive =
                    (n.tokens.end..n.tokens.end + 3).any(|i| self.cue_at_token(i, Cue::Reflexive));
                if after_suicide && reflexive {
                    let end = (n.tokens.end..n.tokens.end + 3)
                        .find(|&i| self.cue_at_token(i, Cue::Reflexive))
                        .and_then(|i| doc.tokens.get(i))
                        .map_or(n.span.end, |t| t.span.end);
                    kill_pieces.push(CountPiece {
                        min: n.min,
                        max: n.max,
                        qualifier: n.qualifier,
                        span: Span::new(n.span.start, end),
                        attacker: true,
                        bare: n.vague,
                        account: Account::Plain,
                        ranks: false,
                        succumbed: false,
                        side: None,
                    });
                    continue;
                }
            }
            // "خسرت المقاومة ثلاثة من مقاتليها": the dead of the side that lost them
            if violent && self.lost(n, first_tok) {
                let end = doc.tokens[n.tokens.end + 1].span;
                let nspan = n.cue_span.map_or(n.span, |c| c.cover(n.span));
                kill_pieces.push(CountPiece {
                    min: n.min,
                    max: n.max,
                    qualifier: n.qualifier,
                    ..CountPiece::exact(n.min, nspan.cover(end))
                });
                continue;
            }
            // "سقوط سبعة عناصر جدد": a count of persons right after "سقوط" is of the dead
            // (a noun of persons: a victim noun, or a word that is no unit, weapon or event)
            // (not the anchor of an interval: "بعد أيام على سقوط ستة من عناصره" is another time;
            // a noun of captured people, "سقوط عدد كبير من الأسرى", tells them fallen into the
            // hands of a side: captives, no dead, and the figure is no toll)
            let anchor = first_tok > 1 && self.cue_at_token(first_tok - 2, Cue::Since);
            if first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Fall) && !anchor {
                if noun.is_some_and(|v| v.value.group == CAPTIVE_GROUP) {
                    continue;
                }
                let next = n.tokens.end;
                let persons = match noun {
                    Some(v) => (v.value.group != ATTACKER_GROUP).then_some(v.span),
                    None => doc
                        .tokens
                        .get(next)
                        .filter(|t| {
                            t.kind == TokenKind::Word
                                && !self.cue_at_token(next, Cue::ExcludeUnit)
                                && !self.cue_at_token(next, Cue::Means)
                                && !triggers.iter().any(|h| h.tokens.0 == next)
                        })
                        .map(|t| t.span),
                };
                if let Some(end) = persons {
                    kill_pieces.push(CountPiece {
                        min: n.min,
                        max: n.max,
                        qualifier: n.qualifier,
                        span: doc.tokens[first_tok - 1].span.cover(end),
                        attacker,
                        bare: n.vague,
                        account: Account::Plain,
                        ranks: false,
                        succumbed: false,
                        side: None,
                    });
                    continue;
                }
            }
            // "أحد المصابين", "أحد شهداء التفجير": one of the dead or the wounded told of one of
            // them (a visit, a funeral, a witness) tells some, not a toll of one; a word of death
            // or injury right before counts him ("توفي أحد المصابين")
            let counted_before = kills
                .iter()
                .chain(injures.iter())
                .any(|t| t.tokens.1 == first_tok);
            // ("واحد" after its noun, "قتل مدني واحد", is "one", read with the conjunction's
            // letter; a word that opens with that letter is left out)
            let one_of = (n.min == 1
                && self.cue_at_token(n.tokens.start, Cue::OneOf)
                && !doc.slice(doc.tokens[n.tokens.start].span).starts_with('و'))
            .then(|| {
                kills
                    .iter()
                    .chain(injures.iter())
                    .find(|t| t.tokens.0 == n.tokens.end)
            })
            .flatten();
            if let Some(t) = one_of.filter(|_| !counted_before) {
                let piece = CountPiece {
                    min: 1,
                    max: None,
                    qualifier: Qualifier::Unknown,
                    bare: true,
                    ..CountPiece::exact(1, n.span.cover(t.span))
                };
                one_of_spans.push(piece.span);
                match t.value.role {
                    Role::Kill => kill_pieces.push(piece),
                    _ => injury_pieces.push(piece),
                }
                continue;
            }
            let best = self.nearest_word(
                span,
                n,
                first_tok,
                noun.is_some(),
                triggers,
                kills,
                injures,
                victim_matches,
            );
            if let Some((_, tspan, role)) = best {
                let nspan = n.cue_span.map(|c| c.cover(n.span)).unwrap_or(n.span);
                // "النائب الذي قتل مع 9 مواطنين آخرين": the others and the one they died with
                let with_others = tspan.end <= nspan.start
                    && first_tok > 0
                    && self.cue_at_token(first_tok - 1, Cue::With)
                    && ((n.tokens.end..n.tokens.end + 3)
                        .any(|i| self.cue_at_token(i, Cue::Others))
                        || doc.tokens.get(n.tokens.end).is_some_and(|t| {
                            // "بمقتله مع أحد مرافقيه": the victim's own companions
                            t.kind == TokenKind::Word
                                && COMPANION_SUFFIXES.iter().any(|s| t.key.ends_with(s))
                        })
                        // "استشهد مع اثنين من زملائه": some of the victim's own
                        || (doc.tokens.get(n.tokens.end).is_some_and(|t| t.key == "من")
                            && doc.tokens.get(n.tokens.end + 1).is_some_and(|t| {
                                t.kind == TokenKind::Word && super::attribution::possessed(t.stem())
                            })))
                    && doc
                        .numbers_in(Span::new(tspan.end, nspan.start))
                        .next()
                        .is_none();
                // "مقتل ضابط وثلاثة جنود", "قتل جندي دولي وثمانية مقاتلين", "مقتل آمر الفوج
                // وجنديين": persons named right after the word, then "و" + the figure
                let one_before = doc
                    .last_token(tspan)
                    .map_or(0, |te| self.persons_before(te + 1, first_tok, triggers));
                let one = if with_others { 1 } else { one_before };
                let piece = CountPiece {
                    min: n.min.saturating_add(one),
                    max: n.max.map(|m| m.saturating_add(one)),
                    qualifier: n.qualifier,
                    span: nspan.cover(tspan),
                    attacker,
                    bare: n.vague,
                    account: Account::Plain,
                    ranks: false,
                    succumbed: false,
                    side: None,
                };
                match role {
                    Role::Kill => kill_pieces.push(piece),
                    _ => injury_pieces.push(piece),
                }
            }
        }

        Tally {
            kill_pieces,
            injury_pieces,
            victims,
            subset_kills,
            one_of_spans,
            mixed,
        }
    }

    /// The word of death or injury figure `n` (its first token `first_tok`, with a victim noun
    /// after it or not) links to: the one of least cost, (cost, its span, its role). After a
    /// trigger ("مقتل 18") a figure costs its gap; before a trigger ("15 قتيلا", "28 شخصا
    /// قتلوا") its gap plus a half, and not across a conjunction that opens a new clause ("ستة
    /// وإصابة 12").
    #[allow(clippy::too_many_arguments)]
    fn nearest_word(
        &self,
        span: Span,
        n: &NumberMention,
        first_tok: usize,
        noun_told: bool,
        triggers: &[&Hit<&'static Trigger>],
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        victim_matches: &[&Hit<&'static VictimEntry>],
    ) -> Option<(f32, Span, Role)> {
        let doc = self.doc;
        // (cost, trigger span, role): after a trigger ("مقتل 18") costs its gap; before a
        // trigger ("15 قتيلا", "28 شخصا قتلوا") costs its gap plus a half, and not across a
        // conjunction that opens a new clause ("ستة وإصابة 12")
        let mut best: Option<(f32, Span, Role)> = None;
        // ("قتلى الحوثيين وقوات صالح بالعشرات": a vague figure told as the predicate, "ب" and
        // the article on it, reaches a word of death in construct with a definite noun, the
        // subject, as far as a plain figure does; not "بضحايا ودماء ... بالملايين")
        let predicate = n.vague
            && (doc.tokens.get(n.tokens.start)).is_some_and(|t| t.clitics.contains(&"ب"))
            && doc.slice(n.span).starts_with("ال");
        let construct = |t: &Hit<&'static Trigger>| {
            (doc.tokens.get(t.tokens.1)).is_some_and(|w| w.clitics.first() == Some(&"ال"))
        };
        let limit = if n.vague { 1 } else { 4 };
        // "ولقي 20 من طلاب أكاديمية الشرطة في العاصمة كابل أمس حتفهم": the figure right after
        // the verb counts the dead of the "حتف" told a few words later
        let met = first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Meet);
        for t in kills.iter().chain(injures.iter()) {
            // ("اثنين من قادة طالبان من بين القتلى": the dead a figure is some of)
            if self.cue_at_token(t.tokens.0, Cue::Subset) {
                continue;
            }
            let cand = if n.dual_noun
                && t.tokens.0 <= n.tokens.start
                && n.tokens.end <= t.tokens.1
                && !doc.tokens[n.tokens.start].clitics.contains(&"ال")
            {
                // "سقط قتيلان", "خلف جريحين": the word of death or injury is itself a dual,
                // its own count of two (not "الشهيدين", the two told before, named again)
                Some(0.0)
            } else if t.tokens.1 < first_tok
                && self.opens_clause(first_tok - 1, triggers, victim_matches)
            {
                // "أصيب 7 وفقدنا 50", "مقتل الرهينة وتحرير رهينتين": the figure belongs to
                // the word joined by "و" right before it, not to this trigger
                None
            } else if t.tokens.1 <= first_tok {
                // a conjunction between ("11 قتيلا و31 جريحا") makes the number the start
                // of the next item rather than this trigger's figure (counted only when
                // the two are close enough to link)
                let reach = if predicate && construct(t) { 4 } else { limit };
                self.link_gap(t.tokens.1, first_tok, reach, false)
                    .or_else(|| self.phrase_between(t.tokens.1, n, noun_told))
                    .or_else(|| self.date_between(t.tokens.1, n, noun_told))
                    .map(|g| {
                        let conj = (t.tokens.1..first_tok)
                            .filter(|&i| doc.tokens[i].key == "و")
                            .count()
                            + usize::from(
                                doc.tokens[first_tok]
                                    .clitics
                                    .first()
                                    .is_some_and(|&c| c == "و"),
                            );
                        g as f32 + conj as f32
                    })
            } else if met && n.tokens.end <= t.tokens.0 && t.value.role == Role::Kill {
                // the words between name who died and where: no punctuation but commas parts
                // them (an aside or the subject's end set off, "لقي عشرات من عناصر تنظيم داعش،
                // مصرعهم", "ولقي ثمانية مدنيين، بينهم ستة من عائلة واحدة، مصرعهم")
                let gap = t.tokens.0 - n.tokens.end;
                let punct = (n.tokens.end..t.tokens.0).any(|i| {
                    let w = &doc.tokens[i];
                    w.kind == TokenKind::Punct && !w.is_comma()
                });
                (gap <= MEET_WORDS && !punct).then_some(gap as f32 / MEET_WORDS as f32)
            } else if n.tokens.end <= t.tokens.0 {
                // (a conjunction the word was matched after: not the "و" of "وفيات")
                let word = &doc.tokens[t.tokens.0];
                let conj = word.clitics.first().is_some_and(|&c| c == "و" || c == "ف")
                    && t.span.start > word.span.start;
                // (another word of death or injury between takes the figure before it,
                // or tells a toll of its own: "خسرنا أربعة جنود وأصيب 15 آخرين بجروح")
                let between = kills.iter().chain(injures.iter()).any(|u| {
                    n.tokens.end <= u.tokens.0 && u.tokens.1 <= t.tokens.0 && u.span != t.span
                });
                // (a word of injury with a figure of its own right after it: "قتل -الخميس-
                // شخصان وأصيب تسعة آخرون" counts nine wounded, not eleven)
                let own_figure = doc
                    .numbers_in(span)
                    .any(|m| !m.date && (t.tokens.1..=t.tokens.1 + 1).contains(&m.tokens.start));
                if between || (conj && (t.tokens.0 > n.tokens.end || own_figure)) {
                    None
                } else if conj {
                    // the next item's word right after the figure ("اثنين وجرح أربعة"):
                    // only when no word before the figure takes it ("مقتل عسكريين تركيين
                    // اثنين وجرح أربعة آخرين" counts two dead)
                    self.link_gap(n.tokens.end, t.tokens.0, 0, false)
                        .map(|g| g as f32 + limit as f32 + 1.5)
                } else if (n.tokens.end..t.tokens.0).any(|i| self.cue_at_token(i, Cue::Outcome)) {
                    // "على منزل أحد المواطنين نتج عنه إصابة فتاة": a verb of what an act
                    // caused between tells the count after it, not the figure before
                    None
                } else {
                    self.link_gap(n.tokens.end, t.tokens.0, limit, !n.vague)
                        .map(|g| g as f32 + 0.5)
                        .or_else(|| {
                            self.subject_gap(n, first_tok, t, triggers)
                                .map(|g| limit as f32 + 1.0 + g as f32 / SUBJECT_WORDS as f32)
                        })
                }
            } else {
                None
            };
            if let Some(cost) = cand {
                if best.is_none_or(|(c, _, _)| cost < c) {
                    best = Some((cost, t.span, t.value.role));
                }
            }
        }
        best
    }

    /// What the part's figures come to: companions and persons joined to a count, the attacker
    /// after a toll, the dead and the wounded together, figures of an incident days apart left
    /// out, then the accounts, claims, totals and tallies; a part of the total told in the
    /// incident's act is its toll.
    fn settle(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        main: Option<&Hit<&'static Trigger>>,
        tally: &mut Tally,
    ) {
        let doc = self.doc;
        let Tally {
            kill_pieces,
            injury_pieces,
            subset_kills,
            one_of_spans,
            mixed,
            ..
        } = tally;
        self.companions(span, kills, kill_pieces);
        self.companions(span, injures, injury_pieces);
        self.joined_persons(span, triggers, kill_pieces, injury_pieces);
        self.joined_counts(span, triggers, kill_pieces, injury_pieces);
        if let Some(p) = self.suicide_after_toll(span, kills, kill_pieces) {
            kill_pieces.push(p);
        }
        // a figure of the dead and the wounded together tells some of each, when nothing else
        // in the part counts them
        if let Some(m) = *mixed {
            let some = CountPiece {
                min: 1,
                max: None,
                qualifier: Qualifier::Unknown,
                bare: true,
                ..CountPiece::exact(1, m)
            };
            for pieces in [&mut *kill_pieces, &mut *injury_pieces] {
                if pieces.is_empty() {
                    pieces.push(some.clone());
                }
            }
        }
        // "هذا الهجوم وقع بعد يومين من قيام سكان القرية بقتل عنصرين": the figures of the
        // incident days apart are not this one's, when the part's event word (or another
        // figure) tells this one outside the interval's clause
        let away = self.interval_clause(span).filter(|away| match main {
            Some(m) => !away.contains(m.span),
            None => kill_pieces.iter().any(|p| !away.contains(p.span)),
        });
        if let Some(away) = away {
            kill_pieces.retain(|p| !away.contains(p.span));
            injury_pieces.retain(|p| !away.contains(p.span));
        }
        // ("سبعة أشخاص أصيبوا ... أحد الجرحى": one of the wounded counted is no more of them)
        for pieces in [&mut *kill_pieces, &mut *injury_pieces] {
            if pieces.iter().any(|p| !one_of_spans.contains(&p.span)) {
                pieces.retain(|p| !one_of_spans.contains(&p.span));
            }
        }
        self.totals(kill_pieces);
        self.totals(injury_pieces);
        self.claims_after(span, kill_pieces);
        self.claims_after(span, injury_pieces);
        self.accounts(span, kill_pieces);
        self.ranks(span, kill_pieces);
        self.sides(span, kill_pieces);
        self.accounts(span, injury_pieces);
        self.retold(kill_pieces);
        self.retold(injury_pieces);
        let main_span = main.map(|m| m.span);
        self.since_anchors(kill_pieces, main_span);
        self.since_anchors(injury_pieces, main_span);
        self.tallies(kill_pieces);
        self.tallies(injury_pieces);
        // "كما اصيب العشرات من الطرفين فيما قتل مدنين اثنين واصيب اثنان اخران في قصف عشوائي":
        // a figure of both sides ([`Cue::BothSides`]) is a fight's toll, not the toll of the
        // explosion the part tells when it tells no other act ("تسببت المعارك المتواصلة بمقتل
        // حوالى سبعين مقاتلا من الطرفين" beside "قصف جوي" is the battles')
        let explosion_only = main.is_some()
            && triggers
                .iter()
                .filter(|t| t.value.role == Role::Event)
                .all(|t| t.value.event_type.as_deref() == Some(rasd_core::EXPLOSIONS));
        if explosion_only {
            for pieces in [&mut *kill_pieces, &mut *injury_pieces] {
                pieces.retain(|p| !self.of_both_sides(p));
            }
        }

        // "مقتل 18 شخصاً في العراق، بينهم 15 قضوا في هجوم انتحاري": the incident is the attack
        // told after the part, and the part is its toll; the rest of the total died elsewhere
        if let Some(m) = main {
            let part = subset_kills.iter().rev().find(|p| {
                p.span.end <= m.span.start
                    && doc
                        .last_token(p.span)
                        .zip(doc.token_at(m.span.start))
                        .is_some_and(|(a, b)| b <= a + 4)
            });
            if let Some(part) = part {
                if !kill_pieces.is_empty()
                    && kill_pieces.iter().all(|k| k.span.end <= part.span.start)
                {
                    *kill_pieces = vec![part.clone()];
                }
            }
        }
    }
}

impl Context<'_> {
    /// A figure right before a [`Cue::Part`] word and "في" ("ثلاثة منهم في مكمن") after a
    /// total of the dead (the nearest word of death or injury before it is one of death): the
    /// part of the dead told in the act named after it, as a piece.
    fn part_in_act(
        &self,
        n: &NumberMention,
        first_tok: usize,
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
    ) -> Option<CountPiece> {
        let doc = self.doc;
        let cue = n.tokens.end;
        if n.vague
            || !self.cue_at_token(cue, Cue::Part)
            || doc.tokens.get(cue + 1).is_none_or(|t| t.key != "في")
        {
            return None;
        }
        let last_before = |ws: &[&&Hit<&'static Trigger>]| {
            ws.iter()
                .filter(|t| t.tokens.1 <= first_tok)
                .map(|t| t.tokens.1)
                .max()
        };
        let kill = last_before(kills)?;
        if last_before(injures).is_some_and(|i| i > kill) {
            return None;
        }
        // (told plainly like an exact piece, with the figure's own bounds and qualifier)
        Some(CountPiece {
            max: n.max,
            qualifier: n.qualifier,
            ..CountPiece::exact(n.min, n.span.cover(doc.tokens[cue].span))
        })
    }

    /// Whether the word of injury `t` is one word that ends in the pronoun of one person, a
    /// surface "ه" or "ها" after a base of three letters or more ("إصابته", "جراحها"; not a
    /// ta marbuta, "إصابة", nor the plural "إصابتهم"): the wound of somebody told already.
    pub(crate) fn own_wound(&self, t: &Hit<&'static Trigger>) -> bool {
        if t.tokens.1 != t.tokens.0 + 1 {
            return false;
        }
        let word = self.doc.slice(t.span);
        let base = ["ها", "ه"].iter().find_map(|p| word.strip_suffix(p));
        base.is_some_and(|b| b.chars().count() >= 3 && !b.ends_with('ه'))
    }
}

/// The ending of a plural verb ("قتلوا", "استشهدوا", "لقوا حتفهم") whose subject may be a
/// list of persons told before it.
pub(super) const PLURAL_VERB_ENDING: &str = "وا";

/// The endings of a plural or dual noun with a possessive pronoun ("مرافقيه", "حراسيها"): after
/// "مع" and a figure linked to a word of death, the victim's own companions, who died with him.
const COMPANION_SUFFIXES: [&str; 4] = ["يه", "يها", "يهم", "يهما"];

/// The stem of "others" on keys ("آخرون", "آخرين", "آخران"): a figure followed by it counts
/// persons other than those told before.
const OTHERS_STEM: &str = "اخر";

/// How many words a [`Cue::Mixed`] before a figure may hold ("مقتل وإصابة").
const MIXED_WORDS: usize = 3;

/// How many words may name the group of a figure told as a clause's subject before its verb of
/// death ("أن 25 من ... قتلوا").
pub(super) const SUBJECT_WORDS: usize = 14;

/// How many words a figure after "لقي" may stand before its "حتفهم".
const MEET_WORDS: usize = 12;

/// The victim group (data/lexicon/victims.tsv) of attackers killed: militants, bombers.
pub const ATTACKER_GROUP: &str = "militants";

/// The victims.tsv group of captured people ("الأسرى", "الرهائن", "المعتقلين").
const CAPTIVE_GROUP: &str = "prisoners";

/// The victims.tsv group of people of no stated side ("أشخاص", "آخرين").
pub(crate) const PEOPLE_GROUP: &str = "people";
/// The victim group of kin ("أقارب", "أسرة", "عائلة").
const FAMILIES_GROUP: &str = "families";

/// Whether token `i` lies within an event word of `triggers` (the act named again).
fn act_at(triggers: &[&Hit<&'static Trigger>], i: usize) -> bool {
    (triggers.iter()).any(|h| h.value.role == Role::Event && h.tokens.0 <= i && i < h.tokens.1)
}

/// How many words before a pronoun of apposition ("هم", "هما") the figure it describes may
/// stand ("استشهد 5 أطفال هم 4 أشقاء وطفلة").
const APPOSITION_WORDS: usize = 3;

/// How many words a list told in apposition may hold between one figure and the next joined
/// by "و" ("هم أربعة عسكريين ماليين وخمسة موظفين في شركات متعاملة مع بعثة الأمم المتحدة في
/// مالي وأربعة مهاجمين").
const APPOSITION_LIST_WORDS: usize = 12;
