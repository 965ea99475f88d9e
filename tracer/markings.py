"""Read a marking: part-number candidates, maker words, date codes, origin and lot codes.

The text is kept as given; this module only says what each piece looks like. Deciding which
candidate is the part is the matcher's job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracer.catalog import (
    CYRILLIC_LOOKALIKES,
    Catalog,
    Maker,
    TradeMark,
    name_key,
    part_key,
    trademark_key,
    ze_as_three,
)
from tracer.dates import (
    ONSEMI_DATE_LINE,
    OR_LATER,
    YEAR_MONTH,
    mps_date_line,
    onsemi_lot_line,
    year_written,
)
from tracer.model import Marking
from tracer.soviet import CYRILLIC_UNITS, find_designation

SPLIT = re.compile(r"[\s,;()\[\]{}\"'«»®™©№（）【】，；、：*~]+|(?<=[^\W\d_]{3}):")  # "Chip:ADM3485" but Micron's "IT:P"
# Print lines an export wrote as escapes ("AD8605\nARTZ\n#1845"): a line break before a letter or digit.
# Any other backslash is a slash typed on a Cyrillic keyboard ("MCP2551-I\SN").
ESCAPED_BREAK = re.compile(r"(?:\\[nrt])+(?=[A-Za-z0-9#])")
# Pieces glued to the number without a space: a board designator ("IC5=LM358", "U33:ADS1115IDGSR"),
# a two-letter logo ("TI:OPA2333AIDR"; Micron's "IT:P" has no digit after), a date's label ("DC1845", "D/C:1845").
GLUED_DESIGNATOR = re.compile(r"^((?:DA|DD|VT|VD|ZQ|HL|IC|[UQDRCLAX])[0-9]{1,3})[:=](.*)$")
GLUED_LOGO = re.compile(r"^([A-Z]{2}):([A-Z0-9][A-Z0-9#+/.-]*[0-9][A-Z0-9#+/.-]*)$")
GLUED_DATE_LABEL = re.compile(r"^(D/C|DC|DATE)[:.]?([0-9]{4})$", re.IGNORECASE)
# Two part numbers joined by "&" or "+", each with letters and digits (not Maxim's "ESA+" tail, "MAX17043G+U",
# Crane's "MHF+2805S" or a maker's "C&K").
PAIR_JOIN = re.compile(r"[&+](?=[A-Za-z0-9])")
PAIR_PIECE = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9][A-Za-z0-9.#/+-]{3,}")
# Chinese, Japanese and Korean runs: a name in them is written against the part number with no
# space ("德州仪器TPS5430"), so a change of script cuts a token.
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Aliases that are also ordinary words: they name a maker only when written in capitals
# (a logo transcribed: "PULSE HX1188", "LINEAR LT1086").
# (Words of three letters or fewer follow SHORT_AMBIGUOUS below.)
COMMON_WORDS = {
    "pulse", "delta", "diodes", "apex", "clare", "harris", "nordic", "dialog",
    "ember", "coherent", "micron", "halo", "national", "linear", "lattice", "silicon", "power",
    "crystal", "omega", "alpha", "crucial", "hexagon",
    "integral", "morion", "module", "elite", "token", "finder", "alps", "parallax", "planet", "rush", "dale", "synergy",
    "born", "central",
    "мале",  # Ukrainian "small" ("Мале реле"), not MAHLE
}
# Names that are also English words, which count when capitalised ("Keystone 1042", "Sharp PC817") but
# not in small letters ("system gates", "sharp edges", "1 tesla").
LOWER_CASE_PROSE = {
    "gates", "sharp", "onset", "tesla", "renew", "nations", "heroic", "harbour", "fuller", "gemini", "keystone",
    "terminus", "cherry", "cannon", "canon", "anderson", "steward", "stewart", "runic", "maxim", "allison",
    "spheros", "vector", "fischer", "mercedes", "parker", "baumer", "mallory", "vickers", "apple",
    "optima", "baldwin", "pulsar",
}
LATIN_WORD = re.compile("[a-z]+")
# Short aliases (three letters or fewer) name a maker only when written in capitals, and never
# these, which are also prefixes, grades, units or ordinary abbreviations in markings.
SHORT_AMBIGUOUS = {
    "BB", "CY", "GD", "PJ", "MU", "NS", "IR", "TE", "WE", "AMP", "SEC", "BEL", "VAC",
    "C&I", "ECS", "ISC", "SII", "JAE", "TST", "NCC", "SLS", "LRC", "ZKW", "KST", "DLE", "HRS", "BST",
    "LTC", "IRF", "STM", "HMC", "SST", "NVS", "RN2", "QST", "TXC", "MXL", "LEM", "AMS", "PCB",
    "SMD", "LED", "USB", "CPU", "GPS", "IC", "RF", "HF", "AC", "DC", "UV", "SS", "SA", "AG", "NV", "BV",
    # a switch's or a lamp's state (see LOGOS_BESIDE_CODES), binary-coded decimal, the serial digital (video)
    # interface, a digital down-converter, the RFID Electronic Product Code ("EPC Gen2")
    "ON", "BCD", "SDI", "DDC", "EPC",
    # ST's ordering suffix (temperature I, package D, tape T: "TS922IDT", "LM2903IDT") as often as the logo;
    # large-scale integration ("GNSS receiver LSI CXD5603GF") as often as LSI Logic
    "IDT", "LSI",
    # American Technical Ceramics as often as air traffic control ("ATC transponder"); SMC Corporation as often
    # as the DO-214AB package
    "ATC", "SMC",
    # HP Inc. as often as high power ("Bullet M2 HP") or Hewlett-Packard's old semiconductor logo
    "HP",
}
# Linear Technology's logo as transcribers write it; a bare number beside it is read by its own
# method (match.by_bare_number), possible only.
LINEAR_LOGOS = frozenset({"LT", "LTC"})
COUNTRIES = {
    "MALAYSIA": "MY", "MYS": "MY", "PHILIPPINES": "PH", "PHIL": "PH", "PHL": "PH", "THAILAND": "TH",
    "THA": "TH", "CHINA": "CN", "CHN": "CN", "TAIWAN": "TW", "TWN": "TW", "KOREA": "KR",
    "KOR": "KR", "JAPAN": "JP", "JPN": "JP", "USA": "US", "MEXICO": "MX", "MEX": "MX",
    "SINGAPORE": "SG", "SGP": "SG", "VIETNAM": "VN", "VNM": "VN", "INDONESIA": "ID",
    "GERMANY": "DE", "FRANCE": "FR", "ITALY": "IT", "MALTA": "MT", "MOROCCO": "MA", "MAR": "MA",
    "HONGKONG": "HK", "COSTA": "CR", "ISRAEL": "IL", "INDIA": "IN",
}
# "BGA" with a ball count and no hyphen is a package only for the usual counts: Infineon's BGA614
# and NXP's BGA2869 are RF amplifiers.
BALL_COUNTS = (r"(48|49|56|60|63|64|78|84|90|96|100|121|132|144|153|160|165|169|176|196|208|216|225|256|"
               r"272|289|292|324|352|388|400|441|456|484|516|560|576|625|676|680|780|896|900|1020|1152|"
               r"1156|1517|1760|1924)")
PACKAGE = re.compile(
    r"^((SOIC|SOP|SSOP|TSSOP|MSOP|VSSOP|QSOP|QFN|TQFN|LQFN|DFN|TDFN|UDFN|WDFN|XDFN|LFCSP|TQFP|LQFP|HTQFP|VQFP|"
    r"EQFP|QFP|PQFP|MQFP|UFQFPN|CSP|WLCSP|SOT|TSOT|DIP|PDIP|SPDIP|CDIP|PLCC|DPAK|D2PAK|MELF|CLLCC|CERDIP|"
    r"VQFN|WQFN|UQFN|HTSSOP|TSOP|WSON|USON|VSON|TDSON|SON|SOD|CFP|HVQFN|LGA)-?\d{0,3}(-\d{1,2})?(L|F|FL)?|"
    r"SMD-?\d{0,3}|"  # not Littelfuse's PolySwitch SMD100F
    r"TO-?\d{0,3}(-\d{1,2})?(L|F|FL|AB|AC|AA|FP)?|DO-\d{1,3}(-\d{1,3})?[A-Z]{0,2}|"  # "TO-220AB", "DO-214AC"
    r"(FBGA|TFBGA|UFBGA|LFBGA|PBGA|CBGA|CSPBGA|NFBGA|MAPBGA|FCBGA|CABGA|CTBGA)-?\d{0,4}|BGA(-\d{1,4})?|BGA" + BALL_COUNTS + "|"
    r"(C|P|FC)?PGA-\d{2,3}|"  # "PGA-179" with its hyphen: a pin-grid array, not Burr-Brown's PGA204
    r"SC-?(59|70|74|75|88|89)(-\d{1,2})?|D?SO-?(8|14|16|20|24|28)[NW]?|"  # "SC70-5", "SO-8", "DSO-8"
    r"SUPERSOT(-\d)?|THINSOT(-\d{1,2})?|POWERPAK|"
    r"LCC-?(20|28|32|44|48|52|68|84)?|"  # not Clare's LCC110 relays
    r"(SMA|SMB|SMC|SIP|SIL)-?\d{0,2}|"
    r"(EMT|UMT|SMT|VMT|TUMT|TSMT|HSMT)[3568]|(EMD|UMD|TUMD|VMD|VMN)[2-6]|US[6V]|UF6|CST[2-6]|[SM]-FLAT|"  # ROHM's, Toshiba's packages
    r"HC-?49(/?US?|/?S|/4H|-?SMD?)?|HC-?(50|51)(/U)?|UM-?[1-5])$",  # crystal holders (HC-49/US, UM-1), not 74HC logic
)
# Unit words that never stand for a maker or a grade after a number ("ST", "US", "MS" may).
VALUE_UNITS = frozenset({"HZ", "KHZ", "MHZ", "GHZ", "MSPS", "KSPS", "GSPS", "SPS", "KBIT", "MBIT", "GBIT", "MW",
                         "KW", "MV", "KV", "VDC", "VAC", "MAH", "OHM", "OHMS", "KOHM", "UF", "NF", "PF", "UH", "NH",
                         "DBM", "PPM", "BAUD", "BPS", "KBPS", "MBPS", "NM"}) \
    | {u for u in CYRILLIC_UNITS if len(u) > 1}  # "КТ 315 А": a one-letter word after a number may be its grade
CYRILLIC_UNIT_WORDS = "|".join(sorted(CYRILLIC_UNITS - {"В", "А"}, key=len, reverse=True))  # one letter: below
UNIT = re.compile(
    r"^[~±<>≤≥]?\d+([.,]\d+)?([-–/](?!0\d)\d+([.,]\d+)?)*[-–]?(V|VDC|VAC|MV|KV|MA|UA|MW|KW|HZ|KHZ|MHZ|GHZ|"
    r"MSPS|KSPS|GSPS|SPS|BIT|BITS|KB|MB|GB|KBIT|MBIT|GBIT|PIN|PINS|MM|CM|NM|UM|NS|US|MS|"
    r"DB|DBM|DBI|OHM|OHMS|KOHM|MOHM|UF|NF|PF|MAH|AH|CH|KG|PPM|A/US|V/US|"
    r"LSB|BAUD|BPS|KBPS|MBPS|GBPS|TH|ND|RD|ST|WAY|CELL|KV|PCS|PC|MP|MPX|ШТ|ШT|CHANNELS?|КАНАЛ(ІВ|ОВ|И|А)?|"
    + CYRILLIC_UNIT_WORDS + r")\.?$"
    r"|^[~±<>≤≥]?\d{1,3}([.,]\d+)?(V|A|W|K|X|S|C|G|B|F|H|R|P|В|А)$"  # one-letter units on short numbers only
    r"|^\d{1,3}([.,]\d+)?(V|A|W)([/–-]\d{1,3}([.,]\d+)?(V|A|W))+$"  # values in pairs: "5V/12V", "3.3V-5V"
    r"|^[~±<>≤≥]?\d{1,3}([.,]\d+)?(UH|NH|MH)$",  # inductance ("4.7uH", "100mH"); "5575MH" is National's package
    re.IGNORECASE,
)
# Names of standards and interfaces that look like part numbers but are not.
STANDARD_WORDS = frozenset({"ARINC", "MIL-STD", "STANAG", "IEEE", "IEC", "ISO", "GOST", "ГОСТ"})  # a standard's name before its number
STANDARD = re.compile(
    r"^((RS|EIA|TIA)-?(232|422|423|449|485|530|562|170|274)[A-Z]?|\d+(/\d+)*BASE-?[A-Z0-9]*|IEEE-?\d+.*|MIL-.*|DDR\d.*|LPDDR\d.*|"
    r"USB-?\d(\.\d)?|USB/1394|PCIE?-?104|PCIE?-?\d(\.\d)?([/-]?X\d{1,2})?|I2C|IIC|SPI\d?|CAN-?\d.*|ARINC-?\d+|MIL-STD-?\d+.*|RG-?\d{1,3}[A-Z]?([/-]?A?[/-]?U)?|"
    r"IP\d{2}|\d{1,2}[KM]|CAT\d[A-Z]?|LTE|5G|4G|3G|2G|GSM\d*|L\d|L1/L2|1-?WIRE|SHA-?\d{1,3}|AES-?\d{3}|TPM-?[12]\.\d|"
    r"MP3(/[A-Za-z]{2,6})*|H\.?26[45]|"  # audio and video formats ("MP3/Ogg Vorbis codec", "H.264 encoder")
    # bus, RFID and network standards ("K-line (ISO 9141)", "EPC Gen2", "802.11ac")
    r"ISO-?(9141|14230|11898|15765|7816|14443|15693|18000)(-[0-9]{1,2})?|GEN-?[1-5]|"
    r"802\.?(11[A-Za-z]{0,2}(/[A-Za-z]{1,2})*|15\.?4|3[A-Za-z]{0,2})|"
    r"CORTEX-?[AMR]\d{1,2}\+?F?|ARM\d{1,2}([A-Z]{1,4})?|"  # ARM's cores named in a description ("Cortex-M3", "ARM926EJ-S")
    # sizes and resolutions (10x20, 1920x1080), not Marvell's 88X3310 (two digits, X, four digits)
    r"\d+(\.\d+)?[xX]\d{1,3}(\.\d+)?|\d{3,}[xX]\d+)$",
    re.IGNORECASE,
)
DATE4 = re.compile(r"^#?(\d{2})(\d{2})$")
QUANTITY_WORD = re.compile(r"^(pcs|pc|шт|штук|pieces)\.?$", re.IGNORECASE)  # "500 шт.", "10 pcs"
PACKAGE_PINS = re.compile(r"^\d{1,4}-?(PIN|PINS|LD|LEAD|BALL|L)?-?[A-Z]{2,6}$|^\d{1,4}-?(PIN|PINS|LEAD|BALL)$", re.IGNORECASE)
PIN_WORD = re.compile(r"^(PINS|PIN|LD|LEAD|BALL|L)-?")
PIN_WORDS = {"PIN", "PINS", "LEAD", "LEADS", "BALL", "BALLS", "DIL", "SIL", "SO", "SOJ", "POS", "WAY"}


def package_and_pins(token: str) -> bool:
    """A pin count and a package ("16SOIC", "20LFCSP", "8-LD MSOP", "100-PIN"); not digits and any
    letters: "6205DDU" (a sealed bearing) and "7101SDCQE" (a toggle switch) are part numbers."""
    if PACKAGE_PINS.match(token) is None:
        return False
    tail = token.upper().lstrip("0123456789").lstrip("-")
    return any(not t or t in PIN_WORDS or PACKAGE.match(t) is not None
               for t in (tail, PIN_WORD.sub("", tail, count=1)))


PINS_SHAPE = re.compile(r"^\d{1,4}[A-Z]{2,6}$")


def pins_shaped(key: str) -> bool:
    """Digits then letters only ("431AI", "6205DDU", but not ADI's "1201BRZ" or Maxim's "2745ETJ"):
    read as a number of its own, never completed with a maker's prefix, which would turn it into
    any maker's part."""
    return PINS_SHAPE.match(key) is not None and ADI_SUFFIXED.match(key) is None and MAXIM_SUFFIXED.match(key) is None


