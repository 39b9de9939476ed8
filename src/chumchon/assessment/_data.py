"""Helpers that write the shipped rubrics as plain data (the same format a district's JSON uses), reading each
criterion's threshold from the registry on a date."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import DateLike, date_value, instance
from chumchon.rules import Instrument, Registry, Source, default_registry


def source_data(source: Source) -> dict[str, Any]:
    """A :class:`~chumchon.rules.Source` as rubric data (its fields, all plain JSON types)."""
    return attrs.asdict(source)


class RegisteredValues:
    """The registered values one shipped rubric reads on ``as_of``: its own instrument (``name``) in force that
    day, and any other instrument in force that day whose parameters a criterion restates."""

    __slots__ = ("as_of", "instrument", "registry")

    def __init__(self, name: str, as_of: DateLike, registry: Registry | None = None) -> None:
        self.as_of = date_value(as_of, "as_of")
        self.registry = default_registry() if registry is None else instance(registry, "registry", Registry)
        self.instrument: Instrument = self.registry.in_force(name, self.as_of)

    def source(self, key: str) -> Source:
        """The rubric instrument's named source ``key``."""
        return self.instrument.source_named(key)

    def value(self, parameter_id: str, instrument: str | None = None) -> Any:
        """The value of ``parameter_id`` on the day, from the rubric's instrument or from the instrument named
        ``instrument`` (e.g. ``"kkkj_regulation"``) in force then."""
        owner = self.instrument if instrument is None else self.registry.in_force(instrument, self.as_of)
        return owner.parameter(parameter_id).value_at(self.as_of)

    def threshold(self, parameter_id: str, instrument: str | None = None) -> str:
        """The value as a rubric threshold (decimal text); a list of names counts its items (four registers)."""
        value = self.value(parameter_id, instrument)
        return str(len(value)) if isinstance(value, tuple) else str(value)


def percent_text(threshold: str) -> str:
    """A fraction written as a percent for a criterion's title: ``"0.80"`` → ``"80"``, ``"0.125"`` → ``"12.5"``."""
    text = format(Decimal(threshold).scaleb(2), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def criterion_data(
    code: str,
    title_th: str,
    title_en: str,
    measure: str,
    comparison: str,
    *,
    source: Source,
    rules: tuple[str, ...],
    threshold: str | None = None,
    upper: str | None = None,
    unit: str,
    priority: int,
    advice_th: str,
    advice_en: str,
    points: str = "1",
    status: str = "provisional",
) -> dict[str, Any]:
    """One criterion as rubric data (every shipped criterion is provisional), citing its registered ``rules``."""
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
        "rules": list(rules),
    }
