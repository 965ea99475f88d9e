from __future__ import annotations

from pathlib import Path

import pytest

from tracer.errors import InputError
from tracer.ingest import ingest
from tracer.ingest.columns import detect_columns, header_role
from tracer.ingest.readers import decode_text, reads_as_cyrillic, sniff_kind

from .conftest import DATA
from .make_fixtures import ROWS

MARKINGS = [m for _, m in ROWS]

SAME_TABLE = ["comma_utf8.csv", "semicolon_utf8_bom.csv", "semicolon_cp1251.csv", "tab_utf16.tsv", "pipe_utf8.txt"]


@pytest.mark.parametrize("name", SAME_TABLE)
def test_every_delimiter_and_encoding_reads_the_same_rows(name: str) -> None:
    ing = ingest(DATA / name)
    assert ing.kind == "csv"
    assert [line.marking for line in ing.lines] == MARKINGS
    assert [line.system for line in ing.lines] == [s for s, _ in ROWS]
    assert ing.lines[0].locator == "line 2"
    assert ing.lines[0].quantity == "1"


@pytest.mark.parametrize("name,encoding,delimiter", [
    ("semicolon_cp1251.csv", "cp1251", "semicolon"),
    ("semicolon_utf8_bom.csv", "utf-8-sig", "semicolon"),
    ("tab_utf16.tsv", "utf-16", "tab"),
    ("pipe_utf8.txt", "utf-8", "pipe"),
])
def test_reader_says_what_it_decided(name: str, encoding: str, delimiter: str) -> None:
    notes = ingest(DATA / name).notes
    assert f"encoding {encoding}" in notes
    assert f"delimiter {delimiter}" in notes


def test_xlsx_header_under_merged_titles_every_sheet_and_numbers_as_text() -> None:
    ing = ingest(DATA / "merged_title_ru.xlsx")
    assert ing.kind == "xlsx"
    markings = [line.marking for line in ing.lines]
    assert markings == MARKINGS[:5] + ["3789"] + MARKINGS[5:]
    assert ing.lines[0].locator == "Компоненты!C5"
    assert ing.lines[5].stated_maker == "Linear Technology"
    assert ing.lines[6].locator.startswith("Лист2!B")
    roles = {c.role: c.header for c in ing.columns[0]}
    assert roles["marking"] == "Маркировка компонента"
    assert roles["system"] == "Образец"
    assert roles["manufacturer"] == "Производитель"


def test_pdf_table_over_two_pages_is_one_table_with_wrapped_cells_joined() -> None:
    ing = ingest(DATA / "two_page_table.pdf")
    assert ing.kind == "pdf"
    assert len(ing.lines) == 40
    assert any(line.locator.startswith("page 2") for line in ing.lines)
    assert all(line.marking != "Marking" for line in ing.lines), "repeated header kept as a row"
    wrapped = ing.lines[6].marking
    assert wrapped.startswith(MARKINGS[6]) and wrapped.endswith("fold over lines)")
    assert "\n" not in wrapped


def test_numbered_text_with_system_headings() -> None:
    ing = ingest(DATA / "numbered.txt")
    assert ing.kind == "text"
    assert [line.marking for line in ing.lines] == MARKINGS
    assert [line.system for line in ing.lines] == ["Shahed-136"] * 4 + ["Orlan-10"] * 4
    assert ing.lines[0].locator == "line 4"


def test_one_column_file_with_its_header_word(tmp_path: Path) -> None:
    for header in ("Marking", "Маркування", "part number"):
        f = tmp_path / "one.csv"
        f.write_text(f"{header}\nLM358DR\nSTM32F405RGT6\n", encoding="utf-8")
        ing = ingest(f)
        assert [line.marking for line in ing.lines] == ["LM358DR", "STM32F405RGT6"], header
        assert any("header" in n and "skipped" in n for n in ing.notes)
    # A marking that merely contains a header word is a part, not a header.
    f.write_text("Marking LM358\nSTM32F405RGT6\n", encoding="utf-8")
    assert len(ingest(f).lines) == 2


