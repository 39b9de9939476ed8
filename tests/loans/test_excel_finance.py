"""The finance functions on Microsoft's documented examples and on the defects recorded in issue 16."""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import (
    cumipmt,
    cumprinc,
    effect,
    ipmt,
    irr,
    nominal,
    npv,
    pmt,
    ppmt,
    rate,
    xirr,
    xnpv,
)
from chumchon.loans.finance import MAX_PERIODS
from chumchon.loans.finance import nper as loans_nper
from chumchon.money import DECIMAL_CONTEXT, SATANG

D = Decimal
# Microsoft's XNPV/XIRR example (support.microsoft.com, "XIRR function" and "XNPV function").
MS_VALUES = [-10000, 2750, 4250, 3250, 2750]
MS_DATES = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30), date(2009, 2, 15), date(2009, 4, 1)]


# --- Microsoft's documented examples (support.microsoft.com, each function's page) -------------------------


def test_effect_example() -> None:
    assert round(effect("0.0525", 4), 9) == D("0.053542667")


def test_nominal_example() -> None:
    # Microsoft shows 0.052500319; the exact value is 0.05250031986836, so 9 places round to ...320.
    assert round(nominal("0.053543", 4), 9) == D("0.052500320")
    assert str(nominal("0.053543", 4)).startswith("0.0525003198683")


def test_cumipmt_examples() -> None:
    assert round(cumipmt(D("0.09") / 12, 30 * 12, 125000, 13, 24, 0), 5) == D("-11135.23213")
    assert cumipmt(D("0.09") / 12, 30 * 12, 125000, 1, 1, 0) == D("-937.5")


def test_cumprinc_examples() -> None:
    assert round(cumprinc(D("0.09") / 12, 30 * 12, 125000, 13, 24, 0), 7) == D("-934.1071234")
    assert round(cumprinc(D("0.09") / 12, 30 * 12, 125000, 1, 1, 0), 8) == D("-68.27827118")


def test_npv_examples() -> None:
    assert round(npv("0.1", -10000, 3000, 4200, 6800), 2) == D("1188.44")
    returns = [8000, 9200, 10000, 12000, 14500]
    assert round(npv("0.08", returns) - 40000, 2) == D("1922.06")
    assert round(npv("0.08", returns, -9000) - 40000, 2) == D("-3749.47")


def test_irr_examples() -> None:
    flows = [-70000, 12000, 15000, 18000, 21000]
    assert round(irr(flows), 3) == D("-0.021")
    assert round(irr([*flows, 26000]), 3) == D("0.087")
    assert round(irr(flows[:3], "-0.1"), 3) == D("-0.444")


def test_xnpv_example() -> None:
    assert round(xnpv("0.09", MS_VALUES, MS_DATES), 2) == D("2086.65")


def test_xirr_example() -> None:
    # Microsoft shows 0.373362535 (Excel iterates to 0.000001%); the exact root is 0.37336253351...
    assert round(xirr(MS_VALUES, MS_DATES), 8) == D("0.37336253")
    assert abs(xnpv(xirr(MS_VALUES, MS_DATES), MS_VALUES, MS_DATES)) < D("1e-40")


def test_xirr_dates_may_come_in_any_order_after_the_first() -> None:
    order = [0, 3, 1, 4, 2]
    shuffled = xirr([MS_VALUES[i] for i in order], [MS_DATES[i] for i in order])
    assert abs(shuffled - xirr(MS_VALUES, MS_DATES)) < D("1e-40")


# --- the defects of issue 16 ------------------------------------------------------------------------------


def test_rate_begin_uses_the_exact_derivative() -> None:
    # Excel's RATE gives 0.0079897414754…; the old derivative lacked the factor (1 + r·w) and diverged.
    assert str(rate(6, -17000, 100000, 0, "begin")).startswith("0.0079897414754")


def test_rate_begin_lands_on_excels_root() -> None:
    assert round(rate(12, D("-5175.6"), D("26392.6"), D("35948.65"), "begin"), 5) == D("0.12792")


def test_rate_when_newton_from_the_guess_diverges() -> None:
    assert str(rate(11, D("-76154.43"), D("10941.61"))).startswith("6.96007534454553")


def test_rate_with_two_rates_returns_the_one_nearest_a_diverging_guess() -> None:
    # 100 now, -230 after one period, +132 after two: rates 0.1 and 0.2 (the flows (1+r)² − 2.3(1+r) + 1.32).
    assert abs(irr([100, -230, 132], "0.12") - D("0.1")) < D("1e-18")
    assert abs(irr([100, -230, 132], "0.19") - D("0.2")) < D("1e-18")


def test_rate_refuses_only_when_no_rate_exists() -> None:
    # Two sign changes and no root: 100 - 150 v + 100 v² > 0 for every v > 0.
    with pytest.raises(InvalidInputError, match="no rate above -1"):
        irr([100, -150, 100])
    with pytest.raises(InvalidInputError, match="same sign"):
        rate(12, 100, 1000)


def test_rate_fractional_nper_is_solved_by_scanning() -> None:
    found = rate("10.5", -1000, 8000)
    assert abs(npf.rate(10.5, -1000, 8000, 0) - float(found)) < 1e-12


def test_ppmt_with_a_huge_growth_factor_is_exact() -> None:
    # (1.358828)^468 is about 10^62: 60 fixed digits gave 81.91.
    assert SATANG.apply(ppmt(D("0.358828"), 441, 468, D("10689.81"), D("220398.32"), 1)) == D("-11.40")


