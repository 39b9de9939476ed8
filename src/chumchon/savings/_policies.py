"""The dividend, rebate and member-rights parts of a group's bylaws (internal).

Re-exported by :mod:`chumchon.savings.bylaws`, where they are documented.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from chumchon import _checks as checks
from chumchon._checks import ParsableEnum, RateLike
from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable
from chumchon.messages import Message
from chumchon.money import SATANG, Rounding, rounding_from_name
from chumchon.savings import _checks
from chumchon.savings._weights import DividendBasis, DividendMethod
from chumchon.savings.members import MemberType

__all__ = [
    "LEAVER_LABELS",
    "DividendPolicy",
    "LeaverDividend",
    "MemberRights",
    "RebatePolicy",
    "one_of",
    "rights_by_type",
    "rounding_value",
    "to_leaver_dividend",
]


def _to_method(value: DividendMethod | str | None) -> DividendMethod | None:
    return None if value is None else checks.enum_member(DividendMethod, value, "method")


def _to_basis(value: DividendBasis | str) -> DividendBasis:
    return checks.enum_member(DividendBasis, value, "basis")


def to_leaver_dividend(value: LeaverDividend | str | None) -> LeaverDividend | None:
    return None if value is None else checks.enum_member(LeaverDividend, value, "leaver_dividend")


class LeaverDividend(ParsableEnum):
    """What a member who leaves during the year gets of that year's dividend and rebate (a bylaw choice).

    * ``NONE``: nothing;
    * ``EARNED``: what the savings earned while they stayed (the recorded withdrawal ends the weighting).
    """

    NONE = "none"
    EARNED = "earned"


def _to_borrow(value: bool) -> bool:
    return checks.flag(value, "borrow")


def _to_dividend(value: bool) -> bool:
    return checks.flag(value, "dividend")


def _to_exclude_defaulters(value: bool) -> bool:
    return checks.flag(value, "exclude_defaulters")


def _to_optional_percent_of_profit(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.percent, value, "percent_of_profit")


def _to_optional_rate(value: RateLike | None) -> Decimal | None:
    return checks.optional(checks.rate, value, "rate")


def _to_vote(value: bool) -> bool:
    return checks.flag(value, "vote")


@attrs.frozen(kw_only=True)
class MemberRights(Mappable):
    """What a member type may do: vote (ออกเสียง), borrow (กู้เงิน), receive dividends and rebates."""

    vote: bool = attrs.field(converter=_to_vote)
    borrow: bool = attrs.field(converter=_to_borrow)
    dividend: bool = attrs.field(converter=_to_dividend)


_ALL_RIGHTS = MemberRights(vote=True, borrow=True, dividend=True)


def rights_by_type(
    value: Mapping[Any, Any] | Iterable[Any] | None,
) -> tuple[tuple[MemberType, MemberRights], ...]:
    """Rights by member type as a tuple of pairs in :class:`MemberType` order (immutable, hashable)."""
    result = dict.fromkeys(MemberType, _ALL_RIGHTS)
    if value is None:
        return tuple(result.items())
    pairs: Any
    if isinstance(value, Mapping):
        pairs = value.items()
    elif isinstance(value, tuple):  # the stored form, e.g. from attrs.evolve
        pairs = value
    else:
        raise InvalidInputError(
            th="สิทธิของสมาชิกต้องเป็น mapping ประเภทสมาชิก → MemberRights",
            en="member rights must be a mapping of member type to MemberRights",
            field="member_rights",
            value=value,
        )
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidInputError(
                th=f"สิทธิของสมาชิกต้องเป็นคู่ (ประเภทสมาชิก, MemberRights) ไม่ใช่ {pair!r}",
                en=f"member rights must be (member type, MemberRights) pairs, not {pair!r}",
                field="member_rights",
                value=pair,
            )
        key, rights = pair
        kind: MemberType = checks.enum_member(MemberType, key, "member_type")
        if isinstance(rights, Mapping):
            with checks.within(f"member_rights.{kind.value}"):
                rights = MemberRights(**_checks.mapping_fields(rights, MemberRights, "MemberRights"))
        if not isinstance(rights, MemberRights):
            raise InvalidInputError(
                th=f"สิทธิของสมาชิกประเภท {kind.value} ต้องเป็น MemberRights",
                en=f"the rights of {kind.value} members must be a MemberRights",
                field="member_rights",
                value=rights,
            )
        result[kind] = rights
    return tuple(result.items())


def rounding_value(value: Rounding | str) -> Rounding:
    if isinstance(value, Rounding):
        return value
    if isinstance(value, str):
        return rounding_from_name(value)
    raise InvalidInputError(
        th=f"rounding ต้องเป็น Rounding หรือชื่อกฎการปัดเศษ ไม่ใช่ {value!r}",
        en=f"rounding must be a Rounding or the name of one, not {value!r}",
        field="rounding",
        value=value,
    )


def one_of(a: object, b: object, names: tuple[str, str], what: str) -> None:
    if (a is None) == (b is None):
        raise InvalidInputError(
            th=f"{what}: ต้องกำหนด {names[0]} หรือ {names[1]} อย่างใดอย่างหนึ่ง (ไม่ใช่ทั้งสองหรือไม่มีเลย)",
            en=f"{what}: give exactly one of {names[0]} and {names[1]}",
            field=names[0],
        )


@attrs.frozen(kw_only=True)
class DividendPolicy(Mappable):
    """How the dividend is paid: the weighting ``method`` and either a yearly ``rate`` (a fraction) or a
    ``percent_of_profit`` pool; ``basis`` is savings or work units (occupational groups, pool only)."""

    method: DividendMethod | None = attrs.field(converter=_to_method)
    rate: Decimal | None = attrs.field(default=None, converter=_to_optional_rate)
    percent_of_profit: Decimal | None = attrs.field(default=None, converter=_to_optional_percent_of_profit)
    basis: DividendBasis = attrs.field(
        default=DividendBasis.SAVINGS,
        converter=_to_basis,
    )
    rounding: Rounding = attrs.field(default=SATANG, converter=rounding_value)

    def __attrs_post_init__(self) -> None:
        one_of(self.rate, self.percent_of_profit, ("rate", "percent_of_profit"), "dividend")
        if self.basis is DividendBasis.SAVINGS and self.method is None:
            raise InvalidInputError(
                th="เงินปันผลตามเงินออมต้องระบุวิธีคิด (method)",
                en="a dividend on savings needs a method",
                field="method",
            )
        if self.basis is DividendBasis.WORK_UNITS and self.rate is not None:
            raise InvalidInputError(
                th="ปันผลตามผลงานต้องกำหนดเป็นร้อยละของกำไร (percent_of_profit) ไม่ใช่อัตรา",
                en="a dividend by work units needs percent_of_profit, not a rate",
                field="rate",
            )


@attrs.frozen(kw_only=True)
class RebatePolicy(Mappable):
    """How the rebate on interest paid is paid: a ``rate`` on interest or a ``percent_of_profit`` pool;
    whether members who missed an instalment are excluded (``exclude_defaulters``)."""

    rate: Decimal | None = attrs.field(default=None, converter=_to_optional_rate)
    percent_of_profit: Decimal | None = attrs.field(default=None, converter=_to_optional_percent_of_profit)
    exclude_defaulters: bool = attrs.field(default=True, converter=_to_exclude_defaulters)
    rounding: Rounding = attrs.field(default=SATANG, converter=rounding_value)

    def __attrs_post_init__(self) -> None:
        one_of(self.rate, self.percent_of_profit, ("rate", "percent_of_profit"), "rebate")


#: Labels used by statements.
LEAVER_LABELS = {
    LeaverDividend.NONE: Message("ไม่ได้รับเงินปันผลปีที่ลาออก", "no dividend for the year of leaving"),
    LeaverDividend.EARNED: Message("ได้รับเงินปันผลตามส่วนที่ออมถึงวันลาออก", "the dividend earned until leaving"),
}
