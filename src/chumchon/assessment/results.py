"""What an assessment gives for each criterion and group: outcome, value, reason and points."""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon._checks import ParsableEnum
from chumchon.assessment.criterion import Comparison, Criterion
from chumchon.assessment.ratios import Ratio
from chumchon.assessment.rubric import CriterionGroup
from chumchon.messages import Message

__all__ = ["CriterionResult", "GroupResult", "Outcome"]


class Outcome(ParsableEnum):
    """The result of a criterion, a group or a whole rubric."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> Message:
        """The outcome in Thai and English."""
        return {
            "passed": Message("ผ่าน", "passed"),
            "failed": Message("ไม่ผ่าน", "failed"),
            "not_assessed": Message("ยังไม่ได้ประเมิน", "not assessed"),
        }[self.value]


@attrs.frozen(kw_only=True)
class CriterionResult:
    """How one criterion came out.

    Attributes:
        criterion: the criterion.
        group: the code of its group.
        value: the value read (``None`` when not assessed).
        outcome: passed, failed or not assessed.
        reason: why, in Thai and English.
        ratio: the ratio the value came from, when it was computed from facts.
        missing: the fact names that were missing (for a not-assessed criterion).
    """

    criterion: Criterion
    group: str
    value: Decimal | bool | None
    outcome: Outcome
    reason: Message
    ratio: Ratio | None = None
    missing: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The criterion's code."""
        return self.criterion.code

    @property
    def passed(self) -> bool:
        """True only for a passed criterion (never for a not-assessed one)."""
        return self.outcome is Outcome.PASSED

    @property
    def points(self) -> Decimal:
        """Points earned: the criterion's points if passed, else zero."""
        return self.criterion.points if self.passed else Decimal(0)

    def value_text(self, language: str = "th") -> str:
        """The value as text in the criterion's unit."""
        return self.criterion.unit.format(self.value, language)


@attrs.frozen(kw_only=True)
class GroupResult:
    """How one group came out: passed when its rule is met by passed criteria alone; failed when it cannot be
    met even if every not-assessed criterion passed; otherwise not assessed."""

    group: CriterionGroup
    outcome: Outcome
    points: Decimal
    passed_count: int
    failed_count: int
    not_assessed_count: int

    @property
    def code(self) -> str:
        """The group's code."""
        return self.group.code


def result_problem(result: CriterionResult) -> tuple[str, str] | None:
    """What makes a criterion result tell two stories, in Thai and English, or ``None`` when it tells one.

    Its outcome must follow from its value under its criterion: no value exactly when not assessed, a yes/no
    value for an ``is_true`` criterion and a finite Decimal otherwise, passed exactly when the criterion is met;
    missing facts only for a not-assessed criterion. The owners' consistency checks call this (a result is not
    checked when built: it is checked as a part of its owner) once they know ``result.criterion`` is a
    :class:`~chumchon.assessment.Criterion`; O(1).
    """
    outcome: object = result.outcome
    value = result.value
    if outcome is Outcome.NOT_ASSESSED:
        if value is not None:
            return "เกณฑ์ที่ยังไม่ได้ประเมินต้องไม่มีค่า", "a criterion not assessed has no value"
        return None
    if outcome is not Outcome.PASSED and outcome is not Outcome.FAILED:
        return "ผลต้องเป็น Outcome", "the outcome must be an Outcome"
    if result.missing:
        return (
            "ข้อมูลที่ขาดมีได้เฉพาะเกณฑ์ที่ยังไม่ได้ประเมิน",
            "only a criterion not assessed has missing facts",
        )
    criterion = result.criterion
    if criterion.comparison is Comparison.IS_TRUE:
        if type(value) is not bool:
            return (
                "ค่าของเกณฑ์แบบใช่/ไม่ใช่ต้องเป็น True หรือ False",
                "the value of a yes/no criterion is True or False",
            )
    elif type(value) is not Decimal or not value.is_finite():
        return "ค่าของเกณฑ์ต้องเป็น Decimal ที่มีค่าจำกัด", "the value of a numeric criterion is a finite Decimal"
    if (outcome is Outcome.PASSED) is not criterion.is_met(value):
        return (
            f"ผล {result.outcome.label.th} ต้องตรงกับค่าและเกณฑ์ {criterion.target('th')}",
            f"the outcome {result.outcome.label.en} must follow from the value and the target "
            f"{criterion.target('en')}",
        )
    return None
