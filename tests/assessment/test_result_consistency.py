"""An assessment result whose parts tell two stories cannot be built (issue 14): directly, through
``attrs.evolve`` or from a document. Assessment, ImprovementPlan, RoundComparison and AssessmentBatch."""

from __future__ import annotations

import pickle
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.assessment import (
    Assessment,
    AssessmentBatch,
    Change,
    GroupFacts,
    ImprovementPlan,
    KkkjFacts,
    Outcome,
    PlanItem,
    RoundComparison,
    Rubric,
    assess,
    assess_many,
    compare,
    fhc,
    kkkj_health,
    ssg,
)
from chumchon.assessment.compare import CriterionChange
from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import TRAINING_CASE
from chumchon.savings.examples import training_group

# The savings-group facts of the SSG example in the chumchon.assessment docstring (S5 fails, S10 not assessed).
SSG_FACTS: dict[str, Any] = {
    "written_bylaws": True,
    "committee_elected": True,
    "committee_meetings": 12,
    "general_meeting_held": True,
    "members": 40,
    "members_paid_every_month": 30,
    "books_up_to_date": True,
    "statement_presented": True,
    "par30_principal": 0,
    "loans_outstanding": 200000,
    "profit_allocated_per_bylaws": True,
}

SRC = {"title_th": "ทดสอบ", "title_en": "test"}


def _crit(code: str, measure: str, comparison: str, **kw: Any) -> dict[str, Any]:
    return {
        "code": code,
        "title_th": f"เกณฑ์ {code}",
        "title_en": f"criterion {code}",
        "measure": measure,
        "comparison": comparison,
        "unit": "boolean" if comparison == "is_true" else "number",
        "source": dict(SRC),
        "status": "provisional",
        **kw,
    }


# A small rubric with every comparison, a count rule, a points threshold and a level on two groups.
DEMO = Rubric.from_mapping(
    {
        "id": "demo",
        "version": "1",
        "title_th": "ทดลอง",
        "title_en": "demo",
        "groups": [
            {
                "code": "A",
                "title_th": "ก",
                "title_en": "A",
                "pass_rule": {"kind": "at_least_count", "minimum": 2},
                "criteria": [
                    _crit("A1", "x", "at_least", threshold="10", points="2", priority=2),
                    _crit("A2", "y", "at_most", threshold="0.5", unit="fraction", priority=1),
                    _crit("A3", "ok", "is_true", priority=3),
                    _crit("A4", "z", "between", threshold="7", upper="9", priority=1),
                ],
            },
            {
                "code": "B",
                "title_th": "ข",
                "title_en": "B",
                "pass_rule": {"kind": "at_least_points", "minimum": "1"},
                "criteria": [_crit("B1", "n", "equals", threshold="4")],
            },
        ],
        "levels": [
            {"rank": 1, "code": "low", "title_th": "ต่ำ", "title_en": "low"},
            {"rank": 2, "code": "mid", "title_th": "กลาง", "title_en": "mid", "min_points": "3"},
            {
                "rank": 3,
                "code": "top",
                "title_th": "สูง",
                "title_en": "top",
                "groups_passed": ["A", "B"],
                "min_points": "5",
            },
        ],
    }
)
# A1 fails, A2 and A4 pass (group A passes 2 of 4), A3 is not assessed, B1 passes: level mid (3 points).
DEMO_FACTS: dict[str, Any] = {"x": 3, "y": Decimal("0.2"), "ok": None, "z": 8, "n": 4}


def _group_facts() -> GroupFacts:
    return GroupFacts.from_results(
        close=training_group().close(),
        written_bylaws=True,
        committee_elected=True,
        general_meeting_held=True,
        books_up_to_date=True,
        statement_presented=True,
        meetings=12,
        attendances=120,
        total_assets=Decimal("150000"),
    )


def _kkkj_facts() -> KkkjFacts:
    report = TRAINING_CASE.book.report(TRAINING_CASE.report_date)
    return KkkjFacts.from_results(report=report, committee_members=8)


def _real() -> dict[str, Assessment]:
    group = _group_facts()
    return {
        "ssg-docstring": assess(ssg.RUBRIC, SSG_FACTS),
        "ssg-training-group": assess(ssg.RUBRIC, group),
        "fhc-training-group": assess(fhc.RUBRIC, group),
        "kkkj-training-village": assess(kkkj_health.RUBRIC, _kkkj_facts()),
        "ssg-no-facts": assess(ssg.RUBRIC, {}),
        "fhc-no-facts": assess(fhc.RUBRIC, {}),
        "kkkj-no-facts": assess(kkkj_health.RUBRIC, {}),
        "demo": assess(DEMO, DEMO_FACTS),
    }


