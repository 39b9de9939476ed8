"""Every worksheet function called through the real xlwings, as Excel on Windows calls it.

On Windows, ``xlwings.func``/``arg``/``ret`` are ``xlwings.udfs.xlfunc``/``xlarg``/``xlret``: they read each
parameter's type hint as a converter when chumchon.excel is imported. When Excel calls a function, the COM
server runs ``xlwings.udfs.call_udf``, which converts each argument with ``xlwings.conversion.read`` and the
result with ``xlwings.conversion.write`` (the Windows engine's ``clean_value_data`` and
``prepare_xl_data_element``), then hands the result to pywin32 for the cell.

This test runs exactly that code from the installed xlwings (the newest the pyproject allows; nothing is
pinned): only pywin32's modules and the Windows DLL loaders, which cannot load on Linux, are stubbed. It loads
chumchon.excel afresh with the Windows decorators bound, and calls ``call_udf`` with the values Excel sends:
floats for every number, ``None`` for an empty cell, booleans, pywintypes times for date cells, serial
numbers, Thai-digit text, a missing optional argument (``-2147352572``), and ranges as COM hands them over
(a scalar for one cell, a tuple of row tuples otherwise). A range argument arrives in Excel as a COM Range
whose ``Value`` is read into those same tuples; here the tuples are passed directly, the one step that needs
Excel.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import importlib
import importlib.util
import io
import math
import sys
import types
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

import chumchon.excel

xlwings = pytest.importorskip("xlwings")

MISSING = -2147352572  # what COM passes for an optional argument left out (DISP_E_PARAMNOTFOUND)
MODULE = "chumchon_excel_on_windows"  # chumchon.excel imported again, as on Windows
ERROR = chumchon.excel.ERROR_PREFIX


class TimeType(dt.datetime):
    """pywintypes.TimeType: a datetime subclass with a time zone, which COM gives for a date cell."""


def com_date(year: int, month: int, day: int) -> TimeType:
    return TimeType(year, month, day, tzinfo=dt.timezone.utc)


class _Anything:
    """Stands in for a Windows DLL or COM object that xlwings touches at import but never in a UDF call."""

    def __getattr__(self, name: str) -> _Anything:
        return _Anything()

    def __call__(self, *args: object, **kwargs: object) -> _Anything:
        return _Anything()


def _stub_windows(mp: pytest.MonkeyPatch) -> None:
    def module(name: str, **attrs: object) -> types.ModuleType:
        stub = types.ModuleType(name)
        stub.__dict__.update(attrs)
        mp.setitem(sys.modules, name, stub)
        return stub

    class ComError(Exception):
        pass

    module("pywintypes", TimeType=TimeType, com_error=ComError, error=ComError, IID=str)
    for name in ("win32api", "win32con", "win32gui", "win32process", "win32event"):
        module(name)
    utc = type("TimeZoneInfo", (), {"utc": staticmethod(lambda: dt.timezone.utc)})
    module("win32timezone", TimeZoneInfo=utc)
    module(
        "pythoncom",
        __file__="pythoncom.dll",
        CoInitialize=lambda: None,
        IID_IDispatch="IDispatch",
        TypeIIDs={"IDispatch": object},
    )
    client = module(
        "win32com.client",
        Dispatch=object,
        CDispatch=object,
        CoClassBaseClass=object,
        DispatchBaseClass=object,
        DispatchEx=object,
    )
    server = module("win32com.server")
    module("win32com", client=client, server=server)
    for name in ("dispatcher", "policy", "util"):
        setattr(server, name, module(f"win32com.server.{name}"))
    # ctypes' Windows DLL loaders (ole32, oleacc, user32, pythoncom's own DLL), used at import only.
    mp.setattr(ctypes, "oledll", _Anything(), raising=False)
    mp.setattr(ctypes, "windll", _Anything(), raising=False)
    mp.setattr(ctypes, "PyDLL", _Anything())


@pytest.fixture(scope="module")
def udfs() -> Iterator[Any]:
    before = set(sys.modules)
    with pytest.MonkeyPatch.context() as mp:
        _stub_windows(mp)
        windows = importlib.import_module("xlwings._xlwindows")
        udfs = importlib.import_module("xlwings.udfs")
        # call_udf takes its event loop from the COM server module (xlwings.server before 0.31).
        old_name = importlib.util.find_spec("xlwings.com_server") is None
        com_server = importlib.import_module("xlwings.server" if old_name else "xlwings.com_server")
        engine = xlwings.main.Engine(impl=windows.engine)
        xlwings.engines.add(engine)
        # What xlwings/__init__.py binds on Windows with pywin32 installed.
        mp.setattr(xlwings, "func", udfs.xlfunc)
        mp.setattr(xlwings, "arg", udfs.xlarg)
        mp.setattr(xlwings, "ret", udfs.xlret)
        spec = importlib.util.spec_from_file_location(MODULE, chumchon.excel.__file__)
        assert spec is not None and spec.loader is not None
        excel_on_windows = importlib.util.module_from_spec(spec)
        mp.setitem(sys.modules, MODULE, excel_on_windows)
        spec.loader.exec_module(excel_on_windows)  # the decorators read the type hints here, as on Windows
        try:
            yield udfs
        finally:
            xlwings.engines.engines.remove(engine)
            del xlwings.engines.engines_by_name[engine.name]
            udfs.udf_modules.pop(MODULE, None)
            com_server.loop.close()
    for name in set(sys.modules) - before:
        if name.startswith("xlwings."):
            del sys.modules[name]
            if hasattr(xlwings, name.split(".")[1]):
                delattr(xlwings, name.split(".")[1])


def call(udfs: Any, function: str, *args: object) -> Any:
    """What Excel gets back from ``=function(args)``: call_udf's result, before pywin32 writes it."""
    result = udfs.call_udf(MODULE, function, args)
    assert_writable(result)
    return result


