"""What the shipped rubrics claim about their sources (issue: closer to the sources, no over-claims)."""

from __future__ import annotations

from chumchon.assessment import assess, kkkj_health, ssg
from chumchon.rules import Status


def test_ssg_structure_is_secondary_and_cites_the_dong_luang_field_report() -> None:
    report = ssg.SSG_FIELD_REPORT
    assert ssg.STRUCTURE_STATUS is Status.SECONDARY
    assert report.be_year == 2559 and "ดงหลวง" in report.title_th and "มุกดาหาร" in report.title_th
    assert report.note.startswith("secondary")
    assert "confirmed" not in ssg.SSG_PROJECT.note.replace("confirmed: the project", "")
    assert all(c.source == report and c.status is Status.PROVISIONAL for c in ssg.RUBRIC.criteria)
    assert "Dong Luang" in ssg.RUBRIC.note_en


def test_health_check_results_are_provisional_and_not_the_development_level() -> None:
    assert kkkj_health.RESULT_SCALE_STATUS is Status.PROVISIONAL
    codes = [level.code for level in kkkj_health.RUBRIC.levels]
    assert codes == ["needs_improvement", "fair", "all_passed"]
    assert all(
        "provisional" in level.title_en and "level" not in level.title_en
        for level in kkkj_health.RUBRIC.levels
    )
    assert "development level" in kkkj_health.RUBRIC.note_en
    assert "3 = good" not in kkkj_health.HEALTH_CHECK_MANUAL.note
    assert assess(kkkj_health.RUBRIC, {}).level.code == "needs_improvement"  # type: ignore[union-attr]
