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

from decimal import Decimal

from chumchon._checks import MoneyLike, RateLike, number
from chumchon.errors import InvalidInputError
from chumchon.loans import _solver as solver
from chumchon.loans import _tvm as tvm
from chumchon.loans.finance_excel import cumipmt as cumipmt
from chumchon.loans.finance_excel import cumprinc as cumprinc
from chumchon.loans.finance_excel import effect as effect
from chumchon.loans.finance_excel import nominal as nominal
from chumchon.money import in_decimal_context

# EFFECT, NOMINAL, CUMIPMT and CUMPRINC live in chumchon.loans.finance_excel and stay importable here.
__all__ = [
    "ACCURACY",
    "MAX_ITERATIONS",
    "MAX_PERIODS",
    "MAX_PRECISION",
    "MAX_PROVEN_PERIODS",
    "cumipmt",
    "cumprinc",
    "effect",
    "fv",
    "ipmt",
    "nominal",
    "nper",
    "pmt",
    "ppmt",
    "pv",
    "rate",
]

#: The largest number of periods (either sign) the formulas accept: a million months is 83,333 years.
MAX_PERIODS = tvm.MAX_PERIODS
#: The largest ``maxiter`` :func:`rate` accepts (Newton's method converges in a few dozen steps or not at all).
MAX_ITERATIONS = tvm.MAX_ITERATIONS
#: Every unrounded result is within ``ACCURACY × max(|result|, largest amount given)`` of the exact value.
ACCURACY = tvm.ACCURACY
#: The most digits the formulas work with before refusing inputs whose terms cancel too much.
MAX_PRECISION = tvm.MAX_PRECISION


@in_decimal_context
def pmt(
    rate: RateLike,
    nper: Decimal | int | float | str,
    pv: MoneyLike,
    fv: MoneyLike = 0,
    when: str | int = "end",
) -> Decimal:
    """The payment per period that repays ``pv`` (to ``fv``) over ``nper`` periods (Excel's PMT).

    Raises:
        InvalidInputError: ``nper`` is zero or beyond :data:`MAX_PERIODS`, a rate of -1 or below, a
            non-numeric input, or a result too large to compute.
    """
    r, n, p, f, w = (
        tvm.period_rate(rate),
        tvm.period_count(nper),
        number(pv, "pv"),
        number(fv, "fv"),
        tvm.when_code(when),
    )
    return tvm.guarded(lambda: tvm.payment(r, n, p, f, w), tvm.largest(p, f), r, n)


@in_decimal_context
def fv(
    rate: RateLike, nper: Decimal | int | float | str, pmt: MoneyLike, pv: MoneyLike, when: str | int = "end"
) -> Decimal:
    """The value after ``nper`` periods of ``pv`` and a payment ``pmt`` each period (Excel's FV)."""
    r, w = tvm.period_rate(rate), tvm.when_code(when)
    n = tvm.period_count(nper, allow_zero=True)
    payment, p = number(pmt, "pmt"), number(pv, "pv")

    def compute() -> Decimal:
        growth = tvm.compound(r, n)
        return -(p * growth + payment * tvm.annuity_factor(r, n, w, growth))

    return tvm.guarded(compute, tvm.largest(payment, p), r, n)


@in_decimal_context
def pv(
    rate: RateLike,
    nper: Decimal | int | float | str,
    pmt: MoneyLike,
    fv: MoneyLike = 0,
    when: str | int = "end",
) -> Decimal:
    """The present value of ``nper`` payments of ``pmt`` (and ``fv`` at the end) (Excel's PV)."""
    r, w = tvm.period_rate(rate), tvm.when_code(when)
    n = tvm.period_count(nper, allow_zero=True)
    payment, f = number(pmt, "pmt"), number(fv, "fv")

    def compute() -> Decimal:
        growth = tvm.compound(r, n)
        return -(f + payment * tvm.annuity_factor(r, n, w, growth)) / growth

    return tvm.guarded(compute, tvm.largest(payment, f), r, n)


