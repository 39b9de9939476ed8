"""Sphinx directive ``.. chumchon-parameters::``: a table of every regulatory parameter chumchon ships.

It imports each module of the package, finds every :class:`chumchon.rules.Parameter` (at module level and one
level inside frozen parameter sets) and lists each dated value with its instrument, clause, status and note, so
the sources page is generated from the data itself and cannot drift from it.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import attrs
from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.application import Sphinx

import chumchon
from chumchon.rules import Parameter


def shipped_parameters() -> list[tuple[str, Parameter[Any]]]:
    """Every parameter in the package as (module name, parameter), in a stable order."""
    seen: dict[int, tuple[str, Parameter[Any]]] = {}
    for info in pkgutil.walk_packages(chumchon.__path__, "chumchon."):
        if info.name.endswith(("__main__", ".cli", ".excel")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            candidates = [value]
            if attrs.has(type(value)):
                candidates += [getattr(value, f.name) for f in attrs.fields(type(value))]
            for candidate in candidates:
                if isinstance(candidate, Parameter) and id(candidate) not in seen:
                    seen[id(candidate)] = (info.name, candidate)
    return sorted(seen.values(), key=lambda item: (item[0], item[1].name))


def _row(cells: list[str]) -> nodes.row:
    row = nodes.row()
    for text in cells:
        entry = nodes.entry()
        entry += nodes.paragraph(text=text)
        row += entry
    return row


class ParametersDirective(Directive):
    """Render the table of shipped parameters."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        headers = ["Parameter", "From", "Value", "Instrument and clause", "Status", "Note"]
        table = nodes.table()
        group = nodes.tgroup(cols=len(headers))
        table += group
        for width in (18, 10, 12, 34, 10, 16):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += _row(headers)
        group += head
        body = nodes.tbody()
        for module, param in shipped_parameters():
            for dated in param.history:
                body += _row(
                    [
                        f"{param.title_th} ({param.title_en}) [{module}.{param.name}]",
                        dated.effective_from.isoformat(),
                        f"{dated.value} {param.unit}",
                        dated.source.cite("en") + (f" <{dated.source.url}>" if dated.source.url else ""),
                        dated.status.value,
                        dated.note,
                    ]
                )
        group += body
        return [table]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("chumchon-parameters", ParametersDirective)
    return {"version": "1", "parallel_read_safe": True}
