"""Hypothesis fuzzing of the Thai parsers: on any text they return a value or raise ParseError, nothing else."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon.errors import InvalidInputError, ParseError
from chumchon.thai import parse_bahttext, parse_date, parse_number_words

# Pieces of real Thai dates and baht text, so the fuzzer reaches deep paths, not only the first check.
DATE_PIECES = [
    *"0123456789๐๑๒๓๔๕๖๗๘๙/-. ",
    "วันที่",
    "ที่",
    "เดือน",
    "ปี",
    "พ.ศ.",
    "ค.ศ.",
    "พศ",
    "วัน",
    "เสาร์",
    "วันจันทร์",
    "ส.",
    "พฤ.",
    "มกราคม",
    "กุมภาพันธ์",
    "มี.ค.",
    "เม.ย",
    "พย",
    "2483",
    "2569",
    "69",
    "29",
    "31",
    "\u200b",
    "\u00a0",
]
WORD_PIECES = [
    "ศูนย์",
    "หนึ่ง",
    "เอ็ด",
    "สอง",
    "ยี่",
    "สาม",
    "ห้า",
    "เก้า",
    "สิบ",
    "ร้อย",
    "พัน",
    "หมื่น",
    "แสน",
    "ล้าน",
    "ลบ",
    "จุด",
    "บาท",
    "ถ้วน",
    "สตางค์",
    " ",
    "x",
    "1",
]

any_text = st.text(max_size=80)
date_like = st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join)
words_like = st.lists(st.sampled_from(WORD_PIECES), max_size=25).map("".join)


def _only_parse_errors(parse: object, text: str) -> object:
    try:
        return parse(text)  # type: ignore[operator]
    except ParseError as error:
        caught = error  # anything else propagates and fails the test
    assert caught.th and caught.en
    return None


@given(text=st.one_of(any_text, date_like))
def test_parse_date_raises_only_parse_error(text: str) -> None:
    result = _only_parse_errors(parse_date, text)
    assert result is None or isinstance(result, date)


@given(text=st.one_of(any_text, words_like))
def test_parse_bahttext_raises_only_parse_error(text: str) -> None:
    result = _only_parse_errors(parse_bahttext, text)
    assert result is None or isinstance(result, Decimal)


@given(text=st.one_of(any_text, words_like))
def test_parse_number_words_raises_only_parse_error(text: str) -> None:
    result = _only_parse_errors(parse_number_words, text)
    assert result is None or isinstance(result, Decimal)


@given(
    value=st.one_of(
        st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(st.text(max_size=3))
    )
)
def test_parsers_refuse_non_text_with_invalid_input(value: object) -> None:
    for parse in (parse_date, parse_bahttext, parse_number_words):
        with pytest.raises(InvalidInputError) as info:
            parse(value)  # type: ignore[arg-type]
        assert not isinstance(info.value, ParseError)
