"""Reading: JSON data as the declared type, refusing anything else with a :class:`~chumchon.errors.ParseError`
that names the place in the document (``members[2].opening_balance``)."""

from __future__ import annotations

import enum
import re
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

import chumchon.mapping._columns
import chumchon.mapping._rounding  # noqa: F401 (registers the Rounding codec before any lookup)
from chumchon.errors import InvalidInputError, ParseError
from chumchon.mapping._base import (
    _MAX_ADJUSTED_EXPONENT,
    CODECS,
    DATE_TEXT,
    DECIMAL_TEXT,
    TAG,
    constants_of,
    enum_code,
    fail,
    join,
    thai_name,
    union_kind,
)
from chumchon.mapping._types import (
    document_fields,
    is_record,
    is_union,
    pair_list,
    tagged_records,
    type_args,
    type_origin,
)


def decode(tp: Any, data: Any, path: str) -> Any:
    return decoder(tp)(data, path)


# Decoders are built once per declared type and per record class, as encoders are: documents are read in bulk.
_DECODERS: dict[Any, Callable[[Any, str], Any]] = {}


def decoder(tp: Any) -> Callable[[Any, str], Any]:
    """The reader of JSON data as ``tp``: ``(data, path) -> value``."""
    found = _DECODERS.get(tp)
    if found is None:
        found = _build_decoder(tp)
        _DECODERS[tp] = found
    return found


def _build_decoder(tp: Any) -> Callable[[Any, str], Any]:  # one branch per kind of type, as in the encoder
    if tp is Any or tp is object:
        return decode_any
    if is_union(tp):
        return lambda data, path: _decode_union(tp, data, path)
    pairs = pair_list(tp)
    if pairs is not None:
        return _pairs_decoder(decoder(pairs[0]), decoder(pairs[1]))
    origin = type_origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        args = type_args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            return _fixed_tuple_decoder([decoder(a) for a in args])
        return _sequence_decoder(decoder(args[0] if args else Any), frozen=origin in (frozenset, set))
    if origin in (dict, Mapping):
        key_tp, value_tp = type_args(tp)
        return _dict_decoder(decoder(key_tp), decoder(value_tp))
    codec = CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.decode
    if tp is Decimal:
        return decimal
    if tp is date:
        return iso_date
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return lambda data, path: enum_member(tp, data, path)
    if is_record(tp):
        return _record_reader(tp)
    if origin is typing.Literal:
        return _literal_decoder(type_args(tp))
    simple = _SIMPLE.get(tp)
    if simple is not None:
        return simple
    raise TypeError(f"no JSON form for {tp!r}")


def _pairs_decoder(
    key: Callable[[Any, str], Any], item: Callable[[Any, str], Any]
) -> Callable[[Any, str], Any]:
    def read(data: Any, path: str) -> Any:
        if not isinstance(data, Mapping):
            raise fail(path, "ต้องเป็น JSON object (ชื่อ → ค่า)", "must be a JSON object (name -> value)", data)
        return tuple((key(k, path), item(v, join(path, str(k)))) for k, v in data.items())

    return read


def _fixed_tuple_decoder(parts: list[Callable[[Any, str], Any]]) -> Callable[[Any, str], Any]:
    def read(data: Any, path: str) -> Any:
        if not isinstance(data, (list, tuple)):
            raise fail(path, "ต้องเป็นรายการ (JSON array)", "must be a list (a JSON array)", data)
        if len(data) != len(parts):
            raise fail(path, f"ต้องมี {len(parts)} ค่า", f"must hold {len(parts)} values", data)
        return tuple(part(v, join(path, i)) for i, (v, part) in enumerate(zip(data, parts, strict=True)))

    return read


def _sequence_decoder(item: Callable[[Any, str], Any], *, frozen: bool) -> Callable[[Any, str], Any]:
    def read(data: Any, path: str) -> Any:
        if not isinstance(data, (list, tuple)):
            raise fail(path, "ต้องเป็นรายการ (JSON array)", "must be a list (a JSON array)", data)
        values = [item(v, join(path, i)) for i, v in enumerate(data)]
        return frozenset(values) if frozen else tuple(values)

    return read


def _dict_decoder(
    key: Callable[[Any, str], Any], item: Callable[[Any, str], Any]
) -> Callable[[Any, str], Any]:
    def read(data: Any, path: str) -> Any:
        if not isinstance(data, Mapping):
            raise fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
        return {key(k, path): item(v, join(path, str(k))) for k, v in data.items()}

    return read


def _literal_decoder(allowed: tuple[Any, ...]) -> Callable[[Any, str], Any]:
    def read(data: Any, path: str) -> Any:
        if data not in allowed:
            raise fail(path, f"ต้องเป็นหนึ่งใน {list(allowed)}", f"must be one of {list(allowed)}", data)
        return data

    return read


def _bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise fail(path, "ต้องเป็น true หรือ false", "must be true or false", data)
    return data


