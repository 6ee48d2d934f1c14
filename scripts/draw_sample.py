#!/usr/bin/env python3
"""Draw a sample of rasd's default records on unannotated news for a reader to label
(data/eval/unannotated/LABEL_GUIDE.md).

Usage: scripts/draw_sample.py RECORDS ARTICLES SEED [--n 60] [--skip REPORTS.jsonl ...] > OUT.md

RECORDS is `rasd extract --all` output over ARTICLES (rasd's JSONL input, e.g. the 31,030
SaudiNewsNet articles as ids "a" + the 0-based line of saudinewsnet.jsonl.gz; not shipped). The
population is the default records (status `incident`, confidence >= 0.45); `random.seed(SEED)`,
`random.sample` of 100 of them, then the records of the annotated reports (the --skip files,
matched by title) and those already in a sample of data/eval/unannotated/ dropped, the first N
kept. Prints one "### i EVENT_ID" block a record: its type, trigger, confidence, date, place,
tolls, mentions, the article's title, the record's sentence and the lead.
"""
import argparse
import json
import random
from pathlib import Path

THRESHOLD = 0.45
UNANNOTATED = Path(__file__).resolve().parent.parent / "data" / "eval" / "unannotated"


def sampled_ids():
    """Event ids already in a sample (first column after idx of every TSV)."""
    ids = set()
    for tsv in UNANNOTATED.glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 1:
                ids.add(cols[1])
    return ids


def count(c):
    if not c:
        return "-"
    top = "+" if c.get("qualifier") == "at_least" else ""
    return f"{c.get('min')}{top} ({c.get('qualifier')}, {c.get('text')!r})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("records")
    ap.add_argument("articles")
    ap.add_argument("seed", type=int)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--skip", nargs="*", default=[])
    args = ap.parse_args()
    skip_titles = set()
    for path in args.skip:
        for line in open(path, encoding="utf-8"):
            skip_titles.add(json.loads(line).get("title"))
    population = []
    for line in open(args.records, encoding="utf-8"):
        r = json.loads(line)
        if r.get("status") == "incident" and r.get("confidence", 0) >= THRESHOLD:
            population.append(r)
    random.seed(args.seed)
    drawn = random.sample(population, min(100, len(population)))
    docs = {r["doc_id"] for r in drawn}
    articles = {}
    for line in open(args.articles, encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in docs:
            articles[a["id"]] = a
    seen = sampled_ids()
    kept = [
        r
        for r in drawn
        if r["event_id"] not in seen and articles[r["doc_id"]]["title"] not in skip_titles
    ][: args.n]
    for i, r in enumerate(kept):
        a = articles[r["doc_id"]]
        body = a.get("text", a.get("content", ""))
        text = a["title"] + "\n" + body
        loc = r.get("location") or {}
        date = r.get("date") or {}
        s, e = r["sentence"]
        print(f"### {i} {r['event_id']} ({a.get('published', a.get('date_extracted'))}, {a.get('source')})")
        print(f"- type: {r['event_type']} / {r['sub_event_type']}; confidence {r['confidence']}")
        print(f"- trigger: {r['trigger']['text']!r}")
        print(f"- date: {date.get('value')} ({date.get('text')!r})")
        print(f"- place: {loc.get('name')}, {loc.get('country')} ({loc.get('text')!r})")
        print(f"- dead: {count(r.get('fatalities'))}; wounded: {count(r.get('injuries'))}")
        print(f"- mentions: {[m['text'] for m in r.get('mentions', [])]}")
        print(f"- title: {a['title']}")
        print(f"- sentence: {text[s:e]}")
        print(f"- lead: {body[:300]}")
        print()


if __name__ == "__main__":
    main()
