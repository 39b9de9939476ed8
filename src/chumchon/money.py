"""Money: Decimal conversion, named rounding rules and exact splits (เงิน การปัดเศษ และการแบ่งเงิน).

Every amount in chumchon is a :class:`decimal.Decimal`. Floats from notebooks and Excel enter through their
shortest ``repr`` (so ``0.057`` means ``Decimal("0.057")``, not the binary value ``0.05699999…``); NaN and
infinities are refused. Every rounding names its quantum and mode, and none depends on the ambient decimal
context: calculations here use a private context, so a caller who changes ``decimal.getcontext()`` gets the
same answers.

Python's default rounding is half-even; Thai financial practice rounds half up to the satang, so
:data:`SATANG` (0.01, half up) is the default rule. Cash schedules are often rounded to whole baht
(:data:`WHOLE_BAHT`) and sometimes to 25 satang (:data:`QUARTER_BAHT`), the smallest coin in use
(the "half up is usual" and "quarter baht" conventions are common practice, not law).

Splits of an amount (dividends from a pool, a profit among lines, principal among instalments) use
:func:`allocate`, which returns parts that add up to the total exactly.

>>> from chumchon.money import to_decimal, SATANG, WHOLE_BAHT, allocate
>>> to_decimal("๑,๒๓๔.๕๐"), to_decimal(0.057)
(Decimal('1234.50'), Decimal('0.057'))
>>> SATANG.apply("2.675"), WHOLE_BAHT.apply("2.5")
(Decimal('2.68'), Decimal('3'))
>>> allocate("100.00", [1, 1, 1])
(Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
>>> to_decimal(float("nan"))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'value' ต้องเป็นจำนวนจำกัด ไม่ใช่ nan / 'value' must be a finite number, not nan
"""

from __future__ import annotations

import decimal
import functools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ParamSpec, TypeVar, overload

from chumchon._scalar import plain_scalar
from chumchon._types import MoneyLike
from chumchon.errors import InvalidInputError
from chumchon.thai.digits import to_arabic_digits

__all__ = [
    "DECIMAL_CONTEXT",
    "QUARTER_BAHT",
    "QUARTER_BAHT_UP",
    "ROUNDINGS",
    "SATANG",
    "SATANG_DOWN",
    "SATANG_HALF_EVEN",
    "SATANG_UP",
    "WHOLE_BAHT",
    "WHOLE_BAHT_DOWN",
    "WHOLE_BAHT_UP",
    "Rounding",
    "allocate",
    "in_decimal_context",
    "money_from_float",
    "plain_scalar",
    "rounding_from_name",
    "to_annual_rate",
    "to_decimal",
    "to_money",
    "to_rate",
]

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
_MAX_ADJUSTED_EXPONENT = 40

_NUMBER_TEXT = re.compile(
    r"""
    (?P<sign>[+-])?
    (?P<int>\d{1,3}(?:,\d{3})+|\d+)?     # an integer part, with or without thousands separators
    (?:\.(?P<frac>\d+))?
    (?:[eE](?P<exp>[+-]?\d+))?
    """,
    re.VERBOSE | re.ASCII,
)


def _refused(key: str, field: str, value: object, **details: object) -> InvalidInputError:
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
    if type(value) is Decimal and value.is_finite() and value and value.adjusted() <= _MAX_ADJUSTED_EXPONENT:
        return value  # the usual case, checked first
    result: Decimal
    value = plain_scalar(value)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool) or value is None or isinstance(value, type):
        raise _refused("number", name, value)  # a bool is a flag, and int (the type) is not a number
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
            raise _refused("number", name, value) from None
    else:
        raise _refused("number", name, value)
    if not result.is_finite():
        raise _refused("finite", name, value)
    if result:
        if result.adjusted() > _MAX_ADJUSTED_EXPONENT:
            raise _refused("too_big", name, value)
    elif result.as_tuple().exponent < -_MAX_ADJUSTED_EXPONENT:  # type: ignore[operator]
        result = Decimal(0)  # 0E-1000000 is zero; its exponent would only make arithmetic on it huge
    elif result.is_signed():
        result = result.copy_abs()  # -0 reads as "ลบศูนย์" in words; it is zero
    return result


