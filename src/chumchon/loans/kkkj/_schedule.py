"""Interest-free repayment schedules for กข.คจ. loans, built on the loan engine (ตารางการชำระคืนเงินยืม)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dateutil.relativedelta import relativedelta

from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.loans.kkkj._checks import instance
from chumchon.loans.kkkj._regulation import CommitteeRules, Regulation, resolve_regulation
from chumchon.loans.schedule import Schedule, build_custom_schedule, build_schedule
from chumchon.loans.terms import Amortization, Frequency, InterestMethod, LoanTerms, RemainderOn
from chumchon.money import WHOLE_BAHT, Rounding, in_decimal_context, to_money
from chumchon.rules import check_as_of

__all__ = ["check_schedule", "repayment_schedule", "repayment_schedule_from_dates", "term_months"]


@in_decimal_context
def term_months(disbursed_on: date, last_due: date) -> int:
    """Whole months from the loan date to the last due date, a part month counting as a whole one.

    >>> term_months(date(2026, 1, 10), date(2027, 1, 10)), term_months(date(2026, 1, 10), date(2027, 1, 11))
    (12, 13)
    """
    start = check_as_of(disbursed_on, name="disbursed_on")
    end = check_as_of(last_due, name="last_due")
    gap = relativedelta(end, start)
    months = int(gap.years) * 12 + int(gap.months)
    return months + 1 if int(gap.days) > 0 else months


def _check_interest_free(regulation: object, day: date) -> Regulation:
    regulation = resolve_regulation(regulation, day)
    rate = regulation.interest_annual_rate.at(day)
    if rate.value != 0:
        raise InvalidInputError(
            th=f"ตาราง กข.คจ. ไม่มีดอกเบี้ย แต่ระเบียบที่ส่งมากำหนดอัตรา {rate.value}",
            en=f"กข.คจ. schedules are interest-free, but the regulation passed sets a rate of {rate.value}",
            field="regulation",
            value=rate.value,
        )
    return regulation


@in_decimal_context
def check_schedule(
    schedule: Schedule,
    *,
    regulation: Regulation | None = None,
    committee: CommitteeRules | None = None,
) -> Schedule:
    """Check a schedule against the contract's limit on instalments (and the committee's longest term, when
    given) and return it unchanged.

    Raises:
        RuleViolationError: more instalments than the contract allows (``rule="kkkj_max_installments"``) or a
            term longer than the committee's (``rule="kkkj_longest_term"``).
        InvalidInputError: the schedule charges interest.
    """
    if not isinstance(schedule, Schedule):
        raise InvalidInputError(
            th=f"ต้องส่ง Schedule ไม่ใช่ {schedule!r}",
            en=f"schedule must be a Schedule, not {schedule!r}",
            field="schedule",
            value=schedule,
        )
    instance("committee", CommitteeRules, optional=True)(None, None, committee)
    day = schedule.disbursed_on
    regulation = _check_interest_free(regulation, day)
    if schedule.total_interest != 0:
        raise InvalidInputError(
            th=f"ตาราง กข.คจ. ต้องไม่มีดอกเบี้ย แต่ตารางนี้คิดดอกเบี้ย {schedule.total_interest}",
            en=f"a กข.คจ. schedule charges no interest, but this one charges {schedule.total_interest}",
            field="schedule",
            value=schedule.total_interest,
        )
    limit = regulation.max_installments.at(day)
    count = len(schedule.installments)
    if count > limit.value:
        raise RuleViolationError(
            th=f"สัญญายืมเงิน กข.คจ. ชำระคืนได้ไม่เกิน {limit.value} งวด แต่ตารางนี้มี {count} งวด",
            en=f"a กข.คจ. contract is repaid in at most {limit.value} instalments, not {count}",
            rule="kkkj_max_installments",
            clause=limit.source.cite("th"),
            limit=limit.value,
            actual=count,
        )
    if committee is not None:
        months = term_months(day, schedule.maturity)
        if months > committee.longest_term_months:
            raise RuleViolationError(
                th=f"ระยะเวลายืม {months} เดือน เกินที่คณะกรรมการกำหนด {committee.longest_term_months} เดือน",
                en=f"a term of {months} months exceeds the committee's longest term of "
                f"{committee.longest_term_months} months",
                rule="kkkj_longest_term",
                clause=committee.source.cite("th"),
                limit=committee.longest_term_months,
                actual=months,
            )
    return schedule


@in_decimal_context
def repayment_schedule(
    amount: object,
    *,
    installments: int,
    first_due: date,
    disbursed_on: date,
    frequency: Frequency = Frequency.MONTHLY,
    rounding: Rounding = WHOLE_BAHT,
    remainder_on: RemainderOn = RemainderOn.LAST,
    regulation: Regulation | None = None,
    committee: CommitteeRules | None = None,
) -> Schedule:
    """Equal interest-free instalments (no interest, :attr:`InterestMethod.NONE`) at a chosen frequency.

    Each instalment is the loan divided by the count, rounded by ``rounding`` (whole baht, half up, by
    default); the instalment named by ``remainder_on`` (the last by default, or the first) absorbs the
    difference, so the instalments add up to the loan exactly. Due dates count from ``first_due``
    (``first_due + k × frequency``), so they never drift at month ends. The frequency defaults to monthly as
    a convenience, not a rule: the committee agrees the dates with the borrower.

    Args:
        amount: the loan, in baht (greater than zero).
        installments: the number of instalments, at most the contract's limit (six).
        first_due: the first due date, after ``disbursed_on``.
        disbursed_on: the loan date; the regulation in force on it applies.
        frequency: how often instalments fall due.
        rounding: the rounding of the equal instalment.
        remainder_on: which instalment absorbs the rounding remainder.
        regulation: the regulation; ``None`` (the default) is the one in force on the loan date.
        committee: when given, the term is checked against its longest term.

    Raises:
        InvalidInputError: a non-positive amount, a bad date, or a rounding too coarse for the loan.
        RuleViolationError: more instalments than the contract allows, or a term longer than the committee's.

    >>> s = repayment_schedule(10000, installments=3, first_due=date(2027, 5, 31),
    ...                        disbursed_on=date(2026, 11, 30), frequency=Frequency.SEMI_ANNUAL)
    >>> [(i.due_date.isoformat(), f"{i.payment:,.2f}") for i in s.installments]
    [('2027-05-31', '3,333.00'), ('2027-11-30', '3,333.00'), ('2028-05-31', '3,334.00')]
    >>> repayment_schedule(10000, installments=7, first_due=date(2027, 5, 31), disbursed_on=date(2026, 11, 30))
    Traceback (most recent call last):
    ...
    chumchon.errors.RuleViolationError: สัญญายืมเงิน กข.คจ. ชำระคืนได้ไม่เกิน 6 งวด แต่ตารางนี้มี 7 งวด / a กข.คจ. contract is repaid in at most 6 instalments, not 7
    """
    principal = to_money(amount, name="amount", allow_zero=False)
    day = check_as_of(disbursed_on, name="disbursed_on")
    regulation = _check_interest_free(regulation, day)
    limit = regulation.max_installments.at(day)
    if not isinstance(installments, bool) and isinstance(installments, int) and installments > limit.value:
        # Refuse before building: the engine would happily build 600 instalments.
        raise RuleViolationError(
            th=f"สัญญายืมเงิน กข.คจ. ชำระคืนได้ไม่เกิน {limit.value} งวด แต่ตารางนี้มี {installments} งวด",
            en=f"a กข.คจ. contract is repaid in at most {limit.value} instalments, not {installments}",
            rule="kkkj_max_installments",
            clause=limit.source.cite("th"),
            limit=limit.value,
            actual=installments,
        )
    terms = LoanTerms(
        principal=principal,
        annual_rate=0,
        installments=installments,
        disbursed_on=day,
        first_due=first_due,
        frequency=frequency,
        interest_method=InterestMethod.NONE,
        amortization=Amortization.EQUAL_PRINCIPAL,
        installment_rounding=rounding,
        interest_rounding=rounding,
        remainder_on=remainder_on,
    )
    return check_schedule(build_schedule(terms), regulation=regulation, committee=committee)


@in_decimal_context
def repayment_schedule_from_dates(
    amount: object,
    *,
    disbursed_on: date,
    installments: object,
    regulation: Regulation | None = None,
    committee: CommitteeRules | None = None,
) -> Schedule:
    """The contract's own dated amounts (งวดตามสัญญา), which may be uneven, as an interest-free schedule.

    Validated, never adjusted: due dates strictly increasing and after the loan date, every amount greater
    than zero (in whole satang), the amounts adding up to the loan exactly, and no more instalments than the
    contract allows.

    Raises:
        InvalidInputError: a date out of order or not after the loan date, a non-positive amount, or amounts
            that do not add up to the loan.
        RuleViolationError: too many instalments, or a term longer than the committee's.

    >>> s = repayment_schedule_from_dates(15000, disbursed_on=date(2026, 11, 30),
    ...     installments=[(date(2027, 3, 31), 3000), (date(2027, 11, 30), 12000)])
    >>> [i.balance for i in s.installments]
    [Decimal('12000.00'), Decimal('0.00')]
    >>> repayment_schedule_from_dates(15000, disbursed_on=date(2026, 11, 30),
    ...     installments=[(date(2027, 3, 31), 3000), (date(2027, 11, 30), 11999)])
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: งวดต่าง ๆ รวมเป็นเงินต้น 14999.00 ไม่เท่ากับเงินต้นทั้งหมด 15000.00 / the instalments add up to 14999.00 of principal, not the loan's 15000.00
    """
    principal = to_money(amount, name="amount", allow_zero=False)
    day = check_as_of(disbursed_on, name="disbursed_on")
    regulation = _check_interest_free(regulation, day)
    if isinstance(installments, (str, bytes)) or not isinstance(installments, Iterable):
        raise InvalidInputError(
            th="งวดต้องเป็นรายการของคู่ (วันครบกำหนด, จำนวนเงิน)",
            en=f"installments must be a list of (due_date, amount) pairs, not {installments!r}",
            field="installments",
            value=installments,
        )
    pairs = list(installments)
    limit = regulation.max_installments.at(day)
    if len(pairs) > limit.value:
        raise RuleViolationError(
            th=f"สัญญายืมเงิน กข.คจ. ชำระคืนได้ไม่เกิน {limit.value} งวด แต่ตารางนี้มี {len(pairs)} งวด",
            en=f"a กข.คจ. contract is repaid in at most {limit.value} instalments, not {len(pairs)}",
            rule="kkkj_max_installments",
            clause=limit.source.cite("th"),
            limit=limit.value,
            actual=len(pairs),
        )
    schedule = build_custom_schedule(principal, day, pairs)
    return check_schedule(schedule, regulation=regulation, committee=committee)
