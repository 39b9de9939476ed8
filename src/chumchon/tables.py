"""Tables: one way for every result to become rows, HTML, text or a DataFrame (ตารางผลลัพธ์).

A result (a schedule, a dividend run, an annual close, a village report, an assessment) builds one
:class:`Table`: typed columns with Thai and English headers, and rows of plain values (``Decimal``, ``date``,
``int``, ``str``, ``bool`` or ``None``). Classes that mix in :class:`Tabular` and implement ``to_table()`` get
``to_rows()``, ``_repr_html_()`` (Jupyter), ``to_text()`` (the command line) and ``to_dataframe()`` (pandas, when
installed) for free, all with the same headers and number formats.

Money is always written with two decimal places (rounded half up to the satang by the named ``SATANG`` rule
where a value carries more), in text, HTML and ``to_rows()`` alike. Text tables measure each cell the way a
terminal draws it (:func:`display_width`, by the ``wcwidth`` package): Thai vowel and tone marks above and
below a consonant take no column, so the columns line up on screen.

>>> from decimal import Decimal
>>> t = Table(
...     columns=(Column("name", "ชื่อ", "Name"), Column("amount", "จำนวนเงิน", "Amount", kind="money")),
...     rows=(("สมชาย", Decimal("1234.5")),),
... )
>>> t.to_rows()
[['ชื่อ', 'จำนวนเงิน'], ['สมชาย', Decimal('1234.50')]]
>>> print(t.to_text(language="en"))
Name    Amount
สมชาย  1,234.50
>>> print(t.to_text(digits="thai"))
ชื่อ     จำนวนเงิน
สมชาย  ๑,๒๓๔.๕๐
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from chumchon._checks import invalid
from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.messages import Message, check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, to_decimal
from chumchon.thai.digits import check_digits as check_digits  # public here too: the one digit-set check
from chumchon.thai.digits import in_digits

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = [
    "Column",
    "ColumnKind",
    "MoneyDtype",
    "Report",
    "Table",
    "Tabular",
    "check_digits",
    "display_width",
    "format_cell",
]

#: What a table cell holds.
CellValue = Decimal | int | str | bool | date | Message | None
ColumnKind = Literal["text", "money", "rate", "percent", "date", "int", "bool", "decimal"]
_KINDS = frozenset(("text", "money", "rate", "percent", "date", "int", "bool", "decimal"))
_NUMERIC_KINDS = frozenset(("money", "rate", "percent", "int", "decimal"))
#: How :meth:`Table.to_dataframe` stores money: ``"decimal"`` exact (Arrow decimal when pyarrow is there),
#: ``"float"`` as float64 for quick plotting and arithmetic.
MoneyDtype = Literal["decimal", "float"]
#: Precision of the Arrow decimal money columns: 38 digits, the most decimal128 holds, two after the point.
MONEY_PRECISION = 38


def _check_kind(kind: object) -> ColumnKind:
    if isinstance(kind, str) and kind in _KINDS:
        return kind  # type: ignore[return-value]
    raise InvalidInputError(
        th=f"ชนิดคอลัมน์ต้องเป็นหนึ่งใน {sorted(_KINDS)} ไม่ใช่ {kind!r}",
        en=f"a column kind must be one of {sorted(_KINDS)}, not {kind!r}",
        field="kind",
        value=kind,
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


def format_cell(value: CellValue, kind: ColumnKind, *, language: str = "th", digits: str = "arabic") -> str:
    """Format one value for display (HTML and text), by column kind, language and digit set.

    Money, rates and percentages are rounded by the named ``SATANG`` rule in chumchon's own decimal context, so
    what a cell shows never depends on the caller's ``decimal.getcontext()``; a NaN or infinite number is
    refused, since no result holds one.

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
        amount = to_decimal(value, name="value")  # refuses NaN and infinities before any arithmetic
        if kind == "rate":
            amount = DECIMAL_CONTEXT.multiply(amount, 100)
        text = f"{SATANG.apply(amount):,}"
        if kind != "money":
            text += "%"
    elif isinstance(value, (Decimal, int)):
        text = f"{value:,}" if kind == "int" else str(value)  # no rounding: independent of the context
    elif isinstance(value, Message):
        text = value.get(language)
    else:
        text = str(value)
    return in_digits(text, digits)


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes, as terminals measure it (by ``wcwidth``).

    Thai vowel and tone marks above and below a consonant take none, so ``"ที่ดิน"`` (six code points)
    takes three; wide East Asian characters take two. Control characters count as zero.

    >>> display_width("ที่ดิน"), display_width("จำนวนเงิน"), display_width("Amount")
    (3, 8, 6)
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            th=f"ข้อความต้องเป็น str ไม่ใช่ {type(text).__name__}",
            en=f"text must be a str, not {type(text).__name__}",
            field="text",
            value=text,
        )
    # Imported here, not at the top: only rendering needs it, and it costs a tenth of importing a package.
    from wcwidth import wcswidth, wcwidth

    width = int(wcswidth(text))  # int(): wcwidth before 0.2.13 has no type hints
    if width >= 0:
        return width
    return sum(max(int(wcwidth(ch)), 0) for ch in text)  # a control character somewhere: count the rest


