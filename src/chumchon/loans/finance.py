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
import math
from collections.abc import Callable
from decimal import Decimal

from chumchon.errors import InvalidInputError
from chumchon.loans import _solver as solver
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context, to_decimal

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
MAX_PERIODS = 10**6
#: The largest ``maxiter`` :func:`rate` accepts (Newton's method converges in a few dozen steps or not at all).
MAX_ITERATIONS = 10_000
#: Every unrounded result is within ``ACCURACY × max(|result|, largest amount given)`` of the exact value.
ACCURACY = Decimal("1e-50")
#: The most digits the formulas work with before refusing inputs whose terms cancel too much.
MAX_PRECISION = 20_000

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
    """(1 + r) ** n in the current context (see :func:`_exactly` for the precision)."""
    return (_ONE + r) ** n


def _exactly(
    compute: Callable[[], Decimal], scale: Decimal, r: Decimal = _ZERO, n: Decimal = _ZERO
) -> Decimal:
    """``compute()`` to the documented accuracy, or refused.

    The formulas subtract quantities of the size of ``(1 + r)^n`` times the amounts to get results that can be
    far smaller, so a fixed precision can be silently wrong. The value is computed at a precision of 60 digits
    plus the digits of ``(1 + r)^n``, then again with 20 more; the two must agree within
    :data:`ACCURACY` × max(|value|, ``scale``), else the precision grows (up to :data:`MAX_PRECISION` digits,
    beyond which the inputs are refused). The answer is rounded to chumchon's 60 digits.
    """
    try:
        magnitude = abs(float(n) * math.log10(float(_ONE + r))) if r > -1 and n else 0.0
    except (OverflowError, ValueError):
        magnitude = math.inf
    if magnitude > MAX_PRECISION:
        # Terms of (1 + r)^n digits may cancel: fewer digits than that could agree on a wrong answer.
        raise _too_precise()
    precision = _CTX.prec + int(magnitude)
    previous: Decimal | None = None
    while precision <= MAX_PRECISION + 2 * _CTX.prec:
        context = _CTX.copy()
        context.prec = precision
        with decimal.localcontext(context):
            value = compute()
            if previous is not None and abs(value - previous) <= ACCURACY * max(abs(value), scale):
                return _CTX.plus(value) if value else _ZERO
        precision += 20 if previous is None else precision // 2
        previous = value
    raise _too_precise()


def _too_precise() -> InvalidInputError:
    return InvalidInputError(
        th=f"คำนวณให้แม่นยำพอไม่ได้ภายใน {MAX_PRECISION} หลัก ((1 + อัตรา) ยกกำลังจำนวนงวดใหญ่หรือเล็กเกินไป) "
        "ตรวจสอบอัตราและจำนวนงวด",
        en=f"the result cannot be computed exactly within {MAX_PRECISION} digits ((1 + rate) to the power nper is "
        "too large or too small); check the rate and nper",
        field="nper",
    )


def _scale(*amounts: Decimal) -> Decimal:
    return max(abs(a) for a in amounts)


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


def _guarded(compute: Callable[[], Decimal], scale: Decimal, r: Decimal, n: Decimal) -> Decimal:
    """:func:`_exactly`, with Decimal's range errors turned into a clear refusal."""
    try:
        return _exactly(compute, scale, r, n)
    except _ARITHMETIC:
        raise _out_of_range() from None


