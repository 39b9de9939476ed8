"""Reading a register's table (a CSV, a spreadsheet, a DataFrame's records) into records, one row at a time.

The shared part of every register reader (the member table of a savings group, the กข.คจ. account register):
headers given as English keys or the Thai headers officers type, cells trimmed with Thai digits made Arabic, a
blank or NaN cell read as empty, blank rows skipped, unknown columns refused, and every error naming its row
(from a CSV the header is row 1, as a spreadsheet numbers it). What a row means is the reader's own ``build``.

>>> table = TableFormat((("id", "รหัส", "the id"), ("amount", "จำนวน", "baht")), required=("id",))
>>> table.read_csv([["รหัส", "จำนวน"], ["A1", "๑,๒๐๐"], ["", ""]], lambda cells: (cells["id"], cells.get("amount")))
(('A1', '1,200'),)
>>> table.read_csv([["รหัส", "สี"]], dict)
Traceback (most recent call last):
...
chumchon.errors.ParseError: แถวที่ 1: ไม่รู้จักคอลัมน์ สี ใช้ได้: id, amount / row 1: unknown column(s) สี; allowed: id, amount
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from chumchon._scalar import plain_scalar
from chumchon.errors import InvalidInputError, ParseError

__all__ = ["TableFormat"]

T = TypeVar("T")


class TableFormat:
    """The columns of a register: ``(key, Thai header, meaning)`` each, and the keys a header row must have."""

    def __init__(self, columns: Sequence[tuple[str, str, str]], *, required: Sequence[str] = ()) -> None:
        self.columns = tuple(columns)
        self.keys = tuple(key for key, _, _ in self.columns)
        self.required = tuple(required)
        self._thai = {th: key for key, th, _ in self.columns}

    def header(self, name: object) -> str:
        """The key of a header cell: a Thai header, or an English key in any case."""
        text = str(name).strip().lstrip("\ufeff")
        return self._thai.get(text, text.lower())

    @staticmethod
    def cell(value: object) -> object:
        """A cell as a reader sees it: text trimmed with Arabic digits; a blank, missing or NaN cell is ``None``."""
        from chumchon.thai.digits import to_arabic_digits

        value = plain_scalar(value)
        if isinstance(value, float) and value != value:
            return None  # a pandas empty cell in a float column is NaN
        if isinstance(value, str):
            return to_arabic_digits(value.strip()) or None
        return value

    def unknown_columns(self, unknown: Sequence[str]) -> InvalidInputError:
        allowed = ", ".join(self.keys)
        return InvalidInputError(
            th=f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} ใช้ได้: {allowed}",
            en=f"unknown column(s) {', '.join(unknown)}; allowed: {allowed}",
            field=unknown[0],
        )

    def read(
        self, rows: Iterable[object], build: Callable[[dict[str, Any]], T], *, first_number: int = 1
    ) -> tuple[T, ...]:
        """``build(cells)`` for every row that is not blank, ``cells`` mapping each key to its cell (blank cells
        left out). An :class:`InvalidInputError` from a row becomes a :class:`ParseError` naming the row."""
        records = []
        for number, row in enumerate(rows, start=first_number):
            try:
                if not isinstance(row, Mapping):
                    raise InvalidInputError(
                        th=f"แต่ละแถวต้องเป็น mapping ของหัวตารางกับค่า ไม่ใช่ {type(row).__name__}",
                        en=f"each row must be a mapping of header to value, not {type(row).__name__}",
                        field="rows",
                        value=row,
                    )
                cells = {self.header(k): self.cell(v) for k, v in row.items()}
                unknown = sorted(set(cells) - set(self.keys))
                if unknown:
                    raise self.unknown_columns(unknown)
                given = {key: value for key, value in cells.items() if value is not None}
                if given:
                    records.append(build(given))
            except InvalidInputError as error:
                raise ParseError(
                    th=f"แถวที่ {number}: {error.th}",
                    en=f"row {number}: {error.en}",
                    text=row,
                    field=error.field,
                ) from None
        return tuple(records)

    def read_csv(
        self, rows: Iterable[Sequence[object]], build: Callable[[dict[str, Any]], T]
    ) -> tuple[T, ...]:
        """As :meth:`read`, from lists of cells (``csv.reader``) with the header row first (row 1)."""
        iterator = iter(rows)
        header = next(iterator, None)
        if header is None or isinstance(header, (str, bytes)):
            raise ParseError(th="ไม่มีแถวหัวตาราง", en="there is no header row", text=header, field="rows")
        names = [str(h) for h in header]
        keys = [self.header(h) for h in names]
        unknown = sorted(set(keys) - set(self.keys))
        missing = [key for key in self.required if key not in keys]
        problem = self.unknown_columns(unknown) if unknown else None
        if problem is None and missing:
            problem = InvalidInputError(
                th=f"หัวตารางต้องมี {', '.join(missing)}",
                en=f"the header row needs {', '.join(missing)}",
                field=missing[0],
            )
        if problem is not None:
            raise ParseError(
                th=f"แถวที่ 1: {problem.th}", en=f"row 1: {problem.en}", text=names, field=problem.field
            )

        def mappings() -> Iterator[Mapping[str, object]]:
            for number, row in enumerate(iterator, start=2):
                cells = list(row)
                if len(cells) > len(names):
                    raise ParseError(
                        th=f"แถวที่ {number}: มี {len(cells)} ช่อง แต่หัวตารางมี {len(names)} ช่อง",
                        en=f"row {number}: {len(cells)} cells but the header has {len(names)}",
                        text=cells,
                        field="rows",
                    )
                yield dict(zip(names, cells, strict=False))  # a short row leaves its last cells empty

        return self.read(mappings(), build, first_number=2)
