from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tracer.catalog import (
    Catalog,
    FamilyRule,
    compile_regex,
    first_chars,
    literal_spec,
    literal_starts,
    load_catalog,
    name_key,
    part_key,
)
from tracer.errors import CatalogError

from .conftest import DATA

MAKERS = "name,aliases,country,kind,prefixes,source\nAcme Semi,ACME|Акме,US,western,,test\nBig Corp,BIG,US,western,,test\n"


def folder(tmp_path: Path, **files: str) -> Path:
    for name, text in {"manufacturers.csv": MAKERS, **files}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_shipped_catalogue_loads_with_sources(catalog) -> None:
    assert len(catalog.makers) >= 250
    assert all(m.source for m in catalog.makers.values())
    assert all(r.source for rs in catalog.prefix_rules.values() for r in rs)


@pytest.mark.parametrize("alias,maker", [
    ("ADI", "Analog Devices"), ("Analog Devices Inc.", "Analog Devices"), ("Аналог Девайсез", "Analog Devices"),
    ("IOR", "International Rectifier"), ("Xilinx Inc.", "Xilinx"), ("Техас Инструментс", "Texas Instruments"),
])
def test_aliases_resolve(catalog, alias: str, maker: str) -> None:
    assert catalog.resolve(alias) == maker


@pytest.mark.parametrize("brand,owner", [
    ("Linear Technology", "Analog Devices"), ("Dallas Semiconductor", "Analog Devices"),
    ("Spansion", "Infineon Technologies"), ("National Semiconductor", "Texas Instruments"),
    ("Fairchild Semiconductor", "ON Semiconductor Corporation"), ("Atmel", "Microchip Technology"), ("Xilinx", "AMD"),
    ("Texas Instruments", "Texas Instruments"),
    # a brand ends at the company that trades under it: onsemi is ON Semiconductor Corporation's
    ("onsemi", "ON Semiconductor Corporation"), ("Ebyte", "Chengdu Ebyte Electronic Technology"),
])
def test_owner_follows_the_chain_of_acquisitions(catalog, brand: str, owner: str) -> None:
    assert catalog.owner(brand) == owner


def test_keys() -> None:
    assert part_key("АТ91RM9200") == "AT91RM9200"  # Cyrillic А and Т
    assert part_key("max3221cae+") == "MAX3221CAE"
    assert name_key("Analog Devices, Inc.") == "analog devices inc"


def test_prefix_rule_needs_a_digit_after_a_letter_prefix(tmp_path: Path) -> None:
    cat = load_catalog(folder(tmp_path, **{"families.csv":
        "pattern,match,manufacturer,family,category,priority,second_sources,source\n"
        "ACM,prefix,Acme Semi,ACM parts,analog,50,,test\n"
        "BIG[0-9]{3}X,regex,Big Corp,BIG X,power,60,ACME,test\n"}))
    assert [r.manufacturer for r in cat.family_rules("ACM1234")] == ["Acme Semi"]
    assert cat.family_rules("ACMQ12") == []
    rule = cat.family_rules("BIG123X")[0]
    assert rule.manufacturer == "Big Corp" and rule.second_sources == ("Acme Semi",)


