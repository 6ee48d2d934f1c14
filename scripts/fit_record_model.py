#!/usr/bin/env python3
"""Fits rasd's record model (a logistic model over features of a merged incident and of its
story: is this record an incident the report tells as news, not held by an earlier record?) and
writes crates/rasd-extract/data/record_model.tsv.

    cargo run --release -p rasd -- eval --reports TRAIN.jsonl --dump-records /tmp/train.rec.jsonl
    python3 scripts/fit_record_model.py --threshold 0.3 --out crates/rasd-extract/data/record_model.tsv \
        --source "whole reports annotated under REPORTS_GUIDELINES.md (...)" /tmp/train.rec.jsonl \
        [--check /tmp/dev.rec.jsonl ...]

Rows: every incident-status record of the annotated reports with its outcome against the gold:
`required` is positive; `duplicate` and `extra` are negative; `optional` (a record that takes an
event the scoring neither rewards nor penalises) and `unscored` are left out. Feature names are
read from RECORD_FEATURES in crates/rasd-extract/src/record_model.rs. Pure standard library.
The script prints 5-fold cross-validated ranking quality (AUC) and, for each `--check` file, the
AUC there, so that overfitting shows; the threshold is chosen with `rasd eval --sweep`.
"""
import argparse
import json
import math
import random
import re

LABEL = {"required": 1, "duplicate": 0, "extra": 0}


def feature_names(path="crates/rasd-extract/src/record_model.rs"):
    src = open(path, encoding="utf-8").read()
    block = re.search(r"RECORD_FEATURES: \[&str; \d+\] = \[(.*?)\];", src, re.S).group(1)
    return re.findall(r'"([a-z0-9_]+)"', block)


def load(paths):
    rows = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["outcome"] in LABEL:
                rows.append((r["features"], LABEL[r["outcome"]], r["doc"]))
    return rows


def fit(rows, l2, epochs=3000, lr=0.5):
    n = len(rows[0][0])
    w, b = [0.0] * n, 0.0
    m = len(rows)
    for _ in range(epochs):
        gw, gb = [0.0] * n, 0.0
        for x, y, _ in rows:
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            gb += p - y
            for i, xi in enumerate(x):
                gw[i] += (p - y) * xi
        b -= lr * gb / m
        w = [wi - lr * (g / m + l2 * wi / m) for wi, g in zip(w, gw)]
    return w, b


def score(model, x):
    w, b = model
    z = b + sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def auc(pairs):
    pos = [s for s, y in pairs if y == 1]
    neg = [s for s, y in pairs if y == 0]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def folds(rows, k=5, seed=7):
    docs = sorted({d for _, _, d in rows})
    random.Random(seed).shuffle(docs)
    part = {d: i % k for i, d in enumerate(docs)}
    for f in range(k):
        yield [r for r in rows if part[r[2]] != f], [r for r in rows if part[r[2]] == f]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="+")
    ap.add_argument("--check", nargs="*", default=[])
    ap.add_argument("--out")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--source", default="")
    ap.add_argument("--only", help="comma-separated features to fit (the others weigh 0)")
    a = ap.parse_args()
    names = feature_names()
    rows = load(a.train)
    keep = set(a.only.split(",")) if a.only else set(names)
    mask = [1.0 if n in keep else 0.0 for n in names]
    rows = [([x * m for x, m in zip(xs, mask)], y, d) for xs, y, d in rows]
    pos = sum(y for _, y, _ in rows)
    print(f"{len(rows)} rows ({pos} positive) from {len({d for _, _, d in rows})} reports")
    det = names.index("detector")
    print(f"detector alone: AUC {auc([(x[det], y) for x, y, _ in rows]):.3f}")
    cv = []
    for train, test in folds(rows):
        model = fit(train, a.l2)
        cv += [(score(model, x), y) for x, y, _ in test]
    print(f"5-fold cross-validated AUC {auc(cv):.3f}")
    model = fit(rows, a.l2)
    for path in a.check:
        check = load([path])
        print(
            f"{path}: AUC {auc([(score(model, x), y) for x, y, _ in check]):.3f} "
            f"(detector alone {auc([(x[det], y) for x, y, _ in check]):.3f}, {len(check)} rows)"
        )
    w, b = model
    for name, wi in sorted(zip(names, w), key=lambda t: -abs(t[1])):
        print(f"  {name:22} {wi:+.3f}")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(f"# source: fitted by scripts/fit_record_model.py on {a.source}; features in "
                    "crates/rasd-extract/src/record_model.rs; threshold chosen with rasd eval --sweep\n")
            f.write("# licence: Apache-2.0\n")
            f.write("feature\tweight\n")
            out = [("bias", b), ("threshold", a.threshold)] + list(zip(names, w))
            for name, v in sorted(out):
                f.write(f"{name}\t{v:.4f}\n")


if __name__ == "__main__":
    main()
