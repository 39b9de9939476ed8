"""A loan product of a group's bylaws (internal): :class:`LoanProduct`.

Re-exported by :mod:`chumchon.savings.bylaws`, where it is documented.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from chumchon import _checks as checks
from chumchon._checks import MoneyLike, RateLike
from chumchon.errors import InvalidInputError
from chumchon.loans import InterestMethod
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context
from chumchon.savings import _checks
from chumchon.savings._policies import one_of

__all__ = ["LoanProduct"]


_TWELVE = Decimal(12)


def _to_max_term_months(value: int) -> int:
    return checks.whole_number(value, "max_term_months", minimum=1, maximum=600)


def _to_guarantors(value: int) -> int:
    return checks.whole_number(value, "guarantors_above_savings", minimum=0, maximum=20)


def _to_max_guarantees(value: int | None) -> int | None:
    return checks.optional(checks.whole_number, value, "max_guarantees_per_member", minimum=0)


def _to_name(value: str) -> str:
    return checks.text(value, "name")


def _to_optional_annual_rate(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.rate, value, "annual_rate", annual=True)


def _to_optional_limit_cap(value: MoneyLike | None) -> Decimal | None:
    return checks.optional(checks.money, value, "limit_cap")


def _to_optional_limit_multiple_of_savings(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.rate, value, "limit_multiple_of_savings")


def _to_optional_monthly_rate(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.rate, value, "monthly_rate")


def _interest_method(value: InterestMethod | str) -> InterestMethod:
    return checks.enum_member(InterestMethod, value, "interest_method")


@attrs.frozen(kw_only=True)
class LoanProduct(Mappable):
    """A loan product of the bylaws (ประเภทเงินกู้).

    Attributes:
        name: e.g. ``"สามัญ"`` (ordinary), ``"ฉุกเฉิน"`` (emergency).
        monthly_rate: the rate per month as a fraction (0.01 for 1% a month) or ...
        annual_rate: ... the rate per year; exactly one of the two.
        interest_method: :class:`chumchon.loans.InterestMethod` (declining balance, flat or none).
        max_term_months: the longest term.
        limit_multiple_of_savings: the most one may borrow as a multiple of one's savings, if limited so.
        limit_cap: the most one may borrow in baht, if capped.
        guarantors_above_savings: guarantors needed when a loan exceeds the borrower's own savings.
        max_guarantees_per_member: how many loans one member may guarantee at once, if limited.
    """

    name: str = attrs.field(converter=_to_name)
    interest_method: InterestMethod = attrs.field(converter=_interest_method)
    max_term_months: int = attrs.field(converter=_to_max_term_months)
    monthly_rate: Decimal | None = attrs.field(default=None, converter=_to_optional_monthly_rate)
    annual_rate: Decimal | None = attrs.field(default=None, converter=_to_optional_annual_rate)
    limit_multiple_of_savings: Decimal | None = attrs.field(
        default=None, converter=_to_optional_limit_multiple_of_savings
    )
    limit_cap: Decimal | None = attrs.field(default=None, converter=_to_optional_limit_cap)
    guarantors_above_savings: int = attrs.field(default=0, converter=_to_guarantors)
    max_guarantees_per_member: int | None = attrs.field(default=None, converter=_to_max_guarantees)

    def __attrs_post_init__(self) -> None:
        if self.interest_method is InterestMethod.NONE:
            if self.monthly_rate or self.annual_rate:
                raise InvalidInputError(
                    th=f"เงินกู้ {self.name}: ไม่คิดดอกเบี้ยแต่กำหนดอัตราดอกเบี้ยไว้",
                    en=f"loan product {self.name}: interest method NONE but a rate is given",
                    field="interest_method",
                )
            return
        one_of(
            self.monthly_rate, self.annual_rate, ("monthly_rate", "annual_rate"), f"loan product {self.name}"
        )

    @property
    @in_decimal_context
    def nominal_annual_rate(self) -> Decimal:
        """The quoted rate per year (12 × the monthly rate when quoted per month); 0 without interest."""
        if self.annual_rate is not None:
            return self.annual_rate
        if self.monthly_rate is not None:
            return self.monthly_rate * _TWELVE
        return Decimal(0)

    @property
    @in_decimal_context
    def rate_per_month(self) -> Decimal:
        """The quoted rate per month (the yearly rate ÷ 12 when quoted per year)."""
        if self.monthly_rate is not None:
            return self.monthly_rate
        return self.nominal_annual_rate / _TWELVE

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> LoanProduct:
        """Build from a mapping; unknown keys are refused.

        Raises:
            ParseError: not a mapping, a key that is not text, a required field missing.
            InvalidInputError: an unknown key or a bad value.
        """
        return cls(**_checks.mapping_fields(data, cls, "LoanProduct"))