REAL = _real()


@pytest.fixture
def demo() -> Assessment:
    return REAL["demo"]


def _refused(field: str, fragment: str) -> Any:
    """pytest.raises for the check's error, then the field it names."""

    class Refused:
        def __enter__(self) -> None:
            self.raises = pytest.raises(InvalidInputError, match=fragment)
            self.info = self.raises.__enter__()

        def __exit__(self, *exc: Any) -> bool:
            handled = bool(self.raises.__exit__(*exc))
            assert self.info.value.field == field, self.info.value
            return handled

    return Refused()


# --- real results still build and rebuild equal ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REAL))
def test_every_real_assessment_rebuilds_equal(name: str) -> None:
    result = REAL[name]
    assert attrs.evolve(result) == result
    assert Assessment.from_mapping(result.to_mapping()) == result
    plan = result.improvement_plan()
    assert attrs.evolve(plan) == plan
    assert ImprovementPlan.from_mapping(plan.to_mapping()) == plan
    diff = compare(result, result)
    assert attrs.evolve(diff) == diff
    assert RoundComparison.from_mapping(diff.to_mapping()) == diff


def test_the_demo_result_is_the_one_the_checks_are_written_for(demo: Assessment) -> None:
    assert [r.outcome for r in demo.results] == [
        Outcome.FAILED,
        Outcome.PASSED,
        Outcome.NOT_ASSESSED,
        Outcome.PASSED,
        Outcome.PASSED,
    ]
    assert demo.level is not None
    assert (demo.outcome, demo.score, demo.level.code) == (Outcome.PASSED, Decimal(3), "mid")


# --- Assessment -------------------------------------------------------------------------------------------------


def test_a_score_that_is_not_the_passed_points_is_refused(demo: Assessment) -> None:
    with _refused("score", "the score must be the points of the passed criteria"):
        attrs.evolve(demo, score=demo.score + 1)
    document = demo.to_mapping()
    document["score"] = "4"
    with pytest.raises(InvalidInputError, match="the score must be the points of the passed criteria"):
        Assessment.from_mapping(document)


def test_a_level_the_rubric_does_not_give_for_the_score_is_refused(demo: Assessment) -> None:
    for level in (None, DEMO.levels[0], DEMO.levels[2]):
        with _refused("level", "the level must be mid, as the rubric gives"):
            attrs.evolve(demo, level=level)


def test_an_outcome_that_does_not_follow_from_the_groups_is_refused() -> None:
    failed = REAL["ssg-docstring"]
    assert failed.outcome is Outcome.FAILED
    for outcome in (Outcome.PASSED, Outcome.NOT_ASSESSED):
        with _refused("outcome", "the outcome must follow from the groups'"):
            attrs.evolve(failed, outcome=outcome)


def test_results_that_are_not_one_per_criterion_in_the_rubrics_order_are_refused(demo: Assessment) -> None:
    results = demo.results
    with _refused("results", "one result per criterion of the rubric"):
        attrs.evolve(demo, results=results[:-1])
    with _refused("results", "one result per criterion of the rubric"):
        attrs.evolve(demo, results=(*results, results[-1]))
    with _refused("results", "result 1 must be of the rubric's criterion 'A1'"):
        attrs.evolve(demo, results=(results[1], results[0], *results[2:]))
    with _refused("results", "result 2 must be of the rubric's criterion 'A2'"):  # a criterion twice
        attrs.evolve(demo, results=(results[0], results[0], *results[2:]))
    with _refused("groups", "the group result in place 1 must be of the rubric's group 'W'"):
        attrs.evolve(demo, rubric=fhc.RUBRIC)  # another rubric's results


