"""Import KiCad symbol libraries (``.kicad_sym``, KiCad 6 S-expressions) as a parts catalogue.

A symbol whose datasheet link points at a maker's own site (or names the maker in the path of a
datasheet archive) becomes a row ``mpn, manufacturer, family, description, category, source``.
Everything here is a pure function: no printing, no state kept between calls.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_KICAD_SYMBOLS_VERSION = "6.0.10"
PARTS_COLUMNS = ("mpn", "manufacturer", "family", "description", "category", "source")

# ---------------------------------------------------------------------------------------------
# S-expressions
# ---------------------------------------------------------------------------------------------

# One token per match: a paren, a complete quoted string, a lone quote (an unterminated string,
# reported as an error) or a bare atom. Whitespace between tokens is skipped by findall.
TOKEN = re.compile(r'[()]|"(?:[^"\\]|\\.)*"|"|[^\s()"]+', re.DOTALL)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


class SexprError(ValueError):
    """The text is not a well-formed S-expression."""


def unescape(body: str) -> str:
    """The value of a quoted string's body: ``\\"`` -> ``"``, ``\\\\`` -> ``\\``, ``\\n`` -> newline."""
    if "\\" not in body:
        return body
    return UNESCAPE.sub(lambda m: ESCAPES.get(m.group(1), m.group(1)), body)


def tokenize(text: str) -> Iterator[tuple[str, str]]:
    """Tokens of an S-expression as (kind, value), kind one of ``(``, ``)``, ``str``, ``atom``."""
    for tok in TOKEN.findall(text):
        first = tok[0]
        if first == "(" or first == ")":
            yield first, first
        elif first == '"':
            if len(tok) == 1:
                raise SexprError("unterminated string")
            yield "str", unescape(tok[1:-1])
        else:
            yield "atom", tok


Sexpr = list["str | Sexpr"]


def parse_sexpr(text: str, max_depth: int | None = None) -> Sexpr:
    """Every top-level expression of `text` as nested lists of strings.

    Lists nested deeper than `max_depth` (1 = top-level lists) are read but not kept, which keeps
    a 10 MB FPGA library cheap when only the symbols' own properties are wanted.
    """
    root: Sexpr = []
    stack: list[Sexpr] = [root]
    skipped = 0  # depth inside a list that is not kept
    for kind, value in tokenize(text):
        if kind == "(":
            if skipped or (max_depth is not None and len(stack) > max_depth):
                skipped += 1
                continue
            node: Sexpr = []
            stack[-1].append(node)
            stack.append(node)
        elif kind == ")":
            if skipped:
                skipped -= 1
            elif len(stack) == 1:
                raise SexprError("unbalanced ')'")
            else:
                stack.pop()
        elif not skipped:
            stack[-1].append(value)
    if skipped or len(stack) != 1:
        raise SexprError("unbalanced '(': the text ends inside a list")
    return root


# ---------------------------------------------------------------------------------------------
# .kicad_sym files
# ---------------------------------------------------------------------------------------------

FIELDS = {
    "datasheet": ("Datasheet",),
    "description": ("ki_description", "Description"),
    "keywords": ("ki_keywords", "Keywords"),
    "footprint": ("Footprint",),
}
INHERITED = ("datasheet", "description", "keywords")
EMPTY_VALUES = {"", "~"}


def head(node: str | Sexpr) -> str | None:
    return node[0] if isinstance(node, list) and node and isinstance(node[0], str) else None


def symbol_fields(node: Sexpr) -> dict[str, str]:
    """The catalogue fields of one top-level ``(symbol "NAME" ...)`` list."""
    props: dict[str, str] = {}
    extends = ""
    for child in node[2:]:
        if not isinstance(child, list):
            continue
        key = head(child)
        if key == "property" and len(child) >= 3 and isinstance(child[1], str) and isinstance(child[2], str):
            props.setdefault(child[1], child[2].strip())
        elif key == "extends" and len(child) >= 2 and isinstance(child[1], str):
            extends = child[1]
    row = {"symbol": str(node[1])}
    for field, names in FIELDS.items():
        value = next((props[n] for n in names if props.get(n, "") not in EMPTY_VALUES), "")
        row[field] = value
    row["extends"] = extends
    return row


