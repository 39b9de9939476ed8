"""Rescheduling under CCC s.655: only interest overdue at least a year, only by written agreement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    FlatPenalty,
    LoanTerms,
    Payment,
    apply_payments,
    build_rescheduling,
    build_schedule,
    reschedule,
)
from chumchon.loans.rescheduling import CCC_S655, COMPOUNDING_MIN_OVERDUE
from chumchon.rules import Status

D = Decimal
SCHEDULE = build_schedule(
    LoanTerms(principal=12000, annual_rate="0.12", installments=12, disbursed_on=date(2025, 1, 5))
)
NOTHING_PAID = apply_payments(SCHEDULE, [], as_of=date(2026, 3, 1))


def test_the_parameter_is_one_year_from_s655_confirmed() -> None:
    dated = COMPOUNDING_MIN_OVERDUE.at(date(2026, 3, 1))
    assert dated.value == 1 and dated.status is Status.CONFIRMED and dated.source.clause == "s.655"
    assert "in writing" in CCC_S655.note


def test_only_interest_overdue_a_year_is_added() -> None:
    # Instalment 1 (due 2025-02-05, interest 120.00 = 12,000 x 1%) is overdue more than a year on 2026-03-01;
    # instalment 2 (due 2025-03-05) is four days short of a year.
    r = build_rescheduling(NOTHING_PAID, date(2026, 3, 1), capitalize_interest=True, agreed_in_writing=True)
    assert r.capitalized_interest == D("120.00")
    assert r.capitalized_interest + r.interest_kept_apart == NOTHING_PAID.overdue_interest
    assert r.schedule.principal == NOTHING_PAID.outstanding_principal + D("120.00")
    assert r.capitalized_penalty == 0 and r.penalty_kept_apart == 0
    (finding,) = r.findings
    assert finding.code == "interest_capitalized_s655" and finding.provisional
    assert finding.sources == (CCC_S655,) and "มาตรา 655" in finding.message.th


def test_a_later_agreement_date_lets_more_interest_in() -> None:
    later = build_rescheduling(
        NOTHING_PAID, date(2026, 3, 5), capitalize_interest=True, agreed_in_writing=True
    )
    # due 2025-03-05 + 1 year = 2026-03-05: exactly a year counts ("not less than one year")
    first_two = sum((i.interest for i in SCHEDULE.installments[:2]), D(0))
    assert later.capitalized_interest == first_two


def test_without_a_written_agreement_capitalisation_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="in writing"):
        reschedule(NOTHING_PAID, date(2026, 3, 1), capitalize_interest=True)
    with pytest.raises(InvalidInputError, match="choose one"):
        reschedule(NOTHING_PAID, date(2026, 3, 1), capitalize_interest=True, capitalize_arrears=True)


def test_capitalising_all_arrears_is_reported_against_s655() -> None:
    status = apply_payments(SCHEDULE, [], as_of=date(2026, 3, 1), penalty=FlatPenalty(amount=50))
    r = build_rescheduling(status, date(2026, 3, 1), capitalize_arrears=True, agreed_in_writing=True)
    assert r.schedule.principal == status.outstanding_principal + status.overdue_interest + status.penalty_due
    codes = [f.code for f in r.findings]
    assert codes == ["interest_on_interest_s655", "penalty_capitalized"]
    assert r.findings[0].limit == D("120.00") and r.findings[0].actual == status.overdue_interest
    unwritten = build_rescheduling(status, date(2026, 3, 1), capitalize_arrears=True)
    assert unwritten.findings[0].limit == 0


def test_nothing_capitalised_means_no_finding() -> None:
    r = build_rescheduling(NOTHING_PAID, date(2026, 3, 1), installments=6)
    assert r.findings == () and r.interest_kept_apart == NOTHING_PAID.overdue_interest
    assert r.schedule == reschedule(NOTHING_PAID, date(2026, 3, 1), installments=6)


def test_paid_interest_is_not_capitalised() -> None:
    first = SCHEDULE.installments[0]
    status = apply_payments(SCHEDULE, [Payment(date(2025, 2, 5), first.payment)], as_of=date(2026, 3, 1))
    r = build_rescheduling(status, date(2026, 3, 1), capitalize_interest=True, agreed_in_writing=True)
    assert r.capitalized_interest == 0


@settings(max_examples=40, deadline=None)
@given(days=st.integers(min_value=0, max_value=800))
def test_capitalised_interest_never_exceeds_overdue_and_grows_with_time(days: int) -> None:
    from datetime import timedelta

    day = date(2025, 2, 6) + timedelta(days=days)
    status = apply_payments(SCHEDULE, [], as_of=day)
    now = build_rescheduling(status, day, capitalize_interest=True, agreed_in_writing=True)
    later = build_rescheduling(
        status, day + timedelta(days=30), capitalize_interest=True, agreed_in_writing=True
    )
    assert 0 <= now.capitalized_interest <= status.overdue_interest
    assert now.capitalized_interest <= later.capitalized_interest
    assert now.capitalized_interest + now.interest_kept_apart == status.overdue_interest


def test_all_arrears_overdue_a_year_and_agreed_in_writing_raise_no_interest_finding() -> None:
    # Every unpaid instalment fell due more than a year before the agreement: s.655's exception covers it all.
    status = apply_payments(SCHEDULE, [], as_of=date(2027, 3, 1))
    r = build_rescheduling(status, date(2027, 3, 1), capitalize_arrears=True, agreed_in_writing=True)
    assert r.capitalized_interest == status.overdue_interest and r.findings == ()
