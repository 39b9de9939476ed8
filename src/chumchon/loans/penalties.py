"""Penalties for late payment (ค่าปรับ/ดอกเบี้ยผิดนัด) and the default interest the law allows.

* :class:`FlatPenalty`: a fixed amount per instalment still unpaid after its due date (plus ``grace_days``);
* :class:`RatePenalty`: a yearly rate on the overdue amount by actual days / 365, from the due date (plus
  ``grace_days``) until paid. By default it runs on the overdue **principal** only: default interest on overdue
  interest would be interest on interest (CCC s.224 para 2, s.655); ``on_interest=True`` changes that.

:func:`~chumchon.loans.payments.apply_payments` charges them. The legal reading of the limit is the rules'
(:func:`chumchon.rules.civil_code.default_interest_limit`); :func:`default_interest_limit` here checks its inputs.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, RateLike, date_value, flag, money, rate, whole_number
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context
from chumchon.rules import Source, civil_code

__all__ = ["FlatPenalty", "RatePenalty", "default_interest_limit"]


def _to_grace_days(value: int) -> int:
    return whole_number(value, "grace_days", minimum=0)


def _to_fine(value: MoneyLike) -> Decimal:
    return money(value, "amount", positive=True)


def _to_penalty_rate(value: RateLike) -> Decimal:
    return rate(value, "annual_rate")


def _to_on_interest(value: bool) -> bool:
    return flag(value, "on_interest")


@attrs.frozen(kw_only=True)
class FlatPenalty(Mappable):
    """A fixed fine per late instalment (ค่าปรับต่องวด), charged once when it is still unpaid after
    ``due date + grace_days``."""

    amount: Decimal = attrs.field(converter=_to_fine)
    grace_days: int = attrs.field(default=0, converter=_to_grace_days)


@attrs.frozen(kw_only=True)
class RatePenalty(Mappable):
    """Default interest at ``annual_rate`` a year on the overdue amount, by actual days / 365, from
    ``due date + grace_days`` until paid; on the overdue principal only unless ``on_interest``."""

    annual_rate: Decimal = attrs.field(converter=_to_penalty_rate)
    grace_days: int = attrs.field(default=0, converter=_to_grace_days)
    on_interest: bool = attrs.field(default=False, converter=_to_on_interest)


@in_decimal_context
def default_interest_limit(agreed_annual_rate: RateLike, on: DateLike) -> tuple[Decimal, tuple[Source, ...]]:
    """The highest yearly default rate we read the law as allowing on ``on``, with the sources.

    From 11 April 2021 (Emergency Decree B.E. 2564): the agreed rate plus the markup cap (3%), but never less
    than statutory default interest (5%). Before: the s.654 cap (15%). This combination is **our reading**
    (provisional), so findings built on it say so.

    >>> from datetime import date
    >>> default_interest_limit(Decimal("0.12"), date(2026, 1, 1))[0]
    Decimal('0.15')
    >>> default_interest_limit(Decimal("0"), date(2026, 1, 1))[0]
    Decimal('0.05')
    >>> default_interest_limit(-1, date(2026, 1, 1))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'agreed_annual_rate' ต้องเป็นสัดส่วนที่ไม่ติดลบ (เช่น 0.05 คือร้อยละ 5) ไม่ใช่ -1 / 'agreed_annual_rate' must be a non-negative fraction (0.05 is 5%), not -1

    Args:
        agreed_annual_rate: the contract's yearly rate as a fraction (not negative).
        on: the day whose law applies.

    Raises:
        InvalidInputError: a rate that is not a non-negative number, or ``on`` that is not a date or ISO text.
        UnknownRegulationError: ``on`` is before the library's records.
    """
    return civil_code.default_interest_limit(
        rate(agreed_annual_rate, "agreed_annual_rate"), date_value(on, "on")
    )
