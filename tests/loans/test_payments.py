"""Payments, arrears, penalties, PAR and rescheduling."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    AllocationOrder,
    ArrearsBuckets,
    FlatPenalty,
    LoanStatus,
    LoanTerms,
    Payment,
    RatePenalty,
    apply_payments,
    build_custom_schedule,
    build_schedule,
    default_interest_limit,
    portfolio_at_risk,
    reschedule,
)

D = Decimal
START = date(2026, 1, 10)


def interest_free(principal: int = 3000, n: int = 3) -> object:
    return build_schedule(
        LoanTerms(
            principal=principal, annual_rate=0, interest_method="none", installments=n, disbursed_on=START
        )
    )


def monthly(principal: int = 12000, n: int = 12, rate: str = "0.12") -> object:
    return build_schedule(
        LoanTerms(principal=principal, annual_rate=rate, installments=n, disbursed_on=START)
    )


def test_paying_every_instalment_on_its_due_date() -> None:
    s = monthly()
    payments = [Payment(i.due_date, i.payment) for i in s.installments]  # type: ignore[attr-defined]
    status = apply_payments(s, payments, as_of=date(2027, 6, 1))  # type: ignore[arg-type]
    assert status.fully_paid and status.days_past_due == 0 and status.bucket == "current"
    assert status.outstanding_principal == 0 and status.credit == 0
    assert all(i.days_late == 0 and i.paid_on == i.due_date for i in status.installments)


def test_late_and_partial_payments() -> None:
    s = interest_free()
    status = apply_payments(s, [Payment(date(2026, 2, 20), 1500)], as_of=date(2026, 4, 1))  # type: ignore[arg-type]
    first, second, third = status.installments
    assert first.paid_on == date(2026, 2, 20) and first.days_late == 10
    assert second.principal_paid == D("500.00") and second.paid_on is None and second.days_late == 22
    assert third.days_late == 0  # due 10 April, after as_of
    assert status.overdue_principal == D("500.00")
    assert status.outstanding_principal == D("1500.00")
    assert status.days_past_due == 22 and status.bucket == "1-30"
    assert status.total_paid == D("1500")


def test_due_today_is_not_overdue() -> None:
    s = interest_free()
    status = apply_payments(s, [], as_of=date(2026, 2, 10))  # type: ignore[arg-type]
    assert status.days_past_due == 0 and status.overdue_principal == 0
    status = apply_payments(s, [], as_of=date(2026, 2, 11))  # type: ignore[arg-type]
    assert status.days_past_due == 1 and status.overdue_principal == D("1000.00")


def test_overpayment_is_kept_as_credit() -> None:
    s = interest_free()
    status = apply_payments(s, [Payment(date(2026, 2, 1), 3500)], as_of=date(2026, 2, 1))  # type: ignore[arg-type]
    assert status.fully_paid and status.credit == D("500.00")
    assert status.total_paid == status.credit + D("3000.00")


def test_payments_after_as_of_are_not_applied() -> None:
    s = interest_free()
    status = apply_payments(s, [Payment(date(2026, 5, 1), 3000)], as_of=date(2026, 3, 1))  # type: ignore[arg-type]
    assert status.ignored_payments == 1 and status.total_paid == 0 and status.days_past_due == 19


def test_allocation_order_decides_what_a_short_payment_covers() -> None:
    s = monthly(12000, 12)
    first = s.installments[0]  # type: ignore[attr-defined]
    pay = [Payment(date(2026, 3, 1), D("50"))]
    default = apply_payments(s, pay, date(2026, 3, 1), penalty=FlatPenalty(amount=30))  # type: ignore[arg-type]
    assert default.installments[0].penalty_paid == D("30") and default.installments[0].interest_paid == D(
        "20"
    )
    principal_first = apply_payments(
        s,
        pay,
        date(2026, 3, 1),
        penalty=FlatPenalty(amount=30),  # type: ignore[arg-type]
        allocation=AllocationOrder.PRINCIPAL_INTEREST_PENALTY,
    )
    assert principal_first.installments[0].principal_paid == D("50")
    assert first.interest == D("120.00")


def test_flat_penalty_charged_once_per_late_instalment_after_grace() -> None:
    s = interest_free()
    rule = FlatPenalty(amount=50, grace_days=5)
    on_time = apply_payments(s, [Payment(date(2026, 2, 15), 1000)], date(2026, 3, 1), penalty=rule)  # type: ignore[arg-type]
    assert on_time.installments[0].penalty_charged == 0
    late = apply_payments(s, [Payment(date(2026, 2, 16), 1000)], date(2026, 3, 1), penalty=rule)  # type: ignore[arg-type]
    assert late.installments[0].penalty_charged == D("50")
    # The payment pays the fine first, so 50 of the instalment is still unpaid.
    assert late.installments[0].outstanding == D("50.00") and late.penalty_due == 0


def test_rate_penalty_on_overdue_principal_by_days() -> None:
    s = interest_free(36500, 1)  # one instalment of 36,500 due 10 Feb 2026
    status = apply_payments(s, [], date(2026, 3, 12), penalty=RatePenalty(annual_rate="0.05"))  # type: ignore[arg-type]
    assert status.penalty_due == D("150.00")  # 36,500 × 5% × 30/365
    assert status.findings == ()  # 5% is statutory default interest: within the limit


def test_penalty_over_the_default_limit_is_a_finding_not_an_error() -> None:
    s = monthly(12000, 12, "0.12")
    status = apply_payments(s, [], date(2026, 6, 1), penalty=RatePenalty(annual_rate="0.24"))  # type: ignore[arg-type]
    codes = [f.code for f in status.findings]
    assert codes == ["penalty_rate_over_limit"]
    finding = status.findings[0]
    assert finding.limit == D("0.15") and finding.actual == D("0.24") and finding.provisional


def test_a_default_fine_of_100_percent_of_principal_is_flagged() -> None:
    # Press reports of a village "default fine" equal to the whole principal: it must be flagged.
    s = build_custom_schedule(20000, START, [(date(2026, 6, 30), 20000)])
    status = apply_payments(
        s, [Payment(date(2026, 7, 15), 40000)], date(2026, 8, 1), penalty=FlatPenalty(amount=20000)
    )
    assert status.fully_paid
    assert [f.code for f in status.findings] == ["penalty_over_default_interest"]
    assert status.findings[0].actual == D("20000")


def test_default_interest_limit_before_and_after_the_2021_decree() -> None:
    assert default_interest_limit(D("0.10"), date(2021, 4, 10))[0] == D("0.15")
    assert default_interest_limit(D("0.10"), date(2021, 4, 11))[0] == D("0.13")


def test_over_cap_loan_status_carries_the_interest_finding() -> None:
    flat = build_schedule(
        LoanTerms.from_monthly_percent(
            1, principal=12000, installments=12, disbursed_on=START, interest_method="flat"
        )
    )
    status = apply_payments(flat, [], date(2026, 3, 1))
    assert "interest_cap_annual_rate" in [f.code for f in status.findings]


def test_bad_payments_are_refused() -> None:
    s = interest_free()
    with pytest.raises(InvalidInputError):
        Payment(date(2026, 2, 1), 0)
    with pytest.raises(InvalidInputError):
        Payment("yesterday", 10)
    with pytest.raises(InvalidInputError):
        apply_payments(s, [Payment(date(2026, 1, 9), 10)], date(2026, 3, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        apply_payments(s, [(date(2026, 2, 1), 10)], date(2026, 3, 1))  # type: ignore[arg-type, list-item]
    # ISO text is a date here as everywhere (it was refused before the one input kernel).
    assert apply_payments(s, [], "2026-03-01") == apply_payments(s, [], date(2026, 3, 1))
    with pytest.raises(InvalidInputError):
        apply_payments(s, [], "1 March 2026")
    with pytest.raises(InvalidInputError):
        apply_payments(s, [], date(2026, 3, 1), allocation="principal first")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        FlatPenalty(amount=10, grace_days=-1)
    with pytest.raises(InvalidInputError):
        ArrearsBuckets((60, 30))


def test_buckets() -> None:
    b = ArrearsBuckets()
    assert [b.classify(d) for d in (0, 1, 30, 31, 60, 61, 90, 91, 180, 181)] == [
        "current",
        "1-30",
        "1-30",
        "31-60",
        "31-60",
        "61-90",
        "61-90",
        "91-180",
        "91-180",
        "181+",
    ]
    assert b.labels == ("current", "1-30", "31-60", "61-90", "91-180", "181+")


def test_portfolio_at_risk() -> None:
    s = interest_free()
    current = apply_payments(s, [Payment(date(2026, 2, 10), 1000)], date(2026, 3, 1))  # type: ignore[arg-type]
    late = apply_payments(s, [], date(2026, 3, 15))  # type: ignore[arg-type]  # 33 days past due
    par = portfolio_at_risk([current, late], days=30)
    assert par.numerator == D("3000.00") and par.denominator == D("5000.00")
    assert par.ratio == D("0.6") and par.loans_at_risk == 1 and par.loans == 2
    assert portfolio_at_risk([current, late], days=60).ratio == 0
    with pytest.raises(InvalidInputError):
        portfolio_at_risk([current], days=-1)


def test_status_table_repr_and_pickle() -> None:
    s = interest_free()
    status = apply_payments(s, [Payment(date(2026, 2, 20), 1500)], date(2026, 4, 1))  # type: ignore[arg-type]
    assert isinstance(status, LoanStatus)
    header = status.to_rows(language="en")[0]
    assert header[:4] == ["No.", "Due date", "Due", "Paid"] and "Days late" in header
    assert "22 days past due" in repr(status) and len(repr(status)) < 200
    assert pickle.loads(pickle.dumps(status)) == status


def test_reschedule_what_remains() -> None:
    s = monthly(12000, 12)
    status = apply_payments(s, [Payment(date(2026, 2, 10), 2000)], date(2026, 5, 10))  # type: ignore[arg-type]
    new = reschedule(status, date(2026, 5, 10), installments=6, annual_rate="0.06")
    assert new.principal == status.outstanding_principal and len(new.installments) == 6
    assert new.terms is not None and new.terms.annual_rate == D("0.06")
    assert new.installments[0].due_date == date(2026, 6, 10)
    capitalised = reschedule(status, date(2026, 5, 10), capitalize_arrears=True)
    assert capitalised.principal == status.outstanding_principal + status.overdue_interest
    with pytest.raises(InvalidInputError):
        reschedule(status, date(2026, 5, 1))
    with pytest.raises(InvalidInputError):
        reschedule(status, date(2026, 5, 10), principal=5)
    paid = apply_payments(s, [Payment(date(2026, 2, 10), 20000)], date(2026, 3, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        reschedule(paid, date(2026, 3, 1))
