"""Plain JSON data in and out of chumchon's value objects, and their JSON Schemas (ข้อมูล JSON และสคีมา).

One mechanism, driven by each class's attrs fields and type hints, does three jobs so they cannot drift apart:

* :func:`to_data` turns a value into plain JSON data: a ``Decimal`` becomes its exact text (``"1234.50"``), a
  date ISO text (``"2026-10-01"``), an enum its stable English code (``"ordinary"``, never the Thai display
  label), a :class:`~chumchon.messages.Message` ``{"th": …, "en": …}``, a tuple a list, an attrs object a JSON
  object of its public fields;
* :func:`from_data` reads such data back into the declared type, checking it and naming the offending place
  (``members[2].opening_balance``) in a :class:`~chumchon.errors.ParseError`; enums whose members have a Thai
  label (``MemberType``: ``"สามัญ"``) accept that label too;
* :func:`json_schema` writes the JSON Schema (draft 2020-12) of a class from the same type hints.

Classes take part through the :class:`Mappable` mixin (inputs: ``to_mapping()`` / ``from_mapping()``) or
:class:`ResultMappable` (results: the same, plus the document envelope). A result's mapping carries
``schema`` (``"chumchon.schedule"``), ``schema_version``, ``chumchon_version``, ``sources_used`` (every
:class:`~chumchon.rules.Source` met inside the result) and ``provisional_values`` (the names of the values in it
that are a provisional default, not law). :mod:`chumchon.schemas` lists every published schema.

Schemas are generated at call time from the classes, so the published schema is always the one the code reads
and writes; there is no generated file to fall out of date. A change that makes old documents unreadable bumps
the class's ``schema_version`` and is recorded in the CHANGELOG.

>>> from decimal import Decimal
>>> import attrs
>>> @attrs.frozen
... class Line(Mappable):
...     key: str
...     amount: Decimal
>>> Line("fines", Decimal("12.50")).to_mapping()
{'key': 'fines', 'amount': '12.50'}
>>> Line.from_mapping({"key": "fines", "amount": "12.50"})
Line(key='fines', amount=Decimal('12.50'))
>>> Line.from_mapping({"key": "fines", "amount": "twelve"})
Traceback (most recent call last):
...
chumchon.errors.ParseError: ช่อง amount ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50" ไม่ใช่ 'twelve' / amount must be a decimal number as text, such as "1234.50", not 'twelve'
"""

# No ``from __future__ import annotations`` here: the doctests above define classes whose hints must be
# evaluated where they are written.

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from chumchon.errors import InvalidInputError
from chumchon.mapping._base import (
    DOCUMENT_KEYS as DOCUMENT_KEYS,
)
from chumchon.mapping._base import (
    SCHEMA_DIALECT as SCHEMA_DIALECT,
)
from chumchon.mapping._base import (
    register_codec as register_codec,
)
from chumchon.mapping._base import (
    schema_name as schema_name,
)
from chumchon.mapping._base import (
    thai_name as thai_name,
)
from chumchon.mapping._mixins import Mappable as Mappable
from chumchon.mapping._mixins import ResultMappable as ResultMappable

__all__ = [
    "DOCUMENT_KEYS",
    "SCHEMA_DIALECT",
    "Mappable",
    "ResultMappable",
    "build_at",
    "check_fields",
    "from_data",
    "inconsistent",
    "json_schema",
    "read_fields",
    "register_codec",
    "schema_name",
    "thai_name",
    "to_data",
]

T = TypeVar("T")

# The functions below load the machinery on first use (see chumchon.mapping._mixins), so that importing a
# package whose classes are Mappable stays light.


def to_data(value: object, tp: Any = None) -> Any:
    """``value`` as plain JSON data, following the declared type ``tp`` (by default the value's own type).

    >>> from decimal import Decimal
    >>> from datetime import date
    >>> to_data((Decimal("1.50"), date(2026, 10, 1)), tuple[Decimal, date])
    ['1.50', '2026-10-01']
    """
    from chumchon.mapping._encode import encode

    return encode(value, type(value) if tp is None else tp)


