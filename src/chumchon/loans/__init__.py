"""Loans: terms, schedules, rates, payments and arrears (เงินกู้: เงื่อนไข ตารางผ่อน อัตรา การชำระ และหนี้ค้าง).

The engine savings groups and village funds use to lend, and officers use to check them: exact Decimal
schedules with stated rounding, dated due dates, the true cost of a loan and whether it is within the legal
cap, and the state of a loan after the payments actually made.
"""

from __future__ import annotations

from chumchon.loans.cashflows import irr, npv, xirr, xnpv
from chumchon.loans.dates import AccrualBasis, DateAdjustment
from chumchon.loans.finance import cumipmt, cumprinc, effect, fv, ipmt, nominal, nper, pmt, ppmt, pv, rate
from chumchon.loans.findings import Finding
from chumchon.loans.payments import (
    DEFAULT_BUCKETS,
    AllocationOrder,
    ArrearsBuckets,
    FlatPenalty,
    InstallmentStatus,
    LoanStatus,
    Payment,
    PortfolioAtRisk,
    RatePenalty,
    apply_payments,
    default_interest_limit,
    portfolio_at_risk,
)
from chumchon.loans.rates import (
    InterestRateAssessment,
    assess_interest_rate,
    check_interest_rate,
    effective_annual_rate,
    is_interest_rate_legal,
    nominal_annual_rate,
)
from chumchon.loans.rescheduling import Rescheduling, build_rescheduling, reschedule
from chumchon.loans.schedule import Installment, Schedule, build_custom_schedule, build_schedule
from chumchon.loans.terms import (
    Amortization,
    Frequency,
    InterestMethod,
    LoanTerms,
    RemainderOn,
)

__all__ = [
    "DEFAULT_BUCKETS",
    "AccrualBasis",
    "AllocationOrder",
    "Amortization",
    "ArrearsBuckets",
    "DateAdjustment",
    "Finding",
    "FlatPenalty",
    "Frequency",
    "Installment",
    "InstallmentStatus",
    "InterestMethod",
    "InterestRateAssessment",
    "LoanStatus",
    "LoanTerms",
    "Payment",
    "PortfolioAtRisk",
    "RatePenalty",
    "RemainderOn",
    "Rescheduling",
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
