"""Display helpers shared by the loan modules (not public): a typed table builder, percent text and Thai date
text. Input checks are the kernel's (:mod:`chumchon._checks`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

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


def thai_date(day: date) -> str:
    """``day`` as Thai readers write it, with the Buddhist-era year (``10 มกราคม 2569``): the Thai half of a
    message shows dates this way, the English half in ISO form."""
    from chumchon.thai import format_date  # the Thai layer loads only when a message shows a date

    return format_date(day)
