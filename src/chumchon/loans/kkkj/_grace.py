"""Grace for overdue borrowers, as the committee's rules (เกณฑ์ผ่อนผันการชำระคืนเงินยืม กข.คจ.).

The village and target-household database report annexed to the B.E. 2553 regulation counts borrowers in
default "outside the grace criteria" (ไม่อยู่ในเกณฑ์ผ่อนผัน), so the regulation knows a grace notion
[secondary: the report's columns as copied by a public กข.คจ. application]. Its conditions were not read, so
chumchon takes them from the village committee as data (:class:`GraceRule`):

* ``days_allowed``: an overdue loan stays within grace while its oldest unpaid instalment is at most this many
  days late (0: no automatic grace);
* ``extensions``: grace the committee granted a named loan by resolution, up to a date (ผ่อนผันเป็นราย ๆ).

Each loan then has one :class:`Standing`: not overdue, overdue within grace, or in default.

>>> from datetime import date
>>> rule = GraceRule(days_allowed=30, extensions=[GraceExtension(loan_id="2568/02", granted_on=date(2026, 7, 1),
...     until=date(2026, 12, 31), reference="มติครั้งที่ 4/2569")])
>>> grace_standing(loan_id="2568/02", outstanding=10000, overdue=10000, days_past_due=120, as_of=date(2026, 9, 30),
...                grace=rule).standing
<Standing.IN_GRACE: 'in_grace'>
>>> grace_standing(loan_id="2568/09", outstanding=10000, overdue=2500, days_past_due=31, as_of=date(2026, 9, 30),
...                grace=rule).standing
<Standing.IN_DEFAULT: 'in_default'>
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import (
    DateLike,
    MoneyLike,
    ParsableEnum,
    date_value,
    instance,
    items,
    money,
    optional,
    text,
    whole_number,
)
from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._checks import check_overdue_within_outstanding
from chumchon.mapping import Mappable, ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.rules import Source, Status, kkkj_2553
from chumchon.rules.kkkj_2553 import COMMITTEE_SOURCE
from chumchon.thai import format_date

__all__ = [
    "GRACE_NOTION_SOURCE",
    "GraceExtension",
    "GraceRule",
    "GraceStanding",
    "Standing",
    "grace_standing",
]

#: Where the grace notion itself comes from: the database report's column (secondary).
GRACE_NOTION_SOURCE: Source = kkkj_2553.INSTRUMENT.source_named("grace_notion")


class Standing(ParsableEnum):
    """Where a loan stands on a date (สถานะการชำระคืน).

    * ``NOT_OVERDUE``: nothing past due (ไม่ค้างชำระ), a fully repaid loan included;
    * ``IN_GRACE``: overdue but within the committee's grace criteria (ค้างชำระแต่อยู่ในเกณฑ์ผ่อนผัน);
    * ``IN_DEFAULT``: overdue outside the grace criteria (ค้างชำระไม่อยู่ในเกณฑ์ผ่อนผัน).
    """

    NOT_OVERDUE = "not_overdue"
    IN_GRACE = "in_grace"
    IN_DEFAULT = "in_default"

    @property
    def label(self) -> Message:
        """The standing in Thai and English."""
        return _LABELS[self]


_LABELS = {
    Standing.NOT_OVERDUE: Message("ไม่ค้างชำระ", "not overdue"),
    Standing.IN_GRACE: Message("ค้างชำระแต่อยู่ในเกณฑ์ผ่อนผัน", "overdue within grace"),
    Standing.IN_DEFAULT: Message("ค้างชำระไม่อยู่ในเกณฑ์ผ่อนผัน", "in default (outside grace)"),
}


def _loan_id(value: str) -> str:
    return text(value, "loan_id")


def _granted_on(value: DateLike) -> date:
    return date_value(value, "granted_on")


def _until(value: DateLike) -> date:
    return date_value(value, "until")


def _days_allowed(value: int) -> int:
    return whole_number(value, "days_allowed", minimum=0)


@attrs.frozen(kw_only=True)
class GraceExtension:
    """Grace the committee granted one loan by resolution (มติผ่อนผันรายสัญญา).

    Attributes:
        loan_id: the contract number.
        granted_on: the date of the resolution; grace applies from it.
        until: the last day of grace (on or after ``granted_on``).
        reason: why (illness, flood, a failed harvest...), for the record.
        reference: where the resolution is recorded.
    """

    loan_id: str = attrs.field(converter=_loan_id)
    granted_on: date = attrs.field(converter=_granted_on)
    until: date = attrs.field(converter=_until)
    reason: str = ""
    reference: str = ""

    @until.validator
    def _check_until(self, _attribute: object, value: date) -> None:
        if value < self.granted_on:
            raise InvalidInputError(
                th=f"วันสิ้นสุดการผ่อนผัน {value} ต้องไม่ก่อนวันที่มีมติ {self.granted_on}",
                en=f"grace cannot end ({value}) before it was granted ({self.granted_on})",
                field="until",
                value=value,
            )

    def covers(self, loan_id: str, day: date) -> bool:
        """True when this extension is for ``loan_id`` and ``day`` falls within it."""
        return loan_id == self.loan_id and self.granted_on <= day <= self.until


def _extensions(values: Iterable[GraceExtension]) -> tuple[GraceExtension, ...]:
    return items(values, "extensions", GraceExtension, "การผ่อนผัน (GraceExtension)", "GraceExtension objects")


@attrs.frozen(kw_only=True)
class GraceRule(Mappable):
    """The village committee's grace criteria (เกณฑ์ผ่อนผันตามมติคณะกรรมการ). No defaults: the regulation's own
    conditions were not read, so the committee's decision is the rule. An input document
    (``chumchon.grace_rule``).

    Attributes:
        days_allowed: days an instalment may be late and the loan still count as within grace (0 or more).
        extensions: grace granted to named loans by resolution.
        reference: where the committee's grace rule is recorded (minutes, date).
    """

    days_allowed: int = attrs.field(converter=_days_allowed)
    extensions: tuple[GraceExtension, ...] = attrs.field(default=(), converter=_extensions)
    reference: str = ""

    @property
    def source(self) -> Source:
        """The committee's decision as a :class:`~chumchon.rules.Source`."""
        note = f"{COMMITTEE_SOURCE.note}; grace criteria"
        if self.reference:
            note += f"; {self.reference}"
        return attrs.evolve(COMMITTEE_SOURCE, note=note)

    def extension_for(self, loan_id: str, day: date) -> GraceExtension | None:
        """The extension covering ``loan_id`` on ``day`` (the one ending last), or ``None``."""
        covering = [e for e in self.extensions if e.covers(loan_id, day)]
        return max(covering, key=lambda e: e.until) if covering else None


