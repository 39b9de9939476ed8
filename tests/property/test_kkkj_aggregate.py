"""Hypothesis invariants of กข.คจ.: summaries add up exactly; the fund identity; schedules sum to the loan."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from chumchon.loans import Frequency, RemainderOn
from chumchon.loans.kkkj import (
    AccountFigures,
    DatabaseBook,
    DatabaseFigures,
    DevelopmentLevel,
    FundFigures,
    GraceRule,
    Household,
    Village,
    VillageBook,
    build_village_reports,
    database_reports,
    fund_position,
    repayment_schedule,
    summarise,
    summarise_database,
    summarise_database_province,
    summarise_province,
)
from chumchon.money import QUARTER_BAHT, SATANG, WHOLE_BAHT, WHOLE_BAHT_UP

DAY = date(2026, 9, 30)
# satang amounts from 0 to 300,000.00 baht: a village fund is 280,000
money = st.integers(min_value=0, max_value=30_000_000).map(lambda n: Decimal(n).scaleb(-2))


CENTS = st.integers(min_value=0, max_value=30_000_000)  # 0 to 300,000.00 baht in satang
ACCOUNT = st.tuples(
    CENTS, st.integers(min_value=0, max_value=100), CENTS, st.integers(min_value=1, max_value=8)
)
VILLAGE = st.tuples(
    st.integers(min_value=0, max_value=400),  # households
    st.integers(min_value=0, max_value=100),  # target households, percent of households
    st.integers(min_value=0, max_value=2),  # district
    CENTS,  # bank balance
    CENTS,  # cash elsewhere
    st.lists(ACCOUNT, max_size=4),
)
DISTRICTS = ("เมือง", "วารินชำราบ", "พิบูลมังสาหาร")


def _cents(n: int) -> Decimal:
    return Decimal(n).scaleb(-2)


def _book(index: int, raw: tuple[int, int, int, int, int, list[tuple[int, int, int, int]]]) -> VillageBook:
    households, target_percent, district, bank, elsewhere, accounts = raw
    village = Village(
        village_id=f"V{index}",
        name=f"บ้าน{index}",
        households=households,
        target_households=households * target_percent // 100,
        district=DISTRICTS[district],
    )
    figures = [
        AccountFigures(
            loan_id=f"L{k}",
            household_id=f"H{hh}",
            outstanding=_cents(out),
            overdue=_cents(out * pct // 100),
            repaid_this_year=_cents(repaid),
        )
        for k, (out, pct, repaid, hh) in enumerate(accounts)
    ]
    return VillageBook(
        village=village, accounts=figures, bank_balance=_cents(bank), cash_elsewhere=_cents(elsewhere)
    )


def books() -> st.SearchStrategy[list[VillageBook]]:
    return st.lists(VILLAGE, min_size=1, max_size=6).map(
        lambda raws: [_book(i, r) for i, r in enumerate(raws)]
    )


FIELDS = list(FundFigures.zero().as_dict())


@given(books())
def test_summaries_equal_the_sum_of_their_villages(village_books: list[VillageBook]) -> None:
    reports = list(build_village_reports(village_books, as_of=DAY))
    for report in reports:  # each village keeps the fund identity
        f = report.figures
        assert f.total_fund == f.outstanding_loans + f.bank_balance + f.cash_elsewhere
        assert f.shortfall == max(f.allocation - f.total_fund, 0)
        assert f.households_with_loans <= len(report.accounts)
    district = summarise(reports, name="ทดสอบ")
    province = summarise_province(reports, province="ทดสอบ")
    for name in FIELDS:
        expected = sum(getattr(r.figures, name) for r in reports)
        assert getattr(district.total, name) == expected, name
        assert getattr(province.total, name) == expected, name
    assert province.total == district.total
    assert len(district.to_table().rows) == len(reports) + 1


@given(money, money, money)
def test_fund_position_identity(loans: Decimal, bank: Decimal, elsewhere: Decimal) -> None:
    p = fund_position(outstanding_loans=loans, bank_balance=bank, cash_elsewhere=elsewhere, as_of=DAY)
    assert p.total_fund == loans + bank + elsewhere
    assert p.total_fund + p.shortfall - p.surplus == p.allocation
    assert min(p.shortfall, p.surplus) == 0


@given(
    st.integers(min_value=100, max_value=2_000_000).map(lambda n: Decimal(n).scaleb(-2) * 100),
    st.integers(min_value=1, max_value=6),
    st.sampled_from([SATANG, WHOLE_BAHT, WHOLE_BAHT_UP, QUARTER_BAHT]),
    st.sampled_from(list(RemainderOn)),
    st.sampled_from([Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.SEMI_ANNUAL, Frequency.ANNUAL]),
)
def test_schedule_sums_to_the_loan(
    amount: Decimal, count: int, rounding: object, remainder_on: RemainderOn, frequency: Frequency
) -> None:
    # amounts from 100 to 2,000,000 baht: never too small for whole-baht instalments
    s = repayment_schedule(
        amount,
        installments=count,
        first_due=date(2027, 1, 31),
        disbursed_on=date(2026, 11, 30),
        frequency=frequency,
        rounding=rounding,  # type: ignore[arg-type]
        remainder_on=remainder_on,
    )
    assert sum(i.principal for i in s.installments) == amount
    assert all(i.payment > 0 and i.interest == 0 for i in s.installments)
    assert s.installments[-1].balance == 0
    assert list(s.due_dates) == sorted(set(s.due_dates))


# --- the database report: every figure of a summary is the exact sum of its villages --------------------------


DB_ACCOUNT = st.tuples(
    CENTS,  # outstanding
    st.integers(min_value=0, max_value=100),  # overdue, percent of outstanding
    st.integers(min_value=0, max_value=400),  # days past due
    st.integers(min_value=0, max_value=5),  # household index
)
DB_VILLAGE = st.tuples(
    st.lists(st.tuples(st.integers(min_value=1, max_value=9), CENTS), min_size=1, max_size=6),  # register
    st.lists(DB_ACCOUNT, max_size=5),
    st.integers(min_value=0, max_value=120),  # grace days
    st.one_of(st.none(), st.integers(min_value=1, max_value=5)),  # development level
    st.integers(min_value=0, max_value=2),  # district
    CENTS,  # bank balance
)


def _database_book(index: int, raw: tuple) -> DatabaseBook:  # type: ignore[type-arg]
    register_raw, accounts_raw, grace_days, level, district, bank = raw
    register = [
        Household(household_id=f"H{k}", members=members, annual_income=_cents(income))
        for k, (members, income) in enumerate(register_raw)
    ]
    accounts = []
    for k, (outstanding, percent, days, who) in enumerate(accounts_raw):
        owed = _cents(outstanding)
        overdue = (owed * percent / 100).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        accounts.append(
            AccountFigures(
                loan_id=f"L{k}",
                household_id=f"H{who}",
                outstanding=owed,
                repaid_this_year=0,
                overdue=overdue,
                days_past_due=days if overdue > 0 else 0,
            )
        )
    village = Village(
        village_id=f"D{index}",
        name=f"บ้าน{index}",
        households=len(register) + 10,
        target_households=len(register),
        district=DISTRICTS[district],
    )
    return DatabaseBook(
        book=VillageBook(village=village, accounts=accounts, bank_balance=_cents(bank), cash_elsewhere=0),
        target_register=register,
        grace=GraceRule(days_allowed=grace_days),
        development_level=None if level is None else DevelopmentLevel(level=level, assessed_in=2569),
    )


@given(villages=st.lists(DB_VILLAGE, min_size=1, max_size=6))
def test_database_summaries_add_up_exactly(villages: list[tuple]) -> None:  # type: ignore[type-arg]
    books = [_database_book(i, raw) for i, raw in enumerate(villages)]
    reports = database_reports(books, as_of=DAY)
    total = DatabaseFigures.zero()
    for report in reports:
        f = report.figures
        # the split is exhaustive: not overdue + in grace + in default = form 26(1)'s outstanding loans
        assert (
            f.not_overdue_loans + f.in_grace_loans + f.default_loans
            == report.village_report.figures.outstanding_loans
        )
        assert f.current_loans == f.not_overdue_loans + f.in_grace_loans
        assert f.current_households == f.not_overdue_households + f.in_grace_households
        assert f.total_fund == report.village_report.figures.total_fund
        assert f.passed_households <= f.target_households and f.borrowing_persons <= f.target_persons
        total = total + f
    province = summarise_database_province(reports, province="อุบลราชธานี")
    assert province.total == total
    assert sum(f.figures.villages for f in reports) == province.total.villages == len(books)
    assert sum(n for _level, n in province.total.levels) + province.total.levels_not_recorded == len(books)
    for label, district_figures, _level, _agencies in province.units:
        name = label.removeprefix("อำเภอ")
        members = [r.figures for r in reports if r.district == name]
        assert (
            district_figures
            == summarise_database([r for r in reports if r.district == name], name=name).total
        )
        summed = DatabaseFigures.zero()
        for figures in members:
            summed = summed + figures
        assert district_figures == summed
