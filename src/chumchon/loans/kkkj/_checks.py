"""The กข.คจ. checks that span fields; every single value is read by the kernel (:mod:`chumchon._checks`)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from decimal import Decimal
from typing import TypeVar

from chumchon._checks import MoneyLike, money
from chumchon.errors import InvalidInputError

__all__ = ["check_overdue_within_outstanding", "check_unique", "first_repeat", "report_amount"]

K = TypeVar("K", bound=Hashable)


def check_overdue_within_outstanding(outstanding: Decimal, overdue: Decimal) -> None:
    """The overdue part of a loan is part of what is still owed, so it cannot exceed the outstanding amount."""
    if overdue > outstanding:
        raise InvalidInputError(
            th=f"ยอดค้างชำระ ({overdue}) มากกว่าลูกหนี้คงเหลือ ({outstanding}) ไม่ได้",
            en=f"overdue ({overdue}) cannot exceed outstanding ({outstanding})",
            field="overdue",
            value=overdue,
        )


def report_amount(value: MoneyLike, field: str) -> Decimal:
    """An amount of a report or its books: zero or more, in whole satang and written to the satang
    (``8000`` is ``Decimal('8000.00')``), so the figures added from it show one exponent.

    Raises:
        InvalidInputError: not an amount, below zero, or a fraction of a satang.
    """
    return money(value, field, whole_satang=True)


def check_unique(keys: Iterable[str], field: str, what_th: str, what_en: str) -> None:
    """Refuse the first key that repeats: a loan id, a household or a parameter named twice.

    Args:
        keys: the keys, in order.
        field: the argument the keys come from.
        what_th: what a key is, in Thai (e.g. ``"เลขที่สัญญา"``).
        what_en: the same in English (e.g. ``"loan id"``).

    Raises:
        InvalidInputError: a key given twice (``value`` is the key).
    """
    key = first_repeat(keys)
    if key is not None:
        raise InvalidInputError(
            th=f"{what_th} {key!r} ซ้ำกัน", en=f"{what_en} {key!r} appears twice", field=field, value=key
        )


def first_repeat(keys: Iterable[K]) -> K | None:
    """The first key that appears a second time in ``keys``, or ``None`` when every key is unique."""
    seen: set[K] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return None
