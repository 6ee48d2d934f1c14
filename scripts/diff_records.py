#!/usr/bin/env python3
"""Default records gone, new and changed between two `rasd extract` outputs over one corpus.

    python3 scripts/diff_records.py OLD.jsonl NEW.jsonl CORPUS.jsonl

Records are keyed by event_id; a record changed when its type, sub-type, place (name, admin1,
country), date, tolls or status differ. Each is printed with the words of its sentence, read
from CORPUS (the JSONL the outputs were made from: id, title, content or text), so that every
change can be read and judged against its article before a rule is kept (EVALUATION.md)."""
import json, sys
def load(f):
    d = {}
    for l in open(f, encoding="utf-8"):
        r = json.loads(l); d[r["event_id"]] = r
    return d
def key(r):
    loc = r.get("location") or {}
    f = r.get("fatalities") or {}; i = r.get("injuries") or {}
    return (r.get("event_type"), r.get("sub_event_type"), loc.get("name"), loc.get("admin1"), loc.get("country"),
            (r.get("date") or {}).get("value"), f.get("min"), f.get("max"), i.get("min"), i.get("max"), r.get("status"))
def show(tag, r, extra=""):
    loc = r.get("location") or {}
    f = r.get("fatalities") or {}; i = r.get("injuries") or {}
    print(f"{tag} {r['event_id']} | {r.get('sub_event_type')} | {loc.get('name')}/{loc.get('admin1')}/{loc.get('country')} "
          f"| {(r.get('date') or {}).get('value')} | fat {f.get('min')}-{f.get('max')} | inj {i.get('min')}-{i.get('max')} | {r.get('status')} {r.get('status_cue','')} {extra}")
    t = TEXT.get(r["doc_id"], ""); s0, s1 = r["sentence"]
    print("     ", t[s0:s1][:400].replace("\n", " / "))
a, b = load(sys.argv[1]), load(sys.argv[2])
CORPUS = sys.argv[3]
need = set(r["doc_id"] for d in (a, b) for r in d.values())
TEXT = {}
for l in open(CORPUS, encoding="utf-8"):
    x = json.loads(l)
    if x["id"] in need:
        t = x.get("title") or ""
        TEXT[x["id"]] = (t + "\n" if t else "") + (x.get("content") or x.get("text") or "")
gone = [k for k in a if k not in b]; new = [k for k in b if k not in a]
ch = [k for k in a if k in b and key(a[k]) != key(b[k])]
print(f"# gone {len(gone)}, new {len(new)}, changed {len(ch)}; old {len(a)} new {len(b)}")
for k in gone: show("-", a[k])
for k in new: show("+", b[k])
for k in ch:
    show("<", a[k]); show(">", b[k])
