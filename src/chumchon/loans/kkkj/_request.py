"""What a household brings to a review (คำขอยืมเงิน กข.คจ.): its request and its other open loans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon.loans.kkkj._checks import check_overdue_within_outstanding, instance, text, whole_number
from chumchon.loans.kkkj._households import Household
from chumchon.loans.kkkj._purposes import Purpose
from chumchon.mapping import Mappable
from chumchon.money import to_money

__all__ = ["LoanRequest", "OpenLoan"]


def _amount(value: object) -> Decimal:
    return to_money(value, name="amount", allow_zero=False)


@attrs.frozen(kw_only=True)
class LoanRequest(Mappable):
    """A household's request to borrow from the village fund (คำขอยืมเงิน กข.คจ.).

    Attributes:
        household: the household asking.
        amount: baht asked for (greater than zero).
        purpose: what the money is for.
        project: the occupation project in the household's words.
        installments: the number of repayment instalments proposed.
        term_months: months from the loan date to the last due date.
        requested_on: the date of the request.
    """

    household: Household = attrs.field(validator=instance("household", Household))
    amount: Decimal = attrs.field(converter=_amount)
    purpose: Purpose = attrs.field(validator=instance("purpose", Purpose))
    installments: int = attrs.field(validator=whole_number("installments", minimum=1))
    term_months: int = attrs.field(validator=whole_number("term_months", minimum=1))
    requested_on: date = attrs.field(validator=instance("requested_on", date))
    project: str = ""


def _outstanding(value: object) -> Decimal:
    return to_money(value, name="outstanding")


def _overdue(value: object) -> Decimal:
    return to_money(value, name="overdue")


@attrs.frozen(kw_only=True)
class OpenLoan(Mappable):
    """Another open กข.คจ. loan of the same household, as the committee's rule needs it.

    Attributes:
        loan_id: the loan's reference.
        outstanding: principal still owed.
        overdue: the part of it that is past due.
    """

    loan_id: str = attrs.field(validator=text("loan_id"))
    outstanding: Decimal = attrs.field(converter=_outstanding)
    overdue: Decimal = attrs.field(converter=_overdue)

    @overdue.validator
    def _check_overdue(self, _attribute: object, value: Decimal) -> None:
        check_overdue_within_outstanding(self.outstanding, value)
