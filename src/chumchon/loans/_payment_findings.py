"""The legal-risk findings of a payment run: the rate check, and penalties above the default interest the law
allows (private to :mod:`chumchon.loans`; :func:`~chumchon.loans.payments.apply_payments` calls it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from chumchon.loans._util import percent_text, thai_date
from chumchon.loans.findings import Finding
from chumchon.loans.loan_status import InstallmentStatus
from chumchon.loans.penalties import FlatPenalty, RatePenalty
from chumchon.loans.schedule_model import Schedule
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG
from chumchon.rules import INTEREST_CAP_ANNUAL_RATE, INTEREST_OVERRATE_ACT, Source, civil_code

__all__ = ["payment_findings"]

_ZERO = Decimal("0.00")
_YEAR_DAYS = Decimal(365)


def _agreed_rate(schedule: Schedule) -> Decimal:
    if schedule.terms is not None:
        return schedule.terms.annual_rate
    from chumchon.loans.rates import nominal_annual_rate

    return max(nominal_annual_rate(schedule), Decimal(0))


def _charges_nothing(schedule: Schedule) -> bool:
    """True when the loan costs nothing: no fee, no interest, payments that only return the principal.

    Such a loan's true rate is zero, so it is within any cap (its payments, discounted at the cap over periods
    that do not run backwards, are worth less than the amount lent) and the rate solve is skipped: every
    กข.คจ. schedule is one.
    """
    if schedule.upfront_fee:
        return False
    # LoanTerms already puts the first due date after disbursement; custom schedules are checked here.
    previous = schedule.disbursed_on
    returned = _ZERO
    for row in schedule.installments:
        if row.interest or row.payment != row.principal or row.due_date < previous:
            return False
        previous = row.due_date
        returned += row.principal
    return returned == schedule.principal


def payment_findings(
    schedule: Schedule,
    statuses: Sequence[InstallmentStatus],
    day: date,
    penalty: FlatPenalty | RatePenalty | None,
) -> tuple[Finding, ...]:
    if _charges_nothing(schedule):
        INTEREST_CAP_ANNUAL_RATE.at(day)  # the same error as the rate check for a day before the records
        findings: list[Finding] = []
    else:
        from chumchon.loans.rates import assess_interest_rate

        findings = list(assess_interest_rate(schedule, day).findings)
    if penalty is None:
        return tuple(findings)
    agreed = _agreed_rate(schedule)
    if isinstance(penalty, RatePenalty):
        limit, rate_sources = civil_code.default_interest_limit(agreed, day)
        if penalty.annual_rate > limit:
            findings.append(
                Finding(
                    code="penalty_rate_over_limit",
                    message=Message(
                        th=f"อัตราดอกเบี้ยผิดนัด {percent_text(penalty.annual_rate)} ต่อปี เกินที่กฎหมายให้เรียกได้ "
                        f"({percent_text(limit)} ต่อปี ณ วันที่ {thai_date(day)})",
                        en=f"the default rate of {percent_text(penalty.annual_rate)} a year is above what the law allows "
                        f"({percent_text(limit)} a year on {day})",
                    ),
                    limit=limit,
                    actual=penalty.annual_rate,
                    sources=(*rate_sources, INTEREST_OVERRATE_ACT),
                    provisional=True,
                )
            )
        return tuple(findings)
    charged = allowed = _ZERO
    first: int | None = None
    sources: tuple[Source, ...] = ()
    for status in statuses:
        if status.penalty_charged <= 0:
            continue
        end = status.paid_on or day
        start = status.due_date
        limit, sources = civil_code.default_interest_limit(agreed, start)
        days = max((end - start).days, 1)
        lawful = SATANG.apply(
            DECIMAL_CONTEXT.divide(
                DECIMAL_CONTEXT.multiply(status.amount_due * limit, Decimal(days)), _YEAR_DAYS
            )
        )
        charged += status.penalty_charged
        allowed += lawful
        if status.penalty_charged > lawful and first is None:
            first = status.number
    if first is not None:
        findings.append(
            Finding(
                code="penalty_over_default_interest",
                message=Message(
                    th=f"ค่าปรับรวม {charged:,} บาท เกินดอกเบี้ยผิดนัดที่กฎหมายให้เรียกได้สำหรับวันที่ล่าช้า "
                    f"({allowed:,} บาท) อาจเป็นการเรียกดอกเบี้ยเกินอัตราแฝงในค่าปรับ",
                    en=f"fines of {charged:,} baht exceed the default interest the law allows for the days late "
                    f"({allowed:,} baht); this may be excess interest hidden in fees",
                ),
                limit=allowed,
                actual=charged,
                sources=(*sources, INTEREST_OVERRATE_ACT),
                installment=first,
                provisional=True,
            )
        )
    return tuple(findings)
