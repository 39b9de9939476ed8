"""Plain JSON data in and out of chumchon's value objects, and their JSON Schemas (ข้อมูล JSON และสคีมา).

One mechanism, driven by each class's attrs fields and type hints, does three jobs so they cannot drift apart:

* :func:`to_data` turns a value into plain JSON data: a ``Decimal`` becomes its exact text (``"1234.50"``), a
  date ISO text (``"2026-10-01"``), an enum its stable English code (``"ordinary"``, never the Thai display
  label), a :class:`~chumchon.messages.Message` ``{"th": …, "en": …}``, a tuple a list, an attrs object a JSON
  object of its public fields;
* :func:`from_data` reads such data back into the declared type, checking it and naming the offending place
  (``members[2].opening_balance``) in a :class:`~chumchon.errors.ParseError`; enums whose members have a Thai
  label (``MemberType``: ``"สามัญ"``) accept that label too;
* :func:`json_schema` writes the JSON Schema (draft 2020-12) of a class from the same type hints.

Classes take part through the :class:`Mappable` mixin (inputs: ``to_mapping()`` / ``from_mapping()``) or
:class:`ResultMappable` (results: the same, plus the document envelope). A result's mapping carries
``schema`` (``"chumchon.schedule"``), ``schema_version``, ``chumchon_version``, ``sources_used`` (every
:class:`~chumchon.rules.Source` met inside the result) and ``provisional_values`` (the names of the values in it
that are a provisional default, not law). :mod:`chumchon.schemas` lists every published schema.

Schemas are generated at call time from the classes, so the published schema is always the one the code reads
and writes; there is no generated file to fall out of date. A change that makes old documents unreadable bumps
the class's ``schema_version`` and is recorded in the CHANGELOG.

>>> from decimal import Decimal
>>> import attrs
>>> @attrs.frozen
... class Line(Mappable):
...     key: str
...     amount: Decimal
>>> Line("fines", Decimal("12.50")).to_mapping()
{'key': 'fines', 'amount': '12.50'}
>>> Line.from_mapping({"key": "fines", "amount": "12.50"})
Line(key='fines', amount=Decimal('12.50'))
>>> Line.from_mapping({"key": "fines", "amount": "twelve"})
Traceback (most recent call last):
...
chumchon.errors.ParseError: ช่อง amount ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50" ไม่ใช่ 'twelve' / amount must be a decimal number as text, such as "1234.50", not 'twelve'
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, TypeVar, Union

import attrs

from chumchon._version import __version__
from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import ROUNDINGS, Rounding

__all__ = [
    "DOCUMENT_KEYS",
    "SCHEMA_DIALECT",
    "Mappable",
    "ResultMappable",
    "check_fields",
    "from_data",
    "inconsistent",
    "json_schema",
    "register_codec",
    "schema_name",
    "thai_name",
    "to_data",
]

#: The JSON Schema dialect every published schema declares.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The envelope keys a result's mapping carries besides its own fields.
DOCUMENT_KEYS = ("schema", "schema_version", "chumchon_version", "sources_used", "provisional_values")
_SCHEMA_PREFIX = "chumchon."
# The key that names which record of a union an object is (``{"type": "percent", ...}``).
_TAG = "type"

M = TypeVar("M", bound="Mappable")

# A decimal as JSON text: what str(Decimal) writes for a finite number (no NaN, no Infinity).
_DECIMAL_TEXT = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"
_DECIMAL_RE = re.compile(_DECIMAL_TEXT)
_DATE_TEXT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# Far beyond any money or rate; refusing it keeps a typo such as 1e999999 out of a calculation.
_MAX_ADJUSTED_EXPONENT = 40


def _fail(path: str, th: str, en: str, value: object) -> ParseError:
    where = path or "ข้อมูล"
    where_en = path or "the data"
    return ParseError(
        th=f"ช่อง {where} {th} ไม่ใช่ {value!r}",
        en=f"{where_en} {en}, not {value!r}",
        text=value,
        field=path or None,
    )


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


# --------------------------------------------------------------------------------------------- codecs
@attrs.frozen
class _Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any, str], Any]
    schema: Callable[[], dict[str, Any]]


_CODECS: dict[type, _Codec] = {}


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
    _CODECS[cls] = _Codec(encode, decode, schema)


def _encode_rounding(value: Rounding) -> Any:
    named = ROUNDINGS.get(value.name)
    if named is not None and named == value:
        return value.name
    return {"quantum": str(value.quantum), "mode": value.mode_name, "name": value.name}


def _decode_rounding(data: Any, path: str) -> Rounding:
    if isinstance(data, str):
        if data in ROUNDINGS:
            return ROUNDINGS[data]
        raise _fail(
            path,
            f"ต้องเป็นชื่อวิธีปัดเศษ ({', '.join(ROUNDINGS)})",
            f"must be a rounding name ({', '.join(ROUNDINGS)})",
            data,
        )
    fields = _object(data, path, required=("quantum", "mode"), optional=("name",))
    name = fields.get("name", "")
    if not isinstance(name, str):
        raise _fail(_join(path, "name"), "ต้องเป็นข้อความ", "must be text", name)
    quantum = _decimal(fields["quantum"], _join(path, "quantum"))
    mode = fields["mode"]
    if not isinstance(mode, str):
        raise _fail(_join(path, "mode"), "ต้องเป็นข้อความ เช่น half_up", "must be text such as half_up", mode)
    rounding: Rounding = _wrap(path, lambda: Rounding(quantum, mode, name=name))
    return rounding


def _rounding_schema() -> dict[str, Any]:
    return {
        "anyOf": [
            {"type": "string", "enum": sorted(ROUNDINGS)},
            {
                "type": "object",
                "properties": {
                    "quantum": _decimal_schema(),
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


register_codec(Rounding, encode=_encode_rounding, decode=_decode_rounding, schema=_rounding_schema)


def _wrap(path: str, build: Callable[[], Any]) -> Any:
    """Run a constructor; its InvalidInputError becomes a ParseError naming the place in the document."""
    try:
        return build()
    except ParseError as error:
        if path and error.field and not str(error.field).startswith(path):
            error.field = _join(path, str(error.field))
        raise
    except InvalidInputError as error:
        field = error.field
        where = _join(path, field) if (path and field) else (path or field)
        raise ParseError(
            th=f"{error.th} (ช่อง {where})" if where else error.th,
            en=f"{error.en} (at {where})" if where else error.en,
            text=error.value,
            field=where,
        ) from None


# ------------------------------------------------------------------------------------------ type hints
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _fields(cls: type) -> list[tuple[str, Any, bool]]:
    """(name, type, required) for the fields a document holds: the public constructor arguments."""
    hints = _hints(cls)
    if attrs.has(cls):
        return [
            (
                f.alias if hasattr(f, "alias") and f.alias else f.name,
                hints[f.name],
                f.default is attrs.NOTHING,
            )
            for f in attrs.fields(cls)
            if f.init and not f.name.startswith("_")
        ]
    return [(name, hints[name], True) for name in cls._fields]  # type: ignore[attr-defined]


def _is_record(tp: Any) -> bool:
    return isinstance(tp, type) and (attrs.has(tp) or (issubclass(tp, tuple) and hasattr(tp, "_fields")))


def _args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _origin(tp: Any) -> Any:
    return typing.get_origin(tp)


def _is_union(tp: Any) -> bool:
    return _origin(tp) in (Union, types.UnionType)


def _pair_list(tp: Any) -> tuple[Any, Any] | None:
    """(K, V) when ``tp`` is ``tuple[tuple[K, V], ...]`` keyed by text or an enum: written as a JSON object."""
    if _origin(tp) is not tuple:
        return None
    args = _args(tp)
    if len(args) != 2 or args[1] is not Ellipsis or _origin(args[0]) is not tuple:
        return None
    pair = _args(args[0])
    if len(pair) != 2 or pair[1] is Ellipsis:
        return None
    key = pair[0]
    if key is str or (isinstance(key, type) and issubclass(key, enum.Enum)):
        return key, pair[1]
    return None


def _tagged_records(options: Sequence[Any]) -> bool:
    """A union of two or more record classes is told apart by a ``kind`` key."""
    return sum(1 for o in options if _is_record(o)) > 1


def schema_name(cls: type) -> str:
    """The stable name of a class's document: ``"chumchon."`` + the class name in snake case.

    >>> from chumchon.money import Rounding
    >>> schema_name(Rounding)
    'chumchon.rounding'
    """
    explicit = cls.__dict__.get("schema_id")
    base = explicit if isinstance(explicit, str) else re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()
    return _SCHEMA_PREFIX + base


def _kind(cls: type) -> str:
    """The ``type`` value that tells a record apart in a union (``union_tag``, or the schema's short name)."""
    tag = cls.__dict__.get("union_tag")
    return tag if isinstance(tag, str) else schema_name(cls)[len(_SCHEMA_PREFIX) :]


# ------------------------------------------------------------------------------------------- encoding
def to_data(value: object, tp: Any = None) -> Any:
    """``value`` as plain JSON data, following the declared type ``tp`` (by default the value's own type).

    >>> from decimal import Decimal
    >>> from datetime import date
    >>> to_data((Decimal("1.50"), date(2026, 10, 1)), tuple[Decimal, date])
    ['1.50', '2026-10-01']
    """
    return _encode(value, type(value) if tp is None else tp)


def _encode(value: Any, tp: Any) -> Any:
    return _encoder(tp)(value)


# Encoders are built once per declared type and per record class: documents are written in bulk.
_ENCODERS: dict[Any, Callable[[Any], Any]] = {}
_RECORD_ENCODERS: dict[type, tuple[Mapping[str, str], list[tuple[str, Callable[[Any], Any]]]]] = {}


def _encoder(tp: Any) -> Callable[[Any], Any]:
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
        compiled = (_constants(cls), [(name, _encoder(ftp)) for name, ftp, _ in _fields(cls)])
        _RECORD_ENCODERS[cls] = compiled
    constants, fields = compiled
    data = dict(constants)
    for name, encode in fields:
        data[name] = encode(getattr(value, name))
    return data


def _build_encoder(tp: Any) -> Callable[[Any], Any]:  # one branch per kind of type, as in _decode
    if tp is Any or tp is object:
        return _encode_any
    if _is_union(tp):
        return _union_encoder(tp)
    pairs = _pair_list(tp)
    if pairs is not None:
        key, item = _encoder(pairs[0]), _encoder(pairs[1])
        return lambda value: {key(k): item(v) for k, v in value}
    origin = _origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        args = _args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            parts = [_encoder(a) for a in args]
            return lambda value: [encode(v) for v, encode in zip(value, parts, strict=True)]
        item = _encoder(args[0] if args else Any)
        if origin in (frozenset, set):
            return lambda value: sorted((item(v) for v in value), key=repr)
        return lambda value: [item(v) for v in value]
    if origin in (dict, Mapping):
        key_tp, value_tp = _args(tp)
        key, item = _encoder(key_tp), _encoder(value_tp)
        return lambda value: {str(key(k)): item(v) for k, v in value.items()}
    codec = _CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.encode
    if tp is Decimal:
        return str
    if tp is date or tp is datetime:
        return lambda value: value.isoformat()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_code
    if _is_record(tp):
        return _encode_record
    if origin is typing.Literal or tp in (str, int, bool, type(None)):
        return _same
    raise TypeError(f"no JSON form for {tp!r}")


def _union_encoder(tp: Any) -> Callable[[Any], Any]:
    options = [o for o in _args(tp) if o is not type(None)]
    tagged = _tagged_records(options)
    alternatives: list[tuple[Any, Callable[[Any], Any], str | None, bool]] = [
        (
            option,
            _encoder(option),
            _kind(option) if tagged and _is_record(option) else None,
            option is Decimal and str in options,
        )
        for option in options
    ]

    def encode(value: Any) -> Any:
        if value is None:
            return None
        for option, encoder, tag, decimal_tag in alternatives:
            if _matches(value, option):
                encoded = encoder(value)
                if decimal_tag:
                    return {"decimal": encoded}
                if tag is not None:
                    return {_TAG: tag, **encoded}
                return encoded
        raise TypeError(f"{value!r} does not match {tp!r}")  # an internal error: a field holds a wrong type

    return encode


def _encode_any(value: Any) -> Any:
    # An untyped value (a fact of any kind): decimals and dates are tagged so they read back as themselves.
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, enum.Enum):
        return _enum_code(value)
    raise TypeError(f"no JSON form for {value!r}")


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


