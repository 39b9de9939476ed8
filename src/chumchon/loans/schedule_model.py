"""The repayment schedule as a result (ตารางผ่อนชำระ): :class:`Schedule` and its :class:`Installment` rows,
built by :func:`~chumchon.loans.schedule.build_schedule` or
:func:`~chumchon.loans.custom_schedule.build_custom_schedule`. A schedule checks on construction that it
amortises: the principal parts add up to the loan, the balance ends at zero, each payment is principal +
interest."""

from datetime import date
from decimal import Decimal
from typing import NamedTuple

import attrs

from chumchon.loans._util import make_table
from chumchon.loans.dates import AccrualBasis
from chumchon.loans.terms import (
    LoanTerms,
)
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context
from chumchon.tables import Column, Table, Tabular

__all__ = ["Installment", "Schedule"]

_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_ONE = Decimal(1)


class Installment(NamedTuple):
    """One row of a schedule (งวดผ่อนชำระ), immutable.

    A named tuple rather than an attrs class: schedules are built in bulk (a district runs whole provinces)
    and a tuple is about twice as fast to create; it is just as immutable, picklable and comparable.

    Fields: ``number`` (1 for the first instalment), ``due_date`` (after any business-day adjustment),
    ``principal`` (เงินต้น repaid), ``interest`` (ดอกเบี้ย charged), ``payment`` (ยอดชำระ = principal + interest)
    and ``balance`` (เงินต้นคงเหลือ, the principal still owed after this instalment).
    """

    number: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal


_COLUMNS = (
    Column("number", "งวดที่", "No.", "int"),
    Column("due_date", "วันครบกำหนด", "Due date", "date"),
    Column("principal", "เงินต้น", "Principal", "money"),
    Column("interest", "ดอกเบี้ย", "Interest", "money"),
    Column("payment", "ยอดชำระ", "Payment", "money"),
    Column("balance", "เงินต้นคงเหลือ", "Balance", "money"),
)


