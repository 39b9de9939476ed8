"""The B.E. 2553 regulation as dated data, and the committee's own rules (ระเบียบ พ.ศ. 2553 และมติคณะกรรมการ)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj._checks import instance, items, whole_number
from chumchon.loans.payments import FlatPenalty, RatePenalty
from chumchon.messages import Message
from chumchon.money import to_money
from chumchon.rules import DatedValue, Instrument, Parameter, Source, Status, check_as_of, in_force
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

#: The usual length of a จปฐ. round in years (2550–2554, 2555–2559, ...). Round boundaries themselves are data
#: (:attr:`Regulation.jpt_rounds`), not arithmetic on this number.
JPT_ROUND_YEARS = 5
_BE_OFFSET = 543


# --- จปฐ. rounds as dated data (issue 18: boundaries are data a district can correct) -----------------------


def _check_round_year(name: str) -> Any:
    def check(_instance: object, _attribute: object, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 2500 <= value <= 2800:
            raise InvalidInputError(
                th=f"ปี พ.ศ. ของรอบ จปฐ. ({name}) ต้องเป็นจำนวนเต็มตั้งแต่ 2500 ถึง 2800 ไม่ใช่ {value!r}",
                en=f"a จปฐ. round's B.E. year ({name}) must be a whole number from 2500 to 2800, not {value!r}",
                field=name,
                value=value,
            )

    return check


@attrs.frozen
class JptRound:
    """A จปฐ. survey round (รอบการจัดเก็บข้อมูล จปฐ.): its first and last B.E. year.

    A round applies from its ``effective_from`` (1 January of its first year, as shipped) to 31 December of
    its last year, or until the next round begins. ``str()`` gives ``"2565–2569"``.
    """

    first_be_year: int = attrs.field(validator=_check_round_year("first_be_year"))
    last_be_year: int = attrs.field(validator=_check_round_year("last_be_year"))

    @last_be_year.validator
    def _check_order(self, _attribute: object, value: int) -> None:
        if value < self.first_be_year:
            raise InvalidInputError(
                th=f"ปีสุดท้ายของรอบ ({value}) ต้องไม่ก่อนปีแรก ({self.first_be_year})",
                en=f"a round's last year ({value}) cannot be before its first ({self.first_be_year})",
                field="last_be_year",
                value=value,
            )

    @property
    def years(self) -> tuple[int, int]:
        """``(first, last)`` B.E. years."""
        return self.first_be_year, self.last_be_year

    @property
    def end(self) -> date:
        """31 December of the round's last B.E. year (a B.E. year is a calendar year since B.E. 2484)."""
        return date(self.last_be_year - _BE_OFFSET, 12, 31)

    def __str__(self) -> str:
        return f"{self.first_be_year}–{self.last_be_year}"


def _round_at(rounds: Parameter[JptRound], day: date) -> DatedValue[JptRound] | None:
    found = rounds.find(day)
    if found is None or day > found.value.end:
        return None
    return found


def jpt_round(day: date, regulation: Regulation | None = None) -> tuple[int, int]:
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
    day = check_as_of(day, name="day")
    return resolve_regulation(regulation, day).jpt_round_at(day).value.years


def _no_round(day: date) -> UnknownRegulationError:
    return UnknownRegulationError(
        th=f'ไม่มีข้อมูลรอบ จปฐ. ที่ครอบคลุมวันที่ {day} ให้เพิ่มด้วย Regulation.override("jpt_rounds", JptRound(...), ...)',
        en=f'no จปฐ. round is known for {day}; add it with Regulation.override("jpt_rounds", JptRound(...), ...)',
        parameter="jpt_rounds",
    )


# --- Purposes --------------------------------------------------------------------------------------------------


class Purpose(ParsableEnum):
    """What a household wants to borrow for (วัตถุประสงค์การยืมเงิน).

    * ``OCCUPATION``: the occupation project the household proposed (ประกอบอาชีพตามโครงการที่เสนอ): the one
      allowed purpose;
    * ``PAY_OLD_DEBT``: paying old debts (ชำระหนี้เดิม): forbidden;
    * ``HOUSE``: building or repairing the house (สร้างหรือซ่อมแซมบ้าน): forbidden;
    * ``CONSUMPTION``: household consumption (อุปโภคบริโภคในครัวเรือน): forbidden;
    * ``OTHER``: anything else: not the allowed purpose, so it fails the review too.
    """

    OCCUPATION = "occupation"
    PAY_OLD_DEBT = "pay_old_debt"
    HOUSE = "house"
    CONSUMPTION = "consumption"
    OTHER = "other"

    @property
    def label(self) -> Message:
        """The purpose in Thai and English."""
        return _PURPOSE_LABELS[self]


