"""Assessing facts against a rubric (ประเมิน): :func:`assess` and its :class:`Assessment`.

Missing data is never a pass or a fail: the criterion is "not assessed", and a group or rubric that could still
go either way is "not assessed" too.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

import attrs

from chumchon.assessment._common import invalid, status_label, table
from chumchon.assessment.criterion import Criterion
from chumchon.assessment.fact_labels import fact_labels
from chumchon.assessment.plan import ImprovementPlan, PlanItem
from chumchon.assessment.ratios import MEASURES, Ratio
from chumchon.assessment.results import CriterionResult, GroupResult, Outcome, result_problem
from chumchon.assessment.rubric import CriterionGroup, Level, PassRuleKind, Rubric
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message, check_language
from chumchon.money import in_decimal_context
from chumchon.tables import Column, Table, Tabular

__all__ = ["Assessment", "FactSource", "assess"]


class FactSource(Protocol):
    """Anything that can give its facts as a mapping (:class:`~chumchon.assessment.facts.GroupFacts`,
    :class:`~chumchon.assessment.facts.KkkjFacts`)."""

    def to_mapping(self) -> dict[str, Any]:
        """The facts by name; ``None`` where unknown."""
        ...


_ONE_PER_CRITERION = (
    "ต้องมีผลหนึ่งรายการต่อเกณฑ์ของแบบประเมิน ตามลำดับของแบบประเมิน",
    "there must be one result per criterion of the rubric, in the rubric's order",
)


@attrs.frozen(kw_only=True)
class Assessment(Tabular, ResultMappable):
    """The result of :func:`assess`: every criterion, every group, the outcome, the score and the level.

    Attributes:
        rubric: the rubric used.
        results: one result per criterion, in the rubric's order.
        groups: one result per group.
        outcome: passed when every group passed; failed when any group failed; otherwise not assessed.
        level: the highest level reached (only passed criteria count), or ``None`` if none.
        score: points earned by passed criteria.
        facts: the facts given, as sorted ``(name, value)`` pairs.

    The fields must tell one story, however the result is built (by :func:`assess`, directly, with
    ``attrs.evolve`` or from a document): one result per criterion of the rubric in its order, each outcome
    following from its value; each group's counts, points and outcome following from its results and pass
    rule; the outcome, score and level following from the groups under the rubric. Otherwise
    :class:`~chumchon.errors.InvalidInputError` names the field.
    """

    rubric: Rubric
    results: tuple[CriterionResult, ...]
    groups: tuple[GroupResult, ...]
    outcome: Outcome
    level: Level | None
    score: Decimal
    facts: tuple[tuple[str, Any], ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        # One pass over the rubric's groups and the results side by side (see _check_group); then the outcome,
        # score and level must follow from the groups under the rubric's rules. Linear in the criteria, levels
        # and facts; nothing is re-read from the facts.
        rubric, results, groups = self.rubric, self.results, self.groups

        def refuse(field: str, th: str, en: str, value: object) -> None:
            raise inconsistent(self, field, th, en, value)

        if len(groups) != len(rubric.groups):
            refuse(
                "groups",
                f"ต้องมีผลหนึ่งรายการต่อกลุ่มของแบบประเมิน ({len(rubric.groups)} กลุ่ม)",
                f"there must be one group result per group of the rubric ({len(rubric.groups)})",
                len(groups),
            )
        index = 0
        score = Decimal(0)
        passed_groups: set[str] = set()
        outcomes: set[Outcome] = set()
        for place, (group, got) in enumerate(zip(rubric.groups, groups, strict=True), start=1):
            expected, points = self._check_group(place, group, got, index)
            index += len(group.criteria)
            outcomes.add(expected)
            score += points
            if expected is Outcome.PASSED:
                passed_groups.add(group.code)
        if index != len(results):
            refuse("results", *_ONE_PER_CRITERION, len(results))
        if self.outcome is not _overall(outcomes):
            refuse(
                "outcome",
                "ผลรวมต้องเป็นไปตามผลของกลุ่ม (ผ่านเมื่อทุกกลุ่มผ่าน ไม่ผ่านเมื่อกลุ่มใดไม่ผ่าน)",
                "the outcome must follow from the groups' (passed when all passed, failed when any failed)",
                self.outcome,
            )
        if self.score != score:
            refuse(
                "score",
                f"คะแนนต้องเป็นผลรวมคะแนนของเกณฑ์ที่ผ่าน ({score})",
                f"the score must be the points of the passed criteria ({score})",
                self.score,
            )
        level = _level(rubric, score, passed_groups)
        if self.level is not level and self.level != level:
            refuse(
                "level",
                f"ระดับต้องเป็น {level.code if level else 'ไม่มี'} ตามคะแนนและกลุ่มที่ผ่านภายใต้แบบประเมินนี้",
                f"the level must be {level.code if level else 'none'}, as the rubric gives for the score and the "
                "groups passed",
                self.level.code if self.level else None,
            )
        names = [name for name, _ in self.facts]  # (text, value) pairs: the field check saw to that
        if not all(map(operator.lt, names, names[1:])):  # strictly increasing: sorted, each name once
            refuse(
                "facts",
                "ข้อมูลต้องเป็นคู่ (ชื่อ, ค่า) เรียงตามชื่อ ชื่อไม่ซ้ำ",
                "the facts must be (name, value) pairs sorted by name, each name once",
                names,
            )

    def _check_group(
        self, place: int, group: CriterionGroup, got: GroupResult, index: int
    ) -> tuple[Outcome, Decimal]:
        """Check the group result in ``place`` and the results of its criteria, which start at ``index``: each
        result is of the rubric's criterion in its place and its outcome follows from its value; the group's
        counts, points and outcome follow from its results. Returns the group's outcome and points."""

        def refuse(field: str, th: str, en: str, value: object) -> None:
            raise inconsistent(self, field, th, en, value)

        if got.group is not group and got.group != group:  # the field check saw to GroupResult
            refuse(
                "groups",
                f"ผลของกลุ่มลำดับที่ {place} ต้องเป็นของกลุ่ม {group.code!r} ของแบบประเมิน",
                f"the group result in place {place} must be of the rubric's group {group.code!r}",
                got.code,
            )
        code = group.code
        criteria = group.criteria
        these = self.results[index : index + len(criteria)]
        if len(these) != len(criteria):
            refuse("results", *_ONE_PER_CRITERION, len(self.results))
        passed = unknown = 0
        points = unknown_points = Decimal(0)
        for criterion, r in zip(criteria, these, strict=True):
            if r.criterion is not criterion and r.criterion != criterion:
                at = index + criteria.index(criterion) + 1
                refuse(
                    "results",
                    f"ผลลำดับที่ {at} ต้องเป็นของเกณฑ์ {criterion.code!r} ตามลำดับของแบบประเมิน",
                    f"result {at} must be of the rubric's criterion {criterion.code!r}, in the rubric's order",
                    r.code,
                )
            problem = (
                result_problem(r)
                if r.group == code
                else (f"ต้องระบุกลุ่ม {code!r}", f"its group must be {code!r}")
            )
            if problem is not None:
                refuse(
                    "results",
                    f"ผลของเกณฑ์ {r.code}: {problem[0]}",
                    f"the result of {r.code}: {problem[1]}",
                    r.value,
                )
            if r.outcome is Outcome.PASSED:
                passed += 1
                points += criterion.points
            elif r.outcome is Outcome.NOT_ASSESSED:
                unknown += 1
                unknown_points += criterion.points
        counts = (passed, len(criteria) - passed - unknown, unknown, points)
        if (got.passed_count, got.failed_count, got.not_assessed_count, got.points) != counts:
            refuse(
                "groups",
                f"จำนวนที่ผ่าน ไม่ผ่าน ยังไม่ได้ประเมิน และคะแนนของกลุ่ม {code!r} ต้องตรงกับผลรายเกณฑ์",
                f"the group {code!r}'s passed, failed and not-assessed counts and points must follow from "
                "its results",
                (got.passed_count, got.failed_count, got.not_assessed_count, got.points),
            )
        expected = _rule_outcome(group, passed, unknown, points, points + unknown_points)
        if got.outcome is not expected:
            refuse(
                "groups",
                f"ผลของกลุ่ม {code!r} ต้องเป็น {expected.label.th} ตามกติกา {group.pass_rule.describe('th')}",
                f"the group {code!r} must have {expected.label.en} under its rule "
                f"({group.pass_rule.describe('en')})",
                got.outcome,
            )
        return expected, points

    @property
    def passed(self) -> bool:
        """True only when every group passed."""
        return self.outcome is Outcome.PASSED

    @property
    def max_score(self) -> Decimal:
        """The rubric's full score."""
        return self.rubric.max_score

    @property
    def failed(self) -> tuple[CriterionResult, ...]:
        """Criteria that failed."""
        return tuple(r for r in self.results if r.outcome is Outcome.FAILED)

    @property
    def not_assessed(self) -> tuple[CriterionResult, ...]:
        """Criteria that could not be assessed (missing data): neither passed nor failed."""
        return tuple(r for r in self.results if r.outcome is Outcome.NOT_ASSESSED)

    @property
    def complete(self) -> bool:
        """True when every criterion could be assessed."""
        return not self.not_assessed

    @property
    def provisional(self) -> tuple[str, ...]:
        """Codes of the provisional criteria this result rests on."""
        return self.rubric.provisional

    def result(self, code: str) -> CriterionResult:
        """The result of the criterion with ``code``."""
        for r in self.results:
            if r.code == code:
                return r
        raise invalid("code", f"ไม่มีเกณฑ์รหัส {code!r}", f"no criterion has code {code!r}", code)

    def group(self, code: str) -> GroupResult:
        """The result of the group with ``code``."""
        for g in self.groups:
            if g.code == code:
                return g
        raise invalid("code", f"ไม่มีกลุ่มรหัส {code!r}", f"no group has code {code!r}", code)

    def improvement_plan(self) -> ImprovementPlan:
        """Failed and not-assessed criteria as a ranked development plan (แผนพัฒนา)."""
        order = {r.code: i for i, r in enumerate(self.results)}
        todo = sorted(
            (r for r in self.results if not r.passed),
            key=lambda r: (r.criterion.priority, r.outcome is Outcome.NOT_ASSESSED, order[r.code]),
        )
        return ImprovementPlan(
            rubric_id=self.rubric.id,
            items=tuple(PlanItem(rank=i, result=r) for i, r in enumerate(todo, start=1)),
        )

    def summary(self, language: str = "th") -> str:
        """A short summary: outcome, level, score, what was not assessed, and the provisional warning."""
        th = check_language(language) == "th"
        level = self.level.title.get(language) if self.level else "-"
        lines = [
            f"{self.rubric.title.get(language)}: {self.outcome.label.get(language)}",
            (
                f"ระดับ: {level}; คะแนน {self.score}/{self.max_score}"
                if th
                else f"level: {level}; score {self.score}/{self.max_score}"
            ),
        ]
        if self.failed:
            codes = ", ".join(r.code for r in self.failed)
            lines.append(f"ไม่ผ่าน: {codes}" if th else f"failed: {codes}")
        if self.not_assessed:
            codes = ", ".join(r.code for r in self.not_assessed)
            lines.append(
                f"ยังไม่ได้ประเมิน (ขาดข้อมูล): {codes}" if th else f"not assessed (data missing): {codes}"
            )
        if self.provisional:
            lines.append(
                "เกณฑ์ชั่วคราวที่มากับโปรแกรม ไม่ใช่แบบประเมินทางการ"
                if th
                else "provisional criteria by chumchon, not the official form"
            )
        return "\n".join(lines)

    def explain(self, language: str = "th") -> str:
        """The summary followed by every criterion's reason."""
        reasons = [
            f"{r.code} {r.criterion.title.get(language)}: {r.reason.get(language)}" for r in self.results
        ]
        return "\n".join([self.summary(language), *reasons])

    def __repr__(self) -> str:
        level = f"{self.level.code!r} ({self.level.rank})" if self.level else "none"
        return (
            f"<Assessment {self.rubric.id} v{self.rubric.version}: {self.outcome.value}, level {level}, "
            f"{self.score}/{self.max_score} points, {len(self.failed)} failed, "
            f"{len(self.not_assessed)} not assessed>"
        )

    def to_table(self) -> Table:
        """Every criterion: group, code, title, value, target, outcome, points earned, status."""
        rows = [
            (
                r.group,
                r.code,
                r.criterion.title,
                Message(r.value_text("th"), r.value_text("en")),
                Message(r.criterion.target("th"), r.criterion.target("en")),
                r.outcome.label,
                r.points,
                status_label(r.criterion.status),
            )
            for r in self.results
        ]
        level = self.level.title if self.level else Message("-", "-")
        return table(
            columns=(
                Column("group", "หมวด", "Group"),
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("value", "ค่าที่ได้", "Value"),
                Column("target", "เกณฑ์", "Target"),
                Column("outcome", "ผล", "Outcome"),
                Column("points", "คะแนน", "Points", "decimal"),
                Column("status", "สถานะเกณฑ์", "Criterion status"),
            ),
            rows=rows,
            title=Message(
                f"{self.rubric.title_th}: {self.outcome.label.th}, ระดับ {level.th}",
                f"{self.rubric.title_en}: {self.outcome.label.en}, level {level.en}",
            ),
        )


