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
from typing import Any, TypeAlias, TypeVar

from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.money import to_decimal, to_money

__all__ = [
    "ERROR_PREFIX",
    "CellValue",
    "chumchon_allocate_profit",
    "chumchon_assess",
    "chumchon_bahttext",
    "chumchon_be_year",
    "chumchon_cumipmt",
    "chumchon_cumprinc",
    "chumchon_dividend",
    "chumchon_effect",
    "chumchon_fiscal_year",
    "chumchon_irr",
    "chumchon_kkkj_schedule",
    "chumchon_loan_schedule",
    "chumchon_nominal",
    "chumchon_npv",
    "chumchon_parse_thai_date",
    "chumchon_pmt",
    "chumchon_thai_date",
    "chumchon_xirr",
    "chumchon_xnpv",
    "from_excel_date",
    "to_excel_serial",
]

F = TypeVar("F", bound=Callable[..., Any])

#: Every error string a worksheet function returns starts with this, so a sheet can test for it.
ERROR_PREFIX = "#chumchon! "

#: What a worksheet function receives from a cell or range and returns to one: a float, text, TRUE/FALSE, an
#: empty cell (``None``), a date, or a 2-D list of these. It is ``Any`` on purpose: xlwings turns each type hint
#: of a UDF into a converter, and ``Any`` is its "pass the value through" converter (``object`` or ``Decimal``
#: would make every call fail before chumchon runs).
CellValue: TypeAlias = Any

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
    day = _checked_day(day)
    if day < date(1900, 3, 1):
        return (day - _EPOCH_BEFORE_MARCH_1900).days
    return (day - _EPOCH_FROM_MARCH_1900).days


def _checked_day(day: object) -> date:
    from chumchon.rules import check_as_of

    checked = check_as_of(day, name="day")
    if checked < date(1900, 1, 1):
        raise InvalidInputError(
            th=f"Excel แสดงวันที่ได้ตั้งแต่ 1 มกราคม 1900 ไม่ใช่ {checked}",
            en=f"Excel dates start on 1 January 1900, not {checked}",
            field="day",
            value=day,
        )
    return checked


def _excel_enum(enum_type: Any, value: object, *, name: str, default: str) -> Any:
    """An enum member from its name in a cell (``declining_balance``), with a clear error listing the names."""
    text = _excel_text(value, name=name, default=default).lower()
    names = [member.value for member in enum_type]
    if text not in names:
        raise InvalidInputError(
            th=f"{name!r} ต้องเป็นหนึ่งใน {', '.join(names)} ไม่ใช่ {value!r}",
            en=f"{name!r} must be one of {', '.join(names)}, not {value!r}",
            field=name,
            value=value,
        )
    return enum_type(text)


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


def _excel_when(value: object) -> str:
    """Excel's ``type`` argument of PMT and friends: 0 or empty for the end of each period, 1 for the start.

    TRUE/FALSE (which Excel reads as 1/0) and chumchon's ``"end"``/``"begin"`` are accepted too.
    """
    if value is None or value == "" or value is False:
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


def _to_excel(value: object) -> Any:
    """A Python result as an Excel cell value: Decimal → float, date stays a date, the rest as is."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_to_excel(v) for v in value]
    return value


def _table(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """A rectangular table for a spill range: every row as wide as the widest, short rows padded with ``""``."""
    width = max((len(row) for row in rows), default=0)
    return [[*row, *([""] * (width - len(row)))] for row in rows]


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
    installed, register it as a UDF, with the named arguments received as 2-D ranges.

    xlwings reads every parameter's and the return's type hint as a converter, so worksheet functions are
    annotated with :data:`CellValue` only (tests/adapters/test_excel_xlwings.py applies xlwings' own
    decorators and conversion to each of them).
    """

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


# --- Worksheet functions ----------------------------------------------------------------------------------
# Each one only translates cells to chumchon's types and back; the calculations live in the library.
# Parameters and results are CellValue (Any): xlwings reads type hints as converters.


def _language(value: object) -> str:
    from chumchon.messages import check_language

    return check_language(_excel_text(value, name="language", default="th"))


