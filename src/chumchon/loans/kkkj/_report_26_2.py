"""District and provincial summaries, forms 26(1) district summary and 26(2) (แบบ 26(2) ระดับจังหวัด): exact sums of
village reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._checks import items as as_tuple
from chumchon.loans.kkkj._checks import make_table
from chumchon.loans.kkkj._report_26_1 import FIGURE_LABELS, FundFigures, VillageReport
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


@attrs.frozen(kw_only=True)
class AreaSummary(Tabular, ResultMappable):
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

    @property
    def figures(self) -> FundFigures:
        """The total (so a summary can itself be summed into a higher level)."""
        return self.total

    @property
    def row_label(self) -> str:
        """The Thai label of this summary as a row of a higher level, e.g. ``อำเภอเมือง``."""
        return f"{self.level.label.th}{self.name}"

    def to_table(self) -> Table:
        """One row per unit with its Thai label, then the total row (รวมทั้งอำเภอ… / รวมทั้งจังหวัด…)."""
        unit_label = (
            Column("unit", "หมู่บ้าน", "Village")
            if self.level is AreaLevel.DISTRICT
            else Column("unit", "อำเภอ", "District")
        )
        columns = [unit_label]
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
def summarise(items: Iterable[object], *, name: str, level: AreaLevel = AreaLevel.DISTRICT) -> AreaSummary:
    """Add village reports (for a district) or district summaries (for a province) up exactly.

    Every item must have ``as_of``, ``fiscal_year``, ``figures``, ``row_label`` and ``provisional``
    (:class:`VillageReport` and :class:`AreaSummary` do) and all must be on the same date.

    Raises:
        InvalidInputError: no items, an item of the wrong kind, or items on different dates.
    """
    units: list[tuple[str, FundFigures]] = []
    provisional: set[str] = set()
    as_of: date | None = None
    fiscal_year = 0
    units_in = as_tuple(
        "items",
        items,
        "รายงานหมู่บ้าน (VillageReport) หรือสรุปอำเภอ (AreaSummary)",
        "VillageReport or AreaSummary objects",
    )
    for item in units_in:
        if not isinstance(item, (VillageReport, AreaSummary)):
            raise InvalidInputError(
                th=f"รายการที่จะรวมต้องเป็นรายงานหมู่บ้านหรือสรุปอำเภอ ไม่ใช่ {item!r}",
                en=f"items to sum must be village reports or area summaries, not {item!r}",
                field="items",
                value=item,
            )
        item_as_of = item.as_of
        if as_of is None:
            as_of, fiscal_year = item_as_of, item.fiscal_year
        elif item_as_of != as_of:
            raise InvalidInputError(
                th=f"รายงานต้องเป็นวันที่เดียวกัน: {as_of} และ {item_as_of}",
                en=f"reports must all be on the same date: {as_of} and {item_as_of}",
                field="as_of",
                value=item_as_of,
            )
        units.append((item.row_label, item.figures))
        provisional.update(item.provisional)
    if as_of is None:
        raise InvalidInputError(
            th="ไม่มีรายงานให้รวม", en="there are no reports to sum", field="items", value=()
        )
    if not isinstance(level, AreaLevel):
        raise InvalidInputError(
            th=f"ระดับต้องเป็น AreaLevel ไม่ใช่ {level!r}",
            en=f"level must be an AreaLevel, not {level!r}",
            field="level",
            value=level,
        )
    return AreaSummary(
        level=level,
        name=name,
        as_of=as_of,
        fiscal_year=fiscal_year,
        units=tuple(units),
        total=sum_figures(f for _label, f in units),
        provisional=tuple(sorted(provisional)),
    )


@in_decimal_context
def summarise_province(reports: Iterable[VillageReport], *, province: str) -> AreaSummary:
    """Form 26(2): group village reports by district (in first-seen order), sum each district, then the
    province. The province's total is the exact sum of its villages.
    """
    by_district: dict[str, list[VillageReport]] = {}
    for report in as_tuple("reports", reports, "รายงานหมู่บ้าน (VillageReport)", "VillageReport objects"):
        if not isinstance(report, VillageReport):
            raise InvalidInputError(
                th=f"ต้องส่ง VillageReport ไม่ใช่ {report!r}",
                en=f"reports must be VillageReport objects, not {report!r}",
                field="reports",
                value=report,
            )
        by_district.setdefault(report.village.district or "-", []).append(report)
    districts = [summarise(items, name=name, level=AreaLevel.DISTRICT) for name, items in by_district.items()]
    return summarise(districts, name=province, level=AreaLevel.PROVINCE)
