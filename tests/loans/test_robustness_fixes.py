"""Regression tests for the loan engine's robustness review: bad input ends as a ChumchonError, and results do
not depend on the caller's decimal context."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from chumchon.errors import ChumchonError, InvalidInputError, ParseError
from chumchon.loans import (
    AccrualBasis,
    AllocationOrder,
    ArrearsBuckets,
    LoanTerms,
    Payment,
    RatePenalty,
    apply_payments,
    build_custom_schedule,
    build_schedule,
    default_interest_limit,
    effective_annual_rate,
    fv,
    ipmt,
    nper,
    pmt,
    portfolio_at_risk,
    ppmt,
    pv,
    rate,
)
from chumchon.loans.dates import add_months, adjust_date, day_count
from chumchon.loans.finance import MAX_ITERATIONS, MAX_PERIODS
from chumchon.loans.terms import DateAdjustment
from chumchon.mapping import from_data
from chumchon.money import WHOLE_BAHT, Rounding

CUSTOM = [(date(2025, 6, 1), Decimal("4000")), (date(2025, 12, 1), Decimal("6000"))]

# Contexts a notebook or another library might leave behind (as tests/robustness uses).
HOSTILE = {
    "prec5_floor": decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR),
    "trap_rounded": decimal.Context(prec=6, rounding=decimal.ROUND_CEILING, traps=[decimal.Rounded]),
    "no_traps": decimal.Context(prec=12, rounding=decimal.ROUND_DOWN, traps=[]),
}


def _terms() -> LoanTerms:
    return LoanTerms(
        principal=Decimal("20000"),
        annual_rate=Decimal("0.12"),
        installments=12,
        disbursed_on=date(2025, 1, 15),
    )


def _payments() -> list[Payment]:
    return [Payment(date(2025, 2, 15), Decimal("1776.98")), Payment(date(2025, 4, 20), Decimal("1000"))]


# --- 1. enum arguments are converted by name or refused ---------------------------------------------------------


@pytest.mark.parametrize("accrual", [AccrualBasis.THIRTY_360, "thirty_360", "THIRTY_360", " Thirty_360 "])
def test_custom_schedule_accrual_by_name_uses_thirty_360(accrual: object) -> None:
    s = build_custom_schedule(10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05", accrual=accrual)  # type: ignore[arg-type]
    # 30/360: 150 days on 10,000 at 5% is 208.33; 180 days on 6,000 is 150.00 (actual/365 gives 206.85, 150.41).
    assert [i.interest for i in s.installments] == [Decimal("208.33"), Decimal("150.00")]
    assert s.accrual is AccrualBasis.THIRTY_360


@pytest.mark.parametrize(
    "accrual", ["thirty-360", "monthly", None, 1, object(), "per_period", AccrualBasis.PER_PERIOD]
)
def test_custom_schedule_refuses_unknown_or_per_period_accrual(accrual: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        build_custom_schedule(10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05", accrual=accrual)  # type: ignore[arg-type]
    assert caught.value.field == "accrual"


def test_allocation_by_name_and_refusal() -> None:
    s = build_schedule(_terms())
    by_name = apply_payments(s, _payments(), date(2025, 6, 30), allocation="interest_principal_penalty")
    by_member = apply_payments(
        s, _payments(), date(2025, 6, 30), allocation=AllocationOrder.INTEREST_PRINCIPAL_PENALTY
    )
    assert by_name == by_member
    with pytest.raises(InvalidInputError, match="allocation"):
        apply_payments(s, _payments(), date(2025, 6, 30), allocation="principal_first")
    with pytest.raises(InvalidInputError, match="allocation"):
        apply_payments(s, _payments(), date(2025, 6, 30), allocation=("penalty", "interest", "principal"))  # type: ignore[arg-type]


def test_date_helpers_convert_or_refuse_enum_names() -> None:
    saturday = date(2026, 4, 11)
    assert (
        adjust_date(saturday, "following")
        == adjust_date(saturday, DateAdjustment.FOLLOWING)
        == date(2026, 4, 13)
    )  # type: ignore[arg-type]
    assert adjust_date(saturday, "preceding") == date(2026, 4, 10)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        adjust_date(saturday, "next")  # type: ignore[arg-type]
    assert day_count(date(2024, 1, 31), date(2024, 3, 31), "thirty_360") == 60  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        day_count(date(2024, 1, 31), date(2024, 3, 31), None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        day_count("2024-13-01", date(2024, 3, 31), AccrualBasis.ACTUAL_365)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        add_months(date(2024, 1, 31), 1.5)  # type: ignore[arg-type]


# --- 2. results do not depend on the ambient decimal context ----------------------------------------------------


def _calculations() -> tuple[Any, ...]:
    terms = _terms()
    schedule = build_schedule(terms)
    status = apply_payments(
        schedule, _payments(), date(2025, 8, 31), penalty=RatePenalty(annual_rate=Decimal("0.05"))
    )
    return (
        status,
        repr(status),
        status.overdue_amount,
        status.outstanding_interest,
        [i.outstanding for i in status.installments],
        pmt(Decimal("0.0123"), 36, Decimal("150000")),
        rate(36, Decimal("-5000"), Decimal("150000")),
        effective_annual_rate(schedule),
        schedule.total_interest,
        terms.period_rate,
        terms.monthly_percent,
        LoanTerms.from_monthly_percent(
            "1.23456", principal=1000, installments=3, disbursed_on=date(2025, 1, 1)
        ),
        portfolio_at_risk([status]),
        default_interest_limit("0.12345", date(2025, 1, 1)),
        build_custom_schedule(10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05"),
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_results_do_not_depend_on_the_ambient_context(name: str) -> None:
    with decimal.localcontext(decimal.Context()):
        expected = _calculations()
    with decimal.localcontext(HOSTILE[name]) as ctx:
        got = _calculations()
        assert (ctx.prec, ctx.rounding) == (HOSTILE[name].prec, HOSTILE[name].rounding)  # left as it was
    for ours, theirs in zip(got, expected, strict=True):
        assert ours == theirs and repr(ours) == repr(theirs)


def test_named_values_under_a_five_digit_floor_context() -> None:
    # The robustness review: instalment 1 principal_paid came out 1576.9 and pmt -5182.0 under prec=5/floor.
    schedule = build_schedule(_terms())
    with decimal.localcontext(HOSTILE["prec5_floor"]):
        status = apply_payments(schedule, _payments(), date(2025, 6, 30))
        payment = pmt(Decimal("0.0123"), 36, Decimal("150000"))
    assert status.installments[0].principal_paid == Decimal("1576.98")
    assert str(payment).startswith("-5182.18723407719297101843998546")


# --- 3. default_interest_limit validates its arguments ---------------------------------------------------------


@pytest.mark.parametrize(
    "value", [-1, True, Decimal("Infinity"), Decimal("NaN"), Decimal("sNaN"), None, float("nan"), "abc", [1]]
)
def test_default_interest_limit_refuses_bad_rates(value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        default_interest_limit(value, date(2026, 1, 1))
    assert caught.value.field == "agreed_annual_rate"


def test_default_interest_limit_accepts_numbers_and_checks_the_date() -> None:
    assert default_interest_limit("0.12", date(2026, 1, 1))[0] == Decimal("0.15")
    assert default_interest_limit(0.02, date(2026, 1, 1))[0] == Decimal("0.05")
    with pytest.raises(ChumchonError):
        default_interest_limit("0.12", "not a date")  # type: ignore[arg-type]


# --- 4. finance bounds -----------------------------------------------------------------------------------------


_FINANCE: dict[str, Callable[..., Any]] = {
    "pmt": lambda **k: pmt(k.get("rate", "0.01"), k.get("nper", 12), 10000, when=k.get("when", "end")),
    "ipmt": lambda **k: ipmt(k.get("rate", "0.01"), 3, k.get("nper", 12), 10000, when=k.get("when", "end")),
    "ppmt": lambda **k: ppmt(k.get("rate", "0.01"), 3, k.get("nper", 12), 10000, when=k.get("when", "end")),
    "pv": lambda **k: pv(k.get("rate", "0.01"), k.get("nper", 12), -888, when=k.get("when", "end")),
    "fv": lambda **k: fv(k.get("rate", "0.01"), k.get("nper", 12), -100, -1000, when=k.get("when", "end")),
    "rate": lambda **k: rate(k.get("nper", 12), -888.49, 10000, when=k.get("when", "end")),
}


@pytest.mark.parametrize("name", sorted(_FINANCE))
@pytest.mark.parametrize("n", [1e30, 10**40, MAX_PERIODS + 1, -(10**7)])
def test_finance_refuses_nper_beyond_the_bound(name: str, n: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _FINANCE[name](nper=n)
    assert caught.value.field == "nper"


@pytest.mark.parametrize("name", [*sorted(_FINANCE), "nper"])
@pytest.mark.parametrize("when", [Decimal("sNaN"), Decimal("NaN"), float("nan"), "middle", 2, None, [0]])
def test_finance_refuses_bad_when(name: str, when: object) -> None:
    call = _FINANCE.get(name) or (lambda **k: nper("0.01", -888.49, 10000, when=k["when"]))
    with pytest.raises(InvalidInputError) as caught:
        call(when=when)
    assert caught.value.field == "when"


@pytest.mark.parametrize("when", ["BEGIN", " begin ", 1, True, Decimal(1), 1.0])
def test_finance_accepts_begin_spellings(when: object) -> None:
    assert pmt("0.01", 12, 10000, when=when) == pmt("0.01", 12, 10000, when="begin")


def test_results_too_large_for_decimal_are_refused() -> None:
    # 11 ** 1e6 has a million digits: within the nper bound but beyond Decimal's exponent range.
    for call in (
        lambda: pmt(10, MAX_PERIODS, 1000),
        lambda: fv(10, MAX_PERIODS, -1, 0),
        lambda: pv(10, -MAX_PERIODS, -1),
        lambda: ipmt(10, 2, MAX_PERIODS, 1000),
    ):
        with pytest.raises(InvalidInputError):
            call()
    # a vanishingly small rate is a zero rate to 60 digits, not a division by zero
    assert pmt("1e-70", 12, 1200) == Decimal(-100)
    assert nper("1e-70", -100, 1200) == Decimal(12)


@pytest.mark.parametrize("maxiter", [None, 1.5, "100", True, 0, -3, MAX_ITERATIONS + 1, Decimal("NaN"), [1]])
def test_rate_refuses_bad_maxiter(maxiter: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        rate(12, Decimal("-888.49"), Decimal("10000"), maxiter=maxiter)  # type: ignore[arg-type]
    assert caught.value.field == "maxiter"


@pytest.mark.parametrize("tol", [0, -1, "-1e-9"])
def test_rate_refuses_a_tolerance_that_is_not_positive(tol: object) -> None:
    with pytest.raises(InvalidInputError):
        rate(12, Decimal("-888.49"), Decimal("10000"), tol=tol)


def test_rate_from_a_guess_whose_powers_overflow_still_finds_the_root() -> None:
    # Newton from 1000 overflows at once; scanning down from the guess finds the perpetuity rate 1/10.
    found = rate(MAX_PERIODS, Decimal("-1"), Decimal("10"), guess=1000)
    assert abs(found - Decimal("0.1")) < Decimal("1e-18")


# --- 5. LoanTerms.from_mapping --------------------------------------------------------------------------------

_VALID = {"principal": "20000", "annual_rate": "0.12", "installments": 12, "disbursed_on": "2025-01-15"}


@pytest.mark.parametrize("key", sorted(_VALID))
def test_from_mapping_names_a_missing_key(key: str) -> None:
    with pytest.raises(ParseError) as caught:
        LoanTerms.from_mapping({k: v for k, v in _VALID.items() if k != key})
    assert caught.value.field == key
    assert key in caught.value.en


def test_from_mapping_of_nothing_names_every_required_key() -> None:
    with pytest.raises(ParseError) as caught:
        LoanTerms.from_mapping({})
    for key in ("principal", "annual_rate", "installments", "disbursed_on"):
        assert key in caught.value.en


@pytest.mark.parametrize("key", [None, 0, 1.5, ("a",)])
def test_from_mapping_refuses_non_text_keys(key: object) -> None:
    with pytest.raises(ParseError) as caught:
        LoanTerms.from_mapping({**_VALID, key: 1})  # type: ignore[dict-item]
    assert repr(key) in caught.value.en


@pytest.mark.parametrize("data", [None, [("principal", 1)], "principal=1", 5])
def test_from_mapping_refuses_what_is_not_a_mapping(data: object) -> None:
    with pytest.raises(InvalidInputError):
        LoanTerms.from_mapping(data)  # type: ignore[arg-type]


@pytest.mark.parametrize("extra", [{"monthly_percent": "1"}, {"annual_percent": "12"}, {"_due_dates": ()}])
def test_from_mapping_refuses_two_rates_and_private_fields(extra: dict[str, object]) -> None:
    with pytest.raises(ParseError):
        LoanTerms.from_mapping({**_VALID, **extra})


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({**_VALID, "colour": "red"}, "colour", "unknown field colour; allowed: accrual, "),
        (
            {"principal": "1", "monthly_percent": "1"},
            "installments",
            "missing field(s) installments, disbursed_on",
        ),
        (
            {**_VALID, "annual_percent": "12"},
            "annual_percent",
            "annual_percent repeats annual_rate (give one of",
        ),
        (
            {**_VALID, "principal": "-5"},
            "principal",
            "must be greater than zero, not Decimal('-5') (at principal)",
        ),
        ({**_VALID, "frequency": "fortnightly"}, "frequency", "(at frequency)"),
    ],
)
def test_from_mapping_refuses_a_malformed_mapping_as_documents_are(
    data: Any, field: str, message: str
) -> None:
    # The kernel's wording and field, as for the same terms inside a schedule document (there under "terms.").
    with pytest.raises(ParseError) as caught:
        LoanTerms.from_mapping(data)
    assert caught.value.field == field
    assert message in caught.value.en
    if "monthly_percent" not in data:
        with pytest.raises(ParseError) as nested:
            from_data(LoanTerms, data, "terms")
        assert nested.value.field == f"terms.{field}"


def test_from_mapping_refuses_what_is_not_a_mapping_as_documents_are() -> None:
    with pytest.raises(ParseError, match="the data must be a JSON object, not 'principal=1'"):
        LoanTerms.from_mapping("principal=1")  # type: ignore[arg-type]


def test_from_mapping_reads_back_a_custom_rounding() -> None:
    # A rounding that is not a named rule is written as {"quantum", "mode"}; the converter alone refused it.
    terms = LoanTerms(**_VALID, installment_rounding=Rounding(Decimal("0.5"), "half_up"))  # type: ignore[arg-type]
    assert LoanTerms.from_mapping(terms.to_mapping()) == terms


def test_from_mapping_still_takes_the_forms_people_type() -> None:
    typed = {
        "principal": "20,000",
        "monthly_percent": 1,
        "installments": 12,
        "disbursed_on": date(2025, 1, 15),
    }
    assert LoanTerms.from_mapping(typed) == LoanTerms.from_mapping(_VALID)
    yearly = {**{k: v for k, v in _VALID.items() if k != "annual_rate"}, "annual_percent": "12"}
    assert LoanTerms.from_mapping(yearly) == LoanTerms.from_mapping(_VALID)


def test_from_percent_constructors_refuse_a_second_rate() -> None:
    with pytest.raises(InvalidInputError, match="annual_rate"):
        LoanTerms.from_monthly_percent(
            1, annual_rate="0.12", principal=1000, installments=3, disbursed_on=date(2025, 1, 1)
        )


# --- 6. objects and iterables are type-checked -----------------------------------------------------------------

_NOT_ITERABLE = [None, True, 5, Decimal("1"), 1e30, object()]


@pytest.mark.parametrize("value", [*_NOT_ITERABLE, "abc", {"a": 1}])
def test_custom_schedule_refuses_installments_that_are_not_pairs(value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        build_custom_schedule(10000, date(2025, 1, 1), value)  # type: ignore[arg-type]
    assert caught.value.field == "installments"


@pytest.mark.parametrize("value", [None, True, 0, Decimal("0.01"), [1], {"a": 1}, "bad", object()])
def test_custom_schedule_refuses_a_rounding_that_is_not_one(value: object) -> None:
    with pytest.raises(InvalidInputError):
        build_custom_schedule(10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05", interest_rounding=value)  # type: ignore[arg-type]


def test_custom_schedule_takes_a_rounding_by_name() -> None:
    s = build_custom_schedule(
        10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05", interest_rounding="whole_baht"
    )
    t = build_custom_schedule(
        10000, date(2025, 1, 1), CUSTOM, annual_rate="0.05", interest_rounding=WHOLE_BAHT
    )
    assert s == t
    assert [i.interest for i in s.installments] == [Decimal("207"), Decimal("150")]  # 206.85, 150.41


@pytest.mark.parametrize("value", [*_NOT_ITERABLE, "abc", {"a": 1}, [1], [None]])
def test_apply_payments_refuses_payments_that_are_not_payments(value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        apply_payments(build_schedule(_terms()), value, date(2025, 6, 30))  # type: ignore[arg-type]
    assert caught.value.field.startswith("payments")  # the list, or the bad item: payments[0]


@pytest.mark.parametrize("value", [None, [30, 60], (30,), "30-60", object(), 30])
def test_apply_payments_refuses_buckets_that_are_not_arrears_buckets(value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        apply_payments(build_schedule(_terms()), _payments(), date(2025, 6, 30), buckets=value)  # type: ignore[arg-type]
    assert caught.value.field == "buckets"


def test_apply_payments_takes_a_generator_and_custom_buckets() -> None:
    status = apply_payments(
        build_schedule(_terms()),
        (p for p in _payments()),
        date(2025, 6, 30),
        buckets=ArrearsBuckets((10, 300)),
    )
    assert status.days_past_due == 107  # instalment 2, due 15 March, only part paid by 30 June
    assert status.bucket == "11-300"


@pytest.mark.parametrize("value", [*_NOT_ITERABLE, "abc", {"a": 1}, [1], [None]])
def test_portfolio_at_risk_refuses_statuses_that_are_not_statuses(value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        portfolio_at_risk(value)  # type: ignore[arg-type]
    assert caught.value.field.startswith("statuses")  # the list, or the bad item: statuses[0]


@pytest.mark.parametrize("value", [None, "5", 1.5, True])
def test_bucket_classify_refuses_what_is_not_a_whole_number(value: object) -> None:
    with pytest.raises(InvalidInputError):
        ArrearsBuckets().classify(value)  # type: ignore[arg-type]


def test_every_error_has_thai_and_english() -> None:
    with pytest.raises(InvalidInputError) as caught:
        portfolio_at_risk(None)  # type: ignore[arg-type]
    assert caught.value.th and caught.value.en and caught.value.th != caught.value.en
