"""Import customs/trade-data exports and sanctions screening lists into the store.

Shipments: one row per declaration item, English or Russian headers (see `FIELDS`), mapped by
synonyms or by the user's `--map field=Header`. Screening lists: the US Consolidated Screening
List CSV and OpenSanctions `targets.simple.csv`, recognised by their headers. Each import is one
transaction and the same file is imported once (by SHA-256). Names are keyed for entity
resolution (`tracer.entities`) as they are stored.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlite_utils
from rapidfuzz import fuzz, process

from tracer.catalog import Catalog, part_key
from tracer.entities import compare, entity_key
from tracer.errors import InputError
from tracer.ingest.columns import normalise_header
from tracer.ingest.readers import (
    choose_delimiter,
    decode_text,
    read_xlsx_tables,
    sniff_kind,
)
from tracer.store import insert_rows, now, sha256_of

FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("date", "declaration date", "дата декларации", "дата дт", "дата"),
    "declaration": ("declaration no", "declaration number", "declaration", "номер дт", "№ декларации",
                    "номер декларации", "№ дт"),
    "hs_code": ("hs code", "hs", "hts code", "код тн вэд", "тн вэд", "код тнвэд", "тнвэд"),
    "description": ("product description", "goods description", "description", "описание товара",
                    "наименование товара", "описание", "наименование"),
    "brand": ("brand", "trademark", "trade mark", "товарный знак", "марка", "торговая марка"),
    "manufacturer": ("manufacturer", "производитель", "изготовитель"),
    "origin_country": ("country of origin", "origin country", "origin", "страна происхождения"),
    "dispatch_country": ("country of dispatch", "dispatch country", "страна отправления"),
    "exporter": ("shipper exporter", "exporter", "shipper", "отправитель экспортер", "отправитель", "экспортер"),
    "exporter_country": ("exporter country", "shipper country", "страна отправителя", "страна экспортера"),
    "importer": ("consignee importer", "importer", "consignee", "получатель импортер", "получатель", "импортер"),
    "importer_inn": ("importer inn", "consignee inn", "inn", "инн получателя", "инн импортера", "инн"),
    "value_usd": ("value usd", "value", "customs value usd", "таможенная стоимость usd", "стоимость usd",
                  "фактурная стоимость", "таможенная стоимость", "стоимость"),
    "quantity": ("quantity", "количество", "кол во"),
}
NEEDED = (("exporter", "importer"), ("description", "brand", "manufacturer"))
NONE_WORDS = {"отсутствует", "неизвестен", "не известен", "нет данных", "unknown", "n/a", "none", "-"}
PART_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/.#+]{2,}")
SAMPLE = 1 << 16


@dataclass(frozen=True)
class ImportResult:
    path: str
    kind: str
    format: str
    rows: int
    new: bool
    columns: dict[str, str]
    entities: int = 0
    merged: int = 0


# ---------------------------------------------------------------- reading

def read_rows(path: Path, overrides: dict[str, str] | None = None) -> tuple[str, list[str], Iterator[list[str]], list[list[str]]]:
    """(format, header, the data rows, the rows above the header) of a CSV or XLSX, header found by content."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
    with path.open("rb") as f:
        head = f.read(SAMPLE)
    if not head.strip():
        raise InputError(name, "the file is empty")
    kind = sniff_kind(head if len(head) < SAMPLE else head + b"\n")
    if kind == "xlsx":
        tables = read_xlsx_tables(path.read_bytes(), name)
        best = max(((t, header_at([cells for _, cells in t.rows[:30]], overrides)) for t in tables), key=lambda x: x[1][1],
                   default=None)
        if best is None or best[1][0] is None:
            raise InputError(name, "no sheet has a header row of shipment columns")
        table, (at, _) = best
        rows = [cells for _, cells in table.rows]
        return "xlsx", rows[at], iter(rows[at + 1:]), rows[:at]
    if kind in ("pdf", "binary", "xls"):
        raise InputError(name, f"a {kind} file: trade records are read from CSV or XLSX")
    cut = head[: head.rfind(b"\n") + 1] or head
    sample, encoding = decode_text(cut, name)
    lines = [ln for ln in sample.splitlines() if ln.strip()]
    delim = choose_delimiter(lines[:200]) or ","
    f = path.open(encoding="utf-8-sig" if encoding == "utf-8-sig" else encoding, errors="replace", newline="")
    reader = csv.reader(f, delimiter=delim)
    above: list[list[str]] = []
    for row in reader:
        if header_at([row], overrides)[0] == 0:
            return f"csv ({encoding}, {delim!r})", row, close_after(reader, f), above
        above.append(row)
        if len(above) > 30:
            break
    f.close()
    raise InputError(name, "no header row of shipment columns in the first 30 rows")


