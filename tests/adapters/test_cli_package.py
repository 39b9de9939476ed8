"""The command line as a package: one module per command, names kept where they were, imports kept light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import chumchon.cli
from chumchon.cli import _main


def test_every_command_has_its_own_module() -> None:
    for name, command in _main.COMMANDS.items():
        module = sys.modules[command.run.__module__]
        assert module.__name__ == f"chumchon.cli.{name.replace('-', '_')}"
        assert module.COMMAND is command


def test_the_old_names_still_import() -> None:
    from chumchon.cli import ACCOUNT_CSV_COLUMNS, DIVIDEND_CSV_COLUMNS
    from chumchon.loans.kkkj._account_rows import ACCOUNT_COLUMNS
    from chumchon.savings import MEMBER_COLUMNS

    assert DIVIDEND_CSV_COLUMNS is MEMBER_COLUMNS
    assert tuple((key, th) for key, th, _ in ACCOUNT_COLUMNS) == ACCOUNT_CSV_COLUMNS
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        chumchon.cli.nothing  # noqa: B018


def test_a_simple_command_does_not_import_the_finance_packages() -> None:
    code = (
        "import sys, io, contextlib; from chumchon.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['bahttext', '5'])\n"
        "print(sorted(m for m in ('chumchon.savings', 'chumchon.loans', 'chumchon.assessment') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_village_report_help_lists_the_library_s_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert chumchon.cli.main(["village-report", "--help"]) == 0
    out = capsys.readouterr().out
    assert "days_past_due (จำนวนวันค้างชำระ)" in out and "loan_id (เลขที่สัญญา)" in out
