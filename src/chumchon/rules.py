"""Rules as dated data: sources, confidence and the legal limits for every lender (กฎเกณฑ์และแหล่งอ้างอิง).

Every legal or regulatory number in chumchon is a :class:`Parameter`: a history of values, each in force from
a date, each with the :class:`Source` it comes from and a confidence :class:`Status`:

* ``confirmed``: stated by a government page, a law, or the instrument itself;
* ``secondary``: stated by a non-government source or a public app that copies official forms;
* ``provisional``: common practice or our best reading. A default the caller may replace, never law.

Calculations take ``as_of`` explicitly; nothing reads the clock.

This module also holds the limits of the Civil and Commercial Code that apply to every lender, savings groups
and village funds included (no exemption for savings groups was found):

* :data:`INTEREST_CAP_ANNUAL_RATE`: interest may not exceed 15% per year (CCC s.654);
* :data:`STATUTORY_INTEREST_RATE`: the rate when none is agreed (CCC s.7): 7.5% per year, 3% from
  11 April 2021 (Emergency Decree B.E. 2564);
* :data:`DEFAULT_INTEREST_RATE`: statutory default interest (CCC s.224): 7.5% per year, 5% from 11 April 2021;
* :data:`DEFAULT_MARKUP_CAP_ANNUAL_RATE`: at most 3% per year on top of the agreed rate for default, from
  11 April 2021.

Charging above the cap is a crime under the Interest Over-rate Prohibition Act B.E. 2560
(:data:`INTEREST_OVERRATE_ACT`), and an over-rate agreement loses its interest.

**Coverage.** The library's records of these sections begin on 1 January 1941 (:data:`COVERAGE_START`), the
first day of the modern Buddhist-era calendar; the sections are older (Book I of the Code has been in force
since B.E. 2468) but their exact commencement dates are not encoded, so earlier dates raise
:class:`~chumchon.errors.UnknownRegulationError` rather than guess.

>>> from datetime import date
>>> from chumchon.rules import DEFAULT_INTEREST_RATE, INTEREST_CAP_ANNUAL_RATE
>>> DEFAULT_INTEREST_RATE.value_at(date(2021, 4, 10)), DEFAULT_INTEREST_RATE.value_at(date(2021, 4, 11))
(Decimal('0.075'), Decimal('0.05'))
>>> print(INTEREST_CAP_ANNUAL_RATE.at(date(2026, 11, 21)).source.cite("en"))
Civil and Commercial Code (ประมวลกฎหมายแพ่งและพาณิชย์), B.E. 2468, s.654
>>> INTEREST_CAP_ANNUAL_RATE.value_at(date(1930, 1, 1))
Traceback (most recent call last):
...
chumchon.errors.UnknownRegulationError: ไม่มีข้อมูล "เพดานอัตราดอกเบี้ยต่อปี" ที่ใช้บังคับ ณ วันที่ 1930-01-01 (ข้อมูลเริ่ม 1941-01-01) / no value of "interest cap per year" is known for 1930-01-01 (records begin 1941-01-01)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

import attrs

from chumchon.errors import InvalidInputError, UnknownRegulationError

__all__ = [
    "CIVIL_AND_COMMERCIAL_CODE",
    "COVERAGE_START",
    "DEFAULT_INTEREST_RATE",
    "DEFAULT_MARKUP_CAP_ANNUAL_RATE",
    "EMERGENCY_DECREE_2564",
    "INTEREST_CAP_ANNUAL_RATE",
    "INTEREST_OVERRATE_ACT",
    "STATUTORY_INTEREST_RATE",
    "DatedValue",
    "Parameter",
    "Source",
    "Status",
    "check_as_of",
]

T = TypeVar("T")


class Status(enum.Enum):
    """How sure we are of a value (see the module docstring)."""

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    PROVISIONAL = "provisional"

    @property
    def label_th(self) -> str:
        """The status in Thai."""
        return {"confirmed": "ยืนยันแล้ว", "secondary": "แหล่งรอง", "provisional": "ชั่วคราว (ยังไม่ยืนยัน)"}[
            self.value
        ]


def _check_be_year(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is None or (type(value) is int and 2300 <= value <= 3000):
        return
    raise InvalidInputError(
        th=f"ปี พ.ศ. ของแหล่งอ้างอิงต้องเป็นจำนวนเต็มระหว่าง 2300 ถึง 3000 หรือ None ไม่ใช่ {value!r}",
        en=f"a source's B.E. year must be a whole number from 2300 to 3000, or None, not {value!r}",
        field="be_year",
        value=value,
    )


@attrs.frozen(kw_only=True)
class Source:
    """Where a rule comes from: an instrument, its issuer, B.E. year, clause and a URL.

    Attributes:
        title_th: the instrument's Thai title, as published.
        title_en: an English gloss of the title.
        issuer: who issued it (Thai).
        be_year: the Buddhist-era year in the title, if any.
        clause: the clause or section, only where it was read in the text itself.
        url: where the text or the fact was found.
        note: anything a reader should know (e.g. "clause text not seen").
    """

    title_th: str
    title_en: str
    issuer: str = ""
    be_year: int | None = attrs.field(default=None, validator=_check_be_year)
    clause: str | None = None
    url: str | None = None
    note: str = ""

    def cite(self, language: str = "th") -> str:
        """A one-line citation, e.g. ``ประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2468 มาตรา 654``."""
        if language == "en":
            parts = [f"{self.title_en} ({self.title_th})"]
            if self.be_year is not None:
                parts.append(f"B.E. {self.be_year}")
            if self.clause:
                parts.append(self.clause)
            return ", ".join(parts)
        text = self.title_th
        if self.be_year is not None and str(self.be_year) not in text:
            text += f" พ.ศ. {self.be_year}"
        if self.clause:
            text += f" {_clause_th(self.clause)}"
        return text


def _clause_th(clause: str) -> str:
    return clause.replace("s.", "มาตรา ") if clause.startswith("s.") else clause


def check_as_of(as_of: object, *, name: str = "as_of") -> date:
    """Return ``as_of`` as a :class:`~datetime.date`; a ``datetime`` gives its date; anything else raises.

    >>> check_as_of("2024-01-01")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: 'as_of' ต้องเป็นวันที่ (datetime.date) ไม่ใช่ '2024-01-01' / 'as_of' must be a date (datetime.date), not '2024-01-01'
    """
    if isinstance(as_of, datetime):
        return as_of.date()
    if isinstance(as_of, date):
        return as_of
    raise InvalidInputError(
        th=f"{name!r} ต้องเป็นวันที่ (datetime.date) ไม่ใช่ {as_of!r}",
        en=f"{name!r} must be a date (datetime.date), not {as_of!r}",
        field=name,
        value=as_of,
    )


def _to_status(value: object) -> Status:
    if isinstance(value, Status):
        return value
    try:
        return Status(value)
    except (ValueError, TypeError):
        raise InvalidInputError(
            th=f"สถานะต้องเป็น confirmed, secondary หรือ provisional ไม่ใช่ {value!r}",
            en=f"a status must be confirmed, secondary or provisional, not {value!r}",
            field="status",
            value=value,
        ) from None


def _to_effective_date(value: object) -> date:
    return check_as_of(value, name="effective_from")


def _check_source(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, Source):
        raise InvalidInputError(
            th=f"แหล่งอ้างอิงต้องเป็น Source ไม่ใช่ {value!r}",
            en=f"a source must be a Source, not {value!r}",
            field="source",
            value=value,
        )


@attrs.frozen(kw_only=True)
class DatedValue(Generic[T]):
    """One value of a :class:`Parameter`, in force from ``effective_from`` until the next value's date."""

    effective_from: date = attrs.field(converter=_to_effective_date)
    value: T
    source: Source = attrs.field(validator=_check_source)
    status: Status = attrs.field(converter=_to_status)
    note: str = ""

    @property
    def provisional(self) -> bool:
        """True when this value is provisional: a default, not law."""
        return self.status is Status.PROVISIONAL


