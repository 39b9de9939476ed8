"""Dividends and rebates: the worked examples of DOMAIN 5.2 and the bad inputs of issue 6."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import WHOLE_BAHT
from chumchon.savings import (
    DividendBasis,
    DividendMethod,
    MemberType,
    MemberYear,
    calculate_dividends,
    calculate_rebates,
    weighted_balance,
)

OPENING = DividendMethod.OPENING_MONTH_AVERAGE
CLOSING = DividendMethod.CLOSING_MONTH_AVERAGE


def _example_member() -> MemberYear:
    # DOMAIN 5.2 worked example [C]: B0 = 100,000, 1,000 baht paid every month, 50,000 baht interest paid.
    return MemberYear(member_id="A01", opening_balance=100_000, monthly=[1000] * 12, interest_paid=50_000)


def test_opening_month_average_example_6013_50() -> None:
    # Source: DOMAIN 5.2 (Thai cooperative practice): 5,700.00 + 1,000 × 5.70% × 66/12 = 6,013.50.
    result = calculate_dividends([_example_member()], method=OPENING, rate="0.057")
    assert result.by_member == {"A01": Decimal("6013.50")}
    assert result.total == Decimal("6013.50")
    assert result.line("A01").weight == Decimal(1_266_000)


def test_rebate_example_6500_00() -> None:
    # Source: DOMAIN 5.2: the same member's rebate on 50,000 baht of interest at 13% is 6,500.00.
    assert calculate_rebates([_example_member()], rate="0.13").by_member == {"A01": Decimal("6500.00")}


def test_single_payment_example_59_58() -> None:
    # Source: DOMAIN 5.2: one payment of 1,000 in fiscal month 1 at 6.5%: 1,000 × 6.5% × 11/12 = 59.58.
    member = MemberYear(member_id="B", opening_balance=0, monthly={1: 1000})
    assert calculate_dividends([member], method=OPENING, rate="0.065").total == Decimal("59.58")


def test_closing_month_average_example_6070_50() -> None:
    # Source: DOMAIN 5.2 [derived]: 5,700.00 + 370.50 = 6,070.50.
    assert calculate_dividends([_example_member()], method=CLOSING, rate="0.057").total == Decimal("6070.50")


def test_year_end_balance() -> None:
    assert calculate_dividends(
        [_example_member()], method=DividendMethod.YEAR_END_BALANCE, rate="0.057"
    ).total == (Decimal("6384.00"))


def test_daily_method_counts_days_of_the_fiscal_year() -> None:
    # 36,500 paid on the first day of a 365-day year earns a full year; on the last day, one day.
    start = date(2024, 10, 1)  # 1 Oct 2024 – 30 Sep 2025: 365 days
    first = MemberYear.from_transactions(
        "F", opening_balance=0, transactions=[(start, 36_500)], fiscal_year_start=start
    )
    last = MemberYear.from_transactions(
        "L", opening_balance=0, transactions=[(date(2025, 9, 30), 36_500)], fiscal_year_start=start
    )
    result = calculate_dividends([first, last], method=DividendMethod.DAILY, rate="0.10")
    assert result.by_member == {"F": Decimal("3650.00"), "L": Decimal("10.00")}
    assert weighted_balance(first, DividendMethod.DAILY) == (Decimal(36_500 * 365), 365)


def test_daily_method_leap_year_has_366_days() -> None:
    start = date(2023, 10, 1)  # contains 29 Feb 2024
    m = MemberYear.from_transactions(
        "A", opening_balance=0, transactions=[(start, 100)], fiscal_year_start=start
    )
    assert weighted_balance(m, DividendMethod.DAILY)[1] == 366


def test_daily_method_needs_dated_transactions() -> None:
    m = MemberYear(member_id="A", opening_balance=0, monthly={2: 100})
    with pytest.raises(InvalidInputError, match="daily method needs dated"):
        calculate_dividends([m], method=DividendMethod.DAILY, rate="0.05")


def test_pool_is_split_exactly() -> None:
    members = [MemberYear(member_id=f"M{i}", opening_balance=1000, monthly={}) for i in range(3)]
    result = calculate_dividends(members, method=OPENING, pool="100.00")
    assert sorted(result.by_member.values()) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert result.total == Decimal("100.00")


def test_pool_with_whole_baht_rounding() -> None:
    members = [MemberYear(member_id=f"M{i}", opening_balance=1000 * (i + 1)) for i in range(3)]
    result = calculate_dividends(members, method=OPENING, pool=100, rounding=WHOLE_BAHT)
    assert sum(result.by_member.values()) == 100
    with pytest.raises(InvalidInputError, match="not a multiple"):
        calculate_dividends(members, method=OPENING, pool="100.50", rounding=WHOLE_BAHT)


def test_rate_rounding_whole_baht() -> None:
    result = calculate_dividends([_example_member()], method=OPENING, rate="0.057", rounding=WHOLE_BAHT)
    assert result.total == Decimal("6014")


def test_work_units_split_for_occupational_groups() -> None:
    # "ทำมากได้มาก ทำน้อยได้น้อย ไม่ทำไม่ได้": no work, no share.
    members = [
        MemberYear(member_id="W1", opening_balance=0, work_units=30),
        MemberYear(member_id="W2", opening_balance=5000, work_units=10),
        MemberYear(member_id="W3", opening_balance=9000, work_units=0),
    ]
    result = calculate_dividends(members, basis=DividendBasis.WORK_UNITS, pool=4000)
    assert result.by_member == {"W1": Decimal("3000.00"), "W2": Decimal("1000.00"), "W3": Decimal("0.00")}
    with pytest.raises(InvalidInputError, match="needs a pool"):
        calculate_dividends(members, basis=DividendBasis.WORK_UNITS, rate="0.1")


def test_pool_and_rate_both_given() -> None:
    with pytest.raises(InvalidInputError, match="not both"):
        calculate_dividends([_example_member()], method=OPENING, rate="0.05", pool=100)
    with pytest.raises(InvalidInputError, match="not both"):
        calculate_rebates([_example_member()], rate="0.05", pool=100)
    with pytest.raises(InvalidInputError, match="give a rate or a pool"):
        calculate_rebates([_example_member()])


def test_negative_savings_where_withdrawals_are_not_allowed() -> None:
    m = MemberYear(member_id="A", opening_balance=1000, monthly={3: -500})
    with pytest.raises(InvalidInputError, match="allow none"):
        calculate_dividends([m], method=OPENING, rate="0.05")
    assert calculate_dividends([m], method=OPENING, rate="0.05", allow_withdrawals=True).total == Decimal(
        "31.25"
    )


def test_balance_below_zero_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="below zero in fiscal month 2"):
        MemberYear(member_id="A", opening_balance=100, monthly={2: -200})


def test_months_outside_the_fiscal_year() -> None:
    with pytest.raises(InvalidInputError, match="1 to 12"):
        MemberYear(member_id="A", opening_balance=0, monthly={0: 100})
    with pytest.raises(InvalidInputError, match="12 fiscal months"):
        MemberYear(member_id="A", opening_balance=0, monthly=[1] * 11)
    with pytest.raises(InvalidInputError, match="outside the fiscal year"):
        MemberYear.from_transactions(
            "A", opening_balance=0, transactions=[(date(2025, 10, 1), 1)], fiscal_year_start=date(2024, 10, 1)
        )


def test_unknown_and_duplicate_member_ids() -> None:
    result = calculate_dividends([_example_member()], method=OPENING, rate="0.05")
    with pytest.raises(InvalidInputError, match="no member with id ZZ"):
        result.line("ZZ")
    with pytest.raises(InvalidInputError, match="appears twice"):
        calculate_dividends([_example_member(), _example_member()], method=OPENING, rate="0.05")


def test_pool_with_nobody_to_share() -> None:
    m = MemberYear(member_id="A", opening_balance=0)
    with pytest.raises(InvalidInputError, match="no eligible member"):
        calculate_dividends([m], method=OPENING, pool=100)
    with pytest.raises(InvalidInputError, match="no eligible member"):
        calculate_rebates([m], pool=100)


def test_ineligible_types_and_leavers_get_zero_with_a_reason() -> None:
    honorary = MemberYear(member_id="H", opening_balance=1000, member_type=MemberType.HONORARY)
    leaver = MemberYear(member_id="L", opening_balance=1000, monthly={4: -1000}, left_month=4)
    ordinary = MemberYear(member_id="O", opening_balance=1000)
    result = calculate_dividends(
        [honorary, leaver, ordinary],
        method=OPENING,
        pool=90,
        allow_withdrawals=True,
        eligible_types={MemberType.ORDINARY},
        exclude_leavers=True,
    )
    assert result.by_member == {"H": Decimal("0.00"), "L": Decimal("0.00"), "O": Decimal("90.00")}
    assert result.line("H").reason is not None and not result.line("H").eligible
    assert "left" in result.explain("L", "en")


def test_rebate_defaulters_excluded_by_switch() -> None:
    good = MemberYear(member_id="G", opening_balance=0, interest_paid=1000)
    late = MemberYear(member_id="D", opening_balance=0, interest_paid=1000, missed_installment=True)
    assert calculate_rebates([good, late], pool=100).by_member == {
        "G": Decimal("100.00"),
        "D": Decimal("0.00"),
    }
    both = calculate_rebates([good, late], pool=100, exclude_defaulters=False)
    assert both.by_member == {"G": Decimal("50.00"), "D": Decimal("50.00")}


def test_result_tables_and_explanations() -> None:
    result = calculate_dividends([_example_member()], method=OPENING, rate="0.057")
    assert result.to_rows()[1] == ["A01", Decimal("105500.00"), True, Decimal("6013.50")]
    assert "6,013.50" in result.explain("A01")
    assert "total 6013.50" in repr(result)
    pooled = calculate_dividends([_example_member()], method=OPENING, pool=100)
    assert "100.00" in pooled.explain("A01", "en")
    rebates = calculate_rebates([_example_member()], rate="0.13")
    assert rebates.to_rows(header=False) == [["A01", Decimal("50000"), True, Decimal("6500.00")]]
    assert "6500.00" in repr(rebates)


def test_member_year_from_mapping() -> None:
    m = MemberYear.from_mapping(
        {"member_id": "A", "opening_balance": "1,000", "monthly": {"2": 100}, "member_type": "associate"}
    )
    assert m.member_type is MemberType.ASSOCIATE and m.monthly[1] == Decimal(100)
    with pytest.raises(InvalidInputError, match="unknown field"):
        MemberYear.from_mapping({"member_id": "A", "opening_balance": 0, "salary": 1})
    with pytest.raises(ParseError, match="the field opening_balance is required"):
        MemberYear.from_mapping({"member_id": "A"})
    with pytest.raises(InvalidInputError, match="'member_type' must be one of ordinary, associate, honorary"):
        MemberYear(member_id="A", opening_balance=0, member_type="gold")


def test_transactions_must_match_monthly_amounts() -> None:
    with pytest.raises(InvalidInputError, match="do not match"):
        MemberYear(
            member_id="A",
            opening_balance=0,
            monthly={1: 5},
            transactions=[(date(2024, 10, 2), 10)],
            fiscal_year_start=date(2024, 10, 1),
        )
    with pytest.raises(InvalidInputError, match="fiscal_year_start"):
        MemberYear(member_id="A", opening_balance=0, transactions=[])
