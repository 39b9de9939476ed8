"""Thai digits (เลขไทย): change between ๐๑๒๓๔๕๖๗๘๙ and 0123456789.

Thai digits are U+0E50 to U+0E59. Officers type dates and amounts in either digit set, often mixed, so every
parser in :mod:`chumchon.thai` reads both; these two functions change digits only and leave every other
character as it is. This is chumchon's one digit table: :mod:`chumchon.money`, the Thai dates and baht, and the
tables all change digits here (:func:`in_digits` writes a text in the digit set a caller chose). The module
imports nothing else of :mod:`chumchon.thai`, so it is cheap to import on its own.

>>> from chumchon.thai import to_thai_digits, to_arabic_digits
>>> to_thai_digits("21 พ.ย. 2569 ยอด 1,234.50 บาท")
'๒๑ พ.ย. ๒๕๖๙ ยอด ๑,๒๓๔.๕๐ บาท'
>>> to_arabic_digits("๒๑/๑๑/2569")
'21/11/2569'
>>> to_thai_digits(2569)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ต้องเป็นข้อความ (str) ไม่ใช่ int: 2569 / text must be a str, not int: 2569
"""

from __future__ import annotations

from chumchon.errors import InvalidInputError

__all__ = ["DIGIT_SETS", "THAI_DIGITS", "check_digits", "in_digits", "to_arabic_digits", "to_thai_digits"]

#: The ten Thai digits, zero to nine (U+0E50 to U+0E59).
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

#: The digit sets output can be written in.
DIGIT_SETS = ("arabic", "thai")

_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")


def _not_text(value: object, name: str = "text") -> InvalidInputError:
    kind = type(value).__name__
    return InvalidInputError(
        th=f"ต้องเป็นข้อความ (str) ไม่ใช่ {kind}: {value!r}",
        en=f"{name} must be a str, not {kind}: {value!r}",
        field=name,
        value=value,
    )


def to_thai_digits(text: str) -> str:
    """Write every Arabic digit 0-9 in ``text`` as a Thai digit; leave everything else unchanged.

    Args:
        text: any text.

    Raises:
        InvalidInputError: ``text`` is not a ``str``.

    >>> to_thai_digits("ปี 2570")
    'ปี ๒๕๗๐'
    """
    if not isinstance(text, str):
        raise _not_text(text)
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Write every Thai digit ๐-๙ in ``text`` as an Arabic digit; leave everything else unchanged.

    Args:
        text: any text.

    Raises:
        InvalidInputError: ``text`` is not a ``str``.

    >>> to_arabic_digits("๑,๒๓๔.๕๐ บาท")
    '1,234.50 บาท'
    """
    if not isinstance(text, str):
        raise _not_text(text)
    return text.translate(_TO_ARABIC)


def check_digits(digits: str) -> str:
    """Return ``digits`` if it is ``"arabic"`` or ``"thai"``; raise :class:`InvalidInputError` otherwise.

    >>> check_digits("thai")
    'thai'
    >>> check_digits("roman")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ชุดตัวเลขต้องเป็น "arabic" หรือ "thai" ไม่ใช่ 'roman' / digits must be "arabic" or "thai", not 'roman'
    """
    if isinstance(digits, str) and digits in DIGIT_SETS:  # text first: an array compared with in is ambiguous
        return digits
    raise InvalidInputError(
        th=f'ชุดตัวเลขต้องเป็น "arabic" หรือ "thai" ไม่ใช่ {digits!r}',
        en=f'digits must be "arabic" or "thai", not {digits!r}',
        field="digits",
        value=digits,
    )


def in_digits(text: str, digits: str) -> str:
    """``text`` with its Arabic digits written in the digit set ``digits`` (``"arabic"`` leaves it as it is).

    >>> in_digits("1,234.50", "thai"), in_digits("1,234.50", "arabic")
    ('๑,๒๓๔.๕๐', '1,234.50')
    """
    return text.translate(_TO_THAI) if check_digits(digits) == "thai" else text
