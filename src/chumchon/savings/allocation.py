"""Allocation of a savings group's net profit (การจัดสรรกำไรสุทธิ).

The annual meeting splits the year's net profit by lines the bylaws set. Published allocations mix three kinds
of line, and so does :func:`allocate_profit`:

* :class:`PercentOfProfit`: a percentage of the net profit (rounded half up to the satang);
* :class:`FixedAmount`: a fixed sum (e.g. a 30,000-baht levy to a league);
* :class:`MemberTotal`: a per-member computed total, such as dividends at a rate or rebates at a rate, whose
  amount is whatever the members' amounts add up to;
* exactly one :class:`Residual` (the reserve, ทุนสำรอง, by default) that takes what is left, rounding
  included, optionally with a minimum percentage ("ทุนสำรองไม่น้อยกว่าร้อยละ 10").

The parts always add up to the net profit exactly. Lines that need more than the profit raise
:class:`~chumchon.errors.RuleViolationError`; a loss (or a zero profit) allocates nothing and says so.

Sources: chumchon's domain reference section 5.1 (categories and line kinds, from published cooperative
allocations). No CDD-prescribed percentages were found: every percentage is a bylaw setting.

>>> from chumchon.savings import allocate_profit, PercentOfProfit, FixedAmount, Residual
>>> a = allocate_profit("10000.05", [PercentOfProfit("welfare", 10), FixedAmount("network", 500), Residual()])
>>> a.by_category
{'welfare': Decimal('1000.01'), 'network': Decimal('500.00'), 'reserve': Decimal('8500.04')}
>>> allocate_profit(100, [FixedAmount("network", 500), Residual()])
Traceback (most recent call last):
...
chumchon.errors.RuleViolationError: รายการจัดสรรต้องใช้เงิน 500.00 บาท เกินกำไรสุทธิ 100.00 บาท / the allocation lines need 500.00 baht, more than the net profit of 100.00 baht
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, ClassVar, Union

import attrs

from chumchon import _checks as checks
from chumchon._checks import MoneyLike, RateLike
from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context
from chumchon.savings import _checks
from chumchon.tables import Column, Table, Tabular

__all__ = [
    "CATEGORY_LABELS",
    "AllocationLine",
    "AllocationRow",
    "FixedAmount",
    "MemberTotal",
    "PercentOfProfit",
    "ProfitAllocation",
    "Residual",
    "allocate_profit",
    "category_label",
]

_ZERO = Decimal("0.00")
_HUNDRED = Decimal(100)

#: Thai and English labels of the usual categories; any other category name is shown as given.
CATEGORY_LABELS: dict[str, Message] = {
    "reserve": Message("ทุนสำรอง", "reserve"),
    "dividend": Message("เงินปันผล", "dividends"),
    "rebate": Message("เงินเฉลี่ยคืน", "rebates"),
    "welfare": Message("สวัสดิการสมาชิก", "member welfare"),
    "committee": Message("ค่าตอบแทนกรรมการ", "committee remuneration"),
    "public_benefit": Message("สาธารณประโยชน์", "public benefit"),
    "education": Message("ส่งเสริมการศึกษา", "education"),
    "network": Message("เครือข่าย", "network fund"),
    "league": Message("ค่าบำรุงสันนิบาตสหกรณ์", "league levy"),
    "bonus": Message("โบนัสกรรมการและเจ้าหน้าที่", "committee and staff bonus"),
    "dividend_stabilization": Message("ทุนรักษาระดับอัตราเงินปันผล", "dividend stabilization fund"),
}


def category_label(category: str) -> Message:
    """The label of ``category`` (the name itself for a category not in :data:`CATEGORY_LABELS`)."""
    return CATEGORY_LABELS.get(category) or Message(category, category)


def _category(value: object) -> str:
    return checks.text(value, "category")


def _to_amount(value: MoneyLike) -> Decimal:
    return checks.money(value, "amount")


def _to_optional_minimum_percent(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.percent, value, "minimum_percent")


def _to_optional_percent(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.percent, value, "percent")


def _to_percent(value: RateLike) -> Decimal:
    return checks.percent(value, "percent")


@attrs.frozen
class PercentOfProfit(Mappable):
    """A line of ``percent`` percent of the net profit (10 for 10%)."""

    union_tag: ClassVar[str] = "percent"

    category: str = attrs.field(converter=_category)
    percent: Decimal = attrs.field(converter=_to_percent)


@attrs.frozen
class FixedAmount(Mappable):
    """A line of a fixed amount, baht."""

    union_tag: ClassVar[str] = "fixed"

    category: str = attrs.field(converter=_category)
    amount: Decimal = attrs.field(converter=_to_amount)


@attrs.frozen
class MemberTotal(Mappable):
    """A per-member computed total (dividends at a rate, rebates at a rate): the sum of the members' amounts.

    Build it from a result with :meth:`of`, e.g. ``MemberTotal.of("dividend", calculate_dividends(...))``.
    """

    union_tag: ClassVar[str] = "members"

    category: str = attrs.field(converter=_category)
    amount: Decimal = attrs.field(converter=_to_amount)
    percent: Decimal | None = attrs.field(default=None, kw_only=True, converter=_to_optional_percent)
    """The percentage of profit the bylaws set for the pool the members shared, if any (shown only)."""

    @classmethod
    def of(cls, category: str, result: Any) -> MemberTotal:
        """The total of a :class:`~chumchon.savings.DividendResult` or :class:`~chumchon.savings.RebateResult`.

        Raises:
            InvalidInputError: ``result`` has no total amount.
        """
        total = getattr(result, "total", None)
        if not isinstance(total, Decimal) or not hasattr(result, "lines"):
            raise InvalidInputError(
                th=f"result ต้องเป็นผลการคำนวณเงินปันผลหรือเงินเฉลี่ยคืน ไม่ใช่ {result!r}",
                en=f"result must be a DividendResult or a RebateResult, not {result!r}",
                field="result",
                value=result,
            )
        return cls(category, total)


@attrs.frozen
class Residual(Mappable):
    """The one line that takes what is left (the reserve by default), rounding included.

    Attributes:
        category: the category (``"reserve"``).
        minimum_percent: the least it may be, as a percentage of the net profit, if the bylaws set one.
    """

    union_tag: ClassVar[str] = "residual"

    category: str = attrs.field(default="reserve", converter=_category)
    minimum_percent: Decimal | None = attrs.field(
        default=None, kw_only=True, converter=_to_optional_minimum_percent
    )


AllocationLine = Union[PercentOfProfit, FixedAmount, MemberTotal, Residual]  # noqa: UP007 (runtime alias on 3.10)
_LINE_TYPES = (PercentOfProfit, FixedAmount, MemberTotal, Residual)
_KIND = {PercentOfProfit: "percent", FixedAmount: "fixed", MemberTotal: "members", Residual: "residual"}


@attrs.frozen(kw_only=True)
class AllocationRow:
    """One allocated line: its category, kind (``percent``, ``fixed``, ``members``, ``residual``), the
    percentage where there is one, and the amount."""

    category: str
    kind: str
    percent: Decimal | None
    amount: Decimal

    @property
    def label(self) -> Message:
        """The category's Thai and English label."""
        return category_label(self.category)

    @property
    def share_percent(self) -> Decimal | None:
        """The amount as a percentage of the profit is shown by :class:`ProfitAllocation`."""
        return self.percent


