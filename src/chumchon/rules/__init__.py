"""Rules as registered, dated data: sources, confidence, and the registry of instruments (กฎเกณฑ์และแหล่งอ้างอิง).

Every legal or regulatory number in chumchon is a :class:`Parameter`: a history of values, each in force from
a date, each with the :class:`Source` it comes from and a confidence :class:`Status`:

* ``confirmed``: stated by a government page, a law, or the instrument itself;
* ``secondary``: stated by a non-government source or a public app that copies official forms;
* ``provisional``: common practice or our best reading. A default the caller may replace, never law.

Each instrument is one unit: a module and a JSON data file beside it, with its sources, dated parameters and
named :class:`Rule` objects (the ids findings and errors carry as their codes):

* :mod:`~chumchon.rules.civil_code`: the Civil and Commercial Code and the Emergency Decree B.E. 2564 (the
  15% cap :data:`INTEREST_CAP_ANNUAL_RATE`, :data:`STATUTORY_INTEREST_RATE`, :data:`DEFAULT_INTEREST_RATE`,
  :data:`DEFAULT_MARKUP_CAP_ANNUAL_RATE`), with the Interest Over-rate Prohibition Act;
* :mod:`~chumchon.rules.budget_act`: the government fiscal year; ``calendar_act.json``: the Thai new year;
* :mod:`~chumchon.rules.kkkj_2553`: the กข.คจ. regulation 2553 with its forms, contract and จปฐ. rounds;
* ``cdd_savings_2555.json``: the CDD savings-group regulation 2555 (it leaves the figures to the bylaws);
* :mod:`~chumchon.rules.rubrics`: the shipped rubrics, one instrument each (``ssg_rubric.json``,
  ``fhc_rubric.json``, ``kkkj_health_rubric.json``: thresholds as provisional dated parameters);
* ``worked_examples.json``: the published worked examples the tests reproduce.

:func:`in_force` gives the version of an instrument in force on a day, :func:`all_parameters` every registered
parameter, :func:`parameter` and :func:`rule` one by id (:mod:`~chumchon.rules.registry`). The data is read on
first use, so ``import chumchon`` reads no file. Calculations take ``as_of`` explicitly; nothing reads the clock.

>>> from datetime import date
>>> from chumchon import rules
>>> rules.in_force("civil_code", date(2026, 11, 21)).id
'civil_code'
>>> [p.name for p in rules.all_parameters()][:2]
['interest_cap_annual_rate', 'statutory_interest_rate']
>>> rules.INTEREST_CAP_ANNUAL_RATE.value_at(date(2026, 11, 21))
Decimal('0.15')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from chumchon.rules.findings import Finding, Severity
from chumchon.rules.model import DatedValue, Instrument, Parameter, Rule, Source, Status, check_as_of
from chumchon.rules.registry import (
    Registry,
    all_parameters,
    default_registry,
    in_force,
    instrument,
    instruments,
    parameter,
    rule,
    rule_codes,
)

if TYPE_CHECKING:  # pragma: no cover - the names below load with their instrument's data, on first use
    from chumchon.rules.civil_code import CIVIL_AND_COMMERCIAL_CODE as CIVIL_AND_COMMERCIAL_CODE
    from chumchon.rules.civil_code import COVERAGE_START as COVERAGE_START
    from chumchon.rules.civil_code import DEFAULT_INTEREST_RATE as DEFAULT_INTEREST_RATE
    from chumchon.rules.civil_code import DEFAULT_MARKUP_CAP_ANNUAL_RATE as DEFAULT_MARKUP_CAP_ANNUAL_RATE
    from chumchon.rules.civil_code import EMERGENCY_DECREE_2564 as EMERGENCY_DECREE_2564
    from chumchon.rules.civil_code import INTEREST_CAP_ANNUAL_RATE as INTEREST_CAP_ANNUAL_RATE
    from chumchon.rules.civil_code import INTEREST_OVERRATE_ACT as INTEREST_OVERRATE_ACT
    from chumchon.rules.civil_code import STATUTORY_INTEREST_RATE as STATUTORY_INTEREST_RATE

__all__ = [
    "DatedValue",
    "Finding",
    "Instrument",
    "Parameter",
    "Registry",
    "Rule",
    "Severity",
    "Source",
    "Status",
    "all_parameters",
    "check_as_of",
    "default_registry",
    "in_force",
    "instrument",
    "instruments",
    "parameter",
    "rule",
    "rule_codes",
]

_LAZY = dict.fromkeys(
    (
        "CIVIL_AND_COMMERCIAL_CODE",
        "COVERAGE_START",
        "DEFAULT_INTEREST_RATE",
        "DEFAULT_MARKUP_CAP_ANNUAL_RATE",
        "EMERGENCY_DECREE_2564",
        "INTEREST_CAP_ANNUAL_RATE",
        "INTEREST_OVERRATE_ACT",
        "STATUTORY_INTEREST_RATE",
    ),
    "chumchon.rules.civil_code",
)


def __getattr__(name: str) -> Any:
    # The instrument's data is read when one of its names is first used; the names are then kept here.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'chumchon.rules' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
