"""Readers: bytes of one file -> tables of text cells, sniffing the kind by content."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from tracer.errors import InputError
from tracer.ingest.columns import header_role
from tracer.model import Table

MAX_BYTES = 200 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_CELL = 10_000  # characters: no marking is longer; a bigger cell is cut, not matched whole
csv.field_size_limit(MAX_BYTES)  # the csv module's 128 KiB field limit would stop a file we accept
DELIMITERS = (",", ";", "\t", "|")
LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,5}[.)]|[-*•–·]|\d{1,5}\s*[:\-–])\s+(.*\S)\s*$")


def sniff_kind(data: bytes) -> str:
    """The file's kind from its first bytes: xlsx, pdf, xls, binary or text."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"
    head = data[:4096]
    if b"\x00" in head:
        return "binary"
    return "text"


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode text bytes: BOMs, then strict UTF-8, then charset-normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Russian and Ukrainian files are exported in Windows-1251. Short Cyrillic headers above
    # Latin markings fool statistical detectors (they say cp1250), so test for it first.
    cp1251 = data.decode("cp1251", errors="replace")
    if reads_as_cyrillic(cp1251):
        return cp1251, "cp1251"
    # Imported here, not at the top: most files are UTF-8, and the import costs 60 ms.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot tell the text encoding (not UTF-8, UTF-16 or a known code page)")
    return str(best), best.encoding


def reads_as_cyrillic(text: str) -> bool:
    """True when the non-ASCII letters form whole Cyrillic words, not accents inside Latin words.

    Russian decoded as Windows-1251 gives words made all of Cyrillic letters (a few typed with
    Latin look-alikes); a Central European text decoded the same way gives Latin words with a
    stray Cyrillic letter inside.
    """
    words = re.findall(r"[^\W\d_]+", text)
    cyrillic = [w for w in words if re.search("[\u0400-\u04ff]", w)]
    if not cyrillic:
        return False
    whole = [w for w in cyrillic if len(re.findall("[\u0400-\u04ff]", w)) >= 0.8 * len(w)]
    foreign = [w for w in words if re.search("[^\x00-\x7f\u0400-\u04ff]", w)]
    return len(whole) >= 0.7 * len(cyrillic) and len(foreign) <= 0.2 * len(cyrillic)


def _delimiter_profile(lines: list[str], delim: str) -> tuple[float, int]:
    """Share of lines whose field count equals the most common count (>1), and that count."""
    counts = []
    for row in csv.reader(lines, delimiter=delim):
        if any(c.strip() for c in row):
            counts.append(len(row))
    if not counts:
        return 0.0, 0
    common, n = Counter(counts).most_common(1)[0]
    if common < 2:
        return 0.0, common
    return n / len(counts), common


def looks_like_list(lines: list[str]) -> bool:
    """A plain-text list: most non-empty lines are numbered or bulleted."""
    body = [ln for ln in lines if ln.strip()]
    if not body:
        return False
    items = sum(1 for ln in body if LIST_ITEM.match(ln))
    return items >= max(1, 0.5 * len(body))


def choose_delimiter(lines: list[str]) -> str | None:
    """The delimiter that splits the lines into a consistent table, if any."""
    best: tuple[float, int, str] | None = None
    for d in DELIMITERS:
        share, width = _delimiter_profile(lines, d)
        if share >= 0.8 and (best is None or (share, width) > best[:2]):
            best = (share, width, d)
    return best[2] if best else None


def read_text_tables(text: str, path: str, encoding: str) -> list[Table]:
    """CSV/TSV when a delimiter makes a consistent table; otherwise a plain-text list."""
    lines = text.splitlines()
    sample = [ln for ln in lines if ln.strip()][:200]
    if not sample:
        raise InputError(path, "the file is empty")
    delim = None if looks_like_list(sample) else choose_delimiter(sample)
    if delim is None:
        return [read_plain_lines(lines, path, encoding)]
    rows = []
    notes: list[str] = []
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    try:
        for n, row in enumerate(reader, 1):
            rows.append((f"line {n}", [cut_cell(c.strip(), f"line {n}", notes) for c in row]))
    except csv.Error as e:
        raise InputError(path, f"line {reader.line_num}: not readable as CSV ({e})") from None
    name = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[delim]
    return [Table(path, "csv", "", [], rows, [f"encoding {encoding}", f"delimiter {name}", *notes])]


def cut_cell(value: str, where: str, notes: list[str]) -> str:
    """A cell no longer than MAX_CELL characters: a longer one is cut, and the cut noted."""
    if len(value) <= MAX_CELL:
        return value
    notes.append(f"{where}: a cell of {len(value):,} characters cut to {MAX_CELL:,}")
    return value[:MAX_CELL]


def lone_header(line: str) -> bool:
    """A one-column file's header: the line is just the name of the marking or part column."""
    role = header_role(line)
    return role is not None and role[1] == 1.0 and role[0] in ("marking", "mpn", "description")


