"""Names kept for one release at an old import path, each with a :class:`DeprecationWarning` naming the new one.

A package lists its moved names as ``{old name: (replacement, getter)}`` and answers them from its module
``__getattr__`` with :func:`moved`; the CHANGELOG lists every such name.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["moved"]


def moved(package: str, name: str, table: Mapping[str, tuple[str, Callable[[], Any]]]) -> Any:
    """The value of ``package.name`` from its new home, with a :class:`DeprecationWarning` naming
    ``replacement``; ``AttributeError`` for a name the table does not hold (as for any missing attribute)."""
    entry = table.get(name)
    if entry is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    replacement, getter = entry
    warnings.warn(
        f"{package}.{name} is deprecated and will be removed in the next release; use {replacement} "
        f"(เลิกใช้ {package}.{name} แล้ว ให้ใช้ {replacement})",
        DeprecationWarning,
        stacklevel=3,
    )
    return getter()