def parse_kicad_sym(text: str) -> list[dict[str, str]]:
    """The top-level symbols of a ``.kicad_sym`` file, in file order.

    Each is ``{"symbol", "datasheet", "description", "keywords", "footprint", "extends"}`` (all
    strings, "" when absent; a datasheet of "~" counts as absent). A symbol that extends another
    takes the datasheet, description and keywords of its parent when it has none of its own.
    """
    tree = parse_sexpr(text, max_depth=3)
    libs = [n for n in tree if head(n) == "kicad_symbol_lib"]
    if not libs:
        raise SexprError("not a KiCad symbol library: no (kicad_symbol_lib ...)")
    rows = [
        symbol_fields(node)
        for lib in libs
        for node in lib
        if isinstance(node, list) and head(node) == "symbol" and len(node) >= 2 and isinstance(node[1], str)
    ]
    by_name = {r["symbol"]: r for r in rows}
    out = []
    for row in rows:
        merged = dict(row)
        seen = {row["symbol"]}
        parent = by_name.get(row["extends"])
        while parent is not None and parent["symbol"] not in seen:
            seen.add(parent["symbol"])
            for field in INHERITED:
                if not merged[field]:
                    merged[field] = parent[field]
            parent = by_name.get(parent["extends"])
        out.append(merged)
    return out


# ---------------------------------------------------------------------------------------------
# Datasheet link -> maker
# ---------------------------------------------------------------------------------------------

