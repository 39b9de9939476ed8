"""Interest-free กข.คจ. repayment schedules: equal instalments and the contract's own dated amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import ChumchonError, InvalidInputError, RuleViolationError, UnknownRegulationError
from chumchon.loans import Frequency, RemainderOn, build_schedule
from chumchon.loans.kkkj import (
    B_E_2553,
    CommitteeRules,
    OpenLoanRule,
    check_schedule,
    contract_findings,
    installment_limit,
    repayment_schedule,
    repayment_schedule_from_dates,
    term_months,
)
from chumchon.loans.terms import LoanTerms
from chumchon.money import (
    QUARTER_BAHT,
    ROUNDINGS,
    SATANG,
    WHOLE_BAHT,
    WHOLE_BAHT_DOWN,
    WHOLE_BAHT_UP,
    Rounding,
)
from chumchon.rules import Status
from chumchon.rules.kkkj_2553 import STANDARD_CONTRACT

LOAN_DATE = date(2026, 11, 30)
FIRST_DUE = date(2027, 1, 31)
COMMITTEE = CommitteeRules(
    ceiling_per_household=20000, longest_term_months=24, late_fee=None, other_open_loans=OpenLoanRule.ALLOWED
)
ROUNDING_RULES = [SATANG, WHOLE_BAHT, WHOLE_BAHT_UP, WHOLE_BAHT_DOWN, QUARTER_BAHT]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("rounding", ROUNDING_RULES, ids=lambda r: r.name)
@pytest.mark.parametrize("remainder_on", list(RemainderOn))
@pytest.mark.parametrize("amount", ["10000", "15000", "7001", "12345.67", "1"])
def test_every_count_and_rounding_sums_to_the_loan(
    count: int, rounding: Rounding, remainder_on: RemainderOn, amount: str
) -> None:
    loan = Decimal(amount)
    kwargs: dict[str, object] = {
        "installments": count,
        "first_due": FIRST_DUE,
        "disbursed_on": LOAN_DATE,
        "rounding": rounding,
        "remainder_on": remainder_on,
    }
    share = rounding.apply(loan / count)
    if count > 1 and (share <= 0 or loan - share * (count - 1) <= 0):
        # a loan too small for the rounding (e.g. 1 baht in 2 whole-baht instalments) is refused, not bent
        with pytest.raises(InvalidInputError):
            repayment_schedule(loan, **kwargs)  # type: ignore[arg-type]
        return
    s = repayment_schedule(loan, **kwargs)  # type: ignore[arg-type]
    parts = [i.principal for i in s.installments]
    assert sum(parts) == loan
    assert len(parts) == count
    assert all(i.interest == 0 for i in s.installments)
    assert [i.payment for i in s.installments] == parts
    assert s.installments[-1].balance == 0
    absorber = -1 if remainder_on is RemainderOn.LAST else 0
    others = parts[:absorber] if absorber == -1 else parts[1:]
    assert len(set(others)) <= 1  # the others are equal...
    assert all(rounding.is_multiple(p) for p in others)  # ...and rounded by the rule
    assert all(p > 0 for p in parts)


def test_due_dates_count_from_the_first_due_date() -> None:
    s = repayment_schedule(
        6000, installments=6, first_due=date(2027, 1, 31), disbursed_on=LOAN_DATE, frequency=Frequency.MONTHLY
    )
    assert [d.isoformat() for d in s.due_dates] == [
        "2027-01-31",
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
        "2027-05-31",
        "2027-06-30",
    ]
    assert [i.payment for i in s.installments] == [Decimal(1000)] * 6


def test_seven_instalments_are_a_finding_on_the_contract_not_an_error() -> None:
    # The standard contract has six dated rows (secondary): a seventh is built and reported, not refused.
    s = repayment_schedule(10000, installments=7, first_due=FIRST_DUE, disbursed_on=LOAN_DATE)
    assert len(s.installments) == 7 and sum(i.payment for i in s.installments) == 10000
    (finding,) = contract_findings(s)
    assert finding.code == "kkkj_max_installments"
    assert (finding.limit, finding.actual) == (Decimal(6), Decimal(7))
    assert finding.provisional and "secondary" in finding.message.en and "แหล่งรอง" in finding.message.th
    assert finding.sources[0] is STANDARD_CONTRACT and "สัญญายืมเงิน" in finding.message.th
    assert (
        contract_findings(
            repayment_schedule(10000, installments=6, first_due=FIRST_DUE, disbursed_on=LOAN_DATE)
        )
        == ()
    )
    eight = B_E_2553.override("max_installments", 8, effective_from=date(2026, 1, 1))
    assert contract_findings(s, regulation=eight) == ()


def test_a_committee_with_an_amended_contract_sets_its_own_limit() -> None:
    amended = attrs.evolve(COMMITTEE, max_installments=12, reference="สัญญาแก้ไข มติ 5/2569")
    s = repayment_schedule(
        12000, installments=12, first_due=FIRST_DUE, disbursed_on=LOAN_DATE, committee=amended
    )
    assert contract_findings(s, committee=amended) == ()
    limit = installment_limit(LOAN_DATE, committee=amended)
    assert (limit.value, limit.status) == (12, Status.CONFIRMED) and "amended" in limit.source.note
    (finding,) = contract_findings(s, committee=attrs.evolve(amended, max_installments=10))
    assert not finding.provisional and "confirmed" in finding.message.en
    with pytest.raises(InvalidInputError):
        attrs.evolve(COMMITTEE, max_installments=0)
    with pytest.raises(InvalidInputError):
        contract_findings("schedule")  # type: ignore[arg-type]


def test_committee_longest_term() -> None:
    s = repayment_schedule(
        12000,
        installments=2,
        first_due=date(2027, 11, 30),
        disbursed_on=LOAN_DATE,
        frequency=Frequency.ANNUAL,
        committee=COMMITTEE,
    )
    assert term_months(LOAN_DATE, s.maturity) == 24
    with pytest.raises(RuleViolationError) as info:
        repayment_schedule(
            12000,
            installments=2,
            first_due=date(2027, 12, 1),
            disbursed_on=LOAN_DATE,
            frequency=Frequency.ANNUAL,
            committee=COMMITTEE,
        )
    assert (info.value.rule, info.value.limit, info.value.actual) == ("kkkj_longest_term", 24, 25)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"amount": 0},
        {"amount": -500},
        {"amount": "ห้าพัน"},
        {"installments": 0},
        {"first_due": LOAN_DATE},
        {"first_due": date(2026, 11, 1)},
        {"disbursed_on": "30/11/2026"},
        {"rounding": "whole_baht"},
    ],
)
def test_bad_input_raises(kwargs: dict[str, object]) -> None:
    base: dict[str, object] = {
        "amount": 10000,
        "installments": 3,
        "first_due": FIRST_DUE,
        "disbursed_on": LOAN_DATE,
    }
    base.update(kwargs)
    amount = base.pop("amount")
    try:
        repayment_schedule(amount, **base)  # type: ignore[arg-type]
    except InvalidInputError:
        return
    assert "rounding" in kwargs  # a rounding name may be accepted by the engine's converter
    assert ROUNDINGS["whole_baht"] == WHOLE_BAHT


def test_loan_before_the_regulation_records() -> None:
    with pytest.raises(UnknownRegulationError):
        repayment_schedule(1000, installments=1, first_due=date(2010, 6, 1), disbursed_on=date(2010, 1, 1))


# --- the committee's own dated amounts ----------------------------------------------------------------------


def test_uneven_contract_instalments() -> None:
    s = repayment_schedule_from_dates(
        15000,
        disbursed_on=LOAN_DATE,
        installments=[(date(2027, 3, 31), 2000), (date(2027, 7, 31), 3000), (date(2027, 11, 30), 10000)],
    )
    assert [i.principal for i in s.installments] == [Decimal(2000), Decimal(3000), Decimal(10000)]
    assert s.total_interest == 0
    assert s.installments[-1].balance == 0


@pytest.mark.parametrize(
    ("pairs", "field"),
    [
        ([(date(2027, 7, 31), 5000), (date(2027, 3, 31), 10000)], "installments"),  # not increasing
        ([(date(2027, 3, 31), 5000), (date(2027, 3, 31), 10000)], "installments"),  # same date twice
        ([(LOAN_DATE, 5000), (date(2027, 3, 31), 10000)], "installments"),  # on the loan date
        ([(date(2026, 10, 1), 5000), (date(2027, 3, 31), 10000)], "installments"),  # before it
        ([(date(2027, 3, 31), 0), (date(2027, 7, 31), 15000)], "installments[1]"),  # zero
        ([(date(2027, 3, 31), -1000), (date(2027, 7, 31), 16000)], "installments[1]"),  # negative
        ([(date(2027, 3, 31), 5000), (date(2027, 7, 31), 9999)], "installments"),  # short by one baht
        ([(date(2027, 3, 31), 5000), (date(2027, 7, 31), "10000.01")], "installments"),  # over by a satang
        ([], "installments"),
        ("2027-03-31", "installments"),
    ],
)
def test_contract_instalments_are_validated_not_adjusted(pairs: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        repayment_schedule_from_dates(15000, disbursed_on=LOAN_DATE, installments=pairs)
    assert info.value.field == field


def test_a_date_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValueError, match="day is out of range"):
        date(2027, 2, 29)  # the caller's own date() refuses it first
    with pytest.raises(ChumchonError):
        repayment_schedule_from_dates(15000, disbursed_on=LOAN_DATE, installments=[("2027-02-29", 15000)])


def test_seven_contract_instalments_are_reported() -> None:
    pairs = [(date(2027, m, 1), 1000) for m in range(1, 8)]
    s = repayment_schedule_from_dates(7000, disbursed_on=LOAN_DATE, installments=pairs)
    assert [f.actual for f in contract_findings(s)] == [Decimal(7)]
    assert check_schedule(s) is s


def test_check_schedule_refuses_interest_and_non_schedules() -> None:
    terms = LoanTerms(principal=1200, annual_rate="0.12", installments=2, disbursed_on=LOAN_DATE)
    with pytest.raises(InvalidInputError):
        check_schedule(build_schedule(terms))
    with pytest.raises(InvalidInputError):
        check_schedule("schedule")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        repayment_schedule(
            1000,
            installments=1,
            first_due=FIRST_DUE,
            disbursed_on=LOAN_DATE,
            regulation=B_E_2553.override("interest_annual_rate", "0.01", effective_from=date(2026, 1, 1)),
        )
