"""กข.คจ. results whose fields do not tell one story cannot be built (issue 14): a review whose criteria do not
follow from its request, factors and rules, a target-household verdict against its figures, a district or
provincial summary whose total is not the sum of its units, and a batch whose village rows do not follow from
their account rows. Real results still rebuild equal, through ``attrs.evolve`` and through their documents."""

from __future__ import annotations

import functools
import json
import operator
import pickle
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    TRAINING_CASE,
    AccountFigures,
    AreaLevel,
    AreaSummary,
    FactorFinding,
    FundFigures,
    FundPosition,
    Household,
    OfficerOpinion,
    ReportBatch,
    ReviewFactor,
    ReviewResult,
    TargetHouseholdCheck,
    Village,
    VillageBook,
    assess_target_household,
    review_request,
    summarise,
    summarise_province,
    village_reports,
)
from chumchon.rules import Status

CASE = TRAINING_CASE
DAY = date(2026, 9, 30)
CENT = Decimal("0.01")


def refused(build: Callable[[], object], field: str, fragment: str) -> InvalidInputError:
    """``build()`` raises InvalidInputError on ``field`` with ``fragment`` in its English text."""
    with pytest.raises(InvalidInputError, match=fragment) as error:
        build()
    assert error.value.field == field
    return error.value


def rebuilds_equal(result: Any) -> None:
    assert attrs.evolve(result) == result
    document = json.loads(json.dumps(result.to_mapping()))
    assert type(result).from_mapping(document) == result


# --- the review ------------------------------------------------------------------------------------------------
FINDINGS = (
    FactorFinding(factor=ReviewFactor.ABILITY_TO_REPAY, favourable=True, note="ขายไข่ได้เดือนละ 6,000 บาท"),
    FactorFinding(factor=ReviewFactor.OCCUPATION_FEASIBILITY, favourable=True, note="เคยเลี้ยงไก่มา 3 ปี"),
    FactorFinding(factor=ReviewFactor.TIME_TO_INCOME, favourable=False, note="ไก่เริ่มไข่หลัง 5 เดือน"),
)
OPINION = OfficerOpinion(officer="นายสมศักดิ์ รักงาน", supports=True, given_on=date(2025, 11, 10))


@pytest.fixture(scope="module")
def review() -> ReviewResult:
    # the training case with the committee's three findings and the officer's opinion (the review's doctest)
    return review_request(
        CASE.request,
        committee=CASE.committee,
        fund_cash=CASE.fund_cash,
        factors=FINDINGS,
        officer_opinion=OPINION,
    )


def with_criterion(review: ReviewResult, key: str, **changes: Any) -> tuple[Any, ...]:
    """The review's criteria with the criterion ``key`` changed."""
    return tuple(attrs.evolve(c, **changes) if c.key == key else c for c in review.criteria)


def test_real_reviews_rebuild_equal(review: ReviewResult) -> None:
    rebuilds_equal(review)
    rebuilds_equal(review_request(CASE.request, committee=CASE.committee, fund_cash=CASE.fund_cash))
    partial = review_request(
        CASE.request, committee=CASE.committee, fund_cash=CASE.fund_cash, factors=FINDINGS[1:2]
    )
    rebuilds_equal(partial)
    assert partial.pending == ("ability_to_repay", "time_to_income", "officer_opinion")


def test_a_criterion_given_twice_is_refused(review: ReviewResult) -> None:
    refused(
        lambda: attrs.evolve(review, criteria=(*review.criteria, review.criteria[0])),
        "criteria",
        "the criterion 'target_household' appears twice",
    )


def test_the_criteria_are_the_reviews_then_one_per_recorded_factor(review: ReviewResult) -> None:
    error = refused(
        lambda: attrs.evolve(review, criteria=review.criteria[:-1]), "criteria", "the criteria must be"
    )
    assert "time_to_income" in error.en
    refused(
        lambda: attrs.evolve(review, factors=review.factors[:2]),
        "criteria",
        "then one per factor the committee recorded",
    )
    refused(
        lambda: ReviewResult(request=CASE.request, as_of=DAY, criteria=(), provisional=()),
        "criteria",
        "the criteria must be target_household, purpose",
    )


def test_factors_out_of_order_or_twice_are_refused(review: ReviewResult) -> None:
    for factors in (review.factors[::-1], (*review.factors, review.factors[0])):
        refused(
            lambda factors=factors: attrs.evolve(review, factors=factors),
            "factors",
            "each factor is recorded once, in the order of ReviewFactor",
        )


