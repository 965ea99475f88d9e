from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from tracer.catalog import CATEGORIES
from tracer.catalog.kicad import (
    MAKER_DOMAINS,
    PARTS_COLUMNS,
    PATH_MAKER_WORDS,
    SexprError,
    category_from_library,
    import_kicad_dir,
    maker_from_datasheet,
    parse_kicad_sym,
    parse_sexpr,
    part_number,
)

from .conftest import DATA

SAMPLE = DATA / "sample.kicad_sym"
MANUFACTURERS = Path(__file__).resolve().parents[1] / "catalogs" / "manufacturers.csv"


def maker_names() -> set[str]:
    with MANUFACTURERS.open(encoding="utf-8", newline="") as f:
        return {row["name"] for row in csv.DictReader(f)}


# --- S-expressions ----------------------------------------------------------------------------


def test_sexpr_nesting_strings_and_escapes() -> None:
    tree = parse_sexpr('(a "b (c) d" (e "say \\"hi\\"" f) "back\\\\slash" "two\\nlines")')
    assert tree == [["a", "b (c) d", ["e", 'say "hi"', "f"], "back\\slash", "two\nlines"]]


def test_sexpr_max_depth_drops_deeper_lists() -> None:
    assert parse_sexpr('(a (b (c "x)") d) e)', max_depth=2) == [["a", ["b", "d"], "e"]]


@pytest.mark.parametrize("text", ['(a "open', "(a (b)", "(a))", '(a "x\\")'])
def test_sexpr_errors(text: str) -> None:
    with pytest.raises(SexprError):
        parse_sexpr(text)


def test_parse_rejects_a_file_that_is_not_a_symbol_library() -> None:
    with pytest.raises(SexprError):
        parse_kicad_sym('(kicad_pcb (version 20211014))')


# --- .kicad_sym ---------------------------------------------------------------------------------


def test_parse_sample_library() -> None:
    rows = parse_kicad_sym(SAMPLE.read_text(encoding="utf-8"))
    assert [r["symbol"] for r in rows] == ["LM358", "LM2904"]  # units "LM358_1_1" are not symbols
    base, derived = rows
    assert base == {
        "symbol": "LM358",
        "datasheet": "http://www.ti.com/lit/ds/symlink/lm2904-n.pdf",
        "description": 'Low-Power, Dual "Operational" Amplifiers (rail (to) rail), DIP-8/SOIC-8 \\ TO-99',
        "keywords": "dual opamp",
        "footprint": "",
        "extends": "",
    }
    # The derived symbol keeps its own fields and takes the rest ("~" datasheet) from its parent.
    assert derived["extends"] == "LM358"
    assert derived["datasheet"] == base["datasheet"]
    assert derived["description"] == base["description"]
    assert derived["keywords"] == "dual opamp automotive"
    assert derived["footprint"] == "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm"


def test_parent_defined_after_child_and_newer_description_field() -> None:
    text = """(kicad_symbol_lib (version 20220914)
      (symbol "B100" (extends "A100") (property "Value" "B100"))
      (symbol "A100" (property "Datasheet" "https://www.st.com/a100.pdf")
        (property "Description" "Thing"))
    )"""
    rows = {r["symbol"]: r for r in parse_kicad_sym(text)}
    assert rows["B100"]["datasheet"] == "https://www.st.com/a100.pdf"
    assert rows["B100"]["description"] == "Thing"
    assert rows["A100"]["extends"] == ""


def test_import_dir(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "Amplifier_Operational.kicad_sym")
    (tmp_path / "notes.txt").write_text("not a library", encoding="utf-8")
    rows = import_kicad_dir(tmp_path, version="9.9.9")
    assert [r["mpn"] for r in rows] == ["LM358", "LM2904"]
    for row in rows:
        assert tuple(row) == PARTS_COLUMNS
        assert row["manufacturer"] == "Texas Instruments"
        assert row["family"] == "Amplifier_Operational"
        assert row["category"] == "amplifier"
        assert row["source"] == (
            "KiCad symbol library Amplifier_Operational.kicad_sym (kicad-symbols 9.9.9, "
            "CC-BY-SA 4.0 with exception), datasheet http://www.ti.com/lit/ds/symlink/lm2904-n.pdf"
        )


