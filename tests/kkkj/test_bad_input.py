"""Bad input to the กข.คจ. module is refused with InvalidInputError naming the argument (robustness review)."""

from __future__ import annotations

import decimal
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import repeat
from typing import Any

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    B_E_2553,
    TRAINING_CASE,
    AccountFigures,
    OpenLoan,
    PurposeList,
    VillageBook,
    assess_target_household,
    build_village_reports,
    check_schedule,
    fund_position,
    loan_status,
    repayment_schedule,
    review_request,
    summarise,
    summarise_province,
    village_report,
    village_reports,
)

CASE = TRAINING_CASE
DAY = CASE.report_date
NOT_A_LIST = [None, 1, Decimal("NaN"), object(), "text", {"a": 1}]


def books(n: int) -> list[VillageBook]:
    """Small invented books: the training village with different balances and account subsets."""
    return [
        VillageBook(
            village=attrs.evolve(CASE.village, village_id=f"T{k}", district="เมือง" if k % 2 else "ชนบท"),
            accounts=CASE.accounts[: 1 + k % len(CASE.accounts)],
            bank_balance=CASE.bank_balance + 1000 * k,
            cash_elsewhere=CASE.cash_elsewhere,
        )
        for k in range(n)
    ]


REGULATION_CALLS = pytest.mark.parametrize(
    "call",
    [
        lambda reg: assess_target_household(CASE.household, as_of=DAY, regulation=reg),
        lambda reg: review_request(CASE.request, committee=CASE.committee, fund_cash=1000, regulation=reg),
        lambda reg: repayment_schedule(
            1000, installments=2, first_due=date(2026, 5, 31), disbursed_on=date(2025, 11, 10), regulation=reg
        ),
        lambda reg: check_schedule(CASE.schedule, regulation=reg),
        lambda reg: fund_position(
            outstanding_loans=0, bank_balance=0, cash_elsewhere=0, as_of=DAY, regulation=reg
        ),
        lambda reg: village_report(
            CASE.village, [], bank_balance=0, cash_elsewhere=0, as_of=DAY, regulation=reg
        ),
        lambda reg: build_village_reports(books(1), as_of=DAY, regulation=reg),
        lambda reg: village_reports(books(1), as_of=DAY, regulation=reg),
        lambda reg: books(1)[0].report(DAY, reg),
    ],
)


@REGULATION_CALLS
@pytest.mark.parametrize("bad", ["B_E_2553", 1, object()])
def test_a_regulation_that_is_not_one_is_refused(call: Any, bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        call(bad)
    assert info.value.field == "regulation"
    assert "Regulation" in info.value.en


@REGULATION_CALLS
def test_no_regulation_means_the_one_in_force(call: Any) -> None:
    # regulation=None (the default) asks the registry for the regulation in force on the date.
    def result(value: Any) -> Any:
        return value if isinstance(value, (list, tuple)) or attrs.has(type(value)) else list(value)

    assert result(call(None)) == result(call(B_E_2553))


@pytest.mark.parametrize("bad", NOT_A_LIST)
def test_collections_that_are_not_lists_are_refused(bad: object) -> None:
    calls = {
        "payments": lambda: loan_status(CASE.schedule, bad, as_of=DAY, committee=CASE.committee),  # type: ignore[arg-type]
        "open_loans": lambda: review_request(
            CASE.request,
            committee=CASE.committee,
            fund_cash=1000,
            open_loans=bad,  # type: ignore[arg-type]
        ),
        "accounts": lambda: village_report(CASE.village, bad, bank_balance=0, cash_elsewhere=0, as_of=DAY),  # type: ignore[arg-type]
        "books": lambda: build_village_reports(bad, as_of=DAY),  # type: ignore[arg-type]
        "items": lambda: summarise(bad, name="เมือง"),  # type: ignore[arg-type]
        "reports": lambda: summarise_province(bad, province="ก"),  # type: ignore[arg-type]
    }
    for field, call in calls.items():
        with pytest.raises(InvalidInputError) as info:
            call()  # build_village_reports checks its arguments before the first report
        assert info.value.field is not None and info.value.field.startswith(field), (field, info.value.field)
    with pytest.raises(InvalidInputError):
        PurposeList(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[1], {"L1": 1}, "L1", [None]])
def test_a_village_book_checks_its_accounts_when_made(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        VillageBook(village=CASE.village, accounts=bad, bank_balance=0, cash_elsewhere=0)  # type: ignore[arg-type]
    assert info.value.field is not None and info.value.field.startswith("accounts")  # accounts[0] for an item
    assert "LoanAccount or AccountFigures" in info.value.en


def test_open_loan_overdue_cannot_exceed_outstanding_as_for_account_figures() -> None:
    with pytest.raises(InvalidInputError) as info:
        OpenLoan(loan_id="L", outstanding=1000, overdue=2000)
    assert info.value.field == "overdue"
    with pytest.raises(InvalidInputError):
        AccountFigures(loan_id="L", household_id="H", outstanding=1000, repaid_this_year=0, overdue=2000)
    assert OpenLoan(loan_id="L", outstanding=1000, overdue=1000).overdue == Decimal(1000)


def test_summarise_refuses_an_object_that_only_looks_like_a_report() -> None:
    report = village_reports(books(1), as_of=DAY)[0]

    @attrs.frozen
    class Lookalike:
        figures: Any = report.figures

    with pytest.raises(InvalidInputError) as info:
        summarise([report, Lookalike()], name="เมือง")
    assert info.value.field == "items[1]"


# --- the list entry points --------------------------------------------------------------------------------


def test_village_reports_and_book_report_equal_the_lazy_batch() -> None:
    these = books(3)
    lazy = list(build_village_reports(these, as_of=DAY))
    assert village_reports(these, as_of=DAY) == lazy
    assert [b.report(DAY) for b in these] == lazy
    assert len({r.figures.total_fund for r in lazy}) == 3  # the books really differ


def test_build_village_reports_checks_its_arguments_before_the_first_report() -> None:
    with pytest.raises(InvalidInputError):
        build_village_reports(None, as_of=DAY)  # type: ignore[arg-type]  # not consumed: raised at once


def test_list_entry_points_over_a_process_pool_equal_the_serial_run() -> None:
    these = books(4)
    serial = list(build_village_reports(these, as_of=DAY))
    chunks = [these[:2], these[2:]]
    with ProcessPoolExecutor(max_workers=2) as executor:
        by_chunk = list(executor.map(partial(village_reports, as_of=DAY), chunks))
        by_book = list(executor.map(VillageBook.report, these, repeat(DAY)))
    assert [r for part in by_chunk for r in part] == serial
    assert by_book == serial
    assert summarise_province(by_book, province="ก") == summarise_province(serial, province="ก")


def test_reports_do_not_depend_on_the_ambient_decimal_context() -> None:
    expected = village_reports(books(2), as_of=DAY)
    ctx = decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR, traps=[decimal.Rounded, decimal.Inexact])
    with decimal.localcontext(ctx):
        assert village_reports(books(2), as_of=DAY) == expected
        assert list(build_village_reports(books(2), as_of=DAY)) == expected
        status = loan_status(CASE.schedule, CASE.payments, as_of=DAY, committee=CASE.committee)
    assert status == loan_status(CASE.schedule, CASE.payments, as_of=DAY, committee=CASE.committee)
