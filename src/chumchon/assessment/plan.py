"""The improvement plan (แผนพัฒนา): failed and not-assessed criteria ranked by priority."""

from __future__ import annotations

import attrs

from chumchon.assessment._common import table
from chumchon.assessment.fact_labels import fact_labels
from chumchon.assessment.results import CriterionResult, Outcome
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
class ImprovementPlan(Tabular):
    """A development plan (แผนพัฒนา): failed and not-assessed criteria, most important first.

    Ranked by the criterion's priority (1 first), failed before not assessed at the same priority, then in the
    rubric's order.
    """

    rubric_id: str
    items: tuple[PlanItem, ...]

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
