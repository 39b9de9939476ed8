"""Savings-group financial health check from the SEEP ratios, provisional (ตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์).

The Community Development Department runs financial health checks (FHC) of community funds: an in-depth look
at financial health and risk, with advice (DOMAIN 7; its indicator list was not seen). This rubric builds one
from the field-standard SEEP ratios (:mod:`chumchon.assessment.ratios`). Each ratio falls in a band:

* **good** (ดี): it meets the ``G`` criterion;
* **watch** (เฝ้าระวัง): it meets the ``W`` criterion but not the ``G`` one;
* **weak** (อ่อน): it fails even the ``W`` criterion.

**The band thresholds are chumchon's provisional starting points**, not SEEP benchmarks and not a CDD form;
districts should replace them with their own (as data). Each threshold is a dated parameter of the
``fhc_rubric`` instrument (``fhc_rubric.json``, e.g. ``fhc_w1_par30_rate_max``, status ``provisional``), which
a criterion's ``rules`` names; :data:`RUBRIC` holds the latest values and :func:`rubric_at` the rubric in force
on a day (from fiscal year 2555). Levels: ``weak`` (1) unless every ``W`` criterion
passes; ``watch`` (2) when every ``W`` criterion passes; ``good`` (3) when every ``G`` criterion passes too.

>>> from chumchon.assessment import assess, fhc
>>> facts = {"attendances": 430, "members": 40, "meetings": 12, "members_at_start": 42, "members_left": 2,
...          "members_with_loans": 25, "net_profit": 30000, "savings": 240000, "total_assets": 300000,
...          "loans_outstanding": 250000, "par30_principal": 15000, "written_off": 0}
>>> result = assess(fhc.RUBRIC, facts)
>>> result.level.code
'watch'
>>> sorted((m, b.value) for m, b in fhc.bands(result).items() if b is not fhc.Band.GOOD)
[('attendance_rate', 'watch'), ('par30_rate', 'watch')]
"""

from __future__ import annotations

from datetime import date
from typing import Any

from chumchon._checks import DateLike, ParsableEnum
from chumchon.assessment._data import RegisteredValues, criterion_data
from chumchon.assessment.evaluate import Assessment
from chumchon.assessment.results import Outcome
from chumchon.assessment.rubric import Rubric
from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.rules import Registry

__all__ = ["DATA", "RUBRIC", "Band", "bands", "data_at", "rubric_at"]


class Band(ParsableEnum):
    """A ratio's band in the health check."""

    GOOD = "good"
    WATCH = "watch"
    WEAK = "weak"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> Message:
        """The band in Thai and English."""
        return {
            "good": Message("ดี", "good"),
            "watch": Message("เฝ้าระวัง", "watch"),
            "weak": Message("อ่อน", "weak"),
            "not_assessed": Message("ยังไม่ได้ประเมิน", "not assessed"),
        }[self.value]


# measure, Thai, English, comparison, priority, advice th, advice en (the thresholds are registered data)
_RATIOS = (
    (
        "par30_rate",
        "หนี้ค้างชำระเกิน 30 วัน (PAR30)",
        "PAR30",
        "at_most",
        1,
        "ติดตามลูกหนี้ค้างชำระทุกเดือนและทบทวนการพิจารณาเงินกู้",
        "follow up late borrowers monthly and review how loans are approved",
    ),
    (
        "write_off_rate",
        "อัตราหนี้สูญ",
        "write-off ratio",
        "at_most",
        1,
        "ตัดหนี้สูญเมื่อหมดทางติดตามเท่านั้น และกันเงินสำรองหนี้สงสัยจะสูญ",
        "write off only when every recovery step has failed, and keep a provision for doubtful loans",
    ),
    (
        "return_on_savings",
        "ผลตอบแทนต่อเงินออม",
        "return on savings",
        "at_least",
        2,
        "ทบทวนอัตราดอกเบี้ยเงินกู้และค่าใช้จ่ายของกลุ่ม",
        "review the loan interest rate and the group's expenses",
    ),
    (
        "return_on_assets",
        "ผลตอบแทนต่อสินทรัพย์",
        "return on assets",
        "at_least",
        2,
        "ลดเงินสดที่ไม่ได้ใช้และค่าใช้จ่ายที่ไม่จำเป็น",
        "reduce idle cash and unnecessary expenses",
    ),
    (
        "loan_fund_utilisation_rate",
        "อัตราการใช้เงินทุนให้กู้",
        "loan fund utilisation",
        "at_least",
        2,
        "ปล่อยกู้เงินที่ว่างอยู่ให้สมาชิกที่มีโครงการ หรือฝากในบัญชีที่ได้ดอกเบี้ย",
        "lend idle money to members with sound plans, or keep it in an interest-bearing account",
    ),
    (
        "attendance_rate",
        "อัตราการเข้าประชุม",
        "attendance rate",
        "at_least",
        3,
        "นัดประชุมวันเวลาเดียวกันทุกเดือนและแจ้งสมาชิกล่วงหน้า",
        "meet on the same day every month and remind members beforehand",
    ),
    (
        "retention_rate",
        "อัตราการคงอยู่ของสมาชิก",
        "member retention",
        "at_least",
        3,
        "สอบถามเหตุผลของสมาชิกที่ลาออกและปรับบริการของกลุ่ม",
        "ask leavers why they left and adjust the group's services",
    ),
    (
        "members_with_loans_rate",
        "สัดส่วนสมาชิกที่มีเงินกู้",
        "members with loans",
        "at_least",
        3,
        "ชี้แจงประเภทเงินกู้และเงื่อนไขให้สมาชิกทราบทั่วถึง",
        "explain the loan products and their terms to every member",
    ),
)