def _parse_number_text(text: str, name: str) -> Decimal:
    cleaned = to_arabic_digits(text.strip()).replace("\u00a0", "").replace(" ", "")
    match = _NUMBER_TEXT.fullmatch(cleaned)
    if not cleaned or match is None or (match["int"] is None and match["frac"] is None):
        raise _refused("number_text", name, text)
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
    if _is_whole_satang(shortest):
        return shortest  # what was typed: 1234.5, or 10000000000000.01 (16 digits, still exact)
    reading = Decimal(f"{value:.{_FLOAT_DIGITS}g}")
    if not _is_whole_satang(reading):
        raise InvalidInputError(
            th=f"จำนวนเงิน {name!r} {value!r} ไม่ใช่จำนวนสตางค์เต็ม (ทศนิยมเกินสองตำแหน่ง) จึงอ่านได้ไม่แน่ชัด "
            "ให้ปัดเป็นสตางค์ก่อน เช่น ROUND(A1, 2)",
            en=f"the amount {name!r} {value!r} is not a whole number of satang (more than two decimal places), "
            "so it cannot be read without doubt; round it to the satang first, e.g. ROUND(A1, 2)",
            field=name,
            value=value,
        )
    return reading


def _is_whole_satang(amount: Decimal) -> bool:
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
            raise _refused("not_negative", name, value)
        raise _refused("positive", name, value)
    if amount == 0 and not allow_zero:
        raise _refused("positive", name, value)
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
            raise _refused("rate", name, value)
        raise _refused("rate_range", name, value, maximum=maximum)
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


_MODES = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_down": decimal.ROUND_HALF_DOWN,
    "half_even": decimal.ROUND_HALF_EVEN,
    "up": decimal.ROUND_UP,
    "down": decimal.ROUND_DOWN,
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
}
_MODE_NAMES = {constant: short for short, constant in _MODES.items()}


def _check_mode(mode: str) -> str:
    if not isinstance(mode, str):
        raise InvalidInputError(
            th=f"วิธีปัดเศษต้องเป็นข้อความ เช่น 'half_up' ไม่ใช่ {mode!r}",
            en=f"a rounding mode must be text such as 'half_up', not {mode!r}",
            field="mode",
            value=mode,
        )
    if mode in _MODE_NAMES:
        return mode
    if mode in _MODES:
        return _MODES[mode]
    raise InvalidInputError(
        th=f"วิธีปัดเศษ {mode!r} ไม่รู้จัก ใช้ได้: {', '.join(_MODES)}",
        en=f"unknown rounding mode {mode!r}; allowed: {', '.join(_MODES)}",
        field="mode",
        value=mode,
    )


def _check_quantum(quantum: object) -> Decimal:
    quantum = to_decimal(quantum, name="quantum")
    if quantum <= 0:
        raise _refused("positive", "quantum", quantum)
    return quantum


