"""chumchon benchmarks: speed ratios against the tools users would otherwise pick.

Run from the repository root (installs the alternatives first)::

    python -m pip install -e ".[bench]" && python benchmarks/run.py

Each benchmark runs chumchon and the alternative on the same inputs in one process and prints the ratio
(alternative time / chumchon time: above 1 means chumchon is faster) together with how many results disagree
and why, so the figures hold on any machine. Absolute times are printed only as context. ``--quick`` uses
fewer inputs for a smoke run; ``--json FILE`` also writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any


def best_time(func: Callable[[], object], *, repeat: int = 5) -> float:
    """The best of ``repeat`` timings of ``func()`` in seconds (the minimum is the least noisy estimate)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def compare(
    name: str,
    ours: Callable[[], object],
    theirs: Callable[[], object],
    count: int,
    *,
    target: float | None = None,
) -> dict[str, Any]:
    """Time both callables (each processes ``count`` items) and report the ratio."""
    ours()  # warm caches (month names, lazy imports) before timing either side
    theirs()
    our_time = best_time(ours)
    their_time = best_time(theirs)
    ratio = their_time / our_time
    verdict = "" if target is None else (" (target met)" if ratio >= target else f" (BELOW target {target}x)")
    print(
        f"{name}: chumchon {our_time / count * 1e6:.2f} µs/item, alternative {their_time / count * 1e6:.2f} µs/item "
        f"→ {ratio:.2f}x{verdict}"
    )
    return {"name": name, "ratio": ratio, "target": target, "count": count}


def bench_bahttext(count: int) -> dict[str, Any]:
    from pythainlp.util import bahttext as pythainlp_bahttext

    from chumchon.thai import bahttext

    rng = random.Random(2569)
    amounts = [Decimal(rng.randrange(0, 10**9)) / 100 for _ in range(count)]
    floats = [float(a) for a in amounts]
    result = compare(
        "bahttext vs pythainlp.util.bahttext",
        lambda: [bahttext(a) for a in amounts],
        lambda: [pythainlp_bahttext(f) for f in floats],
        count,
        target=2.0,
    )
    # Disagreements, explained, over the random amounts plus a sweep of the edge cases users hit:
    # every satang amount below one baht and negative amounts.
    edges = [Decimal(k) / 100 for k in range(1, 100)] + [-Decimal(k) / 4 for k in range(1, 9)]
    disagreements: dict[str, int] = {}
    for amount in [*amounts, *edges]:
        ours, theirs = bahttext(amount), pythainlp_bahttext(float(amount))
        if ours == theirs:
            continue
        if amount < 0 and not theirs.startswith("ลบ"):
            reason = "negative: PyThaiNLP drops the sign (ลบ)"
        elif abs(amount) < 1:
            reason = "below one baht: PyThaiNLP writes ศูนย์บาท before the satang"
        else:
            reason = "other"
            print(f"    differs at {amount}: chumchon {ours!r}, PyThaiNLP {theirs!r}")
        disagreements[reason] = disagreements.get(reason, 0) + 1
    print(
        f"    disagreements over {count} random amounts and {len(edges)} edge amounts: {disagreements or 'none'}"
    )
    print(f"    e.g. -0.5: chumchon {bahttext(Decimal('-0.5'))!r}, PyThaiNLP {pythainlp_bahttext(-0.5)!r}")
    result["disagreements"] = disagreements
    return result


def bench_dates(count: int) -> dict[str, Any]:
    from datetime import datetime

    from pythainlp.util import thai_strftime as pythainlp_strftime

    from chumchon.thai import format_date

    rng = random.Random(2570)
    days = [date(1950, 1, 1) + timedelta(days=rng.randrange(0, 36500)) for _ in range(count)]
    stamps = [datetime(d.year, d.month, d.day) for d in days]
    result = compare(
        "Thai date (full style) vs pythainlp.util.thai_strftime",
        lambda: [format_date(d, "full") for d in days],
        lambda: [pythainlp_strftime(s, "%Aที่ %-d %B พ.ศ. %Y") for s in stamps],
        count,
        target=2.0,
    )
    differ = sum(
        format_date(d, "full") != pythainlp_strftime(s, "%Aที่ %-d %B พ.ศ. %Y")
        for d, s in zip(days, stamps, strict=True)
    )
    print(f"    disagreements: {differ} of {count}")
    result["disagreements"] = differ
    return result


