"""chumchon (ชุมชน): exact, explainable calculations for Thai community finance.

Three kinds of community money that district offices of the Community Development Department supervise:
savings groups for production (:mod:`chumchon.savings`), กข.คจ. village funds (:mod:`chumchon.loans.kkkj`)
and the assessments officers run on both (:mod:`chumchon.assessment`), on top of a Thai layer of numerals,
Buddhist-era dates, the fiscal year and baht text (:mod:`chumchon.thai`), Decimal money with named rounding
(:mod:`chumchon.money`) and rules as dated data with their sources (:mod:`chumchon.rules`).

Subpackages load on first use, so ``import chumchon`` stays fast (Excel starts Python often).

Layout (the documentation's Architecture page has the whole map): at the bottom ``errors``, ``messages``, the
input kernel ``_checks``, ``money``, ``rules`` (every legal or regulatory number, and every shipped rubric
threshold, is a dated parameter of a registered instrument) and ``thai``; then ``loans`` (with ``loans.kkkj``),
``savings`` (which may use ``loans``), ``assessment`` (which reads results of both); on top the adapters
``excel``, ``plots`` and ``cli``. No module imports from a layer above it (``tests/test_architecture.py``).

>>> import chumchon
>>> chumchon.bahttext("1234.50")
'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'
>>> chumchon.allocate("100", [1, 2])
(Decimal('33.33'), Decimal('66.67'))
"""

from __future__ import annotations

import importlib

from chumchon._version import __version__
from chumchon.errors import (
    ChumchonError,
    InvalidInputError,
    ParseError,
    RuleViolationError,
    UnknownRegulationError,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which costs more than the rest
if TYPE_CHECKING:
    from typing import Any

_SUBMODULES = frozenset(
    {"assessment", "errors", "excel", "loans", "messages", "money", "rules", "savings", "thai"}
)
# Popular functions reachable from the top level; each loads its subpackage only when first used.
_LAZY_NAMES = {
    "to_decimal": "chumchon.money",
    "allocate": "chumchon.money",
    "Rounding": "chumchon.money",
    "SATANG": "chumchon.money",
    "WHOLE_BAHT": "chumchon.money",
    "bahttext": "chumchon.thai",
    "format_baht": "chumchon.thai",
    "format_date": "chumchon.thai",
    "parse_date": "chumchon.thai",
}

__all__ = [
    "SATANG",
    "WHOLE_BAHT",
    "ChumchonError",
    "InvalidInputError",
    "ParseError",
    "Rounding",
    "RuleViolationError",
    "UnknownRegulationError",
    "__version__",
    "allocate",
    "bahttext",
    "format_baht",
    "format_date",
    "parse_date",
    "to_decimal",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"chumchon.{name}")
    if name in _LAZY_NAMES:
        return getattr(importlib.import_module(_LAZY_NAMES[name]), name)
    raise AttributeError(f"module 'chumchon' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULES, *_LAZY_NAMES})