LETTERS_ONLY = re.compile(r"^[^\W\d_]+$")
HYPHENATED_WORD = re.compile(r"^[^\W\d_]{2,}(-[^\W\d_]{2,})+$")
# A product line's name and a variant letter after a hyphen ("Ellipse-D", "Catherine-FC").
LINE_NAME_VARIANT = re.compile(r"^[^\W\d_]{2,}(-[^\W\d_]+)+$")
SLASHED_WORDS = re.compile(r"^[^\W\d_]{2,}(-[^\W\d_]{2,})?(/[^\W\d_]{2,}(-[^\W\d_]{2,})?)+$")


def tokens(text: str) -> list[str]:
    """The marking cut at spaces and punctuation that never sits inside a part number."""
    return list(_tokens(text))


@lru_cache(maxsize=50_000)
def _tokens(text: str) -> tuple[str, ...]:
    cut = (piece for t in SPLIT.split(ESCAPED_BREAK.sub(" ", text).replace("\\", "/")) for piece in unglued(t.strip("_")))
    toks = (t for t in cut if t and t.strip("-–.:/+=_"))
    return tuple(run for t in toks for run in (CJK_RUN.findall(t) if CJK.search(t) else (t,)))


def unglued(token: str) -> tuple[str, ...]:
    """A token with a designator, a two-letter logo or a date's label glued before the number, cut
    in two (the designator keeps its colon: "U33:" is a board position, as REFDES reads it), or two
    part numbers joined by "&" or "+", cut apart."""
    m = GLUED_DESIGNATOR.match(token)
    if m:
        return (m.group(1) + ":", m.group(2))
    m = GLUED_LOGO.match(token)
    if m:
        return (m.group(1), m.group(2))
    m = GLUED_DATE_LABEL.match(token)
    if m and is_date_code(m.group(2)):
        return (m.group(1), m.group(2))
    pieces = PAIR_JOIN.split(token)
    if len(pieces) > 1 and all(PAIR_PIECE.fullmatch(p) and is_partlike(p) for p in pieces):
        return tuple(pieces)  # "MAX232&MAX3232", "2SC5200+2SA1943": two parts, not one number
    return (token,)


def latin(text: str) -> str:
    """Cyrillic look-alike letters replaced by Latin ones (and a З among Latin characters by 3)."""
    return ze_as_three(text.translate(CYRILLIC_LOOKALIKES))


def other_date(token: str) -> bool:
    """A date of another form lists write (tracer.dates reads them): a YYWW code with "+" for "or
    later" ("2021+", "1845+") or a year and month ("2019-05"); never a part number, join piece or
    shortened mark."""
    m = OR_LATER.match(token)
    return bool(m and is_date_code(m.group(1))) or YEAR_MONTH.match(token) is not None


def is_date_code(token: str) -> bool:
    """YYWW between 1970 and 2039 with a real week number (01-53)."""
    m = DATE4.match(token)
    if not m:
        return False
    year, week = int(m.group(1)), int(m.group(2))
    return 1 <= week <= 53 and (year >= 70 or year <= 39)


# The temperature-coefficient group of a Soviet ceramic capacitor, written in Cyrillic after its type
# ("КМ-5б Н90", "К10-17 М47", "КД-1 П33"), is no part number: Н90 is not a Latin H90.
CERAMIC_GROUP = re.compile(r"^(МП0|П33|П60|П100|П120|М33|М47|М75|М150|М220|М330|М470|М750|М1500|М2200|"
                           r"Н10|Н20|Н30|Н50|Н70|Н90)(-|$)")  # also joined to its value: "Н90-0,068мкФ"


@lru_cache(maxsize=200_000)
def is_partlike(token: str) -> bool:
    """A token that can be (part of) a part number: letters with digits, or 3+ digits."""
    if CERAMIC_GROUP.match(token.strip(".:/-,").upper()):
        return False
    t = latin(token).strip(".:/-")
    if ADI_SUFFIXED.match(t):
        return True  # "1201BRZ": ADuM1201 with ADI's grade-package-Z suffix, not 1201 pins of a package
    if re.fullmatch(r"[0-9]{1,3}-[a-z]{3,}", t):
        return False  # "2-phase", "8-channel", "4-wire": a description word
    if re.fullmatch(r"[kKmMgG]?Hz-[0-9.]+", t):
        return False  # "40 MHz-10 GHz": a frequency range, not Winsen's MH-Z19
    if re.fullmatch(r"[vV][0-9]{1,2}\.[0-9]{1,2}", t):
        return False  # "KST X08 V5.0", "F405-WING V2.0": a board's or model's version, not a number
    if re.fullmatch(r"[0-9]{1,4}[KMG]?[xX][0-9]{1,2}", t):
        return False  # "512Kx8", "4Mx16": a memory's organisation
    if re.fullmatch(r"[0-9]{1,4}[KMGkmg]-?[Bb]its?", t):
        return False  # "256M-bit", "4Gbit": a memory's capacity
    if re.fullmatch(r"[A-Za-z]{2,4}/([0-9]{1,2}|[0-9]{1,3}(\.[0-9]{1,2})+)", t):
        return False  # "4 ADC/8 DAC", "Bluetooth LE/802.15.4": a count or a standard after a word
    # Four digits led by a zero are no quantity ("0902NS" is Infineon's BSC0902NS, not 902 ns).
    if len(t) < 3 or (UNIT.match(t) and not re.match(r"0[0-9]{3}", t)) or PACKAGE.match(t.upper()) \
            or package_and_pins(t) or STANDARD.match(t):
        return False
    has_digit = any(c.isdigit() for c in t)
    has_alpha = any(c.isalpha() for c in t)
    if not has_digit:
        return False
    if not re.search(r"[A-Za-z0-9]{2}", t):
        return False
    if not has_alpha:
        return len(re.sub(r"\D", "", t)) >= 3 and not re.fullmatch(r"\d+[.,]\d+", t)
    return True


CYRILLIC = re.compile("[\u0400-\u04ff]")
CYRILLIC_WORD = re.compile("[\u0400-\u04ff]{3,}")  # a word written wholly in Cyrillic letters
LATIN = re.compile("[A-Za-z]")
INITIALS = re.compile(r"^([A-Z]\.)+[A-Z]$")  # "Y.S" of "Y.S. Tech" (the last dot stripped)
# "Huber+Suhner", "Bendix/King", not "ON+" or "IR+" (nor "I/O", "A/D": one letter each side).
JOINED_NAME = re.compile(r"^[^\W\d_]{2,}([+/][^\W\d_]{2,})+$")
# A maker's web address printed as its logo ("Caddx.us", "runcam.com", "FOXEER.COM"): the name before the domain.
WEB_ADDRESS = re.compile(r"^(?:www\.)?([A-Za-z][A-Za-z-]{3,})\.(com|us|net|cn|jp|co\.uk|tw)$", re.IGNORECASE)


# Brands whose logo is written in small letters: a transcriber copies them so ("nichicon HE 35V").
LOWER_CASE_LOGOS = frozenset({"nichicon", "nexperia", "intel", "awinic", "hyperstone", "ebmpapst", "weatherdock", "testo", "binder", "igus", "ifm",
                              "isc"})  # INCHANGE Semiconductor prints its logo "isc"


# A wire cross-section in mm² as a terminal block's type gives it ("2,5", "2,5-PE", "2,5/10", "4-HESI"):
# a comma decimal, or a small number run into a hyphenated type suffix.
CROSS_SECTION = re.compile(r"(0,[2-9]|1,5|2,5)(-[A-Z]+|/\d+)?$|(4|6|10|16|35)-[A-Z]{2,}$")


# Words beside "UTC" that make it coordinated universal time, not Unisonic's logo (which every
# "UTC" beside a part number in the teardown lists is: "UTC 78L05", "2SD882 UTC").
TIME_WORDS = frozenset({"time", "timing", "timestamp", "offset", "clock", "pps", "1pps", "leap", "gmt", "час", "время",
                        "часу", "времени", "sync", "synchronisation", "synchronization", "синхронізація",
                        "синхронизация", "gps", "gnss", "glonass", "rtc"})


def universal_time(toks: list[str], i: int) -> bool:
    """Whether toks[i], "UTC", stands beside a word of time ("UTC time", "synchronised to UTC 1PPS")."""
    return toks[i] == "UTC" and any(t.lower().strip(".,:;()") in TIME_WORDS for t in toks[max(i - 1, 0):i + 2])


# Short logos that name their maker when they stand beside a number or a date or lot code ("Diode ON B34",
# "5867NL ON AYWW": onsemi's logo), though not as words of a description ("LED ON indicator", "switch ON").
LOGOS_BESIDE_CODES = frozenset({"ON"})


# The date-code template onsemi and others print as letters ("AYWW", "ALYWG": assembly site, wafer lot,
# year, work week, lead-free).
DATE_TEMPLATE = re.compile(r"A?L?Y{1,2}W{1,2}[GX]?")


# Stems of the words for parts that have an on state (switches, buttons, lamps, LEDs), on whose rows "ON"
# is that state ("Micro switch ON D2F-01L", "LED power ON L-53GD").
ON_STATE_STEMS = ("switch", "button", "tact", "toggle", "microswitch", "led", "lamp", "indicator", "перемик", "вимик",
                  "тумблер", "кнопк", "переключ", "выключ", "светодиод", "світлодіод", "індикатор", "индикатор",
                  "мікроперемик", "микропереключ", "концев", "ключ")


def beside_code(toks: list[str], name: str) -> bool:
    """Whether the name stands next to a word with a digit in it (a number, a date or lot code) or a
    date-code template, on a row of no part with an on state and not beside OFF (a switch's "ON OFF ON")."""
    if any(t.lower().strip("().,-").startswith(ON_STATE_STEMS) for t in toks):
        return False
    for i, tok in enumerate(toks):
        if tok != name or any(t.upper() == "OFF" for t in toks[max(i - 2, 0):i + 3]):
            continue
        near = toks[max(i - 1, 0):i] + toks[i + 1:i + 2]
        if any(any(c.isdigit() for c in t) or DATE_TEMPLATE.fullmatch(t) for t in near):
            return True
    return False


