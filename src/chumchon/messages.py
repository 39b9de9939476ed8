"""Bilingual text for results and explanations (ข้อความสองภาษา).

Results explain themselves in Thai and English: a reason a criterion failed, a step of a calculation, a row
label on a report. :class:`Message` holds one such text in both languages.

>>> from chumchon.messages import Message
>>> m = Message(th="ผ่าน", en="passed")
>>> m.get("en"), str(m)
('passed', 'ผ่าน')
"""

from __future__ import annotations

from typing import Literal

import attrs

from chumchon.errors import InvalidInputError

__all__ = ["CHECKS", "Language", "Message", "check_language"]

Language = Literal["th", "en"]


def check_language(language: str) -> Language:
    """Return ``language`` if it is ``"th"`` or ``"en"``; raise :class:`InvalidInputError` otherwise.

    >>> check_language("fr")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ภาษาต้องเป็น "th" หรือ "en" ไม่ใช่ 'fr' / language must be "th" or "en", not 'fr'
    """
    if isinstance(language, str):  # checked first: an array compared with == has no single truth value
        if language == "th":
            return "th"
        if language == "en":
            return "en"
    raise InvalidInputError(
        th=f'ภาษาต้องเป็น "th" หรือ "en" ไม่ใช่ {language!r}',
        en=f'language must be "th" or "en", not {language!r}',
        field="language",
        value=language,
    )


@attrs.frozen
class Message:
    """One text in Thai and English. ``str()`` gives the Thai text."""

    th: str
    en: str

    def get(self, language: str = "th") -> str:
        """The text in ``language`` (``"th"`` or ``"en"``)."""
        return self.th if check_language(language) == "th" else self.en

    def __str__(self) -> str:
        return self.th


