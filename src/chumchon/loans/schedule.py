"""Repayment schedules (ตารางผ่อนชำระ): exact, dated, rounded by stated rules.

:func:`build_schedule` turns :class:`~chumchon.loans.terms.LoanTerms` into a :class:`Schedule` of
:class:`Installment` rows (number, due date, principal, interest, payment, balance). Always:

* the principal parts add up to the loan exactly, and the balance ends at zero and never goes negative;
* each payment is principal + interest;
* with a rounding rule, every instalment but one is a multiple of the rule's quantum, and the one named by
  ``remainder_on`` (the last by default) absorbs the difference: no extra, tiny or negative instalment.
  If the quantum is too coarse for the loan (instalments rounded up would repay it early), the terms are
  refused with :class:`~chumchon.errors.InvalidInputError` rather than bent;
* equal instalments really are equal, except the one that absorbs the remainder.

**Declining balance** (ลดต้นลดดอก): each period's interest is the period rate on the balance still owed,
rounded by ``interest_rounding``. Equal instalments use the annuity formula; with day-count accrual or
interest-free periods the period rates differ, and the payment is the generalised annuity
``balance ÷ Σ_k Π_{j≤k} 1/(1 + r_j)``, so the loan still amortises to (almost exactly) zero before rounding.
**Flat** (ดอกเบี้ยคงที่): each period's interest is the rate on the original principal.
**None**: no interest.

:func:`build_custom_schedule` builds a schedule from the caller's own dated principal amounts (e.g. the
uneven instalments of a กข.คจ. contract).

Example: 500,000 baht at 1% a month, declining balance, 24 equal monthly instalments. The first month's
interest is 1% of 500,000 = 5,000:

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule
>>> terms = LoanTerms.from_monthly_percent(1, principal=500_000, installments=24, disbursed_on=date(2026, 1, 15))
>>> schedule = build_schedule(terms)
>>> first = schedule.installments[0]
>>> first.due_date, first.interest, first.payment
(datetime.date(2026, 2, 15), Decimal('5000.00'), Decimal('23536.74'))
>>> schedule.total_principal, schedule.installments[-1].balance
(Decimal('500000.00'), Decimal('0.00'))

Bad terms are refused before anything is built:

>>> LoanTerms(principal=0, annual_rate="0.12", installments=12, disbursed_on=date(2026, 1, 15))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'principal' ต้องมากกว่าศูนย์ ไม่ใช่ 0 / 'principal' must be greater than zero, not 0
"""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal
from typing import Any

from chumchon.errors import InvalidInputError
from chumchon.loans.custom_schedule import build_custom_schedule as build_custom_schedule
from chumchon.loans.dates import AccrualBasis, year_fraction
from chumchon.loans.schedule_model import Installment as Installment
from chumchon.loans.schedule_model import Schedule as Schedule
from chumchon.loans.terms import (
    Amortization,
    InterestMethod,
    LoanTerms,
    RemainderOn,
)
from chumchon.money import Rounding, in_decimal_context

# Installment and Schedule (chumchon.loans.schedule_model) and build_custom_schedule
# (chumchon.loans.custom_schedule) stay importable here.
__all__ = ["Installment", "Schedule", "build_custom_schedule", "build_schedule"]

_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_ONE = Decimal(1)


def _rounder(rounding: Rounding) -> Any:
    """A fast equivalent of ``rounding.apply`` for use inside ``DECIMAL_CONTEXT`` (one quantize when the
    quantum is a power of ten, the usual case)."""
    quantum = rounding.quantum
    _sign, digits, exponent = quantum.as_tuple()
    if digits == (1,) and int(exponent) <= 0:
        mode = rounding.mode

        def apply(value: Decimal) -> Decimal:
            return value.quantize(quantum, rounding=mode)

        return apply
    return rounding.apply


def _coarse(terms_field: str, rounding: Rounding) -> InvalidInputError:
    return InvalidInputError(
        th=f"การปัดเศษ {rounding} หยาบเกินไปสำหรับเงินกู้นี้: งวดที่ปัดแล้วจะคืนเงินต้นหมดก่อนงวดสุดท้าย "
        f"หรือทำให้งวดใดมีเงินต้นติดลบ ใช้หน่วยปัดที่เล็กกว่า",
        en=f"the rounding {rounding} is too coarse for this loan: rounded instalments would repay it before the "
        f"last instalment or give an instalment negative principal; use a smaller quantum",
        field=terms_field,
        value=rounding,
    )


