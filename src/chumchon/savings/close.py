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
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, overload

from chumchon import _checks as checks
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.savings import _close_steps as steps
from chumchon.savings._close_result import AnnualClose as AnnualClose
from chumchon.savings._close_result import Check as Check
from chumchon.savings._close_result import FundBalance as FundBalance
from chumchon.savings._close_result import IncomeStatement as IncomeStatement
from chumchon.savings._close_result import StatementLine as StatementLine
from chumchon.savings._close_steps import (
    Totals,
    eligibility,
    funds_after,
    income_statement,
    pay_members,
    reconcile,
)
from chumchon.savings._distribution import REASON_DEFAULT, DividendResult, RebateResult
from chumchon.savings._dividend_core import dividend_lines, ineligibility, rebate_lines
from chumchon.savings._group_year import GroupYear as GroupYear
from chumchon.savings._weights import DividendBasis, DividendMethod, weight
from chumchon.savings.allocation import allocate_profit
from chumchon.savings.bylaws import Bylaws

if TYPE_CHECKING:
    from chumchon.savings.batch import CloseBatch


#: Labels of the income lines.
INCOME_LABELS: dict[str, Message] = steps.INCOME_LABELS
#: Labels of the usual expense lines; any other key is shown as given.
EXPENSE_LABELS: dict[str, Message] = steps.EXPENSE_LABELS

_ZERO = Decimal("0.00")

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


def _weights_and_reasons(
    group: GroupYear, bylaws: Bylaws, method: DividendMethod | None
) -> tuple[list[tuple[Decimal, int]], list[Message | None] | None, list[Message | None] | None]:
    """Each member's dividend weight and why a member gets no dividend or no rebate (``None``: eligible),
    in one pass; the reason lists are ``None`` when the bylaws pay no dividend or no rebate."""
    policy, rebate = bylaws.dividend, bylaws.rebate
    types, exclude_leavers = eligibility(bylaws)
    exclude_defaulters = rebate is not None and rebate.exclude_defaulters
    weights: list[tuple[Decimal, int]] = []
    no_dividend: list[Message | None] = []
    no_rebate: list[Message | None] = []
    for m in group.members:
        reason = ineligibility(m, types, exclude_leavers)
        if policy is not None:
            weights.append((m.work_units, 1) if method is None else weight(m, method))
            no_dividend.append(reason)
        if reason is None and exclude_defaulters and m.missed_installment:
            reason = REASON_DEFAULT
        no_rebate.append(reason)
    return weights, no_dividend if policy is not None else None, no_rebate if rebate is not None else None


def _member_totals(group: GroupYear, bylaws: Bylaws) -> Totals:
    """Check the withdrawals and leavers against the bylaws and add up the members' figures, in one pass.

    Raises the first offending member's error in member order, then the leaver error, as separate passes would.
    """
    allowed = bylaws.withdrawals_allowed
    leavers = False
    interest = opening = saved = closing = _ZERO
    for m in group.members:
        monthly = m.monthly
        if m.left_month is not None:
            leavers = True
        if not allowed and min(monthly) < 0:
            for month, amount in enumerate(monthly, start=1):
                if amount < 0 and month != m.left_month:
                    raise InvalidInputError(
                        th=f"สมาชิก {m.member_id} ถอนเงินออมในเดือนที่ {month} ของปีบัญชี แต่ระเบียบไม่ให้ถอน",
                        en=f"member {m.member_id} withdraws savings in fiscal month {month} but the bylaws "
                        "allow none",
                        field="monthly",
                        value=m.member_id,
                    )
        year = sum(monthly, _ZERO)
        interest += m.interest_paid
        opening += m.opening_balance
        saved += year
        closing += m.opening_balance + year
    if leavers and bylaws.leaver_dividend is None:
        raise InvalidInputError(
            th="มีสมาชิกลาออกระหว่างปี ระเบียบต้องระบุว่าผู้ลาออกได้รับเงินปันผลหรือไม่ (leaver_dividend)",
            en="a member left during the year: the bylaws must say what a leaver gets (leaver_dividend)",
            field="leaver_dividend",
        )
    return Totals(interest, opening, saved, closing)


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
    totals = _member_totals(group, bylaws)
    income, notes = income_statement(group, totals.interest_paid)
    profit = income.net_profit
    members = group.members
    policy = bylaws.dividend
    rebate = bylaws.rebate
    method = None if policy is None or policy.basis is DividendBasis.WORK_UNITS else policy.method
    weights, dividend_reasons, rebate_reasons = _weights_and_reasons(group, bylaws, method)
    paid_dividends, paid_rebates, lines = pay_members(
        profit,
        bylaws,
        method,
        (weights, dividend_reasons or []),
        ([m.interest_paid for m in members], rebate_reasons or []),
        notes,
    )
    dividends: DividendResult | None = None
    if paid_dividends is not None:
        assert policy is not None and dividend_reasons is not None
        dividends = DividendResult(
            method=method,
            basis=policy.basis,
            rate=paid_dividends.rate,
            pool=paid_dividends.pool,
            rounding=policy.rounding,
            lines=dividend_lines(members, paid_dividends.weights, paid_dividends.amounts, dividend_reasons),
            total=paid_dividends.total,
        )
    rebates: RebateResult | None = None
    if paid_rebates is not None:
        assert rebate is not None and rebate_reasons is not None
        rebates = RebateResult(
            rate=paid_rebates.rate,
            pool=paid_rebates.pool,
            exclude_defaulters=rebate.exclude_defaulters,
            rounding=rebate.rounding,
            lines=rebate_lines(members, paid_rebates.amounts, rebate_reasons),
            total=paid_rebates.total,
        )
    allocation = allocate_profit(profit, [*lines, *bylaws.allocation])
    funds = funds_after(group, allocation)
    reconciliation = reconcile(
        totals,
        income,
        allocation,
        None if paid_dividends is None else paid_dividends.amounts,
        None if paid_rebates is None else paid_rebates.amounts,
        funds,
    )
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
        reconciliation=reconciliation,
        notes=tuple(notes),
    )


@overload
def annual_close_many(
    groups: Iterable[tuple[GroupYear, Bylaws]], *, compact: Literal[False] = False
) -> Iterator[AnnualClose]: ...


@overload
def annual_close_many(groups: Iterable[tuple[Any, Bylaws]], *, compact: Literal[True]) -> CloseBatch: ...


def annual_close_many(
    groups: Iterable[tuple[Any, Bylaws]], *, compact: bool = False
) -> Iterator[AnnualClose] | CloseBatch:
    """Close many groups' years: lazily, one ``(group, bylaws)`` pair at a time, or all at once as columns.

    With ``compact=True`` the result is a :class:`~chumchon.savings.batch.CloseBatch`: one row per group and
    one per member, plain values cheap to pickle and keep, with each group's full close on demand
    (:meth:`~chumchon.savings.batch.CloseBatch.full`); a group may then also be given as the mapping of
    :meth:`GroupYear.from_columns` arguments. For process pools, map it over chunks:
    ``executor.map(functools.partial(annual_close_many, compact=True), chunks)`` (see the scale guide).

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
    if checks.flag(compact, "compact"):
        from chumchon.savings.batch import close_batch  # batch builds on this module

        return close_batch(groups)
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
