"""What the village กข.คจ. committee decides (มติคณะกรรมการ): the ceiling, the longest term, the late fee, the rule
on other open loans and the contract's instalment rows."""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon._checks import MoneyLike, ParsableEnum, enum_member, instance, money, optional, whole_number
from chumchon.loans.payments import FlatPenalty, RatePenalty
from chumchon.mapping import Mappable
from chumchon.messages import Message
from chumchon.rules import Source
from chumchon.rules.kkkj_2553 import COMMITTEE_SOURCE

__all__ = ["CommitteeRules", "OpenLoanRule"]


class OpenLoanRule(ParsableEnum):
    """The committee's rule on a household that already has an open กข.คจ. loan (หนี้ กข.คจ. ที่ยังค้างอยู่).

    * ``NONE_ALLOWED``: no new loan while another is open;
    * ``ALLOWED_IF_CURRENT``: allowed if no instalment of the open loans is overdue;
    * ``ALLOWED``: other open loans do not matter.
    """

    NONE_ALLOWED = "none_allowed"
    ALLOWED_IF_CURRENT = "allowed_if_current"
    ALLOWED = "allowed"

    @property
    def label(self) -> Message:
        """The rule in Thai and English (the Thai is also accepted as its name)."""
        return _RULE_LABELS[self]


_RULE_LABELS = {
    OpenLoanRule.NONE_ALLOWED: Message("ไม่ให้ยืมใหม่ระหว่างมีหนี้ค้าง", "no new loan while another is open"),
    OpenLoanRule.ALLOWED_IF_CURRENT: Message(
        "ให้ยืมได้ถ้าหนี้ที่ค้างไม่มีงวดค้างชำระ", "allowed if no instalment of the open loans is overdue"
    ),
    OpenLoanRule.ALLOWED: Message("ไม่จำกัดหนี้ที่ค้างอยู่", "other open loans do not matter"),
}


def check_late_fee(value: FlatPenalty | RatePenalty | None) -> FlatPenalty | RatePenalty | None:
    """A late fee: a :class:`~chumchon.loans.payments.FlatPenalty`, a
    :class:`~chumchon.loans.payments.RatePenalty`, or ``None`` when the committee set none."""
    if value is None:
        return None
    return instance(
        value,
        "late_fee",
        (FlatPenalty, RatePenalty),  # type: ignore[arg-type]
        what_th="FlatPenalty, RatePenalty หรือ None (คณะกรรมการไม่กำหนด)",
        what_en="a FlatPenalty, a RatePenalty or None (the committee set none)",
    )


def _ceiling(value: MoneyLike) -> Decimal:
    return money(value, "ceiling_per_household", positive=True)


def _longest_term(value: int) -> int:
    return whole_number(value, "longest_term_months", minimum=1)


def _open_loan_rule(value: OpenLoanRule | str) -> OpenLoanRule:
    return enum_member(OpenLoanRule, value, "other_open_loans")


def _max_installments(value: int | None) -> int | None:
    return optional(whole_number, value, "max_installments", minimum=1)


@attrs.frozen(kw_only=True)
class CommitteeRules(Mappable):
    """What the village กข.คจ. committee decided (มติคณะกรรมการ). The regulation leaves these to the committee,
    so there are no defaults: every field must be passed, ``late_fee=None`` included when it set no fee.

    Attributes:
        ceiling_per_household: the most one household may borrow (วงเงินยืมสูงสุดต่อครัวเรือน), in baht.
        longest_term_months: the longest loan, in months from the loan date to the last due date.
        late_fee: the committee's late fee (ค่าปรับชำระล่าช้า), or ``None`` when it set none: the loan engine's
            :class:`~chumchon.loans.payments.FlatPenalty` (a fixed amount per late instalment) or
            :class:`~chumchon.loans.payments.RatePenalty` (a yearly rate on the overdue principal). The
            regulation sets no late fee; a fee above the default interest the law allows is reported by the
            engine as a legal-risk finding.
        other_open_loans: the rule on a household's other open กข.คจ. loans.
        reference: where the decision is recorded (minutes, date), shown in reasons.
        max_installments: the most instalments of the committee's own (amended) loan contract, or ``None``
            (the default) when it uses the standard contract, whose six dated rows are the limit
            (:attr:`Regulation.max_installments`).

    >>> CommitteeRules(ceiling_per_household=20000, longest_term_months=24, late_fee=None,
    ...                other_open_loans=OpenLoanRule.NONE_ALLOWED).ceiling_per_household
    Decimal('20000')
    >>> CommitteeRules(ceiling_per_household=20000, longest_term_months=24)
    Traceback (most recent call last):
    ...
    TypeError: CommitteeRules.__init__() missing 2 required keyword-only arguments: 'late_fee' and 'other_open_loans'
    """

    ceiling_per_household: Decimal = attrs.field(converter=_ceiling)
    longest_term_months: int = attrs.field(converter=_longest_term)
    late_fee: FlatPenalty | RatePenalty | None = attrs.field(converter=check_late_fee)
    other_open_loans: OpenLoanRule = attrs.field(converter=_open_loan_rule)
    reference: str = ""
    # --- the contract's instalment rows (issue 18): the standard contract's six unless the committee amends it
    max_installments: int | None = attrs.field(default=None, converter=_max_installments)

    @property
    def source(self) -> Source:
        """The committee's decision as a :class:`~chumchon.rules.Source`."""
        if not self.reference:
            return COMMITTEE_SOURCE
        return attrs.evolve(COMMITTEE_SOURCE, note=f"{COMMITTEE_SOURCE.note}; {self.reference}")
