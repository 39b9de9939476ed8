"""The outcome of a review (ผลการพิจารณาคำขอยืมเงิน กข.คจ.): one result per criterion, what is still pending, and
its table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NoReturn

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans.kkkj._checks import first_repeat
from chumchon.loans.kkkj._committee import OpenLoanRule
from chumchon.loans.kkkj._factors import (
    DISTRICT_PAGES_SOURCE,
    FACTOR_STATUS,
    OFFICER_STATUS,
    TAMBON_OFFICER_SOURCE,
    FactorFinding,
    OfficerOpinion,
    ReviewFactor,
)
from chumchon.loans.kkkj._regulation import FUND_BOOKS_SOURCE
from chumchon.loans.kkkj._request import LoanRequest
from chumchon.loans.kkkj._tables import make_table
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.rules import Source, Status
from chumchon.tables import Column, Table, Tabular
from chumchon.thai import format_date

__all__ = ["CriterionResult", "ReviewResult"]

#: The criteria of every review, in order; the committee's recorded factor findings follow them.
REVIEW_CRITERIA = (
    "target_household",
    "purpose",
    "ceiling",
    "fund_cash",
    "installments",
    "term",
    "other_open_loans",
)
#: The criteria that come from the committee's decisions (one source, confirmed).
_COMMITTEE_CRITERIA = ("ceiling", "term", "other_open_loans")
#: The criteria that compare a figure of the request with a limit: passed when the figure is within it.
_WITHIN = ("ceiling", "fund_cash", "installments", "term")


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

    A review whose parts disagree is refused (:class:`~chumchon.errors.InvalidInputError`), built directly,
    read from a document or changed by ``attrs.evolve``: criteria other than the review's seven in order
    followed by one per recorded factor, a verdict that does not follow from its figure and limit, the
    committee's finding or its rule, a figure that is not the request's, provisional values that are not the
    provisional criteria, or an opinion dated before the request.
    """

    request: LoanRequest
    as_of: date
    criteria: tuple[CriterionResult, ...]
    provisional: tuple[str, ...]
    factors: tuple[FactorFinding, ...] = ()
    officer_opinion: OfficerOpinion | None = None

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The criteria are the review's fixed ones, then one per recorded factor; each verdict follows from its
        # figures, the committee's finding or its rule, each criterion's figure is the request's, and the
        # sources and statuses the review fixes are the ones it carries (review_request builds it so).
        def refuse(field: str, th: str, en: str, value: object) -> NoReturn:
            raise inconsistent(self, field, th, en, value)

        keys = tuple(c.key for c in self.criteria)
        twice = first_repeat(keys)
        if twice is not None:
            refuse("criteria", f"เกณฑ์ {twice!r} ซ้ำกัน", f"the criterion {twice!r} appears twice", twice)
        recorded = [f.factor for f in self.factors]
        if recorded != [factor for factor in ReviewFactor if factor in recorded]:
            refuse(
                "factors",
                "ข้อพิจารณาแต่ละข้อบันทึกได้ครั้งเดียว เรียงตามลำดับ ReviewFactor",
                "each factor is recorded once, in the order of ReviewFactor",
                [factor.value for factor in recorded],
            )
        expected = (*REVIEW_CRITERIA, *(factor.value for factor in recorded))
        if keys != expected:
            refuse(
                "criteria",
                f"เกณฑ์ต้องเป็น {', '.join(expected)} ตามลำดับ (เกณฑ์ของการพิจารณา แล้วผลการพิจารณาของคณะกรรมการแต่ละข้อที่บันทึก)",
                f"the criteria must be {', '.join(expected)}, in this order (the review's criteria, then one per "
                "factor the committee recorded)",
                keys,
            )
        for finding, criterion in zip(self.factors, self.criteria[len(REVIEW_CRITERIA) :], strict=True):
            if bool(criterion.passed) != finding.favourable:
                refuse(
                    "criteria",
                    f"เกณฑ์ {criterion.key} ต้องผ่านเฉพาะเมื่อคณะกรรมการเห็นว่าเป็นผลดี",
                    f"the criterion {criterion.key} must pass exactly when the committee's finding is favourable",
                    criterion.passed,
                )
            if (criterion.reason, criterion.source, criterion.status) != (
                Message(finding.note, finding.note),
                DISTRICT_PAGES_SOURCE,
                FACTOR_STATUS,
            ):
                refuse(
                    "criteria",
                    f"เกณฑ์ {criterion.key} ต้องมีบันทึกของคณะกรรมการเป็นเหตุผล และอ้างหน้าเว็บของอำเภอ",
                    f"the criterion {criterion.key} must give the committee's note as its reason and cite the "
                    "district pages",
                    criterion.reason,
                )
        by_key = dict(zip(keys, self.criteria, strict=True))
        committee = [by_key[key] for key in _COMMITTEE_CRITERIA]
        if len({c.source for c in committee}) != 1 or any(
            c.status is not Status.CONFIRMED for c in committee
        ):
            refuse(
                "criteria",
                "เกณฑ์ของคณะกรรมการ (ceiling, term, other_open_loans) ต้องอ้างมติเดียวกันของคณะกรรมการ สถานะยืนยันแล้ว",
                "the committee's criteria (ceiling, term, other_open_loans) must cite its one decision, confirmed",
                [c.source.cite("en") for c in committee],
            )
        cash = by_key["fund_cash"]
        if (cash.source, cash.status) != (FUND_BOOKS_SOURCE, Status.CONFIRMED):
            refuse(
                "criteria",
                "เกณฑ์ fund_cash ต้องอ้างบัญชีของกองทุน สถานะยืนยันแล้ว",
                "the criterion fund_cash must cite the fund's books, confirmed",
                cash.source.cite("en"),
            )
        request = self.request
        figures = {
            "target_household": request.household.income_per_person,
            "purpose": request.purpose.value,
            "ceiling": request.amount,
            "fund_cash": request.amount,
            "installments": request.installments,
            "term": request.term_months,
        }
        for key, value in figures.items():
            if by_key[key].actual != value:
                refuse(
                    "criteria",
                    f"ค่าที่พบของเกณฑ์ {key} ต้องเป็นค่าของคำขอ ({value})",
                    f"the criterion {key}'s actual value must be the request's ({value})",
                    by_key[key].actual,
                )
        for key in (*_WITHIN, "target_household"):
            criterion = by_key[key]
            limit, actual = criterion.limit, criterion.actual
            if not (isinstance(limit, (int, Decimal)) and isinstance(actual, (int, Decimal))):
                refuse(
                    "criteria",
                    f"เกณฑ์ {key} ต้องมีเพดานเป็นตัวเลข",
                    f"the criterion {key} must have a numeric limit",
                    limit,
                )
            passed = actual < limit if key == "target_household" else actual <= limit
            if bool(criterion.passed) != passed:
                rule_th, rule_en = ("ต่ำกว่า", "below") if key == "target_household" else ("ไม่เกิน", "within")
                refuse(
                    "criteria",
                    f"เกณฑ์ {key} ผ่านเฉพาะเมื่อค่าที่พบ{rule_th}เพดาน",
                    f"the criterion {key} passes exactly when its actual value is {rule_en} its limit",
                    criterion.passed,
                )
        loans = by_key["other_open_loans"]
        rules = {rule.value: rule for rule in OpenLoanRule}
        rule = rules.get(loans.limit) if isinstance(loans.limit, str) else None
        if (
            rule is None
            or (rule is OpenLoanRule.ALLOWED and not loans.passed)
            or (rule is OpenLoanRule.NONE_ALLOWED and bool(loans.passed) != (loans.actual == 0))
            or (loans.actual == 0 and not loans.passed)  # no open loan, so none is overdue
        ):
            refuse(
                "criteria",
                "ผลของเกณฑ์ other_open_loans ต้องเป็นไปตามมติคณะกรรมการและจำนวนหนี้ที่ค้างอยู่",
                "the criterion other_open_loans must follow from the committee's rule and the open loans",
                loans.passed,
            )
        provisional = tuple(sorted({c.key for c in self.criteria if c.status is Status.PROVISIONAL}))
        if self.provisional != provisional:
            refuse(
                "provisional",
                "ค่าชั่วคราวต้องเป็นเกณฑ์ที่มีสถานะชั่วคราว เรียงตามชื่อ",
                "the provisional values must be the criteria of provisional status, sorted",
                self.provisional,
            )
        opinion = self.officer_opinion
        if opinion is not None and opinion.given_on < request.requested_on:
            refuse(
                "officer_opinion",
                "วันที่ให้ความเห็นต้องไม่ก่อนวันที่ยื่นคำขอ",
                "the opinion's date must not be before the request's",
                opinion.given_on,
            )

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
