//! The persons a figure or a plural verb of death names: persons joined to a figure by «و»
//! ("مقتل ضابط وثلاثة جنود"), a dual in its construct form before a corps ("ضابطا شرطة"), and a
//! list of persons before a plural verb ("العريف فلان والجندي فلان ... استشهدوا"); and the
//! persons a word of death or injury counts with no figure (`persons_without_figure`: a singular
//! person noun right after it, such a list, the pronoun on the word), and whether the dead fell
//! defending (`fell_defending`).

use super::*;

impl Context<'_> {
    /// Whether the dead fell defending: a clause of defending ([`Cue::Defending`]) told right
    /// after a word of death ("استشهد وهو يدافع عن دينه ووطنه"): a soldier, whatever noun names
    /// him, armed victims.
    pub(super) fn fell_defending(&self, triggers: &[&Hit<&'static Trigger>]) -> bool {
        (triggers.iter())
            .any(|t| t.value.role == Role::Kill && self.cue_at_token(t.tokens.1, Cue::Defending))
    }

    /// "مقتل ضابط وثلاثة جنود", "قتل جندي دولي وثمانية مقاتلين", "مقتل آمر الفوج وجنديين": the
    /// persons a word of death or injury names right after it (token `person`: a singular
    /// person noun, one; a person dual in its construct form, "ضابطي شرطة", two), before the
    /// "و" that joins the figure at `first_tok` to them, with at most [`PERSON_WORDS`] words of
    /// their own between (a genitive, an adjective, "على الأقل": no figure, no event word, no
    /// punctuation, no word joined by "و", no clause); 0 when none is.
    pub(super) fn persons_before(
        &self,
        person: usize,
        first_tok: usize,
        triggers: &[&Hit<&'static Trigger>],
    ) -> u64 {
        let doc = self.doc;
        let and = match doc.joined_by_and(first_tok) {
            Some(Joined::Written) => first_tok,
            Some(Joined::Apart) if doc.tokens[first_tok].kind == TokenKind::Number => first_tok - 1,
            _ => return 0,
        };
        if person >= and || and - person - 1 > PERSON_WORDS {
            return 0;
        }
        let Some(w) = doc.tokens.get(person).filter(|w| w.kind == TokenKind::Word) else {
            return 0;
        };
        let n = if (w.clitics.is_empty() && rasd_text::is_dual_construct(w.stem()))
            || self.dual_before_corps(person)
        {
            2
        } else if rasd_text::is_singular_person(w.stem()) {
            1
        } else {
            return 0;
        };
        let own = (person + 1..and).all(|i| {
            let t = &doc.tokens[i];
            t.kind == TokenKind::Word
                && t.clitics.iter().all(|&c| c == "ال")
                && self.in_number.get(i) != Some(&true)
                && !self.cue_at_token(i, Cue::Clause)
                && !triggers.iter().any(|h| h.tokens.0 <= i && i < h.tokens.1)
        });
        if own {
            n
        } else {
            0
        }
    }
}

impl Context<'_> {
    /// "وقتل ضابطا شرطة", "أصيب رجلا شرطة": a person noun in "-ا" (token `i`, no proclitic)
    /// right before a noun of a force or corps ([`Cue::Corps`]: "شرطة", "أمن") is the dual in its
    /// construct form, two; alone, "جنديا" is the singular's accusative, which cannot stand in
    /// construct before a noun.
    pub(super) fn dual_before_corps(&self, i: usize) -> bool {
        let doc = self.doc;
        let Some(w) = doc.tokens.get(i) else {
            return false;
        };
        // (the text layer reads the "-ا" form as a dual only with a pronoun after it: "ضابطاه")
        w.kind == TokenKind::Word
            && w.clitics.is_empty()
            && w.key.ends_with('ا')
            && rasd_text::is_dual_construct(&format!("{}ه", w.key))
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.clitics.is_empty()
                    && self.cue_at_token(i + 1, Cue::Corps)
            })
    }
}

/// How many words of their own (a genitive, an adjective) persons named right after a word of
/// death may have before the "و" that joins a figure to them ("مقتل آمر الفوج وجنديين").
const PERSON_WORDS: usize = 3;

