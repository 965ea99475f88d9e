"""Reference catalogues: makers, lineage and family rules loaded from CSV into an index."""

from __future__ import annotations

import bisect
import csv
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from tracer.errors import CatalogError

CATEGORIES = {
    "mcu", "processor", "dsp", "fpga", "cpld", "memory", "analog", "amplifier", "data-converter",
    "power", "interface", "logic", "rf", "sensor", "optoelectronics", "discrete", "passive",
    "module", "timing", "other",
}
class Regex:
    """A catalogue regex, compiled when first used and pickled as its pattern alone.

    The store caches the catalogue as a pickle; compiled patterns would be compiled again, all
    thousand of them, each time it is loaded, though a trace tries only the few its keys reach.
    `compile_regex` checks the pattern when the catalogue is read from CSV. `match` is the
    compiled pattern's own method once compiled (it is called a million times in a long trace).
    """

    __slots__ = ("pattern", "flags", "_compiled", "match")

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern[str] | None = None) -> None:
        self.pattern, self.flags = pattern, flags
        self._use(compiled)

    def _use(self, compiled: re.Pattern[str] | None) -> None:
        self._compiled = compiled
        self.match: Callable[[str], re.Match[str] | None] = compiled.match if compiled is not None else self._first_match

    def _first_match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def __getstate__(self) -> tuple[str, int]:
        return self.pattern, self.flags

    def __setstate__(self, state: tuple[str, int]) -> None:
        self.pattern, self.flags = state
        self._use(None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Regex) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._use(re.compile(self.pattern, self.flags))
        return self._compiled  # type: ignore[return-value]

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count=count)


def compile_regex(pattern: str, flags: int = 0) -> Regex:
    """A checked Regex (raises re.error for a bad pattern)."""
    return Regex(pattern, flags, re.compile(pattern, flags))


# Cyrillic letters that look like Latin ones, as typed into transcriptions ("АТ91RM9200").
# (The micro sign and Greek mu too, in either case: NEC's "µPD720101" is uPD720101; and the Greek pi
# that 2Pai prints for the Pi of its numbers: "π122M31" is Pi122M31.)
CYRILLIC_LOOKALIKES = str.maketrans("АВСЕНІКМОРТХУЅЈаесорхукіµμΜ", "ABCEHIKMOPTXYSJaecopxykiuuU") | {ord("π"): "Pi", ord("Π"): "PI"}


LiteralSpec = tuple["str | tuple[tuple[str, bool], ...]", ...]

# Alternations multiply the literal starts of a rule; past this many the rest are not spelt out.
MAX_LITERAL_STARTS = 64


def literal_starts(spec: LiteralSpec) -> frozenset[str]:
    """A rule's literal starts, each alternation spelt out while the start is still letters:
    "TOUGH(PAD|BOOK)" -> TOUGH, TOUGHPAD, TOUGHBOOK (the regex compiler factors "TOUGH" out of
    "TOUGHPAD|TOUGHBOOK", which alone would hide both names)."""
    seen: set[str] = set()
    starts = {""}
    for item in spec:
        alternatives = [item] if isinstance(item, str) else [text for text, _ in item]
        grown = {start + text for start in starts for text in alternatives}
        if len(grown) > MAX_LITERAL_STARTS or not any(start.isalpha() or not start for start in starts):
            break
        seen |= grown
        starts = grown
    return frozenset(start for start in seen if start)


@lru_cache(maxsize=4096)
def literal_spec(pattern: str) -> LiteralSpec:
    """The literal start of a regex, as runs of fixed text and alternations of them, up to the first
    part that varies: "(NE|SE|SA)55[56]" -> (("NE", True), ("SE", True), ("SA", True)), "55".
    In an alternation each branch is (its literal start, whether the branch is all literal)."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # Python < 3.11
        import sre_parse  # type: ignore[no-redef]

    def single_letters(items: object) -> bool:
        parsed = list(items)  # type: ignore[call-overload]
        return len(parsed) == 1 and str(parsed[0][0]) == "IN" and bool(parsed[0][1]) \
            and all(str(o) == "LITERAL" for o, _ in parsed[0][1])

    def walk(items: object) -> tuple[list, bool]:
        out: list = []
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                if out and isinstance(out[-1], str):
                    out[-1] += chr(av)
                else:
                    out.append(chr(av))
            elif name == "SUBPATTERN" and single_letters(av[-1]):
                # A group of single letters, "(A|B|G)", which the compiler writes as a set: the
                # alternation it was written as (a bare set, "[56]", stays a varying part).
                out.append(tuple((chr(v), True) for _, v in list(av[-1])[0][1]))
            elif name == "SUBPATTERN":
                inner, whole = walk(av[-1])
                out.extend(inner)
                if not whole:
                    return out, False
            elif name == "BRANCH":
                branches = []
                for b in av[1]:
                    inner, whole = walk(b)
                    # A branch's literal start, up to any alternation nested in it.
                    literal = "".join(itertools.takewhile(lambda x: isinstance(x, str), inner))
                    branches.append((literal, whole and all(isinstance(x, str) for x in inner)))
                out.append(tuple(branches))
                if not all(whole for _, whole in branches):
                    return out, False
            elif name in ("ASSERT", "ASSERT_NOT", "AT"):
                continue
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 and av[1] == 1:
                # An optional literal ("K?1986(BE|VE)": the Soviet K prefix written or not) is a
                # branch between it and nothing.
                inner, whole = walk(av[2])
                if not whole or not all(isinstance(x, str) for x in inner):
                    return out, False
                out.append((("".join(inner), True), ("", True)))
            else:
                return out, False
        return out, True

    try:
        return tuple(walk(sre_parse.parse(pattern))[0])
    except Exception:  # an odd pattern is simply not specific
        return ()


def literal_prefix_length(pattern: str) -> int:
    """The fewest literal characters any match of the regex starts with ("MA[0-9]{2}" -> 2,
    "74(LCX|VHC)[0-9]" -> 5, "NJM|JRC4" -> 3)."""
    n = 0
    for item in literal_spec(pattern):
        if isinstance(item, str):
            n += len(item)
            continue
        n += min(len(text) for text, _ in item)
        if not all(whole for _, whole in item):
            break
    return n


def literal_length_for(pattern: str, key: str) -> int:
    """How many literal characters of the regex the key's match starts with, taking in each
    alternation the longest branch the key follows ("(NE|SE|SA)55[56]" on NE555DT -> 4). A pattern
    of top-level alternatives counts in the alternative the key matches ("FX11..|HR(10|12)A?.." on
    HR10A-7P-6S -> 5): the regex compiler would factor their common letters out of sight."""
    fits = [branch for branch, regex in top_branches(pattern) if regex.match(key)]
    if fits:
        return max(literal_length_in(branch, key) for branch in fits)
    return literal_length_in(pattern, key)


@lru_cache(maxsize=4096)
def top_branches(pattern: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A regex's top-level alternatives, each compiled; none for a pattern without any."""
    parts = split_top(pattern)
    if len(parts) < 2:
        return ()
    try:
        return tuple((part, re.compile(part)) for part in parts)
    except re.error:  # a bar inside a character class: read the pattern whole
        return ()


