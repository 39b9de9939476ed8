"""The database report's documents: its books are input documents that round-trip exactly, its village reports
and summaries are result documents that rebuild equal and cannot be built inconsistent.

Every mapping made here is also checked against its published schema by tests/conftest.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon import jsontext, mapping, schemas
from chumchon.errors import InvalidInputError, ParseError
from chumchon.loans.kkkj import (
    DATABASE_TRAINING_BOOKS,
    TRAINING_CASE,
    AccountFigures,
    DatabaseBook,
    DatabaseSummary,
    DatabaseUnit,
    DevelopmentLevel,
    GraceExtension,
    GraceRule,
    GraceStanding,
    Household,
    Standing,
    Village,
    VillageBook,
    VillageDatabaseReport,
    database_reports,
    grace_standing,
    summarise_database,
    summarise_database_province,
)

DAY = date(2026, 9, 30)
FIRST, SECOND = DATABASE_TRAINING_BOOKS


def through_json(data: Any) -> Any:
    """What another system receives: the JSON text, read back by chumchon's own reader."""
    return jsontext.loads(jsontext.dumps(data))


def validate(cls: type, data: Any) -> None:
    jsonschema.validate(data, mapping.json_schema(cls), cls=jsonschema.Draft202012Validator)


def _with_loan_accounts() -> DatabaseBook:
    # The training case's loan accounts (schedules and payments), 38 target households of which three borrowed,
    # and a committee extension for the loan 335 days late (as in test_database.py).
    case = TRAINING_CASE
    register = [Household(household_id=f"T{i}", members=3, annual_income=60000) for i in range(38)]
    register[:3] = [
        Household(household_id=h, members=4, annual_income=100000) for h in ("H-02", "H-03", "H-05")
    ]
    extension = GraceExtension(
        loan_id="2568/02", granted_on=date(2026, 8, 1), until=date(2026, 12, 31), reference="มติครั้งที่ 4/2569"
    )
    return DatabaseBook(
        book=case.book,
        target_register=register,
        grace=GraceRule(days_allowed=30, extensions=[extension]),
        supporting_agencies=["สำนักงานพัฒนาชุมชนอำเภอ"],
    )


BOOKS = (*DATABASE_TRAINING_BOOKS, _with_loan_accounts())


@pytest.fixture(scope="module")
def reports() -> list[VillageDatabaseReport]:
    return database_reports(DATABASE_TRAINING_BOOKS, as_of=DAY)


@pytest.fixture(scope="module")
def province(reports: list[VillageDatabaseReport]) -> DatabaseSummary:
    return summarise_database_province(reports, province="ตัวอย่าง")


# --- inputs: exact round trips -----------------------------------------------------------------------------
@pytest.mark.parametrize("book", BOOKS, ids=["first", "second", "loan_accounts"])
def test_database_books_round_trip_exactly(book: DatabaseBook) -> None:
    data = book.to_mapping()
    validate(DatabaseBook, data)
    assert DatabaseBook.from_mapping(through_json(data)) == book
    assert set(data) == {"book", "target_register", "grace", "development_level", "supporting_agencies"}


def test_a_book_document_reads_back_to_the_same_report() -> None:
    book = DatabaseBook.from_mapping(through_json(FIRST.to_mapping()))
    assert book.report(DAY) == FIRST.report(DAY)
    assert schemas.read_document({"schema": "chumchon.database_book", **FIRST.to_mapping()}) == FIRST


def test_grace_rules_round_trip_exactly() -> None:
    rule = _with_loan_accounts().grace
    data = rule.to_mapping()
    assert data["extensions"][0]["until"] == "2026-12-31"
    assert GraceRule.from_mapping(through_json(data)) == rule


# --- results: rebuild equal, speak in codes ----------------------------------------------------------------
def test_village_database_reports_rebuild_equal() -> None:
    for book in BOOKS:
        report = book.report(DAY if book is not BOOKS[-1] else TRAINING_CASE.report_date)
        data = report.to_mapping()
        validate(VillageDatabaseReport, data)
        assert data["schema"] == "chumchon.village_database_report"
        assert VillageDatabaseReport.from_mapping(through_json(data)) == report
        assert schemas.read_document(through_json(data)) == report
        assert attrs.evolve(report) == report


