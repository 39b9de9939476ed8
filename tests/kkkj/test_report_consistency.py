"""A village report whose figures do not follow from its accounts, village and position cannot be built."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import TRAINING_CASE, VillageReport


@pytest.fixture(scope="module")
def report() -> VillageReport:
    return TRAINING_CASE.book.report(TRAINING_CASE.report_date)


def test_the_training_report_rebuilds_equal(report: VillageReport) -> None:
    assert attrs.evolve(report) == report


def test_figures_that_do_not_add_up_to_the_accounts_are_refused(report: VillageReport) -> None:
    figures = attrs.evolve(report.figures, overdue=report.figures.overdue + Decimal("0.01"))
    with pytest.raises(InvalidInputError, match="the figure overdue must follow") as error:
        attrs.evolve(report, figures=figures)
    assert error.value.field == "figures"


def test_dropping_an_account_without_its_figures_is_refused(report: VillageReport) -> None:
    with pytest.raises(InvalidInputError, match="must follow from the accounts"):
        attrs.evolve(report, accounts=report.accounts[1:])


def test_a_report_of_another_fiscal_year_is_refused(report: VillageReport) -> None:
    with pytest.raises(InvalidInputError, match="the report date's"):
        attrs.evolve(report, fiscal_year=report.fiscal_year + 1)
