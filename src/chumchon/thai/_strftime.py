"""``thai_strftime``: :meth:`datetime.strftime` with Thai names and the Buddhist-era year (see :mod:`chumchon.thai.dates`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from chumchon._types import DateLike
from chumchon.errors import InvalidInputError
from chumchon.thai._names import ThaiNames, names
from chumchon.thai.calendar import check_date
from chumchon.thai.digits import in_digits, to_thai_digits

# A directive gives either text (a name) or a number with its natural width and padding.
_Number = tuple[int, int, str]  # value, width, pad character
_Op = Callable[[date, ThaiNames], "str | _Number"]


def _hour(d: date) -> int:
    return d.hour if isinstance(d, datetime) else 0


def _be(d: date) -> int:
    year = d.year
    return year + 542 if (year < 1941 and d.month < 4) else year + 543


def _iso_be(d: date) -> int:
    # The B.E. year of the ISO week: the ISO year moved by the same offset as the calendar year.
    return d.isocalendar()[0] + _be(d) - d.year


def _twelve(d: date) -> int:
    return _hour(d) % 12 or 12


def _time(d: date, field: str) -> int:
    return getattr(d, field) if isinstance(d, datetime) else 0


def _passthrough(directive: str) -> Callable[[date, ThaiNames], str]:
    def op(d: date, n: ThaiNames) -> str:
        return d.strftime(directive)

    return op


_DIRECTIVES: dict[str, _Op] = {
    "a": lambda d, n: n.weekdays_abbr[d.weekday()],
    "A": lambda d, n: n.weekdays[d.weekday()],
    "b": lambda d, n: n.months_abbr[d.month],
    "h": lambda d, n: n.months_abbr[d.month],
    "B": lambda d, n: n.months[d.month],
    "p": lambda d, n: n.am_pm[_hour(d) >= 12],
    "d": lambda d, n: (d.day, 2, "0"),
    "e": lambda d, n: (d.day, 2, " "),
    "m": lambda d, n: (d.month, 2, "0"),
    "Y": lambda d, n: (_be(d), 4, "0"),
    "y": lambda d, n: (_be(d) % 100, 2, "0"),
    # The Buddhist century as Thai writers and PyThaiNLP count it: พุทธศตวรรษที่ 26 is B.E. 2501-2600.
    "C": lambda d, n: ((_be(d) - 1) // 100 + 1, 2, "0"),
    "G": lambda d, n: (_iso_be(d), 4, "0"),
    "g": lambda d, n: (_iso_be(d) % 100, 2, "0"),
    "H": lambda d, n: (_hour(d), 2, "0"),
    "I": lambda d, n: (_twelve(d), 2, "0"),
    "M": lambda d, n: (_time(d, "minute"), 2, "0"),
    "S": lambda d, n: (_time(d, "second"), 2, "0"),
    "f": lambda d, n: (_time(d, "microsecond"), 6, "0"),
    "j": lambda d, n: (d.timetuple().tm_yday, 3, "0"),
    "w": lambda d, n: (d.isoweekday() % 7, 1, "0"),
    "u": lambda d, n: (d.isoweekday(), 1, "0"),
}
# Directives with no name and no year in them, left to Python's own strftime.
_PASSTHROUGH = frozenset("UWVzZ")
# Composite directives, spelt out in the directives above (Thai names, B.E. year).
_COMPOSITE = {
    "c": "%a %e %b %H:%M:%S %Y",
    "x": "%d/%m/%Y",
    "X": "%H:%M:%S",
    "R": "%H:%M",
    "T": "%H:%M:%S",
    "D": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "v": "%e-%b-%Y",
    "+": "%a %e %b %Y %H:%M:%S",
}
_LITERAL = {"%": "%", "n": "\n", "t": "\t"}
_FLAGS = "-_0^#"
_MODIFIERS = "EO"
_COMPILED: dict[str, tuple[str | Callable[[date, ThaiNames], str], ...]] = {}


def _bad_format(fmt: str, why_th: str, why_en: str) -> InvalidInputError:
    allowed = "".join(sorted({*_DIRECTIVES, *_PASSTHROUGH, *_COMPOSITE, *_LITERAL}))
    return InvalidInputError(
        th=f"รูปแบบ {fmt!r} ใช้ไม่ได้: {why_th} ใช้ได้: % ตามด้วยธง - _ 0 ^ # และ E หรือ O ได้ แล้วตามด้วยอักษรใดอักษรหนึ่งใน {allowed!r}",
        en=f"format {fmt!r} is not usable: {why_en}; allowed: % with optional flags - _ 0 ^ # and E or O, "
        f"then one of {allowed!r}",
        field="fmt",
        value=fmt,
    )


def _with_flags(op: _Op, flags: str, thai_digits: bool) -> Callable[[date, ThaiNames], str]:
    """``op`` as text, padded and cased by the GNU flags, in Thai digits for the ``O`` modifier."""
    padding = next((f for f in reversed(flags) if f in "-_0"), "")

    def formatted(d: date, n: ThaiNames) -> str:
        value = op(d, n)
        if isinstance(value, str):
            text = value
        else:
            number, width, pad = value
            pad = {"-": "", "_": " ", "0": "0"}.get(padding, pad)
            text = str(number).rjust(width, pad) if pad else str(number)
        if "^" in flags:
            text = text.upper()
        elif "#" in flags:
            text = text.swapcase()
        return to_thai_digits(text) if thai_digits else text

    return formatted


def _compile(fmt: str) -> tuple[str | Callable[[date, ThaiNames], str], ...]:
    ops: list[str | Callable[[date, ThaiNames], str]] = []
    literal: list[str] = []
    i = 0
    end = len(fmt)
    while i < end:
        char = fmt[i]
        if char != "%":
            literal.append(char)
            i += 1
            continue
        j = i + 1
        while j < end and fmt[j] in _FLAGS:
            j += 1
        flags = fmt[i + 1 : j]
        modifier = fmt[j] if j < end and fmt[j] in _MODIFIERS else ""
        j += len(modifier)
        if j >= end:
            raise _bad_format(fmt, "มี % อยู่ท้ายโดยไม่มีอักษรกำกับ", "it ends with a % and no directive")
        code = fmt[j]
        directive = fmt[i : j + 1]
        i = j + 1
        if code in _LITERAL:
            if code != "%" and (flags or modifier):
                raise _bad_format(fmt, f"ไม่รู้จัก {directive}", f"unknown directive {directive}")
            literal.append(_LITERAL[code])
            continue
        if literal:
            ops.append("".join(literal))
            literal.clear()
        thai_digits = modifier == "O"
        if code in _DIRECTIVES:
            ops.append(_with_flags(_DIRECTIVES[code], flags, thai_digits))
        elif code in _COMPOSITE or code in _PASSTHROUGH:
            # Composites and Python's own directives keep their padding; O and the case flags still apply.
            parts = _compile(_COMPOSITE[code]) if code in _COMPOSITE else (_passthrough("%" + code),)
            case_flags = "".join(f for f in flags if f in "^#")
            ops.append(_with_flags(_joined(parts), case_flags, thai_digits))
        else:
            raise _bad_format(fmt, f"ไม่รู้จัก {directive}", f"unknown directive {directive}")
    if literal:
        ops.append("".join(literal))
    return tuple(ops)


def _joined(parts: tuple[str | Callable[[date, ThaiNames], str], ...]) -> _Op:
    def op(d: date, n: ThaiNames) -> str:
        return "".join([part if isinstance(part, str) else part(d, n) for part in parts])

    return op


def thai_strftime(d: DateLike, fmt: str, *, digits: str = "arabic") -> str:
    """Format a date or datetime like :meth:`datetime.strftime`, with Thai names and the B.E. year.

    Directives: ``%a`` weekday abbreviation (ส.), ``%A`` weekday (วันเสาร์), ``%b``/``%h`` month abbreviation
    (พ.ย.), ``%B`` month (พฤศจิกายน), ``%d`` day 01-31, ``%e`` day space-padded, ``%m`` month 01-12, ``%Y``
    B.E. year (2569, four digits at least), ``%y`` its last two digits (69), ``%C`` the Buddhist century
    (26 for B.E. 2501-2600), ``%G``/``%g`` the B.E. year of the ISO week, ``%H`` ``%I`` ``%M`` ``%S`` ``%f``
    ``%p`` (ก่อนเที่ยง/หลังเที่ยง), ``%j`` day of the Gregorian year, ``%w`` (Sunday 0) and ``%u`` (Monday
    1); composites built from those: ``%c`` (``%a %e %b %H:%M:%S %Y``), ``%x`` (``%d/%m/%Y``), ``%X``
    ``%R`` ``%T``, ``%D`` (``%m/%d/%y``), ``%F`` (``%Y-%m-%d``), ``%v`` (``%e-%b-%Y``) and ``%+``
    (``%a %e %b %Y %H:%M:%S``); ``%U`` ``%W`` ``%V`` ``%z`` ``%Z`` (as Python); ``%%``, ``%n``, ``%t``.

    The GNU flags after ``%``: ``-`` no padding (``%-d`` gives 1, not 01), ``_`` pad with spaces, ``0`` pad
    with zeros, ``^`` upper case, ``#`` swapped case (Thai has no case, so these two change only Latin
    letters). The modifiers ``E`` (alternative era; the B.E. year is already the era, so it changes nothing)
    and ``O`` (Thai digits for that directive alone: ``%Od`` gives ๐๑) come just before the letter. These
    are the flags and directives of PyThaiNLP's ``thai_strftime``, so formats written for it keep working.
    A ``date`` formats its time as midnight.

    Args:
        d: a ``date`` or ``datetime``.
        fmt: the format.
        digits: ``"arabic"`` or ``"thai"``; Thai digits replace every digit of the result, literal ones too.

    Raises:
        InvalidInputError: ``d`` is not a date, ``fmt`` is not a str or has an unknown directive, or an
            unknown digit set.

    >>> from datetime import datetime
    >>> thai_strftime(datetime(2026, 11, 21, 14, 5), "%a %d %b %y %H:%M น.", digits="thai")
    'ส. ๒๑ พ.ย. ๖๙ ๑๔:๐๕ น.'
    >>> thai_strftime(date(2026, 3, 5), "%F|%D|%v|%C|%_d|%Od|%OY")
    '2569-03-05|03/05/69| 5-มี.ค.-2569|26| 5|๐๕|๒๕๖๙'
    >>> thai_strftime(date(2026, 11, 21), "%Q")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: รูปแบบ '%Q' ใช้ไม่ได้: ไม่รู้จัก %Q ใช้ได้: % ตามด้วยธง - _ 0 ^ # และ E หรือ O ได้ แล้วตามด้วยอักษรใดอักษรหนึ่งใน '%+ABCDFGHIMRSTUVWXYZabcdefghjmnptuvwxyz' / format '%Q' is not usable: unknown directive %Q; allowed: % with optional flags - _ 0 ^ # and E or O, then one of '%+ABCDFGHIMRSTUVWXYZabcdefghjmnptuvwxyz'
    """
    ops = _COMPILED.get(fmt) if isinstance(fmt, str) else None
    if ops is None:
        if not isinstance(fmt, str):
            raise InvalidInputError(
                th=f"รูปแบบต้องเป็นข้อความ (str) ไม่ใช่ {fmt!r}",
                en=f"fmt must be a str, not {fmt!r}",
                field="fmt",
                value=fmt,
            )
        ops = _compile(fmt)
        if len(_COMPILED) >= 256:  # keep the cache small when formats are built on the fly
            _COMPILED.clear()
        _COMPILED[fmt] = ops
    d = check_date(d)  # a date or ISO text; a datetime stays one (its time may be written)
    n = names()
    text = "".join([op if isinstance(op, str) else op(d, n) for op in ops])
    return in_digits(text, digits)
