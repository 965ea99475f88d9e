from __future__ import annotations

import pytest

from tracer.markings import (
    equivalents,
    is_date_code,
    is_partlike,
    latin,
    line_names,
    name_with_slip,
    pins_shaped,
    read_marking,
    tokens,
    without_stock_code,
)
from tracer.match import attribute
from tracer.model import BomLine


def test_part_numbers_separated_from_words_and_values(catalog) -> None:
    m = read_marking("DC-DC converter 36V to 15V, 5A LTM4612V mModule N36082 e4 1343MY", catalog)
    assert m.candidates[0] == "LTM4612V"
    assert "36V" not in m.candidates and "5A" not in m.candidates
    assert "converter" in m.words


def test_maker_logo_and_country_and_date(catalog) -> None:
    m = read_marking("ADUM1301 CRWZ #1718 ADI PHILIPPINES", catalog)
    assert ("ADI", "Analog Devices") in m.makers
    assert m.origins == ["PH"]
    assert m.date_codes == ["1718"]


def test_split_part_number_is_joined(catalog) -> None:
    assert "MAX999EUK+" in read_marking("Analogue comparator MAX 999EUK+", catalog).candidates
    assert "STM32F100CBT6Q48" in read_marking("STM32 F100CBT6Q48", catalog).candidates


@pytest.mark.parametrize(("text", "joined"), [
    ("BU2508 DF", "BU2508DF"),  # grade and package letters after a space or on the next line
    ("LTC3789 EUFD", "LTC3789EUFD"),
    ("2 SC1815", "2SC1815"),  # leading digits split from the rest
    ("2 SC2712-GR", "2SC2712-GR"),  # and the rest with its grade after a hyphen
    ("LAN 8720A-CP-TR", "LAN8720A-CP-TR"),  # a series word in capitals and a number with two hyphens
    ("ESP 32-D0WD-V3", "ESP32-D0WD-V3"),
    ("74 HC595D", "74HC595D"),
    ("74AHC1G14 GV", "74AHC1G14GV"),  # a logic number and Nexperia's package code after a space
    ("RH-0505 D", "RH-0505D"),  # a hyphen inside the number
    ("DS-7616 NI-I2", "DS-7616NI-I2"),  # and a suffix with a hyphen of its own (a Hikvision NVR)
    ("PLC-RSC- 24DC/21", "PLC-RSC-24DC/21"),  # broken after a hyphen
    ("SKHI 22B", "SKHI22B"),  # a series word in capitals and a model code shaped like a value
    ("ROCK 5B", "ROCK5B"),
    ("OPA 2350UA", "OPA2350UA"),  # grade and package letters that read like microamperes
    ("INA 219A", "INA219A"),  # a grade letter that reads like amperes
    ("INA 219 A", "INA219A"),  # and written apart: after three digits A is a grade, not a current
    ("AD 620 A", "AD620A"),
    ("1 AMS 1117", "AMS1117"),  # a count before a series word and its number
])
def test_a_number_split_from_its_suffix_or_leading_digits_is_joined(catalog, text: str, joined: str) -> None:
    assert joined in read_marking(text, catalog).candidates


@pytest.mark.parametrize("text", ["LM2596 SOIC", "LM2596 2215", "LM2596 IC", "12 LEDs", "RELAY 12V", "Coil 10K",
                                  "Current 500mA", "Fuse 100A", "FUSE 100A", "esc 120a"])
def test_a_package_date_or_word_after_a_number_is_not_joined(catalog, text: str) -> None:
    first, second = text.split()
    assert first + second not in read_marking(text, catalog).candidates


@pytest.mark.parametrize("package", ["SOT-23-5", "SOT23-6", "SC70-5", "TSOT-23", "VSSOP-10", "SO-8", "SOD-323F",
                                     "SuperSOT-3", "UDFN-8", "LGA-14", "TQFN-28", "UFQFPN-48", "TO-220AB",
                                     "DO-214AC", "DSO-8", "SPDIP-28", "CSPBGA-144"])
def test_package_names_with_pin_counts_are_no_part_numbers(catalog, package: str) -> None:
    assert read_marking(f"Regulator LM1117 {package}", catalog).candidates == ["LM1117"]


@pytest.mark.parametrize("text", ["mosfet si2302 cds-t1-ge3 2021+", "Chip VNH5019A-E 2017+ KOREA", "Flash 2019-05 W25Q128JV",
                                  "Мікросхема VNH5019A-E 2017 г.в.", "Flash W25Q128JV (2019 р.)", "W25Q128JV 2017г."])
def test_a_date_of_another_form_is_no_part_number(catalog, text: str) -> None:
    m = read_marking(text, catalog)
    assert not any(d in c for c in m.candidates for d in ("2021", "2017", "2019"))


