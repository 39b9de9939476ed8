"""Converters the loan modules share, from the input kernel (:mod:`chumchon._checks`): an enum member from
itself, its value, its name (any case) or its Thai label, and a date from a ``date``, a ``datetime`` or ISO text.
Private to :mod:`chumchon.loans`."""

from __future__ import annotations

import enum
from datetime import date
from typing import TypeVar

from chumchon._checks import date_value, enum_member

__all__ = ["convert_enum", "to_date"]

E = TypeVar("E", bound=enum.Enum)


def convert_enum(enum_type: type[E], field: str, value: object) -> E:
    """``value`` as a member of ``enum_type`` (see :func:`chumchon._checks.enum_member`)."""
    return enum_member(enum_type, value, field)


def to_date(value: object, field: str) -> date:
    """``value`` as a date (see :func:`chumchon._checks.date_value`)."""
    return date_value(value, field)
