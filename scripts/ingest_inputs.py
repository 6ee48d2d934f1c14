#!/usr/bin/env python3
"""Inputs for the ingest benchmarks (issue 14, item 3; BENCHMARKS.md, "Store"). Deterministic.

  scripts/ingest_inputs.py synth N data/eval/assault.dev.jsonl > synth.jsonl
      N reports, each 2-4 OEDA development sentences drawn at random and joined, published on
      a day drawn over two years (2007-2008)
  scripts/ingest_inputs.py news N NEWS.jsonl > news.jsonl
      N reports: the articles of NEWS.jsonl (rasd JSONL) repeated with new ids, copy k
      published 7 * k days after the original (relative dates move with it, written ones stay)
  scripts/ingest_inputs.py bigcluster N SOURCE.jsonl > big.jsonl
      N lines: every third an undated killing in Baghdad, all published on one day (one
      incident that every such line retells); the others SOURCE's reports repeated with new ids

  scripts/ingest_inputs.py pairs REPORTS.jsonl EXTRACTED.jsonl > pairs.jsonl
      each report of REPORTS.jsonl (written by the commands above: no title) with its records
      from `rasd extract --all REPORTS.jsonl > EXTRACTED.jsonl`, one {"report", "events"} a
      line, for the store's benchmark alone (RASD_BENCH_EVENTS, crates/rasd-store/benches)

Each line is {"id", "published", "text"} (plus "source" for news)."""
import datetime
import json
import random
import sys

KILLING = "قتل مسلحون مجهولون رجلا في بغداد، وفق مصدر في الشرطة."
KILLING_DAY = "2015-07-21"


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def synth(n, path):
    sentences = [r["text"] for r in read(path)]
    rng = random.Random(14)
    start = datetime.date(2007, 1, 1)
    for i in range(n):
        k = rng.randint(2, 4)
        text = " ".join(rng.choice(sentences) for _ in range(k))
        day = start + datetime.timedelta(days=rng.randrange(730))
        yield {"id": f"s{i}", "published": day.isoformat(), "text": text}


def news(n, path):
    articles = read(path)
    for i in range(n):
        copy, a = divmod(i, len(articles))
        art = articles[a]
        out = {"id": f"c{copy}-{art['id']}", "text": art["text"]}
        if art.get("published"):
            day = datetime.date.fromisoformat(art["published"][:10])
            out["published"] = (day + datetime.timedelta(days=7 * copy)).isoformat()
        if art.get("source"):
            out["source"] = art["source"]
        yield out


def bigcluster(n, path):
    others = read(path)
    j = 0
    for i in range(n):
        if i % 3 == 0:
            yield {"id": f"k{i}", "published": KILLING_DAY, "text": KILLING}
        else:
            art = others[j % len(others)]
            yield {
                "id": f"o{i}",
                "published": art.get("published"),
                "text": art["text"],
            }
            j += 1


def pairs(reports_path, extracted_path):
    events = {}
    with open(extracted_path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            events.setdefault(e["doc_id"], []).append(e)
    with open(reports_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            report = {k: r.get(k) for k in ("id", "text", "published", "source", "url")}
            yield {"report": report, "events": events.get(r["id"], [])}


def main():
    if sys.argv[1] == "pairs":
        for line in pairs(sys.argv[2], sys.argv[3]):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        return
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    make = {"synth": synth, "news": news, "bigcluster": bigcluster}[kind]
    out = sys.stdout
    for line in make(n, path):
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
