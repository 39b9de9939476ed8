"""A village's report, form 26(1) (แบบ 26(1) สรุปรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. ระดับหมู่บ้าน): the village, the
form's figures and the report built from the village's loan accounts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import (
    DateLike,
    MoneyLike,
    date_value,
    instance,
    items,
    money,
    plain_scalar,
    text,
    whole_number,
)
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._accounts import AccountFigures, LoanAccount
from chumchon.loans.kkkj._checks import check_unique, report_amount
from chumchon.loans.kkkj._position import FundPosition
from chumchon.loans.kkkj._regulation import Regulation, resolve_regulation
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["FIGURE_LABELS", "FundFigures", "Village", "VillageReport", "village_report"]


_ZERO = Decimal("0.00")


def _optional_money(value: MoneyLike | None) -> Decimal | None:
    if plain_scalar(value) is None:  # None, or an empty cell (pandas' NA)
        return None
    return report_amount(money(value, "allocation", positive=True), "allocation")


def _village_id(value: str) -> str:
    return text(value, "village_id")


def _name(value: str) -> str:
    return text(value, "name")


def _households(value: int) -> int:
    return whole_number(value, "households", minimum=0)


def _target_households(value: int) -> int:
    return whole_number(value, "target_households", minimum=0)


def _district(value: str) -> str:
    return text(value, "district", empty=True)


def _province(value: str) -> str:
    return text(value, "province", empty=True)


def _tambon(value: str) -> str:
    return text(value, "tambon", empty=True)


@attrs.frozen(kw_only=True)
class Village(Mappable):
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

    village_id: str = attrs.field(converter=_village_id)
    name: str = attrs.field(converter=_name)
    households: int = attrs.field(converter=_households)
    target_households: int = attrs.field(converter=_target_households)
    district: str = attrs.field(default="", converter=_district)
    province: str = attrs.field(default="", converter=_province)
    tambon: str = attrs.field(default="", converter=_tambon)
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
#: The figures' field names, in the order of the form.
FIGURE_NAMES = tuple(item[0] for item in FIGURE_LABELS)


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
        for name in FIGURE_NAMES:
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
            outstanding_loans=_ZERO,
            bank_balance=_ZERO,
            cash_elsewhere=_ZERO,
            total_fund=_ZERO,
            allocation=_ZERO,
            shortfall=_ZERO,
            repaid_this_year=_ZERO,
            overdue=_ZERO,
        )

    def as_dict(self) -> dict[str, Decimal | int]:
        """The figures by name, in the order of the form."""
        return {name: getattr(self, name) for name in FIGURE_NAMES}

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


@attrs.frozen(kw_only=True)
class VillageReport(Tabular, ResultMappable):
    """A village's debt and financial position (แบบ 26(1) สรุปรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. ระดับหมู่บ้าน).

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

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The form's figures follow from the accounts, the village and the position; a report whose parts
        # disagree (built directly, read from a document or changed by attrs.evolve) is refused.
        from chumchon.thai.calendar import fiscal_year as fiscal_year_of

        position, rows = self.position, self.accounts
        expected = {
            "villages": 1,
            "households": self.village.households,
            "target_households": self.village.target_households,
            "households_with_loans": len({row.household_id for row in rows if row.outstanding > 0}),
            "outstanding_loans": sum((row.outstanding for row in rows), _ZERO),
            "bank_balance": position.bank_balance,
            "cash_elsewhere": position.cash_elsewhere,
            "total_fund": position.total_fund,
            "allocation": position.allocation,
            "shortfall": position.shortfall,
            "repaid_this_year": sum((row.repaid_this_year for row in rows), _ZERO),
            "overdue": sum((row.overdue for row in rows), _ZERO),
        }
        for name, value in expected.items():
            if getattr(self.figures, name) != value:
                raise inconsistent(
                    self,
                    "figures",
                    f"ตัวเลข {name} ต้องตรงกับบัญชีเงินกู้ หมู่บ้าน และฐานะกองทุน",
                    f"the figure {name} must follow from the accounts, the village and the fund position",
                    getattr(self.figures, name),
                )
        if position.outstanding_loans != expected["outstanding_loans"] or position.as_of != self.as_of:
            raise inconsistent(
                self,
                "position",
                "ฐานะกองทุนต้องเป็นของวันที่รายงานและลูกหนี้ในบัญชี",
                "the fund position must be of the report date and the accounts' outstanding loans",
                position.outstanding_loans,
            )
        if self.fiscal_year != fiscal_year_of(self.as_of):
            raise inconsistent(
                self,
                "fiscal_year",
                "ปีงบประมาณต้องเป็นปีของวันที่รายงาน",
                "the fiscal year must be the report date's",
                self.fiscal_year,
            )

    @property
    def row_label(self) -> str:
        """The village's Thai label as a row of a district summary."""
        return f"{self.village.name} ({self.village.village_id})"

    def to_table(self) -> Table:
        """The form's figures as rows with Thai labels."""
        return self.figures.to_table(
            Message(
                f"แบบ 26(1) สรุปรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. {self.row_label} ณ วันที่ {format_date(self.as_of)} "
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


def check_accounts(
    values: Iterable[LoanAccount | AccountFigures],
) -> tuple[LoanAccount | AccountFigures, ...]:
    """``values`` as a tuple of loan accounts (:class:`LoanAccount` or :class:`AccountFigures`)."""
    return items(
        values,
        "accounts",
        (LoanAccount, AccountFigures),
        "บัญชีเงินยืม (LoanAccount หรือ AccountFigures)",
        "LoanAccount or AccountFigures objects",
    )


def _account_figures(account: LoanAccount | AccountFigures, day: date, fy_start: date) -> AccountFigures:
    if isinstance(account, AccountFigures):
        return account
    return account.figures(as_of=day, fiscal_year_start=fy_start)


@in_decimal_context
def village_report(
    village: Village,
    accounts: Iterable[LoanAccount | AccountFigures],
    *,
    bank_balance: MoneyLike,
    cash_elsewhere: MoneyLike,
    as_of: DateLike,
    regulation: Regulation | None = None,
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
        regulation: the regulation; ``None`` (the default) is the one in force on ``as_of``.

    Raises:
        InvalidInputError: a bad amount, account or argument, or a loan id used twice.
    """
    village = instance(village, "village", Village)
    day = date_value(as_of, "as_of")
    return report_from_checked(
        village,
        check_accounts(accounts),
        bank_balance=report_amount(bank_balance, "bank_balance"),
        cash_elsewhere=report_amount(cash_elsewhere, "cash_elsewhere"),
        day=day,
        regulation=resolve_regulation(regulation, day),
    )


def report_from_checked(
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
    check_unique((row.loan_id for row in rows), "accounts", "เลขที่สัญญา", "loan id")
    add = DECIMAL_CONTEXT.add
    outstanding = repaid = overdue = _ZERO
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
