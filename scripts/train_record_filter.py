#!/usr/bin/env python3
"""Trains rasd's record filter (issue 12): a logistic model of "this default record tells no
incident" over the features rasd computes for it at run time (crates/rasd-extract/src/
record_filter.rs), from the hand-labelled samples of default records in
data/eval/unannotated/sample*.tsv, and writes crates/rasd-extract/data/record_filter.tsv.

    # the labelled samples' articles, then every incident-status record with its features
    python3 scripts/train_record_filter.py --articles SNN_ALL.jsonl --write-articles /tmp/f.articles.jsonl
    rasd eval --dump-filter /tmp/f.dump.jsonl --articles /tmp/f.articles.jsonl
    # leave-one-sample-out evaluation, then the model
    python3 scripts/train_record_filter.py --dump /tmp/f.dump.jsonl --loso
    python3 scripts/train_record_filter.py --dump /tmp/f.dump.jsonl --out crates/rasd-extract/data/record_filter.tsv [--enable]
    # a weights file read per sample (in-sample for the samples it was fitted on)
    python3 scripts/train_record_filter.py --dump /tmp/f.dump.jsonl --score WEIGHTS.tsv
    # before a rebuild: the default records two weights files filter differently over a corpus
    # (the dump of every article: `rasd eval --dump-filter /tmp/all.dump.jsonl --articles SNN_ALL.jsonl`)
    python3 scripts/train_record_filter.py --dump /tmp/all.dump.jsonl --diff OLD.tsv NEW.tsv [--articles SNN_ALL.jsonl]
    # and over the annotated whole reports, whose gold-matched records a refit must not lose
    # (the dev 60's recall target sits one record above its floor: mdl51)
    rasd eval --dump-filter /tmp/rep.dump.jsonl --articles data/eval/reports.dev.jsonl
    python3 scripts/train_record_filter.py --dump /tmp/rep.dump.jsonl --diff OLD.tsv NEW.tsv

SNN_ALL.jsonl is the SaudiNewsNet articles, one a line, whose ids are "a" + the 0-based line
(the samples' event ids: article id ":" trigger offset [":" place offset]).

Labels were made on older versions of rasd, so each is matched again to today's records: the
same event id, else the same trigger offset, else the record of that article whose sentence holds
the labelled trigger offset (the nearest trigger). Only records of today's default output
(status incident, confidence at or above the record model's threshold) are scored; a label
whose record is gone or fell below the floor has nothing to filter. Target: `not` = 1; `real`,
`retold`, `vague`, `optional` = 0. One file per sample (the first reader where two read one).

Leave-one-sample-out (--loso): for each sample, the model is trained on the other samples, its
threshold chosen by an inner leave-one-sample-out over those (the lowest probability whose inner
loss of real records stays within --max-loss), and the held-out sample's kept records are
counted: precision real / (real + not) before and after, and the real records lost.
Needs numpy (training time only; rasd reads the weights file with no Python).
"""
import argparse
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

LABELS = {"real", "retold", "vague", "optional", "not"}


def load_labels(folder):
    """{sample letter: [(event_id, label)]}, the first file of each sample."""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "sample*.tsv"))):
        letter = re.match(r"sample([A-Z]+)\.", os.path.basename(path)).group(1)
        if letter in out:
            continue
        header, rows = None, []
        for line in open(path, encoding="utf-8"):
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if "label" not in header:
                break
            r = dict(zip(header, cells))
            if r.get("label") in LABELS and re.match(r"a\d+:", r.get("event_id", "")):
                rows.append((r["event_id"], r["label"]))
        if rows:
            out[letter] = rows
    return out


def match(labels, dump, threshold):
    """Rows (sample, features, y, label, event_id) of today's default records that a label
    names."""
    by_doc = defaultdict(list)
    for r in dump:
        by_doc[r["doc"]].append(r)
    rows, seen, unmatched, below = [], set(), 0, 0
    for sample, items in sorted(labels.items()):
        for eid, label in items:
            doc, rest = eid.split(":", 1)
            trig = int(rest.split(":")[0])
            recs = by_doc.get(doc, [])
            hit = [r for r in recs if r["event_id"] == eid]
            if not hit:
                hit = [r for r in recs if r["trigger"][0] == trig]
            if not hit:
                hit = sorted(
                    (r for r in recs if r["sentence"][0] <= trig < r["sentence"][1]),
                    key=lambda r: abs(r["trigger"][0] - trig),
                )[:1]
            if not hit:
                unmatched += 1
                continue
            r = hit[0]
            # the record model's confidence before the filter (the record's own confidence is
            # after it, when the dump was made with the filter on)
            if r["features"]["confidence"] < threshold - 1e-6:
                below += 1
                continue
            if r["event_id"] in seen:
                continue
            seen.add(r["event_id"])
            rows.append((sample, r["features"], int(label == "not"), label, r["event_id"]))
    print(
        f"labels matched to today's default records: {len(rows)}; no incident record now: "
        f"{unmatched}; below the floor now: {below}",
        file=sys.stderr,
    )
    return rows


