"""Reading numbers, money and rates into Decimals, and the private decimal context (see :mod:`chumchon.money`)."""

from __future__ import annotations

import decimal
import functools
import operator
import re
from collections.abc import Callable
from decimal import Decimal
from typing import ParamSpec, TypeVar

from chumchon._scalar import plain_scalar
from chumchon.errors import InvalidInputError
from chumchon.thai.digits import to_arabic_digits

K = TypeVar("K")
P = ParamSpec("P")
R = TypeVar("R")

#: The private context every calculation in chumchon uses: 60 significant digits, traps on, and
#: half-up rounding for the rare operation that must round. Never the ambient ``decimal.getcontext()``.
DECIMAL_CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_UP,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def in_decimal_context(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with :data:`DECIMAL_CONTEXT` as the thread's decimal context, restoring the caller's after.

    Plain operators on Decimals (``a * b``, ``sum(...)``) use the *ambient* context, which a notebook or another
    library may have changed (a precision of 5, a floor rounding, a trap on ``Rounded``). Every public
    calculation is decorated so that its answer never depends on that. Do not decorate generators: a context
    held across ``yield`` would leak into the caller's code between items.

    >>> import decimal
    >>> @in_decimal_context
    ... def third(x: Decimal) -> Decimal:
    ...     return x / 3
    >>> with decimal.localcontext() as ctx:
    ...     ctx.prec = 3
    ...     third(Decimal(1)) == Decimal(1) / 3, len(str(third(Decimal(1))))
    (False, 62)
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(DECIMAL_CONTEXT):
            return func(*args, **kwargs)

    return wrapper


# A number larger than 10**40 is refused: it cannot be money or a rate, and allowing it would let a typo
# (1e999) flow into a schedule. A weight of a split smaller than 10**-40 (but not zero) is refused too: the
# split scales weights to exact integers, which such a weight would make too large to hold.
MAX_ADJUSTED_EXPONENT = 40

_NUMBER_TEXT = re.compile(
    r"""
    (?P<sign>[+-])?
    (?P<int>\d{1,3}(?:,\d{3})+|\d+)?     # an integer part, with or without thousands separators
    (?:\.(?P<frac>\d+))?
    (?:[eE](?P<exp>[+-]?\d+))?
    """,
    re.VERBOSE | re.ASCII,
)


def refused(key: str, field: str, value: object, **details: object) -> InvalidInputError:
    """The kernel's refusal (:func:`chumchon.messages.invalid`), imported when first needed: importing
    :mod:`chumchon.money` stays free of attrs, which the message catalogue needs."""
    from chumchon.messages import invalid as refusal

    return refusal(key, field, value, **details)


def to_decimal(value: object, *, name: str = "value") -> Decimal:
    """Convert ``value`` to a finite :class:`~decimal.Decimal`, exactly.

    Accepted: ``int`` (and integer-like objects such as NumPy integers), ``Decimal``, ``float`` (through its
    shortest ``repr``), and ``str`` with optional sign, thousands separators (``1,234.50``), Thai or Arabic
    digits, surrounding spaces and an exponent. Refused with :class:`~chumchon.errors.InvalidInputError`:
    ``bool``, ``None``, NaN, infinities, numbers beyond 10^40, and anything else.

    Args:
        value: the value to convert.
        name: the argument's name, used in error messages.

    >>> to_decimal(" -๑๒.๕ "), to_decimal(10), to_decimal(1.1)
    (Decimal('-12.5'), Decimal('10'), Decimal('1.1'))
    >>> to_decimal(True)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'value' ต้องเป็นตัวเลข (int, Decimal, float หรือข้อความตัวเลข) ไม่ใช่ True / 'value' must be a number (int, Decimal, float or numeric text), not True
    >>> to_decimal("1,23")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'value' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ '1,23' / 'value' must be a number such as 1234.50 or 1,234.50, not '1,23'
    """
    if type(value) is Decimal and value.is_finite() and value and value.adjusted() <= MAX_ADJUSTED_EXPONENT:
        return value  # the usual case, checked first
    result: Decimal
    value = plain_scalar(value)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool) or value is None or isinstance(value, type):
        raise refused("number", name, value)  # a bool is a flag, and int (the type) is not a number
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        result = _parse_number_text(value, name)
    elif hasattr(type(value), "__index__"):
        try:
            result = Decimal(operator.index(value))  # type: ignore[arg-type]
        except Exception:  # a foreign __index__ may raise anything
            raise refused("number", name, value) from None
    else:
        raise refused("number", name, value)
    if not result.is_finite():
        raise refused("finite", name, value)
    if result:
        if result.adjusted() > MAX_ADJUSTED_EXPONENT:
            raise refused("too_big", name, value)
    elif result.as_tuple().exponent < -MAX_ADJUSTED_EXPONENT:  # type: ignore[operator]
        result = Decimal(0)  # 0E-1000000 is zero; its exponent would only make arithmetic on it huge
    elif result.is_signed():
        result = result.copy_abs()  # -0 reads as "ลบศูนย์" in words; it is zero
    return result


