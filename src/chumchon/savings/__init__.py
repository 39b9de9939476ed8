"""Savings groups for production (กลุ่มออมทรัพย์เพื่อการผลิต): bylaws, dividends, rebates, profit allocation,
the annual close, loan limits, deposit interest and leaving.

One module per job: :mod:`~chumchon.savings.members` (a member's year), :mod:`~chumchon.savings.bylaws`,
:mod:`~chumchon.savings.findings` (bylaws against the law), :mod:`~chumchon.savings.dividends` (dividends and
rebates), :mod:`~chumchon.savings.allocation` (profit allocation), :mod:`~chumchon.savings.close` (the annual
close), :mod:`~chumchon.savings.limits` (loan limits), :mod:`~chumchon.savings.deposits` (deposit interest),
:mod:`~chumchon.savings.exit` (leaving) and :mod:`~chumchon.savings.examples` (a training group).
"""

from __future__ import annotations

from chumchon.savings.allocation import (
    CATEGORY_LABELS as CATEGORY_LABELS,
)
from chumchon.savings.allocation import (
    AllocationRow as AllocationRow,
)
from chumchon.savings.allocation import (
    FixedAmount,
    MemberTotal,
    PercentOfProfit,
    Residual,
    allocate_profit,
)
from chumchon.savings.allocation import (
    ProfitAllocation as ProfitAllocation,
)
from chumchon.savings.batch import CloseBatch as CloseBatch
from chumchon.savings.bylaws import (
    Bylaws,
    DividendPolicy,
    LeaverDividend,
    LoanProduct,
    MemberRights,
    RebatePolicy,
)
from chumchon.savings.close import (
    AnnualClose as AnnualClose,
)
from chumchon.savings.close import (
    Check as Check,
)
from chumchon.savings.close import (
    FundBalance as FundBalance,
)
from chumchon.savings.close import (
    GroupYear,
    annual_close,
    annual_close_many,
)
from chumchon.savings.close import (
    IncomeStatement as IncomeStatement,
)
from chumchon.savings.close import (
    StatementLine as StatementLine,
)
from chumchon.savings.deposits import (
    DepositInterest as DepositInterest,
)
from chumchon.savings.deposits import (
    DepositPeriod as DepositPeriod,
)
from chumchon.savings.deposits import (
    DepositProduct,
    InterestBasis,
    calculate_deposit_interest,
)
from chumchon.savings.dividends import (
    DividendBasis,
    DividendMethod,
    calculate_dividends,
    calculate_rebates,
    weighted_balance,
)
from chumchon.savings.dividends import (
    DividendLine as DividendLine,
)
from chumchon.savings.dividends import (
    DividendResult as DividendResult,
)
from chumchon.savings.dividends import (
    RebateLine as RebateLine,
)
from chumchon.savings.dividends import (
    RebateResult as RebateResult,
)
from chumchon.savings.exit import ExitSettlement as ExitSettlement
from chumchon.savings.exit import settle_exit
from chumchon.savings.findings import BylawsCheck as BylawsCheck
from chumchon.savings.findings import Finding as Finding
from chumchon.savings.findings import LoanCost as LoanCost
from chumchon.savings.findings import Severity as Severity
from chumchon.savings.findings import check_bylaws, loan_cost
from chumchon.savings.limits import LoanLimit as LoanLimit
from chumchon.savings.limits import loan_limit
from chumchon.savings.loan_years import LoanYear, loan_years
from chumchon.savings.member_rows import MEMBER_COLUMNS as MEMBER_COLUMNS
from chumchon.savings.members import MemberType, MemberYear, fiscal_month_of

__all__ = [
    "Bylaws",
    "DepositProduct",
    "DividendBasis",
    "DividendMethod",
    "DividendPolicy",
    "FixedAmount",
    "GroupYear",
    "InterestBasis",
    "LeaverDividend",
    "LoanProduct",
    "LoanYear",
    "MemberRights",
    "MemberTotal",
    "MemberType",
    "MemberYear",
    "PercentOfProfit",
    "RebatePolicy",
    "Residual",
    "allocate_profit",
    "annual_close",
    "annual_close_many",
    "calculate_deposit_interest",
    "calculate_dividends",
    "calculate_rebates",
    "check_bylaws",
    "fiscal_month_of",
    "loan_cost",
    "loan_limit",
    "loan_years",
    "settle_exit",
    "weighted_balance",
]
