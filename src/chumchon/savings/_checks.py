"""Checks of savings inputs that the shared kernel (:mod:`chumchon._checks`) does not make itself (internal).

Every single value is read by the kernel (money, rates, percentages, whole numbers, text, flags, enums by name
or Thai label, dates or ISO text, NumPy and pandas scalars), so a value is accepted or refused here as it is
everywhere else. What stays here is savings-specific: the first day of a fiscal year, the mapping readers'
:class:`~chumchon.errors.ParseError`, and the typed table builder.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon import _checks as checks
from chumchon._numbers import is_whole_satang
from chumchon.errors import InvalidInputError, ParseError
from chumchon.tables import Column, Table

__all__ = ["amount", "mapping_fields", "part_satang", "table", "year_start"]

_LARGEST_ADJUSTED = 40  # the kernel refuses an amount of 10^41 or more


def amount(value: object, field: str) -> Decimal:
    """The kernel's :func:`~chumchon._checks.money` (an amount of zero or more), with the common case of a
    member's figures first: a ``Decimal`` the kernel would return as it is."""
    if type(value) is Decimal and value.is_finite() and not value.is_signed():
        size = value.adjusted()  # a zero's exponent: the kernel rewrites a zero below 10^-40 as plain 0
        if size <= _LARGEST_ADJUSTED if value else size >= -_LARGEST_ADJUSTED:
            return value
    return checks.money(value, field)


def part_satang(amounts: Iterable[Decimal]) -> int | None:
    """The place of the first amount with a fraction of a satang, or ``None`` when every one is whole satang
    (what the group's books and every payout are written in)."""
    for place, value in enumerate(amounts):
        if not is_whole_satang(value):
            return place
    return None


def year_start(value: object, field: str = "fiscal_year_start") -> date:
    """The first day of a fiscal year: a date (or ISO text, or a ``datetime``'s date; see the kernel's
    :func:`~chumchon._checks.date_value`) that is the 1st of a month."""
    try:
        day = checks.date_value(value, field)
    except InvalidInputError:
        day = None
    if day is None or day.day != 1:
        raise InvalidInputError(
            th=f"วันเริ่มปีบัญชีต้องเป็นวันที่ 1 ของเดือน (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ {value!r}",
            en=f"the fiscal year must start on the 1st of a month (a datetime.date or YYYY-MM-DD), not {value!r}",
            field=field,
            value=value,
        )
    return day


def mapping_fields(data: object, cls: type, what: str) -> dict[str, Any]:
    """``data`` as the keyword arguments of the attrs class ``cls``, read by the kernel's
    :func:`~chumchon._checks.mapping`: a document of the wrong shape (not a mapping, a key that is not text, a
    required field missing) is a :class:`~chumchon.errors.ParseError`; an unknown field an
    :class:`~chumchon.errors.InvalidInputError` naming it."""
    fields = [f for f in attrs.fields(cls) if f.init]
    try:
        found = checks.mapping(data, what)
    except InvalidInputError as error:
        raise _parse_error(error, data) from None
    checks.mapping(found, what, allowed=[f.name for f in fields])
    try:
        return checks.mapping(found, what, required=[f.name for f in fields if f.default is attrs.NOTHING])
    except InvalidInputError as error:
        raise _parse_error(error, data) from None


def _parse_error(error: InvalidInputError, data: object) -> ParseError:
    return ParseError(th=error.th, en=error.en, field=error.field, text=data)


def table(columns: tuple[Column, ...], rows: Any, title: Any = None) -> Table:
    """Build a :class:`~chumchon.tables.Table` (typed here: mypy cannot see through its ``tuple`` converter)."""
    built: Any = Table
    result: Table = built(columns=columns, rows=rows, title=title)
    return result
