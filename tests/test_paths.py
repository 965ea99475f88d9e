"""Distribution paths on the synthetic trade fixture (tests/make_trade_fixture.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracer.cli import app
from tracer.entities import compare, entity_key
from tracer.match import attribute
from tracer.model import BomLine
from tracer.paths import PathFinder
from tracer.store import open_db
from tracer.trade import import_sanctions, import_shipments

from .make_trade_fixture import CHAINS, write

runner = CliRunner()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory.mktemp("trade"))


@pytest.fixture(scope="module")
def store(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, catalog):
    db = open_db(tmp_path_factory.mktemp("db") / "trade.db")
    import_shipments(db, files["ru"], catalog)
    import_sanctions(db, files["csl"])
    import_sanctions(db, files["os"])
    return db


def top_path(store, catalog, mpn: str) -> dict:
    comp = attribute(BomLine("t", "-", mpn), catalog).to_dict()
    paths = PathFinder(store, catalog).paths(comp)
    assert paths, f"no path for {mpn}"
    return paths[0]


def hop(path: dict, role: str) -> dict:
    return next(h for h in path["hops"] if h["role"] == role)


def test_the_planted_chain_is_the_top_path_for_nine_planted_parts_in_ten(store, catalog) -> None:
    planted = [(c, p[0]) for c in CHAINS for p in c.parts]
    right = 0
    for chain, mpn in planted:
        p = top_path(store, catalog, mpn)
        right += (entity_key(hop(p, "exporter")["entity"]) == entity_key(chain.exporter[0])
                  and entity_key(hop(p, "importer")["entity"]) == entity_key(chain.importer[0]))
    assert right / len(planted) >= 0.9, f"{right}/{len(planted)}"


def test_every_hop_has_evidence_and_shipment_evidence_is_real(store, catalog, files: dict[str, Path]) -> None:
    lines = files["ru"].read_text(encoding="utf-8").splitlines()
    p = top_path(store, catalog, "TPS54331DR")
    assert [h["role"] for h in p["hops"]][:2] == ["manufacturer", "authorised distributor (candidate)"]
    for h in p["hops"]:
        assert h["evidence"], h
    for e in hop(p, "exporter")["evidence"]:
        if e.startswith("shipment names the part"):
            n = int(e.split(" row ")[1].split(":")[0])
            assert "TPS54331DR" in lines[n - 1] and "alburton" in lines[n - 1].lower()


def test_sanctioned_firms_are_flagged_with_list_and_programme(store, catalog) -> None:
    p = top_path(store, catalog, "ADUM1301ARWZ")
    exporter, importer = hop(p, "exporter"), hop(p, "importer")
    assert exporter["sanctioned"][0]["list"].startswith("Entity List") and exporter["sanctioned"][0]["programs"] == "EAR"
    assert any(s["programs"] == "RUSSIA-EO14024" for s in importer["sanctioned"])
    p = top_path(store, catalog, "TPS54331DR")  # Radioavtomatika: by name and by tax id
    assert any("tax id 7714100002" in s["why"] or "name matches" in s["why"] for s in hop(p, "importer")["sanctioned"])
    p = top_path(store, catalog, "PIC16F877A-I/P")  # nobody listed on this chain
    assert not hop(p, "exporter")["sanctioned"] and not hop(p, "importer")["sanctioned"]


def test_name_variants_in_both_scripts_are_one_firm_and_shared_words_are_not() -> None:
    for chain in CHAINS:
        for names in (chain.exporter, chain.importer):
            assert len({entity_key(n) for n in names}) == 1, names
    assert compare("ООО «Радиоавтоматика»", "Radioavtomatika LLC").same
    assert not compare("Electronic Network Inc", "Network Electronics LLC").same
    assert not compare("ООО «Сетевая Электроника»", "Electronic Network, Inc.").same
    assert compare("A", "B", "7714100002", "7714100002").same


def test_the_decoy_sharing_words_gets_no_planted_flag(store, catalog) -> None:
    finder = PathFinder(store, catalog)
    assert not finder.flags(entity_key("Network Electronics LLC"))
    assert finder.flags(entity_key("ELECTRONIC NETWORK INC"))


def test_reimport_is_a_no_op_and_english_xlsx_imports(store, catalog, files: dict[str, Path]) -> None:
    before = store.conn.execute("select count(*) from shipments").fetchone()[0]
    assert not import_shipments(store, files["ru"], catalog).new
    assert store.conn.execute("select count(*) from shipments").fetchone()[0] == before
    r = import_shipments(store, files["en"], catalog)
    assert r.new and r.rows == 50 and r.columns["exporter"] == "Shipper / Exporter"


def test_cli_import_paths_json_and_trace_fills_paths(files: dict[str, Path], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    for kind, key in (("shipments", "ru"), ("sanctions", "csl")):
        result = runner.invoke(app, ["import", kind, str(files[key]), "--db", db])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["paths", "--mpn", "STM32F405RGT6", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    paths = json.loads(result.stdout)["paths"]
    assert paths and set(paths[0]) == {"mpn", "manufacturer", "score", "hops"}
    assert set(paths[0]["hops"][0]) >= {"role", "entity", "country", "sanctioned", "evidence"}
    bom = tmp_path / "bom.csv"
    bom.write_text("No,System,Marking\n1,Orlan-10,ADUM1301ARWZ #2231\n", encoding="utf-8")
    result = runner.invoke(app, ["trace", str(bom), "--format", "json", "--db", db])
    comp = json.loads(result.stdout)["components"][0]
    assert comp["paths"] and comp["paths"][0]["hops"][-1] == {
        "role": "end use", "entity": "Orlan-10", "country": None, "sanctioned": [],
        "evidence": [f"teardown: {bom} line 2: 'ADUM1301ARWZ #2231'"]}


@pytest.mark.parametrize("content,problem", [
    ("a;b;c\n1;2;3\n", "no header row of shipment columns"),
    ("Date;HS Code;Product Description\n01.01.2023;8542;chip\n", "no exporter or importer column"),
])
def test_bad_shipment_files_are_one_line_errors_and_store_nothing(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    db = tmp_path / "bad.db"
    result = runner.invoke(app, ["import", "shipments", str(bad), "--db", str(db)])
    assert result.exit_code == 2 and problem in result.stderr and len(result.stderr.strip().splitlines()) == 1
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from trade_sources").fetchone()[0] == 0


def test_a_list_that_is_not_a_screening_list_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "list.csv"
    bad.write_text("name,country\nX,RU\n", encoding="utf-8")
    result = runner.invoke(app, ["import", "sanctions", str(bad), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not a recognised screening list" in result.stderr


def test_paths_without_shipments_say_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["paths", "--mpn", "LM358", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 2 and "no shipments in the store" in result.stderr


def test_importers_under_one_tax_id_are_one_firm(tmp_path: Path, catalog) -> None:
    rows = ("Отправитель;Получатель;ИНН получателя;Описание товара;Товарный знак;Код ТН ВЭД\n"
            "Sino Tech Components Limited;ООО «СТЦ»;7802100001;Микросхема ADUM1301ARWZ;ANALOG DEVICES;8542390000\n"
            "Sino Tech Components Limited;Special Technology Center LLC;7802100001;Микросхема ADUM1301ARWZ;ANALOG DEVICES;8542390000\n")
    f = tmp_path / "inn.csv"
    f.write_text(rows, encoding="utf-8")
    db = open_db(tmp_path / "inn.db")
    import_shipments(db, f, catalog)
    canon = dict(db.conn.execute("select key, canonical from entity_names").fetchall())
    assert canon[entity_key("ООО «СТЦ»")] == canon[entity_key("Special Technology Center LLC")]
    why = db.conn.execute("select why from entity_names where key != canonical").fetchone()[0]
    assert "INN 7802100001" in why
    p = PathFinder(db, catalog).paths(attribute(BomLine("t", "-", "ADUM1301ARWZ"), catalog).to_dict())
    assert len(p) == 1 and "2 shipment(s) name the part" in " ".join(hop(p[0], "importer")["evidence"])


def test_map_names_headers_the_synonyms_do_not_know(tmp_path: Path, catalog) -> None:
    f = tmp_path / "odd.csv"
    f.write_text("Shipper name,Buyer,Goods,Trade mark,Tariff\n"
                 "Sino Tech Components Limited,OOO Mikrotest,ADUM1301ARWZ chips,ANALOG DEVICES,8542390000\n",
                 encoding="utf-8")
    db = open_db(tmp_path / "odd.db")
    r = import_shipments(db, f, catalog, {"exporter": "Shipper name", "importer": "Buyer", "description": "Goods",
                                          "brand": "Trade mark", "hs_code": "Tariff"})
    assert r.rows == 1 and r.columns["importer"] == "Buyer"
