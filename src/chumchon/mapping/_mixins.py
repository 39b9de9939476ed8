"""The two mixins through which classes take part (inputs and results); the machinery they use is imported on
first use."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from chumchon._version import __version__
from chumchon.mapping._base import DOCUMENT_KEYS, fail, schema_name
from chumchon.mapping._types import document_fields, is_record

M = TypeVar("M", bound="Mappable")


class _Machinery:
    """The encoder, decoder, schema writer and field check, each imported the first time it is used, so that
    importing a package that defines Mappable classes does not load them; later uses are an attribute read."""

    _HOMES: ClassVar[dict[str, str]] = {
        "encode": "chumchon.mapping._encode",
        "record": "chumchon.mapping._decode",
        "json_schema": "chumchon.mapping._schema",
        "check_fields": "chumchon.mapping._checks",
    }

    def __getattr__(self, name: str) -> Any:
        home = self._HOMES.get(name)
        if home is None:
            raise AttributeError(name)
        value = getattr(importlib.import_module(home), name)
        setattr(self, name, value)
        return value


_machinery = _Machinery()


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
        data: dict[str, Any] = _machinery.encode(self, type(self))
        return data

    @classmethod
    def from_mapping(cls: type[M], data: Mapping[str, Any]) -> M:
        """Rebuild from :meth:`to_mapping`'s data; malformed data raises :class:`~chumchon.errors.ParseError`
        naming the field."""
        built: M = _machinery.record(cls, data, "")
        return built

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of :meth:`to_mapping`'s data."""
        schema: dict[str, Any] = _machinery.json_schema(cls)
        return schema


class ResultMappable(Mappable):
    """Mixin for results: the mapping also carries the document envelope (:data:`DOCUMENT_KEYS`), and the
    constructor refuses fields that do not hold their declared types (:func:`check_fields`) and anything
    :meth:`_check_consistency` finds, so an inconsistent result cannot exist, built directly, read from a
    document or made with ``attrs.evolve``."""

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        _machinery.check_fields(self)
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
            "sources_used": [_machinery.encode(s, Source) for s in sources],
            "provisional_values": sorted(set(provisional)),
        }
        return {**envelope, **super().to_mapping()}

    @classmethod
    def from_mapping(cls: type[M], data: Mapping[str, Any]) -> M:
        """Rebuild the result from its document; the envelope is checked (schema name and version), the
        derived ``sources_used`` and ``provisional_values`` are recomputed, not read."""
        if not isinstance(data, Mapping):
            raise fail("", "ต้องเป็น JSON object", "must be a JSON object", data)
        expected = schema_name(cls)
        if data.get("schema") != expected:
            raise fail("schema", f"ต้องเป็น {expected!r}", f"must be {expected!r}", data.get("schema"))
        version = data.get("schema_version")
        if (
            isinstance(version, bool)
            or not isinstance(version, int)
            or not 1 <= version <= cls.schema_version
        ):
            raise fail(
                "schema_version",
                f"ต้องเป็นรุ่น 1 ถึง {cls.schema_version}",
                f"must be version 1 to {cls.schema_version}",
                version,
            )
        body = {k: v for k, v in data.items() if k not in DOCUMENT_KEYS}
        built: M = _machinery.record(cls, body, "")
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
    if not is_record(type(value)) or id(value) in seen:
        return
    seen.add(id(value))
    names = [n for n, _, _ in document_fields(type(value))]
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
