"""Schedule invariants for random terms in every method combination, and an independent simulation oracle."""

from __future__ import annotations

import decimal
from datetime import date, timedelta
from decimal import Decimal

import hypothesis.strategies as st
from hypothesis import assume, given

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    AccrualBasis,
    Amortization,
    Frequency,
    InterestMethod,
    LoanTerms,
    RemainderOn,
    build_schedule,
)
from chumchon.money import DECIMAL_CONTEXT, ROUNDINGS

ROUNDING_NAMES = ["satang", "satang_up", "whole_baht", "whole_baht_up", "quarter_baht", "quarter_baht_up"]


@st.composite
def loan_terms(draw: st.DrawFn) -> LoanTerms:
    installments = draw(st.integers(min_value=1, max_value=60))
    method = draw(st.sampled_from(list(InterestMethod)))
    amortization = draw(st.sampled_from(list(Amortization)))
    rate = Decimal(0) if method is InterestMethod.NONE else Decimal(draw(st.integers(0, 6000))) / 10000
    remainder = draw(st.sampled_from(list(RemainderOn)))
    if method is InterestMethod.DECLINING_BALANCE and amortization is Amortization.EQUAL_INSTALLMENT and rate:
        remainder = RemainderOn.LAST
    return LoanTerms(
        principal=Decimal(draw(st.integers(min_value=1, max_value=2_000_000_00))) / 100,
        annual_rate=rate,
        installments=installments,
        frequency=Frequency.every(draw(st.sampled_from([1, 2, 3, 6, 12]))),
        disbursed_on=date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 3000))),
        interest_method=method,
        amortization=amortization,
        grace_periods=draw(st.integers(0, min(installments - 1, 6))),
        interest_free_periods=draw(st.integers(0, min(installments, 6))),
        installment_rounding=draw(st.sampled_from(ROUNDING_NAMES)),
        interest_rounding=draw(st.sampled_from(["satang", "satang_down", "whole_baht"])),
        accrual=draw(st.sampled_from(list(AccrualBasis))),
        remainder_on=remainder,
    )


@given(loan_terms())
def test_schedule_invariants(terms: LoanTerms) -> None:
    try:
        schedule = build_schedule(terms)
    except InvalidInputError as error:
        refused_field = error.field
    else:
        refused_field = None
    # Only a rounding quantum too coarse for a small loan may refuse, and it says so.
    assert refused_field in (None, "installment_rounding")
    assume(refused_field is None)
    rows = schedule.installments
    assert len(rows) == terms.installments
    assert sum(r.principal for r in rows) == terms.principal
    balance = terms.principal
    for row in rows:
        assert row.payment == row.principal + row.interest
        assert row.principal >= 0 and row.interest >= 0
        balance -= row.principal
        assert row.balance == balance >= 0
    assert rows[-1].balance == 0 and rows[-1].principal > 0
    for k, row in enumerate(rows):
        if k < terms.interest_free_periods:
            assert row.interest == 0
        if k < terms.grace_periods:
            assert row.principal == 0
    assert [r.due_date for r in rows] == sorted({r.due_date for r in rows})
    assert rows[0].due_date > terms.disbursed_on
    amortising = rows[terms.grace_periods :]
    if terms.amortization is Amortization.BULLET or len(amortising) < 2:
        return
    quantum = ROUNDINGS[terms.installment_rounding.name]
    others = amortising[1:] if terms.remainder_on is RemainderOn.FIRST else amortising[:-1]
    if terms.amortization is Amortization.EQUAL_INSTALLMENT:
        values = [r.payment for r in others]
    else:
        values = [r.principal for r in others]
    assert len(set(values)) == 1, "equal instalments must really be equal, except the remainder"
    assert quantum.is_multiple(values[0])
    for r in amortising:
        assert r.principal > 0


def _simulated_payment(principal: Decimal, rate: Decimal, n: int) -> Decimal:
    """The exact level payment found by bisection on a plain period-by-period simulation (no closed form)."""
    lo, hi = Decimal(0), principal * (1 + rate)
    with decimal.localcontext(DECIMAL_CONTEXT):
        for _ in range(200):
            mid = (lo + hi) / 2
            balance = principal
            for _k in range(n):
                balance = balance * (1 + rate) - mid
            if balance > 0:
                lo = mid
            else:
                hi = mid
    return (lo + hi) / 2


@given(
    principal_satang=st.integers(min_value=100_00, max_value=5_000_000_00),
    rate_bp=st.integers(min_value=1, max_value=5000),
    installments=st.integers(min_value=1, max_value=48),
    rounding=st.sampled_from(["satang", "whole_baht", "whole_baht_up"]),
)
def test_closed_form_agrees_with_a_plain_simulation(
    principal_satang: int, rate_bp: int, installments: int, rounding: str
) -> None:
    principal = Decimal(principal_satang) / 100
    terms = LoanTerms(
        principal=principal,
        annual_rate=Decimal(rate_bp) / 10000,
        installments=installments,
        disbursed_on=date(2026, 1, 31),
        installment_rounding=rounding,
    )
    try:
        schedule = build_schedule(terms)
    except InvalidInputError:
        assume(False)
        return
    r = terms.period_rate
    payment = ROUNDINGS[rounding].apply(_simulated_payment(principal, r, installments))
    balance = principal
    for row in schedule.installments:
        with decimal.localcontext(
            DECIMAL_CONTEXT
        ):  # rate × months / 12, divided last: exact half-satang ties
            interest = ROUNDINGS["satang"].apply(balance * terms.annual_rate / 12)
        part = balance if row.number == installments else payment - interest
        balance -= part
        assert (row.interest, row.principal, row.balance) == (interest, part, balance)
