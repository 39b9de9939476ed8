"""A savings group's fiscal year as the annual close reads it (internal): :class:`GroupYear`.

Re-exported by :mod:`chumchon.savings.close`, where it is documented.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from chumchon import _checks as checks
from chumchon._checks import DateLike, MoneyLike
from chumchon.errors import InvalidInputError, ParseError
from chumchon.mapping import Mappable
from chumchon.savings import _checks
from chumchon.savings._dividend_core import check_members
from chumchon.savings.members import MemberYear

if TYPE_CHECKING:
    from chumchon.columns import Columns

__all__ = ["GroupYear"]

#: Named amounts: a mapping of name to amount, or ``(name, amount)`` pairs.
Pairs = Mapping[str, MoneyLike] | Iterable[tuple[str, MoneyLike]]

_ZERO = Decimal("0.00")


def _pairs(name: str) -> Any:
    def convert(value: object) -> tuple[tuple[str, Decimal], ...]:
        if value is None:
            return ()
        items: Any = value.items() if isinstance(value, Mapping) else value
        try:
            pairs = [(k, v) for k, v in items]
        except (TypeError, ValueError):
            raise InvalidInputError(
                th=f"{name} ต้องเป็น mapping ชื่อรายการ → จำนวนเงิน",
                en=f"{name} must be a mapping of line name to amount",
                field=name,
                value=value,
            ) from None
        return tuple((checks.text(k, name), checks.money(v, f"{name}[{k}]")) for k, v in pairs)

    return convert


def _to_expenses(value: Pairs | None) -> tuple[tuple[str, Decimal], ...]:
    result: tuple[tuple[str, Decimal], ...] = _pairs("expenses")(value)
    return result


def _to_funds_opening(value: Pairs | None) -> tuple[tuple[str, Decimal], ...]:
    result: tuple[tuple[str, Decimal], ...] = _pairs("funds_opening")(value)
    return result


def _year_start(value: DateLike) -> date:
    return _checks.year_start(value)


def _to_bank_interest(value: MoneyLike) -> Decimal:
    return checks.money(value, "bank_interest")


def _to_entry_fees(value: MoneyLike) -> Decimal:
    return checks.money(value, "entry_fees")


def _to_fines(value: MoneyLike) -> Decimal:
    return checks.money(value, "fines")


def _to_optional_loan_interest(value: MoneyLike | None) -> Decimal | None:
    return checks.optional(checks.money, value, "loan_interest")


def _to_other_income(value: MoneyLike) -> Decimal:
    return checks.money(value, "other_income")


@attrs.frozen(kw_only=True)
class GroupYear(Mappable):
    """A group's fiscal year: its members' years and the group's own income and expenses.

    Attributes:
        fiscal_year_start: the first day of the fiscal year (its month must be the bylaws' start month).
        members: the members' years; ids unique.
        fines: fines received (ค่าปรับ).
        entry_fees: entry fees received (ค่าธรรมเนียมแรกเข้า).
        bank_interest: interest the group's bank account earned.
        other_income: any other income.
        loan_interest: interest received on loans; by default the sum of the members' ``interest_paid``. A
            larger figure is allowed (interest from loans not attributed to a member this year) and is shown.
        expenses: expense lines, name → amount.
        funds_opening: balances of the reserve and funds brought into the year, category → amount.
        name: the group's name.
    """

    fiscal_year_start: date = attrs.field(converter=_year_start)
    members: tuple[MemberYear, ...] = attrs.field(converter=check_members)
    fines: Decimal = attrs.field(default=_ZERO, converter=_to_fines)
    entry_fees: Decimal = attrs.field(default=_ZERO, converter=_to_entry_fees)
    bank_interest: Decimal = attrs.field(default=_ZERO, converter=_to_bank_interest)
    other_income: Decimal = attrs.field(default=_ZERO, converter=_to_other_income)
    loan_interest: Decimal | None = attrs.field(default=None, converter=_to_optional_loan_interest)
    expenses: tuple[tuple[str, Decimal], ...] = attrs.field(default=None, converter=_to_expenses)
    funds_opening: tuple[tuple[str, Decimal], ...] = attrs.field(default=None, converter=_to_funds_opening)
    name: str = ""

    @property
    def fiscal_year_end(self) -> date:
        """The last day of the fiscal year."""
        end: date = self.fiscal_year_start + relativedelta(months=12, days=-1)
        return end

    @classmethod
    def from_columns(
        cls, *, fiscal_year_start: DateLike, members: Mapping[str, Any] | Columns, **group: Any
    ) -> GroupYear:
        """The fast path for batch data: the members given as columns, checked once per column.

        ``members`` (a mapping, or a :class:`~chumchon.columns.Columns`, which pickles compactly for worker
        processes) maps each :class:`MemberYear` field (``member_id``, ``opening_balance``, ``monthly``,
        ``interest_paid``, ``missed_installment``, ``member_type``, ``work_units``, ``left_month``, ``name``)
        to one value per member; the other arguments are :class:`GroupYear`'s own. ``Decimal`` or ``int``
        amounts, 12-tuples of ``Decimal`` for ``monthly`` and :class:`MemberType` members are taken as they
        are; anything else (text, floats, a bad value) goes through the ordinary constructors, so the result
        and any error are those of building each :class:`MemberYear` and then the :class:`GroupYear`, the
        error naming the member's place (``members[3].opening_balance``).

        >>> from decimal import Decimal
        >>> year = GroupYear.from_columns(
        ...     fiscal_year_start=date(2024, 10, 1),
        ...     members={"member_id": ("A", "B"), "opening_balance": (Decimal(100), 50),
        ...              "monthly": ((Decimal(10),) * 12, (Decimal(0),) * 12)},
        ... )
        >>> [m.closing_balance for m in year.members]
        [Decimal('220'), Decimal('50')]
        >>> GroupYear.from_columns(fiscal_year_start=date(2024, 10, 1),
        ...                        members={"member_id": ("A",), "opening_balance": ("-1",)})
        Traceback (most recent call last):
        ...
        chumchon.errors.InvalidInputError: members[0]: ค่า 'opening_balance' ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ '-1' / members[0]: 'opening_balance' must be zero or more, not '-1'

        Raises:
            InvalidInputError: columns of different lengths, an unknown column, a missing ``member_id`` or
                ``opening_balance`` column, or any error of the ordinary constructors.
        """
        from chumchon.savings.batch import group_year_from_columns  # batch builds on this module

        return group_year_from_columns(fiscal_year_start=fiscal_year_start, members=members, **group)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> GroupYear:
        """Build from a mapping whose ``members`` are mappings for :meth:`MemberYear.from_mapping` and whose
        ``fiscal_year_start`` is a date or ISO text; unknown keys are refused.

        Raises:
            ParseError: not a mapping, a key that is not text, a required field missing, a date not in ISO form.
            InvalidInputError: an unknown key or a bad value (``members[2].opening_balance``...).
        """
        fields = _checks.mapping_fields(data, cls, "GroupYear")
        start = fields["fiscal_year_start"]
        if isinstance(start, str):
            try:
                fields["fiscal_year_start"] = date.fromisoformat(start)
            except ValueError:
                raise ParseError(
                    th=f"วันเริ่มปีบัญชีต้องเป็นรูป YYYY-MM-DD ไม่ใช่ {start!r}",
                    en=f"fiscal_year_start must be YYYY-MM-DD, not {start!r}",
                    field="fiscal_year_start",
                    text=start,
                ) from None
        members = fields["members"]
        if not isinstance(members, (str, bytes, Mapping)) and isinstance(members, Iterable):
            built = []
            for i, m in enumerate(members):
                if isinstance(m, Mapping):
                    with checks.within(f"members[{i}]"):
                        m = MemberYear.from_mapping(m)
                built.append(m)
            fields["members"] = built
        return cls(**fields)
