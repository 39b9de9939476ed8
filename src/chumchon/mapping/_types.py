"""What the mechanism reads of a class: its document fields and their type hints (read once per class)."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Union

import attrs

_HINTS: dict[type, dict[str, Any]] = {}


def type_hints(cls: type) -> dict[str, Any]:
    """The class's resolved type hints, read once. An annotation naming a class imported only for type checkers
    (the inputs a batch keeps in-process) is left out: such fields are not part of a document."""
    hints = _HINTS.get(cls)
    if hints is None:
        try:
            hints = typing.get_type_hints(cls)
        except NameError:
            hints = _resolvable_hints(cls)
        _HINTS[cls] = hints
    return hints


def _resolvable_hints(cls: type) -> dict[str, Any]:
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in vars(klass).get("__annotations__", {}).items():
            # One annotation at a time, resolved in its class's module as get_type_hints resolves it.
            holder = type(
                klass.__name__, (), {"__annotations__": {name: annotation}, "__module__": klass.__module__}
            )
            try:
                hints.update(typing.get_type_hints(holder, localns=dict(vars(klass))))
            except NameError:
                hints.pop(name, None)
    return hints


def in_document(field: attrs.Attribute[Any]) -> bool:
    """Whether an attrs field is written to documents: a public constructor argument that is part of the value
    (a field left out of equality, such as the inputs a batch keeps for recomputing, is not)."""
    return bool(
        field.init and not field.name.startswith("_") and (field.eq or field.default is attrs.NOTHING)
    )


_FIELDS: dict[type, list[tuple[str, Any, bool]]] = {}


def document_fields(cls: type) -> list[tuple[str, Any, bool]]:
    """(name, type, required) for the fields a document holds: the public constructor arguments (read once per
    class)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = type_hints(cls)
        if attrs.has(cls):
            found = [
                (
                    f.alias if hasattr(f, "alias") and f.alias else f.name,
                    hints[f.name],
                    f.default is attrs.NOTHING,
                )
                for f in attrs.fields(cls)
                if in_document(f)
            ]
        else:
            found = [(name, hints[name], True) for name in cls._fields]  # type: ignore[attr-defined]
        _FIELDS[cls] = found
    return found


def is_record(tp: Any) -> bool:
    return isinstance(tp, type) and (attrs.has(tp) or (issubclass(tp, tuple) and hasattr(tp, "_fields")))


def type_args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def type_origin(tp: Any) -> Any:
    return typing.get_origin(tp)


def is_union(tp: Any) -> bool:
    return type_origin(tp) in (Union, types.UnionType)


def pair_list(tp: Any) -> tuple[Any, Any] | None:
    """(K, V) when ``tp`` is ``tuple[tuple[K, V], ...]`` keyed by text or an enum: written as a JSON object."""
    if type_origin(tp) is not tuple:
        return None
    args = type_args(tp)
    if len(args) != 2 or args[1] is not Ellipsis or type_origin(args[0]) is not tuple:
        return None
    pair = type_args(args[0])
    if len(pair) != 2 or pair[1] is Ellipsis:
        return None
    key = pair[0]
    if key is str or (isinstance(key, type) and issubclass(key, enum.Enum)):
        return key, pair[1]
    return None


def tagged_records(options: Sequence[Any]) -> bool:
    """A union of two or more record classes is told apart by a ``kind`` key."""
    return sum(1 for o in options if is_record(o)) > 1


def matches(value: Any, tp: Any) -> bool:
    origin = type_origin(tp)
    if origin is not None:
        if origin is typing.Literal:
            return value in type_args(tp)
        runtime: Any = {Sequence: (tuple, list), Mapping: Mapping, Iterable: (tuple, list, frozenset)}.get(
            origin, origin
        )
        return isinstance(value, runtime)
    if tp is Decimal:
        return isinstance(value, Decimal)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)
