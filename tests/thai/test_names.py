"""The Thai name tables are chumchon's own data; Babel (CLDR) is the oracle that shows a drift.

Babel 2.19 changed CLDR's ``abbreviated`` Thai weekday names from the dotted official forms (ส.) to the bare
day names (เสาร์); before that, every chumchon output that used them changed with whichever Babel was
installed. The tables are now pinned (DOMAIN.md section 3) and these tests compare them with Babel's, width
by width. CI runs them under the newest Babel and under the oldest one the test extra allows (2.12), so a
future CLDR change fails here, where it is seen and decided, instead of reaching users.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from chumchon.thai import format_date, parse_date, thai_strftime
from chumchon.thai._names import (
    OFFICIAL_MONTH_ABBREVIATIONS,
    OFFICIAL_WEEKDAY_ABBREVIATIONS,
    THAI_AM_PM,
    THAI_MONTHS,
    THAI_WEEKDAYS,
    names,
)

babel = pytest.importorskip("babel")

# Decided drifts: (Babel width, what newer CLDR writes). Babel 2.19 (CLDR 47) writes the bare day names in the
# ``abbreviated`` width; documents keep the dotted official forms, which CLDR still has as ``short``.
_ABBREVIATED_WEEKDAYS_FROM_BABEL_2_19 = ("จันทร์", "อังคาร", "พุธ", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์")


def _th():  # type: ignore[no-untyped-def]
    return babel.Locale.parse("th")


@pytest.mark.parametrize("context", ["format", "stand-alone"])
def test_months_equal_babel(context: str) -> None:
    months = _th().months[context]
    assert tuple(str(months["wide"][m]) for m in range(1, 13)) == THAI_MONTHS
    assert tuple(str(months["abbreviated"][m]) for m in range(1, 13)) == OFFICIAL_MONTH_ABBREVIATIONS


@pytest.mark.parametrize("context", ["format", "stand-alone"])
def test_weekdays_equal_babel(context: str) -> None:
    days = _th().days[context]
    assert tuple(str(days["wide"][w]) for w in range(7)) == THAI_WEEKDAYS
    assert tuple(str(days["short"][w]) for w in range(7)) == OFFICIAL_WEEKDAY_ABBREVIATIONS


def test_abbreviated_weekdays_are_the_official_ones_or_the_decided_drift() -> None:
    abbreviated = tuple(str(_th().days["format"]["abbreviated"][w]) for w in range(7))
    assert abbreviated in (OFFICIAL_WEEKDAY_ABBREVIATIONS, _ABBREVIATED_WEEKDAYS_FROM_BABEL_2_19)


def test_am_pm_equal_babel() -> None:
    periods = _th().day_periods["format"]["wide"]
    assert (str(periods["am"]), str(periods["pm"])) == THAI_AM_PM


def test_babel_has_no_buddhist_era() -> None:
    # The B.E. year is chumchon's own (thai.calendar); Babel's Thai eras are Gregorian.
    eras = _th().eras["abbreviated"]
    assert "พ.ศ." not in {str(eras[k]) for k in eras}


def test_outputs_use_the_pinned_tables() -> None:
    sat = datetime(2026, 11, 21, 14, 5)
    assert thai_strftime(sat, "%a %A %b %B %p") == "ส. วันเสาร์ พ.ย. พฤศจิกายน หลังเที่ยง"
    assert format_date(date(2026, 11, 21), "full") == "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"
    assert names() is names()


@pytest.mark.parametrize(
    "text",
    ["ส. 21 พ.ย. 69", "ส 21 พ.ย. 69", "เสาร์ 21 พ.ย. 69", "วันเสาร์ 21 พ.ย. 69", "วันเสาร์ที่ 21 พ.ย. 69"],
)
def test_parser_accepts_what_users_type(text: str) -> None:
    assert parse_date(text) == date(2026, 11, 21)


@pytest.mark.parametrize("weekday", range(7))
def test_every_weekday_form_parses(weekday: int) -> None:
    day = date(2026, 11, 16 + weekday)  # Monday 16 November 2026 onwards
    for form in (
        OFFICIAL_WEEKDAY_ABBREVIATIONS[weekday],
        OFFICIAL_WEEKDAY_ABBREVIATIONS[weekday][:-1],
        THAI_WEEKDAYS[weekday],
        THAI_WEEKDAYS[weekday].removeprefix("วัน"),
    ):
        assert parse_date(f"{form} {day.day} พ.ย. 2569") == day


def test_importing_thai_loads_neither_babel_nor_metadata() -> None:
    code = (
        "import sys, chumchon, chumchon.thai; from datetime import date;"
        "chumchon.thai.format_date(date(2026, 11, 21), 'full'); chumchon.thai.parse_date('ส. 21 พ.ย. 69');"
        "print('babel' in sys.modules, 'importlib.metadata' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