def cell(udfs: Any, function: str, *args: object) -> Any:
    """The single cell a scalar result fills (xlwings writes every result as a 2-D list)."""
    result = call(udfs, function, *args)
    assert len(result) == 1
    assert len(result[0]) == 1
    return result[0][0]


def assert_writable(table: list[list[Any]]) -> None:
    """Every value is one pywin32 writes into a cell as it is: no Decimal, no date without a time zone."""
    for row in table:
        for value in row:
            assert isinstance(value, (str, float, int, bool, dt.datetime)), (type(value), value)
            if isinstance(value, dt.datetime):
                assert value.tzinfo is not None


# --- Registration --------------------------------------------------------------------------------------


def test_every_worksheet_function_registers_with_xlwings(udfs: Any) -> None:
    module = sys.modules[MODULE]
    names = [name for name in module.__all__ if name.startswith("chumchon_")]
    assert len(names) >= 11
    for name in names:
        info = getattr(module, name).__xlfunc__
        assert info["category"] == "chumchon"
        for option in (arg["options"] for arg in info["args"]):
            assert option.get("convert") in (None, Any), (name, option)  # a converter xlwings has
        assert info["ret"]["options"].get("convert") in (None, Any), name
    ranges = {
        name: [a["name"] for a in getattr(module, name).__xlfunc__["args"] if a["options"].get("ndim") == 2]
        for name in names
    }
    assert ranges["chumchon_dividend"] == ["monthly"]
    assert ranges["chumchon_allocate_profit"] == ["lines"]
    assert ranges["chumchon_assess"] == ["facts"]


def test_optional_arguments_are_optional_in_excel(udfs: Any) -> None:
    info = sys.modules[MODULE].chumchon_pmt.__xlfunc__
    assert [("optional" in a) for a in info["args"]] == [False, False, False, True, True]


# --- Each function with Excel's values ---------------------------------------------------------------------


def test_bahttext(udfs: Any) -> None:
    assert cell(udfs, "chumchon_bahttext", 1234.5, MISSING, MISSING) == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
    assert cell(udfs, "chumchon_bahttext", "๑,๐๐๐", "ed_after_tens", MISSING) == "หนึ่งพันบาทถ้วน"
    assert cell(udfs, "chumchon_bahttext", 100.0, None, "en") == "One Hundred Baht Only"
    assert cell(udfs, "chumchon_bahttext", 0.1 + 0.2, MISSING, MISSING) == "สามสิบสตางค์"
    assert cell(udfs, "chumchon_bahttext", None, MISSING, MISSING).startswith(ERROR)  # an empty cell
    assert cell(udfs, "chumchon_bahttext", True, MISSING, MISSING).startswith(ERROR)


