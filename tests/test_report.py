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


def dated(maker: str, post: bool | None, tier: str | None) -> Attribution:
    return Attribution("s", "l", None, "m", None, None, maker, maker, None, 0.8, "likely", None, ["e"], [],
                       date_code="2312" if post is not None else None, post_2022_02_24=post,
                       chpl_tier=int(tier[0]) if tier else None, chpl_tier_label=tier)


def test_summary_counts_post_invasion_parts_by_maker_and_chpl_tier() -> None:
    s = summary([dated("ADI", True, "1"), dated("ADI", True, "1"), dated("TI", False, "1"),
                 dated("AVX", True, "2"), dated("X", None, None)])
    assert s["made_after_2022_02_24"] == {"yes": 3, "no": 1, "cannot tell": 0, "no date code": 1}
    assert s["made_after_2022_02_24_by_manufacturer"] == {"ADI": 2, "AVX": 1}
    assert s["made_after_2022_02_24_by_chpl_tier"] == {"tier 1": 2, "tier 2": 1}
    assert s["by_chpl_tier"] == {"not on the CHPL": 1, "tier 1": 3, "tier 2": 1}
