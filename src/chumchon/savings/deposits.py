"""Interest on deposit products of a savings group (ดอกเบี้ยเงินฝาก).

Besides the monthly pledge (เงินสัจจะ), many groups take deposits (เงินฝาก) that members may withdraw. A
:class:`DepositProduct` says the yearly rate, how the balance is measured and how often interest is credited:

* ``DAILY_BALANCE`` (คิดจากยอดคงเหลือรายวัน): each day earns balance × rate / 365 (Actual/365 fixed, the
  usual Thai savings-account convention; common practice, not law);
* ``MONTHLY_MINIMUM`` (คิดจากยอดต่ำสุดของเดือน): each month earns its lowest balance × rate / 12.

Interest accrues unrounded and is rounded (half up to the satang by default) when credited, at the end of each
crediting period (every 1, 3, 6 or 12 months from ``start``); credited interest is added to the balance and
earns from then on. Interest of an unfinished period up to ``end`` is returned as ``accrued`` (what a leaving
member is owed, :func:`~chumchon.savings.settle_exit`).

Sources: the rate, the basis and the crediting are each group's bylaw settings; no official formula was found.

>>> from datetime import date
>>> from chumchon.savings import DepositProduct, InterestBasis, calculate_deposit_interest
>>> p = DepositProduct(name="ออมทรัพย์", annual_rate="0.0365", basis=InterestBasis.DAILY_BALANCE,
...                    credit_every_months=12)
>>> calculate_deposit_interest(p, opening_balance=10_000, start=date(2025, 1, 1), end=date(2026, 1, 1)).total
Decimal('365.00')
>>> calculate_deposit_interest(p, opening_balance=100, transactions=[(date(2025, 2, 1), -200)],
...                            start=date(2025, 1, 1), end=date(2026, 1, 1))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ยอดเงินฝากติดลบในวันที่ 2025-02-01 (-100) / the deposit balance goes below zero on 2025-02-01 (-100)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import NoReturn

import attrs
from dateutil.relativedelta import relativedelta

from chumchon import _checks as checks
from chumchon._checks import MoneyLike, ParsableEnum, RateLike
from chumchon.errors import InvalidInputError
from chumchon.loans.dates import add_months
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, in_decimal_context, to_annual_rate
from chumchon.rules import check_as_of
from chumchon.savings import _checks
from chumchon.tables import Column, Table, Tabular

__all__ = [
    "DepositInterest",
    "DepositPeriod",
    "DepositProduct",
    "InterestBasis",
    "calculate_deposit_interest",
]

_DAYS_IN_YEAR = Decimal(365)
_TWELVE = Decimal(12)


class InterestBasis(ParsableEnum):
    """How the balance that earns interest is measured (see the module docstring)."""

    DAILY_BALANCE = "daily_balance"
    MONTHLY_MINIMUM = "monthly_minimum"


def _to_basis(value: InterestBasis | str) -> InterestBasis:
    return checks.enum_member(InterestBasis, value, "basis")


def _credit_months(value: object) -> int:
    months = checks.whole_number(value, "credit_every_months", minimum=1, maximum=12)
    if 12 % months:
        raise InvalidInputError(
            th=f"รอบการจ่ายดอกเบี้ยต้องเป็น 1, 2, 3, 4, 6 หรือ 12 เดือน ไม่ใช่ {months}",
            en=f"interest must be credited every 1, 2, 3, 4, 6 or 12 months, not {months}",
            field="credit_every_months",
            value=months,
        )
    return months


def _to_annual_rate(value: RateLike) -> Decimal:
    return to_annual_rate(value, name="annual_rate")


def _to_name(value: str) -> str:
    return checks.text(value, "name")


@attrs.frozen(kw_only=True)
class DepositProduct(Mappable):
    """A deposit product (ประเภทเงินฝาก) of the bylaws.

    Attributes:
        name: the product's name.
        annual_rate: the yearly rate as a fraction.
        basis: :class:`InterestBasis`.
        credit_every_months: how often interest is credited (1, 2, 3, 4, 6 or 12 months).
    """

    name: str = attrs.field(converter=_to_name)
    annual_rate: Decimal = attrs.field(converter=_to_annual_rate)
    basis: InterestBasis = attrs.field(converter=_to_basis)
    credit_every_months: int = attrs.field(converter=_credit_months)


@attrs.frozen(kw_only=True)
class DepositPeriod:
    """One crediting period: its dates (``end`` exclusive), the interest and the balance after crediting."""

    start: date
    end: date
    interest: Decimal
    credited: bool
    balance: Decimal


@attrs.frozen(kw_only=True, repr=False)
class DepositInterest(Tabular, ResultMappable):
    """Deposit interest over a span of time, period by period.

    Attributes:
        product: the deposit product.
        periods: the crediting periods; the last one is uncredited (``credited=False``) if ``end`` falls
            inside it.
        credited: interest credited at period ends.
        accrued: interest of the unfinished last period, not yet credited.
        closing_balance: the balance at ``end`` (credited interest included, accrued interest not).
    """

    product: DepositProduct
    periods: tuple[DepositPeriod, ...]
    credited: Decimal
    accrued: Decimal
    closing_balance: Decimal

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The totals are the periods' interest: credited at each full period's end, accrued for an unfinished
        # last one; the periods follow each other from the start, a full crediting period each but the last.
        def refuse(field: str, th: str, en: str, value: object) -> NoReturn:
            raise inconsistent(self, field, th, en, value)

        periods = self.periods
        credited = sum((p.interest for p in periods if p.credited), Decimal(0))
        last = periods[-1] if periods else None
        accrued = last.interest if last is not None and not last.credited else Decimal(0)
        if self.credited != credited or self.accrued != accrued:
            refuse(
                "credited",
                f"ดอกเบี้ยที่จ่ายเข้าบัญชีต้องเท่ากับผลรวมของงวดที่จ่ายแล้ว ({credited}) และดอกเบี้ยค้างจ่ายต้องเท่ากับ"
                f"งวดสุดท้ายที่ยังไม่ครบรอบ ({accrued})",
                f"the interest credited must be the sum of the credited periods ({credited}) and the accrued "
                f"interest that of an unfinished last period ({accrued})",
                (self.credited, self.accrued),
            )
        if last is None:
            return  # no time passed: nothing earned, and the balance is the opening one
        if self.closing_balance != last.balance:
            refuse(
                "closing_balance",
                "ยอดคงเหลือปลายงวดต้องเท่ากับยอดคงเหลือของงวดสุดท้าย",
                "the closing balance must be the last period's balance",
                self.closing_balance,
            )
        step = self.product.credit_every_months
        start = previous_end = periods[0].start
        for k, p in enumerate(periods, start=1):
            full = add_months(start, k * step)
            ends_right = p.end == full if p.credited else (k == len(periods) and p.end < full)
            if (
                not ends_right
                or p.start != previous_end
                or p.start >= p.end
                or p.interest < 0
                or p.balance < 0
            ):
                refuse(
                    "periods",
                    f"งวดที่ {k} ต้องต่อจากงวดก่อนหน้า ยาว {step} เดือนนับจากวันเริ่ม (ยกเว้นงวดสุดท้ายที่ยังไม่ครบรอบ) "
                    "และมีดอกเบี้ยกับยอดคงเหลือไม่ติดลบ",
                    f"period {k} must follow the previous one and end {step} month(s) on from the start (but for "
                    "an unfinished last period), with interest and balance not negative",
                    p,
                )
            previous_end = p.end

    @property
    @in_decimal_context
    def total(self) -> Decimal:
        """Credited plus accrued interest."""
        return self.credited + self.accrued

    def to_table(self) -> Table:
        """One row per crediting period."""
        return _checks.table(
            columns=(
                Column("start", "ตั้งแต่", "From", "date"),
                Column("end", "ถึงก่อน", "Until", "date"),
                Column("interest", "ดอกเบี้ย", "Interest", "money"),
                Column("credited", "จ่ายเข้าบัญชีแล้ว", "Credited", "bool"),
                Column("balance", "ยอดคงเหลือ", "Balance", "money"),
            ),
            rows=[(p.start, p.end, p.interest, p.credited, p.balance) for p in self.periods],
            title=Message(f"ดอกเบี้ยเงินฝาก {self.product.name}", f"Deposit interest: {self.product.name}"),
        )

    def __repr__(self) -> str:
        return f"<DepositInterest {self.product.name}: credited {self.credited}, accrued {self.accrued}>"


def _period_interest(
    product: DepositProduct,
    balance: Decimal,
    moves: list[tuple[date, Decimal]],
    start: date,
    end: date,
) -> tuple[Decimal, Decimal]:
    """Unrounded interest over [start, end) and the balance at ``end``; ``moves`` lie inside the span."""
    rate = product.annual_rate
    interest = Decimal(0)
    if product.basis is InterestBasis.DAILY_BALANCE:
        day = start
        for when, amount in moves:
            interest += balance * (when - day).days
            balance += amount
            day = when
        interest += balance * (end - day).days
        return DECIMAL_CONTEXT.divide(interest * rate, _DAYS_IN_YEAR), balance
    k = 0
    month_start = start
    i = 0
    while month_start < end:
        k += 1
        month_end = min(start + relativedelta(months=k), end)
        lowest = balance
        while i < len(moves) and moves[i][0] < month_end:
            balance += moves[i][1]
            lowest = min(lowest, balance)
            i += 1
        if month_end - month_start == start + relativedelta(months=k) - month_start:
            interest += lowest  # only whole months earn under the monthly-minimum basis
        month_start = month_end
    return DECIMAL_CONTEXT.divide(interest * rate, _TWELVE), balance


@in_decimal_context
def calculate_deposit_interest(
    product: DepositProduct,
    *,
    opening_balance: MoneyLike,
    start: date,
    end: date,
    transactions: Iterable[tuple[date, MoneyLike]] = (),
    rounding: Rounding = SATANG,
) -> DepositInterest:
    """Interest on one deposit account from ``start`` (inclusive) to ``end`` (exclusive).

    Args:
        product: the deposit product.
        opening_balance: the balance on ``start``.
        start: the first day; crediting periods count from it.
        end: the day after the last day counted.
        transactions: ``(date, amount)`` deposits (positive) and withdrawals (negative) in [start, end);
            money counts from the day it is deposited.
        rounding: how each period's interest is rounded when credited.

    Raises:
        InvalidInputError: ``product`` not a :class:`DepositProduct`, ``rounding`` not a
            :class:`~chumchon.money.Rounding`, ``transactions`` not a sequence of ``(date, amount)`` pairs, ``end``
            before ``start``, a transaction outside the span, a balance below zero.
    """
    if not isinstance(product, DepositProduct):
        raise InvalidInputError(
            th=f"product ต้องเป็น DepositProduct ไม่ใช่ {product!r}",
            en=f"product must be a DepositProduct, not {product!r}",
            field="product",
            value=product,
        )
    if not isinstance(rounding, Rounding):
        raise InvalidInputError(
            th=f"rounding ต้องเป็นกฎการปัดเศษ (chumchon.money.Rounding) ไม่ใช่ {rounding!r}",
            en=f"rounding must be a chumchon.money.Rounding, not {rounding!r}",
            field="rounding",
            value=rounding,
        )
    first = check_as_of(start, name="start")
    last = check_as_of(end, name="end")
    if last < first:
        raise InvalidInputError(
            th="วันสิ้นสุดต้องไม่ก่อนวันเริ่ม", en="the end must not be before the start", field="end", value=end
        )
    balance = checks.money(opening_balance, "opening_balance")
    if isinstance(transactions, (str, bytes, Mapping)) or not isinstance(transactions, Iterable):
        raise InvalidInputError(
            th=f"transactions ต้องเป็นลำดับของคู่ (วันที่, จำนวนเงิน) ไม่ใช่ {transactions!r}",
            en=f"transactions must be a sequence of (date, amount) pairs, not {transactions!r}",
            field="transactions",
            value=transactions,
        )
    moves: list[tuple[date, Decimal]] = []
    for item in transactions:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise InvalidInputError(
                th=f"แต่ละรายการต้องเป็นคู่ (วันที่, จำนวนเงิน) ไม่ใช่ {item!r}",
                en=f"each transaction must be a (date, amount) pair, not {item!r}",
                field="transactions",
                value=item,
            )
        when, amount = item
        day = check_as_of(when, name="transaction date")
        if not first <= day < last:
            raise InvalidInputError(
                th=f"รายการวันที่ {day.isoformat()} อยู่นอกช่วง {first.isoformat()} ถึงก่อน {last.isoformat()}",
                en=f"a transaction on {day.isoformat()} is outside {first.isoformat()} to before {last.isoformat()}",
                field="transactions",
                value=day,
            )
        moves.append((day, checks.money(amount, "transaction amount", minimum=None)))
    moves.sort(key=lambda m: m[0])
    running = balance
    for day, amount in moves:
        running += amount
        if running < 0:
            raise InvalidInputError(
                th=f"ยอดเงินฝากติดลบในวันที่ {day.isoformat()} ({running})",
                en=f"the deposit balance goes below zero on {day.isoformat()} ({running})",
                field="transactions",
                value=running,
            )
    periods: list[DepositPeriod] = []
    credited = Decimal(0)
    accrued = rounding.apply(0)
    k = 0
    period_start = first
    while period_start < last:
        k += 1
        period_end = first + relativedelta(months=k * product.credit_every_months)
        complete = period_end <= last
        stop = period_end if complete else last
        inside = [m for m in moves if period_start <= m[0] < stop]
        raw, balance = _period_interest(product, balance, inside, period_start, stop)
        interest = rounding.apply(raw)
        if complete:
            balance += interest
            credited += interest
        else:
            accrued = interest
        periods.append(
            DepositPeriod(start=period_start, end=stop, interest=interest, credited=complete, balance=balance)
        )
        period_start = stop
    return DepositInterest(
        product=product,
        periods=tuple(periods),
        credited=rounding.apply(credited),
        accrued=accrued,
        closing_balance=balance,
    )