def _period_rates(terms: LoanTerms, dates: tuple[date, ...]) -> tuple[list[Decimal], Decimal]:
    """Each period's interest rate as a numerator over one common divisor (0 in interest-free periods).

    Interest is ``balance × numerator / divisor`` with the division last, so 37.50 at 0.16% a year for a
    month is exactly 0.005 (and rounds half up to 0.01), not 0.00499… from a pre-divided repeating rate.
    """
    n = terms.installments
    if terms.interest_method is InterestMethod.NONE or not terms.annual_rate:
        return [_ZERO] * n, _ONE
    annual = terms.annual_rate
    if terms.accrual is AccrualBasis.PER_PERIOD:
        numerators = [annual * terms.frequency.months] * n
        divisor = Decimal(12)
    else:
        numerators = []
        previous = terms.disbursed_on
        per_year = 365
        for due in dates:
            days, per_year = year_fraction(previous, due, terms.accrual)
            numerators.append(annual * days)
            previous = due
        divisor = Decimal(per_year)
    for k in range(min(terms.interest_free_periods, n)):
        numerators[k] = _ZERO
    return numerators, divisor


@in_decimal_context
def build_schedule(terms: LoanTerms) -> Schedule:
    """Build the repayment schedule of ``terms`` (see the module docstring for the rules it keeps).

    Args:
        terms: validated loan terms.

    Raises:
        InvalidInputError: ``terms`` is not a :class:`LoanTerms`, or its rounding is too coarse for the loan.
    """
    if not isinstance(terms, LoanTerms):
        raise InvalidInputError(
            th="ต้องส่ง LoanTerms", en=f"terms must be LoanTerms, not {type(terms).__name__}", field="terms"
        )
    rows = _one_pass(terms)
    if rows is None:
        dates = terms.due_dates()
        numerators, divisor = _period_rates(terms, dates)
        principal_parts, interests = _split(terms, numerators, divisor)
        built = []
        balance = terms.principal
        for number, (due, part, interest) in enumerate(
            zip(dates, principal_parts, interests, strict=True), 1
        ):
            balance -= part
            built.append(_new_row(Installment, (number, due, part, interest, part + interest, balance)))
        rows = tuple(built)
    return Schedule(
        principal=terms.principal,
        disbursed_on=terms.disbursed_on,
        installments=rows,
        terms=terms,
        accrual=terms.accrual,
        upfront_fee=terms.upfront_fee,
    )


# Installment rows are made with tuple.__new__ (what NamedTuple._make does) rather than the generated
# Python-level __new__: the same immutable row at a fraction of the cost, which matters in bulk.
_new_row = tuple.__new__
_TWELVE = Decimal(12)
_POWER_OF_TEN: dict[Decimal, bool] = {}


def _is_power_of_ten(quantum: Decimal) -> bool:
    known = _POWER_OF_TEN.get(quantum)
    if known is None:
        _sign, digits, exponent = quantum.as_tuple()
        known = _POWER_OF_TEN[quantum] = digits == (1,) and int(exponent) <= 0
    return known


def _one_pass(terms: LoanTerms) -> tuple[Installment, ...] | None:
    """The usual loan in one pass, or ``None`` for the general path.

    Declining balance, equal instalments, per-period accrual, no grace or interest-free periods, interest
    rounded to a power of ten: every period has the same rate, so the payment is the closed-form annuity and
    each row follows from the one before. The arithmetic is exactly the general path's (the tests compare
    the two, and a plain reference implementation, row for row).
    """
    if (
        terms.interest_method is not InterestMethod.DECLINING_BALANCE
        or terms.amortization is not Amortization.EQUAL_INSTALLMENT
        or terms.accrual is not AccrualBasis.PER_PERIOD
        or terms.grace_periods
        or terms.interest_free_periods
        or not terms.annual_rate
    ):
        return None
    rounding = terms.interest_rounding
    quantum = rounding.quantum
    if not _is_power_of_ten(quantum):
        return None
    mode = rounding.mode
    n = terms.installments
    balance = terms.principal
    numerator = terms.annual_rate * terms.frequency.months
    period_rate = numerator / _TWELVE
    payment = _annuity_payment(balance, period_rate, n)
    installment_rounding = terms.installment_rounding
    if _is_power_of_ten(installment_rounding.quantum):  # what Rounding.apply does for such a quantum
        payment = payment.quantize(installment_rounding.quantum, rounding=installment_rounding.mode)
    else:
        payment = installment_rounding.apply(payment)
    dates = terms.due_dates()
    rows: list[Installment] = []
    append = rows.append
    # Balances fall and interest rounds monotonically, so principal parts never shrink: a positive first part
    # and a balance that stays positive until the last instalment are the same as checking every row.
    if n > 1 and payment <= (balance * numerator / _TWELVE).quantize(quantum, rounding=mode):
        raise _coarse("installment_rounding", installment_rounding)
    # principal + interest is the payment, with the exponent that sum has in every row.
    shown = payment + _ZERO.quantize(quantum)
    for number, due in enumerate(dates[:-1], 1):
        interest = (balance * numerator / _TWELVE).quantize(quantum, rounding=mode)
        part = payment - interest
        balance = balance - part
        if balance <= _ZERO:
            raise _coarse("installment_rounding", installment_rounding)
        append(_new_row(Installment, (number, due, part, interest, shown, balance)))
    interest = (balance * numerator / _TWELVE).quantize(quantum, rounding=mode)
    append(_new_row(Installment, (n, dates[-1], balance, interest, balance + interest, balance - balance)))
    return tuple(rows)


