"""Cells in, cells out: the options, numbers, ranges and flags a worksheet function reads from Excel, and its
results as values Excel shows (floats, text, spill tables)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from chumchon import _checks
from chumchon._scalar import plain_scalar
from chumchon.errors import InvalidInputError
from chumchon.excel._dates import from_excel_date

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.loans import Frequency
    from chumchon.money import Rounding

E = TypeVar("E", bound=enum.Enum)


def empty(value: object) -> bool:
    """An empty cell: Excel sends ``None`` (or, from a formula, ``""``); blank text, and pandas' ``NA`` from a
    DataFrame, count as empty too. Never a truth test, so a NumPy array is simply not empty."""
    value = plain_scalar(value)
    return value is None or (isinstance(value, str) and not value.strip())


def excel_enum(enum_type: type[E], value: object, *, name: str, default: str) -> E:
    """An enum member from its name in a cell (``declining_balance``, any case, or its Thai label); an empty
    cell gives ``default``. The error lists the names (:func:`chumchon._checks.enum_member`)."""
    return _checks.enum_member(enum_type, default if empty(value) else value, name)


def excel_int(value: object, *, name: str) -> int:
    """A whole number from a cell (Excel sends 12 as 12.0); fractions and non-numbers raise."""
    return _checks.whole_number(value, name, numeric=True)


def excel_text(value: object, *, name: str, default: str | None = None) -> str:
    """A text option from a cell, without spaces around it; an empty cell gives ``default`` (or is refused
    when there is none)."""
    if empty(value):
        if default is None:  # an empty cell where the sheet must give a value: said as Excel users say it
            raise InvalidInputError(
                th=f"ต้องระบุ {name!r}", en=f"{name!r} is required", field=name, value=value
            )
        return default
    return _checks.text(value, name, strip=True)


def excel_flag(value: object, *, name: str, default: bool) -> bool:
    """TRUE/FALSE from a cell; an empty cell gives ``default``; 1/0 are accepted as Excel writes them."""
    value = plain_scalar(value)
    if empty(value):
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    # Excel's own words: a sheet shows booleans as TRUE and FALSE.
    raise InvalidInputError(
        th=f"{name!r} ต้องเป็น TRUE หรือ FALSE ไม่ใช่ {value!r}",
        en=f"{name!r} must be TRUE or FALSE, not {value!r}",
        field=name,
        value=value,
    )


def cell_rows(value: object, *, name: str) -> list[list[Any]]:
    """A 2-D range as a list of rows; a single cell or a 1-D list becomes one row."""
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(r, (list, tuple)) for r in value):
            return [list(r) for r in value]
        return [list(value)]
    if value is None:
        raise InvalidInputError(th=f"ช่วง {name!r} ว่างเปล่า", en=f"the range {name!r} is empty", field=name)
    return [[value]]


def excel_when(value: object) -> str:
    """Excel's ``type`` argument of PMT and friends: 0 or empty for the end of each period, 1 for the start.

    TRUE/FALSE (which Excel reads as 1/0) and chumchon's ``"end"``/``"begin"`` are accepted too.
    """
    value = plain_scalar(value)
    if empty(value) or value is False:
        return "end"
    if value is True:
        return "begin"
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("end", "begin"):
            return text
    elif isinstance(value, (int, float)) and value in (0, 1):
        return "begin" if value == 1 else "end"
    raise InvalidInputError(
        th=f"'type' ต้องเป็น 0 (ชำระปลายงวด) หรือ 1 (ชำระต้นงวด) ไม่ใช่ {value!r}",
        en=f"'type' must be 0 (payments at the end of each period) or 1 (at the start), not {value!r}",
        field="type",
        value=value,
    )


def to_excel(value: object) -> Any:
    """A Python result as an Excel cell value: Decimal → float, date stays a date, the rest as is."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [to_excel(v) for v in value]
    return value


def spill_table(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """A rectangular table for a spill range: every row as wide as the widest, short rows padded with ``""``."""
    width = max((len(row) for row in rows), default=0)
    return [[*row, *([""] * (width - len(row)))] for row in rows]


def excel_language(value: object) -> str:
    from chumchon.messages import check_language

    return check_language(excel_text(value, name="language", default="th"))


def excel_frequency(months: object) -> Frequency:
    from chumchon.loans import Frequency

    return Frequency.every(1 if empty(months) else excel_int(months, name="frequency_months"))


def range_numbers(value: object, *, name: str) -> list[Any]:
    """The numbers of a range in row order; empty cells are skipped, as Excel's NPV and IRR skip them."""
    return [cell for row in cell_rows(value, name=name) for cell in row if not empty(cell)]


def dated_cells(values: object, dates: object) -> tuple[list[Any], list[date]]:
    """XNPV/XIRR's values and dates from two ranges of the same size, pairs of empty cells skipped."""
    amounts = [cell for row in cell_rows(values, name="values") for cell in row]
    days = [cell for row in cell_rows(dates, name="dates") for cell in row]
    if len(amounts) != len(days):
        raise InvalidInputError(
            th=f"ช่วงจำนวนเงิน ({len(amounts)} ช่อง) และช่วงวันที่ ({len(days)} ช่อง) ต้องมีขนาดเท่ากัน",
            en=f"the values ({len(amounts)} cells) and dates ({len(days)} cells) must be ranges of one size",
            field="dates",
        )
    pairs = [(a, d) for a, d in zip(amounts, days, strict=True) if (a, d) != (None, None)]
    return [a for a, _ in pairs], [from_excel_date(d, name="dates") for _, d in pairs]


class ScheduleCells(NamedTuple):
    """The cells both schedule functions read the same way: the number of instalments, the loan date, the
    period (``frequency_months``, monthly when empty) and the instalment rounding (by name)."""

    installments: int
    disbursed_on: date
    frequency: Frequency
    rounding: Rounding

    @classmethod
    def read(
        cls,
        installments: object,
        disbursed_on: Any,  # a cell: a date, a serial or text
        frequency_months: object,
        rounding: object,
        *,
        default: str,
    ) -> ScheduleCells:
        from chumchon.money import rounding_from_name

        return cls(
            installments=excel_int(installments, name="installments"),
            disbursed_on=from_excel_date(disbursed_on, name="disbursed_on"),
            frequency=excel_frequency(frequency_months),
            rounding=rounding_from_name(excel_text(rounding, name="rounding", default=default)),
        )