class Data:
    """Every row's features as one matrix (the columns of every feature seen), so that a fold
    only slices it; a fold uses the features of at least min_count of its training rows."""

    def __init__(self, np, rows, guards=(), unguards=()):
        self.np = np
        self.rows = rows
        self.names = sorted({k for _, f, *_ in rows for k in f})
        index = {k: i for i, k in enumerate(self.names)}
        self.x = np.zeros((len(rows), len(self.names)))
        for i, (_, f, *_) in enumerate(rows):
            for k, v in f.items():
                self.x[i, index[k]] = v
        self.y = np.array([r[2] for r in rows], dtype=float)
        self.sample = np.array([r[0] for r in rows])
        self.real = np.array([r[3] == "real" for r in rows])
        # rows the guards keep from the filter (a feature of theirs that is not 0)
        # (unless an unguard feature undoes them: a column's tolls and days are examples)
        self.guarded = np.array([
            any(f.get(g, 0) != 0 for g in guards) and not any(f.get(u, 0) != 0 for u in unguards)
            for _, f, *_ in rows
        ])

    def train(self, idx, l2, min_count):
        np = self.np
        cols = np.flatnonzero((self.x[idx] != 0).sum(0) >= min_count)
        b, w = fit(np, self.x[np.ix_(idx, cols)], self.y[idx], l2)
        return cols, (b, w)

    def score(self, idx, model):
        cols, m = model
        return predict(self.np, m, self.x[self.np.ix_(idx, cols)])


