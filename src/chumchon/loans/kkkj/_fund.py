"""The fund's financial position and the report figures of forms 26(1) and 26(2) (ฐานะการเงินกองทุน กข.คจ.)."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._checks import (
    check_overdue_within_outstanding,
    instance,
    make_table,
    text,
    whole_number,
)
from chumchon.loans.kkkj._checks import items as as_tuple
from chumchon.loans.kkkj._regulation import B_E_2553, FORM_26_SOURCE, Regulation, check_regulation
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context, to_money
from chumchon.rules import Source, Status, check_as_of
from chumchon.tables import Column, Table, Tabular

if TYPE_CHECKING:
    from chumchon.loans.kkkj._accounts import LoanAccount

__all__ = [
    "FIGURE_LABELS",
    "AccountFigures",
    "AreaLevel",
    "AreaSummary",
    "FundFigures",
    "FundPosition",
    "Village",
    "VillageBook",
    "VillageReport",
    "build_village_reports",
    "fund_position",
    "summarise",
    "summarise_province",
    "village_report",
    "village_reports",
]


@attrs.frozen(kw_only=True)
class FundPosition(Tabular):
    """The fund's financial position (ฐานะการเงินของกองทุน) on a date.

    **total fund = outstanding loans + bank balance + cash held elsewhere**, compared with the allocation
    (280,000 baht per village): the gap below it is the shortfall (เงินทุนขาดหาย), the excess above it the
    surplus. The identity is from copies of form 26 [secondary].

    Attributes:
        as_of: the date of the figures.
        outstanding_loans: principal owed by borrowers (ลูกหนี้คงเหลือ).
        bank_balance: the fund's bank account (เงินฝากธนาคาร).
        cash_elsewhere: cash held elsewhere, e.g. by the treasurer (เงินสดที่อื่น).
        allocation: the capital the village received (เงินทุนที่ได้รับจัดสรร).
        source: where the identity comes from.
        status: how sure the library is of it.
        provisional: names of provisional values used (none: the allocation is confirmed).
    """

    as_of: date
    outstanding_loans: Decimal
    bank_balance: Decimal
    cash_elsewhere: Decimal
    allocation: Decimal
    source: Source = FORM_26_SOURCE
    status: Status = Status.SECONDARY
    provisional: tuple[str, ...] = ()

    @property
    def total_fund(self) -> Decimal:
        """Outstanding loans + bank balance + cash held elsewhere (เงินทุนทั้งหมด)."""
        return DECIMAL_CONTEXT.add(
            DECIMAL_CONTEXT.add(self.outstanding_loans, self.bank_balance), self.cash_elsewhere
        )

    @property
    def shortfall(self) -> Decimal:
        """How far the total fund is below the allocation (zero when it is not)."""
        return max(DECIMAL_CONTEXT.subtract(self.allocation, self.total_fund), Decimal(0))

    @property
    def surplus(self) -> Decimal:
        """How far the total fund is above the allocation (zero when it is not)."""
        return max(DECIMAL_CONTEXT.subtract(self.total_fund, self.allocation), Decimal(0))

    def to_table(self) -> Table:
        """The position as rows of item and amount."""
        rows = [
            (Message("ลูกหนี้เงินยืมคงเหลือ", "outstanding loans"), self.outstanding_loans),
            (Message("เงินฝากธนาคาร", "bank balance"), self.bank_balance),
            (Message("เงินสดที่เก็บไว้ที่อื่น", "cash held elsewhere"), self.cash_elsewhere),
            (Message("รวมเงินทุนทั้งหมด", "total fund"), self.total_fund),
            (Message("เงินทุนที่ได้รับจัดสรร", "allocation"), self.allocation),
            (Message("เงินทุนขาดหาย", "shortfall"), self.shortfall),
            (Message("เงินทุนเกิน", "surplus"), self.surplus),
        ]
        return make_table(
            (Column("item", "รายการ", "Item"), Column("amount", "จำนวนเงิน (บาท)", "Amount (baht)", "money")),
            rows,
            Message(f"ฐานะการเงินกองทุน กข.คจ. ณ วันที่ {self.as_of}", f"กข.คจ. fund position on {self.as_of}"),
        )

    def __repr__(self) -> str:
        return (
            f"<FundPosition {self.as_of}: total {self.total_fund} = loans {self.outstanding_loans} + bank "
            f"{self.bank_balance} + elsewhere {self.cash_elsewhere}; allocation {self.allocation}, "
            f"shortfall {self.shortfall}>"
        )


@in_decimal_context
def fund_position(
    *,
    outstanding_loans: object,
    bank_balance: object,
    cash_elsewhere: object,
    as_of: date,
    allocation: object = None,
    regulation: Regulation = B_E_2553,
) -> FundPosition:
    """The fund's position: total fund = outstanding loans + bank balance + cash held elsewhere, against the
    allocation (by default the regulation's capital per village in force on ``as_of``).

    >>> p = fund_position(outstanding_loans=150000, bank_balance=95000, cash_elsewhere=5000, as_of=date(2026, 9, 30))
    >>> p.total_fund, p.shortfall
    (Decimal('250000'), Decimal('30000'))
    >>> fund_position(outstanding_loans=-1, bank_balance=0, cash_elsewhere=0, as_of=date(2026, 9, 30))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'outstanding_loans' ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ -1 / 'outstanding_loans' must be zero or more, not -1
    """
    day = check_as_of(as_of)
    regulation = check_regulation(regulation)
    loans = to_money(outstanding_loans, name="outstanding_loans")
    bank = to_money(bank_balance, name="bank_balance")
    elsewhere = to_money(cash_elsewhere, name="cash_elsewhere")
    if allocation is None:
        capital = regulation.capital_per_village.at(day).value
    else:
        capital = to_money(allocation, name="allocation")
    return FundPosition(
        as_of=day, outstanding_loans=loans, bank_balance=bank, cash_elsewhere=elsewhere, allocation=capital
    )


# --- Villages and their figures -----------------------------------------------------------------------------


def _optional_money(value: object) -> Decimal | None:
    return None if value is None else to_money(value, name="allocation", allow_zero=False)


@attrs.frozen(kw_only=True)
class Village:
    """A village with a กข.คจ. fund (หมู่บ้าน กข.คจ.).

    Attributes:
        village_id: the village code (รหัสหมู่บ้าน).
        name: the village name (ชื่อหมู่บ้าน).
        district: the district (อำเภอ), used to group villages in a provincial run.
        province: the province (จังหวัด).
        tambon: the sub-district (ตำบล).
        households: households in the village (ครัวเรือนทั้งหมด).
        target_households: households in the target-household register (ครัวเรือนเป้าหมาย).
        allocation: the capital the village received, when not the regulation's 280,000 baht.
    """

    village_id: str = attrs.field(validator=text("village_id"))
    name: str = attrs.field(validator=text("name"))
    households: int = attrs.field(validator=whole_number("households", minimum=0))
    target_households: int = attrs.field(validator=whole_number("target_households", minimum=0))
    district: str = ""
    province: str = ""
    tambon: str = ""
    allocation: Decimal | None = attrs.field(default=None, converter=_optional_money)

    @target_households.validator
    def _check_targets(self, _attribute: object, value: int) -> None:
        if value > self.households:
            raise InvalidInputError(
                th=f"ครัวเรือนเป้าหมาย ({value}) มากกว่าครัวเรือนทั้งหมด ({self.households}) ไม่ได้",
                en=f"target_households ({value}) cannot exceed households ({self.households})",
                field="target_households",
                value=value,
            )


#: (field, Thai label, English label, kind) of each figure, in the order of the form.
FIGURE_LABELS: tuple[tuple[str, str, str, str], ...] = (
    ("villages", "จำนวนหมู่บ้าน", "villages", "int"),
    ("households", "ครัวเรือนทั้งหมด", "households", "int"),
    ("target_households", "ครัวเรือนเป้าหมาย", "target households", "int"),
    ("households_with_loans", "ครัวเรือนที่ยืมเงิน", "households with loans", "int"),
    ("outstanding_loans", "ลูกหนี้เงินยืมคงเหลือ", "outstanding loans", "money"),
    ("bank_balance", "เงินฝากธนาคาร", "bank balance", "money"),
    ("cash_elsewhere", "เงินสดที่เก็บไว้ที่อื่น", "cash held elsewhere", "money"),
    ("total_fund", "รวมเงินทุนทั้งหมด", "total fund", "money"),
    ("allocation", "เงินทุนที่ได้รับจัดสรร", "allocation", "money"),
    ("shortfall", "เงินทุนขาดหาย", "shortfall", "money"),
    ("repaid_this_year", "รับชำระคืนในปีงบประมาณนี้", "repaid this fiscal year", "money"),
    ("overdue", "หนี้ค้างชำระเกินกำหนด", "overdue", "money"),
)
_FIGURE_NAMES = tuple(item[0] for item in FIGURE_LABELS)


@attrs.frozen(kw_only=True)
class FundFigures:
    """The figures of form 26 for one village or a sum of villages. ``a + b`` adds every figure exactly.

    ``shortfall`` of a sum is the sum of the villages' shortfalls (a surplus in one village does not make up
    for a shortfall in another); ``total_fund`` always equals loans + bank + cash elsewhere.
    """

    villages: int
    households: int
    target_households: int
    households_with_loans: int
    outstanding_loans: Decimal
    bank_balance: Decimal
    cash_elsewhere: Decimal
    total_fund: Decimal
    allocation: Decimal
    shortfall: Decimal
    repaid_this_year: Decimal
    overdue: Decimal

    def __add__(self, other: object) -> FundFigures:
        if not isinstance(other, FundFigures):
            return NotImplemented
        add = DECIMAL_CONTEXT.add
        values: dict[str, object] = {}
        for name in _FIGURE_NAMES:
            mine, theirs = getattr(self, name), getattr(other, name)
            values[name] = add(mine, theirs) if isinstance(mine, Decimal) else mine + theirs
        return FundFigures(**values)  # type: ignore[arg-type]

    @classmethod
    def zero(cls) -> FundFigures:
        """All figures zero: the start of a sum."""
        return cls(
            villages=0,
            households=0,
            target_households=0,
            households_with_loans=0,
            outstanding_loans=Decimal(0),
            bank_balance=Decimal(0),
            cash_elsewhere=Decimal(0),
            total_fund=Decimal(0),
            allocation=Decimal(0),
            shortfall=Decimal(0),
            repaid_this_year=Decimal(0),
            overdue=Decimal(0),
        )

    def as_dict(self) -> dict[str, Decimal | int]:
        """The figures by name, in the order of the form."""
        return {name: getattr(self, name) for name in _FIGURE_NAMES}

    def to_table(self, title: Message | None = None) -> Table:
        """The figures as rows with Thai and English labels, counts and amounts in separate columns."""
        rows = []
        for name, th, en, kind in FIGURE_LABELS:
            value = getattr(self, name)
            rows.append(
                (Message(th, en), value if kind == "int" else None, value if kind == "money" else None)
            )
        return make_table(
            (
                Column("item", "รายการ", "Item"),
                Column("count", "จำนวน", "Count", "int"),
                Column("amount", "จำนวนเงิน (บาท)", "Amount (baht)", "money"),
            ),
            rows,
            title,
        )


def _sum_figures(items: Iterable[FundFigures]) -> FundFigures:
    total = FundFigures.zero()
    for item in items:
        total = total + item
    return total


class AreaLevel(enum.Enum):
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
class AreaSummary(Tabular):
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
            f"แบบ {self.level.form} รายงานหนี้และฐานะการเงิน กข.คจ. {self.row_label} ณ วันที่ {self.as_of} "
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
        total=_sum_figures(f for _label, f in units),
        provisional=tuple(sorted(provisional)),
    )


# --- A village's loan accounts and its report (form 26(1)) --------------------------------------------------


def _outstanding(value: object) -> Decimal:
    return to_money(value, name="outstanding")


def _repaid(value: object) -> Decimal:
    return to_money(value, name="repaid_this_year")


def _overdue(value: object) -> Decimal:
    return to_money(value, name="overdue")


def _bank(value: object) -> Decimal:
    return to_money(value, name="bank_balance")


def _elsewhere(value: object) -> Decimal:
    return to_money(value, name="cash_elsewhere")


@attrs.frozen(kw_only=True)
class AccountFigures:
    """One loan account's figures on a date, as the village report needs them (ทะเบียนคุมลูกหนี้).

    Build them with :meth:`LoanAccount.figures` from a schedule and payments, or pass them directly when a
    district system already has them.

    Attributes:
        loan_id: the loan's reference.
        household_id: the borrowing household.
        outstanding: principal still owed (ลูกหนี้คงเหลือ).
        repaid_this_year: principal repaid in the fiscal year up to the report date.
        overdue: principal past due and unpaid (ค้างชำระ).
        days_past_due: days the oldest unpaid instalment is late, when known (for the committee's grace rule).
    """

    loan_id: str = attrs.field(validator=text("loan_id"))
    household_id: str = attrs.field(validator=text("household_id"))
    outstanding: Decimal = attrs.field(converter=_outstanding)
    repaid_this_year: Decimal = attrs.field(converter=_repaid)
    overdue: Decimal = attrs.field(converter=_overdue)
    # --- grace (issue 18): optional, so existing callers are unchanged
    days_past_due: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(whole_number("days_past_due", minimum=0))
    )

    @overdue.validator
    def _check_overdue(self, _attribute: object, value: Decimal) -> None:
        check_overdue_within_outstanding(self.outstanding, value)


@attrs.frozen(kw_only=True)
class VillageReport(Tabular):
    """A village's debt and financial position (แบบ 26(1) รายงานหนี้และฐานะการเงิน กข.คจ. ระดับหมู่บ้าน).

    Attributes:
        village: the village.
        as_of: the report date.
        fiscal_year: the B.E. fiscal year of "repaid this fiscal year".
        figures: the form's figures (see :data:`FIGURE_LABELS`).
        position: the fund position (total fund, allocation, shortfall).
        accounts: each loan account's figures, in the order given.
        provisional: names of provisional values used (none of the form's figures is provisional).
    """

    village: Village
    as_of: date
    fiscal_year: int
    figures: FundFigures
    position: FundPosition
    accounts: tuple[AccountFigures, ...]
    provisional: tuple[str, ...] = ()

    @property
    def row_label(self) -> str:
        """The village's Thai label as a row of a district summary."""
        return f"{self.village.name} ({self.village.village_id})"

    def to_table(self) -> Table:
        """The form's figures as rows with Thai labels."""
        return self.figures.to_table(
            Message(
                f"แบบ 26(1) รายงานหนี้และฐานะการเงิน กข.คจ. {self.row_label} ณ วันที่ {self.as_of} "
                f"(ปีงบประมาณ {self.fiscal_year})",
                f"form 26(1): กข.คจ. debt and financial position, village {self.village.name}, {self.as_of} "
                f"(fiscal year {self.fiscal_year})",
            )
        )

    def accounts_table(self) -> Table:
        """The debtor register behind the figures: one row per loan account."""
        return make_table(
            (
                Column("loan_id", "เลขที่สัญญา", "Loan"),
                Column("household_id", "ครัวเรือน", "Household"),
                Column("outstanding", "คงเหลือ", "Outstanding", "money"),
                Column("repaid_this_year", "รับชำระในปีงบประมาณ", "Repaid this fiscal year", "money"),
                Column("overdue", "ค้างชำระ", "Overdue", "money"),
            ),
            [
                (a.loan_id, a.household_id, a.outstanding, a.repaid_this_year, a.overdue)
                for a in self.accounts
            ],
            Message(
                f"ทะเบียนคุมลูกหนี้ หมู่บ้าน{self.village.name}", f"debtor register, village {self.village.name}"
            ),
        )

    def __repr__(self) -> str:
        f = self.figures
        return (
            f"<VillageReport form 26(1) {self.village.name!r} ({self.village.village_id}) {self.as_of}: "
            f"{f.households_with_loans} households with loans, outstanding {f.outstanding_loans}, "
            f"total fund {f.total_fund}, shortfall {f.shortfall}, overdue {f.overdue}>"
        )


def _accounts(values: object) -> tuple[LoanAccount | AccountFigures, ...]:
    # Imported here: _accounts imports this module (LoanAccount.figures builds AccountFigures).
    from chumchon.loans.kkkj._accounts import LoanAccount

    accounts = as_tuple(
        "accounts", values, "LoanAccount หรือ AccountFigures", "LoanAccount or AccountFigures objects"
    )
    for account in accounts:
        if not isinstance(account, (LoanAccount, AccountFigures)):
            raise InvalidInputError(
                th=f"บัญชีเงินยืมต้องเป็น LoanAccount หรือ AccountFigures ไม่ใช่ {account!r}",
                en=f"accounts must be LoanAccount or AccountFigures objects, not {account!r}",
                field="accounts",
                value=account,
            )
    return accounts


def _account_figures(account: LoanAccount | AccountFigures, day: date, fy_start: date) -> AccountFigures:
    if isinstance(account, AccountFigures):
        return account
    return account.figures(as_of=day, fiscal_year_start=fy_start)


@in_decimal_context
def village_report(
    village: Village,
    accounts: Iterable[object],
    *,
    bank_balance: object,
    cash_elsewhere: object,
    as_of: date,
    regulation: Regulation = B_E_2553,
) -> VillageReport:
    """The village's form 26(1) figures, built from its loan accounts.

    Outstanding loans, repaid this fiscal year and overdue are the sums over the accounts; households with
    loans counts the distinct households that still owe; repaid this fiscal year counts principal repaid from
    1 October of the fiscal year containing ``as_of`` up to ``as_of``. Total fund and shortfall come from
    :func:`fund_position` (the allocation is the village's own, or the regulation's capital per village).

    Args:
        village: the village.
        accounts: :class:`LoanAccount` objects (figures computed on ``as_of``) or :class:`AccountFigures`.
        bank_balance: the fund's bank balance on ``as_of``.
        cash_elsewhere: cash held elsewhere on ``as_of``.
        as_of: the report date.
        regulation: the regulation.

    Raises:
        InvalidInputError: a bad amount, account or argument, or a loan id used twice.
    """
    if not isinstance(village, Village):
        raise InvalidInputError(
            th=f"ต้องส่ง Village ไม่ใช่ {village!r}",
            en=f"village must be a Village, not {village!r}",
            field="village",
            value=village,
        )
    return _village_report(
        village,
        _accounts(accounts),
        bank_balance=to_money(bank_balance, name="bank_balance"),
        cash_elsewhere=to_money(cash_elsewhere, name="cash_elsewhere"),
        day=check_as_of(as_of),
        regulation=check_regulation(regulation),
    )


def _village_report(
    village: Village,
    accounts: tuple[LoanAccount | AccountFigures, ...],
    *,
    bank_balance: Decimal,
    cash_elsewhere: Decimal,
    day: date,
    regulation: Regulation,
) -> VillageReport:
    # Arguments already checked; runs in the caller's DECIMAL_CONTEXT (village_report, VillageBook.report).
    from chumchon.thai.calendar import fiscal_year as fiscal_year_of  # loaded on first report only
    from chumchon.thai.calendar import fiscal_year_bounds

    fiscal_year = fiscal_year_of(day)
    fy_start = fiscal_year_bounds(fiscal_year)[0]
    rows = tuple(_account_figures(account, day, fy_start) for account in accounts)
    seen: set[str] = set()
    for row in rows:
        if row.loan_id in seen:
            raise InvalidInputError(
                th=f"เลขที่สัญญา {row.loan_id!r} ซ้ำกัน",
                en=f"loan id {row.loan_id!r} appears twice",
                field="accounts",
                value=row.loan_id,
            )
        seen.add(row.loan_id)
    add = DECIMAL_CONTEXT.add
    outstanding = repaid = overdue = Decimal(0)
    for row in rows:
        outstanding = add(outstanding, row.outstanding)
        repaid = add(repaid, row.repaid_this_year)
        overdue = add(overdue, row.overdue)
    allocation = village.allocation
    position = FundPosition(
        as_of=day,
        outstanding_loans=outstanding,
        bank_balance=bank_balance,
        cash_elsewhere=cash_elsewhere,
        allocation=regulation.capital_per_village.at(day).value if allocation is None else allocation,
    )
    figures = FundFigures(
        villages=1,
        households=village.households,
        target_households=village.target_households,
        households_with_loans=len({row.household_id for row in rows if row.outstanding > 0}),
        outstanding_loans=outstanding,
        bank_balance=position.bank_balance,
        cash_elsewhere=position.cash_elsewhere,
        total_fund=position.total_fund,
        allocation=position.allocation,
        shortfall=position.shortfall,
        repaid_this_year=repaid,
        overdue=overdue,
    )
    return VillageReport(
        village=village, as_of=day, fiscal_year=fiscal_year, figures=figures, position=position, accounts=rows
    )


@attrs.frozen(kw_only=True)
class VillageBook:
    """One village's books for a batch run: the village, its loan accounts and its cash on the report date.

    Attributes:
        village: the village.
        accounts: its loan accounts (:class:`LoanAccount` or :class:`AccountFigures`).
        bank_balance: the fund's bank balance.
        cash_elsewhere: cash held elsewhere.

    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> VillageBook(village=village, accounts=[1], bank_balance=0, cash_elsewhere=0)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: บัญชีเงินยืมต้องเป็น LoanAccount หรือ AccountFigures ไม่ใช่ 1 / accounts must be LoanAccount or AccountFigures objects, not 1
    """

    village: Village = attrs.field(validator=instance("village", Village))
    accounts: tuple[LoanAccount | AccountFigures, ...] = attrs.field(converter=_accounts)
    bank_balance: Decimal = attrs.field(converter=_bank)
    cash_elsewhere: Decimal = attrs.field(converter=_elsewhere)

    @in_decimal_context
    def report(self, as_of: date, regulation: Regulation = B_E_2553) -> VillageReport:
        """This village's form 26(1) report on ``as_of`` (:func:`village_report` of the book).

        A plain method of a module-level class, so ``executor.map(VillageBook.report, books, repeat(as_of))``
        works across processes (the function and the book pickle; the report comes back whole).

        >>> from chumchon.loans.kkkj import TRAINING_CASE as case
        >>> case.book.report(case.report_date).figures.total_fund
        Decimal('267500.00')
        """
        return _village_report(
            self.village,
            self.accounts,
            bank_balance=self.bank_balance,
            cash_elsewhere=self.cash_elsewhere,
            day=check_as_of(as_of),
            regulation=check_regulation(regulation),
        )


def _check_books(books: object) -> Iterable[object]:
    if isinstance(books, (str, bytes, Mapping)) or not isinstance(books, Iterable):
        raise InvalidInputError(
            th=f"ค่า 'books' ต้องเป็นรายการของ VillageBook ไม่ใช่ {books!r}",
            en=f"'books' must be an iterable of VillageBook objects, not {books!r}",
            field="books",
            value=books,
        )
    return books


def _check_book(book: object) -> VillageBook:
    if not isinstance(book, VillageBook):
        raise InvalidInputError(
            th=f"ต้องส่ง VillageBook ไม่ใช่ {book!r}",
            en=f"books must hold VillageBook objects, not {book!r}",
            field="books",
            value=book,
        )
    return book


@in_decimal_context
def village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation = B_E_2553
) -> list[VillageReport]:
    """Village reports for many villages, as a list: the entry point for a process pool.

    A module-level function that returns a list (a generator cannot come back from a worker process), so a
    province can be split into chunks of books and mapped with
    ``executor.map(functools.partial(village_reports, as_of=as_of), chunks)``. The result equals
    ``list(build_village_reports(books, as_of=as_of))``.

    Raises:
        InvalidInputError: ``books`` is not a list of :class:`VillageBook`, or a bad date or regulation.

    >>> from chumchon.loans.kkkj import TRAINING_CASE as case
    >>> [r.figures.shortfall for r in village_reports([case.book], as_of=case.report_date)]
    [Decimal('12500.00')]
    >>> village_reports(None, as_of=case.report_date)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'books' ต้องเป็นรายการของ VillageBook ไม่ใช่ None / 'books' must be an iterable of VillageBook objects, not None
    """
    day = check_as_of(as_of)
    regulation = check_regulation(regulation)
    return [_check_book(book).report(day, regulation) for book in _check_books(books)]


def build_village_reports(
    books: Iterable[VillageBook], *, as_of: date, regulation: Regulation = B_E_2553
) -> Iterator[VillageReport]:
    """Village reports for many villages (a district or a province), lazily: one report per book, in order.

    The arguments are checked at once; each report is computed as it is read (by :meth:`VillageBook.report`,
    in the library's decimal context). To run over processes use :func:`village_reports` or
    :meth:`VillageBook.report` instead: a generator cannot leave a worker.

    >>> village = Village(village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35)
    >>> loan = AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0)
    >>> book = VillageBook(village=village, accounts=[loan], bank_balance=265000, cash_elsewhere=0)
    >>> [r.figures.total_fund for r in build_village_reports([book], as_of=date(2026, 9, 30))]
    [Decimal('275000')]
    """
    day = check_as_of(as_of)
    regulation = check_regulation(regulation)
    return (_check_book(book).report(day, regulation) for book in _check_books(books))


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