def from_data(tp: Any, data: object, path: str = "") -> Any:
    """Read JSON ``data`` as the declared type ``tp``, refusing anything else with a :class:`ParseError` that
    names the place (``path``).

    >>> from decimal import Decimal
    >>> from_data(tuple[Decimal, ...], ["1.50", "2"])
    (Decimal('1.50'), Decimal('2'))
    >>> from_data(tuple[Decimal, ...], ["1.50", None], "amounts")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ช่อง amounts[1] ต้องเป็นตัวเลขทศนิยมเป็นข้อความ เช่น "1234.50" ไม่ใช่ None / amounts[1] must be a decimal number as text, such as "1234.50", not None
    """
    from chumchon.mapping._decode import decode

    return decode(tp, data, path)


def read_fields(
    cls: type,
    data: object,
    path: str = "",
    *,
    stand_ins: Mapping[str, Sequence[str]] | None = None,
    outside_forms: bool = False,
) -> dict[str, Any]:
    """The fields of the record class ``cls`` in the JSON object ``data``, with the checks every document gets
    (for a class whose ``from_mapping`` takes more than its documents: another key for a field, values in the
    forms people type). Refused with a :class:`ParseError` naming the place: not a JSON object, an unknown
    field, a required field missing, a field given twice; each value is read as its declared type.

    Args:
        cls: the record class.
        data: the JSON object.
        path: where ``data`` sits in its document (``""`` at the top).
        stand_ins: other keys that may give a field instead of its own (``{"annual_rate": ("monthly_percent",)}``):
            at most one of them may be present, and their values are returned as given, under their own key.
        outside_forms: keep a value that is not in its document form as given (``"5,000"`` for an amount),
            for the class's converter to read or refuse, instead of refusing it here.

    >>> from decimal import Decimal
    >>> import attrs
    >>> @attrs.frozen
    ... class Fee:
    ...     amount: Decimal
    ...     note: str = ""
    >>> read_fields(Fee, {"amount": "12.50"})
    {'amount': Decimal('12.50')}
    >>> read_fields(Fee, {"amount": "12.50", "colour": "red"}, "fees[0]")
    Traceback (most recent call last):
    ...
    chumchon.errors.ParseError: ไม่รู้จักช่อง fees[0].colour ช่องที่ใช้ได้: amount, note / unknown field fees[0].colour; allowed: amount, note
    """
    from chumchon.mapping._decode import read_fields as read

    return read(cls, data, path, stand_ins=stand_ins or {}, outside_forms=outside_forms)


def build_at(path: str, construct: Callable[[], T]) -> T:
    """Run ``construct`` (a constructor given a document's values) as the documents' reader does: an
    :class:`InvalidInputError` it raises becomes a :class:`ParseError` naming the place (``terms.principal``).
    """
    from chumchon.mapping._decode import wrap

    built: T = wrap(path, construct)
    return built


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``cls``'s mapping, generated from its fields and type hints.

    >>> from chumchon.messages import Message
    >>> json_schema(Message)["properties"]
    {'th': {'type': 'string'}, 'en': {'type': 'string'}}
    """
    from chumchon.mapping._schema import json_schema as schema_of_class

    return schema_of_class(cls)


def check_fields(obj: object) -> None:
    """Refuse an object whose fields do not hold their declared types (a result built by hand or through
    ``attrs.evolve`` with an int for a Decimal, a float, a string for a date...).

    Raises:
        InvalidInputError: naming the class, the field, what it must be and what it holds.
    """
    from chumchon.mapping._checks import check_fields as check

    check(obj)


def inconsistent(obj: object, field: str, th: str, en: str, value: object) -> InvalidInputError:
    """The error a result's cross-field check raises: ``Schedule: the instalments' principal … (principal)``."""
    name = type(obj).__name__
    return InvalidInputError(th=f"{name}: {th}", en=f"{name}: {en}", field=field, value=value)
