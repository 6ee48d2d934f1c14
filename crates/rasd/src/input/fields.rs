//! Where each field of a JSONL report is read from: the names given on the command line
//! (`--text-field` ...) or the first automatic name (`data/input_fields.tsv`) a line holds.
use std::collections::HashMap;

use rasd_core::{valid_date, Report};

use super::{escape, keys};

/// The automatic field names of a JSONL report, by field.
const INPUT_FIELDS_TSV: &str = include_str!("../../data/input_fields.tsv");

/// The JSONL fields a report is read from (`rasd extract` and `rasd ingest`); a field not
/// named takes the first of its automatic names that a line holds (README.md, "Input
/// formats").
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FieldArgs {
    /// The JSONL field of a report's id [default: id, doc_id; none: an id derived from the line].
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// The JSONL field of a report's text [default: text, content, body].
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// The JSONL field of a report's title, read before the text with a newline between
    /// [default: title, headline].
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// The JSONL field of a report's publication date, YYYY-MM-DD or a date-time cut to its day
    /// [default: published, date, published_at, date_published, pubdate, date_extracted].
    #[arg(long, value_name = "NAME")]
    pub published_field: Option<String>,
    /// The JSONL field of a report's outlet [default: source, outlet, publisher].
    #[arg(long, value_name = "NAME")]
    pub source_field: Option<String>,
    /// The JSONL field of a report's url [default: url, link].
    #[arg(long, value_name = "NAME")]
    pub url_field: Option<String>,
}

/// Where one field of a report is read from: a name given on the command line, or the
/// automatic names in order.
#[derive(Debug, Clone)]
struct Names {
    names: Vec<String>,
    /// The option that gave the name, when one did (`--text-field`).
    given: Option<&'static str>,
}

/// Where each field of a report is read from in a JSONL line.
#[derive(Debug, Clone)]
pub struct FieldMap {
    id: Names,
    text: Names,
    title: Names,
    published: Names,
    source: Names,
    url: Names,
}

/// `data/input_fields.tsv`: `(field, names)` after `#` comments and a header.
fn parse_input_fields(tsv: &str) -> Result<HashMap<String, Vec<String>>, String> {
    let mut out = HashMap::new();
    let rows = tsv
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1);
    for (i, line) in rows {
        match line.split('\t').collect::<Vec<_>>()[..] {
            [field, names] if !names.is_empty() => {
                out.insert(
                    field.to_string(),
                    names.split('|').map(str::to_string).collect(),
                );
            }
            _ => return Err(format!("input_fields.tsv:{}: expected field, names", i + 1)),
        }
    }
    Ok(out)
}

impl FieldMap {
    pub fn new(args: &FieldArgs) -> FieldMap {
        let auto = parse_input_fields(INPUT_FIELDS_TSV).unwrap_or_default();
        let names = |field: &str, given: &Option<String>, option: &'static str| match given {
            Some(name) => Names {
                names: vec![name.clone()],
                given: Some(option),
            },
            None => Names {
                names: auto
                    .get(field)
                    .cloned()
                    .unwrap_or_else(|| vec![field.into()]),
                given: None,
            },
        };
        FieldMap {
            id: names("id", &args.id_field, "--id-field"),
            text: names("text", &args.text_field, "--text-field"),
            title: names("title", &args.title_field, "--title-field"),
            published: names("published", &args.published_field, "--published-field"),
            source: names("source", &args.source_field, "--source-field"),
            url: names("url", &args.url_field, "--url-field"),
        }
    }

    /// The report of one JSONL line (its JSON object and its bytes), or why it is none.
    pub(super) fn report(
        &self,
        obj: &serde_json::Map<String, serde_json::Value>,
        line: &str,
    ) -> Result<Report, String> {
        // (text and title are read in place: the report's text is their one copy)
        let text_of = |v| serde_json::Value::as_str(v);
        let Some((_, text)) = pick(obj, &self.text, true, text_of)? else {
            return Err(match self.text.given {
                Some(opt) => format!(
                    "no field `{}` ({opt}); this line has: {}",
                    escape(&self.text.names[0]),
                    keys(obj)
                ),
                None => format!(
                    "no text: a report's text is in `{}` (or name its field with --text-field); \
                     this line has: {}",
                    self.text.names.join("`, `"),
                    keys(obj)
                ),
            });
        };
        let id_of = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let id = match pick(obj, &self.id, true, id_of)? {
            Some((_, id)) => id,
            None if self.id.given.is_some() => {
                return Err(format!(
                    "no field `{}` (--id-field); this line has: {}",
                    escape(&self.id.names[0]),
                    keys(obj)
                ))
            }
            None => line_id(line),
        };
        let title = pick(obj, &self.title, false, text_of)?.map(|(_, t)| t);
        let published = match pick(obj, &self.published, false, text_of)? {
            Some((field, p)) => Some(day_of(p).ok_or_else(|| {
                format!(
                    "`{}` is not a date YYYY-MM-DD (nor a date-time starting with one): \"{}\"",
                    escape(field),
                    escape(&p.chars().take(40).collect::<String>())
                )
            })?),
            None => None,
        };
        let owned = |v: &serde_json::Value| v.as_str().map(str::to_string);
        let source = pick(obj, &self.source, false, owned)?.map(|(_, s)| s);
        let url = pick(obj, &self.url, false, owned)?.map(|(_, s)| s);
        Ok(Report {
            id,
            text: Report::join_title(title.unwrap_or(""), text),
            published,
            source,
            url,
        })
    }
}

