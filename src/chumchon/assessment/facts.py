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
chumchon.errors.InvalidInputError: ค่า 'members' ต้องเป็นจำนวนเต็ม ตั้งแต่ 0 ขึ้นไป ไม่ใช่ -1 / 'members' must be a whole number of 0 or more, not -1

Every value is checked by the input kernel (:mod:`chumchon._checks`): a yes/no fact is ``True``, ``False`` or
``None``; a count a whole number (``12.0`` from a spreadsheet cell is 12; the registers of a village at most
the number the regulation names); money a ``MoneyLike`` amount. NumPy and pandas scalars are read as Python
values, and pandas' missing value is ``None`` (unknown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from chumchon._checks import (
    converter,
    flag,
    instance,
    invalid,
    items,
    mapping,
    money,
    not_above,
    number,
    plain_scalar,
    whole_number,
)
from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable, from_data
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.loans import LoanStatus
    from chumchon.loans.kkkj import FundPosition, VillageReport
    from chumchon.savings import AnnualClose

__all__ = ["GroupFacts", "KkkjFacts"]

F = TypeVar("F", bound="_Facts")


def _registers() -> int:
    # the registers a village fund keeps, as the regulation names them (the latest registered list)
    from chumchon.rules import parameter

    return len(parameter("kkkj_registers").history[-1].value)


# Facts that may be negative, and counts with a ceiling (read when the class is built).
_NEGATIVE_ALLOWED = frozenset({"net_profit"})
_MAXIMA: dict[str, Callable[[], int]] = {"registers_up_to_date": _registers}