#: The one catalogue of the input kernel's refusals (:mod:`chumchon._checks`), each a template in Thai and
#: English filled with ``field``, ``value`` and the entry's own details.
CHECKS: dict[str, Message] = {
    "enum": Message(
        "ค่า {field!r} ต้องเป็นหนึ่งใน {allowed} (หรือชื่อภาษาไทย) ไม่ใช่ {value!r}",
        "{field!r} must be one of {allowed} (or its Thai label), not {value!r}",
    ),
    "text": Message("ค่า {field!r} ต้องเป็นข้อความ ไม่ใช่ {value!r}", "{field!r} must be text, not {value!r}"),
    "text_empty": Message(
        "ค่า {field!r} ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ {value!r}", "{field!r} must be non-empty text, not {value!r}"
    ),
    "flag": Message(
        "ค่า {field!r} ต้องเป็น True หรือ False ไม่ใช่ {value!r}", "{field!r} must be True or False, not {value!r}"
    ),
    "whole_number": Message(
        "ค่า {field!r} ต้องเป็นจำนวนเต็ม{range_th} ไม่ใช่ {value!r}",
        "{field!r} must be a whole number{range_en}, not {value!r}",
    ),
    "date": Message(
        "ค่า {field!r} ต้องเป็นวันที่ (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ {value!r}",
        "{field!r} must be a date (datetime.date or YYYY-MM-DD), not {value!r}",
    ),
    "sequence": Message(
        "ค่า {field!r} ต้องเป็นรายการ (list หรือ tuple) ของ{what_th} ไม่ใช่ {value!r}",
        "{field!r} must be a list or tuple of {what_en}, not {value!r}",
    ),
    "too_large": Message(
        "คำนวณ{what_th}ไม่ได้: ผลหารใหญ่เกินกว่าจะเก็บได้ (ตัวหาร {value!r} เล็กเกินไป)",
        "cannot compute the {what_en}: the quotient is too large to hold (the denominator {value!r} is too small)",
    ),
    "item": Message(
        "ค่า {list!r} ต้องเป็นรายการของ{what_th} แต่ลำดับที่ {index} เป็น {value!r}",
        "{list!r} must hold {what_en}, but item {index} is {value!r}",
    ),
    # Numbers (chumchon.money.to_decimal and the kernel's money, rate and percent checks).
    "number": Message(
        "ค่า {field!r} ต้องเป็นตัวเลข (int, Decimal, float หรือข้อความตัวเลข) ไม่ใช่ {value!r}",
        "{field!r} must be a number (int, Decimal, float or numeric text), not {value!r}",
    ),
    "number_text": Message(
        "ค่า {field!r} ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ {value!r}",
        "{field!r} must be a number such as 1234.50 or 1,234.50, not {value!r}",
    ),
    "finite": Message(
        "ค่า {field!r} ต้องเป็นจำนวนจำกัด ไม่ใช่ {value!r}", "{field!r} must be a finite number, not {value!r}"
    ),
    "too_big": Message(
        "ค่า {field!r} ต้องไม่เกิน 10^40 ไม่ใช่ {value!r}",
        "{field!r} must be a number no larger than 10^40, not {value!r}",
    ),
    "too_small": Message(
        "ค่า {field!r} ต้องเป็นศูนย์หรือมีขนาดอย่างน้อย 10^-40 ไม่ใช่ {value!r}",
        "{field!r} must be zero or at least 10^-40 in size, not {value!r}",
    ),
    "not_negative": Message(
        "ค่า {field!r} ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ {value!r}", "{field!r} must be zero or more, not {value!r}"
    ),
    "positive": Message(
        "ค่า {field!r} ต้องมากกว่าศูนย์ ไม่ใช่ {value!r}", "{field!r} must be greater than zero, not {value!r}"
    ),
    "between": Message(
        "ค่า {field!r} ต้องอยู่ระหว่าง {minimum} ถึง {maximum} ไม่ใช่ {value!r}",
        "{field!r} must be from {minimum} to {maximum}, not {value!r}",
    ),
    "at_least": Message(
        "ค่า {field!r} ต้องไม่น้อยกว่า {minimum} ไม่ใช่ {value!r}",
        "{field!r} must be at least {minimum}, not {value!r}",
    ),
    "at_most": Message(
        "ค่า {field!r} ต้องไม่เกิน {maximum} ไม่ใช่ {value!r}", "{field!r} must be at most {maximum}, not {value!r}"
    ),
    "whole_satang": Message(
        "ค่า {field!r} ต้องเป็นจำนวนเต็มสตางค์ (ทศนิยมไม่เกินสองตำแหน่ง) ไม่ใช่ {value!r}",
        "{field!r} must be a whole number of satang (at most two decimal places), not {value!r}",
    ),
    "rate": Message(
        "ค่า {field!r} ต้องเป็นสัดส่วนที่ไม่ติดลบ (เช่น 0.05 คือร้อยละ 5) ไม่ใช่ {value!r}",
        "{field!r} must be a non-negative fraction (0.05 is 5%), not {value!r}",
    ),
    "rate_range": Message(
        "ค่า {field!r} ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง {maximum} ไม่ใช่ {value!r}",
        "{field!r} must be a fraction from 0 to {maximum}, not {value!r}",
    ),
    "percent": Message(
        "ค่า {field!r} ต้องเป็นร้อยละตั้งแต่ 0 ถึง {maximum} (เช่น 10 คือร้อยละ 10) ไม่ใช่ {value!r}",
        "{field!r} must be a percentage from 0 to {maximum} (10 is 10%), not {value!r}",
    ),
    "choice": Message(
        "ค่า {field!r} ต้องเป็นหนึ่งใน {allowed} ไม่ใช่ {value!r}",
        "{field!r} must be one of {allowed}, not {value!r}",
    ),
    "instance": Message(
        "ค่า {field!r} ต้องเป็น {what_th} ไม่ใช่ {value!r}", "{field!r} must be {what_en}, not {value!r}"
    ),
    "mapping": Message(
        "ค่า {field!r} ต้องเป็น mapping (ชื่อช่อง → ค่า) ไม่ใช่ {value!r}",
        "{field!r} must be a mapping of field name to value, not {value!r}",
    ),
    "mapping_key": Message(
        "ค่า {field!r}: ชื่อช่องต้องเป็นข้อความ ไม่ใช่ {value!r} ใช้ได้: {allowed}",
        "{field!r}: a field name must be text, not {value!r}; allowed: {allowed}",
    ),
    "unknown_fields": Message(
        "ค่า {field!r}: ไม่รู้จักช่อง {value} ใช้ได้: {allowed}",
        "{field!r}: unknown field(s) {value}; allowed: {allowed}",
    ),
    "required_field": Message("ค่า {field!r}: ต้องระบุช่อง {value}", "{field!r}: the field {value} is required"),
    # A part that cannot exceed its whole (assessment facts and ratios: borrowers among members...).
    "not_above": Message(
        "ค่า {field!r} ({value}) ต้องไม่เกิน {whole!r} ({limit})",
        "{field!r} ({value}) must not exceed {whole!r} ({limit})",
    ),
}


def invalid(key: str, field: str, value: object, **details: object) -> InvalidInputError:
    """The error of catalogue entry ``key`` of :data:`CHECKS` for ``field``, filled with ``value`` and
    ``details`` (used by the input kernel, :mod:`chumchon._checks`, and :mod:`chumchon.money`).

    >>> invalid("flag", "paid", 1).en
    "'paid' must be True or False, not 1"
    """
    message = CHECKS[key]
    fill = {"field": field, "value": value, **details}
    return InvalidInputError(
        th=message.th.format(**fill), en=message.en.format(**fill), field=field, value=value
    )
