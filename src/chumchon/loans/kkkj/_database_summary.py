"""District and provincial summaries of the database report: exact sums of village database reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

import attrs

from chumchon.loans.kkkj._areas import AreaLevel, AreaTotal, by_district, gather_units, unit_column
from chumchon.loans.kkkj._database import VillageDatabaseReport
from chumchon.loans.kkkj._database_figures import (
    DatabaseFigures,
    check_database_figures,
    database_table,
    level_cell,
    sum_database_figures,
)
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Table, Tabular
from chumchon.thai import format_date

__all__ = ["DatabaseSummary", "DatabaseUnit", "summarise_database", "summarise_database_province"]


class DatabaseUnit(NamedTuple):
    """One row of a summary: a village or a district, its figures and the text of its last two cells.

    A tuple, so ``label, figures, level, agencies = unit`` reads it; a document writes it as an object with the
    four names: ``label`` (the unit's Thai row label, ``บ้านโนนงาม (34010203)`` or ``อำเภอเมือง``), ``figures``,
    ``development_level`` (the level cell: ``ระดับ 2 (ปี 2569)``, ``-``, or a district's villages per level) and
    ``supporting_agencies`` (a village's agencies; empty for a district).
    """

    label: str
    figures: DatabaseFigures
    development_level: str
    supporting_agencies: str


@attrs.frozen(kw_only=True)
class DatabaseSummary(AreaTotal, Tabular, ResultMappable):
    """A district or provincial summary of the database report: one row per unit (village or district) and a
    total that is the exact sum of the rows (a result document, ``chumchon.database_summary``).

    A summary whose total is not the sum of its units, or whose units' figures break what holds within any
    village's or sum's figures (owing and not in default = not overdue + in grace; borrowing and passing
    households among the target households; the fund at least the loans plus the bank balance; the levels
    counting every village once), cannot be built.

    Attributes:
        level: district or province.
        name: the district's or province's name.
        as_of: the date of every unit's figures.
        units: each unit's :class:`DatabaseUnit` (label, figures, development-level and agencies cells), in the
            order given.
        total: the sum of the units.
        provisional: names of provisional values any unit relied on.
    """

    level: AreaLevel
    name: str
    as_of: date
    units: tuple[DatabaseUnit, ...]
    total: DatabaseFigures
    provisional: tuple[str, ...] = ()

    def _check_consistency(self) -> None:
        for unit in self.units:
            check_database_figures(self, "units", unit.figures)
        total = sum_database_figures(unit.figures for unit in self.units)
        if total != self.total:
            name = next(
                n for n in attrs.fields_dict(DatabaseFigures) if getattr(total, n) != getattr(self.total, n)
            )
            raise inconsistent(
                self,
                "total",
                f"ยอดรวม {name} ต้องเท่ากับผลรวมของทุกหน่วย คือ {getattr(total, name)}",
                f"the total's {name} must be the sum of its units, {getattr(total, name)}",
                getattr(self.total, name),
            )

    def to_table(self) -> Table:
        """One row per unit, then the total row (รวมทั้งอำเภอ… / รวมทั้งจังหวัด…)."""
        rows = [*self.units, DatabaseUnit(f"รวมทั้ง{self.row_label}", self.total, self.total.levels_text(), "")]
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


def _unit(item: VillageDatabaseReport | DatabaseSummary) -> DatabaseUnit:
    if isinstance(item, VillageDatabaseReport):
        return DatabaseUnit(
            item.row_label,
            item.figures,
            level_cell(item.development_level),
            ", ".join(item.supporting_agencies),
        )
    return DatabaseUnit(item.row_label, item.figures, item.figures.levels_text(), "")


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
    units = tuple(_unit(item) for item in found.items)
    return DatabaseSummary(
        level=found.level,
        name=name,
        as_of=found.as_of,
        units=units,
        total=sum_database_figures(unit.figures for unit in units),
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