# A maker's own web domain -> its name in catalogs/manufacturers.csv. A host matches a domain when
# it is the domain or a subdomain of it (www.ti.com, e2e.ti.com). Surveyed from every datasheet
# link in kicad-symbols 6.0.10; distributors and datasheet archives are deliberately absent.
MAKER_DOMAINS: dict[str, str] = {
    "ti.com": "Texas Instruments",
    "ti.com.cn": "Texas Instruments",
    "national.com": "National Semiconductor",
    "analog.com": "Analog Devices",
    "linear.com": "Linear Technology",
    "maximintegrated.com": "Maxim Integrated",
    "maxim-ic.com": "Maxim Integrated",
    "st.com": "STMicroelectronics",
    "nxp.com": "NXP Semiconductors",
    "freescale.com": "Freescale Semiconductor",
    "onsemi.com": "onsemi",
    "onsemi.cn": "onsemi",
    "onsemi.ru.com": "onsemi",
    "on-semi.com": "onsemi",
    "fairchildsemi.com": "Fairchild Semiconductor",
    "microchip.com": "Microchip Technology",
    "atmel.com": "Atmel",
    "microsemi.com": "Microsemi",
    "supertex.com": "Supertex",
    "infineon.com": "Infineon Technologies",
    "irf.com": "International Rectifier",
    "cypress.com": "Cypress Semiconductor",
    "xilinx.com": "Xilinx",
    "altera.com": "Altera",
    "latticesemi.com": "Lattice Semiconductor",
    "vishay.com": "Vishay Intertechnology",
    "vishay.com.hk": "Vishay Intertechnology",
    "diodes.com": "Diodes Incorporated",
    "zetex.com": "Zetex Semiconductors",
    "nexperia.com": "Nexperia",
    "rohm.com": "ROHM Semiconductor",
    "rohm.de": "ROHM Semiconductor",
    "toshiba.semicon-storage.com": "Toshiba",
    "toshiba.com": "Toshiba",
    "toshiba.co.jp": "Toshiba",
    "renesas.com": "Renesas Electronics",
    "intersil.com": "Intersil",
    "idt.com": "Integrated Device Technology",
    "silabs.com": "Silicon Laboratories",
    "murata.com": "Murata Manufacturing",
    "broadcom.com": "Broadcom",
    "avagotech.com": "Avago Technologies",
    "allegromicro.com": "Allegro MicroSystems",
    "power.com": "Power Integrations",
    "powerint.com": "Power Integrations",
    "minicircuits.com": "Mini-Circuits",
    "xppower.com": "XP Power",
    "recom-power.com": "RECOM",
    "tracopower.com": "Traco Power",
    "meanwell.com": "Mean Well",
    "meanwellusa.com": "Mean Well",
    "wolfspeed.com": "Wolfspeed",
    "kemet.com": "KEMET",
    "diotec.com": "Diotec Semiconductor",
    "akm.com": "Asahi Kasei Microdevices",
    "te.com": "TE Connectivity",
    "lem.com": "LEM",
    "osram-os.com": "ams-OSRAM",
    "osram.info": "ams-OSRAM",
    "osram.com": "ams-OSRAM",
    "ams.com": "ams-OSRAM",
    "issi.com": "Integrated Silicon Solution",
    "littelfuse.com": "Littelfuse",
    "omron.com": "Omron",
    "pulseeng.com": "Pulse Electronics",
    "ftdichip.com": "FTDI",
    "epson.biz": "Epson",
    "epson.com": "Epson",
    "panasonic.com": "Panasonic",
    "panasonic.eu": "Panasonic",
    "panasonic.co.jp": "Panasonic",
    "panasonic.biz": "Panasonic",
    "panasonic-electric-works.com": "Panasonic",
    "schaffner.com": "Schaffner",
    "u-blox.com": "u-blox",
    "macom.com": "MACOM",
    "skyworksinc.com": "Skyworks Solutions",
    "abracon.com": "Abracon",
    "winbond.com": "Winbond Electronics",
    "golledge.com": "Golledge Electronics",
    "espressif.com": "Espressif Systems",
    "fujitsu.com": "Fujitsu",
    "njr.com": "Nisshinbo Micro Devices",
    "nisshinbo-microdevices.co.jp": "Nisshinbo Micro Devices",
    "cirrus.com": "Cirrus Logic",
    "monolithicpower.com": "Monolithic Power Systems",
    "micron.com": "Micron Technology",
    "bourns.com": "Bourns",
    "exar.com": "Exar",
    "maxlinear.com": "MaxLinear",
    "nordicsemi.com": "Nordic Semiconductor",
    "adestotech.com": "Adesto Technologies",
    "richtek.com": "Richtek Technology",
    "we-online.com": "Wurth Elektronik",
    "we-online.de": "Wurth Elektronik",
    "raspberrypi.org": "Raspberry Pi",
    "raspberrypi.com": "Raspberry Pi",
    "ixys.com": "IXYS",
    "ixysic.com": "IXYS",
    "macronix.com": "Macronix International",
    "semtech.com": "Semtech",
    "semtech.my.salesforce.com": "Semtech",
    "aosmd.com": "Alpha and Omega Semiconductor",
    "honeywell.com": "Honeywell",
    "honeywellscportal.com": "Honeywell",
    "coilcraft.com": "Coilcraft",
    "holtek.com": "Holtek Semiconductor",
    "quectel.com": "Quectel Wireless Solutions",
    "simcom.com": "SIMCom Wireless Solutions",
    "simcom.ee": "SIMCom Wireless Solutions",
    "bosch-sensortec.com": "Bosch Sensortec",
    "ae-bst.resource.bosch.com": "Bosch Sensortec",
    "alliancememory.com": "Alliance Memory",
    "kyocera.com": "Kyocera",
    "anaren.com": "Anaren",
    "qorvo.com": "Qorvo",
    "torexsemi.com": "Torex Semiconductor",
    "invensense.com": "InvenSense",
    "haloelectronics.com": "HALO Electronics",
    "zilog.com": "Zilog",
    "melexis.com": "Melexis",
    "hirose.com": "Hirose Electric",
    "psemi.com": "Peregrine Semiconductor",
    "dialog-semiconductor.com": "Dialog Semiconductor",
    "iqdfrequencyproducts.com": "IQD Frequency Products",
    "unisonic.com.tw": "Unisonic Technologies",
    "jae.com": "Japan Aviation Electronics",
    "amphenol.com": "Amphenol",
    "amphenolcanada.com": "Amphenol",
    "belfuse.com": "Bel Fuse",
    "marvell.com": "Marvell Technology",
    "tdk.com": "TDK",
    "wiznet.io": "WIZnet",
    "wizwiki.net": "WIZnet",
    "wch.cn": "WCH (Nanjing Qinheng Microelectronics)",
    "wch-ic.com": "WCH (Nanjing Qinheng Microelectronics)",
    "skhynix.com": "SK hynix",
    "ecsxtal.com": "ECS Inc. International",
    "morion.com.ru": "Morion",
    "morion-us.com": "Morion",
    "txccorp.com": "TXC Corporation",
    "lairdtech.com": "Laird Connectivity",
    "lairdconnect.com": "Laird Connectivity",
    "cj-elec.com": "Jiangsu Changjiang Electronics Technology",
    "kec.co.kr": "KEC",
    "gigadevice.com": "GigaDevice Semiconductor",
    "realtek.com": "Realtek Semiconductor",
    "sitime.com": "SiTime",
    "nvidia.com": "NVIDIA",
    "qualcomm.com": "Qualcomm",
    "mediatek.com": "MediaTek",
    "samsung.com": "Samsung Electronics",
    "sandisk.com": "SanDisk",
    "spansion.com": "Spansion",
    "nuvoton.com": "Nuvoton Technology",
    "silergy.com": "Silergy",
    "sg-micro.com": "SG Micro",
    "3peakic.com.cn": "3PEAK",
    "nve.com": "NVE Corporation",
    "apexanalog.com": "Apex Microtechnology",
    "vicorpower.com": "Vicor",
    "littelfuse.com.cn": "Littelfuse",
    "yageo.com": "Yageo",
    "taiyo-yuden.com": "Taiyo Yuden",
    "ttelectronics.com": "TT Electronics",
    "gansystems.com": "GaN Systems",
    "transphormusa.com": "Transphorm",
}