def _per(per: object, n: Decimal, name: str = "per") -> Decimal:
    k = number(per, name)
    if not 1 <= k <= n:
        raise InvalidInputError(
            th=f"งวดที่ ({name}) ต้องอยู่ระหว่าง 1 ถึง {n} ไม่ใช่ {per!r}",
            en=f"{name} must be from 1 to {n}, not {per!r}",
            field=name,
            value=per,
        )
    return k


@in_decimal_context
def ipmt(
    rate: RateLike,
    per: Decimal | int | float | str,
    nper: Decimal | int | float | str,
    pv: MoneyLike,
    fv: MoneyLike = 0,
    when: str | int = "end",
) -> Decimal:
    """The interest part of payment number ``per`` (1-based), as numpy-financial's ``ipmt`` and Excel's IPMT.

    With ``when="begin"`` the first payment carries no interest. ``per`` may be fractional (from 1 to
    ``nper``), as Excel allows: the same formula, the balance after ``per - 1`` periods times the rate.

    >>> from chumchon.money import SATANG
    >>> SATANG.apply(ipmt("0.01", "2.5", 24, 500000))
    Decimal('-4721.25')
    """
    r, n, w = tvm.period_rate(rate), tvm.period_count(nper), tvm.when_code(when)
    k = _per(per, n)
    p, f = number(pv, "pv"), number(fv, "fv")
    return tvm.guarded(lambda: tvm.interest_payment(r, k, n, p, f, w), tvm.largest(p, f), r, n)


@in_decimal_context
def ppmt(
    rate: RateLike,
    per: Decimal | int | float | str,
    nper: Decimal | int | float | str,
    pv: MoneyLike,
    fv: MoneyLike = 0,
    when: str | int = "end",
) -> Decimal:
    """The principal part of payment number ``per``: ``pmt - ipmt`` (Excel's PPMT; ``per`` may be fractional).

    Exact even where ``(1 + rate)^nper`` is astronomically large (the precision grows with it):

    >>> from chumchon.money import SATANG
    >>> SATANG.apply(ppmt("0.358828", 441, 468, "10689.81", "220398.32", 1))
    Decimal('-11.40')
    """
    r, n, w = tvm.period_rate(rate), tvm.period_count(nper), tvm.when_code(when)
    k = _per(per, n)
    p, f = number(pv, "pv"), number(fv, "fv")
    return tvm.guarded(
        lambda: tvm.payment(r, n, p, f, w) - tvm.interest_payment(r, k, n, p, f, w), tvm.largest(p, f), r, n
    )


@in_decimal_context
def nper(
    rate: RateLike, pmt: MoneyLike, pv: MoneyLike, fv: MoneyLike = 0, when: str | int = "end"
) -> Decimal:
    """The number of periods (not necessarily whole) for ``pmt`` to repay ``pv`` (to ``fv``) (Excel's NPER).

    At a zero rate this is ``-(fv + pv) / pmt``, as Excel's NPER (numpy-financial 1.0 returns
    ``(pv - fv) / pmt`` there for scalar input, which is wrong whenever ``fv`` is not zero).

    Raises:
        InvalidInputError: no number of periods works (the payment does not cover the interest, or a zero
            payment).
    """
    r, w = tvm.period_rate(rate), tvm.when_code(when)
    payment, p, f = number(pmt, "pmt"), number(pv, "pv"), number(fv, "fv")

    def impossible() -> InvalidInputError:
        return InvalidInputError(
            th=f"ไม่มีจำนวนงวดใดที่ทำให้ชำระหมด (งวดละ {payment} ไม่พอจ่ายดอกเบี้ย)",
            en=f"no number of periods repays this loan (a payment of {payment} does not cover the interest)",
            field="pmt",
            value=payment,
        )

    def compute() -> Decimal:
        if r == 0 or tvm.ONE + r == tvm.ONE:
            if payment == 0:
                raise impossible()
            return -(f + p) / payment
        z = payment * (tvm.ONE + r * w) / r
        denominator = p + z
        if denominator == 0:
            raise impossible()
        ratio = (z - f) / denominator
        if ratio <= 0:
            raise impossible()
        return ratio.ln() / (tvm.ONE + r).ln()

    # The answer is a number of periods: its accuracy is measured against one period.
    return tvm.guarded(compute, tvm.ONE, tvm.ZERO, tvm.ZERO)


