"""The B.E. 2553 regulation as dated data, and the committee's own rules (ระเบียบ พ.ศ. 2553 และมติคณะกรรมการ)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj._checks import instance, items, whole_number
from chumchon.loans.payments import FlatPenalty, RatePenalty
from chumchon.messages import Message
from chumchon.money import to_money
from chumchon.rules import DatedValue, Parameter, Source, Status, check_as_of

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
]

# --- Instruments -------------------------------------------------------------------------------------------

#: The Ministry of Interior regulation of B.E. 2553 (replaced the regulation of B.E. 2536, amended B.E. 2539).
REGULATION_2553 = Source(
    title_th="ระเบียบกระทรวงมหาดไทยว่าด้วยการบริหารและการใช้จ่ายเงินโครงการแก้ไขปัญหาความยากจน พ.ศ. 2553",
    title_en=(
        "Ministry of Interior Regulation on the Administration and Spending of Money of the Poverty "
        "Alleviation Project, B.E. 2553 (2010)"
    ),
    issuer="กระทรวงมหาดไทย",
    be_year=2553,
    note=(
        "announced 12 October B.E. 2553 (2010); clause text not seen: the instrument is cited without clause "
        "numbers"
    ),
)

#: The Khon Kaen provincial CDD office's กข.คจ. page, which lists the order's and form 26's full titles.
_KHON_KAEN_KKKJ_PAGE = (
    "https://khonkaen.cdd.go.th/%E0%B9%82%E0%B8%84%E0%B8%A3%E0%B8%87%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%81%E0%B8%81"
    "%E0%B9%89%E0%B9%84%E0%B8%82%E0%B8%9B%E0%B8%B1%E0%B8%8D%E0%B8%AB%E0%B8%B2%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1"
    "%E0%B8%A2"
)

#: Community Development Department order 618/2553: by its title, a delegation to provincial governors.
CDD_ORDER_618_2553 = Source(
    title_th=(
        "คำสั่งกรมการพัฒนาชุมชน ที่ 618/2553 เรื่อง การมอบอำนาจให้ผู้ว่าราชการจังหวัดปฏิบัติราชการแทนอธิบดี"
        "กรมการพัฒนาชุมชนในส่วนที่เกี่ยวกับความรับผิดทางละเมิดของเจ้าหน้าที่ การดำเนินคดีแพ่ง คดีอาญา และคดีปกครอง"
    ),
    title_en=(
        "Community Development Department Order No. 618/2553 (delegation to provincial governors: officials' "
        "tort liability; civil, criminal and administrative cases)"
    ),
    issuer="กรมการพัฒนาชุมชน",
    be_year=2553,
    url=_KHON_KAEN_KKKJ_PAGE,
    note=(
        "title as listed by the Khon Kaen provincial CDD office: delegates to provincial governors the "
        "handling of officials' tort liability and of civil, criminal and administrative cases (so a committee's "
        "suit against a defaulting borrower goes through the province); the order's text was not read"
    ),
)

#: The standard กข.คจ. loan contract (สัญญายืมเงิน), as reproduced by secondary sources.
STANDARD_CONTRACT = Source(
    title_th="สัญญายืมเงินโครงการแก้ไขปัญหาความยากจน (กข.คจ.) แบบมาตรฐาน",
    title_en="standard กข.คจ. loan contract",
    issuer="กรมการพัฒนาชุมชน",
    note="secondary: the form as copied by non-government sources; repayment in up to six dated instalments",
)

#: The debt-and-financial-position report forms 26(1) (village, with a district summary) and 26(2) (province).
FORM_26_SOURCE = Source(
    title_th="แบบสรุปรายงานภาวะหนี้สินและฐานะการเงินโครงการแก้ไขปัญหาความยากจน (กข.คจ.) แบบ 26(1) และ 26(2)",
    title_en="กข.คจ. summary report of debt and financial position, forms 26(1) and 26(2)",
    issuer="กรมการพัฒนาชุมชน",
    url=_KHON_KAEN_KKKJ_PAGE,
    note=(
        "the title as the Khon Kaen provincial CDD office lists the form (confirmed); figures and the identity "
        "total fund = loans + bank + cash elsewhere from copies of the form (secondary)"
    ),
)

#: The จปฐ. (basic minimum needs) income criterion: its use is confirmed, the numbers are provisional.
_JPT_SOURCE = Source(
    title_th="เกณฑ์ความจำเป็นพื้นฐาน (จปฐ.) ด้านรายได้เฉลี่ยต่อคนต่อปี",
    title_en="basic minimum needs (จปฐ.) income criterion per person per year",
    issuer="กระทรวงมหาดไทย (กรมการพัฒนาชุมชน)",
    note="provisional: the figure per five-year round is our best reading; no official text seen",
)

#: The fund's own books (bank-deposit control register, debtor register), figures passed in by the caller.
FUND_BOOKS_SOURCE = Source(
    title_th="ทะเบียนคุมเงินฝากธนาคารและทะเบียนคุมลูกหนี้ของกองทุน กข.คจ. หมู่บ้าน",
    title_en="the village fund's bank-deposit control register and debtor register",
    note="figures passed in by the caller",
)

#: A decision of the village กข.คจ. committee, passed in by the caller.
COMMITTEE_SOURCE = Source(
    title_th="มติคณะกรรมการ กข.คจ. หมู่บ้าน",
    title_en="decision of the village กข.คจ. committee",
    note="set by the committee under the B.E. 2553 regulation; passed in by the caller",
)

#: A value the caller passed to :meth:`Regulation.override` without naming its source.
CALLER_SOURCE = Source(
    title_th="ค่าที่ผู้ใช้กำหนด",
    title_en="value given by the caller",
    note="replaces the library's default; the caller is responsible for its source",
)

#: The first date for which the regulation is encoded: 1 January B.E. 2554 (2011-01-01). The regulation was
#: announced on 12 October B.E. 2553 (2010) [confirmed]; the clause that sets its entry into force was not read,
#: so the library starts at the first new year after the announcement instead of guessing the day, and dates
#: before it (which may fall under the regulation of B.E. 2536, amended 2539) raise. A caller who has the
#: effective-date clause can add earlier values with :meth:`Regulation.override`.
REGULATION_ANNOUNCED = date(2010, 10, 12)
COVERAGE_START = date(2011, 1, 1)

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


#: Where the round boundaries come from: CDD จปฐ. manuals and reports (secondary, correctable).
_JPT_ROUNDS_SOURCE = Source(
    title_th="คู่มือและรายงานการจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปฐ.) ของกรมการพัฒนาชุมชน",
    title_en="CDD manuals and reports of the basic minimum needs (จปฐ.) survey",
    issuer="กรมการพัฒนาชุมชน",
    note=(
        "secondary: rounds follow the national economic and social development plans; round names as the CDD's "
        "จปฐ. manuals and reports give them (e.g. the manual for 2560-2564). A district that has the official "
        "round dates corrects them with Regulation.override('jpt_rounds', ...)"
    ),
)


def _round(first: int, last: int, plan: str, note: str = "") -> DatedValue[JptRound]:
    text = f"{plan}{'; ' + note if note else ''}"
    return DatedValue(
        effective_from=date(first - _BE_OFFSET, 1, 1),
        value=JptRound(first, last),
        source=_JPT_ROUNDS_SOURCE,
        status=Status.SECONDARY,
        note=text,
    )


_JPT_ROUNDS: Parameter[JptRound] = Parameter(
    name="kkkj_jpt_rounds",
    title_th="รอบการจัดเก็บข้อมูล จปฐ.",
    title_en="จปฐ. survey rounds",
    unit="B.E. years",
    history=(
        _round(2550, 2554, "10th national plan (2550-2554)"),
        _round(2555, 2559, "11th national plan (2555-2559)"),
        _round(2560, 2564, "12th national plan (2560-2564)"),
        _round(
            2565,
            2569,
            "13th national plan",
            "a CDD report names this round 2565-2569, but the 13th plan itself runs 2566-2570 (as the CDD's "
            "village basic-data manual for 2566-2570 says): the boundary is to be confirmed",
        ),
    ),
)


def _round_at(rounds: Parameter[JptRound], day: date) -> DatedValue[JptRound] | None:
    found = rounds.find(day)
    if found is None or day > found.value.end:
        return None
    return found


def jpt_round(day: date, regulation: Regulation | None = None) -> tuple[int, int]:
    """The จปฐ. round (first and last B.E. year) that contains ``day``, e.g. ``(2565, 2569)``, from the round
    data of ``regulation`` (the shipped :data:`B_E_2553` by default) [secondary: the boundaries are data a
    district can correct, not arithmetic on years ending in 0 or 5].

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
    reg = B_E_2553 if regulation is None else check_regulation(regulation)
    return reg.jpt_round_at(day).value.years


