#!/usr/bin/env python3
"""Share of the Abha bombing's mentions in the largest incident of a store (issue 16).

Usage: scripts/abha_share.py DB [--list]

DB is a SQLite store made by `rasd ingest` from the 712 SaudiNewsNet articles of 6-11 August 2015
that data/eval/abha_mentions.tsv was labelled on (not shipped). Labelled members count as their
label; unlabelled members of the largest incident count at the purity of its labelled sample;
unlabelled members of other incidents are listed with --list and not counted (label them).
"""
import collections
import sqlite3
import sys
from pathlib import Path

LABELS = Path(__file__).resolve().parent.parent / "data" / "eval" / "abha_mentions.tsv"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    labels, sample = {}, []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("event_id\t"):
            continue
        event_id, where, label, *_ = line.split("\t")
        labels[event_id] = label
        if where == "main":
            sample.append(label)
    purity = sample.count("abha") / len(sample)
    db = sqlite3.connect(sys.argv[1])
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
    main_abha = inside["abha"] + unlabelled_main * purity
    total = main_abha + outside["abha"]
    print(
        f"largest incident: {sum(inside.values()) + unlabelled_main} members ({inside['abha']} "
        f"labelled abha, {unlabelled_main} unlabelled counted at the sample's purity {purity:.3f}); "
        f"other incidents: {outside['abha']} abha, {outside['other']} other, {outside['none']} "
        f"none, {len(unlabelled)} unlabelled"
    )
    print(f"the bombing's mentions in the largest incident: {main_abha:.0f} of {total:.0f} = {main_abha / total:.3f}")
    if "--list" in sys.argv:
        for event_id in unlabelled:
            print("unlabelled", event_id)


if __name__ == "__main__":
    main()
