"""The annual close of a group given as columns, without an object per member (internal).

``annual_close_many(groups, compact=True)`` keeps only rows: per group, the income, allocation and
reconciliation totals, and per member, the savings, dividend and rebate. For a group given as the columns of
:meth:`GroupYear.from_columns <chumchon.savings.GroupYear.from_columns>`, :func:`close_rows` checks each
member column once as a whole and computes column by column, with no :class:`MemberYear`,
:class:`DividendLine` or :class:`RebateLine` built. Every figure comes from the same functions the per-group
close uses (``months_weights``, ``dividend_amounts`` and ``rebate_amounts`` through ``pay_members``, and the
other group-level steps of :mod:`~chumchon.savings._close_steps`), so the rows are those of
:func:`~chumchon.savings.annual_close`, digit for digit.

The pass is only for data it can vouch for: ``Decimal`` or ``int`` amounts, 12-tuples of ``Decimal``,
:class:`MemberType` members, no withdrawal the bylaws forbid, no leaver the bylaws say nothing about, no
dividend weighed by day. Anything else, and any refusal on the way, returns ``None``: the caller then builds
the group and closes it the ordinary way, which gives the same rows or the error the data deserves.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from chumchon.columns import Columns
from chumchon.errors import ChumchonError
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.savings._close_steps import (
    Totals,
    eligibility,
    funds_after,
    income_statement,
    pay_members,
    reconcile,
)
from chumchon.savings._distribution import REASON_DEFAULT, REASON_LEFT, REASON_TYPE
from chumchon.savings._group_year import GroupYear
from chumchon.savings._weights import DividendBasis, DividendMethod, months_weights
from chumchon.savings.allocation import allocate_profit
from chumchon.savings.bylaws import Bylaws
from chumchon.savings.members import MONTHS_IN_YEAR, MemberType

__all__ = ["MEMBER_FIELDS", "Rows", "close_rows", "quick_amount", "quick_months"]

#: The member fields a group's columns may carry (``member_id`` and ``opening_balance`` are required).
MEMBER_FIELDS = (
    "member_id",
    "opening_balance",
    "monthly",
    "interest_paid",
    "missed_installment",
    "member_type",
    "work_units",
    "left_month",
    "name",
)
_ZEROS = (Decimal(0),) * MONTHS_IN_YEAR
_DEFAULTS: dict[str, object] = {
    "monthly": _ZEROS,
    "interest_paid": Decimal(0),
    "missed_installment": False,
    "member_type": MemberType.ORDINARY,
    "work_units": Decimal(0),
    "left_month": None,
    "name": "",
}
_MAX_AMOUNT = 10**41  # the kernel refuses an amount of 10^41 or more
_SMALLEST_EXPONENT = -40  # the kernel turns a zero with a smaller exponent into plain 0
_DECIMAL_ONLY = {Decimal}
_AMOUNT_TYPES = {Decimal, int}
_LEFT_TYPES = {int, type(None)}
_LEFT_VALUES = {None, *range(1, MONTHS_IN_YEAR + 1)}
_FIELD_TYPES: dict[str, set[type]] = {
    "missed_installment": {bool},
    "member_type": {MemberType},
    "name": {str},
}
_ZERO = Decimal(0)
_ZERO2 = Decimal("0.00")

_YEAR = operator.itemgetter(MONTHS_IN_YEAR)
_ALL_TYPES = frozenset(MemberType)


def _goes_below_zero(opening: Decimal, sums: list[Decimal]) -> bool:
    return opening + min(sums) < 0


#: A group's row and its members' columns (of ``CloseBatch.groups`` and ``CloseBatch.members``).
Rows = tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]


def quick_amount(value: object) -> Decimal | None:
    """``value`` as the money converter would give it, or ``None`` when only the converter can tell."""
    if type(value) is Decimal:
        # As the kernel keeps it: finite, not negative, no negative zero, not too big, no tiny-exponent zero.
        fits = value.is_finite() and value >= 0 and not value.is_signed()
        return value if fits and _SMALLEST_EXPONENT <= value.adjusted() < 41 else None
    if type(value) is int and 0 <= value < _MAX_AMOUNT:
        return Decimal(value)
    return None


def quick_months(value: object) -> tuple[Decimal, ...] | None:
    """``value`` when it is a 12-tuple of finite ``Decimal`` (what the monthly converter keeps as it is)."""
    if (
        type(value) is tuple
        and len(value) == MONTHS_IN_YEAR
        and set(map(type, value)) == _DECIMAL_ONLY
        and all(map(Decimal.is_finite, value))
    ):
        return value
    return None


def member_columns(members: object) -> dict[str, Any] | None:
    """The member columns as a plain dict (a :class:`Columns` unpacked), or ``None`` when they are not a
    mapping of equal-length tuples or lists of known fields with the two required ones and one member or more."""
    if isinstance(members, Columns):
        members = dict(zip(members.keys, members.data, strict=True))
    if not isinstance(members, Mapping):
        return None
    columns = dict(members)
    if (
        not columns.keys() <= set(MEMBER_FIELDS)
        or "member_id" not in columns
        or "opening_balance" not in columns
    ):
        return None
    if any(type(c) not in (tuple, list) for c in columns.values()):
        return None
    if len({len(c) for c in columns.values()}) != 1 or not columns["member_id"]:
        return None
    return columns


def _types(column: Iterable[object]) -> set[type]:
    return set(map(type, column))


def _amounts(column: Sequence[Any]) -> Sequence[Decimal] | None:
    """A column of amounts as the money converter would give them (``int`` as ``Decimal``), or ``None``."""
    kinds = _types(column)
    if not kinds <= _AMOUNT_TYPES or min(column) < 0 or max(column) >= _MAX_AMOUNT:
        return None  # a NaN raises when compared (trapped): the caller takes the ordinary path then too
    if int in kinds:
        column = [Decimal(v) if type(v) is int else v for v in column]
    if any(map(Decimal.is_signed, column)) or min(map(Decimal.adjusted, column)) < _SMALLEST_EXPONENT:
        return None  # -0 or a zero with a tiny exponent: the kernel reads them as plain 0
    return column


def _checked(columns: dict[str, Any], count: int) -> list[Sequence[Any]] | None:
    """The member columns in :data:`MEMBER_FIELDS` order, each checked once as a whole (defaults for the
    missing ones, amounts as ``Decimal``), or ``None`` when a value needs the ordinary converters."""
    ids = columns["member_id"]
    if _types(ids) != {str} or not all(map(str.strip, ids)) or len(set(ids)) != count:
        return None
    found: list[Sequence[Any]] = [ids]
    for field in MEMBER_FIELDS[1:]:
        column = columns.get(field)
        if column is None:
            found.append((_DEFAULTS[field],) * count)
            continue
        if field in ("opening_balance", "interest_paid", "work_units"):
            column = _amounts(column)
            if column is None:
                return None
        elif field == "monthly":
            if _types(column) != {tuple} or set(map(len, column)) != {MONTHS_IN_YEAR}:
                return None
            if _types(itertools.chain.from_iterable(column)) != _DECIMAL_ONLY:
                return None
        elif field == "left_month":
            if not _types(column) <= _LEFT_TYPES or not set(column) <= _LEFT_VALUES:
                return None
        elif not _types(column) <= _FIELD_TYPES[field]:
            return None
        found.append(column)
    return found


@in_decimal_context
def close_rows(spec: object, bylaws: object, index: int) -> Rows | None:
    """The rows of ``annual_close(GroupYear.from_columns(**spec), bylaws)`` for group number ``index``, or
    ``None`` when the ordinary path must decide (see the module docstring)."""
    if not isinstance(spec, Mapping) or not isinstance(bylaws, Bylaws):
        return None
    group_fields = dict(spec)
    columns = member_columns(group_fields.pop("members", None))
    if columns is None or "fiscal_year_start" not in group_fields:
        return None
    try:
        return _close(columns, group_fields, bylaws, index)
    except (ChumchonError, ArithmeticError):
        return None  # the ordinary path raises the error itself


def _close(columns: dict[str, Any], group_fields: dict[str, Any], bylaws: Bylaws, index: int) -> Rows | None:
    count = len(columns["member_id"])
    policy, rebate = bylaws.dividend, bylaws.rebate
    method = None if policy is None or policy.basis is DividendBasis.WORK_UNITS else policy.method
    if method is DividendMethod.DAILY:
        return None  # weighed by day: needs dated transactions, which columns do not carry
    values = _checked(columns, count)
    if values is None:
        return None
    ids, opening_column, monthly, interest_column, missed_column, type_column, units, left_column, _names = (
        values
    )
    withdrawals = "monthly" in columns and min(itertools.chain.from_iterable(monthly)) < 0
    if withdrawals and not bylaws.withdrawals_allowed:
        return None  # the ordinary path allows the month of leaving and names the member otherwise
    leavers = "left_month" in columns and any(x is not None for x in left_column)
    if leavers and bylaws.leaver_dividend is None:
        return None
    types, exclude_leavers = eligibility(bylaws)
    exclude_defaulters = rebate is not None and rebate.exclude_defaulters
    # Column by column (each step one pass in C over the members), in the order of annual_close's checks.
    sums = [list(itertools.accumulate(months, initial=_ZERO)) for months in monthly]
    saved_column = list(map(_YEAR, sums))
    if not all(map(Decimal.is_finite, saved_column)):
        return None  # an infinity or NaN
    if withdrawals and any(map(_goes_below_zero, opening_column, sums)):
        return None  # MemberYear refuses a balance below zero
    closing_column = list(map(operator.add, opening_column, saved_column))
    no_dividend: list[Message | None]
    if types >= _ALL_TYPES and not (exclude_leavers and leavers):
        no_dividend = [None] * count
    else:
        no_dividend = [
            REASON_TYPE
            if kind not in types
            else REASON_LEFT
            if exclude_leavers and left is not None
            else None
            for kind, left in zip(type_column, left_column, strict=True)
        ]
    no_rebate = no_dividend
    if exclude_defaulters:
        no_rebate = [
            REASON_DEFAULT if reason is None and missed else reason
            for reason, missed in zip(no_dividend, missed_column, strict=True)
        ]
    weights: list[tuple[Decimal, int]] = []
    if policy is not None:
        weights = (
            list(zip(units, itertools.repeat(1)))
            if method is None
            else months_weights(opening_column, sums, method)
        )
    group = GroupYear(members=(), **group_fields)
    if group.fiscal_year_start.month != bylaws.fiscal_start_month:
        return None
    interest = sum(interest_column, _ZERO2)
    closing = sum(closing_column, _ZERO2)
    totals = Totals(interest, sum(opening_column, _ZERO2), sum(saved_column, _ZERO2), closing)
    income, notes = income_statement(group, interest)
    profit = income.net_profit
    paid_dividends, paid_rebates, lines = pay_members(
        profit, bylaws, method, (weights, no_dividend), (list(interest_column), no_rebate), notes
    )
    allocation = allocate_profit(profit, [*lines, *bylaws.allocation])
    funds = funds_after(group, allocation)
    dividends = None if paid_dividends is None else paid_dividends.amounts
    rebates = None if paid_rebates is None else paid_rebates.amounts
    reconciliation = reconcile(totals, income, allocation, dividends, rebates, funds)
    row = (
        group.name,
        group.fiscal_year_start,
        count,
        income.total_income,
        income.total_expenses,
        profit,
        _ZERO2 if paid_dividends is None else paid_dividends.total,
        _ZERO2 if paid_rebates is None else paid_rebates.total,
        sum((f.added for f in funds), _ZERO2),
        closing,
        all(c.ok for c in reconciliation),
    )
    none = (_ZERO2,) * count
    members = (
        (index,) * count,
        tuple(ids),
        tuple(opening_column),
        tuple(saved_column),
        tuple(closing_column),
        tuple(interest_column),
        none if dividends is None else tuple(dividends),
        none if rebates is None else tuple(rebates),
    )
    return row, members
