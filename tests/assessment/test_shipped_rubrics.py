"""The shipped rubrics: provisional labels, data round-trips, and each criterion's boundary."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from chumchon.assessment import GroupFacts, KkkjFacts, Outcome, Rubric, assess, fhc, kkkj_health, ssg
from chumchon.rules import Status

RUBRICS = [ssg.RUBRIC, fhc.RUBRIC, kkkj_health.RUBRIC]


@pytest.mark.parametrize("module", [ssg, fhc, kkkj_health], ids=["ssg", "fhc", "kkkj_health"])
def test_shipped_rubric_is_its_data_and_round_trips(module: Any) -> None:
    assert module.RUBRIC.to_mapping() == module.DATA
    assert Rubric.from_mapping(module.RUBRIC.to_mapping()) == module.RUBRIC


@pytest.mark.parametrize("rubric", RUBRICS, ids=lambda r: r.id)
def test_every_shipped_criterion_is_labelled_provisional_with_a_source(rubric: Rubric) -> None:
    assert "provisional" in rubric.title_en and "ชั่วคราว" in rubric.title_th
    assert rubric.note_en and rubric.note_th
    for criterion in rubric.criteria:
        assert criterion.status is Status.PROVISIONAL, criterion.code
        assert criterion.source.title_th and criterion.source.title_en
        assert "provisional" in criterion.source.note, criterion.code
        assert criterion.advice_th and criterion.advice_en, criterion.code
    assert rubric.provisional == tuple(c.code for c in rubric.criteria)


@pytest.mark.parametrize("rubric", RUBRICS, ids=lambda r: r.id)
def test_no_facts_means_nothing_passes_and_everything_is_listed(rubric: Rubric) -> None:
    result = assess(rubric, {})
    assert len(result.not_assessed) == len(rubric.criteria)
    assert result.score == 0 and not result.passed
    assert result.outcome is Outcome.NOT_ASSESSED
    assert result.level == rubric.levels[0]
    assert len(result.improvement_plan().items) == len(rubric.criteria)


def test_ssg_structure_is_s_with_ten_indicators_all_required() -> None:
    # DOMAIN 7 (CDD field report): "criterion S (Standard), 10 indicators".
    (group,) = ssg.RUBRIC.groups
    assert group.code == "S" and len(group.criteria) == 10
    assert group.pass_rule.kind.value == "all"


SSG_PASS = GroupFacts(
    written_bylaws=True,
    committee_elected=True,
    committee_meetings=12,
    general_meeting_held=True,
    members=40,
    members_paid_every_month=32,
    books_up_to_date=True,
    statement_presented=True,
    par30_principal=20000,
    loans_outstanding=200000,
    profit_allocated_per_bylaws=True,
    bank_account_in_group_name=True,
)


def test_ssg_group_at_every_boundary_passes_s() -> None:
    result = assess(ssg.RUBRIC, SSG_PASS)
    assert result.passed and result.level is not None and result.level.code == "standard"


@pytest.mark.parametrize(
    ("code", "change"),
    [
        ("S1", {"written_bylaws": False}),
        ("S2", {"committee_elected": False}),
        ("S3", {"committee_meetings": 11}),  # 12 a year passes, 11 fails
        ("S4", {"general_meeting_held": False}),
        ("S5", {"members_paid_every_month": 31}),  # 32/40 = 80% passes, 31/40 fails
        ("S6", {"books_up_to_date": False}),
        ("S7", {"statement_presented": False}),
        ("S8", {"par30_principal": Decimal("20000.01")}),  # 10.00% passes, a satang more fails
        ("S9", {"profit_allocated_per_bylaws": False}),
        ("S10", {"bank_account_in_group_name": False}),
    ],
)
def test_ssg_each_criterion_fails_just_past_its_boundary(code: str, change: dict[str, Any]) -> None:
    facts = GroupFacts.from_mapping({**SSG_PASS.to_mapping(), **change})
    result = assess(ssg.RUBRIC, facts)
    assert [r.code for r in result.failed] == [code]
    assert result.outcome is Outcome.FAILED
    assert result.level is not None and result.level.code == "not_yet"


FHC_GOOD = {
    "attendances": 432,  # 432 / (40 × 12) = 90%
    "members": 40,
    "meetings": 12,
    "members_at_start": 40,
    "members_left": 2,  # 95% retained
    "members_with_loans": 20,  # 50%
    "net_profit": 24000,
    "savings": 240000,  # 10% return on savings
    "total_assets": 300000,  # 8% return on assets
    "loans_outstanding": 210000,  # 70% utilisation
    "par30_principal": 10500,  # 5%
    "written_off": 2100,  # 1%
}

# measure: (facts at the watch boundary, facts just below it)
FHC_WATCH_EDGES = {
    "attendance_rate": ({"attendances": 360}, {"attendances": 359}),
    "retention_rate": (
        {"members_at_start": 40, "members_left": 6},
        {"members_at_start": 40, "members_left": 7},
    ),
    "members_with_loans_rate": ({"members_with_loans": 12}, {"members_with_loans": 11}),
    "return_on_savings": ({"net_profit": 0}, {"net_profit": Decimal("-0.01")}),
    "return_on_assets": ({"net_profit": 0}, {"net_profit": Decimal("-0.01")}),
    "par30_rate": ({"par30_principal": 21000}, {"par30_principal": Decimal("21000.01")}),
    "loan_fund_utilisation_rate": (
        {"loans_outstanding": 150000, "par30_principal": 7500, "written_off": 1500},
        {"loans_outstanding": 149999, "par30_principal": 7500, "written_off": 1500},
    ),
    "write_off_rate": ({"written_off": 10500}, {"written_off": Decimal("10500.01")}),
}


def test_fhc_good_at_every_good_boundary() -> None:
    result = assess(fhc.RUBRIC, FHC_GOOD)
    assert result.level is not None and result.level.code == "good"
    assert set(fhc.bands(result).values()) == {fhc.Band.GOOD}


@pytest.mark.parametrize("measure", sorted(FHC_WATCH_EDGES))
def test_fhc_each_ratio_watch_boundary(measure: str) -> None:
    at_edge, past_edge = FHC_WATCH_EDGES[measure]
    watch = assess(fhc.RUBRIC, {**FHC_GOOD, **at_edge})
    assert fhc.bands(watch)[measure] is fhc.Band.WATCH
    assert watch.level is not None and watch.level.code == "watch"
    weak = assess(fhc.RUBRIC, {**FHC_GOOD, **past_edge})
    assert fhc.bands(weak)[measure] is fhc.Band.WEAK
    assert weak.level is not None and weak.level.code == "weak"


def test_fhc_band_not_assessed_and_wrong_rubric() -> None:
    result = assess(fhc.RUBRIC, {**FHC_GOOD, "written_off": None})
    assert fhc.bands(result)["write_off_rate"] is fhc.Band.NOT_ASSESSED
    assert fhc.Band.WATCH.label.th == "เฝ้าระวัง"
    with pytest.raises(ValueError, match="no W"):
        fhc.bands(assess(ssg.RUBRIC, {}))


KKKJ_GOOD = KkkjFacts(
    allocation=280000,
    loans_outstanding=200000,
    bank_balance=80000,
    cash_elsewhere=0,
    overdue_principal=20000,  # 10%
    due_in_year=100000,
    repaid_of_due=90000,  # 90%
    target_households=30,
    target_households_with_loans=15,  # 50%
    registers_up_to_date=4,
    committee_members=7,
    bank_account_in_fund_name=True,
)


def test_kkkj_village_at_every_boundary_is_level_3() -> None:
    result = assess(kkkj_health.RUBRIC, KKKJ_GOOD)
    assert result.passed and result.level is not None and result.level.rank == 3


@pytest.mark.parametrize(
    ("code", "change", "level"),
    [
        ("K1", {"bank_balance": Decimal("79999.99")}, 1),  # a satang short of the 280,000 allocation
        ("K5", {"registers_up_to_date": 3}, 1),
        ("K6", {"committee_members": 6}, 1),
        ("K6", {"committee_members": 10}, 1),
        ("K7", {"bank_account_in_fund_name": False}, 1),
        ("K2", {"overdue_principal": Decimal("20000.01")}, 2),
        ("K3", {"repaid_of_due": Decimal("89999.99")}, 2),
        ("K4", {"target_households_with_loans": 14}, 2),
    ],
)
def test_kkkj_each_criterion_fails_just_past_its_boundary(
    code: str, change: dict[str, Any], level: int
) -> None:
    facts = KkkjFacts.from_mapping({**KKKJ_GOOD.to_mapping(), "total_fund": None, **change})
    result = assess(kkkj_health.RUBRIC, facts)
    assert [r.code for r in result.failed] == [code]
    assert result.level is not None and result.level.rank == level


def test_kkkj_committee_of_nine_is_complete() -> None:
    facts = KkkjFacts.from_mapping({**KKKJ_GOOD.to_mapping(), "committee_members": 9})
    assert assess(kkkj_health.RUBRIC, facts).result("K6").passed