@pytest.mark.parametrize("text", ["Comparator 33202 AL1812", "Мікросхема 34074 AWL0947"])
def test_onsemis_site_lot_and_date_line_under_a_number_is_a_date_code(catalog, text: str) -> None:
    m = read_marking(text, catalog)
    assert len(m.candidates) == 1 and text.split()[-1][-4:] in m.date_codes, m


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Перетворювач (MP1584 EN) [C661U]", "ENC661U"),  # a bracket between them
    ('Converter "TPS5430 DDAR" SO-8', "DDARSO-8"),  # a quote between them
    ("FPGA 5 V EP2C5T144C8N", "VEP2C5T144C8N"),  # a unit after its value
    ("Regulator 3.3 V 1 A L7805CV", "AL7805CV"),
    ("ADC 5 V AD7606BSTZ", "ADC5V"),
    ("MAX485 ESA+ MAXIM", "MAX485ESA+MAXIM"),  # a maker's name after the number
    ("Transistor P60NF06 GK2B4 VY MAR 824", "MAR824"),  # the country of assembly, then a code
    ("Microcontroller STM32F407 VGT6 CHN 211", "CHN211"),
])
def test_no_join_across_a_bracket_a_unit_or_a_makers_name(catalog, text: str, unwanted: str) -> None:
    assert unwanted not in read_marking(text, catalog).candidates


def test_a_number_split_inside_one_bracket_is_still_joined(catalog) -> None:
    assert "MP1584EN" in read_marking("Перетворювач (MP1584 EN) [C661U]", catalog).candidates


def test_a_lead_free_mark_is_not_joined_to_the_number(catalog) -> None:
    assert read_marking("Charger LTH7 e3", catalog).candidates == ["LTH7"]


def test_a_count_with_a_plus_is_no_maxim_ordering_code(catalog) -> None:
    assert read_marking("ESC Jive Pro 120+ HV", catalog).hints == []
    assert [m for _, m in read_marking("Transceiver 3232E+ 1845", catalog).hints] == ["Maxim Integrated"]


def test_a_suffix_after_a_number_is_not_joined_to_the_date_code_after_it(catalog) -> None:
    assert "EUFD1845" not in read_marking("3789 EUFD 1845", catalog).candidates
    assert "FAN7530" in read_marking("FAN 7530", catalog).candidates  # a series word and its number still join


@pytest.mark.parametrize("text", ["Linear voltage regulator LM317", "Schottky diodes BAT54", "pulse transformer",
                                  "Laser Range Finder module", "Alps region map"])
def test_ordinary_words_are_not_logos(catalog, text: str) -> None:
    assert read_marking(text, catalog).makers == []


@pytest.mark.parametrize("text,maker", [
    ("LINEAR LT1086", "Linear Technology"), ("PULSE HX1198", "Pulse Electronics"), ("ALTERA EPM240", "Altera"),
    ("XILINX XC3S50", "Xilinx"), ("Процессор Альтера", "Altera"),
    ("Alpha & Omega 4407A", "Alpha and Omega Semiconductor"),  # an ampersand inside a name
])
def test_logos_written_in_capitals_or_names(catalog, text: str, maker: str) -> None:
    assert [m for _, m in read_marking(text, catalog).makers] == [maker]


@pytest.mark.parametrize("text,maker", [
    ("Servo KST A12-S", "KST Digital Technology"),  # a prefix KST's catalogue row lists
    ("Servo KST X30-10", "KST Digital Technology"),
    ("Chip CY 74HC595", None),  # Cypress is no maker of 74HC595: CY is as likely a lot code
    ("Servo KST", None),  # no number to back the name
    ("KST MAX232", None),
    ("LM2904 NS", None),  # NS is also TI's package letters, and LM2904 is made by many
])
def test_a_short_ambiguous_name_counts_beside_its_makers_own_number(catalog, text: str, maker: str | None) -> None:
    assert [m for _, m in read_marking(text, catalog).makers] == ([maker] if maker else [])


def test_a_date_code_is_not_joined_as_the_third_piece_of_a_split_number(catalog) -> None:
    assert "W9501713" not in read_marking("Filter W 950 1713 B278", catalog).candidates
    assert "Si5338A" in read_marking("Si 5338 A", catalog).candidates


def test_digit_groups_of_a_known_shape_are_joined_ahead_of_their_groups(catalog) -> None:
    assert read_marking("Injector 0 445 120 123", catalog).candidates[0] == "0445120123"  # Bosch
    assert read_marking("Valve 441 032 808 0", catalog).candidates[0] == "4410328080"  # WABCO
    assert "1845123456" not in read_marking("Chip 1845 123 456", catalog).candidates  # no such shape
    # A quantity after the number: both readings are offered, the rules decide.
    assert {"0445120123", "04451201232"} <= set(read_marking("Injector 0 445 120 123 2", catalog).candidates)


@pytest.mark.parametrize("token,expected", [
    ("1718", True), ("#2041", True), ("2254", False), ("5338", False), ("9952", True), ("0000", False),
])
def test_date_codes(token: str, expected: bool) -> None:
    assert is_date_code(token) is expected


@pytest.mark.parametrize("token,expected", [
    ("LM358", True), ("3789", True), ("36V", False), ("100-pin", False), ("SOIC-16", False),
    ("TQFP44", False), ("2.5", False), ("ab", False), ("STM32F", True),
    ("PCIe3.0", False), ("PCIE3X4", False), ("PCI-E", False),  # bus names
    ("PCI-1710U", True), ("PCIE-1730", True),  # Advantech cards named after the bus
    ("PCI-104", False), ("PCIe-104", False), ("PCIe3.0/x8", False),  # a PC/104 form factor, a bus width
    ("RS-485", False), ("EIA-422", False), ("RS321", True), ("RS358XF", True),  # Runic's op amps are not standards
    ("V5.0", False), ("v2.1", False), ("V585ME11", True),  # a board's version; Z-Communications' VCO
])
def test_partlike(token: str, expected: bool) -> None:
    assert is_partlike(token) is expected


