"""Loan vocabulary: frequencies, interest methods, amortization and other closed sets (ศัพท์ของเงินกู้).

The closed sets a loan is described with:

* :class:`Frequency` (งวดการชำระ): monthly, quarterly, semi-annual, annual, or every *k* months;
* :class:`InterestMethod` (วิธีคิดดอกเบี้ย): declining balance (ลดต้นลดดอก), flat (เงินต้นคงที่/ดอกเบี้ยคงที่) or none;
* :class:`Amortization` (วิธีคืนเงินต้น): equal instalments, equal principal, or bullet (all principal at the end);
* :class:`RemainderOn`: which instalment absorbs rounding remainders (last by default, or first);
* :class:`AccrualBasis` (วิธีนับวันคิดดอกเบี้ย): per period (rate × months / 12), actual/365 or 30/360;
* :class:`DateAdjustment`: how a due date on a weekend or holiday moves (following, modified following,
  preceding), with the holiday set always passed in by the caller.

>>> from chumchon.loans.terms import Frequency, InterestMethod
>>> Frequency.MONTHLY.months, Frequency.QUARTERLY.periods_per_year == 4, Frequency.every(2)
(1, True, Frequency.every(2))
>>> InterestMethod("declining_balance") is InterestMethod.DECLINING_BALANCE
True
>>> Frequency.every(0)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ความถี่ของงวดต้องเป็นจำนวนเดือนเต็มตั้งแต่ 1 ถึง 120 ไม่ใช่ 0 / a frequency must be a whole number of months from 1 to 120, not 0
"""

from __future__ import annotations

import enum
from collections.abc import Container, Mapping
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, TypeVar

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError, ParseError
from chumchon.loans._convert import convert_enum as _convert_enum
from chumchon.loans._convert import to_date as _to_date
from chumchon.loans.dates import DEFAULT_WEEKEND as DEFAULT_WEEKEND
from chumchon.loans.dates import AccrualBasis as AccrualBasis
from chumchon.loans.dates import DateAdjustment as DateAdjustment
from chumchon.loans.dates import to_accrual as _to_accrual
from chumchon.loans.dates import to_date_adjustment as _to_date_adjustment
from chumchon.mapping import Mappable, register_codec
from chumchon.money import (
    DECIMAL_CONTEXT,
    SATANG,
    Rounding,
    in_decimal_context,
    plain_scalar,
    rounding_from_name,
    to_annual_rate,
    to_money,
    to_rate,
)

# DEFAULT_WEEKEND, AccrualBasis and DateAdjustment live in chumchon.loans.dates and stay importable here.
__all__ = [
    "Amortization",
    "Frequency",
    "InterestMethod",
    "LoanTerms",
    "RemainderOn",
]

_MAX_FREQUENCY_MONTHS = 120
_TWELVE = Decimal(12)
_NAMED_FREQUENCIES = {1: "MONTHLY", 3: "QUARTERLY", 6: "SEMI_ANNUAL", 12: "ANNUAL"}
_FREQUENCY_LABELS_TH = {1: "รายเดือน", 3: "รายไตรมาส", 6: "ราย 6 เดือน", 12: "รายปี"}


def _check_months(value: object) -> int:
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_FREQUENCY_MONTHS:
        raise InvalidInputError(
            th=f"ความถี่ของงวดต้องเป็นจำนวนเดือนเต็มตั้งแต่ 1 ถึง {_MAX_FREQUENCY_MONTHS} ไม่ใช่ {value!r}",
            en=f"a frequency must be a whole number of months from 1 to {_MAX_FREQUENCY_MONTHS}, not {value!r}",
            field="frequency",
            value=value,
        )
    return value