_PURPOSE_LABELS = {
    Purpose.OCCUPATION: Message(
        "ประกอบอาชีพตามโครงการที่ครัวเรือนเสนอ", "the occupation project the household proposed"
    ),
    Purpose.PAY_OLD_DEBT: Message("ชำระหนี้เดิม", "paying old debts"),
    Purpose.HOUSE: Message("สร้างหรือซ่อมแซมบ้าน", "building or repairing the house"),
    Purpose.CONSUMPTION: Message("อุปโภคบริโภคในครัวเรือน", "household consumption"),
    Purpose.OTHER: Message("วัตถุประสงค์อื่น", "another purpose"),
}


def _to_purposes(values: Iterable[Purpose]) -> tuple[Purpose, ...]:
    purposes = items("items", values, "Purpose", "Purpose members")
    for item in purposes:
        if not isinstance(item, Purpose):
            raise InvalidInputError(
                th=f"วัตถุประสงค์ต้องเป็น Purpose ไม่ใช่ {item!r}",
                en=f"a purpose must be a Purpose, not {item!r}",
                field="items",
                value=item,
            )
    return purposes


@attrs.frozen
class PurposeList:
    """A list of purposes that prints in plain words (for the generated table of sources)."""

    items: tuple[Purpose, ...] = attrs.field(converter=_to_purposes)

    def __contains__(self, purpose: object) -> bool:
        return purpose in self.items

    def __str__(self) -> str:
        return "; ".join(f"{p.label.th} ({p.label.en})" for p in self.items)


# --- The regulation as a parameter set ----------------------------------------------------------------------


