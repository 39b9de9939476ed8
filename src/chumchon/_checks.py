"""The input-checking kernel (การตรวจค่าที่รับเข้า): one way to read each kind of argument, with one bilingual
message for each kind of refusal (:data:`chumchon.messages.CHECKS`).

Every check takes the value and the argument's name and returns the value in its one internal form, or raises
:class:`~chumchon.errors.InvalidInputError` whose ``field`` names the argument and whose message says what was
wrong and what is allowed:

- numbers: :func:`number`, :func:`money` (whole satang or not, with a minimum and a maximum), :func:`rate`
  (a fraction, bounded; ``annual=True`` refuses a percentage typed in a fraction's place) and :func:`percent`;
- :func:`whole_number` (NumPy integers accepted, ``bool`` refused), :func:`text`, :func:`flag`,
  :func:`choice` (one of a few words);
- :func:`enum_member` (the member, its value or name in any case, or its Thai label) and :class:`ParsableEnum`;
- :func:`date_value`: a ``date`` or ISO text; **a ``datetime`` gives its date** (the one rule everywhere: a
  timestamp from a spreadsheet or pandas names a day);
- :func:`sequence` / :func:`items` (a list, tuple, 1-d NumPy array or pandas Series; text and mappings
  refused; a bad item names its place, ``field[2]``), :func:`mapping` and :func:`mapping_fields` (text keys,
  unknown and missing fields named), :func:`within` (a nested field path: ``dividend.rate``);
- :func:`instance` (an object of a given class);
- :func:`optional` (``None``, and pandas' ``NA`` / ``NaT``, pass as ``None``) and :func:`converter`, which makes
  any of these an ``attrs.field(converter=...)``, so a constructor and ``attrs.evolve`` check the same way.

NumPy and pandas scalars become Python values first (:func:`plain_scalar`). Nothing here depends on the ambient
decimal context.

The aliases below say in public signatures what an argument takes.

>>> from chumchon.rules import Status
>>> enum_member(Status, " Confirmed ", "status"), enum_member(Status, "แหล่งรอง", "status")
(<Status.CONFIRMED: 'confirmed'>, <Status.SECONDARY: 'secondary'>)
>>> Status.parse("sure")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'status' ต้องเป็นหนึ่งใน confirmed, secondary, provisional (หรือชื่อภาษาไทย) ไม่ใช่ 'sure' / 'status' must be one of confirmed, secondary, provisional (or its Thai label), not 'sure'
>>> date_value("2026-01-10", "disbursed_on")
datetime.date(2026, 1, 10)
>>> money("1,234.50", "savings"), rate("0.057", "rate", maximum=1), percent(10, "share_percent")
(Decimal('1234.50'), Decimal('0.057'), Decimal('10'))
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from chumchon import money as _money
from chumchon._check_numbers import money as money
from chumchon._check_numbers import not_above as not_above
from chumchon._check_numbers import number as number
from chumchon._check_numbers import percent as percent
from chumchon._check_numbers import rate as rate
from chumchon._scalar import plain_scalar
from chumchon._types import DateLike as DateLike
from chumchon._types import MoneyLike as MoneyLike
from chumchon._types import RateLike as RateLike
from chumchon.errors import InvalidInputError
from chumchon.messages import invalid as invalid  # the error of a CHECKS entry, filled in

__all__ = [
    "DateLike",
    "MoneyLike",
    "ParsableEnum",
    "RateLike",
    "choice",
    "converter",
    "date_value",
    "enum_member",
    "flag",
    "instance",
    "invalid",
    "items",
    "mapping",
    "mapping_fields",
    "money",
    "number",
    "optional",
    "percent",
    "plain_scalar",
    "rate",
    "sequence",
    "text",
    "whole_number",
    "within",
]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


def _label_th(member: enum.Enum) -> str | None:
    label = getattr(member, "label_th", None)
    if label is None:
        label = getattr(getattr(member, "label", None), "th", None)
    return label if isinstance(label, str) else None


def enum_member(kind: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``kind``: the member itself, its value or name as text (any case, spaces around
    ignored), its Thai label, or a number equal to a numeric member value.

    Raises:
        InvalidInputError: anything else; the message lists the allowed values.
    """
    value = plain_scalar(value)
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        key = value.strip()
        folded = key.casefold()
        for member in kind:
            if folded in (str(member.value).casefold(), member.name.casefold()) or key == _label_th(member):
                return member
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        for member in kind:
            if not isinstance(member.value, (str, bool)) and member.value == value:
                return member
    raise invalid("enum", field, value, allowed=_allowed(kind))


