"""Legal-risk findings of loans (ข้อสังเกตความเสี่ยงทางกฎหมาย): the library's one :class:`Finding`.

A loan whose interest is over the cap, or a late-payment penalty above what default interest may be, is reported
as a :class:`~chumchon.rules.findings.Finding` (the same class savings findings use) with the limit, the value
found and the instruments. :func:`~chumchon.loans.rates.check_interest_rate` is the function that raises instead.
"""

from __future__ import annotations

from chumchon.rules.findings import Finding

__all__ = ["Finding"]
