"""The rubric engine: criteria, rubrics as data, assessments and improvement plans (เครื่องมือประเมินตามเกณฑ์).

This module gathers the engine's public names; each lives in a module with one job:
:mod:`~chumchon.assessment.criterion`, :mod:`~chumchon.assessment.rubric`,
:mod:`~chumchon.assessment.rubric_format`, :mod:`~chumchon.assessment.results`,
:mod:`~chumchon.assessment.evaluate`, :mod:`~chumchon.assessment.plan` and :mod:`~chumchon.assessment.compare`.

Officers assess savings groups against the SSG standard, run financial health checks and check กข.คจ. village
funds. The official forms change and were not available to us (DOMAIN section 7), so chumchon ships an
*engine* plus rubrics as *data*: a district can load its official form (from JSON or YAML the caller reads) with
:meth:`Rubric.from_mapping` and get the same explained result.

* A :class:`Criterion` reads one fact or measure, compares it with a threshold (``at_least`` ≥, ``at_most`` ≤,
  ``equals`` =, ``between`` inclusive, ``is_true``), and carries points, a priority, advice, a :class:`Source`
  and a confidence :class:`~chumchon.rules.Status`.
* A :class:`Rubric` groups criteria (e.g. the SSG letters), each group with a :class:`PassRule` (all, at least
  *n* criteria, at least *p* points), and maps results to a :class:`Level`.
* :func:`assess` gives an :class:`Assessment`: for every criterion its value, target, outcome and reason in
  Thai and English. **Missing data is never a pass or a fail**: the criterion is "not assessed" and listed, and
  a group or rubric that could still go either way is "not assessed" too. :meth:`Assessment.improvement_plan`
  ranks the failed and not-assessed criteria into a development plan (แผนพัฒนา); :func:`compare` shows what
  changed between two rounds.

**Rubric mappings.** :meth:`Rubric.to_mapping` gives plain JSON types only (``str``, ``int``, ``list``,
``dict``, ``None``); decimals (thresholds, points) are written as **strings** such as ``"0.80"`` so no binary
float touches them. :meth:`Rubric.from_mapping` also accepts ints and floats there (a float through its shortest
repr), refuses unknown keys (so a typo is caught), and raises :class:`~chumchon.errors.ParseError` whose
``field`` is the path of the bad value, e.g. ``groups[0].criteria[3].threshold``.

>>> from chumchon.assessment import assess, ssg
>>> facts = {"written_bylaws": True, "committee_elected": True, "committee_meetings": 12,
...          "general_meeting_held": True, "members": 40, "members_paid_every_month": 30,
...          "books_up_to_date": True, "statement_presented": True, "par30_principal": 0,
...          "loans_outstanding": 200000, "profit_allocated_per_bylaws": True}
>>> result = assess(ssg.RUBRIC, facts)
>>> result.passed, result.level.code, str(result.score)
(False, 'not_yet', '8')
>>> [(r.code, r.outcome.value) for r in result.results if not r.passed]
[('S5', 'failed'), ('S10', 'not_assessed')]
>>> print(result.result("S5").reason.en)
value 75.00% (30 / 40); required at least 80.00%: failed
>>> ssg.RUBRIC.from_mapping({"id": "x", "version": "1"})
Traceback (most recent call last):
...
chumchon.errors.ParseError: ข้อมูลเกณฑ์ไม่ถูกต้องที่ 'title_th': ไม่มีค่านี้ แต่ต้องมี / malformed rubric at 'title_th': this required field is missing
"""

from __future__ import annotations

from chumchon.assessment.compare import Change, CriterionChange, RoundComparison, compare
from chumchon.assessment.criterion import Comparison, Criterion
from chumchon.assessment.evaluate import Assessment, FactSource, assess
from chumchon.assessment.plan import ImprovementPlan, PlanItem
from chumchon.assessment.results import CriterionResult, GroupResult, Outcome
from chumchon.assessment.rubric import CriterionGroup, Level, PassRule, PassRuleKind, Rubric
from chumchon.assessment.rubric_format import RUBRIC_FORMAT

__all__ = [
    "RUBRIC_FORMAT",
    "Assessment",
    "Change",
    "Comparison",
    "Criterion",
    "CriterionChange",
    "CriterionGroup",
    "CriterionResult",
    "FactSource",
    "GroupResult",
    "ImprovementPlan",
    "Level",
    "Outcome",
    "PassRule",
    "PassRuleKind",
    "PlanItem",
    "RoundComparison",
    "Rubric",
    "assess",
    "compare",
]
