"""Profit allocation: line kinds, exact conservation, errors, and a published cooperative allocation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.savings import FixedAmount, MemberTotal, PercentOfProfit, Residual, allocate_profit


def test_published_cooperative_allocation_2568() -> None:
    # Source: สหกรณ์ออมทรัพย์กรมสรรพาวุธทหารอากาศ จำกัด, รายงานประจำปี 2568, p.55 "พิจารณาจัดสรรกำไรสุทธิ ประจำปี 2568"
    # https://online.flipbuilder.com/jclq/tzod/files/basic-html/page55.html
    # Net profit 31,629,107.08. The reserve ("ไม่น้อยกว่า 10% ของกำไรสุทธิ") takes what is left; the dividend
    # (4.2% on paid-up shares) and the rebate (12% on interest) are per-member computed totals; the rest are
    # fixed sums voted by the meeting.
    lines = [
        Residual("reserve", minimum_percent=10),
        FixedAmount("league", "30000.00"),
        MemberTotal("dividend", "22408612.28"),
        MemberTotal("rebate", "3705868.53"),
        FixedAmount("bonus", "900000.00"),
        FixedAmount("dividend_stabilization", "10000.00"),
        FixedAmount("welfare", "1120000.00"),
        FixedAmount("public_benefit", "149100.00"),
        FixedAmount("education", "32500.00"),
    ]
    result = allocate_profit("31629107.08", lines)
    assert result.by_category == {
        "reserve": Decimal("3273026.27"),
        "league": Decimal("30000.00"),
        "dividend": Decimal("22408612.28"),
        "rebate": Decimal("3705868.53"),
        "bonus": Decimal("900000.00"),
        "dividend_stabilization": Decimal("10000.00"),
        "welfare": Decimal("1120000.00"),
        "public_benefit": Decimal("149100.00"),
        "education": Decimal("32500.00"),
    }
    assert result.total == Decimal("31629107.08")
    # The same page shows the reserve as 10.35% of the profit.
    assert result.to_rows(header=False)[0][3] == Decimal("10.35")


def test_published_cooperative_allocation_2567() -> None:
    # Source: the same page, the 2567 column: net profit 36,556,275.21, reserve 3,951,707.27 (10.81%).
    lines = [
        Residual("reserve", minimum_percent=10),
        FixedAmount("league", 30000),
        MemberTotal("dividend", "25036560.03"),
        MemberTotal("rebate", "5225207.91"),
        FixedAmount("bonus", 900000),
        FixedAmount("dividend_stabilization", 10000),
        FixedAmount("welfare", 1250000),
        FixedAmount("public_benefit", 97200),
        FixedAmount("education", 55600),
    ]
    result = allocate_profit("36556275.21", lines)
    assert result.by_category["reserve"] == Decimal("3951707.27")
    assert result.total == Decimal("36556275.21")


def test_percent_lines_round_and_residual_takes_the_rest() -> None:
    result = allocate_profit("100.01", [PercentOfProfit("welfare", "33.333"), Residual()])
    assert result.by_category == {"welfare": Decimal("33.34"), "reserve": Decimal("66.67")}
    assert result.rows[0].percent == Decimal("33.333")


def test_lines_needing_more_than_the_profit() -> None:
    with pytest.raises(RuleViolationError) as info:
        allocate_profit(1000, [MemberTotal("dividend", 900), FixedAmount("network", 200), Residual()])
    assert info.value.rule == "allocation_exceeds_profit"
    assert info.value.limit == Decimal("1000.00") and info.value.actual == Decimal("1100.00")


def test_residual_minimum() -> None:
    with pytest.raises(RuleViolationError) as info:
        allocate_profit(1000, [PercentOfProfit("welfare", 95), Residual(minimum_percent=10)])
    assert info.value.rule == "residual_minimum"
    ok = allocate_profit(1000, [PercentOfProfit("welfare", 90), Residual(minimum_percent=10)])
    assert ok.by_category["reserve"] == Decimal("100.00") and ok.notes


def test_a_loss_allocates_nothing_and_says_so() -> None:
    result = allocate_profit(
        "-1500.50", [PercentOfProfit("welfare", 10), MemberTotal("dividend", 500), Residual()]
    )
    assert result.is_loss
    assert set(result.by_category.values()) == {Decimal("0.00")}
    assert "loss of 1,500.50" in result.notes[0].en
    assert "(loss)" in repr(result)
    assert allocate_profit(0, [Residual()]).notes[0].en.startswith("the year made no profit")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([PercentOfProfit("a", 10)], "exactly one Residual"),
        ([Residual(), Residual("other")], "exactly one Residual"),
        ([PercentOfProfit("a", 60), PercentOfProfit("b", 50), Residual()], "more than 100"),
        ([FixedAmount("reserve", 1), Residual()], "appears twice"),
        (["reserve"], "must be PercentOfProfit"),
    ],
)
def test_allocation_structure_errors(lines: list[object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        allocate_profit(1000, lines)  # type: ignore[arg-type]


def test_bad_line_values() -> None:
    with pytest.raises(InvalidInputError, match="from 0 to 100"):
        PercentOfProfit("a", 101)
    with pytest.raises(InvalidInputError, match="zero or more"):
        FixedAmount("a", -1)
    with pytest.raises(InvalidInputError, match="whole satang"):
        allocate_profit("10.005", [Residual()])
    with pytest.raises(InvalidInputError, match="whole satang"):
        allocate_profit("10", [FixedAmount("a", "1.001"), Residual()])
    with pytest.raises(InvalidInputError, match="sequence"):
        allocate_profit(10, "reserve")  # type: ignore[arg-type]
