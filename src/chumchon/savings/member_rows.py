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

from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import plain_scalar
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
_KEYS = frozenset(key for key, _, _ in MEMBER_COLUMNS)
_THAI_HEADERS = {th: key for key, th, _ in MEMBER_COLUMNS}
_YES = frozenset({"yes", "y", "true", "1", "ใช่", "x", "✓"})
_NO = frozenset({"no", "n", "false", "0", "ไม่ใช่", "ไม่", ""})
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _header(name: object) -> str:
    text = str(name).strip().lstrip("\ufeff")
    return _THAI_HEADERS.get(text, text.lower())


def _cell(value: object) -> object:
    """A cell as the reader sees it: text trimmed with Arabic digits; a blank or missing cell is ``None``."""
    value = plain_scalar(value)
    if isinstance(value, float) and value != value:
        return None  # a pandas empty cell in a float column is NaN
    if isinstance(value, str):
        value = value.strip().translate(_THAI_DIGITS)
        return value or None
    return value


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


def _unknown_columns(unknown: list[str]) -> InvalidInputError:
    allowed = ", ".join(k for k, _, _ in MEMBER_COLUMNS)
    return InvalidInputError(
        th=f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} ใช้ได้: {allowed}",
        en=f"unknown column(s) {', '.join(unknown)}; allowed: {allowed}",
        field=unknown[0],
    )


def _read(rows: Iterable[Mapping[str, object]], first_number: int) -> tuple[MemberYear, ...]:
    members = []
    for number, row in enumerate(rows, start=first_number):
        try:
            if not isinstance(row, Mapping):
                raise InvalidInputError(
                    th=f"แต่ละแถวต้องเป็น mapping ของหัวตารางกับค่า ไม่ใช่ {type(row).__name__}",
                    en=f"each row must be a mapping of header to value, not {type(row).__name__}",
                    field="rows",
                    value=row,
                )
            cells = {_header(k): _cell(v) for k, v in row.items()}
            unknown = sorted(set(cells) - _KEYS)
            if unknown:
                raise _unknown_columns(unknown)
            if all(v is None for v in cells.values()):
                continue  # a blank line
            members.append(_member(cells))
        except InvalidInputError as error:
            raise ParseError(
                th=f"แถวที่ {number}: {error.th}", en=f"row {number}: {error.en}", text=row, field=error.field
            ) from None
    return tuple(members)


def member_years_from_rows(rows: Iterable[Mapping[str, object]]) -> tuple[MemberYear, ...]:
    """Member years from mappings of header to value (``csv.DictReader``, ``DataFrame.to_dict("records")``).

    Rows are numbered from 1 in errors. Blank rows are skipped.

    Raises:
        ParseError: an unknown column, a missing member id or opening balance, or a bad value, naming the row.
    """
    return _read(rows, 1)


def member_years_from_csv_rows(rows: Iterable[Sequence[object]]) -> tuple[MemberYear, ...]:
    """Member years from lists of cells (``csv.reader``), the header first. Rows are numbered as a
    spreadsheet numbers them: the header is row 1.

    Raises:
        ParseError: no header, an unknown column, a row longer than the header, or a bad value, naming the row.
    """
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None or isinstance(header, (str, bytes)):
        raise ParseError(th="ไม่มีแถวหัวตาราง", en="there is no header row", text=header, field="rows")
    keys = [_header(h) for h in header]
    unknown = sorted(set(keys) - _KEYS)
    if unknown:
        raise ParseError(
            th=f"แถวที่ 1: {_unknown_columns(unknown).th}",
            en=f"row 1: {_unknown_columns(unknown).en}",
            text=list(header),
            field=unknown[0],
        )
    if "member_id" not in keys or "opening_balance" not in keys:
        raise ParseError(
            th="หัวตารางต้องมี member_id (รหัสสมาชิก) และ opening_balance (ยอดยกมา)",
            en="the header row needs member_id (รหัสสมาชิก) and opening_balance (ยอดยกมา)",
            text=list(header),
            field="rows",
        )

    def mappings() -> Iterable[Mapping[str, object]]:
        for number, row in enumerate(iterator, start=2):
            cells = list(row)
            if len(cells) > len(keys):
                raise ParseError(
                    th=f"แถวที่ {number}: มี {len(cells)} ช่อง แต่หัวตารางมี {len(keys)} ช่อง",
                    en=f"row {number}: {len(cells)} cells but the header has {len(keys)}",
                    text=cells,
                    field="rows",
                )
            yield dict(zip(map(str, header), cells, strict=False))  # a short row leaves its last cells empty

    return _read(mappings(), 2)
