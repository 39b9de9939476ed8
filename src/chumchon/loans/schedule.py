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

import contextlib
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans._convert import to_date
from chumchon.loans._terms_fields import to_interest_rounding
from chumchon.loans._util import make_table
from chumchon.loans.dates import AccrualBasis, to_accrual, year_fraction
from chumchon.loans.terms import (
    Amortization,
    InterestMethod,
    LoanTerms,
    RemainderOn,
)
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, in_decimal_context, to_money, to_rate
from chumchon.tables import Column, Table, Tabular

__all__ = ["Installment", "Schedule", "build_custom_schedule", "build_schedule"]

_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_ONE = Decimal(1)


class Installment(NamedTuple):
    """One row of a schedule (งวดผ่อนชำระ), immutable.

    A named tuple rather than an attrs class: schedules are built in bulk (a district runs whole provinces)
    and a tuple is about twice as fast to create; it is just as immutable, picklable and comparable.

    Fields: ``number`` (1 for the first instalment), ``due_date`` (after any business-day adjustment),
    ``principal`` (เงินต้น repaid), ``interest`` (ดอกเบี้ย charged), ``payment`` (ยอดชำระ = principal + interest)
    and ``balance`` (เงินต้นคงเหลือ, the principal still owed after this instalment).
    """

    number: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal


_COLUMNS = (
    Column("number", "งวดที่", "No.", "int"),
    Column("due_date", "วันครบกำหนด", "Due date", "date"),
    Column("principal", "เงินต้น", "Principal", "money"),
    Column("interest", "ดอกเบี้ย", "Interest", "money"),
    Column("payment", "ยอดชำระ", "Payment", "money"),
    Column("balance", "เงินต้นคงเหลือ", "Balance", "money"),
)


