"""GroupFacts and KkkjFacts: typed facts with units, checked on construction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chumchon.assessment import GroupFacts, KkkjFacts, assess, ssg
from chumchon.errors import InvalidInputError


def test_group_facts_convert_units() -> None:
    facts = GroupFacts(members="40", savings=1200.5, net_profit="-300", written_bylaws=True)
    assert facts.members == 40
    assert facts.savings == Decimal("1200.5")
    assert facts.net_profit == Decimal("-300")
    assert facts.to_mapping()["books_up_to_date"] is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"members": -1}, "members"),
        ({"members": 2.5}, "members"),
        ({"members": True}, "members"),
        ({"savings": -1}, "savings"),
        ({"written_bylaws": "yes"}, "written_bylaws"),
        ({"written_bylaws": 1}, "written_bylaws"),
        ({"members": 10, "members_with_loans": 11}, "members_with_loans"),
        ({"members_at_start": 10, "members_left": 11}, "members_left"),
        ({"loans_outstanding": 10, "par30_principal": 11}, "par30_principal"),
        ({"loans_outstanding": 11, "total_assets": 10}, "loans_outstanding"),
        ({"extra": {"x": [1]}}, "extra.x"),
        ({"extra": {1: True}}, "extra"),
    ],
)
def test_group_facts_refuse_bad_values(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        GroupFacts(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_from_mapping_is_strict_and_extra_facts_reach_district_rubrics() -> None:
    with pytest.raises(InvalidInputError) as info:
        GroupFacts.from_mapping({"membres": 4})
    assert info.value.field == "membres"
    with pytest.raises(InvalidInputError):
        GroupFacts.from_mapping([("members", 4)])  # type: ignore[arg-type]
    facts = GroupFacts.from_mapping({"members": 4, "extra": {"has_website": True}})
    assert facts.facts()["has_website"] is True
    assert facts.extra == (("has_website", True),)


def test_group_facts_feed_assess() -> None:
    facts = GroupFacts(members=40, members_paid_every_month=32)
    assert assess(ssg.RUBRIC, facts).result("S5").passed
    assert assess(ssg.RUBRIC, facts) == assess(ssg.RUBRIC, facts.facts())


def test_kkkj_total_fund_is_computed_from_its_parts() -> None:
    facts = KkkjFacts(loans_outstanding=200000, bank_balance=75000, cash_elsewhere=5000)
    assert facts.total_fund is None
    assert facts.facts()["total_fund"] == Decimal(280000)
    assert KkkjFacts(loans_outstanding=1).facts()["total_fund"] is None


def test_kkkj_total_fund_must_match_its_parts() -> None:
    KkkjFacts(total_fund=280000, loans_outstanding=200000, bank_balance=75000, cash_elsewhere=5000)
    with pytest.raises(InvalidInputError) as info:
        KkkjFacts(total_fund=290000, loans_outstanding=200000, bank_balance=75000, cash_elsewhere=5000)
    assert info.value.field == "total_fund"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"registers_up_to_date": 5}, "registers_up_to_date"),
        ({"overdue_principal": 2, "loans_outstanding": 1}, "overdue_principal"),
        ({"repaid_of_due": 2, "due_in_year": 1}, "repaid_of_due"),
        ({"target_households": 1, "target_households_with_loans": 2}, "target_households_with_loans"),
        ({"bank_account_in_fund_name": "Y"}, "bank_account_in_fund_name"),
    ],
)
def test_kkkj_facts_refuse_bad_values(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        KkkjFacts(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
