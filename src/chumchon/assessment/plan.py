"""The improvement plan (แผนพัฒนา): failed and not-assessed criteria ranked by priority."""

from __future__ import annotations

import attrs

from chumchon.assessment._common import table
from chumchon.assessment.criterion import Criterion
from chumchon.assessment.fact_labels import fact_labels
from chumchon.assessment.results import CriterionResult, Outcome, result_problem
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.tables import Column, Table, Tabular

__all__ = ["ImprovementPlan", "PlanItem"]


@attrs.frozen(kw_only=True)
class PlanItem:
    """One line of an improvement plan."""

    rank: int
    result: CriterionResult

    @property
    def advice(self) -> Message:
        """What to do, in Thai and English; for a not-assessed criterion, first collect the data."""
        c = self.result.criterion
        if self.result.outcome is Outcome.NOT_ASSESSED:
            facts = fact_labels(self.result.missing or (c.measure,))
            th = f"เก็บข้อมูล ({facts.th}) แล้วประเมินใหม่"
            en = f"collect the data ({facts.en}) and assess again"
            if c.advice_th:
                th += f"; {c.advice_th}"
            if c.advice_en:
                en += f"; {c.advice_en}"
            return Message(th, en)
        return Message(c.advice_th or "-", c.advice_en or "-")


@attrs.frozen(kw_only=True)
class ImprovementPlan(Tabular, ResultMappable):
    """A development plan (แผนพัฒนา): failed and not-assessed criteria, most important first.

    Ranked by the criterion's priority (1 first), failed before not assessed at the same priority, then in the
    rubric's order. Items ranked otherwise, a passed or repeated criterion, or a result whose outcome does not
    follow from its value raise :class:`~chumchon.errors.InvalidInputError` (the plan does not carry its
    rubric, so the order within one priority and outcome is not checked).
    """

    rubric_id: str
    items: tuple[PlanItem, ...]

    def _check_consistency(self) -> None:
        # The plan carries its items, not the assessment they came from: what can be checked is that each is
        # a failed or not-assessed result that tells one story, ranked 1, 2, 3... in the promised order, each
        # criterion once. One pass over the items.
        seen: set[str] = set()
        previous: tuple[int, bool] = (0, False)
        for rank, item in enumerate(self.items, start=1):
            result = item.result
            problem = (
                result_problem(result)
                if isinstance(result, CriterionResult) and isinstance(result.criterion, Criterion)
                else (
                    "ต้องเป็น CriterionResult ของเกณฑ์ (Criterion)",
                    "must be a CriterionResult of a Criterion",
                )
            )
            if problem is not None:
                raise inconsistent(
                    self, "items", f"รายการที่ {rank}: {problem[0]}", f"item {rank}: {problem[1]}", result
                )
            if type(item.rank) is not int or item.rank != rank:
                raise inconsistent(
                    self,
                    "items",
                    f"รายการที่ {rank} ต้องมีลำดับ {rank} (ลำดับ 1, 2, 3 ... ตามลำดับรายการ)",
                    f"item {rank} must have rank {rank} (ranks run 1, 2, 3... in the items' order)",
                    item.rank,
                )
            if result.outcome is Outcome.PASSED:
                raise inconsistent(
                    self,
                    "items",
                    f"แผนพัฒนามีเฉพาะเกณฑ์ที่ไม่ผ่านหรือยังไม่ได้ประเมิน ไม่ใช่ {result.code} ที่ผ่านแล้ว",
                    f"a plan lists only failed and not-assessed criteria, not {result.code}, which passed",
                    result.code,
                )
            if result.code in seen:
                raise inconsistent(
                    self,
                    "items",
                    f"เกณฑ์ {result.code} อยู่ในแผนได้ครั้งเดียว",
                    f"the criterion {result.code} appears in the plan more than once",
                    result.code,
                )
            seen.add(result.code)
            key = (result.criterion.priority, result.outcome is Outcome.NOT_ASSESSED)
            if key < previous:
                raise inconsistent(
                    self,
                    "items",
                    f"รายการที่ {rank} ({result.code}) อยู่ผิดลำดับ: เรียงตามความสำคัญ (1 ก่อน) "
                    "และเกณฑ์ที่ไม่ผ่านก่อนเกณฑ์ที่ยังไม่ได้ประเมินในความสำคัญเดียวกัน",
                    f"item {rank} ({result.code}) is out of order: items run by priority (1 first), failed before "
                    "not assessed at the same priority",
                    result.code,
                )
            previous = key

    def __repr__(self) -> str:
        return f"<ImprovementPlan {self.rubric_id}: {len(self.items)} items>"

    def to_table(self) -> Table:
        """The plan as a table."""
        rows = [
            (
                item.rank,
                item.result.code,
                item.result.criterion.title,
                item.result.outcome.label,
                Message(item.result.value_text("th"), item.result.value_text("en")),
                Message(item.result.criterion.target("th"), item.result.criterion.target("en")),
                item.result.criterion.priority,
                item.advice,
            )
            for item in self.items
        ]
        return table(
            columns=(
                Column("rank", "ลำดับ", "Rank", "int"),
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("outcome", "ผล", "Outcome"),
                Column("value", "ค่าที่ได้", "Value"),
                Column("target", "เกณฑ์", "Target"),
                Column("priority", "ความสำคัญ", "Priority", "int"),
                Column("advice", "แนวทางพัฒนา", "What to do"),
            ),
            rows=rows,
            title=Message("แผนพัฒนา", "Improvement plan"),
        )
