"""The village and target-household database report (แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย กข.คจ.).

A report annexed to the B.E. 2553 regulation and tied to its clause 27, beside the debt-and-financial-position
forms 26(1)/26(2) [secondary: the form as copied by a public กข.คจ. application, whose copy notes "แบบแนบท้าย
ระเบียบกระทรวงมหาดไทยฯ พ.ศ.2553 ข้อ 27"; the regulation's own text was not read]. It is built here from the same
village books as form 26(1) (:class:`VillageBook`), plus what only this report needs: the target-household
register, the committee's grace rule and the village's recorded development level (:class:`DatabaseBook`).

**Columns**, with the letters of the copied form and how chumchon reads each (:data:`DATABASE_COLUMNS`):

* (ก) target households (ครัวเรือนเป้าหมาย) and (ข) their persons (คน): the register's households and the sum of
  their members [secondary: persons read as the people living in target households];
* (ค) target households that received loans (ได้รับเงินยืม) and (ง) their persons: register households with at
  least one loan account in the book, repaid or not [secondary: "received" read as ever borrowed, as the
  debtor register shows]; borrowers not in the register are counted apart (``borrowers_outside_register``);
* (จ) households whose income has risen past the จปฐ. criterion (รายได้ผ่านเกณฑ์ จปฐ.) and (ฉ) their persons:
  register households whose income per person (own produce included) is not below the criterion in force on
  the report date [secondary; the criterion itself is provisional];
* (ช) the whole กข.คจ. fund (เงินทุนโครงการ กข.คจ. ทั้งหมด), (ญ) the bank balance (เงินฝากธนาคาร) and (ฎ) the
  shortfall (เงินทุนที่ขาดหายไป): exactly form 26(1)'s total fund, bank balance and shortfall [secondary];
* (ซ)(ฌ) households with loans outstanding not in default (ครัวเรือนยืมคงค้าง ไม่ผิดนัด) and their outstanding
  principal, split by chumchon into not overdue and overdue within grace [secondary];
* (ฐ)(ฑ) households in default outside the grace criteria (ครัวเรือนผิดนัด ไม่อยู่ในเกณฑ์ผ่อนผัน) and their
  outstanding principal [secondary; grace is the committee's rule, :class:`GraceRule`];
* (ฒ) the village development level (ระดับการพัฒนา): the level recorded for the village
  (:class:`DevelopmentLevel`), never computed [secondary]; summaries count villages per level;
* (ณ) other supporting agencies (หน่วยงานสนับสนุนอื่น): as recorded.

A household with several open loans is placed by its worst loan (in default before in grace before not
overdue) and all its outstanding principal goes with it, so (ฌ) + (ฑ) is form 26(1)'s outstanding loans
exactly. District and provincial summaries (:func:`summarise_database`, :func:`summarise_database_province`)
add every figure exactly.

>>> from datetime import date
>>> from chumchon.loans.kkkj import (AccountFigures, DatabaseBook, DevelopmentLevel, GraceRule, Household,
...     Village, VillageBook)
>>> village = Village(village_id="34010203", name="บ้านโนนงาม", households=90, target_households=3,
...                   district="เมือง", province="อุบลราชธานี")
>>> register = [Household(household_id="H1", members=4, annual_income=100000),
...             Household(household_id="H2", members=3, annual_income=150000),
...             Household(household_id="H3", members=5, annual_income=90000, own_produce_value=20000)]
>>> accounts = [AccountFigures(loan_id="L1", household_id="H1", outstanding=8000, repaid_this_year=2000,
...                            overdue=0),
...             AccountFigures(loan_id="L2", household_id="H3", outstanding=12000, repaid_this_year=0,
...                            overdue=4000, days_past_due=75)]
>>> book = DatabaseBook(book=VillageBook(village=village, accounts=accounts, bank_balance=255000,
...                                      cash_elsewhere=0),
...                     target_register=register, grace=GraceRule(days_allowed=60),
...                     development_level=DevelopmentLevel(level=2, assessed_in=2569))
>>> report = book.report(date(2026, 9, 30))
>>> f = report.figures
>>> (f.target_households, f.target_persons, f.borrowing_households, f.borrowing_persons)
(3, 12, 2, 9)
>>> f.passed_households, f.passed_persons  # H2: 50,000 per person is not below 38,000
(1, 3)
>>> f.total_fund, f.current_households, f.current_loans, f.default_households, f.default_loans, f.shortfall
(Decimal('275000.00'), 1, Decimal('8000.00'), 1, Decimal('12000.00'), Decimal('5000.00'))
>>> f.levels
((2, 1),)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, date_value, instance, items, sequence, text
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._accounts import AccountFigures, LoanAccount
from chumchon.loans.kkkj._checks import check_unique
from chumchon.loans.kkkj._database_figures import (
    DATABASE_REPORT_SOURCE,
    DatabaseFigures,
    DevelopmentLevel,
    check_database_figures,
    database_table,
    level_cell,
)
from chumchon.loans.kkkj._grace import GraceRule, GraceStanding, Standing, grace_standing
from chumchon.loans.kkkj._households import Household, assess_target_household
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._report_26_1 import VillageReport
from chumchon.loans.kkkj._village_book import VillageBook
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context
from chumchon.rules import Source, Status
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["DatabaseBook", "VillageDatabaseReport", "database_reports"]


def _register(values: Iterable[Household]) -> tuple[Household, ...]:
    households = items(values, "target_register", Household, "ครัวเรือน (Household)", "Household objects")
    check_unique((h.household_id for h in households), "target_register", "ครัวเรือนในทะเบียน", "household")
    return households


def _agencies(values: Iterable[str]) -> tuple[str, ...]:
    return sequence(values, "supporting_agencies", text, what_th="ชื่อหน่วยงาน (ข้อความ)", what_en="text")


def _book(value: VillageBook) -> VillageBook:
    return instance(value, "book", VillageBook)


def _grace(value: GraceRule) -> GraceRule:
    return instance(value, "grace", GraceRule)


def _level(value: DevelopmentLevel | None) -> DevelopmentLevel | None:
    return None if value is None else instance(value, "development_level", DevelopmentLevel)


@attrs.frozen(kw_only=True)
class DatabaseBook(Mappable):
    """One village's books for the database report: the same :class:`VillageBook` as form 26(1), with the
    target-household register, the committee's grace rule and the recorded development level (an input
    document, ``chumchon.database_book``).

    Attributes:
        book: the village's books (village, loan accounts, bank balance, cash held elsewhere).
        target_register: the target-household register (ทะเบียนครัวเรือนเป้าหมาย), one :class:`Household` each,
            with members and this year's income; as many as ``book.village.target_households``.
        grace: the committee's :class:`GraceRule` (no default: the regulation's own conditions were not read).
        development_level: the village's recorded :class:`DevelopmentLevel`, or ``None`` when none is recorded.
        supporting_agencies: other agencies supporting the village (หน่วยงานสนับสนุนอื่น), as recorded.
    """

    book: VillageBook = attrs.field(converter=_book)
    target_register: tuple[Household, ...] = attrs.field(converter=_register)
    grace: GraceRule = attrs.field(converter=_grace)
    development_level: DevelopmentLevel | None = attrs.field(default=None, converter=_level)
    supporting_agencies: tuple[str, ...] = attrs.field(default=(), converter=_agencies)

    @target_register.validator
    def _check_register(self, _attribute: object, value: tuple[Household, ...]) -> None:
        expected = self.book.village.target_households
        if len(value) != expected:
            raise InvalidInputError(
                th=f"ทะเบียนครัวเรือนเป้าหมายมี {len(value)} ครัวเรือน ไม่ตรงกับจำนวนครัวเรือนเป้าหมาย {expected} "
                f"ของหมู่บ้าน",
                en=f"the target-household register holds {len(value)} households, but the village has "
                f"{expected} target households",
                field="target_register",
                value=len(value),
            )

    @in_decimal_context
    def report(self, as_of: DateLike, regulation: Regulation | None = None) -> VillageDatabaseReport:
        """This village's database report on ``as_of`` (a plain method, so process pools can map it), under
        ``regulation`` (by default the one in force on ``as_of``)."""
        day = date_value(as_of, "as_of")
        return _database_report(self, day, resolve_regulation(regulation, day))


@attrs.frozen(kw_only=True)
class VillageDatabaseReport(Tabular, ResultMappable):
    """One village's row of the database report, with what it was built from (a result document,
    ``chumchon.village_database_report``).

    A report whose parts disagree cannot be built (directly, from a document or with ``attrs.evolve``): the
    standings are those of the form 26(1) report's accounts, in order, on the report date; the figures for
    loans owed (ซ)(ฌ)(ฐ)(ฑ) are the standings' counts and amounts as the report places households; the fund,
    bank balance and shortfall are form 26(1)'s; the target households are the village's; the borrowing
    households in and outside the register are the accounts' households; the levels are the recorded level.

    Attributes:
        village_report: the village's form 26(1) report from the same books (fund, bank balance, shortfall).
        as_of: the report date.
        figures: the database figures.
        standings: each loan account's standing under the committee's grace rule.
        development_level: the recorded development level, if any.
        supporting_agencies: other supporting agencies, as recorded.
        provisional: names of provisional values used (the จปฐ. income criterion, for columns (จ)(ฉ)).
    """

    village_report: VillageReport
    as_of: date
    figures: DatabaseFigures
    standings: tuple[GraceStanding, ...]
    development_level: DevelopmentLevel | None
    supporting_agencies: tuple[str, ...]
    provisional: tuple[str, ...]
    source: Source = DATABASE_REPORT_SOURCE
    status: Status = Status.SECONDARY

    def _check_consistency(self) -> None:
        report, standings = self.village_report, self.standings
        if report.as_of != self.as_of:
            raise inconsistent(
                self,
                "as_of",
                f"วันที่รายงานต้องเป็นวันที่ของแบบ 26(1) ({report.as_of})",
                f"the report date must be the form 26(1) report's ({report.as_of})",
                self.as_of,
            )
        accounts = report.accounts
        if len(standings) != len(accounts):
            raise inconsistent(
                self,
                "standings",
                f"ต้องมีสถานะของทุกสัญญาในแบบ 26(1) ({len(accounts)} สัญญา) ไม่ใช่ {len(standings)}",
                f"there must be one standing per account of the form 26(1) report ({len(accounts)}), "
                f"not {len(standings)}",
                len(standings),
            )
        for account, standing in zip(accounts, standings, strict=True):
            if (
                standing.loan_id != account.loan_id
                or standing.as_of != self.as_of
                or standing.outstanding != account.outstanding
                or standing.overdue != account.overdue
            ):
                raise inconsistent(
                    self,
                    "standings",
                    f"สถานะของสัญญา {standing.loan_id} ต้องเป็นของบัญชีในลำดับเดียวกันของแบบ 26(1) ณ วันที่รายงาน "
                    "และมีเงินต้นคงเหลือและค้างชำระเท่ากัน",
                    f"the standing of loan {standing.loan_id} must be of the form 26(1) account in the same "
                    "place, on the report date, with the same outstanding and overdue principal",
                    standing.loan_id,
                )
        not_overdue, in_grace, default = _by_standing(accounts, standings)
        position, level, f = report.position, self.development_level, self.figures
        expected: dict[str, object] = {
            "villages": 1,
            "target_households": report.village.target_households,
            "total_fund": position.total_fund,
            "bank_balance": position.bank_balance,
            "shortfall": position.shortfall,
            "not_overdue_households": not_overdue[0],
            "not_overdue_loans": not_overdue[1],
            "in_grace_households": in_grace[0],
            "in_grace_loans": in_grace[1],
            "default_households": default[0],
            "default_loans": default[1],
            "levels": () if level is None else ((level.level, 1),),
            "levels_not_recorded": 1 if level is None else 0,
        }
        for name, value in expected.items():
            if getattr(f, name) != value:
                raise inconsistent(
                    self,
                    "figures",
                    f"ตัวเลข {name} ต้องตรงกับสถานะของสัญญา แบบ 26(1) และระดับการพัฒนาที่บันทึกไว้",
                    f"the figure {name} must follow from the standings, the form 26(1) report and the "
                    "recorded development level",
                    getattr(f, name),
                )
        borrowers = len({account.household_id for account in accounts})
        if f.borrowing_households + f.borrowers_outside_register != borrowers:
            raise inconsistent(
                self,
                "figures",
                f"ครัวเรือนที่ได้รับเงินยืมในและนอกทะเบียนต้องรวมเป็นครัวเรือนในบัญชีเงินยืม ({borrowers})",
                f"the borrowing households in and outside the register must add up to the accounts' "
                f"households ({borrowers})",
                f.borrowing_households,
            )
        check_database_figures(self, "figures", f)

    @property
    def row_label(self) -> str:
        """The village's Thai label as a row of a summary."""
        return self.village_report.row_label

    @property
    def district(self) -> str:
        """The village's district."""
        return self.village_report.village.district

    def to_table(self) -> Table:
        """The village's row with the form's column letters, the development level and the agencies."""
        return database_table(
            [
                (
                    self.row_label,
                    self.figures,
                    level_cell(self.development_level),
                    ", ".join(self.supporting_agencies),
                )
            ],
            Message(
                f"แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย กข.คจ. {self.row_label} ณ วันที่ {format_date(self.as_of)}",
                f"กข.คจ. village and target-household database report, {self.row_label}, {self.as_of}",
            ),
            unit=Column("unit", "หมู่บ้าน", "Village"),
        )

    def __repr__(self) -> str:
        f = self.figures
        return (
            f"<VillageDatabaseReport {self.row_label} {self.as_of}: {f.target_households} target households, "
            f"{f.passed_households} past the criterion, {f.default_households} in default ({f.default_loans})>"
        )


