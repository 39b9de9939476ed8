"""Portfolio-at-risk and interest-rate results whose fields disagree cannot be built, directly, through
``attrs.evolve`` or from a document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    LoanTerms,
    PortfolioAtRisk,
    apply_payments,
    build_schedule,
    portfolio_at_risk,
)
from chumchon.loans.rates import InterestRateAssessment, assess_interest_rate

_START = date(2026, 1, 15)


def _terms(principal: int, **kwargs: object) -> LoanTerms:
    return LoanTerms(principal=principal, annual_rate="0.12", installments=12, disbursed_on=_START, **kwargs)


@pytest.fixture(scope="module")
def par() -> PortfolioAtRisk:
    # Two loans never repaid (over 30 days late on 1 June) and one not yet due (disbursed later).
    late = [apply_payments(build_schedule(_terms(p)), [], as_of=date(2026, 6, 1)) for p in (10_000, 5_000)]
    fresh = apply_payments(
        build_schedule(
            LoanTerms(principal=8_000, annual_rate="0.12", installments=12, disbursed_on="2026-05-20")
        ),
        [],
        as_of=date(2026, 6, 1),
    )
    result = portfolio_at_risk([*late, fresh], days=30)
    assert result.loans_at_risk == 2 and result.loans == 3
    return result


@pytest.fixture(scope="module")
def over_cap() -> InterestRateAssessment:
    result = assess_interest_rate(_terms(12_000, interest_method="flat"), as_of=_START)
    assert not result.legal
    return result


@pytest.fixture(scope="module")
def within_cap() -> InterestRateAssessment:
    result = assess_interest_rate(_terms(12_000), as_of=_START)
    assert result.legal
    return result


def test_real_results_rebuild_equal(
    par: PortfolioAtRisk, over_cap: InterestRateAssessment, within_cap: InterestRateAssessment
) -> None:
    empty = portfolio_at_risk([])
    for result in (par, empty, over_cap, within_cap):
        assert attrs.evolve(result) == result
        assert type(result).from_mapping(result.to_mapping()) == result


# --- PortfolioAtRisk --------------------------------------------------------------------------------------------


def test_a_ratio_that_does_not_follow_from_the_amounts_is_refused(par: PortfolioAtRisk) -> None:
    with pytest.raises(InvalidInputError, match="the ratio must be") as error:
        attrs.evolve(par, ratio=par.ratio + Decimal("0.01"))
    assert error.value.field == "ratio"


def test_more_principal_at_risk_than_outstanding_is_refused(par: PortfolioAtRisk) -> None:
    with pytest.raises(InvalidInputError, match="from zero to the whole portfolio's") as error:
        attrs.evolve(par, numerator=par.denominator + 1, ratio=Decimal(1))
    assert error.value.field == "numerator"


def test_more_loans_at_risk_than_loans_is_refused(par: PortfolioAtRisk) -> None:
    with pytest.raises(InvalidInputError, match="from zero to the number of loans") as error:
        attrs.evolve(par, loans_at_risk=par.loans + 1)
    assert error.value.field == "loans_at_risk"
    with pytest.raises(InvalidInputError, match="days must not be negative"):
        attrs.evolve(par, days=-1)


def test_principal_at_risk_without_loans_at_risk_is_refused(par: PortfolioAtRisk) -> None:
    with pytest.raises(InvalidInputError, match="outstanding principal needs loans") as error:
        attrs.evolve(par, loans_at_risk=0)
    assert error.value.field == "loans"
    with pytest.raises(InvalidInputError, match="outstanding principal needs loans"):
        PortfolioAtRisk(
            days=30,
            numerator=Decimal(0),
            denominator=Decimal(100),
            ratio=Decimal(0),
            loans_at_risk=0,
            loans=0,
        )


def test_every_loan_at_risk_means_the_whole_portfolio_is(par: PortfolioAtRisk) -> None:
    with pytest.raises(InvalidInputError, match="when every loan is at risk") as error:
        attrs.evolve(par, loans_at_risk=par.loans)
    assert error.value.field == "numerator"


def test_an_inconsistent_par_document_is_refused(par: PortfolioAtRisk) -> None:
    document = {**par.to_mapping(), "ratio": "0.5"}
    with pytest.raises(InvalidInputError, match="the ratio must be"):
        PortfolioAtRisk.from_mapping(document)


# --- InterestRateAssessment -------------------------------------------------------------------------------------


def test_a_verdict_against_the_excess_value_is_refused(
    over_cap: InterestRateAssessment, within_cap: InterestRateAssessment
) -> None:
    with pytest.raises(InvalidInputError, match="legal must mean the excess value") as error:
        attrs.evolve(over_cap, legal=True, findings=())
    assert error.value.field == "legal"
    with pytest.raises(InvalidInputError, match="legal must mean the excess value"):
        attrs.evolve(within_cap, legal=False)


def test_an_over_cap_loan_at_a_rate_under_the_cap_is_refused(over_cap: InterestRateAssessment) -> None:
    finding = attrs.evolve(over_cap.findings[0], actual=Decimal("0.10"))
    with pytest.raises(InvalidInputError, match="true rate above the cap") as error:
        attrs.evolve(over_cap, nominal_annual_rate=Decimal("0.10"), findings=(finding,))
    assert error.value.field == "nominal_annual_rate"


def test_findings_must_match_the_verdict(
    over_cap: InterestRateAssessment, within_cap: InterestRateAssessment
) -> None:
    with pytest.raises(InvalidInputError, match="one interest-cap finding") as error:
        attrs.evolve(over_cap, findings=())
    assert error.value.field == "findings"
    with pytest.raises(InvalidInputError, match="a loan within it none"):
        attrs.evolve(within_cap, findings=over_cap.findings)
    quoted_wrong = attrs.evolve(over_cap.findings[0], actual=over_cap.nominal_annual_rate + 1)
    with pytest.raises(InvalidInputError, match="stating the cap and the true rate"):
        attrs.evolve(over_cap, findings=(quoted_wrong,))


def test_a_rounding_allowance_that_is_not_positive_is_refused(within_cap: InterestRateAssessment) -> None:
    with pytest.raises(InvalidInputError, match="rounding allowance must be more than zero") as error:
        attrs.evolve(within_cap, rounding_allowance=Decimal(0))
    assert error.value.field == "rounding_allowance"
