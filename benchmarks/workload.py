"""Synthetic province- and national-size workloads for the scale benchmarks (invented data, seeded).

Every generated savings group is one the library accepts: the bylaws pay the dividend and the rebate at a rate,
so a group whose members hold a lot of savings but paid little interest can owe more in dividends than its
profit leaves above the reserve's minimum; the library rightly refuses such a close (``RuleViolationError``,
"the residual falls below its minimum"). That was a generator bug, not a library bug: a real committee would
lower the rate for that year. The generator now draws the interest paid from each member's savings (a member
borrows against savings: at least 12% of them a year in interest, on loans of about the savings), which keeps
income well above the rate-paid dividend and rebate for any draw.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

FISCAL_YEAR_START = date(2025, 10, 1)
REPORT_DATE = date(2026, 9, 30)
_STEPS = tuple(Decimal(v) for v in (100, 200, 300, 500, 1000))


def group_columns(size: int, seed: int) -> dict[str, Any]:
    """A savings group's year as plain columns (the compact input of a batch run)."""
    rng = random.Random(seed)
    opening = [rng.randrange(0, 50_000) for _ in range(size)]
    monthly = [tuple(rng.choice(_STEPS) for _ in range(12)) for _ in range(size)]
    # Interest paid: 12% to 20% a year on a loan about the size of the member's savings, at least 600 baht.
    interest = [
        Decimal(max(600, (b + int(sum(m))) * rng.randrange(12, 21) // 100))
        for b, m in zip(opening, monthly, strict=True)
    ]
    return {
        "fiscal_year_start": FISCAL_YEAR_START,
        "members": {
            "member_id": tuple(f"M{i:06d}" for i in range(size)),
            "opening_balance": tuple(Decimal(b) for b in opening),
            "monthly": tuple(monthly),
            "interest_paid": tuple(interest),
            "missed_installment": tuple(rng.random() < 0.1 for _ in range(size)),
        },
        "fines": Decimal(size * 10),
        "bank_interest": Decimal(size * 5),
        "name": f"กลุ่มสังเคราะห์ {seed}",
    }


def plain_pair(columns: dict[str, Any]) -> tuple[Any, Any]:
    """A group's columns as a ``(GroupYear, Bylaws)`` pair built field by field (the plain path), under the
    training bylaws."""
    from chumchon.savings import GroupYear, MemberYear
    from chumchon.savings.examples import training_group

    m = columns["members"]
    members = [
        MemberYear(member_id=mid, opening_balance=b, monthly=months, interest_paid=i, missed_installment=x)
        for mid, b, months, i, x in zip(
            m["member_id"],
            m["opening_balance"],
            m["monthly"],
            m["interest_paid"],
            m["missed_installment"],
            strict=True,
        )
    ]
    year = GroupYear(
        fiscal_year_start=columns["fiscal_year_start"],
        members=members,
        fines=columns["fines"],
        bank_interest=columns["bank_interest"],
        name=columns["name"],
    )
    return year, training_group().bylaws


def synthetic_group(size: int, seed: int) -> tuple[Any, Any]:
    """A synthetic ``(GroupYear, Bylaws)`` pair built the plain way."""
    return plain_pair(group_columns(size, seed))


def village_book(accounts: int, seed: int) -> Any:
    """A กข.คจ. village's book with ``accounts`` interest-free loans, some repaid, some late, some current."""
    from chumchon.loans import Payment
    from chumchon.loans.kkkj import LoanAccount, Village, VillageBook, repayment_schedule
    from chumchon.loans.terms import Frequency

    rng = random.Random(seed)
    loans = []
    for k in range(accounts):
        amount = rng.randrange(5, 21) * 1000
        disbursed = date(2024, 10, 1) + timedelta(days=rng.randrange(0, 600))
        count = rng.randrange(1, 7)
        schedule = repayment_schedule(
            amount,
            installments=count,
            first_due=disbursed + timedelta(days=90),
            disbursed_on=disbursed,
            frequency=Frequency.QUARTERLY,
        )
        behaviour = rng.random()
        payments = []
        for row in schedule.installments:
            if behaviour < 0.15 or row.due_date > REPORT_DATE:
                break  # a late household stops paying; nothing is paid before it is due
            late = rng.randrange(0, 40) if behaviour < 0.4 else 0
            payments.append(Payment(row.due_date + timedelta(days=late), row.payment))
        loans.append(
            LoanAccount(
                loan_id=f"{seed}/{k:03d}",
                household_id=f"H{seed}-{k:03d}",
                schedule=schedule,
                payments=tuple(payments),
                late_fee=None,
            )
        )
    village = Village(
        village_id=f"V{seed:06d}",
        name=f"บ้านสังเคราะห์ {seed}",
        households=120 + seed % 80,
        target_households=30 + seed % 20,
        district=f"อำเภอ {seed % 7}",
        province="สังเคราะห์",
    )
    lent = sum((a.schedule.principal for a in loans), Decimal(0))
    return VillageBook(
        village=village, accounts=loans, bank_balance=max(Decimal(0), 280_000 - lent), cash_elsewhere=0
    )


def stream_groups(count: int, size: int, *, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``count`` groups' columns, one at a time (a national run never holds them all)."""
    for k in range(count):
        yield group_columns(size, seed + k)
