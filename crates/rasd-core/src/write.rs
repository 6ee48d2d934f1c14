//! Output writers behind one trait: JSONL (the record as is), CSV in ACLED's columns (then
//! rasd's own), GeoJSON (the CSV's cells as flat properties, only the rows with coordinates
//! unless asked). One [`Row`] gives the cells on every path: `rasd extract`, `rasd export` and
//! the API's exports.

use std::io::{self, Write};

use crate::record::{Event, Report, WireSpan};
use crate::taxonomy::{disorder_type, VAC};

/// The output formats of `rasd extract` and `rasd export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Geojson,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "jsonl" | "json" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "geojson" => Some(Format::Geojson),
            _ => None,
        }
    }
}

/// Which CSV columns to write: ACLED's 31 then rasd's own (the default), or ACLED's 31 alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Columns {
    #[default]
    All,
    Acled,
}

impl Columns {
    pub fn parse(s: &str) -> Option<Columns> {
        match s {
            "all" => Some(Columns::All),
            "acled" => Some(Columns::Acled),
            _ => None,
        }
    }

    /// The column names, in order.
    pub fn names(self) -> Vec<&'static str> {
        match self {
            Columns::All => ACLED_COLUMNS.iter().chain(RASD_COLUMNS).copied().collect(),
            Columns::Acled => ACLED_COLUMNS.to_vec(),
        }
    }

    /// The CSV header line, with its newline.
    pub fn header(self) -> String {
        self.names().join(",") + "\n"
    }
}

/// ACLED's 31 columns, in ACLED's order (DESIGN.md section 2, "CSV"). `rasd export --columns
/// acled` writes exactly these.
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// rasd's own columns, after ACLED's: the record's ids, status and confidence, the count's
/// qualifier and spread, the incident's wounded low / best / high beside its count of wounded,
/// the spans of its words, and the incident (cluster) it belongs to (empty for a record alone,
/// which is its own only mention).
pub const RASD_COLUMNS: &[&str] = &[
    "fatalities_qualifier",
    "fatalities_max",
    "injuries",
    "injuries_qualifier",
    "injuries_low",
    "injuries_best",
    "injuries_high",
    "plover_event",
    "plover_mode",
    "event_id",
    "doc_id",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "location_text",
    "confidence",
    "status",
    "schema_version",
    "cluster_id",
    "n_sources",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "mentions",
];

/// The incident a row stands for, in a store's export: the cluster's id, sources, toll and
/// mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Incident {
    pub cluster_id: i64,
    pub n_sources: i64,
    pub fatalities_low: Option<u64>,
    pub fatalities_best: Option<u64>,
    pub fatalities_high: Option<u64>,
    /// Its wounded, read as its dead are.
    pub injuries_low: Option<u64>,
    pub injuries_best: Option<u64>,
    pub injuries_high: Option<u64>,
    /// The event ids of its mentions.
    pub mentions: Vec<String>,
}

/// One output row: a record and what its report(s) tell beside it (DESIGN.md section 2,
/// "CSV"). Every path that writes CSV (`rasd extract`, `rasd export`, the API) builds a `Row`
/// and writes [`Row::cells`].
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The record (a cluster's representative, its fatalities the incident's best figure).
    pub event: &'a Event,
    /// ACLED's `source`: the outlets that told it, `; `-separated, first told first.
    pub source: String,
    /// The earliest publication date of its report(s): `event_date` when the record has no
    /// date of its own.
    pub published: Option<String>,
    /// ACLED's `notes`: the record's sentence ([`notes`]).
    pub notes: String,
    /// ACLED's `timestamp`: when rasd made the row's data, in Unix seconds (a store's ingest
    /// time, `rasd extract`'s run time).
    pub timestamp: Option<i64>,
    /// The incident, in a store's export; None for a record alone.
    pub incident: Option<Incident>,
}

