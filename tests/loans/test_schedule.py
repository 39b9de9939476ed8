"""Schedules: named worked examples and the invariants on hand-checked cases."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    Amortization,
    DateAdjustment,
    Frequency,
    InterestMethod,
    LoanTerms,
    RemainderOn,
    build_custom_schedule,
    build_schedule,
)
from chumchon.loans.dates import add_months
from chumchon.money import QUARTER_BAHT, SATANG, WHOLE_BAHT, WHOLE_BAHT_UP

D = Decimal


def test_declining_balance_worked_example_500000_at_one_percent_a_month() -> None:
    # DOMAIN.md s.5 / issue 4: 500,000 at 1% a month on the declining balance costs 5,000 interest in the
    # first month, and 2,000 a month once 300,000 has been repaid (checked by hand).
    terms = LoanTerms.from_monthly_percent(
        1, principal=500_000, installments=5, disbursed_on=date(2026, 1, 15), amortization="equal_principal"
    )
    rows = build_schedule(terms).installments
    assert rows[0].interest == D("5000.00")
    assert [r.principal for r in rows] == [D("100000.00")] * 5
    assert rows[2].balance == D("200000.00")
    assert rows[3].interest == D("2000.00")  # 300,000 repaid, 200,000 left at 1%


def test_equal_installment_matches_numpy_financial() -> None:
    # numpy-financial: pmt(0.01, 24, 500000) = -23536.7361...; ipmt/ppmt per period to the satang.
    schedule = build_schedule(
        LoanTerms.from_monthly_percent(1, principal=500_000, installments=24, disbursed_on=date(2026, 1, 15))
    )
    rows = schedule.installments
    assert rows[0].payment == D("23536.74")
    for row in rows[:-1]:
        assert row.payment == D("23536.74")
        exact_interest = -npf.ipmt(0.01, row.number, 24, 500000)
        assert abs(float(row.interest) - exact_interest) < 0.05  # differs only by satang rounding
    assert schedule.total_principal == D("500000.00")
    assert rows[-1].balance == 0


def test_flat_loan_interest_is_on_the_original_principal() -> None:
    s = build_schedule(
        LoanTerms.from_monthly_percent(
            1, principal=12000, installments=12, disbursed_on=date(2026, 1, 31), interest_method="flat"
        )
    )
    assert {r.interest for r in s.installments} == {D("120.00")}
    assert {r.payment for r in s.installments} == {D("1120.00")}
    assert s.total_interest == D("1440.00")


def test_due_dates_count_from_the_start_without_month_end_drift() -> None:
    s = build_schedule(
        LoanTerms(
            principal=1200,
            annual_rate=0,
            interest_method="none",
            installments=4,
            disbursed_on=date(2024, 1, 31),
        )
    )
    assert [r.due_date for r in s.installments] == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
    ]


@pytest.mark.parametrize("months", [-30, -1, 0, 1, 2, 13, 25, 121])
@pytest.mark.parametrize(
    "start", [date(2024, 1, 31), date(2023, 2, 28), date(2024, 2, 29), date(2026, 8, 30)]
)
def test_add_months_is_relativedelta(start: date, months: int) -> None:
    assert add_months(start, months) == start + relativedelta(months=months)


def test_explicit_first_due_anchors_later_dates() -> None:
    terms = LoanTerms(
        principal=3000,
        annual_rate="0.12",
        installments=3,
        disbursed_on=date(2026, 1, 10),
        first_due=date(2026, 1, 31),
        frequency=Frequency.every(2),
    )
    assert terms.due_dates() == (date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31))


def test_whole_baht_up_rounding_last_absorbs() -> None:
    s = build_schedule(
        LoanTerms.from_monthly_percent(
            1,
            principal=10000,
            installments=12,
            disbursed_on=date(2026, 1, 5),
            installment_rounding=WHOLE_BAHT_UP,
        )
    )
    payments = [r.payment for r in s.installments]
    assert len(set(payments[:-1])) == 1 and payments[0] == D("889")  # exact 888.49 rounded up
    assert 0 < payments[-1] < payments[0]
    assert s.total_principal == D("10000.00") and s.installments[-1].balance == 0


def test_remainder_on_first_equal_principal() -> None:
    s = build_schedule(
        LoanTerms(
            principal=1000,
            annual_rate=0,
            interest_method="none",
            installments=3,
            disbursed_on=date(2026, 1, 5),
            amortization="equal_principal",
            installment_rounding=WHOLE_BAHT,
            remainder_on=RemainderOn.FIRST,
        )
    )
    assert [r.principal for r in s.installments] == [D("334"), D("333"), D("333")]


def test_remainder_on_first_refused_for_declining_annuity() -> None:
    with pytest.raises(InvalidInputError) as info:
        LoanTerms(
            principal=1000,
            annual_rate="0.12",
            installments=3,
            disbursed_on=date(2026, 1, 5),
            remainder_on="first",
        )
    assert info.value.field == "remainder_on"


def test_quarter_baht_and_bullet_and_grace() -> None:
    bullet = build_schedule(
        LoanTerms(
            principal=10000,
            annual_rate="0.12",
            installments=4,
            frequency=Frequency.QUARTERLY,
            disbursed_on=date(2026, 1, 1),
            amortization=Amortization.BULLET,
        )
    )
    assert [r.principal for r in bullet.installments] == [0, 0, 0, D("10000.00")]
    assert {r.interest for r in bullet.installments} == {D("300.00")}
    grace = build_schedule(
        LoanTerms(
            principal=10000,
            annual_rate="0.12",
            installments=6,
            grace_periods=2,
            disbursed_on=date(2026, 1, 1),
            installment_rounding=QUARTER_BAHT,
        )
    )
    assert [r.principal for r in grace.installments[:2]] == [0, 0]
    assert grace.installments[0].interest == D("100.00")
    assert all(QUARTER_BAHT.is_multiple(r.payment) for r in grace.installments[2:-1])


def test_interest_free_periods_and_actual_days() -> None:
    s = build_schedule(
        LoanTerms(
            principal=36500,
            annual_rate="0.10",
            installments=3,
            interest_free_periods=1,
            disbursed_on=date(2026, 1, 1),
            accrual="actual_365",
            amortization="equal_principal",
        )
    )
    assert s.installments[0].interest == 0
    # February 2026 has 28 days: 24,333.33 × 10% × 28/365
    assert s.installments[1].interest == SATANG.apply(D("24333.33") * D("0.10") * 28 / 365)


def test_holiday_adjustment_uses_only_the_callers_holidays() -> None:
    songkran = {date(2026, 4, 13), date(2026, 4, 14), date(2026, 4, 15)}
    base = {"principal": 3000, "annual_rate": "0.12", "installments": 3, "disbursed_on": date(2026, 2, 13)}
    plain = LoanTerms(**base)
    assert plain.due_dates()[1] == date(2026, 4, 13)
    following = LoanTerms(**base, date_adjustment=DateAdjustment.FOLLOWING, holidays=songkran)
    assert following.due_dates()[1] == date(2026, 4, 16)
    preceding = LoanTerms(**base, date_adjustment="preceding", holidays=songkran)
    assert preceding.due_dates()[1] == date(2026, 4, 10)  # Friday; the 11th-12th are a weekend
    # Modified following stays in the month: 31 Oct 2026 is a Saturday.
    mf = LoanTerms(
        principal=1000,
        annual_rate=0,
        interest_method="none",
        installments=1,
        disbursed_on=date(2026, 9, 30),
        first_due=date(2026, 10, 31),
        date_adjustment="modified_following",
    )
    assert mf.due_dates() == (date(2026, 10, 30),)


def test_holiday_container_that_is_not_a_set() -> None:
    class Holidays:
        def __contains__(self, day: object) -> bool:
            return day == date(2026, 3, 13)

    t = LoanTerms(
        principal=2000,
        annual_rate=0,
        interest_method="none",
        installments=2,
        disbursed_on=date(2026, 1, 13),
        date_adjustment="following",
        holidays=Holidays(),
    )
    assert t.due_dates() == (date(2026, 2, 13), date(2026, 3, 16))
    assert isinstance(t.holidays, frozenset)
    assert pickle.loads(pickle.dumps(t)) == t


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"principal": 0}, "principal"),
        ({"principal": -5}, "principal"),
        ({"principal": "10.005"}, "principal"),
        ({"installments": 0}, "installments"),
        ({"installments": 2.0}, "installments"),
        ({"annual_rate": "-0.01"}, "annual_rate"),
        ({"first_due": date(2026, 1, 1)}, "first_due"),
        ({"first_due": date(2025, 12, 1)}, "first_due"),
        ({"grace_periods": 12}, "grace_periods"),
        ({"interest_free_periods": 13}, "interest_free_periods"),
        ({"interest_method": "compound"}, "interest_method"),
        ({"interest_method": InterestMethod.NONE}, "annual_rate"),
        ({"frequency": 0}, "frequency"),
        ({"disbursed_on": "soon"}, "disbursed_on"),
        ({"upfront_fee": 20000}, "upfront_fee"),
        ({"weekend": [7]}, "weekend[0]"),  # the bad item named by its place
        ({"installment_rounding": "nearest"}, "rounding"),
    ],
)
def test_bad_terms_are_refused(changes: dict[str, object], field: str) -> None:
    base: dict[str, object] = {
        "principal": 10000,
        "annual_rate": "0.12",
        "installments": 12,
        "disbursed_on": date(2026, 1, 1),
    }
    base.update(changes)
    with pytest.raises(InvalidInputError) as info:
        LoanTerms(**base)  # type: ignore[arg-type]
    assert info.value.field == field
    assert info.value.th and info.value.en


def test_too_coarse_rounding_is_refused_not_bent() -> None:
    terms = LoanTerms(
        principal=10,
        annual_rate=0,
        interest_method="none",
        installments=12,
        disbursed_on=date(2026, 1, 1),
        installment_rounding=WHOLE_BAHT_UP,
    )
    with pytest.raises(InvalidInputError) as info:
        build_schedule(terms)
    assert info.value.field == "installment_rounding"


def test_from_mapping_and_named_constructors() -> None:
    t = LoanTerms.from_mapping(
        {
            "principal": "5,000",
            "monthly_percent": "1.5",
            "installments": 6,
            "disbursed_on": "2026-01-05",
            "frequency": "every_2_months",
            "installment_rounding": "whole_baht_up",
        }
    )
    assert t.annual_rate == D("0.18") and t.frequency == Frequency.every(2) and t.monthly_percent == D("1.5")
    assert LoanTerms.from_annual_percent(
        15, principal=1, installments=1, disbursed_on=date(2026, 1, 1)
    ).annual_rate == D("0.15")
    with pytest.raises(InvalidInputError):
        LoanTerms.from_mapping(
            {
                "principal": 1,
                "annual_rate": 0,
                "installments": 1,
                "disbursed_on": "2026-01-01",
                "colour": "red",
            }
        )


def test_custom_schedule_for_uneven_dated_instalments() -> None:
    s = build_custom_schedule(
        20000,
        date(2026, 1, 10),
        [(date(2026, 4, 30), 3000), (date(2026, 8, 31), 7000), (date(2026, 12, 30), 10000)],
    )
    assert [r.balance for r in s.installments] == [D("17000.00"), D("10000.00"), D("0.00")]
    assert s.total_interest == 0 and s.terms is None
    with_interest = build_custom_schedule(
        36500, date(2026, 1, 1), [(date(2026, 1, 11), 36500)], annual_rate="0.1"
    )
    assert with_interest.installments[0].interest == D("100.00")  # 36,500 × 10% × 10/365


@pytest.mark.parametrize(
    "pairs",
    [
        [],
        [(date(2026, 1, 10), 20000)],  # on the disbursement day
        [(date(2026, 5, 1), 10000), (date(2026, 4, 1), 10000)],  # not increasing
        [(date(2026, 5, 1), 10000), (date(2026, 5, 1), 10000)],  # same day twice
        [(date(2026, 5, 1), 0), (date(2026, 6, 1), 20000)],
        [(date(2026, 5, 1), -1), (date(2026, 6, 1), 20001)],
        [(date(2026, 5, 1), "10000.001"), (date(2026, 6, 1), "9999.999")],
        [(date(2026, 5, 1), 10000), (date(2026, 6, 1), 9999)],
        [(date(2026, 5, 1),)],
    ],
)
def test_custom_schedule_refuses_bad_instalments(pairs: list[tuple[object, ...]]) -> None:
    with pytest.raises(InvalidInputError):
        build_custom_schedule(20000, date(2026, 1, 10), pairs)  # type: ignore[arg-type]


def test_custom_sum_error_says_what_the_sum_was() -> None:
    with pytest.raises(InvalidInputError, match=r"19999\.00"):
        build_custom_schedule(20000, date(2026, 1, 10), [(date(2026, 5, 1), 10000), (date(2026, 6, 1), 9999)])


def test_schedule_is_tabular_picklable_and_has_short_repr() -> None:
    s = build_schedule(
        LoanTerms(principal=1000, annual_rate="0.12", installments=3, disbursed_on=date(2026, 1, 5))
    )
    assert s.to_rows(language="en")[0] == ["No.", "Due date", "Principal", "Interest", "Payment", "Balance"]
    assert s.to_rows()[0][0] == "งวดที่"
    assert "Schedule 1,000.00 over 3 instalments" in repr(s)
    assert len(repr(s)) < 200
    assert pickle.loads(pickle.dumps(s)) == s
    assert "Balance" in s.to_text(language="en")


def test_build_schedule_refuses_non_terms() -> None:
    with pytest.raises(InvalidInputError):
        build_schedule({"principal": 1000})  # type: ignore[arg-type]


@pytest.mark.parametrize("exponent", [2, 9, 12, 18, 21, 24, 30, 50, 58, 70, 90, 400])
@pytest.mark.parametrize("grace", [0, 2])
def test_a_tiny_rate_gives_the_exact_annuity_payment(exponent: int, grace: int) -> None:
    # At 60 digits, 1 - (1 + 1e-58/12)^-12 kept one significant digit (a payment of 694.44 for 833.33) and a
    # rate of 1e-70 divided by zero. The oracle is the annuity in exact fractions.
    from fractions import Fraction

    rate = Decimal(1).scaleb(-exponent)
    terms = LoanTerms(
        principal=10000,
        annual_rate=rate,
        installments=12,
        disbursed_on=date(2026, 1, 10),
        grace_periods=grace,
    )
    schedule = build_schedule(terms)
    r = Fraction(rate) / 12
    periods = 12 - grace
    exact = Fraction(10000) * r / (1 - (1 + r) ** -periods)
    expected = terms.installment_rounding.apply(Decimal(exact.numerator) / Decimal(exact.denominator))
    assert schedule.installments[grace].payment == expected
    assert sum(row.principal for row in schedule.installments) == Decimal(10000)


@given(
    mantissa=st.integers(min_value=1, max_value=999),
    exponent=st.integers(min_value=1, max_value=300),
    periods=st.integers(min_value=1, max_value=600),
)
def test_the_annuity_payment_has_fifty_significant_digits_for_any_small_rate(
    mantissa: int, exponent: int, periods: int
) -> None:
    from fractions import Fraction

    from chumchon.loans.schedule import _annuity_payment
    from chumchon.money import in_decimal_context

    rate = Decimal(mantissa).scaleb(-exponent - 3)
    payment = in_decimal_context(_annuity_payment)(Decimal(10000), rate, periods)
    r = Fraction(rate)
    exact = Fraction(10000) * r / (1 - (1 + r) ** -periods)
    assert abs(Fraction(payment) - exact) <= exact * Fraction(1, 10**50)
