"""District and provincial summaries of the database report: exact sums of village database reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from chumchon.loans.kkkj._areas import AreaLevel, AreaTotal, by_district, gather_units, unit_column
from chumchon.loans.kkkj._database import VillageDatabaseReport
from chumchon.loans.kkkj._database_figures import DatabaseFigures, database_table, level_cell
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Table, Tabular
from chumchon.thai import format_date

__all__ = ["DatabaseSummary", "summarise_database", "summarise_database_province"]


@attrs.frozen(kw_only=True)
class DatabaseSummary(AreaTotal, Tabular):
    """A district or provincial summary of the database report: one row per unit (village or district) and a
    total that is the exact sum of the rows.

    Attributes:
        level: district or province.
        name: the district's or province's name.
        as_of: the date of every unit's figures.
        units: each unit's Thai label, figures, development-level cell and agencies cell, in order given.
        total: the sum of the units.
        provisional: names of provisional values any unit relied on.
    """

    level: AreaLevel
    name: str
    as_of: date
    units: tuple[tuple[str, DatabaseFigures, str, str], ...]
    total: DatabaseFigures
    provisional: tuple[str, ...] = ()

    def to_table(self) -> Table:
        """One row per unit, then the total row (รวมทั้งอำเภอ… / รวมทั้งจังหวัด…)."""
        rows = [*self.units, (f"รวมทั้ง{self.row_label}", self.total, self.total.levels_text(), "")]
        title = Message(
            f"แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย กข.คจ. {self.row_label} ณ วันที่ {format_date(self.as_of)}",
            f"กข.คจ. village and target-household database report, {self.level.label.en} {self.name}, {self.as_of}",
        )
        return database_table(rows, title, unit=unit_column(self.level))

    def __repr__(self) -> str:
        t = self.total
        return (
            f"<DatabaseSummary {self.level.value} {self.name!r} {self.as_of}: {t.villages} villages, "
            f"{t.target_households} target households, {t.default_households} in default ({t.default_loans})>"
        )


def _unit(item: VillageDatabaseReport | DatabaseSummary) -> tuple[str, DatabaseFigures, str, str]:
    if isinstance(item, VillageDatabaseReport):
        return (
            item.row_label,
            item.figures,
            level_cell(item.development_level),
            ", ".join(item.supporting_agencies),
        )
    return (item.row_label, item.figures, item.figures.levels_text(), "")


@in_decimal_context
def summarise_database(
    items: Iterable[VillageDatabaseReport | DatabaseSummary],
    *,
    name: str,
    level: AreaLevel | str = AreaLevel.DISTRICT,
) -> DatabaseSummary:
    """Add village database reports (for a district) or district summaries (for a province) up exactly.

    >>> from chumchon.loans.kkkj import DATABASE_TRAINING_BOOKS as books, database_reports
    >>> reports = database_reports(books, as_of=date(2026, 9, 30))
    >>> district = summarise_database(reports, name="เมือง")
    >>> district.total.villages, district.total.target_households, district.total.default_loans
    (2, 5, Decimal('12000.00'))
    >>> district.total.levels, district.total.levels_not_recorded
    (((2, 1),), 1)

    Raises:
        InvalidInputError: no items, an item of the wrong kind, or items on different dates.
    """
    found = gather_units(
        items,
        level,
        (VillageDatabaseReport, DatabaseSummary),
        "VillageDatabaseReport หรือ DatabaseSummary",
        "VillageDatabaseReport or DatabaseSummary objects",
    )
    units = [_unit(item) for item in found.items]
    total = DatabaseFigures.zero()
    for _label, figures, _level, _agencies in units:
        total = total + figures
    return DatabaseSummary(
        level=found.level,
        name=name,
        as_of=found.as_of,
        units=tuple(units),
        total=total,
        provisional=found.provisional,
    )


@in_decimal_context
def summarise_database_province(
    reports: Iterable[VillageDatabaseReport], *, province: str
) -> DatabaseSummary:
    """The provincial summary: village database reports grouped by district (in first-seen order), each district
    summed, then the province; its total is the exact sum of its villages.

    >>> from chumchon.loans.kkkj import DATABASE_TRAINING_BOOKS as books, database_reports
    >>> province = summarise_database_province(database_reports(books, as_of=date(2026, 9, 30)), province="ตัวอย่าง")
    >>> [label for label, *_ in province.units], province.total.current_loans + province.total.default_loans
    (['อำเภอเมือง'], Decimal('31000.00'))
    """
    grouped = by_district(
        reports,
        VillageDatabaseReport,
        lambda report: report.district,
        "VillageDatabaseReport",
        "VillageDatabaseReport objects",
    )
    districts = [summarise_database(items, name=name) for name, items in grouped.items()]
    return summarise_database(districts, name=province, level=AreaLevel.PROVINCE)
