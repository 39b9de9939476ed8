"""The model of rules as dated data: :class:`Source`, :class:`Status`, :class:`DatedValue`, :class:`Parameter`,
:class:`Rule` and :class:`Instrument` (กฎเกณฑ์และแหล่งอ้างอิง).

Every legal or regulatory number in chumchon is a :class:`Parameter`: a history of values, each in force from
a date, each with the :class:`Source` it comes from and a confidence :class:`Status`:

* ``confirmed``: stated by a government page, a law, or the instrument itself;
* ``secondary``: stated by a non-government source or a public app that copies official forms;
* ``provisional``: common practice or our best reading. A default the caller may replace, never law.

A :class:`Rule` is a named reading of an instrument that is not a number (e.g. that default interest runs on
overdue principal only); its id is the code findings and errors use. An :class:`Instrument` gathers one legal or
programme instrument's sources, parameters and rules; :mod:`chumchon.rules.registry` loads them from data.

Calculations take ``as_of`` explicitly; nothing reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Generic, TypeVar

import attrs

from chumchon._checks import ParsableEnum, date_value, enum_member, optional, whole_number
from chumchon._types import DateLike
from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.messages import check_language

__all__ = ["DatedValue", "Instrument", "Parameter", "Rule", "Source", "Status", "check_as_of"]

T = TypeVar("T")


class Status(ParsableEnum):
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


def _to_be_year(value: int | None) -> int | None:
    return optional(whole_number, value, "be_year", minimum=2300, maximum=3000)


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
    be_year: int | None = attrs.field(default=None, converter=_to_be_year)
    clause: str | None = None
    url: str | None = None
    note: str = ""

    def cite(self, language: str = "th") -> str:
        """A one-line citation, e.g. ``ประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2468 มาตรา 654``."""
        if check_language(language) == "en":
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
    """Return ``as_of`` as a :class:`~datetime.date` by the kernel's one rule (:func:`chumchon._checks.date_value`):
    a ``date``, a ``datetime`` (its date) or ISO text ``YYYY-MM-DD``; anything else raises.

    >>> check_as_of("2024-01-01")
    datetime.date(2024, 1, 1)
    >>> check_as_of(20240101)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'as_of' ต้องเป็นวันที่ (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ 20240101 / 'as_of' must be a date (datetime.date or YYYY-MM-DD), not 20240101
    """
    return date_value(as_of, name)


def _to_status(value: object) -> Status:
    return enum_member(Status, value, "status")


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

    def find(self, as_of: DateLike) -> DatedValue[T] | None:
        """The value in force on ``as_of``, or ``None`` before the first value."""
        day = check_as_of(as_of)
        found: DatedValue[T] | None = None
        for dated in self.history:
            if dated.effective_from > day:
                break
            found = dated
        return found

    def at(self, as_of: DateLike) -> DatedValue[T]:
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

    def value_at(self, as_of: DateLike) -> T:
        """Only the value in force on ``as_of`` (see :meth:`at`)."""
        return self.at(as_of).value

    def with_value(self, value: DatedValue[T]) -> Parameter[T]:
        """A copy with ``value`` added (replacing any value from the same date): how a caller overrides a
        provisional default with a confirmed figure, without changing the shipped data."""
        if not isinstance(value, DatedValue):
            raise InvalidInputError(
                th=f"ค่าใหม่ของพารามิเตอร์ต้องเป็น DatedValue (วันที่เริ่มใช้ ค่า แหล่งอ้างอิง สถานะ) ไม่ใช่ {value!r}",
                en=f"a parameter's new value must be a DatedValue (date, value, source, status), not {value!r}",
                field="value",
                value=value,
            )
        kept = [v for v in self.history if v.effective_from != value.effective_from]
        return attrs.evolve(self, history=(*kept, value))


@attrs.frozen(kw_only=True)
class Rule:
    """A named rule of an instrument that is not a number, e.g. that default interest runs on the overdue
    principal only. Its ``id`` is the code that findings and errors about it carry.

    Attributes:
        id: a stable identifier, e.g. ``"default_interest_on_overdue_principal"``.
        title_th: the rule in Thai.
        title_en: the rule in English.
        source: where it comes from.
        status: how sure we are of the reading.
        note: anything a reader should know.
    """

    id: str
    title_th: str
    title_en: str
    source: Source = attrs.field(validator=_check_source)
    status: Status = attrs.field(converter=_to_status)
    note: str = ""


@attrs.frozen(kw_only=True, repr=False)
class Instrument:
    """One legal or programme instrument as registered data: its sources, dated parameters and named rules.

    Attributes:
        id: a stable identifier of this version, e.g. ``"kkkj_2553"``.
        name: the name shared by every version of the instrument, e.g. ``"kkkj_regulation"``;
            :func:`chumchon.rules.in_force` looks versions up by it.
        kind: ``"law"``, ``"regulation"``, ``"programme"`` or ``"reference"`` (a published source the library
            reproduces or tests against).
        title_th: the instrument's Thai title.
        title_en: an English gloss.
        source: the instrument itself as a :class:`Source`.
        status: how sure we are of the instrument as a whole.
        effective_from: the first day this version is encoded for, or ``None`` for an undated reference.
        used_for_th: what chumchon uses it for, in Thai.
        used_for_en: the same in English.
        sources: the named sources its parameters and rules cite, as ``(key, source)`` pairs.
        parameters: its dated parameters.
        rules: its named rules.
    """

    id: str
    name: str
    kind: str
    title_th: str
    title_en: str
    source: Source
    status: Status
    effective_from: date | None
    used_for_th: str
    used_for_en: str
    sources: tuple[tuple[str, Source], ...] = ()
    parameters: tuple[Parameter[Any], ...] = ()
    rules: tuple[Rule, ...] = ()

    def __repr__(self) -> str:
        return f"<Instrument {self.id}: {len(self.parameters)} parameters, {len(self.rules)} rules>"

    def source_named(self, key: str) -> Source:
        """The named source ``key`` (e.g. ``"ccc"``)."""
        for name, source in self.sources:
            if name == key:
                return source
        raise UnknownRegulationError(
            th=f"ตราสาร {self.id} ไม่มีแหล่งอ้างอิงชื่อ {key!r}",
            en=f"instrument {self.id} has no source named {key!r}",
            parameter=key,
        )

    def parameter(self, parameter_id: str) -> Parameter[Any]:
        """The parameter ``parameter_id`` of this instrument."""
        for param in self.parameters:
            if param.name == parameter_id:
                return param
        raise UnknownRegulationError(
            th=f"ตราสาร {self.id} ไม่มีพารามิเตอร์ {parameter_id!r}",
            en=f"instrument {self.id} has no parameter {parameter_id!r}",
            parameter=parameter_id,
        )

    def rule(self, rule_id: str) -> Rule:
        """The rule ``rule_id`` of this instrument."""
        for item in self.rules:
            if item.id == rule_id:
                return item
        raise UnknownRegulationError(
            th=f"ตราสาร {self.id} ไม่มีกฎ {rule_id!r}",
            en=f"instrument {self.id} has no rule {rule_id!r}",
            parameter=rule_id,
        )

    @property
    def clauses(self) -> tuple[str, ...]:
        """The clauses its parameters and rules cite, in first-cited order."""
        found: list[str] = []
        cited = [v.source for p in self.parameters for v in p.history] + [r.source for r in self.rules]
        for source in cited:
            for clause in (source.clause or "").split(", "):
                if clause and clause not in found:
                    found.append(clause)
        return tuple(found)

    @property
    def statuses(self) -> tuple[Status, ...]:
        """The statuses of its values and rules (the instrument's own first), most certain first."""
        seen = {
            self.status,
            *(v.status for p in self.parameters for v in p.history),
            *(r.status for r in self.rules),
        }
        return tuple(s for s in Status if s in seen)
