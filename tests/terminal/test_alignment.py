"""Every text table lines up in a real terminal (tmux), Thai vowel and tone marks included.

The demo and each command's tables are rendered by the library; every table it prints is caught on its
way out (a spy on Table.to_text that calls the real method), shown in a tmux pane, and the terminal itself
reports where each cell starts (left-aligned columns) or ends (right-aligned columns). Every line of a
table must put a column at the same screen column. A second check shows the whole demo in a pane and reads
it back with ``capture-pane``: the terminal shows exactly the demo's lines.

tmux comes from the Debian package (``.ci/run`` installs it). Outside CI the test is skipped when tmux is
missing; in CI (``CI=true``) it must run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chumchon import tables
from chumchon.cli import demo_text, main
from chumchon.tables import Table

MEASURE = Path(__file__).with_name("measure.py")
WIDTH = 400  # wide enough for every line of every table, so nothing wraps


@pytest.fixture(scope="module")
def tmux() -> str:
    found = shutil.which("tmux")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tmux is required in CI: apt-get install -y tmux (see .ci/run)")
        pytest.skip("tmux is not installed (apt-get install -y tmux)")
    return found


ENV = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


@contextlib.contextmanager
def pane(tmux: str, shell: str, done: Path, *, height: int = 60, timeout: float = 60) -> Iterator[str]:
    """Run ``shell`` in a fresh tmux server's pane; yield its session once ``done`` exists, then stop it."""
    session = f"chumchon-{uuid.uuid4().hex[:8]}"
    size = ["-x", str(WIDTH), "-y", str(height)]
    subprocess.run(
        [tmux, "-u", "-L", session, "-f", "/dev/null", "new-session", "-d", "-s", session, *size, shell],
        check=True,
        env=ENV,
    )
    try:
        deadline = time.monotonic() + timeout
        while not done.exists():
            if time.monotonic() > deadline:
                pytest.fail(f"the terminal did not answer within {timeout} s")
            time.sleep(0.05)
        yield session
    finally:
        subprocess.run([tmux, "-L", session, "kill-server"], check=False, capture_output=True)


def measure(tmux: str, prefixes: list[str], tmp_path: Path) -> list[int]:
    source, result = tmp_path / "prefixes.json", tmp_path / "widths.json"
    source.write_text(json.dumps(prefixes, ensure_ascii=False), encoding="utf-8")
    with pane(tmux, f"'{sys.executable}' '{MEASURE}' '{source}' '{result}'", result):
        pass
    return list(json.loads(result.read_text(encoding="utf-8")))


def column_edges(table: Table, language: str) -> Iterator[tuple[int, int, str]]:
    """(line number, column, prefix): the text before each left column's start or right column's end."""
    text = table.to_text(language=language)
    lines = text.splitlines()[1 if table.title is not None else 0 :]
    rows = [table.header(language), *table.formatted_rows(language=language)]
    right = [c.kind in ("money", "rate", "percent", "int", "decimal") for c in table.columns]
    for number, (line, cells) in enumerate(zip(lines, rows, strict=True)):
        position = 0
        for column, cell in enumerate(cells):
            start = line.index(cell, position)
            position = start + len(cell)
            if cell:
                yield number, column, line[: position if right[column] else start]


def printed_tables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, Table, str]]:
    """Every table the demo and the commands print, with its language."""
    caught: list[tuple[str, Table, str]] = []
    real = Table.to_text

    def spy(self: Table, **kwargs: Any) -> str:
        caught.append((where, self, kwargs.get("language", "th")))
        return real(self, **kwargs)

    monkeypatch.setattr(tables.Table, "to_text", spy)
    members = tmp_path / "members.csv"
    header = "รหัสสมาชิก,ชื่อ,ประเภท,ยอดยกมา," + ",".join(f"เดือน{m}" for m in range(1, 13)) + ",ดอกเบี้ยที่ชำระ,ผิดนัด"
    members.write_text(
        header + "\nA01,นางสมศรี ใจดี,สามัญ,100000," + ",".join(["1000"] * 12) + ",50000,ไม่ใช่\n"
        "B02,นายสมชาย รักถิ่น,สมทบ,0,1000" + "," * 11 + ",0,\n",
        encoding="utf-8",
    )
    runs = {
        "demo th": lambda: demo_text("th"),
        "demo en": lambda: demo_text("en"),
        "date": lambda: main(["date", "2026-11-21", "--format", "table"]),
        "schedule": lambda: main(
            [
                "schedule",
                "--principal",
                "500000",
                "--monthly-percent",
                "1",
                "--installments",
                "12",
                "--disbursed",
                "15 ม.ค. 2569",
            ]
        ),
        "kkkj-schedule": lambda: main(
            [
                "kkkj-schedule",
                "15000",
                "--installments",
                "3",
                "--first-due",
                "2026-05-31",
                "--disbursed",
                "2025-11-14",
                "--frequency",
                "semi_annual",
            ]
        ),
        "dividends": lambda: main(["dividends", str(members), "--rate", "0.057"]),
    }
    for where, run in runs.items():  # noqa: B007 - the spy reads ``where``
        run()
    return caught


def test_every_table_lines_up_in_a_real_terminal(
    tmux: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    caught = printed_tables(monkeypatch, tmp_path)
    capsys.readouterr()
    monkeypatch.undo()
    assert {where for where, _, _ in caught} >= {
        "demo th",
        "demo en",
        "date",
        "schedule",
        "kkkj-schedule",
        "dividends",
    }
    edges = [
        (i, *edge) for i, (_, table, language) in enumerate(caught) for edge in column_edges(table, language)
    ]
    widths = measure(tmux, [prefix for *_, prefix in edges], tmp_path)
    screen: dict[tuple[int, int], set[int]] = {}
    for (table_index, _line, column, _prefix), width in zip(edges, widths, strict=True):
        screen.setdefault((table_index, column), set()).add(width)
    crooked = {
        f"{caught[t][0]}: {caught[t][1].columns[c].key}": sorted(w)
        for (t, c), w in screen.items()
        if len(w) > 1
    }
    assert crooked == {}
    assert any("ี" in prefix or "่" in prefix for *_, prefix in edges)  # Thai marks were really measured


def test_the_terminal_shows_the_demo_as_written(tmux: str, tmp_path: Path) -> None:
    text = demo_text("th")
    source, done = tmp_path / "demo.txt", tmp_path / "shown"
    source.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    with pane(tmux, f"cat '{source}'; touch '{done}'; sleep 30", done, height=len(lines) + 5) as session:
        shown = subprocess.run(
            [tmux, "-L", session, "capture-pane", "-p", "-t", session, "-S", "0", "-E", str(len(lines))],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=ENV,
        ).stdout
    assert [line.rstrip() for line in shown.splitlines()[: len(lines)]] == [line.rstrip() for line in lines]
