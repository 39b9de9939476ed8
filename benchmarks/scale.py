"""Scale benchmarks (issue 19): per-unit costs, a national synthetic run, and scale-out against serial.

Run from the repository root::

    python benchmarks/scale.py                # everything, the national run at full size
    python benchmarks/scale.py --quick        # small sizes, national run at 1/20 (extrapolated, and said so)
    python benchmarks/scale.py --close-only --against ../main/src   # the close against another checkout

Every comparison is timed interleaved (A, B, A, B, ...) in one process and reported as the median with its
spread (lowest to highest run), so a machine shared with other work shifts both sides alike. The national run
runs in a child process so that its peak memory (the child's maximum resident set) is its own.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from workload import REPORT_DATE, group_columns, plain_pair, synthetic_group, village_book

from chumchon.columns import Columns
from chumchon.loans import kkkj
from chumchon.savings import CloseBatch, annual_close, annual_close_many
from chumchon.savings.examples import training_group

BYLAWS = training_group().bylaws


# What limits each goal that is not met, measured with the pieces timed apart (see docs/guide/scale.rst).
LIMITS = {
    "close": "pure-Python Decimal arithmetic, about 35 operations per member, already run column by column",
    "village": "building each account's figures (kernel-checked fields) and its status from the schedule",
    "national": "the closes (5 M member-years at the close's per-member cost) and then the reports",
    "scale-out": "two workers on two cores that the parent and the collector share",
}


def goal(what: str, met: bool, text: str) -> None:
    """Print whether a goal of issue 19 is met and, when it is not, what limits it."""
    print(f"  goal {text}: " + ("met" if met else f"not met; what limits it: {LIMITS[what]}"))


def interleaved(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Each callable timed ``repeat`` times, in turn, after one warm-up call each."""
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def spread(samples: list[float], per: float = 1.0, unit: float = 1e6) -> str:
    """``median [low–high]`` of ``samples`` divided by ``per``, in ``unit`` (µs by default)."""
    scaled = sorted(s / per * unit for s in samples)
    return f"{statistics.median(scaled):.2f} [{scaled[0]:.2f}–{scaled[-1]:.2f}]"


def ratio(slow: list[float], fast: list[float]) -> str:
    """The ratio of medians, with the spread of the per-run ratios (runs paired in order)."""
    pairs = sorted(s / f for s, f in zip(slow, fast, strict=True))
    return f"{statistics.median(slow) / statistics.median(fast):.2f}x [{pairs[0]:.2f}–{pairs[-1]:.2f}]"


def plain_close(columns: dict[str, Any]) -> object:
    """The plain per-group path: every MemberYear field by field, the GroupYear, then annual_close."""
    return annual_close(*plain_pair(columns))


_CHILD_CLOSE = """
import gc, sys, time
sys.path.insert(0, {bench!r})
from workload import group_columns
from chumchon.savings import annual_close_many
from chumchon.savings.examples import training_group
bylaws = training_group().bylaws
columns = group_columns({size}, seed={size})
annual_close_many([(columns, bylaws)], compact=True)
for line in sys.stdin:
    gc.collect()
    start = time.perf_counter()
    annual_close_many([(columns, bylaws)], compact=True)
    print(time.perf_counter() - start, flush=True)
"""


def _other_tree(src: str, size: int) -> subprocess.Popen[str]:
    """A child process running the compact close of another checkout (``src``: its ``src`` directory), timed
    one run per line it reads, so its runs interleave with this process's."""
    code = _CHILD_CLOSE.format(bench=str(Path(__file__).parent), size=size)
    env = {**__import__("os").environ, "PYTHONPATH": src}
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )


