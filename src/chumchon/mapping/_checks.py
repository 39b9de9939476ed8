"""A result's fields against their declared types (shallow; nested records check themselves when built)."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from chumchon.errors import InvalidInputError
from chumchon.mapping._types import is_union, type_args, type_hints, type_origin

_CHECKERS: dict[type, list[tuple[str, Callable[[Any], bool], str]]] = {}


def _checker(tp: Any) -> tuple[Callable[[Any], bool], str]:
    """A shallow test that a value is of the declared type (nested records are checked when they are built)."""
    if tp is Any or tp is object:
        return (lambda _v: True), "any value"
    if is_union(tp):
        parts = [_checker(o) for o in type_args(tp)]
        return (lambda v: any(test(v) for test, _ in parts)), " or ".join(what for _, what in parts)
    origin = type_origin(tp)
    if origin in (tuple, frozenset, Sequence, Iterable, list, set):
        args = type_args(tp)
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
        allowed = type_args(tp)
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
    """Refuse an object whose fields do not hold their declared types (see :func:`chumchon.mapping.check_fields`)."""
    cls = type(obj)
    checks = _CHECKERS.get(cls)
    if checks is None:
        hints = type_hints(cls)
        # A field left out of equality (a batch's in-process inputs) is not part of the value: not checked.
        fields = [f for f in attrs.fields(cls) if f.init and (f.eq or f.default is attrs.NOTHING)]  # type: ignore[arg-type]
        checks = [(f.name, *_checker(hints[f.name])) for f in fields]
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
