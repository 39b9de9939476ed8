"""Reviewing a borrowing request criterion by criterion (การพิจารณาคำขอยืมเงิน กข.คจ.)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from chumchon._checks import DateLike, MoneyLike, date_value, instance, items, money, optional
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._committee import CommitteeRules, OpenLoanRule
from chumchon.loans.kkkj._factors import (
    DISTRICT_PAGES_SOURCE,
    FACTOR_STATUS,
    FactorFinding,
    OfficerOpinion,
    check_factor_findings,
)
from chumchon.loans.kkkj._households import assess_target_household
from chumchon.loans.kkkj._regulation import FUND_BOOKS_SOURCE, Regulation, resolve_regulation
from chumchon.loans.kkkj._request import LoanRequest, OpenLoan
from chumchon.loans.kkkj._review_result import CriterionResult, ReviewResult
from chumchon.loans.kkkj._schedule import installment_limit
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.rules import Source, Status

__all__ = ["CriterionResult", "LoanRequest", "OpenLoan", "ReviewResult", "review_request"]


def _factor_criteria(findings: tuple[FactorFinding, ...]) -> tuple[CriterionResult, ...]:
    return tuple(
        _result(
            finding.factor.value,
            finding.factor.label,
            finding.favourable,
            Message(finding.note, finding.note),
            DISTRICT_PAGES_SOURCE,
            FACTOR_STATUS,
        )
        for finding in findings
    )


def _check_opinion(opinion: object, requested_on: date) -> OfficerOpinion | None:
    if opinion is None:
        return None
    opinion = instance(opinion, "officer_opinion", OfficerOpinion, what_en="an OfficerOpinion or None")
    if opinion.given_on < requested_on:
        raise InvalidInputError(
            th=f"วันที่ให้ความเห็น {opinion.given_on} ต้องไม่ก่อนวันที่ยื่นคำขอ {requested_on}",
            en=f"the opinion's date {opinion.given_on} must not be before the request's {requested_on}",
            field="officer_opinion",
            value=opinion.given_on,
        )
    return opinion


def _result(
    key: str,
    title: Message,
    passed: bool,
    reason: Message,
    source: Source,
    status: Status,
    limit: Decimal | int | str | None = None,
    actual: Decimal | int | str | None = None,
) -> CriterionResult:
    return CriterionResult(
        key=key,
        title=title,
        passed=passed,
        reason=reason,
        source=source,
        status=status,
        limit=limit,
        actual=actual,
    )


def _purpose(request: LoanRequest, regulation: Regulation, day: date) -> CriterionResult:
    allowed = regulation.allowed_purposes.at(day)
    forbidden = regulation.forbidden_purposes.at(day)
    label = request.purpose.label
    title = Message("วัตถุประสงค์ตามระเบียบ", "purpose allowed by the regulation")
    if request.purpose in forbidden.value:
        return _result(
            "purpose",
            title,
            False,
            Message(f"ระเบียบห้ามให้ยืมเพื่อ{label.th}", f"the regulation forbids lending for {label.en}"),
            forbidden.source,
            forbidden.status,
            str(allowed.value),
            request.purpose.value,
        )
    if request.purpose not in allowed.value:
        return _result(
            "purpose",
            title,
            False,
            Message(
                f"ให้ยืมได้เฉพาะเพื่อ{allowed.value.items[0].label.th} ไม่ใช่{label.th}",
                f"money may be lent only for {allowed.value.items[0].label.en}, not {label.en}",
            ),
            allowed.source,
            allowed.status,
            str(allowed.value),
            request.purpose.value,
        )
    return _result(
        "purpose",
        title,
        True,
        Message(f"ยืมเพื่อ{label.th} ซึ่งระเบียบให้ยืมได้", f"borrowing for {label.en}, which the regulation allows"),
        allowed.source,
        allowed.status,
        str(allowed.value),
        request.purpose.value,
    )


def _within(
    key: str,
    title: Message,
    actual: Decimal | int,
    limit: Decimal | int,
    unit: Message,
    what: Message,
    source: Source,
    status: Status,
) -> CriterionResult:
    passed = actual <= limit
    verb_th, verb_en = ("ไม่เกิน", "is within") if passed else ("เกิน", "exceeds")
    return _result(
        key,
        title,
        passed,
        Message(
            f"{actual:,} {unit.th} {verb_th}{what.th} {limit:,} {unit.th}",
            f"{actual:,} {unit.en} {verb_en} {what.en} of {limit:,} {unit.en}",
        ),
        source,
        status,
        limit,
        actual,
    )


def _open_loans(loans: tuple[OpenLoan, ...], committee: CommitteeRules) -> CriterionResult:
    title = Message("หนี้ กข.คจ. อื่นที่ยังค้างอยู่", "other open กข.คจ. loans")
    rule = committee.other_open_loans
    open_now = [loan for loan in loans if loan.outstanding > 0]
    overdue = [loan for loan in open_now if loan.overdue > 0]
    source = committee.source
    if rule is OpenLoanRule.ALLOWED:
        passed = True
        reason = Message("คณะกรรมการไม่จำกัดหนี้ที่ค้างอยู่", "the committee does not limit other open loans")
    elif rule is OpenLoanRule.NONE_ALLOWED:
        passed = not open_now
        reason = (
            Message("ไม่มีหนี้ กข.คจ. อื่นค้างอยู่", "no other กข.คจ. loan is open")
            if passed
            else Message(
                f"ยังมีหนี้ค้างอยู่ {len(open_now)} สัญญา ซึ่งคณะกรรมการไม่ให้ยืมซ้ำ",
                f"{len(open_now)} other loan(s) still open, and the committee allows no new loan until repaid",
            )
        )
    else:
        passed = not overdue
        reason = (
            Message("หนี้ที่ค้างอยู่ไม่มีงวดค้างชำระ", "no instalment of the open loans is overdue")
            if passed
            else Message(
                f"มีหนี้ค้างชำระเกินกำหนด {len(overdue)} สัญญา",
                f"{len(overdue)} open loan(s) have overdue instalments",
            )
        )
    return _result(
        "other_open_loans", title, passed, reason, source, Status.CONFIRMED, rule.value, len(open_now)
    )


@in_decimal_context
def review_request(
    request: LoanRequest,
    *,
    committee: CommitteeRules,
    fund_cash: MoneyLike,
    open_loans: Iterable[OpenLoan] = (),
    as_of: DateLike | None = None,
    regulation: Regulation | None = None,
    factors: Iterable[FactorFinding] = (),
    officer_opinion: OfficerOpinion | None = None,
) -> ReviewResult:
    """Check a borrowing request against the regulation and the committee's rules.

    Criteria, in this order: ``target_household`` (income per person below the จปฐ. criterion), ``purpose``
    (the allowed purpose, none of the forbidden ones), ``ceiling`` (within the committee's ceiling per household),
    ``fund_cash`` (within the cash the fund has), ``installments`` (within the contract's rows: the standard
    contract's six, or the committee's amended contract, :func:`installment_limit`),
    ``term`` (within the committee's longest term) and ``other_open_loans`` (the committee's rule). Each is
    returned with passed or failed, its reason in Thai and English, and its source: a failed criterion is an
    outcome, not an error.

    The committee's findings on the three factors it weighs (:class:`ReviewFactor`: ability to repay,
    suitability and feasibility of the occupation, time until it earns income) are judgements the library does
    not compute: pass them as ``factors`` and each becomes a criterion, passed when favourable, with the
    committee's note as its reason. The tambon development officer's opinion (``officer_opinion``) is shown in
    the review; it does not pass or fail the request. What is not yet on file is listed by
    :attr:`ReviewResult.pending`, and :attr:`ReviewResult.ready_for_chair` is True only when everything passed
    and nothing is pending.

    Args:
        request: the request.
        committee: the village committee's decisions.
        fund_cash: the money the fund can lend now (bank balance and cash on hand), in baht.
        open_loans: the household's other กข.คจ. loans.
        as_of: the date whose rules apply (the request date by default).
        regulation: the regulation; ``None`` (the default) is the one in force on the review date.
        factors: the committee's :class:`FactorFinding` on each factor, in any order, each at most once.
        officer_opinion: the tambon development officer's :class:`OfficerOpinion`, not dated before the request.

    Raises:
        InvalidInputError: ``fund_cash`` is not a non-negative amount, an argument has the wrong type, a factor
            is given twice, or the officer's opinion is dated before the request.
        UnknownRegulationError: no rule is known for the date.

    >>> from chumchon.loans.kkkj import TRAINING_CASE as case, FactorFinding, OfficerOpinion, ReviewFactor
    >>> first = review_request(case.request, committee=case.committee, fund_cash=case.fund_cash)
    >>> first.approved, first.ready_for_chair, first.pending
    (True, False, ('ability_to_repay', 'occupation_feasibility', 'time_to_income', 'officer_opinion'))
    >>> factors = [
    ...     FactorFinding(factor=ReviewFactor.ABILITY_TO_REPAY, favourable=True, note="ขายไข่ได้เดือนละ 6,000 บาท"),
    ...     FactorFinding(factor=ReviewFactor.OCCUPATION_FEASIBILITY, favourable=True, note="เคยเลี้ยงไก่มา 3 ปี"),
    ...     FactorFinding(factor=ReviewFactor.TIME_TO_INCOME, favourable=False, note="ไก่เริ่มไข่หลัง 5 เดือน"),
    ... ]
    >>> opinion = OfficerOpinion(officer="นายสมศักดิ์ รักงาน", supports=True, given_on=date(2025, 11, 10))
    >>> final = review_request(case.request, committee=case.committee, fund_cash=case.fund_cash,
    ...                        factors=factors, officer_opinion=opinion)
    >>> final.approved, final.pending, [c.key for c in final.failed]
    (False, (), ['time_to_income'])
    """
    request = instance(request, "request", LoanRequest)
    committee = instance(committee, "committee", CommitteeRules, what_th="มติคณะกรรมการ (CommitteeRules)")
    cash = money(fund_cash, "fund_cash")
    loans = items(open_loans, "open_loans", OpenLoan, "หนี้ที่ค้างอยู่ (OpenLoan)", "OpenLoan objects")
    findings = check_factor_findings(factors)
    opinion = _check_opinion(officer_opinion, request.requested_on)
    day = optional(date_value, as_of, "as_of") or request.requested_on
    regulation = resolve_regulation(regulation, day)
    regulation.capital_per_village.at(day)  # raises for dates before the regulation's records

    target = assess_target_household(request.household, as_of=day, regulation=regulation)
    max_installments = installment_limit(day, regulation=regulation, committee=committee)
    committee_source = committee.source
    criteria = (
        _result(
            "target_household",
            Message(
                "ครัวเรือนเป้าหมาย (รายได้ต่ำกว่าเกณฑ์ จปฐ.)", "target household (income below the จปฐ. criterion)"
            ),
            target.is_target,
            target.reason,
            target.source,
            target.status,
            target.criterion,
            target.income_per_person,
        ),
        _purpose(request, regulation, day),
        _within(
            "ceiling",
            Message("วงเงินไม่เกินที่คณะกรรมการกำหนด", "amount within the committee's ceiling"),
            request.amount,
            committee.ceiling_per_household,
            Message("บาท", "baht"),
            Message("วงเงินสูงสุดต่อครัวเรือน", "the ceiling per household"),
            committee_source,
            Status.CONFIRMED,
        ),
        _within(
            "fund_cash",
            Message("กองทุนมีเงินพอให้ยืม", "the fund has the cash"),
            request.amount,
            cash,
            Message("บาท", "baht"),
            Message("เงินที่กองทุนมีให้ยืม", "the cash the fund can lend"),
            FUND_BOOKS_SOURCE,
            Status.CONFIRMED,
        ),
        _within(
            "installments",
            Message("จำนวนงวดไม่เกินที่สัญญากำหนด", "instalments within the contract's limit"),
            request.installments,
            max_installments.value,
            Message("งวด", "instalments"),
            Message("จำนวนงวดสูงสุดตามสัญญา", "the contract's limit"),
            max_installments.source,
            max_installments.status,
        ),
        _within(
            "term",
            Message("ระยะเวลายืมไม่เกินที่คณะกรรมการกำหนด", "term within the committee's longest term"),
            request.term_months,
            committee.longest_term_months,
            Message("เดือน", "months"),
            Message("ระยะเวลายืมนานที่สุด", "the longest term"),
            committee_source,
            Status.CONFIRMED,
        ),
        _open_loans(loans, committee),
        *_factor_criteria(findings),
    )
    provisional = tuple(sorted({c.key for c in criteria if c.status is Status.PROVISIONAL}))
    return ReviewResult(
        request=request,
        as_of=day,
        criteria=criteria,
        provisional=provisional,
        factors=findings,
        officer_opinion=opinion,
    )
