"""Date codes: YYWW, YYWWNNN and YWW, ISO weeks 52/53, the 2022-W08 boundary and ten-year ambiguity."""

from __future__ import annotations

from datetime import date

import pytest

from tracer.dates import after_invasion, four_digit, one_digit_year, read_dates

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize("code,made,post", [
    ("2207", "2022-W07", False),   # 14-20 February 2022: before
    ("2208", "2022-W08", None),    # 21-27 February 2022 holds the 24th: cannot tell
    ("2209", "2022-W09", True),    # from 28 February 2022: after
    ("#2312", "2023-W12", True),   # ADI's '#' before the code
    ("1718", "2017-W18", False),
    ("2152", "2021-W52", False),
    ("2001", "2020-W01", False),
])
def test_yyww_and_the_invasion_boundary(code: str, made: str, post: bool | None) -> None:
    r = four_digit(code, TODAY)
    assert r is not None and r.made == made and after_invasion(r) is post


@pytest.mark.parametrize("code,real", [
    ("2053", True),    # 2020 has an ISO week 53 (28 Dec 2020 - 3 Jan 2021)
    ("1553", True),    # so has 2015
    ("2153", False),   # 2021 has 52 weeks
    ("2253", False),   # so has 2022
    ("1952", True),
    ("2200", False),   # week 0 does not exist
    ("2254", False),
])
def test_week_53_exists_only_in_long_iso_years(code: str, real: bool) -> None:
    assert (four_digit(code, TODAY) is not None) is real


def test_a_code_in_the_future_is_not_a_date() -> None:
    assert four_digit("2650", TODAY) is None   # 2026-W50 is after 25 November 2026
    assert four_digit("2647", TODAY) is not None  # 2026-W47 holds 16-22 November


def test_yywwnnn_is_read_only_under_that_convention() -> None:
    assert read_dates(["1912XYZ"], {"YYWW"}, TODAY).made is None
    d = read_dates(["PIC16F877A-I/P", "1912XYZ"], {"YYWW", "YYWWNNN"}, TODAY)
    assert (d.date_code, d.made, d.post_2022_02_24) == ("1912XYZ", "2019-W12", False)


def test_one_digit_year_lists_every_decade_when_the_life_span_allows_several() -> None:
    readings = one_digit_year("315", TODAY, introduced=None)
    assert [r.made for r in readings] == ["1993-W15", "2003-W15", "2013-W15", "2023-W15"]
    d = read_dates(["315"], {"YWW"}, TODAY, introduced=2011)
    assert d.made is None and [r.made for r in d.readings] == ["2013-W15", "2023-W15"]
    assert d.post_2022_02_24 is None and "2013-W15 or 2023-W15" in d.evidence[0]


def test_one_digit_year_is_resolved_when_one_decade_is_left() -> None:
    d = read_dates(["315"], {"YWW"}, TODAY, introduced=2018)  # 2013 is before the family existed
    assert (d.made, d.post_2022_02_24) == ("2023-W15", True)
    d = read_dates(["852"], {"YWW"}, TODAY, introduced=2011)  # 2018-W52; 2028 is still to come
    assert (d.made, d.post_2022_02_24) == ("2018-W52", False)


def test_one_digit_year_readings_that_agree_settle_the_flag() -> None:
    d = read_dates(["425"], {"YWW"}, TODAY, introduced=2012)  # 2014 or 2024: disagree
    assert d.post_2022_02_24 is None
    d = read_dates(["230"], {"YWW"}, TODAY, introduced=2019)  # only 2022-W30
    assert (d.made, d.post_2022_02_24) == ("2022-W30", True)


def test_three_digit_tokens_are_not_dates_without_the_yww_convention() -> None:
    assert read_dates(["315"], {"YYWW"}, TODAY).date_code is None


def test_the_part_number_is_never_read_as_a_date() -> None:
    assert read_dates(["2102", "1904"], {"YYWW"}, TODAY, skip={"2102"}).made == "2019-W04"


