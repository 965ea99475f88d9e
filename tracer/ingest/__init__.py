"""Ingest: any teardown file -> part rows (BomLine) plus what the reader decided."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from tracer.errors import InputError
from tracer.ingest.columns import (
    detect_columns,
    header_score,
    normalise_header,
    part_likeness,
)
from tracer.ingest.readers import read_tables
from tracer.model import BomLine, ColumnChoice, Ingested, Table

HEADER_SEARCH_ROWS = 30


def column_letter(n: int) -> str:
    """A spreadsheet column's letters (1 -> A, 28 -> AB), without importing openpyxl for it."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def find_header(rows: list[tuple[str, list[str]]], named: Collection[str] = ()) -> int | None:
    """Index of the header row among the first rows.

    The first row that has every header the user `named` (--map ROLE=HEADER), so a title above it
    cannot be taken for it; else the best-scoring row that names a part column; failing that, a
    row of recognised headers with no part-like cell, followed by rows that have them.
    """
    if named:
        want = {normalise_header(n) for n in named}
        for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if want <= {normalise_header(c) for c in cells}:
                return i
    best: tuple[float, int] | None = None
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(cells)
        if score < 0.8:
            continue
        if score < 1.5:
            following = [c for _, r in rows[i + 1:i + 6] for c in r]
            if part_likeness(cells) > 0 or part_likeness(following) == 0:
                continue
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _cell(cells: list[str], choice: ColumnChoice | None) -> str:
    if choice is None or choice.index >= len(cells):
        return ""
    return cells[choice.index].strip()


def table_lines(table: Table, overrides: dict[str, str]) -> tuple[list[BomLine], list[ColumnChoice], list[str]]:
    """The part rows of one table, the columns chosen, and notes on what was skipped."""
    notes = list(table.notes)
    if table.header:
        header, body = table.header, table.rows
        overrides = {}  # the reader fixed the layout (plain text)
    else:
        h = find_header(table.rows, overrides.values())
        if h is None:
            width = max((len(c) for _, c in table.rows), default=0)
            header, body = [f"column {i + 1}" for i in range(width)], table.rows
            notes.append("no header row found: columns chosen by content")
        else:
            header, body = table.rows[h][1], table.rows[h + 1:]
            if h:
                where = table.rows[h][0].replace("{col}", "")
                notes.append(f"header at {where} (rows above it are titles)")
    try:
        choices = detect_columns(header, [c for _, c in body], overrides)
    except ValueError as e:
        return [], [], notes + [str(e)]
    by_role = {c.role: c for c in choices}
    marking = by_role.get("marking")
    if marking is None:
        return [], choices, notes + ["no marking column"]
    header_norm = [normalise_header(x) for x in header]
    marking_header = header_norm[marking.index] if marking.index < len(header_norm) else None
    lines = []
    for locator, cells in body:
        text = _cell(cells, marking)
        if not text:
            continue
        if normalise_header(text) == marking_header and \
                [normalise_header(x) for x in cells[: len(header_norm)]] == header_norm:
            continue  # a header repeated further down (page break, pasted blocks)
        if "{col}" in locator:
            locator = locator.format(col=column_letter(marking.index + 1))
        description = _cell(cells, by_role.get("description"))
        if description == text:
            description = ""
        lines.append(BomLine(
            source=table.source,
            locator=locator,
            marking=text,
            system=_cell(cells, by_role.get("system")) or None,
            stated_maker=_cell(cells, by_role.get("manufacturer")) or None,
            description=description or None,
            quantity=_cell(cells, by_role.get("quantity")) or None,
            date_code=_cell(cells, by_role.get("date_code")) or None,
            raw={header[i] if i < len(header) and header[i] else f"column {i + 1}": v
                 for i, v in enumerate(cells) if v},
        ))
    return lines, choices, notes


def ingest(path: str | Path, overrides: dict[str, str] | None = None) -> Ingested:
    """Read one file into part rows. Raises InputError for anything a user must fix."""
    p = Path(path)
    kind, tables = read_tables(p)
    all_lines: list[BomLine] = []
    all_columns: list[list[ColumnChoice]] = []
    notes: list[str] = []
    problems: list[str] = []
    for table in tables:
        lines, choices, t_notes = table_lines(table, overrides or {})
        label = f"{table.name}: " if table.name else ""
        notes.extend(label + n for n in t_notes)
        if choices and any(c.role == "marking" for c in choices):
            all_columns.append(choices)
        elif t_notes:
            problems.append(label + t_notes[-1])
        all_lines.extend(lines)
    if not all_columns:
        detail = "; ".join(problems) or "no table"
        raise InputError(str(p), f"no marking column found ({detail}); name it with --column marking=HEADER")
    if not all_lines:
        raise InputError(str(p), "no part rows (the marking column is empty)")
    return Ingested(str(p), kind, all_lines, all_columns, notes)


__all__ = ["ingest", "find_header", "part_likeness"]