def test_dates_in_and_out(udfs: Any) -> None:
    assert cell(udfs, "chumchon_thai_date", com_date(2026, 11, 21), "full", MISSING, MISSING) == (
        "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"
    )
    assert cell(udfs, "chumchon_thai_date", 46347.0, "medium", True, "thai") == "๒๑ พ.ย. พ.ศ. ๒๕๖๙"
    assert cell(udfs, "chumchon_thai_date", 60.0, MISSING, MISSING, MISSING).startswith(ERROR)
    written = cell(udfs, "chumchon_parse_thai_date", "๒๑ พ.ย. ๒๕๖๙")
    assert written == dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)  # a date, as COM writes one
    assert cell(udfs, "chumchon_be_year", com_date(2026, 11, 21)) == 2569
    assert cell(udfs, "chumchon_fiscal_year", 46296.0, MISSING) == 2570  # 1 October 2026
    assert cell(udfs, "chumchon_fiscal_year", 46347.0, 1.0) == 2569
    assert cell(udfs, "chumchon_fiscal_year", 46347.0, 13.0).startswith(ERROR)


# PMT oracles: Microsoft's PMT help page examples (8% a year over 10 months on 10,000 is -1,037.03, or -1,030.16
# paid at the start; saving 50,000 over 18 years at 6% takes -129.08 a month), each also computed by
# LibreOffice Calc 7.4 headless, whose 15 significant digits are the expected values here.
@pytest.mark.parametrize(
    ("args", "calc"),
    [
        ((0.01, 12.0, 100000.0, 0.0, 1.0), -8796.90977013284),
        ((0.01, 12.0, 100000.0, MISSING, MISSING), -8884.87886783417),
        ((0.08 / 12, 10.0, 10000.0, MISSING, MISSING), -1037.03208935915),
        ((0.08 / 12, 10.0, 10000.0, 0.0, 1.0), -1030.16432717797),
        ((0.06 / 12, 18.0 * 12, 0.0, 50000.0, MISSING), -129.081160867991),
    ],
)
def test_pmt_matches_excel_and_calc(udfs: Any, args: tuple[object, ...], calc: float) -> None:
    result = cell(udfs, "chumchon_pmt", *args)
    assert isinstance(result, float)
    assert math.isclose(result, calc, rel_tol=1e-14)


def test_pmt_type_argument(udfs: Any) -> None:
    begin = cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, 0.0, 1.0)
    assert cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, 0.0, True) == begin
    assert cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, None, "begin") == begin
    end = cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, None, 0.0)
    assert cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, MISSING, MISSING) == end
    # Calc reads any non-zero type as 1; Microsoft documents only 0 and 1, so 2 is refused, not guessed.
    assert cell(udfs, "chumchon_pmt", 0.01, 12.0, 100000.0, 0.0, 2.0).startswith(ERROR + "'type'")


def _spill(udfs: Any, function: str, *args: object) -> list[list[Any]]:
    table = call(udfs, function, *args)
    assert len({len(row) for row in table}) == 1  # rectangular (xlwings refuses ragged rows anyway)
    return table


def test_loan_schedule_spills_a_table(udfs: Any) -> None:
    table = _spill(
        udfs,
        "chumchon_loan_schedule",
        100000.0,
        0.12,
        12.0,
        com_date(2026, 1, 15),
        *[MISSING] * 2,
        "whole_baht_up",
    )
    header, body = table[0], table[1:]
    assert header == ["งวดที่", "วันครบกำหนด", "เงินต้น", "ดอกเบี้ย", "ยอดชำระ", "เงินต้นคงเหลือ"]
    assert len(body) == 12
    assert body[0][1] == dt.datetime(2026, 2, 15, tzinfo=dt.timezone.utc)
    assert all(isinstance(v, float) for row in body for v in row[2:])  # money as floats
    assert body[-1][5] == 0.0
    assert sum(Decimal(repr(row[2])) for row in body) == 100000
    english = _spill(udfs, "chumchon_loan_schedule", 1000.0, 0.0, 2.0, 46037.0, "none", None, None, 3.0, "en")
    assert english[0][0] == "No."
    assert english[2][1] == dt.datetime(2026, 7, 15, tzinfo=dt.timezone.utc)


