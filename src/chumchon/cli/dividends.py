"""``chumchon dividends``: each member's dividend from a CSV of member years."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from chumchon.cli._input import UsageError, member_rows, read_text
from chumchon.cli._options import Command, add_output_options, add_rounding
from chumchon.cli._output import output, to_digits

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.savings import MemberType


def _member_types(text: str) -> set[MemberType]:
    """``ordinary,สมทบ`` → the member types (codes or Thai names, comma-separated), read by the input kernel."""
    from chumchon import _checks
    from chumchon.savings import MemberType

    names = filter(None, (part.strip() for part in text.split(",")))
    return {_checks.enum_member(MemberType, name, "--eligible-types") for name in names}


def run(args: argparse.Namespace) -> str:
    from chumchon.money import rounding_from_name
    from chumchon.savings import DividendMethod, calculate_dividends

    if (args.rate is None) == (args.pool is None):
        raise UsageError(
            "ใส่ --annual-rate หรือ --pool อย่างใดอย่างหนึ่ง / give exactly one of --annual-rate and --pool"
        )
    members = member_rows(read_text(args.file), args.file)
    eligible = None if args.eligible_types is None else _member_types(args.eligible_types)
    result = calculate_dividends(
        members,
        method=DividendMethod(args.method),
        rate=args.rate,
        pool=args.pool,
        rounding=rounding_from_name(args.rounding),
        eligible_types=eligible,
        exclude_leavers=args.exclude_leavers,
    )
    out = output(result, args)
    if args.fmt == "table":
        from chumchon.thai import bahttext, format_baht

        if args.lang == "th":
            line = f"รวมเงินปันผล {format_baht(result.total)} ({bahttext(result.total)})"
        else:
            line = (
                f"total dividends {format_baht(result.total, unit='baht')} "
                f"({bahttext(result.total, language='en')})"
            )
        out = "\n".join([out, "", to_digits(line, args.digits)])
    return out


def epilog(examples: str) -> str:
    """The help's closing text: the CSV columns (read from the library when help is shown), then the examples."""
    from chumchon.savings import MEMBER_COLUMNS

    columns = "\n".join(f"  {key:<18} {th:<16} {meaning}" for key, th, meaning in MEMBER_COLUMNS)
    return (
        "CSV: แถวแรกเป็นหัวตาราง ใช้ชื่อภาษาอังกฤษหรือไทย เลขไทยหรืออารบิก มีจุลภาคคั่นหลักพันได้ "
        "(บันทึกจาก Excel เป็น CSV UTF-8 หรือ CSV ธรรมดาก็ได้)\n"
        "CSV: a header row (English or Thai names), Thai or Arabic digits, thousands separators allowed; "
        "UTF-8 with or without BOM, or TIS-620.\n" + columns + "\n\n" + examples
    )


def setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="ไฟล์ CSV (- อ่านจาก stdin) / the CSV file (- for standard input)")
    parser.add_argument(
        "--annual-rate",
        "--rate",  # the old name, kept for one release
        dest="rate",
        help="อัตราเงินปันผลต่อปีเป็นสัดส่วน (0.04 = 4%%) / yearly rate as a fraction (--rate: old name)",
    )
    parser.add_argument("--pool", help="เงินปันผลทั้งก้อนที่จะแบ่ง (บาท) / an amount to split exactly")
    parser.add_argument(
        "--method",
        choices=("year_end_balance", "opening_month_average", "closing_month_average"),
        default="opening_month_average",
        help="วิธีคิด (ระเบียบกลุ่ม) / weighting method (default opening_month_average, the cooperative method)",
    )
    add_rounding(
        parser,
        default="satang",
        help_text="การปัดเงินปันผลแต่ละคน (default satang) / rounding of each member's dividend",
    )
    parser.add_argument(
        "--eligible-types",
        metavar="TYPES",
        help="ประเภทสมาชิกที่มีสิทธิ์ เช่น ordinary,associate / member types with a right to a dividend",
    )
    parser.add_argument(
        "--exclude-leavers", action="store_true", help="ไม่จ่ายผู้ลาออกระหว่างปี / nothing for leavers"
    )
    add_output_options(parser)


COMMAND = Command(
    "dividends",
    "เงินปันผลรายสมาชิกจากไฟล์ CSV / each member's dividend from a CSV of member years",
    "chumchon dividends members.csv --annual-rate 0.04",
    "chumchon dividends members.csv --pool 4206 --method closing_month_average --format csv",
    setup=setup,
    run=run,
    epilog=epilog,
)
