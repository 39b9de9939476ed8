"""Net present value and internal rate of return of cash flows (มูลค่าปัจจุบันสุทธิและอัตราผลตอบแทนภายใน).

Excel's NPV, IRR, XNPV and XIRR in :class:`~decimal.Decimal`, with Excel's argument conventions:

* :func:`npv` discounts the first value by one period (Excel's NPV, unlike numpy-financial's ``npv``, which
  starts at time zero);
* :func:`irr` takes values at periods 0, 1, 2, …; :func:`xirr` and :func:`xnpv` take dated values discounted
  on a 365-day year from the first date (the other dates may come in any order but none before it);
* ``guess`` is optional (0.1, as in Excel).

Where several rates solve the equation, :func:`irr` and :func:`xirr` return the one Newton's method reaches
from ``guess`` (as Excel does); when Newton's method diverges, every rate above -1 is isolated exactly and the
one nearest ``guess`` is returned. They refuse only when no rate exists (proved by the rule of signs, see
:mod:`chumchon.loans._solver`), or when the flows change sign so often that rates cannot be isolated.

The true cost of a flat-rate loan with an upfront fee, paid on real dates, is an XIRR question:

>>> from datetime import date
>>> from decimal import Decimal
>>> received = Decimal(10000) - 200  # a 10,000 loan less a 200 fee
>>> flows = [received] + [Decimal("-933.34")] * 12  # 1% a month flat: 833.34 principal + 100 interest
>>> dates = [date(2026, 1, 15)] + [date(2026 + (m // 12), m % 12 + 1, 15) for m in range(1, 13)]
>>> round(xirr(flows, dates), 4)  # 28.7% a year, compounded: nearly twice the quoted 12%
Decimal('0.2871')
>>> xirr([100, 200], [date(2026, 1, 1), date(2026, 6, 1)])
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: กระแสเงินสดต้องมีทั้งยอดบวกและยอดลบอย่างน้อยอย่างละหนึ่งยอด / the cash flows need at least one positive and one negative value
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from chumchon._checks import DateLike, MoneyLike, RateLike, date_value, number
from chumchon.errors import InvalidInputError
from chumchon.loans import _solver as solver
from chumchon.loans import _tvm as tvm
from chumchon.money import in_decimal_context

__all__ = ["irr", "npv", "xirr", "xnpv"]

_ONE = Decimal(1)
_ZERO = Decimal(0)
_YEAR = Decimal(365)
_ARITHMETIC = (decimal.Overflow, decimal.DivisionByZero, decimal.InvalidOperation)


def _flatten(values: Iterable[object], name: str) -> list[Decimal]:
    """Numbers and (one level of) iterables of numbers, as Excel takes values and ranges."""
    found: list[Decimal] = []
    for item in values:
        if isinstance(item, (str, bytes)) or not hasattr(item, "__iter__"):
            found.append(number(item, name))
        else:
            found.extend(number(x, name) for x in item)
    return found


def _values(values: object, name: str = "values") -> list[Decimal]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise InvalidInputError(
            th=f"{name} ต้องเป็นรายการตัวเลข ไม่ใช่ {values!r}",
            en=f"{name} must be a sequence of numbers, not {values!r}",
            field=name,
            value=values,
        )
    found = _flatten(values, name)
    if not found:
        raise InvalidInputError(
            th=f"{name} ต้องมีอย่างน้อยหนึ่งยอด", en=f"{name} must hold at least one value", field=name
        )
    return found


def _rate_above(value: object, *, allow_below: bool = False) -> Decimal:
    r = number(value, "rate")
    if r == -1 or (r < -1 and not allow_below):
        allowed = "ต้องไม่เท่ากับ -1" if allow_below else "ต้องมากกว่า -1"
        allowed_en = "must not be -1" if allow_below else "must exceed -1"
        raise InvalidInputError(
            th=f"อัตรา {allowed} ไม่ใช่ {r}", en=f"the rate {allowed_en}, not {r}", field="rate", value=value
        )
    return r


def _discounted(r: Decimal, amounts: Sequence[Decimal], times: Sequence[Decimal]) -> Decimal:
    base = _ONE + r
    return sum((a / base**t for a, t in zip(amounts, times, strict=True)), _ZERO)


def _value(r: Decimal, amounts: list[Decimal], times: list[Decimal]) -> Decimal:
    scale = max(abs(a) for a in amounts)
    try:
        return tvm.exactly(lambda: _discounted(r, amounts, times), scale, r, max(times))
    except _ARITHMETIC:
        raise tvm.out_of_range() from None


@in_decimal_context
def npv(
    rate: RateLike, values: MoneyLike | Iterable[MoneyLike], *more: MoneyLike | Iterable[MoneyLike]
) -> Decimal:
    """Excel's NPV: ``Σ value_i / (1 + rate)^i`` for i = 1, 2, …: the first value is one period away.

    Args:
        rate: the discount rate per period (any number but -1, as Excel).
        values: a number or an iterable of numbers (Excel's ``value1``, or a range).
        *more: further numbers or iterables (``value2``, …), flattened in order.

    >>> round(npv("0.1", -10000, 3000, 4200, 6800), 2)  # Microsoft's example
    Decimal('1188.44')
    >>> round(npv("0.08", [8000, 9200, 10000, 12000, 14500]) - 40000, 2)
    Decimal('1922.06')

    Raises:
        InvalidInputError: a rate of exactly -1, no values, or a value that is not a number.
    """
    r = _rate_above(rate, allow_below=True)
    amounts = _flatten([values, *more], "values")
    if not amounts:
        raise InvalidInputError(
            th="values ต้องมีอย่างน้อยหนึ่งยอด", en="values must hold at least one value", field="values"
        )
    return _value(r, amounts, [Decimal(i) for i in range(1, len(amounts) + 1)])


def _need_both_signs(amounts: Sequence[Decimal]) -> None:
    if not (any(a > 0 for a in amounts) and any(a < 0 for a in amounts)):
        raise InvalidInputError(
            th="กระแสเงินสดต้องมีทั้งยอดบวกและยอดลบอย่างน้อยอย่างละหนึ่งยอด",
            en="the cash flows need at least one positive and one negative value",
            field="values",
        )


def _solve(flows: solver.CashFlows, guess: object, tol: object, maxiter: int) -> Decimal:
    start = number(guess, "guess")
    if start <= -1:
        raise InvalidInputError(
            th=f"guess ต้องมากกว่า -1 ไม่ใช่ {start}", en=f"guess must exceed -1, not {start}", field="guess"
        )
    tolerance = tvm.tolerance(tol)
    found = solver.newton(flows, start, tolerance, tvm.maxiter(maxiter))
    if found is None:
        found = tvm.nearest_rate(flows, start, tolerance)
    return tvm.not_at_minus_one(found)


@in_decimal_context
def irr(
    values: Iterable[MoneyLike],
    guess: RateLike = "0.1",
    *,
    tol: Decimal | int | float | str = "1e-20",
    maxiter: int = 100,
) -> Decimal:
    """Excel's IRR: the rate per period at which ``values`` (at periods 0, 1, 2, …) are worth zero.

    >>> round(irr([-70000, 12000, 15000, 18000, 21000, 26000]), 6)  # Microsoft's example: 8.7%
    Decimal('0.086631')
    >>> round(irr([-70000, 12000, 15000], "-0.1"), 6)
    Decimal('-0.443507')

    Raises:
        InvalidInputError: the values lack a positive or a negative value, no rate exists, or the arguments
            are not numbers.
    """
    amounts = _values(values)
    _need_both_signs(amounts)
    flows = solver.CashFlows(amounts, [Decimal(t) for t in range(len(amounts))])
    return _solve(flows, guess, tol, maxiter)


def _dated(values: object, dates: object) -> tuple[list[Decimal], list[Decimal]]:
    amounts = _values(values)
    if isinstance(dates, (str, bytes)) or not hasattr(dates, "__iter__"):
        raise InvalidInputError(
            th=f"dates ต้องเป็นรายการวันที่ ไม่ใช่ {dates!r}",
            en=f"dates must be a sequence of dates, not {dates!r}",
            field="dates",
            value=dates,
        )
    days: list[date] = [date_value(d, f"dates[{i}]") for i, d in enumerate(dates)]
    if len(days) != len(amounts):
        raise InvalidInputError(
            th=f"จำนวนยอด ({len(amounts)}) ไม่เท่ากับจำนวนวันที่ ({len(days)})",
            en=f"there are {len(amounts)} values but {len(days)} dates",
            field="dates",
        )
    start = days[0]
    early = [d for d in days if d < start]
    if early:
        raise InvalidInputError(
            th=f"วันที่ {early[0]} อยู่ก่อนวันแรก {start}",
            en=f"the date {early[0]} is before the first date {start}",
            field="dates",
            value=early[0],
        )
    return amounts, [Decimal((d - start).days) / _YEAR for d in days]


@in_decimal_context
def xnpv(rate: RateLike, values: Iterable[MoneyLike], dates: Iterable[DateLike]) -> Decimal:
    """Excel's XNPV: ``Σ value_i / (1 + rate)^((date_i − date_0) / 365)``.

    >>> from datetime import date
    >>> dates = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30), date(2009, 2, 15), date(2009, 4, 1)]
    >>> round(xnpv("0.09", [-10000, 2750, 4250, 3250, 2750], dates), 2)  # Microsoft's example
    Decimal('2086.65')

    Raises:
        InvalidInputError: a rate of -1 or below, different numbers of values and dates, a date before the
            first one, or values that are not numbers.
    """
    r = _rate_above(rate)
    amounts, times = _dated(values, dates)
    return _value(r, amounts, times)


@in_decimal_context
def xirr(
    values: Iterable[MoneyLike],
    dates: Iterable[DateLike],
    guess: RateLike = "0.1",
    *,
    tol: Decimal | int | float | str = "1e-20",
    maxiter: int = 100,
) -> Decimal:
    """Excel's XIRR: the annual rate at which :func:`xnpv` of the dated ``values`` is zero.

    >>> from datetime import date
    >>> dates = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30), date(2009, 2, 15), date(2009, 4, 1)]
    >>> round(xirr([-10000, 2750, 4250, 3250, 2750], dates), 10)  # Microsoft's example: 0.373362535
    Decimal('0.3733625335')

    Raises:
        InvalidInputError: as :func:`xnpv`, the values lack a positive or a negative value, or no rate exists.
    """
    amounts, times = _dated(values, dates)
    _need_both_signs(amounts)
    merged: dict[Decimal, Decimal] = {}
    for a, t in zip(amounts, times, strict=True):
        merged[t] = merged.get(t, _ZERO) + a
    ordered = sorted(merged)
    flows = solver.CashFlows([merged[t] for t in ordered], ordered)
    return _solve(flows, guess, tol, maxiter)
