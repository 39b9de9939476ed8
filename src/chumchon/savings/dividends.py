"""Dividends and rebates of a savings group (เงินปันผลและเงินเฉลี่ยคืน).

A dividend (เงินปันผล) is paid on each member's savings, weighted by when the money was paid in; a rebate
(เงินเฉลี่ยคืน) is paid on the loan interest each member paid. Both are given either as a **rate** (each member's
amount is rounded by the rule and the total is what they add up to) or as a **pool** (the pool is split exactly
in proportion to the weights, by the largest-remainder method of :func:`chumchon.money.allocate`).

Dividend methods (:class:`DividendMethod`; r the yearly rate, B0 the balance brought in, c_m the net amount
paid in during fiscal month m, m = 1 the group's first fiscal month):

* ``YEAR_END_BALANCE``: r × (B0 + Σ c_m);
* ``OPENING_MONTH_AVERAGE``: r × (B0 + Σ c_m × (12 − m)/12): money earns from the month after it is paid in,
  the standard Thai cooperative method (the mean of the 12 start-of-month balances);
* ``CLOSING_MONTH_AVERAGE``: r × (B0 + Σ c_m × (13 − m)/12): money earns from the month it is paid in;
* ``DAILY``: r × Σ(balance × days)/days in the year, from dated transactions. **Day count:** the days in the
  fiscal year itself (365, or 366 when it contains 29 February); money counts from the day it is paid in, so a
  payment on day d (day 0 = the first day of the year) is weighted by (N − d) days of an N-day year.

Occupational groups (กลุ่มอาชีพ) split a pool by recorded work ("ทำมากได้มาก ทำน้อยได้น้อย ไม่ทำไม่ได้"):
``basis=DividendBasis.WORK_UNITS``.

Sources: the formulas and worked examples of chumchon's domain reference, section 5.2 (cooperative practice,
confirmed); which method a group uses is a bylaw setting, not law.

Worked example (opening-month average, B0 = 100,000, r = 5.70%, 1,000 baht every month):

>>> from chumchon.savings import MemberYear, DividendMethod, calculate_dividends, calculate_rebates
>>> m = MemberYear(member_id="A01", opening_balance=100_000, monthly=[1000] * 12, interest_paid=50_000)
>>> calculate_dividends([m], method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.057").by_member
{'A01': Decimal('6013.50')}
>>> calculate_rebates([m], rate="0.13").total
Decimal('6500.00')
>>> calculate_dividends([m], method=DividendMethod.DAILY, rate="0.057", pool=1000)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ให้ได้อย่างใดอย่างหนึ่ง: อัตรา (rate) หรือเงินที่จะแบ่ง (pool) ไม่ใช่ทั้งสองอย่าง / give either a rate or a pool, not both
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message, check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, allocate, in_decimal_context
from chumchon.savings import _checks
from chumchon.savings.members import MONTHS_IN_YEAR, MemberType, MemberYear
from chumchon.tables import Column, Table, Tabular

__all__ = [
    "DividendBasis",
    "DividendLine",
    "DividendMethod",
    "DividendResult",
    "RebateLine",
    "RebateResult",
    "calculate_dividends",
    "calculate_rebates",
    "weighted_balance",
]

_ZERO = Decimal(0)
_TWELVE = Decimal(MONTHS_IN_YEAR)
# Month weights: paid in fiscal month m, money counts for (12 - m) or (13 - m) of the 12 months.
_OPENING_WEIGHTS = tuple(Decimal(MONTHS_IN_YEAR - m) for m in range(1, MONTHS_IN_YEAR + 1))
_MULTIPLY = DECIMAL_CONTEXT.multiply
_LARGEST_EXPONENT = 40  # to_decimal refuses amounts beyond 10^40
_CLOSING_WEIGHTS = tuple(Decimal(MONTHS_IN_YEAR + 1 - m) for m in range(1, MONTHS_IN_YEAR + 1))


class DividendMethod(ParsableEnum):
    """How savings are weighted for the dividend (วิธีคิดเงินปันผล); see the module docstring."""

    YEAR_END_BALANCE = "year_end_balance"
    OPENING_MONTH_AVERAGE = "opening_month_average"
    CLOSING_MONTH_AVERAGE = "closing_month_average"
    DAILY = "daily"

    @property
    def label(self) -> Message:
        """The method's name in Thai and English."""
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    DividendMethod.YEAR_END_BALANCE: Message("ยอดเงินออมสิ้นปี", "year-end balance"),
    DividendMethod.OPENING_MONTH_AVERAGE: Message(
        "ถัวเฉลี่ยรายเดือน (นับจากเดือนถัดไป)", "monthly average (from the month after payment)"
    ),
    DividendMethod.CLOSING_MONTH_AVERAGE: Message(
        "ถัวเฉลี่ยรายเดือน (นับเดือนที่ฝาก)", "monthly average (from the month of payment)"
    ),
    DividendMethod.DAILY: Message("ถัวเฉลี่ยรายวัน", "daily balance"),
}


