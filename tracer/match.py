"""Match a marking against the catalogues and score the answer into an Attribution.

Candidates come from methods (`METHODS`: catalogue part exact or less its suffix, fuzzy
similarity, family rule with one slip undone, a shortened mark expanded with a named maker's
prefix or a maker's own shortening rule, a dropped prefix restored, the maker named in the row);
`combine` then moves the confidence (a named maker that agrees or disagrees, a rival maker, a
multi-source number, a description of another kind of part). Every method and qualifier leaves
a line of evidence naming the catalogue file and line it used.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from tracer.catalog import (
    FORMER_SOVIET,
    Catalog,
    FamilyRule,
    Part,
    TopMark,
    Transfer,
    latin_key,
    name_key,
    package_key,
    part_key,
    strong,
)
from tracer.describe import describe
from tracer.entities import entity_key
from tracer.markings import (
    CRYSTAL_WORDS,
    CYRILLIC,
    DIGIT_TWINS,
    FREQUENCY,
    KIND_ABBREVIATIONS,
    LEAD_FREE_MARK,
    LINEAR_LOGOS,
    LOST,
    MAXIM_SPLIT_SUFFIX,
    PACKAGE,
    UNIT,
    expand,
    is_date_code,
    is_unit_after_value,
    latin,
    ordinary_word,
    pins_shaped,
    read_marking,
    slash_pieces,
    token_habits,
    tokens,
    written_code,
)
from tracer.model import Attribution, BomLine, Candidate, Marking
from tracer.soviet import Designation

BANDS = (("confirmed", 0.9), ("likely", 0.7), ("possible", 0.4))
MIN_KEY = 3
WEAK_PRIORITY = 20


def band_of(confidence: float) -> str:
    for band, floor in BANDS:
        if confidence >= floor:
            return band
    return "unknown"


@dataclass(frozen=True)
class Context:
    """What one row offers the methods: its marking read, and the makers it names."""

    marking: Marking
    stated: tuple[tuple[str, str], ...]  # (as written, catalogue maker)
    designation: Designation | None = None  # a Soviet-standard number among the first candidates
    module: tuple[str, str] | None = None  # on a module's row, the module's number and maker (module_reading)

    @cached_property
    def readable(self) -> list[str]:
        """The candidates with no character lost in conversion ("?T91RM9200" is read by by_lost_character);
        one that lost only its last character, a suffix letter, is read without it ("S50085?")."""
        return [t if not LOST.search(t) else t[:-1] for t in self.marking.candidates
                if not LOST.search(t) or trailing_loss(t)]

    @cached_property
    def capitals(self) -> list[str]:
        """The row's tokens in capitals, Cyrillic look-alikes as Latin ("LT", "ADC", "2400")."""
        return [latin(t).upper() for t in tokens(self.marking.text)]

    @cached_property
    def kinds(self) -> set[str]:
        """The coarse kinds of part the row's description words name (described_kinds)."""
        return described_kinds(self.marking.words)

    @cached_property
    def chip_said(self) -> bool:
        """Whether the row says its part is a chip or a discrete device (chip_said)."""
        return chip_said(self.marking, self.kinds)

    @cached_property
    def thing(self) -> str | None:
        """The mechanical thing the row describes (mechanical_word), unless it says its part is a chip:
        read once for the family rules (by_family) and for choosing among the readings (combine)."""
        return None if self.chip_said else mechanical_word(self.marking)

    @property
    def named_makers(self) -> set[str]:
        """Makers the row names, or whose marking habits it shows."""
        return {m for _, m in self.stated} | {m for _, m in self.marking.hints}


def rule_rank(rule: FamilyRule) -> tuple[int, int]:
    return rule.priority, len(rule.pattern)


def best_rule(cat: Catalog, key: str) -> FamilyRule | None:
    rules = cat.family_rules(key)
    return max(rules, key=rule_rank) if rules else None


def family_candidate(rule: FamilyRule, text: str, key: str, score: float, how: str,
                     as_written: bool | None = None) -> Candidate:
    """A family rule's reading; the part number is the text as written, or the key the rule read
    (a slip undone, a lost character filled)."""
    written = how == "family" if as_written is None else as_written
    return Candidate(
        manufacturer=rule.manufacturer, mpn=latin(text).strip(".:/-+#").upper() if written else key,
        family=rule.family or None, category=rule.category, method="family", score=score,
        detail=f"{how}: {text!r} fits the {rule.manufacturer} {rule.family or rule.pattern} rule "
               f"({rule.match} {rule.pattern!r}, priority {rule.priority}) at {rule.origin.rsplit('/', 1)[-1]}",
        source=rule.source, second_sources=rule.second_sources, owner=rule.owner)


def rule_score(rule: FamilyRule, fixed: int) -> float:
    """A family reading's score: more for each fixed leading character (up to four) and for priority."""
    return 0.62 + min(fixed, 4) * 0.04 + min(rule.priority, 100) / 1000


# A letter read as its digit twin (and L as 1), or a digit as its letter.
SLIPS = {**{letter: digit for digit, letter in DIGIT_TWINS.items()}, "L": "1", **DIGIT_TWINS}


def slip_at(key: str, i: int) -> tuple[str, str]:
    """The key with the slip at position i undone (key[i] must be in SLIPS), and how it was read."""
    return key[:i] + SLIPS[key[i]] + key[i + 1:], f"read {key[i]} at position {i + 1} as {SLIPS[key[i]]}"


def slip_variants(key: str) -> list[tuple[str, str]]:
    """The key with one transcription slip undone (O/0, I/1, L/1, S/5, B/8, Z/2, G/6), and which."""
    # A number of digits only (Würth's 865080643008, Molex's 0530470210) is a code of digits:
    # a digit in it was not a misread letter.
    numeric = key.isdigit()
    return [slip_at(key, i) for i, ch in enumerate(key[:14]) if ch in SLIPS and not (numeric and ch.isdigit())]


# Two letters an OCR pass reads for one (rn for m, cl for d, vv for w): "TRNS320F28069", "GCL25Q64".
OCR_SLIPS = (("RN", "M"), ("CL", "D"), ("VV", "W"))


def ocr_variants(key: str) -> list[tuple[str, str]]:
    """The key with one two-for-one OCR slip undone, and which."""
    out = []
    for pair, one in OCR_SLIPS:
        i = key.find(pair)
        while 0 <= i < 14:
            out.append((key[:i] + one + key[i + 2:], f"read {pair} at position {i + 1} as {one} (an OCR slip)"))
            i = key.find(pair, i + 1)
    return out


# A small l or o typed among the capitals and digits of a number ("SXl262", "MPl584EN"): the typist's
# 1 and 0, the one place in the number where a slip shows by its case.
TYPED_SMALL = {"l": "1", "o": "0"}


def typed_small_variant(text: str) -> str:
    """The key with a small l or o read as 1 or 0, when those are the number's only small letters
    and it has capitals and digits besides ("NUCl40VE3CN"); else ''."""
    # The small i of the Si and Hi prefixes (Silicon Labs', Siliconix', HiSilicon's) is how the makers
    # write it ("Si842l", "Hi352lDV200").
    smalls = {ch for i, ch in enumerate(text) if ch.islower() and not (i == 1 and text[:2] in ("Si", "Hi"))}
    if not smalls or not smalls <= set(TYPED_SMALL) or sum(ch.isupper() for ch in text) < (1 if len(text) >= 5 else 2) \
            or not any(ch.isdigit() for ch in text):
        return ""
    return part_key("".join(TYPED_SMALL.get(ch, ch) for ch in text))


def small_l_as_i(key: str, typed: str) -> str:
    """The key with the small l that `typed` reads as 1 read as a capital I instead; '' when none."""
    out = "".join("I" if k == "L" and t == "1" else t for k, t in zip(key, typed, strict=True)) if len(key) == len(typed) else ""
    return out if out != typed else ""


def clearly_more_specific(one: tuple[FamilyRule, str, str], other: tuple[FamilyRule, str, str]) -> bool:
    """Whether the first reading (rule, key, how) fixes more of its key than the other and its rule
    ranks at least five priority points higher."""
    return one[0].literal_length_for(one[1]) > other[0].literal_length_for(other[1]) \
        and one[0].priority >= other[0].priority + 5


def rule_with_slips(cat: Catalog, key: str, typed: str = "") -> tuple[FamilyRule | None, str, str]:
    """The best rule for the key as written, else for a variant with one slip undone: an OCR pair
    read for one letter first (it explains two characters), then a one-character slip. Letters typed
    for two digits or more of one run come before the number as written, when they read it into a
    more specific rule; so does `typed`, the key with a small l or o read as a digit, when it reads
    the number into a family of two fixed letters or more of another maker than the number as written
    (a small l among capitals is a typist's 1 more often than any maker's letter: "LTl930" is no LTL)."""
    written = best_rule(cat, key)
    if typed and typed != key:
        # The small l as 1 ("TSMl02"), else as a capital I ("MlC2009YM6", "lSL8009B"); as I first where
        # that reads a clearly more specific series, more letters fixed and a priority five higher
        # ("GALl-84+": Mini-Circuits' GALI-84, not Lattice's GAL prefix; "MPl482DN" stays MPS's MP1482).
        readings = []
        for variant, how in ((typed, "read a small l or o typed among capitals as 1 or 0"),
                             (small_l_as_i(key, typed), "read a small l typed among capitals as I")):
            rule = best_rule(cat, variant) if variant else None
            if rule is not None and rule.priority >= 60 and rule.literal_length_for(variant) >= 2 and \
                    (written is None or written.priority < WEAK_PRIORITY or
                     not cat.same_company(rule.manufacturer, written.manufacturer)):
                readings.append((rule, variant, how))
        if len(readings) == 2 and clearly_more_specific(readings[1], readings[0]):
            return readings[1]
        if readings:
            return readings[0]
    # Two or more letters typed for digits in one run of the number ("LMS7OO2M", "IP53IO"): read into a
    # strong rule more specific than any the number fits as written.
    variant, how = digit_run_variant(key)
    if variant:
        rule = best_rule(cat, variant) if cat.may_fit_strongly(variant) else None
        if rule is not None and strong_for(rule, variant) and (written is None or rule.priority > written.priority):
            # No more letters read as digits than the rule needs: "MX3OLF1G18AC" is MX30LF1G18AC, its L
            # Macronix's voltage letter, not MX301F.
            return next(((rule, fewer, f"read {key[i]} at position {i + 1} as {fewer[i]}")
                         for i, fewer in ((i, key[:i] + variant[i] + key[i + 1:]) for i in range(len(key)) if key[i] != variant[i])
                         if (r := best_rule(cat, fewer)) is not None and r == rule), (rule, variant, how))
    if written is not None and written.priority >= WEAK_PRIORITY:
        return literal_slip(cat, key, written) or (written, key, "")
    # A bare maker prefix as written ("RNCP" of Stackpole's resistors) is weaker than a family
    # read through an OCR pair ("RNCP2515" as Microchip's MCP2515).
    for variant, how in ocr_variants(key):
        rule = best_rule(cat, variant) if cat.may_fit_strongly(variant) else None
        if rule is not None and strong(rule):
            return rule, variant, how
    # A maker's bare prefix as written ("SI44" of Silicon Labs) is weaker than one slip undone that
    # gives the whole number a specific family's full shape ("Si443SDDY" as Siliconix's Si4435DDY).
    whole = full_shape_slip(cat, key) or series_digit_slip(cat, key) or \
        (letters_end_slip(cat, key) if written is not None else None)
    if whole is not None:
        return whole
    if written is not None:
        # An O between two digits read back into a specific rule beats a maker's bare prefix as
        # written ("MAX7O8CSA": Maxim's MAX708, not only the letters MAX).
        for variant, how in between_digits_variants(key, "O"):
            rule = best_rule(cat, variant)
            if rule is not None and rule.priority >= 60:
                return rule, variant, how
        # Another letter typed for a digit between two digits, when the written rule is a maker's bare
        # prefix and the variant is a specific family's whole shape ("A49B2": Allegro's A4982).
        if written.priority < WEAK_PRIORITY:
            for variant, how in between_digits_variants(key, "SBZGI"):
                rule = best_rule(cat, variant)
                if rule is not None and rule.regex is not None and rule.priority >= 70 \
                        and rule.match_end(variant) == len(variant):
                    return rule, variant, how
        return written, key, ""
    # A slip at an odd spot (the O of "KX7OD") is likelier than the letter as written, so a family of
    # two fixed letters is enough there; elsewhere it takes a strong rule. Odd spots are tried first:
    # the O of "IP53O6" between two digits before the 5 that could be an S.
    slips = [(variant, how, odd_spot(key, first_difference(key, variant))) for variant, how in slip_variants(key)]
    for variant, how, odd in sorted(slips, key=lambda s: not s[2]):
        if not odd and not cat.may_fit_strongly(variant):
            continue
        rule = best_rule(cat, variant)
        if rule is not None and (strong(rule) or odd and rule.priority >= 60 and rule.literal_length_for(variant) >= 2):
            return rule, variant, how
    # Last, a confusion of a photographed or scanned mark in the series letters (7PS54332 for TPS54332,
    # A0S1115 for ADS1115), only into a strong rule: nothing else reads the number.
    for variant, how in scan_variants(key):
        rule = best_rule(cat, variant) if cat.may_fit_strongly(variant) else None
        if rule is not None and strong(rule) and rule.literal_length_for(variant) > first_difference(key, variant):
            return rule, variant, how
    return None, key, ""


LITERAL_SLIP_MIN = 5  # fixed characters a rule needs before one slip inside them outweighs a shorter prefix


def literal_slip(cat: Catalog, key: str, written: FamilyRule) -> tuple[FamilyRule, str, str] | None:
    """A slip inside the fixed characters of another maker's long series (five or more, three more
    than the rule as written fixes, itself a broad rule below priority 70): "MC9512DG256" is
    Freescale's MC9S12 with S typed as 5, not a Motorola MC number as written."""
    if written.priority >= 70:
        return None  # a specific family as written ("NE555DR2G") is no slip
    own = written.literal_length_for(key)
    for variant, how in slip_variants(key):
        at = first_difference(key, variant)
        if at >= LITERAL_SLIP_MIN + 3 or not cat.may_fit_strongly(variant):
            continue
        rule = best_rule(cat, variant)
        if rule is None or rule.priority < 70 or cat.same_company(rule.manufacturer, written.manufacturer):
            continue
        fixed = rule.literal_length_for(variant)
        if fixed >= max(LITERAL_SLIP_MIN, own + 3) and at < fixed:
            return rule, variant, how
    return None


def strong_for(rule: FamilyRule, key: str) -> bool:
    """A rule specific enough, on this key, to be reached through a slip undone: priority 60 or more
    and three fixed characters of the branch the key follows ("IL(300|...)" fixes five of IL300)."""
    return rule.priority >= 60 and rule.literal_length_for(key) >= 3


FULL_SHAPE_MIN = 6  # a shorter number fits some family's whole shape too easily


def full_shape_slip(cat: Catalog, key: str) -> tuple[FamilyRule, str, str] | None:
    """The one letter typed for a digit (O/0, S/5, G/6...) inside the number, or a digit typed for
    the first letter of its series, that, read back, makes the whole key, to its last character, a
    family rule's shape of priority 70 or more ("O10N04LS" as Infineon's 010N04LS top mark,
    "8257GEB" as Intel's 82576EB, "5i2302CDS" as Siliconix's Si2302CDS); None when no variant does
    or variants lead to different makers."""
    if len(key) < FULL_SHAPE_MIN:
        return None
    fits = []
    for variant, how in slip_variants(key):
        at = first_difference(key, variant)
        if (key[at].isdigit() and not series_digit(key, at)) or at == len(key) - 1:
            continue  # a letter typed for a digit inside the number only: "E52136" is no E5213G, AL307B's B a grade
        rule = best_rule(cat, variant)
        if rule is not None and rule.regex is not None and rule.priority >= 70 and rule.match_end(variant) == len(variant):
            fits.append((rule, variant, how))
    if not fits:
        return None
    top = max(rule_rank(rule) for rule, _, _ in fits)
    best = [f for f in fits if rule_rank(f[0]) == top]
    return best[0] if len({rule.manufacturer for rule, _, _ in best}) == 1 else None


def series_digit(key: str, at: int) -> bool:
    """Whether key[at] is a digit typed for a letter of the series: the first, followed by a letter
    ("5i2302" for Si2302, "0PA2134" for OPA2134), or a 0 or 5 after a lone first letter and before
    the digits ("A04466" for AO4466, "D52432" for DS2432)."""
    if at == 0:
        return key[0].isdigit() and key[1:2].isalpha()
    return at == 1 and key[0].isalpha() and key[1] in "05" and key[2:3].isdigit()


def series_digit_slip(cat: Catalog, key: str) -> tuple[FamilyRule, str, str] | None:
    """The digit typed for the first letter of a series ("5P3485EN" for SP3485EN) read back, when
    that gives a specific rule (priority 70 or more, three fixed characters) its reading."""
    if len(key) < FULL_SHAPE_MIN or not series_digit(key, 0) or key[0] not in SLIPS:
        return None
    variant, how = slip_at(key, 0)
    rule = best_rule(cat, variant)
    if rule is None or rule.priority < 70 or not strong_for(rule, variant):
        return None
    return rule, variant, how


