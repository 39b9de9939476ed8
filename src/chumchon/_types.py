"""The aliases public signatures use to say what an argument takes (internal home; import them from
:mod:`chumchon._checks`). A leaf module: :mod:`chumchon.money` and the kernel both use it without a cycle."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

__all__ = ["DateLike", "MoneyLike", "RateLike"]

#: What an amount of money may be given as: a ``Decimal``, an ``int``, numeric text (Thai or Arabic digits,
#: thousands separators) or a float (read by the money float rule, :func:`chumchon.money.money_from_float`).
MoneyLike = Decimal | int | str | float
#: What a rate (a fraction, 0.057 for 5.7%) may be given as: the same forms as money.
RateLike = Decimal | int | str | float
#: What a date may be given as: a ``date`` (a ``datetime`` gives its date) or ISO text ``YYYY-MM-DD``.
DateLike = date | str
