"""Two invented villages' books for the database report (ข้อมูลสมมุติเพื่อการฝึกอบรม), used by the docs and the
doctests."""

from __future__ import annotations

from chumchon.loans.kkkj._accounts import AccountFigures
from chumchon.loans.kkkj._database import DatabaseBook
from chumchon.loans.kkkj._database_figures import DevelopmentLevel
from chumchon.loans.kkkj._grace import GraceRule
from chumchon.loans.kkkj._households import Household
from chumchon.loans.kkkj._report_26_1 import Village
from chumchon.loans.kkkj._village_book import VillageBook

__all__ = ["DATABASE_TRAINING_BOOKS"]


def _training_books() -> tuple[DatabaseBook, ...]:
    # Two invented villages of one district (ข้อมูลสมมุติเพื่อการฝึกอบรม), used by the docs and the doctests.
    first = Village(
        village_id="34010203",
        name="บ้านโนนงาม",
        households=90,
        target_households=3,
        district="เมือง",
        province="ตัวอย่าง",
    )
    second = Village(
        village_id="34010204",
        name="บ้านหนองแวง",
        households=64,
        target_households=2,
        district="เมือง",
        province="ตัวอย่าง",
    )
    return (
        DatabaseBook(
            book=VillageBook(
                village=first,
                accounts=[
                    AccountFigures(
                        loan_id="L1", household_id="H1", outstanding=8000, repaid_this_year=2000, overdue=0
                    ),
                    AccountFigures(
                        loan_id="L2",
                        household_id="H3",
                        outstanding=12000,
                        repaid_this_year=0,
                        overdue=4000,
                        days_past_due=75,
                    ),
                ],
                bank_balance=255000,
                cash_elsewhere=0,
            ),
            target_register=[
                Household(household_id="H1", members=4, annual_income=100000),
                Household(household_id="H2", members=3, annual_income=150000),
                Household(household_id="H3", members=5, annual_income=90000, own_produce_value=20000),
            ],
            grace=GraceRule(days_allowed=60, reference="มติคณะกรรมการ กข.คจ. บ้านโนนงาม ครั้งที่ 2/2569 (สมมุติ)"),
            development_level=DevelopmentLevel(level=2, assessed_in=2569),
        ),
        DatabaseBook(
            book=VillageBook(
                village=second,
                accounts=[
                    AccountFigures(
                        loan_id="M1",
                        household_id="K1",
                        outstanding=11000,
                        repaid_this_year=4000,
                        overdue=1000,
                        days_past_due=20,
                    ),
                ],
                bank_balance=269000,
                cash_elsewhere=0,
            ),
            target_register=[
                Household(household_id="K1", members=2, annual_income=60000),
                Household(household_id="K2", members=3, annual_income=90000),
            ],
            grace=GraceRule(days_allowed=30),
            supporting_agencies=["องค์การบริหารส่วนตำบลหนองแวง"],
        ),
    )


#: Two invented villages' books for the database report (training data, not real villages).
DATABASE_TRAINING_BOOKS = _training_books()
