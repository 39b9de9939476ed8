"""Building the กข.คจ. forms' tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from chumchon.messages import Message
from chumchon.tables import Column, Table

__all__ = ["make_table"]


def make_table(columns: Sequence[Column], rows: Iterable[Sequence[object]], title: Message | None) -> Table:
    """Build a :class:`~chumchon.tables.Table` (the cast works around mypy reading ``converter=tuple``)."""
    return Table(columns=cast("Any", tuple(columns)), rows=rows, title=title)