@_worksheet_function()
def chumchon_bahttext(amount: CellValue, style: CellValue = None, language: CellValue = None) -> CellValue:
    """``=chumchon_bahttext(A1)``: the amount in Thai words (บาทถ้วน), or the English receipt form.

    Like Excel's ``BAHTTEXT``, the amount is rounded half up to the satang first.

    >>> chumchon_bahttext(1234.5)
    'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'
    >>> chumchon_bahttext(101, "ed_after_tens"), chumchon_bahttext(100, None, "en")
    ('หนึ่งร้อยหนึ่งบาทถ้วน', 'One Hundred Baht Only')
    >>> chumchon_bahttext("abc")[:11]
    '#chumchon! '
    """
    from chumchon.thai import bahttext
    from chumchon.thai.words import DEPRECATED_WORD_STYLES

    if not isinstance(amount, (int, float, str, Decimal)) or isinstance(amount, bool):
        amount = to_decimal(amount, name="amount")  # refuses empty cells and booleans with a clear message
    style_name = _excel_text(style, name="style", default="royal_institute")
    return bahttext(
        amount,
        style=DEPRECATED_WORD_STYLES.get(style_name, style_name),  # a sheet keeps working with the old names
        language=_language(language),
    )


@_worksheet_function()
def chumchon_thai_date(
    value: CellValue, style: CellValue = None, era: CellValue = None, digits: CellValue = None
) -> CellValue:
    """``=chumchon_thai_date(A1, "full")``: a date (or an Excel serial) as Thai text with the B.E. year.

    >>> chumchon_thai_date(46347.0, "full")
    'วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569'
    >>> chumchon_thai_date(46347.0, "medium", None, "thai")
    '๒๑ พ.ย. ๒๕๖๙'
    """
    from chumchon.thai import format_date

    return format_date(
        from_excel_date(value),
        _excel_text(style, name="style", default="long"),
        era=_excel_flag(era, name="era", default=False),
        digits=_excel_text(digits, name="digits", default="arabic"),
    )


@_worksheet_function()
def chumchon_parse_thai_date(text: CellValue) -> CellValue:
    """``=chumchon_parse_thai_date(A1)``: Thai date text (Thai or Arabic digits, B.E. year) as a date.

    >>> chumchon_parse_thai_date("๒๑ พ.ย. ๒๕๖๙")
    datetime.date(2026, 11, 21)
    """
    from chumchon.thai import parse_date

    return parse_date(_excel_text(text, name="text"))


@_worksheet_function()
def chumchon_be_year(value: CellValue) -> CellValue:
    """``=chumchon_be_year(A1)``: the Buddhist-era year of a date.

    >>> chumchon_be_year(46347)
    2569
    """
    from chumchon.thai import be_year

    return be_year(from_excel_date(value))


@_worksheet_function()
def chumchon_fiscal_year(value: CellValue, start_month: CellValue = None) -> CellValue:
    """``=chumchon_fiscal_year(A1)``: the fiscal year (B.E., government year from October by default).

    >>> chumchon_fiscal_year(46347), chumchon_fiscal_year(46347, 1)
    (2570, 2569)
    """
    from chumchon.thai import fiscal_year

    month = 10 if start_month in (None, "") else _excel_int(start_month, name="start_month")
    return fiscal_year(from_excel_date(value), month)


@_worksheet_function()
def chumchon_pmt(
    rate: CellValue, nper: CellValue, pv: CellValue, fv: CellValue = None, when: CellValue = None
) -> CellValue:
    """``=chumchon_pmt(0.01, 12, 100000, 0, 1)``: Excel's ``PMT``, computed in exact Decimal.

    Excel's arguments in Excel's order: ``rate`` per period as a fraction, ``nper`` periods, ``pv`` and ``fv``
    (0 when empty), and ``type`` (here ``when``): 0 or empty for payments at the end of each period, 1 at the
    start. The result has Excel's sign (a payment out of a positive ``pv`` is negative).

    >>> chumchon_pmt(0.01, 12, 100000)  # numpy-financial's float gives -8884.878867834166
    -8884.878867834172
    >>> chumchon_pmt(0.01, 12, 100000, 0, 1)  # Excel: =PMT(0.01,12,100000,0,1)
    -8796.909770132843
    """
    from chumchon.loans import pmt

    # PMT reads pv and fv as plain numbers; as money from cells they take chumchon's float rule first.
    future = 0 if fv in (None, "") else to_money(fv, name="fv", allow_negative=True)
    return pmt(rate, nper, to_money(pv, name="pv", allow_negative=True), future, _excel_when(when))


