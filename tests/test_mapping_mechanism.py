"""The generic mechanism on every kind of field it supports, with its schema and its errors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs
import jsonschema
import pytest

from chumchon import jsontext, mapping
from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import Rounding


@attrs.frozen
class Flat(mapping.Mappable):
    union_tag = "flat"
    amount: Decimal


@attrs.frozen
class Rate(mapping.Mappable):
    rate: Decimal
    on_interest: bool = False


@attrs.frozen(kw_only=True)
class Everything(mapping.ResultMappable):
    """A result with one field of each kind."""

    kind: Literal["a", "b"]
    limits: dict[str, Decimal]
    table: Mapping[str, int]
    pair: tuple[int, str]
    limit: Decimal | int | str | None
    flag: bool | None
    count: int
    label: str
    rounding: Rounding
    penalty: Flat | Rate | None
    anything: Any
    since: date
    nothing: None = None


@attrs.frozen
class Odd:
    x: float  # no JSON form: chumchon never holds a binary float


def everything(**changes: Any) -> Everything:
    base: dict[str, Any] = {
        "kind": "a",
        "limits": {"x": Decimal("1.50")},
        "table": {"n": 3},
        "pair": (1, "one"),
        "limit": Decimal("2.5"),
        "flag": None,
        "count": 4,
        "label": "ป้าย",
        "rounding": Rounding(Decimal("0.05"), "half_up", name="five_satang"),
        "penalty": Rate(Decimal("0.1")),
        "anything": Decimal("7.25"),
        "since": date(2026, 1, 5),
    }
    return Everything(**{**base, **changes})


@pytest.mark.parametrize(
    "value",
    [
        everything(),
        everything(limit="text", penalty=Flat(Decimal(20)), anything=date(2026, 2, 1), flag=True),
        everything(limit=7, penalty=None, anything=None, kind="b"),
        everything(
            limit=None, anything="free text", rounding=Rounding(Decimal("0.01"), "half_up", name="satang")
        ),
    ],
)
def test_every_kind_of_field_round_trips_and_matches_its_schema(value: Everything) -> None:
    data = value.to_mapping()
    jsonschema.validate(data, Everything.json_schema(), cls=jsonschema.Draft202012Validator)
    assert Everything.from_mapping(jsontext.loads(jsontext.dumps(data))) == value


def test_the_tagged_union_and_the_decimal_tag_are_in_the_document() -> None:
    data = everything(penalty=Flat(Decimal(20)), limit="2.5").to_mapping()
    assert data["penalty"] == {"type": "flat", "amount": "20"}
    assert data["limit"] == "2.5"  # text stays text ...
    assert everything().to_mapping()["limit"] == {"decimal": "2.5"}  # ... and a Decimal is tagged beside it
    assert data["rounding"] == {"quantum": "0.05", "mode": "half_up", "name": "five_satang"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "c"}, r"kind must be one of \['a', 'b'\]"),
        ({"limits": ["x"]}, "limits must be a JSON object"),
        ({"pair": [1]}, "pair must hold 2 values"),
        ({"pair": "1, one"}, "pair must be a list"),
        ({"flag": "yes"}, "flag must be true/false"),
        ({"count": True}, "count must be a whole number"),
        ({"count": None}, "count must be a whole number, not None"),
        ({"label": 3}, "label must be text"),
        ({"nothing": 1}, "nothing must be null"),
        ({"limit": [1]}, r'limit must be \{"decimal": "…"\}, a whole number, text'),
        ({"since": "2026-02-30"}, "since must be a date as YYYY-MM-DD"),
        ({"rounding": "thirds"}, "rounding must be a rounding name"),
        ({"rounding": {"quantum": "0.05", "mode": 5}}, "rounding.mode must be text"),
        ({"rounding": {"quantum": "0.05", "mode": "half_up", "name": 5}}, "rounding.name must be text"),
        ({"rounding": {"quantum": "0", "mode": "half_up"}}, r"greater than zero.*\(at rounding\.quantum\)"),
        ({"rounding": {"quantum": "0.05"}}, r"missing field\(s\) rounding.mode"),
        ({"penalty": {"type": "bonus"}}, r"penalty.type must be one of \['flat', 'rate'\]"),
        ({"penalty": {"type": "rate", "rate": "x"}}, "penalty.rate must be a decimal number"),
        ({"anything": {"a": 1}}, "anything must be a single value"),
        ({"anything": [1]}, "anything must be a single value"),
        ({"anything": {"decimal": "1e99"}}, "no larger than 10"),
    ],
)
def test_malformed_fields_are_named(change: dict[str, Any], message: str) -> None:
    data = {**everything().to_mapping(), **change}
    with pytest.raises(ParseError, match=message):
        Everything.from_mapping(data)


def test_documents_must_be_objects_of_the_right_schema() -> None:
    with pytest.raises(ParseError, match="must be a JSON object"):
        Everything.from_mapping("x")  # type: ignore[arg-type]
    data = everything().to_mapping()
    with pytest.raises(ParseError, match="version 1 to 1"):
        Everything.from_mapping({**data, "schema_version": True})
    assert data["schema"] == "chumchon.everything"


def test_numbers_read_exactly_from_json_are_accepted_for_decimals() -> None:
    data = jsontext.loads('{"rate": 0.125, "on_interest": false}')
    assert Rate.from_mapping(data) == Rate(Decimal("0.125"))
    assert mapping.from_data(Any, Decimal("1.5")) == Decimal("1.5")
    assert mapping.from_data(Decimal, 3) == Decimal(3)


def test_result_fields_hold_their_declared_types() -> None:
    value = everything()
    for change, message in [
        ({"count": 1.5}, "Everything.count must be an int"),
        ({"limits": []}, "Everything.limits must be a mapping"),
        ({"kind": "z"}, r"Everything.kind must be one of \['a', 'b'\]"),
        ({"pair": (1, 2)}, "Everything.pair must be a tuple of 2"),
        ({"since": "2026-01-05"}, "Everything.since must be a date"),
        ({"limit": Decimal("NaN")}, "must be a finite Decimal or an int or str or None"),
    ]:
        with pytest.raises(InvalidInputError, match=message):
            attrs.evolve(value, **change)


def test_values_of_no_declared_json_form_are_internal_errors() -> None:
    with pytest.raises(TypeError, match="no JSON form"):
        mapping.to_data(object(), object)
    with pytest.raises(TypeError, match="no JSON form"):
        mapping.to_data(1.5)
    with pytest.raises(TypeError, match="does not match"):
        mapping.to_data(1.5, Decimal | None)
    with pytest.raises(TypeError, match="no JSON form"):
        mapping.from_data(float, 1.5)
    with pytest.raises(TypeError, match="no JSON form"):
        mapping.json_schema(Odd)


@attrs.frozen
class Formatted(mapping.Mappable):
    document_constants = {"format": "example/1"}  # noqa: RUF012 (a class constant, never changed)
    code: str


def test_document_constants_are_written_checked_and_in_the_schema() -> None:
    data = Formatted("x").to_mapping()
    assert data == {"format": "example/1", "code": "x"}
    assert Formatted.from_mapping(data) == Formatted("x")
    assert Formatted.json_schema()["required"] == ["format", "code"]
    with pytest.raises(ParseError, match="format must be 'example/1'"):
        Formatted.from_mapping({"format": "example/2", "code": "x"})


# --- read_fields: a from_mapping that takes more than documents, with the documents' checks -----------------


@attrs.frozen
class _Fee:
    amount: Decimal
    rate: Decimal
    note: str = ""


def test_read_fields_takes_a_stand_in_once_and_names_the_place() -> None:
    stand_ins = {"rate": ("percent",)}
    assert mapping.read_fields(_Fee, {"amount": "1", "percent": "5"}, stand_ins=stand_ins) == {
        "amount": Decimal(1),
        "percent": "5",
    }
    with pytest.raises(
        ParseError, match=r"fees\[0\]\.percent repeats rate \(give one of rate, percent\)"
    ) as error:
        mapping.read_fields(
            _Fee, {"amount": "1", "rate": "1", "percent": "5"}, "fees[0]", stand_ins=stand_ins
        )
    assert error.value.field == "fees[0].percent"
    with pytest.raises(ParseError, match=r"missing field\(s\) fees\[0\]\.rate") as error:
        mapping.read_fields(_Fee, {"amount": "1"}, "fees[0]", stand_ins=stand_ins)
    assert error.value.field == "fees[0].rate"


def test_read_fields_keeps_outside_forms_only_when_asked() -> None:
    data = {"amount": "1,000", "rate": "0.1"}
    with pytest.raises(ParseError, match="amount must be a decimal number as text"):
        mapping.read_fields(_Fee, data)
    assert mapping.read_fields(_Fee, data, outside_forms=True) == {"amount": "1,000", "rate": Decimal("0.1")}


def test_build_at_names_the_place_of_a_constructor_error() -> None:
    def refuse() -> None:
        raise InvalidInputError(th="ต้องเป็นบวก", en="must be positive", field="amount")

    with pytest.raises(ParseError, match=r"must be positive \(at fees\[0\]\.amount\)") as error:
        mapping.build_at("fees[0]", refuse)
    assert error.value.field == "fees[0].amount"
