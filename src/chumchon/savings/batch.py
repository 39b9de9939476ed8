"""Annual closes of many groups: columns in, columns out (การปิดบัญชีกลุ่มออมทรัพย์จำนวนมาก).

A national run closes tens of thousands of groups. Two things cost more there than the close itself: building
each member's :class:`~chumchon.savings.MemberYear` field by field, and carrying every group's full
:class:`~chumchon.savings.AnnualClose` (its explanation, tables and lines) back from a worker. This module
removes both:

* :meth:`GroupYear.from_columns <chumchon.savings.GroupYear.from_columns>` builds a group's year from plain
  columns (one tuple per member field), checking each column in one pass instead of each field through its
  converter. Anything the quick check does not recognise (text amounts, floats, a bad value) goes through the
  ordinary constructors, so bad data raises exactly the error it raises there, with the member's place
  (``members[3].opening_balance``).
* :class:`CloseBatch` (from ``annual_close_many(groups, compact=True)``) holds the closes as columns of plain
  values: one row per group and one per member, cheap to pickle and to keep. :meth:`CloseBatch.full` gives
  any one group's full :class:`~chumchon.savings.AnnualClose` again, recomputed from its inputs, and equal to
  the close a per-group run gives.

>>> from chumchon.savings import annual_close, annual_close_many
>>> from chumchon.savings.examples import training_group
>>> t = training_group()
>>> batch = annual_close_many([(t.year, t.bylaws)] * 3, compact=True)
>>> len(batch), batch.groups.column("net_profit")
(3, (Decimal('22955.00'), Decimal('22955.00'), Decimal('22955.00')))
>>> batch.members.row(0)["dividend"], batch.full(2) == annual_close(t.year, t.bylaws)
(Decimal('1070.00'), True)
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NoReturn

import attrs

from chumchon import _checks as checks
from chumchon.columns import Columns
from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.savings import _column_close
from chumchon.savings._column_close import Rows, close_rows, quick_amount, quick_months
from chumchon.savings.bylaws import Bylaws
from chumchon.savings.close import AnnualClose, GroupYear, annual_close
from chumchon.savings.members import MONTHS_IN_YEAR, MemberType, MemberYear
from chumchon.tables import Column

__all__ = ["GROUP_COLUMNS", "MEMBER_COLUMNS", "MEMBER_FIELDS", "CloseBatch"]

#: The member fields a group's columns may carry (``member_id`` and ``opening_balance`` are required).
MEMBER_FIELDS: tuple[str, ...] = _column_close.MEMBER_FIELDS

_MEMBER_DEFAULTS = {f.name: f.default for f in attrs.fields(MemberYear) if f.name in MEMBER_FIELDS}
_SET = object.__setattr__

#: The columns of :attr:`CloseBatch.groups`: one row per group.
GROUP_COLUMNS = (
    Column("name", "กลุ่ม", "Group"),
    Column("fiscal_year_start", "เริ่มปีบัญชี", "Fiscal year from", "date"),
    Column("members", "สมาชิก", "Members", "int"),
    Column("total_income", "รวมรายได้", "Total income", "money"),
    Column("total_expenses", "รวมค่าใช้จ่าย", "Total expenses", "money"),
    Column("net_profit", "กำไรสุทธิ", "Net profit", "money"),
    Column("dividends", "เงินปันผล", "Dividends", "money"),
    Column("rebates", "เงินเฉลี่ยคืน", "Rebates", "money"),
    Column("to_funds", "เข้าทุนและกองทุน", "To reserve and funds", "money"),
    Column("savings", "เงินออมสิ้นปี", "Savings at year end", "money"),
    Column("balanced", "กระทบยอดตรง", "Balanced", "bool"),
)

#: The columns of :attr:`CloseBatch.members`: one row per member; ``group`` is the group's row number.
MEMBER_COLUMNS = (
    Column("group", "ลำดับกลุ่ม", "Group no.", "int"),
    Column("member_id", "รหัส", "Member"),
    Column("opening_balance", "ยอดยกมา", "Brought in", "money"),
    Column("saved", "ออมในปี", "Saved", "money"),
    Column("closing_balance", "ยอดสิ้นปี", "Year end", "money"),
    Column("interest_paid", "ดอกเบี้ยที่ชำระ", "Interest paid", "money"),
    Column("dividend", "เงินปันผล", "Dividend", "money"),
    Column("rebate", "เงินเฉลี่ยคืน", "Rebate", "money"),
)
_GROUP_KEYS = tuple(c.key for c in GROUP_COLUMNS)
_MEMBER_KEYS = tuple(c.key for c in MEMBER_COLUMNS)
_GROUP_TITLE = Message("ผลการปิดบัญชีรายกลุ่ม", "Annual closes by group")
_MEMBER_TITLE = Message("เงินปันผลและเงินเฉลี่ยคืนรายสมาชิก", "Dividends and rebates by member")


# --- Fast construction ---------------------------------------------------------------------------------------


def _trusted_member(
    member_id: object,
    opening_balance: object,
    monthly: object,
    interest_paid: object,
    missed_installment: object,
    member_type: object,
    work_units: object,
    left_month: object,
    name: object,
) -> MemberYear | None:
    """A member year set field by field without the converters, or ``None`` when a value needs them.

    Accepts exactly what the converters would pass through unchanged (or, for ``int`` amounts, convert to the
    same ``Decimal``) and checks the balance never goes below zero, as :class:`MemberYear` does.
    """
    if type(member_id) is not str or not member_id.strip():
        return None
    b0 = quick_amount(opening_balance)
    months = quick_months(monthly)
    interest = quick_amount(interest_paid)
    units = quick_amount(work_units)
    if b0 is None or months is None or interest is None or units is None:
        return None
    if type(missed_installment) is not bool or type(member_type) is not MemberType or type(name) is not str:
        return None
    if left_month is not None and (type(left_month) is not int or not 1 <= left_month <= MONTHS_IN_YEAR):
        return None
    if min(months) < 0 and min(itertools.accumulate(months, initial=b0)) < 0:
        return None  # the balance goes below zero: MemberYear refuses it
    member: MemberYear = object.__new__(MemberYear)
    _SET(member, "member_id", member_id)
    _SET(member, "opening_balance", b0)
    _SET(member, "monthly", months)
    _SET(member, "interest_paid", interest)
    _SET(member, "missed_installment", missed_installment)
    _SET(member, "member_type", member_type)
    _SET(member, "work_units", units)
    _SET(member, "left_month", left_month)
    _SET(member, "transactions", None)
    _SET(member, "fiscal_year_start", None)
    _SET(member, "name", name)
    return member


def _member_columns(columns: Mapping[str, object]) -> tuple[list[str], list[Sequence[object]]]:
    names: list[str] = []
    values: list[Sequence[object]] = []
    count: int | None = None
    for key, column in columns.items():
        if isinstance(column, (str, bytes, Mapping)) or not isinstance(column, Sequence):
            raise InvalidInputError(
                th=f"คอลัมน์ {key!r} ต้องเป็นลำดับ (tuple หรือ list) ของค่ารายสมาชิก ไม่ใช่ {column!r}",
                en=f"the column {key!r} must be a sequence (tuple or list) of one value per member, not {column!r}",
                field=key,
                value=column,
            )
        if count is None:
            count = len(column)
        elif len(column) != count:
            raise InvalidInputError(
                th=f"คอลัมน์ {key!r} มี {len(column)} ค่า แต่คอลัมน์อื่นมี {count} ค่า",
                en=f"the column {key!r} has {len(column)} values but the others have {count}",
                field=key,
                value=len(column),
            )
        names.append(key)
        values.append(column)
    return names, values


@in_decimal_context
def group_year_from_columns(*, fiscal_year_start: Any, members: object, **group: Any) -> GroupYear:
    """:meth:`GroupYear.from_columns <chumchon.savings.GroupYear.from_columns>` (see there)."""
    if isinstance(members, Columns):
        members = dict(zip(members.keys, members.data, strict=True))
    if not isinstance(members, Mapping):
        raise InvalidInputError(
            th=f"members ต้องเป็น mapping ชื่อช่อง → ค่ารายสมาชิก ไม่ใช่ {members!r}",
            en=f"members must be a mapping of field name to one value per member, not {members!r}",
            field="members",
            value=members,
        )
    member_columns: Mapping[str, object] = members
    unknown = sorted(set(member_columns) - set(MEMBER_FIELDS))
    if unknown:
        raise InvalidInputError(
            th=f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} ใช้ได้: {', '.join(MEMBER_FIELDS)}",
            en=f"unknown column(s) {', '.join(unknown)}; allowed: {', '.join(MEMBER_FIELDS)}",
            field=unknown[0],
        )
    for required in ("member_id", "opening_balance"):
        if required not in member_columns:
            raise InvalidInputError(
                th=f"ต้องมีคอลัมน์ {required}", en=f"the column {required} is required", field=required
            )
    names, values = _member_columns(member_columns)
    count = len(values[0])
    rows = [
        values[names.index(key)] if key in names else (_MEMBER_DEFAULTS[key],) * count
        for key in MEMBER_FIELDS
    ]
    built: list[MemberYear] = []
    for row in zip(*rows, strict=True):
        member = _trusted_member(*row)
        if member is None:
            return _plain_group(fiscal_year_start, names, values, group)
        built.append(member)
    ids = [m.member_id for m in built]
    if len(set(ids)) != len(ids):
        return _plain_group(fiscal_year_start, names, values, group)
    year = GroupYear(fiscal_year_start=fiscal_year_start, members=(), **group)
    object.__setattr__(year, "members", tuple(built))  # checked above: MemberYear objects, ids unique
    return year


def _plain_group(
    fiscal_year_start: Any, names: list[str], values: list[Sequence[object]], group: Mapping[str, Any]
) -> GroupYear:
    """The group built through the ordinary constructors (their conversions and their errors)."""
    members = []
    for i, row in enumerate(zip(*values, strict=True)):
        with checks.within(f"members[{i}]"):
            members.append(MemberYear(**dict(zip(names, row, strict=True))))
    return GroupYear(fiscal_year_start=fiscal_year_start, members=members, **group)


# --- Compact results -----------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class CloseBatch(ResultMappable):
    """Many groups' annual closes as columns of plain values (see the module docstring).

    Attributes:
        groups: one row per group (:data:`GROUP_COLUMNS`), in the order given.
        members: one row per member of every group (:data:`MEMBER_COLUMNS`); ``group`` is the group's row.
        inputs: the ``(group, bylaws)`` pairs closed, as given (a group is a :class:`GroupYear` or the
            mapping of :meth:`GroupYear.from_columns <chumchon.savings.GroupYear.from_columns>` arguments),
            kept for :meth:`full` in the process that ran the
            batch; not compared, and not pickled (a batch from a worker carries its rows only: pass the
            inputs to :meth:`with_inputs`).
    """

    groups: Columns
    members: Columns
    inputs: tuple[tuple[GroupYear | Mapping[str, Any], Bylaws], ...] | None = attrs.field(
        default=None, eq=False
    )

    @in_decimal_context
    def _check_consistency(self) -> None:
        # Each group's row must be the sum of its members' rows, and each close balanced (a close whose
        # reconciliation fails cannot be built). One pass over the members, mostly in C: batches are large.
        def refuse(field: str, th: str, en: str, value: object) -> NoReturn:
            raise inconsistent(self, field, th, en, value)

        groups, members = self.groups, self.members
        for field, table, keys in (("groups", groups, _GROUP_KEYS), ("members", members, _MEMBER_KEYS)):
            if table.keys != keys or len({len(values) for values in table.data}) != 1:
                refuse(
                    field,
                    f"ต้องมีคอลัมน์ {', '.join(keys)} ยาวเท่ากันทุกคอลัมน์",
                    f"the columns must be {', '.join(keys)}, all of the same length",
                    table.keys,
                )
        _name, _start, counts, income, expenses, profit, dividends, rebates, to_funds, savings, balanced = (
            groups.data
        )
        rows, ids, opening, saved, closing, _interest, paid, rebated = members.data
        if self.inputs is not None and len(self.inputs) != len(counts):
            refuse(
                "inputs",
                f"ต้องมีข้อมูลเข้าหนึ่งรายการต่อกลุ่ม ({len(counts)})",
                f"there must be one input per group ({len(counts)})",
                len(self.inputs),
            )
        if any(type(c) is not int or c < 0 for c in counts) or rows != tuple(
            itertools.chain.from_iterable(map(itertools.repeat, range(len(counts)), counts))
        ):
            refuse(
                "members",
                "แถวสมาชิกต้องเรียงตามกลุ่ม และจำนวนแถวของแต่ละกลุ่มต้องเท่ากับจำนวนสมาชิกของกลุ่ม",
                "the member rows must come group by group, as many for each group as its members",
                counts,
            )
        if list(map(operator.add, opening, saved)) != list(closing):
            refuse(
                "members",
                "ยอดสิ้นปีของสมาชิกทุกคนต้องเท่ากับยอดยกมาบวกเงินออมในปี",
                "each member's year-end balance must be the balance brought in plus the year's saving",
                closing,
            )
        if list(map(operator.sub, income, expenses)) != list(profit) or False in balanced:
            refuse(
                "groups",
                "กำไรสุทธิของทุกกลุ่มต้องเท่ากับรายได้หักค่าใช้จ่าย และทุกกลุ่มต้องกระทบยอดตรง",
                "each group's net profit must be its income less its expenses, and each close balanced",
                profit,
            )
        zero = Decimal("0.00")
        end = 0
        for i, count in enumerate(counts):
            start, end = end, end + count
            if (
                sum(paid[start:end], zero) != dividends[i]
                or sum(rebated[start:end], zero) != rebates[i]
                or sum(closing[start:end], zero) != savings[i]
                or dividends[i] + rebates[i] + to_funds[i] != max(profit[i], zero)
                or len(set(ids[start:end])) != count
            ):
                refuse(
                    "groups",
                    f"กลุ่มลำดับที่ {i}: เงินปันผล เงินเฉลี่ยคืน และเงินออมสิ้นปีต้องเท่ากับผลรวมของสมาชิก "
                    "(รหัสไม่ซ้ำกัน) และที่จ่ายสมาชิกรวมกับที่เข้าทุนต้องเท่ากับกำไรที่จัดสรร",
                    f"group {i}: its dividends, rebates and year-end savings must be the sums of its members' "
                    "(ids unique), and what is paid to members and to funds must be the profit allocated",
                    groups.row(i),
                )

    def __len__(self) -> int:
        return len(self.groups)

    def __reduce__(self) -> tuple[Any, ...]:
        return (CloseBatch, (self.groups, self.members))

    def with_inputs(self, inputs: Sequence[tuple[GroupYear | Mapping[str, Any], Bylaws]]) -> CloseBatch:
        """This batch with its inputs (for :meth:`full`), e.g. after it came back from a worker.

        Raises:
            InvalidInputError: not one pair per group.
        """
        pairs = tuple(_pair(item) for item in inputs)
        if len(pairs) != len(self):
            raise InvalidInputError(
                th=f"ต้องมีข้อมูลเข้า {len(self)} กลุ่ม ไม่ใช่ {len(pairs)}",
                en=f"the batch has {len(self)} groups, not {len(pairs)}",
                field="inputs",
                value=len(pairs),
            )
        return CloseBatch(self.groups, self.members, pairs)

    def full(self, index: int) -> AnnualClose:
        """The full annual close of group ``index`` (its statement, tables and explanation), recomputed.

        Raises:
            InvalidInputError: the batch carries no inputs (see :meth:`with_inputs`), or no such group.
        """
        if self.inputs is None:
            raise InvalidInputError(
                th="ชุดผลนี้ไม่มีข้อมูลเข้า (ส่งข้ามโปรเซสมา) ใช้ with_inputs(...) ก่อน",
                en="this batch carries no inputs (it came from another process); call with_inputs(...) first",
                field="inputs",
            )
        index = self.groups.check_row(index)
        return annual_close(*_pair(self.inputs[index]))

    @classmethod
    def concat(cls, parts: Sequence[CloseBatch]) -> CloseBatch:
        """The batches of a run split into chunks, joined in order (member rows renumbered to the whole).

        The inputs are kept when every part has them.
        """
        if not parts:
            raise InvalidInputError(th="ไม่มีข้อมูลให้ต่อกัน", en="there are no parts to join", field="parts")
        offsets = list(itertools.accumulate((len(p) for p in parts), initial=0))[:-1]
        members = Columns.concat([p.members for p in parts], offsets=offsets)
        inputs = None
        if all(p.inputs is not None for p in parts):
            inputs = tuple(pair for p in parts for pair in p.inputs or ())
        return cls(Columns.concat([p.groups for p in parts]), members, inputs)

    def __repr__(self) -> str:
        return f"<CloseBatch {len(self)} groups, {len(self.members)} members>"


def _pair(item: object) -> tuple[GroupYear, Bylaws]:
    """``item`` as a ``(GroupYear, Bylaws)`` pair, the group built from its columns when given so."""
    group, bylaws = _unpack(item)
    if isinstance(group, Mapping):
        group = GroupYear.from_columns(**group)
    return group, bylaws  # annual_close checks their types


def _unpack(item: object) -> tuple[Any, Any]:
    group: Any
    bylaws: Any
    try:
        group, bylaws = item  # type: ignore[misc]
    except (TypeError, ValueError):
        raise InvalidInputError(
            th="แต่ละรายการต้องเป็นคู่ (GroupYear หรือคอลัมน์ของกลุ่ม, Bylaws)",
            en="each item must be a (GroupYear or the group's columns, Bylaws) pair",
            field="groups",
            value=item,
        ) from None
    return group, bylaws


def _rows_of(index: int, close: AnnualClose) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    group = close.group
    zero = Decimal("0.00")
    dividends = close.dividends.lines if close.dividends is not None else None
    rebates = close.rebates.lines if close.rebates is not None else None
    members = []
    savings = zero
    for i, m in enumerate(group.members):
        saved = sum(m.monthly, Decimal(0))
        closing = m.opening_balance + saved
        savings += closing
        members.append(
            (
                index,
                m.member_id,
                m.opening_balance,
                saved,
                closing,
                m.interest_paid,
                dividends[i].amount if dividends is not None else zero,
                rebates[i].amount if rebates is not None else zero,
            )
        )
    row = (
        group.name,
        group.fiscal_year_start,
        len(group.members),
        close.income.total_income,
        close.income.total_expenses,
        close.net_profit,
        close.dividends.total if close.dividends is not None else zero,
        close.rebates.total if close.rebates is not None else zero,
        sum((f.added for f in close.funds), zero),
        savings,
        close.balanced,
    )
    return row, members


@in_decimal_context
def close_batch(groups: Iterable[object]) -> CloseBatch:
    """``annual_close_many(groups, compact=True)``: every group closed, stored as columns.

    A group given as columns is closed by the columnar pass when it can vouch for the data
    (:func:`~chumchon.savings._column_close.close_rows`); otherwise, and for a :class:`GroupYear`, by
    :func:`annual_close`. When a close is refused, the later groups' inputs are checked first, so a batch
    raises the first bad input before the first refused close, as building every input first would.
    """
    items = [_unpack(item) for item in groups]
    group_rows = []
    member_columns: list[list[Any]] = [[] for _ in MEMBER_COLUMNS]
    for index, (group, bylaws) in enumerate(items):
        rows = close_rows(group, bylaws, index) if isinstance(group, Mapping) else None
        if rows is None:
            rows = _close_one(items, index)
        group_rows.append(rows[0])
        for column, values in zip(member_columns, rows[1], strict=True):
            column += values
    return CloseBatch(
        Columns.from_rows(GROUP_COLUMNS, group_rows, _GROUP_TITLE),
        Columns(MEMBER_COLUMNS, tuple(map(tuple, member_columns)), _MEMBER_TITLE),
        tuple(items),
    )


def _close_one(items: list[tuple[Any, Any]], index: int) -> Rows:
    """The rows of item ``index`` closed the ordinary way; if that raises, every later item's input is built
    first (its error comes first, as when every input was built before any close)."""
    try:
        row, members = _rows_of(index, annual_close(*_pair(items[index])))
    except ChumchonError:
        for later in items[index + 1 :]:
            _pair(later)
        raise
    return row, tuple(zip(*members, strict=True)) if members else ((),) * len(MEMBER_COLUMNS)
