"""Money: Decimal conversion, named rounding rules and exact splits (เงิน การปัดเศษ และการแบ่งเงิน).

Every amount in chumchon is a :class:`decimal.Decimal`. Floats from notebooks and Excel enter through their
shortest ``repr`` (so ``0.057`` means ``Decimal("0.057")``, not the binary value ``0.05699999…``); NaN and
infinities are refused. Every rounding names its quantum and mode, and none depends on the ambient decimal
context: calculations here use a private context, so a caller who changes ``decimal.getcontext()`` gets the
same answers.

Python's default rounding is half-even; Thai financial practice rounds half up to the satang, so
:data:`SATANG` (0.01, half up) is the default rule. Cash schedules are often rounded to whole baht
(:data:`WHOLE_BAHT`) and sometimes to 25 satang (:data:`QUARTER_BAHT`), the smallest coin in use
(the "half up is usual" and "quarter baht" conventions are common practice, not law).

Splits of an amount (dividends from a pool, a profit among lines, principal among instalments) use
:func:`allocate`, which returns parts that add up to the total exactly.

>>> from chumchon.money import to_decimal, SATANG, WHOLE_BAHT, allocate
>>> to_decimal("๑,๒๓๔.๕๐"), to_decimal(0.057)
(Decimal('1234.50'), Decimal('0.057'))
>>> SATANG.apply("2.675"), WHOLE_BAHT.apply("2.5")
(Decimal('2.68'), Decimal('3'))
>>> allocate("100.00", [1, 1, 1])
(Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
>>> to_decimal(float("nan"))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'value' ต้องเป็นจำนวนจำกัด ไม่ใช่ nan / 'value' must be a finite number, not nan
"""

from __future__ import annotations

from chumchon._allocate import allocate as allocate
from chumchon._numbers import DECIMAL_CONTEXT as DECIMAL_CONTEXT
from chumchon._numbers import in_decimal_context as in_decimal_context
from chumchon._numbers import money_from_float as money_from_float
from chumchon._numbers import to_annual_rate as to_annual_rate
from chumchon._numbers import to_decimal as to_decimal
from chumchon._numbers import to_money as to_money
from chumchon._numbers import to_rate as to_rate
from chumchon._rounding import QUARTER_BAHT as QUARTER_BAHT
from chumchon._rounding import QUARTER_BAHT_UP as QUARTER_BAHT_UP
from chumchon._rounding import ROUNDINGS as ROUNDINGS
from chumchon._rounding import SATANG as SATANG
from chumchon._rounding import SATANG_DOWN as SATANG_DOWN
from chumchon._rounding import SATANG_HALF_EVEN as SATANG_HALF_EVEN
from chumchon._rounding import SATANG_UP as SATANG_UP
from chumchon._rounding import WHOLE_BAHT as WHOLE_BAHT
from chumchon._rounding import WHOLE_BAHT_DOWN as WHOLE_BAHT_DOWN
from chumchon._rounding import WHOLE_BAHT_UP as WHOLE_BAHT_UP
from chumchon._rounding import Rounding as Rounding
from chumchon._rounding import rounding_from_name as rounding_from_name
from chumchon._scalar import plain_scalar as plain_scalar

__all__ = [
    "DECIMAL_CONTEXT",
    "QUARTER_BAHT",
    "QUARTER_BAHT_UP",
    "ROUNDINGS",
    "SATANG",
    "SATANG_DOWN",
    "SATANG_HALF_EVEN",
    "SATANG_UP",
    "WHOLE_BAHT",
    "WHOLE_BAHT_DOWN",
    "WHOLE_BAHT_UP",
    "Rounding",
    "allocate",
    "in_decimal_context",
    "money_from_float",
    "plain_scalar",
    "rounding_from_name",
    "to_annual_rate",
    "to_decimal",
    "to_money",
    "to_rate",
]
