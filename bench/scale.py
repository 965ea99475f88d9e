"""Scale: a 1,000,000-part catalogue, 100,000 markings, and a 10,000-row teardown list.

    python bench/scale.py [--parts 1000000] [--markings 100000] [--naive-sample 200] [--json]

In one run, on generated (synthetic) data:
- the catalogue: orderable numbers in the shapes real makers use (a family prefix, digits, grade,
  package and packing letters) over the makers of the shipped family rules, imported into the
  store with `tracer catalog import csv`'s code path (`catalog_import_seconds`), then loaded;
- 100,000 markings made from catalogue parts as they are transcribed: ordering suffix dropped or
  changed, a description word or a date code beside them, an O/0 or I/1 slip; each marking's
  truth is the maker of the part it came from;
- tracer's time and top-1 on all of them, against the obvious baseline: rapidfuzz
  `process.extractOne` with its default scorer over the whole catalogue for each marking, timed
  on `--naive-sample` markings and scaled to all (said in the output), top-1 on that sample;
- peak memory (max RSS of this process and of the trace subprocess);
- `trace_10k_seconds`: `tracer trace` end to end on a 10,000-row CSV with the shipped catalogue.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import process  # noqa: E402

import tracer  # noqa: E402
from tracer.catalog import load_catalog, part_key  # noqa: E402
from tracer.catalog.vendor import parts_from_file  # noqa: E402
from tracer.match import attribute  # noqa: E402
from tracer.model import BomLine  # noqa: E402
from tracer.store import open_db, save_user_parts, user_parts  # noqa: E402

GRADES = ("", "A", "B", "C", "E", "I")
PACKAGES = ("DR", "D", "PW", "ARZ", "BRZ", "CPZ", "T6", "U6", "N", "P", "M", "S", "QFN", "SOIC")
PACKING = ("", "", "", "-TR", "-REEL7", "#PBF", "/NOPB", "G4", "E3", "+T")
WORDS = ("Microcircuit", "IC", "Chip", "Transistor", "Регулятор", "Микросхема", "Memory", "Amplifier")


def prefixes(cat) -> list[tuple[str, str]]:
    """(prefix, maker) of the family rules that name a real family (priority 60 or more)."""
    out = []
    for prefix, rules in cat.prefix_rules.items():
        for r in rules:
            if r.priority >= 60 and len(prefix) >= 2 and prefix.isalpha() and not r.second_sources:
                out.append((prefix, r.manufacturer))
    return sorted(set(out))


def generate_catalogue(path: Path, n: int, fams: list[tuple[str, str]], rnd: random.Random) -> dict[str, str]:
    seen: dict[str, str] = {}
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Part Number", "Manufacturer", "Description"])
        while len(seen) < n:
            prefix, maker = rnd.choice(fams)
            mpn = f"{prefix}{rnd.randint(10, 99999)}{rnd.choice(GRADES)}{rnd.choice(PACKAGES)}"
            key = part_key(mpn)
            if key in seen:
                continue
            seen[key] = maker
            w.writerow([mpn, maker, "synthetic catalogue part"])
    return seen


def slip(text: str, rnd: random.Random) -> str:
    swaps = [(i, {"0": "O", "1": "I", "O": "0", "I": "1"}[c]) for i, c in enumerate(text) if c in "01OI" and i > 2]
    if not swaps:
        return text
    i, c = rnd.choice(swaps)
    return text[:i] + c + text[i + 1:]


def markings(parts: list[tuple[str, str]], n: int, rnd: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        key, maker = rnd.choice(parts)
        kind = rnd.random()
        mark = key
        if kind < 0.4:
            mark = key + rnd.choice(PACKING)          # printed or listed with a packing suffix
        elif kind < 0.6:
            mark = key[:-1] if len(key) > 6 else key  # a packaging letter not printed
        elif kind < 0.75:
            mark = slip(key, rnd)                      # a transcription slip
        text = f"{rnd.choice(WORDS)} {mark} {rnd.randint(18, 24):02d}{rnd.randint(1, 52):02d}"
        out.append((text, maker))
    return out


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(max(own, kids), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", type=int, default=1_000_000)
    ap.add_argument("--markings", type=int, default=100_000)
    ap.add_argument("--naive-sample", type=int, default=200)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rnd = random.Random(11)
    work = Path(tempfile.mkdtemp(prefix="tracer-scale-"))
    shipped = load_catalog()
    fams = prefixes(shipped)
    t = time.perf_counter()
    truth = generate_catalogue(work / "catalogue.csv", args.parts, fams, rnd)
    gen_s = time.perf_counter() - t

    db = open_db(work / "scale.db")
    t = time.perf_counter()
    rows = parts_from_file(work / "catalogue.csv", shipped, {"mpn": "Part Number"})
    save_user_parts(db, rows, "catalogue.csv")
    import_s = time.perf_counter() - t
    t = time.perf_counter()
    cat = load_catalog(user_parts=user_parts(db))
    load_s = time.perf_counter() - t

    marks = markings(list(truth.items()), args.markings, rnd)
    t = time.perf_counter()
    right = 0
    for text, maker in marks:
        a = attribute(BomLine("bench", "-", text), cat)
        right += a.manufacturer is not None and cat.same_company(a.manufacturer, maker)
    tracer_s = time.perf_counter() - t

    keys = list(truth)
    sample = marks[: args.naive_sample]
    t = time.perf_counter()
    naive_right = 0
    for text, maker in sample:
        best = process.extractOne(part_key(text.split()[1]), keys)
        naive_right += best is not None and cat.same_company(truth[best[0]], maker)
    naive_each = (time.perf_counter() - t) / max(len(sample), 1)
    tracer_sample_right = sum(
        1 for text, maker in sample
        if (a := attribute(BomLine("bench", "-", text), cat)).manufacturer and cat.same_company(a.manufacturer, maker))

    bom = work / "teardown_10k.csv"
    with bom.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["No", "System", "Marking"])
        pool = [(p, m) for p, m in fams]
        for i in range(10_000):
            prefix, _ = rnd.choice(pool)
            w.writerow([i + 1, f"system-{i // 500}", f"{rnd.choice(WORDS)} {prefix}{rnd.randint(100, 9999)}{rnd.choice(PACKAGES)} "
                                                     f"{rnd.randint(18, 24):02d}{rnd.randint(1, 52):02d}"])
    env = dict(os.environ, TRACER_DB=str(work / "trace10k.db"))
    # pip compiles an installed package to bytecode; a source checkout run where bytecode is not
    # written (PYTHONDONTWRITEBYTECODE, set on this machine) would compile each edited module again
    # at every start, which no installed tracer does.
    compileall.compile_dir(Path(tracer.__file__).parent, quiet=1)
    # This machine's speed of the moment, for comparing runs: a fixed pure-Python loop.
    t = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    reference_s = time.perf_counter() - t
    times = []
    # First into a new store (catalogue cache cold), then three times again (warm); this machine's
    # speed varies by a fifth from minute to minute, so the median of the warm runs is reported.
    # `python -m tracer` is the `tracer` command without a version manager's shim in front.
    for _ in range(4):
        t = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "tracer", "trace", str(bom), "--format", "json"],
                             env=env, capture_output=True)
        times.append(time.perf_counter() - t)
        if run.returncode != 0:
            print(run.stderr.decode()[-500:], file=sys.stderr)
            return 1
    trace_cold_s, warm = times[0], sorted(times[1:])
    trace_s = warm[1]

    naive_total = naive_each * len(marks)
    out = {
        "catalog_parts": len(truth), "markings": len(marks), "generate_seconds": round(gen_s, 1),
        "catalog_import_seconds": round(import_s, 1), "catalog_load_seconds": round(load_s, 1),
        "tracer_seconds": round(tracer_s, 1), "tracer_ms_per_marking": round(tracer_s / len(marks) * 1000, 3),
        "tracer_top1": round(right / len(marks), 4),
        "naive_seconds_per_marking": round(naive_each, 3), "naive_seconds_scaled": round(naive_total),
        "naive_top1": round(naive_right / max(len(sample), 1), 4),
        "tracer_top1_on_naive_sample": round(tracer_sample_right / max(len(sample), 1), 4),
        "naive_note": f"extractOne (default scorer WRatio) over all {len(keys):,} keys, timed on {len(sample)} "
                      f"markings and scaled to {len(marks):,}",
        "speedup": round(naive_total / tracer_s, 1),
        "trace_10k_seconds": round(trace_s, 2),
        "trace_10k_cold_seconds": round(trace_cold_s, 2),
        "trace_10k_warm_runs": [round(x, 2) for x in warm],
        "machine_reference_seconds": round(reference_s, 2),
        "trace_note": "python -m tracer trace FILE --format json end to end; cold: a new store (catalogue parsed "
                      "and cached), warm: the same store again (the file's attributions refreshed), median of 3; "
                      "machine_reference_seconds: a 10,000,000-step Python loop timed just before, to compare "
                      "runs made while this machine was faster or slower",
        "peak_rss_mb": peak_mb(),
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:30} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
