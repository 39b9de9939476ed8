"""Fund position, the village report (form 26(1)) and the district and provincial summaries (26(1), 26(2))."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans.kkkj import (
    AccountFigures,
    AreaLevel,
    FundFigures,
    Village,
    VillageBook,
    build_village_reports,
    fund_position,
    summarise,
    summarise_province,
    village_report,
)

DAY = date(2026, 9, 30)


def test_fund_identity_and_shortfall() -> None:
    # form 26 [S]: total fund = outstanding loans + bank balance + cash held elsewhere, against 280,000.
    p = fund_position(outstanding_loans="150000.50", bank_balance="95000.25", cash_elsewhere=4999, as_of=DAY)
    assert p.total_fund == Decimal("249999.75")
    assert p.total_fund == p.outstanding_loans + p.bank_balance + p.cash_elsewhere
    assert p.allocation == Decimal(280000)
    assert p.shortfall == Decimal("30000.25")
    assert p.surplus == 0


def test_surplus_when_the_fund_grew() -> None:
    p = fund_position(outstanding_loans=200000, bank_balance=90000, cash_elsewhere=0, as_of=DAY)
    assert (p.shortfall, p.surplus) == (Decimal(0), Decimal(10000))
    exact = fund_position(outstanding_loans=280000, bank_balance=0, cash_elsewhere=0, as_of=DAY)
    assert (exact.shortfall, exact.surplus) == (0, 0)


def test_own_allocation_and_table() -> None:
    p = fund_position(outstanding_loans=1, bank_balance=2, cash_elsewhere=3, as_of=DAY, allocation=10)
    assert p.shortfall == Decimal(4)
    rows = p.to_rows(language="en")
    assert rows[4] == ["total fund", Decimal(6)]
    assert "total fund" in p.to_text(language="en")
    assert "shortfall 4" in repr(p)
    assert pickle.loads(pickle.dumps(p)) == p


@pytest.mark.parametrize(
    "kwargs",
    [
        {"outstanding_loans": -1},
        {"bank_balance": "x"},
        {"cash_elsewhere": float("inf")},
        {"allocation": -5},
        {"as_of": "30/09/2026"},
        {"bank_balance": "10.005"},
    ],
)
def test_fund_position_bad_input(kwargs: dict[str, object]) -> None:
    base: dict[str, object] = {"outstanding_loans": 1, "bank_balance": 1, "cash_elsewhere": 1, "as_of": DAY}
    with pytest.raises(InvalidInputError):
        fund_position(**{**base, **kwargs})  # type: ignore[arg-type]


def test_fund_position_before_the_records() -> None:
    with pytest.raises(UnknownRegulationError):
        fund_position(outstanding_loans=1, bank_balance=1, cash_elsewhere=1, as_of=date(2010, 1, 1))


@pytest.mark.parametrize(("day", "fy"), [(date(2026, 9, 30), 2569), (date(2026, 10, 1), 2570)])
def test_report_fiscal_year(day: date, fy: int) -> None:
    # DOMAIN.md s.3 [C]: FY 2570 runs 1 Oct 2569 (2026-10-01) to 30 Sep 2570 (2027-09-30).
    report = village_report(VILLAGE, [], bank_balance=280000, cash_elsewhere=0, as_of=day)
    assert report.fiscal_year == fy
    assert f"ปีงบประมาณ {fy}" in report.to_text()


VILLAGE = Village(
    village_id="34010101", name="บ้านหนองบัว", households=120, target_households=35, district="เมือง"
)


def accounts() -> list[AccountFigures]:
    return [
        AccountFigures(loan_id="L1", household_id="H1", outstanding=10000, repaid_this_year=5000, overdue=0),
        AccountFigures(loan_id="L2", household_id="H2", outstanding=8000, repaid_this_year=0, overdue=4000),
        AccountFigures(loan_id="L3", household_id="H1", outstanding=2000, repaid_this_year=1000, overdue=0),
        AccountFigures(loan_id="L4", household_id="H3", outstanding=0, repaid_this_year=12000, overdue=0),
    ]


def test_village_report_figures_from_accounts() -> None:
    report = village_report(VILLAGE, accounts(), bank_balance=230000, cash_elsewhere=500, as_of=DAY)
    f = report.figures
    assert (f.villages, f.households, f.target_households, f.households_with_loans) == (1, 120, 35, 2)
    assert f.outstanding_loans == Decimal(20000)
    assert f.repaid_this_year == Decimal(18000)
    assert f.overdue == Decimal(4000)
    assert f.total_fund == Decimal(250500)
    assert f.shortfall == Decimal(29500)
    assert report.fiscal_year == 2569
    rows = report.to_rows()
    assert rows[0] == ["รายการ", "จำนวน", "จำนวนเงิน (บาท)"]
    assert ["ครัวเรือนที่ยืมเงิน", 2, None] in rows
    assert ["รวมเงินทุนทั้งหมด", None, Decimal(250500)] in rows
    assert "แบบ 26(1)" in report.to_text()
    assert len(report.accounts_table().rows) == 4
    assert "'บ้านหนองบัว'" in repr(report)
    assert pickle.loads(pickle.dumps(report)) == report


def test_village_report_bad_input() -> None:
    with pytest.raises(InvalidInputError):
        village_report(VILLAGE, [*accounts(), accounts()[0]], bank_balance=0, cash_elsewhere=0, as_of=DAY)
    with pytest.raises(InvalidInputError):
        village_report(VILLAGE, [("L1", 100)], bank_balance=0, cash_elsewhere=0, as_of=DAY)
    with pytest.raises(InvalidInputError):
        village_report("บ้าน", [], bank_balance=0, cash_elsewhere=0, as_of=DAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        AccountFigures(loan_id="L", household_id="H", outstanding=10, repaid_this_year=0, overdue=11)
    with pytest.raises(InvalidInputError):
        Village(village_id="1", name="x", households=10, target_households=11)
    with pytest.raises(InvalidInputError):
        Village(village_id="1", name="x", households=-1, target_households=0)


def test_district_and_province_summaries_add_up_with_thai_labels() -> None:
    other = Village(
        village_id="34010102", name="บ้านโนนสูง", households=80, target_households=20, district="เมือง"
    )
    third = Village(
        village_id="34020101", name="บ้านดอน", households=60, target_households=10, district="วารินชำราบ"
    )
    books = [
        VillageBook(village=VILLAGE, accounts=accounts(), bank_balance=230000, cash_elsewhere=500),
        VillageBook(village=other, accounts=[], bank_balance=280000, cash_elsewhere=0),
        VillageBook(village=third, accounts=accounts()[:1], bank_balance=100000, cash_elsewhere=0),
    ]
    reports = list(build_village_reports(books, as_of=DAY))
    district = summarise(reports[:2], name="เมือง")
    assert district.level is AreaLevel.DISTRICT
    assert district.total == reports[0].figures + reports[1].figures
    rows = district.to_rows()
    assert rows[0][0] == "หมู่บ้าน"
    assert rows[-1][0] == "รวมทั้งอำเภอเมือง"
    assert "แบบ 26(1)" in district.to_text()
    province = summarise_province(reports, province="อุบลราชธานี")
    assert province.level is AreaLevel.PROVINCE
    assert [label for label, _ in province.units] == ["อำเภอเมือง", "อำเภอวารินชำราบ"]
    assert province.total.villages == 3
    assert province.total.shortfall == sum((r.figures.shortfall for r in reports), Decimal(0))
    assert province.total.total_fund == (
        province.total.outstanding_loans + province.total.bank_balance + province.total.cash_elsewhere
    )
    assert province.to_rows()[-1][0] == "รวมทั้งจังหวัดอุบลราชธานี"
    assert "form 26(2)" in repr(province)
    assert pickle.loads(pickle.dumps(province)) == province


def test_summaries_refuse_mixed_dates_and_empty_input() -> None:
    a = village_report(VILLAGE, [], bank_balance=1, cash_elsewhere=0, as_of=DAY)
    b = village_report(VILLAGE, [], bank_balance=1, cash_elsewhere=0, as_of=date(2026, 10, 1))
    with pytest.raises(InvalidInputError):
        summarise([a, b], name="เมือง")
    with pytest.raises(InvalidInputError):
        summarise([], name="เมือง")
    with pytest.raises(InvalidInputError):
        summarise([object()], name="เมือง")
    assert summarise([a], name="เมือง", level="district") == summarise([a], name="เมือง")
    with pytest.raises(InvalidInputError):
        summarise([a], name="เมือง", level="village")
    with pytest.raises(InvalidInputError):
        list(build_village_reports([a], as_of=DAY))  # type: ignore[list-item]
    with pytest.raises(InvalidInputError):
        summarise_province([a.figures], province="x")  # type: ignore[list-item]


def test_figures_add_and_zero() -> None:
    f = village_report(VILLAGE, accounts(), bank_balance=1, cash_elsewhere=2, as_of=DAY).figures
    assert FundFigures.zero() + f == f
    assert (f + f).outstanding_loans == 2 * f.outstanding_loans
    assert f.__add__(1) is NotImplemented
