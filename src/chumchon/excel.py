"""Excel worksheet functions through xlwings (ฟังก์ชันสำหรับ Excel).

Officers call chumchon from spreadsheets. Excel sends floats, integers, strings, booleans, empty cells
(``None``), dates as ``datetime`` **or as serial numbers** (the 1900 date system, including its phantom
29 February 1900), single cells or 2-D ranges (lists of lists). Every function here accepts all of these,
computes in Decimal, and returns floats, strings, or 2-D lists with a header row. Excel cannot show a Python
exception, so a bad input returns a readable error string in the cell, Thai first, e.g.
``#chumchon! จำนวนเงินต้องไม่ติดลบ / the amount must not be negative``.

The functions are plain Python: importable and testable without xlwings. When xlwings is installed (the
``excel`` extra: ``pip install 'chumchon[excel]'``) they are also decorated as xlwings UDFs in the
category "chumchon", so "Import Python UDFs" finds them. Their Excel names are the Python names
(``=chumchon_bahttext(A1)``).

>>> from chumchon.excel import from_excel_date
>>> from_excel_date(45658.0), from_excel_date(61)
(datetime.date(2025, 1, 1), datetime.date(1900, 3, 1))
>>> from_excel_date(60)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: เลขวันที่ 60 ของ Excel คือ 29 กุมภาพันธ์ 1900 ซึ่งไม่มีจริง (Excel ถือว่าปี 1900 เป็นปีอธิกสุรทินโดยผิดพลาด) / Excel serial 60 is 29 February 1900, a day that never existed (Excel wrongly treats 1900 as a leap year)
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.money import to_decimal

__all__ = [
    "ERROR_PREFIX",
    "from_excel_date",
    "to_excel_serial",
]

F = TypeVar("F", bound=Callable[..., Any])

#: Every error string a worksheet function returns starts with this, so a sheet can test for it.
ERROR_PREFIX = "#chumchon! "

# Serial 1 is 1900-01-01. Excel counts a 29 February 1900 (serial 60) that never existed, so from
# serial 61 (1900-03-01) on, the day is 1899-12-30 plus the serial; below 60 it is 1899-12-31 plus it.
_EPOCH_FROM_MARCH_1900 = date(1899, 12, 30)
_EPOCH_BEFORE_MARCH_1900 = date(1899, 12, 31)
_LARGEST_SERIAL = 2958465  # 9999-12-31, the last day Excel can show


def from_excel_date(value: object, *, name: str = "date") -> date:
    """A date from an Excel cell: a ``date``/``datetime``, a serial number (1900 system), or ISO text.

    A serial's fraction (the time of day) is dropped. Serial 60, Excel's phantom 29 February 1900, and
    serials outside 1–2958465 raise :class:`~chumchon.errors.InvalidInputError`. Thai date text is read by
    :func:`chumchon.thai.parse_date`.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from chumchon.thai import parse_date

        return parse_date(value)
    try:
        serial = to_decimal(value, name=name)
    except InvalidInputError:
        raise InvalidInputError(
            th=f"{name!r} ต้องเป็นวันที่ เลขวันที่ของ Excel หรือข้อความวันที่ ไม่ใช่ {value!r}",
            en=f"{name!r} must be a date, an Excel date serial or date text, not {value!r}",
            field=name,
            value=value,
        ) from None
    day = int(serial)  # toward zero: the time of day is dropped
    if day == 60:
        raise InvalidInputError(
            th="เลขวันที่ 60 ของ Excel คือ 29 กุมภาพันธ์ 1900 ซึ่งไม่มีจริง (Excel ถือว่าปี 1900 เป็นปีอธิกสุรทินโดยผิดพลาด)",
            en="Excel serial 60 is 29 February 1900, a day that never existed "
            "(Excel wrongly treats 1900 as a leap year)",
            field=name,
            value=value,
        )
    if not 1 <= day <= _LARGEST_SERIAL:
        raise InvalidInputError(
            th=f"เลขวันที่ของ Excel ต้องอยู่ระหว่าง 1 ถึง {_LARGEST_SERIAL} ไม่ใช่ {value!r}",
            en=f"an Excel date serial must be from 1 to {_LARGEST_SERIAL}, not {value!r}",
            field=name,
            value=value,
        )
    epoch = _EPOCH_BEFORE_MARCH_1900 if day < 60 else _EPOCH_FROM_MARCH_1900
    return epoch + timedelta(days=day)