@in_decimal_context
def pmt(rate: object, nper: object, pv: object, fv: object = 0, when: object = "end") -> Decimal:
    """The payment per period that repays ``pv`` (to ``fv``) over ``nper`` periods (Excel's PMT).

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
    return _guarded(lambda: _pmt(r, n, p, f, w), _scale(p, f), r, n)


@in_decimal_context
def fv(rate: object, nper: object, pmt: object, pv: object, when: object = "end") -> Decimal:
    """The value after ``nper`` periods of ``pv`` and a payment ``pmt`` each period (Excel's FV)."""
    r, w = _rate(rate), _when(when)
    n = _nper(nper, allow_zero=True)
    payment, p = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv")

    def compute() -> Decimal:
        growth = _growth(r, n)
        return -(p * growth + payment * _annuity_factor(r, n, w, growth))

    return _guarded(compute, _scale(payment, p), r, n)


@in_decimal_context
def pv(rate: object, nper: object, pmt: object, fv: object = 0, when: object = "end") -> Decimal:
    """The present value of ``nper`` payments of ``pmt`` (and ``fv`` at the end) (Excel's PV)."""
    r, w = _rate(rate), _when(when)
    n = _nper(nper, allow_zero=True)
    payment, f = to_decimal(pmt, name="pmt"), to_decimal(fv, name="fv")

    def compute() -> Decimal:
        growth = _growth(r, n)
        return -(f + payment * _annuity_factor(r, n, w, growth)) / growth

    return _guarded(compute, _scale(payment, f), r, n)


def _per(per: object, n: Decimal, name: str = "per") -> Decimal:
    k = to_decimal(per, name=name)
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
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The interest part of payment number ``per`` (1-based), as numpy-financial's ``ipmt`` and Excel's IPMT.

    With ``when="begin"`` the first payment carries no interest. ``per`` may be fractional (from 1 to
    ``nper``), as Excel allows: the same formula, the balance after ``per - 1`` periods times the rate.

    >>> from chumchon.money import SATANG
    >>> SATANG.apply(ipmt("0.01", "2.5", 24, 500000))
    Decimal('-4721.25')
    """
    r, n, w = _rate(rate), _nper(nper), _when(when)
    k = _per(per, n)
    p, f = to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    return _guarded(lambda: _ipmt(r, k, n, p, f, w), _scale(p, f), r, n)


@in_decimal_context
def ppmt(
    rate: object, per: object, nper: object, pv: object, fv: object = 0, when: object = "end"
) -> Decimal:
    """The principal part of payment number ``per``: ``pmt - ipmt`` (Excel's PPMT; ``per`` may be fractional).

    Exact even where ``(1 + rate)^nper`` is astronomically large (the precision grows with it):

    >>> from chumchon.money import SATANG
    >>> SATANG.apply(ppmt("0.358828", 441, 468, "10689.81", "220398.32", 1))
    Decimal('-11.40')
    """
    r, n, w = _rate(rate), _nper(nper), _when(when)
    k = _per(per, n)
    p, f = to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    return _guarded(lambda: _pmt(r, n, p, f, w) - _ipmt(r, k, n, p, f, w), _scale(p, f), r, n)


@in_decimal_context
def nper(rate: object, pmt: object, pv: object, fv: object = 0, when: object = "end") -> Decimal:
    """The number of periods (not necessarily whole) for ``pmt`` to repay ``pv`` (to ``fv``) (Excel's NPER).

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

    def compute() -> Decimal:
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
        return ratio.ln() / (_ONE + r).ln()

    # The answer is a number of periods: its accuracy is measured against one period.
    return _guarded(compute, _ONE, _ZERO, _ZERO)


def _maxiter(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ITERATIONS:
        raise InvalidInputError(
            th=f"maxiter ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {MAX_ITERATIONS} ไม่ใช่ {value!r}",
            en=f"maxiter must be a whole number from 1 to {MAX_ITERATIONS}, not {value!r}",
            field="maxiter",
            value=value,
        )
    return value


def _tolerance(tol: object) -> Decimal:
    tolerance = to_decimal(tol, name="tol")
    if tolerance <= 0:
        raise InvalidInputError(
            th=f"tol ต้องมากกว่าศูนย์ ไม่ใช่ {tol!r}", en=f"tol must be greater than zero, not {tol!r}", field="tol"
        )
    return tolerance


#: Up to this many whole periods, :func:`rate` proves that no rate exists before saying so.
MAX_PROVEN_PERIODS = 10_000


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
    n, w = _nper(nper), _when(when)
    payment, p, f = to_decimal(pmt, name="pmt"), to_decimal(pv, name="pv"), to_decimal(fv, name="fv")
    start = to_decimal(guess, name="guess")
    tolerance = _tolerance(tol)
    iterations = _maxiter(maxiter)

    def value(r: Decimal) -> tuple[Decimal, Decimal]:
        # g(r) = fv + pv·(1+r)^n + pmt·(1 + r·w)·((1+r)^n − 1)/r and its exact derivative.
        if r == 0:
            return f + p + payment * n, n * p + payment * n * (n - 1 + 2 * w) / 2
        growth = _growth(r, n)
        slope_growth = n * growth / (_ONE + r)
        t1 = growth - _ONE
        g = f + p * growth + payment * (_ONE + r * w) * t1 / r
        dg = p * slope_growth + payment * (w * t1 / r + (_ONE + r * w) * (slope_growth / r - t1 / (r * r)))
        return g, dg

    found = solver.newton(value, start, tolerance, iterations)
    if found is not None:
        return _not_at_minus_one(found)
    if n == n.to_integral_value() and 1 <= n <= MAX_PROVEN_PERIODS:
        count = int(n)
        # The same equation as cash flows at times 0..n (divided by (1 + r)^n).
        coefficients = [p + payment * w] + [payment] * (count - 1) + [f + payment * (1 - w)]
        if count == 1:
            coefficients = [p + payment * w, f + payment * (1 - w)]
        flows = solver.CashFlows(coefficients, [Decimal(t) for t in range(count + 1)])
        return _not_at_minus_one(_nearest_rate(flows, start, tolerance))
    found = solver.scan(value, start, tolerance)
    if found is None:
        raise InvalidInputError(
            th="หาอัตราต่องวดไม่พบเมื่อค้นจาก guess ออกไปทั้งสองทาง ลองค่า guess อื่น",
            en="no rate was found searching outward from the guess in both directions; try another guess",
            field="guess",
            value=guess,
        )
    return _not_at_minus_one(found)


_NEAR_MINUS_ONE = Decimal("1e-12")


def _not_at_minus_one(found: Decimal) -> Decimal:
    """``found``, unless it lies within 10^-12 of -1. The solvers stop within an absolute tolerance of r
    (1e-20 by default), so 1 + r below 10^-12 keeps too few correct digits and may be no root at all
    (Hypothesis found one at 1 + r = 4.8e-25): refused, never wrong."""
    if found + 1 < _NEAR_MINUS_ONE:
        raise InvalidInputError(
            th=f"อัตราที่ทำให้มูลค่าเป็นศูนย์อยู่ใกล้ -1 (ลดลงร้อยละ 100) เกินกว่าจะคำนวณได้แม่นยำ (1 + r = {found + 1:.3E})",
            en=f"the rate that makes the value zero is too close to -1 (a 100% loss) to give exactly "
            f"(1 + r = {found + 1:.3E})",
            field="rate",
        )
    return found


def _nearest_rate(flows: solver.CashFlows, guess: Decimal, tolerance: Decimal) -> Decimal:
    """The rate of ``flows`` nearest ``guess``, or a refusal saying why there is none."""
    try:
        roots = solver.all_rates(flows, tolerance)
    except solver.OutOfRangeError:
        raise _out_of_range() from None
    except solver.TooManySignChangesError as error:
        found = solver.scan(flows, guess, tolerance)
        if found is not None:
            return found
        raise InvalidInputError(
            th=f"กระแสเงินสดเปลี่ยนเครื่องหมาย {error.args[0]} ครั้ง จึงอาจมีหลายอัตรา และไม่พบอัตราใกล้ guess "
            "ใส่ guess ที่ใกล้คำตอบ",
            en=f"the cash flows change sign {error.args[0]} times, so there may be many rates, and none was found "
            "near the guess; give a guess close to the one you want",
            field="guess",
            value=guess,
        ) from None
    if not roots:
        same_sign = not flows.sign_changes()
        raise InvalidInputError(
            th="ไม่มีอัตราต่องวดใดที่มากกว่า -1 ที่ทำให้กระแสเงินสดนี้สมดุล"
            + (" (ทุกยอดมีเครื่องหมายเดียวกัน)" if same_sign else ""),
            en="no rate above -1 balances these cash flows"
            + (" (they all have the same sign)" if same_sign else ""),
            field="pmt",
        )
    return solver.nearest(roots, guess)


def _periods_per_year(npery: object) -> int:
    # Excel truncates npery to a whole number and refuses fewer than one period a year.
    count = to_decimal(npery, name="npery").to_integral_value(rounding=decimal.ROUND_DOWN)
    if count < 1 or count > MAX_PERIODS:
        raise InvalidInputError(
            th=f"จำนวนงวดต่อปี (npery) ต้องอยู่ระหว่าง 1 ถึง {MAX_PERIODS} ไม่ใช่ {npery!r}",
            en=f"npery (periods a year) must be from 1 to {MAX_PERIODS}, not {npery!r}",
            field="npery",
            value=npery,
        )
    return int(count)


def _positive_rate(value: object, name: str) -> Decimal:
    r = to_decimal(value, name=name)
    if r <= 0:
        raise InvalidInputError(
            th=f"{name} ต้องมากกว่าศูนย์ (ตามฟังก์ชันของ Excel) ไม่ใช่ {r}",
            en=f"{name} must be greater than zero (as in Excel), not {r}",
            field=name,
            value=value,
        )
    return r


@in_decimal_context
def effect(nominal_rate: object, npery: object) -> Decimal:
    """The effective annual rate of ``nominal_rate`` compounded ``npery`` times a year (Excel's EFFECT):
    ``(1 + nominal_rate / npery) ** npery − 1``.

    ``npery`` is truncated to a whole number, as Excel does.

    >>> round(effect("0.0525", 4), 9)  # Microsoft's example
    Decimal('0.053542667')

    Raises:
        InvalidInputError: ``nominal_rate`` is not above zero, or ``npery`` is below 1.
    """
    nominal = _positive_rate(nominal_rate, "nominal_rate")
    count = Decimal(_periods_per_year(npery))
    return _guarded(lambda: (_ONE + nominal / count) ** count - _ONE, _ZERO, nominal / count, count)


@in_decimal_context
def nominal(effect_rate: object, npery: object) -> Decimal:
    """The nominal annual rate, compounded ``npery`` times a year, whose effective rate is ``effect_rate``
    (Excel's NOMINAL): ``npery × ((1 + effect_rate) ** (1 / npery) − 1)``.

    >>> round(nominal("0.053543", 4), 10)  # Microsoft's example shows 0.052500319, cut to 9 places
    Decimal('0.0525003199')

    Raises:
        InvalidInputError: ``effect_rate`` is not above zero, or ``npery`` is below 1.
    """
    effective = _positive_rate(effect_rate, "effect_rate")
    count = Decimal(_periods_per_year(npery))
    return _guarded(lambda: count * ((_ONE + effective) ** (_ONE / count) - _ONE), _ZERO, _ZERO, _ZERO)


def _whole_period(value: object, name: str, low: int, high: Decimal) -> int:
    # Excel truncates the periods of CUMIPMT/CUMPRINC to whole numbers.
    k = to_decimal(value, name=name).to_integral_value(rounding=decimal.ROUND_DOWN)
    if not low <= k <= high:
        raise InvalidInputError(
            th=f"{name} ต้องเป็นงวดที่ {low} ถึง {high} ไม่ใช่ {value!r}",
            en=f"{name} must be a period from {low} to {high}, not {value!r}",
            field=name,
            value=value,
        )
    return int(k)


def _cumulative_arguments(
    rate: object, nper: object, pv: object, start_period: object, end_period: object, when: object
) -> tuple[Decimal, Decimal, Decimal, int, int, int]:
    r = _positive_rate(rate, "rate")
    n = _nper(nper).to_integral_value(rounding=decimal.ROUND_DOWN)
    if n < 1:
        raise InvalidInputError(
            th=f"จำนวนงวดต้องมากกว่าศูนย์ ไม่ใช่ {nper!r}",
            en=f"nper must be at least 1, not {nper!r}",
            field="nper",
        )
    p = to_decimal(pv, name="pv")
    if p <= 0:
        raise InvalidInputError(
            th=f"pv ต้องมากกว่าศูนย์ (ตามฟังก์ชันของ Excel) ไม่ใช่ {p}",
            en=f"pv must be greater than zero (as in Excel), not {p}",
            field="pv",
            value=pv,
        )
    w = _when(when)
    first = _whole_period(start_period, "start_period", 1, n)
    last = _whole_period(end_period, "end_period", first, n)
    return r, n, p, first, last, w


def _cumulative_interest(r: Decimal, n: Decimal, p: Decimal, first: int, last: int, w: int) -> Decimal:
    """Σ ipmt over periods ``first..last``: r × the sum of the balances fv(j), j = first-1 .. last-1."""
    payment = _pmt(r, n, p, _ZERO, w)
    level = payment * (_ONE + r * w) / r
    count = last - first + 1
    powers = _growth(r, Decimal(first - 1)) * (_growth(r, Decimal(count)) - _ONE) / r  # Σ (1+r)^j
    balances = -(p + level) * powers + level * count
    if w:
        if first == 1:
            balances += p  # the first payment is made at once: no interest (fv(0) = -pv is not charged)
        return r * balances / (_ONE + r)
    return r * balances


@in_decimal_context
def cumipmt(
    rate: object, nper: object, pv: object, start_period: object, end_period: object, when: object = "end"
) -> Decimal:
    """The interest paid in periods ``start_period`` to ``end_period`` (Excel's CUMIPMT), negative as paid.

    ``when`` is Excel's ``type``: 0 or ``"end"``, 1 or ``"begin"``. The periods and ``nper`` are truncated to
    whole numbers, as Excel does.

    >>> round(cumipmt("0.0075", 360, 125000, 13, 24, 0), 5)  # Microsoft's example: the second year
    Decimal('-11135.23213')

    Raises:
        InvalidInputError: ``rate``, ``nper`` or ``pv`` not above zero, or periods outside 1..nper or in the
            wrong order (Excel's #NUM! cases).
    """
    r, n, p, first, last, w = _cumulative_arguments(rate, nper, pv, start_period, end_period, when)
    return _guarded(lambda: _cumulative_interest(r, n, p, first, last, w), p, r, n)


@in_decimal_context
def cumprinc(
    rate: object, nper: object, pv: object, start_period: object, end_period: object, when: object = "end"
) -> Decimal:
    """The principal repaid in periods ``start_period`` to ``end_period`` (Excel's CUMPRINC), negative as paid.

    >>> round(cumprinc("0.0075", 360, 125000, 13, 24, 0), 7)  # Microsoft's example
    Decimal('-934.1071234')

    Raises:
        InvalidInputError: as :func:`cumipmt`.
    """
    r, n, p, first, last, w = _cumulative_arguments(rate, nper, pv, start_period, end_period, when)

    def compute() -> Decimal:
        payments = _pmt(r, n, p, _ZERO, w) * (last - first + 1)
        return payments - _cumulative_interest(r, n, p, first, last, w)

    return _guarded(compute, p, r, n)