def test_a_result_whose_outcome_does_not_follow_from_its_value_is_refused(demo: Assessment) -> None:
    a1, a2, a3 = demo.results[:3]

    def with_result(index: int, **changes: Any) -> Assessment:
        results = list(demo.results)
        results[index] = attrs.evolve(results[index], **changes)
        return attrs.evolve(demo, results=tuple(results))

    with _refused("results", "A1: the outcome passed must follow from the value and the target at least 10"):
        with_result(0, outcome=Outcome.PASSED)
    with _refused("results", "A2: the outcome failed must follow from the value"):
        with_result(1, outcome=Outcome.FAILED)
    with _refused("results", "A1: a criterion not assessed has no value"):
        with_result(0, outcome=Outcome.NOT_ASSESSED)
    with _refused("results", "A3: the value of a yes/no criterion is True or False"):
        with_result(2, outcome=Outcome.PASSED, value=Decimal(1), missing=())
    with _refused("results", "A1: the value of a numeric criterion is a finite Decimal"):
        with_result(0, value=3.0)
    with _refused("results", "A1: the value of a numeric criterion is a finite Decimal"):
        with_result(0, value=True)
    with _refused("results", "A1: only a criterion not assessed has missing facts"):
        with_result(0, missing=("x",))
    with _refused("results", "A1: the outcome must be an Outcome"):
        with_result(0, outcome="failed")
    with _refused("results", "A1: its group must be 'A'"):
        with_result(0, group="B")
    assert (a1.value, a2.value, a3.value) == (Decimal(3), Decimal("0.2"), None)


def test_group_counts_and_points_that_do_not_follow_from_the_results_are_refused(demo: Assessment) -> None:
    a = demo.groups[0]
    for changes in (
        {"passed_count": 3},
        {"failed_count": 0},
        {"not_assessed_count": 0},
        {"points": Decimal(3)},
    ):
        with _refused("groups", "the group 'A''s passed, failed and not-assessed counts and points"):
            attrs.evolve(demo, groups=(attrs.evolve(a, **changes), demo.groups[1]))


def test_a_group_outcome_that_its_pass_rule_does_not_give_is_refused(demo: Assessment) -> None:
    a, b = demo.groups
    with _refused("groups", r"the group 'A' must have passed under its rule \(at least 2 criteria\)"):
        attrs.evolve(demo, groups=(attrs.evolve(a, outcome=Outcome.FAILED), b))
    with _refused("groups", r"the group 'B' must have passed under its rule \(at least 1 points\)"):
        attrs.evolve(demo, groups=(a, attrs.evolve(b, outcome=Outcome.NOT_ASSESSED)))


def test_group_results_that_are_not_the_rubrics_groups_in_order_are_refused(demo: Assessment) -> None:
    a, b = demo.groups
    with _refused("groups", "one group result per group of the rubric"):
        attrs.evolve(demo, groups=(a,))
    with _refused("groups", "the group result in place 1 must be of the rubric's group 'A'"):
        attrs.evolve(demo, groups=(b, a))


def test_facts_that_are_not_sorted_by_unique_name_are_refused(demo: Assessment) -> None:
    facts = demo.facts
    for bad in (facts[::-1], (*facts, facts[-1])):
        with _refused("facts", "sorted by name, each name once"):
            attrs.evolve(demo, facts=bad)


def test_an_inconsistent_assessment_cannot_be_built_directly() -> None:
    with _refused("groups", "one group result per group of the rubric"):
        Assessment(
            rubric=DEMO, results=(), groups=(), outcome=Outcome.NOT_ASSESSED, level=None, score=Decimal(0)
        )
    demo = REAL["demo"]
    with _refused("results", "one result per criterion of the rubric"):
        Assessment(
            rubric=DEMO,
            results=(),
            groups=demo.groups,
            outcome=demo.outcome,
            level=demo.level,
            score=demo.score,
        )


# --- ImprovementPlan --------------------------------------------------------------------------------------------


@pytest.fixture
def plan(demo: Assessment) -> ImprovementPlan:
    built = demo.improvement_plan()
    # A1 (priority 2, failed), A3 (priority 3, not assessed)
    assert [(i.rank, i.result.code) for i in built.items] == [(1, "A1"), (2, "A3")]
    return built


def test_plan_ranks_that_do_not_run_one_two_three_are_refused(plan: ImprovementPlan) -> None:
    first, second = plan.items
    with _refused("items", "item 2 must have rank 2"):
        attrs.evolve(plan, items=(first, attrs.evolve(second, rank=3)))
    with _refused("items", "item 1 must have rank 1"):
        attrs.evolve(plan, items=(attrs.evolve(first, rank=True), second))


def test_a_plan_item_out_of_the_promised_order_is_refused(plan: ImprovementPlan) -> None:
    first, second = plan.items
    with _refused("items", r"item 2 \(A1\) is out of order: items run by priority"):
        attrs.evolve(plan, items=(attrs.evolve(second, rank=1), attrs.evolve(first, rank=2)))