def _criteria(group: str, reg: RegisteredValues) -> list[dict[str, Any]]:
    out = []
    band_th, band_en = ("ระดับเฝ้าระวัง", "not weak") if group == "W" else ("ระดับดี", "good")
    # each threshold is the registered parameter of its group's band (the source cites it with its note)
    for i, (measure, th, en, cmp, priority, adv_th, adv_en) in enumerate(_RATIOS, start=1):
        parameter = f"fhc_{group.lower()}{i}_{measure}_{'max' if cmp == 'at_most' else 'min'}"
        dated = reg.instrument.parameter(parameter).at(reg.as_of)
        out.append(
            criterion_data(
                f"{group}{i}",
                f"{th}: {band_th}",
                f"{en}: {band_en}",
                measure,
                cmp,
                source=dated.source,
                rules=(parameter,),
                threshold=str(dated.value),
                unit="fraction",
                priority=int(priority),
                advice_th=str(adv_th),
                advice_en=str(adv_en),
            )
        )
    return out


def data_at(as_of: DateLike, registry: Registry | None = None) -> dict[str, Any]:
    """The rubric as plain data with the thresholds registered for ``as_of``.

    Raises:
        UnknownRegulationError: no version of the ``fhc_rubric`` instrument is known for ``as_of``.
    """
    reg = RegisteredValues("fhc_rubric", as_of, registry)
    return {
        "format": "chumchon-rubric/1",
        "id": "fhc-savings-group",
        "version": "2026.1-provisional",
        "title_th": "ตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์ตามอัตราส่วน SEEP (ฉบับชั่วคราว)",
        "title_en": "Savings-group financial health check from the SEEP ratios (provisional)",
        "note_th": "เกณฑ์ช่วงดี/เฝ้าระวังเป็นค่าเริ่มต้นชั่วคราวของ chumchon ไม่ใช่แบบตรวจทางการ",
        "note_en": "the good/watch thresholds are chumchon's provisional defaults, not an official check",
        "groups": [
            {
                "code": "W",
                "title_th": "ไม่อยู่ในระดับอ่อน (ผ่านเกณฑ์เฝ้าระวัง)",
                "title_en": "not weak (watch thresholds)",
                "pass_rule": {"kind": "all", "minimum": None},
                "criteria": _criteria("W", reg),
            },
            {
                "code": "G",
                "title_th": "ระดับดี",
                "title_en": "good",
                "pass_rule": {"kind": "all", "minimum": None},
                "criteria": _criteria("G", reg),
            },
        ],
        "levels": [
            {
                "rank": 1,
                "code": "weak",
                "title_th": "อ่อน",
                "title_en": "weak",
                "groups_passed": [],
                "min_points": "0",
            },
            {
                "rank": 2,
                "code": "watch",
                "title_th": "เฝ้าระวัง",
                "title_en": "watch",
                "groups_passed": ["W"],
                "min_points": "0",
            },
            {
                "rank": 3,
                "code": "good",
                "title_th": "ดี",
                "title_en": "good",
                "groups_passed": ["W", "G"],
                "min_points": "0",
            },
        ],
    }


def rubric_at(as_of: DateLike, registry: Registry | None = None) -> Rubric:
    """The savings-group financial health check (provisional) with the thresholds registered for ``as_of``.

    Raises:
        UnknownRegulationError: no version of the ``fhc_rubric`` instrument is known for ``as_of``.
    """
    return Rubric.from_mapping(data_at(as_of, registry))


#: The rubric as plain data, with the latest registered thresholds.
DATA: dict[str, Any] = data_at(date.max)

#: The savings-group financial health check (provisional).
RUBRIC = Rubric.from_mapping(DATA)


@in_decimal_context
def bands(assessment: Assessment) -> dict[str, Band]:
    """Each ratio's band (good / watch / weak / not assessed), by measure name, from an assessment of a
    rubric shaped like :data:`RUBRIC` (groups ``W`` and ``G`` reading the same measures).

    Raises:
        InvalidInputError: ``assessment`` is not an :class:`~chumchon.assessment.Assessment`, or its rubric has
            no ``W`` group.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidInputError(
            th=f"ค่า 'assessment' ต้องเป็นผลการประเมิน (Assessment) ไม่ใช่ {assessment!r}",
            en=f"'assessment' must be an Assessment (from assess()), not {assessment!r}",
            field="assessment",
            value=assessment,
        )
    watch = {r.criterion.measure: r.outcome for r in assessment.results if r.group == "W"}
    good = {r.criterion.measure: r.outcome for r in assessment.results if r.group == "G"}
    if not watch:
        raise InvalidInputError(
            th="แบบประเมินนี้ไม่มีกลุ่ม W (เกณฑ์เฝ้าระวัง)",
            en="this rubric has no W (watch) group",
            field="assessment",
            value=assessment.rubric.id,
        )
    out: dict[str, Band] = {}
    for measure, outcome in watch.items():
        if outcome is Outcome.NOT_ASSESSED:
            out[measure] = Band.NOT_ASSESSED
        elif outcome is Outcome.FAILED:
            out[measure] = Band.WEAK
        else:
            out[measure] = Band.GOOD if good.get(measure) is Outcome.PASSED else Band.WATCH
    return out
