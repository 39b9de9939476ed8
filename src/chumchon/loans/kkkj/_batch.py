"""Batch runs over many villages: :class:`VillageBook` and the village reports of a district or province."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._accounts import AccountFigures, LoanAccount
from chumchon.loans.kkkj._checks import instance
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._report_26_1 import Village, VillageReport, check_accounts, report_from_checked
from chumchon.money import in_decimal_context, to_money
from chumchon.rules import check_as_of

__all__ = ["VillageBook", "build_village_reports", "village_reports"]


def _bank(value: object) -> Decimal:
    return to_money(value, name="bank_balance")


def _elsewhere(value: object) -> Decimal:
    return to_money(value, name="cash_elsewhere")


@attrs.frozen(kw_only=True)
class VillageBook:
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
    chumchon.errors.InvalidInputError: บัญชีเงินยืมต้องเป็น LoanAccount หรือ AccountFigures ไม่ใช่ 1 / accounts must be LoanAccount or AccountFigures objects, not 1
    """

    village: Village = attrs.field(validator=instance("village", Village))
    accounts: tuple[LoanAccount | AccountFigures, ...] = attrs.field(converter=check_accounts)
    bank_balance: Decimal = attrs.field(converter=_bank)
    cash_elsewhere: Decimal = attrs.field(converter=_elsewhere)

    @in_decimal_context
    def report(self, as_of: date, regulation: Regulation | None = None) -> VillageReport:
        """This village's form 26(1) report on ``as_of`` (:func:`village_report` of the book).

        A plain method of a module-level class, so ``executor.map(VillageBook.report, books, repeat(as_of))``
        works across processes (the function and the book pickle; the report comes back whole).

        >>> from chumchon.loans.kkkj import TRAINING_CASE as case
        >>> case.book.report(case.report_date).figures.total_fund
        Decimal('267500.00')
        """
        day = check_as_of(as_of)
        return report_from_checked(
            self.village,
            self.accounts,
            bank_balance=self.bank_balance,
            cash_elsewhere=self.cash_elsewhere,
            day=day,
            regulation=resolve_regulation(regulation, day),
        )


def _check_books(books: object) -> Iterable[object]:
    if isinstance(books, (str, bytes, Mapping)) or not isinstance(books, Iterable):
        raise InvalidInputError(
            th=f"ค่า 'books' ต้องเป็นรายการของ VillageBook ไม่ใช่ {books!r}",
            en=f"'books' must be an iterable of VillageBook objects, not {books!r}",
            field="books",
            value=books,
        )
    return books


def _check_book(book: object) -> VillageBook:
    if not isinstance(book, VillageBook):
        raise InvalidInputError(
            th=f"ต้องส่ง VillageBook ไม่ใช่ {book!r}",
            en=f"books must hold VillageBook objects, not {book!r}",
            field="books",
            value=book,
        )
    return book


@in_decimal_context
def village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation | None = None
) -> list[VillageReport]:
    """Village reports for many villages, as a list: the entry point for a process pool.

    A module-level function that returns a list (a generator cannot come back from a worker process), so a
    province can be split into chunks of books and mapped with
    ``executor.map(functools.partial(village_reports, as_of=as_of), chunks)``. The result equals
    ``list(build_village_reports(books, as_of=as_of))``.

    Raises:
        InvalidInputError: ``books`` is not a list of :class:`VillageBook`, or a bad date or regulation.

    >>> from chumchon.loans.kkkj import TRAINING_CASE as case
    >>> [r.figures.shortfall for r in village_reports([case.book], as_of=case.report_date)]
    [Decimal('12500.00')]
    >>> village_reports(None, as_of=case.report_date)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'books' ต้องเป็นรายการของ VillageBook ไม่ใช่ None / 'books' must be an iterable of VillageBook objects, not None
    """
    day = check_as_of(as_of)
    regulation = resolve_regulation(regulation, day)
    return [_check_book(book).report(day, regulation) for book in _check_books(books)]


def build_village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation | None = None
) -> Iterator[VillageReport]:
    """Village reports for many villages (a district or a province), lazily: one report per book, in order.

    The arguments are checked at once; each report is computed as it is read (by :meth:`VillageBook.report`,
    in the library's decimal context). To run over processes use :func:`village_reports` or
    :meth:`VillageBook.report` instead: a generator cannot leave a worker.

    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> loan = AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0)
    >>> book = VillageBook(village=village, accounts=[loan], bank_balance=265000, cash_elsewhere=0)
    >>> [r.figures.total_fund for r in build_village_reports([book], as_of=date(2026, 9, 30))]
    [Decimal('275000')]
    """
    day = check_as_of(as_of)
    regulation = resolve_regulation(regulation, day)
    return (_check_book(book).report(day, regulation) for book in _check_books(books))