def test_failed_before_not_assessed_at_the_same_priority() -> None:
    result = assess(DEMO, {**DEMO_FACTS, "y": 1, "z": None})  # A2 fails, A4 not assessed, both priority 1
    items = result.improvement_plan().items
    assert [(i.result.code, i.result.outcome) for i in items[:2]] == [
        ("A2", Outcome.FAILED),
        ("A4", Outcome.NOT_ASSESSED),
    ]
    swapped = (attrs.evolve(items[1], rank=1), attrs.evolve(items[0], rank=2), *items[2:])
    with _refused("items", r"item 2 \(A2\) is out of order"):
        ImprovementPlan(rubric_id="demo", items=swapped)


def test_a_passed_or_repeated_criterion_in_a_plan_is_refused(plan: ImprovementPlan, demo: Assessment) -> None:
    first, _ = plan.items
    with _refused("items", "a plan lists only failed and not-assessed criteria, not A2, which passed"):
        attrs.evolve(plan, items=(first, PlanItem(rank=2, result=demo.results[1])))
    with _refused("items", "the criterion A1 appears in the plan more than once"):
        attrs.evolve(plan, items=(first, attrs.evolve(first, rank=2)))


def test_a_plan_item_that_tells_two_stories_is_refused(plan: ImprovementPlan) -> None:
    first, second = plan.items
    with _refused("items", "item 1: the outcome failed must follow from the value"):
        attrs.evolve(
            plan, items=(attrs.evolve(first, result=attrs.evolve(first.result, value=Decimal(10))), second)
        )
    with _refused("items", "item 2: must be a CriterionResult of a Criterion"):
        ImprovementPlan(rubric_id="demo", items=(first, PlanItem(rank=2, result=object())))  # type: ignore[arg-type]


def test_an_empty_plan_is_consistent() -> None:
    assert ImprovementPlan(rubric_id="demo", items=()).items == ()


# --- RoundComparison --------------------------------------------------------------------------------------------


@pytest.fixture
def diff(demo: Assessment) -> RoundComparison:
    second = assess(DEMO, {**DEMO_FACTS, "x": 12, "ok": False, "z": None})
    built = compare(demo, second)
    assert [(c.code, c.change) for c in built.changes] == [
        ("A1", Change.IMPROVED),
        ("A2", Change.UNCHANGED),
        ("A3", Change.NEWLY_ASSESSED),
        ("A4", Change.NO_LONGER_ASSESSED),
        ("B1", Change.UNCHANGED),
    ]
    return built


def test_rounds_of_different_rubrics_are_refused(diff: RoundComparison) -> None:
    with _refused("after", "only rounds of the same rubric compare, not 'demo' and 'ssg-s'"):
        attrs.evolve(diff, after=REAL["ssg-docstring"])


def test_changes_the_two_rounds_do_not_give_are_refused(diff: RoundComparison) -> None:
    changes = list(diff.changes)
    changes[0] = attrs.evolve(changes[0], change=Change.WORSENED)
    with _refused(
        "changes", re.escape("the criterion A1 must be 'improved (now passed)', as its two results")
    ):
        attrs.evolve(diff, changes=tuple(changes))
    swapped = tuple(attrs.evolve(c, before=c.after, after=c.before) for c in diff.changes)
    with _refused("changes", "the criterion A1 must be 'worsened"):  # the rounds swapped, the changes kept
        attrs.evolve(diff, before=diff.after, after=diff.before, changes=swapped)
    with _refused("changes", "change 1 must be of the criterion A1, with its results in the two rounds"):
        attrs.evolve(diff, before=diff.after, after=diff.before)


def test_changes_that_are_not_one_per_criterion_with_both_results_are_refused(diff: RoundComparison) -> None:
    changes = diff.changes
    with _refused("changes", "one change per criterion of either round"):
        attrs.evolve(diff, changes=changes[1:])
    with _refused("changes", "change 1 must be of the criterion A1"):
        attrs.evolve(diff, changes=(changes[1], changes[0], *changes[2:]))
    with _refused("changes", "change 1 must be of the criterion A1, with its results in the two rounds"):
        attrs.evolve(diff, changes=(attrs.evolve(changes[0], before=changes[0].after), *changes[1:]))
    with _refused("changes", "change 2 must be of the criterion A2"):
        attrs.evolve(diff, before=assess(DEMO, {**DEMO_FACTS, "y": 1}))


