"""tracer catalog import csv: a manufacturer's own part list (CSV or XLSX) with a column mapping."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from tracer.cli import app

runner = CliRunner()

# A made-up number no family rule or shipped catalogue row explains: only the imported list can.
PART = "QZX77231"


def run(*args: str):
    return runner.invoke(app, list(args))


def traced_maker(db: Path, marking: str, tmp_path: Path) -> dict:
    bom = tmp_path / "bom.txt"
    bom.write_text(marking + "\n", encoding="utf-8")
    result = run("trace", str(bom), "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["components"][0]


def user_parts(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select mpn, manufacturer from user_parts order by mpn").fetchall()


def test_an_xlsx_list_with_a_title_row_and_a_mapped_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Product catalogue 2026 (internal)"])
    ws.merge_cells("A1:C1")
    ws.append(["Ordering code", "Product description", "Status"])
    ws.append([f"{PART}-TR", "Buck regulator, 3 A", "active"])
    ws.append(["QZX77232", "Buck regulator, 6 A", "NRND"])
    wb.save(tmp_path / "list.xlsx")
    db = tmp_path / "s.db"
    done = run("catalog", "import", "csv", str(tmp_path / "list.xlsx"), "--map", "mpn=Ordering code",
               "--maker", "ADI", "--db", str(db))
    assert done.exit_code == 0, done.output
    assert "2 parts imported" in done.stdout
    assert user_parts(db) == [(f"{PART}-TR", "Analog Devices"), ("QZX77232", "Analog Devices")]
    c = traced_maker(db, f"{PART} 2231", tmp_path)
    assert c["manufacturer"] == "Analog Devices"
    assert any("list.xlsx" in e for e in c["evidence"])


def test_a_one_column_csv_list(tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_text(f"Part Number\n{PART}\n", encoding="utf-8")
    db = tmp_path / "s.db"
    done = run("catalog", "import", "csv", str(tmp_path / "list.csv"), "--maker", "Texas Instruments", "--db", str(db))
    assert done.exit_code == 0, done.output
    assert user_parts(db) == [(PART, "Texas Instruments")]


def test_a_manufacturer_column_is_read_through_aliases(tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_text(f"Part;Manufacturer\n{PART};Аналог Девайсез\nQZX11;TI\n", encoding="utf-8")
    db = tmp_path / "s.db"
    done = run("catalog", "import", "csv", str(tmp_path / "list.csv"), "--db", str(db))
    assert done.exit_code == 0, done.output
    assert user_parts(db) == [("QZX11", "Texas Instruments"), (PART, "Analog Devices")]


@pytest.mark.parametrize(("content", "args", "message"), [
    (f"Part;Manufacturer\n{PART};Analog Devices\nQZX11;Nobody Semiconductor\n", [], "line 3: unknown maker 'Nobody Semiconductor'"),
    (f"Part Number\n{PART}\n", ["--maker", "Nobody Semiconductor"], "unknown maker 'Nobody Semiconductor'"),
    ("Part Number,Notes\n,empty\n", ["--maker", "ADI"], "no part numbers found"),
])
def test_a_bad_list_is_one_line_and_stores_nothing(tmp_path: Path, content: str, args: list[str], message: str) -> None:
    path = tmp_path / "list.csv"
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "s.db"
    done = run("catalog", "import", "csv", str(path), *args, "--db", str(db))
    assert done.exit_code == 2
    assert str(path) in done.stderr and message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not db.exists() or user_parts(db) == []
