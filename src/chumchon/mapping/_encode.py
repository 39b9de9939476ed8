"""Writing: a value as plain JSON data, by its declared type. Encoders are built once per type and per class
(documents are written in bulk)."""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import chumchon.mapping._columns
import chumchon.mapping._rounding  # noqa: F401 (registers the Rounding codec before any lookup)
from chumchon.mapping._base import CODECS, TAG, constants_of, enum_code, union_kind
from chumchon.mapping._types import (
    document_fields,
    is_record,
    is_union,
    matches,
    pair_list,
    tagged_records,
    type_args,
    type_origin,
)


def encode(value: Any, tp: Any) -> Any:
    return encoder(tp)(value)


# Encoders are built once per declared type and per record class: documents are written in bulk.
_ENCODERS: dict[Any, Callable[[Any], Any]] = {}


_RECORD_ENCODERS: dict[type, tuple[Mapping[str, str], list[tuple[str, Callable[[Any], Any]]]]] = {}


def encoder(tp: Any) -> Callable[[Any], Any]:
    encoder = _ENCODERS.get(tp)
    if encoder is None:
        encoder = _build_encoder(tp)
        _ENCODERS[tp] = encoder
    return encoder


def _same(value: Any) -> Any:
    return value


def _encode_record(value: Any) -> dict[str, Any]:
    cls = type(value)
    compiled = _RECORD_ENCODERS.get(cls)
    if compiled is None:
        compiled = (constants_of(cls), [(name, encoder(ftp)) for name, ftp, _ in document_fields(cls)])
        _RECORD_ENCODERS[cls] = compiled
    constants, fields = compiled
    data = dict(constants)
    for name, encode in fields:
        data[name] = encode(getattr(value, name))
    return data


def _build_encoder(tp: Any) -> Callable[[Any], Any]:  # one branch per kind of type, as in decode
    if tp is Any or tp is object:
        return encode_any
    if is_union(tp):
        return _union_encoder(tp)
    pairs = pair_list(tp)
    if pairs is not None:
        key, item = encoder(pairs[0]), encoder(pairs[1])
        return lambda value: {key(k): item(v) for k, v in value}
    origin = type_origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        args = type_args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            parts = [encoder(a) for a in args]
            return lambda value: [encode(v) for v, encode in zip(value, parts, strict=True)]
        item = encoder(args[0] if args else Any)
        if origin in (frozenset, set):
            return lambda value: sorted((item(v) for v in value), key=repr)
        return lambda value: [item(v) for v in value]
    if origin in (dict, Mapping):
        key_tp, value_tp = type_args(tp)
        key, item = encoder(key_tp), encoder(value_tp)
        return lambda value: {str(key(k)): item(v) for k, v in value.items()}
    codec = CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.encode
    if tp is Decimal:
        return str
    if tp is date or tp is datetime:
        return lambda value: value.isoformat()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return enum_code
    if is_record(tp):
        return _encode_record
    if origin is typing.Literal or tp in (str, int, bool, type(None)):
        return _same
    raise TypeError(f"no JSON form for {tp!r}")


def _union_encoder(tp: Any) -> Callable[[Any], Any]:
    options = [o for o in type_args(tp) if o is not type(None)]
    tagged = tagged_records(options)
    alternatives: list[tuple[Any, Callable[[Any], Any], str | None, bool]] = [
        (
            option,
            encoder(option),
            union_kind(option) if tagged and is_record(option) else None,
            option is Decimal and str in options,
        )
        for option in options
    ]

    def encode(value: Any) -> Any:
        if value is None:
            return None
        for option, encoder, tag, decimal_tag in alternatives:
            if matches(value, option):
                encoded = encoder(value)
                if decimal_tag:
                    return {"decimal": encoded}
                if tag is not None:
                    return {TAG: tag, **encoded}
                return encoded
        raise TypeError(f"{value!r} does not match {tp!r}")  # an internal error: a field holds a wrong type

    return encode


def encode_any(value: Any) -> Any:
    # An untyped value (a fact of any kind): decimals and dates are tagged so they read back as themselves.
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, enum.Enum):
        return enum_code(value)
    raise TypeError(f"no JSON form for {value!r}")