class DividendBasis(ParsableEnum):
    """What a dividend is paid on: savings (เงินออม) or recorded work (ผลงาน, occupational groups)."""

    SAVINGS = "savings"
    WORK_UNITS = "work_units"


@in_decimal_context
def weighted_balance(member: MemberYear, method: DividendMethod) -> tuple[Decimal, int]:
    """The member's weighted savings as an exact ``(weight, divisor)`` pair: weighted balance = weight/divisor.

    The divisor is 1 (year-end), 12 (monthly averages) or the days of the fiscal year (daily), so the weight is
    an exact sum (baht-months, baht-days) and splits by weight lose nothing.

    >>> m = MemberYear(member_id="A", opening_balance=0, monthly={1: 1000})
    >>> weighted_balance(m, DividendMethod.OPENING_MONTH_AVERAGE)
    (Decimal('11000'), 12)

    Raises:
        InvalidInputError: ``member`` is not a :class:`MemberYear`, an unknown method, the daily method for a
            member with payments but no dated transactions.
    """
    if not isinstance(member, MemberYear):
        raise InvalidInputError(
            th=f"member ต้องเป็น MemberYear ไม่ใช่ {member!r}",
            en=f"member must be a MemberYear, not {member!r}",
            field="member",
            value=member,
        )
    return _weight(member, _checks.enum_value(DividendMethod, method, "method"))


def _weight(member: MemberYear, method: DividendMethod) -> tuple[Decimal, int]:
    """:func:`weighted_balance` without the checks, in the caller's (decorated) context: the per-member loop."""
    b0 = member.opening_balance
    monthly = member.monthly
    if method is DividendMethod.OPENING_MONTH_AVERAGE:
        return b0 * _TWELVE + sum(map(_MULTIPLY, monthly, _OPENING_WEIGHTS), _ZERO), MONTHS_IN_YEAR
    if method is DividendMethod.CLOSING_MONTH_AVERAGE:
        return b0 * _TWELVE + sum(map(_MULTIPLY, monthly, _CLOSING_WEIGHTS), _ZERO), MONTHS_IN_YEAR
    if method is DividendMethod.YEAR_END_BALANCE:
        return b0 + sum(monthly, _ZERO), 1
    return _daily_weight(member)


def _daily_weight(member: MemberYear) -> tuple[Decimal, int]:
    start = member.fiscal_year_start
    if member.transactions is None or start is None:
        if any(member.monthly):
            raise InvalidInputError(
                th=f"สมาชิก {member.member_id}: วิธีถัวเฉลี่ยรายวันต้องมีรายการเงินออมพร้อมวันที่ "
                "(MemberYear.from_transactions)",
                en=f"member {member.member_id}: the daily method needs dated savings transactions "
                "(MemberYear.from_transactions)",
                field="transactions",
                value=member.member_id,
            )
        return member.opening_balance, 1
    end = start.replace(year=start.year + 1)
    days = (end - start).days
    weight = member.opening_balance * days
    for day, amount in member.transactions:
        weight += amount * (days - (day - start).days)
    return weight, days


def _same_day_count(weights: list[tuple[Decimal, int]]) -> list[tuple[Decimal, int]]:
    """Put every daily weight on the year's day count, so pool splits compare like with like."""
    counts = {d for _w, d in weights if d != 1}
    if len(counts) > 1:
        raise InvalidInputError(
            th="สมาชิกมีรายการจากปีบัญชีต่างกัน (จำนวนวันในปีไม่เท่ากัน)",
            en="the members' transactions come from different fiscal years (different day counts)",
            field="fiscal_year_start",
        )
    if not counts:
        return weights
    days = counts.pop()
    return [(w * days, days) if d == 1 else (w, d) for w, d in weights]


