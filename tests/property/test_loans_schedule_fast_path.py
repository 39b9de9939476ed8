"""The one-pass schedule (issue 16) computes exactly the rows of a plain reference implementation and of the
general multi-pass path, for random loans."""

from __future__ import annotations

import decimal
from datetime import date, timedelta
from decimal import Decimal

import hypothesis.strategies as st
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings

from chumchon.errors import InvalidInputError
from chumchon.loans import Installment, LoanTerms, build_schedule
from chumchon.loans import schedule as schedule_module
from chumchon.money import DECIMAL_CONTEXT

INTEREST_ROUNDINGS = ["satang", "satang_down", "satang_up", "whole_baht", "satang_half_even"]
INSTALLMENT_ROUNDINGS = [
    "satang",
    "satang_up",
    "whole_baht",
    "whole_baht_up",
    "quarter_baht",
    "quarter_baht_up",
]


def reference_rows(terms: LoanTerms) -> list[Installment] | None:
    """Declining balance, equal instalments, per-period accrual, written as plainly as possible: dates by
    dateutil, the annuity payment rounded by the instalment rule, interest = balance × rate × months / 12
    rounded by the interest rule, the last instalment takes the rest. ``None`` where the rounding is too
    coarse (a row with no principal, or the loan repaid early)."""
    with decimal.localcontext(DECIMAL_CONTEXT):
        months = terms.frequency.months
        period_rate = terms.annual_rate * months / 12
        n = terms.installments
        payment = terms.principal * period_rate / (1 - (1 + period_rate) ** -n)
        payment = terms.installment_rounding.apply(payment)
        rows = []
        balance = terms.principal
        for k in range(1, n + 1):
            due = terms.disbursed_on + relativedelta(months=k * months)
            interest = terms.interest_rounding.apply(balance * (terms.annual_rate * months) / 12)
            principal = balance if k == n else payment - interest
            if principal <= 0 or (k < n and principal >= balance):
                return None
            balance -= principal
            rows.append(Installment(k, due, principal, interest, principal + interest, balance))
        return rows


@st.composite
def usual_loans(draw: st.DrawFn) -> LoanTerms:
    return LoanTerms(
        principal=Decimal(draw(st.integers(min_value=1, max_value=5_000_000_00))) / 100,
        annual_rate=Decimal(draw(st.integers(min_value=1, max_value=6000))) / 10000,
        installments=draw(st.integers(min_value=1, max_value=400)),
        frequency=draw(st.sampled_from([1, 2, 3, 6, 12])),
        disbursed_on=date(2000, 1, 1) + timedelta(days=draw(st.integers(0, 12000))),
        installment_rounding=draw(st.sampled_from(INSTALLMENT_ROUNDINGS)),
        interest_rounding=draw(st.sampled_from(INTEREST_ROUNDINGS)),
    )


def general_path(terms: LoanTerms, monkeypatch: pytest.MonkeyPatch) -> tuple[Installment, ...] | None:
    with monkeypatch.context() as patch:
        patch.setattr(schedule_module, "_one_pass", lambda terms: None)
        try:
            return build_schedule(terms).installments
        except InvalidInputError:
            return None


def fast_path(terms: LoanTerms) -> tuple[Installment, ...] | None:
    try:
        return build_schedule(terms).installments
    except InvalidInputError:
        return None


@settings(max_examples=300, deadline=None)
@given(usual_loans())
def test_fast_path_equals_the_plain_reference(terms: LoanTerms) -> None:
    ours = fast_path(terms)
    expected = reference_rows(terms)
    assert (None if ours is None else list(ours)) == expected
    if ours is not None:  # same values and the same Decimal exponents (what the rows print as)
        assert [tuple(map(str, row)) for row in ours] == [tuple(map(str, row)) for row in expected or []]


@settings(max_examples=200, deadline=None)
@given(usual_loans())
def test_fast_path_equals_the_general_path(terms: LoanTerms) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        general = general_path(terms, monkeypatch)
    ours = fast_path(terms)
    assert ours == general
    if ours is not None and general is not None:
        assert [tuple(map(str, row)) for row in ours] == [tuple(map(str, row)) for row in general]


def test_due_dates_are_computed_on_first_use_and_kept() -> None:
    terms = LoanTerms(principal=1000, annual_rate="0.12", installments=3, disbursed_on=date(2024, 1, 31))
    first = terms.due_dates()
    assert first == (date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30))
    assert terms.due_dates() is first
