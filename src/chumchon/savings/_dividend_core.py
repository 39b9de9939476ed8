"""The dividend and rebate split from checked inputs (internal), shared by
:func:`~chumchon.savings.calculate_dividends`, :func:`~chumchon.savings.calculate_rebates` and the annual close,
which calls it with the weights of its one pass over the members.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Collection, Iterable, Mapping
from decimal import Decimal

from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, Rounding, allocate
from chumchon.savings._distribution import (
    REASON_LEFT,
    REASON_TYPE,
    DividendLine,
    DividendResult,
    RebateLine,
    RebateResult,
)
from chumchon.savings._weights import DividendBasis, DividendMethod, same_day_count
from chumchon.savings.members import MONTHS_IN_YEAR, MemberType, MemberYear

__all__ = [
    "check_members",
    "dividend_amounts",
    "dividend_lines",
    "dividend_result",
    "ineligibility",
    "rebate_amounts",
    "rebate_lines",
    "rebate_result",
]

_ZERO = Decimal(0)
_TWELVE = Decimal(MONTHS_IN_YEAR)
_WEIGHT = operator.itemgetter(0)
_DIVISOR = operator.itemgetter(1)
_LARGEST_EXPONENT = 40  # to_decimal refuses amounts beyond 10^40


def check_members(members: Iterable[MemberYear]) -> tuple[MemberYear, ...]:
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


def ineligibility(
    member: MemberYear, eligible_types: Collection[MemberType] | None, exclude_leavers: bool
) -> Message | None:
    if eligible_types is not None and member.member_type not in eligible_types:
        return REASON_TYPE
    if exclude_leavers and member.left_month is not None:
        return REASON_LEFT
    return None


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


def _at_rate(
    raw: Callable[[], Iterable[Decimal]],
    each: Callable[[int], Decimal],
    reasons: list[Message | None],
    rounding: Rounding,
    zero: Decimal,
) -> list[Decimal]:
    """Every member's amount at a rate: ``raw()`` gives the unrounded amounts of all members in one pass, each
    rounded by one ``quantize`` when none is too big for it; otherwise (or for a rounding that is not a power of
    ten) member by member, ``each(i)`` the unrounded amount of member i, zero for an ineligible member, so a
    refusal names only what is paid."""
    quantum, mode = rounding.quantum, rounding.mode
    _sign, digits, exponent = quantum.as_tuple()
    if digits == (1,) and int(exponent) <= 0:
        amounts = list(raw())
        if not amounts or max(map(Decimal.adjusted, amounts)) <= _LARGEST_EXPONENT:
            quantize = functools.partial(
                Decimal.quantize, exp=quantum, rounding=mode, context=DECIMAL_CONTEXT
            )
            rounded = list(map(quantize, amounts))
            if any(r is not None for r in reasons):
                rounded = [zero if r is not None else a for a, r in zip(rounded, reasons, strict=True)]
            return rounded
    apply = _rounder(rounding)
    return [zero if r is not None else apply(each(i)) for i, r in enumerate(reasons)]


def dividend_amounts(
    weights: list[tuple[Decimal, int]],
    reasons: list[Message | None],
    *,
    method: DividendMethod | None,
    rate: Decimal | None,
    pool: Decimal | None,
    rounding: Rounding,
) -> tuple[list[tuple[Decimal, int]], list[Decimal], Decimal]:
    """Each member's dividend from checked inputs, each member's weight and ineligibility (``None`` when
    eligible), in the caller's (decorated) context: ``(weights, amounts, total)``, the weights on one day count
    for the daily method. The one computation behind :func:`calculate_dividends`, the annual close and the
    columnar batch close."""
    if method is DividendMethod.DAILY:
        weights = same_day_count(weights)
    amounts: list[Decimal]
    zero = rounding.apply(_ZERO)
    if rate is not None:
        divide = DECIMAL_CONTEXT.divide
        known = {1: Decimal(1), MONTHS_IN_YEAR: _TWELVE}

        def divisor(d: int) -> Decimal:
            return known.get(d) or Decimal(d)

        def raw() -> Iterable[Decimal]:
            products = map(operator.mul, map(_WEIGHT, weights), itertools.repeat(rate))
            return map(divide, products, map(divisor, map(_DIVISOR, weights)))

        def each(i: int) -> Decimal:
            w, d = weights[i]
            return divide(w * rate, divisor(d))

        amounts = _at_rate(raw, each, reasons, rounding, zero)
        return weights, amounts, sum(amounts, zero)
    assert pool is not None
    _check_pool_quantum(pool, rounding)
    # Weights with different divisors (daily, across leap years) are brought to one scale first.
    eligible = {i: w for i, ((w, _d), r) in enumerate(zip(weights, reasons, strict=True)) if r is None}
    what = Message("ผลงาน", "recorded work") if method is None else Message("เงินออม", "savings")
    return weights, _split(pool, eligible, len(weights), zero, rounding, what), pool


def _split(
    pool: Decimal, eligible: dict[int, Decimal], count: int, zero: Decimal, rounding: Rounding, what: Message
) -> list[Decimal]:
    """``pool`` split by the eligible members' weights (largest remainder); nothing to split when it is 0."""
    if pool == 0:
        return [zero] * count
    if not any(eligible.values()):
        raise _no_weights(what)
    split = allocate(pool, eligible, rounding)
    return [split.get(i, zero) for i in range(count)]