def _check_rate_or_pool(rate: object, pool: object, *, yearly: bool) -> tuple[Decimal | None, Decimal | None]:
    if rate is not None and pool is not None:
        raise InvalidInputError(
            th="ให้ได้อย่างใดอย่างหนึ่ง: อัตรา (rate) หรือเงินที่จะแบ่ง (pool) ไม่ใช่ทั้งสองอย่าง",
            en="give either a rate or a pool, not both",
            field="pool",
            value=pool,
        )
    if rate is None and pool is None:
        raise InvalidInputError(
            th="ต้องให้อัตรา (rate) หรือเงินที่จะแบ่ง (pool) อย่างใดอย่างหนึ่ง",
            en="give a rate or a pool",
            field="rate",
        )
    # A dividend rate is yearly (a percentage typed in its place is refused); a rebate rate is a share of interest.
    checked = _checks.optional_annual_rate(rate, "rate") if yearly else _checks.optional_rate(rate, "rate")
    return checked, _checks.optional_money(pool, "pool")


def _check_rounding(rounding: object) -> Rounding:
    if not isinstance(rounding, Rounding):
        raise InvalidInputError(
            th=f"rounding ต้องเป็นกฎการปัดเศษ (chumchon.money.Rounding) ไม่ใช่ {rounding!r}",
            en=f"rounding must be a chumchon.money.Rounding, not {rounding!r}",
            field="rounding",
            value=rounding,
        )
    return rounding


def _check_types(value: object) -> frozenset[MemberType] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidInputError(
            th=f"eligible_types ต้องเป็นชุดของประเภทสมาชิก (MemberType) หรือ None ไม่ใช่ {value!r}",
            en=f"eligible_types must be a collection of MemberType or None, not {value!r}",
            field="eligible_types",
            value=value,
        )
    return frozenset(_checks.enum_value(MemberType, x, "eligible_types") for x in value)


def _check_members(members: Iterable[MemberYear]) -> tuple[MemberYear, ...]:
    if isinstance(members, (str, bytes, Mapping)) or not isinstance(members, Iterable):
        raise InvalidInputError(
            th="members ต้องเป็นลำดับของ MemberYear",
            en="members must be a sequence of MemberYear",
            field="members",
        )
    result = tuple(members)
    seen: set[str] = set()
    for m in result:
        if not isinstance(m, MemberYear):
            raise InvalidInputError(
                th=f"สมาชิกแต่ละรายต้องเป็น MemberYear ไม่ใช่ {type(m).__name__}",
                en=f"each member must be a MemberYear, not {type(m).__name__}",
                field="members",
                value=m,
            )
        if m.member_id in seen:
            raise InvalidInputError(
                th=f"รหัสสมาชิก {m.member_id} ซ้ำ",
                en=f"member id {m.member_id} appears twice",
                field="member_id",
            )
        seen.add(m.member_id)
    return result


def _check_pool_quantum(pool: Decimal, rounding: Rounding) -> None:
    if not rounding.is_multiple(pool):
        raise InvalidInputError(
            th=f"เงินที่จะแบ่ง {pool} ไม่ใช่พหุคูณของ {rounding.quantum} จึงแบ่งตามกฎ {rounding.name} ให้ลงตัวไม่ได้",
            en=f"the pool {pool} is not a multiple of {rounding.quantum}, so it cannot be split under {rounding}",
            field="pool",
            value=pool,
        )


def _no_weights(what: Message) -> InvalidInputError:
    return InvalidInputError(
        th=f"ไม่มีสมาชิกที่มีสิทธิ์และมี{what.th} จึงแบ่งเงินตามสัดส่วนไม่ได้",
        en=f"no eligible member has any {what.en}, so there is no proportion to split the pool by",
        field="pool",
    )


REASON_TYPE = Message("ประเภทสมาชิกนี้ไม่มีสิทธิ์รับ", "this member type has no right to it")
REASON_LEFT = Message("ลาออกระหว่างปี ระเบียบไม่ให้รับ", "left during the year; the bylaws give none")
REASON_DEFAULT = Message("ผิดนัดชำระเงินกู้ในปีนี้", "missed a loan instalment this year")


