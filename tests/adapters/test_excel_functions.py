"""Every worksheet function called as Excel calls it: floats, serial dates, datetimes, empty cells, 2-D ranges."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chumchon import excel
from chumchon.excel import ERROR_PREFIX


def _is_error(value: object) -> bool:
    return isinstance(value, str) and value.startswith(ERROR_PREFIX)


def test_bahttext_from_cells() -> None:
    assert excel.chumchon_bahttext(1234.5) == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
    assert excel.chumchon_bahttext(0.1 + 0.2) == "สามสิบสตางค์"  # the float's repr, rounded half up
    assert excel.chumchon_bahttext(-0.5) == "ลบห้าสิบสตางค์"
    assert excel.chumchon_bahttext("๑,๐๐๐") == "หนึ่งพันบาทถ้วน"
    assert excel.chumchon_bahttext(21.0, "", "") == "ยี่สิบเอ็ดบาทถ้วน"


@pytest.mark.parametrize("cell", [None, True, "abc", float("nan"), float("inf"), [[1.0]]])
def test_bahttext_bad_cells_give_error_text(cell: object) -> None:
    result = excel.chumchon_bahttext(cell)
    assert _is_error(result)
    assert " / " in result  # Thai and English


def test_dates_from_serials_and_datetimes() -> None:
    assert excel.chumchon_thai_date(datetime(2026, 11, 21, 8, 0), "long", True) == "21 พฤศจิกายน พ.ศ. 2569"
    assert excel.chumchon_thai_date(46347, "numeric") == "21/11/2569"
    assert excel.chumchon_parse_thai_date("21/11/2569") == date(2026, 11, 21)
    assert excel.chumchon_be_year(datetime(1940, 2, 1)) == 2482  # before 1941 the year began on 1 April
    assert excel.chumchon_fiscal_year(46296.0) == 2570  # 1 October 2026
    assert excel.chumchon_fiscal_year(46295.0) == 2569  # 30 September 2026
    assert _is_error(excel.chumchon_thai_date(60))
    assert _is_error(excel.chumchon_thai_date(46347, "fancy"))
    assert _is_error(excel.chumchon_parse_thai_date("30 กุมภาพันธ์ 2569"))
    assert _is_error(excel.chumchon_fiscal_year(46347, 13))


def test_pmt_matches_excel() -> None:
    # Excel: =PMT(1%, 12, 100000) = -8,884.88
    assert round(excel.chumchon_pmt(0.01, 12.0, 100000.0), 2) == -8884.88
    assert round(excel.chumchon_pmt(0.01, 12, 100000, 0, "begin"), 2) == -8796.91
    assert excel.chumchon_pmt(0.01, 12, 100000, 0, 1) == excel.chumchon_pmt(0.01, 12, 100000, 0, "begin")
    assert excel.chumchon_pmt(0.01, 12, 100000, 0, 0.0) == excel.chumchon_pmt(0.01, 12, 100000)
    assert excel.chumchon_pmt(0.01, 12, 100000, None, False) == excel.chumchon_pmt(0.01, 12, 100000)
    assert _is_error(excel.chumchon_pmt(0.01, 12, 100000, 0, "start"))
    assert _is_error(excel.chumchon_pmt(0.01, 0, 100000))


def test_loan_schedule_spills_with_a_header() -> None:
    rows = excel.chumchon_loan_schedule(
        100000.0, 0.12, 12.0, datetime(2026, 1, 15), None, None, "whole_baht_up"
    )
    header, body = rows[0], rows[1:]
    assert header == ["งวดที่", "วันครบกำหนด", "เงินต้น", "ดอกเบี้ย", "ยอดชำระ", "เงินต้นคงเหลือ"]
    assert len(body) == 12
    assert body[0][1] == date(2026, 2, 15)
    assert {row[4] for row in body[:-1]} == {8885.0}  # rounded up to whole baht, all but the last equal
    assert body[-1][5] == 0.0
    assert round(sum(row[2] for row in body), 2) == 100000.0
    assert all(isinstance(v, (int, float, date)) for row in body for v in row)
    english = excel.chumchon_loan_schedule(1000, 0, 2, 46037, "none", "equal_principal", None, 3, "en")
    assert english[0][0] == "No."
    assert english[2][1] == date(2026, 7, 15)  # every three months
    assert _is_error(excel.chumchon_loan_schedule(1000, 0.1, 12, 46037, "compound"))
    assert _is_error(excel.chumchon_loan_schedule(-1000, 0.1, 12, 46037))


def test_kkkj_schedule() -> None:
    rows = excel.chumchon_kkkj_schedule(10000.0, 3.0, 46037.0, None, None, None, "first")
    assert [r[4] for r in rows[1:]] == [3334.0, 3333.0, 3333.0]
    # the standard contract's six rows are a finding on the contract, not a refusal: seven are built
    assert len(excel.chumchon_kkkj_schedule(10000, 7, 46037)) == 8
    assert _is_error(excel.chumchon_kkkj_schedule(-10000, 3, 46037))


def test_dividend_by_each_method_from_a_range() -> None:
    # DOMAIN 5.2 worked examples.
    month_row = [[1000.0] * 12]
    assert excel.chumchon_dividend("opening_month_average", 0.057, 100000.0, month_row) == 6013.5
    assert excel.chumchon_dividend("closing_month_average", 0.057, 100000.0, month_row) == 6070.5
    assert excel.chumchon_dividend("year_end_balance", 0.057, 100000.0, month_row) == 6384.0
    column = [[1000.0]] + [[None]] * 11  # a column range with empty cells
    assert excel.chumchon_dividend("opening_month_average", 0.065, 0, column) == 59.58
    assert _is_error(excel.chumchon_dividend("opening_month_average", 0.065, 0, [[1000.0] * 11]))
    assert _is_error(excel.chumchon_dividend("monthly_magic", 0.065, 0, month_row))


def test_allocate_profit_conserves() -> None:
    rows = excel.chumchon_allocate_profit(
        12345.67,
        [["welfare", "percent", 10.0], ["committee", "fixed", 1000.0], ["reserve", "residual", None]],
        "en",
    )
    assert rows[0][0] == "Line"
    assert round(sum(r[2] for r in rows[1:]), 2) == 12345.67
    assert _is_error(excel.chumchon_allocate_profit(1000, [["x", "bonus", 5]]))


def test_unknown_option_names_are_listed_not_crashes() -> None:
    result = excel.chumchon_loan_schedule(1000, 0.1, 12, 46037, "compound")
    assert "declining_balance" in result
    assert "internal error" not in result
    result = excel.chumchon_dividend("monthly_magic", 0.065, 0, [[1000.0] * 12])
    assert "opening_month_average" in result
    assert "internal error" not in result
    # ISO text is a date everywhere in chumchon (the input kernel's one rule), here too.
    assert excel.to_excel_serial("2026-01-01") == excel.to_excel_serial(date(2026, 1, 1)) == 46023
    with pytest.raises(excel.InvalidInputError):
        excel.to_excel_serial(46023)  # type: ignore[arg-type]
    with pytest.raises(excel.InvalidInputError):
        excel.to_excel_serial("1/1/2026")  # ISO text is a date; this is not
    with pytest.raises(excel.InvalidInputError):
        excel.to_excel_serial(date(1899, 12, 31))