def test_the_village_document_speaks_in_codes_and_names_its_sources(
    reports: list[VillageDatabaseReport],
) -> None:
    data = reports[0].to_mapping()
    assert [s["standing"] for s in data["standings"]] == ["not_overdue", "in_default"]
    assert data["status"] == "secondary" and data["standings"][0]["status"] == "confirmed"
    assert data["figures"]["levels"] == [[2, 1]] and data["development_level"]["level"] == 2
    assert data["figures"]["in_grace_loans"] == "0.00"  # written to the satang, as the form's amounts are
    assert data["provisional_values"] == ["income_criterion"]
    titles = [s["title_en"] for s in data["sources_used"]]
    assert any("committee" in t for t in titles) and len(titles) == len(set(titles))


def test_summaries_rebuild_equal(reports: list[VillageDatabaseReport], province: DatabaseSummary) -> None:
    district = summarise_database(reports, name="เมือง")
    for summary in (district, province):
        data = summary.to_mapping()
        validate(DatabaseSummary, data)
        assert DatabaseSummary.from_mapping(through_json(data)) == summary
        assert attrs.evolve(summary) == summary
    data = district.to_mapping()
    assert data["level"] == "district"
    assert data["units"][0]["label"] == "บ้านโนนงาม (34010203)"
    assert data["units"][1]["supporting_agencies"] == "องค์การบริหารส่วนตำบลหนองแวง"
    assert province.to_mapping()["units"][0]["development_level"] == "ระดับ 2: 1, ไม่ได้บันทึก: 1"


def test_summary_units_still_read_as_tuples(province: DatabaseSummary) -> None:
    label, figures, level, agencies = province.units[0]
    assert isinstance(province.units[0], DatabaseUnit) and label == "อำเภอเมือง"
    assert figures == province.total and level == province.units[0].development_level and agencies == ""


def test_grace_standings_rebuild_equal() -> None:
    rule = _with_loan_accounts().grace
    for account in TRAINING_CASE.accounts:
        standing = account.grace_standing(TRAINING_CASE.report_date, rule)
        data = standing.to_mapping()
        validate(GraceStanding, data)
        assert GraceStanding.from_mapping(through_json(data)) == standing


# --- malformed documents name the field --------------------------------------------------------------------
def test_malformed_book_documents_name_the_field() -> None:
    data = FIRST.to_mapping()
    data["target_register"][1]["members"] = "three"
    with pytest.raises(ParseError, match=r"target_register\[1\]\.members must be a whole number"):
        DatabaseBook.from_mapping(data)
    data = FIRST.to_mapping()
    data["grace"]["days_allowed"] = -1
    with pytest.raises(ParseError, match=r"grace\.days_allowed") as error:
        DatabaseBook.from_mapping(data)
    assert error.value.field == "grace.days_allowed"
    data = FIRST.to_mapping()
    data["target_register"] = data["target_register"][:2]
    with pytest.raises(ParseError, match="register holds 2") as error:
        DatabaseBook.from_mapping(data)
    assert error.value.field == "target_register"
    data = FIRST.to_mapping()
    data["book"]["accounts"][0]["type"] = "loan"
    with pytest.raises(ParseError, match=r"book\.accounts\[0\]\.type must be one of"):
        DatabaseBook.from_mapping(data)
    with pytest.raises(ParseError, match="unknown field colour"):
        DatabaseBook.from_mapping({**FIRST.to_mapping(), "colour": "red"})


def test_malformed_result_documents_name_the_field(
    reports: list[VillageDatabaseReport], province: DatabaseSummary
) -> None:
    data = reports[0].to_mapping()
    data["standings"][1]["standing"] = "late"
    with pytest.raises(ParseError, match=r"standings\[1\]\.standing must be one of not_overdue"):
        VillageDatabaseReport.from_mapping(data)
    data = province.to_mapping()
    data["units"][0]["figures"]["levels"] = [[2, 1, 0]]
    with pytest.raises(ParseError, match=r"units\[0\]\.figures\.levels\[0\] must hold 2 values"):
        DatabaseSummary.from_mapping(data)
    with pytest.raises(ParseError, match=r"must be 'chumchon\.database_summary'"):
        DatabaseSummary.from_mapping(reports[0].to_mapping())


def test_an_inconsistent_document_is_refused_naming_the_field(reports: list[VillageDatabaseReport]) -> None:
    data = reports[0].to_mapping()
    data["figures"]["default_loans"] = "11000.00"
    with pytest.raises(ParseError, match="the figure default_loans must follow") as error:
        VillageDatabaseReport.from_mapping(data)
    assert error.value.field == "figures"
    data = reports[0].to_mapping()
    data["standings"][0]["standing"] = "in_grace"
    with pytest.raises(ParseError, match=r"not overdue exactly when .*\(at standings\[0\]\.standing\)"):
        VillageDatabaseReport.from_mapping(data)


