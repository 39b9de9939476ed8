"""The sources of the rubrics chumchon ships (all provisional: our criteria and wording, not official forms).

The data is ``rubrics.json`` beside this module: the SEEP ratio booklet (the ``fhc`` rubric), the CDD's SSG
project (``ssg``) and the กข.คจ. health-check manual (``kkkj_health``), each with a named rule per rubric.

>>> from chumchon.rules.rubrics import INSTRUMENT
>>> [r.id for r in INSTRUMENT.rules]
['fhc', 'ssg', 'kkkj_health']
"""

from __future__ import annotations

from chumchon.rules.model import Instrument
from chumchon.rules.registry import instrument

__all__ = ["INSTRUMENT"]

#: The instrument as registered.
INSTRUMENT: Instrument = instrument("rubrics")
