"""Batch closes: GroupYear.from_columns and CloseBatch (issue 19); equality with the plain path is in
tests/property/test_batch_properties.py."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.savings import CloseBatch, GroupYear, MemberYear, annual_close, annual_close_many
from chumchon.savings.batch import MEMBER_FIELDS
from chumchon.savings.examples import training_group

START = date(2024, 10, 1)


def test_the_fast_path_sets_every_member_year_field() -> None:
    # A field added to MemberYear must be set by the trusted constructor too (or the columns refuse it).
    assert set(MEMBER_FIELDS) | {"transactions", "fiscal_year_start"} == {
        f.name for f in attrs.fields(MemberYear)
    }


def test_from_columns_equals_the_training_group() -> None:
    t = training_group()
    columns = {f: tuple(getattr(m, f) for m in t.year.members) for f in MEMBER_FIELDS}
    year = GroupYear.from_columns(
        fiscal_year_start=t.year.fiscal_year_start,
        members=columns,
        fines=t.year.fines,
        entry_fees=t.year.entry_fees,
        bank_interest=t.year.bank_interest,
        expenses=t.year.expenses,
        funds_opening=t.year.funds_opening,
        name=t.year.name,
    )
    assert year == t.year


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ([("A",)], "must be a mapping"),
        ({"member_id": ("A",), "opening_balance": (1,), "colour": ("red",)}, "unknown column"),
        ({"member_id": ("A",)}, "the column opening_balance is required"),
        ({"member_id": "A", "opening_balance": (1,)}, "must be a sequence"),
        ({"member_id": ("A", "B"), "opening_balance": (1,)}, "has 1 values but the others have 2"),
        ({"member_id": ("A", "A"), "opening_balance": (1, 2)}, "member id A appears twice"),
        ({"member_id": ("A",), "opening_balance": (1,), "monthly": ((Decimal(-2),) * 12,)}, "below zero"),
    ],
)
def test_from_columns_refuses_bad_columns(members: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        GroupYear.from_columns(fiscal_year_start=START, members=members)


def test_close_batch_rows_full_results_and_pickles() -> None:
    t = training_group()
    pairs = [(t.year, t.bylaws), (attrs.evolve(t.year, bank_interest=Decimal(500)), t.bylaws)]
    batch = annual_close_many(pairs, compact=True)
    assert repr(batch) == "<CloseBatch 2 groups, 24 members>"
    assert [batch.full(i) for i in range(2)] == [annual_close(*p) for p in pairs]
    assert batch.groups.column("balanced") == (True, True)
    assert "กำไรสุทธิ" in batch.groups.to_text()
    sent = pickle.loads(pickle.dumps(batch))
    assert sent == batch and sent.inputs is None
    with pytest.raises(InvalidInputError, match="carries no inputs"):
        sent.full(0)
    with pytest.raises(InvalidInputError, match="the batch has 2 groups, not 1"):
        sent.with_inputs(pairs[:1])
    assert sent.with_inputs(pairs).full(1) == batch.full(1)
    with pytest.raises(InvalidInputError, match="row number"):
        batch.full(2)
    joined = CloseBatch.concat([batch, sent])
    assert joined.inputs is None and len(joined) == 4
    assert joined.members.column("group")[-1] == 3
    assert CloseBatch.concat([batch, batch]).full(3) == batch.full(1)
    with pytest.raises(InvalidInputError, match="no parts"):
        CloseBatch.concat([])
    with pytest.raises(InvalidInputError, match="pair"):
        annual_close_many([t.year], compact=True)
