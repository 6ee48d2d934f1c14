#!/usr/bin/env python3
"""Negative control by page category (issue 12): default records per 100 articles of the
SaudiNewsNet pages whose URL names their section (culture, technology, sports, economy,
opinion), where few or no incidents of political violence are told.

Usage: scripts/category_control.py SAUDINEWSNET_JSONL_GZ [--rasd target/release/rasd]
                                   [--corpus OUT.jsonl] [--list CATEGORY]

Two outlets write the section in the URL: 3alyoum (".../culture/a/...", "finance", "sports",
"technology", "opinion") and alwatan (".../Culture/...", "Economy", "Sports", "Articles" =
columns). Ids are "a" + the 0-based line of the corpus, as in EVALUATION.md. The corpus is
not shipped (SaudiNewsNet's licence is in ../shared/data); --corpus keeps the extracted input.
Prints, per category, the articles, the default records, the violent ones (neither Protests nor
Strategic developments) and both per 100 articles; --list prints that category's records.
"""
import argparse
import collections
import gzip
import json
import subprocess
import tempfile

SECTIONS = {
    "3alyoum": {
        "culture": "culture",
        "technology": "technology",
        "sports": "sports",
        "finance": "economy",
        "opinion": "opinion",
    },
    "alwatan": {
        "Culture": "culture",
        "Economy": "economy",
        "Sports": "sports",
        "Articles": "opinion",
    },
}
NOT_VIOLENT = {"Protests", "Strategic developments"}


def category(article):
    """The page category an article's URL names, or None."""
    sections = SECTIONS.get(article.get("source"))
    parts = (article.get("url") or "").split("/")
    if not sections or len(parts) < 4:
        return None
    return sections.get(parts[3])


def corpus(gz_path):
    """The categorised articles of the corpus, as rasd's input records."""
    with gzip.open(gz_path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            a = json.loads(line)
            cat = category(a)
            if cat:
                yield {
                    "id": f"a{i}",
                    "published": a["date_extracted"][:10],
                    "source": a["source"],
                    "category": cat,
                    "title": a["title"],
                    "text": a["content"],
                }


def rates(articles, records):
    """Per category: (articles, records, violent records)."""
    cat = {a["id"]: a["category"] for a in articles}
    n = collections.Counter(cat.values())
    rec, violent = collections.Counter(), collections.Counter()
    for r in records:
        c = cat[r["doc_id"]]
        rec[c] += 1
        if r["event_type"] not in NOT_VIOLENT:
            violent[c] += 1
    return {c: (n[c], rec[c], violent[c]) for c in sorted(n)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gz")
    ap.add_argument("--rasd", default="target/release/rasd")
    ap.add_argument("--corpus", help="also keep the categorised articles in this JSONL file")
    ap.add_argument("--list", help="print the records of this category")
    args = ap.parse_args()
    articles = list(corpus(args.gz))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as tmp:
        out = open(args.corpus, "w", encoding="utf-8") if args.corpus else tmp
        for a in articles:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
        out.flush()
        run = subprocess.run(
            [args.rasd, "extract", out.name], capture_output=True, text=True, check=True
        )
        if args.corpus:
            out.close()
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    print("category\tarticles\trecords\tviolent\trecords/100\tviolent/100")
    for c, (n, r, v) in rates(articles, records).items():
        print(f"{c}\t{n}\t{r}\t{v}\t{100 * r / n:.1f}\t{100 * v / n:.1f}")
    if args.list:
        by_id = {a["id"]: a for a in articles if a["category"] == args.list}
        for r in records:
            a = by_id.get(r["doc_id"])
            if a:
                start = r["trigger"]["span"][0]
                text = a["title"] + "\n" + a["text"]
                print(r["event_id"], r["sub_event_type"], r["confidence"],
                      text[max(0, start - 80):start + 60].replace("\n", " / "), sep="\t")


if __name__ == "__main__":
    main()
