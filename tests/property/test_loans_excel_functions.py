"""The finance functions against exact oracles: Fraction where the answer is rational, mpmath at 300 digits
where it is not, and numpy-financial where it has the function (issue 16).

The documented accuracy (:data:`chumchon.loans.finance.ACCURACY`): every unrounded result is within
``1e-50 × max(|exact|, largest amount given)`` of the exact value. Rate solvers are checked by the value of the
equation at the returned rate (it changes sign there) and against numpy-financial's root where that is unique.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import hypothesis.strategies as st
import mpmath
import numpy_financial as npf
import pytest
from hypothesis import assume, given, settings

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    cumipmt,
    cumprinc,
    effect,
    ipmt,
    irr,
    nominal,
    npv,
    pmt,
    ppmt,
    rate,
    xirr,
    xnpv,
)
from chumchon.loans.finance import ACCURACY

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial on hopeless inputs

mpmath.mp.dps = 300
ACC = Fraction(ACCURACY)

# Rates from -50% to +200% a period and up to 600 periods: (1 + r)^n reaches 10^286, far past 60 digits.
wide_rates = st.integers(min_value=-5000, max_value=20000).map(lambda bp: Fraction(bp, 10000))
periods = st.integers(min_value=1, max_value=600)
money = st.integers(min_value=-10_000_000_00, max_value=10_000_000_00).map(lambda s: Fraction(s, 100))
whens = st.sampled_from([0, 1])


def dec(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def within(ours: Decimal, exact: Fraction, scale: Fraction) -> bool:
    return abs(Fraction(ours) - exact) <= ACC * max(abs(exact), abs(scale))


def exact_pmt(r: Fraction, n: int, p: Fraction, f: Fraction, w: int) -> Fraction:
    if r == 0:
        return -(f + p) / n
    g = (1 + r) ** n
    return -(f + p * g) / ((1 + r * w) * (g - 1) / r)


def exact_ipmt(r: Fraction, k: int, n: int, p: Fraction, f: Fraction, w: int) -> Fraction:
    total = exact_pmt(r, n, p, f, w)
    if r == 0:
        return Fraction(0)
    g = (1 + r) ** (k - 1)
    balance = -(p * g + total * (1 + r * w) * (g - 1) / r)
    if w:
        return Fraction(0) if k == 1 else balance * r / (1 + r)
    return balance * r


@settings(max_examples=150, deadline=None)
@given(wide_rates, periods, money, money, whens, st.data())
def test_ipmt_ppmt_are_exact(
    r: Fraction, n: int, p: Fraction, f: Fraction, w: int, data: st.DataObject
) -> None:
    assume(r > -1)
    k = data.draw(st.integers(min_value=1, max_value=n))
    scale = max(abs(p), abs(f))
    try:
        interest = ipmt(dec(r), k, n, dec(p), dec(f), w)
        principal = ppmt(dec(r), k, n, dec(p), dec(f), w)
    except InvalidInputError as error:
        refusal = str(error)
        assert "exactly" in refusal  # refused, never wrong
        return
    exact_interest = exact_ipmt(r, k, n, p, f, w)
    assert within(interest, exact_interest, scale)
    assert within(principal, exact_pmt(r, n, p, f, w) - exact_interest, scale)


@settings(max_examples=100, deadline=None)
@given(wide_rates, periods, money, money, whens)
def test_pmt_is_exact(r: Fraction, n: int, p: Fraction, f: Fraction, w: int) -> None:
    assume(r > -1)
    assert within(pmt(dec(r), n, dec(p), dec(f), w), exact_pmt(r, n, p, f, w), max(abs(p), abs(f)))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=-3000, max_value=5000).map(lambda bp: Fraction(bp, 10000)),
    st.integers(min_value=2, max_value=240),
    money,
    whens,
    st.data(),
)
def test_fractional_per_against_mpmath(r: Fraction, n: int, p: Fraction, w: int, data: st.DataObject) -> None:
    hundredths = data.draw(st.integers(min_value=100, max_value=n * 100))
    k = Fraction(hundredths, 100)
    rm, pm = mpmath.mpf(r.numerator) / r.denominator, mpmath.mpf(p.numerator) / p.denominator
    total = (
        mpmath.mpf(exact_pmt(r, n, p, Fraction(0), w).numerator)
        / exact_pmt(r, n, p, Fraction(0), w).denominator
    )
    if r == 0 or (w and k == 1):
        expected = mpmath.mpf(0)
    else:
        g = (1 + rm) ** (mpmath.mpf(k.numerator) / k.denominator - 1)
        expected = -(pm * g + total * (1 + rm * w) * (g - 1) / rm) * rm
        if w:
            expected /= 1 + rm
    ours = ipmt(dec(r), dec(k), n, dec(p), 0, w)
    assert abs(mpmath.mpf(str(ours)) - expected) <= mpmath.mpf("1e-50") * max(abs(expected), abs(pm), 1)


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1, max_value=3000).map(lambda bp: Fraction(bp, 10000)),
    st.integers(min_value=1, max_value=240),
    st.integers(min_value=1, max_value=10_000_000_00).map(lambda s: Fraction(s, 100)),
    whens,
    st.data(),
)
def test_cumulative_functions_are_exact(
    r: Fraction, n: int, p: Fraction, w: int, data: st.DataObject
) -> None:
    first = data.draw(st.integers(min_value=1, max_value=n))
    last = data.draw(st.integers(min_value=first, max_value=n))
    interest = sum((exact_ipmt(r, k, n, p, Fraction(0), w) for k in range(first, last + 1)), Fraction(0))
    principal = exact_pmt(r, n, p, Fraction(0), w) * (last - first + 1) - interest
    assert within(cumipmt(dec(r), n, dec(p), first, last, w), interest, p)
    assert within(cumprinc(dec(r), n, dec(p), first, last, w), principal, p)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=10000).map(lambda bp: Fraction(bp, 10000)), st.integers(1, 365))
def test_effect_and_nominal_are_exact_inverses(nominal_rate: Fraction, npery: int) -> None:
    exact = (1 + nominal_rate / npery) ** npery - 1
    ours = effect(dec(nominal_rate), npery)
    assert within(ours, exact, Fraction(0))
    back = nominal(ours, npery)
    assert abs(Fraction(back) - nominal_rate) <= ACC * 10 * nominal_rate
    m_nominal = npery * ((1 + mpmath.mpf(str(ours))) ** (mpmath.mpf(1) / npery) - 1)
    assert abs(mpmath.mpf(str(back)) - m_nominal) <= mpmath.mpf("1e-50") * m_nominal


flows_strategy = st.lists(money, min_size=1, max_size=40)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=-9000, max_value=20000).map(lambda bp: Fraction(bp, 10000)), flows_strategy)
def test_npv_is_exact(r: Fraction, values: list[Fraction]) -> None:
    exact = sum((v / (1 + r) ** (i + 1) for i, v in enumerate(values)), Fraction(0))
    scale = max(abs(v) for v in values)
    assert within(npv(dec(r), [dec(v) for v in values]), exact, scale)
    # numpy-financial's npv starts at time zero: Excel's NPV is it divided by (1 + r).
    theirs = npf.npv(float(r), [float(v) for v in values]) / (1 + float(r))
    assert abs(float(exact) - theirs) <= 1e-6 * max(1.0, float(scale)) * (1 + float(abs(r))) ** 40


@st.composite
def dated_flows(draw: st.DrawFn) -> tuple[list[Fraction], list[date]]:
    values = draw(st.lists(money, min_size=2, max_size=25))
    start = date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 2000)))
    offsets = [0, *draw(st.lists(st.integers(0, 3650), min_size=len(values) - 1, max_size=len(values) - 1))]
    return values, [start + timedelta(days=d) for d in offsets]


def m_xnpv(r: mpmath.mpf, values: list[Fraction], dates: list[date]) -> mpmath.mpf:
    return mpmath.fsum(
        (mpmath.mpf(v.numerator) / v.denominator) / (1 + r) ** (mpmath.mpf((d - dates[0]).days) / 365)
        for v, d in zip(values, dates, strict=True)
    )


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-9000, max_value=20000).map(lambda bp: Fraction(bp, 10000)), dated_flows())
def test_xnpv_against_mpmath(r: Fraction, flows: tuple[list[Fraction], list[date]]) -> None:
    values, dates = flows
    ours = xnpv(dec(r), [dec(v) for v in values], dates)
    expected = m_xnpv(mpmath.mpf(r.numerator) / r.denominator, values, dates)
    scale = as_mpf(max(abs(v) for v in values))
    assert abs(mpmath.mpf(str(ours)) - expected) <= mpmath.mpf("1e-50") * max(abs(expected), scale)


def changes_sign_at(value: object, root: Decimal, scale: object = 1) -> bool:
    """The equation's value (in mpmath) has opposite signs just below and above ``root``, or is zero there to
    the solver's tolerance (a double root, or an equation that every rate solves)."""
    f = value  # type: ignore[assignment]
    r = mpmath.mpf(str(root))
    delta = min(mpmath.mpf("1e-15") * max(1, abs(r)), (1 + r) / 2)
    below, at, above = f(r - delta), f(r), f(r + delta)  # type: ignore[operator]
    return bool(below * above <= 0 or abs(at) <= mpmath.mpf("1e-30") * as_mpf(scale))