def cross_section_after(toks: list[str], i: int) -> bool:
    """Whether the tokens after toks[i] give a wire cross-section in mm² ("2,5-PE", cut at the comma
    into "2" and "5-PE"; "4-HESI")."""
    after = toks[i + 1:i + 3]
    if len(after) == 2 and after[0] in ("0", "1", "2"):
        return CROSS_SECTION.match(f"{after[0]},{after[1]}") is not None
    return bool(after) and CROSS_SECTION.match(after[0]) is not None


def find_makers(toks: list[str], cat: Catalog, typed_lower: bool = False) -> list[tuple[str, str]]:
    """Maker names and logos written in the marking: (as written, catalogue name)."""
    found: list[tuple[str, str]] = []
    clean = [t.strip(".-") for t in toks]
    # Letters, words of letters joined by hyphens or a plus ("Mini-Circuits", "T-Motor", "Huber+Suhner"),
    # or capital initials with dots ("Y.S. Tech"; not a product's "i.Core"). An ampersand joins the
    # words of a name ("Alpha & Omega", "C & K"), never starts or ends one.
    clean = [m.group(1) if (m := WEB_ADDRESS.fullmatch(t)) else t for t in clean]
    is_word = [t == "&" or LETTERS_ONLY.match(t.replace("-", "")) is not None or JOINED_NAME.match(t) is not None
               or INITIALS.match(t) is not None for t in clean]
    i = 0
    while i < len(toks):
        hit = None
        for n in (4, 3, 2, 1):
            if i + n > len(toks) or not all(is_word[i:i + n]) or "&" in (clean[i], clean[i + n - 1]):
                continue
            written = " ".join(clean[i:i + n])
            maker = cat.aliases.get(name_key(written))
            if maker is None and n > 1 and CJK.search(written):
                # A Chinese name run into Latin letters, cut apart by tokens() ("三星SDI": Samsung SDI).
                maker = cat.aliases.get(name_key("".join(clean[i:i + n])))
            if maker is None and CYRILLIC.search(written) and LATIN.search(written):
                # A Latin name typed with a Cyrillic look-alike ("Мichelin" with Cyrillic М).
                maker = cat.aliases.get(name_key(latin(written)))
            if maker is None:
                continue
            own_case = written == maker or written in cat.makers[maker].aliases
            if n == 1 and (INITIALS.match(written) or not alias_counts(written, i, typed_lower)) and \
                    not ((written == maker and maker.islower()) or (own_case and len(written) <= 3 and not written.isupper())) \
                    and written not in LOWER_CASE_LOGOS:
                continue  # initials alone ("N.S.", "O.N.") are no name; a brand named in lower case ("onsemi") or in its own mixed case ("LuK", "iRZ") is
            if n == 1 and len(written) <= 3 and written.isupper() and not own_case and \
                    any(a.casefold() == written.casefold() for a in (maker, *cat.makers[maker].aliases)):
                continue  # a short name its maker writes in mixed case only ("iRZ"), in capitals: a code ("ISL28022 IRZ")
            if n > 1 and not typed_lower and not name_written(clean[i:i + n], written, cat.makers[maker]):
                continue  # "silicon power transistor", "Great power amplifier": prose, not Silicon Power
            if n == 1 and line_variant(clean, i, maker, cat):
                continue  # "Arria V ST": the variant of another maker's product line, not ST's logo
            if n == 1 and len(written) <= 3 and cross_section_after(toks, i):
                continue  # "ST 2,5-PE", "ST 4-HESI": a terminal block's type and wire cross-section
            if n == 1 and universal_time(clean, i):
                continue  # "UTC time output": coordinated universal time
            if n == 1 and maxim_code_split(clean, i):
                continue  # "2771E TI": Maxim's ordering code split after its temperature letter (MAX2771ETI+)
            hit = (written, maker, n)
            break
        if hit is None and i + 1 < len(toks) and (maker := restored_capitals(clean[i:i + 2], cat)
                                                  if LOST.search(clean[i] + clean[i + 1])
                                                  else name_with_slip(" ".join(clean[i:i + 2]), cat)):
            hit = (" ".join(clean[i:i + 2]), maker, 2)
        if hit is None:
            maker = restored_name(clean[i], cat) or name_with_digits(clean[i], cat) or name_with_slip(clean[i], cat) \
                or (restored_capitals([clean[i]], cat) if LOST.search(clean[i]) else None)
            hit = (clean[i], maker, 1) if maker else None
        if hit and served_product(toks, i):
            i += hit[2]  # "PWM controller for AMD SVI2 CPUs": the product the part serves, not its maker
        elif hit:
            if all(hit[1] != m for _, m in found):
                found.append((hit[0], hit[1]))
            i += hit[2]
        else:
            i += 1
    return found


# Words before a name that make it the product a part is made to work with ("for AMD SVI2 CPUs",
# "для Apple", "compatible with Garmin").
SERVES_WORDS = frozenset({"for", "для", "під", "под"})


def served_product(toks: list[str], i: int) -> bool:
    """Whether the name at toks[i] follows "for" or "compatible with": the product served, not the maker."""
    before = [t.lower() for t in toks[max(i - 2, 0):i]]
    return bool(before) and (before[-1] in SERVES_WORDS or before == ["compatible", "with"])


# A Maxim number with its temperature letter, the rest of its ordering code in the next word: the
# commercial and extended ranges only, as A and M close other makers' numbers too ("2113A TI" is
# TI's TPS2113A and its logo).
MAXIM_TEMPERATURE_SPLIT = re.compile(r"^(MAX)?[0-9]{3,5}[CE]$")


def maxim_code_split(words: list[str], i: int) -> bool:
    """Whether words[i], a short name, finishes the Maxim ordering code the word before it starts:
    a package and pin-count letter after a number and its temperature letter ("2771E TI" for
    MAX2771ETI+), read together as Maxim's suffix, not as a maker's logo."""
    if i == 0 or len(words[i]) > 3 or not MAXIM_TEMPERATURE_SPLIT.match(words[i - 1].upper()):
        return False
    return MAXIM_SPLIT_SUFFIX.match(words[i - 1][-1].upper() + words[i].upper()) is not None


# A product line's generation written apart from its name: "Arria V", "Cyclone 10", "Virtex II".
LINE_GENERATION = re.compile(r"[0-9]{1,2}|[IVX]{1,4}", re.IGNORECASE)


def line_variant(words: list[str], i: int, maker: str, cat: Catalog) -> bool:
    """Whether words[i] follows another maker's trademark and its generation, as the variant of
    that product line ("Arria V ST", "Arria V GX"): a line's name, not a maker's logo."""
    if i < 2 or not LINE_GENERATION.fullmatch(words[i - 1]):
        return False
    tm = cat.trademarks.get(trademark_key(words[i - 2]))
    return tm is not None and not words[i - 2].islower() and not cat.same_company(tm.manufacturer, maker)


# A character a conversion could not write: "?" from a Latin-1 PDF or a CSV saved in the wrong
# code page ("?T91RM9200" for the Cyrillic-typed АТ91RM9200), or the Unicode replacement mark.
LOST = re.compile("[?\ufffd]")


def restored_name(word: str, cat: Catalog) -> str | None:
    """The maker a name with one character lost in conversion can only be ("?ichelin" for a
    Michelin typed with a Cyrillic М, saved in a code page without it)."""
    if len(word) < 5 or len(LOST.findall(word)) != 1 or not LETTERS_ONLY.match(LOST.sub("", word)):
        return None
    # A lost first letter was a capital if the rest is written in lower case ("?ichelin").
    fills = [LOST.sub(ch.upper() if word[0] in "?\ufffd" else ch, word) for ch in "abcdefghijklmnopqrstuvwxyz"]
    makers = {cat.aliases.get(name_key(f)) for f in fills if alias_counts(f, 1)} - {None}
    return makers.pop() if len(makers) == 1 else None


# The Latin capitals a Cyrillic look-alike is typed for (А, В, С, Е, Н, І, К, М, О, Р, Ѕ, Т, Х, У):
# the only letters a Latin-1 conversion loses from a name written in capitals.
LOOKALIKE_CAPITALS = "ABCEHIKMOPSTXY"


def restored_capitals(words: list[str], cat: Catalog) -> str | None:
    """The copy maker a name in capitals, of one or two words, with one letter lost in conversion
    can only be ("X?LW" for XBLW, "TE?H PUBLIC" for TECH PUBLIC), so that its copy of another
    maker's number is not read as the original: four letters or more (three capitals with one
    lost, "AD?" or "M?U", are as often the description's ADC or MCU; "?MIC" is a PMIC as often as
    AMIC), each fill a Cyrillic look-alike capital, and exactly one maker named by the fills."""
    written = " ".join(words)
    kept = [LOST.sub("", w) for w in words]
    if len(LOST.findall(written)) != 1 or len("".join(kept)) < 3 or \
            not all(k == "" or (LETTERS_ONLY.match(k) is not None and k.isupper()) for k in kept):
        return None
    makers = {cat.aliases.get(name_key(f)) for f in (LOST.sub(ch, written) for ch in LOOKALIKE_CAPITALS)
              if all(alias_counts(w, 1) for w in f.split())} - {None}
    maker = makers.pop() if len(makers) == 1 else None
    return maker if maker is not None and cat.makers[maker].kind == "chinese-clone" else None


# The letter each digit is typed for in a transcription slip (the digit twins of O, I, S, B, Z, G).
DIGIT_TWINS = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}


def name_with_slip(word: str, cat: Catalog) -> str | None:
    """The maker a brand written in capitals with one letter typed as its digit twin can only be
    ("HGSEM1" for HGSEMI, "X1NLUDA" for XINLUDA, "X8LW" for XBLW, "TECH PUBL1C" for TECH PUBLIC):
    four characters or more, one digit, and the name with it read back a maker's name of four
    letters or more, written in capitals; a name of two words has no other digit."""
    digits = [i for i, ch in enumerate(word) if ch.isdigit()]
    if len(word) < 4 or len(digits) != 1 or word[digits[0]] not in DIGIT_TWINS or not word.isupper() \
            or not word.isascii() or not word.replace(" ", "").isalnum() or word.count(" ") > 1:
        return None
    at = digits[0]
    name = word[:at] + DIGIT_TWINS[word[at]] + word[at + 1:]
    maker = cat.aliases.get(name_key(name))
    if maker is None or not (name == maker.upper() or name in {a.upper() for a in cat.makers[maker].aliases}):
        return None
    return maker


def corroborated_names(toks: list[str], found: list[tuple[str, str]], candidates: list[str],
                       cat: Catalog) -> list[tuple[str, str]]:
    """Short names too ambiguous to name a maker alone (KST, IR, CJ), and names that are also common
    words capitalised ("Micron", "Pulse"), that do here: beside a number that fits that maker's own
    numbering ("KST A12-S", "Micron D9SHD"): its own rule, or
    a prefix its catalogue row lists. Neither the name joined to the number ("CY74HC595") nor a
    generic number counts, whoever leads its rule ("CY 74HC595", "LM2904 NS": CY is as likely a
    lot code, NS TI's package letters). A crystal maker's name (TXC, ECS) counts on a row that says
    it is a crystal or an oscillator, as its logo over the frequency is all such a can shows."""
    out: list[tuple[str, str]] = []
    # A frequency line makes a timing row only when no other number reads as a part of another kind
    # ("REF5025 2.500 ECS": a reference's voltage, and ECS there a lot code).
    timing_row = any(t.lower() in FREQUENCY_CONTROL_WORDS for t in toks) or (
        any(frequency_token(t) for t in toks)
        and not any(r.priority >= 60 and r.category != "timing" for c in candidates if not frequency_token(c)
                    for r in cat.family_rules(part_key(c))))
    for tok in dict.fromkeys(toks):  # each word once: a long row repeats them
        ambiguous = tok in SHORT_AMBIGUOUS or (tok.lower() in COMMON_WORDS and tok[:1].isupper() and not tok.isupper())
        maker = cat.aliases.get(name_key(tok)) if ambiguous else None
        if maker is None or any(maker == m for _, m in (*found, *out)):
            continue
        if any(backs(maker, part_key(c), cat) for c in candidates if not c.startswith(tok)) or \
                (tok in LOGOS_BESIDE_CODES and beside_code(toks, tok)) or \
                any(own_prefix_joined(maker, tok, c, cat) for c in candidates) or \
                any(backs_restored(maker, part_key(c), cat) for c in candidates
                    if tok not in LINEAR_LOGOS and written_after(toks, tok, c) and whole_number(c, candidates)) or \
                (timing_row and cat.rule_categories().get(maker) == frozenset({"timing"})):
            out.append((tok, maker))
    return out