def test_fractional_per_matches_numpy_financial() -> None:
    for when in ("end", "begin"):
        ours = ipmt("0.01", "2.5", 24, 500000, 0, when)
        assert abs(float(ours) - float(npf.ipmt(0.01, 2.5, 24, 500000, 0, when))) < 1e-8
        ours = ppmt("0.01", "7.25", 24, 500000, 0, when)
        assert abs(float(ours) - float(npf.ppmt(0.01, 7.25, 24, 500000, 0, when))) < 1e-8


def test_cumulative_functions_sum_the_periods() -> None:
    for when in (0, 1, "end", "begin"):
        interest = cumipmt("0.01", 24, 500000, 3, 9, when)
        principal = cumprinc("0.01", 24, 500000, 3, 9, when)
        with decimal.localcontext(DECIMAL_CONTEXT):
            each = sum(ipmt("0.01", k, 24, 500000, 0, when) for k in range(3, 10))
        assert abs(interest - each) < D("1e-40")
        assert abs(interest + principal - 7 * pmt("0.01", 24, 500000, 0, when)) < D("1e-40")
    assert abs(cumprinc("0.01", 24, 500000, 1, 24, 1) + 500000) < D("1e-40")


@pytest.mark.parametrize(
    "call",
    [
        lambda: effect(0, 12),
        lambda: effect("0.1", "0.5"),
        lambda: nominal("-0.1", 12),
        lambda: cumipmt(0, 12, 1000, 1, 2, 0),
        lambda: cumipmt("0.01", 12, -1000, 1, 2, 0),
        lambda: cumipmt("0.01", 12, 1000, 3, 2, 0),
        lambda: cumipmt("0.01", 12, 1000, 1, 13, 0),
        lambda: cumprinc("0.01", 12, 1000, 1, 2, 2),
        lambda: npv(-1, 100, 200),
        lambda: npv("0.1", []),
        lambda: npv("0.1", "abc"),
        lambda: irr([100, 200]),
        lambda: irr([-100, 200], -1),
        lambda: xnpv("0.1", [1, 2], [date(2026, 1, 1)]),
        lambda: xnpv("0.1", [1, 2], [date(2026, 1, 1), date(2025, 1, 1)]),
        lambda: xnpv(-1, [1, 2], [date(2026, 1, 1), date(2026, 2, 1)]),
        lambda: xirr([-1, 2], "2026-01-01"),
        lambda: xirr(5, [date(2026, 1, 1)]),
        lambda: ipmt("0.05", MAX_PERIODS - 1, MAX_PERIODS, 1000),  # (1.05)^1e6 has 21,189 digits
    ],
)
def test_excel_error_cases_are_clear_errors(call: object) -> None:
    with pytest.raises(InvalidInputError):
        call()  # type: ignore[operator]


def test_excel_truncates_npery_and_periods() -> None:
    assert effect("0.12", "12.9") == effect("0.12", 12)
    assert cumipmt("0.01", "24.7", 1000, "1.9", "3.2", 0) == cumipmt("0.01", 24, 1000, 1, 3, 0)


def test_many_sign_changes_fall_back_on_scanning_from_the_guess() -> None:
    # 13 sign changes: beyond exact isolation; a scan from the guess still finds a rate, or says why not.
    flows = [D(x) for x in (-1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -3, 1)]
    found = irr(flows, "5")
    assert abs(npv(found, flows[1:]) + flows[0]) < D("1e-30")
    with pytest.raises(InvalidInputError, match="change sign 14 times"):
        irr([D(x) for x in (1, -1) * 7 + (1,)], "5")


def test_a_double_root_is_found_exactly() -> None:
    # -1 + v + v² − v³ = −(v − 1)²(v + 1): the only rate is 0, where the sum touches zero.
    assert abs(irr([-1, 1, 1, -1], "0.5")) < D("1e-15")


def test_a_rate_with_fractional_nper_that_does_not_exist_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="searching outward"):
        rate("10.5", 100, 1000)


def test_a_rate_too_close_to_minus_one_is_refused_as_out_of_range() -> None:
    with pytest.raises(InvalidInputError, match="10\\^999999"):
        xirr([D("0.02"), D("-0.01")], [date(2020, 1, 1), date(2020, 1, 2)], "-0.5")


def test_nper_without_a_solution_at_a_positive_rate() -> None:
    with pytest.raises(InvalidInputError, match="no number of periods"):
        loans_nper("0.01", 0, 1000)


def test_xirr_refuses_a_root_too_close_to_minus_one() -> None:
    # -0.02 now and +0.01 two days later: 1 + r = 0.5^(365/2), about 1.6e-55, beyond what 60 digits hold.
    # Hypothesis found this case; the solver once returned 1 + r = 2.3e-49, which is not a root.
    with pytest.raises(InvalidInputError, match="too close to -1"):
        xirr(["-0.02", "0.01"], [date(2020, 1, 1), date(2020, 1, 3)])


def test_rate_refuses_a_root_too_close_to_minus_one() -> None:
    # 0.01 paid at the start of each of 3 periods, nothing borrowed or owed: no rate above -1 solves it; the
    # solver once returned 1 + r = 5e-44 (found by Hypothesis under the lowest dependency versions).
    with pytest.raises(InvalidInputError, match="too close to -1"):
        rate(3, "0.01", 0, 0, 1)


def test_xirr_refuses_a_root_whose_digits_the_tolerance_does_not_fix() -> None:
    # 1 + r is about 1.5e-25 here; an absolute tolerance of 1e-20 on r cannot place it (Hypothesis case).
    with pytest.raises(InvalidInputError, match="too close to -1"):
        xirr(["-19.94", "6.66"], [date(2020, 1, 1), date(2020, 1, 8)])
