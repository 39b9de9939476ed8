"""Comparing two assessment rounds of the same rubric: what improved, worsened, was added or removed."""

from __future__ import annotations

import attrs

from chumchon._checks import ParsableEnum
from chumchon.assessment._common import table
from chumchon.assessment.evaluate import Assessment
from chumchon.assessment.results import CriterionResult, Outcome
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.tables import Column, Table, Tabular

__all__ = ["Change", "CriterionChange", "RoundComparison", "compare"]


class Change(ParsableEnum):
    """How a criterion changed between two rounds."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    NEWLY_ASSESSED = "newly_assessed"
    NO_LONGER_ASSESSED = "no_longer_assessed"
    UNCHANGED = "unchanged"
    ADDED = "added"
    REMOVED = "removed"

    @property
    def label(self) -> Message:
        """The change in Thai and English."""
        return {
            "improved": Message("ดีขึ้น (ผ่านแล้ว)", "improved (now passed)"),
            "worsened": Message("แย่ลง (ไม่ผ่านแล้ว)", "worsened (no longer passed)"),
            "newly_assessed": Message("ประเมินได้แล้ว แต่ยังไม่ผ่าน", "now assessed, not passed"),
            "no_longer_assessed": Message("ขาดข้อมูล ประเมินไม่ได้", "data missing now"),
            "unchanged": Message("เหมือนเดิม", "unchanged"),
            "added": Message("เกณฑ์ใหม่", "new criterion"),
            "removed": Message("เกณฑ์ถูกตัดออก", "criterion removed"),
        }[self.value]


@attrs.frozen(kw_only=True)
class CriterionChange:
    """One criterion across two rounds."""

    code: str
    title: Message
    before: CriterionResult | None
    after: CriterionResult | None
    change: Change


def _same(got: object, expected: CriterionResult | None) -> bool:
    return got is expected or got == expected


def _change(before: CriterionResult | None, after: CriterionResult | None) -> Change:
    if before is None:
        return Change.ADDED
    if after is None:
        return Change.REMOVED
    b, a = before.outcome, after.outcome
    if b is a:
        return Change.UNCHANGED
    if a is Outcome.NOT_ASSESSED:
        return Change.NO_LONGER_ASSESSED  # missing data is not a worsening
    if a is Outcome.PASSED:
        return Change.IMPROVED
    return Change.WORSENED if b is Outcome.PASSED else Change.NEWLY_ASSESSED


@attrs.frozen(kw_only=True)
class RoundComparison(Tabular, ResultMappable):
    """What changed between two assessment rounds of the same rubric (e.g. "passed S in the second round").

    The changes must be the ones the two rounds give (one per criterion, the second round's first, with both
    results and the change and title they make), and the rounds of one rubric id; otherwise
    :class:`~chumchon.errors.InvalidInputError`.
    """

    before: Assessment
    after: Assessment
    changes: tuple[CriterionChange, ...]

    def _check_consistency(self) -> None:
        # The two rounds check themselves; the changes must be the ones they give: one per criterion, the
        # second round's in its order and then those only the first round had, each with both rounds' results
        # and the change they make. One pass, by code.
        before, after = self.before, self.after
        if before.rubric.id != after.rubric.id:
            raise inconsistent(
                self,
                "after",
                f"เปรียบเทียบได้เฉพาะแบบประเมินเดียวกัน ไม่ใช่ {before.rubric.id!r} กับ {after.rubric.id!r}",
                f"only rounds of the same rubric compare, not {before.rubric.id!r} and {after.rubric.id!r}",
                after.rubric.id,
            )
        first = {r.code: r for r in before.results}
        second = {r.code: r for r in after.results}
        codes = [r.code for r in after.results] + [c for c in first if c not in second]
        if len(self.changes) != len(codes):
            raise inconsistent(
                self,
                "changes",
                f"ต้องมีการเปลี่ยนแปลงหนึ่งรายการต่อเกณฑ์ของทั้งสองรอบ ({len(codes)} เกณฑ์)",
                f"there must be one change per criterion of either round ({len(codes)})",
                len(self.changes),
            )
        for place, (code, item) in enumerate(zip(codes, self.changes, strict=True), start=1):
            was, now = first.get(code), second.get(code)
            if (
                not isinstance(item, CriterionChange)
                or item.code != code
                or not _same(item.before, was)
                or not _same(item.after, now)
            ):
                raise inconsistent(
                    self,
                    "changes",
                    f"รายการที่ {place} ต้องเป็นของเกณฑ์ {code} พร้อมผลของเกณฑ์นั้นในรอบก่อนและรอบนี้",
                    f"change {place} must be of the criterion {code}, with its results in the two rounds",
                    getattr(item, "code", item),
                )
            expected = _change(was, now)
            if item.change is not expected:
                raise inconsistent(
                    self,
                    "changes",
                    f"เกณฑ์ {code} ต้องเป็น '{expected.label.th}' ตามผลของสองรอบ",
                    f"the criterion {code} must be '{expected.label.en}', as its two results give",
                    item.change,
                )
            shown = now if now is not None else was
            assert shown is not None  # every code is of one round or the other
            if item.title != shown.criterion.title:
                raise inconsistent(
                    self,
                    "changes",
                    f"ชื่อของเกณฑ์ {code} ต้องเป็นชื่อในรอบล่าสุดที่มีเกณฑ์นี้",
                    f"the title of {code} must be the one of the latest round that has it",
                    item.title,
                )

    @property
    def improved(self) -> tuple[str, ...]:
        """Codes of criteria that passed in the second round but not in the first."""
        return tuple(c.code for c in self.changes if c.change is Change.IMPROVED)

    @property
    def worsened(self) -> tuple[str, ...]:
        """Codes of criteria that passed in the first round but not in the second."""
        return tuple(c.code for c in self.changes if c.change is Change.WORSENED)

    @property
    def level_changed(self) -> bool:
        """True when the level differs between the rounds."""
        return self.before.level != self.after.level

    def __repr__(self) -> str:
        def lv(a: Assessment) -> str:
            return a.level.code if a.level else "none"

        return (
            f"<RoundComparison {self.after.rubric.id}: {self.before.outcome.value} → {self.after.outcome.value}, "
            f"level {lv(self.before)} → {lv(self.after)}, score {self.before.score} → {self.after.score}, "
            f"improved {list(self.improved)}, worsened {list(self.worsened)}>"
        )

    def to_table(self) -> Table:
        """One row per criterion: outcome and value before and after, and the change."""

        def cells(r: CriterionResult | None) -> tuple[Message, Message]:
            if r is None:
                return Message("-", "-"), Message("-", "-")
            return r.outcome.label, Message(r.value_text("th"), r.value_text("en"))

        rows = [(c.code, c.title, *cells(c.before), *cells(c.after), c.change.label) for c in self.changes]
        return table(
            columns=(
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("before", "ผลรอบก่อน", "Before"),
                Column("value_before", "ค่ารอบก่อน", "Value before"),
                Column("after", "ผลรอบนี้", "After"),
                Column("value_after", "ค่ารอบนี้", "Value after"),
                Column("change", "การเปลี่ยนแปลง", "Change"),
            ),
            rows=rows,
            title=Message("เปรียบเทียบผลการประเมินสองรอบ", "Two assessment rounds compared"),
        )


@in_decimal_context
def compare(before: Assessment, after: Assessment) -> RoundComparison:
    """Compare two rounds of the same rubric (by rubric id; the versions may differ).

    Criteria are matched by code; one present in only one round shows as added or removed.

    Raises:
        InvalidInputError: the two assessments use different rubrics.
    """
    for name, value in (("before", before), ("after", after)):
        if not isinstance(value, Assessment):
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็น Assessment",
                en=f"{name!r} must be an Assessment",
                field=name,
                value=value,
            )
    if before.rubric.id != after.rubric.id:
        raise InvalidInputError(
            th=f"เปรียบเทียบได้เฉพาะแบบประเมินเดียวกัน ไม่ใช่ {before.rubric.id!r} กับ {after.rubric.id!r}",
            en=f"only rounds of the same rubric can be compared, not {before.rubric.id!r} and {after.rubric.id!r}",
            field="after",
            value=after.rubric.id,
        )
    first = {r.code: r for r in before.results}
    second = {r.code: r for r in after.results}
    codes = [r.code for r in after.results] + [c for c in first if c not in second]
    changes = tuple(
        CriterionChange(
            code=code,
            title=(second.get(code) or first[code]).criterion.title,
            before=first.get(code),
            after=second.get(code),
            change=_change(first.get(code), second.get(code)),
        )
        for code in codes
    )
    return RoundComparison(before=before, after=after, changes=changes)