def literal_length_in(pattern: str, key: str) -> int:
    """literal_length_for within one alternative."""
    pos = 0
    for item in literal_spec(pattern):
        if isinstance(item, str):
            if not key.startswith(item, pos):
                break
            pos += len(item)
            continue
        fits = [(text, whole) for text, whole in item if key.startswith(text, pos)]
        if not fits:
            break
        text, whole = max(fits, key=lambda f: len(f[0]))
        pos += len(text)
        if not whole:
            break
    return pos


ALNUM = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def split_top(pattern: str) -> list[str]:
    """A regex cut at its top-level alternation bars."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def optional(after: str) -> bool:
    """Whether the quantifier at the start of `after` lets the item before it match nothing."""
    return after[:1] in ("?", "*") or after.startswith(("{0", "{,"))


def group_end(alt: str) -> int | None:
    """Where the group opening `alt` closes, or None when it does not close or may match nothing."""
    depth = 0
    for i, ch in enumerate(alt):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return None if optional(alt[i + 1:]) else i
    return None


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of the (anchored) regex can start with, or None when not simply known.

    Handles literal letters and digits, character classes of letters, digits and ranges, groups
    and top-level alternation; anything else (lookarounds, optional first items) is None.
    """
    out: set[str] = set()
    for alt in split_top(pattern):
        if not alt:
            return None
        head, rest = alt[0], alt[1:]
        if head == "(":
            if alt.startswith("(?") and not alt.startswith("(?:"):
                return None
            end = group_end(alt)
            if end is None:
                return None
            inner = first_chars(alt[3 if alt.startswith("(?:") else 1:end])
            if inner is None:
                return None
            out |= inner
        elif head == "[":
            close = alt.find("]")
            body = alt[1:close]
            if close < 0 or body.startswith("^") or optional(alt[close + 1:]) or "\\" in body:
                return None
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars |= {chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1)}
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            out |= chars & ALNUM
            if not chars <= ALNUM:
                return None
        elif head.upper() in ALNUM and head.isupper() or head.isdigit():
            if optional(rest):
                return None
            out.add(head)
        else:
            return None
    return out


LITERAL2 = re.compile(r"([A-Z0-9])([A-Z0-9])(?![?*]|\{0|\{,)")


def first_two(pattern: str) -> set[str] | None:
    """The two-character starts of every match of the regex when each alternative (top level, or
    of a leading group) begins with two literal letters or digits; else None."""
    out: set[str] = set()
    for alt in split_top(pattern):
        if alt.startswith("(") and not alt.startswith("(?"):
            end = group_end(alt)
            if end is None:
                return None
            inner = first_two(alt[1:end])
            if inner is None:
                return None
            out |= inner
            continue
        m = LITERAL2.match(alt)
        if not m:
            return None
        out.add(m.group(1) + m.group(2))
    return out


# Cyrillic letters with no Latin look-alike (Д, Л, П, Г...) stay in the key, so a prefix does not
# fit across one ("КД522Б" is no K52 capacitor of Elekond's, "K9912" no ГК99 oscillator of
# Morion's). Regex rules, written in Latin, read the key without them (`latin_key`): 5559H for
# 5559ИН, 1867(B|VC) for 1867ВЦ.
NOT_KEY = re.compile("[^A-Z0-9\u0401\u0410-\u042f]")
NOT_LATIN = re.compile("[\u0401\u0410-\u042f]")
# Countries whose makers use Soviet-style designations (К561ЛА7, 2П303Г, РЭС49): their rules read
# keys in Cyrillic.
FORMER_SOVIET = frozenset({"RU", "BY", "UA", "AM", "GE", "AZ", "KZ", "KG", "UZ", "TJ", "TM", "MD", "LT", "LV", "EE"})


def ze_as_three(text: str) -> str:
    """A Cyrillic З typed for the digit 3 it looks like, in a token otherwise Latin ("IMXЗ35",
    "HMCЗ49"): read as 3; in a Cyrillic word or designation it stays a letter."""
    if "З" in text and text.replace("З", "").isascii():
        return text.replace("З", "3")
    return text


@lru_cache(maxsize=200_000)
def part_key(text: str) -> str:
    """The matching key of a part number: upper-case letters and digits, Cyrillic look-alikes as Latin."""
    return NOT_KEY.sub("", ze_as_three(text.upper()).translate(CYRILLIC_LOOKALIKES))


def latin_key(key: str) -> str:
    """A key as regex rules read it: without the Cyrillic letters that have no Latin look-alike."""
    return key if key.isascii() else NOT_LATIN.sub("", key)


def full_position(key: str, n: int) -> int:
    """Where in the key the first n characters of its `latin_key` end (Cyrillic letters counted)."""
    if key.isascii():
        return n
    seen = 0
    for i, ch in enumerate(key):
        if seen == n:
            return i
        seen += not NOT_LATIN.match(ch)
    return len(key)


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """A maker name or alias folded for lookup ("Analog Devices, Inc." -> "analog devices inc")."""
    # Dotted initials are one word ("N.V.", "S.p.A."); full-width punctuation is punctuation.
    t = re.sub(r"\b(\w)\.(?=\w\.?\b)", r"\1", text.lower().replace("&", " and ").replace("ё", "е"))
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(ABBREVIATED.get(w, w) for w in t.split())


# Words logos and labels cut short ("OXFORD SEMICOND", "Fairchild Semicon").
ABBREVIATED = {"semicond": "semiconductor", "semicon": "semiconductor", "semiconductors": "semiconductor",
               "technol": "technology", "intl": "international"}