def test_tokens_keep_part_punctuation() -> None:
    assert tokens("Transceiver (MAX3221CAE+, TI) [x]") == ["Transceiver", "MAX3221CAE+", "TI", "x"]


@pytest.mark.parametrize("text,maker", [
    ("ADUM1301 CRWZ #1718", "Analog Devices"), ("1201BRZ 16464", "Analog Devices"),
    ("2769ETI523+BSCB", "Maxim Integrated"), ("LVC1G08 71K G4", "Texas Instruments"),
    ("SN65HVD75 27KG4 AB3C", "Texas Instruments"),
    # A bare number and Maxim's split suffix with its lead-free '+': the MAX left off the mark.
    ("CAN transceiver 3051 ESA+ 1244", "Maxim Integrated"), ("2120 CTI+ 1210", "Maxim Integrated"),
    # Intersil's temperature-package-Z code, split or joined; Microchip's temperature/package code.
    ("6612 CBZ 1452", "Intersil"), ("8117FRZ X5GK 1944", "Intersil"),
    ("CAN transceiver 2551 I/SN 1632", "Microchip Technology"), ("PIC16F628A-I/P", "Microchip Technology"),
])
def test_marking_habits_hint_at_the_maker(catalog, text: str, maker: str) -> None:
    assert maker in [m for _, m in read_marking(text, catalog).hints]


@pytest.mark.parametrize("text", ["SLP1000+", "LFCN1000+", "ZX6033LN+",  # Mini-Circuits models, hyphens lost
                                  "3051 ESA 1244",  # a bare number and letters with no '+': nothing of Maxim's
                                  "ESC 60 CTI+"])  # a two-digit count is no part number
def test_a_plus_after_another_makers_letters_is_no_maxim_habit(catalog, text: str) -> None:
    assert "Maxim Integrated" not in [m for _, m in read_marking(text, catalog).hints]


def test_no_habit_in_plain_text(catalog) -> None:
    assert read_marking("Voltage regulator LM317", catalog).hints == []


def test_ti_lot_line_is_a_lot_not_a_part_number(catalog) -> None:
    m = read_marking("TPS7A49 53KG4 C3TX", catalog)
    assert m.lots == ["53KG4", "C3TX"] and m.candidates == ["TPS7A49"]


@pytest.mark.parametrize("text,lots", [
    ("SN65HVD1050 2AT ADF8", ["2AT", "ADF8"]),  # year, month, site; then the assembly lot (no ADI ADF part)
    ("TPS54360 31K CJ7M", ["31K", "CJ7M"]),  # no JCET CJ transistor
    ("MB3238Q 2CT G4 AF4F", ["2CT", "G4", "AF4F"]),  # the green symbol standing apart
])
def test_ti_date_and_lot_line_after_the_number(catalog, text: str, lots: list[str]) -> None:
    m = read_marking(text, catalog)
    assert m.lots == lots and m.candidates == [text.split()[0]]


def test_a_date_like_word_before_any_number_is_no_ti_lot_line(catalog) -> None:
    # Nothing read as a number before it: "2AT" heads the row, so the next word is not taken for a lot.
    assert read_marking("2AT ADF8", catalog).lots == []


@pytest.mark.parametrize("text,maxim", [
    ("MAX3222 CAP", True),  # Maxim: commercial, SSOP, 20 pins
    ("MAX202ECSE", True),  # E (ESD) version, commercial, SO, 16 pins
    ("MAX3238EAI+T", True),
    ("MAX3243 transceiver (CAI +0912)", True),  # the suffix line and the lead-free '+' before the date, apart
    ("MAX3243 transceiver (CAI 0912)", False),  # without the '+' three capitals may be anything
    ("MAX3232CDR", False),  # TI's codes for the same numbers
    ("MAX3232IDBR", False),
    ("MAX3232ECPWR", False),
    ("MAX232ECN", False),  # TI: E version, commercial, PDIP
    ("MAX232 ECD", False),
    ("MAX3232 1842", False),
])
def test_maxims_ordering_suffix_is_a_habit(catalog, text: str, maxim: bool) -> None:
    assert ("Maxim Integrated" in [m for _, m in read_marking(text, catalog).hints]) is maxim


def test_intersils_lead_free_suffix_is_a_habit_that_restores_isl(catalog) -> None:
    from tracer.match import attribute
    from tracer.model import BomLine

    assert "Intersil" in [m for _, m in read_marking("6741 IBZ X123", catalog).hints]
    assert "Intersil" in [m for _, m in read_marking("8117 FRZ", catalog).hints]  # -40 to +125 C grade
    a = attribute(BomLine("t", "-", "PWM controller 6741 IBZ"), catalog)
    # ISL6741 or HIP6741: both Intersil prefixes, with rules of the same kind and rank.
    assert (a.manufacturer, a.band) == ("Intersil", "likely") and a.mpn in ("ISL6741", "HIP6741"), a.evidence


def test_a_hyphenated_maker_name_is_read(catalog) -> None:
    assert read_marking("Mixer Mini-Circuits ZX05-1L", catalog).makers == [("Mini-Circuits", "Mini-Circuits")]
    assert read_marking("Motor T-Motor MN3110", catalog).makers == [("T-Motor", "T-Motor")]
    assert read_marking("N-channel MOSFET step-down", catalog).makers == []


