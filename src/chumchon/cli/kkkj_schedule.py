"""``chumchon kkkj-schedule``: an interest-free กข.คจ. schedule, equal or as the contract lists it."""

from __future__ import annotations

import argparse
from datetime import date

from chumchon.cli._input import UsageError, parse_date, whole
from chumchon.cli._options import Command, add_output_options, add_rounding
from chumchon.cli._output import output, schedule_footer, to_digits
from chumchon.errors import ParseError


def _contract_installment(text: str) -> tuple[date, str]:
    day, sep, amount = text.partition("=")
    if not sep or not amount.strip():
        raise ParseError(
            th=f"งวดตามสัญญาต้องเขียนเป็น วันที่=จำนวนเงิน เช่น 2026-05-31=3000 ไม่ใช่ {text!r}",
            en=f"a contract instalment must be DATE=AMOUNT, e.g. 2026-05-31=3000, not {text!r}",
            text=text,
            field="--due",
        )
    return parse_date(day, "--due"), amount.strip()


def run(args: argparse.Namespace) -> str:
    from chumchon.loans import Frequency
    from chumchon.loans.kkkj import repayment_schedule, repayment_schedule_from_dates
    from chumchon.money import rounding_from_name

    disbursed = parse_date(args.disbursed, "--disbursed")
    if args.due:
        if args.installments is not None or args.first_due is not None:
            raise UsageError(
                "ใช้ --due แทน --installments/--first-due ไม่ใช่ใช้ร่วมกัน / "
                "--due replaces --installments and --first-due"
            )
        schedule = repayment_schedule_from_dates(
            args.amount, disbursed_on=disbursed, installments=[_contract_installment(d) for d in args.due]
        )
    else:
        if args.installments is None or args.first_due is None:
            raise UsageError(
                "ต้องใส่ --installments และ --first-due (หรือ --due ทีละงวด) / "
                "give --installments and --first-due (or --due for each instalment)"
            )
        from chumchon.loans import RemainderOn

        schedule = repayment_schedule(
            args.amount,
            installments=whole(args.installments, "--installments"),
            first_due=parse_date(args.first_due, "--first-due"),
            disbursed_on=disbursed,
            frequency=Frequency.from_name(args.frequency),
            rounding=rounding_from_name(args.rounding),
            remainder_on=RemainderOn.FIRST if args.remainder_on == "first" else RemainderOn.LAST,
        )
    out = output(schedule, args)
    if args.fmt == "table":
        from chumchon.loans.kkkj import contract_findings

        footer = schedule_footer(schedule, args.lang, check_rate=False)
        # More instalments than the contract's rows is a finding on the contract, shown under the table.
        footer += [f"! {finding.message.get(args.lang)}" for finding in contract_findings(schedule)]
        out = "\n".join([out, "", *(to_digits(line, args.digits) for line in footer)])
    return out


def setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("amount", help="จำนวนเงินยืม (บาท) / the loan, baht")
    parser.add_argument("--disbursed", required=True, help="วันที่จ่ายเงินยืม / the loan date (Thai or ISO)")
    parser.add_argument("--installments", help="จำนวนงวด (สัญญามาตรฐาน ไม่เกิน 6) / number of instalments")
    parser.add_argument("--first-due", help="วันครบกำหนดงวดแรก / the first due date")
    parser.add_argument(
        "--frequency",
        default="monthly",
        help="monthly (default), quarterly, semi_annual, annual, every_K_months",
    )
    add_rounding(
        parser,
        default="whole_baht",
        help_text="การปัดค่างวด (default whole_baht) / rounding of the equal instalment",
    )
    parser.add_argument(
        "--remainder-on",
        choices=("last", "first"),
        default="last",
        help="งวดที่รับเศษ / the instalment that absorbs the rounding remainder",
    )
    parser.add_argument(
        "--due",
        action="append",
        metavar="DATE=AMOUNT",
        help="งวดตามสัญญา (ใส่ซ้ำได้ ไม่เท่ากันได้) / a contract instalment; repeat for each",
    )
    add_output_options(parser)


COMMAND = Command(
    "kkkj-schedule",
    "ตารางชำระคืนเงินยืม กข.คจ. (ไม่มีดอกเบี้ย) / an interest-free กข.คจ. village-fund schedule",
    "chumchon kkkj-schedule 15000 --installments 3 --first-due 2026-05-31 --disbursed 2025-11-14 "
    "--frequency semi_annual",
    "chumchon kkkj-schedule 15000 --disbursed 2025-11-14 --due 2026-05-31=3000 --due 2026-11-30=12000",
    setup=setup,
    run=run,
)
