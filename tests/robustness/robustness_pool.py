"""Real objects of every kind, built from the library's own training data, for the robustness tests.

Kept in one place so that the bad-input table, the no-global-state tests and the scale tests all start from the
same valid baselines. Everything here is a pure function of constants: calling it twice gives equal objects.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon import assessment, loans, savings
from chumchon.assessment import fhc, kkkj_health, ssg
from chumchon.loans import kkkj
from chumchon.savings.examples import training_group

AS_OF = date(2026, 9, 30)


@dataclass(frozen=True)
class Pool:
    """The valid objects the tests start from."""

    terms: loans.LoanTerms
    schedule: loans.Schedule
    payments: tuple[loans.Payment, ...]
    status: loans.LoanStatus
    rate_assessment: loans.InterestRateAssessment
    usurious: loans.InterestRateAssessment
    par: loans.PortfolioAtRisk
    group: savings.GroupYear
    bylaws: savings.Bylaws
    close: savings.AnnualClose
    deposit: savings.DepositInterest
    limit: savings.LoanLimit
    exit: savings.ExitSettlement
    loan_year: savings.LoanYear
    bylaws_check: savings.BylawsCheck
    loan_cost: savings.LoanCost
    kkkj_schedule: loans.Schedule
    kkkj_status: loans.LoanStatus
    review: kkkj.ReviewResult
    target: kkkj.TargetHouseholdCheck
    book: kkkj.VillageBook
    report: kkkj.VillageReport
    province: kkkj.AreaSummary
    group_facts: assessment.GroupFacts
    kkkj_facts: assessment.KkkjFacts
    ssg_assessment: assessment.Assessment
    fhc_assessment: assessment.Assessment
    kkkj_assessment: assessment.Assessment
    comparison: assessment.RoundComparison
    plan: assessment.ImprovementPlan
    close_batch: savings.CloseBatch
    report_batch: kkkj.ReportBatch
    compact_book: kkkj.CompactBook
    assessment_batch: assessment.AssessmentBatch
    rescheduling: loans.Rescheduling
    grace: kkkj.GraceStanding
    database_report: kkkj.VillageDatabaseReport
    database_summary: kkkj.DatabaseSummary


@functools.cache
def pool() -> Pool:
    """Build (once per process) one valid object of each kind."""
    case = kkkj.TRAINING_CASE
    t = training_group()
    terms = loans.LoanTerms(
        principal=Decimal("20000"),
        annual_rate=Decimal("0.12"),
        installments=12,
        disbursed_on=date(2025, 1, 15),
    )
    schedule = loans.build_schedule(terms)
    payments = (
        loans.Payment(date(2025, 2, 15), Decimal("1776.98")),
        loans.Payment(date(2025, 4, 20), Decimal("1000")),
    )
    status = loans.apply_payments(schedule, payments, date(2025, 6, 30))
    close = t.close()
    product = t.bylaws.loan_products[0]
    book = kkkj.VillageBook(
        village=case.village,
        accounts=case.accounts,
        bank_balance=case.bank_balance,
        cash_elsewhere=case.cash_elsewhere,
    )
    report = next(kkkj.build_village_reports([book], as_of=case.report_date))
    province = kkkj.summarise_province([report], province="ตัวอย่าง")
    group_facts = assessment.GroupFacts.from_results(
        close=close,
        loans=[status],
        written_bylaws=True,
        committee_elected=True,
        general_meeting_held=True,
        books_up_to_date=True,
        statement_presented=True,
        meetings=12,
        attendances=120,
        total_assets=Decimal("150000"),
    )
    kkkj_facts = assessment.KkkjFacts.from_results(report=report, committee_members=8)
    before = assessment.assess(ssg.RUBRIC, group_facts)
    after = assessment.assess(ssg.RUBRIC, attrs.evolve(group_facts, meetings=6))
    return Pool(
        terms=terms,
        schedule=schedule,
        payments=payments,
        status=status,
        rate_assessment=loans.assess_interest_rate(terms, date(2025, 1, 15)),
        usurious=loans.assess_interest_rate(
            attrs.evolve(terms, annual_rate=Decimal("0.36")), date(2025, 1, 15)
        ),
        par=loans.portfolio_at_risk([status], days=30),
        group=t.year,
        bylaws=t.bylaws,
        close=close,
        deposit=savings.calculate_deposit_interest(
            t.bylaws.deposit_products[0],
            opening_balance=Decimal("10000"),
            start=date(2024, 10, 1),
            end=date(2025, 9, 30),
            transactions=[(date(2025, 1, 10), Decimal("2000"))],
        ),
        limit=savings.loan_limit(
            product, savings=Decimal("10000"), group_cash=Decimal("40000"), requested=20000
        ),
        exit=savings.settle_exit(
            "M01",
            savings=Decimal("30000"),
            leaver_dividend=savings.LeaverDividend.EARNED,
            loans_outstanding=5000,
        ),
        loan_year=savings.loan_years(
            {"M01": loans.apply_payments(schedule, payments, date(2025, 9, 30))},
            fiscal_year_start=date(2024, 10, 1),
        )["M01"],
        bylaws_check=savings.check_bylaws(t.bylaws, date(2025, 9, 30)),
        loan_cost=savings.loan_cost(product, date(2025, 9, 30)),
        kkkj_schedule=case.schedule,
        kkkj_status=kkkj.loan_status(
            case.schedule, case.payments, as_of=case.late_check_date, committee=case.committee
        ),
        review=kkkj.review_request(case.request, committee=case.committee, fund_cash=case.fund_cash),
        target=kkkj.assess_target_household(case.household, as_of=case.request.requested_on),
        book=book,
        report=report,
        province=province,
        group_facts=group_facts,
        kkkj_facts=kkkj_facts,
        ssg_assessment=before,
        fhc_assessment=assessment.assess(fhc.RUBRIC, group_facts),
        kkkj_assessment=assessment.assess(kkkj_health.RUBRIC, kkkj_facts),
        comparison=assessment.compare(before, after),
        plan=before.improvement_plan(),
        close_batch=savings.annual_close_many([(t.year, t.bylaws)], compact=True),
        report_batch=kkkj.village_reports([book], as_of=case.report_date, compact=True),
        compact_book=kkkj.CompactBook.from_book(case.book),
        assessment_batch=assessment.assess_many(ssg.RUBRIC, [group_facts], compact=True),
        rescheduling=loans.build_rescheduling(status, date(2025, 6, 30), capitalize_arrears=True),
        grace=case.accounts[1].grace_standing(case.report_date, kkkj.GraceRule(days_allowed=30)),
        database_report=kkkj.DATABASE_TRAINING_BOOKS[0].report(AS_OF),
        database_summary=kkkj.summarise_database_province(
            kkkj.database_reports(kkkj.DATABASE_TRAINING_BOOKS, as_of=AS_OF), province="ตัวอย่าง"
        ),
    )


def instances() -> dict[type, Any]:
    """The first instance of every attrs class reachable from the pool (walking fields and tuples)."""
    found: dict[type, Any] = {}
    seen: set[int] = set()
    stack: list[Any] = [getattr(pool(), f) for f in Pool.__dataclass_fields__]
    stack += [pool().close.to_table(), kkkj.TRAINING_CASE]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if hasattr(obj, "_fields"):  # NamedTuple
            found.setdefault(type(obj), obj)
            stack.extend(obj)
        elif isinstance(obj, (tuple, list, frozenset, set)):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif attrs.has(type(obj)):
            found.setdefault(type(obj), obj)
            stack.extend(getattr(obj, f.name) for f in attrs.fields(type(obj)))
    return found


# --- batch helpers for process pools (module level, so that workers can unpickle them by name) ----------------


def province_books(villages: int = 6) -> list[kkkj.VillageBook]:
    """Small invented province: copies of the training village in two districts, with different balances."""
    case = kkkj.TRAINING_CASE
    books = []
    for k in range(villages):
        village = attrs.evolve(
            case.village,
            village_id=f"TRAIN-{k:02d}",
            name=f"บ้านตัวอย่าง {k}",
            district="เมือง" if k % 2 else "โนนสวรรค์",
        )
        books.append(
            kkkj.VillageBook(
                village=village,
                accounts=case.accounts[: 1 + k % len(case.accounts)],
                bank_balance=case.bank_balance + 1000 * k,
                cash_elsewhere=case.cash_elsewhere + k,
            )
        )
    return books


def reports_of(books: list[kkkj.VillageBook], as_of: date) -> list[kkkj.VillageReport]:
    """The village reports of a chunk of books, as a list (a generator cannot leave a worker process)."""
    return list(kkkj.build_village_reports(books, as_of=as_of))


def province_groups(groups: int = 4) -> list[tuple[savings.GroupYear, savings.Bylaws]]:
    """Copies of the training savings group, each with a different bank interest and name."""
    t = training_group()
    return [
        (attrs.evolve(t.year, name=f"กลุ่ม {k}", bank_interest=Decimal("100.25") * k), t.bylaws)
        for k in range(groups)
    ]
