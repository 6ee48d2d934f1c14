//! Output writers behind one trait: JSONL (the record as is), CSV in ACLED's columns, GeoJSON.

use std::io::{self, Write};

use crate::record::Event;
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

/// Writes events one at a time; `finish` closes the document (GeoJSON's collection).
pub trait EventWriter {
    fn write(&mut self, event: &Event) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

/// A writer for `format` over `out`.
pub fn writer<'a, W: Write + 'a>(format: Format, out: W) -> Box<dyn EventWriter + 'a> {
    match format {
        Format::Jsonl => Box::new(JsonlWriter { out }),
        Format::Csv => Box::new(CsvWriter { out, header: false }),
        Format::Geojson => Box::new(GeoJsonWriter { out, n: 0 }),
    }
}

pub struct JsonlWriter<W: Write> {
    out: W,
}

impl<W: Write> EventWriter for JsonlWriter<W> {
    fn write(&mut self, event: &Event) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, event)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// ACLED's columns, in ACLED's order, then rasd's own.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
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
    // rasd's own columns
    "fatalities_qualifier",
    "fatalities_max",
    "injuries",
    "injuries_qualifier",
    "plover_event",
    "plover_mode",
    "doc_id",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "location_text",
    "confidence",
    "status",
    "schema_version",
];

pub struct CsvWriter<W: Write> {
    out: W,
    header: bool,
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

/// The CSV row of one event, in [`CSV_COLUMNS`] order.
pub fn csv_row(e: &Event) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let date = e.date.as_ref();
    let time_precision = date.map(|d| match d.precision {
        crate::DatePrecision::Day => "1",
        crate::DatePrecision::Week => "2",
        crate::DatePrecision::Month | crate::DatePrecision::Year => "3",
    });
    let inter1 = e.actor1.as_ref().map(|a| a.kind.inter());
    let inter2 = e.actor2.as_ref().map(|a| a.kind.inter());
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
        (Some(a), None) => format!("{a}0"),
        (None, Some(b)) => format!("{b}0"),
        (None, None) => String::new(),
    };
    let loc = e.location.as_ref();
    let country = loc.and_then(|l| l.country.clone());
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
    vec![
        e.event_id.clone(),
        opt(date.map(|d| d.value.clone())),
        opt(date.map(|d| d.value.chars().take(4).collect())),
        time_precision.unwrap_or("").to_string(),
        disorder_type(&e.event_type).to_string(),
        e.event_type.clone(),
        e.sub_event_type.clone(),
        opt(e.actor1.as_ref().map(|a| a.name.clone())),
        opt(inter1.map(|i| i.to_string())),
        opt(e.actor2.as_ref().map(|a| a.name.clone())),
        opt(inter2.map(|i| i.to_string())),
        interaction,
        civilian_targeting.to_string(),
        opt(country
            .as_deref()
            .and_then(crate::countries::country)
            .map(|c| c.iso_num.to_string())),
        opt(country
            .as_deref()
            .map(|iso| crate::countries::country(iso).map_or(iso.to_string(), |c| c.name.clone()))),
        opt(loc.and_then(|l| l.admin1.clone())),
        opt(loc.and_then(|l| l.admin2.clone())),
        String::new(),
        opt(loc.map(|l| l.name.clone())),
        opt(loc.and_then(|l| l.lat).map(|v| format!("{v:.4}"))),
        opt(loc.and_then(|l| l.lon).map(|v| format!("{v:.4}"))),
        opt(loc.and_then(|l| l.precision).map(|p| p.to_string())),
        e.doc_id.clone(),
        String::new(),
        String::new(),
        fat.and_then(|c| c.min).unwrap_or(0).to_string(),
        opt(fat.map(|c| c.qualifier.as_str().to_string())),
        opt(fat.and_then(|c| c.max).map(|v| v.to_string())),
        opt(inj.and_then(|c| c.min).map(|v| v.to_string())),
        opt(inj.map(|c| c.qualifier.as_str().to_string())),
        e.plover.event.clone(),
        opt(e.plover.mode.clone()),
        e.doc_id.clone(),
        e.trigger.text.clone(),
        e.trigger.span[0].to_string(),
        e.trigger.span[1].to_string(),
        opt(loc.map(|l| l.text.clone())),
        format!("{:.2}", e.confidence),
        e.status.as_str().to_string(),
        e.schema_version.to_string(),
    ]
}

impl<W: Write> EventWriter for CsvWriter<W> {
    fn write(&mut self, event: &Event) -> io::Result<()> {
        if !self.header {
            self.out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
            self.out.write_all(b"\n")?;
            self.header = true;
        }
        let row: Vec<String> = csv_row(event).iter().map(|f| csv_field(f)).collect();
        self.out.write_all(row.join(",").as_bytes())?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        if !self.header {
            self.out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
            self.out.write_all(b"\n")?;
            self.header = true;
        }
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
    fn write(&mut self, event: &Event) -> io::Result<()> {
        if self.n == 0 {
            self.out
                .write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        } else {
            self.out.write_all(b",\n")?;
        }
        self.n += 1;
        serde_json::to_writer(&mut self.out, &geojson_feature(event))?;
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

    #[test]
    fn csv_has_acled_columns_and_quotes_fields() {
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Csv, &mut buf);
            w.write(&sample()).unwrap();
            w.finish().unwrap();
        }
        let s = String::from_utf8(buf).unwrap();
        let mut lines = s.lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type"));
        let row = lines.next().unwrap();
        assert!(row.contains("\"Kirkuk, \"\"north\"\"\""), "{row}");
        assert!(row.contains(",Daquq,35.1390,44.4490,1,"), "{row}");
        assert!(
            row.contains(",368,Iraq,"),
            "ACLED iso is numeric, country a name: {row}"
        );
        assert_eq!(csv_row(&sample()).len(), CSV_COLUMNS.len());
    }

    #[test]
    fn geojson_is_a_valid_feature_collection() {
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Geojson, &mut buf);
            w.write(&sample()).unwrap();
            w.write(&sample()).unwrap();
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
            let mut w = writer(Format::Jsonl, &mut buf);
            w.write(&sample()).unwrap();
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
        let mut buf = Vec::new();
        {
            let mut w = writer(Format::Csv, &mut buf);
            w.write(&e).unwrap();
            w.finish().unwrap();
        }
        let csv = String::from_utf8(buf).unwrap();
        assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
        assert!(!csv.contains(",=cmd"), "{csv}");
    }
}