def own_prefix_joined(maker: str, name: str, candidate: str, cat: Catalog) -> bool:
    """Whether the name joined to the number after it is the maker's own ordering code, read by a specific
    rule of the maker's that fixes more than the name ("IDT 74FCT16245": IDT74FCT16245, IDT's FCT logic
    code; "CY 74HC595" is no Cypress code, so CY there may be a lot code)."""
    if not candidate.startswith(name) or len(candidate) < len(name) + 4:
        return False
    key = part_key(candidate)
    return any(r.priority >= 80 and r.literal_length_for(key) > len(name) + 1 and cat.same_company(r.manufacturer, maker)
               for r in cat.family_rules(key))


def backs_restored(maker: str, key: str, cat: Catalog) -> bool:
    """Whether the number, with a prefix the maker drops from its marks put back, is the maker's own
    ("RF7313 IR": IRF7313; "14053BG ON": MC14053BG)."""
    return any(backs(maker, part_key(prefix + key), cat) for prefix, m, _, shape in cat.dropped_prefixes
               if m == maker and (shape is None or shape.match(prefix + key)))


def whole_number(candidate: str, candidates: list[str]) -> bool:
    """Whether a number of four characters or more stands whole, not as the tail of a longer one
    ("229" of "SFH 229")."""
    return len(part_key(candidate)) >= 4 and not any(candidate != c and c.endswith(candidate) for c in candidates)


def written_after(toks: list[str], name: str, candidate: str) -> bool:
    """Whether a name stands as a word of its own after the word that starts the number, where a
    logo stands in a transcribed top mark ("RF7313 IR"), not before it ("IR LED", "ON 5V")."""
    starts = [i for i, t in enumerate(toks) if candidate.startswith(part_key(t)) and part_key(t)]
    return bool(starts) and name in toks[starts[0] + 1:]


# Long all-digit numbers printed in groups: Bosch "0 445 120 123", WABCO "441 032 808 0",
# KKK "5303 988 0029", HARTING "09 33 010 2601". Longest shapes first.
DIGIT_GROUPS = ((1, 3, 3, 3, 1), (1, 3, 3, 3), (3, 3, 3, 1), (4, 3, 4), (2, 2, 3, 4))


def digit_groups(toks: list[str]) -> list[tuple[list[str], str]]:
    """Numbers printed as spaced groups of digits in a known shape: (the groups, joined number);
    the rules decide whether the joined number is anyone's."""
    out = []
    i = 0
    while i < len(toks):
        if not toks[i].isdigit():
            i += 1  # every shape starts with a group of digits
            continue
        # Every shape that fits: "0 445 120 123 2" is Bosch's ten digits and a quantity, or eleven digits.
        runs = [(toks[i:i + len(shape)], shape) for shape in DIGIT_GROUPS]
        fits = [run for run, shape in runs if len(run) == len(shape)
                and all(t.isdigit() and len(t) == n for t, n in zip(run, shape, strict=True))]
        out.extend((run, "".join(run)) for run in sorted(fits, key=len))
        i += max((len(run) for run in fits), default=1)
    return out


def backs(maker: str, key: str, cat: Catalog) -> bool:
    """Whether the rule that reads a number best is the maker's own: a rule of three fixed
    characters or more, either its alone or a prefix its catalogue row lists."""
    rules = cat.family_rules(key)
    if not rules:
        return False
    top = max(rules, key=lambda r: r.priority)
    own = top.manufacturer == maker and not top.second_sources
    listed = maker in top.second_sources and top.maker_prefix
    return (own or listed) and top.literal_length_for(key) >= 3


def name_with_digits(word: str, cat: Catalog) -> str | None:
    """A maker whose name has digits in it ("A4Tech", "3DR", "M5Stack"), written exactly as the
    catalogue spells it: such a word is no part number of anyone's."""
    if not (any(c.isdigit() for c in word) and any(c.isalpha() for c in word)):
        return None
    maker = cat.aliases.get(name_key(word))
    return maker if maker and (word == maker or word in cat.makers[maker].aliases) else None


NAME_JOINERS = {"and", "&", "of", "und", "de", "du", "la", "i", "і", "и", "et"}


def name_written(words: list[str], written: str, maker: Maker) -> bool:
    """Whether words that spell a maker's name of several words are written as a name: each word
    after the first capitalised ("Silicon Power", "SILICON POWER", "Alpha and Omega"), or exactly as
    the catalogue spells it; "silicon power transistor" is prose."""
    if written == maker.name or written in maker.aliases:
        return True
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in NAME_JOINERS for w in words[1:])


def ordinary_word(word: str) -> bool:
    """Whether a maker's name is also an ordinary word (COMMON_WORDS, LOWER_CASE_PROSE): "Pulse",
    "Delta", "Sharp", "Vector"."""
    low = word.lower()
    return low in COMMON_WORDS or low in LOWER_CASE_PROSE


def alias_counts(word: str, position: int, typed_lower: bool = False) -> bool:
    """Whether a single word names a maker here, not the ordinary word or a stray letter pair. In a
    row typed all in lower case ("lm358dr hgsemi") a name of four letters or more still counts,
    unless it is also an ordinary word."""
    low = word.lower()
    if CJK.search(word):
        return True  # a Chinese or Japanese brand name of two or three characters (华邦, 村田)
    if len(word) <= 3:
        return word.isupper() and word not in SHORT_AMBIGUOUS
    if word == low and word != word.upper() and not typed_lower:
        # A lower-case word is prose ("diod", "микрочип памяти"), not a logo; CJK has no case. A Latin
        # name of five letters or more that is no English word is a logo copied as printed ("winbond",
        # "hynix", "maxell").
        return len(word) >= 5 and LATIN_WORD.fullmatch(word) is not None and not ordinary_word(word)
    if low in COMMON_WORDS:
        return word.isupper()
    return True


# A crystal's or an oscillator's frequency as its can shows it ("12.000", "16.000MHZ", "32.768K"; an O
# typed for a zero: "12.OOO").
FREQUENCY = re.compile(r"[0-9]{1,3}[.,][0-9O]{1,6}(MHZ|KHZ|M|K)?")


def frequency_token(tok: str) -> bool:
    """Whether a token reads as a frequency as a crystal's or an oscillator's can prints it: with a unit
    ("50.0000M", "32.768K"), or three decimals or more after a point ("25.000"), not a value such as "3.3"
    or "2.5" (a reference's "2.500" reads as one too: `corroborated_names` asks the row's other numbers)."""
    up = tok.upper()
    m = FREQUENCY.fullmatch(up)
    if m is None:
        return False
    return m.group(1) is not None or ("." in up and len(up.split(".")[1]) >= 3)


# Words that say a row is a crystal or a resonator; with an oscillator's, a frequency-control part.
CRYSTAL_WORDS = frozenset({"crystal", "quartz", "resonator", "xtal", "кварц", "кварцевый", "кварцовий", "резонатор"})
FREQUENCY_CONTROL_WORDS = CRYSTAL_WORDS | {"oscillator", "tcxo", "ocxo", "vcxo", "генератор"}


# What a part is, abbreviated ("RAM 132 K4S511632D"): a word of the description, never the
# front of a split part number.
KIND_ABBREVIATIONS = {"RAM", "ROM", "SRAM", "DRAM", "SDRAM", "FLASH", "EEPROM", "CPU", "MCU", "LED", "LDO",
                      "IC", "FET", "GPS", "USB", "PWM", "TVS", "RF", "MOSFET", "IGBT", "FPGA", "CPLD",
                      "APD", "LCD", "PHY", "IMU"}  # "Si APD S8664-10K": an avalanche photodiode
# A board's reference designator before the part ("DA1 AD8605ARTZ", "DD3 STM32F405", "IC5 LM2596S"):
# Russian DA/DD/VT/VD/ZQ/HL and IC with the position number, never a part number itself (U, Q, D and
# the like only with a colon, as report captions write them: T-Motor's U8 and U10 are motors).
REFDES = re.compile(r"^(DA|DD|VT|VD|ZQ|HL|IC)[0-9]{1,3}:?$|^[UQDRCLAX][0-9]{1,3}:$")  # "U18:" only with its colon
# Certification marks and cable styles printed before their own numbers ("UL E249743", "AWM 2464",
# "CSA LL84629"): a file or style number follows, never the rest of a part number.
CERTIFICATION_MARKS = {"UL", "CUL", "CSA", "VDE", "TUV", "CE", "CCC", "AWM"}


# "MAX 999EUK+", "ispLSI 2032E", "nRF 52840", "dsPIC 33FJ128": a series word, its capitals after
# a small letter or two; TI writes its bq in small letters ("bq 24075"); Panasonic's series words
# carry a hyphen ("ERZ-V 14D471", "EEE-FK 1E101P"); a JIS transistor's class is written apart from its
# number too ("2SC 3858").
JOIN_HEAD = re.compile(r"[A-Z][A-Za-z]{0,4}\d{0,3}|isp[A-Z]{2,4}|[a-z]{1,2}[A-Z]{2,4}|bq|[A-Z]{2,4}-[A-Z]{1,2}|2S[ABCDJK]")
# Description words short enough to pass for a series word: written in title or lower case they
# name the part, not begin its number ("Fan 109P0412H702" is no Fairchild FAN109P; "FAN 7530" is).
# So do labels before a serial, part or item number in title or lower case ("Nr", "Ref", "Id"; in
# capitals NR, REF and PN are Taiyo Yuden's, ADI's and onsemi's series).
DESCRIPTION_HEADS = {"fan", "chip", "chips", "coil", "fuse", "relay", "diode", "plug", "motor", "cable", "wire",
                     "lens", "pump", "valve", "servo", "cell", "board", "card", "choke", "bead", "jack",
                     "nr", "no", "id", "pn", "ref", "item", "lot", "qty"}
LOGIC_SERIES = re.compile(r"(54|74)[A-Z]{1,5}")
# A logic family's letters and a function number with its revision letter after them ("HC 14A",
# onsemi's MC74HC14A mark written apart): the function, not fourteen amperes.
LOGIC_FAMILY = re.compile(r"A?HCT?|VHCT?|ACT?|LVC|LCX|ABT|A?LS")
LOGIC_REVISION = re.compile(r"[0-9]{2,4}A")


def logic_function(toks: list[str], i: int, a: str, b: str) -> bool:
    """Whether tokens i and i + 1 (a, b) are a logic family and its function number with the revision
    letter, no unit after them ("HC 14A", but "HC 10A 250V" is a rating)."""
    return LOGIC_FAMILY.fullmatch(a) is not None and LOGIC_REVISION.fullmatch(b) is not None \
        and not (i + 2 < len(toks) and UNIT.match(latin(toks[i + 2])))


# A short number and one letter that is no electrical unit (V, A, W) after a series word in
# capitals: a model code ("SKHI 22B", "ROCK 5B", "PLT5 450B"), not a value.
MODEL_CODE = re.compile(r"[0-9]{1,3}[BCFGHKPRSX]")
# After a series word of capitals, three to five digits and A or UA are a grade or a package and
# grade ("INA 219A", "OPA 2350UA"), not amperes or microamperes; a round number is a current
# ("FUSE 100A", "ESC 120A").
GRADE_CODE = re.compile(r"[0-9]{3,5}UA|[0-9]{2,4}[1-9]A")
JOIN_TAIL = re.compile(r"[A-Za-z0-9]{1,5}")
JIS_CLASS = re.compile(r"2S[ABCDJK]")
# JEDEC's lead-free category mark printed beside the number ("LTH7 e3"), in lower case: no part of it.
LEAD_FREE_MARK = re.compile(r"e[1-7]")


def letters_key(token: str) -> str:
    """A token's Latin capitals only, as product-line words are kept ("XING-E" -> "XINGE")."""
    return re.sub(r"[^A-Z]", "", latin(token.upper()))


def starts_with_line_word(token: str, line_words: frozenset[str]) -> bool:
    """Whether a token of capitals starts with a product-line word a family rule begins with."""
    key = letters_key(token)
    return len(key) >= 5 and any(key[:n] in line_words for n in range(5, len(key) + 1))


SPLIT_SUFFIX = re.compile(r"[A-Z][A-Z0-9]{0,3}(-[A-Z0-9]{1,4})?")
SPLIT_NUMBER = re.compile(r"[A-Z]{1,4}-?[0-9]{2,6}|[0-9]{2}[A-Z]{1,3}[0-9]{1,4}")  # (or a flash or EEPROM mark of digits first: "25LQ16 ESIG")
SPLIT_LEAD = re.compile(r"[0-9]{1,2}")
SPLIT_REST = re.compile(r"[A-Z]{1,4}[0-9][A-Z0-9]{1,10}(-[A-Z0-9]{1,4})?")  # "2 SC2712-GR"
# A number broken by a space inside it: letters then digits (then letters) before the space ("DS35Q",
# "AT32F", "MC7447"), the rest of the number after it ("1GA-IB", "403ACGT7", "AVU1000NB").
SPLIT_HEAD = re.compile(r"[A-Z]{1,6}[0-9]{1,6}[A-Z]{0,4}")
SPLIT_TAIL = re.compile(r"[A-Z0-9]{1,12}(-[A-Z0-9]{1,6}){0,2}")
MOTOR_KV = re.compile(r"KV\d{2,5}")  # a brushless motor's speed constant after its size ("2212 KV980")


