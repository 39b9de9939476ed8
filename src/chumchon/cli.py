"""The command line (``chumchon`` and ``python -m chumchon``): the only module that prints or reads files.

>>> main(["demo"])  # doctest: +ELLIPSIS
ตัวอย่าง chumchon ...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from chumchon import __version__
from chumchon.errors import ChumchonError
from chumchon.money import allocate
from chumchon.rules import DEFAULT_INTEREST_RATE, INTEREST_CAP_ANNUAL_RATE

# Exit codes: 0 success, 1 a chumchon error in the input, 2 a usage error (argparse's own).
EXIT_INPUT_ERROR = 1

_DEMO_DATE = date(2026, 9, 30)


def _demo() -> int:
    print(f"ตัวอย่าง chumchon {__version__} (worked example)")
    cap = INTEREST_CAP_ANNUAL_RATE.at(_DEMO_DATE)
    default = DEFAULT_INTEREST_RATE.at(_DEMO_DATE)
    print(f"เพดานดอกเบี้ย {cap.value * 100}% ต่อปี ({cap.source.cite()})")
    print(f"ดอกเบี้ยผิดนัดตามกฎหมาย {default.value * 100}% ต่อปี ({default.source.cite()})")
    members = {"สมาชิก 1": 12_000, "สมาชิก 2": 6_000, "สมาชิก 3": 6_000}
    pool = "10000.00"
    print(f"แบ่งเงินปันผล {pool} บาท ตามเงินสัจจะสะสม:")
    for member, share in allocate(pool, members).items():
        print(f"  {member}: {share} บาท")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chumchon", description="Thai community finance / การเงินชุมชน")
    parser.add_argument("--version", action="version", version=f"chumchon {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="a worked example on built-in data / ตัวอย่างการคำนวณ")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo()
    except ChumchonError as error:
        print(f"chumchon: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    return 2  # pragma: no cover - argparse rejects unknown commands first
