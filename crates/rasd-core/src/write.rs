//! Output writers behind one trait: JSONL (the record as is), CSV in ACLED's columns (then
//! rasd's own), GeoJSON. One [`Row`] gives the CSV cells on every path: `rasd extract`, `rasd
//! export` and the API's CSV export.

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
/// qualifier and spread, the spans of its words, and the incident (cluster) it belongs to
/// (empty for a record alone, which is its own only mention).
pub const RASD_COLUMNS: &[&str] = &[
    "fatalities_qualifier",
    "fatalities_max",
    "injuries",
    "injuries_qualifier",
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

    /// Every cell, in [`Columns::All`] order (the first 31 are ACLED's).
    pub fn cells(&self) -> Vec<String> {
        let e = self.event;
        let opt = |v: Option<String>| v.unwrap_or_default();
        let (event_date, time_precision) = self.event_date();
        let inter1 = e.actor1.as_ref().map_or(0, |a| a.kind.inter());
        let inter2 = e.actor2.as_ref().map_or(0, |a| a.kind.inter());
        let loc = e.location.as_ref();
        let country = self.country();
        let civilian_targeting = if e.event_type == VAC
            || e.actor2
                .as_ref()
                .is_some_and(|a| a.kind == crate::ActorKind::Civilians)
        {
            "Civilian targeting"
        } else {
            ""
        };
        let fat = e.fatalities.as_ref();
        let inj = e.injuries.as_ref();
        let inc = self.incident.as_ref();
        let mut cells = vec![
            self.event_id_cnty(),
            event_date.clone(),
            event_date.get(..4).unwrap_or_default().to_string(),
            opt(time_precision.map(|p| p.to_string())),
            disorder_type(&e.event_type).to_string(),
            e.event_type.clone(),
            e.sub_event_type.clone(),
            opt(e.actor1.as_ref().map(|a| a.name.clone())),
            String::new(),
            inter1.to_string(),
            opt(e.actor2.as_ref().map(|a| a.name.clone())),
            String::new(),
            inter2.to_string(),
            interaction(inter1, inter2).to_string(),
            civilian_targeting.to_string(),
            opt(country
                .and_then(crate::countries::country)
                .map(|c| c.iso_num.to_string())),
            opt(country
                .and_then(crate::countries::region)
                .map(str::to_string)),
            opt(country.map(|iso| {
                crate::countries::country(iso).map_or(iso.to_string(), |c| c.name.clone())
            })),
            opt(loc.and_then(|l| l.admin1.clone())),
            opt(loc.and_then(|l| l.admin2.clone())),
            // admin3: the gazetteer has no third level
            String::new(),
            opt(loc.map(|l| l.name.clone())),
            opt(loc.and_then(|l| l.lat).map(|v| format!("{v:.4}"))),
            opt(loc.and_then(|l| l.lon).map(|v| format!("{v:.4}"))),
            opt(loc.and_then(|l| l.precision).map(|p| p.to_string())),
            self.source.clone(),
            // source_scale: not derived (DESIGN.md section 2, "CSV")
            String::new(),
            self.notes.clone(),
            fat.and_then(|c| c.min).unwrap_or(0).to_string(),
            // tags
            String::new(),
            opt(self.timestamp.map(|t| t.to_string())),
        ];
        cells.extend([
            opt(fat.map(|c| c.qualifier.as_str().to_string())),
            opt(fat.and_then(|c| c.max).map(|v| v.to_string())),
            opt(inj.and_then(|c| c.min).map(|v| v.to_string())),
            opt(inj.map(|c| c.qualifier.as_str().to_string())),
            e.plover.event.clone(),
            opt(e.plover.mode.clone()),
            e.event_id.clone(),
            e.doc_id.clone(),
            e.trigger.text.clone(),
            e.trigger.span[0].to_string(),
            e.trigger.span[1].to_string(),
            opt(loc.map(|l| l.text.clone())),
            format!("{:.2}", e.confidence),
            e.status.as_str().to_string(),
            e.schema_version.to_string(),
            opt(inc.map(|i| i.cluster_id.to_string())),
            inc.map_or(1, |i| i.n_sources).to_string(),
            opt(inc.and_then(|i| i.fatalities_low).map(|v| v.to_string())),
            opt(inc.and_then(|i| i.fatalities_best).map(|v| v.to_string())),
            opt(inc.and_then(|i| i.fatalities_high).map(|v| v.to_string())),
            match inc {
                Some(i) => i.mentions.join("; "),
                None => e.event_id.clone(),
            },
        ]);
        cells
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
    let sentence: String = text
        .chars()
        .skip(span[0])
        .take(span[1].saturating_sub(span[0]))
        .collect();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut out = String::new();
    let mut n = 0;
    for (i, w) in words.iter().enumerate() {
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

/// Writes rows one at a time; `finish` closes the document (GeoJSON's collection).
pub trait EventWriter {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

/// A writer for `format` over `out`; `columns` applies to CSV.
pub fn writer<'a, W: Write + 'a>(
    format: Format,
    columns: Columns,
    out: W,
) -> Box<dyn EventWriter + 'a> {
    match format {
        Format::Jsonl => Box::new(JsonlWriter { out }),
        Format::Csv => Box::new(CsvWriter {
            out,
            columns,
            header: false,
        }),
        Format::Geojson => Box::new(GeoJsonWriter { out, n: 0 }),
    }
}

pub struct JsonlWriter<W: Write> {
    out: W,
}

impl<W: Write> EventWriter for JsonlWriter<W> {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, row.event)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub struct CsvWriter<W: Write> {
    out: W,
    columns: Columns,
    header: bool,
}

impl<W: Write> CsvWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        if !self.header {
            self.out.write_all(self.columns.header().as_bytes())?;
            self.header = true;
        }
        Ok(())
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
        self.header()?;
        self.out.write_all(row.csv_line(self.columns).as_bytes())
    }
    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }
}

