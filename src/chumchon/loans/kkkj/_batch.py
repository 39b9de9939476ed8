"""Batch runs over many villages: the village reports of a district or province from their :class:`VillageBook`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Literal, overload

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._report_26_1 import VillageReport
from chumchon.loans.kkkj._report_batch import ReportBatch, report_batch
from chumchon.loans.kkkj._village_book import VillageBook as VillageBook
from chumchon.money import in_decimal_context
from chumchon.rules import check_as_of

__all__ = ["VillageBook", "build_village_reports", "village_reports"]


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


@overload
def village_reports(
    books: Iterable[VillageBook],
    *,
    as_of: date,
    regulation: Regulation | None = ...,
    compact: Literal[False] = False,
) -> list[VillageReport]: ...


@overload
def village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation | None = ..., compact: Literal[True]
) -> ReportBatch: ...


@in_decimal_context
def village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation | None = None, compact: bool = False
) -> list[VillageReport] | ReportBatch:
    """Village reports for many villages, as a list: the entry point for a process pool.

    A module-level function that returns a list (a generator cannot come back from a worker process), so a
    province can be split into chunks of books and mapped with
    ``executor.map(functools.partial(village_reports, as_of=as_of), chunks)``. The result equals
    ``list(build_village_reports(books, as_of=as_of))``. With ``compact=True`` it is a
    :class:`ReportBatch` instead: the same figures as plain columns, cheap to send back from a worker, with
    form 26(2) from :meth:`ReportBatch.summarise_province` and any village's full report on demand.

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
    if compact:  # rows only: see chumchon.loans.kkkj.ReportBatch
        kept = tuple(map(_check_book, _check_books(books)))
        return report_batch(kept, regulation, (book.report(day, regulation) for book in kept))
    return [_check_book(book).report(day, regulation) for book in _check_books(books)]


def build_village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation | None = None
) -> Iterator[VillageReport]:
    """Village reports for many villages (a district or a province), lazily: one report per book, in order.

    The arguments are checked at once; each report is computed as it is read (by :meth:`VillageBook.report`,
    in the library's decimal context). To run over processes use :func:`village_reports` or
    :meth:`VillageBook.report` instead: a generator cannot leave a worker.

    >>> from chumchon.loans.kkkj import AccountFigures, Village
    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> loan = AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0)
    >>> book = VillageBook(village=village, accounts=[loan], bank_balance=265000, cash_elsewhere=0)
    >>> [r.figures.total_fund for r in build_village_reports([book], as_of=date(2026, 9, 30))]
    [Decimal('275000')]
    """
    day = check_as_of(as_of)
    regulation = resolve_regulation(regulation, day)
    return (_check_book(book).report(day, regulation) for book in _check_books(books))
