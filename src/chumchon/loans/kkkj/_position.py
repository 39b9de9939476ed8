"""The fund's financial position (ฐานะการเงินกองทุน กข.คจ.): total fund against the allocation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, MoneyLike, date_value, plain_scalar
from chumchon.loans.kkkj._checks import report_amount
from chumchon.loans.kkkj._regulation import FORM_26_SOURCE, Regulation, resolve_regulation
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import ResultMappable
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context
from chumchon.rules import Source, Status
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["FundPosition", "fund_position"]


_ZERO = Decimal("0.00")


def _outstanding_loans(value: MoneyLike) -> Decimal:
    return report_amount(value, "outstanding_loans")


def _bank_balance(value: MoneyLike) -> Decimal:
    return report_amount(value, "bank_balance")


def _cash_elsewhere(value: MoneyLike) -> Decimal:
    return report_amount(value, "cash_elsewhere")


def _allocation(value: MoneyLike) -> Decimal:
    return report_amount(value, "allocation")


@attrs.frozen(kw_only=True)
class FundPosition(Tabular, ResultMappable):
    """The fund's financial position (ฐานะการเงินของกองทุน) on a date.

    **total fund = outstanding loans + bank balance + cash held elsewhere**, compared with the allocation
    (280,000 baht per village): the gap below it is the shortfall (เงินทุนขาดหาย), the excess above it the
    surplus. The identity is from copies of form 26 [secondary].

    Attributes:
        as_of: the date of the figures.
        outstanding_loans: principal owed by borrowers (ลูกหนี้คงเหลือ).
        bank_balance: the fund's bank account (เงินฝากธนาคาร).
        cash_elsewhere: cash held elsewhere, e.g. by the treasurer (เงินสดที่อื่น).
        allocation: the capital the village received (เงินทุนที่ได้รับจัดสรร).
        source: where the identity comes from.
        status: how sure the library is of it.
        provisional: names of provisional values used (none: the allocation is confirmed).

    Only the lines are stored: the total fund, shortfall and surplus are computed from them, so they cannot
    disagree with the lines, and a document carries the lines only (one stating a total is refused).
    """

    as_of: date
    outstanding_loans: Decimal = attrs.field(converter=_outstanding_loans)
    bank_balance: Decimal = attrs.field(converter=_bank_balance)
    cash_elsewhere: Decimal = attrs.field(converter=_cash_elsewhere)
    allocation: Decimal = attrs.field(converter=_allocation)
    source: Source = FORM_26_SOURCE
    status: Status = Status.SECONDARY
    provisional: tuple[str, ...] = ()

    @property
    def total_fund(self) -> Decimal:
        """Outstanding loans + bank balance + cash held elsewhere (เงินทุนทั้งหมด)."""
        return DECIMAL_CONTEXT.add(
            DECIMAL_CONTEXT.add(self.outstanding_loans, self.bank_balance), self.cash_elsewhere
        )

    @property
    def shortfall(self) -> Decimal:
        """How far the total fund is below the allocation (zero when it is not)."""
        return max(DECIMAL_CONTEXT.subtract(self.allocation, self.total_fund), _ZERO)

    @property
    def surplus(self) -> Decimal:
        """How far the total fund is above the allocation (zero when it is not)."""
        return max(DECIMAL_CONTEXT.subtract(self.total_fund, self.allocation), _ZERO)

    def to_table(self) -> Table:
        """The position as rows of item and amount."""
        rows = [
            (Message("ลูกหนี้เงินยืมคงเหลือ", "outstanding loans"), self.outstanding_loans),
            (Message("เงินฝากธนาคาร", "bank balance"), self.bank_balance),
            (Message("เงินสดที่เก็บไว้ที่อื่น", "cash held elsewhere"), self.cash_elsewhere),
            (Message("รวมเงินทุนทั้งหมด", "total fund"), self.total_fund),
            (Message("เงินทุนที่ได้รับจัดสรร", "allocation"), self.allocation),
            (Message("เงินทุนขาดหาย", "shortfall"), self.shortfall),
            (Message("เงินทุนเกิน", "surplus"), self.surplus),
        ]
        return make_table(
            (Column("item", "รายการ", "Item"), Column("amount", "จำนวนเงิน (บาท)", "Amount (baht)", "money")),
            rows,
            Message(
                f"ฐานะการเงินกองทุน กข.คจ. ณ วันที่ {format_date(self.as_of)}",
                f"กข.คจ. fund position on {self.as_of}",
            ),
        )

    def __repr__(self) -> str:
        return (
            f"<FundPosition {self.as_of}: total {self.total_fund} = loans {self.outstanding_loans} + bank "
            f"{self.bank_balance} + elsewhere {self.cash_elsewhere}; allocation {self.allocation}, "
            f"shortfall {self.shortfall}>"
        )


@in_decimal_context
def fund_position(
    *,
    outstanding_loans: MoneyLike,
    bank_balance: MoneyLike,
    cash_elsewhere: MoneyLike,
    as_of: DateLike,
    allocation: MoneyLike | None = None,
    regulation: Regulation | None = None,
) -> FundPosition:
    """The fund's position: total fund = outstanding loans + bank balance + cash held elsewhere, against the
    allocation (by default the regulation's capital per village in force on ``as_of``).

    >>> p = fund_position(outstanding_loans=150000, bank_balance=95000, cash_elsewhere=5000, as_of=date(2026, 9, 30))
    >>> p.total_fund, p.shortfall
    (Decimal('250000.00'), Decimal('30000.00'))
    >>> fund_position(outstanding_loans=-1, bank_balance=0, cash_elsewhere=0, as_of=date(2026, 9, 30))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'outstanding_loans' ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ -1 / 'outstanding_loans' must be zero or more, not -1
    """
    day = date_value(as_of, "as_of")
    regulation = resolve_regulation(regulation, day)
    capital = allocation
    if capital is None or plain_scalar(capital) is None:  # None, or an empty cell (pandas' NA)
        capital = regulation.capital_per_village.at(day).value
    return FundPosition(
        as_of=day,
        outstanding_loans=outstanding_loans,
        bank_balance=bank_balance,
        cash_elsewhere=cash_elsewhere,
        allocation=capital,
    )
