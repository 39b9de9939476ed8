"""The options several subcommands share, and the shape of one subcommand (:class:`Command`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

__all__ = [
    "DIGITS",
    "FORMATS",
    "LANGUAGES",
    "Command",
    "add_digits",
    "add_lang",
    "add_output_options",
    "rounding_names",
]

FORMATS = ("table", "csv", "json")
LANGUAGES = ("th", "en")
DIGITS = ("arabic", "thai")


class Command:
    """One subcommand: its name, a one-line help, examples (``chumchon --help`` shows the first; the tests
    run each one), how to set up its arguments and how to run it (``run`` returns the text to print), and optionally the help's closing text from the examples
    (``epilog``: built only when the help is shown, so it may read the library)."""

    __slots__ = ("epilog", "examples", "help", "name", "run", "setup")

    def __init__(
        self,
        name: str,
        help_text: str,
        *examples: str,
        setup: Callable[[argparse.ArgumentParser], None],
        run: Callable[[argparse.Namespace], str],
        epilog: Callable[[str], str] | None = None,
    ) -> None:
        self.name = name
        self.help = help_text
        self.examples = examples
        self.setup = setup
        self.run = run
        self.epilog = epilog


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="th", help="ภาษาของผลลัพธ์ / output language (default th)"
    )


def add_digits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--digits", choices=DIGITS, default="arabic", help="เลขอารบิกหรือเลขไทย / Arabic or Thai digits"
    )


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """``--lang``, ``--format`` and ``--digits``: the options of every command whose result is a table."""
    add_lang(parser)
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        default="table",
        help="table (อ่านง่าย / for people), csv (Excel), json (programs); default table",
    )
    add_digits(parser)


def add_rounding(parser: argparse.ArgumentParser, *, default: str, help_text: str) -> None:
    """``--rounding RULE``: a rounding by name (:data:`chumchon.money.ROUNDINGS`)."""
    parser.add_argument(
        "--rounding", choices=rounding_names(), default=default, metavar="RULE", help=help_text
    )


def rounding_names() -> tuple[str, ...]:
    """The names ``--rounding`` accepts (:data:`chumchon.money.ROUNDINGS`)."""
    from chumchon.money import ROUNDINGS

    return tuple(ROUNDINGS)
