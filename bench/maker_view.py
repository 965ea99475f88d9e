"""How well `tracer maker NAME` finds a maker's rows, and its part list's rows: trace the dev set,
then ask the maker view for Analog Devices, Texas Instruments and Infineon.

    python bench/maker_view.py [../shared/data/teardown_dev.csv]

1. The view. Recall: share of rows whose published maker is the company or a brand it owns that the
   view returns. Precision: share of what it returns whose published maker belongs there.
2. `--parts`. Each maker's list is every catalogue part (KiCad and devicetree) of the company and
   its brands: real orderable numbers, none taken from the dev rows. The oracle for "a row carrying
   a listed part" reads the marking alone: a run of one to three adjacent words whose key equals a
   listed number's, or is it plus an ordering suffix (five characters at least, not digit after
   digit: AD813 is not in AD8138A). `missed` rows are the oracle's that `--parts` did not return;
   `beyond` rows are returned through tracer's own reading (a shortened mark expanded, a top-mark
   decoded) and printed for a reader to judge.
3. Speed of the part-list check on 10,000 stored rows and every catalogue part of every maker:
   `check_parts` (indexed) against the obvious baseline, every listed number compared with every
   row (the code before the index), timed on `--naive-sample` listed numbers and scaled to all.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracer import maker_view as mv  # noqa: E402
from tracer.catalog import Catalog, load_catalog, part_key  # noqa: E402

MAKERS = ("Analog Devices", "Texas Instruments", "Infineon Technologies")
WORDS = re.compile(r"[\s(),;]+")


def trace_dev(rows: list[dict[str, str]], work: Path) -> dict[str, str]:
    """Trace the dev rows into a new store under `work`; the environment that names the store."""
    bom = work / "dev.csv"
    with bom.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["No", "System", "Marking"])
        for i, r in enumerate(rows, 1):
            w.writerow([i, r["system"], r["marking"]])
    env = dict(os.environ, TRACER_DB=str(work / "dev.db"))
    subprocess.run(["tracer", "trace", str(bom), "--format", "json"], env=env, check=True, capture_output=True)
    return env


def maker_json(env: dict[str, str], *args: str) -> dict[str, Any]:
    out = subprocess.run(["tracer", "maker", *args, "--format", "json"], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def row_of(component: dict[str, Any]) -> int:
    return int(component["locator"].split()[-1])


def view_scores(cat: Catalog, rows: list[dict[str, str]], env: dict[str, str]) -> None:
    for maker in MAKERS:
        truth = {i + 2 for i, r in enumerate(rows)
                 if any((m := cat.resolve(x)) and cat.owner(m) == maker for x in r["accepted_makers"].split("|"))}
        got = {row_of(c) for c in maker_json(env, maker)["components"]}
        hit = len(truth & got)
        print(json.dumps({"maker": maker, "published_rows": len(truth), "returned": len(got),
                          "recall": round(hit / len(truth), 3), "precision": round(hit / len(got), 3) if got else None}))
        for i in sorted(truth - got):
            print(f"  not returned  {rows[i - 2]['marking'][:70]!r} (published {rows[i - 2]['manufacturer'][:40]!r})")
        for i in sorted(got - truth):
            print(f"  not the maker's  {rows[i - 2]['marking'][:70]!r} (published {rows[i - 2]['manufacturer'][:40]!r})")


def word_runs(marking: str) -> Iterator[str]:
    words = [w for w in WORDS.split(marking) if w]
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            if k := part_key("".join(words[i:i + n])):
                yield k


def carries(key: str, run: str) -> bool:
    short, long_ = sorted((key, run), key=len)
    return short == long_ or (len(short) >= 5 and long_.startswith(short)
                              and not (short[-1].isdigit() and long_[len(short)].isdigit()))


def catalogue_parts(cat: Catalog, maker: str | None = None) -> list[str]:
    return sorted({p.mpn for ps in cat.parts.values() for p in ps if maker is None or cat.owner(p.manufacturer) == maker})


def parts_scores(cat: Catalog, rows: list[dict[str, str]], env: dict[str, str], work: Path) -> None:
    for maker in MAKERS:
        listed = catalogue_parts(cat, maker)
        path = work / f"{maker.split()[0]}.csv"
        path.write_text("Part Number\n" + "\n".join(listed) + "\n", encoding="utf-8")
        found: dict[int, list[str]] = {}
        for p in maker_json(env, maker, "--parts", str(path))["parts"]:
            for h in p["hits"]:
                found.setdefault(row_of(h["component"]), []).append(f"{p['mpn']}: {h['how']}")
        keys = {part_key(p): p for p in listed}
        oracle = {}
        for i, r in enumerate(rows, 2):
            runs = set(word_runs(r["marking"]))
            if hit := [p for k, p in keys.items() if any(carries(k, x) for x in runs)]:
                oracle[i] = hit
        print(json.dumps({"maker": maker, "listed": len(listed), "oracle_rows": len(oracle), "returned_rows": len(found),
                          "missed": len(set(oracle) - set(found)), "beyond": len(set(found) - set(oracle))}))
        for i in sorted(set(oracle) - set(found)):
            print(f"  missed  {rows[i - 2]['marking'][:70]!r}: {oracle[i][:3]}")
        for i in sorted(set(found) - set(oracle)):
            print(f"  beyond  {rows[i - 2]['marking'][:70]!r}: {found[i][0]}")


def naive_check(listed: list[str], rows: list[dict[str, Any]]) -> int:
    """The baseline: every listed number against every row's part number and marking words."""
    hits = 0
    for mpn in listed:
        for c in rows:
            if (c.get("mpn") and mv.same_part(mpn, c["mpn"])) or (
                    len(part_key(mpn)) >= mv.MIN_PREFIX and any(mv.same_part(mpn, t) for t in c.get("marking", "").split())):
                hits += 1
    return hits


def speed(cat: Catalog, env: dict[str, str], sample: int) -> None:
    import sqlite3

    with sqlite3.connect(env["TRACER_DB"]) as conn:
        stored = [json.loads(r[0]) for r in conn.execute("select data from attributions")]
    rows = (stored * (10_000 // len(stored) + 1))[:10_000]
    listed = catalogue_parts(cat)
    held = mv.holdings(cat, "Analog Devices")
    t = time.perf_counter()
    result = mv.check_parts(listed, rows, held)
    indexed = time.perf_counter() - t
    step = max(1, len(listed) // sample)
    t = time.perf_counter()
    naive_hits = naive_check(listed[::step], rows)
    naive = (time.perf_counter() - t) * len(listed) / len(listed[::step])
    same = sum(len(p["hits"]) for p in result[::step]) == naive_hits
    print(json.dumps({"rows": len(rows), "listed": len(listed), "indexed_seconds": round(indexed, 2),
                      "baseline_seconds_scaled": round(naive), "baseline_sample": len(listed[::step]),
                      "same_hits_on_sample": same}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/data/teardown_dev.csv"))
    ap.add_argument("--naive-sample", type=int, default=100)
    a = ap.parse_args()
    rows = list(csv.DictReader(Path(a.dev).open(encoding="utf-8")))
    work = Path(tempfile.mkdtemp())
    env = trace_dev(rows, work)
    cat = load_catalog()
    print("# the maker view")
    view_scores(cat, rows, env)
    print("# --parts with every catalogue part of the maker")
    parts_scores(cat, rows, env, work)
    print("# speed of the part-list check")
    speed(cat, env, a.naive_sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