def _frequency(months: object) -> Any:
    from chumchon.loans import Frequency

    return Frequency.every(1 if months in (None, "") else _excel_int(months, name="frequency_months"))


@_worksheet_function()
def chumchon_loan_schedule(
    principal: CellValue,
    annual_rate: CellValue,
    installments: CellValue,
    disbursed_on: CellValue,
    method: CellValue = None,
    amortization: CellValue = None,
    rounding: CellValue = None,
    frequency_months: CellValue = None,
    language: CellValue = None,
) -> CellValue:
    """``=chumchon_loan_schedule(100000, 0.12, 12, A1)``: a loan schedule as a table with a header row.

    ``annual_rate`` is a fraction (0.12 for 12% a year); 12 is refused with "did you mean 12%?".
    ``method``: ``declining_balance`` (default), ``flat`` or ``none``; ``amortization``:
    ``equal_installment`` (default), ``equal_principal`` or ``bullet``; ``rounding``: a rule name such as
    ``satang`` (default) or ``whole_baht_up`` for the instalments.

    >>> rows = chumchon_loan_schedule(10000, 0.12, 3, 46037)
    >>> rows[0][:3], rows[1][2], rows[-1][-1]
    (['งวดที่', 'วันครบกำหนด', 'เงินต้น'], 3300.22, 0.0)
    """
    from chumchon.loans import Amortization, InterestMethod, LoanTerms, build_schedule
    from chumchon.money import rounding_from_name

    terms = LoanTerms(
        principal=principal,
        annual_rate=annual_rate,
        installments=_excel_int(installments, name="installments"),
        disbursed_on=from_excel_date(disbursed_on, name="disbursed_on"),
        frequency=_frequency(frequency_months),
        interest_method=_excel_enum(InterestMethod, method, name="method", default="declining_balance"),
        amortization=_excel_enum(
            Amortization, amortization, name="amortization", default="equal_installment"
        ),
        installment_rounding=rounding_from_name(_excel_text(rounding, name="rounding", default="satang")),
    )
    return _table(build_schedule(terms).to_rows(language=_language(language)))


@_worksheet_function()
def chumchon_kkkj_schedule(
    amount: CellValue,
    installments: CellValue,
    disbursed_on: CellValue,
    first_due: CellValue = None,
    frequency_months: CellValue = None,
    rounding: CellValue = None,
    remainder_on: CellValue = None,
    language: CellValue = None,
) -> CellValue:
    """``=chumchon_kkkj_schedule(12000, 6, A1)``: an interest-free กข.คจ. repayment schedule with a header row.

    Equal instalments rounded to whole baht by default, the remainder on the last instalment (``"first"`` to
    put it on the first); the first due date defaults to one period after the loan date.

    >>> rows = chumchon_kkkj_schedule(10000, 3, 46037)
    >>> [r[4] for r in rows[1:]]
    [3333.0, 3333.0, 3334.0]
    """
    from dateutil.relativedelta import relativedelta

    from chumchon.loans import RemainderOn
    from chumchon.loans.kkkj import repayment_schedule
    from chumchon.money import rounding_from_name

    frequency = _frequency(frequency_months)
    loan_date = from_excel_date(disbursed_on, name="disbursed_on")
    due = (
        loan_date + relativedelta(months=frequency.months)
        if first_due in (None, "")
        else from_excel_date(first_due, name="first_due")
    )
    schedule = repayment_schedule(
        amount,
        installments=_excel_int(installments, name="installments"),
        first_due=due,
        disbursed_on=loan_date,
        frequency=frequency,
        rounding=rounding_from_name(_excel_text(rounding, name="rounding", default="whole_baht")),
        remainder_on=_excel_enum(RemainderOn, remainder_on, name="remainder_on", default="last"),
    )
    return _table(schedule.to_rows(language=_language(language)))


