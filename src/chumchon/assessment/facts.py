"""Facts an assessment reads (ข้อมูลสำหรับการประเมิน): a savings group's and a กข.คจ. village fund's.

:class:`GroupFacts` (กลุ่มออมทรัพย์เพื่อการผลิต) and :class:`KkkjFacts` (กข.คจ.) are typed, documented records.
Every field is optional: ``None`` means *unknown*, and a criterion that needs an unknown fact is "not assessed",
never passed or failed. Units: money in baht (``Decimal``), counts as ``int``, yes/no facts as ``bool``; all for
the assessment period (normally the group's fiscal year) unless a field says "at the end".

Facts come from the officer (governance: written bylaws, meetings held, books up to date, money in a bank
account…) and from the books. :func:`~chumchon.assessment.assess` also takes a plain mapping with the same
names; a district rubric may read other facts, which go in ``extra``.

>>> from chumchon.assessment.facts import GroupFacts
>>> facts = GroupFacts(members=40, members_paid_every_month=30, written_bylaws=True)
>>> facts.to_mapping()["members"], facts.to_mapping()["books_up_to_date"] is None
(40, True)
>>> GroupFacts(members=-1)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: 'members' ต้องเป็นจำนวนเต็มที่ไม่ติดลบ ไม่ใช่ -1 / 'members' must be a whole number not below zero, not -1
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from chumchon.errors import InvalidInputError
from chumchon.money import to_decimal, to_money

__all__ = ["GroupFacts", "KkkjFacts"]

F = TypeVar("F", bound="_Facts")


def _flag(name: str) -> Callable[[object], bool | None]:
    def convert(value: object) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        raise InvalidInputError(
            th=f"{name!r} ต้องเป็น True, False หรือ None ไม่ใช่ {value!r}",
            en=f"{name!r} must be True, False or None, not {value!r}",
            field=name,
            value=value,
        )

    return convert


def _count(name: str, maximum: int | None = None) -> Callable[[object], int | None]:
    def convert(value: object) -> int | None:
        if value is None:
            return None
        ok = not isinstance(value, bool) and isinstance(value, (int, Decimal, str))
        number = to_decimal(value, name=name) if ok else Decimal(-1)
        if number < 0 or number != number.to_integral_value() or (maximum is not None and number > maximum):
            bound = f" ถึง {maximum}" if maximum is not None else ""
            bound_en = f" up to {maximum}" if maximum is not None else ""
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็นจำนวนเต็มที่ไม่ติดลบ{bound} ไม่ใช่ {value!r}",
                en=f"{name!r} must be a whole number not below zero{bound_en}, not {value!r}",
                field=name,
                value=value,
            )
        return int(number)

    return convert


def _baht(name: str, *, allow_negative: bool = False) -> Callable[[object], Decimal | None]:
    def convert(value: object) -> Decimal | None:
        if value is None:
            return None
        return to_money(value, name=name, allow_negative=allow_negative)

    return convert


# Facts that may be negative, and counts with a ceiling.
_NEGATIVE_ALLOWED = frozenset({"net_profit"})
_MAXIMA = {"registers_up_to_date": 4}


def _converters(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    # Each fact's converter follows its annotation, so the field list reads like a plain record.
    out = []
    for field in fields:
        kind = str(field.type)
        if field.name == "extra":
            out.append(field)
        elif kind.startswith("bool"):
            out.append(field.evolve(converter=_flag(field.name)))
        elif kind.startswith("int"):
            out.append(field.evolve(converter=_count(field.name, _MAXIMA.get(field.name))))
        else:
            allow = field.name in _NEGATIVE_ALLOWED
            out.append(field.evolve(converter=_baht(field.name, allow_negative=allow)))
    return out


def _extra(value: object) -> tuple[tuple[str, Any], ...]:
    if value is None:
        return ()
    items: Any = value.items() if isinstance(value, Mapping) else value
    try:
        pairs = tuple((k, v) for k, v in items)
    except (TypeError, ValueError):
        pairs = (("", value),)
    for key, item in pairs:
        if not isinstance(key, str) or not key:
            raise InvalidInputError(
                th="extra ต้องเป็น mapping จากชื่อข้อมูล (ข้อความ) ไปยังค่า",
                en="extra must map fact names (text) to values",
                field="extra",
                value=value,
            )
        if not (item is None or isinstance(item, (bool, int, Decimal, str, float))):
            raise InvalidInputError(
                th=f"ค่าของ {key!r} ใน extra ต้องเป็น bool ตัวเลข หรือ None",
                en=f"the value of {key!r} in extra must be a bool, a number or None",
                field=f"extra.{key}",
                value=item,
            )
    return tuple(sorted(pairs))


def _check_not_above(facts: object, part: str, whole: str) -> None:
    a, b = getattr(facts, part), getattr(facts, whole)
    if a is not None and b is not None and a > b:
        raise InvalidInputError(
            th=f"{part!r} ({a}) ต้องไม่เกิน {whole!r} ({b})",
            en=f"{part!r} ({a}) must not exceed {whole!r} ({b})",
            field=part,
            value=a,
        )


class _Facts:
    """Shared behaviour: mappings in and out."""

    __slots__ = ()

    def to_mapping(self) -> dict[str, Any]:
        """Every fact by name (``None`` where unknown), with the ``extra`` facts merged in."""
        data = {f.name: getattr(self, f.name) for f in attrs.fields(type(self)) if f.name != "extra"}  # type: ignore[arg-type]
        for key, value in getattr(self, "extra", ()):
            data.setdefault(key, value)
        return data

    @classmethod
    def from_mapping(cls: type[F], data: Mapping[str, Any]) -> F:
        """Build from a plain mapping with the field names; other facts must sit under ``"extra"``.

        Raises:
            InvalidInputError: an unknown name, or a value of the wrong type.
        """
        if not isinstance(data, Mapping):
            raise InvalidInputError(
                th="ข้อมูลต้องเป็น mapping (dict)", en="facts must be a mapping (dict)", field="facts", value=data
            )
        names = {f.name for f in attrs.fields(cls)}  # type: ignore[arg-type]
        for key in data:
            if key not in names:
                raise InvalidInputError(
                    th=f"ไม่รู้จักข้อมูล {key!r} (ข้อมูลอื่นให้ใส่ใน extra)",
                    en=f"unknown fact {key!r} (put other facts under 'extra')",
                    field=str(key),
                    value=data[key],
                )
        return cls(**data)


@attrs.frozen(kw_only=True, field_transformer=_converters)
class GroupFacts(_Facts):
    """Facts about a savings group for one assessment period.

    Governance (entered by the officer; ``bool``):
        written_bylaws: written bylaws (ระเบียบกลุ่ม) approved by the members.
        committee_elected: a committee elected by the members, with a fixed term.
        general_meeting_held: an annual general meeting was held.
        books_up_to_date: books and registers up to date.
        statement_presented: a financial statement was presented to the members.
        profit_allocated_per_bylaws: the net profit was allocated as the bylaws say, including a reserve and
            member welfare.
        bank_account_in_group_name: the group's money is kept in a financial-institution account in its name.

    Counts (``int``):
        committee_meetings: committee meetings held in the period.
        members: members at the end of the period.
        members_at_start: members at the start of the period.
        members_left: of those, members who left during the period.
        members_paid_every_month: members who paid every pledged month (สัจจะ) of the period.
        members_with_loans: members with a loan outstanding at the end.
        meetings: member meetings held in the period.
        attendances: member attendances at those meetings (one per member per meeting).

    Money (baht, ``Decimal``):
        savings: members' savings balance at the end (เงินสัจจะสะสม and deposits).
        loans_outstanding: loan principal outstanding at the end.
        par30_principal: outstanding principal of loans with any payment more than 30 days late.
        written_off: principal written off during the period.
        net_profit: net profit of the period (negative for a loss).
        total_assets: total assets (the whole fund) at the end.

    Other:
        extra: further facts a district rubric reads, by name.
    """

    written_bylaws: bool | None = None
    committee_elected: bool | None = None
    general_meeting_held: bool | None = None
    books_up_to_date: bool | None = None
    statement_presented: bool | None = None
    profit_allocated_per_bylaws: bool | None = None
    bank_account_in_group_name: bool | None = None
    committee_meetings: int | None = None
    members: int | None = None
    members_at_start: int | None = None
    members_left: int | None = None
    members_paid_every_month: int | None = None
    members_with_loans: int | None = None
    meetings: int | None = None
    attendances: int | None = None
    savings: Decimal | None = None
    loans_outstanding: Decimal | None = None
    par30_principal: Decimal | None = None
    written_off: Decimal | None = None
    net_profit: Decimal | None = None
    total_assets: Decimal | None = None
    extra: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_extra)

    def __attrs_post_init__(self) -> None:
        for part, whole in (
            ("members_paid_every_month", "members"),
            ("members_with_loans", "members"),
            ("members_left", "members_at_start"),
            ("par30_principal", "loans_outstanding"),
            ("loans_outstanding", "total_assets"),
        ):
            _check_not_above(self, part, whole)


@attrs.frozen(kw_only=True, field_transformer=_converters)
class KkkjFacts(_Facts):
    """Facts about a กข.คจ. village fund for one year (DOMAIN 6; form 26(1) figures).

    Money (baht, ``Decimal``):
        allocation: the money allocated to the village (280,000 baht under the project).
        total_fund: loans outstanding + bank balance + cash held elsewhere; computed from those three when
            not given (and checked against them when both are given).
        loans_outstanding: money lent out and not yet repaid, at the end.
        bank_balance: the fund's bank balance, at the end.
        cash_elsewhere: cash held elsewhere (e.g. by the committee), at the end.
        overdue_principal: outstanding money past its due date, at the end.
        due_in_year: instalments that fell due during the year.
        repaid_of_due: of those, the amount repaid.

    Counts (``int``):
        target_households: target households (ครัวเรือนเป้าหมาย) in the village.
        target_households_with_loans: target households that have borrowed from the fund.
        registers_up_to_date: how many of the four registers are up to date (0–4): bank-deposit control,
            debtor control, target-household register, village status book.
        committee_members: members of the village กข.คจ. committee.

    Yes/no (``bool``):
        bank_account_in_fund_name: the fund keeps a bank account in its own name.

    Other:
        extra: further facts a district rubric reads, by name.
    """

    allocation: Decimal | None = None
    total_fund: Decimal | None = None
    loans_outstanding: Decimal | None = None
    bank_balance: Decimal | None = None
    cash_elsewhere: Decimal | None = None
    overdue_principal: Decimal | None = None
    due_in_year: Decimal | None = None
    repaid_of_due: Decimal | None = None
    target_households: int | None = None
    target_households_with_loans: int | None = None
    registers_up_to_date: int | None = None
    committee_members: int | None = None
    bank_account_in_fund_name: bool | None = None
    extra: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_extra)

    def __attrs_post_init__(self) -> None:
        for part, whole in (
            ("overdue_principal", "loans_outstanding"),
            ("repaid_of_due", "due_in_year"),
            ("target_households_with_loans", "target_households"),
        ):
            _check_not_above(self, part, whole)
        parts = self._parts_total()
        if self.total_fund is not None and parts is not None and parts != self.total_fund:
            raise InvalidInputError(
                th=f"total_fund ({self.total_fund}) ต้องเท่ากับเงินให้ยืมคงค้าง + เงินฝากธนาคาร + เงินสดที่อื่น ({parts})",
                en=f"total_fund ({self.total_fund}) must equal loans outstanding + bank balance + cash elsewhere ({parts})",
                field="total_fund",
                value=self.total_fund,
            )

    def _parts_total(self) -> Decimal | None:
        parts = (self.loans_outstanding, self.bank_balance, self.cash_elsewhere)
        if any(p is None for p in parts):
            return None
        return sum((p for p in parts if p is not None), Decimal(0))

    def to_mapping(self) -> dict[str, Any]:
        """Every fact by name; ``total_fund`` computed from its parts when it was not given."""
        data = super().to_mapping()
        if data["total_fund"] is None:
            data["total_fund"] = self._parts_total()
        return data