@attrs.frozen(kw_only=True)
class GraceStanding(ResultMappable):
    """A loan's standing on a date, and why (a result document, ``chumchon.grace_standing``).

    A standing that contradicts its own amounts cannot be built: not overdue exactly when nothing is past due,
    overdue at most the outstanding principal, and an extension only for this loan, covering the date, and
    only with the standing in grace.

    Attributes:
        loan_id: the contract number.
        as_of: the date.
        standing: not overdue, in grace, or in default.
        outstanding: principal still owed.
        overdue: principal past due.
        days_past_due: days the oldest unpaid instalment is late (``None`` when not known).
        reason: why, in Thai and English.
        source: the committee's grace rule.
        status: how sure the library is: the rule is the committee's own decision (confirmed as its data).
        extension: the committee's extension that put the loan in grace, if one did.
    """

    loan_id: str
    as_of: date
    standing: Standing
    outstanding: Decimal
    overdue: Decimal
    days_past_due: int | None
    reason: Message
    source: Source
    status: Status = Status.CONFIRMED
    extension: GraceExtension | None = None

    def _check_consistency(self) -> None:
        if self.overdue > self.outstanding:
            raise inconsistent(
                self,
                "overdue",
                f"เงินต้นค้างชำระ {self.overdue} มากกว่าเงินต้นคงเหลือ {self.outstanding} ไม่ได้",
                f"the overdue principal {self.overdue} cannot exceed the outstanding principal {self.outstanding}",
                self.overdue,
            )
        if (self.standing is Standing.NOT_OVERDUE) != (self.overdue == 0):
            raise inconsistent(
                self,
                "standing",
                "สถานะไม่ค้างชำระใช้ได้เฉพาะเมื่อไม่มีเงินต้นค้างชำระ และใช้ทุกครั้งที่ไม่มี",
                "a loan is not overdue exactly when no principal is past due",
                self.standing,
            )
        extension = self.extension
        if extension is not None and (
            self.standing is not Standing.IN_GRACE or not extension.covers(self.loan_id, self.as_of)
        ):
            raise inconsistent(
                self,
                "extension",
                "มติผ่อนผันต้องเป็นของสัญญานี้ ครอบคลุมวันที่ และสถานะต้องเป็นค้างชำระในเกณฑ์ผ่อนผัน",
                "an extension must be this loan's, cover the date, and put the loan in grace",
                extension.loan_id,
            )

    @property
    def in_grace(self) -> bool:
        """True when the loan is overdue but within grace."""
        return self.standing is Standing.IN_GRACE

    def __repr__(self) -> str:
        return f"<GraceStanding {self.loan_id} {self.as_of}: {self.standing.value}, overdue {self.overdue}>"


