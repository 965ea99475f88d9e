"""Pausing Python's garbage collector where a burst of new objects makes no reference cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Collect no garbage inside the block; the collector is back as it was after it.

    Creating many objects sets off collections that walk every object still young, again and
    again; where those objects hold no cycles (unpickling the catalogue, attributing rows), each
    pass is wasted work. Reference counting still frees everything that is dropped.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
