"""SSG (SMART Saving Group) standard, tier S, as a provisional rubric (เกณฑ์กลุ่มออมทรัพย์ SSG ระดับ S).

The Community Development Department (กรมการพัฒนาชุมชน) runs the SSG project to raise savings groups for
production to a standard (running at least by fiscal year 2564) [confirmed: :data:`SSG_PROJECT`]. The
structure used here comes from **one district officer's field report** (Dong Luang district, Mukdahan,
B.E. 2559, :data:`SSG_FIELD_REPORT`): a group "passed criterion S (Standard), 10 indicators" in the second
round of assessment after failing some in the first. So indicators are grouped under letters, S = Standard has
ten, and rounds repeat [secondary: one field report, no official text seen]. **The wording and thresholds of
the ten criteria below are chumchon's provisional reading, not the official form** (which was not available),
so every criterion has :attr:`~chumchon.rules.Status.PROVISIONAL`; the letters M, A, R and T were not found.
Districts add them, or replace these, as data (:meth:`~chumchon.assessment.engine.Rubric.from_mapping`).

The pass rule of S is all ten; the levels are ``not_yet`` (0) and ``standard`` (1).

The thresholds are registered data, not code: each is a dated parameter of the ``ssg_rubric`` instrument
(``ssg_rubric.json``, status ``provisional``) and each yes/no criterion a named rule of it; a criterion's
``rules`` names them. :data:`RUBRIC` holds the latest registered values; :func:`rubric_at` gives the rubric in
force on a day (from fiscal year 2559, the year of the field report), from the shipped registry or an edited
copy of it.

Facts read (see :class:`~chumchon.assessment.facts.GroupFacts`): ``written_bylaws``, ``committee_elected``,
``committee_meetings``, ``general_meeting_held``, ``members`` and ``members_paid_every_month`` (for the
measure ``pledge_compliance_rate``), ``books_up_to_date``, ``statement_presented``, ``par30_principal`` and
``loans_outstanding`` (for ``par30_rate``), ``profit_allocated_per_bylaws``, ``bank_account_in_group_name``.

>>> from chumchon.assessment import ssg
>>> ssg.RUBRIC
<Rubric ssg-s v2026.1-provisional: 10 criteria (S: 10), 2 levels>
>>> ssg.RUBRIC.criterion("S8").target("en"), ssg.RUBRIC.criterion("S8").status.value
('at most 10.00%', 'provisional')
>>> ssg.RUBRIC.criterion("S8").rules
('ssg_s8_par30_rate_max',)
>>> from datetime import date
>>> ssg.rubric_at(date(2015, 9, 30))
Traceback (most recent call last):
...
chumchon.errors.UnknownRegulationError: ไม่มีข้อมูล 'ssg_rubric' ที่ใช้บังคับ ณ วันที่ 2015-09-30 (ข้อมูลเริ่ม 2015-10-01) / no version of 'ssg_rubric' is known for 2015-09-30 (records begin 2015-10-01)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from chumchon._checks import DateLike
from chumchon.assessment._data import RegisteredValues, criterion_data, percent_text
from chumchon.assessment.rubric import Rubric
from chumchon.rules import Registry, Source, Status, rubrics

__all__ = ["DATA", "RUBRIC", "SSG_FIELD_REPORT", "SSG_PROJECT", "STRUCTURE_STATUS", "data_at", "rubric_at"]

#: The SSG project of the Community Development Department: the project itself is confirmed (CDD pages, e.g. a
#: district office's report of a project to raise a group to the Smart Saving Group standard, 11 June 2564).
SSG_PROJECT: Source = rubrics.SSG.source_named("ssg_project")

#: The only source of the structure "S = Standard, 10 indicators": one district officer's field report.
SSG_FIELD_REPORT: Source = rubrics.SSG.source_named("ssg_field_report")

#: How sure the library is of the structure (letters, S = Standard with 10 indicators, repeated rounds).
STRUCTURE_STATUS = Status.SECONDARY

_YES = {"unit": "boolean"}


def data_at(as_of: DateLike, registry: Registry | None = None) -> dict[str, Any]:
    """The rubric as plain data with the thresholds registered for ``as_of`` (what :meth:`Rubric.to_mapping`
    gives back).

    Raises:
        UnknownRegulationError: no version of the ``ssg_rubric`` instrument is known for ``as_of``.
    """
    reg = RegisteredValues("ssg_rubric", as_of, registry)
    source = reg.source("ssg_field_report")
    meetings = reg.threshold("ssg_s3_committee_meetings_min")
    pledge = reg.threshold("ssg_s5_pledge_compliance_rate_min")
    par30 = reg.threshold("ssg_s8_par30_rate_max")

    def _c(code: str, th: str, en: str, measure: str, comparison: str, **kw: Any) -> dict[str, Any]:
        rule = (
            f"ssg_{code.lower()}_{measure}"
            + {"is_true": "", "at_least": "_min", "at_most": "_max"}[comparison]
        )
        return criterion_data(code, th, en, measure, comparison, source=source, rules=(rule,), **kw)

    return {
        "format": "chumchon-rubric/1",
        "id": "ssg-s",
        "version": "2026.1-provisional",
        "title_th": "เกณฑ์มาตรฐานกลุ่มออมทรัพย์เพื่อการผลิต SSG ระดับ S (ฉบับชั่วคราว)",
        "title_en": "SSG savings-group standard, tier S (provisional)",
        "note_th": (
            "โครงสร้าง (S มาตรฐาน 10 ตัวชี้วัด) จากรายงานภาคสนามอำเภอดงหลวง จังหวัดมุกดาหาร พ.ศ. 2559 (แหล่งรอง) "
            "ถ้อยคำและเกณฑ์เป็นของ chumchon (ชั่วคราว) ไม่ใช่แบบประเมินทางการของกรมการพัฒนาชุมชน"
        ),
        "note_en": (
            "structure (S = Standard, 10 indicators) from one field report, Dong Luang district, Mukdahan, "
            "B.E. 2559 (secondary); wording and thresholds are chumchon's (provisional), not the CDD's official form"
        ),
        "groups": [
            {
                "code": "S",
                "title_th": "S มาตรฐาน (Standard)",
                "title_en": "S: Standard",
                "pass_rule": {"kind": "all", "minimum": None},
                "criteria": [
                    _c(
                        "S1",
                        "มีระเบียบกลุ่มเป็นลายลักษณ์อักษรที่สมาชิกเห็นชอบ",
                        "written bylaws approved by the members",
                        "written_bylaws",
                        "is_true",
                        priority=1,
                        advice_th="ร่างระเบียบกลุ่มร่วมกับสมาชิก และให้ที่ประชุมใหญ่เห็นชอบ",
                        advice_en="draft the bylaws with the members and have a general meeting approve them",
                        **_YES,
                    ),
                    _c(
                        "S2",
                        "มีคณะกรรมการที่สมาชิกเลือกตั้ง และมีวาระการดำรงตำแหน่งแน่นอน",
                        "an elected committee with a fixed term",
                        "committee_elected",
                        "is_true",
                        priority=2,
                        advice_th="จัดเลือกตั้งคณะกรรมการและกำหนดวาระไว้ในระเบียบ",
                        advice_en="elect the committee and write its term into the bylaws",
                        **_YES,
                    ),
                    _c(
                        "S3",
                        f"คณะกรรมการประชุมอย่างน้อยเดือนละครั้ง ({meetings} ครั้งต่อปี)",
                        f"committee meetings at least monthly ({meetings} a year)",
                        "committee_meetings",
                        "at_least",
                        threshold=meetings,
                        unit="count",
                        priority=2,
                        advice_th="กำหนดวันประชุมประจำเดือนและบันทึกรายงานการประชุมทุกครั้ง",
                        advice_en="fix a monthly meeting day and keep minutes of every meeting",
                    ),
                    _c(
                        "S4",
                        "จัดประชุมใหญ่สามัญประจำปี",
                        "an annual general meeting held",
                        "general_meeting_held",
                        "is_true",
                        priority=2,
                        advice_th="จัดประชุมใหญ่ปีละครั้งหลังปิดบัญชี",
                        advice_en="hold a general meeting once a year after the annual close",
                        **_YES,
                    ),
                    _c(
                        "S5",
                        f"สมาชิกอย่างน้อยร้อยละ {percent_text(pledge)} ส่งเงินสัจจะครบทุกเดือน",
                        f"at least {percent_text(pledge)}% of members paid every pledged month",
                        "pledge_compliance_rate",
                        "at_least",
                        threshold=pledge,
                        unit="fraction",
                        priority=2,
                        advice_th="ติดตามสมาชิกที่ขาดส่งสัจจะ และทบทวนยอดสัจจะให้เหมาะกับรายได้",
                        advice_en="follow up members who miss payments and review pledges against incomes",
                    ),
                    _c(
                        "S6",
                        "บัญชีและทะเบียนเป็นปัจจุบัน",
                        "books and registers up to date",
                        "books_up_to_date",
                        "is_true",
                        priority=1,
                        advice_th="บันทึกบัญชีทุกครั้งที่มีรายการ และให้เจ้าหน้าที่ช่วยตรวจทานทุกไตรมาส",
                        advice_en="record every transaction on the day and have an officer review the books quarterly",
                        **_YES,
                    ),
                    _c(
                        "S7",
                        "เสนองบการเงินต่อสมาชิก",
                        "a financial statement presented to the members",
                        "statement_presented",
                        "is_true",
                        priority=2,
                        advice_th="จัดทำงบกำไรขาดทุนและงบดุลประจำปี เสนอที่ประชุมใหญ่",
                        advice_en="prepare the year's profit-and-loss statement and balance sheet for the general meeting",
                        **_YES,
                    ),
                    _c(
                        "S8",
                        f"หนี้ค้างชำระเกิน 30 วัน (PAR30) ไม่เกินร้อยละ {percent_text(par30)}",
                        f"PAR30 at most {percent_text(par30)}%",
                        "par30_rate",
                        "at_most",
                        threshold=par30,
                        unit="fraction",
                        priority=1,
                        advice_th="ติดตามลูกหนี้ค้างชำระ ปรับโครงสร้างหนี้ตามระเบียบ และพิจารณาเงินกู้ใหม่ให้รัดกุม",
                        advice_en="follow up late borrowers, reschedule under the bylaws, and vet new loans more carefully",
                    ),
                    _c(
                        "S9",
                        "จัดสรรกำไรตามระเบียบ มีทุนสำรองและสวัสดิการสมาชิก",
                        "profit allocated as the bylaws say, with a reserve and member welfare",
                        "profit_allocated_per_bylaws",
                        "is_true",
                        priority=3,
                        advice_th="กำหนดสัดส่วนการจัดสรรกำไรในระเบียบ รวมทุนสำรองและสวัสดิการ แล้วจัดสรรตามนั้น",
                        advice_en="write the profit shares into the bylaws, including a reserve and welfare, and follow them",
                        **_YES,
                    ),
                    _c(
                        "S10",
                        "เก็บเงินของกลุ่มไว้ในบัญชีสถาบันการเงินในนามกลุ่ม",
                        "the group's money kept in a financial-institution account in the group's name",
                        "bank_account_in_group_name",
                        "is_true",
                        priority=1,
                        advice_th="เปิดบัญชีในนามกลุ่ม ให้กรรมการลงนามร่วมอย่างน้อยสองคน",
                        advice_en="open an account in the group's name with at least two committee signatories",
                        **_YES,
                    ),
                ],
            }
        ],
        "levels": [
            {
                "rank": 0,
                "code": "not_yet",
                "title_th": "ยังไม่ผ่านเกณฑ์ S",
                "title_en": "not yet at S",
                "groups_passed": [],
                "min_points": "0",
            },
            {
                "rank": 1,
                "code": "standard",
                "title_th": "ผ่านเกณฑ์ S (มาตรฐาน)",
                "title_en": "S: Standard",
                "groups_passed": ["S"],
                "min_points": "0",
            },
        ],
    }


def rubric_at(as_of: DateLike, registry: Registry | None = None) -> Rubric:
    """The SSG tier S rubric (provisional) with the thresholds registered for ``as_of``.

    Raises:
        UnknownRegulationError: no version of the ``ssg_rubric`` instrument is known for ``as_of``.
    """
    return Rubric.from_mapping(data_at(as_of, registry))


#: The rubric as plain data, with the latest registered thresholds.
DATA: dict[str, Any] = data_at(date.max)

#: The SSG tier S rubric (provisional), with the latest registered thresholds.
RUBRIC = Rubric.from_mapping(DATA)