/// A GeoJSON FeatureCollection; events without coordinates get a null geometry.
pub struct GeoJsonWriter<W: Write> {
    out: W,
    n: usize,
}

/// A float as GIS tools want it: rounded to `places` decimals (no `0.07999999821186066`).
fn rounded(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

/// The GeoJSON feature of one event, with flat properties (QGIS and geopandas read no nested
/// objects): every property is a string, a number, a boolean or null; the full record with its
/// spans is the JSONL output.
pub fn geojson_feature(e: &Event) -> serde_json::Value {
    let loc = e.location.as_ref();
    let geometry = match loc.and_then(|l| Some((l.lon?, l.lat?))) {
        Some((lon, lat)) => serde_json::json!({"type": "Point",
            "coordinates": [rounded(lon, 5), rounded(lat, 5)]}),
        None => serde_json::Value::Null,
    };
    let date = e.date.as_ref();
    let time_precision = date.map(|d| match d.precision {
        crate::DatePrecision::Day => 1,
        crate::DatePrecision::Week => 2,
        crate::DatePrecision::Month | crate::DatePrecision::Year => 3,
    });
    let count = |c: Option<&crate::Count>| {
        (
            c.and_then(|c| c.min),
            c.and_then(|c| c.max),
            c.map(|c| c.qualifier.as_str()),
        )
    };
    let (fat, fat_max, fat_q) = count(e.fatalities.as_ref());
    let (inj, inj_max, inj_q) = count(e.injuries.as_ref());
    let properties = serde_json::json!({
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "event_date": date.map(|d| d.value.as_str()),
        "time_precision": time_precision,
        "date_text": date.and_then(|d| d.text.as_deref()),
        "disorder_type": disorder_type(&e.event_type),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover_event": e.plover.event,
        "plover_mode": e.plover.mode,
        "actor1": e.actor1.as_ref().map(|a| a.name.as_str()),
        "inter1": e.actor1.as_ref().map(|a| a.kind.inter()),
        "actor2": e.actor2.as_ref().map(|a| a.name.as_str()),
        "inter2": e.actor2.as_ref().map(|a| a.kind.inter()),
        "location": loc.map(|l| l.name.as_str()),
        "location_text": loc.map(|l| l.text.as_str()),
        "country": loc.and_then(|l| l.country.as_deref()),
        "admin1": loc.and_then(|l| l.admin1.as_deref()),
        "admin2": loc.and_then(|l| l.admin2.as_deref()),
        "geo_precision": loc.and_then(|l| l.precision),
        "fatalities": fat,
        "fatalities_max": fat_max,
        "fatalities_qualifier": fat_q,
        "injuries": inj,
        "injuries_max": inj_max,
        "injuries_qualifier": inj_q,
        "trigger_text": e.trigger.text,
        "status": e.status.as_str(),
        "status_cue": e.status_cue.as_ref().map(|c| c.text.as_str()),
        "n_mentions": e.mentions.len().max(1),
        "confidence": rounded(f64::from(e.confidence), 2),
        "schema_version": e.schema_version,
    });
    serde_json::json!({"type": "Feature", "id": e.event_id, "geometry": geometry,
                       "properties": properties})
}

impl<W: Write> EventWriter for GeoJsonWriter<W> {
    fn write(&mut self, row: &Row<'_>) -> io::Result<()> {
        if self.n == 0 {
            self.out
                .write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        } else {
            self.out.write_all(b",\n")?;
        }
        self.n += 1;
        serde_json::to_writer(&mut self.out, &geojson_feature(row.event))?;
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        if self.n == 0 {
            self.out
                .write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        }
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::*;

    pub(crate) fn sample() -> Event {
        Event {
            schema_version: SCHEMA_VERSION,
            event_id: "doc:5".into(),
            doc_id: "doc".into(),
            sentence: [0, 40],
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Air/drone strike".into(),
            plover: Plover {
                event: "ASSAULT".into(),
                mode: Some("aerial".into()),
            },
            trigger: TextSpan {
                text: "قصف جوي".into(),
                span: [5, 12],
            },
            date: None,
            actor1: None,
            actor2: None,
            location: Some(Location {
                name: "Daquq".into(),
                text: "داقوق".into(),
                span: [20, 25],
                country: Some("IQ".into()),
                admin1: Some("Kirkuk, \"north\"".into()),
                admin2: None,
                lat: Some(35.139),
                lon: Some(44.449),
                geonames_id: Some(90220),
                precision: Some(1),
            }),
            fatalities: Some(Count {
                min: Some(15),
                max: Some(15),
                qualifier: Qualifier::Exact,
                text: "15".into(),
                span: [0, 2],
            }),
            injuries: None,
            victims: vec![],
            confidence: 0.8,
            status: crate::Status::Incident,
            status_cue: None,
            mentions: vec![],
        }
    }

    /// The report `sample()` comes from.
    fn report() -> Report {
        Report {
            id: "doc".into(),
            text: "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف مجلس عزاء في داقوق.".into(),
            published: Some("2016-10-22".into()),
            source: None,
            url: Some("https://www.aawsat.com/home/article/1".into()),
        }
    }

    /// The CSV of rows of `events` read from `report()`.
    fn csv(events: &[Event], columns: Columns) -> String {
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Csv, columns, &mut buf);
            for e in events {
                w.write(&Row::of_report(e, &report(), Some(1_477_000_000)))
                    .unwrap();
            }
            w.finish().unwrap();
        }
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn csv_has_acleds_31_columns_first_and_quotes_fields() {
        let s = csv(&[sample()], Columns::All);
        let mut lines = s.lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with(&(ACLED_COLUMNS.join(",") + ",fatalities_qualifier,")));
        let row = lines.next().unwrap();
        assert!(row.contains("\"Kirkuk, \"\"north\"\"\""), "{row}");
        assert!(row.contains(",Daquq,35.1390,44.4490,1,"), "{row}");
        assert!(
            row.contains(",368,Middle East,Iraq,"),
            "ACLED iso is numeric, then the region, the country a name: {row}"
        );
        let cells = Row::of_report(&sample(), &report(), None).cells();
        assert_eq!(cells.len(), Columns::All.names().len());
        let acled = csv(&[sample()], Columns::Acled);
        assert_eq!(acled.lines().next().unwrap(), ACLED_COLUMNS.join(","));
        assert_eq!(
            acled.lines().nth(1).unwrap().split(',').count(),
            31 + 1,
            "one quoted comma"
        );
    }

    #[test]
    fn acled_values_come_from_the_record_and_its_report() {
        let mut e = sample();
        e.sentence = [0, report().text.chars().count()];
        let row = Row::of_report(&e, &report(), Some(1_477_000_000));
        let cells = row.cells();
        let cell = |name: &str| {
            let i = Columns::All
                .names()
                .iter()
                .position(|c| *c == name)
                .unwrap();
            cells[i].clone()
        };
        // no date of its own: the publication date, with ACLED's least precise code
        assert_eq!(cell("event_date"), "2016-10-22");
        assert_eq!(cell("time_precision"), "3");
        assert_eq!(cell("year"), "2016");
        // no source field: the url's host
        assert_eq!(cell("source"), "aawsat.com");
        assert_eq!(cell("notes"), report().text);
        assert_eq!(cell("timestamp"), "1477000000");
        assert_eq!(cell("region"), "Middle East");
        // no actor: ACLED's 0, integers throughout
        assert_eq!(
            (cell("inter1"), cell("inter2"), cell("interaction")),
            ("0".into(), "0".into(), "0".into())
        );
        let id = cell("event_id_cnty");
        assert!(id.starts_with("IRQ") && id.len() == 18, "{id}");
        assert_eq!(
            id,
            Row::of_report(&e, &report(), None).event_id_cnty(),
            "stable"
        );
        assert_eq!(cell("event_id"), "doc:5");
        assert_eq!(cell("mentions"), "doc:5");
        assert_eq!(cell("n_sources"), "1");
        // a date of its own, to the day
        let mut dated = sample();
        dated.date = Some(crate::EventDate {
            value: "2016-10-21".into(),
            precision: crate::DatePrecision::Day,
            text: Some("أمس".into()),
            span: Some([0, 3]),
        });
        let (date, p) = Row::of_report(&dated, &report(), None).event_date();
        assert_eq!((date.as_str(), p), ("2016-10-21", Some(1)));
        dated.date.as_mut().unwrap().precision = crate::DatePrecision::Week;
        assert_eq!(
            Row::of_report(&dated, &report(), None).event_date().1,
            Some(2)
        );
        // an incident of a store: its cluster id
        let mut r = Row::of_report(&e, &report(), None);
        r.incident = Some(Incident {
            cluster_id: 7,
            ..Default::default()
        });
        assert_eq!(r.event_id_cnty(), "IRQ7");
    }

    #[test]
    fn interaction_puts_the_lower_code_first() {
        assert_eq!(interaction(7, 1), 17);
        assert_eq!(interaction(2, 0), 20);
        assert_eq!(interaction(0, 6), 60);
        assert_eq!(interaction(0, 0), 0);
    }

    #[test]
    fn the_outlet_is_the_source_else_the_url_host_else_the_id() {
        assert_eq!(outlet(Some(" okaz "), Some("http://x.org/a"), "d"), "okaz");
        assert_eq!(
            outlet(
                Some(""),
                Some("http://www.okaz.com.sa/new/Issues/1.htm"),
                "d"
            ),
            "okaz.com.sa"
        );
        assert_eq!(
            outlet(None, Some("https://user@sabq.org:8080?x=1"), "d"),
            "sabq.org"
        );
        assert_eq!(outlet(None, Some("not a url"), "d"), "d");
        assert_eq!(outlet(None, None, "d"), "d");
    }

    #[test]
    fn notes_are_the_sentence_cut_at_a_word_boundary() {
        let text = "عنوان\nقتل  ثلاثة\tفي بغداد. جملة أخرى";
        assert_eq!(notes(text, [6, 26]), "قتل ثلاثة في بغداد.");
        let long = "كلمة ".repeat(100);
        let n = notes(&long, [0, 500]);
        assert!(n.ends_with("كلمة…"), "{n}");
        assert!(n.chars().count() <= NOTES_MAX_CHARS + 1);
        assert_eq!(n.chars().count(), 60 * 5 - 1 + 1);
        assert_eq!(notes(&"x".repeat(400), [0, 400]).chars().count(), 301);
        assert_eq!(notes("abc", [2, 99]), "c");
    }

    #[test]
    fn record_numbers_are_stable_and_have_15_digits() {
        let a = record_number("kirkuk-2016-10-22:1179");
        assert_eq!(a, record_number("kirkuk-2016-10-22:1179"));
        assert_ne!(a, record_number("kirkuk-2016-10-22:1180"));
        for id in ["", "a", "doc:5"] {
            assert_eq!(record_number(id).to_string().len(), 15);
        }
    }

    #[test]
    fn geojson_is_a_valid_feature_collection() {
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Geojson, Columns::All, &mut buf);
            let (e, r) = (sample(), report());
            w.write(&Row::of_report(&e, &r, None)).unwrap();
            w.write(&Row::of_report(&e, &r, None)).unwrap();
            w.finish().unwrap();
        }
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v["features"].as_array().unwrap().len(), 2);
        assert_eq!(v["features"][0]["geometry"]["coordinates"][0], 44.449);
    }

    #[test]
    fn geojson_properties_are_flat_scalars_with_rounded_floats() {
        let mut e = sample();
        e.confidence = 0.08;
        let f = geojson_feature(&e);
        let props = f["properties"].as_object().unwrap();
        for (k, v) in props {
            assert!(!v.is_object() && !v.is_array(), "{k} is not a scalar: {v}");
        }
        assert_eq!(props["confidence"], 0.08, "not 0.07999999821186066");
        assert_eq!(props["location"], "Daquq");
        assert_eq!(props["fatalities"], 15);
        assert_eq!(props["status"], "incident");
    }

    #[test]
    fn jsonl_round_trips() {
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Jsonl, Columns::All, &mut buf);
            w.write(&Row::of_report(&sample(), &report(), None))
                .unwrap();
            w.finish().unwrap();
        }
        let back: Event = serde_json::from_slice(&buf).unwrap();
        assert_eq!(back, sample());
    }

    #[test]
    fn csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        for (cell, out) in [
            ("=1+1", "'=1+1"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("\r=1", "\"'\r=1\""),
            // numbers stay numbers
            ("-12.5000", "-12.5000"),
            ("-3", "-3"),
            ("a=1", "a=1"),
            ("", ""),
        ] {
            assert_eq!(csv_field(cell), out, "{cell:?}");
        }
        let mut e = sample();
        e.doc_id = "=cmd|' /C calc'!A0".into();
        let csv = csv(&[e], Columns::All);
        assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
        assert!(!csv.contains(",=cmd"), "{csv}");
    }
}