impl<'a> Row<'a> {
    /// The row of a record alone, read from `report` at `timestamp`.
    pub fn of_report(event: &'a Event, report: &Report, timestamp: Option<i64>) -> Row<'a> {
        Row {
            event,
            source: outlet(report.source.as_deref(), report.url.as_deref(), &report.id),
            published: report.published.clone(),
            notes: notes(&report.text, event.sentence),
            timestamp,
            incident: None,
        }
    }

    /// ACLED's `event_date` and `time_precision` (DESIGN.md section 2, "CSV"): the record's
    /// own date (1 day, 2 week, 3 month or year), else the publication date with 3. Empty only
    /// when neither is known.
    pub fn event_date(&self) -> (String, Option<u8>) {
        let own = self.event.date.as_ref().filter(|d| d.text.is_some());
        match (own, &self.published, &self.event.date) {
            (Some(d), _, _) => (
                d.value.clone(),
                Some(match d.precision {
                    crate::DatePrecision::Day => 1,
                    crate::DatePrecision::Week => 2,
                    crate::DatePrecision::Month | crate::DatePrecision::Year => 3,
                }),
            ),
            (None, Some(p), _) => (p.clone(), Some(3)),
            // a date inferred from a publication date the row does not carry
            (None, None, Some(d)) => (d.value.clone(), Some(3)),
            (None, None, None) => (String::new(), None),
        }
    }

    /// ACLED's `event_id_cnty`: the country's ISO3 code (`XXX` when none is known) and a
    /// number, the cluster id for an incident, else [`record_number`] of the record.
    pub fn event_id_cnty(&self) -> String {
        let iso3 = self
            .country()
            .and_then(crate::countries::country)
            .map_or("XXX", |c| c.iso3.as_str());
        match &self.incident {
            Some(i) => format!("{iso3}{}", i.cluster_id),
            None => format!("{iso3}{}", record_number(&self.event.event_id)),
        }
    }

    fn country(&self) -> Option<&str> {
        self.event
            .location
            .as_ref()
            .and_then(|l| l.country.as_deref())
    }

    /// Every cell, in [`Columns::All`] order (the first 31 are ACLED's), typed: the CSV
    /// writes [`Cell::csv`], the GeoJSON properties [`Cell::json`].
    pub fn values(&self) -> Vec<Cell> {
        let e = self.event;
        let text = |v: Option<String>| v.map_or(Cell::Empty, Cell::Text);
        let int = |v: Option<i64>| v.map_or(Cell::Empty, Cell::Int);
        let count = |v: Option<u64>| int(v.map(|v| i64::try_from(v).unwrap_or(i64::MAX)));
        let (event_date, time_precision) = self.event_date();
        let inter1 = e.actor1.as_ref().map_or(0, |a| a.kind.inter());
        let inter2 = e.actor2.as_ref().map_or(0, |a| a.kind.inter());
        let loc = e.location.as_ref();
        let country = self.country();
        let civilian_targeting = e.event_type == VAC
            || e.actor2
                .as_ref()
                .is_some_and(|a| a.kind == crate::ActorKind::Civilians);
        let fat = e.fatalities.as_ref();
        let inj = e.injuries.as_ref();
        let inc = self.incident.as_ref();
        let year = event_date.get(..4).and_then(|y| y.parse().ok());
        let mut cells = vec![
            Cell::Text(self.event_id_cnty()),
            Cell::Text(event_date),
            int(year),
            int(time_precision.map(i64::from)),
            Cell::Text(disorder_type(&e.event_type).to_string()),
            Cell::Text(e.event_type.clone()),
            Cell::Text(e.sub_event_type.clone()),
            text(e.actor1.as_ref().map(|a| a.name.clone())),
            // assoc_actor_1: the record names one actor a side
            Cell::Empty,
            Cell::Int(inter1.into()),
            text(e.actor2.as_ref().map(|a| a.name.clone())),
            // assoc_actor_2
            Cell::Empty,
            Cell::Int(inter2.into()),
            Cell::Int(interaction(inter1, inter2).into()),
            text(civilian_targeting.then(|| "Civilian targeting".to_string())),
            int(country
                .and_then(crate::countries::country)
                .map(|c| c.iso_num.into())),
            text(
                country
                    .and_then(crate::countries::region)
                    .map(str::to_string),
            ),
            text(country.map(|iso| {
                crate::countries::country(iso).map_or(iso.to_string(), |c| c.name.clone())
            })),
            text(loc.and_then(|l| l.admin1.clone())),
            text(loc.and_then(|l| l.admin2.clone())),
            // admin3: the gazetteer has no third level
            Cell::Empty,
            text(loc.map(|l| l.name.clone())),
            loc.and_then(|l| l.lat)
                .map_or(Cell::Empty, |v| Cell::Fixed(v, 4)),
            loc.and_then(|l| l.lon)
                .map_or(Cell::Empty, |v| Cell::Fixed(v, 4)),
            int(loc.and_then(|l| l.precision).map(i64::from)),
            Cell::Text(self.source.clone()),
            // source_scale: not derived (DESIGN.md section 2, "CSV")
            Cell::Empty,
            Cell::Text(self.notes.clone()),
            count(Some(fat.and_then(|c| c.min).unwrap_or(0))),
            // tags
            Cell::Empty,
            int(self.timestamp),
        ];
        cells.extend([
            text(fat.map(|c| c.qualifier.as_str().to_string())),
            count(fat.and_then(|c| c.max)),
            count(inj.and_then(|c| c.min)),
            text(inj.map(|c| c.qualifier.as_str().to_string())),
            count(inc.and_then(|i| i.injuries_low)),
            count(inc.and_then(|i| i.injuries_best)),
            count(inc.and_then(|i| i.injuries_high)),
            Cell::Text(e.plover.event.clone()),
            text(e.plover.mode.clone()),
            Cell::Text(e.event_id.clone()),
            Cell::Text(e.doc_id.clone()),
            Cell::Text(e.trigger.text.clone()),
            count(Some(e.trigger.span[0] as u64)),
            count(Some(e.trigger.span[1] as u64)),
            text(loc.map(|l| l.text.clone())),
            Cell::Fixed(f64::from(e.confidence), 2),
            Cell::Text(e.status.as_str().to_string()),
            Cell::Int(e.schema_version.into()),
            int(inc.map(|i| i.cluster_id)),
            Cell::Int(inc.map_or(1, |i| i.n_sources)),
            count(inc.and_then(|i| i.fatalities_low)),
            count(inc.and_then(|i| i.fatalities_best)),
            count(inc.and_then(|i| i.fatalities_high)),
            Cell::Text(match inc {
                Some(i) => i.mentions.join("; "),
                None => e.event_id.clone(),
            }),
        ]);
        cells
    }

    /// Every cell as the CSV writes it, in [`Columns::All`] order (the first 31 are ACLED's).
    pub fn cells(&self) -> Vec<String> {
        self.values().iter().map(Cell::csv).collect()
    }

    /// The CSV line of `columns`, quoted ([`csv_field`]), with its newline.
    pub fn csv_line(&self, columns: Columns) -> String {
        let mut cells = self.cells();
        if columns == Columns::Acled {
            cells.truncate(ACLED_COLUMNS.len());
        }
        let mut line = cells
            .iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",");
        line.push('\n');
        line
    }
}

