"""The vocabulary the mechanism shares: document names, the envelope keys, the error it raises, and the codecs
of value types written as one JSON value (:func:`register_codec`). Light: imported when a class is defined."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from chumchon.errors import ParseError

#: The JSON Schema dialect every published schema declares.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


#: The envelope keys a result's mapping carries besides its own fields.
DOCUMENT_KEYS = ("schema", "schema_version", "chumchon_version", "sources_used", "provisional_values")


SCHEMA_PREFIX = "chumchon."


# The key that names which record of a union an object is (``{"type": "percent", ...}``).
TAG = "type"


# A decimal as JSON text: what str(Decimal) writes for a finite number (no NaN, no Infinity).
DECIMAL_TEXT = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"


DATE_TEXT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


# Far beyond any money or rate; refusing it keeps a typo such as 1e999999 out of a calculation.
_MAX_ADJUSTED_EXPONENT = 40


def fail(path: str, th: str, en: str, value: object) -> ParseError:
    where = path or "ข้อมูล"
    where_en = path or "the data"
    return ParseError(
        th=f"ช่อง {where} {th} ไม่ใช่ {value!r}",
        en=f"{where_en} {en}, not {value!r}",
        text=value,
        field=path or None,
    )


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@attrs.frozen
class Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any, str], Any]
    schema: Callable[[], dict[str, Any]]


CODECS: dict[type, Codec] = {}


def register_codec(
    cls: type,
    *,
    encode: Callable[[Any], Any],
    decode: Callable[[Any, str], Any],
    schema: Callable[[], dict[str, Any]],
) -> None:
    """Teach the mechanism a value type that is written as one JSON value (e.g. a loan frequency by name).

    Args:
        cls: the type.
        encode: value -> JSON data.
        decode: (JSON data, field path) -> value; raises :class:`~chumchon.errors.ParseError` on bad data.
        schema: the JSON Schema of the encoded form.
    """
    CODECS[cls] = Codec(encode, decode, schema)


def schema_name(cls: type) -> str:
    """The stable name of a class's document: ``"chumchon."`` + the class name in snake case.

    >>> from chumchon.money import Rounding
    >>> schema_name(Rounding)
    'chumchon.rounding'
    """
    explicit = cls.__dict__.get("schema_id")
    base = explicit if isinstance(explicit, str) else re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()
    return SCHEMA_PREFIX + base


def union_kind(cls: type) -> str:
    """The ``type`` value that tells a record apart in a union (``union_tag``, or the schema's short name)."""
    tag = cls.__dict__.get("union_tag")
    return tag if isinstance(tag, str) else schema_name(cls)[len(SCHEMA_PREFIX) :]


def thai_name(member: enum.Enum) -> str | None:
    """The Thai name a member is shown with (``label_th``, or ``label.th``), if it has one: readers accept it
    in place of the code.

    >>> from chumchon.rules import Status
    >>> thai_name(Status.PROVISIONAL)
    'ชั่วคราว (ยังไม่ยืนยัน)'
    """
    name = getattr(member, "label_th", None)
    if name is None:
        name = getattr(getattr(member, "label", None), "th", None)
    return name if isinstance(name, str) else None


def enum_code(member: enum.Enum) -> str:
    return member.value if isinstance(member.value, str) else member.name.lower()


def constants_of(cls: type) -> Mapping[str, str]:
    """Fixed keys a class's documents carry (a rubric's ``"format"``), from its ``document_constants``."""
    constants = getattr(cls, "document_constants", None)
    return constants if isinstance(constants, Mapping) else {}
