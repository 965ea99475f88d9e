"""Soviet-standard designations: read, explained, and never pinned on a foreign maker by a guess."""

from __future__ import annotations

import pytest

from tracer.match import attribute
from tracer.model import BomLine
from tracer.soviet import find_designation, read_designation


@pytest.mark.parametrize("text,canonical,kind,function,category", [
    ("К561ЛА7", "К561ЛА7", "ic", "ЛА", "logic"),
    ("КР1533ТМ2", "КР1533ТМ2", "ic", "ТМ", "logic"),
    ("140УД7", "140УД7", "ic", "УД", "amplifier"),
    ("КР142ЕН5А", "КР142ЕН5А", "ic", "ЕН", "power"),
    ("K561LA7", "К561ЛА7", "ic", "ЛА", "logic"),  # transliterated
    ("KR580VM80A", "КР580ВМ80А", "ic", "ВМ", "processor"),
    ("5576XC4T", "5576ХС4Т", "ic", "ХС", "fpga"),  # Х typed as X
    ("1986BE91T", "1986ВЕ91Т", "ic", "ВЕ", "mcu"),  # В typed as its look-alike B
    ("K1273ПА1", "К1273ПА1", "ic", "ПА", "data-converter"),  # a Latin K typed among Cyrillic letters
    ("КТ315Б", "КТ315Б", "discrete", "Т", "discrete"),
    ("2П303Г", "2П303Г", "discrete", "П", "discrete"),
    ("KT3107B", "КТ3107Б", "discrete", "Т", "discrete"),  # B of a grade is Б
    ("АЛ307Б", "АЛ307Б", "discrete", "Л", "optoelectronics"),
    ("АОТ128А", "АОТ128А", "discrete", "ОТ", "optoelectronics"),  # optocoupler, transistor output
    ("КУ202Н", "КУ202Н", "discrete", "У", "discrete"),
    ("KC156A", "КС156А", "discrete", "С", "discrete"),  # the Zener's С typed as a Latin C
    ("2C147A", "2С147А", "discrete", "С", "discrete"),
    ("AL307B", "АЛ307Б", "discrete", "Л", "optoelectronics"),  # a gallium arsenide LED in Latin letters
    ("3L341A", "3Л341А", "discrete", "Л", "optoelectronics"),
    ("1564ІЕ7", "1564ИЕ7", "ic", "ИЕ", "logic"),  # the Ukrainian І typed for И
    ("КР1554ІР22", "КР1554ИР22", "ic", "ИР", "logic"),
])
def test_designations_are_read(text: str, canonical: str, kind: str, function: str, category: str) -> None:
    d = read_designation(text)
    assert d is not None
    assert (d.canonical, d.kind, d.function, d.category) == (canonical, kind, function, category)


@pytest.mark.parametrize("text", [
    "1N4148", "2N2222", "2SC3969", "KA7805", "74HC595", "STM32F103", "LM358", "24LC256", "СНП347",
    "KS0108B",  # Samsung's LCD controller: Soviet device numbers do not start with 0
    "KS8721BL", "KV920",  # Micrel's PHY, a motor's rating: a transliterated device has one grade letter
    "1533XX3",  # no such function code
    "561ЛА",  # no number within the series
    "1204F-E44TA",  # a Perkins engine: a hyphen inside a Latin number
    "KC2520B", "KC3225A",  # Kyocera's oscillators: a Zener's number has three digits
    "AL5809", "AL8805",  # Diodes' LED drivers
    "KC156", "AL307",  # no grade letter
    "АО3401А",  # Alpha and Omega's AO3401A typed in Cyrillic: an optocoupler takes its output letter (АОТ, АОД)
])
def test_other_numbers_are_not_designations(text: str) -> None:
    assert read_designation(text) is None


@pytest.mark.parametrize("marking", ["Микросхема К561ЛА7", "K561LA7", "Microcircuit 1533LA3", "КР1533ТМ2", "140УД7",
                                     "Transistor KT3102B", "Zener diode KC156A", "LED AL307B",
                                     "Микросхема К561 ЛА7", "КР1533 ТМ2 8901", "Диод КД 522Б",
                                     "Микросхема К176 ИЕ12",  # split by a space
                                     "Мікросхема 1564ІЕ7", "Мікросхема 1564ІE7",  # Ukrainian І for И: was Maxim's, possible
                                     "Мікросхема 1564 ІЕ 7"])
