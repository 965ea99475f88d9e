"""Read flashrom's list of supported flash chips (``flashrom -L``) as a parts catalogue.

flashrom, the free flash-chip programmer, prints every chip it knows with its vendor in fixed
columns: ``Macronix  MX25L6406E/  PREW  8192  SPI``. A long vendor or device name is cut after
a ``/`` and goes on in the same column of the next line. A device name packs variants:

- ``Am29F002(N)BB``: the bracketed letters may be there or not (Am29F002BB, Am29F002NBB);
- ``EN25Q32(A/B)``: one of the bracketed options or none;
- ``MX25L6406E/MX25L6408E`` and ``Am29F010A/B``: several names; a piece of one or two letters
  replaces the end of the name before it (Am29F010B);
- ``{F,S,V}29C51001B``: one of the braced letters;
- ``W25Q128.V``, ``W25Q256JV_M``, ``M25P20-old``, ``KB9012 (EDI)``, ``S25FS128S Small Sectors``:
  a dot is any letter (the name is cut there), and what follows ``_``, ``-old`` or a space is
  flashrom's own note.

Each name that looks like a part (five characters or more, with a digit) under a vendor the
catalogue knows becomes a row ``mpn, manufacturer, family, description, category, source``.
Pure functions of the text they are given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import product

SECTION = "Supported flash chips"
VENDOR_WIDTH, DEVICE_WIDTH = 29, 37
# flashrom's vendor names the catalogue's aliases do not reach, with the company each stands for.
VENDOR_NAMES = {
    "Sanyo": "SANYO Semiconductor",  # "Sanyo" alone is also Sanyo Denki (motors)
    "Fudan": "Fudan Microelectronics",
    "Catalyst": "Catalyst Semiconductor",
    "Hyundai": "Hynix Semiconductor",  # Hyundai Electronics' chip business, Hynix since 2001
    "BoHong Microelectronics": "Boya Microelectronics",  # flashrom's "Boya/BoHong": one company
    "PMC": "Programmable Microelectronics",  # not PMC-Sierra: "PMC" alone names either
    "ESI": "Excel Semiconductor",
    "ENE": "ENE Technology",
}
CHOICE = re.compile(r"\(([A-Z0-9/]{1,5})\)|\{([A-Z0-9,]+)\}")  # (N): in or out; {F,S,V}: one of them
NOTE = re.compile(r"(_[A-Z0-9_]+|-old| \(.*\))$", re.IGNORECASE)
SIZE_AND_TYPE = re.compile(r"\b[0-9]+\s+([A-Za-z][A-Za-z, ]*?)\s*$")  # "8192  SPI", "512  LPC, FWH"
PART = re.compile(r"(?=.*[0-9])[A-Za-z0-9-]{5,}")


def entries(text: str) -> Iterator[tuple[str, str, str]]:
    """(vendor, device, type) for each chip of the list, wrapped names joined."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.startswith(SECTION)), None)
    if start is None:
        return
    vendor = device = kind = ""
    for ln in lines[start + 1:]:
        if ln.startswith("Supported "):
            break
        v, d = ln[:VENDOR_WIDTH].strip(), ln[VENDOR_WIDTH:VENDOR_WIDTH + DEVICE_WIDTH].strip()
        size_and_type = SIZE_AND_TYPE.search(ln[VENDOR_WIDTH + DEVICE_WIDTH:])
        if size_and_type and v and d:
            if vendor and device:
                yield vendor, device, kind
            vendor, device, kind = v, d, size_and_type.group(1)
        elif vendor and not ln[VENDOR_WIDTH + DEVICE_WIDTH:].strip():  # a wrapped name goes on
            vendor += v
            device += d
    if vendor and device:
        yield vendor, device, kind


def split_names(device: str) -> list[str]:
    """The names a device entry stands for, before the bracketed options are expanded."""
    pieces, depth, cur = [], 0, ""
    for ch in device:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "/" and depth == 0:
            pieces.append(cur)
            cur = ""
        else:
            cur += ch
    pieces.append(cur)
    names: list[str] = []
    for p in (p.strip() for p in pieces):
        if not p:
            continue
        if names and re.fullmatch(r"[A-Z]{1,2}", p):
            names.append(names[-1][:-len(p)] + p)
        else:
            names.append(p)
    return names


def expand(name: str) -> list[str]:
    """Every spelling of one name: notes cut off, bracketed options in or out, cut at a dot."""
    # "W25Q64JV-.Q": the hyphen before a cut-off wildcard belongs to no part number.
    name = NOTE.sub("", name.strip()).split(" ", 1)[0].split(".", 1)[0].rstrip("-")
    frame = CHOICE.split(name)  # text, (options), brace options, text, ...
    options = [["", *o.split("/")] if o is not None else b.split(",") for o, b in zip(frame[1::3], frame[2::3], strict=True)]
    out = []
    for choice in product(*options):
        text = frame[0] + "".join(c + frame[3 * i + 3] for i, c in enumerate(choice))
        if PART.fullmatch(text):
            out.append(text)
    return list(dict.fromkeys(out))


def vendor_maker(vendor: str, resolve: Callable[[str], str | None], owner: Callable[[str], str]) -> str | None:
    """The catalogue's maker for a flashrom vendor. A vendor of several names is one company under
    several names ("Boya/BoHong Microelectronics", the designer's brand read last) or several
    companies ("Micron/Numonyx/ST": ST's M25P and Numonyx's N25Q alike), whose chips the list
    does not tell apart: those are left out."""
    names = [v.strip() for v in vendor.split("/") if v.strip()]
    makers = [m for n in names if (m := resolve(VENDOR_NAMES.get(n, n)))]
    if not makers or len(makers) < len(names) or len({owner(m) for m in makers}) > 1:
        return None
    return makers[-1]


def rows_from_list(text: str, resolve: Callable[[str], str | None], owner: Callable[[str], str],
                   version: str) -> list[dict[str, str]]:
    """Catalogue rows from `flashrom -L` output; `version` is quoted in each row's source."""
    rows = []
    for vendor, device, kind in entries(text):
        maker = vendor_maker(vendor, resolve, owner)
        if maker is None:
            continue
        for name in (n for raw in split_names(device) for n in expand(raw)):
            rows.append({"mpn": name, "manufacturer": maker, "family": "flash memory",
                         "description": f"{kind} flash memory".strip(), "category": "memory",
                         "source": f"flashrom {version} supported flash chips: {vendor} {device} (flashrom -L)"})
    return rows


def flashrom_version(text: str) -> str:
    """'1.3.0' from the list's first line ('flashrom v1.3.0 on Linux ...'), else 'unknown'."""
    m = re.match(r"flashrom v?(\S+)", text)
    return m.group(1) if m else "unknown"


def left_out_vendors(text: str, resolve: Callable[[str], str | None], owner: Callable[[str], str]) -> list[str]:
    """Vendors of the list whose chips are left out (unknown, or several companies), for the
    build script to report."""
    return sorted({v for v, _, _ in entries(text) if vendor_maker(v, resolve, owner) is None})
