"""Target households: income per person against the จปฐ. criterion in force (ครัวเรือนเป้าหมาย)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, date_value, instance, money, text, whole_number
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context
from chumchon.rules import Source, Status, kkkj_2553

__all__ = [
    "OWN_PRODUCE_SOURCE",
    "Household",
    "TargetHouseholdCheck",
    "assess_target_household",
    "is_target_household",
]


def _household_id(value: str) -> str:
    return text(value, "household_id")


def _members(value: int) -> int:
    return whole_number(value, "members", minimum=1)


def _income(value: MoneyLike) -> Decimal:
    return money(value, "annual_income")


def _own_produce(value: MoneyLike) -> Decimal:
    return money(value, "own_produce_value")


#: How the จปฐ. income test counts own produce: as a public จปฐ. survey application does (secondary).
OWN_PRODUCE_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("own_produce")


@attrs.frozen(kw_only=True)
class Household(Mappable):
    """A household (ครัวเรือน) as the จปฐ. survey sees it.

    The จปฐ. income test counts the value of what the household produces for itself (rice, vegetables, fish it
    eats rather than sells) as income, as a public จปฐ. survey application does [secondary:
    :data:`OWN_PRODUCE_SOURCE`]. Give it as ``own_produce_value``, apart from the money income, so the report
    shows both; the test adds them.

    Attributes:
        household_id: the household's code in the target-household register (ทะเบียนครัวเรือนเป้าหมาย).
        members: the people living in the household (at least one).
        annual_income: the whole household's money income for a year, in baht (zero or more).
        head_name: the head of the household, for reports.
        own_produce_value: the value of the household's own produce for the year (มูลค่าผลผลิตที่ผลิตเอง
            เพื่อบริโภค), in baht (zero or more; zero by default).

    >>> Household(household_id="H-08", members=4, annual_income=100000, own_produce_value=24000).income_per_person
    Decimal('31000')
    """

    household_id: str = attrs.field(converter=_household_id)
    members: int = attrs.field(converter=_members)
    annual_income: Decimal = attrs.field(converter=_income)
    head_name: str = ""
    own_produce_value: Decimal = attrs.field(default=Decimal(0), converter=_own_produce)

    @property
    def total_income(self) -> Decimal:
        """Money income plus the value of own produce: the income the จปฐ. test counts."""
        return DECIMAL_CONTEXT.add(self.annual_income, self.own_produce_value)

    @property
    def income_per_person(self) -> Decimal:
        """Income per person per year (รายได้เฉลี่ยต่อคนต่อปี), own produce included, exact (not rounded)."""
        return DECIMAL_CONTEXT.divide(self.total_income, Decimal(self.members))


@attrs.frozen(kw_only=True)
class TargetHouseholdCheck(ResultMappable):
    """Whether a household is a target household on a date, and why.

    Attributes:
        household_id: the household checked.
        as_of: the date of the check.
        income_per_person: the household's income per person per year (exact).
        criterion: the จปฐ. income per person per year in force on ``as_of``.
        jpt_round: the จปฐ. round of the criterion (first and last B.E. year).
        is_target: True when income per person is below the criterion.
        reason: the outcome in Thai and English.
        source: where the criterion comes from.
        status: how sure the library is of the criterion.
        provisional: names of provisional values the outcome relied on.

    A check whose verdict does not follow from ``income_per_person < criterion``, whose round runs backwards, or
    whose ``provisional`` does not name ``income_criterion`` exactly when ``status`` is provisional is refused
    (:class:`~chumchon.errors.InvalidInputError`).
    """

    household_id: str
    as_of: date
    income_per_person: Decimal
    criterion: Decimal
    jpt_round: tuple[int, int]
    is_target: bool
    reason: Message
    source: Source
    status: Status
    provisional: tuple[str, ...]

    def _check_consistency(self) -> None:
        # The verdict follows from the two figures (a target household's income per person is below the
        # criterion), the round runs forward, and the criterion is named provisional exactly when it is.
        if self.is_target != (self.income_per_person < self.criterion):
            raise inconsistent(
                self,
                "is_target",
                "ผลต้องเป็นไปตามรายได้ต่อคนเทียบกับเกณฑ์ จปฐ.: เป็นครัวเรือนเป้าหมายเมื่อรายได้ต่ำกว่าเกณฑ์เท่านั้น",
                "the verdict must follow from income per person against the จปฐ. criterion: a target household "
                "is one whose income is below it",
                self.is_target,
            )
        first, last = self.jpt_round
        if first > last:
            raise inconsistent(
                self,
                "jpt_round",
                "ปีแรกของรอบ จปฐ. ต้องไม่หลังปีสุดท้าย",
                "the first year of the จปฐ. round must not be after its last",
                self.jpt_round,
            )
        expected = ("income_criterion",) if self.status is Status.PROVISIONAL else ()
        if self.provisional != expected:
            raise inconsistent(
                self,
                "provisional",
                "ค่าชั่วคราวต้องเป็น income_criterion เมื่อเกณฑ์มีสถานะชั่วคราวเท่านั้น",
                "the provisional values must name income_criterion exactly when the criterion is provisional",
                self.provisional,
            )

    def __repr__(self) -> str:
        verdict = "target" if self.is_target else "not target"
        return (
            f"<TargetHouseholdCheck {self.household_id}: {verdict}, "
            f"{SATANG.apply(self.income_per_person)} vs {self.criterion} baht/person/year on {self.as_of}>"
        )


@in_decimal_context
def assess_target_household(
    household: Household, *, as_of: DateLike, regulation: Regulation | None = None
) -> TargetHouseholdCheck:
    """Check a household's income per person against the จปฐ. criterion in force on ``as_of``.

    A household is a target household (ครัวเรือนเป้าหมาย) when its income per person per year is **below** the
    criterion; a household exactly at the criterion passes the จปฐ. income indicator and is not a target.
    The comparison uses the exact quotient, not a rounded one. Income is money income plus the value of the
    household's own produce (:attr:`Household.total_income`; own produce counted as a public จปฐ. survey
    application does, secondary), and the reason says how much own produce was counted.

    Raises:
        UnknownRegulationError: no criterion is known for ``as_of`` (see :meth:`Regulation.income_criterion_at`).

    >>> h = Household(household_id="H-07", members=4, annual_income=120000)
    >>> assess_target_household(h, as_of=date(2026, 11, 21))
    <TargetHouseholdCheck H-07: target, 30000.00 vs 38000 baht/person/year on 2026-11-21>
    """
    household = instance(household, "household", Household)
    day = date_value(as_of, "as_of")
    regulation = resolve_regulation(regulation, day)
    dated = regulation.income_criterion_at(day)
    per_person = household.income_per_person
    is_target = per_person < dated.value
    shown = f"{SATANG.apply(per_person):,}"
    produce_th = produce_en = ""
    if household.own_produce_value:
        produce = f"{household.own_produce_value:,}"
        produce_th = f" (รวมมูลค่าผลผลิตที่ครัวเรือนผลิตเอง {produce} บาทต่อปี)"
        produce_en = f" (counting own produce worth {produce} baht a year for the household)"
    first, last = regulation.jpt_round_at(day).value.years
    if is_target:
        reason = Message(
            th=f"รายได้ {shown} บาทต่อคนต่อปี{produce_th} ต่ำกว่าเกณฑ์ จปฐ. {dated.value:,} บาท (รอบ {first}–{last})",
            en=f"income of {shown} baht per person per year{produce_en} is below the จปฐ. criterion of {dated.value:,} baht "
            f"(round {first}–{last})",
        )
    else:
        reason = Message(
            th=f"รายได้ {shown} บาทต่อคนต่อปี{produce_th} ไม่ต่ำกว่าเกณฑ์ จปฐ. {dated.value:,} บาท (รอบ {first}–{last})",
            en=f"income of {shown} baht per person per year{produce_en} is not below the จปฐ. criterion of {dated.value:,} "
            f"baht (round {first}–{last})",
        )
    return TargetHouseholdCheck(
        household_id=household.household_id,
        as_of=day,
        income_per_person=per_person,
        criterion=dated.value,
        jpt_round=(first, last),
        is_target=is_target,
        reason=reason,
        source=dated.source,
        status=dated.status,
        provisional=("income_criterion",) if dated.provisional else (),
    )


@in_decimal_context
def is_target_household(
    household: Household, *, as_of: DateLike, regulation: Regulation | None = None
) -> bool:
    """True when ``household`` is a target household on ``as_of`` (see :func:`assess_target_household`)."""
    return assess_target_household(household, as_of=as_of, regulation=regulation).is_target
