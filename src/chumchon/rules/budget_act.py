"""The Budget Procedure Act B.E. 2561: the government fiscal year (ปีงบประมาณ), 1 October to 30 September.

The start month is data in ``budget_act.json`` beside this module; :mod:`chumchon.thai.calendar` reads it.

>>> from chumchon.rules.budget_act import GOVERNMENT_FISCAL_YEAR_START_MONTH
>>> GOVERNMENT_FISCAL_YEAR_START_MONTH.history[-1].value
10
"""

from __future__ import annotations

from chumchon.rules.model import Instrument, Parameter, Source
from chumchon.rules.registry import instrument

__all__ = ["BUDGET_PROCEDURE_ACT", "GOVERNMENT_FISCAL_YEAR_START_MONTH", "INSTRUMENT"]

#: The instrument as registered.
INSTRUMENT: Instrument = instrument("budget_act")
#: The Act as a source.
BUDGET_PROCEDURE_ACT: Source = INSTRUMENT.source
#: The first month of the government fiscal year (10: October).
GOVERNMENT_FISCAL_YEAR_START_MONTH: Parameter[int] = INSTRUMENT.parameter(
    "government_fiscal_year_start_month"
)
