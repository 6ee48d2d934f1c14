//! `Geocoder::explain`: every candidate of each name of a text and why the winner won, for
//! gazetteer maintainers.

use std::fmt::Write as _;

use super::*;

impl Geocoder {
    /// Human-readable candidates and why the winner won, for gazetteer maintainers.
    pub fn explain(&self, text: &str) -> String {
        let doc = Document::analyze(text);
        self.with_words(&doc, |words| self.explain_doc(&doc, words))
    }

    pub(super) fn explain_doc(&self, doc: &Document, words: &[&WordInfo]) -> String {
        let (raws, res) = self.run(doc, words, true);
        let mut out = String::new();
        let base = self.word_context(doc, words);
        let ctx = self.country_context(&base, &raws, None);
        if !ctx.weights.is_empty() {
            let mut v: Vec<_> = ctx.weights.iter().map(|(c, w)| (c, w)).collect();
            v.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
            let s: Vec<String> = v.iter().map(|(c, w)| format!("{c} {w:.1}")).collect();
            let _ = writeln!(out, "country context: {}", s.join(", "));
        }
        if raws.is_empty() {
            out.push_str("no place names found\n");
        }
        for (m, r) in raws.iter().zip(res.iter()) {
            let cues: Vec<&str> = m.cues.iter().map(|c| c.text.as_str()).collect();
            let _ = writeln!(
                out,
                "\n«{}» [{}, {}){}{}{}",
                doc.slice(m.span),
                m.span.start,
                m.span.end,
                if cues.is_empty() {
                    String::new()
                } else {
                    format!(" cue: {}", cues.join(" + "))
                },
                if m.article_dropped {
                    " (matched without the article)"
                } else {
                    ""
                },
                if m.distance { " (distance)" } else { "" },
            );
            match &r.rejected {
                Some(why) => {
                    let _ = writeln!(out, "  not a place: {why}");
                }
                None => {
                    let mention = self.to_mention(doc, m, &r.ranked[0]);
                    let l = &mention.location;
                    let _ = writeln!(
                        out,
                        "  => {} ({}, {}{}) {:.4},{:.4} precision {}{}",
                        l.name,
                        mention.feature,
                        l.country.as_deref().unwrap_or("-"),
                        l.admin1
                            .as_deref()
                            .map(|a| format!(", {a}"))
                            .unwrap_or_default(),
                        l.lat.unwrap_or(0.0),
                        l.lon.unwrap_or(0.0),
                        l.precision.unwrap_or(0),
                        if mention.relative { ", relative" } else { "" },
                    );
                }
            }
            let total = r.ranked.len();
            for (i, s) in r.ranked.iter().take(6).enumerate() {
                let p = self.gaz.place(s.place);
                let why: Vec<String> = s
                    .reasons
                    .iter()
                    .map(|(w, v)| format!("{w} {v:+.2}"))
                    .collect();
                let _ = writeln!(
                    out,
                    "  {} {:>6.2} {} [{}] {} {} {:.3},{:.3}: {}",
                    if i == 0 { "*" } else { " " },
                    s.score,
                    p.name_en,
                    p.id,
                    p.feature.as_str(),
                    if p.country.is_empty() {
                        "-"
                    } else {
                        &p.country
                    },
                    p.lat,
                    p.lon,
                    why.join(", ")
                );
            }
            if total > 6 {
                let _ = writeln!(out, "    ... {} more candidates", total - 6);
            }
        }
        for sp in self.sub_places(doc, words, &raws, &res) {
            let m = self.sub_place_mention(doc, &sp, &raws, &res);
            let _ = writeln!(
                out,
                "\n«{}» [{}, {}) cue: {}\n  => {} {} not in the gazetteer: part of {} ({}) {:.4},{:.4} precision {}",
                m.text,
                m.span.start,
                m.span.end,
                sp.cue,
                sp.feature,
                m.text,
                m.location.name,
                doc.slice(raws[sp.anchor].span),
                m.location.lat.unwrap_or(0.0),
                m.location.lon.unwrap_or(0.0),
                m.location.precision.unwrap_or(0)
            );
        }
        out
    }
}
