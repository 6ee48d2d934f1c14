//! The doer's home town ("منفذ الهجوم رجل في العشرين من اديامان"): where the one who carried
//! out the act is from, not where the act happened (`Context::told_elsewhere`).

use rasd_lexicon::Role;
use rasd_text::TokenKind;

use crate::lexicon::Cue;
use crate::mention::Context;

/// How many words before "من" the word of a person's age, kind or nationality may stand, in
/// one phrase ("رجل في العشرين من", "لتركي في العقد الثاني من العمر من مدينة").
const PERSONA_WORDS: usize = 4;

impl Context<'_> {
    /// Whether the place opening at token `first` is the home of the act's doer: right after a
    /// preposition of whence ("من"; a feature noun may stand between, "من مدينة أديامان"), a
    /// word of a person's age, kind or nationality ([`Cue::Persona`]) at most
    /// [`PERSONA_WORDS`] words before the preposition in its phrase, and the sentence names the
    /// act's doer ([`Cue::Culprit`]: "منفذ الهجوم", or a singular doer, [`Cue::Doer`]:
    /// "المهاجم الانتحاري") and tells no death or injury (a victim "from" a village is often
    /// killed there: "قتلت الشاب أحمد علاونة (21 عاما) من قرية برقين").
    pub(in crate::slots) fn doer_home(&self, first: usize) -> bool {
        let doc = self.doc;
        let toks = &doc.tokens;
        // (the feature noun may open the mention or stand before it: "من مدينة أديامان")
        let noun = self.feature_noun(first, true);
        let Some(from) = self.word_before(noun.unwrap_or(first)) else {
            return false;
        };
        if !self.cue_at_token(from, Cue::Whence) || !toks[from].clitics.is_empty() {
            return false;
        }
        let Some(s) = doc.sentence_of_token(first) else {
            return false;
        };
        let start = doc.sentences[s].tokens.start;
        let persona = (from.saturating_sub(PERSONA_WORDS).max(start)..from)
            .rev()
            .take_while(|&i| toks[i].kind != TokenKind::Punct)
            .any(|i| self.cue_at_token(i, Cue::Persona));
        let tokens = doc.sentences[s].tokens.clone();
        persona
            && tokens
                .clone()
                .any(|i| self.cue_at_token(i, Cue::Culprit) || self.cue_at_token(i, Cue::Doer))
            && !crate::mention::in_sentence(&self.triggers, doc.sentences[s].span)
                .any(|h| matches!(h.value.role, Role::Kill | Role::Injure))
    }
}
