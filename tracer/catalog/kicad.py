"""Import KiCad symbol libraries (``.kicad_sym``, KiCad 6 S-expressions) as a parts catalogue.

A symbol whose datasheet link points at a maker's own site (or names the maker in the path of a
datasheet archive) becomes a row ``mpn, manufacturer, family, description, category, source``.
Everything here is a pure function: no printing, no state kept between calls.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_KICAD_SYMBOLS_VERSION = "6.0.10"
PARTS_COLUMNS = ("mpn", "manufacturer", "family", "description", "category", "source")

# ---------------------------------------------------------------------------------------------
# S-expressions
# ---------------------------------------------------------------------------------------------

# One token per match: a paren, a complete quoted string, a lone quote (an unterminated string,
# reported as an error) or a bare atom. Whitespace between tokens is skipped by findall.
TOKEN = re.compile(r'[()]|"(?:[^"\\]|\\.)*"|"|[^\s()"]+', re.DOTALL)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


class SexprError(ValueError):
    """The text is not a well-formed S-expression."""


def unescape(body: str) -> str:
    """The value of a quoted string's body: ``\\"`` -> ``"``, ``\\\\`` -> ``\\``, ``\\n`` -> newline."""
    if "\\" not in body:
        return body
    return UNESCAPE.sub(lambda m: ESCAPES.get(m.group(1), m.group(1)), body)


def tokenize(text: str) -> Iterator[tuple[str, str]]:
    """Tokens of an S-expression as (kind, value), kind one of ``(``, ``)``, ``str``, ``atom``."""
    for tok in TOKEN.findall(text):
        first = tok[0]
        if first == "(" or first == ")":
            yield first, first
        elif first == '"':
            if len(tok) == 1:
                raise SexprError("unterminated string")
            yield "str", unescape(tok[1:-1])
        else:
            yield "atom", tok


Sexpr = list["str | Sexpr"]


def parse_sexpr(text: str, max_depth: int | None = None) -> Sexpr:
    """Every top-level expression of `text` as nested lists of strings.

    Lists nested deeper than `max_depth` (1 = top-level lists) are read but not kept, which keeps
    a 10 MB FPGA library cheap when only the symbols' own properties are wanted.
    """
    root: Sexpr = []
    stack: list[Sexpr] = [root]
    skipped = 0  # depth inside a list that is not kept
    for kind, value in tokenize(text):
        if kind == "(":
            if skipped or (max_depth is not None and len(stack) > max_depth):
                skipped += 1
                continue
            node: Sexpr = []
            stack[-1].append(node)
            stack.append(node)
        elif kind == ")":
            if skipped:
                skipped -= 1
            elif len(stack) == 1:
                raise SexprError("unbalanced ')'")
            else:
                stack.pop()
        elif not skipped:
            stack[-1].append(value)
    if skipped or len(stack) != 1:
        raise SexprError("unbalanced '(': the text ends inside a list")
    return root


# ---------------------------------------------------------------------------------------------
# .kicad_sym files
# ---------------------------------------------------------------------------------------------

FIELDS = {
    "datasheet": ("Datasheet",),
    "description": ("ki_description", "Description"),
    "keywords": ("ki_keywords", "Keywords"),
    "footprint": ("Footprint",),
}
INHERITED = ("datasheet", "description", "keywords")
EMPTY_VALUES = {"", "~"}


def head(node: str | Sexpr) -> str | None:
    return node[0] if isinstance(node, list) and node and isinstance(node[0], str) else None


def symbol_fields(node: Sexpr) -> dict[str, str]:
    """The catalogue fields of one top-level ``(symbol "NAME" ...)`` list."""
    props: dict[str, str] = {}
    extends = ""
    for child in node[2:]:
        if not isinstance(child, list):
            continue
        key = head(child)
        if key == "property" and len(child) >= 3 and isinstance(child[1], str) and isinstance(child[2], str):
            props.setdefault(child[1], child[2].strip())
        elif key == "extends" and len(child) >= 2 and isinstance(child[1], str):
            extends = child[1]
    row = {"symbol": str(node[1])}
    for field, names in FIELDS.items():
        value = next((props[n] for n in names if props.get(n, "") not in EMPTY_VALUES), "")
        row[field] = value
    row["extends"] = extends
    return row


def parse_kicad_sym(text: str) -> list[dict[str, str]]:
    """The top-level symbols of a ``.kicad_sym`` file, in file order.

    Each is ``{"symbol", "datasheet", "description", "keywords", "footprint", "extends"}`` (all
    strings, "" when absent; a datasheet of "~" counts as absent). A symbol that extends another
    takes the datasheet, description and keywords of its parent when it has none of its own.
    """
    tree = parse_sexpr(text, max_depth=3)
    libs = [n for n in tree if head(n) == "kicad_symbol_lib"]
    if not libs:
        raise SexprError("not a KiCad symbol library: no (kicad_symbol_lib ...)")
    rows = [
        symbol_fields(node)
        for lib in libs
        for node in lib
        if isinstance(node, list) and head(node) == "symbol" and len(node) >= 2 and isinstance(node[1], str)
    ]
    by_name = {r["symbol"]: r for r in rows}
    out = []
    for row in rows:
        merged = dict(row)
        seen = {row["symbol"]}
        parent = by_name.get(row["extends"])
        while parent is not None and parent["symbol"] not in seen:
            seen.add(parent["symbol"])
            for field in INHERITED:
                if not merged[field]:
                    merged[field] = parent[field]
            parent = by_name.get(parent["extends"])
        out.append(merged)
    return out
