"""The published JSON Schemas of chumchon's documents (สคีมา JSON ของเอกสารที่ระบบอื่นอ่านได้).

Every input and result another system may store or send has a stable schema name (``"chumchon.schedule"``), a
schema version, and a JSON Schema (draft 2020-12) generated from the class by :mod:`chumchon.mapping`, the same
mechanism that writes and reads the documents. :func:`schema` returns one by name, :func:`schema_names` lists
them, and :func:`read_document` rebuilds the object a result document describes, choosing the class by the
document's ``schema`` key.

>>> "chumchon.annual_close" in schema_names()
True
>>> schema("chumchon.payment")["required"]
['date', 'amount']
>>> schema("chumchon.nothing")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ไม่รู้จักสคีมา 'chumchon.nothing' / unknown schema 'chumchon.nothing'; see chumchon.schemas.schema_names()
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable, ResultMappable, json_schema, schema_name

__all__ = ["DOCUMENT_CLASSES", "document_class", "read_document", "schema", "schema_names"]

#: Every class with a published schema, as ``module:ClassName`` (loaded only when asked for).
DOCUMENT_CLASSES: tuple[str, ...] = (
    # loans
    "chumchon.loans:LoanTerms",
    "chumchon.loans:Payment",
    "chumchon.loans:FlatPenalty",
    "chumchon.loans:RatePenalty",
    "chumchon.loans:Schedule",
    "chumchon.loans:LoanStatus",
    "chumchon.loans:PortfolioAtRisk",
    "chumchon.loans:InterestRateAssessment",
    "chumchon.loans:Rescheduling",
    # savings groups
    "chumchon.savings:Bylaws",
    "chumchon.savings:LoanProduct",
    "chumchon.savings:MemberYear",
    "chumchon.savings:GroupYear",
    "chumchon.savings:AnnualClose",
    "chumchon.savings:IncomeStatement",
    "chumchon.savings:DividendResult",
    "chumchon.savings:RebateResult",
    "chumchon.savings:ProfitAllocation",
    "chumchon.savings:DepositInterest",
    "chumchon.savings:ExitSettlement",
    "chumchon.savings:BylawsCheck",
    "chumchon.savings:LoanLimit",
    "chumchon.savings:LoanYear",
    "chumchon.savings:CloseBatch",
    # กข.คจ.
    "chumchon.loans.kkkj:Household",
    "chumchon.loans.kkkj:TargetHouseholdCheck",
    "chumchon.loans.kkkj:CommitteeRules",
    "chumchon.loans.kkkj:LoanRequest",
    "chumchon.loans.kkkj:OpenLoan",
    "chumchon.loans.kkkj:ReviewResult",
    "chumchon.loans.kkkj:LoanAccount",
    "chumchon.loans.kkkj:AccountFigures",
    "chumchon.loans.kkkj:Village",
    "chumchon.loans.kkkj:VillageBook",
    "chumchon.loans.kkkj:FundPosition",
    "chumchon.loans.kkkj:VillageReport",
    "chumchon.loans.kkkj:AreaSummary",
    "chumchon.loans.kkkj:ReportBatch",
    "chumchon.loans.kkkj:GraceRule",
    "chumchon.loans.kkkj:GraceStanding",
    "chumchon.loans.kkkj:DatabaseBook",
    "chumchon.loans.kkkj:VillageDatabaseReport",
    "chumchon.loans.kkkj:DatabaseSummary",
    # assessments
    "chumchon.assessment:Rubric",
    "chumchon.assessment:GroupFacts",
    "chumchon.assessment:KkkjFacts",
    "chumchon.assessment:Assessment",
    "chumchon.assessment:RoundComparison",
    "chumchon.assessment:ImprovementPlan",
    "chumchon.assessment:AssessmentBatch",
)


def _load(path: str) -> type[Mappable]:
    module, _, name = path.partition(":")
    cls: type[Mappable] = getattr(importlib.import_module(module), name)
    return cls


def _by_name() -> dict[str, type[Mappable]]:
    return {schema_name(cls): cls for cls in map(_load, DOCUMENT_CLASSES)}


def schema_names() -> list[str]:
    """The names of every published schema, sorted."""
    return sorted(_by_name())


def document_class(name: str) -> type[Mappable]:
    """The class whose documents the schema ``name`` describes.

    Raises:
        InvalidInputError: an unknown schema name.
    """
    classes = _by_name()
    if not isinstance(name, str) or name not in classes:
        raise InvalidInputError(
            th=f"ไม่รู้จักสคีมา {name!r}",
            en=f"unknown schema {name!r}; see chumchon.schemas.schema_names()",
            field="schema",
            value=name,
        )
    return classes[name]


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) called ``name``, e.g. ``"chumchon.annual_close"``."""
    return json_schema(document_class(name))


def read_document(data: Mapping[str, Any]) -> Any:
    """The result a document describes, rebuilt by the class its ``schema`` key names.

    >>> from datetime import date
    >>> from chumchon.loans import LoanTerms, build_schedule
    >>> schedule = build_schedule(LoanTerms(principal=1200, annual_rate="0.12", installments=3,
    ...                                     disbursed_on=date(2026, 1, 5)))
    >>> read_document(schedule.to_mapping()) == schedule
    True

    Raises:
        ParseError: not a result document, or a malformed one (the error names the field).
        InvalidInputError: an unknown schema name.
    """
    if not isinstance(data, Mapping) or "schema" not in data:
        from chumchon.errors import ParseError

        raise ParseError(
            th='เอกสารต้องเป็น JSON object ที่มีช่อง "schema"',
            en='a document must be a JSON object with a "schema" key',
            text=data,
            field="schema",
        )
    cls = document_class(data["schema"])
    if not issubclass(cls, ResultMappable):
        return cls.from_mapping({k: v for k, v in data.items() if k != "schema"})
    return cls.from_mapping(data)