impl Context<'_> {
    /// "العريف فلان والجندي فلان وزميلهما الجندي فلان ... استشهدوا": the persons a plural verb
    /// of death or injury (`t`, its first word ending in [`PLURAL_VERB_ENDING`]) has for its
    /// subject, listed before it within [`LIST_WORDS`] words: each singular noun of a person
    /// that opens the list or is joined to it by "و" is one; the nouns after it in apposition
    /// ("وزميلهما الجندي") are the same person. At least two, or none.
    pub(super) fn listed_persons(
        &self,
        span: Span,
        t: &Hit<&'static Trigger>,
        triggers: &[&Hit<&'static Trigger>],
    ) -> Option<CountPiece> {
        let doc = self.doc;
        let verb = t.tokens.0;
        let first = doc.tokens.get(verb)?;
        if !first.clitics.is_empty() || !first.key.ends_with(PLURAL_VERB_ENDING) {
            return None;
        }
        // the subject: back from the verb to the part's start, a word that opens a clause or
        // a relative clause, a figure, an event word or punctuation but a comma or a quote
        let mut start = verb;
        let mut words = 0;
        while start > 0 {
            let i = start - 1;
            let w = &doc.tokens[i];
            if w.span.start < span.start
                || w.kind == TokenKind::Number
                || self.in_number.get(i) == Some(&true)
                || (w.kind == TokenKind::Punct && !w.is_comma())
                || w.stem() == "ان"
                || self.cue_at_token(i, Cue::Clause)
                || self.cue_at_token(i, Cue::Relative)
                || triggers.iter().any(|h| h.tokens.0 <= i && i < h.tokens.1)
            {
                break;
            }
            if w.kind == TokenKind::Word {
                words += 1;
                if words > LIST_WORDS {
                    return None;
                }
            }
            start = i;
        }
        // (a figure right before: "12 مدنيا وجنديا قتلوا", the list is its noun's)
        if start > 0 && {
            let w = &doc.tokens[start - 1];
            w.kind == TokenKind::Number || self.in_number.get(start - 1) == Some(&true)
        } {
            return None;
        }
        let mut count = 0u64;
        let mut from = None;
        for i in start..verb {
            let w = &doc.tokens[i];
            let joined = doc.joined_by_and(i).is_some();
            // ("ضابطي شرطة ومدنيا أصيبوا": a dual construct is two)
            let dual = w.kind == TokenKind::Word
                && w.clitics.iter().all(|&c| c == "و")
                && rasd_text::is_dual_construct(w.stem());
            let person = w.kind == TokenKind::Word
                && (dual
                    || rasd_text::is_singular_person(w.stem())
                    || (joined && count > 0 && self.cue_at_token(i, Cue::Companion)));
            if !person {
                continue;
            }
            if count == 0 || joined {
                count += if dual { 2 } else { 1 };
                from.get_or_insert(w.span);
            }
        }
        let from = from?;
        (count >= 2).then(|| CountPiece::exact(count, from.cover(t.span)))
    }
}

/// The tanwin of the accusative ("قتلاً"): a word written with it is a noun, not a verb in
/// the dual.
const TANWIN_FATH: char = '\u{064B}';

/// The pronoun of the dual on keys ("حتفهما", "مقتلهما").
const DUAL_PRONOUN: &str = "هما";

/// How many words a list of persons before a plural verb of death may hold (their names,
/// ranks and unit included).
const LIST_WORDS: usize = 30;

