"""District and provincial summaries, forms 26(1) district summary and 26(2) (แบบ 26(2) ระดับจังหวัด): exact sums of
village reports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from operator import attrgetter

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._areas import AreaLevel, AreaTotal, by_district, gather_units, unit_column
from chumchon.loans.kkkj._checks import first_repeat
from chumchon.loans.kkkj._report_26_1 import FIGURE_LABELS, FundFigures, VillageReport
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["AreaLevel", "AreaSummary", "summarise", "summarise_province"]


#: (name, getter, start of the sum) of each figure: money sums start at 0.00, so a sum shows the satang.
_SUMMED = tuple(
    (name, attrgetter(name), Decimal("0.00") if kind == "money" else 0)
    for name, _th, _en, kind in FIGURE_LABELS
)
_VILLAGES = attrgetter("villages")


def sum_figures(items: Iterable[FundFigures]) -> FundFigures:
    """The exact sum of ``items``, figure by figure, equal to ``FundFigures.zero() + a + b + ...`` (callers run
    in :data:`~chumchon.money.DECIMAL_CONTEXT`)."""
    figures = tuple(items)
    values: dict[str, object] = {name: sum(map(get, figures), start) for name, get, start in _SUMMED}
    return FundFigures(**values)  # type: ignore[arg-type]


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

    A summary whose total is not the exact sum of its units (or breaks total fund = loans + bank + cash
    elsewhere), with a unit twice, with units not of the level below (villages for a district, districts for a
    province) or of another fiscal year than its date's is refused (:class:`~chumchon.errors.InvalidInputError`).
    """

    level: AreaLevel
    name: str
    as_of: date
    fiscal_year: int
    units: tuple[tuple[str, FundFigures], ...]
    total: FundFigures
    provisional: tuple[str, ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The total is the exact sum of the units and keeps the fund identity, each unit is of the level below
        # (a village for a district, a district for a province), and no unit appears twice: one pass over the
        # units per figure, without recomputing any unit (a province's summary is built in a batch run).
        from chumchon.thai.calendar import fiscal_year as fiscal_year_of

        units = self.units
        if not units:
            raise inconsistent(
                self, "units", "สรุปต้องมีอย่างน้อยหนึ่งหน่วย", "a summary must have at least one unit", units
            )
        labels, figures = zip(*units, strict=True)
        if len(set(labels)) != len(labels):
            twice = first_repeat(labels)
            raise inconsistent(
                self, "units", f"หน่วย {twice!r} ซ้ำกัน", f"the unit {twice!r} appears twice", twice
            )
        if self.level is AreaLevel.DISTRICT:
            if set(map(_VILLAGES, figures)) != {1}:
                raise inconsistent(
                    self,
                    "units",
                    "หน่วยของสรุประดับอำเภอต้องเป็นหมู่บ้าน หน่วยละหนึ่งหมู่บ้าน",
                    "the units of a district summary must be villages, one village each",
                    sorted(set(map(_VILLAGES, figures))),
                )
        else:
            prefix = AreaLevel.DISTRICT.label.th
            stray = next((label for label in labels if not label.startswith(prefix)), None)
            if stray is not None or min(map(_VILLAGES, figures)) < 1:
                raise inconsistent(
                    self,
                    "units",
                    f"หน่วยของสรุประดับจังหวัดต้องเป็นอำเภอ ({prefix}…) ที่มีอย่างน้อยหนึ่งหมู่บ้าน",
                    f"the units of a province summary must be districts ({prefix}…) of at least one village",
                    stray,
                )
        total = self.total
        for name, get, start in _SUMMED:
            if sum(map(get, figures), start) != getattr(total, name):
                raise inconsistent(
                    self,
                    "total",
                    f"ยอดรวม {name} ต้องเท่ากับผลรวมของทุกหน่วย",
                    f"the total {name} must be the sum of the units' figures",
                    getattr(total, name),
                )
        if total.total_fund != total.outstanding_loans + total.bank_balance + total.cash_elsewhere:
            raise inconsistent(
                self,
                "total",
                "เงินทุนทั้งหมดต้องเท่ากับลูกหนี้คงเหลือ เงินฝากธนาคาร และเงินสดที่อื่นรวมกัน",
                "the total fund must be the outstanding loans, bank balance and cash elsewhere together",
                total.total_fund,
            )
        if self.fiscal_year != fiscal_year_of(self.as_of):
            raise inconsistent(
                self,
                "fiscal_year",
                "ปีงบประมาณต้องเป็นปีงบประมาณของวันที่ของตัวเลข",
                "the fiscal year must be that of the figures' date",
                self.fiscal_year,
            )

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

    A district adds up :class:`VillageReport` objects, a province district :class:`AreaSummary` objects; all
    must be on the same date, and no unit may appear twice (the same village twice would count it twice).

    Raises:
        InvalidInputError: no items, an item of the wrong kind or not of the level below ``level``, items on
            different dates, or a unit given twice.
    """
    units = gather_units(
        items,
        level,
        (VillageReport, AreaSummary),
        "รายงานหมู่บ้าน (VillageReport) หรือสรุปอำเภอ (AreaSummary)",
        "VillageReport or AreaSummary objects",
    )
    _check_level(units.items, units.level)
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


def _check_level(items: tuple[VillageReport | AreaSummary, ...], level: AreaLevel) -> None:
    """Refuse a unit that is not of the level below ``level``: a village for a district, a district for a
    province."""
    for index, item in enumerate(items):
        if level is AreaLevel.DISTRICT and not isinstance(item, VillageReport):
            raise InvalidInputError(
                th="สรุประดับอำเภอรวมได้เฉพาะรายงานหมู่บ้าน (VillageReport)",
                en="a district summary adds up village reports (VillageReport) only",
                field=f"items[{index}]",
                value=item,
            )
        if level is AreaLevel.PROVINCE and not (
            isinstance(item, AreaSummary) and item.level is AreaLevel.DISTRICT
        ):
            raise InvalidInputError(
                th="สรุประดับจังหวัดรวมได้เฉพาะสรุประดับอำเภอ (AreaSummary ระดับอำเภอ)",
                en="a province summary adds up district summaries (AreaSummary at district level) only",
                field=f"items[{index}]",
                value=item,
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