def test_a_designation_is_no_foreign_makers_by_a_guess(catalog, marking: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.manufacturer is None and a.band == "unknown", (a.manufacturer, a.evidence)
    assert any("Soviet-standard designation" in e and "names no maker" in e for e in a.evidence)
    assert a.hs_code is not None  # the kind of device still gives the customs heading


def test_a_space_joins_a_designation_only_across_letters_and_digits() -> None:
    assert find_designation(["К561", "ЛА7"], ["К561", "ЛА7"]).canonical == "К561ЛА7"
    assert find_designation(["K561", "LA7"], ["K561", "LA7"]).canonical == "К561ЛА7"
    assert find_designation(["LM358", "1533"], ["LM358", "1533", "8901"]) is None  # "1533 8901": two numbers
    assert find_designation(["1905", "PA10"], ["Module", "1905", "PA10"]) is None  # a date code and Apex's PA10
    assert find_designation(["1986", "BE92U"], ["1986", "BE92U"]).canonical == "1986ВЕ92У"  # 86 is no week


@pytest.mark.parametrize("marking,maker", [
    ("Мікроконтролер 1986 ВЕ92QI", "Milandr"),  # a Latin package code after the grade
    ("ПЛИС 5576 ХС 4Т", "Milandr"),  # series, function letters and number in three pieces
    ("Процессор 1892 ВМ 14Я", "ELVEES"),
])
def test_a_designation_split_in_pieces_is_read_joined(catalog, marking: str, maker: str) -> None:
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.manufacturer == maker, (a.manufacturer, a.evidence)


def test_a_lower_case_designation_reads_as_its_upper_case(catalog) -> None:
    # Lower-case Cyrillic в, н, м, т are the look-alikes of B, H, M, T as their capitals are.
    a = attribute(BomLine("t", "-", "микроконтроллер 1986ве92у"), catalog)
    assert a.manufacturer == "Milandr", a.evidence


def test_a_prefix_does_not_fit_across_a_cyrillic_letter_with_no_latin_twin(catalog) -> None:
    # Dropped from the key, Д made КД522Б read as K522B, one of Elekond's K52 capacitors.
    diode = attribute(BomLine("t", "-", "Diode КД522Б"), catalog)
    assert diode.manufacturer is None and any("silicon diode" in e for e in diode.evidence)
    # Morion's ГК99 oscillators keep their prefix; a Latin K99 number is not one of them.
    assert attribute(BomLine("t", "-", "Генератор ГК99-ТК"), catalog).manufacturer == "Morion"
    assert attribute(BomLine("t", "-", "Chip K9912"), catalog).manufacturer != "Morion"
    # Regex rules written in Latin still read the designations they were written for.
    assert attribute(BomLine("t", "-", "Микросхема 1867ВЦ2Т"), catalog).manufacturer == "NIIET"


def test_a_single_plant_series_keeps_its_maker_and_gains_the_reading(catalog) -> None:
    a = attribute(BomLine("t", "-", "Microcontroller 1986ВЕ91Т"), catalog)
    assert a.manufacturer == "Milandr" and a.band in ("likely", "confirmed")
    assert any("single-chip microcomputers" in e for e in a.evidence)


def test_a_foreign_makers_own_rule_still_reads_a_latin_lookalike(catalog) -> None:
    a = attribute(BomLine("t", "-", "TCXO KT2520K-T 26MHz"), catalog)
    assert a.manufacturer == "Kyocera"
    assert not any("Soviet" in e for e in a.evidence)


@pytest.mark.parametrize("marking", ["Тиристор КУ202Н", "КУ202Н", "Оптопара АОТ128А"])
def test_a_designation_typed_in_cyrillic_is_no_foreign_makers_even_by_a_strong_rule(catalog, marking: str) -> None:
    # Read as Latin, КУ202Н is KY202H, a Chemi-Con capacitor's shape; АОТ128А is AOT128A, an AOS MOSFET's.
    a = attribute(BomLine("t", "-", marking), catalog)
    assert a.manufacturer is None and a.band == "unknown", (a.manufacturer, a.evidence)
    assert any("are set aside" in e for e in a.evidence)
    # Written in Latin, the same letters are those makers' numbers; a Latin number typed with
    # Cyrillic look-alikes and no grade letter keeps its maker too.
    assert attribute(BomLine("t", "-", "KY202H"), catalog).manufacturer == "Nippon Chemi-Con"
    assert attribute(BomLine("t", "-", "КА7805"), catalog).manufacturer is not None
