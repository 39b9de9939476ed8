"""The group-level steps of the annual close (internal), shared by :func:`~chumchon.savings.annual_close` and
the columnar batch close: the income statement, paying a dividend or rebate under its policy, the funds after
the allocation and the reconciliation checks.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from chumchon import _checks as checks
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding
from chumchon.savings import _checks
from chumchon.savings._close_result import Check, FundBalance, IncomeStatement, StatementLine
from chumchon.savings._dividend_core import dividend_amounts, rebate_amounts
from chumchon.savings._group_year import GroupYear
from chumchon.savings._policies import LeaverDividend
from chumchon.savings._weights import DividendBasis, DividendMethod
from chumchon.savings.allocation import AllocationLine, MemberTotal, ProfitAllocation
from chumchon.savings.bylaws import Bylaws

__all__ = [
    "DIVIDEND",
    "EXPENSE_LABELS",
    "INCOME_LABELS",
    "REBATE",
    "WORK_DIVIDEND",
    "Paid",
    "Totals",
    "eligibility",
    "floor_to",
    "funds_after",
    "income_statement",
    "pay_members",
    "pay_out",
    "reconcile",
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


def floor_to(amount: Decimal, rounding: Rounding) -> Decimal:
    return Rounding(rounding.quantum, "down").apply(amount)


def eligibility(bylaws: Bylaws) -> tuple[frozenset[Any], bool]:
    types = frozenset(t for t, r in bylaws.member_rights if r.dividend)
    return types, bylaws.leaver_dividend is LeaverDividend.NONE


class Totals(NamedTuple):
    """The group's sums over its members, from the close's one checking pass."""

    interest_paid: Decimal
    opening: Decimal
    saved: Decimal
    closing: Decimal


def income_statement(group: GroupYear, from_members: Decimal) -> tuple[IncomeStatement, list[Message]]:
    notes: list[Message] = []
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
    try:
        statement = IncomeStatement(
            income=income,
            expenses=expenses,
            total_income=total_income,
            total_expenses=total_expenses,
            net_profit=total_income - total_expenses,
        )
    except InvalidInputError:
        # The statement refuses a line with part of a satang; name the group's input the line came from.
        _refuse_part_satang(income, expenses, loan_interest_given=group.loan_interest is not None)
        raise
    return statement, notes


def _refuse_part_satang(
    income: tuple[StatementLine, ...], expenses: tuple[StatementLine, ...], *, loan_interest_given: bool
) -> None:
    """Refuse a book figure with a fraction of a satang, named as the group's input (the statement refuses
    it too, but by its line, not by the field the officer typed)."""
    lines = (*income, *expenses)
    place = _checks.part_satang(line.amount for line in lines)
    if place is not None:
        line = lines[place]
        field = line.key if place < len(income) else f"expenses[{line.key}]"
        th = en = ""
        if line.key == "loan_interest" and not loan_interest_given:
            field = "interest_paid"  # summed from the members' years
            th, en = " (รวมจากดอกเบี้ยที่สมาชิกแต่ละคนชำระ)", " (it is the sum of the members' interest_paid)"
        raise InvalidInputError(
            th=f"ยอด{line.label.th} {line.amount} มีเศษของสตางค์ ตัวเลขในบัญชีต้องเป็นจำนวนเต็มสตางค์{th}",
            en=f"the {line.label.en} of {line.amount} has a fraction of a satang; book figures must be whole "
            f"satang{en}",
            field=field,
            value=line.amount,
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


DIVIDEND = Message("เงินปันผล", "dividend")


WORK_DIVIDEND = Message("ปันผลตามผลงาน", "work dividend")


REBATE = Message("เงินเฉลี่ยคืน", "rebate")


_Paid = TypeVar("_Paid")


def pay_out(
    pay: Callable[..., _Paid],
    profit: Decimal,
    rate: Decimal | None,
    percent_of_profit: Decimal | None,
    rounding: Rounding,
    what: Message,
    notes: list[Message],
) -> _Paid:
    """A dividend or a rebate under its policy: nothing in a loss year, else at the policy's rate, else its
    share of the profit floored to the rounding unit (the rest, or all of it when nobody qualifies, goes to the
    residual line, with a note)."""
    if profit <= 0:
        return pay(pool=0)
    if rate is not None:
        return pay(rate=rate)
    assert percent_of_profit is not None  # the policies require a rate or a percentage
    pool = SATANG.apply(DECIMAL_CONTEXT.divide(profit * percent_of_profit, _HUNDRED))
    shared = floor_to(pool, rounding)
    try:
        paid = pay(pool=shared)
    except InvalidInputError as error:
        if error.field != "pool":
            raise
        notes.append(_undistributed(what, pool))
        return pay(pool=0)
    if shared != pool:
        notes.append(_rounded_pool(pool, shared))
    return paid


_PAID_OUT = frozenset({"dividend", "rebate"})


def funds_after(group: GroupYear, allocation: ProfitAllocation) -> tuple[FundBalance, ...]:
    opening = dict(group.funds_opening)
    added = {k: v for k, v in allocation.by_category.items() if k not in _PAID_OUT}
    funds = []
    for category in dict.fromkeys([*opening, *added]):
        before = opening.get(category, _ZERO)
        plus = added.get(category, _ZERO)
        funds.append(FundBalance(category=category, opening=before, added=plus, closing=before + plus))
    return tuple(funds)


def reconcile(
    totals: Totals,
    income: IncomeStatement,
    allocation: ProfitAllocation,
    dividends: list[Decimal] | None,
    rebates: list[Decimal] | None,
    funds: tuple[FundBalance, ...],
) -> tuple[Check, ...]:
    """The checks proving every baht is accounted for; ``dividends`` and ``rebates`` are the members'
    amounts (``None`` when the bylaws pay none)."""
    by_category = allocation.by_category
    allocated_target = income.net_profit if income.net_profit > 0 else _ZERO
    opening, saved, closing = totals.opening, totals.saved, totals.closing
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
                actual=sum(dividends, _ZERO),
            )
        )
    if rebates is not None:
        checks.append(
            Check(
                name=Message("ผลรวมเงินเฉลี่ยคืนรายสมาชิก = รายการเงินเฉลี่ยคืน", "members' rebates = rebate line"),
                expected=by_category["rebate"],
                actual=sum(rebates, _ZERO),
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


class Paid(NamedTuple):
    """A dividend or a rebate paid under its policy: at which rate or from which pool, and each member's
    weight (dividends only) and amount."""

    rate: Decimal | None
    pool: Decimal | None
    weights: list[tuple[Decimal, int]]
    amounts: list[Decimal]
    total: Decimal


def pay_members(
    profit: Decimal,
    bylaws: Bylaws,
    method: DividendMethod | None,
    dividend: tuple[list[tuple[Decimal, int]], list[Message | None]],
    rebate: tuple[list[Decimal], list[Message | None]],
    notes: list[Message],
) -> tuple[Paid | None, Paid | None, list[AllocationLine]]:
    """The dividend and the rebate of the year under the bylaws' policies (``None`` for a policy the bylaws do
    not set), and their allocation lines. ``dividend`` holds each member's weight and ineligibility, ``rebate``
    each member's interest paid and ineligibility; the notes of :func:`pay_out` go to ``notes``."""
    lines: list[AllocationLine] = []
    dividends = rebates = None
    policy = bylaws.dividend
    if policy is not None:
        weights, no_dividend = dividend

        def pay_dividends(*, rate: Decimal | None = None, pool: object = None) -> Paid:
            # DividendPolicy already refuses a method-less savings dividend and a rate on work units.
            pool_d = checks.optional(checks.money, pool, "pool")
            found, amounts, total = dividend_amounts(
                weights, no_dividend, method=method, rate=rate, pool=pool_d, rounding=policy.rounding
            )
            return Paid(rate, pool_d, found, amounts, total)

        what = WORK_DIVIDEND if policy.basis is DividendBasis.WORK_UNITS else DIVIDEND
        dividends = pay_out(
            pay_dividends, profit, policy.rate, policy.percent_of_profit, policy.rounding, what, notes
        )
        lines.append(MemberTotal("dividend", dividends.total, percent=policy.percent_of_profit))
    rules = bylaws.rebate
    if rules is not None:
        interest, no_rebate = rebate

        def pay_rebates(*, rate: Decimal | None = None, pool: object = None) -> Paid:
            pool_d = checks.optional(checks.money, pool, "pool")
            amounts, total = rebate_amounts(
                interest, no_rebate, rate=rate, pool=pool_d, rounding=rules.rounding
            )
            return Paid(rate, pool_d, [], amounts, total)

        rebates = pay_out(
            pay_rebates, profit, rules.rate, rules.percent_of_profit, rules.rounding, REBATE, notes
        )
        lines.append(MemberTotal("rebate", rebates.total, percent=rules.percent_of_profit))
    return dividends, rebates, lines