def as_mpf(x: object) -> mpmath.mpf:
    """An exact Fraction (or int) as an mpmath number; mpmath does not take a Fraction itself."""
    q = Fraction(x)  # type: ignore[arg-type]
    return mpmath.mpf(q.numerator) / q.denominator


@settings(max_examples=80, deadline=None)
@given(st.lists(money, min_size=2, max_size=30))
def test_irr_returns_a_root_whenever_numpy_financial_does(values: list[Fraction]) -> None:
    assume(any(v > 0 for v in values) and any(v < 0 for v in values))

    def f(r: mpmath.mpf) -> mpmath.mpf:
        return mpmath.fsum(
            (mpmath.mpf(v.numerator) / v.denominator) / (1 + r) ** i for i, v in enumerate(values)
        )

    theirs = npf.irr([float(v) for v in values])
    try:
        ours = irr([dec(v) for v in values])
    except InvalidInputError:
        # Refused: then numpy-financial found nothing real either (its answer does not solve the equation).
        assert theirs != theirs or not changes_sign_at(f, Decimal(repr(float(theirs))))
        return
    assert ours > -1 and changes_sign_at(f, ours, max(abs(v) for v in values))
    signs = [v > 0 for v in values if v]
    if sum(a != b for a, b in itertools.pairwise(signs)) == 1 and theirs == theirs:
        assert abs(float(ours) - float(theirs)) <= 1e-9 * max(1.0, abs(float(ours)))  # the one root


