"""Assessments (การประเมิน): a rubric engine, the SEEP ratios, and provisional SSG and health-check rubrics.

* The rubric engine (gathered in :mod:`~chumchon.assessment.engine`): :class:`Criterion`
  (:mod:`~chumchon.assessment.criterion`), :class:`Rubric` (:mod:`~chumchon.assessment.rubric`; data:
  ``from_mapping`` / ``to_mapping`` in the :mod:`~chumchon.assessment.rubric_format`), :func:`assess` →
  :class:`Assessment` (:mod:`~chumchon.assessment.evaluate`, :mod:`~chumchon.assessment.results`) with an
  improvement plan (:mod:`~chumchon.assessment.plan`), :func:`compare` (:mod:`~chumchon.assessment.compare`);
  :func:`assess_many` over many groups (:mod:`~chumchon.assessment.batch`; with ``compact=True``, an
  :class:`AssessmentBatch` of plain rows).
* :mod:`~chumchon.assessment.ratios`: the SEEP ratios for savings groups, each a :class:`Ratio` with its
  numerator and denominator.
* :mod:`~chumchon.assessment.facts`: :class:`GroupFacts` and :class:`KkkjFacts`.
* Shipped rubrics, all **provisional** (our wording and thresholds, not official forms), each exposing
  ``RUBRIC`` (the latest registered values) and ``rubric_at(as_of)``: :mod:`~chumchon.assessment.ssg`,
  :mod:`~chumchon.assessment.fhc`, :mod:`~chumchon.assessment.kkkj_health`. Their thresholds are dated
  parameters of registered instruments (:mod:`chumchon.rules.rubrics`); a criterion's ``rules`` names them.

Inputs go through the input kernel (:mod:`chumchon._checks`): facts, ratio arguments and rubric data are read
and refused the same way as everywhere else in the library.

The rubric modules load on first use, so ``import chumchon.assessment`` stays light.

>>> from chumchon.assessment import assess, kkkj_health
>>> assess(kkkj_health.RUBRIC, {}).level.rank
1
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from chumchon.assessment.batch import AssessmentBatch as AssessmentBatch
from chumchon.assessment.batch import assess_many
from chumchon.assessment.compare import Change, compare
from chumchon.assessment.compare import RoundComparison as RoundComparison
from chumchon.assessment.criterion import Comparison, Criterion
from chumchon.assessment.evaluate import Assessment, assess
from chumchon.assessment.facts import GroupFacts, KkkjFacts
from chumchon.assessment.plan import ImprovementPlan as ImprovementPlan
from chumchon.assessment.plan import PlanItem as PlanItem
from chumchon.assessment.ratios import (
    MEASURES as MEASURES,
)
from chumchon.assessment.ratios import (
    Ratio as Ratio,
)
from chumchon.assessment.ratios import (
    Unit,
    attendance_rate,
    average_loan_outstanding,
    average_savings_per_member,
    loan_fund_utilisation_rate,
    members_with_loans_rate,
    par30_rate,
    retention_rate,
    return_on_assets,
    return_on_savings,
    write_off_rate,
)
from chumchon.assessment.results import CriterionResult as CriterionResult
from chumchon.assessment.results import GroupResult as GroupResult
from chumchon.assessment.results import Outcome
from chumchon.assessment.rubric import CriterionGroup, Level, PassRule, PassRuleKind, Rubric

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.assessment import fhc, kkkj_health, ssg

__all__ = [
    "Assessment",
    "Change",
    "Comparison",
    "Criterion",
    "CriterionGroup",
    "GroupFacts",
    "KkkjFacts",
    "Level",
    "Outcome",
    "PassRule",
    "PassRuleKind",
    "Rubric",
    "Unit",
    "assess",
    "assess_many",
    "attendance_rate",
    "average_loan_outstanding",
    "average_savings_per_member",
    "compare",
    "fhc",
    "kkkj_health",
    "loan_fund_utilisation_rate",
    "members_with_loans_rate",
    "par30_rate",
    "retention_rate",
    "return_on_assets",
    "return_on_savings",
    "ssg",
    "write_off_rate",
]

_RUBRIC_MODULES = ("ssg", "fhc", "kkkj_health")


def __getattr__(name: str) -> Any:
    # The shipped rubrics are parsed on first use, not when the package is imported.
    if name in _RUBRIC_MODULES:
        return importlib.import_module(f"chumchon.assessment.{name}")
    raise AttributeError(f"module 'chumchon.assessment' has no attribute {name!r}")