@pytest.mark.parametrize("text,maker", [
    ("Power transistor CoolMOS C7 IPW65R045C7", "Infineon Technologies"),
    ("FPGA Spartan-6 XC6SLX9-2TQG144C", "Xilinx"),
    ("Stratix V FPGA 5SGXEA7", "Altera"),
    ("TrenchFET® power MOSFET Si7336ADP", "Vishay Intertechnology"),
    ("iCoupler digital isolator ADUM1201", "Analog Devices"),
])
def test_product_line_trademarks_are_signs_of_their_maker(catalog, text: str, maker: str) -> None:
    assert maker in [m for _, m in read_marking(text, catalog).hints]


@pytest.mark.parametrize("text", ["cyclone separator housing", "OPTIMUS 500 board", "Spartan-XL2000 trailer"])
def test_ordinary_words_are_not_trademarks(catalog, text: str) -> None:
    assert not any("trademark" in why for why, _ in read_marking(text, catalog).hints)


@pytest.mark.parametrize("text,package", [("FPGA BGA256", "BGA256"), ("Memory BGA-96", "BGA-96"), ("FBGA484 chip", "FBGA484")])
def test_ball_grid_packages_are_not_part_numbers(catalog, text: str, package: str) -> None:
    assert package not in read_marking(text, catalog).candidates


@pytest.mark.parametrize("text,number", [("LNA BGA2869", "BGA2869"), ("BGA614 H6327", "BGA614")])
def test_rf_amplifiers_named_bga_are_part_numbers(catalog, text: str, number: str) -> None:
    assert read_marking(text, catalog).candidates[0] == number


def test_a_whole_number_is_not_joined_with_the_date_code_after_it(catalog) -> None:
    m = read_marking("Microcircuit ACT573 1652 K381", catalog)
    assert m.candidates[0] == "ACT573" and "ACT5731652" not in m.candidates
    assert "MAX999EUK+" in read_marking("MAX 999EUK+", catalog).candidates


@pytest.mark.parametrize("text,number", [
    ("Chipset RG82855GME", "RG82855GME"),  # an Intel ordering code, not an RG coaxial cable
    ("PHY 88X3310", "88X3310"),  # Marvell: two digits, X, four digits is no size
])
def test_numbers_shaped_like_cables_or_sizes_are_read(catalog, text: str, number: str) -> None:
    assert number in read_marking(text, catalog).candidates


@pytest.mark.parametrize("text", ["Cable RG-174 A/U", "Coax RG58", "Capacitor 10x20", "Camera 1920x1080"])
def test_cable_names_and_sizes_are_not_part_numbers(catalog, text: str) -> None:
    assert read_marking(text, catalog).candidates == []


def test_a_lower_case_isp_family_is_joined_with_its_number(catalog) -> None:
    assert "ispLSI2032E" in read_marking("ispLSI 2032E 110LJ44", catalog).candidates


def test_a_short_series_word_is_joined_with_a_hyphenated_code(catalog) -> None:
    assert "LSR976-NR-1" in read_marking("LED LS R976-NR-1", catalog).candidates
    assert "TX2180-83310-DAAF-C04" not in read_marking("Module TX2 180-83310-DAAF-C04", catalog).candidates


@pytest.mark.parametrize("text,maker", [
    ("W25Q64JVSSIQ 华邦", "Winbond Electronics"),  # a Chinese brand name of two characters
    ("德州仪器TPS5430DDAR", "Texas Instruments"),  # written against the number with no space
    ("Микрочип 24LC256", "Microchip Technology"),
    # a web address printed as a logo
    ("FPV camera Caddx.us Ratel Pro 1500TVL", "Caddx"),
    ("Camera runcam.com Phoenix 2", "RunCam"),
])
def test_cjk_and_cyrillic_names_in_the_text(catalog, text: str, maker: str) -> None:
    assert [m for _, m in read_marking(text, catalog).makers] == [maker]


@pytest.mark.parametrize("text", ["микрочип памяти 24LC256", "мале реле"])
def test_a_lower_case_cyrillic_word_is_prose_not_a_maker(catalog, text: str) -> None:
    assert read_marking(text, catalog).makers == []


@pytest.mark.parametrize("token,package", [
    ("16SOIC", True), ("20LFCSP", True), ("100LQFP", True), ("8-LD", True), ("100-PIN", True), ("14SO", True),
    ("6205DDU", False), ("7101SDCQE", False), ("1734-AENT", False),  # a bearing, a switch, a bus adapter
])
def test_a_pin_count_is_followed_by_a_package_name_not_by_any_letters(token: str, package: bool) -> None:
    from tracer.markings import package_and_pins
    assert package_and_pins(token) is package
    assert is_partlike(token) is not package


def test_a_product_line_word_of_any_length_starts_a_split_number() -> None:
    from tracer.markings import joined_candidates
    words = frozenset({"PENTIUM", "XINGE"})
    assert "PentiumG4560" in joined_candidates(["Pentium", "G4560"], set(), words)
    assert "XING-E2306" in joined_candidates(["XING-E", "2306"], set(), words)
    assert "MGate5105-MB-EIP" in joined_candidates(["MGate", "5105-MB-EIP"], set(), frozenset({"MGATE"}))
    # Any other long word is a description word, never the front of a number.
    assert joined_candidates(["Transistor", "BC847"], set(), words) == []


