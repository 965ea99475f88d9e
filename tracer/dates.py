"""Date codes: when a part was made, and whether that proves manufacture after the invasion.

Makers print the date of manufacture as YYWW (year, ISO week), Microchip and Atmel as YYWWNNN
(a trace code after it), ST as YWW with one year digit that repeats every ten years
(`catalogs/date_conventions.csv`). Russia's full-scale invasion began on 24 February 2022, in
ISO week 2022-W08 (21-27 February): a code of 2022-W09 or later proves manufacture after it,
2022-W08 is ambiguous, 2022-W07 or earlier is before. Everything here is pure: the caller passes
today's date and the conventions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

INVASION = date(2022, 2, 24)

YYWW = re.compile(r"^#?(\d{2})(\d{2})$")
YYWWNNN = re.compile(r"^(\d{2})(\d{2})[A-Z0-9]{3}$")
YWW = re.compile(r"^(\d)(\d{2})$")
# Dates lists write besides the makers' codes: a year and month ("2019-05") and a distributor's "this
# date or later" after a year or a YYWW code ("2021+" is the year 2021 or later, "1845+" week 45 of 2018
# or later).
YEAR_MONTH = re.compile(r"^(19[89]\d|20[0-3]\d)[-./](0[1-9]|1[0-2])$")
OR_LATER = re.compile(r"^(\d{4})\+$")
# A year of manufacture written as one: with the words for it after ("2023 г.в.", "2019 р.", "2018 year")
# or before ("year 2018", "рік випуску 2019", "год выпуска: 2020"), or glued ("2018г.", "2019р.в.").
# Bare, "2023" stays a YYWW code (week 23 of 2020): that is how makers print dates.
YEAR = re.compile(r"^(19[7-9]\d|20[0-3]\d)$")
YEAR_GLUED = re.compile(r"^(19[7-9]\d|20[0-3]\d)(г|р)\.?(в\.?)?$", re.IGNORECASE)
# Not a bare "г" or "р" (grams, a price) nor "mfg"/"mfd" before it (labels print YYWW after them; MFD is
# also microfarads).
YEAR_WORDS_AFTER = frozenset({"г.", "гг.", "г.в.", "г.в", "гв", "р.", "р.в.", "р.в", "рв", "year", "yr",
                              "рік", "року", "год", "года"})
YEAR_WORDS_BEFORE = frozenset({"year", "yr", "випуску", "выпуска", "виготовлення", "изготовления", "виробництва",
                               "производства"})


@dataclass(frozen=True)
class Reading:
    """One way to read a date code: the ISO week it names."""

    code: str
    year: int
    week: int
    convention: str
    first: date | None = None  # a span other than the ISO week: a month, or a date and "or later"
    last: date | None = None

    @property
    def made(self) -> str:
        if self.convention == "YYYY":
            return str(self.year)
        if self.convention == "YYYY-MM" and self.first is not None:
            return f"{self.first.year}-{self.first.month:02d}"
        if self.convention == "YYYY+":
            return f"{self.year} or later"
        return f"{self.year}-W{self.week:02d}" + (" or later" if self.convention == "YYWW+" else "")

    @property
    def monday(self) -> date:
        return self.first or date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.last or date.fromisocalendar(self.year, self.week, 7)


@dataclass(frozen=True)
class Dating:
    """What the row's date code says: the code, the week, the invasion flag and why."""

    date_code: str | None = None
    made: str | None = None
    post_2022_02_24: bool | None = None
    readings: tuple[Reading, ...] = ()
    evidence: list[str] = field(default_factory=list)

    @property
    def earliest(self) -> date | None:
        """The first day any reading allows."""
        return min((r.monday for r in self.readings), default=None)

    @property
    def latest(self) -> date | None:
        """The week's Monday of the last reading any reading allows."""
        return max((r.monday for r in self.readings), default=None)

    def proven_after(self, day: date) -> bool:
        return proven_after(self.earliest, day)


def proven_after(earliest: date | None, day: date) -> bool:
    """Whether a date code whose readings allow `earliest` at the soonest proves manufacture after
    `day`: every reading's week starts later."""
    return earliest is not None and earliest > day