_OVERRIDABLE = (
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


@attrs.frozen(kw_only=True, repr=False)
class Regulation:
    """The กข.คจ. regulation as a set of dated parameters (each value with its source and status).

    The shipped set is :data:`B_E_2553`. Replace a secondary or provisional value with :meth:`override`.

    Attributes:
        name: a short identifier.
        source: the instrument.
        capital_per_village: the allocation per village (ทุนหมู่บ้านละ 280,000 บาท) [confirmed].
        interest_annual_rate: the rate on loans to households: zero (ไม่มีดอกเบี้ย) [confirmed].
        allowed_purposes: what money may be lent for [confirmed].
        forbidden_purposes: what it may not be lent for [confirmed].
        committee_members_min: the smallest village committee (7) [secondary].
        committee_members_max: the largest village committee (9) [secondary].
        committee_term_years: the committee's term (4 years) [secondary].
        max_installments: the most instalments in the standard contract (6) [secondary].
        income_criterion: the จปฐ. income per person per year below which a household is a target household,
            one value per five-year round [provisional].
        jpt_rounds: the จปฐ. survey rounds, one :class:`JptRound` per round from its first day [secondary].
    """

    name: str
    source: Source
    capital_per_village: Parameter[Decimal]
    interest_annual_rate: Parameter[Decimal]
    allowed_purposes: Parameter[PurposeList]
    forbidden_purposes: Parameter[PurposeList]
    committee_members_min: Parameter[int]
    committee_members_max: Parameter[int]
    committee_term_years: Parameter[int]
    max_installments: Parameter[int]
    income_criterion: Parameter[Decimal]
    jpt_rounds: Parameter[JptRound]

    def parameters(self) -> dict[str, Parameter[Any]]:
        """Every parameter of the set by its field name."""
        return {name: getattr(self, name) for name in _OVERRIDABLE}

    def __repr__(self) -> str:
        # The parameters' full histories would flood signatures in the docs and in tracebacks.
        return f"<Regulation {self.name}: {self.source.cite('en')}>"

    def override(
        self,
        name: str,
        value: object,
        *,
        effective_from: date,
        source: Source = CALLER_SOURCE,
        status: Status = Status.PROVISIONAL,
        note: str = "",
    ) -> Regulation:
        """A copy with the parameter ``name`` given ``value`` from ``effective_from`` (the shipped set is unchanged).

        Use it to replace a secondary or provisional default with a figure the district has confirmed, or to add
        the จปฐ. criterion of a new round.

        Args:
            name: the field name, e.g. ``"income_criterion"``, ``"max_installments"`` or ``"jpt_rounds"``.
            value: the new value (a number for money and counts, a :class:`PurposeList` for purposes, a
                :class:`JptRound` for a round).
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
        if name not in _OVERRIDABLE:
            raise InvalidInputError(
                th=f"ไม่มีพารามิเตอร์ชื่อ {name!r} ใช้ได้: {', '.join(_OVERRIDABLE)}",
                en=f"no parameter named {name!r}; allowed: {', '.join(_OVERRIDABLE)}",
                field="name",
                value=name,
            )
        day = check_as_of(effective_from, name="effective_from")
        checked: object
        if name in ("capital_per_village", "income_criterion"):
            checked = to_money(value, name=name, allow_zero=False)
        elif name == "interest_annual_rate":
            checked = to_money(value, name=name)
        elif name in ("allowed_purposes", "forbidden_purposes"):
            checked = value if isinstance(value, PurposeList) else PurposeList(value)  # type: ignore[arg-type]
        elif name == "jpt_rounds":
            if not isinstance(value, JptRound):
                raise InvalidInputError(
                    th=f"รอบ จปฐ. ต้องเป็น JptRound เช่น JptRound(2570, 2574) ไม่ใช่ {value!r}",
                    en=f"a จปฐ. round must be a JptRound, e.g. JptRound(2570, 2574), not {value!r}",
                    field=name,
                    value=value,
                )
            checked = value
        else:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidInputError(
                    th=f"ค่า {name!r} ต้องเป็นจำนวนเต็มบวก ไม่ใช่ {value!r}",
                    en=f"{name!r} must be a positive whole number, not {value!r}",
                    field=name,
                    value=value,
                )
            checked = value
        param: Parameter[Any] = getattr(self, name)
        dated = DatedValue(effective_from=day, value=checked, source=source, status=status, note=note)
        changes: dict[str, Any] = {name: param.with_value(dated)}
        return attrs.evolve(self, **changes)

    def jpt_round_at(self, as_of: date) -> DatedValue[JptRound]:
        """The จปฐ. round in force on ``as_of``, with its source and status [secondary].

        Raises:
            UnknownRegulationError: no round is known for ``as_of``.
        """
        day = check_as_of(as_of)
        found = _round_at(self.jpt_rounds, day)
        if found is None:
            raise _no_round(day)
        return found

    def income_criterion_at(self, as_of: date) -> DatedValue[Decimal]:
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
        day = check_as_of(as_of)
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

    def provisional_at(self, as_of: date) -> tuple[str, ...]:
        """The names of the parameters whose value on ``as_of`` is provisional."""
        day = check_as_of(as_of)
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
    if not isinstance(regulation, Regulation):
        raise InvalidInputError(
            th=f"ค่า 'regulation' ต้องเป็น Regulation (เช่น B_E_2553) ไม่ใช่ {regulation!r}",
            en=f"'regulation' must be a Regulation (e.g. B_E_2553), not {regulation!r}",
            field="regulation",
            value=regulation,
        )
    return regulation


def _purposes(param: Parameter[Any]) -> Parameter[PurposeList]:
    # The data names purposes by their value; the regulation holds them as Purpose members.
    history = [
        attrs.evolve(v, value=PurposeList(tuple(Purpose(name) for name in v.value))) for v in param.history
    ]
    return attrs.evolve(param, history=tuple(history))


def _rounds(param: Parameter[Any]) -> Parameter[JptRound]:
    # The data writes a round as its first and last B.E. year; the regulation holds them as JptRound values.
    history = [attrs.evolve(v, value=JptRound(*v.value)) for v in param.history]
    return attrs.evolve(param, history=tuple(history))


def regulation_from_instrument(instrument: Instrument) -> Regulation:
    """The :class:`Regulation` of a registered กข.คจ. instrument (its parameters by their data ids), e.g. of an
    edited copy of the data read with :meth:`chumchon.rules.Registry.from_documents`.

    Raises:
        InvalidInputError: ``instrument`` is not an :class:`~chumchon.rules.Instrument`.
        UnknownRegulationError: it lacks one of the regulation's parameters.
    """
    if not isinstance(instrument, Instrument):
        raise InvalidInputError(
            th=f"ต้องส่ง Instrument ของระเบียบ กข.คจ. ไม่ใช่ {instrument!r}",
            en=f"instrument must be a registered กข.คจ. Instrument, not {instrument!r}",
            field="instrument",
            value=instrument,
        )

    def param(field: str) -> Parameter[Any]:
        return instrument.parameter(f"kkkj_{field}")

    values: dict[str, Any] = {field: param(field) for field in _OVERRIDABLE}
    values["allowed_purposes"] = _purposes(values["allowed_purposes"])
    values["forbidden_purposes"] = _purposes(values["forbidden_purposes"])
    values["jpt_rounds"] = _rounds(values["jpt_rounds"])
    return Regulation(name=instrument.id, source=instrument.source, **values)


_BY_INSTRUMENT: dict[str, Regulation] = {}


def regulation_in_force(as_of: date) -> Regulation:
    """The กข.คจ. regulation in force on ``as_of`` (from the registry), e.g. :data:`B_E_2553` for 2026.

    Raises:
        UnknownRegulationError: ``as_of`` is before the first registered regulation.

    >>> regulation_in_force(date(2026, 11, 21)) is B_E_2553
    True
    """
    instrument = in_force("kkkj_regulation", check_as_of(as_of))
    found = _BY_INSTRUMENT.get(instrument.id)
    if found is None:
        found = _BY_INSTRUMENT[instrument.id] = regulation_from_instrument(instrument)
    return found


def resolve_regulation(regulation: object, day: date) -> Regulation:
    """``regulation`` checked, or the one in force on ``day`` when it is ``None``."""
    return regulation_in_force(day) if regulation is None else check_regulation(regulation)


#: The กข.คจ. regulation of B.E. 2553 as shipped (records from :data:`COVERAGE_START`).
B_E_2553: Regulation = regulation_in_force(COVERAGE_START)


# --- What the village committee decides -----------------------------------------------------------------------


class OpenLoanRule(ParsableEnum):
    """The committee's rule on a household that already has an open กข.คจ. loan (หนี้ กข.คจ. ที่ยังค้างอยู่).

    * ``NONE_ALLOWED``: no new loan while another is open;
    * ``ALLOWED_IF_CURRENT``: allowed if no instalment of the open loans is overdue;
    * ``ALLOWED``: other open loans do not matter.
    """

    NONE_ALLOWED = "none_allowed"
    ALLOWED_IF_CURRENT = "allowed_if_current"
    ALLOWED = "allowed"


def _check_late_fee(_instance: object, _attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, (FlatPenalty, RatePenalty)):
        raise InvalidInputError(
            th=f"ค่าปรับต้องเป็น FlatPenalty, RatePenalty หรือ None (คณะกรรมการไม่กำหนด) ไม่ใช่ {value!r}",
            en=f"late_fee must be a FlatPenalty, a RatePenalty or None (the committee set none), not {value!r}",
            field="late_fee",
            value=value,
        )


def _ceiling(value: object) -> Decimal:
    return to_money(value, name="ceiling_per_household", allow_zero=False)


@attrs.frozen(kw_only=True)
class CommitteeRules:
    """What the village กข.คจ. committee decided (มติคณะกรรมการ). The regulation leaves these to the committee,
    so there are no defaults: every field must be passed, ``late_fee=None`` included when it set no fee.

    Attributes:
        ceiling_per_household: the most one household may borrow (วงเงินยืมสูงสุดต่อครัวเรือน), in baht.
        longest_term_months: the longest loan, in months from the loan date to the last due date.
        late_fee: the committee's late fee (ค่าปรับชำระล่าช้า), or ``None`` when it set none: the loan engine's
            :class:`~chumchon.loans.payments.FlatPenalty` (a fixed amount per late instalment) or
            :class:`~chumchon.loans.payments.RatePenalty` (a yearly rate on the overdue principal). The
            regulation sets no late fee; a fee above the default interest the law allows is reported by the
            engine as a legal-risk finding.
        other_open_loans: the rule on a household's other open กข.คจ. loans.
        reference: where the decision is recorded (minutes, date), shown in reasons.
        max_installments: the most instalments of the committee's own (amended) loan contract, or ``None``
            (the default) when it uses the standard contract, whose six dated rows are the limit
            (:attr:`Regulation.max_installments`).

    >>> CommitteeRules(ceiling_per_household=20000, longest_term_months=24, late_fee=None,
    ...                other_open_loans=OpenLoanRule.NONE_ALLOWED).ceiling_per_household
    Decimal('20000')
    >>> CommitteeRules(ceiling_per_household=20000, longest_term_months=24)
    Traceback (most recent call last):
    ...
    TypeError: CommitteeRules.__init__() missing 2 required keyword-only arguments: 'late_fee' and 'other_open_loans'
    """

    ceiling_per_household: Decimal = attrs.field(converter=_ceiling)
    longest_term_months: int = attrs.field(validator=whole_number("longest_term_months", minimum=1))
    late_fee: FlatPenalty | RatePenalty | None = attrs.field(validator=_check_late_fee)
    other_open_loans: OpenLoanRule = attrs.field(validator=instance("other_open_loans", OpenLoanRule))
    reference: str = ""
    # --- the contract's instalment rows (issue 18): the standard contract's six unless the committee amends it
    max_installments: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(whole_number("max_installments", minimum=1))
    )

    @property
    def source(self) -> Source:
        """The committee's decision as a :class:`~chumchon.rules.Source`."""
        if not self.reference:
            return COMMITTEE_SOURCE
        return attrs.evolve(COMMITTEE_SOURCE, note=f"{COMMITTEE_SOURCE.note}; {self.reference}")
