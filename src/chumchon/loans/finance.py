"""Time-value formulas in Decimal: pmt, ipmt, ppmt, pv, fv, nper, rate (สูตรมูลค่าเงินตามเวลา).

The same conventions as numpy-financial and Excel's PMT family:

* money paid out is negative, money received positive: borrowing 500,000 (``pv=500000``) gives a negative
  payment;
* ``rate`` is the rate **per period** (1% a month is ``0.01``), ``nper`` the number of periods;
* ``when="end"`` (default, payments at the end of each period) or ``"begin"``.

Unlike numpy-financial these work in :class:`~decimal.Decimal` (60 significant digits, never the ambient
context), accept floats through their shortest repr, and return **unrounded** values: round them with a named
rule (``SATANG.apply(x)``). Impossible inputs raise :class:`~chumchon.errors.InvalidInputError` instead of
returning NaN.

>>> from chumchon.loans.finance import pmt, ipmt, nper
>>> from chumchon.money import SATANG
>>> SATANG.apply(pmt("0.01", 24, 500000))
Decimal('-23536.74')
>>> SATANG.apply(ipmt("0.01", 1, 24, 500000))
Decimal('-5000.00')
>>> nper("0.01", -100, 100000)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ไม่มีจำนวนงวดใดที่ทำให้ชำระหมด (งวดละ -100 ไม่พอจ่ายดอกเบี้ย) / no number of periods repays this loan (a payment of -100 does not cover the interest)
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from chumchon.errors import InvalidInputError
from chumchon.money import DECIMAL_CONTEXT, to_decimal

__all__ = ["fv", "ipmt", "nper", "pmt", "ppmt", "pv", "rate"]

_ONE = Decimal(1)
_CTX = DECIMAL_CONTEXT


def _when(when: object) -> int:
    if when in ("end", 0):
        return 0
    if when in ("begin", 1):
        return 1
    raise InvalidInputError(
        th=f'when ต้องเป็น "end" หรือ "begin" ไม่ใช่ {when!r}',
        en=f'when must be "end" or "begin", not {when!r}',
        field="when",
        value=when,
    )


def _rate(value: object) -> Decimal:
    r = to_decimal(value, name="rate")
    if r <= -1:
        raise InvalidInputError(
            th=f"อัตราต่องวดต้องมากกว่า -1 ไม่ใช่ {r}",
            en=f"the rate per period must exceed -1, not {r}",
            field="rate",
        )
    return r


def _growth(r: Decimal, n: Decimal) -> Decimal:
    """(1 + r) ** n, exactly enough for any real n."""
    return _CTX.power(_CTX.add(_ONE, r), n)


def _annuity_factor(r: Decimal, n: Decimal, w: int, growth: Decimal) -> Decimal:
    if r == 0:
        return n
    return _CTX.divide(_CTX.multiply(_ONE + r * w, growth - _ONE), r)


def pmt(rate: object, nper: object, pv: object, fv: object = 0, when: object = "end") -> Decimal:
    """The payment per period that repays ``pv`` (to ``fv``) over ``nper`` periods.

    Raises:
        InvalidInputError: ``nper`` is zero, a rate of -1 or below, or a non-numeric input.
    """
    r, n, p, f, w = (
        _rate(rate),
        _nper(nper),
        to_decimal(pv, name="pv"),
        to_decimal(fv, name="fv"),
        _when(when),
    )
    growth = _growth(r, n)
    factor = _annuity_factor(r, n, w, growth)
    return -_CTX.divide(f + _CTX.multiply(p, growth), factor)


def fv(rate: object, nper: object, pmt: object, pv: object, when: object = "end") -> Decimal:
    """The value after ``nper`` periods of ``pv`` and a payment ``pmt`` each period."""
    r, w = _rate(rate), _when(when)
    n = to_decimal(nper, name="nper")
    payment, p = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv")
    growth = _growth(r, n)
    return -(_CTX.multiply(p, growth) + _CTX.multiply(payment, _annuity_factor(r, n, w, growth)))


def pv(rate: object, nper: object, pmt: object, fv: object = 0, when: object = "end") -> Decimal:
    """The present value of ``nper`` payments of ``pmt`` (and ``fv`` at the end)."""
    r, w = _rate(rate), _when(when)
    n = to_decimal(nper, name="nper")
    payment, f = to_decimal(pmt, name="pmt"), to_decimal(fv, name="fv")
    growth = _growth(r, n)
    return -_CTX.divide(f + _CTX.multiply(payment, _annuity_factor(r, n, w, growth)), growth)


def _nper(value: object) -> Decimal:
    n = to_decimal(value, name="nper")
    if n == 0:
        raise InvalidInputError(
            th="จำนวนงวดต้องไม่เป็นศูนย์", en="the number of periods must not be zero", field="nper", value=value
        )
    return n


def _per(per: object, n: Decimal) -> Decimal:
    k = to_decimal(per, name="per")
    if k != k.to_integral_value() or not 1 <= k <= n:
        raise InvalidInputError(
            th=f"งวดที่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {n} ไม่ใช่ {per!r}",
            en=f"per must be a whole number from 1 to {n}, not {per!r}",
            field="per",
            value=per,
        )
    return k


def ipmt(
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The interest part of payment number ``per`` (1-based), as numpy-financial's ``ipmt``.

    With ``when="begin"`` the first payment carries no interest.
    """
    r, n, w = _rate(rate), _nper(nper), _when(when)
    k = _per(per, n)
    total = pmt(r, n, pv, fv, "begin" if w else "end")
    # The balance after k - 1 payments (numpy-financial's "remaining balance on loan").
    growth = _growth(r, k - 1)
    balance = -(
        _CTX.multiply(to_decimal(pv, name="pv"), growth)
        + _CTX.multiply(total, _annuity_factor(r, k - 1, w, growth))
    )
    interest = _CTX.multiply(balance, r)
    if w:
        if k == 1:
            return Decimal(0)
        interest = _CTX.divide(interest, _ONE + r)
    return interest


