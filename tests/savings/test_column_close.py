"""The columnar compact close: what it takes on itself, what it leaves to the ordinary path, and that both give
the same rows or the same error (issue 19)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from chumchon.errors import ChumchonError
from chumchon.money import Rounding
from chumchon.savings import DividendPolicy, GroupYear, LeaverDividend, RebatePolicy, annual_close_many
from chumchon.savings._column_close import close_rows
from chumchon.savings.examples import training_group

START = date(2024, 10, 1)
BYLAWS = training_group().bylaws
MONTHS = tuple(Decimal(v) for v in (100, 200, 300, 500, 100, 200, 300, 500, 100, 200, 300, 500))


def base(**members: Any) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "member_id": ("A", "B", "C"),
        "opening_balance": (Decimal(5000), Decimal("1200.50"), 700),
        "monthly": (MONTHS, MONTHS, MONTHS),
        "interest_paid": (Decimal(900), Decimal(650), Decimal(600)),
        "missed_installment": (False, True, False),
    }
    columns.update(members)
    return {"fiscal_year_start": START, "members": columns, "fines": Decimal(300)}


def outcome(build: Any) -> Any:
    try:
        batch = build()
    except (ChumchonError, TypeError) as error:
        return "error", type(error), getattr(error, "field", None), str(error)
    return (
        "ok",
        [[str(v) for v in c] for c in batch.groups.data],
        [[str(v) for v in c] for c in batch.members.data],
    )


def ordinary(spec: dict[str, Any], rules: Any) -> Any:
    """The same group built first (a GroupYear always takes the ordinary path)."""
    return annual_close_many([(GroupYear.from_columns(**spec), rules)], compact=True)


CASES: dict[str, tuple[dict[str, Any], Any, bool]] = {
    "clean": (base(), BYLAWS, True),
    "member types and names": (
        base(member_type=("สามัญ", "สมทบ", "สามัญ"), name=("ก", "ข", "ค")),
        BYLAWS,
        False,  # Thai names as text: the converters read them
    ),
    "members not a mapping": ({**base(), "members": [("A", 1)]}, BYLAWS, False),
    "an unknown column": (base(colour=("red", "red", "red")), BYLAWS, False),
    "a column that is text": (base(name="abc"), BYLAWS, False),
    "columns of different lengths": (base(missed_installment=(False,)), BYLAWS, False),
    "no members": (
        base(member_id=(), opening_balance=(), monthly=(), interest_paid=(), missed_installment=()),
        BYLAWS,
        False,
    ),
    "a negative zero": (base(opening_balance=(Decimal("-0"), Decimal(1), Decimal(2))), BYLAWS, False),
    "a duplicate id": (base(member_id=("A", "A", "C")), BYLAWS, False),
    "monthly as lists": (base(monthly=(list(MONTHS), MONTHS, MONTHS)), BYLAWS, False),
    "an int month": (base(monthly=((1, *MONTHS[1:]), MONTHS, MONTHS)), BYLAWS, False),
    "a flag as left month": (base(left_month=(True, None, None)), BYLAWS, False),
    "an infinite month": (base(monthly=((Decimal("Infinity"), *MONTHS[1:]), MONTHS, MONTHS)), BYLAWS, False),
    "a forbidden withdrawal": (base(monthly=((Decimal(-50), *MONTHS[1:]), MONTHS, MONTHS)), BYLAWS, False),
    "an allowed withdrawal": (
        base(monthly=((Decimal(-50), *MONTHS[1:]), MONTHS, MONTHS)),
        attrs.evolve(BYLAWS, withdrawals_allowed=True),
        True,
    ),
    "a balance below zero": (
        base(monthly=((Decimal(-5000000), *MONTHS[1:]), MONTHS, MONTHS)),
        attrs.evolve(BYLAWS, withdrawals_allowed=True),
        False,
    ),
    "a leaver": (base(left_month=(None, 9, None)), BYLAWS, True),
    "a leaver the bylaws say nothing about": (
        base(left_month=(None, 9, None)),
        attrs.evolve(BYLAWS, leaver_dividend=None),
        False,
    ),
    "leavers get nothing": (
        base(left_month=(None, 9, None)),
        attrs.evolve(BYLAWS, leaver_dividend=LeaverDividend.NONE),
        True,
    ),
    "another fiscal month": (base(), attrs.evolve(BYLAWS, fiscal_start_month=1), False),
    "bylaws that are not Bylaws": (base(), "bylaws", False),
    "a rounding to 25 satang": (
        base(),
        attrs.evolve(
            BYLAWS,
            dividend=DividendPolicy(
                method=BYLAWS.dividend.method, rate="0.04", rounding=Rounding(Decimal("0.25"), "half_up")
            ),
            rebate=RebatePolicy(rate="0.1", rounding=Rounding(Decimal("0.25"), "half_up")),
        ),
        True,
    ),
    "an amount too big to round": (
        base(monthly=((Decimal("1E+50"), *MONTHS[1:]), MONTHS, MONTHS)),
        BYLAWS,
        True,  # the pass takes it; the rounding refuses it, so the ordinary path gives the error
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_columnar_close_and_the_ordinary_path_agree(name: str) -> None:
    spec, rules, _taken = CASES[name]
    assert outcome(lambda: annual_close_many([(spec, rules)], compact=True)) == outcome(
        lambda: ordinary(spec, rules)
    )


@pytest.mark.parametrize("name", [n for n, (_s, _r, taken) in CASES.items() if taken][:-1])
def test_the_columnar_pass_takes_clean_data_on_itself(name: str) -> None:
    spec, rules, _taken = CASES[name]
    assert close_rows(spec, rules, 0) is not None


def test_the_columnar_pass_leaves_a_group_without_a_start_to_the_ordinary_path() -> None:
    spec = base()
    del spec["fiscal_year_start"]
    assert close_rows(spec, BYLAWS, 0) is None
    with pytest.raises(TypeError):  # a required keyword of GroupYear.from_columns, as before
        annual_close_many([(spec, BYLAWS)], compact=True)
