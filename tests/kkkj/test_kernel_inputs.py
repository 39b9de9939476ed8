"""The กข.คจ. classes read their inputs through the one checking kernel: Thai names of enums, NumPy integers,
ISO date text, and the same checks through ``attrs.evolve``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import numpy as np
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    TRAINING_CASE,
    AccountFigures,
    AreaLevel,
    CommitteeRules,
    DevelopmentLevel,
    FactorFinding,
    GraceExtension,
    GraceRule,
    Household,
    LoanRequest,
    OpenLoanRule,
    Purpose,
    PurposeList,
    ReviewFactor,
    Standing,
    Village,
    grace_standing,
    repayment_schedule,
    summarise,
    village_report,
)

CASE = TRAINING_CASE
HOUSEHOLD = Household(household_id="H1", members=4, annual_income=100000)


def _request(**changes: object) -> LoanRequest:
    base: dict[str, object] = {
        "household": HOUSEHOLD,
        "amount": 10000,
        "purpose": Purpose.OCCUPATION,
        "installments": 3,
        "term_months": 12,
        "requested_on": date(2026, 11, 21),
    }
    return LoanRequest(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "member"),
    [
        (Purpose, Purpose.OCCUPATION),
        (Purpose, Purpose.PAY_OLD_DEBT),
        (AreaLevel, AreaLevel.PROVINCE),
        (ReviewFactor, ReviewFactor.TIME_TO_INCOME),
        (Standing, Standing.IN_GRACE),
        (OpenLoanRule, OpenLoanRule.ALLOWED_IF_CURRENT),
    ],
)
def test_every_kkkj_enum_reads_its_thai_name_code_and_name(kind: type, member: object) -> None:
    assert kind.parse(member.label.th) is member  # type: ignore[attr-defined]
    assert kind.parse(member.value) is member  # type: ignore[attr-defined]
    assert kind.parse(f" {member.name.lower()} ") is member  # type: ignore[attr-defined]
    with pytest.raises(InvalidInputError, match="must be one of"):
        kind.parse("ไม่มีชื่อนี้")  # type: ignore[attr-defined]


def test_a_request_takes_the_purpose_by_its_thai_name() -> None:
    request = _request(purpose="ชำระหนี้เดิม")
    assert request.purpose is Purpose.PAY_OLD_DEBT
    assert _request(purpose="occupation").purpose is Purpose.OCCUPATION
    assert attrs.evolve(request, purpose="ประกอบอาชีพตามโครงการที่ครัวเรือนเสนอ").purpose is Purpose.OCCUPATION
    with pytest.raises(InvalidInputError, match="purpose"):
        attrs.evolve(request, purpose="fishing")


def test_numpy_integers_are_whole_numbers_and_stay_plain_ints() -> None:
    request = _request(installments=np.int64(3), term_months=np.int32(12), amount=np.int64(10000))
    assert (type(request.installments), type(request.term_months)) == (int, int)
    assert request.amount == Decimal(10000)
    village = Village(village_id="V1", name="บ้าน", households=np.int64(90), target_households=np.uint8(3))
    assert type(village.households) is int
    assert DevelopmentLevel(level=np.int16(2), assessed_in=np.int64(2569)).level == 2
    assert GraceRule(days_allowed=np.int64(30)).days_allowed == 30
    with pytest.raises(InvalidInputError, match="installments"):
        _request(installments=np.float64(3.0))
    with pytest.raises(InvalidInputError, match="installments"):
        _request(installments=True)


def test_iso_date_text_is_read_like_everywhere_else() -> None:
    schedule = repayment_schedule(9000, installments=3, first_due="2027-01-31", disbursed_on="2026-11-30")
    assert schedule.disbursed_on == date(2026, 11, 30)
    assert schedule == repayment_schedule(
        9000, installments=3, first_due=date(2027, 1, 31), disbursed_on=date(2026, 11, 30)
    )
    assert _request(requested_on="2026-11-21").requested_on == date(2026, 11, 21)
    report = village_report(CASE.village, [], bank_balance=1, cash_elsewhere=0, as_of="2026-09-30")
    assert report.as_of == date(2026, 9, 30)
    extension = GraceExtension(loan_id="L1", granted_on="2026-01-01", until="2026-03-31")
    assert extension.until == date(2026, 3, 31)
    with pytest.raises(InvalidInputError, match="disbursed_on"):
        repayment_schedule(9000, installments=3, first_due="2027-01-31", disbursed_on="30/11/2026")


def test_evolve_checks_like_the_constructor() -> None:
    committee = CASE.committee
    assert attrs.evolve(committee, other_open_loans="allowed").other_open_loans is OpenLoanRule.ALLOWED
    for field, bad in [
        ("ceiling_per_household", -1),
        ("longest_term_months", 0),
        ("late_fee", 50),
        ("other_open_loans", "x"),
        ("max_installments", 0),
    ]:
        with pytest.raises(InvalidInputError, match=field):
            attrs.evolve(committee, **{field: bad})
    figures = AccountFigures(loan_id="L", household_id="H", outstanding=100, repaid_this_year=0, overdue=0)
    with pytest.raises(InvalidInputError, match="overdue"):
        attrs.evolve(figures, overdue=200)
    with pytest.raises(InvalidInputError, match="household_id"):
        attrs.evolve(HOUSEHOLD, household_id=" ")
    finding = FactorFinding(factor="ability_to_repay", favourable=True, note="ขายไข่")
    with pytest.raises(InvalidInputError, match="favourable"):
        attrs.evolve(finding, favourable="yes")


def test_purpose_lists_and_committee_rules_take_names_too() -> None:
    assert PurposeList(["house", "อุปโภคบริโภคในครัวเรือน"]).items == (Purpose.HOUSE, Purpose.CONSUMPTION)
    rules = CommitteeRules(
        ceiling_per_household="20000", longest_term_months=24, late_fee=None, other_open_loans="none_allowed"
    )
    assert rules.other_open_loans is OpenLoanRule.NONE_ALLOWED


def test_report_amounts_are_whole_satang_written_to_the_satang() -> None:
    figures = AccountFigures(loan_id="L", household_id="H", outstanding=8000, repaid_this_year=0, overdue=0)
    assert str(figures.outstanding) == "8000.00"
    with pytest.raises(InvalidInputError, match="satang"):
        AccountFigures(loan_id="L", household_id="H", outstanding="8000.005", repaid_this_year=0, overdue=0)
    report = village_report(
        CASE.village, [figures], bank_balance=262000, cash_elsewhere=0, as_of="2026-09-30"
    )
    exponents = {
        value.as_tuple().exponent for value in report.figures.as_dict().values() if isinstance(value, Decimal)
    }
    assert exponents == {-2}
    # a summary counts each village once: the second is another village with the same figures
    twin = attrs.evolve(report, village=attrs.evolve(report.village, village_id="V2"))
    total = summarise([report, twin], name="เมือง").total
    assert {v.as_tuple().exponent for v in total.as_dict().values() if isinstance(v, Decimal)} == {-2}
    standing = grace_standing(
        loan_id="L",
        outstanding=100,
        overdue=0,
        days_past_due=None,
        as_of="2026-09-30",
        grace=GraceRule(days_allowed=0),
    )
    assert standing.standing is Standing.NOT_OVERDUE
