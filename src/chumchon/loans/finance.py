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

**Bounds.** ``nper`` may be any number of periods (negative, zero or fractional, as numpy-financial) up to
:data:`MAX_PERIODS` (one million) either way; more cannot describe a loan and would only overflow
``(1 + rate) ** nper``. ``when`` is ``"end"``/``"begin"`` (any case) or 0/1. :func:`rate` takes a whole
``maxiter`` from 1 to :data:`MAX_ITERATIONS` and a positive ``tol``. Inputs whose result would be too large or
too small for Decimal (beyond 10^999999) are refused with :class:`~chumchon.errors.InvalidInputError` rather
than raising :mod:`decimal`'s own exceptions.

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
>>> pmt("0.01", 10**7, 1000)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: จำนวนงวดต้องไม่เกิน 1000000 งวด (บวกหรือลบ) ไม่ใช่ 10000000 / nper must be at most 1000000 periods either way, not 10000000
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from chumchon.errors import InvalidInputError
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context, to_decimal

__all__ = ["MAX_ITERATIONS", "MAX_PERIODS", "fv", "ipmt", "nper", "pmt", "ppmt", "pv", "rate"]

#: The largest number of periods (either sign) the formulas accept: a million months is 83,333 years.
MAX_PERIODS = 10**6
#: The largest ``maxiter`` :func:`rate` accepts (Newton's method converges in a few dozen steps or not at all).
MAX_ITERATIONS = 10_000

_ONE = Decimal(1)
_ZERO = Decimal(0)
_CTX = DECIMAL_CONTEXT
# What Decimal raises in DECIMAL_CONTEXT when a result does not fit (10^±999999) or a ratio degenerates.
_ARITHMETIC = (decimal.Overflow, decimal.DivisionByZero, decimal.InvalidOperation)


def _out_of_range() -> InvalidInputError:
    return InvalidInputError(
        th="ผลลัพธ์ใหญ่หรือเล็กเกินกว่าจะคำนวณได้ (เกิน 10^999999) ตรวจสอบอัตราและจำนวนงวด",
        en="the result is too large or too small to compute (beyond 10^999999); check the rate and nper",
        field="nper",
    )


