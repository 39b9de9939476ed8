"""A compact book (:class:`chumchon.loans.kkkj.CompactBook`) gives exactly the reports of the village book it
was packed from, serial or after a pickle round trip, for interest-free and interest-bearing loans, late fees and
account figures alike."""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import LoanTerms, build_schedule, kkkj
from chumchon.loans.payments import FlatPenalty, Payment, RatePenalty

START = date(2024, 10, 1)


@st.composite
def accounts(draw: st.DrawFn, k: int) -> kkkj.LoanAccount | kkkj.AccountFigures:
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        owed = draw(st.integers(min_value=0, max_value=20_000))
        return kkkj.AccountFigures(
            loan_id=f"F{k}",
            household_id=f"H{k % 3}",
            outstanding=owed,
            repaid_this_year=draw(st.integers(min_value=0, max_value=5_000)),
            overdue=draw(st.integers(min_value=0, max_value=owed)),
            days_past_due=draw(st.none() | st.integers(min_value=0, max_value=400)),
        )
    disbursed = START + timedelta(days=draw(st.integers(min_value=0, max_value=600)))
    count = draw(st.integers(min_value=1, max_value=6))
    first_due = disbursed + timedelta(days=draw(st.integers(min_value=1, max_value=90)))
    amount = draw(st.integers(min_value=1, max_value=40)) * 500
    if draw(st.booleans()):
        schedule = kkkj.repayment_schedule(
            amount, installments=count, first_due=first_due, disbursed_on=disbursed
        )
    else:  # a loan with interest (not a กข.คจ. schedule, but an account may hold one)
        rate = draw(st.sampled_from(["0.06", "0.12"]))
        schedule = build_schedule(
            LoanTerms(
                principal=amount,
                annual_rate=rate,
                installments=count,
                disbursed_on=disbursed,
                first_due=first_due,
            )
        )
    paid = draw(st.lists(st.tuples(st.integers(0, 800), st.integers(1, 12_000)), max_size=6))
    fee = draw(st.sampled_from([None, FlatPenalty(amount=50), RatePenalty(annual_rate="0.03")]))
    return kkkj.LoanAccount(
        loan_id=f"L{k}",
        household_id=f"H{k % 3}",
        schedule=schedule,
        payments=tuple(Payment(disbursed + timedelta(days=d), a) for d, a in paid),
        late_fee=fee,
    )


@st.composite
def books(draw: st.DrawFn) -> kkkj.VillageBook:
    village = kkkj.Village(village_id="V1", name="บ้านทดสอบ", households=100, target_households=20)
    found = [draw(accounts(k)) for k in range(draw(st.integers(min_value=0, max_value=5)))]
    return kkkj.VillageBook(village=village, accounts=found, bank_balance=150_000, cash_elsewhere=500)


@settings(max_examples=80, deadline=None)
@given(books(), st.sampled_from([date(2025, 9, 30), date(2026, 3, 31), date(2026, 9, 30)]))
def test_a_compact_book_reports_what_its_book_reports(book: kkkj.VillageBook, as_of: date) -> None:
    packed = kkkj.CompactBook.from_book(book)
    sent = pickle.loads(pickle.dumps(packed))
    assert sent == packed
    expected = book.report(as_of)
    assert packed.report(as_of) == expected
    assert sent.report(as_of.isoformat()) == expected
    rebuilt = sent.book()
    assert [a.loan_id for a in rebuilt.accounts] == [a.loan_id for a in book.accounts]
    for mine, theirs in zip(rebuilt.accounts, book.accounts, strict=True):
        if isinstance(theirs, kkkj.LoanAccount):
            assert isinstance(mine, kkkj.LoanAccount)
            assert mine.schedule.installments == theirs.schedule.installments
            assert mine.payments == theirs.payments
        else:
            assert mine == theirs


def test_only_a_village_book_is_packed() -> None:
    with pytest.raises(InvalidInputError, match="book"):
        kkkj.CompactBook.from_book(kkkj.TRAINING_CASE.village)  # type: ignore[arg-type]


def test_a_compact_book_checks_its_parts() -> None:
    packed = kkkj.CompactBook.from_book(kkkj.TRAINING_CASE.book)
    with pytest.raises(InvalidInputError, match="order"):
        attrs.evolve(packed, order="ax")
    with pytest.raises(InvalidInputError, match="order"):
        attrs.evolve(packed, order="")
    with pytest.raises(InvalidInputError, match="rows"):
        attrs.evolve(packed, rows=[])
    with pytest.raises(InvalidInputError, match="bank_balance"):
        attrs.evolve(packed, bank_balance="1.001")
