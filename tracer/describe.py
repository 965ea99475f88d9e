"""Everything a marking says beside the maker: date of manufacture, origin, lot, HS code, CHPL tier.

Pure functions over the catalogue and the marking read; `match.attribute` calls `describe` once
it knows the part, and adds the lines of evidence to the attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracer.catalog import Catalog, ChplEntry, HsRule, part_key
from tracer.dates import Dating, read_dates
from tracer.markings import PACKAGE, UNIT, is_date_code, is_partlike, latin, tokens
from tracer.model import Marking


@dataclass(frozen=True)
class Description:
    dating: Dating
    origin: str | None
    lot: str | None
    hs_code: str | None
    chpl: ChplEntry | None
    evidence: list[str] = field(default_factory=list)

    @property
    def chpl_tier(self) -> int | None:
        return int(self.chpl.tier[0]) if self.chpl else None


def hs_rule(cat: Catalog, category: str | None, family: str | None, words: list[str]) -> HsRule | None:
    """The first HS rule whose category fits and whose words (if any) appear in the family or the row."""
    text = " ".join([family or "", *words]).lower()
    for rule in cat.hs_rules:
        if rule.category and rule.category != (category or ""):
            continue
        if rule.words is not None and not rule.words.search(text):
            continue
        if not rule.category and rule.words is None:
            continue
        return rule
    return None


def is_part_token(tok: str, mpn: str | None) -> bool:
    """Whether a token is (a printed form of) the part number itself: "3789" of LTC3789."""
    if not mpn:
        return False
    key, whole = part_key(tok), part_key(mpn)
    return bool(key) and len(key) >= 3 and (key in whole or whole in key)


def lot_tokens(cat: Catalog, marking: Marking, mpn: str | None, date_code: str | None) -> list[str]:
    """Lot and trace codes: letter-and-digit tokens after the part number that are nothing else (a
    number a specific family rule reads is another part of the row: "ADF4159CCPZ MAX2871ETJ+")."""
    toks = tokens(marking.text)
    start = next((i for i, t in enumerate(toks) if is_part_token(t, mpn)), None)
    if start is None:
        return list(marking.lots)
    out = []
    read_as_lots = {latin(t.upper()) for t in marking.lots}
    for tok in toks[start + 1:]:
        up = latin(tok.upper()).strip(".,;:()")
        if up in read_as_lots and not is_part_token(up, mpn):
            out.append(up)  # what the reader knows for a lot line ("7AT CPJK", TI's date and lot)
            continue
        if not up or is_part_token(up, mpn) or (date_code and latin(date_code.upper()).strip(".,;:()") in up) \
                or UNIT.match(up) or PACKAGE.match(up):
            continue
        if is_partlike(up) and any(c.isalpha() for c in up) and any(c.isdigit() for c in up) and len(up) <= 12 \
                and not another_part(cat, up):
            out.append(up)
    return out or list(marking.lots)


def another_part(cat: Catalog, token: str) -> bool:
    """Whether a specific family rule (priority 70 or more) reads the token as a part number; one
    ending in a date code is a lot-and-date line ("AP1842", "PFB90334") whatever a rule says."""
    key = part_key(token)
    return len(key) >= 6 and not is_date_code(key[-4:]) and any(r.priority >= 70 for r in cat.family_rules(key))


def describe(cat: Catalog, marking: Marking, *, manufacturer: str | None, mpn: str | None, family: str | None,
             category: str | None, stated_date: str | None, today: date) -> Description:
    evidence: list[str] = []
    conventions, conv_source = cat.date_conventions.get(manufacturer or "", (set(), ""))
    introduced, intro_source = cat.introduced.get((manufacturer or "", family or ""), (None, ""))
    toks = ([stated_date] if stated_date else []) + tokens(marking.text)
    skip = {latin(t.upper()) for t in toks if is_part_token(t, mpn)}
    if mpn is None and marking.candidates:
        # Nothing recognised the part: the first number stands where the part number does
        # ("7942 (5AA W03C)"), so it is not read as a date.
        skip.add(latin(marking.candidates[0].upper()))
    dating = read_dates(toks, conventions | {"YYWW"}, today, introduced, skip)
    evidence.extend(dating.evidence)
    if dating.date_code and conv_source and dating.readings[0].convention in conventions - {"YYWW"}:
        evidence.append(f"{manufacturer}'s date convention: {conv_source}")
    if dating.date_code and introduced and dating.readings[0].convention == "YWW":
        evidence.append(f"{family} introduced in {introduced}: {intro_source}")
    origin = marking.origins[0] if marking.origins else None
    if origin:
        evidence.append(f"country of assembly on the part: {origin}")
    lots = lot_tokens(cat, marking, mpn, dating.date_code)
    rule = hs_rule(cat, category, family, marking.words) if (category or marking.words) else None
    chpl = cat.chpl.get(rule.hs_code) if rule else None
    if rule is not None:
        evidence.append(f"HS {rule.hs_code} ({rule.note}) from the {category or 'row'}"
                        f"{' family ' + repr(family) if family else ''} (hs_codes.csv rule at {rule.origin.rsplit('/', 1)[-1]})")
        evidence.append(f"CHPL tier {chpl.tier}: {chpl.description} ({chpl.source.split(' ;')[0]})" if chpl
                        else f"HS {rule.hs_code} is not on the Common High Priority List")
    return Description(dating, origin, " ".join(lots) or None, rule.hs_code if rule else None, chpl, evidence)
