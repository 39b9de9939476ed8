"""The committee's decisions (มติคณะกรรมการ) are an input document: a district system stores each village's
rules and reads them back exactly, late fee included."""

from __future__ import annotations

from decimal import Decimal

import jsonschema
import pytest

from chumchon import jsontext, schemas
from chumchon.errors import ParseError
from chumchon.loans import FlatPenalty, RatePenalty
from chumchon.loans.kkkj import TRAINING_CASE, CommitteeRules, OpenLoanRule, review_request

RULES = [
    TRAINING_CASE.committee,
    CommitteeRules(
        ceiling_per_household="15000.50",
        longest_term_months=18,
        late_fee=FlatPenalty(amount=20, grace_days=7),
        other_open_loans=OpenLoanRule.NONE_ALLOWED,
        reference="มติที่ประชุม ครั้งที่ 1/2569",
        max_installments=8,
    ),
    CommitteeRules(
        ceiling_per_household=20000,
        longest_term_months=24,
        late_fee=RatePenalty(annual_rate="0.05"),
        other_open_loans=OpenLoanRule.ALLOWED,
    ),
]


@pytest.mark.parametrize("rules", RULES)
def test_committee_rules_round_trip_exactly(rules: CommitteeRules) -> None:
    document = jsontext.loads(jsontext.dumps(rules.to_mapping()))
    jsonschema.validate(
        document, schemas.schema("chumchon.committee_rules"), cls=jsonschema.Draft202012Validator
    )
    assert CommitteeRules.from_mapping(document) == rules
    assert schemas.read_document({"schema": "chumchon.committee_rules", **document}) == rules


def test_the_stored_rules_review_a_request_as_the_originals_do() -> None:
    stored = CommitteeRules.from_mapping(jsontext.loads(jsontext.dumps(TRAINING_CASE.committee.to_mapping())))
    request = TRAINING_CASE.request
    original = review_request(request, committee=TRAINING_CASE.committee, fund_cash=50000)
    again = review_request(request, committee=stored, fund_cash=50000)
    assert again == original
    assert again.criterion("ceiling").source == TRAINING_CASE.committee.source


def test_the_rule_reads_its_thai_name_and_bad_fields_are_named() -> None:
    data = {**RULES[1].to_mapping(), "other_open_loans": "ไม่ให้ยืมใหม่ระหว่างมีหนี้ค้าง"}
    assert CommitteeRules.from_mapping(data).other_open_loans is OpenLoanRule.NONE_ALLOWED
    with pytest.raises(ParseError, match="ceiling_per_household"):
        CommitteeRules.from_mapping({**data, "ceiling_per_household": "-5"})
    with pytest.raises(ParseError, match="late_fee"):
        CommitteeRules.from_mapping({**data, "late_fee": {"amount": "x"}})
    assert RULES[1].to_mapping()["ceiling_per_household"] == str(Decimal("15000.50"))