@pytest.mark.parametrize(("text", "base"), [
    ("MB3793-42", "MB3793"), ("LM1117-3.3", "LM1117"), ("LP2985-ADJ", "LP2985"), ("SD-15A-5", "SD-15A"),
])
def test_a_voltage_option_after_a_hyphen_also_leaves_the_bare_number(catalog, text: str, base: str) -> None:
    candidates = read_marking(text, catalog).candidates
    assert candidates.index(base) == candidates.index(text) + 1


@pytest.mark.parametrize("text", ["ESP-12", "MAX-7", "RG-174", "HS-117"])
def test_a_short_name_and_its_number_are_not_cut_at_the_hyphen(catalog, text: str) -> None:
    assert read_marking(text, catalog).candidates == [text] or text.split("-")[0] not in read_marking(text, catalog).candidates


def test_clares_lcc_relays_are_numbers_and_lcc_packages_are_packages(catalog) -> None:
    assert "LCC110" in read_marking("Relay LCC110", catalog).candidates
    assert read_marking("LCC-28", catalog).candidates == []


@pytest.mark.parametrize("text", ["Quartz resonator HC-49S 16 MHz", "Crystal HC49/US 12.000MHz", "Кварц HC-49U 8 МГц",
                                  "Resonator UM-1 20 MHz"])
def test_crystal_holders_are_packages_not_logic_numbers(catalog, text: str) -> None:
    # HC-49 was read as TI's 74HC49 and the HC49/US as System Logic's.
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer is None, (a.manufacturer, a.evidence)


def test_a_colon_after_a_word_cuts_the_number_from_it() -> None:
    assert tokens("Мікросхема:ADM3485EARZ") == ["Мікросхема", "ADM3485EARZ"]
    assert tokens("Chip:LM358") == ["Chip", "LM358"]
    assert tokens("MT41K256M16TW-107 IT:P") == ["MT41K256M16TW-107", "IT:P"]  # Micron's revision after two letters


@pytest.mark.parametrize("text,maker", [
    ("Мікросхема 1986ВЕ92У (аналог STM32F103)", "Milandr"),
    ("Microcircuit 1986VE92U (analogue of STM32F103)", "Milandr"),
    ("Транзистор КТ3102ЕМ (аналог BC547)", None),  # a Soviet number names no maker, and BC547 is not this part
    ("Analog switch ADG1419", "Analog Devices"),  # an analog part, not an analogue of one
])
def test_the_number_a_row_names_as_an_equivalent_is_not_the_part(catalog, text: str, maker: str | None) -> None:
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer == maker, (a.manufacturer, a.evidence)


@pytest.mark.parametrize("text,named", [
    ("Transistor, silicon power, 2N3055", set()),  # the words of a maker's name written as prose (Silicon Power)
    ("Silicon Power SSD SP032GBSTU", {"Silicon Power"}),
    ("SILICON POWER SP032GBSTU", {"Silicon Power"}),
    ("Alpha and Omega AO3401", {"Alpha and Omega Semiconductor"}),  # a joining word stays lower case
    ("analog devices ad8605", {"Analog Devices"}),  # a list typed all in lower case names makers so
])
def test_a_name_of_several_words_counts_when_written_as_a_name(catalog, text: str, named: set[str]) -> None:
    assert {m for _, m in read_marking(text, catalog).makers} == named


@pytest.mark.parametrize("text", ["Cable UL E91234 AWM 2464", "Wire UL E52136 AWM 1007 22AWG"])
def test_certification_marks_start_no_part_number(catalog, text: str) -> None:
    # "UL E91234" was joined into ULE91234, a Murata DC/DC number; "E52136 AWM" was Pulse's.
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer is None, (a.manufacturer, a.evidence)


@pytest.mark.parametrize("text,maker", [
    ("Keyboard A4Tech KR-85", "A4Tech"), ("Telemetry radio 3DR Radio V2", "3D Robotics"),
    ("Connector 3M 8516-4500PL", "3M"),
])
def test_a_maker_name_with_digits_is_read_as_written(catalog, text: str, maker: str) -> None:
    assert maker in {m for _, m in read_marking(text, catalog).makers}


def test_a_maker_name_with_digits_counts_only_as_the_catalogue_spells_it(catalog) -> None:
    assert read_marking("Chip a4tech 3dr", catalog).makers == []


def test_a_lower_case_model_letter_after_a_series_word_joins_it(catalog) -> None:
    assert "RFD900x" in read_marking("Telemetry module RFD 900x", catalog).candidates


@pytest.mark.parametrize("text", ["Parallax barrier display", "Super bright LED 5mm white", "POWER LOGIC BOARD"])
def test_ordinary_phrases_name_no_maker(catalog, text: str) -> None:
    assert read_marking(text, catalog).makers == []


@pytest.mark.parametrize("text,maker", [
    ("DA1 AD8605ARTZ", "Analog Devices"),  # DA1 read as one of Dialog's DA numbers
    ("DA11 TPS7A4700RGWR", "Texas Instruments"),
    ("Стабилизатор напряжения DA24 RT8059GJ5", "Richtek Technology"),
    ("DD3 STM32F405RGT6", "STMicroelectronics"),
])
def test_a_reference_designator_before_the_part_is_not_read(catalog, text: str, maker: str) -> None:
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer == maker, (a.manufacturer, a.evidence)
    assert not any(c.startswith(("DA", "DD")) for c in read_marking(text, catalog).candidates)


