"""Hypothesis invariants of กข.คจ.: summaries add up exactly; the fund identity; schedules sum to the loan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from chumchon.loans import Frequency, RemainderOn
from chumchon.loans.kkkj import (
    AccountFigures,
    FundFigures,
    Village,
    VillageBook,
    build_village_reports,
    fund_position,
    repayment_schedule,
    summarise,
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
