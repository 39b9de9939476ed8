"""Facts built from the savings, loans and กข.คจ. modules' results."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chumchon.assessment import GroupFacts, KkkjFacts, assess, kkkj_health, ssg
from chumchon.errors import InvalidInputError
from chumchon.loans import LoanTerms, Payment, apply_payments, build_schedule
from chumchon.loans.kkkj import AccountFigures, Village, fund_position, village_report
from chumchon.savings.examples import training_group

DAY = date(2026, 9, 30)


def test_group_facts_from_the_training_groups_annual_close() -> None:
    close = training_group().close()
    facts = GroupFacts.from_results(close=close, written_bylaws=True)
    # 12 members: M11 is honorary (no savings duty), M12 left in month 9; M01–M10 paid every month.
    assert (facts.members, facts.members_left, facts.members_paid_every_month) == (10, 1, 10)
    assert facts.net_profit == close.net_profit
    current = [m for m in close.group.members if m.member_id not in ("M11", "M12")]
    assert facts.savings == sum(m.closing_balance for m in current)
    assert facts.written_bylaws is True
    assert assess(ssg.RUBRIC, facts).result("S5").passed


def _loans() -> tuple[object, object]:
    schedule = build_schedule(
        LoanTerms(
            principal=3000,
            annual_rate=0,
            interest_method="none",
            installments=3,
            disbursed_on=date(2026, 1, 10),
        )
    )
    late = apply_payments(
        schedule, [Payment(date(2026, 2, 10), 1000)], as_of=date(2026, 5, 1)
    )  # 52 days late
    on_time = apply_payments(schedule, [Payment(date(2026, 2, 10), 1000)], as_of=date(2026, 3, 1))
    return late, on_time


def test_group_facts_from_loan_statuses() -> None:
    late, on_time = _loans()
    by_member = GroupFacts.from_results(loans={"M01": late, "M02": [on_time], "M03": []})
    assert by_member.loans_outstanding == Decimal(4000)
    assert by_member.par30_principal == Decimal(2000)  # the whole balance of the late loan
    assert by_member.members_with_loans == 2
    as_list = GroupFacts.from_results(loans=[late, on_time])
    assert as_list.members_with_loans is None
    assert assess(ssg.RUBRIC, as_list).result("S8").value == Decimal("0.5")


def test_officer_facts_win_and_bad_results_are_refused() -> None:
    close = training_group().close()
    assert GroupFacts.from_results(close=close, members=11).members == 11
    with pytest.raises(InvalidInputError):
        GroupFacts.from_results(close="close")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        GroupFacts.from_results(loans=["status"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError):
        GroupFacts.from_results(loans=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as info:
        GroupFacts.from_results(membres=3)
    assert info.value.field == "membres"


VILLAGE = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
ACCOUNTS = [
    AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0),
    AccountFigures(loan_id="L2", household_id="H2", outstanding=8000, repaid_this_year=0, overdue=4000),
]


def test_kkkj_facts_from_a_village_report() -> None:
    report = village_report(VILLAGE, ACCOUNTS, bank_balance=230000, cash_elsewhere=500, as_of=DAY)
    facts = KkkjFacts.from_results(report=report, registers_up_to_date=4)
    assert facts.allocation == Decimal(280000)
    assert facts.facts()["total_fund"] == Decimal(248500)
    assert (facts.overdue_principal, facts.target_households, facts.target_households_with_loans) == (
        Decimal(4000),
        35,
        2,
    )
    result = assess(kkkj_health.RUBRIC, facts)
    assert not result.result("K1").passed  # 248,500 of 280,000
    assert not result.result("K2").passed  # 4,000 / 18,000 overdue
    assert result.result("K3").missing == ("repaid_of_due", "due_in_year")


def test_kkkj_facts_from_a_fund_position() -> None:
    position = fund_position(outstanding_loans=150000, bank_balance=130000, cash_elsewhere=0, as_of=DAY)
    facts = KkkjFacts.from_results(position=position, bank_account_in_fund_name=True)
    assert assess(kkkj_health.RUBRIC, facts).result("K1").passed
    with pytest.raises(InvalidInputError):
        KkkjFacts.from_results(position="p")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        KkkjFacts.from_results(report="r")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        KkkjFacts.from_results(position=position, households=3)
