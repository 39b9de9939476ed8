"""One village's books for a report (:class:`VillageBook`): the village, its loan accounts and its cash."""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, date_value, instance
from chumchon.loans.kkkj._accounts import AccountFigures, LoanAccount
from chumchon.loans.kkkj._checks import report_amount
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._report_26_1 import Village, VillageReport, check_accounts, report_from_checked
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context

__all__ = ["VillageBook"]


def _village(value: Village) -> Village:
    return instance(value, "village", Village)


def _bank(value: MoneyLike) -> Decimal:
    return report_amount(value, "bank_balance")


def _elsewhere(value: MoneyLike) -> Decimal:
    return report_amount(value, "cash_elsewhere")


@attrs.frozen(kw_only=True)
class VillageBook(Mappable):
    """One village's books for a batch run: the village, its loan accounts and its cash on the report date.

    Attributes:
        village: the village.
        accounts: its loan accounts (:class:`LoanAccount` or :class:`AccountFigures`).
        bank_balance: the fund's bank balance.
        cash_elsewhere: cash held elsewhere.

    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> VillageBook(village=village, accounts=[1], bank_balance=0, cash_elsewhere=0)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'accounts' ต้องเป็นรายการของบัญชีเงินยืม (LoanAccount หรือ AccountFigures) แต่ลำดับที่ 0 เป็น 1 / 'accounts' must hold LoanAccount or AccountFigures objects, but item 0 is 1
    """

    village: Village = attrs.field(converter=_village)
    accounts: tuple[LoanAccount | AccountFigures, ...] = attrs.field(converter=check_accounts)
    bank_balance: Decimal = attrs.field(converter=_bank)
    cash_elsewhere: Decimal = attrs.field(converter=_elsewhere)

    @in_decimal_context
    def report(self, as_of: DateLike, regulation: Regulation | None = None) -> VillageReport:
        """This village's form 26(1) report on ``as_of`` (:func:`village_report` of the book).

        A plain method of a module-level class, so ``executor.map(VillageBook.report, books, repeat(as_of))``
        works across processes (the function and the book pickle; the report comes back whole).

        >>> from chumchon.loans.kkkj import TRAINING_CASE as case
        >>> case.book.report(case.report_date).figures.total_fund
        Decimal('267500.00')
        """
        day = date_value(as_of, "as_of")
        return report_from_checked(
            self.village,
            self.accounts,
            bank_balance=self.bank_balance,
            cash_elsewhere=self.cash_elsewhere,
            day=day,
            regulation=resolve_regulation(regulation, day),
        )
