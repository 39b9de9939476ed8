"""Loan accounts' figures from a register's rows: a CSV, a spreadsheet, a DataFrame (อ่านทะเบียนคุมลูกหนี้จากตาราง).

The one reader of the account table a village fund keeps (one row per loan, as in the ทะเบียนคุมลูกหนี้), used by
:meth:`AccountFigures.from_rows <chumchon.loans.kkkj.AccountFigures.from_rows>`,
:meth:`AccountFigures.from_csv_rows <chumchon.loans.kkkj.AccountFigures.from_csv_rows>` and the command line's
``village-report``. Headers may be English keys or the Thai headers officers type (:data:`ACCOUNT_COLUMNS`);
amounts may use Thai or Arabic digits and thousands separators. A blank row is skipped. An error names the row
(and, from a CSV, counts the header as row 1, as a spreadsheet does).

>>> rows = [["เลขที่สัญญา", "รหัสครัวเรือน", "ลูกหนี้คงเหลือ", "ชำระคืนในปีนี้", "ค้างชำระ"],
...         ["K-01", "H-07", "๑๒,๐๐๐", "๓,๐๐๐", "0"]]
>>> [(a.loan_id, a.outstanding, a.repaid_this_year) for a in account_figures_from_csv_rows(rows)]
[('K-01', Decimal('12000'), Decimal('3000'))]
>>> account_figures_from_rows([{"loan_id": "K-02", "household_id": "H-08", "outstanding": "สองพัน",
...                             "repaid_this_year": 0, "overdue": 0}])
Traceback (most recent call last):
...
chumchon.errors.ParseError: แถวที่ 1: ค่า 'outstanding' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'สองพัน' / row 1: 'outstanding' must be a number such as 1234.50 or 1,234.50, not 'สองพัน'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from chumchon.errors import InvalidInputError, ParseError
from chumchon.loans.kkkj._accounts import AccountFigures
from chumchon.money import plain_scalar

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
_KEYS = tuple(key for key, _, _ in ACCOUNT_COLUMNS)
_REQUIRED = _KEYS[:5]
_THAI_HEADERS = {th: key for key, th, _ in ACCOUNT_COLUMNS}
_IDS = ("loan_id", "household_id")


def _header(name: object) -> str:
    text = str(name).strip().lstrip("\ufeff")
    return _THAI_HEADERS.get(text, text.lower())


def _cell(value: object) -> object:
    """A cell as the reader sees it: text trimmed with Arabic digits; a blank or missing cell is ``None``."""
    from chumchon.thai.digits import to_arabic_digits

    value = plain_scalar(value)
    if isinstance(value, float) and value != value:
        return None  # a pandas empty cell in a float column is NaN
    if isinstance(value, str):
        return to_arabic_digits(value.strip()) or None
    return value


def _unknown_columns(unknown: Sequence[str]) -> InvalidInputError:
    allowed = ", ".join(_KEYS)
    return InvalidInputError(
        th=f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} ใช้ได้: {allowed}",
        en=f"unknown column(s) {', '.join(unknown)}; allowed: {allowed}",
        field=unknown[0],
    )


def _account(row: object) -> AccountFigures | None:
    """One row's figures, or ``None`` for a blank row."""
    if not isinstance(row, Mapping):
        raise InvalidInputError(
            th=f"แต่ละแถวต้องเป็น mapping ของหัวตารางกับค่า ไม่ใช่ {type(row).__name__}",
            en=f"each row must be a mapping of header to value, not {type(row).__name__}",
            field="rows",
            value=row,
        )
    cells = {_header(k): _cell(v) for k, v in row.items()}
    unknown = sorted(set(cells) - set(_KEYS))
    if unknown:
        raise _unknown_columns(unknown)
    given: dict[str, Any] = {key: value for key, value in cells.items() if value is not None}
    if not given:
        return None
    missing = [key for key in _REQUIRED if key not in given]
    if missing:
        raise InvalidInputError(th=f"ต้องระบุ {missing[0]}", en=f"{missing[0]} is required", field=missing[0])
    for key in _IDS:  # a spreadsheet column of numeric references comes back as numbers
        if type(given[key]) is int:
            given[key] = str(given[key])
    days = given.get("days_past_due")
    if isinstance(days, str) and days.isdecimal():
        given["days_past_due"] = int(days)
    elif isinstance(days, float) and days.is_integer():
        given["days_past_due"] = int(days)  # a pandas column with empty cells holds floats
    return AccountFigures(**given)


def _read(rows: Iterable[object], first_number: int) -> tuple[AccountFigures, ...]:
    accounts = []
    for number, row in enumerate(rows, start=first_number):
        try:
            account = _account(row)
        except InvalidInputError as error:
            raise ParseError(
                th=f"แถวที่ {number}: {error.th}", en=f"row {number}: {error.en}", text=row, field=error.field
            ) from None
        if account is not None:
            accounts.append(account)
    return tuple(accounts)


def account_figures_from_rows(rows: Iterable[Mapping[str, object]]) -> tuple[AccountFigures, ...]:
    """Accounts' figures from mappings of header to value (``csv.DictReader``,
    ``DataFrame.to_dict("records")``). Rows are numbered from 1 in errors; blank rows are skipped.

    Raises:
        ParseError: an unknown column, a missing required figure, or a bad value, naming the row.
    """
    return _read(rows, 1)


def account_figures_from_csv_rows(rows: Iterable[Sequence[object]]) -> tuple[AccountFigures, ...]:
    """Accounts' figures from lists of cells (``csv.reader``), the header first; the header is row 1.

    Raises:
        ParseError: no header, an unknown or missing column, a row longer than the header, or a bad value,
            naming the row.
    """
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None or isinstance(header, (str, bytes)):
        raise ParseError(th="ไม่มีแถวหัวตาราง", en="there is no header row", text=header, field="rows")
    names = [str(h) for h in header]
    keys = [_header(h) for h in names]
    problem: InvalidInputError | None = None
    unknown = sorted(set(keys) - set(_KEYS))
    missing = [key for key in _REQUIRED if key not in keys]
    if unknown:
        problem = _unknown_columns(unknown)
    elif missing:
        problem = InvalidInputError(
            th=f"หัวตารางต้องมี {', '.join(missing)}",
            en=f"the header row needs {', '.join(missing)}",
            field=missing[0],
        )
    if problem is not None:
        raise ParseError(
            th=f"แถวที่ 1: {problem.th}", en=f"row 1: {problem.en}", text=names, field=problem.field
        )

    def mappings() -> Iterator[Mapping[str, object]]:
        for number, row in enumerate(iterator, start=2):
            cells = list(row)
            if len(cells) > len(names):
                raise ParseError(
                    th=f"แถวที่ {number}: มี {len(cells)} ช่อง แต่หัวตารางมี {len(names)} ช่อง",
                    en=f"row {number}: {len(cells)} cells but the header has {len(names)}",
                    text=cells,
                    field="rows",
                )
            yield dict(zip(names, cells, strict=False))  # a short row leaves its last cells empty

    return _read(mappings(), 2)
