"""Hypothesis invariants of chumchon.money."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from chumchon.money import ROUNDINGS, Rounding, allocate, to_decimal

roundings = st.sampled_from(sorted(ROUNDINGS.values(), key=lambda r: r.name))
amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False)
weights = st.lists(
    st.decimals(min_value=0, max_value=Decimal("1e9"), places=3, allow_nan=False), min_size=1, max_size=40
).filter(any)


@given(total_units=st.integers(min_value=-(10**12), max_value=10**12), weights=weights, rounding=roundings)
def test_allocate_conserves_and_never_goes_below_zero(
    total_units: int, weights: list[Decimal], rounding: Rounding
) -> None:
    total = total_units * rounding.quantum
    parts = allocate(total, weights, rounding)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    for part, weight in zip(parts, weights, strict=True):
        assert rounding.is_multiple(part)
        if total >= 0:
            assert part >= 0
        if weight == 0:
            assert part == 0
    assert allocate(total, weights, rounding) == parts  # deterministic


@given(
    total_units=st.integers(min_value=0, max_value=10**9),
    count=st.integers(min_value=1, max_value=50),
    weight=st.decimals(min_value=Decimal("0.001"), max_value=1000, places=3),
    rounding=roundings,
)
def test_equal_weights_differ_by_at_most_one_quantum(
    total_units: int, count: int, weight: Decimal, rounding: Rounding
) -> None:
    parts = allocate(total_units * rounding.quantum, [weight] * count, rounding)
    assert max(parts) - min(parts) <= rounding.quantum


@given(total_units=st.integers(min_value=0, max_value=10**9), weights=weights)
def test_allocate_is_within_one_quantum_of_the_exact_share(total_units: int, weights: list[Decimal]) -> None:
    # Independent oracle: the exact rational share of each part.
    from fractions import Fraction

    total = Decimal(total_units) / 100
    parts = allocate(total, weights)
    weight_sum = sum(Fraction(w) for w in weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(total) * Fraction(weight) / weight_sum
        assert abs(Fraction(part) - exact) < Fraction(1, 100)


@given(value=amounts, rounding=roundings)
def test_rounding_is_idempotent_and_lands_on_the_quantum(value: Decimal, rounding: Rounding) -> None:
    once = rounding.apply(value)
    assert rounding.apply(once) == once
    assert rounding.is_multiple(once)
    assert abs(once - value) <= rounding.quantum


@given(
    value=st.decimals(
        allow_nan=False, allow_infinity=False, min_value=Decimal("-1e30"), max_value=Decimal("1e30")
    )
)
def test_to_decimal_of_a_decimal_string_is_that_decimal(value: Decimal) -> None:
    assert to_decimal(str(value)) == value
    assert to_decimal(value) == value


@given(value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e30, max_value=1e30))
def test_to_decimal_of_a_float_round_trips(value: float) -> None:
    assert float(to_decimal(value)) == value