impl Default for FieldMap {
    fn default() -> FieldMap {
        FieldMap::new(&FieldArgs::default())
    }
}

/// The value of a field: the given name's (an error when it holds no value `read` takes), or
/// the first automatic name's that `read` takes. Null is no value; so is the empty string
/// unless `empty` (a text may be empty; an empty id is refused by its own check).
fn pick<'a, 'v, T>(
    obj: &'v serde_json::Map<String, serde_json::Value>,
    names: &'a Names,
    empty: bool,
    read: impl Fn(&'v serde_json::Value) -> Option<T>,
) -> Result<Option<(&'a str, T)>, String> {
    for name in &names.names {
        let Some(v) = obj.get(name.as_str()) else {
            continue;
        };
        if v.is_null() || (!empty && v.as_str() == Some("")) {
            continue;
        }
        match read(v) {
            Some(x) => return Ok(Some((name.as_str(), x))),
            None if names.given.is_some() => {
                return Err(format!("field `{}` is {}, not text", escape(name), kind(v)))
            }
            None => {}
        }
    }
    Ok(None)
}

/// The JSON kind of a value, for a message.
fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The day of a publication date: `YYYY-MM-DD`, or a date-time starting with one
/// (`2015-07-21 02:51:32`, `2015-07-21T02:51:32Z`) cut to its day.
fn day_of(s: &str) -> Option<String> {
    let s = s.trim();
    if valid_date(s) {
        return Some(s.to_string());
    }
    let (day, rest) = (s.get(..10)?, s.get(10..)?);
    (valid_date(day) && rest.starts_with(['T', 't', ' '])).then(|| day.to_string())
}

/// The id of a JSONL line that has none: `line-` and 16 hex digits of a hash (FNV-1a 64) of the
/// line's bytes (without trailing white space), so the same line gets the same id in every run
/// and every file.
pub fn line_id(line: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in line.trim_end().as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("line-{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_field_names_cover_every_field() {
        let auto = parse_input_fields(INPUT_FIELDS_TSV).unwrap();
        for field in ["id", "text", "title", "published", "source", "url"] {
            assert!(auto.get(field).is_some_and(|n| n[0] == field), "{field}");
        }
        assert_eq!(auto.len(), 6);
        assert!(auto["text"].contains(&"content".to_string()));
        assert!(auto["published"].contains(&"date_extracted".to_string()));
        assert!(parse_input_fields("field\tnames\ntext\n").is_err());
    }

    #[test]
    fn a_date_time_is_cut_to_its_day() {
        assert_eq!(day_of("2015-07-21").as_deref(), Some("2015-07-21"));
        assert_eq!(day_of("2015-07-21 02:51:32").as_deref(), Some("2015-07-21"));
        assert_eq!(
            day_of("2015-07-21T02:51:32Z").as_deref(),
            Some("2015-07-21")
        );
        for bad in [
            "2015-02-30 10:00",
            "21/07/2015",
            "2015-07-21x",
            "yesterday",
            "٢٠١٥",
        ] {
            assert_eq!(day_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_line_without_id_gets_one_from_its_bytes() {
        let a = line_id(r#"{"content": "نص"}"#);
        assert_eq!(a, line_id("{\"content\": \"نص\"}\r\n"));
        assert_ne!(a, line_id(r#"{"content": "نص آخر"}"#));
        assert!(a.starts_with("line-") && a.len() == 21, "{a}");
        let map = FieldMap::default();
        let line =
            r#"{"content": "نص", "title": "عنوان", "date": "2016-10-22 08:00", "url": null}"#;
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let r = map.report(v.as_object().unwrap(), line).unwrap();
        assert_eq!(r.id, line_id(line));
        assert_eq!(r.text, "عنوان\nنص");
        assert_eq!(r.published.as_deref(), Some("2016-10-22"));
        assert_eq!(r.url, None);
    }
}