# A household goes with its worst loan: in default before in grace before not overdue.
_KINDS = (Standing.NOT_OVERDUE, Standing.IN_GRACE, Standing.IN_DEFAULT)
_RANK = {kind: rank for rank, kind in enumerate(_KINDS)}
_ZERO = Decimal("0.00")


def _by_standing(
    accounts: tuple[AccountFigures, ...], standings: tuple[GraceStanding, ...]
) -> list[tuple[int, Decimal]]:
    """Households owing and what they owe, by standing (in the order of ``_KINDS``): each household placed by
    its worst loan, with all its outstanding principal. ``standings[k]`` is ``accounts[k]``'s (the report and
    its check both rely on it)."""
    worst: dict[str, int] = {}
    owed: dict[str, Decimal] = {}
    add = DECIMAL_CONTEXT.add
    for account, standing in zip(accounts, standings, strict=True):
        if standing.outstanding <= 0:
            continue
        household = account.household_id
        rank = _RANK[standing.standing]
        if household in owed:
            worst[household] = max(worst[household], rank)
            owed[household] = add(owed[household], standing.outstanding)
        else:
            worst[household] = rank
            owed[household] = add(_ZERO, standing.outstanding)
    split = [(0, _ZERO)] * len(_KINDS)
    for household, rank in worst.items():
        count, total = split[rank]
        split[rank] = (count + 1, add(total, owed[household]))
    return split