def _when(when: object) -> int:
    if isinstance(when, str):
        key = when.strip().lower()
        if key == "end":
            return 0
        if key == "begin":
            return 1
    elif isinstance(when, (int, float, Decimal)) and not (isinstance(when, Decimal) and when.is_nan()):
        # 0 and 1 as numbers (bools included, as numpy-financial); a signalling NaN must not be compared.
        if when == 0:
            return 0
        if when == 1:
            return 1
    raise InvalidInputError(
        th=f'when ต้องเป็น "end" (หรือ 0) หรือ "begin" (หรือ 1) ไม่ใช่ {when!r}',
        en=f'when must be "end" (or 0) or "begin" (or 1), not {when!r}',
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


def _nper(value: object, *, allow_zero: bool = False) -> Decimal:
    n = to_decimal(value, name="nper")
    if abs(n) > MAX_PERIODS:
        raise InvalidInputError(
            th=f"จำนวนงวดต้องไม่เกิน {MAX_PERIODS} งวด (บวกหรือลบ) ไม่ใช่ {value!r}",
            en=f"nper must be at most {MAX_PERIODS} periods either way, not {value!r}",
            field="nper",
            value=value,
        )
    if n == 0 and not allow_zero:
        raise InvalidInputError(
            th="จำนวนงวดต้องไม่เป็นศูนย์", en="the number of periods must not be zero", field="nper", value=value
        )
    return n


def _growth(r: Decimal, n: Decimal) -> Decimal:
    """(1 + r) ** n, exactly enough for any real n."""
    return _CTX.power(_CTX.add(_ONE, r), n)


def _annuity_factor(r: Decimal, n: Decimal, w: int, growth: Decimal) -> Decimal:
    # A rate so small that 1 + r rounds to 1 at 60 digits is zero to that precision.
    if r == 0 or growth == _ONE:
        return n
    return (_ONE + r * w) * (growth - _ONE) / r


def _pmt(r: Decimal, n: Decimal, p: Decimal, f: Decimal, w: int) -> Decimal:
    growth = _growth(r, n)
    return -(f + p * growth) / _annuity_factor(r, n, w, growth)


def _ipmt(r: Decimal, k: Decimal, n: Decimal, p: Decimal, f: Decimal, w: int) -> Decimal:
    total = _pmt(r, n, p, f, w)
    # The balance after k - 1 payments (numpy-financial's "remaining balance on loan").
    growth = _growth(r, k - 1)
    balance = -(p * growth + total * _annuity_factor(r, k - 1, w, growth))
    interest = balance * r
    if w:
        if k == 1:
            return _ZERO
        interest = interest / (_ONE + r)
    return interest


@in_decimal_context
def pmt(rate: object, nper: object, pv: object, fv: object = 0, when: object = "end") -> Decimal:
    """The payment per period that repays ``pv`` (to ``fv``) over ``nper`` periods.

    Raises:
        InvalidInputError: ``nper`` is zero or beyond :data:`MAX_PERIODS`, a rate of -1 or below, a
            non-numeric input, or a result too large to compute.
    """
    r, n, p, f, w = (
        _rate(rate),
        _nper(nper),
        to_decimal(pv, name="pv"),
        to_decimal(fv, name="fv"),
        _when(when),
    )
    try:
        return _pmt(r, n, p, f, w)
    except _ARITHMETIC:
        raise _out_of_range() from None


@in_decimal_context
def fv(rate: object, nper: object, pmt: object, pv: object, when: object = "end") -> Decimal:
    """The value after ``nper`` periods of ``pv`` and a payment ``pmt`` each period."""
    r, w = _rate(rate), _when(when)
    n = _nper(nper, allow_zero=True)
    payment, p = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv")
    try:
        growth = _growth(r, n)
        return -(p * growth + payment * _annuity_factor(r, n, w, growth))
    except _ARITHMETIC:
        raise _out_of_range() from None


@in_decimal_context
def pv(rate: object, nper: object, pmt: object, fv: object = 0, when: object = "end") -> Decimal:
    """The present value of ``nper`` payments of ``pmt`` (and ``fv`` at the end)."""
    r, w = _rate(rate), _when(when)
    n = _nper(nper, allow_zero=True)
    payment, f = to_decimal(pmt, name="pmt"), to_decimal(fv, name="fv")
    try:
        growth = _growth(r, n)
        return -(f + payment * _annuity_factor(r, n, w, growth)) / growth
    except _ARITHMETIC:
        raise _out_of_range() from None


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


@in_decimal_context
def ipmt(
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The interest part of payment number ``per`` (1-based), as numpy-financial's ``ipmt``.

    With ``when="begin"`` the first payment carries no interest.
    """
    r, n, w = _rate(rate), _nper(nper), _when(when)
    k = _per(per, n)
    p, f = to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    try:
        return _ipmt(r, k, n, p, f, w)
    except _ARITHMETIC:
        raise _out_of_range() from None


@in_decimal_context
def ppmt(
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The principal part of payment number ``per``: ``pmt - ipmt``."""
    r, n, w = _rate(rate), _nper(nper), _when(when)
    k = _per(per, n)
    p, f = to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    try:
        return _pmt(r, n, p, f, w) - _ipmt(r, k, n, p, f, w)
    except _ARITHMETIC:
        raise _out_of_range() from None


@in_decimal_context
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

    try:
        if r == 0 or _ONE + r == _ONE:
            if payment == 0:
                raise impossible()
            return -(f + p) / payment
        z = payment * (_ONE + r * w) / r
        denominator = p + z
        if denominator == 0:
            raise impossible()
        ratio = (z - f) / denominator
        if ratio <= 0:
            raise impossible()
        return _CTX.ln(ratio) / _CTX.ln(_ONE + r)
    except _ARITHMETIC:
        raise _out_of_range() from None


def _maxiter(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ITERATIONS:
        raise InvalidInputError(
            th=f"maxiter ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {MAX_ITERATIONS} ไม่ใช่ {value!r}",
            en=f"maxiter must be a whole number from 1 to {MAX_ITERATIONS}, not {value!r}",
            field="maxiter",
            value=value,
        )
    return value


@in_decimal_context
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
            NaN there), or ``maxiter`` is not a whole number from 1 to :data:`MAX_ITERATIONS`, or ``tol`` is not
            positive.
    """
    n, w = _nper(nper), _when(when)
    payment, p, f = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    r = to_decimal(guess, name="guess")
    tolerance = to_decimal(tol, name="tol")
    if tolerance <= 0:
        raise InvalidInputError(
            th=f"tol ต้องมากกว่าศูนย์ ไม่ใช่ {tol!r}", en=f"tol must be greater than zero, not {tol!r}", field="tol"
        )
    found = _newton_rate(n, payment, p, f, w, r, tolerance, _maxiter(maxiter))
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
    try:
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
    except _ARITHMETIC:
        return None  # the iteration ran off to a rate whose powers do not fit: it does not converge
    return None
