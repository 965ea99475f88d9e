"""Build catalogs/parts_devicetree.csv from a Linux kernel source tree's devicetree compatibles.

    apt-get download linux-source-6.12 && dpkg-deb -x linux-source-6.12_*.deb /tmp/ks
    tar -xaf /tmp/ks/usr/src/linux-source-6.12.tar.xz -C /tmp/ks
    python bench/make_devicetree_catalog.py /tmp/ks/linux-source-6.12 [--out catalogs/parts_devicetree.csv]

Each compatible of a driver or device binding whose vendor prefix names a maker the shipped
catalogue knows becomes one row per (mpn, manufacturer), sorted by manufacturer then mpn. The
kernel version quoted in every row's source is read from the tree's Makefile.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from make_parts_catalog import dedupe_sorted, write_parts

from tracer.catalog import load_catalog
from tracer.catalog.devicetree import VENDOR_PREFIXES, import_devicetree_dir

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path, help="the kernel source tree")
    parser.add_argument("--out", type=Path, default=ROOT / "catalogs" / "parts_devicetree.csv")
    args = parser.parse_args(argv)
    if not (args.tree / VENDOR_PREFIXES).is_file():
        print(f"{args.tree}: no {VENDOR_PREFIXES} (see the usage above)", file=sys.stderr)
        return 1
    cat = load_catalog()  # makers resolve through manufacturers*.csv alone
    rows = dedupe_sorted(import_devicetree_dir(args.tree, cat.resolve))
    write_parts(rows, args.out)
    makers = Counter(r["manufacturer"] for r in rows)
    print(f"{args.out}: {len(rows)} rows, {len(makers)} makers")
    for maker, n in makers.most_common(20):
        print(f"{n:6d}  {maker}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
