"""The matcher's mechanisms, on a small catalogue written here (no dependence on shipped data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracer.catalog import Catalog, load_catalog, part_key
from tracer.match import attribute, explain, slip_variants
from tracer.model import BomLine

MAKERS = """name,aliases,country,kind,prefixes,source
Acme Semi,ACME|Акме,US,western,,test
Big Corp,BIG,DE,western,,test
Old Brand,OLDB,US,western,,test
Clone Co,,CN,chinese-clone,,test
Spin Off,SPIN,NL,western,,test
Gate Array Co,,US,western,GX,test
Trade Name,TRADENAME,JP,western,,test
Parent Corporation,PARENTCO,JP,western,,test
"""
LINEAGE = "brand,acquired_by,year,kind,source\nOld Brand,Acme Semi,2015,,test\nTrade Name,Parent Corporation,,brand,test\n"
FAMILIES = """pattern,match,manufacturer,family,category,priority,second_sources,source
ACM,prefix,Acme Semi,ACM amplifiers,amplifier,75,,test rule acm
OLD,prefix,Old Brand,OLD regulators,power,60,,test rule old
GEN,prefix,Acme Semi,GEN generic,logic,50,Big Corp|Clone Co,test rule gen
CLN32F,prefix,Clone Co,CLN32 MCU,mcu,70,,test rule cln
BGX,prefix,Big Corp,BGX sensors,sensor,60,,test rule bgx
WK,prefix,Big Corp,WK shapes,logic,50,,test rule wk
SPF,prefix,Big Corp,SPF flash,memory,80,Spin Off,test rule spf
SPFX,prefix,Spin Off,SPFX flash,memory,80,,test rule spfx
2SC18,prefix,Big Corp,JIS transistor,discrete,66,,test rule jis
MTR,prefix,Spin Off,MTR motors,other,75,,test rule mtr
ZX12B,prefix,Big Corp,ZX12B decoder,processor,80,,test rule zx
"KX[0-9]{2}D",regex,Old Brand,KX filters,passive,70,,test rule kx
TNX,prefix,Trade Name,TNX crystals,timing,80,,test rule tnx
GXA,prefix,Gate Array Co,GXA FPGA,fpga,70,,test rule gxa
GXB,prefix,Gate Array Co,GXB FPGA,fpga,70,,test rule gxb
GXC,prefix,Gate Array Co,GXC FPGA,fpga,70,,test rule gxc
"""
TRANSFERS = """line_from,line_to,line,year,source
Big Corp,Spin Off,SPF flash,2017,test transfer
"""
PARTS = """mpn,manufacturer,family,description,category,source
BGX2000A,Big Corp,BGX,sensor,sensor,test part
GEN595,Big Corp,GEN,logic,logic,test part
"""
DROPPED = """prefix,manufacturer,restored,source
AC,Acme Semi,,test dropped prefix
2S,*,"2S[ABCDJK][0-9]{3,4}[A-Z]{0,2}$",test standard prefix
"""
SHORTENED = """pattern,expand,manufacturer,family,needs_maker,score,source
"^([0-9]{4})$",OLD\\1,Old Brand,OLD (prefix dropped),yes,0.7,test shortening
"""


@pytest.fixture(scope="module")
def cat(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    d: Path = tmp_path_factory.mktemp("cat")
    for name, text in {"manufacturers.csv": MAKERS, "lineage.csv": LINEAGE, "families.csv": FAMILIES,
                       "parts.csv": PARTS, "shortened.csv": SHORTENED, "transfers.csv": TRANSFERS,
                       "dropped_prefixes.csv": DROPPED}.items():
        (d / name).write_text(text, encoding="utf-8")
    return load_catalog(d)


def att(cat: Catalog, marking: str, maker: str | None = None):
    return attribute(BomLine("t", "line 1", marking, stated_maker=maker), cat)


def test_family_rule_gives_maker_owner_country_and_evidence(cat: Catalog) -> None:
    a = att(cat, "Amplifier OLD1117-3.3 2034")
    assert (a.manufacturer, a.owner, a.country, a.method) == ("Old Brand", "Acme Semi", "US", "family")
    assert a.band == "likely"
    assert any("test rule old" not in e and "OLD regulators" in e for e in a.evidence)
    assert any("now part of Acme Semi" in e for e in a.evidence)


def test_stated_maker_that_agrees_confirms(cat: Catalog) -> None:
    a = att(cat, "ACME ACM321 #1718")
    assert a.manufacturer == "Acme Semi" and a.band == "confirmed"


def test_manufacturer_column_counts_as_stated(cat: Catalog) -> None:
    assert att(cat, "ACM321", maker="Акме").band == "confirmed"


def test_multi_source_number_is_hedged_with_alternatives(cat: Catalog) -> None:
    a = att(cat, "Shift register GEN164")
    assert a.manufacturer == "Acme Semi" and a.band == "possible"
    assert {x["manufacturer"] for x in a.alternatives} >= {"Big Corp", "Clone Co"}


def test_a_named_second_source_pins_a_multi_source_number(cat: Catalog) -> None:
    a = att(cat, "GEN164 BIG")
    assert a.manufacturer == "Big Corp" and a.band == "likely"


def test_clone_is_named_for_its_maker(cat: Catalog) -> None:
    a = att(cat, "MCU CLN32F103C8T6")
    assert a.manufacturer == "Clone Co" and a.country == "CN"


def test_catalogue_part_with_suffix_dropped(cat: Catalog) -> None:
    a = att(cat, "Sensor BGX2000AQ-R7")
    assert a.manufacturer == "Big Corp" and a.mpn == "BGX2000A"
    assert any("suffix" in e for e in a.evidence)


def test_catalogue_maker_and_family_originator_disagree_is_not_confident(cat: Catalog) -> None:
    a = att(cat, "GEN595")
    assert a.band in ("possible", "unknown")
    assert {a.manufacturer, *[x["manufacturer"] for x in a.alternatives]} >= {"Acme Semi", "Big Corp"}


def test_stated_maker_expands_a_shortened_mark(cat: Catalog) -> None:
    a = att(cat, "Regulator 1117 OLDB 1931")
    assert a.manufacturer == "Old Brand" and a.mpn == "OLD1117"
    assert any("prints OLD1117" in e or "expanded 1117 to OLD1117" in e for e in a.evidence)


def test_a_bare_number_alone_stays_unknown(cat: Catalog) -> None:
    a = att(cat, "Chip 1117")
    assert a.band == "unknown" and a.manufacturer is None


def test_transcription_slip_is_undone_and_said(cat: Catalog) -> None:
    b = att(cat, "Amplifier XQZ321")  # nothing fits, slip or not
    assert b.band == "unknown"
    c = att(cat, "Regulator 0LD1117")  # zero typed for O
    assert c.manufacturer == "Old Brand"
    assert any("read 0 at position 1 as O" in e for e in c.evidence)


def test_cyrillic_look_alikes(cat: Catalog) -> None:
    assert att(cat, "АСМ321").manufacturer == "Acme Semi"  # Cyrillic А, С, М


def test_disagreeing_stated_maker_caps_confidence(cat: Catalog) -> None:
    a = att(cat, "BGX2000A ACME")
    assert a.band in ("possible", "unknown")


def test_slip_variants_are_single_substitutions() -> None:
    assert ("0LD", "read O at position 1 as 0") in slip_variants("OLD")
    assert all(len(v) == 3 for v, _ in slip_variants("OLD"))


def test_explain_names_candidates_rules_and_verdict(cat: Catalog) -> None:
    text = explain("GEN164 BIG", cat)
    assert "candidates considered" in text and "test rule gen" in text
    assert "verdict: Big Corp" in text
    assert "verdict: unknown" in explain("nothing here", cat)


def test_a_dropped_prefix_is_restored_and_said(cat: Catalog) -> None:
    a = att(cat, "M3215 XY12")  # printed without the AC of ACM3215
    assert a.manufacturer == "Acme Semi" and a.mpn == "ACM3215"
    assert a.band == "possible"
    assert any("prefix 'AC' seems dropped" in e for e in a.evidence)


def test_a_restored_prefix_is_likely_when_the_row_names_the_kind_its_rule_makes(cat: Catalog) -> None:
    # Two signs that agree: the maker's prefix put back, and the row's word for the part.
    a = att(cat, "Amplifier M3215 XY12")
    assert a.manufacturer == "Acme Semi" and a.band == "likely"
    assert any("prefix 'AC' seems dropped" in e and "'Amplifier' fits its category" in e for e in a.evidence)
    # A standard's prefix (JIS 2S) restores a number many makers print: possible, whatever the row says.
    assert att(cat, "Transistor C1815").band == "possible"


def test_a_standard_prefix_is_restored_for_whichever_maker_registered_the_number(cat: Catalog) -> None:
    for marking in ("Transistor C1815", "C1815", "C1815Y"):  # JIS marks drop the 2S of 2SC1815
        a = att(cat, marking)
        assert a.manufacturer == "Big Corp" and a.mpn.startswith("2SC1815") and a.band == "possible", marking
        assert any("prefix '2S' seems dropped" in e for e in a.evidence)
    assert att(cat, "Microcircuit C1815").manufacturer is None  # an IC is no JIS transistor
    assert att(cat, "C1815A7").manufacturer is None  # not the shape of a JIS mark


def test_no_prefix_is_put_back_on_a_number_printed_in_groups(cat: Catalog) -> None:
    # "LS50-24" (a power supply) is no 74LS5024, "M32-15" no ACM3215: a short head, then digits
    # after a hyphen, is a number of its own.
    assert att(cat, "Amplifier M32-15").manufacturer is None
    assert att(cat, "Amplifier M3215-7").manufacturer == "Acme Semi"  # a packing code after the number


def test_a_prefix_is_not_restored_where_a_rule_already_fits(cat: Catalog) -> None:
    assert att(cat, "OLD1117").manufacturer == "Old Brand"


def test_a_description_of_another_kind_of_part_caps_the_rule(cat: Catalog) -> None:
    a = att(cat, "Transistor ACM321")  # an amplifier rule firing on a transistor's number
    assert a.manufacturer == "Acme Semi" and a.band == "possible"
    assert any("describes a discrete part" in e for e in a.evidence)
    connector = att(cat, "Connector ACM321")
    assert connector.band == "unknown" and connector.manufacturer is None
    assert any("describes a connector" in e for e in connector.evidence)
    assert att(cat, "Amplifier ACM321").band == "likely"


def test_a_named_makers_rule_on_the_printed_number_outweighs_the_rows_kind_word(cat: Catalog) -> None:
    # Portals call every part a microcircuit or a transistor: the maker the row names, whose rule
    # reads the number as printed, is not doubted for it.
    a = att(cat, "Transistor OLDB OLD1117")
    assert a.manufacturer == "Old Brand" and a.band == "confirmed", a.evidence
    assert not any("describes a discrete part" in e for e in a.evidence)
    # A number expanded from a shorter mark is no printed number: the kind word still caps it.
    expanded = att(cat, "Transistor OLDB 1117")
    assert expanded.mpn == "OLD1117" and expanded.band == "possible", expanded.evidence
    assert any("describes a discrete part" in e for e in expanded.evidence)
    assert att(cat, "Transistor ACM321").band == "possible"  # and so it does with no maker named


def test_a_brand_is_answered_with_the_company_that_owns_it(cat: Catalog) -> None:
    # Epson of Seiko Epson Corporation: the part bears the brand, and the company owns it.
    a = att(cat, "Crystal TNX100")
    assert (a.manufacturer, a.owner) == ("Trade Name", "Parent Corporation")
    assert any("Trade Name is a brand of Parent Corporation" in e for e in a.evidence), a.evidence
    # A row naming the company keeps the brand the part bears (a bought brand gives way to its buyer).
    named = att(cat, "PARENTCO TNX100")
    assert (named.manufacturer, named.owner, named.band) == ("Trade Name", "Parent Corporation", "confirmed")
    assert att(cat, "ACME OLD1117").manufacturer == "Acme Semi"


def test_a_date_code_after_a_line_moved_names_the_buyer(cat: Catalog) -> None:
    # Big Corp's SPF flash passed to Spin Off in 2017: a part dated 2019 is Spin Off's.
    late = att(cat, "SPF100 1935")
    assert late.manufacturer == "Spin Off", late.evidence
    assert any("passed to Spin Off in 2017" in e for e in late.evidence)
    assert any(x["manufacturer"] == "Big Corp" for x in late.alternatives)
    assert att(cat, "SPF100 1535").manufacturer == "Big Corp"  # made before the sale
    assert att(cat, "SPF100 1735").manufacturer == "Big Corp"  # the year of the sale proves nothing
    assert att(cat, "SPF100").manufacturer == "Big Corp"  # no date code


def test_a_chip_makers_bare_prefix_takes_the_kind_its_rules_read(cat: Catalog) -> None:
    # Three FPGA rules and nothing else: the maker's bare prefix 'GX' reads FPGAs, not motors.
    assert att(cat, "GX-2206").manufacturer == "Gate Array Co"
    motor = att(cat, "Brushless motor GX-2206")
    assert motor.manufacturer is None and any("describes a motor" in e for e in motor.evidence), motor.evidence
    prefixes = [r for r in cat.prefix_rules["GX"] if r.origin.endswith(" prefixes")]
    assert [r.category for r in prefixes] == ["fpga"]


def test_a_prefix_rule_ending_in_a_letter_fires_on_its_whole_number(cat: Catalog) -> None:
    assert att(cat, "Decoder ZX12B").manufacturer == "Big Corp"
    assert att(cat, "ZX12B7").manufacturer == "Big Corp"  # a digit may follow
    assert att(cat, "ZX12BA").manufacturer is None  # a letter makes another number


def test_a_slip_at_an_odd_spot_is_undone_for_a_family_of_two_fixed_letters(cat: Catalog) -> None:
    a = att(cat, "KX7OD")  # an O between digits: KX70D, one of the KX filters
    assert a.manufacturer == "Old Brand" and a.mpn == "KX70D" and a.band == "possible"
    assert any("slip undone" in e for e in a.evidence)
    assert att(cat, "KXS0D").manufacturer is None  # S after letters is no odd spot: two letters are no family


def test_a_transistor_is_no_motor_unless_the_row_says_module(cat: Catalog) -> None:
    a = att(cat, "Transistor MTR100")
    assert a.band == "possible" and any("describes a discrete part" in e for e in a.evidence)
    assert att(cat, "MTR100").band == "likely"
    assert att(cat, "IGBT module MTR100").band == "likely"


def test_a_named_maker_outweighs_a_weak_rule_of_another(cat: Catalog) -> None:
    a = att(cat, "WK123 ACME")
    assert a.manufacturer == "Acme Semi" and a.method == "stated" and a.band == "likely"
    assert any("outweighs a weaker reading" in e for e in a.evidence)


def test_a_maker_named_on_a_module_may_be_its_chipset_maker(cat: Catalog) -> None:
    a = att(cat, "GPS module WK123 ACME")
    assert a.manufacturer == "Acme Semi" and a.band == "possible"
    assert any("may be its chipset's maker" in e for e in a.evidence)


def test_a_prefix_is_restored_only_on_the_first_number(cat: Catalog) -> None:
    assert att(cat, "Amplifier QQ12 M3215").band == "unknown"  # M3215 stands where a lot code would


def test_a_line_passed_to_another_company_is_not_a_rival(cat: Catalog) -> None:
    a = att(cat, "Flash SPF3200")
    assert a.manufacturer == "Big Corp" and a.band == "likely"
    holder = next(x for x in a.alternatives if x["manufacturer"] == "Spin Off")
    assert "passed from Big Corp to Spin Off in 2017" in holder["why"] and "test transfer" in holder["why"]


def test_a_transfer_naming_an_unknown_maker_is_a_catalogue_error(tmp_path: Path) -> None:
    from tracer.errors import CatalogError
    (tmp_path / "manufacturers.csv").write_text(MAKERS, encoding="utf-8")
    (tmp_path / "transfers.csv").write_text("line_from,line_to,line,year,source\nBig Corp,Nobody,x,2000,t\n",
                                            encoding="utf-8")
    with pytest.raises(CatalogError, match="transfers.csv:2: unknown manufacturer 'Nobody'"):
        load_catalog(tmp_path)


def test_a_marking_habit_alone_names_a_possible_maker(catalog) -> None:
    # No rule knows "QZ7781", but the TI lot line does: an honest "possible", never more.
    a = attribute(BomLine("t", "1", "QZ7781 21KG4 B7XQ"), catalog)
    assert a.manufacturer == "Texas Instruments" and a.band == "possible" and a.method == "stated"
    assert any("sign of Texas Instruments" in e for e in a.evidence)


@pytest.mark.parametrize(("marking", "mpn"), [
    ("Мікросхема 3789 EUFD 1845", "LTC3789"),  # grade E and QFN package UFD, then a date code
    ("Op amp 2050 CS8", "LTC2050"),  # grade C and SO-8
])
def test_linear_technologys_ordering_suffix_names_it_and_expands_the_mark(catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn) == ("Linear Technology", mpn)
    assert any("Linear Technology's ordering code" in e for e in a.evidence)


@pytest.mark.parametrize("marking", ["Supply current IDD 5 mA", "Interface IDE 40 pin", "Transistor, high gain HFE",
                                     "CDI IGN 12V", "Switch ESW 1234", "Module ISW 12"])
def test_words_shaped_like_a_grade_and_package_name_no_maker(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer is None


def test_a_trademark_in_the_row_agrees_with_the_number_or_alone_names_a_possible_maker(catalog) -> None:
    a = attribute(BomLine("t", "1", "FPGA Cyclone IV EP4CE22F17C8N"), catalog)
    assert a.manufacturer == "Altera" and any("the marking agrees: 'Cyclone' is Altera's trademark" in e for e in a.evidence)
    alone = attribute(BomLine("t", "1", "HEXFET power MOSFET, 30 V"), catalog)
    assert (alone.manufacturer, alone.band) == ("International Rectifier", "possible")


@pytest.mark.parametrize("text", ["Разъём СНП347-12", "Транзистор 2П303Г", "Реле РЭС49 РС4.569.421"])
def test_a_soviet_designation_is_not_pinned_on_a_foreign_rule_that_fits_its_latin_looking_letters(catalog, text: str) -> None:
    a = attribute(BomLine("t", "1", text), catalog)
    assert a.band not in ("confirmed", "likely") or catalog.country(a.manufacturer) in ("RU", "BY"), (a.manufacturer, a.evidence)


def test_cyrillic_look_alikes_and_russian_makers_keep_their_reading(catalog) -> None:
    at91 = attribute(BomLine("t", "1", "АТ91RM9200"), catalog)  # Cyrillic А and Т
    assert (at91.manufacturer, at91.band in ("likely", "confirmed")) == ("Atmel", True)
    milandr = attribute(BomLine("t", "1", "Микросхема 5559ИН67"), catalog)
    assert (milandr.manufacturer, milandr.owner, milandr.band) == ("Milandr", "PKK Milandr", "likely")


def test_a_lot_code_is_not_expanded_into_a_part_number(catalog) -> None:
    # "D82T" with a TI prefix put in front would fit a TI rule; a lot code has too few digits.
    a = attribute(BomLine("t", "1", "QZ7781 36KG4 D82T"), catalog)
    assert all("D82T" not in e or "expanded" not in e for e in a.evidence)


def test_a_tantalum_value_code_is_read_only_when_the_row_says_tantalum(catalog) -> None:
    a = attribute(BomLine("t", "1", "Tantalum capacitor 475A 1x"), catalog)
    assert (a.manufacturer, a.band, a.method) == ("KYOCERA AVX", "possible", "topmark")
    assert {x["manufacturer"] for x in a.alternatives} >= {"Vishay Intertechnology", "KEMET"}
    assert attribute(BomLine("t", "1", "Chip 475A"), catalog).manufacturer != "KYOCERA AVX"


def test_an_inductance_code_is_read_only_when_the_row_says_inductor(catalog) -> None:
    # "4R7" is 4.7 uH on a shielded SMD power inductor: Sumida's style, printed by several makers.
    a = attribute(BomLine("t", "1", "Power inductor 4R7 2231"), catalog)
    assert (a.manufacturer, a.band, a.method) == ("Sumida", "possible", "topmark")
    assert {x["manufacturer"] for x in a.alternatives} >= {"Bourns", "TDK", "Coilcraft"}
    # Not on a row that names no inductor, and not over a number a family rule reads.
    assert attribute(BomLine("t", "1", "Resistor 4R7"), catalog).manufacturer != "Sumida"
    assert attribute(BomLine("t", "1", "Choke SRR1260-101M"), catalog).manufacturer == "Bourns"


def test_a_catalogue_part_of_a_multi_source_number_stays_hedged(catalog) -> None:
    # KiCad files OP07 under ADI, but TI and ST make it too: possible, with them as alternatives.
    a = attribute(BomLine("t", "1", "Op amp OP07"), catalog)
    assert a.manufacturer == "Analog Devices" and a.band == "possible"
    assert "Texas Instruments" in {x["manufacturer"] for x in a.alternatives}


def test_the_originators_own_marking_habit_pins_a_multi_source_number(catalog) -> None:
    a = attribute(BomLine("t", "1", "Op amp OP07 #1718"), catalog)
    assert a.manufacturer == "Analog Devices" and a.band in ("likely", "confirmed")
    assert any("own habit" in e or "marking agrees" in e for e in a.evidence)


def test_the_earlier_holder_of_a_line_is_no_rival(cat: Catalog) -> None:
    a = att(cat, "Flash SPFX3200")  # both holders' rules fire; the transfer makes them one line
    assert a.manufacturer == "Spin Off" and a.band == "likely"
    assert not any("nearly as well" in e for e in a.evidence)


def test_a_makers_marking_habit_is_shown_beside_its_reading(catalog) -> None:
    # "HT574" is TI's top mark of SN74HCT574 (Holtek's catch-all HT rule leaves HT and a logic
    # function number alone); TI's G4 lot line is shown as agreeing evidence, not needed.
    with_habit = attribute(BomLine("t", "1", "HT574 21K G4 B3CD"), catalog)
    assert with_habit.manufacturer == "Texas Instruments" and with_habit.mpn == "SN74HCT574"
    assert any("G4" in e for e in with_habit.evidence)
    bare = attribute(BomLine("t", "1", "HT574"), catalog)
    assert bare.manufacturer == "Texas Instruments" and not any("G4" in e for e in bare.evidence)
    assert attribute(BomLine("t", "1", "HT1621"), catalog).manufacturer == "Holtek Semiconductor"


@pytest.mark.parametrize("marking,maker,band", [
    ("74HC595PW", "NXP Semiconductors", "likely"),  # NXP/Nexperia's package suffix pins the maker
    ("74HC595D", "NXP Semiconductors", "possible"),  # ... but D is Toshiba's SOIC name for its 74HC595D too
    ("74HC595", "NXP Semiconductors", "possible"),  # the bare number is everybody's
    ("SN74HC595D", "Texas Instruments", "likely"),
    ("25Q64CSIG", "GigaDevice Semiconductor", "likely"),  # package and temperature letters
    ("25Q64FVSIG", "Winbond Electronics", "likely"),  # Winbond's supply letter V
    ("25Q64XXSIG", "Winbond Electronics", "possible"),  # neither maker's shape alone: both named
])
def test_an_ordering_code_shape_tells_makers_of_one_number_apart(catalog: Catalog, marking: str, maker: str, band: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.band) == (maker, band), a.evidence


def test_a_kind_abbreviation_is_not_the_front_of_a_split_part_number(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "RAM 132 K4S561632N-LC75"), catalog)
    assert (a.manufacturer, a.band) == ("Samsung Electronics", "likely"), a.evidence


def test_a_sensor_is_never_read_as_a_plain_transistor_with_confidence(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "Pressure sensor IRLML6402"), catalog)
    assert a.band == "possible" and any("describes a sensor" in e for e in a.evidence)
    assert attribute(BomLine("t", "-", "Transistor IRLML6402"), catalog).band in ("likely", "confirmed")


@pytest.mark.parametrize("marking,maker,band", [
    ("BC847C,215", "NXP Semiconductors", "likely"),  # NXP/Nexperia's 12NC packing code pins the number
    ("BC847C", "NXP Semiconductors", "possible"),  # the bare number is everybody's
    ("BZX84-C5V1,215", "NXP Semiconductors", "likely"),
    ("BCX56-16", "NXP Semiconductors", "possible"),  # a Pro Electron number: not Zetex's alone
])
def test_a_packing_code_after_a_comma_pins_a_multi_source_number(catalog: Catalog, marking: str, maker: str, band: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.band) == (maker, band), a.evidence


@pytest.mark.parametrize("marking,maker", [
    ("Connector 53047-0210", "Molex"),  # a number printed in two digit groups, both needed by the rule
    ("LNA BGA2869", "NXP Semiconductors"),  # BGA and four digits: an amplifier, not a ball-grid package
    ("BGA614 H6327", "Infineon Technologies"),  # H6327 is Infineon's packing code, not a Pulse transformer
])
def test_numbers_that_look_like_packages_or_split_codes_are_read(catalog: Catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.manufacturer == maker and a.band in ("likely", "confirmed"), a.evidence
    assert not any("LAN transformer" in x["why"] for x in a.alternatives)


def test_a_digit_group_run_into_the_next_number_is_still_two_numbers(catalog: Catalog) -> None:
    assert attribute(BomLine("t", "-", "Connector 9001-15321C00A"), catalog).manufacturer is None


@pytest.mark.parametrize("marking", [
    "Fuse 0603FA1-R",  # three digits then letters: no Intel 28F density code (256P30T)
    "Capacitor 18125C105KAT2A",  # size-dielectric-value: no Maxim number with MAX dropped
    "865080643008",  # all digits: no digit was a misread letter (not EPCOS B65080643008)
])
def test_codes_of_other_shapes_are_not_taken_for_shortened_ic_numbers(catalog: Catalog, marking: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.manufacturer not in ("Intel", "Maxim Integrated", "EPCOS"), a.evidence
    assert not any("seems dropped" in e or "slip undone" in e for e in a.evidence)


@pytest.mark.parametrize("marking,mpn", [
    ("Isolator 1401BRWZ 33812", "ADUM1401BRWZ"),  # ADI's suffix on the number: its ADuM prefix put back
    ("Amplifier 8066ARZ", "AD8066ARZ"),  # the AD8xxx rule needs the mark's digits; a bare prefix (ADHV) does not
    ("PLL F4156 BCPZ", "ADF4156"),  # ADI's suffix as the next token
])
def test_a_habit_shown_on_the_number_puts_back_the_makers_own_prefix(catalog: Catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.mpn) == ("Analog Devices", mpn), a.evidence


def test_a_multi_source_number_lists_the_earlier_name_of_its_first_maker(catalog: Catalog) -> None:
    # 74HC logic under NXP was made under the Philips name before 2006: another brand on the same chips.
    a = attribute(BomLine("t", "-", "Microcircuit 74HC132"), catalog)
    assert a.manufacturer == "NXP Semiconductors" and a.band == "possible", a.evidence
    philips = [x for x in a.alternatives if x["manufacturer"] == "Philips"]
    assert len(philips) == 1 and "earlier name of NXP Semiconductors" in philips[0]["why"]
    # A number of one maker gets no earlier names: it is not hedged.
    single = attribute(BomLine("t", "-", "LPC1768FBD100"), catalog)
    assert single.manufacturer == "NXP Semiconductors" and not any(x["manufacturer"] == "Philips" for x in single.alternatives)


def test_a_date_code_settles_the_earlier_name(catalog: Catalog) -> None:
    # Made in 2015, nine years after Philips became NXP: the earlier name is no alternative...
    late = attribute(BomLine("t", "-", "Microcircuit 74HC125 1523"), catalog)
    assert late.manufacturer == "NXP Semiconductors" and not any(x["manufacturer"] == "Philips" for x in late.alternatives)
    # ...and made in 1995 it is the answer, so not an alternative as well.
    early = attribute(BomLine("t", "-", "Microcircuit 74HC125 9523"), catalog)
    assert early.manufacturer == "Philips" and not any(x["manufacturer"] == "Philips" for x in early.alternatives)


def test_a_dropped_prefix_is_put_back_on_the_number_after_a_code_of_digits(catalog: Catalog) -> None:
    # "2231" is a date or lot code before the number: the first number with letters is the part.
    # Possible, though "amplifier" fits the AD8xxx rule: MAX and ISL restore the number too.
    a = attribute(BomLine("t", "-", "Operational amplifier 2231 8628A"), catalog)
    assert (a.manufacturer, a.mpn, a.band) == ("Analog Devices", "AD8628A", "possible"), a.evidence


def test_a_dropped_prefix_makes_no_chip_of_a_capacitor_code(catalog: Catalog) -> None:
    # ADT0410 would be an ADI sensor's number; on a row that calls the part a capacitor it is not.
    a = attribute(BomLine("t", "-", "Tantalum capacitor 226C T 0410"), catalog)
    assert a.manufacturer != "Analog Devices" and not any("seems dropped" in e for e in a.evidence), a.evidence


def test_a_habit_elsewhere_in_the_row_makes_no_part_number_of_a_lot_code(catalog: Catalog) -> None:
    # '#' before the date is ADI's habit, but it does not turn the lot code 77051 into an ADI part.
    a = attribute(BomLine("t", "-", "Chip 3P16X #1737 77051"), catalog)
    assert not (a.mpn or "").startswith("AD"), a.evidence


def test_a_character_lost_in_conversion_is_restored_as_a_lookalike_letter(catalog: Catalog) -> None:
    # "АТ91SAM7S256" typed with a Cyrillic А and saved as Latin-1: "?T91SAM7S256".
    a = attribute(BomLine("t", "-", "Microcontroller ?T91SAM7S256"), catalog)
    assert (a.manufacturer, a.mpn, a.band) == ("Atmel", "AT91SAM7S256", "likely"), a.evidence
    assert any("lost in conversion" in e for e in a.evidence)


def test_two_lost_characters_are_a_guess_offered_as_possible(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "Microcontroller ??91SAM7S256"), catalog)
    assert a.manufacturer == "Atmel" and a.band == "possible", a.evidence


@pytest.mark.parametrize(("marking", "maker", "mpn"), [
    ("Gate driver (S2104S?)", "International Rectifier", "IRS2104S"),  # a grade letter lost, a prefix dropped
    ("Chip PS54331D?", "Texas Instruments", "TPS54331D"),  # not a slip into Mitsubishi's PSS modules
])
def test_a_number_that_lost_its_last_character_is_read_without_it(catalog: Catalog, marking: str, maker: str,
                                                                   mpn: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.mpn, a.band) == (maker, mpn, "possible"), a.evidence


def test_a_rule_is_not_read_across_a_lost_character(catalog: Catalog) -> None:
    # Read as if the '?' were not there, "TPS54331DR" with its S lost would be 3PEAK's TP54331.
    a = attribute(BomLine("t", "-", "TP?54331DR"), catalog)
    assert a.band not in ("likely", "confirmed") or a.manufacturer == "Texas Instruments", a.evidence


def test_a_rule_may_read_a_number_printed_in_groups_only_to_a_group_end() -> None:
    from tracer.match import split_inside
    assert not split_inside("53047-0210", 9)  # both groups: Molex's number
    assert not split_inside("901-144-8RFX", 10)  # all three groups: Amphenol's
    assert split_inside("9001-15321C00A", 6)  # into the second group: two numbers
    assert split_inside("110-93-314", 4)


@pytest.mark.parametrize("marking", ["MOTOROLA 2N3904", "Motorola MC34063A", "MOTOROLA BAV99"])
def test_a_named_brand_whose_line_moved_keeps_the_brand_and_names_the_lines_holder(catalog: Catalog, marking: str) -> None:
    # Motorola's name went to Freescale and NXP, its standard products to onsemi (1999).
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.owner, a.band) == ("Motorola Semiconductor", "ON Semiconductor Corporation", "likely"), a.evidence
    assert a.mpn and "MC68HC" not in a.mpn  # no prefix put in front of a number that is already whole


@pytest.mark.parametrize("marking", ["Fairchild 2N3904", "Siliconix 2N7000"])
def test_no_prefix_is_put_before_a_number_of_the_named_companys_own(catalog: Catalog, marking: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.mpn in ("2N3904", "2N7000"), (a.mpn, a.evidence)


def test_the_company_that_bought_the_brand_is_the_maker_when_the_row_names_it(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "TI LM358"), catalog)  # National's number, TI's part today
    assert (a.manufacturer, a.owner, a.band) == ("Texas Instruments", "Texas Instruments", "confirmed"), a.evidence
    assert attribute(BomLine("t", "-", "Motorola MC68HC11"), catalog).owner == "NXP Semiconductors"
    # Not a brand the company bought (Maxim never made AD8232), nor a line sold apart from the
    # brand before (Atmel's DataFlash went to Adesto before Microchip bought Atmel).
    assert attribute(BomLine("t", "-", "Maxim AD8232"), catalog).manufacturer == "Analog Devices"
    a = attribute(BomLine("t", "-", "Microchip AT45DB161"), catalog)
    assert (a.manufacturer, a.owner) == ("Atmel", "Renesas Electronics"), a.evidence


@pytest.mark.parametrize("marking,maker,owner", [
    ("PHILIPS 74HC595", "Philips", "Nexperia"),  # Philips Semiconductors became NXP: a Philips part
    ("Philips BC847", "Philips", "Nexperia"),
    ("MITEL MT8870", "Mitel Semiconductor", "Microchip Technology"),  # via Zarlink and Microsemi
])
def test_a_part_printed_with_a_companys_earlier_name_is_that_brands(catalog: Catalog, marking: str, maker: str,
                                                                    owner: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.owner) == (maker, owner), a.evidence


def test_an_acquisition_is_not_a_renaming(catalog: Catalog) -> None:
    assert catalog.renamed_as("Philips", "NXP Semiconductors")
    assert not catalog.renamed_as("Maxim Integrated", "Analog Devices")  # ADI had lines of its own
    assert not catalog.renamed_as("NXP Semiconductors", "Philips")
    assert not catalog.renamed_as("Philips", "Philips")


@pytest.mark.parametrize("marking,maker,owner", [
    ("TI 74HC595", "Texas Instruments", "Texas Instruments"),  # a second source named: its own part
    ("Fairchild BC547", "Fairchild Semiconductor", "ON Semiconductor Corporation"),
    ("ST 2N3904", "STMicroelectronics", "STMicroelectronics"),  # the family rule lists ST
])
def test_a_named_second_source_keeps_its_own_owner(catalog: Catalog, marking: str, maker: str, owner: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.owner, a.band) == (maker, owner, "likely"), a.evidence


def test_a_moved_line_is_only_the_one_the_brand_itself_sold(catalog: Catalog) -> None:
    # Freescale (Motorola's successor) kept the RF LDMOS line: no transfer to MACOM applies.
    a = attribute(BomLine("t", "-", "Motorola MRF6S21140"), catalog)
    assert a.owner == "NXP Semiconductors", a.evidence
    # Motorola never sold discretes to Nexperia (NXP did, in 2017).
    assert attribute(BomLine("t", "-", "Motorola BT136"), catalog).owner != "Motorola Semiconductor"
    assert all("passed to Nexperia" not in e for e in attribute(BomLine("t", "-", "Motorola BFR92"), catalog).evidence)
    assert attribute(BomLine("t", "-", "Motorola 2N9"), catalog).band == "possible"  # a bare prefix stays weak


def test_a_prefix_put_back_prefers_one_that_makes_a_catalogue_part(catalog: Catalog) -> None:
    # SN is a prefix TI drops, but SN62130 is no part; TPS62130 is.
    a = attribute(BomLine("t", "-", "TI 62130"), catalog)
    assert (a.manufacturer, a.mpn) == ("Texas Instruments", "TPS62130"), a.evidence


def test_a_lost_character_after_a_cyrillic_letter_is_still_read_as_lost(catalog: Catalog) -> None:
    # Regex rules read the key without Д, Г, Ц...: their match must still be placed in the full key.
    a = attribute(BomLine("t", "-", "1921ВГ?15"), catalog)
    assert a.band == "possible" and any("lost in conversion" in e for e in a.evidence), a.evidence


def test_a_maker_name_with_a_lost_character_is_restored(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "Tyre 12.00R20 ?ichelin XZL"), catalog)
    assert a.manufacturer == "Michelin"


def test_another_makers_trademark_in_the_row_outweighs_a_short_reading(catalog: Catalog) -> None:
    assert attribute(BomLine("t", "-", "Relay TQ2"), catalog).band == "likely"  # Panasonic's relay
    a = attribute(BomLine("t", "-", "Module JETSON TQ2"), catalog)
    assert (a.manufacturer, a.band) == ("NVIDIA", "possible"), a.evidence
    assert any("outweighs a weaker reading" in e for e in a.evidence)
    assert "Panasonic" in {x["manufacturer"] for x in a.alternatives}


def test_another_makers_trademark_only_caps_a_specific_rule(catalog: Catalog) -> None:
    # A specific rule of another maker stands; the trademark leaves it in doubt.
    a = attribute(BomLine("t", "-", "HEXFET STM32F103C8T6"), catalog)
    assert (a.manufacturer, a.band) == ("STMicroelectronics", "possible"), a.evidence


def test_a_camera_keeps_its_image_sensor_reading(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "CCD matrix for a camera ICX285AL"), catalog)
    assert a.manufacturer and "Sony" in a.manufacturer and a.band in ("likely", "confirmed"), a.evidence
    assert attribute(BomLine("t", "-", "Connector 9001-15321C00A"), catalog).manufacturer is None


@pytest.mark.parametrize("text,maker", [
    ("Battery monitor LTC6811HG-1", "Linear Technology"),  # the battery's chips, not the battery
    ("Battery protection DW01A", "Fortune Semiconductor"),
    ("Акумулятор, плата захисту DW01A", "Fortune Semiconductor"),
])
def test_a_battery_s_monitor_or_protection_chip_is_read(catalog: Catalog, text: str, maker: str) -> None:
    assert attribute(BomLine("t", "-", text), catalog).manufacturer == maker


def test_a_battery_alone_still_sets_chip_rules_aside(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "Battery LM358"), catalog)
    assert a.manufacturer is None and any("describes a battery" in e for e in a.evidence), a.evidence


def test_an_imported_catalogue_part_outweighs_another_makers_family_shape() -> None:
    # A maker's own part list, imported by the user, says whose number INA12345 is more
    # surely than the shape of Avago's INA-xxxxx MMIC family does.
    row = {"id": "1", "mpn": "INA12345IDR", "manufacturer": "Burr-Brown", "family": "", "description": "",
           "category": "", "source": "test: an imported part list"}
    imported = load_catalog(user_parts=[row])
    a = attribute(BomLine("t", "-", "INA12345IDR"), imported)
    assert a.manufacturer == "Burr-Brown" and a.method == "exact", a.evidence
    assert any("imported part" in e for e in a.evidence)
    assert attribute(BomLine("t", "-", "INA12345IDR"), load_catalog()).manufacturer != "Burr-Brown"


def test_a_catalogue_part_one_slip_away_is_read_as_that_part() -> None:
    rows = [{"id": "1", "mpn": "HFA18929BS", "manufacturer": "Intersil", "family": "", "description": "",
             "category": "", "source": "test: an imported part list"},
            {"id": "2", "mpn": "UCD10556ECPZ", "manufacturer": "Texas Instruments", "family": "", "description": "",
             "category": "", "source": "test: an imported part list"}]
    imported = load_catalog(user_parts=rows)
    # I for 1: the part beats restoring International Rectifier's IR prefix to the mark.
    a = attribute(BomLine("t", "-", "IC HFAI8929BS 1937"), imported)
    assert (a.manufacturer, a.mpn) == ("Intersil", "HFA18929BS") and any("slip is undone" in e for e in a.evidence)
    # O for 0, and the row says microcircuit: Nichicon's capacitor series shape ranks below the IC.
    b = attribute(BomLine("t", "-", "Microcircuit UCD1O556ECPZ 2215"), imported)
    assert b.manufacturer == "Texas Instruments", b.evidence


@pytest.mark.parametrize("marking", ["Power ?odule 12V", "Capacitor 220uF,315V", "Brushless motor 2212 KV920"])
def test_ordinary_words_values_and_ratings_name_no_maker(catalog: Catalog, marking: str) -> None:
    # A plain word with a lost letter, a voltage after a comma, a motor's KV rating.
    assert attribute(BomLine("t", "-", marking), catalog).manufacturer is None


def test_a_confirmed_row_carries_no_lost_character_warning(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "Texas Instruments TPS5430DDAR"), catalog)
    assert a.band == "confirmed" and not any("restored character" in e for e in a.evidence)


def test_a_lost_character_the_rule_does_not_need_stays_unknown(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "?TMEGA328P-?N"), catalog)
    assert (a.manufacturer, a.mpn, a.band) == ("Atmel", "ATMEGA328P-?N", "possible"), a.evidence


@pytest.mark.parametrize("marking,maker", [("Ethernet switch SPIDER 5TX", "Hirschmann")])
def test_a_long_product_line_word_apart_from_its_number_is_read_with_it(catalog: Catalog, marking: str,
                                                                           maker: str) -> None:
    assert "SPIDER" in catalog.line_words() and "TRANSISTOR" not in catalog.line_words()
    assert attribute(BomLine("t", "-", marking), catalog).manufacturer == maker


def test_a_group_name_on_the_part_is_the_maker_whose_name_it_begins_when_that_makers_rule_fits(catalog: Catalog) -> None:
    # "SAMSUNG" is Samsung Electronics' alias; the capacitor is Samsung Electro-Mechanics'.
    a = attribute(BomLine("t", "-", "SAMSUNG CL10B104KB8NNNC"), catalog)
    assert (a.manufacturer, a.band) == ("Samsung Electro-Mechanics", "confirmed"), a.evidence
    assert any("'SAMSUNG' is read as Samsung Electro-Mechanics" in e for e in a.evidence)
    a = attribute(BomLine("t", "-", "TESLA MAA741"), catalog)  # Czechoslovak op-amp, not Tesla Inc.
    assert (a.manufacturer, a.band) == ("TESLA Czechoslovakia", "confirmed"), a.evidence
    # The alias's own maker keeps the word when one of its readings fits.
    assert attribute(BomLine("t", "-", "Samsung K4B2G1646Q"), catalog).manufacturer == "Samsung Electronics"


@pytest.mark.parametrize("marking,maker", [
    ("1890вм8я", "NIISI"),  # lower-case Cyrillic: в and м are look-alikes only as capitals
    ("sfh 309", "ams-OSRAM"),  # a list typed in lower case: a name split from its number
])
def test_a_marking_typed_in_lower_case_reads_as_in_capitals(catalog: Catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "-", marking), catalog).manufacturer == maker
    assert attribute(BomLine("t", "-", marking.upper()), catalog).manufacturer == maker


@pytest.mark.parametrize("marking,guessed", [
    ("HQX4711", "IRHQX4711"),  # IR HiRel parts print their IRH: no IR is put back before an H number
    ("T9Q2080", "CYT9Q2080"),  # Cypress drops CY from numbered parts (7C1049), not from letter lines
])
def test_a_prefix_is_put_back_only_on_the_numbers_the_maker_prints_without_it(catalog: Catalog, marking: str,
                                                                              guessed: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.mpn != guessed and all(alt.get("mpn") != guessed for alt in a.alternatives), (a.mpn, a.evidence)
    assert attribute(BomLine("t", "-", "7C1049DV33"), catalog).mpn == "CY7C1049DV33"


@pytest.mark.parametrize("marking", ["Transistor 070N06S", "Транзистор 070N06S", "Мікросхема 070N06S"])
def test_a_description_word_in_english_russian_or_ukrainian_names_the_kind(catalog: Catalog, marking: str) -> None:
    from tracer.markings import read_marking
    from tracer.match import described_kind
    words = read_marking(marking, catalog).words
    assert described_kind(words) == ("ic" if "Мікросхема" in marking else "discrete")


def test_nopb_after_a_multi_source_number_is_nationals_and_tis_habit(catalog: Catalog) -> None:
    a = attribute(BomLine("t", "-", "LM317T/NOPB"), catalog)
    assert catalog.owner(a.manufacturer) == "Texas Instruments" and a.band in ("likely", "confirmed"), a.evidence
    assert any("/NOPB" in e for e in a.evidence)
    assert attribute(BomLine("t", "-", "LM317T"), catalog).band == "possible"  # without it, multi-source


def test_a_number_of_capitals_only_is_read_when_a_product_line_word_starts_it(catalog: Catalog) -> None:
    assert attribute(BomLine("t", "-", "Bluetooth chip BLUENRG-MS"), catalog).manufacturer == "STMicroelectronics"


@pytest.mark.parametrize(("marking", "maker"), [
    ("Flight controller Durandal", "Holybro"),  # a product line's whole name, capitalised
    ("Bluetooth chip BlueNRG", "STMicroelectronics"),
    ("Flight controller Pixhawk 6C", "Holybro"),  # a model code that looks like a value after the line's name
    ("Thermal core Hadron 640R", "Teledyne FLIR"),
])
def test_a_product_lines_name_written_as_a_word_is_read(catalog: Catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "-", marking), catalog).manufacturer == maker


@pytest.mark.parametrize("marking", ["Microcircuit", "Micro connector", "Power module"])
def test_other_capitalised_words_are_not_read_as_numbers(catalog: Catalog, marking: str) -> None:
    assert attribute(BomLine("t", "-", marking), catalog).mpn is None


def test_a_lost_character_filled_as_the_named_makers_number_is_likely(catalog: Catalog) -> None:
    # A Latin-1 export turned the Cyrillic А and Т typed into AT91RM9200 into "??". Of the fills, only
    # AT91RM9200 is a catalogue part: likely; the row's name of the maker leaves it likely, as the
    # letters are still inferred.
    assert attribute(BomLine("t", "-", "??91RM9200"), catalog).band == "likely"
    # A fill that makes a multi-source number, or a short one, is still a guess.
    assert attribute(BomLine("t", "-", "?MBT3904"), catalog).band == "possible"
    assert attribute(BomLine("t", "-", "??BT3904"), catalog).band == "possible"
    a = attribute(BomLine("t", "-", "Atmel ??91RM9200"), catalog)
    assert (a.manufacturer, a.mpn, a.band) == ("Atmel", "AT91RM9200", "likely"), a.evidence


@pytest.mark.parametrize(("slipped", "clean", "maker"), [
    ("MT89B0DE", "MT8980DE", "Zarlink Semiconductor"),  # B between digits: Micron's MT shape as written
    ("HMC1O43", "HMC1043", "Honeywell"),  # O between digits: Hittite's HMC prefix as written
])
def test_a_slip_at_an_odd_spot_doubts_a_broader_reading(catalog: Catalog, slipped: str, clean: str, maker: str) -> None:
    a = attribute(BomLine("t", "-", slipped), catalog)
    assert (a.manufacturer, a.band, a.mpn) == (maker, "possible", clean), a.evidence
    assert any("slip undone" in e for e in a.evidence)
    assert attribute(BomLine("t", "-", clean), catalog).band in ("likely", "confirmed")


def test_a_slip_is_not_suspected_where_the_number_as_written_is_as_specific(catalog: Catalog) -> None:
    # S between digits, but GlobalSat's BU-353 rule is as specific as ROHM's BU shape read with 5.
    a = attribute(BomLine("t", "-", "GPS receiver BU353S4"), catalog)
    assert a.manufacturer == "GlobalSat WorldCom" and not any("slip" in e for e in a.evidence), a.evidence


@pytest.mark.parametrize(("marking", "maker", "mpn"), [
    ("Transistor BU2525 AF", "Philips", "BU2525AF"),  # ROHM's BU shape on the piece; Philips' BU25xxAF whole
    ("RT4812 WSC", "Richtek Technology", "RT4812WSC"),  # a relay rule's RT4 on the piece
    ("Transistor 2 SC2383", "Toshiba", "2SC2383"),  # Semtech's SC shape on the piece
    ("Display LTC-4627 JR", "Lite-On Technology", "LTC-4627JR"),  # Linear's LTC prefix on the piece
])
def test_a_number_split_by_a_space_is_read_whole(catalog: Catalog, marking: str, maker: str, mpn: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert (a.manufacturer, a.mpn) == (maker, mpn), a.evidence


def test_a_second_sources_own_packing_code_pins_a_multi_source_number(catalog: Catalog) -> None:
    # ",215" closes an NXP/Nexperia 12NC ordering code; Nexperia is a listed second source of MMBT3904.
    a = attribute(BomLine("t", "-", "MMBT3904,215"), catalog)
    assert (a.manufacturer, a.band) == ("Nexperia", "likely"), a.evidence
    assert any("sign of Nexperia" in e for e in a.evidence)
    assert attribute(BomLine("t", "-", "MMBT3904"), catalog).band == "possible"


def test_a_catalogue_part_takes_the_second_sources_of_its_companys_family_rule(catalog: Catalog) -> None:
    # parts.csv names TI for LM1117; the hedged rule is National's, which TI owns: still multi-source.
    a = attribute(BomLine("t", "-", "LM1117-3.3"), catalog)
    assert a.band == "possible" and {"STMicroelectronics", "onsemi"} <= {x["manufacturer"] for x in a.alternatives}, \
        a.evidence


def test_a_voltage_option_does_not_hide_the_number_from_its_rule(tmp_path: Path) -> None:
    families = FAMILIES + "XYZ[0-9]{4}(?![0-9]),regex,Big Corp,XYZ regulators,power,80,,test rule xyz\n"
    for name, text in {"manufacturers.csv": MAKERS, "lineage.csv": LINEAGE, "families.csv": families}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    # Folded to XYZ123433 the number misses the rule; read without "-3.3" it fits.
    a = att(load_catalog(tmp_path), "Regulator XYZ1234-3.3")
    assert a.manufacturer == "Big Corp", a.evidence


def test_a_named_maker_that_took_over_the_readings_line_made_the_part(catalog) -> None:
    # BSS138 reads as NXP's small-signal MOSFET line, Nexperia's since 2017; the row names Nexperia.
    a = attribute(BomLine("t", "-", "Transistor BSS138 Nexperia"), catalog)
    assert a.manufacturer == "Nexperia" and a.band == "likely", (a.manufacturer, a.band, a.evidence)
    assert any("took over" in e for e in a.evidence)


@pytest.mark.parametrize("text,maker,mpn", [
    # 2107 was read as Hittite's HMC2107, then LTC2107, confirmed. The name written on the row and
    # Honeywell's compass number disagree: one is the answer, the other its alternative, possible.
    ("HITTITE HMC5883L 2107", "Honeywell", "HMC5883L"),
    ("Digital isolator 1201BRZ 1912", "Analog Devices", "ADUM1201BRZ"),  # not LTC1912 from the date code
])
def test_a_date_code_after_the_number_is_no_shortened_mark(catalog: Catalog, text: str, maker: str, mpn: str) -> None:
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.mpn == mpn, a.evidence
    if a.manufacturer != maker:
        assert a.band == "possible" and maker in [alt["manufacturer"] for alt in a.alternatives], a.evidence


@pytest.mark.parametrize("text,maker", [
    ("Charge pump LTC1144CS8", "Linear Technology"),  # a charge pump is a chip, not a pump
    ("Charge pump TPS60403DBVR", "Texas Instruments"),
    ("Audio compressor SSM2167-1RMZ", "Analog Devices"),
    ("Battery protector BQ29700DSER", "Texas Instruments"),  # a battery's chips: protector, charger, gauge
    ("Battery charger BQ24075RGTR", "Texas Instruments"),
    ("Контролер заряду акумулятора BQ24075RGTR", "Texas Instruments"),
])
def test_a_chip_named_with_a_mechanical_word_is_read(catalog: Catalog, text: str, maker: str) -> None:
    assert attribute(BomLine("t", "-", text), catalog).manufacturer == maker


def test_chip_before_a_bead_or_led_is_its_build_not_an_ic(catalog) -> None:
    # "Chip" made the row an IC's, so Murata's ferrite-bead rule was held to possible.
    a = attribute(BomLine("t", "-", "Chip bead BLM18PG221SN1D"), catalog)
    assert a.manufacturer == "Murata Manufacturing" and a.band == "likely", (a.manufacturer, a.band, a.evidence)


def test_a_soc_is_an_ic_even_in_a_camera(catalog) -> None:
    # "camera" kept every semiconductor rule off the row: unknown.
    a = attribute(BomLine("t", "-", "IP camera SoC Hi3518EV200"), catalog)
    assert a.manufacturer == "HiSilicon" and a.band in ("likely", "confirmed"), (a.manufacturer, a.evidence)


@pytest.mark.parametrize("text,maker", [("Antenna 2450AT18A100E", "Johanson Technology"),
                                        ("Антена ANT1608LL14R2400A", "TDK")])
def test_an_antennas_own_rf_rule_applies_on_an_antenna_row(catalog, text: str, maker: str) -> None:
    # "antenna" dropped every semiconductor-category rule, the antenna makers' RF rules too: unknown.
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer == maker, (a.manufacturer, a.evidence)


@pytest.mark.parametrize("text", ["Antenna MGA-2400", "Antenna SKY-5G 3dBi"])
def test_other_rf_rules_stay_off_an_antenna_row(catalog, text: str) -> None:
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.band not in ("confirmed", "likely"), (a.manufacturer, a.evidence)


def test_a_short_piece_after_the_number_is_never_a_confident_answer(catalog) -> None:
    # "BLP-7" fits a Mini-Circuits filter rule, but after a memory number it is the number's suffix:
    # the number is read whole (Hitachi's HM62256BLP-7), never the piece.
    a = attribute(BomLine("t", "1", "HM62256 BLP-7"), catalog)
    assert a.manufacturer != "Mini-Circuits" and a.mpn == "HM62256BLP-7"
    assert attribute(BomLine("t", "1", "Filter BLP-7"), catalog).band in ("likely", "confirmed")  # alone it is the part


def test_a_marking_habit_expands_a_mark_only_for_the_brand_whose_habit_it_is(catalog) -> None:
    # '#' before the date is Analog Devices' habit: "8605" is its AD8605, not a Linear Technology
    # LTC8605 (the same owner, another brand's prefix), though a named "ADI" covers both brands.
    a = attribute(BomLine("t", "1", "Op amp 8605 #1234"), catalog)
    assert (a.manufacturer, a.mpn) == ("Analog Devices", "AD8605")
    b = attribute(BomLine("t", "1", "LINEAR 3789"), catalog)
    assert (b.manufacturer, b.mpn) == ("Linear Technology", "LTC3789")


@pytest.mark.parametrize("marking", ["Cable gland ST", "Thermal module Moskito TI"])
def test_a_two_letter_logo_alone_on_a_mechanical_part_or_assembly_is_only_possible(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).band == "possible"


def test_a_two_letter_logo_alone_on_a_chip_row_still_names_the_maker(catalog) -> None:
    a = attribute(BomLine("t", "1", "Microcontroller ST"), catalog)
    assert (a.manufacturer, a.band) == ("STMicroelectronics", "likely")


def test_a_later_token_fitting_another_makers_family_does_not_outweigh_the_first_number(catalog) -> None:
    # ABA1ESE-0SIT is the ordering suffix of Micron's MT25QL128ABA1ESE-0SIT; alone it has the shape of
    # Avago's ABA amplifiers.
    a = attribute(BomLine("t", "1", "NOR flash MT25QL128 ABA1ESE-0SIT"), catalog)
    assert (a.manufacturer, a.band) == ("Micron Technology", "likely")
    # The first token fits no family: a later one still names the part.
    b = attribute(BomLine("t", "1", "Lot 7AT ABA-31563"), catalog)
    assert b.manufacturer == "Avago Technologies"
    # A short first token is a product line's name, not a number that outweighs the rest.
    assert attribute(BomLine("t", "1", "FPGA MAX10 10M08SAE144C8G"), catalog).manufacturer == "Altera"


def test_the_winners_own_logo_is_no_description_of_another_kind(catalog) -> None:
    # "Diodes" is Diodes Incorporated's logo here, not a description of a diode.
    a = attribute(BomLine("t", "1", "Diodes AP2112K-3.3TRG1"), catalog)
    assert (a.manufacturer, a.band) == ("Diodes Incorporated", "likely")
    assert attribute(BomLine("t", "1", "Schottky diodes AP2112K-3.3TRG1"), catalog).band == "possible"


@pytest.mark.parametrize("marking", ["Motor MCU TLE9879QXA40", "Motor H-bridge VNH5019A-E", "Battery MOSFET IRLML6401"])
def test_a_chip_word_after_a_mechanical_word_makes_it_a_qualifier(catalog, marking: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer is not None and a.band == "likely"


def test_a_soviet_designation_after_a_board_position_or_quantity_stays_likely(catalog) -> None:
    # The rule's fixed characters count past its optional K, so a position or two ahead of it
    # no longer drops a Milandr MCU to possible.
    for marking in ("U39 1986ВЕ92У", "Микросхема 1986ВЕ92У 500 шт."):
        a = attribute(BomLine("t", "1", marking), catalog)
        assert (a.manufacturer, a.band) == ("Milandr", "likely")


def test_a_catalogue_part_later_in_the_row_does_not_outweigh_the_first_number(catalog) -> None:
    # LIS2DH12TR is a catalogue part (ordering suffix dropped) of another maker: the row's part is the first.
    # (TI's own RGTR reel code on the first number agrees with its rule: confirmed.)
    a = attribute(BomLine("t", "1", "TPS62130RGTR + LIS2DH12TR"), catalog)
    assert (a.manufacturer, a.band) == ("Texas Instruments", "confirmed")


@pytest.mark.parametrize(("marking", "maker"), [
    ("NRF52840-QIAA (Nordic), AD8317ACPZ (Analog Devices)", "Nordic Semiconductor"),
    ("LCMXO2-1200HC-4TG100C (Lattice), XCZU9EG-2FFVB1156I (Xilinx)", "Lattice Semiconductor"),
    ("MAX3232 CSE 1845 TI", "Texas Instruments"),  # a date between: the name is still the part's
])
def test_a_maker_named_after_a_later_part_is_that_parts(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker


@pytest.mark.parametrize(("marking", "maker", "mpn"), [
    ("Мікроконтролер TRNS320F28069PNT", "Texas Instruments", "TMS320F28069PNT"),  # not Traco's TRN through S/5
    ("Контролер RNCP2515", "Microchip Technology", "MCP2515"),  # over Stackpole's bare RNCP prefix
    ("Пам'ять GCL25Q64CSIG", "GigaDevice Semiconductor", "GD25Q64CSIG"),
])
def test_an_ocr_pair_read_for_one_letter_is_undone_and_said(catalog, marking: str, maker: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.band) == (maker, "possible") and any("an OCR slip" in e for e in a.evidence), a.evidence
    assert a.mpn is not None and part_key(a.mpn).startswith(part_key(mpn)[:8])


def test_an_ocr_slip_backed_by_the_makers_marking_code_is_likely(catalog) -> None:
    # Microchip's I/SO code agrees with the MCP2515 read through the slip: two signs.
    a = attribute(BomLine("t", "1", "Контролер RNCP2515-I/SO"), catalog)
    assert (a.manufacturer, a.band) == ("Microchip Technology", "likely"), a.evidence
    assert any("an OCR slip" in e for e in a.evidence) and any("Microchip's ordering" in e for e in a.evidence)


@pytest.mark.parametrize(("marking", "mpn"), [
    ("Мікроконтролер STRN32L432KCU6 ST", "STM32L432KCU6"),  # not ST's L3G prefix put before the misread number
    ("ПЛІС 10RN08SAE144C8G Altera", "10M08SAE144C8G"),
])
def test_a_named_makers_number_with_an_ocr_pair_is_read_through_the_pair_not_expanded(catalog, marking: str, mpn: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).mpn == mpn


@pytest.mark.parametrize(("text", "made"), [
    ("Мікросхема PIC16F877A-I/P 2019-05", "2019-05"),
    ("PIC16F877A-I/P 2018г.", "2018"),
    ("PIC16F877A-I/P 2018 г.в.", "2018"),
])
def test_a_listed_date_is_no_lot_and_cites_no_makers_convention(catalog: Catalog, text: str, made: str) -> None:
    # A year or month the list writes is not Microchip's YYWWNNN; nor is "2018г." a lot code.
    a = att(catalog, text)
    assert (a.manufacturer, a.made, a.lot) == ("Microchip Technology", made, None)
    assert not any("date convention" in e for e in a.evidence)


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("Operational amplifier AD8605ARZ/AD8606ARZ", "Analog Devices", "AD8605ARZ"),
    ("Op amp TLV9062IDR/TLV9064IPWR", "Texas Instruments", "TLV9062IDR"),
])
def test_the_first_of_numbers_with_slashes_between_is_the_part(catalog: Catalog, text: str, maker: str, mpn: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.mpn) == (maker, mpn)


@pytest.mark.parametrize(("text", "maker"), [
    ("Relay HF115F/012-1ZS3", "Xiamen Hongfa Electroacoustic"),  # the coil code after the slash
    ("Bearing LM11949/LM11910", "Timken"),  # a cone and its cup: one set, not a National LM part
    ("MCU MCP2515-I/SO", "Microchip Technology"),
])
def test_a_number_with_a_slash_inside_stays_whole(catalog: Catalog, text: str, maker: str) -> None:
    a = att(catalog, text)
    # the number read keeps its slash (a catalogue's base part may then stand for it: MCP2515)
    assert a.manufacturer == maker and any(f"'{text.split()[-1]}' fits" in e for e in a.evidence), a.evidence


def test_a_later_part_of_another_brand_of_the_same_company_does_not_outrank_the_first(catalog: Catalog) -> None:
    # Maxim is Analog Devices' today, but the row's first number is ADI's own ADF4159, not Maxim's MAX2871.
    a = att(catalog, "PLL ADF4159CCPZ / MAX2871ETJ+")
    assert (a.manufacturer, a.mpn) == ("Analog Devices", "ADF4159CCPZ")


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("Супресор SMB MT 2213", "Littelfuse", "SMBJ43A"),  # SMBJ43A's code over its date line, no EMAX MT2213 motor
    ("Voltage regulator SOT23-5 LBAA 2211", "Micrel", "MIC5205"),  # not a Murata LBAA module
])
def test_a_marking_code_and_its_date_line_are_not_joined_into_a_number(catalog: Catalog, text: str, maker: str,
                                                                        mpn: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.mpn) == (maker, mpn)


def test_a_model_number_without_a_package_is_still_read_whole(catalog: Catalog) -> None:
    a = att(catalog, "Motor MT2213 935KV")
    assert a.manufacturer == "EMAX" and a.band == "likely"


def test_the_part_number_comes_from_the_winning_number_not_another_part_of_the_row(catalog: Catalog) -> None:
    # TPS5430DDA is a catalogue part, but of the second number; the first is TPS54332DDAR.
    a = att(catalog, "DC/DC TPS54332DDAR;TPS5430DDAR")
    assert (a.manufacturer, a.mpn) == ("Texas Instruments", "TPS54332DDAR")


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("TI\\ADS1115IDGSR\\ZA12345.1", "Texas Instruments", None),  # print lines with backslashes between them
    ("CAN transceiver MCP2551-I\\SN", "Microchip Technology", "MCP2551-I-SN"),  # as with a slash, not the -I/P package
])
def test_a_backslash_is_read_as_a_slash(catalog: Catalog, text: str, maker: str, mpn: str | None) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and (mpn is None or a.mpn == mpn), (a.manufacturer, a.mpn)


@pytest.mark.parametrize(("text", "lot"), [
    ("PLL ADF4159CCPZ MAX2871ETJ+", None),  # the second part of the row is no lot code
    ("MCU STM32F103C8T6 GH26Q CHN 822", "GH26Q"),
    ("USB controller CYUSB3014 BZXC PFB90334 044", "PFB90334"),  # a lot ending in a date, whatever a rule reads
])
def test_another_part_of_the_row_is_no_lot_code(catalog: Catalog, text: str, lot: str | None) -> None:
    assert att(catalog, text).lot == lot


def test_a_package_code_beside_an_old_looking_number_is_not_split_from_it(catalog: Catalog) -> None:
    # 8050 would be a date of 1980: "SS 8050" is no marking code over a date line.
    a = att(catalog, "Transistor SOT-23 SS 8050")
    assert not any("read across a marking code" in e for e in a.evidence)
    assert a.band != "likely"


@pytest.mark.parametrize(("text", "maker"), [
    ("Перетворювач 7PS54332DDAR", "Texas Instruments"),  # a scanned T read as 7
    ("Драйвер затвора VCC27524DR", "Texas Instruments"),  # U read as V
    ("Ізолятор ADVM1201ARZ", "Analog Devices"),
])
def test_a_scan_confusion_in_the_series_letters_is_undone_and_held_at_possible(catalog: Catalog, text: str,
                                                                                maker: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.band) == (maker, "possible")
    assert any("slip undone" in e for e in a.evidence)


def test_a_number_read_as_written_is_not_taken_for_a_scan_confusion(catalog: Catalog) -> None:
    # TPS54332 as written; the T is no 7 read back.
    assert att(catalog, "Converter TPS54332DDAR").band in ("likely", "confirmed")


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("Мікроконтролер AT32F 403ACGT7", "Artery Technology", "AT32F403ACGT7"),  # not TI's SN74ACT32F
    ("NAND flash DS35Q 1GA-IB", "Dosilicon", "DS35Q1GA-IB"),  # not a Dallas DS part
    ("Processor MC7447 AVU1000NB", "Freescale Semiconductor", "MC7447AVU1000NB"),  # not a Sierra MC modem
    ("Microphone MP34DT 05TR-A", "STMicroelectronics", "MP34DT05TR-A"),
    ("MCU RM57L 843ZWTT", "Texas Instruments", "RM57L843ZWTT"),
])
def test_a_number_broken_by_a_space_inside_is_read_whole(catalog: Catalog, text: str, maker: str, mpn: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.mpn) == (maker, mpn)
    assert a.band in ("likely", "confirmed")


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("DDR3 H5TQ4G63CFR-PBC", "SK hynix", "H5TQ4G63CFR-PBC"),  # a standard's name is no piece of the number
    ("Стабилизатор DA3 IR2110PBF CHN 168", "International Rectifier", "IR2110PBF"),  # nor a board position
    ("Motor X2212 KV980", "SunnySky", "X2212"),  # nor a motor's speed constant
])
def test_a_standard_a_board_position_or_a_motors_kv_is_not_joined_to_the_number(catalog: Catalog, text: str,
                                                                                maker: str, mpn: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.mpn) == (maker, mpn)


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("Display driver ST 7789VW", "Sitronix Technology", "ST7789V"),  # ST has no 7789: Sitronix's ST7789V(W)
    ("Магнітометр LIS 3MDLTR 2021+", "STMicroelectronics", "LIS3MDL"),  # not Linear Integrated Systems
    ("HDD ST 1000DM010", "Seagate Technology", "ST1000DM010"),
    ("GNSS module LG 69T", "Quectel Wireless Solutions", "LG69T"),
])
def test_a_short_maker_name_heading_another_makers_broken_number_is_part_of_it(catalog: Catalog, text: str, maker: str,
                                                                              mpn: str) -> None:
    a = att(catalog, text)
    assert (a.manufacturer, a.mpn) == (maker, mpn)
    assert a.band in ("likely", "confirmed")


@pytest.mark.parametrize(("text", "maker", "mpn"), [
    ("TI TPS54331DR", "Texas Instruments", "TPS54331DR"),  # the named maker's own number: a logo and its number
    ("AD 620", "Analog Devices", "AD620"),
    ("Перетворювач MPS ??9486 GN 1934", "Monolithic Power Systems", None),  # a character lost: too little to join on
])
def test_a_short_maker_name_before_its_own_or_an_incomplete_number_stays_a_name(catalog: Catalog, text: str, maker: str,
                                                                                mpn: str | None) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker
    assert mpn is None or a.mpn == mpn


@pytest.mark.parametrize("text", ["SMD NPN transistor 1AM", "SMD PNP transistor 1AM", "Code LED 1AM"])
def test_the_kind_written_beside_a_marking_code_is_never_read_as_a_code(catalog: Catalog, text: str) -> None:
    # "NPN" less its last letter is NP, the SMBJ70A TVS diode's code; "LED" less one is LE (SMBJ12A).
    a = att(catalog, text)
    assert a.manufacturer == "onsemi" and "SMBJ" not in (a.mpn or "")


@pytest.mark.parametrize(("text", "maker"), [
    ("Transceiver MAX 3232 ECAE", "Maxim Integrated"),  # Maxim's ordering code pins the multi-source number
    ("Transceiver MAX 3221 CAE", "Maxim Integrated"),
])
def test_a_number_split_from_its_ordering_code_is_read_by_the_more_specific_rule(catalog: Catalog, text: str,
                                                                                 maker: str) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and a.band in ("likely", "confirmed")
    assert any("Maxim ordering code" in e for e in a.evidence)


@pytest.mark.parametrize("text", ["Op amp UMW LM358DR", "Timer UMW NE555DR", "Op amp LM358DR UMW 2021+"])
def test_a_copy_maker_named_beside_a_multi_source_number_outweighs_the_originators_suffix(catalog: Catalog,
                                                                                        text: str) -> None:
    # Copy makers print generic numbers with TI's ordering code; the name on the part says who made it.
    assert att(catalog, text).manufacturer == "Youtai Semiconductor"


def test_an_originators_suffix_still_pins_a_number_no_maker_is_named_beside(catalog: Catalog) -> None:
    assert att(catalog, "Op amp LM358DR").manufacturer == "Texas Instruments"
    assert att(catalog, "MCU UMW STM32F103C8T6").manufacturer == "STMicroelectronics"  # no multi-source number


@pytest.mark.parametrize(("text", "maker"), [
    ("Connector ESD protection TPD4E05U06DQAR", "Texas Instruments"),
    ("Motor encoder AS5047P-ATSM", "ams-OSRAM"),
    ("Battery supervisor TPS3823-33DBVR", "Texas Instruments"),
    ("Antenna switch SKY13350-385LF", "Skyworks Solutions"),
    ("Toggle MRAM MR25H40CDF", "Everspin Technologies"),
    ("Fan out buffer CDCLVC1104PWR", "Texas Instruments"),
])
def test_a_mechanical_word_before_a_chip_noun_only_qualifies_the_chip(catalog: Catalog, text: str, maker: str) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and a.band in ("likely", "confirmed")


def test_a_toggle_switch_is_still_no_chip(catalog: Catalog) -> None:
    # Only an antenna's or a battery's switch is a chip; a toggle switch's model number is no Richtek RT part.
    assert att(catalog, "Toggle switch RT-S6-22B").manufacturer != "Richtek Technology"


@pytest.mark.parametrize(("text", "maker"), [
    ("Programmable zener TL431AIDBZR", "Texas Instruments"),  # a kind word that, in a phrase, names a chip
    ("Electronic fuse TPS259827ONRGER", "Texas Instruments"),
    ("Switched capacitor filter MF10CCN", "National Semiconductor"),  # and one the rule's own family name holds
    ("Active filter MAX7400CSA+", "Maxim Integrated"),
])
def test_a_kind_word_that_names_a_chip_does_not_cap_the_chips_rule(catalog: Catalog, text: str, maker: str) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and a.band in ("likely", "confirmed")


def test_an_ideal_diode_on_a_battery_row_is_still_a_chip(catalog: Catalog) -> None:
    assert att(catalog, "Battery ideal diode LM66100DCKR").manufacturer == "National Semiconductor"


@pytest.mark.parametrize(("text", "maker"), [
    ("Flash XMC 25QH64CHIQ", "XMC"),  # XMC's XM25QH64 with its prefix left off, not an Infineon XMC part
    ("Converter MPS 1584", "Monolithic Power Systems"),  # MPS's MP1584, not an onsemi MPS transistor
])
def test_a_short_maker_name_before_its_own_shortened_number_stays_a_name(catalog: Catalog, text: str, maker: str) -> None:
    assert att(catalog, text).manufacturer == maker


@pytest.mark.parametrize(("text", "maker"), [
    ("MAX232DR 3AK", "Texas Instruments"),  # a whole number, then a short lot code: not joined
    ("PCB S1 V23026-A1001-B201", "Siemens"),  # a board position before a whole number: not joined
    ("PCB H1 G5V-2-5VDC", "Omron"),
])
def test_a_lot_code_or_board_position_beside_a_whole_number_is_not_read_into_it(catalog: Catalog, text: str,
                                                                                maker: str) -> None:
    assert att(catalog, text).manufacturer == maker


def test_a_copy_maker_named_beside_a_catalogue_part_of_a_multi_source_number_is_the_answer(catalog: Catalog) -> None:
    assert att(catalog, "Voltage regulator LM317 UMW").manufacturer == "Youtai Semiconductor"
    assert att(catalog, "Voltage regulator LM317").owner == "Texas Instruments"  # National's number, TI's today


@pytest.mark.parametrize(("text", "maker", "wrong"), [
    ("GaN FET EPC2O45", "Efficient Power Conversion", "Altera"),  # O typed for 0 between digits
    ("Supervisor MAX7O8CSA", "Maxim Integrated", "u-blox"),
])
def test_a_letter_slipped_in_between_digits_is_undone_when_another_makers_rule_reads_it(catalog: Catalog, text: str,
                                                                                         maker: str, wrong: str) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and a.band == "possible"
    assert any("slip undone" in e for e in a.evidence)


def test_a_real_letter_between_digits_of_one_makers_number_stays(catalog: Catalog) -> None:
    assert att(catalog, "DDR3 K4B2G1646E-BCK0").manufacturer == "Samsung Electronics"


@pytest.mark.parametrize(("text", "maker"), [
    ("Waveshare AMS1117-3.3", "Advanced Monolithic Systems"),  # a board maker named beside a generic chip
    ("Waveshare NE555DR UMW", "Youtai Semiconductor"),  # every maker named is tried as the copier
])
def test_only_a_maker_of_chips_named_beside_a_multi_source_number_is_its_copier(catalog: Catalog, text: str,
                                                                              maker: str) -> None:
    assert att(catalog, text).manufacturer == maker


@pytest.mark.parametrize(("text", "maker"), [
    ("GPS receiver Garmin, receiver chip MAX2769", "Maxim Integrated"),  # Garmin makes receivers, not chips
    ("Camera Hikvision, processor Hi3516CV300", "HiSilicon"),
    ("PLC Siemens, microcircuit ADM3485EARZ", "Analog Devices"),
])
def test_an_equipment_maker_named_beside_a_chip_is_not_the_chips_maker(catalog: Catalog, text: str, maker: str) -> None:
    a = att(catalog, text)
    assert a.manufacturer == maker and a.band == "possible"  # the row's two makers still disagree
    assert any("makes no chips" in e for e in a.evidence)


@pytest.mark.parametrize(("text", "maker"), [
    ("Generator Dualsky XM5060EA-9", "Shanghai Dualsky Models"),  # no chip word: the generator is Dualsky's
    ("Garmin GPS 18x LVC", "Garmin"),  # the number is the named maker's own product
    ("Chip Toshiba TC7SH04FU", "Toshiba"),  # a maker of chips named beside its own number
    ("ELRS receiver Radiomaster XR1", "RadioMaster"),  # a short model number, not a chip's shape
    ("SBD transceiver Iridium 9603N", "Iridium Communications"),  # a chip's shape only with letters put before it
    ("MOSFET transistor AO4435 HXY", "Huaxuanyang Electronics"),  # a copy brand makes chips, rules or none
    ("Voltage regulator KA7805 TAEJIN", "HTC Korea"),  # no rules: what it makes is not known
])
def test_a_named_maker_still_wins_where_the_part_may_be_its_own(catalog: Catalog, text: str, maker: str) -> None:
    assert att(catalog, text).manufacturer == maker


@pytest.mark.parametrize(("text", "band"), [
    ("Synchronous rectifier MOSFET BSC010N04LS", ("likely", "confirmed")),  # a rectifier MOSFET as much as a controller
    ("IC EEE-FK1V101P", ("possible",)),  # "ic" is no word of "electrolytic"
])
def test_kind_phrases_and_family_names_are_read_as_whole_words(catalog: Catalog, text: str, band: tuple[str, ...]) -> None:
    assert att(catalog, text).band in band


def test_an_accessory_of_a_chip_noun_is_no_chip(catalog: Catalog) -> None:
    assert att(catalog, "Toggle switch protection cover 5636A").manufacturer != "Analog Devices"


def test_a_zeners_voltage_after_a_space_is_still_read_into_its_number(catalog: Catalog) -> None:
    assert att(catalog, "Zener MM3Z 5V1").manufacturer == "onsemi"


def test_mainland_in_a_chinese_row_is_no_maker(catalog: Catalog) -> None:
    # 大陆 ("mainland", as in 产地：大陆) is no name of Continental; 德国大陆集团 is.
    assert att(catalog, "产地：大陆 CH340G").manufacturer != "Continental"


@pytest.mark.parametrize(("marking", "mpn"), [
    ("Low-noise amplifier 1028 1712", "LT1028"),
    ("Step-down controller 3780 1821", "LTC3780"),
    ("Мікросхема 1013 1604 LT", "LT1013"),  # Linear's logo written out: no kind word needed
    ("Operational amplifier 1028 LT 1712", "LT1028"),  # the logo between the number and the date
    ("Chip 1763 0845", "LT1763"),  # a word that only says chip, over a date code
    ("4015 1221", "LTC4015"),  # no word at all: the number over its date code is the whole mark
])
def test_linear_technologys_bare_so8_number_over_a_date_code(catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn, a.band) == ("Linear Technology", mpn, "possible"), a.evidence
    assert any("how Linear Technology marks its SO-8 parts" in e for e in a.evidence)


@pytest.mark.parametrize("marking", [
    "Operational amplifier 4558 1425",  # LTC4558 would be a power part, not an amplifier
    "Low-noise amplifier 1028 A7",  # neither a date code under the number nor the row's end
    "Capacitor 1206 1425",  # no analog or power part
    "Transistor 1013 1604 LT",
    "Connector 1013 1604 LT",
    "Coin cell retainer 3034",  # a number ending a row that does not call the part a chip
    "Chip 3112 A7",  # a chip's number over no date code, not ending the row
    "Chip 2576",  # LM2576's number as much as any LT part's, on a row that only says chip
    "Microcircuit 4558 1425",  # NJM4558's, RC4558's
    "Serial EEPROM 2433 1502",  # a kind of chip Linear does not make
])
def test_a_bare_number_is_not_linears_without_its_marking_shape(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer != "Linear Technology"


@pytest.mark.parametrize("marking", ["Low-noise amplifier 1028", "Microcircuit 3112"])
def test_a_bare_number_ending_a_row_of_its_kind_is_linears_at_possible_only(catalog, marking: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.band) == ("Linear Technology", "possible"), a.evidence
    assert "no date code seen" in a.evidence[0]


@pytest.mark.parametrize(("marking", "mpn"), [
    ("24-bit delta-sigma ADC 2400 LT 0423", "LTC2400"),  # the kind word, then Linear's bare number
    ("12-bit voltage output DAC 1257", "LTC1257"),  # LT or LTC: the one the catalogue lists
    ("12-bit micropower ADC 1286 LT 0612", "LT1286"),  # Linear's logo: National's ADC12xx rule is no reading
])
def test_a_kind_word_before_a_bare_number_is_no_series_prefix(catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn) == ("Linear Technology", mpn), a.evidence
    assert any(alt["mpn"].startswith(("ADC", "DAC")) for alt in a.alternatives)


def test_a_kind_word_joined_to_a_bare_number_is_possible_only(catalog) -> None:
    a = attribute(BomLine("t", "1", "ADC 2400"), catalog)
    assert a.band == "possible", a.evidence
    # National's own DAC08xx rule reads "DAC 0808" whole: the word is the series there.
    assert attribute(BomLine("t", "1", "DAC 0808"), catalog).mpn == "DAC0808"
    assert attribute(BomLine("t", "1", "DAC 8568ICPW"), catalog).band in ("likely", "confirmed")
    # A rule more specific than the word itself (Burr-Brown's DAC7xxx/DAC8xxx) reads the two joined.
    assert attribute(BomLine("t", "1", "ЦАП DAC 8552"), catalog).mpn == "DAC8552"


@pytest.mark.parametrize(("marking", "mpn"), [
    ("Precision single-supply op amp 1006 LTC 9933", "LT1006"),  # the logo written LTC
    ("Micropower low dropout regulator 700 mA 11295 0817", "LT1129-5"),  # "700 mA" is a value
    ("Chip 1021 LT", "LT1021"),  # the logo after the number, no date code, no kind word
    ("Voltage reference 1004 LT", "LT1004"),  # a reference is a kind Linear's bare numbers are read for
    ("Microprocessor supervisor 694 LT 1107", "LTC694"),  # three digits, only beside the logo
])
def test_linears_bare_number_beside_its_logo_or_after_a_value(catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn) == ("Linear Technology", mpn), a.evidence


@pytest.mark.parametrize("marking", ["Microprocessor supervisor 694 1107", "Chip 694 1107"])
def test_a_bare_number_without_linears_logo_or_kind_is_not_linears(catalog, marking: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer != "Linear Technology", a.evidence


def test_a_zero_led_number_before_ns_is_no_duration(catalog) -> None:
    a = attribute(BomLine("t", "1", "MOSFET 30 V SuperSO8 0902NS"), catalog)
    assert (a.manufacturer, a.mpn) == ("Infineon Technologies", "0902NS"), a.evidence


@pytest.mark.parametrize(("marking", "maker"), [
    ("Quartz resonator TXC 12.000", "TXC Corporation"),  # TXC counts on a crystal's row
    ("Кварцевый резонатор KDS 12.ООО", "Daishinku"),  # the frequency is no piece of KEC's KDS number
])
def test_a_crystal_makers_logo_over_a_frequency(catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer == maker, a.evidence


def test_txc_is_no_maker_on_a_chips_row(catalog) -> None:
    assert attribute(BomLine("t", "1", "Microcircuit TXC 1234"), catalog).manufacturer != "TXC Corporation"


def test_a_memory_rule_on_a_crystals_row_is_a_contradiction(catalog) -> None:
    a = attribute(BomLine("t", "1", "Crystal 7 M-24.000MAAJ-T"), catalog)
    assert a.band not in ("likely", "confirmed"), a.evidence


@pytest.mark.parametrize("marking", ["Metal-oxide varistor ERZ-V 14D471 (1526)",
                                     "Electrolytic capacitor SMD EEE-FK 1E101P, D/C 1932"])
def test_a_hyphenated_series_word_joins_its_number(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == "Panasonic"


@pytest.mark.parametrize(("marking", "maker"), [
    ("Remote control encoder MC145026P 9327", "Motorola Semiconductor"),  # Freescale's number, made 1993
    ("CAN controller SJA1000T 0134", "Philips"),  # NXP's number, made 2001
    ("CAN controller SJA1000T 1834", "NXP Semiconductors"),
])
def test_a_date_code_before_a_renaming_names_the_maker_of_the_day(catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer == maker, a.evidence
    assert a.owner == "NXP Semiconductors"


def test_a_jack_is_a_connector(catalog) -> None:
    # No chip's rule reads a jack's number; a connector maker's rule does (32 SMA, K jack).
    a = attribute(BomLine("t", "1", "SMA jack 32K243-40ME3"), catalog)
    assert a.manufacturer == "Rosenberger" and "connector" in (a.family or "")


def test_a_catalogue_part_under_a_buyer_keeps_the_brand_whose_own_number_it_is(catalog) -> None:
    a = attribute(BomLine("t", "1", "Операційний підсилювач NJM 4580"), catalog)
    assert (a.manufacturer, a.owner) == ("New Japan Radio", "Nisshinbo Micro Devices"), a.evidence
    assert all(alt["manufacturer"] != "Nisshinbo Micro Devices" for alt in a.alternatives)


def test_a_processor_on_an_amplifiers_row_ranks_below_the_amplifier(catalog) -> None:
    a = attribute(BomLine("t", "1", "Low noise amplifier H616 1247"), catalog)
    assert a.band == "possible", a.evidence


@pytest.mark.parametrize(("marking", "mpn"), [
    ("Zero-drift operational amplifier 2050 1322", "LTC2050"),  # "2050" also reads as a date code
    ("Low IQ dual 2-phase synchronous step-down controller 3890 1702", "LTC3890"),  # "2-phase" is a word
    ("16-bit ADC 1864I 1336", "LT1864I"),  # a grade letter: still a bare number after the kind word
])
def test_more_of_linears_bare_numbers(catalog, marking: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn) == ("Linear Technology", mpn), a.evidence


def test_siemens_named_on_a_line_infineon_took_over_is_siemens(catalog) -> None:
    a = attribute(BomLine("t", "1", "SMPS controller TDA4605-3 SIEMENS"), catalog)
    assert (a.manufacturer, a.owner) == ("Siemens", "Infineon Technologies"), a.evidence
    assert attribute(BomLine("t", "1", "SMPS controller TDA4605-3"), catalog).manufacturer == "Infineon Technologies"


def test_a_copy_brand_named_beside_a_single_source_number_is_the_answer(catalog) -> None:
    a = attribute(BomLine("t", "1", "ESD protection USBLC6-2SC6 UMW"), catalog)
    assert a.manufacturer == "Youtai Semiconductor", a.evidence
    assert attribute(BomLine("t", "1", "ESD protection USBLC6-2SC6"), catalog).manufacturer == "STMicroelectronics"


@pytest.mark.parametrize(("marking", "brand", "company"), [
    ("Timer NE555 HGSEMI", "HGSEMI", "Huaguan Semiconductor"),
    ("LDO regulator ME6211C33M5G", "Microne", "Nanjing Micro One Electronics"),
])
def test_a_chinese_brand_answers_with_its_company_as_owner(catalog, marking: str, brand: str, company: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.owner) == (brand, company), a.evidence


def test_a_jis_class_written_apart_from_its_number_joins_it(catalog) -> None:
    a = attribute(BomLine("t", "1", "Транзистор 2SC 3858"), catalog)
    assert (a.manufacturer, a.mpn) == ("Sanken Electric", "2SC3858"), a.evidence


# Readings mended in the twentieth session, each a row and the maker it must give.
@pytest.mark.parametrize(("marking", "maker"), [
    pytest.param("Operational amplifier TS 922 IDT", "STMicroelectronics", id="idt-is-sts-suffix"),
    pytest.param("Battery front end ISL94202IRTZ", "Intersil", id="battery-front-end-is-a-chip"),
    pytest.param("USB host controller µPD720101", "NEC", id="micro-sign-is-u"),
    pytest.param("Sub-GHz module CC1101-based A1101R08A", "Anaren", id="based-names-the-chipset"),
    pytest.param("GNSS receiver LSI CXD5603GF 1648", "Sony Semiconductor Solutions", id="lsi-is-large-scale-integration"),
    pytest.param("Solid tantalum chip capacitor 10 µF 16 V case A T491A106K016 (2149)", "KEMET", id="case-letter-no-head"),
    pytest.param("Motor control DSC dsPIC30F4011 30I/P 0923", "Microchip Technology", id="motor-dsc-is-a-chip"),
    pytest.param("Part 32K243-40ME3 Rosenberger", "Rosenberger", id="named-maker-over-restored-prefix"),
    pytest.param("2.4 GHz balun for CC2500 2450BM15A0002 Johanson", "Johanson Technology", id="for-names-the-chip-served"),
    pytest.param("Конденсатор танталовый 475E 2J41B", "KYOCERA AVX", id="russian-tantalum-value-code"),
    pytest.param("P-channel MOSFET F9540NS P611C 4H", "International Rectifier", id="ir-d2pak-no-tantalum"),
    pytest.param("Photointerrupter with connector GP1S094HCZ0F", "Sharp", id="with-connector-is-fitted-not-the-part"),
    pytest.param("Si APD S12023-10", "Hamamatsu Photonics", id="apd-is-a-kind-word"),
    pytest.param("CPU 16 MHz PGA-114 MC68020RC16", "Motorola Semiconductor", id="hyphenated-pga-is-a-package"),
    pytest.param("Snapdragon 835 with Hexagon 682 DSP MSM8998", "Qualcomm", id="hexagon-is-a-word-unless-capitals"),
    pytest.param("StarCore DSP SC3400 MSC8122", "Freescale Semiconductor", id="starcore-is-freescales"),
    pytest.param("Dual comparator (LM393 substitute) SGM393", "SG Micro", id="substitute-after-the-replaced-number"),
    pytest.param("RS-485 transceiver TPT485 pin-compatible with MAX485", "3PEAK", id="compatible-with-names-the-replaced"),
    pytest.param("Quad op amp replaces LM324 RS624", "Runic Technology", id="replaces-names-the-replaced"),
    pytest.param("Codec, 2 ADC/4 DAC, 24-bit AD1937WBSTZ", "Analog Devices", id="word-slash-count-is-no-number"),
    pytest.param("Crossover MCU i.MX RT1170 MIMXRT1176DVMAA", "NXP Semiconductors", id="line-name-inside-the-number"),
    pytest.param("Power bank SoC IP53O6", "Injoinic Technology", id="two-letters-typed-for-digits"),
    pytest.param("Op amp BB OPA 4277 UA 0412", "Burr-Brown", id="capital-ua-after-a-number-is-a-package-code"),
    pytest.param("Nonvolatile SRAM 128Kx8 bq4O13YMA-70", "Benchmarq Microelectronics", id="memory-organisation-is-no-number"),
    pytest.param("Цифро-аналоговий перетворювач DAC8552", "Burr-Brown", id="ukrainian-dac-words"),
    pytest.param("10 MHz-6 GHz power detector LTC5583IUF", "Linear Technology", id="frequency-range-is-no-number"),
    pytest.param("Embedded processor A80386EX-25 intel 9812", "Intel", id="intels-logo-in-small-letters"),
    pytest.param("Low-offset op amp with internal capacitors 1052 LT 9704", "Linear Technology", id="with-words-are-no-kind"),
    pytest.param("MIL-STD-1553 communication engine BU-61688", "Data Device Corporation", id="communication-engine-is-a-chip"),
    pytest.param("Sound Terminal digital audio STA339BW", "STMicroelectronics", id="sound-terminal-is-a-chip"),
    pytest.param("RTC with battery switch-over PCF2129AT", "Philips", id="battery-switch-over-is-a-chip-feature"),
    pytest.param("10 TPS54331", "Texas Instruments", id="a-count-before-tps-is-no-vishay-thyristor"),
])
def test_a_mended_reading_names_the_maker(catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer == maker, a.evidence


def check_reading(catalog, marking: str, maker: str | None, mpn: str | None, band: str) -> None:
    """The row's maker and band, and its part number when the table gives one."""
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.band) == (maker, band), a.evidence
    if mpn is not None:
        assert a.mpn == mpn, a.evidence


