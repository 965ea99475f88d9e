"""Import the Linux kernel's devicetree compatibles as a parts catalogue.

A devicetree compatible such as ``"ti,tps65217"`` or ``"adi,adxl345"`` names a chip by its maker's
registered vendor prefix and the chip's own base part number. The kernel keeps the registry of
prefixes (``Documentation/devicetree/bindings/vendor-prefixes.yaml``, each with the company's
name), and its drivers and binding schemas list thousands of real chips under them. Each such
pair whose company the catalogue knows becomes a row ``mpn, manufacturer, family, description,
category, source``.

Only device drivers (``drivers/``, ``sound/``) and device binding schemas are read: board and
machine compatibles (``"asus,tf101"``, ``"amlogic,p200"``) live in the architecture bindings and
the board ``.dts`` files, which are skipped. A name must look like a part number (letters then at
least two digits: ``tps65217``, ``max31855``, ``rt5640``); SoC blocks (``imx6q-gpc``), generic
names (``gpio-leds``) and wildcards (``am33xx``) are not parts. Everything here is a pure
function of the files it is given: no printing, no state kept between calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

VENDOR_PREFIXES = Path("Documentation/devicetree/bindings/vendor-prefixes.yaml")
BINDINGS = Path("Documentation/devicetree/bindings")
DRIVER_DIRS = ("drivers", "sound")
# Binding folders that list boards, machines and CPU cores rather than chips on a board.
BOARD_BINDINGS = frozenset({"arm", "riscv", "mips", "powerpc", "arc", "nios2", "openrisc", "xtensa",
                            "loongarch", "csky", "sparc", "x86", "cpu", "cpus", "board", "soc"})

# "^ti,.*":\n    description: Texas Instruments
VENDOR_ENTRY = re.compile(r'^\s*"\^([a-z0-9][a-z0-9-]*),\.\*":\s*\n\s*description:\s*(.+?)\s*$', re.MULTILINE)
# A compatible in C source: "ti,tps65217" (quoted). In YAML it also stands bare: - ti,tps65217
C_COMPATIBLE = re.compile(r'"([a-z0-9][a-z0-9-]*),([a-z0-9][a-z0-9._+-]*)"')
# (a "vendor,name:" key is a property, "st,iec60958:", not a device)
YAML_COMPATIBLE = re.compile(r"(?<![\w.,/-])([a-z0-9][a-z0-9-]*),([a-z0-9][a-z0-9._+-]*)(?![\w,/:-])")
# C calls whose string names a machine (a board) or a property, not a device on the board.
NOT_A_DEVICE_CALL = re.compile(r"\b(?:of_machine_is_compatible|of_property_\w+|of_find_property|of_get_property)\s*\([^;]*$")
PART_NAME = re.compile(r"[a-z]{1,7}[0-9]{2,}[a-z0-9]*")

# The category a driver or binding folder stands for (first match along the path wins).
CATEGORY_BY_FOLDER = {
    "regulator": "power", "power": "power", "mfd": "power", "pwm": "power",
    "hwmon": "sensor", "iio": "sensor", "thermal": "sensor", "input": "sensor", "extcon": "interface",
    "rtc": "timing", "clk": "timing", "clock": "timing", "timer": "timing",
    "codecs": "audio", "sound": "audio",
    "net": "interface", "phy": "interface", "usb": "interface", "tty": "interface", "serial": "interface",
    "i2c": "interface", "spi": "interface", "gpio": "interface", "pinctrl": "interface", "can": "interface",
    "mtd": "memory", "nvmem": "memory", "eeprom": "memory", "memory-controllers": "memory",
    "leds": "optoelectronic", "panel": "display", "display": "display", "gpu": "display", "media": "video",
    "wireless": "rf", "bluetooth": "rf", "nfc": "rf",
}


def kernel_version(root: Path) -> str:
    """'6.12.117' from the tree's top Makefile, or 'unknown' when there is none."""
    makefile = root / "Makefile"
    if not makefile.is_file():
        return "unknown"
    head = makefile.read_text(encoding="utf-8", errors="replace")[:2000]
    parts = [re.search(rf"^{k}\s*=\s*(\S*)", head, re.MULTILINE) for k in ("VERSION", "PATCHLEVEL", "SUBLEVEL")]
    numbers = [m.group(1) for m in parts if m and m.group(1)]
    return ".".join(numbers) if numbers else "unknown"


