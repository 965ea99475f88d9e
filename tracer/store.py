"""The SQLite store (sqlite-utils): sources, their part rows and attributions.

One traced file is one transaction: it lands whole or not at all. The same file (same sha256)
is stored once; tracing it again refreshes its attributions.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from platformdirs import user_data_dir

from tracer.errors import TracerError
from tracer.model import Attribution, Ingested

ENV_DB = "TRACER_DB"


def db_path(option: str | None = None) -> Path:
    """The store's path: --db, then $TRACER_DB, then the user's data directory."""
    if option:
        return Path(option)
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    return Path(user_data_dir("tracer", appauthor=False)) / "tracer.db"


def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create({
        "id": int, "path": str, "name": str, "sha256": str, "kind": str, "ingested_at": str,
        "rows": int, "columns": str, "notes": str,
    }, pk="id")
    db["sources"].create_index(["sha256"], unique=True)
    db["lines"].create({
        "id": int, "source_id": int, "position": int, "locator": str, "system": str,
        "marking": str, "stated_maker": str, "description": str, "quantity": str, "raw": str,
    }, pk="id", foreign_keys=[("source_id", "sources", "id")])
    db["lines"].create_index(["source_id", "position"], unique=True)
    db["attributions"].create({
        "line_id": int, "source_id": int, "mpn": str, "manufacturer": str, "owner": str,
        "country": str, "confidence": float, "band": str, "method": str, "data": str,
    }, pk="line_id", foreign_keys=[("line_id", "lines", "id"), ("source_id", "sources", "id")])
    db["attributions"].create_index(["manufacturer"])
    db["attributions"].create_index(["owner"])
    db["attributions"].create_index(["mpn"])


def m002_user_parts(db: sqlite_utils.Database) -> None:
    db["user_parts"].create({
        "id": int, "mpn": str, "manufacturer": str, "family": str, "description": str,
        "category": str, "source": str, "imported_from": str, "imported_at": str,
    }, pk="id")
    db["user_parts"].create_index(["mpn", "manufacturer"], unique=True)


def m003_trade(db: sqlite_utils.Database) -> None:
    """Imported trade records and screening lists, with the name keys entities are resolved on."""
    db["trade_sources"].create({
        "id": int, "path": str, "name": str, "sha256": str, "kind": str, "format": str, "rows": int,
        "columns": str, "imported_at": str,
    }, pk="id")
    db["trade_sources"].create_index(["sha256", "kind"], unique=True)
    db["shipments"].create({
        "id": int, "source_id": int, "row": int, "date": str, "declaration": str, "hs_code": str,
        "description": str, "brand": str, "manufacturer": str, "maker": str, "origin_country": str,
        "dispatch_country": str, "exporter": str, "exporter_country": str, "exporter_key": str,
        "importer": str, "importer_inn": str, "importer_key": str, "value_usd": float, "quantity": str,
    }, pk="id", foreign_keys=[("source_id", "trade_sources", "id")])
    db["shipment_parts"].create({"shipment_id": int, "key": str})
    db["sanctions"].create({
        "id": int, "source_id": int, "list": str, "programs": str, "type": str, "name": str,
        "aliases": str, "addresses": str, "countries": str, "ids": str, "inn": str,
    }, pk="id", foreign_keys=[("source_id", "trade_sources", "id")])
    db["sanction_names"].create({"entry_id": int, "key": str})
    db["entity_names"].create({"key": str, "name": str, "canonical": str, "why": str}, pk="key")


def m004_trade_indexes(db: sqlite_utils.Database) -> None:
    for table, cols in (("shipments", ["maker"]), ("shipments", ["exporter_key"]), ("shipments", ["importer_key"]),
                        ("shipments", ["importer_inn"]), ("shipments", ["source_id"]), ("shipment_parts", ["key"]),
                        ("shipment_parts", ["shipment_id"]), ("sanction_names", ["key"]), ("sanctions", ["inn"])):
        db[table].create_index(cols)


def m005_pair_brand(db: sqlite_utils.Database) -> None:
    """Shipments counted per maker, HS heading and (exporter, importer): what path ranking reads."""
    db["pair_brand"].create({"maker": str, "hs4": str, "exporter_key": str, "importer_key": str, "n": int,
                             "value": float, "last_id": int})
    db["pair_brand"].create_index(["maker", "hs4", "n"])


def m006_catalog_cache(db: sqlite_utils.Database) -> None:
    db["catalog_cache"].create({"fingerprint": str, "blob": bytes, "signature": str}, pk="fingerprint")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    m001_initial, m002_user_parts, m003_trade, m004_trade_indexes, m005_pair_brand, m006_catalog_cache)


def open_db(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the store and apply any migration not yet applied."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA journal_mode=WAL")
        # WAL with NORMAL sync: a commit is not fsynced until the next checkpoint, so a power cut
        # may lose the last traces, but the file stays consistent, and a killed process loses
        # nothing committed (SQLite's advice for WAL; the SIGKILL tests check it).
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=30000")
        db.execute("PRAGMA foreign_keys=ON")
    except Exception as e:
        raise TracerError(f"{path}: cannot open the store ({e})") from None
    migrate(db, path)
    return db


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Apply the migrations not yet applied, holding the write lock while deciding: several
    processes opening a new store at once must not each create its tables."""
    names = {m.__name__ for m in MIGRATIONS}
    if "migrations" in db.table_names():
        if names <= {r[0] for r in db.conn.execute("select name from migrations")}:
            return
    try:
        db.conn.execute("BEGIN IMMEDIATE")  # waits (busy_timeout) while another process migrates
    except Exception as e:
        raise TracerError(f"{path}: cannot lock the store ({e})") from None
    try:
        if "migrations" not in db.table_names():
            db.conn.execute("create table migrations (name text primary key, applied_at text)")
        done = {r[0] for r in db.conn.execute("select name from migrations")}
        for migration in MIGRATIONS:
            if migration.__name__ not in done:
                migration(db)
                db.conn.execute("insert into migrations (name, applied_at) values (?, ?)", [migration.__name__, now()])
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def insert_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]]) -> int | None:
    """Plain INSERTs inside the caller's transaction; returns the last rowid.

    sqlite-utils' own insert methods commit as they go (they open `with conn:` themselves), which
    would break the one-file-one-transaction promise, so writes go through here.
    """
    rows = list(rows)
    if not rows:
        return None
    columns = list(rows[0])
    sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' for _ in columns)})"
    cursor = db.conn.executemany(sql, [[r[c] for c in columns] for r in rows]) if len(rows) > 1 else \
        db.conn.execute(sql, [rows[0][c] for c in columns])
    return cursor.lastrowid


