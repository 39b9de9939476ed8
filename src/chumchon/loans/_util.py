"""Small helpers shared by the loan modules (not public)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG
from chumchon.tables import Column, Table


def make_table(
    columns: Sequence[Column], rows: Iterable[Iterable[Any]], title: Message | None = None
) -> Table:
    """Build a :class:`~chumchon.tables.Table` (typed here: mypy cannot see through its ``tuple`` converter)."""
    factory: Any = Table
    table: Table = factory(tuple(columns), rows, title=title)
    return table


def percent_text(rate: Decimal) -> str:
    """A fraction as a percent to the hundredth, e.g. ``Decimal("0.155")`` as ``15.50%``."""
    return f"{SATANG.apply(DECIMAL_CONTEXT.multiply(rate, 100))}%"


def iterate(items: object, field: str, th_what: str, en_what: str) -> Iterator[object]:
    """An iterator over ``items``, refusing what is not an iterable of objects (None, a number, text, a mapping)."""
    if not isinstance(items, (str, bytes, Mapping)):
        try:
            return iter(items)  # type: ignore[call-overload, no-any-return]
        except TypeError:
            pass
    raise InvalidInputError(
        th=f"ค่า {field!r} ต้องเป็นรายการ (list หรือ tuple) ของ {th_what} ไม่ใช่ {items!r}",
        en=f"{field!r} must be an iterable (a list or tuple) of {en_what}, not {items!r}",
        field=field,
        value=items,
    )


def thai_date(day: date) -> str:
    """``day`` as Thai readers write it, with the Buddhist-era year (``10 มกราคม 2569``): the Thai half of a
    message shows dates this way, the English half in ISO form."""
    from chumchon.thai import format_date  # the Thai layer loads only when a message shows a date

    return format_date(day)
