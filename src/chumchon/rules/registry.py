"""The registry of instruments (ทะเบียนตราสาร): every instrument's data file, read once, on first use.

Each instrument chumchon encodes is one JSON file beside this module (``chumchon/rules/<id>.json``): its sources,
its dated parameters and its named rules. Adding a value (a new จปฐ. round, a new rate) is an edit to that file;
adding an instrument is a new file. Engines ask the registry by date:

* :func:`in_force` gives the version of an instrument in force on a day;
* :func:`all_parameters` lists every registered parameter; :func:`parameter` and :func:`rule` find one by id;
* :func:`rule_codes` is the set of codes findings and errors may carry (every parameter and rule id).

A data file is read with :meth:`Registry.from_documents` too, so a test (or a district trying a change) can load an
edited copy without touching the shipped files.

>>> from datetime import date
>>> from chumchon import rules
>>> rules.in_force("kkkj_regulation", date(2026, 11, 21)).id
'kkkj_2553'
>>> rules.parameter("interest_cap_annual_rate").value_at(date(2026, 11, 21))
Decimal('0.15')
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon._types import DateLike
from chumchon.errors import InvalidInputError, ParseError, UnknownRegulationError
from chumchon.rules.model import DatedValue, Instrument, Parameter, Rule, Source, Status, check_as_of

__all__ = [
    "Registry",
    "all_parameters",
    "default_registry",
    "in_force",
    "instrument",
    "instruments",
    "parameter",
    "rule",
    "rule_codes",
]

_KINDS = ("law", "regulation", "programme", "reference")
_SOURCE_FIELDS = frozenset(f.name for f in attrs.fields(Source))


def _error(path: str, value: object, th: str, en: str) -> ParseError:
    return ParseError(
        th=f"ข้อมูลตราสารไม่ถูกต้องที่ {path!r}: {th}",
        en=f"malformed instrument data at {path!r}: {en}",
        text=value,
        field=path,
    )


class _Reader:
    """One mapping of an instrument document, with its path for errors."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            raise _error(path, data, "ต้องเป็น mapping", "must be a mapping")
        self.data: Mapping[str, Any] = data
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def required(self, key: str) -> Any:
        if key not in self.data:
            raise _error(self.at(key), None, "ไม่มีค่านี้ แต่ต้องมี", "this required field is missing")
        return self.data[key]

    def text(self, key: str, default: str | None = None) -> str:
        value = self.required(key) if default is None else self.data.get(key, default)
        if not isinstance(value, str):
            raise _error(self.at(key), value, "ต้องเป็นข้อความ", "must be text")
        return value

    def day(self, key: str) -> date:
        value = self.text(key)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _error(self.at(key), value, "ต้องเป็นวันที่ YYYY-MM-DD", "must be a date YYYY-MM-DD") from None

    def status(self, key: str) -> Status:
        value = self.text(key)
        for status in Status:
            if status.value == value:
                return status
        allowed = ", ".join(s.value for s in Status)
        raise _error(self.at(key), value, f"ต้องเป็นหนึ่งใน {allowed}", f"must be one of {allowed}")

    def items(self, key: str) -> list[tuple[object, str]]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise _error(self.at(key), value, "ต้องเป็นรายการ (list)", "must be a list")
        return [(item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]


def _value(kind: str, raw: object, path: str) -> object:
    """A parameter value from its JSON form: decimals are written as text so no float touches them."""
    if kind == "decimal" and isinstance(raw, str):
        try:
            number = Decimal(raw)
        except ArithmeticError:
            number = Decimal("NaN")
        if number.is_finite():
            return number
    elif kind == "int" and type(raw) is int:
        return raw
    elif kind == "names" and isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return tuple(raw)
    elif kind == "years" and isinstance(raw, list) and len(raw) == 2 and all(type(y) is int for y in raw):
        return (raw[0], raw[1])  # a span of B.E. years, e.g. a จปฐ. round [2565, 2569]
    raise _error(
        path,
        raw,
        f'ค่าไม่ตรงชนิด {kind!r} (decimal เป็นข้อความ เช่น "0.15", int เป็นจำนวนเต็ม, names เป็นรายการข้อความ, '
        f"years เป็นปี พ.ศ. แรกและสุดท้าย)",
        f'does not match type {kind!r} (a decimal as text such as "0.15", an int, names as a list of text, or '
        f"years as a first and last B.E. year)",
    )


@attrs.frozen
class _Document:
    """An instrument's JSON (parsed, or read on first use), turned into an :class:`Instrument` on first use."""

    data: Mapping[str, Any] | Callable[[], Mapping[str, Any]]
    path: str

    def build(self) -> Instrument:
        data = self.data() if callable(self.data) else self.data
        m = _Reader(data, self.path)
        sources = self._sources(m)
        by_key = dict(sources)

        def cite(spec: object, path: str) -> Source:
            # A source is a key of "sources", or {"ref": key, <any Source field>: override}.
            if isinstance(spec, str) and spec in by_key:
                return by_key[spec]
            if isinstance(spec, Mapping) and spec.get("ref") in by_key:
                extra = set(spec) - _SOURCE_FIELDS - {"ref"}
                if not extra:
                    changes = {k: v for k, v in spec.items() if k != "ref"}
                    return attrs.evolve(by_key[spec["ref"]], **changes)
            raise _error(
                path,
                spec,
                f"ต้องอ้างชื่อแหล่งใน sources ({', '.join(by_key)})",
                f"must name one of the sources ({', '.join(by_key)})",
            )

        params = tuple(self._parameter(item, path, cite) for item, path in m.items("parameters"))
        rule_items = [(_Reader(item, path), path) for item, path in m.items("rules")]
        rules = tuple(
            Rule(
                id=r.text("id"),
                title_th=r.text("title_th"),
                title_en=r.text("title_en"),
                source=cite(r.required("source"), r.at("source")),
                status=r.status("status"),
                note=r.text("note", ""),
            )
            for r, _path in rule_items
        )
        kind = m.text("kind")
        if kind not in _KINDS:
            raise _error(
                m.at("kind"), kind, f"ต้องเป็นหนึ่งใน {', '.join(_KINDS)}", f"must be one of {', '.join(_KINDS)}"
            )
        effective = m.data.get("effective_from")
        return Instrument(
            id=m.text("id"),
            name=m.text("name"),
            kind=kind,
            title_th=m.text("title_th"),
            title_en=m.text("title_en"),
            source=cite(m.required("source"), m.at("source")),
            status=m.status("status"),
            effective_from=None if effective is None else m.day("effective_from"),
            used_for_th=m.text("used_for_th"),
            used_for_en=m.text("used_for_en"),
            sources=sources,
            parameters=params,
            rules=rules,
        )

    @staticmethod
    def _sources(m: _Reader) -> tuple[tuple[str, Source], ...]:
        raw = m.required("sources")
        if not isinstance(raw, Mapping) or not raw:
            raise _error(m.at("sources"), raw, "ต้องเป็น mapping ของแหล่งอ้างอิง", "must be a mapping of sources")
        out = []
        for key, fields in raw.items():
            path = m.at(f"sources.{key}")
            if not isinstance(fields, Mapping) or set(fields) - _SOURCE_FIELDS:
                raise _error(path, fields, "ต้องเป็นฟิลด์ของ Source", "must hold Source fields only")
            try:
                out.append((str(key), Source(**fields)))
            except (TypeError, ValueError) as error:
                raise _error(path, fields, str(error), str(error)) from None
        return tuple(out)

    @staticmethod
    def _parameter(item: object, path: str, cite: Any) -> Parameter[Any]:
        p = _Reader(item, path)
        kind = p.text("type")
        history = []
        for raw, vpath in p.items("history"):
            v = _Reader(raw, vpath)
            history.append(
                DatedValue(
                    effective_from=v.day("effective_from"),
                    value=_value(kind, v.required("value"), v.at("value")),
                    source=cite(v.required("source"), v.at("source")),
                    status=v.status("status"),
                    note=v.text("note", ""),
                )
            )
        if not history:
            raise _error(p.at("history"), [], "ต้องมีค่าอย่างน้อยหนึ่งค่า", "needs at least one value")
        return Parameter(
            name=p.text("id"),
            title_th=p.text("title_th"),
            title_en=p.text("title_en"),
            unit=p.text("unit"),
            history=history,
        )


def _check_id(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็นรหัส (ข้อความ) ไม่ใช่ {value!r}",
            en=f"{name!r} must be an id (text), not {value!r}",
            field=name,
            value=value,
        )
    return value


class Registry:
    """A set of instruments read from their documents (parsed JSON), each built on first use.

    The shipped registry is :func:`default_registry`; :meth:`from_documents` reads edited copies.
    """

    __slots__ = ("_built", "_documents")

    def __init__(self, documents: Mapping[str, _Document]) -> None:
        self._documents = dict(documents)
        self._built: dict[str, Instrument] = {}

    @classmethod
    def from_documents(cls, documents: Iterable[Mapping[str, Any]]) -> Registry:
        """A registry of the given instrument documents (each the parsed JSON of one data file).

        Raises:
            ParseError: a document is malformed or two share an id (``field`` is the path of the bad value).
        """
        found: dict[str, _Document] = {}
        for i, data in enumerate(documents):
            m = _Reader(data, f"[{i}]")
            key = m.text("id")
            if key in found:
                raise _error(m.at("id"), key, "รหัสตราสารซ้ำ", "two instruments share this id")
            found[key] = _Document(data, key)
        return cls(found)

    def instrument(self, instrument_id: str) -> Instrument:
        """The instrument with ``instrument_id`` (e.g. ``"civil_code"``)."""
        _check_id(instrument_id, "instrument_id")
        built = self._built.get(instrument_id)
        if built is None:
            document = self._documents.get(instrument_id)
            if document is None:
                raise UnknownRegulationError(
                    th=f"ไม่มีตราสาร {instrument_id!r} (มี: {', '.join(self._documents)})",
                    en=f"no instrument {instrument_id!r} is registered (known: {', '.join(self._documents)})",
                    parameter=instrument_id,
                )
            built = self._built[instrument_id] = document.build()
        return built

    @classmethod
    def shipped(cls) -> Registry:
        """The shipped instruments; each data file is read when its instrument is first used."""
        return cls({key: _Document(functools.partial(_load, key), key) for key in SHIPPED})

    def instruments(self) -> tuple[Instrument, ...]:
        """Every instrument, in the order of their data files."""
        return tuple(self.instrument(key) for key in self._documents)

    def in_force(self, name: str, as_of: DateLike) -> Instrument:
        """The version of the instrument ``name`` in force on ``as_of``: the latest one effective by then.

        Raises:
            UnknownRegulationError: no instrument has that name, or ``as_of`` is before its first version.
        """
        _check_id(name, "name")
        day = check_as_of(as_of)
        versions = [i for i in self.instruments() if i.name == name and i.effective_from is not None]
        if not versions:
            names = sorted({i.name for i in self.instruments() if i.effective_from is not None})
            raise UnknownRegulationError(
                th=f"ไม่มีตราสารชื่อ {name!r} (มี: {', '.join(names)})",
                en=f"no dated instrument is named {name!r} (known: {', '.join(names)})",
                parameter=name,
            )
        dated = sorted(versions, key=lambda i: i.effective_from or date.min)
        found = [i for i in dated if i.effective_from is not None and i.effective_from <= day]
        if not found:
            first = dated[0].effective_from
            raise UnknownRegulationError(
                th=f"ไม่มีข้อมูล {name!r} ที่ใช้บังคับ ณ วันที่ {day} (ข้อมูลเริ่ม {first})",
                en=f"no version of {name!r} is known for {day} (records begin {first})",
                parameter=name,
            )
        return found[-1]

    def all_parameters(self) -> tuple[Parameter[Any], ...]:
        """Every registered parameter, instrument by instrument."""
        return tuple(p for i in self.instruments() for p in i.parameters)

    def parameter(self, parameter_id: str) -> Parameter[Any]:
        """The registered parameter ``parameter_id``."""
        _check_id(parameter_id, "parameter_id")
        for param in self.all_parameters():
            if param.name == parameter_id:
                return param
        raise UnknownRegulationError(
            th=f"ไม่มีพารามิเตอร์ {parameter_id!r} ในทะเบียน",
            en=f"no parameter {parameter_id!r} is registered",
            parameter=parameter_id,
        )

    def rule(self, rule_id: str) -> Rule:
        """The registered rule ``rule_id``."""
        _check_id(rule_id, "rule_id")
        for item in (r for i in self.instruments() for r in i.rules):
            if item.id == rule_id:
                return item
        raise UnknownRegulationError(
            th=f"ไม่มีกฎ {rule_id!r} ในทะเบียน", en=f"no rule {rule_id!r} is registered", parameter=rule_id
        )

    def rule_codes(self) -> frozenset[str]:
        """Every code a finding or error may carry: the ids of all parameters and rules."""
        return frozenset(p.name for p in self.all_parameters()) | frozenset(
            r.id for i in self.instruments() for r in i.rules
        )


# The order instruments are listed in (the sources page follows it); each is <id>.json beside this module.
SHIPPED = (
    "civil_code",
    "budget_act",
    "calendar_act",
    "kkkj_2553",
    "cdd_savings_2555",
    "ssg_rubric",
    "fhc_rubric",
    "kkkj_health_rubric",
    "worked_examples",
)

_DEFAULT: Registry | None = None


def _read(key: str) -> str:
    try:
        with open(os.path.join(os.path.dirname(__file__), f"{key}.json"), encoding="utf-8") as file:
            return file.read()
    except OSError:  # pragma: no cover - installed inside a zip: ask the import system (slower to load)
        from importlib.resources import files

        return files("chumchon.rules").joinpath(f"{key}.json").read_text(encoding="utf-8")


def _load(key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_read(key))
    return loaded


def shipped_documents() -> list[dict[str, Any]]:
    """The shipped instruments' documents, freshly parsed (a copy a caller may edit)."""
    return [_load(key) for key in SHIPPED]


def default_registry() -> Registry:
    """The shipped registry, read once on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Registry.shipped()
    return _DEFAULT


def instrument(instrument_id: str) -> Instrument:
    """The shipped instrument ``instrument_id`` (see :meth:`Registry.instrument`)."""
    return default_registry().instrument(instrument_id)


def instruments() -> tuple[Instrument, ...]:
    """Every shipped instrument."""
    return default_registry().instruments()


def in_force(name: str, as_of: DateLike) -> Instrument:
    """The version of the shipped instrument ``name`` in force on ``as_of`` (see :meth:`Registry.in_force`)."""
    return default_registry().in_force(name, as_of)


def all_parameters() -> tuple[Parameter[Any], ...]:
    """Every shipped parameter."""
    return default_registry().all_parameters()


def parameter(parameter_id: str) -> Parameter[Any]:
    """The shipped parameter ``parameter_id``."""
    return default_registry().parameter(parameter_id)


def rule(rule_id: str) -> Rule:
    """The shipped rule ``rule_id``."""
    return default_registry().rule(rule_id)


def rule_codes() -> frozenset[str]:
    """Every code a shipped finding or error may carry."""
    return default_registry().rule_codes()
