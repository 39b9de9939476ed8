"""What a household may borrow for (วัตถุประสงค์การยืมเงิน กข.คจ.), and lists of purposes as regulation data."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from chumchon._checks import ParsableEnum, enum_member, sequence
from chumchon.messages import Message

__all__ = ["Purpose", "PurposeList", "purpose"]


class Purpose(ParsableEnum):
    """What a household wants to borrow for (วัตถุประสงค์การยืมเงิน).

    * ``OCCUPATION``: the occupation project the household proposed (ประกอบอาชีพตามโครงการที่เสนอ): the one
      allowed purpose;
    * ``PAY_OLD_DEBT``: paying old debts (ชำระหนี้เดิม): forbidden;
    * ``HOUSE``: building or repairing the house (สร้างหรือซ่อมแซมบ้าน): forbidden;
    * ``CONSUMPTION``: household consumption (อุปโภคบริโภคในครัวเรือน): forbidden;
    * ``OTHER``: anything else: not the allowed purpose, so it fails the review too.
    """

    OCCUPATION = "occupation"
    PAY_OLD_DEBT = "pay_old_debt"
    HOUSE = "house"
    CONSUMPTION = "consumption"
    OTHER = "other"

    @property
    def label(self) -> Message:
        """The purpose in Thai and English."""
        return _PURPOSE_LABELS[self]


_PURPOSE_LABELS = {
    Purpose.OCCUPATION: Message(
        "ประกอบอาชีพตามโครงการที่ครัวเรือนเสนอ", "the occupation project the household proposed"
    ),
    Purpose.PAY_OLD_DEBT: Message("ชำระหนี้เดิม", "paying old debts"),
    Purpose.HOUSE: Message("สร้างหรือซ่อมแซมบ้าน", "building or repairing the house"),
    Purpose.CONSUMPTION: Message("อุปโภคบริโภคในครัวเรือน", "household consumption"),
    Purpose.OTHER: Message("วัตถุประสงค์อื่น", "another purpose"),
}


def _to_purposes(values: Iterable[Purpose | str]) -> tuple[Purpose, ...]:
    return sequence(values, "items", purpose, what_th="วัตถุประสงค์ (Purpose)", what_en="Purpose members")


def purpose(value: Purpose | str, field: str = "purpose") -> Purpose:
    """``value`` as a :class:`Purpose`: the member, its code (``"occupation"``) or its Thai name."""
    return enum_member(Purpose, value, field)


@attrs.frozen
class PurposeList:
    """A list of purposes that prints in plain words (for the generated table of sources)."""

    items: tuple[Purpose, ...] = attrs.field(converter=_to_purposes)

    def __contains__(self, purpose: object) -> bool:
        return purpose in self.items

    def __str__(self) -> str:
        return "; ".join(f"{p.label.th} ({p.label.en})" for p in self.items)