def _facts_mapping(facts: object) -> dict[str, Any]:
    if isinstance(facts, Mapping):
        data = dict(facts)
    elif hasattr(facts, "to_mapping") and not isinstance(facts, type):
        data = facts.facts() if hasattr(facts, "facts") else facts.to_mapping()  # Python values, not JSON
    else:
        raise InvalidInputError(
            th=f"ข้อมูลที่ใช้ประเมินต้องเป็น GroupFacts, KkkjFacts หรือ mapping ไม่ใช่ {type(facts).__name__}",
            en=f"facts must be GroupFacts, KkkjFacts or a mapping, not {type(facts).__name__}",
            field="facts",
            value=facts,
        )
    for key in data:
        if not isinstance(key, str):
            raise InvalidInputError(
                th=f"ชื่อข้อมูลต้องเป็นข้อความ ไม่ใช่ {key!r}",
                en=f"fact names must be text, not {key!r}",
                field="facts",
                value=key,
            )
    return data


def _evaluate(criterion: Criterion, group: str, facts: Mapping[str, Any]) -> CriterionResult:
    name = criterion.measure
    ratio: Ratio | None = None
    raw = facts.get(name)
    if raw is None and name in MEASURES:
        computed = MEASURES[name].compute(facts)
        if isinstance(computed, tuple):
            return _not_assessed(criterion, group, computed)
        ratio = computed
        if ratio.value is None:
            return CriterionResult(
                criterion=criterion,
                group=group,
                value=None,
                outcome=Outcome.NOT_ASSESSED,
                reason=Message(
                    f"ยังไม่ได้ประเมิน: ตัวหารเป็นศูนย์ ({ratio.display('th')})",
                    f"not assessed: the denominator is zero ({ratio.display('en')})",
                ),
                ratio=ratio,
            )
        raw = ratio.value
    if raw is None:
        return _not_assessed(criterion, group, (name,))
    if ratio is None and name in MEASURES:
        raw = MEASURES[name].read(
            raw
        )  # a measure given as a fact: within its bounds (not a percent for a share)
    value = criterion.read(raw)
    met = criterion.is_met(value)
    outcome = Outcome.PASSED if met else Outcome.FAILED
    shown_th = criterion.unit.format(value, "th")
    shown_en = criterion.unit.format(value, "en")
    if ratio is not None:
        # Counts show as whole numbers, amounts with satang.
        parts = f"({ratio.numerator:,} / {ratio.denominator:,})"
        shown_th += f" {parts}"
        shown_en += f" {parts}"
    return CriterionResult(
        criterion=criterion,
        group=group,
        value=value,
        outcome=outcome,
        reason=Message(
            f"ค่า {shown_th}; เกณฑ์ {criterion.target('th')}: {outcome.label.th}",
            f"value {shown_en}; required {criterion.target('en')}: {outcome.label.en}",
        ),
        ratio=ratio,
    )


