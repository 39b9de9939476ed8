"""Helpers shared by the rubric modules: attrs field checks and converters, the status label, the table builder.

Private to :mod:`chumchon.assessment`; each check raises :class:`~chumchon.errors.InvalidInputError` naming the
field, in Thai and English.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs

from chumchon._checks import enum_member, instance, items, number, optional, text
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.rules import Status
from chumchon.tables import Column, Table

E = TypeVar("E", bound=enum.Enum)


def status_label(status: Status) -> Message:
    return Message(status.label_th, status.value)


def check_text(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        text(value, name)  # non-blank text

    return check


def check_str(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        text(value, name, empty=True)

    return check


def invalid(field: str, th: str, en: str, value: object = None) -> InvalidInputError:
    return InvalidInputError(th=th, en=en, field=field, value=value)


def to_enum(value: object, name: str, kind: type[E]) -> E:
    """``value`` as a member of ``kind``, also from its value, name or Thai label as text (the input kernel)."""
    return enum_member(kind, value, name)


def to_optional_number(value: object, name: str) -> Decimal | None:
    """``None``, or ``value`` as a finite Decimal (NaN and infinities refused)."""
    return optional(number, value, name)


def check_instance(name: str, kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        instance(value, name, kind)

    return check


def to_items(values: object, name: str, kind: type, th: str, en: str) -> tuple[Any, ...]:
    """``values`` as a tuple whose items are all ``kind``; text, mappings and non-iterables are refused."""
    return items(values, name, kind, th, en)


def table(*, columns: Sequence[Column], rows: Iterable[Sequence[Any]], title: Message) -> Table:
    # Table converts its fields with tuple(), which mypy cannot see through.
    return Table(columns=cast("Any", tuple(columns)), rows=rows, title=title)
