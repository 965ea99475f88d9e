"""Top-mark codes of small packages (catalogs/topmarks.csv), read with the package the row gives."""

from __future__ import annotations

import csv

import pytest

from tracer.catalog import package_key
from tracer.match import attribute
from tracer.model import BomLine

from .conftest import DATA


def att(catalog, text: str):
    return attribute(BomLine("t", "-", text), catalog)


def test_package_names_fold_to_one_key() -> None:
    assert {package_key(p) for p in ("SOT-23", "sot23", "SOT-23-5", "SOT23-3")} == {"SOT23"}
    assert package_key("SC-70") == "SC70" != package_key("SOT-323")
    # Makers' names for the SOT-23 outline and TI's name for MSOP.
    assert {package_key(p) for p in ("TSOT-23", "TSOT23-5", "ThinSOT", "SuperSOT-3")} == {"SOT23"}
    assert package_key("VSSOP-10") == package_key("MSOP-10") == "MSOP10"
    # JEDEC and makers' or EIAJ's names of one outline.
    assert [package_key(p) for p in ("DO-214AA", "DO-214AB", "DO-214AC")] == ["SMB", "SMC", "SMA"]
    assert package_key("SOT-346") == package_key("SC-59") == "SC59"
    assert package_key("SC-88A") == package_key("SOT-353") == "SOT353"


@pytest.mark.parametrize(("text", "mpn"), [("TVS diode DO-214AA KM 2213", "SMBJ7.0A"),
                                           ("Digital transistor SOT-346 24", "DTC114EKA")])
def test_a_code_is_found_under_another_name_of_its_outline(catalog, text: str, mpn: str) -> None:
    a = att(catalog, text)
    assert a.method == "topmark" and mpn in (a.mpn or "")


@pytest.mark.parametrize("text", ["Transistor TSOT-23 702", "Transistor SOT-23-5 702", "Transistor SuperSOT-3 702"])
def test_a_package_with_its_pin_count_or_another_makers_name_is_read_as_the_package(catalog, text: str) -> None:
    a = att(catalog, text)
    assert a.method == "topmark" and not any("SOT235" in e or "SC705" in e for e in a.evidence)


def test_a_row_of_a_passive_part_reads_no_semiconductor_marking_code(catalog) -> None:
    assert att(catalog, "SMD resistor 702").method != "topmark"
    assert att(catalog, "SMD code 702").method == "topmark"
    assert att(catalog, "SMD filter 702").method == "topmark"  # EMI and ESD filter chips carry codes


def test_a_code_one_maker_uses_on_the_given_package_is_likely(catalog) -> None:
    a = att(catalog, "Transistor SOT-23 K72")
    assert (a.manufacturer, a.mpn, a.method, a.band) == ("Diodes Incorporated", "2N7002", "topmark", "likely")


def test_an_ambiguous_code_lists_every_candidate(catalog) -> None:
    a = att(catalog, "Transistor 1A SOT23")
    assert a.band == "possible" and a.method == "topmark"
    named = {a.manufacturer, *(x["manufacturer"] for x in a.alternatives)}
    assert {"Nexperia", "Infineon Technologies"} <= named
    assert any("BC846A" in e and "MMBT3904" in e for e in a.evidence)


def test_a_site_letter_beside_the_code_is_dropped(catalog) -> None:
    a = att(catalog, "SOT-23 transistor 1AMW")
    assert a.mpn == "MMBT3904" and any("less a site letter" in e for e in a.evidence)


def test_without_a_package_or_the_word_code_short_tokens_are_not_codes(catalog) -> None:
    assert att(catalog, "Chip 1AM").method != "topmark"
    assert att(catalog, "SMD code 702").method == "topmark"