@_worksheet_function(ranges=("monthly",))
def chumchon_dividend(
    method: CellValue,
    rate: CellValue,
    opening_balance: CellValue,
    monthly: CellValue = None,
    rounding: CellValue = None,
) -> CellValue:
    """``=chumchon_dividend("opening_month_average", 0.057, 100000, B2:M2)``: one member's dividend at a rate.

    ``rate`` is the yearly dividend rate as a fraction (0.057 for 5.7%); 5.7 is refused with "did you mean
    5.7%?". ``monthly`` is the 12 net amounts saved in each month of the group's fiscal year (a row or a
    column; empty cells count as zero). Methods: ``year_end_balance``, ``opening_month_average``,
    ``closing_month_average``.

    >>> chumchon_dividend("opening_month_average", 0.057, 100000, [[1000] * 12])
    6013.5
    >>> chumchon_dividend("closing_month_average", 0.057, 100000, [[1000] * 12])
    6070.5
    """
    from chumchon.money import rounding_from_name
    from chumchon.savings import DividendMethod, MemberYear, calculate_dividends

    cells = [c for row in _rows(monthly if monthly is not None else [[0] * 12], name="monthly") for c in row]
    if len(cells) != 12:
        raise InvalidInputError(
            th=f"ช่วงเงินออมรายเดือนต้องมี 12 ช่อง ไม่ใช่ {len(cells)}",
            en=f"the monthly savings range must have 12 cells, not {len(cells)}",
            field="monthly",
        )
    member = MemberYear(
        member_id="member",
        opening_balance=opening_balance,
        monthly=tuple(0 if c in (None, "") else c for c in cells),
    )
    result = calculate_dividends(
        [member],
        method=_excel_enum(DividendMethod, method, name="method", default=""),
        rate=rate,
        rounding=rounding_from_name(_excel_text(rounding, name="rounding", default="satang")),
    )
    return result.by_member["member"]


@_worksheet_function(ranges=("lines",))
def chumchon_allocate_profit(
    net_profit: CellValue, lines: CellValue, language: CellValue = None
) -> CellValue:
    """``=chumchon_allocate_profit(B1, A3:C8)``: split a net profit by the bylaws' lines.

    Each row of ``lines`` is ``category, kind, value`` with kind ``percent`` (value = a percentage of the
    profit: 10 for 10%; 0.10 beside whole percentages is refused with "did you mean 10%?"), ``fixed`` (value =
    baht) or ``residual`` (value empty; exactly one, it takes what is left).

    >>> rows = chumchon_allocate_profit(10000, [["welfare", "percent", 10], ["reserve", "residual", None]])
    >>> rows[1][0], rows[1][2], rows[2][2]
    ('สวัสดิการสมาชิก', 1000.0, 9000.0)
    """
    from chumchon.savings import FixedAmount, PercentOfProfit, Residual, allocate_profit

    parsed: list[Any] = []
    for number, row in enumerate(_rows(lines, name="lines"), start=1):
        cells = [*row, None, None, None][:3]
        if all(cell in (None, "") for cell in cells):
            continue  # an empty row at the bottom of the selected range
        category = _excel_text(cells[0], name=f"lines row {number} category")
        kind = _excel_text(cells[1], name=f"lines row {number} kind").lower()
        if kind == "percent":
            parsed.append(PercentOfProfit(category, cells[2]))
        elif kind == "fixed":
            parsed.append(FixedAmount(category, cells[2]))
        elif kind == "residual":
            parsed.append(Residual(category))
        else:
            raise InvalidInputError(
                th=f"แถว {number}: ชนิดรายการต้องเป็น percent, fixed หรือ residual ไม่ใช่ {kind!r}",
                en=f"row {number}: the kind must be percent, fixed or residual, not {kind!r}",
                field="lines",
            )
    return _table(allocate_profit(net_profit, parsed).to_rows(language=_language(language)))


