#!/usr/bin/env python3
"""Fits rasd's incident detector (a logistic model over general sentence features) on the
development labels and writes crates/rasd-extract/data/detector.tsv.

    cargo run --release -p rasd -- eval --dump-features /tmp/features.jsonl
    python3 scripts/fit_detector.py /tmp/features.jsonl crates/rasd-extract/data/detector.tsv

Pure standard library. The features are general (trigger kinds, counts, place, date, cues), so
the model generalises; the script prints 5-fold cross-validated figures so that overfitting shows.
"""
import json
import math
import random
import sys

FEATURES = None  # read from the header of the dump: the Rust FEATURES order


def load(path):
    by_id = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        # yes positive, easy no negative: difficult no (split judgements) and ambiguous left out
        if row["label"] not in ("yes", "easy no"):
            continue
        y = 1 if row["label"] == "yes" else 0
        by_id.setdefault(row["id"], (y, []))[1].append(row["features"])
    return by_id


def fit(rows, l2=2.0, epochs=4000, lr=1.0):
    n = len(rows[0][0])
    w = [0.0] * n
    b = 0.0
    pos = sum(y for _, y in rows) or 1
    neg = len(rows) - pos or 1
    for _ in range(epochs):
        gw = [0.0] * n
        gb = 0.0
        for x, y in rows:
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            c = (p - y) * (1.0 if y == 0 else neg / pos * 0.5)
            gb += c
            for i, xi in enumerate(x):
                gw[i] += c * xi
        m = len(rows)
        b -= lr * gb / m
        w = [wi - lr * (gwi / m + l2 * wi / m) for wi, gwi in zip(w, gw)]
    return w, b


def prob(w, b, x):
    z = b + sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def sentence_scores(w, b, docs):
    # records carry the confidence rounded to two decimals, and rasd eval thresholds those
    return [(y, round(max(prob(w, b, x) for x in xs), 2)) for y, xs in docs]


def prf(scored, t):
    tp = sum(1 for y, s in scored if y and s >= t)
    sys_ = sum(1 for _, s in scored if s >= t)
    gold = sum(y for y, _ in scored)
    p = tp / sys_ if sys_ else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def best_threshold(scored):
    best = (0.0, 0.5)
    for t in [i / 100 for i in range(5, 96)]:
        _, _, f = prf(scored, t)
        if f > best[0]:
            best = (f, t)
    return best[1]


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    by_id = load(src)
    docs = list(by_id.values())
    rows = [(x, y) for y, xs in docs for x in xs]
    # 5-fold cross-validation, by sentence
    rnd = random.Random(7)
    idx = list(range(len(docs)))
    rnd.shuffle(idx)
    folds = [idx[i::5] for i in range(5)]
    cv = []
    for k in range(5):
        test = set(folds[k])
        train = [(x, y) for i in idx if i not in test for x in docs[i][1] for y in [docs[i][0]]]
        w, b = fit(train)
        t = best_threshold(sentence_scores(w, b, [docs[i] for i in idx if i not in test]))
        cv += [(y, s >= t) for y, s in sentence_scores(w, b, [docs[i] for i in folds[k]])]
    tp = sum(1 for y, p in cv if y and p)
    sp = sum(1 for _, p in cv if p)
    g = sum(y for y, _ in cv)
    print(f"5-fold CV: P {tp/sp if sp else 0:.3f} R {tp/g:.3f} (tp {tp}, system {sp}, gold {g})")
    w, b = fit(rows)
    t = best_threshold(sentence_scores(w, b, docs))
    p, r, f = prf(sentence_scores(w, b, docs), t)
    print(f"fit on all: threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# source: fitted by scripts/fit_detector.py on the development labels "
                 "(data/eval/assault.dev.jsonl); features in crates/rasd-extract/src/detect.rs\n")
        fh.write("# licence: Apache-2.0\n")
        fh.write("feature\tweight\n")
        rows = [("bias", f"{b:.4f}"), ("threshold", f"{t:.2f}")]
        rows += [(names[i] if names else f"f{i}", f"{wi:.4f}") for i, wi in enumerate(w)]
        for name, value in sorted(rows):
            fh.write(f"{name}\t{value}\n")


if __name__ == "__main__":
    main()
