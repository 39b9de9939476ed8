"""Named rounding rules: :class:`Rounding` and the quanta Thai practice uses (see :mod:`chumchon.money`)."""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from chumchon._numbers import DECIMAL_CONTEXT, refused, to_decimal
from chumchon._types import MoneyLike
from chumchon.errors import InvalidInputError

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
        raise refused("positive", "quantum", quantum)
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