@_worksheet_function(ranges=("facts",))
def chumchon_assess(rubric: CellValue, facts: CellValue, language: CellValue = None) -> CellValue:
    """``=chumchon_assess("ssg", A1:J2)``: assess a row of facts with a shipped rubric (``ssg``, ``fhc`` or
    ``kkkj_health``).

    ``facts`` is two rows (fact names above, values below) or two columns (names, values); empty cells are
    missing facts (not assessed). The result is a table with a header row and one row per criterion, and a
    last row with the overall outcome and level.

    >>> rows = chumchon_assess("ssg", [["written_bylaws", "par30_rate"], [True, 0.05]])
    >>> rows[0][:2], rows[-1][:3], rows[-1][5]
    (['หมวด', 'รหัส'], ['ผลรวม', '', 'ยังไม่ผ่านเกณฑ์ S'], 'ยังไม่ผ่าน')
    """
    from chumchon.assessment import assess, fhc, kkkj_health, ssg

    rubrics = {"ssg": ssg.RUBRIC, "fhc": fhc.RUBRIC, "kkkj_health": kkkj_health.RUBRIC}
    name = _excel_text(rubric, name="rubric").lower()
    if name not in rubrics:
        raise InvalidInputError(
            th=f"ไม่รู้จักเกณฑ์ {name!r} ใช้ได้: {', '.join(rubrics)}",
            en=f"unknown rubric {name!r}; allowed: {', '.join(rubrics)}",
            field="rubric",
        )
    rows = _rows(facts, name="facts")
    pairs = (
        list(zip(rows[0], rows[1], strict=True))
        if len(rows) == 2
        else [(r[0], r[1]) for r in rows if len(r) >= 2]
    )
    values = {str(k).strip(): v for k, v in pairs if k not in (None, "") and v not in (None, "")}
    result = assess(rubrics[name], values)
    lang = _language(language)
    level = "" if result.level is None else (result.level.title_th if lang == "th" else result.level.title_en)
    passed = (
        ("ผ่าน" if result.passed else "ยังไม่ผ่าน")
        if lang == "th"
        else ("passed" if result.passed else "not yet")
    )
    # The overall row lines up with the criterion columns: its level under "Criterion", its outcome under
    # "Outcome" (the sixth column).
    overall = ["ผลรวม" if lang == "th" else "overall", "", level, "", "", passed]
    return _table([*result.to_rows(language=lang), overall])


# --- Excel's finance functions, exact -------------------------------------------------------------------


def _numbers(value: object, *, name: str) -> list[Any]:
    """The numbers of a range in row order; empty cells are skipped, as Excel's NPV and IRR skip them."""
    return [cell for row in _rows(value, name=name) for cell in row if cell not in (None, "")]


def _dated_cells(values: object, dates: object) -> tuple[list[Any], list[date]]:
    """XNPV/XIRR's values and dates from two ranges of the same size, pairs of empty cells skipped."""
    amounts = [cell for row in _rows(values, name="values") for cell in row]
    days = [cell for row in _rows(dates, name="dates") for cell in row]
    if len(amounts) != len(days):
        raise InvalidInputError(
            th=f"ช่วงจำนวนเงิน ({len(amounts)} ช่อง) และช่วงวันที่ ({len(days)} ช่อง) ต้องมีขนาดเท่ากัน",
            en=f"the values ({len(amounts)} cells) and dates ({len(days)} cells) must be ranges of one size",
            field="dates",
        )
    pairs = [(a, d) for a, d in zip(amounts, days, strict=True) if (a, d) != (None, None)]
    return [a for a, _ in pairs], [from_excel_date(d, name="dates") for _, d in pairs]


@_worksheet_function()
def chumchon_effect(nominal_rate: CellValue, npery: CellValue) -> CellValue:
    """``=chumchon_effect(0.0525, 4)``: Excel's ``EFFECT``, the effective yearly rate of a nominal one.

    >>> round(chumchon_effect(0.0525, 4.0), 9)  # Microsoft's example: 0.053542667
    0.053542667
    """
    from chumchon.loans import effect

    return effect(nominal_rate, npery)


@_worksheet_function()
def chumchon_nominal(effect_rate: CellValue, npery: CellValue) -> CellValue:
    """``=chumchon_nominal(0.053543, 4)``: Excel's ``NOMINAL``, the nominal yearly rate of an effective one.

    >>> round(chumchon_nominal(0.053543, 4.0), 9)  # Microsoft's example: 0.052500319
    0.05250032
    """
    from chumchon.loans import nominal

    return nominal(effect_rate, npery)


