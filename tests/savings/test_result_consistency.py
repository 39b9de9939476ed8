"""Savings results whose fields disagree (a loan limit, a leaver's settlement, a batch of closes, a bylaws check,
deposit interest) cannot be built, directly, through ``attrs.evolve`` or from a document."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import InterestMethod
from chumchon.messages import Message
from chumchon.savings import (
    Bylaws,
    BylawsCheck,
    CloseBatch,
    DepositInterest,
    DepositProduct,
    ExitSettlement,
    InterestBasis,
    LeaverDividend,
    LoanLimit,
    LoanProduct,
    Residual,
    annual_close_many,
    calculate_deposit_interest,
    check_bylaws,
    loan_limit,
    settle_exit,
)
from chumchon.savings.batch import MEMBER_FIELDS
from chumchon.savings.examples import training_group

_PRODUCT = LoanProduct(
    name="สามัญ",
    monthly_rate="0.01",
    interest_method=InterestMethod.DECLINING_BALANCE,
    max_term_months=12,
    limit_multiple_of_savings=3,
    limit_cap=50_000,
    guarantors_above_savings=2,
)


def _rebuilds(result: Any) -> None:
    assert attrs.evolve(result) == result
    assert type(result).from_mapping(result.to_mapping()) == result


# --- LoanLimit ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limit() -> LoanLimit:
    result = loan_limit(_PRODUCT, savings=10_000, open_loans=5_000, group_cash=100_000, requested=20_000)
    assert result.maximum == 25_000 and result.allowed
    return result


def test_real_loan_limits_rebuild_equal(limit: LoanLimit) -> None:
    _rebuilds(limit)
    _rebuilds(loan_limit(_PRODUCT, savings=0, group_cash=0))
    _rebuilds(loan_limit(_PRODUCT, savings=1_000, group_cash=50_000, requested=9_000))


def test_a_maximum_that_is_not_the_lowest_limit_is_refused(limit: LoanLimit) -> None:
    with pytest.raises(InvalidInputError, match="the maximum must be the lowest limit") as error:
        attrs.evolve(limit, maximum=limit.maximum + 1)
    assert error.value.field == "maximum"


def test_a_verdict_against_the_maximum_is_refused(limit: LoanLimit) -> None:
    with pytest.raises(InvalidInputError, match="allowed must follow from the maximum") as error:
        attrs.evolve(limit, requested=limit.maximum + 1)
    assert error.value.field == "allowed"
    with pytest.raises(InvalidInputError, match="allowed must follow from the maximum"):
        attrs.evolve(limit, requested=None, allowed=False)


def test_limits_that_are_missing_or_negative_are_refused(limit: LoanLimit) -> None:
    with pytest.raises(InvalidInputError, match="at least one limit") as error:
        attrs.evolve(limit, limits=())
    assert error.value.field == "limits"
    negative = ((Message("เงินสด", "cash"), Decimal(-1)),)
    with pytest.raises(InvalidInputError, match="no limit may be negative"):
        LoanLimit(
            product="x",
            limits=negative,
            maximum=Decimal(-1),
            requested=None,
            allowed=False,
            guarantors_required=0,
            can_guarantee=True,
            reasons=(),
        )
    with pytest.raises(InvalidInputError, match="guarantors required must not be negative"):
        attrs.evolve(limit, guarantors_required=-1)
    with pytest.raises(InvalidInputError, match="requested must not be negative"):
        attrs.evolve(limit, requested=Decimal(-1), allowed=True)


# --- ExitSettlement -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def settlement() -> ExitSettlement:
    result = settle_exit(
        "A01",
        savings=12_000,
        deposits=3_000,
        deposit_interest="45.50",
        year_dividend=600,
        leaver_dividend=LeaverDividend.EARNED,
        loans_outstanding=5_000,
        interest_due=50,
    )
    assert result.payout == Decimal("10595.50")
    return result


def test_real_settlements_rebuild_equal(settlement: ExitSettlement) -> None:
    _rebuilds(settlement)
    _rebuilds(settle_exit("A02", savings=5_000, open_guarantees=1, leaver_dividend=LeaverDividend.NONE))
    in_debt = settle_exit("A03", savings=1_000, loans_outstanding=4_000, leaver_dividend=LeaverDividend.NONE)
    assert in_debt.still_owed == 3_000
    _rebuilds(in_debt)


def test_a_payout_that_is_not_credits_less_debits_is_refused(settlement: ExitSettlement) -> None:
    with pytest.raises(InvalidInputError, match="the payout must be the credits less the debits") as error:
        attrs.evolve(settlement, payout=settlement.payout + 1)
    assert error.value.field == "payout"
    with pytest.raises(InvalidInputError, match="zero when refused"):
        attrs.evolve(settlement, refused=True)
    without_loans = settlement.debits[1:]
    with pytest.raises(InvalidInputError, match="the payout must be the credits less the debits"):
        attrs.evolve(settlement, debits=without_loans)


def test_debt_left_that_does_not_follow_is_refused(settlement: ExitSettlement) -> None:
    with pytest.raises(InvalidInputError, match="still owed must be the debits beyond") as error:
        attrs.evolve(settlement, still_owed=Decimal(1))
    assert error.value.field == "still_owed"


def test_lines_with_a_repeated_key_or_a_negative_amount_are_refused(settlement: ExitSettlement) -> None:
    credits = settlement.credits
    with pytest.raises(InvalidInputError, match="distinct keys") as error:
        attrs.evolve(settlement, credits=(*credits, credits[0]))
    assert error.value.field == "credits"
    key, label, amount = settlement.debits[0]
    with pytest.raises(InvalidInputError, match="not negative") as error:
        attrs.evolve(settlement, debits=((key, label, -amount), *settlement.debits[1:]))
    assert error.value.field == "debits"


def test_a_refusal_without_reasons_is_refused() -> None:
    refused = settle_exit("A02", savings=5_000, open_guarantees=1, leaver_dividend=LeaverDividend.NONE)
    with pytest.raises(InvalidInputError, match="must give its reasons") as error:
        attrs.evolve(refused, reasons=())
    assert error.value.field == "reasons"


# --- CloseBatch ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch() -> CloseBatch:
    t = training_group()
    columns = {f: tuple(getattr(m, f) for m in t.year.members) for f in MEMBER_FIELDS}
    spec = {
        "fiscal_year_start": t.year.fiscal_year_start,
        "members": columns,
        "fines": t.year.fines,
        "entry_fees": t.year.entry_fees,
        "bank_interest": t.year.bank_interest,
        "expenses": t.year.expenses,
        "funds_opening": t.year.funds_opening,
        "name": t.year.name,
    }
    # The ordinary path (a GroupYear) and the columnar one (its columns), side by side.
    return annual_close_many([(t.year, t.bylaws), (spec, t.bylaws), (t.year, t.bylaws)], compact=True)


def _with_column(table: Any, key: str, values: tuple[Any, ...]) -> Any:
    index = table.keys.index(key)
    return attrs.evolve(table, data=(*table.data[:index], values, *table.data[index + 1 :]))


def test_real_batches_rebuild_equal(batch: CloseBatch) -> None:
    _rebuilds(batch)
    assert CloseBatch.concat([batch, batch]) == CloseBatch(
        batch.groups.concat([batch.groups, batch.groups]),
        batch.members.concat([batch.members, batch.members], offsets=[0, len(batch)]),
    )


def test_a_group_row_that_is_not_the_sum_of_its_members_is_refused(batch: CloseBatch) -> None:
    dividends = list(batch.groups.column("dividends"))
    dividends[1] += Decimal("0.01")
    with pytest.raises(
        InvalidInputError, match="group 1: its dividends, rebates and year-end savings"
    ) as error:
        attrs.evolve(batch, groups=_with_column(batch.groups, "dividends", tuple(dividends)))
    assert error.value.field == "groups"
    rebates = list(batch.members.column("rebate"))
    rebates[0] += Decimal(1)
    with pytest.raises(InvalidInputError, match="group 0: its dividends, rebates"):
        attrs.evolve(batch, members=_with_column(batch.members, "rebate", tuple(rebates)))


def test_an_allocation_that_does_not_add_up_is_refused(batch: CloseBatch) -> None:
    to_funds = list(batch.groups.column("to_funds"))
    to_funds[2] += Decimal(1)
    with pytest.raises(InvalidInputError, match="paid to members and to funds must be the profit allocated"):
        attrs.evolve(batch, groups=_with_column(batch.groups, "to_funds", tuple(to_funds)))


def test_a_net_profit_or_a_balance_that_does_not_follow_is_refused(batch: CloseBatch) -> None:
    profit = tuple(p + 1 for p in batch.groups.column("net_profit"))
    with pytest.raises(InvalidInputError, match="net profit must be its income less its expenses") as error:
        attrs.evolve(batch, groups=_with_column(batch.groups, "net_profit", profit))
    assert error.value.field == "groups"
    unbalanced = (True, False, True)
    with pytest.raises(InvalidInputError, match="each close balanced"):
        attrs.evolve(batch, groups=_with_column(batch.groups, "balanced", unbalanced))
    closing = list(batch.members.column("closing_balance"))
    closing[0] += Decimal(1)
    with pytest.raises(InvalidInputError, match="brought in plus the year's saving") as error:
        attrs.evolve(batch, members=_with_column(batch.members, "closing_balance", tuple(closing)))
    assert error.value.field == "members"


def test_member_rows_that_do_not_match_the_groups_are_refused(batch: CloseBatch) -> None:
    counts = list(batch.groups.column("members"))
    counts[0] -= 1
    with pytest.raises(InvalidInputError, match="as many for each group as its members") as error:
        attrs.evolve(batch, groups=_with_column(batch.groups, "members", tuple(counts)))
    assert error.value.field == "members"
    shuffled = tuple(reversed(batch.members.column("group")))
    with pytest.raises(InvalidInputError, match="must come group by group"):
        attrs.evolve(batch, members=_with_column(batch.members, "group", shuffled))
    ids = list(batch.members.column("member_id"))
    ids[1] = ids[0]
    with pytest.raises(InvalidInputError, match="ids unique"):
        attrs.evolve(batch, members=_with_column(batch.members, "member_id", tuple(ids)))


def test_columns_of_another_shape_or_inputs_of_another_count_are_refused(batch: CloseBatch) -> None:
    with pytest.raises(InvalidInputError, match="the columns must be name, fiscal_year_start") as error:
        attrs.evolve(batch, groups=batch.members)
    assert error.value.field == "groups"
    short = attrs.evolve(batch.members, data=(batch.members.data[0][:-1], *batch.members.data[1:]))
    with pytest.raises(InvalidInputError, match="all of the same length"):
        attrs.evolve(batch, members=short)
    assert batch.inputs is not None
    with pytest.raises(InvalidInputError, match="one input per group") as error:
        attrs.evolve(batch, inputs=batch.inputs[:1])
    assert error.value.field == "inputs"


# --- BylawsCheck --------------------------------------------------------------------------------------------------


def _bylaws(*products: LoanProduct) -> Bylaws:
    return Bylaws(
        fiscal_start_month=1,
        dividend=None,
        rebate=None,
        allocation=[Residual()],
        loan_products=list(products),
    )


_FLAT = LoanProduct(
    name="ฉุกเฉิน", monthly_rate="0.01", interest_method=InterestMethod.FLAT, max_term_months=12
)


@pytest.fixture(scope="module")
def risky() -> BylawsCheck:
    result = check_bylaws(_bylaws(_PRODUCT, _FLAT), date(2025, 1, 1))
    assert result.legal_risk and [f.code for f in result.findings] == [
        "interest_cap_annual_rate",
        "flat_rate",
    ]
    return result


def test_real_bylaws_checks_rebuild_equal(risky: BylawsCheck) -> None:
    _rebuilds(risky)
    _rebuilds(check_bylaws(_bylaws(_PRODUCT), date(2025, 1, 1)))
    _rebuilds(check_bylaws(training_group().bylaws, date(2025, 1, 1)))


def test_a_product_over_the_cap_without_its_finding_is_refused(risky: BylawsCheck) -> None:
    with pytest.raises(InvalidInputError, match="must have one interest-cap finding") as error:
        attrs.evolve(risky, findings=risky.findings[1:])
    assert error.value.field == "findings"


def test_a_legal_risk_on_a_product_within_the_cap_is_refused(risky: BylawsCheck) -> None:
    legal = check_bylaws(_bylaws(_PRODUCT), date(2025, 1, 1))
    assert not legal.findings
    cap_finding = attrs.evolve(
        risky.findings[0], subject=_PRODUCT.name, actual=legal.loan_costs[0].nominal_annual_rate
    )
    with pytest.raises(InvalidInputError, match="costing more than the cap"):
        attrs.evolve(legal, findings=(cap_finding,))


def test_a_finding_that_misquotes_the_cost_or_the_cap_is_refused(risky: BylawsCheck) -> None:
    cap_finding, flat_finding = risky.findings
    with pytest.raises(InvalidInputError, match="stating the cap"):
        attrs.evolve(risky, findings=(attrs.evolve(cap_finding, limit=Decimal("0.20")), flat_finding))
    with pytest.raises(InvalidInputError, match="must state that product's cost"):
        attrs.evolve(risky, findings=(cap_finding, attrs.evolve(flat_finding, actual=Decimal("0.01"))))


def test_costs_of_two_products_of_one_name_are_refused(risky: BylawsCheck) -> None:
    with pytest.raises(InvalidInputError, match="names must be unique") as error:
        attrs.evolve(risky, loan_costs=risky.loan_costs * 2)
    assert error.value.field == "loan_costs"


def test_a_check_on_a_day_before_the_records_is_refused(risky: BylawsCheck) -> None:
    with pytest.raises(InvalidInputError, match="no interest cap is known") as error:
        attrs.evolve(risky, as_of=date(1900, 1, 1))
    assert error.value.field == "as_of"


# --- DepositInterest ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def interest() -> DepositInterest:
    product = DepositProduct(
        name="ออมทรัพย์", annual_rate="0.03", basis=InterestBasis.DAILY_BALANCE, credit_every_months=3
    )
    result = calculate_deposit_interest(
        product,
        opening_balance=10_000,
        transactions=[(date(2025, 2, 10), 500), (date(2025, 8, 1), -300)],
        start=date(2025, 1, 31),
        end=date(2025, 12, 15),
    )
    assert result.accrued > 0 and result.credited > 0 and not result.periods[-1].credited
    return result


def test_real_deposit_interest_rebuilds_equal(interest: DepositInterest) -> None:
    _rebuilds(interest)
    product = DepositProduct(
        name="รายเดือน", annual_rate="0.0365", basis=InterestBasis.MONTHLY_MINIMUM, credit_every_months=1
    )
    _rebuilds(
        calculate_deposit_interest(product, opening_balance=100, start=date(2025, 1, 1), end=date(2026, 1, 1))
    )
    _rebuilds(
        calculate_deposit_interest(product, opening_balance=100, start=date(2025, 1, 1), end=date(2025, 1, 1))
    )


def test_totals_that_are_not_the_periods_interest_are_refused(interest: DepositInterest) -> None:
    with pytest.raises(InvalidInputError, match="sum of the credited periods") as error:
        attrs.evolve(interest, credited=interest.credited + Decimal("0.01"))
    assert error.value.field == "credited"
    with pytest.raises(InvalidInputError, match="that of an unfinished last period"):
        attrs.evolve(interest, accrued=Decimal(0))


def test_a_closing_balance_other_than_the_last_periods_is_refused(interest: DepositInterest) -> None:
    with pytest.raises(InvalidInputError, match="the last period's balance") as error:
        attrs.evolve(interest, closing_balance=interest.closing_balance + 1)
    assert error.value.field == "closing_balance"


def test_periods_that_do_not_follow_the_crediting_calendar_are_refused(interest: DepositInterest) -> None:
    periods = interest.periods
    with pytest.raises(InvalidInputError, match="must follow the previous one") as error:
        # The first period dropped (and its interest with it): the rest no longer count from the start.
        attrs.evolve(interest, periods=periods[1:], credited=interest.credited - periods[0].interest)
    assert error.value.field == "periods"
    first = attrs.evolve(periods[0], end=periods[0].end.replace(day=1))
    with pytest.raises(InvalidInputError, match="end 3 month"):
        attrs.evolve(interest, periods=(first, *periods[1:]))
    # An unfinished period that is not the last one: credited interest moved to the accrued line.
    unfinished = attrs.evolve(periods[0], credited=False)
    with pytest.raises(InvalidInputError, match="but for an unfinished last period"):
        attrs.evolve(
            interest,
            periods=(unfinished, *periods[1:]),
            credited=interest.credited - periods[0].interest,
        )
