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

from decimal import Decimal
from typing import Any

from chumchon import _checks
from chumchon.errors import InvalidInputError
from chumchon.excel._cells import (
    ScheduleCells,
    cell_rows,
    dated_cells,
    empty,
    excel_enum,
    excel_flag,
    excel_int,
    excel_language,
    excel_text,
    excel_when,
    range_numbers,
    spill_table,
)
from chumchon.excel._dates import from_excel_date, to_excel_serial
from chumchon.excel._udf import ERROR_PREFIX, CellValue, worksheet_function
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

# --- Worksheet functions ----------------------------------------------------------------------------------
# Each one only translates cells to chumchon's types and back; the calculations live in the library.
# Parameters and results are CellValue (Any): xlwings reads type hints as converters.


@worksheet_function()
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
    style_name = excel_text(style, name="style", default="royal_institute")
    return bahttext(
        amount,
        style=DEPRECATED_WORD_STYLES.get(style_name, style_name),  # a sheet keeps working with the old names
        language=excel_language(language),
    )


@worksheet_function()
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
        excel_text(style, name="style", default="long"),
        era=excel_flag(era, name="era", default=False),
        digits=excel_text(digits, name="digits", default="arabic"),
    )


@worksheet_function()
def chumchon_parse_thai_date(text: CellValue) -> CellValue:
    """``=chumchon_parse_thai_date(A1)``: Thai date text (Thai or Arabic digits, B.E. year) as a date.

    >>> chumchon_parse_thai_date("๒๑ พ.ย. ๒๕๖๙")
    datetime.date(2026, 11, 21)
    """
    from chumchon.thai import parse_date

    return parse_date(excel_text(text, name="text"))


@worksheet_function()
def chumchon_be_year(value: CellValue) -> CellValue:
    """``=chumchon_be_year(A1)``: the Buddhist-era year of a date.

    >>> chumchon_be_year(46347)
    2569
    """
    from chumchon.thai import be_year

    return be_year(from_excel_date(value))


@worksheet_function()
def chumchon_fiscal_year(value: CellValue, start_month: CellValue = None) -> CellValue:
    """``=chumchon_fiscal_year(A1)``: the fiscal year (B.E., government year from October by default).

    >>> chumchon_fiscal_year(46347), chumchon_fiscal_year(46347, 1)
    (2570, 2569)
    """
    from chumchon.thai import fiscal_year

    month = 10 if empty(start_month) else excel_int(start_month, name="start_month")
    return fiscal_year(from_excel_date(value), month)


@worksheet_function()
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
    future = 0 if empty(fv) else to_money(fv, name="fv", allow_negative=True)
    return pmt(rate, nper, to_money(pv, name="pv", allow_negative=True), future, excel_when(when))


@worksheet_function()
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

    cells = ScheduleCells.read(installments, disbursed_on, frequency_months, rounding, default="satang")
    terms = LoanTerms(
        principal=principal,
        annual_rate=annual_rate,
        installments=cells.installments,
        disbursed_on=cells.disbursed_on,
        frequency=cells.frequency,
        interest_method=excel_enum(InterestMethod, method, name="method", default="declining_balance"),
        amortization=excel_enum(Amortization, amortization, name="amortization", default="equal_installment"),
        installment_rounding=cells.rounding,
    )
    return spill_table(build_schedule(terms).to_rows(language=excel_language(language)))


@worksheet_function()
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

    cells = ScheduleCells.read(installments, disbursed_on, frequency_months, rounding, default="whole_baht")
    due = (
        cells.disbursed_on + relativedelta(months=cells.frequency.months)
        if empty(first_due)
        else from_excel_date(first_due, name="first_due")
    )
    schedule = repayment_schedule(
        amount,
        installments=cells.installments,
        first_due=due,
        disbursed_on=cells.disbursed_on,
        frequency=cells.frequency,
        rounding=cells.rounding,
        remainder_on=excel_enum(RemainderOn, remainder_on, name="remainder_on", default="last"),
    )
    return spill_table(schedule.to_rows(language=excel_language(language)))


@worksheet_function(ranges=("monthly",))
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

    cells = [
        c for row in cell_rows(monthly if monthly is not None else [[0] * 12], name="monthly") for c in row
    ]
    if len(cells) != 12:
        raise InvalidInputError(
            th=f"ช่วงเงินออมรายเดือนต้องมี 12 ช่อง ไม่ใช่ {len(cells)}",
            en=f"the monthly savings range must have 12 cells, not {len(cells)}",
            field="monthly",
        )
    member = MemberYear(
        member_id="member",
        opening_balance=opening_balance,
        monthly=tuple(0 if empty(c) else c for c in cells),
    )
    result = calculate_dividends(
        [member],
        method=excel_enum(DividendMethod, method, name="method", default=""),
        rate=rate,
        rounding=rounding_from_name(excel_text(rounding, name="rounding", default="satang")),
    )
    return result.by_member["member"]


_LINE_KINDS = ("percent", "fixed", "residual")


