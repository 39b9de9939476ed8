"""The command line (``chumchon`` and ``python -m chumchon``): the only module that prints or reads files.

บรรทัดคำสั่งของ chumchon: อ่านไฟล์ เรียกไลบรารี และพิมพ์ผล โดยไม่คำนวณเอง (the command line only translates:
every number comes from the library).

Thai output by default (``--lang en`` for English), ``--format table|csv|json`` where a result is a table,
``--digits arabic|thai``. Errors go to standard error as one Thai/English line, never a traceback. Exit codes:

* 0 (:data:`EXIT_OK`): done;
* 1 (:data:`EXIT_INPUT_ERROR`): the input could not be used (a :class:`~chumchon.errors.ChumchonError`: a bad
  amount, an unreadable date, a malformed CSV or JSON file...);
* 2 (:data:`EXIT_USAGE`): the command line itself was wrong (unknown option, missing argument);
* 3 (:data:`EXIT_FILE_ERROR`): a file could not be read (missing, a folder, no permission, not text).

Subcommands: ``demo``, ``bahttext``, ``date``, ``schedule``, ``kkkj-schedule``, ``dividends``, ``assess``,
``close``, ``village-report``; ``chumchon --help`` lists them with an example each, and ``chumchon COMMAND
--help`` explains one. Each lives in its own module of this package (``chumchon.cli.schedule``...); what they
print goes through :func:`render`, what they read through one reader of files and one of JSON.

>>> main(["bahttext", "1234.5"])
หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์
0
>>> main(["date", "2026-11-21", "--style", "full"])
วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569
0
>>> import contextlib, sys
>>> with contextlib.redirect_stderr(sys.stdout):
...     main(["bahttext", "abc"])
chumchon: ค่า 'amount' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'abc' / 'amount' must be a number such as 1234.50 or 1,234.50, not 'abc'
1
"""

from __future__ import annotations

from typing import Any

from chumchon.cli import _main, _output
from chumchon.cli._input import read_text as read_text
from chumchon.cli._main import EXIT_FILE_ERROR, EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, main
from chumchon.cli._output import render
from chumchon.cli.demo import demo_text as demo_text

# The names the tests and scripts used before the split.
_parser = _main.build_parser
_iter_examples = _main.examples
_write = _output.write

__all__ = [
    "ACCOUNT_CSV_COLUMNS",
    "DIVIDEND_CSV_COLUMNS",
    "EXIT_FILE_ERROR",
    "EXIT_INPUT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "main",
    "render",
]


def __getattr__(name: str) -> Any:
    # The CSV column tables come from the library's readers, imported only when asked for.
    if name == "DIVIDEND_CSV_COLUMNS":  # the name before 0.2 of chumchon.savings.MEMBER_COLUMNS
        from chumchon.savings.member_rows import MEMBER_COLUMNS

        return MEMBER_COLUMNS
    if name == "ACCOUNT_CSV_COLUMNS":  # the columns of a village-report CSV: English key, Thai header
        from chumchon.cli.village_report import account_csv_columns

        return account_csv_columns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
