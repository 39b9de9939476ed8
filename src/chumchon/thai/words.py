"""Numbers in Thai words (การอ่านตัวเลขเป็นคำ).

Reading rules (the Royal Institute's, which Excel's ``BAHTTEXT`` and the banks follow):

- digits ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า; places สิบ ร้อย พัน หมื่น แสน ล้าน; the six places
  repeat after ล้าน, so 10^12 is หนึ่งล้านล้าน and 10^18 would be หนึ่งล้านล้านล้าน;
- a 1 in the tens place is สิบ (not หนึ่งสิบ); a 2 in the tens place is ยี่สิบ;
- a 1 in the units place is เอ็ด when something stands before it. Two styles:

  - ``"royal_institute"`` (the default): เอ็ด in every number of two or more digits, as the Royal Institute
    writes (อ่านอย่างไร และ เขียนอย่างไร, p. 67) and as Excel's ``BAHTTEXT`` and the banks write:
    101 → หนึ่งร้อยเอ็ด, 1,001 → หนึ่งพันเอ็ด, 1,000,001 → หนึ่งล้านเอ็ด;
  - ``"ed_after_tens"``: เอ็ด only straight after a tens digit, as LibreOffice's ``BAHTTEXT`` writes:
    101 → หนึ่งร้อยหนึ่ง, 11 → สิบเอ็ด, 1,000,001 → หนึ่งล้านหนึ่ง.

  The names of earlier releases, ``"excel"`` (now ``"royal_institute"``) and ``"formal"`` (now
  ``"ed_after_tens"``), still work in this release with a :class:`DeprecationWarning`.

- decimals are read digit by digit after จุด (1.05 → หนึ่งจุดศูนย์ห้า); negatives take ลบ.

Limits: the integer part must be below 10^18 (:data:`MAX_WORDS_INTEGER` is the largest), enough for any
amount of money, and at most :data:`MAX_FRACTION_DIGITS` digits after the point.

>>> from chumchon.thai import number_words, parse_number_words
>>> number_words(1_000_001), number_words(1_000_001, style="ed_after_tens")
('หนึ่งล้านเอ็ด', 'หนึ่งล้านหนึ่ง')
>>> number_words(-21.05)
'ลบยี่สิบเอ็ดจุดศูนย์ห้า'
>>> parse_number_words("หนึ่งร้อยหนึ่ง"), parse_number_words("หนึ่งร้อยเอ็ด"), parse_number_words("ร้อยสิบสอง")
(Decimal('101'), Decimal('101'), Decimal('112'))
>>> parse_number_words("สิบหนึ่ง")
Traceback (most recent call last):
...
chumchon.errors.ParseError: หลักหน่วยที่เป็น 1 ต่อจากหลักสิบต้องอ่านว่า "เอ็ด" เช่น สิบเอ็ด: 'สิบหนึ่ง' / a units 1 after a tens digit is read "เอ็ด", as in สิบเอ็ด: 'สิบหนึ่ง'
"""

from __future__ import annotations

import re
import warnings
from decimal import Decimal

from chumchon.errors import InvalidInputError, ParseError
from chumchon.money import to_decimal

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_WORDS_INTEGER",
    "WORD_STYLES",
    "integer_words",
    "number_words",
    "parse_number_words",
]

#: The two เอ็ด styles: the Royal Institute's (Excel, banks; the default) and เอ็ด only after a tens digit.
WORD_STYLES = ("royal_institute", "ed_after_tens")
#: Style names of earlier releases, kept for one release: old name → new name.
DEPRECATED_WORD_STYLES = {"excel": "royal_institute", "formal": "ed_after_tens"}
#: The largest integer part that can be read: 999,999,999,999,999,999 (just under 10^18).
MAX_WORDS_INTEGER = 10**18 - 1
#: The most digits read after จุด.
MAX_FRACTION_DIGITS = 30

DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_MILLION = 1_000_000


