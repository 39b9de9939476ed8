"""Helpers shared by the rubric modules: attrs field checks and converters, the status label, the table builder.

Private to :mod:`chumchon.assessment`; each check raises :class:`~chumchon.errors.InvalidInputError` naming the
field, in Thai and English.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs

from chumchon._checks import enum_member
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import to_decimal
from chumchon.rules import Status
from chumchon.tables import Column, Table

E = TypeVar("E", bound=enum.Enum)


def status_label(status: Status) -> Message:
    return Message(status.label_th, status.value)


def check_text(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ {value!r}",
                en=f"{name!r} must be non-empty text, not {value!r}",
                field=name,
                value=value,
            )

    return check


def check_str(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็นข้อความ ไม่ใช่ {value!r}",
                en=f"{name!r} must be text, not {value!r}",
                field=name,
                value=value,
            )

    return check


def invalid(field: str, th: str, en: str, value: object = None) -> InvalidInputError:
    return InvalidInputError(th=th, en=en, field=field, value=value)


def to_enum(value: object, name: str, kind: type[E]) -> E:
    """``value`` as a member of ``kind``, also from its value, name or Thai label as text (the input kernel)."""
    return enum_member(kind, value, name)


def to_optional_number(value: object, name: str) -> Decimal | None:
    """``None``, or ``value`` as a finite Decimal (NaN and infinities refused)."""
    return None if value is None else to_decimal(value, name=name)


def check_instance(name: str, kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise invalid(
                name,
                f"ค่า {name!r} ต้องเป็น {kind.__name__} ไม่ใช่ {value!r}",
                f"{name!r} must be a {kind.__name__}, not {value!r}",
                value,
            )

    return check


def to_items(values: object, name: str, kind: type, th: str, en: str) -> tuple[Any, ...]:
    """``values`` as a tuple whose items are all ``kind``; text, mappings and non-iterables are refused."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise invalid(
            name,
            f"ค่า {name!r} ต้องเป็นรายการ (list หรือ tuple) ของ{th} ไม่ใช่ {values!r}",
            f"{name!r} must be a list or tuple of {en}, not {values!r}",
            values,
        )
    items = tuple(values)
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            raise invalid(
                f"{name}[{i}]",
                f"ค่า {name!r} ต้องเป็นรายการของ{th} แต่ลำดับที่ {i} เป็น {item!r}",
                f"{name!r} must hold {en}, but item {i} is {item!r}",
                item,
            )
    return items


def table(*, columns: Sequence[Column], rows: Iterable[Sequence[Any]], title: Message) -> Table:
    # Table converts its fields with tuple(), which mypy cannot see through.
    return Table(columns=cast("Any", tuple(columns)), rows=rows, title=title)