@attrs.frozen(kw_only=True)
class Schedule(Tabular, ResultMappable):
    """A repayment schedule: the instalments and what they were built from.

    Attributes:
        principal: the amount lent.
        disbursed_on: the disbursement date.
        installments: the rows, in order.
        terms: the terms the schedule was built from, or ``None`` for a custom schedule.
        accrual: how interest was measured (used to measure the schedule's rate consistently).
        upfront_fee: a fee charged at disbursement (counted in the cost of credit).
    """

    principal: Decimal
    disbursed_on: date
    installments: tuple[Installment, ...]
    terms: LoanTerms | None = None
    accrual: AccrualBasis = AccrualBasis.PER_PERIOD
    upfront_fee: Decimal = _ZERO

    def _amortises(self) -> bool:
        """The fast check every construction runs (schedules are built in bulk); it mirrors the detailed one
        below, which runs only to say what is wrong."""
        cent, context, disbursed = _CENT, DECIMAL_CONTEXT, self.disbursed_on
        balance, previous = self.principal, disbursed
        for k, row in enumerate(self.installments, start=1):
            if type(row) is not Installment:
                return False
            number, due, principal, interest, payment, left = row
            if (
                number != k
                or type(due) is not date
                or due <= disbursed
                or due < previous
                or type(principal) is not Decimal
                or type(interest) is not Decimal
                or type(payment) is not Decimal
                or type(left) is not Decimal
                or not (principal.is_finite() and interest.is_finite())
                or principal != context.quantize(principal, cent)
                or interest != context.quantize(interest, cent)
                or interest < 0
            ):
                return False
            balance = context.subtract(balance, principal)
            if payment != context.add(principal, interest) or left != balance:
                return False
            previous = due
        principal = self.principal
        return (
            bool(self.installments)
            and balance == 0
            and principal > 0
            and principal == principal.quantize(cent)
        )

    @in_decimal_context
    def _check_consistency(self) -> None:
        # A schedule must amortise: otherwise payments applied to it answer wrongly (fully paid at half).
        if self._amortises():
            return
        if self.principal <= 0 or self.principal != self.principal.quantize(_CENT):
            raise inconsistent(
                self,
                "principal",
                "เงินต้นต้องเป็นจำนวนบวกเต็มสตางค์",
                "the principal must be positive, in whole satang",
                self.principal,
            )
        if not self.installments:
            raise inconsistent(
                self, "installments", "ต้องมีอย่างน้อยหนึ่งงวด", "a schedule needs at least one instalment", ()
            )
        balance = self.principal
        previous = self.disbursed_on
        for k, row in enumerate(self.installments, start=1):
            if not isinstance(row, Installment) or row.number != k or type(row.due_date) is not date:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k} ต้องเป็น Installment หมายเลข {k}",
                    f"instalment {k} must be an Installment numbered {k}",
                    row,
                )
            amounts = (row.principal, row.interest, row.payment, row.balance)
            if not all(type(a) is Decimal and a.is_finite() and a == a.quantize(_CENT) for a in amounts):
                raise inconsistent(
                    self,
                    "installments",
                    f"จำนวนเงินงวดที่ {k} ต้องเป็น Decimal เต็มสตางค์",
                    f"the amounts of instalment {k} must be Decimals in whole satang",
                    row,
                )
            balance -= row.principal
            if row.payment != row.principal + row.interest or row.balance != balance or row.interest < 0:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k}: ยอดชำระต้องเท่าเงินต้นบวกดอกเบี้ย และเงินต้นคงเหลือต้องลดลงตามเงินต้นที่ชำระ",
                    f"instalment {k}: the payment must be principal + interest and the balance must fall by the principal repaid",
                    row,
                )
            if row.due_date <= self.disbursed_on or row.due_date < previous:
                raise inconsistent(
                    self,
                    "installments",
                    f"งวดที่ {k} ต้องครบกำหนดหลังวันจ่ายเงินกู้และไม่ก่อนงวดก่อนหน้า",
                    f"instalment {k} must fall due after the disbursement and not before the previous one",
                    row.due_date,
                )
            previous = row.due_date
        if balance != 0:
            raise inconsistent(
                self,
                "installments",
                f"เงินต้นของทุกงวดรวมกันต้องเท่ากับเงินต้น {self.principal}",
                f"the instalments' principal must add up to the principal {self.principal}",
                self.principal - balance,
            )
        raise inconsistent(  # pragma: no cover - the two checks agree; this guards against their drifting apart
            self,
            "installments",
            "ตารางผ่อนชำระไม่สอดคล้องกัน",
            "the schedule is not consistent",
            self.installments,
        )

    @property
    @in_decimal_context
    def total_principal(self) -> Decimal:
        """The principal of all instalments (equal to :attr:`principal`)."""
        return sum((i.principal for i in self.installments), _ZERO)

    @property
    @in_decimal_context
    def total_interest(self) -> Decimal:
        """All the interest the schedule charges."""
        return sum((i.interest for i in self.installments), _ZERO)

    @property
    @in_decimal_context
    def total_payment(self) -> Decimal:
        """All the payments (principal + interest)."""
        return sum((i.payment for i in self.installments), _ZERO)

    @property
    def due_dates(self) -> tuple[date, ...]:
        """The due dates, in order."""
        return tuple(i.due_date for i in self.installments)

    @property
    def maturity(self) -> date:
        """The last due date."""
        return self.installments[-1].due_date

    def to_table(self) -> Table:
        """The schedule as a table: one row per instalment."""
        rows = [
            (i.number, i.due_date, i.principal, i.interest, i.payment, i.balance) for i in self.installments
        ]
        return make_table(_COLUMNS, rows, Message(th="ตารางผ่อนชำระ", en="Repayment schedule"))

    def __repr__(self) -> str:
        n = len(self.installments)
        return (
            f"<Schedule {self.principal:,} over {n} instalment{'s' if n != 1 else ''} "
            f"{self.installments[0].due_date.isoformat()}..{self.maturity.isoformat()}: "
            f"interest {self.total_interest:,}, payments {self.total_payment:,}>"
        )
