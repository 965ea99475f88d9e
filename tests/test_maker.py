"""tracer maker: a maker's components across the store, its brands included, and its part list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracer.cli import app
from tracer.maker_view import same_part

from .conftest import DATA

runner = CliRunner()


@pytest.fixture()
def traced(tmp_path: Path) -> str:
    db = str(tmp_path / "maker.db")
    assert runner.invoke(app, ["trace", str(DATA / "maker_rows.csv"), "--db", db]).exit_code == 0
    return db


def maker_json(db: str, *args: str) -> dict:
    result = runner.invoke(app, ["maker", *args, "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["Analog Devices", "ADI", "Analog Devices Inc.", "Аналог Девайсез"])
def test_a_maker_and_the_brands_it_owns(traced: str, name: str) -> None:
    d = maker_json(traced, name)
    assert d["maker"] == "Analog Devices" and {"Linear Technology", "Maxim Integrated", "Hittite Microwave"} <= set(d["brands"])
    assert [c["locator"] for c in d["components"]] == ["line 2", "line 3", "line 4", "line 5"]
    s = d["summary"]
    assert (s["components"], s["systems"], s["made_after_2022_02_24"]) == (4, 2, 1)
    assert s["by_system"] == {"Orlan-10": 2, "Kh-101": 2}
    assert s["newest_date_codes"][0]["made"] == "2022-W31"


def test_a_brand_alone_is_only_itself(traced: str) -> None:
    d = maker_json(traced, "Linear Technology")
    assert [c["mpn"] for c in d["components"]] == ["LTC3789"]


def test_an_unknown_maker_names_the_closest(traced: str) -> None:
    result = runner.invoke(app, ["maker", "Analog Devizes", "--db", traced])
    assert result.exit_code == 2 and "closest known: Analog Devices" in result.stderr


def test_a_part_list_finds_every_row_carrying_its_parts(traced: str) -> None:
    d = maker_json(traced, "ADI", "--parts", str(DATA / "adi_part_list.csv"), "--map", "mpn=Part Number")
    hits = {p["mpn"]: [h["component"]["locator"] for h in p["hits"]] for p in d["parts"]}
    assert hits == {"ADUM1301ARWZ-RL": ["line 2"], "LTC3789EGN#PBF": ["line 3"], "AD7606BSTZ": []}


def test_a_one_column_part_list_needs_no_mapping(traced: str, tmp_path: Path) -> None:
    one = tmp_path / "adi.csv"
    one.write_text("Part Number\nADUM1301ARWZ-RL\nLTC3789EGN#PBF\nAD7606BSTZ\n", encoding="utf-8")
    hits = {p["mpn"]: [h["component"]["locator"] for h in p["hits"]] for p in maker_json(traced, "ADI", "--parts", str(one))["parts"]}
    assert hits == {"ADUM1301ARWZ-RL": ["line 2"], "LTC3789EGN#PBF": ["line 3"], "AD7606BSTZ": []}


@pytest.mark.parametrize("listed,traced,same", [
    ("LTC3789EGN#PBF", "LTC3789", True), ("ADUM1301ARWZ-RL", "ADUM1301ARWZ", True), ("AD7606", "AD7606BSTZ", True),
    ("AD7606", "AD7608", False), ("MAX3232", "MAX3221", False), ("LT1117", "LT11", False),
    # a digit after the number's last digit is another part, unless a separator comes between
    ("AD813", "AD8138A", False), ("TPS5430", "TPS54302", False), ("LT1763CS8-3.3", "LT1763CS8", True),
    ("ADP3338AKCZ-3.3", "ADP3338", True),
])
def test_same_part_allows_ordering_suffixes_only(listed: str, traced: str, same: bool) -> None:
    assert same_part(listed, traced) is same


def test_the_maker_view_as_a_workbook(traced: str, tmp_path: Path) -> None:
    out = tmp_path / "adi.xlsx"
    result = runner.invoke(app, ["maker", "ADI", "--parts", str(DATA / "adi_part_list.csv"), "--map", "mpn=Part Number",
                                 "--format", "xlsx", "-o", str(out), "--db", traced])
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    assert wb.sheetnames == ["components", "parts checked", "summary"]
    assert wb["components"].max_row == 5


def test_a_product_line_sold_apart_from_its_brand_belongs_to_its_buyer(tmp_path: Path) -> None:
    # International Rectifier's brand is Infineon's, but its rectifier line has been Vishay's since
    # 2007: the part is Vishay's, and Infineon's view lists it apart, as its brand only. A date code
    # after the sale makes it Vishay's by name too, and no longer Infineon's brand's.
    bom = tmp_path / "ir.csv"
    bom.write_text("No,System,Marking\n1,Kh-101,Schottky rectifier 10BQ100TRPBF\n2,Kh-101,MOSFET IRF3205PBF\n"
                   "3,Kh-101,Schottky rectifier 10BQ040TRPBF 1934\n", encoding="utf-8")
    db = str(tmp_path / "ir.db")
    assert runner.invoke(app, ["trace", str(bom), "--db", db]).exit_code == 0
    infineon = maker_json(db, "Infineon")
    assert [c["mpn"] for c in infineon["components"]] == ["IRF3205"]
    assert [(b["mpn"], b["line_owner"]) for b in infineon["summary"]["brand_only"]] == [("10BQ100TRPBF", "Vishay Intertechnology")]
    vishay = maker_json(db, "Vishay")
    assert [(c["mpn"], c["manufacturer"], c["owner"]) for c in vishay["components"]] == [
        ("10BQ100TRPBF", "International Rectifier", "Vishay Intertechnology"),
        ("10BQ040TRPBF", "Vishay Intertechnology", "Vishay Intertechnology")]
    assert vishay["summary"]["brand_only"] == []


def test_the_part_check_looks_both_ways_and_in_the_marking() -> None:
    from tracer.catalog import load_catalog
    from tracer.maker_view import check_parts, holdings

    rows = [{"mpn": "AD7606BSTZ", "marking": "AD7606BSTZ 2231", "manufacturer": "Analog Devices", "owner": "Analog Devices"},
            {"mpn": "LTC3789", "marking": "LTC 3789", "manufacturer": "Linear Technology", "owner": "Analog Devices"},
            {"mpn": None, "marking": "board with AD8138ARZ", "manufacturer": None, "owner": None},
            {"mpn": "AD8138", "marking": "8138", "manufacturer": "Analog Devices", "owner": "Analog Devices"}]
    got = check_parts(["AD7606", "LTC3789EGN#PBF", "AD8138ARZ-REEL7", "AD813"], rows, holdings(load_catalog(), "Analog Devices"))
    hits = {p["mpn"]: [(rows.index(h["component"]), h["how"]) for h in p["hits"]] for p in got}
    assert hits == {
        "AD7606": [(0, "traced part number AD7606BSTZ (ordering suffix or shortened mark)")],
        "LTC3789EGN#PBF": [(1, "traced part number LTC3789 (ordering suffix or shortened mark)")],
        "AD8138ARZ-REEL7": [(2, "the marking carries the number; attributed to no maker"),
                            (3, "traced part number AD8138 (ordering suffix or shortened mark)")],
        "AD813": [],
    }
