"""Thai month and weekday names: chumchon's own data, not read from a dependency at run time.

These are the forms Thai government documents use (DOMAIN.md section 3: the month list is the government and
Royal Institute usage; the dotted weekday abbreviations อา. จ. อ. พ. พฤ. ศ. ส. are the official ones). They
were once read from Babel's ``th`` locale (CLDR), until Babel 2.19 changed CLDR's ``abbreviated`` weekday
names from ``ส.`` to ``เสาร์`` and every document that used them changed with it. So the names are pinned
here, and ``tests/thai/test_names.py`` compares each table with Babel's: a future CLDR change fails that test
and is decided there, never silently passed on to users.

What the comparison found (Babel 2.12 to 2.19, CLDR 42 to 47): full month names, abbreviated month names,
full weekday names and the wide AM/PM names (ก่อนเที่ยง/หลังเที่ยง) are the same in every release; the dotted
weekday abbreviations are Babel's ``abbreviated`` width up to 2.18 and its ``short`` width in every release.
Babel has no Buddhist era (its eras are ค.ศ. only), so the era is ours too, in :mod:`chumchon.thai.calendar`.

Loading nothing, importing this module costs almost nothing.
"""

from __future__ import annotations

import attrs

__all__ = [
    "OFFICIAL_MONTH_ABBREVIATIONS",
    "OFFICIAL_WEEKDAY_ABBREVIATIONS",
    "THAI_AM_PM",
    "THAI_MONTHS",
    "THAI_WEEKDAYS",
    "ThaiNames",
    "names",
]

#: Full month names, January first.
THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

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

#: Full weekday names as documents write them (with วัน), Monday first like :meth:`date.weekday`.
THAI_WEEKDAYS = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")

#: The official dotted weekday abbreviations, Monday first.
OFFICIAL_WEEKDAY_ABBREVIATIONS = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")

#: Before noon and after noon, as ``%p`` writes them.
THAI_AM_PM = ("ก่อนเที่ยง", "หลังเที่ยง")


@attrs.frozen
class ThaiNames:
    """Name tables indexed like :mod:`datetime`: months 1-12 (index 0 is ``""``), weekdays 0 = Monday."""

    months: tuple[str, ...]
    months_abbr: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_abbr: tuple[str, ...]
    am_pm: tuple[str, str]


_NAMES = ThaiNames(
    months=("", *THAI_MONTHS),
    months_abbr=("", *OFFICIAL_MONTH_ABBREVIATIONS),
    weekdays=THAI_WEEKDAYS,
    weekdays_abbr=OFFICIAL_WEEKDAY_ABBREVIATIONS,
    am_pm=THAI_AM_PM,
)


def names() -> ThaiNames:
    """The name tables (one shared, immutable object)."""
    return _NAMES