def fit(np, x, y, l2, iters=30):
    """L2-regularised logistic regression by Newton's method; the bias is not penalised."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        g = xb.T @ (p - y) + reg * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[0], w[1:]


def predict(np, model, x):
    b, w = model
    return 1 / (1 + np.exp(-np.clip(b + x @ w, -30, 30)))


def pick_threshold(data, idx, l2, min_count, max_loss, grid):
    """The lowest threshold whose inner leave-one-sample-out loss of real records (over the rows
    idx) is at most max_loss (1.0, no filtering, if none)."""
    np = data.np
    oof = np.zeros(len(idx))
    samples = data.sample[idx]
    for s in sorted(set(samples)):
        tr, te = idx[samples != s], samples == s
        oof[te] = data.score(idx[te], data.train(tr, l2, min_count))
    real, free = data.real[idx], ~data.guarded[idx]
    for t in grid:
        if (real & free & (oof >= t)).sum() <= max_loss * real.sum():
            return t
    return 1.0


def counts(labels, drop):
    real = sum(1 for l, d in zip(labels, drop) if l == "real" and not d)
    nots = sum(1 for l, d in zip(labels, drop) if l == "not" and not d)
    return real, nots


def loso(data, args, grid):
    np = data.np
    samples = sorted(set(data.sample))
    tot = Counter()
    print("sample\trecords\tthreshold\tP before\tP after\treal lost\tretold lost\tnot gone")
    oof = np.zeros(len(data.rows))
    every = np.arange(len(data.rows))
    for s in samples:
        tr, te = every[data.sample != s], every[data.sample == s]
        t = args.threshold or pick_threshold(data, tr, args.l2, args.min_count, args.max_loss, grid)
        p = data.score(te, data.train(tr, args.l2, args.min_count))
        oof[te] = p
        drop = list((p >= t) & ~data.guarded[te])
        labels = [data.rows[i][3] for i in te]
        r0, n0 = counts(labels, [False] * len(te))
        r1, n1 = counts(labels, drop)
        ret = sum(1 for l, d in zip(labels, drop) if l == "retold" and d)
        tot.update(real0=r0, not0=n0, real1=r1, not1=n1, retold_lost=ret,
                   retold=sum(l == "retold" for l in labels), n=len(te))
        print(f"{s}\t{len(te)}\t{t:.3f}\t{r0 / max(1, r0 + n0):.3f}\t{r1 / max(1, r1 + n1):.3f}"
              f"\t{r0 - r1}/{r0}\t{ret}\t{n0 - n1}/{n0}", flush=True)
    p0 = tot["real0"] / (tot["real0"] + tot["not0"])
    p1 = tot["real1"] / max(1, tot["real1"] + tot["not1"])
    print(f"all\t{tot['n']}\t-\t{p0:.3f}\t{p1:.3f}\t{tot['real0'] - tot['real1']}/{tot['real0']}"
          f" ({(tot['real0'] - tot['real1']) / tot['real0']:.1%})\t{tot['retold_lost']}/{tot['retold']}"
          f"\t{tot['not0'] - tot['not1']}/{tot['not0']}")
    labels = [r[3] for r in data.rows]
    print("\none threshold for all over the out-of-fold scores: threshold, P after, real lost, "
          "retold lost, not gone")
    for t in grid:
        drop = list((oof >= t) & ~data.guarded)
        r1, n1 = counts(labels, drop)
        ret = sum(1 for l, d in zip(labels, drop) if l == "retold" and d)
        print(f"{t:.3f}\t{r1 / max(1, r1 + n1):.3f}\t{tot['real0'] - r1}/{tot['real0']}\t"
              f"{ret}\t{tot['not0'] - n1}/{tot['not0']}")
    return oof


def read_weights(path):
    """A record_filter.tsv: {feature: weight} with its `threshold`, `enabled` and `guard:` rows."""
    w = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("feature\t") or not line.strip():
            continue
        k, v = line.rstrip("\n").split("\t")
        w[k] = float(v)
    return w


def probability(w, features):
    """The filter `w`'s probability that a record with these features tells no incident."""
    import math

    z = w.get("bias", 0) + sum(w.get(k, 0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def filtered(w, features, floor):
    """Whether the filter `w` lowers a default record with these features (as at run time:
    over the floor, no guard feature set, p at or above the threshold)."""
    if features.get("confidence", 0) < floor - 1e-6:
        return False
    if any(features.get(k[6:], 0) != 0 for k in w if k.startswith("guard:")) and not any(
        features.get(k[8:], 0) != 0 for k in w if k.startswith("unguard:")
    ):
        return False
    return probability(w, features) >= w["threshold"]


def score_file(rows, path, floor):
    """Per sample: precision before and after the weights file, real and retold lost, not gone."""
    w = read_weights(path)
    by = defaultdict(Counter)
    for sample, f, _, label, _ in rows:
        by[sample][label, filtered(w, f, floor)] += 1
    print("sample\tP before\tP after\treal lost\tretold lost\tnot gone")
    for s in sorted(by) + ["all"]:
        c = by[s] if s != "all" else sum(by.values(), Counter())
        r0, n0 = c["real", 0] + c["real", 1], c["not", 0] + c["not", 1]
        print(f"{s}\t{r0 / max(1, r0 + n0):.3f}\t{c['real', 0] / max(1, c['real', 0] + c['not', 0]):.3f}"
              f"\t{c['real', 1]}/{r0}\t{c['retold', 1]}\t{c['not', 1]}/{n0}")


def diff_files(dump, old, new, floor, articles=None):
    """The default records of a corpus dump that `new` filters and `old` does not, and back,
    each with its probability under the old and the new weights (how near the cut it sits);
    with the corpus (`articles`, ids "a" + line) also the title and the text round the trigger,
    to read every changed record (a refit moves records across the cut both ways: mdl55)."""
    wo, wn = read_weights(old), read_weights(new)
    gone, back = [], []
    for r in dump:
        f = r["features"]
        a, b = filtered(wo, f, floor), filtered(wn, f, floor)
        row = [r, f"{r['event_id']}\t{probability(wo, f):.3f}\t{probability(wn, f):.3f}"]
        if b and not a:
            gone.append(row)
        elif a and not b:
            back.append(row)
    if articles:
        want = {int(r["doc"][1:]) for r, _ in gone + back if re.match(r"a\d+$", r["doc"])}
        text = {}
        for i, line in enumerate(open(articles, encoding="utf-8")):
            if i in want:
                a = json.loads(line)
                text[f"a{i}"] = (a.get("title") or "", a.get("content") or a.get("text") or "")
        for row in gone + back:
            title, body = text.get(row[0]["doc"], ("", ""))
            t = row[0]["trigger"][0]
            near = body[max(0, t - 150):t + 150].replace("\n", " ").replace("\t", " ")
            row[1] += f"\t{title[:80]}\t{near}"
    print(f"# filtered by the new weights only (gone from the default output): {len(gone)}; "
          f"by the old only (back): {len(back)}; columns: event id, p old, p new"
          + (", title, text round the trigger" if articles else ""))
    gone, back = [r for _, r in gone], [r for _, r in back]
    for e in gone:
        print(f"gone\t{e}")
    for e in back:
        print(f"back\t{e}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", default="data/eval/unannotated")
    ap.add_argument("--articles", help="SaudiNewsNet JSONL (ids a + line), for --write-articles "
                    "and for --diff (each changed record's title and text round its trigger)")
    ap.add_argument("--write-articles", help="write the labelled samples' articles here and stop")
    ap.add_argument("--dump", help="rasd eval --dump-filter output")
    ap.add_argument("--floor", type=float, default=0.45, help="the default output's floor")
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--min-count", type=int, default=8, help="rows a feature needs to be used")
    ap.add_argument("--max-loss", type=float, default=0.03,
                    help="inner loss of real records allowed when choosing the threshold")
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the inner choice")
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--oof", help="with --loso, write each row's out-of-fold score here")
    ap.add_argument("--guard", default="",
                    help="comma-separated features that keep a record from the filter when not 0 "
                    "(e.g. rm:toll,rm:injury_toll,rm:own_date)")
    ap.add_argument("--unguard", default="",
                    help="comma-separated features that undo the guards when not 0 "
                    "(e.g. story:first_person_any)")
    ap.add_argument("--score", help="a weights file: per-sample figures of it on --dump")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"),
                    help="two weights files: the default records of --dump (a corpus dump) that "
                    "one filters and the other does not")
    ap.add_argument("--out")
    ap.add_argument("--enable", action="store_true", help="write `enabled 1`")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    if args.write_articles:
        want = {int(eid.split(":")[0][1:]) for rows in labels.values() for eid, _ in rows}
        with open(args.write_articles, "w", encoding="utf-8") as out:
            for i, line in enumerate(open(args.articles, encoding="utf-8")):
                if i in want:
                    out.write(line)
        return
    import numpy as np

    dump = [json.loads(l) for l in open(args.dump, encoding="utf-8")]
    if args.diff:
        diff_files(dump, *args.diff, args.floor, args.articles)
        return
    rows = match(labels, dump, args.floor)
    if args.score:
        score_file(rows, args.score, args.floor)
        return
    print(f"samples {len(labels)}; labels {Counter(r[3] for r in rows)}", file=sys.stderr)
    guards = [g for g in args.guard.split(",") if g]
    unguards = [g for g in args.unguard.split(",") if g]
    data = Data(np, rows, guards, unguards)
    grid = [round(0.5 + 0.025 * k, 3) for k in range(20)]
    if args.loso:
        oof = loso(data, args, grid)
        if args.oof:
            with open(args.oof, "w", encoding="utf-8") as out:
                for r, p in zip(rows, oof):
                    out.write(f"{r[0]}\t{r[4]}\t{r[3]}\t{p:.3f}\n")
    if args.out:
        every = np.arange(len(rows))
        t = args.threshold or pick_threshold(data, every, args.l2, args.min_count, args.max_loss, grid)
        cols, (b, w) = data.train(every, args.l2, args.min_count)
        weights = {data.names[c]: float(v) for c, v in zip(cols, w) if abs(v) >= 1e-4}
        weights.update(bias=float(b), threshold=float(t), enabled=1.0 if args.enable else 0.0)
        weights.update({f"guard:{g}": 1.0 for g in guards})
        weights.update({f"unguard:{g}": 1.0 for g in unguards})
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(
                f"# source: fitted by scripts/train_record_filter.py on {len(rows)} hand-labelled "
                f"default records of {len(labels)} samples (data/eval/unannotated/sample*.tsv, "
                f"SaudiNewsNet 2015) with --l2 {args.l2} --min-count {args.min_count} --max-loss "
                f"{args.max_loss} --guard {args.guard or '-'}"
                + (f" --unguard {args.unguard}" if unguards else "")
                + (f" --threshold {args.threshold}" if args.threshold else "")
                + "; features in crates/rasd-extract/src/record_filter.rs; "
                f"target: the record tells no incident (label `not`)\n# licence: Apache-2.0\n"
                "feature\tweight\n"
            )
            for k in sorted(weights):
                out.write(f"{k}\t{weights[k]:.4f}\n")
        print(f"wrote {args.out}: {len(weights) - 3 - len(guards) - len(unguards)} weights, threshold {t}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
