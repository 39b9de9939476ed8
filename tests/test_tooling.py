"""The quality gates of the README's test command: mypy (strict), ruff, and the Sphinx docs build.

They run inside pytest so that one command checks everything and CI reads one closing line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.tooling


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_mypy_strict() -> None:
    result = _run("mypy", "--strict", "src/chumchon")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint() -> None:
    result = _run("ruff", "check", "src", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", "src", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    result = _run("sphinx", "-W", "--keep-going", "-q", "-b", "html", "docs", str(tmp_path / "html"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "html" / "index.html").is_file()
