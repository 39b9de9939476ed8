"""Thai month and weekday names, read from Babel's ``th`` locale once, on first use.

Babel (CLDR) is the source of the names. Loading it costs tens of milliseconds, so nothing here runs at
import time: :func:`names` loads the tables on its first call and keeps them.

What Babel 2.12+ holds for ``th`` (checked against Babel 2.18, CLDR 46): full month names (มกราคม …
ธันวาคม); abbreviated month names with dots (ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.),
the same in "format" and "stand-alone" context; full weekday names that already start with "วัน"
(วันจันทร์ … วันอาทิตย์) and abbreviated ones with a dot (จ. อ. พ. พฤ. ศ. ส. อา.); AM/PM as ก่อนเที่ยง /
หลังเที่ยง (wide). Its eras are Gregorian only (ค.ศ.): the Buddhist era is ours.

The abbreviations equal the official ones (the Royal Institute / government list in DOMAIN.md section 3). If a
future CLDR release changes one, the official form below wins, so documents keep their usual look.
"""

from __future__ import annotations

import attrs

__all__ = ["OFFICIAL_MONTH_ABBREVIATIONS", "ThaiNames", "names"]

#: The official abbreviated month names (government and Royal Institute usage), January first.
OFFICIAL_MONTH_ABBREVIATIONS = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


@attrs.frozen
class ThaiNames:
    """Name tables indexed like :mod:`datetime`: months 1-12 (index 0 is ``""``), weekdays 0 = Monday."""

    months: tuple[str, ...]
    months_abbr: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_abbr: tuple[str, ...]
    am_pm: tuple[str, str]


_CACHE: list[ThaiNames] = []


def names() -> ThaiNames:
    """The name tables, loaded from Babel on the first call only."""
    if _CACHE:
        return _CACHE[0]
    from babel import Locale  # deferred: Babel costs tens of milliseconds to load

    locale = Locale.parse("th")
    months = locale.months["format"]["wide"]
    months_abbr = locale.months["format"]["abbreviated"]
    days = locale.days["format"]["wide"]
    days_abbr = locale.days["format"]["abbreviated"]
    periods = locale.day_periods["format"]["wide"]
    abbr = tuple(str(months_abbr[m]) for m in range(1, 13))
    if abbr != OFFICIAL_MONTH_ABBREVIATIONS:  # pragma: no cover - CLDR 46 agrees with the official list
        # Documents use the official abbreviations; should CLDR ever change one, ours stay as officers write them.
        abbr = OFFICIAL_MONTH_ABBREVIATIONS
    loaded = ThaiNames(
        months=("", *(str(months[m]) for m in range(1, 13))),
        months_abbr=("", *abbr),
        weekdays=tuple(str(days[w]) for w in range(7)),
        weekdays_abbr=tuple(str(days_abbr[w]) for w in range(7)),
        am_pm=(str(periods["am"]), str(periods["pm"])),
    )
    _CACHE.append(loaded)
    return loaded