def _enum_code(member: enum.Enum) -> str:
    return member.value if isinstance(member.value, str) else member.name.lower()


def _matches(value: Any, tp: Any) -> bool:
    origin = _origin(tp)
    if origin is not None:
        if origin is typing.Literal:
            return value in _args(tp)
        runtime: Any = {Sequence: (tuple, list), Mapping: Mapping, Iterable: (tuple, list, frozenset)}.get(
            origin, origin
        )
        return isinstance(value, runtime)
    if tp is Decimal:
        return isinstance(value, Decimal)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


# ------------------------------------------------------------------------------------------- decoding
def from_data(tp: Any, data: object, path: str = "") -> Any:
    """Read JSON ``data`` as the declared type ``tp``, refusing anything else with a :class:`ParseError` that
    names the place (``path``).

    >>> from decimal import Decimal
    >>> from_data(tuple[Decimal, ...], ["1.50", "2"])
    (Decimal('1.50'), Decimal('2'))
    >>> from_data(tuple[Decimal, ...], ["1.50", None], "amounts")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ช่อง amounts[1] ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50" ไม่ใช่ None / amounts[1] must be a decimal number as text, such as "1234.50", not None
    """
    return _decode(tp, data, path)


def _decode(tp: Any, data: Any, path: str) -> Any:
    if tp is Any or tp is object:
        return _decode_any(data, path)
    if _is_union(tp):
        return _decode_union(tp, data, path)
    pairs = _pair_list(tp)
    if pairs is not None:
        if not isinstance(data, Mapping):
            raise _fail(path, "ต้องเป็น JSON object (ชื่อ → ค่า)", "must be a JSON object (name -> value)", data)
        return tuple(
            (_decode(pairs[0], k, path), _decode(pairs[1], v, _join(path, str(k)))) for k, v in data.items()
        )
    origin = _origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        if not isinstance(data, (list, tuple)):
            raise _fail(path, "ต้องเป็นรายการ (JSON array)", "must be a list (a JSON array)", data)
        args = _args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            if len(data) != len(args):
                raise _fail(path, f"ต้องมี {len(args)} ค่า", f"must hold {len(args)} values", data)
            return tuple(
                _decode(a, v, _join(path, i)) for i, (v, a) in enumerate(zip(data, args, strict=True))
            )
        item = args[0] if args else Any
        values = [_decode(item, v, _join(path, i)) for i, v in enumerate(data)]
        if origin in (frozenset, set):
            return frozenset(values)
        return tuple(values)
    if origin in (dict, Mapping):
        key_tp, value_tp = _args(tp)
        if not isinstance(data, Mapping):
            raise _fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
        return {_decode(key_tp, k, path): _decode(value_tp, v, _join(path, str(k))) for k, v in data.items()}
    codec = _CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.decode(data, path)
    if tp is Decimal:
        return _decimal(data, path)
    if tp is date:
        return _date(data, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp, data, path)
    if _is_record(tp):
        return _record(tp, data, path)
    if origin is typing.Literal:
        if data not in _args(tp):
            raise _fail(path, f"ต้องเป็นหนึ่งใน {list(_args(tp))}", f"must be one of {list(_args(tp))}", data)
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(path, "ต้องเป็น true หรือ false", "must be true or false", data)
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(path, "ต้องเป็นจำนวนเต็ม", "must be a whole number", data)
        return data
    if tp is str:
        if not isinstance(data, str):
            raise _fail(path, "ต้องเป็นข้อความ", "must be text", data)
        return data
    if tp is type(None):
        if data is not None:
            raise _fail(path, "ต้องเป็น null", "must be null", data)
        return None
    raise TypeError(f"no JSON form for {tp!r}")