def test_a_dialog_number_is_no_designator(catalog) -> None:
    assert attribute(BomLine("t", "-", "Chip DA14580"), catalog).manufacturer == "Dialog Semiconductor"


@pytest.mark.parametrize("text,maker", [("TVS SMAJ5.0A Bourns", "Bourns"), ("ESD diode Semtech RClamp0524P", "Semtech")])
def test_a_maker_name_that_is_no_ordinary_word_counts_in_title_case(catalog, text: str, maker: str) -> None:
    assert maker in {m for _, m in read_marking(text, catalog).makers}


@pytest.mark.parametrize("text,group", [("Конденсатор К10-17б Н90 0,1 мкФ", "Н90"), ("Конденсатор КД-1 М47 22 пФ", "М47"),
                                        ("Конденсатор КМ-5б П33", "П33"), ("Конденсатор КМ-5б Н90-0,068мкФ", "Н90-0")])
def test_a_soviet_ceramic_group_is_not_a_part_number(catalog, text: str, group: str) -> None:
    # Н90 was read as a Latin H90, a number for any maker's H9 rule.
    assert group not in read_marking(text, catalog).candidates


@pytest.mark.parametrize("text,joined", [("Fan 109P0412H702", "Fan109P0412H702"), ("Chip 2769E", "Chip2769E"),
                                         ("Relay G5V-1", "RelayG5V-1"), ("fan 109p0412h702", "FAN109P0412H702"),
                                         ("Harness Nr 12-345-678", "Nr12-345-678")])
def test_a_description_word_in_title_or_lower_case_is_not_joined_to_the_number(catalog, text: str, joined: str) -> None:
    # "Fan 109P0412H702" was read as Fairchild's FAN109P..., the Sanyo Denki fan only possible; a row in
    # lower case reads its words as capitals, and a label ("NR") heads no number (Taiyo Yuden, likely).
    assert latin(joined) not in read_marking(text, catalog).candidates


def test_a_series_word_in_capitals_is_still_joined(catalog) -> None:
    assert "FAN7530" in read_marking("FAN 7530", catalog).candidates


@pytest.mark.parametrize("text,maker", [("SMA connector Huber+Suhner", "Huber+Suhner"),
                                        ("Fan Y.S. Tech FD124010HB", "Y.S. Tech")])
def test_a_name_written_with_a_plus_or_dotted_initials_is_read(catalog, text: str, maker: str) -> None:
    assert maker in [m for _, m in read_marking(text, catalog).makers]


@pytest.mark.parametrize("text", ["LED ON+ terminal", "IR+ receiver", "Relay N.S. 12V", "Switch O.N. 3A"])
def test_a_short_word_with_a_plus_or_dots_is_no_makers_name(catalog, text: str) -> None:
    assert read_marking(text, catalog).makers == []


def test_a_product_name_with_a_dot_is_no_makers_name(catalog) -> None:
    # Engicam's i.Core module is not Wuxi I-Core's.
    assert [m for _, m in read_marking("SoM Engicam i.Core M6", catalog).makers] == ["Engicam"]


def test_a_two_letter_prefix_joins_a_number_with_two_hyphens(catalog) -> None:
    # "Si 5351A-B-GT" was read without its Si, as ADI's AD5351 by an expanded prefix.
    assert "Si5351A-B-GT" in read_marking("Clock generator Si 5351A-B-GT", catalog).candidates


@pytest.mark.parametrize("text", ["Cable RG 58-A-U", "Cable RG58-A-U", "Coax RG-174-A-U"])
def test_a_cable_name_with_hyphens_is_no_part_number(catalog, text: str) -> None:
    # "RG 58-A-U" was joined into RG58-A-U and read as a Quectel module, likely.
    a = attribute(BomLine("t", "-", text), catalog)
    assert a.manufacturer is None, (a.manufacturer, a.evidence)


@pytest.mark.parametrize("text", ["Inductor DO3316P-472", "Oscilloscope kit DSO138", "PolySwitch SMD100F"])
def test_numbers_that_start_like_package_names_are_still_part_numbers(catalog, text: str) -> None:
    assert read_marking(text, catalog).candidates == [text.split()[-1]]


@pytest.mark.parametrize(("text", "candidates"), [
    ("Микросхема 1986ВЕ92У 500 шт.", ["1986ВЕ92У"]),  # a quantity, apart or joined
    ("100pcs 1986ВЕ92У", ["1986ВЕ92У"]),
    ("U18: 1986ВЕ92У", ["1986ВЕ92У"]),  # a report caption's board position, with its colon
    ("IC31: AD8605ARTZ", ["AD8605ARTZ"]),
])
def test_quantities_are_no_part_numbers(catalog, text: str, candidates: list[str]) -> None:
    assert read_marking(text, catalog).candidates == candidates


def test_a_number_sign_glued_to_the_number_is_no_part_of_it(catalog) -> None:
    assert read_marking("Мікроконтролер №STM32H750VBT6", catalog).candidates == ["STM32H750VBT6"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("IC5=LM358", ["LM358"]),  # a designator glued by '=' or ':' is a board position
    ("Контролер U33:ADS1115IDGSR", ["ADS1115IDGSR"]),
    ("Q52=FDS6679AZ", ["FDS6679AZ"]),
    ("TI:OPA2333AIDR", ["OPA2333AIDR"]),  # a two-letter logo glued by ':'
    ("*MX25L3233FM2I-08G*", ["MX25L3233FM2I-08G"]),  # stray marks around the number
    ("_LM358_", ["LM358"]),
    ("Трансивер MCP2551-I\\SN", ["MCP2551-I/SN"]),  # a backslash typed for a slash on a Cyrillic keyboard
    ("Op amp AD8605ARZ\\n#1845", ["AD8605ARZ"]),  # an export's escaped line breaks
])
def test_pieces_glued_to_the_number_are_cut_off(catalog, text: str, wanted: list[str]) -> None:
    assert read_marking(text, catalog).candidates[:len(wanted)] == wanted