# A 74-series logic number and a Nexperia/NXP package code of two letters after a space
# ("74AHC1G14 GV", "74LVC1G08 GW"): one ordering code.
LOGIC_NUMBER = re.compile(r"74[A-Z]{1,5}[0-9][0-9A-Z]*[0-9]")
NXP_PACKAGE_CODES = frozenset({"GV", "GW", "GM", "GF", "GX", "GN", "GS", "BQ", "PW", "DB", "DP", "DC"})


def split_suffix(a: str, b: str) -> bool:
    """A number and its grade or package letters on the next line or after a space ("BU2508 DF",
    "LTC3789 EUFD", "RH-0505 D", "74AHC1G14 GV"): capitals after letters then digits (a hyphen may
    sit between), not a package, unit or word of kind."""
    if LOGIC_NUMBER.fullmatch(a) and b in NXP_PACKAGE_CODES:
        return True
    return bool(SPLIT_NUMBER.fullmatch(a) and SPLIT_SUFFIX.fullmatch(b)) and not (
        PACKAGE.match(b) or UNIT.match(b) or STANDARD.match(b) or b in KIND_ABBREVIATIONS or b in CERTIFICATION_MARKS)


def split_lead(a: str, b: str) -> bool:
    """A number's leading digits split from the rest ("2 SC1815", "74 HC595D")."""
    return bool(SPLIT_LEAD.fullmatch(a) and SPLIT_REST.fullmatch(b))


def split_mid(a: str, b: str) -> bool:
    """A number broken by a space where its letters and digits meet ("DS35Q 1GA-IB", "AT32F 403ACGT7",
    "MC7447 AVU1000NB"): the rest holds a digit, and is no bare number (a date or lot code), package or
    unit; no two digit runs would run together. Whether the whole is anyone's number, and one read
    further than the piece before the space, is for the rules to say (match.fuller_reading)."""
    if not (SPLIT_HEAD.fullmatch(a) and SPLIT_TAIL.fullmatch(b)) or b.isdigit() or not any(c.isdigit() for c in b):
        return False
    if b[0].isdigit() and len(b) < 4 and not re.fullmatch(r"[0-9]{1,2}V[0-9]?", b):
        return False  # "MAX232DR 3AK", "TL431ACZ 9BK": a lot or date code after a whole number; not a zener's "5V1"
    if a[-1].isdigit() == b[0].isdigit() or heads_no_number(a) or STANDARD.match(a) or MOTOR_KV.fullmatch(b):
        return False  # "DDR3 H5TQ4G63CFR", "DA3 IR2110PBF", "X2212 KV980": a standard, a board position, a motor's KV
    return not (PACKAGE.match(b) or UNIT.match(b) or STANDARD.match(b) or b in KIND_ABBREVIATIONS
                or b in CERTIFICATION_MARKS or is_date_code(b))


def hyphen_break(a: str, b: str) -> bool:
    """A number broken after a hyphen ("PLC-RSC- 24DC/21"): a token of capitals and digits that
    ends in the hyphen, and the rest."""
    return len(a) >= 3 and a.endswith("-") and bool(re.fullmatch(r"[A-Z0-9][A-Z0-9-]*-", a)) and b[:1].isalnum() \
        and b[:1].isascii()


def value_and_unit(number: str, word: str) -> bool:
    """A number and the unit word after it ("125 MSPS", "40 MHz", "5 V", "1 A"), not a one-letter
    grade ("5338 A" of "Si 5338 A", "219 A" of "INA 219 A"): V and W after up to three digits, A
    after up to two or a decimal; UA and MA in capitals after three digits or more are package codes."""
    if not word.isalpha() or not UNIT.match(number + word):
        return False
    if word in ("UA", "MA") and len(number) >= 3:
        return False  # "OPA 2227 UA": Burr-Brown's package and grade in capitals, not microamps
    one = word.upper()
    return len(word) >= 2 or (one in "VW" and (len(number) <= 3 or not number.isdigit())) or (one == "A" and (len(number) <= 2 or not number.isdigit()))


SIGNS = "~±<>≤≥"
VALUE_NUMBER = re.compile(r"[~±<>≤≥]?\d+([.,]\d+)?([-–/]\d+([.,]\d+)?)*")  # "5", "3.3", "±250", "5.5-36"


def is_unit_after_value(toks: list[str], i: int) -> bool:
    """Whether toks[i] is the unit of the bare number or range before it ("5 V", "3.3 V", "16 MHz",
    "±250 V", "5.5-36 V")."""
    return i > 0 and VALUE_NUMBER.fullmatch(toks[i - 1]) is not None and value_and_unit(toks[i - 1].lstrip(SIGNS), toks[i])


def heads_no_number(word: str, typed_lower: bool = False) -> bool:
    """A word that never begins a split number: a description word in title or lower case, or in a
    row typed all in lower case ("Fan", "fan", "Nr"), a kind abbreviation ("LED"), a
    certification mark ("UL"), a reference designator ("DA1") or a standard's name ("DDR3
    H5TQ4G63CFR": the standard is no part of the number)."""
    return ((typed_lower or not word.isupper()) and word.lower() in DESCRIPTION_HEADS) \
        or word.upper() in KIND_ABBREVIATIONS \
        or word.upper() in CERTIFICATION_MARKS or REFDES.match(word) is not None \
        or (len(word) >= 4 and STANDARD.match(word.upper()) is not None)


BRACKETS = re.compile(r"[()\[\]{}\"«»（）【】]")  # not commas: lists write the package's lines with them ("LM, 2904M")


def token_groups(text: str, toks: list[str]) -> list[int]:
    """For each token, how many brackets and quotes stand before it in the text: tokens with the
    same number stand in one stretch ("(MP1584 EN) [C661U]": 1, 1, 3)."""
    out, at, seen = [], 0, 0
    for tok in toks:
        j = text.find(tok, at)
        if j < 0:
            out.append(seen)
            continue
        seen += len(BRACKETS.findall(text, at, j))
        out.append(seen)
        at = j + len(tok)
    return out


# A count joined to a word in small letters ("2-input", "8-bit", "3-state", "4-channel"): description.
COUNTED_WORD = re.compile(r"\d{1,3}-[a-zа-яіїє]{3,}")


def two_word_line_name(a: str, b: str, line_words: frozenset[str]) -> bool:
    """Two capitalised words of letters whose run together is a product-line word a rule begins
    with, eight letters or more: "Night Eagle", "Polar Starlight", "Cube Orange+" (the rules' NIGHTEAGLE,
    POLARSTARLIGHT, CUBEORANGE; a plus after the name marks a revision)."""
    b = b.rstrip("+")
    return a.isalpha() and b.isalpha() and a[:1].isupper() and b[:1].isupper() \
        and len(a) + len(b) >= 8 and (a + b).upper() in line_words


def joined_candidates(toks: list[str], skip: set[str], line_words: frozenset[str] = frozenset(),
                      typed_lower: bool = False, groups: list[int] | None = None) -> list[str]:
    """Part numbers split by a space in transcription: "MAX 999EUK+", "STM32 F100CBT6", "Si 5338 A".

    `skip` holds tokens that start no part number (maker names already recognised); a longer
    word starts one only if it is in `line_words`, the product-line words family rules begin
    with ("Pentium G4560", "XING-E 2306"): any other would join description words to numbers.
    `groups` numbers the bracketed or quoted stretch each token stands in: no join crosses one.
    """
    out = []
    for i in range(len(toks) - 1):
        a, b = latin(toks[i]), latin(toks[i + 1])
        if groups is not None and groups[i] != groups[i + 1]:
            continue  # "(MP1584 EN) [C661U]": a bracket or a quote between them
        if LEAD_FREE_MARK.fullmatch(toks[i + 1]) and not typed_lower:
            continue
        if two_word_line_name(a, b, line_words):
            out.append(a + b)  # "Ghost Atto", "Cube Orange": a product name of two words, no digits
            continue
        if len(b) >= 4 and b.upper() in a.upper():
            continue  # "SI4435DDY 4435D": the number and its top mark repeating it, not one number
        if any(c.isdigit() for c in a) and PACKAGE.match(a.upper()):
            continue  # "HSMT8 RQ3E100GN", "SOT23 BC847": a package named before the number heads none
        if CYRILLIC_WORD.fullmatch(toks[i]) and LATIN.search(toks[i + 1]):
            continue  # "захистом від ЕСР MAX14780EESA+": a word in Cyrillic (ЕСР, ESD), then a Latin number
        if other_date(a) or other_date(b) or toks[i + 1] in skip or b in skip or is_unit_after_value(toks, i) \
                or mps_date_line(toks, i) is not None:
            continue  # "TR 2021+", "MAX485 ESA+ MAXIM", "5 V EP2C5", "MPS2118 MP1584": a date, a maker's name, a unit
        if split_suffix(a, b) or split_lead(a, b) or hyphen_break(a, b):
            out.append(a + b)  # whether anyone's rule fits the whole is for the rules to say
            continue
        if split_mid(a, b):
            out.append(a + b)  # and on: a series word's third piece is still looked for below ("M9 S4 4658")
        # "MAX 999EUK+", "STM32 F100", and a logic series split from its number ("74HCT 4066D").
        line_word = letters_key(a) in line_words
        if not (JOIN_HEAD.fullmatch(a) or (LOGIC_SERIES.fullmatch(a) and b[:1].isdigit()) or line_word) or \
                a in skip or heads_no_number(a, typed_lower):
            continue
        # After a product-line word a model code may look like a value ("PIXHAWK 6C", "HADRON 640R").
        if not b[:1].isalnum() or not b[:1].isascii() or (UNIT.match(b) and not line_word and not (a.isupper() and MODEL_CODE.fullmatch(b.upper()))
                                               and not (a.isupper() and a.isalpha() and GRADE_CODE.fullmatch(b))
                                               and not logic_function(toks, i, a, b)) or \
                PACKAGE.match(b.upper()) or STANDARD.match(b):
            continue
        if not any(c.isdigit() for c in b) and not (b.isupper() and len(b) <= 4):
            continue  # "SN7 brake": a word, not the rest of a part number
        if COUNTED_WORD.fullmatch(b):
            continue  # "HS 2-input NOR gate", "ADC 8-bit": a count and a word of the description
        if len(a) == 1 and b[:1].isalpha() and len(b) >= 6 and any(c.isdigit() for c in b):
            continue  # "case A T491A106K016": a size or grade letter before a whole number, not its head
        if b.count("-") >= 2 and not (a.isalpha() and (len(a) <= 2 or (len(a) <= 4 and (b[:1].isalpha() or a.isupper())))) \
                and not line_word:
            continue  # "TX2 180-83310-DAAF-C04": a number of its own; "LS R976-NR-1", "Si 5351A-B-GT", "LAN 8720A-CP-TR" are one
        if b.isdigit() and any(c.isdigit() for c in a) and not JIS_CLASS.fullmatch(a):
            continue  # "ACT573 1652": a whole number and a date or lot code after it (not "2SC 3858")
        if b.isdigit() and toks[i].isupper() and len(a) == 3 and a in COUNTRIES:
            continue  # "MAR 711", "CHN 211": the country of assembly, then a lot or date code
        if b.isdigit() and a.isalpha() and i > 0 and re.fullmatch(r"\d{3,5}", latin(toks[i - 1])) and is_date_code(b):
            continue  # "3789 EUFD 1845": the suffix of the number before it, then a date code
        if a[-1:].isdigit() and b[:1].isdigit():
            continue  # "MAX10 10M08SAE144C8G": two numbers whose digit runs would run together
        if b.isdigit() and i + 2 < len(toks) and value_and_unit(b, latin(toks[i + 2])):
            continue  # "ADC 125 MSPS": a value and its unit after a word, not a split number
        if b.isdigit() and i + 2 < len(toks) and maxim_code([b, toks[i + 2]]):
            continue  # "dual DAC 5874 EGK+": Maxim's number (MAX left off) and its suffix, not the word's
        if not any(c.isdigit() for c in a + b) or STANDARD.match(a + b):
            continue  # "RG 58-A-U": a cable's name split, not a number
        out.append(a + b)
        # A third piece ("Si 5338 A"), but not a date code after the number ("W 950 1713").
        if i + 2 < len(toks) and JOIN_TAIL.fullmatch(latin(toks[i + 2])) and not is_date_code(toks[i + 2]) \
                and not (LEAD_FREE_MARK.fullmatch(toks[i + 2]) and not typed_lower) and latin(toks[i + 2]) not in skip \
                and (groups is None or groups[i + 1] == groups[i + 2]):
            out.append(a + b + latin(toks[i + 2]))
    return list(dict.fromkeys(out))


