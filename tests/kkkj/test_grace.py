"""Grace (ผ่อนผัน) as the committee's rule: each loan not overdue, overdue within grace, or in default."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    TRAINING_CASE,
    GraceExtension,
    GraceRule,
    GraceStanding,
    Standing,
    grace_standing,
)
from chumchon.rules.kkkj_2553 import INSTRUMENT

GRACE_NOTION_SOURCE = INSTRUMENT.source_named("grace_notion")

DAY = date(2026, 9, 30)
EXT = GraceExtension(
    loan_id="L-1",
    granted_on=date(2026, 7, 1),
    until=date(2026, 12, 31),
    reason="น้ำท่วม",
    reference="มติ 4/2569",
)


def standing(
    rule: GraceRule, *, overdue: object = 500, days: int | None = 40, loan: str = "L-1", day: date = DAY
) -> GraceStanding:
    return grace_standing(
        loan_id=loan, outstanding=1000, overdue=overdue, days_past_due=days, as_of=day, grace=rule
    )


def test_nothing_overdue_is_not_overdue_whatever_the_rule() -> None:
    result = standing(GraceRule(days_allowed=0), overdue=0, days=0)
    assert result.standing is Standing.NOT_OVERDUE and not result.in_grace


@pytest.mark.parametrize(
    ("days", "expected"), [(29, Standing.IN_GRACE), (30, Standing.IN_GRACE), (31, Standing.IN_DEFAULT)]
)
def test_days_allowed_is_inclusive(days: int, expected: Standing) -> None:
    assert standing(GraceRule(days_allowed=30), days=days, loan="L-2").standing is expected


def test_an_extension_covers_its_loan_between_its_dates_only() -> None:
    rule = GraceRule(days_allowed=0, extensions=[EXT], reference="มติ 1/2569")
    inside = standing(rule, days=200)
    assert (
        inside.standing is Standing.IN_GRACE and inside.extension == EXT and "มติ 4/2569" in inside.reason.th
    )
    assert standing(rule, days=200, day=date(2027, 1, 1)).standing is Standing.IN_DEFAULT
    assert standing(rule, days=200, day=date(2026, 6, 30)).standing is Standing.IN_DEFAULT
    assert standing(rule, days=200, loan="L-9").standing is Standing.IN_DEFAULT
    assert "มติ 1/2569" in inside.source.note


def test_unknown_days_are_needed_only_when_the_rule_counts_days() -> None:
    assert standing(GraceRule(days_allowed=0), days=None).standing is Standing.IN_DEFAULT
    assert standing(GraceRule(days_allowed=0, extensions=[EXT]), days=None).standing is Standing.IN_GRACE
    with pytest.raises(InvalidInputError, match="days_past_due"):
        standing(GraceRule(days_allowed=15), days=None, loan="L-3")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"days_allowed": -1},
        {"days_allowed": True},
        {"days_allowed": 10, "extensions": [1]},
        {"days_allowed": 10, "extensions": None},
    ],
)
def test_bad_rules_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        GraceRule(**kwargs)  # type: ignore[arg-type]


def test_an_extension_cannot_end_before_it_starts() -> None:
    with pytest.raises(InvalidInputError, match="before it was granted"):
        GraceExtension(loan_id="L", granted_on=date(2026, 7, 1), until=date(2026, 6, 30))


def test_overdue_above_outstanding_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        standing(GraceRule(days_allowed=0), overdue=2000)


def test_the_training_village_splits_by_grace() -> None:
    case = TRAINING_CASE
    rule = GraceRule(days_allowed=30)
    kinds = [a.grace_standing(case.report_date, rule).standing for a in case.accounts]
    assert kinds == [Standing.NOT_OVERDUE, Standing.IN_DEFAULT, Standing.NOT_OVERDUE]


def test_the_grace_notion_is_secondary_and_says_its_conditions_were_not_read() -> None:
    assert "not read" in GRACE_NOTION_SOURCE.note and GRACE_NOTION_SOURCE.note.startswith("secondary")


@given(days=st.integers(min_value=0, max_value=3650), allowed=st.integers(min_value=0, max_value=3650))
def test_more_days_allowed_never_moves_a_loan_into_default(days: int, allowed: int) -> None:
    tight = standing(GraceRule(days_allowed=allowed), days=days, loan="P").standing
    loose = standing(GraceRule(days_allowed=allowed + 1), days=days, loan="P").standing
    assert not (tight is Standing.IN_GRACE and loose is Standing.IN_DEFAULT)
    assert (tight is Standing.IN_GRACE) is (days <= allowed)
