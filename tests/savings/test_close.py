"""The annual close: income statement, allocation, members, funds, reconciliation, statement, pickling."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.savings import (
    Bylaws,
    DividendBasis,
    DividendMethod,
    DividendPolicy,
    GroupYear,
    LeaverDividend,
    MemberYear,
    PercentOfProfit,
    RebatePolicy,
    Residual,
    annual_close,
    annual_close_many,
)
from chumchon.savings.examples import training_group


def test_training_group_close_reconciles() -> None:
    close = training_group().close()
    assert close.balanced
    assert close.net_profit == Decimal("22955.00")
    assert close.income.total_income == Decimal("24635.50")
    assert close.allocation.total == close.net_profit
    assert close.dividend_by_member["M01"] == Decimal("1070.00")  # 26,750 weighted × 4%
    assert close.dividend_by_member["M11"] == Decimal("0.00")  # honorary: no right to a dividend
    assert close.rebate_by_member["M03"] == Decimal("0.00")  # missed an instalment
    assert close.dividend_by_member["M12"] == Decimal("264.00")  # left in month 9, EARNED
    funds = {f.category: f for f in close.funds}
    assert funds["reserve"].closing == Decimal(15_000) + close.allocation.by_category["reserve"]


def test_statement_in_thai_and_english() -> None:
    close = training_group().close()
    thai = close.statement()
    assert thai.startswith("งบการเงินประจำปี กลุ่มออมทรัพย์เพื่อการผลิตบ้านตัวอย่าง ตั้งแต่ 1 ต.ค. 2567 ถึง 30 ก.ย. 2568")
    assert "กำไรสุทธิ" in thai and "ทุนสำรอง" in thai and "การกระทบยอด" in thai
    assert close.to_text() == thai
    assert "๒๒,๙๕๕.๐๐" in close.statement(digits="thai")
    english = close.statement("en")
    assert "Annual accounts" in english and "22,955.00" in english
    rows = close.to_rows()
    assert rows[0][0] == "รหัส" and len(rows) == 13
    assert "balanced=True" in repr(close)


def test_close_pickles() -> None:
    close = training_group().close()
    again = pickle.loads(pickle.dumps(close))
    assert again == close


def test_batch_entry_point() -> None:
    t = training_group()
    closes = list(annual_close_many([(t.year, t.bylaws), (t.year, t.bylaws)]))
    assert len(closes) == 2 and closes[0] == closes[1]
    with pytest.raises(InvalidInputError, match="pair"):
        list(annual_close_many([t.year]))  # type: ignore[list-item]


def _bylaws(**changes: object) -> Bylaws:
    return attrs.evolve(training_group().bylaws, **changes)


def test_a_loss_pays_no_dividend_and_says_so() -> None:
    t = training_group()
    year = attrs.evolve(t.year, expenses={"meetings": 50_000})
    close = annual_close(year, t.bylaws)
    assert close.net_profit < 0 and close.balanced
    assert set(close.dividend_by_member.values()) == {Decimal("0.00")}
    assert any("no profit" in n.en for n in close.notes)


def test_dividend_and_rebate_pools() -> None:
    t = training_group()
    bylaws = _bylaws(
        dividend=DividendPolicy(method=DividendMethod.CLOSING_MONTH_AVERAGE, percent_of_profit=40),
        rebate=RebatePolicy(percent_of_profit="12.5"),
    )
    close = annual_close(t.year, bylaws)
    assert close.balanced
    assert close.allocation.by_category["dividend"] == Decimal("9182.00")  # 40% of 22,955.00
    assert sum(close.dividend_by_member.values()) == Decimal("9182.00")
    assert close.allocation.rows[0].percent == Decimal(40)


def test_pool_rounded_to_whole_baht_leaves_the_rest_to_the_reserve() -> None:
    t = training_group()
    year = attrs.evolve(t.year, bank_interest="85.51")  # profit 22,955.01 → 40% = 9,182.00(4)
    bylaws = _bylaws(
        dividend=DividendPolicy(
            method=DividendMethod.OPENING_MONTH_AVERAGE, percent_of_profit=33, rounding="whole_baht"
        )
    )
    close = annual_close(year, bylaws)
    assert close.balanced
    assert close.allocation.by_category["dividend"] == Decimal("7575.00")  # 7,575.15 shared in whole baht
    assert any("rounding unit" in n.en for n in close.notes)


def test_work_unit_pool_for_an_occupational_group() -> None:
    members = [
        MemberYear(member_id="W1", opening_balance=0, work_units=60, interest_paid=0),
        MemberYear(member_id="W2", opening_balance=0, work_units=40),
    ]
    year = GroupYear(fiscal_year_start=date(2025, 1, 1), members=members, other_income=10_000)
    bylaws = Bylaws(
        fiscal_start_month=1,
        dividend=DividendPolicy(method=None, basis=DividendBasis.WORK_UNITS, percent_of_profit=70),
        rebate=None,
        allocation=[Residual()],
    )
    close = annual_close(year, bylaws)
    assert close.dividend_by_member == {"W1": Decimal("4200.00"), "W2": Decimal("2800.00")}
    assert close.allocation.by_category["reserve"] == Decimal("3000.00")


def test_pool_with_nobody_eligible_goes_to_the_residual() -> None:
    year = GroupYear(
        fiscal_year_start=date(2025, 1, 1),
        members=[MemberYear(member_id="A", opening_balance=0)],
        other_income=100,
    )
    bylaws = Bylaws(
        fiscal_start_month=1,
        dividend=DividendPolicy(method=DividendMethod.YEAR_END_BALANCE, percent_of_profit=50),
        rebate=RebatePolicy(percent_of_profit=10),
        allocation=[Residual()],
    )
    close = annual_close(year, bylaws)
    assert close.allocation.by_category == {
        "dividend": Decimal("0.00"),
        "rebate": Decimal("0.00"),
        "reserve": Decimal("100.00"),
    }
    assert len([n for n in close.notes if "no member qualifies" in n.en]) == 2


def test_rate_lines_needing_more_than_the_profit() -> None:
    t = training_group()
    with pytest.raises(RuleViolationError) as info:
        annual_close(
            t.year, _bylaws(dividend=DividendPolicy(method=DividendMethod.YEAR_END_BALANCE, rate="0.5"))
        )
    assert info.value.rule == "allocation_exceeds_profit"


def test_leavers_under_none_policy_and_missing_policy() -> None:
    t = training_group()
    close = annual_close(t.year, _bylaws(leaver_dividend=LeaverDividend.NONE))
    assert close.dividend_by_member["M12"] == Decimal("0.00") and close.rebate_by_member["M12"] == Decimal(
        "0.00"
    )
    with pytest.raises(InvalidInputError, match="leaver_dividend"):
        annual_close(t.year, _bylaws(leaver_dividend=None))


def test_withdrawal_not_allowed_outside_the_month_of_leaving() -> None:
    t = training_group()
    members = (*t.year.members[:-1], MemberYear(member_id="X", opening_balance=500, monthly={2: -100}))
    with pytest.raises(InvalidInputError, match="allow none"):
        annual_close(attrs.evolve(t.year, members=members), t.bylaws)
    assert annual_close(attrs.evolve(t.year, members=members), _bylaws(withdrawals_allowed=True)).balanced


def test_loan_interest_above_and_below_the_members_total() -> None:
    t = training_group()
    close = annual_close(attrs.evolve(t.year, loan_interest=25_000), t.bylaws)
    assert close.income.income[0].amount == Decimal(25_000)
    assert any("not attributed" in n.en for n in close.notes)
    with pytest.raises(InvalidInputError, match="less than the interest"):
        annual_close(attrs.evolve(t.year, loan_interest=1), t.bylaws)


def test_bad_inputs() -> None:
    t = training_group()
    with pytest.raises(InvalidInputError, match="must be a GroupYear"):
        annual_close("year", t.bylaws)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="starts in month 1"):
        annual_close(attrs.evolve(t.year, fiscal_year_start=date(2025, 1, 1)), t.bylaws)
    with pytest.raises(InvalidInputError, match="1st of a month"):
        attrs.evolve(t.year, fiscal_year_start=date(2024, 10, 2))
    with pytest.raises(InvalidInputError, match="mapping of line name"):
        attrs.evolve(t.year, expenses=5)


def test_group_year_from_mapping() -> None:
    year = GroupYear.from_mapping(
        {
            "fiscal_year_start": "2024-10-01",
            "members": [{"member_id": "A", "opening_balance": 100, "interest_paid": 50}],
            "expenses": {"stationery": "10.50"},
        }
    )
    close = annual_close(
        year, Bylaws(fiscal_start_month=10, dividend=None, rebate=None, allocation=[Residual()])
    )
    assert close.net_profit == Decimal("39.50") and close.dividends is None and close.balanced
    assert close.dividend_by_member == {"A": Decimal("0.00")}
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        GroupYear.from_mapping({"fiscal_year_start": "1/10/2567", "members": []})


def test_percent_lines_of_the_bylaws() -> None:
    t = training_group()
    close = annual_close(t.year, t.bylaws)
    assert close.allocation.by_category["welfare"] == Decimal("2295.50")
    assert isinstance(t.bylaws.allocation[0], PercentOfProfit)