@pytest.mark.parametrize(("text", "code"), [("ADS1115IDGSR DC1845", "1845"), ("LM358DR D/C:1845", "1845"),
                                            ("LM358DR Date:2209", "2209")])
def test_a_date_glued_to_its_label_is_read(catalog, text: str, code: str) -> None:
    assert read_marking(text, catalog).date_codes == [code]


@pytest.mark.parametrize("number", ["MT41K256M16TW-107 IT:P", "DC2855A", "DS3231SN#"])
def test_a_colon_or_label_inside_a_number_stays(catalog, number: str) -> None:
    assert number.split()[-1] in tokens(f"Chip {number}")


@pytest.mark.parametrize(("text", "number", "maker"), [
    ("Мікросхема TI-ADS1115IDGSR", "ADS1115IDGSR", "Texas Instruments"),
    ("CPLD XILINX-XC2C64A-7VQG44C", "XC2C64A-7VQG44C", "Xilinx"),
    ("Infineon-TLE4252D", "TLE4252D", "Infineon Technologies"),
    ("DC/DC TI/TPS54331DR", "TPS54331DR", "Texas Instruments"),  # a slash or a colon after a longer logo
    ("Maxim:MAX3232ESE+", "MAX3232ESE+", "Maxim Integrated"),
])
def test_a_logo_hyphenated_to_its_makers_number_is_a_maker_word(catalog, text: str, number: str, maker: str) -> None:
    m = read_marking(text, catalog)
    assert m.candidates[0] == number and maker in [found for _, found in m.makers]


@pytest.mark.parametrize("number", ["ST-M32F405RGT6", "MAX-M8Q", "NEO-M8N", "AD-8605", "MCP2515-I/SO", "ISR4321/K9"])
def test_a_hyphen_inside_a_number_read_whole_stays(catalog, number: str) -> None:
    assert read_marking(f"Chip {number}", catalog).candidates[0] == number


@pytest.mark.parametrize(("text", "pieces"), [
    ("MAX232&MAX3232", ["MAX232", "MAX3232"]),
    ("KSZ8081RNA+M24C02WMN6TP", ["KSZ8081RNA", "M24C02WMN6TP"]),
    ("LD1117S33TR&MAX3485ESA+", ["LD1117S33TR", "MAX3485ESA+"]),
])
def test_two_parts_joined_by_an_ampersand_or_a_plus_are_read_apart(text: str, pieces: list[str]) -> None:
    assert tokens(text) == pieces


@pytest.mark.parametrize("token", ["MAX3485ESA+", "MAX17043G+U", "MHF+2805S/883", "C&K", "ESP32+PSRAM", "5V+12V"])
def test_a_plus_or_ampersand_inside_one_number_or_name_stays(token: str) -> None:
    assert tokens(token) == [token]


@pytest.mark.parametrize(("key", "shaped"), [
    ("431AI", True), ("6205DDU", True),  # digits then letters: a number of its own
    ("1201BRZ", False),  # ADI's ordering suffix: AD dropped
    ("2745ETJ", False), ("3232CSE", False),  # Maxim's temperature, package and pin letters: MAX dropped
    ("2003DDU", True),  # no Maxim temperature letter first
])
def test_a_makers_ordering_code_after_digits_lets_its_prefix_be_restored(key: str, shaped: bool) -> None:
    assert pins_shaped(key) is shaped


def test_hyphenated_description_words_are_words(catalog) -> None:
    # "pre-driver" makes the motor a qualifier: a motor pre-driver is a chip, not a motor.
    m = read_marking("Three-phase motor pre-driver MP6539", catalog)
    assert "pre-driver" in m.words and m.candidates == ["MP6539"]
    a = attribute(BomLine("t", "1", "Three-phase motor pre-driver MP6539"), catalog)
    assert a.manufacturer == "Monolithic Power Systems"


@pytest.mark.parametrize(("token", "read"), [
    ("595-TPS5430DDAR", "TPS5430DDAR"),  # a distributor's maker code and the maker's number
    ("511-STM32F103C8T6", "STM32F103C8T6"),
    ("53047-0210", "53047-0210"),  # Molex's own number: digits after the hyphen
    ("24-TSSOP", "24-TSSOP"),  # pins and a package
    ("1-1825027-1", "1-1825027-1"),  # TE's number
    ("NCP1117ST33T3GOSCT-ND", "NCP1117ST33T3G"),  # Digi-Key: maker code OS, cut tape, -ND
    ("DMG2305UX-7DITR-ND", "DMG2305UX-7"),  # Diodes' code DI, reel
    ("ATTINY85-20SU-ND", "ATTINY85-20SU"),  # no maker code, no packing
    ("LM317LZGOS-ND", "LM317LZG"),  # a maker code alone (bulk)
    ("497-6063-1-ND", "497-6063-1-ND"),  # Digi-Key's own number carries no part number
])
def test_a_distributors_stock_number_is_read_as_the_part_it_carries(token: str, read: str) -> None:
    assert without_stock_code(token) == read


