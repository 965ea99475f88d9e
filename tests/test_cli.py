from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracer.cli import app

from .conftest import DATA
from .make_fixtures import ROWS

runner = CliRunner()
CONTRACT_KEYS = {
    "source", "locator", "system", "marking", "mpn", "family", "manufacturer", "owner", "country",
    "confidence", "band", "method", "evidence", "alternatives", "date_code", "made",
    "post_2022_02_24", "hs_code", "chpl_tier", "paths",
}


def run(*args: str):
    return runner.invoke(app, list(args))


def counts(db: Path) -> tuple[int, int, int]:
    if not db.exists():
        return (0, 0, 0)
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("sources", "lines", "attributions"))
    finally:
        con.close()


@pytest.mark.parametrize("name", ["comma_utf8.csv", "semicolon_cp1251.csv", "merged_title_ru.xlsx",
                                  "two_page_table.pdf", "numbered.txt"])
def test_trace_json_follows_the_contract_in_input_order(name: str) -> None:
    result = run("trace", str(DATA / name), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    comps = out["components"]
    assert comps and all(set(c) >= CONTRACT_KEYS for c in comps)
    assert all(c["band"] in ("confirmed", "likely", "possible", "unknown") for c in comps)
    assert all(0.0 <= c["confidence"] <= 1.0 for c in comps)
    assert all(c["evidence"] for c in comps), "every answer says why"
    if name != "two_page_table.pdf" and name != "merged_title_ru.xlsx":
        assert [c["marking"] for c in comps] == [m for _, m in ROWS]
    assert out["sources"][0]["rows"] == len(comps)


def test_same_file_is_stored_once(tracer_db: Path) -> None:
    assert run("trace", str(DATA / "comma_utf8.csv"), "--format", "json").exit_code == 0
    first = counts(tracer_db)
    result = run("trace", str(DATA / "comma_utf8.csv"), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["sources"][0]["stored"] == "already stored"
    assert counts(tracer_db) == first == (1, len(ROWS), len(ROWS))


def test_db_option_and_sources_listing(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    assert run("trace", str(DATA / "numbered.txt"), "--db", str(db), "--format", "csv").exit_code == 0
    assert counts(db)[0] == 1
    listing = run("sources", "--db", str(db))
    assert listing.exit_code == 0
    assert "numbered.txt" in listing.stdout


# Hostile files that still hold a readable list: they must give a clean result instead.
CLEAN_RESULT = {"formula_cells.xlsx", "shift_jis.csv", "utf16_no_bom.csv"}


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "bad").iterdir() if p.name not in CLEAN_RESULT)
                         + ["missing.csv"])
def test_bad_file_one_line_exit_2_nothing_stored(name: str, tracer_db: Path) -> None:
    assert run("trace", str(DATA / "comma_utf8.csv"), "--format", "json").exit_code == 0
    before = counts(tracer_db)
    result = run("trace", str(DATA / "bad" / name), "--format", "json")
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and name in lines[0]
    assert result.stdout == ""
    assert counts(tracer_db) == before


def test_a_bad_file_among_good_ones_stores_nothing(tracer_db: Path) -> None:
    result = run("trace", str(DATA / "comma_utf8.csv"), str(DATA / "bad" / "truncated.pdf"))
    assert result.exit_code == 2
    assert counts(tracer_db) == (0, 0, 0)


