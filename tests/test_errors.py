from __future__ import annotations

import pickle

import pytest

from chumchon.errors import (
    ChumchonError,
    InvalidInputError,
    ParseError,
    RuleViolationError,
    UnknownRegulationError,
)


def test_tree_matches_the_contract() -> None:
    assert issubclass(InvalidInputError, ChumchonError)
    assert issubclass(InvalidInputError, ValueError)
    assert issubclass(ParseError, InvalidInputError)
    assert issubclass(RuleViolationError, ChumchonError)
    assert not issubclass(RuleViolationError, ValueError)
    assert issubclass(UnknownRegulationError, LookupError)


def test_message_has_thai_then_english() -> None:
    err = ParseError(th="อ่านวันที่ไม่ได้", en="cannot read the date", text="32/1/2567")
    assert str(err) == "อ่านวันที่ไม่ได้ / cannot read the date"
    assert (err.th, err.en, err.text, err.value) == (
        "อ่านวันที่ไม่ได้",
        "cannot read the date",
        "32/1/2567",
        "32/1/2567",
    )


def test_rule_violation_carries_structured_fields() -> None:
    err = RuleViolationError(th="ก", en="a", rule="interest_cap", clause="s.654", limit="0.15", actual="0.21")
    assert (err.rule, err.clause, err.limit, err.actual) == ("interest_cap", "s.654", "0.15", "0.21")


@pytest.mark.parametrize(
    "error",
    [
        InvalidInputError(th="ก", en="a", field="x", value=1),
        ParseError(th="ข", en="b", text="t"),
        RuleViolationError(th="ค", en="c", rule="r", clause="s.1", limit=1, actual=2),
        UnknownRegulationError(th="ง", en="d", parameter="p"),
    ],
)
def test_errors_survive_pickling(error: ChumchonError) -> None:
    # Batch runs over process pools send errors back to the parent.
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__