def rebate_amounts(
    interest: list[Decimal],
    reasons: list[Message | None],
    *,
    rate: Decimal | None,
    pool: Decimal | None,
    rounding: Rounding,
) -> tuple[list[Decimal], Decimal]:
    """Each member's rebate on the interest they paid, and the total (see :func:`dividend_amounts`)."""
    zero = rounding.apply(_ZERO)
    if rate is not None:
        amounts = _at_rate(
            lambda: map(operator.mul, interest, itertools.repeat(rate)),
            lambda i: interest[i] * rate,
            reasons,
            rounding,
            zero,
        )
        return amounts, sum(amounts, zero)
    assert pool is not None
    _check_pool_quantum(pool, rounding)
    eligible = {k: i for k, (i, r) in enumerate(zip(interest, reasons, strict=True)) if r is None}
    what = Message("ดอกเบี้ยที่ชำระ", "interest paid")
    return _split(pool, eligible, len(interest), zero, rounding, what), pool


def dividend_result(
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
    """:func:`dividend_amounts` with one :class:`DividendLine` per member."""
    weights, amounts, total = dividend_amounts(
        weights, reasons, method=method, rate=rate, pool=pool, rounding=rounding
    )
    lines = dividend_lines(rows, weights, amounts, reasons)
    return DividendResult(
        method=method, basis=basis, rate=rate, pool=pool, rounding=rounding, lines=lines, total=total
    )


def dividend_lines(
    rows: tuple[MemberYear, ...],
    weights: list[tuple[Decimal, int]],
    amounts: list[Decimal],
    reasons: list[Message | None],
) -> tuple[DividendLine, ...]:
    """One :class:`DividendLine` per member."""
    return tuple(
        DividendLine(member_id=m.member_id, weight=w, divisor=d, amount=a, eligible=r is None, reason=r)
        for m, (w, d), a, r in zip(rows, weights, amounts, reasons, strict=True)
    )


def rebate_lines(
    rows: tuple[MemberYear, ...], amounts: list[Decimal], reasons: list[Message | None]
) -> tuple[RebateLine, ...]:
    """One :class:`RebateLine` per member."""
    return tuple(
        RebateLine(
            member_id=m.member_id, interest_paid=m.interest_paid, amount=a, eligible=r is None, reason=r
        )
        for m, a, r in zip(rows, amounts, reasons, strict=True)
    )


def rebate_result(
    rows: tuple[MemberYear, ...],
    reasons: list[Message | None],
    *,
    rate: Decimal | None,
    pool: Decimal | None,
    rounding: Rounding,
    exclude_defaulters: bool,
) -> RebateResult:
    """:func:`rebate_amounts` with one :class:`RebateLine` per member."""
    amounts, total = rebate_amounts(
        [m.interest_paid for m in rows], reasons, rate=rate, pool=pool, rounding=rounding
    )
    lines = rebate_lines(rows, amounts, reasons)
    return RebateResult(
        rate=rate,
        pool=pool,
        exclude_defaulters=exclude_defaulters,
        rounding=rounding,
        lines=lines,
        total=total,
    )
