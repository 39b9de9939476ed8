"""The rubrics chumchon ships, as registered instruments (all provisional: our criteria, not official forms).

Each shipped rubric is one dated instrument with its own data file beside this module: ``ssg_rubric.json``
(:mod:`chumchon.assessment.ssg`), ``fhc_rubric.json`` (:mod:`chumchon.assessment.fhc`, with the SEEP ratio
booklet the ratios cite) and ``kkkj_health_rubric.json`` (:mod:`chumchon.assessment.kkkj_health`). A criterion's
threshold is a dated parameter of its rubric (status ``provisional``), a yes/no criterion a named rule; a
criterion that restates a regulation (the กข.คจ. committee size, its four registers, its bank account) cites the
regulation's own parameter or rule instead, so the rubric follows the regulation.

>>> from datetime import date
>>> from chumchon import rules
>>> [i.id for i in INSTRUMENTS]
['ssg_rubric', 'fhc_rubric', 'kkkj_health_rubric']
>>> rules.in_force("ssg_rubric", date(2026, 11, 21)).parameter("ssg_s8_par30_rate_max").at(date(2026, 11, 21)).status.value
'provisional'
"""

from __future__ import annotations

from chumchon.rules.model import Instrument
from chumchon.rules.registry import instrument

__all__ = ["FHC", "INSTRUMENTS", "KKKJ_HEALTH", "SSG"]

#: The SSG tier S rubric's instrument.
SSG: Instrument = instrument("ssg_rubric")

#: The savings-group financial health check's instrument (it also holds the SEEP ratio booklet).
FHC: Instrument = instrument("fhc_rubric")

#: The กข.คจ. village health check's instrument.
KKKJ_HEALTH: Instrument = instrument("kkkj_health_rubric")

#: The three, in the order the sources page lists them.
INSTRUMENTS: tuple[Instrument, ...] = (SSG, FHC, KKKJ_HEALTH)
