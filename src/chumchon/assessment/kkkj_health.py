"""กข.คจ. village health check, provisional (ตรวจสุขภาพ กข.คจ. หมู่บ้าน).

The Community Development Department runs a yearly health check of กข.คจ. village funds with a manual
(คู่มือการตรวจสุขภาพ กข.คจ.), and provinces report its results by year [confirmed]. The manual's indicators,
cut-offs and **result scale** were not found [provisional]. **The seven criteria, their thresholds and the three
results below are chumchon's provisional reading**, built from what the Ministry of Interior regulation of
B.E. 2553 and the form 26(1) report ask of a village fund.

**Not the development level.** The village development level (ระดับการพัฒนาหมู่บ้าน กข.คจ.; a model village is
described as "level 3, good") is a separate numbered scale that the village and target-household database
report records as its own column [secondary]. It is a recorded value of a village
(:class:`chumchon.loans.kkkj.DevelopmentLevel`), never computed from this rubric; this rubric's results are
named ``needs_improvement``, ``fair`` and ``all_passed`` so the two cannot be confused.

Groups: ``F`` (the fund and its records: fund intact, four registers, a complete committee, a bank account in
the fund's name) and ``L`` (lending: overdue share, repayment rate, reach among target households). Results
[provisional, :data:`RESULT_SCALE_STATUS`]: ``needs_improvement`` (rank 1) by default; ``fair`` (rank 2) when
every ``F`` criterion passes; ``all_passed`` (rank 3) when every criterion passes.

The thresholds are registered data. K1 to K4 are dated parameters of the ``kkkj_health_rubric`` instrument
(``kkkj_health_rubric.json``, status ``provisional``). K5, K6 and K7 restate the regulation, so they cite the
regulation's own parameters and rule (``kkkj_registers``, ``kkkj_committee_members_min`` and ``_max``,
``kkkj_fund_bank_account``) and read the regulation in force on the day: a new regulation changes them.
:data:`RUBRIC` holds the latest values, :func:`rubric_at` the rubric in force on a day.

>>> from chumchon.assessment import assess, kkkj_health
>>> from chumchon.assessment.facts import KkkjFacts
>>> village = KkkjFacts(allocation=280000, loans_outstanding=200000, bank_balance=75000, cash_elsewhere=5000,
...     overdue_principal=30000, due_in_year=100000, repaid_of_due=85000, target_households=30,
...     target_households_with_loans=20, registers_up_to_date=4, committee_members=9,
...     bank_account_in_fund_name=True)
>>> result = assess(kkkj_health.RUBRIC, village)
>>> result.level.code, result.level.rank, [r.code for r in result.failed]
('fair', 2, ['K2', 'K3'])
>>> kkkj_health.RUBRIC.criterion("K6").rules
('kkkj_committee_members_min', 'kkkj_committee_members_max')
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from chumchon._checks import DateLike
from chumchon.assessment._data import RegisteredValues, criterion_data, percent_text
from chumchon.assessment.rubric import Rubric
from chumchon.rules import Registry, Source, Status, kkkj_2553, rubrics

__all__ = [
    "DATA",
    "HEALTH_CHECK_MANUAL",
    "REGULATION_2553",
    "RESULT_SCALE_STATUS",
    "RUBRIC",
    "data_at",
    "rubric_at",
]

#: The CDD health-check manual for กข.คจ. villages (the manual and the yearly check are confirmed).
HEALTH_CHECK_MANUAL: Source = rubrics.KKKJ_HEALTH.source_named("health_check_manual")

#: The status of this rubric's result scale (needs_improvement / fair / all_passed): chumchon's own, provisional.
RESULT_SCALE_STATUS = Status.PROVISIONAL

#: The Ministry of Interior regulation of B.E. 2553 governing กข.คจ. money: the registered source, with this
#: rubric's note.
REGULATION_2553 = attrs.evolve(
    kkkj_2553.REGULATION_2553,
    note="clause numbers not seen; the criterion is chumchon's provisional reading of the regulation",
)

_REGULATION = "kkkj_regulation"


def data_at(as_of: DateLike, registry: Registry | None = None) -> dict[str, Any]:
    """The rubric as plain data with the values registered for ``as_of`` (K5 to K7 from the regulation in force).

    Raises:
        UnknownRegulationError: no version of the rubric, or of the regulation, is known for ``as_of``.
    """
    reg = RegisteredValues("kkkj_health_rubric", as_of, registry)
    manual = reg.source("health_check_manual")
    intact = reg.threshold("kkkj_health_k1_fund_intact_rate_min")
    overdue = reg.threshold("kkkj_health_k2_overdue_rate_max")
    repaid = reg.threshold("kkkj_health_k3_repayment_rate_min")
    reach = reg.threshold("kkkj_health_k4_reach_rate_min")
    registers = reg.threshold("kkkj_registers", _REGULATION)
    committee_min = reg.threshold("kkkj_committee_members_min", _REGULATION)
    committee_max = reg.threshold("kkkj_committee_members_max", _REGULATION)

    def _c(
        code: str, th: str, en: str, measure: str, comparison: str, source: Source = manual, **kw: Any
    ) -> dict[str, Any]:
        if "rules" not in kw:
            suffix = {"at_least": "_min", "at_most": "_max"}[comparison]
            kw["rules"] = (f"kkkj_health_{code.lower()}_{measure}{suffix}",)
        return criterion_data(code, th, en, measure, comparison, source=source, **kw)

    return {
        "format": "chumchon-rubric/1",
        "id": "kkkj-health",
        "version": "2026.2-provisional",
        "title_th": "ตรวจสุขภาพกองทุน กข.คจ. หมู่บ้าน (ฉบับชั่วคราว)",
        "title_en": "กข.คจ. village fund health check (provisional)",
        "note_th": (
            "ตัวชี้วัด เกณฑ์ และผลการตรวจเป็นของ chumchon (ชั่วคราว) ไม่ใช่คู่มือทางการ "
            "และไม่ใช่ระดับการพัฒนาหมู่บ้าน กข.คจ. ซึ่งเป็นค่าที่บันทึกแยกต่างหาก"
        ),
        "note_en": (
            "indicators, thresholds and results are chumchon's (provisional), not the official manual, and not the "
            "village development level, which is recorded separately"
        ),
        "groups": [
            {
                "code": "F",
                "title_th": "เงินทุนและการบริหาร",
                "title_en": "the fund and its administration",
                "pass_rule": {"kind": "all", "minimum": None},
                "criteria": [
                    _c(
                        "K1",
                        "เงินทุนครบ: เงินทุนทั้งหมดไม่น้อยกว่าเงินที่ได้รับจัดสรร",
                        "fund intact: total fund at least the allocation",
                        "fund_intact_rate",
                        "at_least",
                        threshold=intact,
                        unit="fraction",
                        priority=1,
                        advice_th="ตรวจสอบเงินที่ขาดหายกับทะเบียนคุมลูกหนี้และบัญชีธนาคาร และติดตามคืนเข้ากองทุน",
                        advice_en="trace the shortfall through the debtor register and bank book and recover it",
                    ),
                    _c(
                        "K5",
                        f"ทะเบียนทั้ง {registers} เล่มเป็นปัจจุบัน",
                        f"all {registers} registers up to date",
                        "registers_up_to_date",
                        "at_least",
                        source=REGULATION_2553,
                        rules=("kkkj_registers",),
                        threshold=registers,
                        unit="count",
                        priority=2,
                        advice_th="ปรับทะเบียนคุมเงินฝาก ทะเบียนลูกหนี้ ทะเบียนครัวเรือนเป้าหมาย และสมุดฐานะหมู่บ้านให้เป็นปัจจุบัน",
                        advice_en="bring the deposit, debtor and target-household registers and the village status book up to date",
                    ),
                    _c(
                        "K6",
                        f"คณะกรรมการครบ {committee_min} ถึง {committee_max} คน",
                        f"the committee complete: {committee_min} to {committee_max} members",
                        "committee_members",
                        "between",
                        source=REGULATION_2553,
                        rules=("kkkj_committee_members_min", "kkkj_committee_members_max"),
                        threshold=committee_min,
                        upper=committee_max,
                        unit="count",
                        priority=2,
                        advice_th="เลือกตั้งกรรมการแทนตำแหน่งที่ว่างให้ครบตามระเบียบ",
                        advice_en="elect members to fill the committee's vacant seats",
                    ),
                    _c(
                        "K7",
                        "มีบัญชีเงินฝากธนาคารในนามกองทุน",
                        "a bank account in the fund's name",
                        "bank_account_in_fund_name",
                        "is_true",
                        source=REGULATION_2553,
                        rules=("kkkj_fund_bank_account",),
                        unit="boolean",
                        priority=1,
                        advice_th="เปิดบัญชีในนามกองทุน กข.คจ. หมู่บ้าน และนำเงินสดที่เก็บไว้ที่อื่นเข้าบัญชี",
                        advice_en="open an account in the village fund's name and bank the cash held elsewhere",
                    ),
                ],
            },
            {
                "code": "L",
                "title_th": "การให้ยืมและการชำระคืน",
                "title_en": "lending and repayment",
                "pass_rule": {"kind": "all", "minimum": None},
                "criteria": [
                    _c(
                        "K2",
                        f"หนี้ค้างชำระไม่เกินร้อยละ {percent_text(overdue)} ของเงินยืมคงค้าง",
                        f"overdue at most {percent_text(overdue)}% of loans outstanding",
                        "overdue_rate",
                        "at_most",
                        threshold=overdue,
                        unit="fraction",
                        priority=1,
                        advice_th="ติดตามครัวเรือนที่ค้างชำระ ตกลงกำหนดชำระใหม่ตามมติคณะกรรมการ",
                        advice_en="visit overdue households and agree new due dates under a committee decision",
                    ),
                    _c(
                        "K3",
                        f"ชำระคืนได้อย่างน้อยร้อยละ {percent_text(repaid)} ของเงินที่ครบกำหนดในปี",
                        f"at least {percent_text(repaid)}% of what fell due in the year repaid",
                        "repayment_rate",
                        "at_least",
                        threshold=repaid,
                        unit="fraction",
                        priority=2,
                        advice_th="กำหนดงวดชำระให้ตรงกับช่วงที่ครัวเรือนมีรายได้",
                        advice_en="set instalments when households have income (after harvest or sales)",
                    ),
                    _c(
                        "K4",
                        f"ครัวเรือนเป้าหมายได้รับการยืมอย่างน้อยร้อยละ {percent_text(reach)}",
                        f"at least {percent_text(reach)}% of target households reached",
                        "reach_rate",
                        "at_least",
                        threshold=reach,
                        unit="fraction",
                        priority=3,
                        advice_th="สำรวจครัวเรือนเป้าหมายที่ยังไม่ได้ยืมและช่วยจัดทำโครงการประกอบอาชีพ",
                        advice_en="visit target households that have not borrowed and help them prepare occupation plans",
                    ),
                ],
            },
        ],
        "levels": [
            {
                "rank": 1,
                "code": "needs_improvement",
                "title_th": "ผลตรวจ: ต้องปรับปรุง (ชั่วคราว)",
                "title_en": "result: needs improvement (provisional)",
                "groups_passed": [],
                "min_points": "0",
            },
            {
                "rank": 2,
                "code": "fair",
                "title_th": "ผลตรวจ: พอใช้ ผ่านด้านเงินทุนและการบริหาร (ชั่วคราว)",
                "title_en": "result: fair, the fund and its administration pass (provisional)",
                "groups_passed": ["F"],
                "min_points": "0",
            },
            {
                "rank": 3,
                "code": "all_passed",
                "title_th": "ผลตรวจ: ผ่านทุกเกณฑ์ (ชั่วคราว)",
                "title_en": "result: every criterion passed (provisional)",
                "groups_passed": ["F", "L"],
                "min_points": "0",
            },
        ],
    }


def rubric_at(as_of: DateLike, registry: Registry | None = None) -> Rubric:
    """The กข.คจ. village health check (provisional) with the values registered for ``as_of``.

    Raises:
        UnknownRegulationError: no version of the rubric, or of the regulation, is known for ``as_of``.
    """
    return Rubric.from_mapping(data_at(as_of, registry))


#: The rubric as plain data, with the latest registered values.
DATA: dict[str, Any] = data_at(date.max)

#: The กข.คจ. village health check (provisional).
RUBRIC = Rubric.from_mapping(DATA)
