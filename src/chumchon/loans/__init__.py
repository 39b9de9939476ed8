"""Loans: terms, schedules, rates, payments and arrears (เงินกู้: เงื่อนไข ตารางผ่อน อัตรา การชำระ และหนี้ค้าง).

The engine savings groups and village funds use to lend, and officers use to check them: exact Decimal
schedules with stated rounding, dated due dates, the true cost of a loan and whether it is within the legal
cap, and the state of a loan after the payments actually made.
"""

from __future__ import annotations

from chumchon.loans.cashflows import irr, npv, xirr, xnpv
from chumchon.loans.dates import AccrualBasis, DateAdjustment
from chumchon.loans.finance import cumipmt, cumprinc, effect, fv, ipmt, nominal, nper, pmt, ppmt, pv, rate
from chumchon.loans.findings import Finding as Finding
from chumchon.loans.payments import (
    DEFAULT_BUCKETS as DEFAULT_BUCKETS,
)
from chumchon.loans.payments import (
    AllocationOrder,
    ArrearsBuckets,
    FlatPenalty,
    LoanStatus,
    Payment,
    RatePenalty,
    apply_payments,
    default_interest_limit,
    portfolio_at_risk,
)
from chumchon.loans.payments import (
    InstallmentStatus as InstallmentStatus,
)
from chumchon.loans.payments import (
    PortfolioAtRisk as PortfolioAtRisk,
)
from chumchon.loans.rates import (
    InterestRateAssessment as InterestRateAssessment,
)
from chumchon.loans.rates import (
    assess_interest_rate,
    check_interest_rate,
    effective_annual_rate,
    is_interest_rate_legal,
    nominal_annual_rate,
)
from chumchon.loans.rescheduling import Rescheduling as Rescheduling
from chumchon.loans.rescheduling import build_rescheduling, reschedule
from chumchon.loans.schedule import Installment, Schedule, build_custom_schedule, build_schedule
from chumchon.loans.terms import (
    Amortization,
    Frequency,
    InterestMethod,
    LoanTerms,
    RemainderOn,
)

__all__ = [
    "AccrualBasis",
    "AllocationOrder",
    "Amortization",
    "ArrearsBuckets",
    "DateAdjustment",
    "FlatPenalty",
    "Frequency",
    "Installment",
    "InterestMethod",
    "LoanStatus",
    "LoanTerms",
    "Payment",
    "RatePenalty",
    "RemainderOn",
    "Schedule",
    "apply_payments",
    "assess_interest_rate",
    "build_custom_schedule",
    "build_rescheduling",
    "build_schedule",
    "check_interest_rate",
    "cumipmt",
    "cumprinc",
    "default_interest_limit",
    "effect",
    "effective_annual_rate",
    "fv",
    "ipmt",
    "irr",
    "is_interest_rate_legal",
    "nominal",
    "nominal_annual_rate",
    "nper",
    "npv",
    "pmt",
    "portfolio_at_risk",
    "ppmt",
    "pv",
    "rate",
    "reschedule",
    "xirr",
    "xnpv",
]
