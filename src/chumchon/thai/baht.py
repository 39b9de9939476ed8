"""Baht text and baht amounts (ข้อความจำนวนเงินบาท).

The words written on cheques, receipts and contracts: the baht read as a number + "บาท", then the satang
read as a number + "สตางค์", or "บาทถ้วน" when there are no satang. Numbers are read as in
:mod:`chumchon.thai.words`, in either เอ็ด style (``"royal_institute"``, the default, as Excel's
``BAHTTEXT`` writes: หนึ่งร้อยเอ็ดบาทถ้วน; ``"ed_after_tens"``, as LibreOffice's writes: หนึ่งร้อยหนึ่งบาทถ้วน). The satang are a number of their own: 1.01 is หนึ่งบาทหนึ่งสตางค์, 1.21 is
หนึ่งบาทยี่สิบเอ็ดสตางค์.

Conventions (the reading rules are standard; the sub-baht and negative conventions differ between existing
packages, so they are stated here): below one baht only the satang are read (0.50 → ห้าสิบสตางค์); zero is
ศูนย์บาทถ้วน; a negative amount takes the prefix ลบ, also below one baht (-0.50 → ลบห้าสิบสตางค์); an
amount that rounds to zero is ศูนย์บาทถ้วน without ลบ. Satang beyond two places are rounded by ``rounding``
(half up to the satang by default) before reading.

English (``language="en"``), the form of bilingual receipts and Thai bank cheques: US-style number words in
title case without "and" inside the number, tens and units joined by a hyphen, short scale (Thousand,
Million, Billion, Trillion, Quadrillion); "… Baht Only" for whole baht, "… Baht and Fifty Satang" otherwise,
"Fifty Satang" below one baht, "Zero Baht Only" for zero and "Minus …" for negatives. "Baht" and "Satang"
take no plural.

The largest amount is :data:`MAX_BAHTTEXT_AMOUNT` (999,999,999,999,999,999.99 baht, just under 10^18).

>>> from decimal import ROUND_HALF_UP, Decimal
>>> from chumchon.thai import bahttext, parse_bahttext, format_baht
>>> bahttext(Decimal("1234.50"))
'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'
>>> bahttext(101), bahttext(101, style="ed_after_tens"), bahttext("-0.5")
('หนึ่งร้อยเอ็ดบาทถ้วน', 'หนึ่งร้อยหนึ่งบาทถ้วน', 'ลบห้าสิบสตางค์')
>>> bahttext(1234.5, language="en")
'One Thousand Two Hundred Thirty-Four Baht and Fifty Satang'
>>> parse_bahttext("หนึ่งร้อยเอ็ดบาทถ้วน")
Decimal('101.00')
>>> format_baht("1234.5"), format_baht(1234.5, digits="thai")
('1,234.50 บาท', '๑,๒๓๔.๕๐ บาท')
>>> bahttext(None)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'amount' ต้องเป็นตัวเลข (int, Decimal, float หรือข้อความตัวเลข) ไม่ใช่ None / 'amount' must be a number (int, Decimal, float or numeric text), not None
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from chumchon._types import MoneyLike
from chumchon.errors import InvalidInputError, ParseError
from chumchon.messages import check_language
from chumchon.money import DECIMAL_CONTEXT, SATANG, Rounding, rounding_from_name, to_decimal
from chumchon.thai.digits import in_digits
from chumchon.thai.words import check_word_style, integer_words, parse_integer_tokens, tokenize

__all__ = ["MAX_BAHTTEXT_AMOUNT", "bahttext", "format_baht", "parse_bahttext"]

#: The largest amount (in absolute value) :func:`bahttext` reads: 999,999,999,999,999,999.99 baht.
MAX_BAHTTEXT_AMOUNT = Decimal("999999999999999999.99")
_MAX_SATANG = 10**20 - 1
_CENT = Decimal("0.01")

_EN_UNITS = (
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
)
_EN_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
_EN_SCALES = ("", " Thousand", " Million", " Billion", " Trillion", " Quadrillion")


def _english_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_EN_UNITS[hundreds]} Hundred"] if hundreds else []
    if rest >= 20:
        tens, units = divmod(rest, 10)
        parts.append(f"{_EN_TENS[tens]}-{_EN_UNITS[units]}" if units else _EN_TENS[tens])
    elif rest:
        parts.append(_EN_UNITS[rest])
    return " ".join(parts)


_EN_THOUSAND = tuple(_english_below_thousand(n) for n in range(1000))


def english_words(n: int) -> str:
    """A non-negative ``int`` below 10^18 in English words, title case (1234 → One Thousand Two Hundred
    Thirty-Four)."""
    if n == 0:
        return "Zero"
    parts: list[str] = []
    scale = 0
    while n:
        n, chunk = divmod(n, 1000)
        if chunk:
            parts.append(_EN_THOUSAND[chunk] + _EN_SCALES[scale])
        scale += 1
    return " ".join(reversed(parts))


def _check_rounding(rounding: object) -> Rounding:
    if isinstance(rounding, str):
        rounding = rounding_from_name(rounding)
    if not isinstance(rounding, Rounding):
        raise InvalidInputError(
            th=f"rounding ต้องเป็นกฎการปัดเศษ (Rounding) หรือชื่อกฎ เช่น 'satang' ไม่ใช่ {rounding!r}",
            en=f"rounding must be a Rounding rule or its name, e.g. 'satang', not {rounding!r}",
            field="rounding",
            value=rounding,
        )
    if DECIMAL_CONTEXT.remainder(rounding.quantum, _CENT) != 0:
        raise InvalidInputError(
            th=f"กฎปัดเศษต้องปัดเป็นพหุคูณของ 0.01 บาท (สตางค์) ไม่ใช่ {rounding.quantum}",
            en=f"the rounding rule must round to a multiple of 0.01 baht (a satang), not {rounding.quantum}",
            field="rounding",
            value=rounding,
        )
    return rounding


def _satang(amount: object, rounding: Rounding | str) -> int:
    """The amount in whole satang, signed, after rounding; checked against the largest amount."""
    rule = SATANG if rounding is SATANG else _check_rounding(rounding)
    kind = type(amount)
    if kind is int:
        satang = amount * 100  # type: ignore[operator]
    else:
        if kind is Decimal and amount.is_finite():  # type: ignore[attr-defined]
            value: Decimal = amount  # type: ignore[assignment]
        elif kind is float and amount - amount == 0:  # type: ignore[operator]  # finite: inf - inf is NaN
            value = Decimal(repr(amount))  # the shortest repr, as to_decimal does
        else:
            value = to_decimal(amount, name="amount")
        if value and value.adjusted() >= 18:
            # Refused before rounding: quantizing a huge Decimal to the satang would exceed the precision.
            satang = _MAX_SATANG + 1
        elif rule is SATANG:  # the common case, without the generic rounding call
            satang = int(
                value.quantize(_CENT, rounding=ROUND_HALF_UP, context=DECIMAL_CONTEXT).scaleb(
                    2, DECIMAL_CONTEXT
                )
            )
        else:
            satang = int(rule.apply(value).scaleb(2, DECIMAL_CONTEXT))
    if not -_MAX_SATANG <= satang <= _MAX_SATANG:
        raise InvalidInputError(
            th=f"จำนวนเงิน {amount!r} เกินกว่าที่อ่านได้ (ไม่เกิน {MAX_BAHTTEXT_AMOUNT:,} บาท)",
            en=f"the amount {amount!r} is too large to write in words (at most {MAX_BAHTTEXT_AMOUNT:,} baht)",
            field="amount",
            value=amount,
        )
    return satang


def bahttext(
    amount: MoneyLike,
    *,
    style: str = "royal_institute",
    rounding: Rounding | str = SATANG,
    language: str = "th",
) -> str:
    """Write an amount of baht in words (ข้อความบาทถ้วน), as on a cheque, receipt or contract.

    Args:
        amount: ``int``, ``Decimal``, numeric ``str`` (Thai digits and thousands separators allowed) or
            ``float`` (through its shortest repr).
        style: ``"royal_institute"`` (default) or ``"ed_after_tens"``, the two เอ็ด styles (Thai only;
            English has no such choice).
        rounding: how satang beyond two places are rounded: a :class:`~chumchon.money.Rounding` whose
            quantum is a multiple of 0.01 (``SATANG`` half up by default; ``WHOLE_BAHT`` writes whole baht),
            or its name.
        language: ``"th"`` or ``"en"``.

    Raises:
        InvalidInputError: ``None``, ``bool``, NaN, infinities, non-numeric text, an amount beyond
            :data:`MAX_BAHTTEXT_AMOUNT`, an unknown style, rounding rule or language.

    >>> bahttext("0.005"), bahttext("1000001"), bahttext(0)
    ('หนึ่งสตางค์', 'หนึ่งล้านเอ็ดบาทถ้วน', 'ศูนย์บาทถ้วน')
    >>> bahttext(100, language="en")
    'One Hundred Baht Only'
    >>> bahttext(float("inf"))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'amount' ต้องเป็นจำนวนจำกัด ไม่ใช่ inf / 'amount' must be a finite number, not inf
    """
    ed_after_tens = check_word_style(style)
    satang = _satang(amount, rounding)
    negative = satang < 0
    baht, cents = divmod(-satang if negative else satang, 100)
    if check_language(language) == "th":  # checked first: an array compared with == is ambiguous
        if cents:
            text = integer_words(cents, ed_after_tens) + "สตางค์"
            if baht:
                text = integer_words(baht, ed_after_tens) + "บาท" + text
        else:
            text = integer_words(baht, ed_after_tens) + "บาทถ้วน"
        return "ลบ" + text if negative else text
    if check_language(language) == "en":
        if cents:
            text = english_words(cents) + " Satang"
            if baht:
                text = english_words(baht) + " Baht and " + text
        else:
            text = english_words(baht) + " Baht Only"
        return "Minus " + text if negative else text
    raise AssertionError("unreachable")  # pragma: no cover


def format_baht(
    amount: MoneyLike,
    *,
    digits: str = "arabic",
    unit: str = "บาท",
    rounding: Rounding | str = SATANG,
) -> str:
    """Write an amount with thousands separators and two decimals: ``"1,234.50 บาท"``.

    Args:
        amount: ``int``, ``Decimal``, numeric ``str`` or ``float``.
        digits: ``"arabic"`` or ``"thai"``.
        unit: the unit written after a space (``""`` for none, ``"THB"``, ``"บ."``).
        rounding: a :class:`~chumchon.money.Rounding` or its name; its quantum sets the decimals
            (``SATANG`` two, ``WHOLE_BAHT`` none).

    Raises:
        InvalidInputError: a bad amount, digit set, unit or rounding rule.

    >>> format_baht(-1234567, unit="")
    '-1,234,567.00'
    >>> format_baht("12.345", digits="roman")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ชุดตัวเลขต้องเป็น "arabic" หรือ "thai" ไม่ใช่ 'roman' / digits must be "arabic" or "thai", not 'roman'
    """
    rule = SATANG if rounding is SATANG else _check_rounding(rounding)
    value = rule.apply(to_decimal(amount, name="amount"))
    if not isinstance(unit, str):
        raise InvalidInputError(
            th=f"หน่วยต้องเป็นข้อความ (str) เช่น 'บาท' ไม่ใช่ {unit!r}",
            en=f"unit must be a str such as 'บาท', not {unit!r}",
            field="unit",
            value=unit,
        )
    text = f"{value:,} {unit}" if unit else f"{value:,}"
    return in_digits(text, digits)


def _fail(text: str, th: str, en: str) -> ParseError:
    return ParseError(th=f"{th}: {text!r}", en=f"{en}: {text!r}", text=text)


def parse_bahttext(text: str) -> Decimal:
    """Read Thai baht text back into a :class:`~decimal.Decimal` with two places; the inverse of
    :func:`bahttext` (Thai).

    Accepted: ``[ลบ] <number>บาทถ้วน``, ``<number>บาท`` (without ถ้วน), ``<number>บาท<number>สตางค์``,
    ``<number>สตางค์``, in either เอ็ด style, with any spaces between words. Satang must be 0 to 99.

    Raises:
        ParseError: the text is not baht text.
        InvalidInputError: ``text`` is not a str.

    >>> parse_bahttext("ลบ ห้าสิบสตางค์"), parse_bahttext("หนึ่งล้านหนึ่งบาทยี่สิบเอ็ดสตางค์")
    (Decimal('-0.50'), Decimal('1000001.21'))
    >>> parse_bahttext("ห้าสิบ")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ข้อความจำนวนเงินต้องลงท้ายด้วย "บาทถ้วน" "บาท" หรือ "สตางค์": 'ห้าสิบ' / baht text must end in "บาทถ้วน", "บาท" or "สตางค์": 'ห้าสิบ'
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            th=f"ข้อความจำนวนเงินต้องเป็น str ไม่ใช่ {type(text).__name__}: {text!r}",
            en=f"baht text must be a str, not {type(text).__name__}: {text!r}",
            field="text",
            value=text,
        )
    compact = "".join(text.split())
    negative = compact.startswith("ลบ")
    body = compact[2:] if negative else compact
    baht_words = satang_words = ""
    if body.endswith("บาทถ้วน"):
        baht_words = body[: -len("บาทถ้วน")]
    elif body.endswith("สตางค์"):
        head = body[: -len("สตางค์")]
        if "บาท" in head:
            baht_words, _, satang_words = head.partition("บาท")
        else:
            satang_words = head
        if not satang_words:
            raise _fail(text, 'ไม่มีจำนวนสตางค์หน้า "สตางค์"', 'there is no number before "สตางค์"')
    elif body.endswith("บาท"):
        baht_words = body[: -len("บาท")]
    else:
        raise _fail(
            text,
            'ข้อความจำนวนเงินต้องลงท้ายด้วย "บาทถ้วน" "บาท" หรือ "สตางค์"',
            'baht text must end in "บาทถ้วน", "บาท" or "สตางค์"',
        )
    if not baht_words and not satang_words:
        raise _fail(text, 'ไม่มีจำนวนเงินหน้า "บาท"', 'there is no number before "บาท"')
    baht = parse_integer_tokens(tokenize(baht_words, text), text) if baht_words else 0
    satang = parse_integer_tokens(tokenize(satang_words, text), text) if satang_words else 0
    if satang > 99:
        raise _fail(text, f"สตางค์ต้องไม่เกิน 99 ไม่ใช่ {satang}", f"satang must be at most 99, not {satang}")
    if baht > MAX_BAHTTEXT_AMOUNT:
        raise _fail(
            text,
            f"จำนวนเงินเกิน {MAX_BAHTTEXT_AMOUNT:,} บาท ซึ่งเป็นจำนวนมากที่สุดที่รองรับ",
            f"the amount is beyond {MAX_BAHTTEXT_AMOUNT:,} baht, the largest supported",
        )
    value = Decimal(baht * 100 + satang).scaleb(-2, DECIMAL_CONTEXT)
    return value.copy_negate() if negative and value else value