def _not_assessed(criterion: Criterion, group: str, missing: tuple[str, ...]) -> CriterionResult:
    names = fact_labels(missing)
    return CriterionResult(
        criterion=criterion,
        group=group,
        value=None,
        outcome=Outcome.NOT_ASSESSED,
        reason=Message(f"ยังไม่ได้ประเมิน: ไม่มีข้อมูล{names.th}", f"not assessed: no data for {names.en}"),
        missing=missing,
    )


def _group_outcome(group: CriterionGroup, results: Sequence[CriterionResult]) -> GroupResult:
    passed = [r for r in results if r.outcome is Outcome.PASSED]
    unknown = [r for r in results if r.outcome is Outcome.NOT_ASSESSED]
    points = sum((r.criterion.points for r in passed), Decimal(0))
    possible = points + sum((r.criterion.points for r in unknown), Decimal(0))
    return GroupResult(
        group=group,
        outcome=_rule_outcome(group, len(passed), len(unknown), points, possible),
        points=points,
        passed_count=len(passed),
        failed_count=len(results) - len(passed) - len(unknown),
        not_assessed_count=len(unknown),
    )


def _rule_outcome(
    group: CriterionGroup, passed: int, unknown: int, points: Decimal, possible: Decimal
) -> Outcome:
    """A group's outcome from its counts: passed when its rule is met now, not assessed when it still could be
    (every not-assessed criterion passing), failed otherwise. ``possible`` is ``points`` plus the not-assessed
    criteria's points."""
    rule = group.pass_rule
    if rule.kind is PassRuleKind.ALL:
        now, best = passed == len(group.criteria), passed + unknown == len(group.criteria)
    elif rule.kind is PassRuleKind.AT_LEAST_COUNT:
        assert rule.minimum is not None
        now, best = passed >= rule.minimum, passed + unknown >= rule.minimum
    else:
        assert rule.minimum is not None
        now, best = points >= rule.minimum, possible >= rule.minimum
    return Outcome.PASSED if now else (Outcome.NOT_ASSESSED if best else Outcome.FAILED)


