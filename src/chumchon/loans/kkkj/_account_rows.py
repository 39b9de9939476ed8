"""Loan accounts' figures from a register's rows: a CSV, a spreadsheet, a DataFrame (อ่านทะเบียนคุมลูกหนี้จากตาราง).

The one reader of the account table a village fund keeps (one row per loan, as in the ทะเบียนคุมลูกหนี้), used by
:meth:`AccountFigures.from_rows <chumchon.loans.kkkj.AccountFigures.from_rows>`,
:meth:`AccountFigures.from_csv_rows <chumchon.loans.kkkj.AccountFigures.from_csv_rows>` and the command line's
``village-report``. Headers may be English keys or the Thai headers officers type (:data:`ACCOUNT_COLUMNS`);
amounts may use Thai or Arabic digits and thousands separators. A blank row is skipped. An error names the row
(and, from a CSV, counts the header as row 1, as a spreadsheet does); the table reading itself is the shared
:class:`chumchon._table_rows.TableFormat`.

>>> rows = [["เลขที่สัญญา", "รหัสครัวเรือน", "ลูกหนี้คงเหลือ", "ชำระคืนในปีนี้", "ค้างชำระ"],
...         ["K-01", "H-07", "๑๒,๐๐๐", "๓,๐๐๐", "0"]]
>>> [(a.loan_id, a.outstanding, a.repaid_this_year) for a in account_figures_from_csv_rows(rows)]
[('K-01', Decimal('12000.00'), Decimal('3000.00'))]
>>> account_figures_from_rows([{"loan_id": "K-02", "household_id": "H-08", "outstanding": "สองพัน",
...                             "repaid_this_year": 0, "overdue": 0}])
Traceback (most recent call last):
...
chumchon.errors.ParseError: แถวที่ 1: ค่า 'outstanding' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'สองพัน' / row 1: 'outstanding' must be a number such as 1234.50 or 1,234.50, not 'สองพัน'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from chumchon._table_rows import TableFormat
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._accounts import AccountFigures

__all__ = ["ACCOUNT_COLUMNS", "account_figures_from_csv_rows", "account_figures_from_rows"]

#: The columns of an account table: English key, the Thai header accepted instead, meaning.
ACCOUNT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("loan_id", "เลขที่สัญญา", "the loan's reference (required)"),
    ("household_id", "รหัสครัวเรือน", "the borrowing household (required)"),
    ("outstanding", "ลูกหนี้คงเหลือ", "principal still owed, baht (required)"),
    (
        "repaid_this_year",
        "ชำระคืนในปีนี้",
        "principal repaid in the fiscal year up to the report date, baht (required)",
    ),
    ("overdue", "ค้างชำระ", "principal past due and unpaid, baht (required)"),
    ("days_past_due", "จำนวนวันค้างชำระ", "days the oldest unpaid instalment is late (optional)"),
)
_REQUIRED = ("loan_id", "household_id", "outstanding", "repaid_this_year", "overdue")
_TABLE = TableFormat(ACCOUNT_COLUMNS, required=_REQUIRED)


def _account(cells: dict[str, Any]) -> AccountFigures:
    """One row's figures from its cells (blank cells left out)."""
    missing = [key for key in _REQUIRED if key not in cells]
    if missing:
        raise InvalidInputError(th=f"ต้องระบุ {missing[0]}", en=f"{missing[0]} is required", field=missing[0])
    ids = {
        key: str(cells[key]) if type(cells[key]) is int else cells[key] for key in ("loan_id", "household_id")
    }
    days = cells.get("days_past_due")  # text from a CSV, a float from a pandas column with empty cells
    if (isinstance(days, str) and days.isdecimal()) or (isinstance(days, float) and days.is_integer()):
        days = int(days)
    return AccountFigures(
        **ids,  # a spreadsheet column of numeric references comes back as numbers
        outstanding=cells["outstanding"],
        repaid_this_year=cells["repaid_this_year"],
        overdue=cells["overdue"],
        days_past_due=days,
    )


def account_figures_from_rows(rows: Iterable[Mapping[str, object]]) -> tuple[AccountFigures, ...]:
    """Accounts' figures from mappings of header to value (``csv.DictReader``,
    ``DataFrame.to_dict("records")``). Rows are numbered from 1 in errors; blank rows are skipped.

    Raises:
        ParseError: an unknown column, a missing required figure, or a bad value, naming the row.
    """
    return _TABLE.read(rows, _account)


def account_figures_from_csv_rows(rows: Iterable[Sequence[object]]) -> tuple[AccountFigures, ...]:
    """Accounts' figures from lists of cells (``csv.reader``), the header first; the header is row 1.

    Raises:
        ParseError: no header, an unknown or missing column, a row longer than the header, or a bad value,
            naming the row.
    """
    return _TABLE.read_csv(rows, _account)
