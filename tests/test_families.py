"""Every row of tests/data/family_cases*.csv: a real part number outside the dev set, and its maker.

The cases were written with the rules (catalogs/families.csv) from general knowledge of part
numbering, so they check that the shipped rules, the matcher and the marking reader agree. They are
read with the part lists (catalogs/parts*.csv) left out: a case must pass on the rules alone, not
because KiCad, the kernel or flashrom happen to list its number.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracer.catalog import Catalog, load_catalog
from tracer.match import attribute
from tracer.model import BomLine

from .conftest import DATA

CASES = [row for path in sorted(DATA.glob("family_cases*.csv")) for row in csv.DictReader(path.open(encoding="utf-8"))]


@pytest.fixture(scope="module")
def module_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One store for the whole module: attribution reads only the catalogue, so twelve thousand cases need
    no store each (the conftest's per-test temporary store was nine tenths of this module's run time)."""
    path = tmp_path_factory.mktemp("families") / "tracer.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRACER_DB", str(path))
        yield path


@pytest.fixture(autouse=True)
def tracer_db(module_store: Path) -> Path:
    """Overrides the conftest's per-test store with the module's."""
    return module_store


@pytest.fixture(scope="module")
def rules() -> Catalog:
    """The shipped catalogue without its part lists."""
    return load_catalog(parts=False)


def test_the_rules_catalogue_has_no_parts(rules: Catalog) -> None:
    assert rules.parts == {} and len(rules.makers) >= 250


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 250


@pytest.mark.parametrize("case", CASES, ids=[c["marking"] for c in CASES])
def test_family_case(rules: Catalog, case: dict[str, str]) -> None:
    a = attribute(BomLine("cases", "-", case["marking"]), rules)
    expected = rules.resolve(case["expected_maker"])
    assert expected is not None, f"unknown maker {case['expected_maker']!r}"
    assert a.manufacturer is not None, f"{case['marking']}: no answer ({a.evidence})"
    # The brand or today's holder of the line (NXP's HEF4000 logic now made by Nexperia) counts.
    assert rules.same_company(a.manufacturer, expected) or rules.same_company(a.owner or "", expected) \
        or rules.line_moved(a.manufacturer, expected) is not None, \
        f"{case['marking']}: {a.manufacturer} ({a.evidence})"
