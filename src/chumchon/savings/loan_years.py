"""From the group's loans to the annual close: each member's loan year (ปีบัญชีของเงินกู้สมาชิก).

The annual close needs, for every member, the loan interest paid during the fiscal year (the rebate basis) and
whether an instalment was missed (ผิดนัดชำระ: rebates and sometimes dividends depend on it), and for the group
the fines received. :func:`loan_years` reads them from the status of each member's loans at the close of the
fiscal year (:func:`~chumchon.loans.apply_payments` with ``as_of`` the year's last day), so nobody has to sum
:class:`~chumchon.loans.InstallmentStatus` rows by hand.

A payment belongs to the year in which it was made. A status only knows what was paid on each instalment and on
which days, so an instalment paid partly before the year and partly in it cannot be split from the year-end
status alone: give the statuses at the end of the previous year as ``opening`` and the year's figures are the
differences; without them such an instalment is refused with a clear error, never guessed.

An instalment is *late* when it fell due in the year and was paid in full after its due date, *missed* when it
fell due in the year and is still unpaid at the close. Either counts as a missed instalment for
:class:`~chumchon.savings.MemberYear`.

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, Payment, apply_payments, build_schedule
>>> schedule = build_schedule(LoanTerms(principal=3000, annual_rate="0.12", installments=3,
...                                     disbursed_on=date(2024, 10, 1)))
>>> paid = [Payment(date(2024, 11, 1), "1020.07"), Payment(date(2024, 12, 10), "1020.07")]
>>> status = apply_payments(schedule, paid, as_of=date(2025, 9, 30))
>>> year = loan_years({"M01": [status]}, fiscal_year_start=date(2024, 10, 1))["M01"]
>>> year.interest_paid, year.late_installments, year.missed_installments, year.missed_installment
(Decimal('50.10'), 1, 1, True)
>>> year.member_fields()
{'interest_paid': Decimal('50.10'), 'missed_installment': True}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from chumchon.errors import InvalidInputError
from chumchon.loans import InstallmentStatus, LoanStatus
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.money import in_decimal_context
from chumchon.rules import check_as_of
from chumchon.savings.members import MemberYear

__all__ = ["LoanYear", "loan_years"]

_ZERO = Decimal(0)


@attrs.frozen(kw_only=True)
class LoanYear(ResultMappable):
    """One member's loans over a fiscal year.

    Attributes:
        member_id: the member.
        fiscal_year_start: the first day of the fiscal year.
        loans: the number of the member's loans read.
        interest_paid: loan interest the member paid during the year, baht.
        fines_paid: late fines (penalties) the member paid during the year, baht (group income: ค่าปรับ).
        installments_due: instalments that fell due during the year.
        late_installments: of those, paid in full but after the due date.
        missed_installments: of those, still unpaid at the close.
    """

    member_id: str
    fiscal_year_start: date
    loans: int
    interest_paid: Decimal
    fines_paid: Decimal
    installments_due: int
    late_installments: int
    missed_installments: int

    def _check_consistency(self) -> None:
        if min(
            self.interest_paid, self.fines_paid
        ) < 0 or self.late_installments + self.missed_installments > (self.installments_due):
            raise inconsistent(
                self,
                "installments_due",
                "ยอดเงินต้องไม่ติดลบ และงวดที่ล่าช้ารวมงวดที่ค้างต้องไม่เกินงวดที่ครบกำหนด",
                "amounts must not be negative and late plus missed instalments must not exceed those due",
                self.installments_due,
            )

    @property
    def missed_installment(self) -> bool:
        """Whether any instalment of the year was late or missed (ผิดนัดชำระ), as :class:`MemberYear` takes it."""
        return self.late_installments + self.missed_installments > 0

    def member_fields(self) -> dict[str, Any]:
        """The fields of :class:`MemberYear` this year gives: ``interest_paid`` and ``missed_installment``."""
        return {"interest_paid": self.interest_paid, "missed_installment": self.missed_installment}

    def apply_to(self, member: MemberYear) -> MemberYear:
        """``member`` with this year's interest paid and missed-instalment flag.

        Raises:
            InvalidInputError: ``member`` is another member's year.
        """
        if not isinstance(member, MemberYear) or member.member_id != self.member_id:
            raise InvalidInputError(
                th=f"ต้องเป็นปีบัญชีของสมาชิก {self.member_id}",
                en=f"member must be the MemberYear of {self.member_id}",
                field="member",
                value=member,
            )
        return attrs.evolve(member, **self.member_fields())


def _statuses(value: object, member: str) -> list[LoanStatus]:
    if isinstance(value, LoanStatus):
        return [value]
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidInputError(
            th=f"เงินกู้ของสมาชิก {member} ต้องเป็น LoanStatus หรือรายการของ LoanStatus",
            en=f"the loans of member {member} must be a LoanStatus or a list of them",
            field="statuses",
            value=value,
        )
    items = list(value)
    for item in items:
        if not isinstance(item, LoanStatus):
            raise InvalidInputError(
                th=f"เงินกู้ของสมาชิก {member} ต้องเป็น LoanStatus ไม่ใช่ {item!r}",
                en=f"the loans of member {member} must be LoanStatus objects, not {item!r}",
                field="statuses",
                value=item,
            )
    return items


def _paid_before(row: InstallmentStatus, start: date, member: str) -> bool | None:
    """True when everything paid on ``row`` was paid before the year, False when all in it, None if nothing."""
    if not row.paid_dates:
        return None
    before = [d < start for d in row.paid_dates]
    if all(before):
        return True
    if not any(before):
        return False
    raise InvalidInputError(
        th=f"สมาชิก {member}: งวดที่ {row.number} ชำระทั้งก่อนและในปีบัญชี จึงต้องส่งสถานะ ณ สิ้นปีก่อน (opening)",
        en=f"member {member}: instalment {row.number} was paid both before and during the year; give the "
        "statuses at the end of the previous year as opening",
        field="opening",
        value=row,
    )


@in_decimal_context
def _one_loan(
    status: LoanStatus, opening: LoanStatus | None, start: date, end: date, member: str
) -> tuple[Decimal, Decimal, int, int, int]:
    if status.as_of != end:
        raise InvalidInputError(
            th=f"สมาชิก {member}: สถานะเงินกู้ต้องเป็น ณ วันสิ้นปีบัญชี {end} ไม่ใช่ {status.as_of}",
            en=f"member {member}: a loan status must be as of the last day of the fiscal year, {end}, "
            f"not {status.as_of}",
            field="statuses",
            value=status.as_of,
        )
    interest = fines = _ZERO
    opening_rows = {} if opening is None else {row.number: row for row in opening.installments}
    for row in status.installments:
        earlier = opening_rows.get(row.number)
        if opening is not None:
            interest += row.interest_paid - (earlier.interest_paid if earlier else _ZERO)
            fines += row.penalty_paid - (earlier.penalty_paid if earlier else _ZERO)
        elif _paid_before(row, start, member) is False:
            interest += row.interest_paid
            fines += row.penalty_paid
    due = [row for row in status.installments if start <= row.due_date <= end]
    late = sum(1 for row in due if row.paid_on is not None and row.days_late > 0)
    missed = sum(1 for row in due if row.paid_on is None)
    return interest, fines, len(due), late, missed


@in_decimal_context
def loan_years(
    statuses: Mapping[str, LoanStatus | Iterable[LoanStatus]],
    *,
    fiscal_year_start: date,
    opening: Mapping[str, LoanStatus | Iterable[LoanStatus]] | None = None,
) -> dict[str, LoanYear]:
    """Each member's loan year from the statuses of their loans at the close of the fiscal year.

    Args:
        statuses: member id → the status (or statuses) of the member's loans, each as of the year's last day.
        fiscal_year_start: the first day of the fiscal year.
        opening: the same members' statuses at the end of the previous year, in the same order, where a loan
            was paid on across the year boundary.

    Raises:
        InvalidInputError: a status not as of the year's last day, an instalment paid across the year start
            without ``opening``, or anything that is not a status.
    """
    start = check_as_of(fiscal_year_start, name="fiscal_year_start")
    end = start + relativedelta(years=1, days=-1)
    if not isinstance(statuses, Mapping):
        raise InvalidInputError(
            th="statuses ต้องเป็น mapping ของรหัสสมาชิกกับสถานะเงินกู้",
            en="statuses must be a mapping of member id to loan statuses",
            field="statuses",
            value=statuses,
        )
    if opening is not None and not isinstance(opening, Mapping):
        raise InvalidInputError(
            th="opening ต้องเป็น mapping ของรหัสสมาชิกกับสถานะเงินกู้ ณ สิ้นปีก่อน",
            en="opening must be a mapping of member id to the loan statuses at the end of the previous year",
            field="opening",
            value=opening,
        )
    years = {}
    for member, value in statuses.items():
        loans = _statuses(value, str(member))
        before: list[LoanStatus | None] = [None] * len(loans)
        if opening is not None and member in opening:
            given = _statuses(opening[member], str(member))
            before = [*given, *([None] * (len(loans) - len(given)))][: len(loans)]
        totals = [_one_loan(s, o, start, end, str(member)) for s, o in zip(loans, before, strict=True)]
        years[str(member)] = LoanYear(
            member_id=str(member),
            fiscal_year_start=start,
            loans=len(loans),
            interest_paid=sum((t[0] for t in totals), _ZERO),
            fines_paid=sum((t[1] for t in totals), _ZERO),
            installments_due=sum(t[2] for t in totals),
            late_installments=sum(t[3] for t in totals),
            missed_installments=sum(t[4] for t in totals),
        )
    return years
