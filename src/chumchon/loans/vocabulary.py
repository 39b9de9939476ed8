"""Loan vocabulary: frequencies, interest methods, amortization and other closed sets (ศัพท์ของเงินกู้).

The closed sets a loan is described with:

* :class:`Frequency` (งวดการชำระ): monthly, quarterly, semi-annual, annual, or every *k* months;
* :class:`InterestMethod` (วิธีคิดดอกเบี้ย): declining balance (ลดต้นลดดอก), flat (เงินต้นคงที่/ดอกเบี้ยคงที่) or none;
* :class:`Amortization` (วิธีคืนเงินต้น): equal instalments, equal principal, or bullet (all principal at the end);
* :class:`RemainderOn`: which instalment absorbs rounding remainders (last by default, or first);
* :class:`~chumchon.loans.dates.AccrualBasis` (วิธีนับวันคิดดอกเบี้ย): per period (rate × months / 12), actual/365
  or 30/360, and :class:`~chumchon.loans.dates.DateAdjustment` (how a due date on a weekend or holiday moves),
  live with the dates in :mod:`chumchon.loans.dates`.

>>> from chumchon.loans.vocabulary import Frequency, InterestMethod
>>> Frequency.MONTHLY.months, Frequency.QUARTERLY.periods_per_year == 4, Frequency.every(2)
(1, True, Frequency.every(2))
>>> InterestMethod("declining_balance") is InterestMethod.DECLINING_BALANCE
True
>>> Frequency.every(0)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'frequency' ต้องเป็นจำนวนเต็ม ตั้งแต่ 1 ถึง 120 ไม่ใช่ 0 / 'frequency' must be a whole number from 1 to 120, not 0
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

import attrs

from chumchon._checks import ParsableEnum, invalid, text, whole_number
from chumchon.errors import InvalidInputError, ParseError
from chumchon.mapping import register_codec
from chumchon.money import DECIMAL_CONTEXT

__all__ = ["Amortization", "Frequency", "InterestMethod", "RemainderOn"]

_MAX_FREQUENCY_MONTHS = 120
_TWELVE = Decimal(12)
_NAMED_FREQUENCIES = {1: "MONTHLY", 3: "QUARTERLY", 6: "SEMI_ANNUAL", 12: "ANNUAL"}
# The Thai names of the closed sets' members, by value (the values are distinct across the sets).
_LABELS_TH = {
    "declining_balance": "ลดต้นลดดอก",
    "flat": "ดอกเบี้ยคงที่",
    "none": "ไม่มีดอกเบี้ย",
    "equal_installment": "ผ่อนเท่ากันทุกงวด",
    "equal_principal": "เงินต้นเท่ากันทุกงวด",
    "bullet": "คืนต้นครั้งเดียว",
    "last": "งวดสุดท้าย",
    "first": "งวดแรก",
}
_FREQUENCY_NAMES = "monthly, quarterly, semi_annual, annual, every_k_months, รายเดือน, ทุก k เดือน"
_FREQUENCY_LABELS_TH = {1: "รายเดือน", 3: "รายไตรมาส", 6: "ราย 6 เดือน", 12: "รายปี"}


def _check_months(value: int) -> int:
    return whole_number(value, "frequency", minimum=1, maximum=_MAX_FREQUENCY_MONTHS)


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
        or ``"every_k_months"`` (e.g. ``"every_2_months"``), in any case, or its Thai label (``"รายเดือน"``,
        ``"ทุก 2 เดือน"``).

        >>> Frequency.from_name("Quarterly"), Frequency.from_name("every_2_months"), Frequency.from_name("ทุก 2 เดือน")
        (Frequency.QUARTERLY, Frequency.every(2), Frequency.every(2))
        """
        raw = text(name, "frequency").strip()
        key = raw.casefold().replace("-", "_").replace(" ", "_")
        for months, named in _NAMED_FREQUENCIES.items():
            if key == named.lower() or raw == _FREQUENCY_LABELS_TH[months]:
                return cls(months)
        parts = key.split("_")
        if len(parts) == 3 and parts[0] == "every" and parts[2] in ("months", "month") and parts[1].isdigit():
            return cls(int(parts[1]))
        thai = raw.split()
        if len(thai) == 3 and thai[0] == "ทุก" and thai[2] == "เดือน" and thai[1].isdigit():
            return cls(int(thai[1]))
        raise invalid("choice", "frequency", name, allowed=_FREQUENCY_NAMES)

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
    try:
        return Frequency.from_name(data)
    except InvalidInputError as error:  # named as the place in the document, as the kernel's readers do
        raise ParseError(
            th=f"ช่อง {path}: {error.th}", en=f"{path}: {error.en}", text=data, field=path
        ) from None


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

    @property
    def label_th(self) -> str:
        """The Thai name (วิธีคิดดอกเบี้ย), e.g. ``ลดต้นลดดอก``; :meth:`parse` reads it too."""
        return _LABELS_TH[self.value]


class Amortization(ParsableEnum):
    """How principal is repaid (วิธีคืนเงินต้น).

    * ``EQUAL_INSTALLMENT`` (ผ่อนเท่ากันทุกงวด): principal plus interest is the same every period (annuity);
    * ``EQUAL_PRINCIPAL`` (เงินต้นเท่ากันทุกงวด): the same principal every period, interest on top;
    * ``BULLET`` (คืนต้นครั้งเดียว): interest only, all principal with the last instalment (e.g. at harvest).
    """

    EQUAL_INSTALLMENT = "equal_installment"
    EQUAL_PRINCIPAL = "equal_principal"
    BULLET = "bullet"

    @property
    def label_th(self) -> str:
        """The Thai name (วิธีคืนเงินต้น), e.g. ``ผ่อนเท่ากันทุกงวด``; :meth:`parse` reads it too."""
        return _LABELS_TH[self.value]


class RemainderOn(ParsableEnum):
    """Which instalment absorbs what rounding leaves over: the ``LAST`` (default) or the ``FIRST``."""

    LAST = "last"
    FIRST = "first"

    @property
    def label_th(self) -> str:
        """The Thai name (งวดที่รับเศษ), e.g. ``งวดสุดท้าย``; :meth:`parse` reads it too."""
        return _LABELS_TH[self.value]