@attrs.frozen(kw_only=True)
class Schedule(Tabular, ResultMappable):
    """A repayment schedule: the instalments and what they were built from.

    Attributes:
        principal: the amount lent.
        disbursed_on: the disbursement date.
        installments: the rows, in order.
        terms: the terms the schedule was built from, or ``None`` for a custom schedule.
        accrual: how interest was measured (used to measure the schedule's rate consistently).
        upfront_fee: a fee charged at disbursement (counted in the cost of credit).
    """

    principal: Decimal
    disbursed_on: date
    installments: tuple[Installment, ...]
    terms: LoanTerms | None = None
    accrual: AccrualBasis = AccrualBasis.PER_PERIOD
    upfront_fee: Decimal = _ZERO

    def _amortises(self) -> bool:
        """The fast check every construction runs (schedules are built in bulk); it mirrors the detailed one
        below, which runs only to say what is wrong."""
        cent, context, disbursed = _CENT, DECIMAL_CONTEXT, self.disbursed_on
        balance, previous = self.principal, disbursed
        for k, row in enumerate(self.installments, start=1):
            if type(row) is not Installment:
                return False
            number, due, principal, interest, payment, left = row
            if (
                number != k
                or type(due) is not date
                or due <= disbursed
                or due < previous
                or type(principal) is not Decimal
                or type(interest) is not Decimal
                or type(payment) is not Decimal
                or type(left) is not Decimal
                or not (principal.is_finite() and interest.is_finite())
                or principal != context.quantize(principal, cent)
                or interest != context.quantize(interest, cent)
                or interest < 0
            ):
                return False
            balance = context.subtract(balance, principal)
            if payment != context.add(principal, interest) or left != balance:
                return False
            previous = due
        principal = self.principal
        return (
            bool(self.installments)
            and balance == 0
            and principal > 0
            and principal == principal.quantize(cent)
        )

    @in_decimal_context
    def _check_consistency(self) -> None:
        # A schedule must amortise: otherwise payments applied to it answer wrongly (fully paid at half).
        if self._amortises():
            return
        if self.principal <= 0 or self.principal != self.principal.quantize(_CENT):
            raise inconsistent(
                self,
                "principal",
                "เงินต้นต้องเป็นจำนวนบวกเต็มสตางค์",
                "the principal must be positive, in whole satang",
                self.principal,
            )
        if not self.installments:
            raise inconsistent(
                self, "installments", "ต้องมีอย่างน้อยหนึ่งงวด", "a schedule needs at least one instalment", ()
            )
        balance = self.principal
        previous = self.disbursed_on
        for k, row in enumerate(self.installments, start=1):
            if not isinstance(row, Installment) or row.number != k or type(row.due_date) is not date:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k} ต้องเป็น Installment หมายเลข {k}",
                    f"instalment {k} must be an Installment numbered {k}",
                    row,
                )
            amounts = (row.principal, row.interest, row.payment, row.balance)
            if not all(type(a) is Decimal and a.is_finite() and a == a.quantize(_CENT) for a in amounts):
                raise inconsistent(
                    self,
                    "installments",
                    f"จำนวนเงินงวดที่ {k} ต้องเป็น Decimal เต็มสตางค์",
                    f"the amounts of instalment {k} must be Decimals in whole satang",
                    row,
                )
            balance -= row.principal
            if row.payment != row.principal + row.interest or row.balance != balance or row.interest < 0:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k}: ยอดชำระต้องเท่าเงินต้นบวกดอกเบี้ย และเงินต้นคงเหลือต้องลดลงตามเงินต้นที่ชำระ",
                    f"instalment {k}: the payment must be principal + interest and the balance must fall by the principal repaid",
                    row,
                )
            if row.due_date <= self.disbursed_on or row.due_date < previous:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k} ต้องครบกำหนดหลังวันจ่ายเงินกู้และไม่ก่อนงวดก่อนหน้า",
                    f"instalment {k} must fall due after the disbursement and not before the previous one",
                    row.due_date,
                )
            previous = row.due_date
        if balance != 0:
            raise inconsistent(
                self,
                "installments",
                f"เงินต้นของทุกงวดรวมกันต้องเท่ากับเงินต้น {self.principal}",
                f"the instalments' principal must add up to the principal {self.principal}",
                self.principal - balance,
            )
        raise inconsistent(  # pragma: no cover - the two checks agree; this guards against their drifting apart
            self,
            "installments",
            "ตารางผ่อนชำระไม่สอดคล้องกัน",
            "the schedule is not consistent",
            self.installments,
        )

    @property
    @in_decimal_context
    def total_principal(self) -> Decimal:
        """The principal of all instalments (equal to :attr:`principal`)."""
        return sum((i.principal for i in self.installments), _ZERO)

    @property
    @in_decimal_context
    def total_interest(self) -> Decimal:
        """All the interest the schedule charges."""
        return sum((i.interest for i in self.installments), _ZERO)

    @property
    @in_decimal_context
    def total_payment(self) -> Decimal:
        """All the payments (principal + interest)."""
        return sum((i.payment for i in self.installments), _ZERO)

    @property
    def due_dates(self) -> tuple[date, ...]:
        """The due dates, in order."""
        return tuple(i.due_date for i in self.installments)

    @property
    def maturity(self) -> date:
        """The last due date."""
        return self.installments[-1].due_date

    def to_table(self) -> Table:
        """The schedule as a table: one row per instalment."""
        rows = [
            (i.number, i.due_date, i.principal, i.interest, i.payment, i.balance) for i in self.installments
        ]
        return make_table(_COLUMNS, rows, Message(th="ตารางผ่อนชำระ", en="Repayment schedule"))

    def __repr__(self) -> str:
        n = len(self.installments)
        return (
            f"<Schedule {self.principal:,} over {n} instalment{'s' if n != 1 else ''} "
            f"{self.installments[0].due_date.isoformat()}..{self.maturity.isoformat()}: "
            f"interest {self.total_interest:,}, payments {self.total_payment:,}>"
        )


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
    payment = balance * period_rate / (_ONE - (_ONE + period_rate) ** -n)
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
        payment = principal * first / (_ONE - (_ONE + first) ** -len(amortising))
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


def _pairs(installments: object) -> list[Any]:
    """The caller's instalments as a list, refusing what is not an iterable of pairs (text, a mapping)."""
    iterator = None
    if not isinstance(installments, (str, bytes, Mapping)):
        with contextlib.suppress(TypeError):
            iterator = iter(installments)  # type: ignore[call-overload]
    if iterator is not None:
        return list(iterator)
    raise InvalidInputError(
        th=f"installments ต้องเป็นรายการของคู่ (วันครบกำหนด, เงินต้น) เช่น [(date(2026, 6, 30), 5000)] "
        f"ไม่ใช่ {installments!r}",
        en=f"installments must be an iterable of (due_date, principal_amount) pairs, e.g. "
        f"[(date(2026, 6, 30), 5000)], not {installments!r}",
        field="installments",
        value=installments,
    )