def _overall(outcomes: set[Outcome]) -> Outcome:
    """The rubric's outcome: passed when every group passed, failed when any failed, otherwise not assessed."""
    if outcomes == {Outcome.PASSED}:
        return Outcome.PASSED
    if Outcome.FAILED in outcomes:
        return Outcome.FAILED
    return Outcome.NOT_ASSESSED


def _level(rubric: Rubric, score: Decimal, passed_groups: set[str]) -> Level | None:
    """The highest level (the rubric lists them lowest first) whose points and groups the result reaches."""
    level = None
    for candidate in rubric.levels:
        if score >= candidate.min_points and passed_groups.issuperset(candidate.groups_passed):
            level = candidate
    return level


@in_decimal_context
def assess(rubric: Rubric, facts: FactSource | Mapping[str, Any]) -> Assessment:
    """Assess ``facts`` against ``rubric`` (ประเมิน).

    Args:
        rubric: the rubric, e.g. :data:`chumchon.assessment.ssg.RUBRIC` or one read with
            :meth:`Rubric.from_mapping`.
        facts: a :class:`~chumchon.assessment.facts.GroupFacts`, a
            :class:`~chumchon.assessment.facts.KkkjFacts`, or a plain mapping of fact names to values
            (``bool`` for yes/no facts, numbers otherwise, ``None`` for unknown). A fact named like a measure
            (e.g. ``par30_rate``) is used as given instead of computing the measure.

    Returns:
        The :class:`Assessment`.

    Raises:
        InvalidInputError: a fact has the wrong type or an impossible value (e.g. more borrowers than
            members); the error's ``field`` names it.
    """
    if not isinstance(rubric, Rubric):
        raise InvalidInputError(
            th=f"rubric ต้องเป็น Rubric ไม่ใช่ {type(rubric).__name__}",
            en=f"rubric must be a Rubric, not {type(rubric).__name__}",
            field="rubric",
            value=rubric,
        )
    data = _facts_mapping(facts)
    results: list[CriterionResult] = []
    group_results: list[GroupResult] = []
    for group in rubric.groups:
        these = [_evaluate(c, group.code, data) for c in group.criteria]
        results.extend(these)
        group_results.append(_group_outcome(group, these))
    score = sum((r.points for r in results), Decimal(0))
    passed_groups = {g.code for g in group_results if g.outcome is Outcome.PASSED}
    return Assessment(
        rubric=rubric,
        results=tuple(results),
        groups=tuple(group_results),
        outcome=_overall({g.outcome for g in group_results}),
        level=_level(rubric, score, passed_groups),
        score=score,
        facts=tuple(sorted(data.items())),
    )
