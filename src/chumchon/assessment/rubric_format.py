"""The rubric file format: the version tag and a reader of plain data (parsed JSON or YAML) with paths.

A rubric mapping uses plain JSON types only; decimals are written as strings. Every error is a
:class:`~chumchon.errors.ParseError` whose ``field`` is the path of the bad value, e.g.
``groups[0].criteria[3].threshold``. :meth:`~chumchon.assessment.rubric.Rubric.from_mapping` and
:meth:`~chumchon.assessment.criterion.Criterion.from_mapping` are built on it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import to_decimal
from chumchon.rules import Source

__all__ = ["RUBRIC_FORMAT"]

#: The value of the ``format`` key of a rubric mapping this version writes and reads.
RUBRIC_FORMAT = "chumchon-rubric/1"

E = TypeVar("E", bound=enum.Enum)


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Reader:
    """Reads one mapping level of rubric data, with the path for error messages."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            raise parse_error(path or "(root)", data, "ต้องเป็น mapping (dict)", "must be a mapping (dict)")
        for key in data:
            if not isinstance(key, str):
                raise parse_error(
                    path or "(root)", key, f"มีคีย์ที่ไม่ใช่ข้อความ {key!r}", f"has a key that is not text: {key!r}"
                )
        self.data: Mapping[str, object] = data
        self.path = path

    def sub(self, key: str) -> str:
        return join_path(self.path, key)

    def error(self, key: str, value: object, th: str, en: str) -> ParseError:
        return parse_error(self.sub(key), value, th, en)

    def allow(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                raise self.error(
                    key,
                    self.data[key],
                    f"ไม่รู้จักคีย์นี้ (ใช้ได้: {', '.join(keys)})",
                    f"unknown key (allowed: {', '.join(keys)})",
                )

    def get(self, key: str) -> object:
        return self.data.get(key)

    def _required(self, key: str) -> object:
        if key not in self.data:
            raise self.error(key, None, "ไม่มีค่านี้ แต่ต้องมี", "this required field is missing")
        return self.data[key]

    def text(self, key: str, *, default: str | None = None) -> str:
        value = self._required(key) if default is None else self.data.get(key, default)
        if not isinstance(value, str):
            raise self.error(key, value, "ต้องเป็นข้อความ", "must be text")
        return value

    def integer(self, key: str, *, default: int | None = None, optional: bool = False) -> int | Any:
        if optional and self.data.get(key) is None:
            return None
        value = self._required(key) if default is None else self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise self.error(key, value, "ต้องเป็นจำนวนเต็ม", "must be a whole number (int)")
        return value

    def decimal(self, key: str, *, required: bool = True, default: Decimal | None = None) -> Decimal | None:
        if key not in self.data and required:
            self._required(key)
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
            raise self.error(
                key, value, 'ต้องเป็นตัวเลขในรูปข้อความ เช่น "0.80"', 'must be a decimal as text, e.g. "0.80"'
            )
        try:
            return to_decimal(value, name=self.sub(key))
        except InvalidInputError:
            raise self.error(
                key, value, 'ต้องเป็นตัวเลขในรูปข้อความ เช่น "0.80"', 'must be a decimal as text, e.g. "0.80"'
            ) from None

    def enum(self, key: str, kind: type[E], *, default: E | None = None) -> E:
        value = self._required(key) if default is None else self.data.get(key, default.value)
        allowed = ", ".join(str(e.value) for e in kind)
        if isinstance(value, str):
            for member in kind:
                if member.value == value:
                    return member
        raise self.error(key, value, f"ต้องเป็นค่าใดค่าหนึ่งใน {allowed}", f"must be one of {allowed}")

    def items(self, key: str) -> Iterable[tuple[object, str]]:
        value = self._required(key)
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            raise self.error(key, value, "ต้องเป็นรายการ (list)", "must be a list")
        return [(item, f"{self.sub(key)}[{i}]") for i, item in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for item, path in self.items(key) if key in self.data else []:
            if not isinstance(item, str):
                raise parse_error(path, item, "ต้องเป็นข้อความ", "must be text")
            out.append(item)
        return tuple(out)


def parse_error(path: str, value: object, th: str, en: str) -> ParseError:
    return ParseError(
        th=f"ข้อมูลเกณฑ์ไม่ถูกต้องที่ {path!r}: {th}",
        en=f"malformed rubric at {path!r}: {en}",
        text=value,
        field=path,
    )


T = TypeVar("T")


def construct(cls: Callable[..., T], kwargs: Mapping[str, Any], path: str) -> T:
    try:
        return cls(**kwargs)
    except InvalidInputError as error:
        where = join_path(path, error.field) if error.field else (path or "(root)")
        raise ParseError(
            th=f"ข้อมูลเกณฑ์ไม่ถูกต้องที่ {where!r}: {error.th}",
            en=f"malformed rubric at {where!r}: {error.en}",
            text=error.value,
            field=where,
        ) from None


def optional_text(m: Reader, key: str) -> str | None:
    return None if m.get(key) is None else m.text(key)


def source_from_mapping(data: object, path: str) -> Source:
    m = Reader(data, path)
    m.allow("title_th", "title_en", "issuer", "be_year", "clause", "url", "note")
    kwargs = {
        "title_th": m.text("title_th"),
        "title_en": m.text("title_en"),
        "issuer": m.text("issuer", default=""),
        "be_year": m.integer("be_year", optional=True),
        "clause": optional_text(m, "clause"),
        "url": optional_text(m, "url"),
        "note": m.text("note", default=""),
    }
    for key in ("title_th", "title_en"):
        if not str(kwargs[key]).strip():
            raise m.error(key, kwargs[key], "ชื่อแหล่งที่มาต้องไม่ว่าง", "a source needs its titles")
    return construct(Source, kwargs, path)
