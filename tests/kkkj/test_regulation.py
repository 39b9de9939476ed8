"""The กข.คจ. regulation of B.E. 2553 as dated data (DOMAIN.md section 6)."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj import (
    B_E_2553,
    COVERAGE_START,
    CommitteeRules,
    JptRound,
    OpenLoanRule,
    Purpose,
    PurposeList,
    jpt_round,
)
from chumchon.loans.payments import FlatPenalty
from chumchon.rules import Source, Status
from chumchon.rules.kkkj_2553 import CALLER_SOURCE, REGULATION_2553

DAY = date(2026, 11, 21)


def test_capital_and_interest_are_confirmed_values_of_the_regulation() -> None:
    # DOMAIN.md s.6 [C]: 280,000 baht per village, lent without interest.
    capital = B_E_2553.capital_per_village.at(DAY)
    assert capital.value == Decimal(280000)
    assert capital.status is Status.CONFIRMED
    assert capital.source is REGULATION_2553
    assert capital.source.clause is None  # clause text not seen: no clause is invented
    rate = B_E_2553.interest_annual_rate.at(DAY)
    assert rate.value == 0
    assert rate.status is Status.CONFIRMED


def test_purposes_are_confirmed() -> None:
    assert list(B_E_2553.allowed_purposes.value_at(DAY).items) == [Purpose.OCCUPATION]
    forbidden = B_E_2553.forbidden_purposes.at(DAY)
    assert set(forbidden.value.items) == {Purpose.PAY_OLD_DEBT, Purpose.HOUSE, Purpose.CONSUMPTION}
    assert forbidden.status is Status.CONFIRMED
    assert "ชำระหนี้เดิม" in str(forbidden.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("committee_members_min", 7),
        ("committee_members_max", 9),
        ("committee_term_years", 4),
        ("max_installments", 6),
    ],
)
def test_committee_and_contract_values_are_secondary(name: str, value: int) -> None:
    dated = B_E_2553.parameters()[name].at(DAY)
    assert dated.value == value
    assert dated.status is Status.SECONDARY


@pytest.mark.parametrize(
    ("day", "criterion", "round_"),
    [
        (date(2011, 1, 1), 23000, (2550, 2554)),
        (date(2011, 12, 31), 23000, (2550, 2554)),
        (date(2012, 1, 1), 30000, (2555, 2559)),
        (date(2016, 12, 31), 30000, (2555, 2559)),
        (date(2017, 1, 1), 38000, (2560, 2564)),
        (date(2021, 12, 31), 38000, (2560, 2564)),
        (date(2022, 1, 1), 38000, (2565, 2569)),
        (date(2026, 12, 31), 38000, (2565, 2569)),
    ],
)
def test_income_criterion_by_jpt_round_is_provisional(
    day: date, criterion: int, round_: tuple[int, int]
) -> None:
    # DOMAIN.md s.6 [P]: 23,000 (2550–2554), 30,000 (2555–2559), 38,000 (2560–2564 and 2565–2569).
    dated = B_E_2553.income_criterion_at(day)
    assert dated.value == criterion
    assert dated.status is Status.PROVISIONAL
    assert jpt_round(day) == round_
    assert f"{round_[0]}–{round_[1]}" in dated.note


def test_criterion_after_the_last_known_round_is_unknown_until_added() -> None:
    # The last registered round is 2565–2569: from 2027 both the round and its criterion must be added.
    with pytest.raises(UnknownRegulationError) as info:
        B_E_2553.income_criterion_at(date(2027, 1, 1))
    assert info.value.parameter == "jpt_rounds"  # type: ignore[attr-defined]
    rounds = B_E_2553.override("jpt_rounds", JptRound(2570, 2574), effective_from=date(2027, 1, 1))
    with pytest.raises(UnknownRegulationError) as info:
        rounds.income_criterion_at(date(2027, 1, 1))
    assert "2570–2574" in str(info.value)
    added = rounds.override("income_criterion", "41000", effective_from=date(2027, 1, 1))
    assert added.income_criterion_at(date(2031, 12, 31)).value == Decimal(41000)
    with pytest.raises(UnknownRegulationError):
        added.income_criterion_at(date(2032, 1, 1))


def test_round_boundaries_are_secondary_data_a_district_can_correct() -> None:
    # A CDD report names the 13th-plan round 2565–2569, but the plan runs 2566–2570: data, not arithmetic.
    shipped = B_E_2553.jpt_round_at(date(2022, 6, 1))
    assert shipped.value == JptRound(2565, 2569) and shipped.status is Status.SECONDARY
    assert "2566-2570" in shipped.note
    corrected = B_E_2553.override(
        "jpt_rounds", JptRound(2566, 2570), effective_from=date(2023, 1, 1), status=Status.CONFIRMED
    )
    assert jpt_round(date(2027, 6, 1), corrected) == (2566, 2570)
    assert jpt_round(date(2022, 6, 1), corrected) == (2565, 2569)  # the shipped round still covers 2565
    with pytest.raises(UnknownRegulationError):  # no criterion dated in the corrected round yet
        corrected.income_criterion_at(date(2027, 6, 1))
    assert str(JptRound(2560, 2564)) == "2560–2564" and JptRound(2560, 2564).end == date(2021, 12, 31)
    with pytest.raises(InvalidInputError):
        JptRound(2570, 2565)
    with pytest.raises(InvalidInputError):
        JptRound(2570, True)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        B_E_2553.override("jpt_rounds", (2570, 2574), effective_from=date(2027, 1, 1))


def test_dates_before_the_records_raise() -> None:
    assert date(2011, 1, 1) == COVERAGE_START
    with pytest.raises(UnknownRegulationError):
        B_E_2553.capital_per_village.at(date(2010, 12, 31))
    with pytest.raises(UnknownRegulationError):
        B_E_2553.income_criterion_at(date(2010, 12, 31))


def test_override_replaces_a_value_without_touching_the_shipped_set() -> None:
    source = Source(title_th="หนังสือสั่งการจังหวัด", title_en="provincial instruction")
    reg = B_E_2553.override(
        "max_installments", 8, effective_from=date(2025, 1, 1), source=source, status=Status.CONFIRMED
    )
    assert reg.max_installments.value_at(date(2025, 1, 1)) == 8
    assert reg.max_installments.value_at(date(2024, 12, 31)) == 6
    assert reg.max_installments.at(DAY).source is source
    assert B_E_2553.max_installments.value_at(DAY) == 6
    default = B_E_2553.override("committee_term_years", 5, effective_from=DAY)
    assert default.committee_term_years.at(DAY).source is CALLER_SOURCE
    assert default.committee_term_years.at(DAY).status is Status.PROVISIONAL
    purposes = B_E_2553.override("forbidden_purposes", [Purpose.HOUSE], effective_from=DAY)
    assert purposes.forbidden_purposes.value_at(DAY) == PurposeList((Purpose.HOUSE,))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("no_such_parameter", 1),
        ("max_installments", 0),
        ("max_installments", True),
        ("max_installments", "6"),
        ("income_criterion", 0),
        ("income_criterion", "abc"),
        ("capital_per_village", -1),
        ("interest_annual_rate", -0.01),
        ("forbidden_purposes", ["a shed"]),
    ],
)
def test_bad_overrides_raise(name: str, value: object) -> None:
    with pytest.raises(InvalidInputError):
        B_E_2553.override(name, value, effective_from=DAY)


def test_provisional_names_and_pickling() -> None:
    assert B_E_2553.provisional_at(DAY) == ("income_criterion",)
    assert pickle.loads(pickle.dumps(B_E_2553)) == B_E_2553


def test_committee_rules_have_no_defaults() -> None:
    required = [f.name for f in attrs.fields(CommitteeRules) if f.default is attrs.NOTHING]
    assert required == ["ceiling_per_household", "longest_term_months", "late_fee", "other_open_loans"]
    with pytest.raises(TypeError):
        CommitteeRules(ceiling_per_household=1000, longest_term_months=12)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "changes",
    [
        {"ceiling_per_household": 0},
        {"ceiling_per_household": -5},
        {"longest_term_months": 0},
        {"longest_term_months": 1.5},
        {"late_fee": 50},
        {"other_open_loans": "sometimes"},
    ],
)
def test_committee_rules_validate(changes: dict[str, object]) -> None:
    base: dict[str, object] = {
        "ceiling_per_household": 20000,
        "longest_term_months": 24,
        "late_fee": None,
        "other_open_loans": OpenLoanRule.NONE_ALLOWED,
    }
    with pytest.raises(InvalidInputError):
        CommitteeRules(**{**base, **changes})  # type: ignore[arg-type]


def test_late_fee_is_the_engines_penalty() -> None:
    fee = FlatPenalty(amount=50, grace_days=7)
    rules = CommitteeRules(
        ceiling_per_household=20000,
        longest_term_months=24,
        late_fee=fee,
        other_open_loans=OpenLoanRule.ALLOWED,
    )
    assert rules.late_fee is fee


def test_committee_reference_is_in_its_source() -> None:
    rules = CommitteeRules(
        ceiling_per_household=20000,
        longest_term_months=24,
        late_fee=None,
        other_open_loans=OpenLoanRule.ALLOWED,
        reference="มติที่ประชุม 1/2569",
    )
    assert "1/2569" in rules.source.note