def test_a_factor_criterion_follows_the_committees_finding(review: ReviewResult) -> None:
    flipped = with_criterion(review, "time_to_income", passed=True)
    refused(
        lambda: attrs.evolve(review, criteria=flipped),
        "criteria",
        "must pass exactly when the committee's finding is favourable",
    )
    favourable = tuple(attrs.evolve(f, favourable=True) for f in review.factors)
    refused(lambda: attrs.evolve(review, factors=favourable), "criteria", "finding is favourable")
    other_note = with_criterion(review, "ability_to_repay", reason=review.criterion("purpose").reason)
    refused(
        lambda: attrs.evolve(review, criteria=other_note),
        "criteria",
        "must give the committee's note as its reason",
    )
    other_source = with_criterion(review, "ability_to_repay", source=review.criterion("fund_cash").source)
    refused(lambda: attrs.evolve(review, criteria=other_source), "criteria", "cite the district pages")


def test_the_committees_criteria_cite_one_decision_and_fund_cash_the_books(review: ReviewResult) -> None:
    books = review.criterion("fund_cash").source
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "term", source=books)),
        "criteria",
        "must cite its one decision, confirmed",
    )
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "ceiling", status=Status.PROVISIONAL)),
        "criteria",
        "must cite its one decision, confirmed",
    )
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "fund_cash", status=Status.SECONDARY)),
        "criteria",
        "must cite the fund's books, confirmed",
    )


def test_each_criterions_figure_is_the_requests(review: ReviewResult) -> None:
    more = attrs.evolve(review.request, amount=review.request.amount + 1000)
    refused(
        lambda: attrs.evolve(review, request=more),
        "criteria",
        "the criterion ceiling's actual value must be the request's",
    )
    richer = attrs.evolve(review.request.household, annual_income=Decimal("200000"))
    refused(
        lambda: attrs.evolve(review, request=attrs.evolve(review.request, household=richer)),
        "criteria",
        "the criterion target_household's actual value",
    )
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "term", actual=12)),
        "criteria",
        "the criterion term's actual value must be the request's",
    )


def test_each_verdict_follows_from_its_figure_and_limit(review: ReviewResult) -> None:
    amount = review.request.amount
    lower = with_criterion(review, "ceiling", limit=amount - 1)
    refused(
        lambda: attrs.evolve(review, criteria=lower),
        "criteria",
        "the criterion ceiling passes exactly when its actual value is within its limit",
    )
    assert (
        attrs.evolve(review, criteria=with_criterion(review, "ceiling", limit=amount, passed=True))
        .criterion("ceiling")
        .passed
    )  # at the ceiling is within it
    income = review.criterion("target_household").actual
    at_criterion = with_criterion(review, "target_household", limit=income)
    refused(
        lambda: attrs.evolve(review, criteria=at_criterion),
        "criteria",
        "the criterion target_household passes exactly when its actual value is below its limit",
    )
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "installments", limit="six")),
        "criteria",
        "must have a numeric limit",
    )


def test_the_open_loans_verdict_follows_from_the_rule(review: ReviewResult) -> None:
    assert review.criterion("other_open_loans").actual == 0
    refused(
        lambda: attrs.evolve(review, criteria=with_criterion(review, "other_open_loans", passed=False)),
        "criteria",
        "must follow from the committee's rule and the open loans",
    )
    for limit, actual, passed in (("allowed", 2, False), ("none_allowed", 1, True), ("sometimes", 0, True)):
        changed = with_criterion(review, "other_open_loans", limit=limit, actual=actual, passed=passed)
        refused(
            lambda changed=changed: attrs.evolve(review, criteria=changed),
            "criteria",
            "the committee's rule",
        )
    # allowed if current: open loans may pass or fail (the overdue ones are not in the result)
    for passed in (True, False):
        changed = with_criterion(review, "other_open_loans", actual=2, passed=passed)
        assert attrs.evolve(review, criteria=changed).criterion("other_open_loans").actual == 2


def test_provisional_values_are_the_provisional_criteria(review: ReviewResult) -> None:
    assert review.provisional == ("target_household",)
    refused(lambda: attrs.evolve(review, provisional=()), "provisional", "criteria of provisional status")
    refused(
        lambda: attrs.evolve(review, provisional=("target_household", "x")),
        "provisional",
        "criteria of provisional status",
    )


