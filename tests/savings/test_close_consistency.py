"""An annual close whose parts disagree cannot be built, directly or through ``attrs.evolve``."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.savings import AnnualClose
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
