"""Interest-free repayment schedules for กข.คจ. loans, built on the loan engine (ตารางการชำระคืนเงินยืม).

**The contract's instalments.** The standard loan contract has six rows for dated instalments agreed when it is
signed [secondary: the form as copied by secondary sources], so six is the contract's default limit, not a rule
of the regulation: a committee that uses an amended contract says so with
:attr:`CommitteeRules.max_installments`. A schedule past the limit is built, and :func:`contract_findings`
reports it as a finding on the contract that names the contract and how sure the library is of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs
from dateutil.relativedelta import relativedelta

from chumchon._checks import DateLike, MoneyLike, date_value, instance, money, sequence
from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.loans.findings import Finding
from chumchon.loans.kkkj._committee import CommitteeRules
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.schedule import Schedule, build_custom_schedule, build_schedule
from chumchon.loans.terms import Amortization, Frequency, InterestMethod, LoanTerms, RemainderOn
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, WHOLE_BAHT, Rounding, in_decimal_context
from chumchon.rules import DatedValue, Status

__all__ = [
    "check_schedule",
    "contract_findings",
    "installment_limit",
    "repayment_schedule",
    "repayment_schedule_from_dates",
    "term_months",
]


def installment_limit(
    day: DateLike, *, regulation: Regulation | None = None, committee: CommitteeRules | None = None
) -> DatedValue[int]:
    """The most instalments of the contract in use on ``day``: the committee's amended contract when it set
    :attr:`CommitteeRules.max_installments`, else the standard contract's (six, secondary).

    >>> installment_limit(date(2026, 11, 30)).value, installment_limit(date(2026, 11, 30)).status.value
    (6, 'secondary')
    """
    day = date_value(day, "day")
    standard = resolve_regulation(regulation, day).max_installments.at(day)
    committee = _committee(committee)
    if committee is None or committee.max_installments is None:
        return standard
    source = committee.source
    return DatedValue(
        effective_from=day,
        value=committee.max_installments,
        source=attrs.evolve(source, note=f"{source.note}; the committee's amended loan contract"),
        status=Status.CONFIRMED,
        note=f"replaces the standard contract's {standard.value} instalments",
    )


def _committee(value: CommitteeRules | None) -> CommitteeRules | None:
    if value is None:
        return None
    return instance(value, "committee", CommitteeRules, what_en="CommitteeRules or None")


def _over_limit(count: int, limit: DatedValue[int]) -> Finding:
    status_th = limit.status.label_th
    return Finding(
        code="kkkj_max_installments",
        message=Message(
            th=f"ตารางนี้มี {count} งวด เกินจำนวนงวดในสัญญา {limit.value} งวด "
            f"({limit.source.cite('th')}; สถานะข้อมูล: {status_th}) ควรใช้สัญญาที่คณะกรรมการแก้ไขและระบุไว้",
            en=f"this schedule has {count} instalments, more than the contract's {limit.value} "
            f"({limit.source.cite('en')}; status: {limit.status.value}); use a contract the committee amended "
            f"and record it",
        ),
        limit=Decimal(limit.value),
        actual=Decimal(count),
        sources=(limit.source,),
        provisional=limit.status is not Status.CONFIRMED,
    )


@in_decimal_context
def contract_findings(
    schedule: Schedule, *, regulation: Regulation | None = None, committee: CommitteeRules | None = None
) -> tuple[Finding, ...]:
    """Findings on the contract a schedule would need: more instalments than the contract in use has rows for
    (code ``"kkkj_max_installments"``, the contract's parameter; the message names the contract and its
    status). Empty when there are none.

    >>> s = repayment_schedule(7000, installments=7, first_due=date(2027, 1, 31), disbursed_on=date(2026, 11, 30))
    >>> [f.code for f in contract_findings(s)], contract_findings(s)[0].provisional
    (['kkkj_max_installments'], True)
    """
    schedule = instance(schedule, "schedule", Schedule)
    limit = installment_limit(schedule.disbursed_on, regulation=regulation, committee=committee)
    count = len(schedule.installments)
    return (_over_limit(count, limit),) if count > limit.value else ()


@in_decimal_context
def term_months(disbursed_on: DateLike, last_due: DateLike) -> int:
    """Whole months from the loan date to the last due date, a part month counting as a whole one.

    >>> term_months(date(2026, 1, 10), date(2027, 1, 10)), term_months(date(2026, 1, 10), date(2027, 1, 11))
    (12, 13)
    """
    start = date_value(disbursed_on, "disbursed_on")
    end = date_value(last_due, "last_due")
    gap = relativedelta(end, start)
    months = int(gap.years) * 12 + int(gap.months)
    return months + 1 if int(gap.days) > 0 else months


def _check_interest_free(regulation: Regulation | None, day: date) -> Regulation:
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
    """Check a schedule is interest-free (and within the committee's longest term, when given) and return it
    unchanged. More instalments than the contract has rows for is not an error: see :func:`contract_findings`.

    Raises:
        RuleViolationError: a term longer than the committee's (``rule="kkkj_longest_term"``).
        InvalidInputError: the schedule charges interest.
    """
    schedule = instance(schedule, "schedule", Schedule)
    committee = _committee(committee)
    day = schedule.disbursed_on
    regulation = _check_interest_free(regulation, day)
    if schedule.total_interest != 0:
        raise InvalidInputError(
            th=f"ตาราง กข.คจ. ต้องไม่มีดอกเบี้ย แต่ตารางนี้คิดดอกเบี้ย {schedule.total_interest}",
            en=f"a กข.คจ. schedule charges no interest, but this one charges {schedule.total_interest}",
            field="schedule",
            value=schedule.total_interest,
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
    amount: MoneyLike,
    *,
    installments: int,
    first_due: DateLike,
    disbursed_on: DateLike,
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
        installments: the number of instalments (more than the contract's rows is reported by
            :func:`contract_findings`, not refused).
        first_due: the first due date, after ``disbursed_on``.
        disbursed_on: the loan date; the regulation in force on it applies.
        frequency: how often instalments fall due.
        rounding: the rounding of the equal instalment.
        remainder_on: which instalment absorbs the rounding remainder.
        regulation: the regulation; ``None`` (the default) is the one in force on the loan date.
        committee: when given, the term is checked against its longest term.

    Raises:
        InvalidInputError: a non-positive amount, a bad date, or a rounding too coarse for the loan.
        RuleViolationError: a term longer than the committee's.

    >>> s = repayment_schedule(10000, installments=3, first_due=date(2027, 5, 31),
    ...                        disbursed_on=date(2026, 11, 30), frequency=Frequency.SEMI_ANNUAL)
    >>> [(i.due_date.isoformat(), f"{i.payment:,.2f}") for i in s.installments]
    [('2027-05-31', '3,333.00'), ('2027-11-30', '3,333.00'), ('2028-05-31', '3,334.00')]
    >>> seven = repayment_schedule(7000, installments=7, first_due=date(2027, 5, 31), disbursed_on=date(2026, 11, 30))
    >>> print(contract_findings(seven)[0].message.en)
    this schedule has 7 instalments, more than the contract's 6 (standard กข.คจ. loan contract (สัญญายืมเงินโครงการแก้ไขปัญหาความยากจน (กข.คจ.) แบบมาตรฐาน); status: secondary); use a contract the committee amended and record it
    """
    principal = money(amount, "amount", positive=True, whole_satang=True)
    day = date_value(disbursed_on, "disbursed_on")
    regulation = _check_interest_free(regulation, day)
    terms = LoanTerms(
        principal=principal,
        annual_rate=0,
        installments=installments,
        disbursed_on=day,
        first_due=date_value(first_due, "first_due"),
        frequency=frequency,
        interest_method=InterestMethod.NONE,
        amortization=Amortization.EQUAL_PRINCIPAL,
        installment_rounding=rounding,
        interest_rounding=rounding,
        remainder_on=remainder_on,
    )
    in_satang = isinstance(rounding, Rounding) and rounding.quantum.as_tuple().exponent == -2
    schedule = _in_satang(build_schedule(terms), already=in_satang)
    return check_schedule(schedule, regulation=regulation, committee=committee)


def _in_satang(schedule: Schedule, *, already: bool = False) -> Schedule:
    """``schedule`` with every amount written to the satang (``3333.00``, not ``3333`` beside ``3334.00``), so
    its document shows one exponent. The amounts are whole satang already: the named rounding
    (:data:`~chumchon.money.SATANG`) changes no value. ``already`` says the amounts have two places (a
    principal in satang and a rounding to a quantum in satang), so there is nothing to rewrite.
    """
    if already:
        return schedule

    def cents(value: Decimal) -> Decimal:
        # schedule amounts are Decimals already: quantize them directly with SATANG's quantum and mode
        return value.quantize(SATANG.quantum, rounding=SATANG.mode, context=DECIMAL_CONTEXT)

    rows = tuple(
        row._replace(
            principal=cents(row.principal),
            interest=cents(row.interest),
            payment=cents(row.payment),
            balance=cents(row.balance),
        )
        for row in schedule.installments
    )
    return attrs.evolve(schedule, principal=cents(schedule.principal), installments=rows)


@in_decimal_context
def repayment_schedule_from_dates(
    amount: MoneyLike,
    *,
    disbursed_on: DateLike,
    installments: Iterable[tuple[DateLike, MoneyLike]],
    regulation: Regulation | None = None,
    committee: CommitteeRules | None = None,
) -> Schedule:
    """The contract's own dated amounts (งวดตามสัญญา), which may be uneven, as an interest-free schedule.

    Validated, never adjusted: due dates strictly increasing and after the loan date, every amount greater
    than zero (in whole satang), and the amounts adding up to the loan exactly. More instalments than the
    contract has rows for is reported by :func:`contract_findings`, not refused.

    Raises:
        InvalidInputError: a date out of order or not after the loan date, a non-positive amount, or amounts
            that do not add up to the loan.
        RuleViolationError: a term longer than the committee's.

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
    principal = money(amount, "amount", positive=True)
    day = date_value(disbursed_on, "disbursed_on")
    regulation = _check_interest_free(regulation, day)
    pairs = list(
        sequence(
            installments,
            "installments",
            what_th="คู่ (วันครบกำหนด, จำนวนเงิน)",
            what_en="(due_date, amount) pairs",
        )
    )
    schedule = _in_satang(build_custom_schedule(principal, day, pairs))
    return check_schedule(schedule, regulation=regulation, committee=committee)
