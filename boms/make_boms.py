"""Build the example teardown lists in boms/ from the War & Sanctions portal rows.

Source: ../shared/data/teardown_dev.csv (War & Sanctions portal of the Defence Intelligence of
Ukraine, war-sanctions.gur.gov.ua, via the awesome-drone-warfare-osint scrape, CC BY 4.0:
"Awesome Drone Warfare OSINT Contributors (2026)"). The published maker is left out of the
lists on purpose: it is what tracer has to find. Run: python boms/make_boms.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "teardown_dev.csv"


def rows_for(rows: list[dict[str, str]], words: tuple[str, ...]) -> list[dict[str, str]]:
    return [r for r in rows if any(w in r["system"] for w in words)]


def write_shahed_csv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["No", "System", "Marking", "Portal ID", "Source URL"])
        for i, r in enumerate(rows, 1):
            w.writerow([i, r["system"], r["marking"], r["id"], r["source_url"]])


def write_kh101_xlsx(rows: list[dict[str, str]], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Х-101"
    ws["A1"] = "Иностранные компоненты, выявленные в ракете Х-101 (War & Sanctions, CC BY 4.0)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["№ п/п", "Образец", "Маркировка", "Кол-во", "Источник"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for i, r in enumerate(rows, 1):
        ws.append([i, r["system"], r["marking"], 1, r["source_url"]])
    notes = wb.create_sheet("Примечания")
    notes["A1"] = "Данные: war-sanctions.gur.gov.ua через awesome-drone-warfare-osint (CC BY 4.0)"
    wb.save(path)


def write_orlan_text(rows: list[dict[str, str]], path: Path) -> None:
    lines = ["Orlan-10 teardown notes (War & Sanctions portal, CC BY 4.0)", ""]
    system = None
    n = 0
    for r in rows:
        if r["system"] != system:
            system = r["system"]
            lines += ["", f"{system}:"]
        n += 1
        lines.append(f"{n}. {r['marking']}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    if not SHARED.exists():
        print(f"{SHARED} not found", file=sys.stderr)
        return 1
    rows = list(csv.DictReader(SHARED.open(encoding="utf-8")))
    write_shahed_csv(rows_for(rows, ("shahed-136", "geran-2")), HERE / "shahed-136.csv")
    write_kh101_xlsx(rows_for(rows, ("kh-101",)), HERE / "kh-101.xlsx")
    write_orlan_text(rows_for(rows, ("orlan-10",)), HERE / "orlan-10.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
