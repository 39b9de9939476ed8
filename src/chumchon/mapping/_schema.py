"""The JSON Schema (draft 2020-12) of a class's documents, from the same type hints as reading and writing."""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import chumchon.mapping._columns
import chumchon.mapping._rounding  # noqa: F401 (registers the Rounding codec before any lookup)
from chumchon.mapping._base import (
    CODECS,
    DATE_TEXT,
    DECIMAL_TEXT,
    SCHEMA_DIALECT,
    TAG,
    constants_of,
    enum_code,
    schema_name,
    thai_name,
    union_kind,
)
from chumchon.mapping._mixins import ResultMappable
from chumchon.mapping._types import (
    document_fields,
    is_record,
    is_union,
    pair_list,
    tagged_records,
    type_args,
    type_origin,
)


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``cls``'s mapping (see :func:`chumchon.mapping.json_schema`)."""
    defs: dict[str, Any] = {}
    root = record_schema(cls, defs, top=True)
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://chumchon.invalid/schemas/{schema_name(cls)}.json",
        "title": schema_name(cls),
        **root,
    }
    if issubclass(cls, ResultMappable):
        envelope = {
            "schema": {"const": schema_name(cls)},
            "schema_version": {"const": cls.schema_version},
            "chumchon_version": {"type": "string"},
            "sources_used": {"type": "array", "items": {"$ref": "#/$defs/source"}},
            "provisional_values": {"type": "array", "items": {"type": "string"}},
        }
        from chumchon.rules import Source

        if "source" not in defs:
            defs["source"] = record_schema(Source, defs)
        schema["properties"] = {**envelope, **schema["properties"]}
        schema["required"] = ["schema", "schema_version", *schema["required"]]
    if defs:
        schema["$defs"] = defs
    return schema


def decimal_schema() -> dict[str, Any]:
    return {"type": "string", "pattern": DECIMAL_TEXT}


def untyped_schema() -> dict[str, Any]:
    """An untyped value (a fact, a batch column's cell): null, true/false, a whole number or text as itself,
    a decimal as ``{"decimal": …}``, a date as ``{"date": …}``."""
    return {
        "anyOf": [
            {"type": ["null", "boolean", "integer", "string"]},
            {
                "type": "object",
                "properties": {"decimal": decimal_schema()},
                "required": ["decimal"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {"date": {"type": "string", "pattern": DATE_TEXT, "format": "date"}},
                "required": ["date"],
                "additionalProperties": False,
            },
        ]
    }


def schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is Any or tp is object:
        return untyped_schema()
    if is_union(tp):
        options = list(type_args(tp))
        tagged = tagged_records(options)
        alternatives = []
        for option in options:
            if option is Decimal and str in options:
                alternatives.append(
                    {
                        "type": "object",
                        "properties": {"decimal": decimal_schema()},
                        "required": ["decimal"],
                        "additionalProperties": False,
                    }
                )
            elif tagged and is_record(option):
                schema_of(option, defs)
                alternatives.append({"$ref": f"#/$defs/{union_kind(option)}__tagged"})
                if f"{union_kind(option)}__tagged" not in defs:
                    plain = defs[union_kind(option)]
                    defs[f"{union_kind(option)}__tagged"] = {
                        **plain,
                        "properties": {TAG: {"const": union_kind(option)}, **plain["properties"]},
                        "required": [TAG, *plain["required"]],
                    }
            else:
                alternatives.append(schema_of(option, defs))
        return {"anyOf": alternatives}
    pairs = pair_list(tp)
    if pairs is not None:
        names: dict[str, Any] = {} if pairs[0] is str else {"propertyNames": schema_of(pairs[0], defs)}
        return {"type": "object", "additionalProperties": schema_of(pairs[1], defs), **names}
    origin = type_origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        args = type_args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            return {
                "type": "array",
                "prefixItems": [schema_of(a, defs) for a in args],
                "items": False,
                "minItems": len(args),
            }
        unique: dict[str, Any] = {"uniqueItems": True} if origin in (frozenset, set) else {}
        return {"type": "array", "items": schema_of(args[0] if args else Any, defs), **unique}
    if origin in (dict, Mapping):
        return {"type": "object", "additionalProperties": schema_of(type_args(tp)[1], defs)}
    if origin is typing.Literal:
        return {"enum": list(type_args(tp))}
    codec = CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.schema()
    if tp is Decimal:
        return decimal_schema()
    if tp is date:
        return {"type": "string", "pattern": DATE_TEXT, "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        codes = [enum_code(m) for m in tp]
        labels = [name for m in tp if (name := thai_name(m)) is not None and name not in codes]
        return {"type": "string", "enum": codes + labels}
    if is_record(tp):
        key = union_kind(tp)
        if key not in defs:
            defs[key] = {}  # reserve the name first: a class may contain itself
            defs[key] = record_schema(tp, defs)
        return {"$ref": f"#/$defs/{key}"}
    simple = {str: "string", int: "integer", bool: "boolean", type(None): "null"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON form for {tp!r}")


def record_schema(cls: type, defs: dict[str, Any], *, top: bool = False) -> dict[str, Any]:
    fields = document_fields(cls)
    doc = (cls.__doc__ or "").strip().splitlines()
    constants = constants_of(cls)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            **{key: {"const": value} for key, value in constants.items()},
            **{name: schema_of(ftp, defs) for name, ftp, _ in fields},
        },
        "required": [*constants, *(name for name, _, req in fields if req)],
        "additionalProperties": False,
    }
    if doc and not top:
        schema["description"] = doc[0]
    return schema
