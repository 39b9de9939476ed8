"""chumchon.columns: columnar rows for batch runs, their checks, joins and compact pickles (issue 19)."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import pytest

from chumchon.columns import Columns
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.tables import Column

COLUMNS = (
    Column("id", "รหัส", "Id"),
    Column("amount", "จำนวน", "Amount", "money"),
    Column("day", "วัน", "Day", "date"),
)


def sample() -> Columns:
    return Columns.from_rows(
        COLUMNS,
        [("a", Decimal("1.50"), date(2026, 1, 1)), ("b", Decimal("-0.00"), date(2026, 9, 30))],
        Message("ตัวอย่าง", "Sample"),
    )


def test_rows_columns_and_tables() -> None:
    rows = sample()
    assert rows.keys == ("id", "amount", "day")
    assert list(rows.rows()) == [
        ("a", Decimal("1.50"), date(2026, 1, 1)),
        ("b", Decimal("0"), date(2026, 9, 30)),
    ]
    assert rows.row(0) == {"id": "a", "amount": Decimal("1.50"), "day": date(2026, 1, 1)}
    assert rows.to_table().to_rows(language="en")[0] == ["Id", "Amount", "Day"]
    assert "1.50" in rows.to_text(language="en")
    assert repr(rows) == "<Columns 2 rows: id, amount, day>"
    assert len(Columns.from_rows(COLUMNS, [])) == 0
    assert len(Columns((), ())) == 0


def test_pickles_compactly_and_exactly() -> None:
    rows = sample()
    back = pickle.loads(pickle.dumps(rows))
    assert back == rows
    assert [str(v) for v in back.column("amount")] == ["1.50", "-0.00"]  # every digit and sign kept
    nested = Columns.from_mapping({"monthly": ((Decimal("1.0"), Decimal(2)), (Decimal(3), Decimal("4.25")))})
    assert pickle.loads(pickle.dumps(nested)) == nested
    mixed = Columns.from_mapping({"x": (Decimal(1), None, 3), "t": ((1, 2), (3,), ())})
    assert pickle.loads(pickle.dumps(mixed)) == mixed


def test_concat_joins_in_order_and_renumbers() -> None:
    rows = sample()
    joined = Columns.concat([rows, rows])
    assert joined.column("id") == ("a", "b", "a", "b")
    numbered = Columns.from_mapping({"group": (0, 1), "v": ("x", "y")})
    assert Columns.concat([numbered, numbered], offsets=[0, 2]).column("group") == (0, 1, 2, 3)


def test_bad_uses_are_refused_clearly() -> None:
    rows = sample()
    with pytest.raises(InvalidInputError, match="no column 'nope'"):
        rows.column("nope")
    with pytest.raises(InvalidInputError, match="no parts"):
        Columns.concat([])
    with pytest.raises(InvalidInputError, match="same columns"):
        Columns.concat([rows, Columns.from_mapping({"id": ("a",)})])
    with pytest.raises(InvalidInputError, match="same length"):
        Columns.from_mapping({"a": (1, 2), "b": (1,)})
    for bad in (2, -1, True, "0", None):
        with pytest.raises(InvalidInputError, match="row number must be 0 to 1"):
            rows.check_row(bad)
    assert rows.check_row(1) == 1