@pytest.mark.parametrize("files,message", [
    ({"families.csv": "pattern,match,manufacturer,family,category,priority,second_sources,source\nACM,prefix,Nobody,x,analog,50,,test\n"},
     "families.csv:2: unknown manufacturer 'Nobody'"),
    ({"families.csv": "pattern,match,manufacturer,family,category,priority,second_sources,source\nACM(,regex,Acme Semi,x,analog,50,,test\n"},
     "families.csv:2: bad regex"),
    ({"families.csv": "pattern,match,manufacturer,family,category,priority,second_sources,source\n(AB)C\\1,regex,Acme Semi,x,analog,50,,t\n"},
     "refers to a group; family rules may not"),
    ({"families.csv": "pattern,match,manufacturer,family,category,priority,second_sources,source\nACM,prefix,Acme Semi,x,analog,50,,\n"},
     "families.csv:2: row has no source"),
    ({"families.csv": "pattern,match,manufacturer,family,category,priority,second_sources,source\nACM,prefix,Acme Semi,x,gizmo,50,,t\n"},
     "unknown category 'gizmo'"),
    ({"families.csv": "pattern,match,manufacturer,source\nACM,prefix,Acme Semi\n"},
     "families.csv:2: wrong number of fields"),
    ({"lineage.csv": "brand,acquired_by,year,source\nAcme Semi,Nobody,2020,t\n"}, "unknown maker 'Nobody'"),
    ({"dropped_prefixes.csv": "prefix,manufacturer,restored,source\nAC,Acme Semi,XY[0-9],t\n"},
     "dropped_prefixes.csv:2: restored .* must begin with the prefix 'AC'"),
    ({"lineage.csv": "brand,acquired_by,year,kind,source\nAcme Semi,Acme Semi,2020,merged,t\n"},
     "lineage.csv:2: kind must be 'acquired', 'renamed' or 'brand'"),
    ({"trademarks.csv": "trademark,manufacturer,line,source\nAcmeFET,Acme Semi,MOSFETs,t\nACMEFET,Acme Semi,x,t\n"},
     "trademarks.csv:3: trademark 'ACMEFET' is listed twice"),
    ({"trademarks.csv": "trademark,manufacturer,line,source\nAcme Power,Acme Semi,MOSFETs,t\n"}, "must be one word"),
    ({"trademarks.csv": "trademark,manufacturer,line,source\nAcmeFET,Nobody,MOSFETs,t\n"}, "unknown manufacturer 'Nobody'"),
    ({"parts.csv": "mpn,manufacturer,family,description,category,source\nX1,Acme Semi,,,,t\n"}, "too short"),
])
def test_malformed_catalogue_rows_are_clear_errors(tmp_path: Path, files: dict[str, str], message: str) -> None:
    with pytest.raises(CatalogError, match=message.replace("(", r"\(")):
        load_catalog(folder(tmp_path, **files))


def test_a_family_sold_apart_from_its_brand_names_its_owner(tmp_path: Path) -> None:
    from tracer.match import attribute
    from tracer.model import BomLine

    cat = load_catalog(folder(tmp_path, **{"families.csv":
        "pattern,match,manufacturer,family,category,priority,second_sources,owner,source\n"
        "ACT,prefix,Acme Semi,ACT timing,timing,80,,Big Corp,test\n"}))
    a = attribute(BomLine("t", "-", "ACT5338"), cat)
    assert (a.manufacturer, a.owner) == ("Acme Semi", "Big Corp")
    assert any("product line now belongs to Big Corp" in e for e in a.evidence)


@pytest.mark.parametrize("pattern,chars", [
    ("ACT[0-9]{4}|ACT3[0-9][A-Z]", {"A"}), ("(NE|SE|SA)55[56]", {"N", "S"}), ("[0-9]{1,3}(BQ|CTQ)", set("0123456789")),
    ("(?:LT|LTC)[0-9]", {"L"}), ("AB?C", {"A"}),
    ("(?!HC0)(HC|HCT)", None), ("A?B", None), ("[A-Z]*X", None), ("X{0,2}Y", None),
])
def test_first_chars_of_a_rule_for_bucketing(pattern: str, chars: set[str] | None) -> None:
    assert first_chars(pattern) == chars


def test_every_rule_fires_through_its_bucket(catalog) -> None:
    # Bucketing must never hide a rule: each regex rule's own sample key finds it again.
    import re as _re
    for rule in catalog.regex_rules[:400]:
        literal = _re.match(r"[A-Z0-9]+", rule.pattern)
        if literal and rule.regex.match(literal.group(0) + "1234"):
            assert rule in catalog.family_rules(literal.group(0) + "1234")


