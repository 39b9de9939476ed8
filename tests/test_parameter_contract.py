"""Contract tests over the registry of instruments and every parameter and rule code chumchon ships.

* Every :class:`~chumchon.rules.Parameter` object anywhere in the package (at module level and one level inside
  frozen parameter sets) is a registered parameter: same id, same dated history.
* Every registered value names its instrument, carries a status and is reachable by date.
* Every rule code the library can emit (``Finding(code=...)``, ``RuleViolationError(rule=...)``) is the id of a
  registered parameter or rule.

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

import chumchon
from chumchon import rules
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