def _int(data: Any, path: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise fail(path, "ต้องเป็นจำนวนเต็ม", "must be a whole number", data)
    whole: int = data  # named: the oldest mypy reads the narrowed Any as Any
    return whole


def _str(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise fail(path, "ต้องเป็นข้อความ", "must be text", data)
    return data


def _none(data: Any, path: str) -> None:
    if data is not None:
        raise fail(path, "ต้องเป็น null", "must be null", data)


_SIMPLE: dict[Any, Callable[[Any, str], Any]] = {bool: _bool, int: _int, str: _str, type(None): _none}


def _decode_union(tp: Any, data: Any, path: str) -> Any:
    options = list(type_args(tp))
    if data is None:
        if type(None) in options:
            return None
        raise fail(path, "ต้องมีค่า", "must have a value", data)
    options = [o for o in options if o is not type(None)]
    described = [('{"decimal": "…"}' if o is Decimal and str in options else _describe(o)) for o in options]
    if Decimal in options and str in options:
        if isinstance(data, Mapping) and set(data) == {"decimal"}:
            return decimal(data["decimal"], join(path, "decimal"))
        options.remove(Decimal)
    if tagged_records(options) and isinstance(data, Mapping):
        kinds = {union_kind(o): o for o in options if is_record(o)}
        kind = data.get(TAG)
        if kind not in kinds:
            raise fail(
                join(path, TAG), f"ต้องเป็นหนึ่งใน {sorted(kinds)}", f"must be one of {sorted(kinds)}", kind
            )
        return record(kinds[kind], {k: v for k, v in data.items() if k != TAG}, path)
    errors: list[ParseError] = []
    for option in options:
        if _json_kind_fits(option, data):
            try:
                return decode(option, data, path)
            except ParseError as error:
                errors.append(error)
    if len(errors) == 1:
        raise errors[0]
    allowed = ", ".join(described)
    raise fail(path, f"ต้องเป็น {allowed}", f"must be {allowed}", data)


def _json_kind_fits(tp: Any, data: Any) -> bool:
    """Whether JSON ``data`` is of the JSON kind ``tp`` is written as (so a union tries only the right option)."""
    if isinstance(data, bool):
        return tp is bool
    if tp is bool:
        return False
    if isinstance(data, str):
        return tp in (str, Decimal, date) or (
            isinstance(tp, type) and (issubclass(tp, enum.Enum) or tp in CODECS)
        )
    if isinstance(data, int):
        return tp in (int, Decimal)
    if isinstance(data, Decimal):
        return tp is Decimal
    if isinstance(data, list):
        return pair_list(tp) is None and type_origin(tp) in (tuple, list, Sequence, frozenset, set, Iterable)
    if isinstance(data, Mapping):
        return (
            is_record(tp) or pair_list(tp) is not None or type_origin(tp) in (dict, Mapping) or tp in CODECS
        )
    return True


def _describe(tp: Any) -> str:
    return {
        Decimal: "decimal text",
        date: "a date",
        bool: "true/false",
        int: "a whole number",
        str: "text",
    }.get(tp, getattr(tp, "__name__", str(tp)))


def decode_any(data: Any, path: str) -> Any:
    if isinstance(data, Mapping):
        if set(data) == {"decimal"}:
            return decimal(data["decimal"], join(path, "decimal"))
        if set(data) == {"date"}:
            return iso_date(data["date"], join(path, "date"))
        raise fail(
            path,
            'ต้องเป็นค่าเดี่ยว ({"decimal": …} หรือ {"date": …} สำหรับตัวเลขทศนิยมและวันที่)',
            'must be a single value ({"decimal": …} or {"date": …} for decimals and dates)',
            data,
        )
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, Decimal):
        return decimal(data, path)
    raise fail(path, "ต้องเป็นค่าเดี่ยว", "must be a single value", data)


def decimal(data: Any, path: str) -> Decimal:
    if isinstance(data, bool):
        raise fail(
            path,
            'ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50"',
            'must be a decimal number as text, such as "1234.50"',
            data,
        )
    if isinstance(data, int):
        value = Decimal(data)
    elif isinstance(data, Decimal):
        value = data  # a JSON number read exactly by chumchon.jsontext
    elif isinstance(data, str) and _DECIMAL_RE.match(data):
        try:
            value = Decimal(data)
        except InvalidOperation:  # pragma: no cover - the pattern admits only finite numbers
            raise fail(path, "ต้องเป็นตัวเลขทศนิยม", "must be a decimal number", data) from None
    else:
        raise fail(
            path,
            'ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50"',
            'must be a decimal number as text, such as "1234.50"',
            data,
        )
    if not value.is_finite() or (value and value.adjusted() > _MAX_ADJUSTED_EXPONENT):
        raise fail(path, "ต้องเป็นจำนวนจำกัดไม่เกิน 10^40", "must be a finite number no larger than 10^40", data)
    return value


_DECIMAL_RE = re.compile(DECIMAL_TEXT)


def iso_date(data: Any, path: str) -> date:
    if isinstance(data, str) and re.fullmatch(DATE_TEXT, data):
        try:
            return date.fromisoformat(data)
        except ValueError:
            pass
    raise fail(path, "ต้องเป็นวันที่รูป YYYY-MM-DD (ค.ศ.)", "must be a date as YYYY-MM-DD", data)


def enum_member(tp: type[enum.Enum], data: Any, path: str) -> enum.Enum:
    for member in tp:
        if data == enum_code(member):
            return member
    labelled = [m for m in tp if isinstance(data, str) and thai_name(m) == data.strip()]
    if labelled:
        return labelled[0]
    codes = ", ".join(enum_code(m) for m in tp)
    raise fail(path, f"ต้องเป็นหนึ่งใน {codes}", f"must be one of {codes}", data)


def json_object(data: Any, path: str, *, required: Iterable[str], optional: Iterable[str]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
    required = list(required)
    allowed = {*required, *optional}
    for key in data:
        if not isinstance(key, str) or key not in allowed:
            names = ", ".join(sorted(allowed))
            raise ParseError(
                th=f"ไม่รู้จักช่อง {join(path, str(key))} ช่องที่ใช้ได้: {names}",
                en=f"unknown field {join(path, str(key))}; allowed: {names}",
                text=key,
                field=join(path, str(key)),
            )
    missing = [k for k in required if k not in data]
    if missing:
        raise ParseError(
            th=f"ขาดช่อง {', '.join(join(path, k) for k in missing)}",
            en=f"missing field(s) {', '.join(join(path, k) for k in missing)}",
            text=None,
            field=join(path, missing[0]),
        )
    return dict(data)


def read_fields(
    cls: type,
    data: Any,
    path: str,
    *,
    stand_ins: Mapping[str, Sequence[str]],
    outside_forms: bool,
) -> dict[str, Any]:
    """The fields of the record class ``cls`` in the JSON object ``data``, checked as a document's are (see
    :func:`chumchon.mapping.read_fields`)."""
    if not isinstance(data, Mapping):
        raise fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
    fields = document_fields(cls)
    extra = [key for keys in stand_ins.values() for key in keys]
    optional = [*(n for n, _, _ in fields), *extra]
    json_object(data, path, required=(), optional=optional)  # unknown fields first, as for any document
    for name, keys in stand_ins.items():
        present = [k for k in (name, *keys) if k in data]
        if len(present) > 1:
            ways = ", ".join((name, *keys))
            raise fail(
                join(path, present[1]),
                f"ซ้ำกับช่อง {present[0]} (ให้ได้ช่องเดียวจาก {ways})",
                f"repeats {present[0]} (give one of {ways})",
                data[present[1]],
            )
    covered = {name for name, keys in stand_ins.items() if any(k in data for k in keys)}
    required = [n for n, _, req in fields if req and n not in covered]
    given = json_object(data, path, required=required, optional=optional)
    found: dict[str, Any] = {}
    for name, tp, _ in fields:
        if name in given:
            value = given[name]
            try:
                found[name] = decoder(tp)(value, join(path, name))
            except InvalidInputError:
                if not outside_forms:
                    raise
                found[name] = value  # a form only outside data uses ("5,000"): the class's converter reads it
    found.update((key, given[key]) for key in extra if key in given)
    return found


def record(cls: type, data: Any, path: str) -> Any:
    """An object of the record class ``cls`` from a JSON object of its document fields."""
    return _record_reader(cls)(data, path)


_RECORD_READERS: dict[type, Callable[[Any, str], Any]] = {}


def _record_reader(cls: type) -> Callable[[Any, str], Any]:
    found = _RECORD_READERS.get(cls)
    if found is not None:
        return found
    fields = document_fields(cls)
    constants = constants_of(cls)
    required = [n for n, _, req in fields if req]
    optional = [n for n, _, _ in fields]
    readers: list[
        tuple[str, Callable[[Any, str], Any]]
    ] = []  # filled on first use: a class may contain itself
    build_checked = attrs.has(cls)

    def read(data: Any, path: str) -> Any:
        if not readers:
            readers.extend((name, decoder(ftp)) for name, ftp, _ in fields)
        if constants and isinstance(data, Mapping):
            for key, value in constants.items():
                if data.get(key) != value:
                    raise fail(join(path, key), f"ต้องเป็น {value!r}", f"must be {value!r}", data.get(key))
            data = {k: v for k, v in data.items() if k not in constants}
        given = json_object(data, path, required=required, optional=optional)
        kwargs = {
            name: read_field(given[name], join(path, name)) for name, read_field in readers if name in given
        }
        if build_checked:
            return wrap(path, lambda: cls(**kwargs))
        return cls(**kwargs)

    _RECORD_READERS[cls] = read
    return read


def wrap(path: str, build: Callable[[], Any]) -> Any:
    """Run a constructor; its InvalidInputError becomes a ParseError naming the place in the document."""
    try:
        return build()
    except ParseError as error:
        if path and error.field and not str(error.field).startswith(path):
            error.field = join(path, str(error.field))
        raise
    except InvalidInputError as error:
        field = error.field
        where = join(path, field) if (path and field) else (path or field)
        raise ParseError(
            th=f"{error.th} (ช่อง {where})" if where else error.th,
            en=f"{error.en} (at {where})" if where else error.en,
            text=error.value,
            field=where,
        ) from None
