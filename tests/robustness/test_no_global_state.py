"""No global state (issue 9, robustness): the ambient decimal context, threads and repetition change nothing,
and every result is immutable and survives pickling.

The library must do its rounding arithmetic in :data:`chumchon.money.DECIMAL_CONTEXT`, never in the caller's
context: a district system may run chumchon inside code that set ``decimal.getcontext().prec = 5`` or turned a
trap on. Each representative calculation (schedule, payments, dividends, annual close, kkkj report, assessment,
baht text, pmt, allocation) runs under the default context and under changed ones, in one thread and in many,
and must give equal results.
"""

from __future__ import annotations

import decimal
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from robustness_pool import instances, pool

from chumchon import assessment, loans, money, savings, thai
from chumchon.assessment import ssg
from chumchon.loans import kkkj
from chumchon.savings.examples import training_group


def _schedule() -> Any:
    return loans.build_schedule(pool().terms)


def _flat_schedule() -> Any:
    terms = attrs.evolve(
        pool().terms,
        interest_method=loans.InterestMethod.FLAT,
        installment_rounding=money.WHOLE_BAHT_UP,
        annual_rate=Decimal("0.1799"),
        installments=7,
    )
    return loans.build_schedule(terms)


def _apply_payments() -> Any:
    p = pool()
    return loans.apply_payments(
        p.schedule, p.payments, date(2025, 8, 31), penalty=loans.RatePenalty(annual_rate=Decimal("0.05"))
    )


def _dividends() -> Any:
    return savings.calculate_dividends(
        pool().group.members,
        method=savings.DividendMethod.OPENING_MONTH_AVERAGE,
        rate=Decimal("0.0437"),
        allow_withdrawals=True,
    )


def _dividend_pool() -> Any:
    return savings.calculate_dividends(
        pool().group.members,
        method=savings.DividendMethod.CLOSING_MONTH_AVERAGE,
        pool=Decimal("12345.67"),
        allow_withdrawals=True,
    )


def _annual_close() -> Any:
    t = training_group()
    return savings.annual_close(t.year, t.bylaws)


def _kkkj_report() -> Any:
    return next(kkkj.build_village_reports([pool().book], as_of=kkkj.TRAINING_CASE.report_date))


def _kkkj_schedule() -> Any:
    return kkkj.repayment_schedule(
        Decimal("15001"), installments=6, first_due=date(2026, 5, 31), disbursed_on=date(2025, 11, 10)
    )


def _assessment() -> Any:
    return assessment.assess(ssg.RUBRIC, pool().group_facts)


def _bahttext() -> Any:
    return [thai.bahttext(x) for x in (Decimal("1234567.895"), 0.125, "98765432109876.01", 21)]


def _pmt() -> Any:
    return (
        loans.pmt(Decimal("0.0123"), 36, Decimal("150000")),
        loans.rate(36, Decimal("-5000"), Decimal("150000")),
        loans.effective_annual_rate(pool().schedule),
    )


def _allocate() -> Any:
    return money.allocate(Decimal("1000.01"), {"a": 1, "b": 2, "c": 3, "d": Decimal("0.7")})


def _loan_limit_and_exit() -> Any:
    p = pool()
    return (
        savings.loan_limit(
            p.bylaws.loan_products[0], savings=Decimal("12345.67"), group_cash=Decimal("99999")
        ),
        savings.loan_cost(p.bylaws.loan_products[1], date(2025, 9, 30)),
    )


CALCULATIONS: dict[str, Callable[[], Any]] = {
    "schedule": _schedule,
    "flat_schedule": _flat_schedule,
    "apply_payments": _apply_payments,
    "dividends_rate": _dividends,
    "dividends_pool": _dividend_pool,
    "annual_close": _annual_close,
    "kkkj_report": _kkkj_report,
    "kkkj_schedule": _kkkj_schedule,
    "assessment": _assessment,
    "bahttext": _bahttext,
    "pmt_rate_ear": _pmt,
    "allocate": _allocate,
    "loan_limit_cost": _loan_limit_and_exit,
}

