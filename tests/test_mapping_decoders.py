"""The compiled decoders refuse each wrong JSON kind with the place named, as the interpreted reader did."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from chumchon.errors import ParseError
from chumchon.mapping import from_data


@pytest.mark.parametrize(
    ("tp", "data", "message"),
    [
        (tuple[tuple[str, Decimal], ...], [1], "x must be a JSON object (name -> value)"),
        (tuple[Decimal, ...], "1.5", "x must be a list (a JSON array)"),
        (tuple[Decimal, str], "1.5", "x must be a list (a JSON array)"),
        (tuple[Decimal, str], ["1.5"], "x must hold 2 values"),
        (dict[str, int], [1], "x must be a JSON object"),
        (bool, 1, "x must be true or false"),
        (int, True, "x must be a whole number"),
        (str, 1, "x must be text"),
        (type(None), 1, "x must be null"),
        (Decimal | int, None, "x must have a value"),
        (bool | int, "yes", "x must be true/false, a whole number"),
    ],
)
def test_a_wrong_kind_is_refused_naming_the_place(tp: Any, data: object, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        from_data(tp, data, "x")
    assert message in str(caught.value)


def test_decoders_read_the_right_kinds() -> None:
    assert from_data(tuple[tuple[str, Decimal], ...], {"a": "1.5"}) == (("a", Decimal("1.5")),)
    assert from_data(frozenset[int], [1, 2, 1]) == frozenset({1, 2})
    assert from_data(dict[str, int], {"a": 1}) == {"a": 1}
    assert from_data(type(None), None) is None
    assert from_data(Decimal | str, {"decimal": "2"}) == Decimal("2")
    assert from_data(Decimal | str, "two") == "two"
