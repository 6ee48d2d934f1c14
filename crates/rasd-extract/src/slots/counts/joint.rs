//! What a figure counts besides the dead or the wounded alone: both together after a pair of
//! verbs ("قتل وجرح 50") or over a joint noun ("عشرات القتلى والجرحى"), the fighters of both
//! sides ("من الطرفين"), or the acts themselves ("ثلاث هجمات").

use super::*;

impl Context<'_> {
    /// Whether "of both sides" ([`Cue::BothSides`]) stands within two words after the figure of
    /// the piece `p` ("اصيب العشرات من الطرفين", "عشرات الجرحى من الجانبين").
    pub(super) fn of_both_sides(&self, p: &CountPiece) -> bool {
        self.doc
            .last_token(p.span)
            .is_some_and(|t| (t + 1..=t + 2).any(|i| self.cue_at_token(i, Cue::BothSides)))
    }

    /// The span of a pair of verbs of death and injury ([`Cue::JointVerbs`]: "قتل وجرح", "قتل
    /// وأصيب") standing right before the figure `n` (its first token `first_tok`), when the
    /// figure counts the dead and the wounded together ("وقد قتل وجرح نحو 50", "كما قتل وأصيب
    /// ستة من أفراد المقاومة"): not when the figure counts others ("قتل وجرح اثنان آخران") or
    /// the first verb has a subject of its own right before it, a word in the indefinite
    /// accusative after "إن" or "أن" ("إن شخصا قتل وأصيب 15": one dead and 15 wounded), that
    /// is neither a clause opener ([`Cue::Clause`]: "كما", "فيما") nor after the pair's own "و".
    pub(super) fn joint_verbs_before(&self, n: &NumberMention, first_tok: usize) -> Option<Span> {
        let doc = self.doc;
        let last = first_tok.checked_sub(1)?;

        if !self.cue_at_token(last, Cue::JointVerbs) {
            return None;
        }
        let start = (0..=last)
            .rev()
            .take_while(|&i| self.cue_at_token(i, Cue::JointVerbs))
            .last()
            .unwrap_or(last);
        let others = doc
            .tokens
            .get(n.tokens.end)
            .is_some_and(|t| t.key.starts_with(OTHERS_STEM));
        let conj = doc.tokens[start]
            .clitics
            .first()
            .is_some_and(|&c| c == "و" || c == "ف");
        let subject = !conj
            && start > 0
            && doc.tokens[start - 1].kind == TokenKind::Word
            && !self.cue_at_token(start - 1, Cue::Clause)
            && doc.tokens[start - 1].key.ends_with(ACCUSATIVE_ALIF);
        (!others && !subject).then(|| doc.tokens[start].span.cover(doc.tokens[last].span))
    }

    /// Whether figure `n` is "one of" ([`Cue::OneOf`]: "أحد", "إحدى") right before another
    /// figure, or "من" and one ("كان أحد ثلاثة متطرفين معروفين قتلوا في الغارة", "إحدى 3
    /// ضحايا"): the one told is among the figure's, and counts nobody of his own.
    pub(super) fn one_of_figure(&self, n: &NumberMention) -> bool {
        let doc = self.doc;
        let next = |i: usize| {
            let k = doc.numbers.partition_point(|m| m.tokens.start < i);
            doc.numbers
                .get(k)
                .is_some_and(|m| m.tokens.start == i && !m.date)
        };
        n.min == 1
            && self.cue_at_token(n.tokens.start, Cue::OneOf)
            && (next(n.tokens.end)
                || (doc.tokens.get(n.tokens.end).is_some_and(|t| t.key == "من")
                    && next(n.tokens.end + 1)))
    }

    /// Whether figure `n` counts the acts themselves: a violent event word stands right after
    /// it ("ثلاث هجمات إرهابية", "خمس غارات", "عشرات الغارات"), one that names no persons
    /// (not a victim noun, "10 رهائن", "3 انتحاريين") nor a word of death or injury, with no
    /// preposition or conjunction on it. The figure counts no victims.
    pub(super) fn counts_acts(
        &self,
        n: &NumberMention,
        triggers: &[&Hit<&'static Trigger>],
        victim_matches: &[&Hit<&'static VictimEntry>],
    ) -> bool {
        // (a dual is its own noun: "انتحاريتين فجرتا" counts two persons)
        if n.dual_noun {
            return false;
        }
        let next = n.tokens.end;
        // (the noun the figure counts, with no preposition or conjunction on it: "إصابة 30
        // بانفجار", "مقتل سبعة وخطف ثلاثة" tell the act after a count of victims)
        let bare =
            (self.doc.tokens.get(next)).is_some_and(|t| t.clitics.iter().all(|&c| c == "ال"));
        let act = bare
            && triggers
                .iter()
                .any(|t| t.tokens.0 == next && t.value.role == Role::Event && t.value.is_violent());
        act && !triggers
            .iter()
            .any(|t| t.tokens.0 == next && matches!(t.value.role, Role::Kill | Role::Injure))
            && !victim_matches.iter().any(|v| v.tokens.0 == next)
    }

    /// The figure of a piece that counts the dead and the wounded together ("عشرات القتلى
    /// والجرحى", "250 شخصا بين قتيل وجريح"): its words hold a figure and a [`Cue::Mixed`].
    /// The piece is some of each; the figure still tells a count of victims, and its size.
    pub(crate) fn joint_figure(&self, p: &CountPiece) -> Option<u64> {
        let doc = self.doc;
        doc.tokens_in(p.span)
            .any(|i| self.cue_at_token(i, Cue::Mixed))
            .then(|| doc.numbers_in(p.span).map(|n| n.max.unwrap_or(n.min)).max())
            .flatten()
    }
}

/// The ending of a noun or adjective in the indefinite accusative on keys ("شخصا", "تركيا"):
/// after "إن" or "أن", the subject of the verb right after it.
const ACCUSATIVE_ALIF: &str = "ا";