def test_the_schema_refuses_what_the_reader_refuses(reports: list[VillageDatabaseReport]) -> None:
    data = reports[0].to_mapping()
    data["figures"]["total_fund"] = 275000.5
    with pytest.raises(jsonschema.ValidationError):
        validate(VillageDatabaseReport, data)
    with pytest.raises(ParseError, match=r"figures\.total_fund"):
        VillageDatabaseReport.from_mapping(data)


# --- a village report that does not tell one story cannot be built ------------------------------------------
def _figures(report: VillageDatabaseReport, **changes: object) -> Any:
    return attrs.evolve(report.figures, **changes)


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"default_loans": Decimal("12000.01")}, "the figure default_loans must follow from the standings"),
        ({"default_households": 2}, "the figure default_households must follow"),
        (
            {"not_overdue_loans": Decimal(9000), "current_loans": Decimal(9000)},
            "not_overdue_loans must follow",
        ),
        ({"total_fund": Decimal(280000)}, "the figure total_fund must follow"),
        ({"shortfall": Decimal(0)}, "the figure shortfall must follow"),
        ({"target_households": 4}, "the figure target_households must follow"),
        ({"villages": 2}, "the figure villages must follow"),
        ({"levels": ((3, 1),)}, "the figure levels must follow"),
        ({"levels": (), "levels_not_recorded": 1}, "the figure levels must follow"),
        ({"current_households": 2}, "those not overdue plus those in grace"),
        ({"current_loans": Decimal(8001)}, "those not overdue plus those in grace"),
        ({"borrowing_persons": 13}, "must be among the target households"),
        ({"borrowing_households": 1}, r"must add up to the accounts' households \(2\)"),
        ({"passed_persons": 13}, "must be among the target households"),
    ],
)
def test_figures_that_do_not_follow_are_refused(
    reports: list[VillageDatabaseReport], changes: dict[str, object], fragment: str
) -> None:
    report = reports[0]
    with pytest.raises(InvalidInputError, match=fragment) as error:
        attrs.evolve(report, figures=_figures(report, **changes))
    assert error.value.field == "figures"
    assert "VillageDatabaseReport" in error.value.en and "VillageDatabaseReport" in error.value.th


def test_standings_that_are_not_the_accounts_are_refused(reports: list[VillageDatabaseReport]) -> None:
    report = reports[0]
    first, second = report.standings
    with pytest.raises(InvalidInputError, match="one standing per account") as error:
        attrs.evolve(report, standings=(first,))
    assert error.value.field == "standings"
    with pytest.raises(InvalidInputError, match="standing of loan L2 must be of the form 26"):
        attrs.evolve(report, standings=(second, first))
    with pytest.raises(InvalidInputError, match="same outstanding and overdue"):
        attrs.evolve(report, standings=(first, attrs.evolve(second, outstanding=Decimal(13000))))
    with pytest.raises(InvalidInputError, match="on the report date"):
        attrs.evolve(report, standings=(first, attrs.evolve(second, as_of=date(2026, 9, 29))))
    # A standing of the same amounts moved into grace must move the figures with it.
    in_grace = attrs.evolve(second, standing=Standing.IN_GRACE)
    with pytest.raises(InvalidInputError, match="the figure in_grace_households must follow"):
        attrs.evolve(report, standings=(first, in_grace))


def test_a_report_of_another_date_or_level_is_refused(reports: list[VillageDatabaseReport]) -> None:
    report = reports[0]
    with pytest.raises(InvalidInputError, match="the report date must be the form 26") as error:
        attrs.evolve(report, as_of=date(2026, 9, 29))
    assert error.value.field == "as_of"
    with pytest.raises(InvalidInputError, match="the figure levels must follow"):
        attrs.evolve(report, development_level=None)
    with pytest.raises(InvalidInputError, match=r"VillageDatabaseReport\.standings must be"):
        attrs.evolve(report, standings=list(report.standings))


def test_a_consistent_change_is_accepted(reports: list[VillageDatabaseReport]) -> None:
    # Fields the report cannot check against its parts (the register's persons) may change together.
    report = reports[0]
    changed = attrs.evolve(report, figures=_figures(report, target_persons=13))
    assert changed.figures.target_persons == 13


