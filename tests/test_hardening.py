"""Hostile files, concurrent writers and a killed trace: never a traceback, never a broken store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracer.cli import app

from .conftest import DATA
from .make_fixtures import make_big_bad
from .test_cli import CLEAN_RESULT, counts

runner = CliRunner()


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("pragma integrity_check").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("name", sorted(CLEAN_RESULT))
def test_hostile_but_readable_files_give_a_clean_result(name: str) -> None:
    result = runner.invoke(app, ["trace", str(DATA / "bad" / name), "--format", "json"])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr
    else:
        comps = json.loads(result.stdout)["components"]
        assert comps, "a readable list yields its rows"


def test_formula_cells_are_text_and_neutralised_on_export(tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"
    result = runner.invoke(app, ["trace", str(DATA / "bad" / "formula_cells.xlsx"), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(out)["components"].iter_rows(min_row=2, values_only=True))
    cells = [c for r in rows for c in r if isinstance(c, str)]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert any(c.startswith("'=cmd|") for c in cells)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_big_bad(tmp_path_factory.mktemp("big"))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(big: dict[str, Path], tracer_db: Path) -> None:
    result = runner.invoke(app, ["trace", str(big["zip_bomb.xlsx"])])
    assert result.exit_code == 2 and "over the 500 MiB limit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not tracer_db.exists() or counts(tracer_db) == (0, 0, 0)


def test_a_ten_megabyte_cell_is_a_clean_result_or_one_line(big: dict[str, Path]) -> None:
    result = runner.invoke(app, ["trace", str(big["ten_mb_cell.csv"]), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 0:
        comps = json.loads(result.stdout)["components"]
        assert comps[-1]["mpn"].startswith("LM358") and len(comps[0]["marking"]) <= 10_000
    else:
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1


def tracer_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "tracer.cli", *args]


def test_four_concurrent_traces_on_one_store_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    files = ["comma_utf8.csv", "semicolon_cp1251.csv", "merged_title_ru.xlsx", "numbered.txt"]
    env = dict(os.environ, TRACER_DB=str(db))
    procs = [subprocess.Popen(tracer_cmd("trace", str(DATA / f), "--format", "json"), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
    rows = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        rows += len(json.loads(out)["components"])
    assert counts(db) == (4, rows, rows)
    assert integrity(db) == "ok"


def big_list(path: Path, n: int) -> None:
    marks = ["STM32F405RGT6", "ADUM1301ARWZ #2231", "LM358DR", "MAX3232EUE+T", "IRF7103TRPBF", "TPS54331DR"]
    path.write_text("No,System,Marking\n" + "".join(f"{i},sys-{i // 100},{marks[i % len(marks)]} {i}\n"
                                                  for i in range(n)), encoding="utf-8")


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_a_trace_killed_mid_way_leaves_the_store_consistent(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "killed.db"
    env = dict(os.environ, TRACER_DB=str(db))
    first = tmp_path / "first.csv"
    big_list(first, 50)
    assert subprocess.run(tracer_cmd("trace", str(first), "--format", "json"), env=env, capture_output=True).returncode == 0
    before = counts(db)
    victim = tmp_path / "big.csv"
    big_list(victim, 6000)
    p = subprocess.Popen(tracer_cmd("trace", str(victim), "--format", "json"), env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait(timeout=30)
    assert integrity(db) == "ok"
    after = counts(db)
    # The file is absent or complete: never some of its rows.
    assert after == before or after == (before[0] + 1, before[1] + 6000, before[2] + 6000)
