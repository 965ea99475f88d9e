"""flashrom's list of supported flash chips read as a parts catalogue, and the flash rules it checked.

tests/data/flashrom_L.txt is an excerpt of the real `flashrom -L` output (Debian flashrom 1.3.0).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tracer.catalog import load_catalog
from tracer.catalog.flashrom import (
    entries,
    expand,
    left_out_vendors,
    rows_from_list,
    split_names,
    vendor_maker,
)
from tracer.match import attribute
from tracer.model import BomLine

LIST = (Path(__file__).parent / "data" / "flashrom_L.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def test_wrapped_vendor_and_device_names_are_joined() -> None:
    got = list(entries(LIST))
    assert ("Micron/Numonyx/ST", "M25P05-A", "SPI") in got
    assert ("Boya/BoHong Microelectronics", "B.25Q128AS", "SPI") in got
    assert ("Macronix", "MX25L6436E/MX25L6445E/MX25L6465E/MX25L6473E/MX25L6473F", "SPI") in got
    assert ("Sanyo", "LE25FU406C/LE25U40CMC", "SPI") in got
    assert ("Catalyst", "CAT28F512", "Parallel") in got
    assert len(got) == 20  # the programmers after the chip list are not chips


@pytest.mark.parametrize(("device", "names"), [
    ("Am29F002(N)BB", ["Am29F002BB", "Am29F002NBB"]),
    ("EN25Q32(A/B)", ["EN25Q32", "EN25Q32A", "EN25Q32B"]),
    ("Am29F010A/B", ["Am29F010A", "Am29F010B"]),
    ("EN29F002(A)(N)B", ["EN29F002B", "EN29F002NB", "EN29F002AB", "EN29F002ANB"]),
    ("MX25L512(E)/MX25V512(C)", ["MX25L512", "MX25L512E", "MX25V512", "MX25V512C"]),
    ("{F,S,V}29C51001B", ["F29C51001B", "S29C51001B", "V29C51001B"]),
    ("W25Q128.V..M", ["W25Q128"]),  # a dot is any letter: the name is cut there
    ("W25Q256JV_M", ["W25Q256JV"]),
    ("M25P20-old", ["M25P20"]),
    ("KB9012 (EDI)", ["KB9012"]),
    ("S25FS128S Small Sectors", ["S25FS128S"]),
    ("B.25D16A", []),  # nothing of a part is left before the dot
])
def test_a_device_entry_spelled_out(device: str, names: list[str]) -> None:
    assert [n for raw in split_names(device) for n in expand(raw)] == names


@pytest.mark.parametrize(("vendor", "maker"), [
    ("Macronix", "Macronix International"),
    ("PMC", "Programmable Microelectronics"),  # not PMC-Sierra
    ("Sanyo", "SANYO Semiconductor"),  # not Sanyo Denki
    ("Boya/BoHong Microelectronics", "Boya Microelectronics"),  # one company, two names
    ("Micron/Numonyx/ST", None),  # three companies: ST's M25P and Numonyx's N25Q are not told apart
    ("SyncMOS/MoselVitelic", None),
    ("Nantronics", None),  # a vendor the catalogue does not know
])
def test_the_vendor_names_one_known_company(cat, vendor: str, maker: str | None) -> None:
    assert vendor_maker(vendor, cat.resolve, cat.owner) == maker


def test_rows_carry_the_entry_and_the_version(cat) -> None:
    rows = rows_from_list(LIST, cat.resolve, cat.owner, "1.3.0-2.1")
    by_mpn = {r["mpn"]: r for r in rows}
    assert by_mpn["LE25U40CMC"]["manufacturer"] == "SANYO Semiconductor"
    assert by_mpn["MX25L6445E"]["source"] == ("flashrom 1.3.0-2.1 supported flash chips: Macronix "
                                              "MX25L6436E/MX25L6445E/MX25L6465E/MX25L6473E/MX25L6473F (flashrom -L)")
    assert "M25P05" not in by_mpn and "N25S10" not in by_mpn
    assert left_out_vendors(LIST, cat.resolve, cat.owner) == ["Bright", "Micron/Numonyx/ST", "Nantronics", "SyncMOS/MoselVitelic"]


def verdict(cat, marking: str) -> tuple[str | None, str]:
    a = attribute(BomLine(source="t", locator="1", marking=marking), cat)
    return a.manufacturer, a.band


@pytest.mark.parametrize(("marking", "maker"), [
    ("KB9012", "ENE Technology"),  # an embedded controller no rule knows: the shipped list alone
    ("AT26F004", "Atmel"),
    ("F49B002UA", "Elite Semiconductor Memory Technology"),
])
def test_the_shipped_list_names_makers_no_rule_does(cat, marking: str, maker: str) -> None:
    assert verdict(cat, marking)[0] == maker


@pytest.mark.parametrize(("marking", "maker"), [
    # read as a Mitsubishi IPM, an Atmel part or a Cypress clock before the flash rules
    ("Pm25LV040", "Programmable Microelectronics"), ("Pm49FL004", "Programmable Microelectronics"),
    ("PM50RL1A060", "Mitsubishi Electric"), ("PM150RSE120", "Mitsubishi Electric"),
    ("A25L032", "AMIC Technology"), ("28F320J3", "Intel"), ("CY22393FXC", "Cypress Semiconductor"),
    ("M50FW040", "STMicroelectronics"), ("W39V040FA", "Winbond Electronics"),
])
def test_flash_rules_and_the_rules_they_narrowed(cat, marking: str, maker: str) -> None:
    assert verdict(cat, marking)[0] == maker