def close_after(reader: Iterator[list[str]], f: io.TextIOBase) -> Iterator[list[str]]:
    try:
        yield from reader
    finally:
        f.close()


def header_at(rows: list[list[str]], overrides: dict[str, str] | None = None) -> tuple[int | None, int]:
    """The index of the row that names the most shipment fields (at least three, the user's --map
    headers counting), and how many."""
    best: tuple[int | None, int] = (None, 0)
    for i, row in enumerate(rows):
        n = len(map_columns(row, overrides or {}))
        if n >= 3 and n > best[1]:
            best = (i, n)
    return best


def map_columns(header: list[str], overrides: dict[str, str]) -> dict[str, int]:
    """field -> column index: the user's mapping first, then exact synonyms, then contained ones."""
    norm = [normalise_header(h) for h in header]
    out: dict[str, int] = {}
    for fld, wanted in overrides.items():
        key = normalise_header(wanted)
        if key in norm:
            out[fld] = norm.index(key)
    for exact in (True, False):
        for fld, names in FIELDS.items():
            if fld in out:
                continue
            for i, h in enumerate(norm):
                if i in out.values() or not h:
                    continue
                if any(h == n if exact else (len(n) > 4 and n in h) for n in names):
                    out[fld] = i
                    break
    return out


# ---------------------------------------------------------------- shipments

def cell(row: list[str], i: int | None) -> str:
    if i is None or i >= len(row):
        return ""
    v = (row[i] or "").strip()
    return "" if v.lower() in NONE_WORDS else v


def to_float(text: str) -> float | None:
    t = text.replace("\u00a0", "").replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


@lru_cache(maxsize=200_000)
def token_key(tok: str) -> str | None:
    key = part_key(tok)
    return key if len(key) >= 4 and any(c.isdigit() for c in key) and any(c.isalpha() for c in key) else None


def part_keys(*texts: str) -> set[str]:
    """Part-number-like tokens of a description (letters with digits), as catalogue keys."""
    return {k for text in texts if text for tok in PART_TOKEN.findall(text) if (k := token_key(tok))}


