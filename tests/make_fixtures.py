"""Generate the real files the tests read (tests/data/): run `python tests/make_fixtures.py`.

Every file is made here so that a reviewer can see exactly what it holds. The markings are
written as analysts transcribe them; the part numbers are common catalogue parts.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"

# (system, marking) rows shared by the format fixtures; the same list in every layout.
ROWS = [
    ("Shahed-136", "Microcontroller STM32F407VGT6 GH26H 93 CHN"),
    ("Shahed-136", "Power MOSFET IRF7416 IOR 219P"),
    ("Shahed-136", "Voltage regulator LM2596S-5.0 P+"),
    ("Shahed-136", "RS-232 transceiver MAX3232ESE+ 2203"),
    ("Orlan-10", "Processor ALTERA Cyclone EP4CE10E22C8N"),
    ("Orlan-10", "Transceiver ADM3485EARZ #2041"),
    ("Orlan-10", "Level shifter TXB0108PWR"),
    ("Kh-101", "FPGA XC6SLX9-2TQG144C"),
]
HEADER_EN = ["No", "System", "Marking", "Qty"]
HEADER_RU = ["№", "Изделие", "Маркировка", "Кол-во"]
HEADER_UK = ["№ з/п", "Зразок", "Маркування", "Кількість"]


def table(header: list[str]) -> list[list[str]]:
    return [header] + [[str(i), s, m, "1"] for i, (s, m) in enumerate(ROWS, 1)]


def write_csv(path: Path, rows: list[list[str]], delimiter: str, encoding: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def make_csvs() -> None:
    write_csv(DATA / "comma_utf8.csv", table(HEADER_EN), ",", "utf-8")
    write_csv(DATA / "semicolon_utf8_bom.csv", table(HEADER_RU), ";", "utf-8-sig")
    write_csv(DATA / "semicolon_cp1251.csv", table(HEADER_RU), ";", "cp1251")
    write_csv(DATA / "tab_utf16.tsv", table(HEADER_UK), "\t", "utf-16")
    write_csv(DATA / "pipe_utf8.txt", table(HEADER_EN), "|", "utf-8")
    # A CSV whose marking column has a header nobody would guess: needs --column.
    write_csv(DATA / "odd_header.csv", [["Pos", "Item", "Printed text"]] +
              [[str(i), s, m] for i, (s, m) in enumerate(ROWS, 1)], ",", "utf-8")


def make_xlsx() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Компоненты"
    ws["A1"] = "Перечень иностранных компонентов, выявленных в образцах"
    ws.merge_cells("A1:E1")
    ws["A2"] = "(по данным открытых источников)"
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["№ п/п", "Образец", "Маркировка компонента", "Кол-во", "Производитель"])
    for i, (s, m) in enumerate(ROWS[:5], 1):
        ws.append([i, s, m, 1, None])
    ws.append([None, None, None, None, None])
    ws.append([6, "Kh-101", 3789, 2, "Linear Technology"])  # a number in a cell is a marking
    ws2 = wb.create_sheet("Лист2")
    ws2.append(["Зразок", "Маркування", "Виробник"])
    for s, m in ROWS[5:]:
        ws2.append([s, m, None])
    wb.create_sheet("Примечания")["A1"] = "Данные из открытых источников"
    wb.save(DATA / "merged_title_ru.xlsx")


def make_pdf() -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 8, "Annex B: components identified", new_x="LMARGIN", new_y="NEXT")
    rows = [(s, m) for _ in range(5) for s, m in ROWS]  # 40 rows: runs over two pages
    with pdf.table(col_widths=(12, 40, 80), repeat_headings=1) as t:
        t.row(["No", "System", "Marking"])
        for i, (s, m) in enumerate(rows, 1):
            # a long description wraps over several lines inside its cell
            text = m if i % 7 else m + " (wrapped description of the part, long enough to fold over lines)"
            t.row([str(i), s, text])
    pdf.output(str(DATA / "two_page_table.pdf"))


def make_text() -> None:
    lines = ["Teardown notes, Shahed-136 recovered 2023", "", "Shahed-136:"]
    lines += [f"{i}. {m}" for i, (s, m) in enumerate(ROWS[:4], 1)]
    lines += ["", "Orlan-10:"]
    lines += [f"{i}) {m}" for i, (s, m) in enumerate(ROWS[4:], 5)]
    (DATA / "numbered.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    md = ["# Kh-101 teardown", "", "## Navigation unit"] + [f"- {m}" for _, m in ROWS]
    (DATA / "bullets.md").write_text("\n".join(md) + "\n", encoding="utf-8")


def make_bad() -> None:
    BAD.mkdir(parents=True, exist_ok=True)
    (BAD / "empty.csv").write_bytes(b"")
    (BAD / "blank_lines.csv").write_bytes(b"\n\n  \n")
    (BAD / "binary.csv").write_bytes(bytes(range(256)) * 8)
    good_xlsx = (DATA / "merged_title_ru.xlsx").read_bytes()
    (BAD / "truncated.xlsx").write_bytes(good_xlsx[: len(good_xlsx) // 2])
    good_pdf = (DATA / "two_page_table.pdf").read_bytes()
    (BAD / "truncated.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (BAD / "header_only.csv").write_text("No,System,Marking\n", encoding="utf-8")
    (BAD / "no_marking_column.csv").write_text("Name,City\nAlice,Kyiv\nBob,Lviv\n", encoding="utf-8")
    (BAD / "legacy.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    (BAD / "plain.zip.xlsx").write_bytes(buf.getvalue())
    (BAD / "a_directory.csv").mkdir(exist_ok=True)
    (BAD / "a_directory.csv" / ".keep").write_text("a directory named like a file\n")
    # Wrong encodings: Shift-JIS bytes and UTF-16 without its byte-order mark.
    (BAD / "shift_jis.csv").write_bytes("No,System,Marking\n1,ドローン,STM32F405RGT6 マレーシア\n".encode("shift_jis"))
    (BAD / "utf16_no_bom.csv").write_bytes("No,System,Marking\n1,Orlan,LM358DR\n".encode("utf-16-le"))
    # Formula cells in a workbook: read as text, never evaluated, neutralised on export.
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["No", "System", "Marking"])
    ws.append([1, "=HYPERLINK(\"http://example.invalid\",\"x\")", "=1+2 ADUM1301ARWZ"])
    ws.append([2, "Orlan-10", "=cmd|' /C calc'!A0"])
    wb.save(BAD / "formula_cells.xlsx")


def make_big_bad(folder: Path) -> dict[str, Path]:
    """Files too big to keep in the repository, built where a test asks: a zip bomb posing as an
    XLSX (a sheet that unpacks to 520 MiB) and a CSV with a 10 MB cell."""
    folder.mkdir(parents=True, exist_ok=True)
    bomb = folder / "zip_bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            block = b"0" * 2**20
            for _ in range(520):
                f.write(block)
    cell = folder / "ten_mb_cell.csv"
    cell.write_text("No,System,Marking\n1,Orlan," + "A" * 10_000_000 + "\n2,Orlan,LM358DR\n", encoding="utf-8")
    return {"zip_bomb.xlsx": bomb, "ten_mb_cell.csv": cell}


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    make_csvs()
    make_xlsx()
    make_pdf()
    make_text()
    make_bad()


if __name__ == "__main__":
    main()