def real_week(year: int, week: int) -> bool:
    """Whether the ISO calendar has this week (week 53 exists only in some years)."""
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return False
    return True


def after_invasion(r: Reading) -> bool | None:
    """True when the week starts after 24 February 2022, False when it ends before, else None."""
    if r.monday > INVASION:
        return True
    if r.sunday < INVASION:
        return False
    return None


@lru_cache(maxsize=50_000)
def four_digit(code: str, today: date, convention: str = "YYWW") -> Reading | None:
    m = (YYWWNNN if convention == "YYWWNNN" else YYWW).match(code)
    if not m:
        return None
    yy, ww = int(m.group(1)), int(m.group(2))
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    if year < 1970 or not real_week(year, ww):
        return None
    r = Reading(code, year, ww, convention)
    return r if r.monday <= today else None


@lru_cache(maxsize=50_000)
def one_digit_year(code: str, today: date, introduced: int | None, ended: int | None = None) -> tuple[Reading, ...]:
    """Every decade a YWW code can belong to, within the part's life span and not in the future."""
    m = YWW.match(code)
    if not m:
        return []
    y, ww = int(m.group(1)), int(m.group(2))
    first = introduced or 1990
    last = min(ended or today.year, today.year)
    out = []
    for decade in range(1990, today.year + 1, 10):
        year = decade + y
        if first <= year <= last and real_week(year, ww):
            r = Reading(code, year, ww, "YWW")
            if r.monday <= today:
                out.append(r)
    return tuple(out)


def listed_date(code: str, today: date) -> Reading | None:
    """A year and month ("2019-05"), or a year or YYWW code with '+' for "or later" ("2021+", "1845+")."""
    m = YEAR_MONTH.match(code)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        first = date(year, month, 1)
        last = date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)
        return Reading(code, year, first.isocalendar()[1], "YYYY-MM", first, last) if first <= today else None
    m = OR_LATER.match(code)
    if not m:
        return None
    year = int(m.group(1))
    if 1990 <= year <= today.year:
        return Reading(code, year, 1, "YYYY+", date(year, 1, 1), today)
    r = four_digit(m.group(1), today)
    return Reading(code, r.year, r.week, "YYWW+", r.monday, today) if r is not None else None


def year_written(tokens: Sequence[str], i: int) -> int | None:
    """The year token i names when the row says it is a year of manufacture ("2023 г.в.", "year 2018")."""
    tok = tokens[i].strip("()[],;:")
    glued = YEAR_GLUED.match(tok)
    if glued:
        return int(glued.group(1))
    if not YEAR.match(tok):
        return None
    after = tokens[i + 1].strip("()[],;:").lower() if i + 1 < len(tokens) else ""
    before = tokens[i - 1].strip("()[],;:").lower() if i > 0 else ""
    return int(tok) if after in YEAR_WORDS_AFTER or before in YEAR_WORDS_BEFORE else None


def year_reading(code: str, year: int, today: date) -> Reading | None:
    """A whole calendar year (up to today when it is this year)."""
    if year > today.year:
        return None
    first = date(year, 1, 1)
    return Reading(code, year, 1, "YYYY", first, min(date(year, 12, 31), today))


# onsemi's line under the number: the site and wafer-lot letters, then the year and week ("AWL1845",
# "AL1721"; its template is printed as "AWLYYWW").
ONSEMI_DATE_LINE = re.compile(r"(?:AWL|AL|WL)([0-9]{4})")
# The same line with the real letters, under onsemi's (Motorola's) MC14000B CMOS mark, which shows
# the number without MC and with the B series and G lead-free letters ("14011BG KX1639": site K,
# wafer lot X, 2016 week 39).
ONSEMI_CMOS_MARK = re.compile(r"(?:MC)?14[0-9]{3}U?BG?")
ONSEMI_LOT_LINE = re.compile(r"[A-Z]{1,3}([0-9]{4})")


