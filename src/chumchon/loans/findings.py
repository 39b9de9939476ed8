"""Legal-risk findings (ข้อสังเกตความเสี่ยงทางกฎหมาย): what a loan or its penalties may break, with the law cited.

A finding is an *outcome*, not an exception: a loan whose interest is over the cap, or a late-payment penalty
above what default interest may be, is reported with the limit, the value found and the instruments, so an
officer can act. :func:`~chumchon.loans.rates.check_interest_rate` is the function that raises instead.

>>> from decimal import Decimal
>>> from chumchon.loans.findings import Finding
>>> from chumchon.messages import Message
>>> f = Finding(code="interest_cap_annual_rate", message=Message(th="ดอกเบี้ยเกินเพดาน", en="interest over the cap"),
...             limit=Decimal("0.15"), actual=Decimal("0.2145"))
>>> f.code, str(f)
('interest_cap_annual_rate', 'ดอกเบี้ยเกินเพดาน')
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon.messages import Message
from chumchon.rules import Source

__all__ = ["Finding"]


@attrs.frozen(kw_only=True)
class Finding:
    """One legal-risk finding.

    Attributes:
        code: a stable identifier: ``"interest_cap_annual_rate"``, ``"penalty_rate_over_limit"`` or
            ``"penalty_over_default_interest"``.
        message: what was found and what the law allows, in Thai and English.
        limit: the legal limit compared with (a yearly rate or an amount, as the code says).
        actual: the value found.
        sources: the instruments cited.
        installment: the instalment concerned, if one.
        provisional: True when the comparison rests on our reading rather than the text of the law.
    """

    code: str
    message: Message
    limit: Decimal | None = None
    actual: Decimal | None = None
    sources: tuple[Source, ...] = ()
    installment: int | None = None
    provisional: bool = False

    def __str__(self) -> str:
        return str(self.message)
