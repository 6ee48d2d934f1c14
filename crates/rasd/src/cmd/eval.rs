//! `rasd eval`: runs the extractor over the development data and scores it (DESIGN.md §4).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rayon::prelude::*;

use rasd_core::{Event, Report};
use rasd_eval::clusters::{
    cluster_rows, parse_cluster_set, score_clusters, shuffled, ArrivalOrders, ClusterScores, Toll,
};
use rasd_eval::reports::{report_rows, score_report, GoldReport, ReportScores};
use rasd_eval::{
    agreement_row, parse_jsonl, prf_row, score_detection, score_doc, EventScores, GoldDoc,
    LabelledSentence, Prf,
};
use rasd_extract::Extractor;

#[derive(clap::Args)]
pub struct Args {
    /// Folder with assault.dev.jsonl and assault.dev.events.jsonl.
    #[arg(long, default_value = "data/eval")]
    pub data: PathBuf,
    /// Folder with the example reports and their `.gold.json`.
    #[arg(long, default_value = "examples")]
    pub examples: PathBuf,
    /// Whole reports with gold events (REPORTS_GUIDELINES.md), scored first; default
    /// `<data>/reports.dev.jsonl`.
    #[arg(long)]
    pub reports: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Write the detector's features of every labelled sentence to this JSONL file (for
    /// scripts/fit_detector.py) and stop.
    #[arg(long)]
    pub dump_features: Option<PathBuf>,
    /// Write every incident-status record of the whole reports (`--reports`) with the record
    /// model's features and what the scoring makes of it (required, optional, duplicate,
    /// extra) to this JSONL file (for scripts/fit_record_model.py) and stop.
    #[arg(long)]
    pub dump_records: Option<PathBuf>,
    /// Write every incident-status record of the reports in `--articles` (JSONL, as `rasd
    /// extract` reads it) with the record filter's features to this JSONL file (for
    /// scripts/train_record_filter.py) and stop.
    #[arg(long, requires = "articles")]
    pub dump_filter: Option<PathBuf>,
    /// The reports whose records `--dump-filter` writes.
    #[arg(long)]
    pub articles: Option<PathBuf>,
    /// After the table, list every disagreement with the event gold, a line each: document,
    /// what (unmatched, extra, sub_event_type, fatalities, injuries, place, country, date),
    /// the gold's value and the system's.
    #[arg(long)]
    pub misses: bool,
    /// Also print incident precision and recall on the whole reports at other confidence
    /// floors (to tune the default output).
    #[arg(long)]
    pub sweep: bool,
}

#[derive(serde::Serialize)]
struct Results {
    default_threshold: f32,
    reports: Option<ReportScores>,
    clusters: Option<ClusterScores>,
    anercorp_loc: Option<rasd_geo::eval::MentionCounts>,
    gold_places: rasd_geo::eval::PlaceFound,
    idrisi_lmr: Option<rasd_geo::eval::MentionCounts>,
    detection_threshold: f32,
    detection_default: Prf,
    detection: Prf,
    detection_rules_only: Prf,
    events: EventScores,
    example: EventScores,
}