def test_csv_export_neutralises_formulas(tmp_path: Path) -> None:
    evil = tmp_path / "evil.csv"
    evil.write_text('No,System,Marking\n1,=HYPERLINK("http://x"),=1+2 LM358\n2,@SUM(A1),+ADM3485\n', encoding="utf-8")
    result = run("trace", str(evil), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["marking"] == "'=1+2 LM358"
    assert rows[0]["system"].startswith("'=")
    assert rows[1]["system"] == "'@SUM(A1)"
    assert rows[1]["marking"] == "'+ADM3485"


def test_xlsx_export_has_frozen_header_filter_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    result = run("trace", str(DATA / "comma_utf8.csv"), "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    ws = wb["components"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref
    assert ws.max_row == len(ROWS) + 1
    summary = wb["summary"]
    assert summary["A2"].value == "components" and summary["C2"].value == len(ROWS)


def test_xlsx_needs_an_output_file() -> None:
    result = run("trace", str(DATA / "comma_utf8.csv"), "--format", "xlsx")
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_table_output_ends_with_a_summary() -> None:
    result = run("trace", str(DATA / "comma_utf8.csv"))
    assert result.exit_code == 0, result.output
    assert "By maker" in result.stdout and "By band" in result.stdout


def test_columns_shows_what_was_detected_and_why() -> None:
    result = run("columns", str(DATA / "merged_title_ru.xlsx"))
    assert result.exit_code == 0, result.output
    assert "Маркировка компонента" in result.stdout
    assert "matches marking synonym" in result.stdout


def test_column_override_on_the_command_line() -> None:
    result = run("trace", str(DATA / "odd_header.csv"), "--column", "marking=Printed text", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["components"][0]["marking"] == ROWS[0][1]
    bad = run("trace", str(DATA / "odd_header.csv"), "--column", "marking")
    assert bad.exit_code == 2 and "ROLE=HEADER" in bad.stderr


def test_explain_lists_candidates_and_verdict() -> None:
    result = run("explain", "Power MOSFET IRF7416 IOR 219P")
    assert result.exit_code == 0, result.output
    assert "candidates considered" in result.stdout
    assert "verdict: International Rectifier" in result.stdout


@pytest.mark.parametrize("command", ["trace", "columns", "sources", "explain"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_table_to_a_file_and_an_unwritable_output(tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    assert run("trace", str(DATA / "comma_utf8.csv"), "-o", str(out)).exit_code == 0
    assert "By maker" in out.read_text(encoding="utf-8")
    bad = run("trace", str(DATA / "comma_utf8.csv"), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: ")


def test_trace_reads_dates_origin_hs_code_and_chpl_tier() -> None:
    result = run("trace", str(DATA / "dated.csv"), "--format", "json")
    assert result.exit_code == 0, result.output
    c = json.loads(result.stdout)["components"]
    assert [(x["made"], x["post_2022_02_24"]) for x in c[:4]] == [
        ("2017-W18", False), ("2023-W12", True), ("2022-W08", None), ("2022-W37", True)]
    assert c[3]["origin"] == "MY" and c[3]["hs_code"] == "8542.32" and c[3]["chpl_tier"] == 1
    assert (c[4]["hs_code"], c[4]["chpl_tier_label"]) == ("8536.69", "3.A")
    assert (c[5]["hs_code"], c[5]["chpl_tier"]) == ("8532.21", 2)
    assert any("2022-W08 contains 24 February 2022" in e for e in c[2]["evidence"])


def test_since_keeps_only_parts_proven_made_after_the_day() -> None:
    result = run("trace", str(DATA / "dated.csv"), "--format", "json", "--since", "2022-02-24")
    assert result.exit_code == 0, result.output
    assert [x["marking"] for x in json.loads(result.stdout)["components"]] == [
        "AD7606BSTZ #2312", "Flash memory W25Q64JVSIQ 2237 MALAYSIA"]


def test_since_with_a_bad_date_is_a_one_line_error() -> None:
    result = run("trace", str(DATA / "dated.csv"), "--since", "24.02.2022")
    assert result.exit_code == 2 and "not a date" in result.stderr and "Traceback" not in result.output


def test_xlsx_summary_counts_post_invasion_parts_and_chpl_tiers(tmp_path: Path) -> None:
    out = tmp_path / "dated.xlsx"
    assert run("trace", str(DATA / "dated.csv"), "--format", "xlsx", "-o", str(out)).exit_code == 0
    rows = {(r[0], r[1]): r[2] for r in load_workbook(out)["summary"].iter_rows(min_row=2, values_only=True)}
    assert rows[("made after 2022 02 24", "yes")] == 2
    assert rows[("made after 2022 02 24 by manufacturer", "Analog Devices")] == 1
    assert rows[("by chpl tier", "tier 1")] == 4


def test_python_dash_m_runs_the_command() -> None:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "tracer", "--help"], capture_output=True, text=True)
    assert run.returncode == 0 and "trace" in run.stdout