def onsemi_lot_line(tokens: list[str], i: int) -> str | None:
    """The YYWW of onsemi's site-lot-date line when the token at i is one and follows a CMOS mark."""
    line = ONSEMI_LOT_LINE.fullmatch(tokens[i].strip("()[],;.").upper())
    if line is None or i == 0 or not ONSEMI_CMOS_MARK.fullmatch(tokens[i - 1].strip("()[],;.").upper()):
        return None
    return line.group(1)


# Monolithic Power Systems' first line: MPS and the YYWW date, over the number ("MPS2118 MP1584").
MPS_DATE_LINE = re.compile(r"MPS([0-9]{4})")
MPS_NUMBER = re.compile(r"MP[0-9]{3,5}")


def mps_date_line(tokens: list[str], i: int) -> str | None:
    """The YYWW of MPS's logo line when the token at i is one and MPS's number follows it."""
    line = MPS_DATE_LINE.fullmatch(tokens[i].strip("()[],;.").upper())
    if line is None or i + 1 >= len(tokens) or not MPS_NUMBER.match(tokens[i + 1].strip("()[],;.").upper()):
        return None
    return line.group(1)


def read_dates(tokens: list[str], conventions: set[str], today: date, introduced: int | None = None,
               skip: set[str] | None = None) -> Dating:
    """The first token that reads as a date code under the maker's conventions.

    `conventions` holds what the maker prints ("YYWW", "YYWWNNN", "YWW"); YYWW is always tried.
    `skip` holds tokens that are the part number itself. A YWW code is resolved only when the
    part's life span (from `introduced`) leaves one decade; otherwise every reading is listed.
    """
    skip = skip or set()
    for i, tok in enumerate(tokens):
        code = tok.strip("()[],;.").upper()
        if not code or code in skip:
            continue
        year = year_written(tokens, i)
        if year is not None:
            whole = year_reading(tok.strip("()[],;:"), year, today)
            if whole is not None:
                return dated(whole.code, [whole])
            continue  # a year of manufacture not yet come: a slip, and no YYWW code either
        listed = listed_date(tok.strip("()[],;"), today)
        if listed is not None:
            return dated(listed.code, [listed])
        if i and (line := ONSEMI_DATE_LINE.fullmatch(code)):
            code = line.group(1)  # the date inside onsemi's site-lot-date line, after the number
        elif (lot_line := onsemi_lot_line(tokens, i)) is not None:
            code = lot_line
        elif (mps := mps_date_line(tokens, i)) is not None:
            code = mps
        for convention in ("YYWWNNN", "YYWW"):
            if convention == "YYWWNNN" and convention not in conventions:
                continue
            r = four_digit(code, today, convention)
            if r is not None:
                return dated(code.lstrip("#"), [r])
        if "YWW" in conventions:
            readings = one_digit_year(code, today, introduced)
            if readings:
                return dated(code, list(readings), introduced)
    return Dating()


def dated(code: str, readings: list[Reading], introduced: int | None = None) -> Dating:
    conv = readings[0].convention
    if len(readings) == 1:
        r = readings[0]
        flag = after_invasion(r)
        why = f"date code {code} read as {conv}: {r.made} ({r.monday.isoformat()} to {r.sunday.isoformat()})"
        if introduced and conv == "YWW":
            why += f"; the one-digit year is placed in the only decade since the family's introduction in {introduced}"
        return Dating(code, r.made, flag, (r,), [why + "; " + invasion_words(flag, r.first is not None)])
    flags = {after_invasion(r) for r in readings}
    flag = flags.pop() if len(flags) == 1 else None
    weeks = " or ".join(r.made for r in readings)
    why = (f"date code {code} read as {conv}: the one-digit year repeats every ten years, so it is {weeks}"
           + ("" if introduced else " (the family's introduction date is not known)")
           + "; " + (invasion_words(flag) if flag is not None else "the readings disagree about 24 February 2022"))
    return Dating(code, None, flag, tuple(readings), [why])


def invasion_words(flag: bool | None, span: bool = False) -> str:
    if flag is True:
        return "made after 24 February 2022"
    if flag is False:
        return "made before 24 February 2022 (manufacture, not sale: it may have been exported later)"
    if span:
        return "the span includes 24 February 2022: before or after cannot be told"
    return "2022-W08 contains 24 February 2022: before or after cannot be told"