def _time_child(child: subprocess.Popen[str], found: list[float]) -> None:
    """One timed run in ``child`` (see :func:`_other_tree`), its time appended to ``found``."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("\n")
    child.stdin.flush()
    found.append(float(child.stdout.readline()))


def bench_close(sizes: list[int], repeat: int, against: str | None = None) -> dict[str, Any]:
    """Annual close per member-year, input building included: plain path against the batch fast path (and,
    with ``against``, the fast path of another checkout, run interleaved in a child process)."""
    print("annual close per member-year, input building included (µs, median [low–high]):")
    found = {}
    for size in sizes:
        columns = group_columns(size, seed=size)
        runs: dict[str, Callable[[], object]] = {
            "plain": lambda c=columns: plain_close(c),
            "fast": lambda c=columns: annual_close_many([(c, BYLAWS)], compact=True),
            "close only": functools.partial(annual_close, *synthetic_group(size, size)),
        }
        child = _other_tree(against, size) if against else None
        other: list[float] = []
        if child is not None:
            runs["other"] = functools.partial(_time_child, child, other)
        times = interleaved(runs, repeat)
        print(
            f"  {size:>7,} members: plain {spread(times['plain'], size)}, fast {spread(times['fast'], size)} "
            f"→ {ratio(times['plain'], times['fast'])}; the close alone {spread(times['close only'], size)}"
        )
        if child is not None:
            assert child.stdin is not None
            child.stdin.close()
            child.wait()
            other = other[1:]  # the warm-up call of interleaved()
            print(
                f"           {against}'s fast path {spread(other, size)} → this tree is "
                f"{ratio(other, times['fast'])} faster"
            )
        found[size] = {k: statistics.median(v) / size * 1e6 for k, v in times.items()}
    fast = [found[s]["fast"] for s in sizes]
    print(
        f"  fast path per member-year varies {max(fast) / min(fast):.2f}x across sizes (linear keeps it near 1)"
    )
    goal("close", max(fast) <= 4.0, "at most 4 µs per member-year, input building included")
    return {"name": "annual close per member-year (µs)", "by_size": found, "goal_us": 4.0}


def bench_village(villages: int, repeat: int) -> dict[str, Any]:
    """Village report per 20-account village: full reports and the compact batch."""
    books = [village_book(20, seed) for seed in range(villages)]
    times = interleaved(
        {
            "full": lambda: kkkj.village_reports(books, as_of=REPORT_DATE),
            "compact": lambda: kkkj.village_reports(books, as_of=REPORT_DATE, compact=True),
        },
        repeat,
    )
    print(
        f"village report, 20 accounts (ms per village): full {spread(times['full'], villages, 1e3)}, "
        f"compact {spread(times['compact'], villages, 1e3)}"
    )
    goal("village", statistics.median(times["full"]) / villages * 1e3 <= 0.5, "at most 0.5 ms per village")
    return {
        "name": "village report per 20-account village (ms)",
        "full_ms": statistics.median(times["full"]) / villages * 1e3,
        "compact_ms": statistics.median(times["compact"]) / villages * 1e3,
        "goal_ms": 0.5,
    }


# --- the national run ----------------------------------------------------------------------------------------


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def national(groups: int, members: int, villages: int, accounts: int) -> dict[str, Any]:
    """Stream ``groups`` savings groups and ``villages`` villages through the batch API, keeping only the
    per-group and per-village rows (what a national summary needs); inputs cycle through 200 distinct
    synthetic groups and books, built before the clock starts (the national run does not time the generator).
    """
    pool = [group_columns(members, seed) for seed in range(200)]
    books = [village_book(accounts, seed) for seed in range(200)]
    group_rows: list[Columns] = []
    cpu = time.process_time()
    start = time.perf_counter()
    stream = ((pool[k % 200], BYLAWS) for k in range(groups))
    for chunk in _chunks(stream, 500):
        group_rows.append(annual_close_many(chunk, compact=True).groups)  # member rows dropped with the chunk
    closes = time.perf_counter() - start
    village_rows: list[Columns] = []
    start = time.perf_counter()
    for chunk in _chunks((books[k % 200] for k in range(villages)), 500):
        village_rows.append(kkkj.village_reports(chunk, as_of=REPORT_DATE, compact=True).villages)
    reports = time.perf_counter() - start
    cpu = time.process_time() - cpu
    rows = Columns.concat(group_rows)
    peak = _peak_mib()
    return {
        "groups": groups,
        "members": members,
        "villages": villages,
        "accounts": accounts,
        "closes_s": closes,
        "reports_s": reports,
        "total_s": closes + reports,
        "cpu_s": cpu,
        "peak_mib": peak,
        "net_profit_total": str(sum(rows.column("net_profit"))),
        "villages_rows": sum(len(v) for v in village_rows),
    }


def _peak_mib() -> float:
    """This process's peak resident memory in MiB: VmHWM on Linux (ru_maxrss survives exec, so a child
    started from a large parent would report the parent's peak), else ru_maxrss."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_national(fraction: float) -> dict[str, Any]:
    sizes = (round(50_000 * fraction), 100, round(40_000 * fraction), 20)
    code = (
        f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import scale; "
        f"print(json.dumps(scale.national(*{sizes!r})))"
    )
    result = json.loads(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    scale = 1 / fraction
    print(
        f"national synthetic run, {sizes[0]:,} groups × {sizes[1]} members and {sizes[2]:,} villages × {sizes[3]} "
        f"accounts, streamed: closes {result['closes_s']:.1f} s + reports {result['reports_s']:.1f} s = "
        f"{result['total_s']:.1f} s on one core ({result['cpu_s']:.1f} s of CPU), peak memory "
        f"{result['peak_mib']:.0f} MiB"
        + (
            f" (1/{scale:.0f} of the national size: ×{scale:.0f} ≈ {result['total_s'] * scale:.0f} s)"
            if fraction < 1
            else ""
        )
    )
    goal("national", result["cpu_s"] * scale < 60 and result["peak_mib"] < 1024, "under 60 s and 1 GB")
    result["name"] = "national synthetic run"
    result["fraction"] = fraction
    return result


# --- scale-out against serial --------------------------------------------------------------------------------


def compact_group(columns: dict[str, Any]) -> dict[str, Any]:
    """A group's columns with the members as Columns (the compact input a worker receives)."""
    return {**columns, "members": Columns.from_mapping(columns["members"])}


def province_reports(seeds: range, accounts: int) -> kkkj.ReportBatch:
    """One worker's share of villages: read (here: generated from seeds) and reported where it runs.

    A VillageBook's loan schedules cost more to pickle than to report (about 145 µs against 60 µs per
    account), so village data is best loaded by the worker that reports it, as a district system would read
    each district's file there.
    """
    return kkkj.village_reports(
        [village_book(accounts, seed) for seed in seeds], as_of=REPORT_DATE, compact=True
    )


def bench_scale_out(groups: int, members: int, villages: int, accounts: int, repeat: int) -> dict[str, Any]:
    """Serial against a 2-process pool and a 2-worker Dask LocalCluster on the same compact batches: the
    closes ship compact inputs (members as Columns) from this process; the villages are loaded by the workers
    (chunks of seeds), and serially by this process."""
    from dask.distributed import Client, LocalCluster

    pairs = [(compact_group(group_columns(members, seed)), BYLAWS) for seed in range(groups)]
    close_chunk = functools.partial(annual_close_many, compact=True)
    report_chunk = functools.partial(province_reports, accounts=accounts)
    group_chunks = [pairs[i : i + 100] for i in range(0, len(pairs), 100)]
    seed_chunks = [range(i, min(i + 100, villages)) for i in range(0, villages, 100)]

    def serial() -> tuple[CloseBatch, kkkj.ReportBatch]:
        return close_chunk(pairs), report_chunk(range(villages))

    with (
        ProcessPoolExecutor(max_workers=2) as executor,
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):

        def pool() -> tuple[CloseBatch, kkkj.ReportBatch]:
            closes = executor.map(close_chunk, group_chunks)
            reports = executor.map(report_chunk, seed_chunks)
            return CloseBatch.concat(list(closes)), kkkj.ReportBatch.concat(list(reports))

        def dask() -> tuple[CloseBatch, kkkj.ReportBatch]:
            # pure=False: no hashing of every input to name the tasks (each chunk runs once anyway)
            closes = client.map(close_chunk, group_chunks, pure=False)
            reports = client.map(report_chunk, seed_chunks, pure=False)
            return CloseBatch.concat(client.gather(closes)), kkkj.ReportBatch.concat(client.gather(reports))

        expected = serial()
        assert pool() == expected and dask() == expected, "scale-out results differ from the serial run"
        times = interleaved({"serial": serial, "pool": pool, "dask": dask}, repeat)
    print(
        f"scale-out, {groups:,} groups × {members} members (compact inputs sent) and {villages:,} villages × "
        f"{accounts} accounts (loaded by the workers) (s, median [low–high]): serial {spread(times['serial'], 1, 1)}, "
        f"process pool (2) {spread(times['pool'], 1, 1)} → {ratio(times['serial'], times['pool'])}, "
        f"Dask LocalCluster (2) {spread(times['dask'], 1, 1)} → {ratio(times['serial'], times['dask'])}; "
        "results identical"
    )
    faster = [statistics.median(times["serial"]) / statistics.median(times[k]) for k in ("pool", "dask")]
    goal("scale-out", min(faster) > 1, "process pool and Dask faster than serial on 2 workers")
    return {
        "name": "scale-out on 2 workers (serial time / parallel time)",
        "pool_speedup": statistics.median(times["serial"]) / statistics.median(times["pool"]),
        "dask_speedup": statistics.median(times["serial"]) / statistics.median(times["dask"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes; the national run at 1/20")
    parser.add_argument("--national", type=float, default=None, help="fraction of the national run (0 skips)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--against", help="another checkout's src directory: time its close interleaved too")
    parser.add_argument("--close-only", action="store_true", help="only the annual close per member-year")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 7
    fraction = args.national if args.national is not None else (0.05 if args.quick else 1.0)
    results = [bench_close([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000], repeat, args.against)]
    if args.close_only:
        fraction = 0.0
    else:
        results.append(bench_village(100 if args.quick else 500, repeat))
        results.append(bench_scale_out(2_000, 30, 1_000, 10, 3 if args.quick else 5))
    if fraction > 0:
        results.append(bench_national(fraction))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