def _split(terms: LoanTerms, rates: list[Decimal], divisor: Decimal) -> tuple[list[Decimal], list[Decimal]]:
    """Principal parts and interest per instalment (runs inside DECIMAL_CONTEXT); period k's interest is
    ``balance × rates[k] / divisor``."""
    n = terms.installments
    grace = terms.grace_periods
    principal = terms.principal
    round_interest = _rounder(terms.interest_rounding)
    amortization = terms.amortization
    flat = terms.interest_method is InterestMethod.FLAT
    if amortization is Amortization.BULLET:
        parts = [_ZERO] * (n - 1) + [principal]
        return parts, [round_interest(principal * r / divisor) for r in rates]
    m = n - grace  # amortising instalments
    remainder_index = n - 1 if terms.remainder_on is RemainderOn.LAST else grace
    if amortization is Amortization.EQUAL_PRINCIPAL:
        parts = _equal_parts(principal, m, terms.installment_rounding, "installment_rounding")
        parts = [_ZERO] * grace + (parts if remainder_index == n - 1 else parts[::-1])
        if flat:
            return parts, [round_interest(principal * r / divisor) for r in rates]
        interests = []
        balance = principal
        for part, r in zip(parts, rates, strict=True):
            interests.append(round_interest(balance * r / divisor))
            balance -= part
        return parts, interests
    # Equal instalments.
    if flat or not any(rates):
        interests = [round_interest(principal * r / divisor) for r in rates]
        total = principal + sum(interests[grace:], _ZERO)
        payments = _equal_parts(total, m, terms.installment_rounding, "installment_rounding")
        if remainder_index != n - 1:
            payments.reverse()
        parts = [_ZERO] * grace + [p - i for p, i in zip(payments, interests[grace:], strict=True)]
        if any(p <= 0 for p in parts[grace:]):
            raise _coarse("installment_rounding", terms.installment_rounding)
        return parts, interests
    return _declining_annuity(terms, rates, divisor, grace, round_interest)


def _annuity_payment(balance: Decimal, rate: Decimal, periods: int) -> Decimal:
    """The level payment ``balance × rate / (1 − (1 + rate)^−periods)``, to the working precision.

    At a fixed 60 digits a tiny rate leaves only the last digits of ``(1 + rate)^−periods`` below 1, so the
    denominator keeps one or two significant digits (1e-58 a year gave 694.44 for 833.33) or none (a division
    by zero). A small rate therefore takes the power with as many more digits as it has leading zeros; a rate
    so small that ``rate × periods`` is below 10^-21 uses the series
    ``balance / periods × (1 + (periods + 1) / 2 × rate + (periods² − 1) / 12 × rate²)``, whose next term is
    below 10^-63 of the payment.
    """
    if rate.adjusted() >= -10:  # ordinary rates: the working precision keeps 50 significant digits
        return balance * rate / (_ONE - (_ONE + rate) ** -periods)
    n = Decimal(periods)
    if (rate * n).adjusted() < -21:
        return balance / n * (_ONE + (n + _ONE) / 2 * rate + (n * n - _ONE) / 12 * rate * rate)
    context = decimal.getcontext()
    with decimal.localcontext(context) as wider:
        wider.prec = context.prec - rate.adjusted()
        gap = _ONE - (_ONE + rate) ** -periods
    return balance * rate / gap


def _equal_parts(total: Decimal, count: int, rounding: Rounding, field: str) -> list[Decimal]:
    """``count`` parts adding up to ``total``: all equal to the rounded share but the last."""
    if count == 1:
        return [total]
    share = rounding.apply(total / count)
    last = total - share * (count - 1)
    if share <= 0 or last <= 0:
        raise _coarse(field, rounding)
    return [share] * (count - 1) + [last]


def _declining_annuity(
    terms: LoanTerms, rates: list[Decimal], divisor: Decimal, grace: int, round_interest: Any
) -> tuple[list[Decimal], list[Decimal]]:
    n = terms.installments
    principal = terms.principal
    amortising = [r / divisor for r in rates[grace:]]
    first = amortising[0]
    if all(r == first for r in amortising):
        # Closed form: P × r / (1 − (1 + r)^−m).
        payment = _annuity_payment(principal, first, len(amortising))
    else:
        factor = _ONE
        total = _ZERO
        for r in amortising:
            factor = factor / (_ONE + r)
            total += factor
        payment = principal / total
    payment = terms.installment_rounding.apply(payment)
    parts = [_ZERO] * grace
    interests = [round_interest(principal * r / divisor) for r in rates[:grace]]
    balance = principal
    last = n - 1
    for k in range(grace, n):
        interest = round_interest(balance * rates[k] / divisor)
        part = balance if k == last else payment - interest
        if part <= 0 or (k != last and part >= balance):
            raise _coarse("installment_rounding", terms.installment_rounding)
        balance -= part
        parts.append(part)
        interests.append(interest)
    return parts, interests
