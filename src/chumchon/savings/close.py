"""The annual close of a savings group (การปิดบัญชีประจำปีและการจัดสรรกำไรสุทธิ).

Once a year the committee turns a year of savings, loans, interest and fines into an income statement, a net
profit, the allocation the members approve, each member's dividend and rebate, the reserve and funds, and a
reconciliation proving every baht is accounted for. :func:`annual_close` does all of it from a
:class:`GroupYear` and the group's :class:`~chumchon.savings.Bylaws`; the result prints itself as a Thai
statement for the general meeting (:meth:`AnnualClose.statement`) and gives rows for other systems
(:meth:`AnnualClose.to_rows`, one row per member).

* Net profit = income − expenses. Income: loan interest (by default the interest the members paid), fines,
  entry fees, bank interest, other income. Expenses as given (interest paid on deposits, stationery, meetings,
  bank fees, allowances...). Member savings are not income.
* A loss (or zero profit) allocates nothing: no dividend, no rebate, and the statement says so.
* Dividends at a rate and rebates at a rate are computed per member and their totals enter the allocation; pools
  (a percentage of profit) are split exactly among the members (down to the rounding quantum; any rest goes to
  the residual line).
* A member who left during the year takes part as the bylaws say (:class:`~chumchon.savings.LeaverDividend`);
  the withdrawal recorded in the month of leaving is allowed even when the bylaws allow no withdrawals.

Results pickle, so province-wide runs can use process pools: ``ProcessPoolExecutor().map(annual_close, groups,
bylaws)``; :func:`annual_close_many` is the lazy single-process form.

Sources: chumchon's domain reference section 5.1 (the practice of the field; provisional as a whole: no
CDD-prescribed statement was found).

>>> from chumchon.savings.examples import training_group
>>> close = training_group().close()
>>> close.net_profit, close.balanced
(Decimal('22955.00'), True)
>>> annual_close(training_group().year, "bylaws")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: bylaws ต้องเป็น Bylaws ไม่ใช่ 'bylaws' / bylaws must be a Bylaws, not 'bylaws'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from chumchon.errors import InvalidInputError, ParseError
from chumchon.messages import Message, check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, in_decimal_context
from chumchon.savings import _checks
from chumchon.savings.allocation import (
    AllocationLine,
    MemberTotal,
    ProfitAllocation,
    allocate_profit,
    category_label,
)
from chumchon.savings.bylaws import Bylaws, LeaverDividend
from chumchon.savings.dividends import (
    DividendBasis,
    DividendResult,
    RebateResult,
    _check_members,
    calculate_dividends,
    calculate_rebates,
)
from chumchon.savings.members import MemberYear
from chumchon.tables import Column, Report, Table, Tabular, format_cell

__all__ = [
    "EXPENSE_LABELS",
    "INCOME_LABELS",
    "AnnualClose",
    "Check",
    "FundBalance",
    "GroupYear",
    "IncomeStatement",
    "StatementLine",
    "annual_close",
    "annual_close_many",
]

_ZERO = Decimal("0.00")
_HUNDRED = Decimal(100)

#: Labels of the income lines.
INCOME_LABELS: dict[str, Message] = {
    "loan_interest": Message("ดอกเบี้ยเงินกู้", "loan interest"),
    "fines": Message("ค่าปรับ", "fines"),
    "entry_fees": Message("ค่าธรรมเนียมแรกเข้า", "entry fees"),
    "bank_interest": Message("ดอกเบี้ยเงินฝากธนาคาร", "bank interest"),
    "other_income": Message("รายได้อื่น", "other income"),
}

#: Labels of the usual expense lines; any other key is shown as given.
EXPENSE_LABELS: dict[str, Message] = {
    "deposit_interest": Message("ดอกเบี้ยเงินฝากสมาชิก", "interest on members' deposits"),
    "stationery": Message("ค่าวัสดุเครื่องเขียน", "stationery"),
    "meetings": Message("ค่าประชุม", "meetings"),
    "bank_fees": Message("ค่าธรรมเนียมธนาคาร", "bank fees"),
    "allowances": Message("ค่าตอบแทนระหว่างปี", "allowances paid during the year"),
}


def _pairs(name: str) -> Any:
    def convert(value: object) -> tuple[tuple[str, Decimal], ...]:
        if value is None:
            return ()
        items: Any = value.items() if isinstance(value, Mapping) else value
        try:
            pairs = [(k, v) for k, v in items]
        except (TypeError, ValueError):
            raise InvalidInputError(
                th=f"{name} ต้องเป็น mapping ชื่อรายการ → จำนวนเงิน",
                en=f"{name} must be a mapping of line name to amount",
                field=name,
                value=value,
            ) from None
        return tuple((_checks.text(k, name), _checks.money(v, f"{name}[{k}]")) for k, v in pairs)

    return convert


def _to_expenses(value: object) -> tuple[tuple[str, Decimal], ...]:
    result: tuple[tuple[str, Decimal], ...] = _pairs("expenses")(value)
    return result


def _to_funds_opening(value: object) -> tuple[tuple[str, Decimal], ...]:
    result: tuple[tuple[str, Decimal], ...] = _pairs("funds_opening")(value)
    return result


def _year_start(value: object) -> date:
    if not isinstance(value, date) or value.day != 1:
        raise InvalidInputError(
            th=f"วันเริ่มปีบัญชีต้องเป็นวันที่ 1 ของเดือน (datetime.date) ไม่ใช่ {value!r}",
            en=f"the fiscal year must start on the 1st of a month (a datetime.date), not {value!r}",
            field="fiscal_year_start",
            value=value,
        )
    return value


def _to_bank_interest(value: object) -> Decimal:
    return _checks.money(value, "bank_interest")


def _to_entry_fees(value: object) -> Decimal:
    return _checks.money(value, "entry_fees")


def _to_fines(value: object) -> Decimal:
    return _checks.money(value, "fines")


def _to_optional_loan_interest(value: object) -> Decimal | None:
    return _checks.optional_money(value, "loan_interest")


def _to_other_income(value: object) -> Decimal:
    return _checks.money(value, "other_income")


@attrs.frozen(kw_only=True)
class GroupYear:
    """A group's fiscal year: its members' years and the group's own income and expenses.

    Attributes:
        fiscal_year_start: the first day of the fiscal year (its month must be the bylaws' start month).
        members: the members' years; ids unique.
        fines: fines received (ค่าปรับ).
        entry_fees: entry fees received (ค่าธรรมเนียมแรกเข้า).
        bank_interest: interest the group's bank account earned.
        other_income: any other income.
        loan_interest: interest received on loans; by default the sum of the members' ``interest_paid``. A
            larger figure is allowed (interest from loans not attributed to a member this year) and is shown.
        expenses: expense lines, name → amount.
        funds_opening: balances of the reserve and funds brought into the year, category → amount.
        name: the group's name.
    """

    fiscal_year_start: date = attrs.field(converter=_year_start)
    members: tuple[MemberYear, ...] = attrs.field(converter=_check_members)
    fines: Decimal = attrs.field(default=_ZERO, converter=_to_fines)
    entry_fees: Decimal = attrs.field(default=_ZERO, converter=_to_entry_fees)
    bank_interest: Decimal = attrs.field(default=_ZERO, converter=_to_bank_interest)
    other_income: Decimal = attrs.field(default=_ZERO, converter=_to_other_income)
    loan_interest: Decimal | None = attrs.field(default=None, converter=_to_optional_loan_interest)
    expenses: tuple[tuple[str, Decimal], ...] = attrs.field(default=None, converter=_to_expenses)
    funds_opening: tuple[tuple[str, Decimal], ...] = attrs.field(default=None, converter=_to_funds_opening)
    name: str = ""

    @property
    def fiscal_year_end(self) -> date:
        """The last day of the fiscal year."""
        end: date = self.fiscal_year_start + relativedelta(months=12, days=-1)
        return end

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> GroupYear:
        """Build from a mapping whose ``members`` are mappings for :meth:`MemberYear.from_mapping` and whose
        ``fiscal_year_start`` is a date or ISO text; unknown keys are refused.

        Raises:
            ParseError: not a mapping, a key that is not text, a required field missing, a date not in ISO form.
            InvalidInputError: an unknown key or a bad value (``members[2].opening_balance``...).
        """
        fields = _checks.mapping_fields(data, cls, "GroupYear")
        start = fields["fiscal_year_start"]
        if isinstance(start, str):
            try:
                fields["fiscal_year_start"] = date.fromisoformat(start)
            except ValueError:
                raise ParseError(
                    th=f"วันเริ่มปีบัญชีต้องเป็นรูป YYYY-MM-DD ไม่ใช่ {start!r}",
                    en=f"fiscal_year_start must be YYYY-MM-DD, not {start!r}",
                    field="fiscal_year_start",
                    text=start,
                ) from None
        members = fields["members"]
        if not isinstance(members, (str, bytes, Mapping)) and isinstance(members, Iterable):
            built = []
            for i, m in enumerate(members):
                if isinstance(m, Mapping):
                    with _checks.within(f"members[{i}]"):
                        m = MemberYear.from_mapping(m)
                built.append(m)
            fields["members"] = built
        return cls(**fields)


@attrs.frozen(kw_only=True)
class StatementLine:
    """One line of the income statement: a key, its label and the amount."""

    key: str
    label: Message
    amount: Decimal


@attrs.frozen(kw_only=True, repr=False)
class IncomeStatement(Tabular):
    """Income, expenses and net profit for the year (งบกำไรขาดทุน)."""

    income: tuple[StatementLine, ...]
    expenses: tuple[StatementLine, ...]
    total_income: Decimal
    total_expenses: Decimal
    net_profit: Decimal

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
class AnnualClose(Tabular):
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


def _floor_to(amount: Decimal, rounding: Rounding) -> Decimal:
    return Rounding(rounding.quantum, "down").apply(amount)


def _eligibility(bylaws: Bylaws) -> tuple[frozenset[Any], bool]:
    types = frozenset(t for t, r in bylaws.member_rights if r.dividend)
    return types, bylaws.leaver_dividend is LeaverDividend.NONE


def _check_withdrawals(group: GroupYear, bylaws: Bylaws) -> None:
    leavers = False
    for m in group.members:
        if m.left_month is not None:
            leavers = True
        if bylaws.withdrawals_allowed:
            continue
        for month, amount in enumerate(m.monthly, start=1):
            if amount < 0 and month != m.left_month:
                raise InvalidInputError(
                    th=f"สมาชิก {m.member_id} ถอนเงินออมในเดือนที่ {month} ของปีบัญชี แต่ระเบียบไม่ให้ถอน",
                    en=f"member {m.member_id} withdraws savings in fiscal month {month} but the bylaws allow none",
                    field="monthly",
                    value=m.member_id,
                )
    if leavers and bylaws.leaver_dividend is None:
        raise InvalidInputError(
            th="มีสมาชิกลาออกระหว่างปี ระเบียบต้องระบุว่าผู้ลาออกได้รับเงินปันผลหรือไม่ (leaver_dividend)",
            en="a member left during the year: the bylaws must say what a leaver gets (leaver_dividend)",
            field="leaver_dividend",
        )


def _income_statement(group: GroupYear) -> tuple[IncomeStatement, list[Message]]:
    notes: list[Message] = []
    from_members = sum((m.interest_paid for m in group.members), _ZERO)
    loan_interest = from_members if group.loan_interest is None else group.loan_interest
    if loan_interest < from_members:
        raise InvalidInputError(
            th=f"ดอกเบี้ยเงินกู้ {loan_interest} น้อยกว่าดอกเบี้ยที่สมาชิกชำระรวม {from_members}",
            en=f"the loan interest {loan_interest} is less than the interest the members paid, {from_members}",
            field="loan_interest",
            value=loan_interest,
        )
    if loan_interest > from_members:
        notes.append(
            Message(
                f"ดอกเบี้ยเงินกู้ {loan_interest - from_members:,.2f} บาทไม่ได้ระบุว่าสมาชิกคนใดชำระ "
                "จึงไม่นำมาคิดเงินเฉลี่ยคืน",
                f"{loan_interest - from_members:,.2f} baht of loan interest is not attributed to a member and earns "
                "no rebate",
            )
        )
    amounts = {
        "loan_interest": loan_interest,
        "fines": group.fines,
        "entry_fees": group.entry_fees,
        "bank_interest": group.bank_interest,
        "other_income": group.other_income,
    }
    income = tuple(StatementLine(key=k, label=INCOME_LABELS[k], amount=v) for k, v in amounts.items())
    expenses = tuple(
        StatementLine(key=k, label=EXPENSE_LABELS.get(k) or Message(k, k), amount=v)
        for k, v in group.expenses
    )
    total_income = sum((x.amount for x in income), _ZERO)
    total_expenses = sum((x.amount for x in expenses), _ZERO)
    statement = IncomeStatement(
        income=income,
        expenses=expenses,
        total_income=total_income,
        total_expenses=total_expenses,
        net_profit=total_income - total_expenses,
    )
    return statement, notes


@in_decimal_context
def annual_close(group: GroupYear, bylaws: Bylaws) -> AnnualClose:
    """Close the year of ``group`` under ``bylaws``; see the module docstring.

    Raises:
        InvalidInputError: wrong types; a fiscal year that does not start in the bylaws' month; a withdrawal
            the bylaws do not allow; a leaver when the bylaws do not say what leavers get; loan interest below
            what the members paid.
        RuleViolationError: the allocation needs more than the profit, or the residual falls below its minimum.
    """
    if not isinstance(group, GroupYear):
        raise InvalidInputError(
            th=f"group ต้องเป็น GroupYear ไม่ใช่ {group!r}",
            en=f"group must be a GroupYear, not {group!r}",
            field="group",
        )
    if not isinstance(bylaws, Bylaws):
        raise InvalidInputError(
            th=f"bylaws ต้องเป็น Bylaws ไม่ใช่ {bylaws!r}",
            en=f"bylaws must be a Bylaws, not {bylaws!r}",
            field="bylaws",
        )
    if group.fiscal_year_start.month != bylaws.fiscal_start_month:
        raise InvalidInputError(
            th=f"ปีบัญชีเริ่มเดือน {group.fiscal_year_start.month} แต่ระเบียบกำหนดเดือน {bylaws.fiscal_start_month}",
            en=f"the fiscal year starts in month {group.fiscal_year_start.month} but the bylaws say "
            f"{bylaws.fiscal_start_month}",
            field="fiscal_year_start",
            value=group.fiscal_year_start,
        )
    _check_withdrawals(group, bylaws)
    income, notes = _income_statement(group)
    profit = income.net_profit
    members = group.members
    types, exclude_leavers = _eligibility(bylaws)
    lines: list[AllocationLine] = []

    dividends: DividendResult | None = None
    policy = bylaws.dividend
    if policy is not None:
        common: dict[str, Any] = {
            "method": policy.method,
            "rounding": policy.rounding,
            "basis": policy.basis,
            "allow_withdrawals": True,  # checked above, leaver-aware
            "eligible_types": types,
            "exclude_leavers": exclude_leavers,
        }
        if profit <= 0:
            dividends = calculate_dividends(members, pool=0, **common)
        elif policy.rate is not None:
            dividends = calculate_dividends(members, rate=policy.rate, **common)
        else:
            assert policy.percent_of_profit is not None
            pool = SATANG.apply(DECIMAL_CONTEXT.divide(profit * policy.percent_of_profit, _HUNDRED))
            dividends, note = _split_pool(members, pool, policy.rounding, common, policy.basis)
            notes += note
        lines.append(MemberTotal("dividend", dividends.total, percent=policy.percent_of_profit))

    rebates: RebateResult | None = None
    rebate = bylaws.rebate
    if rebate is not None:
        kwargs: dict[str, Any] = {
            "rounding": rebate.rounding,
            "exclude_defaulters": rebate.exclude_defaulters,
            "eligible_types": types,
            "exclude_leavers": exclude_leavers,
        }
        if profit <= 0:
            rebates = calculate_rebates(members, pool=0, **kwargs)
        elif rebate.rate is not None:
            rebates = calculate_rebates(members, rate=rebate.rate, **kwargs)
        else:
            assert rebate.percent_of_profit is not None
            pool = SATANG.apply(DECIMAL_CONTEXT.divide(profit * rebate.percent_of_profit, _HUNDRED))
            shared = _floor_to(pool, rebate.rounding)
            try:
                rebates = calculate_rebates(members, pool=shared, **kwargs)
            except InvalidInputError as error:
                if error.field != "pool":
                    raise
                rebates = calculate_rebates(members, pool=0, **kwargs)
                notes.append(_undistributed(Message("เงินเฉลี่ยคืน", "rebate"), pool))
            else:
                if shared != pool:
                    notes.append(_rounded_pool(pool, shared))
        lines.append(MemberTotal("rebate", rebates.total, percent=rebate.percent_of_profit))

    lines += bylaws.allocation
    allocation = allocate_profit(profit, lines)
    funds = _funds(group, allocation)
    checks = _reconcile(group, income, allocation, dividends, rebates, funds)
    if profit <= 0 and (dividends is not None or rebates is not None):
        notes.append(
            Message(
                "ไม่มีกำไรจึงไม่จ่ายเงินปันผลและเงินเฉลี่ยคืนในปีนี้",
                "there is no profit, so no dividend or rebate is paid this year",
            )
        )
    return AnnualClose(
        group=group,
        bylaws=bylaws,
        income=income,
        allocation=allocation,
        dividends=dividends,
        rebates=rebates,
        funds=funds,
        reconciliation=checks,
        notes=tuple(notes),
    )


def _undistributed(what: Message, pool: Decimal) -> Message:
    return Message(
        f"ไม่มีสมาชิกที่มีสิทธิ์รับ{what.th} เงิน {pool:,.2f} บาทจึงเข้ารายการส่วนที่เหลือ",
        f"no member qualifies for the {what.en}; its {pool:,.2f} baht goes to the residual line",
    )


def _rounded_pool(pool: Decimal, shared: Decimal) -> Message:
    return Message(
        f"แบ่งเงิน {shared:,.2f} จาก {pool:,.2f} บาทตามหน่วยปัดเศษ ส่วนต่างเข้ารายการส่วนที่เหลือ",
        f"{shared:,.2f} of {pool:,.2f} baht was shared out (the rounding unit); the rest goes to the residual line",
    )


def _split_pool(
    members: tuple[MemberYear, ...],
    pool: Decimal,
    rounding: Rounding,
    common: dict[str, Any],
    basis: DividendBasis,
) -> tuple[DividendResult, list[Message]]:
    shared = _floor_to(pool, rounding)
    try:
        return calculate_dividends(members, pool=shared, **common), (
            [_rounded_pool(pool, shared)] if shared != pool else []
        )
    except InvalidInputError as error:
        if error.field != "pool":
            raise
        what = (
            Message("ปันผลตามผลงาน", "work dividend")
            if basis is DividendBasis.WORK_UNITS
            else Message("เงินปันผล", "dividend")
        )
        return calculate_dividends(members, pool=0, **common), [_undistributed(what, pool)]


_PAID_OUT = frozenset({"dividend", "rebate"})


def _funds(group: GroupYear, allocation: ProfitAllocation) -> tuple[FundBalance, ...]:
    opening = dict(group.funds_opening)
    added = {k: v for k, v in allocation.by_category.items() if k not in _PAID_OUT}
    funds = []
    for category in dict.fromkeys([*opening, *added]):
        before = opening.get(category, _ZERO)
        plus = added.get(category, _ZERO)
        funds.append(FundBalance(category=category, opening=before, added=plus, closing=before + plus))
    return tuple(funds)


def _reconcile(
    group: GroupYear,
    income: IncomeStatement,
    allocation: ProfitAllocation,
    dividends: DividendResult | None,
    rebates: RebateResult | None,
    funds: tuple[FundBalance, ...],
) -> tuple[Check, ...]:
    by_category = allocation.by_category
    allocated_target = income.net_profit if income.net_profit > 0 else _ZERO
    # Member properties carry their own context; in this (decorated) loop the sums are written out.
    opening = sum((m.opening_balance for m in group.members), _ZERO)
    saved = sum((sum(m.monthly, _ZERO) for m in group.members), _ZERO)
    closing = sum((m.opening_balance + sum(m.monthly, _ZERO) for m in group.members), _ZERO)
    paid = sum((by_category.get(k, _ZERO) for k in _PAID_OUT), _ZERO)
    to_funds = sum((f.added for f in funds), _ZERO)
    checks = [
        Check(
            name=Message("รายได้ − ค่าใช้จ่าย = กำไรสุทธิ", "income − expenses = net profit"),
            expected=income.net_profit,
            actual=income.total_income - income.total_expenses,
        ),
        Check(
            name=Message("ผลรวมการจัดสรร = กำไรสุทธิ", "sum of the allocation = net profit"),
            expected=allocated_target,
            actual=allocation.total,
        ),
        Check(
            name=Message("จ่ายสมาชิก + เข้าทุน = กำไรที่จัดสรร", "paid to members + to funds = profit allocated"),
            expected=allocated_target,
            actual=paid + to_funds,
        ),
    ]
    if dividends is not None:
        checks.append(
            Check(
                name=Message("ผลรวมเงินปันผลรายสมาชิก = รายการเงินปันผล", "members' dividends = dividend line"),
                expected=by_category["dividend"],
                actual=sum((x.amount for x in dividends.lines), _ZERO),
            )
        )
    if rebates is not None:
        checks.append(
            Check(
                name=Message("ผลรวมเงินเฉลี่ยคืนรายสมาชิก = รายการเงินเฉลี่ยคืน", "members' rebates = rebate line"),
                expected=by_category["rebate"],
                actual=sum((x.amount for x in rebates.lines), _ZERO),
            )
        )
    checks.append(
        Check(
            name=Message(
                "เงินออมยกมา + ออมในปี = เงินออมสิ้นปี", "savings brought in + saved = savings at year end"
            ),
            expected=closing,
            actual=opening + saved,
        )
    )
    return tuple(checks)


def annual_close_many(groups: Iterable[tuple[GroupYear, Bylaws]]) -> Iterator[AnnualClose]:
    """Close many groups' years, lazily, one ``(group, bylaws)`` pair at a time.

    For process pools, map :func:`annual_close` itself: ``executor.map(annual_close, groups, bylaws)``.

    Raises:
        InvalidInputError: ``groups`` is not iterable (at the call); an item is not a pair (when it is reached).

    >>> from chumchon.savings.examples import training_group
    >>> t = training_group()
    >>> [c.net_profit for c in annual_close_many([(t.year, t.bylaws)] * 2)]
    [Decimal('22955.00'), Decimal('22955.00')]
    """
    if isinstance(groups, (str, bytes, Mapping)) or not isinstance(groups, Iterable):
        raise InvalidInputError(
            th=f"groups ต้องเป็นลำดับของคู่ (GroupYear, Bylaws) ไม่ใช่ {groups!r}",
            en=f"groups must be an iterable of (GroupYear, Bylaws) pairs, not {groups!r}",
            field="groups",
            value=groups,
        )
    return _close_each(groups)


def _close_each(groups: Iterable[tuple[GroupYear, Bylaws]]) -> Iterator[AnnualClose]:
    # A generator: each item is closed inside the decorated annual_close, never across a yield.
    for item in groups:
        try:
            group, bylaws = item
        except (TypeError, ValueError):
            raise InvalidInputError(
                th="แต่ละรายการต้องเป็นคู่ (GroupYear, Bylaws)",
                en="each item must be a (GroupYear, Bylaws) pair",
                field="groups",
                value=item,
            ) from None
        yield annual_close(group, bylaws)
