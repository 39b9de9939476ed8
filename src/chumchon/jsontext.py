"""Reading and writing JSON text safely (อ่านและเขียนข้อความ JSON อย่างปลอดภัย).

The one JSON reader of chumchon, used by the library and the command line alike. A document from another system
may be malformed or hostile; :func:`loads` refuses, with a :class:`~chumchon.errors.ParseError` that says what
was wrong (never a traceback, never a silent choice):

* text larger than ``max_chars`` (8 million characters by default: far more than any group's or province's
  data);
* nesting deeper than ``max_depth`` (64 by default; chumchon's own documents nest fewer than 12 levels), checked
  before parsing so that a 100,000-deep array cannot exhaust the stack;
* a key given twice in one object (``{"written_bylaws": true, "written_bylaws": false}``);
* ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON;
* numbers beyond 10^40 (``1e999999``) and integers longer than 40 digits.

JSON numbers with a fraction or exponent are read exactly as :class:`~decimal.Decimal`, never as binary floats.
:func:`dumps` writes the JSON text of plain data (e.g. a :meth:`to_mapping` document), keeping Thai text as is.

>>> loads('{"amount": 12.50, "n": 3}')
{'amount': Decimal('12.50'), 'n': 3}
>>> loads('{"a": 1, "a": 2}')
Traceback (most recent call last):
...
chumchon.errors.ParseError: ข้อมูล JSON มีช่อง 'a' ซ้ำในวัตถุเดียวกัน / the JSON data gives the key 'a' twice in one object
>>> loads("[" * 100000)
Traceback (most recent call last):
...
chumchon.errors.ParseError: ข้อมูล JSON ซ้อนกันลึกเกิน 64 ชั้น / the JSON data nests deeper than 64 levels
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from chumchon.errors import InvalidInputError, ParseError

__all__ = ["MAX_CHARS", "MAX_DEPTH", "dumps", "loads"]

#: The largest document :func:`loads` reads by default, in characters.
MAX_CHARS = 8_000_000
#: The deepest nesting of arrays and objects :func:`loads` reads by default.
MAX_DEPTH = 64
_MAX_DIGITS = 40


def _refuse(th: str, en: str, text: object = None) -> ParseError:
    return ParseError(th=f"ข้อมูล JSON {th}", en=f"the JSON data {en}", text=text)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _refuse(f"มีช่อง {key!r} ซ้ำในวัตถุเดียวกัน", f"gives the key {key!r} twice in one object", key)
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _refuse(f"มีค่า {name} ซึ่งไม่ใช่ตัวเลขใน JSON", f"holds {name}, which is not a JSON number", name)


def _number(text: str) -> Decimal:
    value = Decimal(text)
    if value and value.adjusted() > _MAX_DIGITS:
        raise _refuse(
            f"มีตัวเลข {text[:20]!r} ที่ใหญ่เกิน 10^40",
            f"holds the number {text[:20]!r}, larger than 10^40",
            text[:50],
        )
    return value


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise _refuse(
            f"มีจำนวนเต็มยาวเกิน {_MAX_DIGITS} หลัก",
            f"holds an integer longer than {_MAX_DIGITS} digits",
            text[:50],
        )
    return int(text)


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _depth(text: str, limit: int) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings (one linear pass, no recursion)."""
    if text.count("[") + text.count("{") <= limit:
        return 0  # too few brackets to nest deeply: the common case costs two counts
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def loads(text: str | bytes, *, max_chars: int = MAX_CHARS, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON ``text`` into plain Python data, refusing hostile documents (see the module docstring).

    Args:
        text: the JSON text (bytes are read as UTF-8).
        max_chars: the largest text accepted.
        max_depth: the deepest nesting accepted.

    Raises:
        ParseError: text that is not JSON, or a document refused for one of the reasons above.

    >>> loads("[NaN]")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ข้อมูล JSON มีค่า NaN ซึ่งไม่ใช่ตัวเลขใน JSON / the JSON data holds NaN, which is not a JSON number
    >>> loads("[1e999999]")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ข้อมูล JSON มีตัวเลข '1e999999' ที่ใหญ่เกิน 10^40 / the JSON data holds the number '1e999999', larger than 10^40
    """
    from chumchon._checks import whole_number

    max_chars = whole_number(max_chars, "max_chars", minimum=1)
    max_depth = whole_number(max_depth, "max_depth", minimum=1)
    if isinstance(text, (bytes, bytearray)):
        if len(text) > max_chars * 4:
            raise _refuse(f"ยาวเกิน {max_chars:,} ตัวอักษร", f"is longer than {max_chars:,} characters")
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise _refuse("ไม่ใช่ข้อความ UTF-8", f"is not UTF-8 text ({error.reason})") from None
    if not isinstance(text, str):
        raise ParseError(
            th=f"ข้อมูล JSON ต้องเป็นข้อความ ไม่ใช่ {type(text).__name__}",
            en=f"JSON data must be text, not {type(text).__name__}",
            text=text,
        )
    if len(text) > max_chars:
        raise _refuse(f"ยาวเกิน {max_chars:,} ตัวอักษร", f"is longer than {max_chars:,} characters")
    if _depth(text, max_depth) > max_depth:
        raise _refuse(f"ซ้อนกันลึกเกิน {max_depth} ชั้น", f"nests deeper than {max_depth} levels")
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_float=_number,
            parse_int=_integer,
        )
    except json.JSONDecodeError as error:
        raise ParseError(
            th=f"ข้อมูล JSON อ่านไม่ได้ที่บรรทัด {error.lineno} คอลัมน์ {error.colno}: {error.msg}",
            en=f"the JSON data cannot be read at line {error.lineno}, column {error.colno}: {error.msg}",
            text=text[max(0, error.pos - 20) : error.pos + 20],
        ) from None
    except RecursionError:  # pragma: no cover - the depth check comes first; this is a last guard
        raise _refuse("ซ้อนกันลึกเกินไป", "nests too deeply") from None


def _default(value: object) -> Any:
    if isinstance(value, Decimal) and value.is_finite():
        return str(value)
    raise InvalidInputError(
        th=f"{value!r} ไม่ใช่ข้อมูล JSON ใช้ to_mapping() ก่อน",
        en=f"{value!r} is not JSON data; use to_mapping() first",
        field="data",
        value=value,
    )


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """The JSON text of plain ``data`` (Thai kept as is; a stray Decimal written as text).

    >>> print(dumps({"member_type": "ordinary", "amount": "12.50"}, indent=None))
    {"member_type": "ordinary", "amount": "12.50"}
    """
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, default=_default, allow_nan=False)
    except (TypeError, ValueError) as error:  # NaN floats, non-text keys, an indent that is not a number
        if isinstance(error, InvalidInputError):
            raise
        raise InvalidInputError(
            th=f"เขียนเป็น JSON ไม่ได้: {error}",
            en=f"cannot be written as JSON: {error}",
            field="data",
            value=data,
        ) from None
