"""Import time of chumchon and each subpackage, measured interleaved in fresh interpreters.

Run from the repository root::

    python benchmarks/imports.py            # 41 rounds
    python benchmarks/imports.py --rounds 11
    python benchmarks/imports.py --against /tmp/main/src   # this tree / another tree, interleaved

Each round starts one fresh ``python -c`` per module, in a shuffled order, and times the ``import`` statement
inside the child with ``time.perf_counter`` (interpreter start-up is not counted). Bytecode caches are written
first and used, as for an installed package. The report gives the median
and the spread (25th to 75th percentile) over the rounds, the goal for each module, and the ratio against
``import pythainlp.util`` (the package users would otherwise import for Thai text) and against
``import importlib.metadata`` (what ``import chumchon`` used to pay for ``__version__``) where those are
installed. With ``--against SRC``, every module is also imported from the source tree ``SRC`` (another
checkout's ``src``, first on ``PYTHONPATH``) in the same shuffled rounds, and the report adds this tree's time
over that tree's, as the median of the per-round ratios with their spread. Absolute times vary from machine to
machine; the ratios are the figures to compare.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import statistics
import subprocess
import sys
from collections.abc import Sequence

#: Module and its goal in milliseconds (issue: chumchon <= 5 ms, each subpackage <= 30 ms).
GOALS = {
    "chumchon": 5.0,
    "chumchon.money": 30.0,
    "chumchon.thai": 30.0,
    "chumchon.loans": 30.0,
    "chumchon.savings": 30.0,
    "chumchon.assessment": 30.0,
}
ALTERNATIVES = ("pythainlp.util", "importlib.metadata")


# Installed packages import from compiled bytecode; an environment with PYTHONDONTWRITEBYTECODE set would
# recompile every module from source on every import and measure the compiler instead.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def import_seconds(module: str, source: str | None = None) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    env = _ENV if source is None else {**_ENV, "PYTHONPATH": source}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout)


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, median, q3


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--against", metavar="SRC", help="another tree's src directory to compare with")
    args = parser.parse_args(argv)
    modules = [*GOALS, *(m for m in ALTERNATIVES if importlib.util.find_spec(m.split(".")[0]) is not None)]
    times: dict[str, list[float]] = {m: [] for m in modules}
    other: dict[str, list[float]] = {m: [] for m in GOALS}
    runs = [(m, None) for m in modules] + ([(m, args.against) for m in GOALS] if args.against else [])
    for module, source in runs:  # write the bytecode caches once, as an install does
        import_seconds(module, source)
    rng = random.Random(2570)
    for _ in range(args.rounds):
        order = runs[:]
        rng.shuffle(order)
        for module, source in order:
            (times if source is None else other)[module].append(import_seconds(module, source))
    print(f"import time, {args.rounds} interleaved rounds, median (25th-75th percentile):")
    medians = {m: quartiles(times[m])[1] for m in modules}
    for module in modules:
        q1, median, q3 = quartiles(times[module])
        goal = GOALS.get(module)
        verdict = (
            "" if goal is None else (" goal met" if median * 1e3 <= goal else f" ABOVE goal {goal:g} ms")
        )
        ratios = "".join(
            f", {alt} / this {medians[alt] / median:.1f}x"
            for alt in ALTERNATIVES
            if alt in medians and module in GOALS
        )
        print(f"  {module:22} {median * 1e3:6.2f} ms ({q1 * 1e3:.2f}-{q3 * 1e3:.2f}){verdict}{ratios}")
    if args.against:
        print(f"this tree / {args.against}, median of per-round ratios (25th-75th percentile):")
        for module in GOALS:
            r1, ratio, r3 = quartiles([a / b for a, b in zip(times[module], other[module], strict=True)])
            print(f"  {module:22} {ratio:5.2f} ({r1:.2f}-{r3:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
