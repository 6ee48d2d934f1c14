//! Features: what the detector (crate::detect, weights in data/detector.tsv) reads of a
//! mention's words.

use rasd_core::Location;
use rasd_lexicon::{Role, Trigger};
use rasd_text::{Span, TokenKind};

use crate::lexicon::Cue;
use crate::mention::{in_sentence, Context, Hit};
use crate::slots::counts::CountPiece;

impl Context<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn features(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        main: Option<Hit<&'static Trigger>>,
        kills: (&[CountPiece], bool),
        injuries: (&[CountPiece], bool),
        location: &Option<Location>,
        own_date: bool,
        (actor1, target): (bool, bool),
        irrealis: bool,
    ) -> crate::detect::Features {
        let doc = self.doc;
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        // a figure, or a person told for the first time ("مقتل صحافي"); "اغتيال الصحافي" names
        // somebody the reader already knows of, as a story about a known killing does (a figure
        // of the dead and the wounded together, "عشرات القتلى والجرحى", counts some of each: its
        // words hold the figure)
        let counted = |ps: &[CountPiece]| {
            ps.iter().any(|p| {
                let last = doc.last_token(p.span);
                p.min != 1
                    || last.is_none_or(|l| !doc.tokens[l].clitics.contains(&"ال"))
                    || self.joint_figure(p).is_some()
            })
        };
        let all: Vec<_> = in_sentence(&self.triggers, span).collect();
        // negative cues before the incident's words frame them ("نفى أن ..."); after them they
        // are mostly another clause's business
        let trigger_at = main.map(|m| m.span.start).unwrap_or(span.end);
        let negatives = all
            .iter()
            .filter(|t| t.value.role == Role::Negative && t.span.start < trigger_at)
            .count();
        let negatives_after = all
            .iter()
            .filter(|t| t.value.role == Role::Negative && t.span.start >= trigger_at)
            .count();
        let claims = all.iter().any(|t| t.value.role == Role::Claim);
        let violent = triggers
            .iter()
            .filter(|t| t.value.role != Role::Negative && t.value.role != Role::Claim)
            .count();
        let definite = main.is_some_and(|m| rasd_text::key(doc.slice(m.span)).starts_with("ال"));
        // what stands in the three words before the incident's word: "بعد هجوم" (background),
        // "التخطيط لهجوم" (topic), "الذي ..." (a description)
        let before = |cue: Cue| {
            main.is_some_and(|m| {
                (m.tokens.0.saturating_sub(3)..m.tokens.0).any(|i| self.cue_at_token(i, cue))
            })
        };
        let background = before(Cue::Background);
        let topic = before(Cue::Topic);
        let relative = before(Cue::Relative);
        // the speaker comes before the incident's word: "قال مسؤول إن ..."
        let speaker = crate::mention::in_sentence(&self.cues, span)
            .any(|c| c.value == Cue::Speaker && span.contains(c.span) && c.span.start < trigger_at);
        let settlement = location
            .as_ref()
            .is_some_and(|l| l.precision.is_some_and(|p| p <= 2));
        let sentence_text = doc.slice(span);
        let tokens = doc
            .sentence_at(span.start)
            .map(|s| &doc.tokens[doc.sentences[s].tokens.clone()])
            .unwrap_or(&[]);
        // "وكانت ... قد قتلت": narrated background, not the news of the day
        let pluperfect = tokens
            .iter()
            .any(|t| t.stem() == "كان" || t.stem() == "كانت")
            && tokens.iter().any(|t| t.key == "قد");
        // a year before publication ("في 2003") recalls history
        let year = self.published.map(|p| p.year as u64);
        let old_year = doc.numbers_in(span).any(|n| {
            n.max == Some(n.min) && (1900..2100).contains(&n.min) && year.is_some_and(|y| n.min < y)
        });
        let recent_date = self.published.is_some_and(|p| {
            self.dates_in(span).iter().any(|d| {
                span.contains(d.span)
                    && d.precision == rasd_core::DatePrecision::Day
                    && (p.ordinal() - d.day.ordinal()).abs() <= 7
            })
        });
        // the main trigger inside «...»: somebody's words
        let quoted = main.is_some_and(|m| {
            let before = &tokens[..tokens
                .iter()
                .take_while(|t| t.span.end <= m.span.start)
                .count()];
            let opens = before.iter().filter(|t| t.key == "«").count();
            let closes = before.iter().filter(|t| t.key == "»").count();
            opens > closes
        });
        // the sentence opens with the violent word ("وقتل ...", "أصيب ...", "انفجرت ...")
        let first = tokens
            .iter()
            .position(|t| t.kind != TokenKind::Punct && t.span.start >= span.start);
        let lead_verb = first.is_some_and(|f| {
            let at = tokens[f].span.start;
            all.iter().any(|t| {
                t.span.start == at
                    && matches!(t.value.role, Role::Kill | Role::Injure | Role::Event)
            })
        });
        let n_tokens = doc
            .sentence_at(span.start)
            .map(|s| doc.sentences[s].tokens.len())
            .unwrap_or(1)
            .max(1);
        [
            b(main.is_some()),
            b(definite),
            b(counted(kills.0)),
            b(!counted(kills.0) && kills.1),
            b(counted(injuries.0)),
            b(!counted(injuries.0) && injuries.1),
            b(settlement),
            b(location.is_some() && !settlement),
            b(own_date),
            b(actor1),
            b(target),
            negatives.min(3) as f32,
            negatives_after.min(3) as f32,
            b(claims),
            b(background),
            b(irrealis),
            main.map(|m| m.value.priority as f32 / 100.0).unwrap_or(0.0),
            violent.min(4) as f32 / 4.0,
            b(sentence_text.contains(['؟', '?'])),
            (n_tokens as f32).ln(),
            b(pluperfect),
            b(old_year),
            b(recent_date),
            b(quoted),
            b(topic),
            b(relative),
            b(lead_verb),
            b(speaker),
        ]
    }
}
