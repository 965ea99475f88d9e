"""How attribution holds up when the part numbers of tests/data/family_cases*.csv are written the
ways real lists write them: inside descriptions, beside date and lot codes, in lower case, and
with a transcription slip (O/0, I/1, S/5), a space typed inside the number, and
with Cyrillic look-alike letters lost in a Latin-1 conversion ("?T91SAM7S256").

python bench/robustness.py [--seed N]

For each layout: rows, confident answers, confident wrong, confident precision and top-1, over the
cases whose clean number tracer answers rightly (so the figures show what the layout costs). Each
case's slip, split or lost letter is drawn from a generator seeded by the case's own marking.
Judged as tests/test_families.py judges: the maker, its owner, or the line's later holder.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Callable
from pathlib import Path

from tracer.catalog import Catalog, load_catalog
from tracer.match import attribute
from tracer.model import Attribution, BomLine

ROOT = Path(__file__).resolve().parents[1]
LOOKALIKES = "ABCEHIKMOPSTXY"  # Latin letters with a Cyrillic twin (А, В, С, Е, Н, І, К, М, О, Р, Ѕ, Т, Х, У)


def right(cat: Catalog, a: Attribution, expected: str) -> bool:
    e = cat.resolve(expected)
    return bool(a.manufacturer) and e is not None and (
        cat.same_company(a.manufacturer, e) or cat.same_company(a.owner or "", e)
        or cat.line_moved(a.manufacturer, e) is not None)


def lose(n: int) -> Callable[[str, random.Random], str | None]:
    """Replace n look-alike letters by '?', as a Latin-1 export does to Cyrillic ones."""
    def apply(m: str, rnd: random.Random) -> str | None:
        spots = [i for i, ch in enumerate(m) if ch in LOOKALIKES]
        if len(spots) < n:
            return None
        pick = set(rnd.sample(spots, n))
        return "".join("?" if i in pick else ch for i, ch in enumerate(m))
    return apply


SLIPS = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B", "Z": "2", "2": "Z",
         "G": "6", "6": "G"}


def slip(m: str, rnd: random.Random) -> str | None:
    """One transcription slip: a letter read as its digit twin or the other way (O/0, I/1, S/5...)."""
    spots = [i for i, ch in enumerate(m) if ch in SLIPS]
    if not spots:
        return None
    i = rnd.choice(spots)
    return m[:i] + SLIPS[m[i]] + m[i + 1:]


def split(m: str, rnd: random.Random) -> str | None:
    """A space typed where letters meet digits ("GN 1086", "FR 5305", "STM32 F100CBT6")."""
    spots = [i for i in range(1, len(m)) if m[i - 1].isalpha() != m[i].isalpha()
             and m[i - 1].isalnum() and m[i].isalnum()]
    if not spots:
        return None
    i = rnd.choice(spots)
    return m[:i] + " " + m[i:]


LAYOUTS: dict[str, Callable[[str, random.Random], str | None]] = {
    "described": lambda m, rnd: f"Microcircuit {m}",
    "date and lot after": lambda m, rnd: f"{m} {rnd.randint(10, 23):02d}{rnd.randint(1, 52):02d} "
                                         f"{rnd.choice('ABKPT')}{rnd.randint(100, 999)}",
    "in brackets, Ukrainian": lambda m, rnd: f"Мікросхема ({m}), 2 шт.",
    "lower case": lambda m, rnd: m.lower(),
    "one slip (O/0, I/1, S/5)": slip,
    "space where letters meet digits": split,
    "one look-alike lost": lose(1),
    "two look-alikes lost": lose(2),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    cat = load_catalog()
    cases = [row for path in sorted((ROOT / "tests" / "data").glob("family_cases*.csv"))
             for row in csv.DictReader(path.open(encoding="utf-8"))]
    clean = [c for c in cases if right(cat, attribute(BomLine("b", "-", c["marking"]), cat), c["expected_maker"])]
    print(f"{len(cases)} family cases, {len(clean)} answered rightly as written")
    for name, layout in LAYOUTS.items():
        rows = confident = wrong = top1 = 0
        for c in clean:
            # Seeded by the case itself: cases added later leave every other case's slip as it was,
            # so runs before and after a change of the case files compare case by case.
            text = layout(c["marking"], random.Random(f"{args.seed}:{c['marking']}"))
            if text is None:
                continue
            a = attribute(BomLine("b", "-", text), cat)
            ok = right(cat, a, c["expected_maker"])
            rows += 1
            top1 += ok
            if a.band in ("likely", "confirmed"):
                confident += 1
                wrong += not ok
        print(f"{name:24} rows {rows:5}  confident {confident:5}  wrong {wrong:4}  "
              f"precision {(confident - wrong) / max(confident, 1):.4f}  top1 {top1 / max(rows, 1):.4f}")


if __name__ == "__main__":
    main()