@in_decimal_context
def build_custom_schedule(
    principal: object,
    disbursed_on: object,
    installments: Iterable[tuple[object, object]],
    *,
    annual_rate: object = 0,
    accrual: AccrualBasis | str = AccrualBasis.ACTUAL_365,
    interest_rounding: Rounding | str = SATANG,
) -> Schedule:
    """A schedule of the caller's own dated principal amounts (e.g. a กข.คจ. contract's uneven instalments).

    Interest, when ``annual_rate`` is not zero, is charged on the declining balance by days
    (actual/365 by default, or 30/360), rounded by ``interest_rounding``; by default the loan is interest-free.

    Args:
        principal: the amount lent.
        disbursed_on: the disbursement date.
        installments: ``(due_date, principal_amount)`` pairs in date order.
        annual_rate: the yearly rate as a fraction (0 by default).
        accrual: ``ACTUAL_365`` or ``THIRTY_360`` (a member or its name, e.g. ``"thirty_360"``); per-period
            accrual needs regular periods.
        interest_rounding: the rounding of each period's interest (a :class:`~chumchon.money.Rounding` or its
            name, e.g. ``"satang"``).

    Raises:
        InvalidInputError: no instalments or not an iterable of pairs; dates not strictly increasing or not
            after disbursement; an amount that is not positive or not in whole satang; amounts that do not add
            up to the principal; an unknown accrual or rounding.

    >>> from datetime import date
    >>> s = build_custom_schedule(20000, date(2026, 1, 10), [(date(2026, 6, 30), 5000), (date(2026, 12, 30), 15000)])
    >>> [(i.due_date.isoformat(), i.payment, i.balance) for i in s.installments]
    [('2026-06-30', Decimal('5000.00'), Decimal('15000.00')), ('2026-12-30', Decimal('15000.00'), Decimal('0.00'))]
    >>> build_custom_schedule(20000, date(2026, 1, 10), [(date(2026, 6, 30), 5000)])
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: งวดต่าง ๆ รวมเป็นเงินต้น 5000.00 ไม่เท่ากับเงินต้นทั้งหมด 20000.00 / the instalments add up to 5000.00 of principal, not the loan's 20000.00
    """
    amount = to_money(principal, name="principal", allow_zero=False).quantize(_CENT, context=DECIMAL_CONTEXT)
    start = to_date(disbursed_on, "disbursed_on")
    rate = to_rate(annual_rate, name="annual_rate")
    accrual = to_accrual(accrual)
    rounding = to_interest_rounding(interest_rounding)
    if accrual is AccrualBasis.PER_PERIOD:
        raise InvalidInputError(
            th="ตารางที่กำหนดวันเองต้องคิดดอกเบี้ยตามจำนวนวัน (actual_365 หรือ thirty_360)",
            en="a custom schedule accrues interest by days (actual_365 or thirty_360), not per period",
            field="accrual",
            value=accrual,
        )
    pairs = _pairs(installments)
    if not pairs:
        raise InvalidInputError(
            th="ต้องมีงวดอย่างน้อยหนึ่งงวด", en="at least one instalment is needed", field="installments"
        )
    dates: list[date] = []
    parts: list[Decimal] = []
    previous = start
    for index, pair in enumerate(pairs, start=1):
        try:
            raw_date, raw_amount = pair
        except (TypeError, ValueError):
            raise InvalidInputError(
                th=f"งวดที่ {index} ต้องเป็นคู่ (วันครบกำหนด, เงินต้น)",
                en=f"instalment {index} must be a (due_date, principal_amount) pair, not {pair!r}",
                field="installments",
                value=pair,
            ) from None
        due = to_date(raw_date, "installments")
        if due <= previous:
            raise InvalidInputError(
                th=f"วันครบกำหนดงวดที่ {index} ({due}) ต้องอยู่หลัง {previous} (หลังวันจ่ายเงินกู้และงวดก่อนหน้า)",
                en=f"the due date of instalment {index} ({due}) must be after {previous} "
                "(after disbursement and the previous instalment)",
                field="installments",
                value=due,
            )
        part = to_money(raw_amount, name=f"installments[{index}]", allow_zero=False)
        if part != part.quantize(_CENT, context=DECIMAL_CONTEXT):
            raise InvalidInputError(
                th=f"เงินต้นงวดที่ {index} ต้องเป็นจำนวนเต็มสตางค์ ไม่ใช่ {part}",
                en=f"the principal of instalment {index} must be a whole number of satang, not {part}",
                field="installments",
                value=part,
            )
        dates.append(due)
        parts.append(part.quantize(_CENT, context=DECIMAL_CONTEXT))
        previous = due
    total = sum(parts, _ZERO)
    if total != amount:
        raise InvalidInputError(
            th=f"งวดต่าง ๆ รวมเป็นเงินต้น {total} ไม่เท่ากับเงินต้นทั้งหมด {amount}",
            en=f"the instalments add up to {total} of principal, not the loan's {amount}",
            field="installments",
            value=total,
        )
    rows = []
    balance = amount
    previous = start
    for k, (due, part) in enumerate(zip(dates, parts, strict=True)):
        interest = _ZERO
        if rate:
            days, basis = year_fraction(previous, due, accrual)
            interest = rounding.apply(balance * rate * days / basis)
        balance -= part
        rows.append(
            Installment(
                number=k + 1,
                due_date=due,
                principal=part,
                interest=interest,
                payment=part + interest,
                balance=balance,
            )
        )
        previous = due
    return Schedule(
        principal=amount, disbursed_on=start, installments=tuple(rows), terms=None, accrual=accrual
    )
