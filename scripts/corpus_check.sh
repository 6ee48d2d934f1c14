#!/usr/bin/env bash
# The figures each session compares before keeping a rule (EVALUATION.md), in one command:
#
#   scripts/corpus_check.sh RASD_BIN SAUDINEWSNET_JSONL_GZ WORKDIR TAG
#
# The first run builds WORKDIR's corpora from the SaudiNewsNet dump (not shipped; its path is an
# argument): snn_all.jsonl (all 31,030 articles, id "a" + the 0-based line), news3000.jsonl (the
# first 3,000), econsport.jsonl (the economy and sport outlets aleqtisadiya and arreyadi), abha.jsonl
# (the 712 articles of 6-11 August 2015 with a mosque, Asir or Abha and a bombing: issue 16) and
# allrep.jsonl (the 270 annotated whole reports: dev, extra and the record model's training
# reports), and suruc.jsonl (the 138 articles naming Suruc). Then it writes WORKDIR/TAG.* with
# RASD_BIN: `rasd eval`, `rasd eval --reports` over the 270 (and `--misses`), the default and `--all`
# records over the 31,030, news3000, econsport, the Abha and Suruc stores, and prints the summary. Compare two tags' records with scripts/diff_records.py.
set -euo pipefail
BIN=$(readlink -f "$1"); GZ=$(readlink -f "$2"); W=$(mkdir -p "$3" && cd "$3" && pwd); TAG=$4
cd "$(dirname "$0")/.."
if [ ! -s "$W/allrep.jsonl" ]; then
  python3 - "$GZ" "$W" <<'PY'
import gzip, json, re, sys
gz, w = sys.argv[1], sys.argv[2]
out = {k: open(f"{w}/{k}.jsonl", "w", encoding="utf-8") for k in ("snn_all", "news3000", "econsport", "abha")}
place, blast = re.compile("مسجد|عسير|أبها|ابها"), re.compile("تفجير|انفجار|انتحاري")
with gzip.open(gz, "rt", encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        a = json.loads(line)
        a = {"id": f"a{i}", **a}
        s = json.dumps(a, ensure_ascii=False) + "\n"
        out["snn_all"].write(s)
        if i < 3000:
            out["news3000"].write(s)
        if a.get("source") in ("aleqtisadiya", "arreyadi"):
            out["econsport"].write(s)
        text = (a.get("title") or "") + "\n" + (a.get("content") or "")
        if "2015-08-06" <= a.get("date_extracted", "")[:10] <= "2015-08-11" and place.search(text) and blast.search(text):
            out["abha"].write(s)
PY
  python3 scripts/train_reports.py "$GZ" data/train/reports.train.labels.jsonl > "$W/train.jsonl"
  cat data/eval/reports.dev.jsonl data/eval/reports.extra.jsonl "$W/train.jsonl" > "$W/allrep.jsonl"
fi
# the 138 articles that name Suruc ("سروج", "سوروتش", "سوروج": issue 16's second labelled
# coverage, data/eval/suruc_mentions.tsv), taken from snn_all.jsonl
if [ ! -s "$W/suruc.jsonl" ]; then
  grep -E "سوروتش|سوروج|سروج" "$W/snn_all.jsonl" > "$W/suruc.jsonl"
fi
# the embedded lexicons load with nothing and one stderr line when a data file is broken (an
# unsorted cues.tsv): stop here rather than measure a binary that reads no cues
if echo "قتل 3 جنود في انفجار سيارة مفخخة في بغداد" | "$BIN" extract - 2>&1 >/dev/null | grep -q "is broken"; then
  echo "corpus_check: $BIN reports a broken embedded data file:" >&2
  echo "قتل 3" | "$BIN" extract - 2>&1 >/dev/null | grep "is broken" >&2
  exit 1
fi
"$BIN" eval > "$W/$TAG.eval.txt"
"$BIN" eval --reports "$W/allrep.jsonl" > "$W/$TAG.all270.txt"
"$BIN" eval --reports "$W/allrep.jsonl" --misses > "$W/$TAG.all270.misses.txt"
"$BIN" extract "$W/snn_all.jsonl" > "$W/$TAG.snn_all.jsonl" 2>/dev/null
"$BIN" extract --all "$W/snn_all.jsonl" > "$W/$TAG.snn_allm.jsonl" 2>/dev/null
"$BIN" extract "$W/news3000.jsonl" > "$W/$TAG.news3000.jsonl" 2>/dev/null
"$BIN" extract "$W/econsport.jsonl" > "$W/$TAG.econsport.jsonl" 2>/dev/null
rm -f "$W/$TAG.abha.db"
"$BIN" ingest "$W/abha.jsonl" --db "$W/$TAG.abha.db" > /dev/null 2>&1
python3 scripts/abha_share.py "$W/$TAG.abha.db" > "$W/$TAG.abha.txt"
rm -f "$W/$TAG.suruc.db"
"$BIN" ingest "$W/suruc.jsonl" --db "$W/$TAG.suruc.db" > /dev/null 2>&1
python3 scripts/abha_share.py "$W/$TAG.suruc.db" --labels data/eval/suruc_mentions.tsv > "$W/$TAG.suruc.txt"
python3 - "$W" "$TAG" <<'PY'
import json, sys
w, tag = sys.argv[1], sys.argv[2]
def records(name):
    return [json.loads(l) for l in open(f"{w}/{tag}.{name}.jsonl", encoding="utf-8")]
violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
snn, econ = records("snn_all"), records("econsport")
big = sum(1 for r in snn if ((r.get("fatalities") or {}).get("min") or 0) >= 10000)
articles = sum(1 for _ in open(f"{w}/econsport.jsonl", encoding="utf-8"))
v = sum(r["event_type"] in violent for r in econ)
print(f"31,030 articles: {len(snn)} default records, {big} with a toll >= 10,000; "
      f"news3000: {len(records('news3000'))}; econsport: {v} violent ({100 * v / articles:.1f} per 100 articles)")
PY
sed -n 2,11p "$W/$TAG.all270.txt"
sed -n 2,3p "$W/$TAG.eval.txt"
grep -E "B-cubed|toll best|ASSAULT detection \(default|events \(violent\)" "$W/$TAG.eval.txt" | head -5
tail -1 "$W/$TAG.abha.txt"
tail -1 "$W/$TAG.suruc.txt"