/// One cell of a [`Row`], typed, so that the CSV and the GeoJSON properties write the same
/// value: an integer is an integer in both (`2016`, never `2016.0`), a float has the CSV's
/// decimals in both, an empty CSV cell is a null property.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    /// A float and the decimals it is written with.
    Fixed(f64, usize),
}

impl Cell {
    /// The CSV cell (before quoting): empty, the text, the integer, the float to its decimals.
    pub fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Fixed(x, d) => format!("{x:.d$}"),
        }
    }

    /// The GeoJSON property: null for an empty cell (or an empty text), a string, an integer,
    /// or the number the CSV cell reads as (`35.1390` is 35.139; no `0.07999999821186066`).
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Empty => Value::Null,
            Cell::Text(s) if s.is_empty() => Value::Null,
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Int(i) => (*i).into(),
            Cell::Fixed(..) => self
                .csv()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(Value::Null, Value::Number),
        }
    }
}

/// ACLED's `interaction`: the two actors' inter codes, the lower first (17: state forces and
/// civilians); one actor alone is its code and 0 (20: rebels alone); none is 0.
pub fn interaction(inter1: u8, inter2: u8) -> u16 {
    let (a, b) = (inter1.min(inter2), inter1.max(inter2));
    if a == 0 {
        u16::from(b) * 10
    } else {
        u16::from(a) * 10 + u16::from(b)
    }
}