def _sorted_history(values: Iterable[DatedValue[T]]) -> tuple[DatedValue[T], ...]:
    items = tuple(values) if isinstance(values, (list, tuple)) else None
    if items is None or not all(isinstance(v, DatedValue) for v in items):
        raise InvalidInputError(
            th="ประวัติของพารามิเตอร์ต้องเป็นลำดับของ DatedValue",
            en="a parameter's history must be a sequence of DatedValue",
            field="history",
            value=values,
        )
    history = tuple(sorted(items, key=lambda v: v.effective_from))
    if not history:
        raise InvalidInputError(th="พารามิเตอร์ต้องมีค่าอย่างน้อยหนึ่งค่า", en="a parameter needs at least one value")
    dates = [v.effective_from for v in history]
    if len(set(dates)) != len(dates):
        raise InvalidInputError(
            th="พารามิเตอร์มีค่าที่เริ่มใช้วันเดียวกันซ้ำ", en="a parameter has two values in force from the same date"
        )
    return history


@attrs.frozen(kw_only=True)
class Parameter(Generic[T]):
    """A regulatory number with its history: values keyed by the date they take effect.

    Attributes:
        name: a stable identifier, e.g. ``"interest_cap_annual_rate"``.
        title_th: what it is, in Thai.
        title_en: what it is, in English.
        unit: the unit of the value, e.g. ``"fraction per year"`` or ``"baht"``.
        history: the values, sorted by ``effective_from`` on construction.
    """

    name: str
    title_th: str
    title_en: str
    unit: str
    history: tuple[DatedValue[T], ...] = attrs.field(converter=_sorted_history)

    def find(self, as_of: date) -> DatedValue[T] | None:
        """The value in force on ``as_of``, or ``None`` before the first value."""
        day = check_as_of(as_of)
        found: DatedValue[T] | None = None
        for dated in self.history:
            if dated.effective_from > day:
                break
            found = dated
        return found

    def at(self, as_of: date) -> DatedValue[T]:
        """The value in force on ``as_of``, with its source and status.

        Raises:
            UnknownRegulationError: ``as_of`` is before the first known value.
        """
        found = self.find(as_of)
        if found is None:
            first = self.history[0].effective_from
            raise UnknownRegulationError(
                th=f'ไม่มีข้อมูล "{self.title_th}" ที่ใช้บังคับ ณ วันที่ {as_of} (ข้อมูลเริ่ม {first})',
                en=f'no value of "{self.title_en}" is known for {as_of} (records begin {first})',
                parameter=self.name,
            )
        return found

    def value_at(self, as_of: date) -> T:
        """Only the value in force on ``as_of`` (see :meth:`at`)."""
        return self.at(as_of).value

    def with_value(self, value: DatedValue[T]) -> Parameter[T]:
        """A copy with ``value`` added (replacing any value from the same date): how a caller overrides a
        provisional default with a confirmed figure, without changing the shipped data."""
        kept = [v for v in self.history if v.effective_from != value.effective_from]
        return attrs.evolve(self, history=(*kept, value))