# The fields of a stored line that say whether a file is read into the same lines as before.
LINE_FIELDS = ("locator", "marking", "system", "stated_maker", "description", "quantity")


def line_rows(source_id: int, ingested: Ingested) -> Iterable[dict[str, Any]]:
    return ({
        "source_id": source_id, "position": i, "locator": line.locator, "system": line.system,
        "marking": line.marking, "stated_maker": line.stated_maker, "description": line.description,
        "quantity": line.quantity, "raw": json.dumps(line.raw, ensure_ascii=False),
    } for i, line in enumerate(ingested.lines))


def save(db: sqlite_utils.Database, ingested: Ingested, sha256: str, attributions: Iterable[Attribution]) -> tuple[int, bool]:
    """Store one traced file in one transaction. Returns (source id, whether it was new).

    A file stored before is traced anew in place. If this version of tracer reads it into other
    lines than the stored ones (a header now recognised, say), its lines are replaced.
    """
    attributions = list(attributions)
    columns = json.dumps([[c.__dict__ for c in cs] for cs in ingested.columns], ensure_ascii=False)
    with db.conn:  # commits on success, rolls back on any exception
        existing = db.conn.execute("select id from sources where sha256 = ?", [sha256]).fetchone()
        new = existing is None
        if existing:
            source_id = existing[0]
            stored = [tuple(r) for r in db.conn.execute(
                f"select {', '.join(LINE_FIELDS)} from lines where source_id = ? order by position", [source_id])]
            if stored != [tuple(getattr(line, f) for f in LINE_FIELDS) for line in ingested.lines]:
                db.conn.execute("delete from attributions where source_id = ?", [source_id])
                db.conn.execute("delete from lines where source_id = ?", [source_id])
                db.conn.execute("update sources set rows = ?, columns = ?, notes = ? where id = ?", [
                    len(ingested.lines), columns, json.dumps(ingested.notes, ensure_ascii=False), source_id])
                insert_rows(db, "lines", line_rows(source_id, ingested))
        else:
            source_id = insert_rows(db, "sources", [{
                "path": str(Path(ingested.path).resolve()), "name": Path(ingested.path).name,
                "sha256": sha256, "kind": ingested.kind, "ingested_at": now(),
                "rows": len(ingested.lines), "columns": columns,
                "notes": json.dumps(ingested.notes, ensure_ascii=False),
            }])
            insert_rows(db, "lines", line_rows(source_id, ingested))
        line_ids = [r[0] for r in db.conn.execute(
            "select id from lines where source_id = ? order by position", [source_id])]
        db.conn.execute("delete from attributions where source_id = ?", [source_id])
        insert_rows(db, "attributions", ({
            "line_id": line_id, "source_id": source_id, "mpn": a.mpn, "manufacturer": a.manufacturer,
            "owner": a.owner, "country": a.country, "confidence": a.confidence, "band": a.band,
            "method": a.method, "data": a.json,
        } for line_id, a in zip(line_ids, attributions, strict=True)))
    return int(source_id), new  # type: ignore[arg-type]


def sources(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every stored source with its counts of rows and confident attributions."""
    return list(db.query("""
        select s.id, s.name, s.path, s.kind, s.sha256, s.ingested_at, s.rows,
               sum(case when a.band in ('confirmed', 'likely') then 1 else 0 end) as confident
        from sources s left join attributions a on a.source_id = s.id
        group by s.id order by s.id
    """))


def save_user_parts(db: sqlite_utils.Database, rows: list[dict[str, str]], imported_from: str) -> int:
    """Store an imported parts catalogue in one transaction; a part already there is updated."""
    stamp = now()
    with db.conn:
        db.conn.executemany(
            "insert into user_parts (mpn, manufacturer, family, description, category, source, imported_from, imported_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict(mpn, manufacturer) do update set "
            "family=excluded.family, description=excluded.description, category=excluded.category, "
            "source=excluded.source, imported_from=excluded.imported_from, imported_at=excluded.imported_at",
            [(r["mpn"], r["manufacturer"], r.get("family", ""), r.get("description", ""), r.get("category", ""),
              r["source"], imported_from, stamp) for r in rows],
        )
    return len(rows)


def user_parts(db: sqlite_utils.Database) -> list[dict[str, str]]:
    return list(db["user_parts"].rows)
