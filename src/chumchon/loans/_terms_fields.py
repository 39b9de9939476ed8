"""The converters of :class:`~chumchon.loans.terms.LoanTerms`' fields, each one check of the input kernel
(:mod:`chumchon._checks`) for one field: the constructor and ``attrs.evolve`` read a value the same way, and an
error names the field (private to :mod:`chumchon.loans`).

They are small named functions because mypy's attrs plugin reads only those as converters, and their
parameter types are what :class:`~chumchon.loans.terms.LoanTerms` says it takes.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from chumchon._checks import (
    DateLike,
    MoneyLike,
    RateLike,
    date_value,
    enum_member,
    invalid,
    money,
    optional,
    rate,
    sequence,
    whole_number,
)
from chumchon.loans.dates import DEFAULT_WEEKEND
from chumchon.loans.vocabulary import Amortization, Frequency, InterestMethod, RemainderOn
from chumchon.money import DECIMAL_CONTEXT, Rounding, rounding_from_name

MAX_INSTALLMENTS = 1200


def to_interest_method(value: InterestMethod | str) -> InterestMethod:
    return enum_member(InterestMethod, value, "interest_method")


def to_amortization(value: Amortization | str) -> Amortization:
    return enum_member(Amortization, value, "amortization")


def to_remainder_on(value: RemainderOn | str) -> RemainderOn:
    return enum_member(RemainderOn, value, "remainder_on")


def to_rate_per_year(value: RateLike) -> Decimal:
    return rate(value, "annual_rate", annual=True)


def to_disbursed_on(value: DateLike) -> date:
    return date_value(value, "disbursed_on")


def to_first_due(value: DateLike | None) -> date | None:
    return optional(date_value, value, "first_due")


def to_frequency(value: Frequency | str | int) -> Frequency:
    if isinstance(value, Frequency):
        return value
    if isinstance(value, str):
        return Frequency.from_name(value)
    return Frequency(value)  # Frequency checks the months


def to_rounding(value: Rounding | str, field: str = "rounding") -> Rounding:
    if isinstance(value, Rounding):
        return value
    if isinstance(value, str):
        return rounding_from_name(value)
    raise invalid(
        "instance",
        field,
        value,
        what_th="Rounding หรือชื่อวิธีปัดเศษ เช่น 'satang'",
        what_en="a Rounding or a rounding name such as 'satang'",
    )


def to_installment_rounding(value: Rounding | str) -> Rounding:
    return to_rounding(value, "installment_rounding")


def to_interest_rounding(value: Rounding | str) -> Rounding:
    return to_rounding(value, "interest_rounding")


def _count(value: object, field: str, minimum: int) -> int:
    if type(value) is int and minimum <= value <= MAX_INSTALLMENTS:  # the usual case, checked first
        return value
    return whole_number(value, field, minimum=minimum, maximum=MAX_INSTALLMENTS)


def to_installments(value: int) -> int:
    return _count(value, "installments", 1)


def to_grace_periods(value: int) -> int:
    return _count(value, "grace_periods", 0)


def to_interest_free_periods(value: int) -> int:
    return _count(value, "interest_free_periods", 0)


_SATANG = Decimal("0.01")
_FAST_WHOLE_BAHT = 10**15  # far inside every bound the kernel checks


def to_principal(value: MoneyLike) -> Decimal:
    if type(value) is int and 0 < value < _FAST_WHOLE_BAHT:  # the usual case (terms are built in bulk)
        return Decimal(value).quantize(_SATANG, context=DECIMAL_CONTEXT)
    return money(value, "principal", positive=True, whole_satang=True)


# The defaults of LoanTerms, returned as they are by the converters (terms are built in bulk).
NO_FEE = Decimal(0)
NO_HOLIDAYS: frozenset[date] = frozenset()


def to_fee(value: MoneyLike) -> Decimal:
    if value is NO_FEE:
        return NO_FEE
    return money(value, "upfront_fee")


def _weekday(value: object, field: str) -> int:
    return whole_number(value, field, minimum=0, maximum=6)


def to_weekend(value: Iterable[int]) -> frozenset[int]:
    if value is DEFAULT_WEEKEND:
        return DEFAULT_WEEKEND
    return frozenset(
        sequence(
            value,
            "weekend",
            _weekday,
            what_th="เลขวันในสัปดาห์ 0 (จันทร์) ถึง 6 (อาทิตย์)",
            what_en="weekday numbers 0 (Monday) to 6 (Sunday)",
        )
    )


def to_holidays(value: Container[date] | Iterable[DateLike] | None) -> Any:
    if value is None or value is NO_HOLIDAYS:
        return NO_HOLIDAYS
    if isinstance(value, (set, frozenset, list, tuple)):
        return frozenset(sequence(value, "holidays", date_value))
    if not hasattr(value, "__contains__"):
        raise invalid(
            "instance",
            "holidays",
            value,
            what_th="ชุดของวันที่ (เช่น set หรือ holidays.Thailand())",
            what_en="a container of dates (e.g. a set or holidays.Thailand())",
        )
    return value  # replaced by a frozenset snapshot in __attrs_post_init__
