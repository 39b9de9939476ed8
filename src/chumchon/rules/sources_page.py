"""The rows of the documentation's sources page, built from a registry (so the page cannot drift from the data).

>>> from chumchon.rules.sources_page import instrument_rows
>>> instrument_rows()[0][:2]
('ประมวลกฎหมายแพ่งและพาณิชย์ และพระราชกำหนดแก้ไขเพิ่มเติม พ.ศ. 2564 (Civil and Commercial Code and the Emergency Decree amending it, B.E. 2564)', 's.654, s.7, s.224, s.655, s.224 para 2, s.224/1')
"""

from __future__ import annotations

from chumchon.rules.model import Instrument, Status
from chumchon.rules.registry import Registry, default_registry

__all__ = ["INSTRUMENT_HEADERS", "PARAMETER_HEADERS", "instrument_rows", "parameter_rows"]

INSTRUMENT_HEADERS = ("Instrument", "Clause", "Status", "Used for", "Sources cited")
PARAMETER_HEADERS = ("Parameter", "From", "Value", "Instrument and clause", "Status", "Note")


def _cite(source_title: str, url: str | None) -> str:
    return source_title + (f" <{url}>" if url else "")


def _value_text(value: object) -> str:
    # names are listed; a span of years (a จปฐ. round) reads 2565–2569
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        return "–".join(str(v) for v in value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _status_text(instrument: Instrument) -> str:
    return " / ".join(s.value for s in instrument.statuses) if instrument.statuses else Status.CONFIRMED.value


def instrument_rows(registry: Registry | None = None) -> list[tuple[str, ...]]:
    """One row per instrument: title, clauses cited, statuses, what chumchon uses it for, its sources."""
    reg = registry or default_registry()
    rows: list[tuple[str, ...]] = []
    for inst in reg.instruments():
        sources = "; ".join(_cite(s.cite("en"), s.url) for _key, s in inst.sources)
        rows.append(
            (
                f"{inst.title_th} ({inst.title_en})",
                ", ".join(inst.clauses) or "(clause not encoded)",
                _status_text(inst),
                inst.used_for_en,
                sources,
            )
        )
    return rows


def parameter_rows(registry: Registry | None = None) -> list[tuple[str, ...]]:
    """One row per dated value of every registered parameter, then one per named rule."""
    reg = registry or default_registry()
    rows: list[tuple[str, ...]] = []
    for inst in reg.instruments():
        for param in inst.parameters:
            for dated in param.history:
                value = _value_text(dated.value)
                rows.append(
                    (
                        f"{param.title_th} ({param.title_en}) [{inst.id}: {param.name}]",
                        dated.effective_from.isoformat(),
                        f"{value} {param.unit}",
                        _cite(dated.source.cite("en"), dated.source.url),
                        dated.status.value,
                        dated.note,
                    )
                )
        for item in inst.rules:
            rows.append(
                (
                    f"{item.title_th} ({item.title_en}) [{inst.id}: {item.id}]",
                    "",
                    "rule",
                    _cite(item.source.cite("en"), item.source.url),
                    item.status.value,
                    item.note,
                )
            )
    return rows