def _standing(account: LoanAccount | AccountFigures, day: date, grace: GraceRule) -> GraceStanding:
    if isinstance(account, LoanAccount):
        return account.grace_standing(day, grace)
    return grace_standing(
        loan_id=account.loan_id,
        outstanding=account.outstanding,
        overdue=account.overdue,
        days_past_due=account.days_past_due,
        as_of=day,
        grace=grace,
    )


def _database_report(entry: DatabaseBook, day: date, regulation: Regulation) -> VillageDatabaseReport:
    book = entry.book
    village_report = book.report(day, regulation)
    standings = tuple(_standing(account, day, entry.grace) for account in book.accounts)
    not_overdue, in_grace, default = _by_standing(village_report.accounts, standings)
    register = {h.household_id: h for h in entry.target_register}
    borrowers = {row.household_id for row in village_report.accounts}
    borrowing = [register[h] for h in register if h in borrowers]
    provisional: set[str] = set()
    passed: list[Household] = []
    for registered in entry.target_register:
        check = assess_target_household(registered, as_of=day, regulation=regulation)
        provisional.update(check.provisional)
        if not check.is_target:
            passed.append(registered)
    position = village_report.position
    level = entry.development_level
    figures = DatabaseFigures(
        villages=1,
        target_households=len(entry.target_register),
        target_persons=sum(h.members for h in entry.target_register),
        borrowing_households=len(borrowing),
        borrowing_persons=sum(h.members for h in borrowing),
        passed_households=len(passed),
        passed_persons=sum(h.members for h in passed),
        total_fund=position.total_fund,
        current_households=not_overdue[0] + in_grace[0],
        current_loans=DECIMAL_CONTEXT.add(not_overdue[1], in_grace[1]),
        not_overdue_households=not_overdue[0],
        not_overdue_loans=not_overdue[1],
        in_grace_households=in_grace[0],
        in_grace_loans=in_grace[1],
        bank_balance=position.bank_balance,
        shortfall=position.shortfall,
        default_households=default[0],
        default_loans=default[1],
        borrowers_outside_register=len(borrowers - set(register)),
        levels=() if level is None else ((level.level, 1),),
        levels_not_recorded=1 if level is None else 0,
    )
    return VillageDatabaseReport(
        village_report=village_report,
        as_of=day,
        figures=figures,
        standings=standings,
        development_level=level,
        supporting_agencies=entry.supporting_agencies,
        provisional=tuple(sorted(provisional)),
    )


@in_decimal_context
def database_reports(
    books: Iterable[DatabaseBook], *, as_of: DateLike, regulation: Regulation | None = None
) -> list[VillageDatabaseReport]:
    """Database reports for many villages, as a list (the entry point for a process pool, like
    :func:`village_reports`).

    Raises:
        InvalidInputError: ``books`` is not a list of :class:`DatabaseBook`, or a bad date or regulation.
    """
    day = date_value(as_of, "as_of")
    regulation = resolve_regulation(regulation, day)
    entries = items(
        books, "books", DatabaseBook, "บัญชีหมู่บ้านสำหรับรายงานฐานข้อมูล (DatabaseBook)", "DatabaseBook objects"
    )
    return [_database_report(entry, day, regulation) for entry in entries]
