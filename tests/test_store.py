from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tracer.pipeline import trace, trace_file
from tracer.store import db_path, open_db, save, sources

from .conftest import DATA


def test_db_path_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert db_path("x.db") == Path("x.db")
    monkeypatch.setenv("TRACER_DB", str(tmp_path / "env.db"))
    assert db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("TRACER_DB")
    assert db_path(None).name == "tracer.db"


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    db = open_db(tmp_path / "s.db")
    names = [r["name"] for r in db["migrations"].rows]
    open_db(tmp_path / "s.db")
    assert [r["name"] for r in open_db(tmp_path / "s.db")["migrations"].rows] == names
    assert names[0] == "m001_initial"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_save_leaves_nothing(tmp_path: Path, catalog) -> None:
    db = open_db(tmp_path / "s.db")
    t = trace_file(DATA / "comma_utf8.csv", catalog)
    with pytest.raises(ValueError):
        save(db, t.ingested, t.sha256, t.attributions[:-1])  # one attribution short: zip(strict) fails mid-way
    assert db["sources"].count == 0 and db["lines"].count == 0 and db["attributions"].count == 0


def test_trace_stores_sources_lines_and_attributions(tmp_path: Path, catalog) -> None:
    db = open_db(tmp_path / "s.db")
    (t, new), = trace([DATA / "numbered.txt"], catalog, db)
    assert new is True
    rows = sources(db)
    assert rows[0]["name"] == "numbered.txt" and rows[0]["rows"] == len(t.attributions)
    assert db["lines"].count == db["attributions"].count == len(t.attributions)
    (_, again), = trace([DATA / "numbered.txt"], catalog, db)
    assert again is False and db["sources"].count == 1


def test_a_file_read_anew_into_other_lines_replaces_its_stored_lines(tmp_path: Path, catalog) -> None:
    # A newer tracer may read a stored file into other lines (a header it now recognises).
    db = open_db(tmp_path / "s.db")
    t = trace_file(DATA / "numbered.txt", catalog)
    save(db, t.ingested, t.sha256, t.attributions)
    fewer = replace(t.ingested, lines=t.ingested.lines[1:])
    source_id, new = save(db, fewer, t.sha256, t.attributions[1:])
    assert new is False
    assert db["lines"].count == db["attributions"].count == len(t.attributions) - 1
    assert sources(db)[0]["rows"] == len(t.attributions) - 1
    stored = [r["marking"] for r in db.query("select marking from lines order by position")]
    assert stored == [line.marking for line in fewer.lines]


def test_the_catalogue_is_cached_signed_and_rebuilt_when_not_trusted(tmp_path, monkeypatch) -> None:
    from tracer.catalog.cache import cached_catalog
    from tracer.store import open_db

    db = open_db(tmp_path / "c.db")
    first = cached_catalog(db)
    assert db.conn.execute("select count(*) from catalog_cache").fetchone()[0] == 1
    again = cached_catalog(db)
    assert again.rule_count == first.rule_count and again is not first
    # Another user's key: the signature fails, the cache is rebuilt rather than unpickled.
    monkeypatch.setenv("TRACER_CACHE_KEY", str(tmp_path / "other.key"))
    import pickle
    db.conn.execute("update catalog_cache set blob = ?", [pickle.dumps({"planted": True})])
    db.conn.commit()
    assert cached_catalog(db).rule_count == first.rule_count