@_worksheet_function()
def chumchon_cumipmt(
    rate: CellValue,
    nper: CellValue,
    pv: CellValue,
    start_period: CellValue,
    end_period: CellValue,
    when: CellValue = None,
) -> CellValue:
    """``=chumchon_cumipmt(0.0075, 360, 125000, 13, 24, 0)``: Excel's ``CUMIPMT``, the interest paid in periods
    ``start_period`` to ``end_period`` (negative, as paid); ``type`` 0 (default) or 1 as in PMT.

    >>> round(chumchon_cumipmt(0.09 / 12, 360.0, 125000.0, 13.0, 24.0, 0.0), 2)  # Microsoft's example
    -11135.23
    """
    from chumchon.loans import cumipmt

    principal = to_money(pv, name="pv", allow_negative=True)
    return cumipmt(rate, nper, principal, start_period, end_period, _excel_when(when))


@_worksheet_function()
def chumchon_cumprinc(
    rate: CellValue,
    nper: CellValue,
    pv: CellValue,
    start_period: CellValue,
    end_period: CellValue,
    when: CellValue = None,
) -> CellValue:
    """``=chumchon_cumprinc(0.0075, 360, 125000, 13, 24, 0)``: Excel's ``CUMPRINC``, the principal repaid in
    periods ``start_period`` to ``end_period`` (negative, as paid).

    >>> round(chumchon_cumprinc(0.09 / 12, 360.0, 125000.0, 13.0, 24.0, 0.0), 2)  # Microsoft's example
    -934.11
    """
    from chumchon.loans import cumprinc

    principal = to_money(pv, name="pv", allow_negative=True)
    return cumprinc(rate, nper, principal, start_period, end_period, _excel_when(when))


@_worksheet_function(ranges=("values",))
def chumchon_npv(rate: CellValue, values: CellValue) -> CellValue:
    """``=chumchon_npv(0.1, B2:B5)``: Excel's ``NPV`` of a range (the first value one period away); empty
    cells are skipped as Excel skips them.

    >>> round(chumchon_npv(0.1, [[-10000.0, 3000.0, 4200.0, 6800.0]]), 2)  # Microsoft's example
    1188.44
    """
    from chumchon.loans import npv

    return npv(rate, _numbers(values, name="values"))


@_worksheet_function(ranges=("values",))
def chumchon_irr(values: CellValue, guess: CellValue = None) -> CellValue:
    """``=chumchon_irr(B2:B7)``: Excel's ``IRR``, the rate per period at which the range is worth zero.

    >>> round(chumchon_irr([[-70000.0], [12000.0], [15000.0], [18000.0], [21000.0], [26000.0]]), 6)
    0.086631
    """
    from chumchon.loans import irr

    start = "0.1" if guess in (None, "") else guess
    return irr(_numbers(values, name="values"), start)


@_worksheet_function(ranges=("values", "dates"))
def chumchon_xnpv(rate: CellValue, values: CellValue, dates: CellValue) -> CellValue:
    """``=chumchon_xnpv(0.09, B2:B6, C2:C6)``: Excel's ``XNPV`` of dated values (dates or serials).

    >>> serials = [[39448.0], [39508.0], [39751.0], [39859.0], [39904.0]]  # 1 Jan 2008 … 1 Apr 2009
    >>> round(chumchon_xnpv(0.09, [[-10000.0], [2750.0], [4250.0], [3250.0], [2750.0]], serials), 2)
    2086.65
    """
    from chumchon.loans import xnpv

    amounts, days = _dated_cells(values, dates)
    return xnpv(rate, amounts, days)


@_worksheet_function(ranges=("values", "dates"))
def chumchon_xirr(values: CellValue, dates: CellValue, guess: CellValue = None) -> CellValue:
    """``=chumchon_xirr(B2:B6, C2:C6)``: Excel's ``XIRR``, the yearly rate at which the dated values are worth
    zero.

    >>> serials = [[39448.0], [39508.0], [39751.0], [39859.0], [39904.0]]
    >>> round(chumchon_xirr([[-10000.0], [2750.0], [4250.0], [3250.0], [2750.0]], serials), 9)
    0.373362534
    """
    from chumchon.loans import xirr

    amounts, days = _dated_cells(values, dates)
    return xirr(amounts, days, "0.1" if guess in (None, "") else guess)