def test_an_opinion_before_the_request_is_refused(review: ReviewResult) -> None:
    early = attrs.evolve(OPINION, given_on=review.request.requested_on - timedelta(days=1))
    refused(
        lambda: attrs.evolve(review, officer_opinion=early),
        "officer_opinion",
        "must not be before the request's",
    )


# --- the target-household check -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def target() -> TargetHouseholdCheck:
    household = Household(household_id="H-07", members=4, annual_income=120000)
    return assess_target_household(household, as_of=date(2026, 11, 21))


def test_real_target_checks_rebuild_equal(target: TargetHouseholdCheck) -> None:
    rebuilds_equal(target)
    rich = Household(household_id="H-08", members=1, annual_income=500000)
    not_target = assess_target_household(rich, as_of=date(2026, 11, 21))
    assert not not_target.is_target
    rebuilds_equal(not_target)


def test_the_verdict_follows_from_income_against_the_criterion(target: TargetHouseholdCheck) -> None:
    assert target.is_target
    refused(lambda: attrs.evolve(target, is_target=False), "is_target", "the verdict must follow")
    # exactly at the criterion passes the income indicator: not a target household
    refused(lambda: attrs.evolve(target, income_per_person=target.criterion), "is_target", "below it")
    refused(
        lambda: TargetHouseholdCheck(
            household_id="H-09",
            as_of=target.as_of,
            income_per_person=target.criterion + 1,
            criterion=target.criterion,
            jpt_round=target.jpt_round,
            is_target=True,
            reason=target.reason,
            source=target.source,
            status=target.status,
            provisional=target.provisional,
        ),
        "is_target",
        "the verdict must follow from income per person",
    )


def test_the_round_and_the_provisional_names_agree(target: TargetHouseholdCheck) -> None:
    first, last = target.jpt_round
    refused(
        lambda: attrs.evolve(target, jpt_round=(last + 1, first)), "jpt_round", "must not be after its last"
    )
    other = Status.CONFIRMED if target.status is Status.PROVISIONAL else Status.PROVISIONAL
    refused(
        lambda: attrs.evolve(target, status=other),
        "provisional",
        "must name income_criterion exactly when the criterion is provisional",
    )


# --- district and provincial summaries ----------------------------------------------------------------------
def _accounts(village: int, count: int) -> list[AccountFigures]:
    return [
        AccountFigures(
            loan_id=f"L{k}",
            household_id=f"H{k % 3}",
            outstanding=Decimal(1000 * (k + village)),
            repaid_this_year=Decimal("250.50") * k,
            overdue=Decimal(100 * k),
        )
        for k in range(count)
    ]


def _books() -> list[VillageBook]:
    books = []
    for i, district in enumerate(("เมือง", "เมือง", "วารินชำราบ", "เมือง", "พิบูลมังสาหาร")):
        village = Village(
            village_id=f"3401{i:04d}",
            name=f"บ้าน{i}",
            households=100 + i,
            target_households=20 + i,
            district=district,
        )
        books.append(
            VillageBook(
                village=village,
                accounts=_accounts(i, i + 1),
                bank_balance=Decimal(150000 + 25000 * i),
                cash_elsewhere=Decimal("500.25") * i,
            )
        )
    return books


@pytest.fixture(scope="module")
def reports() -> list[Any]:
    return village_reports(_books(), as_of=DAY)


@pytest.fixture(scope="module")
def district(reports: list[Any]) -> AreaSummary:
    return summarise(reports, name="เมือง")


@pytest.fixture(scope="module")
def province(reports: list[Any]) -> AreaSummary:
    return summarise_province(reports, province="อุบลราชธานี")


def _sum(figures: list[FundFigures]) -> FundFigures:
    return functools.reduce(operator.add, figures, FundFigures.zero())


def test_real_summaries_rebuild_equal(district: AreaSummary, province: AreaSummary) -> None:
    rebuilds_equal(district)
    rebuilds_equal(province)
    assert pickle.loads(pickle.dumps(province)) == province
    assert province.total == district.total
    assert [label for label, _ in province.units] == ["อำเภอเมือง", "อำเภอวารินชำราบ", "อำเภอพิบูลมังสาหาร"]