def test_loan_schedule_rate_slip(udfs: Any) -> None:
    result = cell(udfs, "chumchon_loan_schedule", 10000.0, 12.0, 12.0, 46037.0, *[MISSING] * 5)
    assert result.startswith(ERROR)
    assert "did you mean 12%?" in result
    assert "ร้อยละ 12" in result


def test_kkkj_schedule(udfs: Any) -> None:
    table = _spill(udfs, "chumchon_kkkj_schedule", 10000.0, 3.0, 46037.0, *[MISSING] * 3, "first", MISSING)
    assert [row[4] for row in table[1:]] == [3334.0, 3333.0, 3333.0]
    assert cell(udfs, "chumchon_kkkj_schedule", 10000.0, 0.0, 46037.0, *[MISSING] * 5).startswith(ERROR)


def test_dividend_from_a_row_a_column_and_empty_cells(udfs: Any) -> None:
    # DOMAIN 5.2 worked examples.
    row = ((1000.0,) * 12,)
    assert cell(udfs, "chumchon_dividend", "opening_month_average", 0.057, 100000.0, row, MISSING) == 6013.5
    assert cell(udfs, "chumchon_dividend", "closing_month_average", 0.057, 100000.0, row, MISSING) == 6070.5
    assert cell(udfs, "chumchon_dividend", "year_end_balance", 0.057, 100000.0, row, MISSING) == 6384.0
    column = ((1000.0,), *[(None,)] * 11)
    assert cell(udfs, "chumchon_dividend", "opening_month_average", 0.065, 0.0, column, MISSING) == 59.58
    assert cell(udfs, "chumchon_dividend", "opening_month_average", 0.065, 0.0, 1000.0, MISSING).startswith(
        ERROR  # a single cell is not twelve months
    )
    slip = cell(udfs, "chumchon_dividend", "opening_month_average", 5.7, 100000.0, row, MISSING)
    assert "did you mean 5.7%?" in slip


def test_money_floats_lose_their_noise(udfs: Any) -> None:
    row = ((0.1 + 0.2,) * 12,)
    noisy = cell(udfs, "chumchon_dividend", "year_end_balance", 0.05, 1000.1 + 0.2, row, MISSING)
    assert noisy == cell(udfs, "chumchon_dividend", "year_end_balance", 0.05, 1000.3, ((0.3,) * 12,), MISSING)
    refused = cell(udfs, "chumchon_dividend", "year_end_balance", 0.05, 1000.005, row, MISSING)
    assert "whole number of satang" in refused


def test_allocate_profit(udfs: Any) -> None:
    lines = (
        ("welfare", "percent", 10.0),
        ("committee", "fixed", 1000.0),
        ("reserve", "residual", None),
        (None, None, None),  # the selection went one row too far
    )
    table = _spill(udfs, "chumchon_allocate_profit", 12345.67, lines, "en")
    assert table[0][0] == "Line"
    assert sum(Decimal(repr(row[2])) for row in table[1:]) == Decimal("12345.67")
    slip = cell(
        udfs,
        "chumchon_allocate_profit",
        10000.0,
        (("welfare", "percent", 0.1), ("reserve", "residual", None)),
        MISSING,
    )
    assert "did you mean 10%?" in slip
    assert cell(udfs, "chumchon_allocate_profit", 1000.0, (("x", "bonus", 5.0),), MISSING).startswith(ERROR)


def test_assess_spills_a_rectangular_table(udfs: Any) -> None:
    names = (
        "written_bylaws",
        "committee_elected",
        "committee_meetings",
        "general_meeting_held",
        "pledge_compliance_rate",
        "books_up_to_date",
        "statement_presented",
        "par30_rate",
        "profit_allocated_per_bylaws",
        "bank_account_in_group_name",
    )
    values = (True, True, 12.0, True, 0.85, True, True, 0.05, True, True)
    table = _spill(udfs, "chumchon_assess", "ssg", (names, values), "en")
    assert table[0][:2] == ["Group", "Code"]
    assert table[-1][0] == "overall"
    assert table[-1][5] == "passed"
    transposed = tuple(zip(names, values, strict=True))
    assert _spill(udfs, "chumchon_assess", "ssg", transposed, "en")[-1][5] == "passed"
    missing = _spill(udfs, "chumchon_assess", "ssg", (("written_bylaws",), (True,)), "en")
    assert missing[-1][5] == "not yet"


