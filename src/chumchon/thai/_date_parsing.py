"""``parse_date``: read a Thai date in any common style (see :mod:`chumchon.thai.dates`)."""

from __future__ import annotations

import calendar as _stdlib_calendar
import re
from collections.abc import Callable
from datetime import date

from chumchon.errors import InvalidInputError, ParseError
from chumchon.thai._names import names
from chumchon.thai.calendar import BE_OFFSET, be_year, date_from_be
from chumchon.thai.digits import to_arabic_digits

_ENGLISH_MONTHS = tuple(_stdlib_calendar.month_name)  # "", "January", ... (C locale names)

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
        be = be_year(result)
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
