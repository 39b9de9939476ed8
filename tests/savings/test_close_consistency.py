"""An annual close whose parts disagree cannot be built, directly or through ``attrs.evolve``."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.savings import AnnualClose, annual_close
from chumchon.savings.examples import training_group


@pytest.fixture(scope="module")
def close() -> AnnualClose:
    return training_group().close()


def test_the_training_close_is_consistent_and_rebuilds_equal(close: AnnualClose) -> None:
    assert close.balanced
    assert attrs.evolve(close) == close


def test_dividends_that_do_not_add_up_to_the_allocation_are_refused(close: AnnualClose) -> None:
    dividends = close.dividends
    assert dividends is not None
    shorter = attrs.evolve(
        dividends, lines=dividends.lines[:-1], total=dividends.total - dividends.lines[-1].amount
    )
    with pytest.raises(InvalidInputError, match="allocation's dividend line") as error:
        attrs.evolve(close, dividends=shorter)
    assert error.value.field == "dividends"


def test_an_allocation_of_another_profit_is_refused(close: AnnualClose) -> None:
    income = close.income
    other = attrs.evolve(
        income,
        income=(*income.income[:-1], attrs.evolve(income.income[-1], amount=income.income[-1].amount + 1)),
        total_income=income.total_income + 1,
        net_profit=income.net_profit + 1,
    )
    with pytest.raises(InvalidInputError, match="income statement's net profit"):
        attrs.evolve(close, income=other)


def test_a_fund_that_does_not_roll_forward_is_refused(close: AnnualClose) -> None:
    fund = close.funds[0]
    bad = attrs.evolve(fund, closing=fund.closing + Decimal("0.01"))
    with pytest.raises(InvalidInputError, match="closing must be opening plus added"):
        attrs.evolve(close, funds=(bad, *close.funds[1:]))


def test_a_reconciliation_that_does_not_agree_is_refused(close: AnnualClose) -> None:
    check = close.reconciliation[0]
    bad = attrs.evolve(check, actual=check.actual + 1)
    with pytest.raises(InvalidInputError, match="does not agree"):
        attrs.evolve(close, reconciliation=(bad, *close.reconciliation[1:]))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"bank_interest": Decimal("100.005")}, "bank_interest"),
        ({"expenses": {"stationery": "10.001"}}, "expenses[stationery]"),
        ({"loan_interest": Decimal("24000.001")}, "loan_interest"),
    ],
)
def test_a_book_figure_with_part_of_a_satang_is_named(change: dict[str, object], field: str) -> None:
    # Without this, the allocation refused the net profit and the officer had to hunt for the figure.
    case = training_group()
    with pytest.raises(InvalidInputError, match="fraction of a satang") as error:
        annual_close(attrs.evolve(case.year, **change), case.bylaws)
    assert error.value.field == field


def test_members_interest_with_part_of_a_satang_is_named_as_theirs() -> None:
    case = training_group()
    first, *rest = case.year.members
    members = (attrs.evolve(first, interest_paid=first.interest_paid + Decimal("0.001")), *rest)
    with pytest.raises(InvalidInputError, match="sum of the members' interest_paid") as error:
        annual_close(attrs.evolve(case.year, members=members), case.bylaws)
    assert error.value.field == "interest_paid"


def test_payouts_and_lines_with_part_of_a_satang_are_refused(close: AnnualClose) -> None:
    # Totals that still add up do not make a fraction of a satang payable.
    tenth = Decimal("0.001")
    dividends = close.dividends
    assert dividends is not None
    first, *rest = dividends.lines
    with pytest.raises(InvalidInputError, match=f"member {first.member_id} must be whole satang") as error:
        attrs.evolve(
            dividends,
            lines=(attrs.evolve(first, amount=first.amount + tenth), *rest),
            total=dividends.total + tenth,
        )
    assert error.value.field == "lines"
    allocation = close.allocation
    row, *others = allocation.rows
    with pytest.raises(InvalidInputError, match=f"the line {row.category} must be whole satang"):
        attrs.evolve(
            allocation,
            rows=(attrs.evolve(row, amount=row.amount + tenth), *others),
            net_profit=allocation.net_profit + tenth,
        )
    income = close.income
    line, *lines = income.income
    with pytest.raises(InvalidInputError, match="must be whole satang") as error:
        attrs.evolve(
            income,
            income=(attrs.evolve(line, amount=line.amount + tenth), *lines),
            total_income=income.total_income + tenth,
            net_profit=income.net_profit + tenth,
        )
    assert error.value.field == "income"


def test_a_very_large_allocation_rebuilds_outside_the_library_context() -> None:
    # The satang test runs in the library's 60-digit context; Python's default (28 digits) raised
    # InvalidOperation here when attrs.evolve rebuilt the result outside any chumchon call.
    from chumchon.savings import Residual, allocate_profit

    allocation = allocate_profit("1e35", [Residual()])
    assert attrs.evolve(allocation) == allocation
    assert allocation.total == Decimal("1e35")
