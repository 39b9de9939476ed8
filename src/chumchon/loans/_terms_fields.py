"""The converters of :class:`~chumchon.loans.terms.LoanTerms`' fields: each reads one field's input into its
one internal form or raises :class:`~chumchon.errors.InvalidInputError` naming the field (private to
:mod:`chumchon.loans`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from chumchon.errors import InvalidInputError
from chumchon.loans._convert import convert_enum, to_date
from chumchon.loans.dates import DEFAULT_WEEKEND
from chumchon.loans.vocabulary import Amortization, Frequency, InterestMethod, RemainderOn
from chumchon.money import (
    DECIMAL_CONTEXT,
    Rounding,
    plain_scalar,
    rounding_from_name,
    to_annual_rate,
    to_money,
)

MAX_INSTALLMENTS = 1200
_CENT = Decimal("0.01")


def to_interest_method(value: object) -> InterestMethod:
    return convert_enum(InterestMethod, "interest_method", value)


def to_amortization(value: object) -> Amortization:
    return convert_enum(Amortization, "amortization", value)


def to_remainder_on(value: object) -> RemainderOn:
    return convert_enum(RemainderOn, "remainder_on", value)


def to_rate_per_year(value: object) -> Decimal:
    return to_annual_rate(value, name="annual_rate")


def to_disbursed_on(value: object) -> date:
    return to_date(value, "disbursed_on")


def to_frequency(value: object) -> Frequency:
    if isinstance(value, Frequency):
        return value
    if isinstance(value, str):
        return Frequency.from_name(value)
    return Frequency(value)  # Frequency checks the months


def to_rounding(value: object, field: str = "rounding") -> Rounding:
    if isinstance(value, Rounding):
        return value
    if isinstance(value, str):
        return rounding_from_name(value)
    raise InvalidInputError(
        th=f"ค่า {field!r} ต้องเป็น Rounding หรือชื่อวิธีปัดเศษ เช่น 'satang' ไม่ใช่ {value!r}",
        en=f"{field!r} must be a Rounding or a rounding name such as 'satang', not {value!r}",
        field=field,
        value=value,
    )


def to_installment_rounding(value: object) -> Rounding:
    return to_rounding(value, "installment_rounding")


def to_interest_rounding(value: object) -> Rounding:
    return to_rounding(value, "interest_rounding")


def to_optional_date(value: object) -> date | None:
    return None if value is None else to_date(value, "first_due")


def check_count(field: str, minimum: int, value: object) -> int:
    if type(value) is int and minimum <= value <= MAX_INSTALLMENTS:  # the usual case, checked first
        return value
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_INSTALLMENTS:
        raise InvalidInputError(
            th=f"ค่า {field!r} ต้องเป็นจำนวนเต็มตั้งแต่ {minimum} ถึง {MAX_INSTALLMENTS} ไม่ใช่ {value!r}",
            en=f"{field!r} must be a whole number from {minimum} to {MAX_INSTALLMENTS}, not {value!r}",
            field=field,
            value=value,
        )
    return value


def to_installments(value: object) -> int:
    return check_count("installments", 1, value)


def to_grace_periods(value: object) -> int:
    return check_count("grace_periods", 0, value)


def to_interest_free_periods(value: object) -> int:
    return check_count("interest_free_periods", 0, value)


def to_principal(value: object) -> Decimal:
    amount = to_money(value, name="principal", allow_zero=False)
    satang = amount.quantize(_CENT, context=DECIMAL_CONTEXT)
    if amount != satang:
        raise InvalidInputError(
            th=f"เงินต้นต้องเป็นจำนวนเต็มสตางค์ ไม่ใช่ {amount}",
            en=f"the principal must be a whole number of satang, not {amount}",
            field="principal",
            value=value,
        )
    return satang


# The defaults of LoanTerms, returned as they are by the converters (terms are built in bulk).
NO_FEE = Decimal(0)
NO_HOLIDAYS: frozenset[date] = frozenset()


def to_fee(value: object) -> Decimal:
    if value is NO_FEE:
        return NO_FEE
    return to_money(value, name="upfront_fee")


def to_weekend(value: object) -> frozenset[int]:
    if value is DEFAULT_WEEKEND:
        return DEFAULT_WEEKEND
    days: frozenset[Any] | None = None
    if isinstance(value, (set, frozenset, list, tuple)):
        days = frozenset(value)
    if days is None or not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days):
        raise InvalidInputError(
            th=f"วันหยุดประจำสัปดาห์ต้องเป็นเลขวันในสัปดาห์ 0 (จันทร์) ถึง 6 (อาทิตย์) ไม่ใช่ {value!r}",
            en=f"weekend must be weekday numbers 0 (Monday) to 6 (Sunday), not {value!r}",
            field="weekend",
            value=value,
        )
    return days


def to_holidays(value: object) -> Any:
    if value is None or value is NO_HOLIDAYS:
        return NO_HOLIDAYS
    if isinstance(value, (set, frozenset, list, tuple)):
        days = [to_date(d, "holidays") for d in value]
        return frozenset(days)
    if not hasattr(value, "__contains__"):
        raise InvalidInputError(
            th=f"วันหยุดต้องเป็นชุดของวันที่ (เช่น set หรือ holidays.Thailand()) ไม่ใช่ {value!r}",
            en=f"holidays must be a container of dates (e.g. a set or holidays.Thailand()), not {value!r}",
            field="holidays",
            value=value,
        )
    return value  # replaced by a frozenset snapshot in __attrs_post_init__
