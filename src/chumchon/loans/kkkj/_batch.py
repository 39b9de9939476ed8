"""Batch runs over many villages: the village reports of a district or province from their :class:`VillageBook`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal, overload

from chumchon._checks import DateLike, date_value, flag, items
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._report_26_1 import VillageReport
from chumchon.loans.kkkj._report_batch import ReportBatch, report_batch
from chumchon.loans.kkkj._village_book import VillageBook as VillageBook
from chumchon.money import in_decimal_context

__all__ = ["VillageBook", "build_village_reports", "village_reports"]


def _books(books: Iterable[VillageBook]) -> tuple[VillageBook, ...]:
    return items(books, "books", VillageBook, "บัญชีหมู่บ้าน (VillageBook)", "VillageBook objects")


@overload
def village_reports(
    books: Iterable[VillageBook],
    *,
    as_of: DateLike,
    regulation: Regulation | None = ...,
    compact: Literal[False] = False,
) -> list[VillageReport]: ...


@overload
def village_reports(
    books: Iterable[VillageBook],
    *,
    as_of: DateLike,
    regulation: Regulation | None = ...,
    compact: Literal[True],
) -> ReportBatch: ...


@in_decimal_context
def village_reports(
    books: Iterable[VillageBook],
    *,
    as_of: DateLike,
    regulation: Regulation | None = None,
    compact: bool = False,
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
    chumchon.errors.InvalidInputError: ค่า 'books' ต้องเป็นรายการ (list หรือ tuple) ของบัญชีหมู่บ้าน (VillageBook) ไม่ใช่ None / 'books' must be a list or tuple of VillageBook objects, not None
    """
    day = date_value(as_of, "as_of")
    regulation = resolve_regulation(regulation, day)
    kept = _books(books)
    if flag(compact, "compact"):  # rows only: see chumchon.loans.kkkj.ReportBatch
        return report_batch(kept, regulation, (book.report(day, regulation) for book in kept))
    return [book.report(day, regulation) for book in kept]


def build_village_reports(
    books: Iterable[VillageBook], *, as_of: DateLike, regulation: Regulation | None = None
) -> Iterator[VillageReport]:
    """Village reports for many villages (a district or a province), lazily: one report per book, in order.

    The arguments are checked at once; each report is computed as it is read (by :meth:`VillageBook.report`,
    in the library's decimal context). To run over processes use :func:`village_reports` or
    :meth:`VillageBook.report` instead: a generator cannot leave a worker.

    >>> from datetime import date
    >>> from chumchon.loans.kkkj import AccountFigures, Village
    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> loan = AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0)
    >>> book = VillageBook(village=village, accounts=[loan], bank_balance=265000, cash_elsewhere=0)
    >>> [r.figures.total_fund for r in build_village_reports([book], as_of=date(2026, 9, 30))]
    [Decimal('275000.00')]
    """
    day = date_value(as_of, "as_of")
    regulation = resolve_regulation(regulation, day)
    return (book.report(day, regulation) for book in _books(books))
