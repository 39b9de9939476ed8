"""Thai and English names of the assessment facts (ชื่อข้อมูลที่ใช้ประเมิน).

Findings and improvement plans name the facts they miss in words a committee reads ("มีบัญชีเงินฝากในนามกลุ่ม"),
never by their field name. Every field of :class:`~chumchon.assessment.GroupFacts` and
:class:`~chumchon.assessment.KkkjFacts` has a label here (a test checks it); a fact a district rubric adds
through ``extra`` is shown by its own name.

>>> fact_label("bank_account_in_group_name").th
'บัญชีเงินฝากในนามกลุ่ม'
>>> fact_label("district_score").en
'district_score'
"""

from __future__ import annotations

from chumchon.messages import Message

__all__ = ["FACT_LABELS", "fact_label", "fact_labels"]

FACT_LABELS: dict[str, Message] = {
    name: Message(th, en)
    for name, th, en in (
        # savings groups (GroupFacts)
        ("written_bylaws", "ระเบียบกลุ่มเป็นลายลักษณ์อักษร", "written bylaws"),
        ("committee_elected", "คณะกรรมการที่สมาชิกเลือกตั้ง", "an elected committee"),
        ("general_meeting_held", "การประชุมใหญ่สามัญประจำปี", "the annual general meeting"),
        ("books_up_to_date", "บัญชีและทะเบียนที่เป็นปัจจุบัน", "books and registers up to date"),
        ("statement_presented", "การเสนองบการเงินต่อสมาชิก", "the statement presented to members"),
        ("profit_allocated_per_bylaws", "การจัดสรรกำไรตามระเบียบ", "profit allocated as the bylaws say"),
        ("bank_account_in_group_name", "บัญชีเงินฝากในนามกลุ่ม", "a bank account in the group's name"),
        ("committee_meetings", "จำนวนครั้งที่คณะกรรมการประชุม", "committee meetings held"),
        ("members", "จำนวนสมาชิก", "members"),
        ("members_at_start", "จำนวนสมาชิกต้นงวด", "members at the start"),
        ("members_left", "จำนวนสมาชิกที่ลาออก", "members who left"),
        ("members_paid_every_month", "จำนวนสมาชิกที่ส่งสัจจะครบทุกเดือน", "members who paid every month"),
        ("members_with_loans", "จำนวนสมาชิกที่มีเงินกู้", "members with a loan"),
        ("meetings", "จำนวนครั้งที่ประชุมสมาชิก", "member meetings held"),
        ("attendances", "จำนวนผู้เข้าประชุม", "attendances"),
        ("savings", "เงินออมของสมาชิก", "members' savings"),
        ("loans_outstanding", "เงินให้กู้หรือให้ยืมคงค้าง", "loans outstanding"),
        ("par30_principal", "เงินต้นที่ค้างชำระเกิน 30 วัน", "principal more than 30 days late"),
        ("written_off", "หนี้ที่ตัดจำหน่าย", "principal written off"),
        ("net_profit", "กำไรสุทธิ", "net profit"),
        ("total_assets", "สินทรัพย์รวม", "total assets"),
        # กข.คจ. funds (KkkjFacts)
        ("allocation", "เงินทุนที่ได้รับจัดสรร", "the allocation"),
        ("total_fund", "เงินทุนทั้งหมด", "the total fund"),
        ("bank_balance", "เงินฝากธนาคาร", "the bank balance"),
        ("cash_elsewhere", "เงินสดที่เก็บไว้ที่อื่น", "cash held elsewhere"),
        ("overdue_principal", "เงินยืมที่เกินกำหนดชำระ", "money past its due date"),
        ("due_in_year", "เงินยืมที่ถึงกำหนดชำระในปี", "instalments due in the year"),
        ("repaid_of_due", "เงินยืมที่ชำระคืนตามกำหนด", "repaid of those due"),
        ("target_households", "จำนวนครัวเรือนเป้าหมาย", "target households"),
        ("target_households_with_loans", "จำนวนครัวเรือนเป้าหมายที่ยืมเงิน", "target households that borrowed"),
        ("registers_up_to_date", "จำนวนทะเบียนที่เป็นปัจจุบัน", "registers up to date"),
        ("committee_members", "จำนวนกรรมการ กข.คจ.", "committee members"),
        ("bank_account_in_fund_name", "บัญชีเงินฝากในนามกองทุน", "a bank account in the fund's name"),
    )
}


def fact_label(name: str) -> Message:
    """The label of one fact; a fact without one (a district's ``extra``) is shown by its name."""
    return FACT_LABELS.get(name) or Message(name, name)


def fact_labels(names: tuple[str, ...] | list[str]) -> Message:
    """Several facts' labels joined with commas, in Thai and English."""
    labels = [fact_label(name) for name in names]
    return Message(", ".join(m.th for m in labels), ", ".join(m.en for m in labels))
