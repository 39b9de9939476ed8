"""Loans: terms, schedules, rates, payments and arrears (เงินกู้: เงื่อนไข ตารางผ่อน อัตรา การชำระ และหนี้ค้าง).

The engine savings groups and village funds use to lend, and officers use to check them: exact Decimal
schedules with stated rounding, dated due dates, the true cost of a loan and whether it is within the legal
cap, and the state of a loan after the payments actually made.
"""

from __future__ import annotations

from chumchon.loans.schedule import Installment, Schedule, build_custom_schedule, build_schedule
from chumchon.loans.terms import (
    AccrualBasis,
    Amortization,
    DateAdjustment,
    Frequency,
    InterestMethod,
    LoanTerms,
    RemainderOn,
)

__all__ = [
    "AccrualBasis",
    "Amortization",
    "DateAdjustment",
    "Frequency",
    "Installment",
    "InterestMethod",
    "LoanTerms",
    "RemainderOn",
    "Schedule",
    "build_custom_schedule",
    "build_schedule",
]
