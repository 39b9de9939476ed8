"""Small helpers shared by the loan modules (not public)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from chumchon.messages import Message
from chumchon.tables import Column, Table


def make_table(
    columns: Sequence[Column], rows: Iterable[Iterable[Any]], title: Message | None = None
) -> Table:
    """Build a :class:`~chumchon.tables.Table` (typed here: mypy cannot see through its ``tuple`` converter)."""
    factory: Any = Table
    table: Table = factory(tuple(columns), rows, title=title)
    return table