@attrs.frozen(kw_only=True, repr=False)
class ProfitAllocation(Tabular, ResultMappable):
    """The net profit split into lines.

    Attributes:
        net_profit: the net profit (negative for a loss).
        rows: the allocated lines, in the order given.
        residual_category: the category of the residual line.
        is_loss: true when there was no profit to allocate (a loss or zero).
        notes: explanations (a loss, a residual minimum met...).
    """

    net_profit: Decimal
    rows: tuple[AllocationRow, ...]
    residual_category: str
    is_loss: bool
    notes: tuple[Message, ...] = ()

    @property
    def by_category(self) -> dict[str, Decimal]:
        """Each category's amount, in the order given."""
        return {row.category: row.amount for row in self.rows}

    def _check_consistency(self) -> None:
        expected = _ZERO if self.is_loss else self.net_profit
        if self.total != expected or self.is_loss != (self.net_profit <= 0):
            raise inconsistent(
                self,
                "rows",
                "รายการจัดสรรต้องรวมกันเท่ากับกำไรสุทธิ (หรือศูนย์เมื่อขาดทุน)",
                "the lines must add up to the net profit (zero for a loss)",
                self.total,
            )
        place = _checks.part_satang(row.amount for row in self.rows)
        if place is not None:
            row = self.rows[place]
            raise inconsistent(
                self,
                "rows",
                f"จำนวนเงินรายการ {row.category} ต้องเป็นจำนวนเต็มสตางค์",
                f"the amount of the line {row.category} must be whole satang",
                row.amount,
            )

    @property
    @in_decimal_context
    def total(self) -> Decimal:
        """The sum of the lines: the net profit, or zero for a loss."""
        return sum((row.amount for row in self.rows), _ZERO)

    @in_decimal_context
    def to_table(self) -> Table:
        """One row per line: category, kind, percentage set, amount and share of the profit."""
        profit = self.net_profit

        def share(amount: Decimal) -> Decimal | None:
            if self.is_loss or not profit:
                return None
            return SATANG.apply(DECIMAL_CONTEXT.divide(amount * _HUNDRED, profit))

        return _checks.table(
            columns=(
                Column("category", "รายการ", "Line"),
                Column("percent", "ร้อยละตามระเบียบ", "Percent set", "percent"),
                Column("amount", "จำนวนเงิน", "Amount", "money"),
                Column("share", "ร้อยละของกำไร", "Share of profit", "percent"),
            ),
            rows=[(row.label, row.percent, row.amount, share(row.amount)) for row in self.rows],
            title=Message("การจัดสรรกำไรสุทธิ", "Allocation of net profit"),
        )

    def __repr__(self) -> str:
        parts = ", ".join(f"{k}={v}" for k, v in self.by_category.items())
        return f"<ProfitAllocation net_profit={self.net_profit}{' (loss)' if self.is_loss else ''}: {parts}>"


