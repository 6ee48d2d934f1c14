//! `rasd analyze FILE...`: the text layer's analysis, for lexicon authors.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rasd_text::{Document, NumberMention, Qualifier};
use serde::Serialize;

#[derive(clap::Args)]
pub struct Args {
    /// Files to analyze (`-` or none for stdin).
    pub files: Vec<std::path::PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Wire type of one analyzed input (JSON output).
#[derive(Serialize)]
struct AnalyzeOut<'a> {
    schema_version: u32,
    file: String,
    sentences: Vec<SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    span: [usize; 2],
    text: &'a str,
    tokens: Vec<TokenOut<'a>>,
    numbers: Vec<NumberOut<'a>>,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    span: [usize; 2],
    text: &'a str,
    kind: rasd_text::TokenKind,
    key: &'a str,
    clitics: &'a [&'static str],
    stem: &'a str,
}

#[derive(Serialize)]
struct NumberOut<'a> {
    span: [usize; 2],
    text: &'a str,
    min: u64,
    max: Option<u64>,
    qualifier: Qualifier,
    cue: Option<&'a str>,
    vague: bool,
    dual_noun: bool,
    date: bool,
    decimal: bool,
}

fn number_out<'a>(doc: &'a Document, n: &NumberMention) -> NumberOut<'a> {
    NumberOut {
        span: [n.span.start, n.span.end],
        text: doc.slice(n.span),
        min: n.min,
        max: n.max,
        qualifier: n.qualifier,
        cue: n.cue_span.map(|c| doc.slice(c)),
        vague: n.vague,
        dual_noun: n.dual_noun,
        date: n.date,
        decimal: n.decimal,
    }
}

fn to_wire<'a>(file: &str, doc: &'a Document) -> AnalyzeOut<'a> {
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceOut {
            span: [s.span.start, s.span.end],
            text: doc.slice(s.span),
            tokens: doc
                .sentence_tokens(i)
                .iter()
                .map(|t| TokenOut {
                    span: [t.span.start, t.span.end],
                    text: doc.slice(t.span),
                    kind: t.kind,
                    key: &t.key,
                    clitics: t.clitics,
                    stem: t.stem(),
                })
                .collect(),
            numbers: doc.numbers_in(s.span).map(|n| number_out(doc, n)).collect(),
        })
        .collect();
    AnalyzeOut {
        schema_version: 1,
        file: file.to_string(),
        sentences,
    }
}

/// The output formats, behind one writer trait.
trait AnalyzeWriter {
    fn write(&mut self, out: &mut dyn Write, doc: &AnalyzeOut<'_>) -> std::io::Result<()>;
}

struct JsonWriter;

impl AnalyzeWriter for JsonWriter {
    fn write(&mut self, out: &mut dyn Write, doc: &AnalyzeOut<'_>) -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, doc)?;
        writeln!(out)
    }
}

struct TableWriter;

impl AnalyzeWriter for TableWriter {
    fn write(&mut self, out: &mut dyn Write, doc: &AnalyzeOut<'_>) -> std::io::Result<()> {
        writeln!(out, "== {}", doc.file)?;
        for (i, s) in doc.sentences.iter().enumerate() {
            writeln!(out, "sentence {i} [{}, {})", s.span[0], s.span[1])?;
            writeln!(
                out,
                "  {:<12} {:<6} {:<20} {:<20} {:<12} stem",
                "span", "kind", "text", "key", "clitics"
            )?;
            for t in &s.tokens {
                let kind = match t.kind {
                    rasd_text::TokenKind::Word => "word",
                    rasd_text::TokenKind::Number => "number",
                    rasd_text::TokenKind::Punct => "punct",
                    rasd_text::TokenKind::Quote => "quote",
                    rasd_text::TokenKind::Other => "other",
                };
                writeln!(
                    out,
                    "  {:<12} {:<6} {:<20} {:<20} {:<12} {}",
                    format!("{}..{}", t.span[0], t.span[1]),
                    kind,
                    t.text,
                    t.key,
                    t.clitics.join("+"),
                    t.stem
                )?;
            }
            for n in &s.numbers {
                let max = n.max.map(|m| m.to_string()).unwrap_or_else(|| "-".into());
                writeln!(
                    out,
                    "  mention {}..{} {:?} min={} max={} {}{}{}{}{}{}",
                    n.span[0],
                    n.span[1],
                    n.text,
                    n.min,
                    max,
                    n.qualifier.as_str(),
                    n.cue.map(|c| format!(" cue={c:?}")).unwrap_or_default(),
                    if n.vague { " vague" } else { "" },
                    if n.dual_noun { " dual" } else { "" },
                    if n.date { " date" } else { "" },
                    if n.decimal { " decimal" } else { "" },
                )?;
            }
        }
        Ok(())
    }
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("-: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "-: not valid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn read(path: &Path) -> Result<String, String> {
    if path.as_os_str() == "-" {
        read_stdin()
    } else {
        rasd_text::read_text_file(path).map_err(|e| e.to_string())
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let stderr = std::io::stderr();
    let failed = analyze_files(&args.files, args.json, &mut out, &mut stderr.lock())?;
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Analyzes every file (stdin for none or `-`), writing the analyses to `out` and one line per
/// unreadable file to `err`. Returns whether a file could not be read.
fn analyze_files(
    files: &[PathBuf],
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<bool> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut writer: Box<dyn AnalyzeWriter> = if json {
        Box::new(JsonWriter)
    } else {
        Box::new(TableWriter)
    };
    let mut failed = false;
    for path in files {
        match read(path) {
            Ok(text) => {
                let doc = Document::analyze(&text);
                let wire = to_wire(&path.display().to_string(), &doc);
                writer.write(out, &wire)?;
            }
            Err(e) => {
                out.flush()?;
                writeln!(err, "rasd: error: {e}")?;
                failed = true;
            }
        }
    }
    Ok(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rasd-analyze-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn table_shows_tokens_clitics_and_numbers() {
        let f = temp("a.txt", "قتل 3 أشخاص على الأقل بالموصل.".as_bytes());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let failed = analyze_files(&[f], false, &mut out, &mut err).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(!failed);
        assert!(err.is_empty());
        assert!(out.contains("sentence 0 [0, 30)"), "{out}");
        assert!(out.contains("ب+ال"), "{out}");
        assert!(
            out.contains("mention 4..5 \"3\" min=3 max=- at_least cue=\"على الأقل\""),
            "{out}"
        );
    }

    #[test]
    fn json_and_unreadable_files() {
        let good = temp("b.txt", "قتل ثلاثة.".as_bytes());
        let bad = temp("c.txt", b"\xd9\x82\xff");
        let missing = good.with_file_name("missing.txt");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let failed = analyze_files(&[bad, missing, good], true, &mut out, &mut err).unwrap();
        assert!(failed);
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("c.txt: not valid UTF-8 at byte 2"), "{err}");
        assert!(err.contains("missing.txt"), "{err}");
        let out = String::from_utf8(out).unwrap();
        let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["sentences"][0]["numbers"][0]["min"], 3);
        assert_eq!(v["sentences"][0]["tokens"][1]["text"], "ثلاثة");
    }
}
