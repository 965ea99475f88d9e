"""Soviet-standard designations: К561ЛА7, КР1533ТМ2, 140УД7 (integrated circuits) and КТ315Б,
2П303Г, КД522Б (discrete devices), in Cyrillic or in Latin transliteration (K561LA7, KT315B).

These numbers follow a state standard, not a maker's numbering: the series says the technology and
the design, two letters say the function, and most series were made at several plants of the
former USSR (and are made today in Russia and Belarus). The number alone therefore names no maker;
what it does tell is that the part is not a Western one, what kind of device it is, and which
standard to look it up in. Pure functions; no catalogue needed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

IC_STANDARD = "OST 11 073.915-2000 (designation of integrated circuits; earlier GOST 18682-73)"
DISCRETE_STANDARD = "OST 11 336.919-81 (designation of semiconductor devices; earlier GOST 10862-72)"

# Function subgroups of OST 11 073.915: the two letters after the series, with what they mean and
# the tracer category their parts fall in.
IC_FUNCTIONS: dict[str, tuple[str, str]] = {
    "АГ": ("pulse generators (one-shots, multivibrators)", "timing"),
    "АФ": ("pulse shapers", "timing"),
    "АП": ("other pulse-forming circuits", "timing"),
    "ВА": ("bus interface circuits", "interface"),
    "ВБ": ("synchronisation circuits", "processor"),
    "ВВ": ("input/output interface circuits", "interface"),
    "ВГ": ("controllers", "processor"),
    "ВЕ": ("single-chip microcomputers", "mcu"),
    "ВЖ": ("specialised computing circuits", "processor"),
    "ВИ": ("timers and clocks", "timing"),
    "ВК": ("combined computing circuits", "processor"),
    "ВМ": ("microprocessors", "processor"),
    "ВН": ("interrupt controllers", "processor"),
    "ВП": ("other computing circuits", "processor"),
    "ВР": ("microprocessor extenders", "processor"),
    "ВС": ("microprocessor sections", "processor"),
    "ВТ": ("memory controllers", "processor"),
    "ВУ": ("microprogram control circuits", "processor"),
    "ВФ": ("functional converters of information", "processor"),
    "ГГ": ("square-wave generators", "timing"),
    "ГЛ": ("linear-wave generators", "timing"),
    "ГС": ("harmonic generators", "timing"),
    "ГФ": ("special-waveform generators", "timing"),
    "ГП": ("other generators", "timing"),
    "ДА": ("amplitude detectors", "analog"),
    "ДИ": ("pulse detectors", "analog"),
    "ДС": ("frequency detectors", "analog"),
    "ДФ": ("phase detectors", "analog"),
    "ЕВ": ("rectifiers", "power"),
    "ЕК": ("switching voltage regulators", "power"),
    "ЕМ": ("voltage converters", "power"),
    "ЕН": ("voltage regulators", "power"),
    "ЕП": ("other power circuits", "power"),
    "ЕС": ("power supply systems", "power"),
    "ЕТ": ("current regulators", "power"),
    "ЕУ": ("switching regulator controllers", "power"),
    "ИА": ("arithmetic-logic units", "logic"),
    "ИВ": ("encoders", "logic"),
    "ИД": ("decoders", "logic"),
    "ИЕ": ("counters", "logic"),
    "ИК": ("combined digital circuits", "logic"),
    "ИЛ": ("half adders", "logic"),
    "ИМ": ("full adders", "logic"),
    "ИП": ("arithmetic circuits", "logic"),
    "ИР": ("registers", "logic"),
    "КН": ("voltage switches", "analog"),
    "КП": ("analog switches and multiplexers", "analog"),
    "КТ": ("current switches", "analog"),
    "ЛА": ("NAND gates", "logic"),
    "ЛБ": ("NAND/NOR gates", "logic"),
    "ЛД": ("logic expanders", "logic"),
    "ЛЕ": ("NOR gates", "logic"),
    "ЛИ": ("AND gates", "logic"),
    "ЛК": ("AND-OR-NOT/AND-OR gates", "logic"),
    "ЛЛ": ("OR gates", "logic"),
    "ЛМ": ("OR-NOT/OR gates", "logic"),
    "ЛН": ("inverters", "logic"),
    "ЛП": ("other logic gates", "logic"),
    "ЛР": ("AND-OR-NOT gates", "logic"),
    "ЛС": ("AND-OR gates", "logic"),
    "МА": ("amplitude modulators", "rf"),
    "МС": ("frequency modulators", "rf"),
    "МФ": ("phase modulators", "rf"),
    "ПА": ("digital-to-analog converters", "data-converter"),
    "ПВ": ("analog-to-digital converters", "data-converter"),
    "ПД": ("duration converters", "data-converter"),
    "ПК": ("frequency dividers", "timing"),
    "ПЛ": ("frequency synthesizers", "rf"),
    "ПМ": ("power converters", "power"),
    "ПН": ("voltage converters", "power"),
    "ПП": ("other converters", "analog"),
    "ПР": ("code converters", "logic"),
    "ПС": ("frequency converters (mixers)", "rf"),
    "ПУ": ("level translators", "interface"),
    "ПФ": ("functional converters", "analog"),
    "ПЦ": ("digital frequency dividers", "timing"),
    "РА": ("associative memories", "memory"),
    "РВ": ("mask ROM matrices", "memory"),
    "РЕ": ("mask-programmed ROMs", "memory"),
    "РМ": ("RAM matrices", "memory"),
    "РП": ("other memories", "memory"),
    "РР": ("electrically erasable ROMs", "memory"),
    "РТ": ("fuse-programmable ROMs", "memory"),
    "РУ": ("random-access memories", "memory"),
    "РФ": ("UV-erasable ROMs", "memory"),
    "РЦ": ("memories on cylindrical magnetic domains", "memory"),
    "СА": ("amplitude comparators", "analog"),
    "СВ": ("time comparators", "analog"),
    "СС": ("frequency comparators", "analog"),
    "СФ": ("phase comparators", "analog"),
    "СП": ("other comparison circuits", "analog"),
    "ТВ": ("JK flip-flops", "logic"),
    "ТД": ("dynamic flip-flops", "logic"),
    "ТК": ("combined flip-flops", "logic"),
    "ТЛ": ("Schmitt triggers", "logic"),
    "ТМ": ("D flip-flops", "logic"),
    "ТП": ("other flip-flops", "logic"),
    "ТР": ("RS flip-flops", "logic"),
    "ТТ": ("T flip-flops", "logic"),
    "УВ": ("high-frequency amplifiers", "amplifier"),
    "УД": ("operational amplifiers", "amplifier"),
    "УЕ": ("voltage followers", "amplifier"),
    "УИ": ("pulse amplifiers", "amplifier"),
    "УК": ("wideband amplifiers", "amplifier"),
    "УЛ": ("read amplifiers", "amplifier"),
    "УМ": ("indicator amplifiers", "amplifier"),
    "УН": ("low-frequency amplifiers", "amplifier"),
    "УП": ("other amplifiers", "amplifier"),
    "УР": ("intermediate-frequency amplifiers", "amplifier"),
    "УС": ("differential amplifiers", "amplifier"),
    "УТ": ("DC amplifiers", "amplifier"),
    "ФВ": ("high-pass filters", "analog"),
    "ФЕ": ("band-pass filters", "analog"),
    "ФН": ("low-pass filters", "analog"),
    "ФП": ("other filters", "analog"),
    "ФР": ("band-stop filters", "analog"),
    "ХА": ("multifunction analog circuits", "analog"),
    "ХИ": ("multifunction matrices", "analog"),
    "ХК": ("combined multifunction circuits", "analog"),
    "ХЛ": ("multifunction digital circuits", "logic"),
    "ХМ": ("multifunction digital matrices", "logic"),
    "ХП": ("other multifunction circuits", "analog"),
    "ХС": ("programmable logic and gate arrays", "fpga"),
}
# Device types of OST 11 336.919 (the letter after the material): what they are.
DISCRETE_TYPES: dict[str, str] = {
    "Т": "bipolar transistor", "П": "field-effect transistor", "Д": "diode", "С": "voltage-reference (Zener) diode",
    "Ц": "rectifier bridge or assembly", "У": "thyristor", "Л": "light-emitting diode", "А": "microwave diode",
    "В": "varicap", "И": "tunnel diode", "Н": "diac (dinistor)", "О": "optocoupler",
}
MATERIALS = {"К": "silicon", "2": "silicon", "Г": "germanium", "1": "germanium", "А": "gallium arsenide",
             "3": "gallium arsenide"}

# Latin letters typed for Cyrillic ones, as transcriptions write them (Х as X or H; В as V or B).
TO_CYRILLIC = {"A": "А", "B": "В", "V": "В", "C": "С", "S": "С", "D": "Д", "E": "Е", "F": "Ф", "G": "Г",
               "H": "Х", "X": "Х", "I": "И", "K": "К", "L": "Л", "M": "М", "N": "Н", "O": "О", "P": "П",
               "R": "Р", "T": "Т", "U": "У", "Y": "У"}
# In a grade letter after the number, B is Б transliterated (KT315B, 2T312B), V is В.
GRADE_TO_CYRILLIC = {**TO_CYRILLIC, "B": "Б", "S": "С", "C": "С"}
# Latin look-alikes inside a word that holds Cyrillic letters are Cyrillic letters typed by eye;
# the Ukrainian І, which Russian lacks, is the И of ИЕ, ИР, ИД typed on a Ukrainian keyboard (1564ІЕ7).
# (Not a Latin I: that is a package code's, К1986ВЕ92QI.)
LOOK_ALIKE = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
              "T": "Т", "X": "Х", "Y": "У", "І": "И"}

CYRILLIC = re.compile(r"[А-ЯЁІ]")  # with the Ukrainian І, typed for И
CYRILLIC_PAIR = re.compile(r"[А-ЯЁІ]{2}")
SPACED_LATIN = re.compile(r"^K[RMF]?[1-9][0-9]{2,3}$|^K[TDPSULV]$")  # "K561 LA7", "KT 315B"
DATE_LIKE = re.compile(r"^([0-2][0-9])(0[1-9]|[1-4][0-9]|5[0-3])$")  # YYWW: 1905, 2231
# The grade may end in a Latin package code (К1986ВЕ92QI).
IC = re.compile(r"^(?P<prefix>Э?К?[РМФАБНСЛ]?)(?P<series>[1-9][0-9]{2,3})(?P<function>[А-Я]{2})"
                r"(?P<number>[0-9]{1,3})(?P<grade>[А-Я]{0,2}[0-9]?[A-Z]{0,2})$")
# Optocouplers take a second letter for their output (АОТ transistor, АОД diode, АОУ thyristor, АОР resistor).
DISCRETE = re.compile(r"^(?P<material>[К2Г1А3])(?P<kind>О[ТДУР]|[ТПДСЦУЛАВИН])(?P<number>[1-9][0-9]{2,3})"
                      r"(?P<grade>[А-Я]{0,2}[0-9]?)$")
# Transliterated forms: two-letter function codes spelt in Latin (ХС as KHS, XS or HS).
LATIN_IC = re.compile(r"^(?P<prefix>K[RMF]?)?(?P<series>[1-9][0-9]{2,3})(?P<function>KH[A-Z]|[A-Z]{2})"
                      r"(?P<number>[0-9]{1,3})(?P<grade>[A-Z]{0,2}[0-9]?)$")
# Only silicon (K, 2) transistors, FETs, diodes, Zeners, thyristors, LEDs and varicaps: other
# letter pairs (KA7805, 1N4148, 2SC3969) are Western and Japanese numbers.
# The grade letter is required: a motor's "KV920" and Micrel's KS8721BL are not Soviet devices.
LATIN_DISCRETE = re.compile(r"^(?P<material>[K2])(?P<kind>[TDPSULV])(?P<number>[1-9][0-9]{2,3})(?P<grade>[A-Z])$")
# Typed by eye: the Zener's С as a Latin C (KC156A, 2C147A), a gallium arsenide LED's А as a Latin A or 3 (AL307B,
# 3L341A). Three digits only: Kyocera's KC2016 and KC3225 oscillators and Diodes' AL5809 take four.
LATIN_LOOK_ALIKE_DISCRETE = re.compile(r"^(?P<material>[K2])(?P<kind>C)(?P<number>[1-9][0-9]{2})(?P<grade>[A-Z])$"
                                       r"|^(?P<gaas>[A3])(?P<led>L)(?P<led_number>[1-9][0-9]{2})(?P<led_grade>[A-Z])$")


@dataclass(frozen=True)
class Designation:
    """A number read as a Soviet-standard designation."""

    text: str  # as printed
    canonical: str  # in Cyrillic
    kind: str  # "ic" | "discrete"
    series: str  # 561 (IC series) or 315 (device number)
    function: str  # ЛА (IC function subgroup) or Т (device type)
    meaning: str  # "NAND gates", "bipolar transistor"
    category: str  # tracer category: logic, amplifier, discrete...
    standard: str
    transliterated: bool  # written in Latin letters

    def describe(self) -> str:
        if self.kind == "ic":
            what = f"series {self.series}, function {self.function} ({self.meaning})"
        else:
            what = f"{self.meaning}, number {self.series}"
        spelt = f", transliterated as {self.text!r}" if self.transliterated else ""
        return f"{self.canonical!r}{spelt} is a Soviet-standard designation ({what}; {self.standard})"


def to_cyrillic(latin_code: str) -> str | None:
    """A transliterated two-letter function code in Cyrillic ("LA" -> "ЛА", "KHS" -> "ХС")."""
    code = "Х" + latin_code[2:] if latin_code.startswith("KH") else latin_code
    out = "".join(TO_CYRILLIC.get(ch, ch) for ch in code)
    return out if all(CYRILLIC.match(ch) for ch in out) else None


def read_designation(text: str) -> Designation | None:
    """The Soviet-standard designation a printed number is, or None.

    Cyrillic forms are read as written (Latin look-alikes typed inside them taken as Cyrillic);
    Latin forms only with a function code of the standard (K561LA7, 1533TL2, 140UD7) or a silicon
    device letter (KT315B, 2P303G).
    """
    word = re.sub(r"[\s\-.]", "", text.upper())
    if CYRILLIC.search(word):
        return read_cyrillic(text, "".join(LOOK_ALIKE.get(ch, ch) for ch in word))
    # A hyphen inside a Latin number is another maker's numbering (Perkins 1204F-E44TA), not a
    # transliterated designation, which is written as one word.
    return None if "-" in text.strip("-") else read_latin(text, word)


# Unit words in Cyrillic that also spell a Soviet class prefix (ГЦ bridge, В, А): after a value they are units.
# markings.py reads the same words as units after a value and inside a value ("12В", "100МКФ").
CYRILLIC_UNITS = frozenset({"ГЦ", "КГЦ", "МГЦ", "ГГЦ", "В", "МВ", "КВ", "А", "МА", "МКА", "ВТ", "МВТ", "КВТ", "ОМ", "КОМ",
                            "МОМ", "МКФ", "ПФ", "НФ", "МКГН", "МГН", "ДБ", "БИТ", "БІТ", "КБИТ", "МБИТ"})


def find_designation(candidates: list[str], toks: list[str]) -> Designation | None:
    """The first Soviet-standard designation among a marking's first part-number candidates, or
    one split by a space in transcription ("К561 ЛА7", "КТ 315Б"), read from the tokens joined."""
    found = next((d for d in map(read_designation, candidates[:3]) if d), None)
    if found is not None:
        return found
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        # Series, function letters and number apart ("5576 ХС 4Т", "1892 ВМ 14Я").
        if a.isdigit() and CYRILLIC_PAIR.fullmatch(b.upper()) and c[:1].isdigit() \
                and (d := read_designation(a + b + c)) is not None:
            return d
    for j, (a, b) in enumerate(itertools.pairwise(toks)):
        # In Latin letters only with the К prefix or a series that is no date code: "1905 PA10"
        # is a date code and Apex's PA10, "1986 BE92U" Milandr's 1986ВЕ92У.
        if a.upper() in CYRILLIC_UNITS and j and toks[j - 1][:1].isdigit():
            continue  # "50/60 Гц 2413": a value's unit (hertz), not the ГЦ class of a Soviet bridge
        if a[-1:].isdigit() != b[:1].isdigit() and (CYRILLIC.search((a + b).upper()) or SPACED_LATIN.match(a.upper())
                                                    or not DATE_LIKE.match(a)) \
                and (d := read_designation(a + b)) is not None:
            return d
    return None


def read_cyrillic(text: str, word: str) -> Designation | None:
    m = IC.match(word)
    if m and m["function"] in IC_FUNCTIONS:
        meaning, category = IC_FUNCTIONS[m["function"]]
        return Designation(text, word, "ic", m["series"], m["function"], meaning, category, IC_STANDARD, False)
    m = DISCRETE.match(word)
    if m:
        return discrete(text, word, m["material"], m["kind"], m["number"], False)
    return None


def read_latin(text: str, word: str) -> Designation | None:
    m = LATIN_IC.match(word)
    if m:
        function = to_cyrillic(m["function"])
        if function in IC_FUNCTIONS:
            meaning, category = IC_FUNCTIONS[function]
            prefix = "".join(TO_CYRILLIC.get(ch, ch) for ch in m["prefix"] or "")
            grade = "".join(GRADE_TO_CYRILLIC.get(ch, ch) for ch in m["grade"])
            canonical = f"{prefix}{m['series']}{function}{m['number']}{grade}"
            return Designation(text, canonical, "ic", m["series"], function, meaning, category, IC_STANDARD, True)
    m = LATIN_DISCRETE.match(word)
    if m:
        return latin_discrete(text, "К" if m["material"] == "K" else "2", m["kind"], m["number"], m["grade"])
    m = LATIN_LOOK_ALIKE_DISCRETE.match(word)
    if m and m["kind"]:
        return latin_discrete(text, "К" if m["material"] == "K" else "2", m["kind"], m["number"], m["grade"])
    if m:
        return latin_discrete(text, "А" if m["gaas"] == "A" else "3", m["led"], m["led_number"], m["led_grade"])
    return None


def latin_discrete(text: str, material: str, kind_letter: str, number: str, grade: str) -> Designation:
    kind = TO_CYRILLIC[kind_letter]
    canonical = material + kind + number + "".join(GRADE_TO_CYRILLIC.get(ch, ch) for ch in grade)
    return discrete(text, canonical, material, kind, number, True)


def discrete(text: str, canonical: str, material: str, kind: str, number: str, transliterated: bool) -> Designation:
    meaning = f"{MATERIALS[material]} {DISCRETE_TYPES[kind[0]]}"
    category = "optoelectronics" if kind[0] in "ЛО" else "discrete"
    return Designation(text, canonical, "discrete", number, kind, meaning, category, DISCRETE_STANDARD, transliterated)
