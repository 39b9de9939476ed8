"""Loan terms (เงื่อนไขเงินกู้): :class:`LoanTerms`, the one description of a loan a schedule is built from.

The closed sets it is described with are in :mod:`chumchon.loans.vocabulary`
(:class:`~chumchon.loans.vocabulary.Frequency`, :class:`~chumchon.loans.vocabulary.InterestMethod`,
:class:`~chumchon.loans.vocabulary.Amortization`, :class:`~chumchon.loans.vocabulary.RemainderOn`) and
:mod:`chumchon.loans.dates` (:class:`~chumchon.loans.dates.AccrualBasis`,
:class:`~chumchon.loans.dates.DateAdjustment`); they stay importable from here.

>>> from datetime import date
>>> LoanTerms(principal=10000, annual_rate="0.12", installments=12, disbursed_on=date(2026, 1, 5))
LoanTerms(10,000.00 at 12%/yr declining_balance, 12 × monthly equal_installment, from 2026-01-05)
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import RateLike, rate
from chumchon.errors import InvalidInputError
from chumchon.loans._terms_fields import (
    NO_FEE,
    NO_HOLIDAYS,
    to_amortization,
    to_disbursed_on,
    to_fee,
    to_first_due,
    to_frequency,
    to_grace_periods,
    to_holidays,
    to_installment_rounding,
    to_installments,
    to_interest_free_periods,
    to_interest_method,
    to_interest_rounding,
    to_principal,
    to_rate_per_year,
    to_remainder_on,
    to_weekend,
)
from chumchon.loans._util import thai_date
from chumchon.loans.dates import DEFAULT_WEEKEND as DEFAULT_WEEKEND
from chumchon.loans.dates import AccrualBasis as AccrualBasis
from chumchon.loans.dates import DateAdjustment as DateAdjustment
from chumchon.loans.dates import add_months, adjust_date, month_steps, to_accrual, to_date_adjustment
from chumchon.loans.vocabulary import Amortization as Amortization
from chumchon.loans.vocabulary import Frequency as Frequency
from chumchon.loans.vocabulary import InterestMethod as InterestMethod
from chumchon.loans.vocabulary import RemainderOn as RemainderOn
from chumchon.mapping import Mappable, build_at, read_fields
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, in_decimal_context

# The vocabulary (chumchon.loans.vocabulary) and DEFAULT_WEEKEND, AccrualBasis and DateAdjustment
# (chumchon.loans.dates) stay importable here.
__all__ = [
    "Amortization",
    "Frequency",
    "InterestMethod",
    "LoanTerms",
    "RemainderOn",
]

_TWELVE = Decimal(12)
_HOLIDAY_PROBE_MARGIN = timedelta(days=40)


@attrs.frozen(kw_only=True, repr=False)
class LoanTerms(Mappable):
    """The terms of one loan (เงื่อนไขเงินกู้), checked once on construction.

    Attributes:
        principal: the amount lent (เงินต้น), in whole satang.
        annual_rate: the nominal yearly rate as a fraction (0.12 for 12% a year, i.e. 1% a month); see
            :meth:`from_monthly_percent` for the Thai way of quoting ("ร้อยละ 1 ต่อเดือน").
        installments: the number of instalments (จำนวนงวด), 1 to 1200.
        frequency: how often instalments fall due (monthly by default).
        disbursed_on: the day the money is paid out (วันที่จ่ายเงินกู้).
        first_due: the first due date; by default one period after disbursement. Later due dates count
            from it: ``first_due + (k - 1) × step`` months (or ``disbursed_on + k × step`` by default).
        interest_method: declining balance (default), flat, or none.
        amortization: equal instalments (default), equal principal, or bullet.
        grace_periods: the first instalments that repay no principal (interest only), fewer than
            ``installments``.
        interest_free_periods: the first periods that charge no interest.
        installment_rounding: rounds the equal instalment (equal-instalment loans) or the equal principal part
            (equal-principal loans); satang half up by default. The instalment named by ``remainder_on``
            absorbs the difference, so the loan still amortises exactly.
        interest_rounding: rounds each period's interest (satang half up by default). Set it to the same
            rule as ``installment_rounding`` for whole-baht payments on equal-principal loans.
        accrual: interest per period (rate × months / 12, default), or by actual/365 or 30/360 days between
            (adjusted) dates. Under ``PER_PERIOD`` every period, an irregular first one included, is charged
            one period's interest.
        remainder_on: which instalment absorbs rounding remainders: ``LAST`` (default) or ``FIRST``.
        date_adjustment: how due dates on weekends or holidays move (none by default).
        holidays: the caller's holidays: any container of dates (a set, a ``holidays.Thailand()`` object…).
            Only dates near the schedule are kept (a frozenset snapshot), so the terms stay immutable.
        weekend: the weekday numbers that are not business days (Saturday and Sunday by default).
        upfront_fee: a fee deducted or charged at disbursement (ค่าธรรมเนียม); it counts in the cost of credit.

    Raises:
        InvalidInputError: a non-positive principal or instalment count, a negative rate, a first due date on
            or before disbursement, grace as long as the loan, and other inconsistent terms.
    """

    principal: Decimal = attrs.field(converter=to_principal)
    annual_rate: Decimal = attrs.field(converter=to_rate_per_year)
    installments: int = attrs.field(converter=to_installments)
    disbursed_on: date = attrs.field(converter=to_disbursed_on)
    frequency: Frequency = attrs.field(default=Frequency.MONTHLY, converter=to_frequency)
    first_due: date | None = attrs.field(default=None, converter=to_first_due)
    interest_method: InterestMethod = attrs.field(
        default=InterestMethod.DECLINING_BALANCE, converter=to_interest_method
    )
    amortization: Amortization = attrs.field(
        default=Amortization.EQUAL_INSTALLMENT, converter=to_amortization
    )
    grace_periods: int = attrs.field(default=0, converter=to_grace_periods)
    interest_free_periods: int = attrs.field(default=0, converter=to_interest_free_periods)
    installment_rounding: Rounding = attrs.field(default=SATANG, converter=to_installment_rounding)
    interest_rounding: Rounding = attrs.field(default=SATANG, converter=to_interest_rounding)
    accrual: AccrualBasis = attrs.field(default=AccrualBasis.PER_PERIOD, converter=to_accrual)
    remainder_on: RemainderOn = attrs.field(default=RemainderOn.LAST, converter=to_remainder_on)
    date_adjustment: DateAdjustment = attrs.field(default=DateAdjustment.NONE, converter=to_date_adjustment)
    holidays: frozenset[date] = attrs.field(default=NO_HOLIDAYS, converter=to_holidays)
    weekend: frozenset[int] = attrs.field(default=DEFAULT_WEEKEND, converter=to_weekend)
    upfront_fee: Decimal = attrs.field(default=NO_FEE, converter=to_fee)
    # The due dates: adjusted ones computed on construction, plain ones on first use (then kept).
    _due_dates: tuple[date, ...] = attrs.field(init=False, eq=False, repr=False, default=())

    def __attrs_post_init__(self) -> None:
        def bad(field: str, th: str, en: str, value: object) -> InvalidInputError:
            return InvalidInputError(th=th, en=en, field=field, value=value)

        if self.first_due is not None and self.first_due <= self.disbursed_on:
            raise bad(
                "first_due",
                f"วันครบกำหนดงวดแรก {thai_date(self.first_due)} ต้องอยู่หลังวันจ่ายเงินกู้ {thai_date(self.disbursed_on)}",
                f"the first due date {self.first_due} must be after the disbursement date {self.disbursed_on}",
                self.first_due,
            )
        if self.grace_periods >= self.installments:
            raise bad(
                "grace_periods",
                f"งวดปลอดเงินต้น ({self.grace_periods}) ต้องน้อยกว่าจำนวนงวด ({self.installments})",
                f"grace periods ({self.grace_periods}) must be fewer than the instalments ({self.installments})",
                self.grace_periods,
            )
        if self.interest_free_periods > self.installments:
            raise bad(
                "interest_free_periods",
                f"งวดปลอดดอกเบี้ย ({self.interest_free_periods}) ต้องไม่เกินจำนวนงวด ({self.installments})",
                f"interest-free periods ({self.interest_free_periods}) must not exceed the instalments "
                f"({self.installments})",
                self.interest_free_periods,
            )
        if self.interest_method is InterestMethod.NONE and self.annual_rate != 0:
            raise bad(
                "annual_rate",
                f"เงินกู้ไม่มีดอกเบี้ย (NONE) ต้องมีอัตราดอกเบี้ย 0 ไม่ใช่ {self.annual_rate}",
                f"a loan without interest (NONE) must have annual_rate 0, not {self.annual_rate}",
                self.annual_rate,
            )
        if self.upfront_fee >= self.principal:
            raise bad(
                "upfront_fee",
                f"ค่าธรรมเนียม {self.upfront_fee} ต้องน้อยกว่าเงินต้น {self.principal}",
                f"the upfront fee {self.upfront_fee} must be less than the principal {self.principal}",
                self.upfront_fee,
            )
        if (
            self.remainder_on is RemainderOn.FIRST
            and self.amortization is Amortization.EQUAL_INSTALLMENT
            and self.interest_method is InterestMethod.DECLINING_BALANCE
            and self.annual_rate != 0
        ):
            raise bad(
                "remainder_on",
                "เงินกู้ลดต้นลดดอกแบบผ่อนเท่ากันให้งวดสุดท้ายรับเศษได้เท่านั้น เพราะดอกเบี้ยแต่ละงวดขึ้นกับเงินต้นคงเหลือ",
                "a declining-balance equal-instalment loan can only put the remainder on the LAST instalment, "
                "because each period's interest depends on the balance left",
                self.remainder_on,
            )
        self._check_last_due_date()  # due dates rise, so this checks that every one is representable
        given: object = self.holidays
        if not isinstance(given, frozenset):  # a foreign container (e.g. holidays.Thailand())
            object.__setattr__(self, "holidays", self._holiday_snapshot(self._last_nominal_due_date()))
        if self.date_adjustment is not DateAdjustment.NONE:
            nominal = self.nominal_due_dates()
            adjusted = tuple(
                adjust_date(d, self.date_adjustment, holidays=self.holidays, weekend=self.weekend)
                for d in nominal
            )
            object.__setattr__(self, "_due_dates", adjusted)
            previous = self.disbursed_on
            for number, due in enumerate(adjusted, start=1):
                if due <= previous:
                    raise bad(
                        "date_adjustment",
                        f"เมื่อเลื่อนวันหยุดแล้ว งวดที่ {number} ({thai_date(due)}) ไม่อยู่หลังวันก่อนหน้า ({thai_date(previous)})",
                        f"after moving off holidays, instalment {number} ({due}) is not after the previous "
                        f"date ({previous})",
                        due,
                    )
                previous = due

    def _holiday_snapshot(self, last_nominal: date) -> frozenset[date]:
        container: Container[date] = self.holidays
        if self.date_adjustment is DateAdjustment.NONE:
            return frozenset()
        try:
            day = self.disbursed_on
            end = last_nominal + _HOLIDAY_PROBE_MARGIN
            found = []
            step = timedelta(days=1)
            while day <= end:
                if day in container:
                    found.append(day)
                day += step
        except Exception as exc:  # a foreign container that cannot answer `in` for a date
            raise InvalidInputError(
                th="ตรวจสอบวันหยุดไม่ได้: ชุดวันหยุดต้องตอบได้ว่าวันที่ใดเป็นวันหยุด",
                en=f"the holiday container cannot be queried with dates: {exc}",
                field="holidays",
                value=container,
            ) from None
        return frozenset(found)

    # --- named constructors -----------------------------------------------------------------------------

    @classmethod
    @in_decimal_context
    def from_monthly_percent(cls, monthly_percent: RateLike, **kwargs: Any) -> LoanTerms:
        """Terms quoted the Thai savings-group way, "ร้อยละ X ต่อเดือน" (X baht per 100 baht per month).

        ``annual_rate`` becomes ``X × 12 / 100`` exactly (1% a month is 0.12 a year); the other keywords are
        those of :class:`LoanTerms`.

        >>> from datetime import date
        >>> LoanTerms.from_monthly_percent(1, principal=10000, installments=12, disbursed_on=date(2026, 1, 5)).annual_rate
        Decimal('0.12')
        """
        percent = rate(monthly_percent, "monthly_percent")
        _refuse_rate_keyword(kwargs, "monthly_percent")
        return cls(annual_rate=percent * 12 / 100, **kwargs)

    @classmethod
    @in_decimal_context
    def from_annual_percent(cls, annual_percent: RateLike, **kwargs: Any) -> LoanTerms:
        """Terms quoted "ร้อยละ X ต่อปี" (X baht per 100 baht per year), as cooperatives do."""
        percent = rate(annual_percent, "annual_percent")
        _refuse_rate_keyword(kwargs, "annual_percent")
        return cls(annual_rate=percent / 100, **kwargs)

    @classmethod
    @in_decimal_context
    def from_mapping(cls, data: Mapping[str, Any]) -> LoanTerms:
        """Terms from a document (:meth:`to_mapping`'s data, read back exactly) or other outside data (JSON, a
        spreadsheet row): the field names as keys, enums and frequencies by name (``"flat"``, ``"quarterly"``,
        ``"every_2_months"``), roundings by name (``"whole_baht_up"``) or as ``{"quantum", "mode"}``, dates as
        ``date`` or ``YYYY-MM-DD``; a ``monthly_percent`` or ``annual_percent`` key may stand in for
        ``annual_rate`` (exactly one of the three). A malformed mapping (not a mapping, an unknown or a missing
        key, two rates) is refused as every document is, with a :class:`~chumchon.errors.ParseError` naming the
        field (:func:`chumchon.mapping.read_fields`); so is a bad value, with the field's own message.

        >>> LoanTerms.from_mapping({"principal": "5000", "monthly_percent": "1", "installments": 6,
        ...                         "disbursed_on": "2026-01-05", "interest_method": "flat"}).interest_method
        <InterestMethod.FLAT: 'flat'>
        >>> LoanTerms.from_mapping({"principal": "5000", "monthly_percent": "1"})
        Traceback (most recent call last):
        ...
        chumchon.errors.ParseError: ขาดช่อง installments, disbursed_on / missing field(s) installments, disbursed_on
        """
        values = read_fields(cls, data, stand_ins=_RATE_STAND_INS, outside_forms=True)
        if "monthly_percent" in values:
            percent = values.pop("monthly_percent")
            return build_at("", lambda: cls.from_monthly_percent(percent, **values))
        if "annual_percent" in values:
            percent = values.pop("annual_percent")
            return build_at("", lambda: cls.from_annual_percent(percent, **values))
        return build_at("", lambda: cls(**values))

    # --- derived values ---------------------------------------------------------------------------------

    @property
    def period_rate(self) -> Decimal:
        """The interest rate of one period under per-period accrual: ``annual_rate × months / 12``."""
        ctx = DECIMAL_CONTEXT
        return ctx.divide(ctx.multiply(self.annual_rate, self.frequency.months), _TWELVE)

    @property
    def monthly_percent(self) -> Decimal:
        """The rate as the Thai "ร้อยละ … ต่อเดือน": ``annual_rate × 100 / 12``."""
        ctx = DECIMAL_CONTEXT
        return ctx.divide(ctx.multiply(self.annual_rate, 100), _TWELVE)

    @property
    def first_due_date(self) -> date:
        """The first nominal due date (before any business-day adjustment)."""
        return self.nominal_due_dates()[0]

    def _check_last_due_date(self) -> None:
        step = self.frequency.months
        start = self.disbursed_on if self.first_due is None else self.first_due
        months = self.installments * step if self.first_due is None else (self.installments - 1) * step
        if (start.year * 12 + start.month - 1 + months) // 12 > 9999:
            self._last_nominal_due_date()  # raises the dates module's out-of-range error

    def _last_nominal_due_date(self) -> date:
        step = self.frequency.months
        if self.first_due is None:
            return add_months(self.disbursed_on, self.installments * step)
        return add_months(self.first_due, (self.installments - 1) * step)

    def nominal_due_dates(self) -> tuple[date, ...]:
        """The due dates before business-day adjustment, counted from the start (no month-end drift)."""
        step = self.frequency.months
        if self.first_due is None:
            return month_steps(self.disbursed_on, step, 1, self.installments)
        return month_steps(self.first_due, step, 0, self.installments)

    def due_dates(self) -> tuple[date, ...]:
        """The due dates after business-day adjustment (the nominal dates when there is none)."""
        dates = self._due_dates
        if not dates:  # no adjustment: computed on first use (construction only checks the last one)
            dates = self.nominal_due_dates()
            object.__setattr__(self, "_due_dates", dates)
        return dates

    def __repr__(self) -> str:
        rate = f"{DECIMAL_CONTEXT.multiply(self.annual_rate, 100).normalize(DECIMAL_CONTEXT):f}%/yr"
        return (
            f"LoanTerms({self.principal:,} at {rate} {self.interest_method.value}, "
            f"{self.installments} × {self.frequency.label_en} {self.amortization.value}, "
            f"from {self.disbursed_on.isoformat()})"
        )


# The other keys from_mapping takes for the rate: "ร้อยละ … ต่อเดือน" and "ร้อยละ … ต่อปี".
_RATE_STAND_INS = {"annual_rate": ("monthly_percent", "annual_percent")}


def _refuse_rate_keyword(kwargs: Mapping[str, Any], given: str) -> None:
    if "annual_rate" in kwargs:
        raise InvalidInputError(
            th=f"ให้อัตราดอกเบี้ยได้ทางเดียว: {given} หรือ annual_rate ไม่ใช่ทั้งสอง",
            en=f"give the rate one way: {given} or annual_rate, not both",
            field="annual_rate",
            value=kwargs["annual_rate"],
        )
