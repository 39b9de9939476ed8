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
    if tp is Any or tp is object:
        return decode_any(data, path)
    if is_union(tp):
        return _decode_union(tp, data, path)
    pairs = pair_list(tp)
    if pairs is not None:
        if not isinstance(data, Mapping):
            raise fail(path, "ต้องเป็น JSON object (ชื่อ → ค่า)", "must be a JSON object (name -> value)", data)
        return tuple(
            (decode(pairs[0], k, path), decode(pairs[1], v, join(path, str(k)))) for k, v in data.items()
        )
    origin = type_origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        if not isinstance(data, (list, tuple)):
            raise fail(path, "ต้องเป็นรายการ (JSON array)", "must be a list (a JSON array)", data)
        args = type_args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            if len(data) != len(args):
                raise fail(path, f"ต้องมี {len(args)} ค่า", f"must hold {len(args)} values", data)
            return tuple(decode(a, v, join(path, i)) for i, (v, a) in enumerate(zip(data, args, strict=True)))
        item = args[0] if args else Any
        values = [decode(item, v, join(path, i)) for i, v in enumerate(data)]
        if origin in (frozenset, set):
            return frozenset(values)
        return tuple(values)
    if origin in (dict, Mapping):
        key_tp, value_tp = type_args(tp)
        if not isinstance(data, Mapping):
            raise fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
        return {decode(key_tp, k, path): decode(value_tp, v, join(path, str(k))) for k, v in data.items()}
    codec = CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.decode(data, path)
    if tp is Decimal:
        return decimal(data, path)
    if tp is date:
        return iso_date(data, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return enum_member(tp, data, path)
    if is_record(tp):
        return record(tp, data, path)
    if origin is typing.Literal:
        if data not in type_args(tp):
            raise fail(
                path, f"ต้องเป็นหนึ่งใน {list(type_args(tp))}", f"must be one of {list(type_args(tp))}", data
            )
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise fail(path, "ต้องเป็น true หรือ false", "must be true or false", data)
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise fail(path, "ต้องเป็นจำนวนเต็ม", "must be a whole number", data)
        return data
    if tp is str:
        if not isinstance(data, str):
            raise fail(path, "ต้องเป็นข้อความ", "must be text", data)
        return data
    if tp is type(None):
        if data is not None:
            raise fail(path, "ต้องเป็น null", "must be null", data)
        return None
    raise TypeError(f"no JSON form for {tp!r}")


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


def record(cls: type, data: Any, path: str) -> Any:
    fields = document_fields(cls)
    constants = constants_of(cls)
    if constants and isinstance(data, Mapping):
        for key, value in constants.items():
            if data.get(key) != value:
                raise fail(join(path, key), f"ต้องเป็น {value!r}", f"must be {value!r}", data.get(key))
        data = {k: v for k, v in data.items() if k not in constants}
    given = json_object(
        data, path, required=[n for n, _, req in fields if req], optional=[n for n, _, _ in fields]
    )
    kwargs = {name: decode(ftp, given[name], join(path, name)) for name, ftp, _ in fields if name in given}
    if attrs.has(cls):
        return wrap(path, lambda: cls(**kwargs))
    return cls(**kwargs)


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