# --- a grace standing cannot contradict itself --------------------------------------------------------------
def test_inconsistent_grace_standings_are_refused() -> None:
    rule = GraceRule(
        days_allowed=30,
        extensions=[GraceExtension(loan_id="A", granted_on=date(2026, 9, 1), until=date(2026, 9, 30))],
    )
    late = grace_standing(
        loan_id="A", outstanding=5000, overdue=1000, days_past_due=90, as_of=DAY, grace=rule
    )
    assert late.standing is Standing.IN_GRACE and late.extension is not None
    assert attrs.evolve(late) == late
    with pytest.raises(InvalidInputError, match="not overdue exactly when no principal is past due") as error:
        attrs.evolve(late, standing=Standing.NOT_OVERDUE)
    assert error.value.field == "standing"
    with pytest.raises(InvalidInputError, match="not overdue exactly when"):
        attrs.evolve(late, overdue=Decimal(0))
    with pytest.raises(InvalidInputError, match="cannot exceed the outstanding principal") as error:
        attrs.evolve(late, overdue=Decimal(6000))
    assert error.value.field == "overdue"
    with pytest.raises(InvalidInputError, match="must be this loan's, cover the date") as error:
        attrs.evolve(late, standing=Standing.IN_DEFAULT)
    assert error.value.field == "extension"
    with pytest.raises(InvalidInputError, match="cover the date"):
        attrs.evolve(late, as_of=date(2026, 10, 1))
    with pytest.raises(InvalidInputError, match="this loan's"):
        attrs.evolve(late, loan_id="B")
    with pytest.raises(InvalidInputError, match=r"GraceStanding\.outstanding must be a finite Decimal"):
        attrs.evolve(late, outstanding=5000)


# --- a summary's total is the sum of its units --------------------------------------------------------------
def test_a_total_that_is_not_the_sum_is_refused(
    reports: list[VillageDatabaseReport], province: DatabaseSummary
) -> None:
    district = summarise_database(reports, name="เมือง")
    total = district.total
    with pytest.raises(
        InvalidInputError, match=r"the total\'s default_loans must be the sum of its units, 12000\.00"
    ) as error:
        attrs.evolve(district, total=attrs.evolve(total, default_loans=total.default_loans + 1))
    assert error.value.field == "total"
    with pytest.raises(InvalidInputError, match="the total's levels must be the sum"):
        attrs.evolve(district, total=attrs.evolve(total, levels=((3, 1),)))
    with pytest.raises(InvalidInputError, match="the total's villages must be the sum"):
        attrs.evolve(province, units=province.units * 2)
    with pytest.raises(InvalidInputError, match="the total's villages must be the sum of its units, 1"):
        attrs.evolve(district, units=district.units[:1])


def test_units_whose_own_figures_disagree_are_refused(reports: list[VillageDatabaseReport]) -> None:
    district = summarise_database(reports, name="เมือง")
    first, second = district.units
    # Moved between the units, the total still adds up; each unit's own figures do not.
    moved_away = first._replace(
        figures=attrs.evolve(first.figures, current_loans=first.figures.current_loans - 1)
    )
    moved_in = second._replace(
        figures=attrs.evolve(second.figures, current_loans=second.figures.current_loans + 1)
    )
    with pytest.raises(InvalidInputError, match="those not overdue plus those in grace") as error:
        attrs.evolve(district, units=(moved_away, moved_in))
    assert error.value.field == "units" and "DatabaseSummary" in error.value.en
    poorer = first._replace(figures=attrs.evolve(first.figures, total_fund=Decimal(20000)))
    richer = second._replace(figures=attrs.evolve(second.figures, total_fund=Decimal(535000)))
    with pytest.raises(InvalidInputError, match="cannot be less than the loans owed plus the bank balance"):
        attrs.evolve(district, units=(poorer, richer))
    for levels, not_recorded in [
        (((2, 0),), 1),
        (((3, 1), (2, 1)), 0),
        (((2, 1), (2, 1)), 0),
        (((0, 2),), 0),
    ]:
        villages = sum(count for _level, count in levels) + not_recorded
        both = first.figures + second.figures
        unit = first._replace(
            figures=attrs.evolve(
                both, levels=levels, levels_not_recorded=not_recorded, villages=max(villages, 1)
            )
        )
        with pytest.raises(InvalidInputError, match="development levels must be sorted and distinct"):
            DatabaseSummary(level=district.level, name="เมือง", as_of=DAY, units=(unit,), total=unit.figures)
    mixed = attrs.evolve(first.figures + second.figures, levels=((1, 1), (2, 1)), levels_not_recorded=0)
    unit = first._replace(figures=mixed)
    assert (
        DatabaseSummary(level=district.level, name="x", as_of=DAY, units=(unit,), total=mixed).total == mixed
    )


def test_units_must_be_named_rows(reports: list[VillageDatabaseReport]) -> None:
    district = summarise_database(reports, name="เมือง")
    with pytest.raises(InvalidInputError, match=r"DatabaseSummary\.units must be a tuple of DatabaseUnit"):
        attrs.evolve(district, units=tuple(tuple(u) for u in district.units))