# Marking habits specific enough to hint at a maker (shared/data/marking_conventions.md).
# TI's second marking line: year/month and lot letters closed by the green symbol ("36KG4", "2CT G4").
# Infineon's packing code after its number ("SN7002N H6327", "BSS138N E6327"): never a part number.
INFINEON_PACKING = re.compile(r"^[HE]6[0-9]{3}$")
TI_LOT_LINE = re.compile(r"^(\d{1,2}[A-Z]{1,3})?G4$")
# The rest of that line: a year digit, a month (1-9, A-C) and a site letter ("2AT", "31K", "0CT"), then the
# four-character assembly lot ("2AT ADF8", "7AT CPJK", "2CT G4 AF4F"), which is no part number (ADI's ADF8).
TI_YMS = re.compile(r"^[0-9][1-9ABC][A-Z](G4)?$")
TI_LOT = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4}")
# International Rectifier's date line under a HEXFET mark printed without IR ("F9310 P704H", "F7101
# 812P"): a one-digit year and the week with P, the lead-free designator, before or after, and an
# assembly-site letter.
IR_MARK = re.compile(r"^(IR)?[FL][A-Z]?[0-9]{4}[A-Z]{0,4}$")
IR_DATE_LINE = re.compile(r"^(P[0-9]{3}[A-Z]?|[0-9]{3}P[A-Z]?)$")

# Linear Technology's ordering suffix: a temperature letter and a package code, only those that make no
# word or quantity with the letter ("IDD", "IDE", "HFE").
LT_SUFFIX = "[CIE](UFD|UF|UH|UDC|UDD|DDB|DHC|DHD|DKD|MSE|MS8E|MS8|GN|S8|SW|FE|TS8)"
LT_SPLIT_SUFFIX = re.compile(rf"^{LT_SUFFIX}$")
LT_WHY = ("a temperature letter and a package code (EUFD, CMS8, IS8, EGN) after a four-digit number is Linear "
          "Technology's ordering code")
# Analog Devices' ordering suffix: one or two grade and temperature letters, a package code (R SOIC,
# RU TSSOP, RM MSOP, RT SOT-23, KS SC-70, CP LFCSP, BC BGA, ST/SV/SW/SU LQFP and TQFP, ML a module...) and Z for lead-free
# (BRZ, ACPZ, BBCZ, SBSTZ, KSWZ, AMLZ), then perhaps a speed or option (BCPZ-80, BBCZ-5A, SBSTZ400).
ADI_SUFFIX = "([ABCJKSWY]{1,2}(R|RU|RM|RQ|RW|RJ|RT|KS|UJ|CP|CB|ST|BC|SV|SW|SU|ML|CS)Z(-?[0-9]{1,3}[A-Z]?)?)"  # (not KSZ: Micrel's)
ADI_SUFFIXED = re.compile(rf"^\d{{3,5}}[A-Z]?{ADI_SUFFIX}$")
# Maxim's ordering code after a four-digit number: a temperature letter (C, E, A, M), a package letter
# and a pin-count letter (2745ETJ for MAX2745ETJ, 3232CSE).
MAXIM_SUFFIXED = re.compile(r"^\d{4}[CEAM][A-Z]{2}$")
HABITS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^#\d{3,4}$"), "Analog Devices",
     "'#' before a YYWW date code is Analog Devices' lead-free marking"),
    (re.compile(rf"^(\d{{3,5}}[A-Z]?)?{ADI_SUFFIX}$"), "Analog Devices",
     "a grade-package-Z ordering suffix (BRZ, ACPZ, ARUZ...) is Analog Devices' lead-free coding"),
    # On Maxim's (and Dallas') numbers only: Mini-Circuits ends every RoHS model in '+' too (SLP1000+).
    # A bare number needs an ordering letter before the '+' ("3232E+"): "120+" is a count or a model name.
    # Maxim's second-sourced Siliconix analog switches too (DG408DY+, DG211CSE+): Vishay's end in -E3.
    (re.compile(r"^((MAX|MAXQ|MX|MXL|DS|ICL|DG)\d{3,5}[A-Z0-9]*|\d{3,5}[A-Z][A-Z0-9]*)\+[A-Z0-9]*$"), "Maxim Integrated",
     "'+' in an ordering code marks a Maxim lead-free part"),
    # onsemi's (ex-Motorola's) lead-free reel codes closing its ordering code ("MC79L05ACDR2G",
    # "MMBT3904LT1G", "NCP1117ST33T3G", "LM317MBDTRKG"): R2G/R4G/RKG reels, T1G/T3G/T4G/T5G tapes.
    # Leshan Radio copies them behind its L ("LMBT3904LT1G"), so an L opens only LM/LMV/LP numbers.
    (re.compile(r"^(?!L(?!MV?[0-9]|P[0-9]))[A-Z0-9][A-Z0-9-]*[0-9][A-Z0-9-]*(R2G|R4G|RKG|T1G|T3G|T4G|T5G)$"), "onsemi",
     "a reel code closed by G (DR2G, LT1G, T3G, RKG) is onsemi's lead-free ordering code"),
    # ROHM's package letters after a digital transistor's number (DTC114EKA: SMT3, UA: UMT3, SA: SPT,
    # CA) and its taping codes after a transistor's (2SC4081T106R, 2SA1037AKT146R, RK7002BMT116):
    # Nexperia, Diodes and onsemi write PDTC, DDTC or ET1G instead.
    (re.compile(r"^(DT[AC][0-9]{3}[A-Z](KA|UA|SA|CA)|[A-Z0-9]*[0-9][A-Z]{0,3}T1(06|16|46|48|10)[A-Z]?)$"), "ROHM Semiconductor",
     "a package code KA/UA/SA after a digital transistor's number, or a taping code T106/T116/T146, is ROHM's "
     "ordering code"),
    # Microchip's (ex-TelCom's) temperature letter and package code after a TC number ("TC7660SCOA",
    # "TC4427AEOA", "TC1262-3.3VDB", "TC1054-3.3VCT"): Intersil and Maxim sell the same circuits as ICL
    # and MAX numbers, Toshiba's TC numbers carry other letters (TC74HC595AP, TC7SH04FU).
    (re.compile(r"^TC[0-9]{3,4}[A-Z]?(-[0-9.]+)?[CEV](OA|PA|UA|MF|OT|DB|CT|ZB|MC|LT|AB|JA)(713)?$"), "Microchip Technology",
     "a temperature letter C/E/V and a package code (OA, PA, UA, DB, CT) after a TC number is Microchip's (TelCom's) "
     "ordering code"),
    # Infineon's packing code after a discrete's number ("BAS40-04 E6327", "BC847B H6327"): the
    # ordering code's tail (BAS4004E6327HTSA1), which no second source of those numbers uses.
    (INFINEON_PACKING, "Infineon Technologies",
     "a packing code E6327/H6327 after the number is Infineon's ordering code (BAS4004E6327HTSA1)"),
    (TI_LOT_LINE, "Texas Instruments",
     "'G4' closing the lot line is Texas Instruments' green (RoHS, no Sb/Br) symbol"),
    # Joined to its number here; split from it ("3789 EUFD"), see lt_code.
    (re.compile(rf"^\d{{4}}[A-Z]?{LT_SUFFIX}$"), "Linear Technology", LT_WHY),
    # Microchip's temperature and package code after the number ("MCP2551-I/SN", "2551 I/SN",
    # "PIC16F628A-I/P"): I, E or H, a slash and the package letters; "I/P" alone may be an input.
    (re.compile(r"^([A-Z0-9]+-[IEH]/P|([A-Z0-9]+-)?[IEH]/(SN|SO|SL|ST|SS|SP|MS|MF|MC|ML|MG|MQ|MV|MR|PT|PF|PL|OT|CH|NG|LT))$"),
     "Microchip Technology", "a temperature letter, a slash and a package code (I/SN, E/P, I/ST) is Microchip's ordering "
     "and marking code"),
    # TI's package designator and reel letter closing an ordering code ("ADS1115IDGSR", "TPS62130RGTR",
    # "LMX2594RHAT"): SOT-23 DBV, SC-70 DCK, MSOP DGK/DGS/DGN, QFN RGT/RGE/RHA/RTE/RVA..., WCSP YZP.
    (re.compile(r"^[A-Z0-9]*[0-9][A-Z0-9]*(DBV|DCK|DGK|DGS|DGN|DRL|DRC|DSG|DRV|DDC|DCQ|DRB|RGT|RGE|RGZ|RHA|RHB|RTE|RTW|"
                r"RVA|RUM|RSA|YZP|YFF|DYY|PWP)[RT]$"), "Texas Instruments",
     "a package designator and a reel letter (DBVR, DGSR, RGTR, RHAT) closing the ordering code is Texas Instruments' "
     "ordering code"),
    # Mini-Circuits' model names: letters (and a digit or two), a hyphen, the model and its RoHS '+'.
    (re.compile(r"^[A-Z]{2,6}[0-9]{0,2}(-[0-9A-Z]{1,7}){1,3}\+$"), "Mini-Circuits",
     "a model name with a hyphen closed by '+' (GALI-84+, ZX60-3018G+, ADE-1+, VLM-33-2W-S+) is Mini-Circuits' RoHS model code"),
    # Also joined to its number ("8117FRZ"), and with C for commercial: CBZ and CRZ are Analog
    # Devices' grade-package-Z codes too ("6609CRZ"), so such a row shows both makers' habits.
    # (Not P: "IPZ" is TI's industrial LQFP-100, MSP430F5438AIPZ.)
    # An E before it is the ESD-hardened version's letter ("3172 EIBZ" for ISL3172EIBZ), as a version
    # letter A-D may be ("8105 BCBZ" for ISL8105BCBZ); a reference's voltage option sits before the Z
    # after such a letter ("21090 BFB825Z"), never bare ("FR540Z" is IR's IRFR540Z). A is the
    # automotive range, with the SOIC letters B, BA or B8 ("6721 ABZ", "7660S CBAZ", "1208 IB8Z"):
    # ARZ is Analog Devices' A grade in SOIC alone.
    (re.compile(r"^(\d{4,5}[A-Z]?)?([A-D]?E?([IMFC][BRUVAH]|[IMFCA](BA|B8)|AB)|[A-D][IMFC][BRUVAH][0-9]{2,3})Z$"), "Intersil",
     "a temperature letter (I, M, F, C; A before SOIC letters), a package letter and Z (IBZ, IRZ, MBZ, FRZ, CBZ, "
     "ABZ, CBAZ), after a version letter or not, is Intersil's lead-free ordering suffix"),
)
# Maxim's ordering suffix: temperature (C, E, A, M), package and pin-count letters, after an
# optional E of an ESD-hardened version (MAX3232EUE, MAX3222CAP, MAX202ECSE). TI's codes for
# the same numbers end in D/DB/DW/N/PW and R (MAX3232CDR, MAX3232IDBR, MAX232ECN, MAX232ECD),
# so Maxim's pin letters D (14) and N (18) are left out: a Maxim MAX3222CPN goes unnoticed,
# a TI MAX232ECN is not taken for Maxim's.
MAXIM_SUFFIX = r"E?[CEAM][A-Z][ACEGIJKLMPQSTUVXYZ]\+?T?"
MAXIM_CODE = re.compile(rf"^MAX\d{{3,5}}{MAXIM_SUFFIX}$")
MAXIM_NUMBER = re.compile(r"^MAX\d{3,5}[A-Z]?$")
BARE_MAXIM_NUMBER = re.compile(r"^\d{3,5}[A-Z]?$")
MAXIM_SPLIT_SUFFIX = re.compile(rf"^{MAXIM_SUFFIX}$")
MAXIM_WHY = "a temperature-package-pins suffix after a MAX number (CAE, EUE, CSE) is Maxim's ordering code"


# National's lead-free ordering suffix, kept by TI since 2011 ("LP5907MFX-3.3/NOPB", "LM4040DIM3-5.0/NOPB").
NOPB = re.compile(r"[A-Z0-9][/-]NOPB\b")


# NXP's and Nexperia's orderable numbers end in the packing part of the 12NC after a comma
# ("BC847C,215", "BZX84-C5V1,215", "PMEG3020EJ,115"): reel, tape and bulk codes.
NXP_PACKING = re.compile(r"(?<![A-Z0-9,-])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*[0-9])[A-Z0-9-]{4,},"
                         r"(112|113|115|118|125|127|132|133|135|147|165|215|219|235|315|335|518|557|599|652)(?![0-9A-Z])")


def token_habits(tok: str) -> set[str]:
    """Makers whose marking habit the token itself shows ("1201BRZ": ADI's suffix on the number)."""
    up = tok.upper()
    if up.startswith("#"):
        return set()  # ADI's '#' marks a date code, not the number beside it
    return {maker for pattern, maker, _ in HABITS if pattern.match(up)} | \
        ({"Maxim Integrated"} if MAXIM_CODE.match(up) else set())


# Does any habit fit a token? One call instead of one per habit (most tokens show none).
ANY_HABIT = re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in HABITS))


