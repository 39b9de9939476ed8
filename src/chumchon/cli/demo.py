"""``chumchon demo``: the main job of a district office, worked on the library's built-in training data.

The words are data (:mod:`chumchon.cli._demo_text`); this module only asks the library for the figures and
fills them in: a savings group's annual close, a กข.คจ. loan from the request to the end of the fiscal year,
and the group's SSG assessment from its close.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from chumchon import __version__
from chumchon.cli._demo_text import GROUP_FACTS, TEXT
from chumchon.cli._options import Command, add_digits, add_lang
from chumchon.cli._output import to_digits
from chumchon.messages import Message
from chumchon.tables import Table

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.savings import AnnualClose

__all__ = ["COMMAND", "demo_text"]


class _Doc:
    """The demo's text in one language: sentences from :data:`TEXT`, Thai dates and baht in words where a
    document has them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.lines: list[str] = []

    def say(self, key: str, **values: object) -> str:
        th, en = TEXT[key]
        return (th if self.language == "th" else en).format(**values)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def heading(self, key: str, **values: object) -> None:
        self.add("", "=" * 72, self.say(key, **values), "=" * 72)

    def table(self, table: Table) -> None:
        self.add(*table.to_text(language=self.language).splitlines())

    def day(self, value: date) -> str:
        from chumchon.thai import format_date

        if self.language == "th":
            return format_date(value, "long")
        return f"{value.day} {value:%B} {value.year}"

    def baht(self, amount: Decimal | int) -> str:
        """``1,234.50 บาท (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์)``: figures and words, as documents do."""
        from chumchon.thai import bahttext, format_baht

        if self.language == "th":
            return f"{format_baht(amount)} ({bahttext(amount)})"
        return f"{format_baht(amount, unit='baht')} ({bahttext(amount, language='en')})"

    def figure(self, amount: Decimal | int) -> str:
        """An amount in figures only (``1,234.50`` in Thai, ``1,234.50 baht`` in English)."""
        from chumchon.thai import format_baht

        return format_baht(amount) if self.language == "th" else format_baht(amount, unit="baht")


def _savings(doc: _Doc) -> AnnualClose:
    from chumchon.savings.examples import training_group

    close = training_group().close()
    year = close.group
    doc.heading("savings.heading")
    doc.add(
        doc.say(
            "savings.group", name=year.name, members=len(year.members), start=doc.day(year.fiscal_year_start)
        ),
        "",
    )
    doc.add(*close.to_text(language=doc.language).splitlines())
    doc.add("", doc.say("savings.summary"), doc.say("savings.net_profit", amount=doc.baht(close.net_profit)))
    if close.dividends is not None:
        doc.add(doc.say("savings.dividends", amount=doc.baht(close.dividends.total)))
    if close.rebates is not None:
        doc.add(doc.say("savings.rebates", amount=doc.baht(close.rebates.total)))
    return close


def _kkkj_review(doc: _Doc) -> None:
    from chumchon.loans.kkkj import TRAINING_CASE, review_request

    case = TRAINING_CASE
    village, request, household = case.village, case.request, case.household
    doc.heading(
        "kkkj.heading",
        village=village.name,
        tambon=village.tambon,
        district=village.district,
        province=village.province,
    )
    review = review_request(request, committee=case.committee, fund_cash=case.fund_cash)
    passed = sum(1 for c in review.criteria if c.passed)
    doc.add(
        doc.say("kkkj.review"),
        doc.say("kkkj.requested_on", day=doc.day(request.requested_on)),
        doc.say(
            "kkkj.borrower",
            head=household.head_name,
            household=household.household_id,
            members=household.members,
            income=doc.figure(household.annual_income),
        ),
        doc.say("kkkj.amount", amount=doc.baht(request.amount)),
        doc.say("kkkj.purpose", purpose=request.purpose.label.get(doc.language), project=request.project),
        doc.say("kkkj.repayment", installments=request.installments, months=request.term_months),
        doc.say(
            "kkkj.approved" if review.approved else "kkkj.refused",
            passed=passed,
            criteria=len(review.criteria),
        ),
    )
    for criterion in review.criteria:
        mark = doc.say("kkkj.passed" if criterion.passed else "kkkj.failed")
        doc.add(f"    [{mark}] {criterion.title.get(doc.language)}: {criterion.reason.get(doc.language)}")
    if review.provisional:
        named = [c.title.get(doc.language) for c in review.criteria if c.key in review.provisional]
        doc.add(doc.say("kkkj.provisional", criteria=", ".join(named)))
    doc.add(doc.say("kkkj.reference", reference=case.committee.reference), "")


