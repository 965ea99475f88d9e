"""Build catalogs/parts_flashrom.csv from flashrom's list of supported flash chips.

    apt-get install flashrom && flashrom -L > flashrom-L.txt
    python bench/make_flashrom_catalog.py flashrom-L.txt [--version 1.3.0-2.1] [--out catalogs/parts_flashrom.csv]

Every device name of the list's "Supported flash chips" under a vendor the shipped catalogue knows
becomes one row per (mpn, manufacturer), its variants spelled out (Am29F002(N)BB: Am29F002BB and
Am29F002NBB), sorted by manufacturer then mpn. The flashrom version quoted in every row's source
is read from the list, or from `dpkg-query` when the build prints none ("flashrom unknown").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path

from make_parts_catalog import dedupe_sorted, write_parts

from tracer.catalog import load_catalog
from tracer.catalog.flashrom import (
    SECTION,
    flashrom_version,
    left_out_vendors,
    rows_from_list,
)

ROOT = Path(__file__).resolve().parents[1]


def package_version() -> str:
    try:
        done = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "flashrom"], capture_output=True, text=True)
    except OSError:
        return "unknown"
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("list", type=Path, help="the output of flashrom -L")
    parser.add_argument("--version", help="the flashrom version, when the list does not print it")
    parser.add_argument("--out", type=Path, default=ROOT / "catalogs" / "parts_flashrom.csv")
    args = parser.parse_args(argv)
    text = args.list.read_text(encoding="utf-8", errors="replace")
    if SECTION not in text:
        print(f"{args.list}: no '{SECTION}' section (see the usage above)", file=sys.stderr)
        return 1
    version = args.version or flashrom_version(text)
    if version == "unknown":
        version = f"{package_version()} (Debian package)"
    cat = load_catalog()  # makers resolve through manufacturers*.csv alone
    rows = dedupe_sorted(rows_from_list(text, cat.resolve, cat.owner, version))
    write_parts(rows, args.out)
    makers = Counter(r["manufacturer"] for r in rows)
    print(f"{args.out}: {len(rows)} rows, {len(makers)} makers, flashrom {version}")
    for maker, n in makers.most_common():
        print(f"{n:6d}  {maker}")
    print("left out:", ", ".join(left_out_vendors(text, cat.resolve, cat.owner)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