def _parse_number_text(text: str, name: str) -> Decimal:
    cleaned = to_arabic_digits(text.strip()).replace("\u00a0", "").replace(" ", "")
    match = _NUMBER_TEXT.fullmatch(cleaned)
    if not cleaned or match is None or (match["int"] is None and match["frac"] is None):
        raise refused("number_text", name, text)
    return Decimal(cleaned.replace(",", ""))


# A double carries 15 significant decimal digits without doubt; its 16th and 17th are binary noise
# (0.1 + 0.2 == 0.30000000000000004). Reading a float at 15 digits recovers what was typed or computed.
_FLOAT_DIGITS = 15
_SATANG_QUANTUM = Decimal("0.01")


def money_from_float(value: float, *, name: str = "amount") -> Decimal:
    """An amount of money from a float (an Excel cell, a NumPy or pandas value): whole satang, without noise.

    The rule for money that arrives as a float, everywhere in chumchon: the float is read at the 15 significant
    digits a double holds without doubt, and that reading must be a whole number of satang (at most two
    decimal places). A float whose shortest ``repr`` is already whole satang is taken as it is (so amounts
    beyond 15 digits, such as 10000000000000.01, keep their satang). So ``0.30000000000000004`` (``0.1 + 0.2``) means 0.30 and ``1201.4999999999998`` means
    1201.50. A float whose reading has a fraction of a satang (``1.005``, ``100 * 0.057 / 12``) is refused: it
    cannot be told whether 1.00 or 1.01 was meant, so round it first (``ROUND(A1, 2)`` in Excel). Amounts
    given as ``Decimal``, ``int`` or text are exact and never pass through this rule.

    Args:
        value: the float.
        name: the argument's name, for error messages.

    >>> money_from_float(0.1 + 0.2), money_from_float(1234.5), money_from_float(1201.4999999999998)
    (Decimal('0.3'), Decimal('1234.5'), Decimal('1201.5'))
    >>> money_from_float(1.005)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: จำนวนเงิน 'amount' 1.005 ไม่ใช่จำนวนสตางค์เต็ม (ทศนิยมเกินสองตำแหน่ง) จึงอ่านได้ไม่แน่ชัด ให้ปัดเป็นสตางค์ก่อน เช่น ROUND(A1, 2) / the amount 'amount' 1.005 is not a whole number of satang (more than two decimal places), so it cannot be read without doubt; round it to the satang first, e.g. ROUND(A1, 2)
    """
    shortest = to_decimal(value, name=name)  # also refuses NaN, infinities and huge values
    if is_whole_satang(shortest):
        return shortest  # what was typed: 1234.5, or 10000000000000.01 (16 digits, still exact)
    reading = Decimal(f"{value:.{_FLOAT_DIGITS}g}")
    if not is_whole_satang(reading):
        raise InvalidInputError(
            th=f"จำนวนเงิน {name!r} {value!r} ไม่ใช่จำนวนสตางค์เต็ม (ทศนิยมเกินสองตำแหน่ง) จึงอ่านได้ไม่แน่ชัด "
            "ให้ปัดเป็นสตางค์ก่อน เช่น ROUND(A1, 2)",
            en=f"the amount {name!r} {value!r} is not a whole number of satang (more than two decimal places), "
            "so it cannot be read without doubt; round it to the satang first, e.g. ROUND(A1, 2)",
            field=name,
            value=value,
        )
    return reading


def is_whole_satang(amount: Decimal) -> bool:
    """True when ``amount`` has no fraction of a satang (``Decimal("1.50")``, ``Decimal("2")``, not ``1.005``)."""
    return amount == amount.quantize(_SATANG_QUANTUM, context=DECIMAL_CONTEXT)