def test_direct_construction_is_checked_too(reports: list[VillageDatabaseReport]) -> None:
    district = summarise_database(reports, name="เมือง")
    with pytest.raises(InvalidInputError, match="must be the sum"):
        DatabaseSummary(
            level=district.level,
            name="เมือง",
            as_of=DAY,
            units=district.units,
            total=reports[0].figures,
        )
    report = reports[1]
    with pytest.raises(InvalidInputError, match="the figure not_overdue_loans must follow"):
        VillageDatabaseReport(
            village_report=report.village_report,
            as_of=DAY,
            figures=attrs.evolve(report.figures, in_grace_loans=Decimal(0), not_overdue_loans=Decimal(11000)),
            standings=report.standings,
            development_level=None,
            supporting_agencies=(),
            provisional=report.provisional,
        )


def test_borrowers_outside_the_register_still_add_up() -> None:
    book = attrs.evolve(
        FIRST.book,
        accounts=[
            AccountFigures(loan_id="X", household_id="OUT", outstanding=1000, repaid_this_year=0, overdue=0),
            AccountFigures(loan_id="Y", household_id="H1", outstanding=0, repaid_this_year=500, overdue=0),
        ],
    )
    report = attrs.evolve(FIRST, book=book).report(DAY)
    assert (report.figures.borrowers_outside_register, report.figures.borrowing_households) == (1, 1)
    assert VillageDatabaseReport.from_mapping(through_json(report.to_mapping())) == report


# --- any village's books and reports survive the trip --------------------------------------------------------
CENTS = st.integers(min_value=0, max_value=30_000_000).map(lambda n: Decimal(n).scaleb(-2))
ACCOUNT = st.tuples(
    CENTS,  # outstanding
    st.integers(min_value=0, max_value=100),  # overdue, percent of outstanding
    st.integers(min_value=0, max_value=400),  # days past due
    st.integers(min_value=0, max_value=4),  # household
)


@st.composite
def database_books(draw: st.DrawFn, index: int = 0) -> DatabaseBook:
    members = draw(st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=4))
    register = [
        Household(household_id=f"H{k}", members=m, annual_income=draw(CENTS)) for k, m in enumerate(members)
    ]
    accounts = []
    for k, (owed, percent, days, who) in enumerate(draw(st.lists(ACCOUNT, max_size=5))):
        overdue = (owed * percent / 100).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        accounts.append(
            AccountFigures(
                loan_id=f"L{k}",
                household_id=f"H{who}",
                outstanding=owed,
                repaid_this_year=0,
                overdue=overdue,
                days_past_due=days if overdue > 0 else None,
            )
        )
    level = draw(st.none() | st.integers(min_value=1, max_value=5))
    extensions = [
        GraceExtension(loan_id=f"L{k}", granted_on=date(2026, 9, 1), until=date(2026, 10, 31))
        for k in draw(st.sets(st.integers(min_value=0, max_value=4), max_size=2))
    ]
    village = Village(
        village_id=f"V{index}",
        name=f"บ้าน{index}",
        households=len(register) + 5,
        target_households=len(register),
        district=draw(st.sampled_from(["เมือง", "วารินชำราบ"])),
    )
    return DatabaseBook(
        book=VillageBook(
            village=village, accounts=accounts, bank_balance=draw(CENTS), cash_elsewhere=draw(CENTS)
        ),
        target_register=register,
        grace=GraceRule(days_allowed=draw(st.integers(min_value=1, max_value=120)), extensions=extensions),
        development_level=None if level is None else DevelopmentLevel(level=level, assessed_in=2569),
        supporting_agencies=draw(st.lists(st.sampled_from(["อบต.", "ธ.ก.ส."]), max_size=2)),
    )


@given(st.lists(database_books(), min_size=1, max_size=4))
def test_any_books_reports_and_summaries_survive_the_trip(books: list[DatabaseBook]) -> None:
    books = [
        attrs.evolve(b, book=attrs.evolve(b.book, village=attrs.evolve(b.book.village, village_id=f"V{i}")))
        for i, b in enumerate(books)
    ]
    for book in books:
        assert DatabaseBook.from_mapping(through_json(book.to_mapping())) == book
    reports = database_reports(books, as_of=DAY)
    for report in reports:
        assert VillageDatabaseReport.from_mapping(through_json(report.to_mapping())) == report
    province = summarise_database_province(reports, province="อุบลราชธานี")
    assert DatabaseSummary.from_mapping(through_json(province.to_mapping())) == province
