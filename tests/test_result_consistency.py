"""Every published result checks that its parts agree (issue 14: an inconsistent result cannot be built).

The cross-field checks themselves are tested beside each result; this test keeps a new result from being
published without one: every result class in :data:`chumchon.schemas.DOCUMENT_CLASSES` defines
``_check_consistency`` (itself or through a base other than the mixin), unless it is listed here with the
reason it has nothing to check.
"""

from __future__ import annotations

import importlib

import pytest

from chumchon.mapping import ResultMappable
from chumchon.schemas import DOCUMENT_CLASSES

#: Results whose fields are independent of each other, so there is no cross-field rule to enforce.
NOTHING_TO_CHECK: dict[str, str] = {
    "chumchon.loans.kkkj:FundPosition": "it stores only its lines; the total fund, shortfall and surplus are "
    "computed from them, and a document that states a total is refused as an unknown field",
}


def _load(path: str) -> type:
    module, _, name = path.partition(":")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


RESULTS = [path for path in DOCUMENT_CLASSES if issubclass(_load(path), ResultMappable)]


@pytest.mark.parametrize("path", RESULTS)
def test_every_result_checks_its_parts_agree(path: str) -> None:
    cls = _load(path)
    owner = next(base for base in cls.__mro__ if "_check_consistency" in vars(base))
    if path in NOTHING_TO_CHECK:
        assert owner is ResultMappable, f"{path} has a check now: take it off NOTHING_TO_CHECK"
        return
    assert owner is not ResultMappable, f"{path} checks only its field types; give it a _check_consistency"


def test_the_exemptions_are_published_results() -> None:
    assert set(NOTHING_TO_CHECK) <= set(RESULTS)