# Words that name a maker in the path of a distributor's or archive's link
# (".../datasheet/motorola/MC6850.pdf", ".../Fairchild PDFs/BUZ11.pdf", "xilinx/xc9536.pdf").
PATH_MAKER_WORDS: dict[str, str] = {
    "motorola": "Motorola Semiconductor",
    "philips": "Philips",
    "nationalsemiconductor": "National Semiconductor",
    "nsc": "National Semiconductor",
    "elantec": "Elantec Semiconductor",
    "sanyo": "SANYO Semiconductor",
    "vishay": "Vishay Intertechnology",
    "toshiba": "Toshiba",
    "stmicroelectronics": "STMicroelectronics",
    "hitachi": "Hitachi",
    "fairchild": "Fairchild Semiconductor",
    "nxp": "NXP Semiconductors",
    "osram": "ams-OSRAM",
    "rohm": "ROHM Semiconductor",
    "semtech": "Semtech",
    "intel": "Intel",
    "winbond": "Winbond Electronics",
    "intersil": "Intersil",
    "altera": "Altera",
    "xilinx": "Xilinx",
    "linear tec": "Linear Technology",
    "akm": "Asahi Kasei Microdevices",
    "realtek": "Realtek Semiconductor",
    "qin heng": "WCH (Nanjing Qinheng Microelectronics)",
    "texas instruments": "Texas Instruments",
    "analog devices": "Analog Devices",
    "maxim": "Maxim Integrated",
    "microchip": "Microchip Technology",
    "atmel": "Atmel",
    "infineon": "Infineon Technologies",
    "onsemi": "onsemi",
}

# Hosts that serve other makers' datasheets: only a maker word in the path attributes them.
ARCHIVE_DOMAINS = (
    "datasheetcatalog.com", "datasheetcatalog.org", "alldatasheet.com", "datasheetarchive.com",
    "datasheet.live", "datasheetspdf.com", "digchip.com", "chipdb.org", "usbid.com", "datasheet5.com",
    "datasheetlib.com", "datasheets360.com", "elenota.pl", "octopart.com", "lcsc.com", "mouser.com",
    "mouser.fr", "farnell.com", "digikey.com", "tme.eu", "cdn-reichelt.de", "jameco.com", "icbase.com",
    "futurlec.com", "alliedelec.com", "arrow.com", "conrad.com", "electrocomponents.com",
    "rapidonline.com", "buerklin.com", "schukat.com", "soselectronic.cz", "micropik.com", "promelec.ru",
)

# Top-level domains that mark "www.ti.com/lit/..." (no scheme) as a host rather than a folder.
TLDS = {"com", "org", "net", "de", "cn", "jp", "eu", "io", "biz", "info", "pl", "ru", "uk", "fr", "cz",
        "tw", "kr", "hk", "lv"}
LT_FILE = re.compile(r"^lt[cmz]?\d|^\d+[a-z]*\.pdf$", re.IGNORECASE)
MAXIM_FILE = re.compile(r"^max\d", re.IGNORECASE)


def split_link(url: str) -> tuple[str, str]:
    """(host without "www.", decoded path + query) of a datasheet link; host is "" for a bare path."""
    url = url.strip().replace("\\", "/")
    if "://" not in url:
        first = url.split("/", 1)[0].lower()
        labels = first.split(".")
        if len(labels) >= 2 and labels[-1] in TLDS and all(labels):
            url = "http://" + url
        else:
            return "", unquote(url)
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "", unquote(url)
    if host.startswith("www."):
        host = host[4:]
    return host, unquote(parts.path + ("?" + parts.query if parts.query else ""))


