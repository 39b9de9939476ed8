"""The registry of instruments: versions by date, bad data files, and a new จปฐ. round as one data edit."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from chumchon import rules
from chumchon.errors import InvalidInputError, ParseError, UnknownRegulationError
from chumchon.loans.kkkj import B_E_2553, regulation_from_instrument, regulation_in_force
from chumchon.rules.registry import Registry, shipped_documents
from chumchon.rules.sources_page import instrument_rows, parameter_rows


def _document(key: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    return next(d for d in documents if d["id"] == key)


def test_in_force_gives_the_version_on_the_date() -> None:
    assert rules.in_force("kkkj_regulation", date(2026, 11, 21)).id == "kkkj_2553"
    assert regulation_in_force(date(2026, 11, 21)) is B_E_2553
    with pytest.raises(UnknownRegulationError, match="records begin 2011-01-01"):
        rules.in_force("kkkj_regulation", date(2010, 12, 31))
    with pytest.raises(UnknownRegulationError, match="known: "):
        rules.in_force("no_such_instrument", date(2026, 1, 1))
    with pytest.raises(InvalidInputError):
        rules.in_force("kkkj_regulation", "1/1/2026")  # type: ignore[arg-type]


def test_a_later_version_takes_over_from_its_date() -> None:
    documents = shipped_documents()
    newer = copy.deepcopy(_document("kkkj_2553", documents))
    newer["id"], newer["effective_from"] = "kkkj_2570", "2027-01-01"
    registry = Registry.from_documents([*documents, newer])
    assert registry.in_force("kkkj_regulation", date(2026, 12, 31)).id == "kkkj_2553"
    assert registry.in_force("kkkj_regulation", date(2027, 1, 1)).id == "kkkj_2570"


def test_every_instrument_builds_and_lists_its_parameters() -> None:
    assert [i.id for i in rules.instruments()] == list(rules.registry.SHIPPED)
    assert {p.name for p in rules.all_parameters()} >= {
        "interest_cap_annual_rate",
        "government_fiscal_year_start_month",
        "kkkj_income_criterion",
    }
    assert rules.parameter("kkkj_committee_members_max").value_at(date(2026, 1, 1)) == 9
    assert rules.rule("default_interest_on_overdue_principal").status is rules.Status.PROVISIONAL
    with pytest.raises(UnknownRegulationError):
        rules.parameter("no_such_parameter")
    with pytest.raises(UnknownRegulationError):
        rules.rule("no_such_rule")


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (lambda d: d.pop("title_th"), "civil_code.title_th"),
        (lambda d: d.update(kind="statute"), "civil_code.kind"),
        (
            lambda d: d["parameters"][0]["history"][0].update(value=0.15),
            "civil_code.parameters[0].history[0].value",
        ),
        (
            lambda d: d["parameters"][0]["history"][0].update(source="nowhere"),
            "civil_code.parameters[0].history[0].source",
        ),
        (
            lambda d: d["parameters"][0]["history"][0].update(status="sure"),
            "civil_code.parameters[0].history[0].status",
        ),
        (
            lambda d: d["parameters"][0]["history"][0].update(effective_from="1941-13-01"),
            "civil_code.parameters[0].history[0].effective_from",
        ),
        (lambda d: d["parameters"][0].update(history=[]), "civil_code.parameters[0].history"),
        (lambda d: d["sources"]["ccc"].update(page=3), "civil_code.sources.ccc"),
        (lambda d: d["rules"][0].update(source={"ref": "ccc", "page": 1}), "civil_code.rules[0].source"),
    ],
)
def test_a_malformed_data_file_names_the_bad_value(edit: Any, path: str) -> None:
    documents = shipped_documents()
    edit(_document("civil_code", documents))
    with pytest.raises(ParseError) as info:
        Registry.from_documents(documents).instrument("civil_code")
    assert info.value.field == path


def test_two_instruments_cannot_share_an_id() -> None:
    documents = shipped_documents()
    with pytest.raises(ParseError, match="share"):
        Registry.from_documents([*documents, documents[0]])


def test_a_new_jpt_round_is_one_data_edit_that_the_registry_docs_and_tests_pick_up() -> None:
    day = date(2027, 6, 1)
    with pytest.raises(UnknownRegulationError):
        B_E_2553.income_criterion_at(day)  # the shipped data stops at round 2565–2569
    documents = shipped_documents()
    criterion = next(
        p for p in _document("kkkj_2553", documents)["parameters"] if p["id"] == "kkkj_income_criterion"
    )
    # The edit, in the one data file: the round (its boundaries are data, not arithmetic) and its criterion.
    rounds = next(p for p in _document("kkkj_2553", documents)["parameters"] if p["id"] == "kkkj_jpt_rounds")
    rounds["history"].append(
        {"effective_from": "2027-01-01", "value": [2570, 2574], "source": "jpt_rounds", "status": "secondary"}
    )
    criterion["history"].append(
        {
            "effective_from": "2027-01-01",
            "value": "40000",
            "source": {
                "ref": "jpt",
                "title_th": "เกณฑ์รายได้ จปฐ. รอบปี 2570–2574",
                "title_en": "round 2570–2574",
            },
            "status": "provisional",
            "note": "จปฐ. round 2570–2574",
        }
    )
    registry = Registry.from_documents(documents)
    regulation = regulation_from_instrument(registry.in_force("kkkj_regulation", day))
    assert regulation.income_criterion_at(day).value == Decimal(40000)
    assert regulation.income_criterion_at(date(2026, 12, 31)).value == Decimal(38000)
    # The sources page is generated from the same registry, so it lists the round with no other change.
    rows = [row for row in parameter_rows(registry) if "kkkj_income_criterion" in row[0]]
    assert ("2027-01-01", "40000 baht per person per year") in [(r[1], r[2]) for r in rows]
    assert len(rows) == len(criterion["history"])
    assert len(instrument_rows(registry)) == len(instrument_rows())


def test_k6_restates_the_registered_committee_size() -> None:
    from chumchon.assessment import kkkj_health

    k6 = kkkj_health.RUBRIC.criterion("K6")
    smallest = rules.parameter("kkkj_committee_members_min").history[-1].value
    largest = rules.parameter("kkkj_committee_members_max").history[-1].value
    assert (k6.threshold, k6.upper) == (smallest, largest)
    assert kkkj_health.REGULATION_2553.title_th == rules.kkkj_2553.REGULATION_2553.title_th


def test_the_fiscal_year_starts_in_the_registered_month() -> None:
    from chumchon.thai import calendar

    month = rules.parameter("government_fiscal_year_start_month").value_at(date(2026, 1, 1))
    assert calendar.GOVERNMENT_FISCAL_START_MONTH == month == 10


def test_a_finding_leads_to_its_rule_and_sources() -> None:
    from chumchon.messages import Message

    cap = rules.Finding(code="interest_cap_annual_rate", message=Message("ก", "a"))
    assert cap.rule() is rules.INTEREST_CAP_ANNUAL_RATE and cap.source is None
    flat = rules.Finding(code="flat_rate", message=Message("ก", "a"), severity=rules.Severity.WARNING)
    assert isinstance(flat.rule(), rules.Rule)
