"""Tables: one way for every result to become rows, HTML, text or a DataFrame (ตารางผลลัพธ์).

A result (a schedule, a dividend run, an annual close, a village report, an assessment) builds one
:class:`Table`: typed columns with Thai and English headers, and rows of plain values (``Decimal``, ``date``,
``int``, ``str``, ``bool`` or ``None``). Classes that mix in :class:`Tabular` and implement ``to_table()`` get
``to_rows()``, ``_repr_html_()`` (Jupyter), ``to_text()`` (the command line) and ``to_dataframe()`` (pandas, when
installed) for free, all with the same headers and number formats.

>>> from decimal import Decimal
>>> t = Table(
...     columns=(Column("name", "ชื่อ", "Name"), Column("amount", "จำนวนเงิน", "Amount", kind="money")),
...     rows=(("สมชาย", Decimal("1234.5")),),
... )
>>> t.to_rows()
[['ชื่อ', 'จำนวนเงิน'], ['สมชาย', Decimal('1234.5')]]
>>> print(t.to_text(language="en"))
Name    Amount
สมชาย  1,234.50
>>> print(t.to_text(digits="thai"))
ชื่อ     จำนวนเงิน
สมชาย  ๑,๒๓๔.๕๐
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.messages import Message, check_language
from chumchon.money import SATANG

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Column", "ColumnKind", "Table", "Tabular", "check_digits", "format_cell"]

ColumnKind = Literal["text", "money", "rate", "percent", "date", "int", "bool", "decimal"]
_KINDS = frozenset(("text", "money", "rate", "percent", "date", "int", "bool", "decimal"))


def _check_kind(kind: object) -> ColumnKind:
    if isinstance(kind, str) and kind in _KINDS:
        return kind  # type: ignore[return-value]
    raise InvalidInputError(
        th=f"ชนิดคอลัมน์ต้องเป็นหนึ่งใน {sorted(_KINDS)} ไม่ใช่ {kind!r}",
        en=f"a column kind must be one of {sorted(_KINDS)}, not {kind!r}",
        field="kind",
        value=kind,
    )


_ARABIC_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def check_digits(digits: str) -> str:
    """Return ``digits`` if it is ``"arabic"`` or ``"thai"``; raise :class:`InvalidInputError` otherwise."""
    if digits in ("arabic", "thai"):
        return digits
    raise InvalidInputError(
        th=f'ชุดตัวเลขต้องเป็น "arabic" หรือ "thai" ไม่ใช่ {digits!r}',
        en=f'digits must be "arabic" or "thai", not {digits!r}',
        field="digits",
        value=digits,
    )


@attrs.frozen
class Column:
    """A column: a stable key (for CSV/JSON and DataFrames), Thai and English headers, and a kind.

    Kinds decide formatting: ``money`` as ``1,234.50``; ``rate`` a fraction shown as a percentage
    (``0.057`` → ``5.70%``); ``percent`` a number already in percent; ``date`` as a Thai date
    (``21 พ.ย. 2569``) in Thai and ISO in English; ``bool`` as ใช่/ไม่ใช่ or yes/no.
    """

    key: str
    th: str
    en: str
    kind: ColumnKind = attrs.field(default="text", converter=_check_kind)

    def header(self, language: str = "th") -> str:
        """The header in ``language``."""
        return self.th if check_language(language) == "th" else self.en


def format_cell(value: object, kind: ColumnKind, *, language: str = "th", digits: str = "arabic") -> str:
    """Format one value for display (HTML and text), by column kind, language and digit set.

    >>> format_cell(Decimal("0.057"), "rate"), format_cell(True, "bool", language="en")
    ('5.70%', 'yes')
    """
    _check_kind(kind)
    check_language(language)
    check_digits(digits)
    text: str
    if value is None:
        text = "-"
    elif isinstance(value, bool):
        text = ("ใช่" if value else "ไม่ใช่") if language == "th" else ("yes" if value else "no")
    elif isinstance(value, date):
        if language == "th":
            from chumchon.thai import format_date  # the Thai layer loads only when a date is shown

            text = format_date(value, "medium")
        else:
            text = value.isoformat()
    elif isinstance(value, (Decimal, int)) and kind in ("money", "rate", "percent"):
        amount = Decimal(value)
        if kind == "rate":
            text = f"{SATANG.apply(amount * 100):,}%"
        elif kind == "percent":
            text = f"{SATANG.apply(amount):,}%"
        else:
            text = f"{SATANG.apply(amount):,}"
    elif isinstance(value, (Decimal, int)):
        text = f"{value:,}" if kind == "int" else str(value)
    elif isinstance(value, Message):
        text = value.get(language)
    else:
        text = str(value)
    return text.translate(_ARABIC_TO_THAI) if check_digits(digits) == "thai" else text


def _width(text: str) -> int:
    # Thai vowel and tone marks are combining characters: they take no column of their own.
    return sum(1 for ch in text if not unicodedata.combining(ch))


def _to_columns(columns: Iterable[Column]) -> tuple[Column, ...]:
    if not isinstance(columns, (list, tuple)) or not all(isinstance(c, Column) for c in columns):
        raise InvalidInputError(
            th="คอลัมน์ต้องเป็นลำดับของ Column", en="columns must be a sequence of Column", field="columns"
        )
    return tuple(columns)


def _to_rows(rows: Iterable[Iterable[Any]]) -> tuple[tuple[Any, ...], ...]:
    if isinstance(rows, (str, bytes, Mapping)) or not isinstance(rows, Iterable):
        raise InvalidInputError(th="แถวต้องเป็นลำดับของแถว", en="rows must be a sequence of rows", field="rows")
    result = []
    for row in rows:
        if isinstance(row, (str, bytes, Mapping)) or not isinstance(row, Iterable):
            raise InvalidInputError(
                th=f"แต่ละแถวต้องเป็นลำดับของค่า ไม่ใช่ {row!r}",
                en=f"each row must be a sequence of values, not {row!r}",
                field="rows",
            )
        result.append(tuple(row))
    return tuple(result)


@attrs.frozen
class Table:
    """Rows of plain values under typed, bilingual columns; see the module docstring."""

    columns: tuple[Column, ...] = attrs.field(converter=_to_columns)
    rows: tuple[tuple[Any, ...], ...] = attrs.field(converter=_to_rows)
    title: Message | None = None

    @rows.validator
    def _check_row_lengths(self, _attribute: object, rows: tuple[tuple[Any, ...], ...]) -> None:
        for row in rows:
            if len(row) != len(self.columns):
                raise InvalidInputError(
                    th=f"แถวมี {len(row)} ช่อง แต่ตารางมี {len(self.columns)} คอลัมน์",
                    en=f"a row has {len(row)} cells but the table has {len(self.columns)} columns",
                    field="rows",
                )

    def header(self, language: str = "th") -> list[str]:
        """The column headers in ``language``."""
        return [c.header(language) for c in self.columns]

    def select(self, *keys: str) -> Table:
        """A table with only the columns named by ``keys``, in that order (e.g. to print a report without
        its machine keys).

        >>> t = Table(columns=(Column("code", "รหัส", "Code"), Column("label", "รายการ", "Item")), rows=[("x", "ก")])
        >>> t.select("label").to_rows()
        [['รายการ'], ['ก']]
        """
        index = {c.key: i for i, c in enumerate(self.columns)}
        unknown = [k for k in keys if k not in index]
        if unknown or not keys:
            raise InvalidInputError(
                th=f"ไม่มีคอลัมน์ {unknown} ในตาราง มีเพียง {list(index)}",
                en=f"no column {unknown} in the table; it has {list(index)}",
                field="keys",
                value=keys,
            )
        positions = [index[k] for k in keys]
        return Table(
            columns=[self.columns[i] for i in positions],
            rows=[[row[i] for i in positions] for row in self.rows],
            title=self.title,
        )

    def to_rows(self, *, language: str = "th", header: bool = True) -> list[list[Any]]:
        """The table as lists of plain values, with a header row first unless ``header=False``.

        Bilingual cells (:class:`~chumchon.messages.Message`) become text in ``language``; everything else
        (``Decimal``, ``date``, ``int``…) stays as it is.
        """
        check_language(language)
        body = [[v.get(language) if isinstance(v, Message) else v for v in row] for row in self.rows]
        return [self.header(language), *body] if header else body

    def formatted_rows(self, *, language: str = "th", digits: str = "arabic") -> list[list[str]]:
        """The body rows formatted as display text."""
        kinds = [c.kind for c in self.columns]
        return [
            [format_cell(v, k, language=language, digits=digits) for v, k in zip(row, kinds, strict=True)]
            for row in self.rows
        ]

    def to_text(self, *, language: str = "th", digits: str = "arabic") -> str:
        """Aligned plain text (numbers right-aligned), for the command line."""
        head = self.header(language)
        body = self.formatted_rows(language=language, digits=digits)
        widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
        right = [c.kind in ("money", "rate", "percent", "int", "decimal") for c in self.columns]

        def line(cells: Sequence[str]) -> str:
            padded = [
                " " * (w - _width(c)) + c if r else c + " " * (w - _width(c))
                for c, w, r in zip(cells, widths, right, strict=True)
            ]
            return "  ".join(padded).rstrip()

        lines = [line(head), *(line(r) for r in body)]
        if self.title is not None:
            lines.insert(0, self.title.get(language))
        return "\n".join(lines)

    def to_html(self, *, language: str = "th", digits: str = "arabic") -> str:
        """An HTML ``<table>`` for Jupyter and reports; every text is escaped."""
        esc = html.escape
        parts = ['<table class="chumchon">']
        if self.title is not None:
            parts.append(f"<caption>{esc(self.title.get(language))}</caption>")
        parts.append(
            "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in self.header(language)) + "</tr></thead>"
        )
        parts.append("<tbody>")
        numeric = [c.kind in ("money", "rate", "percent", "int", "decimal") for c in self.columns]
        for row in self.formatted_rows(language=language, digits=digits):
            cells = "".join(
                f'<td style="text-align:right">{esc(v)}</td>' if n else f"<td>{esc(v)}</td>"
                for v, n in zip(row, numeric, strict=True)
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table>")
        return "".join(parts)

    def to_dataframe(self, *, language: str = "th") -> pandas.DataFrame:
        """A pandas DataFrame with the headers in ``language`` (needs the ``pandas`` extra).

        Values stay as they are (``Decimal`` money keeps its exactness in an object column).
        """
        try:
            import pandas
        except ImportError:
            raise ChumchonError(
                th="ต้องติดตั้ง pandas ก่อน: pip install 'chumchon[pandas]'",
                en="pandas is not installed: pip install 'chumchon[pandas]'",
            ) from None
        return pandas.DataFrame(self.to_rows(language=language, header=False), columns=self.header(language))


class Tabular:
    """Mixin for results that can show themselves as a :class:`Table`. Subclasses implement :meth:`to_table`."""

    __slots__ = ()

    def to_table(self) -> Table:
        """The result as a table."""
        raise NotImplementedError

    def to_rows(self, *, language: str = "th", header: bool = True) -> list[list[Any]]:
        """The result as lists of plain values, header row first (see :meth:`Table.to_rows`)."""
        return self.to_table().to_rows(language=language, header=header)

    def to_text(self, *, language: str = "th", digits: str = "arabic") -> str:
        """The result as aligned text (see :meth:`Table.to_text`)."""
        return self.to_table().to_text(language=language, digits=digits)

    def to_html(self, *, language: str = "th", digits: str = "arabic") -> str:
        """The result as an HTML table (see :meth:`Table.to_html`)."""
        return self.to_table().to_html(language=language, digits=digits)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_dataframe(self, *, language: str = "th") -> pandas.DataFrame:
        """The result as a pandas DataFrame (see :meth:`Table.to_dataframe`)."""
        return self.to_table().to_dataframe(language=language)