def domain_match(host: str, table: Container[str]) -> str | None:
    """The entry of `table` that `host` is or is a subdomain of (the longest one)."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in table:
            return candidate
    return None


def maker_in_path(path: str) -> str | None:
    """The maker a path names by one of PATH_MAKER_WORDS, when exactly one maker is named."""
    text = " " + " ".join(re.findall(r"[a-z0-9]+", path.lower())) + " "
    found = {maker for words, maker in PATH_MAKER_WORDS.items() if f" {words} " in text}
    return found.pop() if len(found) == 1 else None


def maker_from_datasheet(url: str) -> str | None:
    """The manufacturer (a name in catalogs/manufacturers.csv) a datasheet link attributes, or None.

    The link's host decides when it is a maker's own site; a few file-name patterns pick the
    heritage brand whose document it is (Linear Technology's "ltc2859.pdf" / "1083ffe.pdf" and
    Maxim's "MAX..." on analog.com, Atmel's "Atmel-2545-..." on microchip.com). Links to
    distributors and datasheet archives, and bare relative paths, count only when the path names
    the maker ("datasheet/motorola/MC6850.pdf", "xilinx/xc9536.pdf").
    """
    if not url or url.strip() in EMPTY_VALUES:
        return None
    host, path = split_link(url)
    filename = path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    domain = domain_match(host, MAKER_DOMAINS) if host else None
    if domain is not None:
        maker = MAKER_DOMAINS[domain]
        if domain == "analog.com":
            if LT_FILE.match(filename):
                return "Linear Technology"
            if MAXIM_FILE.match(filename):
                return "Maxim Integrated"
        elif domain == "microchip.com" and re.search(r"/atmel[-_]", path, re.IGNORECASE):
            return "Atmel"
        return maker
    if host and domain_match(host, ("intel.com",)):
        if re.search(r"altera|fpga|programmable", path, re.IGNORECASE):
            return "Altera"
        if re.search(r"design-guide|/guides?/", path, re.IGNORECASE):
            return None  # platform design guides describe boards and connectors, not Intel parts
        return "Intel"
    if host and domain_match(host, ("cree.com",)):
        # Cree's LED business (now CreeLED) is not Wolfspeed; only the power/RF parts are.
        return None if re.search(r"led", path, re.IGNORECASE) else "Wolfspeed"
    if not host or domain_match(host, ARCHIVE_DOMAINS):
        return maker_in_path(path)
    return None


# ---------------------------------------------------------------------------------------------
# Library name -> category
# ---------------------------------------------------------------------------------------------

# Exact library names first, then the longest matching "Prefix_" (checked in order).
LIBRARY_CATEGORY: dict[str, str] = {
    "MCU_Module": "module",
    "RF_Module": "module",
    "Converter_ACDC": "power",
    "Converter_DCDC": "power",
    "Analog_ADC": "data-converter",
    "Analog_DAC": "data-converter",
    "Analog_Switch": "analog",
    "Analog": "analog",
    "Audio": "analog",
    "Comparator": "analog",
    "Potentiometer_Digital": "analog",
    "Reference_Voltage": "analog",
    "Reference_Current": "analog",
    "Isolator_Analog": "interface",
    "Logic_LevelTranslator": "logic",
    "Logic_Programmable": "cpld",
    "Buffer": "timing",
    "Driver_Display": "interface",
    "Video": "interface",
    "Interface_Optical": "optoelectronics",
    "Fiber_Optic": "optoelectronics",
    "Diode_Laser": "optoelectronics",
    "LED": "optoelectronics",
    "Relay_SolidState": "optoelectronics",
    "Power_Protection": "discrete",
    "Transistor_Array": "discrete",
    "Diode": "discrete",
    "Diode_Bridge": "discrete",
    "Triac_Thyristor": "discrete",
    "Device": "passive",
    "Filter": "passive",
    "Transformer": "passive",
    "Oscillator": "timing",
    "Timer": "timing",
    "Timer_PLL": "timing",
    "Timer_RTC": "timing",
    "Battery_Management": "power",
    "Security": "other",
    "GPU": "processor",
}
LIBRARY_PREFIX_CATEGORY: tuple[tuple[str, str], ...] = (
    ("MCU", "mcu"),
    ("CPU", "processor"),
    ("DSP", "dsp"),
    ("FPGA", "fpga"),
    ("CPLD", "cpld"),
    ("Memory", "memory"),
    ("Amplifier", "amplifier"),
    ("Analog", "analog"),
    ("Regulator", "power"),
    ("Power", "power"),
    ("Driver", "power"),
    ("Converter", "power"),
    ("Interface", "interface"),
    ("Isolator", "interface"),
    ("RF", "rf"),
    ("Sensor", "sensor"),
    ("Display", "optoelectronics"),
    ("Transistor", "discrete"),
    ("Diode", "discrete"),
    ("Timer", "timing"),
    ("Reference", "analog"),
    ("Connector", "other"),
    ("Switch", "other"),
    ("Relay", "other"),
    ("Motor", "other"),
    ("Mechanical", "other"),
    ("Jumper", "other"),
    ("Graphic", "other"),
    ("Valve", "other"),
)
LOGIC_LIBRARY = re.compile(r"^(?:4x+|74x\w*)(?:_IEEE)?$", re.IGNORECASE)
# For libraries not named above: words of the description, checked in order.
DESCRIPTION_CATEGORY: tuple[tuple[str, str], ...] = (
    (r"\bmicrocontroller|\bMCU\b", "mcu"),
    (r"\bFPGA\b", "fpga"),
    (r"\bCPLD\b", "cpld"),
    (r"\bDSP\b|digital signal processor", "dsp"),
    (r"\bprocessor\b|\bCPU\b", "processor"),
    (r"\b(?:EEPROM|EPROM|SRAM|DRAM|SDRAM|flash memory|memory)\b", "memory"),
    (r"\bADC\b|\bDAC\b|analog[- ]to[- ]digital|digital[- ]to[- ]analog", "data-converter"),
    (r"\b(?:op[- ]?amp|operational amplifier|amplifier)\b", "amplifier"),
    (r"\b(?:regulator|converter|power supply|LDO)\b", "power"),
    (r"\b(?:optocoupler|photo|LED|laser)", "optoelectronics"),
    (r"\b(?:oscillator|crystal|clock|timer|RTC)\b", "timing"),
    (r"\b(?:transceiver|interface|UART|USB|CAN|RS-?485|RS-?232|Ethernet)\b", "interface"),
    (r"\b(?:sensor|accelerometer|gyroscope|magnetometer)\b", "sensor"),
    (r"\b(?:RF|Bluetooth|WiFi|Wi-Fi|LoRa|GSM|GNSS|GPS)\b", "rf"),
    (r"\b(?:transistor|MOSFET|diode|thyristor|triac|IGBT)\b", "discrete"),
    (r"\b(?:resistor|capacitor|inductor|ferrite|fuse|choke)\b", "passive"),
    (r"\b(?:gate|flip-flop|multiplexer|counter|buffer|inverter|latch)\b", "logic"),
)


def category_from_library(lib_name: str, description: str) -> str:
    """The catalogue category (see tracer.catalog.CATEGORIES) of a symbol from its library's name.

    "MCU_ST_STM32F4" -> mcu, "Amplifier_Operational" -> amplifier, "Regulator_Linear" -> power,
    "Interface_CAN_LIN" -> interface, "FPGA_Xilinx" -> fpga, "Transistor_FET" -> discrete ...
    Libraries of mixed content decide by the description (an RF library's "... Module" is a
    module; an isolator library's optocoupler is optoelectronics); unknown libraries likewise.
    """
    desc = description or ""
    if lib_name.startswith("RF") and re.search(r"\bmodule\b", desc, re.IGNORECASE):
        return "module"
    if lib_name == "Isolator" and re.search(r"opto|photo", desc, re.IGNORECASE):
        return "optoelectronics"
    if lib_name in LIBRARY_CATEGORY:
        return LIBRARY_CATEGORY[lib_name]
    if LOGIC_LIBRARY.match(lib_name):
        return "logic"
    first = lib_name.split("_", 1)[0]
    for prefix, category in LIBRARY_PREFIX_CATEGORY:
        if first == prefix:
            return category
    for pattern, category in DESCRIPTION_CATEGORY:
        if re.search(pattern, desc, re.IGNORECASE):
            return category
    return "other"


# ---------------------------------------------------------------------------------------------
# Symbols -> catalogue rows
# ---------------------------------------------------------------------------------------------

# Part-number prefixes that are written in mixed case on purpose; the rest of a name must not
# have lower-case letters (a lower-case "x" is a wildcard: "STM32F103C8Tx", "74HCxx", "INA199xxDCK").
MIXED_CASE_PREFIXES = ("ATxmega", "ATmega", "ATtiny", "dsPIC", "ADuM", "VIPer", "nRF", "Si")


# A KiCad variant suffix after the part number: packages ("LM317_TO220", "TLV70012_SOT23-5",
# "LT1129-3.3_TO220_TO263", "TPS71518__SC70"), Microchip package codes ("MCP23017_SS") and a few
# words ("DG417LDJ_Maxim", "74LS240_Split"). Anything else after an underscore is a generic symbol.
PACKAGE_TOKEN = r"[A-Z]{1,7}-?\d{0,4}(?:-\d{1,2})?[A-Z]?"
VARIANT_SUFFIX = re.compile(rf"_+{PACKAGE_TOKEN}(?:_{PACKAGE_TOKEN})*$|_(?:Maxim|Sanyo|Split)$")
# Libraries of connectors, pin headers, simulation models and drawings, never parts.
NON_PART_LIBRARIES = re.compile(r"^(?:Connector|Mechanical|Graphic|Jumper|power|pspice|Simulation)", re.IGNORECASE)


def is_part_number(name: str) -> bool:
    """True for a symbol name that is one orderable part, not a generic symbol or a wildcard."""
    if len(name) < 3 or not any(c.isdigit() for c in name):
        return False
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.+/#,-]*", name):
        return False  # "R_Network03", "Conn_01x02": generic symbols carry underscores
    rest = name
    for prefix in MIXED_CASE_PREFIXES:
        if name.startswith(prefix):
            rest = name[len(prefix):]
            break
    return not any(c.islower() for c in rest)


def part_number(symbol: str) -> str | None:
    """The part number a symbol stands for, or None for a generic or wildcard symbol.

    "LM317_TO220" -> "LM317" (KiCad's variant suffix dropped), "STM32F103C8Tx" -> None (a lower
    case x is a wildcard), "Q_NPN_BCE" / "Opamp_Dual" / "74xx" -> None, "ATmega328P-PU" kept.
    """
    name = VARIANT_SUFFIX.sub("", symbol) if "_" in symbol else symbol
    return name if is_part_number(name) else None


def source_of(stem: str, url: str, version: str) -> str:
    return (f"KiCad symbol library {stem}.kicad_sym (kicad-symbols {version}, CC-BY-SA 4.0 with exception), "
            f"datasheet {url}")


def rows_from_library(stem: str, symbols: list[dict[str, str]],
                      version: str = DEFAULT_KICAD_SYMBOLS_VERSION) -> list[dict[str, str]]:
    """Catalogue rows for the parsed symbols of one library (see import_kicad_dir)."""
    rows: list[dict[str, str]] = []
    if NON_PART_LIBRARIES.match(stem):
        return rows
    for sym in symbols:
        name = part_number(sym["symbol"])
        if name is None:
            continue
        maker = maker_from_datasheet(sym["datasheet"])
        if maker is None:
            continue
        description = " ".join(sym["description"].split())
        rows.append({
            "mpn": name,
            "manufacturer": maker,
            "family": stem,
            "description": description,
            "category": category_from_library(stem, description),
            "source": source_of(stem, sym["datasheet"], version),
        })
    return rows


def import_kicad_dir(folder: Path, version: str = DEFAULT_KICAD_SYMBOLS_VERSION) -> list[dict[str, str]]:
    """Catalogue rows ``{mpn, manufacturer, family, description, category, source}`` for every
    specific part in the ``*.kicad_sym`` files of `folder` whose maker its datasheet link shows.

    `version` is the kicad-symbols release the files come from (quoted in each row's source).
    Rows come library by library in file-name order, symbols in file order; no deduplication.
    """
    rows: list[dict[str, str]] = []
    for path in sorted(Path(folder).glob("*.kicad_sym")):
        symbols = parse_kicad_sym(path.read_text(encoding="utf-8"))
        rows.extend(rows_from_library(path.stem, symbols, version))
    return rows
