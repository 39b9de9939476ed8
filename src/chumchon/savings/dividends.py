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

from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal

from chumchon import _checks as checks
from chumchon._checks import MoneyLike, RateLike
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import SATANG, Rounding, in_decimal_context
from chumchon.savings._distribution import (
    REASON_DEFAULT as REASON_DEFAULT,
)
from chumchon.savings._distribution import (
    REASON_LEFT as REASON_LEFT,
)
from chumchon.savings._distribution import (
    REASON_TYPE as REASON_TYPE,
)
from chumchon.savings._distribution import (
    DividendLine as DividendLine,
)
from chumchon.savings._distribution import (
    DividendResult as DividendResult,
)
from chumchon.savings._distribution import (
    RebateLine as RebateLine,
)
from chumchon.savings._distribution import (
    RebateResult as RebateResult,
)
from chumchon.savings._dividend_core import check_members, dividend_result, ineligibility, rebate_result
from chumchon.savings._weights import DividendBasis as DividendBasis
from chumchon.savings._weights import DividendMethod as DividendMethod
from chumchon.savings._weights import weight
from chumchon.savings.members import MemberType, MemberYear

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
    return weight(member, checks.enum_member(DividendMethod, method, "method"))


def _check_rate_or_pool(rate: object, pool: object, *, yearly: bool) -> tuple[Decimal | None, Decimal | None]:
    rate = None if checks.plain_scalar(rate) is None else rate  # pandas' NA is no rate, as None is
    pool = None if checks.plain_scalar(pool) is None else pool
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
    checked = (
        checks.optional(checks.rate, rate, "rate", annual=True)
        if yearly
        else checks.optional(checks.rate, rate, "rate")
    )
    return checked, checks.optional(checks.money, pool, "pool")


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
    return frozenset(checks.enum_member(MemberType, x, "eligible_types") for x in value)


@in_decimal_context
def calculate_dividends(
    members: Iterable[MemberYear],
    *,
    method: DividendMethod | None = None,
    rate: RateLike | None = None,
    pool: MoneyLike | None = None,
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
    rows = check_members(members)
    rate_d, pool_d = _check_rate_or_pool(rate, pool, yearly=True)
    rounding = _check_rounding(rounding)
    basis = checks.enum_member(DividendBasis, basis, "basis")
    allow_withdrawals = checks.flag(allow_withdrawals, "allow_withdrawals")
    exclude_leavers = checks.flag(exclude_leavers, "exclude_leavers")
    eligible_types = _check_types(eligible_types)
    if basis is DividendBasis.SAVINGS:
        method = checks.enum_member(DividendMethod, method, "method")
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
            weights.append(weight(m, method))
        reasons.append(ineligibility(m, eligible_types, exclude_leavers))
    return dividend_result(
        rows, weights, reasons, method=method, basis=basis, rate=rate_d, pool=pool_d, rounding=rounding
    )


@in_decimal_context
def calculate_rebates(
    members: Iterable[MemberYear],
    *,
    rate: RateLike | None = None,
    pool: MoneyLike | None = None,
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
    rows = check_members(members)
    rate_d, pool_d = _check_rate_or_pool(rate, pool, yearly=False)
    rounding = _check_rounding(rounding)
    exclude_defaulters = checks.flag(exclude_defaulters, "exclude_defaulters")
    exclude_leavers = checks.flag(exclude_leavers, "exclude_leavers")
    eligible_types = _check_types(eligible_types)
    reasons: list[Message | None] = []
    for m in rows:
        reason = ineligibility(m, eligible_types, exclude_leavers)
        if reason is None and exclude_defaulters and m.missed_installment:
            reason = REASON_DEFAULT
        reasons.append(reason)
    return rebate_result(
        rows, reasons, rate=rate_d, pool=pool_d, rounding=rounding, exclude_defaulters=exclude_defaulters
    )
