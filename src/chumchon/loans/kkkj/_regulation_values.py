"""How a กข.คจ. parameter's values are held and checked, read from the data alone.

A parameter's data type (``decimal``, ``int``, ``names``, ``years`` in ``chumchon/rules/kkkj_2553.json``) and its
unit decide its Python values, so a new parameter is an edit to the data file, not to a class:

* ``decimal``: a ``Decimal``; an override is a non-negative amount, above zero when every registered value is;
* ``int``: an ``int``; an override is a whole number of 1 or more;
* ``names``: text names; with the unit ``purposes`` they are :class:`Purpose` members (a :class:`PurposeList`);
* ``years``: a span of B.E. years; with the unit ``B.E. years`` a :class:`JptRound`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import money, sequence, text, whole_number
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._jpt import JptRound
from chumchon.loans.kkkj._purposes import Purpose, PurposeList
from chumchon.rules import Parameter

__all__ = ["PREFIX", "checked_value", "field_name", "typed_parameter"]

#: Every กข.คจ. parameter id starts with this; the regulation names a parameter without it.
PREFIX = "kkkj_"


def field_name(parameter_id: str) -> str:
    """The regulation's name for a registered parameter id: ``kkkj_max_installments`` → ``max_installments``."""
    return parameter_id.removeprefix(PREFIX)


def _purpose_list(names: tuple[str, ...]) -> PurposeList:
    return PurposeList(tuple(Purpose(name) for name in names))


def _round(years: tuple[int, int]) -> JptRound:
    return JptRound(*years)


#: The value each unit is held as, where it is more than the data type's plain value.
_BY_UNIT: dict[str, Callable[[Any], Any]] = {"purposes": _purpose_list, "B.E. years": _round}


def typed_parameter(param: Parameter[Any]) -> Parameter[Any]:
    """``param`` with its values as the regulation holds them (see the module's description)."""
    convert = _BY_UNIT.get(param.unit)
    if convert is None:
        return param
    history = tuple(attrs.evolve(v, value=convert(v.value)) for v in param.history)
    return attrs.evolve(param, history=history)


def checked_value(name: str, param: Parameter[Any], value: object) -> object:
    """``value`` checked as a new value of ``param`` (named ``name``), of the same kind as its registered values.

    Raises:
        InvalidInputError: a value of another kind, or out of range.
    """
    current = param.history[-1].value
    if isinstance(current, PurposeList):
        return value if isinstance(value, PurposeList) else PurposeList(value)  # type: ignore[arg-type]
    if isinstance(current, JptRound):
        if not isinstance(value, JptRound):
            raise InvalidInputError(
                th=f"รอบ จปฐ. ต้องเป็น JptRound เช่น JptRound(2570, 2574) ไม่ใช่ {value!r}",
                en=f"a จปฐ. round must be a JptRound, e.g. JptRound(2570, 2574), not {value!r}",
                field=name,
                value=value,
            )
        return value
    if isinstance(current, Decimal):
        return money(value, name, positive=all(v.value > 0 for v in param.history))
    if isinstance(current, int):
        return whole_number(value, name, minimum=1)
    return sequence(value, name, text, what_th="ชื่อ (ข้อความ)", what_en="names (text)")
