"""Baht text and formatted amounts (DOMAIN.md section 3: "…บาท" + satang + "สตางค์", "…บาทถ้วน" for whole
baht, sub-baht reads only the satang, zero ศูนย์บาทถ้วน, negatives ลบ also below one baht, satang beyond two
places rounded by a stated rule, Decimal input must work)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import SATANG_HALF_EVEN, WHOLE_BAHT, WHOLE_BAHT_UP, Rounding
from chumchon.thai import MAX_BAHTTEXT_AMOUNT, bahttext, format_baht, number_words, parse_bahttext


@pytest.mark.parametrize(
    ("amount", "excel", "formal"),
    [
        (0, "ศูนย์บาทถ้วน", "ศูนย์บาทถ้วน"),
        (1, "หนึ่งบาทถ้วน", "หนึ่งบาทถ้วน"),
        (11, "สิบเอ็ดบาทถ้วน", "สิบเอ็ดบาทถ้วน"),
        (21, "ยี่สิบเอ็ดบาทถ้วน", "ยี่สิบเอ็ดบาทถ้วน"),
        (101, "หนึ่งร้อยเอ็ดบาทถ้วน", "หนึ่งร้อยหนึ่งบาทถ้วน"),
        (1_000_001, "หนึ่งล้านเอ็ดบาทถ้วน", "หนึ่งล้านหนึ่งบาทถ้วน"),
        ("1234.50", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        ("101.01", "หนึ่งร้อยเอ็ดบาทหนึ่งสตางค์", "หนึ่งร้อยหนึ่งบาทหนึ่งสตางค์"),
        ("1.21", "หนึ่งบาทยี่สิบเอ็ดสตางค์", "หนึ่งบาทยี่สิบเอ็ดสตางค์"),
        ("0.50", "ห้าสิบสตางค์", "ห้าสิบสตางค์"),
        ("-0.50", "ลบห้าสิบสตางค์", "ลบห้าสิบสตางค์"),
        ("-0.01", "ลบหนึ่งสตางค์", "ลบหนึ่งสตางค์"),
        (-100, "ลบหนึ่งร้อยบาทถ้วน", "ลบหนึ่งร้อยบาทถ้วน"),
        ("-1.5", "ลบหนึ่งบาทห้าสิบสตางค์", "ลบหนึ่งบาทห้าสิบสตางค์"),
        (10**12, "หนึ่งล้านล้านบาทถ้วน", "หนึ่งล้านล้านบาทถ้วน"),
        ("1000000000001.11", "หนึ่งล้านล้านเอ็ดบาทสิบเอ็ดสตางค์", "หนึ่งล้านล้านหนึ่งบาทสิบเอ็ดสตางค์"),
    ],
)
def test_named_examples(amount: object, excel: str, formal: str) -> None:
    assert bahttext(amount) == excel  # type: ignore[arg-type]
    assert bahttext(amount, style="ed_after_tens") == formal  # type: ignore[arg-type]
    expected = Decimal(str(amount)).quantize(Decimal("0.01"))
    assert parse_bahttext(excel) == expected
    assert parse_bahttext(formal) == expected


@pytest.mark.parametrize("satang", range(1, 100))
def test_every_satang_value(satang: int) -> None:
    words = number_words(satang)
    assert bahttext(Decimal(satang).scaleb(-2)) == words + "สตางค์"
    assert bahttext(Decimal(100 + satang).scaleb(-2)) == "หนึ่งบาท" + words + "สตางค์"
    assert parse_bahttext(words + "สตางค์") == Decimal(satang).scaleb(-2)


def test_satang_reads_as_its_own_number() -> None:
    # The satang are a number of their own: 1 satang after baht is หนึ่ง, not เอ็ด, in both styles.
    assert bahttext("5.01") == "ห้าบาทหนึ่งสตางค์"
    assert bahttext("5.11") == "ห้าบาทสิบเอ็ดสตางค์"
    assert bahttext("5.10") == "ห้าบาทสิบสตางค์"
    assert bahttext("5.20") == "ห้าบาทยี่สิบสตางค์"


def test_rounding_at_half_a_satang() -> None:
    assert bahttext("2.675") == "สองบาทหกสิบแปดสตางค์"  # half up, even though 2.675 as a binary float is below
    assert bahttext(2.675) == "สองบาทหกสิบแปดสตางค์"  # the float enters through its repr
    assert bahttext("0.125") == "สิบสามสตางค์"
    assert bahttext("0.125", rounding=SATANG_HALF_EVEN) == "สิบสองสตางค์"
    assert bahttext("0.125", rounding="satang_half_even") == "สิบสองสตางค์"
    assert bahttext("0.005") == "หนึ่งสตางค์"
    assert bahttext("0.004") == "ศูนย์บาทถ้วน"
    assert bahttext("-0.004") == "ศูนย์บาทถ้วน"  # rounds to zero: no ลบ
    assert bahttext("-0.005") == "ลบหนึ่งสตางค์"
    assert bahttext("0.995") == "หนึ่งบาทถ้วน"
    assert bahttext("2.50", rounding=WHOLE_BAHT) == "สามบาทถ้วน"
    assert bahttext("2.01", rounding=WHOLE_BAHT_UP) == "สามบาทถ้วน"
    assert bahttext(7, rounding=WHOLE_BAHT) == "เจ็ดบาทถ้วน"
    assert bahttext("10.13", rounding=Rounding(Decimal("0.25"), "half_up")) == "สิบบาทยี่สิบห้าสตางค์"


def test_input_types() -> None:
    assert bahttext(Decimal("100")) == bahttext(100) == bahttext("100") == bahttext(100.0) == "หนึ่งร้อยบาทถ้วน"
    assert bahttext(0.1 + 0.2) == "สามสิบสตางค์"
    assert bahttext("๑,๒๓๔.๕๐") == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
    assert bahttext(Decimal("1E+3")) == "หนึ่งพันบาทถ้วน"
    assert bahttext(Decimal("0E+100")) == bahttext(Decimal("-0.00")) == "ศูนย์บาทถ้วน"


def test_english() -> None:
    assert bahttext(100, language="en") == "One Hundred Baht Only"
    assert bahttext("1234.50", language="en") == "One Thousand Two Hundred Thirty-Four Baht and Fifty Satang"
    assert bahttext("0.50", language="en") == "Fifty Satang"
    assert bahttext("-0.50", language="en") == "Minus Fifty Satang"
    assert bahttext(0, language="en") == "Zero Baht Only"
    assert bahttext(1, language="en") == "One Baht Only"
    assert bahttext("1.01", language="en") == "One Baht and One Satang"
    assert bahttext(101, language="en") == "One Hundred One Baht Only"
    assert bahttext(1_000_001, language="en") == "One Million One Baht Only"
    assert bahttext(20_019, language="en") == "Twenty Thousand Nineteen Baht Only"
    assert bahttext("90.90", language="en") == "Ninety Baht and Ninety Satang"
    assert bahttext(10**15, language="en") == "One Quadrillion Baht Only"
    assert bahttext(MAX_BAHTTEXT_AMOUNT, language="en").startswith("Nine Hundred Ninety-Nine Quadrillion")


def test_largest_amount() -> None:
    assert bahttext(MAX_BAHTTEXT_AMOUNT).endswith("บาทเก้าสิบเก้าสตางค์")
    assert parse_bahttext(bahttext(-MAX_BAHTTEXT_AMOUNT)) == -MAX_BAHTTEXT_AMOUNT
    for too_large in (MAX_BAHTTEXT_AMOUNT + Decimal("0.01"), 10**18, -(10**18), "999999999999999999.995"):
        with pytest.raises(InvalidInputError, match="too large"):
            bahttext(too_large)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"amount": None}, "must be a number"),
        ({"amount": True}, "must be a number"),
        ({"amount": False}, "must be a number"),
        ({"amount": float("nan")}, "finite"),
        ({"amount": float("inf")}, "finite"),
        ({"amount": float("-inf")}, "finite"),
        ({"amount": Decimal("NaN")}, "finite"),
        ({"amount": Decimal("sNaN")}, "finite"),
        ({"amount": Decimal("-Infinity")}, "finite"),
        ({"amount": "หนึ่งร้อย"}, "must be a number"),
        ({"amount": "1,00"}, "must be a number"),
        ({"amount": [1]}, "must be a number"),
        ({"amount": Decimal("1E+50")}, "too large"),
        ({"amount": Decimal("-1E+100")}, "too large"),
        ({"amount": "1E+50"}, "10\\^40"),
        ({"amount": 1, "style": "royal"}, "style"),
        ({"amount": 1, "language": "fr"}, "language"),
        ({"amount": 1, "rounding": "nearest"}, "rounding"),
        ({"amount": 1, "rounding": 0.01}, "rounding"),
        ({"amount": "1.005", "rounding": Rounding(Decimal("0.001"), "half_up")}, "multiple of 0.01"),
    ],
)
def test_bad_input(kwargs: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        bahttext(**kwargs)  # type: ignore[arg-type]


def test_parse_forms() -> None:
    assert parse_bahttext("หนึ่งร้อยบาท") == Decimal("100.00")  # without ถ้วน
    assert parse_bahttext(" หนึ่ง ร้อย บาท ถ้วน ") == Decimal("100.00")
    assert parse_bahttext("ลบศูนย์บาทถ้วน") == Decimal("0.00")
    assert str(parse_bahttext("ศูนย์บาทถ้วน")) == "0.00"
    assert parse_bahttext("หนึ่งบาทศูนย์สตางค์") == Decimal("1.00")
    assert parse_bahttext("ลบหนึ่งล้านหนึ่งบาทหนึ่งสตางค์") == Decimal("-1000001.01")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "must end in"),
        ("ห้าสิบ", "must end in"),
        ("บาทถ้วน", "no number"),
        ("ลบบาท", "no number"),
        ("สตางค์", "no number"),
        ("หนึ่งบาทสตางค์", "no number"),
        ("หนึ่งร้อยสตางค์", "at most 99"),
        ("หนึ่งบาทหนึ่งร้อยสตางค์", "at most 99"),
        ("หนึ่งบาทสองบาทถ้วน", "unknown word"),
        ("หนึ่งจุดห้าบาท", "out of place"),
        ("100 บาท", "unknown word"),
        ("หนึ่งล้านล้านล้านบาทถ้วน", "beyond"),
        ("สิบหนึ่งบาทถ้วน", "เอ็ด"),
    ],
)
def test_parse_errors(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_bahttext(text)


def test_parse_non_text() -> None:
    with pytest.raises(InvalidInputError, match="must be a str") as info:
        parse_bahttext(Decimal("1"))  # type: ignore[arg-type]
    assert type(info.value) is InvalidInputError


def test_format_baht() -> None:
    assert format_baht("1234.5") == "1,234.50 บาท"
    assert format_baht(Decimal("1234.505")) == "1,234.51 บาท"
    assert format_baht(0) == "0.00 บาท"
    assert format_baht(-1234567.891) == "-1,234,567.89 บาท"
    assert format_baht(1234.5, digits="thai") == "๑,๒๓๔.๕๐ บาท"
    assert format_baht("1234.5", unit="") == "1,234.50"
    assert format_baht("1234.5", unit="THB") == "1,234.50 THB"
    assert format_baht("1234.5", rounding=WHOLE_BAHT) == "1,235 บาท"
    assert format_baht("1234.5", rounding="whole_baht_up", unit="บ.") == "1,235 บ."


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"amount": None}, "must be a number"),
        ({"amount": float("nan")}, "finite"),
        ({"amount": 1, "digits": "roman"}, "digits"),
        ({"amount": 1, "unit": None}, "unit"),
        ({"amount": 1, "rounding": "nearest"}, "rounding"),
    ],
)
def test_format_baht_bad_input(kwargs: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        format_baht(**kwargs)  # type: ignore[arg-type]