@attrs.frozen(kw_only=True)
class DividendLine:
    """One member's dividend: the weight behind it, the amount, and why it is zero when it is.

    Attributes:
        member_id: the member.
        weight: the exact weighted sum (baht, baht-months or baht-days; see :func:`weighted_balance`).
        divisor: what the weight is divided by to give the weighted balance.
        amount: the dividend, baht.
        eligible: whether the member may receive it.
        reason: why not, when ``eligible`` is false.
    """

    member_id: str
    weight: Decimal
    divisor: int
    amount: Decimal
    eligible: bool = True
    reason: Message | None = None

    @property
    def weighted_balance(self) -> Decimal:
        """The weighted balance (weight ÷ divisor), shown to the satang (display only; splits use the weight)."""
        return SATANG.apply(DECIMAL_CONTEXT.divide(self.weight, Decimal(self.divisor)))


@attrs.frozen(kw_only=True)
class RebateLine:
    """One member's rebate: the interest paid, the amount, and why it is zero when it is."""

    member_id: str
    interest_paid: Decimal
    amount: Decimal
    eligible: bool = True
    reason: Message | None = None


class _Distribution(Tabular):
    __slots__ = ()
    lines: tuple[Any, ...]
    total: Decimal

    @in_decimal_context
    def _check_consistency(self) -> None:
        if sum((line.amount for line in self.lines), _ZERO) != self.total:
            raise inconsistent(
                self,
                "total",
                "ยอดรวมต้องเท่ากับผลรวมของทุกรายการ",
                "the total must be the sum of the lines",
                self.total,
            )
        ids = [line.member_id for line in self.lines]
        if len(set(ids)) != len(ids):
            raise inconsistent(self, "lines", "รหัสสมาชิกต้องไม่ซ้ำ", "member ids must be unique", ids)

    @property
    def by_member(self) -> dict[str, Decimal]:
        """Each member's amount, by member id (in the order given)."""
        return {line.member_id: line.amount for line in self.lines}

    def line(self, member_id: str) -> Any:
        """The line of ``member_id``.

        Raises:
            InvalidInputError: no such member.
        """
        for line in self.lines:
            if line.member_id == member_id:
                return line
        raise InvalidInputError(
            th=f"ไม่มีสมาชิกรหัส {member_id}",
            en=f"no member with id {member_id}",
            field="member_id",
            value=member_id,
        )


@attrs.frozen(kw_only=True, repr=False)
class DividendResult(_Distribution, ResultMappable):
    """Every member's dividend, with the method, the rate or pool, and the weights behind each amount.

    Attributes:
        method: the weighting method (``None`` for a split by work units).
        basis: savings or work units.
        rate: the yearly rate, when paid at a rate.
        pool: the amount split, when a pool was given.
        rounding: the rounding rule of each amount.
        lines: one :class:`DividendLine` per member, in the order given.
        total: the sum of the amounts (equal to the pool when a pool was given).
    """

    method: DividendMethod | None
    basis: DividendBasis
    rate: Decimal | None
    pool: Decimal | None
    rounding: Rounding
    lines: tuple[DividendLine, ...]
    total: Decimal

    @in_decimal_context
    def explain(self, member_id: str, language: str = "th") -> str:
        """The steps behind one member's dividend, as text.

        >>> m = MemberYear(member_id="A", opening_balance=0, monthly={1: 1000})
        >>> print(calculate_dividends([m], method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.065")
        ...       .explain("A", "en"))
        A: weight 11,000.00 ÷ 12 = weighted balance 916.67; 11,000.00 × 6.50% ÷ 12 = 59.58 (satang: 0.01 half_up)
        """
        line: DividendLine = self.line(member_id)
        en = check_language(language) == "en"
        if not line.eligible:
            reason = line.reason.get(language) if line.reason else ""
            return f"{member_id}: 0 ({reason})"
        head = (
            f"{member_id}: {'weight' if en else 'ยอดถ่วงน้ำหนัก'} {line.weight:,.2f} ÷ {line.divisor} = "
            f"{'weighted balance' if en else 'ยอดเงินออมเฉลี่ย'} {line.weighted_balance:,.2f}; "
        )
        if self.rate is not None:
            return (
                head
                + f"{line.weight:,.2f} × {SATANG.apply(self.rate * 100)}% ÷ {line.divisor} = {line.amount:,.2f} "
                f"({self.rounding})"
            )
        weights = sum((x.weight for x in self.lines if x.eligible), _ZERO)
        share = "share of the pool" if en else "ส่วนแบ่งจากเงิน"
        return head + f"{share} {self.pool:,.2f} × {line.weight:,.2f} / {weights:,.2f} = {line.amount:,.2f}"

    def to_table(self) -> Table:
        """One row per member: id, weighted balance, eligibility and dividend."""
        return _checks.table(
            columns=(
                Column("member_id", "รหัสสมาชิก", "Member"),
                Column("weighted_balance", "ยอดเงินออมเฉลี่ย", "Weighted balance", "money"),
                Column("eligible", "มีสิทธิ์", "Eligible", "bool"),
                Column("dividend", "เงินปันผล", "Dividend", "money"),
            ),
            rows=[(x.member_id, x.weighted_balance, x.eligible, x.amount) for x in self.lines],
            title=Message("เงินปันผล", "Dividends"),
        )

    def __repr__(self) -> str:
        how = f"rate={self.rate}" if self.rate is not None else f"pool={self.pool}"
        method = self.method.value if self.method else self.basis.value
        return f"<DividendResult {method} {how}: {len(self.lines)} members, total {self.total}>"