LEGAL_FORMS = {
    "inc", "incorporated", "corp", "corporation", "corporaiton", "co", "company", "ltd", "limited",
    "llc", "gmbh", "ag", "sa", "nv", "bv", "plc", "se", "kk", "oy", "ab", "as", "spa", "srl",
    "ооо", "оао", "зао", "пао", "ао", "тов", "пат",
    "инк", "инкорпорейтед", "корп", "корпорейшн", "корпорация", "лтд", "лимитед", "гмбх", "компани",
}
# Chinese company forms, written without spaces after the name ("...股份有限公司").
CJK_LEGAL = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")


def strip_legal(key: str) -> str:
    """A folded name without legal forms ("vishay intertechnology inc" -> "vishay intertechnology",
    "корпорация интел" -> "интел", "兆易创新科技集团股份有限公司" -> "兆易创新科技")."""
    words = []
    for w in key.split():
        if w in LEGAL_FORMS:
            continue
        for form in CJK_LEGAL:
            if w.endswith(form) and len(w) > len(form):
                w = w[: -len(form)]
        words.append(w)
    return " ".join(words)


@dataclass(frozen=True)
class Maker:
    name: str
    aliases: tuple[str, ...]
    country: str
    kind: str
    source: str


@dataclass(frozen=True)
class Acquisition:
    brand: str
    acquired_by: str
    year: int | None
    source: str
    # "renamed": the buyer is the brand under a new name or a spin-off of it (Philips
    # Semiconductors became NXP), so every line the buyer had then was the brand's.
    renamed: bool = False
    # "brand": the brand is the company's trade name (Epson of Seiko Epson Corporation); the part is
    # the brand's and the company owns it, as with an acquisition, but nothing changed hands.
    brand_of: bool = False


@dataclass(frozen=True)
class TradeMark:
    """A product-line trademark that names one maker ("HEXFET": International Rectifier)."""

    name: str
    manufacturer: str
    line: str
    source: str
    origin: str


def trademark_key(word: str) -> str:
    """A word as trademarks are looked up: without ®, ™ or © and surrounding punctuation, folded."""
    return word.translate(TRADEMARK_SIGNS).strip(".,:;()[]\"'-").casefold()


TRADEMARK_SIGNS = str.maketrans("", "", "®™©")


@dataclass(frozen=True)
class ValueCode:
    """A value code that passive makers print (a tantalum chip's "106C"), read when the row names the kind."""

    words: frozenset[str]
    regex: Regex
    manufacturer: str
    second_sources: tuple[str, ...]
    family: str
    category: str
    score: float
    source: str
    origin: str


@dataclass(frozen=True)
class HsRule:
    """Category (and words of the family or row) -> HS code; the first rule that fits wins."""

    category: str  # "" for any
    words: Regex | None
    hs_code: str
    note: str
    source: str
    origin: str


@dataclass(frozen=True)
class ChplEntry:
    hs_code: str
    tier: str  # "1", "2", "3.A" ...
    description: str
    source: str


@dataclass(frozen=True)
class TopMark:
    """A code printed on a small package instead of the part number (1AM on SOT-23 = MMBT3904)."""

    code: str
    package: str  # normalised: letters and the first number ("SOT23"), "" for any
    manufacturer: str
    mpn: str
    source: str
    origin: str


# Makers' names for the same outline: TSOT-23, ThinSOT and SuperSOT-3 are SOT-23 footprints, and
# TI calls MSOP VSSOP; marking-code tables give the common name.
SOT23_NAMES = {"TSOT23", "THINSOT", "SUPERSOT"}
# One outline under two names (JEDEC and the makers' or EIAJ's): DO-214AA is SMB, AB SMC, AC SMA;
# SOT-346 is SC-59; SC-88A is SOT-353 and SC-88 SOT-363; ROHM's SMT3 is SC-59, UMT3 SOT-323 and
# EMT3 SOT-416.
OUTLINE_ALIASES = {"DO214AA": "SMB", "DO214AB": "SMC", "DO214AC": "SMA", "SOT346": "SC59",
                   "SC88A": "SOT353", "SC88": "SOT363", "SMT3": "SC59", "UMT3": "SOT323", "EMT3": "SOT416"}


def package_key(text: str) -> str:
    """A package name folded for comparison: "SOT-23-5", "sot23" -> "SOT23"; "SC-70" -> "SC70";
    "TSOT-23", "SuperSOT-3" -> "SOT23"; "VSSOP-10" -> "MSOP10"; "DO-214AA" -> "SMB"."""
    alias = OUTLINE_ALIASES.get(re.sub(r"[^A-Z0-9]", "", text.upper()))
    if alias:
        return alias
    m = re.match(r"([A-Z]+)-?(\d+)?", text.upper().strip())
    if not m:
        return ""
    name, digits = m.group(1), m.group(2) or ""
    if name in SOT23_NAMES or name + digits in SOT23_NAMES:
        return "SOT23"
    return ("MSOP" if name == "VSSOP" else name) + digits


@dataclass(frozen=True)
class Transfer:
    """A product line that moved between two companies that both still exist (NXP -> Nexperia)."""

    line_from: str
    line_to: str
    line: str
    year: int | None
    source: str
    categories: frozenset[str] = frozenset()  # the rule categories the line covers; empty: every one

    def covers(self, category: str | None) -> bool:
        """Whether a part of this category can belong to the line (an unknown category may)."""
        return not self.categories or category is None or category in self.categories


@dataclass(frozen=True)
class FamilyRule:
    pattern: str
    match: str  # prefix | regex
    manufacturer: str
    family: str
    category: str
    priority: int
    second_sources: tuple[str, ...]
    source: str
    origin: str  # file:line
    regex: Regex | None = None
    owner: str | None = None  # today's owner of this product line, when it was sold apart from the brand

    def matches(self, key: str) -> bool:
        return self.match_end(key) is not None

    @property
    def maker_prefix(self) -> bool:
        """Whether the rule is a bare prefix from a maker's catalogue row (add_maker_prefixes), not a family."""
        return self.origin.endswith(" prefixes")

    @property
    def literal_length(self) -> int:
        """How many characters the rule fixes before anything may vary (its specificity)."""
        if self.regex is None:
            return len(self.pattern)
        return literal_prefix_length(self.regex.pattern)

    def literal_length_for(self, key: str) -> int:
        """How many fixed characters of the rule the key's match starts with: for an alternation,
        the branch it follows ("(NE|SE|SA)55" fixes four characters of NE555DT, not two)."""
        if self.regex is None:
            return len(self.pattern)
        return literal_length_for(self.regex.pattern, latin_key(key))

    def match_end(self, key: str) -> int | None:
        """How many leading characters of the key the rule needs, or None when it does not fire."""
        if self.regex is not None:
            m = self.regex.match(latin_key(key))
            return full_position(key, max(m.end(), 1)) if m else None
        if not key.startswith(self.pattern):
            return None
        if self.pattern[-1].isdigit():
            return len(self.pattern)
        if len(key) > len(self.pattern) and key[len(self.pattern)].isdigit():
            return len(self.pattern) + 1
        return None


