from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracer.catalog.devicetree import (
    compatibles,
    contradicted,
    import_devicetree_dir,
    is_part_name,
    kernel_version,
    misnamed,
    vendor_names,
)
from tracer.cli import app
from tracer.match import attribute
from tracer.model import BomLine

from .conftest import DATA

TREE = DATA / "linux_tree"  # excerpts of linux-source-6.12 (6.12.117), lines kept as they are
SHIPPED = Path(__file__).resolve().parents[1] / "catalogs" / "parts_devicetree.csv"


def test_vendor_prefix_registry_gives_company_names() -> None:
    text = (TREE / "Documentation/devicetree/bindings/vendor-prefixes.yaml").read_text(encoding="utf-8")
    names = vendor_names(text)
    assert names["ti"] == "Texas Instruments"
    assert names["realtek"] == "Realtek Semiconductor Corp"
    assert names["richtek"] == "Richtek Technology Corporation"
    assert "at25" not in names  # the registry's list of prefixes that are not vendors


@pytest.mark.parametrize("name", ["tps65217", "rt5640", "lm75a", "vl53l1x", "sc8180x", "max31855k", "ad7606"])
def test_part_names(name: str) -> None:
    assert is_part_name(name)


@pytest.mark.parametrize("name", ["imx6q-gpc", "gpio-leds", "am33xx", "stm32", "at25", "adxl34x", "w25x", "tegra"])
def test_blocks_family_stems_and_wildcards_are_not_parts(name: str) -> None:
    assert not is_part_name(name)


def test_a_comment_naming_another_number_contradicts_a_nickname() -> None:
    assert contradicted("hi6130", " Honeywell Humidicon HIH-6130 humidity/temperature sensor")
    assert not contradicted("tmp103", " Low Power Digital Temperature Sensor with SMBUS/Two Wire Serial Interface")
    assert not contradicted("mpr121", " MPR121: Proximity Capacitive Touch Sensor Controller")
    assert not contradicted("mcp3421", "")


def test_c_and_yaml_compatibles() -> None:
    assert compatibles('{ .compatible = "realtek,rt5640", },', yaml=False) == {("realtek", "rt5640")}
    yaml = "      - enum:\n            # Honeywell Humidicon HIH-6130 humidity sensor\n          - honeywell,hi6130\n" \
           "          - ti,tmp103\n        const: ti,tps65217\n"
    assert compatibles(yaml, yaml=True) == {("ti", "tmp103"), ("ti", "tps65217")}


def test_machine_and_property_names_are_not_devices() -> None:
    c = '''if (of_machine_is_compatible("phytec,pcm030"))
	present = of_property_read_bool(np, "st,iec60958");
	{ .compatible = "ti,tps65217"},'''
    assert compatibles(c, yaml=False) == {("ti", "tps65217")}
    yaml = "  st,iec60958:\n    description: support S/PDIF IEC6958 protocol\n"
    assert compatibles(yaml, yaml=True) == set()


@pytest.mark.parametrize(("vendor", "device", "dropped"), [
    ("maxim", "mcp795", True),  # the kernel's vendor is wrong: Microchip's RTCC
    ("ti", "cd9240", True),  # the kernel's misspelling of UCD9240
    ("maxbotix", "mb1010", True),  # a sensor module's model, not a chip marking
    ("maxim", "max31855", False),
    ("ti", "ucd9240", False),
])
def test_compatibles_the_kernel_misnames(vendor: str, device: str, dropped: bool) -> None:
    assert misnamed(vendor, device) is dropped


def test_kernel_version_from_the_makefile(tmp_path: Path) -> None:
    assert kernel_version(TREE) == "6.12.117"
    assert kernel_version(tmp_path) == "unknown"


