from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from chumchon import rules
from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.rules import (
    DEFAULT_INTEREST_RATE,
    DEFAULT_MARKUP_CAP_ANNUAL_RATE,
    INTEREST_CAP_ANNUAL_RATE,
    STATUTORY_INTEREST_RATE,
    DatedValue,
    Parameter,
    Source,
    Status,
)


def test_interest_cap_is_fifteen_percent_per_year_ccc_654() -> None:
    # DOMAIN 4: CCC s.654, 15% per year (1.25% per month).
    value = INTEREST_CAP_ANNUAL_RATE.at(date(2026, 11, 21))
    assert value.value == Decimal("0.15")
    assert value.source.clause == "s.654"
    assert value.status is Status.CONFIRMED
    assert value.source.cite() == "ประมวลกฎหมายแพ่งและพาณิชย์ พ.ศ. 2468 มาตรา 654"


@pytest.mark.parametrize(
    ("parameter", "before", "after"),
    [
        (STATUTORY_INTEREST_RATE, "0.075", "0.03"),
        (DEFAULT_INTEREST_RATE, "0.075", "0.05"),
    ],
)
def test_emergency_decree_2564_takes_effect_on_11_april_2021(
    parameter: Parameter[Decimal], before: str, after: str
) -> None:
    assert parameter.value_at(date(2021, 4, 10)) == Decimal(before)
    assert parameter.value_at(date(2021, 4, 11)) == Decimal(after)
    assert parameter.value_at(datetime(2030, 1, 1, 12, 0)) == Decimal(after)
    assert parameter.at(date(2021, 4, 11)).source.be_year == 2564


def test_default_markup_cap_exists_only_from_the_decree() -> None:
    assert DEFAULT_MARKUP_CAP_ANNUAL_RATE.find(date(2021, 4, 10)) is None
    assert DEFAULT_MARKUP_CAP_ANNUAL_RATE.value_at(date(2021, 4, 11)) == Decimal("0.03")
    with pytest.raises(UnknownRegulationError) as info:
        DEFAULT_MARKUP_CAP_ANNUAL_RATE.at(date(2020, 1, 1))
    assert info.value.parameter == "default_markup_cap_annual_rate"


def test_parameter_validation_and_override() -> None:
    src = Source(title_th="ทดสอบ", title_en="test")
    v1 = DatedValue(effective_from=date(2020, 1, 1), value=1, source=src, status=Status.PROVISIONAL)
    v2 = DatedValue(effective_from=date(2010, 1, 1), value=0, source=src, status=Status.SECONDARY)
    p = Parameter(name="p", title_th="ป", title_en="p", unit="x", history=(v1, v2))
    assert [v.value for v in p.history] == [0, 1]  # sorted by date
    assert p.at(date(2020, 1, 1)).provisional
    confirmed = DatedValue(effective_from=date(2020, 1, 1), value=2, source=src, status=Status.CONFIRMED)
    q = p.with_value(confirmed)
    assert q.value_at(date(2021, 1, 1)) == 2
    assert p.value_at(date(2021, 1, 1)) == 1  # the shipped data is unchanged
    with pytest.raises(InvalidInputError):
        Parameter(name="p", title_th="ป", title_en="p", unit="x", history=())
    with pytest.raises(InvalidInputError):
        Parameter(name="p", title_th="ป", title_en="p", unit="x", history=(v1, v1))
    with pytest.raises(InvalidInputError, match="as_of"):
        p.at("1/1/2020")  # type: ignore[arg-type]


def test_citation_in_english() -> None:
    assert INTEREST_CAP_ANNUAL_RATE.history[0].source.cite("en") == (
        "Civil and Commercial Code (ประมวลกฎหมายแพ่งและพาณิชย์), B.E. 2468, s.654"
    )
    assert Status.PROVISIONAL.label_th.startswith("ชั่วคราว")


def test_every_shipped_legal_parameter_is_fully_sourced() -> None:
    params = [v for v in vars(rules).values() if isinstance(v, Parameter)]
    assert len(params) >= 4
    for param in params:
        for dated in param.history:
            assert dated.source.title_th and dated.source.title_en and dated.source.url
            assert dated.status is Status.CONFIRMED


@pytest.mark.parametrize(
    "changes",
    [
        {"effective_from": None},
        {"effective_from": "1/1/2020"},
        {"source": "CCC"},
        {"status": "law"},
        {"status": None},
    ],
)
def test_dated_value_refuses_bad_fields(changes: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "effective_from": date(2020, 1, 1),
        "value": 1,
        "source": Source(title_th="ก", title_en="a"),
        "status": Status.CONFIRMED,
    }
    fields.update(changes)
    with pytest.raises(InvalidInputError):
        DatedValue(**fields)  # type: ignore[arg-type]


def test_status_names_and_source_years() -> None:
    src = Source(title_th="ก", title_en="a", be_year=2560)
    assert DatedValue(effective_from=date(2020, 1, 1), value=1, source=src, status="provisional").provisional  # type: ignore[arg-type]
    for bad in (True, 1.5, -1, 99999, "2560"):
        with pytest.raises(InvalidInputError, match=r"'be_year' must be a whole number from 2300 to 3000"):
            Source(title_th="ก", title_en="a", be_year=bad)  # type: ignore[arg-type]
    for bad_history in (None, 5, "abc", [1, 2], {"a": 1}):
        with pytest.raises(InvalidInputError, match="history"):
            Parameter(name="p", title_th="ป", title_en="p", unit="x", history=bad_history)  # type: ignore[arg-type]
