"""The กข.คจ. regulation is read from its data file alone: a new kind of parameter, or a new จปฐ. round, is an
edit to a copy of ``kkkj_2553.json`` with no change to any class."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj import (
    B_E_2553,
    JptRound,
    Purpose,
    PurposeList,
    Regulation,
    regulation_from_instrument,
    regulation_in_force,
)
from chumchon.rules import Status
from chumchon.rules.registry import Registry, shipped_documents


def _edited(edit: Any) -> Regulation:
    documents = shipped_documents()
    kkkj = next(d for d in documents if d["id"] == "kkkj_2553")
    edit(kkkj)
    registry = Registry.from_documents(documents)
    return regulation_from_instrument(registry.in_force("kkkj_regulation", date(2026, 1, 1)))


def _add_parameter_and_round(kkkj: dict[str, Any]) -> None:
    kkkj["parameters"].append(
        {
            "id": "kkkj_loan_ceiling_per_household",
            "title_th": "วงเงินยืมสูงสุดต่อครัวเรือน (ตัวอย่างสำหรับทดสอบ)",
            "title_en": "largest loan per household (a test example)",
            "unit": "baht",
            "type": "decimal",
            "history": [
                {
                    "effective_from": "2011-01-01",
                    "value": "20000",
                    "source": "caller",
                    "status": "provisional",
                }
            ],
        }
    )
    rounds = next(p for p in kkkj["parameters"] if p["id"] == "kkkj_jpt_rounds")
    rounds["history"].append(
        {"effective_from": "2027-01-01", "value": [2570, 2574], "source": "jpt_rounds", "status": "secondary"}
    )
    criterion = next(p for p in kkkj["parameters"] if p["id"] == "kkkj_income_criterion")
    criterion["history"].append(
        {"effective_from": "2027-01-01", "value": "40000", "source": "jpt", "status": "provisional"}
    )


def test_a_new_parameter_and_a_new_round_are_one_data_edit() -> None:
    regulation = _edited(_add_parameter_and_round)
    # the new parameter: by name, with its value, source and status, and overridable like the others
    ceiling = regulation.parameter("loan_ceiling_per_household")
    assert ceiling.name == "kkkj_loan_ceiling_per_household"
    assert regulation.value_at("loan_ceiling_per_household", date(2026, 6, 1)) == Decimal(20000)
    assert regulation.value_at("kkkj_loan_ceiling_per_household", "2026-06-01") == Decimal(20000)
    assert "loan_ceiling_per_household" in regulation.parameters()
    assert "loan_ceiling_per_household" in regulation.provisional_at(date(2026, 6, 1))
    raised = regulation.override("loan_ceiling_per_household", "25000", effective_from=date(2027, 1, 1))
    assert raised.value_at("loan_ceiling_per_household", date(2027, 1, 1)) == Decimal(25000)
    assert regulation.value_at("loan_ceiling_per_household", date(2027, 1, 1)) == Decimal(20000)
    with pytest.raises(InvalidInputError, match="loan_ceiling_per_household"):
        regulation.override("loan_ceiling_per_household", 0, effective_from=date(2027, 1, 1))
    # the new round and its criterion
    assert regulation.jpt_round_at(date(2027, 6, 1)).value == JptRound(2570, 2574)
    assert regulation.income_criterion_at(date(2027, 6, 1)).value == Decimal(40000)
    # what was there is unchanged
    assert regulation.capital_per_village.value_at(date(2026, 6, 1)) == Decimal(280000)
    assert regulation.allowed_purposes.value_at(date(2026, 6, 1)) == PurposeList((Purpose.OCCUPATION,))
    with pytest.raises(UnknownRegulationError):
        B_E_2553.income_criterion_at(date(2027, 6, 1))
    with pytest.raises(InvalidInputError, match="loan_ceiling_per_household"):
        B_E_2553.parameter("loan_ceiling_per_household")


def test_a_new_names_parameter_is_held_as_text_and_checked_as_text() -> None:
    def add(kkkj: dict[str, Any]) -> None:
        kkkj["parameters"].append(
            {
                "id": "kkkj_required_documents",
                "title_th": "เอกสารประกอบคำขอ (ตัวอย่างสำหรับทดสอบ)",
                "title_en": "documents with a request (a test example)",
                "unit": "documents",
                "type": "names",
                "history": [
                    {
                        "effective_from": "2011-01-01",
                        "value": ["id_card", "house_register"],
                        "source": "caller",
                        "status": "provisional",
                    }
                ],
            }
        )

    regulation = _edited(add)
    assert regulation.value_at("required_documents", date(2026, 1, 1)) == ("id_card", "house_register")
    more = regulation.override("required_documents", ["id_card"], effective_from=date(2027, 1, 1))
    assert more.value_at("required_documents", date(2027, 1, 1)) == ("id_card",)
    with pytest.raises(InvalidInputError, match="required_documents"):
        regulation.override("required_documents", "id_card", effective_from=date(2027, 1, 1))


def test_the_shipped_regulation_keeps_its_attributes_and_checks() -> None:
    assert regulation_in_force(date(2026, 1, 1)) is B_E_2553
    assert B_E_2553.max_installments is B_E_2553.parameter("max_installments")
    assert set(B_E_2553.parameters()) == {
        "capital_per_village",
        "interest_annual_rate",
        "allowed_purposes",
        "forbidden_purposes",
        "committee_members_min",
        "committee_members_max",
        "committee_term_years",
        "max_installments",
        "income_criterion",
        "jpt_rounds",
        "registers",  # the four registers, a data entry (read by the health check's K5), no class change
    }
    assert pickle.loads(pickle.dumps(B_E_2553)) == B_E_2553
    # zero interest stays allowed; zero capital (never registered) is refused
    assert B_E_2553.override("interest_annual_rate", 0, effective_from=date(2027, 1, 1))
    with pytest.raises(InvalidInputError, match="capital_per_village"):
        B_E_2553.override("capital_per_village", 0, effective_from=date(2027, 1, 1))
    with pytest.raises(InvalidInputError, match="no parameter named 'nope'; allowed: capital_per_village"):
        B_E_2553.override("nope", 1, effective_from=date(2027, 1, 1))
    one = B_E_2553.max_installments
    with pytest.raises(InvalidInputError, match="appears twice"):
        attrs.evolve(B_E_2553, registered=(*B_E_2553.registered, one))
    with pytest.raises(InvalidInputError, match="Parameter"):
        Regulation(name="x", source=B_E_2553.source, registered=[1])  # type: ignore[list-item]


def test_a_regulation_missing_a_required_parameter_is_refused() -> None:
    def drop(kkkj: dict[str, Any]) -> None:
        kkkj["parameters"] = [p for p in kkkj["parameters"] if p["id"] != "kkkj_max_installments"]

    with pytest.raises(UnknownRegulationError, match="kkkj_max_installments"):
        _edited(drop)


def test_an_overridden_value_carries_its_source_and_status() -> None:
    confirmed = B_E_2553.override(
        "committee_term_years", 5, effective_from=date(2027, 1, 1), status=Status.CONFIRMED, note="มติ"
    )
    dated = confirmed.committee_term_years.at(date(2027, 1, 1))
    assert (dated.value, dated.status, dated.note) == (5, Status.CONFIRMED, "มติ")
