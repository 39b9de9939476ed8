"""Contract tests over the registry of instruments and every parameter and rule code chumchon ships.

* Every :class:`~chumchon.rules.Parameter` object anywhere in the package (at module level and one level inside
  frozen parameter sets) is a registered parameter: same id, same dated history.
* Every registered value names its instrument, carries a status and is reachable by date.
* Every rule code the library can emit (``Finding(code=...)``, ``RuleViolationError(rule=...)``) is the id of a
  registered parameter or rule.
* Every shipped rubric, on every date one of its values changes, takes each threshold from a registered
  parameter (the value in force that day) and each yes/no criterion from a registered rule, and every criterion
  has a source; a criterion that restates the กข.คจ. regulation cites the regulation's own parameter.

The checks are functions of their inputs, and the last tests show each one failing on bad input.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import chumchon
from chumchon import rules
from chumchon.assessment import Criterion, Rubric, fhc, kkkj_health, ssg
from chumchon.rules import DatedValue, Parameter, Source, Status

PACKAGE = Path(chumchon.__file__).parent
_EMITTERS = {"Finding": "code", "RuleViolationError": "rule"}


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(chumchon.__path__, "chumchon."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def found_parameters() -> list[Parameter[Any]]:
    """Every Parameter object in the package's modules."""
    found: dict[int, Parameter[Any]] = {}
    for module in _modules():
        for value in vars(module).values():
            candidates = [value]
            if attrs.has(type(value)):
                candidates += [getattr(value, f.name) for f in attrs.fields(type(value))]
                # a parameter set (a regulation) holds its parameters in a tuple
                candidates += [item for c in candidates if isinstance(c, tuple) for item in c]
            for candidate in candidates:
                if isinstance(candidate, Parameter):
                    found[id(candidate)] = candidate
    return list(found.values())


def emitted_codes(sources: Iterable[str]) -> set[str]:
    """The string codes passed to Finding(code=...) and RuleViolationError(rule=...) in Python sources."""
    codes: set[str] = set()
    for text in sources:
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            key = _EMITTERS.get(str(name))
            for keyword in node.keywords:
                if keyword.arg == key and isinstance(keyword.value, ast.Constant):
                    codes.add(str(keyword.value.value))
    return codes


def unregistered(parameters: Iterable[Parameter[Any]], registry: rules.Registry) -> list[str]:
    """Parameters whose id is not registered, or whose dated history differs from the registered one."""
    problems = []
    for param in parameters:
        try:
            registered = registry.parameter(param.name)
        except chumchon.UnknownRegulationError:
            problems.append(f"{param.name}: not registered")
            continue
        shipped = [(v.effective_from, v.source, v.status) for v in registered.history]
        if [(v.effective_from, v.source, v.status) for v in param.history] != shipped:
            problems.append(f"{param.name}: history differs from the registered one")
    return problems


def unsourced(parameters: Iterable[Parameter[Any]]) -> list[str]:
    """Parameters with a value lacking a source title, a status, or order; or unreachable by date."""
    problems = []
    for param in parameters:
        if not (param.name and param.title_th and param.title_en and param.unit):
            problems.append(f"{param.name}: missing a title or unit")
        for dated in param.history:
            if not isinstance(dated.status, Status) or not (dated.source.title_th and dated.source.title_en):
                problems.append(f"{param.name} from {dated.effective_from}: no source or status")
            elif param.at(dated.effective_from) is not dated:
                problems.append(f"{param.name} from {dated.effective_from}: not reachable by date")
    return problems


def unknown_codes(codes: Iterable[str], registry: rules.Registry) -> list[str]:
    """Codes that are neither a registered parameter id nor a registered rule id."""
    return sorted(set(codes) - registry.rule_codes())