def _days(value: object) -> int | None:
    return optional(whole_number, value, "days_past_due", minimum=0)


def grace_standing(
    *,
    loan_id: str,
    outstanding: MoneyLike,
    overdue: MoneyLike,
    days_past_due: int | None,
    as_of: DateLike,
    grace: GraceRule,
) -> GraceStanding:
    """Where a loan stands under the committee's grace rule.

    Not overdue when nothing is past due; in grace when a committee extension covers ``as_of`` or the oldest
    unpaid instalment is at most ``grace.days_allowed`` days late; in default otherwise.

    Args:
        loan_id: the contract number.
        outstanding: principal still owed.
        overdue: principal past due (at most ``outstanding``).
        days_past_due: days the oldest unpaid instalment is late; may be ``None`` only when the rule allows no
            days (``days_allowed=0``) or an extension decides.
        as_of: the date.
        grace: the committee's :class:`GraceRule`.

    Raises:
        InvalidInputError: a bad amount or rule, overdue above outstanding, or ``days_past_due`` missing where
            the rule needs it.
    """
    loan_id = text(loan_id, "loan_id")
    owed = money(outstanding, "outstanding")
    late = money(overdue, "overdue")
    check_overdue_within_outstanding(owed, late)
    days = _days(days_past_due)
    day = date_value(as_of, "as_of")
    grace = instance(grace, "grace", GraceRule)
    source = grace.source

    def standing(kind: Standing, reason: Message, extension: GraceExtension | None = None) -> GraceStanding:
        return GraceStanding(
            loan_id=loan_id,
            as_of=day,
            standing=kind,
            outstanding=owed,
            overdue=late,
            days_past_due=days,
            reason=reason,
            source=source,
            extension=extension,
        )

    if late == 0:
        return standing(Standing.NOT_OVERDUE, Message("ไม่มีงวดค้างชำระ", "no instalment is past due"))
    extension = grace.extension_for(loan_id, day)
    if extension is not None:
        ref = f" ({extension.reference})" if extension.reference else ""
        return standing(
            Standing.IN_GRACE,
            Message(
                f"คณะกรรมการผ่อนผันถึงวันที่ {format_date(extension.until)}{ref}",
                f"the committee granted grace until {extension.until}{ref}",
            ),
            extension,
        )
    if days is None:
        if grace.days_allowed == 0:
            days_text = Message("ค้างชำระ", "overdue")
        else:
            raise InvalidInputError(
                th=f"ต้องระบุจำนวนวันที่ค้างชำระของสัญญา {loan_id} เพื่อใช้เกณฑ์ผ่อนผัน {grace.days_allowed} วัน",
                en=f"days_past_due of loan {loan_id} is needed to apply the {grace.days_allowed}-day grace rule",
                field="days_past_due",
                value=None,
            )
    else:
        days_text = Message(f"ค้างชำระ {days} วัน", f"{days} days late")
    if days is not None and days <= grace.days_allowed:
        return standing(
            Standing.IN_GRACE,
            Message(
                f"{days_text.th} ไม่เกินเกณฑ์ผ่อนผัน {grace.days_allowed} วัน",
                f"{days_text.en}, within the {grace.days_allowed}-day grace",
            ),
        )
    return standing(
        Standing.IN_DEFAULT,
        Message(
            f"{days_text.th} เกินเกณฑ์ผ่อนผัน {grace.days_allowed} วัน และไม่มีมติผ่อนผัน",
            f"{days_text.en}, beyond the {grace.days_allowed}-day grace, with no extension",
        ),
    )
