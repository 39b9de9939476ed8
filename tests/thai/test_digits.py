"""Thai digits: change digits only, refuse non-text (DOMAIN.md section 3: U+0E50-U+0E59)."""

from __future__ import annotations

import pytest

from chumchon.errors import InvalidInputError
from chumchon.thai import THAI_DIGITS, to_arabic_digits, to_thai_digits


def test_every_digit_maps_to_its_thai_code_point() -> None:
    assert to_thai_digits("0123456789") == THAI_DIGITS
    assert [ord(c) for c in THAI_DIGITS] == list(range(0x0E50, 0x0E5A))
    assert to_arabic_digits(THAI_DIGITS) == "0123456789"


def test_only_digits_change() -> None:
    assert to_thai_digits("วันที่ 21 พ.ย. 2569, 1,234.50 บาท (x9)") == "วันที่ ๒๑ พ.ย. ๒๕๖๙, ๑,๒๓๔.๕๐ บาท (x๙)"
    assert to_arabic_digits("๒๑/11/๒๕๖๙ ข้อ ๓") == "21/11/2569 ข้อ 3"
    assert to_thai_digits("") == ""


def test_other_unicode_digits_are_left_alone() -> None:
    # Arabic-Indic and full-width digits are not Thai digits: change digits 0-9 and ๐-๙ only.
    assert to_thai_digits("٣３") == "٣３"
    assert to_arabic_digits("٣３") == "٣３"


@pytest.mark.parametrize("value", [None, 12, b"12", ["1"]])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(InvalidInputError, match="str"):
        to_thai_digits(value)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="str"):
        to_arabic_digits(value)  # type: ignore[arg-type]
