"""The Thai layer: digits, Buddhist-era calendar, fiscal year, Thai dates, number words and baht text.

ชั้นภาษาไทย: เลขไทย ปีพุทธศักราช ปีงบประมาณ วันที่แบบไทย การอ่านตัวเลข และข้อความจำนวนเงินบาท

Importing this package is cheap: each name below is imported from its submodule the first time it is used
(so ``chumchon.thai.digits`` imports alone, and :mod:`chumchon.money` reads Thai digits through it without
importing the rest), the month and weekday names are chumchon's own data (see :mod:`chumchon.thai._names`), and
nothing here imports Babel or reads a file.

>>> from datetime import date
>>> from chumchon.thai import format_date, bahttext, be_year
>>> format_date(date(2026, 11, 21), "full"), be_year(date(2026, 11, 21))
('วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569', 2569)
>>> bahttext("1000001.01")
'หนึ่งล้านเอ็ดบาทหนึ่งสตางค์'
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the package stays cheap to import

if TYPE_CHECKING:
    from chumchon.thai.baht import MAX_BAHTTEXT_AMOUNT as MAX_BAHTTEXT_AMOUNT
    from chumchon.thai.baht import bahttext, format_baht, parse_bahttext
    from chumchon.thai.calendar import (
        GOVERNMENT_FISCAL_START_MONTH as GOVERNMENT_FISCAL_START_MONTH,
    )
    from chumchon.thai.calendar import (
        be_year,
        ce_year,
        date_from_be,
        fiscal_quarter,
        fiscal_year,
        fiscal_year_bounds,
    )
    from chumchon.thai.dates import DATE_STYLES as DATE_STYLES
    from chumchon.thai.dates import format_date, parse_date, thai_strftime
    from chumchon.thai.digits import THAI_DIGITS as THAI_DIGITS
    from chumchon.thai.digits import to_arabic_digits, to_thai_digits
    from chumchon.thai.words import MAX_WORDS_INTEGER as MAX_WORDS_INTEGER
    from chumchon.thai.words import number_words, parse_number_words

# Each public name and the submodule that defines it, imported on first use (PEP 562).
_SUBMODULE = {
    **dict.fromkeys(("MAX_BAHTTEXT_AMOUNT", "bahttext", "format_baht", "parse_bahttext"), "baht"),
    **dict.fromkeys(
        (
            "GOVERNMENT_FISCAL_START_MONTH",
            "be_year",
            "ce_year",
            "date_from_be",
            "fiscal_quarter",
            "fiscal_year",
            "fiscal_year_bounds",
        ),
        "calendar",
    ),
    **dict.fromkeys(("DATE_STYLES", "format_date", "parse_date", "thai_strftime"), "dates"),
    **dict.fromkeys(("THAI_DIGITS", "to_arabic_digits", "to_thai_digits"), "digits"),
    **dict.fromkeys(("MAX_WORDS_INTEGER", "number_words", "parse_number_words"), "words"),
}


def __getattr__(name: str) -> object:
    submodule = _SUBMODULE.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value  # found once; later lookups are plain
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULE})


__all__ = [
    "bahttext",
    "be_year",
    "ce_year",
    "date_from_be",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_bounds",
    "format_baht",
    "format_date",
    "number_words",
    "parse_bahttext",
    "parse_date",
    "parse_number_words",
    "thai_strftime",
    "to_arabic_digits",
    "to_thai_digits",
]