@pytest.mark.parametrize(("text", "replaced"), [
    ("Op amp (LM358 substitute) SGM358", {"LM358"}),
    ("CAN transceiver NCA1042 pin-compatible with TJA1042", {"TJA1042"}),
    ("CAN transceiver (TJA1042 pin-compatible) NCA1042", {"TJA1042"}),
    ("Op amp replaces LM324 RS624", {"LM324"}),
    ("MCU instead of STM32F103 GD32F103", {"STM32F103"}),
    ("I2C compatible EEPROM 24C02", {"I2C"}),  # harmless: a bus is no candidate anyway
    ("FPGA JFM7K410T (analogue of Xilinx XC7K410T)", {"Xilinx", "XC7K410T"}),  # the replaced part's maker too
])
def test_the_number_a_substitute_replaces_is_found(text: str, replaced: set[str]) -> None:
    assert equivalents(text.replace("(", " ").replace(")", " ").split()) == replaced


def test_a_line_name_inside_the_full_number_is_set_aside() -> None:
    assert line_names(["RT1060", "MIMXRT1062DVL6A"]) == {"RT1060"}
    assert line_names(["ADF4350", "VCOADF4350"]) == set()  # the whole number inside: a join, not a line name
    assert line_names(["LM358", "LM358DR"]) == set()  # the number heads the other: its ordering code


@pytest.mark.parametrize(("token", "partlike"), [
    ("ADC/8", False),  # "4 ADC/8 DAC": a count after a kind word
    ("LE/802.15.4", False),  # a standard after a word
    ("MCP2515-I/SO", True),
    ("AD8605/06", True),
])
def test_a_word_slash_count_is_no_part_number(token: str, partlike: bool) -> None:
    assert is_partlike(token) is partlike


@pytest.mark.parametrize("text,joined", [
    ("12-bit ADC 16 channels 7490 BCPZ #1715", "ADC16"),  # a count of channels, not ADC16
    ("Simultaneous-sampling ADC 16 channel AD7616", "ADC16"),
    ("Transistor SI4435DDY 4435D", "SI4435DDY4435D"),  # the number and its top mark repeating it
])
def test_no_join_of_a_count_or_a_repeat(catalog, text: str, joined: str) -> None:
    assert joined not in read_marking(text, catalog).candidates


def test_a_split_number_is_still_joined(catalog) -> None:
    assert "STM32F100CBT6" in read_marking("STM32 F100CBT6", catalog).candidates


@pytest.mark.parametrize("text", ["16-bit I/O expander", "Input I/P 5 V", "Microcircuit 1201BRZ"])
def test_no_microchip_or_intersil_habit_in_words_or_adi_codes(catalog, text: str) -> None:
    makers = [m for _, m in read_marking(text, catalog).hints]
    assert "Microchip Technology" not in makers and "Intersil" not in makers


def test_a_cyrillic_ze_among_latin_characters_is_a_three() -> None:
    from tracer.catalog import part_key
    from tracer.markings import latin
    assert latin("IMXЗ35") == "IMX335" and part_key("HMCЗ49") == "HMC349"
    assert latin("Запобіжник").startswith("З")  # a Cyrillic word keeps its З


@pytest.mark.parametrize("word,maker", [
    ("HGSEM1", "HGSEMI"),  # 1 typed for I
    ("X8LW", "XBLW"),  # 8 typed for B
    ("HUA6UAN", "Huaguan Semiconductor"),  # 6 typed for G
    ("LM358", None),  # a part number, no name read back
    ("TPS5430", None),
    ("Hgsem1", None),  # a name with a slip counts only written in capitals, as logos are
    ("H6SEM1", None),  # two slips: too far from the name to be sure
])
def test_a_brand_with_one_letter_typed_as_a_digit(catalog, word: str, maker: str | None) -> None:
    assert name_with_slip(word, catalog) == maker


def test_a_short_name_heading_its_own_ordering_code_names_the_maker(catalog) -> None:
    # IDT is as often ST's ordering suffix ("TS922IDT"); before a number that with it is IDT's own code, a maker.
    assert read_marking("Bus transceiver IDT 74FCT16245 ATPVG", catalog).makers == [("IDT", "Integrated Device Technology")]
    assert read_marking("CY 74HC595", catalog).makers == []  # no Cypress CY74HC number: CY may be a lot code


@pytest.mark.parametrize("text", ["NE555 33K DIP8", "LM317 10K TO92"])
def test_a_value_and_a_package_after_a_number_are_no_ti_date_line(catalog, text: str) -> None:
    assert read_marking(text, catalog).lots == []


def test_ti_date_line_in_lower_case_or_with_a_cyrillic_letter(catalog) -> None:
    assert read_marking("VP1050 2at adf8", catalog).lots == ["2at", "adf8"]
    assert read_marking("VP1050 2AT АDF8", catalog).candidates == ["VP1050"]  # a Cyrillic А in the lot


def test_the_parts_own_ordering_code_survives_the_number_it_replaces(catalog) -> None:
    m = read_marking("Gate driver IR 2104S (IR2104STRPBF) replaces IR2104", catalog)
    assert "IR2104STRPBF" in m.candidates and "IR2104" not in m.candidates
