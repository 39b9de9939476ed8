"""Number words, baht text and thai_strftime against outside oracles.

- PyThaiNLP's own tests (``tests/core/test_util.py`` and ``tests/core/test_util_strftime.py`` of
  PyThaiNLP/pythainlp, read through the code search; the cases are restated here, not imported);
- the one example Microsoft documents for Excel's ``BAHTTEXT`` (support.microsoft.com, "BAHTTEXT function":
  1234 → หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน);
- the Royal Institute's examples (อ่านอย่างไร และ เขียนอย่างไร, p. 67; DOMAIN.md section 3).

Where chumchon differs on purpose the case is listed in ``DISAGREEMENTS`` with the reason.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime
from decimal import Decimal

import pytest

from chumchon.thai import bahttext, number_words, parse_number_words, thai_strftime

# --- the Royal Institute and Excel -----------------------------------------------------------------------

ROYAL_INSTITUTE = [  # (number, reading): เอ็ด for a final 1 in every number of two or more digits
    (101, "หนึ่งร้อยเอ็ด"),
    (1001, "หนึ่งพันเอ็ด"),
    (501_741_221, "ห้าร้อยเอ็ดล้านเจ็ดแสนสี่หมื่นหนึ่งพันสองร้อยยี่สิบเอ็ด"),
]


@pytest.mark.parametrize(("n", "words"), ROYAL_INSTITUTE)
def test_royal_institute_is_the_default(n: int, words: str) -> None:
    assert number_words(n) == words
    assert number_words(n, style="royal_institute") == words
    assert parse_number_words(words) == n


def test_excel_documented_example() -> None:
    assert bahttext(1234) == "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"


# LibreOffice Calc 7.4.7 (Debian bookworm), headless: a CSV of =BAHTTEXT(An) converted with
# ``soffice --headless --convert-to csv``; the results as LibreOffice wrote them. Every one agrees with the
# ed_after_tens style; the Royal Institute style differs exactly where a final 1 follows a zero tens digit.
LIBREOFFICE_BAHTTEXT = [
    ("0", "ศูนย์บาทถ้วน"),
    ("0.01", "หนึ่งสตางค์"),
    ("0.5", "ห้าสิบสตางค์"),
    ("0.99", "เก้าสิบเก้าสตางค์"),
    ("1", "หนึ่งบาทถ้วน"),
    ("11", "สิบเอ็ดบาทถ้วน"),
    ("21", "ยี่สิบเอ็ดบาทถ้วน"),
    ("101", "หนึ่งร้อยหนึ่งบาทถ้วน"),
    ("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
    ("1001", "หนึ่งพันหนึ่งบาทถ้วน"),
    ("1234", "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"),
    ("10001", "หนึ่งหมื่นหนึ่งบาทถ้วน"),
    ("100001", "หนึ่งแสนหนึ่งบาทถ้วน"),
    ("1000001", "หนึ่งล้านหนึ่งบาทถ้วน"),
    ("1000000001", "หนึ่งพันล้านหนึ่งบาทถ้วน"),
    ("101000000", "หนึ่งร้อยหนึ่งล้านบาทถ้วน"),
    ("501741221", "ห้าร้อยหนึ่งล้านเจ็ดแสนสี่หมื่นหนึ่งพันสองร้อยยี่สิบเอ็ดบาทถ้วน"),
    ("1234.5", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
    ("-100", "ลบหนึ่งร้อยบาทถ้วน"),
    ("-0.5", "ลบห้าสิบสตางค์"),
    ("5611116.5", "ห้าล้านหกแสนหนึ่งหมื่นหนึ่งพันหนึ่งร้อยสิบหกบาทห้าสิบสตางค์"),
    ("116", "หนึ่งร้อยสิบหกบาทถ้วน"),
    ("21.21", "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"),
    ("100000000000001", "หนึ่งร้อยล้านล้านหนึ่งบาทถ้วน"),
]


@pytest.mark.parametrize(("amount", "text"), LIBREOFFICE_BAHTTEXT)
def test_ed_after_tens_is_the_libreoffice_style(amount: str, text: str) -> None:
    assert bahttext(amount, style="ed_after_tens") == text


@pytest.mark.parametrize(("old", "new"), [("excel", "royal_institute"), ("formal", "ed_after_tens")])
def test_old_style_names_warn_and_still_work(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f'"{old}" is now called "{new}"') as caught:
        words = number_words(1_000_001, style=old)
    assert words == number_words(1_000_001, style=new)
    assert caught[0].filename == __file__  # the warning points at the caller, not at chumchon
    with pytest.warns(DeprecationWarning, match=new):
        assert bahttext(101, style=old) == bahttext(101, style=new)


def test_new_names_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        number_words(101, style="ed_after_tens")
        bahttext(101)


# --- PyThaiNLP: bahttext, num_to_thaiword, thaiword_to_num --------------------------------------------

PYTHAINLP_BAHTTEXT = [
    (Decimal("5611116.50"), "ห้าล้านหกแสนหนึ่งหมื่นหนึ่งพันหนึ่งร้อยสิบหกบาทห้าสิบสตางค์"),
    (116, "หนึ่งร้อยสิบหกบาทถ้วน"),
    (0, "ศูนย์บาทถ้วน"),
    (-100, "ลบหนึ่งร้อยบาทถ้วน"),
    (Decimal("-50.50"), "ลบห้าสิบบาทห้าสิบสตางค์"),
    (Decimal("1.00"), "หนึ่งบาทถ้วน"),
]
PYTHAINLP_WORDS = [
    (112, "หนึ่งร้อยสิบสอง"),
    (-273, "ลบสองร้อยเจ็ดสิบสาม"),
    (0, "ศูนย์"),
    (6_666_666, "หกล้านหกแสนหกหมื่นหกพันหกร้อยหกสิบหก"),
    (2_300_612, "สองล้านสามแสนหกร้อยสิบสอง"),
    (110_000_000, "หนึ่งร้อยสิบล้าน"),
    (15_000_000_000_072, "สิบห้าล้านล้านเจ็ดสิบสอง"),
]
PYTHAINLP_PARSE = [("ร้อยสิบสอง", 112), ("ยี่สิบ", 20), ("แปด", 8), ("ศูนย์", 0)]

#: Where PyThaiNLP and chumchon disagree, and why chumchon's answer stands.
DISAGREEMENTS = {
    # PyThaiNLP writes ศูนย์บาทหนึ่งสตางค์; Excel and LibreOffice write only the satang, as cheques do.
    "bahttext(0.01)": ("ศูนย์บาทหนึ่งสตางค์", "หนึ่งสตางค์"),
    "bahttext(0.99)": ("ศูนย์บาทเก้าสิบเก้าสตางค์", "เก้าสิบเก้าสตางค์"),
}


@pytest.mark.parametrize(("amount", "text"), PYTHAINLP_BAHTTEXT)
def test_pythainlp_bahttext(amount: object, text: str) -> None:
    assert bahttext(amount) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(("n", "words"), PYTHAINLP_WORDS)
def test_pythainlp_number_words(n: int, words: str) -> None:
    assert number_words(n) == words
    assert parse_number_words(words) == n


@pytest.mark.parametrize(("words", "n"), PYTHAINLP_PARSE)
def test_pythainlp_parse(words: str, n: int) -> None:
    assert parse_number_words(words) == n


def test_recorded_disagreements_are_still_ours() -> None:
    assert bahttext(Decimal("0.01")) == DISAGREEMENTS["bahttext(0.01)"][1]
    assert bahttext(Decimal("0.99")) == DISAGREEMENTS["bahttext(0.99)"][1]


@pytest.mark.parametrize(
    ("words", "n"),
    [
        ("ร้อยเอ็ด", 101),
        ("พันเอ็ด", 1001),
        ("หมื่นสอง", 10002),
        ("แสนห้า", 100005),
        ("ล้านเอ็ด", 1_000_001),
        ("ลบร้อยสิบสอง", -112),
        ("ร้อยล้าน", 100_000_000),
        ("ล้านล้าน", 10**12),
        ("ร้อยหนึ่ง", 101),
    ],
)
def test_bare_leading_places(words: str, n: int) -> None:
    assert parse_number_words(words) == n


# --- PyThaiNLP: thai_strftime ---------------------------------------------------------------------------

# PyThaiNLP's dates, less 1 January of year 1: before 1941 the Thai new year was 1 April, so chumchon reads
# 1 January 1 C.E. as B.E. 543, where PyThaiNLP adds 543 to every year (see chumchon.thai.calendar).
DATES = (
    datetime(1976, 10, 6, 1, 40, 0),
    datetime(2019, 6, 9, 5, 59, 0, 123456),
    datetime(999, 12, 31, 23, 59, 59),
    datetime(2020, 12, 31, 13, 5, 7),
    datetime(2024, 2, 29, 12, 0, 0),
    datetime(2021, 1, 3, 18, 30, 45),
    datetime(9999, 12, 31, 23, 59, 59),
)
# (format, the results PyThaiNLP's tests expect for DATES). Formats with %a, %p, %c and %+ are left out:
# chumchon writes the dotted official weekday abbreviations (พ.) and ก่อนเที่ยง/หลังเที่ยง where PyThaiNLP
# writes พ and AM/PM (see chumchon.thai._names).
PYTHAINLP_STRFTIME = [
    ("%C", ("26", "26", "16", "26", "26", "26", "106")),
    ("%D", ("10/06/19", "06/09/62", "12/31/42", "12/31/63", "02/29/67", "01/03/64", "12/31/42")),
    (
        "%F",
        ("2519-10-06", "2562-06-09", "1542-12-31", "2563-12-31", "2567-02-29", "2564-01-03", "10542-12-31"),
    ),
    ("%G", ("2519", "2562", "1543", "2563", "2567", "2563", "10542")),
    ("%g", ("19", "62", "43", "63", "67", "63", "42")),
    (
        "%v",
        (
            " 6-ต.ค.-2519",
            " 9-มิ.ย.-2562",
            "31-ธ.ค.-1542",
            "31-ธ.ค.-2563",
            "29-ก.พ.-2567",
            " 3-ม.ค.-2564",
            "31-ธ.ค.-10542",
        ),
    ),
    (
        "%x",
        ("06/10/2519", "09/06/2562", "31/12/1542", "31/12/2563", "29/02/2567", "03/01/2564", "31/12/10542"),
    ),
    (
        "%Y|%y|%-y",
        ("2519|19|19", "2562|62|62", "1542|42|42", "2563|63|63", "2567|67|67", "2564|64|64", "10542|42|42"),
    ),
    ("%Od|%OY", ("๐๖|๒๕๑๙", "๐๙|๒๕๖๒", "๓๑|๑๕๔๒", "๓๑|๒๕๖๓", "๒๙|๒๕๖๗", "๐๓|๒๕๖๔", "๓๑|๑๐๕๔๒")),
    (
        "%Ed|%EY|%EA",
        (
            "06|2519|วันพุธ",
            "09|2562|วันอาทิตย์",
            "31|1542|วันอังคาร",
            "31|2563|วันพฤหัสบดี",
            "29|2567|วันพฤหัสบดี",
            "03|2564|วันอาทิตย์",
            "31|10542|วันศุกร์",
        ),
    ),
    (
        "%-d|%_d|%0d|%^d|%#d",
        (
            "6| 6|06|06|06",
            "9| 9|09|09|09",
            "31|31|31|31|31",
            "31|31|31|31|31",
            "29|29|29|29|29",
            "3| 3|03|03|03",
            "31|31|31|31|31",
        ),
    ),
    (
        "%^A|%#B|%_b",
        (
            "วันพุธ|ตุลาคม|ต.ค.",
            "วันอาทิตย์|มิถุนายน|มิ.ย.",
            "วันอังคาร|ธันวาคม|ธ.ค.",
            "วันพฤหัสบดี|ธันวาคม|ธ.ค.",
            "วันพฤหัสบดี|กุมภาพันธ์|ก.พ.",
            "วันอาทิตย์|มกราคม|ม.ค.",
            "วันศุกร์|ธันวาคม|ธ.ค.",
        ),
    ),
    (
        "%_C|%-G|%-g",
        ("26|2519|19", "26|2562|62", "16|1543|43", "26|2563|63", "26|2567|67", "26|2563|63", "106|10542|42"),
    ),
    (
        "%j|%f|%w|%I",
        (
            "280|000000|3|01",
            "160|123456|0|05",
            "365|000000|2|11",
            "366|000000|4|01",
            "060|000000|4|12",
            "003|000000|0|06",
            "365|000000|5|11",
        ),
    ),
    (
        "วันที่ %-d %B พ.ศ. %Y เวลา %H:%M น.",
        (
            "วันที่ 6 ตุลาคม พ.ศ. 2519 เวลา 01:40 น.",
            "วันที่ 9 มิถุนายน พ.ศ. 2562 เวลา 05:59 น.",
            "วันที่ 31 ธันวาคม พ.ศ. 1542 เวลา 23:59 น.",
            "วันที่ 31 ธันวาคม พ.ศ. 2563 เวลา 13:05 น.",
            "วันที่ 29 กุมภาพันธ์ พ.ศ. 2567 เวลา 12:00 น.",
            "วันที่ 3 มกราคม พ.ศ. 2564 เวลา 18:30 น.",
            "วันที่ 31 ธันวาคม พ.ศ. 10542 เวลา 23:59 น.",
        ),
    ),
    ("%%%d|%d%%", ("%06|06%", "%09|09%", "%31|31%", "%31|31%", "%29|29%", "%03|03%", "%31|31%")),
]


@pytest.mark.parametrize(("fmt", "expected"), PYTHAINLP_STRFTIME, ids=[f for f, _ in PYTHAINLP_STRFTIME])
def test_pythainlp_strftime(fmt: str, expected: tuple[str, ...]) -> None:
    assert tuple(thai_strftime(d, fmt) for d in DATES) == expected


def test_pythainlp_strftime_thai_digits_and_small_years() -> None:
    d = datetime(2019, 6, 9, 5, 59)
    assert thai_strftime(d, "%-H นาฬิกา %-M นาที", digits="thai") == "๕ นาฬิกา ๕๙ นาที"
    assert thai_strftime(d, "%Oc") == "อา.  ๙ มิ.ย. ๐๕:๕๙:๐๐ ๒๕๖๒"
    # 1 January 2 C.E. is B.E. 544 under either new-year rule: %Y pads to four digits, - and _ as GNU does.
    early = date(1, 4, 1)
    assert thai_strftime(early, "%Y|%-Y|%_Y|%0Y|%_C|%C") == "0544|544| 544|0544| 6|06"


def test_century_counts_from_one() -> None:
    # พุทธศตวรรษที่ 25 is B.E. 2401-2500; PyThaiNLP's year // 100 + 1 says 26 for B.E. 2500 itself.
    assert thai_strftime(date(1957, 6, 1), "%C") == "25"  # B.E. 2500
    assert thai_strftime(date(1958, 6, 1), "%C") == "26"  # B.E. 2501
