"""The assessment's inputs go through the one checking kernel: the same value is read the same way as
elsewhere, and a measure given as a fact is held to its bounds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chumchon import rules
from chumchon.assessment import GroupFacts, KkkjFacts, assess, fhc, kkkj_health, par30_rate, ssg
from chumchon.assessment.ratios import MEASURES
from chumchon.errors import InvalidInputError


@pytest.mark.parametrize("slip", [5, "10", Decimal("1.5")])
def test_a_percent_given_for_a_share_measure_is_refused_not_read_as_hundreds_of_percent(slip: object) -> None:
    # par30_rate=5 meant 5%: read as a fraction it would be 500% and silently fail S8
    with pytest.raises(InvalidInputError, match=r"'par30_rate' must be a fraction from 0 to 1") as error:
        assess(ssg.RUBRIC, {"par30_rate": slip})
    assert error.value.field == "par30_rate"


def test_a_share_measure_given_as_a_fraction_is_used_as_given() -> None:
    result = assess(ssg.RUBRIC, {"par30_rate": "0.05"})
    (s8,) = (r for r in result.results if r.code == "S8")
    assert s8.value == Decimal("0.05") and s8.outcome.value == "passed"


def test_each_measure_has_the_bounds_of_what_it_measures() -> None:
    shares = {name for name, m in MEASURES.items() if m.maximum == 1}
    assert {"par30_rate", "attendance_rate", "reach_rate", "repayment_rate", "overdue_rate"} <= shares
    # these can pass 1 or go below 0, so a large or negative value is a figure, not a slip
    assert MEASURES["write_off_rate"].read("1.2") == Decimal("1.2")
    assert MEASURES["fund_intact_rate"].read("1.05") == Decimal("1.05")
    assert MEASURES["return_on_assets"].read("-0.3") == Decimal("-0.3")
    assert MEASURES["average_savings_per_member"].read("6000.50") == Decimal("6000.50")
    with pytest.raises(InvalidInputError, match="must be zero or more"):
        MEASURES["average_savings_per_member"].read(-1)
    with pytest.raises(InvalidInputError, match="non-negative fraction"):
        MEASURES["write_off_rate"].read(-1)


def test_counts_read_a_spreadsheet_number_and_refuse_a_fraction_or_a_flag() -> None:
    assert GroupFacts(members=40.0, meetings="12").members == 40  # type: ignore[arg-type]
    for bad in (40.5, True, "forty"):
        with pytest.raises(InvalidInputError, match="'members' must be a whole number"):
            GroupFacts(members=bad)  # type: ignore[arg-type]


def test_the_registers_of_a_village_are_bounded_by_the_regulation() -> None:
    registers = len(rules.parameter("kkkj_registers").history[-1].value)
    assert KkkjFacts(registers_up_to_date=registers).registers_up_to_date == registers == 4
    with pytest.raises(InvalidInputError, match=f"from 0 to {registers}"):
        KkkjFacts(registers_up_to_date=registers + 1)


def test_pandas_missing_values_and_numpy_scalars_are_read_as_python_values() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    facts = GroupFacts(members=np.int64(40), written_bylaws=np.bool_(True), savings=pd.NA)
    assert (facts.members, facts.written_bylaws, facts.savings) == (40, True, None)
    assert par30_rate(par30_principal=np.int64(5), loans_outstanding=np.int64(50)).value == Decimal("0.1")


def test_an_unknown_fact_is_named_with_the_known_ones() -> None:
    with pytest.raises(InvalidInputError, match=r"unknown field\(s\) memebrs; allowed: .*members") as error:
        GroupFacts.from_mapping({"memebrs": 3})
    assert error.value.field == "memebrs"
    with pytest.raises(InvalidInputError, match="unknown field"):
        KkkjFacts.from_results(committee=9)


def test_results_of_the_wrong_type_are_refused_by_name() -> None:
    with pytest.raises(InvalidInputError, match="'close' must be an AnnualClose"):
        GroupFacts.from_results(close="2569")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="'loans' must hold LoanStatus objects, but item 0"):
        GroupFacts.from_results(loans=["x"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="'report' must be a VillageReport"):
        KkkjFacts.from_results(report=1)  # type: ignore[arg-type]


def test_rubric_at_reads_a_date_as_the_kernel_does_and_refuses_a_bad_registry() -> None:
    assert kkkj_health.rubric_at("2026-11-21") == kkkj_health.rubric_at(date(2026, 11, 21))
    with pytest.raises(InvalidInputError, match="'registry' must be a Registry"):
        fhc.rubric_at("2026-11-21", registry=[])  # type: ignore[arg-type]
