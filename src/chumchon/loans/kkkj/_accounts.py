"""A household's loan account: its schedule, the payments made, and its arrears (บัญชีลูกหนี้ กข.คจ.)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, date_value, instance, items, optional, text, whole_number
from chumchon.loans.kkkj._checks import check_overdue_within_outstanding, report_amount
from chumchon.loans.kkkj._committee import CommitteeRules, check_late_fee
from chumchon.loans.kkkj._grace import GraceRule, GraceStanding, grace_standing
from chumchon.loans.kkkj._request import OpenLoan
from chumchon.loans.payments import FlatPenalty, LoanStatus, Payment, RatePenalty, apply_payments
from chumchon.loans.schedule import Schedule
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context

__all__ = ["AccountFigures", "LoanAccount", "loan_status"]

_ZERO = Decimal("0.00")


@in_decimal_context
def loan_status(
    schedule: Schedule, payments: Iterable[Payment], *, as_of: date, committee: CommitteeRules
) -> LoanStatus:
    """The loan's state on ``as_of`` (outstanding, overdue, days past due), from the loan engine's
    :func:`~chumchon.loans.payments.apply_payments`, with a late fee only if the committee set one
    (``committee.late_fee``). A fee above what the law allows as default interest comes back as a legal-risk
    finding in ``findings``.

    >>> from chumchon.loans.kkkj import TRAINING_CASE as case
    >>> status = loan_status(case.schedule, case.payments, as_of=case.report_date, committee=case.committee)
    >>> status.outstanding_principal, status.overdue_principal, status.days_past_due
    (Decimal('10000.00'), Decimal('0.00'), 0)
    """
    committee = instance(committee, "committee", CommitteeRules, what_th="มติคณะกรรมการ (CommitteeRules)")
    schedule = instance(schedule, "schedule", Schedule, what_th="ตารางการชำระคืน (Schedule)")
    return apply_payments(
        schedule, _payments(payments), date_value(as_of, "as_of"), penalty=committee.late_fee
    )


def _payments(values: Iterable[Payment]) -> tuple[Payment, ...]:
    return items(values, "payments", Payment, "การชำระเงิน (Payment)", "Payment objects")


def _loan_id(value: str) -> str:
    return text(value, "loan_id")


def _household_id(value: str) -> str:
    return text(value, "household_id")


def _schedule(value: Schedule) -> Schedule:
    return instance(value, "schedule", Schedule)


@attrs.frozen(kw_only=True)
class LoanAccount(Mappable):
    """One loan in the debtor register (ทะเบียนคุมลูกหนี้): the contract's schedule and the payments made.

    Attributes:
        loan_id: the contract number.
        household_id: the borrowing household.
        schedule: the contract's schedule (from :func:`repayment_schedule` or
            :func:`repayment_schedule_from_dates`).
        payments: the payments received, in any order.
        late_fee: the late fee of the contract (the committee's, or ``None``): no default, pass it.
    """

    loan_id: str = attrs.field(converter=_loan_id)
    household_id: str = attrs.field(converter=_household_id)
    schedule: Schedule = attrs.field(converter=_schedule)
    payments: tuple[Payment, ...] = attrs.field(converter=_payments)
    late_fee: FlatPenalty | RatePenalty | None = attrs.field(converter=check_late_fee)

    @in_decimal_context
    def status(self, as_of: DateLike) -> LoanStatus:
        """The loan's state on ``as_of`` (the engine's :class:`~chumchon.loans.payments.LoanStatus`)."""
        return apply_payments(self.schedule, self.payments, date_value(as_of, "as_of"), penalty=self.late_fee)

    @in_decimal_context
    def figures(self, *, as_of: DateLike, fiscal_year_start: DateLike) -> AccountFigures:
        """The account's figures for the village report on ``as_of``.

        Principal repaid this fiscal year is the fall in outstanding principal from the day before
        ``fiscal_year_start`` to ``as_of`` (the whole principal for a loan made within the year), so late fees
        and overpayments are not counted as repayments.
        """
        day = date_value(as_of, "as_of")
        start = date_value(fiscal_year_start, "fiscal_year_start")
        outstanding, overdue, days_past_due = self._owed(day)
        if self.schedule.disbursed_on >= start:
            before = self.schedule.principal
        elif not any(start <= p.date <= day for p in self.payments):
            before = outstanding  # nothing paid this year: skip the second pass
        else:
            before = self._owed(start - timedelta(days=1))[0]
        return AccountFigures(
            loan_id=self.loan_id,
            household_id=self.household_id,
            outstanding=outstanding,
            repaid_this_year=max(before - outstanding, Decimal(0)),
            overdue=overdue,
            days_past_due=days_past_due,
        )

    @in_decimal_context
    def grace_standing(self, as_of: DateLike, grace: GraceRule) -> GraceStanding:
        """Whether the loan is not overdue, overdue within the committee's grace, or in default on ``as_of``.

        >>> from chumchon.loans.kkkj import TRAINING_CASE as case, GraceRule
        >>> late = case.accounts[1]
        >>> late.grace_standing(case.report_date, GraceRule(days_allowed=30)).standing
        <Standing.IN_DEFAULT: 'in_default'>
        >>> late.grace_standing(case.report_date, GraceRule(days_allowed=365)).reason.en
        '335 days late, within the 365-day grace'
        """
        status = self.status(as_of)
        return grace_standing(
            loan_id=self.loan_id,
            outstanding=status.outstanding_principal,
            overdue=status.overdue_principal,
            days_past_due=status.days_past_due,
            as_of=status.as_of,
            grace=grace,
        )

    def _owed(self, day: date) -> tuple[Decimal, Decimal, int]:
        """Principal outstanding, principal overdue and days past due on ``day``, in the caller's context
        (:meth:`figures`).

        Without interest or a late fee (every กข.คจ. loan without a committee fee) each baht paid by ``day``
        goes to principal, oldest instalment first, and what is paid beyond it all is credit; so an
        instalment's unpaid principal is what the payments leave of it in order, and the figures follow from
        the payments' total alone, as :func:`~chumchon.loans.payments.apply_payments` would give them (a
        property test checks it). Otherwise, or when a payment precedes the loan (refused there), the full
        status.
        """
        schedule = self.schedule
        payments = self.payments
        if (
            self.late_fee is not None
            or any(row.interest for row in schedule.installments)
            or any(p.date < schedule.disbursed_on for p in payments)
        ):
            status = self.status(day)
            return status.outstanding_principal, status.overdue_principal, status.days_past_due
        paid = sum((p.amount for p in payments if p.date <= day), _ZERO)
        outstanding = overdue = lent = _ZERO
        late = 0
        for row in schedule.installments:
            lent += row.principal
            unpaid = min(max(lent - paid, _ZERO), row.principal)
            outstanding += unpaid
            if row.due_date < day and unpaid > 0:
                overdue += unpaid
                late = max(late, (day - row.due_date).days)
        return outstanding, overdue, late

    @in_decimal_context
    def open_loan(self, as_of: DateLike) -> OpenLoan:
        """The account as another open loan of the household, for :func:`review_request`."""
        status = self.status(as_of)
        return OpenLoan(
            loan_id=self.loan_id, outstanding=status.outstanding_principal, overdue=status.overdue_principal
        )


def _outstanding(value: MoneyLike) -> Decimal:
    return report_amount(value, "outstanding")


def _repaid(value: MoneyLike) -> Decimal:
    return report_amount(value, "repaid_this_year")


def _overdue(value: MoneyLike) -> Decimal:
    return report_amount(value, "overdue")


def _days_past_due(value: int | None) -> int | None:
    return optional(whole_number, value, "days_past_due", minimum=0)


@attrs.frozen(kw_only=True)
class AccountFigures(Mappable):
    """One loan account's figures on a date, as the village report needs them (ทะเบียนคุมลูกหนี้).

    Build them with :meth:`LoanAccount.figures` from a schedule and payments, or pass them directly when a
    district system already has them.

    Attributes:
        loan_id: the loan's reference.
        household_id: the borrowing household.
        outstanding: principal still owed (ลูกหนี้คงเหลือ).
        repaid_this_year: principal repaid in the fiscal year up to the report date.
        overdue: principal past due and unpaid (ค้างชำระ).
        days_past_due: days the oldest unpaid instalment is late, when known (for the committee's grace rule).
    """

    loan_id: str = attrs.field(converter=_loan_id)
    household_id: str = attrs.field(converter=_household_id)
    outstanding: Decimal = attrs.field(converter=_outstanding)
    repaid_this_year: Decimal = attrs.field(converter=_repaid)
    overdue: Decimal = attrs.field(converter=_overdue)
    # --- grace (issue 18): optional, so existing callers are unchanged
    days_past_due: int | None = attrs.field(default=None, converter=_days_past_due)

    @overdue.validator
    def _check_overdue(self, _attribute: object, value: Decimal) -> None:
        check_overdue_within_outstanding(self.outstanding, value)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> tuple[AccountFigures, ...]:
        """Figures from a register's rows of header to value (``csv.DictReader``, a DataFrame's records):
        English keys or Thai headers (เลขที่สัญญา, ลูกหนี้คงเหลือ...), Thai or Arabic digits; an error names the row.

        >>> AccountFigures.from_rows([{"เลขที่สัญญา": "K-01", "รหัสครัวเรือน": "H-07", "ลูกหนี้คงเหลือ": "๕,๐๐๐",
        ...                            "ชำระคืนในปีนี้": "0", "ค้างชำระ": "0"}])[0].outstanding
        Decimal('5000.00')
        """
        from chumchon.loans.kkkj._account_rows import account_figures_from_rows

        return account_figures_from_rows(rows)

    @classmethod
    def from_csv_rows(cls, rows: Iterable[Sequence[object]]) -> tuple[AccountFigures, ...]:
        """Figures from lists of cells (``csv.reader``), the header row first."""
        from chumchon.loans.kkkj._account_rows import account_figures_from_csv_rows

        return account_figures_from_csv_rows(rows)
