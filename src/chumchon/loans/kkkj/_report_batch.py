"""Village reports of a whole province or country as columns (รายงาน กข.คจ. จำนวนมากแบบคอลัมน์).

:class:`ReportBatch` (from ``village_reports(books, as_of=..., compact=True)``) holds each village's form
26(1) figures and each loan account's figures as plain values: cheap to pickle from a worker and to keep for
40,000 villages. :meth:`ReportBatch.summarise_province` gives form 26(2) straight from the rows, equal to
:func:`summarise_province` over the full reports, and :meth:`ReportBatch.full` any one village's full
:class:`VillageReport`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import compress, repeat
from operator import add, lt, sub
from typing import Any, NoReturn

import attrs

from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._areas import AreaLevel
from chumchon.loans.kkkj._regulation import Regulation
from chumchon.loans.kkkj._report_26_1 import FIGURE_LABELS, FIGURE_NAMES, FundFigures, VillageReport
from chumchon.loans.kkkj._report_26_2 import AreaSummary, sum_figures
from chumchon.loans.kkkj._village_book import VillageBook
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Column

__all__ = ["ACCOUNT_COLUMNS", "VILLAGE_COLUMNS", "ReportBatch"]

#: The columns of :attr:`ReportBatch.villages`: the village, the date, then the form's figures.
VILLAGE_COLUMNS = (
    Column("village_id", "รหัสหมู่บ้าน", "Village code"),
    Column("name", "หมู่บ้าน", "Village"),
    Column("district", "อำเภอ", "District"),
    Column("province", "จังหวัด", "Province"),
    Column("as_of", "ณ วันที่", "As of", "date"),
    Column("fiscal_year", "ปีงบประมาณ", "Fiscal year", "int"),
    *(Column(key, th, en, kind) for key, th, en, kind in FIGURE_LABELS),
)
#: The columns of :attr:`ReportBatch.accounts`: one row per loan account; ``village`` is the village's row.
ACCOUNT_COLUMNS = (
    Column("village", "ลำดับหมู่บ้าน", "Village no.", "int"),
    Column("loan_id", "เลขที่สัญญา", "Loan"),
    Column("household_id", "ครัวเรือน", "Household"),
    Column("outstanding", "คงเหลือ", "Outstanding", "money"),
    Column("repaid_this_year", "รับชำระในปีงบประมาณ", "Repaid this fiscal year", "money"),
    Column("overdue", "ค้างชำระ", "Overdue", "money"),
)
_VILLAGE_TITLE = Message("แบบ 26(1) รายหมู่บ้าน", "Form 26(1) by village")
_ACCOUNT_TITLE = Message("ทะเบียนคุมลูกหนี้", "Debtor register")
_FIGURES_AT = len(VILLAGE_COLUMNS) - len(FIGURE_LABELS)
_VILLAGE_KEYS = tuple(c.key for c in VILLAGE_COLUMNS)
_ACCOUNT_KEYS = tuple(c.key for c in ACCOUNT_COLUMNS)
_ZERO = Decimal("0.00")


@attrs.frozen(repr=False)
class ReportBatch(ResultMappable):
    """Many villages' form 26(1) reports as columns of plain values (see the module docstring).

    Attributes:
        villages: one row per village (:data:`VILLAGE_COLUMNS`), in the order given.
        accounts: one row per loan account of every village (:data:`ACCOUNT_COLUMNS`).
        inputs: the books and the regulation, kept for :meth:`full` in the process that ran the batch; not
            compared and not pickled (see :meth:`with_inputs`).

    A batch whose village rows do not follow from their account rows (outstanding loans, repaid this fiscal
    year, overdue, households with loans), break the fund identity (total fund, shortfall) or the fiscal year
    of their date, or whose account rows are not grouped village by village with each loan id once in its
    village, is refused (:class:`~chumchon.errors.InvalidInputError`), also when it comes back from a worker.
    """

    villages: Columns
    accounts: Columns
    inputs: tuple[tuple[VillageBook, ...], Regulation] | None = attrs.field(default=None, eq=False)

    @in_decimal_context
    def _check_consistency(self) -> None:
        # Each village row's figures follow from its account rows and keep the fund identity, its fiscal year is
        # its date's, and the account rows come village by village, each loan id once in its village. A batch
        # is rebuilt when it comes back from a worker and when chunks are joined, so the check runs over slices
        # of the columns at C speed (a few passes), not row by row.
        from chumchon.thai.calendar import fiscal_year as fiscal_year_of

        def refuse(field: str, th: str, en: str, value: object) -> NoReturn:
            raise inconsistent(self, field, th, en, value)

        villages, accounts = self.villages, self.accounts
        if villages.keys != _VILLAGE_KEYS:
            refuse(
                "villages",
                "คอลัมน์ต้องเป็น VILLAGE_COLUMNS",
                "the columns must be VILLAGE_COLUMNS",
                villages.keys,
            )
        if accounts.keys != _ACCOUNT_KEYS:
            refuse(
                "accounts",
                "คอลัมน์ต้องเป็น ACCOUNT_COLUMNS",
                "the columns must be ACCOUNT_COLUMNS",
                accounts.keys,
            )
        count = len(villages)
        rows, loan_ids, households, outstanding, repaid, overdue = accounts.data
        if not set(map(type, rows)) <= {int} or rows != tuple(sorted(rows)) or (rows and rows[-1] >= count):
            refuse(
                "accounts",
                f"แถวบัญชีต้องเรียงตามหมู่บ้าน และอ้างหมู่บ้านลำดับ 0 ถึง {count - 1}",
                f"the account rows must come village by village and name villages 0 to {count - 1}",
                rows,
            )
        if rows and rows[0] < 0:
            refuse("accounts", "ลำดับหมู่บ้านต้องไม่ติดลบ", "a village number cannot be negative", rows[0])
        bounds = list(map(bisect_left, repeat(rows, count + 1), range(count + 1)))
        village_of = list(map(slice, bounds, bounds[1:]))  # each village's account rows
        if sum(map(len, map(set, map(loan_ids.__getitem__, village_of)))) != len(rows):
            refuse("accounts", "เลขที่สัญญาซ้ำกันในหมู่บ้านเดียวกัน", "a loan id appears twice in one village", None)
        column = dict(zip(_VILLAGE_KEYS, villages.data, strict=True))
        try:
            owes = tuple(map(lt, repeat(_ZERO), outstanding))
            owing = map(compress, map(households.__getitem__, village_of), map(owes.__getitem__, village_of))
            expected: dict[str, tuple[Any, ...]] = {
                "villages": (1,) * count,
                "households_with_loans": tuple(map(len, map(set, owing))),
                **{
                    name: tuple(map(sum, map(amounts.__getitem__, village_of), repeat(_ZERO)))
                    for name, amounts in (
                        ("outstanding_loans", outstanding),
                        ("repaid_this_year", repaid),
                        ("overdue", overdue),
                    )
                },
            }
        except TypeError:  # an amount that is not a number: a document's values are not typed
            refuse("accounts", "ยอดเงินต้องเป็นตัวเลข", "the amounts must be numbers", None)
        loans, bank, elsewhere = (
            column[name] for name in ("outstanding_loans", "bank_balance", "cash_elsewhere")
        )
        try:
            expected["total_fund"] = tuple(map(add, map(add, loans, bank), elsewhere))
            expected["shortfall"] = tuple(
                map(max, map(sub, column["allocation"], column["total_fund"]), repeat(_ZERO))
            )
        except TypeError:
            refuse("villages", "ยอดเงินต้องเป็นตัวเลข", "the amounts must be numbers", None)
        days = column["as_of"]
        if not set(map(type, days)) <= {date}:
            refuse("villages", "วันที่รายงานต้องเป็นวันที่", "the report dates must be dates", None)
        expected["fiscal_year"] = tuple(
            map({day: fiscal_year_of(day) for day in set(days)}.__getitem__, days)
        )
        for name, values in expected.items():
            if values != column[name]:
                wrong = next(
                    i for i, pair in enumerate(zip(values, column[name], strict=True)) if pair[0] != pair[1]
                )
                refuse(
                    "villages",
                    f"ตัวเลข {name} ของหมู่บ้านต้องเป็นไปตามบัญชีเงินยืม ฐานะกองทุน และวันที่รายงานของหมู่บ้าน",
                    f"each village's {name} must follow from its account rows, the fund identity and its date",
                    column["village_id"][wrong],
                )

    def __len__(self) -> int:
        return len(self.villages)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ReportBatch, (self.villages, self.accounts))

    def with_inputs(self, books: Sequence[VillageBook], regulation: Regulation) -> ReportBatch:
        """This batch with its books again (for :meth:`full`), e.g. after it came back from a worker.

        Raises:
            InvalidInputError: not one book per village.
        """
        kept = tuple(books)
        if len(kept) != len(self):
            raise InvalidInputError(
                th=f"ต้องมีสมุดบัญชี {len(self)} หมู่บ้าน ไม่ใช่ {len(kept)}",
                en=f"the batch has {len(self)} villages, not {len(kept)} books",
                field="books",
                value=len(kept),
            )
        return ReportBatch(self.villages, self.accounts, (kept, regulation))

    def full(self, index: int) -> VillageReport:
        """The full report of village ``index``, recomputed from its book.

        Raises:
            InvalidInputError: the batch carries no books (see :meth:`with_inputs`), or no such village.
        """
        if self.inputs is None:
            raise InvalidInputError(
                th="ชุดผลนี้ไม่มีสมุดบัญชี (ส่งข้ามโปรเซสมา) ใช้ with_inputs(...) ก่อน",
                en="this batch carries no books (it came from another process); call with_inputs(...) first",
                field="inputs",
            )
        index = self.villages.check_row(index)
        books, regulation = self.inputs
        return books[index].report(self.villages.column("as_of")[index], regulation)

    @classmethod
    def concat(cls, parts: Sequence[ReportBatch]) -> ReportBatch:
        """The batches of a run split into chunks, joined in order (account rows renumbered to the whole).

        The inputs are kept when every part has them under the same regulation.
        """
        if not parts:
            raise InvalidInputError(th="ไม่มีข้อมูลให้ต่อกัน", en="there are no parts to join", field="parts")
        offsets = list(itertools.accumulate((len(p) for p in parts), initial=0))[:-1]
        accounts = Columns.concat([p.accounts for p in parts], offsets=offsets)
        inputs = None
        kept = [p.inputs for p in parts]
        if all(k is not None for k in kept) and len({id(k[1]) for k in kept if k is not None}) == 1:
            first = kept[0]
            assert first is not None
            inputs = (tuple(book for k in kept if k is not None for book in k[0]), first[1])
        return cls(Columns.concat([p.villages for p in parts]), accounts, inputs)

    @in_decimal_context
    def summarise_province(self, *, province: str) -> AreaSummary:
        """Form 26(2) from the rows: villages by district (in first-seen order), each district summed, then the
        province; equal to :func:`summarise_province` over the full reports.

        Raises:
            InvalidInputError: no villages, or villages reported on different dates.
        """
        if not len(self):
            raise InvalidInputError(
                th="ไม่มีรายงานให้รวม", en="there are no reports to sum", field="items", value=()
            )
        as_of: date = self.villages.column("as_of")[0]
        for other in self.villages.column("as_of"):
            if other != as_of:
                raise InvalidInputError(
                    th=f"รายงานต้องเป็นวันที่เดียวกัน: {as_of} และ {other}",
                    en=f"reports must all be on the same date: {as_of} and {other}",
                    field="as_of",
                    value=other,
                )
        fiscal_year: int = self.villages.column("fiscal_year")[0]
        by_district: dict[str, list[tuple[str, FundFigures]]] = {}
        for row in self.villages.rows():
            village_id, name, district = row[0], row[1], row[2]
            figures = FundFigures(**dict(zip(FIGURE_NAMES, row[_FIGURES_AT:], strict=True)))
            by_district.setdefault(district or "-", []).append((f"{name} ({village_id})", figures))

        def area(level: AreaLevel, label: str, units: list[tuple[str, FundFigures]]) -> AreaSummary:
            return AreaSummary(
                level=level,
                name=label,
                as_of=as_of,
                fiscal_year=fiscal_year,
                units=tuple(units),
                total=sum_figures(f for _label, f in units),
                provisional=(),
            )

        districts = [area(AreaLevel.DISTRICT, label, units) for label, units in by_district.items()]
        return area(AreaLevel.PROVINCE, province, [(d.row_label, d.figures) for d in districts])

    def __repr__(self) -> str:
        return f"<ReportBatch {len(self)} villages, {len(self.accounts)} accounts>"


def report_batch(
    books: Iterable[VillageBook], regulation: Regulation, reports: Iterable[VillageReport]
) -> ReportBatch:
    """The rows of ``reports`` (one per book, in order) as a :class:`ReportBatch` keeping ``books``."""
    village_rows = []
    account_rows = []
    for index, report in enumerate(reports):
        v = report.village
        f = report.figures
        village_rows.append(
            (
                v.village_id,
                v.name,
                v.district,
                v.province,
                report.as_of,
                report.fiscal_year,
                *(getattr(f, name) for name in FIGURE_NAMES),
            )
        )
        account_rows += [
            (index, a.loan_id, a.household_id, a.outstanding, a.repaid_this_year, a.overdue)
            for a in report.accounts
        ]
    return ReportBatch(
        Columns.from_rows(VILLAGE_COLUMNS, village_rows, _VILLAGE_TITLE),
        Columns.from_rows(ACCOUNT_COLUMNS, account_rows, _ACCOUNT_TITLE),
        (tuple(books), regulation),
    )
