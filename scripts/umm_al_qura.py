#!/usr/bin/env python3
"""Writes crates/rasd-core/data/umm_al_qura.tsv: the Umm al-Qura calendar's months, 1343-1500 AH.

    pip download hijridate==2.6.0 --no-deps -d /tmp/hd && unzip -o /tmp/hd/*.whl -d /tmp/hd
    PYTHONPATH=/tmp/hd python3 scripts/umm_al_qura.py > crates/rasd-core/data/umm_al_qura.tsv

One row per Hijri year: the Gregorian date of its 1 Muharram and its twelve month lengths in
days, from hijridate's `ummalqura.MONTH_STARTS` (reduced Julian days of
each month's first day). Deterministic; standard library besides hijridate.
"""
import datetime

from hijridate import ummalqura as u

RJD_EPOCH = datetime.date(1858, 11, 16)  # reduced Julian day 0 (JD 2,400,000)


def main():
    starts = u.MONTH_STARTS
    first_year = u.HIJRI_RANGE[0][0]
    print("# source: hijridate 2.6.0 (PyPI, github.com/dralshehri/hijridate), ummalqura.MONTH_STARTS: the Umm al-Qura")
    print("#   calendar's month starts, 1343-1500 AH (1924-2077 CE); written by scripts/umm_al_qura.py")
    print("# licence: MIT, Copyright (c) Mohammed Alshehri (LICENSE-hijridate in this folder)")
    print("year\tfirst_day\tmonth_lengths")
    years = (len(starts) - 1) // 12
    for k in range(years):
        s = starts[12 * k: 12 * k + 13]
        first = RJD_EPOCH + datetime.timedelta(days=s[0])
        # (29 or 30 days, but for a few months of the 1340s-1360s, as the calendar was then)
        lengths = ",".join(str(b - a) for a, b in zip(s, s[1:]))
        assert all(28 <= b - a <= 31 for a, b in zip(s, s[1:]))
        print(f"{first_year + k}\t{first.isoformat()}\t{lengths}")


if __name__ == "__main__":
    main()