def rubric_problems(rubric: Rubric, registry: rules.Registry, as_of: date) -> list[str]:
    """Criteria whose threshold is not the registered value in force on ``as_of``, whose rule codes are not
    registered ids, or which have no source."""
    problems = []
    codes = registry.rule_codes()
    for criterion in rubric.criteria:
        where = f"{rubric.id} {criterion.code}"
        if not (criterion.source.title_th and criterion.source.title_en):
            problems.append(f"{where}: no source")
        unknown = [code for code in criterion.rules if code not in codes]
        if unknown:
            problems.append(f"{where}: {', '.join(unknown)} is not a parameter or rule id")
            continue
        bounds = [b for b in (criterion.threshold, criterion.upper) if b is not None]
        if not criterion.rules:
            problems.append(f"{where}: {'threshold' if bounds else 'criterion'} not registered")
        for bound, code in zip(bounds, criterion.rules, strict=False):
            registered = _registered_number(registry, code, as_of)
            if registered != bound:
                problems.append(f"{where}: threshold {bound} is not {code} = {registered} on {as_of}")
    return problems


def _registered_number(registry: rules.Registry, code: str, as_of: date) -> Decimal | None:
    if code not in {p.name for p in registry.all_parameters()}:
        return None  # a rule, not a number
    dated = registry.parameter(code).find(as_of)
    value = None if dated is None else dated.value
    return Decimal(len(value)) if isinstance(value, tuple) else None if value is None else Decimal(value)


SHIPPED_RUBRICS = {"ssg_rubric": ssg, "fhc_rubric": fhc, "kkkj_health_rubric": kkkj_health}


def _change_dates(name: str) -> list[date]:
    """Every date a value the rubric reads changes, from the rubric's first day (so each version is checked)."""
    module = SHIPPED_RUBRICS[name]
    first = rules.in_force(name, date.max).effective_from
    assert first is not None
    codes = {code for c in module.RUBRIC.criteria for code in c.rules}
    days = {v.effective_from for p in rules.all_parameters() if p.name in codes for v in p.history}
    return sorted({first, *(d for d in days if d > first)})


def _library_sources() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(PACKAGE.rglob("*.py"))]


# --- the contract ------------------------------------------------------------------------------------------


def test_there_are_parameters_and_codes_to_check() -> None:
    assert len(found_parameters()) >= 10
    assert len(emitted_codes(_library_sources())) >= 8


def test_every_parameter_in_the_package_is_registered() -> None:
    assert unregistered(found_parameters(), rules.default_registry()) == []


def test_every_registered_parameter_is_sourced_dated_and_reachable() -> None:
    assert unsourced(rules.all_parameters()) == []
    assert unsourced(found_parameters()) == []


def test_every_rule_code_is_a_parameter_or_rule_id() -> None:
    assert unknown_codes(emitted_codes(_library_sources()), rules.default_registry()) == []


def test_parameter_and_rule_ids_are_unique() -> None:
    ids = [p.name for p in rules.all_parameters()] + [r.id for i in rules.instruments() for r in i.rules]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", list(SHIPPED_RUBRICS))
def test_every_shipped_rubric_threshold_is_a_registered_value_on_every_date(name: str) -> None:
    module = SHIPPED_RUBRICS[name]
    assert rules.instrument(name).status is Status.PROVISIONAL  # chumchon's rubric, never law
    assert rubric_problems(module.RUBRIC, rules.default_registry(), date.max) == []
    for day in _change_dates(name):
        assert rubric_problems(module.rubric_at(day), rules.default_registry(), day) == [], day


@pytest.mark.parametrize("name", list(SHIPPED_RUBRICS))
def test_every_rubric_value_of_its_own_is_provisional(name: str) -> None:
    # a rubric's own thresholds and yes/no criteria are chumchon's reading: provisional, never law
    inst = rules.instrument(name)
    assert inst.parameters or inst.rules
    assert {v.status for p in inst.parameters for v in p.history} <= {Status.PROVISIONAL}
    assert {r.status for r in inst.rules} <= {Status.PROVISIONAL}


def test_criteria_that_restate_the_regulation_cite_its_parameters() -> None:
    regulation = rules.in_force("kkkj_regulation", date(2026, 11, 21))
    own = {p.name for p in regulation.parameters} | {r.id for r in regulation.rules}
    restating = {c.code: c.rules for c in kkkj_health.RUBRIC.criteria if set(c.rules) <= own}
    assert restating == {
        "K5": ("kkkj_registers",),
        "K6": ("kkkj_committee_members_min", "kkkj_committee_members_max"),
        "K7": ("kkkj_fund_bank_account",),
    }