impl Context<'_> {
    /// The persons a word of death or injury counts with no figure: a singular person noun
    /// right after it, persons listed before a plural verb, the pronoun on the word.
    pub(super) fn persons_without_figure(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &[&&Hit<&'static Trigger>],
        injures: &[&&Hit<&'static Trigger>],
        tally: &mut Tally,
    ) {
        let doc = self.doc;
        let Tally {
            kill_pieces,
            injury_pieces,
            ..
        } = tally;
        // "مقتل شرطي", "أصيب جندي": a singular person noun right after the word counts one
        // (the stems of the words of death and the persons counted so, for a definite person
        // noun told again: "صلاة الميت على الشهيد الجندي ... بعدها نقل جثمان الشهيد" is one man)
        let mut counted: Vec<&str> = Vec::new();
        for t in kills.iter().chain(injures.iter()) {
            let linked = kill_pieces
                .iter()
                .chain(injury_pieces.iter())
                .any(|p: &CountPiece| p.span.contains(t.span));
            let Some(next) = doc.tokens.get(t.tokens.1) else {
                continue;
            };
            let in_number = doc
                .numbers_in(span)
                .any(|n| n.tokens.start <= t.tokens.1 && t.tokens.1 < n.tokens.end);
            // "مقتل ضابطي شرطة": a person dual in its construct form, before the noun it is
            // joined to, counts two
            let dual = (next.kind == TokenKind::Word
                && next.clitics.is_empty()
                && rasd_text::is_dual_construct(&next.key)
                && doc
                    .tokens
                    .get(t.tokens.1 + 1)
                    .is_some_and(|w| w.kind == TokenKind::Word))
                || self.dual_before_corps(t.tokens.1);
            // "قتل جندي وأصيب آخر", "مقتل شرطي وجرح آخر": "another" or an ordinal right after
            // a word of injury told after a word of death names one person more than the dead,
            // a count of one ("آخرين", others, is a word of its own and counts some; "مصاب آخر",
            // "جريح رابع" with no death before is one more of the wounded told before)
            let another = t.value.role == Role::Injure
                && next.kind == TokenKind::Word
                && next.clitics.is_empty()
                && self.cue_at_token(t.tokens.1, Cue::Ordinal)
                && kills.iter().any(|k| k.tokens.1 <= t.tokens.0);
            // ("قتيل وجريح" after a figure is the dead and the wounded together, no one dead)
            let again = !dual && next.clitics.contains(&"ال") && counted.contains(&next.stem());
            if linked
                || in_number
                || again
                || self.cue_at_token(t.tokens.0, Cue::Mixed)
                || next.span.end > span.end
                || !(dual || another || rasd_text::is_singular_person(next.stem()))
            {
                continue;
            }
            counted.push(next.stem());
            counted.extend(doc.tokens.get(t.tokens.0).map(|w| w.stem()));
            // "إصابة رجل وزوجته": one of his family joined to him is one more
            let kin = (!dual && !another)
                .then(|| self.kin_joined(t.tokens.1, span))
                .flatten();
            let n = if dual || kin.is_some() { 2 } else { 1 };
            let piece = CountPiece {
                bare: !dual,
                ..CountPiece::exact(n, t.span.cover(kin.unwrap_or(next.span)))
            };
            match t.value.role {
                Role::Kill => kill_pieces.push(piece),
                _ => injury_pieces.push(piece),
            }
        }
        // "الرقيب فلان والجندي فلان وزميلهما الجندي فلان استشهدوا": persons listed before a
        // plural verb of death or injury, each named by a singular noun, are its count
        for t in kills.iter().chain(injures.iter()) {
            let linked = kill_pieces
                .iter()
                .chain(injury_pieces.iter())
                .any(|p: &CountPiece| p.span.contains(t.span));
            if linked {
                continue;
            }
            if let Some(piece) = self.listed_persons(span, t, triggers) {
                match t.value.role {
                    Role::Kill => kill_pieces.push(piece),
                    _ => injury_pieces.push(piece),
                }
            }
        }
        // "أطلقا النار على شرطي فقتلاه", "لقيا حتفهما", "شرطيين ... حيث قُتلا": with no figure
        // of the dead in the part, the pronoun on a word of death, or its verb in the dual,
        // names its victims, one or two (a word written with tanwin, "الموت قتلاً", is the
        // noun, no dual)
        if kill_pieces.is_empty() {
            let named = kills.iter().find_map(|t| {
                let last = t.tokens.1.checked_sub(1)?;
                let noun = doc.slice(doc.tokens[last].span).contains(TANWIN_FATH);
                // (a verb in the dual with no pronoun agrees with a dual told before it)
                let agrees = doc.tokens[last].key.ends_with(DUAL_PRONOUN)
                    || self.dual_antecedent(span, t.tokens.0);
                if self.cue_at_token(last, Cue::TwoVictims) && !noun && agrees {
                    Some((t.span, 2))
                } else if self.cue_at_token(last, Cue::OneVictim) {
                    Some((t.span, 1))
                } else {
                    None
                }
            });
            // (a verb of felling one man, "ترديه", right after "قبل أن" tells the doer's death,
            // though alone it is no word of death: "لترديه رصاصة الشرطة" in a story told)
            let named = named.or_else(|| {
                let doc = self.doc;
                (doc.tokens_in(span))
                    .find(|&i| {
                        self.cue_at_token(i, Cue::OneVictim) && self.after_ere(doc.tokens[i].span)
                    })
                    .map(|i| (doc.tokens[i].span, 1))
            });
            if let Some((at, n)) = named {
                // (right after "قبل أن", the one killed is the doer of the act told before him:
                // "نفذ بها المسلح ... أثناء هجومه ... قبل أن ترديه وحدات امنية قتيلا", an attacker
                // counted exactly, one the victims' toll told apart does not hold)
                let doer = n == 1 && self.after_ere(at);
                kill_pieces.push(CountPiece {
                    bare: n == 1 && !doer,
                    attacker: doer,
                    ..CountPiece::exact(n, at)
                });
            }
        }
    }
}

impl Context<'_> {
    /// Whether the sentence part `span` tells a dual before token `verb`, the antecedent a verb
    /// in the dual agrees with: a dual noun or a figure of two ("شرطيين بحرينيين كانا يؤديان
    /// واجبهما حيث قُتلا"), or a pronoun of the dual ([`Cue::DualPronoun`]: "شهيدي الواجب فلان
    /// وفلان اللذين استشهدا"). A word of the accusative in a list, "تفجيرا وذبحا وقتلا", has
    /// none: the noun, no verb.
    fn dual_antecedent(&self, span: Span, verb: usize) -> bool {
        let doc = self.doc;
        (doc.numbers_in(span))
            .any(|n| n.tokens.end <= verb && n.min == 2 && n.max == Some(2) && !n.vague && !n.date)
            || (doc.tokens_in(span)).any(|i| i < verb && self.cue_at_token(i, Cue::DualPronoun))
    }

    /// "إصابة رجل وزوجته", "مقتل امرأة وابنها": the span of one member of the family
    /// ([`Cue::OneKin`]) joined by "و" right after the singular person noun at token `person`,
    /// within the sentence part `span`, whose possessive pronoun is that person's (the
    /// feminine "ها" after a feminine noun, its key ending in the folded "ة", the masculine
    /// "ه" after any other): one person more. A pronoun of the other gender names somebody
    /// else's kin and is not read, nor a person noun with the article or a proclitic ("حادث
    /// قتل الرضيع ووالده": persons the reader knows, an act told again).
    pub(super) fn kin_joined(&self, person: usize, span: Span) -> Option<Span> {
        let doc = self.doc;
        let p = doc.tokens.get(person)?;
        let k = doc.tokens.get(person + 1)?;
        if !p.clitics.is_empty() || k.kind != TokenKind::Word || k.clitics != ["و"] {
            return None;
        }
        let hit = in_sentence(&self.cues, span)
            .find(|m| m.value == Cue::OneKin && m.tokens.0 == person + 1)?;
        let feminine = p.stem().ends_with(FEMININE_KEY_ENDING);
        let theirs = doc
            .last_token(hit.span)
            .is_some_and(|i| doc.tokens[i].key.ends_with(FEMININE_PRONOUN) == feminine);
        (theirs && hit.span.end <= span.end).then_some(hit.span)
    }
}

