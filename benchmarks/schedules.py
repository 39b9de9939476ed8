"""Loan schedules against the speed limit of exact arithmetic and against numpy-financial, interleaved.

Run from the repository root (numpy-financial comes with the bench extra)::

    python -m pip install -e ".[bench]" && python benchmarks/schedules.py
    python benchmarks/schedules.py --rounds 31 --json figures.json

For 24 and 360 monthly instalments (100,000 baht at 1% a month, declining balance, equal instalments) each
round times, in a shuffled order, a batch of:

* ``terms+schedule``: ``LoanTerms(...)`` then ``build_schedule`` (what a caller pays per loan);
* ``schedule``: ``build_schedule`` of ready terms;
* ``minimal loop``: the least exact Decimal code that computes the same rows (same due dates, same rounding,
  the same ``Installment`` tuples), in chumchon's 60-digit context; the speed limit of exact arithmetic;
* ``numpy-financial``: ``npf.ipmt`` + ``npf.ppmt`` over the periods of one loan (floats, unrounded, undated);
* ``numpy-financial ×1000``: the same broadcast over 1,000 loans at once, per loan.

Each ratio is computed within a round (so load on the machine cancels out) and reported as the median with
the 25th to 75th percentile over the rounds. The minimal loop's rows are checked equal to chumchon's.
"""

from __future__ import annotations

import argparse
import decimal
import gc
import json
import random
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

PRINCIPAL = Decimal("100000")
ANNUAL_RATE = Decimal("0.12")
START = date(2026, 1, 31)  # a month end, so due dates are clipped as in real schedules
CENT = Decimal("0.01")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def minimal_loop(principal: Decimal, annual_rate: Decimal, n: int, start: date) -> tuple[Any, ...]:
    """The same rows as ``build_schedule`` for this loan, with nothing but the arithmetic."""
    from chumchon.loans import Installment
    from chumchon.money import DECIMAL_CONTEXT

    new_row = tuple.__new__
    twelve = Decimal(12)
    half_up = decimal.ROUND_HALF_UP
    with decimal.localcontext(DECIMAL_CONTEXT):
        rate = annual_rate / twelve
        payment = (principal * rate / (1 - (1 + rate) ** -n)).quantize(CENT, rounding=half_up)
        base = start.year * 12 + start.month - 1
        day = start.day
        balance = principal
        rows = []
        for k in range(1, n + 1):
            year, month0 = divmod(base + k, 12)
            days = 29 if month0 == 1 and year % 4 == 0 and (year % 100 or year % 400 == 0) else _DAYS[month0]
            interest = (balance * annual_rate / twelve).quantize(CENT, rounding=half_up)
            part = balance if k == n else payment - interest
            balance = balance - part
            rows.append(
                new_row(
                    Installment,
                    (k, date(year, month0 + 1, min(day, days)), part, interest, part + interest, balance),
                )
            )
        return tuple(rows)


def _batch(func: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        func()
    return (time.perf_counter() - start) / count


def _quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    q = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else [ordered[0]] * 3
    return q[0], statistics.median(ordered), q[2]


def measure(n: int, rounds: int, seed: int) -> dict[str, Any]:
    import numpy as np
    import numpy_financial as npf

    from chumchon.loans import LoanTerms, build_schedule

    def make_terms() -> LoanTerms:
        return LoanTerms(principal=PRINCIPAL, annual_rate=ANNUAL_RATE, installments=n, disbursed_on=START)

    terms = make_terms()
    ours = build_schedule(terms).installments
    assert minimal_loop(PRINCIPAL, ANNUAL_RATE, n, START) == ours, (
        "the minimal loop must compute the same rows"
    )

    periods = np.arange(1, n + 1)
    many = 1000
    pvs = np.full((many, 1), -100000.0)

    def numpy_one() -> object:
        return npf.ipmt(0.01, periods, n, -100000.0), npf.ppmt(0.01, periods, n, -100000.0)

    def numpy_many() -> object:
        return npf.ipmt(0.01, periods, n, pvs), npf.ppmt(0.01, periods, n, pvs)

    candidates: dict[str, tuple[Callable[[], object], int]] = {
        "terms+schedule": (lambda: build_schedule(make_terms()), 1),
        "schedule": (lambda: build_schedule(terms), 1),
        "minimal loop": (lambda: minimal_loop(PRINCIPAL, ANNUAL_RATE, n, START), 1),
        "numpy-financial": (numpy_one, 1),
        "numpy-financial ×1000": (numpy_many, many),
    }
    count = 200 if n <= 24 else 20
    times: dict[str, list[float]] = {name: [] for name in candidates}
    rng = random.Random(seed)
    for func, _ in candidates.values():  # warm up
        func()
    gc.disable()
    try:
        for _ in range(rounds):
            order = list(candidates)
            rng.shuffle(order)
            for name in order:
                func, per_call = candidates[name]
                batch = max(1, count // 10) if per_call > 1 else count
                times[name].append(_batch(func, batch) / per_call)
    finally:
        gc.enable()
    ratios = {
        "schedule / minimal loop": [
            a / b for a, b in zip(times["schedule"], times["minimal loop"], strict=True)
        ],
        "terms+schedule / minimal loop": [
            a / b for a, b in zip(times["terms+schedule"], times["minimal loop"], strict=True)
        ],
        "numpy-financial / terms+schedule": [
            b / a for a, b in zip(times["terms+schedule"], times["numpy-financial"], strict=True)
        ],
        "numpy-financial ×1000 per loan / terms+schedule": [
            b / a for a, b in zip(times["terms+schedule"], times["numpy-financial ×1000"], strict=True)
        ],
    }
    return {
        "installments": n,
        "rounds": rounds,
        "median_us": {name: statistics.median(t) * 1e6 for name, t in times.items()},
        "ratios": {name: _quartiles(r) for name, r in ratios.items()},
    }


def report(result: dict[str, Any]) -> None:
    n = result["installments"]
    print(f"{n} monthly instalments, {result['rounds']} interleaved rounds")
    for name, us in result["median_us"].items():
        print(f"    {name:<24} {us:10.1f} µs per loan (context only)")
    for name, (low, mid, high) in result["ratios"].items():
        print(f"    {name:<48} {mid:6.2f}x  (quartiles {low:.2f}–{high:.2f})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds (default 21)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    results = [measure(n, args.rounds, seed=n) for n in (24, 360)]
    for result in results:
        report(result)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