def test_a_changed_regulation_changes_the_criteria_that_restate_it() -> None:
    documents = rules.registry.shipped_documents()
    kkkj = next(d for d in documents if d["id"] == "kkkj_2553")
    (committee_max,) = (p for p in kkkj["parameters"] if p["id"] == "kkkj_committee_members_max")
    committee_max["history"].append(
        {**committee_max["history"][0], "effective_from": "2030-01-01", "value": 11}
    )
    edited = rules.Registry.from_documents(documents)
    before = kkkj_health.rubric_at(date(2029, 12, 31), edited).criterion("K6")
    after = kkkj_health.rubric_at(date(2030, 1, 1), edited).criterion("K6")
    assert (before.upper, after.upper) == (Decimal(9), Decimal(11))
    assert after.title_en == "the committee complete: 7 to 11 members"
    assert rubric_problems(kkkj_health.rubric_at(date(2030, 1, 1), edited), edited, date(2030, 1, 1)) == []


# --- each check fails on what it is meant to catch ------------------------------------------------------------

_SOURCE = Source(title_th="ระเบียบทดลอง", title_en="a trial regulation")


def _param(name: str, source: Source = _SOURCE) -> Parameter[Decimal]:
    value = DatedValue(
        effective_from=date(2020, 1, 1), value=Decimal(1), source=source, status=Status.CONFIRMED
    )
    return Parameter(name=name, title_th="ก", title_en="a", unit="baht", history=(value,))


def test_the_contract_catches_an_unregistered_parameter() -> None:
    assert unregistered([_param("not_in_any_data_file")], rules.default_registry()) == [
        "not_in_any_data_file: not registered"
    ]
    moved = _param("interest_cap_annual_rate")
    assert unregistered([moved], rules.default_registry()) == [
        "interest_cap_annual_rate: history differs from the registered one"
    ]


def test_the_contract_catches_a_parameter_without_a_source() -> None:
    nameless = _param("x", Source(title_th="", title_en=""))
    assert unsourced([nameless]) == ["x from 2020-01-01: no source or status"]


def test_the_contract_catches_a_code_that_is_not_an_id() -> None:
    text = 'Finding(code="interest_over_cap")\nRuleViolationError(rule="kkkj_max_installments")\n'
    assert emitted_codes([text]) == {"interest_over_cap", "kkkj_max_installments"}
    assert unknown_codes(emitted_codes([text]), rules.default_registry()) == ["interest_over_cap"]


def _criterion(**changes: Any) -> Rubric:
    data = ssg.RUBRIC.to_mapping()
    s8 = data["groups"][0]["criteria"][7]
    s8.update(changes)
    return Rubric.from_mapping(data)


def test_the_contract_catches_an_unregistered_threshold() -> None:
    assert rubric_problems(_criterion(rules=[]), rules.default_registry(), date.max) == [
        "ssg-s S8: threshold not registered"
    ]
    assert rubric_problems(_criterion(threshold="0.2"), rules.default_registry(), date.max) == [
        f"ssg-s S8: threshold 0.2 is not ssg_s8_par30_rate_max = 0.10 on {date.max}"
    ]


def test_the_contract_catches_a_criterion_without_a_source() -> None:
    # the rubric format refuses an untitled source, so this one is built directly
    (group,) = ssg.RUBRIC.groups
    nameless = Source(title_th="", title_en="")
    criteria = [attrs.evolve(c, source=nameless) if c.code == "S8" else c for c in group.criteria]
    rubric = attrs.evolve(ssg.RUBRIC, groups=[attrs.evolve(group, criteria=criteria)])
    assert rubric_problems(rubric, rules.default_registry(), date.max) == ["ssg-s S8: no source"]


def test_the_contract_catches_a_criterion_code_that_is_not_an_id() -> None:
    assert rubric_problems(_criterion(rules=["par30_max"]), rules.default_registry(), date.max) == [
        "ssg-s S8: par30_max is not a parameter or rule id"
    ]
    assert isinstance(_criterion().criterion("S1"), Criterion)
