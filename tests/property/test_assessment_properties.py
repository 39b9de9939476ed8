"""Hypothesis invariants of chumchon.assessment: monotonicity, round-trips, missing data, fuzzed mappings."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from chumchon.assessment import Comparison, Outcome, Rubric, assess, fhc, kkkj_health, ssg
from chumchon.assessment.ratios import MEASURES, par30_rate
from chumchon.errors import InvalidInputError, ParseError

RUBRICS = [ssg.RUBRIC, fhc.RUBRIC, kkkj_health.RUBRIC]
rubrics = st.sampled_from(RUBRICS)
fractions = st.decimals(min_value=0, max_value=Decimal("1.5"), places=4, allow_nan=False)
counts = st.integers(min_value=0, max_value=20)


def _ceiling(criterion: Any) -> Decimal | None:
    # a share measure given as a fact is at most 1 (the kernel refuses a percent typed in its place)
    measure = MEASURES.get(criterion.measure)
    return None if measure is None else measure.maximum


def _value(criterion: Any) -> st.SearchStrategy[Any]:
    if criterion.comparison is Comparison.IS_TRUE:
        return st.booleans()
    if criterion.unit.value == "fraction":
        ceiling = _ceiling(criterion)
        return fractions if ceiling is None else st.decimals(min_value=0, max_value=ceiling, places=4)
    return counts


@st.composite
def measured_facts(draw: st.DrawFn, rubric: Rubric) -> dict[str, Any]:
    """Facts giving each criterion's measure directly, some left out."""
    facts: dict[str, Any] = {}
    for c in rubric.criteria:
        if c.measure not in facts and draw(st.booleans() | st.just(True)):
            facts[c.measure] = draw(_value(c))
    return facts


def _improve(criterion: Any, value: Any, step: Decimal) -> Any:
    if criterion.comparison is Comparison.IS_TRUE:
        return True
    if criterion.comparison is Comparison.AT_LEAST:
        ceiling = _ceiling(criterion)
        return value + step if ceiling is None else min(value + step, ceiling)
    return max(Decimal(0), value - step)


def _rank(result: Any) -> int:
    return -1 if result.level is None else result.level.rank


@given(data=st.data(), rubric=rubrics, step=st.decimals(min_value=0, max_value=5, places=3, allow_nan=False))
def test_improving_a_fact_never_lowers_score_or_level(
    data: st.DataObject, rubric: Rubric, step: Decimal
) -> None:
    facts = data.draw(measured_facts(rubric))
    directional = [
        c
        for c in rubric.criteria
        if c.measure in facts
        and c.comparison in (Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.IS_TRUE)
        # A measure read by an "equals" or "between" criterion has no better direction.
        and all(
            o.comparison not in (Comparison.EQUALS, Comparison.BETWEEN)
            for o in rubric.criteria
            if o.measure == c.measure
        )
    ]
    if not directional:
        return
    c = data.draw(st.sampled_from(directional))
    before = assess(rubric, facts)
    after = assess(rubric, {**facts, c.measure: _improve(c, facts[c.measure], step)})
    assert after.score >= before.score
    assert _rank(after) >= _rank(before)
    assert not (before.passed and not after.passed)
    for b, a in zip(before.results, after.results, strict=True):
        assert not (b.passed and not a.passed)


@given(data=st.data(), rubric=rubrics)
def test_supplying_missing_facts_never_lowers_passed_criteria_into_failure_silently(
    data: st.DataObject, rubric: Rubric
) -> None:
    facts = data.draw(measured_facts(rubric))
    result = assess(rubric, facts)
    for r in result.results:
        if r.criterion.measure not in facts:
            assert r.outcome is Outcome.NOT_ASSESSED
            assert not r.passed and r.points == 0
    # Missing facts never count as passes: a result can only pass if everything it needs was given.
    if result.passed:
        for g in rubric.groups:
            if g.pass_rule.kind.value == "all":
                assert all(c.measure in facts for c in g.criteria)


@given(data=st.data(), rubric=rubrics)
def test_removing_a_fact_never_raises_score_or_level(data: st.DataObject, rubric: Rubric) -> None:
    facts = data.draw(measured_facts(rubric))
    if not facts:
        return
    name = data.draw(st.sampled_from(sorted(facts)))
    fewer = {k: v for k, v in facts.items() if k != name}
    full, partial = assess(rubric, facts), assess(rubric, fewer)
    assert partial.score <= full.score
    assert _rank(partial) <= _rank(full)


@given(
    risky=st.integers(min_value=0, max_value=10**6),
    extra=st.integers(min_value=0, max_value=10**6),
    cut=st.integers(min_value=0, max_value=10**6),
)
def test_lower_par30_principal_never_fails_ssg_s8_more(risky: int, extra: int, cut: int) -> None:
    outstanding = risky + extra
    before = assess(ssg.RUBRIC, {"par30_principal": risky, "loans_outstanding": outstanding}).result("S8")
    better = assess(ssg.RUBRIC, {"par30_principal": max(0, risky - cut), "loans_outstanding": outstanding})
    assert not (before.passed and not better.result("S8").passed)
    ratio = par30_rate(par30_principal=risky, loans_outstanding=outstanding)
    if outstanding:
        assert ratio.value is not None and ratio.value * outstanding - risky < Decimal("1e-40")
    else:
        assert before.outcome is Outcome.NOT_ASSESSED