def test_a_change_titled_otherwise_than_its_criterion_is_refused(diff: RoundComparison) -> None:
    first = attrs.evolve(diff.changes[0], title=diff.changes[1].title)
    with _refused("changes", "the title of A1 must be the one of the latest round"):
        attrs.evolve(diff, changes=(first, *diff.changes[1:]))


def test_added_and_removed_criteria_are_consistent_across_versions(demo: Assessment) -> None:
    data = DEMO.to_mapping()
    data["version"] = "2"
    data["groups"][1]["criteria"] = [_crit("B2", "m", "at_least", threshold="1")]
    later = assess(Rubric.from_mapping(data), {**DEMO_FACTS, "m": 1})
    diff = compare(demo, later)
    assert [(c.code, c.change) for c in diff.changes][-2:] == [("B2", Change.ADDED), ("B1", Change.REMOVED)]
    assert RoundComparison.from_mapping(diff.to_mapping()) == diff
    removed = diff.changes[-1]
    with _refused("changes", "change 6 must be of the criterion B1"):
        attrs.evolve(diff, changes=(*diff.changes[:-1], attrs.evolve(removed, after=removed.before)))
    with _refused("changes", "one change per criterion"):
        RoundComparison(before=demo, after=later, changes=diff.changes[:-1])
    assert isinstance(removed, CriterionChange)


# --- AssessmentBatch --------------------------------------------------------------------------------------------

FACTS_MANY: list[Any] = [SSG_FACTS, {}, _group_facts(), {**SSG_FACTS, "members_paid_every_month": 40}]


@pytest.fixture(scope="module")
def batch() -> AssessmentBatch:
    return assess_many(ssg.RUBRIC, FACTS_MANY, compact=True)


def _set(table: Columns, key: str, row: int, value: object) -> Columns:
    column = table.keys.index(key)
    values = list(table.data[column])
    values[row] = value
    return attrs.evolve(table, data=(*table.data[:column], tuple(values), *table.data[column + 1 :]))


def _drop_rows(table: Columns, rows: set[int]) -> Columns:
    return attrs.evolve(
        table, data=tuple(tuple(v for i, v in enumerate(col) if i not in rows) for col in table.data)
    )


def test_the_real_batches_rebuild_equal(batch: AssessmentBatch) -> None:
    assert AssessmentBatch(batch.units, batch.results) == batch
    assert attrs.evolve(batch) == batch
    assert AssessmentBatch.from_mapping(batch.to_mapping()) == batch
    assert pickle.loads(pickle.dumps(batch)) == batch
    empty = assess_many(ssg.RUBRIC, [], compact=True)
    assert AssessmentBatch.from_mapping(empty.to_mapping()) == empty
    for rubric, facts in ((fhc.RUBRIC, _group_facts()), (kkkj_health.RUBRIC, _kkkj_facts())):
        many = assess_many(rubric, [facts, {}], compact=True)
        assert AssessmentBatch.from_mapping(many.to_mapping()) == many


def test_a_unit_row_that_does_not_follow_from_its_criterion_rows_is_refused(batch: AssessmentBatch) -> None:
    units = batch.units
    for key, value in (("score", Decimal(99)), ("failed", ()), ("not_assessed", ("S1",))):
        with _refused("units", "unit 0: the score and the failed and not-assessed codes must follow"):
            AssessmentBatch(_set(units, key, 0, value), batch.results)
    with _refused("units", "unit 2: the outcome, level or score contradicts its criterion rows"):
        AssessmentBatch(_set(units, "level_rank", 2, None), batch.results)
    with _refused("units", "unit 2: the outcome, level or score contradicts its criterion rows"):
        AssessmentBatch(_set(units, "outcome", 2, "maybe"), batch.results)
    for score in ("8", 8.0, Decimal("NaN")):
        with _refused("units", "the points and scores must be Decimals"):
            AssessmentBatch(_set(units, "score", 0, score), batch.results)
    with _refused("results", "the points and scores must be Decimals"):
        AssessmentBatch(units, _set(batch.results, "points", 0, 1))


def test_a_complete_unit_cannot_be_not_assessed_nor_an_all_passed_one_failed() -> None:
    every = {**SSG_FACTS, "members_paid_every_month": 40, "bank_account_in_group_name": True}
    complete = {**every, "books_up_to_date": False}
    many = assess_many(ssg.RUBRIC, [every, complete], compact=True)
    assert many.units.column("outcome") == ("passed", "failed")
    assert many.units.column("not_assessed") == ((), ())
    for unit, outcome in ((0, "failed"), (0, "not_assessed"), (1, "not_assessed")):
        with _refused("units", f"unit {unit}: the outcome, level or score contradicts"):
            AssessmentBatch(_set(many.units, "outcome", unit, outcome), many.results)


