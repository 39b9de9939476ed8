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

__all__ = ["Language", "Message", "check_language"]

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
