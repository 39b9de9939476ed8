"""Bad rubric parts are refused with InvalidInputError naming the field (robustness review)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

import attrs
import pytest

from chumchon.assessment import (
    Comparison,
    Criterion,
    CriterionGroup,
    Level,
    PassRule,
    PassRuleKind,
    Rubric,
    assess,
    fhc,
    ssg,
)
from chumchon.assessment.ratios import Unit
from chumchon.errors import InvalidInputError, ParseError
from chumchon.rules import CIVIL_AND_COMMERCIAL_CODE, Status

NON_FINITE = [
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    float("nan"),
    float("inf"),
]


def criterion(**changes: Any) -> Criterion:
    kwargs: dict[str, Any] = {
        "code": "X1",
        "title_th": "ก",
        "title_en": "x",
        "measure": "members",
        "comparison": Comparison.AT_MOST,
        "threshold": Decimal("10"),
        "source": CIVIL_AND_COMMERCIAL_CODE,
        "status": Status.CONFIRMED,
    }
    kwargs.update(changes)
    return Criterion(**kwargs)


@pytest.mark.parametrize("bad", NON_FINITE)
@pytest.mark.parametrize("field", ["threshold", "points"])
def test_non_finite_thresholds_and_points_are_refused(field: str, bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        criterion(**{field: bad})
    assert info.value.field == field


def test_an_infinite_upper_bound_is_refused() -> None:
    with pytest.raises(InvalidInputError) as info:
        criterion(comparison=Comparison.BETWEEN, threshold=1, upper=Decimal("Infinity"))
    assert info.value.field == "upper"


@pytest.mark.parametrize("bad", NON_FINITE)
def test_non_finite_minimums_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        PassRule(PassRuleKind.AT_LEAST_POINTS, bad)  # type: ignore[arg-type]
    assert info.value.field == "minimum"
    with pytest.raises(InvalidInputError) as info:
        Level(rank=1, code="L", title_th="ก", title_en="l", min_points=bad)  # type: ignore[arg-type]
    assert info.value.field == "min_points"


def test_numbers_are_converted_exactly() -> None:
    c = criterion(threshold="0.80", points=2)
    assert (c.threshold, c.points) == (Decimal("0.80"), Decimal(2))
    assert PassRule(PassRuleKind.AT_LEAST_COUNT, 2).minimum == Decimal(2)  # type: ignore[arg-type]


def test_a_threshold_of_large_value_still_compares_correctly() -> None:
    # Before the fix Infinity made this AT_MOST criterion pass any value.
    result = assess(_rubric(criterion(threshold="1E+30")), {"members": 10**31})
    assert result.result("X1").outcome.value == "failed"


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("comparison", "more_or_less"),
        ("comparison", None),
        ("comparison", 1),
        ("unit", "percent"),
        ("unit", None),
        ("status", "sure"),
        ("status", None),
        ("source", None),
        ("source", "CCC"),
    ],
)
def test_wrong_types_in_a_criterion_are_refused(field: str, bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        criterion(**{field: bad})
    assert info.value.field == field


def test_enum_names_and_values_as_text_are_accepted() -> None:
    c = criterion(comparison="at_least", unit="COUNT", status="provisional")
    assert (c.comparison, c.unit, c.status) == (Comparison.AT_LEAST, Unit.COUNT, Status.PROVISIONAL)
    assert PassRule("all").kind is PassRuleKind.ALL  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 1, "all", PassRuleKind.ALL])
def test_pass_rule_kind_and_group_pass_rule_are_checked(bad: object) -> None:
    if bad not in ("all", PassRuleKind.ALL):
        with pytest.raises(InvalidInputError) as info:
            PassRule(bad)  # type: ignore[arg-type]
        assert info.value.field == "kind"
    with pytest.raises(InvalidInputError) as info:
        CriterionGroup(code="G", title_th="ก", title_en="g", criteria=[criterion()], pass_rule=bad)  # type: ignore[arg-type]
    assert info.value.field == "pass_rule"


@pytest.mark.parametrize("bad", [None, 1, "abc", {"a": 1}, [1], [None]])
def test_collections_of_the_wrong_kind_are_refused(bad: object) -> None:
    group = CriterionGroup(code="G", title_th="ก", title_en="g", criteria=[criterion()])
    level = Level(rank=1, code="L", title_th="ก", title_en="l")
    makers = {
        "criteria": lambda: CriterionGroup(code="G", title_th="ก", title_en="g", criteria=bad),
        "groups": lambda: Rubric(id="r", version="1", title_th="ก", title_en="r", groups=bad, levels=[level]),
        "levels": lambda: Rubric(id="r", version="1", title_th="ก", title_en="r", groups=[group], levels=bad),
    }
    for field, make in makers.items():
        with pytest.raises(InvalidInputError) as info:
            make()
        assert info.value.field is not None and info.value.field.startswith(field)
    with pytest.raises(InvalidInputError) as info:
        Level(rank=1, code="L", title_th="ก", title_en="l", groups_passed=bad)  # type: ignore[arg-type]
    assert info.value.field is not None and info.value.field.startswith("groups_passed")


def test_from_mapping_still_reports_the_path_of_a_non_finite_value() -> None:
    data = ssg.RUBRIC.to_mapping()
    data["groups"][0]["criteria"][0]["points"] = "NaN"
    with pytest.raises(ParseError) as info:
        Rubric.from_mapping(data)
    assert info.value.field == "groups[0].criteria[0].points"


@pytest.mark.parametrize("bad", [None, 1, {"W": 1}, ssg.RUBRIC])
def test_fhc_bands_needs_an_assessment(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        fhc.bands(bad)  # type: ignore[arg-type]
    assert info.value.field == "assessment"


def test_assessment_does_not_depend_on_the_ambient_decimal_context() -> None:
    facts = {"members": 3, "members_paid_every_month": 2, "loans_outstanding": 3, "par30_principal": 1}
    expected = assess(ssg.RUBRIC, facts)
    ctx = decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR, traps=[decimal.Rounded, decimal.Inexact])
    with decimal.localcontext(ctx):
        got = assess(ssg.RUBRIC, facts)
        text = got.to_text()
        maximum = ssg.RUBRIC.max_score
    assert got == expected
    assert text == expected.to_text()
    assert maximum == ssg.RUBRIC.max_score


def _rubric(c: Criterion) -> Rubric:
    group = CriterionGroup(code="G", title_th="ก", title_en="g", criteria=[c])
    return Rubric(
        id="r",
        version="1",
        title_th="ก",
        title_en="r",
        groups=[group],
        levels=[attrs.evolve(Level(rank=1, code="L", title_th="ก", title_en="l"), groups_passed=("G",))],
    )
