"""Thai number words (DOMAIN.md section 3 "Reading numbers" [C]: places repeat after ล้าน; สิบ and ยี่สิบ
in the tens; เอ็ด in the units in two styles, Excel/bank and formal Royal Institute)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, ParseError
from chumchon.thai import MAX_WORDS_INTEGER, number_words, parse_number_words

# (number, Excel/bank style, formal style)
EXAMPLES = [
    (0, "ศูนย์", "ศูนย์"),
    (1, "หนึ่ง", "หนึ่ง"),
    (2, "สอง", "สอง"),
    (10, "สิบ", "สิบ"),
    (11, "สิบเอ็ด", "สิบเอ็ด"),
    (12, "สิบสอง", "สิบสอง"),
    (20, "ยี่สิบ", "ยี่สิบ"),
    (21, "ยี่สิบเอ็ด", "ยี่สิบเอ็ด"),
    (22, "ยี่สิบสอง", "ยี่สิบสอง"),
    (31, "สามสิบเอ็ด", "สามสิบเอ็ด"),
    (99, "เก้าสิบเก้า", "เก้าสิบเก้า"),
    (100, "หนึ่งร้อย", "หนึ่งร้อย"),
    # เอ็ด after each place of a group
    (101, "หนึ่งร้อยเอ็ด", "หนึ่งร้อยหนึ่ง"),
    (111, "หนึ่งร้อยสิบเอ็ด", "หนึ่งร้อยสิบเอ็ด"),
    (120, "หนึ่งร้อยยี่สิบ", "หนึ่งร้อยยี่สิบ"),
    (210, "สองร้อยสิบ", "สองร้อยสิบ"),
    (1001, "หนึ่งพันเอ็ด", "หนึ่งพันหนึ่ง"),
    (1020, "หนึ่งพันยี่สิบ", "หนึ่งพันยี่สิบ"),
    (10001, "หนึ่งหมื่นเอ็ด", "หนึ่งหมื่นหนึ่ง"),
    (100001, "หนึ่งแสนเอ็ด", "หนึ่งแสนหนึ่ง"),
    (100021, "หนึ่งแสนยี่สิบเอ็ด", "หนึ่งแสนยี่สิบเอ็ด"),
    # across groups
    (1_000_000, "หนึ่งล้าน", "หนึ่งล้าน"),
    (1_000_001, "หนึ่งล้านเอ็ด", "หนึ่งล้านหนึ่ง"),
    (1_000_010, "หนึ่งล้านสิบ", "หนึ่งล้านสิบ"),
    (1_000_011, "หนึ่งล้านสิบเอ็ด", "หนึ่งล้านสิบเอ็ด"),
    (10_000_001, "สิบล้านเอ็ด", "สิบล้านหนึ่ง"),
    (11_000_000, "สิบเอ็ดล้าน", "สิบเอ็ดล้าน"),
    (21_000_000, "ยี่สิบเอ็ดล้าน", "ยี่สิบเอ็ดล้าน"),
    (101_000_000, "หนึ่งร้อยเอ็ดล้าน", "หนึ่งร้อยหนึ่งล้าน"),
    (1_234_567, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ด", "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ด"),
    # the ล้านล้าน range
    (10**12, "หนึ่งล้านล้าน", "หนึ่งล้านล้าน"),
    (10**12 + 1, "หนึ่งล้านล้านเอ็ด", "หนึ่งล้านล้านหนึ่ง"),
    (1_000_001_000_000, "หนึ่งล้านเอ็ดล้าน", "หนึ่งล้านหนึ่งล้าน"),
    (2_000_000_000_021, "สองล้านล้านยี่สิบเอ็ด", "สองล้านล้านยี่สิบเอ็ด"),
    (10**15, "หนึ่งพันล้านล้าน", "หนึ่งพันล้านล้าน"),
    (
        MAX_WORDS_INTEGER,
        "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน" * 2 + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้า",
        "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน" * 2 + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้า",
    ),
]


@pytest.mark.parametrize(("n", "excel", "formal"), EXAMPLES)
def test_named_examples(n: int, excel: str, formal: str) -> None:
    assert number_words(n) == excel
    assert number_words(n, style="royal_institute") == excel
    assert number_words(n, style="ed_after_tens") == formal
    assert number_words(Decimal(n), style="ed_after_tens") == formal
    assert parse_number_words(excel) == n
    assert parse_number_words(formal) == n


def test_negatives_and_decimals() -> None:
    assert number_words(-101) == "ลบหนึ่งร้อยเอ็ด"
    assert number_words(Decimal("-0.5")) == "ลบศูนย์จุดห้า"
    assert number_words(Decimal("1.05")) == "หนึ่งจุดศูนย์ห้า"
    assert number_words(Decimal("1.50")) == "หนึ่งจุดห้าศูนย์"  # digits read as written
    assert number_words(Decimal("101.01"), style="ed_after_tens") == "หนึ่งร้อยหนึ่งจุดศูนย์หนึ่ง"
    assert number_words(Decimal("1E+3")) == "หนึ่งพัน"
    assert number_words(Decimal("-0")) == "ศูนย์"
    assert number_words(0.1) == "ศูนย์จุดหนึ่ง"  # a float through its shortest repr
    assert number_words("๑,๐๐๑") == "หนึ่งพันเอ็ด"
    assert parse_number_words("ลบศูนย์จุดห้า") == Decimal("-0.5")
    assert str(parse_number_words("หนึ่งจุดห้าศูนย์")) == "1.50"
    assert parse_number_words("ลบศูนย์") == 0


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "must be a number"),
        (True, "must be a number"),
        (float("nan"), "finite"),
        (Decimal("Infinity"), "finite"),
        ("สิบ", "must be a number"),
        (10**18, "too large"),
        (-(10**18), "too large"),
        (Decimal("1E+18"), "too large"),
        (Decimal("1E-31"), "decimal places"),
    ],
)
def test_bad_numbers(value: object, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        number_words(value)  # type: ignore[arg-type]


def test_bad_style() -> None:
    with pytest.raises(InvalidInputError, match='style must be "royal_institute"'):
        number_words(1, style="royal")


def test_parse_accepts_spaces_and_both_styles() -> None:
    assert parse_number_words(" หนึ่ง ล้าน เอ็ด ") == 1_000_001
    assert parse_number_words("หนึ่งล้านหนึ่ง") == 1_000_001
    assert parse_number_words("สิบ") == 10


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no number"),
        ("ลบ", "no number"),
        ("หนึ่งสิบ", "tens are written"),
        ("สองสิบ", "tens are written"),
        ("สิบหนึ่ง", "เอ็ด"),
        ("ยี่สิบหนึ่ง", "เอ็ด"),
        ("เอ็ด", "needs a digit before it"),
        ("ยี่", "out of place"),
        ("ยี่ร้อย", "only before"),
        ("หนึ่งร้อยหนึ่งร้อย", "high to low"),
        ("หนึ่งพันสองแสน", "high to low"),
        ("ศูนย์ศูนย์", "out of place"),
        ("หนึ่งศูนย์", "out of place"),
        ("ศูนย์ร้อย", "not a digit before a place"),
        ("หนึ่งลบ", "may only come first"),
        ("หนึ่งจุด", "after"),
        ("หนึ่งจุดสิบ", "after"),
        ("หนึ่งจุดห้าจุดห้า", "after"),
        ("one", "unknown word"),
        ("๑๒", "unknown word"),
        ("หนึ่ง" * 200, "longer than"),
    ],
)
def test_parse_errors(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_number_words(text)


def test_parse_non_text() -> None:
    with pytest.raises(InvalidInputError, match="must be a str") as info:
        parse_number_words(101)  # type: ignore[arg-type]
    assert type(info.value) is InvalidInputError
