"""The float rule for money (money_from_float) and the rate-slip checks (to_annual_rate, percent lines)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import LoanTerms
from chumchon.money import money_from_float, to_annual_rate, to_money
from chumchon.savings import MemberYear, PercentOfProfit, Residual, allocate_profit, calculate_dividends

# Satang amounts up to a trillion baht: 14 significant digits, inside a double's 15.
satang = st.integers(min_value=-(10**14), max_value=10**14).map(lambda n: Decimal(n).scaleb(-2))


@given(satang)
def test_a_satang_amount_typed_as_a_float_is_read_exactly(amount: Decimal) -> None:
    assert money_from_float(float(amount)) == amount


# Balances up to a hundred billion baht, not negative: a float sum of two carries a few units of its last
# place of noise, which the 15-digit reading removes. (A sum that cancels, 999999999995.93 - 986256104648.69,
# keeps the noise of the large terms in a small result; the rule then refuses it, rightly: it is in doubt.)
balance = st.integers(min_value=0, max_value=10**13).map(lambda n: Decimal(n).scaleb(-2))


@given(balance, balance)
def test_the_noise_of_a_float_sum_is_removed(a: Decimal, b: Decimal) -> None:
    assert money_from_float(float(a) + float(b)) == a + b


def test_a_sum_that_cancels_is_refused_not_guessed() -> None:
    with pytest.raises(InvalidInputError, match="satang"):
        money_from_float(float(Decimal("999999999995.93")) + float(Decimal("-986256104648.69")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.1 + 0.2, Decimal("0.30")),
        (1201.4999999999998, Decimal("1201.50")),
        (10000000000000.01, Decimal("10000000000000.01")),  # 16 digits, still the float's shortest repr
        (1e20, Decimal("1E+20")),
        (-0.0, Decimal(0)),
        (1234.5, Decimal("1234.5")),
    ],
)
def test_examples(value: float, expected: Decimal) -> None:
    assert money_from_float(value) == expected


@pytest.mark.parametrize("value", [1.005, 100 * 0.057 / 12, 5e-324, -12.345, sum([0.1] * 1000)])
def test_a_fraction_of_a_satang_is_refused(value: float) -> None:
    with pytest.raises(InvalidInputError, match="whole number of satang") as caught:
        money_from_float(value, name="opening_balance")
    assert "สตางค์" in caught.value.th
    assert caught.value.field == "opening_balance"


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_non_finite_floats_keep_their_message(value: float) -> None:
    with pytest.raises(InvalidInputError, match="finite"):
        money_from_float(value)


def test_applied_to_every_amount() -> None:
    assert to_money(0.1 + 0.2) == Decimal("0.3")
    assert to_money("1.005") == Decimal("1.005")  # text is exact: not this rule
    member = MemberYear(member_id="A", opening_balance=0.1 + 0.2, monthly=[0.1 + 0.2] * 12)
    assert member.opening_balance == Decimal("0.3")
    assert str(member.closing_balance) == "3.9"
    with pytest.raises(InvalidInputError, match="satang"):
        MemberYear(member_id="A", opening_balance=1.005)


def test_yearly_rate_slips() -> None:
    assert to_annual_rate(0.99) == Decimal("0.99")
    with pytest.raises(InvalidInputError, match=r"did you mean 12%\? If so, give 0.12$"):
        to_annual_rate(12)
    with pytest.raises(InvalidInputError, match=r"or, for 1% a month, give 0.12 a year"):
        to_annual_rate(1)
    with pytest.raises(InvalidInputError, match=r"did you mean 5\.7%"):
        LoanTerms(principal=10000, annual_rate=5.7, installments=12, disbursed_on="2026-01-15")  # type: ignore[arg-type]
    member = MemberYear(member_id="A", opening_balance=1000)
    with pytest.raises(InvalidInputError, match=r"did you mean 5\.7%"):
        calculate_dividends([member], method="year_end_balance", rate=5.7)  # type: ignore[arg-type]


def test_profit_percent_slips() -> None:
    with pytest.raises(InvalidInputError, match="did you mean 10%"):
        allocate_profit(10000, [PercentOfProfit("welfare", 0.10), Residual()])
    with pytest.raises(InvalidInputError, match="did you mean 50%"):
        allocate_profit(10000, [PercentOfProfit("welfare", 10), PercentOfProfit("x", 0.5), Residual()])
    legal = allocate_profit(10000, [PercentOfProfit("welfare", 2.5), PercentOfProfit("x", 0.5), Residual()])
    assert legal.by_category["x"] == Decimal("50.00")  # a small share beside non-whole percents is kept
