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

from chumchon._types import DateLike
from chumchon.errors import InvalidInputError
from chumchon.thai._date_parsing import parse_date as parse_date
from chumchon.thai._names import names
from chumchon.thai._strftime import thai_strftime as thai_strftime
from chumchon.thai.calendar import check_date
from chumchon.thai.digits import in_digits

__all__ = ["DATE_STYLES", "format_date", "parse_date", "thai_strftime"]

#: The styles :func:`format_date` writes and :func:`parse_date` reads.
DATE_STYLES = ("full", "long", "medium", "short", "numeric")


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

    >>> from datetime import date
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
        # Only for what is not plainly a bool (newer mypy calls this unreachable, older mypy does not).
        from chumchon._checks import flag  # type: ignore[unreachable, unused-ignore]

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