@attrs.frozen(repr=False)
class Frequency:
    """How often instalments fall due (งวดการชำระ): every ``months`` calendar months.

    Use the named values :attr:`MONTHLY`, :attr:`QUARTERLY`, :attr:`SEMI_ANNUAL`, :attr:`ANNUAL`, or
    :meth:`every` for any whole number of months (1 to 120). Due dates count from the start date
    (``start + relativedelta(months=k * months)``), so they never drift at month ends.

    Attributes:
        months: the number of calendar months between due dates.
    """

    months: int = attrs.field(converter=_check_months)

    MONTHLY: ClassVar[Frequency]
    QUARTERLY: ClassVar[Frequency]
    SEMI_ANNUAL: ClassVar[Frequency]
    ANNUAL: ClassVar[Frequency]

    @classmethod
    def every(cls, months: int) -> Frequency:
        """Instalments every ``months`` months, e.g. ``Frequency.every(2)`` for every two months."""
        return cls(months)

    @classmethod
    def from_name(cls, name: str) -> Frequency:
        """The frequency called ``name``: ``"monthly"``, ``"quarterly"``, ``"semi_annual"``, ``"annual"``,
        or ``"every_k_months"`` (e.g. ``"every_2_months"``).

        >>> Frequency.from_name("quarterly"), Frequency.from_name("every_2_months")
        (Frequency.QUARTERLY, Frequency.every(2))
        """
        key = str(name).strip().lower().replace("-", "_").replace(" ", "_")
        for months, named in _NAMED_FREQUENCIES.items():
            if key == named.lower():
                return cls(months)
        parts = key.split("_")
        if len(parts) == 3 and parts[0] == "every" and parts[2] in ("months", "month") and parts[1].isdigit():
            return cls(int(parts[1]))
        raise InvalidInputError(
            th=f"ไม่รู้จักความถี่ {name!r} ใช้ได้: monthly, quarterly, semi_annual, annual, every_k_months",
            en=f"unknown frequency {name!r}; allowed: monthly, quarterly, semi_annual, annual, every_k_months",
            field="frequency",
            value=name,
        )

    @property
    def periods_per_year(self) -> Fraction:
        """Periods in a year, as an exact fraction (12 / months): 12 for monthly, 2/3 for every 18 months."""
        return Fraction(12, self.months)

    @property
    def year_fraction(self) -> Decimal:
        """The length of one period in years (months / 12), as used by per-period interest accrual."""
        return DECIMAL_CONTEXT.divide(Decimal(self.months), _TWELVE)

    @property
    def label_th(self) -> str:
        """The frequency in Thai, e.g. ``รายเดือน`` or ``ทุก 2 เดือน``."""
        return _FREQUENCY_LABELS_TH.get(self.months, f"ทุก {self.months} เดือน")

    @property
    def label_en(self) -> str:
        """The frequency in English, e.g. ``monthly`` or ``every 2 months``."""
        named = _NAMED_FREQUENCIES.get(self.months)
        return named.lower().replace("_", "-") if named else f"every {self.months} months"

    def __repr__(self) -> str:
        named = _NAMED_FREQUENCIES.get(self.months)
        return f"Frequency.{named}" if named else f"Frequency.every({self.months})"


Frequency.MONTHLY = Frequency(1)
Frequency.QUARTERLY = Frequency(3)
Frequency.SEMI_ANNUAL = Frequency(6)
Frequency.ANNUAL = Frequency(12)


def _frequency_code(frequency: Frequency) -> str:
    named = _NAMED_FREQUENCIES.get(frequency.months)
    return named.lower() if named else f"every_{frequency.months}_months"


def _frequency_from_code(data: object, path: str) -> Frequency:
    if not isinstance(data, str):
        raise ParseError(
            th=f"ช่อง {path} ต้องเป็นชื่อความถี่ เช่น monthly หรือ every_2_months ไม่ใช่ {data!r}",
            en=f"{path} must be a frequency name such as monthly or every_2_months, not {data!r}",
            text=data,
            field=path,
        )
    return Frequency.from_name(data)


register_codec(
    Frequency,
    encode=_frequency_code,
    decode=_frequency_from_code,
    schema=lambda: {
        "type": "string",
        "pattern": "^(monthly|quarterly|semi_annual|annual|every_[0-9]+_months)$",
    },
)


class InterestMethod(ParsableEnum):
    """How interest is charged (วิธีคิดดอกเบี้ย).

    * ``DECLINING_BALANCE`` (ลดต้นลดดอก): each period's interest is the rate on the principal still owed;
    * ``FLAT`` (ดอกเบี้ยคงที่ / เงินต้นคงที่): each period's interest is the rate on the original principal,
      however much has been repaid (the true cost is much higher than the quoted rate);
    * ``NONE``: no interest (e.g. กข.คจ. loans).
    """

    DECLINING_BALANCE = "declining_balance"
    FLAT = "flat"
    NONE = "none"


class Amortization(ParsableEnum):
    """How principal is repaid (วิธีคืนเงินต้น).

    * ``EQUAL_INSTALLMENT`` (ผ่อนเท่ากันทุกงวด): principal plus interest is the same every period (annuity);
    * ``EQUAL_PRINCIPAL`` (เงินต้นเท่ากันทุกงวด): the same principal every period, interest on top;
    * ``BULLET`` (คืนต้นครั้งเดียว): interest only, all principal with the last instalment (e.g. at harvest).
    """

    EQUAL_INSTALLMENT = "equal_installment"
    EQUAL_PRINCIPAL = "equal_principal"
    BULLET = "bullet"


