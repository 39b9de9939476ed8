"""pmt and friends against numpy-financial (named cases) and on bad input."""

from __future__ import annotations

from decimal import Decimal

import numpy_financial as npf
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import fv, ipmt, nper, pmt, ppmt, pv, rate


def close(ours: Decimal, theirs: float, rel: float = 1e-9) -> bool:
    return abs(float(ours) - float(theirs)) <= rel * max(1.0, abs(float(theirs)))


def test_numpy_financial_docstring_loan() -> None:
    # numpy-financial's own ipmt example: 2,500 at 8.24% a year compounded monthly over a year.
    r = Decimal("0.0824") / 12
    assert close(pmt(r, 12, 2500), npf.pmt(0.0824 / 12, 12, 2500))
    assert round(sum(ipmt(r, k, 12, 2500) for k in range(1, 13)), 2) == Decimal("-112.98")


@pytest.mark.parametrize("when", ["end", "begin"])
def test_all_formulas_agree_with_numpy_financial(when: str) -> None:
    assert close(pmt("0.015", 36, 90000, 1000, when), npf.pmt(0.015, 36, 90000, 1000, when))
    assert close(ipmt("0.015", 7, 36, 90000, 0, when), npf.ipmt(0.015, 7, 36, 90000, 0, when))
    assert close(ppmt("0.015", 7, 36, 90000, 0, when), npf.ppmt(0.015, 7, 36, 90000, 0, when))
    assert close(pv("0.015", 36, -3000, 0, when), npf.pv(0.015, 36, -3000, 0, when))
    assert close(fv("0.015", 36, -3000, 1000, when), npf.fv(0.015, 36, -3000, 1000, when))
    assert close(nper("0.015", -3000, 60000, 0, when), npf.nper(0.015, -3000, 60000, 0, when))
    assert close(rate(36, -3000, 60000, 0, when), npf.rate(36, -3000, 60000, 0, when), rel=1e-7)


def test_zero_rate() -> None:
    assert pmt(0, 10, 1000) == Decimal(-100)
    assert nper(0, -100, 1000) == Decimal(10)
    assert ipmt(0, 3, 10, 1000) == 0
    assert ipmt("0.01", 1, 10, 1000, 0, "begin") == 0


def test_results_are_unrounded_decimals() -> None:
    assert isinstance(pmt("0.01", 24, 500000), Decimal)
    assert pmt("0.01", 24, 500000).as_tuple().exponent < -10


@pytest.mark.parametrize(
    "call",
    [
        lambda: pmt("0.01", 0, 1000),
        lambda: pmt("-1", 12, 1000),
        lambda: pmt("0.01", 12, 1000, when="middle"),
        lambda: ipmt("0.01", 0, 12, 1000),
        lambda: ipmt("0.01", 13, 12, 1000),
        lambda: ipmt("0.01", "0.5", 12, 1000),
        lambda: nper("0.01", -5, 1000),
        lambda: nper(0, 0, 1000),
        lambda: pmt(float("nan"), 12, 1000),
        lambda: rate(12, 100, 1000, maxiter=3),
    ],
)
def test_bad_input_raises_invalid_input(call: object) -> None:
    with pytest.raises(InvalidInputError):
        call()  # type: ignore[operator]