def _no_round(day: date) -> UnknownRegulationError:
    return UnknownRegulationError(
        th=f'ไม่มีข้อมูลรอบ จปฐ. ที่ครอบคลุมวันที่ {day} ให้เพิ่มด้วย Regulation.override("jpt_rounds", JptRound(...), ...)',
        en=f'no จปฐ. round is known for {day}; add it with Regulation.override("jpt_rounds", JptRound(...), ...)',
        parameter="jpt_rounds",
    )


# --- Purposes --------------------------------------------------------------------------------------------------


class Purpose(enum.Enum):
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


def _parameter(
    name: str, title_th: str, title_en: str, unit: str, values: Iterable[DatedValue[Any]]
) -> Parameter[Any]:
    return Parameter(name=name, title_th=title_th, title_en=title_en, unit=unit, history=tuple(values))


def _one(
    value: object, status: Status, *, source: Source = REGULATION_2553, note: str = ""
) -> DatedValue[Any]:
    return DatedValue(effective_from=COVERAGE_START, value=value, source=source, status=status, note=note)


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
    jpt_rounds: Parameter[JptRound] = _JPT_ROUNDS

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
        after round 2565–2569 (from 1 January 2027) neither the round nor its criterion is known until the
        caller adds both with :meth:`override`.

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