def _money(value: object) -> object:
    """Money as a two-place Decimal (``SATANG``, half up); other values unchanged."""
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return SATANG.apply(Decimal(value))
    return value


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


def _to_title(title: Message | None) -> Message | None:
    if title is None or isinstance(title, Message):
        return title
    raise invalid("instance", "title", title, what_th="Message หรือ None", what_en="a Message or None")


@attrs.frozen
class Table:
    """Rows of plain values under typed, bilingual columns; see the module docstring."""

    columns: tuple[Column, ...] = attrs.field(converter=_to_columns)
    rows: tuple[tuple[Any, ...], ...] = attrs.field(converter=_to_rows)
    title: Message | None = attrs.field(default=None, converter=_to_title)

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
        for key in keys:
            if not isinstance(key, str):  # a list here is unhashable; say what select takes
                raise invalid("choice", "keys", key, allowed=", ".join(index))
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

        Bilingual cells (:class:`~chumchon.messages.Message`) become text in ``language``; money becomes a
        two-place ``Decimal`` (``Decimal("24000.00")``); everything else (``date``, ``int``…) stays as it is.
        """
        check_language(language)
        money = [c.kind == "money" for c in self.columns]
        body = [
            [
                v.get(language) if isinstance(v, Message) else _money(v) if m else v
                for v, m in zip(row, money, strict=True)
            ]
            for row in self.rows
        ]
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
        widths = [max(display_width(r[i]) for r in [head, *body]) for i in range(len(head))]
        right = [c.kind in _NUMERIC_KINDS for c in self.columns]

        def line(cells: Sequence[str]) -> str:
            padded = [
                " " * (w - display_width(c)) + c if r else c + " " * (w - display_width(c))
                for c, w, r in zip(cells, widths, right, strict=True)
            ]
            return "  ".join(padded).rstrip()

        lines = [line(head), *(line(r) for r in body)]
        if self.title is not None:
            lines.insert(0, self.title.get(language))
        return "\n".join(lines)

    def to_html(self, *, language: str = "th", digits: str = "arabic") -> str:
        """An HTML ``<table>`` for Jupyter and reports; every text is escaped.

        Text (names, criteria, dates) is aligned left and numbers right, headers with their column, whatever
        the notebook's own style sheet says (Jupyter aligns every cell right by default).
        """
        esc = html.escape
        parts = ['<table class="chumchon">']
        if self.title is not None:
            parts.append(f'<caption style="text-align:left">{esc(self.title.get(language))}</caption>')
        align = [
            ' style="text-align:right"' if c.kind in _NUMERIC_KINDS else ' style="text-align:left"'
            for c in self.columns
        ]
        parts.append(
            "<thead><tr>"
            + "".join(f"<th{a}>{esc(h)}</th>" for h, a in zip(self.header(language), align, strict=True))
            + "</tr></thead>"
        )
        parts.append("<tbody>")
        for row in self.formatted_rows(language=language, digits=digits):
            cells = "".join(f"<td{a}>{esc(v)}</td>" for v, a in zip(row, align, strict=True))
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table>")
        return "".join(parts)

    def to_dataframe(self, *, language: str = "th", money: MoneyDtype = "decimal") -> pandas.DataFrame:
        """A pandas DataFrame with the headers in ``language`` (needs the ``pandas`` extra), with real column
        types so it can be summed, grouped and plotted.

        - money: with ``money="decimal"`` (the default) an exact decimal column,
          ``pd.ArrowDtype(pa.decimal128(38, 2))``, when pyarrow is installed (without pyarrow, two-place
          ``Decimal`` objects); with ``money="float"`` float64 (binary floating point: fine for plots, not for
          accounts);
        - rates, percents and other decimals: float64; whole numbers: pandas' nullable ``Int64``; yes/no:
          ``boolean``; text, bilingual cells and dates: objects as in :meth:`to_rows`. Empty cells are missing
          values.
        """
        if not isinstance(money, str) or money not in (
            "decimal",
            "float",
        ):  # text first: an array is ambiguous
            raise InvalidInputError(
                th=f'money ต้องเป็น "decimal" หรือ "float" ไม่ใช่ {money!r}',
                en=f'money must be "decimal" or "float", not {money!r}',
                field="money",
                value=money,
            )
        try:
            import pandas
        except ImportError:
            raise ChumchonError(
                th="ต้องติดตั้ง pandas ก่อน: pip install 'chumchon[pandas]'",
                en="pandas is not installed: pip install 'chumchon[pandas]'",
            ) from None
        header = self.header(language)
        body = self.to_rows(language=language, header=False)
        data = {}
        for index, column in enumerate(self.columns):
            values = [row[index] for row in body]
            data[index] = pandas.Series(values, dtype=_dtype(pandas, column.kind, money, values))
        frame = pandas.DataFrame(data)
        frame.columns = header
        return frame


def _dtype(pandas: Any, kind: ColumnKind, money: MoneyDtype, values: list[Any]) -> Any:
    """The pandas dtype for a column of ``kind`` (see :meth:`Table.to_dataframe`)."""
    if any(isinstance(v, Message) or (v is not None and isinstance(v, str)) for v in values):
        return object  # a column of a numeric kind that holds text (a "-" or a note) stays as it is
    if kind == "money" and money == "decimal":
        try:
            import pyarrow
        except ImportError:
            return object
        return pandas.ArrowDtype(pyarrow.decimal128(MONEY_PRECISION, 2))
    if kind in ("money", "rate", "percent", "decimal"):
        return "float64"
    if kind == "int":
        return "Int64"
    if kind == "bool":
        return "boolean"
    return object


class Report(str):
    """A document of paragraphs and tables: it is its plain text (``print`` it, search it, write it to a file)
    and renders as HTML in Jupyter, with each table as a real table.

    Args:
        parts: paragraphs (``str``; ``""`` is a blank line) and :class:`Table` objects, in order.
        language: ``"th"`` or ``"en"``, for the tables.
        digits: ``"arabic"`` or ``"thai"``, for the tables.

    >>> r = Report(["สรุป", Table(columns=[Column("a", "ยอด", "Total", "money")], rows=[[1]])])
    >>> print(r)
    สรุป
         ยอด
    1.00
    >>> "1.00" in r, r._repr_html_().count("<table")
    (True, 1)
    """

    _html: str

    def __new__(cls, parts: Iterable[str | Table], *, language: str = "th", digits: str = "arabic") -> Report:
        check_language(language)
        check_digits(digits)
        if not isinstance(parts, (list, tuple)) or not all(isinstance(p, (str, Table)) for p in parts):
            raise InvalidInputError(
                th="ส่วนของรายงานต้องเป็นลำดับ (list หรือ tuple) ของข้อความและ Table",
                en="a report's parts must be a list or tuple of str and Table",
                field="parts",
            )
        items = list(parts)
        text = "\n".join(
            part.to_text(language=language, digits=digits) if isinstance(part, Table) else part
            for part in items
        )
        report = super().__new__(cls, text)
        html_parts = ['<div class="chumchon-report">']
        for part in items:
            if isinstance(part, Table):
                html_parts.append(part.to_html(language=language, digits=digits))
            elif part:
                html_parts.append(f"<p>{html.escape(part)}</p>")
        html_parts.append("</div>")
        report._html = "".join(html_parts)
        return report

    def _repr_html_(self) -> str:
        return self._html


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

    def to_dataframe(self, *, language: str = "th", money: MoneyDtype = "decimal") -> pandas.DataFrame:
        """The result as a pandas DataFrame with numeric money columns (see :meth:`Table.to_dataframe`)."""
        return self.to_table().to_dataframe(language=language, money=money)
