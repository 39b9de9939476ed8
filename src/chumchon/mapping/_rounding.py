"""A :class:`~chumchon.money.Rounding` as a document writes it: its name, or its quantum and mode."""

from __future__ import annotations

from typing import Any

from chumchon.mapping._base import fail, join, register_codec
from chumchon.money import ROUNDINGS, Rounding


def encode_rounding(value: Rounding) -> Any:
    named = ROUNDINGS.get(value.name)
    if named is not None and named == value:
        return value.name
    return {"quantum": str(value.quantum), "mode": value.mode_name, "name": value.name}


def decode_rounding(data: Any, path: str) -> Rounding:
    from chumchon.mapping._decode import decimal, json_object, wrap

    if isinstance(data, str):
        if data in ROUNDINGS:
            return ROUNDINGS[data]
        raise fail(
            path,
            f"ต้องเป็นชื่อวิธีปัดเศษ ({', '.join(ROUNDINGS)})",
            f"must be a rounding name ({', '.join(ROUNDINGS)})",
            data,
        )
    fields = json_object(data, path, required=("quantum", "mode"), optional=("name",))
    name = fields.get("name", "")
    if not isinstance(name, str):
        raise fail(join(path, "name"), "ต้องเป็นข้อความ", "must be text", name)
    quantum = decimal(fields["quantum"], join(path, "quantum"))
    mode = fields["mode"]
    if not isinstance(mode, str):
        raise fail(join(path, "mode"), "ต้องเป็นข้อความ เช่น half_up", "must be text such as half_up", mode)
    rounding: Rounding = wrap(path, lambda: Rounding(quantum, mode, name=name))
    return rounding


def rounding_schema() -> dict[str, Any]:
    from chumchon.mapping._schema import decimal_schema

    return {
        "anyOf": [
            {"type": "string", "enum": sorted(ROUNDINGS)},
            {
                "type": "object",
                "properties": {
                    "quantum": decimal_schema(),
                    "mode": {
                        "type": "string",
                        "enum": ["half_up", "half_down", "half_even", "up", "down", "ceiling", "floor"],
                    },
                    "name": {"type": "string"},
                },
                "required": ["quantum", "mode"],
                "additionalProperties": False,
            },
        ]
    }


register_codec(Rounding, encode=encode_rounding, decode=decode_rounding, schema=rounding_schema)