/// ACLED's `source` of a report: its outlet (`source`), else its url's host (without
/// `www.`), else its id.
pub fn outlet(source: Option<&str>, url: Option<&str>, id: &str) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    if let Some(host) = url.and_then(url_host) {
        return host.to_string();
    }
    id.to_string()
}

/// The host of a URL (`http://www.okaz.com.sa/new/...` -> `okaz.com.sa`), if it has one.
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.trim().split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The longest `notes`, in chars, before the "…" that says it was cut.
pub const NOTES_MAX_CHARS: usize = 300;

/// ACLED's `notes` of a record: the words of its sentence (`span`, in chars of `text`), white
/// space collapsed, cut at the last word boundary within [`NOTES_MAX_CHARS`] chars and ended
/// with "…" when longer.
pub fn notes(text: &str, span: WireSpan) -> String {
    // the sentence as a slice of `text` (its chars skipped, not decoded one by one)
    let from = after_chars(text, span[0]);
    let len = span[1].saturating_sub(span[0]);
    let sentence = &from[..from.len() - after_chars(from, len).len()];
    let mut out = String::new();
    let mut n = 0;
    for (i, w) in sentence.split_whitespace().enumerate() {
        let len = w.chars().count() + usize::from(i > 0);
        if n + len > NOTES_MAX_CHARS {
            if out.is_empty() {
                // one word longer than the limit: cut inside it
                out = w.chars().take(NOTES_MAX_CHARS).collect();
            }
            out.push('…');
            return out;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
        n += len;
    }
    out
}

/// What follows the first `n` chars of `s` (empty when it has fewer).
fn after_chars(s: &str, n: usize) -> &str {
    let mut chars = s.chars();
    if n > 0 {
        chars.nth(n - 1);
    }
    chars.as_str()
}

/// The number of a record that is no incident of a store (`rasd extract`, a mention left out
/// of the incident table) in `event_id_cnty`: 15 digits from a hash (FNV-1a 64) of its
/// `event_id`, the same in every run, never a small cluster id.
pub fn record_number(event_id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in event_id.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    100_000_000_000_000 + h % 900_000_000_000_000
}

/// What an output writes: its format, its CSV columns, and whether a GeoJSON output keeps the
/// rows without coordinates (as features with a null geometry; by default it leaves them out
/// and says how many).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub format: Format,
    pub columns: Columns,
    pub null_geometry: bool,
}

impl Shape {
    /// `format` with every CSV column and, in GeoJSON, only the rows with coordinates.
    pub fn new(format: Format) -> Shape {
        Shape {
            format,
            columns: Columns::All,
            null_geometry: false,
        }
    }

    /// What comes before the first row: the CSV header, GeoJSON's opening.
    pub fn head(self) -> Vec<u8> {
        match self.format {
            Format::Csv => self.columns.header().into_bytes(),
            Format::Geojson => GEOJSON_HEAD.to_vec(),
            Format::Jsonl => Vec::new(),
        }
    }

    /// What comes after the last row: GeoJSON's closing, with the number of rows it left out
    /// for want of coordinates ([`OMITTED_MEMBER`]).
    pub fn tail(self, tally: Tally) -> Vec<u8> {
        match self.format {
            Format::Geojson => {
                format!("\n],\"{OMITTED_MEMBER}\":{}}}\n", tally.omitted).into_bytes()
            }
            _ => Vec::new(),
        }
    }
}

