"""The shipped examples in boms/ trace end to end and show what their markings say about dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracer.cli import app

BOMS = Path(__file__).resolve().parent.parent / "boms"
runner = CliRunner()


@pytest.mark.parametrize("name,rows", [("shahed-136.csv", 54), ("kh-101.xlsx", 29), ("orlan-10.txt", 19)])
def test_every_shipped_example_traces(name: str, rows: int) -> None:
    result = runner.invoke(app, ["trace", str(BOMS / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    comps = json.loads(result.stdout)["components"]
    assert len(comps) == rows
    assert sum(c["band"] in ("confirmed", "likely") for c in comps) >= rows // 3
    assert any(c["chpl_tier"] == 1 for c in comps)


def test_the_shahed_list_shows_parts_made_after_the_invasion(tmp_path: Path) -> None:
    out = tmp_path / "shahed.xlsx"
    assert runner.invoke(app, ["trace", str(BOMS / "shahed-136.csv"), "--format", "xlsx", "-o", str(out)]).exit_code == 0
    ws = load_workbook(out)["components"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    post = [r for r in rows if r["post_2022_02_24"] is True]
    assert {r["made"] for r in post} >= {"2022-W17", "2023-W37"}
    summary = {(r[0], r[1]): r[2] for r in load_workbook(out)["summary"].iter_rows(min_row=2, values_only=True)}
    assert summary[("made after 2022 02 24", "yes")] == len(post)
    assert sum(n for (what, _), n in summary.items() if what == "made after 2022 02 24 by chpl tier") == len(post)
