"""The cell-safe wrapper every worksheet function wears, and its registration with xlwings."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias, TypeVar

from chumchon.errors import ChumchonError
from chumchon.excel._cells import to_excel

F = TypeVar("F", bound=Callable[..., Any])

#: Every error string a worksheet function returns starts with this, so a sheet can test for it.
ERROR_PREFIX = "#chumchon! "

#: What a worksheet function receives from a cell or range and returns to one: a float, text, TRUE/FALSE, an
#: empty cell (``None``), a date, or a 2-D list of these. It is ``Any`` on purpose: xlwings turns each type hint
#: of a UDF into a converter, and ``Any`` is its "pass the value through" converter (``object`` or ``Decimal``
#: would make every call fail before chumchon runs).
CellValue: TypeAlias = Any


def error_text(error: Exception) -> str:
    if isinstance(error, ChumchonError):
        return f"{ERROR_PREFIX}{error.th} / {error.en}"
    # An internal fault must still not leave Excel with a bare #VALUE!: say so plainly.
    return f"{ERROR_PREFIX}ข้อผิดพลาดภายใน / internal error: {type(error).__name__}: {error}"


def _xlwings() -> Any:
    try:
        return importlib.import_module("xlwings")
    except ImportError:
        return None


def worksheet_function(*, ranges: Sequence[str] = ()) -> Callable[[F], F]:
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
                return to_excel(func(*args, **kwargs))
            except Exception as error:  # Excel can only show text, never a traceback
                return error_text(error)

        xw = _xlwings()
        if xw is None:
            return cell_safe  # type: ignore[return-value]
        udf: Any = cell_safe
        for arg in ranges:
            udf = xw.arg(arg, ndim=2)(udf)
        return xw.func(category="chumchon")(udf)  # type: ignore[no-any-return]

    return decorate