# --- Round-trips and fuzzing --------------------------------------------------------------------------------

texts = st.text(alphabet="กขคabc1 .", min_size=1, max_size=6).filter(str.strip)


@st.composite
def rubric_mappings(draw: st.DrawFn) -> dict[str, Any]:
    groups = []
    n = 0
    for gi in range(draw(st.integers(min_value=1, max_value=2))):
        criteria = []
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            n += 1
            cmp = draw(st.sampled_from(["at_least", "at_most", "equals", "between", "is_true"]))
            low = Decimal(draw(st.integers(min_value=-(10**6), max_value=10**6))).scaleb(-3)
            width = Decimal(draw(st.integers(min_value=0, max_value=10**5))).scaleb(-2)
            criteria.append(
                {
                    "code": f"C{n}",
                    "title_th": draw(texts),
                    "title_en": draw(texts),
                    "measure": draw(st.sampled_from(["a", "b", "par30_rate", "members"])),
                    "comparison": cmp,
                    "threshold": None if cmp == "is_true" else str(low),
                    "upper": str(low + width) if cmp == "between" else None,
                    "unit": "boolean"
                    if cmp == "is_true"
                    else draw(st.sampled_from(["fraction", "count", "baht", "number"])),
                    "points": str(Decimal(draw(st.integers(min_value=0, max_value=100))).scaleb(-1)),
                    "priority": draw(st.integers(min_value=1, max_value=5)),
                    "advice_th": draw(st.sampled_from(["", "ทำ"])),
                    "advice_en": draw(st.sampled_from(["", "do"])),
                    "source": {
                        "title_th": "แหล่ง",
                        "title_en": "src",
                        "issuer": "",
                        "be_year": draw(st.none() | st.integers(2400, 2600)),
                        "clause": None,
                        "url": None,
                        "note": "",
                    },
                    "status": draw(st.sampled_from(["confirmed", "secondary", "provisional"])),
                    "rules": draw(
                        st.lists(st.sampled_from(["ssg_s8_par30_rate_max", "kkkj_registers"]), max_size=2)
                    ),
                }
            )
        groups.append(
            {
                "code": f"G{gi}",
                "title_th": draw(texts),
                "title_en": draw(texts),
                "pass_rule": draw(
                    st.sampled_from(
                        [
                            {"kind": "all", "minimum": None},
                            {"kind": "at_least_count", "minimum": "1"},
                        ]
                    )
                ),
                "criteria": criteria,
            }
        )
    return {
        "format": "chumchon-rubric/1",
        "id": draw(texts).strip() or "r",
        "version": "v",
        "title_th": "ท",
        "title_en": "t",
        "note_th": "",
        "note_en": "",
        "groups": groups,
        "levels": [
            {
                "rank": 0,
                "code": "none",
                "title_th": "ไม่",
                "title_en": "none",
                "groups_passed": [],
                "min_points": "0",
            },
            {
                "rank": 1,
                "code": "all",
                "title_th": "ครบ",
                "title_en": "all",
                "groups_passed": [g["code"] for g in groups],
                "min_points": "0",
            },
        ],
    }


@given(mapping=rubric_mappings())
def test_rubric_survives_to_mapping_from_mapping_unchanged(mapping: dict[str, Any]) -> None:
    try:
        rubric = Rubric.from_mapping(mapping)
    except InvalidInputError:
        return  # e.g. whitespace-only generated text
    assert rubric.to_mapping() == mapping
    assert Rubric.from_mapping(rubric.to_mapping()) == rubric


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6) | st.decimals(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=12,
)


@given(data=json_values)
def test_from_mapping_of_arbitrary_data_only_returns_or_raises_parse_errors(data: Any) -> None:
    outcome: object
    try:
        outcome = Rubric.from_mapping(data)
    except ParseError as error:  # anything else (TypeError, KeyError...) fails the test
        outcome = error
    assert isinstance(outcome, (Rubric, ParseError))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


@given(data=st.data(), value=json_values, rubric=rubrics)
def test_one_corrupted_value_in_a_real_rubric_gives_a_value_or_a_parse_error(
    data: st.DataObject, value: Any, rubric: Rubric
) -> None:
    mapping = copy.deepcopy(rubric.to_mapping())
    path = data.draw(st.sampled_from(_paths(mapping)))
    target: Any = mapping
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    outcome: Rubric | ParseError
    try:
        outcome = Rubric.from_mapping(mapping)
    except ParseError as error:
        outcome = error
    if isinstance(outcome, ParseError):
        assert outcome.field  # the bad value's path is named
    else:
        assess(outcome, {})  # a rubric that parses can always be used
