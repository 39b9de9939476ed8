"""Thai dates: format and parse with the Buddhist-era year (วันที่แบบไทย).

Month and weekday names are chumchon's own data, the forms Thai documents use (see
:mod:`chumchon.thai._names`); years are Buddhist-era years by :func:`~chumchon.thai.be_year`, exact before
1941 too. Babel itself has no Buddhist calendar and reads "1/10/2567" as the Gregorian year 2567; here a
four-digit year of 2400 or more is a B.E. year.

Styles of :func:`format_date` (the common styles of Thai documents):

=========== ================================== =============================================
style       example                            notes
=========== ================================== =============================================
``full``    วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569   always writes "พ.ศ."
``long``    21 พฤศจิกายน 2569                   ``era=True``: 21 พฤศจิกายน พ.ศ. 2569
``medium``  21 พ.ย. 2569                        ``era=True``: 21 พ.ย. พ.ศ. 2569
``short``   21 พ.ย. 69                          two-digit year: only B.E. 2500-2599
``numeric`` 21/11/2569                          day/month/B.E. year, no leading zeros
=========== ================================== =============================================

:func:`parse_date` reads every style above in Thai digits, Arabic digits or a mix, with or without "วันที่",
"เดือน", "พ.ศ." and a weekday; "ค.ศ." marks a Gregorian year; ISO ``YYYY-MM-DD`` is Gregorian; a two-digit
year is 25xx; a year of four or more digits without a marker is B.E. when it is 2400 or more, Gregorian
otherwise. It checks that the day exists (30 กุมภาพันธ์ does not; nor does January-March of B.E. 2483) and
that a weekday, if given, is the date's weekday.

Limitations: years without a marker below B.E. 2400 read as Gregorian, so ``long``/``medium``/``numeric``
round-trip without ``era`` only from B.E. 2400 (C.E. 1857); ``full`` and ``era=True`` round-trip for every
date. The 1 April new year before 1941 is applied to all earlier dates (see :mod:`chumchon.thai.calendar`).

>>> from datetime import date
>>> from chumchon.thai import format_date, parse_date, thai_strftime
>>> format_date(date(2026, 11, 21), "full")
'วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569'
>>> format_date(date(2026, 11, 21), "medium", digits="thai")
'๒๑ พ.ย. ๒๕๖๙'
>>> parse_date("วันที่ ๒๑ เดือนพฤศจิกายน พ.ศ. ๒๕๖๙")
datetime.date(2026, 11, 21)
>>> thai_strftime(date(2026, 11, 21), "%A %-d %B %Y")
'วันเสาร์ 21 พฤศจิกายน 2569'
>>> parse_date("30 กุมภาพันธ์ 2569")
Traceback (most recent call last):
...
chumchon.errors.ParseError: ไม่มีวันที่ 30 เดือนกุมภาพันธ์ ปี พ.ศ. 2569 (เดือนนี้มี 28 วัน): '30 กุมภาพันธ์ 2569' / there is no day 30 in February of B.E. 2569 (C.E. 2026); that month has 28 days: '30 กุมภาพันธ์ 2569'
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import re
from collections.abc import Callable
from datetime import date, datetime

from chumchon._types import DateLike
from chumchon.errors import InvalidInputError, ParseError
from chumchon.thai._names import ThaiNames, names
from chumchon.thai.calendar import BE_OFFSET, check_date, date_from_be
from chumchon.thai.digits import in_digits, to_arabic_digits, to_thai_digits

__all__ = ["DATE_STYLES", "format_date", "parse_date", "thai_strftime"]

#: The styles :func:`format_date` writes and :func:`parse_date` reads.
DATE_STYLES = ("full", "long", "medium", "short", "numeric")

_ENGLISH_MONTHS = tuple(_stdlib_calendar.month_name)  # "", "January", ... (C locale names)


def _bad_style(style: object) -> InvalidInputError:
    allowed = ", ".join(DATE_STYLES)
    return InvalidInputError(
        th=f"ไม่รู้จักรูปแบบวันที่ {style!r} ใช้ได้: {allowed}",
        en=f"unknown date style {style!r}; allowed: {allowed}",
        field="style",
        value=style,
    )


def format_date(d: DateLike, style: str = "long", *, era: bool = False, digits: str = "arabic") -> str:
    """Write a date the Thai way, with the Buddhist-era year.

    Args:
        d: a ``date``, a ``datetime`` (the time is not written) or ISO text ``YYYY-MM-DD``.
        style: ``"full"``, ``"long"``, ``"medium"``, ``"short"`` or ``"numeric"`` (see the module table).
        era: write "พ.ศ." before the year (``long`` and ``medium``; ``full`` always writes it; ``short`` and
            ``numeric`` have no room for it and refuse ``era=True``).
        digits: ``"arabic"`` or ``"thai"`` (๐-๙).

    Raises:
        InvalidInputError: ``d`` is not a date, an unknown style or digit set, ``era=True`` with ``short`` or
            ``numeric``, or a ``short`` date outside B.E. 2500-2599 (its two-digit year would read as 25xx).

    >>> format_date(date(2026, 11, 21), era=True), format_date(date(2026, 11, 21), "numeric")
    ('21 พฤศจิกายน พ.ศ. 2569', '21/11/2569')
    >>> format_date(date(1940, 3, 31), "short")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: รูปแบบ 'short' เขียนปีสองหลักซึ่งอ่านเป็น พ.ศ. 25xx จึงใช้ได้กับ พ.ศ. 2500-2599 เท่านั้น ไม่ใช่ พ.ศ. 2482 / the 'short' style writes a two-digit year, read as B.E. 25xx, so it covers only B.E. 2500-2599, not B.E. 2482
    """
    d = check_date(d)  # a date or ISO text; a datetime stays one (its time may be written)
    if not isinstance(style, str) or style not in DATE_STYLES:  # text first: an array compared is ambiguous
        raise _bad_style(style)
    if type(era) is not bool:
        from chumchon._checks import flag  # type: ignore[unreachable]  # only for what is not plainly a bool

        era = flag(era, "era")
    n = names()
    year = d.year
    month = d.month
    be = year + 542 if (year < 1941 and month < 4) else year + 543
    if style == "long":
        text = f"{d.day} {n.months[month]} พ.ศ. {be}" if era else f"{d.day} {n.months[month]} {be}"
    elif style == "medium":
        text = f"{d.day} {n.months_abbr[month]} พ.ศ. {be}" if era else f"{d.day} {n.months_abbr[month]} {be}"
    elif style == "full":
        text = f"{n.weekdays[d.weekday()]}ที่ {d.day} {n.months[month]} พ.ศ. {be}"
    elif style == "short" or style == "numeric":
        if era:
            raise InvalidInputError(
                th=f"รูปแบบ {style!r} ไม่เขียน พ.ศ. ใช้ era=False หรือรูปแบบ long/medium/full",
                en=f"the {style!r} style has no era marker; use era=False or the long, medium or full style",
                field="era",
                value=era,
            )
        if style == "numeric":
            text = f"{d.day}/{month}/{be}"
        elif 2500 <= be <= 2599:
            text = f"{d.day} {n.months_abbr[month]} {be - 2500:02d}"
        else:
            raise InvalidInputError(
                th=(
                    f"รูปแบบ 'short' เขียนปีสองหลักซึ่งอ่านเป็น พ.ศ. 25xx จึงใช้ได้กับ พ.ศ. 2500-2599 เท่านั้น "
                    f"ไม่ใช่ พ.ศ. {be}"
                ),
                en=(
                    "the 'short' style writes a two-digit year, read as B.E. 25xx, so it covers only "
                    f"B.E. 2500-2599, not B.E. {be}"
                ),
                field="d",
                value=d,
            )
    else:
        raise _bad_style(style)
    return in_digits(text, digits)


# --- strftime -------------------------------------------------------------------------------------------

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


# --- parsing --------------------------------------------------------------------------------------------

_MAX_TEXT = 120  # no Thai date is longer; refusing more keeps parsing fast on any input
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Everyday shortenings officers type (มกรา, ก.พ without the last dot, มค) and a common misspelling.
_MONTH_VARIANTS = {
    1: ("มกรา",),
    2: ("กุมภา",),
    3: ("มีนา",),
    4: ("เมษา",),
    5: ("พฤษภา",),
    6: ("มิถุนา",),
    7: ("กรกฏาคม", "กรกฎา", "กรกฏา"),
    8: ("สิงหา",),
    9: ("กันยา",),
    10: ("ตุลา",),
    11: ("พฤศจิกา", "พฤศจิ"),
    12: ("ธันวา",),
}
_WEEKDAY_WORDS = {
    "จันทร์": 0,
    "อังคาร": 1,
    "พุธ": 2,
    "พฤหัสบดี": 3,
    "พฤหัส": 3,
    "ศุกร์": 4,
    "เสาร์": 5,
    "อาทิตย์": 6,
}
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_PARSER: list[tuple[re.Pattern[str], dict[str, int], dict[str, int]]] = []


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _parser() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """The date pattern and its month and weekday lookups, built once from the name tables."""
    if _PARSER:
        return _PARSER[0]
    n = names()
    months: dict[str, int] = {}
    for m in range(1, 13):
        abbr = n.months_abbr[m]
        for word in (n.months[m], abbr, abbr.rstrip("."), abbr.replace(".", ""), *_MONTH_VARIANTS[m]):
            months[word] = m
    weekdays = dict(_WEEKDAY_WORDS)
    for w in range(7):
        weekdays[n.weekdays[w]] = w  # วันเสาร์
    abbreviations = {
        form: w for w in range(7) for form in (n.weekdays_abbr[w], n.weekdays_abbr[w][:-1])
    }  # ส. ส
    pattern = re.compile(
        rf"""
        (?:
            (?:วัน\ ?)?(?P<wd>{_alternation(weekdays)})\ ?(?:ที่\ ?)?
          | (?P<wda>{_alternation(abbreviations)})\ ?
        )?
        (?:(?:วันที่|ที่)\ ?)?
        (?P<day>[0-9]{{1,2}})
        (?:
            \ ?(?:เดือน\ ?)?(?P<mname>{_alternation(months)})\ ?
          | \ ?(?P<sep>[/.\-])\ ?(?P<mnum>[0-9]{{1,2}})\ ?(?P=sep)\ ?
          | \ ?เดือน\ ?(?P<mnum2>[0-9]{{1,2}})\ ?
        )
        (?:ปี\ ?)?
        (?:(?P<era>พ\.?\ ?ศ\.?|ค\.?\ ?ศ\.?)\ ?)?
        (?P<year>[0-9]{{1,5}})
        """,
        re.VERBOSE,
    )
    lookups = (pattern, months, {**weekdays, **abbreviations})
    _PARSER.append(lookups)
    return lookups


def _fail(text: str, th: str, en: str) -> ParseError:
    return ParseError(th=f"{th}: {text!r}", en=f"{en}: {text!r}", text=text)


def parse_date(text: str) -> date:
    """Read a Thai date in any of the styles of :func:`format_date`, or ISO ``YYYY-MM-DD``.

    Accepted: Thai or Arabic digits or a mix; "วันที่", "เดือน" and "ปี"; a weekday before the day (วันเสาร์ที่,
    เสาร์, ส.); full or abbreviated month names (with or without dots, and shortenings such as มกรา);
    numeric day/month/year with ``/``, ``-`` or ``.``; "พ.ศ." or "ค.ศ." before the year; any spacing.

    Years: "ค.ศ." marks a Gregorian year; ISO ``YYYY-MM-DD`` is Gregorian; a two-digit year is 25xx (B.E.);
    a year of four or more digits without a marker is B.E. when it is 2400 or more and Gregorian otherwise;
    a one- or three-digit year needs a marker; "ค.ศ." with two digits is refused as ambiguous (ค.ศ. 26 may
    mean 2026).

    Args:
        text: the date text.

    Returns:
        The date.

    Raises:
        ParseError: the text is not a date in these forms; the day does not exist (30 กุมภาพันธ์, or
            January-March of B.E. 2483, a year that began on 1 April); or the weekday given is not the
            date's weekday.
        InvalidInputError: ``text`` is not a str.

    >>> parse_date("21 พ.ย. 69"), parse_date("๒๑/๑๑/2569"), parse_date("2026-11-21")
    (datetime.date(2026, 11, 21), datetime.date(2026, 11, 21), datetime.date(2026, 11, 21))
    >>> parse_date("1 มกราคม ค.ศ. 2027")
    datetime.date(2027, 1, 1)
    >>> parse_date("วันจันทร์ที่ 21 พฤศจิกายน 2569")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: วันที่ 21 พฤศจิกายน พ.ศ. 2569 เป็นวันเสาร์ ไม่ใช่วันจันทร์: 'วันจันทร์ที่ 21 พฤศจิกายน 2569' / 21 November 2026 (B.E. 2569) is a Saturday, not a Monday: 'วันจันทร์ที่ 21 พฤศจิกายน 2569'
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            th=f"วันที่ที่จะอ่านต้องเป็นข้อความ (str) ไม่ใช่ {type(text).__name__}: {text!r}",
            en=f"the date to read must be a str, not {type(text).__name__}: {text!r}",
            field="text",
            value=text,
        )
    if len(text) > _MAX_TEXT:
        raise _fail(
            text[:40] + "…",
            f"ข้อความยาวเกิน {_MAX_TEXT} ตัวอักษร จึงไม่ใช่วันที่",
            f"the text is longer than {_MAX_TEXT} characters, so it is not a date",
        )
    cleaned = " ".join(to_arabic_digits(text.translate(_INVISIBLE)).split())
    iso = _ISO.fullmatch(cleaned)
    if iso is not None:
        return _gregorian(text, int(iso[1]), int(iso[2]), int(iso[3]))
    pattern, months, weekdays = _parser()
    match = pattern.fullmatch(cleaned)
    if match is None:
        raise _fail(
            text,
            "อ่านวันที่ไม่ได้ ใช้รูปแบบเช่น 21 พฤศจิกายน 2569, 21 พ.ย. 69, 21/11/2569 หรือ 2026-11-21",
            "cannot read a date; use a form such as 21 พฤศจิกายน 2569, 21 พ.ย. 69, 21/11/2569 or 2026-11-21",
        )
    day = int(match["day"])
    month = months[match["mname"]] if match["mname"] else int(match["mnum"] or match["mnum2"])
    if not 1 <= month <= 12:
        raise _fail(
            text, f"ไม่มีเดือนที่ {month} (เดือนมี 1 ถึง 12)", f"there is no month {month} (months are 1 to 12)"
        )
    digits = match["year"]
    year = int(digits)
    era = match["era"]
    if era is not None and era[0] == "ค":
        if len(digits) == 2:
            raise _fail(
                text,
                "ปี ค.ศ. สองหลักกำกวม ให้เขียนสี่หลัก เช่น ค.ศ. 2026",
                "a two-digit Gregorian year is ambiguous; write four digits, e.g. ค.ศ. 2026",
            )
        result = _gregorian(text, year, month, day)
    elif len(digits) == 2:
        result = _buddhist(text, 2500 + year, month, day)
    elif era is not None:
        result = _buddhist(text, year, month, day)
    elif len(digits) == 3 or len(digits) == 1:
        raise _fail(
            text,
            f"ปี {digits} กำกวม ให้เขียน พ.ศ. หรือ ค.ศ. กำกับ หรือเขียนปีสองหรือสี่หลัก",
            f"the year {digits} is ambiguous; mark it with พ.ศ. or ค.ศ., or write two or four digits",
        )
    elif year >= 2400:
        result = _buddhist(text, year, month, day)
    else:
        result = _gregorian(text, year, month, day)
    weekday_word = match["wd"] or match["wda"]
    if weekday_word is not None and weekdays[weekday_word] != result.weekday():
        n = names()
        actual = n.weekdays[result.weekday()]
        given = n.weekdays[weekdays[weekday_word]]
        be = _be(result)
        raise _fail(
            text,
            f"วันที่ {result.day} {n.months[result.month]} พ.ศ. {be} เป็น{actual} ไม่ใช่{given}",
            f"{result.day} {_ENGLISH_MONTHS[result.month]} {result.year} (B.E. {be}) is a "
            f"{result.strftime('%A')}, not a {_stdlib_calendar.day_name[weekdays[weekday_word]]}",
        )
    return result


