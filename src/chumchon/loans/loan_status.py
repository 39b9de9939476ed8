"""The state of one loan on a date after the payments made (สถานะเงินกู้): :class:`LoanStatus` and
:class:`InstallmentStatus`, the result of :func:`~chumchon.loans.payments.apply_payments`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon.loans._util import make_table, thai_date
from chumchon.loans.findings import Finding
from chumchon.loans.schedule_model import Schedule
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context
from chumchon.tables import Column, Table, Tabular

__all__ = ["InstallmentStatus", "LoanStatus"]

_ZERO = Decimal("0.00")


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
        return make_table(
            _STATUS_COLUMNS,
            rows,
            Message(th=f"สถานะการชำระคืน ณ วันที่ {thai_date(self.as_of)}", en=f"Loan status on {self.as_of}"),
        )

    def __repr__(self) -> str:
        state = "fully paid" if self.fully_paid else f"outstanding {self.outstanding_principal:,}"
        return (
            f"<LoanStatus on {self.as_of.isoformat()}: {state}, "
            f"overdue {DECIMAL_CONTEXT.add(self.overdue_principal, self.overdue_interest):,}"
            f", {self.days_past_due} days past due ({self.bucket}), credit {self.credit:,}"
            f"{', ' + str(len(self.findings)) + ' finding(s)' if self.findings else ''}>"
        )
