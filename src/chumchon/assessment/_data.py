"""Helpers that write the shipped rubrics as plain data (the same format a district's JSON uses)."""

from __future__ import annotations

from typing import Any

import attrs

from chumchon.rules import Source


def source_data(source: Source) -> dict[str, Any]:
    """A :class:`~chumchon.rules.Source` as rubric data (its fields, all plain JSON types)."""
    return attrs.asdict(source)


def criterion_data(
    code: str,
    title_th: str,
    title_en: str,
    measure: str,
    comparison: str,
    *,
    source: Source,
    threshold: str | None = None,
    upper: str | None = None,
    unit: str,
    priority: int,
    advice_th: str,
    advice_en: str,
    points: str = "1",
    status: str = "provisional",
) -> dict[str, Any]:
    """One criterion as rubric data (every shipped criterion is provisional)."""
    return {
        "code": code,
        "title_th": title_th,
        "title_en": title_en,
        "measure": measure,
        "comparison": comparison,
        "threshold": threshold,
        "upper": upper,
        "unit": unit,
        "points": points,
        "priority": priority,
        "advice_th": advice_th,
        "advice_en": advice_en,
        "source": source_data(source),
        "status": status,
    }