def to_excel_serial(day: date) -> int:
    """The Excel 1900-system serial of ``day`` (the inverse of :func:`from_excel_date`).

    >>> to_excel_serial(date(2025, 1, 1)), to_excel_serial(date(1900, 2, 28))
    (45658, 59)
    """
    if day < date(1900, 3, 1):
        return (day - _EPOCH_BEFORE_MARCH_1900).days
    return (day - _EPOCH_FROM_MARCH_1900).days


def _excel_int(value: object, *, name: str) -> int:
    """A whole number from a cell (Excel sends 12 as 12.0); fractions and non-numbers raise."""
    number = to_decimal(value, name=name)
    if number != number.to_integral_value():
        raise InvalidInputError(
            th=f"{name!r} ต้องเป็นจำนวนเต็ม ไม่ใช่ {value!r}",
            en=f"{name!r} must be a whole number, not {value!r}",
            field=name,
            value=value,
        )
    return int(number)


def _excel_text(value: object, *, name: str, default: str | None = None) -> str:
    """A text option from a cell; an empty cell gives ``default``."""
    if value is None or value == "":
        if default is None:
            raise InvalidInputError(
                th=f"ต้องระบุ {name!r}", en=f"{name!r} is required", field=name, value=value
            )
        return default
    if isinstance(value, str):
        return value.strip()
    raise InvalidInputError(
        th=f"{name!r} ต้องเป็นข้อความ ไม่ใช่ {value!r}",
        en=f"{name!r} must be text, not {value!r}",
        field=name,
        value=value,
    )


def _excel_flag(value: object, *, name: str, default: bool) -> bool:
    """TRUE/FALSE from a cell; an empty cell gives ``default``; 1/0 are accepted as Excel writes them."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    raise InvalidInputError(
        th=f"{name!r} ต้องเป็น TRUE หรือ FALSE ไม่ใช่ {value!r}",
        en=f"{name!r} must be TRUE or FALSE, not {value!r}",
        field=name,
        value=value,
    )


def _rows(value: object, *, name: str) -> list[list[Any]]:
    """A 2-D range as a list of rows; a single cell or a 1-D list becomes one row."""
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(r, (list, tuple)) for r in value):
            return [list(r) for r in value]
        return [list(value)]
    if value is None:
        raise InvalidInputError(th=f"ช่วง {name!r} ว่างเปล่า", en=f"the range {name!r} is empty", field=name)
    return [[value]]


def _to_excel(value: object) -> Any:
    """A Python result as an Excel cell value: Decimal → float, date stays a date, the rest as is."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_to_excel(v) for v in value]
    return value


def _error_text(error: Exception) -> str:
    if isinstance(error, ChumchonError):
        return f"{ERROR_PREFIX}{error.th} / {error.en}"
    # An internal fault must still not leave Excel with a bare #VALUE!: say so plainly.
    return f"{ERROR_PREFIX}ข้อผิดพลาดภายใน / internal error: {type(error).__name__}: {error}"


def _xlwings() -> Any:
    try:
        return importlib.import_module("xlwings")
    except ImportError:
        return None


def _worksheet_function(*, ranges: Sequence[str] = ()) -> Callable[[F], F]:
    """Make ``func`` safe for a cell (errors become text, results Excel values) and, when xlwings is
    installed, register it as a UDF, with the named arguments received as 2-D ranges."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def cell_safe(*args: Any, **kwargs: Any) -> Any:
            try:
                return _to_excel(func(*args, **kwargs))
            except Exception as error:  # Excel can only show text, never a traceback
                return _error_text(error)

        xw = _xlwings()
        if xw is None:
            return cell_safe  # type: ignore[return-value]
        udf: Any = cell_safe
        for arg in ranges:
            udf = xw.arg(arg, ndim=2)(udf)
        return xw.func(category="chumchon")(udf)  # type: ignore[no-any-return]

    return decorate