/// The end of a feminine noun's key: the ta marbuta, which the key folds into "ه" ("امرأة",
/// "شابة").
const FEMININE_KEY_ENDING: char = 'ه';

/// The feminine possessive pronoun on keys ("زوجها", "ابنها").
const FEMININE_PRONOUN: &str = "ها";

impl Context<'_> {
    /// "العمليتين الانتحاريتين اللتين نفذتهما فتاتان ... وأوقعتا 13 قتيلا": a figure (at token
    /// `first_tok`) right after a past verb of carrying out an act ([`Cue::Perpetrate`]) is the
    /// verb's subject, the attackers, not victims of the act (they count into its toll when they
    /// die in it, but a retelling that gives the victims' toll alone tells the same dead).
    pub(super) fn perpetrators(&self, first_tok: usize) -> bool {
        first_tok > 0 && self.cue_at_token(first_tok - 1, Cue::Perpetrate)
    }

    /// Whether the words at `span` stand right after "قبل أن" ([`Cue::Ere`], [`Cue::That`]):
    /// what befell the doer after the act told before them ("قبل أن ترديه وحدات امنية قتيلا").
    fn after_ere(&self, span: Span) -> bool {
        let doc = self.doc;
        doc.token_at(span.start).is_some_and(|t| {
            t >= 2 && self.cue_at_token(t - 1, Cue::That) && self.cue_at_token(t - 2, Cue::Ere)
        })
    }
}