@pytest.mark.parametrize(("symbol", "mpn"), [
    ("ATmega328P-PU", "ATmega328P-PU"),
    ("ATxmega128A4U-A", "ATxmega128A4U-A"),
    ("Si8641BC-B-IS1", "Si8641BC-B-IS1"),
    ("dsPIC33FJ32GP202-xSO", None),
    ("LM317_TO220", "LM317"),
    ("TLV70012_SOT23-5", "TLV70012"),
    ("TPS71518__SC70", "TPS71518"),
    ("DG417LDJ_Maxim", "DG417LDJ"),
    ("STM32F103C8Tx", None),
    ("74xx", None),
    ("INA199xxDCK", None),
    ("R", None),
    ("Q_NPN_BCE", None),
    ("Opamp_Dual", None),
    ("R_Network03", None),
    ("RJ45_Abracon_ARJP11A-MASA-B-A-EMU2", None),
    ("LED_Cree_XHP50_12V", None),
    ("NE555", "NE555"),
    ("4N25", "4N25"),
])
def test_part_number(symbol: str, mpn: str | None) -> None:
    assert part_number(symbol) == mpn


# --- datasheet -> maker -------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "maker"), [
    ("http://www.ti.com/lit/ds/symlink/lm358.pdf", "Texas Instruments"),
    ("https://www.ti.com.cn/cn/lit/ds/symlink/tps7a47.pdf", "Texas Instruments"),
    ("www.ti.com/lit/ds/symlink/ne555.pdf", "Texas Instruments"),
    ("https://www.analog.com/media/en/technical-documentation/data-sheets/AD8015.pdf", "Analog Devices"),
    ("https://www.analog.com/media/en/technical-documentation/data-sheets/LTC2859-2861.pdf", "Linear Technology"),
    ("https://www.analog.com/media/en/technical-documentation/data-sheets/1083ffe.pdf", "Linear Technology"),
    ("https://www.analog.com/media/en/technical-documentation/data-sheets/105738070SSM2120.pdf", "Analog Devices"),
    ("https://datasheets.maximintegrated.com/en/ds/MAX3232.pdf", "Maxim Integrated"),
    ("http://cds.linear.com/docs/en/datasheet/1117fd.pdf", "Linear Technology"),
    ("https://www.st.com/resource/en/datasheet/stm32f103c8.pdf", "STMicroelectronics"),
    ("https://www.nxp.com/docs/en/data-sheet/LPC111X.pdf", "NXP Semiconductors"),
    ("http://cache.nxp.com/documents/data_sheet/MK20DX128VLH5.pdf", "NXP Semiconductors"),
    ("https://www.onsemi.com/pub/Collateral/NCP1117-D.PDF", "onsemi"),
    ("https://www.fairchildsemi.com/datasheets/FD/FDS6630A.pdf", "Fairchild Semiconductor"),
    ("http://ww1.microchip.com/downloads/en/DeviceDoc/20001952C.pdf", "Microchip Technology"),
    ("http://ww1.microchip.com/downloads/en/DeviceDoc/Atmel-2545-8-bit-AVR-Microcontroller.pdf", "Atmel"),
    ("http://www.atmel.com/Images/doc2586.pdf", "Atmel"),
    ("https://www.infineon.com/dgdl/irf540n.pdf", "Infineon Technologies"),
    ("https://www.irf.com/product-info/datasheets/data/irf540n.pdf", "International Rectifier"),
    ("http://www.cypress.com/file/46236/download", "Cypress Semiconductor"),
    ("https://www.xilinx.com/support/documentation/data_sheets/ds003.pdf", "Xilinx"),
    ("https://www.altera.com/content/dam/altera-www/global/en_US/pdfs/literature/hb/max2/max2_mii5v1.pdf", "Altera"),
    ("https://www.intel.com/content/dam/www/programmable/us/en/pdfs/literature/hb/max-10/m10_overview.pdf", "Altera"),
    ("http://www.intel.com/content/www/us/en/ethernet-controllers/i210-ethernet-controller-datasheet.html", "Intel"),
    ("https://www.intel.com/content/dam/www/public/us/en/documents/guides/power-supply-design-guide-june.pdf", None),
    ("http://www.vishay.com/docs/83725/4n25.pdf", "Vishay Intertechnology"),
    ("https://www.diodes.com/assets/Datasheets/AP2112.pdf", "Diodes Incorporated"),
    ("https://assets.nexperia.com/documents/data-sheet/BC847.pdf", "Nexperia"),
    ("http://rohmfs.rohm.com/en/products/databook/datasheet/ic/power/BD9G341EFJ.pdf", "ROHM Semiconductor"),
    ("https://toshiba.semicon-storage.com/info/docget.jsp?did=13794&prodName=TCR2EF45", "Toshiba"),
    ("https://www.renesas.com/us/en/document/dst/isl3280e-datasheet", "Renesas Electronics"),
    ("http://www.intersil.com/content/dam/Intersil/documents/isl8/isl83485.pdf", "Intersil"),
    ("https://www.idt.com/document/dst/xu-family-datasheet", "Integrated Device Technology"),
    ("https://www.silabs.com/documents/public/data-sheets/cp2102.pdf", "Silicon Laboratories"),
    ("https://power.murata.com/data/power/oki-78sr.pdf", "Murata Manufacturing"),
    # archives and distributors count only when the path names the maker
    ("http://pdf.datasheetcatalog.com/datasheet/motorola/MC6850.pdf", "Motorola Semiconductor"),
    ("https://media.digikey.com/pdf/Data%20Sheets/Fairchild%20PDFs/BUZ11.pdf", "Fairchild Semiconductor"),
    ("http://www.alldatasheet.com/datasheet-pdf/pdf/97272/HITACHI/HD14529B.html", "Hitachi"),
    ("xilinx/xc9536.pdf", "Xilinx"),
    ("linear-tec\\ltc2859-2861.pdf", "Linear Technology"),
    ("http://www.mouser.com/ds/2/268/22090a-52174.pdf", None),
    ("http://www.farnell.com/datasheets/1636957.pdf", None),
    ("https://datasheet.lcsc.com/lcsc/1809031521_MBI-MBI5252GP-A_C261127.pdf", None),
    ("74xx/74hc_hct74.pdf", None),
    ("https://en.wikipedia.org/wiki/Intel_8086", None),
    ("https://github.com/some/project/datasheet.pdf", None),
    ("http://www.cree.com/%7E/media/Files/Cree/LED%20Components/ds%20XHP70.pdf", None),
    ("http://notti.com/ds.pdf", None),  # not a subdomain of ti.com
    ("~", None),
    ("", None),
])
def test_maker_from_datasheet(url: str, maker: str | None) -> None:
    assert maker_from_datasheet(url) == maker


