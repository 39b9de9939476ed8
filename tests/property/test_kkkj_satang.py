"""Every กข.คจ. schedule amortises to zero and writes every amount to the satang, so its lossless document shows
one exponent; village reports do the same."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError
from chumchon.loans import Frequency, RemainderOn
from chumchon.loans.kkkj import (
    AccountFigures,
    Village,
    VillageBook,
    repayment_schedule,
    repayment_schedule_from_dates,
    summarise,
)
from chumchon.money import QUARTER_BAHT, SATANG, WHOLE_BAHT

LOAN_DAY = date(2026, 11, 30)

amounts = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("280000.00"), places=2)


def _exponents(schedule_document: object) -> set[int]:
    found: set[int] = set()

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key in {"principal", "interest", "payment", "balance"} and isinstance(value, str):
            exponent = Decimal(value).as_tuple().exponent
            assert isinstance(exponent, int)
            found.add(exponent)

    walk(schedule_document)
    return found


@settings(max_examples=60, deadline=None)
@given(
    amount=amounts,
    count=st.integers(min_value=1, max_value=12),
    rounding=st.sampled_from([SATANG, WHOLE_BAHT, QUARTER_BAHT]),
    remainder_on=st.sampled_from(list(RemainderOn)),
    frequency=st.sampled_from([Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.SEMI_ANNUAL]),
)
def test_every_equal_schedule_amortises_to_zero_in_satang(
    amount: Decimal, count: int, rounding: object, remainder_on: RemainderOn, frequency: Frequency
) -> None:
    try:
        schedule = repayment_schedule(
            amount,
            installments=count,
            first_due=LOAN_DAY + timedelta(days=31),
            disbursed_on=LOAN_DAY,
            frequency=frequency,
            rounding=rounding,  # type: ignore[arg-type]
            remainder_on=remainder_on,
        )
    except InvalidInputError:  # a rounding too coarse for a small loan is refused, never mis-built
        return
    rows = schedule.installments
    assert rows[-1].balance == 0
    assert sum(row.principal for row in rows) == amount
    assert all(row.interest == 0 and row.payment == row.principal for row in rows)
    assert _exponents(json.loads(json.dumps(schedule.to_mapping()))) == {-2}


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(amounts, min_size=1, max_size=6))
def test_every_dated_schedule_amortises_to_zero_in_satang(parts: list[Decimal]) -> None:
    pairs = [(LOAN_DAY + timedelta(days=30 * (i + 1)), part) for i, part in enumerate(parts)]
    schedule = repayment_schedule_from_dates(sum(parts), disbursed_on=LOAN_DAY, installments=pairs)
    assert schedule.installments[-1].balance == 0
    assert _exponents(schedule.to_mapping()) == {-2}


@settings(max_examples=40, deadline=None)
@given(
    owed=st.lists(st.integers(min_value=0, max_value=50000), min_size=0, max_size=5),
    bank=st.integers(min_value=0, max_value=280000),
)
def test_village_report_figures_are_written_to_the_satang(owed: list[int], bank: int) -> None:
    village = Village(village_id="V1", name="บ้านทดสอบ", households=50, target_households=10)
    accounts = [
        AccountFigures(loan_id=f"L{i}", household_id=f"H{i}", outstanding=o, repaid_this_year=0, overdue=0)
        for i, o in enumerate(owed)
    ]
    report, twin = (
        VillageBook(village=v, accounts=accounts, bank_balance=bank, cash_elsewhere=0).report(
            date(2026, 9, 30)
        )
        for v in (village, attrs.evolve(village, village_id="V2"))  # a summary counts each village once
    )
    total = summarise([report, twin], name="เมือง").total
    for figures in (report.figures, total):
        money = [v for v in figures.as_dict().values() if isinstance(v, Decimal)]
        assert {v.as_tuple().exponent for v in money} == {-2}
    assert total.total_fund == 2 * report.figures.total_fund
