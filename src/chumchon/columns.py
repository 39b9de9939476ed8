"""Columnar rows for batch runs (ข้อมูลแบบคอลัมน์สำหรับงานจำนวนมาก).

A province or national run needs each group's or village's figures, not the full explanation object of every
one. :class:`Columns` holds such figures as plain tuples, one per column (the values are ``str``, ``int``,
``bool``, ``Decimal``, ``date`` or ``None``): cheap to pickle from a worker process, to keep for 50,000 groups,
and to hand to pandas or Arrow. The batch functions build them: :func:`chumchon.savings.annual_close_many`,
:func:`chumchon.loans.kkkj.village_reports` and :func:`chumchon.assessment.assess_many` with ``compact=True``.

>>> from decimal import Decimal
>>> from chumchon.tables import Column
>>> rows = Columns.from_rows(
...     (Column("group", "กลุ่ม", "Group"), Column("net_profit", "กำไรสุทธิ", "Net profit", "money")),
...     [("A", Decimal("10.50")), ("B", Decimal("-2.00"))],
... )
>>> len(rows), rows.column("net_profit"), rows.row(1)
(2, (Decimal('10.50'), Decimal('-2.00')), {'group': 'B', 'net_profit': Decimal('-2.00')})
>>> Columns.from_rows((Column("a", "ก", "A"),), [(1, 2)])
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: แถวที่ 0 มี 2 ค่า แต่มี 1 คอลัมน์ / row 0 has 2 values for 1 columns
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import invalid, items, mapping, plain_scalar, sequence, text, whole_number
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.tables import Column, Table, Tabular

__all__ = ["Columns"]


@attrs.frozen(repr=False)
class Columns(Tabular):
    """Rows of plain values stored by column.

    Attributes:
        columns: each column's key, Thai and English headers and kind (:class:`~chumchon.tables.Column`).
        data: one tuple of values per column, all of the same length.
        title: the table's title.
    """

    columns: tuple[Column, ...]
    data: tuple[tuple[Any, ...], ...]
    title: Message | None = None

    @classmethod
    def from_rows(
        cls, columns: Sequence[Column], rows: Iterable[Sequence[Any]], title: Message | None = None
    ) -> Columns:
        """Store ``rows`` (one sequence of values per row, in column order) by column.

        Raises:
            InvalidInputError: a row with more or fewer values than there are columns.
        """
        columns = items(columns, "columns", Column, "คอลัมน์ (Column)", "Column objects")
        width = len(columns)
        if isinstance(rows, (str, bytes, Mapping)) or not isinstance(rows, Iterable):
            raise invalid("sequence", "rows", rows, what_th="แถว", what_en="rows")
        collected = []
        for i, row in enumerate(rows):
            if isinstance(row, (str, bytes, Mapping)) or not isinstance(row, Iterable):
                raise invalid("sequence", f"rows[{i}]", row, what_th="ค่า", what_en="values")
            collected.append(tuple(row))
        for i, row in enumerate(collected):
            if len(row) != width:
                raise InvalidInputError(
                    th=f"แถวที่ {i} มี {len(row)} ค่า แต่มี {width} คอลัมน์",
                    en=f"row {i} has {len(row)} values for {width} columns",
                    field="rows",
                    value=row,
                )
        data = tuple(zip(*collected, strict=True)) if collected else ((),) * width
        return cls(tuple(columns), data, title)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Sequence[Any]], title: Message | None = None) -> Columns:
        """Columns from a mapping of key to values (headers are the keys), e.g. a group's member columns for
        :meth:`GroupYear.from_columns <chumchon.savings.GroupYear.from_columns>` in a compact form to send to
        worker processes.

        Raises:
            InvalidInputError: columns of different lengths.
        """
        data = {key: sequence(values, f"data[{key!r}]") for key, values in mapping(data, "data").items()}
        lengths = {len(values) for values in data.values()}
        if len(lengths) > 1:
            raise InvalidInputError(
                th=f"คอลัมน์ต้องยาวเท่ากัน ไม่ใช่ {sorted(lengths)}",
                en=f"the columns must have the same length, not {sorted(lengths)}",
                field="data",
                value=sorted(lengths),
            )
        return cls(tuple(Column(key, key, key) for key in data), tuple(map(tuple, data.values())), title)

    @classmethod
    def concat(cls, parts: Sequence[Columns], *, offsets: Sequence[int] | None = None) -> Columns:
        """The rows of ``parts`` one after another (the parts of a run split over workers, in order).

        ``offsets``, one per part, are added to the first column's values (row numbers of another table, such
        as each member's group, renumbered to the whole run).

        Raises:
            InvalidInputError: no parts, or parts whose columns differ.
        """
        parts = items(parts, "parts", Columns, "Columns", "Columns")
        if offsets is not None:
            offsets = sequence(offsets, "offsets", whole_number)
            if len(offsets) != len(parts):
                raise invalid(
                    "sequence", "offsets", offsets, what_th="เลขเลื่อนหนึ่งค่าต่อส่วน", what_en="one offset per part"
                )
            parts = [
                attrs.evolve(part, data=(tuple(v + shift for v in part.data[0]), *part.data[1:]))
                for part, shift in zip(parts, offsets, strict=True)
            ]
        if not parts:
            raise InvalidInputError(th="ไม่มีข้อมูลให้ต่อกัน", en="there are no parts to join", field="parts")
        first = parts[0]
        for part in parts:
            if part.columns != first.columns:
                raise InvalidInputError(
                    th="ต่อกันได้เฉพาะข้อมูลที่มีคอลัมน์เดียวกัน",
                    en="only parts with the same columns can be joined",
                    field="parts",
                )
        data = tuple(tuple(v for part in parts for v in part.data[i]) for i in range(len(first.columns)))
        return cls(first.columns, data, first.title)

    @property
    def keys(self) -> tuple[str, ...]:
        """The column keys, in order."""
        return tuple(c.key for c in self.columns)

    def __len__(self) -> int:
        return len(self.data[0]) if self.data else 0

    def column(self, key: str) -> tuple[Any, ...]:
        """The values of the column ``key``.

        Raises:
            InvalidInputError: no such column.
        """
        key = text(key, "key", empty=True)
        keys = self.keys
        if key not in keys:
            raise InvalidInputError(
                th=f"ไม่มีคอลัมน์ {key!r} มี: {', '.join(keys)}",
                en=f"no column {key!r}; the columns are: {', '.join(keys)}",
                field="key",
                value=key,
            )
        return self.data[keys.index(key)]

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """The rows as tuples, in order."""
        return zip(*self.data, strict=True)

    def check_row(self, index: object) -> int:
        """``index`` as a row number of these columns.

        Raises:
            InvalidInputError: not a whole number from 0 to the last row.
        """
        index = plain_scalar(index)  # a NumPy integer is a row number too
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self):
            raise InvalidInputError(
                th=f"ลำดับแถวต้องเป็น 0 ถึง {len(self) - 1} ไม่ใช่ {index!r}",
                en=f"the row number must be 0 to {len(self) - 1}, not {index!r}",
                field="index",
                value=index,
            )
        return index

    def row(self, index: int) -> dict[str, Any]:
        """Row ``index`` as a mapping of column key to value."""
        return {key: values[index] for key, values in zip(self.keys, self.data, strict=True)}

    def to_table(self) -> Table:
        """The rows as a :class:`~chumchon.tables.Table` (text, HTML, DataFrame)."""
        built: Any = Table
        table: Table = built(columns=self.columns, rows=list(self.rows()), title=self.title)
        return table

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled column by column: a column of Decimals as one text (each value's exact str, so every
        # digit and exponent comes back), a column of dates as day numbers; five to ten times cheaper than
        # pickling each Decimal or date as an object.
        return (_unpack, (self.columns, tuple(map(_pack, self.data)), self.title))

    def __repr__(self) -> str:
        return f"<Columns {len(self)} rows: {', '.join(self.keys)}>"


_SEPARATOR = "|"


def _pack(values: tuple[Any, ...]) -> tuple[str, Any]:
    kinds = set(map(type, values))
    if kinds == {Decimal}:
        return "decimal", _SEPARATOR.join(map(str, values))
    if kinds == {date}:
        return "date", tuple(map(date.toordinal, values))
    if kinds == {tuple} and len(set(map(len, values))) == 1:  # e.g. each member's 12 monthly amounts
        flat = [v for row in values for v in row]
        if flat and set(map(type, flat)) == {Decimal}:
            return f"decimals/{len(values[0])}", _SEPARATOR.join(map(str, flat))
    return "", values


def _unpack(
    columns: tuple[Column, ...], packed: tuple[tuple[str, Any], ...], title: Message | None
) -> Columns:
    data: list[tuple[Any, ...]] = []
    for kind, values in packed:
        if kind == "decimal":
            data.append(tuple(map(Decimal, values.split(_SEPARATOR))))
        elif kind == "date":
            data.append(tuple(map(date.fromordinal, values)))
        elif kind.startswith("decimals/"):
            width = int(kind.partition("/")[2])
            flat = tuple(map(Decimal, values.split(_SEPARATOR)))
            data.append(tuple(flat[i : i + width] for i in range(0, len(flat), width)))
        else:
            data.append(values)
    return Columns(columns, tuple(data), title)