def import_shipments(db: sqlite_utils.Database, path: Path, cat: Catalog, overrides: dict[str, str] | None = None,
                     progress: Callable[[int], None] | None = None) -> ImportResult:
    """Import one customs/trade export in one transaction; the same file twice is a no-op."""
    overrides = overrides or {}
    unknown = [f for f in overrides if f not in FIELDS]
    if unknown:
        raise InputError(str(path), f"unknown field(s) in --map: {', '.join(unknown)} (known: {', '.join(FIELDS)})")
    fmt, header, rows, above = read_rows(path, overrides)
    first_line = len(above) + 2  # the file line of the first data row
    cols = map_columns(header, overrides)
    missing = [f for f, w in overrides.items() if f not in cols]
    if missing:
        raise InputError(str(path), f"--map names header(s) not in the file: "
                                    f"{', '.join(f'{f}={overrides[f]!r}' for f in missing)}")
    for group in NEEDED:
        if not any(f in cols for f in group):
            raise InputError(str(path), f"no {' or '.join(group)} column (found: {', '.join(cols) or 'none'}); "
                                        f"use --map {group[0]}=HEADER")
    digest = sha256_of(path)
    columns = {f: header[i] for f, i in cols.items()}
    existing = db.conn.execute("select rows from trade_sources where sha256 = ? and kind = 'shipments'", [digest]).fetchone()
    if existing:
        return ImportResult(str(path), "shipments", fmt, existing[0], False, columns)
    resolve = lru_cache(maxsize=100_000)(cat.resolve)
    big = path.stat().st_size > BIG_FILE
    with db.conn:
        if big:
            # Inserting a large file under seven indexes is slower than building them afresh after.
            saved = drop_trade_indexes(db)
        source_id = insert_rows(db, "trade_sources", [{
            "path": str(path.resolve()), "name": path.name, "sha256": digest, "kind": "shipments", "format": fmt,
            "rows": 0, "columns": json.dumps(columns, ensure_ascii=False), "imported_at": now()}])
        next_id = (db.conn.execute("select coalesce(max(id), 0) from shipments").fetchone()[0] or 0) + 1
        batch: list[tuple] = []
        parts: list[tuple[int, str]] = []
        n = 0
        g = cols.get
        for n, row in enumerate(rows, 1):
            if not any(c.strip() for c in row):
                continue
            exporter, importer = cell(row, g("exporter")), cell(row, g("importer"))
            brand, maker_field, desc = cell(row, g("brand")), cell(row, g("manufacturer")), cell(row, g("description"))
            maker = (resolve(brand) if brand else None) or (resolve(maker_field) if maker_field else None)
            inn = re.sub(r"\D", "", cell(row, g("importer_inn")))
            batch.append((next_id, source_id, n + first_line - 1, cell(row, g("date")), cell(row, g("declaration")),
                          re.sub(r"\D", "", cell(row, g("hs_code"))), desc, brand, maker_field, maker,
                          cell(row, g("origin_country")), cell(row, g("dispatch_country")), exporter,
                          cell(row, g("exporter_country")), entity_key(exporter) if exporter else "",
                          importer, inn if len(inn) in (10, 12) else "", entity_key(importer) if importer else "",
                          to_float(cell(row, g("value_usd"))), cell(row, g("quantity"))))
            parts.extend((next_id, k) for k in part_keys(desc, brand))
            next_id += 1
            if len(batch) >= 20_000:
                flush(db, batch, parts)
                if progress:
                    progress(n)
        flush(db, batch, parts)
        if progress:
            progress(n)
        if big:
            for sql in saved:
                db.conn.execute(sql)
        count = db.conn.execute("select count(*) from shipments where source_id = ?", [source_id]).fetchone()[0]
        if count == 0:
            raise InputError(str(path), "no shipment rows under the header")
        db.conn.execute("update trade_sources set rows = ? where id = ?", [count, source_id])
        db.conn.execute("delete from pair_brand")
        db.conn.execute(
            "insert into pair_brand (maker, hs4, exporter_key, importer_key, n, value, last_id) "
            "select maker, substr(hs_code, 1, 4), exporter_key, importer_key, count(*), sum(coalesce(value_usd, 0)), "
            "max(id) from shipments where maker is not null group by 1, 2, 3, 4")
        entities, merged = resolve_entities(db)
    return ImportResult(str(path), "shipments", fmt, count, True, columns, entities, merged)


BIG_FILE = 20 * 2**20


def drop_trade_indexes(db: sqlite_utils.Database) -> list[str]:
    """Drop the shipment indexes (inside the caller's transaction); return the SQL that rebuilds them."""
    rows = db.conn.execute("select name, sql from sqlite_master where type = 'index' and sql is not null "
                           "and tbl_name in ('shipments', 'shipment_parts')").fetchall()
    for name, _ in rows:
        db.conn.execute(f"drop index [{name}]")
    return [sql for _, sql in rows]