def test_a_total_that_is_not_the_sum_of_the_units_is_refused(district: AreaSummary) -> None:
    total = attrs.evolve(district.total, overdue=district.total.overdue + CENT)
    refused(
        lambda: attrs.evolve(district, total=total),
        "total",
        "the total overdue must be the sum of the units' figures",
    )
    refused(lambda: attrs.evolve(district, units=district.units[1:]), "total", "must be the sum of the units")
    label, figures = district.units[0]
    changed = (label, attrs.evolve(figures, shortfall=figures.shortfall + CENT))
    refused(
        lambda: attrs.evolve(district, units=(changed, *district.units[1:])),
        "total",
        "the total shortfall must be the sum",
    )


def test_a_total_fund_off_its_parts_is_refused(district: AreaSummary) -> None:
    # every total the sum of its units, but one unit's total fund is not its loans, bank and cash
    label, figures = district.units[0]
    units = ((label, attrs.evolve(figures, total_fund=figures.total_fund + 1)), *district.units[1:])
    total = _sum([f for _, f in units])
    refused(
        lambda: attrs.evolve(district, units=units, total=total),
        "total",
        "the total fund must be the outstanding loans, bank balance and cash elsewhere together",
    )


def test_a_unit_twice_is_refused(district: AreaSummary, reports: list[Any]) -> None:
    units = (*district.units, district.units[0])
    refused(
        lambda: attrs.evolve(district, units=units, total=_sum([f for _, f in units])),
        "units",
        "the unit 'บ้าน0 \\(34010000\\)' appears twice",
    )
    # the same village twice in a district would count it twice
    refused(lambda: summarise([reports[0], reports[0]], name="เมือง"), "units", "appears twice")
    refused(
        lambda: AreaSummary(
            level=AreaLevel.DISTRICT,
            name="เมือง",
            as_of=DAY,
            fiscal_year=district.fiscal_year,
            units=(),
            total=FundFigures.zero(),
        ),
        "units",
        "at least one unit",
    )


def test_the_units_are_of_the_level_below(
    district: AreaSummary, province: AreaSummary, reports: list[Any]
) -> None:
    refused(
        lambda: attrs.evolve(district, level=AreaLevel.PROVINCE),
        "units",
        "the units of a province summary must be districts",
    )
    assert province.units[0][1].villages > 1
    refused(
        lambda: attrs.evolve(province, level=AreaLevel.DISTRICT),
        "units",
        "the units of a district summary must be villages, one village each",
    )
    refused(
        lambda: summarise(reports, name="อุบลราชธานี", level=AreaLevel.PROVINCE),
        "items[0]",
        "adds up district summaries",
    )
    refused(
        lambda: summarise([province], name="เมือง", level="district"),
        "items[0]",
        "adds up village reports",
    )
    refused(
        lambda: summarise([province], name="ประเทศ", level="province"),
        "items[0]",
        "adds up district summaries",
    )


def test_a_summary_of_another_fiscal_year_is_refused(district: AreaSummary) -> None:
    refused(
        lambda: attrs.evolve(district, fiscal_year=district.fiscal_year + 1),
        "fiscal_year",
        "that of the figures' date",
    )


# --- the fund position ----------------------------------------------------------------------------------------
def test_a_fund_positions_totals_are_its_lines_by_construction(reports: list[Any]) -> None:
    # FundPosition keeps only its lines; total fund, shortfall and surplus are computed from them, so they
    # cannot disagree, and a document that states a total is refused rather than read.
    position = reports[0].position
    rebuilds_equal(position)
    assert position.total_fund == position.outstanding_loans + position.bank_balance + position.cash_elsewhere
    assert position.total_fund + position.shortfall - position.surplus == position.allocation
    document = position.to_mapping()
    assert "total_fund" not in document and "shortfall" not in document
    with pytest.raises(InvalidInputError, match="unknown field total_fund"):
        FundPosition.from_mapping({**document, "total_fund": "1.00"})


# --- the batch of village reports ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def batch() -> ReportBatch:
    return village_reports(_books(), as_of=DAY, compact=True)


def replaced(columns: Columns, key: str, change: Callable[[tuple[Any, ...]], tuple[Any, ...]]) -> Columns:
    """``columns`` with the column ``key`` replaced by ``change(column)``."""
    at = columns.keys.index(key)
    return attrs.evolve(columns, data=(*columns.data[:at], change(columns.data[at]), *columns.data[at + 1 :]))


def first_plus(amount: Any) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    return lambda values: (values[0] + amount, *values[1:])


def test_real_batches_rebuild_equal(batch: ReportBatch, province: AreaSummary) -> None:
    rebuilds_equal(batch)
    assert pickle.loads(pickle.dumps(batch)) == batch
    assert batch.summarise_province(province="อุบลราชธานี") == province
    joined = ReportBatch.concat([batch, batch])  # account rows renumbered to the whole
    assert len(joined) == 2 * len(batch) and joined.accounts.column("village")[-1] == 2 * len(batch) - 1
    # the same villages twice make a batch, but not a province: each village counts once
    refused(lambda: joined.summarise_province(province="อุบลราชธานี"), "units", "appears twice")


@pytest.mark.parametrize(
    ("key", "change", "fragment"),
    [
        (
            "outstanding_loans",
            first_plus(CENT),
            "village's outstanding_loans must follow from its account rows",
        ),
        ("repaid_this_year", first_plus(CENT), "village's repaid_this_year"),
        ("overdue", first_plus(CENT), "village's overdue"),
        ("households_with_loans", first_plus(1), "village's households_with_loans"),
        ("villages", first_plus(1), "village's villages"),
        (
            "total_fund",
            first_plus(CENT),
            "village's total_fund must follow from its account rows, the fund identity",
        ),
        ("shortfall", first_plus(CENT), "village's shortfall"),
        ("fiscal_year", first_plus(1), "village's fiscal_year"),
    ],
)
def test_a_village_row_off_its_accounts_or_the_fund_identity_is_refused(
    batch: ReportBatch, key: str, change: Callable[[tuple[Any, ...]], tuple[Any, ...]], fragment: str
) -> None:
    error = refused(
        lambda: attrs.evolve(batch, villages=replaced(batch.villages, key, change)), "villages", fragment
    )
    assert error.value == batch.villages.column("village_id")[0]


def test_account_rows_off_their_villages_are_refused(batch: ReportBatch) -> None:
    accounts = batch.accounts
    dropped = Columns(accounts.columns, tuple(values[:-1] for values in accounts.data), accounts.title)
    error = refused(
        lambda: attrs.evolve(batch, accounts=dropped), "villages", "outstanding_loans must follow"
    )
    assert error.value == batch.villages.column("village_id")[-1]
    moved = replaced(accounts, "village", lambda rows: (*rows[:-1], rows[-1] + 1))
    refused(lambda: attrs.evolve(batch, accounts=moved), "accounts", "name villages 0 to 4")
    unordered = replaced(accounts, "village", lambda rows: rows[::-1])
    refused(lambda: attrs.evolve(batch, accounts=unordered), "accounts", "must come village by village")
    negative = replaced(accounts, "village", lambda rows: (-1, *rows[1:]))
    refused(lambda: attrs.evolve(batch, accounts=negative), "accounts", "cannot be negative")
    text = replaced(accounts, "village", lambda rows: ("0", *rows[1:]))
    refused(lambda: attrs.evolve(batch, accounts=text), "accounts", "must come village by village")
    last = accounts.column("loan_id")
    twice = replaced(accounts, "loan_id", lambda ids: (*ids[:-1], ids[-2]))
    assert last[-1] != last[-2]
    refused(lambda: attrs.evolve(batch, accounts=twice), "accounts", "a loan id appears twice in one village")
    words = replaced(accounts, "outstanding", lambda amounts: ("ten", *amounts[1:]))
    refused(lambda: attrs.evolve(batch, accounts=words), "accounts", "the amounts must be numbers")


def test_a_batch_with_other_columns_is_refused(batch: ReportBatch) -> None:
    refused(lambda: ReportBatch(batch.accounts, batch.accounts), "villages", "must be VILLAGE_COLUMNS")
    refused(lambda: ReportBatch(batch.villages, batch.villages), "accounts", "must be ACCOUNT_COLUMNS")
    dates = replaced(batch.villages, "as_of", lambda days: ("2026-09-30", *days[1:]))
    refused(lambda: attrs.evolve(batch, villages=dates), "villages", "the report dates must be dates")
    words = replaced(batch.villages, "bank_balance", lambda amounts: ("ten", *amounts[1:]))
    refused(lambda: attrs.evolve(batch, villages=words), "villages", "the amounts must be numbers")
