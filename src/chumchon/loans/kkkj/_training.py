"""A built-in training case: one village, one household's request, its schedule and a late payment.

The people, village and codes are invented for training (ข้อมูลสมมุติเพื่อการฝึกอบรม); the rules are the
library's. Used by the Thai guide page and the command-line demo.
"""

from __future__ import annotations

from datetime import date

import attrs

from chumchon.loans.kkkj._accounts import LoanAccount
from chumchon.loans.kkkj._committee import CommitteeRules, OpenLoanRule
from chumchon.loans.kkkj._households import Household
from chumchon.loans.kkkj._purposes import Purpose
from chumchon.loans.kkkj._report_26_1 import Village
from chumchon.loans.kkkj._request import LoanRequest
from chumchon.loans.kkkj._schedule import repayment_schedule, repayment_schedule_from_dates
from chumchon.loans.kkkj._village_book import VillageBook
from chumchon.loans.payments import Payment
from chumchon.loans.schedule import Schedule
from chumchon.loans.terms import Frequency

__all__ = ["TRAINING_CASE", "TrainingCase"]


@attrs.frozen(kw_only=True)
class TrainingCase:
    """Everything a training session walks through, from the request to the village report.

    Attributes:
        village: the village (บ้านหนองบัว, invented).
        committee: its committee's decisions.
        household: the household asking (นางสมใจ ใจดี, invented).
        request: its request: 15,000 baht to raise laying hens, 3 instalments.
        fund_cash: the cash the fund could lend on the request date.
        schedule: the agreed schedule: three half-yearly instalments of 5,000 baht.
        payments: the household's payments: the first instalment, 20 days late.
        late_check_date: a day when the first instalment is overdue and unpaid.
        report_date: the report date, the last day of fiscal year 2569.
        accounts: the village's loan accounts, the household's included.
        bank_balance: the fund's bank balance on the report date.
        cash_elsewhere: cash held by the treasurer on the report date.
    """

    village: Village
    committee: CommitteeRules
    household: Household
    request: LoanRequest
    fund_cash: int
    schedule: Schedule
    payments: tuple[Payment, ...]
    late_check_date: date
    report_date: date
    accounts: tuple[LoanAccount, ...]
    bank_balance: int
    cash_elsewhere: int

    @property
    def account(self) -> LoanAccount:
        """The household's own loan account."""
        return self.accounts[-1]

    @property
    def book(self) -> VillageBook:
        """The village's books on the report date, for :func:`village_report` or a batch run."""
        return VillageBook(
            village=self.village,
            accounts=self.accounts,
            bank_balance=self.bank_balance,
            cash_elsewhere=self.cash_elsewhere,
        )


def _build() -> TrainingCase:
    committee = CommitteeRules(
        ceiling_per_household=20000,
        longest_term_months=24,
        late_fee=None,
        other_open_loans=OpenLoanRule.ALLOWED_IF_CURRENT,
        reference="มติที่ประชุมคณะกรรมการ กข.คจ. บ้านหนองบัว ครั้งที่ 3/2568 (ข้อมูลสมมุติ)",
    )
    household = Household(household_id="H-05", members=4, annual_income=110000, head_name="นางสมใจ ใจดี")
    request = LoanRequest(
        household=household,
        amount=15000,
        purpose=Purpose.OCCUPATION,
        project="เลี้ยงไก่ไข่ 60 ตัว ขายไข่ในหมู่บ้าน",
        installments=3,
        term_months=19,
        requested_on=date(2025, 11, 3),
    )
    schedule = repayment_schedule(
        15000,
        installments=3,
        first_due=date(2026, 5, 31),
        disbursed_on=date(2025, 11, 14),
        frequency=Frequency.SEMI_ANNUAL,
        committee=committee,
    )
    payments = (Payment(date(2026, 6, 20), 5000),)
    repaid = LoanAccount(
        loan_id="2568/01",
        household_id="H-02",
        schedule=repayment_schedule_from_dates(
            10000,
            disbursed_on=date(2024, 12, 1),
            installments=[(date(2025, 6, 30), 4000), (date(2025, 12, 31), 6000)],
        ),
        payments=(Payment(date(2025, 6, 30), 4000), Payment(date(2025, 12, 31), 6000)),
        late_fee=None,
    )
    behind = LoanAccount(
        loan_id="2568/02",
        household_id="H-03",
        schedule=repayment_schedule(
            20000,
            installments=4,
            first_due=date(2025, 4, 30),
            disbursed_on=date(2025, 1, 15),
            frequency=Frequency.QUARTERLY,
        ),
        payments=(Payment(date(2025, 4, 30), 5000), Payment(date(2025, 8, 10), 5000)),
        late_fee=None,
    )
    own = LoanAccount(
        loan_id="2569/01",
        household_id="H-05",
        schedule=schedule,
        payments=payments,
        late_fee=committee.late_fee,
    )
    return TrainingCase(
        village=Village(
            village_id="TRAIN-05",
            name="บ้านหนองบัว",
            households=142,
            target_households=38,
            tambon="โนนสวรรค์",
            district="เมือง",
            province="ตัวอย่าง",
        ),
        committee=committee,
        household=household,
        request=request,
        fund_cash=250500,
        schedule=schedule,
        payments=payments,
        late_check_date=date(2026, 6, 10),
        report_date=date(2026, 9, 30),
        accounts=(repaid, behind, own),
        bank_balance=245500,
        cash_elsewhere=2000,
    )


#: The built-in training case (invented data).
TRAINING_CASE = _build()
