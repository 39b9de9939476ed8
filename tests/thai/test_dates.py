"""Thai date formatting and parsing (DOMAIN.md section 3: month names and common date styles [C])."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chumchon.errors import InvalidInputError, ParseError
from chumchon.thai import DATE_STYLES, format_date, parse_date, thai_strftime
from chumchon.thai._names import OFFICIAL_MONTH_ABBREVIATIONS

SAT = date(2026, 11, 21)  # a Saturday, the example of the issue


@pytest.mark.parametrize(
    ("style", "era", "expected"),
    [
        ("full", False, "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"),
        ("full", True, "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"),
        ("long", False, "21 พฤศจิกายน 2569"),
        ("long", True, "21 พฤศจิกายน พ.ศ. 2569"),
        ("medium", False, "21 พ.ย. 2569"),
        ("medium", True, "21 พ.ย. พ.ศ. 2569"),
        ("short", False, "21 พ.ย. 69"),
        ("numeric", False, "21/11/2569"),
    ],
)
def test_styles(style: str, era: bool, expected: str) -> None:
    assert format_date(SAT, style, era=era) == expected


def test_default_style_is_long_and_thai_digits() -> None:
    assert format_date(SAT) == "21 พฤศจิกายน 2569"
    assert format_date(SAT, "full", digits="thai") == "วันเสาร์ที่ ๒๑ พฤศจิกายน พ.ศ. ๒๕๖๙"
    assert format_date(date(2026, 1, 5), "numeric", digits="thai") == "๕/๑/๒๕๖๙"
    assert format_date(date(2007, 1, 5), "short") == "5 ม.ค. 50"
    assert format_date(datetime(2026, 11, 21, 23, 59), "medium") == "21 พ.ย. 2569"


def test_every_month_name_and_weekday() -> None:
    full = [format_date(date(2026, m, 1), "long").split()[1] for m in range(1, 13)]
    assert full == [
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
    ]
    abbr = tuple(format_date(date(2026, m, 1), "medium").split()[1] for m in range(1, 13))
    assert abbr == OFFICIAL_MONTH_ABBREVIATIONS
    days = [format_date(date(2026, 11, d), "full").split("ที่")[0] for d in range(16, 23)]  # Monday first
    assert days == ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


def test_before_1941() -> None:
    assert format_date(date(1940, 3, 31), "long") == "31 มีนาคม 2482"
    assert format_date(date(1940, 4, 1), "long") == "1 เมษายน 2483"
    assert format_date(date(1941, 1, 1), "long") == "1 มกราคม 2484"


def test_format_errors() -> None:
    with pytest.raises(InvalidInputError, match="unknown date style"):
        format_date(SAT, "iso")
    with pytest.raises(InvalidInputError, match="digits"):
        format_date(SAT, digits="roman")
    with pytest.raises(InvalidInputError, match="era"):
        format_date(SAT, "numeric", era=True)
    with pytest.raises(InvalidInputError, match="era"):
        format_date(SAT, "short", era=True)
    with pytest.raises(InvalidInputError, match="2500-2599"):
        format_date(date(1956, 12, 31), "short")
    assert format_date(date(1957, 1, 1), "short") == "1 ม.ค. 00"
    assert format_date(date(2056, 12, 31), "short") == "31 ธ.ค. 99"
    with pytest.raises(InvalidInputError, match="2500-2599"):
        format_date(date(2057, 1, 1), "short")
    assert format_date("2026-11-21") == format_date(date(2026, 11, 21))  # ISO text: the kernel's date rule
    with pytest.raises(InvalidInputError, match="must be a date"):
        format_date("21/11/2026")  # type: ignore[arg-type]
    assert DATE_STYLES == ("full", "long", "medium", "short", "numeric")


def test_tables_show_dates_in_medium_style() -> None:
    from chumchon.tables import format_cell

    assert format_cell(SAT, "date") == "21 พ.ย. 2569"


# --- thai_strftime ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("%A %-d %B %Y", "วันเสาร์ 21 พฤศจิกายน 2569"),
        ("%a %d %b %y", "ส. 21 พ.ย. 69"),
        ("%h", "พ.ย."),
        ("%d/%m/%Y", "21/11/2569"),
        ("%-d/%-m/%Y", "21/11/2569"),
        ("%H:%M:%S.%f", "14:05:09.000123"),
        ("%I %p", "02 หลังเที่ยง"),
        ("%-I %-H %-M %-S", "2 14 5 9"),
        ("%j %-j %w %u", "325 325 6 6"),
        ("%c", "ส. 21 พ.ย. 14:05:09 2569"),
        ("%x %X %R %T", "21/11/2569 14:05:09 14:05 14:05:09"),
        ("%U %W %V", "46 46 47"),
        ("100%% ครบ%nวัน%t", "100% ครบ\nวัน\t"),
        ("ไม่มีรูปแบบ", "ไม่มีรูปแบบ"),
        ("", ""),
    ],
)
def test_strftime(fmt: str, expected: str) -> None:
    assert thai_strftime(datetime(2026, 11, 21, 14, 5, 9, 123), fmt) == expected


def test_strftime_dates_padding_and_digits() -> None:
    d = date(2026, 1, 5)
    assert thai_strftime(d, "%d %e %-d %m %-m %H:%M:%S %f %p %I") == "05  5 5 01 1 00:00:00 000000 ก่อนเที่ยง 12"
    assert thai_strftime(d, "%-H %-M %-S %y %-y") == "0 0 0 69 69"
    assert thai_strftime(date(2501, 1, 5), "%y %-y") == "44 44"
    assert thai_strftime(date(2007, 1, 5), "%y %-y") == "50 50"
    assert thai_strftime(date(2010, 1, 5), "%y %-y") == "53 53"
    assert thai_strftime(date(2043, 1, 5), "%y|%-y") == "86|86"
    assert thai_strftime(date(2057, 1, 5), "%y|%-y") == "00|0"
    assert thai_strftime(d, "%d/%m/%Y", digits="thai") == "๐๕/๐๑/๒๕๖๙"
    assert thai_strftime(date(1940, 3, 31), "%Y") == "2482"
    # The same format again comes from the cache and gives the same answer.
    assert thai_strftime(d, "%d/%m/%Y") == thai_strftime(d, "%d/%m/%Y") == "05/01/2569"


@pytest.mark.parametrize("fmt", ["%Q", "%", "abc%", "%-", "%-n", "%E", "%O", "%-E", "%_", "%Ot", "%^Q"])
def test_strftime_bad_formats(fmt: str) -> None:
    with pytest.raises(InvalidInputError, match="format"):
        thai_strftime(SAT, fmt)


def test_strftime_bad_arguments() -> None:
    with pytest.raises(InvalidInputError, match="fmt must be a str"):
        thai_strftime(SAT, None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="fmt must be a str"):
        thai_strftime(SAT, ["%Y"])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="must be a date"):
        thai_strftime(20261121, "%Y")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="digits"):
        thai_strftime(SAT, "%Y", digits="")


def test_strftime_cache_stays_small() -> None:
    for i in range(300):
        assert thai_strftime(SAT, f"{i} %Y") == f"{i} 2569"


# --- parse_date ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569",
        "21 พฤศจิกายน 2569",
        "21 พฤศจิกายน พ.ศ. 2569",
        "21 พ.ย. 2569",
        "21 พ.ย. พ.ศ. 2569",
        "21 พ.ย. 69",
        "21/11/2569",
        "๒๑/๑๑/๒๕๖๙",
        "๒๑ พ.ย. 2569",
        "2๑/1๑/๒569",
        "วันที่ 21 เดือนพฤศจิกายน พ.ศ. 2569",
        "วันที่ 21 เดือน พฤศจิกายน ปี 2569",
        "  21   พฤศจิกายน\u00a0\u00a02569 ",
        "21\u200bพฤศจิกายน 2569",
        "21พฤศจิกายน2569",
        "เสาร์ 21 พ.ย. 69",
        "วันเสาร์ 21 พ.ย. 69",
        "วันเสาร์ วันที่ 21 พ.ย. 69",
        "ส. 21 พ.ย. 69",
        "21 พ.ย 69",
        "21 พย 69",
        "21 พฤศจิกา 69",
        "21-11-2569",
        "21.11.2569",
        "21 / 11 / 69",
        "21 เดือน 11 พ.ศ. 2569",
        "21 พฤศจิกายน พศ 2569",
        "21 พฤศจิกายน ค.ศ. 2026",
        "21 พ.ย. ค.ศ. 2026",
        "21/11/2026",
        "2026-11-21",
        "๒๐๒๖-๑๑-๒๑",
    ],
)
def test_parse_every_style(text: str) -> None:
    assert parse_date(text) == SAT


def test_parse_years() -> None:
    assert parse_date("1/10/2567") == date(2024, 10, 1)  # Babel would read the Gregorian year 2567
    assert parse_date("1/1/00") == date(1957, 1, 1)  # two digits: 25xx
    assert parse_date("1/1/2400") == date(1858, 1, 1)  # January of B.E. 2400 fell in C.E. 1858 (before 1941)
    assert parse_date("1/4/2400") == date(1857, 4, 1)
    assert parse_date("1/1/2399") == date(2399, 1, 1)  # below 2400 without a marker: Gregorian
    assert parse_date("1 มกราคม พ.ศ. 2399") == date(1857, 1, 1)
    assert parse_date("5 ม.ค. พ.ศ. 999") == date(457, 1, 5)
    assert parse_date("1 ม.ค. พ.ศ. 69") == date(2026, 1, 1)
    assert parse_date("29 กุมภาพันธ์ 2567") == date(2024, 2, 29)
    assert parse_date("1 มกราคม ค.ศ. 1") == date(1, 1, 1)
    assert parse_date("1 มกราคม พ.ศ. 543") == date(1, 1, 1)
    assert parse_date("1 มกราคม ค.ศ. 999") == date(999, 1, 1)
    assert parse_date("1/1/10000") == date(9457, 1, 1)  # five digits, B.E.
    assert parse_date("1 ก.ค. 2569") == date(2026, 7, 1)
    assert parse_date("1 กรกฏาคม 2569") == date(2026, 7, 1)  # the common misspelling


def test_parse_around_1941() -> None:
    assert parse_date("1 มกราคม 2482") == date(1940, 1, 1)
    assert parse_date("31 มีนาคม 2482") == date(1940, 3, 31)
    assert parse_date("1 เมษายน 2483") == date(1940, 4, 1)
    assert parse_date("31 ธันวาคม 2483") == date(1940, 12, 31)
    assert parse_date("1 มกราคม 2484") == date(1941, 1, 1)
    for text in ("1 มกราคม 2483", "29 กุมภาพันธ์ 2483", "31 มีนาคม 2483", "15/3/2483"):
        with pytest.raises(ParseError, match=r"B\.E\. 2483 has no January to March"):
            parse_date(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30 กุมภาพันธ์ 2569", "no day 30 in February"),
        ("29 กุมภาพันธ์ 2569", "that month has 28 days"),
        ("31/4/2569", "no day 31 in April"),
        ("0/4/2569", "no day 0"),
        ("2026-02-30", "no day 30 in February"),
        ("2026-13-01", "no month 13"),
        ("1/13/2569", "no month 13"),
        ("1/0/2569", "no month 0"),
        ("วันจันทร์ที่ 21 พฤศจิกายน 2569", "is a Saturday, not a Monday"),
        ("จ. 21 พ.ย. 69", "not a Monday"),
        ("21 พ.ย. ค.ศ. 26", "two-digit Gregorian year"),
        ("21 พ.ย. 569", "ambiguous"),
        ("21 พ.ย. 5", "ambiguous"),
        ("1 มกราคม ค.ศ. 0", "outside the supported range"),
        ("1 มกราคม พ.ศ. 542", "outside the supported range"),
        ("1 มกราคม พ.ศ. 5", "outside the supported range"),
        ("1 เมษายน พ.ศ. 543", "outside the supported range"),
        ("1/1/99999", "outside"),
        ("0000-01-01", "outside"),
        ("21 พ.ย.", "cannot read a date"),
        ("พฤศจิกายน 2569", "cannot read a date"),
        ("21/11", "cannot read a date"),
        ("", "cannot read a date"),
        ("21 November 2026", "cannot read a date"),
        ("21/11-2569", "cannot read a date"),
        ("x" * 500, "longer than"),
    ],
)
def test_parse_errors(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_date(text)


def test_parse_non_text_is_invalid_input_not_parse_error() -> None:
    for value in (None, 20261121, SAT, b"21/11/2569"):
        with pytest.raises(InvalidInputError, match="must be a str") as info:
            parse_date(value)  # type: ignore[arg-type]
        assert type(info.value) is InvalidInputError


def test_parse_error_carries_the_text() -> None:
    with pytest.raises(ParseError) as info:
        parse_date("30 กุมภาพันธ์ 2569")
    assert info.value.text == "30 กุมภาพันธ์ 2569"
    assert "เดือนนี้มี 28 วัน" in info.value.th