def _no_such_day(text: str, day: int, month: int, be: int, ce: int) -> ParseError:
    n = names()
    last = _stdlib_calendar.monthrange(ce, month)[1]
    return _fail(
        text,
        f"ไม่มีวันที่ {day} เดือน{n.months[month]} ปี พ.ศ. {be} (เดือนนี้มี {last} วัน)",
        f"there is no day {day} in {_ENGLISH_MONTHS[month]} of B.E. {be} (C.E. {ce}); that month has {last} days",
    )


def _buddhist(text: str, be: int, month: int, day: int) -> date:
    if be == 2483 and month < 4:
        return _raise_parse(text, date_from_be, be, month, day)
    ce = be - BE_OFFSET + (1 if (month < 4 and be < 2483) else 0)
    if not 1 <= ce <= date.max.year:
        raise _fail(
            text,
            f"ปี พ.ศ. {be} เดือนที่ {month} อยู่นอกช่วงที่ใช้ได้ (ค.ศ. 1 ถึง 9999)",
            f"B.E. {be} month {month} is outside the supported range (C.E. 1 to 9999)",
        )
    if not 1 <= day <= _stdlib_calendar.monthrange(ce, month)[1]:
        raise _no_such_day(text, day, month, be, ce)
    return date(ce, month, day)


def _raise_parse(text: str, func: Callable[[int, int, int], date], *args: int) -> date:
    try:
        return func(*args)
    except InvalidInputError as error:
        raise _fail(text, error.th, error.en) from None


def _gregorian(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= year <= date.max.year:
        raise _fail(
            text,
            f"ปี ค.ศ. {year} อยู่นอกช่วงที่ใช้ได้ (1 ถึง 9999)",
            f"the Gregorian year {year} is outside the supported range (1 to 9999)",
        )
    if not 1 <= month <= 12:
        raise _fail(
            text, f"ไม่มีเดือนที่ {month} (เดือนมี 1 ถึง 12)", f"there is no month {month} (months are 1 to 12)"
        )
    if not 1 <= day <= _stdlib_calendar.monthrange(year, month)[1]:
        be = year + BE_OFFSET - (1 if (year < 1941 and month < 4) else 0)
        raise _no_such_day(text, day, month, be, year)
    return date(year, month, day)