def test_a_broken_type_hint_would_fail(udfs: Any) -> None:
    """The failure this file guards against, shown with xlwings itself: ``object`` is no converter."""

    def bad(value: object) -> object:
        return value

    udfs.xlfunc(bad)
    options = bad.__xlfunc__["args"][0]["options"]  # type: ignore[attr-defined]
    if "convert" not in options:
        pytest.skip("this xlwings release does not read type hints as converters (before 0.31)")
    with pytest.raises(AttributeError, match="reader"):
        xlwings.conversion.read(None, 1.0, options)


def test_the_vba_wrappers_xlwings_writes(udfs: Any) -> None:
    """ "Import Python UDFs" writes one VBA function per worksheet function; its signature is what Excel shows."""
    out = io.StringIO()
    udfs.generate_vba_wrapper(MODULE, sys.modules[MODULE], out, types.SimpleNamespace(Name="Book1.xlsm"))
    vba = out.getvalue()
    assert "Function chumchon_pmt(rate, nper, pv, Optional fv, Optional when)" in vba
    assert (
        "Function chumchon_dividend(method, rate, opening_balance, Optional monthly, Optional rounding)"
        in vba
    )
    names = [name for name in sys.modules[MODULE].__all__ if name.startswith("chumchon_")]
    assert vba.count("\nFunction chumchon_") + vba.startswith("Function chumchon_") == len(names)


# Excel's finance functions, each on Microsoft's help-page example; expected values are LibreOffice Calc 7.4's
# (headless), which agree with Microsoft's published roundings (EFFECT 0.053542667, NOMINAL 0.052500319,
# CUMIPMT -11135.23213, CUMPRINC -934.1071234, NPV 1188.44, IRR 8.7%, XNPV 2086.65, XIRR 0.373362535).
_CASH = ((-10000.0,), (2750.0,), (4250.0,), (3250.0,), (2750.0,))
_DAYS = ((com_date(2008, 1, 1),), (39508.0,), (39751.0,), (com_date(2009, 2, 15),), (39904.0,))  # both kinds


@pytest.mark.parametrize(
    ("function", "args", "calc"),
    [
        ("chumchon_effect", (0.0525, 4.0), 0.0535426673707582),
        ("chumchon_nominal", (0.053543, 4.0), 0.052500319868356),
        ("chumchon_cumipmt", (0.09 / 12, 360.0, 125000.0, 13.0, 24.0, 0.0), -11135.2321307508),
        ("chumchon_cumipmt", (0.09 / 12, 360.0, 125000.0, 13.0, 24.0, MISSING), -11135.2321307508),
        ("chumchon_cumprinc", (0.09 / 12, 360.0, 125000.0, 13.0, 24.0, 0.0), -934.107123420898),
        ("chumchon_npv", (0.1, ((-10000.0, 3000.0, 4200.0, 6800.0),)), 1188.44341233522),
        ("chumchon_npv", (0.1, ((-10000.0,), (None,), (3000.0,), (4200.0,), (6800.0,))), 1188.44341233522),
        (
            "chumchon_irr",
            (((-70000.0,), (12000.0,), (15000.0,), (18000.0,), (21000.0,), (26000.0,)), MISSING),
            0.0866309480365316,
        ),
        ("chumchon_xnpv", (0.09, _CASH, _DAYS), 2086.64760203154),
        ("chumchon_xirr", (_CASH, _DAYS, MISSING), 0.373362533518832),
    ],
)
def test_finance_functions_match_calc(
    udfs: Any, function: str, args: tuple[object, ...], calc: float
) -> None:
    result = cell(udfs, function, *args)
    assert isinstance(result, float), result
    assert math.isclose(result, calc, rel_tol=1e-12)


def test_finance_functions_refuse_with_text(udfs: Any) -> None:
    assert cell(udfs, "chumchon_xnpv", 0.09, _CASH, _DAYS[:4]).startswith(ERROR)  # ranges of two sizes
    assert cell(udfs, "chumchon_irr", ((1000.0,), (2000.0,)), MISSING).startswith(ERROR)  # no sign change
    assert cell(udfs, "chumchon_cumipmt", 0.01, 12.0, 1000.0, 1.0, 12.0, 2.0).startswith(ERROR + "'type'")
