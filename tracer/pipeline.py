"""The main job as one library call: files -> attributions, stored."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils

from tracer.catalog import Catalog
from tracer.gcpause import paused_gc
from tracer.ingest import ingest
from tracer.match import attribute
from tracer.model import Attribution, BomLine, Ingested
from tracer.paths import PathFinder, has_trade
from tracer.store import save, sha256_of


@dataclass(frozen=True)
class Traced:
    """One traced file: what was read, its digest, and one attribution per part row."""

    ingested: Ingested
    sha256: str
    attributions: list[Attribution]

    def source_info(self, stored: bool | None = None) -> dict[str, Any]:
        info: dict[str, Any] = {
            "path": self.ingested.path, "kind": self.ingested.kind, "sha256": self.sha256,
            "rows": len(self.attributions),
            "columns": [[{"role": c.role, "header": c.header, "reason": c.reason} for c in cs]
                        for cs in self.ingested.columns],
            "notes": self.ingested.notes,
        }
        if stored is not None:
            info["stored"] = "new" if stored else "already stored"
        return info


PARALLEL_ROWS = 2000  # below this, starting worker processes costs more than it saves


CHUNK = 500


def attribute_all(lines: list[BomLine], cat: Catalog, workers: int | None = None,
                  progress: Callable[[int], None] | None = None) -> list[Attribution]:
    """Attribute every line, in input order; `progress` hears how many lines are done.

    A row whose text repeats an earlier one's (a part listed in several systems) is attributed
    once and the answer copied with its own place in the file.
    """
    first: dict[tuple[str, str | None, str | None, str | None], int] = {}
    unique: list[BomLine] = []
    which = []
    for line in lines:
        which.append(first.setdefault((line.marking, line.description, line.stated_maker, line.date_code), len(unique)))
        if which[-1] == len(unique):
            unique.append(line)
    done = attribute_each(unique, cat, workers, progress)
    if len(unique) < len(lines) and progress is not None:
        progress(len(lines))
    return [done[i] if unique[i] is line else
            replace(done[i], source=line.source, locator=line.locator, system=line.system)
            for i, line in zip(which, lines, strict=True)]


def attribute_each(lines: list[BomLine], cat: Catalog, workers: int | None = None,
                   progress: Callable[[int], None] | None = None) -> list[Attribution]:
    """Attribute every line, in forked worker processes for long lists (the catalogue is shared,
    not copied or pickled), in input order."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    tick = progress or (lambda n: None)
    chunks = [lines[i:i + CHUNK] for i in range(0, len(lines), CHUNK)]
    out: list[Attribution] = []
    if workers < 2 or len(lines) < PARALLEL_ROWS or "fork" not in mp.get_all_start_methods():
        for chunk in chunks:
            out.extend(attribute(line, cat) for line in chunk)
            tick(len(out))
        return out
    ctx = mp.get_context("fork")
    # Frozen objects are left alone by the workers' garbage collector, which would otherwise walk
    # the inherited heap and, touching each object, copy its memory page (the gc module's advice
    # for fork without exec); a quarter less time here.
    # The collector is also paused, in the parent and so in the forked workers: attributing makes
    # next to no reference cycles (a few hundred objects per 3,000 rows, all freed when a worker
    # ends), so its passes over each chunk's answers were wasted, 3% of the workers' time.
    with paused_gc():
        gc.freeze()
        try:
            with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_set_worker_catalog, initargs=(cat,)) as pool:
                for part in pool.map(_attribute_chunk, chunks):
                    out.extend(part)
                    tick(len(out))
        finally:
            gc.unfreeze()
    return out


_WORKER: dict[str, Catalog] = {}  # the catalogue inherited by a forked worker process, and nothing else


def _set_worker_catalog(cat: Catalog) -> None:
    _WORKER["catalog"] = cat


def _attribute_chunk(lines: list[BomLine]) -> list[Attribution]:
    cat = _WORKER["catalog"]
    out = [attribute(line, cat) for line in lines]
    for a in out:
        _ = a.json  # made here, in parallel, rather than twice in the parent (store and report)
    return out


def trace_file(path: str | Path, cat: Catalog, overrides: dict[str, str] | None = None,
               progress: Callable[[int], None] | None = None) -> Traced:
    """Read and attribute one file (no store). Raises InputError for a bad file."""
    ingested = ingest(path, overrides)
    atts = attribute_all(ingested.lines, cat, progress=progress)
    return Traced(ingested, sha256_of(path), atts)


def trace(paths: list[str | Path], cat: Catalog, db: sqlite_utils.Database | None,
          overrides: dict[str, str] | None = None,
          progress: Callable[[int], None] | None = None) -> list[tuple[Traced, bool | None]]:
    """Trace every file first, then store each in its own transaction.

    A bad file stops the run before anything is stored. `progress` hears the rows done so far.
    """
    traced: list[Traced] = []
    for p in paths:
        done = sum(len(t.attributions) for t in traced)
        traced.append(trace_file(p, cat, overrides, (lambda n, done=done: progress(done + n)) if progress else None))
    if db is not None and has_trade(db):
        # Imported trade records: each attributed part gets its three best distribution paths.
        finder = PathFinder(db, cat)
        traced = [replace(t, attributions=[replace(a, paths=finder.paths(a.to_dict(), 3)) if a.manufacturer else a
                                           for a in t.attributions]) for t in traced]
    out: list[tuple[Traced, bool | None]] = []
    for t in traced:
        new = save(db, t.ingested, t.sha256, t.attributions)[1] if db is not None else None
        out.append((t, new))
    return out
