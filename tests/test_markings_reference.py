"""Every row of tests/data/markings.csv (from shared/data/markings.csv): part, maker and date decoded.

A row that cannot be decoded says why in its `cannot` column, and the test checks that reason
still holds (tracer must not pretend to know).
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tracer.catalog import part_key
from tracer.match import attribute
from tracer.model import BomLine

from .conftest import DATA

ROWS = list(csv.DictReader((DATA / "markings.csv").open(encoding="utf-8")))
TODAY = date(2026, 11, 25)
FLAGS = {"true": True, "false": False, "null": None}


def test_every_reference_row_is_here() -> None:
    assert len(ROWS) >= 29


@pytest.mark.parametrize("row", ROWS, ids=[r["marking"] for r in ROWS])
def test_reference_marking_is_decoded(catalog, row: dict[str, str]) -> None:
    a = attribute(BomLine("markings.csv", "-", row["marking"]), catalog, today=TODAY)
    if row["cannot"]:
        assert a.band in ("possible", "unknown"), row["cannot"]
        return
    expected = catalog.resolve(row["manufacturer"])
    assert expected is not None, f"maker {row['manufacturer']!r} not in the catalogue"
    assert a.manufacturer is not None, f"no answer: {a.evidence}"
    assert (catalog.same_company(a.manufacturer, expected) or catalog.same_company(a.owner or "", expected)
            or catalog.line_moved(a.manufacturer, expected)), f"{a.manufacturer}: {a.evidence}"
    assert part_key(row["mpn"]) in part_key(a.mpn or "") or part_key(a.mpn or "") in part_key(row["mpn"]), a.mpn
    if row["made"]:
        assert a.made == row["made"] and a.post_2022_02_24 is FLAGS[row["post_2022_02_24"]], a.evidence


def test_a_truncated_linear_number_is_decoded_once_the_maker_is_named(catalog) -> None:
    a = attribute(BomLine("t", "-", "LINEAR 3789 2114"), catalog, today=TODAY)
    assert (a.manufacturer, a.mpn, a.made) == ("Linear Technology", "LTC3789", "2021-W14")
