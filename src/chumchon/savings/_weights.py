"""Dividend weights (internal): the methods and bases, and each member's exact weighted savings.

The formulas are described in :mod:`chumchon.savings.dividends`; this module holds them once, for
:func:`~chumchon.savings.calculate_dividends` and the annual close alike.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from decimal import Decimal

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.savings.members import MONTHS_IN_YEAR, MemberYear

__all__ = [
    "DividendBasis",
    "DividendMethod",
    "daily_weight",
    "months_weight",
    "months_weights",
    "same_day_count",
    "weight",
]

_ZERO = Decimal(0)
_TWELVE = Decimal(MONTHS_IN_YEAR)
# Month weights: paid in fiscal month m, money counts for (12 - m) or (13 - m) of the 12 months.
_YEAR = operator.itemgetter(MONTHS_IN_YEAR)  # a running sum's last entry: the year's total
_FIRST_ELEVEN = operator.itemgetter(slice(0, MONTHS_IN_YEAR))  # the running sums to month 11 (and 0)


class DividendMethod(ParsableEnum):
    """How savings are weighted for the dividend (วิธีคิดเงินปันผล); see the module docstring."""

    YEAR_END_BALANCE = "year_end_balance"
    OPENING_MONTH_AVERAGE = "opening_month_average"
    CLOSING_MONTH_AVERAGE = "closing_month_average"
    DAILY = "daily"

    @property
    def label(self) -> Message:
        """The method's name in Thai and English."""
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    DividendMethod.YEAR_END_BALANCE: Message("ยอดเงินออมสิ้นปี", "year-end balance"),
    DividendMethod.OPENING_MONTH_AVERAGE: Message(
        "ถัวเฉลี่ยรายเดือน (นับจากเดือนถัดไป)", "monthly average (from the month after payment)"
    ),
    DividendMethod.CLOSING_MONTH_AVERAGE: Message(
        "ถัวเฉลี่ยรายเดือน (นับเดือนที่ฝาก)", "monthly average (from the month of payment)"
    ),
    DividendMethod.DAILY: Message("ถัวเฉลี่ยรายวัน", "daily balance"),
}


class DividendBasis(ParsableEnum):
    """What a dividend is paid on: savings (เงินออม) or recorded work (ผลงาน, occupational groups)."""

    SAVINGS = "savings"
    WORK_UNITS = "work_units"


def weight(member: MemberYear, method: DividendMethod) -> tuple[Decimal, int]:
    """:func:`~chumchon.savings.weighted_balance` without the checks, in the caller's (decorated) context: the
    per-member loop."""
    if method is DividendMethod.DAILY:
        return daily_weight(member)
    return months_weight(
        member.opening_balance, list(itertools.accumulate(member.monthly, initial=_ZERO)), method
    )


def months_weight(b0: Decimal, sums: list[Decimal], method: DividendMethod) -> tuple[Decimal, int]:
    """The weight of one member (see :func:`months_weights`)."""
    return months_weights([b0], [sums], method)[0]


def months_weights(
    openings: Sequence[Decimal], sums: Sequence[list[Decimal]], method: DividendMethod
) -> list[tuple[Decimal, int]]:
    """The weights of members from their balances brought in and the running sums of their 12 monthly amounts
    (``sums[i][j]`` is member i's total of months 1 to j, ``sums[i][0]`` zero), under a method other than
    ``DAILY``; computed column by column.

    Money paid in month m counts for 12 − m months (opening-month average), so the sum of c_m × (12 − m) is
    the sum of the running totals of months 1 to 11; likewise 13 − m gives months 1 to 12. The start term
    (zero with the exponent of the year's total) keeps the exponent of the sum of products exactly.
    """
    years = list(map(_YEAR, sums))
    if method is DividendMethod.YEAR_END_BALANCE:
        return list(zip(map(operator.add, openings, years), itertools.repeat(1)))
    months: Iterable[Decimal]
    if method is DividendMethod.OPENING_MONTH_AVERAGE:
        months = map(sum, map(_FIRST_ELEVEN, sums), map(operator.mul, years, itertools.repeat(_ZERO)))
    else:
        assert method is DividendMethod.CLOSING_MONTH_AVERAGE
        months = (sum(s, _ZERO) for s in sums)
    scaled = map(operator.mul, openings, itertools.repeat(_TWELVE))
    return list(zip(map(operator.add, scaled, months), itertools.repeat(MONTHS_IN_YEAR)))


def daily_weight(member: MemberYear) -> tuple[Decimal, int]:
    start = member.fiscal_year_start
    if member.transactions is None or start is None:
        if any(member.monthly):
            raise InvalidInputError(
                th=f"สมาชิก {member.member_id}: วิธีถัวเฉลี่ยรายวันต้องมีรายการเงินออมพร้อมวันที่ "
                "(MemberYear.from_transactions)",
                en=f"member {member.member_id}: the daily method needs dated savings transactions "
                "(MemberYear.from_transactions)",
                field="transactions",
                value=member.member_id,
            )
        return member.opening_balance, 1
    end = start.replace(year=start.year + 1)
    days = (end - start).days
    weight = member.opening_balance * days
    for day, amount in member.transactions:
        weight += amount * (days - (day - start).days)
    return weight, days


def same_day_count(weights: list[tuple[Decimal, int]]) -> list[tuple[Decimal, int]]:
    """Put every daily weight on the year's day count, so pool splits compare like with like."""
    counts = {d for _w, d in weights if d != 1}
    if len(counts) > 1:
        raise InvalidInputError(
            th="สมาชิกมีรายการจากปีบัญชีต่างกัน (จำนวนวันในปีไม่เท่ากัน)",
            en="the members' transactions come from different fiscal years (different day counts)",
            field="fiscal_year_start",
        )
    if not counts:
        return weights
    days = counts.pop()
    return [(w * days, days) if d == 1 else (w, d) for w, d in weights]