def test_import_a_tree(catalog) -> None:
    rows = import_devicetree_dir(TREE, catalog.resolve)
    found = {(r["mpn"], r["manufacturer"]) for r in rows}
    assert found == {("RT5639", "Realtek Semiconductor"), ("RT5640", "Realtek Semiconductor"),
                     ("TPS65217", "Texas Instruments"), ("TMP103", "Texas Instruments"),
                     *(("BT" + n, "Zinitix") for n in ("532", "538", "541", "548", "554"))}
    # not there: asus,tf101 (a board, in bindings/arm), honeywell,hi6130 (its comment names the
    # HIH-6130), ti,omap4-gpio (a SoC block)
    rt5640 = next(r for r in rows if r["mpn"] == "RT5640")
    assert rt5640["category"] == "audio"
    assert rt5640["source"].startswith("Linux 6.12.117 devicetree compatible 'realtek,rt5640' in sound/soc/codecs/rt5640.c")
    assert "vendor prefix 'realtek': Realtek Semiconductor Corp" in rt5640["source"]


def test_a_company_the_catalogue_does_not_know_is_left_out(tmp_path: Path, catalog) -> None:
    prefixes = tmp_path / "Documentation" / "devicetree" / "bindings" / "vendor-prefixes.yaml"
    prefixes.parent.mkdir(parents=True)
    prefixes.write_text('patternProperties:\n  "^acmewidgets,.*":\n    description: Acme Widgets Inc.\n'
                        '  "^ti,.*":\n    description: Texas Instruments\n')
    driver = tmp_path / "drivers" / "misc" / "widget.c"
    driver.parent.mkdir(parents=True)
    driver.write_text('\t{ .compatible = "acmewidgets,aw1000" },\n\t{ .compatible = "ti,tmp103" },\n')
    found = {(r["mpn"], r["manufacturer"]) for r in import_devicetree_dir(tmp_path, catalog.resolve)}
    assert found == {("TMP103", "Texas Instruments")}


def test_cli_imports_into_the_store(tracer_db: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["catalog", "import", "devicetree", str(TREE)])
    assert done.exit_code == 0, done.output
    assert "9 parts imported" in done.output
    with sqlite3.connect(tracer_db) as conn:
        stored = conn.execute("select mpn, manufacturer, imported_from from user_parts order by mpn").fetchall()
    assert [(m, maker) for m, maker, _ in stored] == [
        ("BT532", "Zinitix"), ("BT538", "Zinitix"), ("BT541", "Zinitix"), ("BT548", "Zinitix"),
        ("BT554", "Zinitix"), ("RT5639", "Realtek Semiconductor"), ("RT5640", "Realtek Semiconductor"),
        ("TMP103", "Texas Instruments"), ("TPS65217", "Texas Instruments")]
    assert all(where == str(TREE) for _, _, where in stored)
    shown = runner.invoke(app, ["explain", "RT5639"])
    assert "verdict: Realtek Semiconductor" in shown.output


def test_cli_rejects_a_folder_that_is_not_a_kernel_tree(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["catalog", "import", "devicetree", str(tmp_path)])
    assert done.exit_code == 2
    assert f"{tmp_path}: not a Linux source tree" in done.output
    assert "Traceback" not in done.output


def test_shipped_rows_carry_their_source() -> None:
    with SHIPPED.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 2000
    assert all(r["source"].startswith("Linux 6.12.117 devicetree compatible '") for r in rows)
    assert all(is_part_name(r["mpn"].lower()) for r in rows)


# Numbers two makers' families share, which the shipped compatibles settle (none in the dev set).
@pytest.mark.parametrize(("marking", "maker"), [
    ("RT5651", "Realtek Semiconductor"),  # Realtek audio codec; Richtek's RT numbers are power ICs
    ("RT4831", "Richtek Technology"),
    ("Relay RT424024", "TE Connectivity"),  # TE's RT relays keep their rule: series RT424, coil code 024
    ("SD8897", "Marvell Technology"),  # Wi-Fi SoC, not an inductor
    ("W83793", "Winbond Electronics"),
    ("KTD2692", "Kinetic Technologies"),
    ("BD71837", "ROHM Semiconductor"),  # a PMIC, not a Pro Electron BD power transistor
    ("LP87565", "Texas Instruments"),  # not Intel's 8756 with package prefix LP
    ("PM8150", "Qualcomm"),
])
def test_shipped_compatibles_settle_shared_prefixes(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker
