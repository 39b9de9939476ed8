"""Target households and the review of a borrowing request, one named case per criterion."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj import (
    B_E_2553,
    CommitteeRules,
    Household,
    LoanRequest,
    OpenLoan,
    OpenLoanRule,
    Purpose,
    assess_target_household,
    is_target_household,
    review_request,
)
from chumchon.rules import Status

DAY = date(2026, 11, 21)
POOR = Household(household_id="H-01", members=4, annual_income=120000)  # 30,000 per person < 38,000
COMMITTEE = CommitteeRules(
    ceiling_per_household=20000,
    longest_term_months=24,
    late_fee=None,
    other_open_loans=OpenLoanRule.NONE_ALLOWED,
)


def request(**changes: object) -> LoanRequest:
    base: dict[str, object] = {
        "household": POOR,
        "amount": 15000,
        "purpose": Purpose.OCCUPATION,
        "project": "เลี้ยงไก่ไข่ 50 ตัว",
        "installments": 3,
        "term_months": 18,
        "requested_on": DAY,
    }
    return LoanRequest(**{**base, **changes})  # type: ignore[arg-type]


def review(req: LoanRequest | None = None, **kwargs: object) -> object:
    options: dict[str, object] = {"committee": COMMITTEE, "fund_cash": 100000}
    options.update(kwargs)
    return review_request(req or request(), **options)  # type: ignore[arg-type]


# --- target households ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "income", "day", "expected"),
    [
        (4, 151999, DAY, True),  # 37,999.75 per person: below 38,000
        (4, 152000, DAY, False),  # exactly 38,000: passes the จปฐ. indicator, not a target
        (1, 37999.99, DAY, True),
        (3, 0, DAY, True),
        (2, 50000, date(2016, 6, 1), True),  # 25,000 < 30,000 (round 2555–2559)
        (2, 50000, date(2011, 6, 1), False),  # 25,000 ≥ 23,000 (round 2550–2554)
    ],
)
def test_target_household_boundary(members: int, income: object, day: date, expected: bool) -> None:
    household = Household(household_id="H", members=members, annual_income=income)
    check = assess_target_household(household, as_of=day)
    assert check.is_target is expected
    assert is_target_household(household, as_of=day) is expected
    assert check.provisional == ("income_criterion",)
    assert check.status is Status.PROVISIONAL
    assert ("ไม่ต่ำกว่า" not in check.reason.th) is expected


def test_income_per_person_is_exact() -> None:
    household = Household(household_id="H", members=3, annual_income=100000)
    assert household.income_per_person * 3 == pytest.approx(Decimal(100000))
    assert "33,333.33" in assess_target_household(household, as_of=DAY).reason.th


@pytest.mark.parametrize(
    "changes",
    [
        {"members": 0},
        {"members": True},
        {"annual_income": -1},
        {"annual_income": "nan"},
        {"household_id": ""},
    ],
)
def test_bad_household_raises(changes: dict[str, object]) -> None:
    base: dict[str, object] = {"household_id": "H", "members": 2, "annual_income": 1000}
    with pytest.raises(InvalidInputError):
        Household(**{**base, **changes})  # type: ignore[arg-type]


# --- the review, criterion by criterion -------------------------------------------------------------------------


def test_a_good_request_passes_every_criterion() -> None:
    result = review()
    assert [c.key for c in result.criteria] == [  # type: ignore[attr-defined]
        "target_household",
        "purpose",
        "ceiling",
        "fund_cash",
        "installments",
        "term",
        "other_open_loans",
    ]
    assert result.approved  # type: ignore[attr-defined]
    assert result.failed == ()  # type: ignore[attr-defined]
    assert result.provisional == ("target_household",)  # type: ignore[attr-defined]
    assert "7/7 passed" in repr(result)


def test_household_not_below_the_criterion_fails_target_household() -> None:
    rich = Household(household_id="H-02", members=2, annual_income=90000)  # 45,000 per person
    result = review(request(household=rich))
    failed = [c.key for c in result.failed]  # type: ignore[attr-defined]
    assert failed == ["target_household"]
    item = result.criterion("target_household")  # type: ignore[attr-defined]
    assert item.status is Status.PROVISIONAL
    assert item.limit == Decimal(38000)
    assert "not below" in item.reason.en


@pytest.mark.parametrize(
    ("purpose", "th_word"),
    [
        (Purpose.PAY_OLD_DEBT, "ชำระหนี้เดิม"),
        (Purpose.HOUSE, "ซ่อมแซมบ้าน"),
        (Purpose.CONSUMPTION, "อุปโภคบริโภค"),
        (Purpose.OTHER, "วัตถุประสงค์อื่น"),
    ],
)
def test_forbidden_or_other_purpose_fails(purpose: Purpose, th_word: str) -> None:
    result = review(request(purpose=purpose))
    assert [c.key for c in result.failed] == ["purpose"]  # type: ignore[attr-defined]
    item = result.criterion("purpose")  # type: ignore[attr-defined]
    assert th_word in item.reason.th
    assert item.status is Status.CONFIRMED
    assert item.source.title_th.startswith("ระเบียบกระทรวงมหาดไทย")


def test_amount_over_the_committee_ceiling_fails() -> None:
    at_limit = review(request(amount=20000))
    assert at_limit.criterion("ceiling").passed  # type: ignore[attr-defined]
    result = review(request(amount="20000.01"))
    assert [c.key for c in result.failed] == ["ceiling"]  # type: ignore[attr-defined]
    assert "exceeds" in result.criterion("ceiling").reason.en  # type: ignore[attr-defined]


def test_amount_over_the_fund_cash_fails() -> None:
    result = review(fund_cash=14999)
    assert [c.key for c in result.failed] == ["fund_cash"]  # type: ignore[attr-defined]
    assert review(fund_cash=15000).approved  # type: ignore[attr-defined]


def test_more_instalments_than_the_contract_allows_fails() -> None:
    assert review(request(installments=6)).approved  # type: ignore[attr-defined]
    result = review(request(installments=7))
    assert [c.key for c in result.failed] == ["installments"]  # type: ignore[attr-defined]
    assert result.criterion("installments").status is Status.SECONDARY  # type: ignore[attr-defined]
    # a district that confirmed another limit overrides it
    eight = B_E_2553.override("max_installments", 8, effective_from=date(2026, 1, 1))
    assert review(request(installments=7), regulation=eight).approved  # type: ignore[attr-defined]


def test_term_longer_than_the_committee_allows_fails() -> None:
    assert review(request(term_months=24)).approved  # type: ignore[attr-defined]
    result = review(request(term_months=25))
    assert [c.key for c in result.failed] == ["term"]  # type: ignore[attr-defined]


def test_other_open_loans_follow_the_committees_rule() -> None:
    current = OpenLoan(loan_id="L-1", outstanding=5000, overdue=0)
    late = OpenLoan(loan_id="L-2", outstanding=5000, overdue=1000)
    repaid = OpenLoan(loan_id="L-0", outstanding=0, overdue=0)
    assert review(open_loans=[repaid]).approved  # type: ignore[attr-defined]
    assert [c.key for c in review(open_loans=[current]).failed] == ["other_open_loans"]  # type: ignore[attr-defined]
    if_current = attrs.evolve(COMMITTEE, other_open_loans=OpenLoanRule.ALLOWED_IF_CURRENT)
    assert review(committee=if_current, open_loans=[current]).approved  # type: ignore[attr-defined]
    assert not review(committee=if_current, open_loans=[current, late]).approved  # type: ignore[attr-defined]
    anything = attrs.evolve(COMMITTEE, other_open_loans=OpenLoanRule.ALLOWED)
    assert review(committee=anything, open_loans=[late]).approved  # type: ignore[attr-defined]


def test_several_failures_are_all_reported() -> None:
    result = review(request(purpose=Purpose.CONSUMPTION, amount=50000, installments=12), fund_cash=1000)
    assert [c.key for c in result.failed] == ["purpose", "ceiling", "fund_cash", "installments"]  # type: ignore[attr-defined]
    assert not result.approved  # type: ignore[attr-defined]


def test_review_table_repr_and_pickle() -> None:
    result = review(request(purpose=Purpose.HOUSE))
    rows = result.to_rows(language="en")  # type: ignore[attr-defined]
    assert rows[0] == ["Criterion", "Passed", "Reason", "Source", "Status"]
    assert len(rows) == 12  # seven criteria, three factors not yet recorded, the officer's opinion
    assert "ไม่ใช่" in result.to_text()  # type: ignore[attr-defined]
    assert "failed=['purpose']" in repr(result)
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.parametrize("amount", [0, -100, "abc", None])
def test_zero_negative_or_unreadable_amount_is_an_error(amount: object) -> None:
    with pytest.raises(InvalidInputError):
        request(amount=amount)


@pytest.mark.parametrize(
    "changes",
    [
        {"purpose": "fishing"},
        {"installments": 0},
        {"term_months": -1},
        {"requested_on": "21/11/2026"},
        {"household": "H-01"},
    ],
)
def test_bad_request_fields_raise(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        request(**changes)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fund_cash": -1},
        {"committee": None},
        {"open_loans": [("L-1", 5000)]},
        {"as_of": "21/11/2026"},
    ],
)
def test_bad_review_arguments_raise(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        review(**kwargs)
    with pytest.raises(InvalidInputError):
        review_request("request", committee=COMMITTEE, fund_cash=1)  # type: ignore[arg-type]


def test_review_before_the_regulation_records_raises() -> None:
    with pytest.raises(UnknownRegulationError):
        review(request(requested_on=date(2010, 5, 1)))


# --- own produce (counted as income by the จปฐ. test, secondary) ------------------------------------------------


def test_own_produce_counts_towards_the_income_test() -> None:
    # 4 people, 120,000 baht money income = 30,000 each (a target); with 40,000 of own produce = 40,000 each.
    money_only = Household(household_id="H-P", members=4, annual_income=120000)
    with_produce = Household(household_id="H-P", members=4, annual_income=120000, own_produce_value=40000)
    assert is_target_household(money_only, as_of=DAY)
    check = assess_target_household(with_produce, as_of=DAY)
    assert not check.is_target and check.income_per_person == Decimal(40000)
    assert "40,000" in check.reason.th and "own produce" in check.reason.en
    assert with_produce.total_income == Decimal(160000)


@pytest.mark.parametrize("value", [-1, "x", None, float("nan")])
def test_own_produce_must_be_an_amount(value: object) -> None:
    with pytest.raises(InvalidInputError):
        Household(household_id="H", members=1, annual_income=0, own_produce_value=value)
