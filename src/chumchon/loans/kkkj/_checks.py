"""Validators shared by the กข.คจ. value objects (each raises InvalidInputError with Thai and English text)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.tables import Column, Table

Validator = Callable[[Any, Any, Any], None]


def whole_number(name: str, *, minimum: int) -> Validator:
    """A validator for an ``int`` (not ``bool``) of at least ``minimum``."""

    def check(_instance: object, _attribute: object, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise InvalidInputError(
                th=f"ค่า {name!r} ต้องเป็นจำนวนเต็มตั้งแต่ {minimum} ขึ้นไป ไม่ใช่ {value!r}",
                en=f"{name!r} must be a whole number of {minimum} or more, not {value!r}",
                field=name,
                value=value,
            )

    return check


def text(name: str) -> Validator:
    """A validator for non-empty text."""

    def check(_instance: object, _attribute: object, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInputError(
                th=f"ค่า {name!r} ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ {value!r}",
                en=f"{name!r} must be non-empty text, not {value!r}",
                field=name,
                value=value,
            )

    return check


def instance(name: str, kind: type, *, optional: bool = False) -> Validator:
    """A validator for an instance of ``kind`` (or ``None`` when ``optional``)."""

    def check(_instance: object, _attribute: object, value: object) -> None:
        if (value is None and optional) or isinstance(value, kind):
            return
        allowed = f"{kind.__name__} หรือ None" if optional else kind.__name__
        allowed_en = f"a {kind.__name__} or None" if optional else f"a {kind.__name__}"
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็น {allowed} ไม่ใช่ {value!r}",
            en=f"{name!r} must be {allowed_en}, not {value!r}",
            field=name,
            value=value,
        )

    return check


def items(name: str, values: object, what_th: str, what_en: str) -> tuple[Any, ...]:
    """``values`` as a tuple, refusing what is not a list-like collection (a number, None, text, a mapping).

    Args:
        name: the argument's name, used in the error.
        what_th: what the items must be, in Thai (e.g. ``"VillageBook"``).
        what_en: the same in English.

    Raises:
        InvalidInputError: ``values`` is not iterable, or is text or a mapping.
    """
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็นรายการ (list หรือ tuple) ของ {what_th} ไม่ใช่ {values!r}",
            en=f"{name!r} must be a list or tuple of {what_en}, not {values!r}",
            field=name,
            value=values,
        )
    return tuple(values)


def make_table(columns: Sequence[Column], rows: Iterable[Sequence[object]], title: Message | None) -> Table:
    """Build a :class:`~chumchon.tables.Table` (the cast works around mypy reading ``converter=tuple``)."""
    return Table(columns=cast("Any", tuple(columns)), rows=rows, title=title)


def check_overdue_within_outstanding(outstanding: Decimal, overdue: Decimal) -> None:
    """The overdue part of a loan is part of what is still owed, so it cannot exceed the outstanding amount."""
    if overdue > outstanding:
        raise InvalidInputError(
            th=f"ยอดค้างชำระ ({overdue}) มากกว่าลูกหนี้คงเหลือ ({outstanding}) ไม่ได้",
            en=f"overdue ({overdue}) cannot exceed outstanding ({outstanding})",
            field="overdue",
            value=overdue,
        )