/// The opening of a GeoJSON output.
const GEOJSON_HEAD: &[u8] = b"{\"type\":\"FeatureCollection\",\"features\":[\n";

/// The member of a GeoJSON FeatureCollection (after its `features`; RFC 7946 section 6.1
/// allows such "foreign members", and GIS tools ignore them) that says how many rows were
/// left out for want of coordinates: 0 when none was, or with null geometries kept.
pub const OMITTED_MEMBER: &str = "omitted_without_coordinates";

/// What an output wrote: its rows, and the rows a GeoJSON output left out for want of
/// coordinates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub rows: usize,
    pub omitted: usize,
}

/// Rows encoded apart from the writer that writes them, for example on the thread that
/// extracted them ([`Shape::encode`], [`EventWriter::write_encoded`]): each row's bytes without
/// a separator, or none for a GeoJSON row left out for want of coordinates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Encoded {
    bytes: Vec<u8>,
    /// Each row's end in `bytes`, None for a row left out.
    ends: Vec<Option<usize>>,
}

impl Encoded {
    /// Adds `event`'s JSONL line (the record alone).
    fn push_jsonl(&mut self, event: &Event) -> io::Result<()> {
        serde_json::to_writer(&mut self.bytes, event)?;
        self.bytes.push(b'\n');
        self.ends.push(Some(self.bytes.len()));
        Ok(())
    }

    /// The rows in order: each one's bytes, None for a row left out.
    fn rows(&self) -> impl Iterator<Item = Option<&[u8]>> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |end| {
            end.map(|end| {
                let row = &self.bytes[start..end];
                start = end;
                row
            })
        })
    }
}

impl Shape {
    /// Adds `row` to `out` as a writer of this shape writes it: JSONL's or CSV's line, GeoJSON's
    /// feature (its separator is the writer's), or a row left out (a GeoJSON row without
    /// coordinates when null geometries are not kept).
    pub fn encode(self, row: &Row<'_>, out: &mut Encoded) -> io::Result<()> {
        let kept = match self.format {
            Format::Jsonl => return out.push_jsonl(row.event),
            Format::Csv => {
                out.bytes
                    .extend_from_slice(row.csv_line(self.columns).as_bytes());
                true
            }
            Format::Geojson => {
                let f = geojson_feature(row);
                let kept = f.point.is_some() || self.null_geometry;
                if kept {
                    serde_json::to_writer(&mut out.bytes, &f)?;
                }
                kept
            }
        };
        out.ends.push(kept.then_some(out.bytes.len()));
        Ok(())
    }

    /// [`Shape::encode`] of the row of `event` read from `report` at `timestamp`
    /// ([`Row::of_report`]); a JSONL line is the record alone, so its row (the notes, the
    /// source) is not made.
    pub fn encode_record(
        self,
        event: &Event,
        report: &Report,
        timestamp: Option<i64>,
        out: &mut Encoded,
    ) -> io::Result<()> {
        if self.format == Format::Jsonl {
            return out.push_jsonl(event);
        }
        self.encode(&Row::of_report(event, report, timestamp), out)
    }
}

/// Writes rows one at a time; `finish` closes the document (GeoJSON's collection).
pub trait EventWriter {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()>;
    /// Writes rows that [`Shape::encode`] made for this writer's shape, as [`EventWriter::write`]
    /// would have written them.
    fn write_encoded(&mut self, rows: &Encoded) -> io::Result<()>;
    /// Closes the document and says what was written.
    fn finish(&mut self) -> io::Result<Tally>;
}

