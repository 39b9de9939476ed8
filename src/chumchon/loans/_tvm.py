"""The arithmetic the time-value formulas share (private to :mod:`chumchon.loans`): the input checks of
rate, nper, when, maxiter and tol, the growth and annuity factors, and :func:`exactly`, which computes a value to
:data:`ACCURACY` or refuses it. :mod:`chumchon.loans.finance`, :mod:`chumchon.loans.finance_excel` and
:mod:`chumchon.loans.cashflows` use it."""

from __future__ import annotations

import decimal
import math
from collections.abc import Callable
from decimal import Decimal

from chumchon._checks import number
from chumchon.errors import InvalidInputError
from chumchon.loans import _solver as solver
from chumchon.money import DECIMAL_CONTEXT

#: The largest number of periods (either sign) the formulas accept: a million months is 83,333 years.
MAX_PERIODS = 10**6
#: The largest ``maxiter`` :func:`rate` accepts (Newton's method converges in a few dozen steps or not at all).
MAX_ITERATIONS = 10_000
#: Every unrounded result is within ``ACCURACY × max(|result|, largest amount given)`` of the exact value.
ACCURACY = Decimal("1e-50")
#: The most digits the formulas work with before refusing inputs whose terms cancel too much.
MAX_PRECISION = 20_000

ONE = Decimal(1)
ZERO = Decimal(0)
CTX = DECIMAL_CONTEXT
# What Decimal raises in DECIMAL_CONTEXT when a result does not fit (10^±999999) or a ratio degenerates.
_ARITHMETIC = (decimal.Overflow, decimal.DivisionByZero, decimal.InvalidOperation)


def out_of_range() -> InvalidInputError:
    return InvalidInputError(
        th="ผลลัพธ์ใหญ่หรือเล็กเกินกว่าจะคำนวณได้ (เกิน 10^999999) ตรวจสอบอัตราและจำนวนงวด",
        en="the result is too large or too small to compute (beyond 10^999999); check the rate and nper",
        field="nper",
    )


def when_code(when: object) -> int:
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


def period_rate(value: object) -> Decimal:
    r = number(value, "rate")
    if r <= -1:
        raise InvalidInputError(
            th=f"อัตราต่องวดต้องมากกว่า -1 ไม่ใช่ {r}",
            en=f"the rate per period must exceed -1, not {r}",
            field="rate",
        )
    return r


def period_count(value: object, *, allow_zero: bool = False) -> Decimal:
    n = number(value, "nper")
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


def compound(r: Decimal, n: Decimal) -> Decimal:
    """(1 + r) ** n in the current context (see :func:`exactly` for the precision)."""
    return (ONE + r) ** n


def exactly(compute: Callable[[], Decimal], scale: Decimal, r: Decimal = ZERO, n: Decimal = ZERO) -> Decimal:
    """``compute()`` to the documented accuracy, or refused.

    The formulas subtract quantities of the size of ``(1 + r)^n`` times the amounts to get results that can be
    far smaller, so a fixed precision can be silently wrong. The value is computed at a precision of 60 digits
    plus the digits of ``(1 + r)^n``, then again with 20 more; the two must agree within
    :data:`ACCURACY` × max(|value|, ``scale``), else the precision grows (up to :data:`MAX_PRECISION` digits,
    beyond which the inputs are refused). The answer is rounded to chumchon's 60 digits.
    """
    try:
        magnitude = abs(float(n) * math.log10(float(ONE + r))) if r > -1 and n else 0.0
    except (OverflowError, ValueError):
        magnitude = math.inf
    if magnitude > MAX_PRECISION:
        # Terms of (1 + r)^n digits may cancel: fewer digits than that could agree on a wrong answer.
        raise too_precise()
    precision = CTX.prec + int(magnitude)
    previous: Decimal | None = None
    while precision <= MAX_PRECISION + 2 * CTX.prec:
        context = CTX.copy()
        context.prec = precision
        with decimal.localcontext(context):
            value = compute()
            if previous is not None and abs(value - previous) <= ACCURACY * max(abs(value), scale):
                return CTX.plus(value) if value else ZERO
        precision += 20 if previous is None else precision // 2
        previous = value
    raise too_precise()


def too_precise() -> InvalidInputError:
    return InvalidInputError(
        th=f"คำนวณให้แม่นยำพอไม่ได้ภายใน {MAX_PRECISION} หลัก ((1 + อัตรา) ยกกำลังจำนวนงวดใหญ่หรือเล็กเกินไป) "
        "ตรวจสอบอัตราและจำนวนงวด",
        en=f"the result cannot be computed exactly within {MAX_PRECISION} digits ((1 + rate) to the power nper is "
        "too large or too small); check the rate and nper",
        field="nper",
    )


def largest(*amounts: Decimal) -> Decimal:
    return max(abs(a) for a in amounts)


def annuity_factor(r: Decimal, n: Decimal, w: int, growth: Decimal) -> Decimal:
    # A rate so small that 1 + r rounds to 1 at 60 digits is zero to that precision.
    if r == 0 or growth == ONE:
        return n
    return (ONE + r * w) * (growth - ONE) / r


def payment(r: Decimal, n: Decimal, p: Decimal, f: Decimal, w: int) -> Decimal:
    growth = compound(r, n)
    return -(f + p * growth) / annuity_factor(r, n, w, growth)


def interest_payment(r: Decimal, k: Decimal, n: Decimal, p: Decimal, f: Decimal, w: int) -> Decimal:
    total = payment(r, n, p, f, w)
    # The balance after k - 1 payments (numpy-financial's "remaining balance on loan").
    growth = compound(r, k - 1)
    balance = -(p * growth + total * annuity_factor(r, k - 1, w, growth))
    interest = balance * r
    if w:
        if k == 1:
            return ZERO
        interest = interest / (ONE + r)
    return interest


def guarded(compute: Callable[[], Decimal], scale: Decimal, r: Decimal, n: Decimal) -> Decimal:
    """:func:`exactly`, with Decimal's range errors turned into a clear refusal."""
    try:
        return exactly(compute, scale, r, n)
    except _ARITHMETIC:
        raise out_of_range() from None


def maxiter(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ITERATIONS:
        raise InvalidInputError(
            th=f"maxiter ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {MAX_ITERATIONS} ไม่ใช่ {value!r}",
            en=f"maxiter must be a whole number from 1 to {MAX_ITERATIONS}, not {value!r}",
            field="maxiter",
            value=value,
        )
    return value


def tolerance(tol: object) -> Decimal:
    tolerance = number(tol, "tol")
    if tolerance <= 0:
        raise InvalidInputError(
            th=f"tol ต้องมากกว่าศูนย์ ไม่ใช่ {tol!r}", en=f"tol must be greater than zero, not {tol!r}", field="tol"
        )
    return tolerance


_NEAR_MINUS_ONE = Decimal("1e-12")


def not_at_minus_one(found: Decimal) -> Decimal:
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


def nearest_rate(flows: solver.CashFlows, guess: Decimal, tolerance: Decimal) -> Decimal:
    """The rate of ``flows`` nearest ``guess``, or a refusal saying why there is none."""
    try:
        roots = solver.all_rates(flows, tolerance)
    except solver.OutOfRangeError:
        raise out_of_range() from None
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
