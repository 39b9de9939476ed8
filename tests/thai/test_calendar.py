"""Buddhist era and fiscal year (DOMAIN.md section 3 [C]: B.E. = C.E. + 543 from 1 January 1941; before
that January-March of C.E. Y belongs to B.E. Y + 542; fiscal year 1 October - 30 September named by the
B.E. year in which it ends: FY 2570 runs 2026-10-01 to 2027-09-30)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chumchon.errors import InvalidInputError
from chumchon.thai import (
    be_year,
    ce_year,
    date_from_be,
    fiscal_quarter,
    fiscal_year,
    fiscal_year_bounds,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(1939, 3, 31), 2481),
        (date(1939, 4, 1), 2482),
        (date(1939, 12, 31), 2482),
        (date(1940, 1, 1), 2482),  # the year still began on 1 April
        (date(1940, 3, 31), 2482),
        (date(1940, 4, 1), 2483),  # B.E. 2483: nine months, 1 April to 31 December 1940
        (date(1940, 12, 31), 2483),
        (date(1941, 1, 1), 2484),  # new year on 1 January from B.E. 2484
        (date(1941, 3, 31), 2484),
        (date(1941, 4, 1), 2484),
        (date(2026, 11, 21), 2569),
        (datetime(2027, 1, 1, 0, 0), 2570),
        (date(1, 1, 1), 543),
        (date(9999, 12, 31), 10542),
    ],
)
def test_be_year_around_the_1941_change(d: date, expected: int) -> None:
    assert be_year(d) == expected


@pytest.mark.parametrize("value", ["21/11/2026", 2026, None, 2026.5])
def test_be_year_refuses_non_dates(value: object) -> None:
    with pytest.raises(InvalidInputError, match="date"):
        be_year(value)  # type: ignore[arg-type]


def test_ce_year() -> None:
    assert ce_year(2569) == 2026
    assert ce_year(2484) == 1941
    # B.E. 2483 and earlier: the Gregorian year in which the B.E. year began (on 1 April).
    assert ce_year(2483) == 1940
    assert ce_year(2482) == 1939
    assert be_year(date(ce_year(2482), 4, 1)) == 2482
    assert be_year(date(ce_year(2482) + 1, 3, 31)) == 2482


@pytest.mark.parametrize("value", [543, 10543, True, 2569.0, "2569", None])
def test_ce_year_refuses_bad_years(value: object) -> None:
    with pytest.raises(InvalidInputError, match="Buddhist-era year"):
        ce_year(value)  # type: ignore[arg-type]


def test_date_from_be() -> None:
    assert date_from_be(2483, 4, 1) == date(1940, 4, 1)
    assert date_from_be(2482, 3, 31) == date(1940, 3, 31)
    assert date_from_be(2484, 1, 1) == date(1941, 1, 1)
    assert date_from_be(543, 1, 1) == date(1, 1, 1)
    with pytest.raises(InvalidInputError, match="2483"):
        date_from_be(2483, 3, 31)
    with pytest.raises(InvalidInputError, match="day"):
        date_from_be(2569, 2, 29)
    assert date_from_be(2567, 2, 29) == date(2024, 2, 29)
    with pytest.raises(InvalidInputError, match="month"):
        date_from_be(2569, 13, 1)
    with pytest.raises(InvalidInputError, match="outside"):
        date_from_be(543, 4, 1)  # would be April of C.E. 0


@pytest.mark.parametrize(
    ("d", "fy", "quarter"),
    [
        (date(2026, 9, 30), 2569, 4),
        (date(2026, 10, 1), 2570, 1),
        (date(2026, 12, 31), 2570, 1),
        (date(2027, 1, 1), 2570, 2),
        (date(2027, 3, 31), 2570, 2),
        (date(2027, 4, 1), 2570, 3),
        (date(2027, 6, 30), 2570, 3),
        (date(2027, 7, 1), 2570, 4),
        (date(2027, 9, 30), 2570, 4),
        (date(2027, 10, 1), 2571, 1),
        (datetime(2026, 10, 1, 0, 0, 1), 2570, 1),
    ],
)
def test_government_fiscal_year_and_quarter(d: date, fy: int, quarter: int) -> None:
    assert fiscal_year(d) == fy
    assert fiscal_quarter(d) == quarter


def test_government_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2570) == (date(2026, 10, 1), date(2027, 9, 30))
    assert fiscal_year_bounds(2484) == (date(1940, 10, 1), date(1941, 9, 30))


def test_bylaw_start_months() -> None:
    # A savings group closing its books at the end of March (start month 4).
    assert fiscal_year(date(2026, 3, 31), start_month=4) == 2569
    assert fiscal_year(date(2026, 4, 1), start_month=4) == 2570
    assert fiscal_year_bounds(2570, start_month=4) == (date(2026, 4, 1), date(2027, 3, 31))
    assert fiscal_quarter(date(2026, 4, 1), start_month=4) == 1
    assert fiscal_quarter(date(2027, 3, 31), start_month=4) == 4
    # Calendar-year books.
    assert fiscal_year(date(2026, 12, 31), start_month=1) == 2569
    assert fiscal_year_bounds(2569, start_month=1) == (date(2026, 1, 1), date(2026, 12, 31))
    assert fiscal_quarter(date(2026, 12, 31), start_month=1) == 4


def test_fiscal_year_named_by_the_be_year_it_ends_in_before_1941() -> None:
    # Books closed on 31 March 1940 end in B.E. 2482 (January-March 1940 belonged to 2482) ...
    assert fiscal_year(date(1939, 4, 1), start_month=4) == 2482
    # ... and those closed on 31 March 1941 end in B.E. 2484, so no April-March year is called 2483.
    assert fiscal_year(date(1940, 4, 1), start_month=4) == 2484
    with pytest.raises(InvalidInputError, match="2483"):
        fiscal_year_bounds(2483, start_month=4)
    assert fiscal_year_bounds(2484, start_month=4) == (date(1940, 4, 1), date(1941, 3, 31))
    assert fiscal_year_bounds(2482, start_month=4) == (date(1939, 4, 1), date(1940, 3, 31))


def test_start_month_none_is_the_registered_government_month() -> None:
    assert fiscal_year(date(2026, 10, 1), None) == fiscal_year(date(2026, 10, 1), 10) == 2570
    assert fiscal_quarter(date(2026, 10, 1), None) == 1
    assert fiscal_year_bounds(2570, None) == (date(2026, 10, 1), date(2027, 9, 30))


@pytest.mark.parametrize("start_month", [0, 13, True, "10", 10.0])
def test_bad_start_month(start_month: object) -> None:
    for call in (
        lambda: fiscal_year(date(2026, 1, 1), start_month),  # type: ignore[arg-type]
        lambda: fiscal_quarter(date(2026, 1, 1), start_month),  # type: ignore[arg-type]
        lambda: fiscal_year_bounds(2570, start_month),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidInputError, match="start_month"):
            call()


def test_fiscal_year_beyond_the_last_date() -> None:
    with pytest.raises(InvalidInputError, match="9999"):
        fiscal_year(date(9999, 10, 1))
    with pytest.raises(InvalidInputError):
        fiscal_year_bounds(2569.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        fiscal_year_bounds(10543)