def vendor_names(text: str) -> dict[str, str]:
    """Vendor prefix -> company name, from the text of vendor-prefixes.yaml."""
    return {prefix: name.rstrip(".").strip() for prefix, name in VENDOR_ENTRY.findall(text)}


# Family stems and wildcards rather than one chip: "stm32", "at25", "mt76" (letters and just two
# digits) and "adxl34x", "w25x" (two digits and a wildcard x).
FAMILY_STEM = re.compile(r"[a-z]+[0-9]{2}x?")


def is_part_name(name: str) -> bool:
    """True for the device half of a compatible that is a chip's part number, not a block, a family
    stem or a wildcard ("tps65217", "lm75a"; not "imx6q-gpc", "stm32", "am33xx", "w25x")."""
    return PART_NAME.fullmatch(name) is not None and "xx" not in name and not FAMILY_STEM.fullmatch(name)


def category_of(path: str) -> str:
    for folder in Path(path).parts[:-1]:
        if folder in CATEGORY_BY_FOLDER:
            return CATEGORY_BY_FOLDER[folder]
    return ""


def is_board_binding(path: Path) -> bool:
    """A binding schema about boards, machines or cores (its first folder under bindings/)."""
    try:
        rel = path.relative_to(BINDINGS)
    except ValueError:
        return False
    return len(rel.parts) > 1 and rel.parts[0] in BOARD_BINDINGS


# A part number in a binding's comment: "Honeywell Humidicon HIH-6130 humidity sensor".
COMMENT_PART = re.compile(r"\b[A-Za-z]{1,7}-?[0-9]{2,}[A-Za-z0-9]*\b")


def contradicted(device: str, comment: str) -> bool:
    """True when the comment over a binding entry names part numbers and none of them is the
    device: "honeywell,hi6130" under "# Honeywell Humidicon HIH-6130" is a nickname, not a part."""
    named = {p.replace("-", "").lower() for p in COMMENT_PART.findall(comment)}
    return bool(named) and device.replace("-", "") not in named


def yaml_compatibles(text: str) -> set[tuple[str, str]]:
    """The (vendor, device) pairs a binding schema names, less those its comments contradict."""
    found: set[tuple[str, str]] = set()
    comment: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comment.append(stripped.lstrip("#"))
            continue
        pairs = YAML_COMPATIBLE.findall(stripped)
        found.update(p for p in pairs if not contradicted(p[1], " ".join(comment)))
        comment = []
    return found


def c_compatibles(text: str) -> set[tuple[str, str]]:
    """The (vendor, device) pairs a C source names, less machine and property names
    (of_machine_is_compatible("phytec,pcm030"), of_property_read_bool(np, "st,iec60958"))."""
    return {(m.group(1), m.group(2)) for m in C_COMPATIBLE.finditer(text)
            if not NOT_A_DEVICE_CALL.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())}


def compatibles(text: str, yaml: bool) -> set[tuple[str, str]]:
    """The (vendor, device) pairs a source or binding file names."""
    return yaml_compatibles(text) if yaml else c_compatibles(text)


# Compatibles the kernel keeps under the wrong vendor or a name no chip has (each checked in the
# 6.12 tree), and vendors whose names are module or product models rather than chip markings.
MISNAMED = {
    ("maxim", "mcp795"): "drivers/rtc/rtc-mcp795.c: the MCP795 RTCC is Microchip's",
    ("maxim", "mcp980x"): "drivers/hwmon/lm75.c: the MCP9800-9803 are Microchip's",
    ("fsl", "ns16550"): "bindings/serial/8250.yaml: Freescale's on-chip copy of National's NS16550 UART",
    ("spansion", "m25p80"): "binding examples only: the M25P serial flash is ST's (Micron's)",
    ("st", "rv4162"): "drivers/rtc/rtc-m41t80.c 'DT compatibility only': the RV-4162 is Micro Crystal's",
    ("rohm", "dh2228fv"): "drivers/spi/spidev.c: a misspelling of ROHM's BH2228FV",
    ("hisilicon", "sp804"): "bindings/timer/arm,sp804.yaml: Arm's SP804 timer block",
}
MISNAMED_PATTERNS = (  # (vendor, device pattern, why)
    ("ti", re.compile(r"cd92[0-9]{2}"), "drivers/hwmon/pmbus/ucd9200.c: a misspelling of TI's UCD92xx"),
)
NOT_CHIP_VENDORS = {
    "maxbotix": "MaxSonar ultrasonic module models (MB1000...), not chip markings",
    "khadas": "a board maker's boards and touch panels",
    "friendlyarm": "a board maker's boards and panels",
    "netgear": "routers",
}


