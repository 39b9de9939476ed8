"""A member's year in a savings group (ปีบัญชีของสมาชิกกลุ่มออมทรัพย์เพื่อการผลิต).

:class:`MemberYear` holds what the annual close needs to know about one member: the savings brought into the
fiscal year (ยอดยกมา), the net savings paid in during each fiscal month (เงินสัจจะสะสม; month 1 is the group's
first fiscal month), the loan interest the member paid (the basis of the rebate, เงินเฉลี่ยคืน), whether any
instalment was missed, the member's type and, for occupational groups (กลุ่มอาชีพ), the work units recorded.

Member types (:class:`MemberType`) follow the CDD field description: ordinary (สามัญ), associate (สมทบ) and
honorary (กิตติมศักดิ์). What each type may do is a bylaw setting (see :class:`~chumchon.savings.Bylaws`).

Sources: กรมการพัฒนาชุมชน, ระเบียบกรมการพัฒนาชุมชนว่าด้วยการส่งเสริมการดำเนินงานกลุ่มออมทรัพย์เพื่อการผลิต
พ.ศ. 2555 (the instrument promotes groups and leaves the figures to each group's bylaws).

Limitations: a member's balance may never go below zero during the year; whether net withdrawals are allowed at
all is checked where the bylaws are known (the dividend calculation and the annual close).

>>> from chumchon.savings import MemberYear
>>> m = MemberYear(member_id="A01", opening_balance=100_000, monthly=[1000] * 12, interest_paid=50_000)
>>> m.closing_balance
Decimal('112000')
>>> MemberYear(member_id="A02", opening_balance=0, monthly={13: 100})
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: เดือนในปีบัญชีต้องเป็น 1 ถึง 12 ไม่ใช่ 13 / a fiscal month must be 1 to 12, not 13
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from chumchon import _checks as checks
from chumchon._checks import DateLike, MoneyLike, ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context
from chumchon.rules import check_as_of
from chumchon.savings import _checks

__all__ = ["MONTHS_IN_YEAR", "MemberType", "MemberYear", "fiscal_month_of"]

#: Months in a fiscal year.
MONTHS_IN_YEAR = 12
_ZERO = Decimal(0)
_ZEROS = (_ZERO,) * MONTHS_IN_YEAR


class MemberType(ParsableEnum):
    """Member types (ประเภทสมาชิก): ordinary (สามัญ), associate (สมทบ), honorary (กิตติมศักดิ์)."""

    ORDINARY = "ordinary"
    ASSOCIATE = "associate"
    HONORARY = "honorary"

    @property
    def label_th(self) -> str:
        """The type in Thai."""
        return {"ordinary": "สามัญ", "associate": "สมทบ", "honorary": "กิตติมศักดิ์"}[self.value]


def _bad_month(month: object) -> InvalidInputError:
    return InvalidInputError(
        th=f"เดือนในปีบัญชีต้องเป็น 1 ถึง 12 ไม่ใช่ {month!r}",
        en=f"a fiscal month must be 1 to 12, not {month!r}",
        field="monthly",
        value=month,
    )


def _monthly(value: Iterable[MoneyLike] | Mapping[int, MoneyLike]) -> tuple[Decimal, ...]:
    if (
        isinstance(value, tuple)
        and len(value) == MONTHS_IN_YEAR
        and all(type(v) is Decimal for v in value)
        and all(map(Decimal.is_finite, value))
    ):
        return value  # already clean: the common case when results are rebuilt
    if isinstance(value, Mapping):
        amounts = list(_ZEROS)
        for key, amount in value.items():
            month = checks.plain_scalar(key)
            if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= MONTHS_IN_YEAR:
                raise _bad_month(key)
            amounts[month - 1] = checks.money(amount, f"monthly[{month}]", minimum=None)
        return tuple(amounts)
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInputError(
            th="เงินออมรายเดือนต้องเป็นลำดับ 12 จำนวน หรือ mapping ของเดือน (1–12) กับจำนวนเงิน",
            en="monthly savings must be 12 amounts or a mapping of fiscal month (1–12) to amount",
            field="monthly",
            value=value,
        )
    items = list(value)
    if len(items) != MONTHS_IN_YEAR:
        raise InvalidInputError(
            th=f"เงินออมรายเดือนต้องมี 12 เดือน ไม่ใช่ {len(items)} เดือน",
            en=f"monthly savings need 12 fiscal months, not {len(items)}",
            field="monthly",
            value=value,
        )
    return tuple(checks.money(v, f"monthly[{i}]", minimum=None) for i, v in enumerate(items, start=1))


def _transactions(
    value: Iterable[tuple[DateLike, MoneyLike]] | None,
) -> tuple[tuple[date, Decimal], ...] | None:
    if value is None:
        return None
    given: object = value  # anything may come in; the checks below say what is allowed
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise InvalidInputError(
            th="รายการเงินออมต้องเป็นลำดับของคู่ (วันที่, จำนวนเงิน)",
            en="transactions must be a sequence of (date, amount) pairs",
            field="transactions",
            value=value,
        )
    pairs: list[tuple[date, Decimal]] = []
    for item in value:
        try:
            day, amount = item
        except (TypeError, ValueError):
            raise InvalidInputError(
                th=f"รายการเงินออมต้องเป็นคู่ (วันที่, จำนวนเงิน) ไม่ใช่ {item!r}",
                en=f"a transaction must be a (date, amount) pair, not {item!r}",
                field="transactions",
                value=item,
            ) from None
        pairs.append(
            (
                checks.date_value(day, "transactions"),
                checks.money(amount, "transaction amount", minimum=None),
            )
        )
    pairs.sort(key=lambda p: p[0])
    return tuple(pairs)


@in_decimal_context
def fiscal_month_of(day: date, fiscal_year_start: date) -> int:
    """The fiscal month (1–12) of ``day`` in the year starting on ``fiscal_year_start`` (the 1st of a month).

    >>> fiscal_month_of(date(2025, 1, 15), date(2024, 10, 1))
    4

    Raises:
        InvalidInputError: ``day`` or ``fiscal_year_start`` is not a date; ``day`` falls outside that fiscal year.
    """
    return _fiscal_month(
        check_as_of(day, name="day"), check_as_of(fiscal_year_start, name="fiscal_year_start")
    )


def _fiscal_month(day: date, fiscal_year_start: date) -> int:
    month = (day.year - fiscal_year_start.year) * 12 + day.month - fiscal_year_start.month + 1
    if day < fiscal_year_start or month > MONTHS_IN_YEAR:
        end = fiscal_year_start + relativedelta(months=12, days=-1)
        raise InvalidInputError(
            th=f"วันที่ {day.isoformat()} อยู่นอกปีบัญชี {fiscal_year_start.isoformat()} ถึง {end.isoformat()}",
            en=f"{day.isoformat()} is outside the fiscal year {fiscal_year_start.isoformat()} to {end.isoformat()}",
            field="transactions",
            value=day,
        )
    return month


def _check_year_start(value: DateLike | None) -> date | None:
    return None if checks.plain_scalar(value) is None else _checks.year_start(value)


def _to_member_type(value: MemberType | str) -> MemberType:
    return checks.enum_member(MemberType, value, "member_type")


def _left_month(value: int | None) -> int | None:
    return checks.optional(checks.whole_number, value, "left_month", minimum=1, maximum=MONTHS_IN_YEAR)


def _to_interest_paid(value: MoneyLike) -> Decimal:
    return _checks.amount(value, "interest_paid")


def _to_member_id(value: str) -> str:
    return checks.text(value, "member_id")


def _to_missed_installment(value: bool) -> bool:
    return checks.flag(value, "missed_installment")


def _to_opening_balance(value: MoneyLike) -> Decimal:
    return _checks.amount(value, "opening_balance")


def _to_work_units(value: MoneyLike) -> Decimal:
    return _checks.amount(value, "work_units")


@attrs.frozen(kw_only=True)
class MemberYear(Mappable):
    """One member's fiscal year.

    Attributes:
        member_id: the member's id in the group's register (unique within the group).
        opening_balance: savings brought into the year (B0), baht.
        monthly: net savings paid in during each fiscal month, 12 amounts (month 1 first); a mapping
            ``{fiscal month: amount}`` is accepted, missing months being zero. A negative amount is a net
            withdrawal.
        interest_paid: loan interest the member paid during the year (the rebate basis), baht.
        missed_installment: whether the member missed any loan instalment during the year (ผิดนัดชำระ).
        member_type: :class:`MemberType`.
        work_units: work recorded in an occupational group (days, pieces...), for splits by work.
        left_month: the fiscal month in which the member left the group, if they did.
        transactions: the dated savings transactions behind ``monthly``, if known (needed by the daily
            method); build with :meth:`from_transactions`.
        fiscal_year_start: the first day of the fiscal year, when ``transactions`` are given.
        name: the member's name, for statements.
    """

    member_id: str = attrs.field(converter=_to_member_id)
    opening_balance: Decimal = attrs.field(converter=_to_opening_balance)
    monthly: tuple[Decimal, ...] = attrs.field(default=_ZEROS, converter=_monthly)
    interest_paid: Decimal = attrs.field(default=_ZERO, converter=_to_interest_paid)
    missed_installment: bool = attrs.field(default=False, converter=_to_missed_installment)
    member_type: MemberType = attrs.field(
        default=MemberType.ORDINARY,
        converter=_to_member_type,
    )
    work_units: Decimal = attrs.field(default=_ZERO, converter=_to_work_units)
    left_month: int | None = attrs.field(default=None, converter=_left_month)
    transactions: tuple[tuple[date, Decimal], ...] | None = attrs.field(default=None, converter=_transactions)
    fiscal_year_start: date | None = attrs.field(default=None, converter=_check_year_start)
    name: str = ""

    @in_decimal_context
    def __attrs_post_init__(self) -> None:
        balance = self.opening_balance
        for month, amount in enumerate(self.monthly, start=1):
            balance += amount
            if balance < 0:
                raise InvalidInputError(
                    th=f"สมาชิก {self.member_id}: ยอดเงินออมติดลบในเดือนที่ {month} ของปีบัญชี ({balance})",
                    en=f"member {self.member_id}: the savings balance goes below zero in fiscal month {month} "
                    f"({balance})",
                    field="monthly",
                    value=balance,
                )
        if self.transactions is not None:
            if self.fiscal_year_start is None:
                raise InvalidInputError(
                    th="รายการที่มีวันที่ต้องระบุวันเริ่มปีบัญชี (fiscal_year_start)",
                    en="dated transactions need the fiscal year's first day (fiscal_year_start)",
                    field="fiscal_year_start",
                )
            derived = list(_ZEROS)
            for day, amount in self.transactions:
                derived[_fiscal_month(day, self.fiscal_year_start) - 1] += amount
            if tuple(derived) != self.monthly:
                raise InvalidInputError(
                    th=f"สมาชิก {self.member_id}: ยอดรายเดือนไม่ตรงกับรายการที่มีวันที่",
                    en=f"member {self.member_id}: the monthly amounts do not match the dated transactions",
                    field="monthly",
                )

    @property
    @in_decimal_context
    def closing_balance(self) -> Decimal:
        """Savings at the end of the fiscal year: B0 + Σ c_m."""
        return self.opening_balance + sum(self.monthly, _ZERO)

    @property
    @in_decimal_context
    def saved_in_year(self) -> Decimal:
        """Net savings paid in during the year: Σ c_m."""
        return sum(self.monthly, _ZERO)

    @property
    def has_withdrawals(self) -> bool:
        """True when some fiscal month has a net withdrawal."""
        return any(amount < 0 for amount in self.monthly)

    @classmethod
    @in_decimal_context
    def from_transactions(
        cls,
        member_id: str,
        *,
        opening_balance: MoneyLike,
        transactions: Iterable[tuple[DateLike, MoneyLike]],
        fiscal_year_start: DateLike,
        **other: Any,
    ) -> MemberYear:
        """Build a member year from dated savings transactions; the monthly amounts are derived from them.

        Args:
            member_id: the member's id.
            opening_balance: savings brought into the year.
            transactions: ``(date, amount)`` pairs inside the fiscal year; negative amounts are withdrawals.
            fiscal_year_start: the first day of the fiscal year (the 1st of the group's fiscal start month).
            **other: any other field of :class:`MemberYear` (``interest_paid``, ``member_type``...).

        >>> from datetime import date
        >>> m = MemberYear.from_transactions(
        ...     "A01", opening_balance=0, transactions=[(date(2024, 10, 5), 100), (date(2025, 1, 5), 50)],
        ...     fiscal_year_start=date(2024, 10, 1))
        >>> m.monthly[0], m.monthly[3]
        (Decimal('100'), Decimal('50'))
        """
        start = _checks.year_start(fiscal_year_start)
        pairs = _transactions(transactions) or ()
        derived = list(_ZEROS)
        for day, amount in pairs:
            derived[_fiscal_month(day, start) - 1] += amount
        return cls(
            member_id=member_id,
            opening_balance=opening_balance,
            monthly=tuple(derived),
            transactions=pairs,
            fiscal_year_start=start,
            **other,
        )

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> tuple[MemberYear, ...]:
        """Member years from a register's rows as mappings (``csv.DictReader``, ``DataFrame.to_dict("records")``):
        English or Thai headers, Thai or Arabic digits, Thai member-type names; see
        :mod:`chumchon.savings.member_rows`.

        >>> MemberYear.from_rows([{"รหัสสมาชิก": "A01", "ยอดยกมา": "๕๐๐", "ประเภท": "สมทบ"}])[0].member_type
        <MemberType.ASSOCIATE: 'associate'>
        """
        from chumchon.savings.member_rows import member_years_from_rows

        return member_years_from_rows(rows)

    @classmethod
    def from_csv_rows(cls, rows: Iterable[Sequence[object]]) -> tuple[MemberYear, ...]:
        """Member years from lists of cells (``csv.reader``), the header row first; see
        :mod:`chumchon.savings.member_rows`."""
        from chumchon.savings.member_rows import member_years_from_csv_rows

        return member_years_from_csv_rows(rows)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MemberYear:
        """Build from a mapping (a CSV row, JSON object); unknown keys are refused.

        ``member_type`` may be given by value (``"ordinary"``); ``monthly`` as 12 amounts or a mapping whose keys
        may be month numbers as text (``{"1": 100}``).

        >>> MemberYear.from_mapping({"member_id": "A01", "opening_balance": "500", "monthly": {"3": "100"}}).monthly[2]
        Decimal('100')
        """
        fields = _checks.mapping_fields(data, cls, "MemberYear")
        monthly = fields.get("monthly")
        if isinstance(monthly, Mapping):
            fields["monthly"] = {_month_key(k): v for k, v in monthly.items()}
        return cls(**fields)


def _month_key(key: object) -> object:
    if isinstance(key, str) and key.strip().isdecimal():
        return int(key)
    return key
