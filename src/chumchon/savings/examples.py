"""A built-in training group (กลุ่มออมทรัพย์ตัวอย่างสำหรับฝึกอบรม).

Twelve members of an invented savings group for production, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านตัวอย่าง", through one
fiscal year (October 2024 to September 2025, ปีบัญชี 2568): monthly pledges, loan interest, one member who missed
an instalment, an associate and an honorary member, and one member who left in the ninth month. The numbers are
made up for training; the bylaws are typical, not prescribed.

>>> from chumchon.savings.examples import training_group
>>> t = training_group()
>>> len(t.year.members), t.bylaws.fiscal_start_month
(12, 10)
"""

from __future__ import annotations

from datetime import date

import attrs

from chumchon._checks import MoneyLike
from chumchon.loans import InterestMethod
from chumchon.savings.allocation import PercentOfProfit, Residual
from chumchon.savings.bylaws import (
    Bylaws,
    DividendPolicy,
    LeaverDividend,
    LoanProduct,
    MemberRights,
    RebatePolicy,
)
from chumchon.savings.close import AnnualClose, GroupYear, annual_close
from chumchon.savings.deposits import DepositProduct, InterestBasis
from chumchon.savings.dividends import DividendMethod
from chumchon.savings.members import MemberType, MemberYear

__all__ = ["TrainingGroup", "training_group"]


@attrs.frozen(kw_only=True)
class TrainingGroup:
    """The training group's bylaws and year."""

    bylaws: Bylaws
    year: GroupYear

    def close(self) -> AnnualClose:
        """The annual close of the training year."""
        return annual_close(self.year, self.bylaws)


# id, name, type, brought in, monthly pledge, interest paid, missed an instalment
_MEMBERS = (
    ("M01", "นางสมศรี ใจดี", "ordinary", 24_000, 500, 6_000, False),
    ("M02", "นายสมชาย รักถิ่น", "ordinary", 18_000, 300, 4_800, False),
    ("M03", "นางบุญมี ศรีสุข", "ordinary", 12_000, 200, 3_600, True),
    ("M04", "นายประยุทธ มั่นคง", "ordinary", 9_600, 200, 2_400, False),
    ("M05", "นางสาวมาลี ทองดี", "ordinary", 7_200, 300, 2_400, False),
    ("M06", "นายวิชัย แก้วมณี", "ordinary", 6_000, 100, 1_800, False),
    ("M07", "นางคำปุน บุญมา", "ordinary", 4_800, 100, 1_200, False),
    ("M08", "นายทองคำ สุขใจ", "ordinary", 3_000, 200, 1_200, False),
    ("M09", "นางสาวจันทร์เพ็ญ ดีงาม", "ordinary", 0, 100, 0, False),
    ("M10", "นายบุญส่ง พึ่งตน", "associate", 2_400, 100, 0, False),
    ("M11", "พระครูสมุห์ใจดี", "honorary", 0, 0, 0, False),
)


def training_group() -> TrainingGroup:
    """The training group: bylaws and a whole fiscal year of a dozen members."""
    members = [
        MemberYear(
            member_id=mid,
            name=name,
            member_type=kind,
            opening_balance=opening,
            monthly=[pledge] * 12,
            interest_paid=interest,
            missed_installment=missed,
        )
        for mid, name, kind, opening, pledge, interest, missed in _MEMBERS
    ]
    # M12 saved 200 a month for eight months and left in month 9, taking out 8,000 + 1,600.
    members.append(
        MemberYear(
            member_id="M12",
            name="นายสมหมาย ย้ายถิ่น",
            opening_balance=8_000,
            monthly={**dict.fromkeys(range(1, 9), 200), 9: -9_600},
            interest_paid=600,
            left_month=9,
        )
    )
    bylaws = Bylaws(
        name="กลุ่มออมทรัพย์เพื่อการผลิตบ้านตัวอย่าง",
        fiscal_start_month=10,
        monthly_savings_min=100,
        monthly_savings_max=500,
        late_fine=10,
        member_rights={
            MemberType.ORDINARY: MemberRights(vote=True, borrow=True, dividend=True),
            MemberType.ASSOCIATE: MemberRights(vote=False, borrow=False, dividend=True),
            MemberType.HONORARY: MemberRights(vote=False, borrow=False, dividend=False),
        },
        dividend=DividendPolicy(method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.04"),
        rebate=RebatePolicy(rate="0.10", exclude_defaulters=True),
        allocation=[
            PercentOfProfit("welfare", 10),
            PercentOfProfit("committee", 10),
            PercentOfProfit("public_benefit", 5),
            PercentOfProfit("education", 5),
            Residual("reserve", minimum_percent=10),
        ],
        loan_products=[
            LoanProduct(
                name="สามัญ",
                monthly_rate="0.01",
                interest_method=InterestMethod.DECLINING_BALANCE,
                max_term_months=12,
                limit_multiple_of_savings=3,
                limit_cap=50_000,
                guarantors_above_savings=2,
                max_guarantees_per_member=2,
            ),
            LoanProduct(
                name="ฉุกเฉิน",
                monthly_rate="0.01",
                interest_method=InterestMethod.FLAT,
                max_term_months=6,
                limit_cap=5_000,
            ),
        ],
        deposit_products=[
            DepositProduct(
                name="ออมทรัพย์", annual_rate="0.02", basis=InterestBasis.DAILY_BALANCE, credit_every_months=6
            )
        ],
        leaver_dividend=LeaverDividend.EARNED,
    )
    expenses: dict[str, MoneyLike] = {"stationery": 450, "meetings": 1_200, "bank_fees": "30.50"}
    year = GroupYear(
        name=bylaws.name,
        fiscal_year_start=date(2024, 10, 1),
        members=members,
        fines=350,
        entry_fees=200,
        bank_interest="85.50",
        expenses=expenses,
        funds_opening={"reserve": 15_000, "welfare": 2_500},
    )
    return TrainingGroup(bylaws=bylaws, year=year)
