"""The loan package reads every input through the one checking kernel (chumchon._checks): the same value is
accepted or refused the same way in every constructor, function and ``attrs.evolve`` (issue 17)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    AccrualBasis,
    Amortization,
    DateAdjustment,
    FlatPenalty,
    Frequency,
    InterestMethod,
    LoanTerms,
    Payment,
    RatePenalty,
    apply_payments,
    assess_interest_rate,
    build_custom_schedule,
    build_rescheduling,
    build_schedule,
    default_interest_limit,
)
from chumchon.loans.terms import RemainderOn

DISBURSED = date(2026, 1, 10)
ENUMS = (InterestMethod, Amortization, RemainderOn, AccrualBasis, DateAdjustment)


def _terms(**changes: object) -> LoanTerms:
    values: dict[str, object] = {
        "principal": 12000,
        "annual_rate": "0.12",
        "installments": 12,
        "disbursed_on": DISBURSED,
    }
    values.update(changes)
    return LoanTerms(**values)  # type: ignore[arg-type]


def _random_case(text: str, flips: list[bool]) -> str:
    padded = (flips + [False] * len(text))[: len(text)]
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(text, padded, strict=True))


@given(
    kind=st.sampled_from(ENUMS),
    index=st.integers(min_value=0, max_value=3),
    flips=st.lists(st.booleans(), min_size=0, max_size=30),
    by_name=st.booleans(),
)
def test_every_loan_enum_reads_its_names_and_values_in_any_case(
    kind: type, index: int, flips: list[bool], by_name: bool
) -> None:
    members = list(kind)
    member = members[index % len(members)]
    written = _random_case(member.name if by_name else member.value, flips)
    assert kind.parse(f" {written} ") is member  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "given", "expected"),
    [
        ("interest_method", "Flat", InterestMethod.FLAT),
        ("interest_method", "ดอกเบี้ยคงที่", InterestMethod.FLAT),
        ("interest_method", "DECLINING_BALANCE", InterestMethod.DECLINING_BALANCE),
        ("amortization", "เงินต้นเท่ากันทุกงวด", Amortization.EQUAL_PRINCIPAL),
        ("remainder_on", "Last", RemainderOn.LAST),
        ("remainder_on", "งวดสุดท้าย", RemainderOn.LAST),
        ("accrual", "Actual_365", AccrualBasis.ACTUAL_365),
        ("date_adjustment", "Modified_Following", DateAdjustment.MODIFIED_FOLLOWING),
        ("frequency", "Quarterly", Frequency.QUARTERLY),
        ("frequency", "รายไตรมาส", Frequency.QUARTERLY),
        ("frequency", "ทุก 2 เดือน", Frequency.every(2)),
    ],
)
def test_loan_terms_read_enums_by_name_or_thai_label_in_the_constructor_and_in_evolve(
    field: str, given: str, expected: object
) -> None:
    assert getattr(_terms(**{field: given}), field) == expected
    assert getattr(attrs.evolve(_terms(), **{field: given}), field) == expected


def test_enum_parse_refuses_an_unknown_name_listing_the_allowed_values() -> None:
    with pytest.raises(InvalidInputError) as caught:
        InterestMethod.parse("compound")
    assert caught.value.field == "interest_method"
    assert "declining_balance, flat, none" in caught.value.en


@given(day=st.dates(min_value=date(2026, 1, 11), max_value=date(2040, 12, 31)))
def test_iso_text_is_the_same_date_everywhere_a_date_is_taken(day: date) -> None:
    schedule = build_schedule(_terms())
    iso = day.isoformat()
    assert apply_payments(schedule, [], iso) == apply_payments(schedule, [], day)
    assert assess_interest_rate(schedule, iso) == assess_interest_rate(schedule, day)
    assert default_interest_limit("0.12", iso) == default_interest_limit("0.12", day)
    assert Payment(iso, 10) == Payment(day, 10)
    assert _terms(disbursed_on=iso) == _terms(disbursed_on=day)


def test_a_datetime_gives_its_date_and_other_text_is_refused_alike() -> None:
    schedule = build_schedule(_terms())
    at_noon = datetime(2026, 5, 1, 12, 0)
    assert apply_payments(schedule, [], at_noon).as_of == date(2026, 5, 1)
    refusals = [
        lambda: apply_payments(schedule, [], "1/5/2026"),
        lambda: assess_interest_rate(schedule, "1/5/2026"),
        lambda: default_interest_limit("0.12", "1/5/2026"),
        lambda: Payment("1/5/2026", 10),
        lambda: _terms(disbursed_on="1/5/2026"),
        lambda: build_custom_schedule(1000, "1/5/2026", [(date(2026, 6, 1), 1000)]),
    ]
    messages = set()
    for refuse in refusals:
        with pytest.raises(InvalidInputError) as caught:
            refuse()
        messages.add(caught.value.en.split("'")[2])  # the text after the field name
    assert messages == {" must be a date (datetime.date or YYYY-MM-DD), not "}


def test_reschedule_takes_iso_text_too() -> None:
    status = apply_payments(build_schedule(_terms()), [], date(2026, 6, 1))
    assert build_rescheduling(status, "2026-06-01") == build_rescheduling(status, date(2026, 6, 1))


def test_numpy_scalars_are_numbers_everywhere() -> None:
    terms = _terms(principal=np.int64(12000), annual_rate=np.float64(0.12), installments=np.int64(12))
    assert terms == _terms()
    assert Payment(DISBURSED, np.float64(10.5)).amount == Decimal("10.5")
    assert FlatPenalty(amount=np.int32(50), grace_days=np.int64(3)) == FlatPenalty(amount=50, grace_days=3)
    assert RatePenalty(annual_rate=np.float64(0.15)).annual_rate == Decimal("0.15")


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: attrs.evolve(_terms(), principal="10.005"), "principal"),
        (lambda: attrs.evolve(_terms(), installments=True), "installments"),
        (lambda: attrs.evolve(_terms(), interest_method="compound"), "interest_method"),
        (lambda: attrs.evolve(Payment(DISBURSED, 10), amount=0), "amount"),
        (lambda: attrs.evolve(Payment(DISBURSED, 10), date="soon"), "date"),
        (lambda: attrs.evolve(FlatPenalty(amount=10), grace_days=-1), "grace_days"),
    ],
)
def test_evolve_checks_as_the_constructor_does(make: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        make()  # type: ignore[operator]
    assert caught.value.field == field


def test_custom_schedules_refuse_a_fraction_of_a_satang_as_loan_terms_do() -> None:
    for make in (
        lambda: _terms(principal="1000.005"),
        lambda: build_custom_schedule("1000.005", DISBURSED, [(date(2026, 6, 1), "1000.005")]),
    ):
        with pytest.raises(InvalidInputError) as caught:
            make()
        assert caught.value.field == "principal"
        assert "whole number of satang" in caught.value.en


def test_flags_are_true_or_false_only() -> None:
    status = apply_payments(build_schedule(_terms()), [], date(2026, 6, 1))
    with pytest.raises(InvalidInputError) as caught:
        build_rescheduling(status, date(2026, 6, 1), capitalize_arrears=1)  # type: ignore[arg-type]
    assert caught.value.field == "capitalize_arrears"


def test_rate_penalty_on_interest_is_a_flag_in_the_constructor_and_in_evolve() -> None:
    with pytest.raises(InvalidInputError) as caught:
        RatePenalty(annual_rate="0.05", on_interest="yes")  # type: ignore[arg-type]
    assert caught.value.field == "on_interest"
    with pytest.raises(InvalidInputError):
        attrs.evolve(RatePenalty(annual_rate="0.05"), on_interest=1)
    assert RatePenalty(annual_rate="0.05", on_interest=np.bool_(True)).on_interest is True


@given(principal=st.integers(min_value=1, max_value=10**16))
def test_an_int_principal_reads_as_the_kernel_reads_it(principal: int) -> None:
    from chumchon._checks import money

    terms = _terms(principal=principal, annual_rate=0, interest_method="none")
    expected = money(principal, "principal", positive=True, whole_satang=True)
    assert terms.principal == expected and str(terms.principal) == str(expected)
