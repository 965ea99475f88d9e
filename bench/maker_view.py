"""How well `tracer maker NAME` finds a maker's rows: trace the dev set, ask the maker view for
Analog Devices, Texas Instruments and Infineon, and compare with the published makers.

    python bench/maker_view.py [../shared/data/teardown_dev.csv]

Recall: share of rows whose published maker is the company or a brand it owns that the view
returns. Precision: share of what it returns whose published maker belongs there.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracer.catalog import load_catalog  # noqa: E402

MAKERS = ("Analog Devices", "Texas Instruments", "Infineon Technologies")


def main() -> int:
    dev = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/data/teardown_dev.csv")
    rows = list(csv.DictReader(dev.open(encoding="utf-8")))
    work = Path(tempfile.mkdtemp())
    bom = work / "dev.csv"
    with bom.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["No", "System", "Marking"])
        for i, r in enumerate(rows, 1):
            w.writerow([i, r["system"], r["marking"]])
    env = dict(os.environ, TRACER_DB=str(work / "dev.db"))
    subprocess.run(["tracer", "trace", str(bom), "--format", "json"], env=env, check=True, capture_output=True)
    cat = load_catalog()
    for maker in MAKERS:
        truth = {i + 2 for i, r in enumerate(rows)
                 if any((m := cat.resolve(x)) and cat.owner(m) == maker for x in r["accepted_makers"].split("|"))}
        out = subprocess.run(["tracer", "maker", maker, "--format", "json"], env=env, check=True,
                             capture_output=True, text=True).stdout
        got = {int(c["locator"].split()[-1]) for c in json.loads(out)["components"]}
        hit = len(truth & got)
        print(json.dumps({"maker": maker, "published_rows": len(truth), "returned": len(got),
                          "recall": round(hit / len(truth), 3), "precision": round(hit / len(got), 3) if got else None}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
