"""District and provincial summaries, forms 26(1) district summary and 26(2) (แบบ 26(2) ระดับจังหวัด): exact sums of
village reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from chumchon.loans.kkkj._areas import AreaLevel, AreaTotal, by_district, gather_units, unit_column
from chumchon.loans.kkkj._report_26_1 import FIGURE_LABELS, FundFigures, VillageReport
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import ResultMappable
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["AreaLevel", "AreaSummary", "summarise", "summarise_province"]


def sum_figures(items: Iterable[FundFigures]) -> FundFigures:
    total = FundFigures.zero()
    for item in items:
        total = total + item
    return total


@attrs.frozen(kw_only=True)
class AreaSummary(AreaTotal, Tabular, ResultMappable):
    """A district or provincial summary (แบบ 26(1) สรุประดับอำเภอ / แบบ 26(2) ระดับจังหวัด): one row per unit
    (village or district) and a total that is the exact sum of the rows.

    Attributes:
        level: district or province.
        name: the district's or province's name.
        as_of: the date of the figures (every unit's figures are on this date).
        fiscal_year: the B.E. fiscal year of "repaid this fiscal year".
        units: each unit's Thai row label and figures, in the order given.
        total: the sum of the units.
        provisional: names of provisional values any unit relied on.
    """

    level: AreaLevel
    name: str
    as_of: date
    fiscal_year: int
    units: tuple[tuple[str, FundFigures], ...]
    total: FundFigures
    provisional: tuple[str, ...] = ()

    def to_table(self) -> Table:
        """One row per unit with its Thai label, then the total row (รวมทั้งอำเภอ… / รวมทั้งจังหวัด…)."""
        columns = [unit_column(self.level)]
        columns += [Column(name, th, en, kind) for name, th, en, kind in FIGURE_LABELS]
        rows = [(label, *figures.as_dict().values()) for label, figures in self.units]
        rows.append((f"รวมทั้ง{self.row_label}", *self.total.as_dict().values()))
        title = Message(
            f"แบบ {self.level.form} สรุปรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. {self.row_label} "
            f"ณ วันที่ {format_date(self.as_of)} "
            f"(ปีงบประมาณ {self.fiscal_year})",
            f"form {self.level.form}: กข.คจ. debt and financial position, {self.level.label.en} {self.name}, "
            f"{self.as_of} (fiscal year {self.fiscal_year})",
        )
        return make_table(columns, rows, title)

    def __repr__(self) -> str:
        t = self.total
        return (
            f"<AreaSummary form {self.level.form} {self.level.value} {self.name!r} {self.as_of}: "
            f"{len(self.units)} units, {t.villages} villages, total fund {t.total_fund}, "
            f"outstanding {t.outstanding_loans}, shortfall {t.shortfall}>"
        )


@in_decimal_context
def summarise(
    items: Iterable[VillageReport | AreaSummary], *, name: str, level: AreaLevel | str = AreaLevel.DISTRICT
) -> AreaSummary:
    """Add village reports (for a district) or district summaries (for a province) up exactly.

    Every item must have ``as_of``, ``fiscal_year``, ``figures``, ``row_label`` and ``provisional``
    (:class:`VillageReport` and :class:`AreaSummary` do) and all must be on the same date.

    Raises:
        InvalidInputError: no items, an item of the wrong kind, or items on different dates.
    """
    units = gather_units(
        items,
        level,
        (VillageReport, AreaSummary),
        "รายงานหมู่บ้าน (VillageReport) หรือสรุปอำเภอ (AreaSummary)",
        "VillageReport or AreaSummary objects",
    )
    rows = tuple((item.row_label, item.figures) for item in units.items)
    return AreaSummary(
        level=units.level,
        name=name,
        as_of=units.as_of,
        fiscal_year=units.items[0].fiscal_year,
        units=rows,
        total=sum_figures(f for _label, f in rows),
        provisional=units.provisional,
    )


@in_decimal_context
def summarise_province(reports: Iterable[VillageReport], *, province: str) -> AreaSummary:
    """Form 26(2): group village reports by district (in first-seen order), sum each district, then the
    province. The province's total is the exact sum of its villages.
    """
    grouped = by_district(
        reports,
        VillageReport,
        lambda report: report.village.district,
        "รายงานหมู่บ้าน (VillageReport)",
        "VillageReport objects",
    )
    districts = [summarise(items, name=name, level=AreaLevel.DISTRICT) for name, items in grouped.items()]
    return summarise(districts, name=province, level=AreaLevel.PROVINCE)
