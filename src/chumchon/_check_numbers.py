"""The kernel's number checks (see :mod:`chumchon._checks`, which re-exports them): a number, an amount of money,
a rate, a percentage, and a part that may not exceed its whole."""

from __future__ import annotations

from decimal import Decimal

from chumchon import money as _money
from chumchon._numbers import MAX_ADJUSTED_EXPONENT
from chumchon.messages import invalid


def number(value: object, field: str) -> Decimal:
    """``value`` as a finite ``Decimal`` of any sign (see :func:`chumchon.money.to_decimal`)."""
    return _money.to_decimal(value, name=field)


def money(
    value: object,
    field: str,
    *,
    minimum: Decimal | int | None = 0,
    maximum: Decimal | int | None = None,
    positive: bool = False,
    whole_satang: bool = False,
) -> Decimal:
    """``value`` as an amount of money: a ``Decimal``, ``int``, numeric text, or a float read by the money float
    rule (:func:`chumchon.money.money_from_float`).

    Args:
        minimum: the least amount allowed (zero unless given; ``None`` for any sign).
        maximum: the largest amount allowed, if any.
        positive: refuse zero as well.
        whole_satang: refuse a fraction of a satang; the amount is then returned with two decimal places.

    >>> money("๑,๐๐๐", "principal", whole_satang=True), money("-5", "net", minimum=None)
    (Decimal('1000.00'), Decimal('-5'))
    >>> money("-5", "savings")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'savings' ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ '-5' / 'savings' must be zero or more, not '-5'
    >>> money("10.005", "principal", whole_satang=True)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'principal' ต้องเป็นจำนวนเต็มสตางค์ (ทศนิยมไม่เกินสองตำแหน่ง) ไม่ใช่ '10.005' / 'principal' must be a whole number of satang (at most two decimal places), not '10.005'
    """
    if (
        whole_satang
        and type(value) is Decimal
        and minimum == 0
        and maximum is None
        and not positive
        and value.as_tuple().exponent == -2
        and not value.is_signed()
        and value.adjusted() <= MAX_ADJUSTED_EXPONENT
    ):
        # Already the answer (two places, not negative, within the size limit): the amounts the library
        # computes itself, which reports and schedules check by the thousand.
        return value
    amount = _money.to_money(value, name=field, allow_negative=True)
    if positive and amount <= 0:
        raise invalid("positive", field, value)
    if minimum is not None and amount < minimum:
        raise invalid("not_negative" if minimum == 0 else "at_least", field, value, minimum=minimum)
    if maximum is not None and amount > maximum:
        raise invalid("at_most", field, value, maximum=maximum)
    if whole_satang:
        satang = amount.quantize(_SATANG, context=_money.DECIMAL_CONTEXT)
        if satang != amount:
            raise invalid("whole_satang", field, value)
        return satang
    return amount


_SATANG = Decimal("0.01")


def rate(value: object, field: str, *, maximum: Decimal | int | None = None, annual: bool = False) -> Decimal:
    """``value`` as a rate given as a non-negative fraction (``0.057`` for 5.7%), at most ``maximum``.

    With ``annual``, a yearly rate of 1 or more is refused as a percentage typed in a fraction's place
    (:func:`chumchon.money.to_annual_rate`).

    >>> rate("0.15", "annual_rate", annual=True)
    Decimal('0.15')
    >>> rate(-1, "share")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'share' ต้องเป็นสัดส่วนที่ไม่ติดลบ (เช่น 0.05 คือร้อยละ 5) ไม่ใช่ -1 / 'share' must be a non-negative fraction (0.05 is 5%), not -1
    """
    if annual:
        found = _money.to_annual_rate(value, name=field)
        if maximum is not None and found > maximum:
            raise invalid("rate_range", field, value, maximum=maximum)
        return found
    return _money.to_rate(value, name=field, maximum=None if maximum is None else Decimal(maximum))


def percent(value: object, field: str, *, maximum: Decimal | int = 100) -> Decimal:
    """``value`` as a percentage from 0 to ``maximum`` (``10`` for 10%).

    >>> percent("12.5", "dividend_percent")
    Decimal('12.5')
    >>> percent(150, "dividend_percent")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'dividend_percent' ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100 (เช่น 10 คือร้อยละ 10) ไม่ใช่ 150 / 'dividend_percent' must be a percentage from 0 to 100 (10 is 10%), not 150
    """
    found = _money.to_decimal(value, name=field)
    if found < 0 or found > maximum:
        raise invalid("percent", field, value, maximum=maximum)
    return found


def not_above(part: Decimal | int, field: str, whole: Decimal | int, whole_field: str) -> None:
    """Refuse a part larger than its whole (``par30_principal`` above ``loans_outstanding``, more borrowers than
    members); the error names the part.

    >>> not_above(200, "par30_principal", 100, "loans_outstanding")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'par30_principal' (200) ต้องไม่เกิน 'loans_outstanding' (100) / 'par30_principal' (200) must not exceed 'loans_outstanding' (100)
    """
    if part > whole:
        raise invalid("not_above", field, part, whole=whole_field, limit=whole)
