#!/usr/bin/env python3
"""Candidates for the frequent_word rows of data/gazetteer/common_words.tsv.

Counts, per million words of a news corpus (SaudiNewsNet: JSON lines, gzipped, with fields
title and content), every one-word name of data/gazetteer/places.tsv that is not already a row
of common_words.tsv, and prints the places each names. Run from the repository root:

    python3 scripts/common_word_candidates.py counts CORPUS.jsonl.gz [MIN_PER_MILLION] > out.tsv
    python3 scripts/common_word_candidates.py contexts CORPUS.jsonl.gz N KEY... > contexts.txt

counts prints per_million, count, key, the best place (as the note of a row writes it) and all
the places the key names (feature, country, population, English name); contexts prints up to N
passages of each key (as a word, after the same normalization), for reading by hand whether the
word is mostly an ordinary word or mostly the place. The corpus is read only here, by its path:
rasd itself never reads it. Only counts go into the repository, no text.
"""
import collections
import gzip
import json
import random
import re
import sys

MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
WORD = re.compile(r"[\u0621-\u064A\u0670]+")
RANK = {"country": 0, "admin1": 1, "region": 1, "city": 2, "admin2": 3, "town": 4,
        "neighbourhood": 5, "village": 6}


def key(s):
    """The matching key of rasd_text::key for Arabic letters."""
    s = MARKS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ى", "ي").replace("ی", "ي").replace("ة", "ه").replace("ک", "ك")


def listed():
    out = set()
    with open("data/gazetteer/common_words.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("word\t"):
                continue
            out.add(key(line.split("\t")[0]))
    return out


def gazetteer_names():
    names = collections.defaultdict(list)
    with open("data/gazetteer/places.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            f = line.rstrip("\n").split("\t")
            for n in f[2].split("|"):
                if " " not in n and len(n) >= 2:
                    k = key(n)
                    place = (f[3], f[4], int(f[9] or 0), f[1])
                    if place not in names[k]:
                        names[k].append(place)
    return names


def texts(corpus):
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield key((d.get("title") or "") + " " + (d.get("content") or ""))


def best(places):
    return min(places, key=lambda p: (RANK.get(p[0], 9), -p[2]))


def counts(corpus, floor):
    names = gazetteer_names()
    common = listed()
    cnt = collections.Counter()
    total = 0
    for t in texts(corpus):
        ws = WORD.findall(t)
        total += len(ws)
        cnt.update(ws)
    print(f"# total words {total}")
    print("per_million\tcount\tkey\tnote\tplaces")
    rows = []
    for n, places in names.items():
        if n in common:
            continue
        pm = cnt.get(n, 0) * 1e6 / total
        if pm >= floor:
            rows.append((pm, n, places))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for pm, n, places in rows:
        b = best(places)
        note = f"{pm:.0f}/M words in SaudiNewsNet; also {b[3]} ({b[0]}, {b[1]})"
        allp = "; ".join(f"{p[3]} ({p[0]}, {p[1]}, {p[2]})" for p in places)
        print(f"{pm:.2f}\t{cnt.get(n, 0)}\t{n}\t{note}\t{allp}")


def contexts(corpus, n, keys):
    wanted = set(keys)
    seen = collections.defaultdict(list)
    rng = random.Random(1)
    totals = collections.Counter()
    for t in texts(corpus):
        for m in WORD.finditer(t):
            w = m.group(0)
            if w not in wanted:
                continue
            totals[w] += 1
            ctx = t[max(0, m.start() - 60):m.end() + 60].replace("\n", " ")
            # reservoir sample of n passages per key
            if len(seen[w]) < n:
                seen[w].append(ctx)
            else:
                j = rng.randrange(totals[w])
                if j < n:
                    seen[w][j] = ctx
    for k in keys:
        print(f"== {k} ({totals[k]})")
        for c in seen[k]:
            print("   ", c)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "counts":
        counts(sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 2.0)
    elif len(sys.argv) >= 5 and sys.argv[1] == "contexts":
        contexts(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
