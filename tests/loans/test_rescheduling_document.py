"""A rescheduling is a result document like any other, and its parts must agree (CCC s.655 capitalisation)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import jsonschema
import pytest

from chumchon import jsontext, schemas
from chumchon.errors import InvalidInputError
from chumchon.loans import LoanTerms, Rescheduling, apply_payments, build_rescheduling, build_schedule


@pytest.fixture(scope="module")
def rescheduling() -> Rescheduling:
    schedule = build_schedule(
        LoanTerms(principal=12000, annual_rate="0.12", installments=12, disbursed_on=date(2025, 1, 5))
    )
    status = apply_payments(schedule, [], as_of=date(2026, 3, 1))
    return build_rescheduling(status, date(2026, 3, 1), capitalize_interest=True, agreed_in_writing=True)


def test_the_document_rebuilds_equal_and_cites_s655(rescheduling: Rescheduling) -> None:
    document = jsontext.loads(jsontext.dumps(rescheduling.to_mapping()))
    jsonschema.validate(
        document, schemas.schema("chumchon.rescheduling"), cls=jsonschema.Draft202012Validator
    )
    assert document["capitalized_interest"] == "120.00"
    assert document["findings"][0]["code"] == "interest_capitalized_s655"
    assert [s["clause"] for s in document["sources_used"]] == ["s.655"]
    assert document["provisional_values"] == ["interest_capitalized_s655"]
    assert Rescheduling.from_mapping(document) == rescheduling
    assert schemas.read_document(document) == rescheduling
    assert attrs.evolve(rescheduling) == rescheduling


def test_a_principal_that_does_not_add_up_is_refused(rescheduling: Rescheduling) -> None:
    with pytest.raises(InvalidInputError, match="outstanding principal plus the interest") as error:
        attrs.evolve(rescheduling, capitalized_interest=Decimal(0))
    assert error.value.field == "schedule"


def test_negative_parts_are_refused(rescheduling: Rescheduling) -> None:
    with pytest.raises(InvalidInputError, match="interest_kept_apart must not be negative") as error:
        attrs.evolve(rescheduling, interest_kept_apart=Decimal("-1.00"))
    assert error.value.field == "interest_kept_apart"
