"""NumPy and pandas scalars as plain Python values (internal): the one place a foreign scalar is unwrapped.

It imports nothing of chumchon, so :mod:`chumchon.money` and :mod:`chumchon._checks` can both use it.
"""

from __future__ import annotations

__all__ = ["plain_scalar"]


def plain_scalar(value: object) -> object:
    """A NumPy or pandas scalar as the plain Python value it holds; anything else unchanged.

    Every check of the kernel, and :func:`chumchon.money.to_decimal`, passes its value through here first: the
    one place where other libraries' scalars are unwrapped.

    NumPy booleans, integers and floats and 0-d arrays (``np.int64(3)``, ``np.float64(1.5)``, ``np.array(5)``),
    pandas scalars of those types, and pandas' missing value ``pd.NA`` / ``NaT`` (an empty cell: ``None``). A
    float32 keeps the digits it prints (``np.float32(1.1)`` is 1.1, not 1.100000023841858). NumPy and pandas are
    never imported here: a value is recognised by its own type.

    >>> plain_scalar("1.5"), plain_scalar(None)
    ('1.5', None)
    """
    module = type(value).__module__
    if not module.startswith(("numpy", "pandas")):
        return value
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    dtype = getattr(value, "dtype", None)
    if dtype is None or getattr(value, "shape", None) != () or dtype.kind not in "biuf":
        return value
    if dtype.kind == "f" and dtype.itemsize != 8:
        return float(str(value[()]))  # type: ignore[index]  # the digits a float32 prints
    return value.item()  # type: ignore[attr-defined]
