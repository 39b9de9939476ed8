"""The input-checking kernel (การตรวจค่าที่รับเข้า): one way to read an enum, a text, a flag, a whole number, a date
or a list of objects, with one bilingual message for each kind of refusal (:data:`chumchon.messages.CHECKS`).

Every check returns the value in its one internal form or raises
:class:`~chumchon.errors.InvalidInputError` whose ``field`` names the argument and whose message says what was
wrong and what is allowed. Money and rates are read by :func:`chumchon.money.to_money` and
:func:`chumchon.money.to_rate` (the float rule lives there); NumPy and pandas scalars are to be accepted in those
readers and in :func:`plain_scalar` here, the one place a foreign scalar becomes a Python one.

The aliases below say in public signatures what an argument takes.

>>> from chumchon.rules import Status
>>> enum_member(Status, " Confirmed ", "status"), enum_member(Status, "แหล่งรอง", "status")
(<Status.CONFIRMED: 'confirmed'>, <Status.SECONDARY: 'secondary'>)
>>> Status.parse("sure")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'status' ต้องเป็นหนึ่งใน confirmed, secondary, provisional (หรือชื่อภาษาไทย) ไม่ใช่ 'sure' / 'status' must be one of confirmed, secondary, provisional (or its Thai label), not 'sure'
>>> date_value("2026-01-10", "disbursed_on")
datetime.date(2026, 1, 10)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from chumchon.errors import InvalidInputError
from chumchon.messages import CHECKS

__all__ = [
    "DateLike",
    "MoneyLike",
    "ParsableEnum",
    "RateLike",
    "date_value",
    "enum_member",
    "flag",
    "invalid",
    "items",
    "plain_scalar",
    "text",
    "whole_number",
]

#: What an amount of money may be given as (a float through the money float rule).
MoneyLike = Decimal | int | str | float
#: What a rate (a fraction per year) may be given as.
RateLike = Decimal | int | str | float
#: What a date may be given as: a ``date`` (a ``datetime`` gives its date) or ISO text ``YYYY-MM-DD``.
DateLike = date | str

E = TypeVar("E", bound=enum.Enum)


def invalid(key: str, field: str, value: object, **details: object) -> InvalidInputError:
    """The error of catalogue entry ``key`` for ``field``, filled with ``value`` and ``details``."""
    message = CHECKS[key]
    fill = {"field": field, "value": value, **details}
    return InvalidInputError(
        th=message.th.format(**fill), en=message.en.format(**fill), field=field, value=value
    )


def plain_scalar(value: object) -> object:
    """A NumPy or pandas scalar as the plain Python value it holds; anything else unchanged.

    Every check of the kernel, and :func:`chumchon.money.to_decimal`, passes its value through here first: the
    one place where other libraries' scalars are unwrapped.

    NumPy integers and floats and 0-d arrays (``np.int64(3)``, ``np.float64(1.5)``, ``np.array(5)``), pandas
    scalars of those types, and pandas' missing value ``pd.NA`` / ``NaT`` (an empty cell: ``None``). A float32
    keeps the digits it prints (``np.float32(1.1)`` is 1.1, not 1.100000023841858). NumPy and pandas are never
    imported here: a value is recognised by its own type.

    >>> plain_scalar("1.5"), plain_scalar(None)
    ('1.5', None)
    """
    module = type(value).__module__
    if not module.startswith(("numpy", "pandas")):
        return value
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    dtype = getattr(value, "dtype", None)
    if dtype is None or getattr(value, "shape", None) != () or dtype.kind not in "biuf":
        return value
    if dtype.kind == "f" and dtype.itemsize != 8:
        return float(str(value[()]))  # type: ignore[index]  # the digits a float32 prints
    return value.item()  # type: ignore[attr-defined]


def _label_th(member: enum.Enum) -> str | None:
    label = getattr(member, "label_th", None)
    if label is None:
        label = getattr(getattr(member, "label", None), "th", None)
    return label if isinstance(label, str) else None


def enum_member(kind: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``kind``: the member itself, its value or name as text (any case, spaces around
    ignored), or its Thai label.

    Raises:
        InvalidInputError: anything else; the message lists the allowed values.
    """
    value = plain_scalar(value)
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        key = value.strip()
        folded = key.casefold()
        for member in kind:
            if folded in (str(member.value).casefold(), member.name.casefold()) or key == _label_th(member):
                return member
    allowed = ", ".join(str(member.value) for member in kind)
    raise invalid("enum", field, value, allowed=allowed)


class ParsableEnum(enum.Enum):
    """An enum that reads itself from text: :meth:`parse` and :meth:`from_name` raise
    :class:`~chumchon.errors.InvalidInputError` listing the allowed values, never a bare ``ValueError``."""

    @classmethod
    def parse(cls: type[E], value: object, field: str | None = None) -> E:
        """The member ``value`` names (see :func:`enum_member`); ``field`` defaults to the enum's name."""
        return enum_member(cls, value, field or _snake(cls.__name__))

    @classmethod
    def from_name(cls: type[E], name: str, field: str | None = None) -> E:
        """The member whose name, value or Thai label is ``name`` (text only)."""
        if not isinstance(name, str):
            raise invalid(
                "enum", field or _snake(cls.__name__), name, allowed=", ".join(str(m.value) for m in cls)
            )
        return enum_member(cls, name, field or _snake(cls.__name__))


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def text(value: object, field: str, *, empty: bool = False) -> str:
    """``value`` when it is text (non-blank unless ``empty``)."""
    value = plain_scalar(value)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise invalid("text_empty" if not empty else "text", field, value)
    return value


def flag(value: object, field: str) -> bool:
    """``value`` when it is ``True`` or ``False`` (not 0, 1 or ``"yes"``)."""
    value = plain_scalar(value)
    if not isinstance(value, bool):
        raise invalid("flag", field, value)
    return value


def whole_number(value: object, field: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """``value`` when it is an ``int`` (not a ``bool``) within ``minimum`` and ``maximum`` when given."""
    value = plain_scalar(value)
    low = "" if minimum is None else str(minimum)
    high = "" if maximum is None else str(maximum)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or (minimum is not None and value < minimum)
        or (maximum is not None and value > maximum)
    ):
        raise invalid("whole_number", field, value, minimum=low or "-", maximum=high or "-")
    return value


def date_value(value: object, field: str) -> date:
    """``value`` as a ``date``: a ``date``, a ``datetime`` (its date) or ISO text ``YYYY-MM-DD``."""
    value = plain_scalar(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise invalid("date", field, value)


def items(
    value: object, field: str, kind: type | tuple[type, ...], what_th: str, what_en: str
) -> tuple[Any, ...]:
    """``value`` as a tuple whose items are all ``kind``; text, mappings and non-iterables are refused. A bad item
    names its place, e.g. ``field[2]``."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise invalid("sequence", field, value, what_th=what_th, what_en=what_en)
    found = tuple(value)
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise invalid(
                "item", f"{field}[{i}]", item, what_th=what_th, what_en=what_en, list=field, index=i
            )
    return found
