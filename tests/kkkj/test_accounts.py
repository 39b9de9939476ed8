"""Loan accounts and arrears through the loan engine, and the built-in training case."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import Payment
from chumchon.loans.kkkj import (
    TRAINING_CASE,
    Household,
    LoanAccount,
    LoanRequest,
    Purpose,
    loan_status,
    review_request,
    summarise,
    village_report,
)
from chumchon.loans.payments import FlatPenalty

CASE = TRAINING_CASE


def test_training_request_passes_and_its_schedule_is_three_equal_instalments() -> None:
    result = review_request(CASE.request, committee=CASE.committee, fund_cash=CASE.fund_cash)
    assert result.approved
    assert [i.payment for i in CASE.schedule.installments] == [Decimal(5000)] * 3
    assert [d.isoformat() for d in CASE.schedule.due_dates] == ["2026-05-31", "2026-11-30", "2027-05-31"]


def test_a_late_payment_shows_as_overdue_then_clears() -> None:
    late = loan_status(CASE.schedule, CASE.payments, as_of=CASE.late_check_date, committee=CASE.committee)
    assert late.overdue_principal == Decimal(5000)
    assert late.days_past_due == 10
    assert late.penalty_due == 0  # the committee set no late fee
    after = loan_status(CASE.schedule, CASE.payments, as_of=date(2026, 6, 20), committee=CASE.committee)
    assert after.overdue_principal == 0
    assert after.outstanding_principal == Decimal(10000)
    assert after.installments[0].days_late == 20


def test_a_late_fee_applies_only_when_the_committee_set_one() -> None:
    with_fee = attrs.evolve(CASE.committee, late_fee=FlatPenalty(amount=20, grace_days=7))
    status = loan_status(CASE.schedule, CASE.payments, as_of=CASE.late_check_date, committee=with_fee)
    assert status.penalty_due == Decimal(20)
    within_grace = loan_status(CASE.schedule, CASE.payments, as_of=date(2026, 6, 5), committee=with_fee)
    assert within_grace.penalty_due == 0
    with pytest.raises(InvalidInputError):
        loan_status(CASE.schedule, CASE.payments, as_of=CASE.late_check_date, committee=None)  # type: ignore[arg-type]


def test_account_figures_for_the_village_report() -> None:
    fy_start = date(2025, 10, 1)
    figures = [a.figures(as_of=CASE.report_date, fiscal_year_start=fy_start) for a in CASE.accounts]
    # 2568/01 repaid in full, 6,000 of it in FY 2569; 2568/02 stopped paying; 2569/01 paid its first 5,000 late
    assert [(f.outstanding, f.repaid_this_year, f.overdue) for f in figures] == [
        (Decimal(0), Decimal(6000), Decimal(0)),
        (Decimal(10000), Decimal(0), Decimal(10000)),
        (Decimal(10000), Decimal(5000), Decimal(0)),
    ]
    open_loan = CASE.accounts[1].open_loan(CASE.report_date)
    assert (open_loan.outstanding, open_loan.overdue) == (Decimal(10000), Decimal(10000))


def test_training_village_report() -> None:
    report = village_report(
        CASE.village,
        CASE.accounts,
        bank_balance=CASE.bank_balance,
        cash_elsewhere=CASE.cash_elsewhere,
        as_of=CASE.report_date,
    )
    f = report.figures
    assert (f.households, f.target_households, f.households_with_loans) == (142, 38, 2)
    assert f.outstanding_loans == Decimal(20000)
    assert f.total_fund == Decimal(267500)
    assert f.shortfall == Decimal(12500)
    assert f.repaid_this_year == Decimal(11000)
    assert f.overdue == Decimal(10000)
    assert report.fiscal_year == 2569
    assert summarise([report], name="เมือง").total == f
    assert pickle.loads(pickle.dumps(report)) == report


def test_review_with_the_accounts_as_other_open_loans() -> None:
    behind = CASE.accounts[1]
    request = LoanRequest(
        household=Household(household_id="H-03", members=3, annual_income=60000),
        amount=5000,
        purpose=Purpose.OCCUPATION,
        installments=2,
        term_months=12,
        requested_on=CASE.report_date,
    )
    result = review_request(
        request,
        committee=CASE.committee,
        fund_cash=CASE.bank_balance,
        open_loans=[behind.open_loan(CASE.report_date)],
    )
    assert [c.key for c in result.failed] == ["other_open_loans"]


def test_bad_accounts_raise() -> None:
    with pytest.raises(InvalidInputError):
        LoanAccount(loan_id="x", household_id="H", schedule="s", payments=(), late_fee=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        LoanAccount(
            loan_id="x",
            household_id="H",
            schedule=CASE.schedule,
            payments=[(date(2026, 1, 1), 5)],
            late_fee=None,
        )
    with pytest.raises(InvalidInputError):
        LoanAccount(loan_id="x", household_id="H", schedule=CASE.schedule, payments=(), late_fee=20)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        LoanAccount(loan_id="x", household_id="H", schedule=CASE.schedule, payments=())  # type: ignore[call-arg]
    account = LoanAccount(
        loan_id="x",
        household_id="H",
        schedule=CASE.schedule,
        payments=[Payment(date(2025, 1, 1), 5)],
        late_fee=None,
    )
    with pytest.raises(InvalidInputError):  # a payment before the loan was made
        account.status(CASE.report_date)


def test_training_case_pickles() -> None:
    assert pickle.loads(pickle.dumps(CASE)) == CASE
    assert CASE.account.household_id == CASE.household.household_id