def test_markdown_bullets() -> None:
    ing = ingest(DATA / "bullets.md")
    assert [line.marking for line in ing.lines] == MARKINGS
    assert ing.lines[0].system == "Navigation unit"


def test_unguessable_header_found_by_content() -> None:
    ing = ingest(DATA / "odd_header.csv")
    assert [line.marking for line in ing.lines] == MARKINGS
    assert "content" in next(c.reason for c in ing.columns[0] if c.role == "marking")


def test_column_override_wins_over_detection() -> None:
    ing = ingest(DATA / "odd_header.csv", {"marking": "Item"})
    assert ing.lines[0].marking == "Shahed-136"
    assert next(c.reason for c in ing.columns[0] if c.role == "marking") == "--column marking=Item"


def test_the_row_with_the_named_header_is_the_header_not_a_title_above_it(tmp_path: Path) -> None:
    # the title scores as a header by its words ("Product"), as the real header does
    path = tmp_path / "titled.csv"
    path.write_text("Product list (internal),,\nOrdering code,Product description,Status\n"
                    "QZX77231-TR,Buck regulator,active\n", encoding="utf-8")
    ing = ingest(path, {"marking": "Ordering code"})
    assert [line.marking for line in ing.lines] == ["QZX77231-TR"]


def test_override_naming_a_missing_column_is_an_error() -> None:
    with pytest.raises(InputError, match="no column 'Nope'"):
        ingest(DATA / "comma_utf8.csv", {"marking": "Nope"})


@pytest.mark.parametrize("header,role", [
    ("Маркировка", "marking"), ("Маркування", "marking"), ("Part Number", "mpn"), ("P/N", "mpn"),
    ("Наименование", "description"), ("Виробник", "manufacturer"), ("Производитель", "manufacturer"),
    ("Кол-во", "quantity"), ("Кількість", "quantity"), ("Изделие", "system"), ("Зразок", "system"),
    ("Date code", "date_code"), ("Примечание", "notes"), ("№ п/п", "index"), ("Weapon", "system"),
])
def test_header_synonyms(header: str, role: str) -> None:
    hit = header_role(header)
    assert hit is not None and hit[0] == role


def test_system_column_is_not_taken_for_the_marking() -> None:
    header = ["a", "b"]
    rows = [["Orlan-10", "LM358DR"], ["Orlan-10", "ADM3485EARZ"], ["Orlan-10", "XC6SLX9"]]
    chosen = {c.role: c.index for c in detect_columns(header, rows)}
    assert chosen["marking"] == 1


def test_sniffing_is_by_content_not_name(tmp_path: Path) -> None:
    disguised = tmp_path / "list.pdf"
    disguised.write_bytes((DATA / "comma_utf8.csv").read_bytes())
    assert ingest(disguised).kind == "csv"
    assert sniff_kind(b"%PDF-1.4 ...") == "pdf"
    assert sniff_kind(b"PK\x03\x04....") == "xlsx"


def test_cp1251_is_preferred_for_cyrillic_words() -> None:
    text, enc = decode_text("Маркировка;Изделие".encode("cp1251"), "x")
    assert enc == "cp1251" and text == "Маркировка;Изделие"
    assert not reads_as_cyrillic("Zażółć gęślą jaźń".encode("cp1250").decode("cp1251"))


BAD = {
    "empty.csv": "the file is empty",
    "blank_lines.csv": "the file is empty",
    "binary.csv": "binary file",
    "truncated.xlsx": "not a readable XLSX file",
    "truncated.pdf": "not a readable PDF",
    "header_only.csv": "no part rows",
    "no_marking_column.csv": "no marking column found",
    "legacy.xls": "legacy Excel",
    "plain.zip.xlsx": "not an XLSX workbook",
    "a_directory.csv": "is a directory",
    "missing.csv": "no such file",
}


@pytest.mark.parametrize("name,problem", sorted(BAD.items()))
def test_bad_files_raise_one_clear_error(name: str, problem: str) -> None:
    path = DATA / "bad" / name
    with pytest.raises(InputError) as info:
        ingest(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message
