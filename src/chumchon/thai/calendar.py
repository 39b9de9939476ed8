"""Buddhist era and fiscal years (พุทธศักราชและปีงบประมาณ).

**Buddhist era (พ.ศ.).** From 1 January 1941 (B.E. 2484) the Thai year begins on 1 January and
B.E. = C.E. + 543. Before that the year began on 1 April, so a date in January to March of C.E. year Y
(Y ≤ 1940) belongs to B.E. Y + 542; B.E. 2483 was nine months long (1 April to 31 December 1940) when the
new-year day was moved (พระราชบัญญัติปีปฏิทิน พ.ศ. 2483, the Calendar Year Act B.E. 2483). The
1 April rule is applied to every date before 1941, although the Buddhist era became the official civil era
only in 1912 (B.E. 2455): for earlier dates the result is the B.E. year the same rule gives, not what
documents of the time wrote.

:func:`ce_year` gives ``be - 543`` for every B.E. year: for B.E. 2484 and later that is the Gregorian year
that coincides with it; for B.E. 2483 and earlier it is the Gregorian year in which that B.E. year *began*
(on 1 April); its January to March fall in the next Gregorian year.

**Fiscal year (ปีงบประมาณ).** The government fiscal year runs 1 October to 30 September and is named by the
B.E. year in which it ends: FY 2570 is 1 October 2026 to 30 September 2027. Quarters: Q1 October–December,
Q2 January–March, Q3 April–June, Q4 July–September. Savings groups close their books on a month of their
own bylaws (a bylaw setting, not law): pass ``start_month``.

Sources: Budget Procedure Act B.E. 2561 (พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2561) for the fiscal year;
Calendar Year Act B.E. 2483 for the change of new-year day.

>>> from datetime import date
>>> from chumchon.thai import be_year, ce_year, fiscal_year, fiscal_year_bounds, fiscal_quarter
>>> be_year(date(2026, 11, 21)), be_year(date(1940, 3, 31)), be_year(date(1940, 4, 1)), be_year(date(1941, 1, 1))
(2569, 2482, 2483, 2484)
>>> ce_year(2569)
2026
>>> fiscal_year(date(2026, 10, 1)), fiscal_quarter(date(2026, 10, 1))
(2570, 1)
>>> fiscal_year_bounds(2570)
(datetime.date(2026, 10, 1), datetime.date(2027, 9, 30))
>>> fiscal_year("2026-10-01")
2570
>>> fiscal_year("1/10/2026")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'd' ต้องเป็นวันที่ (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ '1/10/2026' / 'd' must be a date (datetime.date or YYYY-MM-DD), not '1/10/2026'
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import functools
from datetime import date

from chumchon._scalar import plain_scalar
from chumchon._types import DateLike
from chumchon.errors import InvalidInputError

__all__ = [
    "BE_OFFSET",
    "GOVERNMENT_FISCAL_START_MONTH",
    "be_year",
    "ce_year",
    "check_date",
    "date_from_be",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_bounds",
]

#: B.E. = C.E. + 543 from 1 January 1941 (and from 1 April to 31 December of earlier years).
BE_OFFSET = 543
#: The government fiscal year starts in October (ปีงบประมาณ: 1 ตุลาคม - 30 กันยายน): the Budget Procedure Act's
#: month as registered (:data:`chumchon.rules.budget_act.GOVERNMENT_FISCAL_YEAR_START_MONTH`), read from the
#: registry the first time it is used (here or as ``start_month=None``), not when this module is imported.
GOVERNMENT_FISCAL_START_MONTH: int


@functools.cache
def _government_start_month() -> int:
    from chumchon.rules.budget_act import GOVERNMENT_FISCAL_YEAR_START_MONTH

    return GOVERNMENT_FISCAL_YEAR_START_MONTH.history[-1].value


def __getattr__(name: str) -> int:
    if name == "GOVERNMENT_FISCAL_START_MONTH":
        return _government_start_month()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The first Gregorian year whose January-March belongs to B.E. = C.E. + 543.
_FIRST_JANUARY_NEW_YEAR = 1941
_MIN_BE = date.min.year + BE_OFFSET  # 544: the B.E. year that began on 1 April of C.E. 1
_MAX_BE = date.max.year + BE_OFFSET  # 10542


def check_date(d: object, name: str = "d") -> date:
    """``d`` as a date, by the kernel's one rule (:func:`chumchon._checks.date_value`: a ``date`` or ISO text
    ``YYYY-MM-DD``); a ``datetime`` stays one, so the Thai formats can write its time."""
    if isinstance(d, date):
        return d
    from chumchon._checks import date_value  # only for text and refusals: importing the kernel costs time

    return date_value(d, name)


def _check_int(value: object, name: str, low: int, high: int, th_what: str, en_what: str) -> int:
    value = plain_scalar(value)  # a NumPy integer (a DataFrame cell) is an integer too
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็น{th_what} เลขจำนวนเต็มตั้งแต่ {low} ถึง {high} ไม่ใช่ {value!r}",
            en=f"{name!r} must be {en_what}, an integer from {low} to {high}, not {value!r}",
            field=name,
            value=value,
        )
    return value


def be_year(d: DateLike) -> int:
    """The Buddhist-era year (พ.ศ.) of a date, exact for every date (see the module notes on 1941).

    Args:
        d: a ``date``, a ``datetime`` or ISO text ``YYYY-MM-DD``.

    Raises:
        InvalidInputError: ``d`` is not a date.

    >>> from datetime import datetime
    >>> be_year(datetime(2027, 9, 30, 23, 59))
    2570
    """
    d = check_date(d)
    year = d.year
    if year < _FIRST_JANUARY_NEW_YEAR and d.month < 4:
        return year + BE_OFFSET - 1
    return year + BE_OFFSET


def ce_year(be: int) -> int:
    """The Gregorian year (ค.ศ.) of the B.E. year ``be``: always ``be - 543``.

    From B.E. 2484 on, the two years coincide. For B.E. 2483 and earlier, the result is the Gregorian year in
    which that B.E. year began (1 April); its January to March lie in the next Gregorian year.

    Args:
        be: a B.E. year from 544 to 10542 (the range of :class:`datetime.date`).

    Raises:
        InvalidInputError: ``be`` is not an integer in that range.

    >>> ce_year(2484), ce_year(2482)
    (1941, 1939)
    >>> ce_year(25.69)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'be' ต้องเป็นปีพุทธศักราช เลขจำนวนเต็มตั้งแต่ 544 ถึง 10542 ไม่ใช่ 25.69 / 'be' must be a Buddhist-era year, an integer from 544 to 10542, not 25.69
    """
    return _check_int(be, "be", _MIN_BE, _MAX_BE, "ปีพุทธศักราช", "a Buddhist-era year") - BE_OFFSET


def date_from_be(be: int, month: int, day: int) -> date:
    """The date with B.E. year ``be``, ``month`` and ``day``, honouring the pre-1941 new year on 1 April.

    Raises:
        InvalidInputError: no such date (30 February, or January–March of B.E. 2483, a year that began in
            April and ended in December), or arguments out of range.

    >>> date_from_be(2482, 1, 15), date_from_be(2484, 1, 15)
    (datetime.date(1940, 1, 15), datetime.date(1941, 1, 15))
    >>> date_from_be(2483, 2, 1)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: พ.ศ. 2483 ไม่มีเดือนมกราคมถึงมีนาคม: ปีนั้นเริ่ม 1 เมษายน 2483 และสิ้นสุด 31 ธันวาคม 2483 (เปลี่ยนวันขึ้นปีใหม่เป็น 1 มกราคม ตั้งแต่ พ.ศ. 2484) / B.E. 2483 has no January to March: it ran from 1 April to 31 December 1940 (the new year moved to 1 January from B.E. 2484 = 1941)
    """
    _check_int(month, "month", 1, 12, "เดือน", "a month")
    # B.E. 543 is allowed here: its January-March are those of C.E. 1.
    be = _check_int(be, "be", _MIN_BE - 1, _MAX_BE, "ปีพุทธศักราช", "a Buddhist-era year")
    if month >= 4 or be >= _FIRST_JANUARY_NEW_YEAR + BE_OFFSET:
        year = be - BE_OFFSET
    elif be < _FIRST_JANUARY_NEW_YEAR + BE_OFFSET - 1:
        year = be - BE_OFFSET + 1
    else:
        raise InvalidInputError(
            th=(
                "พ.ศ. 2483 ไม่มีเดือนมกราคมถึงมีนาคม: ปีนั้นเริ่ม 1 เมษายน 2483 และสิ้นสุด 31 ธันวาคม 2483 "
                "(เปลี่ยนวันขึ้นปีใหม่เป็น 1 มกราคม ตั้งแต่ พ.ศ. 2484)"
            ),
            en=(
                "B.E. 2483 has no January to March: it ran from 1 April to 31 December 1940 "
                "(the new year moved to 1 January from B.E. 2484 = 1941)"
            ),
            field="month",
            value=month,
        )
    if not 1 <= year <= date.max.year:
        raise InvalidInputError(
            th=f"พ.ศ. {be} เดือน {month} อยู่นอกช่วงวันที่ที่ใช้ได้ (ค.ศ. 1 ถึง 9999)",
            en=f"B.E. {be} month {month} is outside the supported dates (C.E. 1 to 9999)",
            field="be",
            value=be,
        )
    last = _stdlib_calendar.monthrange(year, month)[1]
    _check_int(day, "day", 1, last, f"วันที่ของเดือน {month} ปี พ.ศ. {be}", f"a day of month {month} of B.E. {be}")
    return date(year, month, day)


def _check_start_month(start_month: object) -> int:
    if plain_scalar(start_month) is None:  # None, or pandas' NA (an empty cell): the government's month
        return _government_start_month()
    return _check_int(start_month, "start_month", 1, 12, "เดือนเริ่มปีบัญชี", "the first month of the fiscal year")


def _fiscal_end(end_ce: int, start_month: int) -> date:
    end_month = start_month - 1 or 12
    return date(end_ce, end_month, _stdlib_calendar.monthrange(end_ce, end_month)[1])


def fiscal_year(d: DateLike, start_month: int | None = None) -> int:
    """The fiscal year (ปีงบประมาณ) containing ``d``, named by the B.E. year in which it ends.

    Args:
        d: a ``date``, a ``datetime`` or ISO text ``YYYY-MM-DD``.
        start_month: the first month of the fiscal year; ``None`` (the default) for the government's, as
            registered (10, October); a savings group passes the month its bylaws name (1 makes the fiscal
            year the calendar year).

    Raises:
        InvalidInputError: ``d`` is not a date, or ``start_month`` is not 1-12.

    >>> fiscal_year(date(2027, 9, 30)), fiscal_year(date(2027, 1, 1), start_month=1)
    (2570, 2570)
    >>> fiscal_year(date(2026, 4, 1), start_month=4)
    2570
    """
    d = check_date(d)
    start_month = _check_start_month(start_month)
    end_ce = d.year + 1 if (start_month != 1 and d.month >= start_month) else d.year
    if end_ce > date.max.year:
        raise InvalidInputError(
            th=f"ปีงบประมาณของ {d} สิ้นสุดหลัง ค.ศ. 9999 ซึ่งเกินช่วงวันที่ที่ใช้ได้",
            en=f"the fiscal year of {d} ends after C.E. 9999, beyond the supported dates",
            field="d",
            value=d,
        )
    return be_year(_fiscal_end(end_ce, start_month))


def fiscal_year_bounds(fy: int, start_month: int | None = None) -> tuple[date, date]:
    """The first and last day of fiscal year ``fy`` (a B.E. year, the year in which it ends).

    Args:
        fy: the fiscal year, a B.E. year.
        start_month: the first month of the fiscal year (``None``: the government's, 10).

    Raises:
        InvalidInputError: ``fy`` is not a B.E. year in range, or no fiscal year of that name exists (a year
            ending in January–March cannot be named 2483, which had no January–March).

    >>> fiscal_year_bounds(2570, start_month=1)
    (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    """
    start_month = _check_start_month(start_month)
    fy = _check_int(fy, "fy", _MIN_BE + 1, _MAX_BE, "ปีงบประมาณ (พ.ศ.)", "a fiscal year (B.E.)")
    for end_ce in (fy - BE_OFFSET, fy - BE_OFFSET + 1):
        if end_ce > date.max.year:
            continue
        end = _fiscal_end(end_ce, start_month)
        if be_year(end) == fy:
            start = date(end_ce - 1, start_month, 1) if start_month != 1 else date(end_ce, 1, 1)
            return start, end
    raise InvalidInputError(
        th=f"ไม่มีปีงบประมาณ {fy} ที่เริ่มเดือน {start_month}: ไม่มีปีใดที่สิ้นสุดใน พ.ศ. {fy}",
        en=f"there is no fiscal year {fy} starting in month {start_month}: none ends in B.E. {fy}",
        field="fy",
        value=fy,
    )


def fiscal_quarter(d: DateLike, start_month: int | None = None) -> int:
    """The quarter (ไตรมาส) 1-4 of the fiscal year that contains ``d``.

    >>> [fiscal_quarter(date(2027, m, 1)) for m in (1, 4, 7, 10)]
    [2, 3, 4, 1]
    """
    d = check_date(d)
    start_month = _check_start_month(start_month)
    return (d.month - start_month) % 12 // 3 + 1