def letters_end_slip(cat: Catalog, key: str) -> tuple[FamilyRule, str, str] | None:
    """The digit typed for the last letter of the series' letters ("TP556339" for TPS56339, "TP53431"
    for TPS3431), read back when that gives a specific rule (priority 70 or more) whose fixed letters
    take in the place; only asked when the number as written fits a maker's bare prefix and no more
    (a number no rule reads is left to the slips tried at odd spots: "MS5840-02BA" is TE's sensor)."""
    letters = len(key) - len(key.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if letters < 2 or len(key) < FULL_SHAPE_MIN or key[letters:letters + 1] not in SLIPS \
            or not key[letters + 1:letters + 4].isdigit():
        return None
    variant, how = slip_at(key, letters)
    rule = best_rule(cat, variant)
    if rule is None or rule.priority < 70 or rule.literal_length_for(variant) <= letters:
        return None
    return rule, variant, how


DIGIT_RUN = re.compile(r"(?<=[0-9])[0-9OIL]*[OIL][0-9OIL]*")
TYPED_DIGITS = str.maketrans({ch: SLIPS[ch] for ch in "OIL"})  # the letters typists put for 0 and 1


def digit_run_variant(key: str) -> tuple[str, str]:
    """The key with every O, I and L of the run of digits after its first digit read as 0 or 1, when the
    run holds two such letters or more ("LMS7OO2M" as LMS7002M); else ("", "")."""
    m = DIGIT_RUN.search(key)
    if m is None or sum(ch in "OIL" for ch in m.group()) < 2:
        return "", ""
    variant = key[:m.start()] + m.group().translate(TYPED_DIGITS) + key[m.end():]
    return variant, f"read {m.group()} at position {m.start() + 1} as {m.group().translate(TYPED_DIGITS)}"


# Characters a scan or photo of a mark confuses that a typist rarely does: T/7, D/0, U/V, Q/O.
SCAN_SLIPS = {"7": "T", "T": "7", "0": "D", "D": "0", "V": "U", "U": "V", "Q": "O"}


def scan_variants(key: str) -> list[tuple[str, str]]:
    """The key with one scan confusion undone in its first five characters (the series letters)."""
    if key.isdigit():
        return []  # a number of digits only: its digits were not misread letters (as slip_variants)
    return [(key[:i] + SCAN_SLIPS[ch] + key[i + 1:], f"read {ch} at position {i + 1} as {SCAN_SLIPS[ch]}")
            for i, ch in enumerate(key[:5]) if ch in SCAN_SLIPS]


def first_difference(key: str, variant: str) -> int:
    """Where a variant with one character undone differs from the key (0-based)."""
    return next(i for i, (a, b) in enumerate(zip(key, variant, strict=True)) if a != b)


def odd_spot(key: str, i: int) -> bool:
    """Whether key[i] stands where a slip is more likely than a real character: a letter between
    two digits ("HMC1O43"), a digit between two letters, or a letter O beside a digit ("TLO72")."""
    left, right = key[i - 1:i], key[i + 1:i + 2]
    ch = key[i]
    if ch.isalpha() and left.isdigit() and right.isdigit():
        return True
    if ch.isdigit() and left.isalpha() and right.isalpha():
        return True
    return ch == "O" and (left.isdigit() or right.isdigit())


def between_digits(key: str, i: int, letters: str = "O") -> bool:
    """Whether key[i] is a letter O (or one of `letters`) between two digits ("EPC2O45", "MAX7O8CSA"):
    makers keep O out of their numbers, so a slip for 0 is likelier than any real number. (Other
    letters do stand between digits: BGA725L6, S1133B33, NUC7i5, MM3Z5V6.)"""
    return i >= 1 and key[i] in letters and key[i - 1].isdigit() and key[i + 1:i + 2].isdigit()


def between_digits_variants(key: str, letters: str) -> Iterator[tuple[str, str]]:
    """The key with each of `letters` that stands between two digits read as its digit, and how."""
    return (slip_at(key, i) for i in range(1, min(len(key), 14) - 1) if between_digits(key, i, letters))


def slip_rival(cat: Catalog, key: str, rule: FamilyRule, text: str = "") -> tuple[FamilyRule, str, str] | None:
    """Another maker's more specific rule (higher in rank, more letters fixed) that the key fits
    once a slip at an odd spot is undone ("MT89B0DE": Micron's MT shape as written, Zarlink's
    MT8980 read with B as 8); for an O between two digits, any specific rule (priority 70 or more)
    fixing as many characters ("EPC2O45": Altera's EPC shape as written, EPC's EPC2045). A digit
    that opens a group after a hyphen in `text` is left as written: "A2405S-2WR2" is a 2 W
    module's code, not a letter Z run into the number before it."""
    opening = group_starts(text) if text else set()
    for i, ch in enumerate(key[:14]):
        if ch not in SLIPS or (ch.isdigit() and i in opening):
            continue
        odd = odd_spot(key, i)
        # Off an odd spot, only a letter typed for a digit, not after three digits or more (a grade
        # or package letter: AD5206B), against a broad rule as written (three fixed characters at
        # most: a maker's prefix, not a series; of priority 75 or more, see below).
        if not odd and (rule.literal_length_for(key) > 3 or ch.isdigit()
                        or (i >= 3 and key[i - 3:i].isdigit())):
            continue
        variant, how = slip_at(key, i)
        other = best_rule(cat, variant)
        if other is None or other.manufacturer == rule.manufacturer:
            continue
        fixed, own = other.literal_length_for(variant), rule.literal_length_for(key)
        if not odd and rule.priority >= 75 and not (other.priority > max(rule.priority, 81) and fixed >= max(5, own + 3)):
            continue  # against a maker's prefix of high rank, only a higher-ranked series fixing five characters or more
        if odd and ((rule_rank(other) > rule_rank(rule) and fixed > own) or
                    (between_digits(key, i) and other.priority >= 70 and fixed >= own)):
            return other, variant, how
        if not odd and other.priority >= 80 and fixed >= max(4, own + 2) and i < fixed:
            # Anywhere else, a slip inside a specific series' fixed characters (four or more, two
            # more than a broad rule as written fixes): "PTZ399" is Princeton's PT2399 as likely as
            # a ROHM number, "LM7SAD" NXP's LM75AD as likely as a National one.
            return other, variant, how
    return None


def group_starts(text: str) -> set[int]:
    """Where, in the number with its separators taken out, each group after the first begins
    ("A2405S-2WR2": 7)."""
    groups = [g for g in re.split(r"[^A-Z0-9]+", latin(text.upper())) if g]
    return set(itertools.accumulate(len(g) for g in groups[:-1]))


def split_inside(text: str, end: int, fits_at: Callable[[int], bool] | None = None) -> bool:
    """Whether a rule needed the key to run across a separator that splits a word in two.

    Makers print "HCPL-6231", "ADSP-BF533", "SAK-TC275" and "M-G370" with a hyphen inside the
    number, so letters may run across one; a group of three or more digits split from more
    digits ("9001-15321") is two numbers, not one, unless the rule ends exactly where a group
    does: then it describes a number printed in groups (Molex "53047-0210", Amphenol
    "901-144-8RFX").
    """
    groups = [g for g in re.split(r"[^A-Z0-9]+", latin(text.upper())) if g]
    if len(groups) < 2 or end <= len(groups[0]):
        return False
    bounds = list(itertools.accumulate(len(g) for g in groups))
    if end in bounds:
        return False
    first, second = groups[0], groups[1]
    if first.isdigit() and len(first) >= 3 and second[0].isdigit():
        return True
    # Further on, a group of three digits or more split from a group of digits ("DS-130-64-3SH": no
    # DS1306 across the hyphen) is as much two numbers, where the rule stops inside the second.
    # (`fits_at` tells whether the rule reads the number stopped at a group's end: "HDA4745-A-250-000"
    # is read to 250 as well.)
    return any(groups[k].isdigit() and len(groups[k]) >= 3 and groups[k + 1].isdigit()
               and bounds[k] < end < bounds[k + 1] and not (fits_at is not None and fits_at(bounds[k]))
               for k in range(1, len(groups) - 1))


def same_maker_fuller(rule: FamilyRule, key: str, other: FamilyRule, longer: str) -> bool:
    """Whether another rule of the same maker reads a number with characters added after this one at
    least as specifically: as high a priority and as many fixed characters ("MAX3232 ECAE", not a
    brick rule of one fixed letter over "V36SE 05010NMFA")."""
    return longer.startswith(key) and other.priority >= rule.priority \
        and other.literal_length_for(longer) >= rule.literal_length_for(key)


def fuller_reading(cat: Catalog, key: str, rule: FamilyRule, candidates: list[str]) -> str | None:
    """A longer candidate holding this one ("BU2508DF" for "BU2508 DF", "2SC1815" for "2 SC1815")
    that another maker's rule, or another rule of the same maker, reads into the added characters
    ("MAX3232 ECAE": Maxim's ordering-code rule, where the number alone is multi-source): the fuller
    number is the better reading. The same rule reading both only makes a longer number, no better."""
    for text in candidates:
        longer = part_key(text)
        if len(longer) <= len(key) or not (longer.startswith(key) or longer.endswith(key)):
            continue
        other = best_rule(cat, longer)
        if other is None or other == rule or (other.manufacturer == rule.manufacturer and not same_maker_fuller(rule, key, other, longer)):
            continue
        if other.priority < WEAK_PRIORITY <= rule.priority:
            continue  # a maker's bare prefix ("V5" over "V 5M1270ZT144C5N") is no better reading than a family
        if not longer.startswith(key) and not reads_into(other, longer, len(longer) - len(key)):
            continue  # "SX1276 RAK4200": the other rule reads only the number before this one; two numbers
        if not longer.startswith(key) and re.fullmatch(r"[A-Z]{1,2}[0-9]{1,3}", longer[:len(longer) - len(key)]):
            continue  # "S1 V23026-A1001-B201", "H1 G5V-2-5VDC": a board position before a whole number
        # Added after: the rule must read into them (APEC's AP4435GM, not any AP number); added
        # before: the rule, anchored at the start, reads them anyway (2SC1815).
        if not longer.startswith(key) or reads_into(other, longer, len(key)):
            return longer
    return None


def reads_into(rule: FamilyRule, key: str, start: int) -> bool:
    """Whether the rule's match on the key runs past `start`, into the characters from there on, not
    only those before ("SX1276RAK4200": Semtech's SX rule stops before RAK4200)."""
    return (rule.match_end(key) or 0) > start


def leading_family(cat: Catalog, candidates: list[str]) -> FamilyRule | None:
    """The specific family (priority 70 or more) the row's first number fits, when that number has
    six characters or more: a short first token ("MAX10 10M08SAE144C8G") names a product line."""
    first_key = part_key(candidates[0]) if candidates else ""
    rule = best_rule(cat, first_key) if len(first_key) >= 6 else None
    return rule if rule is not None and rule.priority >= 70 else None


def module_reading(cat: Catalog, marking: Marking) -> tuple[str, str] | None:
    """On a row that calls the part a module or a board, a number read by one maker's module rule
    (is_module_rule) beside a number read as another maker's chip: (the module's number, its maker).
    "Bluetooth module (nRF52832) E73-2G4M04S1B": the module is Ebyte's, the nRF52832 what it carries;
    so is "ODROID-M1 (Rockchip RK3568B2)" Hardkernel's board, the module's number first."""
    cands = marking.candidates
    if len(cands) < 2 or not says_module(marking.words) or puts_chip_inside(marking.words):
        return None  # "Wi-Fi SoC ESP8266EX inside module ESP-12F": the chip is the row's part
    rules = {text: best_rule(cat, part_key(text)) for text in cands}
    # The numbers read as chips: the first, or the series word and number joined ("Intel Atom E3800": AtomE3800).
    chips = [(t, r) for t, r in rules.items() if r is not None and r.category != "module"]
    first = rules[cands[0]]
    if is_module_rule(first, part_key(cands[0])):
        # The module first, then the chip it carries ("ODROID-M1 (Rockchip RK3568B2)").
        carried = any(not cat.same_company(r.manufacturer, first.manufacturer) for _, r in chips)
        return (cands[0], first.manufacturer) if carried else None
    if first is not None and first.category == "module":
        return None
    for text in cands[1:]:
        rule = rules[text]
        chip = next((r for t, r in chips if t != text), None)
        if is_module_rule(rule, part_key(text)) and chip is not None \
                and not cat.same_company(rule.manufacturer, chip.manufacturer):
            return text, rule.manufacturer
    return None


def is_module_rule(rule: FamilyRule | None, key: str) -> bool:
    """Whether a rule reads the key as a module (or board) of its maker's own numbering: priority 76
    or more, three fixed characters or more."""
    return rule is not None and rule.category == "module" and rule.priority >= 76 and rule.literal_length_for(key) >= 3


def later_penalty(cat: Catalog, ctx: Context, text: str, maker: str) -> float:
    """How much less a reading of a later token weighs when the first number fits a specific family
    of another maker ("MT25QL128 ABA1ESE-0SIT": the later token is its ordering suffix, a lot code or
    a second part of the row); none for the module's number on a module's row (module_reading)."""
    cands = ctx.marking.candidates
    if not cands or text == cands[0] or text not in cands or part_key(cands[0]) in part_key(text):
        return 0.0
    if ctx.module == (text, maker):
        return 0.0
    if after_date_code(cands, ctx.marking.date_codes, text):
        return 0.15  # "6844 IBZ 2013 N9HCQ": the part number, its date code, then the lot
    first = leading_family(cat, cands)
    return 0.15 if first is not None and maker != first.manufacturer else 0.0


PART_SHAPED = re.compile(r"(?=(?:[A-Z]*[0-9]){3})(?=[0-9]*[A-Z])[A-Z0-9]{5,}")  # three digits or more and a letter


def lot_after_part(first: str, key: str) -> bool:
    """Whether a short later token is likelier a lot code than a part: the row's first number is
    shaped like a part's (three digits or more and a letter; no RS-485) and does not hold the token."""
    head = part_key(first)
    return PART_SHAPED.fullmatch(head) is not None and not PROTOCOL.match(head) and key not in head


def after_date_code(cands: list[str], dates: list[str], text: str) -> bool:
    """Whether a short candidate (six characters at most) stands after the row's date code, which
    itself follows a first number of four characters or more: the line under a date code is a lot or
    trace code ("6844 IBZ 2013 N9HCQ"; not "X7R 0603 GRM188R71H104KA93D", a size before the number)."""
    at = cands.index(text)
    return len(part_key(text)) <= 6 and len(part_key(cands[0])) >= 4 and any(c in dates for c in cands[1:at])


def first_of_listed(cat: Catalog, text: str, rule: FamilyRule) -> str:
    """The first number of several written with slashes between them, when the rule that reads
    the whole reads the first alone and every other is a part of the same maker's families
    ("LM358/LM324", "AD8605ARZ/AD8606ARZ"); else the text ("HF115F/012-1ZS3" is one relay,
    "LM11949/LM11910" one bearing set)."""
    pieces = slash_pieces(text)
    if not pieces or best_rule(cat, part_key(pieces[0])) != rule:
        return text
    rest = [best_rule(cat, part_key(p)) for p in pieces[1:]]
    return pieces[0] if all(r is not None and r.priority >= 70 and r.manufacturer == rule.manufacturer
                            for r in rest) else text


# Kind words that are also a maker's series prefix (National's ADC0804, TI's DAC8568): joined to a
# bare number after them ("delta-sigma ADC 2400", "voltage output DAC 1257") the word may as well
# describe a part whose number was printed alone, as Linear prints its SO-8 parts, when no rule
# more specific than the word itself reads the two joined (Burr-Brown's DAC8xxx does: "DAC 8552"),
# or when the row shows Linear's logo ("ADC 1286 LT 0612" is LTC1286, not National's ADC1286).
KIND_SERIES_WORDS = ("ADC", "DAC")
# "2400", "1864I", "2378-20": digits and at most a grade letter or an option after a hyphen
BARE_NUMBER = re.compile(r"[0-9]{3,5}[A-Z]?(-[0-9]{1,2})?")
DIGIT_LED = re.compile(r"[0-9]{2}[A-Z0-9]*")  # "12F675": another maker's number after the kind word


def kind_word_joined(text: str, toks: list[str]) -> bool:
    """Whether a candidate is a kind word written apart from a bare number (digits, perhaps a grade
    letter or an option) or a number led by two digits, and perhaps the token after it ("ADC 2400",
    "ADC 2400 LT", "ADC 1864I", "ADC 2378-20" read whole or without its option, "ADC 12F675")."""
    return any(toks[i] in KIND_SERIES_WORDS and (BARE_NUMBER.fullmatch(toks[i + 1]) or DIGIT_LED.fullmatch(toks[i + 1]))
               and text in (toks[i] + toks[i + 1], toks[i] + toks[i + 1].split("-")[0], "".join(toks[i:i + 3]))
               for i in range(len(toks) - 1))


def whole_rival(cat: Catalog, ctx: Context, text: str, rule: FamilyRule) -> bool:
    """Whether a candidate read from tokens joined ("MAX 7000AE": an Altera line's name) stands beside
    a whole token of eight characters or more that another company's more specific rule (priority 80
    or more, above this one) reads ("EPM7064AETC44-10N"): the whole number is the part's."""
    toks = ctx.capitals
    if text in toks or not any(text == "".join(toks[i:i + n]) for n in (2, 3) for i in range(len(toks))):
        return False
    for other in ctx.marking.candidates:
        key = part_key(other)
        if other == text or other not in toks or len(key) < 8 or key in part_key(text):
            continue
        found = best_rule(cat, key)
        if found is not None and found.priority >= 80 and found.priority > rule.priority \
                and not cat.same_company(found.manufacturer, rule.manufacturer):
            return True
    return False


def by_family(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Each part-number candidate the family rules recognise, scored by how specific the rule is."""
    out = []
    toks = ctx.capitals
    thing = ctx.thing
    for pos, text in enumerate(ctx.marking.candidates):
        key = part_key(text)
        if len(key) < MIN_KEY:
            continue
        # Slips are undone on the first number and on long ones: short later tokens are lot and
        # date codes, where a changed letter makes a part number out of anything ("C6H3" as CGH3).
        rule, used, slip = rule_with_slips(cat, key, typed_small_variant(text)) if pos == 0 or len(key) >= 7 \
            else (best_rule(cat, key), key, "")
        if thing and rule is not None and not applies_to_thing(rule.category, rule.family, thing):
            # "Analog input terminal EL3064": the terminal's own rule, not the photocoupler's that
            # ranks first on the bare number and that a terminal's row rules out (combine).
            own = max((r for r in cat.family_rules(key) if r.priority >= WEAK_PRIORITY
                       and applies_to_thing(r.category, r.family, thing)), key=rule_rank, default=None)
            if own is not None:
                rule, used, slip = own, key, ""
        if rule is None or split_inside(text, rule.match_end(used) or 0,
                                        lambda n, r=rule, k=used: r.match_end(k[:n]) is not None):
            continue
        if rule.priority < WEAK_PRIORITY and len(used) < 4:
            continue  # a bare maker prefix and a character or two ("K57" under a coil's value code): a lot code
        fixed = rule.literal_length_for(used)
        score = rule_score(rule, fixed)
        if len(key) < 5:
            score -= 0.1
            if pos > 0:
                score = min(score, 0.65)  # "HM62256 BLP-7": a short later piece is a suffix or lot code more often than a part
        if fixed <= 2 and rule.priority < 70:
            score = min(score, 0.65)  # two fixed letters ("MA", "SN") are a shape, not a family
        if rule.priority < WEAK_PRIORITY:
            score = min(score, 0.6)  # a bare maker prefix, not a family: never confident alone
        score -= min(pos, 5) * 0.01  # the part number comes first; later tokens are lot and date codes
        score -= later_penalty(cat, ctx, text, rule.manufacturer)
        if pos > 0 and len(key) <= 6 and lot_after_part(ctx.marking.candidates[0], key) and ctx.module != (text, rule.manufacturer):
            score = min(score, 0.6)  # "14070BG ON 3KP851": a short code after a number shaped like a part's is a lot more often
        # "ADC 2400": the kind of part and its number, or one number split; the number is another
        # maker's when the row shows that maker's habit ("DAC 9744 ARUZ #1233": Analog Devices').
        habit_of_other = any(not cat.same_company(m, rule.manufacturer) for _, m in ctx.marking.hints)
        if (rule.pattern in KIND_SERIES_WORDS or not LINEAR_LOGOS.isdisjoint(toks) or habit_of_other) \
                and kind_word_joined(text, toks):
            score = min(score, 0.55)
        if whole_rival(cat, ctx, text, rule):
            score = min(score, 0.6)  # "CPLD MAX 7000AE EPM7064AETC44": a line's name joined, beside its whole number
        lost = LOST.search(text)
        if lost and (rule.match_end(used) or 0) > len(part_key(text[:lost.start()])):
            # "TP?54331DR": the rule read the number as if the lost character were not there.
            out.append(replace(family_candidate(rule, text, used, min(score - 0.1, 0.59),
                                                "family, across a character lost in conversion"), indirect=True))
            continue
        if slip and rule.category in ruled_out_chips(ctx.marking.words):
            continue  # "Optocoupler P250": a slip that makes a memory's number of it reads no optocoupler
        if slip:
            # A reading that needs a slip undone is never confident on its own.
            out.append(replace(family_candidate(rule, text, used, min(score - 0.1, 0.59), f"slip undone ({slip}): {key} to {used}"),
                               indirect=True))
            continue
        fuller = fuller_reading(cat, key, rule, ctx.marking.candidates)
        if fuller is not None:
            # The fuller number is read on its own; this piece of it is a possible reading only.
            out.append(family_candidate(rule, text, key, min(score, 0.55),
                                        f"family, on a piece of {fuller}, which a more specific rule reads whole",
                                        as_written=True))
            continue
        rival = slip_rival(cat, key, rule, text) if pos == 0 or len(key) >= 7 else None
        if rival is None:
            out.append(family_candidate(rule, first_of_listed(cat, text, rule), key, score, "family"))
            continue
        # A character where a slip is likelier than the real thing, and undoing it gives another
        # maker's more specific series: the number as written is only a possible reading, and
        # the series read through the slip slightly ahead of it.
        other, variant, how = rival
        out.append(family_candidate(rule, text, key, min(score, 0.55), f"family, as written, though {how} gives {variant}",
                                    as_written=True))
        other_score = rule_score(other, other.literal_length_for(variant))
        out.append(replace(family_candidate(other, text, variant, min(other_score - 0.1, 0.59),
                                            f"slip undone ({how}): {key} to {variant}"), indirect=True))
    return out


# What a character lost in conversion (markings.LOST) was, inside a part number: a Cyrillic letter
# typed for the Latin one it looks like (А, В, С, Е, Н, І, К, М, О, Р, Ѕ, Т, Х, У). Digits and
# Latin letters survive Latin-1.
FILLS = "ABCEHIKMOPSTXY"
# A filled number this long that is a catalogue part is an orderable number, not a chance shape
# (two characters longer for two lost: 196 fills find a seven-character part by chance).
LISTED_FILL_MIN = 7


def fill_lost(text: str, fill: tuple[str, ...]) -> str:
    """The text with its lost characters replaced, in order, by the fill's letters."""
    parts = LOST.split(text)
    return "".join(p + (fill[i] if i < len(fill) else "") for i, p in enumerate(parts))


def trailing_loss(text: str) -> bool:
    """Whether a number lost one character in conversion, its last, after a number of its own (five
    characters or more with a digit: "S50085?" for a Cyrillic А typed as the grade letter): what
    is left reads like any shortened mark."""
    head = text[:-1]
    return text[-1:] in "?\ufffd" and not LOST.search(head) and len(part_key(head)) >= 5 and \
        any(ch.isdigit() for ch in head)


def by_lost_character(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Numbers with one or two characters lost in conversion, read with each look-alike letter in
    their place (a Latin-1 export loses only non-Latin letters, and in a part number those are
    Cyrillic letters typed for Latin ones).

    A fill counts when a family rule of priority 60 or more needs the restored character; each
    maker's best fill is a candidate, scored a little below the number as printed.
    """
    out = []
    for pos, text in enumerate(ctx.marking.candidates):
        lost = LOST.findall(text)
        if not 1 <= len(lost) <= 2:
            continue
        # Where the first and the last restored characters sit in the key: the rule must need the
        # first; a later one it does not need stays unknown ("?") in the part number.
        starts = [m.start() for m in LOST.finditer(text)]
        at, last = len(part_key(text[:starts[0]])), len(part_key(text[:starts[-1]]))
        found: dict[str, tuple[FamilyRule, str, str, str]] = {}
        listed: dict[str, tuple[str, str, list[FamilyRule]]] = {}  # catalogue parts a fill makes: key -> (filled, fill, rules)
        for fill in itertools.product(FILLS, repeat=len(lost)):
            filled, ch = fill_lost(text, fill), "".join(fill)
            key = part_key(filled)
            if len(key) < MIN_KEY:
                continue
            rules = cat.family_rules(key, remember=False)
            if key in cat.parts and len(key) >= LISTED_FILL_MIN + 2 * (len(lost) - 1):
                listed[key] = (filled, ch, rules)
            rule = max(rules, key=rule_rank) if rules else None
            end = rule.match_end(key) if rule is not None else None
            if rule is None or rule.priority < 60 or rule.literal_length_for(key) < 2 or end is None or end <= at or \
                    split_inside(filled, end):
                continue
            if rule.manufacturer not in found or rule_rank(rule) > rule_rank(found[rule.manufacturer][0]):
                found[rule.manufacturer] = (rule, filled, key, ch)
        if len(listed) == 1:
            # One fill alone makes an orderable catalogue part ("??91RM9200": AT91RM9200): that
            # part, not the shapes other fills give other makers' families (BC91RM9200, MB91RM9200).
            key, (filled, ch, rules) = next(iter(listed.items()))
            parts = cat.parts[key]
            # A multi-source number stays one: the second sources of its maker's own rule come along.
            shared = {r.manufacturer: r.second_sources for r in rules if r.second_sources}
            out.extend(replace(part_candidate(p, text, "exact", 0.78 - min(pos, 5) * 0.01,
                                              f"a character lost in conversion ({lost[0]!r}) read as {ch!r}, "
                                              f"{text!r} as {filled!r}, the only reading that is a catalogue part"),
                               indirect=True, second_sources=shared.get(p.manufacturer, ()), ceiling=0.88) for p in parts)
            makers = {p.manufacturer for p in parts}
            found = {m: f for m, f in found.items() if m not in makers}
            demoted = 0.15
        else:
            demoted = 0.0
        # A fill is a guess, possible at most, unless it fits a rule of four fixed characters or
        # more (AT91, STM32) and no other maker's fill fits one of three or more: then it reads the
        # number with a little less confidence than as printed. `combine` hedges between makers.
        for rule, filled, key, ch in found.values():
            fixed = rule.literal_length_for(key)
            score = 0.57 + min(fixed, 4) * 0.04 + min(rule.priority, 100) / 1000 - min(pos, 5) * 0.01 - demoted
            # A regex read past a Cyrillic letter it cannot see ("1921ВГ?15") is a guess too.
            guess = fixed < 4 or (rule.regex is not None and latin_key(key) != key) or any(
                r.literal_length_for(k) >= 3 for r, _, k, _ in found.values() if r.manufacturer != rule.manufacturer)
            how = f"a character lost in conversion ({lost[0]!r}) read as {ch!r}, {text!r} as {filled!r}"
            candidate = replace(family_candidate(rule, filled, key, score, how), indirect=True,
                                ceiling=0.59 if guess else 1.0)
            if (rule.match_end(key) or 0) <= last:
                # The rule needs the first lost character only: the later one is not guessed.
                candidate = replace(candidate, mpn=latin(LOST.sub(ch[0], text, count=1)).strip(".:/-+#").upper(), ceiling=0.59,
                                    detail=candidate.detail.replace(f"read as {ch!r}", f"read as {ch[0]!r}"))
            out.append(candidate)
    return out


def name_as_written(cat: Catalog, written: str, maker: str) -> bool:
    """Whether a maker's name stands in the row as one of its names, not read back through a letter lost
    in conversion or typed as its digit twin ("TE?H PUBLIC", "HGSEM1")."""
    return cat.aliases.get(name_key(written)) == maker


def own_prefix_before(cat: Catalog, text: str, toks: list[str]) -> bool:
    """Whether a number that starts with a digit stands right after a word of two to four capitals that
    names no maker: its own series prefix typed apart ("MSP 3410G", "MAS 3507D"), not a sign that
    another maker's prefix was dropped."""
    if not text[:1].isdigit() or text not in toks:
        return False
    at = toks.index(text)
    before = toks[at - 1] if at else ""
    return 2 <= len(before) <= 4 and before.isalpha() and before.isupper() and before.isascii() \
        and cat.aliases.get(name_key(before)) is None and not described_kinds([before]) \
        and all(category_word(c, [before]) is None for c in CATEGORY_WORDS)  # "LDO 2941A-3.3WS", "ADC 1286": a kind


def maker_prefixes(cat: Catalog, makers: frozenset[str]) -> list[str]:
    """The prefix rules' prefixes of some makers, longest first, then the prefixes of letters they are known
    to drop that no prefix rule of theirs has ("DS" of Dallas' DS18S20) (remembered per set of makers)."""
    cached = cat.prefix_cache.get(makers)
    if cached is None:
        ruled = {p for p, rules in cat.prefix_rules.items() for r in rules if r.manufacturer in makers}
        dropped = {p for p, m, *_ in cat.dropped_prefixes if m in makers and p.isalpha()} - ruled
        cached = cat.prefix_cache[makers] = sorted(ruled, key=lambda p: (-len(p), p)) + sorted(dropped, key=lambda p: (-len(p), p))
    return cached


def by_expansion(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Shortened marks completed with a stated maker's own prefixes ("LR3103" + IOR -> IRLR3103)."""
    makers = ctx.named_makers
    if not makers:
        return []
    stated = {m for _, m in ctx.stated}
    prefixes = maker_prefixes(cat, frozenset(makers))
    # The prefixes the makers are known to drop, the numbers some drop them from only, and the
    # categories the row's words name: the same for every number of the row.
    dropped = {p for p, m, *_ in cat.dropped_prefixes if m in makers}
    shapes = {p: shape for p, m, _, shape in cat.dropped_prefixes if m in makers and shape is not None}
    said = categories_said(ctx.marking.words)
    out = []
    toks = [latin(t) for t in tokens(ctx.marking.text)]
    for pos, text in enumerate(ctx.readable):
        key = part_key(text)
        # A shortened part number keeps its digits ("3789", "LR3103"); "D82T" is a lot code.
        if len(key) < MIN_KEY or sum(ch.isdigit() for ch in key) < 3 or pins_shaped(latin(text.upper())) \
                or FREQUENCY.fullmatch(latin(text).upper()):
            continue  # "EPSON 8002JF 50.0000M": a crystal's frequency is no shortened mark
        current = best_rule(cat, key)
        if current is not None and (any(cat.same_company(m, x) for m in makers
                                        for x in (current.manufacturer, *current.second_sources))
                                    or (current.priority >= 60 and current.literal_length_for(key) >= 3)):
            # Already a number of the named maker's ("MOTOROLA 2N3904"), or a whole number of a
            # specific family ("Siliconix 2N7000"): nothing to put back.
            continue
        if current is None and ocr_variants(key):
            slipped, _, _ = rule_with_slips(cat, key)
            if slipped is not None and any(cat.same_company(m, slipped.manufacturer) for m in makers):
                continue  # "STRN32L432KCU6 ST": the named maker's number with an OCR pair, not a shortened mark
        # Habits the number carries itself or in the token after it ("1201BRZ", "8843 MBZ").
        habits = carried_habits(toks, latin(text))
        if pos > 0 and dated_line(text):
            continue  # "HITTITE HMC5883L 2107": a date code after the number, not a shortened HMC2107;
            # "7550-1 1845B": a date code and a site letter, not MAX1845B
        if pos > 0 and not stated and not habits:
            continue  # a maker known by a habit alone: only the first number, not lot codes after it
        if pos > 0 and not habits and any(whole_number_of(cat, part_key(t)) for t in ctx.readable[:pos]):
            continue  # "74HC595 ST 9A 804", "LM317T ST GK 812": what follows a whole number is its date or lot
            # code, not a shortened ST M25P804 or L3GK812
        fits = []
        documented = shortened_readings(cat, key, makers)
        for prefix in prefixes:
            expanded = expand(prefix, key)
            if expanded and len(expanded) - len(key) > 5:
                continue  # makers drop short prefixes (IR, LT, ADUM, the AT of AT45DB); a product name ("ISATPHONE") is never dropped
            rule = best_rule(cat, expanded) if expanded else None
            # The rule must cover the letters put back and at least one of the mark's own: a bare
            # maker prefix ("TL" of TL16C + "YF08E") fits anything and proves nothing.
            # A maker known only by a habit of its marking ('#' before the date, BRZ), not by name,
            # is a weaker sign: its rule must need two of the mark's characters, or any number at
            # all would become one of its parts ("25P16V6P #1737" as AD25P16V6P).
            own = 1 if rule is not None and (rule.manufacturer in stated or rule.manufacturer in habits) else 2
            # A documented shortening of the maker's ("54331" for TPS54331) needs no more than its rule.
            if expanded and rule is not None and rule.manufacturer in makers and rule.priority >= 50 and \
                    ((rule.match_end(expanded) or 0) >= len(expanded) - len(key) + own or expanded in documented):
                fits.append((expanded, rule, len(prefix)))
        # A prefix the maker drops only from some numbers is not put back on others when only a habit
        # of its marking names the maker (ADUM on "1201 BRZ", not on "9361 BBCZ"); a row naming the
        # maker may show any of its numbers ("AOS 4407A": AO4407A).
        fits = [f for f in fits if f[1].manufacturer in stated or f[0][:f[2]] not in shapes
                or shapes[f[0][:f[2]]].match(f[0])]
        if fits:
            # Of one maker's prefixes that fit ("ISL" and "HFA" + "6741"), the first whose family is
            # of the kind the row names, else the first: one that makes a catalogue part (TPS62130
            # for "62130", not SN62130) before others, then prefixes the maker is known to drop (AD,
            # ADUM), then the rule that needs most of the mark (AD8xxx for 8138ARZ over the bare
            # prefix ADHV, which fits any number), then the prefix that more of the mark already
            # shows (IS42 on "42S16320D", not IS34 with its 4 alone), then the longest prefix.
            fits.sort(key=lambda f: (f[0] not in documented, not catalogue_part(cat, f[0]), f[0][:f[2]] not in dropped,
                                     -((f[1].match_end(f[0]) or 0) - f[2]), len(f[0]) - len(key) - f[2], -f[2]))
            # One reading per maker: two makers' habits on one row ("6609CRZ": CRZ is ADI's grade-
            # package code and Intersil's temperature-package code) leave both for combine to weigh.
            # A maker whose expansion is a catalogue part (ADUM1201 for "1201CRZ") outranks one whose
            # rule merely fits (ISL1201).
            listed = [f for f in fits if catalogue_part(cat, f[0])]
            for maker in dict.fromkeys(f[1].manufacturer for f in listed or fits):
                own_fits = [f for f in fits if f[1].manufacturer == maker]
                expanded, rule, _ = next((f for f in own_fits if f[1].category in said), own_fits[0])
                why = next((w for w, m in ctx.marking.hints if m == rule.manufacturer), "")
                how = f"expanded {key} to {expanded}" + (f" ({why})" if why else "")
                out.append(family_candidate(rule, text, expanded, 0.7 if not why else 0.66, how))
    return out


def shortened_readings(cat: Catalog, key: str, makers: Iterable[str]) -> set[str]:
    """The orderable numbers the named makers' documented shortenings give a mark ("54331" is
    TI's TPS54331): such a reading goes before any other prefix that happens to fit (DAC54331)."""
    cat.ensure_indexed()
    if not cat.shortening_any.match(key):  # type: ignore[union-attr]
        return set()
    return {expanded for rule in cat.shortenings
            if any(in_line_of(cat, m, rule.manufacturer) for m in makers) and (expanded := rule.expanded(key)) is not None}


def catalogue_part(cat: Catalog, key: str) -> bool:
    """Whether a key is a catalogue part, or one with an ordering suffix of up to four characters."""
    return bool(catalogue_parts_of(cat, key))


def whole_number_of(cat: Catalog, key: str) -> bool:
    """Whether a key is a number in its own right: a catalogue part, or one a family rule reads with three or
    more fixed characters (LM317T; 74HC595, whose rule of no maker's prefix is weak), so that what follows it
    on the row is its date, lot or site line."""
    rule = best_rule(cat, key)
    return catalogue_part(cat, key) or (rule is not None and rule.priority >= WEAK_PRIORITY and rule.literal_length_for(key) >= 3)


def token_after(toks: list[str], text: str) -> str | None:
    """The token right after the number, where the number stands as a token of its own."""
    if text not in toks:
        return None
    i = toks.index(text)
    return toks[i + 1] if i + 1 < len(toks) else None


def carried_habits(toks: list[str], text: str) -> set[str]:
    """Makers whose ordering-code habit a number shows, joined to it or as the next token."""
    after = token_after(toks, text)
    return token_habits(text) | (token_habits(after) if after is not None else set())


def in_line_of(cat: Catalog, named: str, brand: str) -> bool:
    """Whether the named maker is the brand or a company that bought it, directly or down the chain (Maxim
    and Analog Devices for Dallas; not Linear Technology, another brand of Dallas' owner)."""
    return named == brand or named in cat.chain(brand)


def by_shortening(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Marks a maker prints shorter than the orderable number, expanded by its rule (32F030 -> STM32F030)."""
    cat.ensure_indexed()
    out = []
    for pos, text in enumerate(ctx.readable):
        key = part_key(text)
        if pos > 0 and dated_line(text):
            continue  # (a date code after the number is no shortened mark: "HMC5883L 2107" is no LTC2107,
            # nor is a letter and a date code: "K50T60 H1215" is no HMC1215)
        readings = [(key, "")]
        if not cat.shortening_any.match(key):  # type: ignore[union-attr]
            # An O or I typed between two digits of the mark ("VP1O50" for TI's VP1050).
            readings = [(v, how) for v, how in between_digits_variants(key, "OI") if cat.shortening_any.match(v)]  # type: ignore[union-attr]
        for (mark, slip), rule in itertools.product(readings, cat.shortenings):
            # A maker named in words counts for the brands it bought ("ADI 3789", "MAXIM 18B20"), not for its
            # owner's other brands ("DALLAS 2431" is no LTC2431); a marking habit only for the brand whose habit
            # it is ('#' before the date is Analog Devices', not Linear Technology's).
            if rule.needs_maker and not (any(in_line_of(cat, m, rule.manufacturer) for _, m in ctx.stated)
                                         or any(m == rule.manufacturer for _, m in ctx.marking.hints)):
                continue
            expanded = rule.expanded(mark)
            if expanded is None:
                continue
            family = best_rule(cat, part_key(expanded))  # (the key: "HCPL-0452" is written with its hyphen)
            # A mark of digits alone ("33172", "358") is the maker's only as the row's first number
            # on a row that names the kind of part its family makes: else a lot, a date or a count.
            if rule.needs_kind and (pos > 0 or family is None or not kind_fits(family.category, ctx.marking.words)):
                continue
            if any(c.manufacturer == rule.manufacturer for c in out):
                continue  # one reading per maker; another maker's shortening of the same shape is its own
            out.append(Candidate(
                manufacturer=rule.manufacturer, mpn=expanded, family=rule.family or None,
                category=family.category if family else None,
                method="family", score=rule.score - (0.05 if slip else 0),
                detail=f"shortened mark: {rule.manufacturer} prints {expanded} as {mark!r} ({rule.family}; {rule.origin.rsplit('/', 1)[-1]})"
                       + (f"; {slip}" if slip else ""),
                source=rule.source))
    return out


# Two runs of three or more digits with one or two letters between: a passive's size and value
# code (18125C105KAT2A, 0805B104K500), which no maker prints as a shortened IC number.
VALUE_CODE_SHAPE = re.compile(r"^[0-9]{3,}[A-Z]{1,2}[0-9]{3,}")
DIGIT_GROUPS = re.compile(r"^[A-Z]{0,3}[0-9]{1,3}[-/][0-9]")  # a short head, then digits after a hyphen


def lettered_date(key: str) -> bool:
    """A YYWW date code with a site or plant letter before or after it ("H1215", "1845B"), as lines
    under a number read; a letter after it only for a date of this century, since a number and its
    grade letter look the same ("8628A" is ADI's AD8628A, not 1986)."""
    return len(key) == 5 and (key[0].isalpha() and is_date_code(key[1:])
                              or key[-1].isalpha() and key[:2] < "30" and is_date_code(key[:-1]))


def dated_line(text: str) -> bool:
    """A date code, bare or with a site letter, as the lines after a number are."""
    return is_date_code(text) or lettered_date(part_key(text))


def first_number(readable: list[str]) -> list[str]:
    """The first candidate, or the second when the first is digits alone and the second does not
    hold them."""
    if len(readable) < 2:
        return readable[:1]
    first, second = part_key(readable[0]), part_key(readable[1])
    if (first.isdigit() or len(first) <= 3 and not is_date_code(second)) and first not in second and not lettered_date(second):
        return readable[1:2]  # (a date code with a site letter after digits is their lot line: "7550-1 1845B";
        # three characters are a class or a code: "(2SK) K3569")
    return readable[:1]


def restored_score(prefix: str, maker: str, rule: FamilyRule, words: list[str]) -> float:
    """A restored prefix's reading: possible; likely once the row's own words name the kind of part
    the maker's rule makes ("Transistor F3710Z", "Flash memory 25P64V6G"), two signs that agree.
    Logo-less logic (74) and JIS (2S) numbers stay possible: many makers print those."""
    if maker and not prefix.isdigit() and category_word(rule.category, words) is not None:
        return 0.68  # the category fit adds 0.02 (described_fit)
    return 0.62 if prefix.isdigit() or not maker else 0.6


def by_dropped_prefix(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A maker's prefix lost from the mark ("PS767D301" for TPS767D301), tried only where no rule fits.

    The expanded number must fit a rule of priority 70 or more (40 for logic) that needs two
    characters of the mark beyond the prefix and leads back to the maker that drops it; when
    several prefixes lead to different makers, all are kept, none above possible, and `combine`
    hedges the answer. One maker's restored number is likely when the row's word names its kind.
    A standard's prefix (JIS 2S: "C1815" for 2SC1815) leads to whichever maker's rule reads the
    number, the registrant's or the standard's own hedged one.
    """
    out: list[Candidate] = []
    said = described_kind(ctx.marking.words)
    if mechanical_word(ctx.marking):
        return out
    package = row_package(ctx.marking.text)  # "SOT-23 SG": a package and a code, not a number that lost a letter
    # Only the first number of the marking (where the part number stands; later tokens are lot and
    # date codes), or the next after a code of digits alone that it does not take in ("645 8572A":
    # a date or lot code first; but "LS 187" is one number, LS187), and only one shaped like a
    # part number.
    toks = tokens(ctx.marking.text)
    for text in first_number(ctx.readable):
        if said is None and rank_follows(text, toks):
            said = "discrete"  # "A1930 Y": a transistor's gain class after it, as a kind word would say
        key = part_key(text)
        digits = sum(c.isdigit() for c in key)
        letters = len(key) - len(key.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if len(key) < 4 or key.isdigit() or not (digits >= 3 or (letters >= 3 and digits >= 2)) or pins_shaped(latin(text.upper())):
            continue
        if VALUE_CODE_SHAPE.search(key):
            continue  # "18125C105KAT2A": size, dielectric and value of a capacitor, not a shortened IC
        if split_inside(text, len(key) + 1) or DIGIT_GROUPS.match(latin(text.upper())):
            continue  # "LS50-24", "17-21SURC": a number printed in groups is no shortened IC mark
        if own_prefix_before(cat, text, toks):
            continue  # "MSP 3410G", "HAL 3625": the number's own prefix is printed before it, apart
        current = best_rule(cat, key)
        if current is not None and current.priority >= WEAK_PRIORITY:
            continue
        typed = typed_small_variant(text)
        if typed[:1].isdigit() and key[:1] == "L":
            continue  # "l5ETH06": a small l typed for the number's first digit, no letter of a prefix
        slipped, used, _ = rule_with_slips(cat, key, typed)
        if slipped is not None and slip_explains(key, used, typed, slipped):
            continue  # a slip undone reads it ("F5USB30", "Hl-3282"): no prefix was lost as well
        found: dict[str, Candidate] = {}
        for prefix, maker, source, shape in cat.dropped_prefixes:
            full = prefix + key
            if shape is not None and not shape.match(full):
                continue  # not a number the maker prints without this prefix
            if maker and len(key) < 5:
                continue
            rule = best_rule(cat, full)
            # A standard prefix (JIS 2S) restores a standard number, which the registrant's own
            # rule reads, or on a row that calls it a transistor the standard's hedged rule; a
            # maker's prefix needs a rule of its own.
            floor = 40 if rule is not None and rule.category == "logic" else 70
            if not maker:
                if diode_row(ctx.marking.words):
                    continue  # JIS's 2S numbers are transistors': "Диод Шоттки B530C" is no 2SB530C
                if fet_row(ctx.marking.words) and full[2:3] in ("A", "B", "C", "D"):
                    continue  # JIS C 7012: 2SA-2SD are bipolar, a MOSFET is 2SJ or 2SK ("MOSFET D409 AO" is no 2SD409)
                floor = 40 if said == "discrete" else 60
            # The rule must need two characters of the mark beyond the prefix put back: "ADUM" +
            # anything fits the ADUM rule (prefix and one digit), which proves nothing; a bare 74
            # needs a logic family of two letters or more after it (74LCX14, not 74F3710Z).
            needed = len(prefix) + (3 if prefix.isdigit() else 2)
            if rule is None or rule.priority < floor or (rule.match_end(full) or 0) < needed:
                continue
            # The restored prefix must lead back to the maker that drops it (or, for the bare
            # 74 of logic, to a logic family): anything else is a coincidence of letters.
            fits = not maker or cat.same_company(rule.manufacturer, maker) or maker in rule.second_sources or \
                (prefix.isdigit() and rule.category == "logic")
            # A restored prefix makes a chip's number: a sensor or other rule counts as a chip's
            # against a row that calls the part a capacitor or a diode.
            if not fits or rule.manufacturer in found or (said and RULE_KIND.get(rule.category, "ic") != said) \
                    or rule.category in ruled_out_chips(ctx.marking.words):
                continue  # (nor a memory on a regulator's row: "Стабілізатор 178M05" is no AT17 EEPROM)
            found[rule.manufacturer] = Candidate(
                manufacturer=rule.manufacturer, mpn=full, family=rule.family or None, category=rule.category,
                # Logic top marks drop the 74 as a rule (LCX14, ACT244), JIS marks the 2S (C1815); a
                # maker's letters less often.
                method="family", score=restored_score(prefix, maker, rule, ctx.marking.words),
                detail=f"prefix {prefix!r} seems dropped from the mark: {key} read as {full}, which fits the "
                       f"{rule.manufacturer} {rule.family or rule.pattern} rule ({rule.origin.rsplit('/', 1)[-1]})",
                source=f"{source}; {rule.source}", second_sources=rule.second_sources, indirect=True)
        if not found and not PROTOCOL.match(key) and not (package and key.startswith(part_key(package))):
            # A slip undone reads it as it stands ("NH828O1GBM"), or a small l typed for 1 ("DTCl14EKA").
            if slipped is None or slipped.priority < WEAK_PRIORITY:
                # Below a maker's bare prefix as written, unless that prefix's kind is not the row's
                # ("temperature monitor AX6697": Actel's AX is an FPGA's, MAX6697 a monitor).
                below = current is not None and (current.category in ("", "other") or kind_fits(current.category, ctx.marking.words))
                found = lost_first_letter(cat, key, ctx.marking.words, below=below)
        if len(found) > 1:
            # Several makers' prefixes restore a number of theirs ("2940A" as LTC2940A, MAX2940A,
            # CY2940A): the row's word for the part cannot choose between them.
            found = {m: replace(c, score=min(c.score, 0.62)) for m, c in found.items()}
        out.extend(found.values())
    return out


def slip_explains(key: str, used: str, typed: str, rule: FamilyRule) -> bool:
    """Whether one character undone (`used` for `key`) reads the number well enough that no maker's
    prefix need be put back as well: into a rule of priority 60 or more, and the character a slip at
    an odd spot ("F5USB30"), a small l typed among capitals ("Hl-3282", `typed`), or a slip inside the
    rule's fixed characters, four or more of them."""
    if rule.priority < 60 or len(used) != len(key) or used == key:
        return False
    at = first_difference(key, used)
    fixed = rule.literal_length_for(used)
    return odd_spot(key, at) or used in (typed, small_l_as_i(key, typed)) or (fixed >= 4 and at < fixed)


DIODE_WORDS = frozenset({"diode", "diodes", "rectifier", "schottky", "zener", "tvs", "suppressor", "діод", "діода",
                         "діоди", "диод", "диода", "диоды", "шотткі", "шоттки", "стабілітрон", "стабилитрон"})


# Numbers of diodes (Zeners, switching and Schottky diodes, TVS and ESD arrays) and of transistors
# among the marking-code tables' parts: a code listed for both is read as the kind the row names.
DIODE_NUMBER = re.compile(r"(BZX|BZT|BZV|BAV|BAS|BAT|BAW|BAR|SMAJ|SMBJ|SMCJ|SMF|P6SMB|1SMB|1N|MMSZ|MMBZ|MM3Z|PESD|"
                          r"ESD|PZU|1SS|RB[0-9]|SS[1-9][0-9]?$|US[1-9]|ES[1-9]|MBR|SB[0-9]|UDZ|CDZ|RLZ)")
TRANSISTOR_NUMBER = re.compile(r"(MMBT|PMBT|BC[0-9]|BF[RS]?[0-9]|2N[0-9]|2S[ABCDJK]|S80|S90|SS8|DT[AC]|PDT|MUN|"
                               r"2SK|BSS|BSH|AO3|SI2|DMG|FDN|NTR|IRLML|MMUN)")
TRANSISTOR_WORDS = frozenset({"transistor", "transistors", "транзистор", "транзистора", "транзистори", "mosfet",
                              "bjt", "npn", "pnp"})


def row_device(words: list[str]) -> str | None:
    """The device the row's words name: "diode" or "transistor", None for neither or both."""
    transistor, diode = not {w.lower() for w in words}.isdisjoint(TRANSISTOR_WORDS), diode_row(words)
    return None if transistor == diode else "diode" if diode else "transistor"


def device_fit(mpn: str, device: str | None) -> int:
    """0 when a code's part is the device the row names (row_device), 1 when the row names neither
    or the part is of neither kind, 2 when it is the other kind."""
    key = part_key(mpn)
    is_diode, is_transistor = DIODE_NUMBER.match(key) is not None, TRANSISTOR_NUMBER.match(key) is not None
    if device is None or is_diode == is_transistor:
        return 1
    return 0 if is_diode == (device == "diode") else 2


# A JIS transistor's gain class, printed beside its number by Toshiba, Sanken and NEC ("A1930 Y",
# "C5198 O", "C2240 GR"): no chip's mark has it.
HFE_RANKS = frozenset({"O", "Y", "GR", "BL"})


def rank_follows(text: str, toks: list[str]) -> bool:
    """Whether an hFE rank letter stands right after the number in the marking."""
    return token_after([t.upper() for t in toks], text.upper()) in HFE_RANKS


def diode_row(words: list[str]) -> bool:
    """Whether the row calls the part a diode (and not a transistor too)."""
    lows = {w.lower() for w in words}
    return not lows.isdisjoint(DIODE_WORDS) and lows.isdisjoint({"transistor", "транзистор", "mosfet"})


FET_WORDS = frozenset({"mosfet", "mosfets", "fet", "p-channel", "n-channel", "мосфет", "польовий", "полевой"})


def fet_row(words: list[str]) -> bool:
    """Whether the row calls the part a field-effect transistor."""
    return not FET_WORDS.isdisjoint(w.lower() for w in words)


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PROTOCOL = re.compile(r"(RS|EIA|TIA)(232|422|423|485)")  # "RS-485/RS-422": a standard, no number that lost a letter


def lost_first_letter(cat: Catalog, key: str, words: list[str], below: bool) -> dict[str, Candidate]:
    """A number whose first letter was lost in transcription ("AX31855KASA" for MAX31855KASA,
    "TC3780EG" for LTC3780EG, "QP30N06L" for FQP30N06L), tried after the makers' known dropped
    prefixes found nothing: each letter put back whose number fits a family rule of priority 70 or
    more fixing three characters, the letter and two of the mark, on a row whose words name the
    rule's kind of part. Possible only: no maker drops these letters on purpose; a restored number
    the catalogue lists reads a little higher, one the mark fits a maker's bare prefix as written
    lower (`below`). `combine` hedges between makers."""
    found: dict[str, Candidate] = {}
    for letter in LETTERS:
        full = letter + key
        rule = best_rule(cat, full)
        if rule is None or rule.priority < 70 or rule.literal_length_for(full) < 3 or (rule.match_end(full) or 0) < 3:
            continue
        maker = cat.makers.get(rule.manufacturer)
        if rule.manufacturer in found or not kind_fits(rule.category, words) or maker is not None and maker.kind == "chinese-clone":
            continue  # a cloner's letter before anyone's number (LRC's L) fits whatever follows it
        if letter == "B" and full[1:2] in ("C", "D", "F", "U") and fet_row(words):
            continue  # Pro Electron's BC/BD/BF/BU are bipolar: "MOSFET D409" is no BD409
        listed = bool(cat.parts_extending(full, 1))
        # Below a maker's bare prefix as written (`below`: "NH82" of Intel's NH82801), else above
        # nothing; a listed number a little higher.
        # Among restorations, the rule fixing more of the number leads ("ST3243E" over "FT3").
        score = (0.57 if below else 0.61) + (0.02 if listed else 0) + min(rule.literal_length_for(full), 9) * 0.001
        found[rule.manufacturer] = Candidate(
            manufacturer=rule.manufacturer, mpn=full, family=rule.family or None, category=rule.category,
            method="family", score=score, indirect=True, source=rule.source, second_sources=rule.second_sources,
            detail=f"first letter seems lost in transcription: {key} read as {full}, which fits the "
                   f"{rule.manufacturer} {rule.family or rule.pattern} rule ({rule.origin.rsplit('/', 1)[-1]})"
                   + ("; the catalogue lists that number" if listed else ""))
    return found


# A part from a list the user imported (a maker's own catalogue, `tracer catalog import`) says
# whose number it is with more authority than the shape of another maker's family; the shipped
# parts (KiCad symbols) name one maker of numbers several make.
IMPORTED_BONUS, IMPORTED_MOST = 0.1, 0.87  # never confirmed on its own


def part_candidate(part: Part, text: str, method: str, score: float, how: str) -> Candidate:
    imported = part.origin.startswith("store:")
    return Candidate(
        manufacturer=part.manufacturer, mpn=part.mpn, family=part.family or None, category=part.category,
        method=method, score=min(score + IMPORTED_BONUS, IMPORTED_MOST) if imported else score,
        detail=f"{how}: {text!r} is {'imported' if imported else 'catalogue'} part {part.mpn} of {part.manufacturer} "
               f"({part.origin.rsplit('/', 1)[-1]})",
        source=part.source)


PRINTED_WITHOUT_SUFFIX = "printed without its ordering suffix"  # a longer catalogue part read from a shorter mark


def by_part(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Catalogue parts: the same number, the number less its ordering suffix, or a shortened mark."""
    out = []
    for text in ctx.readable:
        key = part_key(text)
        if len(key) < 4 or key.isdigit():
            continue
        if key in cat.parts:
            out.extend(part_candidate(p, text, "exact", 0.8 - later_penalty(cat, ctx, text, p.manufacturer), "exact")
                       for p in cat.parts[key])
            continue
        # One transcription slip away from a catalogue part ("HFAI8929BS" for HFA18929BS): a
        # specific orderable number, so more than a family's shape, but still a reading.
        slipped = [(v, how) for v, how in slip_variants(key) if v in cat.parts] if len(key) >= 6 else []
        if slipped:
            variant, how = slipped[0]
            out.extend(replace(part_candidate(p, text, "exact", 0.66, f"exact once a slip is undone ({how})"),
                               indirect=True) for p in cat.parts[variant])
            continue
        floor = max(5, int(len(key) * 0.6))
        for n in range(len(key) - 1, floor - 1, -1):
            if key[:n] in cat.parts:
                out.extend(part_candidate(p, text, "suffix", 0.74 - later_penalty(cat, ctx, text, p.manufacturer),
                                          f"ordering suffix {key[n:]} dropped") for p in cat.parts[key[:n]])
                break
        else:
            if len(key) >= 6:
                longer = cat.parts_extending(key)
                makers = {p.manufacturer for p in longer}
                if len(makers) == 1:
                    out.append(part_candidate(longer[0], text, "suffix", 0.7 - later_penalty(cat, ctx, text, longer[0].manufacturer),
                                              PRINTED_WITHOUT_SUFFIX))
    return out


def by_fuzzy(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Near misses (a slipped or dropped character) against catalogue parts sharing the first letters."""
    out = []
    for text in ctx.readable:
        key = part_key(text)
        if len(key) < 6 or key.isdigit() or key in cat.parts:
            continue
        # The narrowest block that holds anything: five leading characters, else four, else three
        # (a million-part catalogue has tens of thousands of keys under three letters).
        block = cat.parts_with_prefix(key[:5]) or cat.parts_with_prefix(key[:4]) or cat.parts_with_prefix(key[:3])
        if not block:
            continue
        hit = process.extractOne(key, block, scorer=fuzz.ratio, score_cutoff=88)
        if hit is None:
            continue
        match, similarity, _ = hit
        for p in cat.parts[match]:
            out.append(part_candidate(p, text, "fuzzy", 0.45 + (similarity - 88) / 100,
                                      f"similar ({similarity:.0f}%) to"))
    return out


def by_stated(cat: Catalog, ctx: Context) -> list[Candidate]:
    """The maker named in the row, as a logo word in the marking or in a manufacturer column."""
    out = []
    mpn = next((c for c in ctx.marking.candidates if any(ch.isalpha() for ch in c)), None)
    # A logo of two letters with no number beside it, on a row of a mechanical part or an assembly
    # ("Terminal block ST 2,5", "Thermal module Moskito TI"), is as likely a model's letters.
    other_kind = not ctx.marking.candidates and (mechanical_word(ctx.marking) or assembly_word(ctx.marking.words))
    # ...and so is one that the marking-code tables list, or one alone on a transistor's or diode's
    # row: "Transistor LG" is Toshiba's 2SC2712 of hFE rank GR as likely as LG's logo.
    small_code = not ctx.marking.candidates and described_kind(ctx.marking.words) in ("discrete", None)
    for written, maker in ctx.stated:
        listed_code = not ctx.marking.candidates and written.upper() in cat.topmarks
        code_like = len(written) <= 2 and (other_kind or small_code or listed_code)
        how = "is an alias of" if name_as_written(cat, written, maker) else \
            "reads, with a character lost or mistyped put right, as a name of"
        # A listed code read as a name is no name written on the part: it does not overrule the code's
        # reading, only leaves it in doubt ("Transistor LG": Toshiba's 2SC2712-GR, LG the other reading).
        out.append(Candidate(maker, latin(mpn.upper()) if mpn else None, None, None, "stated", 0.6 if code_like else 0.72,
                             f"the row names the maker: {written!r} {how} {maker}",
                             cat.makers[maker].source if maker in cat.makers else "manufacturers.csv",
                             indirect=code_like and listed_code))
    return out


def by_value_code(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A passive part's value code ("106C" on a tantalum chip), read only when the row names the kind."""
    words = {w.lower() for w in ctx.marking.words}
    # Value codes are not part-number candidates ("106C" reads as a value), so every token is tried,
    # and every pair of tokens for a code printed in two groups (KEMET's "476 16K").
    toks = [latin(t) for t in tokens(ctx.marking.text)]
    texts = (*toks, *(f"{a} {b}" for a, b in itertools.pairwise(toks)))
    out = []
    for code in cat.value_codes:
        if not code.words & words:
            continue
        text = next((t for t in texts if code.regex.match(t)), None)
        if text is not None:
            out.append(Candidate(
                code.manufacturer, latin(text), code.family or None, code.category, "topmark", code.score,
                f"value code: {text!r} on a part the row calls {' or '.join(sorted(code.words & words))} is a "
                f"{code.family} ({code.origin.rsplit('/', 1)[-1]})", code.source, second_sources=code.second_sources))
    return out


SMD_WORDS = {"smd", "code", "marking", "topmark", "top-mark"}
FILTER_WORDS = {"filter", "filters", "фільтр", "фильтр"}


SMALL_PACKAGE = re.compile(r"(T?SOT|SOD|SC)-?(?!223)\d{2,3}(-\d)?[A-Z]?")  # (SOT-223 has room for a number)


def row_package(text: str) -> str | None:
    """The package the row names ("SOT-23", "sot23", "SC-70"), folded, if any."""
    return next((p for p in map(token_package, tokens(text)) if p), None)


@lru_cache(maxsize=100_000)
def token_package(tok: str) -> str | None:
    up = latin(tok.upper()).strip(".,;:()")
    if up != "SMD" and (PACKAGE.match(up) or SMALL_PACKAGE.fullmatch(up)):
        return package_key(up)
    return None


# Words a row writes beside a marking code: never the code, nor the code less a site letter ("NPN" as NP).
CODE_NEIGHBOURS = frozenset({"SMD", "SMT", "NPN", "PNP", "CODE", "MARK", "ESD"}) | KIND_ABBREVIATIONS


def not_a_code(code: str) -> bool:
    """Whether a token is the package or the kind of part the row names, not its marking code."""
    return code in CODE_NEIGHBOURS or token_package(code) is not None


def by_topmark(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A small package's marking code, looked up with the package when the row gives one.

    Read only when the row names a package or calls the text a code: two or three characters
    are otherwise as likely a lot code. Every maker that uses the code stays in the answer.
    """
    package = row_package(ctx.marking.text)
    if package is None and not SMD_WORDS & {w.lower() for w in ctx.marking.words}:
        return described_topmark(cat, ctx) or lone_discrete_code(cat, ctx)
    if described_kind(ctx.marking.words) == "passive" and FILTER_WORDS.isdisjoint(w.lower() for w in ctx.marking.words):
        return []  # "SMD resistor 301": a value code; the tables hold semiconductors' codes (and EMI filter chips')
    for tok in tokens(ctx.marking.text):
        code = written_code(tok)
        if not 2 <= len(code) <= 5 or not_a_code(code):
            continue
        if prose_word(tok):
            continue  # "Low saturation NPN transistor SOT-23 617": the description's word, not Toshiba's LO
        if code.isdigit() and len(code) == 4:
            continue  # "2301": a YYWW date code, not a marking code less a site character
        for variant in code_readings(code):
            marks = [m for m in cat.topmarks.get(variant, []) if package is None or not m.package or m.package == package]
            if marks:
                c = topmark_candidate(cat, variant, marks, package, trimmed=variant != code, printed=code,
                                      site=site_letter(tok, variant), device=row_device(ctx.marking.words))
                if digital_row_for_analog_code(ctx.marking.words, c.category):
                    # "8-bit AVR microcontroller SOT-23-6 T4C": a temperature sensor's code on a row that
                    # names a processor, a memory or an interface chip is a possible reading only.
                    c = replace(c, score=min(c.score, POSSIBLE_CAP), detail=f"{c.detail}; the row names another kind of chip")
                return [c]
    return []


# Kinds of part no transistor's or diode's row can be.
CHIP_ONLY_CATEGORIES = frozenset({"mcu", "memory", "dsp", "fpga", "data-converter", "interface"})
# Capitals and a small s after them: Infineon's (ex-Siemens) site letter beside a letter code ("AMs").
LOWER_SITE = re.compile(r"[A-Z]{2,3}s")


# The score a reading gets when it may be right but the row says something against it: possible.
POSSIBLE_CAP = 0.55


def digital_row_for_analog_code(words: list[str], category: str | None) -> bool:
    """Whether the row names a kind of chip that small-package codes never stand for (a microcontroller,
    a memory, an FPGA, a converter or an interface chip) and the code's part is of another kind."""
    said = categories_said(words)
    digital = said & CHIP_ONLY_CATEGORIES
    return bool(digital) and category not in said


def prose_word(tok: str) -> bool:
    """Whether a token is a word of the description as written ("Low", "Dual"): letters only, three or
    more, a capital and small letters after it (a code typed in small letters, "gem", is read; so is one
    with a maker's small site letter, "AMs")."""
    return tok.isalpha() and len(tok) >= 3 and tok[0].isupper() and tok[1:].islower()


def code_readings(code: str) -> list[str]:
    """A marking code as transcribed, then less the site letter a maker prints beside it (1AM W,
    1AW): a letter, at either end; a digit there belongs to the code."""
    trims = [v for v, cut in ((code[:-1], code[-1]), (code[1:], code[0])) if cut.isalpha()]
    return list(dict.fromkeys((code, *trims)))


def written_codes(text: str) -> Iterator[str]:
    """Each token of the row as a marking code would be looked up."""
    return (written_code(tok) for tok in tokens(text))


# The site letter beside a small-signal part's code, as its maker's datasheet gives it: Infineon (ex-
# Siemens) prints a small s after it ("1Fs"); Philips, NXP and Nexperia a small p or t, or a W, for
# the assembly site, after the code or before it ("1Ft", "A7p", "W1A"). Other makers print no such letter.
SITE_LETTER_MAKERS = {"s": frozenset({"Infineon Technologies", "Siemens"}),
                      **dict.fromkeys("ptW", frozenset({"Nexperia", "NXP Semiconductors", "Philips"}))}


def site_letter(tok: str, variant: str) -> str:
    """The letter a code as written carries beside the listed code, as typed: after it ("1Ft" for 1F:
    "t"), or before it as Philips, NXP and Nexperia print it on some parts ("W1A", "t2A")."""
    raw = latin(tok).strip(".,;:()-")
    if len(raw) != len(variant) + 1:
        return ""
    if raw[:-1].upper() == variant:
        return raw[-1]
    return raw[0] if raw[1:].upper() == variant and raw[0] in "ptW" else ""


def described_topmark(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A marking code of four or five characters with two letters ("BOGI") on a row that names no
    package: read when one maker's table lists it and the row's word for the part fits that part's
    family ("16-bit ADC ... BOGI"); or, one of three letters or more, as the row's first number on a
    row that says only chip or nothing ("BOGI 93K", "Мікросхема PHOI"): what a small package prints,
    over its lot line. Possible only, below a code read with its package."""
    codes = list(written_codes(ctx.marking.text))
    first = next((c for c in codes if c in cat.topmarks or any(ch.isdigit() for ch in c)), "") \
        if only_says_chip(ctx.marking.words) else ""
    for code in codes:
        if not 4 <= len(code) <= 5 or sum(ch.isalpha() for ch in code) < 2 or not_a_code(code):
            continue
        marks = cat.topmarks.get(code, [])
        if not marks or len({m.manufacturer for m in marks}) > 1 or len({m.mpn for m in marks}) > 1:
            continue
        family = best_rule(cat, part_key(marks[0].mpn))
        vocab = CATEGORY_WORDS.get(family.category if family is not None else "", set())
        named = not vocab.isdisjoint(w.lower() for w in ctx.marking.words)
        if not named and not (code == first and sum(ch.isalpha() for ch in code) >= 3):
            continue
        c = topmark_candidate(cat, code, marks, None, trimmed=False, printed=code)
        why = f"the row's words name the part's kind ({family.category})" if named else \
            "the code leads a row that names no other kind of part"
        return [replace(c, score=0.58 if named else 0.55, detail=f"{c.detail}; {why}")]
    return []


def value_keys(toks: list[str]) -> set[str]:
    """The keys of the row's numbers that are values with their unit after them ("600 W", "5 V",
    "±250 V", "750 V/us"): a description's figures, not part numbers."""
    return {part_key(toks[i - 1]) for i in range(1, len(toks))
            if is_unit_after_value(toks, i) or "/" in toks[i] and UNIT.match(toks[i - 1] + toks[i])}


# A short lot or date line under a code: a pair with a digit ("K2", "9B", "W8"), or three characters
# with a digit and a letter ("8AK"; "724" alone may be part of a number).
SHORT_LOT = re.compile(r"(?=.*[0-9])[A-Z0-9]{2}|(?=.*[0-9])(?=.*[A-Z])[A-Z0-9]{3}")


def lone_discrete_code(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A row that is only a part's description and one short code after it ("NPN transistor 1Ft",
    "Switching diode A7", "PNP transistor 2A M" with a date letter, "Single Schmitt-trigger inverter
    C14"): the code is what the small package shows, read as the makers' tables list it (less a site
    letter), on a transistor's or diode's row, or a chip's whose words name the listed part's kind.
    Possible only, every maker of the code kept: with no package named, the same characters may
    stand on another package's part."""
    toks = tokens(ctx.marking.text)
    kind = described_kind(ctx.marking.words)
    if len(toks) < 2 or kind not in ("discrete", "ic", None):
        return []
    last = -2 if len(toks) >= 3 and len(toks[-1]) == 1 and toks[-1].isalpha() else -1  # a date letter after it
    beside = {part_key(d) for d in ctx.marking.date_codes}  # the date codes, and a lot line after the code
    if len(toks) >= 3 and part_key(toks[-1]) in beside and len(part_key(toks[-1])) == 4:
        last = -2  # "TVS diode KE 2219": the code, then its YYWW date code
    elif len(toks) >= 3 and SHORT_LOT.fullmatch(toks[-1]) and 3 <= len(part_key(toks[-2])) <= 4 \
            and any(ch.isdigit() for ch in toks[-2]):
        last = -2  # "Buffer 7Z25 9B": a code of three or four characters, then a short lot or date line
        beside.add(part_key(toks[-1]))
    code = written_code(toks[last])
    if not 2 <= len(code) <= 4 or not_a_code(code) or code.isdigit() and len(code) == 4:
        return []
    values = value_keys(toks)  # "600 W", "5 V"
    at = len(toks) + last
    joins = {part_key("".join(toks[j:k])) for j in range(at + 1) for k in range(at + 1, len(toks) + 1)}  # "NPN 1P M"
    if any(part_key(c) not in (*joins, *values, *beside) for c in ctx.marking.candidates):
        return []  # another number or code on the row: the short one may be a lot or a grade
    device = row_device(ctx.marking.words)
    # Less a site letter only beside a digit: letters alone ("HFE") are a word when not a code as listed,
    # unless the site letter is written small after capitals as Infineon prints it ("AMs").
    small_site = LOWER_SITE.fullmatch(latin(toks[last]).strip(".,;:()-")) is not None
    for variant in code_readings(code) if any(ch.isdigit() for ch in code) or small_site else [code]:
        marks = cat.topmarks.get(variant, [])
        if not marks or min(device_fit(m.mpn, device) for m in marks) == 2:
            continue  # "Діод Шотткі B14": a code the tables list for transistors only is no diode's
        c = topmark_candidate(cat, variant, marks, None, trimmed=variant != code, printed=code,
                              site=site_letter(toks[last], variant), device=device)
        generic = kind == "ic" and only_says_chip(ctx.marking.words)
        if kind == "discrete" and c.category in CHIP_ONLY_CATEGORIES:
            return []  # "Transistor T10": a microcontroller's code is no transistor's or diode's
        if kind != "discrete" and not generic and not kind_fits(c.category or "", ctx.marking.words):
            return []  # a chip's row must name the listed part's kind ("inverter" for SN74LVC1G14)
        if generic and len({m.manufacturer for m in marks}) > 1:
            return []  # "Microcircuit 1A": a code several makers print, on a row that names no kind of part
        # "Microcircuit BOGI": a row that only says chip leaves the code weaker than one whose kind fits.
        return [replace(c, score=min(c.score, 0.52 if generic else 0.55),
                        detail=f"{c.detail}; the row is a part's description and this code alone")]
    return []


def site_maker_marks(cat: Catalog, marks: list[TopMark], by_site: frozenset[str]) -> list[TopMark]:
    """The marks, with the part of the first put down for the maker a site letter names when the
    table lists no mark of that maker's but its family rule has the maker as originator or second
    source (Infineon's "2Gs": BC850C, listed for Nexperia's 2G)."""
    if not by_site or any(m.manufacturer in by_site for m in marks):
        return marks
    rule = best_rule(cat, part_key(marks[0].mpn))
    lead = next((m for m in sorted(by_site) if rule is not None and (rule.manufacturer == m or m in rule.second_sources)), None)
    if lead is None:
        return marks
    made = replace(marks[0], manufacturer=lead, source=f"{marks[0].source}; {lead} makes {marks[0].mpn} too: {rule.source}")
    return [made, *marks]


def topmark_candidate(cat: Catalog, code: str, marks: list[TopMark], package: str | None, trimmed: bool,
                      printed: str, site: str = "", device: str | None = None) -> Candidate:
    # A site letter that one line of makers prints puts that line first ("1Ft": Nexperia's BC847B),
    # also where the table lists the code for others only but that line makes the part ("2Gs"); a
    # maker whose part is the device the row names comes before one whose part is not ("Transistor
    # Y1": CJ's SS8050 before the Zeners that print Y1 too); the others stay listed.
    by_site = SITE_LETTER_MAKERS.get(site, frozenset())
    marks = site_maker_marks(cat, marks, by_site)
    fit: dict[str, int] = {}
    for m in marks:
        fit[m.manufacturer] = min(fit.get(m.manufacturer, 2), device_fit(m.mpn, device))
    marks = sorted(marks, key=lambda m: (fit[m.manufacturer], m.manufacturer not in by_site))
    # Then the maker listed first in the table leads, Western makers (the usual originators) before clones.
    makers = sorted(dict.fromkeys(m.manufacturer for m in marks),
                    key=lambda m: (fit[m], cat.makers[m].kind != "western" if m in cat.makers else True))
    first = makers[0]
    mpns = list(dict.fromkeys(m.mpn for m in marks if m.manufacturer == first))
    listing = "; ".join(dict.fromkeys(f"{m.mpn} ({m.manufacturer})" for m in marks))  # SOT-346 and SC-59 rows are one
    where = f"on {package}" if package else "(no package given)"
    score = (0.74 if package else 0.6) - (0.05 if trimmed else 0)
    rival_parts = len({m.mpn for m in marks}) > 1
    site_note = f"; the site letter {site!r} is how {marks[0].manufacturer} prints it" if marks[0].manufacturer in by_site else ""
    detail = (f"marking code {code!r}{' (from ' + repr(printed) + ', less a site letter)' if trimmed else ''} {where}: "
              f"{listing} ({marks[0].origin.rsplit('/', 1)[-1]}){site_note}")
    # The part's kind from its family rule: a marking code is printed on LDOs and logic too.
    family = best_rule(cat, part_key(mpns[0]))
    category = family.category if family is not None and family.category in SEMICONDUCTOR_CATEGORIES else "discrete"
    return Candidate(first, " or ".join(mpns), None, category, "topmark", score - (0.1 if rival_parts else 0),
                     detail, marks[0].source, second_sources=tuple(makers[1:]))


def by_habit(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A maker whose marking habit (ADI's '#YYWW', TI's 'G4') or trademark (HEXFET) the row shows: never more than possible."""
    stated = {m for _, m in ctx.stated}
    mpn = next((c for c in ctx.marking.candidates if any(ch.isalpha() for ch in c) and any(ch.isdigit() for ch in c)), None)
    return [Candidate(maker, latin(mpn.upper()) if mpn else None, None, None, "stated", 0.5,
                      f"the row shows a sign of {maker}: {why}; no catalogue part or rule of {maker} "
                      f"recognises the number", "markings.py HABITS; trademarks.csv", indirect=True)
            for why, maker in ctx.marking.hints if maker not in stated]


# Linear Technology's SO-8 part marking: the bare number ("1001", "6203I") over the date code
# (datasheets list it as the part marking of LT1001CS8). The row's word for the part must fit the
# family the restored number reads: LT1xxx analog, LTC3xxx/4xxx/7xxx power, LT6xxx amplifiers.
# "69461": LTC6946-1; "237820": LTC2378-20 (an option of two digits: bits, a voltage); "112933":
# LT1129-3.3, a SOT-223 regulator's voltage written without its point.
LT_BARE = re.compile(r"^([1-8][0-9]{3})([1-9]|[12][0-9]|3[0-3])?(I|C|H|A|AI|AC)?$")
# Linear's own marking code, LT and three letters, as its small packages print it ("LTBAP", "LTFYE"):
# beside a bare number, as good a sign of Linear as its logo.
LT_MARK_CODE = re.compile(r"LT[A-Z]{3}")
LT_BARE_SHORT = re.compile(r"^([4-6][0-9]{2})()(I|C)?$")  # "690 LT": LTC690, read only beside the logo
LT_KIND_WORDS = {
    "amplifier": ("amplifier", "amp", "op-amp", "opamp", "підсилювач", "усилитель", "comparator", "компаратор",
                  "lowpass", "low-pass", "bandpass", "band-pass", "highpass", "high-pass"),  # Linear's active filters
    "power": ("regulator", "stabilizer", "converter", "controller", "ldo", "driver", "стабілізатор", "стабилизатор",
              "перетворювач", "преобразователь", "контролер", "контроллер", "драйвер", "reference", "supervisor",
              "supervisory", "watchdog", "step-down", "step-up", "buck", "boost", "buck-boost", "switcher",
              "monitor", "монітор", "монитор", "stopper", "charger", "high-side", "low-side", "sequencer", "hot-swap"),
    "data-converter": ("adc", "dac", "ацп", "цап"),
    "rf": ("synthesizer", "synthesiser", "pll", "mixer", "modulator", "demodulator", "синтезатор", "смеситель",
           "змішувач", "модулятор", "демодулятор", "detector", "детектор"),
    "interface": ("transceiver", "трансивер", "приемопередатчик", "приймач", "interface", "інтерфейсу", "интерфейса"),
}
# The rule categories of Linear's restored number that each kind of row word accepts.
LT_KIND_FITS = {"amplifier": ("amplifier", "analog"), "power": ("power", "analog"), "interface": ("interface", "analog"),
                "data-converter": ("data-converter", "analog"), "rf": ("rf", "timing", "amplifier", "analog")}


# Prefixes of the numbers that many makers print bare or second-source (LM2576, UC3843, NJM4558,
# AMS1117, TP4056; not Maxim's, which keeps its MAX on the mark): a bare number one of them makes a
# catalogue part is not Linear's on a row that only says chip.
GENERIC_PREFIXES = ("LM", "UC", "NE", "TL", "UA", "MC", "RC", "NJM", "KA", "AMS", "LD", "AP", "TP")


def others_number(cat: Catalog, digits: str) -> bool:
    """Whether a bare number with one of GENERIC_PREFIXES before it is a catalogue part of another
    maker's (LM2576T, UC3843B, NJM4558D; not LM25760: a longer number)."""
    for prefix in GENERIC_PREFIXES:
        key = prefix + digits
        for part in cat.parts_extending(key, 20):
            rest = part_key(part.mpn)[len(key):]
            if part.manufacturer != "Linear Technology" and not rest[:1].isdigit():
                return True
    return False


def by_bare_number(cat: Catalog, ctx: Context) -> list[Candidate]:
    """A four-digit first number over a date code (JEDEC's lead-free mark "e3"/"e4" may stand between),
    or ending a row that names an analog, power, RF or interface part, calls it a chip or shows
    Linear's logo: Linear Technology's SO-8 marking, restored as LT or LTC (the one the catalogue
    lists, if either) and read by that maker's rules; beside the logo a three-digit number too
    ("690 LT": LTC690). Possible only: other makers print bare numbers too, so on a row with neither
    the logo nor a word for the kind of part, a number that a common second-sourced prefix makes a
    catalogue part (LM2576, NJM4558) is left alone. Linear's logo written as 'LT' lifts it a little;
    a number with no date code under it is weaker."""
    toks = ctx.capitals
    kinds = kinds_named(ctx.marking.words)
    logo = not LINEAR_LOGOS.isdisjoint(toks) or any(LT_MARK_CODE.fullmatch(t) for t in toks)
    said = described_kind(ctx.marking.words)  # "ic" for "Microcircuit 8610", None with no word for the part
    # A row that says only chip, or nothing: no word for a kind of part Linear does not make ("EEPROM").
    chip = said is None or said == "ic" and only_says_chip(ctx.marking.words)
    if not (kinds or logo and said in (None, "ic") or chip) or not ctx.readable or mechanical_word(ctx.marking):
        return []
    package = row_package(ctx.marking.text)
    if package is not None and SMALL_PACKAGE.fullmatch(package):
        return []  # "SOT-23-6 3201": Linear marks SOT-23 and SC-70 parts with letter codes, not the number
    values = value_keys(ctx.capitals)  # "±250 V input range difference amplifier 1990 2109"
    first = next((k for k in map(part_key, ctx.readable) if k not in values), "")
    m = LT_BARE.match(first) or (LT_BARE_SHORT.match(first) if logo else None)
    keys = [part_key(t) for t in toks]  # "6946-3" is written with its hyphen
    if m is None or first not in keys:
        return []
    # The logo, or JEDEC's lead-free mark ("3789 e4 1433"), may stand between them.
    at = keys.index(first) + 1
    rest = [t for t, o in zip(toks[at:], tokens(ctx.marking.text)[at:], strict=True)
            if t not in LINEAR_LOGOS and not LT_MARK_CODE.fullmatch(t) and not LEAD_FREE_MARK.fullmatch(latin(o))]
    after = rest[0] if rest else ""
    dated = after.isdigit() and len(after) == 4 and is_date_code(after)
    # Over its date code ("Chip 2440 0923", "1112 0318") or ending a row that calls it a chip
    # ("Microcircuit 8610"); a number alone with no word for the part could be anyone's.
    if not (dated or not rest and (kinds or logo or chip and said == "ic")):
        return []
    if not (kinds or logo) and any(part_key(c) != first and part_key(c).endswith(first) for c in ctx.marking.candidates):
        return []  # "Microcircuit BOGI 1823": read joined to a code before it, the number is that code's date
    if not (kinds or logo) and (others_number(cat, m.group(1)) or m.group(2)):
        # "Microcircuit 2576": LM2576's number as much as any LT part's; "Мікросхема 33272" onsemi's
        # MC33272 as likely as an option of LTC3327.
        return []
    option = m.group(2)
    if option == "33" or (option in ("18", "25", "28") and "power" in kinds):
        option = f"{option[0]}.{option[1]}"  # a regulator's voltage (no converter has 33 bits; 12 and 15 are volts)
    number = m.group(1) + (f"-{option}" if option else "") + (m.group(3) or "")
    guess = ("LTC", "LT") if m.group(1)[0] in "2347" or len(m.group(1)) == 3 else ("LT", "LTC")
    full = next((g + number for g in guess if cat.parts_extending(part_key(g + number), 1)), guess[0] + number)
    rule = best_rule(cat, full)
    if rule is None or rule.manufacturer != "Linear Technology" or rule.priority < 70 or \
            (kinds and not any(rule.category in LT_KIND_FITS[k] for k in kinds)):
        return []
    how = f"'{first} {after}' is how Linear Technology marks its SO-8 parts" if dated else \
        f"'{first}', a bare number ending the row, is how Linear Technology marks its SO-8 parts (no date code seen)"
    return [Candidate(
        manufacturer=rule.manufacturer, mpn=full, family=rule.family or None, category=rule.category, method="family",
        score=(0.64 if logo else 0.61 if kinds else 0.58) - (0 if dated else 0.03), indirect=True, source=rule.source,
        detail=f"bare number: {how} (LT or LTC dropped), read as {full}, which fits the {rule.family or rule.pattern} "
               f"rule ({rule.origin.rsplit('/', 1)[-1]})" + ("; the row also shows Linear's logo" if logo else ""))]


METHODS: tuple[Callable[[Catalog, Context], list[Candidate]], ...] = (
    by_part, by_fuzzy, by_family, by_lost_character, by_expansion, by_shortening, by_dropped_prefix, by_stated,
    by_habit, by_value_code, by_topmark, by_bare_number,
)


def gather(cat: Catalog, ctx: Context) -> list[Candidate]:
    """Every method's candidates, in METHODS order (equal scores keep that order), readings across
    a marking code and its date line held down (code_and_date_apart)."""
    cands = [c for method in METHODS for c in method(cat, ctx)]
    return short_name_of_longer(cat, ctx, chip_on_module_row(cat, ctx, code_and_date_apart(cat, ctx, cands)))


def short_name_of_longer(cat: Catalog, ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Readings of a number the row also writes inside a longer ordering code, which another maker's
    specific rule reads (priority 80 or more, three fixed characters), weigh less: the short number is
    that part's series name ("i.MX RT1015 MIMXRT1015DAF5A": NXP's crossover MCU, not Realtek's RT1015)."""
    longer = []
    for text in ctx.marking.candidates:
        key = part_key(text)
        rule = best_rule(cat, key) if len(key) >= 8 else None
        if rule is not None and rule.priority >= 80 and rule.literal_length_for(key) >= 3:
            longer.append((key, rule, text))
    if not longer:
        return cands

    def holder(c: Candidate) -> str | None:
        # The longer code's rule must read into the short number: "ESP32 RAK11200" joined is two numbers.
        k = part_key(c.mpn or "")
        return next((t for key, rule, t in longer if len(k) >= 4 and len(key) >= len(k) + 3 and k in key
                     and not key.startswith(k) and reads_into(rule, key, key.index(k))
                     and not cat.same_company(rule.manufacturer, c.manufacturer)), None)

    return [replace(c, score=c.score - 0.15, detail=f"{c.detail}; the series name of {t}, which the row writes in full")
            if c.method != "stated" and (t := holder(c)) else c for c in cands]


def chip_on_module_row(cat: Catalog, ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """On a module's row (module_reading), other makers' readings of the row's other numbers weigh
    less: they name the chip the module carries ("Bluetooth module (nRF52832) E73-2G4M04S1B": Ebyte's E73)."""
    module = ctx.module
    if module is None:
        return cands
    chips = [part_key(t)[:4] for t in ctx.marking.candidates if t != module[0]]
    return [replace(c, score=c.score - 0.15, detail=f"{c.detail}; the chip a module's row names, beside the module {module[0]}")
            if c.mpn and part_key(c.mpn).startswith(tuple(chips)) and not cat.same_company(c.manufacturer, module[1]) else c
            for c in cands]


def code_and_date_apart(cat: Catalog, ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """On a row naming a package, a listed marking code and the date line under it ("SMB MT 2213",
    "SOT23-5 LBAA 2211") are the top side's two lines. A number read from them joined is possible at
    most when nothing in a small package can be it (EMAX's MT2213 motor) or its rule fixes no more
    than the code (Murata's LBAA modules); Littelfuse's SP0503 in "SOT23 SP 0503" stays a reading."""
    package = row_package(ctx.marking.text)
    if package is None or not any(c.method == "topmark" for c in cands):
        return cands
    toks = [latin(t.upper()).strip(".,;:()") for t in tokens(ctx.marking.text)]
    joins = {a + b: len(a) for a, b in zip(toks, toks[1:], strict=False)
             if date_line(b) and any(not m.package or m.package == package for m in cat.topmarks.get(a, []))}

    def implausible(c: Candidate) -> bool:
        key = part_key(c.mpn or "")
        if c.method == "topmark" or key not in joins:
            return False
        rule = best_rule(cat, key)
        return (c.category or "") not in SEMICONDUCTOR_CATEGORIES or rule is None or rule.literal_length_for(key) <= joins[key]

    return [replace(c, score=min(c.score, 0.55), detail=c.detail + "; read across a marking code and its date line")
            if implausible(c) else c for c in cands]


def date_line(token: str) -> bool:
    """A YYWW date code of 1995 to 2039 ("SS 8050" is SS8050, not a code made in 1980)."""
    return is_date_code(token) and not 40 <= int(token.lstrip("#")[:2]) <= 94  # (ADI's "#1923" too)


IC_CATEGORIES = {"mcu", "processor", "dsp", "fpga", "cpld", "memory", "analog", "amplifier",
                 "data-converter", "power", "interface", "logic", "rf", "timing"}
# Words naming things that are not integrated circuits: a semiconductor rule firing on their
# model numbers ("Connector 9001-15321", "Brake chamber SN7307") is a coincidence of shape.
MECHANICAL = {
    "connector", "connectors", "plug", "socket", "jack", "cable", "cables", "wire", "brake", "chamber",
    "tire", "tires", "tyre", "tyres", "turbocharger", "engine", "motor", "servo", "battery",
    "camera", "lens", "propeller", "gearbox", "pump", "valve", "bearing", "harness", "toggle",
    "terminal", "alternator", "starter", "compressor", "mechanism", "cooler", "fan",
    "antenna", "cylinder", "carburetor", "carburettor", "belt", "injector", "piston", "radiator", "dryer",
    # Equipment: a router's or a radio set's model is no chip's ("Router CPE510", "Radio station GP340").
    "router", "роутер", "маршрутизатор", "радіостанція", "радиостанция", "рація", "рация", "walkie-talkie",
    # Instruments: a multimeter's or an analyser's model number is no chip's ("Hioki IR4056-20").
    "multimeter", "oscilloscope", "analyzer", "analyser", "tester", "wattmeter", "reflectometer",
    "мультиметр", "осцилограф", "осциллограф", "тестер",
    # Russian and Ukrainian
    "разъем", "разъём", "соединитель", "вилка", "розетка", "кабель", "провід", "провод",
    "гальмо", "тормоз", "турбокомпресор", "турбокомпрессор", "двигун", "двигатель",
    "мотор", "електродвигун", "электродвигатель", "сервопривід", "сервопривод", "акумулятор", "аккумулятор",
    "батарея", "камера", "объектив", "пропелер", "пропеллер", "гвинт", "винт", "редуктор",
    "насос", "клапан", "підшипник", "подшипник", "джгут", "жгут", "тумблер", "клема", "клемма",
    "стартер", "компресор", "компрессор", "механізм", "механизм", "вентилятор", "кулер", "антена", "антенна",
    "циліндр", "цилиндр", "карбюратор", "ремінь", "ремень", "форсунка", "поршень", "радіатор", "радиатор", "осушувач", "осушитель",
}
SEMICONDUCTOR_CATEGORIES = IC_CATEGORIES | {"discrete", "sensor", "optoelectronics"}
OPTICAL = {"camera", "lens", "камера", "объектив"}
# An antenna's own rules (Johanson 2450AT, TDK ANT, Taoglas) still apply to it; other RF rules do not
# ("Antenna MGA-2400" is no Avago amplifier).
ANTENNAS = {"antenna", "антена", "антенна"}


def applies_to_thing(category: str | None, family: str | None, thing: str) -> bool:
    """Whether a rule of this category and family can read the number of the thing a row describes
    (a connector, a motor, a camera): not a semiconductor family, but a camera or lens holds an image
    sensor, and an antenna's own rules apply to it."""
    spared = {"sensor", "optoelectronics"} if thing in OPTICAL else set()
    return (category or "") not in SEMICONDUCTOR_CATEGORIES - spared \
        or (thing in ANTENNAS and "antenna" in (family or "").lower())


# What the row's description says the part is, coarsely: a discrete device, a passive one, or an
# integrated circuit. A rule for the other kind firing on its number is a coincidence of shape.
KIND_WORDS = {
    "discrete": {"transistor", "transistors", "mosfet", "mosfets", "moh", "igbt", "thyristor", "triac",
                 "diode", "diodes", "rectifier", "schottky", "zener", "tvs", "suppressor", "suppressors",
                 # Russian and Ukrainian
                 "транзистор", "транзистора", "транзистори", "транзисторы", "діод", "діода", "діоди", "диод",
                 "диода", "диоды", "стабілітрон", "стабилитрон", "тиристор", "симістор", "симистор",
                 "випрямляч", "выпрямитель", "супресор", "супрессор",
                 # the adjective and plural forms ("Діодний міст", "Мост диодный", "збірка діодів")
                 "діодний", "діодна", "діодні", "діодів", "диодный", "диодная", "диодные", "диодов",
                 "транзисторів", "транзисторов", "тиристори", "тиристоры"},
    "passive": {"capacitor", "capacitors", "resistor", "resistors", "inductor", "inductors", "coil",
                "inductance", "choke", "ferrite", "fuse", "varistor", "thermistor", "filter", "filters",
                "конденсатор", "конденсатора", "конденсатори", "конденсаторы", "резистор", "резистора",
                "резистори", "резисторы", "дросель", "дроссель", "котушка", "катушка", "індуктивність",
                "индуктивность", "запобіжник", "предохранитель", "варистор", "термістор", "терморезистор",
                "фільтр", "фильтр"},
    # A crystal or a resonator: its can shows a maker's logo and a frequency, not a chip's number.
    "crystal": set(CRYSTAL_WORDS),
    "ic": {"microcircuit", "microcontroller", "microprocessor", "processor", "controller", "transceiver",
           "chip", "eeprom", "fpga", "cpld", "dsp", "amplifier", "comparator", "regulator", "converter",
           "driver", "receiver", "interface", "memory", "adc", "dac", "multiplexer", "synthesizer",
           "equalizer", "transmitter", "stabilizer", "charger", "gauge", "ic", "soc",
           "мікросхема", "мікросхеми", "микросхема", "микросхемы", "мікроконтролер", "микроконтроллер",
           "мікропроцесор", "микропроцессор", "процесор", "процессор", "контролер", "контроллер", "трансивер",
           "трансівер", "чип", "чіп", "підсилювач", "усилитель", "компаратор", "стабілізатор", "стабилизатор",
           "перетворювач", "преобразователь", "драйвер", "приймач", "приемник", "інтерфейс", "интерфейс",
           "память", "ацп", "цап", "мультиплексор", "синтезатор", "передавач", "передатчик", "плис", "пліс"},
}
# Abbreviations naming an IC that KIND_WORDS leaves out (they would cap discrete rules: an "LNA" or a
# "PWM" row may hold a transistor); enough to make a mechanical word before them a qualifier.
CHIP_ABBREVIATIONS = {"mcu", "mpu", "ipm", "ldo", "pmic", "h-bridge", "half-bridge"}
SENSOR_WORDS = {"sensor", "sensors", "gyroscope", "accelerometer", "magnetometer", "barometer", "hygrometer",
                "датчик", "сенсор", "гіроскоп", "гироскоп", "акселерометр", "магнітометр", "магнитометр", "барометр"}
RULE_KIND = {"discrete": "discrete", "passive": "passive", **dict.fromkeys(IC_CATEGORIES, "ic")}


OPTOCOUPLER_WORDS = {"optocoupler", "optocouplers", "photocoupler", "photocouplers", "optoisolator", "opto-isolator",
                     "optotriac", "оптрон", "оптопара", "оптрона", "оптопари", "оптопары"}
# Words of a description that name a rule category: a reading whose category the row names
# edges out an equal one whose category it does not ("Flash 25P16": M25P flash, not a CY clock).
CATEGORY_WORDS = {
    "memory": {"flash", "memory", "eeprom", "sram", "dram", "ram", "nand", "nor", "память", "флеш", "sdram", "ddr",
               "ddr2", "ddr3", "ddr4", "lpddr4", "psram", "fram", "f-ram", "nvsram", "mram"},
    "power": {"regulator", "stabilizer", "converter", "ldo", "pwm", "charger", "стабілізатор", "стабилизатор",
              "перетворювач", "преобразователь"},
    "mcu": {"microcontroller", "mcu", "мікроконтролер", "микроконтроллер"},
    "processor": {"processor", "microprocessor", "cpu", "процесор", "процессор", "мікропроцесор", "микропроцессор"},
    "amplifier": {"amplifier", "op-amp", "opamp", "підсилювач", "усилитель"},
    "interface": {"transceiver", "driver", "receiver", "interface", "rs-232", "rs-485", "can", "трансивер",
                  "трансівер", "драйвер", "приймач", "приемник", "інтерфейс", "интерфейс"},
    "timing": {"oscillator", "generator", "clock", "crystal", "quartz", "генератор", "осцилятор", "осциллятор",
               "кварц", "кварцовий", "кварцевый", "резонатор"},
    "data-converter": {"adc", "dac", "converter", "ацп", "цап", "аналого-цифровий", "аналого-цифровой",
                       "цифро-аналоговий", "цифро-аналоговый"},
    "logic": {"inverter", "buffer", "register", "gate", "latch", "flip-flop", "multiplexer", "counter",
              "інвертор", "инвертор", "буфер", "регістр", "регистр", "тригер", "триггер", "лічильник", "счетчик"},
    "fpga": {"fpga", "plis", "плис"},
    "sensor": {"sensor", "gyroscope", "accelerometer", "датчик", "сенсор", "гіроскоп", "гироскоп", "акселерометр"},
    "optoelectronics": OPTOCOUPLER_WORDS,
    "discrete": KIND_WORDS["discrete"],
    "passive": KIND_WORDS["passive"],
}


# Chip categories a row's words can rule out for each other: a signal-path part and a digital one.
ANALOG_SIGNAL_WORDS = CATEGORY_WORDS["amplifier"] | {"lna", "mixer", "attenuator", "змішувач", "смеситель", "аттенюатор"}
# A regulator's words rule out a processor or a memory as well ("Стабілізатор 178M05" is no AT17
# configuration memory); not "converter", which an ADC is too.
REGULATOR_WORDS = CATEGORY_WORDS["power"] - {"converter", "перетворювач", "преобразователь"}
DIGITAL_WORDS = CATEGORY_WORDS["memory"] | CATEGORY_WORDS["processor"] | CATEGORY_WORDS["mcu"] | CATEGORY_WORDS["fpga"]
DIGITAL_CATEGORIES = {"processor", "mcu", "memory", "fpga", "cpld", "dsp"}


def part_numbers(candidates: list[str]) -> list[str]:
    """The candidates long enough, and of letters and digits, to be part numbers of their own."""
    return [c for c in candidates if len(c) >= 6 and any(ch.isalpha() for ch in c) and any(ch.isdigit() for ch in c)]


def ruled_out_chips(words: list[str]) -> frozenset[str]:
    """The chip categories the row's words rule out: digital ones (a processor, a memory) on a row
    naming a signal-path chip (an amplifier, a mixer), an optocoupler or a regulator, amplifier and
    RF ones the other way round; none on a row naming both."""
    lows = {w.lower() for w in words}
    analog, digital = not lows.isdisjoint(ANALOG_SIGNAL_WORDS), not lows.isdisjoint(DIGITAL_WORDS)
    if not digital and not lows.isdisjoint(OPTOCOUPLER_WORDS | REGULATOR_WORDS):
        return frozenset(DIGITAL_CATEGORIES)  # an optocoupler or a regulator is no processor or memory
    if analog == digital:
        return frozenset()
    return frozenset(DIGITAL_CATEGORIES) if analog else frozenset({"amplifier", "rf"})


def categories_said(words: list[str]) -> set[str]:
    """The rule categories the row's words name (CATEGORY_WORDS: "regulator" power, "EEPROM" memory)."""
    lows = {w.lower() for w in words}
    return {kind for kind, vocab in CATEGORY_WORDS.items() if not lows.isdisjoint(vocab)}


def category_word(category: str | None, words: list[str]) -> str | None:
    """The row's first word that names the category ("Transistor" for discrete), if any."""
    vocab = CATEGORY_WORDS.get(category or "", set())
    return next((w for w in words if w.lower() in vocab), None)


def kinds_named(words: list[str]) -> set[str]:
    """The kinds of part (LT_KIND_WORDS) the row's words name ("controller": power)."""
    lows = {w.lower() for w in words}
    return {k for k, vocab in LT_KIND_WORDS.items() if not lows.isdisjoint(vocab)}


def only_says_chip(words: list[str]) -> bool:
    """Whether the row's words call the part a chip and name no kind of chip ("Microcircuit",
    "Мікросхема", "Chip"), neither a category's word nor one Linear's bare numbers are read with."""
    return all(category_word(c, words) is None for c in CATEGORY_WORDS) and not kinds_named(words)


def kind_fits(category: str, words: list[str]) -> bool:
    """Whether the row's words name the rule's kind of part: a word of its category, or one of the
    kind words Linear's bare numbers are read with ("controller" for a power or analog rule)."""
    return category_word(category, words) is not None or any(category in LT_KIND_FITS[k] for k in kinds_named(words))


def described_fit(c: Candidate, words: list[str]) -> Candidate:
    word = category_word(c.category, words)
    if word is None or c.method not in ("family", "exact", "suffix", "fuzzy"):
        return c
    return replace(c, score=c.score + 0.02, detail=f"{c.detail}; the row's word {word!r} fits its category ({c.category})")


def habit_fit(cat: Catalog, c: Candidate, ctx: Context) -> Candidate:
    """A reading by a maker whose marking habit the row shows edges out an equal rival's."""
    why = next((w for w, m in ctx.marking.hints if cat.same_company(m, c.manufacturer)), None)
    if why is None or c.method == "stated":
        return c
    return replace(c, score=c.score + 0.05)


# Words in the family names of machines' and vehicles' parts (category other) that no chip is.
MACHINE_FAMILY_WORDS = frozenset({"motor", "motors", "filter", "bearing", "brake", "engine", "pump", "valve", "fan",
                                  "heater", "tyre", "tire", "lamp", "gear", "turbocharger", "compressor"})


# The rule categories a crystal's or a resonator's number may fall in (crystals and oscillators are
# timing parts; ceramic resonators and crystal filters are passives or RF parts).
CRYSTAL_CATEGORIES = {"timing", "passive", "rf", "other", "module"}


def contradicts(said: str | None, category: str | None, words: list[str], family: str | None = None) -> bool:
    """Whether a rule's category is not the kind of part the row's description names.

    RF families hold transistors and passive filters as well as ICs, so no description
    contradicts them. A transistor or diode is no motor, relay or assembly (rules of category
    other or module), unless the row says it is a module ("IGBT module"). A kind word the rule's
    own family name holds ("filter" for an MF10 switched-capacitor filter) is its description.
    """
    if not said or category == "rf":
        return False
    named = set(re.findall(r"\w+", (family or "").lower()))  # whole words: "ic" is no word of "electrolytic"
    if named and any(w.lower() in KIND_WORDS[said] and w.lower() in named for w in words):
        return False
    if said == "discrete" and category in ("other", "module"):
        return assembly_word(words) is None
    if said == "ic" and category == "other" and not named.isdisjoint(MACHINE_FAMILY_WORDS):
        return True  # "Power amplifier RF511OG": an amplifier is no motor; "Power IC W6753" no oil filter
    if said == "crystal":
        return category not in CRYSTAL_CATEGORIES
    ruled = RULE_KIND.get(category or "")
    if said == "ic" and ruled == "discrete" and (ic_words := {w.lower() for w in words} & KIND_WORDS["ic"]) \
            and ic_words <= PACKAGED_WORDS:
        return False  # "Power microcircuit (IRF7413)": lists call anything in a package a microcircuit, an SO-8 MOSFET too
    return ruled is not None and ruled != said


# Words for any packaged part, which lists (the portal's "мікросхема") use for transistor arrays and MOSFETs in
# IC packages as well as for chips.
PACKAGED_WORDS = frozenset({"microcircuit", "мікросхема", "мікросхеми", "микросхема", "микросхемы"})


# "Chip" before a passive part or an LED is its build (a chip bead, a chip LED), not an IC. (A chip
# antenna's row is left an IC word's, as it was: no mechanical word then narrows its readings.)
CHIP_BUILT = {"bead", "beads", "led", "leds"} | KIND_WORDS["passive"]


# A kind word that, after these words, names a chip, and so says "IC": a switched-capacitor filter, an
# ideal-diode controller, a programmable zener (TL431), an electronic fuse.
CHIP_KIND_PHRASES = {("switched", "capacitor"), ("ideal", "diode"), ("programmable", "zener"), ("electronic", "fuse"),
                     ("smart", "fuse"), ("active", "filter")}
# A kind word that, after these words, names a chip or a transistor alike, and so says no kind: a synchronous
# rectifier is a MOSFET (BSC010N04LS, CSD17573Q5B) as often as a controller (NCP4305, UCC24612).
EITHER_KIND_PHRASES = {("synchronous", "rectifier")}
# Resistors built into a transistor ("Digital transistor (built-in resistors)"): the part is the transistor.
IN_A_TRANSISTOR_PHRASES = {("built-in", "resistor"), ("built-in", "resistors"), ("bias", "resistors")}


# "Photointerrupter with connector": what follows "with" is fitted to the part named before it;
# "on the servo board": where the part sits; "for brushless motor": what it serves.
WITH_WORDS = {"with", "з", "із", "с", "со", "on", "на", "for", "для"}


def fitted_with(lows: list[str], i: int) -> bool:
    """Whether lows[i] follows "with", "on" or "for" one or two words back ("op amp with internal
    capacitors", "encoder on the servo board", "power device for brushless motor"): what the part
    has, where it sits or what it serves, not what it is."""
    return i >= 2 and (lows[i - 1] in WITH_WORDS or i >= 3 and lows[i - 2] in WITH_WORDS)


def described_kind(words: list[str]) -> str | None:
    """The kind the description names, when it names exactly one."""
    return only_kind(described_kinds(words))


def only_kind(kinds: set[str]) -> str | None:
    """The one kind of a set of one; None for none or several."""
    return next(iter(kinds)) if len(kinds) == 1 else None


def described_kinds(words: list[str]) -> set[str]:
    """Every kind of part the description names ("motor controller/MOSFET driver": ic and discrete)."""
    lows = [joined_kind_word(w.lower()) for w in words]
    return {"ic" if i and (lows[i - 1], w) in CHIP_KIND_PHRASES else
             "discrete" if i and (lows[i - 1], w) in IN_A_TRANSISTOR_PHRASES else k for k, vocab in KIND_WORDS.items()
             for i, w in enumerate(lows) if w in vocab and not (i and (lows[i - 1], w) in EITHER_KIND_PHRASES)
             and not (w == "chip" and i + 1 < len(lows) and lows[i + 1] in CHIP_BUILT) and not fitted_with(lows, i)}


def joined_kind_word(low: str) -> str:
    """A hyphenated word whose every piece is a word for the same kind of part read as its last piece
    ("controller-driver": driver); any other word as it is."""
    pieces = low.split("-")
    if len(pieces) < 2 or any(low in vocab for vocab in KIND_WORDS.values()):
        return low
    return pieces[-1] if any(all(p in vocab for p in pieces) for vocab in KIND_WORDS.values()) else low


ASSEMBLY = {"module", "modules", "motherboard", "board", "boards", "card", "kit", "modem", "computer",
            "модуль", "плата", "материнська", "материнская", "компьютер", "модем"}


def assembly_word(words: list[str]) -> str | None:
    return next((w.lower() for w in words if w.lower() in ASSEMBLY), None)


# A battery's chips: "Battery monitor LTC6811", "Battery protection DW01A" describe ICs on a battery.
BATTERY = {"battery", "акумулятор", "аккумулятор", "батарея"}
BATTERY_CHIP_WORDS = {"monitor", "protection", "protector", "management", "manager", "balancer", "bms", "charger", "charging",
                      "gauge", "afe", "front", "switch-over", "switchover", "backup", "back-up",
                      "захисту", "защиты", "керування", "управления", "заряду", "заряда"}


# Names of chips that end in a mechanical word: a charge pump, a MIL-STD-1553 bus or remote terminal, an audio compressor,
# an ARINC 429 data management engine.
CHIP_PHRASES = {("charge", "pump"), ("зарядовий", "насос"), ("зарядовый", "насос"), ("зарядный", "насос"),
                ("bus", "terminal"), ("remote", "terminal"), ("audio", "compressor"),
                ("video", "engine"), ("graphics", "engine"), ("communication", "engine"), ("sound", "terminal"),
                ("management", "engine"), ("protocol", "engine"), ("crypto", "engine"), ("dma", "engine"),
                ("risc", "engine"), ("processing", "engine"), ("security", "engine"), ("display", "engine")}


# Chip nouns that make a mechanical word just before them a qualifier ("Connector ESD protection",
# "Motor encoder", "Battery supervisor", "Antenna tuner", "Camera serializer", "Toggle MRAM", "Fan out buffer",
# "Quartz servo accelerometer").
CHIP_NOUNS = {"sensor", "sensors", "encoder", "hall", "supervisor", "monitor", "detector", "rtc", "serializer",
              "deserializer", "bridge", "redriver", "retimer", "reclocker", "buffer", "mram", "predriver", "pre-driver",
              "pwm", "lna", "tuner", "front-end", "frontend", "esd", "protection", "dsc", "ic", "integrated", "circuit",
              "microcircuit", "chip", "мікросхема", "микросхема", "accelerometer", "gyroscope", "gyro",
              "magnetometer", "акселерометр", "гироскоп", "гіроскоп",
              "захист", "захисту", "защита", "защиты", "монітор", "монитор", "датчик", "сенсор"}
# Words that make a switch a chip after these mechanical words only (a toggle switch is no chip).
SWITCHED = {"antenna", "battery", "антена", "антенна"}


ACCESSORIES = {"cap", "caps", "cover", "covers", "sleeve", "sleeving", "guard", "boot", "mount", "bracket", "housing",
               "case", "box", "holder", "plate", "glass", "breaker", "relay", "кришка", "крышка", "чохол", "чехол"}


def qualifies_a_chip(lows: list[str], i: int) -> bool:
    """Whether the mechanical word at i only qualifies a chip named within the next two words, but not an
    accessory of one ("Toggle switch protection cover", "Camera bridge mount")."""
    after = lows[i + 1:i + 3]
    for j, w in enumerate(after):
        if w in CHIP_NOUNS or (w == "switch" and lows[i] in SWITCHED):
            return ACCESSORIES.isdisjoint(lows[i + 2 + j:i + 4 + j])
    return False


# A data bus's standard names a chip's terminal, not a screw's: "ARINC 429 terminal", "MIL-STD-1553 terminal".
BUS_STANDARD = re.compile(r"ARINC|MIL-STD|\b1553\b|STANAG", re.IGNORECASE)


def chip_said(marking: Marking, kinds: set[str]) -> bool:
    """Whether the row says its part is a chip or a discrete device; `kinds` are its described_kinds."""
    return "ic" in kinds or kinds == {"discrete"} \
        or not CHIP_ABBREVIATIONS.isdisjoint(t.lower() for t in tokens(marking.text))


def mechanical_word(marking: Marking) -> str | None:
    """The word that makes the row a mechanical thing (a connector, a motor, a screw terminal), unless
    it only qualifies a chip the row names."""
    lows = [w.lower() for w in marking.words]
    chips = not BATTERY_CHIP_WORDS.isdisjoint(lows)
    bus = BUS_STANDARD.search(marking.text) is not None
    where = placed_in(marking)
    return next((w for i, w in enumerate(lows) if w in MECHANICAL and w not in where and not (chips and w in BATTERY)
                 and not (bus and w == "terminal")
                 and not (i and (lows[i - 1], w) in CHIP_PHRASES) and not qualifies_a_chip(lows, i)
                 and not fitted_with(lows, i) and not chip_of(lows, i)), None)


def chip_of(lows: list[str], i: int) -> bool:
    """Whether the mechanical word at i follows "of" or "of the" after a chip noun ("Magnetic angle sensor
    of the servo drive", "Hall sensor of the motor"): the thing the chip belongs to, not the part."""
    of = next((j for j in (i - 1, i - 2) if j >= 1 and lows[j] == "of" and (j == i - 1 or lows[i - 1] in ("the", "a"))),
              None)
    return of is not None and not CHIP_NOUNS.isdisjoint(lows[:of])


def placed_in(marking: Marking) -> set[str]:
    """The words of a bracket after the part number, on a row with words before the number: they say
    where the part sits ("MOSFET SiR872DP (servo driver)", "Photocoupler TLP109 (engine ignition
    board)"), so the servo or the engine is the assembly, not the part."""
    at = first_number_at(marking)
    if at <= 0 or not marking.text[:at].strip():
        return set()
    return {w.lower() for inside in brackets_after_number(marking) for w in re.findall(r"[^\W\d_]+", inside)}


def first_number_at(marking: Marking) -> int:
    """Where the row's first part-number candidate stands in its text; -1 when it has none."""
    return marking.text.find(marking.candidates[0]) if marking.candidates else -1


def brackets_after_number(marking: Marking) -> list[str]:
    """What each bracket after the row's first part-number candidate holds."""
    at = first_number_at(marking)
    return re.findall(r"\(([^()]*)\)", marking.text[at:]) if at >= 0 else []


def without_listed_second_sources(cat: Catalog, matched: list[Candidate]) -> list[Candidate]:
    """Drop catalogue-part answers whose maker (or its company) a fired family rule already lists
    as a second source.

    A KiCad symbol names whichever maker's datasheet it links; for a multi-source number that is
    one maker among several, not a rival to the family's originator.
    """
    listed = {m for c in matched if c.method == "family" for m in c.second_sources}
    return [c for c in matched if c.method not in ("exact", "suffix", "fuzzy")
            or not any(cat.same_company(c.manufacturer, m) for m in listed)]


def with_catalogue_part(winner: Candidate, matched: list[Candidate]) -> tuple[Candidate, str]:
    """A rule's answer takes the exact part number of a catalogue part of the same maker read from
    the same number (the one holding the other: "LTC3789EGN" and LTC3789), if any; another part of
    the row is another number ("TPS54332DDAR;TPS5430DDAR" is no TPS5430DDA)."""
    if winner.method in ("exact", "suffix"):
        return winner, ""
    read = part_key(winner.mpn or "")
    # Not a longer catalogue number the mark was read as lacking a suffix of: MAX485E is another part than
    # the MAX485 printed, MCP25625 another than MCP2562.
    part = next((c for c in sorted(matched, key=lambda c: -c.score)
                 if c.method in ("exact", "suffix") and c.manufacturer == winner.manufacturer
                 and one_holds_the_other(read, part_key(c.mpn or ""))
                 and (read.startswith(part_key(c.mpn or "")) or not c.detail.startswith(PRINTED_WITHOUT_SUFFIX))), None)
    if part is None:
        return winner, ""
    return replace(winner, mpn=part.mpn, family=winner.family or part.family), part.detail


def acquired_brands_part(cat: Catalog, winner: Candidate, matched: list[Candidate]) -> Candidate:
    """A catalogue part listed under the company that bought a brand, whose number that brand's own
    rule reads ("NJM4580": New Japan Radio's prefix, the part listed under Nisshinbo, which bought
    it in 2022), is the brand's: its logo is the one printed, and the buyer stays its owner. Not a
    multi-source number (LM317 under TI stays TI's, though National's rule reads it)."""
    if winner.method not in ("exact", "suffix"):
        return winner
    read = part_key(winner.mpn or "")
    brand = next((c.manufacturer for c in matched if c.method == "family" and not c.indirect and not c.second_sources
                  and c.manufacturer != winner.manufacturer and cat.owner(c.manufacturer) == winner.manufacturer
                  and one_holds_the_other(read, part_key(c.mpn or ""))), None)
    if brand is None:
        return winner
    return replace(winner, manufacturer=brand,
                   detail=f"{winner.detail}; the number is {brand}'s own, a brand of {winner.manufacturer}")


def one_holds_the_other(a: str, b: str) -> bool:
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def maker_the_word_begins(cat: Catalog, written: str, maker: str, matched: list[Candidate]) -> str:
    """The maker a one-word name stands for: the alias's maker, unless none of that company's
    readings fit and another maker's name begins with the word and its reading fits ("TESLA
    MAA741": TESLA of Czechoslovakia, not Tesla of Texas; "SAMSUNG CIGW201610")."""
    word = name_key(written)
    if " " in word or any(cat.same_company(c.manufacturer, maker) for c in matched):
        return maker
    fits = [c for c in matched if begins_with_word(c.manufacturer, word, written) and not c.indirect]
    if fits:
        return max(fits, key=lambda c: c.score).manufacturer
    # "2SC5706 SANYO": a multi-source number whose listed makers include one the word begins.
    sources = [s for c in sorted(matched, key=lambda c: -c.score) if not c.indirect
               for s in c.second_sources if name_key(s).split()[0] == word]
    return sources[0] if sources else maker


def begins_with_word(name: str, word: str, written: str) -> bool:
    """Whether a maker's name begins with the word, or with its Latin spelling when it is written in
    Cyrillic ("Мікрон" is Micron as readily as Zelenograd's Mikron; c and k spelled alike)."""
    first = name_key(name).split()[0]
    if first == word:
        return True
    return CYRILLIC.search(written) is not None and \
        entity_key(written).replace("c", "k") == entity_key(first).replace("c", "k")


def moved_line_reading(cat: Catalog, top: Candidate, stated: list[str]) -> tuple[Candidate, str, str, Transfer] | None:
    """A named brand whose product line passed to the maker of the best reading, or to one of its
    second sources: (reading, brand, the line's holder, transfer). Not when the reading is the
    brand's own rule (Motorola's 68HC11 is Motorola's, whatever became of its other lines)."""
    for brand in stated:
        if brand == top.manufacturer:
            return None
        for holder in (top.manufacturer, *top.second_sources):
            t = cat.line_moved(brand, holder, top.category)
            # The brand itself sold the line (not a company it joined later), to the holder.
            if t is not None and brand == t.line_from and cat.holds_after(holder, t.line_to):
                return top, brand, holder, t
    return None


def line_taker(cat: Catalog, top: Candidate, stated: list[str]) -> tuple[str, Transfer] | None:
    """A maker named in the row that took over the product line of the best reading's maker
    ("BSS138 Nexperia": NXP's standard products, Nexperia's since 2017), with the transfer."""
    for named in stated:
        if cat.same_company(named, top.manufacturer):
            return None
        t = cat.line_moved(top.manufacturer, named, top.category)
        if t is not None and cat.held_before(top.manufacturer, t) and cat.holds_after(named, t.line_to):
            return named, t
    return None


def name_outweighs_rule(cat: Catalog, ctx: Context, maker: str, c: Candidate, chip_said: bool) -> bool:
    """Whether the maker named in the row stands against another maker's specific reading of the
    number: a family rule, a catalogue part read with its suffix dropped, a multi-source one, or a
    discrete's or passive's catalogue part.
    The name must be four letters or more and no ordinary word ("PULSE GENERATOR NE555P" says what
    the part does), and not part of the number read ("KH-IPEX-K501-29": the connector's type inside
    Kinghelm's ordering code). Beside a chip's number it must be a maker of chips, or, if the
    catalogue has no rule of it, a row that calls the part a chip ("Thyristor JIEJIE BT151-800R";
    "Waveshare AMS1117-3.3" names the board's maker)."""
    # A discrete's or a passive's catalogue part is a standard number as often as a maker's own
    # (B380C1500G, the DIN bridge that Vishay, Diotec and others all make).
    if not (c.method in ("family", "suffix") or c.second_sources or (c.method == "exact" and c.category in ("discrete", "passive"))):
        return False
    key = part_key(c.mpn or "")
    words = [written for written, m in ctx.stated if m == maker]
    if not words or not all(len(w) >= 4 and not ordinary_word(w) and part_key(w) not in key for w in words):
        return False
    return c.category not in CHIP_RULE_CATEGORIES or makes_chips(cat, maker) \
        or (chip_said and not makes_only_other_things(cat, maker))


def foreign_name(cat: Catalog, ctx: Context, named: Candidate | None, winner: Candidate) -> bool:
    """Whether a name in the row stands beside a number read firmly (as printed, 0.8 or more) as a part
    its maker does not make, so that it does not outweigh the reading: a short name in capitals (four
    letters or fewer) whose maker's rules read other kinds of part only, a lot code or another product's
    initials as often as a logo ("IRLML6344TRPBF E1 KDS": no crystal; "TJA1051T/3 TBS 2041": no FPV
    radio); or, beside a chip's full number, the name of a company whose rules read no chips ("Cable
    Belden 9841 RS-485 transceiver MAX485ESA") or of a Western company with no rules at all on a row that
    calls the part a chip or a discrete ("Scania ECU transceiver TJA1050T"): the equipment around the part.
    (A copy brand or an Asian maker with no rules may still have made the chip: HXY's AO4435.)"""
    if named is None or winner.indirect or winner.score < 0.8 or winner.method not in ("family", "exact", "suffix"):
        return False
    maker = named.manufacturer
    key = part_key(winner.mpn or "")
    toks = tokens(ctx.marking.text)
    # Where the number stands written whole (not joined across a space), if it does.
    start = next((i for i, t in enumerate(toks) if part_key(t).startswith(key)), None)
    if (winner.category or "") in CHIP_RULE_CATEGORIES and full_number(key) and start is not None:
        info = cat.makers.get(maker)
        if makes_only_other_things(cat, maker) or (
                info is not None and info.kind == "western" and not company_categories(cat, maker)
                and described_kind(ctx.marking.words) in ("ic", "discrete")):
            return True
    words = [w for w, m in ctx.stated if m == maker]
    if not words or not all(len(w) <= 4 and w.isupper() for w in words):
        return False
    if start is not None and all(on_lot_line(toks, start, w) for w in words):
        return True  # "24LC256 I/SN 1832 NSC": a short name after the date code closing the number's lines
    made = company_categories(cat, maker)
    return bool(made) and winner.category is not None and winner.category not in made


def on_lot_line(toks: list[str], start: int, word: str) -> bool:
    """Whether a short name stands after the number read (at toks[start]) and right after a date code:
    where lot and site codes stand."""
    i = next((i for i, t in enumerate(toks) if t == word), None)
    return i is not None and i > start and is_date_code(toks[i - 1].lstrip("#"))


def full_number(key: str) -> bool:
    """Whether a key is long enough to be a chip's own number, not a model name: six characters or
    more, two letters and three digits at least (MAX485ESA, R5F100LE; not XR1 or F722)."""
    return len(key) >= 6 and sum(ch.isdigit() for ch in key) >= 3 and sum(ch.isalpha() for ch in key) >= 2


def strong_rule(cat: Catalog, c: Candidate) -> bool:
    """A catalogue part, or a family rule specific enough to stand against a named maker; not a
    number read through a prefix put back ("32K243" as PIC32K243: the row names Rosenberger)."""
    if c.method in ("exact", "suffix"):
        # A catalogue part of four characters or fewer ("G761", a Linux devicetree name) is a shape
        # other makers' model numbers share as readily: a maker named in the row outweighs it.
        return len(part_key(c.mpn or "")) > 4
    if c.method != "family" or c.indirect:
        return False
    rules = [r for r in cat.family_rules(part_key(c.mpn or "")) if r.manufacturer == c.manufacturer]
    return any(r.priority >= 80 and r.literal_length >= 4 for r in rules)


COPY_MAKER_KINDS = frozenset({"asian", "chinese", "chinese-clone"})
ANALOG_CHIPS = frozenset({"analog", "amplifier", "power", "interface", "data-converter"})
CHIP_RULE_CATEGORIES = IC_CATEGORIES | {"discrete"}


def company_categories(cat: Catalog, maker: str) -> frozenset[str]:
    """The categories the family rules of the maker's company (any brand its owner holds) read."""
    cats = cat.rule_categories()
    return frozenset().union(*(cats.get(brand, frozenset()) for brand in cat.brands_of(cat.owner(maker))))


def makes_chips(cat: Catalog, maker: str) -> bool:
    """Whether some family rule of the maker's company reads ICs or discrete semiconductors."""
    return bool(company_categories(cat, maker) & CHIP_RULE_CATEGORIES)


def device_maker(cat: Catalog, c: Candidate, named: str, text: str) -> bool:
    """Whether a maker named beside a chip's number is the maker of the equipment, not the part:
    the number reads as a chip (an IC or discrete rule, or a catalogue part of that kind) of
    another company, and the named company is known to make other things only (Garmin, Hikvision,
    Siemens: receivers, cameras and controllers built around others' chips). The
    number, as written in `text`, must have a chip's shape, letters then four digits (MAX2769,
    Hi3516CV300): a short model number that merely fits a chip rule, or only with letters tracer put
    before it ("Radiomaster XR1", "Matek F722-HD", "Iridium 9603N" read as AD9603N), is more likely
    the named maker's own product."""
    key = part_key(c.mpn or "")
    return (c.category or "") in CHIP_RULE_CATEGORIES and CHIP_SHAPE.match(key) is not None \
        and key in part_key(text) and not cat.same_company(named, c.manufacturer) and makes_only_other_things(cat, named)


def makes_only_other_things(cat: Catalog, maker: str) -> bool:
    """Whether the catalogue knows what the maker's company makes (family rules) and none of it is
    a chip: Garmin's receivers, Hikvision's cameras, Siemens' PLCs, Three-Circle's capacitors. A
    maker with no rules at all, or a copy brand, may still have made the chip (HXY's AO4435,
    Taejin's KA7805)."""
    info = cat.makers.get(maker)
    if info is None or info.kind == "chinese-clone":
        return False
    known = company_categories(cat, maker)
    return bool(known) and not known & CHIP_RULE_CATEGORIES


CHIP_SHAPE = re.compile(r"[A-Z]{2,}[0-9]{4}")


def copied_number(cat: Catalog, c: Candidate, named: str) -> bool:
    """Whether the row names a copier beside a multi-source number read by another maker's
    ordering-code rule or catalogue part ("UMW LM358DR", "HGSEMI LM317"): copy makers print the
    generic number with the originator's suffix, so neither outweighs the name written on the part.
    A copier is a Chinese copy brand, with any analog, discrete or logic number (they copy
    single-source ones too: "UMW USBLC6-2SC6"), or an Asian maker with IC or discrete rules of its
    own beside a multi-source number; a board or module maker ("Waveshare AMS1117") is not."""
    maker = cat.makers.get(named)
    if maker is None or maker.kind not in COPY_MAKER_KINDS or c.method not in ("family", "exact", "suffix") \
            or cat.same_company(named, c.manufacturer):
        return False
    if maker.kind == "chinese-clone" and c.category not in DIGITAL_CATEGORIES:
        # "USBLC6-2SC6 UMW": a copy brand prints the analog, discrete or logic number it copies, multi-source
        # or not; not a microcontroller's or a memory's ("UMW STM32F103C8T6": a seller's label, not a copy).
        return True
    if not company_categories(cat, named) and c.category == "discrete" and "semi" in named.lower() \
            and cat.country(named) in ("CN", "TW", "HK") and multi_source_number(cat, c):
        # "2N7002 GOFORD": an Asian semiconductor company with no rules of ours prints the multi-source
        # discrete number it makes; a board maker ("SS14 Waveshare") is no such company.
        return True
    if not makes_chips(cat, named):
        return False  # "Waveshare AMS1117", "Seeed Studio LM358": a board's maker, not the chip's
    if cat.country(named) == "CN" and c.category not in DIGITAL_CATEGORIES and company_categories(cat, named) & ANALOG_CHIPS:
        return True  # "3PEAK TPL7407LA": a Chinese analog maker prints the number it makes pin for pin
    return multi_source_number(cat, c)


def multi_source_number(cat: Catalog, c: Candidate) -> bool:
    """Whether a family rule that reads the candidate's number lists second sources for it."""
    return any(r.second_sources for r in cat.family_rules(part_key(c.mpn or "")))


def shared_board_name(cat: Catalog, c: Candidate, named: str) -> bool:
    """Whether the row names another maker beside a board's model name read by a rule ("SpeedyBee F405 WING":
    SpeedyBee and Matek both sell an F405 Wing): a maker with no chip rules of its own built the board, where
    a chip maker named beside a module ("BN-880 u-blox") made the chip on it."""
    return (c.method == "family" and c.category == "module" and not cat.same_company(named, c.manufacturer)
            and not makes_chips(cat, named))


def hedge_alternatives(winner: Candidate, confidence: float) -> list[dict]:
    return [{"manufacturer": m, "mpn": winner.mpn, "confidence": round(min(confidence, 0.5) * 0.8, 3),
             "why": "second source of the same number"} for m in winner.second_sources]


def line_holders(cat: Catalog, winner: Candidate, holders: list[str], confidence: float) -> list[dict]:
    out = []
    for m in holders:
        t = cat.line_moved(m, winner.manufacturer, winner.category)
        if t is not None:
            when = f" in {t.year}" if t.year else ""
            out.append({"manufacturer": m, "mpn": winner.mpn, "confidence": round(confidence * 0.9, 3),
                        "why": f"the same product line: {t.line} passed from {t.line_from} to {t.line_to}{when} "
                               f"(transfers.csv: {t.source})"})
    return out


EARLIER_NAME = "the earlier name of"  # how an earlier-name alternative's `why` begins


def earlier_names(cat: Catalog, winner: Candidate, confidence: float, listed: set[str]) -> list[dict]:
    """For a multi-source number, the names the winner's maker had before a renaming or spin-off
    (74HC74 under NXP: Philips made it too, before 2006; lineage.csv `renamed`): another brand on
    the same chips, which a mark of the older logo would show. A date code in the year of the
    renaming or later drops them (`attribute`)."""
    if not winner.second_sources:
        return []
    out = []
    for brand in sorted(cat.brands_of(winner.manufacturer)):
        step = cat.lineage.get(brand)
        if brand in listed or step is None or not cat.renamed_as(brand, winner.manufacturer):
            continue
        out.append({"manufacturer": brand, "mpn": winner.mpn, "confidence": round(min(confidence, 0.5) * 0.8, 3),
                    "why": f"{EARLIER_NAME} {winner.manufacturer}: {brand} became {step.acquired_by} in "
                           f"{step.year} (lineage: {step.source})"})
    return out


def combine(cat: Catalog, ctx: Context, cands: list[Candidate]) -> tuple[Candidate | None, float, list[str], list[dict]]:
    """Pick the winner and its confidence; say why; list the other makers considered.

    Per maker the best candidate counts. A maker named in the row that agrees lifts it; one that
    disagrees, a second maker nearly as good, or a multi-source number caps it.
    """
    soviet_note: list[str] = []
    if ctx.designation is not None:
        cands, soviet_note = without_foreign_guesses(cat, ctx.designation, cands)
    if not cands:
        return None, 0.0, soviet_note or ["no catalogue part, family rule or maker name fits any part of the marking"], []
    matched = without_listed_second_sources(cat, [c for c in cands if c.method != "stated"])
    evidence: list[str] = []
    stated = []
    for written, maker in ctx.stated:
        named = maker_the_word_begins(cat, written, maker, matched)
        if named != maker:
            evidence.append(f"{written!r} is read as {named}, whose name it begins and whose rule fits the number, "
                            f"not as {maker}")
        stated.append(named)
    # "Cable equalizer", "motor driver": an IC word in the row makes the other word a qualifier.
    kinds = ctx.kinds
    said_kind = only_kind(kinds)
    # So does a transistor or an IC abbreviation ("Motor MOSFET", "Servo MCU", "Motor H-bridge"); an
    # IC word does beside another kind's word too ("motor controller/MOSFET driver", "single coil fan
    # motor driver").
    semi_said, thing = ctx.chip_said, ctx.thing
    kept = [c for c in matched if applies_to_thing(c.category, c.family, thing)] if thing else matched
    if len(kept) < len(matched):
        # A connector, brake or cable: a semiconductor family firing on its model number is a
        # coincidence of shape, so such readings are not offered at all.
        evidence.append(f"the row describes a {thing}: semiconductor family rules are not applied")
        matched = kept
        cands = [c for c in cands if c.method == "stated" or c in kept]
        if not cands:
            return None, 0.0, evidence, []
    matched = [habit_fit(cat, described_fit(c, ctx.marking.words), ctx) for c in matched]
    if said_kind:
        # A reading of another kind than the row says ("Microcircuit" read as a capacitor series)
        # ranks below one that does not contradict it; the winner's cap below still applies.
        matched = [replace(c, score=c.score - 0.1) if contradicts(said_kind, c.category, ctx.marking.words, c.family)
                   else c for c in matched]
    # Among chips, a processor or a memory read on an amplifier's row, or an amplifier on a memory's
    # row, ranks lower too; a processor on an amplifier's row the more ("Low noise amplifier H616":
    # Hittite's HMC616, not Allwinner's H616 SoC), as radio chips are often processors too
    # ("Wireless MCU CC1310F128").
    if len(part_numbers(ctx.marking.candidates)) <= 1:  # a row of two parts names the kinds of both
        ruled_out = ruled_out_chips(ctx.marking.words)
        matched = [replace(c, score=c.score - (0.15 if c.category in DIGITAL_CATEGORIES else 0.1))
                   if c.category in ruled_out else c for c in matched]
    best: dict[str, Candidate] = {}
    for c in sorted(matched, key=lambda c: -c.score):
        best.setdefault(c.manufacturer, c)
    ranked = sorted(best.values(), key=lambda c: -c.score)

    def agrees(c: Candidate) -> bool:
        return any(cat.same_company(c.manufacturer, m) for m in stated)

    winner: Candidate | None = None
    confidence = 0.0
    holders: list[str] = []
    agreeing = [c for c in ranked if agrees(c)]
    exact = next((c for c in agreeing if c.manufacturer in stated), None)
    if exact is not None and exact is not agreeing[0] and exact.score >= agreeing[0].score - 0.1 \
            and part_key(exact.mpn or "") == part_key(agreeing[0].mpn or ""):
        # "NJR NJM4580": the very brand the row names, reading the same number, goes before an equal
        # reading by the company it became (the catalogue lists NJM4580 under Nisshinbo Micro Devices).
        agreeing = [exact, *(c for c in agreeing if c is not exact)]
    # A maker named in the row, or else one whose own habit the marking shows (NXP's ",215"
    # packing code), that a multi-source rule lists as a second source.
    signs = [*stated, *(m for _, m in ctx.marking.hints if m not in stated)]
    via_second = [c for c in sorted(matched, key=lambda c: -c.score) if any(m in c.second_sources for m in signs)]
    moved = moved_line_reading(cat, ranked[0], stated) if ranked else None
    taken = line_taker(cat, ranked[0], stated) if ranked and moved is None else None
    if taken is not None:
        # "BSS138 Nexperia": the reading is NXP's small-signal line, Nexperia's since 2017, and
        # the row names Nexperia: the named holder made the part.
        named, t = taken
        top = ranked[0]
        winner = replace(top, manufacturer=named, owner=None, second_sources=tuple(
            m for m in top.second_sources if not cat.same_company(m, named)))
        confidence = 0.8 if top.score >= 0.7 else min(top.score + 0.05, 0.65)
        when = f" in {t.year}" if t.year else ""
        evidence.append(f"{top.detail}; the row names {named}, which took over {t.line_from}'s {t.line}{when} "
                        f"(transfers.csv: {t.source})")
    elif moved is not None:
        # "MOTOROLA 2N3904": the part is Motorola's; its line is onsemi's since 1999, not NXP's,
        # though Motorola's name passed to Freescale and then NXP.
        top, brand, holder, t = moved
        winner = replace(top, manufacturer=brand, owner=cat.owner(holder), second_sources=tuple(
            m for m in (top.manufacturer, *top.second_sources) if m not in (brand, holder)
            and not cat.same_company(m, holder)))
        # A weak reading of a multi-source number stays weak; the holder's own single-source rule and the
        # brand named are two signs that agree ("S-80942CNMC Seiko Instruments": ABLIC's line since 2016),
        # as are a multi-source number and a brand whose line's holder is one of its makers, listed
        # ("HC4052 NXP": Nexperia's since 2017), as a maker named among them is (via_second below).
        confidence = 0.8 if top.score >= 0.7 or not top.second_sources or holder in top.second_sources \
            else min(top.score + 0.05, 0.65)
        when = f" in {t.year}" if t.year else ""
        evidence.append(f"{top.detail}; the row names {brand}, whose {t.line} passed to {t.line_to}{when} "
                        f"(transfers.csv: {t.source})")
    elif agreeing:
        winner = agreeing[0]
        confidence = max(winner.score + 0.2, 0.92) if winner.method != "fuzzy" else winner.score + 0.25
        named = next(m for m in stated if cat.same_company(winner.manufacturer, m))
        if named in cat.chain(winner.manufacturer) and (winner.owner is None or cat.same_company(named, winner.owner)) \
                and not brand_of(cat, winner.manufacturer, named) and not winner.manufacturer.startswith(f"{named} "):
            # "TI LM358", "AMD XC7A35T": the company that bought the brand makes and marks the
            # part today. Not a brand it bought (Maxim's name on AD8232), nor a line sold apart, nor
            # its own company of that name that the rule names ("LG INR18650HG2": LG Energy Solution).
            evidence.append(f"{winner.detail}; the row names {named}, which owns {winner.manufacturer}")
            winner = replace(winner, manufacturer=named, owner=None)
        elif cat.renamed_as(named, winner.manufacturer):
            # "PHILIPS 74HC595": a part printed with the earlier name was made before the renaming,
            # by the brand named; the line's holder today stays its owner.
            evidence.append(f"{winner.detail}; the row names {named}, the earlier name of {winner.manufacturer}")
            winner = replace(winner, manufacturer=named, owner=winner.owner or cat.owner(winner.manufacturer))
        else:
            evidence.append(f"{winner.detail}; the row also names {named}"
                            + ("" if named == winner.manufacturer else f", the same company as {winner.manufacturer}"))
    elif via_second:
        top = via_second[0]
        maker = next(m for m in signs if m in top.second_sources)
        # The brand's line may have passed to one of the number's makers (Motorola's TVS diodes, onsemi's
        # since 1999): that holder owns it, not the company the brand's name went to (NXP).
        moved = moved_line_reading(cat, top, [maker])
        winner = replace(top, manufacturer=maker, owner=cat.owner(moved[2]) if moved else None, second_sources=tuple(
            m for m in (top.manufacturer, *top.second_sources) if m != maker))
        if maker in stated:
            confidence = 0.8
            evidence.append(f"{top.detail}; a multi-source number, and the row names {maker}, one of its makers")
        else:
            why = next(w for w, m in ctx.marking.hints if m == maker)
            confidence = 0.76
            evidence.append(f"{top.detail}; a multi-source number, and the marking shows a sign of {maker}, "
                            f"one of its makers: {why}")
    elif ranked:
        winner, by_mark, by_copy = ranked[0], False, False  # by_mark: a trademark chose the winner; by_copy: a copy brand's name
        winner = acquired_brands_part(cat, winner, matched)
        if winner.method in ("exact", "suffix") and not winner.second_sources:
            # A catalogue part of a multi-source number is still multi-source: it takes the second
            # sources of the same maker's family rule (OP07 is ADI's, and TI's and ST's too).
            family = next((c for c in matched if c.method == "family" and cat.same_company(c.manufacturer, winner.manufacturer)
                           and c.second_sources), None)
            if family is not None:
                winner = replace(winner, second_sources=family.second_sources)
        # Second sources that are the same company today (Siliconix and Vishay, TriQuint and
        # Qorvo) leave one maker, not several; one that took over the product line (ST's NOR
        # flash at Micron, NXP's logic at Nexperia) is the same line, not a rival.
        holders = [m for m in winner.second_sources if cat.line_moved(m, winner.manufacturer, winner.category)]
        winner = replace(winner, second_sources=tuple(
            m for m in winner.second_sources if not cat.same_company(m, winner.manufacturer) and m not in holders))
        confidence = winner.score
        evidence.append(winner.detail)
        named = next((c for c in cands if c.method == "stated" and not c.indirect), None)
        copier = next((c for c in cands if c.method == "stated" and not c.indirect
                       and (copied_number(cat, winner, c.manufacturer) or shared_board_name(cat, winner, c.manufacturer))),
                      None)
        if named is not None and copier is None and semi_said and device_maker(cat, winner, named.manufacturer, ctx.marking.text):
            # "Навигатор Гармин, приемник MAX2769": the row calls the part a chip, and Garmin made the
            # receiver around it; the disagreement still caps the answer below.
            named = None
        foreign = foreign_name(cat, ctx, named, winner)
        strong = (strong_rule(cat, winner) or foreign) and copier is None
        if named is not None and (not strong or (not foreign and name_outweighs_rule(cat, ctx, named.manufacturer, winner,
                                                                                        semi_said))):
            named = copier or named
            # A maker's name written on the part outweighs a number that merely has the shape of
            # another maker's family; against a specific reading it still wins, as a doubt.
            weaker = "another maker's specific reading of the number, so the answer stays possible" if strong \
                else "a weaker reading of the number"
            evidence = [f"{named.detail}; it outweighs {weaker}: {winner.detail}"]
            # A name that may as well be a marking code (by_stated: "Transistor LG") keeps its own score.
            winner, confidence = named, min(0.6 if strong else 0.72, max(named.score, 0.6))
            if copier is not None and cat.makers[copier.manufacturer].kind == "chinese-clone" and any(
                    m == copier.manufacturer and name_as_written(cat, w, m) for w, m in ctx.stated):
                # A copy brand's own name on the part ("UMW LM358", "HGSEMI LM358M/TR"): it makes such
                # numbers and prints them with its name, so the name is the maker, likely; the
                # originator's reading it outweighs is no rival. Not a name read through a lost or
                # mistyped letter ("TE?H PUBLIC"): that stays possible.
                confidence, by_copy = max(confidence, 0.72), True
            thing = assembly_word(ctx.marking.words)
            if thing:
                # A module or board names the chipset's maker as readily as its own.
                confidence = 0.6
                evidence.append(f"the row describes a {thing}: the name may be its chipset's maker")
        elif stated and named is not None and copier is None and (thing := assembly_word(ctx.marking.words)) \
                and not semi_said:
            # "Board Arduino Mega 2560", "AI module Sipeed M1 (K210)": the row describes an assembly
            # and names its maker; the chip read from its number is the one the assembly carries.
            evidence = [f"{named.detail}; the row describes a {thing}, and the maker named is the {thing}'s: "
                        f"the number read is the chip on it ({winner.detail})"]
            winner, confidence = replace(named, mpn=None), 0.5
        elif stated:
            confidence = min(confidence, 0.5)
            if semi_said and (devices := [m for m in stated if device_maker(cat, winner, m, ctx.marking.text)]):
                evidence.append(f"the row also names {', '.join(devices)}, which makes no chips: the maker of the "
                                "equipment around the part, not of the part; the answer stays possible")
            else:
                evidence.append(f"but the row names {', '.join(stated)}: the two disagree")
        elif marks := [(w, m) for w, m in ctx.marking.hints if "trademark" in w
                       and not cat.same_company(m, winner.manufacturer)
                       and not (makes_chips(cat, m) and mechanical_word(ctx.marking))]:
            # A chip line's name on a row that describes a propeller or a motor ("Propeller DAL Cyclone
            # T5046C") is the same word in another trade, not that chip maker's sign.
            # "Module JETSON TX2": a product line of another maker written in the row outweighs
            # a short number that also has the shape of one of this maker's families; against a
            # catalogue part or a specific rule, it only leaves the answer in doubt.
            why, mark_maker = marks[0]
            own = next((c for c in (*ranked, *sorted(cands, key=lambda c: -c.score))
                        if cat.same_company(c.manufacturer, mark_maker)), None)
            if own is not None and not strong_rule(cat, winner):
                evidence = [f"the row shows a sign of {mark_maker} ({why}); it outweighs a weaker reading of "
                            f"the number: {winner.detail}", own.detail]
                winner, confidence, by_mark = own, min(own.score, 0.55), True
            else:
                confidence = min(confidence, 0.55)
                evidence.append(f"but the row shows a sign of {mark_maker} ({why}): the two disagree")
        elif winner.method not in ("exact", "suffix") \
                and not any(cat.same_company(m, winner.manufacturer) for _, m in ctx.marking.hints) \
                and (other := [(w, m) for w, m in ctx.marking.hints if m not in winner.second_sources]):
            # "CP2515-I/SO": a rule reads the number as Silicon Labs', but the ordering code is
            # Microchip's (MCP2515-I/SO with its M lost): a reading the marking contradicts is a doubt.
            why, mark_maker = other[0]
            confidence = min(confidence, 0.55)
            evidence.append(f"but the row shows a sign of {mark_maker} ({why}): the two disagree")
        rival = next((c for c in ranked[1:] if not cat.same_company(c.manufacturer, winner.manufacturer)
                      and cat.line_moved(c.manufacturer, winner.manufacturer, winner.category) is None
                      and (winner.indirect or not c.indirect)), None)
        hint = next((w for w, m in ctx.marking.hints if cat.same_company(m, winner.manufacturer)), None)
        if rival is not None and rival.score >= winner.score - 0.08 and not by_copy:
            if hint is not None and not any(cat.same_company(m, rival.manufacturer) for _, m in ctx.marking.hints):
                # "DC?3623T36G06A8T00 VICHIP": the row's sign of the winner's maker settles a near tie.
                evidence.append(f"{rival.manufacturer} fits nearly as well ({rival.detail}), but the row shows a sign "
                                f"of {winner.manufacturer} and none of {rival.manufacturer}")
            else:
                confidence = min(confidence, 0.55)
                evidence.append(f"{rival.manufacturer} fits nearly as well: {rival.detail}")
        slipped = next((c for c in ranked[1:] if c.method == "exact" and c.indirect and not cat.same_company(
            c.manufacturer, winner.manufacturer)), None) if winner.method == "family" and not winner.indirect else None
        if slipped is not None:
            # "MP5A42": the shape of an MPS number as written, and onsemi's MPSA42 once the 5 is read
            # as S: an orderable part one slip away is as good a reading as a family's shape.
            confidence = min(confidence, 0.55)
            evidence.append(f"but {slipped.manufacturer}'s part {slipped.mpn} is one slip away: {slipped.detail}")
        pinned = winner.method in ("exact", "suffix") and not winner.second_sources
        if winner.second_sources and not pinned:
            if hint and not stated:
                # A habit only the originator has (Maxim's '+', ADI's '#') tells its part from the
                # second sources' parts of the same number.
                evidence.append(f"multi-source number (also {', '.join(winner.second_sources)}), but the marking "
                                f"shows {winner.manufacturer}'s own habit")
            else:
                confidence = min(confidence, 0.55)
                evidence.append(f"multi-source number: also made by {', '.join(winner.second_sources)}; "
                                f"{winner.manufacturer} is named first, as the family rule lists it, not as proof of who made this part")
        if hint and not stated and not by_mark:
            confidence = min(0.88, confidence + 0.1)
            evidence.append(f"the marking agrees: {hint}")
        methods = {c.method for c in matched if c.manufacturer == winner.manufacturer}
        if len(methods) > 1 and confidence > 0.6:
            confidence = min(0.95, confidence + 0.05)
            evidence.append(f"{' and '.join(sorted(methods))} agree on {winner.manufacturer}")
    else:
        named = [c for c in cands if c.method == "stated" and not c.indirect] or \
            [c for c in cands if c.method == "stated"]
        winner = named[0]
        confidence = winner.score
        evidence.append(winner.detail + ("" if winner.indirect else "; no catalogue part or family rule recognises the number"))
        if len(named) > 1:
            confidence = 0.5
            evidence.append(f"the row names several makers: {', '.join(c.manufacturer for c in named)}")
    said = said_kind
    if said and winner.method != "stated":
        # The winner's own logo is no description ("Diodes AP2112K": Diodes Incorporated's name).
        own = [w for w in ctx.marking.words
               if not (w[:1].isupper() and (m := cat.resolve(w)) and cat.same_company(m, winner.manufacturer))]
        said = described_kind(own) if len(own) < len(ctx.marking.words) else said
    # A specific rule as written outweighs the row's word for the kind, but not a whole assembly's
    # rule (a power supply, a motor) on a row that calls the part a diode or a capacitor.
    assembly_clash = said in ("discrete", "passive") and winner.category in ("other", "module")
    if said and winner.method != "stated" and contradicts(said, winner.category, ctx.marking.words, winner.family) \
            and not (read_as_written(ctx, winner) and not assembly_clash
                     and (agreeing and winner is agreeing[0] or specific_rule(cat, winner))):
        confidence = min(confidence, 0.5)
        evidence.append(f"the row describes a {said} part, the rule is for {winner.category}")
    if winner.ceiling < 1.0 and confidence > winner.ceiling:
        sign = next((f"the row names {m}" for m in stated if cat.same_company(m, winner.manufacturer)), None) or \
            next((why for why, m in ctx.marking.hints if cat.same_company(m, winner.manufacturer)), None)
        if sign and winner.method != "stated":
            # "DC?3623T36G06A8T00 VICHIP": of the letters that could fill the gap, the one the row's
            # other sign of the maker agrees with; likely, not confirmed, as the letter is still inferred.
            confidence = min(confidence, 0.78)
            evidence.append(f"the restored character is a guess, borne out by another sign of the maker ({sign})")
        else:
            confidence = winner.ceiling
            evidence.append("the restored character is a guess: the reading is offered as possible only")
    soviet = cyrillic_designation(ctx, winner)
    if soviet and winner.method != "stated" and cat.country(winner.manufacturer) not in FORMER_SOVIET:
        # "СНП347" (a Soviet connector) folds to CH347, a WCH chip: letters no Latin part number
        # has (П, Л, И, Д...) mark a Soviet-style designation, and a foreign rule that fits what
        # is left after they are dropped fits a coincidence.
        confidence = min(confidence, 0.45)
        evidence.append(f"the number {soviet!r} is written with Cyrillic letters no Latin part number has: "
                        f"a Soviet-style designation, which the {winner.manufacturer} reading fits only without them")
    sensor = next((w for w in ctx.marking.words if w.lower() in SENSOR_WORDS), None)
    if sensor and winner.category == "discrete" and winner.method != "stated":
        # A sensor is an IC, a module or a sensing element, never a plain transistor or diode.
        confidence = min(confidence, 0.5)
        evidence.append(f"the row describes a {sensor.lower()}, the rule is for discrete transistors and diodes")
    winner, note = with_catalogue_part(winner, matched)
    if note:
        evidence.append(note)
    if ctx.designation is not None and (not ctx.designation.transliterated or winner.method == "stated"
                                        or cat.country(winner.manufacturer) in FORMER_SOVIET):
        # A Latin number read by a foreign maker's own rule (Kyocera's KT2520) is that maker's.
        evidence.extend(soviet_note)
    alternatives = hedge_alternatives(winner, confidence) + line_holders(cat, winner, holders, confidence)
    alternatives += earlier_names(cat, winner, confidence, {*winner.second_sources, *holders})
    seen = {winner.manufacturer, *holders, *(a["manufacturer"] for a in alternatives)}
    owner, read = cat.owner(winner.manufacturer), part_key(winner.mpn or "")
    for c in sorted(cands, key=lambda c: -c.score):
        if c.manufacturer == owner and part_key(c.mpn or "") == read:
            continue  # the same number under the name of the brand's owner, which the answer gives too
        if c.manufacturer not in seen:
            seen.add(c.manufacturer)
            alternatives.append({"manufacturer": c.manufacturer, "mpn": c.mpn,
                                 "confidence": round(min(c.score, confidence) * 0.8, 3), "why": c.detail})
    return winner, confidence, evidence, alternatives


def brand_of(cat: Catalog, brand: str, company: str) -> bool:
    """Whether the brand is the company's own trade name (lineage.csv kind 'brand'): a row naming
    the company ("Seiko Epson") names the brand's maker, and the part keeps the brand it bears."""
    step = cat.lineage.get(brand)
    return step is not None and step.brand_of and step.acquired_by == company


def read_as_written(ctx: Context, c: Candidate) -> bool:
    """Whether the reading is of a number the row prints, not of one expanded or restored from it.

    A rule of the maker the row names that reads the printed number outweighs the row's word for
    its kind ("Мікросхема ON 2N7002LT1G": portals call every part a microcircuit).
    """
    return not c.indirect and part_key(c.mpn or "") in {part_key(t) for t in ctx.readable}


def specific_rule(cat: Catalog, c: Candidate) -> bool:
    """Whether a family reading is one maker's own series, fixed by four characters or more
    ("ADUM1301"): a row's word for its kind ("Transistor") is likelier wrong than such a rule."""
    if c.method != "family" or c.second_sources:
        return False
    key = part_key(c.mpn or "")
    return any(r.manufacturer == c.manufacturer and r.priority >= 70 and r.literal_length_for(key) >= 4
               for r in cat.family_rules(key))


def without_foreign_guesses(cat: Catalog, d: Designation, cands: list[Candidate]) -> tuple[list[Candidate], list[str]]:
    """Drop readings of a Soviet-standard number by makers outside the former USSR that would not
    be confident on their own (a bare maker prefix, a prefix put back, a slip undone): "K561LA7"
    has the shape of Samsung's K5 parts only by coincidence. Say what the designation is.

    A designation typed in Cyrillic as the standard writes it ("КУ202Н", a thyristor, with its grade
    letter) sets aside confident foreign readings too: KY202H has a Chemi-Con capacitor's shape only
    once its letters are read as Latin. (A Latin number typed with Cyrillic look-alikes, "КА7805",
    has no grade letter after the number.)"""
    key = part_key(d.text)
    written = not d.transliterated and (d.kind != "discrete" or bool(CYRILLIC.search(d.canonical[-1])))

    def guess(c: Candidate) -> bool:
        read = part_key(c.mpn or "")
        # A prefix put back ("КР1533 ТМ2" read as IKP1533) overlaps the designation past its first letters.
        overlaps = key in read or read in key or c.indirect and any(read[i:] in key for i in (1, 2) if len(read) - i >= 4)
        return c.method != "stated" and (c.indirect or c.score < 0.7 or written) and bool(read) and overlaps and \
            cat.country(c.manufacturer) not in FORMER_SOVIET

    kept = [c for c in cands if not guess(c)]
    note = d.describe()
    if len(kept) < len(cands):
        note += f"; readings of it as a foreign maker's number ({', '.join(sorted({c.manufacturer for c in cands if c not in kept}))}) are set aside"
    if not any(c.method != "stated" for c in kept):
        note += ("; parts under this standard were made at several plants of the former USSR, and are made "
                 "today in Russia and Belarus: the number alone names no maker")
    return kept, [note]


def cyrillic_designation(ctx: Context, winner: Candidate) -> str | None:
    """The row's number the winner was read from, when it holds a Cyrillic letter that looks like
    no Latin one (Л, П, И, Д, Ц...): look-alikes (А, В, С, Е...) are folded to Latin before
    matching, these are dropped, so what a rule matched is not what was printed."""
    read = part_key(winner.mpn or "")
    for text in ctx.marking.candidates:
        if CYRILLIC.search(latin(text)):  # a Cyrillic letter left once the look-alikes are Latin
            key = part_key(text)
            if len(key) >= 3 and key in read:
                return text
    return None


def named_for_a_later_part(cat: Catalog, marking: Marking, named: tuple[str, str]) -> bool:
    """Whether a maker's name stands after a later part number of the row, and the first number fits
    a specific family of another maker ("NRF52840-QIAA (Nordic), AD8317ACPZ (Analog Devices)"): the
    name is that later part's, not the row's."""
    written, maker = named
    toks = tokens(marking.text)
    first_word = written.split()[0]
    if len(marking.candidates) < 2 or first_word not in toks:
        return False
    first = leading_family(cat, marking.candidates)
    if first is None or cat.same_company(maker, first.manufacturer):
        return False
    at = toks.index(first_word)
    before = [t for t in toks[:at] if t in marking.candidates]
    if not before or before[-1] == marking.candidates[0] or part_key(marking.candidates[0]) in part_key(before[-1]):
        return False
    # The later number must be one of the named maker's own (not a date or lot code between).
    later = best_rule(cat, part_key(before[-1]))
    if later is not None and later.category == "module" and says_module(marking.words):
        return False  # "ESP32-S2 Wi-Fi module ESP-12K Ai-Thinker": the chip, then the module it is in and its maker
    return later is not None and later.priority >= 70 and cat.same_company(maker, later.manufacturer)


# Words of a bracket that only attribute the part to the maker named with them ("(ф. TI)", "(made by ST)").
ATTRIBUTION_WORDS = frozenset({"ф", "фирма", "фірма", "пр", "во", "пр-во", "пр-ва", "производства", "виробництва",
                               "производитель", "виробник", "made", "by", "mfr", "manufacturer", "brand", "logo"})


def another_makers_series(cat: Catalog, marking: Marking, named: tuple[str, str]) -> bool:
    """Whether the name is the series name of another maker whose rule reads the row's number, as
    that rule's family writes it after the maker's name ("Delphi Series V36SE": the family "Delta
    Delphi DC/DC module" is Delta Electronics', not Delphi Technologies')."""
    written, maker = named
    word = written.lower()
    for text in marking.candidates:
        rule = best_rule(cat, part_key(text))
        if rule is not None and not cat.same_company(rule.manufacturer, maker) \
                and f"{rule.manufacturer.split()[0].lower()} {word} " in f"{(rule.family or '').lower()} ":
            return True
    return False


def named_for_the_assembly(cat: Catalog, marking: Marking, named: tuple[str, str]) -> bool:
    """Whether the maker is named in a bracket after the row's first number together with a model of
    its own ("PMIC DA9091 (Raspberry Pi 5)", "MxL7704 (Raspberry Pi 4 Model B)"), which names the
    board the part sits on, while the number fits a specific family (priority 70 or more) of another
    maker; a bracket with the maker's name alone ("LM358 (TI)", "(ф. Altera)", "(Analog Devices Inc.)")
    still names the part's."""
    written, maker = named
    for inside in brackets_after_number(marking):
        if written not in inside:
            continue
        rest = [w for w in re.findall(r"[^\W_]+", inside.replace(written, " ")) if w.lower() not in ATTRIBUTION_WORDS]
        if not any(any(ch.isdigit() for ch in w) and not (w.isdigit() and len(w) == 4) for w in rest):
            return False  # no model beside the name: "(ON Semiconductor Corp.)", "(Intel, 2019)"
        first = best_rule(cat, part_key(marking.candidates[0]))
        return first is not None and first.priority >= 70 and not cat.same_company(first.manufacturer, maker)
    return on_the_board(cat, marking, named)


def on_the_board(cat: Catalog, marking: Marking, named: tuple[str, str]) -> bool:
    """Whether the maker is named after the row's first number, behind a word that puts the part on or in
    something ("STM32F745VGT6 on Holybro Kakute F7 board", "ENC28J60 на модулі HanRun"): the board's maker,
    while the number fits a specific family (priority 70 or more) of another maker."""
    written, maker = named
    toks = tokens(marking.text)
    lows = [t.lower() for t in toks]
    first = marking.candidates[0] if marking.candidates else ""
    if first not in toks or written.split()[0] not in toks:
        return False
    at, name_at = toks.index(first), toks.index(written.split()[0])
    if not (at < name_at and any(w in INSIDE_WORDS and w != "of" for w in lows[at + 1:name_at])):
        return False
    rule = best_rule(cat, part_key(first))
    return rule is not None and rule.priority >= 70 and not cat.same_company(rule.manufacturer, maker)


MODULE_WORDS = frozenset({"module", "modules", "модуль", "модуля", "модулі", "модули",
                          "board", "sbc", "computer", "плата", "комп'ютер", "компьютер"})  # a board carries chips too


def says_module(words: list[str]) -> bool:
    """Whether the row calls the part a module or a board."""
    return any(w.lower() in MODULE_WORDS for w in words)


# Words that put the chip in the module: the chip is then the row's part, the module where it sits.
INSIDE_WORDS = frozenset({"inside", "in", "on", "within", "of", "у", "в", "на", "всередині", "внутри"})
# ...unless they say what the module is built on: "based on", "на базі", "на базе", "на основі", "на основе".
BASED_WORDS = frozenset({"based", "базі", "базе", "основі", "основе"})


def puts_chip_inside(words: list[str]) -> bool:
    """Whether the row puts a chip inside the module ("ESP8266EX inside module ESP-12F"), not the
    module on a chip ("module SIM7600E-H based on Qualcomm MDM9607", "модуль на базі MDM9607")."""
    lows = [w.lower() for w in words]

    def based(i: int) -> bool:
        return (i > 0 and lows[i - 1] in BASED_WORDS) or (i + 1 < len(lows) and lows[i + 1] in BASED_WORDS)

    return any(w in INSIDE_WORDS and not based(i) for i, w in enumerate(lows))


def product_after_maker(cat: Catalog, marking: Marking, s: tuple[str, str], stated: list[tuple[str, str]]) -> bool:
    """Whether a maker's one-word name stands right after another company's name, as that company's
    product line ("ECOFLOW DELTA 2": EcoFlow's DELTA power station, not Delta Electronics), and no
    rule of its own reads a number of the row ("KINGSTON SAMSUNG K4B4G1646E": Samsung's chip on
    Kingston's module)."""
    written, maker = s
    if len(stated) < 2 or " " in written.strip() or any(cat.same_company(r.manufacturer, maker)
                                     for n in marking.candidates for r in cat.family_rules(part_key(n))):
        return False
    up = " ".join(marking.text.upper().split())
    return any(not cat.same_company(m, maker) and f"{w.upper()} {written.upper()}" in up
               for w, m in stated if w != written)


def catalogue_parts_of(cat: Catalog, key: str) -> list[Part]:
    """The catalogue parts a key is, whole or with an ordering suffix of up to four characters (as
    `catalogue_part` reads it)."""
    return next((cat.parts[key[:n]] for n in range(len(key), max(5, len(key) - 4) - 1, -1) if key[:n] in cat.parts), [])


def slip_neighbour(cat: Catalog, key: str) -> tuple[str, str, list[Part]] | None:
    """The one catalogue part a single transcription slip away from a number of six characters or more
    that is no catalogue part itself ("OPI177ARZ": OP1177ARZ), as (the key read so, how, its parts)."""
    if len(key) < 6 or catalogue_parts_of(cat, key):
        return None
    found = {v: (how, parts) for v, how in slip_variants(key) if (parts := catalogue_parts_of(cat, v))}
    if len(found) != 1:
        return None
    (v, (how, parts)), = found.items()
    return v, how, parts


# An ordering suffix of letters written apart from its number ("MAX3485 ESA+", "LTC3789 EUFD"): temperature,
# package and pins, with Maxim's lead-free '+' or a tape letter.
LETTER_SUFFIX = re.compile(r"[A-Z]{2,4}\+?T?")


def with_split_suffix(cat: Catalog, marking: Marking, winner: Candidate | None) -> Candidate | None:
    """A rule's answer whose ordering suffix stands as the next word takes it into its part number, when
    the same rule reads the two joined ("MAX3485 ESA+" is MAX3485ESA+, not MAX3485)."""
    if winner is None or winner.method != "family" or not winner.mpn:
        return winner
    toks = tokens(marking.text)
    if winner.mpn not in toks:
        return winner
    i = toks.index(winner.mpn)
    if i + 1 >= len(toks) or not LETTER_SUFFIX.fullmatch(toks[i + 1]) or cat.resolve(toks[i + 1].rstrip("+")) \
            or toks[i + 1] in KIND_ABBREVIATIONS:
        return winner  # (not a maker's logo or a kind after the number: "LM358 NS", "HC32F030 MCU")
    joined = winner.mpn + toks[i + 1]
    if joined not in marking.candidates and not MAXIM_SPLIT_SUFFIX.fullmatch(toks[i + 1]):
        return winner  # the reader's own joins only ("IR2110PBF CHN", "HC32F030 MCU": a country, a kind), or Maxim's '+' line
    rule = best_rule(cat, part_key(winner.mpn))
    if rule is None or best_rule(cat, part_key(joined)) != rule:
        return winner
    return replace(winner, mpn=joined)


def as_written_with(text: str, key: str) -> str:
    """The written number with the characters of its key replaced by those of another key of the same
    length, its hyphens and slashes kept ("ATtiny1O2-SS" with ATTINY102SS: "ATtiny102-SS")."""
    if len(part_key(text)) != len(key):
        return key
    chars = iter(key)
    out = "".join((ch if ch.upper() == (k := next(chars)) else k) if ch.isalnum() and part_key(ch) else ch for ch in text)
    return out if part_key(out) == key else key


def weigh_slip_neighbour(cat: Catalog, winner: Candidate | None, confidence: float, evidence: list[str],
                         alternatives: list[dict]) -> tuple[Candidate | None, float, list[str], list[dict]]:
    """A rule's reading of a number one slip away from a catalogue part: of the same company, the part
    is the number meant ("TLV7O033DDCR" is TLV70033DDCR); of another, the slip is as likely as the rule,
    so the reading drops to possible and the part's maker stands beside it ("NES55DT": Mean Well's rule,
    or ST's NE555DT with an S typed for 5)."""
    if winner is None or winner.method != "family" or not winner.mpn:
        return winner, confidence, evidence, alternatives
    near = slip_neighbour(cat, part_key(winner.mpn))
    if near is None:
        return winner, confidence, evidence, alternatives
    key, how, parts = near
    part = next((p for p in parts if cat.same_company(p.manufacturer, winner.manufacturer)), None)
    if part is not None:
        evidence = [*evidence, f"{how}: {key} is catalogue part {part.mpn} of {part.manufacturer} ({part.origin.rsplit('/', 1)[-1]})"]
        return replace(winner, mpn=as_written_with(winner.mpn, key)), confidence, evidence, alternatives
    part = parts[0]
    evidence = [*evidence, f"{how}, the number is catalogue part {part.mpn} of {part.manufacturer} ({part.origin.rsplit('/', 1)[-1]}): "
                           f"a slip as likely as the rule's reading"]
    alternatives = [{"manufacturer": part.manufacturer, "mpn": as_written_with(winner.mpn, key),
                     "confidence": round(min(confidence, 0.6) * 0.9, 3),
                     "why": f"{how}: catalogue part {part.mpn} ({part.origin.rsplit('/', 1)[-1]})"},
                    *[a for a in alternatives if a.get("manufacturer") != part.manufacturer]]
    return winner, min(confidence, 0.6), evidence, alternatives


def context(line: BomLine, cat: Catalog) -> Context:
    """The row's marking (with its description) read, and every maker it names, column included."""
    text = line.marking if not line.description else f"{line.marking} {line.description}"
    marking = read_marking(text, cat)
    stated = [s for s in marking.makers
              if not named_for_a_later_part(cat, marking, s) and not named_for_the_assembly(cat, marking, s)
              and not another_makers_series(cat, marking, s)]
    stated = [s for s in stated if not product_after_maker(cat, marking, s, stated)]
    module = module_reading(cat, marking)
    if module is not None:
        # On a module's row a maker named or shown beside the chip it carries ("Intel Atom E3800
        # COMe-cBT6", "Celeron J4115 ODROID-H2+") names the chip: it does not lift the chip's reading.
        stated = [s for s in stated if cat.same_company(s[1], module[1])]
        marking = replace(marking, hints=[h for h in marking.hints if cat.same_company(h[1], module[1])])
    column_maker = cat.resolve(line.stated_maker)
    if line.stated_maker and column_maker and all(column_maker != m for _, m in stated):
        stated.append((line.stated_maker, column_maker))
    return Context(marking, tuple(stated), marking.designation, module)


def attribute(line: BomLine, cat: Catalog, today: date | None = None) -> Attribution:
    """The attribution of one part row; `today` bounds date codes (none may lie in the future)."""
    today = today or date.today()
    ctx = context(line, cat)
    marking = ctx.marking
    column_maker = cat.resolve(line.stated_maker)
    winner, confidence, evidence, alternatives = weigh_slip_neighbour(cat, *combine(cat, ctx, gather(cat, ctx)))
    winner = with_split_suffix(cat, ctx.marking, winner)
    confidence = max(0.0, min(confidence, 0.99))
    band = band_of(confidence) if winner else "unknown"
    if line.stated_maker and not column_maker:
        evidence.append(f"the manufacturer column says {line.stated_maker!r}, which is not in the catalogue")
    known = winner is not None and band != "unknown"
    # The kind a Soviet-standard designation names, for the HS heading, unless a foreign maker's own
    # rule read the Latin number (Kyocera's KT2520 is no Soviet transistor).
    soviet = ctx.designation if ctx.designation is not None and (
        not known or not ctx.designation.transliterated or cat.country(winner.manufacturer) in FORMER_SOVIET) else None
    d = describe(cat, marking, manufacturer=winner.manufacturer if known else None,
                 mpn=winner.mpn if known else None,
                 family=(winner.family if known else None) or (soviet.meaning if soviet else None),
                 category=(winner.category if known else None) or (soviet.category if soviet else None),
                 stated_date=line.date_code, today=today)
    evidence = evidence + d.evidence
    read = {"date_code": d.dating.date_code or line.date_code, "made": d.dating.made,
            "post_2022_02_24": d.dating.post_2022_02_24,
            "made_earliest": d.dating.earliest.isoformat() if d.dating.earliest else None,
            "hs_code": d.hs_code, "chpl_tier": d.chpl_tier,
            "chpl_tier_label": d.chpl.tier if d.chpl else None, "origin": d.origin, "lot": d.lot}
    if not known:
        return Attribution(
            source=line.source, locator=line.locator, system=line.system, marking=line.marking,
            mpn=None, family=None, manufacturer=None, owner=None, country=None,
            confidence=round(confidence, 3), band="unknown", method=None, evidence=evidence,
            alternatives=alternatives, **read,
        )
    moved = made_by_later_holder(cat, winner, alternatives, d.dating.earliest)
    if moved is not None:
        holder, t = moved
        evidence.append(f"the date code shows manufacture in {d.dating.earliest.year} or later, after "
                        f"{t.line_from}'s {t.line} passed to {t.line_to} in {t.year}: {holder} made it "
                        f"(transfers.csv: {t.source})")
        winner, alternatives = dated_maker(winner, confidence, alternatives, holder)
    before = made_before_transfer(cat, winner, alternatives, d.dating.latest) if moved is None else None
    if before is not None:
        evidence.append(f"the date code shows manufacture in {d.dating.latest.year} or earlier, before "
                        f"{before.line_from}'s {before.line} passed to {before.line_to} in {before.year}: "
                        f"{before.line_from} made it (transfers.csv: {before.source})")
        winner, alternatives = dated_maker(winner, confidence, alternatives, before.line_from)
    if d.dating.earliest is not None:
        # Made in the year of the renaming or later: not under the earlier name.
        alternatives = [a for a in alternatives if not (a.get("why", "").startswith(EARLIER_NAME)
                        and (step := cat.lineage.get(a["manufacturer"])) is not None and step.year
                        and d.dating.earliest.year >= step.year)]
    earlier = made_under_earlier_name(cat, winner, d.dating.latest)
    if earlier is not None:
        step = cat.lineage[earlier]
        evidence.append(f"the date code shows manufacture in {d.dating.latest.year} or earlier, before {earlier} "
                        f"became {step.acquired_by} in {step.year}: the part was made under the {earlier} name "
                        f"(lineage.csv: {step.source})")
        winner = replace(winner, manufacturer=earlier)
        alternatives = [a for a in alternatives if a["manufacturer"] != earlier]
    owner = winner.owner or cat.owner(winner.manufacturer)
    if winner.owner and winner.owner != winner.manufacturer:
        evidence.append(f"this {winner.manufacturer} product line now belongs to {owner}")
    elif owner != winner.manufacturer:
        how = "a brand of" if brand_of(cat, winner.manufacturer, owner) else "now part of"
        evidence.append(f"{winner.manufacturer} is {how} {owner} (lineage.csv: {cat.lineage[winner.manufacturer].source})")
    return Attribution(
        source=line.source, locator=line.locator, system=line.system, marking=line.marking,
        mpn=winner.mpn, family=winner.family, manufacturer=winner.manufacturer, owner=owner,
        country=cat.country(winner.manufacturer), confidence=round(confidence, 3), band=band,
        method=winner.method, evidence=evidence, alternatives=alternatives, category=winner.category,
        owner_country=cat.country(owner), **read,
    )


def dated_maker(winner: Candidate, confidence: float, alternatives: list[dict],
                maker: str) -> tuple[Candidate, list[dict]]:
    """The winner given to the maker a date code names (the line's holder at the time), with the
    reading's own maker kept first among the alternatives, should the date code be misread."""
    kept = {"manufacturer": winner.manufacturer, "mpn": winner.mpn, "confidence": round(confidence * 0.9, 3),
            "why": f"{winner.detail}; made by {winner.manufacturer} if the date code is misread"}
    return (replace(winner, manufacturer=maker, owner=None, second_sources=()),
            [kept, *(a for a in alternatives if a["manufacturer"] != maker)])


def made_under_earlier_name(cat: Catalog, winner: Candidate, latest: date | None) -> str | None:
    """The name the winner's maker had when the date code proves the part made: a Freescale number
    dated 1993 was made by Motorola, an NXP one dated 2004 by Philips (lineage.csv `renamed` steps
    only: a renaming or spin-off, not an acquisition, whose buyer had lines of its own)."""
    if latest is None or winner.method == "stated":
        return None
    names = [b for b in cat.brands_of(winner.manufacturer) if cat.renamed_as(b, winner.manufacturer)
             and (step := cat.lineage.get(b)) is not None and step.year and latest.year < step.year]
    # The name the part was made under: of the earlier names, the one it bore last before the date.
    return min(names, key=lambda b: cat.lineage[b].year, default=None)


def made_before_transfer(cat: Catalog, winner: Candidate, alternatives: list[dict],
                         latest: date | None) -> Transfer | None:
    """The line's earlier holder, when the rule names the company that took the line over and the
    date code proves the part made before the transfer (an Ampleon BLF number dated 2014 is NXP's:
    NXP's RF power became Ampleon in 2015). Only a line the rule's maker itself took over, from a
    seller already offered as a maker of the number, so a buyer's own series is never the seller's."""
    if latest is None or winner.method == "stated":
        return None
    offered = {a["manufacturer"] for a in alternatives} | set(winner.second_sources)
    moves = [t for t in cat.transfers if t.year and latest.year < t.year and t.line_from in offered
             and t.line_to == winner.manufacturer]
    # Of several, the latest transfer the date precedes: the line's holder just before it.
    return max(moves, key=lambda t: t.year or 0, default=None)


def made_by_later_holder(cat: Catalog, winner: Candidate, alternatives: list[dict],
                         earliest: date | None) -> tuple[str, Transfer] | None:
    """The company that took over the winner's product line, when the date code proves the part was
    made in a year after the transfer (an ST M29W flash dated 2018 is Micron's: ST's NOR flash went
    to Numonyx in 2008 and Micron in 2010). Only the line's owner the rule names (NXP's logic, Nexperia's
    since 2017) or a maker already offered as the line's holder."""
    if earliest is None or winner.method == "stated":
        return None
    for maker in (*([winner.owner] if winner.owner else []), *(a["manufacturer"] for a in alternatives)):
        moves = [t for t in cat.transfers if cat.held_before(winner.manufacturer, t) and cat.holds_after(maker, t.line_to)]
        # Lines of one company passed in several years (Fujitsu's flash in 2003, its MCUs in 2013), and
        # a transfer names no rule: only a date after the last of them proves the part the buyer's.
        last = max(moves, key=lambda t: t.year or 9999, default=None)
        if last is not None and last.year and earliest.year > last.year:
            return last.line_to, last
    return None


def explain(text: str, cat: Catalog, maker: str | None = None) -> str:
    """A readable account of every candidate considered for one marking and the verdict."""
    line = BomLine(source="explain", locator="-", marking=text, stated_maker=maker)
    ctx = context(line, cat)
    marking, stated = ctx.marking, ctx.stated
    cands = gather(cat, ctx)
    a = attribute(line, cat)
    out = [f"marking: {text!r}",
           f"part-number candidates: {', '.join(marking.candidates) or 'none'}",
           f"makers named: {', '.join(f'{w} -> {m}' for w, m in stated) or 'none'}",
           f"date code: {a.date_code or 'none'} (made {a.made or '?'}, after 2022-02-24: "
           f"{ {True: 'yes', False: 'no', None: 'unknown'}[a.post_2022_02_24]}); origin: {a.origin or 'none'}; lot: {a.lot or 'none'}",
           f"HS code: {a.hs_code or 'none'}; CHPL tier: {a.chpl_tier_label or 'none'}",
           "candidates considered:"]
    for c in sorted(cands, key=lambda c: -c.score):
        out.append(f"  {c.score:.2f}  {c.manufacturer:<28} {c.method:<7} {c.mpn or '-':<18} {c.detail}")
        out.append(f"        source: {c.source}")
    if not cands:
        out.append("  none")
    if a.band == "unknown":
        out.append(f"verdict: unknown (confidence {a.confidence:.2f}): " + "; ".join(a.evidence))
    else:
        out.append(f"verdict: {a.manufacturer} (owner {a.owner}), {a.band}, confidence {a.confidence:.2f}, method {a.method}")
        out.extend(f"  why: {e}" for e in a.evidence)
    for alt in a.alternatives:
        out.append(f"  alternative: {alt['manufacturer']} ({alt['confidence']})")
    return "\n".join(out)