def _allowed(kind: type[enum.Enum]) -> str:
    return ", ".join(str(member.value) for member in kind)


class _ParsableEnumType(enum.EnumMeta):
    """Calling a ParsableEnum with an unhashable value (a list, a NumPy array) refuses it through the kernel;
    Python's enum would compare it with each member and fail on an array's ambiguous truth value."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs and cls._member_map_:
            try:
                hash(value)
            except TypeError:
                kind: type[enum.Enum] = cls  # type: ignore[assignment]  # the metaclass's instance is the enum
                return enum_member(kind, value, _snake(cls.__name__))  # no member's value is unhashable
        return super().__call__(value, *args, **kwargs)


class ParsableEnum(enum.Enum, metaclass=_ParsableEnumType):
    """An enum that reads itself from text: :meth:`parse` and :meth:`from_name` raise
    :class:`~chumchon.errors.InvalidInputError` listing the allowed values, never a bare ``ValueError``.

    Every enum a user names (in an argument, a mapping, a spreadsheet cell) is one. Calling the enum reads the
    same way: ``Status("Confirmed")`` is ``Status.CONFIRMED``, and an unknown value raises the same
    :class:`~chumchon.errors.InvalidInputError` (a ``ValueError``, as an enum's refusal always was).

    >>> from chumchon.rules import Status
    >>> Status("CONFIRMED")
    <Status.CONFIRMED: 'confirmed'>
    >>> Status("sure")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'status' ต้องเป็นหนึ่งใน confirmed, secondary, provisional (หรือชื่อภาษาไทย) ไม่ใช่ 'sure' / 'status' must be one of confirmed, secondary, provisional (or its Thai label), not 'sure'
    """

    @classmethod
    def _missing_(cls, value: object) -> ParsableEnum:
        # Enum calls this when ``value`` is no member's value: read a name or Thai label, or refuse clearly.
        return enum_member(cls, value, _snake(cls.__name__))

    @classmethod
    def parse(cls: type[E], value: object, field: str | None = None) -> E:
        """The member ``value`` names (see :func:`enum_member`); ``field`` defaults to the enum's name."""
        return enum_member(cls, value, field or _snake(cls.__name__))

    @classmethod
    def from_name(cls: type[E], name: str, field: str | None = None) -> E:
        """The member whose name, value or Thai label is ``name`` (text only)."""
        if not isinstance(name, str):
            raise invalid("enum", field or _snake(cls.__name__), name, allowed=_allowed(cls))
        return enum_member(cls, name, field or _snake(cls.__name__))


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def text(value: object, field: str, *, empty: bool = False, strip: bool = False) -> str:
    """``value`` when it is text (non-blank unless ``empty``); with ``strip``, without spaces around it.

    >>> text(" ก001 ", "member_id", strip=True)
    'ก001'
    >>> text(b"x", "member_id")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'member_id' ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ b'x' / 'member_id' must be non-empty text, not b'x'
    """
    value = plain_scalar(value)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise invalid("text_empty" if not empty else "text", field, value)
    return value.strip() if strip else value


def flag(value: object, field: str) -> bool:
    """``value`` when it is ``True`` or ``False`` (NumPy's ``bool_`` too; not 0, 1 or ``"yes"``).

    >>> flag(True, "paid")
    True
    >>> flag(1, "paid")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'paid' ต้องเป็น True หรือ False ไม่ใช่ 1 / 'paid' must be True or False, not 1
    """
    value = plain_scalar(value)
    if not isinstance(value, bool):
        raise invalid("flag", field, value)
    return value


def whole_number(
    value: object,
    field: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    numeric: bool = False,
) -> int:
    """``value`` when it is an ``int`` (a NumPy integer too; not a ``bool``) within ``minimum`` and ``maximum``.

    With ``numeric``, a number without a fraction in another form is accepted too (``12.0``, ``Decimal("12")``,
    ``"12"``), as a spreadsheet cell sends it.

    >>> whole_number(12, "installments", minimum=1), whole_number(12.0, "installments", numeric=True)
    (12, 12)
    >>> whole_number(True, "installments")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'installments' ต้องเป็นจำนวนเต็ม ไม่ใช่ True / 'installments' must be a whole number, not True
    """
    value = plain_scalar(value)
    result: object = value
    if numeric and isinstance(value, (Decimal, float, str)):
        try:
            found = _money.to_decimal(value, name=field)
        except InvalidInputError:
            raise _not_whole(field, value, minimum, maximum) from None
        if found == found.to_integral_value(context=_money.DECIMAL_CONTEXT):
            result = int(found)
    if (
        isinstance(result, bool)
        or not isinstance(result, int)
        or (minimum is not None and result < minimum)
        or (maximum is not None and result > maximum)
    ):
        raise _not_whole(field, value, minimum, maximum)
    return result


def _not_whole(field: str, value: object, minimum: int | None, maximum: int | None) -> InvalidInputError:
    if minimum is not None and maximum is not None:
        th, en = f" ตั้งแต่ {minimum} ถึง {maximum}", f" from {minimum} to {maximum}"
    elif minimum is not None:
        th, en = f" ตั้งแต่ {minimum} ขึ้นไป", f" of {minimum} or more"
    elif maximum is not None:
        th, en = f" ไม่เกิน {maximum}", f" of at most {maximum}"
    else:
        th = en = ""
    return invalid("whole_number", field, value, range_th=th, range_en=en)


def choice(value: object, field: str, allowed: Iterable[str]) -> str:
    """``value`` as one of the words ``allowed`` (any case, spaces around ignored), returned as written there.

    >>> choice(" Begin ", "when", ("end", "begin"))
    'begin'
    """
    words = tuple(allowed)
    value = plain_scalar(value)
    if isinstance(value, str):
        folded = value.strip().casefold()
        for word in words:
            if word.casefold() == folded:
                return word
    raise invalid("choice", field, value, allowed=", ".join(words))


def date_value(value: object, field: str) -> date:
    """``value`` as a ``date``: a ``date``, a ``datetime`` (its date: the rule everywhere) or ISO text
    ``YYYY-MM-DD``; a pandas ``Timestamp`` is a ``datetime``.

    >>> from datetime import datetime
    >>> date_value(datetime(2026, 1, 10, 15, 30), "as_of")
    datetime.date(2026, 1, 10)
    >>> date_value("10/01/2026", "as_of")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'as_of' ต้องเป็นวันที่ (datetime.date หรือ YYYY-MM-DD) ไม่ใช่ '10/01/2026' / 'as_of' must be a date (datetime.date or YYYY-MM-DD), not '10/01/2026'
    """
    value = plain_scalar(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise invalid("date", field, value)


def instance(value: object, field: str, kind: type[T], *, what_th: str = "", what_en: str = "") -> T:
    """``value`` when it is an instance of ``kind`` (named ``what_th`` / ``what_en``, the class name by default).

    >>> instance(3, "rounding", str)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'rounding' ต้องเป็น str ไม่ใช่ 3 / 'rounding' must be a str, not 3
    """
    if not isinstance(value, kind):
        raise invalid(
            "instance",
            field,
            value,
            what_th=what_th or kind.__name__,
            what_en=what_en or f"a {kind.__name__}",
        )
    return value


def optional(check: Callable[..., T], value: object, field: str, **options: Any) -> T | None:
    """``None`` when ``value`` is ``None`` or pandas' missing value (``NA``, ``NaT``); otherwise ``check(value,
    field, **options)``.

    >>> optional(money, None, "requested"), optional(money, "5", "requested")
    (None, Decimal('5'))
    """
    if plain_scalar(value) is None:
        return None
    return check(value, field, **options)


def converter(
    check: Callable[..., T], field: str, *, optional: bool = False, **options: Any
) -> Callable[[Any], Any]:
    """``check`` for one attrs field: ``attrs.field(converter=converter(money, "principal", positive=True))``.

    A class whose fields convert this way checks in its constructor and in ``attrs.evolve`` alike, and the
    error names the field. With ``optional``, ``None`` (and pandas' ``NA``) stays ``None``. (mypy's attrs plugin
    reads only named functions as converters: a typed module wraps the call in a small named function.)

    >>> import attrs
    >>> @attrs.frozen
    ... class Deposit:
    ...     amount: Decimal = attrs.field(converter=converter(money, "amount", positive=True))
    >>> Deposit("10").amount, attrs.evolve(Deposit(1), amount=" 2.50 ").amount
    (Decimal('10'), Decimal('2.50'))
    >>> Deposit(0)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'amount' ต้องมากกว่าศูนย์ ไม่ใช่ 0 / 'amount' must be greater than zero, not 0
    """
    if optional:

        def convert_optional(value: Any) -> Any:
            if plain_scalar(value) is None:
                return None
            return check(value, field, **options)

        return convert_optional

    def convert(value: Any) -> Any:
        return check(value, field, **options)

    return convert


def _sequence_values(value: object, field: str, what_th: str, what_en: str) -> tuple[Any, ...]:
    if (
        isinstance(value, (str, bytes, bytearray, Mapping))
        or not isinstance(value, Iterable)
        or getattr(value, "ndim", 1) != 1  # a table or a matrix is not a list; a 0-d array is one value
    ):
        raise invalid("sequence", field, value, what_th=what_th, what_en=what_en)
    return tuple(plain_scalar(item) for item in value)


def sequence(
    value: object,
    field: str,
    check: Callable[..., T] | None = None,
    *,
    what_th: str = "ค่า",
    what_en: str = "values",
    **options: Any,
) -> tuple[Any, ...]:
    """``value`` as a tuple: a list, tuple or other iterable, a 1-d NumPy array or a pandas Series; text,
    bytes, mappings, tables and single values are refused. With ``check``, each item is ``check(item,
    "field[i]", **options)``, so a bad item names its place.

    >>> sequence(range(1, 3), "weights", money)  # a NumPy array reads the same (NumPy is optional: not here)
    (Decimal('1'), Decimal('2'))
    >>> sequence(["1", "x"], "weights", money)
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'weights[1]' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'x' / 'weights[1]' must be a number such as 1234.50 or 1,234.50, not 'x'
    >>> sequence("12", "weights")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'weights' ต้องเป็นรายการ (list หรือ tuple) ของค่า ไม่ใช่ '12' / 'weights' must be a list or tuple of values, not '12'
    """
    found = _sequence_values(value, field, what_th, what_en)
    if check is None:
        return found
    return tuple(check(item, f"{field}[{i}]", **options) for i, item in enumerate(found))


def items(
    value: object, field: str, kind: type | tuple[type, ...], what_th: str, what_en: str
) -> tuple[Any, ...]:
    """``value`` as a tuple whose items are all ``kind`` (see :func:`sequence` for what is a list); a bad item
    names its place, e.g. ``field[2]``."""
    found = _sequence_values(value, field, what_th, what_en)
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise invalid(
                "item", f"{field}[{i}]", item, what_th=what_th, what_en=what_en, list=field, index=i
            )
    return found


def mapping(
    value: object,
    field: str,
    *,
    allowed: Iterable[str] | None = None,
    required: Iterable[str] = (),
) -> dict[str, Any]:
    """``value`` as a plain ``dict`` with text keys, none outside ``allowed`` (when given) and every one of
    ``required`` present.

    >>> mapping({"rate": "0.05"}, "dividend", allowed=("rate", "pool"), required=("rate",))
    {'rate': '0.05'}
    >>> mapping({"rat": 1}, "dividend", allowed=("rate", "pool"))
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ค่า 'dividend': ไม่รู้จักช่อง rat ใช้ได้: pool, rate / 'dividend': unknown field(s) rat; allowed: pool, rate
    """
    if not isinstance(value, Mapping):
        raise invalid("mapping", field, value)
    names = sorted(allowed) if allowed is not None else None
    listed = ", ".join(names) if names is not None else "-"
    for key in value:
        if not isinstance(key, str):
            raise invalid("mapping_key", field, key, allowed=listed)
    if names is not None:
        extra = sorted(set(value) - set(names))
        if extra:
            error = invalid("unknown_fields", field, ", ".join(extra), allowed=listed)
            error.field = extra[0]
            raise error
    for name in required:
        if name not in value:
            error = invalid("required_field", field, name)
            error.field = name
            raise error
    return dict(value)


def mapping_fields(data: object, cls: type, what: str) -> dict[str, Any]:
    """``data`` as the keyword arguments of the attrs class ``cls``: a mapping (see :func:`mapping`) with no
    unknown field and every field without a default (what ``cls(**fields)`` needs not to raise ``TypeError``)."""
    import attrs  # only readers of mappings need it

    fields = attrs.fields(cls)
    return mapping(
        data,
        what,
        allowed=[f.name for f in fields if f.init],
        required=[f.name for f in fields if f.init and f.default is attrs.NOTHING],
    )


@contextlib.contextmanager
def within(path: str) -> Iterator[None]:
    """Name the place of an error raised inside a nested value: ``rate`` becomes ``dividend.rate``.

    >>> with within("dividend"):
    ...     rate("-1", "rate")
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: dividend: ค่า 'rate' ต้องเป็นสัดส่วนที่ไม่ติดลบ (เช่น 0.05 คือร้อยละ 5) ไม่ใช่ '-1' / dividend: 'rate' must be a non-negative fraction (0.05 is 5%), not '-1'
    """
    try:
        yield
    except InvalidInputError as error:
        inner = error.field
        error.field = path if inner is None or inner == path else f"{path}.{inner}"
        error.th = f"{path}: {error.th}"
        error.en = f"{path}: {error.en}"
        error.args = (f"{error.th} / {error.en}",)
        raise
