"""The database report's figures (แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย กข.คจ.): its columns, a village's or
an area's figures (added exactly), what must hold within any figures (:func:`check_database_figures`), the
recorded development level and the report's table."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from itertools import pairwise
from operator import attrgetter

import attrs

from chumchon._checks import whole_number
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT
from chumchon.rules import Source, Status, kkkj_2553
from chumchon.tables import Column, Table

__all__ = [
    "DATABASE_COLUMNS",
    "DATABASE_REPORT_SOURCE",
    "DEVELOPMENT_LEVEL_SOURCE",
    "DatabaseFigures",
    "DevelopmentLevel",
    "check_database_figures",
    "sum_database_figures",
]

_ZERO = Decimal("0.00")

#: The report form, as copied by a public กข.คจ. application (secondary).
DATABASE_REPORT_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("database_report")

#: The village development level (ระดับการพัฒนาหมู่บ้าน กข.คจ.): a recorded, separate numbered scale.
DEVELOPMENT_LEVEL_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("development_level")


def _fiscal_year(value: int) -> int:
    # a B.E. fiscal year since the programme began (2536)
    return whole_number(value, "assessed_in", minimum=2536, maximum=2800)


def _level(value: int) -> int:
    return whole_number(value, "level", minimum=1)


@attrs.frozen(kw_only=True)
class DevelopmentLevel:
    """The development level recorded for a village (ระดับการพัฒนาหมู่บ้าน กข.คจ.) [secondary].

    A value the district records, not something chumchon computes; it is a different scale from the health
    check's results (:mod:`chumchon.assessment.kkkj_health`).

    Attributes:
        level: the level (1 or more; a model village is described as level 3, good).
        assessed_in: the B.E. fiscal year of the assessment.
        reference: where it is recorded.

    >>> DevelopmentLevel(level=0, assessed_in=2569)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'level' ต้องเป็นจำนวนเต็ม ตั้งแต่ 1 ขึ้นไป ไม่ใช่ 0 / 'level' must be a whole number of 1 or more, not 0
    """

    level: int = attrs.field(converter=_level)
    assessed_in: int = attrs.field(converter=_fiscal_year)
    reference: str = ""

    source = DEVELOPMENT_LEVEL_SOURCE
    status = Status.SECONDARY


#: (field, form letter, Thai heading, English heading, kind) of each column of the report, in the form's order.
#: Every column is [secondary]: from a copy of the form, read as the module docstring explains.
DATABASE_COLUMNS: tuple[tuple[str, str, str, str, str], ...] = (
    ("target_households", "ก", "ครัวเรือนเป้าหมาย", "target households", "int"),
    ("target_persons", "ข", "คนในครัวเรือนเป้าหมาย", "persons in target households", "int"),
    ("borrowing_households", "ค", "ครัวเรือนที่ได้รับเงินยืม", "target households that borrowed", "int"),
    ("borrowing_persons", "ง", "คนในครัวเรือนที่ได้รับเงินยืม", "persons in households that borrowed", "int"),
    ("passed_households", "จ", "ครัวเรือนรายได้ผ่านเกณฑ์ จปฐ.", "households past the จปฐ. criterion", "int"),
    (
        "passed_persons",
        "ฉ",
        "คนในครัวเรือนรายได้ผ่านเกณฑ์ จปฐ.",
        "persons in households past the criterion",
        "int",
    ),
    ("total_fund", "ช", "เงินทุนโครงการ กข.คจ. ทั้งหมด", "whole กข.คจ. fund", "money"),
    ("current_households", "ซ", "ครัวเรือนยืมคงค้าง (ไม่ผิดนัด)", "households owing, not in default", "int"),
    ("current_loans", "ฌ", "เงินยืมคงค้าง (ไม่ผิดนัด)", "owed, not in default", "money"),
    ("not_overdue_households", "ซ1", "ในนั้น: ไม่ค้างชำระ (ครัวเรือน)", "of which not overdue (households)", "int"),
    ("not_overdue_loans", "ฌ1", "ในนั้น: ไม่ค้างชำระ (บาท)", "of which not overdue (baht)", "money"),
    (
        "in_grace_households",
        "ซ2",
        "ในนั้น: ค้างชำระในเกณฑ์ผ่อนผัน (ครัวเรือน)",
        "of which overdue within grace",
        "int",
    ),
    (
        "in_grace_loans",
        "ฌ2",
        "ในนั้น: ค้างชำระในเกณฑ์ผ่อนผัน (บาท)",
        "of which overdue within grace (baht)",
        "money",
    ),
    ("bank_balance", "ญ", "เงินฝากธนาคาร", "bank balance", "money"),
    ("shortfall", "ฎ", "เงินทุนที่ขาดหายไป", "shortfall", "money"),
    ("default_households", "ฐ", "ครัวเรือนผิดนัด (ไม่อยู่ในเกณฑ์ผ่อนผัน)", "households in default", "int"),
    ("default_loans", "ฑ", "เงินยืมผิดนัด (ไม่อยู่ในเกณฑ์ผ่อนผัน)", "owed by households in default", "money"),
)
_SUMMED = (*(name for name, *_rest in DATABASE_COLUMNS), "villages", "borrowers_outside_register")
_AMOUNTS = tuple(name for name, _letter, _th, _en, kind in DATABASE_COLUMNS if kind == "money")
_COUNTS = (*(name for name in _SUMMED if name not in _AMOUNTS), "levels_not_recorded")
_get_amounts, _get_counts = attrgetter(*_AMOUNTS), attrgetter(*_COUNTS)


def _merge_levels(*counts: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    merged: dict[int, int] = {}
    for pairs in counts:
        for level, count in pairs:
            merged[level] = merged.get(level, 0) + count
    return tuple(sorted(merged.items()))


@attrs.frozen(kw_only=True)
class DatabaseFigures:
    """The database report's figures for one village or a sum of villages; ``a + b`` adds every one exactly.

    Attributes (besides the columns of :data:`DATABASE_COLUMNS`):
        villages: villages summed.
        borrowers_outside_register: borrowing households not in the target-household register.
        levels: villages per recorded development level, as sorted ``(level, villages)`` pairs.
        levels_not_recorded: villages with no development level recorded.
    """

    villages: int
    target_households: int
    target_persons: int
    borrowing_households: int
    borrowing_persons: int
    passed_households: int
    passed_persons: int
    total_fund: Decimal
    current_households: int
    current_loans: Decimal
    not_overdue_households: int
    not_overdue_loans: Decimal
    in_grace_households: int
    in_grace_loans: Decimal
    bank_balance: Decimal
    shortfall: Decimal
    default_households: int
    default_loans: Decimal
    borrowers_outside_register: int
    levels: tuple[tuple[int, int], ...]
    levels_not_recorded: int

    def __add__(self, other: object) -> DatabaseFigures:
        if not isinstance(other, DatabaseFigures):
            return NotImplemented
        values: dict[str, object] = {}
        for name in _SUMMED:
            mine, theirs = getattr(self, name), getattr(other, name)
            values[name] = DECIMAL_CONTEXT.add(mine, theirs) if isinstance(mine, Decimal) else mine + theirs
        values["levels"] = _merge_levels(self.levels, other.levels)
        values["levels_not_recorded"] = self.levels_not_recorded + other.levels_not_recorded
        return DatabaseFigures(**values)  # type: ignore[arg-type]

    @classmethod
    def zero(cls) -> DatabaseFigures:
        """All figures zero: the start of a sum."""
        values: dict[str, object] = dict.fromkeys(_SUMMED, 0)
        for name, _letter, _th, _en, kind in DATABASE_COLUMNS:
            if kind == "money":
                values[name] = _ZERO
        return cls(levels=(), levels_not_recorded=0, **values)  # type: ignore[arg-type]

    @property
    def outstanding_loans(self) -> Decimal:
        """Everything owed: not in default plus in default (equals form 26's outstanding loans)."""
        return DECIMAL_CONTEXT.add(self.current_loans, self.default_loans)

    def levels_text(self) -> str:
        """The development levels for a table cell, e.g. ``"ระดับ 2: 3, ระดับ 3: 1, ไม่ได้บันทึก: 1"``."""
        parts = [f"ระดับ {level}: {count}" for level, count in self.levels]
        if self.levels_not_recorded:
            parts.append(f"ไม่ได้บันทึก: {self.levels_not_recorded}")
        return ", ".join(parts)


def sum_database_figures(items: Iterable[DatabaseFigures]) -> DatabaseFigures:
    """The exact sum of ``items``, field by field (what ``DatabaseFigures.zero() + a + b + …`` gives, without
    building the figures between): a summary's total, and its check."""
    counts = [0] * len(_COUNTS)
    amounts = [_ZERO] * len(_AMOUNTS)
    levels: dict[int, int] = {}
    add = DECIMAL_CONTEXT.add
    for figures in items:
        counts = [a + b for a, b in zip(counts, _get_counts(figures), strict=True)]
        amounts = [add(a, b) for a, b in zip(amounts, _get_amounts(figures), strict=True)]
        for level, count in figures.levels:
            levels[level] = levels.get(level, 0) + count
    values: dict[str, object] = {
        **dict(zip(_COUNTS, counts, strict=True)),
        **dict(zip(_AMOUNTS, amounts, strict=True)),
    }
    return DatabaseFigures(levels=tuple(sorted(levels.items())), **values)  # type: ignore[arg-type]


def _levels_count_villages(levels: tuple[tuple[int, int], ...], not_recorded: int, villages: int) -> bool:
    if len(levels) == 1:  # one village, or villages of one level: the common case, checked without loops
        level, count = levels[0]
        return level >= 1 and count >= 1 and count + not_recorded == villages
    return (
        all(level >= 1 and count >= 1 for level, count in levels)
        and all(a[0] < b[0] for a, b in pairwise(levels))
        and sum(count for _level, count in levels) + not_recorded == villages
    )


def check_database_figures(owner: object, field: str, figures: DatabaseFigures) -> None:
    """Refuse ``figures`` (the ``field`` of the result ``owner``) when they break what holds for one village and
    for any exact sum of villages: the households owing and not in default are those not overdue plus those in
    grace (counts and amounts); the borrowing and passing households and their persons are among the target
    households and their persons; the whole fund is at least the loans owed plus the bank balance; the levels
    are sorted, distinct and positive, and count every village once with those not recorded.

    Raises:
        InvalidInputError: naming ``owner``'s class, ``field`` and the first relation broken.
    """
    f = figures
    add = DECIMAL_CONTEXT.add
    broken: tuple[str, str, object] | None = None
    if f.current_households != f.not_overdue_households + f.in_grace_households:
        broken = (
            "ครัวเรือนยืมคงค้างไม่ผิดนัดต้องเท่ากับครัวเรือนไม่ค้างชำระรวมกับครัวเรือนในเกณฑ์ผ่อนผัน",
            "the households owing and not in default must be those not overdue plus those in grace",
            f.current_households,
        )
    elif f.current_loans != add(f.not_overdue_loans, f.in_grace_loans):
        broken = (
            "เงินยืมคงค้างไม่ผิดนัดต้องเท่ากับเงินยืมไม่ค้างชำระรวมกับเงินยืมในเกณฑ์ผ่อนผัน",
            "the loans owed and not in default must be those not overdue plus those in grace",
            f.current_loans,
        )
    elif not (
        f.borrowing_households <= f.target_households
        and f.passed_households <= f.target_households
        and f.borrowing_persons <= f.target_persons
        and f.passed_persons <= f.target_persons
    ):
        broken = (
            "ครัวเรือนที่ได้รับเงินยืมและครัวเรือนที่ผ่านเกณฑ์ จปฐ. (และคนในครัวเรือน) ต้องไม่เกินครัวเรือนเป้าหมาย",
            "the households that borrowed and those past the criterion (and their persons) must be among the "
            "target households",
            f.target_households,
        )
    elif f.total_fund < add(add(f.current_loans, f.default_loans), f.bank_balance):
        broken = (
            "เงินทุนทั้งหมดต้องไม่น้อยกว่าเงินยืมคงค้างรวมกับเงินฝากธนาคาร",
            "the whole fund cannot be less than the loans owed plus the bank balance",
            f.total_fund,
        )
    elif not _levels_count_villages(f.levels, f.levels_not_recorded, f.villages):
        broken = (
            "ระดับการพัฒนาต้องเรียงจากน้อยไปมาก ไม่ซ้ำกัน และนับหมู่บ้านครบทุกหมู่บ้านรวมกับที่ไม่ได้บันทึก",
            "the development levels must be sorted and distinct, and with those not recorded count every "
            "village once",
            f.levels,
        )
    if broken is not None:
        raise inconsistent(owner, field, *broken)


def level_cell(level: DevelopmentLevel | None) -> str:
    """The development-level cell of a village's row: ``ระดับ 2 (ปี 2569)``, or ``-`` when none is recorded."""
    return "-" if level is None else f"ระดับ {level.level} (ปี {level.assessed_in})"


def database_table(
    rows: Iterable[tuple[str, DatabaseFigures, str, str]], title: Message, *, unit: Column
) -> Table:
    """The report's table: the unit column, the form's columns by letter, the level and the agencies."""
    columns = [unit]
    columns += [
        Column(name, f"({letter}) {th}", f"({letter}) {en}", kind)
        for name, letter, th, en, kind in DATABASE_COLUMNS
    ]
    columns += [
        Column("development_level", "(ฒ) ระดับการพัฒนา", "(ฒ) development level"),
        Column("supporting_agencies", "(ณ) หน่วยงานสนับสนุนอื่น", "(ณ) other supporting agencies"),
    ]
    body = [
        (label, *(getattr(figures, name) for name, *_rest in DATABASE_COLUMNS), level, agencies)
        for label, figures, level, agencies in rows
    ]
    return make_table(columns, body, title)
