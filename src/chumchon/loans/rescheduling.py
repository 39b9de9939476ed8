"""Rescheduling what remains of a loan (การปรับโครงสร้างหนี้ / ขยายเวลาชำระ).

:func:`reschedule` builds a new schedule for the principal still outstanding in a
:class:`~chumchon.loans.payments.LoanStatus`, disbursed (in effect) on ``as_of``, with new instalments,
frequency, rate or method; anything not given is kept from the original terms. Unpaid interest and penalties
are **not** added to the new principal unless ``capitalize_arrears=True``: that would be interest on interest,
which CCC s.655 allows only in limited cases (our reading), so the caller must ask for it; otherwise they remain
owed apart from the new schedule.

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
from typing import Any

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.payments import LoanStatus
from chumchon.loans.schedule import Schedule, build_schedule
from chumchon.loans.terms import InterestMethod, LoanTerms
from chumchon.money import in_decimal_context
from chumchon.rules import check_as_of

__all__ = ["reschedule"]


@in_decimal_context
def reschedule(
    status: LoanStatus,
    as_of: date,
    *,
    installments: int | None = None,
    capitalize_arrears: bool = False,
    **changes: Any,
) -> Schedule:
    """A new schedule for what remains of the loan in ``status``, starting on ``as_of``.

    Args:
        status: the loan's status (from :func:`~chumchon.loans.payments.apply_payments`).
        as_of: the new start date (the first due date defaults to one period later).
        installments: the new number of instalments; by default the number not yet fully paid.
        capitalize_arrears: add unpaid due interest and penalties to the new principal.
        **changes: any other :class:`~chumchon.loans.terms.LoanTerms` field to change (``annual_rate``,
            ``frequency``, ``interest_method``, ``amortization``, ``first_due``, roundings…).

    Raises:
        InvalidInputError: the loan is fully paid, ``as_of`` is before the status date, or the new terms are
            invalid.
    """
    day = check_as_of(as_of)
    if not isinstance(status, LoanStatus):
        raise InvalidInputError(
            th="ต้องส่ง LoanStatus",
            en=f"status must be a LoanStatus, not {status!r}",
            field="status",
            value=status,
        )
    if day < status.as_of:
        raise InvalidInputError(
            th=f"วันปรับโครงสร้าง {day} ต้องไม่ก่อนวันของสถานะ {status.as_of}",
            en=f"the rescheduling date {day} must not be before the status date {status.as_of}",
            field="as_of",
            value=day,
        )
    principal = status.outstanding_principal
    if capitalize_arrears:
        principal += status.overdue_interest + status.penalty_due
    if principal <= 0:
        raise InvalidInputError(
            th="เงินกู้ชำระเงินต้นครบแล้ว ไม่มีอะไรให้ปรับโครงสร้าง",
            en="the loan's principal is fully repaid; there is nothing to reschedule",
            field="status",
        )
    remaining = installments
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
    return build_schedule(LoanTerms(**values))