/// A writer of `shape` over `out`.
pub fn writer<'a, W: Write + 'a>(shape: Shape, out: W) -> Box<dyn EventWriter + 'a> {
    match shape.format {
        Format::Jsonl => Box::new(JsonlWriter { out, n: 0 }),
        Format::Csv => Box::new(CsvWriter {
            out,
            columns: shape.columns,
            rows: None,
        }),
        Format::Geojson => Box::new(GeoJsonWriter {
            out,
            null_geometry: shape.null_geometry,
            tally: None,
        }),
    }
}

pub struct JsonlWriter<W: Write> {
    out: W,
    n: usize,
}

impl<W: Write> EventWriter for JsonlWriter<W> {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, row.event)?;
        self.n += 1;
        self.out.write_all(b"\n")
    }
    fn write_encoded(&mut self, rows: &Encoded) -> io::Result<()> {
        self.out.write_all(&rows.bytes)?;
        self.n += rows.ends.len();
        Ok(())
    }
    fn finish(&mut self) -> io::Result<Tally> {
        self.out.flush()?;
        Ok(Tally {
            rows: self.n,
            omitted: 0,
        })
    }
}

pub struct CsvWriter<W: Write> {
    out: W,
    columns: Columns,
    /// The rows written, once the header is.
    rows: Option<usize>,
}

impl<W: Write> CsvWriter<W> {
    fn header(&mut self) -> io::Result<usize> {
        match self.rows {
            Some(n) => Ok(n),
            None => {
                self.out.write_all(self.columns.header().as_bytes())?;
                self.rows = Some(0);
                Ok(0)
            }
        }
    }
}