CASES = list(csv.DictReader((DATA / "topmark_cases.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[c["marking"] for c in CASES])
def test_marking_code_case(catalog, case: dict[str, str]) -> None:
    # tests/data/topmark_cases.csv: codes from makers' datasheet marking tables, written as
    # teardown rows write them; a code several makers use is possible, one maker's likely.
    a = att(catalog, case["marking"])
    expected = catalog.resolve(case["expected_maker"])
    assert a.method == "topmark", a.evidence
    assert catalog.same_company(a.manufacturer or "", expected) or catalog.same_company(a.owner or "", expected), a.evidence
    assert a.band == case["expected_band"], a.evidence


def test_a_date_code_is_no_marking_code_less_a_site_character(catalog) -> None:
    assert att(catalog, "Transistor SOT-23 1702").method != "topmark"  # not 2N7002's "702"


def test_a_marking_code_takes_the_kind_of_its_part(catalog) -> None:
    a = att(catalog, "Voltage regulator SOT-23-5 LB33")
    assert a.method == "topmark" and a.band == "likely" and not any("describes a" in e for e in a.evidence)


def test_a_code_several_makers_print_is_not_read_on_a_row_that_only_says_chip(catalog) -> None:
    # "1A" is Fairchild's MMBT3904 and Infineon's BC846A: with no kind of part named, nothing to choose.
    assert att(catalog, "Microcircuit 1A").method != "topmark"
    # One maker's code is read, below a row whose words name the part's kind.
    only_chip, kind_named = att(catalog, "Microcircuit BRPI"), att(catalog, "16-bit ADC BRPI")
    assert only_chip.band == "possible" and only_chip.confidence < kind_named.confidence


@pytest.mark.parametrize(("marking", "maker"), [
    ("Transistor 1Ks", "Infineon Technologies"),  # Infineon (ex-Siemens) prints a small s after the code
    ("Transistor 1Kt", "Nexperia"),  # Philips, NXP and Nexperia a small t or p, or a W, for the site
    ("Transistor 1KW", "Nexperia"),
    ("Transistor W1K", "Nexperia"),  # the letter before the code, as NXP's tables give some parts ("*1A")
    ("Switching diode A4s", "Infineon Technologies"),  # listed for others only; Infineon makes BAV70 too
])
def test_a_site_letter_puts_the_maker_that_prints_it_first(catalog, marking: str, maker: str) -> None:
    a = att(catalog, marking)
    assert (a.manufacturer, a.band) == (maker, "possible"), a.evidence
    assert any("site letter" in e for e in a.evidence), a.evidence


@pytest.mark.parametrize(("marking", "maker", "mpn"), [
    ("Transistor Y2", "Jiangsu Changjiang Electronics Technology", "SS8550"),  # a transistor's code before a Zener's
    ("Zener diode Y2", "onsemi", "BZX84C12"),  # and the other way round
])
def test_a_code_listed_for_a_diode_and_a_transistor_is_read_as_the_kind_the_row_names(catalog, marking: str, maker: str,
                                                                                    mpn: str) -> None:
    a = att(catalog, marking)
    assert (a.manufacturer, a.mpn, a.band) == (maker, mpn, "possible"), a.evidence


def test_a_code_with_its_date_code_after_it_is_still_read(catalog) -> None:
    a = att(catalog, "TVS diode KR 1733")  # Littelfuse's SMBJ8.0A code, then the YYWW date
    assert (a.manufacturer, a.mpn, a.band) == ("Littelfuse", "SMBJ8.0A", "possible"), a.evidence


def test_a_code_listed_only_for_the_other_kind_of_device_is_not_read(catalog) -> None:
    # KE is listed for Littelfuse's SMBJ5.0A TVS diode only: on a transistor's row it is no reading.
    assert att(catalog, "Транзистор KE").method != "topmark"


def test_a_code_of_three_characters_or_more_may_have_a_short_lot_code_after_it(catalog) -> None:
    a = att(catalog, "Buffer 7Z26 4B")  # Fairchild's NC7SZ126, then a lot pair
    assert (a.manufacturer, a.mpn, a.band) == ("Fairchild Semiconductor", "NC7SZ126", "possible"), a.evidence
    assert att(catalog, "Diode A7 K3").method != "topmark"  # a two-character code: the pair may be the code
    assert att(catalog, "Logic buffer C26 7BK").mpn == "SN74LVC1G126"  # three characters with a letter and a digit
    assert att(catalog, "Chip LDDS N303 724").method != "topmark"  # three digits alone may be part of a number