def _decode_union(tp: Any, data: Any, path: str) -> Any:
    options = list(_args(tp))
    if data is None:
        if type(None) in options:
            return None
        raise _fail(path, "ต้องมีค่า", "must have a value", data)
    options = [o for o in options if o is not type(None)]
    described = [('{"decimal": "…"}' if o is Decimal and str in options else _describe(o)) for o in options]
    if Decimal in options and str in options:
        if isinstance(data, Mapping) and set(data) == {"decimal"}:
            return _decimal(data["decimal"], _join(path, "decimal"))
        options.remove(Decimal)
    if _tagged_records(options) and isinstance(data, Mapping):
        kinds = {_kind(o): o for o in options if _is_record(o)}
        kind = data.get(_TAG)
        if kind not in kinds:
            raise _fail(
                _join(path, _TAG), f"ต้องเป็นหนึ่งใน {sorted(kinds)}", f"must be one of {sorted(kinds)}", kind
            )
        return _record(kinds[kind], {k: v for k, v in data.items() if k != _TAG}, path)
    errors: list[ParseError] = []
    for option in options:
        if _json_kind_fits(option, data):
            try:
                return _decode(option, data, path)
            except ParseError as error:
                errors.append(error)
    if len(errors) == 1:
        raise errors[0]
    allowed = ", ".join(described)
    raise _fail(path, f"ต้องเป็น {allowed}", f"must be {allowed}", data)


