"""Hypothesis invariants of chumchon.thai: round trips, monotonicity, and agreement with an oracle."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from chumchon.thai import (
    MAX_WORDS_INTEGER,
    bahttext,
    be_year,
    fiscal_quarter,
    fiscal_year,
    fiscal_year_bounds,
    format_date,
    number_words,
    parse_bahttext,
    parse_date,
    parse_number_words,
    thai_strftime,
    to_arabic_digits,
    to_thai_digits,
)

styles = st.sampled_from(["royal_institute", "ed_after_tens"])
digit_sets = st.sampled_from(["arabic", "thai"])
# Every 2-place amount up to 10^15 baht, as whole satang.
satang = st.integers(min_value=-(10**17), max_value=10**17)
all_dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
# Unmarked four-digit years are B.E. from 2400: 1 April 1857 is the first day of B.E. 2400.
be_2400_on = st.dates(min_value=date(1857, 4, 1), max_value=date(9999, 12, 31))
# Two-digit years are 25xx: B.E. 2500 to 2599.
two_digit_years = st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31))

DIGITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")


def oracle_words(n: int, style: str) -> str:
    """An independent reading, digit by digit, straight from the rules in DOMAIN.md section 3."""
    if n == 0:
        return "ศูนย์"
    text = str(n)
    out = []
    for position, char in enumerate(text):
        digit = int(char)
        place = (len(text) - 1 - position) % 6
        anything_before = any(c != "0" for c in text[:position])
        tens_before = position > 0 and text[position - 1] != "0" and place == 0
        if digit:
            if place == 1 and digit == 1:
                word = "สิบ"
            elif place == 1 and digit == 2:
                word = "ยี่สิบ"
            elif place == 0 and digit == 1 and (tens_before if style == "ed_after_tens" else anything_before):
                word = "เอ็ด"
            else:
                word = DIGITS[digit] + PLACES[place]
            out.append(word)
        if place == 0 and position < len(text) - 1:
            out.append("ล้าน")
    return "".join(out)


@given(cents=satang, style=styles)
def test_bahttext_round_trip(cents: int, style: str) -> None:
    amount = Decimal(cents).scaleb(-2)
    assert parse_bahttext(bahttext(amount, style=style)) == amount


@given(cents=st.integers(min_value=-(10**6), max_value=10**6), style=styles)
def test_bahttext_round_trip_small_amounts(cents: int, style: str) -> None:
    amount = Decimal(cents).scaleb(-2)
    assert parse_bahttext(bahttext(amount, style=style)) == amount
    assert parse_bahttext(bahttext(str(amount), style=style)) == amount


@given(n=st.integers(min_value=-MAX_WORDS_INTEGER, max_value=MAX_WORDS_INTEGER), style=styles)
def test_number_words_round_trip(n: int, style: str) -> None:
    assert parse_number_words(number_words(n, style=style)) == n


@given(
    value=st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=4, allow_nan=False),
    style=styles,
)
def test_number_words_round_trip_decimals(value: Decimal, style: str) -> None:
    parsed = parse_number_words(number_words(value, style=style))
    assert parsed == value
    assert parsed.as_tuple().exponent == min(0, int(value.as_tuple().exponent))


@given(n=st.integers(min_value=0, max_value=MAX_WORDS_INTEGER), style=styles)
def test_number_words_agree_with_a_digit_by_digit_oracle(n: int, style: str) -> None:
    assert number_words(n, style=style) == oracle_words(n, style)


@given(n=st.integers(min_value=0, max_value=10**7), style=styles)
def test_number_words_agree_with_the_oracle_on_small_numbers(n: int, style: str) -> None:
    assert number_words(n, style=style) == oracle_words(n, style)


@given(d=all_dates, digits=digit_sets)
def test_full_and_era_styles_round_trip_for_every_date(d: date, digits: str) -> None:
    assert parse_date(format_date(d, "full", digits=digits)) == d
    assert parse_date(format_date(d, "long", era=True, digits=digits)) == d
    assert parse_date(format_date(d, "medium", era=True, digits=digits)) == d


@given(d=be_2400_on, digits=digit_sets, style=st.sampled_from(["long", "medium", "numeric"]))
def test_unmarked_styles_round_trip_from_be_2400(d: date, digits: str, style: str) -> None:
    assert parse_date(format_date(d, style, digits=digits)) == d


@given(d=two_digit_years, digits=digit_sets)
def test_short_style_round_trips_over_be_25xx(d: date, digits: str) -> None:
    assert parse_date(format_date(d, "short", digits=digits)) == d


@given(d=all_dates)
def test_strftime_agrees_with_format_date(d: date) -> None:
    assert thai_strftime(d, "%A %-d %B %-Y") == format_date(d, "full").replace("ที่ ", " ").replace(" พ.ศ.", "")
    assert thai_strftime(d, "%-d %b %-Y") == format_date(d, "medium")
    assert thai_strftime(d, "%-d/%-m/%-Y", digits="thai") == format_date(d, "numeric", digits="thai")


@given(text=st.text(max_size=60))
def test_digits_round_trip(text: str) -> None:
    arabic = to_arabic_digits(text)
    assert to_arabic_digits(to_thai_digits(arabic)) == arabic
    assert len(to_thai_digits(text)) == len(text)
    assert not any("0" <= c <= "9" for c in to_thai_digits(text))


@given(first=all_dates, days=st.integers(min_value=0, max_value=800))
def test_be_year_increases_with_the_date(first: date, days: int) -> None:
    second = min(first + timedelta(days=min(days, (date.max - first).days)), date.max)
    assert be_year(first) <= be_year(second)
    assert be_year(second) - be_year(first) <= days // 365 + 1


@given(d=st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)), start=st.integers(1, 12))
def test_fiscal_year_bounds_contain_the_date(d: date, start: int) -> None:
    fy = fiscal_year(d, start_month=start)
    first, last = fiscal_year_bounds(fy, start_month=start)
    assert first <= d <= last
    assert first.day == 1 and first.month == start
    assert fiscal_year(first, start_month=start) == fy == fiscal_year(last, start_month=start)
    assert fiscal_year(first - timedelta(days=1), start_month=start) < fy
    assert fiscal_quarter(first, start_month=start) == 1
    assert fiscal_quarter(last, start_month=start) == 4
    quarter = fiscal_quarter(d, start_month=start)
    assert 1 <= quarter <= 4
    months_in = (d.year - first.year) * 12 + d.month - first.month
    assert quarter == months_in // 3 + 1