def test_a_cached_catalogue_compiles_its_regexes_only_when_used(tmp_path: Path) -> None:
    import pickle

    cat = load_catalog(folder(tmp_path, **{"families.csv":
        "pattern,match,manufacturer,family,category,priority,second_sources,source\n"
        "BIG[0-9]{3}X,regex,Big Corp,BIG X,power,60,,test\n"
        "BIG[0-9]{3}Y,regex,Acme Semi,BIG Y,power,60,,test\n"}))
    cat.index_regex_rules()
    copy = pickle.loads(pickle.dumps(cat))
    rule = copy.regex_rules[0]
    assert rule.regex._compiled is None and rule.regex == cat.regex_rules[0].regex
    # The bucket's alternation says whether any rule fires; each rule then says which.
    assert [r.manufacturer for r in copy.family_rules("BIG123Y")] == ["Acme Semi"]
    assert copy.family_rules("BIG123Z") == []
    assert copy.regex_rules[1].regex._compiled is not None
    # The product-line words are indexed with the rules, so the cached copy carries them.
    assert copy.line_word_set is not None


def test_only_keys_a_strong_rule_could_start_are_tried_for_slips(tmp_path: Path) -> None:
    cat = load_catalog(folder(tmp_path, **{"families.csv":
        "pattern,match,manufacturer,family,category,priority,second_sources,source\n"
        "ACM,prefix,Acme Semi,ACM parts,analog,80,,test\n"
        "BIG[0-9]{3}X,regex,Big Corp,BIG X,power,60,,test\n"
        "QQ,prefix,Acme Semi,weak QQ,analog,40,,test\n"}))
    assert cat.may_fit_strongly("ACM123") and cat.may_fit_strongly("BIG123X")
    assert not cat.may_fit_strongly("QQ1234") and not cat.may_fit_strongly("XY1234")


@pytest.mark.parametrize("pattern,key,least,followed", [
    ("(NE|SE|SA)55[56]", "NE555DT", 4, 4),  # an alternation of whole branches, then more fixed text
    ("NJM|JRC4", "JRC4558", 3, 4),  # the branch the key follows, not the shortest
    ("S[1-3][A-M]|BAV99", "BAV99", 1, 5),
    ("MA[0-9]{2}", "MA12", 2, 2),
    ("74(LCX|VHC)[0-9]", "74VHC08", 5, 5),
    ("K?1986(BE|VE)", "1986BE92Y", 6, 6),  # an optional letter is a branch between it and nothing
    ("K?1986(BE|VE)", "K1986BE92Y", 6, 7),
    # Top-level alternatives: counted in the one the key matches, not cut where the compiler factors them.
    ("FX11[AB]?[0-9]{2,3}[PS]|HR(10|12|25|30)A?[0-9]", "HR10A7P6S", 2, 5),
    ("L(A|B|G)(T6[4678]|E6[357])|L(A|B|G|O)L29[A-Z]", "LGL29K", 1, 5),  # a group of single letters is an alternation
    ("L[AB]L29", "LAL29", 1, 1),  # a set as written stays a varying part
])
def test_a_rules_fixed_characters_follow_the_branch_the_key_takes(pattern: str, key: str, least: int, followed: int) -> None:
    from tracer.catalog import literal_length_for, literal_prefix_length
    assert literal_prefix_length(pattern) == least
    assert literal_length_for(pattern, key) == followed


