"""The committee's three factors and the tambon officer's opinion in a review (district CDD pages)."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    TRAINING_CASE,
    FactorFinding,
    OfficerOpinion,
    ReviewFactor,
    review_request,
)
from chumchon.rules import Status

CASE = TRAINING_CASE


def _all(favourable: bool = True) -> list[FactorFinding]:
    return [FactorFinding(factor=f, favourable=favourable, note=f"บันทึก {f.value}") for f in ReviewFactor]


OPINION = OfficerOpinion(
    officer="นางสาวพัฒนา ตำบลดี", supports=True, given_on=date(2025, 11, 10), note="เห็นควร"
)


def review(**kwargs: object) -> object:
    return review_request(CASE.request, committee=CASE.committee, fund_cash=CASE.fund_cash, **kwargs)  # type: ignore[arg-type]


def test_without_findings_everything_is_pending_and_the_chair_cannot_decide() -> None:
    result = review()
    assert result.approved  # type: ignore[attr-defined]
    assert result.pending == (*(f.value for f in ReviewFactor), "officer_opinion")  # type: ignore[attr-defined]
    assert not result.ready_for_chair  # type: ignore[attr-defined]


def test_favourable_findings_and_an_opinion_make_the_file_ready() -> None:
    result = review(factors=reversed(_all()), officer_opinion=OPINION)
    assert [f.factor for f in result.factors] == list(ReviewFactor)  # type: ignore[attr-defined]
    assert result.ready_for_chair and result.pending == ()  # type: ignore[attr-defined]
    factor = result.criterion("time_to_income")  # type: ignore[attr-defined]
    assert factor.passed and factor.reason.th == "บันทึก time_to_income" and factor.status is Status.CONFIRMED
    text = result.to_text(language="en")  # type: ignore[attr-defined]
    assert "supports the loan" in text and "นางสาวพัฒนา ตำบลดี" in text and "secondary" in text
    assert pickle.loads(pickle.dumps(result)) == result


def test_an_unfavourable_finding_fails_the_review_with_the_committee_note() -> None:
    findings = [
        *_all()[:2],
        FactorFinding(factor=ReviewFactor.TIME_TO_INCOME, favourable=False, note="ช้าเกินไป"),
    ]
    result = review(factors=findings, officer_opinion=OPINION)
    assert [c.key for c in result.failed] == ["time_to_income"]  # type: ignore[attr-defined]
    assert not result.approved and not result.ready_for_chair  # type: ignore[attr-defined]


def test_the_officer_opinion_is_shown_but_does_not_decide() -> None:
    against = OfficerOpinion(officer="นายค้าน", supports=False, given_on=date(2025, 11, 4))
    result = review(factors=_all(), officer_opinion=against)
    assert result.ready_for_chair  # type: ignore[attr-defined]
    rows = result.to_rows(language="en")  # type: ignore[attr-defined]
    assert rows[-1][1] is False and "does not support" in rows[-1][2]


def test_a_factor_given_twice_is_refused() -> None:
    twice = [*_all(), FactorFinding(factor=ReviewFactor.ABILITY_TO_REPAY, favourable=False, note="x")]
    with pytest.raises(InvalidInputError, match="given twice"):
        review(factors=twice)


@pytest.mark.parametrize("bad", [None, 3, "abc", [1]])
def test_factors_must_be_findings(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        review(factors=bad)


def test_an_opinion_before_the_request_is_refused() -> None:
    early = OfficerOpinion(officer="นายก่อน", supports=True, given_on=date(2025, 11, 2))
    with pytest.raises(InvalidInputError, match="before the request"):
        review(officer_opinion=early)
    with pytest.raises(InvalidInputError):
        review(officer_opinion="yes")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"factor": "repay", "favourable": True, "note": "x"},
        {"factor": ReviewFactor.ABILITY_TO_REPAY, "favourable": 1, "note": "x"},
        {"factor": ReviewFactor.ABILITY_TO_REPAY, "favourable": True, "note": ""},
    ],
)
def test_a_finding_needs_a_factor_a_verdict_and_a_note(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        FactorFinding(**kwargs)  # type: ignore[arg-type]


def test_every_factor_has_thai_and_english_labels() -> None:
    assert all(f.label.th and f.label.en for f in ReviewFactor)