#: Up to this many whole periods, :func:`rate` proves that no rate exists before saying so.
MAX_PROVEN_PERIODS = 10_000


@in_decimal_context
def rate(
    nper: Decimal | int | float | str,
    pmt: MoneyLike,
    pv: MoneyLike,
    fv: MoneyLike = 0,
    when: str | int = "end",
    guess: RateLike = "0.1",
    tol: Decimal | int | float | str = "1e-20",
    maxiter: int = 100,
) -> Decimal:
    """The rate per period that makes ``nper`` payments of ``pmt`` repay ``pv`` (to ``fv``) (Excel's RATE).

    Newton's method from ``guess`` first (with the exact derivative for both ``when`` values), as Excel and
    numpy-financial do, so where several rates solve the equation this returns the one they find. When that
    diverges, every rate above -1 is isolated exactly (see :mod:`chumchon.loans._solver`) and the one nearest
    ``guess`` is returned. The result is within ``tol`` of the root.

    >>> rate(6, -17000, 100000, 0, "begin")
    Decimal('0.00798974147...')
    >>> round(rate(11, "-76154.43", "10941.61"), 10)
    Decimal('6.9600753445')
    >>> rate(12, 100, 1000)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ไม่มีอัตราต่องวดใดที่มากกว่า -1 ที่ทำให้กระแสเงินสดนี้สมดุล (ทุกยอดมีเครื่องหมายเดียวกัน) / no rate above -1 balances these cash flows (they all have the same sign)

    Raises:
        InvalidInputError: no rate above -1 exists (proved for whole ``nper`` up to
            :data:`MAX_PROVEN_PERIODS`; otherwise none was found by scanning outward from ``guess``), or
            ``maxiter`` is not a whole number from 1 to :data:`MAX_ITERATIONS`, or ``tol`` is not positive.
    """
    n, w = tvm.period_count(nper), tvm.when_code(when)
    payment, p, f = number(pmt, "pmt"), number(pv, "pv"), number(fv, "fv")
    start = number(guess, "guess")
    tolerance = tvm.tolerance(tol)
    iterations = tvm.maxiter(maxiter)

    def value(r: Decimal) -> tuple[Decimal, Decimal]:
        # g(r) = fv + pv·(1+r)^n + pmt·(1 + r·w)·((1+r)^n − 1)/r and its exact derivative.
        if r == 0:
            return f + p + payment * n, n * p + payment * n * (n - 1 + 2 * w) / 2
        growth = tvm.compound(r, n)
        slope_growth = n * growth / (tvm.ONE + r)
        t1 = growth - tvm.ONE
        g = f + p * growth + payment * (tvm.ONE + r * w) * t1 / r
        dg = p * slope_growth + payment * (w * t1 / r + (tvm.ONE + r * w) * (slope_growth / r - t1 / (r * r)))
        return g, dg

    found = solver.newton(value, start, tolerance, iterations)
    if found is not None:
        return tvm.not_at_minus_one(found)
    if n == n.to_integral_value() and 1 <= n <= MAX_PROVEN_PERIODS:
        count = int(n)
        # The same equation as cash flows at times 0..n (divided by (1 + r)^n).
        coefficients = [p + payment * w] + [payment] * (count - 1) + [f + payment * (1 - w)]
        if count == 1:
            coefficients = [p + payment * w, f + payment * (1 - w)]
        flows = solver.CashFlows(coefficients, [Decimal(t) for t in range(count + 1)])
        return tvm.not_at_minus_one(tvm.nearest_rate(flows, start, tolerance))
    found = solver.scan(value, start, tolerance)
    if found is None:
        raise InvalidInputError(
            th="หาอัตราต่องวดไม่พบเมื่อค้นจาก guess ออกไปทั้งสองทาง ลองค่า guess อื่น",
            en="no rate was found searching outward from the guess in both directions; try another guess",
            field="guess",
            value=guess,
        )
    return tvm.not_at_minus_one(found)
