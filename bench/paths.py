"""Scale of distribution paths: import a year of one country's microelectronics declarations
(1,000,000 generated rows) and find the paths of a 200-component list, beside the obvious
baseline (a scan of every description for the part number) in the same run.

    python bench/paths.py [--rows 1000000] [--components 200] [--json]

The rows are generated (labelled synthetic): 4,000 exporters and 15,000 importers with Latin
and Cyrillic name variants, brands and part numbers drawn from the shipped catalogues, HS codes
of chapter 85. The baseline's time is measured on a sample of components and scaled to the
whole list (said in the output).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracer.catalog import load_catalog  # noqa: E402
from tracer.match import attribute  # noqa: E402
from tracer.model import BomLine  # noqa: E402
from tracer.paths import PathFinder  # noqa: E402
from tracer.store import open_db  # noqa: E402
from tracer.trade import import_shipments  # noqa: E402

HEADER = ["Дата декларации", "Номер ДТ", "Код ТН ВЭД", "Описание товара", "Товарный знак", "Производитель",
          "Страна происхождения", "Страна отправления", "Отправитель", "Получатель", "ИНН получателя",
          "Таможенная стоимость, USD", "Количество"]
SYLLABLES = ("tek", "ron", "el", "kom", "pro", "sin", "vol", "mar", "ta", "zen", "lux", "nor", "tor", "dal",
             "vik", "ser", "gal", "tri", "mik", "ra")
CYR = str.maketrans("abcdefghijklmnopqrstuvwxyz", "абцдефгхийклмнопкрстуввкыз")


def firm(rnd: random.Random, forms: tuple[str, ...]) -> str:
    name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).capitalize()
    second = "".join(rnd.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"{name} {second} {rnd.choice(forms)}"


def generate(path: Path, rows: int, parts: list[tuple[str, str]], seed: int = 1) -> None:
    rnd = random.Random(seed)
    exporters = [(firm(rnd, ("Limited", "Co., Ltd.", "FZE", "LLC", "Ltd. Şti.", "GmbH")), rnd.choice(("HK", "CN", "TR", "AE", "KZ", "AM", "CA", "IN")))
                 for _ in range(4000)]
    importers = []
    for _ in range(15000):
        latin = firm(rnd, ("",)).strip()
        importers.append((f"ООО «{latin.lower().translate(CYR).title()}»", f"OOO {latin}",
                          str(rnd.randint(7700000000, 7799999999))))
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(HEADER)
        for n in range(rows):
            exp, country = exporters[min(int(rnd.paretovariate(1.2)) - 1, 3999)] if rnd.random() < 0.7 else rnd.choice(exporters)
            imp = rnd.choice(importers)
            mpn, brand = rnd.choice(parts)
            hs = rnd.choice(("8542310000", "8542390000", "8542320000", "8542330000", "8541290000", "8541100000"))
            w.writerow([f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2023", f"10702070/010123/{n:07d}", hs,
                        f"Электронный компонент {mpn}, {rnd.randint(1, 9999)} шт.", brand.upper(), brand.upper(),
                        "CN", country, exp, imp[rnd.random() < 0.5], imp[2], f"{rnd.uniform(10, 50000):.2f}",
                        str(rnd.randint(1, 9999))])


def baseline_paths(db, mpn: str) -> list[tuple]:
    """The obvious way: scan every description for the part number, group the firms."""
    return db.conn.execute(
        "select exporter, importer, count(*) from shipments where description like ? group by 1, 2 "
        "order by 3 desc limit 3", [f"%{mpn}%"]).fetchall()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--components", type=int, default=200)
    ap.add_argument("--baseline-sample", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    cat = load_catalog()
    rnd = random.Random(2)
    pool = sorted({(p.mpn, p.manufacturer) for ps in cat.parts.values() for p in ps})
    parts = rnd.sample(pool, min(20_000, len(pool)))
    work = Path(tempfile.mkdtemp(prefix="tracer-paths-"))
    data = work / "shipments.csv"
    t = time.perf_counter()
    generate(data, args.rows, parts)
    gen_s = time.perf_counter() - t
    db = open_db(work / "bench.db")
    t = time.perf_counter()
    r = import_shipments(db, data, cat)
    import_s = time.perf_counter() - t
    comps = [attribute(BomLine("bench", str(i), mpn), cat).to_dict() for i, (mpn, _) in enumerate(rnd.sample(parts, args.components))]
    t = time.perf_counter()
    finder = PathFinder(db, cat)
    found = [finder.paths(c) for c in comps]
    paths_s = time.perf_counter() - t
    sample = comps[: args.baseline_sample]
    t = time.perf_counter()
    for c in sample:
        baseline_paths(db, c["mpn"] or "")
    base_each = (time.perf_counter() - t) / max(len(sample), 1)
    out = {
        "rows": r.rows, "file_mb": round(data.stat().st_size / 2**20, 1), "generate_seconds": round(gen_s, 1),
        "import_seconds": round(import_s, 1), "import_rows_per_second": round(r.rows / import_s),
        "entities": r.entities, "components": len(comps),
        "components_with_a_path": sum(1 for f in found if f), "paths_seconds": round(paths_s, 2),
        "baseline_seconds_per_component": round(base_each, 3),
        "baseline_seconds_scaled": round(base_each * len(comps), 1),
        "baseline_note": f"LIKE scan of every description, timed on {len(sample)} components and scaled to {len(comps)}",
        "speedup": round(base_each * len(comps) / paths_s, 1) if paths_s else None,
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:34} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
