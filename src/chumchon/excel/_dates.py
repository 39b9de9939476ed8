"""Excel's dates: serial numbers of the 1900 date system (with its phantom 29 February 1900) to and from dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from chumchon import _checks
from chumchon._checks import DateLike
from chumchon.errors import InvalidInputError
from chumchon.money import to_decimal

# Serial 1 is 1900-01-01. Excel counts a 29 February 1900 (serial 60) that never existed, so from
# serial 61 (1900-03-01) on, the day is 1899-12-30 plus the serial; below 60 it is 1899-12-31 plus it.
_EPOCH_FROM_MARCH_1900 = date(1899, 12, 30)
_EPOCH_BEFORE_MARCH_1900 = date(1899, 12, 31)
_LARGEST_SERIAL = 2958465  # 9999-12-31, the last day Excel can show


def from_excel_date(value: DateLike | float | int | Decimal, *, name: str = "date") -> date:
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


def to_excel_serial(day: DateLike) -> int:
    """The Excel 1900-system serial of ``day`` (a date or ISO text; the inverse of :func:`from_excel_date`).

    >>> to_excel_serial(date(2025, 1, 1)), to_excel_serial(date(1900, 2, 28))
    (45658, 59)
    """
    day = _checked_day(day)
    if day < date(1900, 3, 1):
        return (day - _EPOCH_BEFORE_MARCH_1900).days
    return (day - _EPOCH_FROM_MARCH_1900).days


def _checked_day(day: object) -> date:
    checked = _checks.date_value(day, "day")
    if checked < date(1900, 1, 1):
        raise InvalidInputError(
            th=f"Excel แสดงวันที่ได้ตั้งแต่ 1 มกราคม 1900 ไม่ใช่ {checked}",
            en=f"Excel dates start on 1 January 1900, not {checked}",
            field="day",
            value=day,
        )
    return checked