def _build_tables() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Words for 0-999 in the upper half of a group (แสน หมื่น พัน) and three lower-half tables (ร้อย สิบ หน่วย).

    The lower-half tables differ only in the units digit 1: alone (หนึ่ง, or เอ็ด after tens), after
    anything (Royal Institute: always เอ็ด), and เอ็ด only after tens.
    """
    upper: list[str] = []
    lone: list[str] = []
    after: list[str] = []
    after_tens: list[str] = []
    for value in range(1000):
        hundreds, rest = divmod(value, 100)
        tens, units = divmod(rest, 10)
        upper.append(
            "".join(
                DIGIT_WORDS[digit] + place
                for digit, place in ((hundreds, "แสน"), (tens, "หมื่น"), (units, "พัน"))
                if digit
            )
        )
        head = (DIGIT_WORDS[hundreds] + "ร้อย" if hundreds else "") + (
            ("" if tens == 1 else "ยี่" if tens == 2 else DIGIT_WORDS[tens]) + "สิบ" if tens else ""
        )
        if units != 1:
            tail = DIGIT_WORDS[units] if units else ""
            lone.append(head + tail)
            after.append(head + tail)
            after_tens.append(head + tail)
        else:
            lone.append(head + ("เอ็ด" if head else "หนึ่ง"))
            after.append(head + "เอ็ด")
            after_tens.append(head + ("เอ็ด" if tens else "หนึ่ง"))
    return tuple(upper), tuple(lone), tuple(after), tuple(after_tens)


_UPPER, _LOWER_LONE, _LOWER_AFTER, _LOWER_AFTER_TENS = _build_tables()


def _group(value: int, preceded: bool, ed_after_tens: bool) -> str:
    """Words for 0 <= value < 10^6; ``preceded``: a digit stands before it in the number."""
    high, low = divmod(value, 1000)
    if ed_after_tens:
        return _UPPER[high] + _LOWER_AFTER_TENS[low]
    if high or preceded:
        return _UPPER[high] + _LOWER_AFTER[low]
    return _LOWER_LONE[low]


def integer_words(n: int, ed_after_tens: bool = False) -> str:
    """Words for a non-negative ``int`` below 10^18, without checks (the fast path of the baht text)."""
    style = ed_after_tens
    if n < _MILLION:
        return _group(n, False, style) if n else "ศูนย์"
    if n < _MILLION * _MILLION:
        top, low = divmod(n, _MILLION)
        return _group(top, False, style) + "ล้าน" + _group(low, True, style)
    top, rest = divmod(n, _MILLION * _MILLION)
    middle, low = divmod(rest, _MILLION)
    return _group(top, False, style) + "ล้าน" + _group(middle, True, style) + "ล้าน" + _group(low, True, style)


def check_word_style(style: object, *, stacklevel: int = 3) -> bool:
    """True for ``"ed_after_tens"``, False for ``"royal_institute"``; InvalidInputError otherwise.

    An old name (``"excel"``, ``"formal"``) works with a :class:`DeprecationWarning` pointing at the caller
    ``stacklevel`` frames up (the caller of the public function by default).
    """
    if isinstance(style, str) and style in DEPRECATED_WORD_STYLES:
        new = DEPRECATED_WORD_STYLES[style]
        warnings.warn(
            f'the number-word style "{style}" is now called "{new}"; the old name goes in the next release',
            DeprecationWarning,
            stacklevel=stacklevel,
        )
        style = new
    if isinstance(style, str):  # text first: an array compared with == is ambiguous
        if style == "royal_institute":
            return False
        if style == "ed_after_tens":
            return True
    raise InvalidInputError(
        th=f'รูปแบบการอ่าน "เอ็ด" ต้องเป็น "royal_institute" (ตามราชบัณฑิตยสภา) หรือ "ed_after_tens" ไม่ใช่ {style!r}',
        en=f'style must be "royal_institute" (the Royal Institute\'s, the default) or "ed_after_tens", not {style!r}',
        field="style",
        value=style,
    )


def number_words(n: int | Decimal | str | float, *, style: str = "royal_institute") -> str:
    """Read a number in Thai words.

    Args:
        n: an ``int``, ``Decimal``, numeric ``str`` (Thai digits allowed) or ``float`` (read through its
            shortest repr, so 0.1 is ศูนย์จุดหนึ่ง).
        style: ``"royal_institute"`` (default) or ``"ed_after_tens"``, the two เอ็ด styles (see the module
            notes).

    Returns:
        The words; decimals are read digit by digit as written (``Decimal("1.50")`` → หนึ่งจุดห้าศูนย์).

    Raises:
        InvalidInputError: ``None``, ``bool``, NaN, infinities, non-numeric text, an integer part of 10^18
            or more, more than 30 decimal places, or an unknown style.

    >>> number_words(101, style="ed_after_tens"), number_words(21), number_words(10**12)
    ('หนึ่งร้อยหนึ่ง', 'ยี่สิบเอ็ด', 'หนึ่งล้านล้าน')
    >>> number_words(10**18)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ตัวเลข 1000000000000000000 ใหญ่เกินกว่าที่อ่านได้ (ส่วนจำนวนเต็มต้องไม่เกิน 999,999,999,999,999,999) / the number 1000000000000000000 is too large to read (the integer part must be at most 999,999,999,999,999,999)
    """
    ed_after_tens = check_word_style(style)
    if type(n) is int:
        negative = n < 0
        whole = -n if negative else n
        fraction = ""
    else:
        value = to_decimal(n, name="n")
        negative = value < 0
        _sign, digit_tuple, exponent = value.as_tuple()
        exponent = int(exponent)
        digits = "".join(map(str, digit_tuple))
        if exponent >= 0:
            whole = int(digits) * 10**exponent
            fraction = ""
        else:
            if -exponent > MAX_FRACTION_DIGITS:
                raise InvalidInputError(
                    th=f"ตัวเลข {n!r} มีทศนิยมเกิน {MAX_FRACTION_DIGITS} ตำแหน่ง",
                    en=f"the number {n!r} has more than {MAX_FRACTION_DIGITS} decimal places",
                    field="n",
                    value=n,
                )
            digits = digits.rjust(-exponent + 1, "0")
            whole = int(digits[:exponent])
            fraction = "จุด" + "".join([DIGIT_WORDS[int(c)] for c in digits[exponent:]])
    if whole > MAX_WORDS_INTEGER:
        raise InvalidInputError(
            th=f"ตัวเลข {n!r} ใหญ่เกินกว่าที่อ่านได้ (ส่วนจำนวนเต็มต้องไม่เกิน {MAX_WORDS_INTEGER:,})",
            en=f"the number {n!r} is too large to read (the integer part must be at most {MAX_WORDS_INTEGER:,})",
            field="n",
            value=n,
        )
    return ("ลบ" if negative else "") + integer_words(whole, ed_after_tens) + fraction


# --- parsing --------------------------------------------------------------------------------------------

_DIGIT_VALUES = {word: value for value, word in enumerate(DIGIT_WORDS)}
_PLACES = {"สิบ": 1, "ร้อย": 2, "พัน": 3, "หมื่น": 4, "แสน": 5}
_TOKENS = re.compile(
    "|".join(sorted([*DIGIT_WORDS, "เอ็ด", "ยี่", *_PLACES, "ล้าน", "ลบ", "จุด"], key=len, reverse=True))
)
_MAX_TEXT = 400


def _fail(text: str, th: str, en: str) -> ParseError:
    return ParseError(th=f"{th}: {text!r}", en=f"{en}: {text!r}", text=text)


def tokenize(text: str, original: str) -> list[str]:
    """Split Thai number words into tokens; whitespace between words is ignored."""
    if len(text) > _MAX_TEXT:
        raise _fail(
            original[:40] + "…",
            f"ข้อความยาวเกิน {_MAX_TEXT} ตัวอักษร จึงไม่ใช่ตัวเลขที่อ่านได้",
            f"the text is longer than {_MAX_TEXT} characters, so it is not a readable number",
        )
    compact = "".join(text.split())
    tokens: list[str] = []
    position = 0
    end = len(compact)
    while position < end:
        match = _TOKENS.match(compact, position)
        if match is None:
            raise _fail(
                original,
                f"ไม่รู้จักคำที่ตำแหน่ง {position + 1} ({compact[position : position + 8]!r}) คำที่ใช้ได้คือเลขและหลักภาษาไทย",
                f"unknown word at position {position + 1} ({compact[position : position + 8]!r}); "
                "only Thai digit and place words are allowed",
            )
        tokens.append(match.group())
        position = match.end()
    return tokens


def _parse_group(tokens: list[str], preceded: bool, original: str) -> int:
    """Value of the words of one group (below a million): pairs of digit and place, then a units digit."""
    value = 0
    last_place = 6
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < count else None
        if token == "สิบ":  # a bare สิบ is 10-19
            digit, place, index = 1, 1, index + 1
        elif token in _PLACES and index == 0 and not preceded:  # a bare leading ร้อย, พัน…: ร้อยเอ็ด = 101
            digit, place, index = 1, _PLACES[token], index + 1
        elif following in _PLACES:
            if token == "ยี่":
                if following != "สิบ":
                    raise _fail(original, '"ยี่" ใช้ได้เฉพาะหน้า "สิบ"', '"ยี่" is used only before "สิบ"')
                digit = 2
            elif token in _DIGIT_VALUES and token != "ศูนย์":
                digit = _DIGIT_VALUES[token]
                if following == "สิบ" and digit in (1, 2):
                    raise _fail(
                        original,
                        f'หลักสิบเขียนว่า "สิบ" หรือ "ยี่สิบ" ไม่ใช่ "{token}สิบ"',
                        f'tens are written "สิบ" or "ยี่สิบ", not "{token}สิบ"',
                    )
            else:
                raise _fail(
                    original, f'คำ "{token}" ไม่ใช่เลขหน้าหลัก', f'"{token}" is not a digit before a place'
                )
            place = _PLACES[following]
            index += 2
        else:  # the units digit: must be last
            if following is not None:
                raise _fail(original, f'คำ "{token}" อยู่ผิดที่', f'the word "{token}" is out of place')
            if token == "เอ็ด":
                if not (preceded or value):
                    raise _fail(
                        original,
                        '"เอ็ด" ต้องมีเลขอยู่ข้างหน้า ใช้ "หนึ่ง" เมื่ออยู่ลำพัง',
                        '"เอ็ด" needs a digit before it; a 1 standing alone is "หนึ่ง"',
                    )
                digit = 1
            elif token in _DIGIT_VALUES and token != "ศูนย์":
                digit = _DIGIT_VALUES[token]
                if digit == 1 and last_place == 1:
                    raise _fail(
                        original,
                        'หลักหน่วยที่เป็น 1 ต่อจากหลักสิบต้องอ่านว่า "เอ็ด" เช่น สิบเอ็ด',
                        'a units 1 after a tens digit is read "เอ็ด", as in สิบเอ็ด',
                    )
            else:
                raise _fail(original, f'คำ "{token}" อยู่ผิดที่', f'the word "{token}" is out of place')
            place = 0
            index += 1
        if place >= last_place:
            raise _fail(
                original,
                "หลักต้องเรียงจากมากไปน้อยและไม่ซ้ำ (แสน หมื่น พัน ร้อย สิบ หน่วย)",
                "places must run from high to low without repeats (แสน หมื่น พัน ร้อย สิบ units)",
            )
        last_place = place
        value += digit * 10**place
    return value


def parse_integer_tokens(tokens: list[str], original: str) -> int:
    """Value of integer words (no sign, no จุด): groups joined by ล้าน, read as in :func:`integer_words`."""
    if not tokens:
        raise _fail(original, "ไม่มีตัวเลข", "there is no number")
    if tokens == ["ศูนย์"]:
        return 0
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "ล้าน":
            segments.append([])
        else:
            segments[-1].append(token)
    value = 0
    for position, segment in enumerate(segments):
        if position == 0 and not segment:  # a bare leading ล้าน is one million: ล้านเอ็ด = 1,000,001
            value = 1
            continue
        value = value * _MILLION + _parse_group(segment, position > 0, original)
    return value


def parse_number_words(text: str) -> Decimal:
    """Read Thai number words back into a :class:`~decimal.Decimal`; the inverse of :func:`number_words`.

    Both เอ็ด styles are accepted (หนึ่งร้อยเอ็ด and หนึ่งร้อยหนึ่ง are both 101), as are spaces between
    words and a leading ร้อย, พัน, หมื่น, แสน or ล้าน without หนึ่ง (ร้อยสิบสอง is 112, ลบพันเอ็ด is -1001). Decimals after จุด keep their digits (หนึ่งจุดห้าศูนย์ → ``Decimal("1.50")``).

    Args:
        text: the words.

    Raises:
        ParseError: the text is not Thai number words, or breaks the reading rules (หนึ่งสิบ, สิบหนึ่ง,
            places out of order, a lone เอ็ด).
        InvalidInputError: ``text`` is not a str.

    >>> parse_number_words("ลบ หนึ่งล้าน ห้าแสน จุด ศูนย์ห้า")
    Decimal('-1500000.05')
    >>> parse_number_words("หนึ่งล้านล้าน"), parse_number_words("ลบพันเอ็ด")
    (Decimal('1000000000000'), Decimal('-1001'))
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            th=f"ข้อความตัวเลขต้องเป็น str ไม่ใช่ {type(text).__name__}: {text!r}",
            en=f"number words must be a str, not {type(text).__name__}: {text!r}",
            field="text",
            value=text,
        )
    tokens = tokenize(text, text)
    return tokens_to_decimal(tokens, text)


def tokens_to_decimal(tokens: list[str], original: str) -> Decimal:
    """Value of a token list with optional ลบ and จุด (shared with the baht-text parser)."""
    negative = bool(tokens) and tokens[0] == "ลบ"
    if negative:
        tokens = tokens[1:]
    fraction = ""
    if "จุด" in tokens:
        point = tokens.index("จุด")
        decimals = tokens[point + 1 :]
        if not decimals or any(t not in _DIGIT_VALUES for t in decimals):
            raise _fail(
                original,
                'หลัง "จุด" ต้องเป็นเลขโดด ศูนย์ถึงเก้า อ่านทีละตัว',
                'after "จุด" only the digits ศูนย์ to เก้า may follow, read one by one',
            )
        fraction = "." + "".join(str(_DIGIT_VALUES[t]) for t in decimals)
        tokens = tokens[:point]
    if "ลบ" in tokens:
        raise _fail(original, '"ลบ" อยู่ได้เฉพาะหน้าสุด', '"ลบ" may only come first')
    whole = parse_integer_tokens(tokens, original)
    value = Decimal(f"{'-' if negative else ''}{whole}{fraction}")
    return value.copy_abs() if value.is_zero() else value