def _kkkj_repayment(doc: _Doc) -> None:
    from chumchon.loans.kkkj import TRAINING_CASE, loan_status

    case = TRAINING_CASE
    schedule = case.schedule
    # One heading: the schedule's own title says when the money was paid out.
    title = doc.say("kkkj.schedule_title", day=doc.day(schedule.disbursed_on))
    table = schedule.to_table()
    doc.table(Table(columns=table.columns, rows=table.rows, title=Message(title, title)))
    doc.add(doc.say("kkkj.schedule_total", amount=doc.baht(schedule.total_payment)), "")

    late = loan_status(schedule, case.payments, as_of=case.late_check_date, committee=case.committee)
    first = late.installments[0]
    if late.penalty_due:
        fee = doc.say("kkkj.late_fee", amount=doc.baht(late.penalty_due))
    elif case.committee.late_fee is None:
        fee = doc.say("kkkj.no_late_fee_set")
    else:
        fee = doc.say("kkkj.no_late_fee_yet")
    doc.add(
        doc.say("kkkj.late"),
        doc.say(
            "kkkj.unpaid",
            day=doc.day(late.as_of),
            number=first.number,
            due=doc.day(first.due_date),
            overdue=doc.baht(late.overdue_principal),
            days=late.days_past_due,
            fee=fee,
        ),
    )
    for payment in case.payments:
        doc.add(doc.say("kkkj.received", day=doc.day(payment.date), amount=doc.baht(payment.amount)))
    now = loan_status(schedule, case.payments, as_of=case.report_date, committee=case.committee)
    settled = now.installments[0]
    if settled.paid_on is not None:
        doc.add(
            doc.say(
                "kkkj.settled", number=settled.number, day=doc.day(settled.paid_on), days=settled.days_late
            )
        )
    doc.add(
        doc.say(
            "kkkj.year_end_overdue" if now.overdue_principal else "kkkj.year_end_clear",
            day=doc.day(now.as_of),
            outstanding=doc.baht(now.outstanding_principal),
            overdue=doc.baht(now.overdue_principal),
        )
    )
    doc.table(now.to_table())
    doc.add(*(doc.say("warning", message=finding.message.get(doc.language)) for finding in now.findings))


def _assessment(doc: _Doc, close: Any) -> None:
    from chumchon.assessment import GroupFacts, assess, ssg

    result = assess(ssg.RUBRIC, GroupFacts.from_results(close=close, **GROUP_FACTS))
    doc.heading("assessment.heading")
    doc.add(doc.say("assessment.sources"), "")
    doc.add(*result.explain(doc.language).splitlines())
    plan = result.improvement_plan().items
    if plan:
        doc.add("", doc.say("assessment.plan"))
        doc.add(*(f"  {item.rank}. {item.result.code} {item.advice.get(doc.language)}" for item in plan))


def demo_text(language: str = "th") -> str:
    """The whole demo as text: a savings group's year, a กข.คจ. loan and an SSG assessment (training data)."""
    doc = _Doc(language)
    doc.add(doc.say("title", version=__version__))
    close = _savings(doc)
    _kkkj_review(doc)
    _kkkj_repayment(doc)
    _assessment(doc, close)
    doc.add("", doc.say("closing"))
    return "\n".join(doc.lines)


def run(args: argparse.Namespace) -> str:
    return to_digits(demo_text(args.lang), args.digits)


def setup(parser: argparse.ArgumentParser) -> None:
    add_lang(parser)
    add_digits(parser)


COMMAND = Command(
    "demo",
    "ตัวอย่างงานหลักบนข้อมูลสมมุติ: ปิดบัญชีกลุ่มออมทรัพย์ เงินยืม กข.คจ. และการประเมิน SSG / the main job, "
    "worked on built-in training data",
    "chumchon demo",
    "chumchon demo --lang en",
    setup=setup,
    run=run,
)