class Rounding:
    """A named rounding rule: round to a multiple of ``quantum`` with an explicit decimal rounding ``mode``.

    ``mode`` is a :mod:`decimal` constant (``decimal.ROUND_HALF_UP``) or its short name (``"half_up"``,
    ``"half_even"``, ``"up"`` away from zero, ``"down"`` toward zero, ``"ceiling"``, ``"floor"``,
    ``"half_down"``). ``quantum`` may be any positive step: 0.01, 1, 0.25, 5, 10.

    >>> from decimal import Decimal
    >>> Rounding(Decimal("0.25"), "half_up").apply("10.38")
    Decimal('10.50')
    >>> Rounding(Decimal("5"), "up").apply("101")
    Decimal('105')

    A rule is immutable, compares and hashes by its quantum, mode and name, and pickles. (It is a plain class,
    not an attrs one, so that importing :mod:`chumchon.money` does not import attrs.)
    """

    __slots__ = ("_is_power_of_ten", "mode", "name", "quantum")
    quantum: Decimal
    mode: str
    name: str
    _is_power_of_ten: bool

    def __init__(self, quantum: MoneyLike, mode: str, *, name: str = "") -> None:
        checked = _check_quantum(quantum)
        # quantize() rounds to the quantum's exponent, which is right only for quanta written 1, 0.1, 0.01…;
        # power-of-ten quanta round with one quantize, others divide first. Decided once, not per call.
        _sign, digits, exponent = checked.as_tuple()
        for field, value in (
            ("quantum", checked),
            ("mode", _check_mode(mode)),
            ("name", name),
            ("_is_power_of_ten", digits == (1,) and int(exponent) <= 0),
        ):
            object.__setattr__(self, field, value)

    def __setattr__(self, field: str, value: object) -> None:
        raise AttributeError(f"a Rounding is immutable: cannot set {field!r}")

    def __delattr__(self, field: str) -> None:
        raise AttributeError(f"a Rounding is immutable: cannot delete {field!r}")

    def _key(self) -> tuple[Decimal, str, str]:
        return (self.quantum, self.mode, self.name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rounding) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Rounding(quantum={self.quantum!r}, mode={self.mode!r}, name={self.name!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rounding, self._key())

    def apply(self, value: MoneyLike) -> Decimal:
        """Round ``value`` to this rule's quantum. The result has the quantum's number of decimal places."""
        amount = to_decimal(value)  # also refuses huge values, which quantize could not hold
        quantum = self.quantum
        if self._is_power_of_ten:
            return amount.quantize(quantum, rounding=self.mode, context=DECIMAL_CONTEXT)
        steps = DECIMAL_CONTEXT.divide(amount, quantum).quantize(
            Decimal(1), rounding=self.mode, context=DECIMAL_CONTEXT
        )
        return DECIMAL_CONTEXT.multiply(steps, quantum).quantize(quantum, context=DECIMAL_CONTEXT)

    def is_multiple(self, value: MoneyLike) -> bool:
        """True when ``value`` is already an exact multiple of the quantum."""
        amount = to_decimal(value)
        return DECIMAL_CONTEXT.remainder(amount, self.quantum) == 0

    @property
    def mode_name(self) -> str:
        """The short name of the mode, e.g. ``"half_up"``."""
        return _MODE_NAMES[self.mode]

    def __str__(self) -> str:
        label = f"{self.name}: " if self.name else ""
        return f"{label}{self.quantum} {self.mode_name}"


def _rounding(quantum: Decimal, mode: str, name: str) -> Rounding:
    return Rounding(quantum, mode, name=name)  # how a pickled Rounding is rebuilt


#: 0.01 baht, half up: the usual Thai rule for money (common practice).
SATANG = Rounding(Decimal("0.01"), decimal.ROUND_HALF_UP, name="satang")
#: 0.01 baht, away from zero.
SATANG_UP = Rounding(Decimal("0.01"), decimal.ROUND_UP, name="satang_up")
#: 0.01 baht, toward zero (truncation).
SATANG_DOWN = Rounding(Decimal("0.01"), decimal.ROUND_DOWN, name="satang_down")
#: 0.01 baht, half to even (banker's rounding; Python's default, named so it is never implicit).
SATANG_HALF_EVEN = Rounding(Decimal("0.01"), decimal.ROUND_HALF_EVEN, name="satang_half_even")
#: 1 baht, half up.
WHOLE_BAHT = Rounding(Decimal("1"), decimal.ROUND_HALF_UP, name="whole_baht")
#: 1 baht, away from zero: instalments "rounded up to whole baht".
WHOLE_BAHT_UP = Rounding(Decimal("1"), decimal.ROUND_UP, name="whole_baht_up")
#: 1 baht, toward zero.
WHOLE_BAHT_DOWN = Rounding(Decimal("1"), decimal.ROUND_DOWN, name="whole_baht_down")
#: 0.25 baht (the 25-satang coin), half up.
QUARTER_BAHT = Rounding(Decimal("0.25"), decimal.ROUND_HALF_UP, name="quarter_baht")
#: 0.25 baht, away from zero.
QUARTER_BAHT_UP = Rounding(Decimal("0.25"), decimal.ROUND_UP, name="quarter_baht_up")

#: Every named rule by its name, for the command line, Excel and rubric data.
ROUNDINGS: Mapping[str, Rounding] = {
    r.name: r
    for r in (
        SATANG,
        SATANG_UP,
        SATANG_DOWN,
        SATANG_HALF_EVEN,
        WHOLE_BAHT,
        WHOLE_BAHT_UP,
        WHOLE_BAHT_DOWN,
        QUARTER_BAHT,
        QUARTER_BAHT_UP,
    )
}


def rounding_from_name(name: str) -> Rounding:
    """The named rule called ``name`` (see :data:`ROUNDINGS`).

    >>> rounding_from_name("whole_baht_up")
    Rounding(quantum=Decimal('1'), mode='ROUND_UP', name='whole_baht_up')
    """
    try:
        return ROUNDINGS[name]
    except (KeyError, TypeError):
        raise InvalidInputError(
            th=f"ไม่รู้จักวิธีปัดเศษ {name!r} ใช้ได้: {', '.join(ROUNDINGS)}",
            en=f"unknown rounding rule {name!r}; allowed: {', '.join(ROUNDINGS)}",
            field="rounding",
            value=name,
        ) from None


@overload
def allocate(
    total: MoneyLike, weights: Mapping[K, MoneyLike], rounding: Rounding = ...
) -> dict[K, Decimal]: ...


@overload
def allocate(
    total: MoneyLike, weights: Sequence[MoneyLike], rounding: Rounding = ...
) -> tuple[Decimal, ...]: ...


def allocate(
    total: MoneyLike,
    weights: Mapping[K, MoneyLike] | Sequence[MoneyLike],
    rounding: Rounding = SATANG,
) -> dict[K, Decimal] | tuple[Decimal, ...]:
    """Split ``total`` in proportion to ``weights`` so that the parts add up to ``total`` exactly.

    The largest-remainder method: each part first gets the whole number of quanta its exact share contains
    (rounded toward zero); the quanta left over go one each to the parts with the largest remainders.
    **Tie-break:** equal remainders go to the earlier part (list position or mapping order), so the result
    is deterministic. A zero weight always gets zero. A negative total is split like its absolute value and
    every part is negated.

    Args:
        total: the amount to split; must be an exact multiple of ``rounding.quantum``.
        weights: non-negative numbers, as a sequence (a tuple of parts is returned) or a mapping (a dict
            with the same keys is returned).
        rounding: only its quantum is used: every part is a multiple of it.

    Raises:
        InvalidInputError: no weights, a negative weight, all weights zero, or a total that is not a
            multiple of the quantum.

    >>> allocate("10", {"a": 2, "b": 1}, rounding=WHOLE_BAHT)
    {'a': Decimal('7'), 'b': Decimal('3')}
    >>> allocate("0.05", [1, 1], )
    (Decimal('0.03'), Decimal('0.02'))
    >>> allocate("10.005", [1])
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ยอดรวม 10.005 ไม่ใช่พหุคูณของ 0.01 จึงแบ่งให้ลงตัวไม่ได้ / the total 10.005 is not a multiple of 0.01, so it cannot be split exactly
    """
    amount = to_decimal(total, name="total")
    if not isinstance(rounding, Rounding):
        raise _refused(
            "instance",
            "rounding",
            rounding,
            what_th="กฎการปัดเศษ (Rounding) เช่น SATANG",
            what_en="a Rounding rule such as SATANG",
        )
    keys: list[Any] | None
    weights = plain_scalar(weights)  # type: ignore[assignment]  # a 0-d array is one number, not a sequence
    if isinstance(weights, Mapping):
        keys = list(weights)
        raw = [weights[k] for k in keys]
    elif (
        isinstance(weights, Iterable)
        and not isinstance(weights, (str, bytes))
        and getattr(weights, "ndim", 1) == 1
    ):
        keys = None
        raw = list(weights)
    else:
        raise _refused(
            "instance",
            "weights",
            weights,
            what_th="ลำดับหรือ mapping ของน้ำหนัก",
            what_en="a sequence or mapping of weights",
        )
    parts = _split_units(amount, [_weight(w) for w in raw], rounding.quantum)
    if keys is None:
        return tuple(parts)
    return dict(zip(keys, parts, strict=True))


def _weight(value: object) -> Decimal:
    weight = to_decimal(value, name="weight")
    if weight and weight.adjusted() < -_MAX_ADJUSTED_EXPONENT:
        raise _refused("too_small", "weight", value)
    return weight


def _split_units(amount: Decimal, weights: list[Decimal], quantum: Decimal) -> list[Decimal]:
    if not weights:
        raise InvalidInputError(
            th="ต้องมีน้ำหนักอย่างน้อยหนึ่งค่า", en="at least one weight is needed", field="weights", value=weights
        )
    if any(w < 0 for w in weights):
        raise InvalidInputError(
            th="น้ำหนักต้องไม่ติดลบ", en="weights must not be negative", field="weights", value=weights
        )
    if not any(weights):
        raise InvalidInputError(
            th="น้ำหนักเป็นศูนย์ทั้งหมด จึงแบ่งตามสัดส่วนไม่ได้",
            en="all weights are zero, so there is no proportion to split by",
            field="weights",
            value=weights,
        )
    units_decimal = DECIMAL_CONTEXT.divide(amount, quantum)
    if units_decimal != units_decimal.to_integral_value(context=DECIMAL_CONTEXT):
        raise InvalidInputError(
            th=f"ยอดรวม {amount} ไม่ใช่พหุคูณของ {quantum} จึงแบ่งให้ลงตัวไม่ได้",
            en=f"the total {amount} is not a multiple of {quantum}, so it cannot be split exactly",
            field="total",
            value=amount,
        )
    units = int(units_decimal)
    sign = -1 if units < 0 else 1
    units = abs(units)
    # Scale the weights to integers so every share is exact integer arithmetic (to_decimal bounds each
    # weight's size, and a zero weight is plain 0, so the scale stays small).
    parts = [w.as_tuple() for w in weights]
    scale = max(0, *(-int(p.exponent) for p in parts))
    ints = [int("".join(map(str, p.digits))) * 10 ** (int(p.exponent) + scale) for p in parts]
    weight_sum = sum(ints)
    shares = [divmod(units * w, weight_sum) for w in ints]
    leftover = units - sum(q for q, _ in shares)
    counts = [q for q, _ in shares]
    # Largest remainder first; ties to the earlier position.
    order = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for i in order[:leftover]:
        counts[i] += 1
    return [
        DECIMAL_CONTEXT.multiply(Decimal(sign * c), quantum).quantize(quantum, context=DECIMAL_CONTEXT)
        for c in counts
    ]