def bench_schedule(count: int) -> dict[str, Any]:
    import numpy as np
    import numpy_financial as npf

    from chumchon.loans import InterestMethod, LoanTerms, build_schedule

    terms = LoanTerms.from_monthly_percent(
        Decimal("1"),
        principal=Decimal("100000"),
        installments=24,
        disbursed_on=date(2026, 1, 15),
        interest_method=InterestMethod.DECLINING_BALANCE,
    )
    periods = np.arange(1, 25)

    def numpy_financial_schedule() -> object:
        return npf.ipmt(0.01, periods, 24, -100000.0), npf.ppmt(0.01, periods, 24, -100000.0)

    result = compare(
        "24-instalment declining schedule vs numpy-financial ipmt+ppmt",
        lambda: [build_schedule(terms) for _ in range(count)],
        lambda: [numpy_financial_schedule() for _ in range(count)],
        count,
        target=2.0,
    )
    schedule = build_schedule(terms)
    interest, principal = numpy_financial_schedule()
    gap = max(abs(float(i.interest) - float(x)) for i, x in zip(schedule.installments, interest, strict=True))
    print(
        f"    chumchon's schedule is rounded to the satang and amortises to exactly 0; numpy-financial's floats "
        f"end at {float(np.sum(principal)) - 100000:.2e}; largest interest gap {gap:.4f} baht (satang rounding)"
    )
    return result


def bench_schedule_limits(rounds: int) -> dict[str, Any]:
    """Schedules against the exact-loop limit and numpy-financial (see benchmarks/schedules.py)."""
    import schedules  # benchmarks/ is on sys.path when this file runs as a script

    results = [schedules.measure(n, rounds, seed=n) for n in (24, 360)]
    for result in results:
        schedules.report(result)
    return {"name": "schedules vs exact loop and numpy-financial", "results": results}


def synthetic_group(size: int, seed: int) -> tuple[Any, Any]:
    """A savings group of ``size`` members with varied savings and interest, under the training group's bylaws."""
    from chumchon.savings import GroupYear, MemberYear
    from chumchon.savings.examples import training_group

    rng = random.Random(seed)
    steps = [Decimal(v) for v in (100, 200, 300, 500, 1000)]
    members = [
        MemberYear(
            member_id=f"M{i:06d}",
            opening_balance=Decimal(rng.randrange(0, 50_000)),
            monthly=tuple(rng.choice(steps) for _ in range(12)),
            interest_paid=Decimal(rng.randrange(2_000, 6_000)),
            missed_installment=rng.random() < 0.1,
        )
        for i in range(size)
    ]
    year = GroupYear(
        fiscal_year_start=date(2025, 10, 1),
        members=members,
        fines=Decimal(size * 10),
        bank_interest=Decimal(size * 5),
    )
    return year, training_group().bylaws


def bench_annual_close(sizes: Sequence[int]) -> dict[str, Any]:
    from chumchon.savings import annual_close

    per_member = []
    for size in sizes:
        year, bylaws = synthetic_group(size, seed=size)
        seconds = best_time(lambda y=year, b=bylaws: annual_close(y, b), repeat=3)
        per_member.append(seconds / size)
        print(
            f"annual close, {size:>7,} members: {seconds:.3f} s, {seconds / size * 1e6:.1f} µs per member-year"
        )
    spread = max(per_member) / min(per_member)
    print(f"    cost per member-year varies by {spread:.2f}x across sizes (linear growth keeps this near 1)")
    return {"name": "annual close scaling", "per_member_us": [p * 1e6 for p in per_member], "spread": spread}


def _import_time(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(samples)


def bench_import(runs: int) -> dict[str, Any]:
    ours = _import_time("chumchon", runs)
    theirs = _import_time("pythainlp.util", runs)
    print(
        f"import chumchon {ours * 1e3:.1f} ms vs import pythainlp.util {theirs * 1e3:.1f} ms → {theirs / ours:.2f}x"
    )
    return {"name": "import time", "ratio": theirs / ours}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer inputs, for a smoke run")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    n = 2_000 if args.quick else 20_000
    results = [
        bench_bahttext(n),
        bench_dates(n),
        bench_schedule(n // 20),
        bench_schedule_limits(7 if args.quick else 21),
        bench_annual_close([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]),
        bench_import(5 if args.quick else 15),
    ]
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
