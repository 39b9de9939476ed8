"""The parser and the entry point: every subcommand's module, in the order ``chumchon --help`` lists them,
the exit codes, and the one place errors become a Thai/English line on standard error."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import NoReturn

from chumchon import __version__
from chumchon.cli import (
    assess,
    bahttext,
    close,
    date,
    demo,
    dividends,
    kkkj_schedule,
    schedule,
    village_report,
)
from chumchon.cli._input import FileError, UsageError
from chumchon.cli._options import Command
from chumchon.cli._output import write
from chumchon.errors import ChumchonError

__all__ = [
    "COMMANDS",
    "EXIT_FILE_ERROR",
    "EXIT_INPUT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "examples",
    "main",
]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_FILE_ERROR = 3

#: Every subcommand by name, in the order the help lists them.
COMMANDS: dict[str, Command] = {
    module.COMMAND.name: module.COMMAND
    for module in (demo, bahttext, date, schedule, kkkj_schedule, dividends, assess, close, village_report)
}


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line Thai/English usage error (exit 2) and a closing text built when help is shown."""

    lazy_epilog: Callable[[str], str] | None = None

    def format_help(self) -> str:
        if self.lazy_epilog is not None:
            self.epilog, self.lazy_epilog = self.lazy_epilog(self.epilog or ""), None
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: ใช้คำสั่งไม่ถูกต้อง / usage error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The ``chumchon`` parser with every subcommand."""
    parser = _Parser(
        prog="chumchon",
        description="chumchon: การเงินชุมชนของไทย / Thai community finance (savings groups, กข.คจ., assessments)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "ตัวอย่าง / examples:\n"
            + "\n".join(f"  {command.examples[0]}" for command in COMMANDS.values())
            + "\n\nexit codes: 0 ok, 1 input error, 2 usage error, 3 file error"
        ),
    )
    parser.add_argument("--version", action="version", version=f"chumchon {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for name, command in COMMANDS.items():
        child = sub.add_parser(
            name,
            help=command.help,
            description=command.help,
            epilog="ตัวอย่าง / examples:\n" + "\n".join(f"  {e}" for e in command.examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if isinstance(child, _Parser):
            child.lazy_epilog = command.epilog
        command.setup(child)
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); print the result; return the exit code.

    Exit codes: :data:`EXIT_OK` (0), :data:`EXIT_INPUT_ERROR` (1), :data:`EXIT_USAGE` (2),
    :data:`EXIT_FILE_ERROR` (3).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits on --help/--version (0) and on usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        output = COMMANDS[args.command].run(args)
    except ChumchonError as error:
        write(f"chumchon: {_one_line(str(error))}", sys.stderr)
        return EXIT_INPUT_ERROR
    except FileError as error:
        write(f"chumchon: {_one_line(str(error))}", sys.stderr)
        return EXIT_FILE_ERROR
    except UsageError as error:
        write(f"chumchon {args.command}: ใช้คำสั่งไม่ถูกต้อง / usage error: {error}", sys.stderr)
        return EXIT_USAGE
    try:
        write(output, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `chumchon demo | head`: the reader left; that is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


def examples() -> Iterable[tuple[str, str]]:
    """Every registered example, ``(command, example)``: the tests run each one."""
    for name, command in COMMANDS.items():
        for example in command.examples:
            yield name, example