@dataclass(frozen=True)
class Shortening:
    """How a maker prints less than the orderable number, and how to expand it back."""

    regex: Regex
    expand: str
    manufacturer: str
    family: str
    needs_maker: bool  # only when the row names the maker (or its marking habit does)
    score: float
    source: str
    origin: str
    needs_kind: bool = False  # only as the row's first number, its words naming the part's kind ("kind")

    def expanded(self, key: str) -> str | None:
        """The orderable number a mark expands to under this shortening, or None if it does not fit."""
        return self.regex.sub(self.expand, key, count=1) if self.regex.match(key) else None


@dataclass(frozen=True)
class Part:
    mpn: str
    manufacturer: str
    family: str
    description: str
    category: str
    source: str
    origin: str  # file:line


@dataclass
class Catalog:
    """Everything the matcher looks things up in. Built once, passed in, never global."""

    makers: dict[str, Maker] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # name_key(alias) -> maker name
    lineage: dict[str, Acquisition] = field(default_factory=dict)
    transfers: list[Transfer] = field(default_factory=list)
    value_codes: list[ValueCode] = field(default_factory=list)
    topmarks: dict[str, list[TopMark]] = field(default_factory=dict)
    trademarks: dict[str, TradeMark] = field(default_factory=dict)  # trademark_key -> trademark
    date_conventions: dict[str, tuple[set[str], str]] = field(default_factory=dict)  # maker -> (conventions, source)
    introduced: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)  # (maker, family) -> (year, source)
    hs_rules: list[HsRule] = field(default_factory=list)
    chpl: dict[str, ChplEntry] = field(default_factory=dict)
    prefix_rules: dict[str, list[FamilyRule]] = field(default_factory=dict)
    regex_rules: list[FamilyRule] = field(default_factory=list)
    parts: dict[str, list[Part]] = field(default_factory=dict)  # part_key -> parts
    part_keys: list[str] = field(default_factory=list)  # sorted, for prefix ranges
    shortenings: list[Shortening] = field(default_factory=list)
    # (prefix, maker, source, the shape of the numbers it is dropped from, if known)
    dropped_prefixes: list[tuple[str, str, str, Regex | None]] = field(default_factory=list)
    rule_cache: dict[str, list[FamilyRule]] = field(default_factory=dict, repr=False)
    brand_index: dict[str, set[str]] = field(default_factory=dict, repr=False)  # built on first use
    prefix_cache: dict[frozenset[str], list[str]] = field(default_factory=dict, repr=False)
    prefix_lengths: list[int] = field(default_factory=list, repr=False)
    regex_by_first: dict[str, list[FamilyRule]] = field(default_factory=dict, repr=False)
    regex_any: dict[str, Regex] = field(default_factory=dict, repr=False)  # per bucket: does any rule fire?
    shortening_any: Regex | None = field(default=None, repr=False)  # does any shortening fit a key?
    strong_starts: set[str] = field(default_factory=set, repr=False)  # first one or two characters of
    # every strong rule's matches ("" when a strong rule can start anywhere): see may_fit_strongly
    line_word_set: frozenset[str] | None = field(default=None, repr=False)  # built on first use
    category_map: dict[str, frozenset[str]] | None = field(default=None, repr=False)  # built on first use

    def all_rules(self) -> Iterator[FamilyRule]:
        """Every family rule, regex and prefix alike."""
        yield from self.regex_rules
        for rules in self.prefix_rules.values():
            yield from rules

    def rule_categories(self) -> dict[str, frozenset[str]]:
        """For each maker with family rules, the categories its rules read (ICs, discretes, passives...)."""
        if self.category_map is None:
            cats: dict[str, set[str]] = {}
            for rule in self.all_rules():
                cats.setdefault(rule.manufacturer, set()).add(rule.category or "")
            self.category_map = {m: frozenset(c) for m, c in cats.items()}
        return self.category_map

    def line_words(self) -> frozenset[str]:
        """Words of five letters or more that a family rule's number starts with ("PENTIUM",
        "OCTOPUS", "SCALANCE"): a product-line name written apart from its number still
        begins the number ("Pentium G4560", "OCTOPUS 8TX")."""
        if self.line_word_set is None:
            starts = set(self.prefix_rules)
            for rule in self.regex_rules:
                starts.update(literal_starts(literal_spec(rule.pattern)))
            self.line_word_set = frozenset(
                word for text in starts if len(word := re.match(r"[A-Z]*", text).group()) >= 5)  # type: ignore[union-attr]
        return self.line_word_set

    def resolve(self, name: str | None) -> str | None:
        """The catalogue name for a maker name or alias ("Vishay Intertechnology, Inc."), or None."""
        if not name:
            return None
        name = name.replace("（", "(").replace("）", ")")
        key = name_key(name)
        found = self.aliases.get(key) or self.aliases.get(strip_legal(key))
        if found is None and "(" in name:
            # "China Key System (CKS)", "Spansion (Cypress Semiconductor, Infineon Technologies)"
            head, _, rest = name.partition("(")
            found = self.resolve(head) or next(
                (m for part in rest.rstrip(")").split(",") if (m := self.resolve(part))), None)
        return found

    def owner(self, name: str) -> str:
        """Today's parent company of a brand, following acquisitions (Dallas -> Maxim -> ADI)."""
        seen = {name}
        current = name
        while current in self.lineage:
            nxt = self.lineage[current].acquired_by
            if nxt in seen:
                break
            seen.add(nxt)
            current = nxt
        return current

    def country(self, name: str | None) -> str | None:
        maker = self.makers.get(name or "")
        return maker.country if maker else None

    def same_company(self, a: str, b: str) -> bool:
        # A brand of `a` has a chain of acquisitions through `a`, so it ends where a's does.
        return a == b or self.owner(a) == self.owner(b)

    def line_moved(self, a: str, b: str, category: str | None = None) -> Transfer | None:
        """The transfer by which one maker's product line passed to the other, in either direction.

        Compared by brand, not by today's owner: Atmel's DataFlash went to Adesto (now Renesas),
        which makes Atmel's and Adesto's parts one line, not every Microchip and Renesas brand.
        Given the part's category, only a line that can hold it: AMD's NOR flash went to Spansion
        (Cypress's since 2015), so Cypress's PALCE22V10 is still a second source of AMD's PAL.
        """
        for t in self.transfers:
            if t.covers(category) and ((self.held_before(a, t) and self.holds_after(b, t.line_to)) or
                                       (self.held_before(b, t) and self.holds_after(a, t.line_to))):
                return t
        return None

    def held_before(self, name: str, t: Transfer) -> bool:
        """Whether a brand is the line's seller or was part of it before the line moved (Philips
        for NXP's standard products); not a brand the seller bought since, or in the same year
        (Freescale joined NXP as NXP sold its RF power line to Ampleon: Freescale's MRF parts stayed)."""
        current = name
        seen = {name}
        while current != t.line_from:
            step = self.lineage.get(current)
            if step is None or step.acquired_by in seen or \
                    (t.year is not None and step.year is not None and step.year >= t.year):
                return False
            current = step.acquired_by
            seen.add(current)
        return True

    def renamed_as(self, brand: str, name: str) -> bool:
        """Whether `name` is `brand` under a later name, through renamings and spin-offs only
        (Philips as NXP; not Maxim as Analog Devices, which had lines of its own)."""
        current, seen = brand, {brand}
        while current != name:
            step = self.lineage.get(current)
            if step is None or not step.renamed or step.acquired_by in seen:
                return False
            current = step.acquired_by
            seen.add(current)
        return brand != name

    def holds_after(self, name: str, line_to: str) -> bool:
        """Whether a brand is the line's buyer, an earlier name of it, or its owner since; not another
        brand the buyer owns (Siliconix, Vishay's since 2005, had no part in the IR rectifiers Vishay
        bought in 2007, and its IR-numbered MOSFETs stay a second source)."""
        return name == line_to or self.renamed_as(name, line_to) or name in self.chain(line_to)

    def brands_of(self, name: str) -> set[str]:
        """Every brand whose chain of acquisitions leads to `name`, itself included."""
        if not self.brand_index:
            for m in self.makers:
                for holder in (m, *self.chain(m)):
                    self.brand_index.setdefault(holder, set()).add(m)
        return set(self.brand_index.get(name, set())) | {name}

    def chain(self, name: str) -> list[str]:
        out = []
        current = name
        while current in self.lineage and self.lineage[current].acquired_by not in out:
            current = self.lineage[current].acquired_by
            out.append(current)
        return out

    def family_rules(self, key: str, remember: bool = True) -> list[FamilyRule]:
        """Every rule that fires on a part key, remembered (traces repeat the same keys) unless the
        key is a guess that would only fill the memory (a lost character tried as each letter)."""
        cached = self.rule_cache.get(key)
        if cached is None:
            cached = self._family_rules(key)
            if remember:
                self.rule_cache[key] = cached
        return cached

    def ensure_indexed(self) -> None:
        """Build the regex buckets, their filters and the strong starts, once (a catalogue read
        from CSV has none until first used; the cached one has them)."""
        if not self.prefix_lengths:
            self.index_regex_rules()

    def _family_rules(self, key: str) -> list[FamilyRule]:
        self.ensure_indexed()
        hits = []
        size = len(key)
        get = self.prefix_rules.get
        for n in self.prefix_lengths:
            if n > size:
                break
            for rule in get(key[:n], ()):
                # The key starts with the prefix; a prefix ending in a letter also needs a digit next
                # (ADP1720, not ADAPTER), unless the key is the prefix and the prefix a number (GX6605S).
                # A maker's bare prefix of three digits or fewer (HARTING's 09, Wurth's 749) needs
                # three characters after it: "0947" is a date code, "7490" a number of another maker.
                if n <= 3 and size < n + 3 and rule.pattern.isdigit() and rule.maker_prefix:
                    continue
                # Two letters of a prefix, a digit and a letter, and nothing more ("AD4H", "AL6H",
                # "ZL1K") are the lot and date line under a number (onsemi's ALYW), not a part; a
                # longer prefix's short member is a part (EPCS4N, ATMEGA8A).
                if n <= 2 and size == 4 and rule.pattern.isalpha() and key[2].isdigit() and key[3].isalpha():
                    continue
                if rule.pattern[-1].isdigit() or (size > n and key[n].isdigit()) or \
                        (size == n and any(ch.isdigit() for ch in key)):
                    hits.append(rule)
        by_first, any_fires = self.regex_by_first, self.regex_any
        latin = latin_key(key)
        stripped, key = latin != key, latin
        for start in (key[:2], key[:1], ""):
            bucket = by_first.get(start)
            # One alternation of a big bucket's rules says in one call whether any of them fires.
            if bucket and (start not in any_fires or any_fires[start].match(key)):
                # Only a Soviet-series maker's rule reads a key without its Cyrillic letters (5559H for
                # 5559ИН): "СНП339" is a connector, not WCH's CH339 with the П left out.
                hits.extend(rule for rule in bucket if rule.regex.match(key)  # type: ignore[union-attr]
                            and (not stripped or self.country(rule.manufacturer) in FORMER_SOVIET))
        return hits

    def index_regex_rules(self) -> None:
        """Bucket regex rules by the two characters, else the one, a match must start with ("" when
        that is not known), so a key is tried only against rules that can fire on it."""
        self.prefix_lengths = sorted({len(p) for p in self.prefix_rules}) or [0]
        self.regex_by_first = {}
        for rule in self.regex_rules:
            for start in first_two(rule.pattern) or first_chars(rule.pattern) or {""}:
                self.regex_by_first.setdefault(start, []).append(rule)
        # The shipped rules use no group references, so their alternation means "any of them".
        # (Small buckets are tried rule by rule: compiling an alternation costs more than it saves.)
        self.regex_any = {start: Regex("|".join(f"(?:{r.pattern})" for r in rules))
                          for start, rules in self.regex_by_first.items() if len(rules) >= FILTER_FROM}
        self.shortening_any = Regex("|".join(f"(?:{r.regex.pattern})" for r in self.shortenings) or "(?!)")
        self.strong_starts = {p[:2] for p, rules in self.prefix_rules.items() if len(p) >= 3 and
                              any(strong(r) for r in rules)}
        self.strong_starts |= {start for start, rules in self.regex_by_first.items() if any(strong(r) for r in rules)}
        # Built here, so the store's cached catalogue carries it: parsing every rule's pattern again
        # in each process that reads a marking took a second.
        self.line_word_set = None
        self.category_map = None
        self.line_words()

    def may_fit_strongly(self, key: str) -> bool:
        """Whether a rule of priority 60 or more with three fixed characters could fit the key: the
        only rules a slip undone may lead to. Decided on the key's first characters alone."""
        self.ensure_indexed()
        starts = self.strong_starts
        return key[:2] in starts or key[:1] in starts or "" in starts

    def parts_extending(self, key: str, limit: int = 50) -> list[Part]:
        """Catalogue parts whose key starts with `key` (a mark shorter than the orderable number)."""
        i = bisect.bisect_left(self.part_keys, key)
        out: list[Part] = []
        while i < len(self.part_keys) and self.part_keys[i].startswith(key) and len(out) < limit:
            out.extend(self.parts[self.part_keys[i]])
            i += 1
        return out

    def parts_with_prefix(self, prefix: str, limit: int = 2000) -> list[str]:
        """Catalogue keys starting with `prefix` (the block fuzzy matching scores against)."""
        i = bisect.bisect_left(self.part_keys, prefix)
        j = bisect.bisect_left(self.part_keys, prefix + "\U0010ffff")
        return self.part_keys[i:min(j, i + limit)]

    @property
    def rule_count(self) -> int:
        return sum(len(v) for v in self.prefix_rules.values()) + len(self.regex_rules)


