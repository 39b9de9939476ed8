"""Schedules of the caller's own dated principal amounts (ตารางผ่อนชำระตามวันที่กำหนดเอง), e.g. the uneven
instalments of a กข.คจ. contract: :func:`build_custom_schedule`."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from chumchon._checks import DateLike, MoneyLike, RateLike, date_value, money, rate, sequence
from chumchon.errors import InvalidInputError
from chumchon.loans._terms_fields import to_interest_rounding
from chumchon.loans._util import thai_date
from chumchon.loans.dates import AccrualBasis, to_accrual, year_fraction
from chumchon.loans.schedule_model import Installment, Schedule
from chumchon.money import SATANG, Rounding, in_decimal_context

__all__ = ["build_custom_schedule"]

_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")


@in_decimal_context
def build_custom_schedule(
    principal: MoneyLike,
    disbursed_on: DateLike,
    installments: Iterable[tuple[DateLike, MoneyLike]],
    *,
    annual_rate: RateLike = 0,
    accrual: AccrualBasis | str = AccrualBasis.ACTUAL_365,
    interest_rounding: Rounding | str = SATANG,
) -> Schedule:
    """A schedule of the caller's own dated principal amounts (e.g. a กข.คจ. contract's uneven instalments).

    Interest, when ``annual_rate`` is not zero, is charged on the declining balance by days
    (actual/365 by default, or 30/360), rounded by ``interest_rounding``; by default the loan is interest-free.

    Args:
        principal: the amount lent.
        disbursed_on: the disbursement date.
        installments: ``(due_date, principal_amount)`` pairs in date order.
        annual_rate: the yearly rate as a fraction (0 by default).
        accrual: ``ACTUAL_365`` or ``THIRTY_360`` (a member or its name, e.g. ``"thirty_360"``); per-period
            accrual needs regular periods.
        interest_rounding: the rounding of each period's interest (a :class:`~chumchon.money.Rounding` or its
            name, e.g. ``"satang"``).

    Raises:
        InvalidInputError: no instalments or not an iterable of pairs; dates not strictly increasing or not
            after disbursement; an amount that is not positive or not in whole satang; amounts that do not add
            up to the principal; an unknown accrual or rounding.

    >>> from datetime import date
    >>> s = build_custom_schedule(20000, date(2026, 1, 10), [(date(2026, 6, 30), 5000), (date(2026, 12, 30), 15000)])
    >>> [(i.due_date.isoformat(), i.payment, i.balance) for i in s.installments]
    [('2026-06-30', Decimal('5000.00'), Decimal('15000.00')), ('2026-12-30', Decimal('15000.00'), Decimal('0.00'))]
    >>> build_custom_schedule(20000, date(2026, 1, 10), [(date(2026, 6, 30), 5000)])
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: งวดต่าง ๆ รวมเป็นเงินต้น 5000.00 ไม่เท่ากับเงินต้นทั้งหมด 20000.00 / the instalments add up to 5000.00 of principal, not the loan's 20000.00
    """
    amount = money(principal, "principal", positive=True, whole_satang=True)
    start = date_value(disbursed_on, "disbursed_on")
    rate_per_year = rate(annual_rate, "annual_rate")
    accrual = to_accrual(accrual)
    rounding = to_interest_rounding(interest_rounding)
    if accrual is AccrualBasis.PER_PERIOD:
        raise InvalidInputError(
            th="ตารางที่กำหนดวันเองต้องคิดดอกเบี้ยตามจำนวนวัน (actual_365 หรือ thirty_360)",
            en="a custom schedule accrues interest by days (actual_365 or thirty_360), not per period",
            field="accrual",
            value=accrual,
        )
    pairs = sequence(
        installments,
        "installments",
        what_th="คู่ (วันครบกำหนด, เงินต้น) เช่น [(date(2026, 6, 30), 5000)]",
        what_en="(due_date, principal_amount) pairs, e.g. [(date(2026, 6, 30), 5000)]",
    )
    if not pairs:
        raise InvalidInputError(
            th="ต้องมีงวดอย่างน้อยหนึ่งงวด", en="at least one instalment is needed", field="installments"
        )
    dates: list[date] = []
    parts: list[Decimal] = []
    previous = start
    for index, pair in enumerate(pairs, start=1):
        try:
            raw_date, raw_amount = pair
        except (TypeError, ValueError):
            raise InvalidInputError(
                th=f"งวดที่ {index} ต้องเป็นคู่ (วันครบกำหนด, เงินต้น)",
                en=f"instalment {index} must be a (due_date, principal_amount) pair, not {pair!r}",
                field="installments",
                value=pair,
            ) from None
        due = date_value(raw_date, f"installments[{index}]")
        if due <= previous:
            raise InvalidInputError(
                th=f"วันครบกำหนดงวดที่ {index} ({thai_date(due)}) ต้องอยู่หลัง {thai_date(previous)} "
                "(หลังวันจ่ายเงินกู้และงวดก่อนหน้า)",
                en=f"the due date of instalment {index} ({due}) must be after {previous} "
                "(after disbursement and the previous instalment)",
                field="installments",
                value=due,
            )
        part = money(raw_amount, f"installments[{index}]", positive=True, whole_satang=True)
        dates.append(due)
        parts.append(part)
        previous = due
    total = sum(parts, _ZERO)
    if total != amount:
        raise InvalidInputError(
            th=f"งวดต่าง ๆ รวมเป็นเงินต้น {total} ไม่เท่ากับเงินต้นทั้งหมด {amount}",
            en=f"the instalments add up to {total} of principal, not the loan's {amount}",
            field="installments",
            value=total,
        )
    rows = []
    balance = amount
    previous = start
    for k, (due, part) in enumerate(zip(dates, parts, strict=True)):
        interest = _ZERO
        if rate_per_year:
            days, basis = year_fraction(previous, due, accrual)
            interest = rounding.apply(balance * rate_per_year * days / basis)
        balance -= part
        rows.append(
            Installment(
                number=k + 1,
                due_date=due,
                principal=part,
                interest=interest,
                payment=part + interest,
                balance=balance,
            )
        )
        previous = due
    return Schedule(
        principal=amount, disbursed_on=start, installments=tuple(rows), terms=None, accrual=accrual
    )