/// Quotes a CSV field when it needs it (RFC 4180), after [`formula_safe`].
pub fn csv_field(s: &str) -> String {
    let s = formula_safe(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, OWASP's list) gets a leading `'`; numbers such as `-12.5` stay numbers.
pub fn formula_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = s
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && s.parse::<f64>().is_ok();
    if risky && !number {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

impl<W: Write> EventWriter for CsvWriter<W> {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()> {
        let n = self.header()?;
        self.out.write_all(row.csv_line(self.columns).as_bytes())?;
        self.rows = Some(n + 1);
        Ok(())
    }
    fn write_encoded(&mut self, rows: &Encoded) -> io::Result<()> {
        if rows.ends.is_empty() {
            return Ok(());
        }
        let n = self.header()?;
        self.out.write_all(&rows.bytes)?;
        self.rows = Some(n + rows.ends.len());
        Ok(())
    }
    fn finish(&mut self) -> io::Result<Tally> {
        let rows = self.header()?;
        self.out.flush()?;
        Ok(Tally { rows, omitted: 0 })
    }
}

/// A GeoJSON FeatureCollection of [`geojson_feature`]s. A row without coordinates is left out
/// and counted ([`OMITTED_MEMBER`]), or with `null_geometry` written with a null geometry.
pub struct GeoJsonWriter<W: Write> {
    out: W,
    null_geometry: bool,
    /// What was written, once the collection is open.
    tally: Option<Tally>,
}

/// A float as GIS tools want it: rounded to `places` decimals (no `0.07999999821186066`).
fn rounded(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

/// A GeoJSON feature of one row ([`geojson_feature`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// The incident's cluster id, else the record's event id.
    pub id: serde_json::Value,
    /// `[longitude, latitude]`, to 5 decimals (about a metre); None for a null geometry.
    pub point: Option<[f64; 2]>,
    /// The properties, in order: the CSV's columns, then [`GEOJSON_EXTRA`].
    pub properties: Vec<(&'static str, serde_json::Value)>,
}

impl Feature {
    /// A property by name.
    pub fn property(&self, name: &str) -> Option<&serde_json::Value> {
        self.properties
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }
}

impl serde::Serialize for Feature {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Point([f64; 2]);
        impl serde::Serialize for Point {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("type", "Point")?;
                m.serialize_entry("coordinates", &self.0)?;
                m.end()
            }
        }
        // a map in this order (serde_json's own map would sort the keys)
        struct Properties<'a>(&'a [(&'static str, serde_json::Value)]);
        impl serde::Serialize for Properties<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("type", "Feature")?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("geometry", &self.point.map(Point))?;
        m.serialize_entry("properties", &Properties(&self.properties))?;
        m.end()
    }
}

/// The GeoJSON properties after the CSV's columns: the words of the date, the injuries' top,
/// the words of a status other than incident, the record's retellings in its report.
pub const GEOJSON_EXTRA: [&str; 4] = ["date_text", "injuries_max", "status_cue", "n_mentions"];

/// The GeoJSON feature of one row, with flat properties (QGIS and geopandas read no nested
/// objects): the CSV's cells ([`Row::values`]) under the CSV's column names, in its order
/// (ACLED's 31 first, so a GIS attribute table reads as the CSV), a number where the CSV has
/// one and null where its cell is empty, then [`GEOJSON_EXTRA`]. The full record with its
/// spans is the JSONL output.
pub fn geojson_feature(row: &Row<'_>) -> Feature {
    let e = row.event;
    let point = e
        .location
        .as_ref()
        .and_then(|l| Some([rounded(l.lon?, 5), rounded(l.lat?, 5)]));
    let mut properties: Vec<(&'static str, serde_json::Value)> = Columns::All
        .names()
        .into_iter()
        .zip(row.values().iter().map(Cell::json))
        .collect();
    let date = e.date.as_ref();
    properties.extend(GEOJSON_EXTRA.into_iter().zip([
        date.and_then(|d| d.text.clone()).into(),
        e.injuries.as_ref().and_then(|c| c.max).into(),
        e.status_cue.as_ref().map(|c| c.text.clone()).into(),
        e.mentions.len().max(1).into(),
    ]));
    let id = match &row.incident {
        Some(i) => i.cluster_id.into(),
        None => e.event_id.clone().into(),
    };
    Feature {
        id,
        point,
        properties,
    }
}

/// Writes `row` as a GeoJSON feature after the `tally.rows` written (a separator first), or,
/// when it has no coordinates and `null_geometry` is off, counts it in `tally.omitted`.
pub fn write_feature<W: Write>(
    out: &mut W,
    row: &Row<'_>,
    null_geometry: bool,
    tally: &mut Tally,
) -> io::Result<()> {
    let f = geojson_feature(row);
    if f.point.is_none() && !null_geometry {
        tally.omitted += 1;
        return Ok(());
    }
    if tally.rows > 0 {
        out.write_all(b",\n")?;
    }
    serde_json::to_writer(&mut *out, &f)?;
    tally.rows += 1;
    Ok(())
}

impl<W: Write> GeoJsonWriter<W> {
    fn open(&mut self) -> io::Result<Tally> {
        match self.tally {
            Some(t) => Ok(t),
            None => {
                self.out.write_all(GEOJSON_HEAD)?;
                self.tally = Some(Tally::default());
                Ok(Tally::default())
            }
        }
    }
}

impl<W: Write> EventWriter for GeoJsonWriter<W> {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()> {
        let mut tally = self.open()?;
        write_feature(&mut self.out, row, self.null_geometry, &mut tally)?;
        self.tally = Some(tally);
        Ok(())
    }
    fn write_encoded(&mut self, rows: &Encoded) -> io::Result<()> {
        if rows.ends.is_empty() {
            return Ok(());
        }
        let mut tally = self.open()?;
        for row in rows.rows() {
            match row {
                None => tally.omitted += 1,
                Some(bytes) => {
                    if tally.rows > 0 {
                        self.out.write_all(b",\n")?;
                    }
                    self.out.write_all(bytes)?;
                    tally.rows += 1;
                }
            }
        }
        self.tally = Some(tally);
        Ok(())
    }
    fn finish(&mut self) -> io::Result<Tally> {
        let tally = self.open()?;
        let shape = Shape {
            null_geometry: self.null_geometry,
            ..Shape::new(Format::Geojson)
        };
        self.out.write_all(&shape.tail(tally))?;
        self.out.flush()?;
        Ok(tally)
    }
}

#[cfg(test)]
mod tests;
