"""The results of a dividend or rebate split (internal): one line per member and the whole distribution.

Re-exported by :mod:`chumchon.savings.dividends`, where they are documented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message, check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, in_decimal_context
from chumchon.savings import _checks
from chumchon.savings._weights import DividendBasis, DividendMethod
from chumchon.tables import Column, Table, Tabular

__all__ = [
    "REASON_DEFAULT",
    "REASON_LEFT",
    "REASON_TYPE",
    "DividendLine",
    "DividendResult",
    "RebateLine",
    "RebateResult",
]

_ZERO = Decimal(0)

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
        place = _checks.part_satang(line.amount for line in self.lines)
        if place is not None:
            line = self.lines[place]
            raise inconsistent(
                self,
                "lines",
                f"จำนวนเงินของสมาชิก {line.member_id} ต้องเป็นจำนวนเต็มสตางค์",
                f"the amount of member {line.member_id} must be whole satang",
                line.amount,
            )

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

        >>> from chumchon.savings import MemberYear, calculate_dividends
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
