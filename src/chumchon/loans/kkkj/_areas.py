"""What every district and provincial summary shares (forms 26(1)/26(2) and the database report): the level a
summary is made at, the check that the units to add are of the right kind and on one date, and the grouping of
village reports by district."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

import attrs

from chumchon._checks import ParsableEnum, enum_member, items
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.tables import Column

__all__ = ["AreaLevel", "AreaTotal", "Units", "area_level", "by_district", "gather_units", "unit_column"]

R = TypeVar("R")


class AreaLevel(ParsableEnum):
    """The level a summary is made at: a district (form 26(1) district summary) or a province (form 26(2))."""

    DISTRICT = "district"
    PROVINCE = "province"

    @property
    def form(self) -> str:
        """The form number of a summary at this level."""
        return "26(1)" if self is AreaLevel.DISTRICT else "26(2)"

    @property
    def label(self) -> Message:
        """The level in Thai and English."""
        return Message("อำเภอ", "district") if self is AreaLevel.DISTRICT else Message("จังหวัด", "province")


class AreaTotal:
    """The two properties every summary has as a unit of a higher level (needs ``level``, ``name`` and
    ``total`` attributes)."""

    level: AreaLevel
    name: str
    total: Any

    @property
    def figures(self) -> Any:
        """The total (so a summary can itself be summed into a higher level)."""
        return self.total

    @property
    def row_label(self) -> str:
        """The Thai label of this summary as a row of a higher level, e.g. ``อำเภอเมือง``."""
        return f"{self.level.label.th}{self.name}"


def unit_column(level: AreaLevel) -> Column:
    """The first column of a summary's table: its villages (district) or its districts (province)."""
    if level is AreaLevel.DISTRICT:
        return Column("unit", "หมู่บ้าน", "Village")
    return Column("unit", "อำเภอ", "District")


@attrs.frozen
class Units:
    """The checked units of a summary: the items, their one date and the provisional values they relied on."""

    items: tuple[Any, ...]
    as_of: date
    provisional: tuple[str, ...]
    level: AreaLevel


def area_level(value: AreaLevel | str) -> AreaLevel:
    """``value`` as an :class:`AreaLevel`: the member, its code (``"district"``) or its Thai name (``"อำเภอ"``)."""
    return enum_member(AreaLevel, value, "level")


def gather_units(
    values: object, level: AreaLevel | str, kinds: tuple[type, ...], what_th: str, what_en: str
) -> Units:
    """``values`` checked as the units of one summary: a list of ``kinds`` (named ``what_th`` / ``what_en``),
    all on one date, at ``level`` (an :class:`AreaLevel`, its code or its Thai name).

    Raises:
        InvalidInputError: no items, an item of the wrong kind, items on different dates, or a bad level.
    """
    checked_level = area_level(level)
    found = items(values, "items", kinds, what_th, what_en)
    provisional: set[str] = set()
    as_of: date | None = None
    for item in found:
        if as_of is None:
            as_of = item.as_of
        elif item.as_of != as_of:
            raise InvalidInputError(
                th=f"รายงานต้องเป็นวันที่เดียวกัน: {as_of} และ {item.as_of}",
                en=f"reports must all be on the same date: {as_of} and {item.as_of}",
                field="as_of",
                value=item.as_of,
            )
        provisional.update(item.provisional)
    if as_of is None:
        raise InvalidInputError(
            th="ไม่มีรายงานให้รวม", en="there are no reports to sum", field="items", value=()
        )
    return Units(items=found, as_of=as_of, provisional=tuple(sorted(provisional)), level=checked_level)


def by_district(
    reports: Iterable[R], kind: type, district: Callable[[Any], str], what_th: str, what_en: str
) -> dict[str, list[R]]:
    """Village reports grouped by their district (``"-"`` when none), in first-seen order.

    Raises:
        InvalidInputError: ``reports`` is not a list of ``kind``.
    """
    grouped: dict[str, list[R]] = {}
    for report in items(reports, "reports", kind, what_th, what_en):
        grouped.setdefault(district(report) or "-", []).append(report)
    return grouped