def marking_hints(toks: list[str], cat: Catalog, text: str = "") -> list[tuple[str, str]]:
    """(why, maker) for each sign of a maker the row shows: a product-line trademark ("HEXFET
    Power MOSFET"), a marking habit of its own ('#' before a date code, Maxim's '+', NXP's ',215')."""
    out = [(f"{tm.name!r} is {tm.manufacturer}'s trademark for its {tm.line} ({tm.origin.rsplit('/', 1)[-1]})",
            tm.manufacturer) for tm in trademarks_in(toks, cat)]
    packing = NXP_PACKING.search(text.upper()) if "," in text else None
    if packing:
        why = f"',{packing.group(1)}' after the number is the packing code of an NXP/Nexperia 12NC ordering code"
        out.extend((why, m) for m in ("NXP Semiconductors", "Nexperia") if m in cat.makers)
    shown = [t for t in toks if ANY_HABIT.match(t)]
    for pattern, maker, why in HABITS if shown else ():
        if maker in cat.makers and any(pattern.match(t) and not named_by_another(t, maker, cat) for t in shown):
            out.append((why, maker))
    out.extend(own_codes(toks, cat))
    if "Maxim Integrated" in cat.makers and maxim_code(toks):
        out.append((MAXIM_WHY, "Maxim Integrated"))
    if "Linear Technology" in cat.makers and lt_code(toks) and all(m != "Linear Technology" for _, m in out):
        out.append((LT_WHY, "Linear Technology"))
    upper = text.upper()
    for tok in SPLIT.split(upper) if "-ND" in upper else ():
        sku = DIGIKEY_SKU.match(tok)
        if sku and sku.group(2) and DIGIKEY_MAKER[sku.group(2)] in cat.makers:
            out.append((f"'{sku.group(2)}' before the packing code of Digi-Key's stock number {tok} is Digi-Key's "
                        f"code for {DIGIKEY_MAKER[sku.group(2)]}", DIGIKEY_MAKER[sku.group(2)]))
    if "Texas Instruments" in cat.makers and NOPB.search(text.upper()):
        out.append(("'/NOPB' (no lead) closing the ordering code is National Semiconductor's lead-free suffix, "
                    "kept by Texas Instruments", "Texas Instruments"))
    return out


def written_code(tok: str) -> str:
    """A token of the row as a marking code would be looked up: Latin capitals, punctuation off."""
    return latin(tok.upper()).strip(".,;:()-")


def own_codes(toks: list[str], cat: Catalog) -> list[tuple[str, str]]:
    """A small package's marking code printed beside the very number it stands for in one company's
    datasheet ("BSS138 J1": onsemi's code for its BSS138; Diodes' is K38): that company's sign."""
    keys = {k for k in map(part_key, toks) if len(k) >= 4}
    out: list[tuple[str, str]] = []
    for tok in toks:
        code = written_code(tok)
        if not 2 <= len(code) <= 4 or code in keys or code.isdigit():
            continue
        beside = [m for m in cat.topmarks.get(code, ()) if part_key(m.mpn) in keys]  # the code's entries for a number in the row
        if beside and len({cat.owner(m.manufacturer) or m.manufacturer for m in beside}) == 1:
            mark = min(beside, key=lambda m: m.manufacturer)
            out.append((f"'{code}' beside {mark.mpn} is {mark.manufacturer}'s marking code for it (topmarks.csv)",
                        mark.manufacturer))
    return out


def named_by_another(token: str, maker: str, cat: Catalog) -> bool:
    """Whether another maker's specific rule (priority 84 or more, five fixed characters or more) reads
    the token: its shape then matches the habit by chance ("ODROID-H2+" is Hardkernel's board, not a
    Mini-Circuits model with its RoHS '+')."""
    key = part_key(token)
    return any(r.priority >= 84 and r.literal_length_for(key) >= 5 and not cat.same_company(r.manufacturer, maker)
               for r in cat.family_rules(key))


def trademarks_in(toks: list[str], cat: Catalog) -> list[TradeMark]:
    """Trademarks written in the row, once each; a word in lower case only is an ordinary word
    ("cyclone"), not the trademark ("Cyclone IV", "iCE40", "HEXFET")."""
    found: dict[str, TradeMark] = {}
    for t in toks:
        key = trademark_key(t)
        # A generation after a hyphen belongs to the trademark: "Spartan-6", "Virtex-7", "Stratix-V".
        base, _, generation = key.partition("-")
        tm = cat.trademarks.get(key) or (cat.trademarks.get(base) if GENERATION.fullmatch(generation) else None)
        if tm is not None and not t.islower():
            found.setdefault(tm.name, tm)
    return list(found.values())


GENERATION = re.compile(r"[0-9ivx]{1,4}[a-z+]?")


def lt_code(toks: list[str]) -> bool:
    """Whether Linear Technology's ordering suffix follows a four-digit number ("3789 EUFD")."""
    ups = [latin(t.upper()) for t in toks]
    return any(LT_SPLIT_SUFFIX.match(u) and i > 0 and re.fullmatch(r"\d{4}[A-Z]?", ups[i - 1])
               for i, u in enumerate(ups))


def maxim_code(toks: list[str]) -> bool:
    """Whether a MAX number carries Maxim's own suffix, joined or as the next token ("MAX3221 CAE"),
    or a bare number the suffix with Maxim's lead-free '+' ("3051 ESA+": the MAX left off)."""
    ups = [t.upper() for t in toks]
    return any(MAXIM_CODE.match(t) or i + 1 < len(ups) and MAXIM_SPLIT_SUFFIX.match(ups[i + 1]) and (
        MAXIM_NUMBER.match(t) or BARE_MAXIM_NUMBER.match(t) and ups[i + 1].rstrip("T").endswith("+"))
        for i, t in enumerate(ups)) or any(
        # The suffix on its own line with the lead-free '+' and the date after it, words of the description
        # between it and the number ("MAX3232 transceiver (EUE +116)").
        MAXIM_SPLIT_SUFFIX.match(t) and not t.endswith("+") and ups[j + 1].startswith("+")
        and any(MAXIM_NUMBER.match(u) for u in ups[:j]) for j, t in enumerate(ups[:-1]))


# A voltage or option code after the last hyphen ("LM1117-3.3", "MB3793-42", "LP2985-ADJ"): folded
# into the key it defeats rules that end the number where the base number ends.
VOLTAGE_OPTION = re.compile(r"^(?P<base>.*[A-Za-z].*[0-9][A-Za-z0-9]*)-(\d{1,2}(\.\d{1,2})?|ADJ)$")


def option_base(candidate: str) -> str | None:
    """The number before a trailing voltage or option code, when it is a number itself."""
    m = VOLTAGE_OPTION.match(candidate)
    return m.group("base") if m and is_partlike(m.group("base")) else None


# Words before the number of a part this one replaces or copies: "1986ВЕ92У (аналог STM32F103)",
# "КТ3102Е analogue of BC547", "replaces LM324". English nouns only with "of", "to" or "for" after them
# ("analog switch").
EQUIVALENT_WORDS = {"аналог", "аналоги", "аналогом", "аналога", "замена", "заміна", "заменяет", "замінює",
                    "replaces", "replacing", "вместо", "замість"}
EQUIVALENT_WORDS_OF = {"analog", "analogue", "equivalent", "replacement", "substitute"}
# Words after the number a part replaces, as domestic substitutes are described: "(LM358 substitute) SGM358",
# "(SN75176 pin-compatible) TPT75176"; with "with" or "to" after them the number follows instead
# ("pin-compatible with TJA1042"), as after "instead of".
EQUIVALENT_AFTER = {"substitute", "compatible", "pin-compatible", "equivalent", "replacement", "clone", "drop-in",
                    "совместимый", "сумісний"}


def equivalents(toks: list[str]) -> set[str]:
    """The numbers a row names as the parts its own replaces ("аналог STM32F103", "analogue of BC547",
    "LM358 substitute", "compatible with TJA1042")."""
    out = set()
    lows = [t.lower().strip(":") for t in toks]

    def replaced_from(j: int) -> None:
        # The replaced part's maker may come first: "analogue of Xilinx XC7K325T" replaces both.
        out.add(toks[j])
        if j + 1 < len(toks) and toks[j].isalpha() and any(ch.isdigit() for ch in toks[j + 1]):
            out.add(toks[j + 1])

    for i, low in enumerate(lows[:-1]):
        if low in EQUIVALENT_WORDS:
            replaced_from(i + 1)
        elif low in EQUIVALENT_WORDS_OF | EQUIVALENT_AFTER and lows[i + 1] in {"of", "to", "for", "with"} \
                and i + 2 < len(toks):
            replaced_from(i + 2)
        elif low == "instead" and lows[i + 1] == "of" and i + 2 < len(toks):
            replaced_from(i + 2)
    out |= {toks[i - 1] for i, low in enumerate(lows) if i and low in EQUIVALENT_AFTER
            and (i + 1 == len(lows) or lows[i + 1] not in {"with", "to"})}
    return out


def line_names(candidates: list[str]) -> set[str]:
    """Product-line names the row's full number holds inside it, not at its start, with a variant digit
    of its own: "i.MX RT1060" beside MIMXRT1062DVL6A names the line the part belongs to, not another
    maker's RT1060 (a number the other holds whole is the same number, joined to a word before it)."""
    keys = {c: part_key(c) for c in candidates}
    return {a for a, ka in keys.items() if len(ka) >= 5 and any(
        len(kb) >= len(ka) + 3 and kb.find(ka[:-1]) > 0 and ka not in kb for b, kb in keys.items() if b != a)}


LOGO_SEPARATOR = re.compile(r"[-/:]")
# A military part's screening suffix after a slash ("LF155AH/883", "AD7545TQ/883B"): MIL-STD-883, no part of the number.
MIL_SCREENED = re.compile(r"^(.*[A-Za-z0-9])/883[A-Ca-c]?$")
# A piece of a slash-listed row that can be a part number of its own: a letter, two digits, five characters.
SLASH_PIECE = re.compile(r"(?=(?:.*[A-Za-z]))(?=(?:.*\d){2})[A-Za-z0-9][A-Za-z0-9.+#-]{4,}")


def slash_pieces(token: str) -> list[str] | None:
    """The pieces of a token that may be two or more part numbers with slashes between them
    ("LM358/LM324", "AD8605ARZ/AD8606ARZ"); never an ordering code's tail ("MCP2515-I/SO", "/NOPB")
    or a variant's digits ("STM32F405/407"): every piece has a letter and two digits and five
    characters. Whether they are parts apart or one number (a relay's "HF115F/012-1ZS3", a
    bearing's cone and cup "LM11949/LM11910") is for the rules to say."""
    pieces = token.split("/")
    if len(pieces) < 2 or not all(SLASH_PIECE.fullmatch(latin(p)) and is_partlike(p) for p in pieces):
        return None
    return pieces


def logo_apart(token: str, cat: Catalog) -> tuple[str, ...]:
    """A maker's logo written against the number with a hyphen, slash or colon ("TI-ADS1115IDGSR",
    "XILINX-XC2C64A-7VQG44C", "TI/TPS54331DR", "Maxim:MAX3232ESE+"), cut in two when a specific family
    rule (priority 70 or more) of that maker's company reads the rest and no rule reads the whole
    ("ST-M32", "NEO-M8N" stay whole)."""
    at = LOGO_SEPARATOR.search(token)
    if at is None:
        return logo_glued(token, cat)
    head, rest = token[:at.start()], token[at.end():]
    if len(head) < 2 or not head.isalpha() or not (head.isupper() or head.istitle()):
        return logo_glued(token, cat)  # "TOREXXC6222B331MR-G": the hyphen is the number's own
    maker = cat.resolve(head)
    if maker is None or not is_partlike(rest) or cat.family_rules(part_key(token)):
        return (token,)
    return (head, rest) if maker_reads(cat, maker, rest) else (token,)


def maker_reads(cat: Catalog, maker: str, number: str) -> bool:
    """Whether a specific family rule (priority 70 or more) of the maker's company reads the number."""
    return any(r.priority >= 70 and cat.same_company(r.manufacturer, maker) for r in cat.family_rules(part_key(number)))


def logo_glued(token: str, cat: Catalog) -> tuple[str, ...]:
    """A maker's name of four capitals or more typed against the number with nothing between
    ("TOSHIBATLP2168", "ROHMBD9E151NUX", "MAXIMMAX1202"), cut in two when a specific family rule
    (priority 70 or more) of that maker's company reads the rest and no rule reads the whole; the
    longest name that does wins."""
    if len(token) < 8 or not token[:4].isupper() or cat.family_rules(part_key(token)):
        return (token,)
    for k in range(min(len(token) - 4, 12), 3, -1):
        head, rest = token[:k], token[k:]
        if not head.isalpha() or not head.isupper():
            continue
        maker = cat.aliases.get(name_key(head))
        if maker is not None and is_partlike(rest) and maker_reads(cat, maker, rest):
            return (head, rest)
    return (token,)


