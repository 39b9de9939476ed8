"""Due dates: counting months from a start date, business-day adjustment and day counts (วันครบกำหนด).

Due dates count from a fixed start: the k-th date is ``start + k × step`` months, with the day clipped to the
month's last day, exactly as ``start + dateutil.relativedelta(months=k * step)`` (and tested against it). They
never accumulate month by month, so 31 January gives 29 February, 31 March, 30 April… and not 29 March.

A due date that falls on a weekend or a holiday can move (:class:`DateAdjustment`);
the holidays are always passed in by the caller (any container of dates, e.g. a ``holidays.Thailand()``
object); nothing is hard-coded.

>>> from datetime import date
>>> from chumchon.loans.dates import add_months, adjust_date
>>> from chumchon.loans.dates import DateAdjustment
>>> [add_months(date(2024, 1, 31), k).isoformat() for k in (1, 2, 3)]
['2024-02-29', '2024-03-31', '2024-04-30']
>>> adjust_date(date(2026, 4, 13), DateAdjustment.FOLLOWING, holidays={date(2026, 4, 13), date(2026, 4, 14)})
datetime.date(2026, 4, 15)
>>> add_months(date(9999, 12, 1), 1)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: วันที่เกินช่วงที่รองรับ (ปี ค.ศ. 1 ถึง 9999) / the date falls outside the supported range (years 1 to 9999)
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from datetime import date, timedelta

from chumchon._checks import DateLike, ParsableEnum, date_value, enum_member, whole_number
from chumchon.errors import InvalidInputError
from chumchon.loans._util import thai_date

__all__ = [
    "DEFAULT_WEEKEND",
    "AccrualBasis",
    "DateAdjustment",
    "add_months",
    "adjust_date",
    "day_count",
    "year_fraction",
]


class AccrualBasis(ParsableEnum):
    """How interest for a period is measured (วิธีนับวันคิดดอกเบี้ย).

    * ``PER_PERIOD``: annual rate × months / 12, whatever the days (the usual savings-group practice);
    * ``ACTUAL_365``: annual rate × actual days / 365;
    * ``THIRTY_360``: annual rate × days counted on the 30/360 bond basis (ISDA "30/360": a 31st counts
      as the 30th; the end date's 31st does so only when the start is the 30th or 31st) / 360.
    """

    PER_PERIOD = "per_period"
    ACTUAL_365 = "actual_365"
    THIRTY_360 = "thirty_360"


class DateAdjustment(ParsableEnum):
    """How a due date that falls on a weekend or holiday moves (the holiday set is always the caller's).

    * ``NONE``: keep the date;
    * ``FOLLOWING``: the next business day;
    * ``MODIFIED_FOLLOWING``: the next business day unless that is in the next month, then the previous one;
    * ``PRECEDING``: the previous business day.
    """

    NONE = "none"
    FOLLOWING = "following"
    MODIFIED_FOLLOWING = "modified_following"
    PRECEDING = "preceding"


#: Saturday and Sunday (``date.weekday()`` 5 and 6): the default non-business days.
DEFAULT_WEEKEND: frozenset[int] = frozenset({5, 6})


def to_accrual(value: AccrualBasis | str) -> AccrualBasis:
    """``value`` as an :class:`AccrualBasis` (a member, its value or name in any case)."""
    return enum_member(AccrualBasis, value, "accrual")


def to_date_adjustment(value: DateAdjustment | str) -> DateAdjustment:
    """``value`` as a :class:`DateAdjustment` (a member, its value or name in any case)."""
    return enum_member(DateAdjustment, value, "date_adjustment")


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MAX_SHIFT_DAYS = 31
_ONE_DAY = timedelta(days=1)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(start: DateLike, months: int) -> date:
    """``start`` plus ``months`` calendar months, the day clipped to the month's end (as ``relativedelta``).

    Args:
        start: the date counted from.
        months: whole months to add (may be negative).

    Raises:
        InvalidInputError: the result is outside years 1 to 9999, or ``months`` is not a whole number.
    """
    if type(start) is not date:  # a datetime (a date subclass) or anything else: checked once
        start = date_value(start, "start")
    if type(months) is not int:
        months = whole_number(months, "months")
    index = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise InvalidInputError(
            th="วันที่เกินช่วงที่รองรับ (ปี ค.ศ. 1 ถึง 9999)",
            en="the date falls outside the supported range (years 1 to 9999)",
            field="date",
            value=start,
        )
    day = start.day
    if day > 28:
        day = min(day, _days_in_month(year, month0 + 1))
    return date(year, month0 + 1, day)


def month_steps(start: date, step: int, first: int, count: int) -> tuple[date, ...]:
    """``start + k × step`` months for k = first .. first + count - 1, the day clipped to the month's end:
    :func:`add_months` in one loop (the caller has checked the last date's year)."""
    base = start.year * 12 + start.month - 1
    day = start.day
    indices = range(base + first * step, base + (first + count) * step, step)
    if day <= 28:  # no month is shorter: no clipping
        return tuple([date(index // 12, index % 12 + 1, day) for index in indices])
    dates: list[date] = []
    append = dates.append
    lengths = _DAYS_IN_MONTH
    for index in indices:
        year, month0 = divmod(index, 12)
        days = lengths[month0]
        if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            days = 29
        append(date(year, month0 + 1, day if day <= days else days))
    return tuple(dates)


def adjust_date(
    day: DateLike,
    adjustment: DateAdjustment | str,
    *,
    holidays: Container[date] = frozenset(),
    weekend: Iterable[int] = DEFAULT_WEEKEND,
) -> date:
    """Move ``day`` off weekends and holidays by ``adjustment``.

    Args:
        day: the nominal due date.
        adjustment: following, modified following, preceding, or none (a member or its name).
        holidays: any container of dates (``in`` is all that is used).
        weekend: the weekday numbers that are not business days (Monday is 0); Saturday and Sunday by default.

    Raises:
        InvalidInputError: no business day within 31 days (a holiday set that covers everything), or an
            unknown ``adjustment``.
    """
    adjustment = to_date_adjustment(adjustment)
    if type(day) is not date:
        day = date_value(day, "day")
    if adjustment is DateAdjustment.NONE:
        return day
    closed = frozenset(weekend)

    def is_business(d: date) -> bool:
        return d.weekday() not in closed and d not in holidays

    if is_business(day):
        return day
    step = -_ONE_DAY if adjustment is DateAdjustment.PRECEDING else _ONE_DAY
    moved = _shift(day, step, is_business)
    if adjustment is DateAdjustment.MODIFIED_FOLLOWING and moved.month != day.month:
        moved = _shift(day, -_ONE_DAY, is_business)
    return moved


def _shift(day: date, step: timedelta, is_business: Callable[[date], bool]) -> date:
    current = day
    for _ in range(_MAX_SHIFT_DAYS):
        current = current + step
        if is_business(current):
            return current
    raise InvalidInputError(
        th=f"ไม่มีวันทำการภายใน {_MAX_SHIFT_DAYS} วันจาก {thai_date(day)} ตรวจสอบชุดวันหยุด",
        en=f"no business day within {_MAX_SHIFT_DAYS} days of {day.isoformat()}; check the holiday set",
        field="holidays",
        value=day,
    )


def day_count(start: DateLike, end: DateLike, basis: AccrualBasis | str) -> int:
    """Days from ``start`` to ``end`` on ``basis``: actual days, or 30/360 bond-basis days.

    ``PER_PERIOD`` counts actual days too (it is only used for information there).

    >>> from chumchon.loans.dates import AccrualBasis
    >>> day_count(date(2024, 1, 31), date(2024, 3, 31), AccrualBasis.THIRTY_360)
    60
    """
    if basis.__class__ is not AccrualBasis:
        basis = to_accrual(basis)
    if type(start) is not date or type(end) is not date:
        start, end = date_value(start, "start"), date_value(end, "end")
    if basis is AccrualBasis.THIRTY_360:
        d1 = min(start.day, 30)
        d2 = end.day
        if d2 == 31 and d1 == 30:
            d2 = 30
        return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)
    return (end - start).days


def year_fraction(start: DateLike, end: DateLike, basis: AccrualBasis | str) -> tuple[int, int]:
    """The length from ``start`` to ``end`` as (days, days per year): actual/365 or 30/360."""
    if basis.__class__ is not AccrualBasis:
        basis = to_accrual(basis)
    if type(start) is not date or type(end) is not date:
        start, end = date_value(start, "start"), date_value(end, "end")
    if basis is AccrualBasis.THIRTY_360:
        return day_count(start, end, basis), 360
    return (end - start).days, 365