def _check_percent_slips(lines: list[PercentOfProfit]) -> None:
    """Refuse a percentage below 1 that is most likely a fraction (0.10 typed for 10%).

    It is taken for a slip when every other percentage line is a whole percent, or when all the percentages
    are below 1 (they then read as fractions of the profit). Other small percentages (0.5 beside 2.5) are
    legal and kept.
    """
    for line in lines:
        others = [other.percent for other in lines if other is not line]
        if not 0 < line.percent < 1:
            continue
        looks_whole = bool(others) and all(p >= 1 and p == p.to_integral_value() for p in others)
        all_small = all(p < 1 for p in others)
        if looks_whole or all_small:
            meant = DECIMAL_CONTEXT.multiply(line.percent, _HUNDRED).normalize(DECIMAL_CONTEXT)
            raise InvalidInputError(
                th=f"รายการ {line.category!r}: ร้อยละ {line.percent} ของกำไรน้อยกว่าร้อยละ 1 "
                f"หมายถึงร้อยละ {meant:f} หรือไม่ (ค่าของรายการแบบร้อยละเป็นร้อยละ เช่น 10 คือร้อยละ 10)",
                en=f"line {line.category!r}: {line.percent} percent of the profit is less than 1%; "
                f"did you mean {meant:f}%? (a percent line's value is a percentage: 10 is 10%)",
                field="lines",
                value=line.percent,
            )


def check_lines(lines: Iterable[AllocationLine]) -> tuple[AllocationLine, ...]:
    given: object = lines  # anything may come in; the checks below say what is allowed
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise InvalidInputError(
            th="รายการจัดสรรต้องเป็นลำดับ", en="the allocation lines must be a sequence", field="lines"
        )
    result: tuple[Any, ...] = tuple(lines)
    seen: set[str] = set()
    for line in result:
        if not isinstance(line, _LINE_TYPES):
            raise InvalidInputError(
                th=f"รายการจัดสรรต้องเป็น PercentOfProfit, FixedAmount, MemberTotal หรือ Residual ไม่ใช่ {line!r}",
                en=f"an allocation line must be PercentOfProfit, FixedAmount, MemberTotal or Residual, not {line!r}",
                field="lines",
                value=line,
            )
        if line.category in seen:
            raise InvalidInputError(
                th=f"หมวด {line.category!r} ซ้ำในรายการจัดสรร",
                en=f"the category {line.category!r} appears twice in the allocation",
                field="lines",
                value=line.category,
            )
        seen.add(line.category)
    residuals = [line for line in result if isinstance(line, Residual)]
    if len(residuals) != 1:
        raise InvalidInputError(
            th=f"ต้องมีรายการรับส่วนที่เหลือ (Residual) หนึ่งรายการพอดี ไม่ใช่ {len(residuals)} รายการ",
            en=f"exactly one Residual line is needed to take what is left, not {len(residuals)}",
            field="lines",
        )
    _check_percent_slips([line for line in result if isinstance(line, PercentOfProfit)])
    # Also a converter of Bylaws, so it adds in the private context itself (it cannot be decorated).
    percents = Decimal(0)
    for line in result:
        if isinstance(line, PercentOfProfit):
            percents = DECIMAL_CONTEXT.add(percents, line.percent)
    if percents > _HUNDRED:
        raise InvalidInputError(
            th=f"ร้อยละของรายการจัดสรรรวมกัน {percents} เกินร้อยละ 100",
            en=f"the allocation percentages add up to {percents}, more than 100",
            field="lines",
            value=percents,
        )
    return result


