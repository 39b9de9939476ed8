"""pmt, ipmt, ppmt, pv, fv and nper agree with numpy-financial on random inputs."""

from __future__ import annotations

from decimal import Decimal

import hypothesis.strategies as st
import numpy_financial as npf
import pytest
from hypothesis import given

from chumchon.loans import fv, ipmt, nper, pmt, ppmt, pv

# numpy-financial divides by a zero rate inside np.where before discarding the result.
pytestmark = pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")

rates = st.integers(min_value=-400, max_value=2000).map(lambda bp: bp / 10000)  # -4% to 20% a period
npers = st.integers(min_value=1, max_value=360)
amounts = st.integers(min_value=-10_000_000_00, max_value=10_000_000_00).map(lambda s: s / 100)
whens = st.sampled_from(["end", "begin"])


def agree(ours: Decimal, theirs: float, scale: float = 0.0) -> bool:
    # numpy-financial works in binary floats: its error grows with the size of the amounts involved (ppmt is
    # pmt - ipmt, which cancels), so the tolerance is relative to the larger of the result and ``scale``.
    return abs(float(ours) - float(theirs)) <= 1e-7 * max(1.0, abs(float(theirs)), abs(scale))


@given(rates, npers, amounts, amounts, whens)
def test_pmt_agrees_with_numpy_financial(r: float, n: int, p: float, f: float, when: str) -> None:
    assert agree(pmt(r, n, p, f, when), npf.pmt(r, n, p, f, when))


@given(
    st.integers(min_value=-400, max_value=1000).map(lambda bp: bp / 10000),
    st.integers(min_value=1, max_value=240),
    amounts,
    amounts,
    whens,
    st.data(),
)
def test_ipmt_ppmt_agree_with_numpy_financial(
    r: float, n: int, p: float, f: float, when: str, data: st.DataObject
) -> None:
    per = data.draw(st.integers(min_value=1, max_value=n))
    scale = abs(float(pmt(r, n, p, f, when))) + abs(p) + abs(f)
    assert agree(ipmt(r, per, n, p, f, when), npf.ipmt(r, per, n, p, f, when), scale)
    assert agree(ppmt(r, per, n, p, f, when), npf.ppmt(r, per, n, p, f, when), scale)


@given(rates, npers, amounts, amounts, whens)
def test_pv_fv_agree_with_numpy_financial(r: float, n: int, payment: float, other: float, when: str) -> None:
    assert agree(pv(r, n, payment / 100, other, when), npf.pv(r, n, payment / 100, other, when))
    assert agree(fv(r, n, payment / 100, other, when), npf.fv(r, n, payment / 100, other, when))


@given(
    st.integers(min_value=1, max_value=300).map(lambda bp: bp / 10000),
    npers,
    st.integers(1_000_00, 1_000_000_00),
)
def test_nper_inverts_pmt(r: float, n: int, principal_satang: int) -> None:
    principal = principal_satang / 100
    payment = pmt(r, n, principal)
    assert abs(nper(r, payment, principal) - n) < Decimal("1e-20")
    assert agree(nper(r, float(payment), principal), npf.nper(r, float(payment), principal))
