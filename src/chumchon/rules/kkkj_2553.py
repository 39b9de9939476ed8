"""The กข.คจ. regulation of B.E. 2553 with its forms, contract and จปฐ. rounds, as registered data.

The values are in ``kkkj_2553.json`` beside this module: adding the จปฐ. criterion of a new round is one entry
in the history of ``kkkj_income_criterion`` there. :mod:`chumchon.loans.kkkj` turns this instrument into its
:class:`~chumchon.loans.kkkj.Regulation` (with purposes as :class:`~chumchon.loans.kkkj.Purpose` members).

>>> from datetime import date
>>> from chumchon.rules.kkkj_2553 import INSTRUMENT
>>> INSTRUMENT.parameter("kkkj_capital_per_village").value_at(date(2026, 1, 1))
Decimal('280000')
"""

from __future__ import annotations

from datetime import date

from chumchon.rules.model import Instrument, Source
from chumchon.rules.registry import instrument

__all__ = [
    "CALLER_SOURCE",
    "CDD_ORDER_618_2553",
    "COMMITTEE_SOURCE",
    "COVERAGE_START",
    "FORM_26_SOURCE",
    "FUND_BOOKS_SOURCE",
    "INSTRUMENT",
    "JPT_SOURCE",
    "REGULATION_2553",
    "STANDARD_CONTRACT",
]

#: The instrument as registered.
INSTRUMENT: Instrument = instrument("kkkj_2553")
#: The Ministry of Interior regulation of B.E. 2553 (replaced the regulation of B.E. 2536, amended B.E. 2539).
REGULATION_2553: Source = INSTRUMENT.source_named("regulation")
#: Community Development Department order 618/2553: litigation powers delegated to provincial governors.
CDD_ORDER_618_2553: Source = INSTRUMENT.source_named("cdd_order_618_2553")
#: The standard กข.คจ. loan contract (สัญญายืมเงิน), as reproduced by secondary sources.
STANDARD_CONTRACT: Source = INSTRUMENT.source_named("standard_contract")
#: The debt-and-financial-position report forms 26(1) (village, with a district summary) and 26(2) (province).
FORM_26_SOURCE: Source = INSTRUMENT.source_named("form_26")
#: The จปฐ. (basic minimum needs) income criterion: its use is confirmed, the numbers are provisional.
JPT_SOURCE: Source = INSTRUMENT.source_named("jpt")
#: The fund's own books (bank-deposit control register, debtor register), figures passed in by the caller.
FUND_BOOKS_SOURCE: Source = INSTRUMENT.source_named("fund_books")
#: A decision of the village กข.คจ. committee, passed in by the caller.
COMMITTEE_SOURCE: Source = INSTRUMENT.source_named("committee")
#: A value the caller passed to ``Regulation.override`` without naming its source.
CALLER_SOURCE: Source = INSTRUMENT.source_named("caller")

#: The first date for which the regulation is encoded: 1 January B.E. 2554 (2011-01-01), the first day by which
#: the B.E. 2553 regulation was certainly in force. Its exact date of entry into force was not seen, so dates
#: before (which may fall under the regulation of B.E. 2536) raise rather than guess.
COVERAGE_START: date = INSTRUMENT.effective_from or date(2011, 1, 1)
