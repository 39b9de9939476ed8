"""Payments, arrears, penalties and portfolio at risk (การชำระหนี้ หนี้ค้าง ค่าปรับ และ PAR).

:func:`apply_payments` applies the payments actually made to a :class:`~chumchon.loans.schedule.Schedule`, in
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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.loans._convert import to_date as _to_date
from chumchon.loans._util import make_table
from chumchon.loans.findings import Finding
from chumchon.loans.schedule import Schedule
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context, plain_scalar, to_money, to_rate
from chumchon.rules import (
    DEFAULT_INTEREST_RATE,
    DEFAULT_MARKUP_CAP_ANNUAL_RATE,
    INTEREST_CAP_ANNUAL_RATE,
    INTEREST_OVERRATE_ACT,
    Source,
    check_as_of,
)
from chumchon.tables import Column, Table, Tabular

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


def _to_amount(value: object) -> Decimal:
    return to_money(value, name="amount", allow_zero=False)


def _to_payment_date(value: object) -> date:
    return _to_date(value, "date")


@attrs.frozen
class Payment(Mappable):
    """A payment received (การชำระเงิน): its date and a positive amount."""

    date: date = attrs.field(converter=_to_payment_date)
    amount: Decimal = attrs.field(converter=_to_amount)


class AllocationOrder(ParsableEnum):
    """The order in which a payment settles the parts of each instalment (oldest instalment first)."""

    PENALTY_INTEREST_PRINCIPAL = ("penalty", "interest", "principal")
    INTEREST_PENALTY_PRINCIPAL = ("interest", "penalty", "principal")
    INTEREST_PRINCIPAL_PENALTY = ("interest", "principal", "penalty")
    PRINCIPAL_INTEREST_PENALTY = ("principal", "interest", "penalty")


def _to_allocation(value: object) -> AllocationOrder:
    if isinstance(value, AllocationOrder):
        return value
    if isinstance(value, str):
        key = value.strip().upper()
        for member in AllocationOrder:
            if key == member.name:
                return member
    allowed = ", ".join(m.name.lower() for m in AllocationOrder)
    raise InvalidInputError(
        th=f"ลำดับการตัดชำระ (allocation) ต้องเป็น AllocationOrder หรือชื่อ: {allowed} ไม่ใช่ {value!r}",
        en=f"allocation must be an AllocationOrder or its name: {allowed}; not {value!r}",
        field="allocation",
        value=value,
    )


def _to_grace_days(value: object) -> int:
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(
            th=f"จำนวนวันผ่อนผันต้องเป็นจำนวนเต็มไม่ติดลบ ไม่ใช่ {value!r}",
            en=f"grace_days must be a whole number of days, zero or more, not {value!r}",
            field="grace_days",
            value=value,
        )
    return value


def _to_fine(value: object) -> Decimal:
    return to_money(value, name="amount", allow_zero=False)


def _to_penalty_rate(value: object) -> Decimal:
    return to_rate(value, name="annual_rate")


@attrs.frozen(kw_only=True)
class FlatPenalty(Mappable):
    """A fixed fine per late instalment (ค่าปรับต่องวด), charged once when it is still unpaid after
    ``due date + grace_days``."""

    amount: Decimal = attrs.field(converter=_to_fine)
    grace_days: int = attrs.field(default=0, converter=_to_grace_days)


@attrs.frozen(kw_only=True)
class RatePenalty(Mappable):
    """Default interest at ``annual_rate`` a year on the overdue amount, by actual days / 365, from
    ``due date + grace_days`` until paid; on the overdue principal only unless ``on_interest``."""

    annual_rate: Decimal = attrs.field(converter=_to_penalty_rate)
    grace_days: int = attrs.field(default=0, converter=_to_grace_days)
    on_interest: bool = False


def _to_bounds(value: object) -> tuple[int, ...]:
    bounds = tuple(value) if isinstance(value, (list, tuple)) else None
    if (
        not bounds
        or not all(isinstance(b, int) and not isinstance(b, bool) and b > 0 for b in bounds)
        or list(bounds) != sorted(set(bounds))
    ):
        raise InvalidInputError(
            th=f"ขอบเขตช่วงค้างชำระต้องเป็นจำนวนวันบวกเรียงจากน้อยไปมาก ไม่ใช่ {value!r}",
            en=f"arrears bucket bounds must be positive day counts in increasing order, not {value!r}",
            field="bounds",
            value=value,
        )
    return bounds


@attrs.frozen
class ArrearsBuckets:
    """Arrears buckets by days past due: ``current`` (0), then ``1-30``, ``31-60``… up to each bound, and
    ``181+`` beyond the last (default bounds 30, 60, 90, 180).

    >>> ArrearsBuckets((30, 90)).classify(45), ArrearsBuckets((30, 90)).classify(91)
    ('31-90', '91+')
    """

    bounds: tuple[int, ...] = attrs.field(default=(30, 60, 90, 180), converter=_to_bounds)

    def classify(self, days_past_due: int) -> str:
        """The bucket of ``days_past_due`` (a whole number of days)."""
        if isinstance(days_past_due, bool) or not isinstance(days_past_due, int):
            raise InvalidInputError(
                th=f"จำนวนวันค้างชำระต้องเป็นจำนวนเต็ม ไม่ใช่ {days_past_due!r}",
                en=f"days_past_due must be a whole number of days, not {days_past_due!r}",
                field="days_past_due",
                value=days_past_due,
            )
        if days_past_due <= 0:
            return "current"
        low = 1
        for bound in self.bounds:
            if days_past_due <= bound:
                return f"{low}-{bound}"
            low = bound + 1
        return f"{low}+"

    @property
    def labels(self) -> tuple[str, ...]:
        """Every bucket, in order."""
        lows = [1, *(b + 1 for b in self.bounds)]
        return ("current", *(f"{lo}-{b}" for lo, b in zip(lows, self.bounds, strict=False)), f"{lows[-1]}+")


#: The default buckets: current, 1–30, 31–60, 61–90, 91–180, over 180 days.
DEFAULT_BUCKETS = ArrearsBuckets()


@in_decimal_context
def default_interest_limit(agreed_annual_rate: object, on: date) -> tuple[Decimal, tuple[Source, ...]]:
    """The highest yearly default rate we read the law as allowing on ``on``, with the sources.

    From 11 April 2021 (Emergency Decree B.E. 2564): the agreed rate plus the markup cap (3%), but never less
    than statutory default interest (5%). Before: the s.654 cap (15%). This combination is **our reading**
    (provisional), so findings built on it say so.

    >>> default_interest_limit(Decimal("0.12"), date(2026, 1, 1))[0]
    Decimal('0.15')
    >>> default_interest_limit(Decimal("0"), date(2026, 1, 1))[0]
    Decimal('0.05')
    >>> default_interest_limit(-1, date(2026, 1, 1))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'agreed_annual_rate' ต้องเป็นสัดส่วนที่ไม่ติดลบ (เช่น 0.05 คือร้อยละ 5) ไม่ใช่ -1 / 'agreed_annual_rate' must be a non-negative fraction (0.05 is 5%), not -1

    Args:
        agreed_annual_rate: the contract's yearly rate as a fraction (not negative).
        on: the day whose law applies.

    Raises:
        InvalidInputError: a rate that is not a non-negative number, or ``on`` that is not a date.
        UnknownRegulationError: ``on`` is before the library's records.
    """
    return _default_interest_limit(to_rate(agreed_annual_rate, name="agreed_annual_rate"), check_as_of(on))


def _default_interest_limit(agreed_annual_rate: Decimal, on: date) -> tuple[Decimal, tuple[Source, ...]]:
    """:func:`default_interest_limit` on checked inputs, inside DECIMAL_CONTEXT."""
    statutory = DEFAULT_INTEREST_RATE.at(on)
    markup = DEFAULT_MARKUP_CAP_ANNUAL_RATE.find(on)
    if markup is None:
        cap = INTEREST_CAP_ANNUAL_RATE.at(on)
        return max(cap.value, statutory.value), (cap.source, statutory.source)
    return max(agreed_annual_rate + markup.value, statutory.value), (markup.source, statutory.source)


@attrs.frozen(kw_only=True)
class InstallmentStatus:
    """One instalment on ``as_of``: what was due, what was paid and when, and how late.

    Attributes:
        days_late: days from the due date to the day it was fully paid, or to ``as_of`` while unpaid and
            overdue; 0 when paid on time or not yet due.
    """

    number: int
    due_date: date
    principal_due: Decimal
    interest_due: Decimal
    principal_paid: Decimal
    interest_paid: Decimal
    penalty_charged: Decimal
    penalty_paid: Decimal
    paid_dates: tuple[date, ...]
    paid_on: date | None
    days_late: int

    # Plain + would use the caller's decimal context; these are exact in DECIMAL_CONTEXT.
    @property
    def amount_due(self) -> Decimal:
        """Principal + interest of the instalment."""
        return DECIMAL_CONTEXT.add(self.principal_due, self.interest_due)

    @property
    def amount_paid(self) -> Decimal:
        """Principal + interest paid on it (penalties apart)."""
        return DECIMAL_CONTEXT.add(self.principal_paid, self.interest_paid)

    @property
    def outstanding(self) -> Decimal:
        """Principal + interest still unpaid."""
        return DECIMAL_CONTEXT.subtract(self.amount_due, self.amount_paid)


_STATUS_COLUMNS = (
    Column("number", "งวดที่", "No.", "int"),
    Column("due_date", "วันครบกำหนด", "Due date", "date"),
    Column("amount_due", "ยอดที่ต้องชำระ", "Due", "money"),
    Column("amount_paid", "ชำระแล้ว", "Paid", "money"),
    Column("paid_on", "ชำระครบเมื่อ", "Paid in full on", "date"),
    Column("days_late", "ล่าช้า (วัน)", "Days late", "int"),
    Column("penalty_charged", "ค่าปรับ", "Penalty", "money"),
    Column("outstanding", "คงค้าง", "Outstanding", "money"),
)


@attrs.frozen(kw_only=True)
class LoanStatus(Tabular, ResultMappable):
    """The state of one loan on ``as_of`` after the payments made (see the module docstring)."""

    as_of: date
    schedule: Schedule
    installments: tuple[InstallmentStatus, ...]
    outstanding_principal: Decimal
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty_due: Decimal
    days_past_due: int
    bucket: str
    fully_paid: bool
    credit: Decimal
    total_paid: Decimal
    ignored_payments: int = 0
    findings: tuple[Finding, ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        if len(self.installments) != len(self.schedule.installments):
            raise inconsistent(
                self,
                "installments",
                "ต้องมีสถานะครบทุกงวดของตารางผ่อนชำระ",
                "there must be one status per instalment of the schedule",
                len(self.installments),
            )
        amounts = (
            self.outstanding_principal,
            self.overdue_principal,
            self.overdue_interest,
            self.penalty_due,
            self.credit,
            self.total_paid,
        )
        if any(a < 0 or a != a.quantize(SATANG.quantum) for a in amounts):
            raise inconsistent(
                self,
                "outstanding_principal",
                "ยอดเงินต้องไม่ติดลบและเต็มสตางค์",
                "amounts must not be negative and must be in whole satang",
                amounts,
            )
        if not self.overdue_principal <= self.outstanding_principal <= self.schedule.principal:
            raise inconsistent(
                self,
                "outstanding_principal",
                "เงินต้นค้างชำระต้องไม่เกินเงินต้นคงเหลือ และเงินต้นคงเหลือต้องไม่เกินเงินต้น",
                "overdue principal must not exceed the outstanding principal, nor that the principal",
                self.outstanding_principal,
            )
        if self.fully_paid != (
            self.outstanding_principal == 0 and self.overdue_interest == 0 and self.penalty_due == 0
        ):
            raise inconsistent(
                self,
                "fully_paid",
                "ชำระครบต้องหมายถึงไม่มีเงินต้น ดอกเบี้ย หรือค่าปรับค้าง",
                "fully paid must mean no principal, interest or penalty left owing",
                self.fully_paid,
            )
        if self.days_past_due < 0 or self.ignored_payments < 0:
            raise inconsistent(
                self,
                "days_past_due",
                "จำนวนวันและจำนวนรายการต้องไม่ติดลบ",
                "day and payment counts must not be negative",
                self.days_past_due,
            )

    @property
    @in_decimal_context
    def overdue_amount(self) -> Decimal:
        """Overdue principal + overdue interest + penalty due."""
        return self.overdue_principal + self.overdue_interest + self.penalty_due

    @property
    @in_decimal_context
    def outstanding_interest(self) -> Decimal:
        """Scheduled interest not yet paid (due or not)."""
        return sum((i.interest_due - i.interest_paid for i in self.installments), _ZERO)

    def to_table(self) -> Table:
        """Per-instalment rows: due, paid, when paid in full, days late, penalty, outstanding."""
        rows = [
            (
                i.number,
                i.due_date,
                i.amount_due,
                i.amount_paid,
                i.paid_on,
                i.days_late,
                i.penalty_charged,
                i.outstanding,
            )
            for i in self.installments
        ]
        from chumchon.thai import format_date  # the Thai layer loads only when a table is drawn

        return make_table(
            _STATUS_COLUMNS,
            rows,
            Message(th=f"สถานะการชำระคืน ณ วันที่ {format_date(self.as_of)}", en=f"Loan status on {self.as_of}"),
        )

    def __repr__(self) -> str:
        state = "fully paid" if self.fully_paid else f"outstanding {self.outstanding_principal:,}"
        return (
            f"<LoanStatus on {self.as_of.isoformat()}: {state}, "
            f"overdue {DECIMAL_CONTEXT.add(self.overdue_principal, self.overdue_interest):,}"
            f", {self.days_past_due} days past due ({self.bucket}), credit {self.credit:,}"
            f"{', ' + str(len(self.findings)) + ' finding(s)' if self.findings else ''}>"
        )


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


def _iterate(items: object, field: str, th_what: str, en_what: str) -> Iterator[object]:
    """An iterator over ``items``, refusing what is not an iterable of objects (None, a number, text, a mapping)."""
    if not isinstance(items, (str, bytes, Mapping)):
        try:
            return iter(items)  # type: ignore[call-overload, no-any-return]
        except TypeError:
            pass
    raise InvalidInputError(
        th=f"ค่า {field!r} ต้องเป็นรายการ (list หรือ tuple) ของ {th_what} ไม่ใช่ {items!r}",
        en=f"{field!r} must be an iterable (a list or tuple) of {en_what}, not {items!r}",
        field=field,
        value=items,
    )


def _check_payments(payments: object, disbursed_on: date) -> list[Payment]:
    checked = []
    for payment in _iterate(payments, "payments", "Payment(date, amount)", "Payment(date, amount)"):
        if not isinstance(payment, Payment):
            raise InvalidInputError(
                th="รายการชำระต้องเป็น Payment(date, amount)",
                en=f"each payment must be a Payment(date, amount), not {payment!r}",
                field="payments",
                value=payment,
            )
        if payment.date < disbursed_on:
            raise InvalidInputError(
                th=f"วันที่ชำระ {payment.date} อยู่ก่อนวันจ่ายเงินกู้ {disbursed_on}",
                en=f"the payment dated {payment.date} is before the disbursement on {disbursed_on}",
                field="payments",
                value=payment,
            )
        checked.append(payment)
    # A stable sort keeps same-day payments in the order given.
    checked.sort(key=lambda p: p.date)
    return checked


@in_decimal_context
def apply_payments(
    schedule: Schedule,
    payments: Iterable[Payment],
    as_of: date,
    *,
    allocation: AllocationOrder | str = AllocationOrder.PENALTY_INTEREST_PRINCIPAL,
    penalty: FlatPenalty | RatePenalty | None = None,
    buckets: ArrearsBuckets = DEFAULT_BUCKETS,
) -> LoanStatus:
    """The state of the loan on ``as_of`` after ``payments`` (see the module docstring).

    Args:
        schedule: the loan's schedule.
        payments: the payments received, in any order.
        as_of: the date of the status; payments after it are not applied.
        allocation: the order in which each instalment's parts are settled (a member or its name, e.g.
            ``"interest_penalty_principal"``).
        penalty: a :class:`FlatPenalty`, a :class:`RatePenalty`, or ``None``.
        buckets: the arrears buckets (an :class:`ArrearsBuckets`).

    Raises:
        InvalidInputError: a payment before disbursement, ``payments`` that is not an iterable of
            :class:`Payment`, an ``as_of`` that is not a date, an unknown allocation order, or ``buckets`` that
            is not an :class:`ArrearsBuckets`.
    """
    day = check_as_of(as_of)
    if not isinstance(schedule, Schedule):
        raise InvalidInputError(
            th="ต้องส่งตารางผ่อนชำระ (Schedule)",
            en="schedule must be a Schedule",
            field="schedule",
            value=schedule,
        )
    allocation = _to_allocation(allocation)
    if not isinstance(buckets, ArrearsBuckets):
        raise InvalidInputError(
            th=f"ช่วงค้างชำระ (buckets) ต้องเป็น ArrearsBuckets เช่น ArrearsBuckets((30, 60, 90)) ไม่ใช่ {buckets!r}",
            en=f"buckets must be an ArrearsBuckets, e.g. ArrearsBuckets((30, 60, 90)), not {buckets!r}",
            field="buckets",
            value=buckets,
        )
    if penalty is not None and not isinstance(penalty, (FlatPenalty, RatePenalty)):
        raise InvalidInputError(
            th="ค่าปรับต้องเป็น FlatPenalty หรือ RatePenalty",
            en=f"penalty must be a FlatPenalty, a RatePenalty or None, not {penalty!r}",
            field="penalty",
            value=penalty,
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
    findings = _findings(schedule, statuses, day, penalty)
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


def _agreed_rate(schedule: Schedule) -> Decimal:
    if schedule.terms is not None:
        return schedule.terms.annual_rate
    from chumchon.loans.rates import nominal_annual_rate

    return max(nominal_annual_rate(schedule), Decimal(0))


def _charges_nothing(schedule: Schedule) -> bool:
    """True when the loan costs nothing: no fee, no interest, payments that only return the principal.

    Such a loan's true rate is zero, so it is within any cap (its payments, discounted at the cap over periods
    that do not run backwards, are worth less than the amount lent) and the rate solve is skipped: every
    กข.คจ. schedule is one.
    """
    if schedule.upfront_fee:
        return False
    # LoanTerms already puts the first due date after disbursement; custom schedules are checked here.
    previous = schedule.disbursed_on
    returned = _ZERO
    for row in schedule.installments:
        if row.interest or row.payment != row.principal or row.due_date < previous:
            return False
        previous = row.due_date
        returned += row.principal
    return returned == schedule.principal


def _findings(
    schedule: Schedule,
    statuses: Sequence[InstallmentStatus],
    day: date,
    penalty: FlatPenalty | RatePenalty | None,
) -> tuple[Finding, ...]:
    if _charges_nothing(schedule):
        INTEREST_CAP_ANNUAL_RATE.at(day)  # the same error as the rate check for a day before the records
        findings: list[Finding] = []
    else:
        from chumchon.loans.rates import assess_interest_rate

        findings = list(assess_interest_rate(schedule, day).findings)
    if penalty is None:
        return tuple(findings)
    agreed = _agreed_rate(schedule)
    if isinstance(penalty, RatePenalty):
        limit, rate_sources = _default_interest_limit(agreed, day)
        if penalty.annual_rate > limit:
            findings.append(
                Finding(
                    code="penalty_rate_over_limit",
                    message=Message(
                        th=f"อัตราดอกเบี้ยผิดนัด {_pct(penalty.annual_rate)} ต่อปี เกินที่กฎหมายให้เรียกได้ "
                        f"({_pct(limit)} ต่อปี ณ {day})",
                        en=f"the default rate of {_pct(penalty.annual_rate)} a year is above what the law allows "
                        f"({_pct(limit)} a year on {day})",
                    ),
                    limit=limit,
                    actual=penalty.annual_rate,
                    sources=(*rate_sources, INTEREST_OVERRATE_ACT),
                    provisional=True,
                )
            )
        return tuple(findings)
    charged = allowed = _ZERO
    first: int | None = None
    sources: tuple[Source, ...] = ()
    for status in statuses:
        if status.penalty_charged <= 0:
            continue
        end = status.paid_on or day
        start = status.due_date
        limit, sources = _default_interest_limit(agreed, start)
        days = max((end - start).days, 1)
        lawful = SATANG.apply(
            DECIMAL_CONTEXT.divide(
                DECIMAL_CONTEXT.multiply(status.amount_due * limit, Decimal(days)), _YEAR_DAYS
            )
        )
        charged += status.penalty_charged
        allowed += lawful
        if status.penalty_charged > lawful and first is None:
            first = status.number
    if first is not None:
        findings.append(
            Finding(
                code="penalty_over_default_interest",
                message=Message(
                    th=f"ค่าปรับรวม {charged:,} บาท เกินดอกเบี้ยผิดนัดที่กฎหมายให้เรียกได้สำหรับวันที่ล่าช้า "
                    f"({allowed:,} บาท) อาจเป็นการเรียกดอกเบี้ยเกินอัตราแฝงในค่าปรับ",
                    en=f"fines of {charged:,} baht exceed the default interest the law allows for the days late "
                    f"({allowed:,} baht); this may be excess interest hidden in fees",
                ),
                limit=allowed,
                actual=charged,
                sources=(*sources, INTEREST_OVERRATE_ACT),
                installment=first,
                provisional=True,
            )
        )
    return tuple(findings)


def _pct(rate: Decimal) -> str:
    return f"{SATANG.apply(DECIMAL_CONTEXT.multiply(rate, 100))}%"


@attrs.frozen(kw_only=True)
class PortfolioAtRisk(ResultMappable):
    """PAR: principal outstanding of loans more than ``days`` past due ÷ all principal outstanding.

    Attributes:
        ratio: numerator ÷ denominator; 0 when nothing is outstanding.
        loans_at_risk: how many loans are in the numerator.
        loans: how many loans were given.
    """

    days: int
    numerator: Decimal
    denominator: Decimal
    ratio: Decimal
    loans_at_risk: int
    loans: int

    def __repr__(self) -> str:
        return f"<PAR{self.days} {_pct(self.ratio)}: {self.numerator:,} of {self.denominator:,}>"


@in_decimal_context
def portfolio_at_risk(statuses: Iterable[LoanStatus], days: int = 30) -> PortfolioAtRisk:
    """Portfolio at risk over ``days`` (SEEP: PAR30 = principal outstanding of loans with any instalment more
    than 30 days late ÷ principal outstanding of all loans).

    >>> portfolio_at_risk([], days=30).ratio
    Decimal('0')
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInputError(
            th=f"จำนวนวันต้องเป็นจำนวนเต็มไม่ติดลบ ไม่ใช่ {days!r}",
            en=f"days must be a whole number, zero or more, not {days!r}",
            field="days",
            value=days,
        )
    numerator = denominator = _ZERO
    at_risk = count = 0
    for status in _iterate(statuses, "statuses", "LoanStatus", "LoanStatus"):
        if not isinstance(status, LoanStatus):
            raise InvalidInputError(
                th=f"แต่ละรายการใน statuses ต้องเป็น LoanStatus (จาก apply_payments) ไม่ใช่ {status!r}",
                en=f"each item of statuses must be a LoanStatus (from apply_payments), not {status!r}",
                field="statuses",
                value=status,
            )
        count += 1
        denominator += status.outstanding_principal
        if status.days_past_due > days:
            numerator += status.outstanding_principal
            at_risk += 1
    ratio = DECIMAL_CONTEXT.divide(numerator, denominator) if denominator else Decimal(0)
    return PortfolioAtRisk(
        days=days,
        numerator=numerator,
        denominator=denominator,
        ratio=ratio,
        loans_at_risk=at_risk,
        loans=count,
    )
