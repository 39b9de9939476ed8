"""The committee's judgement on a request and the tambon officer's opinion (ข้อพิจารณาของคณะกรรมการ กข.คจ.).

District community-development pages say the village committee weighs three things before lending to a
household: its ability to repay, the suitability and feasibility of the occupation, and the time until the
occupation earns income [confirmed: district pages; the regulation's clause was not read]. They are judgements,
so chumchon does not compute them: the committee records its finding on each, with a note, and the review shows
them. The same pages say the tambon development officer (พัฒนากรผู้รับผิดชอบตำบล) gives an opinion before the
committee chair approves [secondary].

>>> from datetime import date
>>> FactorFinding(factor=ReviewFactor.ABILITY_TO_REPAY, favourable=True, note="ขายไข่ได้วันละ 300 บาท")
FactorFinding(factor=<ReviewFactor.ABILITY_TO_REPAY: 'ability_to_repay'>, favourable=True, note='ขายไข่ได้วันละ 300 บาท')
>>> FactorFinding(factor=ReviewFactor.TIME_TO_INCOME, favourable=True, note=" ")
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'note' ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ ' ' / 'note' must be non-empty text, not ' '
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from chumchon._checks import DateLike, ParsableEnum, date_value, enum_member, flag, items, text
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.rules import Source, Status, kkkj_2553

__all__ = [
    "DISTRICT_PAGES_SOURCE",
    "TAMBON_OFFICER_SOURCE",
    "FactorFinding",
    "OfficerOpinion",
    "ReviewFactor",
    "check_factor_findings",
]

#: District community-development office pages describing the กข.คจ. loan review.
DISTRICT_PAGES_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("district_pages")

#: The tambon development officer's opinion step, as the same pages describe it (secondary).
TAMBON_OFFICER_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("tambon_officer")


class ReviewFactor(ParsableEnum):
    """One of the three things the committee weighs (ข้อพิจารณาของคณะกรรมการ).

    * ``ABILITY_TO_REPAY``: the household's ability to repay (ความสามารถในการชำระคืนของครัวเรือน);
    * ``OCCUPATION_FEASIBILITY``: the suitability and feasibility of the occupation (ความเหมาะสมและความเป็นไปได้
      ของอาชีพ);
    * ``TIME_TO_INCOME``: the time until the occupation earns income (ระยะเวลาที่อาชีพจะก่อให้เกิดรายได้).
    """

    ABILITY_TO_REPAY = "ability_to_repay"
    OCCUPATION_FEASIBILITY = "occupation_feasibility"
    TIME_TO_INCOME = "time_to_income"

    @property
    def label(self) -> Message:
        """The factor in Thai and English."""
        return _LABELS[self]


_LABELS = {
    ReviewFactor.ABILITY_TO_REPAY: Message(
        "ความสามารถในการชำระคืนของครัวเรือน", "the household's ability to repay"
    ),
    ReviewFactor.OCCUPATION_FEASIBILITY: Message(
        "ความเหมาะสมและความเป็นไปได้ของอาชีพ", "the suitability and feasibility of the occupation"
    ),
    ReviewFactor.TIME_TO_INCOME: Message(
        "ระยะเวลาที่อาชีพจะก่อให้เกิดรายได้", "the time until the occupation earns income"
    ),
}


def _factor(value: ReviewFactor | str) -> ReviewFactor:
    return enum_member(ReviewFactor, value, "factor")


def _favourable(value: bool) -> bool:
    return flag(value, "favourable")


def _note(value: str) -> str:
    return text(value, "note")


def _officer(value: str) -> str:
    return text(value, "officer")


def _supports(value: bool) -> bool:
    return flag(value, "supports")


def _given_on(value: DateLike) -> date:
    return date_value(value, "given_on")


@attrs.frozen(kw_only=True)
class FactorFinding:
    """The committee's finding on one :class:`ReviewFactor` (มติคณะกรรมการในแต่ละข้อพิจารณา).

    Attributes:
        factor: which of the three factors.
        favourable: True when the committee found it in the household's favour.
        note: what the committee saw, in its own words (required: the review shows it as the reason).
    """

    factor: ReviewFactor = attrs.field(converter=_factor)
    favourable: bool = attrs.field(converter=_favourable)
    note: str = attrs.field(converter=_note)


@attrs.frozen(kw_only=True)
class OfficerOpinion:
    """The tambon development officer's opinion on the request (ความเห็นของพัฒนากรผู้รับผิดชอบตำบล), given
    before the committee chair approves [secondary].

    Attributes:
        officer: the officer's name.
        supports: True when the officer supports the loan.
        given_on: the date of the opinion.
        note: the opinion in the officer's words.
    """

    officer: str = attrs.field(converter=_officer)
    supports: bool = attrs.field(converter=_supports)
    given_on: date = attrs.field(converter=_given_on)
    note: str = ""


def check_factor_findings(values: Iterable[FactorFinding]) -> tuple[FactorFinding, ...]:
    """``values`` as a tuple in the order of :class:`ReviewFactor`, refusing wrong items and a factor given twice.

    Raises:
        InvalidInputError: an item that is not a :class:`FactorFinding`, or one factor twice.
    """
    findings = items(values, "factors", FactorFinding, "ข้อพิจารณา (FactorFinding)", "FactorFinding objects")
    seen: dict[ReviewFactor, FactorFinding] = {}
    for finding in findings:
        if finding.factor in seen:
            raise InvalidInputError(
                th=f"ข้อพิจารณา {finding.factor.label.th} ถูกบันทึกซ้ำ",
                en=f"the factor {finding.factor.value!r} is given twice",
                field="factors",
                value=finding.factor.value,
            )
        seen[finding.factor] = finding
    return tuple(seen[factor] for factor in ReviewFactor if factor in seen)


#: How sure the library is of each step's source.
FACTOR_STATUS = Status.CONFIRMED
OFFICER_STATUS = Status.SECONDARY