def logo_or_piece(a: str, b: str, cat: Catalog) -> bool:
    """True when a maker's short name before a number is the head of another maker's number broken
    by a space ("ST 7789VW" for Sitronix's ST7789VW, "LIS 3MDLTR" for ST's LIS3MDLTR); False when it
    is the name of the number's maker.

    A specific rule (priority 70 or more) of another company reads the two joined, from the name
    on, and no rule of the named maker's company reads the number alone ("TI TPS54331DR" stays a
    logo and its number), nor with one of that maker's own prefixes put before it ("XMC 25QH64":
    XMC's XM25QH64). A rule whose fixed letters are just the name joins only a number no specific
    rule (priority 50 or more) reads alone: "ISC 2N3055" is INCHANGE's 2N3055, not an Infineon ISC
    part. A number with a character lost in conversion ("MPS ??9486") is not complete enough to tell."""
    if not (2 <= len(a) <= 5 and a.isascii() and a.isalpha() and a.isupper() and is_partlike(b)) \
            or LOST.search(b) or FREQUENCY.fullmatch(latin(b).upper()):
        return False  # "KDS 12.000": a crystal maker's name and its frequency
    maker = cat.resolve(a)
    if maker is None:
        return False
    key, alone = part_key(a + b), cat.family_rules(part_key(b))
    rules = [r for r in cat.family_rules(key) if r.priority >= 70 and r.literal_length_for(key) >= len(a)]
    # Four digits after a logo are its date code, unless joined they are a number a specific rule
    # fixes to its last character ("ST 7920": Sitronix's ST7920; "ST 2211" the date).
    if is_date_code(b) and not any(r.priority >= 80 and r.literal_length_for(key) == len(key) for r in rules):
        return False
    if not rules or any(cat.same_company(r.manufacturer, maker) for r in rules + alone):
        return False
    if own_prefix_reads(part_key(b), maker, cat, max(r.priority for r in rules)):
        return False
    return any(r.literal_length_for(key) > len(a) for r in rules) or not any(r.priority >= 50 for r in alone)


def expand(prefix: str, key: str) -> str | None:
    """The key with the part of `prefix` it lacks put in front ("IRLR" + "LR3103" -> "IRLR3103")."""
    if key.startswith(prefix):
        return None
    for cut in range(1, len(prefix)):
        if key.startswith(prefix[cut:]):
            return prefix[:cut] + key
    # The whole prefix in front: only a prefix of letters ("LTC" + "3789"); one with digits names a series,
    # not a maker's letters ("COM200" + "8710", "DS80C" + "18S20", "AT24C" + "45DB321D" make other numbers).
    return prefix + key if prefix.isalpha() else None


def own_prefix_reads(key: str, maker: str, cat: Catalog, above: int) -> bool:
    """Whether one of the maker's own letter prefixes put before the number makes one of its numbers, by a
    rule of higher priority than `above` (the other company's rule that reads the logo and number joined)."""
    for prefix, rules in cat.prefix_rules.items():
        if not any(cat.same_company(r.manufacturer, maker) for r in rules):
            continue
        full = expand(prefix, key)
        if full and full[:len(full) - len(key)].isalpha() and any(cat.same_company(r.manufacturer, maker) and r.priority > above
                                                                  for r in cat.family_rules(full)):
            return True
    return False


def logos_joined(toks: list[str], cat: Catalog) -> list[str]:
    """The tokens, with each maker's short name that heads another maker's broken number joined to it."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and logo_or_piece(toks[i], toks[i + 1], cat):
            out.append(toks[i] + toks[i + 1])
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


# A distributor's stock number: its maker code of two or three digits, a hyphen, the maker's part number
# ("595-TPS5430DDAR", "511-STM32F103C8T6" in a procurement list). The part number starts with letters.
DISTRIBUTOR_SKU = re.compile(r"^[0-9]{2,3}-([A-Z]{2,}[A-Z0-9]*[0-9][A-Z0-9#/+.-]*)$")


# Digi-Key's stock number: the maker's part number, Digi-Key's code for some makers (OS onsemi, DI Diodes,
# FS Fairchild), its packing (CT cut tape, TR reel, DKR Digi-Reel) and "-ND" ("LM2596DSADJR4GOSCT-ND",
# "BSS138-7-FDICT-ND", "LM317LZGOS-ND", "ATMEGA328P-AU-ND"); its own numbers ("497-6063-1-ND") carry none.
DIGIKEY_SKU = re.compile(r"^((?=[A-Z0-9#/+.,-]*[A-Z][A-Z0-9#/+.,-]*-ND$)[A-Z0-9][A-Z0-9#/+.,-]*?[A-Z0-9])(OS|DI|FS)?(?:CT|TR|DKR)?-ND$")
DIGIKEY_MAKER = {"OS": "onsemi", "DI": "Diodes Incorporated", "FS": "Fairchild Semiconductor"}


def without_stock_code(tok: str) -> str:
    """A distributor's stock number read as the maker's part number it carries; any other token as it is."""
    m = DISTRIBUTOR_SKU.match(tok) or DIGIKEY_SKU.match(tok)
    return m.group(1) if m and is_partlike(m.group(1)) else tok


def ti_lot_code(toks: list[str], i: int) -> bool:
    """Whether the token is the assembly lot closing TI's date line: four characters after its year-month-site
    token, or after that token and a separate G4 ("VP1050 2AT ADF8", "MB3238Q 2CT G4 AF4F")."""
    lot = latin(toks[i].upper())
    if not TI_LOT.fullmatch(lot) or PACKAGE.match(lot):
        return False  # ("NE555 33K DIP8": a resistor's value and a package, no date line)
    at = i - 2 if i >= 2 and latin(toks[i - 1].upper()) == "G4" else i - 1
    return at > 0 and bool(TI_YMS.match(latin(toks[at].upper()))) and is_partlike(toks[at - 1])  # right under the number


def read_marking(text: str, cat: Catalog) -> Marking:
    """Split a row's text into candidates, makers, date codes, origins, lots and words."""
    toks = logos_joined([piece for tok in tokens(text) for piece in logo_apart(without_stock_code(tok), cat)], cat)
    typed_lower = not any(ch.isupper() for ch in text)  # a list typed all in lower case ("tmps 05-112")
    makers = find_makers(toks, cat, typed_lower)
    maker_words = {w for written, _ in makers for w in written.split()}
    candidates: list[str] = []
    dates: list[str] = []
    origins: list[str] = []
    words: list[str] = []
    lots: list[str] = []
    dated_at: set[int] = set()
    made_in = False
    for i, tok in enumerate(toks):
        up = latin(tok.upper()).strip(".:")
        if up in COUNTRIES and (tok.isupper() or made_in):
            origins.append(COUNTRIES[up])
            continue
        made_in = up == "IN" and bool(words) and words[-1].upper() == "MADE"
        if tok in maker_words:
            continue
        if TI_LOT_LINE.match(up) or INFINEON_PACKING.match(up) and i and is_partlike(toks[i - 1]) \
                or IR_DATE_LINE.match(up) and i and IR_MARK.match(latin(toks[i - 1].upper())):
            lots.append(tok)
            continue
        if candidates and (ti_lot_code(toks, i) or TI_YMS.match(up) and any(ti_lot_code(toks, j) for j in (i + 1, i + 2)
                                                                          if j < len(toks))):
            lots.append(tok)  # TI's date line under the number: "2AT ADF8", "2CT G4 AF4F"
            continue
        if other_date(tok) or year_written(toks, i) is not None:
            dates.append(tok)  # "2021+", "2019-05", "2023 г.в.": dates lists write, never part numbers
            dated_at.add(i)
            continue
        if is_date_code(tok):
            dates.append(tok.lstrip("#"))
            if tok.startswith("#"):
                continue  # "#2312": ADI's lead-free mark before a date code, never a part number
        if candidates and (line := ONSEMI_DATE_LINE.fullmatch(up)) and is_date_code(line.group(1)):
            dates.append(line.group(1))  # "33072 AL1721": onsemi's assembly site, wafer lot and YYWW under the number
            continue
        if (lot_line := onsemi_lot_line(toks, i)) is not None and is_date_code(lot_line):
            lots.append(tok)  # "14011BG KX1639": onsemi's site, wafer lot and YYWW under its CMOS mark
            dates.append(lot_line)
            continue
        if (mps := mps_date_line(toks, i)) is not None and is_date_code(mps):
            dates.append(mps)  # "MPS2118 MP1584": MPS's logo and YYWW over its number, no MPS2118 transistor
            continue
        if tok.isdigit() and i + 1 < len(toks) and QUANTITY_WORD.match(toks[i + 1]):
            continue  # "500 шт.": a quantity
        if tok.isdigit() and i and toks[i - 1].upper() in STANDARD_WORDS:
            continue  # "ARINC 429", "MIL-STD 1553": the standard's number, not a part
        if tok.isdigit() and i + 1 < len(toks) and (toks[i + 1].upper().rstrip(".") in VALUE_UNITS
                                                    or toks[i + 1] in ("mA", "uA", "µA")):
            continue  # "500 kHz", "2200 uF", "700 mA" (in small letters: no grade): a value in the description
        if REFDES.match(tok) and any(is_partlike(t) for t in toks[i + 1:]):
            continue  # "DA1 AD8605ARTZ": the board position, not the part
        if tok.lower().endswith("-based") or (i and toks[i - 1].lower() in ("for", "для") and is_partlike(tok)
                                                and any(is_partlike(t) for t in toks[i + 1:])):
            continue  # "CC1101-based A1101R08A", "balun for CC2500 2450BM15": the chip it serves, not the part
        if is_partlike(tok):
            candidates.append(tok)
            if (mil := MIL_SCREENED.match(tok)) and is_partlike(mil.group(1)):
                candidates.append(mil.group(1))  # "LF155AH/883": the part, screened to MIL-STD-883
        elif tok.isupper() and starts_with_line_word(tok, cat.line_words()):
            candidates.append(tok)  # "BLUENRG-MS": a number of letters only, of a product line a rule names
        elif tok[:1].isupper() and (letters_key(tok) in cat.line_words()
                                    or LINE_NAME_VARIANT.match(tok) and letters_key(tok.split("-")[0]) in cat.line_words()):
            candidates.append(tok)  # "Durandal", "Herelink", "Catherine-FC", "Ellipse-D": a product line's name, capitalised
        elif LETTERS_ONLY.match(tok) or HYPHENATED_WORD.match(tok):
            words.append(tok)  # "pre-driver", "op-amp", "Three-phase": description words too
        elif SLASHED_WORDS.match(tok) and not tok.isupper():
            words.extend(tok.split("/"))  # "driver/receiver", "step-up/step-down": each word describes the part
    kept = [(t, g) for i, (t, g) in enumerate(zip(toks, token_groups(text, toks), strict=True))
            if t not in lots and i not in dated_at]
    # Neither a maker's name nor a country of origin printed on the lines after the number ("10N60M2
    # MAR 9B 247": ST's Morocco plant, not Mini-Circuits' MAR9B247) joins a number; a row that begins
    # with the word begins with a number ("MAR 8ASM").
    first = next((i for i, t in enumerate(toks) if is_partlike(t)), len(toks))
    origin_words = {t for t in toks[first + 1:] if latin(t.upper()).strip(".:") in COUNTRIES and (t.isupper() or typed_lower)}
    join_toks, groups, skip = [t for t, _ in kept], [g for _, g in kept], maker_words | origin_words
    if typed_lower:
        # Its words split from numbers as capitals would, and its makers' names count as written.
        join_toks, skip = [t.upper() for t in join_toks], {w.upper() for w in skip}
    for joined in joined_candidates(join_toks, skip, cat.line_words(), typed_lower, groups):
        if joined not in candidates:
            candidates.append(joined)
    corroborated = corroborated_names(toks, makers, candidates, cat)
    if corroborated:
        # A short name read as a maker here is no piece of a number joined across it ("ON 4906NG" is not ON4906NG).
        names = {w for w, _ in corroborated if w in LOGOS_BESIDE_CODES}
        candidates = [c for c in candidates if c in toks or not any(c.startswith(w) or c.endswith(w) for w in names)]
    makers += corroborated
    for run, grouped in digit_groups(toks):
        if grouped not in candidates:
            # Ahead of its own groups: the whole number is read first, like any part number.
            at = next((i for i, c in enumerate(candidates) if c in run), len(candidates))
            candidates.insert(at, grouped)
    for c in list(candidates):
        base = option_base(c)
        if base and base not in candidates:
            candidates.insert(candidates.index(c) + 1, base)  # "MB3793-42", "LM1117-3.3": the number without its voltage
    replaced = equivalents(toks) | line_names(candidates)
    # and what joins them, but not a number written whole that merely begins like the replaced one
    # ("IR 2101S (IR2101STRPBF) replaces IR2101": the part's own ordering code stays)
    kept_apart = [c for c in candidates if not any(c == r or c.startswith(r) and c not in toks for r in replaced)]
    if replaced and kept_apart:
        candidates = kept_apart
        makers = [(w, m) for w, m in makers if w not in replaced]  # the replaced part's maker, not this one's
    designation = find_designation(candidates, toks)
    if designation is not None and designation.text not in candidates:
        candidates.append(designation.text)  # "1986 ВЕ92У": split by a space, read joined
    return Marking(text=text, candidates=candidates, makers=makers, date_codes=dates, origins=origins,
                   lots=lots, words=words, hints=marking_hints(toks, cat, text), designation=designation)
