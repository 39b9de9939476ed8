"""The result of the annual close (internal): the income statement, funds, reconciliation checks and
:class:`AnnualClose` itself.

Re-exported by :mod:`chumchon.savings.close`, where they are documented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message, check_language
from chumchon.money import in_decimal_context
from chumchon.savings import _checks
from chumchon.savings._distribution import DividendResult, RebateResult
from chumchon.savings._group_year import GroupYear
from chumchon.savings.allocation import ProfitAllocation, category_label
from chumchon.savings.bylaws import Bylaws
from chumchon.tables import Column, Report, Table, Tabular, format_cell

__all__ = ["AnnualClose", "Check", "FundBalance", "IncomeStatement", "StatementLine"]

_ZERO = Decimal("0.00")


@attrs.frozen(kw_only=True)
class StatementLine:
    """One line of the income statement: a key, its label and the amount."""

    key: str
    label: Message
    amount: Decimal


@attrs.frozen(kw_only=True, repr=False)
class IncomeStatement(Tabular, ResultMappable):
    """Income, expenses and net profit for the year (งบกำไรขาดทุน)."""

    income: tuple[StatementLine, ...]
    expenses: tuple[StatementLine, ...]
    total_income: Decimal
    total_expenses: Decimal
    net_profit: Decimal

    @in_decimal_context
    def _check_consistency(self) -> None:
        income = sum((x.amount for x in self.income), _ZERO)
        expenses = sum((x.amount for x in self.expenses), _ZERO)
        if (income, expenses, income - expenses) != (self.total_income, self.total_expenses, self.net_profit):
            raise inconsistent(
                self,
                "net_profit",
                "ยอดรวมรายได้ ค่าใช้จ่าย และกำไรสุทธิต้องตรงกับรายการ",
                "the totals and the net profit must follow from the lines",
                self.net_profit,
            )
        lines = (*self.income, *self.expenses)
        place = _checks.part_satang(x.amount for x in lines)
        if place is not None:
            raise inconsistent(
                self,
                "income" if place < len(self.income) else "expenses",
                f"ยอด{lines[place].label.th}ต้องเป็นจำนวนเต็มสตางค์",
                f"the {lines[place].label.en} must be whole satang",
                lines[place].amount,
            )

    def to_table(self) -> Table:
        """Income lines, their total, expense lines, their total, and the net profit."""
        rows: list[tuple[Any, ...]] = [("income", x.key, x.label, x.amount) for x in self.income]
        rows.append(("income", "total_income", Message("รวมรายได้", "total income"), self.total_income))
        rows += [("expense", x.key, x.label, x.amount) for x in self.expenses]
        rows.append(
            ("expense", "total_expenses", Message("รวมค่าใช้จ่าย", "total expenses"), self.total_expenses)
        )
        rows.append(("result", "net_profit", _profit_label(self.net_profit), self.net_profit))
        return _checks.table(
            columns=(
                Column("section", "หมวด", "Section"),
                Column("key", "รหัส", "Key"),
                Column("line", "รายการ", "Line"),
                Column("amount", "จำนวนเงิน", "Amount", "money"),
            ),
            rows=rows,
            title=Message("งบกำไรขาดทุน", "Income statement"),
        )

    def __repr__(self) -> str:
        return f"<IncomeStatement income={self.total_income} expenses={self.total_expenses} net={self.net_profit}>"


def _profit_label(profit: Decimal) -> Message:
    if profit < 0:
        return Message("ขาดทุนสุทธิ", "net loss")
    return Message("กำไรสุทธิ", "net profit")


@attrs.frozen(kw_only=True)
class FundBalance:
    """A reserve or fund after the close: brought in, added by the allocation, carried forward."""

    category: str
    opening: Decimal
    added: Decimal
    closing: Decimal


@attrs.frozen(kw_only=True)
class Check:
    """One reconciliation check: two figures that must agree."""

    name: Message
    expected: Decimal
    actual: Decimal

    @property
    def ok(self) -> bool:
        """True when the two figures agree to the satang."""
        return self.expected == self.actual


@attrs.frozen(kw_only=True, repr=False)
class AnnualClose(Tabular, ResultMappable):
    """The whole annual close; see the module docstring.

    Attributes:
        group: the inputs of the year.
        bylaws: the bylaws applied.
        income: the income statement.
        allocation: the allocation of the net profit.
        dividends: each member's dividend (``None`` when the bylaws set none).
        rebates: each member's rebate (``None`` when the bylaws set none).
        funds: the reserve and funds after the close.
        reconciliation: the checks proving every baht is accounted for.
        notes: explanations (a loss, an undistributed pool, interest not attributed to members...).
        provisional: values used that are common practice rather than confirmed (none are built in: every
            figure comes from the bylaws and the books).
    """

    group: GroupYear
    bylaws: Bylaws
    income: IncomeStatement
    allocation: ProfitAllocation
    dividends: DividendResult | None
    rebates: RebateResult | None
    funds: tuple[FundBalance, ...]
    reconciliation: tuple[Check, ...]
    notes: tuple[Message, ...] = ()
    provisional: tuple[str, ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The parts of a close must tell one story: built directly or through attrs.evolve, a close whose
        # allocation, payments, funds or reconciliation disagree with each other is refused.
        def refuse(field: str, th: str, en: str, value: object) -> None:
            raise inconsistent(self, field, th, en, value)

        if self.allocation.net_profit != self.income.net_profit:
            refuse(
                "allocation",
                "การจัดสรรต้องเป็นของกำไรสุทธิในงบกำไรขาดทุน",
                "the allocation must be of the income statement's net profit",
                self.allocation.net_profit,
            )
        by_category = self.allocation.by_category
        for field, paid in (("dividends", self.dividends), ("rebates", self.rebates)):
            category = "dividend" if field == "dividends" else "rebate"
            if paid is not None and paid.total != by_category.get(category, _ZERO):
                refuse(
                    field,
                    f"ยอดรวม {field} ต้องเท่ากับรายการ {category} ของการจัดสรร",
                    f"the {field}' total must equal the allocation's {category} line",
                    paid.total,
                )
        for fund in self.funds:
            if fund.closing != fund.opening + fund.added:
                refuse(
                    "funds",
                    f"ทุน {fund.category}: ยอดยกไปต้องเท่ากับยอดยกมาบวกที่จัดสรรเพิ่ม",
                    f"fund {fund.category}: closing must be opening plus added",
                    fund.closing,
                )
        for check in self.reconciliation:
            if not check.ok:
                refuse(
                    "reconciliation",
                    f"การตรวจสอบ '{check.name.th}' ไม่ตรงกัน",
                    f"the check '{check.name.en}' does not agree",
                    check.actual,
                )

    @property
    def net_profit(self) -> Decimal:
        """The year's net profit (negative for a loss)."""
        return self.income.net_profit

    @property
    def balanced(self) -> bool:
        """True when every reconciliation check agrees."""
        return all(c.ok for c in self.reconciliation)

    @property
    def dividend_by_member(self) -> dict[str, Decimal]:
        """Each member's dividend (zero for all when the bylaws set none)."""
        if self.dividends is None:
            return {m.member_id: _ZERO for m in self.group.members}
        return self.dividends.by_member

    @property
    def rebate_by_member(self) -> dict[str, Decimal]:
        """Each member's rebate (zero for all when the bylaws set none)."""
        if self.rebates is None:
            return {m.member_id: _ZERO for m in self.group.members}
        return self.rebates.by_member

    @in_decimal_context
    def to_table(self) -> Table:
        """One row per member: savings, weighted balance, dividend, rebate and what the member receives."""
        dividends = self.dividends.lines if self.dividends is not None else None
        rebates = self.rebates.lines if self.rebates is not None else None
        rows = []
        for i, m in enumerate(self.group.members):
            d = dividends[i].amount if dividends is not None else _ZERO
            r = rebates[i].amount if rebates is not None else _ZERO
            weighted = dividends[i].weighted_balance if dividends is not None else None
            rows.append(
                (
                    m.member_id,
                    m.name,
                    Message(m.member_type.label_th, m.member_type.value),  # สามัญ in Thai, ordinary in English
                    m.opening_balance,
                    m.saved_in_year,
                    m.closing_balance,
                    weighted,
                    m.interest_paid,
                    d,
                    r,
                    d + r,
                )
            )
        return _checks.table(
            columns=(
                Column("member_id", "รหัส", "Member"),
                Column("name", "ชื่อ", "Name"),
                Column("member_type", "ประเภท", "Type"),
                Column("opening_balance", "ยอดยกมา", "Brought in", "money"),
                Column("saved", "ออมในปี", "Saved", "money"),
                Column("closing_balance", "ยอดสิ้นปี", "Year end", "money"),
                Column("weighted_balance", "ยอดเฉลี่ย", "Weighted", "money"),
                Column("interest_paid", "ดอกเบี้ยที่ชำระ", "Interest paid", "money"),
                Column("dividend", "เงินปันผล", "Dividend", "money"),
                Column("rebate", "เงินเฉลี่ยคืน", "Rebate", "money"),
                Column("total", "รวมรับ", "Total", "money"),
            ),
            rows=rows,
            title=Message("เงินปันผลและเงินเฉลี่ยคืนรายสมาชิก", "Dividends and rebates by member"),
        )

    def funds_table(self) -> Table:
        """The reserve and funds after the close."""
        return _checks.table(
            columns=(
                Column("category", "ทุน/กองทุน", "Fund"),
                Column("opening", "ยกมา", "Brought in", "money"),
                Column("added", "จัดสรรเพิ่ม", "Added", "money"),
                Column("closing", "ยกไป", "Carried forward", "money"),
            ),
            rows=[(category_label(f.category), f.opening, f.added, f.closing) for f in self.funds],
            title=Message("ทุนสำรองและกองทุน", "Reserve and funds"),
        )

    def reconciliation_table(self) -> Table:
        """The reconciliation checks."""
        return _checks.table(
            columns=(
                Column("check", "รายการตรวจสอบ", "Check"),
                Column("expected", "ยอดที่ต้องเป็น", "Expected", "money"),
                Column("actual", "ยอดที่ได้", "Actual", "money"),
                Column("ok", "ตรงกัน", "Agrees", "bool"),
            ),
            rows=[(c.name, c.expected, c.actual, c.ok) for c in self.reconciliation],
            title=Message("การกระทบยอด", "Reconciliation"),
        )

    def statement(self, language: str = "th", *, digits: str = "arabic") -> Report:
        """The whole close for the general meeting, in Thai (default) or English.

        A :class:`~chumchon.tables.Report`: it is the plain text (``print`` it), and a notebook shows it as
        HTML tables.
        """
        lang = check_language(language)
        start = format_cell(self.group.fiscal_year_start, "date", language=lang, digits=digits)
        end = format_cell(self.group.fiscal_year_end, "date", language=lang, digits=digits)
        name = self.group.name or self.bylaws.name
        if lang == "th":
            head = f"งบการเงินประจำปี{(' ' + name) if name else ''} ตั้งแต่ {start} ถึง {end}"
        else:
            head = f"Annual accounts{(' of ' + name) if name else ''} from {start} to {end}"
        # The meeting reads line and amount; section and key columns stay in to_rows() for other systems.
        parts: list[str | Table] = [head, "", self.income.to_table().select("line", "amount"), ""]
        parts += [self.allocation.to_table(), "", self.to_table(), "", self.funds_table(), ""]
        parts.append(self.reconciliation_table())
        notes = [*self.allocation.notes, *self.notes]
        if notes:
            parts += ["", "หมายเหตุ" if lang == "th" else "Notes"]
            parts += [f"- {n.get(lang)}" for n in notes]
        return Report(parts, language=lang, digits=digits)

    def to_text_members(self, *, language: str = "th", digits: str = "arabic") -> str:
        """Only the member table as text."""
        return self.to_table().to_text(language=language, digits=digits)

    def to_text(self, *, language: str = "th", digits: str = "arabic") -> str:
        """The statement for the general meeting as plain text (the text of :meth:`statement`)."""
        return str.__str__(self.statement(language, digits=digits))

    def __repr__(self) -> str:
        return (
            f"<AnnualClose {self.group.fiscal_year_start.isoformat()}: {len(self.group.members)} members, "
            f"net profit {self.net_profit}, balanced={self.balanced}>"
        )
