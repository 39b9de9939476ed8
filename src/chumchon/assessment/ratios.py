"""Financial ratios for savings groups and village funds (อัตราส่วนทางการเงิน).

The field-standard ratios for community-managed savings groups come from The SEEP Network, *Ratio Analysis of
Community-Managed Microfinance Programs* (Savings-Led Financial Services Working Group, 2008), the set the SAVIX
management information system computes for savings groups worldwide. chumchon encodes the definitions as read
below; each function states its formula. The booklet's own wording is not reproduced, and where it leaves a
choice (which period, which members) the choice here is written down; treat the exact definitions as our reading
(provisional), the ratios themselves as the confirmed field standard.

Every function returns a :class:`Ratio`: the value with its numerator and denominator, so a report can show
*how* a figure was reached. Values are exact decimals (60 significant digits, :data:`~chumchon.money.DECIMAL_CONTEXT`)
and are never rounded before they are compared with a threshold; :meth:`Ratio.display` rounds for reading.

**Zero denominators.** A ratio whose denominator is zero (PAR30 of a group with no loans, attendance with no
meetings) has no value: the result carries ``value=None``, and an assessment marks the criterion "not assessed".
It is not an error. Negative counts or amounts, and numerators that cannot exceed their denominators but do
(more borrowers than members), raise :class:`~chumchon.errors.InvalidInputError`.

>>> from chumchon.assessment.ratios import par30_rate
>>> r = par30_rate(par30_principal="12000", loans_outstanding="150000")
>>> r.value, r.numerator, r.denominator
(Decimal('0.08'), Decimal('12000'), Decimal('150000'))
>>> print(r.display("en"))
PAR30 8.00% (12,000.00 / 150,000.00)
>>> par30_rate(par30_principal=0, loans_outstanding=0).value is None
True
>>> par30_rate(par30_principal=200, loans_outstanding=100)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'par30_principal' (200) ต้องไม่เกิน 'loans_outstanding' (100) / 'par30_principal' (200) must not exceed 'loans_outstanding' (100)

Arguments are checked by the input kernel (:mod:`chumchon._checks`): amounts are money (``MoneyLike``: a
Decimal, an int, numeric text, or a float read by the money float rule), counts whole numbers (``12.0`` from a
spreadsheet cell is 12). A measure given directly as a fact is checked against its bounds
(:meth:`Measure.read`): a share is a fraction from 0 to 1, so a percentage typed in its place is refused.

>>> MEASURES["par30_rate"].read(5)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'par30_rate' ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง 1 ไม่ใช่ 5 / 'par30_rate' must be a fraction from 0 to 1, not 5
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Mapping
from decimal import Decimal

import attrs

from chumchon._checks import MoneyLike, ParsableEnum, invalid, money, not_above, number, rate, whole_number
from chumchon.messages import Message, check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context, to_decimal
from chumchon.rules import Source, rubrics

__all__ = [
    "MEASURES",
    "SEEP_RATIO_ANALYSIS",
    "Measure",
    "Ratio",
    "Unit",
    "attendance_rate",
    "average_loan_outstanding",
    "average_savings_per_member",
    "fund_intact_rate",
    "loan_fund_utilisation_rate",
    "members_with_loans_rate",
    "overdue_rate",
    "par30_rate",
    "pledge_compliance_rate",
    "reach_rate",
    "repayment_rate",
    "retention_rate",
    "return_on_assets",
    "return_on_savings",
    "write_off_rate",
]

#: The SEEP Network's ratio booklet for savings groups (confirmed as the field standard; formulas as we read them).
SEEP_RATIO_ANALYSIS: Source = rubrics.FHC.source_named("seep")


class Unit(ParsableEnum):
    """The unit of a fact, a measure or a threshold."""

    FRACTION = "fraction"
    COUNT = "count"
    BAHT = "baht"
    BOOLEAN = "boolean"
    NUMBER = "number"

    def format(self, value: Decimal | bool | None, language: str = "th") -> str:
        """Show a value in this unit: a fraction as a percentage, baht with separators, a boolean as yes/no."""
        if value is None:
            return "-"
        if isinstance(value, bool):
            if check_language(language) == "th":
                return "ใช่" if value else "ไม่ใช่"
            return "yes" if value else "no"
        value = to_decimal(value, name="value")  # text or a number; NaN, infinities and other types refused
        if self is Unit.FRACTION:
            return f"{SATANG.apply(DECIMAL_CONTEXT.multiply(value, 100)):,}%"
        if self is Unit.BAHT:
            return f"{SATANG.apply(value):,}"
        if self is Unit.COUNT:
            return f"{value:,}"
        return str(value)


@attrs.frozen(kw_only=True)
class Ratio:
    """A ratio with the figures it was computed from.

    Attributes:
        name: the ratio's identifier, e.g. ``"par30_rate"``.
        title: its name in Thai and English.
        numerator: the top of the fraction.
        denominator: the bottom of the fraction.
        value: ``numerator / denominator`` (exact to 60 digits), or ``None`` when the denominator is zero.
        unit: :attr:`Unit.FRACTION` for shares, :attr:`Unit.BAHT` for averages in baht.
    """

    name: str
    title: Message
    numerator: Decimal
    denominator: Decimal
    value: Decimal | None
    unit: Unit = Unit.FRACTION

    @property
    def defined(self) -> bool:
        """False when the denominator is zero and the ratio has no value."""
        return self.value is not None

    def display(self, language: str = "th") -> str:
        """The ratio as text: ``PAR30 8.00% (12,000.00 / 150,000.00)``."""
        shown = self.unit.format(self.value, language)
        if self.value is None:
            shown = "ไม่มีค่า (ตัวหารเป็นศูนย์)" if language == "th" else "undefined (zero denominator)"
        return (
            f"{self.title.get(language)} {shown} "
            f"({SATANG.apply(self.numerator):,} / {SATANG.apply(self.denominator):,})"
        )


def _amount(value: object, name: str, *, signed: bool = False) -> Decimal:
    # baht through the kernel's money check (the money float rule; zero or more unless signed)
    return money(value, name, minimum=None if signed else 0)


def _count(value: object, name: str) -> Decimal:
    # a whole number of people, meetings or households; 12.0 from a spreadsheet cell is 12
    return Decimal(whole_number(value, name, minimum=0, numeric=True))


def _ratio(
    name: str, th: str, en: str, numerator: Decimal, denominator: Decimal, unit: Unit = Unit.FRACTION
) -> Ratio:
    try:
        value = None if denominator == 0 else DECIMAL_CONTEXT.divide(numerator, denominator)
    except decimal.Overflow:
        raise invalid("too_large", name, denominator, what_th=th, what_en=en) from None
    return Ratio(
        name=name,
        title=Message(th, en),
        numerator=numerator,
        denominator=denominator,
        value=value,
        unit=unit,
    )


# --- SEEP ratios -------------------------------------------------------------------------------------------


@in_decimal_context
def attendance_rate(*, attendances: int, members: int, meetings: int) -> Ratio:
    """Attendance rate (อัตราการเข้าประชุม): attendances ÷ (members × meetings).

    SEEP ratio analysis: the share of possible member attendances at the group's meetings in the period that
    actually happened. ``attendances`` counts one per member per meeting attended.

    Args:
        attendances: member attendances recorded over the period.
        members: members (at the end of the period).
        meetings: meetings held in the period.
    """
    n = _count(attendances, "attendances")
    possible = _count(members, "members") * _count(meetings, "meetings")
    not_above(n, "attendances", possible, "members × meetings")
    return _ratio("attendance_rate", "อัตราการเข้าประชุม", "attendance rate", n, possible)


@in_decimal_context
def retention_rate(*, members_at_start: int, members_left: int) -> Ratio:
    """Member retention (อัตราการคงอยู่ของสมาชิก): (members at start − those who left) ÷ members at start.

    SEEP ratio analysis (the complement of the drop-out rate): the share of the members at the start of the
    period who are still members at its end. Members who joined during the period do not count either way.

    Args:
        members_at_start: members at the start of the period.
        members_left: of those, how many left (resigned, expelled or died) during the period.
    """
    start = _count(members_at_start, "members_at_start")
    left = _count(members_left, "members_left")
    not_above(left, "members_left", start, "members_at_start")
    return _ratio("retention_rate", "อัตราการคงอยู่ของสมาชิก", "member retention", start - left, start)


@in_decimal_context
def members_with_loans_rate(*, members_with_loans: int, members: int) -> Ratio:
    """Members with loans (สัดส่วนสมาชิกที่มีเงินกู้): members with a loan outstanding ÷ members.

    SEEP ratio analysis: the share of current members who have a loan outstanding at the end of the period.
    """
    borrowers = _count(members_with_loans, "members_with_loans")
    total = _count(members, "members")
    not_above(borrowers, "members_with_loans", total, "members")
    return _ratio("members_with_loans_rate", "สัดส่วนสมาชิกที่มีเงินกู้", "members with loans", borrowers, total)


@in_decimal_context
def average_savings_per_member(*, savings: MoneyLike, members: int) -> Ratio:
    """Average savings per member (เงินออมเฉลี่ยต่อสมาชิก), in baht: savings balance ÷ members.

    SEEP ratio analysis: members' savings (เงินสัจจะสะสม and deposits) at the end of the period, per current
    member.
    """
    return _ratio(
        "average_savings_per_member",
        "เงินออมเฉลี่ยต่อสมาชิก",
        "average savings per member",
        _amount(savings, "savings"),
        _count(members, "members"),
        Unit.BAHT,
    )


@in_decimal_context
def average_loan_outstanding(*, loans_outstanding: MoneyLike, members_with_loans: int) -> Ratio:
    """Average loan outstanding (เงินกู้คงค้างเฉลี่ย), in baht: loans outstanding ÷ members with loans.

    SEEP ratio analysis: principal outstanding at the end of the period per borrower.
    """
    return _ratio(
        "average_loan_outstanding",
        "เงินกู้คงค้างเฉลี่ยต่อผู้กู้",
        "average loan outstanding",
        _amount(loans_outstanding, "loans_outstanding"),
        _count(members_with_loans, "members_with_loans"),
        Unit.BAHT,
    )


@in_decimal_context
def return_on_savings(*, net_profit: MoneyLike, savings: MoneyLike) -> Ratio:
    """Return on savings (ผลตอบแทนต่อเงินออม): net profit of the period ÷ members' savings.

    SEEP ratio analysis: what the group earned for each baht its members saved. ``net_profit`` may be negative
    (a loss). Give a year's profit for an annual return; the ratio is not annualised here.
    """
    return _ratio(
        "return_on_savings",
        "ผลตอบแทนต่อเงินออม",
        "return on savings",
        _amount(net_profit, "net_profit", signed=True),
        _amount(savings, "savings"),
    )


@in_decimal_context
def return_on_assets(*, net_profit: MoneyLike, total_assets: MoneyLike) -> Ratio:
    """Return on assets (ผลตอบแทนต่อสินทรัพย์): net profit of the period ÷ total assets.

    SEEP ratio analysis: total assets are the group's whole fund (loans outstanding, cash and bank balances).
    ``net_profit`` may be negative. Not annualised.
    """
    return _ratio(
        "return_on_assets",
        "ผลตอบแทนต่อสินทรัพย์",
        "return on assets",
        _amount(net_profit, "net_profit", signed=True),
        _amount(total_assets, "total_assets"),
    )


@in_decimal_context
def par30_rate(*, par30_principal: MoneyLike, loans_outstanding: MoneyLike) -> Ratio:
    """Portfolio at risk over 30 days (PAR30, หนี้เสี่ยงค้างชำระเกิน 30 วัน).

    SEEP ratio analysis: outstanding principal of loans with any payment more than 30 days late ÷ all loans
    outstanding. The whole balance of a late loan counts, not only the late instalment.
    """
    risky = _amount(par30_principal, "par30_principal")
    outstanding = _amount(loans_outstanding, "loans_outstanding")
    not_above(risky, "par30_principal", outstanding, "loans_outstanding")
    return _ratio("par30_rate", "PAR30", "PAR30", risky, outstanding)


@in_decimal_context
def loan_fund_utilisation_rate(*, loans_outstanding: MoneyLike, total_assets: MoneyLike) -> Ratio:
    """Loan fund utilisation (อัตราการใช้เงินทุนให้กู้): loans outstanding ÷ total funds (total assets).

    SEEP ratio analysis: how much of the group's money is out working as loans rather than idle in cash.
    """
    out = _amount(loans_outstanding, "loans_outstanding")
    assets = _amount(total_assets, "total_assets")
    not_above(out, "loans_outstanding", assets, "total_assets")
    return _ratio("loan_fund_utilisation_rate", "อัตราการใช้เงินทุนให้กู้", "loan fund utilisation", out, assets)


@in_decimal_context
def write_off_rate(*, written_off: MoneyLike, loans_outstanding: MoneyLike) -> Ratio:
    """Write-off ratio (อัตราหนี้สูญ): principal written off in the period ÷ loans outstanding at its end.

    SEEP ratio analysis (our reading of the denominator: the portfolio at the end of the period).
    """
    return _ratio(
        "write_off_rate",
        "อัตราหนี้สูญ",
        "write-off ratio",
        _amount(written_off, "written_off"),
        _amount(loans_outstanding, "loans_outstanding"),
    )


# --- Measures used by the shipped rubrics that are not SEEP ratios -----------------------------------------


@in_decimal_context
def pledge_compliance_rate(*, members_paid_every_month: int, members: int) -> Ratio:
    """Members who kept their pledge (สัดส่วนสมาชิกที่ส่งสัจจะครบทุกเดือน): those who paid every pledged month ÷ members.

    Used by the SSG rubric; not a SEEP ratio.
    """
    paid = _count(members_paid_every_month, "members_paid_every_month")
    total = _count(members, "members")
    not_above(paid, "members_paid_every_month", total, "members")
    return _ratio(
        "pledge_compliance_rate",
        "สัดส่วนสมาชิกที่ส่งสัจจะครบทุกเดือน",
        "members who paid every pledged month",
        paid,
        total,
    )


@in_decimal_context
def fund_intact_rate(*, total_fund: MoneyLike, allocation: MoneyLike) -> Ratio:
    """กข.คจ. fund kept intact (ความครบถ้วนของเงินทุน): total fund ÷ the allocation (280,000 baht per village).

    Total fund = loans outstanding + bank balance + cash held elsewhere (DOMAIN 6, form 26(1)); 1 or more means
    the fund is intact.
    """
    return _ratio(
        "fund_intact_rate",
        "เงินทุนคงเหลือเทียบกับเงินที่ได้รับจัดสรร",
        "total fund against the allocation",
        _amount(total_fund, "total_fund"),
        _amount(allocation, "allocation"),
    )


@in_decimal_context
def overdue_rate(*, overdue_principal: MoneyLike, loans_outstanding: MoneyLike) -> Ratio:
    """กข.คจ. overdue share (สัดส่วนหนี้ค้างชำระ): principal past due ÷ loans outstanding."""
    overdue = _amount(overdue_principal, "overdue_principal")
    outstanding = _amount(loans_outstanding, "loans_outstanding")
    not_above(overdue, "overdue_principal", outstanding, "loans_outstanding")
    return _ratio("overdue_rate", "สัดส่วนหนี้ค้างชำระ", "overdue share of loans", overdue, outstanding)


@in_decimal_context
def repayment_rate(*, repaid_of_due: MoneyLike, due_in_year: MoneyLike) -> Ratio:
    """Repayment rate (อัตราการชำระคืน): what was repaid of the instalments that fell due in the year ÷ what fell due."""
    repaid = _amount(repaid_of_due, "repaid_of_due")
    due = _amount(due_in_year, "due_in_year")
    not_above(repaid, "repaid_of_due", due, "due_in_year")
    return _ratio(
        "repayment_rate", "อัตราการชำระคืนเงินยืมที่ครบกำหนด", "repayment rate of what fell due", repaid, due
    )


@in_decimal_context
def reach_rate(*, target_households_with_loans: int, target_households: int) -> Ratio:
    """Reach (การเข้าถึงครัวเรือนเป้าหมาย): target households that have borrowed ÷ target households."""
    reached = _count(target_households_with_loans, "target_households_with_loans")
    total = _count(target_households, "target_households")
    not_above(reached, "target_households_with_loans", total, "target_households")
    return _ratio("reach_rate", "การเข้าถึงครัวเรือนเป้าหมาย", "reach among target households", reached, total)


# --- Registry ----------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Measure:
    """A derived measure a rubric criterion may read: a ratio computed from named facts.

    Attributes:
        name: the measure's name, as criteria refer to it.
        inputs: the fact names it reads (also the function's keyword arguments).
        function: the ratio function.
        unit: the unit of its value.
        maximum: the largest value a fraction can take (1 for a share of a whole, ``None`` when the ratio can
            pass 1, as the write-off ratio can).
        signed: the value may be negative (a return on a loss).
    """

    name: str
    inputs: tuple[str, ...]
    function: Callable[..., Ratio]
    unit: Unit = Unit.FRACTION
    maximum: Decimal | None = Decimal(1)
    signed: bool = False

    def compute(self, facts: Mapping[str, object]) -> Ratio | tuple[str, ...]:
        """The ratio from ``facts``, or the names of the facts that are missing (``None`` or absent)."""
        missing = tuple(fact for fact in self.inputs if facts.get(fact) is None)
        if missing:
            return missing
        return self.function(**{fact: facts[fact] for fact in self.inputs})

    def read(self, value: object) -> Decimal:
        """A value of this measure given directly as a fact (a figure from the group's own report), checked by
        the input kernel against the measure's bounds: baht are money, a share is a fraction from 0 to
        :attr:`maximum`, so ``par30_rate=5`` (a percentage typed in a fraction's place) is refused instead of
        read as 500%.

        Raises:
            InvalidInputError: the value is not a number within the measure's bounds.
        """
        if self.unit is Unit.BAHT:
            return money(value, self.name)
        if self.signed:
            return number(value, self.name)
        return rate(value, self.name, maximum=self.maximum)


def _measure(
    name: str,
    function: Callable[..., Ratio],
    *inputs: str,
    unit: Unit = Unit.FRACTION,
    maximum: Decimal | None = Decimal(1),
    signed: bool = False,
) -> Measure:
    # Facts carry the same names as the ratio functions' keywords.
    return Measure(name=name, inputs=inputs, function=function, unit=unit, maximum=maximum, signed=signed)


#: Every measure a rubric can name, by name. A fact of the same name in the facts given to ``assess`` wins
#: over computing the measure (an officer may enter a ratio read from the group's own report).
MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        _measure("attendance_rate", attendance_rate, "attendances", "members", "meetings"),
        _measure("retention_rate", retention_rate, "members_at_start", "members_left"),
        _measure("members_with_loans_rate", members_with_loans_rate, "members_with_loans", "members"),
        _measure(
            "average_savings_per_member", average_savings_per_member, "savings", "members", unit=Unit.BAHT
        ),
        _measure(
            "average_loan_outstanding",
            average_loan_outstanding,
            "loans_outstanding",
            "members_with_loans",
            unit=Unit.BAHT,
        ),
        _measure("return_on_savings", return_on_savings, "net_profit", "savings", maximum=None, signed=True),
        _measure(
            "return_on_assets", return_on_assets, "net_profit", "total_assets", maximum=None, signed=True
        ),
        _measure("par30_rate", par30_rate, "par30_principal", "loans_outstanding"),
        _measure(
            "loan_fund_utilisation_rate", loan_fund_utilisation_rate, "loans_outstanding", "total_assets"
        ),
        _measure("write_off_rate", write_off_rate, "written_off", "loans_outstanding", maximum=None),
        _measure("pledge_compliance_rate", pledge_compliance_rate, "members_paid_every_month", "members"),
        _measure("fund_intact_rate", fund_intact_rate, "total_fund", "allocation", maximum=None),
        _measure("overdue_rate", overdue_rate, "overdue_principal", "loans_outstanding"),
        _measure("repayment_rate", repayment_rate, "repaid_of_due", "due_in_year"),
        _measure("reach_rate", reach_rate, "target_households_with_loans", "target_households"),
    )
}