class RemainderOn(ParsableEnum):
    """Which instalment absorbs what rounding leaves over: the ``LAST`` (default) or the ``FIRST``."""

    LAST = "last"
    FIRST = "first"


E = TypeVar("E", bound=enum.Enum)
_MAX_INSTALLMENTS = 1200
_CENT = Decimal("0.01")
_HOLIDAY_PROBE_MARGIN = timedelta(days=40)


def _to_interest_method(value: object) -> InterestMethod:
    return _convert_enum(InterestMethod, "interest_method", value)


def _to_amortization(value: object) -> Amortization:
    return _convert_enum(Amortization, "amortization", value)


def _to_remainder_on(value: object) -> RemainderOn:
    return _convert_enum(RemainderOn, "remainder_on", value)


def _to_annual_rate(value: object) -> Decimal:
    return to_annual_rate(value, name="annual_rate")


def _to_disbursed_on(value: object) -> date:
    return _to_date(value, "disbursed_on")


def _to_frequency(value: object) -> Frequency:
    if isinstance(value, Frequency):
        return value
    if isinstance(value, str):
        return Frequency.from_name(value)
    return Frequency(_check_months(value))


def _to_rounding(value: object, field: str = "rounding") -> Rounding:
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


def _to_installment_rounding(value: object) -> Rounding:
    return _to_rounding(value, "installment_rounding")


def _to_interest_rounding(value: object) -> Rounding:
    return _to_rounding(value, "interest_rounding")


def _to_optional_date(value: object) -> date | None:
    return None if value is None else _to_date(value, "first_due")


def _check_count(field: str, minimum: int, value: object) -> int:
    if type(value) is int and minimum <= value <= _MAX_INSTALLMENTS:  # the usual case, checked first
        return value
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= _MAX_INSTALLMENTS:
        raise InvalidInputError(
            th=f"ค่า {field!r} ต้องเป็นจำนวนเต็มตั้งแต่ {minimum} ถึง {_MAX_INSTALLMENTS} ไม่ใช่ {value!r}",
            en=f"{field!r} must be a whole number from {minimum} to {_MAX_INSTALLMENTS}, not {value!r}",
            field=field,
            value=value,
        )
    return value


def _to_installments(value: object) -> int:
    return _check_count("installments", 1, value)


def _to_grace_periods(value: object) -> int:
    return _check_count("grace_periods", 0, value)


def _to_interest_free_periods(value: object) -> int:
    return _check_count("interest_free_periods", 0, value)


def _to_principal(value: object) -> Decimal:
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
_NO_FEE = Decimal(0)
_NO_HOLIDAYS: frozenset[date] = frozenset()


def _to_fee(value: object) -> Decimal:
    if value is _NO_FEE:
        return _NO_FEE
    return to_money(value, name="upfront_fee")


def _to_weekend(value: object) -> frozenset[int]:
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


