"""Import a manufacturer's own part list (CSV or XLSX, any headers the ingest understands)."""

from __future__ import annotations

from pathlib import Path

from tracer.catalog import Catalog, part_key
from tracer.errors import InputError
from tracer.ingest import find_header
from tracer.ingest.columns import detect_columns
from tracer.ingest.readers import read_tables


def parts_from_file(path: Path, cat: Catalog, mapping: dict[str, str] | None = None,
                    maker: str | None = None) -> list[dict[str, str]]:
    """Rows `mpn, manufacturer, family, description, category, source` from a vendor part list.

    `mapping` names columns (role=header, roles mpn, manufacturer, description, family,
    category); `maker` gives the manufacturer of every row when the file has no such column.
    Raises InputError naming the file for anything the user must fix.
    """
    name = str(path)
    fixed = cat.resolve(maker) if maker else None
    if maker and fixed is None:
        raise InputError(name, f"unknown maker {maker!r} (see tracer catalog stats for known names)")
    mapping = dict(mapping or {})
    extra_roles = {r: mapping.pop(r) for r in ("family", "category") if r in mapping}
    if "mpn" in mapping:
        mapping["marking"] = mapping.pop("mpn")
    _, tables = read_tables(path)
    out: list[dict[str, str]] = []
    for table in tables:
        if table.header:  # a one-column list: the reader gives the header, the part is the marking
            header, body = table.header, table.rows
            chosen = {"marking": header.index("marking")}
        else:
            h = find_header(table.rows, [*mapping.values(), *extra_roles.values()])
            if h is None:
                continue
            header, body = table.rows[h][1], table.rows[h + 1:]
            try:
                chosen = {c.role: c.index for c in detect_columns(header, [c for _, c in body], mapping)}
            except ValueError as e:
                raise InputError(name, str(e)) from None
        extra = {}
        for role, head in extra_roles.items():
            idx = next((i for i, x in enumerate(header) if x.strip().lower() == head.strip().lower()), None)
            if idx is None:
                raise InputError(name, f"no column {head!r} for {role}")
            extra[role] = idx
        mpn_col = chosen.get("mpn", chosen.get("marking"))
        if mpn_col is None:
            continue
        for locator, cells in body:
            def cell(i: int | None, cells: list[str] = cells) -> str:
                return cells[i].strip() if i is not None and i < len(cells) else ""

            mpn = cell(mpn_col)
            if len(part_key(mpn)) < 3:
                continue
            stated = cell(chosen.get("manufacturer"))
            who = fixed or cat.resolve(stated)
            if who is None:
                raise InputError(name, f"{locator.replace('{col}', '')}: unknown maker {stated or '(none)'!r}; "
                                       "give --maker NAME or a manufacturer column")
            out.append({"mpn": mpn, "manufacturer": who, "family": cell(extra.get("family")),
                        "description": cell(chosen.get("description")),
                        "category": cell(extra.get("category")) or "other",
                        "source": f"{path.name} {locator.replace('{col}', '')} (imported part list)"})
    if not out:
        raise InputError(name, "no part numbers found (name the column with --map mpn=HEADER)")
    return out
