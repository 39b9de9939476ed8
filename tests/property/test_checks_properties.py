"""Properties of the input kernel: one value in any of its accepted forms reads the same (Hypothesis)."""

from __future__ import annotations

import decimal
from datetime import date, datetime
from decimal import Decimal

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from chumchon import _checks
from chumchon.errors import InvalidInputError
from chumchon.money import allocate
from chumchon.thai import to_thai_digits

AMOUNTS = st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=2, allow_nan=False)
COUNTS = st.integers(min_value=-(10**12), max_value=10**12)


@given(AMOUNTS)
def test_an_amount_reads_the_same_as_decimal_text_and_thai_digits(amount: Decimal) -> None:
    plain = _checks.money(amount, "x", minimum=None)
    assert plain == amount
    assert _checks.money(str(amount), "x", minimum=None) == plain
    assert _checks.money(to_thai_digits(f"{amount:,}"), "x", minimum=None) == plain
    assert _checks.money(amount, "x", minimum=None, whole_satang=True) == amount.quantize(Decimal("0.01"))


@given(COUNTS)
def test_a_whole_number_reads_the_same_from_numpy_and_from_a_cell(n: int) -> None:
    assert _checks.whole_number(np.int64(n), "n") == n
    assert _checks.whole_number(Decimal(n), "n", numeric=True) == n
    assert _checks.whole_number(to_thai_digits(str(n)), "n", numeric=True) == n


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2600, 12, 31)), st.integers(0, 23))
def test_a_date_reads_the_same_from_iso_text_and_a_datetime(day: date, hour: int) -> None:
    assert _checks.date_value(day.isoformat(), "d") == day
    assert _checks.date_value(datetime(day.year, day.month, day.day, hour), "d") == day


@given(st.lists(AMOUNTS, max_size=20))
def test_a_sequence_reads_the_same_from_a_list_a_tuple_and_an_array(values: list[Decimal]) -> None:
    listed = _checks.sequence(values, "v", _checks.number)
    assert _checks.sequence(tuple(values), "v", _checks.number) == listed
    assert _checks.sequence(np.array(values, dtype=object), "v", _checks.number) == listed


@given(
    st.decimals(min_value=Decimal("0"), max_value=Decimal("1e9"), places=2, allow_nan=False),
    st.lists(st.decimals(min_value=Decimal("0"), max_value=Decimal("1e6"), places=6), min_size=1, max_size=8),
    st.integers(1, 6),
)
def test_allocate_conserves_the_total_under_any_ambient_context(
    total: Decimal, weights: list[Decimal], prec: int
) -> None:
    if not any(weights):
        weights = [*weights, Decimal(1)]
    exact = allocate(total, weights)
    with decimal.localcontext() as ctx:  # the caller's context changes nothing
        ctx.prec = prec
        ctx.traps[decimal.Inexact] = True
        assert allocate(total, weights) == exact
    assert sum(exact) == total


@given(st.integers(min_value=-(10**44), max_value=10**44))
def test_money_in_whole_satang_takes_a_decimal_of_two_places_as_its_text(satang: int) -> None:
    # The quick path for Decimals already in satang must answer exactly as the general reading of the same text.
    amount = Decimal(satang).scaleb(-2)
    try:
        expected: object = repr(_checks.money(str(amount), "amount", whole_satang=True))
    except InvalidInputError as error:
        expected = (error.field, str(error).replace(repr(str(amount)), repr(amount)))
    try:
        found: object = repr(_checks.money(amount, "amount", whole_satang=True))
    except InvalidInputError as error:
        found = (error.field, str(error))
    assert found == expected