CONTEXTS: dict[str, decimal.Context] = {
    # few digits and rounding toward minus infinity: anything computed in the ambient context shows
    "prec5_floor": decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR),
    # every rounding in the ambient context raises (six digits: a village's money does not fit)
    "trap_rounded": decimal.Context(prec=6, rounding=decimal.ROUND_CEILING, traps=[decimal.Rounded]),
    # no traps at all: an invalid operation gives NaN quietly instead of raising
    "no_traps": decimal.Context(prec=12, rounding=decimal.ROUND_DOWN, traps=[]),
}

# Context-dependence bugs found by this suite, kept as strict xfails until fixed (all fixed so far).
KNOWN_BUGS: dict[str, str] = {}
MUTABLE_BUGS: dict[str, str] = {}


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    with decimal.localcontext(decimal.Context()):
        return {name: calc() for name, calc in CALCULATIONS.items()}


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) and repr(a) == repr(b)


def _params() -> list[Any]:
    return [
        pytest.param(
            name,
            ctx,
            id=f"{name}-{ctx}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[f"{name}-{ctx}"])]
            if f"{name}-{ctx}" in KNOWN_BUGS
            else [],
        )
        for name in CALCULATIONS
        for ctx in CONTEXTS
    ]


@pytest.mark.parametrize(("name", "ctx"), _params())
def test_result_does_not_depend_on_the_ambient_decimal_context(
    expected: dict[str, Any], name: str, ctx: str
) -> None:
    with decimal.localcontext(CONTEXTS[ctx]):
        got = CALCULATIONS[name]()
    assert _same(got, expected[name]), f"{name} under {ctx}: {got!r} != {expected[name]!r}"


def test_the_library_leaves_the_callers_context_alone() -> None:
    with decimal.localcontext(decimal.Context(prec=7, rounding=decimal.ROUND_05UP, traps=[])) as ctx:
        before = (ctx.prec, ctx.rounding, dict(ctx.traps), dict(ctx.flags))
        for calc in CALCULATIONS.values():
            calc()
        after = (ctx.prec, ctx.rounding, dict(ctx.traps))
    assert after == before[:3]


def _run_in(ctx_name: str, name: str) -> Any:
    with decimal.localcontext(CONTEXTS[ctx_name]):
        return CALCULATIONS[name]()


def test_threads_with_different_contexts_give_the_serial_results(expected: dict[str, Any]) -> None:
    jobs = [(ctx, name) for name in CALCULATIONS for ctx in ("prec5_floor", "no_traps")] * 2
    jobs = [(c, n) for c, n in jobs if f"{n}-{c}" not in KNOWN_BUGS]
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(lambda job: _run_in(*job), jobs))
    wrong = [f"{n} in {c}" for (c, n), got in zip(jobs, results, strict=True) if not _same(got, expected[n])]
    assert wrong == []


@pytest.mark.parametrize("name", list(CALCULATIONS))
def test_identical_inputs_give_identical_outputs(expected: dict[str, Any], name: str) -> None:
    again = [CALCULATIONS[name]() for _ in range(2)]
    assert all(_same(x, expected[name]) for x in again)


# --- immutability and pickling of every result and value object ------------------------------------------------

_MUTABLE = (list, dict, set, bytearray)


def _objects(bugs: dict[str, str] | None = None) -> list[Any]:
    bugs = bugs or {}
    return [
        pytest.param(
            cls,
            id=f"{cls.__module__}.{cls.__qualname__}",
            marks=[pytest.mark.xfail(strict=True, reason=bugs[cls.__name__])] if cls.__name__ in bugs else [],
        )
        for cls in instances()
    ]


@pytest.mark.parametrize("cls", _objects(MUTABLE_BUGS))
def test_objects_are_frozen_and_hold_no_mutable_containers(cls: type) -> None:
    obj = instances()[cls]
    if attrs.has(cls):
        first = attrs.fields(cls)[0].name
        with pytest.raises(AttributeError):  # attrs' FrozenInstanceError is an AttributeError
            setattr(obj, first, getattr(obj, first))
        mutable = [f.name for f in attrs.fields(cls) if isinstance(getattr(obj, f.name), _MUTABLE)]
        assert mutable == [], f"{cls.__name__} exposes mutable fields {mutable}"


@pytest.mark.parametrize("cls", _objects())
def test_objects_pickle_round_trip_equal(cls: type) -> None:
    obj = instances()[cls]
    copy = pickle.loads(pickle.dumps(obj))
    assert copy == obj
    assert repr(copy) == repr(obj)
