"""The manufacturer's view: where a maker's parts (and its brands') appear in the store.

Pure functions over stored components (dicts in the trace contract): pick a maker's components,
summarise them, and check a maker's own part list against them, shortened marks and ordering
suffixes included.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import process

from tracer.catalog import CYRILLIC_LOOKALIKES, Catalog, part_key
from tracer.errors import TracerError

MIN_PREFIX = 5  # a listed number and a traced one agree when one is the other plus an ordering suffix


def resolve_maker(cat: Catalog, name: str) -> str:
    """The catalogue name for NAME (alias, legal form, script); unknown names list the closest ones."""
    found = cat.resolve(name)
    if found is not None:
        return found
    names = sorted({*cat.makers, *(a for a in cat.aliases.values())})
    close = [m for m, score, _ in process.extract(name, names, limit=5) if score >= 50]
    hint = f"; closest known: {', '.join(close)}" if close else ""
    raise TracerError(f"unknown maker {name!r}{hint}")


def brands(cat: Catalog, maker: str) -> list[str]:
    """The maker and every brand it owns today (Analog Devices: Linear Technology, Maxim, Hittite...)."""
    return sorted(cat.brands_of(maker), key=lambda b: (b != maker, b))


@dataclass(frozen=True)
class Holdings:
    """What a maker holds today: its brands, and for each brand the company that owns the brand."""

    brands: frozenset[str]
    brand_owner: dict[str, str]

    def holds(self, c: dict[str, Any]) -> bool:
        """Whether a component is this maker's: its product line's owner is one of the brands, or its
        brand is, unless the line was sold apart from the brand (International Rectifier's
        rectifiers have been Vishay's since 2007, though the brand is Infineon's)."""
        maker, owner = c.get("manufacturer"), c.get("owner")
        if owner in self.brands:
            return True
        return maker in self.brands and (owner is None or owner == self.brand_owner.get(maker, maker))

    def brand_only(self, c: dict[str, Any]) -> bool:
        """Whether the component carries one of the maker's brands on a line another company owns."""
        return c.get("manufacturer") in self.brands and not self.holds(c)


def holdings(cat: Catalog, maker: str) -> Holdings:
    owned = frozenset(brands(cat, maker))
    return Holdings(owned, {b: cat.owner(b) for b in owned})