@attrs.frozen(kw_only=True, repr=False)
class RebateResult(_Distribution, ResultMappable):
    """Every member's rebate on the loan interest paid (เงินเฉลี่ยคืน).

    Attributes:
        rate: the rebate rate on interest paid, when paid at a rate.
        pool: the amount split, when a pool was given.
        exclude_defaulters: whether members who missed an instalment were excluded.
        rounding: the rounding rule of each amount.
        lines: one :class:`RebateLine` per member.
        total: the sum of the amounts.
    """

    rate: Decimal | None
    pool: Decimal | None
    exclude_defaulters: bool
    rounding: Rounding
    lines: tuple[RebateLine, ...]
    total: Decimal

    def to_table(self) -> Table:
        """One row per member: id, interest paid, eligibility and rebate."""
        return _checks.table(
            columns=(
                Column("member_id", "รหัสสมาชิก", "Member"),
                Column("interest_paid", "ดอกเบี้ยที่ชำระ", "Interest paid", "money"),
                Column("eligible", "มีสิทธิ์", "Eligible", "bool"),
                Column("rebate", "เงินเฉลี่ยคืน", "Rebate", "money"),
            ),
            rows=[(x.member_id, x.interest_paid, x.eligible, x.amount) for x in self.lines],
            title=Message("เงินเฉลี่ยคืน", "Rebates"),
        )

    def __repr__(self) -> str:
        how = f"rate={self.rate}" if self.rate is not None else f"pool={self.pool}"
        return f"<RebateResult {how}: {len(self.lines)} members, total {self.total}>"


def _ineligibility(
    member: MemberYear, eligible_types: Collection[MemberType] | None, exclude_leavers: bool
) -> Message | None:
    if eligible_types is not None and member.member_type not in eligible_types:
        return REASON_TYPE
    if exclude_leavers and member.left_month is not None:
        return REASON_LEFT
    return None