def read_plain_lines(lines: list[str], path: str, encoding: str) -> Table:
    """One part per numbered or bulleted line; other lines are headings (the system)."""
    numbered = looks_like_list(lines)
    rows: list[tuple[str, list[str]]] = []
    notes_head: list[str] = []
    system = ""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = LIST_ITEM.match(line)
        if m:
            rows.append((f"line {n}", [system, m.group(1).strip()]))
        elif numbered:
            # "Shahed-136:" or "## Shahed-136" names the system of the items below it;
            # any other unnumbered line is a title or a comment.
            stripped = line.strip()
            if stripped.endswith(":") or stripped.startswith("#"):
                heading = stripped.strip("#").strip().rstrip(":").strip()
                system = heading if len(heading) <= 80 else system
        elif not rows and lone_header(line):
            notes_head.append(f"line {n}: header {line.strip()!r} skipped")
        else:
            rows.append((f"line {n}", [system, line.strip()]))
    notes = [f"encoding {encoding}", "plain text: " + ("numbered or bulleted lines" if numbered else "one part per line"),
             *notes_head]
    return Table(path, "text", "", ["system", "marking"], rows, notes + ["header given by the reader"])


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person sees: 1234.0 -> '1234', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def check_zip(data: bytes, path: str) -> None:
    """Refuse corrupt archives and zip bombs before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            total = sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile as e:
        raise InputError(path, f"not a readable XLSX file (corrupt zip: {e})") from None
    if "xl/workbook.xml" not in names:
        raise InputError(path, "a zip archive but not an XLSX workbook (no xl/workbook.xml)")
    if total > MAX_XLSX_UNCOMPRESSED:
        raise InputError(path, f"XLSX unpacks to {total // 2**20} MiB, over the {MAX_XLSX_UNCOMPRESSED // 2**20} MiB limit")


def read_xlsx_tables(data: bytes, path: str) -> list[Table]:
    """Every sheet as a table of text cells; cell locators are 'Sheet!B12'."""
    from openpyxl import load_workbook

    check_zip(data, path)
    try:
        # Formulas are read as their text, never evaluated: a list's cells are evidence as written
        # (and a formula's cached value may be missing or stale).
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many kinds on damaged files
        raise InputError(path, f"not a readable XLSX file ({type(e).__name__}: {e})") from None
    tables = []
    try:
        for ws in wb.worksheets:
            rows: list[tuple[str, list[str]]] = []
            for r_idx, row in enumerate(ws.iter_rows(values_only=True), 1):
                cells = [cell_text(v)[:MAX_CELL] for v in row]
                if any(cells):
                    rows.append((f"{ws.title}!{{col}}{r_idx}", cells))  # column filled in later
            tables.append(Table(path, "xlsx", ws.title, [], rows, [f"sheet {ws.title!r}"]))
    except Exception as e:
        raise InputError(path, f"not a readable XLSX file ({type(e).__name__}: {e})") from None
    finally:
        wb.close()
    return tables


def _clean_pdf_cell(value: str | None) -> str:
    return " ".join((value or "").split())


def read_pdf_tables(data: bytes, path: str) -> list[Table]:
    """Tables on every page; a table continued on the next page is joined to the last one."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        raise InputError(path, f"not a readable PDF ({type(e).__name__}: {e})") from None
    merged: list[dict] = []
    try:
        with pdf:
            for p_no, page in enumerate(pdf.pages, 1):
                for t_no, table in enumerate(page.extract_tables(), 1):
                    rows = [[_clean_pdf_cell(c) for c in r] for r in table if any(c for c in r)]
                    if not rows:
                        continue
                    located = [(f"page {p_no}, table {t_no}, row {i}", r) for i, r in enumerate(rows, 1)]
                    last = merged[-1] if merged else None
                    if last and len(rows[0]) == last["width"] and last["last_page"] == p_no - 1:
                        # A continuation: drop a repeated header row, keep the rest.
                        if rows[0] == last["rows"][0][1]:
                            located = located[1:]
                        last["rows"].extend(located)
                        last["last_page"] = p_no
                        last["pages"].append(p_no)
                    else:
                        merged.append({"rows": located, "width": len(rows[0]), "last_page": p_no, "pages": [p_no]})
    except InputError:
        raise
    except Exception as e:
        raise InputError(path, f"not a readable PDF ({type(e).__name__}: {e})") from None
    out = []
    for i, m in enumerate(merged, 1):
        pages = m["pages"]
        span = f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"
        out.append(Table(path, "pdf", f"table {i}", [], m["rows"], [f"table {i} on {span}"]))
    if not out:
        raise InputError(path, "no tables found in the PDF (scanned pages need OCR first)")
    return out


def read_tables(path: Path) -> tuple[str, list[Table]]:
    """Read a file into tables; the kind is sniffed from the content, not the name."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file is {size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise InputError(name, "the file is empty")
    kind = sniff_kind(data)
    if kind == "xlsx":
        return kind, read_xlsx_tables(data, name)
    if kind == "pdf":
        return kind, read_pdf_tables(data, name)
    if kind == "xls":
        raise InputError(name, "a legacy Excel .xls file: save it as .xlsx and try again")
    if kind == "binary":
        raise InputError(name, "a binary file, not CSV, XLSX, PDF or text")
    text, encoding = decode_text(data, name)
    tables = read_text_tables(text, name, encoding)
    return tables[0].kind, tables
