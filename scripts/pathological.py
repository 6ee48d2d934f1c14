#!/usr/bin/env python3
"""Pathological inputs for the linear-time work (issue 14, item 1).

  scripts/pathological.py sentence BYTES > long.txt   one sentence telling many incidents, no full stop
  scripts/pathological.py line BYTES NEWS.jsonl > line.txt   news articles' text joined on one line

Both are written as a .txt file (one report); BYTES is the UTF-8 size, cut at a whole repetition
(sentence) or a whole article (line, the last one cut at a char)."""
import json
import sys

UNIT = "انفجار سيارة مفخخة في الموصل أمس أسفر عن مقتل 12 وإصابة 30 "


def sentence(size):
    unit = UNIT.encode()
    return (unit * max(1, size // len(unit))).decode()


def line(size, path):
    out, n = [], 0
    with open(path, encoding="utf-8") as f:
        while n < size:
            for raw in f:
                text = " ".join(json.loads(raw)["text"].split())
                out.append(text)
                n += len(text.encode()) + 1
                if n >= size:
                    break
            else:
                f.seek(0)
    joined = " ".join(out).encode()[:size]
    return joined.decode(errors="ignore")


def main():
    kind, size = sys.argv[1], int(sys.argv[2])
    text = sentence(size) if kind == "sentence" else line(size, sys.argv[3])
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
