from __future__ import annotations

import pytest

from tracer.model import BomLine
from tracer.pipeline import attribute_all


def test_a_repeated_row_is_attributed_once_and_keeps_its_own_place(catalog) -> None:
    lines = [BomLine("f.csv", "line 2", "Transistor IRLML6402", system="Orlan-10"),
             BomLine("f.csv", "line 3", "LINEAR 3789 2114", system="Orlan-10"),
             BomLine("f.csv", "line 4", "Transistor IRLML6402", system="Kh-101")]
    heard: list[int] = []
    a, b, c = attribute_all(lines, catalog, workers=1, progress=heard.append)
    assert (a.manufacturer, a.locator, a.system) == ("International Rectifier", "line 2", "Orlan-10")
    assert (c.manufacturer, c.locator, c.system) == ("International Rectifier", "line 4", "Kh-101")
    assert c.evidence == a.evidence and c.mpn == a.mpn and '"locator": "line 4"' in c.json
    assert b.manufacturer == "Linear Technology" and heard[-1] == 3


def test_paused_gc_restores_the_collector_as_it_was() -> None:
    import gc

    from tracer.gcpause import paused_gc

    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), paused_gc():
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
