"""What a household brings to a review (คำขอยืมเงิน กข.คจ.): its request and its other open loans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, date_value, instance, money, text, whole_number
from chumchon.loans.kkkj._checks import check_overdue_within_outstanding
from chumchon.loans.kkkj._households import Household
from chumchon.loans.kkkj._purposes import Purpose, purpose
from chumchon.mapping import Mappable

__all__ = ["LoanRequest", "OpenLoan"]


def _household(value: Household) -> Household:
    return instance(value, "household", Household)


def _amount(value: MoneyLike) -> Decimal:
    return money(value, "amount", positive=True)


def _purpose(value: Purpose | str) -> Purpose:
    return purpose(value, "purpose")


def _installments(value: int) -> int:
    return whole_number(value, "installments", minimum=1)


def _term_months(value: int) -> int:
    return whole_number(value, "term_months", minimum=1)


def _requested_on(value: DateLike) -> date:
    return date_value(value, "requested_on")


def _project(value: str) -> str:
    return text(value, "project", empty=True)


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

    household: Household = attrs.field(converter=_household)
    amount: Decimal = attrs.field(converter=_amount)
    purpose: Purpose = attrs.field(converter=_purpose)
    installments: int = attrs.field(converter=_installments)
    term_months: int = attrs.field(converter=_term_months)
    requested_on: date = attrs.field(converter=_requested_on)
    project: str = attrs.field(default="", converter=_project)


def _loan_id(value: str) -> str:
    return text(value, "loan_id")


def _outstanding(value: MoneyLike) -> Decimal:
    return money(value, "outstanding")


def _overdue(value: MoneyLike) -> Decimal:
    return money(value, "overdue")


@attrs.frozen(kw_only=True)
class OpenLoan(Mappable):
    """Another open กข.คจ. loan of the same household, as the committee's rule needs it.

    Attributes:
        loan_id: the loan's reference.
        outstanding: principal still owed.
        overdue: the part of it that is past due.
    """

    loan_id: str = attrs.field(converter=_loan_id)
    outstanding: Decimal = attrs.field(converter=_outstanding)
    overdue: Decimal = attrs.field(converter=_overdue)

    @overdue.validator
    def _check_overdue(self, _attribute: object, value: Decimal) -> None:
        check_overdue_within_outstanding(self.outstanding, value)
