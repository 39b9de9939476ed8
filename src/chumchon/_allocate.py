"""Exact splits: :func:`allocate` (see :mod:`chumchon.money`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar, overload

from chumchon._numbers import DECIMAL_CONTEXT, MAX_ADJUSTED_EXPONENT, refused, to_decimal
from chumchon._rounding import SATANG, Rounding
from chumchon._scalar import plain_scalar
from chumchon._types import MoneyLike
from chumchon.errors import InvalidInputError

K = TypeVar("K")


@overload
def allocate(
    total: MoneyLike, weights: Mapping[K, MoneyLike], rounding: Rounding = ...
) -> dict[K, Decimal]: ...


@overload
def allocate(
    total: MoneyLike, weights: Sequence[MoneyLike], rounding: Rounding = ...
) -> tuple[Decimal, ...]: ...


def allocate(
    total: MoneyLike,
    weights: Mapping[K, MoneyLike] | Sequence[MoneyLike],
    rounding: Rounding = SATANG,
) -> dict[K, Decimal] | tuple[Decimal, ...]:
    """Split ``total`` in proportion to ``weights`` so that the parts add up to ``total`` exactly.

    The largest-remainder method: each part first gets the whole number of quanta its exact share contains
    (rounded toward zero); the quanta left over go one each to the parts with the largest remainders.
    **Tie-break:** equal remainders go to the earlier part (list position or mapping order), so the result
    is deterministic. A zero weight always gets zero. A negative total is split like its absolute value and
    every part is negated.

    Args:
        total: the amount to split; must be an exact multiple of ``rounding.quantum``.
        weights: non-negative numbers, as a sequence (a tuple of parts is returned) or a mapping (a dict
            with the same keys is returned).
        rounding: only its quantum is used: every part is a multiple of it.

    Raises:
        InvalidInputError: no weights, a negative weight, all weights zero, or a total that is not a
            multiple of the quantum.

    >>> from chumchon.money import WHOLE_BAHT
    >>> allocate("10", {"a": 2, "b": 1}, rounding=WHOLE_BAHT)
    {'a': Decimal('7'), 'b': Decimal('3')}
    >>> allocate("0.05", [1, 1], )
    (Decimal('0.03'), Decimal('0.02'))
    >>> allocate("10.005", [1])
    Traceback (most recent call last):
    ...
    chumchon.errors.InvalidInputError: ยอดรวม 10.005 ไม่ใช่พหุคูณของ 0.01 จึงแบ่งให้ลงตัวไม่ได้ / the total 10.005 is not a multiple of 0.01, so it cannot be split exactly
    """
    amount = to_decimal(total, name="total")
    if not isinstance(rounding, Rounding):
        raise refused(
            "instance",
            "rounding",
            rounding,
            what_th="กฎการปัดเศษ (Rounding) เช่น SATANG",
            what_en="a Rounding rule such as SATANG",
        )
    keys: list[Any] | None
    weights = plain_scalar(weights)  # type: ignore[assignment]  # a 0-d array is one number, not a sequence
    if isinstance(weights, Mapping):
        keys = list(weights)
        raw = [weights[k] for k in keys]
    elif (
        isinstance(weights, Iterable)
        and not isinstance(weights, (str, bytes))
        and getattr(weights, "ndim", 1) == 1
    ):
        keys = None
        values: Iterable[Any] = weights  # a plain name: the oldest mypy does not narrow the union here
        raw = list(values)
    else:
        raise refused(
            "instance",
            "weights",
            weights,
            what_th="ลำดับหรือ mapping ของน้ำหนัก",
            what_en="a sequence or mapping of weights",
        )
    parts = _split_units(amount, [_weight(w) for w in raw], rounding.quantum)
    if keys is None:
        return tuple(parts)
    return dict(zip(keys, parts, strict=True))


def _weight(value: object) -> Decimal:
    weight = to_decimal(value, name="weight")
    if weight and weight.adjusted() < -MAX_ADJUSTED_EXPONENT:
        raise refused("too_small", "weight", value)
    return weight


def _split_units(amount: Decimal, weights: list[Decimal], quantum: Decimal) -> list[Decimal]:
    if not weights:
        raise InvalidInputError(
            th="ต้องมีน้ำหนักอย่างน้อยหนึ่งค่า", en="at least one weight is needed", field="weights", value=weights
        )
    if any(w < 0 for w in weights):
        raise InvalidInputError(
            th="น้ำหนักต้องไม่ติดลบ", en="weights must not be negative", field="weights", value=weights
        )
    if not any(weights):
        raise InvalidInputError(
            th="น้ำหนักเป็นศูนย์ทั้งหมด จึงแบ่งตามสัดส่วนไม่ได้",
            en="all weights are zero, so there is no proportion to split by",
            field="weights",
            value=weights,
        )
    units_decimal = DECIMAL_CONTEXT.divide(amount, quantum)
    if units_decimal != units_decimal.to_integral_value(context=DECIMAL_CONTEXT):
        raise InvalidInputError(
            th=f"ยอดรวม {amount} ไม่ใช่พหุคูณของ {quantum} จึงแบ่งให้ลงตัวไม่ได้",
            en=f"the total {amount} is not a multiple of {quantum}, so it cannot be split exactly",
            field="total",
            value=amount,
        )
    units = int(units_decimal)
    sign = -1 if units < 0 else 1
    units = abs(units)
    # Scale the weights to integers so every share is exact integer arithmetic (to_decimal bounds each
    # weight's size, and a zero weight is plain 0, so the scale stays small).
    parts = [w.as_tuple() for w in weights]
    scale = max(0, *(-int(p.exponent) for p in parts))
    ints = [int("".join(map(str, p.digits))) * 10 ** (int(p.exponent) + scale) for p in parts]
    weight_sum = sum(ints)
    shares = [divmod(units * w, weight_sum) for w in ints]
    leftover = units - sum(q for q, _ in shares)
    counts = [q for q, _ in shares]
    # Largest remainder first; ties to the earlier position.
    order = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for i in order[:leftover]:
        counts[i] += 1
    return [
        DECIMAL_CONTEXT.multiply(Decimal(sign * c), quantum).quantize(quantum, context=DECIMAL_CONTEXT)
        for c in counts
    ]