def _converters(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    # Each fact's converter follows its annotation, so the field list reads like a plain record; every fact is
    # optional (None, or pandas' NA, is unknown).
    out = []
    for field in fields:
        kind = str(field.type)
        check: Callable[[Any], Any]
        if field.name == "extra":
            out.append(field)
            continue
        if kind.startswith("bool"):
            check = converter(flag, field.name, optional=True)
        elif kind.startswith("int"):
            ceiling = _MAXIMA.get(field.name)
            check = converter(
                whole_number,
                field.name,
                optional=True,
                minimum=0,
                maximum=None if ceiling is None else ceiling(),
                numeric=True,
            )
        else:
            floor = None if field.name in _NEGATIVE_ALLOWED else 0
            check = converter(money, field.name, optional=True, minimum=floor)
        out.append(field.evolve(converter=check))
    return out


def _extra(value: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> tuple[tuple[str, Any], ...]:
    if value is None:
        return ()
    items: Any = value.items() if isinstance(value, Mapping) else value
    try:
        pairs = tuple((k, v) for k, v in items)
    except (TypeError, ValueError):
        pairs = (("", value),)
    checked = []
    for key, item in pairs:
        if not isinstance(key, str) or not key:
            raise invalid("mapping_key", "extra", key, allowed="-")
        item = plain_scalar(item)
        if isinstance(item, float):
            item = number(item, key)  # floats never enter a calculation: their shortest repr
        elif not (item is None or isinstance(item, (bool, int, Decimal, str))):
            raise invalid(
                "instance",
                f"extra.{key}",
                item,
                what_th="bool ตัวเลข หรือ None",
                what_en="a bool, a number or None",
            )
        checked.append((key, item))
    return tuple(sorted(checked))


def _check_not_above(facts: object, part: str, whole: str) -> None:
    a, b = getattr(facts, part), getattr(facts, whole)
    if a is not None and b is not None:
        not_above(a, part, b, whole)


def _known(cls: type, facts: object) -> dict[str, Any]:
    # the kernel names an unknown fact and lists the known ones (others belong under "extra")
    return mapping(facts, "facts", allowed=[f.name for f in attrs.fields(cls)])


class _Facts(Mappable):
    """Shared behaviour: the facts by name for the rubric engine, documents in and out."""

    __slots__ = ()

    def facts(self) -> dict[str, Any]:
        """Every fact by name as Python values (``None`` where unknown), with the ``extra`` facts merged in: what
        a rubric reads. (:meth:`to_mapping` gives the JSON document, ``extra`` kept apart.)"""
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
        fields = _known(cls, data)
        extra = fields.get("extra")
        if isinstance(extra, Mapping):  # a document's extra facts: decimals and dates are tagged
            fields["extra"] = {
                k: from_data(Any, v, f"extra.{k}") if isinstance(v, Mapping) else v for k, v in extra.items()
            }
        return cls(**fields)


@attrs.frozen(kw_only=True, field_transformer=_converters)
class GroupFacts(_Facts):
    """Facts about a savings group for one assessment period.

    Governance facts are entered by the officer (``bool``); counts are ``int``; money is baht (``Decimal``).

    Attributes:
        written_bylaws: written bylaws (ระเบียบกลุ่ม) approved by the members.
        committee_elected: a committee elected by the members, with a fixed term.
        general_meeting_held: an annual general meeting was held.
        books_up_to_date: books and registers up to date.
        statement_presented: a financial statement was presented to the members.
        profit_allocated_per_bylaws: the net profit was allocated as the bylaws say, including a reserve and
            member welfare.
        bank_account_in_group_name: the group's money is kept in a financial-institution account in its name.
        committee_meetings: committee meetings held in the period (count).
        members: members at the end of the period (count).
        members_at_start: members at the start of the period (count).
        members_left: of those, members who left during the period (count).
        members_paid_every_month: members who paid every pledged month (สัจจะ) of the period (count).
        members_with_loans: members with a loan outstanding at the end (count).
        meetings: member meetings held in the period (count).
        attendances: member attendances at those meetings, one per member per meeting (count).
        savings: members' savings balance at the end (เงินสัจจะสะสม and deposits), baht.
        loans_outstanding: loan principal outstanding at the end, baht.
        par30_principal: outstanding principal of loans with any payment more than 30 days late, baht.
        written_off: principal written off during the period, baht.
        net_profit: net profit of the period (negative for a loss), baht.
        total_assets: total assets (the whole fund) at the end, baht.
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

    @classmethod
    @in_decimal_context
    def from_results(
        cls,
        *,
        close: AnnualClose | None = None,
        loans: Iterable[LoanStatus] | Mapping[str, LoanStatus | Iterable[LoanStatus]] | None = None,
        **facts: Any,
    ) -> GroupFacts:
        """Build the facts from the savings and loans modules' results plus the officer's facts.

        From ``close`` (:func:`chumchon.savings.annual_close`): ``members`` (ordinary and associate members who
        did not leave during the year; honorary members hold no savings duty and are left out),
        ``members_left``, ``savings`` (those members' year-end balances), ``net_profit``, and
        ``members_paid_every_month`` (current members with a positive net payment in each of the 12 fiscal
        months; a member who joined during the year counts as not having paid every month, so pass the figure
        yourself if the group counts pledged months differently).

        From ``loans`` (:class:`chumchon.loans.LoanStatus` from ``apply_payments``, as a list, or as a mapping
        from member id to that member's statuses): ``loans_outstanding``, ``par30_principal`` (outstanding
        principal of loans more than 30 days past due, as :func:`chumchon.loans.portfolio_at_risk` counts
        it), and, when given by member, ``members_with_loans``.

        Args:
            close: the year's annual close.
            loans: the loan statuses at the end of the period.
            **facts: any other :class:`GroupFacts` field (governance facts entered by the officer, and
                figures the results do not hold: ``members_at_start``, ``meetings``, ``attendances``,
                ``written_off``, ``total_assets``, ``committee_meetings``...). A fact given here wins over the
                one derived from the results.

        Raises:
            InvalidInputError: a result of the wrong type, or a bad fact.
        """
        derived: dict[str, Any] = {}
        if close is not None:
            from chumchon.savings import AnnualClose

            instance(close, "close", AnnualClose, what_th="ผลของ annual_close", what_en="an AnnualClose")
            from chumchon.savings import MemberType

            # Honorary members hold no savings duty: they are not counted as members here.
            current = [
                m
                for m in close.group.members
                if m.left_month is None and m.member_type is not MemberType.HONORARY
            ]
            derived["members"] = len(current)
            derived["members_left"] = sum(1 for m in close.group.members if m.left_month is not None)
            derived["savings"] = sum((m.closing_balance for m in current), Decimal(0))
            derived["net_profit"] = close.net_profit
            derived["members_paid_every_month"] = sum(1 for m in current if all(a > 0 for a in m.monthly))
        if loans is not None:
            derived.update(_loan_facts(loans))
        return cls(**{**derived, **_known(cls, facts)})


@attrs.frozen(kw_only=True, field_transformer=_converters)
class KkkjFacts(_Facts):
    """Facts about a กข.คจ. village fund for one year (DOMAIN 6; form 26(1) figures).

    Money is baht (``Decimal``), counts are ``int``.

    Attributes:
        allocation: the money allocated to the village (280,000 baht under the project), baht.
        total_fund: loans outstanding + bank balance + cash held elsewhere, baht; computed from those three
            when not given (and checked against them when both are given).
        loans_outstanding: money lent out and not yet repaid, at the end, baht.
        bank_balance: the fund's bank balance at the end, baht.
        cash_elsewhere: cash held elsewhere (e.g. by the committee) at the end, baht.
        overdue_principal: outstanding money past its due date at the end, baht.
        due_in_year: instalments that fell due during the year, baht.
        repaid_of_due: of those, the amount repaid, baht.
        target_households: target households (ครัวเรือนเป้าหมาย) in the village (count).
        target_households_with_loans: target households that have borrowed from the fund (count).
        registers_up_to_date: how many of the four registers are up to date, 0 to 4: bank-deposit control,
            debtor control, target-household register, village status book.
        committee_members: members of the village กข.คจ. committee (count).
        bank_account_in_fund_name: the fund keeps a bank account in its own name.
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

    @classmethod
    @in_decimal_context
    def from_results(
        cls,
        *,
        report: VillageReport | None = None,
        position: FundPosition | None = None,
        **facts: Any,
    ) -> KkkjFacts:
        """Build the facts from the กข.คจ. module's results plus the officer's facts.

        From ``position`` (:func:`chumchon.loans.kkkj.fund_position`): ``allocation``, ``loans_outstanding``,
        ``bank_balance``, ``cash_elsewhere`` (hence ``total_fund``). From ``report``
        (:func:`chumchon.loans.kkkj.village_report`, form 26(1)): the same from its position, plus
        ``overdue_principal`` (the form's overdue figure), ``target_households`` and
        ``target_households_with_loans`` (the form's households with loans: under the regulation only target
        households borrow).

        Args:
            report: the village's form 26(1) report.
            position: the fund position, when there is no report.
            **facts: any other :class:`KkkjFacts` field (``due_in_year`` and ``repaid_of_due``, which the form
                does not hold, ``registers_up_to_date``, ``committee_members``, ``bank_account_in_fund_name``).
                A fact given here wins over the one derived from the results.

        Raises:
            InvalidInputError: a result of the wrong type, or a bad fact.
        """
        from chumchon.loans.kkkj import FundPosition, VillageReport

        derived: dict[str, Any] = {}
        if report is not None:
            instance(report, "report", VillageReport)
            position = position or report.position
            derived["overdue_principal"] = report.figures.overdue
            derived["target_households"] = report.figures.target_households
            derived["target_households_with_loans"] = report.figures.households_with_loans
        if position is not None:
            instance(position, "position", FundPosition)
            derived["allocation"] = position.allocation
            derived["loans_outstanding"] = position.outstanding_loans
            derived["bank_balance"] = position.bank_balance
            derived["cash_elsewhere"] = position.cash_elsewhere
        return cls(**{**derived, **_known(cls, facts)})

    def _parts_total(self) -> Decimal | None:
        parts = (self.loans_outstanding, self.bank_balance, self.cash_elsewhere)
        if any(p is None for p in parts):
            return None
        total = Decimal(0)
        for part in parts:
            if part is not None:
                total = DECIMAL_CONTEXT.add(total, part)  # not the caller's ambient context
        return total

    def facts(self) -> dict[str, Any]:
        """Every fact by name; ``total_fund`` computed from its parts when it was not given."""
        data = super().facts()
        if data["total_fund"] is None:
            data["total_fund"] = self._parts_total()
        return data


def _loan_facts(loans: object) -> dict[str, Any]:
    from chumchon.loans import LoanStatus, portfolio_at_risk

    what = ("สถานะเงินกู้ (LoanStatus)", "LoanStatus objects")
    by_member: dict[str, tuple[Any, ...]] | None = None
    if isinstance(loans, Mapping):
        by_member = {}
        for member, value in loans.items():
            one = isinstance(value, LoanStatus)
            by_member[str(member)] = (value,) if one else items(value, f"loans.{member}", LoanStatus, *what)
        statuses = [s for group in by_member.values() for s in group]
    else:
        statuses = list(items(loans, "loans", LoanStatus, *what))
    par = portfolio_at_risk(statuses, days=30)  # refuses anything that is not a LoanStatus
    out: dict[str, Any] = {"loans_outstanding": par.denominator, "par30_principal": par.numerator}
    if by_member is not None:
        out["members_with_loans"] = sum(
            1 for group in by_member.values() if any(s.outstanding_principal > 0 for s in group)
        )
    return out
