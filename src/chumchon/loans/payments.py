"""Payments, arrears, penalties and portfolio at risk (การชำระหนี้ หนี้ค้าง ค่าปรับ และ PAR).

:func:`apply_payments` applies the payments actually made to a :class:`~chumchon.loans.schedule_model.Schedule`, in
date order, oldest instalment first (an early payment goes on to later instalments), each instalment's parts in
a stated :class:`AllocationOrder` (penalty, then interest, then principal by default). It returns a
:class:`LoanStatus` on ``as_of``: per instalment what was due, paid, when and how late; for the loan the
outstanding and overdue amounts, the penalty due, the days past due of the oldest unpaid instalment, its arrears
bucket, whether it is fully paid, any **credit** (a payment beyond everything owed is kept, never dropped), and
legal-risk findings. An instalment is overdue from the day after its due date. Payments dated after ``as_of``
are not applied (they are counted in ``ignored_payments``).

**Penalties** (ค่าปรับ/ดอกเบี้ยผิดนัด), optional:

* :class:`FlatPenalty`: a fixed amount per instalment still unpaid after its due date (plus ``grace_days``);
* :class:`RatePenalty`: a yearly rate on the overdue amount by actual days / 365, from the due date (plus
  ``grace_days``) until paid. By default it runs on the overdue **principal** only: default interest on overdue
  interest would be interest on interest (CCC s.224 para 2, s.655); ``on_interest=True`` changes that.

A penalty above what default interest may be in force is reported as a legal-risk finding, not refused (see
:func:`default_interest_limit`). A flat fine is compared with the default interest the law would allow on the
same overdue amount for the same days, so a "default fine" of 100% of the principal is always flagged.
**Limitation:** the schedule's interest is taken as contracted; paying early does not reduce it (rebuild the
rest with :func:`~chumchon.loans.rescheduling.reschedule`).

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule, Payment, apply_payments
>>> s = build_schedule(LoanTerms(principal=3000, annual_rate=0, interest_method="none", installments=3,
...                              disbursed_on=date(2026, 1, 10)))
>>> status = apply_payments(s, [Payment(date(2026, 2, 10), 1000)], as_of=date(2026, 4, 1))
>>> status.overdue_principal, status.days_past_due, status.bucket, status.fully_paid
(Decimal('1000.00'), 22, '1-30', False)
>>> Payment(date(2026, 2, 10), -5)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'amount' ต้องมากกว่าศูนย์ ไม่ใช่ -5 / 'amount' must be greater than zero, not -5
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import (
    DateLike,
    MoneyLike,
    ParsableEnum,
    date_value,
    instance,
    invalid,
    items,
    money,
)
from chumchon.errors import InvalidInputError
from chumchon.loans._payment_findings import payment_findings
from chumchon.loans._util import thai_date
from chumchon.loans.arrears import DEFAULT_BUCKETS as DEFAULT_BUCKETS
from chumchon.loans.arrears import ArrearsBuckets as ArrearsBuckets
from chumchon.loans.arrears import PortfolioAtRisk as PortfolioAtRisk
from chumchon.loans.arrears import portfolio_at_risk as portfolio_at_risk
from chumchon.loans.loan_status import InstallmentStatus as InstallmentStatus
from chumchon.loans.loan_status import LoanStatus as LoanStatus
from chumchon.loans.penalties import FlatPenalty as FlatPenalty
from chumchon.loans.penalties import RatePenalty as RatePenalty
from chumchon.loans.penalties import default_interest_limit as default_interest_limit
from chumchon.loans.schedule_model import Schedule
from chumchon.mapping import Mappable
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context

# The penalties, statuses and arrears live in their own modules and stay importable here.
__all__ = [
    "DEFAULT_BUCKETS",
    "AllocationOrder",
    "ArrearsBuckets",
    "FlatPenalty",
    "InstallmentStatus",
    "LoanStatus",
    "Payment",
    "PortfolioAtRisk",
    "RatePenalty",
    "apply_payments",
    "default_interest_limit",
    "portfolio_at_risk",
]

_ZERO = Decimal("0.00")
_YEAR_DAYS = Decimal(365)


def _to_amount(value: MoneyLike) -> Decimal:
    return money(value, "amount", positive=True)


def _to_payment_date(value: DateLike) -> date:
    return date_value(value, "date")


@attrs.frozen
class Payment(Mappable):
    """A payment received (การชำระเงิน): its date and a positive amount."""

    date: date = attrs.field(converter=_to_payment_date)
    amount: Decimal = attrs.field(converter=_to_amount)


class AllocationOrder(ParsableEnum):
    """The order in which a payment settles the parts of each instalment (oldest instalment first).

    >>> AllocationOrder.parse("Interest_Penalty_Principal").value
    ('interest', 'penalty', 'principal')
    """

    PENALTY_INTEREST_PRINCIPAL = ("penalty", "interest", "principal")
    INTEREST_PENALTY_PRINCIPAL = ("interest", "penalty", "principal")
    INTEREST_PRINCIPAL_PENALTY = ("interest", "principal", "penalty")
    PRINCIPAL_INTEREST_PENALTY = ("principal", "interest", "penalty")


class _Row:
    """Mutable working state of one instalment while payments are applied (never leaves this module)."""

    __slots__ = (
        "accrued",
        "due",
        "fined",
        "interest_due",
        "interest_paid",
        "last_accrual",
        "number",
        "paid_dates",
        "paid_on",
        "penalty_charged",
        "penalty_paid",
        "principal_due",
        "principal_paid",
    )

    def __init__(self, number: int, due: date, principal: Decimal, interest: Decimal) -> None:
        self.number = number
        self.due = due
        self.principal_due = principal
        self.interest_due = interest
        self.principal_paid = _ZERO
        self.interest_paid = _ZERO
        self.penalty_charged = _ZERO
        self.penalty_paid = _ZERO
        self.accrued = Decimal(0)
        self.last_accrual: date | None = None
        self.fined = False
        self.paid_dates: list[date] = []
        self.paid_on: date | None = None

    def unpaid(self) -> Decimal:
        return self.principal_due - self.principal_paid + self.interest_due - self.interest_paid


def _accrue(rows: list[_Row], penalty: FlatPenalty | RatePenalty | None, day: date) -> None:
    """Bring penalties up to ``day`` (before that day's payments are applied)."""
    if penalty is None:
        return
    for row in rows:
        start = row.due.toordinal() + penalty.grace_days
        if start >= day.toordinal():
            break  # later instalments are not late yet
        if isinstance(penalty, FlatPenalty):
            if not row.fined and row.unpaid() > 0:
                row.fined = True
                row.penalty_charged += penalty.amount
            continue
        begin = max(start, row.last_accrual.toordinal() if row.last_accrual else start)
        days = day.toordinal() - begin
        base = row.principal_due - row.principal_paid
        if penalty.on_interest:
            base += row.interest_due - row.interest_paid
        if days > 0 and base > 0:
            row.accrued += DECIMAL_CONTEXT.divide(
                DECIMAL_CONTEXT.multiply(base * penalty.annual_rate, Decimal(days)), _YEAR_DAYS
            )
            row.penalty_charged = SATANG.apply(row.accrued)
        row.last_accrual = day


def _settle(rows: list[_Row], amount: Decimal, day: date, order: tuple[str, ...]) -> Decimal:
    """Apply ``amount`` paid on ``day``; return what is left over."""
    left = amount
    for row in rows:
        if left <= 0:
            break
        before = left
        for part in order:
            if left <= 0:
                break
            if part == "penalty":
                take = min(left, row.penalty_charged - row.penalty_paid)
                row.penalty_paid += take
            elif part == "interest":
                take = min(left, row.interest_due - row.interest_paid)
                row.interest_paid += take
            else:
                take = min(left, row.principal_due - row.principal_paid)
                row.principal_paid += take
            left -= take
        if left != before:
            row.paid_dates.append(day)
            if row.paid_on is None and row.unpaid() == 0:
                row.paid_on = day
    return left


def _check_payments(payments: object, disbursed_on: date) -> list[Payment]:
    checked: list[Payment] = list(
        items(
            payments, "payments", Payment, "รายการชำระ Payment(date, amount)", "Payment(date, amount) objects"
        )
    )
    for index, payment in enumerate(checked):
        if payment.date < disbursed_on:
            raise InvalidInputError(
                th=f"วันที่ชำระ {thai_date(payment.date)} อยู่ก่อนวันจ่ายเงินกู้ {thai_date(disbursed_on)}",
                en=f"the payment dated {payment.date} is before the disbursement on {disbursed_on}",
                field=f"payments[{index}]",
                value=payment,
            )
    # A stable sort keeps same-day payments in the order given.
    checked.sort(key=lambda p: p.date)
    return checked


@in_decimal_context
def apply_payments(
    schedule: Schedule,
    payments: Iterable[Payment],
    as_of: DateLike,
    *,
    allocation: AllocationOrder | str = AllocationOrder.PENALTY_INTEREST_PRINCIPAL,
    penalty: FlatPenalty | RatePenalty | None = None,
    buckets: ArrearsBuckets = DEFAULT_BUCKETS,
) -> LoanStatus:
    """The state of the loan on ``as_of`` after ``payments`` (see the module docstring).

    Args:
        schedule: the loan's schedule.
        payments: the payments received, in any order.
        as_of: the date of the status (a ``date`` or ISO text); payments after it are not applied.
        allocation: the order in which each instalment's parts are settled (a member or its name, e.g.
            ``"interest_penalty_principal"``).
        penalty: a :class:`FlatPenalty`, a :class:`RatePenalty`, or ``None``.
        buckets: the arrears buckets (an :class:`ArrearsBuckets`).

    Raises:
        InvalidInputError: a payment before disbursement, ``payments`` that is not an iterable of
            :class:`Payment`, an ``as_of`` that is neither a date nor ISO text, an unknown allocation order, or ``buckets`` that
            is not an :class:`ArrearsBuckets`.
    """
    day = date_value(as_of, "as_of")
    instance(schedule, "schedule", Schedule, what_th="ตารางผ่อนชำระ (Schedule)")
    allocation = AllocationOrder.parse(allocation, "allocation")
    instance(
        buckets,
        "buckets",
        ArrearsBuckets,
        what_th="ArrearsBuckets เช่น ArrearsBuckets((30, 60, 90))",
        what_en="an ArrearsBuckets, e.g. ArrearsBuckets((30, 60, 90))",
    )
    if penalty is not None and not isinstance(penalty, (FlatPenalty, RatePenalty)):
        raise invalid(
            "instance",
            "penalty",
            penalty,
            what_th="FlatPenalty, RatePenalty หรือ None",
            what_en="a FlatPenalty, a RatePenalty or None",
        )
    checked = _check_payments(payments, schedule.disbursed_on)
    rows = [_Row(i.number, i.due_date, i.principal, i.interest) for i in schedule.installments]
    order = allocation.value
    credit = _ZERO
    total_paid = _ZERO
    ignored = 0
    for payment in checked:
        if payment.date > day:
            ignored += 1
            continue
        _accrue(rows, penalty, payment.date)
        total_paid += payment.amount
        credit += _settle(rows, payment.amount, payment.date, order)
    _accrue(rows, penalty, day)
    return _status(schedule, rows, day, credit, total_paid, ignored, penalty, buckets)


def _status(
    schedule: Schedule,
    rows: list[_Row],
    day: date,
    credit: Decimal,
    total_paid: Decimal,
    ignored: int,
    penalty: FlatPenalty | RatePenalty | None,
    buckets: ArrearsBuckets,
) -> LoanStatus:
    statuses = []
    overdue_principal = overdue_interest = penalty_due = outstanding = _ZERO
    days_past_due = 0
    for row in rows:
        unpaid = row.unpaid()
        outstanding += row.principal_due - row.principal_paid
        penalty_due += row.penalty_charged - row.penalty_paid
        if row.paid_on is not None:
            late = max(0, (row.paid_on - row.due).days)
        elif row.due < day:
            late = (day - row.due).days
        else:
            late = 0
        if row.due < day and unpaid > 0:
            overdue_principal += row.principal_due - row.principal_paid
            overdue_interest += row.interest_due - row.interest_paid
            days_past_due = max(days_past_due, (day - row.due).days)
        statuses.append(
            InstallmentStatus(
                number=row.number,
                due_date=row.due,
                principal_due=row.principal_due,
                interest_due=row.interest_due,
                principal_paid=row.principal_paid,
                interest_paid=row.interest_paid,
                penalty_charged=row.penalty_charged,
                penalty_paid=row.penalty_paid,
                paid_dates=tuple(row.paid_dates),
                paid_on=row.paid_on,
                days_late=late,
            )
        )
    fully_paid = all(r.unpaid() == 0 for r in rows) and penalty_due == 0
    findings = payment_findings(schedule, statuses, day, penalty)
    return LoanStatus(
        as_of=day,
        schedule=schedule,
        installments=tuple(statuses),
        outstanding_principal=outstanding,
        overdue_principal=overdue_principal,
        overdue_interest=overdue_interest,
        penalty_due=penalty_due,
        days_past_due=days_past_due,
        bucket=buckets.classify(days_past_due),
        fully_paid=fully_paid,
        credit=credit,
        total_paid=total_paid,
        ignored_payments=ignored,
        findings=findings,
    )
