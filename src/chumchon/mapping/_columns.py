""":class:`~chumchon.columns.Columns` as a document writes it: the columns, then the values column by column.

A batch's columns hold plain values of several kinds in one column (a text, a number, nothing), so each value
says what it is the way untyped values do elsewhere in the documents: ``null``, ``true``/``false``, a whole
number and text as themselves, a Decimal as ``{"decimal": "1234.50"}``, a date as ``{"date": "2026-09-30"}``,
and a tuple (a member's twelve monthly amounts, an assessment's failed codes) as a list of such values.

>>> from decimal import Decimal
>>> from chumchon.columns import Columns
>>> from chumchon.tables import Column
>>> rows = Columns.from_rows((Column("group", "กลุ่ม", "Group"), Column("profit", "กำไร", "Profit", "money")),
...                          [("A", Decimal("10.50"))])
>>> encode_columns(rows)["data"]
[['A'], [{'decimal': '10.50'}]]
>>> decode_columns(encode_columns(rows), "groups") == rows
True
"""

from __future__ import annotations

from typing import Any

from chumchon.columns import Columns
from chumchon.mapping._base import fail, join, register_codec
from chumchon.messages import Message
from chumchon.tables import Column

__all__ = ["columns_schema", "decode_columns", "encode_columns"]


def _value(value: Any) -> Any:
    from chumchon.mapping._encode import encode_any

    return [encode_any(v) for v in value] if isinstance(value, tuple) else encode_any(value)


def encode_columns(columns: Columns) -> dict[str, Any]:
    from chumchon.mapping._encode import encode

    return {
        "title": encode(columns.title, Message | None),
        "columns": [encode(column, Column) for column in columns.columns],
        "data": [[_value(v) for v in values] for values in columns.data],
    }


def _read_value(data: Any, path: str, *, nested: bool = False) -> Any:
    from chumchon.mapping._decode import decode_any

    if isinstance(data, list) and not nested:
        return tuple(_read_value(v, join(path, i), nested=True) for i, v in enumerate(data))
    return decode_any(data, path)


def decode_columns(data: Any, path: str) -> Columns:
    from chumchon.mapping._decode import decode, json_object

    given = json_object(data, path, required=("columns", "data"), optional=("title",))
    title = decode(Message | None, given.get("title"), join(path, "title"))
    columns = decode(tuple[Column, ...], given["columns"], join(path, "columns"))
    values = given["data"]
    where = join(path, "data")
    if not isinstance(values, list) or len(values) != len(columns):
        raise fail(
            where, f"ต้องเป็นรายการ {len(columns)} คอลัมน์", f"must be a list of {len(columns)} columns", values
        )
    data_columns = []
    for i, column in enumerate(values):
        if not isinstance(column, list) or len(column) != len(values[0]):
            raise fail(
                join(where, i),
                "ต้องเป็นรายการค่ายาวเท่าคอลัมน์แรก",
                "must be a list of values as long as the first column",
                column,
            )
        data_columns.append(tuple(_read_value(v, join(join(where, i), j)) for j, v in enumerate(column)))
    return Columns(columns, tuple(data_columns), title)


def columns_schema() -> dict[str, Any]:
    from chumchon.mapping._schema import untyped_schema

    scalar = untyped_schema()
    return {
        "type": "object",
        "properties": {
            "title": {"anyOf": [{"type": "null"}, _inline(Message)]},
            "columns": {"type": "array", "items": _inline(Column)},
            "data": {
                "type": "array",
                "items": {"type": "array", "items": {"anyOf": [scalar, {"type": "array", "items": scalar}]}},
            },
        },
        "required": ["columns", "data"],
        "additionalProperties": False,
    }


def _inline(cls: type) -> dict[str, Any]:
    """A record's schema written out in place (a codec's schema has no ``$defs`` of its own)."""
    from chumchon.mapping._schema import record_schema

    return record_schema(cls, {})


register_codec(Columns, encode=encode_columns, decode=decode_columns, schema=columns_schema)