def ppmt(
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The principal part of payment number ``per``: ``pmt - ipmt``."""
    return pmt(rate, nper, pv, fv, when) - ipmt(rate, per, nper, pv, fv, when)


def nper(rate: object, pmt: object, pv: object, fv: object = 0, when: object = "end") -> Decimal:
    """The number of periods (not necessarily whole) for ``pmt`` to repay ``pv`` (to ``fv``).

    At a zero rate this is ``-(fv + pv) / pmt``, as Excel's NPER (numpy-financial 1.0 returns
    ``(pv - fv) / pmt`` there for scalar input, which is wrong whenever ``fv`` is not zero).

    Raises:
        InvalidInputError: no number of periods works (the payment does not cover the interest, or a zero
            payment).
    """
    r, w = _rate(rate), _when(when)
    payment, p, f = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv"), to_decimal(fv, name="fv")

    def impossible() -> InvalidInputError:
        return InvalidInputError(
            th=f"ไม่มีจำนวนงวดใดที่ทำให้ชำระหมด (งวดละ {payment} ไม่พอจ่ายดอกเบี้ย)",
            en=f"no number of periods repays this loan (a payment of {payment} does not cover the interest)",
            field="pmt",
            value=payment,
        )

    if r == 0:
        if payment == 0:
            raise impossible()
        return -_CTX.divide(f + p, payment)
    z = _CTX.divide(_CTX.multiply(payment, _ONE + r * w), r)
    denominator = p + z
    if denominator == 0:
        raise impossible()
    ratio = _CTX.divide(z - f, denominator)
    if ratio <= 0:
        raise impossible()
    return _CTX.divide(_CTX.ln(ratio), _CTX.ln(_ONE + r))


def rate(
    nper: object,
    pmt: object,
    pv: object,
    fv: object = 0,
    when: object = "end",
    guess: object = "0.1",
    tol: object = "1e-20",
    maxiter: int = 100,
) -> Decimal:
    """The rate per period that makes ``nper`` payments of ``pmt`` repay ``pv`` (to ``fv``), by Newton's method.

    Raises:
        InvalidInputError: the iteration does not converge within ``maxiter`` steps (numpy-financial returns
            NaN there).
    """
    n, w = _nper(nper), _when(when)
    payment, p, f = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    r = to_decimal(guess, name="guess")
    tolerance = to_decimal(tol, name="tol")
    with decimal.localcontext(_CTX):
        found = _newton_rate(n, payment, p, f, w, r, tolerance, maxiter)
    if found is not None:
        return found
    raise InvalidInputError(
        th="หาอัตราต่องวดไม่ได้ (การคำนวณไม่ลู่เข้า) ลองค่า guess อื่น",
        en="the rate did not converge; try another guess",
        field="guess",
        value=guess,
    )


def _newton_rate(
    n: Decimal, payment: Decimal, p: Decimal, f: Decimal, w: int, r: Decimal, tolerance: Decimal, maxiter: int
) -> Decimal | None:
    for _ in range(maxiter):
        if r <= -1:
            break
        growth = _growth(r, n)
        growth_prev = _growth(r, n - 1)
        if r == 0:
            r = Decimal("1e-12")  # the closed forms divide by the rate; step off zero
            continue
        # g(r) = fv + pv·(1+r)^n + pmt·(1 + r·w)·((1+r)^n − 1)/r, and its derivative (as numpy-financial).
        t1 = growth - _ONE
        g = f + p * growth + payment * (_ONE + r * w) * t1 / r
        dg = n * growth_prev * p - payment * t1 / (r * r) + n * payment * growth_prev * (_ONE + r * w) / r
        dg += payment * t1 * w / r
        if dg == 0:
            break
        step = g / dg
        r = r - step
        if abs(step) < tolerance:
            return r
    return None
