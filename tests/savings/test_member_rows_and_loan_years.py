"""Member tables read by the library, and each member's loan year for the annual close."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError, ParseError
from chumchon.loans import LoanTerms, Payment, apply_payments, build_schedule
from chumchon.savings import MEMBER_COLUMNS, LoanYear, MemberType, MemberYear, loan_years
from chumchon.thai import to_thai_digits

# --- member tables ------------------------------------------------------------------------------------------

THAI_CSV = """\ufeffรหัสสมาชิก,ชื่อ,ประเภท,ยอดยกมา,เดือน1,เดือน2,ดอกเบี้ยที่ชำระ,ผิดนัด,เดือนที่ลาออก,ผลงาน
M01,นางสมศรี ใจดี,สามัญ,"๒๔,๐๐๐",๕๐๐,๕๐๐,๖๐๐,ไม่ใช่,,
M02,นายสมชาย,สมทบ,1800,300,,120.50,ใช่,๗,3

M03,พระครู,กิตติมศักดิ์,0,,,,,,
"""


def test_a_thai_csv_reads_like_the_officer_typed_it() -> None:
    members = MemberYear.from_csv_rows(csv.reader(io.StringIO(THAI_CSV)))
    assert [m.member_id for m in members] == ["M01", "M02", "M03"]
    first, second, third = members
    assert first.opening_balance == Decimal(24000) and first.monthly[:3] == (Decimal(500), Decimal(500), 0)
    assert first.interest_paid == 600 and not first.missed_installment and first.name == "นางสมศรี ใจดี"
    assert second.member_type is MemberType.ASSOCIATE and second.missed_installment
    assert second.left_month == 7 and second.work_units == 3 and second.interest_paid == Decimal("120.50")
    assert third.member_type is MemberType.HONORARY and third.monthly == (Decimal(0),) * 12


def test_english_headers_and_mappings_give_the_same_members() -> None:
    english = [
        {key: None for key, _, _ in MEMBER_COLUMNS}
        | {
            "member_id": "M01",
            "opening_balance": "24,000",
            "m1": "500",
            "m2": "500",
            "interest_paid": "600",
            "missed_installment": "no",
            "name": "นางสมศรี ใจดี",
            "member_type": "Ordinary",
        }
    ]
    thai = MemberYear.from_csv_rows(csv.reader(io.StringIO(THAI_CSV)))[:1]
    assert MemberYear.from_rows(english) == thai


def test_dataframe_records_with_numpy_values_and_empty_cells() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "member_id": ["A1", "A2"],
            "opening_balance": [500.0, 100.0],
            "m1": [100.0, None],
            "left_month": [None, 3],
        }
    )
    members = MemberYear.from_rows(frame.to_dict("records"))
    assert members[0].monthly[0] == 100 and members[1].monthly[0] == 0
    assert members[0].left_month is None and members[1].left_month == 3


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["รหัสสมาชิก", "ยอดยกมา"], ["M01", "สองร้อย"]], "row 2: 'opening_balance' must be a number"),
        ([["รหัสสมาชิก", "ยอดยกมา", "สี"], ["M01", "1"]], "unknown column"),
        ([["รหัสสมาชิก"], ["M01"]], "row 1: the header row needs opening_balance"),
        ([["รหัสสมาชิก", "ยอดยกมา"], ["M01", "1", "2"]], "row 2: 3 cells"),
        ([["รหัสสมาชิก", "ยอดยกมา", "ผิดนัด"], ["M01", "1", "บางที"]], "row 2: missed_installment must be yes/no"),
        ([["รหัสสมาชิก", "ยอดยกมา", "ประเภท"], ["M01", "1", "พิเศษ"]], "row 2: .*member_type"),
        ([["รหัสสมาชิก", "ยอดยกมา"], ["", "1"]], "row 2: member_id is required"),
        ([], "no header row"),
    ],
)
def test_bad_tables_name_the_row_and_column(rows: list[list[str]], message: str) -> None:
    with pytest.raises(ParseError, match=message):
        MemberYear.from_csv_rows(rows)


def test_rows_must_be_mappings() -> None:
    with pytest.raises(ParseError, match="row 1: each row must be a mapping"):
        MemberYear.from_rows([["M01", "1"]])  # type: ignore[list-item]


@given(
    st.integers(min_value=0, max_value=10**9),
    st.lists(st.integers(min_value=0, max_value=10**6), min_size=12, max_size=12),
    st.booleans(),
)
def test_thai_and_arabic_digits_read_the_same(opening: int, monthly: list[int], thai: bool) -> None:
    header = ["member_id", "opening_balance", *(f"m{m}" for m in range(1, 13))]
    cells = [str(opening), *map(str, monthly)]
    if thai:
        cells = [to_thai_digits(c) for c in cells]
    (member,) = MemberYear.from_csv_rows([header, ["A1", *cells]])
    assert member.opening_balance == opening and list(member.monthly) == monthly


# --- loan years -----------------------------------------------------------------------------------------------

START = date(2024, 10, 1)
END = date(2025, 9, 30)


def _schedule(disbursed: date = date(2024, 10, 1), installments: int = 3) -> object:
    return build_schedule(
        LoanTerms(principal=3000, annual_rate="0.12", installments=installments, disbursed_on=disbursed)
    )


def test_interest_and_instalments_of_the_year_per_member() -> None:
    schedule = _schedule()
    on_time = [
        Payment(date(2024, 11, 1), "1020.07"),
        Payment(date(2024, 12, 1), "1020.07"),
        Payment(date(2025, 1, 1), "1020.06"),
    ]
    late = [Payment(date(2024, 11, 20), "1020.07")]
    years = loan_years(
        {
            "M01": apply_payments(schedule, on_time, as_of=END),
            "M02": [apply_payments(schedule, late, as_of=END), apply_payments(schedule, on_time, as_of=END)],
        },
        fiscal_year_start=START,
    )
    assert years["M01"].interest_paid == sum(i.interest for i in schedule.installments)  # type: ignore[attr-defined]
    assert years["M01"].member_fields() == {"interest_paid": Decimal("60.20"), "missed_installment": False}
    assert (years["M02"].loans, years["M02"].installments_due, years["M02"].late_installments) == (2, 6, 1)
    assert years["M02"].missed_installments == 2 and years["M02"].missed_installment
    member = MemberYear(member_id="M02", opening_balance=100)
    assert years["M02"].apply_to(member).missed_installment
    assert LoanYear.from_mapping(years["M02"].to_mapping()) == years["M02"]


def test_a_payment_across_the_year_start_needs_the_opening_statuses() -> None:
    schedule = _schedule(disbursed=date(2024, 8, 1))
    payments = [
        Payment(date(2024, 9, 1), "1000"),
        Payment(date(2024, 10, 5), "1060.21"),
        Payment(date(2024, 11, 1), "1020.07"),
    ]
    closing = apply_payments(schedule, payments, as_of=END)
    with pytest.raises(InvalidInputError, match="give the statuses at the end of the previous year"):
        loan_years({"M01": closing}, fiscal_year_start=START)
    opening = apply_payments(schedule, payments, as_of=date(2024, 9, 30))
    year = loan_years({"M01": closing}, fiscal_year_start=START, opening={"M01": opening})["M01"]
    total = sum(i.interest_paid for i in closing.installments)
    before = sum(i.interest_paid for i in opening.installments)
    assert year.interest_paid == total - before > 0


def test_loan_years_refuse_what_they_cannot_read() -> None:
    schedule = _schedule()
    with pytest.raises(InvalidInputError, match="as of the last day of the fiscal year"):
        loan_years({"M01": apply_payments(schedule, [], as_of=date(2025, 6, 1))}, fiscal_year_start=START)
    with pytest.raises(InvalidInputError, match="LoanStatus objects"):
        loan_years({"M01": ["x"]}, fiscal_year_start=START)  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="a LoanStatus or a list"):
        loan_years({"M01": 3}, fiscal_year_start=START)  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError, match="mapping of member id"):
        loan_years([], fiscal_year_start=START)  # type: ignore[arg-type]
    year = loan_years({"M01": apply_payments(schedule, [], as_of=END)}, fiscal_year_start=START)["M01"]
    with pytest.raises(InvalidInputError, match="MemberYear of M01"):
        year.apply_to(MemberYear(member_id="M02", opening_balance=1))
    with pytest.raises(InvalidInputError, match="must not exceed those due"):
        attrs.evolve(year, late_installments=5)
