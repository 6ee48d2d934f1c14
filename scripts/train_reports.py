#!/usr/bin/env python3
"""Rebuilds the record model's training reports from their labels and the SaudiNewsNet corpus.

    python3 scripts/train_reports.py PATH/saudinewsnet.jsonl.gz data/train/reports.train.labels.jsonl \
        > /tmp/reports.train.jsonl

The labels (data/train/reports.train.labels.jsonl) hold each report's id, url and gold events but
not its text, which stays in the corpus: this joins them by url, with the title and the text
(`content`) as `rasd eval --reports` reads them. Pure standard library.
"""
import gzip
import json
import sys


def main():
    corpus, labels = sys.argv[1], sys.argv[2]
    wanted = {}
    for line in open(labels, encoding="utf-8"):
        row = json.loads(line)
        wanted[row["url"]] = row
    opener = gzip.open if corpus.endswith(".gz") else open
    found = {}
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            row = wanted.get(a.get("url"))
            if row is not None and row["url"] not in found:
                found[row["url"]] = dict(row, title=a.get("title", ""), text=a.get("content", ""))
    missing = [u for u in wanted if u not in found]
    if missing:
        sys.exit(f"{len(missing)} labelled reports not in {corpus}, e.g. {missing[0]}")
    for url in wanted:
        print(json.dumps(found[url], ensure_ascii=False))


if __name__ == "__main__":
    main()
