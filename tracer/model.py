"""Plain data passed between tracer's stages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tracer.soviet import Designation


@dataclass(frozen=True)
class BomLine:
    """One part row of an input file, with where it came from."""

    source: str
    locator: str
    marking: str
    system: str | None = None
    stated_maker: str | None = None
    description: str | None = None
    quantity: str | None = None
    date_code: str | None = None
    raw: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnChoice:
    """Which column of a table plays which role, and why."""

    role: str
    header: str
    index: int
    reason: str


@dataclass(frozen=True)
class Table:
    """What a reader found: the rows of one table and how it read them."""

    source: str
    kind: str
    name: str
    header: list[str]
    rows: list[tuple[str, list[str]]]  # (locator, cells)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Ingested:
    """The part rows of one file plus every decision the reader made."""

    path: str
    kind: str
    lines: list[BomLine]
    columns: list[list[ColumnChoice]]
    notes: list[str]


@dataclass(frozen=True)
class Token:
    """A piece of a marking and what it looks like."""

    text: str
    role: str  # mpn | maker | date | lot | origin | word | number
    detail: str = ""


@dataclass(frozen=True)
class Marking:
    """A marking split into its parts; the text is kept as given."""

    text: str
    candidates: list[str]
    makers: list[tuple[str, str]]  # (alias as written, manufacturer)
    date_codes: list[str]
    origins: list[str]
    lots: list[str]
    words: list[str]
    hints: list[tuple[str, str]] = field(default_factory=list)  # (why, manufacturer): a maker's marking habit
    designation: Designation | None = None  # a Soviet-standard number among the first candidates, or split by a space


@dataclass(frozen=True)
class Candidate:
    """One answer a matching method proposes, with its evidence."""

    manufacturer: str
    mpn: str | None
    family: str | None
    category: str | None
    method: str
    score: float
    detail: str
    source: str
    second_sources: tuple[str, ...] = ()
    owner: str | None = None  # set when the product line has an owner other than the brand's
    indirect: bool = False  # read through a slip undone or a prefix restored, not as printed
    ceiling: float = 1.0  # the most confidence the answer may have when this candidate wins


@dataclass(frozen=True)
class Attribution:
    """The answer for one part row (the JSON contract of DESIGN.md)."""

    source: str
    locator: str
    system: str | None
    marking: str
    mpn: str | None
    family: str | None
    manufacturer: str | None
    owner: str | None
    country: str | None
    confidence: float
    band: str
    method: str | None
    evidence: list[str]
    alternatives: list[dict[str, Any]]
    category: str | None = None
    owner_country: str | None = None
    date_code: str | None = None
    made: str | None = None
    post_2022_02_24: bool | None = None
    made_earliest: str | None = None  # the first day the date code allows (ISO date), across its readings
    hs_code: str | None = None
    chpl_tier: int | None = None
    chpl_tier_label: str | None = None  # the list's own label: "1", "2", "3.A"
    origin: str | None = None  # country of assembly printed on the part
    lot: str | None = None
    paths: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "locator": self.locator,
            "system": self.system,
            "marking": self.marking,
            "mpn": self.mpn,
            "family": self.family,
            "manufacturer": self.manufacturer,
            "owner": self.owner,
            "country": self.country,
            "confidence": round(self.confidence, 3),
            "band": self.band,
            "method": self.method,
            "evidence": list(self.evidence),
            "alternatives": list(self.alternatives),
            "category": self.category,
            "owner_country": self.owner_country,
            "date_code": self.date_code,
            "made": self.made,
            "post_2022_02_24": self.post_2022_02_24,
            "made_earliest": self.made_earliest,
            "hs_code": self.hs_code,
            "chpl_tier": self.chpl_tier,
            "chpl_tier_label": self.chpl_tier_label,
            "origin": self.origin,
            "lot": self.lot,
            "paths": list(self.paths),
        }

    @cached_property
    def json(self) -> str:
        """`to_dict` as JSON text, made once: the store and the JSON report both write it, and
        worker processes make it in parallel (the cached text travels back with the object)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)