def test_proven_after_needs_the_whole_week_after_the_day() -> None:
    assert read_dates(["2209"], {"YYWW"}, TODAY).proven_after(date(2022, 2, 24))
    assert not read_dates(["2208"], {"YYWW"}, TODAY).proven_after(date(2022, 2, 24))
    assert not read_dates(["425"], {"YWW"}, TODAY, introduced=2012).proven_after(date(2022, 2, 24))
    assert read_dates(["425"], {"YWW"}, TODAY, introduced=2012).proven_after(date(2010, 1, 1))


@pytest.mark.parametrize(("token", "made", "after"), [
    ("2019-05", "2019-05", False),  # a year and month, the whole month
    ("2023-05", "2023-05", True),
    ("2022-02", "2022-02", None),  # the month holds 24 February 2022
    ("2021+", "2021 or later", None),  # a distributor's year "or later": it may be either side
    ("2023+", "2023 or later", True),
    ("1845+", "2018-W45 or later", None),  # not a year: YYWW, or later
    ("2212+", "2022-W12 or later", True),
])
def test_dates_lists_write_are_read_as_spans(token: str, made: str, after: bool | None) -> None:
    d = read_dates(["LM358", token], {"YYWW"}, TODAY)
    assert (d.date_code, d.made, d.post_2022_02_24) == (token, made, after)


@pytest.mark.parametrize(("tokens", "code", "made", "after"), [
    (["AD8605ARZ", "2023", "г.в."], "2023", "2023", True),  # год выпуска: the year of manufacture
    (["AD8605ARZ", "2019", "р."], "2019", "2019", False),
    (["рік", "випуску", "2019", "AD8605ARZ"], "2019", "2019", False),
    (["AD8605ARZ", "year", "2018"], "2018", "2018", False),
    (["AD8605ARZ", "2018г."], "2018г.", "2018", False),  # glued to its word
    (["STM32F405RGT6", "2022", "year"], "2022", "2022", None),  # the year holds 24 February 2022
])
def test_a_year_written_as_one_is_the_whole_year(tokens: list[str], code: str, made: str, after: bool | None) -> None:
    d = read_dates(tokens, {"YYWW"}, TODAY)
    assert (d.date_code, d.made, d.post_2022_02_24) == (code, made, after)


def test_a_bare_year_like_code_stays_a_makers_yyww() -> None:
    assert read_dates(["AD8605ARZ", "2023"], {"YYWW"}, TODAY).made == "2020-W23"
    assert read_dates(["AD8605ARZ", "2023", "pcs"], {"YYWW"}, TODAY).made == "2020-W23"
    # A label's MFG/MFD prints a YYWW code after it (and MFD is also microfarads); a bare "г" is grams.
    assert read_dates(["AD8605ARZ", "MFG", "2015"], {"YYWW"}, TODAY).made == "2020-W15"
    assert read_dates(["470", "MFD", "1990"], {"YYWW"}, TODAY).made != "1990"
    assert read_dates(["Вага", "2000", "г"], {"YYWW"}, TODAY).made != "2000"


def test_a_year_not_yet_come_is_no_date() -> None:
    assert read_dates(["LM358", "2031", "г.в."], {"YYWW"}, TODAY).date_code is None


def test_onsemis_site_lot_and_date_line_after_the_number_gives_its_date() -> None:
    d = read_dates(["MC33072", "AWL1845"], {"YYWW"}, TODAY)
    assert (d.date_code, d.made) == ("1845", "2018-W45")
    assert read_dates(["AWL1845"], {"YYWW"}, TODAY).date_code is None  # first on the row: a number, not a date line


def test_mps_logo_and_date_line_before_its_number_gives_its_date() -> None:
    d = read_dates(["MPS1934", "MP2315", "E2J1H8B3"], {"YYWW"}, TODAY)
    assert (d.date_code, d.made) == ("1934", "2019-W34")
    assert read_dates(["MPS2222A"], {"YYWW"}, TODAY).date_code is None  # onsemi's transistor, not a date line
