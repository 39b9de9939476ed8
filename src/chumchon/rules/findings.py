"""Findings (ข้อสังเกต): what a loan, its penalties or a group's bylaws may break, with the rule cited.

A finding is an *outcome*, not an exception: it is reported with its code, the limit, the value found and the
instruments, so an officer can act. There is one :class:`Finding` for the whole library (loans and savings
report the same class), and its ``code`` is always the id of a registered parameter or rule, so
:meth:`Finding.rule` leads from any finding to its data and sources.

>>> from decimal import Decimal
>>> from chumchon.messages import Message
>>> f = Finding(code="interest_cap_annual_rate", message=Message(th="ดอกเบี้ยเกินเพดาน", en="interest over the cap"),
...             limit=Decimal("0.15"), actual=Decimal("0.2145"))
>>> f.code, str(f), f.severity.value
('interest_cap_annual_rate', 'ดอกเบี้ยเกินเพดาน', 'legal_risk')
>>> f.rule().title_en
'interest cap per year'
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import ParsableEnum
from chumchon.messages import Message
from chumchon.rules.model import Parameter, Rule, Source

__all__ = ["Finding", "Severity"]


class Severity(ParsableEnum):
    """How serious a finding is: a legal risk, a warning, or a note."""

    LEGAL_RISK = "legal_risk"
    WARNING = "warning"
    NOTE = "note"


@attrs.frozen(kw_only=True)
class Finding:
    """One finding.

    Attributes:
        code: the id of the registered parameter or rule it is about, e.g. ``"interest_cap_annual_rate"``,
            ``"penalty_rate_over_limit"``, ``"flat_rate"`` (see the sources page for every id).
        message: what was found and what the rule allows, in Thai and English.
        severity: :class:`Severity` (a legal risk unless stated).
        subject: what it is about (a loan product's name...), if more than the loan or bylaws checked.
        limit: the limit compared with (a yearly rate or an amount, as the code says).
        actual: the value found.
        sources: the instruments cited.
        installment: the instalment concerned, if one.
        provisional: True when the comparison rests on our reading rather than the text of the law.
    """

    code: str
    message: Message
    severity: Severity = Severity.LEGAL_RISK
    subject: str = ""
    limit: Decimal | None = None
    actual: Decimal | None = None
    sources: tuple[Source, ...] = ()
    installment: int | None = None
    provisional: bool = False

    @property
    def source(self) -> Source | None:
        """The first source cited, if any."""
        return self.sources[0] if self.sources else None

    def rule(self) -> Parameter[Any] | Rule:
        """The registered parameter or rule the finding's code names (its data and sources)."""
        from chumchon.rules.registry import default_registry  # the data is read on first use

        registry = default_registry()
        if self.code in {p.name for p in registry.all_parameters()}:
            return registry.parameter(self.code)
        return registry.rule(self.code)

    def __str__(self) -> str:
        return str(self.message)
