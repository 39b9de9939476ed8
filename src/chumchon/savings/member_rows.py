"""Member years from a register's rows: a CSV, a spreadsheet, a DataFrame (อ่านข้อมูลสมาชิกจากตาราง).

The one reader of the member table a group keeps: used by :meth:`MemberYear.from_rows
<chumchon.savings.MemberYear.from_rows>`, :meth:`MemberYear.from_csv_rows
<chumchon.savings.MemberYear.from_csv_rows>` and the command line. Headers may be English keys or the Thai
headers officers type (:data:`MEMBER_COLUMNS`); amounts and months may use Thai or Arabic digits; member types
may be given by code or Thai name (``สามัญ``); yes/no by ``ใช่``/``ไม่ใช่``, ``yes``/``no``, ``1``/``0``. A blank
cell is an empty field. An error names the row and the column.

>>> rows = [["รหัสสมาชิก", "ชื่อ", "ประเภท", "ยอดยกมา", "เดือน1", "ผิดนัด"],
...         ["A01", "นางสมศรี", "สามัญ", "๑,๒๐๐", "๑๐๐", "ไม่ใช่"],
...         ["A02", "นายสมชาย", "สมทบ", "500", "", "ใช่"]]
>>> members = member_years_from_csv_rows(rows)
>>> [(m.member_id, m.member_type.value, m.opening_balance, m.monthly[0], m.missed_installment) for m in members]
[('A01', 'ordinary', Decimal('1200'), Decimal('100'), False), ('A02', 'associate', Decimal('500'), Decimal('0'), True)]
>>> member_years_from_csv_rows([["รหัสสมาชิก", "ยอดยกมา"], ["A01", "สองร้อย"]])
Traceback (most recent call last):
...
chumchon.errors.ParseError: แถวที่ 2: ค่า 'opening_balance' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'สองร้อย' / row 2: 'opening_balance' must be a number such as 1234.50 or 1,234.50, not 'สองร้อย'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from chumchon._table_rows import TableFormat
from chumchon.errors import InvalidInputError
from chumchon.savings.members import MemberYear

__all__ = ["MEMBER_COLUMNS", "member_years_from_csv_rows", "member_years_from_rows"]

#: The columns of a member table: English key, the Thai header accepted instead, meaning. ``m1`` to ``m12``
#: (Thai ``เดือน1`` to ``เดือน12``) are the net savings paid in during each fiscal month (month 1 is the first
#: month of the group's fiscal year); a missing month column means zero.
MEMBER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("member_id", "รหัสสมาชิก", "member id, unique (required)"),
    ("name", "ชื่อ", "name, for the statement (optional)"),
    ("member_type", "ประเภท", "ordinary/สามัญ, associate/สมทบ, honorary/กิตติมศักดิ์ (default ordinary)"),
    ("opening_balance", "ยอดยกมา", "savings brought into the year, baht (required)"),
    *((f"m{m}", f"เดือน{m}", f"net savings paid in during fiscal month {m}, baht") for m in range(1, 13)),
    ("interest_paid", "ดอกเบี้ยที่ชำระ", "loan interest paid in the year, baht (for rebates)"),
    ("missed_installment", "ผิดนัด", "missed a loan instalment: yes/no, ใช่/ไม่ใช่, 1/0"),
    ("left_month", "เดือนที่ลาออก", "fiscal month (1-12) the member left, blank if not"),
    ("work_units", "ผลงาน", "work recorded (occupational groups)"),
)
_FORMAT = TableFormat(MEMBER_COLUMNS, required=("member_id", "opening_balance"))
_YES = frozenset({"yes", "y", "true", "1", "ใช่", "x", "✓"})
_NO = frozenset({"no", "n", "false", "0", "ไม่ใช่", "ไม่", ""})


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise InvalidInputError(
        th=f"ช่อง missed_installment ต้องเป็น ใช่/ไม่ใช่ (yes/no) ไม่ใช่ {value!r}",
        en=f"missed_installment must be yes/no, not {value!r}",
        field="missed_installment",
        value=value,
    )


def _member(cells: Mapping[str, object]) -> MemberYear:
    data: dict[str, Any] = {
        "member_id": cells.get("member_id"),
        "opening_balance": cells.get("opening_balance"),
    }
    monthly = {m: cells[f"m{m}"] for m in range(1, 13) if cells.get(f"m{m}") is not None}
    if monthly:
        data["monthly"] = monthly
    for key in ("interest_paid", "work_units", "name"):
        if cells.get(key) is not None:
            data[key] = cells[key]
    left = cells.get("left_month")
    if isinstance(left, float) and left.is_integer():
        left = int(left)  # a pandas column with empty cells holds floats
    if left is not None:
        data["left_month"] = int(left) if isinstance(left, str) and left.isdigit() else left
    kind = cells.get("member_type")
    if kind is not None:
        data["member_type"] = kind.lower() if isinstance(kind, str) and kind.isascii() else kind
    if "missed_installment" in cells:
        data["missed_installment"] = _flag(
            "" if cells["missed_installment"] is None else cells["missed_installment"]
        )
    if data["member_id"] is None or data["opening_balance"] is None:
        missing = "member_id" if data["member_id"] is None else "opening_balance"
        raise InvalidInputError(th=f"ต้องระบุ {missing}", en=f"{missing} is required", field=missing)
    return MemberYear.from_mapping(data)


def member_years_from_rows(rows: Iterable[Mapping[str, object]]) -> tuple[MemberYear, ...]:
    """Member years from mappings of header to value (``csv.DictReader``, ``DataFrame.to_dict("records")``).

    Rows are numbered from 1 in errors. Blank rows are skipped.

    Raises:
        ParseError: an unknown column, a missing member id or opening balance, or a bad value, naming the row.
    """
    return _FORMAT.read(rows, _member)


def member_years_from_csv_rows(rows: Iterable[Sequence[object]]) -> tuple[MemberYear, ...]:
    """Member years from lists of cells (``csv.reader``), the header first. Rows are numbered as a
    spreadsheet numbers them: the header is row 1.

    Raises:
        ParseError: no header, an unknown column, a row longer than the header, or a bad value, naming the row.
    """
    return _FORMAT.read_csv(rows, _member)
