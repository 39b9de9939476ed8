from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError
from chumchon.money import (
    QUARTER_BAHT,
    QUARTER_BAHT_UP,
    SATANG,
    SATANG_HALF_EVEN,
    WHOLE_BAHT,
    WHOLE_BAHT_UP,
    Rounding,
    allocate,
    rounding_from_name,
    to_decimal,
    to_money,
    to_rate,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, "5"),
        (Decimal("1.50"), "1.50"),
        ("1,234,567.89", "1234567.89"),
        ("๑,๒๓๔.๕๐", "1234.50"),
        ("1๒3.4", "123.4"),
        (" 12 ", "12"),
        ("-0.5", "-0.5"),
        ("+7", "7"),
        (".5", "0.5"),
        ("1e3", "1E+3"),
        (0.057, "0.057"),  # the float's shortest repr, not its binary value
        (0.1 + 0.2, "0.30000000000000004"),
        (-0.0, "0.0"),
    ],
)
def test_to_decimal_accepts(value: object, expected: str) -> None:
    result = to_decimal(value)
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        False,
        float("nan"),
        float("inf"),
        -float("inf"),
        Decimal("NaN"),
        Decimal("-Infinity"),
        "",
        " ",
        "abc",
        "1,23",
        "12,3456",
        "1.2.3",
        "--1",
        "1e99999",
        "NaN",
        "Infinity",
        [1],
        {},
        object(),
        b"12",
        "1e41",
        Decimal("1e50"),
    ],
)
def test_to_decimal_refuses(value: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal(value, name="amount")
    assert info.value.field == "amount"
    assert "amount" in info.value.en and "amount" in info.value.th


def test_to_decimal_accepts_integer_like_objects() -> None:
    class IntLike:
        def __index__(self) -> int:
            return 42

    assert to_decimal(IntLike()) == 42


def test_to_money_and_to_rate_check_signs() -> None:
    assert to_money("0") == 0
    with pytest.raises(InvalidInputError, match="zero or more"):
        to_money(-1)
    assert to_money(-1, allow_negative=True) == -1
    with pytest.raises(InvalidInputError, match="greater than zero"):
        to_money(0, allow_zero=False)
    with pytest.raises(InvalidInputError, match="non-negative"):
        to_rate("-0.01")


@pytest.mark.parametrize(
    ("rule", "value", "expected"),
    [
        (SATANG, "2.675", "2.68"),  # half up, where Python's default (half even) gives 2.67... for Decimal
        (SATANG, "-2.675", "-2.68"),
        (SATANG_HALF_EVEN, "2.665", "2.66"),
        (WHOLE_BAHT, "2.5", "3"),
        (WHOLE_BAHT, "3.49", "3"),
        (WHOLE_BAHT_UP, "3.01", "4"),
        (WHOLE_BAHT_UP, "3", "3"),
        (QUARTER_BAHT, "10.12", "10.00"),
        (QUARTER_BAHT, "10.125", "10.25"),
        (QUARTER_BAHT_UP, "10.01", "10.25"),
        (Rounding(Decimal("5"), "half_up"), "102.5", "105"),
        (Rounding(Decimal("10"), decimal.ROUND_DOWN), "109", "100"),
    ],
)
def test_named_roundings(rule: Rounding, value: str, expected: str) -> None:
    assert rule.apply(value) == Decimal(expected)
    assert str(rule.apply(value)) == expected


def test_rounding_ignores_the_ambient_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        assert SATANG.apply("123456.785") == Decimal("123456.79")
        assert QUARTER_BAHT.apply("123456.80") == Decimal("123456.75")


@pytest.mark.parametrize("value", [Decimal("1E+100"), Decimal("NaN"), Decimal("Infinity"), None, "x"])
def test_rounding_refuses_values_it_cannot_round(value: object) -> None:
    with pytest.raises(InvalidInputError):
        SATANG.apply(value)


def test_rounding_refuses_bad_rules() -> None:
    with pytest.raises(InvalidInputError, match="quantum"):
        Rounding(Decimal(0), "half_up")
    with pytest.raises(InvalidInputError, match="rounding mode"):
        Rounding(Decimal("0.01"), "nearest")
    with pytest.raises(InvalidInputError, match="rounding rule"):
        rounding_from_name("banker")
    assert rounding_from_name("satang") is SATANG
    assert str(SATANG) == "satang: 0.01 half_up"


def test_is_multiple() -> None:
    assert QUARTER_BAHT.is_multiple("1.75")
    assert not QUARTER_BAHT.is_multiple("1.80")


def test_allocate_examples() -> None:
    assert allocate("100.00", [1, 1, 1]) == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    # Ties on the remainder go to the earlier position.
    assert allocate("0.02", [1, 1, 1]) == (Decimal("0.01"), Decimal("0.01"), Decimal("0.00"))
    assert allocate("1000", {"a": 0, "b": "1.5", "c": "0.5"}, WHOLE_BAHT) == {
        "a": Decimal("0"),
        "b": Decimal("750"),
        "c": Decimal("250"),
    }
    assert allocate("-10.00", [1, 2]) == (Decimal("-3.33"), Decimal("-6.67"))
    assert allocate("1.00", [1, 1, 1, 1], QUARTER_BAHT) == (Decimal("0.25"),) * 4


@pytest.mark.parametrize(
    ("total", "weights", "message"),
    [
        ("10", [], "at least one weight"),
        ("10", [1, -1], "must not be negative"),
        ("10", [0, 0], "all weights are zero"),
        ("10.001", [1], "not a multiple"),
        ("10", "ab", "sequence or mapping"),
        ("10", [None], "weight"),
    ],
)
def test_allocate_refuses(total: str, weights: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        allocate(total, weights)  # type: ignore[call-overload]


def test_bad_rule_arguments_raise_clear_errors() -> None:
    for mode in (Decimal("sNaN"), ["half_up"], None, 5):
        with pytest.raises(InvalidInputError, match="rounding mode"):
            Rounding(Decimal("0.01"), mode)  # type: ignore[arg-type]
    for maximum in (Decimal("NaN"), "x", [1], True):
        with pytest.raises(InvalidInputError, match="maximum"):
            to_rate("0.5", maximum=maximum)  # type: ignore[arg-type]
    for rounding in (None, "satang", 0.01):
        with pytest.raises(InvalidInputError, match="Rounding rule"):
            allocate("10", [1], rounding)  # type: ignore[arg-type]
