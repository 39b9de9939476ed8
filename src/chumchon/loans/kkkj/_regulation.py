"""The B.E. 2553 regulation as dated data (ระเบียบกระทรวงมหาดไทย พ.ศ. 2553), read from the registry."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import DateLike, date_value, instance, items
from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj._checks import check_unique
from chumchon.loans.kkkj._committee import CommitteeRules as CommitteeRules
from chumchon.loans.kkkj._committee import OpenLoanRule as OpenLoanRule
from chumchon.loans.kkkj._jpt import JPT_ROUND_YEARS as JPT_ROUND_YEARS
from chumchon.loans.kkkj._jpt import JptRound as JptRound
from chumchon.loans.kkkj._jpt import no_round_error, round_at
from chumchon.loans.kkkj._purposes import Purpose as Purpose
from chumchon.loans.kkkj._purposes import PurposeList as PurposeList
from chumchon.loans.kkkj._regulation_values import PREFIX, checked_value, field_name, typed_parameter
from chumchon.rules import DatedValue, Instrument, Parameter, Source, Status, in_force
from chumchon.rules.kkkj_2553 import CALLER_SOURCE as CALLER_SOURCE
from chumchon.rules.kkkj_2553 import CDD_ORDER_618_2553 as CDD_ORDER_618_2553
from chumchon.rules.kkkj_2553 import COMMITTEE_SOURCE as COMMITTEE_SOURCE
from chumchon.rules.kkkj_2553 import COVERAGE_START as COVERAGE_START
from chumchon.rules.kkkj_2553 import FORM_26_SOURCE as FORM_26_SOURCE
from chumchon.rules.kkkj_2553 import FUND_BOOKS_SOURCE as FUND_BOOKS_SOURCE
from chumchon.rules.kkkj_2553 import REGULATION_2553 as REGULATION_2553
from chumchon.rules.kkkj_2553 import STANDARD_CONTRACT as STANDARD_CONTRACT

__all__ = [
    "B_E_2553",
    "CALLER_SOURCE",
    "CDD_ORDER_618_2553",
    "COMMITTEE_SOURCE",
    "COVERAGE_START",
    "FORM_26_SOURCE",
    "FUND_BOOKS_SOURCE",
    "JPT_ROUND_YEARS",
    "REGULATION_2553",
    "REGULATION_ANNOUNCED",
    "STANDARD_CONTRACT",
    "CommitteeRules",
    "JptRound",
    "OpenLoanRule",
    "Purpose",
    "PurposeList",
    "Regulation",
    "jpt_round",
    "regulation_from_instrument",
    "regulation_in_force",
]

# --- Instruments (registered data: chumchon/rules/kkkj_2553.json) ----------------------------------------

#: The day the regulation was announced, 12 October B.E. 2553 (2010) [confirmed]. The clause that sets its
#: entry into force was not read, so the records (:data:`COVERAGE_START`, 1 January B.E. 2554) start at the first
#: new year after the announcement instead of guessing the day; dates before raise.
REGULATION_ANNOUNCED = date(2010, 10, 12)


def jpt_round(day: DateLike, regulation: Regulation | None = None) -> tuple[int, int]:
    """The จปฐ. round (first and last B.E. year) that contains ``day``, e.g. ``(2565, 2569)``, from the round
    data of ``regulation`` (by default the regulation in force on ``day``) [secondary: the boundaries are
    registered data a district can correct, not arithmetic on years ending in 0 or 5].

    Raises:
        UnknownRegulationError: no round is known for ``day``.

    >>> jpt_round(date(2026, 11, 21)), jpt_round(date(2012, 1, 1))
    ((2565, 2569), (2555, 2559))
    >>> jpt_round(date(2027, 1, 1))
    Traceback (most recent call last):
    ...
    chumchon.errors.UnknownRegulationError: ไม่มีข้อมูลรอบ จปฐ. ที่ครอบคลุมวันที่ 2027-01-01 ให้เพิ่มด้วย Regulation.override("jpt_rounds", JptRound(...), ...) / no จปฐ. round is known for 2027-01-01; add it with Regulation.override("jpt_rounds", JptRound(...), ...)
    """
    day = date_value(day, "day")
    return resolve_regulation(regulation, day).jpt_round_at(day).value.years


# --- The regulation as a parameter set ----------------------------------------------------------------------


#: The parameters every กข.คจ. regulation has (the typed attributes of :class:`Regulation`); the data may hold more.
_REQUIRED = (
    "capital_per_village",
    "interest_annual_rate",
    "allowed_purposes",
    "forbidden_purposes",
    "committee_members_min",
    "committee_members_max",
    "committee_term_years",
    "max_installments",
    "income_criterion",
    "jpt_rounds",
)


def _registered(values: Iterable[Parameter[Any]]) -> tuple[Parameter[Any], ...]:
    found = items(values, "registered", Parameter, "พารามิเตอร์ (Parameter)", "Parameter objects")
    check_unique((field_name(p.name) for p in found), "registered", "พารามิเตอร์", "parameter")
    return found


@attrs.frozen(kw_only=True, repr=False)
class Regulation:
    """The กข.คจ. regulation as a set of dated parameters (each value with its source and status), read from the
    registered data (``chumchon/rules/kkkj_2553.json``).

    The shipped set is :data:`B_E_2553`. Replace a secondary or provisional value with :meth:`override`. Every
    parameter of the data is reachable by name (:meth:`parameter`, :meth:`value_at`), so a new kind of
    parameter is one entry in the data file; the usual ones are also typed attributes:

    * ``capital_per_village``: the allocation per village (ทุนหมู่บ้านละ 280,000 บาท) [confirmed];
    * ``interest_annual_rate``: the rate on loans to households: zero (ไม่มีดอกเบี้ย) [confirmed];
    * ``allowed_purposes`` / ``forbidden_purposes``: what money may or may not be lent for [confirmed];
    * ``committee_members_min`` / ``committee_members_max``: the village committee's size (7 to 9) [secondary];
    * ``committee_term_years``: the committee's term (4 years) [secondary];
    * ``max_installments``: the most instalments in the standard contract (6) [secondary];
    * ``income_criterion``: the จปฐ. income per person per year below which a household is a target household,
      one value per five-year round [provisional];
    * ``jpt_rounds``: the จปฐ. survey rounds, one :class:`JptRound` per round from its first day [secondary].

    Attributes:
        name: a short identifier (the instrument's id).
        source: the instrument.
        registered: every parameter, as registered (ids ``kkkj_…``), with values as
            :mod:`~chumchon.loans.kkkj` holds them (purposes as :class:`PurposeList`, rounds as :class:`JptRound`).

    >>> B_E_2553.value_at("committee_term_years", date(2026, 1, 1)), B_E_2553.max_installments.name
    (4, 'kkkj_max_installments')
    """

    name: str
    source: Source
    registered: tuple[Parameter[Any], ...] = attrs.field(converter=_registered)
    _names: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    @_names.default
    def _name_each(self) -> tuple[str, ...]:
        return tuple(field_name(p.name) for p in self.registered)

    def _find(self, name: str) -> Parameter[Any] | None:
        try:
            return self.registered[self._names.index(field_name(name))]
        except ValueError:
            return None

    def parameters(self) -> dict[str, Parameter[Any]]:
        """Every parameter of the set by its name (the data id without ``kkkj_``)."""
        return dict(zip(self._names, self.registered, strict=True))

    def parameter(self, name: str) -> Parameter[Any]:
        """The parameter ``name`` (``"max_installments"``, or its data id ``"kkkj_max_installments"``).

        Raises:
            InvalidInputError: no such parameter; the message lists the known ones.
        """
        found = self._find(name) if isinstance(name, str) else None
        if found is None:
            known = ", ".join(self._names)
            raise InvalidInputError(
                th=f"ไม่มีพารามิเตอร์ชื่อ {name!r} ใช้ได้: {known}",
                en=f"no parameter named {name!r}; allowed: {known}",
                field="name",
                value=name,
            )
        return found

    def value_at(self, name: str, as_of: DateLike) -> Any:
        """The value of the parameter ``name`` in force on ``as_of``.

        Raises:
            InvalidInputError: no such parameter, or a bad date.
            UnknownRegulationError: no value is known for ``as_of``.
        """
        return self.parameter(name).value_at(date_value(as_of, "as_of"))

    # --- typed access to the parameters every regulation has -----------------------------------------------

    @property
    def capital_per_village(self) -> Parameter[Decimal]:
        """The allocation per village (ทุนหมู่บ้านละ 280,000 บาท) [confirmed]."""
        return self.parameter("capital_per_village")

    @property
    def interest_annual_rate(self) -> Parameter[Decimal]:
        """The rate on loans to households: zero (ไม่มีดอกเบี้ย) [confirmed]."""
        return self.parameter("interest_annual_rate")

    @property
    def allowed_purposes(self) -> Parameter[PurposeList]:
        """What money may be lent for [confirmed]."""
        return self.parameter("allowed_purposes")

    @property
    def forbidden_purposes(self) -> Parameter[PurposeList]:
        """What money may not be lent for [confirmed]."""
        return self.parameter("forbidden_purposes")

    @property
    def committee_members_min(self) -> Parameter[int]:
        """The smallest village committee (7) [secondary]."""
        return self.parameter("committee_members_min")

    @property
    def committee_members_max(self) -> Parameter[int]:
        """The largest village committee (9) [secondary]."""
        return self.parameter("committee_members_max")

    @property
    def committee_term_years(self) -> Parameter[int]:
        """The committee's term (4 years) [secondary]."""
        return self.parameter("committee_term_years")

    @property
    def max_installments(self) -> Parameter[int]:
        """The most instalments in the standard contract (6) [secondary]."""
        return self.parameter("max_installments")

    @property
    def income_criterion(self) -> Parameter[Decimal]:
        """The จปฐ. income criterion per person per year, one value per round [provisional]."""
        return self.parameter("income_criterion")

    @property
    def jpt_rounds(self) -> Parameter[JptRound]:
        """The จปฐ. survey rounds, one :class:`JptRound` per round from its first day [secondary]."""
        return self.parameter("jpt_rounds")

    def __repr__(self) -> str:
        # The parameters' full histories would flood signatures in the docs and in tracebacks.
        return f"<Regulation {self.name}: {self.source.cite('en')}>"

    def override(
        self,
        name: str,
        value: object,
        *,
        effective_from: DateLike,
        source: Source = CALLER_SOURCE,
        status: Status = Status.PROVISIONAL,
        note: str = "",
    ) -> Regulation:
        """A copy with the parameter ``name`` given ``value`` from ``effective_from`` (the shipped set is unchanged).

        Use it to replace a secondary or provisional default with a figure the district has confirmed, or to add
        the จปฐ. criterion of a new round.

        Args:
            name: the parameter's name, e.g. ``"income_criterion"``, ``"max_installments"`` or ``"jpt_rounds"``
                (any parameter of the data, :meth:`parameters`).
            value: the new value, of the parameter's kind: a number for money and counts, a :class:`PurposeList`
                for purposes, a :class:`JptRound` for a round, a list of names for names.
            effective_from: the first day the value applies.
            source: where the value comes from (by default "value given by the caller").
            status: how sure the caller is (provisional unless stated).
            note: anything a reader should know.

        >>> from chumchon.rules import Status
        >>> reg = (B_E_2553.override("jpt_rounds", JptRound(2570, 2574), effective_from=date(2027, 1, 1))
        ...        .override("income_criterion", 40000, effective_from=date(2027, 1, 1)))
        >>> reg.income_criterion_at(date(2027, 6, 1)).value, B_E_2553.income_criterion.value_at(date(2027, 6, 1))
        (Decimal('40000'), Decimal('38000'))
        """
        param = self.parameter(name)
        day = date_value(effective_from, "effective_from")
        checked = checked_value(field_name(name), param, value)
        dated = DatedValue(effective_from=day, value=checked, source=source, status=status, note=note)
        replaced = param.with_value(dated)
        return attrs.evolve(self, registered=tuple(replaced if p is param else p for p in self.registered))

    def jpt_round_at(self, as_of: DateLike) -> DatedValue[JptRound]:
        """The จปฐ. round in force on ``as_of``, with its source and status [secondary].

        Raises:
            UnknownRegulationError: no round is known for ``as_of``.
        """
        day = date_value(as_of, "as_of")
        found = round_at(self.jpt_rounds, day)
        if found is None:
            raise no_round_error(day)
        return found

    def income_criterion_at(self, as_of: DateLike) -> DatedValue[Decimal]:
        """The จปฐ. income criterion in force on ``as_of``, with its source and status.

        A value applies until the next value, and only within the จปฐ. round it starts in (:meth:`jpt_round_at`):
        after the last registered round (2565–2569, to 31 December 2026) neither the round nor its criterion is
        known until the caller adds both with :meth:`override` (or they are added to the registry's data file,
        ``chumchon/rules/kkkj_2553.json``).

        Raises:
            UnknownRegulationError: ``as_of`` is before :data:`COVERAGE_START`, in no known round, or in a round
                with no criterion yet.

        >>> B_E_2553.income_criterion_at(date(2027, 1, 1))
        Traceback (most recent call last):
        ...
        chumchon.errors.UnknownRegulationError: ไม่มีข้อมูลรอบ จปฐ. ที่ครอบคลุมวันที่ 2027-01-01 ให้เพิ่มด้วย Regulation.override("jpt_rounds", JptRound(...), ...) / no จปฐ. round is known for 2027-01-01; add it with Regulation.override("jpt_rounds", JptRound(...), ...)
        >>> next_round = B_E_2553.override("jpt_rounds", JptRound(2570, 2574), effective_from=date(2027, 1, 1))
        >>> next_round.income_criterion_at(date(2027, 1, 1))
        Traceback (most recent call last):
        ...
        chumchon.errors.UnknownRegulationError: ยังไม่มีเกณฑ์รายได้ จปฐ. ของรอบปี 2570–2574 (วันที่ 2027-01-01) ให้กำหนดด้วย Regulation.override("income_criterion", ...) / no จปฐ. income criterion is known for round 2570–2574 (2027-01-01); add it with Regulation.override("income_criterion", ...)
        """
        day = date_value(as_of, "as_of")
        dated = self.income_criterion.at(day)
        current = self.jpt_round_at(day)
        if dated.effective_from < current.effective_from:
            raise UnknownRegulationError(
                th=(
                    f"ยังไม่มีเกณฑ์รายได้ จปฐ. ของรอบปี {current.value} (วันที่ {day}) "
                    'ให้กำหนดด้วย Regulation.override("income_criterion", ...)'
                ),
                en=(
                    f"no จปฐ. income criterion is known for round {current.value} ({day}); "
                    'add it with Regulation.override("income_criterion", ...)'
                ),
                parameter="income_criterion",
            )
        return dated

    def provisional_at(self, as_of: DateLike) -> tuple[str, ...]:
        """The names of the parameters whose value on ``as_of`` is provisional."""
        day = date_value(as_of, "as_of")
        names = []
        for name, param in self.parameters().items():
            found = param.find(day)
            if found is not None and found.status is Status.PROVISIONAL:
                names.append(name)
        return tuple(names)


def check_regulation(regulation: object) -> Regulation:
    """``regulation`` itself when it is a :class:`Regulation`.

    Raises:
        InvalidInputError: anything else (``field="regulation"``).
    """
    return instance(
        regulation,
        "regulation",
        Regulation,
        what_th="Regulation (เช่น B_E_2553)",
        what_en="a Regulation (e.g. B_E_2553)",
    )


def regulation_from_instrument(instrument: Instrument) -> Regulation:
    """The :class:`Regulation` of a registered กข.คจ. instrument (its parameters by their data ids), e.g. of an
    edited copy of the data read with :meth:`chumchon.rules.Registry.from_documents`.

    Raises:
        InvalidInputError: ``instrument`` is not an :class:`~chumchon.rules.Instrument`.
        UnknownRegulationError: it lacks one of the regulation's parameters.
    """
    instrument = instance(
        instrument,
        "instrument",
        Instrument,
        what_th="Instrument ของระเบียบ กข.คจ.",
        what_en="a registered กข.คจ. Instrument",
    )

    registered = tuple(typed_parameter(p) for p in instrument.parameters if p.name.startswith(PREFIX))
    found = {field_name(p.name) for p in registered}
    for name in _REQUIRED:
        if name not in found:
            instrument.parameter(PREFIX + name)  # raises UnknownRegulationError naming the missing parameter
    return Regulation(name=instrument.id, source=instrument.source, registered=registered)


_BY_INSTRUMENT: dict[str, Regulation] = {}


def regulation_in_force(as_of: DateLike) -> Regulation:
    """The กข.คจ. regulation in force on ``as_of`` (from the registry), e.g. :data:`B_E_2553` for 2026.

    Raises:
        UnknownRegulationError: ``as_of`` is before the first registered regulation.

    >>> regulation_in_force(date(2026, 11, 21)) is B_E_2553
    True
    """
    instrument = in_force("kkkj_regulation", date_value(as_of, "as_of"))
    found = _BY_INSTRUMENT.get(instrument.id)
    if found is None:
        found = _BY_INSTRUMENT[instrument.id] = regulation_from_instrument(instrument)
    return found


def resolve_regulation(regulation: Regulation | None, day: date) -> Regulation:
    """``regulation`` checked, or the one in force on ``day`` when it is ``None``."""
    return regulation_in_force(day) if regulation is None else check_regulation(regulation)


#: The กข.คจ. regulation of B.E. 2553 as shipped (records from :data:`COVERAGE_START`).
B_E_2553: Regulation = regulation_in_force(COVERAGE_START)