# --- Instruments -------------------------------------------------------------------------------------------

#: The Civil and Commercial Code (ป.พ.พ.), in force from 1 January B.E. 2468 (its s.2).
CIVIL_AND_COMMERCIAL_CODE = Source(
    title_th="ประมวลกฎหมายแพ่งและพาณิชย์",
    title_en="Civil and Commercial Code",
    issuer="รัฐสภา (สำนักงานคณะกรรมการกฤษฎีกา เผยแพร่)",
    be_year=2468,
    url="https://www.krisdika.go.th",
)

#: The Emergency Decree amending the Civil and Commercial Code, B.E. 2564, in force 11 April 2021.
EMERGENCY_DECREE_2564 = Source(
    title_th="พระราชกำหนดแก้ไขเพิ่มเติมประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2564",
    title_en="Emergency Decree Amending the Civil and Commercial Code, B.E. 2564 (2021)",
    issuer="คณะรัฐมนตรี (ราชกิจจานุเบกษา)",
    be_year=2564,
    url="https://ratchakitcha.soc.go.th",
    note="in force 11 April 2021; amends CCC s.7 and s.224 and adds s.224/1",
)

#: The Interest Over-rate Prohibition Act B.E. 2560: charging above the legal cap, hiding excess interest in
#: fees, or writing false amounts is a crime (up to 2 years' prison and/or a fine of up to 200,000 baht).
INTEREST_OVERRATE_ACT = Source(
    title_th="พระราชบัญญัติห้ามเรียกดอกเบี้ยเกินอัตรา พ.ศ. 2560",
    title_en="Interest Over-rate Prohibition Act, B.E. 2560 (2017)",
    issuer="รัฐสภา",
    be_year=2560,
    url="https://ratchakitcha.soc.go.th",
)

