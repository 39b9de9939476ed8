"""Payment invariants: scheduled payments leave nothing overdue; paying later never lowers days past due;
every baht paid is accounted for."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import hypothesis.strategies as st
from hypothesis import given

from chumchon.loans import (
    FlatPenalty,
    InterestMethod,
    LoanTerms,
    Payment,
    RatePenalty,
    Schedule,
    apply_payments,
    build_schedule,
)

START = date(2024, 1, 15)


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    method = draw(st.sampled_from(list(InterestMethod)))
    return build_schedule(
        LoanTerms(
            principal=Decimal(draw(st.integers(min_value=1000_00, max_value=500_000_00))) / 100,
            annual_rate=0 if method is InterestMethod.NONE else Decimal(draw(st.integers(0, 2400))) / 10000,
            installments=draw(st.integers(min_value=1, max_value=24)),
            disbursed_on=START,
            interest_method=method,
            amortization=draw(st.sampled_from(["equal_installment", "equal_principal", "bullet"])),
        )
    )


penalties = st.one_of(
    st.none(),
    st.builds(FlatPenalty, amount=st.integers(1, 500), grace_days=st.integers(0, 10)),
    st.builds(
        RatePenalty,
        annual_rate=st.integers(0, 3000).map(lambda bp: Decimal(bp) / 10000),
        grace_days=st.integers(0, 10),
        on_interest=st.booleans(),
    ),
)


@given(schedules(), penalties, st.integers(min_value=0, max_value=1500))
def test_scheduled_payments_on_due_dates_leave_nothing_overdue(
    schedule: Schedule, penalty: FlatPenalty | RatePenalty | None, offset: int
) -> None:
    as_of = START + timedelta(days=offset)
    # An interest-free bullet loan has instalments of zero: nothing to pay on those dates.
    payments = [Payment(i.due_date, i.payment) for i in schedule.installments if i.payment > 0]
    status = apply_payments(schedule, payments, as_of, penalty=penalty)
    assert status.overdue_principal == 0 and status.overdue_interest == 0
    assert status.penalty_due == 0 and status.days_past_due == 0 and status.bucket == "current"
    assert status.credit == 0
    assert status.fully_paid == (as_of >= schedule.maturity)


@st.composite
def payment_lists(draw: st.DrawFn, schedule: Schedule) -> list[Payment]:
    total = int(schedule.total_payment)
    count = draw(st.integers(min_value=0, max_value=8))
    return [
        Payment(START + timedelta(days=draw(st.integers(0, 900))), draw(st.integers(1, max(1, total // 3))))
        for _ in range(count)
    ]


@given(schedules(), penalties, st.data())
def test_paying_later_never_lowers_days_past_due(
    schedule: Schedule, penalty: FlatPenalty | RatePenalty | None, data: st.DataObject
) -> None:
    payments = data.draw(payment_lists(schedule))
    as_of = START + timedelta(days=data.draw(st.integers(0, 1000)))
    before = apply_payments(schedule, payments, as_of, penalty=penalty)
    if payments:
        index = data.draw(st.integers(0, len(payments) - 1))
        delay = data.draw(st.integers(1, 200))
        moved = payments[index]
        payments = [
            *payments[:index],
            Payment(moved.date + timedelta(days=delay), moved.amount),
            *payments[index + 1 :],
        ]
    after = apply_payments(schedule, payments, as_of, penalty=penalty)
    assert after.days_past_due >= before.days_past_due
    assert (
        after.overdue_principal + after.overdue_interest >= before.overdue_principal + before.overdue_interest
    )


@given(schedules(), penalties, st.data())
def test_every_baht_paid_is_accounted_for(
    schedule: Schedule, penalty: FlatPenalty | RatePenalty | None, data: st.DataObject
) -> None:
    payments = data.draw(payment_lists(schedule))
    as_of = START + timedelta(days=data.draw(st.integers(0, 1000)))
    status = apply_payments(schedule, payments, as_of, penalty=penalty)
    applied = sum(
        (i.principal_paid + i.interest_paid + i.penalty_paid for i in status.installments), Decimal(0)
    )
    assert applied + status.credit == status.total_paid
    assert status.total_paid == sum((p.amount for p in payments if p.date <= as_of), Decimal(0))
    assert status.outstanding_principal == schedule.principal - sum(
        (i.principal_paid for i in status.installments), Decimal(0)
    )
    assert status.credit == 0 or status.fully_paid or status.penalty_due == 0
    assert 0 <= status.overdue_principal <= status.outstanding_principal
