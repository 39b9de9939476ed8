"""The จปฐ. survey rounds (รอบการจัดเก็บข้อมูล จปฐ.): round boundaries are dated data a district can correct."""

from __future__ import annotations

from datetime import date

import attrs

from chumchon._checks import whole_number
from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.rules import DatedValue, Parameter

__all__ = ["JPT_ROUND_YEARS", "JptRound", "no_round_error", "round_at"]

#: The usual length of a จปฐ. round in years (2550–2554, 2555–2559, ...). Round boundaries themselves are data
#: (:attr:`Regulation.jpt_rounds`), not arithmetic on this number.
JPT_ROUND_YEARS = 5
_BE_OFFSET = 543


def _first(value: int) -> int:
    return whole_number(value, "first_be_year", minimum=2500, maximum=2800)


def _last(value: int) -> int:
    return whole_number(value, "last_be_year", minimum=2500, maximum=2800)


@attrs.frozen
class JptRound:
    """A จปฐ. survey round (รอบการจัดเก็บข้อมูล จปฐ.): its first and last B.E. year.

    A round applies from its ``effective_from`` (1 January of its first year, as shipped) to 31 December of
    its last year, or until the next round begins. ``str()`` gives ``"2565–2569"``.
    """

    first_be_year: int = attrs.field(converter=_first)
    last_be_year: int = attrs.field(converter=_last)

    @last_be_year.validator
    def _check_order(self, _attribute: object, value: int) -> None:
        if value < self.first_be_year:
            raise InvalidInputError(
                th=f"ปีสุดท้ายของรอบ ({value}) ต้องไม่ก่อนปีแรก ({self.first_be_year})",
                en=f"a round's last year ({value}) cannot be before its first ({self.first_be_year})",
                field="last_be_year",
                value=value,
            )

    @property
    def years(self) -> tuple[int, int]:
        """``(first, last)`` B.E. years."""
        return self.first_be_year, self.last_be_year

    @property
    def end(self) -> date:
        """31 December of the round's last B.E. year (a B.E. year is a calendar year since B.E. 2484)."""
        return date(self.last_be_year - _BE_OFFSET, 12, 31)

    def __str__(self) -> str:
        return f"{self.first_be_year}–{self.last_be_year}"


def round_at(rounds: Parameter[JptRound], day: date) -> DatedValue[JptRound] | None:
    """The round in force on ``day`` from ``rounds``, or ``None`` when ``day`` is past that round's end."""
    found = rounds.find(day)
    if found is None or day > found.value.end:
        return None
    return found


def no_round_error(day: date) -> UnknownRegulationError:
    """The error for a day in no known จปฐ. round (it says how to add one)."""
    return UnknownRegulationError(
        th=f'ไม่มีข้อมูลรอบ จปฐ. ที่ครอบคลุมวันที่ {day} ให้เพิ่มด้วย Regulation.override("jpt_rounds", JptRound(...), ...)',
        en=f'no จปฐ. round is known for {day}; add it with Regulation.override("jpt_rounds", JptRound(...), ...)',
        parameter="jpt_rounds",
    )