ALIAS_CASES = list(csv.DictReader((DATA / "maker_aliases.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("case", ALIAS_CASES, ids=[c["name_as_written"] for c in ALIAS_CASES])
def test_maker_names_as_lists_write_them(catalog, case: dict[str, str]) -> None:
    # Cyrillic transliterations, Chinese trade names and company forms; an empty expectation is
    # a word that must name no maker (or another one).
    assert catalog.resolve(case["name_as_written"]) == (case["expected_maker"] or None)


@pytest.mark.parametrize("a,b,moved", [
    ("Atmel", "Adesto Technologies", True),  # DataFlash went to Adesto
    ("Atmel", "Renesas Electronics", True),  # ... whose owner today is Renesas
    ("Philips", "Nexperia", True),  # standard logic through NXP
    ("Microsemi", "Intersil", False),  # other brands of the same two owners share no line
    ("Micrel", "Dialog Semiconductor", False),
    ("NXP Semiconductors", "Ampleon", True),  # RF power, 2015
    ("Freescale Semiconductor", "Ampleon", False),  # joined NXP as the line left: its MRF parts stayed
    ("Motorola Semiconductor", "Ampleon", False),
    ("International Rectifier", "Vishay Intertechnology", True),  # the rectifiers, 2007
    ("International Rectifier", "Siliconix", False),  # a brand Vishay owned before: not the line's buyer
    ("STMicroelectronics", "Numonyx", True),  # NOR flash, 2008
    ("STMicroelectronics", "Micron Technology", True),  # ... whose owner since 2010 is Micron
])
def test_a_moved_line_joins_its_brands_not_their_owners_other_brands(catalog, a: str, b: str, moved: bool) -> None:
    assert (catalog.line_moved(a, b) is not None) == moved


@pytest.mark.parametrize("a,b,category,moved", [
    ("AMD", "Cypress Semiconductor", "memory", True),  # AMD's NOR flash: Spansion (2003), Cypress's since 2015
    ("AMD", "Cypress Semiconductor", "cpld", False),  # ... not AMD's PALs, which Cypress second-sourced
    ("STMicroelectronics", "Micron Technology", "amplifier", False),  # only ST's flash went to Numonyx
    ("Motorola Semiconductor", "onsemi", "amplifier", True),  # a line listed without categories covers every part
])
def test_a_moved_line_holds_only_parts_of_its_kind(catalog, a: str, b: str, category: str, moved: bool) -> None:
    assert (catalog.line_moved(a, b, category) is not None) == moved


@pytest.mark.parametrize("pattern,starts", [
    ("TOUGH(PAD|BOOK)[0-9]", {"TOUGH", "TOUGHPAD", "TOUGHBOOK"}),  # compiled as TOUGH + (PAD|BOOK)
    ("(NE|SE|SA)55[56]", {"NE", "SE", "SA", "NE55", "SE55", "SA55"}),
    ("K?1986(BE|VE)", {"K", "1986", "K1986"}),  # not spelt out past the first digits
    ("[0-9]{4}", set()),
])
def test_a_rules_literal_starts_spell_out_its_alternations(pattern: str, starts: set[str]) -> None:
    assert literal_starts(literal_spec(pattern)) == starts


def test_every_name_of_a_factored_alternation_is_a_line_word() -> None:
    pattern = "TOUGH(PAD|BOOK) ?[A-Z]{2}[0-9]"
    rule = FamilyRule(pattern=pattern, match="regex", manufacturer="Panasonic", family="Toughbook",
                      category="", priority=50, second_sources=(), source="test", origin="test:1",
                      regex=compile_regex(pattern))
    assert {"TOUGHPAD", "TOUGHBOOK"} <= Catalog(regex_rules=[rule]).line_words()


def test_kicads_avr_package_shorthand_is_no_part_of_the_number(catalog) -> None:
    """KiCad names an ATmega1284 in PDIP 'ATmega1284-P': keyed as written it would be ATmega1284P, the picoPower chip."""
    assert [p.mpn for p in catalog.parts["ATMEGA1284"]] == ["ATmega1284"]
    assert all(p.mpn.startswith("ATmega1284P") for p in catalog.parts["ATMEGA1284P"])


def test_no_rule_needs_a_separator_a_key_never_holds(catalog) -> None:
    """Keys drop spaces, hyphens, dots and slashes: a rule that needs one outside a character class
    or an optional '?' can never fire there (Trenz's TE0720-03 rule read "-[0-9]{2}")."""
    import re
    dead = []
    for rule in catalog.all_rules():
        if rule.regex is None:
            continue
        bare = re.sub(r"\(\?[=!<][^)]*\)", "", re.sub(r"\[[^\]]*\]", "", rule.pattern))
        if re.search(r"(?<!\\)[- /](?!\?)|\\\.(?!\?)", bare):
            dead.append((rule.origin, rule.pattern))
    assert dead == [], dead
