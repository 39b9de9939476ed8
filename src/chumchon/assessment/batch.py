"""Assessing many groups or villages against one rubric (การประเมินกลุ่มจำนวนมาก).

:func:`assess_many` runs :func:`~chumchon.assessment.assess` over many facts. With ``compact=True`` it returns
an :class:`AssessmentBatch`: one row per assessed unit (outcome, level, score, what failed) and one per
criterion result, as plain values cheap to pickle from a worker and to keep, with any unit's full
:class:`~chumchon.assessment.Assessment` on demand (:meth:`AssessmentBatch.full`).

>>> from chumchon.assessment import assess, assess_many, kkkj_health
>>> batch = assess_many(kkkj_health.RUBRIC, [{}, {"committee_members": 8}], compact=True)
>>> len(batch), batch.units.column("outcome")
(2, ('not_assessed', 'not_assessed'))
>>> batch.full(1) == assess(kkkj_health.RUBRIC, {"committee_members": 8})
True
>>> assess_many(kkkj_health.RUBRIC, None)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: facts ต้องเป็นลำดับของข้อมูลที่ใช้ประเมิน ไม่ใช่ None / facts must be an iterable of facts to assess, not None
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, overload

import attrs

from chumchon._checks import flag
from chumchon.assessment.evaluate import Assessment, FactSource, assess
from chumchon.assessment.rubric import Rubric
from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Column

__all__ = ["RESULT_COLUMNS", "UNIT_COLUMNS", "AssessmentBatch", "assess_many"]

#: The columns of :attr:`AssessmentBatch.units`: one row per assessed group or village.
UNIT_COLUMNS = (
    Column("rubric", "แบบประเมิน", "Rubric"),
    Column("outcome", "ผล", "Outcome"),
    Column("level", "ระดับ", "Level"),
    Column("level_rank", "ลำดับระดับ", "Level rank", "int"),
    Column("score", "คะแนน", "Score", "decimal"),
    Column("max_score", "คะแนนเต็ม", "Full score", "decimal"),
    Column("failed", "ไม่ผ่าน", "Failed"),
    Column("not_assessed", "ยังไม่ได้ประเมิน", "Not assessed"),
)
#: The columns of :attr:`AssessmentBatch.results`: one row per criterion of every unit.
RESULT_COLUMNS = (
    Column("unit", "ลำดับ", "Unit no.", "int"),
    Column("code", "รหัส", "Code"),
    Column("outcome", "ผล", "Outcome"),
    Column("value", "ค่าที่ได้", "Value"),
    Column("points", "คะแนน", "Points", "decimal"),
)
_UNIT_TITLE = Message("ผลการประเมินรายกลุ่ม", "Assessments by unit")
_RESULT_TITLE = Message("ผลรายตัวชี้วัด", "Results by criterion")


@attrs.frozen(repr=False)
class AssessmentBatch(ResultMappable):
    """Many assessments against one rubric as columns of plain values (see the module docstring).

    Attributes:
        units: one row per unit (:data:`UNIT_COLUMNS`); ``failed`` and ``not_assessed`` are tuples of codes.
        results: one row per criterion result (:data:`RESULT_COLUMNS`); ``unit`` is the unit's row.
        inputs: the rubric and the facts, kept for :meth:`full` in the process that ran the batch; not
            compared and not pickled.
    """

    units: Columns
    results: Columns
    inputs: tuple[Rubric, tuple[Any, ...]] | None = attrs.field(default=None, eq=False)

    def __len__(self) -> int:
        return len(self.units)

    def __reduce__(self) -> tuple[Any, ...]:
        return (AssessmentBatch, (self.units, self.results))

    def full(self, index: int) -> Assessment:
        """The full assessment of unit ``index`` (reasons, improvement plan), recomputed.

        Raises:
            InvalidInputError: the batch carries no inputs (it came from another process), or no such unit.
        """
        if self.inputs is None:
            raise InvalidInputError(
                th="ชุดผลนี้ไม่มีข้อมูลเข้า (ส่งข้ามโปรเซสมา) ประเมินหน่วยนั้นใหม่ด้วย assess(...)",
                en="this batch carries no inputs (it came from another process); assess that unit with assess(...)",
                field="inputs",
            )
        index = self.units.check_row(index)
        rubric, facts = self.inputs
        return assess(rubric, facts[index])

    def __repr__(self) -> str:
        return f"<AssessmentBatch {len(self)} units, {len(self.results)} criterion results>"


@overload
def assess_many(
    rubric: Rubric, facts: Iterable[FactSource | Mapping[str, Any]], *, compact: Literal[False] = False
) -> list[Assessment]: ...


@overload
def assess_many(
    rubric: Rubric, facts: Iterable[FactSource | Mapping[str, Any]], *, compact: Literal[True]
) -> AssessmentBatch: ...


@in_decimal_context
def assess_many(
    rubric: Rubric, facts: Iterable[FactSource | Mapping[str, Any]], *, compact: bool = False
) -> list[Assessment] | AssessmentBatch:
    """Assess each of ``facts`` against ``rubric``: a list of assessments, or with ``compact=True`` an
    :class:`AssessmentBatch` of their rows (equal to the list's figures, in the same order).

    Raises:
        InvalidInputError: ``facts`` is not an iterable, or any error of :func:`~chumchon.assessment.assess`.
    """
    if isinstance(facts, (str, bytes, Mapping)) or not isinstance(facts, Iterable):
        raise InvalidInputError(
            th=f"facts ต้องเป็นลำดับของข้อมูลที่ใช้ประเมิน ไม่ใช่ {facts!r}",
            en=f"facts must be an iterable of facts to assess, not {facts!r}",
            field="facts",
            value=facts,
        )
    if not flag(compact, "compact"):
        return [assess(rubric, item) for item in facts]
    kept = tuple(facts)
    units = []
    results = []
    for index, item in enumerate(kept):
        result = assess(rubric, item)
        units.append(_unit_row(result))
        results += [(index, r.code, r.outcome.value, r.value, r.points) for r in result.results]
    return AssessmentBatch(
        Columns.from_rows(UNIT_COLUMNS, units, _UNIT_TITLE),
        Columns.from_rows(RESULT_COLUMNS, results, _RESULT_TITLE),
        (rubric, kept),
    )


def _unit_row(result: Assessment) -> Sequence[Any]:
    level = result.level
    return (
        result.rubric.id,
        result.outcome.value,
        level.code if level is not None else None,
        level.rank if level is not None else None,
        result.score,
        result.max_score,
        tuple(r.code for r in result.failed),
        tuple(r.code for r in result.not_assessed),
    )
