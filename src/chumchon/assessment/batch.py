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
from decimal import Decimal
from typing import Any, Literal, overload

import attrs

from chumchon._checks import flag
from chumchon.assessment.evaluate import Assessment, FactSource, assess
from chumchon.assessment.rubric import Rubric
from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
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

    Each unit's row must follow from its criterion rows (score, failed and not-assessed codes; an outcome and
    level the rows allow), the rows must run unit by unit with one rubric's criteria each, and points go only
    to passed criteria; otherwise :class:`~chumchon.errors.InvalidInputError` names ``units`` or ``results``.
    """

    units: Columns
    results: Columns
    inputs: tuple[Rubric, tuple[Any, ...]] | None = attrs.field(default=None, eq=False)

    @in_decimal_context
    def _check_consistency(self) -> None:
        # Each unit's row must be what its criterion rows give: the rows of unit 0, then 1, ..., each unit the
        # same criteria in the same order (one rubric); the score the sum of the points; the failed and
        # not-assessed codes those rows' outcomes; points only for passed criteria. One pass over the rows.
        def refuse(field: str, th: str, en: str, value: object) -> None:
            raise inconsistent(self, field, th, en, value)

        units, rows = self.units, self.results
        for name, table, expected in (("units", units, UNIT_COLUMNS), ("results", rows, RESULT_COLUMNS)):
            if table.columns != expected or len({len(column) for column in table.data}) > 1:
                refuse(
                    name,
                    f"คอลัมน์ของ {name} ต้องเป็น {', '.join(c.key for c in expected)} ยาวเท่ากันทุกคอลัมน์",
                    f"the columns of {name} must be {', '.join(c.key for c in expected)}, all of one length",
                    table.keys,
                )
        rubric_id, outcome, level, rank, score, max_score, failed, not_assessed = units.data
        unit, code, result_outcome, value, points = rows.data
        count = len(units)
        width = len(rows) // count if count else 0
        if (
            len(rows) != count * width
            or (count and not width)
            or unit != tuple(i for i in range(count) for _ in range(width))
        ):
            refuse(
                "results",
                "แถวผลรายตัวชี้วัดต้องเรียงตามหน่วย 0, 1, 2 ... หน่วยละจำนวนเกณฑ์เท่ากัน",
                "the criterion rows must run unit by unit (0, 1, 2...), the same number for every unit",
                len(rows),
            )
        if any(x != rubric_id[0] for x in rubric_id) or any(x != max_score[0] for x in max_score):
            refuse(
                "units",
                "ทุกหน่วยต้องประเมินด้วยแบบประเมินเดียวกัน (รหัสและคะแนนเต็มเดียวกัน)",
                "every unit must be assessed against one rubric (one id, one full score)",
                rubric_id,
            )
        for name, numbers in (("units", (*score, *max_score)), ("results", points)):
            if not all(type(p) is Decimal and p.is_finite() for p in numbers):
                refuse(name, "คะแนนต้องเป็น Decimal", "the points and scores must be Decimals", None)
        codes = code[:width]
        for i in range(count):
            start = i * width
            these = zip(
                code[start : start + width],
                result_outcome[start : start + width],
                value[start : start + width],
                points[start : start + width],
                strict=True,
            )
            failed_codes, unknown_codes, total = [], [], Decimal(0)
            for c, o, v, p in these:
                if o == "passed":
                    bad = v is None or p < 0
                    total += p
                elif o == "failed":
                    bad = v is None or p != 0
                    failed_codes.append(c)
                else:
                    bad = o != "not_assessed" or v is not None or p != 0
                    unknown_codes.append(c)
                if bad:
                    refuse(
                        "results",
                        f"หน่วย {i} เกณฑ์ {c}: ผล ค่า และคะแนนขัดกัน (คะแนนมีเฉพาะเกณฑ์ที่ผ่าน ค่าว่างเฉพาะที่ยังไม่ได้ประเมิน)",
                        f"unit {i}, criterion {c}: the outcome, value and points disagree (only a passed criterion "
                        "earns points, only one not assessed has no value)",
                        o,
                    )
            if code[start : start + width] != codes:
                refuse(
                    "results",
                    f"หน่วย {i} ต้องมีเกณฑ์เดียวกันกับหน่วยแรก ตามลำดับเดียวกัน",
                    f"unit {i} must have the first unit's criteria, in the same order",
                    code[start : start + width],
                )
            if (
                score[i] != total
                or failed[i] != tuple(failed_codes)
                or not_assessed[i] != tuple(unknown_codes)
            ):
                refuse(
                    "units",
                    f"หน่วย {i}: คะแนน รหัสที่ไม่ผ่าน และรหัสที่ยังไม่ได้ประเมิน ต้องตรงกับผลรายตัวชี้วัด",
                    f"unit {i}: the score and the failed and not-assessed codes must follow from its criterion rows",
                    score[i],
                )
            decided = outcome[i] != "not_assessed"
            if (
                outcome[i] not in ("passed", "failed", "not_assessed")
                or (not unknown_codes and not decided)
                or (not unknown_codes and not failed_codes and outcome[i] != "passed")
                or (level[i] is None) is not (rank[i] is None)
                or total > max_score[i]
            ):
                refuse(
                    "units",
                    f"หน่วย {i}: ผล ระดับ หรือคะแนนขัดกับผลรายตัวชี้วัด",
                    f"unit {i}: the outcome, level or score contradicts its criterion rows",
                    outcome[i],
                )
        self._check_inputs(codes)

    def _check_inputs(self, codes: tuple[Any, ...]) -> None:
        # The in-process inputs must be the rubric of the rows and one fact source per unit, or full(i) would
        # recompute another unit or another rubric.
        inputs = self.inputs
        if inputs is None:
            return
        if not (isinstance(inputs, tuple) and len(inputs) == 2 and isinstance(inputs[0], Rubric)) or not (
            isinstance(inputs[1], tuple) and len(inputs[1]) == len(self.units)
        ):
            raise inconsistent(
                self,
                "inputs",
                "ข้อมูลเข้าต้องเป็นแบบประเมินและข้อมูลหนึ่งชุดต่อหน่วย",
                "the inputs must be the rubric and one set of facts per unit",
                None,
            )
        rubric = inputs[0]
        if len(self.units) and (
            self.units.data[0][0] != rubric.id or codes != tuple(c.code for c in rubric.criteria)
        ):
            raise inconsistent(
                self,
                "inputs",
                f"แถวต้องเป็นผลของแบบประเมิน {rubric.id!r} ที่เก็บไว้",
                f"the rows must be of the rubric kept, {rubric.id!r}",
                self.units.data[0][0],
            )

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