def to_money(
    value: object,
    *,
    name: str = "amount",
    allow_negative: bool = False,
    allow_zero: bool = True,
) -> Decimal:
    """Convert an amount with :func:`to_decimal` (a float by :func:`money_from_float`) and check its sign.

    Args:
        value: the amount.
        name: the argument's name, for error messages.
        allow_negative: accept amounts below zero.
        allow_zero: accept zero.

    >>> to_money("0", name="principal", allow_zero=False)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'principal' ต้องมากกว่าศูนย์ ไม่ใช่ '0' / 'principal' must be greater than zero, not '0'
    """
    value = plain_scalar(value)  # a NumPy float32 is a float for the float rule too
    amount = money_from_float(value, name=name) if isinstance(value, float) else to_decimal(value, name=name)
    if amount < 0 and not allow_negative:
        if allow_zero:
            raise refused("not_negative", name, value)
        raise refused("positive", name, value)
    if amount == 0 and not allow_zero:
        raise refused("positive", name, value)
    return amount


def to_rate(value: object, *, name: str = "rate", maximum: Decimal | None = None) -> Decimal:
    """Convert a rate given as a fraction (``0.057`` for 5.7%) and check that it is not negative.

    Args:
        value: the rate as a fraction.
        name: the argument's name, for error messages.
        maximum: the largest value allowed, if any (e.g. ``Decimal(1)`` for a share of 100%).

    >>> to_rate("0.15"), to_rate(0)
    (Decimal('0.15'), Decimal('0'))
    >>> to_rate(2, maximum=Decimal(1))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'rate' ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง 1 ไม่ใช่ 2 / 'rate' must be a fraction from 0 to 1, not 2
    """
    rate = to_decimal(value, name=name)
    maximum = plain_scalar(maximum)  # type: ignore[assignment]  # pandas' NA: no maximum, as None
    if maximum is not None:
        maximum = to_decimal(maximum, name="maximum")
    if rate < 0 or (maximum is not None and rate > maximum):
        if maximum is None:
            raise refused("rate", name, value)
        raise refused("rate_range", name, value, maximum=maximum)
    return rate


def to_annual_rate(value: object, *, name: str = "annual_rate") -> Decimal:
    """A yearly rate as a fraction (``0.057`` for 5.7% a year), refusing the likely slip of a percentage.

    chumchon's convention everywhere: an argument named ``*_rate`` is a fraction and one named ``*_percent`` is
    a percentage. A yearly rate of 100% or more is no rate a savings group or a village fund charges or pays
    (the Civil and Commercial Code s.654 caps loan interest at 15% a year), so a fraction of 1 or more is taken for a percentage typed in a
    fraction's place and refused with the value that was probably meant. From 1 to 3 it may also be a
    monthly percentage, and the message says so.

    Args:
        value: the yearly rate as a fraction.
        name: the argument's name, for error messages.

    >>> to_annual_rate(0.057), to_annual_rate("0.12")
    (Decimal('0.057'), Decimal('0.12'))
    >>> to_annual_rate(5.7, name="rate")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'rate' 5.7 เป็นอัตราต่อปีแบบสัดส่วน คือร้อยละ 570 ต่อปี หมายถึงร้อยละ 5.7 หรือไม่ ถ้าใช่ให้ใส่ 0.057 / 'rate' 5.7 is a yearly rate as a fraction, i.e. 570% a year; did you mean 5.7%? If so, give 0.057
    """
    rate = to_rate(value, name=name)
    if rate < 1:
        return rate
    meant = rate.normalize(DECIMAL_CONTEXT)
    as_fraction = DECIMAL_CONTEXT.divide(rate, 100).normalize(DECIMAL_CONTEXT)
    hundredfold = DECIMAL_CONTEXT.multiply(rate, 100).normalize(DECIMAL_CONTEXT)
    th = (
        f"ค่า {name!r} {value!r} เป็นอัตราต่อปีแบบสัดส่วน คือร้อยละ {hundredfold:f} ต่อปี "
        f"หมายถึงร้อยละ {meant:f} หรือไม่ ถ้าใช่ให้ใส่ {as_fraction:f}"
    )
    en = (
        f"{name!r} {value!r} is a yearly rate as a fraction, i.e. {hundredfold:f}% a year; "
        f"did you mean {meant:f}%? If so, give {as_fraction:f}"
    )
    if rate <= 3:
        yearly = DECIMAL_CONTEXT.multiply(as_fraction, 12).normalize(DECIMAL_CONTEXT)
        th += f" (หรือถ้าหมายถึงร้อยละ {meant:f} ต่อเดือน ให้ใส่ {yearly:f} ต่อปี)"
        en += f" (or, for {meant:f}% a month, give {yearly:f} a year)"
    raise InvalidInputError(th=th, en=en, field=name, value=value)
