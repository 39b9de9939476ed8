"""Savings inputs are read by the one checking kernel: accepted and refused as everywhere else (issue 17)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs
import numpy as np
import pandas as pd
import pytest

from chumchon.errors import InvalidInputError
from chumchon.savings import (
    Bylaws,
    DividendMethod,
    DividendPolicy,
    GroupYear,
    MemberType,
    MemberYear,
    Residual,
    calculate_dividends,
    calculate_rebates,
)

START = date(2024, 10, 1)


def test_enum_fields_take_thai_names_and_any_case() -> None:
    assert (
        MemberYear(member_id="A", opening_balance=0, member_type="สมทบ").member_type is MemberType.ASSOCIATE
    )
    assert (
        MemberYear(member_id="A", opening_balance=0, member_type=" Honorary ").member_type
        is MemberType.HONORARY
    )
    policy = DividendPolicy(method="Opening_Month_Average", rate="0.05")
    assert policy.method is DividendMethod.OPENING_MONTH_AVERAGE
    with pytest.raises(InvalidInputError, match="must be one of ordinary, associate, honorary") as caught:
        MemberYear(member_id="A", opening_balance=0, member_type="gold")
    assert caught.value.field == "member_type"


def test_numpy_and_pandas_scalars_are_their_python_values() -> None:
    member = MemberYear(
        member_id="A",
        opening_balance=np.int64(500),
        monthly={np.int64(2): np.float64(100.25)},
        interest_paid=pd.Series([Decimal("12.50")]).iloc[0],
        missed_installment=np.bool_(True),
        left_month=np.int64(11),
    )
    assert (member.opening_balance, member.monthly[1], member.interest_paid) == (
        Decimal(500),
        Decimal("100.25"),
        Decimal("12.50"),
    )
    assert member.missed_installment is True and member.left_month == 11
    result = calculate_dividends([member], method=DividendMethod.YEAR_END_BALANCE, rate=np.float64(0.05))
    assert result.total == Decimal("30.01")
    assert calculate_rebates([member], rate=np.float64(0.1), exclude_defaulters=False).total == Decimal(
        "1.25"
    )


def test_a_numpy_array_as_member_id_is_refused_clearly() -> None:
    with pytest.raises(InvalidInputError, match="must be non-empty text") as caught:
        MemberYear(member_id=np.array(["A01"]), opening_balance=0)  # type: ignore[arg-type]
    assert caught.value.field == "member_id"


def test_a_fiscal_year_start_is_a_date_iso_text_or_a_datetime_day() -> None:
    assert GroupYear(fiscal_year_start="2024-10-01", members=[]).fiscal_year_start == START
    assert (
        GroupYear(fiscal_year_start=pd.Timestamp("2024-10-01 08:30"), members=[]).fiscal_year_start == START
    )
    for bad in (date(2024, 10, 2), "2024-10-02", "1/10/2024", 20241001, None):
        with pytest.raises(InvalidInputError, match="must start on the 1st of a month") as caught:
            GroupYear(fiscal_year_start=bad, members=[])  # type: ignore[arg-type]
        assert caught.value.field == "fiscal_year_start"


def test_from_transactions_refuses_a_missing_start_and_reads_datetimes() -> None:
    with pytest.raises(InvalidInputError, match="must start on the 1st of a month") as caught:
        MemberYear.from_transactions(
            "A",
            opening_balance=0,
            transactions=[],
            fiscal_year_start=None,  # type: ignore[arg-type]
        )
    assert caught.value.field == "fiscal_year_start"
    member = MemberYear.from_transactions(
        "A",
        opening_balance=0,
        transactions=[(datetime(2024, 10, 5, 9, 15), 100), ("2025-01-05", 50)],
        fiscal_year_start=datetime(2024, 10, 1),
    )
    assert member.transactions == ((date(2024, 10, 5), Decimal(100)), (date(2025, 1, 5), Decimal(50)))
    assert member.fiscal_year_start == START
    assert (member.monthly[0], member.monthly[3]) == (Decimal(100), Decimal(50))
    with pytest.raises(InvalidInputError, match="must be a date") as bad_day:
        MemberYear.from_transactions(
            "A", opening_balance=0, transactions=[("5/10/2024", 1)], fiscal_year_start=START
        )
    assert bad_day.value.field == "transactions"


def test_evolve_is_checked_like_the_constructor() -> None:
    member = MemberYear(member_id="A", opening_balance=0)
    with pytest.raises(InvalidInputError, match="must be zero or more") as caught:
        attrs.evolve(member, opening_balance="-1")
    assert caught.value.field == "opening_balance"
    assert attrs.evolve(member, member_type="กิตติมศักดิ์").member_type is MemberType.HONORARY
    bylaws = Bylaws(fiscal_start_month=10, dividend=None, rebate=None, allocation=[Residual()])
    with pytest.raises(InvalidInputError, match="whole number") as month:
        attrs.evolve(bylaws, fiscal_start_month=True)
    assert month.value.field == "fiscal_start_month"
