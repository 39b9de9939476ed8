"""A village's books packed for a worker process (:class:`CompactBook`): the schedules' rows and the payments as
columns instead of full schedule objects, so sending a village to another process costs little.

A :class:`VillageBook` of loan accounts pickles every schedule whole (its loan terms, and every instalment's
amounts one by one), which costs more than reporting it. A compact book keeps what a report reads: each
instalment's due date and amounts and each payment, as plain columns (:class:`~chumchon.columns.Columns`, whose
pickle packs a column of amounts as one text). A schedule's loan terms are kept only where a report can read
them: an account with interest or a late fee (the agreed rate of its default interest).

>>> from datetime import date
>>> from chumchon.loans.kkkj import TRAINING_CASE as case
>>> packed = CompactBook.from_book(case.book)
>>> packed.report(case.report_date) == case.book.report(case.report_date)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import DateLike, MoneyLike, instance, items, text
from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._accounts import AccountFigures, LoanAccount
from chumchon.loans.kkkj._checks import report_amount
from chumchon.loans.kkkj._regulation import Regulation
from chumchon.loans.kkkj._report_26_1 import Village, VillageReport
from chumchon.loans.kkkj._village_book import VillageBook
from chumchon.loans.payments import Payment
from chumchon.loans.schedule import Installment, Schedule
from chumchon.tables import Column

__all__ = ["CompactBook"]


def _columns(*keys: str) -> tuple[Column, ...]:
    return tuple(Column(key, key, key) for key in keys)


_ACCOUNTS = _columns(
    "loan_id", "household_id", "principal", "disbursed_on", "upfront_fee", "rows", "payments"
)
_ROWS = _columns("number", "due_date", "principal", "interest", "payment", "balance")
_PAYMENTS = _columns("date", "amount")
_FIGURES = _columns("loan_id", "household_id", "outstanding", "repaid_this_year", "overdue", "days_past_due")


def _village(value: Village) -> Village:
    return instance(value, "village", Village)


def _bank_balance(value: MoneyLike) -> Decimal:
    return report_amount(value, "bank_balance")


def _cash_elsewhere(value: MoneyLike) -> Decimal:
    return report_amount(value, "cash_elsewhere")


def _order(value: str) -> str:
    found = text(value, "order", empty=True)
    if set(found) - {"a", "f"}:
        raise InvalidInputError(
            th=f"ลำดับบัญชี (order) ต้องมีแต่ตัวอักษร a และ f ไม่ใช่ {found!r}",
            en=f"order must hold only the letters a and f, not {found!r}",
            field="order",
            value=found,
        )
    return found


def _accounts(value: Columns) -> Columns:
    return instance(value, "accounts", Columns)


def _rows(value: Columns) -> Columns:
    return instance(value, "rows", Columns)


def _payments(value: Columns) -> Columns:
    return instance(value, "payments", Columns)


def _figures(value: Columns) -> Columns:
    return instance(value, "figures", Columns)


def _extras(value: Iterable[tuple[Any, Any, Any]]) -> tuple[tuple[Any, Any, Any], ...]:
    return items(value, "extras", tuple, "ค่าปรับ วิธีนับวัน และเงื่อนไขเงินกู้", "(late fee, accrual, terms) triples")


def _needs_terms(account: LoanAccount) -> bool:
    # Only the default interest of a late fee reads the agreed rate, and only when the loan charges interest.
    return account.late_fee is not None or any(row.interest for row in account.schedule.installments)


@attrs.frozen(kw_only=True)
class CompactBook:
    """A :class:`VillageBook` as columns, cheap to pickle; :meth:`report` gives the same report as the book.

    Attributes:
        village: the village.
        bank_balance: the fund's bank balance.
        cash_elsewhere: cash held elsewhere.
        order: ``"a"`` for a loan account and ``"f"`` for account figures, one letter per account in the book's
            order.
        accounts: one row per loan account (its schedule's principal, loan date and fee, and how many rows and
            payments it has).
        rows: every loan account's instalments, account after account.
        payments: every loan account's payments, account after account.
        extras: per loan account, its late fee, accrual basis and, where a report can read them, its loan terms.
        figures: the account figures given directly, one row each.
    """

    village: Village = attrs.field(converter=_village)
    bank_balance: Decimal = attrs.field(converter=_bank_balance)
    cash_elsewhere: Decimal = attrs.field(converter=_cash_elsewhere)
    order: str = attrs.field(converter=_order)
    accounts: Columns = attrs.field(converter=_accounts)
    rows: Columns = attrs.field(converter=_rows)
    payments: Columns = attrs.field(converter=_payments)
    extras: tuple[tuple[Any, Any, Any], ...] = attrs.field(converter=_extras)
    figures: Columns = attrs.field(converter=_figures)

    def __attrs_post_init__(self) -> None:
        if len(self.accounts) != self.order.count("a") or len(self.figures) != self.order.count("f"):
            raise InvalidInputError(
                th="ลำดับบัญชี (order) ไม่ตรงกับจำนวนบัญชีที่เก็บไว้",
                en="order does not match the accounts and figures held",
                field="order",
                value=self.order,
            )

    @classmethod
    def from_book(cls, book: VillageBook) -> CompactBook:
        """Pack ``book`` (see the module's description).

        Raises:
            InvalidInputError: ``book`` is not a :class:`VillageBook`.
        """
        book = instance(book, "book", VillageBook)
        order: list[str] = []
        accounts: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        payments: list[tuple[Any, ...]] = []
        extras: list[tuple[Any, Any, Any]] = []
        figures: list[tuple[Any, ...]] = []
        for account in book.accounts:
            if isinstance(account, AccountFigures):
                order.append("f")
                figures.append(
                    (
                        account.loan_id,
                        account.household_id,
                        account.outstanding,
                        account.repaid_this_year,
                        account.overdue,
                        account.days_past_due,
                    )
                )
                continue
            order.append("a")
            schedule = account.schedule
            accounts.append(
                (
                    account.loan_id,
                    account.household_id,
                    schedule.principal,
                    schedule.disbursed_on,
                    schedule.upfront_fee,
                    len(schedule.installments),
                    len(account.payments),
                )
            )
            rows.extend(tuple(row) for row in schedule.installments)
            payments.extend((p.date, p.amount) for p in account.payments)
            terms = schedule.terms if _needs_terms(account) else None
            extras.append((account.late_fee, schedule.accrual, terms))
        return cls(
            village=book.village,
            bank_balance=book.bank_balance,
            cash_elsewhere=book.cash_elsewhere,
            order="".join(order),
            accounts=Columns.from_rows(_ACCOUNTS, accounts),
            rows=Columns.from_rows(_ROWS, rows),
            payments=Columns.from_rows(_PAYMENTS, payments),
            extras=tuple(extras),
            figures=Columns.from_rows(_FIGURES, figures),
        )

    def book(self) -> VillageBook:
        """The village's books rebuilt: the same accounts, schedules and payments (a schedule's loan terms only
        where they were kept)."""
        rows = iter(Installment(*row) for row in self.rows.rows())
        payments = iter(Payment(date=day, amount=amount) for day, amount in self.payments.rows())
        accounts = iter(self._loan_accounts(rows, payments))
        figures = iter(
            AccountFigures(
                loan_id=loan_id,
                household_id=household_id,
                outstanding=outstanding,
                repaid_this_year=repaid,
                overdue=overdue,
                days_past_due=days,
            )
            for loan_id, household_id, outstanding, repaid, overdue, days in self.figures.rows()
        )
        return VillageBook(
            village=self.village,
            accounts=[next(accounts) if kind == "a" else next(figures) for kind in self.order],
            bank_balance=self.bank_balance,
            cash_elsewhere=self.cash_elsewhere,
        )

    def _loan_accounts(
        self, rows: Iterable[Installment], payments: Iterable[Payment]
    ) -> Iterable[LoanAccount]:
        row_iter, payment_iter = iter(rows), iter(payments)
        for (loan_id, household_id, principal, disbursed_on, fee, count, paid), extra in zip(
            self.accounts.rows(), self.extras, strict=True
        ):
            late_fee, accrual, terms = extra
            schedule = Schedule(
                principal=principal,
                disbursed_on=disbursed_on,
                installments=tuple(next(row_iter) for _ in range(count)),
                terms=terms,
                accrual=accrual,
                upfront_fee=fee,
            )
            yield LoanAccount(
                loan_id=loan_id,
                household_id=household_id,
                schedule=schedule,
                payments=tuple(next(payment_iter) for _ in range(paid)),
                late_fee=late_fee,
            )

    def report(self, as_of: DateLike, regulation: Regulation | None = None) -> VillageReport:
        """The village's form 26(1) report on ``as_of``: the report of the book it was packed from (a plain
        method, so ``executor.map(CompactBook.report, books, repeat(as_of))`` works across processes)."""
        return self.book().report(as_of, regulation)
