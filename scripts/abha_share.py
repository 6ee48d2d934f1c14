#!/usr/bin/env python3
"""Share of one incident's mentions in the largest incident of a store (issue 16).

Usage: scripts/abha_share.py DB [--labels TSV] [--list]

DB is a SQLite store made by `rasd ingest` from the articles the labels were made on (not
shipped): by default data/eval/abha_mentions.tsv, the 712 SaudiNewsNet articles of 6-11 August
2015 that mention a mosque, Asir or Abha and a bombing (the Abha bombing, label "abha"); with
`--labels data/eval/suruc_mentions.tsv`, the 138 articles of 21 July-11 August 2015 that name
Suruc (the Suruc bombing, label "suruc"). The incident's label is the TSV's label other than
"other" and "none". Labelled members count as their label; unlabelled members of the largest
incident count at the purity of its labelled sample; unlabelled members of other incidents are
listed with --list and not counted (label them).
"""
import collections
import sqlite3
import sys
from pathlib import Path

LABELS = Path(__file__).resolve().parent.parent / "data" / "eval" / "abha_mentions.tsv"


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    path = LABELS
    if "--labels" in args:
        path = Path(args[args.index("--labels") + 1])
    labels, sample = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("event_id\t"):
            continue
        event_id, where, label, *_ = line.split("\t")
        labels[event_id] = label
        if where == "main":
            sample.append(label)
    (name,) = {x for x in labels.values() if x not in ("other", "none")}
    purity = sample.count(name) / len(sample)
    db = sqlite3.connect(args[0])
    main_id = db.execute("SELECT id FROM clusters ORDER BY n_sources DESC LIMIT 1").fetchone()[0]
    inside, outside = collections.Counter(), collections.Counter()
    unlabelled_main, unlabelled = 0, []
    for event_id, cluster in db.execute("SELECT event_id, cluster_id FROM cluster_members"):
        label = labels.get(event_id)
        if cluster == main_id:
            if label:
                inside[label] += 1
            else:
                unlabelled_main += 1
        elif label:
            outside[label] += 1
        else:
            unlabelled.append(event_id)
    main_share = inside[name] + unlabelled_main * purity
    total = main_share + outside[name]
    print(
        f"largest incident: {sum(inside.values()) + unlabelled_main} members ({inside[name]} "
        f"labelled {name}, {unlabelled_main} unlabelled counted at the sample's purity {purity:.3f}); "
        f"other incidents: {outside[name]} {name}, {outside['other']} other, {outside['none']} "
        f"none, {len(unlabelled)} unlabelled"
    )
    article = "the bombing's" if name == "abha" else f"the {name} incident's"
    print(f"{article} mentions in the largest incident: {main_share:.0f} of {total:.0f} = {main_share / total:.3f}")
    if "--list" in args:
        for event_id in unlabelled:
            print("unlabelled", event_id)


if __name__ == "__main__":
    main()