#: The first date for which the legal limits below are encoded (see the module docstring).
COVERAGE_START = date(1941, 1, 1)
_BEFORE_NOTE = "in force before this date too; the library's records begin on 1 January 1941"
_DECREE_IN_FORCE = date(2021, 4, 11)


def _ccc(clause: str) -> Source:
    return attrs.evolve(CIVIL_AND_COMMERCIAL_CODE, clause=clause)


def _decree(clause: str) -> Source:
    return attrs.evolve(EMERGENCY_DECREE_2564, clause=clause)


INTEREST_CAP_ANNUAL_RATE: Parameter[Decimal] = Parameter(
    name="interest_cap_annual_rate",
    title_th="เพดานอัตราดอกเบี้ยต่อปี",
    title_en="interest cap per year",
    unit="fraction per year",
    history=(
        DatedValue(
            effective_from=COVERAGE_START,
            value=Decimal("0.15"),
            source=_ccc("s.654"),
            status=Status.CONFIRMED,
            note=_BEFORE_NOTE,
        ),
    ),
)

STATUTORY_INTEREST_RATE: Parameter[Decimal] = Parameter(
    name="statutory_interest_rate",
    title_th="อัตราดอกเบี้ยตามกฎหมายเมื่อไม่ได้กำหนดไว้",
    title_en="statutory interest rate when none is agreed",
    unit="fraction per year",
    history=(
        DatedValue(
            effective_from=COVERAGE_START,
            value=Decimal("0.075"),
            source=_ccc("s.7"),
            status=Status.CONFIRMED,
            note=_BEFORE_NOTE,
        ),
        DatedValue(
            effective_from=_DECREE_IN_FORCE,
            value=Decimal("0.03"),
            source=_decree("s.7"),
            status=Status.CONFIRMED,
            note="the decree lets the rate be revised by royal decree every three years",
        ),
    ),
)

DEFAULT_INTEREST_RATE: Parameter[Decimal] = Parameter(
    name="default_interest_rate",
    title_th="อัตราดอกเบี้ยผิดนัดตามกฎหมาย",
    title_en="statutory default interest rate",
    unit="fraction per year",
    history=(
        DatedValue(
            effective_from=COVERAGE_START,
            value=Decimal("0.075"),
            source=_ccc("s.224"),
            status=Status.CONFIRMED,
            note=_BEFORE_NOTE,
        ),
        DatedValue(
            effective_from=_DECREE_IN_FORCE,
            value=Decimal("0.05"),
            source=_decree("s.224"),
            status=Status.CONFIRMED,
            note="for instalment debts, default interest runs only on the overdue instalment (s.224/1)",
        ),
    ),
)

DEFAULT_MARKUP_CAP_ANNUAL_RATE: Parameter[Decimal] = Parameter(
    name="default_markup_cap_annual_rate",
    title_th="อัตราดอกเบี้ยที่เพิ่มได้เมื่อผิดนัดเกินอัตราตามสัญญา",
    title_en="largest default markup above the agreed rate",
    unit="fraction per year",
    history=(
        DatedValue(
            effective_from=_DECREE_IN_FORCE,
            value=Decimal("0.03"),
            source=EMERGENCY_DECREE_2564,
            status=Status.CONFIRMED,
            note="no such cap is encoded before the decree",
        ),
    ),
)