def _to_holidays(value: object) -> Any:
    if value is None or value is _NO_HOLIDAYS:
        return _NO_HOLIDAYS
    if isinstance(value, (set, frozenset, list, tuple)):
        days = [_to_date(d, "holidays") for d in value]
        return frozenset(days)
    if not hasattr(value, "__contains__"):
        raise InvalidInputError(
            th=f"วันหยุดต้องเป็นชุดของวันที่ (เช่น set หรือ holidays.Thailand()) ไม่ใช่ {value!r}",
            en=f"holidays must be a container of dates (e.g. a set or holidays.Thailand()), not {value!r}",
            field="holidays",
            value=value,
        )
    return value  # replaced by a frozenset snapshot in __attrs_post_init__


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

    principal: Decimal = attrs.field(converter=_to_principal)
    annual_rate: Decimal = attrs.field(converter=_to_annual_rate)
    installments: int = attrs.field(converter=_to_installments)
    disbursed_on: date = attrs.field(converter=_to_disbursed_on)
    frequency: Frequency = attrs.field(default=Frequency.MONTHLY, converter=_to_frequency)
    first_due: date | None = attrs.field(default=None, converter=_to_optional_date)
    interest_method: InterestMethod = attrs.field(
        default=InterestMethod.DECLINING_BALANCE, converter=_to_interest_method
    )
    amortization: Amortization = attrs.field(
        default=Amortization.EQUAL_INSTALLMENT, converter=_to_amortization
    )
    grace_periods: int = attrs.field(default=0, converter=_to_grace_periods)
    interest_free_periods: int = attrs.field(default=0, converter=_to_interest_free_periods)
    installment_rounding: Rounding = attrs.field(default=SATANG, converter=_to_installment_rounding)
    interest_rounding: Rounding = attrs.field(default=SATANG, converter=_to_interest_rounding)
    accrual: AccrualBasis = attrs.field(default=AccrualBasis.PER_PERIOD, converter=_to_accrual)
    remainder_on: RemainderOn = attrs.field(default=RemainderOn.LAST, converter=_to_remainder_on)
    date_adjustment: DateAdjustment = attrs.field(default=DateAdjustment.NONE, converter=_to_date_adjustment)
    holidays: frozenset[date] = attrs.field(default=_NO_HOLIDAYS, converter=_to_holidays)
    weekend: frozenset[int] = attrs.field(default=DEFAULT_WEEKEND, converter=_to_weekend)
    upfront_fee: Decimal = attrs.field(default=_NO_FEE, converter=_to_fee)
    # The due dates: adjusted ones computed on construction, plain ones on first use (then kept).
    _due_dates: tuple[date, ...] = attrs.field(init=False, eq=False, repr=False, default=())

    def __attrs_post_init__(self) -> None:
        def bad(field: str, th: str, en: str, value: object) -> InvalidInputError:
            return InvalidInputError(th=th, en=en, field=field, value=value)

        if self.first_due is not None and self.first_due <= self.disbursed_on:
            raise bad(
                "first_due",
                f"วันครบกำหนดงวดแรก {self.first_due} ต้องอยู่หลังวันจ่ายเงินกู้ {self.disbursed_on}",
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
            from chumchon.loans.dates import adjust_date

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
                        f"เมื่อเลื่อนวันหยุดแล้ว งวดที่ {number} ({due}) ไม่อยู่หลังวันก่อนหน้า ({previous})",
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
    def from_monthly_percent(cls, monthly_percent: object, **kwargs: Any) -> LoanTerms:
        """Terms quoted the Thai savings-group way, "ร้อยละ X ต่อเดือน" (X baht per 100 baht per month).

        ``annual_rate`` becomes ``X × 12 / 100`` exactly (1% a month is 0.12 a year); the other keywords are
        those of :class:`LoanTerms`.

        >>> from datetime import date
        >>> LoanTerms.from_monthly_percent(1, principal=10000, installments=12, disbursed_on=date(2026, 1, 5)).annual_rate
        Decimal('0.12')
        """
        percent = to_rate(monthly_percent, name="monthly_percent")
        _refuse_rate_keyword(kwargs, "monthly_percent")
        return cls(annual_rate=percent * 12 / 100, **kwargs)

    @classmethod
    @in_decimal_context
    def from_annual_percent(cls, annual_percent: object, **kwargs: Any) -> LoanTerms:
        """Terms quoted "ร้อยละ X ต่อปี" (X baht per 100 baht per year), as cooperatives do."""
        percent = to_rate(annual_percent, name="annual_percent")
        _refuse_rate_keyword(kwargs, "annual_percent")
        return cls(annual_rate=percent / 100, **kwargs)

    @classmethod
    @in_decimal_context
    def from_mapping(cls, data: Mapping[str, Any]) -> LoanTerms:
        """Terms from outside data (JSON, a spreadsheet row): the field names as keys, enums and
        frequencies by name (``"flat"``, ``"quarterly"``, ``"every_2_months"``), roundings by name
        (``"whole_baht_up"``), dates as ``date`` or ``YYYY-MM-DD``; a ``monthly_percent`` or
        ``annual_percent`` key may stand in for ``annual_rate`` (exactly one of the three). Unknown and
        missing keys are refused with :class:`~chumchon.errors.ParseError`, naming them.

        >>> LoanTerms.from_mapping({"principal": "5000", "monthly_percent": "1", "installments": 6,
        ...                         "disbursed_on": "2026-01-05", "interest_method": "flat"}).interest_method
        <InterestMethod.FLAT: 'flat'>
        >>> LoanTerms.from_mapping({"principal": "5000", "monthly_percent": "1"})
        Traceback (most recent call last):
        ...
        chumchon.errors.ParseError: ข้อมูลเงื่อนไขเงินกู้ขาดช่อง disbursed_on, installments / loan terms data is missing disbursed_on, installments
        """
        if not isinstance(data, Mapping):
            raise InvalidInputError(
                th=f"ข้อมูลเงื่อนไขเงินกู้ต้องเป็น mapping (เช่น dict) ไม่ใช่ {type(data).__name__}",
                en=f"loan terms data must be a mapping (e.g. a dict), not {type(data).__name__}",
                field="data",
                value=data,
            )
        names = _MAPPING_FIELDS
        allowed = ", ".join(sorted(names | _RATE_KEYS))
        bad_keys = [key for key in data if not isinstance(key, str)]
        if bad_keys:
            raise ParseError(
                th=f"ชื่อช่องต้องเป็นข้อความ ไม่ใช่ {bad_keys[0]!r} ช่องที่ใช้ได้: {allowed}",
                en=f"field names must be text, not {bad_keys[0]!r}; allowed: {allowed}",
                text=bad_keys[0],
                field="data",
            )
        values = dict(data)
        unknown = sorted(set(values) - names - _RATE_KEYS)
        if unknown:
            raise ParseError(
                th=f"ไม่รู้จักช่อง {', '.join(unknown)} ช่องที่ใช้ได้: {allowed}",
                en=f"unknown field(s) {', '.join(unknown)}; allowed: {allowed}",
                text=unknown[0],
                field=unknown[0],
            )
        rates = sorted(_RATE_KEYS & set(values))
        if len(rates) > 1:
            raise ParseError(
                th=f"ให้อัตราดอกเบี้ยได้ช่องเดียว (annual_rate, monthly_percent หรือ annual_percent) ไม่ใช่ "
                f"{', '.join(rates)}",
                en=f"give one interest rate (annual_rate, monthly_percent or annual_percent), not {', '.join(rates)}",
                text=rates[1],
                field=rates[1],
            )
        missing = sorted(_REQUIRED_FIELDS - set(values))
        if not rates:
            missing = sorted([*missing, "annual_rate"])
        if missing:
            raise ParseError(
                th=f"ข้อมูลเงื่อนไขเงินกู้ขาดช่อง {', '.join(missing)}",
                en=f"loan terms data is missing {', '.join(missing)}",
                field=missing[0],
            )
        if "monthly_percent" in values:
            return cls.from_monthly_percent(values.pop("monthly_percent"), **values)
        if "annual_percent" in values:
            return cls.from_annual_percent(values.pop("annual_percent"), **values)
        return cls(**values)

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
        from chumchon.loans.dates import add_months

        step = self.frequency.months
        if self.first_due is None:
            return add_months(self.disbursed_on, self.installments * step)
        return add_months(self.first_due, (self.installments - 1) * step)

    def nominal_due_dates(self) -> tuple[date, ...]:
        """The due dates before business-day adjustment, counted from the start (no month-end drift)."""
        step = self.frequency.months
        if self.first_due is None:
            return _month_steps(self.disbursed_on, step, 1, self.installments)
        return _month_steps(self.first_due, step, 0, self.installments)

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


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_steps(start: date, step: int, first: int, count: int) -> tuple[date, ...]:
    """``start + k × step`` months for k = first .. first + count - 1, the day clipped to the month's end:
    :func:`~chumchon.loans.dates.add_months` in one loop (the caller has checked the last date's year)."""
    base = start.year * 12 + start.month - 1
    day = start.day
    indices = range(base + first * step, base + (first + count) * step, step)
    if day <= 28:  # no month is shorter: no clipping
        return tuple([date(index // 12, index % 12 + 1, day) for index in indices])
    dates: list[date] = []
    append = dates.append
    lengths = _DAYS_IN_MONTH
    for index in indices:
        year, month0 = divmod(index, 12)
        days = lengths[month0]
        if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            days = 29
        append(date(year, month0 + 1, day if day <= days else days))
    return tuple(dates)


# The keys from_mapping takes: the init fields, and one of three ways to give the rate.
_MAPPING_FIELDS = frozenset(f.alias or f.name for f in attrs.fields(LoanTerms) if f.init)
_RATE_KEYS = frozenset({"annual_rate", "monthly_percent", "annual_percent"})
_REQUIRED_FIELDS = (
    frozenset(f.alias or f.name for f in attrs.fields(LoanTerms) if f.init and f.default is attrs.NOTHING)
    - _RATE_KEYS
)


def _refuse_rate_keyword(kwargs: Mapping[str, Any], given: str) -> None:
    if "annual_rate" in kwargs:
        raise InvalidInputError(
            th=f"ให้อัตราดอกเบี้ยได้ทางเดียว: {given} หรือ annual_rate ไม่ใช่ทั้งสอง",
            en=f"give the rate one way: {given} or annual_rate, not both",
            field="annual_rate",
            value=kwargs["annual_rate"],
        )
