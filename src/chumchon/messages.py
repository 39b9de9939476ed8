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
        "ค่า {field!r} ต้องเป็นจำนวนเต็ม (ต่ำสุด {minimum}, สูงสุด {maximum}) ไม่ใช่ {value!r}",
        "{field!r} must be a whole number (least {minimum}, most {maximum}), not {value!r}",
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
}