def _json_kind_fits(tp: Any, data: Any) -> bool:
    """Whether JSON ``data`` is of the JSON kind ``tp`` is written as (so a union tries only the right option)."""
    if isinstance(data, bool):
        return tp is bool
    if tp is bool:
        return False
    if isinstance(data, str):
        return tp in (str, Decimal, date) or (
            isinstance(tp, type) and (issubclass(tp, enum.Enum) or tp in _CODECS)
        )
    if isinstance(data, int):
        return tp in (int, Decimal)
    if isinstance(data, Decimal):
        return tp is Decimal
    if isinstance(data, list):
        return _pair_list(tp) is None and _origin(tp) in (tuple, list, Sequence, frozenset, set, Iterable)
    if isinstance(data, Mapping):
        return _is_record(tp) or _pair_list(tp) is not None or _origin(tp) in (dict, Mapping) or tp in _CODECS
    return True


def _describe(tp: Any) -> str:
    return {
        Decimal: "decimal text",
        date: "a date",
        bool: "true/false",
        int: "a whole number",
        str: "text",
    }.get(tp, getattr(tp, "__name__", str(tp)))


def _decode_any(data: Any, path: str) -> Any:
    if isinstance(data, Mapping):
        if set(data) == {"decimal"}:
            return _decimal(data["decimal"], _join(path, "decimal"))
        if set(data) == {"date"}:
            return _date(data["date"], _join(path, "date"))
        raise _fail(
            path,
            'ต้องเป็นค่าเดี่ยว ({"decimal": …} หรือ {"date": …} สำหรับตัวเลขทศนิยมและวันที่)',
            'must be a single value ({"decimal": …} or {"date": …} for decimals and dates)',
            data,
        )
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, Decimal):
        return _decimal(data, path)
    raise _fail(path, "ต้องเป็นค่าเดี่ยว", "must be a single value", data)


