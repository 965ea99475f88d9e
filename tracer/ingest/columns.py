"""Which column is which: header synonyms in English, Russian and Ukrainian, and content scoring."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracer.model import ColumnChoice

# Role -> header words, normalised (lower case, punctuation folded to spaces).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "marking": (
        "marking", "markings", "marked", "top mark", "topmark", "top marking", "chip marking",
        "label", "inscription", "маркировка", "маркування", "маркіровка", "надпись", "напис",
        "маркировка компонента", "маркування компонента",
    ),
    "mpn": (
        "part number", "part no", "part", "p n", "pn", "mpn", "partnumber", "part num",
        "manufacturer part number", "mfr part", "mfr part number", "model", "type", "артикул",
        "партномер", "парт номер", "каталожный номер", "номер детали", "тип", "модель",
        "тип элемента", "тип компонента", "обозначение", "позначення", "part id",
    ),
    "description": (
        "description", "name", "component", "item", "component name", "item description",
        "наименование", "название", "назва", "найменування", "описание", "опис", "компонент",
        "элемент", "елемент", "наименование компонента", "найменування компонента",
        "функция", "функція", "призначення", "назначение",
    ),
    "manufacturer": (
        "manufacturer", "maker", "vendor", "brand", "mfr", "mfg", "producer", "make",
        "производитель", "изготовитель", "виробник", "фирма", "фірма", "бренд",
        "производитель компонента", "виробник компонента", "компания", "компанія",
    ),
    "quantity": (
        "qty", "quantity", "count", "pcs", "amount", "кол во", "количество", "кількість",
        "шт", "к сть", "кол",
    ),
    "system": (
        "system", "weapon", "sample", "platform", "product", "weapon system", "equipment",
        "образец", "изделие", "система", "зразок", "виріб", "вооружение", "озброєння",
        "тип вооружения", "вид озброєння", "бпла", "uav", "drone", "source item",
    ),
    "date_code": (
        "date code", "datecode", "dc", "date", "дата", "код даты", "дата изготовления",
        "дата виготовлення", "дата выпуска", "год выпуска", "рік випуску",
    ),
    "notes": (
        "notes", "note", "remarks", "remark", "comment", "comments", "примечание",
        "примечания", "примітка", "примітки", "коментар", "комментарий", "фото", "photo",
    ),
    "index": ("no", "n", "#", "№", "№ п п", "п п", "nr", "num", "number", "item no", "s n"),
}

ROLE_ORDER = ("marking", "mpn", "description", "manufacturer", "system", "quantity",
              "date_code", "notes", "index")

PART_TOKEN = re.compile(r"(?=[A-Za-zА-Яа-яЁёІіЇїЄє0-9./+#-]*\d)(?=[A-Za-z0-9./+#-]*[A-Za-zА-Яа-я])[A-Za-zА-Яа-яЁёІіЇїЄє0-9./+#-]{4,}")


def normalise_header(text: str) -> str:
    """Lower case, with punctuation folded to single spaces ("Кол-во" -> "кол во")."""
    t = re.sub(r"[^\w#№]+", " ", str(text or "").lower().replace("ё", "е"))
    return " ".join(t.split())


def header_role(text: str) -> tuple[str, float, str] | None:
    """The role a header names, with a score (1 exact, 0.8 leading word, 0.6 contained)."""
    h = normalise_header(text)
    if not h:
        return None
    best: tuple[str, float, str] | None = None
    for role in ROLE_ORDER:
        for syn in SYNONYMS[role]:
            if h == syn:
                score = 1.0
            elif len(syn) >= 3 and h.startswith(syn + " "):
                score = 0.8
            elif len(syn) >= 4 and f" {syn} " in f" {h} ":
                score = 0.6
            else:
                continue
            if best is None or score > best[1]:
                best = (role, score, syn)
    return best


def part_likeness(values: Sequence[str]) -> float:
    """Share of non-empty cells that hold a token shaped like a part number."""
    cells = [v for v in values if v and v.strip()]
    if not cells:
        return 0.0
    return sum(1 for v in cells if PART_TOKEN.search(v)) / len(cells)


def marking_likeness(values: Sequence[str]) -> float:
    """How much a column looks like the marking: part-like, varied and not too short.

    A system column ("Shahed-136" on every row) is part-like too; its repeats give it away.
    """
    cells = [v.strip() for v in values if v and v.strip()]
    if not cells:
        return 0.0
    distinct = len(set(cells)) / len(cells)
    length = min(1.0, sum(len(c) for c in cells) / len(cells) / 8)
    return part_likeness(cells) * (0.5 + 0.5 * distinct) * length


def header_score(cells: Sequence[str]) -> float:
    """How much a row looks like a header row: recognised headers, weighted."""
    roles = [header_role(c) for c in cells if c and str(c).strip()]
    hits = [r for r in roles if r]
    if not hits:
        return 0.0
    bonus = 1.0 if any(r[0] in ("marking", "mpn") for r in hits) else 0.0
    return sum(r[1] for r in hits) + bonus


def detect_columns(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    overrides: dict[str, str] | None = None,
) -> list[ColumnChoice]:
    """Assign roles to columns: overrides first, then header synonyms, then content.

    Raises ValueError when an override names a header that is not there.
    """
    overrides = overrides or {}
    chosen: dict[str, ColumnChoice] = {}
    used: set[int] = set()
    norm = [normalise_header(h) for h in header]
    for role, name in overrides.items():
        want = normalise_header(name)
        idx = next((i for i, h in enumerate(norm) if h == want), None)
        if idx is None and name.isdigit() and 0 < int(name) <= len(header):
            idx = int(name) - 1
        if idx is None:
            raise ValueError(f"no column {name!r} for {role} (columns: {', '.join(h for h in header if h)})")
        chosen[role] = ColumnChoice(role, header[idx], idx, f"--column {role}={name}")
        used.add(idx)
    scored: list[tuple[float, int, str, str]] = []
    for i, h in enumerate(header):
        hit = header_role(h)
        if hit and i not in used:
            scored.append((hit[1], i, hit[0], hit[2]))
    for score, i, role, syn in sorted(scored, key=lambda s: (-s[0], s[1])):
        if role in chosen or i in used:
            continue
        chosen[role] = ColumnChoice(role, header[i], i, f"header {header[i]!r} matches {role} synonym {syn!r} ({score:.1f})")
        used.add(i)
    width = max([len(header)] + [len(r) for r in rows]) if rows or header else 0
    columns = [[(r[i] if i < len(r) else "") for r in rows] for i in range(width)]
    if "marking" not in chosen:
        # No marking header: a part-number column is the marking; otherwise the column (unnamed
        # or described) whose cells look most like markings.
        if "mpn" in chosen:
            c = chosen["mpn"]
            chosen["marking"] = ColumnChoice("marking", c.header, c.index, f"{c.reason}; used as the marking")
        else:
            pool = [i for i in range(width) if i not in used]
            if "description" in chosen:
                pool.append(chosen["description"].index)
            ranked = sorted(((marking_likeness(columns[i]), i) for i in pool), key=lambda t: (-t[0], t[1]))
            if ranked and ranked[0][0] >= 0.35:
                like, i = ranked[0]
                name = header[i] if i < len(header) else f"column {i + 1}"
                share = part_likeness(columns[i])
                chosen["marking"] = ColumnChoice("marking", name, i, f"content: {share:.0%} of cells look like part numbers")
                if "description" in chosen and chosen["description"].index == i:
                    del chosen["description"]
    return [chosen[r] for r in ROLE_ORDER if r in chosen]
