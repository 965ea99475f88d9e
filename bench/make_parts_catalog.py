"""Build catalogs/parts.csv from the KiCad symbol libraries (Debian package kicad-symbols).

    python bench/make_parts_catalog.py [--symbols /usr/share/kicad/symbols] [--out catalogs/parts.csv]

Each part whose datasheet link names its maker becomes one row per (mpn, manufacturer), sorted by
manufacturer then mpn. The kicad-symbols version quoted in every row's source is asked of dpkg.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tracer.catalog.kicad import (
    DEFAULT_KICAD_SYMBOLS_VERSION,
    PARTS_COLUMNS,
    import_kicad_dir,
)

ROOT = Path(__file__).resolve().parents[1]


def installed_version(package: str = "kicad-symbols") -> str | None:
    """The upstream version of an installed Debian package ("6.0.10-1" -> "6.0.10"), or None."""
    try:
        done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                              capture_output=True, text=True, check=False)
    except OSError:
        return None
    version = done.stdout.strip()
    if done.returncode != 0 or not version:
        return None
    version = version.split(":", 1)[-1]  # drop an epoch
    return version.rsplit("-", 1)[0] if "-" in version else version


def dedupe_sorted(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per (mpn, manufacturer), the first one met, sorted by manufacturer then mpn."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        seen.setdefault((row["mpn"], row["manufacturer"]), row)
    return sorted(seen.values(), key=lambda r: (r["manufacturer"].casefold(), r["manufacturer"],
                                                r["mpn"].casefold(), r["mpn"]))


def write_parts(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(PARTS_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbols", type=Path, default=Path("/usr/share/kicad/symbols"))
    parser.add_argument("--out", type=Path, default=ROOT / "catalogs" / "parts.csv")
    parser.add_argument("--version", default=None,
                        help="kicad-symbols version for the sources (default: ask dpkg-query)")
    args = parser.parse_args(argv)
    if not any(args.symbols.glob("*.kicad_sym")):
        print(f"no .kicad_sym files in {args.symbols} (apt-get install kicad-symbols)", file=sys.stderr)
        return 1
    version = args.version or installed_version() or DEFAULT_KICAD_SYMBOLS_VERSION
    raw = import_kicad_dir(args.symbols, version)
    rows = dedupe_sorted(raw)
    write_parts(rows, args.out)
    makers = Counter(r["manufacturer"] for r in rows)
    print(f"{args.out}: {len(rows)} rows ({len(raw)} before deduplication), {len(makers)} makers, "
          f"kicad-symbols {version}")
    for maker, n in makers.most_common(20):
        print(f"{n:6d}  {maker}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