def _decimal(data: Any, path: str) -> Decimal:
    if isinstance(data, bool):
        raise _fail(
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
            raise _fail(path, "ต้องเป็นตัวเลขทศนิยม", "must be a decimal number", data) from None
    else:
        raise _fail(
            path,
            'ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50"',
            'must be a decimal number as text, such as "1234.50"',
            data,
        )
    if not value.is_finite() or (value and value.adjusted() > _MAX_ADJUSTED_EXPONENT):
        raise _fail(path, "ต้องเป็นจำนวนจำกัดไม่เกิน 10^40", "must be a finite number no larger than 10^40", data)
    return value


def _date(data: Any, path: str) -> date:
    if isinstance(data, str) and re.fullmatch(_DATE_TEXT, data):
        try:
            return date.fromisoformat(data)
        except ValueError:
            pass
    raise _fail(path, "ต้องเป็นวันที่รูป YYYY-MM-DD (ค.ศ.)", "must be a date as YYYY-MM-DD", data)


def _enum(tp: type[enum.Enum], data: Any, path: str) -> enum.Enum:
    for member in tp:
        if data == _enum_code(member):
            return member
    labelled = [m for m in tp if isinstance(data, str) and thai_name(m) == data.strip()]
    if labelled:
        return labelled[0]
    codes = ", ".join(_enum_code(m) for m in tp)
    raise _fail(path, f"ต้องเป็นหนึ่งใน {codes}", f"must be one of {codes}", data)


def _object(data: Any, path: str, *, required: Iterable[str], optional: Iterable[str]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise _fail(path, "ต้องเป็น JSON object", "must be a JSON object", data)
    required = list(required)
    allowed = {*required, *optional}
    for key in data:
        if not isinstance(key, str) or key not in allowed:
            names = ", ".join(sorted(allowed))
            raise ParseError(
                th=f"ไม่รู้จักช่อง {_join(path, str(key))} ช่องที่ใช้ได้: {names}",
                en=f"unknown field {_join(path, str(key))}; allowed: {names}",
                text=key,
                field=_join(path, str(key)),
            )
    missing = [k for k in required if k not in data]
    if missing:
        raise ParseError(
            th=f"ขาดช่อง {', '.join(_join(path, k) for k in missing)}",
            en=f"missing field(s) {', '.join(_join(path, k) for k in missing)}",
            text=None,
            field=_join(path, missing[0]),
        )
    return dict(data)


def _constants(cls: type) -> Mapping[str, str]:
    """Fixed keys a class's documents carry (a rubric's ``"format"``), from its ``document_constants``."""
    constants = getattr(cls, "document_constants", None)
    return constants if isinstance(constants, Mapping) else {}


def _record(cls: type, data: Any, path: str) -> Any:
    fields = _fields(cls)
    constants = _constants(cls)
    if constants and isinstance(data, Mapping):
        for key, value in constants.items():
            if data.get(key) != value:
                raise _fail(_join(path, key), f"ต้องเป็น {value!r}", f"must be {value!r}", data.get(key))
        data = {k: v for k, v in data.items() if k not in constants}
    given = _object(
        data, path, required=[n for n, _, req in fields if req], optional=[n for n, _, _ in fields]
    )
    kwargs = {name: _decode(ftp, given[name], _join(path, name)) for name, ftp, _ in fields if name in given}
    if attrs.has(cls):
        return _wrap(path, lambda: cls(**kwargs))
    return cls(**kwargs)


# --------------------------------------------------------------------------------------------- schemas
def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``cls``'s mapping, generated from its fields and type hints.

    >>> from chumchon.messages import Message
    >>> json_schema(Message)["properties"]
    {'th': {'type': 'string'}, 'en': {'type': 'string'}}
    """
    defs: dict[str, Any] = {}
    root = _record_schema(cls, defs, top=True)
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
            defs["source"] = _record_schema(Source, defs)
        schema["properties"] = {**envelope, **schema["properties"]}
        schema["required"] = ["schema", "schema_version", *schema["required"]]
    if defs:
        schema["$defs"] = defs
    return schema


def _decimal_schema() -> dict[str, Any]:
    return {"type": "string", "pattern": _DECIMAL_TEXT}


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is Any or tp is object:
        return {
            "anyOf": [
                {"type": ["null", "boolean", "integer", "string"]},
                {
                    "type": "object",
                    "properties": {"decimal": _decimal_schema()},
                    "required": ["decimal"],
                    "additionalProperties": False,
                },
                {
                    "type": "object",
                    "properties": {"date": {"type": "string", "pattern": _DATE_TEXT, "format": "date"}},
                    "required": ["date"],
                    "additionalProperties": False,
                },
            ]
        }
    if _is_union(tp):
        options = list(_args(tp))
        tagged = _tagged_records(options)
        alternatives = []
        for option in options:
            if option is Decimal and str in options:
                alternatives.append(
                    {
                        "type": "object",
                        "properties": {"decimal": _decimal_schema()},
                        "required": ["decimal"],
                        "additionalProperties": False,
                    }
                )
            elif tagged and _is_record(option):
                _schema_of(option, defs)
                alternatives.append({"$ref": f"#/$defs/{_kind(option)}__tagged"})
                if f"{_kind(option)}__tagged" not in defs:
                    plain = defs[_kind(option)]
                    defs[f"{_kind(option)}__tagged"] = {
                        **plain,
                        "properties": {_TAG: {"const": _kind(option)}, **plain["properties"]},
                        "required": [_TAG, *plain["required"]],
                    }
            else:
                alternatives.append(_schema_of(option, defs))
        return {"anyOf": alternatives}
    pairs = _pair_list(tp)
    if pairs is not None:
        names: dict[str, Any] = {} if pairs[0] is str else {"propertyNames": _schema_of(pairs[0], defs)}
        return {"type": "object", "additionalProperties": _schema_of(pairs[1], defs), **names}
    origin = _origin(tp)
    if origin in (tuple, list, Sequence, frozenset, set, Iterable):
        args = _args(tp)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            return {
                "type": "array",
                "prefixItems": [_schema_of(a, defs) for a in args],
                "items": False,
                "minItems": len(args),
            }
        unique: dict[str, Any] = {"uniqueItems": True} if origin in (frozenset, set) else {}
        return {"type": "array", "items": _schema_of(args[0] if args else Any, defs), **unique}
    if origin in (dict, Mapping):
        return {"type": "object", "additionalProperties": _schema_of(_args(tp)[1], defs)}
    if origin is typing.Literal:
        return {"enum": list(_args(tp))}
    codec = _CODECS.get(tp) if isinstance(tp, type) else None
    if codec is not None:
        return codec.schema()
    if tp is Decimal:
        return _decimal_schema()
    if tp is date:
        return {"type": "string", "pattern": _DATE_TEXT, "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        codes = [_enum_code(m) for m in tp]
        labels = [name for m in tp if (name := thai_name(m)) is not None and name not in codes]
        return {"type": "string", "enum": codes + labels}
    if _is_record(tp):
        key = _kind(tp)
        if key not in defs:
            defs[key] = {}  # reserve the name first: a class may contain itself
            defs[key] = _record_schema(tp, defs)
        return {"$ref": f"#/$defs/{key}"}
    simple = {str: "string", int: "integer", bool: "boolean", type(None): "null"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON form for {tp!r}")


def _record_schema(cls: type, defs: dict[str, Any], *, top: bool = False) -> dict[str, Any]:
    fields = _fields(cls)
    doc = (cls.__doc__ or "").strip().splitlines()
    constants = _constants(cls)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            **{key: {"const": value} for key, value in constants.items()},
            **{name: _schema_of(ftp, defs) for name, ftp, _ in fields},
        },
        "required": [*constants, *(name for name, _, req in fields if req)],
        "additionalProperties": False,
    }
    if doc and not top:
        schema["description"] = doc[0]
    return schema


# ---------------------------------------------------------------------------------------------- checks
_CHECKERS: dict[type, list[tuple[str, Callable[[Any], bool], str]]] = {}


def _checker(tp: Any) -> tuple[Callable[[Any], bool], str]:
    """A shallow test that a value is of the declared type (nested records are checked when they are built)."""
    if tp is Any or tp is object:
        return (lambda _v: True), "any value"
    if _is_union(tp):
        parts = [_checker(o) for o in _args(tp)]
        return (lambda v: any(test(v) for test, _ in parts)), " or ".join(what for _, what in parts)
    origin = _origin(tp)
    if origin in (tuple, frozenset, Sequence, Iterable, list, set):
        args = _args(tp)
        runtime = {Sequence: tuple, Iterable: tuple, list: tuple, set: frozenset}.get(origin, origin)
        if origin is tuple and args and (len(args) != 2 or args[1] is not Ellipsis):
            tests = [_checker(a)[0] for a in args]
            return (
                lambda v: (
                    isinstance(v, tuple)
                    and len(v) == len(tests)
                    and all(t(x) for t, x in zip(tests, v, strict=True))
                )
            ), f"a tuple of {len(args)}"
        item, what = _checker(args[0]) if args else ((lambda _v: True), "values")
        return (
            lambda v: isinstance(v, runtime) and all(item(x) for x in v)
        ), f"a {runtime.__name__} of {what}"
    if origin in (dict, Mapping):
        return (lambda v: isinstance(v, Mapping)), "a mapping"
    if origin is typing.Literal:
        allowed = _args(tp)
        return (lambda v: v in allowed), f"one of {list(allowed)}"
    if tp is Decimal:
        return (lambda v: type(v) is Decimal and v.is_finite()), "a finite Decimal"
    if tp is int:
        return (lambda v: type(v) is int), "an int"
    if tp is date:
        return (lambda v: type(v) is date), "a date"
    if tp is type(None):
        return (lambda v: v is None), "None"
    if isinstance(tp, type):
        return (lambda v: isinstance(v, tp)), tp.__name__
    raise TypeError(f"cannot check {tp!r}")  # pragma: no cover - every field type above is covered


def check_fields(obj: object) -> None:
    """Refuse an object whose fields do not hold their declared types (a result built by hand or through
    ``attrs.evolve`` with an int for a Decimal, a float, a string for a date...).

    Raises:
        InvalidInputError: naming the class, the field, what it must be and what it holds.
    """
    cls = type(obj)
    checks = _CHECKERS.get(cls)
    if checks is None:
        hints = _hints(cls)
        checks = [(f.name, *_checker(hints[f.name])) for f in attrs.fields(cls) if f.init]  # type: ignore[arg-type]
        _CHECKERS[cls] = checks
    for name, test, what in checks:
        value = getattr(obj, name)
        if not test(value):
            raise InvalidInputError(
                th=f"{cls.__name__}.{name} ต้องเป็น {what} ไม่ใช่ {value!r}",
                en=f"{cls.__name__}.{name} must be {what}, not {value!r}",
                field=name,
                value=value,
            )


def inconsistent(obj: object, field: str, th: str, en: str, value: object) -> InvalidInputError:
    """The error a result's cross-field check raises: ``Schedule: the instalments' principal … (principal)``."""
    name = type(obj).__name__
    return InvalidInputError(th=f"{name}: {th}", en=f"{name}: {en}", field=field, value=value)


# ---------------------------------------------------------------------------------------------- mixins
class Mappable:
    """Mixin for inputs: :meth:`to_mapping` and :meth:`from_mapping` through this module's one mechanism.

    A class may set ``schema_version`` (an int, 1 by default), ``schema_id`` (the snake-case class name by
    default) and ``document_constants`` (fixed keys its documents carry, e.g. a rubric's format) as class
    variables.
    """

    __slots__ = ()
    schema_version: ClassVar[int] = 1

    def to_mapping(self) -> dict[str, Any]:
        """This object as plain JSON data (see :mod:`chumchon.mapping`)."""
        data: dict[str, Any] = _encode(self, type(self))
        return data

    @classmethod
    def from_mapping(cls: type[M], data: Mapping[str, Any]) -> M:
        """Rebuild from :meth:`to_mapping`'s data; malformed data raises :class:`~chumchon.errors.ParseError`
        naming the field."""
        built: M = _record(cls, data, "")
        return built

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of :meth:`to_mapping`'s data."""
        return json_schema(cls)


class ResultMappable(Mappable):
    """Mixin for results: the mapping also carries the document envelope (:data:`DOCUMENT_KEYS`), and the
    constructor refuses fields that do not hold their declared types (:func:`check_fields`) and anything
    :meth:`_check_consistency` finds, so an inconsistent result cannot exist, built directly, read from a
    document or made with ``attrs.evolve``."""

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        self._check_consistency()

    def _check_consistency(self) -> None:
        """Cross-field checks of a result (a schedule's instalments add up to its principal...)."""

    def to_mapping(self) -> dict[str, Any]:
        """This result as a JSON document: ``schema``, ``schema_version``, ``chumchon_version``,
        ``sources_used``, ``provisional_values``, then the result's own fields."""
        sources: list[Any] = []
        provisional: list[str] = []
        _collect(self, sources, provisional, set())
        from chumchon.rules import Source

        envelope: dict[str, Any] = {
            "schema": schema_name(type(self)),
            "schema_version": self.schema_version,
            "chumchon_version": __version__,
            "sources_used": [_encode(s, Source) for s in sources],
            "provisional_values": sorted(set(provisional)),
        }
        return {**envelope, **super().to_mapping()}

    @classmethod
    def from_mapping(cls: type[M], data: Mapping[str, Any]) -> M:
        """Rebuild the result from its document; the envelope is checked (schema name and version), the
        derived ``sources_used`` and ``provisional_values`` are recomputed, not read."""
        if not isinstance(data, Mapping):
            raise _fail("", "ต้องเป็น JSON object", "must be a JSON object", data)
        expected = schema_name(cls)
        if data.get("schema") != expected:
            raise _fail("schema", f"ต้องเป็น {expected!r}", f"must be {expected!r}", data.get("schema"))
        version = data.get("schema_version")
        if (
            isinstance(version, bool)
            or not isinstance(version, int)
            or not 1 <= version <= cls.schema_version
        ):
            raise _fail(
                "schema_version",
                f"ต้องเป็นรุ่น 1 ถึง {cls.schema_version}",
                f"must be version 1 to {cls.schema_version}",
                version,
            )
        body = {k: v for k, v in data.items() if k not in DOCUMENT_KEYS}
        built: M = _record(cls, body, "")
        return built


def _collect(value: Any, sources: list[Any], provisional: list[str], seen: set[int]) -> None:
    """Every Source inside ``value`` (once each, in order met) and the names of provisional values."""
    from chumchon.rules import Source, Status

    if isinstance(value, Source):
        if value not in sources:
            sources.append(value)
        return
    if isinstance(value, (tuple, list, frozenset)):
        for item in value:
            _collect(item, sources, provisional, seen)
        return
    if not _is_record(type(value)) or id(value) in seen:
        return
    seen.add(id(value))
    names = [n for n, _, _ in _fields(type(value))]
    label = next(
        (
            getattr(value, n)
            for n in ("code", "key", "name")
            if n in names and isinstance(getattr(value, n), str)
        ),
        None,
    )
    if "status" in names and value.status is Status.PROVISIONAL and label:
        provisional.append(label)
    if "provisional" in names:
        flag = value.provisional
        if flag is True and label:
            provisional.append(label)
        elif isinstance(flag, tuple):
            provisional.extend(str(p) for p in flag)
    for name in names:
        _collect(getattr(value, name), sources, provisional, seen)