@in_decimal_context
def calculate_dividends(
    members: Iterable[MemberYear],
    *,
    method: DividendMethod | None = None,
    rate: object = None,
    pool: object = None,
    rounding: Rounding = SATANG,
    basis: DividendBasis = DividendBasis.SAVINGS,
    allow_withdrawals: bool = False,
    eligible_types: Collection[MemberType] | None = None,
    exclude_leavers: bool = False,
) -> DividendResult:
    """Each member's dividend (เงินปันผล) at a yearly ``rate`` or as a share of a ``pool``.

    Args:
        members: the members' years; ids must be unique.
        method: the weighting method (required for ``basis=SAVINGS``).
        rate: the yearly dividend rate as a fraction (0.057 for 5.7%); each member's amount is rounded by
            ``rounding`` and the total is their sum.
        pool: an amount to split exactly in proportion to the weighted balances (largest remainder).
        rounding: the rounding rule (:data:`~chumchon.money.SATANG` by default).
        basis: savings, or the work units recorded in an occupational group (pool only).
        allow_withdrawals: whether the bylaws let members take savings out during the year.
        eligible_types: member types with a right to a dividend (``None``: every type).
        exclude_leavers: give nothing to members who left during the year.

    Raises:
        InvalidInputError: both or neither of ``rate`` and ``pool``; a missing method; a rate with the
            work-unit basis; a withdrawal where none is allowed; a pool with nobody to split it among;
            duplicate member ids.

    >>> one = MemberYear(member_id="B", opening_balance=0, monthly={1: 1000})
    >>> calculate_dividends([one], method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.065").total
    Decimal('59.58')
    """
    rows = _check_members(members)
    rate_d, pool_d = _check_rate_or_pool(rate, pool, yearly=True)
    rounding = _check_rounding(rounding)
    basis = _checks.enum_value(DividendBasis, basis, "basis")
    allow_withdrawals = _checks.flag(allow_withdrawals, "allow_withdrawals")
    exclude_leavers = _checks.flag(exclude_leavers, "exclude_leavers")
    eligible_types = _check_types(eligible_types)
    if basis is DividendBasis.SAVINGS:
        method = _checks.enum_value(DividendMethod, method, "method")
    elif rate_d is not None:
        raise InvalidInputError(
            th="การแบ่งตามผลงาน (work units) ใช้ได้เฉพาะการแบ่งเงินก้อน (pool) ไม่ใช่อัตรา",
            en="a split by work units needs a pool, not a rate",
            field="rate",
            value=rate,
        )
    else:
        method = None
    if not allow_withdrawals:
        for m in rows:
            if m.has_withdrawals:
                raise InvalidInputError(
                    th=f"สมาชิก {m.member_id} ถอนเงินออมระหว่างปี แต่ระเบียบไม่ให้ถอน",
                    en=f"member {m.member_id} has a net withdrawal but the bylaws allow none",
                    field="monthly",
                    value=m.member_id,
                )
    weights: list[tuple[Decimal, int]] = []
    reasons: list[Message | None] = []
    for m in rows:
        if method is None:
            weights.append((m.work_units, 1))
        else:
            weights.append(_weight(m, method))
        reasons.append(_ineligibility(m, eligible_types, exclude_leavers))
    return _dividend_result(
        rows, weights, reasons, method=method, basis=basis, rate=rate_d, pool=pool_d, rounding=rounding
    )


def _rounder(rounding: Rounding) -> Callable[[Decimal], Decimal]:
    """``rounding.apply`` for the amounts computed here (finite, never negative zero): one ``quantize`` for a
    power-of-ten quantum, skipping the per-amount input conversion; anything else goes through ``apply``."""
    quantum, mode, apply = rounding.quantum, rounding.mode, rounding.apply
    _sign, digits, exponent = quantum.as_tuple()
    if digits != (1,) or int(exponent) > 0:
        return apply

    def quantize(amount: Decimal) -> Decimal:
        if amount.adjusted() > _LARGEST_EXPONENT:
            return apply(amount)  # refused there, with its message
        return amount.quantize(quantum, rounding=mode, context=DECIMAL_CONTEXT)

    return quantize


def _dividend_result(
    rows: tuple[MemberYear, ...],
    weights: list[tuple[Decimal, int]],
    reasons: list[Message | None],
    *,
    method: DividendMethod | None,
    basis: DividendBasis,
    rate: Decimal | None,
    pool: Decimal | None,
    rounding: Rounding,
) -> DividendResult:
    """The amounts and lines of :func:`calculate_dividends` from checked inputs, each member's weight and
    ineligibility (``None`` when eligible), in the caller's (decorated) context; the annual close calls it
    directly with the weights of its one pass over the members."""
    if method is DividendMethod.DAILY:
        weights = _same_day_count(weights)
    amounts: list[Decimal]
    zero = rounding.apply(_ZERO)
    if rate is not None:
        apply = _rounder(rounding)
        divide = DECIMAL_CONTEXT.divide
        divisors = {1: Decimal(1), MONTHS_IN_YEAR: _TWELVE}
        amounts = [
            zero if r is not None else apply(divide(w * rate, divisors.get(d) or Decimal(d)))
            for (w, d), r in zip(weights, reasons, strict=True)
        ]
        total = sum(amounts, zero)
    else:
        assert pool is not None
        _check_pool_quantum(pool, rounding)
        # Weights with different divisors (daily, across leap years) are brought to one scale first.
        eligible = {i: w for i, ((w, _d), r) in enumerate(zip(weights, reasons, strict=True)) if r is None}
        if pool == 0:
            amounts = [zero] * len(rows)
        elif not any(eligible.values()):
            raise _no_weights(
                Message("ผลงาน", "recorded work") if method is None else Message("เงินออม", "savings")
            )
        else:
            split = allocate(pool, eligible, rounding)
            amounts = [split.get(i, zero) for i in range(len(rows))]
        total = pool
    lines = tuple(
        DividendLine(member_id=m.member_id, weight=w, divisor=d, amount=a, eligible=r is None, reason=r)
        for m, (w, d), a, r in zip(rows, weights, amounts, reasons, strict=True)
    )
    return DividendResult(
        method=method, basis=basis, rate=rate, pool=pool, rounding=rounding, lines=lines, total=total
    )