def read_rows(path: Path, required: Iterable[str], optional: Iterable[str] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a catalogue CSV with their line numbers; a missing column or source is an error.

    `required` columns must be filled on every row; `optional` ones must exist but may be empty.
    """
    try:
        f = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise CatalogError(f"{path}: cannot read catalogue ({e.strerror})") from None
    with f:
        reader = csv.DictReader(f)
        missing = [c for c in (*required, *optional, "source") if c not in (reader.fieldnames or [])]
        if missing:
            raise CatalogError(f"{path}: catalogue lacks column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if None in row or any(v is None for v in row.values()):
                raise CatalogError(f"{path}:{line}: wrong number of fields")
            row = {k: v.strip() for k, v in row.items()}
            for c in required:
                if not row[c]:
                    raise CatalogError(f"{path}:{line}: empty {c}")
            if not row["source"]:
                raise CatalogError(f"{path}:{line}: row has no source")
            yield line, row


def load_makers(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("name", "country")):
        name = row["name"]
        if name in cat.makers:
            raise CatalogError(f"{path}:{line}: maker {name!r} listed twice")
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        cat.makers[name] = Maker(name, aliases, row["country"].upper(), row.get("kind", ""), row["source"])
    for maker in cat.makers.values():
        cat.aliases.setdefault(name_key(maker.name), maker.name)
    for maker in cat.makers.values():
        for alias in maker.aliases:
            cat.aliases.setdefault(name_key(alias), maker.name)
    for key, maker in list(cat.aliases.items()):
        cat.aliases.setdefault(strip_legal(key), maker)


def add_maker_prefixes(cat: Catalog, path: Path) -> None:
    """Weak family rules from the `prefixes` column of manufacturers.csv (priority 10).

    A prefix several makers list becomes one rule for the first, with the others as second
    sources; families.csv rules, with higher priorities, win wherever both fire.
    """
    owners: dict[str, list[str]] = {}
    for _line, row in read_rows(path, ("name",)):
        for prefix in row.get("prefixes", "").split("|"):
            key = part_key(prefix)
            if len(key) >= 2 and row["name"] not in owners.setdefault(key, []):
                owners[key].append(row["name"])
    for key, makers in owners.items():
        rule = FamilyRule(key, "prefix", makers[0], f"{key} parts", "other", 10, tuple(makers[1:]),
                          cat.makers[makers[0]].source, f"{path.name} prefixes")
        cat.prefix_rules.setdefault(key, []).append(rule)


def kind_maker_prefixes(cat: Catalog) -> None:
    """Give a maker's bare prefix the one kind of part its brand's family rules read, when three or
    more rules read that kind and no other: Actel's 'AX' reads an FPGA, so a gimbal motor's
    'AX-2206' is no reading of it. Two rules are too few to say what else the brand makes."""
    kinds: dict[str, list[str]] = {}
    for rule in cat.all_rules():
        if not rule.maker_prefix:
            kinds.setdefault(rule.manufacturer, []).append(rule.category)
    one_kind = {maker: cats[0] for maker, cats in kinds.items() if len(cats) >= 3 and len(set(cats)) == 1}
    for key, rules in cat.prefix_rules.items():
        cat.prefix_rules[key] = [replace(r, category=one_kind[r.manufacturer])
                                 if r.maker_prefix and r.manufacturer in one_kind else r
                                 for r in rules]
    cat.category_map = None


def load_lineage(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("brand", "acquired_by")):
        brand, buyer = cat.resolve(row["brand"]), cat.resolve(row["acquired_by"])
        if brand is None or buyer is None:
            unknown = row["brand"] if brand is None else row["acquired_by"]
            raise CatalogError(f"{path}:{line}: unknown maker {unknown!r} (add it to manufacturers.csv)")
        year = int(row["year"]) if row.get("year", "").isdigit() else None
        kind = (row.get("kind") or "acquired").strip()
        if kind not in ("acquired", "renamed", "brand"):
            raise CatalogError(f"{path}:{line}: kind must be 'acquired', 'renamed' or 'brand', not {kind!r}")
        prev = cat.lineage.get(brand)
        if prev is None or (year or 0) >= (prev.year or 0):
            cat.lineage[brand] = Acquisition(brand, buyer, year, row["source"], kind == "renamed", kind == "brand")


def load_transfers(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("line_from", "line_to", "line")):
        where = f"{path}:{line}"
        year = int(row["year"]) if row.get("year", "").isdigit() else None
        categories = frozenset(c.strip() for c in (row.get("categories") or "").split("|") if c.strip())
        cat.transfers.append(Transfer(known_maker(cat, row["line_from"], where), known_maker(cat, row["line_to"], where),
                                      row["line"], year, row["source"], categories))


def load_value_codes(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("words", "pattern", "manufacturer")):
        where = f"{path}:{line}"
        try:
            regex = compile_regex(row["pattern"])
            score = float(row.get("score") or 0.6)
        except (re.error, ValueError) as e:
            raise CatalogError(f"{where}: bad pattern or score ({e})") from None
        seconds = tuple(known_maker(cat, s, where, "second source") for s in row.get("second_sources", "").split("|") if s.strip())
        cat.value_codes.append(ValueCode(frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip()),
                                         regex, known_maker(cat, row["manufacturer"], where), seconds,
                                         row.get("family", ""), row.get("category", "") or "passive", score,
                                         row["source"], where))


def load_trademarks(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("trademark", "manufacturer"), ("line",)):
        where = f"{path}:{line}"
        key = trademark_key(row["trademark"])
        if not key or " " in key:
            raise CatalogError(f"{where}: trademark {row['trademark']!r} must be one word")
        if key in cat.trademarks:
            raise CatalogError(f"{where}: trademark {row['trademark']!r} is listed twice")
        cat.trademarks[key] = TradeMark(row["trademark"].strip(), known_maker(cat, row["manufacturer"], where),
                                        row["line"].strip(), row["source"], where)


def load_topmarks(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("code", "manufacturer", "mpn"), ("package",)):
        where = f"{path}:{line}"
        code = row["code"].upper()
        if not re.fullmatch(r"[A-Z0-9]{1,6}", code):
            raise CatalogError(f"{where}: code {row['code']!r} must be 1-6 letters and digits")
        mark = TopMark(code, package_key(row["package"]), known_maker(cat, row["manufacturer"], where),
                       row["mpn"], row["source"], where)
        cat.topmarks.setdefault(code, []).append(mark)


def load_date_conventions(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("manufacturer", "convention")):
        maker = known_maker(cat, row["manufacturer"], f"{path}:{line}")
        if row["convention"] not in ("YYWW", "YYWWNNN", "YWW"):
            raise CatalogError(f"{path}:{line}: convention must be YYWW, YYWWNNN or YWW, not {row['convention']!r}")
        conventions, _ = cat.date_conventions.setdefault(maker, (set(), row["source"]))
        conventions.add(row["convention"])


def load_introduced(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("manufacturer", "family", "introduced")):
        maker = known_maker(cat, row["manufacturer"], f"{path}:{line}")
        if not row["introduced"].isdigit():
            raise CatalogError(f"{path}:{line}: introduced must be a year, not {row['introduced']!r}")
        cat.introduced[(maker, row["family"])] = (int(row["introduced"]), row["source"])


def load_hs_rules(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("hs_code",), ("category", "words")):
        where = f"{path}:{line}"
        if row["category"] and row["category"] not in CATEGORIES:
            raise CatalogError(f"{where}: unknown category {row['category']!r}")
        try:
            words = compile_regex(row["words"], re.IGNORECASE) if row["words"] else None
        except re.error as e:
            raise CatalogError(f"{where}: bad words pattern ({e})") from None
        cat.hs_rules.append(HsRule(row["category"], words, row["hs_code"], row.get("note", ""), row["source"], where))


def load_chpl(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("hs_code", "tier")):
        if not re.fullmatch(r"\d{4}\.\d{2}", row["hs_code"]) or not re.fullmatch(r"[1-4](\.[AB])?", row["tier"]):
            raise CatalogError(f"{path}:{line}: bad HS code or tier ({row['hs_code']!r}, {row['tier']!r})")
        cat.chpl[row["hs_code"]] = ChplEntry(row["hs_code"], row["tier"], row.get("description", ""), row["source"])


def known_maker(cat: Catalog, name: str, where: str, what: str = "manufacturer") -> str:
    """The catalogue name for a maker a catalogue row names; an unknown one is a CatalogError."""
    maker = cat.resolve(name)
    if maker is None:
        raise CatalogError(f"{where}: unknown {what} {name.strip()!r}")
    return maker


def strong(rule: FamilyRule) -> bool:
    """A rule specific enough to be reached through a transcription slip undone."""
    return rule.priority >= 60 and rule.literal_length >= 3


FILTER_FROM = 4  # rules in a bucket from which one alternation of them all is tried first
GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P[=<]|\(\?\(")


def load_families(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("pattern", "match", "manufacturer")):
        where = f"{path}:{line}"
        maker = known_maker(cat, row["manufacturer"], where)
        seconds = [known_maker(cat, s, where, "second source")
                   for s in row.get("second_sources", "").split("|") if s.strip()]
        kind = row["match"].lower()
        category = row.get("category", "") or "other"
        if category not in CATEGORIES:
            raise CatalogError(f"{where}: unknown category {category!r}")
        try:
            priority = int(row.get("priority") or 50)
        except ValueError:
            raise CatalogError(f"{where}: priority {row['priority']!r} is not a whole number") from None
        regex = None
        if kind == "regex":
            if GROUP_REFERENCE.search(row["pattern"]):
                # Rules are tried together as one alternation, where group numbers shift.
                raise CatalogError(f"{where}: regex {row['pattern']!r} refers to a group; family rules may not")
            try:
                regex = compile_regex(row["pattern"])
            except re.error as e:
                raise CatalogError(f"{where}: bad regex {row['pattern']!r} ({e})") from None
        elif kind != "prefix":
            raise CatalogError(f"{where}: match must be prefix or regex, not {row['match']!r}")
        elif row["pattern"] != part_key(row["pattern"]):
            raise CatalogError(f"{where}: prefix {row['pattern']!r} must be upper-case letters and digits")
        owner = known_maker(cat, row["owner"], where, "owner") if row.get("owner") else None
        rule = FamilyRule(row["pattern"], kind, maker, row.get("family", ""), category, priority,
                          tuple(seconds), row["source"], where, regex, owner)
        if regex is None:
            cat.prefix_rules.setdefault(rule.pattern, []).append(rule)
        else:
            cat.regex_rules.append(rule)


def load_parts(cat: Catalog, path: Path) -> None:
    add_parts(cat, ((f"{path}:{line}", row) for line, row in read_rows(path, ("mpn", "manufacturer"))))


# KiCad's shorthand for an AVR's package after a hyphen ("ATmega1284-P" PDIP, "ATmega168A-M" QFN, "-A" TQFP,
# "-C"/"-CC"/"-MC"/"-MM" BGA and small QFN), not Atmel's ordering suffix (-PU, -AU, -MU): keyed with the hyphen
# dropped it would be another chip ("ATMEGA1284P", the picoPower part), so the part is the chip's number alone.
KICAD_AVR_PACKAGE = re.compile(r"^(AT(?:mega|tiny|xmega)[0-9A-Z]*)-(?:A|M|P|C|CC|MC|MM|S)$")


def add_parts(cat: Catalog, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    """Add (origin, row) parts to the index; call `cat.part_keys = sorted(cat.parts)` after."""
    for where, row in rows:
        maker = known_maker(cat, row["manufacturer"], where)
        mpn = KICAD_AVR_PACKAGE.sub(r"\1", row["mpn"])
        key = part_key(mpn)
        if len(key) < 3:
            raise CatalogError(f"{where}: part number {row['mpn']!r} is too short to match")
        part = Part(mpn, maker, row.get("family", ""), row.get("description", ""),
                    row.get("category", "") or "other", row["source"], where)
        bucket = cat.parts.setdefault(key, [])
        if all(p.manufacturer != maker for p in bucket):
            bucket.append(part)


def load_shortenings(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("pattern", "expand", "manufacturer")):
        where = f"{path}:{line}"
        maker = known_maker(cat, row["manufacturer"], where)
        if GROUP_REFERENCE.search(row["pattern"]):
            # Shortenings are tried together as one alternation, where group numbers shift.
            raise CatalogError(f"{where}: pattern {row['pattern']!r} refers to a group; use them in expand only")
        try:
            regex = compile_regex(row["pattern"])
            regex.sub(row["expand"], "")  # a bad group reference fails here, not mid-trace
            score = float(row.get("score") or 0.6)
        except (re.error, ValueError) as e:
            raise CatalogError(f"{where}: bad pattern, expansion or score ({e})") from None
        needs = row.get("needs_maker", "").lower()
        cat.shortenings.append(Shortening(regex, row["expand"], maker, row.get("family", ""),
                                          needs in ("yes", "true", "1"), score, row["source"], where,
                                          needs_kind=needs == "kind"))


def load_dropped_prefixes(cat: Catalog, path: Path) -> None:
    for line, row in read_rows(path, ("prefix", "manufacturer")):
        # "*": a standard designation's prefix (JIS 2S), dropped by every maker that uses it.
        maker = "" if row["manufacturer"] == "*" else known_maker(cat, row["manufacturer"], f"{path}:{line}")
        if row["prefix"] != part_key(row["prefix"]):
            raise CatalogError(f"{path}:{line}: prefix {row['prefix']!r} must be upper-case letters and digits")
        shape = None
        if row.get("restored"):
            # The numbers the maker drops the prefix from: "IR" from HEXFETs (F7103), not from IRU
            # regulators or rad-hard IRH parts, which keep it.
            try:
                shape = compile_regex(row["restored"])
            except re.error as e:
                raise CatalogError(f"{path}:{line}: bad regex {row['restored']!r} in restored ({e})") from e
            if not row["restored"].startswith(row["prefix"]):
                raise CatalogError(f"{path}:{line}: restored {row['restored']!r} must begin with the prefix {row['prefix']!r}")
        elif not maker:
            raise CatalogError(f"{path}:{line}: a standard prefix (manufacturer *) needs the restored shape")
        cat.dropped_prefixes.append((row["prefix"], maker, row["source"], shape))


def shipped_folder() -> Path:
    """Where the shipped catalogues are: the installed package data, or the source tree's catalogs/."""
    installed = Path(__file__).resolve().parent.parent / "catalogs"
    if (installed / "manufacturers.csv").exists():
        return installed
    return Path(__file__).resolve().parents[2] / "catalogs"


def load_catalog(folder: Path | None = None,
                 user_parts: Iterable[dict[str, str]] = (), parts: bool = True) -> Catalog:
    """Load the shipped catalogues (or those in `folder`), plus parts a user imported into the store;
    with `parts` false, without the part lists (parts*.csv), so the family rules alone read numbers.

    Raises CatalogError on a bad row.
    """
    folder = folder or shipped_folder()
    cat = Catalog()
    for path in sorted(folder.glob("manufacturers*.csv")):
        load_makers(cat, path)
    for path in sorted(folder.glob("manufacturers*.csv")):
        add_maker_prefixes(cat, path)
    for path in sorted(folder.glob("lineage*.csv")):
        load_lineage(cat, path)
    for path in sorted(folder.glob("transfers*.csv")):
        load_transfers(cat, path)
    for path in sorted(folder.glob("topmarks*.csv")):
        load_topmarks(cat, path)
    for path in sorted(folder.glob("trademarks*.csv")):
        load_trademarks(cat, path)
    for path in sorted(folder.glob("date_conventions*.csv")):
        load_date_conventions(cat, path)
    for path in sorted(folder.glob("family_intro*.csv")):
        load_introduced(cat, path)
    for path in sorted(folder.glob("hs_codes*.csv")):
        load_hs_rules(cat, path)
    for path in sorted(folder.glob("chpl*.csv")):
        load_chpl(cat, path)
    for path in sorted(folder.glob("value_codes*.csv")):
        load_value_codes(cat, path)
    for path in sorted(folder.glob("families*.csv")):
        load_families(cat, path)
    kind_maker_prefixes(cat)
    for path in sorted(folder.glob("shortened*.csv")):
        load_shortenings(cat, path)
    for path in sorted(folder.glob("dropped_prefixes*.csv")):
        load_dropped_prefixes(cat, path)
    for path in sorted(folder.glob("parts*.csv")) if parts else ():
        load_parts(cat, path)
    add_parts(cat, ((f"store:user_parts#{row.get('id', '?')}, {row.get('source') or 'imported'}", row) for row in user_parts))
    cat.part_keys = sorted(cat.parts)
    return cat
