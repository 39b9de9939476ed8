"""Loan limits, leaving and deposit interest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import InterestMethod
from chumchon.savings import (
    DepositProduct,
    InterestBasis,
    LeaverDividend,
    LoanProduct,
    calculate_deposit_interest,
    loan_limit,
    settle_exit,
)

PRODUCT = LoanProduct(
    name="สามัญ",
    monthly_rate="0.01",
    interest_method=InterestMethod.DECLINING_BALANCE,
    max_term_months=12,
    limit_multiple_of_savings=3,
    limit_cap=50_000,
    guarantors_above_savings=2,
    max_guarantees_per_member=2,
)


def test_loan_limit_takes_the_smallest_limit() -> None:
    assert loan_limit(PRODUCT, savings=10_000, group_cash=100_000).maximum == Decimal(30_000)
    assert loan_limit(PRODUCT, savings=30_000, group_cash=100_000).maximum == Decimal(50_000)
    assert loan_limit(PRODUCT, savings=30_000, group_cash=8_000).maximum == Decimal(8_000)
    owing = loan_limit(PRODUCT, savings=10_000, group_cash=100_000, open_loans=35_000)
    assert owing.maximum == 0 and not owing.allowed


def test_guarantors_only_above_own_savings() -> None:
    small = loan_limit(PRODUCT, savings=10_000, group_cash=100_000, requested=8_000)
    assert small.allowed and small.guarantors_required == 0
    big = loan_limit(PRODUCT, savings=10_000, group_cash=100_000, requested=20_000)
    assert big.allowed and big.guarantors_required == 2
    too_big = loan_limit(PRODUCT, savings=10_000, group_cash=100_000, requested=40_000)
    assert not too_big.allowed and "above the limit" in too_big.reasons[-1].en
    assert too_big.to_rows(header=False)[-1][1] == Decimal(30_000)
    assert "maximum 30000" in repr(too_big)


def test_guarantee_count() -> None:
    assert loan_limit(PRODUCT, savings=1, group_cash=1, guarantees_given=1).can_guarantee
    full = loan_limit(PRODUCT, savings=1, group_cash=1, guarantees_given=2)
    assert not full.can_guarantee and "already guarantees 2" in full.reasons[-1].en
    with pytest.raises(InvalidInputError, match="LoanProduct"):
        loan_limit("สามัญ", savings=1, group_cash=1)  # type: ignore[arg-type]


def test_exit_pays_savings_deposits_and_earned_dividend_less_debts() -> None:
    s = settle_exit(
        "A01",
        savings=12_000,
        deposits=3_000,
        deposit_interest="45.50",
        year_dividend=600,
        year_rebate=40,
        leaver_dividend=LeaverDividend.EARNED,
        loans_outstanding=5_000,
        interest_due=50,
        fines_due=20,
    )
    assert s.payout == Decimal("10615.50") and s.still_owed == 0 and not s.refused
    assert s.to_rows(header=False)[-1][2] == Decimal("10615.50")


def test_exit_without_the_years_dividend() -> None:
    s = settle_exit("A01", savings=1_000, year_dividend=600, leaver_dividend="none")
    assert s.payout == Decimal(1_000)
    assert any("no dividend" in r.en for r in s.reasons)


def test_exit_refused_while_guaranteeing() -> None:
    s = settle_exit("A01", savings=1_000, open_guarantees=1, leaver_dividend=LeaverDividend.NONE)
    assert s.refused and s.payout == 0 and "guarantees 1 open loan" in s.reasons[0].en
    assert "refused" in repr(s)


def test_exit_with_debts_larger_than_savings() -> None:
    s = settle_exit("A01", savings=1_000, loans_outstanding=3_000, leaver_dividend=LeaverDividend.NONE)
    assert s.payout == 0 and s.still_owed == Decimal(2_000)
    with pytest.raises(InvalidInputError, match="zero or more"):
        settle_exit("A01", savings=-1, leaver_dividend=LeaverDividend.NONE)


DAILY = DepositProduct(name="ออมทรัพย์", annual_rate="0.0365", basis="daily_balance", credit_every_months=6)


def test_daily_deposit_interest_credited_half_yearly_and_compounded() -> None:
    result = calculate_deposit_interest(
        DAILY, opening_balance=10_000, start=date(2025, 1, 1), end=date(2026, 1, 1)
    )
    first, second = result.periods
    assert first.interest == Decimal("181.00")  # 10,000 × 3.65% × 181/365
    assert second.interest == Decimal("187.33")  # (10,000 + 181 credited) × 3.65% × 184/365
    assert result.credited == first.interest + second.interest and result.accrued == 0


def test_deposit_transactions_and_accrued_interest() -> None:
    result = calculate_deposit_interest(
        DAILY,
        opening_balance=0,
        transactions=[(date(2025, 1, 11), 36_500)],
        start=date(2025, 1, 1),
        end=date(2025, 3, 2),
    )
    # 36,500 × 3.65% / 365 = 3.65 a day from 11 Jan to 1 Mar inclusive: 50 days.
    assert result.accrued == Decimal("182.50") and result.credited == 0
    assert not result.periods[-1].credited and result.total == Decimal("182.50")
    assert "accrued 182.50" in repr(result) and result.to_rows(header=False)[0][2] == Decimal("182.50")


def test_monthly_minimum_basis() -> None:
    product = DepositProduct(
        name="x", annual_rate="0.12", basis=InterestBasis.MONTHLY_MINIMUM, credit_every_months=12
    )
    result = calculate_deposit_interest(
        product,
        opening_balance=1_000,
        transactions=[(date(2025, 1, 15), -500), (date(2025, 1, 20), 500)],
        start=date(2025, 1, 1),
        end=date(2026, 1, 1),
    )
    # January's lowest balance is 500; the other eleven months 1,000: (500 + 11,000) × 1%.
    assert result.credited == Decimal("115.00")


def test_deposit_bad_inputs() -> None:
    with pytest.raises(InvalidInputError, match="1, 2, 3, 4, 6 or 12"):
        DepositProduct(name="x", annual_rate="0.01", basis="daily_balance", credit_every_months=5)
    with pytest.raises(InvalidInputError, match="before the start"):
        calculate_deposit_interest(DAILY, opening_balance=0, start=date(2025, 2, 1), end=date(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="outside"):
        calculate_deposit_interest(
            DAILY,
            opening_balance=0,
            transactions=[(date(2024, 1, 1), 5)],
            start=date(2025, 1, 1),
            end=date(2026, 1, 1),
        )
