"""Sphinx directives for the sources page, generated entirely from chumchon's registry of instruments.

``.. chumchon-instruments::`` lists every registered instrument (clauses cited, statuses, what it is used for,
its sources); ``.. chumchon-parameters::`` lists every dated value of every registered parameter and every named
rule. Both read :mod:`chumchon.rules.sources_page`, so the page cannot drift from the data files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.application import Sphinx

from chumchon.rules.sources_page import INSTRUMENT_HEADERS, PARAMETER_HEADERS, instrument_rows, parameter_rows


def _row(cells: Sequence[str]) -> nodes.row:
    row = nodes.row()
    for text in cells:
        entry = nodes.entry()
        entry += nodes.paragraph(text=text)
        row += entry
    return row


def _table(headers: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence[str]]) -> nodes.table:
    table = nodes.table()
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += _row(headers)
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return table


class InstrumentsDirective(Directive):
    """Render the table of registered instruments."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        return [_table(INSTRUMENT_HEADERS, (30, 12, 12, 26, 20), instrument_rows())]


class ParametersDirective(Directive):
    """Render the table of registered parameters and rules."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        return [_table(PARAMETER_HEADERS, (18, 10, 12, 34, 10, 16), parameter_rows())]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("chumchon-instruments", InstrumentsDirective)
    app.add_directive("chumchon-parameters", ParametersDirective)
    return {"version": "2", "parallel_read_safe": True}