def _jpt(first_be: int, baht: int, *, effective_from: date | None = None) -> DatedValue[Decimal]:
    note = f"จปฐ. round {first_be}–{first_be + JPT_ROUND_YEARS - 1}"
    if effective_from is not None:
        note += "; the round began earlier, the library's records begin with the B.E. 2553 regulation"
    return DatedValue(
        effective_from=effective_from or date(first_be - _BE_OFFSET, 1, 1),
        value=Decimal(baht),
        source=attrs.evolve(
            _JPT_SOURCE,
            title_th=f"{_JPT_SOURCE.title_th} รอบปี {first_be}–{first_be + JPT_ROUND_YEARS - 1}",
            title_en=f"{_JPT_SOURCE.title_en}, round {first_be}–{first_be + JPT_ROUND_YEARS - 1}",
        ),
        status=Status.PROVISIONAL,
        note=note,
    )


_SECONDARY_NOTE = "reported by secondary sources; clause text not seen"

#: The กข.คจ. regulation of B.E. 2553 as shipped (records from :data:`COVERAGE_START`).
B_E_2553 = Regulation(
    name="kkkj_2553",
    source=REGULATION_2553,
    capital_per_village=_parameter(
        "kkkj_capital_per_village",
        "เงินทุน กข.คจ. ต่อหมู่บ้าน",
        "กข.คจ. capital per village",
        "baht",
        [
            _one(
                Decimal(280000),
                Status.CONFIRMED,
                note="39,646 villages (cabinet resolutions 17 Aug 2536, 17 Jun 2540)",
            )
        ],
    ),
    interest_annual_rate=_parameter(
        "kkkj_interest_annual_rate",
        "อัตราดอกเบี้ยเงินยืม กข.คจ.",
        "interest rate on กข.คจ. loans",
        "fraction per year",
        [_one(Decimal(0), Status.CONFIRMED, note="lent to target households without interest")],
    ),
    allowed_purposes=_parameter(
        "kkkj_allowed_purposes",
        "วัตถุประสงค์ที่ให้ยืมได้",
        "purposes money may be lent for",
        "purposes",
        [_one(PurposeList((Purpose.OCCUPATION,)), Status.CONFIRMED)],
    ),
    forbidden_purposes=_parameter(
        "kkkj_forbidden_purposes",
        "วัตถุประสงค์ที่ห้ามให้ยืม",
        "purposes money may not be lent for",
        "purposes",
        [_one(PurposeList((Purpose.PAY_OLD_DEBT, Purpose.HOUSE, Purpose.CONSUMPTION)), Status.CONFIRMED)],
    ),
    committee_members_min=_parameter(
        "kkkj_committee_members_min",
        "จำนวนกรรมการ กข.คจ. หมู่บ้านอย่างน้อย",
        "fewest members of the village committee",
        "persons",
        [_one(7, Status.SECONDARY, note=_SECONDARY_NOTE)],
    ),
    committee_members_max=_parameter(
        "kkkj_committee_members_max",
        "จำนวนกรรมการ กข.คจ. หมู่บ้านไม่เกิน",
        "most members of the village committee",
        "persons",
        [_one(9, Status.SECONDARY, note=_SECONDARY_NOTE)],
    ),
    committee_term_years=_parameter(
        "kkkj_committee_term_years",
        "วาระของคณะกรรมการ กข.คจ. หมู่บ้าน",
        "term of the village committee",
        "years",
        [_one(4, Status.SECONDARY, note=_SECONDARY_NOTE)],
    ),
    max_installments=_parameter(
        "kkkj_max_installments",
        "จำนวนงวดชำระคืนสูงสุดตามสัญญายืมเงิน",
        "most repayment instalments in the standard contract",
        "instalments",
        [
            _one(
                6, Status.SECONDARY, source=STANDARD_CONTRACT, note="dated instalments agreed in the contract"
            )
        ],
    ),
    income_criterion=_parameter(
        "kkkj_income_criterion",
        "เกณฑ์รายได้ จปฐ. ต่อคนต่อปี",
        "จปฐ. income criterion per person per year",
        "baht per person per year",
        [
            _jpt(2550, 23000, effective_from=COVERAGE_START),
            _jpt(2555, 30000),
            _jpt(2560, 38000),
            _jpt(2565, 38000),
        ],
    ),
)


# --- What the village committee decides -----------------------------------------------------------------------


class OpenLoanRule(enum.Enum):
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
