"""The Excel adapter's input and output conventions, with Excel-shaped values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon import excel
from chumchon.errors import InvalidInputError
from chumchon.excel import _cells, _udf


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # after Excel's phantom 29 February 1900
        (45658.0, date(2025, 1, 1)),
        (45658.75, date(2025, 1, 1)),  # the time of day is dropped
        (46347, date(2026, 11, 21)),
        (datetime(2026, 11, 21, 9, 30), date(2026, 11, 21)),
        (date(2026, 11, 21), date(2026, 11, 21)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_from_excel_date(value: object, expected: date) -> None:
    assert excel.from_excel_date(value) == expected


@pytest.mark.parametrize("value", [60, 0, -1, 2958466, None, True, "x", float("nan"), [1]])
def test_from_excel_date_refuses(value: object) -> None:
    with pytest.raises(InvalidInputError):
        excel.from_excel_date(value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_serial_round_trip(day: date) -> None:
    serial = excel.to_excel_serial(day)
    assert serial != 60
    assert excel.from_excel_date(float(serial)) == day


def test_small_converters() -> None:
    assert _cells.excel_int(12.0, name="n") == 12
    with pytest.raises(InvalidInputError, match="whole number"):
        _cells.excel_int(12.5, name="n")
    assert _cells.excel_text(None, name="style", default="long") == "long"
    assert _cells.excel_text(" full ", name="style") == "full"
    with pytest.raises(InvalidInputError, match="required"):
        _cells.excel_text("", name="style")
    with pytest.raises(InvalidInputError, match="text"):
        _cells.excel_text(3.0, name="style")
    assert _cells.excel_flag(None, name="era", default=False) is False
    assert _cells.excel_flag(1.0, name="era", default=False) is True
    with pytest.raises(InvalidInputError, match="TRUE or FALSE"):
        _cells.excel_flag("yes", name="era", default=False)
    assert _cells.cell_rows(5.0, name="r") == [[5.0]]
    assert _cells.cell_rows([1.0, 2.0], name="r") == [[1.0, 2.0]]
    assert _cells.cell_rows([[1.0], [2.0]], name="r") == [[1.0], [2.0]]
    with pytest.raises(InvalidInputError, match="empty"):
        _cells.cell_rows(None, name="r")
    assert _cells.to_excel([Decimal("1.5"), "a", date(2026, 1, 1)]) == [1.5, "a", date(2026, 1, 1)]


def test_worksheet_function_turns_errors_into_text() -> None:
    @_udf.worksheet_function()
    def half(value: object) -> Decimal:
        return excel.to_decimal(value) / 2

    @_udf.worksheet_function()
    def broken() -> None:
        raise KeyError("x")

    assert half(3.0) == 1.5
    assert half(None).startswith(excel.ERROR_PREFIX)
    assert "must be a number" in half(None)
    assert broken().startswith(excel.ERROR_PREFIX + "ข้อผิดพลาดภายใน / internal error: KeyError")


def test_without_xlwings_the_functions_are_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_udf, "_xlwings", lambda: None)  # as on a machine without xlwings

    @_udf.worksheet_function(ranges=("table",))
    def plain(table: object) -> int:
        return 1

    assert not hasattr(plain, "__xlfunc__")
    assert plain(None) == 1


def test_tables_are_rectangular() -> None:
    assert _cells.spill_table([["a", "b", "c"], [], [1]]) == [["a", "b", "c"], ["", "", ""], [1, "", ""]]
    assert _cells.spill_table([]) == []
