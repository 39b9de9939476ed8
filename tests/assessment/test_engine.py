"""The rubric engine: rubrics as data, three-valued outcomes, plans and round comparisons."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import pytest

from chumchon.assessment import (
    Assessment,
    Change,
    Comparison,
    Criterion,
    Outcome,
    PassRule,
    PassRuleKind,
    Rubric,
    assess,
    compare,
    ssg,
)
from chumchon.assessment.engine import RUBRIC_FORMAT
from chumchon.errors import InvalidInputError, ParseError
from chumchon.rules import Source, Status
from chumchon.tables import Tabular

SRC = {"title_th": "ทดสอบ", "title_en": "test"}


def crit(code: str, measure: str, comparison: str, **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": code,
        "title_th": f"เกณฑ์ {code}",
        "title_en": f"criterion {code}",
        "measure": measure,
        "comparison": comparison,
        "unit": "boolean" if comparison == "is_true" else "number",
        "source": dict(SRC),
        "status": "provisional",
    }
    data.update(kw)
    return data


def rubric_data(rule: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": "demo",
        "version": "1",
        "title_th": "ทดลอง",
        "title_en": "demo",
        "groups": [
            {
                "code": "A",
                "title_th": "ก",
                "title_en": "A",
                **({"pass_rule": rule} if rule else {}),
                "criteria": [
                    crit("A1", "x", "at_least", threshold="10", points="2", priority=2),
                    crit("A2", "y", "at_most", threshold="0.5", unit="fraction", priority=1),
                    crit("A3", "ok", "is_true", priority=3),
                    crit("A4", "z", "between", threshold="7", upper="9", priority=1),
                ],
            },
            {
                "code": "B",
                "title_th": "ข",
                "title_en": "B",
                "criteria": [crit("B1", "n", "equals", threshold="4")],
            },
        ],
        "levels": [
            {"rank": 1, "code": "low", "title_th": "ต่ำ", "title_en": "low"},
            {"rank": 2, "code": "mid", "title_th": "กลาง", "title_en": "mid", "min_points": "3"},
            {"rank": 3, "code": "top", "title_th": "สูง", "title_en": "top", "groups_passed": ["A", "B"]},
        ],
    }


ALL_GOOD = {"x": 10, "y": Decimal("0.5"), "ok": True, "z": 9, "n": 4}


# --- Rubric data ---------------------------------------------------------------------------------------------


def test_rubric_round_trips_through_plain_data() -> None:
    rubric = Rubric.from_mapping(rubric_data())
    mapping = rubric.to_mapping()
    assert mapping["format"] == RUBRIC_FORMAT
    assert Rubric.from_mapping(mapping) == rubric
    assert Rubric.from_mapping(mapping).to_mapping() == mapping
    # Only plain JSON types: decimals are strings.
    assert mapping["groups"][0]["criteria"][0]["threshold"] == "10"
    assert mapping["groups"][0]["criteria"][0]["points"] == "2"


def test_ints_and_floats_are_accepted_for_decimals_and_written_back_as_text() -> None:
    data = rubric_data()
    data["groups"][0]["criteria"][1]["threshold"] = 0.5
    data["groups"][0]["criteria"][0]["threshold"] = 10
    rubric = Rubric.from_mapping(data)
    assert rubric.criterion("A2").threshold == Decimal("0.5")
    assert rubric.to_mapping()["groups"][0]["criteria"][1]["threshold"] == "0.5"


def _bad(path: list[Any], value: Any, *, delete: bool = False) -> ParseError:
    data = rubric_data()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    with pytest.raises(ParseError) as info:
        Rubric.from_mapping(data)
    return info.value


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (["groups", 0, "criteria", 3, "threshold"], "seven", "groups[0].criteria[3].threshold"),
        (["groups", 0, "criteria", 3, "threshold"], True, "groups[0].criteria[3].threshold"),
        (["groups", 0, "criteria", 3, "threshold"], "NaN", "groups[0].criteria[3].threshold"),
        (["groups", 0, "criteria", 3, "upper"], "6", "groups[0].criteria[3].upper"),
        (["groups", 0, "criteria", 0, "comparison"], "more_than", "groups[0].criteria[0].comparison"),
        (["groups", 0, "criteria", 0, "comparison"], ["at_least"], "groups[0].criteria[0].comparison"),
        (["groups", 0, "criteria", 0, "threshold"], None, "groups[0].criteria[0].threshold"),
        (["groups", 0, "criteria", 2, "threshold"], "1", "groups[0].criteria[2].threshold"),
        (["groups", 0, "criteria", 2, "unit"], "count", "groups[0].criteria[2].unit"),
        (["groups", 0, "criteria", 0, "priority"], 0, "groups[0].criteria[0].priority"),
        (["groups", 0, "criteria", 0, "priority"], "1", "groups[0].criteria[0].priority"),
        (["groups", 0, "criteria", 0, "points"], "-1", "groups[0].criteria[0].points"),
        (["groups", 0, "criteria", 0, "status"], "official", "groups[0].criteria[0].status"),
        (["groups", 0, "criteria", 0, "source"], "CDD", "groups[0].criteria[0].source"),
        (["groups", 0, "criteria", 0, "source", "be_year"], "2555", "groups[0].criteria[0].source.be_year"),
        (["groups", 0, "criteria", 0, "source", "title_th"], " ", "groups[0].criteria[0].source.title_th"),
        (["groups", 0, "criteria", 0, "code"], "", "groups[0].criteria[0].code"),
        (["groups", 0, "criteria", 1, "code"], "A1", "groups[0].criteria[1].code"),
        (["groups", 1, "code"], "A", "groups[1].code"),
        (["groups", 0, "criteria"], [], "groups[0].criteria"),
        (["groups", 0, "criteria"], "A1", "groups[0].criteria"),
        (
            ["groups", 0, "pass_rule"],
            {"kind": "at_least_count", "minimum": "5"},
            "groups[0].pass_rule.minimum",
        ),
        (
            ["groups", 0, "pass_rule"],
            {"kind": "at_least_count", "minimum": "1.5"},
            "groups[0].pass_rule.minimum",
        ),
        (
            ["groups", 0, "pass_rule"],
            {"kind": "at_least_points", "minimum": "99"},
            "groups[0].pass_rule.minimum",
        ),
        (["groups", 0, "pass_rule"], {"kind": "all", "minimum": "1"}, "groups[0].pass_rule.minimum"),
        (["groups", 0, "pass_rule"], {"kind": "most"}, "groups[0].pass_rule.kind"),
        (["groups"], [], "groups"),
        (["levels", 2, "groups_passed"], ["C"], "levels[2].groups_passed"),
        (["levels", 2, "groups_passed"], [1], "levels[2].groups_passed[0]"),
        (["levels", 1, "rank"], 1, "levels[1].rank"),
        (["levels", 1, "min_points"], "-3", "levels[1].min_points"),
        (["levels"], [], "levels"),
        (["format"], "chumchon-rubric/99", "format"),
        (["version"], 2, "version"),
    ],
)
def test_malformed_mapping_names_the_bad_field(path: list[Any], value: Any, field: str) -> None:
    error = _bad(path, value)
    assert error.field == field
    assert field in str(error)
    assert error.th and error.en


def test_unknown_key_is_refused_so_typos_are_caught() -> None:
    data = rubric_data()
    data["groups"][0]["criteria"][3]["treshold"] = "7"
    with pytest.raises(ParseError) as info:
        Rubric.from_mapping(data)
    assert info.value.field == "groups[0].criteria[3].treshold"


def test_missing_required_field_is_named() -> None:
    assert (
        _bad(["groups", 0, "criteria", 1, "measure"], None, delete=True).field
        == "groups[0].criteria[1].measure"
    )
    assert _bad(["levels"], None, delete=True).field == "levels"


@pytest.mark.parametrize("data", [None, [], "rubric", 3, {1: "x"}])
def test_non_mapping_roots_are_refused(data: object) -> None:
    with pytest.raises(ParseError):
        Rubric.from_mapping(data)


def test_criterion_checks_its_own_fields_when_built_in_code() -> None:
    src = Source(title_th="ท", title_en="t")
    with pytest.raises(InvalidInputError) as info:
        Criterion(
            code="X",
            title_th="ก",
            title_en="x",
            measure="m",
            comparison=Comparison.AT_LEAST,
            source=src,
            status=Status.PROVISIONAL,
        )
    assert info.value.field == "threshold"
    with pytest.raises(InvalidInputError):
        PassRule(PassRuleKind.AT_LEAST_POINTS)


def test_rubric_repr_table_and_lookup() -> None:
    rubric = Rubric.from_mapping(rubric_data())
    assert repr(rubric) == "<Rubric demo v1: 5 criteria (A: 4, B: 1), 3 levels>"
    table = rubric.to_table()
    assert [row[1] for row in table.rows] == ["A1", "A2", "A3", "A4", "B1"]
    assert "from 7 to 9" in rubric.to_table().to_text(language="en")
    assert rubric.max_score == Decimal(6)
    with pytest.raises(InvalidInputError):
        rubric.criterion("Z9")


# --- Assessing ----------------------------------------------------------------------------------------------


def test_everything_met_passes_with_the_top_level() -> None:
    result = assess(Rubric.from_mapping(rubric_data()), ALL_GOOD)
    assert result.passed and result.outcome is Outcome.PASSED
    assert result.level is not None and result.level.code == "top"
    assert result.score == result.max_score == Decimal(6)
    assert result.complete and not result.failed


def test_missing_data_is_not_assessed_never_passed_or_failed() -> None:
    rubric = Rubric.from_mapping(rubric_data())
    facts = dict(ALL_GOOD)
    del facts["ok"]
    facts["z"] = None
    result = assess(rubric, facts)
    assert [r.code for r in result.not_assessed] == ["A3", "A4"]
    assert all(r.value is None and r.points == 0 for r in result.not_assessed)
    assert result.result("A3").reason.en == "not assessed: no data for ok"
    assert result.result("A3").missing == ("ok",)
    # The group could still pass, so it is not assessed rather than failed; so is the rubric.
    assert result.group("A").outcome is Outcome.NOT_ASSESSED
    assert result.outcome is Outcome.NOT_ASSESSED and not result.passed
    assert result.level is not None and result.level.code == "mid"  # 4 points from A1, A2, B1


def test_a_failure_fails_the_group_even_with_missing_data() -> None:
    result = assess(Rubric.from_mapping(rubric_data()), {**ALL_GOOD, "x": 9, "ok": None})
    assert result.group("A").outcome is Outcome.FAILED
    assert result.outcome is Outcome.FAILED


@pytest.mark.parametrize(
    ("rule", "facts", "expected"),
    [
        ({"kind": "at_least_count", "minimum": "3"}, {**ALL_GOOD, "x": 0}, Outcome.PASSED),
        ({"kind": "at_least_count", "minimum": "3"}, {**ALL_GOOD, "x": 0, "y": 1}, Outcome.FAILED),
        ({"kind": "at_least_count", "minimum": "3"}, {**ALL_GOOD, "x": 0, "y": None}, Outcome.NOT_ASSESSED),
        ({"kind": "at_least_points", "minimum": "4"}, {**ALL_GOOD, "y": 1}, Outcome.PASSED),  # 2+1+1
        ({"kind": "at_least_points", "minimum": "4"}, {**ALL_GOOD, "x": 0}, Outcome.FAILED),
        ({"kind": "at_least_points", "minimum": "4"}, {**ALL_GOOD, "x": None, "y": 1}, Outcome.NOT_ASSESSED),
    ],
)
def test_group_pass_rules(rule: dict[str, Any], facts: dict[str, Any], expected: Outcome) -> None:
    result = assess(Rubric.from_mapping(rubric_data(rule)), facts)
    assert result.group("A").outcome is expected


def test_comparisons_at_their_boundaries() -> None:
    rubric = Rubric.from_mapping(rubric_data())
    cases = [
        ("A1", {"x": 10}, True),
        ("A1", {"x": "9.99"}, False),
        ("A2", {"y": "0.5"}, True),
        ("A2", {"y": "0.5001"}, False),
        ("A3", {"ok": True}, True),
        ("A3", {"ok": False}, False),
        ("A4", {"z": 7}, True),
        ("A4", {"z": 9}, True),
        ("A4", {"z": "6.99"}, False),
        ("A4", {"z": "9.01"}, False),
        ("B1", {"n": 4}, True),
        ("B1", {"n": "4.0"}, True),
        ("B1", {"n": 5}, False),
    ]
    for code, facts, passed in cases:
        outcome = assess(rubric, facts).result(code).outcome
        assert outcome is (Outcome.PASSED if passed else Outcome.FAILED), (code, facts)


@pytest.mark.parametrize(("facts", "field"), [({"ok": 1}, "ok"), ({"x": True}, "x"), ({"x": "many"}, "x")])
def test_facts_of_the_wrong_type_raise_naming_the_fact(facts: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        assess(Rubric.from_mapping(rubric_data()), facts)
    assert info.value.field == field


@pytest.mark.parametrize("facts", [None, [("x", 1)], 5, {1: 2}])
def test_facts_must_be_a_mapping_or_facts_object(facts: object) -> None:
    with pytest.raises(InvalidInputError):
        assess(Rubric.from_mapping(rubric_data()), facts)  # type: ignore[arg-type]


def test_rubric_must_be_a_rubric() -> None:
    with pytest.raises(InvalidInputError):
        assess(rubric_data(), {})  # type: ignore[arg-type]


def test_a_measure_given_as_a_fact_wins_over_computing_it() -> None:
    facts = {"par30_rate": "0.02", "par30_principal": 50000, "loans_outstanding": 100000}
    assert assess(ssg.RUBRIC, facts).result("S8").passed
    computed = assess(ssg.RUBRIC, {"par30_principal": 50000, "loans_outstanding": 100000}).result("S8")
    assert computed.outcome is Outcome.FAILED
    assert computed.ratio is not None and computed.ratio.numerator == 50000


def test_zero_denominator_is_not_assessed_with_a_reason() -> None:
    result = assess(ssg.RUBRIC, {"par30_principal": 0, "loans_outstanding": 0}).result("S8")
    assert result.outcome is Outcome.NOT_ASSESSED
    assert "denominator is zero" in result.reason.en
    assert "ตัวหารเป็นศูนย์" in result.reason.th


def test_impossible_facts_raise() -> None:
    with pytest.raises(InvalidInputError) as info:
        assess(ssg.RUBRIC, {"members": 10, "members_paid_every_month": 11})
    assert info.value.field == "members_paid_every_month"


def test_assessment_is_tabular_readable_and_pickles() -> None:
    result = assess(Rubric.from_mapping(rubric_data()), {**ALL_GOOD, "x": 3, "ok": None})
    assert isinstance(result, Tabular) and isinstance(result, Assessment)
    assert (
        repr(result) == "<Assessment demo v1: failed, level 'mid' (2), 3/6 points, 1 failed, 1 not assessed>"
    )
    assert pickle.loads(pickle.dumps(result)) == result
    rows = result.to_rows(language="en")
    assert rows[0] == [
        "Group",
        "Code",
        "Criterion",
        "Value",
        "Target",
        "Outcome",
        "Points",
        "Criterion status",
    ]
    assert len(rows) == 6
    text = result.to_text(language="en")
    assert "not assessed" in text and "at least 10" in text
    assert "<table" in result._repr_html_()
    assert "failed: A1" in result.summary("en") and "not assessed (data missing): A3" in result.summary("en")
    assert "ไม่ผ่าน: A1" in result.summary("th")
    assert "A1 criterion A1: value 3; required at least 10: failed" in result.explain("en")
    assert dict(result.facts)["x"] == 3


def test_improvement_plan_ranks_by_priority_failed_first() -> None:
    result = assess(Rubric.from_mapping(rubric_data()), {"x": 3, "y": 1, "z": None, "ok": False, "n": 4})
    plan = result.improvement_plan()
    # A2 (p1 failed), A4 (p1 not assessed), A1 (p2), A3 (p3)
    assert [item.result.code for item in plan.items] == ["A2", "A4", "A1", "A3"]
    assert [item.rank for item in plan.items] == [1, 2, 3, 4]
    assert plan.items[1].advice.en.startswith("collect the data (z)")
    assert plan.items[1].advice.th.startswith("เก็บข้อมูล (z)")
    assert repr(plan) == "<ImprovementPlan demo: 4 items>"
    assert plan.to_rows(language="en")[0][-1] == "What to do"
    assert isinstance(plan, Tabular)


def test_passing_rubric_has_an_empty_plan() -> None:
    assert assess(Rubric.from_mapping(rubric_data()), ALL_GOOD).improvement_plan().items == ()


# --- Comparing rounds ---------------------------------------------------------------------------------------


def test_compare_two_rounds() -> None:
    rubric = Rubric.from_mapping(rubric_data())
    first = assess(rubric, {**ALL_GOOD, "x": 3, "ok": None, "n": 3, "z": 8})
    second = assess(rubric, {**ALL_GOOD, "ok": False, "z": None})
    diff = compare(first, second)
    changes = {c.code: c.change for c in diff.changes}
    assert changes == {
        "A1": Change.IMPROVED,
        "A2": Change.UNCHANGED,
        "A3": Change.NEWLY_ASSESSED,
        "A4": Change.NO_LONGER_ASSESSED,
        "B1": Change.IMPROVED,
    }
    assert diff.improved == ("A1", "B1")
    assert compare(second, first).worsened == ("A1", "B1")
    assert diff.level_changed is False or diff.before.level != diff.after.level
    assert "improved (now passed)" in diff.to_text(language="en")
    assert repr(diff).startswith("<RoundComparison demo: failed → failed")


def test_compare_across_versions_lists_added_and_removed() -> None:
    old = Rubric.from_mapping(rubric_data())
    data = rubric_data()
    data["version"] = "2"
    data["groups"][1]["criteria"] = [crit("B2", "m", "at_least", threshold="1")]
    new = Rubric.from_mapping(data)
    diff = compare(assess(old, ALL_GOOD), assess(new, {**ALL_GOOD, "m": 1}))
    changes = {c.code: c.change for c in diff.changes}
    assert changes["B2"] is Change.ADDED and changes["B1"] is Change.REMOVED
    assert "-" in diff.to_text()


def test_compare_refuses_different_rubrics() -> None:
    other = copy.deepcopy(rubric_data())
    other["id"] = "other"
    with pytest.raises(InvalidInputError):
        compare(assess(Rubric.from_mapping(rubric_data()), {}), assess(Rubric.from_mapping(other), {}))
    with pytest.raises(InvalidInputError):
        compare("round 1", "round 2")  # type: ignore[arg-type]


def test_importing_assessment_loads_neither_loans_savings_nor_the_rubrics() -> None:
    import subprocess
    import sys

    code = (
        "import sys, chumchon.assessment as a; "
        "print(sorted(m for m in sys.modules if m.startswith(('chumchon.loans', 'chumchon.savings', "
        "'chumchon.assessment.ssg', 'pandas'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
