"""Small input checks shared by the savings modules (internal)."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from chumchon.errors import InvalidInputError, ParseError
from chumchon.mapping import thai_name
from chumchon.money import plain_scalar, to_annual_rate, to_decimal, to_money
from chumchon.tables import Column, Table

E = TypeVar("E", bound=enum.Enum)


def money(value: object, name: str) -> Decimal:
    """A non-negative amount; ``Decimal`` input skips the full conversion (hot path)."""
    if type(value) is Decimal and value.is_finite() and value >= 0:
        return value
    return to_money(value, name=name)


def signed_money(value: object, name: str) -> Decimal:
    """An amount that may be negative (a net withdrawal)."""
    if type(value) is Decimal and value.is_finite():
        return value
    return to_money(value, name=name, allow_negative=True)


def optional_money(value: object, name: str) -> Decimal | None:
    return None if plain_scalar(value) is None else money(value, name)


def rate(value: object, name: str) -> Decimal:
    """A non-negative fraction (0.057 for 5.7%)."""
    result = to_decimal(value, name=name)
    if result < 0:
        raise InvalidInputError(
            th=f"อัตรา {name!r} ต้องไม่ติดลบ (เช่น 0.057 คือร้อยละ 5.7) ไม่ใช่ {value!r}",
            en=f"the rate {name!r} must not be negative (0.057 is 5.7%), not {value!r}",
            field=name,
            value=value,
        )
    return result


def optional_rate(value: object, name: str) -> Decimal | None:
    return None if plain_scalar(value) is None else rate(value, name)


def optional_annual_rate(value: object, name: str) -> Decimal | None:
    """A yearly rate as a fraction; a percentage typed in its place is refused (:func:`~chumchon.money.to_annual_rate`)."""
    return None if value is None else to_annual_rate(value, name=name)


def percent(value: object, name: str) -> Decimal:
    """A percentage from 0 to 100 (10 for 10%)."""
    result = to_decimal(value, name=name)
    if result < 0 or result > 100:
        raise InvalidInputError(
            th=f"ร้อยละ {name!r} ต้องอยู่ระหว่าง 0 ถึง 100 ไม่ใช่ {value!r}",
            en=f"the percentage {name!r} must be from 0 to 100, not {value!r}",
            field=name,
            value=value,
        )
    return result


def optional_percent(value: object, name: str) -> Decimal | None:
    return None if plain_scalar(value) is None else percent(value, name)


def whole(value: object, name: str, *, low: int, high: int | None = None) -> int:
    """An ``int`` from ``low`` to ``high``; ``bool`` is refused."""
    value = plain_scalar(value)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        allowed = f"{low}–{high}" if high is not None else f"{low} or more"
        allowed_th = f"{low} ถึง {high}" if high is not None else f"ตั้งแต่ {low} ขึ้นไป"
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็นจำนวนเต็ม {allowed_th} ไม่ใช่ {value!r}",
            en=f"{name!r} must be a whole number {allowed}, not {value!r}",
            field=name,
            value=value,
        )
    return value


def text(value: object, name: str) -> str:
    """A non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ {value!r}",
            en=f"{name!r} must be non-empty text, not {value!r}",
            field=name,
            value=value,
        )
    return value


def flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(
            th=f"ค่า {name!r} ต้องเป็น True หรือ False ไม่ใช่ {value!r}",
            en=f"{name!r} must be True or False, not {value!r}",
            field=name,
            value=value,
        )
    return value


def unknown_keys(keys: object, allowed: frozenset[str], what: str) -> None:
    names = list(keys)  # type: ignore[call-overload]
    for key in names:
        if not isinstance(key, str):
            raise ParseError(
                th=f"{what}: ชื่อช่องต้องเป็นข้อความ ไม่ใช่ {key!r} ใช้ได้: {', '.join(sorted(allowed))}",
                en=f"{what}: a field name must be text, not {key!r}; allowed: {', '.join(sorted(allowed))}",
                field=what,
                text=key,
            )
    extra = sorted(set(names) - allowed)
    if extra:
        raise InvalidInputError(
            th=f"{what}: ไม่รู้จักช่อง {', '.join(extra)} ใช้ได้: {', '.join(sorted(allowed))}",
            en=f"{what}: unknown field(s) {', '.join(extra)}; allowed: {', '.join(sorted(allowed))}",
            field=extra[0],
        )


def mapping_fields(data: object, cls: type, what: str) -> dict[str, Any]:
    """``data`` as a plain dict of the attrs class ``cls``'s fields: a mapping with text keys, no unknown key
    and every required field present (what ``cls(**fields)`` needs not to raise ``TypeError``)."""
    if not isinstance(data, Mapping):
        raise ParseError(
            th=f"{what} ต้องเป็น mapping (ชื่อช่อง → ค่า) ไม่ใช่ {data!r}",
            en=f"{what} must be a mapping of field name to value, not {data!r}",
            field=what,
            text=data,
        )
    fields = attrs.fields(cls)
    unknown_keys(data.keys(), frozenset(f.name for f in fields), what)
    for f in fields:
        if f.default is attrs.NOTHING and f.name not in data:
            raise ParseError(
                th=f"{what}: ต้องระบุช่อง {f.name}",
                en=f"{what}: the field {f.name} is required",
                field=f.name,
            )
    return dict(data)


@contextlib.contextmanager
def within(path: str) -> Iterator[None]:
    """Name the place of an error raised inside a nested value: ``rate`` becomes ``dividend.rate``."""
    try:
        yield
    except InvalidInputError as error:
        inner = error.field
        error.field = path if inner is None or inner == path else f"{path}.{inner}"
        error.th = f"{path}: {error.th}"
        error.en = f"{path}: {error.en}"
        error.args = (f"{error.th} / {error.en}",)
        raise


def enum_value(enum_type: type[E], value: object, name: str) -> E:
    """``value`` as a member of ``enum_type``, from the member itself, its value or its name."""
    if isinstance(value, enum_type):
        return value
    for member in enum_type:
        if value in (member.value, member.name):
            return member
        if isinstance(value, str) and value.strip() == thai_name(member):
            return member  # the Thai name every statement prints (สามัญ)
    allowed = ", ".join(str(m.value) for m in enum_type)
    raise InvalidInputError(
        th=f"ค่า {name!r} ไม่รู้จัก {value!r} ใช้ได้: {allowed}",
        en=f"unknown {name!r} {value!r}; allowed: {allowed}",
        field=name,
        value=value,
    )


def table(columns: tuple[Column, ...], rows: Any, title: Any = None) -> Table:
    """Build a :class:`~chumchon.tables.Table` (typed here: mypy cannot see through its ``tuple`` converter)."""
    built: Any = Table
    result: Table = built(columns=columns, rows=rows, title=title)
    return result