@worksheet_function(ranges=("lines",))
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
    for number, row in enumerate(cell_rows(lines, name="lines"), start=1):
        cells = [*row, None, None, None][:3]
        if all(empty(cell) for cell in cells):
            continue  # an empty row at the bottom of the selected range
        category = excel_text(cells[0], name=f"lines row {number} category")
        kind = _checks.choice(cells[1], f"lines row {number} kind", _LINE_KINDS)
        if kind == "percent":
            parsed.append(PercentOfProfit(category, cells[2]))
        elif kind == "fixed":
            parsed.append(FixedAmount(category, cells[2]))
        else:
            parsed.append(Residual(category))
    return spill_table(allocate_profit(net_profit, parsed).to_rows(language=excel_language(language)))


@worksheet_function(ranges=("facts",))
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
    name = _checks.choice(rubric, "rubric", rubrics)
    rows = cell_rows(facts, name="facts")
    pairs = (
        list(zip(rows[0], rows[1], strict=True))
        if len(rows) == 2
        else [(r[0], r[1]) for r in rows if len(r) >= 2]
    )
    values = {str(k).strip(): v for k, v in pairs if not empty(k) and not empty(v)}
    result = assess(rubrics[name], values)
    lang = excel_language(language)
    level = "" if result.level is None else (result.level.title_th if lang == "th" else result.level.title_en)
    passed = (
        ("ผ่าน" if result.passed else "ยังไม่ผ่าน")
        if lang == "th"
        else ("passed" if result.passed else "not yet")
    )
    # The overall row lines up with the criterion columns: its level under "Criterion", its outcome under
    # "Outcome" (the sixth column).
    overall = ["ผลรวม" if lang == "th" else "overall", "", level, "", "", passed]
    return spill_table([*result.to_rows(language=lang), overall])


# --- Excel's finance functions, exact -------------------------------------------------------------------


@worksheet_function()
def chumchon_effect(nominal_rate: CellValue, npery: CellValue) -> CellValue:
    """``=chumchon_effect(0.0525, 4)``: Excel's ``EFFECT``, the effective yearly rate of a nominal one.

    >>> round(chumchon_effect(0.0525, 4.0), 9)  # Microsoft's example: 0.053542667
    0.053542667
    """
    from chumchon.loans import effect

    return effect(nominal_rate, npery)


@worksheet_function()
def chumchon_nominal(effect_rate: CellValue, npery: CellValue) -> CellValue:
    """``=chumchon_nominal(0.053543, 4)``: Excel's ``NOMINAL``, the nominal yearly rate of an effective one.

    >>> round(chumchon_nominal(0.053543, 4.0), 9)  # Microsoft's example: 0.052500319
    0.05250032
    """
    from chumchon.loans import nominal

    return nominal(effect_rate, npery)


@worksheet_function()
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
    return cumipmt(rate, nper, principal, start_period, end_period, excel_when(when))


@worksheet_function()
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
    return cumprinc(rate, nper, principal, start_period, end_period, excel_when(when))


@worksheet_function(ranges=("values",))
def chumchon_npv(rate: CellValue, values: CellValue) -> CellValue:
    """``=chumchon_npv(0.1, B2:B5)``: Excel's ``NPV`` of a range (the first value one period away); empty
    cells are skipped as Excel skips them.

    >>> round(chumchon_npv(0.1, [[-10000.0, 3000.0, 4200.0, 6800.0]]), 2)  # Microsoft's example
    1188.44
    """
    from chumchon.loans import npv

    return npv(rate, range_numbers(values, name="values"))


@worksheet_function(ranges=("values",))
def chumchon_irr(values: CellValue, guess: CellValue = None) -> CellValue:
    """``=chumchon_irr(B2:B7)``: Excel's ``IRR``, the rate per period at which the range is worth zero.

    >>> round(chumchon_irr([[-70000.0], [12000.0], [15000.0], [18000.0], [21000.0], [26000.0]]), 6)
    0.086631
    """
    from chumchon.loans import irr

    start = "0.1" if empty(guess) else guess
    return irr(range_numbers(values, name="values"), start)


@worksheet_function(ranges=("values", "dates"))
def chumchon_xnpv(rate: CellValue, values: CellValue, dates: CellValue) -> CellValue:
    """``=chumchon_xnpv(0.09, B2:B6, C2:C6)``: Excel's ``XNPV`` of dated values (dates or serials).

    >>> serials = [[39448.0], [39508.0], [39751.0], [39859.0], [39904.0]]  # 1 Jan 2008 … 1 Apr 2009
    >>> round(chumchon_xnpv(0.09, [[-10000.0], [2750.0], [4250.0], [3250.0], [2750.0]], serials), 2)
    2086.65
    """
    from chumchon.loans import xnpv

    amounts, days = dated_cells(values, dates)
    return xnpv(rate, amounts, days)


@worksheet_function(ranges=("values", "dates"))
def chumchon_xirr(values: CellValue, dates: CellValue, guess: CellValue = None) -> CellValue:
    """``=chumchon_xirr(B2:B6, C2:C6)``: Excel's ``XIRR``, the yearly rate at which the dated values are worth
    zero.

    >>> serials = [[39448.0], [39508.0], [39751.0], [39859.0], [39904.0]]
    >>> round(chumchon_xirr([[-10000.0], [2750.0], [4250.0], [3250.0], [2750.0]], serials), 9)
    0.373362534
    """
    from chumchon.loans import xirr

    amounts, days = dated_cells(values, dates)
    return xirr(amounts, days, "0.1" if empty(guess) else guess)
