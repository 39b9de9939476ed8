"""Rescheduling what remains of a loan (การปรับโครงสร้างหนี้ / ขยายเวลาชำระ).

:func:`reschedule` builds a new schedule for the principal still outstanding in a
:class:`~chumchon.loans.loan_status.LoanStatus`, disbursed (in effect) on ``as_of``, with new instalments,
frequency, rate or method; anything not given is kept from the original terms. :func:`build_rescheduling` does
the same and also returns what was added to the principal, what stays owed apart, and the findings.

**Interest on interest (CCC s.655).** The Civil and Commercial Code forbids charging interest on overdue
interest, with one exception: when interest has been overdue for **not less than one year**, the parties to a
loan may agree **in writing** to add it to the principal and charge interest on the total (s.655 para 1;
current-account and similar trade customs are outside the rule, para 2). [confirmed: the section's text, read
in public republications of the Code; :data:`COMPOUNDING_MIN_OVERDUE`] So unpaid interest and penalties are
**not** added to the new principal unless the caller asks:

* ``capitalize_interest=True`` with ``agreed_in_writing=True``: adds the unpaid interest of every instalment
  whose due date is at least one year before ``as_of`` (the date of the agreement), and nothing else; younger
  interest and penalties stay owed apart. Measuring "overdue not less than one year" instalment by instalment,
  from each due date to the agreement, is our reading of the section [provisional], so the finding says so.
* ``capitalize_arrears=True``: adds all overdue interest and penalties, as before; where that includes interest
  overdue less than a year, or there is no written agreement, a legal-risk finding cites s.655.

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule, apply_payments, Payment, reschedule
>>> s = build_schedule(LoanTerms(principal=12000, annual_rate="0.12", installments=12, disbursed_on=date(2026, 1, 5)))
>>> status = apply_payments(s, [Payment(date(2026, 2, 5), s.installments[0].payment)], as_of=date(2026, 6, 5))
>>> new = reschedule(status, date(2026, 6, 5), installments=18)
>>> new.principal == status.outstanding_principal, len(new.installments), new.installments[0].due_date
(True, 18, datetime.date(2026, 7, 5))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from chumchon._checks import DateLike, date_value, flag, instance, optional, whole_number
from chumchon.errors import InvalidInputError
from chumchon.loans._util import thai_date
from chumchon.loans.findings import Finding
from chumchon.loans.payments import LoanStatus
from chumchon.loans.schedule import Schedule, build_schedule
from chumchon.loans.terms import InterestMethod, LoanTerms
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context
from chumchon.rules import Parameter, Source, civil_code

__all__ = ["CCC_S655", "COMPOUNDING_MIN_OVERDUE", "Rescheduling", "build_rescheduling", "reschedule"]

#: CCC s.655 (ห้ามคิดดอกเบี้ยในดอกเบี้ยที่ค้างชำระ เว้นแต่ค้างไม่น้อยกว่าปีหนึ่งและตกลงกันเป็นหนังสือ).
CCC_S655: Source = civil_code.INSTRUMENT.source_named("ccc_s655")

#: The shortest time interest must be overdue before it may be added to the principal (CCC s.655): one year.
COMPOUNDING_MIN_OVERDUE: Parameter[int] = civil_code.INSTRUMENT.parameter("compounding_min_overdue_years")
_ZERO = Decimal(0)


@attrs.frozen(kw_only=True)
class Rescheduling(ResultMappable):
    """A rescheduled loan and what went into its principal (ผลการปรับโครงสร้างหนี้).

    Attributes:
        schedule: the new schedule.
        outstanding_principal: the principal carried over.
        capitalized_interest: overdue interest added to the principal.
        capitalized_penalty: penalties added to the principal (only with ``capitalize_arrears``).
        interest_kept_apart: overdue interest still owed apart from the new schedule.
        penalty_kept_apart: penalties still owed apart from the new schedule.
        findings: what the law says about the capitalisation (CCC s.655), if anything was capitalised.
    """

    schedule: Schedule
    outstanding_principal: Decimal
    capitalized_interest: Decimal
    capitalized_penalty: Decimal
    interest_kept_apart: Decimal
    penalty_kept_apart: Decimal
    findings: tuple[Finding, ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The new principal is the old one plus what was capitalised; nothing is negative.
        parts = (
            ("outstanding_principal", self.outstanding_principal),
            ("capitalized_interest", self.capitalized_interest),
            ("capitalized_penalty", self.capitalized_penalty),
            ("interest_kept_apart", self.interest_kept_apart),
            ("penalty_kept_apart", self.penalty_kept_apart),
        )
        for field, amount in parts:
            if amount < 0:
                raise inconsistent(self, field, f"{field} ต้องไม่ติดลบ", f"{field} must not be negative", amount)
        principal = self.outstanding_principal + self.capitalized_interest + self.capitalized_penalty
        if self.schedule.principal != principal:
            raise inconsistent(
                self,
                "schedule",
                f"เงินต้นของตารางใหม่ต้องเท่ากับเงินต้นคงค้างบวกดอกเบี้ยและค่าปรับที่ทบเข้า ({principal:,} บาท)",
                f"the new schedule's principal must be the outstanding principal plus the interest and penalties "
                f"capitalised ({principal:,} baht)",
                self.schedule.principal,
            )


def _interest_overdue_a_year(status: LoanStatus, day: date) -> Decimal:
    years = COMPOUNDING_MIN_OVERDUE.value_at(day)
    total = _ZERO
    for item in status.installments:
        unpaid = DECIMAL_CONTEXT.subtract(item.interest_due, item.interest_paid)
        if unpaid > 0 and item.due_date < status.as_of and item.due_date + relativedelta(years=years) <= day:
            total = DECIMAL_CONTEXT.add(total, unpaid)
    return total


def _s655_finding(code: str, th: str, en: str, limit: Decimal, actual: Decimal) -> Finding:
    return Finding(
        code=code,
        message=Message(th=th, en=en),
        limit=limit,
        actual=actual,
        sources=(CCC_S655,),
        provisional=True,
    )


def _capitalization(
    status: LoanStatus,
    day: date,
    *,
    capitalize_interest: bool,
    agreed_in_writing: bool,
    capitalize_arrears: bool,
) -> tuple[Decimal, Decimal, tuple[Finding, ...]]:
    """(interest added, penalty added, findings) for the chosen capitalisation."""
    if capitalize_interest and capitalize_arrears:
        raise InvalidInputError(
            th="เลือกได้อย่างเดียว: capitalize_interest (ตามมาตรา 655) หรือ capitalize_arrears",
            en="choose one: capitalize_interest (CCC s.655) or capitalize_arrears",
            field="capitalize_arrears",
        )
    eligible = _interest_overdue_a_year(status, day)
    if capitalize_interest:
        if not agreed_in_writing:
            raise InvalidInputError(
                th="ป.พ.พ. มาตรา 655 ให้ทบดอกเบี้ยเข้ากับต้นเงินได้เมื่อตกลงกันเป็นหนังสือเท่านั้น "
                "(ส่ง agreed_in_writing=True เมื่อมีหนังสือตกลง)",
                en="CCC s.655 allows adding overdue interest to the principal only by an agreement in writing "
                "(pass agreed_in_writing=True when there is one)",
                field="agreed_in_writing",
                value=agreed_in_writing,
            )
        kept = DECIMAL_CONTEXT.subtract(status.overdue_interest, eligible)
        finding = _s655_finding(
            "interest_capitalized_s655",
            f"ทบดอกเบี้ยที่ค้างชำระไม่น้อยกว่าหนึ่งปี {eligible:,} บาท เข้ากับต้นเงินตามหนังสือตกลง "
            f"(ป.พ.พ. มาตรา 655) ดอกเบี้ยที่ค้างไม่ถึงหนึ่งปี {kept:,} บาท ยังค้างชำระแยกต่างหาก",
            f"{eligible:,} baht of interest overdue not less than a year added to the principal by written "
            f"agreement (CCC s.655); {kept:,} baht overdue less than a year stays owed apart",
            eligible,
            eligible,
        )
        return eligible, _ZERO, (finding,)
    if not capitalize_arrears:
        return _ZERO, _ZERO, ()
    interest, penalty = status.overdue_interest, status.penalty_due
    findings: list[Finding] = []
    young = DECIMAL_CONTEXT.subtract(interest, eligible)
    if young > 0 or (interest > 0 and not agreed_in_writing):
        findings.append(
            _s655_finding(
                "interest_on_interest_s655",
                f"ทบดอกเบี้ยค้างชำระ {interest:,} บาท เข้ากับต้นเงิน แต่ ป.พ.พ. มาตรา 655 ห้ามคิดดอกเบี้ยใน"
                f"ดอกเบี้ยที่ค้างชำระ เว้นแต่ค้างไม่น้อยกว่าหนึ่งปีและตกลงกันเป็นหนังสือ "
                f"(ทบได้ไม่เกิน {eligible if agreed_in_writing else _ZERO:,} บาท)",
                f"{interest:,} baht of overdue interest added to the principal, but CCC s.655 forbids interest on "
                f"overdue interest unless it is overdue not less than a year and agreed in writing (at most "
                f"{eligible if agreed_in_writing else _ZERO:,} baht may be added)",
                eligible if agreed_in_writing else _ZERO,
                interest,
            )
        )
    if penalty > 0:
        findings.append(
            _s655_finding(
                "penalty_capitalized",
                f"ทบค่าปรับ {penalty:,} บาท เข้ากับต้นเงิน ซึ่งทำให้คิดดอกเบี้ยบนค่าปรับ ควรตรวจสอบกับ ป.พ.พ. มาตรา 655",
                f"{penalty:,} baht of penalties added to the principal, so interest will run on penalties; check "
                f"against CCC s.655",
                _ZERO,
                penalty,
            )
        )
    return interest, penalty, tuple(findings)


@in_decimal_context
def reschedule(
    status: LoanStatus,
    as_of: DateLike,
    *,
    installments: int | None = None,
    capitalize_arrears: bool = False,
    capitalize_interest: bool = False,
    agreed_in_writing: bool = False,
    **changes: Any,
) -> Schedule:
    """A new schedule for what remains of the loan in ``status``, starting on ``as_of``: the schedule of
    :func:`build_rescheduling` (which also returns the findings).

    Args:
        status: the loan's status (from :func:`~chumchon.loans.payments.apply_payments`).
        as_of: the new start date (the first due date defaults to one period later).
        installments: the new number of instalments; by default the number not yet fully paid.
        capitalize_arrears: add all unpaid due interest and penalties to the new principal.
        capitalize_interest: add the interest overdue at least one year (CCC s.655); needs
            ``agreed_in_writing``.
        agreed_in_writing: the parties agreed the capitalisation in writing.
        **changes: any other :class:`~chumchon.loans.terms.LoanTerms` field to change (``annual_rate``,
            ``frequency``, ``interest_method``, ``amortization``, ``first_due``, roundings…).

    Raises:
        InvalidInputError: the loan is fully paid, ``as_of`` is before the status date, the new terms are
            invalid, both capitalisations are asked for, or ``capitalize_interest`` without a written agreement.
    """
    return build_rescheduling(
        status,
        as_of,
        installments=installments,
        capitalize_arrears=capitalize_arrears,
        capitalize_interest=capitalize_interest,
        agreed_in_writing=agreed_in_writing,
        **changes,
    ).schedule


@in_decimal_context
def build_rescheduling(
    status: LoanStatus,
    as_of: DateLike,
    *,
    installments: int | None = None,
    capitalize_arrears: bool = False,
    capitalize_interest: bool = False,
    agreed_in_writing: bool = False,
    **changes: Any,
) -> Rescheduling:
    """Reschedule what remains of the loan in ``status`` from ``as_of``, with what was capitalised and the
    CCC s.655 findings (the arguments are those of :func:`reschedule`).

    >>> from datetime import date
    >>> from chumchon.loans import LoanTerms, build_schedule, apply_payments
    >>> s = build_schedule(LoanTerms(principal=12000, annual_rate="0.12", installments=12,
    ...                              disbursed_on=date(2025, 1, 5)))
    >>> status = apply_payments(s, [], as_of=date(2026, 3, 1))
    >>> r = build_rescheduling(status, date(2026, 3, 1), capitalize_interest=True, agreed_in_writing=True)
    >>> r.capitalized_interest, r.interest_kept_apart, r.findings[0].code
    (Decimal('120.00'), Decimal('674.23'), 'interest_capitalized_s655')
    >>> print(r.findings[0].sources[0].cite("th"))
    ประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2468 มาตรา 655
    >>> build_rescheduling(status, date(2026, 3, 1), capitalize_interest=True)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ป.พ.พ. มาตรา 655 ให้ทบดอกเบี้ยเข้ากับต้นเงินได้เมื่อตกลงกันเป็นหนังสือเท่านั้น (ส่ง agreed_in_writing=True เมื่อมีหนังสือตกลง) / CCC s.655 allows adding overdue interest to the principal only by an agreement in writing (pass agreed_in_writing=True when there is one)
    """
    day = date_value(as_of, "as_of")
    instance(status, "status", LoanStatus, what_th="LoanStatus (จาก apply_payments)")
    if day < status.as_of:
        raise InvalidInputError(
            th=f"วันปรับโครงสร้าง {thai_date(day)} ต้องไม่ก่อนวันของสถานะ {thai_date(status.as_of)}",
            en=f"the rescheduling date {day} must not be before the status date {status.as_of}",
            field="as_of",
            value=day,
        )
    interest, penalty, findings = _capitalization(
        status,
        day,
        capitalize_interest=flag(capitalize_interest, "capitalize_interest"),
        agreed_in_writing=flag(agreed_in_writing, "agreed_in_writing"),
        capitalize_arrears=flag(capitalize_arrears, "capitalize_arrears"),
    )
    principal = DECIMAL_CONTEXT.add(DECIMAL_CONTEXT.add(status.outstanding_principal, interest), penalty)
    if principal <= 0:
        raise InvalidInputError(
            th="เงินกู้ชำระเงินต้นครบแล้ว ไม่มีอะไรให้ปรับโครงสร้าง",
            en="the loan's principal is fully repaid; there is nothing to reschedule",
            field="status",
        )
    remaining = optional(
        whole_number, installments, "installments", minimum=1
    )  # pd.NA (an empty cell) is None
    if remaining is None:
        remaining = sum(1 for i in status.installments if i.outstanding > 0) or 1
    unknown = sorted(set(changes) - {f.name for f in attrs.fields(LoanTerms)} - {"principal", "disbursed_on"})
    if unknown or "principal" in changes or "disbursed_on" in changes:
        bad = unknown or [k for k in ("principal", "disbursed_on") if k in changes]
        raise InvalidInputError(
            th=f"เปลี่ยนช่อง {', '.join(bad)} ไม่ได้",
            en=f"cannot change {', '.join(bad)} when rescheduling",
            field=bad[0],
        )
    base = status.schedule.terms
    values: dict[str, Any]
    if base is not None:
        values = {f.name: getattr(base, f.name) for f in attrs.fields(LoanTerms) if f.init}
        values["first_due"] = None
        values["grace_periods"] = 0
        values["interest_free_periods"] = 0
        values["upfront_fee"] = 0
    else:
        values = {"annual_rate": 0, "interest_method": InterestMethod.NONE}
        if changes.get("annual_rate") and "interest_method" not in changes:
            values["interest_method"] = InterestMethod.DECLINING_BALANCE
    values.update(changes)
    values.update(principal=principal, disbursed_on=day, installments=remaining)
    return Rescheduling(
        schedule=build_schedule(LoanTerms(**values)),
        outstanding_principal=status.outstanding_principal,
        capitalized_interest=interest,
        capitalized_penalty=penalty,
        interest_kept_apart=DECIMAL_CONTEXT.subtract(status.overdue_interest, interest),
        penalty_kept_apart=DECIMAL_CONTEXT.subtract(status.penalty_due, penalty),
        findings=findings,
    )
