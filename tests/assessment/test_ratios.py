"""The SEEP ratios: definitions, zero denominators, and refused inputs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chumchon.assessment import ratios
from chumchon.assessment.ratios import MEASURES, Ratio, Unit
from chumchon.errors import InvalidInputError
from chumchon.money import DECIMAL_CONTEXT


@pytest.mark.parametrize(
    ("function", "kwargs", "numerator", "denominator", "value"),
    [
        # 430 attendances over 12 meetings of 40 members: 430 / 480.
        (ratios.attendance_rate, {"attendances": 430, "members": 40, "meetings": 12}, 430, 480, None),
        (ratios.retention_rate, {"members_at_start": 40, "members_left": 2}, 38, 40, "0.95"),
        (ratios.members_with_loans_rate, {"members_with_loans": 25, "members": 40}, 25, 40, "0.625"),
        (ratios.average_savings_per_member, {"savings": "240000", "members": 40}, 240000, 40, "6000"),
        (
            ratios.average_loan_outstanding,
            {"loans_outstanding": 250000, "members_with_loans": 25},
            250000,
            25,
            "10000",
        ),
        (ratios.return_on_savings, {"net_profit": -12000, "savings": 240000}, -12000, 240000, "-0.05"),
        (ratios.return_on_assets, {"net_profit": 30000, "total_assets": 300000}, 30000, 300000, "0.1"),
        (ratios.par30_rate, {"par30_principal": 12000, "loans_outstanding": 150000}, 12000, 150000, "0.08"),
        (
            ratios.loan_fund_utilisation_rate,
            {"loans_outstanding": 240000, "total_assets": 300000},
            240000,
            300000,
            "0.8",
        ),
        (ratios.write_off_rate, {"written_off": 2500, "loans_outstanding": 250000}, 2500, 250000, "0.01"),
        (ratios.pledge_compliance_rate, {"members_paid_every_month": 32, "members": 40}, 32, 40, "0.8"),
        (ratios.fund_intact_rate, {"total_fund": 266000, "allocation": 280000}, 266000, 280000, "0.95"),
        (
            ratios.overdue_rate,
            {"overdue_principal": 20000, "loans_outstanding": 200000},
            20000,
            200000,
            "0.1",
        ),
        (ratios.repayment_rate, {"repaid_of_due": 90000, "due_in_year": 100000}, 90000, 100000, "0.9"),
        (ratios.reach_rate, {"target_households_with_loans": 15, "target_households": 30}, 15, 30, "0.5"),
    ],
)
def test_ratio_definitions(function, kwargs, numerator, denominator, value) -> None:
    r = function(**kwargs)
    assert isinstance(r, Ratio)
    assert r.numerator == numerator
    assert r.denominator == denominator
    expected = (
        DECIMAL_CONTEXT.divide(Decimal(numerator), Decimal(denominator)) if value is None else Decimal(value)
    )
    assert r.value == expected
    assert r.defined


def test_attendance_value_is_exact_to_context_precision() -> None:
    r = ratios.attendance_rate(attendances=430, members=40, meetings=12)
    assert r.value is not None
    assert abs(r.value * 480 - 430) < Decimal("1e-55")


@pytest.mark.parametrize(
    ("function", "kwargs"),
    [
        (ratios.par30_rate, {"par30_principal": 0, "loans_outstanding": 0}),
        (ratios.attendance_rate, {"attendances": 0, "members": 40, "meetings": 0}),
        (ratios.average_loan_outstanding, {"loans_outstanding": 0, "members_with_loans": 0}),
        (ratios.return_on_savings, {"net_profit": 100, "savings": 0}),
        (ratios.write_off_rate, {"written_off": 100, "loans_outstanding": 0}),
    ],
)
def test_zero_denominator_gives_no_value_not_an_error(function, kwargs) -> None:
    r = function(**kwargs)
    assert r.value is None
    assert not r.defined
    assert "undefined" in r.display("en")
    assert "ตัวหารเป็นศูนย์" in r.display("th")


@pytest.mark.parametrize(
    ("function", "kwargs", "field"),
    [
        (ratios.par30_rate, {"par30_principal": 200, "loans_outstanding": 100}, "par30_principal"),
        (ratios.members_with_loans_rate, {"members_with_loans": 41, "members": 40}, "members_with_loans"),
        (ratios.retention_rate, {"members_at_start": 10, "members_left": 11}, "members_left"),
        (ratios.attendance_rate, {"attendances": 481, "members": 40, "meetings": 12}, "attendances"),
        (ratios.members_with_loans_rate, {"members_with_loans": 2.5, "members": 40}, "members_with_loans"),
        (ratios.average_savings_per_member, {"savings": -1, "members": 4}, "savings"),
        (ratios.return_on_assets, {"net_profit": 1, "total_assets": True}, "total_assets"),
        (
            ratios.loan_fund_utilisation_rate,
            {"loans_outstanding": 301, "total_assets": 300},
            "loans_outstanding",
        ),
        (ratios.repayment_rate, {"repaid_of_due": "nan", "due_in_year": 300}, "repaid_of_due"),
    ],
)
def test_bad_inputs_raise_with_the_field(function, kwargs, field) -> None:
    with pytest.raises(InvalidInputError) as info:
        function(**kwargs)
    assert info.value.field == field


def test_display_shows_numerator_and_denominator() -> None:
    r = ratios.average_savings_per_member(savings="240000", members=40)
    assert r.unit is Unit.BAHT
    assert r.display("en") == "average savings per member 6,000.00 (240,000.00 / 40.00)"


def test_every_measure_computes_from_its_named_facts_or_lists_the_missing() -> None:
    for name, measure in MEASURES.items():
        assert measure.name == name
        assert measure.compute({}) == measure.inputs
        assert measure.function.__doc__ and "÷" in measure.function.__doc__, name


def test_unit_format() -> None:
    assert Unit.FRACTION.format(Decimal("0.0825")) == "8.25%"
    assert Unit.COUNT.format(Decimal(1200)) == "1,200"
    assert Unit.BOOLEAN.format(True, "en") == "yes"
    assert Unit.NUMBER.format(Decimal("1.5")) == "1.5"
    assert Unit.BAHT.format(None) == "-"
