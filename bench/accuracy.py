"""Attribution accuracy on labelled rows: precision, coverage, top-1 and every wrong answer.

python bench/accuracy.py                # tests/data/family_cases*.csv, and the dev set when present
python bench/accuracy.py FILE.csv ...   # any CSV with `marking` and `accepted_makers` or `expected_maker`
    [--wrong wrong.csv]                 # write the wrong and abstained answers
python bench/accuracy.py --catalogue-parts [--rules-only]
                                        # every shipped catalogue part's number (KiCad, devicetree,
                                        # flashrom) against its maker; --rules-only reads them with
                                        # the part lists left out, so the family rules alone answer:
                                        # how the rules do on real orderable numbers (the
                                        # collide27/partsgap27 rules were written from these misses)

Each wrong answer carries its cause, the first that holds of: the maker's candidate outranked
(a family rule, catalogue part or maker word of the published maker was considered, and another
maker's reading or an abstention won: the ranking is where to look); no part number read; the
maker not in the catalogue; no candidate of the maker (a new fact would be needed). Each file's
line counts them (`wrong_by_cause`).

Judging follows ../shared/tools/evaluate.py: an answer is right when the manufacturer or the
owner names one of the accepted makers (brand or any later owner), after folding legal forms.
Bands confirmed and likely are the confident answers.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

from tracer.catalog import Catalog, load_catalog, shipped_folder
from tracer.match import attribute, context, gather
from tracer.model import BomLine

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "teardown_dev.csv"
LEGAL = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
         "gmbh", "ag", "sa", "nv", "bv", "plc", "se", "the", "group", "holdings", "technology",
         "technologies", "semiconductor", "semiconductors", "electronics", "electronic",
         "international", "products", "industries", "industry", "manufacturing", "devices"}


def norm(name: str | None) -> str:
    n = (name or "").lower().replace("&", " and ").replace("analog devices", "analog_devices")
    n = n.replace("maxim integrated products", "maxim_integrated")
    return " ".join(t for t in re.split(r"\W+", n) if t and t not in LEGAL).replace("_", " ")


def same_maker(answer: str | None, accepted: list[str]) -> bool:
    a = norm(answer)
    if not a:
        return False
    for e in map(norm, accepted):
        if not e:
            continue
        if a == e or a.replace(" ", "") == e.replace(" ", ""):
            return True
        at, et = a.split(), e.split()
        short, long_ = (at, et) if len(at) <= len(et) else (et, at)
        if long_[: len(short)] == short and len("".join(short)) >= 3:
            return True
    return False


def accepted_makers(row: dict[str, str]) -> list[str]:
    """The makers a row accepts: its `accepted_makers` list, else its `expected_maker`, names split
    by "|" and each read as the portal writes it, "Brand (Owner, Later owner)" accepting every name."""
    if row.get("accepted_makers"):
        return row["accepted_makers"].split("|")
    out = []
    for name in (row.get("expected_maker") or "").split("|"):
        brand, _, owners = name.partition(" (")
        out += [brand.strip()] + [o.strip() for o in owners.rstrip(") ").split(",") if o.strip()]
    return out


def catalogue_part_rows(cat: Catalog) -> list[dict[str, str]]:
    """One row per distinct shipped part number: its maker (the catalogue's name for the list's) and
    that maker's owner today accepted."""
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(shipped_folder().glob("parts*.csv")):
        for r in csv.DictReader(path.open(encoding="utf-8")):
            maker = cat.resolve(r["manufacturer"]) or r["manufacturer"]  # the list may use an alias
            rows.setdefault(r["mpn"], {"marking": r["mpn"], "accepted_makers": f"{maker}|{cat.owner(maker) or maker}"})
    return list(rows.values())


CAUSES = ("no part number read", "maker not in the catalogue", "no candidate of the maker",
          "the maker's candidate outranked")


def cause(line: BomLine, accepted: list[str], cat: Catalog) -> str:
    """Why a row's answer is wrong: a candidate of the published maker was considered and lost; else
    tracer found no part number or maker word in the marking; else the maker is not in the
    catalogue; else no family rule, catalogue part or maker word offered a candidate of it."""
    ctx = context(line, cat)
    cands = gather(cat, ctx)
    if any(same_maker(c.manufacturer, accepted) or same_maker(cat.owner(c.manufacturer), accepted) for c in cands):
        return CAUSES[3]
    if not ctx.marking.candidates and not ctx.stated:
        return CAUSES[0]
    if not any(cat.resolve(m) for m in accepted):
        return CAUSES[1]
    return CAUSES[2]


def score(name: str, rows: list[dict[str, str]], cat: Catalog, wrong_out: list[dict]) -> dict:
    started = time.perf_counter()
    stats: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for i, r in enumerate(rows):
        accepted = accepted_makers(r)
        line = BomLine(name, f"row {i + 2}", r["marking"])
        a = attribute(line, cat)
        ok = same_maker(a.manufacturer, accepted) or same_maker(a.owner, accepted)
        alt = ok or any(same_maker(x["manufacturer"], accepted) for x in a.alternatives)
        confident = a.band in ("confirmed", "likely")
        stats.update(rows=1, confident=confident, right_confident=confident and ok, top1=ok, with_alt=alt)
        if not ok:
            causes[why := cause(line, accepted, cat)] += 1
            wrong_out.append({"file": Path(name).name, "marking": r["marking"], "expected": "|".join(accepted),
                              "got": a.manufacturer, "band": a.band, "method": a.method, "mpn": a.mpn,
                              "in_alternatives": alt, "cause": why,
                              "evidence": " | ".join(a.evidence)})
    n = stats["rows"] or 1
    return {"file": name, "rows": stats["rows"], "seconds": round(time.perf_counter() - started, 2),
            "precision": round(stats["right_confident"] / stats["confident"], 4) if stats["confident"] else 0.0,
            "coverage": round(stats["confident"] / n, 4), "top1": round(stats["top1"] / n, 4),
            "recall_with_alternatives": round(stats["with_alt"] / n, 4),
            "confident_wrong": stats["confident"] - stats["right_confident"],
            "wrong_by_cause": {c: causes[c] for c in CAUSES}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--wrong", type=Path, help="write wrong and abstained answers here")
    ap.add_argument("--catalogue-parts", action="store_true", help="score the shipped catalogue parts' numbers")
    ap.add_argument("--rules-only", action="store_true", help="leave the part lists out of the catalogue")
    a = ap.parse_args()
    cat = load_catalog(parts=not a.rules_only)
    wrong: list[dict] = []
    if a.catalogue_parts:
        full = load_catalog() if a.rules_only else cat
        print(score("catalogue parts" + (" (rules only)" if a.rules_only else ""), catalogue_part_rows(full), cat, wrong))
    files = a.files or ([] if a.catalogue_parts else
                        [*sorted((ROOT / "tests" / "data").glob("family_cases*.csv")), *([DEV] if DEV.exists() else [])])
    for f in files:
        print(score(str(f), list(csv.DictReader(f.open(encoding="utf-8"))), cat, wrong))
    if a.wrong and wrong:
        with a.wrong.open("w", newline="", encoding="utf-8") as out:
            w = csv.DictWriter(out, list(wrong[0]))
            w.writeheader()
            w.writerows(wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())
