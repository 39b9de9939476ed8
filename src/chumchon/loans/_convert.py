"""Converters the loan modules share: an enum member from itself, its value or its name, and a date from a
``date``, a ``datetime`` or ISO text. Private to :mod:`chumchon.loans`."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TypeVar

from chumchon.errors import InvalidInputError

__all__ = ["convert_enum", "to_date"]

E = TypeVar("E", bound=enum.Enum)


def convert_enum(enum_type: type[E], field: str, value: object) -> E:
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        key = value.strip()
        for member in enum_type:
            if (
                key in (member.value, member.name)
                or key.lower() == member.value
                or key.upper() == member.name
            ):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    raise InvalidInputError(
        th=f"ค่า {field!r} ต้องเป็นหนึ่งใน {allowed} ไม่ใช่ {value!r}",
        en=f"{field!r} must be one of {allowed}, not {value!r}",
        field=field,
        value=value,
    )


def to_date(value: object, field: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInputError(
        th=f"ค่า {field!r} ต้องเป็นวันที่ (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ {value!r}",
        en=f"{field!r} must be a date (datetime.date or YYYY-MM-DD), not {value!r}",
        field=field,
        value=value,
    )
