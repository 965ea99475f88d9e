from __future__ import annotations

import pytest

from tracer.model import Attribution
from tracer.report import neutralise, summary


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-A1", "'-A1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("LM358", "LM358"), (0.5, 0.5), (None, None),
])
def test_neutralise(value, expected) -> None:
    assert neutralise(value) == expected


def att(maker: str | None, owner_country: str | None, band: str) -> Attribution:
    return Attribution("s", "l", None, "m", None, None, maker, maker, None, 0.5, band, None, ["e"], [],
                       owner_country=owner_country)


def test_summary_counts_maker_owner_country_and_band() -> None:
    s = summary([att("TI", "US", "likely"), att("TI", "US", "possible"), att(None, None, "unknown")])
    assert s["by_manufacturer"] == {"TI": 2, "unknown": 1}
    assert s["by_owner_country"] == {"US": 2, "unknown": 1}
    assert s["by_band"] == {"likely": 1, "possible": 1, "unknown": 1}