def misnamed(vendor: str, device: str) -> bool:
    return ((vendor, device) in MISNAMED or vendor in NOT_CHIP_VENDORS
            or any(v == vendor and p.fullmatch(device) for v, p, _ in MISNAMED_PATTERNS))


def source_files(root: Path) -> Iterable[tuple[Path, bool]]:
    """Every driver source and device binding under root, relative, with whether it is YAML."""
    for top in DRIVER_DIRS:
        for path in sorted((root / top).rglob("*.c")):
            yield path.relative_to(root), False
    for path in sorted((root / BINDINGS).rglob("*.yaml")):
        rel = path.relative_to(root)
        if rel != VENDOR_PREFIXES and not is_board_binding(rel):
            yield rel, True


# Prefixes that are also the name of a different company the catalogue knows, so that the prefix
# alone must not name the maker when the registered company name does not.
PREFIX_NOT_THE_MAKER = {
    "allegro": "Allegro DVT (video codec IP), not Allegro MicroSystems",
    "tbs": "TBS Technologies, not Team BlackSheep",
}


def vendor_maker(prefix: str, company: str, resolve: Callable[[str], str | None]) -> str | None:
    """The catalogue maker for a vendor: by its registered company name ("Analog Devices, Inc"),
    else by the prefix itself ("marvell" for "Marvell Technology Group Ltd", "rockchip" for "Fuzhou
    Rockchip Electronics Co., Ltd") unless the prefix is known to be another company's name."""
    found = resolve(company)
    if found is None and prefix not in PREFIX_NOT_THE_MAKER:
        found = resolve(prefix)
    return found


def rows_from_pairs(seen: dict[tuple[str, str], list[str]], vendors: dict[str, str],
                    resolve: Callable[[str], str | None], version: str) -> list[dict[str, str]]:
    """Catalogue rows for the compatibles found, each pair once, its maker resolved from the
    vendor's registered company name; pairs of unknown companies or non-part names are dropped."""
    rows: list[dict[str, str]] = []
    makers: dict[str, str | None] = {}
    for (vendor, device), where in sorted(seen.items()):
        if vendor not in vendors or not is_part_name(device) or misnamed(vendor, device):
            continue
        if vendor not in makers:
            makers[vendor] = vendor_maker(vendor, vendors[vendor], resolve)
        maker = makers[vendor]
        if maker is None:
            continue
        files = sorted(set(where))
        more = f" and {len(files) - 1} more" if len(files) > 1 else ""
        rows.append({
            "mpn": device.upper(),
            "manufacturer": maker,
            "family": f"devicetree {vendor}",
            "description": f"{vendors[vendor]} device {device}",
            "category": category_of(files[0]),
            "source": (f"Linux {version} devicetree compatible '{vendor},{device}' in {files[0]}{more} "
                       f"(vendor prefix '{vendor}': {vendors[vendor]}, {VENDOR_PREFIXES})"),
        })
    return rows


def import_devicetree_dir(root: Path, resolve: Callable[[str], str | None]) -> list[dict[str, str]]:
    """Catalogue rows for the chips a Linux source tree's drivers and bindings name.

    `resolve` turns a registered company name ("Analog Devices Inc.") into the catalogue's maker
    name, or None for a company the catalogue does not know. Raises FileNotFoundError when root
    has no vendor-prefixes.yaml.
    """
    root = Path(root)
    vendors = vendor_names((root / VENDOR_PREFIXES).read_text(encoding="utf-8", errors="replace"))
    seen: dict[tuple[str, str], list[str]] = {}
    for rel, yaml in source_files(root):
        text = (root / rel).read_text(encoding="utf-8", errors="replace")
        for pair in compatibles(text, yaml):
            if pair[0] in vendors:
                seen.setdefault(pair, []).append(str(rel))
    return rows_from_pairs(seen, vendors, resolve, kernel_version(root))
