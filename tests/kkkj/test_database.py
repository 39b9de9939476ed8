"""The village and target-household database report: named worked examples and bad input."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj import (
    DATABASE_COLUMNS,
    DATABASE_TRAINING_BOOKS,
    TRAINING_CASE,
    AccountFigures,
    AreaLevel,
    DatabaseBook,
    DevelopmentLevel,
    GraceExtension,
    GraceRule,
    Household,
    Standing,
    VillageBook,
    database_reports,
    summarise_database,
    summarise_database_province,
)
from chumchon.rules import Status
from chumchon.rules.kkkj_2553 import INSTRUMENT

DATABASE_REPORT_SOURCE = INSTRUMENT.source_named("database_report")

DAY = date(2026, 9, 30)
FIRST, SECOND = DATABASE_TRAINING_BOOKS


def test_worked_example_of_the_training_villages() -> None:
    # บ้านโนนงาม: H1 owes 8,000 (not overdue), H3 owes 12,000 with 4,000 overdue 75 days > 60 days of grace;
    # บ้านหนองแวง: K1 owes 11,000 with 1,000 overdue 20 days <= 30 days of grace.
    first, second = database_reports(DATABASE_TRAINING_BOOKS, as_of=DAY)
    f = first.figures
    assert (f.not_overdue_households, f.not_overdue_loans) == (1, Decimal(8000))
    assert (f.in_grace_households, f.in_grace_loans) == (0, Decimal(0))
    assert (f.default_households, f.default_loans) == (1, Decimal(12000))
    assert f.total_fund == first.village_report.figures.total_fund == Decimal(275000)
    assert f.shortfall == first.village_report.figures.shortfall == Decimal(5000)
    # H3: (90,000 + 20,000 own produce) / 5 = 22,000 < 38,000, still a target; H2: 50,000 passes
    assert (f.passed_households, f.passed_persons) == (1, 3)
    s = second.figures
    assert (s.in_grace_households, s.in_grace_loans, s.current_loans) == (1, Decimal(11000), Decimal(11000))
    assert second.standings[0].standing is Standing.IN_GRACE
    assert s.levels == () and s.levels_not_recorded == 1
    assert first.provisional == ("income_criterion",)
    assert first.status is Status.SECONDARY and first.source is DATABASE_REPORT_SOURCE


def test_the_same_numbers_as_form_26_from_the_same_books() -> None:
    report = FIRST.report(DAY)
    form = FIRST.book.report(DAY)
    assert report.village_report == form
    assert report.figures.outstanding_loans == form.figures.outstanding_loans
    assert report.figures.bank_balance == form.figures.bank_balance


def test_a_household_goes_with_its_worst_loan() -> None:
    book = attrs.evolve(
        FIRST.book,
        accounts=[
            AccountFigures(loan_id="A", household_id="H1", outstanding=5000, repaid_this_year=0, overdue=0),
            AccountFigures(
                loan_id="B",
                household_id="H1",
                outstanding=3000,
                repaid_this_year=0,
                overdue=3000,
                days_past_due=90,
            ),
        ],
    )
    f = attrs.evolve(FIRST, book=book).report(DAY).figures
    assert (f.default_households, f.default_loans, f.current_households) == (1, Decimal(8000), 0)
    assert f.borrowing_households == 1 and f.borrowing_persons == 4


def test_a_committee_extension_keeps_a_late_loan_out_of_default() -> None:
    grace = GraceRule(
        days_allowed=60,
        extensions=[GraceExtension(loan_id="L2", granted_on=date(2026, 9, 1), until=date(2026, 12, 31))],
    )
    f = attrs.evolve(FIRST, grace=grace).report(DAY).figures
    assert (f.in_grace_households, f.in_grace_loans, f.default_households) == (1, Decimal(12000), 0)


def test_loan_accounts_give_their_own_days_late() -> None:
    case = TRAINING_CASE
    register = [Household(household_id=f"T{i}", members=3, annual_income=60000) for i in range(38)]
    register[:3] = [
        Household(household_id=h, members=4, annual_income=100000) for h in ("H-02", "H-03", "H-05")
    ]
    entry = DatabaseBook(book=case.book, target_register=register, grace=GraceRule(days_allowed=30))
    f = entry.report(case.report_date).figures
    assert (f.default_households, f.default_loans) == (1, Decimal("10000.00"))  # 2568/02: 335 days late
    assert f.borrowing_households == 3 and f.borrowers_outside_register == 0


def test_borrowers_outside_the_register_are_counted_apart() -> None:
    book = attrs.evolve(
        FIRST.book,
        accounts=[
            AccountFigures(loan_id="X", household_id="OUT", outstanding=1000, repaid_this_year=0, overdue=0)
        ],
    )
    f = attrs.evolve(FIRST, book=book).report(DAY).figures
    assert f.borrowers_outside_register == 1 and f.borrowing_households == 0


def test_summaries_add_up_and_show_levels() -> None:
    reports = database_reports(DATABASE_TRAINING_BOOKS, as_of=DAY)
    district = summarise_database(reports, name="เมือง")
    province = summarise_database_province(reports, province="ตัวอย่าง")
    assert province.total == district.total == reports[0].figures + reports[1].figures
    assert province.level is AreaLevel.PROVINCE and [u[0] for u in province.units] == ["อำเภอเมือง"]
    rows = province.to_rows(language="en")
    assert rows[0][1] == "(ก) target households" and rows[-1][0] == "รวมทั้งจังหวัดตัวอย่าง"
    assert "ระดับ 2: 1" in rows[-1][-2] and "ไม่ได้บันทึก: 1" in rows[-1][-2]
    text = reports[1].to_text()
    assert "องค์การบริหารส่วนตำบลหนองแวง" in text and "(ฐ)" in text
    assert "1 in default" in repr(province)
    assert pickle.loads(pickle.dumps(province)) == province


def test_every_column_has_a_letter_and_both_headings() -> None:
    letters = [letter for _name, letter, *_rest in DATABASE_COLUMNS]
    assert letters[:9] == ["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ"] and letters[-4:] == [
        "ญ",
        "ฎ",
        "ฐ",
        "ฑ",
    ]
    assert all(th and en for _n, _l, th, en, _k in DATABASE_COLUMNS)


def test_the_register_must_match_the_village() -> None:
    with pytest.raises(InvalidInputError, match="target-household register holds 2"):
        attrs.evolve(FIRST, target_register=FIRST.target_register[:2])
    twice = (*FIRST.target_register[:2], FIRST.target_register[0])
    with pytest.raises(InvalidInputError, match="twice"):
        attrs.evolve(FIRST, target_register=twice)
    with pytest.raises(InvalidInputError):
        attrs.evolve(FIRST, target_register=[1, 2, 3])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("book", None),
        ("grace", None),
        ("development_level", 2),
        ("supporting_agencies", [""]),
        ("supporting_agencies", 3),
    ],
)
def test_bad_database_books_are_refused(field: str, value: object) -> None:
    with pytest.raises(InvalidInputError):
        attrs.evolve(FIRST, **{field: value})


def test_a_grace_rule_that_counts_days_needs_days() -> None:
    book = attrs.evolve(
        FIRST.book,
        accounts=[
            AccountFigures(loan_id="X", household_id="H1", outstanding=1000, repaid_this_year=0, overdue=500)
        ],
    )
    with pytest.raises(InvalidInputError, match="days_past_due"):
        attrs.evolve(FIRST, book=book).report(DAY)


def test_summaries_refuse_bad_items() -> None:
    reports = database_reports(DATABASE_TRAINING_BOOKS, as_of=DAY)
    with pytest.raises(InvalidInputError):
        summarise_database([], name="x")
    with pytest.raises(InvalidInputError):
        summarise_database([1], name="x")
    assert summarise_database(reports, name="x", level="อำเภอ") == summarise_database(reports, name="x")
    with pytest.raises(InvalidInputError):
        summarise_database(reports, name="x", level="village")
    other_day = database_reports([FIRST], as_of=date(2026, 9, 29))
    with pytest.raises(InvalidInputError, match="same date"):
        summarise_database([*reports, *other_day], name="x")
    with pytest.raises(InvalidInputError):
        summarise_database_province([1], province="x")  # type: ignore[list-item]
    with pytest.raises(InvalidInputError):
        database_reports(None, as_of=DAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        database_reports([FIRST.book], as_of=DAY)  # type: ignore[list-item]


def test_the_development_level_is_recorded_not_computed() -> None:
    level = DevelopmentLevel(level=3, assessed_in=2568, reference="ผลประเมินของอำเภอ")
    assert level.status is Status.SECONDARY and "not computed" in level.source.note
    with pytest.raises(InvalidInputError):
        DevelopmentLevel(level=3, assessed_in=2026)
    assert isinstance(FIRST.book, VillageBook)


def test_figures_add_only_to_figures() -> None:
    with pytest.raises(TypeError):
        FIRST.report(DAY).figures + 1  # type: ignore[operator]