def test_criterion_rows_whose_outcome_value_and_points_disagree_are_refused(batch: AssessmentBatch) -> None:
    rows = batch.results
    outcomes = rows.column("outcome")
    failed = outcomes.index("failed")
    passed = outcomes.index("passed")
    unknown = outcomes.index("not_assessed")
    for row, key, value in (
        (failed, "points", Decimal(1)),
        (unknown, "points", Decimal(1)),
        (unknown, "value", Decimal(1)),
        (passed, "value", None),
        (passed, "points", Decimal(-1)),
        (passed, "outcome", "maybe"),
    ):
        with _refused("results", "the outcome, value and points disagree"):
            AssessmentBatch(batch.units, _set(rows, key, row, value))


def test_criterion_rows_not_unit_by_unit_of_one_rubric_are_refused(batch: AssessmentBatch) -> None:
    rows, units = batch.results, batch.units
    width = len(ssg.RUBRIC.criteria)
    with _refused("results", "must run unit by unit"):
        AssessmentBatch(units, _drop_rows(rows, {0}))
    with _refused("results", "must run unit by unit"):
        AssessmentBatch(units, _set(rows, "unit", width, 2))
    with _refused("results", "must run unit by unit"):
        AssessmentBatch(_drop_rows(units, {3}), rows)
    with _refused("results", "unit 1 must have the first unit's criteria, in the same order"):
        AssessmentBatch(units, _set(rows, "code", width, "X1"))
    with _refused("units", "every unit must be assessed against one rubric"):
        AssessmentBatch(_set(units, "rubric", 1, "fhc-savings-group"), rows)
    with _refused("units", "every unit must be assessed against one rubric"):
        AssessmentBatch(_set(units, "max_score", 1, Decimal(11)), rows)


def test_batch_columns_of_another_shape_are_refused(batch: AssessmentBatch) -> None:
    with _refused("units", "the columns of units must be rubric, outcome"):
        AssessmentBatch(batch.results, batch.results)
    with _refused("results", "the columns of results must be unit, code"):
        AssessmentBatch(batch.units, batch.units)
    short = attrs.evolve(batch.units, data=(batch.units.data[0][:1], *batch.units.data[1:]))
    with _refused("units", "all of one length"):
        AssessmentBatch(short, batch.results)


def test_batch_inputs_of_another_rubric_or_count_are_refused(batch: AssessmentBatch) -> None:
    assert batch.inputs is not None
    rubric, facts = batch.inputs
    with _refused("inputs", "one set of facts per unit"):
        attrs.evolve(batch, inputs=(rubric, facts[:-1]))
    with _refused("inputs", "one set of facts per unit"):
        attrs.evolve(batch, inputs=("ssg", facts))  # type: ignore[arg-type]
    with _refused("inputs", "the rows must be of the rubric kept, 'fhc-savings-group'"):
        attrs.evolve(batch, inputs=(fhc.RUBRIC, facts))
    assert attrs.evolve(batch, inputs=None) == batch


# --- a property: any facts give results that pass the checks; a changed figure never does -----------------------


@given(
    x=st.none() | st.integers(min_value=0, max_value=20),
    y=st.none() | st.decimals(min_value=0, max_value=1, places=2),
    ok=st.none() | st.booleans(),
    z=st.none() | st.integers(min_value=5, max_value=11),
    n=st.none() | st.integers(min_value=3, max_value=5),
    bump=st.decimals(min_value=Decimal("0.01"), max_value=5, places=2),
)
def test_any_demo_facts_give_consistent_results_and_a_changed_score_is_refused(
    x: int | None, y: Decimal | None, ok: bool | None, z: int | None, n: int | None, bump: Decimal
) -> None:
    result = assess(DEMO, {"x": x, "y": y, "ok": ok, "z": z, "n": n})
    assert Assessment.from_mapping(result.to_mapping()) == result
    plan = result.improvement_plan()
    assert ImprovementPlan.from_mapping(plan.to_mapping()) == plan
    assert attrs.evolve(compare(result, result)) == compare(result, result)
    with pytest.raises(InvalidInputError, match="the score must be"):
        attrs.evolve(result, score=result.score + bump)
    other = next(level for level in (None, *DEMO.levels) if level != result.level)
    with pytest.raises(InvalidInputError, match="the level must be"):
        attrs.evolve(result, level=other)