def _to_satang(amount: Decimal, name: str) -> Decimal:
    """``amount`` written to the satang; an amount with a fraction of a satang is refused, not rounded."""
    if not SATANG.is_multiple(amount):
        raise InvalidInputError(
            th=f"จำนวนเงิน {name!r} ต้องเป็นหน่วยสตางค์ ไม่ใช่ {amount}",
            en=f"the amount {name!r} must be whole satang, not {amount}",
            field=name,
            value=amount,
        )
    return SATANG.apply(amount)


@in_decimal_context
def allocate_profit(net_profit: MoneyLike, lines: Iterable[AllocationLine]) -> ProfitAllocation:
    """Split ``net_profit`` by ``lines``; the parts add up to it exactly.

    Args:
        net_profit: the year's net profit, baht (negative for a loss).
        lines: :class:`PercentOfProfit`, :class:`FixedAmount` and :class:`MemberTotal` lines and exactly one
            :class:`Residual`, in the order they should be shown.

    Raises:
        InvalidInputError: no or several residual lines, a category twice, percentages adding up to more than
            100, a line of the wrong type.
        RuleViolationError: the lines need more than the profit (``rule="allocation_exceeds_profit"``), or the
            residual falls below its minimum (``rule="residual_minimum"``).

    >>> allocate_profit(-250, [PercentOfProfit("welfare", 10), Residual()]).by_category
    {'welfare': Decimal('0.00'), 'reserve': Decimal('0.00')}
    """
    profit = _to_satang(checks.money(net_profit, "net_profit", minimum=None), "net_profit")
    checked = check_lines(lines)
    residual = next(line for line in checked if isinstance(line, Residual))
    if profit <= 0:
        rows = tuple(
            AllocationRow(
                category=line.category,
                kind=_KIND[type(line)],
                percent=line.percent if isinstance(line, (PercentOfProfit, MemberTotal)) else None,
                amount=_ZERO,
            )
            for line in checked
        )
        note = Message(
            f"ปีนี้{'ขาดทุน' if profit < 0 else 'ไม่มีกำไร'} {-profit:,.2f} บาท จึงไม่มีการจัดสรรกำไร",
            f"the year {'made a loss of' if profit < 0 else 'made no profit:'} {-profit:,.2f} baht, "
            "so nothing is allocated",
        )
        return ProfitAllocation(
            net_profit=profit, rows=rows, residual_category=residual.category, is_loss=True, notes=(note,)
        )
    amounts: dict[str, Decimal] = {}
    for line in checked:
        if isinstance(line, PercentOfProfit):
            amounts[line.category] = SATANG.apply(DECIMAL_CONTEXT.divide(profit * line.percent, _HUNDRED))
        elif isinstance(line, (FixedAmount, MemberTotal)):
            amounts[line.category] = _to_satang(line.amount, line.category)
    needed = sum(amounts.values(), _ZERO)
    if needed > profit:
        raise RuleViolationError(
            th=f"รายการจัดสรรต้องใช้เงิน {needed:,.2f} บาท เกินกำไรสุทธิ {profit:,.2f} บาท",
            en=f"the allocation lines need {needed:,.2f} baht, more than the net profit of {profit:,.2f} baht",
            rule="allocation_exceeds_profit",
            limit=profit,
            actual=needed,
        )
    left = profit - needed
    notes: list[Message] = []
    if residual.minimum_percent is not None:
        minimum = SATANG.apply(DECIMAL_CONTEXT.divide(profit * residual.minimum_percent, _HUNDRED))
        if left < minimum:
            raise RuleViolationError(
                th=f"{category_label(residual.category).th}เหลือ {left:,.2f} บาท ต่ำกว่าขั้นต่ำร้อยละ "
                f"{residual.minimum_percent} ของกำไรสุทธิ ({minimum:,.2f} บาท)",
                en=f"the {category_label(residual.category).en} gets {left:,.2f} baht, below its minimum of "
                f"{residual.minimum_percent}% of the net profit ({minimum:,.2f} baht)",
                rule="residual_minimum",
                limit=minimum,
                actual=left,
            )
        notes.append(
            Message(
                f"{category_label(residual.category).th}ไม่ต่ำกว่าร้อยละ {residual.minimum_percent} ({minimum:,.2f} บาท)",
                f"{category_label(residual.category).en} at least {residual.minimum_percent}% ({minimum:,.2f} baht)",
            )
        )
    amounts[residual.category] = left
    rows = tuple(
        AllocationRow(
            category=line.category,
            kind=_KIND[type(line)],
            percent=line.percent if isinstance(line, (PercentOfProfit, MemberTotal)) else None,
            amount=amounts[line.category],
        )
        for line in checked
    )
    return ProfitAllocation(
        net_profit=profit, rows=rows, residual_category=residual.category, is_loss=False, notes=tuple(notes)
    )
