"""What the command line reads: files (UTF-8 or Thai Windows text), JSON through the library's hostile-safe
reader, and the dates and whole numbers typed on the command line; its two errors of its own."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from chumchon.errors import InvalidInputError, ParseError

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.savings import MemberYear

T = TypeVar("T")

__all__ = [
    "FileError",
    "UsageError",
    "json_object",
    "member_rows",
    "parse_date",
    "read_json",
    "read_text",
    "table_rows",
    "whole",
]


class FileError(Exception):
    """A file the user named could not be read; reported with exit code 3."""


class UsageError(Exception):
    """The command line was wrong in a way argparse cannot see (e.g. two options that exclude each other)."""


def read_text(path: str) -> str:
    """The text of ``path``: UTF-8 with or without a BOM (Excel's "CSV UTF-8"), else Thai Windows (cp874,
    Excel's plain "CSV" on a Thai Windows); ``-`` reads standard input."""
    if path == "-":
        return sys.stdin.read()
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise FileError(f"อ่านไฟล์ {path} ไม่ได้ / cannot read {path}: {reason}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")
    except UnicodeDecodeError:
        raise FileError(
            f"ไฟล์ {path} ไม่ใช่ข้อความ UTF-8 หรือ TIS-620 / {path} is not UTF-8 or TIS-620 (cp874) text"
        ) from None


def read_json(path: str) -> Any:
    """The JSON data in ``path``; the error names the file."""
    from chumchon.jsontext import loads  # the library's one hostile-safe reader (depth, duplicates, NaN...)

    text = read_text(path)
    try:
        return loads(text)
    except ParseError as error:
        raise ParseError(
            th=f"ไฟล์ {path}: {error.th}", en=f"{path}: {error.en}", text=path, field="json"
        ) from None


def parse_date(text: str, field: str, field_th: str | None = None) -> date:
    """A date the user typed (any Thai style, Thai or Arabic digits, or ISO); the error names the option."""
    from chumchon.thai import parse_date

    try:
        return parse_date(text)
    except InvalidInputError as error:
        raise ParseError(
            th=f"{field_th or field}: {error.th}", en=f"{field}: {error.en}", text=text, field=field
        ) from None


def json_object(path: str, what_th: str, what_en: str) -> dict[str, Any]:
    """The JSON object in ``path``; anything else is refused naming what the file must hold."""
    data = read_json(path)
    if not isinstance(data, dict):
        raise ParseError(
            th=f"ไฟล์ {path} ต้องเป็นออบเจกต์ JSON ของ{what_th}",
            en=f"{path} must hold a JSON object of {what_en}",
            text=path,
            field="json",
        )
    return data


def whole(text: str, field: str) -> int:
    """A whole number typed on the command line (Thai or Arabic digits); the error names the option."""
    from chumchon.thai import to_arabic_digits

    cleaned = to_arabic_digits(text.strip())
    if not cleaned.isdigit():
        raise InvalidInputError(
            th=f"{field} ต้องเป็นจำนวนเต็มบวก ไม่ใช่ {text!r}",
            en=f"{field} must be a whole number, not {text!r}",
            field=field,
            value=text,
        )
    return int(cleaned)


def table_rows(text: str, path: str, read: Callable[[list[list[str]]], tuple[T, ...]]) -> tuple[T, ...]:
    """The records of a CSV file's text, read by the library's row reader ``read`` (header first; blank lines
    left out); an error names the file and the row (row 1 is the header)."""
    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    if not rows:
        raise ParseError(th=f"ไฟล์ {path} ไม่มีข้อมูล", en=f"{path} has no rows", text=path, field="csv")
    try:
        return read(rows)
    except InvalidInputError as error:
        raise ParseError(
            th=f"{path} {error.th}", en=f"{path} {error.en}", text=path, field=error.field
        ) from None


def member_rows(text: str, path: str) -> tuple[MemberYear, ...]:
    """The member years of a member-table CSV (see :data:`chumchon.savings.MEMBER_COLUMNS`)."""
    from chumchon.savings import MemberYear

    return table_rows(text, path, MemberYear.from_csv_rows)