def test_every_mapped_maker_is_in_the_catalogue() -> None:
    names = maker_names()
    mapped = set(MAKER_DOMAINS.values()) | set(PATH_MAKER_WORDS.values())
    assert mapped <= names, sorted(mapped - names)
    assert {"Linear Technology", "Maxim Integrated", "Atmel", "Altera", "Intel", "Wolfspeed"} <= names


# --- library -> category ------------------------------------------------------------------------


@pytest.mark.parametrize(("lib", "description", "category"), [
    ("MCU_ST_STM32F4", "", "mcu"),
    ("MCU_Module", "Microcontroller module with ATmega32u4", "module"),
    ("CPU_NXP_68000", "", "processor"),
    ("DSP_Texas", "", "dsp"),
    ("FPGA_Xilinx", "", "fpga"),
    ("CPLD_Altera", "", "cpld"),
    ("Memory_Flash", "", "memory"),
    ("Amplifier_Operational", "", "amplifier"),
    ("Analog_ADC", "", "data-converter"),
    ("Analog_DAC", "", "data-converter"),
    ("Analog_Switch", "", "analog"),
    ("Comparator", "", "analog"),
    ("Regulator_Linear", "", "power"),
    ("Converter_DCDC", "", "power"),
    ("Driver_Motor", "", "power"),
    ("Interface_CAN_LIN", "", "interface"),
    ("Isolator", "Low Power Dual-Channel Digital Isolator", "interface"),
    ("Isolator", "DC Optocoupler Base Connected", "optoelectronics"),
    ("74xx", "", "logic"),
    ("4xxx_IEEE", "", "logic"),
    ("74xGxx", "", "logic"),
    ("Logic_LevelTranslator", "", "logic"),
    ("RF_Module", "", "module"),
    ("RF_Bluetooth", "Bluetooth module", "module"),
    ("RF_Mixer", "", "rf"),
    ("Sensor_Motion", "", "sensor"),
    ("LED", "", "optoelectronics"),
    ("Transistor_FET", "", "discrete"),
    ("Diode", "", "discrete"),
    ("Device", "Resistor", "passive"),
    ("Oscillator", "", "timing"),
    ("Timer_RTC", "", "timing"),
    ("Connector", "USB connector", "other"),
    ("Mystery_Library", "Dual operational amplifier", "amplifier"),
    ("Mystery_Library", "", "other"),
])
def test_category_from_library(lib: str, description: str, category: str) -> None:
    got = category_from_library(lib, description)
    assert got == category
    assert got in CATEGORIES
