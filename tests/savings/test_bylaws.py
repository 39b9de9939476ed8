"""Bylaws as data and the legal check of loan products."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, ParseError, UnknownRegulationError
from chumchon.loans import InterestMethod
from chumchon.savings import (
    Bylaws,
    DividendMethod,
    DividendPolicy,
    FixedAmount,
    LoanProduct,
    MemberTotal,
    MemberType,
    PercentOfProfit,
    RebatePolicy,
    Residual,
    Severity,
    check_bylaws,
    loan_cost,
)
from chumchon.savings.examples import training_group

AS_OF = date(2025, 6, 1)


def _product(**kw: object) -> LoanProduct:
    fields: dict[str, object] = {
        "name": "p",
        "interest_method": InterestMethod.DECLINING_BALANCE,
        "max_term_months": 12,
    }
    fields.update(kw)
    return LoanProduct(**fields)  # type: ignore[arg-type]


def _bylaws(*products: LoanProduct, residual: str = "reserve") -> Bylaws:
    return Bylaws(
        fiscal_start_month=10,
        dividend=None,
        rebate=None,
        allocation=[Residual(residual)],
        loan_products=products,
    )


def test_declining_1_25_percent_a_month_is_exactly_at_the_cap_and_legal() -> None:
    # CCC s.654: 15% a year = 1.25% a month on the declining balance.
    result = check_bylaws(_bylaws(_product(monthly_rate="0.0125")), AS_OF)
    assert not result.legal_risk and result.findings == ()
    assert result.loan_costs[0].nominal_annual_rate == Decimal("0.1500")


def test_declining_above_the_cap() -> None:
    result = check_bylaws(_bylaws(_product(monthly_rate="0.013")), AS_OF)
    finding = result.findings[0]
    assert finding.code == "interest_cap_annual_rate" and finding.severity is Severity.LEGAL_RISK
    assert finding.limit == Decimal("0.15") and finding.actual == Decimal("0.1560")
    assert finding.source is not None and finding.source.clause == "s.654"
    assert "มาตรา 654" in finding.message.th


def test_flat_one_percent_a_month_breaks_the_cap() -> None:
    # DOMAIN 4: 1% a month flat over 12 months is roughly 21% a year.
    result = check_bylaws(_bylaws(_product(monthly_rate="0.01", interest_method=InterestMethod.FLAT)), AS_OF)
    assert result.legal_risk
    assert [f.code for f in result.findings] == ["interest_cap_annual_rate", "flat_rate"]
    assert Decimal("0.21") < result.loan_costs[0].nominal_annual_rate < Decimal("0.22")
    assert "legal_risk=True" in repr(result) and result.to_rows()[1][1] == "interest_cap_annual_rate"


def test_annual_quoted_rate_and_no_interest() -> None:
    assert loan_cost(_product(annual_rate="0.12"), AS_OF).nominal_annual_rate == Decimal("0.1200")
    free = _product(interest_method=InterestMethod.NONE)
    assert loan_cost(free, AS_OF).nominal_annual_rate == 0
    assert free.rate_per_month == 0 and _product(annual_rate="0.12").rate_per_month == Decimal("0.01")


def test_residual_not_reserve_is_noted() -> None:
    result = check_bylaws(_bylaws(residual="welfare"), AS_OF)
    assert [f.severity for f in result.findings] == [Severity.NOTE]


def test_check_before_records_begin() -> None:
    with pytest.raises(UnknownRegulationError):
        check_bylaws(_bylaws(), date(1930, 1, 1))


def test_training_group_bylaws_flag_the_flat_emergency_loan() -> None:
    result = check_bylaws(training_group().bylaws, AS_OF)
    assert (result.findings[0].subject, result.findings[0].code) == ("ฉุกเฉิน", "interest_cap_annual_rate")


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"monthly_rate": "0.01", "annual_rate": "0.12"}, "exactly one of monthly_rate and annual_rate"),
        ({}, "exactly one of monthly_rate and annual_rate"),
        ({"monthly_rate": "-0.01"}, "must be a non-negative fraction"),
        ({"monthly_rate": "0.01", "interest_method": InterestMethod.NONE}, "NONE but a rate"),
        ({"monthly_rate": "0.01", "max_term_months": 0}, "max_term_months"),
        ({"monthly_rate": "0.01", "interest_method": "compound"}, "interest_method"),
    ],
)
def test_loan_product_structural_errors(kw: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        _product(**kw)


def test_bylaws_structural_errors() -> None:
    with pytest.raises(InvalidInputError, match="more than 100"):
        Bylaws(
            fiscal_start_month=1,
            dividend=DividendPolicy(method=DividendMethod.DAILY, percent_of_profit=60),
            rebate=RebatePolicy(percent_of_profit=30),
            allocation=[PercentOfProfit("welfare", 20), Residual()],
        )
    with pytest.raises(InvalidInputError, match="comes from the dividend policy"):
        Bylaws(
            fiscal_start_month=1,
            dividend=DividendPolicy(method=DividendMethod.DAILY, rate="0.05"),
            rebate=None,
            allocation=[FixedAmount("dividend", 1), Residual()],
        )
    with pytest.raises(InvalidInputError, match="not MemberTotal"):
        Bylaws(fiscal_start_month=1, dividend=None, rebate=None, allocation=[MemberTotal("x", 1), Residual()])
    with pytest.raises(InvalidInputError, match="above the largest"):
        Bylaws(
            fiscal_start_month=1,
            dividend=None,
            rebate=None,
            allocation=[Residual()],
            monthly_savings_min=200,
            monthly_savings_max=100,
        )
    with pytest.raises(InvalidInputError, match="same name"):
        _bylaws(_product(monthly_rate="0.01"), _product(monthly_rate="0.01"))
    with pytest.raises(InvalidInputError, match="exactly one of rate and percent_of_profit"):
        DividendPolicy(method=DividendMethod.DAILY)
    with pytest.raises(InvalidInputError, match="needs a method"):
        DividendPolicy(method=None, rate="0.05")
    with pytest.raises(InvalidInputError, match="percent_of_profit, not a rate"):
        DividendPolicy(method=None, basis="work_units", rate="0.05")
    with pytest.raises(InvalidInputError, match="must be a DividendPolicy"):
        Bylaws(fiscal_start_month=1, dividend="5%", rebate=None, allocation=[Residual()])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="each item must be a LoanProduct"):
        Bylaws(fiscal_start_month=1, dividend=None, rebate=None, allocation=[Residual()], loan_products=["x"])


def test_bylaws_from_mapping() -> None:
    bylaws = Bylaws.from_mapping(
        {
            "name": "บ้านหนองบัว",
            "fiscal_start_month": 1,
            "dividend": {"method": "opening_month_average", "rate": "0.06", "rounding": "whole_baht"},
            "rebate": {"rate": "0.1", "exclude_defaulters": False},
            "allocation": [{"type": "fixed", "category": "network", "amount": 500}, {"type": "residual"}],
            "loan_products": [
                {
                    "name": "สามัญ",
                    "monthly_rate": "0.01",
                    "interest_method": "declining_balance",
                    "max_term_months": 12,
                }
            ],
            "deposit_products": [
                {
                    "name": "ออมทรัพย์",
                    "annual_rate": "0.02",
                    "basis": "monthly_minimum",
                    "credit_every_months": 12,
                }
            ],
            "member_rights": {"honorary": {"vote": False, "borrow": False, "dividend": False}},
            "leaver_dividend": "none",
        }
    )
    assert bylaws.dividend is not None and bylaws.dividend.rounding.name == "whole_baht"
    assert bylaws.loan_product("สามัญ").monthly_rate == Decimal("0.01")
    assert not bylaws.rights(MemberType.HONORARY).dividend and bylaws.rights(MemberType.ORDINARY).vote
    with pytest.raises(InvalidInputError, match="no loan product"):
        bylaws.loan_product("พิเศษ")
    with pytest.raises(InvalidInputError, match="unknown field"):
        Bylaws.from_mapping({"fiscal_start_month": 1, "colour": "red"})
    with pytest.raises(ParseError, match="the field dividend is required"):
        Bylaws.from_mapping({"fiscal_start_month": 1, "rebate": None, "allocation": [{"type": "residual"}]})
    with pytest.raises(InvalidInputError, match="percent, fixed, members or residual"):
        Bylaws.from_mapping(
            {"fiscal_start_month": 1, "dividend": None, "rebate": None, "allocation": [{"type": "bonus"}]}
        )
    with pytest.raises(InvalidInputError, match="unknown rounding"):
        RebatePolicy(rate="0.1", rounding="nearest")