/// Appends a formatted line to a String.
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn write_stdout(s: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// How many seeded shuffles of the cross-report set are stored besides its own order and the
/// reverse (the order effect, measured every run).
const ORDER_SHUFFLES: u64 = 5;

/// Ingests the labelled cross-report set into a temporary SQLite store (in memory) as `rasd
/// ingest` does (every mention with its status, the incident table's floor, input order) and
/// scores the clusters its articles' mentions joined; then the same in reverse order and in
/// [`ORDER_SHUFFLES`] seeded shuffles, whose B-cubed F1 tells how much the clusters depend on
/// the order reports arrive in.
fn score_cross_report(path: &Path) -> anyhow::Result<ClusterScores> {
    let (incidents, articles) = parse_cluster_set(&path.display().to_string(), &read(path)?)?;
    let extractor = Extractor::new();
    let pairs: Vec<(Report, Vec<Event>)> = articles
        .par_iter()
        .map(|a| {
            let r = a.report();
            let events = extractor.extract_all(&r).events;
            (r, events)
        })
        .collect();
    let score_order = |order: &[usize]| -> anyhow::Result<ClusterScores> {
        let mut store = rasd_store::Store::open(":memory:").context("opening a temporary store")?;
        store.set_min_confidence(extractor.default_threshold());
        let batch: Vec<(Report, Vec<Event>)> = order.iter().map(|&i| pairs[i].clone()).collect();
        store
            .ingest_batch(&batch)
            .context("storing the cross-report set")?;
        // the clusters numbered 1, 2, ... in the set's order of articles (a store's ids are
        // its clusters' earliest members'), so that the figures and the equal clusters' order
        // do not depend on the ids or the order of arrival
        let mut number: std::collections::HashMap<i64, i64> = Default::default();
        let mut per_article = Vec::with_capacity(articles.len());
        for a in &articles {
            let mut ids: Vec<i64> = (store.document_events(&a.article.id)?.iter())
                .filter_map(|e| e.cluster_id)
                .map(|c| {
                    let next = number.len() as i64 + 1;
                    *number.entry(c).or_insert(next)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            per_article.push((a.incidents.clone(), ids));
        }
        let mut tolls = std::collections::HashMap::new();
        let all: Vec<i64> = number.keys().copied().collect();
        for c in store.clusters(&all)? {
            let f = c.fatalities;
            tolls.insert(
                number[&c.cluster_id],
                Toll {
                    low: f.low,
                    best: f.best,
                    high: f.high,
                },
            );
        }
        Ok(score_clusters(&incidents, &per_article, |c| {
            tolls.get(&c).copied()
        }))
    };
    let n = pairs.len();
    let mut scores = score_order(&(0..n).collect::<Vec<_>>())?;
    let reversed = score_order(&(0..n).rev().collect::<Vec<_>>())?.bcubed.f1;
    let shuffles = (1..=ORDER_SHUFFLES)
        .map(|seed| Ok(score_order(&shuffled(n, seed))?.bcubed.f1))
        .collect::<anyhow::Result<Vec<f64>>>()?;
    scores.orders = Some(ArrivalOrders { reversed, shuffles });
    Ok(scores)
}

/// Scores the whole reports of `gold` with records at or above `floor` from `cache`.
fn score_reports(gold: &[GoldReport], cache: &[Vec<Event>], floor: f32) -> ReportScores {
    let mut s = ReportScores::default();
    for (g, records) in gold.iter().zip(cache) {
        let kept: Vec<Event> = (records.iter())
            .filter(|e| e.confidence >= floor)
            .cloned()
            .collect();
        score_report(&g.article.id, &kept, &g.events, &mut s);
    }
    s
}

/// Writes the record model's training rows: every incident-status record of each report, with
/// its features and its outcome against the report's gold.
fn dump_records(extractor: &Extractor, gold: &[GoldReport], out: &Path) -> anyhow::Result<()> {
    let rows: Vec<String> = gold
        .par_iter()
        .flat_map_iter(|g| {
            let report = g.report();
            let (records, features): (Vec<Event>, Vec<_>) =
                rasd_extract::record_features(extractor, &report)
                    .into_iter()
                    .filter(|(e, _)| e.status == rasd_core::Status::Incident)
                    .unzip();
            let outcomes = rasd_eval::reports::outcomes(&records, &g.events);
            (records.into_iter().zip(features).zip(outcomes))
                .map(|((e, f), o)| {
                    serde_json::json!({
                        "doc": g.article.id, "event_id": e.event_id, "outcome": o,
                        "confidence": e.confidence, "features": f.to_vec(),
                    })
                    .to_string()
                        + "\n"
                })
                .collect::<Vec<_>>()
        })
        .collect();
    std::fs::write(out, rows.concat()).with_context(|| format!("writing {}", out.display()))
}

/// Writes the record filter's rows: every incident-status record of each report with the
/// filter's features (the labels are matched to them by the training script).
fn dump_filter(extractor: &Extractor, articles: &Path, out: &Path) -> anyhow::Result<()> {
    let mut reader = crate::input::InputReader::new(&[articles.to_path_buf()], None);
    let mut rows = String::new();
    while let Some(chunk) = reader.chunk(4096, |e| eprintln!("{}", e.message())) {
        let part: Vec<String> = chunk
            .par_iter()
            .flat_map_iter(|report| {
                rasd_extract::filter_features(extractor, report)
                    .into_iter()
                    .map(|(e, f)| {
                        let features: serde_json::Map<String, serde_json::Value> =
                            f.into_iter().map(|(k, v)| (k, v.into())).collect();
                        serde_json::json!({
                            "doc": e.doc_id, "event_id": e.event_id, "sentence": e.sentence,
                            "trigger": e.trigger.span, "confidence": e.confidence,
                            "features": features,
                        })
                        .to_string()
                            + "\n"
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        rows.push_str(&part.concat());
    }
    std::fs::write(out, rows).with_context(|| format!("writing {}", out.display()))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // every incident the rules find; each figure below applies its own confidence floor
    let extractor = Extractor::new().with_min_confidence(0.0);
    if let (Some(out), Some(articles)) = (&args.dump_filter, &args.articles) {
        dump_filter(&extractor, articles, out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let default_threshold = extractor.default_threshold();
    let extract = |r: &Report| -> Vec<Event> { extractor.extract(r).events };
    let default_output = |r: &Report| -> Vec<Event> {
        let mut v = extract(r);
        v.retain(|e| e.confidence >= default_threshold);
        v
    };

    // whole reports first: the unit users feed rasd
    let reports_path =
        (args.reports.clone()).unwrap_or_else(|| args.data.join("reports.dev.jsonl"));
    let (reports, sweep) = if reports_path.exists() {
        let gold: Vec<GoldReport> =
            parse_jsonl(&reports_path.display().to_string(), &read(&reports_path)?)?;
        if let Some(out) = &args.dump_records {
            dump_records(&extractor, &gold, out)?;
            return Ok(ExitCode::SUCCESS);
        }
        let cache: Vec<Vec<Event>> = gold.par_iter().map(|g| extract(&g.report())).collect();
        let sweep: Vec<(f32, ReportScores)> = if args.sweep {
            (0..20)
                .map(|k| k as f32 / 20.0)
                .map(|t| (t, score_reports(&gold, &cache, t)))
                .collect()
        } else {
            Vec::new()
        };
        (Some(score_reports(&gold, &cache, default_threshold)), sweep)
    } else {
        (None, Vec::new())
    };

    // one incident across reports: the labelled multi-outlet set, when it is there
    let clusters_path = args.data.join("clusters.dev.jsonl");
    let clusters = if clusters_path.exists() && args.dump_features.is_none() {
        Some(score_cross_report(&clusters_path)?)
    } else {
        None
    };

    let name = args.data.join("assault.dev.jsonl");
    let sentences: Vec<LabelledSentence> = parse_jsonl(&name.display().to_string(), &read(&name)?)?;
    if let Some(out) = &args.dump_features {
        let mut lines = String::new();
        for s in &sentences {
            for (_, f) in rasd_extract::candidate_features(&extractor, &s.report()) {
                let row = serde_json::json!({"id": s.id, "label": s.label, "features": f.to_vec()});
                lines.push_str(&row.to_string());
                lines.push('\n');
            }
        }
        std::fs::write(out, lines).with_context(|| format!("writing {}", out.display()))?;
        return Ok(ExitCode::SUCCESS);
    }
    // extract in parallel once, then score sequentially
    let cache: std::collections::HashMap<String, Vec<Event>> = sentences
        .par_iter()
        .map(|s| (s.id.clone(), extract(&s.report())))
        .collect();
    let threshold = extractor.detection_threshold();
    let detection = score_detection(&sentences, |r| {
        let mut v = cache.get(&r.id).cloned().unwrap_or_default();
        v.retain(|e| e.confidence >= threshold);
        v
    });
    let detection_default = score_detection(&sentences, |r| {
        let mut v = cache.get(&r.id).cloned().unwrap_or_default();
        v.retain(|e| e.confidence >= default_threshold);
        v
    });
    let detection_rules_only = score_detection(&sentences, |r| {
        cache.get(&r.id).cloned().unwrap_or_default()
    });

    let name = args.data.join("assault.dev.events.jsonl");
    let gold: Vec<GoldDoc> = parse_jsonl(&name.display().to_string(), &read(&name)?)?;
    let mut events = EventScores::default();
    for d in &gold {
        let mut sys = cache
            .get(&d.id)
            .cloned()
            .unwrap_or_else(|| extract(&d.report()));
        sys.retain(|e| e.confidence >= default_threshold);
        score_doc(&d.id, &sys, &d.events, &mut events);
    }

    let mut example = EventScores::default();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&args.examples)
        .with_context(|| format!("reading {}", args.examples.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    entries.sort();
    for g in entries {
        let mut gd: GoldDoc =
            serde_json::from_str(&read(&g)?).with_context(|| format!("parsing {}", g.display()))?;
        let stem = g
            .to_string_lossy()
            .trim_end_matches(".gold.json")
            .to_string();
        gd.text = read(Path::new(&format!("{stem}.txt")))?;
        score_doc(
            &gd.id,
            &default_output(&gd.report()),
            &gd.events,
            &mut example,
        );
    }

    // place-mention recognition on text others annotated (when the files are there)
    let geocoder = rasd_geo::Geocoder::global();
    let anercorp = args.data.join("anercorp/anercorp-test.dev.conll");
    let anercorp_loc = std::fs::read_to_string(&anercorp)
        .ok()
        .map(|t| rasd_geo::eval::anercorp_loc(&t, geocoder));
    let idrisi = args.data.join("idrisi/lmr-ar-train.jsonl");
    let idrisi_lmr = std::fs::read_to_string(&idrisi)
        .ok()
        .map(|t| rasd_geo::eval::idrisi_lmr(&t, geocoder));

    let gold_places = rasd_geo::eval::gold_event_places(
        &read(&args.data.join("assault.dev.events.jsonl"))?,
        geocoder,
    );

    let results = Results {
        default_threshold,
        reports,
        clusters,
        gold_places,
        anercorp_loc,
        idrisi_lmr,
        detection_threshold: threshold,
        detection_default,
        detection,
        detection_rules_only,
        events,
        example,
    };
    if args.json {
        write_stdout(&(serde_json::to_string_pretty(&results)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = String::new();
    outln!(
        out,
        "rasd eval: {} and {}",
        args.data.display(),
        args.examples.display()
    );
    if let Some(r) = &results.reports {
        outln!(
            out,
            "-- whole reports ({}; default output: status incident, confidence >= {default_threshold:.2})",
            reports_path.display()
        );
        for row in report_rows(r) {
            outln!(out, "{row}");
        }
        for (t, s) in &sweep {
            outln!(
                out,
                "  at confidence >= {t:.2}: P {:.3}  R {:.3}  F1 {:.3}  records {}  duplicates {}",
                s.precision(),
                s.recall(),
                s.f1(),
                s.records,
                s.duplicates
            );
        }
    }
    if let Some(c) = &results.clusters {
        outln!(
            out,
            "-- cross-report clusters ({}; {} articles ingested into a temporary store)",
            clusters_path.display(),
            c.articles
        );
        for row in cluster_rows(c) {
            outln!(out, "{row}");
        }
    }
    outln!(
        out,
        "-- sentences (OEDA dev: yes positive, easy no negative)"
    );
    outln!(
        out,
        "{}",
        prf_row("ASSAULT detection (default)", &results.detection_default)
    );
    outln!(
        out,
        "{}",
        prf_row(
            &format!("ASSAULT detection (conf>={threshold:.2})"),
            &results.detection
        )
    );
    outln!(
        out,
        "{}",
        prf_row("ASSAULT detection (all)", &results.detection_rules_only)
    );
    print_events(&mut out, "development gold events", &results.events);
    print_events(&mut out, "example reports", &results.example);
    outln!(out, "-- place mentions");
    outln!(
        out,
        "{:<28} {}",
        "gold event places (geocoder)",
        results.gold_places
    );
    for (name, c) in [
        ("ANERcorp LOC (dev third)", &results.anercorp_loc),
        ("IDRISI LMR (train)", &results.idrisi_lmr),
    ] {
        if let Some(c) = c {
            outln!(
                out,
                "{name:<28} P {:.3}  R {:.3}  F1 {:.3}   (gold {}, predicted {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted
            );
        }
    }
    if args.misses {
        if let Some(r) = &results.reports {
            outln!(out, "-- whole-report misses (document, what, gold, system)");
            for m in &r.misses {
                outln!(out, "{}\t{}\t{}\t{}", m.doc, m.what, m.gold, m.system);
            }
        }
        outln!(out, "-- misses (document, what, gold, system)");
        for m in results.events.misses.iter().chain(&results.example.misses) {
            outln!(out, "{}\t{}\t{}\t{}", m.doc, m.what, m.gold, m.system);
        }
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn print_events(out: &mut String, title: &str, s: &EventScores) {
    outln!(out, "-- {title}");
    outln!(out, "{}", prf_row("events (violent)", &s.events));
    outln!(out, "{}", agreement_row("event_type", &s.event_type));
    outln!(
        out,
        "{}",
        agreement_row("sub_event_type", &s.sub_event_type)
    );
    outln!(out, "{}", agreement_row("fatalities exact", &s.fatalities));
    outln!(out, "{}", agreement_row("injuries exact", &s.injuries));
    outln!(out, "{}", agreement_row("place found", &s.place));
    outln!(out, "{}", agreement_row("country", &s.country));
    outln!(
        out,
        "{}",
        agreement_row("country (gold has a place)", &s.country_with_place)
    );
    outln!(out, "{}", agreement_row("date exact", &s.date));
    if s.required.n > 0 {
        outln!(
            out,
            "{}",
            agreement_row("required events found", &s.required)
        );
    }
}
