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
    CATEGORY_LABELS,
    AllocationRow,
    FixedAmount,
    MemberTotal,
    PercentOfProfit,
    ProfitAllocation,
    Residual,
    allocate_profit,
)
from chumchon.savings.batch import CloseBatch
from chumchon.savings.bylaws import (
    Bylaws,
    DividendPolicy,
    LeaverDividend,
    LoanProduct,
    MemberRights,
    RebatePolicy,
)
from chumchon.savings.close import (
    AnnualClose,
    Check,
    FundBalance,
    GroupYear,
    IncomeStatement,
    StatementLine,
    annual_close,
    annual_close_many,
)
from chumchon.savings.deposits import (
    DepositInterest,
    DepositPeriod,
    DepositProduct,
    InterestBasis,
    calculate_deposit_interest,
)
from chumchon.savings.dividends import (
    DividendBasis,
    DividendLine,
    DividendMethod,
    DividendResult,
    RebateLine,
    RebateResult,
    calculate_dividends,
    calculate_rebates,
    weighted_balance,
)
from chumchon.savings.exit import ExitSettlement, settle_exit
from chumchon.savings.findings import BylawsCheck, Finding, LoanCost, Severity, check_bylaws, loan_cost
from chumchon.savings.limits import LoanLimit, loan_limit
from chumchon.savings.loan_years import LoanYear, loan_years
from chumchon.savings.member_rows import MEMBER_COLUMNS
from chumchon.savings.members import MemberType, MemberYear, fiscal_month_of

__all__ = [
    "CATEGORY_LABELS",
    "MEMBER_COLUMNS",
    "AllocationRow",
    "AnnualClose",
    "Bylaws",
    "BylawsCheck",
    "Check",
    "CloseBatch",
    "DepositInterest",
    "DepositPeriod",
    "DepositProduct",
    "DividendBasis",
    "DividendLine",
    "DividendMethod",
    "DividendPolicy",
    "DividendResult",
    "ExitSettlement",
    "Finding",
    "FixedAmount",
    "FundBalance",
    "GroupYear",
    "IncomeStatement",
    "InterestBasis",
    "LeaverDividend",
    "LoanCost",
    "LoanLimit",
    "LoanProduct",
    "LoanYear",
    "MemberRights",
    "MemberTotal",
    "MemberType",
    "MemberYear",
    "PercentOfProfit",
    "ProfitAllocation",
    "RebateLine",
    "RebatePolicy",
    "RebateResult",
    "Residual",
    "Severity",
    "StatementLine",
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