@in_decimal_context
def calculate_rebates(
    members: Iterable[MemberYear],
    *,
    rate: object = None,
    pool: object = None,
    exclude_defaulters: bool = True,
    rounding: Rounding = SATANG,
    eligible_types: Collection[MemberType] | None = None,
    exclude_leavers: bool = False,
) -> RebateResult:
    """Each member's rebate (เงินเฉลี่ยคืน) on the loan interest paid, at a ``rate`` or from a ``pool``.

    Args:
        members: the members' years.
        rate: the rebate rate on interest paid (0.13 for 13%).
        pool: an amount to split exactly in proportion to interest paid.
        exclude_defaulters: give nothing to a member who missed any instalment this year (a bylaw switch).
        rounding: the rounding rule.
        eligible_types: member types with a right to a rebate (``None``: every type).
        exclude_leavers: give nothing to members who left during the year.

    Raises:
        InvalidInputError: both or neither of ``rate`` and ``pool``; a pool with nobody to split it among.

    >>> late = MemberYear(member_id="C", opening_balance=0, interest_paid=1000, missed_installment=True)
    >>> calculate_rebates([late], rate="0.13").total, calculate_rebates([late], rate="0.13", exclude_defaulters=False).total
    (Decimal('0.00'), Decimal('130.00'))
    """
    rows = _check_members(members)
    rate_d, pool_d = _check_rate_or_pool(rate, pool, yearly=False)
    rounding = _check_rounding(rounding)
    exclude_defaulters = _checks.flag(exclude_defaulters, "exclude_defaulters")
    exclude_leavers = _checks.flag(exclude_leavers, "exclude_leavers")
    eligible_types = _check_types(eligible_types)
    reasons: list[Message | None] = []
    for m in rows:
        reason = _ineligibility(m, eligible_types, exclude_leavers)
        if reason is None and exclude_defaulters and m.missed_installment:
            reason = REASON_DEFAULT
        reasons.append(reason)
    return _rebate_result(
        rows, reasons, rate=rate_d, pool=pool_d, rounding=rounding, exclude_defaulters=exclude_defaulters
    )


def _rebate_result(
    rows: tuple[MemberYear, ...],
    reasons: list[Message | None],
    *,
    rate: Decimal | None,
    pool: Decimal | None,
    rounding: Rounding,
    exclude_defaulters: bool,
) -> RebateResult:
    """The amounts and lines of :func:`calculate_rebates` from checked inputs and each member's
    ineligibility, in the caller's (decorated) context (see :func:`_dividend_result`)."""
    zero = rounding.apply(_ZERO)
    if rate is not None:
        apply = _rounder(rounding)
        amounts = [
            zero if r is not None else apply(m.interest_paid * rate)
            for m, r in zip(rows, reasons, strict=True)
        ]
        total = sum(amounts, zero)
    else:
        assert pool is not None
        _check_pool_quantum(pool, rounding)
        eligible = {
            i: m.interest_paid for i, (m, r) in enumerate(zip(rows, reasons, strict=True)) if r is None
        }
        if pool == 0:
            amounts = [zero] * len(rows)
        elif not any(eligible.values()):
            raise _no_weights(Message("ดอกเบี้ยที่ชำระ", "interest paid"))
        else:
            split = allocate(pool, eligible, rounding)
            amounts = [split.get(i, zero) for i in range(len(rows))]
        total = pool
    lines = tuple(
        RebateLine(
            member_id=m.member_id, interest_paid=m.interest_paid, amount=a, eligible=r is None, reason=r
        )
        for m, a, r in zip(rows, amounts, reasons, strict=True)
    )
    return RebateResult(
        rate=rate,
        pool=pool,
        exclude_defaulters=exclude_defaulters,
        rounding=rounding,
        lines=lines,
        total=total,
    )
