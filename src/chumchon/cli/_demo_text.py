"""The demo's words, as data: every sentence of ``chumchon demo`` in Thai and English, with ``{named}`` places
that :mod:`chumchon.cli.demo` fills with the library's figures (never a number written here), and the officer's
invented findings for the assessment part.

Editing the demo's wording is an edit to this table only; a sentence's Thai and English forms sit side by side
so a translator sees both.
"""

from __future__ import annotations

from typing import Any

__all__ = ["GROUP_FACTS", "TEXT"]

#: The officer's own findings for the SSG part of the demo (invented, like the rest of the training data):
#: what the district team saw at the group, which no account holds. The other facts come from the close.
GROUP_FACTS: dict[str, Any] = {
    "written_bylaws": True,
    "committee_elected": True,
    "committee_meetings": 10,
    "general_meeting_held": True,
    "books_up_to_date": True,
    "statement_presented": True,
    "profit_allocated_per_bylaws": True,
    "par30_principal": 6000,
    "loans_outstanding": 80000,
}

#: Sentence key: (Thai, English), each a ``str.format`` template.
TEXT: dict[str, tuple[str, str]] = {
    # --- the opening and closing lines
    "title": (
        "chumchon {version}: ตัวอย่างงานหลักของสำนักงานพัฒนาชุมชนอำเภอ (ข้อมูลสมมุติเพื่อการฝึกอบรม)",
        "chumchon {version}: the main job of a district community development office (invented training data)",
    ),
    "closing": (
        'ตัวเลขตามกฎหมายทุกตัวอ้างแหล่งที่มา ค่าที่มีสถานะ "ชั่วคราว" เป็นค่าเริ่มต้นที่แก้ได้ ไม่ใช่กฎหมาย',
        'Every legal number cites its source; values marked "provisional" are defaults you may replace, not law.',
    ),
    # --- part 1: the savings group's annual close
    "savings.heading": (
        "ส่วนที่ 1  การปิดบัญชีประจำปีของกลุ่มออมทรัพย์เพื่อการผลิต",
        "Part 1  The annual close of a savings group for production",
    ),
    "savings.group": (
        "{name} ({members} คน) ปีบัญชีเริ่ม {start}",
        "{name} ({members} members), fiscal year from {start}",
    ),
    "savings.summary": ("สรุปเพื่อเสนอที่ประชุมใหญ่สามัญประจำปี", "Summary for the annual general meeting"),
    "savings.net_profit": ("  กำไรสุทธิ {amount}", "  net profit {amount}"),
    "savings.dividends": ("  เงินปันผล {amount}", "  dividends {amount}"),
    "savings.rebates": ("  เงินเฉลี่ยคืน {amount}", "  rebates {amount}"),
    # --- part 2: a กข.คจ. loan, from the request to the end of the fiscal year
    "kkkj.heading": (
        "ส่วนที่ 2  เงินทุน กข.คจ. {village} ตำบล{tambon} อำเภอ{district} จังหวัด{province}",
        "Part 2  The กข.คจ. fund of {village}, tambon {tambon}, {district} district, {province} province",
    ),
    "kkkj.review": ("บันทึกการพิจารณาคำขอยืมเงิน", "Record of the review of a borrowing request"),
    "kkkj.requested_on": ("  วันที่ยื่นคำขอ    {day}", "  requested on   {day}"),
    "kkkj.borrower": (
        "  ผู้ขอยืม          {head} (ครัวเรือน {household} สมาชิก {members} คน รายได้ {income} ต่อปี)",
        "  borrower       {head} (household {household}, {members} members, income {income} a year)",
    ),
    "kkkj.amount": ("  จำนวนเงิน        {amount}", "  amount         {amount}"),
    "kkkj.purpose": ("  วัตถุประสงค์      {purpose}: {project}", "  purpose        {purpose}: {project}"),
    "kkkj.repayment": (
        "  ชำระคืน          {installments} งวด ภายใน {months} เดือน ไม่มีดอกเบี้ย",
        "  repayment      {installments} instalments within {months} months, no interest",
    ),
    "kkkj.approved": (
        "  ผลการพิจารณา     ผ่าน {passed} จาก {criteria} เกณฑ์",
        "  outcome        approved: {passed} of {criteria} criteria passed",
    ),
    "kkkj.refused": (
        "  ผลการพิจารณา     ไม่ผ่าน {passed} จาก {criteria} เกณฑ์",
        "  outcome        not approved: {passed} of {criteria} criteria passed",
    ),
    "kkkj.passed": ("ผ่าน", "passed"),
    "kkkj.failed": ("ไม่ผ่าน", "failed"),
    "kkkj.provisional": (
        "    หมายเหตุ: เกณฑ์ {criteria} ใช้ค่าชั่วคราว (ยังไม่ยืนยันจากตัวบท) ไม่ใช่กฎหมาย",
        "    note: the criteria {criteria} rest on provisional values (not confirmed), not law",
    ),
    "kkkj.reference": ("  อ้างอิง {reference}", "  reference: {reference}"),
    "kkkj.schedule_title": (
        "ตารางชำระคืนเงินยืม (จ่ายเงินยืมวันที่ {day})",
        "Repayment schedule (money paid out on {day})",
    ),
    "kkkj.schedule_total": ("  รวมทั้งสิ้น {amount}", "  total {amount}"),
    "kkkj.late_fee": ("ค่าปรับ {amount}", "late fee {amount}"),
    "kkkj.no_late_fee_set": ("ไม่มีค่าปรับ (คณะกรรมการไม่ได้กำหนดค่าปรับ)", "no late fee (the committee set none)"),
    "kkkj.no_late_fee_yet": ("ยังไม่มีค่าปรับ", "no late fee yet"),
    "kkkj.late": ("การชำระล่าช้า", "A late payment"),
    "kkkj.unpaid": (
        "  ณ วันที่ {day} งวดที่ {number} (ครบกำหนด {due}) ยังไม่ได้ชำระ ค้างชำระ {overdue} เกินกำหนด {days} วัน {fee}",
        "  On {day} instalment {number} (due {due}) is unpaid: {overdue} overdue, {days} days past due, {fee}",
    ),
    "kkkj.received": ("  รับชำระวันที่ {day} จำนวน {amount}", "  Received on {day}: {amount}"),
    "kkkj.settled": (
        "  งวดที่ {number} ชำระครบเมื่อ {day} ช้ากว่ากำหนด {days} วัน",
        "  Instalment {number} was paid in full on {day}, {days} days late",
    ),
    "kkkj.year_end_overdue": (
        "  ณ วันที่ {day} (สิ้นปีงบประมาณ) เงินยืมคงเหลือ {outstanding} ค้างชำระ {overdue}",
        "  On {day} (end of the fiscal year) {outstanding} is outstanding, {overdue} overdue",
    ),
    "kkkj.year_end_clear": (
        "  ณ วันที่ {day} (สิ้นปีงบประมาณ) เงินยืมคงเหลือ {outstanding} ไม่มีงวดค้างชำระ",
        "  On {day} (end of the fiscal year) {outstanding} is outstanding, nothing overdue",
    ),
    "warning": ("  คำเตือน: {message}", "  warning: {message}"),
    # --- part 3: the SSG assessment from the close
    "assessment.heading": ("ส่วนที่ 3  ผลการประเมินกลุ่มตามเกณฑ์ SSG", "Part 3  The group's SSG assessment"),
    "assessment.sources": (
        "ข้อมูลจำนวนสมาชิก เงินออม และกำไรสุทธิ มาจากการปิดบัญชีในส่วนที่ 1 ข้อมูลด้านการบริหารเจ้าหน้าที่กรอก (สมมุติ)",
        "Members, savings and net profit come from the close in part 1; governance facts are the officer's "
        "(invented).",
    ),
    "assessment.plan": ("แผนพัฒนา (เรียงตามความสำคัญ)", "Improvement plan (most important first)"),
}
