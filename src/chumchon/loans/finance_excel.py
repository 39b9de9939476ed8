"""Excel's rate conversions and cumulative payments in Decimal: EFFECT, NOMINAL, CUMIPMT and CUMPRINC
(สูตรอัตราดอกเบี้ยและยอดสะสมแบบ Excel), with Excel's argument rules (whole periods truncated, positive rates and
present values) and :mod:`chumchon.loans.finance`'s conventions and accuracy.

>>> from chumchon.loans.finance_excel import effect
>>> effect("0.12", 12).quantize(Decimal("0.000001"))
Decimal('0.126825')
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from chumchon._checks import MoneyLike, RateLike, number
from chumchon.errors import InvalidInputError
from chumchon.loans import _tvm as tvm
from chumchon.money import in_decimal_context

__all__ = ["cumipmt", "cumprinc", "effect", "nominal"]


def _periods_per_year(npery: object) -> int:
    # Excel truncates npery to a whole number and refuses fewer than one period a year.
    count = number(npery, "npery").to_integral_value(rounding=decimal.ROUND_DOWN)
    if count < 1 or count > tvm.MAX_PERIODS:
        raise InvalidInputError(
            th=f"จำนวนงวดต่อปี (npery) ต้องอยู่ระหว่าง 1 ถึง {tvm.MAX_PERIODS} ไม่ใช่ {npery!r}",
            en=f"npery (periods a year) must be from 1 to {tvm.MAX_PERIODS}, not {npery!r}",
            field="npery",
            value=npery,
        )
    return int(count)


def _positive_rate(value: object, name: str) -> Decimal:
    r = number(value, name)
    if r <= 0:
        raise InvalidInputError(
            th=f"{name} ต้องมากกว่าศูนย์ (ตามฟังก์ชันของ Excel) ไม่ใช่ {r}",
            en=f"{name} must be greater than zero (as in Excel), not {r}",
            field=name,
            value=value,
        )
    return r


@in_decimal_context
def effect(nominal_rate: RateLike, npery: Decimal | int | float | str) -> Decimal:
    """The effective annual rate of ``nominal_rate`` compounded ``npery`` times a year (Excel's EFFECT):
    ``(1 + nominal_rate / npery) ** npery − 1``.

    ``npery`` is truncated to a whole number, as Excel does.

    >>> round(effect("0.0525", 4), 9)  # Microsoft's example
    Decimal('0.053542667')

    Raises:
        InvalidInputError: ``nominal_rate`` is not above zero, or ``npery`` is below 1.
    """
    nominal = _positive_rate(nominal_rate, "nominal_rate")
    count = Decimal(_periods_per_year(npery))
    return tvm.guarded(
        lambda: (tvm.ONE + nominal / count) ** count - tvm.ONE, tvm.ZERO, nominal / count, count
    )


@in_decimal_context
def nominal(effect_rate: RateLike, npery: Decimal | int | float | str) -> Decimal:
    """The nominal annual rate, compounded ``npery`` times a year, whose effective rate is ``effect_rate``
    (Excel's NOMINAL): ``npery × ((1 + effect_rate) ** (1 / npery) − 1)``.

    >>> round(nominal("0.053543", 4), 10)  # Microsoft's example shows 0.052500319, cut to 9 places
    Decimal('0.0525003199')

    Raises:
        InvalidInputError: ``effect_rate`` is not above zero, or ``npery`` is below 1.
    """
    effective = _positive_rate(effect_rate, "effect_rate")
    count = Decimal(_periods_per_year(npery))
    return tvm.guarded(
        lambda: count * ((tvm.ONE + effective) ** (tvm.ONE / count) - tvm.ONE), tvm.ZERO, tvm.ZERO, tvm.ZERO
    )


def _whole_period(value: object, name: str, low: int, high: Decimal) -> int:
    # Excel truncates the periods of CUMIPMT/CUMPRINC to whole numbers.
    k = number(value, name).to_integral_value(rounding=decimal.ROUND_DOWN)
    if not low <= k <= high:
        raise InvalidInputError(
            th=f"{name} ต้องเป็นงวดที่ {low} ถึง {high} ไม่ใช่ {value!r}",
            en=f"{name} must be a period from {low} to {high}, not {value!r}",
            field=name,
            value=value,
        )
    return int(k)


def _cumulative_arguments(
    rate: object, nper: object, pv: object, start_period: object, end_period: object, when: object
) -> tuple[Decimal, Decimal, Decimal, int, int, int]:
    r = _positive_rate(rate, "rate")
    n = tvm.period_count(nper).to_integral_value(rounding=decimal.ROUND_DOWN)
    if n < 1:
        raise InvalidInputError(
            th=f"จำนวนงวดต้องมากกว่าศูนย์ ไม่ใช่ {nper!r}",
            en=f"nper must be at least 1, not {nper!r}",
            field="nper",
        )
    p = number(pv, "pv")
    if p <= 0:
        raise InvalidInputError(
            th=f"pv ต้องมากกว่าศูนย์ (ตามฟังก์ชันของ Excel) ไม่ใช่ {p}",
            en=f"pv must be greater than zero (as in Excel), not {p}",
            field="pv",
            value=pv,
        )
    w = tvm.when_code(when)
    first = _whole_period(start_period, "start_period", 1, n)
    last = _whole_period(end_period, "end_period", first, n)
    return r, n, p, first, last, w


def _cumulative_interest(r: Decimal, n: Decimal, p: Decimal, first: int, last: int, w: int) -> Decimal:
    """Σ ipmt over periods ``first..last``: r × the sum of the balances fv(j), j = first-1 .. last-1."""
    payment = tvm.payment(r, n, p, tvm.ZERO, w)
    level = payment * (tvm.ONE + r * w) / r
    count = last - first + 1
    powers = (
        tvm.compound(r, Decimal(first - 1)) * (tvm.compound(r, Decimal(count)) - tvm.ONE) / r
    )  # Σ (1+r)^j
    balances = -(p + level) * powers + level * count
    if w:
        if first == 1:
            balances += p  # the first payment is made at once: no interest (fv(0) = -pv is not charged)
        return r * balances / (tvm.ONE + r)
    return r * balances


@in_decimal_context
def cumipmt(
    rate: RateLike,
    nper: Decimal | int | float | str,
    pv: MoneyLike,
    start_period: Decimal | int | float | str,
    end_period: Decimal | int | float | str,
    when: str | int = "end",
) -> Decimal:
    """The interest paid in periods ``start_period`` to ``end_period`` (Excel's CUMIPMT), negative as paid.

    ``when`` is Excel's ``type``: 0 or ``"end"``, 1 or ``"begin"``. The periods and ``nper`` are truncated to
    whole numbers, as Excel does.

    >>> round(cumipmt("0.0075", 360, 125000, 13, 24, 0), 5)  # Microsoft's example: the second year
    Decimal('-11135.23213')

    Raises:
        InvalidInputError: ``rate``, ``nper`` or ``pv`` not above zero, or periods outside 1..nper or in the
            wrong order (Excel's #NUM! cases).
    """
    r, n, p, first, last, w = _cumulative_arguments(rate, nper, pv, start_period, end_period, when)
    return tvm.guarded(lambda: _cumulative_interest(r, n, p, first, last, w), p, r, n)


@in_decimal_context
def cumprinc(
    rate: RateLike,
    nper: Decimal | int | float | str,
    pv: MoneyLike,
    start_period: Decimal | int | float | str,
    end_period: Decimal | int | float | str,
    when: str | int = "end",
) -> Decimal:
    """The principal repaid in periods ``start_period`` to ``end_period`` (Excel's CUMPRINC), negative as paid.

    >>> round(cumprinc("0.0075", 360, 125000, 13, 24, 0), 7)  # Microsoft's example
    Decimal('-934.1071234')

    Raises:
        InvalidInputError: as :func:`cumipmt`.
    """
    r, n, p, first, last, w = _cumulative_arguments(rate, nper, pv, start_period, end_period, when)

    def compute() -> Decimal:
        payments = tvm.payment(r, n, p, tvm.ZERO, w) * (last - first + 1)
        return payments - _cumulative_interest(r, n, p, first, last, w)

    return tvm.guarded(compute, p, r, n)
