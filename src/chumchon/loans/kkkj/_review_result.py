"""The outcome of a review (ผลการพิจารณาคำขอยืมเงิน กข.คจ.): one result per criterion, what is still pending, and
its table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._factors import (
    DISTRICT_PAGES_SOURCE,
    FACTOR_STATUS,
    OFFICER_STATUS,
    TAMBON_OFFICER_SOURCE,
    FactorFinding,
    OfficerOpinion,
    ReviewFactor,
)
from chumchon.loans.kkkj._request import LoanRequest
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import ResultMappable
from chumchon.messages import Message
from chumchon.rules import Source, Status
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["CriterionResult", "ReviewResult"]


@attrs.frozen(kw_only=True)
class CriterionResult:
    """One criterion of a review: passed or failed, why, and on whose authority.

    Attributes:
        key: a stable identifier, e.g. ``"purpose"``.
        title: the criterion in Thai and English.
        passed: whether the request meets it.
        reason: why, in Thai and English.
        source: the instrument or decision the criterion comes from.
        status: how sure the library is of that source's value.
        limit: the value allowed, where there is one.
        actual: the value found.
    """

    key: str
    title: Message
    passed: bool
    reason: Message
    source: Source
    status: Status
    limit: Decimal | int | str | None = None
    actual: Decimal | int | str | None = None


_COLUMNS: tuple[Column, ...] = (
    Column("criterion", "เกณฑ์", "Criterion"),
    Column("passed", "ผ่าน", "Passed", "bool"),
    Column("reason", "เหตุผล", "Reason"),
    Column("source", "ที่มา", "Source"),
    Column("status", "สถานะข้อมูล", "Status"),
)


@attrs.frozen(kw_only=True)
class ReviewResult(Tabular, ResultMappable):
    """The outcome of :func:`review_request`: one entry per criterion.

    Attributes:
        request: the request reviewed.
        as_of: the date the rules were taken from.
        criteria: each criterion's result, in a fixed order; the committee's recorded findings on the three
            factors come last, one criterion each (keyed by the :class:`ReviewFactor` value).
        provisional: names of provisional values the outcome relied on.
        factors: the committee's findings on the three factors, in the order of :class:`ReviewFactor`.
        officer_opinion: the tambon development officer's opinion, when recorded.
    """

    request: LoanRequest
    as_of: date
    criteria: tuple[CriterionResult, ...]
    provisional: tuple[str, ...]
    factors: tuple[FactorFinding, ...] = ()
    officer_opinion: OfficerOpinion | None = None

    @property
    def approved(self) -> bool:
        """True when every criterion passed, the recorded factor findings included (the committee still
        decides; this is the check). See :attr:`ready_for_chair` for whether the file is complete."""
        return all(c.passed for c in self.criteria)

    @property
    def pending(self) -> tuple[str, ...]:
        """What is not yet on file: factors the committee has not recorded, and ``"officer_opinion"``."""
        recorded = {f.factor for f in self.factors}
        missing = [factor.value for factor in ReviewFactor if factor not in recorded]
        if self.officer_opinion is None:
            missing.append("officer_opinion")
        return tuple(missing)

    @property
    def ready_for_chair(self) -> bool:
        """True when every criterion passed and nothing is pending: the three factors are recorded and the
        tambon development officer has given an opinion, so the chair can decide."""
        return self.approved and not self.pending

    @property
    def failed(self) -> tuple[CriterionResult, ...]:
        """The criteria that failed."""
        return tuple(c for c in self.criteria if not c.passed)

    def criterion(self, key: str) -> CriterionResult:
        """The result of the criterion ``key`` (e.g. ``"purpose"``)."""
        for item in self.criteria:
            if item.key == key:
                return item
        raise InvalidInputError(
            th=f"ไม่มีเกณฑ์ชื่อ {key!r}",
            en=f"no criterion named {key!r}; known: {', '.join(c.key for c in self.criteria)}",
            field="key",
            value=key,
        )

    def to_table(self) -> Table:
        """Each criterion with its outcome, reason, source and status."""
        rows: list[tuple[object, ...]] = [
            (c.title, c.passed, c.reason, Message(c.source.cite("th"), c.source.cite("en")), c.status.value)
            for c in self.criteria
        ]
        cited = Message(DISTRICT_PAGES_SOURCE.cite("th"), DISTRICT_PAGES_SOURCE.cite("en"))
        recorded = {f.factor for f in self.factors}
        for factor in ReviewFactor:
            if factor not in recorded:
                rows.append(
                    (
                        factor.label,
                        None,
                        Message("คณะกรรมการยังไม่ได้บันทึกผลการพิจารณา", "not yet recorded by the committee"),
                        cited,
                        FACTOR_STATUS.value,
                    )
                )
        rows.append(_opinion_row(self.officer_opinion))
        title = Message(
            f"ผลการพิจารณาคำขอยืมเงินของครัวเรือน {self.request.household.household_id}",
            f"review of the request of household {self.request.household.household_id}",
        )
        return make_table(_COLUMNS, rows, title)

    def __repr__(self) -> str:
        passed = sum(c.passed for c in self.criteria)
        failed = [c.key for c in self.criteria if not c.passed]
        return (
            f"<ReviewResult {self.request.household.household_id} {self.request.amount} baht: "
            f"{passed}/{len(self.criteria)} passed, failed={failed}>"
        )


def _opinion_row(opinion: OfficerOpinion | None) -> tuple[object, ...]:
    title = Message("ความเห็นพัฒนากรผู้รับผิดชอบตำบล", "the tambon development officer's opinion")
    cited = Message(TAMBON_OFFICER_SOURCE.cite("th"), TAMBON_OFFICER_SOURCE.cite("en"))
    if opinion is None:
        reason = Message("ยังไม่ได้รับความเห็น", "no opinion on file yet")
        return (title, None, reason, cited, OFFICER_STATUS.value)
    verb = (
        Message("เห็นควรให้ยืม", "supports the loan")
        if opinion.supports
        else Message("ไม่เห็นควรให้ยืม", "does not support the loan")
    )
    note = f": {opinion.note}" if opinion.note else ""
    reason = Message(
        f"{opinion.officer} {verb.th} (วันที่ {format_date(opinion.given_on)}){note}",
        f"{opinion.officer} {verb.en} ({opinion.given_on}){note}",
    )
    return (title, opinion.supports, reason, cited, OFFICER_STATUS.value)