@pytest.mark.parametrize("marking,maker,mpn,band", [
    # JEDEC's lead-free mark between Linear's bare number and its date code.
    ("Step-down regulator 3480 e3 1446", "Linear Technology", None, "possible"),
    ("3480 e3 1446", "Linear Technology", None, "possible"),  # no word at all: the mark is the whole row
    ("Buck controller 3851 e4 1044 LTC", "Linear Technology", "LTC3851", "possible"),
    # An option of two digits after the number (bits): LTC2378-20, not National's ADC2378.
    ("18-bit ADC 2379-18 e4 1502", "Linear Technology", "LTC2379-18", "possible"),
    # Interface words, and Linear's transceivers, supervisors and monitors (LTC28xx, LTC29xx).
    ("RS-485 transceiver 2865 e4 1645", "Linear Technology", "LTC2865", "possible"),
    ("Power monitor 2991 e4 1506", "Linear Technology", "LTC2991", "possible"),
    ("Li-Ion charger 4057 e3 1326", "Linear Technology", "LTC4057", "possible"),
    ("RS-485 transceiver 1481 LTC 0923", "Linear Technology", None, "possible"),  # an LT1xxx analog-rule number
    # A kind word joined to a bare number is another maker's number when the row shows ADI's habits.
    ("DAC 5791 BRUZ #1531", "Analog Devices", "AD5791", "likely"),
    ("10-bit ADC 8 channels 7908 BRUZ #1122", "Analog Devices", "AD7908", "likely"),  # and a count is no ADC8
    # Maxim's split suffix with its lead-free '+' after a bare number.
    ("CAN transceiver 3051 ESA+ 1244", "Maxim Integrated", "MAX3051", "likely"),
    # A maker's short digit prefix needs three characters after it: "0947" is a date code.
    # (ARM's core "ARM7" is no number, so the first is 91SAM7S256: Atmel's AT dropped, as Atmel marks.)
    ("ARM7 microcontroller 91SAM7S256 AU 0947", "Atmel", "AT91SAM7S256", "likely"),
    ("Inductor 7490", None, None, "unknown"),
    # The number and its top mark repeating it are two tokens, not one number.
    ("Transistor SI4435DDY 4435D", "Siliconix", "SI4435DDY", "likely"),
    # TSC's and MCC's logos name the maker of a multi-source number.
    ("Rectifier diode S1M TSC", "Taiwan Semiconductor", "S1M", "likely"),
    ("TVS diode SMBJ5.0CA MCC", "Micro Commercial Components", "SMBJ5.0CA", "likely"),
    # Microchip's temperature/package code after a bare number restores MCP.
    ("CAN FD transceiver 2562 E/SN", "Microchip Technology", "MCP2562", "likely"),
    # Intersil's temperature/package code, split or joined (C for commercial too).
    ("Microcircuit 6612 CBZ 1452", "Intersil", "ISL6612", "likely"),
    # CRZ is ADI's grade-package code and Intersil's temperature-package code: both are weighed...
    ("Op amp 8626 CRZ", "Intersil", "ISL8626", "possible"),
    # ...unless one maker's expansion is a catalogue part (ADuM1201).
    ("USB isolator 3160CRZ", "Analog Devices", "ADUM3160CRZ", "likely"),
    # A rule reads the number as one maker's, but the ordering code is another's: a doubt.
    ("CAN controller CP2510-I/SO", "Silicon Laboratories", None, "possible"),
    ("Microcontroller MSP430F5419A IPZ", "Texas Instruments", None, "likely"),  # IPZ is TI's, not Intersil's
    # A small l typed for 1 among capitals: read as the digit, possible (a slip undone).
    ("Step-down converter MPl482DN", "Monolithic Power Systems", "MP1482DN", "possible"),
    ("Inverting DC/DC converter LTl931ES5", "Linear Technology", "LT1931ES5", "possible"),  # no Lite-On LTL LED
    # ...but not against the same maker's number as written (LTC44l2 is Linear's either way).
    ("Ideal diode controller LTC44l2ES6", "Linear Technology", None, "likely"),
    # An amplifier is no motor: Mabuchi's frame numbers stay possible on an IC's row.
    ("Amplifier RS385SH", "Mabuchi Motor", None, "possible"),
    ("DC motor RS385SH", "Mabuchi Motor", None, "likely"),
    # What the part sits on is no kind of its own: "on the servo board" leaves the encoder a chip.
    ("Magnetic rotary encoder AS5047P on the servo board", "ams-OSRAM", "AS5047P", "likely"),
    # Several makers' prefixes restore the number: the row's kind word cannot choose.
    ("LDO 2941A-3.3WS 1513", "Linear Technology", None, "possible"),
])
def test_session22_readings(catalog, marking: str, maker: str | None, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


@pytest.mark.parametrize("marking", [
    "2576 e3 1446",  # no kind word and no logo, and LM2576's number: any maker prints it bare
    "CAN transceiver 3051 ESA 1244",  # no '+': nothing of Maxim's
])
def test_session22_no_reading_without_the_sign(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer is None


@pytest.mark.parametrize("marking,maker", [
    ("Block camera Tamron MP3010M-EV", "Tamron"),
    ("FPGA board Terasic DE0-Nano", "Terasic"),
    ("Thermal core Seek Thermal CompactPRO", "Seek Thermal"),
    ("Camera Canon EOS 600D", "Canon"),
    ("Zynq board PicoZed Avnet", "Avnet"),
    ("Autopilot Pixracer R14", "mRobotics"),  # trademarks name their makers
    ("SDR board LimeSDR Mini", "Lime Microsystems"),
    ("Zynq-7010 MicroZed board", "Avnet"),
    # The maker named for the part a substitute replaces is not the substitute's maker.
    ("FPGA JFM7K410T (analogue of Xilinx XC7K410T) Fudan", "Fudan Microelectronics"),
])
def test_session22_module_makers(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker


@pytest.mark.parametrize("marking,maker,mpn,band", [
    # A first letter lost in transcription, put back when only one maker's rule of three fixed
    # characters reads the number and the row names its kind; possible only.
    ("Microcontroller TM32G071RBT6", "STMicroelectronics", "STM32G071RBT6", "possible"),
    ("Power MOSFET QP50N06", "Fairchild Semiconductor", "FQP50N06", "possible"),
    # A slip that gives the whole number a specific family's full shape, over a bare prefix as written.
    ("P-channel MOSFET Si746SDP", "Siliconix", "SI7465DP", "possible"),
    ("Gigabit Ethernet controller 82S74L", "Intel", "82574L", "possible"),
    # Digits typed as letters in a run, read into the branch of an alternation that fixes five characters.
    ("Linear optocoupler IL3OO", "Vishay Intertechnology", "IL300", "possible"),
    # A discrete part's description and one short code: the makers' marking tables, every maker kept.
    ("PNP transistor 3Ft", "Nexperia", "BC857B or BC857BW", "possible"),  # site letter t: Nexperia; no package: SOT23 or SOT323
    # Marks of digits alone, read only first on a row naming the kind: onsemi's MC33xxx, ST's LM358.
    ("Dual op amp 33178 AK3N", "onsemi", "MC33178", "possible"),
    ("Dual voltage comparator 393 GK4B1 VG MAR 219", "STMicroelectronics", "LM393", "possible"),
    # A Cyrillic З typed for 3 among Latin characters.
    ("SPDT RF switch HMCЗ49LP3E", "Hittite Microwave", "HMC349LP3E", "likely"),
    # ST's FILM reel code on a multi-source diode number.
    ("Schottky diode pair BAT54CFILM", "STMicroelectronics", None, "likely"),
    # TI's package designator and reel letter is TI's habit: another maker's rule is only possible.
    ("Precision ADC DS1118IDGSR", "Dallas Semiconductor", None, "possible"),
    ("ZigBee SoC C2533F64RHAR", "Texas Instruments", "CC2533F64RHAR", "likely"),  # its lost C put back by the habit
    # Mini-Circuits' model code with its hyphen and '+'.
    ("MMIC amplifier GAL5-39+", "Lattice Semiconductor", None, "possible"),
    # OS-CON on the sleeve is Panasonic's (SANYO's until 2011).
    ("Polymer capacitor OS-CON SVPF 6.3V", "Panasonic", None, "possible"),
    # The code with a date letter after it, values with their units beside it, a chip's row naming the kind.
    ("PNP switching transistor 2T M", "Fairchild Semiconductor", None, "possible"),
    ("Transistor PNP 2T M", "Fairchild Semiconductor", None, "possible"),  # "PNP 2T" joined is the code's own
    ("TVS diode 400 W 12 V LE", "Littelfuse", None, "possible"),
    ("Single 2-input AND gate C08", "Texas Instruments", "SN74LVC1G08", "possible"),
    # Resistors built into a transistor leave the row a transistor's (ROHM's digital transistor code 26).
    ("Digital transistor (built-in resistors) 26", "ROHM Semiconductor", None, "possible"),
    # TI prints HCnnn, and so do Nexperia and onsemi on TSSOP: possible, with them as alternatives.
    ("Shift register HC595", "Texas Instruments", None, "possible"),
    # Makers' own ordering codes on multi-source numbers.
    ("Dual op amp LM258DT", "STMicroelectronics", None, "likely"),
    ("Switching diode 1N4148,133", "Nexperia", None, "likely"),
    # "MAX 10" is Altera's FPGA family: Maxim's numbers have three digits at least.
    ("FPGA MAX 10 10M16SAU169C8G", "Altera", None, "likely"),
    # A kind word joined to another maker's number beside that maker's ordering code ("ADC 12F675 I/SN").
    ("Flash microcontroller with 10-bit ADC 12F683 I/SN 1547ABC", "Microchip Technology", "PIC12F683", "likely"),
    # A word in Cyrillic (ЕСР, electrostatic discharge) is not joined to the Latin number after it.
    ("Трансивер RS-485 з захистом від ЕСР MAX13487EESA+", "Maxim Integrated", None, "likely"),
])
def test_session23_readings(catalog, marking: str, maker: str | None, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


def test_session23_hcnnn_keeps_the_other_makers(catalog) -> None:
    a = attribute(BomLine("t", "1", "Shift register HC595"), catalog)
    assert {"Nexperia", "onsemi"} <= {alt["manufacturer"] for alt in a.alternatives}


@pytest.mark.parametrize("marking", [
    "NPN transistor 1F A7K2",  # another code on the row: "1F" may be a lot or grade (a YYWW date after it is no such code)
    "Capacitor TM32G071",  # a capacitor's row: no chip's letter put back
    "LED AL307B",  # a last letter is a grade, not a digit typed as a letter
    "Wire UL E52136 AWM 1007",  # a digit is not a letter mistyped
    "PNP transistor SOT-23 SG",  # a package and a code: no Vishay GSOT with its G put back
    "Schottky diode RB1G0M-60",  # no cloner's letter (LRC's L) put back before another maker's number
    "Capacitor 33178",  # digits alone on a row of another kind
    "Chip C14",  # a chip's row that names no kind: a code alone is not read
])
def test_session23_no_reading(catalog, marking: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer is None or a.mpn not in ("BC847B", "STM32G071", "AL3078", "E5213G", "GSOT23SG", "LRB1G0M60",
                                                   "MC33178"), a.evidence


def test_session23_lost_letter_stays_below_a_prefix_as_written(catalog) -> None:
    # Intel's NH82 as written leads; a letter put back (ST's VNH) is no better than it.
    a = attribute(BomLine("t", "1", "I/O controller hub NH82801GBM"), catalog)
    assert a.manufacturer == "Intel", a.evidence


def test_session23_a_capacity_is_no_number(catalog) -> None:
    # "256M-bit" is the flash's size: no Intel JS28F256... read from it.
    a = attribute(BomLine("t", "1", "256M-bit parallel NOR flash MX29GL256FHT2I-90Q"), catalog)
    assert a.manufacturer == "Macronix International", a.evidence


SESSION24_READINGS = [
    # A digit typed for the first letter of a series, read back into a specific rule: possible.
    ("N-channel MOSFET 5i4410BDY", "Siliconix", "SI4410BDY", "possible"),
    ("RS-232 transceiver 5P3232EEA", "Sipex", "SP3232EEA", "possible"),
    # IDT's VersaClock 5P numbers are 5P49.../5P35...; other 5P numbers are not IDT's.
    ("Clock generator 5P49V5901B", "Integrated Device Technology", None, "likely"),
    # "Suppressor" names a TVS diode: its marking code is read on the row, possible.
    ("Transient voltage suppressor 600 W LE", "Littelfuse", None, "possible"),
]


@pytest.mark.parametrize("marking,maker", [
    ("Transistor 2SC5200", "Toshiba"),  # a number that is one as written keeps its leading digit
    ("Clock 8T49N241", "Integrated Device Technology"),
])
def test_session24_leading_digit_kept(catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer == maker, a.evidence


SESSION24_MORE_READINGS = [
    # Linear's bare number after values written with their units ("±250 V", "500 V/us", "5V/12V").
    ("Dual 80 MHz 500 V/us op amp 1364 1114 L5A", "Linear Technology", "LT1364", "possible"),
    ("Micropower 3.3V/5V step-up DC/DC converter 1302 0409 K5", "Linear Technology", "LT1302", "possible"),
    ("Protected high-side switch 1910 0631 J6C", "Linear Technology", "LT1910", "possible"),
    # A maker's letters apart from a number whose ending looks like a unit ("MH", "-02V").
    ("Step-down switching regulator 100V LM 5576MH", "National Semiconductor", "LM5576MH", "likely"),
    ("Silicon PIN diode BAR 64-02V", "Infineon Technologies", "BAR64-02V", "likely"),
    # A small l typed for a capital I.
    ("Load switch MlC2026-1YM", "Micrel", "MIC20261YM", "possible"),
    ("Synchronous buck regulator lSL85415FRZ", "Intersil", None, "possible"),
    # A slip at an odd spot reads the number: no maker's prefix put back besides.
    ("USB switch F5USB42MUX", "onsemi", "FSUSB42MUX", "possible"),  # the catalogue part, read with the slip undone
    ("Digital step attenuator PE43O6", "Peregrine Semiconductor", "PE4306", "possible"),
    # A JIS 2S is put back only on a transistor's row: a diode's B520C is Diodes Inc.'s Schottky.
    ("Диод Шоттки B520C", "Diodes Incorporated", "B520C", "possible"),
    # families_fresh34.csv
    ("PNP transistor CMPTA42", "Central Semiconductor", None, "likely"),
    ("Small-signal MOSFET BSS138N", "Infineon Technologies", None, "likely"),
    ("Power MOSFET SPP20N60C3", "Infineon Technologies", None, "likely"),
    ("SCR TCR22-6", "Littelfuse", None, "likely"),
    ("LDO regulator TCR3DF33", "Toshiba", None, "likely"),
    ("Low VCE(sat) transistor DSS4160U", "Diodes Incorporated", None, "likely"),
    ("Ignition Darlington BU931T", "STMicroelectronics", None, "likely"),
    ("TVS diode SM15T33A", "STMicroelectronics", None, "likely"),
    ("Rectifier 1SR139-400", "ROHM Semiconductor", None, "likely"),
    ("Zener diode TZMC12", "Vishay Intertechnology", None, "likely"),
    ("Ultrafast rectifier FES8JT", "Vishay Intertechnology", None, "possible"),
    ("Quad AND gate HC08AG 1AW112", "onsemi", None, "likely"),
    ("Dual op amp and comparator TSM103", "STMicroelectronics", None, "likely"),
    ("Microcontroller HC32F072", "Huada Semiconductor", None, "likely"),
]


@pytest.mark.parametrize("marking,not_maker", [
    ("Micropower 5V/12V step-up converter", "Integrated Device Technology"),  # values, not IDT's 5V clock
    ("Quad 2-input OR gate HC32", "Huada Semiconductor"),  # TI's HC32 top mark, not an HC32F MCU
    ("DC-DC converter SPU01N-05", "Infineon Technologies"),  # Mean Well's module: no series letter
    ("Quad OR gate 14071BG K2Q915", "Toshiba"),  # a TK MOSFET's mark has two digits of voltage and a letter
    ("Thermal imaging core Guide IPT640M", "Infineon Technologies"),  # no TOLL MOSFET: no resistance and voltage
    ("N-channel MOSFET R462 W37K", "KEMET"),  # a KEMET film code is long; R462 and a lot line are no R46 capacitor
    ("MOSFET 10N60M2 MAR 9B 247", "Mini-Circuits"),  # ST's Morocco plant: MAR joins no MAR9B247 amplifier
    ("Phase control thyristor T1190N16TOF", "NXP Semiconductors"),  # no QorIQ T1190: the voltage digits follow N
    ("Horizontal deflection transistor BU2532AL", "ROHM Semiconductor"),  # Philips' BU25xx with its L suffix
    ("LCD module GDM1602K", "Hirschmann"),  # a character LCD; Hirschmann's GDM valve plugs are 2009/2011/3011...
    ("Short-range RF module SIM20", "Mini-Circuits"),  # Mini-Circuits' SIM mixers carry their L/LH/MH/H suffix
    ("Multiplier-accumulator TDC1010J", "Texas Instruments"),  # TRW's; TI's TDC10xx are TDC1000 and TDC1011
    ("Lavalier microphone MX150B/C-TQG", "Molex"),  # Shure's model code; Molex's MX150 connector system is bare or L
    ("Safety standard ISO 12100", "Burr-Brown"),  # no ISO12x isolation amplifier: more digits follow
])
def test_not_read_as_that_maker(catalog, marking: str, not_maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert a.manufacturer != not_maker, a.evidence


def test_session24_a_short_line_under_the_date_code_is_a_lot() -> None:
    from tracer.match import after_date_code
    cands = ["6844", "2013", "N9HCQ"]
    assert after_date_code(cands, ["2013"], "N9HCQ")
    assert not after_date_code(["X7R", "0603", "GRM188R71H104KA93D"], ["0603"], "GRM188R71H104KA93D")
    assert not after_date_code(cands, [], "N9HCQ")


SESSION24_CATALOGUE = [
    # HCPL numbers Fairchild made under HP's numbers: hedged, and the row's logo decides.
    ("Optocoupler HCPL-2631 FAIRCHILD", "Fairchild Semiconductor", "likely"),
    ("Optocoupler HCPL-2631", "Avago Technologies", "possible"),
    # A charge pump in Ukrainian ("зарядовий насос") is a chip, not a pump.
    ("Зарядовий насос MAX660CSA", "Maxim Integrated", "likely"),
    ("Point-of-load regulator IR3839MPBF", "International Rectifier", "likely"),  # no Everlight IR383 LED
    ("IR LED IR383", "Everlight Electronics", "likely"),
    ("DC/DC converter TEA 1-1212", "Traco Power", "likely"),
    ("LDO regulator REG1117-3.3", "Burr-Brown", "likely"),
    ("Schottky rectifier V30100C", "Vishay Intertechnology", "likely"),
    ("Mobile LPDDR W948D6FBHX6E", "Winbond Electronics", "likely"),
    ("Crystal NX3225GA 16 MHz", "Nihon Dempa Kogyo", "likely"),
    ("SMD inductor CR43NP-4R7MC", "Sumida", "likely"),
    ("Pressure sensor ASDXAVX030PGAA5", "Honeywell", "likely"),
    ("GPS module FGPMMOPA6C", "GlobalTop Technology", "likely"),
]


SESSION24_DISCRETE = [
    ("P-channel MOSFET A04409", "Alpha and Omega Semiconductor", "possible"),  # a 0 typed for the O of AO
    # A short code after a number shaped like a part's is read below it: the row's part is onsemi's,
    # whose ON logo between them confirms the shortened MC14081BG.
    ("Quad 2-input AND gate 14081BG ON 3KP714", "onsemi", "confirmed"),
    ("Ultrafast diode VS-HFA15TB60", "Vishay Intertechnology", "likely"),  # Vishay's VS- on ex-IR lines
    ("Avalanche diode BYT54M", "Vishay Intertechnology", "likely"),
    ("Schottky rectifier UPS540", "Microsemi", "likely"),
    ("Zener diode 1SMB5918B", "onsemi", "possible"),
]


def test_session24_lot_after_part() -> None:
    from tracer.match import lot_after_part
    assert lot_after_part("14070BG", "3KP851")
    assert not lot_after_part("RS-485/RS-422", "DS485M")  # a protocol's name first, then the part
    assert not lot_after_part("RS3236-3.3", "RS3236")  # the same number less its option
    assert not lot_after_part("1823", "LM358")  # a date code first


SESSION24_SLIPS = [
    # A slip inside another maker's long fixed series outweighs a two-letter prefix as written.
    ("16-bit microcontroller MC9512XDP512MAG", "Freescale Semiconductor", "possible"),
    # ARM's core named in the description is no number: the lost L of LPC is put back on the part.
    ("ARM Cortex-M3 microcontroller PC1768FBD100", "NXP Semiconductors", "possible"),
    # A small l after one capital ("Hl-3282") is a typist's I.
    ("ARINC 429 transceiver Hl-3282", "Holt Integrated Circuits", "possible"),
    ("Low-voltage mixer and VCO SA620", "Philips", "likely"),
    ("LTE-M module HL7692", "Sierra Wireless", "likely"),
]


SESSION24_P37 = [
    # Words joined by a slash describe the part ("driver/receiver"): the lost S of ST3241E is put back,
    # ahead of FocalTech's FT3 that fixes fewer characters.
    ("RS-232 driver/receiver T3241ECTR", "STMicroelectronics", "possible"),
    ("FPGA ECP5 LFE5U-45F-6BG381C", "Lattice Semiconductor", "likely"),
    ("Crossover MCU i.MX RT1062 MIMXRT1062DVL6A", "NXP Semiconductors", "likely"),
    ("Clock generator NB3N502DG", "onsemi", "confirmed"),  # the rule and the catalogue part agree
    ("NB-IoT module BC66", "Quectel Wireless Solutions", "likely"),
    ("Fractional-N synthesizer SA8025DK", "Philips", "likely"),
    ("GNSS module MAX-8Q-0-10", "u-blox", "likely"),
    # u-blox's MAX-8 has a letter C/G/Q/W/N after the 8: "MAX8S11" is Maxim's MAX8511 with a slip.
    ("LDO regulator MAX8S11EXK25+", "Maxim Integrated", "possible"),
]


def test_session24_slashed_words_are_description() -> None:
    from tracer.markings import SLASHED_WORDS
    assert SLASHED_WORDS.match("driver/receiver") and SLASHED_WORDS.match("step-up/step-down")
    assert not SLASHED_WORDS.match("LM358/LM324") and not SLASHED_WORDS.match("A/D")


@pytest.mark.parametrize("marking,maker,mpn,band", SESSION24_READINGS + SESSION24_MORE_READINGS)
def test_session24_readings(catalog, marking: str, maker: str | None, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


@pytest.mark.parametrize("marking,maker,band", SESSION24_CATALOGUE + SESSION24_DISCRETE + SESSION24_SLIPS + SESSION24_P37)
def test_session24_maker_and_band(catalog, marking: str, maker: str, band: str) -> None:
    check_reading(catalog, marking, maker, None, band)


SESSION29_READINGS = [
    # A module's number after the chip it carries: the chip's rule reads the two joined only as far as
    # the chip, so the module's number is no piece of a longer one...
    ("LoRa concentrator module SX1301 RAK2247", "RAKwireless", "RAK2247", "likely"),
    ("LoRa module STM32WLE5CC SX1262 RAK3172", "RAKwireless", "RAK3172", "likely"),
    # ...nor the series name of one ("nRF52840 BT840F" joined is two numbers).
    ("Bluetooth module nRF52840 BT840F", "Fanstel", "BT840F", "likely"),
    # A chip named as a protocol or data-management engine is no engine of a vehicle.
    ("MIL-STD-1553 protocol engine HI-6130PQI", "Holt Integrated Circuits", "HI-6130PQI", "likely"),
    ("ARINC 429 data management engine HI-3220PQI", "Holt Integrated Circuits", "HI-3220PQI", "likely"),
    # In a row typed all in lower case, a maker's name of four letters or more is still a name.
    ("comparator lm2901dr huaguan", "Huaguan Semiconductor", "LM2901DR", "likely"),
    ("op amp lm2902 tech public", "Taizhou Electronics (Tech Public)", "LM2902", "likely"),
    # A logo printed in small letters is a name even in a row with capitals.
    ("Axial fan 120x120x25 mm ebmpapst 4414 F/2GH", "ebm-papst", None, "likely"),
    # Megapixels after a number are a value: "MP" joins no number after it (not Freescale's MPX).
    ("CMOS image sensor 16 MP XGS16000", "onsemi", "XGS16000", "likely"),
    # "ST" before a wire cross-section is a terminal block's type (Phoenix Contact's ST 2,5), not ST's logo.
    ("Spring-cage terminal block ST 2,5-TWIN 3031241", "Phoenix Contact", "3031241", "likely"),
    # A slip inside a higher-ranked series of five fixed characters or more, against a maker's bare
    # prefix as written: the series is as likely ("ESP-1ZE" is Ai-Thinker's ESP-12E, Z for 2).
    ("Wi-Fi module ESP-1ZE", "Ai-Thinker", "ESP12E", "possible"),
    # A named maker's product name is never a dropped prefix: "EXPLORER 710" is no IsatPhone 710.
    ("BGAN terminal Inmarsat EXPLORER 710", "Inmarsat", None, "likely"),
    ("Portable BGAN terminal HUGHES 9211", "Hughes Network Systems", None, "likely"),
]


def test_a_terminal_blocks_type_before_a_cross_section_names_no_maker(catalog) -> None:
    assert attribute(BomLine("t", "1", "Terminal block ST 2,5"), catalog).band == "unknown"


SESSION30_READINGS = [
    # A chip "of the servo drive" or "of the motor": the servo or motor is what it belongs to, not the part.
    ("Magnetic position sensor of the servo drive AS5600", "ams-OSRAM", "AS5600", "likely"),
    ("Current sensor of the motor ACS712", "Allegro MicroSystems", "ACS712", "likely"),
    # A capitalised hyphenated product name whose first piece starts a rule: "Catherine-MP" is one name.
    ("Thermal imager Catherine-MP", "Thales", "CATHERINE-MP", "likely"),
    # A board maker named beside a board name another board maker's rule reads: both sell one of that name.
    ("Flight controller SpeedyBee F722 WING", "SpeedyBee", None, "likely"),
    # A chip line's name on a row that describes a propeller is the same word in another trade.
    ("Propeller DAL Cyclone T5051C", "DALprop", "T5051C", "possible"),
    # A pneumatic cylinder's number is no chip's, whatever shape it has.
    ("Pneumatic cylinder ADN-32-50-A-P-A", None, None, "unknown"),
    # A slip that makes a memory's number of an optocoupler's mark reads no optocoupler.
    ("Оптрон P250", None, None, "unknown"),
    # An air dryer is a vehicle part: ADI's bare AD prefix reads none of it.
    ("Осушувач повітря AD-2", None, None, "unknown"),
]


SESSION31_READINGS = [
    # A documented shortened mark of the named maker goes before any other of its prefixes that fits:
    # TI prints TPS54560 as "54560", which its DAC and SN prefixes would also take.
    ("DC-DC converter 54560 TI 3CK", "Texas Instruments", "TPS54560", "confirmed"),
    ("Microcircuit 54202 TI", "Texas Instruments", "TPS54202", "confirmed"),
    # A named company whose own company of that name the rule reads: the rule's, fuller name is the answer.
    ("Battery LG INR18650MJ1", "LG Energy Solution", "INR18650MJ1", "confirmed"),
    # A logo copied in small letters counts when it is no English word...
    ("Flash memory macronix MX25L3206E", "Macronix International", "MX25L3206E", "confirmed"),
    ("Electrolytic capacitor rubycon 35ZLH", "Rubycon", None, "likely"),
    # ...and not when it is one ("system gates" is no Gates; "sharp" no Sharp).
    ("Relay with sharp edges", None, None, "unknown"),
    # "HP" alone is high power as often as a company: it names HP Inc. only beside HP's own line names.
    ("Access point Ubiquiti NanoStation M5 HP", "Ubiquiti", None, "likely"),
    # Sprague's semiconductors passed to Allegro (1990); its capacitors to Vishay (1992).
    ("Darlington array Sprague ULN2803A", "Sprague Electric", "ULN2803A", "likely"),
    # Micron's FBGA code stands in for the part number on its BGA memory: no other maker prints D9 and three letters.
    ("Memory chip D9QBJ", "Micron Technology", "D9QBJ", "likely"),
    # A name that is also a common word, capitalised beside its own maker's number, names the maker.
    ("SDRAM 48LC8M16A2 Micron", "Micron Technology", "48LC8M16A2", "confirmed"),
    ("Fan Delta AFB0912VH", "Delta Electronics", "AFB0912VH", "confirmed"),
    # Seiko Instruments still makes crystals and micro batteries; its ICs are ABLIC's line since 2016, and a
    # part printed with the Seiko name is a reading of that line by the brand named.
    ("Crystal SII VT-150-F 32.768kHz", "Seiko Instruments", "VT-150-F", "confirmed"),
    ("Voltage detector S-80927CNMC Seiko Instruments", "Seiko Instruments", "S-80927CNMC", "likely"),
]

SESSION32_READINGS = [
    # An instrument's model number is no chip's: a multimeter, tester or analyser row keeps the chip
    # families off it...
    ("Insulation tester IR4056-20", None, None, "unknown"),
    ("Digital multimeter MS8268", None, None, "unknown"),
    # ...and a terminal's or module's row reads its number with the best rule that can apply to such
    # a thing, below the chip rule that ranks first on the bare number.
    ("EtherCAT terminal EL3102", "Beckhoff Automation", "EL3102", "likely"),
    ("Optocoupler EL3063", "Everlight Electronics", "EL3063", "likely"),
    # A small l typed for a capital I where that reads more of a series than l as 1 does.
    ("Amplifier GALl-74+", "Mini-Circuits", "GALI74", "possible"),
    # The Greek pi 2Pai prints for the Pi of its numbers.
    ("Isolator π140M60", "2Pai Semiconductor", "PI140M60", "likely"),
    # Ricoh's brand, its company Nisshinbo Micro Devices since 2022.
    ("Voltage regulator RICOH R1172N331B", "Ricoh Electronic Devices", "R1172N331B", "confirmed"),
    # A group's word beside a multi-source number names the group company that the number lists as a
    # maker: SANYO's semiconductors, not Sanyo Electric's batteries.
    ("Transistor 2SD1802 SANYO", "SANYO Semiconductor", "2SD1802", "likely"),
    ("Capacitor OS-CON SANYO 16SVP", "Sanyo Electric", None, "likely"),
    # "Delphi" names Delphi Technologies, except where it is the series name another maker's rule for
    # the number writes after that maker's name (Delta Electronics' Delphi DC/DC converters).
    ("Fuel injector Delphi EJBR05501D", "Delphi Technologies", None, "confirmed"),
    ("DC/DC converter Delphi Series S48SA3R310NRFA", "Delta Electronics", None, "likely"),
]


SESSION33_READINGS = [
    # A logo too short to name a maker alone (IR, ON), written after the number where a top mark's
    # logo stands, names it when the number with that maker's dropped prefix put back is its own.
    ("Power MOSFET RF7341 IR", "International Rectifier", "IRF7341", "confirmed"),
    ("Dual op amp 33202 ON", "onsemi", "MC33202", "confirmed"),
    # Before the number, or with a number that is no such maker's, the word is what it says.
    ("IR receiver RF7341", "RF Micro Devices", "RF7341", "likely"),
    ("Photodiode SFH 229 IR", "ams-OSRAM", "SFH229", "likely"),
    # "UTC" beside a number is Unisonic's logo (a multi-source number's maker, then), beside a word of
    # time it is coordinated universal time.
    ("Dual op amp UTC LM358", "Unisonic Technologies", "LM358", "likely"),
    ("Timing module with UTC time output LEA-M8T", "u-blox", "LEA-M8T", "confirmed"),
    # onsemi's ON logo beside a number or a date code, not as a word of a description or a switch's state.
    ("Schottky diode ON B340", "onsemi", "MBRB340", "confirmed"),
    ("Regulator 117-50 AYWW ON", "onsemi", "NCP11750", "confirmed"),
    ("LED ON indicator L-7104GD", "Kingbright", "L-7104GD", "likely"),
    ("Toggle switch ON OFF ON MTS-203", None, None, "unknown"),
]


@pytest.mark.parametrize("marking,maker,owner", [
    # A Chinese brand and the registered company behind it, which reports name with its city first.
    ("FPV camera RunCam Swift 2", "RunCam", "Shenzhen RunCam Technology"),
    ("Power connector XT90 AMASS", "Amass", "Changzhou Amass Electronics"),
    ("Transistor NCE6005AS", "NCE Power", "Wuxi NCE Power"),
    # And a brand of a company whose name reports use as often as the brand.
    ("Glow plug BOSCH 0 250 202 130", "Bosch", "Robert Bosch"),
    # A brand that merged into a new company: Ricoh Electronic Devices into Nisshinbo Micro Devices (2022).
    ("LDO RP103N181D RICOH", "Ricoh Electronic Devices", "Nisshinbo Micro Devices"),
    # The brand as the portal spells it (Wurth, no umlaut) and the company that makes its parts.
    ("Ferrite bead 742792040 Wurth", "Wurth Elektronik", "Würth Elektronik eiSos"),
    ("USB bridge FT2232HL FTDI", "FTDI", "Future Technology Devices International"),
    # A company that renamed itself: Jiangsu Changjiang Electronics Technology, JCET Group since 2020.
    ("MOSFET CJ2302 JCET", "Jiangsu Changjiang Electronics Technology", "JCET Group"),
    # "Delphi" alone is the Delphi of before the 2017 split, renamed Aptiv; its powertrain lines went
    # to Delphi Technologies (BorgWarner since 2020), whose own rules read them.
    ("Connector Delphi 15326631", "Delphi Automotive", "Aptiv"),
    ("Diesel pump Delphi DP310", "Delphi Technologies", "Borg Warner"),
    # Agilent's chips went to Avago (2005, Broadcom since 2016), its instruments to Keysight (2014);
    # Hewlett-Packard's had gone to Agilent in 1999. The rule that reads the number tells which.
    ("Optocoupler HCPL-0601 Agilent", "Agilent Technologies", "Broadcom"),
    ("Spectrum analyzer Agilent E4445A", "Agilent Technologies", "Keysight Technologies"),
    ("Hewlett-Packard HSMS-2860 Schottky diode", "Hewlett-Packard", "Broadcom"),
    ("Digital multimeter Hewlett-Packard 34410A", "Hewlett-Packard", "Keysight Technologies"),
])
def test_brand_and_registered_company(catalog, marking: str, maker: str, owner: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.owner) == (maker, owner), a.evidence


SESSION34_READINGS = [
    # A maker's name written in the row outweighs even a specific rule of another maker that the
    # number fits, as a doubt (possible, the rule's maker the alternative)...
    ("Flash 25VQ32BSIG Zbit", "Zbit Semiconductor", "25VQ32BSIG", "possible"),
    ("GNSS board K508 SinoGNSS", "ComNav Technology", "K508", "possible"),
    # ...but not an ordinary word, a word inside the number, nor a maker of no chips beside a chip's number.
    ("PULSE GENERATOR NE555P", "Texas Instruments", "NE555P", "possible"),
    ("RF connector IPEX KH-IPEX-K501-29", "Kinghelm", None, "possible"),
    ("Waveshare AMS1117-3.3", "Advanced Monolithic Systems", None, "possible"),
    # A catalogue part read only with an ordering suffix dropped is no stronger (KiCad lists B380C1500G
    # under Vishay; the DIN bridge number is made by many).
    ("Bridge rectifier Diotec B380C1500", "Diotec Semiconductor", "B380C1500", "possible"),
    # A family's shape as written, and another maker's catalogue part one slip away: possible.
    ("MP5A42", "Monolithic Power Systems", "MP5A42", "possible"),
    # A line the rule's maker took over, dated before the transfer, was made by the seller; the
    # seller's earlier name counts too (Philips before NXP, 2006).
    ("RF LDMOS BLF188XR 1405", "NXP Semiconductors", "BLF188XR", "likely"),
    ("RF LDMOS BLF188XR 0405", "Philips", "BLF188XR", "likely"),
    ("RF LDMOS BLF188XR 1905", "Ampleon", "BLF188XR", "likely"),
    ("Triac BT137-600E 1205", "NXP Semiconductors", "BT137-600E", "possible"),
    # Not through another line of the owner's company (Intersil is Renesas's; Hitachi's went to Renesas).
    ("Operational amplifier CA3140E RCA H 8735", "Intersil", None, "confirmed"),
    # A maker the catalogue has no rule of, named on a row that calls the part a chip or a diode
    # (in Ukrainian adjective form too), or an FPGA in Ukrainian ("ПЛІС").
    ("Thyristor JIEJIE BT151-800R 22B", "Jiejie Microelectronics", "BT151-800R", "possible"),
    # (A catalogue part of four characters, Vishay's MB6S here, does not hold the name back.)
    ("Діодний міст GOODARK MB6S", "Suzhou Good-Ark Electronics", "MB6S", "likely"),
    ("ПЛІС 5578ТС064 ВЗПП-С", "VZPP-S", "5578TC064", "confirmed"),
    # A Cyrillic letter with no Latin look-alike is not dropped for a foreign maker's rule ("СНП339"
    # is no WCH CH339, "ФД-263" no Intel flash), and a З in a Cyrillic word stays a letter (ЕРЗ, not EP3).
    ("Розʼєм СНП339", None, None, "unknown"),
    ("Фотодіод ФД-263", None, None, "unknown"),
    ("Реле РЭС80 ЕРЗ", "Yerevan Relay Plant", None, "likely"),
    ("Image sensor IMXЗ35", "Sony Semiconductor Solutions", "IMX335", "likely"),
    # Logos of discrete makers beside a generic number: Central Semiconductor's CENTRAL (in capitals:
    # "central" is a word), Won-Top's WTE, JCET's JSCJ.
    ("Bipolar transistor CENTRAL 2N3906 TO-92", "Central Semiconductor", "2N3906", "likely"),
    ("Switching diode 1N4148W WTE", "Won-Top Electronics", None, "likely"),
    ("Transistor JSCJ MMBT2222A 1P", "Jiangsu Changjiang Electronics Technology", "MMBT2222A", "likely"),
    # A name in Cyrillic is the maker whose Latin name it spells and whose rule reads the number
    # ("Мікрон": Micron, not Zelenograd's Mikron, beside Micron's MT29F).
    ("Мікросхема NAND MT29F2G08ABAEAWP Мікрон", "Micron Technology", None, "confirmed"),
]

SESSION35_READINGS = [
    # A discrete's catalogue part is a standard number: the maker the row names makes it as well.
    ("Bridge rectifier DIOTEC B40C1500G", "Diotec Semiconductor", "B40C1500G", "possible"),
    ("Bridge rectifier B40C1500G", "Vishay Intertechnology", "B40C1500G", "likely"),
    # AOS prints its TO-252 MOSFETs without the AO: restored on a row that says transistor...
    ("P-channel MOSFET D4185", "Alpha and Omega Semiconductor", "AOD4185", "likely"),
    # ...though not into a longer number no AOD part has: "D1065C5" is Infineon's SiC diode mark.
    ("SiC Schottky diode D1065C5", "Infineon Technologies", "D1065C5", "possible"),
    # Linear's own marking code (LT and three letters) beside a bare number is as good as its logo;
    # a four-letter word such as LTCC (the ceramic) is none.
    ("Step-down regulator 3638 LTGRF", "Linear Technology", "LTC3638", "possible"),
    ("LTCC filter 2450", None, None, "unknown"),
    # SK hynix's NAND numbers run H27 and a letter (H27U1G8F2B): "H271" is Hittite's shortened HMC271.
    ("Digital attenuator H271 1350", "Hittite Microwave", "HMC271", "possible"),
    ("NAND flash H27U2G8F2CTR-BC", "SK hynix", None, "likely"),
    # Two letters alone on a transistor's row are as likely its marking code as a logo: possible only,
    # and a code the tables list for a transistor is read first (Toshiba's 2SC2712 of hFE rank GR).
    ("Transistor ST", "STMicroelectronics", None, "possible"),
    ("Transistor LG", "Toshiba", "2SC2712-GR", "possible"),
    # HC08 and HC14 are TI's top marks of SN74HC08 and SN74HC14 before they are HC serial modules.
    ("Microcircuit HC08", "Texas Instruments", None, "possible"),
    # A power IC is no oil filter: Sanken's STR-W shortened mark before MANN-FILTER's W designation.
    ("Power IC W6556", "Sanken Electric", "STRW6556", "possible"),
    ("Chip TI", "Texas Instruments", None, "likely"),
]

SESSION36_READINGS = [
    # ST prints its serial EEPROMs without the M and with W and P (M24C256-W as 24C256WP): the WP pins
    # ST, where the bare generic number stays a hedge.
    ("EEPROM 24C256WP K7Z2", "STMicroelectronics", "24C256WP", "likely"),
    ("95512WP KA91", "STMicroelectronics", "95512WP", "likely"),
    ("24C256", "Atmel", "24C256", "possible"),
    # Infineon's OptiMOS marks of the NE2LS and NSF types, without BSC.
    ("MOSFET 014NE2LSI 7QA311", "Infineon Technologies", "014NE2LSI", "likely"),
    # ADF numbers are 4xxx, 5xxx and 7xxx: F8788 is IR's IRF8788, not an ADF part; ADF7021 stays ADI's.
    ("Транзистор F8788 P021A", "International Rectifier", "IRF8788", "likely"),
    ("F7021 BCPZ", "Analog Devices", "ADF7021", "likely"),
    # ADN parts are 2xxx, 4xxx, 6xxx and 8xxx: N5534 is TI's NE5534 in SOIC, N4665 ADI's ADN4665.
    ("Операційний підсилювач N5534 2AT", "Texas Instruments", "NE5534", "possible"),
    ("N4665 AR", "Analog Devices", "ADN4665", "possible"),
    # TI's shortened marks: the 8-pin SWIFT converters, the SN65HVD1x and SN65LVDS3x transceivers.
    ("Стабілізатор 5420 5BK A3RT", "Texas Instruments", "TPS5420", "possible"),
    ("VP12 4AM CAT8", "Texas Instruments", "SN65HVD12", "possible"),
    ("LVDS048A 9BM", "Texas Instruments", "SN65LVDS048A", "possible"),
    # A documented shortening gives the number when the row's TI sign also fits a bare prefix (SN54202).
    ("54202 7CK G4", "Texas Instruments", "TPS54202", "likely"),
    # onsemi's ECLinPS marks: H for MC10E, K for MC100E.
    ("HEL16 A942", "onsemi", "MC10EL16", "possible"),
    ("KEP11 1A33", "onsemi", "MC100EP11", "possible"),
    # ATA parts are four digits: the mark of NXP's PCA82C251 is no Atmel ATA82C251.
    ("CAN transceiver A82C251 0741", None, None, "unknown"),
    ("ATA6629", "Atmel", "ATA6629", "likely"),
    # Intel 28F numbers put back only for an Intel density and series letter.
    ("Flash 256P30B", "Intel", "JS28F256P30B", "likely"),
    ("Flash 00BP33E", "Intel", "JS28F00BP33E", "likely"),
    # ICS (IDT, Renesas) prints its 8-pin clock chips without ICS: the number, M for SOIC, I, LF.
    ("Clock buffer 525MILF 0922", "Integrated Circuit Systems (ICS)", "ICS525MILF", "possible"),
    # Microchip's MSOP marks: the MCP number less MCP and the temperature letter.
    ("Operational amplifier 6272E 512D7A", "Microchip Technology", "MCP6272", "possible"),
    # onsemi's MC74HC...A revision keeps its A on the mark; Huada's HC32 MCUs have a digit after
    # the series letter.
    ("Microcircuit HC138A", "onsemi", "HC138A", "possible"),
    ("HC32F030 MCU", "Huada Semiconductor", "HC32F030", "likely"),
    # Toshiba's DIP couplers are marked P and the number, as its SO packages are.
    ("Optocoupler P630 GB", "Toshiba", "TLP630", "possible"),
    # ROHM prints BA10339 and BD9D321 without BA and B.
    ("Comparator 10339 8A1", "ROHM Semiconductor", "BA10339", "possible"),
    ("Operational amplifier 15218A 8A1", "ROHM Semiconductor", "BA15218A", "possible"),
    ("DC/DC converter D9D321 1A3", "ROHM Semiconductor", "BD9D321", "possible"),
    # Intersil's ESD-hardened E before its temperature-package-Z code.
    ("RS-485 transceiver 3152 EIBZ", "Intersil", "ISL3152", "likely"),
    # Micron's SDRAM of die revision B2 without MT.
    ("SDRAM 48LC8M32B2 0635", "Micron Technology", "48LC8M32B2", "likely"),
    # A logic family's letters and a number with its revision letter written apart are one mark,
    # unless a rating follows (ten amperes at 250 volts).
    ("Exclusive-OR gate HC 86A 1B44", "onsemi", "HC86A", "possible"),
    ("Relay HC 10A 250V", None, None, "unknown"),
    # onsemi's DPAK and SO-8FL marks: MJD as J and the number with G, NTD and NTMFS without their letters.
    ("Darlington transistor J112G 1439", "onsemi", "MJD112", "possible"),
    ("Transistor 4960NG AYWW", "onsemi", "NTD4960N", "possible"),
    ("Power MOSFET 4C06N A1Y21", "onsemi", "NTMFS4C06N", "possible"),
    # Fairchild's EcoSPARK ignition IGBTs without ISL9; TI's TXB level translators as YE0x.
    ("Ignition IGBT V3040P 12A7", "Fairchild Semiconductor", "ISL9V3040P", "possible"),
    ("Level translator YE02 5BR", "Texas Instruments", "TXB0102", "possible"),
    # Infineon's RF transistor code with its small site letter after capitals.
    ("Transistor ALs", "Infineon Technologies", "BFP405", "possible"),
    ("Transistor BCs", None, None, "unknown"),
    # MPS's first line is MPS and the YYWW date over the number: no MPS2xxx transistor.
    ("DC-DC converter MPS1934 MP2315 E2J1H8B3", "Monolithic Power Systems", "MP2315", "likely"),
    # Linear's synthesizer with its option digit run on; TriQuint's gain blocks without TQP.
    ("Synthesizer 69462 1522", "Linear Technology", None, "possible"),
    ("Gain block 3M9009 1438", "TriQuint Semiconductor", "TQP3M9009", "possible"),
    # Three letters after an L7 number's digits make a lot code: the first number is the part.
    ("Мікросхема 3152E IBZ L7412XAB", "Intersil", "ISL3152E", "likely"),
    # KEMET prints the pF code, the volts and its K: two tokens on a capacitor's row.
    ("Tantalum capacitor 336 10K 702", "KEMET", "336 10K", "possible"),
    # ATtiny10's SOT-23-6 code and date letter; a microcontroller's code is never read on a transistor's row.
    ("Microcontroller T10D", "Atmel", "ATtiny10", "possible"),
    ("Transistor T10", None, None, "unknown"),
    # An H and four digits without Pulse's NL is as likely Hittite's shortened HMC number: never confident.
    ("Amplifier H1099 2719", "Hittite Microwave", "HMC1099", "possible"),
    ("LAN transformer H1260NL", "Pulse Electronics", "H1260NL", "likely"),
    # TI prints LMV parts in SOIC without the L; Epson's only M-V sensor is the M-V340.
    ("Operational amplifier MV324I 2AK", "Texas Instruments", "LMV324", "possible"),
    ("Vibration sensor M-V340", "Epson", "M-V340", "likely"),
    # TI's SOIC/MSOP/TSSOP marks: power switches without TPS, INA monitors as I, LBC transceivers as
    # 6LB/7LB, PCA95xx in TSSOP as PW, TXS level translators as YF.
    ("USB power switch 2065 3AM", "Texas Instruments", "TPS2065", "possible"),
    ("Current monitor I230 0CK", "Texas Instruments", "INA230", "possible"),
    ("RS-485 transceiver 7LB176 93K", "Texas Instruments", "SN75LBC176", "possible"),
    ("I/O expander PW535 9AK", "Texas Instruments", "PCA9535", "possible"),
    ("Level translator YF02E 13M", "Texas Instruments", "TXS0102E", "possible"),
    # Sirenza's (RFMD's) SBB gain blocks in SOT-89: B, the series digit and Z.
    ("Chip B4Z", "Sirenza Microdevices", "SBB4089Z", "possible"),
    # SO-8 MOSFET marks on a transistor's row: AOS's digits (bare or with A), Siliconix's with B or D.
    ("P-channel MOSFET 4411 2C1J", "Alpha and Omega Semiconductor", "AO4411", "possible"),
    ("Dual MOSFET 4936B 9BR", "Siliconix", "SI4936BDY", "possible"),
    # Holtek's LDOs without HT; the date code and site letter after them is their lot line, not MAX1845B.
    ("Стабілізатор 7536-1 2119ACX", "Holtek Semiconductor", "HT7536-1", "possible"),
    ("Voltage regulator 7544-1 1845B", "Holtek Semiconductor", "HT7544-1", "possible"),
    # Microchip's RTCs, onsemi's NTMFS5C and Nexperia's LFPAK MOSFETs as their marks shorten them.
    ("Real time clock 79411I 1330", "Microchip Technology", "MCP79411", "possible"),
    ("MOSFET 5C612L A2011", "onsemi", "NTMFS5C612NL", "possible"),
    ("Transistor 3R030YL 83R2C", "Nexperia", "PSMN3R0-30YL", "possible"),
    # Fairchild's UltraFET marks (five digits and the package letter); onsemi's NCP1200-series marks.
    ("MOSFET 75631P 0817", "Fairchild Semiconductor", "HUF75631P", "possible"),
    ("PWM controller 205D6 ALYW", "onsemi", "NCP1205D6", "possible"),
    # KEMET's film series need their style letters and voltage digit: a MOSFET mark and lot are none.
    ("Capacitor R46KI322050M2K", "KEMET", "R46KI322050M2K", "likely"),
    ("N-channel MOSFET R474 SABB", "Siliconix", "SIR474DP", "possible"),  # (session 37: Siliconix's PowerPAK mark)
]


SESSION37_READINGS = [
    # Infineon's CoolSET controllers without ICE; a Loongson 3B number never has 0 after the 3B.
    ("PWM controller 3BR1765J 1203", "Infineon Technologies", "ICE3BR1765J", "possible"),
    ("Мікросхема 2A265 0845", "Infineon Technologies", "ICE2A265", "possible"),
    ("Процесор Loongson 3B4000", "Loongson Technology", "3B4000", "confirmed"),
    # ST's TSV91x op-amps without TS, over the ADI prefix a bare V would take.
    ("Op-amp V911I GK 318", "STMicroelectronics", "TSV911I", "possible"),
    # TI's TLC/TLV op-amps without their letters, read only on an amplifier's row.
    ("Operational amplifier 2274I 31K", "Texas Instruments", "TLC2274I", "possible"),
    ("Операційний підсилювач 2432C 9AT", "Texas Instruments", "TLV2432C", "possible"),
    # Intersil's suffix with a version letter before it (ISL8105B: B and CBZ) or voltage option
    # digits in it (ISL21080 D IH 325 Z) is Intersil's habit, as CBZ alone is.
    ("PWM controller 8105 BCBZ 0934", "Intersil", "ISL8105", "possible"),
    ("Voltage reference 21080 DIH325Z", "Intersil", "ISL21080", "likely"),
    # Allegro's three-digit ACS7xx current sensors with their temperature and package letters.
    ("Current sensor ACS709LLFTR-35BB-T", "Allegro MicroSystems", "ACS709LLFTR-35BB-T", "likely"),
    # Intersil's automotive range A before the SOIC letters, and the older BA and B8 SOIC codes.
    ("PWM controller 6721 ABZ 1204", "Intersil", "ISL6721", "likely"),
    ("Charge pump 7662 CBAZ 1422", "Intersil", None, "likely"),  # (ICL7662, read ISL7662: the maker holds)
    # A JIS transistor's gain class after the number makes the row a transistor's without a kind word.
    ("A1930 Y 2K", "Toshiba", "2SA1930", "possible"),
    ("Microcircuit A1930 Y", "Analog Devices", None, "possible"),  # (a chip's word keeps the chip readings)
    # ROHM's dual op-amps without BA on an amplifier's row; the bare number on no such row stays unread.
    ("Operational amplifier 4580 9E1", "ROHM Semiconductor", "BA4580", "possible"),
    ("4580 9E1", None, None, "unknown"),
    # A regulator's row rules out a memory the number would make with a prefix put back (Atmel's AT17), and
    # digits, a letter and a digit are no Maxim mark (no MAX178M05): nothing is left to read.
    ("Стабілізатор 178M05", None, None, "unknown"),
    # A named brand whose line's holder is one of a multi-source number's makers pins it, as a maker
    # named among them does ("HC14 ON"); the bare number stays a hedge.
    ("Shift register HC595 NXP", "NXP Semiconductors", "HC595", "likely"),
    ("Shift register HC595", "Texas Instruments", "HC595", "possible"),
    # TI's LMV comparators keep their temperature letter: no Morion oscillator model ends in I.
    ("Comparator MV331I 3AK", "Texas Instruments", "LMV331", "possible"),
    # APEC's MOSFETs without AP, TI's TPS73xx without TPS, Toshiba's TLP12x photorelays without TL.
    ("MOSFET 4407GM 2C1B3A", "Advanced Power Electronics Corp", "AP4407GM", "possible"),
    ("Voltage regulator 7348Q 41K", "Texas Instruments", "TPS7348Q", "possible"),
    ("Photorelay P124 8K", "Toshiba", "TLP124", "possible"),
    # Avago's SO-8 optocouplers print the type's last three digits: read on an optocoupler's row only.
    ("Optocoupler 611 1147", "Avago Technologies", "HCPL-0611", "possible"),
    ("Оптопара 453 1120", "Avago Technologies", "HCPL-0453", "possible"),  # (its rule read through the key)
    ("Transistor 611 1147", None, None, "unknown"),
    # Magnachip's MOSFET marks may drop the package code after the four digits.
    ("Transistor MDU1511 2104", "Magnachip", "MDU1511", "likely"),
    # Siliconix's PowerPAK marks (R and three digits, or four digits) on a transistor's row only.
    ("MOSFET R426 SAFB 1735", "Siliconix", "SIR426DP", "possible"),
    ("Resistor R426", None, None, "unknown"),
    ("P-channel MOSFET 7413 G11M", "Siliconix", "SI7413DP", "possible"),
    # Bourns' TISP protectors without TISP; NEC's uPC parts without uP on an amplifier's row.
    ("Surge protector 4240H3 1621", "Bourns", "TISP4240H3", "possible"),
    ("Dual op amp C4572 0937E", "NEC", "UPC4572", "possible"),
    # ST's TS9xx op-amps without TS (a temperature letter after three digits); TSV358 as V358I.
    ("Operational amplifier 914I GK 825", "STMicroelectronics", "TS914I", "possible"),
    ("Op amp V324I 8X2", "STMicroelectronics", "TSV324I", "possible"),
    # NEC's uPD microcontrollers and USB controllers without uP.
    ("Microcontroller D78F1166 0951EY001", "NEC", "UPD78F1166", "possible"),
    # Spansion's NOR flash without S29 or S25, before Mornsun's G1 with a slipped L or IR's IRFL.
    ("Flash memory GL256S10TFI01 1702", "Spansion", "S29GL256S10TFI01", "likely"),
    ("FL064LABMFI01 1833", "Spansion", "S25FL064LABMFI01", "possible"),
    # Infineon's TLE transceivers without TLE.
    ("CAN transceiver 7250G 1734 AB", "Infineon Technologies", "TLE7250G", "possible"),
    # Maxim's ordering code split after the temperature letter: "TI" is its package and pins, no logo.
    ("GNSS receiver MAXIM 2771E TI 2036 +", "Maxim Integrated", "MAX2771E", "confirmed"),
    ("Op amp LM358 TI", "Texas Instruments", "LM358", "confirmed"),
    # onsemi's unbuffered CMOS inverters without MC, not a Maxim number with MAX lost.
    ("Inverter 14069UBG ALYW", "onsemi", "MC14069UBG", "possible"),
    # onsemi's NTD MOSFETs of two-digit current and with a revision A, and MJD44E3, without their letters.
    ("N-channel MOSFET 18N06G AYWW", "onsemi", "NTD18N06", "possible"),
    ("MOSFET 6415ANLG", "onsemi", "NTD6415ANL", "possible"),
    ("Transistor J44E3G 2118", "onsemi", "MJD44E3", "possible"),
    # Microchip's 24LC in MSOP; ST's LD1117 in SOT-223 on a regulator's row; ST's NH STripFETs without ST.
    ("EEPROM 4L512I 1922 3KQ", "Microchip Technology", "24LC512", "possible"),
    ("Voltage regulator LD50 GK2CA", "STMicroelectronics", "LD1117S50", "possible"),
    ("MOSFET D95NH02L GK0AZ", "STMicroelectronics", "STD95NH02L", "likely"),
]


SESSION38_READINGS = [
    # TI's low-side gate drivers and UCC28C4x PWM controllers without UCC (Atmel made no AT28C4x).
    ("Gate driver 27526 5CK", "Texas Instruments", "UCC27526", "possible"),
    ("Драйвер затвора 27321 0AK", "Texas Instruments", "UCC27321", "possible"),
    ("PWM controller 28C40 12K", "Texas Instruments", "UCC28C40", "possible"),
    # TI's SWIFT TPS5420 before a Linear number no one made (LT5420).
    ("Buck converter 5420 2AK", "Texas Instruments", "TPS5420", "possible"),
    # Infineon's thinQ! SiC diodes and CoolMOS CP as their marks read.
    ("Діод D16G65C5 2AB114", "Infineon Technologies", "D16G65C5", "possible"),
    ("Schottky diode D05S60C", "Infineon Technologies", "D05S60C", "possible"),
    ("CoolMOS transistor 6R165CP", "Infineon Technologies", "6R165CP", "likely"),
    # A processor read on an amplifier's row gives way to the amplifier's reading; on a
    # processor's row it stays, and a radio MCU keeps its band on an MCU's row.
    ("Low noise amplifier H618 0934", "Hittite Microwave", "HMC618", "possible"),
    ("Processor H618", "Allwinner Technology", "H618", "likely"),
    ("Wireless MCU CC1310F128", "Texas Instruments", "CC1310F128", "likely"),
    # ICS clock chips without ICS: revision, package, industrial and lead-free letters after the number.
    ("Clock generator 8745BGL 0921", "Integrated Circuit Systems (ICS)", "ICS8745BGL", "possible"),
    # Fairchild's FPS switches without FS, and NXP's PCA95xx TSSOP marks without the C.
    ("Power switch CQ0565RT 0712", "Fairchild Semiconductor", "FSCQ0565RT", "possible"),
    ("I2C switch PA9545A 2 CKD", "NXP Semiconductors", "PCA9545A", "possible"),
    # onsemi's ALYW line under a number is no AD or AL part; a long prefix's short part still is one.
    ("Op amp 33074 AL2F", "onsemi", "MC33074", "possible"),
    ("FPGA configuration memory EPCS4N", "Altera", "EPCS4N", "likely"),
    # Linear's SOT-223 regulators with the voltage after the number (3.3 written 33), and a bare
    # number on a row naming an interface.
    ("Стабілізатор 111833 0934", "Linear Technology", "LT1118-3.3", "possible"),
    ("Low dropout regulator 196333 1012", "Linear Technology", "LT1963-3.3", "possible"),
    ("RS-485 interface 1481 0934", "Linear Technology", "LT1481", "possible"),
    # Bare digits that are TI's TPS2051 or Linear's LTC2051 go to the kind the row names.
    ("Zero-drift op amp 2051 1143", "Linear Technology", "LTC2051", "possible"),
    # dsPIC controllers without dsPIC; NEC's package code GC and a date-lot line are no GalaxyCore part.
    ("Мікроконтролер 30F3011 30I/P", "Microchip Technology", "DSPIC30F3011", "possible"),
    ("Мікросхема D70F3716 GC 0912EY005", "NEC", "UPD70F3716", "possible"),
    ("Image sensor GC2145", "GalaxyCore", "GC2145", "likely"),
    # Analog Devices' grade-package-Z suffix with any package code and a speed or option after it,
    # beside the number it completes; ADSP dropped from a SHARC's number, ADUM kept for isolators.
    ("DSP 21479 KSWZ-2A 1214", "Analog Devices", "ADSP21479", "likely"),
    ("ADC 9643 BCPZ-250 1709", "Analog Devices", "AD9643", "likely"),
    ("Isolator 140E BRZ", "Analog Devices", "ADUM140E", "likely"),
    # KSZ is Micrel's prefix, not a grade K, package S and Z.
    ("Ethernet transceiver KSZ 8721BL 0934", "Micrel", "KSZ8721BL", "likely"),
    # A marking code of three letters or more leading a row that says only chip, or nothing; not on
    # a row of another kind.
    ("BRPI 9A4", "Texas Instruments", "ADS1015", "possible"),
    ("Мікросхема PHPI", "Texas Instruments", "TPS61041", "possible"),
    ("Transistor BOGI", None, None, "unknown"),
    # A SOT-223 has room for Linear's bare number (SOT-23 parts carry letter codes).
    ("Стабілізатор у корпусі SOT-223 3085 LT", "Linear Technology", None, "possible"),
    # Avago's ACPL marks without ACPL-, on an optocoupler's row only; not a board's model number.
    ("Оптрон W314 1522", "Avago Technologies", "ACPL-W314", "possible"),
    ("Optocoupler K44T 1218", "Avago Technologies", "ACPL-K44T", "possible"),
    ("GNSS board P328", None, None, "unknown"),
    # Sanken's STR-W67xx marks are no MANN-FILTER numbers; the filters keep theirs.
    ("Power IC W6765 2B8", "Sanken Electric", "STRW6765", "possible"),
    ("Oil filter W 712/75", "Mann+Hummel", None, "likely"),
]

SESSION39_READINGS = [
    # Hittite's SOT-26 switches and amplifiers print the number and AE only.
    ("SPDT switch (545AE)", "Hittite Microwave", "HMC545AE", "possible"),
    # ICS's eight-pin SOIC clock chips carry no package letter, only revision and industrial letters...
    ("Clock multiplier 570BILF 4215378 1405", "Integrated Circuit Systems (ICS)", "ICS570BILF", "possible"),
    # ...and a bare number with ILF and no revision letter is nobody's mark.
    ("Microcircuit 1117ILF", None, None, "unknown"),
    # TI's Schottky bus-termination arrays (SN74S105x) on a diode's row.
    ("16-bit Schottky diode bus-termination array 7BKEJ2K S1052", "Texas Instruments", "S1052", "likely"),
    # Philips' ABT and ALVT logic with NXP's package letters (D, DGG) is NXP's ordering style.
    ("Microcircuit 74ABT574D", "NXP Semiconductors", "74ABT574D", "likely"),
    ("Bus transceiver 74ALVT16245DGG", "NXP Semiconductors", "74ALVT16245DGG", "likely"),
    # TI's SOIC mark of MC33063A/MC34063A drops the C.
    ("Switching regulator M33063A 9CK", "Texas Instruments", "MC33063A", "possible"),
    # An Intel density, series and BF after the digits is no Maxim number.
    ("Chip 128P33BF", "Intel", "JS28F128P33BF", "possible"),
    # WIZnet's first TCP/IP chips; IDT's RISControllers printed without IDT (TI's RC4xxx are op amps).
    ("Ethernet controller W3100A 0412", "WIZnet", "W3100A", "likely"),
    ("Embedded processor 79RC32438", "Integrated Device Technology", "79RC32438", "likely"),
    ("Microcircuit RC4650", "Integrated Device Technology", "RC4650", "likely"),
    # The A of Atmel's AT lost in transcription, put back only before an Atmel series.
    ("Chip T45DB321D", "Atmel", "AT45DB321D", "possible"),
    # TI's narrow-package MAX3243 mark (as its MB3238 for MAX3238); TI's G4 lot line settles the near
    # tie with Maxim's MAX3243 (likely since the fortieth session).
    ("RS-232 transceiver MA3243I 2CT G4", "Texas Instruments", "MAX3243I", "likely"),
]

SESSION40_READINGS = [
    # International Rectifier's SO-8 HEXFET marks drop IR; Nichicon's F93 and Fintek's F71/F75/F81
    # are read by their shaped rules only, and ADI's dropped AD comes back only before its ADF series.
    ("F9321 P705A", "International Rectifier", "IRF9321", "possible"),
    ("F7101 812P", "International Rectifier", "IRF7101", "possible"),
    ("F7509", "International Rectifier", "IRF7509", "possible"),
    ("Tantalum capacitor F951A106MPA", "Nichicon", "F951A106MPA", "likely"),
    ("Super I/O F71869AD", "Feature Integration Technology", "F71869AD", "likely"),
    ("F4113 BRUZ", "Analog Devices", "ADF4113", "likely"),
    # IR's date line (P and a one-digit year and week) is no part number (Toshiba's TLP623).
    ("F8113 P623", "International Rectifier", "IRF8113", "possible"),
    # TDK's ACM/ALT/MEA numbers start with a case size; onsemi's lot and date line is none of them.
    ("Common-mode choke ACM3225-102-2P", "TDK", "ACM3225-102-2P", "likely"),
    ("Operational amplifier 33274 ALT9D", "onsemi", "MC33274", "possible"),
    # onsemi's site, wafer lot and year-week under its CMOS mark is no Mini-Circuits or Kionix number.
    ("Мікросхема 14066BG KTG1822", "onsemi", "MC14066BG", "possible"),
    ("Microcircuit 14093BG KSW1745", "onsemi", "MC14093BG", "possible"),
    ("RF switch KSWHA-1-20+", "Mini-Circuits", "KSWHA-1-20", "confirmed"),
    ("Accelerometer KX132-1211", "ROHM Semiconductor", "KX132-1211", "likely"),
    # Linear's LTC1285-LTC1298 converters after the description's ADC are no National ADC12xx.
    ("12-bit ADC 1290 0733", "Linear Technology", "LT1290", "possible"),
    ("ADC12138CIWM", "National Semiconductor", "ADC12138CIWM", "possible"),
    # A maker's one-word name right after another company's names that company's product line.
    ("Portable power station ECOFLOW DELTA Max", "EcoFlow", None, "likely"),
    ("Plug JT06RE-16-26S Amphenol Bendix", "Amphenol", "JT06RE-16-26S", "likely"),
    # ...unless a rule of its own reads the row's number: Samsung's chip on Kingston's module.
    ("Memory module KINGSTON SAMSUNG K4B2G1646Q-BCK0", "Samsung Electronics", "K4B2G1646Q-BCK0", "confirmed"),
    # ST prints its KF regulators by voltage and grade only.
    ("Regulator KF80B GK143 VG", "STMicroelectronics", "KF80B", "likely"),
    # A board or module row that names its maker is that maker's; the chip read is the one it carries.
    ("Board Arduino Nano Every ATMEGA4809", "Arduino", None, "possible"),
    # A copy maker's name in capitals with a Cyrillic look-alike lost in a Latin-1 export still names it...
    ("Comparator LM2903DR X?LW", "XBLW", "LM2903DR", "likely"),
    ("Мікросхема 74HC04D TE?H PUBLIC", "Taizhou Electronics (Tech Public)", "74HC04D", "possible"),
    # ...but three capitals with one lost, or a word of the description, name no maker.
    ("?MIC TPS65217C", "Texas Instruments", "TPS65217", "likely"),
    ("ADC AD? ADS1115IDGSR", "Burr-Brown", "ADS1115IDGSR", "likely"),
    # ...and so does a two-word name with one letter typed as its digit twin.
    ("Comparator TECH PU8LIC LM2903DR", "Taizhou Electronics (Tech Public)", "LM2903DR", "likely"),
    # A near tie between two makers' readings is settled by the row's sign of one of them (ADI's "#").
    ("BF533 SBBCZ-5V #1517 2981441.1", "Analog Devices", "ADSPBF533", "likely"),
    # Infineon's packing code after a multi-source discrete's number, and Maxim's '+' after its
    # second-sourced DG switches, pin the maker.
    ("Transistor BC857B E6327", "Infineon Technologies", "BC857B", "likely"),
    ("Analog switch DG409DY+ 1825", "Maxim Integrated", "DG409DY", "likely"),
    ("Dual analog switch DG403DY-T1-E3", "Siliconix", "DG403DY-T1-E3", "possible"),
]

SESSION41_READINGS = [
    # A maker's own ordering code pins a number others sell too: onsemi's reel code closed by G,
    # ROHM's package and taping codes, Microchip's (TelCom's) temperature and package letters.
    ("Negative regulator MC79L12ACDR2G", "onsemi", "MC79L12ACDR2G", "likely"),
    ("Digital transistor DTA114EUA", "ROHM Semiconductor", "DTA114EUA", "likely"),
    ("Transistor 2SA1576AT106R", "ROHM Semiconductor", "2SA1576AT106R", "likely"),
    ("Charge pump TC7662BCPA", "Microchip Technology", "TC7662BCPA", "likely"),
    # ...while the bare number stays multi-source, and another maker's code names that maker.
    ("Charge pump TC7660", "Microchip Technology", "TC7660", "possible"),
    ("Digital transistor DTC143ZET1G", "onsemi", "DTC143ZET1G", "likely"),
    ("Transistor LMBT3906LT1G", "Leshan Radio Company", "LMBT3906LT1G", "likely"),
    # One fill of two lost letters alone makes a catalogue part: that part, ahead of other fills' shapes.
    ("Microcontroller ??91SAM9260", "Atmel", "AT91SAM9260", "likely"),
    # Avionics and equipment makers' logos: a name joined by a slash, a logo word alone, and a
    # two-word name ahead of its first word's own maker (Sunny Electronics).
    ("Transponder BENDIX/KING KT 76C", "Bendix/King", "KT76C", "confirmed"),  # its model rule agrees
    ("Radio altimeter COLLINS ALT-55B", "Collins Aerospace", "ALT-55B", "likely"),
    ("Fuse BUSS AGC-10", "Bussmann", "AGC-10", "likely"),
    ("Motor X2814 SUNNY SKY", "SunnySky", "X2814", "confirmed"),
    ("Rotary sensor Penny & Giles SRH280P", "Penny+Giles", "SRH280P", "likely"),
    # A maker named outweighs a catalogue part of four characters (a devicetree name, GMT's G761).
    ("Servo valve MOOG G631", "Moog", "G631", "likely"),
    # A cell model two makers sell: the maker printed beside it, else the originator hedged.
    ("Cell EVE INR21700-50E", "EVE Energy", "INR21700-50E", "likely"),
    ("Cell INR21700-50E", "Samsung SDI", "INR21700-50E", "possible"),
    # Brand names of makers bought by others, and an AC coil's code on a Zelio relay.
    ("Relay Telemecanique RXM2AB2P7", "Schneider Electric", "RXM2AB2P7", "confirmed"),
    ("Pressure transducer Kavlico P4055", "Kavlico", "P4055", "likely"),
    ("Battery FANSO ER26500M", "Wuhan Fanso Technology", "ER26500M", "likely"),
    # A supercapacitor's voltage code is no Supertex number.
    ("Supercapacitor HV0810-2R7105-R", "Bussmann", "HV0810-2R7105-R", "likely"),
    # A router's model is no chip's (Vishay's BA159 diode).
    ("Router BA159", None, None, "unknown"),
    # A marking code beside the number it stands for in one company's datasheet is that company's
    # sign (onsemi's J1 and PD, Diodes' K38); a code several makers print (JCET copies 1P) is none.
    ("N-channel MOSFET BSS138 J1", "onsemi", "BSS138", "likely"),
    ("MOSFET BSS138 K38", "Diodes Incorporated", "BSS138", "likely"),
    ("Transistor MMBT2222A 1P", "onsemi", "MMBT2222A", "possible"),
    # A copy brand's name on a multi-source number is its maker, likely (lower case too); read through a
    # lost letter ("TE?H PUBLIC", SESSION40 above), possible.
    ("Op amp UMW LM324", "Youtai Semiconductor", "LM324", "likely"),
    ("Op amp HGSEMI LM2904M/TR", "HGSEMI", "LM2904M/TR", "likely"),
    # Makers' names that were missing: a turret's maker, Meggitt's line, a German capacitor maker.
    ("Camera turret WESCAM MX-10", "L3Harris Technologies", None, "likely"),
    ("Vibration sensor Vibro-Meter CE680", "Meggitt", None, "likely"),
    ("Capacitor FROLYT 2200uF 63V", "FROLYT", None, "likely"),
    # I typed for 1 after Linear's LT: the reading through the slip, possible.
    ("Regulator LTI117CST", "Linear Technology", "LT1117CST", "possible"),
]

@pytest.mark.parametrize("marking,maker,mpn,band", SESSION29_READINGS + SESSION30_READINGS + SESSION31_READINGS
                         + SESSION32_READINGS + SESSION33_READINGS + SESSION34_READINGS + SESSION35_READINGS
                         + SESSION36_READINGS + SESSION37_READINGS + SESSION38_READINGS + SESSION39_READINGS
                         + SESSION40_READINGS + SESSION41_READINGS)
def test_session29_readings(catalog, marking: str, maker: str, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


SESSION28_READINGS = [
    # A module "based on" a chip ("на базі", "на базе") is the row's part; the chip is what it is built on...
    ("Модуль LTE EC21-E на базі Qualcomm MDM9207", "Quectel Wireless Solutions", "EC21-E", "likely"),
    ("GSM module SIM800C based on MediaTek MT6261", "SIMCom Wireless Solutions", "SIM800C", "confirmed"),
    # ...while a chip "in" a module is the row's part.
    ("Modem chip MDM9207 in module EC21-E", "Qualcomm", "MDM9207", "likely"),
    # A hyphenated pair of IC words names an IC, so "motor" before it is a qualifier...
    ("Stepper motor controller-driver TMC2130-LA", "Trinamic", "TMC2130-LA", "likely"),
    # ...as does naming an IC and a transistor together ("MOSFET driver"), or an intelligent power module.
    ("BLDC motor controller/MOSFET driver A4935", "Allegro MicroSystems", "A4935", "likely"),
    ("Motor drive IPM IRAMS10UP60B", "International Rectifier", "IRAMS10UP60B", "likely"),
    # An IC word beside a passive one ("coil") still makes the fan and motor qualifiers.
    ("Single coil fan motor driver with speed control AH1806", "Diodes Incorporated", None, "confirmed"),
    # A 5 typed for the last letter of the series (TPS as TP5) is read back when the number as written
    # fits only a maker's bare prefix, and never confidently...
    ("Step-down converter TP554160DGQR", "Texas Instruments", "TPS54160DGQR", "possible"),
    # ...while that maker's own number of its shape stays as written.
    ("Op amp TP5552-SR", "3PEAK", "TP5552-SR", "likely"),
    # Four digits after a maker's short name are its date code, unless joined they make a number a
    # specific rule of another maker fixes to its end (Sitronix's ST7565)...
    ("LCD controller ST 7565", "Sitronix Technology", "ST7565", "likely"),
    # ...so ST's logo and date code beside its own number stay what they are.
    ("Regulator L7805CV ST 2211", "STMicroelectronics", "L7805", "confirmed"),
    # A maker named in a bracket with a model of its own names the board the chip sits on...
    ("USB hub controller LAN9514 (Raspberry Pi 3 Model B)", "SMSC", "LAN9514", "likely"),
    # ...while a bracket with the maker's name alone still names the part's maker.
    ("Op amp LM358 (ON Semiconductor Corp.)", "onsemi", "LM358", "likely"),
    # An audio format is no part number ("MP3" is no MPS number).
    ("MP3/Ogg decoder VS1003B", "VLSI Solution", "VS1003B", "likely"),
    # An accelerometer or gyro is the part, the servo before it a qualifier.
    ("Quartz servo accelerometer QA-700", "Honeywell", "QA-700", "likely"),
    # Bus and RFID standards are no part numbers, and "EPC" before Gen2 is the Electronic Product Code.
    ("K-line transceiver (ISO 9141) L9637D", "STMicroelectronics", "L9637D", "likely"),
    ("UHF RFID reader IC EPC Gen2 AS3992", "ams-OSRAM", "AS3992", "likely"),
    # An 802.11 standard ahead of the chip is no first number that demotes the chip to a later part.
    ("Dual-band 802.11ac USB Wi-Fi chip MT7610U (ALFA AWUS036ACS)", "MediaTek", "MT7610U", "possible"),
    # A generic rectifier number is a multi-source hedge, not an IR HEXFET with its IR put back.
    ("Silicon rectifier 2 A 1000 V RL205", "Taiwan Semiconductor", "RL205", "possible"),
]


@pytest.mark.parametrize("marking,maker,mpn,band", SESSION28_READINGS)
def test_session28_readings(catalog, marking: str, maker: str, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


SESSION27_READINGS = [
    # A board or module whose own number follows the chip it carries: the board's maker answers,
    # though the row names the chip's maker or shows its trademark...
    ("Single board computer Intel Celeron J4115 ODROID-H2+", "Hardkernel", "ODROID-H2", "likely"),
    ("COM Express module Intel Core i7-8665UE COMe-bWL6", "Kontron", "COME-BWL6", "likely"),
    # ...and when the board's number comes first and the chip's after it.
    ("Single board computer ODROID-C4 (Amlogic S905X3)", "Hardkernel", "ODROID-C4", "likely"),
    # A '+' closing another maker's specific number is no sign of Mini-Circuits' RoHS model code...
    ("Single board computer ODROID-N2+", "Hardkernel", "ODROID-N2", "likely"),
    # ...which it still is on Mini-Circuits' own models.
    ("Frequency mixer ADE-2+", "Mini-Circuits", "ADE-2", "likely"),
    # A bracket after the number saying where the part sits names the assembly, not the part...
    ("P-channel MOSFET SiR401DP (servo driver)", "Vishay Intertechnology", "SIR401DP", "likely"),
    ("Optocoupler TLP291 (engine control board)", "Toshiba", "TLP291", "likely"),
    # ...while a row that calls the part a mechanical thing still does.
    ("Brushless motor 2306 (for FPV drone)", None, None, "unknown"),
    # A short number the row also writes inside another maker's longer ordering code is its series name.
    ("Crossover MCU i.MX RT1011 MIMXRT1011DAE5A", "NXP Semiconductors", "MIMXRT1011DAE5A", "likely"),
    # A chip noun after a mechanical word makes it a qualifier ("engine control integrated circuit").
    ("Engine control integrated circuit MC33810", "Freescale Semiconductor", "MC33810", "likely"),
    # A count joined to a description word ("2-input") ends no split part number.
    ("TinyLogic HS 2-input NAND gate SOT-23-5", None, None, "unknown"),
    # Linear marks SOT-23 parts with letter codes: a bare four digits there is not its SO-8 number.
    ("Step-down regulator SOT-23-6 3405 2120", None, None, "unknown"),
    # "USB/1394" names two buses, not a part: the bridge's own number beside it reads.
    ("USB/1394 to ATA bridge PL3504", "Prolific Technology", "PL3504", "likely"),
]


@pytest.mark.parametrize("marking,maker,mpn,band", SESSION27_READINGS)
def test_session27_readings(catalog, marking: str, maker: str, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


SESSION26_READINGS = [
    # A first letter lost before a maker's bare prefix of another kind: the restored number of the
    # row's kind leads (Actel's AX is an FPGA's prefix, MAX6697 a temperature monitor).
    ("7-channel precision temperature monitor AX6697", "Maxim Integrated", "MAX6697", "possible"),
    # ...but a bare prefix of the row's kind keeps its lead over a restoration.
    ("FPGA AX1000-FG484", "Actel", None, "likely"),
    # A unit in Cyrillic after a value heads no Soviet designation; Linear's bare number reads.
    ("Микросхема АЦП 24 бит с подавлением 50/60 Гц 2413 1037", "Linear Technology", "LTC2413", "possible"),
    # Maxim's split suffix with its '+' keeps the number from the word before it.
    ("Dual DAC 5874 EGK+ 1017", "Maxim Integrated", None, "possible"),
    # TPM 2.0 is a standard's name; the Infineon number beside it reads.
    ("Trusted platform module TPM 2.0 SLB 9665 TT 2.0", "Infineon Technologies", "SLB9665", "confirmed"),
    # A module's row: the chip it carries, then the module's own number; the module's maker answers...
    ("LoRa module (SX1262) E22-900M30S", "Ebyte", "E22-900M30S", "likely"),
    ("ESP8266 Wi-Fi module ESP-07S", "Ai-Thinker", "ESP-07S", "likely"),
    # ...unless the row puts the chip in the module: then the chip is the row's part.
    ("Wi-Fi SoC ESP8266EX inside module ESP-07S", "Espressif Systems", None, "likely"),
]


@pytest.mark.parametrize("marking,maker,mpn,band", SESSION26_READINGS)
def test_session26_readings(catalog, marking: str, maker: str, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


SESSION25_READINGS = [
    # A digit that opens a group after a hyphen stays a digit: a 2 W module's code, not Allegro's Z.
    ("Isolated DC/DC converter A1205S-2W", "Mornsun", "A1205S-2W", "likely"),
    # A product line's name joined from two tokens yields to the whole number beside it.
    ("CPLD MAX 7000AE EPM7256AETC144-7", "Altera", None, "likely"),
    # 1-Wire and SHA-256 are names of a bus and a hash, not part numbers ahead of the chip's own.
    ("1-Wire digital potentiometer DSZ890", "Dallas Semiconductor", "DS2890", "possible"),
    ("SHA-256 secure authenticator D528E38", "Dallas Semiconductor", "DS28E38", "possible"),
    # A 5 after a lone first letter read back as S into a family's whole shape.
    ("1-Wire EEPROM D52431", "Dallas Semiconductor", "DS2431", "possible"),
    # Narrowed shapes: ADIS iSensor numbers are ADIS1xxxx, Intel Core numbers never start with 0,
    # AD5 DACs have four digits, 3PEAK's TP op amps four: each leaves the slip or a hedge to read.
    ("Digital isolator IS07741DWR", "Texas Instruments", "ISO7741DWR", "possible"),
    ("Reinforced isolator IS07762FDW", "Texas Instruments", "ISO7762FDW", "likely"),  # a catalogue part
    ("DAC AD56741", "Analog Devices", None, "possible"),
    # TP5 and four digits more is no 3PEAK shape: read as TI's TPS with the 5 an S (it may as well
    # have lost its S: TPS54540); TI either way, never confidently.
    ("Step-down converter TP54540DDA", "Texas Instruments", None, "possible"),
    # A power supply's rule is no answer for a row that calls the part a diode.
    ("TVS diode array SP1005", "Mean Well", None, "possible"),
    # A Chinese analog maker's name beside a number it makes pin for pin outweighs the originator's rule.
    ("Relay driver 3PEAK TPL7407LA", "3PEAK", None, "likely"),
    # Awinic's logo is written in small letters.
    ("LED driver awinic AW2013", "Awinic", None, "confirmed"),
    # A small l typed for the first digit is no letter of a lost prefix (IR's IRL).
    ("Hyperfast rectifier l5ETH06", "Vishay Intertechnology", "15ETH06", "possible"),
    # A letter between two digits read back into a whole shape beats a bare maker prefix and a
    # prefix put back in front ("A49B2": Allegro's A4982, not Atmel's ATA).
    ("Stepper driver A49B8", "Allegro MicroSystems", "A4988", "possible"),
    ("HF power transistor MRF4S8", "MACOM", "MRF458", "possible"),
    # The small i of the Si prefix leaves a small l elsewhere read as 1.
    ("Digital isolator Si862l", "Silicon Laboratories", "SI8621", "possible"),
    # A copy brand's name with a letter typed as a digit still names the maker of the copy.
    ("Comparator LM393DR X1NLUDA", "XINLUDA", None, "likely"),
    ("Op amp LM2904DR HUA6UAN", "Huaguan Semiconductor", None, "likely"),
    # A slip inside a specific series' fixed characters, against a broad rule as written: possible,
    # the series read through the slip ahead.
    ("Echo processor PTZ399", "Princeton Technology", "PT2399", "possible"),
    ("Temperature sensor LM7SBD", "NXP Semiconductors", None, "possible"),
    # A maker's name typed against the number with nothing between is cut off and read as its logo.
    ("Photocoupler TOSHIBATLP2361", "Toshiba", "TLP2361", "confirmed"),
    ("LDO regulator TOREXXC6206P332MR-G", "Torex Semiconductor", None, "confirmed"),
    ("Video processor Hi353lDV100", "HiSilicon", None, "possible"),
    # What a part serves is not what it is: "for brushless motor" leaves a chip rule in play.
    ("Intelligent power device for brushless motor TPD4123K", "Toshiba", None, "likely"),
]


@pytest.mark.parametrize("marking,maker,mpn,band", SESSION25_READINGS)
def test_session25_readings(catalog, marking: str, maker: str, mpn: str | None, band: str) -> None:
    check_reading(catalog, marking, maker, mpn, band)


@pytest.mark.parametrize("marking,maker,owner", [
    # Toshiba's NAND numbers are Toshiba's brand, the business Kioxia's since 2019; ST's serial
    # and parallel NOR flash lines went through Numonyx to Micron.
    ("NAND flash TH58NVG3S0HTA00", "Toshiba", "Kioxia"),
    ("Serial flash M25P16-VMN6TP", "STMicroelectronics", "Micron Technology"),
    ("Parallel NOR flash M29W160EB70N6E", "STMicroelectronics", "Micron Technology"),
])
def test_session25_line_owner(catalog, marking: str, maker: str, owner: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.owner) == (maker, owner), a.evidence


def test_two_makers_shortenings_of_one_shape_hedge_the_mark(catalog) -> None:
    """AOS and Siliconix both print SO-8 MOSFETs as four digits and a letter: a lettered mark keeps
    both makers, the letter deciding only which comes first."""
    for marking, first, other in (("MOSFET 4616B 0C2D", "Siliconix", "Alpha and Omega Semiconductor"),
                                  ("MOSFET 4419A 1G8K", "Alpha and Omega Semiconductor", "Siliconix")):
        a = attribute(BomLine("t", "1", marking), catalog)
        assert (a.manufacturer, a.band) == (first, "possible"), a.evidence
        assert other in [x.get("manufacturer") for x in a.alternatives], a.alternatives


@pytest.mark.parametrize("marking,maker,mpn", [
    # What follows a whole number on the row is its date, lot or site line, not a shortened number
    # of the maker the row names (ST's M25P804, STM804, L7812, L3GK812).
    ("Shift register 74HC595 ST 9A 804 MAR", "STMicroelectronics", "74HC595"),
    ("Adjustable regulator LM317T ST GK 812 CHN", "STMicroelectronics", "LM317T"),
    # A six-letter prefix whose maker drops only its first letters: AT45DB, not AT24C put in front.
    ("DataFlash ATMEL 45DB161D SU", "Atmel", "AT45DB161D"),
    # An O typed between digits of a shortened mark.
    ("CAN transceiver VP1O50 4BT ADF8", "Texas Instruments", "SN65HVD1050"),
])
def test_session43_readings(catalog, marking: str, maker: str, mpn: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.mpn) == (maker, mpn), a.evidence


def test_a_trademark_choosing_among_makers_of_a_number_keeps_the_line_holder(catalog) -> None:
    """Mosorb is Motorola's TVS line, onsemi's since 1999, while Motorola's name went on to Freescale and NXP."""
    a = attribute(BomLine("t", "1", "TVS Mosorb 1.5KE18A"), catalog)
    assert (a.manufacturer, a.owner, a.band) == ("Motorola Semiconductor", "ON Semiconductor Corporation", "likely"), a.evidence


def test_a_rule_reading_one_slip_from_a_catalogue_part_of_the_same_maker_names_that_part(catalog) -> None:
    a = attribute(BomLine("t", "1", "TLV7O033DDCR"), catalog)
    assert (a.manufacturer, a.mpn) == ("Texas Instruments", "TLV70033DDCR"), a.evidence
    assert any("read O at position 5 as 0" in e for e in a.evidence)


def test_a_rule_reading_one_slip_from_another_makers_catalogue_part_is_only_possible(catalog) -> None:
    """OPI is TT Electronics' optical prefix; OPI177ARZ is also ADI's OP1177ARZ with an I typed for 1."""
    a = attribute(BomLine("t", "1", "OPI177ARZ"), catalog)
    assert (a.manufacturer, a.band) == ("TT Electronics", "possible"), a.evidence
    assert a.alternatives[0]["manufacturer"] == "Analog Devices" and a.alternatives[0]["mpn"] == "OP1177ARZ"


def test_a_list_calling_a_packaged_mosfet_a_microcircuit_does_not_contradict_the_rule(catalog) -> None:
    a = attribute(BomLine("t", "1", "Power microcircuit IRF7319 P208"), catalog)
    assert (a.manufacturer, a.band) == ("International Rectifier", "likely"), a.evidence
    b = attribute(BomLine("t", "1", "Voltage regulator IRF7319"), catalog)  # a regulator is a chip: the rule is a transistor's
    assert b.band == "possible", b.evidence


def test_a_number_split_after_its_head_is_not_capped_by_its_own_tail(catalog) -> None:
    """'H5 TQ2G63FFR-PBC': the joined SK hynix number holds the tail Panasonic's TQ2 relay rule reads; the
    tail is no whole number standing beside it (the comparison was made across the hyphen)."""
    a = attribute(BomLine("t", "1", "DRAM H5 TQ2G63FFR-PBC"), catalog)
    assert a.manufacturer == "SK hynix", a.evidence


def test_no_more_letters_are_read_as_digits_than_the_rule_needs(catalog) -> None:
    a = attribute(BomLine("t", "1", "NAND flash MX3OLF1G18AC-TI"), catalog)
    assert (a.manufacturer, a.mpn) == ("Macronix International", "MX30LF1G18ACTI"), a.evidence


def test_a_slip_undone_keeps_the_hyphens_of_the_written_number(catalog) -> None:
    assert attribute(BomLine("t", "1", "ATtiny1O2-SS"), catalog).mpn == "ATTINY102-SS"


def test_a_mosfet_row_restores_no_bipolar_number(catalog) -> None:
    a = attribute(BomLine("t", "1", "P-channel MOSFET D409 AO"), catalog)
    assert a.mpn not in ("2SD409", "BD409"), a.evidence


@pytest.mark.parametrize("marking,maker", [
    ("MCU STM32F745VGT6 on Holybro Kakute F7 board", "STMicroelectronics"),  # the board's maker, not the chip's
    ("Ethernet controller ENC28J60-I/SO on HanRun HR911105A module", "Microchip Technology"),
    ("Flight controller Holybro Kakute F7 with STM32F745", "Holybro"),  # the row is about the board
])
def test_a_maker_named_for_the_board_the_part_sits_on(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker


def test_adis_hash_date_code_after_a_top_mark_and_package_is_read(catalog) -> None:
    """'#1923' is a date code to is_date_code; the top-mark check took int('#1') and stopped with a traceback."""
    a = attribute(BomLine("t", "1", "Accelerometer LGA-14 345B #1923"), catalog)
    assert (a.manufacturer, a.mpn) == ("Analog Devices", "ADXL345"), a.evidence


def test_digits_then_a_letter_and_a_digit_are_no_maxim_mark(catalog) -> None:
    """'1236A5' is Linear's LT1236ACS8-5 marked with grade and voltage: a Maxim suffix has its letters first."""
    assert attribute(BomLine("t", "1", "Voltage reference 1236A5 0542"), catalog).manufacturer != "Maxim Integrated"
    assert attribute(BomLine("t", "1", "GNSS front end 2741E"), catalog).mpn == "MAX2741E"


@pytest.mark.parametrize("marking,mpn", [
    # Rules too loose for what the named maker's prefix put back on a brand's mark: Custom MMIC numbers
    # have three digits, Qorvo's QP numbers four, so TriQuint's 3M9028 reads as its own TQP3M9028.
    ("LNA Qorvo 3M9028 1843", "TQP3M9028"),
    ("RF amplifier SST 12LP14", "SST12LP14"),  # no PIC12LP14: a PIC12 has its memory letters after the digits
    # A number read whole keeps its own number, not a longer catalogue part.
    ("RS-485 MAX485 CSA", "MAX485CSA"),  # not MAX485E, the longer catalogue part (the ESD version)
    ("CAN transceiver MCP2562 E/SN", "MCP2562"),  # not MCP25625
    # An ordering suffix written apart joins the answer.
    ("RS-485 MAX3485 ESA+", "MAX3485ESA+"),  # the ordering suffix on the next word joins the number
    ("Op amp LM358 NS", "LM358"),  # NS is National's logo, no suffix
    # A named maker puts back its own prefix, not a sibling brand's.
    ("Authenticator DALLAS 2431", "DS2431"),  # Dallas' own DS, not Linear's LTC (another brand of Dallas' owner)
    ("Tuner MAXIM 2112 CTI+ 1511", "MAX2112"),  # Maxim's MAX, not LTC
    ("Chip 2741E", "MAX2741E"),  # no ADSP2741E: ADSP's other numbers are the ADSP-21xx DSPs
    ("Crystal oscillator EPSON 8002JF 50.0000M", "SG-8002JF"),  # the frequency line is no shortened XV gyro number
    ("Isolator ADI 1201BRZ", "ADUM1201BRZ"),
])
def test_part_numbers_read(catalog, marking: str, mpn: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).mpn == mpn


def test_no_isolator_is_read_where_adum_numbering_has_no_series() -> None:
    """ADuM series 1-6 use a second digit of 0-6: 3789 put behind ADuM is no isolator."""
    from tracer.catalog import load_catalog
    cat = load_catalog(parts=False)
    assert not any(r.family == "iCoupler ADuM digital isolator" for r in cat.family_rules("ADUM3789"))
    assert any(r.family == "iCoupler ADuM digital isolator" for r in cat.family_rules("ADUM4223"))


def test_a_frequency_line_makes_a_crystal_makers_short_name_count(catalog) -> None:
    from tracer.markings import frequency_token
    assert frequency_token("25.000") and frequency_token("50.0000M") and frequency_token("32.768K")
    assert not frequency_token("3.3") and not frequency_token("2.5") and not frequency_token("LM317")
    assert not frequency_token("1,000")
    # A reference's voltage beside its number is no frequency line: ECS there is no crystal maker's logo.
    assert attribute(BomLine("t", "1", "REF5025 2.500 ECS"), catalog).manufacturer == "Texas Instruments"


def test_a_code_on_a_row_naming_another_kind_of_chip_is_only_possible(catalog) -> None:
    a = attribute(BomLine("t", "1", "8-bit AVR microcontroller SOT-23-6 T4C"), catalog)
    assert a.band == "possible", a.evidence
    assert attribute(BomLine("t", "1", "Temperature sensor SOT-23 T4C"), catalog).band == "likely"


def test_a_capitalised_description_word_is_no_marking_code(catalog) -> None:
    """'Low' less a site letter is Toshiba's LO code for 2SC2712; the row's code is Zetex's 617."""
    a = attribute(BomLine("t", "1", "Low saturation NPN transistor SOT-23 618"), catalog)
    assert a.mpn == "FMMT618", a.evidence


def test_digits_split_by_a_hyphen_are_two_numbers_further_on_too(catalog) -> None:
    """'DS-180-32': no Dallas DS1803 read across the hyphen between 180 and 32; the number written whole is."""
    assert attribute(BomLine("t", "1", "Angle encoder DS-180-32-4SH"), catalog).manufacturer != "Dallas Semiconductor"
    assert attribute(BomLine("t", "1", "Digital potentiometer DS1803-010"), catalog).manufacturer == "Dallas Semiconductor"


def test_a_number_two_makers_print_alike_is_only_possible(catalog) -> None:
    """Ingenic's XBurst X1000 and Intel's Quark X1000: the bare number names both; a logo decides."""
    a = attribute(BomLine("t", "1", "SoC X1000"), catalog)
    assert a.band == "possible" and "Intel" in [x.get("manufacturer") for x in a.alternatives], a.evidence
    assert attribute(BomLine("t", "1", "Intel Quark X1000"), catalog).manufacturer == "Intel"


def test_no_regulator_rule_reads_a_router_model() -> None:
    """No RECOM R-78 regulator has a 00 voltage code: R7800 is left to the maker's bare prefix, possible at most."""
    from tracer.catalog import load_catalog
    cat = load_catalog(parts=False)
    assert not any(r.manufacturer == "RECOM" and r.priority >= 20 for r in cat.family_rules("R7800"))
    assert any(r.manufacturer == "RECOM" and r.priority >= 20 for r in cat.family_rules("R7805"))


@pytest.mark.parametrize("marking", [
    "Touch controller AR1010",  # Microchip's touch controller or Airoha's FM receiver
    "Keyboard G510",  # Fibocom's module name, Logitech's keyboard, Huawei's phone
    "DAQ card PCI-6254",  # a PLX bridge without its suffix line, or an NI card
    "Lithium coin cell BR2450",  # no ROHM EEPROM: no series letter
    "Logic-level MOSFET IRLL014",  # IR's legacy number, sold by Vishay Siliconix too
    "I2C bus buffer P82B96",  # NXP's, second-sourced by TI
    "CATV power doubler CGD944C",  # no Wolfspeed gate driver
    "Mouse M590",  # Neoway's module name or Logitech's mouse
    "F-RAM FM24C04A",  # Ramtron's F-RAM or Fudan's EEPROM
    "Motorcycle TRIUMPH BONNEVILLE T120",  # the bare word names TBS's antenna only possibly
    "Microphone MD 421",  # MADO's engine is MD550
    "UPS ELLIPSE ECO 650",  # Panasonic's ELL inductors have series letters then digits
    "Laptop SWIFT 3",  # RunCam's Swift 2, Swift Mini 2 and Micro Swift; a bare Swift 3 is possible at most
])
def test_session44_numbers_several_makers_print_are_not_confident(catalog, marking: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).band not in ("likely", "confirmed")


@pytest.mark.parametrize("marking,maker", [
    ("Mini-Circuits amplifier MAR 8ASM", "Mini-Circuits"),  # a row beginning with MAR begins with the number
    ("10n60m2 mar 9b 247", "STMicroelectronics"),  # typed in small letters, mar is still ST's Morocco line
])
def test_a_country_word_joins_no_number_after_the_part_only(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker


def test_only_a_digital_chips_row_demotes_an_analog_code(catalog) -> None:
    assert attribute(BomLine("t", "1", "Temperature sensor IC SOT-23 T4C"), catalog).band == "likely"


@pytest.mark.parametrize("marking,maker", [
    ("PWM controller for AMD SVI2 CPUs ISL62771HRTZ", "Intersil"),  # the CPU the part serves, not its maker
    ("GPS приймач UTC синхронізація NEO-6M-0-001", "u-blox"),  # UTC beside a word of time in Ukrainian
])
def test_a_name_that_is_not_the_parts_maker_does_not_name_it(catalog, marking: str, maker: str) -> None:
    assert attribute(BomLine("t", "1", marking), catalog).manufacturer == maker


@pytest.mark.parametrize("marking,maker", [
    ("Logic-level MOSFET IRLML6344TRPBF E1 KDS", "International Rectifier"),  # KDS: crystals only; a lot code here
    ("CAN transceiver TJA1051T/3 TBS 2041", "NXP Semiconductors"),  # TBS: FPV radios only
    ("Voltage reference ADR4525BRZ #1911 LUK", "Analog Devices"),  # LuK: clutches
    ("Scania ECU transceiver TJA1050T", "NXP Semiconductors"),  # a vehicle maker with no chip rules: the equipment
    ("EEPROM 24LC256-I/SN 24LC256 I/SN 1832 NSC", "Microchip Technology"),  # a short name after the date code
    ("Cable Belden 9841 RS-485 transceiver MAX485ESA", "Maxim Integrated"),  # a cable maker beside a chip
])
def test_a_name_beside_a_firm_reading_of_a_part_its_maker_does_not_make_stays_a_doubt(catalog, marking: str,
                                                                                    maker: str) -> None:
    a = attribute(BomLine("t", "1", marking), catalog)
    assert (a.manufacturer, a.band) == (maker, "possible"), a.evidence
