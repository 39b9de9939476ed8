"""Contract test over every regulatory parameter chumchon ships, wherever it lives.

Every module of the package is imported and searched for :class:`~chumchon.rules.Parameter` objects (at module
level and one level inside frozen parameter sets). Each value must name its instrument, carry a status, and be
reachable by date. A new regulation module is covered without touching this test.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import attrs

import chumchon
from chumchon.rules import DatedValue, Parameter, Status


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(chumchon.__path__, "chumchon."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _parameters() -> dict[str, Parameter[object]]:
    found: dict[str, Parameter[object]] = {}
    for module in _modules():
        for value in vars(module).values():
            candidates = [value]
            if attrs.has(type(value)):
                candidates += [getattr(value, f.name) for f in attrs.fields(type(value))]
            for candidate in candidates:
                if isinstance(candidate, Parameter):
                    found[f"{candidate.name}@{id(candidate)}"] = candidate
    return found


def test_there_are_parameters_to_check() -> None:
    assert len(_parameters()) >= 4


def test_every_parameter_value_is_sourced_dated_and_reachable() -> None:
    for key, param in _parameters().items():
        assert param.name and param.title_th and param.title_en and param.unit, key
        dates = [v.effective_from for v in param.history]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), key
        for dated in param.history:
            assert isinstance(dated, DatedValue), key
            assert isinstance(dated.status, Status), key
            assert dated.source.title_th and dated.source.title_en, key
            assert param.at(dated.effective_from) is dated, key
