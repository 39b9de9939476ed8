"""True cost of credit and the legal cap (CCC s.654: 15% a year)."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest

from chumchon.errors import InvalidInputError, RuleViolationError, UnknownRegulationError
from chumchon.loans import (
    LoanTerms,
    assess_interest_rate,
    build_custom_schedule,
    build_schedule,
    check_interest_rate,
    effective_annual_rate,
    is_interest_rate_legal,
    nominal_annual_rate,
)
from chumchon.money import WHOLE_BAHT_UP
from chumchon.rules import INTEREST_CAP_ANNUAL_RATE, INTEREST_OVERRATE_ACT

AS_OF = date(2026, 1, 1)


def test_flat_one_percent_a_month_costs_about_21_percent() -> None:
    # DOMAIN.md s.4: "1% per month flat over 12 months is roughly 21% per year".
    flat = LoanTerms.from_monthly_percent(
        1, principal=12000, installments=12, disbursed_on=AS_OF, interest_method="flat"
    )
    expected = npf.rate(12, -1120, 12000, 0) * 12
    assert abs(float(nominal_annual_rate(flat)) - expected) < 1e-9
    assert Decimal("0.21") < nominal_annual_rate(flat) < Decimal("0.22")
    assert Decimal("0.236") < effective_annual_rate(flat) < Decimal("0.238")
    assert not is_interest_rate_legal(flat, AS_OF)
    with pytest.raises(RuleViolationError) as info:
        check_interest_rate(flat, AS_OF)
    err = info.value
    assert err.rule == "interest_cap_annual_rate" and err.clause == "ป.พ.พ. มาตรา 654"
    assert err.limit == Decimal("0.15") and Decimal("0.21") < Decimal(err.actual) < Decimal("0.22")  # type: ignore[arg-type]
    finding = assess_interest_rate(flat, AS_OF).findings[0]
    assert finding.code == "interest_cap_annual_rate"
    assert INTEREST_OVERRATE_ACT in finding.sources
    assert INTEREST_CAP_ANNUAL_RATE.at(AS_OF).source in finding.sources


@pytest.mark.parametrize("principal", [1, 3, 7, 99, 1234.56, 500000])
@pytest.mark.parametrize("installments", [1, 7, 24])
@pytest.mark.parametrize("amortization", ["equal_installment", "equal_principal", "bullet"])
def test_declining_loan_at_exactly_the_cap_is_legal(
    principal: float, installments: int, amortization: str
) -> None:
    # 1.25% a month on the declining balance is 15% a year: AT the cap, not over it, whatever the rounding.
    for rounding in ("satang", "whole_baht_up"):
        terms = LoanTerms.from_monthly_percent(
            "1.25",
            principal=principal,
            installments=installments,
            disbursed_on=AS_OF,
            amortization=amortization,
            installment_rounding=rounding,
        )
        try:
            schedule = build_schedule(terms)
        except InvalidInputError:
            continue  # a whole-baht rounding too coarse for a tiny loan
        result = check_interest_rate(schedule, AS_OF)
        assert result.legal
        if principal >= 1000:  # tiny loans: satang rounding moves the measured rate a lot, downwards here
            assert abs(result.nominal_annual_rate - Decimal("0.15")) < Decimal("0.0001")


def test_just_over_the_cap_is_caught() -> None:
    terms = LoanTerms.from_monthly_percent("1.26", principal=100000, installments=12, disbursed_on=AS_OF)
    result = assess_interest_rate(terms, AS_OF)
    assert not result.legal and result.excess_value > result.rounding_allowance
    assert round(result.nominal_annual_rate, 6) == Decimal("0.151200")


def test_quarterly_and_actual_day_loans_at_the_cap() -> None:
    q = LoanTerms.from_annual_percent(
        15, principal=90000, installments=8, frequency="quarterly", disbursed_on=AS_OF
    )
    assert round(nominal_annual_rate(q), 6) == Decimal("0.150000")  # satang rounding of interest only
    assert is_interest_rate_legal(q, AS_OF)
    a = LoanTerms.from_annual_percent(
        15,
        principal=90000,
        installments=10,
        accrual="actual_365",
        disbursed_on=date(2026, 1, 31),
        installment_rounding=WHOLE_BAHT_UP,
    )
    assert is_interest_rate_legal(a, AS_OF)


def test_upfront_fee_counts_in_the_cost() -> None:
    # A fee is hidden interest (Interest Over-rate Prohibition Act): 1.2%/month plus a 3% fee is over the cap.
    terms = LoanTerms.from_monthly_percent(
        "1.2", principal=10000, installments=6, disbursed_on=AS_OF, upfront_fee=300
    )
    assert nominal_annual_rate(terms) > Decimal("0.15")
    assert not is_interest_rate_legal(terms, AS_OF)


def test_interest_free_custom_schedule_costs_nothing() -> None:
    s = build_custom_schedule(6000, AS_OF, [(date(2026, 3, 1), 1000), (date(2026, 9, 1), 5000)])
    assert nominal_annual_rate(s) == 0 and effective_annual_rate(s) == 0
    assert is_interest_rate_legal(s, AS_OF)


def test_custom_schedule_with_interest_measures_actual_365() -> None:
    s = build_custom_schedule(
        36500, AS_OF, [(date(2026, 2, 1), 10000), (date(2026, 7, 1), 26500)], annual_rate="0.15"
    )
    assert abs(nominal_annual_rate(s) - Decimal("0.15")) < Decimal("0.0001")
    assert is_interest_rate_legal(s, AS_OF)


def test_bad_input() -> None:
    terms = LoanTerms(principal=1000, annual_rate="0.12", installments=3, disbursed_on=AS_OF)
    assert check_interest_rate(terms, "2026-01-01") == check_interest_rate(terms, date(2026, 1, 1))
    with pytest.raises(InvalidInputError):
        check_interest_rate(terms, "01/01/2026")
    with pytest.raises(InvalidInputError):
        nominal_annual_rate({"principal": 1})  # type: ignore[arg-type]
    with pytest.raises(UnknownRegulationError):
        check_interest_rate(terms, date(1930, 1, 1))


def test_assessment_repr_and_pickle() -> None:
    result = assess_interest_rate(
        LoanTerms(principal=1000, annual_rate="0.12", installments=3, disbursed_on=AS_OF), AS_OF
    )
    assert "legal" in repr(result) and "12.00%" in repr(result)
    assert pickle.loads(pickle.dumps(result)) == result
