"""The one exception tree of chumchon (ลำดับชั้นข้อผิดพลาด).

Every error carries its message in Thai (``th``) and English (``en``); ``str(error)`` gives both, Thai first,
so a district officer and an integrator can each read it. Errors say what was wrong and what is allowed.

Outcomes such as an eligibility check or an assessment are *returned* objects, never exceptions; exceptions
are for input that cannot be computed with, and for rules the caller asked to have enforced.

>>> from chumchon.errors import InvalidInputError
>>> err = InvalidInputError(th="จำนวนเงินต้องไม่ติดลบ", en="the amount must not be negative", field="amount")
>>> print(err)
จำนวนเงินต้องไม่ติดลบ / the amount must not be negative
>>> isinstance(err, ValueError), err.field
(True, 'amount')
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: ``import chumchon`` stays fast
if TYPE_CHECKING:
    from decimal import Decimal
    from typing import Any

__all__ = [
    "ChumchonError",
    "InvalidInputError",
    "ParseError",
    "RuleViolationError",
    "UnknownRegulationError",
]


class ChumchonError(Exception):
    """Root of every error chumchon raises on purpose.

    Args:
        th: the message in Thai.
        en: the same message in English.
    """

    def __init__(self, *, th: str, en: str) -> None:
        self.th = th
        self.en = en
        super().__init__(f"{th} / {en}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not pickle by default; results cross process pools.
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[ChumchonError], state: dict[str, Any]) -> ChumchonError:
    error = cls.__new__(cls)
    Exception.__init__(error, f"{state['th']} / {state['en']}")
    error.__dict__.update(state)
    return error


class InvalidInputError(ChumchonError, ValueError):
    """An input that cannot be used: wrong type, out of range, or inconsistent with other inputs.

    Args:
        field: the name of the offending argument or field, where there is one.
        value: the offending value, for programs that report it themselves.
    """

    def __init__(self, *, th: str, en: str, field: str | None = None, value: object = None) -> None:
        super().__init__(th=th, en=en)
        self.field = field
        self.value = value


class ParseError(InvalidInputError):
    """Text that could not be read (a Thai date, baht text, a number, a rubric mapping).

    Args:
        text: the text that could not be parsed.
    """

    def __init__(self, *, th: str, en: str, text: object = None, field: str | None = None) -> None:
        super().__init__(th=th, en=en, field=field, value=text)
        self.text = text


class RuleViolationError(ChumchonError):
    """A legal or bylaw rule that the caller asked to have enforced was broken.

    Args:
        rule: a short identifier of the rule, e.g. ``"interest_cap_annual_rate"``.
        clause: the instrument and clause, e.g. ``"ป.พ.พ. มาตรา 654"``.
        limit: the value the rule allows.
        actual: the value found.
    """

    def __init__(
        self,
        *,
        th: str,
        en: str,
        rule: str,
        clause: str | None = None,
        limit: Decimal | int | str | None = None,
        actual: Decimal | int | str | None = None,
    ) -> None:
        super().__init__(th=th, en=en)
        self.rule = rule
        self.clause = clause
        self.limit = limit
        self.actual = actual


class UnknownRegulationError(ChumchonError, LookupError):
    """No rule is known for what was asked: a date before a parameter's first value, or an unknown name."""

    def __init__(self, *, th: str, en: str, parameter: str | None = None) -> None:
        super().__init__(th=th, en=en)
        self.parameter = parameter