@settings(max_examples=50, deadline=None)
@given(dated_flows())
def test_xirr_returns_a_root(flows: tuple[list[Fraction], list[date]]) -> None:
    values, dates = flows
    assume(any(v > 0 for v in values) and any(v < 0 for v in values))
    assume(len({d for d, v in zip(dates, values, strict=True) if v}) > 1)
    try:
        ours = xirr([dec(v) for v in values], dates)
    except InvalidInputError as error:
        refusal = str(error)
        # No rate, or one so close to -1 that (1 + r)^t leaves Decimal's range: refused, never wrong.
        assert any(text in refusal for text in ("no rate above -1", "sign", "10^999999", "too close to -1"))
        return
    assert changes_sign_at(lambda r: m_xnpv(r, values, dates), ours, max(abs(v) for v in values))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=120),
    money,
    money,
    money,
    whens,
    st.sampled_from(["0.1", "-0.5", "0", "3"]),
)
def test_rate_finds_a_root_whenever_numpy_financial_does(
    n: int, payment: Fraction, p: Fraction, f: Fraction, w: int, guess: str
) -> None:
    def g(r: mpmath.mpf) -> mpmath.mpf:
        pm, pp, pf = (mpmath.mpf(x.numerator) / x.denominator for x in (payment, p, f))
        if r == 0:
            return pf + pp + pm * n
        growth = (1 + r) ** n
        # Divided by (1 + r)^n: the cash-flow form, which does not vanish just because r → -1.
        return (pf + pp * growth + pm * (1 + r * w) * (growth - 1) / r) / growth

    theirs = npf.rate(n, float(payment), float(p), float(f), w, guess=float(guess))
    numpy_found = theirs == theirs and theirs > -1 and changes_sign_at(g, Decimal(repr(float(theirs))))
    try:
        ours = rate(n, dec(payment), dec(p), dec(f), w, guess)
    except InvalidInputError:
        assert not numpy_found
        return
    assert changes_sign_at(g, ours)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=-4000, max_value=20000).map(lambda bp: Fraction(bp, 10000)),
    st.integers(min_value=1, max_value=360),
    money,
    money,
    whens,
)
def test_rate_recovers_a_known_rate(r0: Fraction, n: int, p: Fraction, payment: Fraction, w: int) -> None:
    # Build fv so that r0 is a root; rate() must return a root (r0 or another one).
    assume(r0 > -1 and payment != 0)
    g = (1 + r0) ** n
    f = -(p * g + payment * (1 + r0 * w) * (g - 1) / r0) if r0 else -(p + payment * n)
    assume(abs(f) < 10**39)

    def value(r: mpmath.mpf) -> mpmath.mpf:
        pm, pp, pf = (mpmath.mpf(x.numerator) / x.denominator for x in (payment, p, f))
        if r == 0:
            return pf + pp + pm * n
        growth = (1 + r) ** n
        # Divided by (1 + r)^n: the cash-flow form, which does not vanish just because r → -1.
        return (pf + pp * growth + pm * (1 + r * w) * (growth - 1) / r) / growth

    ours = rate(n, dec(payment), dec(p), dec(f), w)
    assert changes_sign_at(value, ours)
