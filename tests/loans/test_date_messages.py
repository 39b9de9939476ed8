"""Loan errors and findings show dates in Thai with the Buddhist-era year in the Thai half, ISO in the English
half (as the library's report titles do)."""

from __future__ import annotations

from datetime import date

import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    LoanTerms,
    Payment,
    RatePenalty,
    apply_payments,
    build_custom_schedule,
    build_schedule,
)
from chumchon.loans.dates import DateAdjustment, adjust_date


def _refusal(call: object) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_first_due_before_disbursement_names_both_dates_in_thai_and_iso() -> None:
    error = _refusal(
        lambda: LoanTerms(
            principal=1000,
            annual_rate=0,
            installments=2,
            disbursed_on=date(2026, 1, 10),
            first_due=date(2026, 1, 5),
        )
    )
    assert "5 มกราคม 2569" in error.th and "10 มกราคม 2569" in error.th
    assert "2026-01-05" not in error.th
    assert "2026-01-05" in error.en and "2026-01-10" in error.en


def test_payment_before_disbursement_shows_buddhist_era_dates() -> None:
    schedule = build_schedule(
        LoanTerms(
            principal=1000,
            annual_rate=0,
            interest_method="none",
            installments=2,
            disbursed_on=date(2026, 1, 10),
        )
    )
    error = _refusal(
        lambda: apply_payments(schedule, [Payment(date(2025, 12, 31), 10)], as_of=date(2026, 3, 1))
    )
    assert "31 ธันวาคม 2568" in error.th and "10 มกราคม 2569" in error.th
    assert "2025-12-31" in error.en


def test_custom_schedule_due_date_order_shows_thai_dates() -> None:
    error = _refusal(lambda: build_custom_schedule(1000, date(2026, 1, 10), [(date(2026, 1, 1), 1000)]))
    assert "1 มกราคม 2569" in error.th and "10 มกราคม 2569" in error.th
    assert "2026-01-01" in error.en


def test_no_business_day_message_shows_a_thai_date() -> None:
    every_day = {date(2026, 4, 1).fromordinal(date(2026, 4, 1).toordinal() + k) for k in range(60)}
    error = _refusal(lambda: adjust_date(date(2026, 4, 1), DateAdjustment.FOLLOWING, holidays=every_day))
    assert "1 เมษายน 2569" in error.th and "2026-04-01" in error.en


def test_penalty_rate_finding_names_the_day_in_thai() -> None:
    terms = LoanTerms(principal=1200, annual_rate="0.12", installments=12, disbursed_on=date(2026, 1, 10))
    status = apply_payments(
        build_schedule(terms), [], as_of=date(2026, 6, 1), penalty=RatePenalty(annual_rate="0.5")
    )
    (finding,) = [f for f in status.findings if f.code == "penalty_rate_over_limit"]
    assert "1 มิถุนายน 2569" in finding.message.th and "2026-06-01" in finding.message.en
