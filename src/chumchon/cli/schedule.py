"""``chumchon schedule``: a loan repayment schedule, with the true rate checked against the cap."""

from __future__ import annotations

import argparse
from typing import Any

from chumchon.cli._input import UsageError, parse_date, whole
from chumchon.cli._options import Command, add_output_options, add_rounding, rounding_names
from chumchon.cli._output import output, schedule_footer, to_digits


def run(args: argparse.Namespace) -> str:
    from chumchon.loans import LoanTerms, build_schedule

    if (args.rate is None) == (args.monthly_percent is None):
        raise UsageError(
            "ใส่อัตราดอกเบี้ย --annual-rate หรือ --monthly-percent อย่างใดอย่างหนึ่ง / "
            "give exactly one of --annual-rate and --monthly-percent"
        )
    data: dict[str, Any] = {
        "principal": args.principal,
        "installments": whole(args.installments, "--installments"),
        "disbursed_on": parse_date(args.disbursed, "--disbursed"),
        "frequency": args.frequency,
        "interest_method": args.method,
        "amortization": args.amortization,
        "installment_rounding": args.rounding,
        "interest_rounding": args.interest_rounding or args.rounding,
    }
    if args.rate is not None:
        data["annual_rate"] = args.rate
    else:
        data["monthly_percent"] = args.monthly_percent
    if args.first_due is not None:
        data["first_due"] = parse_date(args.first_due, "--first-due")
    if args.grace is not None:
        data["grace_periods"] = whole(args.grace, "--grace")
    if args.fee is not None:
        data["upfront_fee"] = args.fee
    schedule = build_schedule(LoanTerms.from_mapping(data))
    out = output(schedule, args)
    if args.fmt == "table":
        footer = schedule_footer(schedule, args.lang, check_rate=True)
        out = "\n".join([out, "", *(to_digits(line, args.digits) for line in footer)])
    return out


def setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--principal", required=True, help="เงินต้น (บาท) / the amount lent, baht")
    rate = parser.add_argument_group("อัตราดอกเบี้ย / interest rate (give one)")
    rate.add_argument(
        "--annual-rate",
        "--rate",  # the old name, kept for one release
        dest="rate",
        help="อัตราต่อปีเป็นสัดส่วน (0.12 = 12%% ต่อปี) / yearly rate as a fraction (--rate: old name)",
    )
    rate.add_argument(
        "--monthly-percent",
        help='ร้อยละต่อเดือน ("ร้อยละ 1 ต่อเดือน" = 1) / percent a month, the savings-group way',
    )
    parser.add_argument("--installments", required=True, help="จำนวนงวด / number of instalments")
    parser.add_argument(
        "--disbursed", required=True, help="วันที่จ่ายเงินกู้ (ไทยหรือ ISO) / the disbursement date (Thai or ISO)"
    )
    parser.add_argument("--first-due", help="วันครบกำหนดงวดแรก / first due date (default: one period later)")
    parser.add_argument(
        "--frequency",
        default="monthly",
        help="monthly (default), quarterly, semi_annual, annual, every_K_months",
    )
    parser.add_argument(
        "--method",
        choices=("declining_balance", "flat", "none"),
        default="declining_balance",
        help="วิธีคิดดอกเบี้ย: ลดต้นลดดอก (default), คงที่ (flat), ไม่มีดอกเบี้ย / interest method",
    )
    parser.add_argument(
        "--amortization",
        choices=("equal_installment", "equal_principal", "bullet"),
        default="equal_installment",
        help="วิธีคืนเงินต้น: งวดเท่ากัน (default), เงินต้นเท่ากัน, คืนครั้งเดียว / how principal is repaid",
    )
    add_rounding(
        parser,
        default="satang",
        help_text="การปัดค่างวด / rounding of the instalment: " + ", ".join(rounding_names()),
    )
    parser.add_argument(
        "--interest-rounding",
        choices=rounding_names(),
        metavar="RULE",
        help="การปัดดอกเบี้ย (ค่าเริ่มต้นเท่ากับ --rounding) / rounding of interest (default: as --rounding)",
    )
    parser.add_argument("--grace", help="งวดปลอดเงินต้น / interest-only instalments at the start")
    parser.add_argument("--fee", help="ค่าธรรมเนียมเมื่อจ่ายเงินกู้ / upfront fee, counted in the true rate")
    add_output_options(parser)


COMMAND = Command(
    "schedule",
    "ตารางผ่อนชำระเงินกู้ / a loan repayment schedule",
    "chumchon schedule --principal 50000 --monthly-percent 1 --installments 12 --disbursed 2026-01-15",
    "chumchon schedule --principal 50000 --annual-rate 0.12 --installments 12 --disbursed 2026-01-15 "
    "--method flat --rounding whole_baht --format csv",
    setup=setup,
    run=run,
)