def view(cat: Catalog, maker: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """`tracer maker`'s answer: the maker, its brands, its components among `rows`, and their
    summary, which also lists the rows under its brands whose product line another company owns."""
    held = holdings(cat, maker)
    comps = components_of(rows, held)
    sold = [{"mpn": c.get("mpn"), "brand": c.get("manufacturer"), "line_owner": c.get("owner"),
             "system": c.get("system"), "source": c.get("source"), "locator": c.get("locator")}
            for c in rows if held.brand_only(c)]
    return {"maker": maker, "brands": brands(cat, maker), "components": comps,
            "summary": {**summary(comps), "brand_only": sold}}


def components_of(rows: list[dict[str, Any]], held: Holdings) -> list[dict[str, Any]]:
    """Components whose attributed maker (brand or owner of the line) the maker holds."""
    return [c for c in rows if held.holds(c)]


def also_possible(rows: list[dict[str, Any]], held: Holdings) -> list[dict[str, Any]]:
    """Components attributed elsewhere that name one of the maker's brands among their alternatives."""
    return [c for c in rows if not held.holds(c)
            and any(a.get("manufacturer") in held.brands for a in c.get("alternatives") or [])]


def summary(comps: list[dict[str, Any]]) -> dict[str, Any]:
    systems = Counter(c.get("system") or "(no system)" for c in comps)
    dated = sorted((c for c in comps if c.get("made_earliest")), key=lambda c: c["made_earliest"], reverse=True)
    return {
        "components": len(comps),
        "systems": len(systems),
        "parts": len({c.get("mpn") for c in comps if c.get("mpn")}),
        "by_system": dict(systems.most_common()),
        "by_brand": dict(Counter(c.get("manufacturer") for c in comps).most_common()),
        "by_band": dict(Counter(c.get("band") for c in comps).most_common()),
        "most_frequent_parts": dict(Counter(c.get("mpn") for c in comps if c.get("mpn")).most_common(10)),
        "newest_date_codes": [{"mpn": c.get("mpn"), "date_code": c.get("date_code"), "made": c.get("made"),
                               "system": c.get("system")} for c in dated[:10]],
        "made_after_2022_02_24": sum(1 for c in comps if c.get("post_2022_02_24") is True),
    }


def by_system(comps: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in comps:
        out[c.get("system") or "(no system)"].append(c)
    return dict(sorted(out.items()))


def joined(short: str, long_raw: str) -> bool:
    """Whether the key `short` ends where an ordering suffix could begin in `long_raw`: anywhere but
    between two digits with nothing between them. LTC3789 ends so in LTC3789EGN#PBF and LT1763CS8
    in LT1763CS8-3.3 (a hyphen before the 3), but AD813 does not in AD8138A: AD8138 is another
    part, not AD813 with a suffix."""
    seen = 0
    text = long_raw.upper().translate(CYRILLIC_LOOKALIKES)
    for i, ch in enumerate(text):
        if not part_key(ch):
            continue
        if seen == len(short):
            return not (short[-1].isdigit() and ch.isdigit()) or not part_key(text[i - 1])
        seen += 1
    return True


def same_part(listed: str, traced: str) -> bool:
    """Whether a listed orderable number and a traced one are one part: equal, or one the other plus
    an ordering suffix (LTC3789EGN#PBF and LTC3789; ADUM1301ARWZ-RL and ADUM1301ARWZ)."""
    a, b = part_key(listed), part_key(traced)
    if not a or not b:
        return False
    (short, _), (long_, long_raw) = sorted(((a, listed), (b, traced)), key=lambda x: len(x[0]))
    return short == long_ or (len(short) >= MIN_PREFIX and long_.startswith(short) and joined(short, long_raw))


@dataclass(frozen=True)
class PartIndex:
    """The traced rows by the keys of their part numbers and of their marking's words, sorted, so a
    listed number finds its rows by lookup instead of by comparison with every row."""

    keys: list[str]
    rows: dict[str, list[tuple[int, str, str]]]  # key -> (row, "mpn" or "marking", raw text)

    def candidates(self, key: str) -> list[tuple[int, str, str]]:
        """Rows whose key is `key`, starts with it, or is a prefix of it of MIN_PREFIX or more."""
        found = list(self.rows.get(key, ()))
        if len(key) >= MIN_PREFIX:
            i = bisect_left(self.keys, key)
            while i < len(self.keys) and self.keys[i].startswith(key):
                if self.keys[i] != key:
                    found += self.rows[self.keys[i]]
                i += 1
        for n in range(MIN_PREFIX, len(key)):
            found += self.rows.get(key[:n], ())
        return found


def part_index(rows: list[dict[str, Any]]) -> PartIndex:
    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for i, c in enumerate(rows):
        if c.get("mpn") and (k := part_key(c["mpn"])):
            by_key[k].append((i, "mpn", c["mpn"]))
        for tok in dict.fromkeys((c.get("marking") or "").split()):
            if k := part_key(tok):
                by_key[k].append((i, "marking", tok))
    return PartIndex(sorted(by_key), dict(by_key))


def check_parts(listed: list[str], rows: list[dict[str, Any]], held: Holdings) -> list[dict[str, Any]]:
    """Each listed part with the traced rows that carry it, and how each was matched: by the traced
    part number first, else by a word of the marking (for a listed number of MIN_PREFIX or more)."""
    index = part_index(rows)
    out = []
    for mpn in dict.fromkeys(listed):
        key = part_key(mpn)
        how: dict[int, str] = {}
        for i, kind, raw in sorted(index.candidates(key) if key else [], key=lambda x: (x[0], x[1] != "mpn")):
            if i in how or not same_part(mpn, raw) or (kind == "marking" and len(key) < MIN_PREFIX):
                continue
            if kind == "mpn":
                how[i] = f"traced part number {raw}" + ("" if part_key(raw) == key else
                                                        " (ordering suffix or shortened mark)")
            else:
                how[i] = "the marking carries the number"
        hits = []
        for i in sorted(how):
            c = rows[i]
            hits.append({"how": how[i] + ("" if held.holds(c) else f"; attributed to {c.get('manufacturer') or 'no maker'}"),
                         "component": c})
        out.append({"mpn": mpn, "hits": hits})
    return out