def flush(db: sqlite_utils.Database, batch: list[tuple], parts: list[tuple[int, str]]) -> None:
    if batch:
        db.conn.executemany(
            "insert into shipments (id, source_id, row, date, declaration, hs_code, description, brand, manufacturer, "
            "maker, origin_country, dispatch_country, exporter, exporter_country, exporter_key, importer, importer_inn, "
            "importer_key, value_usd, quantity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
    if parts:
        db.conn.executemany("insert into shipment_parts (shipment_id, key) values (?, ?)", parts)
    batch.clear()
    parts.clear()


# ---------------------------------------------------------------- entities

def resolve_entities(db: sqlite_utils.Database) -> tuple[int, int]:
    """Give every new name key a canonical entity: itself, or a known key it differs from by a slip.

    Runs inside the caller's transaction. Returns (entities in all, keys merged into another).
    """
    known = {r[0]: r[1] for r in db.conn.execute("select key, canonical from entity_names")}
    new: dict[str, str] = {}
    for sql in ("select exporter_key, min(exporter) from shipments where exporter_key != '' group by exporter_key",
                "select importer_key, min(importer) from shipments where importer_key != '' group by importer_key",
                "select key, min(name) from sanction_names join sanctions on sanctions.id = entry_id group by key"):
        for key, name in db.conn.execute(sql):
            if key and key not in known and key not in new:
                new[key] = name
    by_block: dict[str, list[str]] = {}
    for key in known:
        if known[key] == key:
            by_block.setdefault(key[:3], []).append(key)
    rows = []
    for key in sorted(new, key=lambda k: (-len(k), k)):
        canonical, why = key, "its own entity"
        block = by_block.get(key[:3], [])
        # rapidfuzz narrows the block to the nearest spelling; `compare` then decides and says why.
        hit = process.extractOne(key, block, scorer=fuzz.ratio, score_cutoff=92) if block else None
        if hit is not None:
            m = compare(hit[0], key)
            if m.same:
                canonical, why = hit[0], m.why
        if canonical == key:
            by_block.setdefault(key[:3], []).append(key)
        known[key] = canonical
        rows.append({"key": key, "name": new[key], "canonical": canonical, "why": why})
    insert_rows(db, "entity_names", rows)
    merge_by_tax_id(db)
    merged = db.conn.execute("select count(*) from entity_names where key != canonical").fetchone()[0]
    total = db.conn.execute("select count(*) from entity_names where key = canonical").fetchone()[0]
    return total, merged


def merge_by_tax_id(db: sqlite_utils.Database) -> None:
    """Importer names filed under one tax id (INN) are one firm, whatever they are called
    ("ООО «СТЦ»" and "Special Technology Center LLC" with INN 7802100001)."""
    groups: dict[str, list[str]] = {}
    for inn, key in db.conn.execute("select distinct importer_inn, importer_key from shipments "
                                    "where importer_inn != '' and importer_key != '' order by importer_inn, importer_key"):
        groups.setdefault(inn, []).append(key)
    canon = dict(db.conn.execute("select key, canonical from entity_names"))
    for inn, keys in groups.items():
        roots = sorted({canon.get(k, k) for k in keys})
        if len(roots) < 2:
            continue
        root = roots[0]
        for other in roots[1:]:
            db.conn.execute("update entity_names set canonical = ?, why = ? where canonical = ?",
                            [root, f"same importer tax id (INN {inn}) as {root!r}", other])
            canon = {k: (root if c == other else c) for k, c in canon.items()}


# ---------------------------------------------------------------- sanctions

CSL_HEADER = {"entity_number", "programs", "alt_names", "source"}
OS_HEADER = {"schema", "name", "aliases", "dataset"}
INN = re.compile(r"(?:INN|ИНН|Tax ID No\.?|Tax Identification Number)\D{0,6}(\d{12}|\d{10})", re.IGNORECASE)


def sanctions_format(header: list[str]) -> str | None:
    h = {c.strip().lower() for c in header}
    if CSL_HEADER <= h:
        return "csl"
    if OS_HEADER <= h:
        return "opensanctions"
    return None


def split_multi(text: str) -> list[str]:
    return [p.strip() for p in (text or "").split(";") if p.strip()]


def import_sanctions(db: sqlite_utils.Database, path: Path) -> ImportResult:
    """Import a CSL or OpenSanctions targets.simple.csv file in one transaction."""
    fmt, header, rows, _ = read_list(path)
    which = sanctions_format(header)
    if which is None:
        raise InputError(str(path), "not a recognised screening list (expected the header of the US Consolidated "
                                    "Screening List CSV or OpenSanctions targets.simple.csv)")
    digest = sha256_of(path)
    existing = db.conn.execute("select rows from trade_sources where sha256 = ? and kind = 'sanctions'", [digest]).fetchone()
    if existing:
        return ImportResult(str(path), "sanctions", which, existing[0], False, {})
    idx = {c.strip().lower(): i for i, c in enumerate(header)}

    def get(row: list[str], name: str) -> str:
        i = idx.get(name)
        return (row[i] or "").strip() if i is not None and i < len(row) else ""

    with db.conn:
        source_id = insert_rows(db, "trade_sources", [{
            "path": str(path.resolve()), "name": path.name, "sha256": digest, "kind": "sanctions", "format": which,
            "rows": 0, "columns": json.dumps(header, ensure_ascii=False), "imported_at": now()}])
        next_id = (db.conn.execute("select coalesce(max(id), 0) from sanctions").fetchone()[0] or 0) + 1
        entries, names = [], []
        for row in rows:
            name = get(row, "name")
            if not name:
                continue
            if which == "csl":
                lst, programs, typ = get(row, "source"), get(row, "programs"), get(row, "type") or "Entity"
                aliases = split_multi(get(row, "alt_names"))
                countries = ";".join(split_multi(get(row, "nationalities")) + split_multi(get(row, "citizenships")))
                ids = get(row, "ids")
            else:
                lst, typ = get(row, "dataset"), get(row, "schema")
                programs = get(row, "program_ids") or get(row, "sanctions")
                aliases = split_multi(get(row, "aliases"))
                countries, ids = get(row, "countries"), get(row, "identifiers")
            found = INN.search(ids) or INN.search(get(row, "remarks"))
            inn = found.group(1) if found else ""
            if not inn and which == "opensanctions" and "ru" in countries.lower().split(";"):
                inn = next((t for t in re.findall(r"\b\d{10}\b|\b\d{12}\b", ids)), "")
            entries.append({"id": next_id, "source_id": source_id, "list": lst, "programs": programs, "type": typ,
                            "name": name, "aliases": ";".join(aliases), "addresses": get(row, "addresses"),
                            "countries": countries, "ids": ids, "inn": inn})
            for key in dict.fromkeys(entity_key(n) for n in (name, *aliases)):
                if key:
                    names.append({"entry_id": next_id, "key": key})
            next_id += 1
        if not entries:
            raise InputError(str(path), "no entries under the header")
        insert_rows(db, "sanctions", entries)
        insert_rows(db, "sanction_names", names)
        db.conn.execute("update trade_sources set rows = ? where id = ?", [len(entries), source_id])
        entities, merged = resolve_entities(db)
    return ImportResult(str(path), "sanctions", which, len(entries), True, {}, entities, merged)


def read_list(path: Path) -> tuple[str, list[str], Iterator[list[str]], list[list[str]]]:
    """A screening list's rows: its header is the first row (CSV or XLSX)."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(name, "the file is empty")
    kind = sniff_kind(data)
    if kind == "xlsx":
        table = read_xlsx_tables(data, name)[0]
        rows = [cells for _, cells in table.rows]
        return "xlsx", rows[0], iter(rows[1:]), []
    if kind in ("pdf", "binary", "xls"):
        raise InputError(name, f"a {kind} file: screening lists are read from CSV or XLSX")
    text, encoding = decode_text(data, name)
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    return f"csv ({encoding})", header, reader, []
