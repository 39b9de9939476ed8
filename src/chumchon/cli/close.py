"""``chumchon close``: a savings group's annual close from JSON or CSV files."""

from __future__ import annotations

import argparse
from typing import Any

from chumchon.cli._input import UsageError, json_object, member_rows, parse_date, read_text
from chumchon.cli._options import Command, add_output_options
from chumchon.cli._output import output, to_digits


def _group_year(args: argparse.Namespace) -> Any:
    """The group's year: a JSON GroupYear document, or a member CSV with the year's start and group figures."""
    from chumchon.savings import GroupYear

    if args.file.lower().endswith(".json"):
        if args.year_start is not None:
            raise UsageError("--year-start ใช้กับไฟล์ CSV เท่านั้น / --year-start is for a CSV of members only")
        return GroupYear.from_mapping(
            json_object(args.file, "ปีบัญชีของกลุ่ม (GroupYear)", "a group year (GroupYear)")
        )
    if args.year_start is None:
        raise UsageError("ไฟล์ CSV ต้องใส่ --year-start / a CSV of members needs --year-start")
    members = member_rows(read_text(args.file), args.file)
    figures = {key: value for key in _GROUP_FIGURES if (value := getattr(args, key)) is not None}
    return GroupYear(
        fiscal_year_start=parse_date(args.year_start, "--year-start"),
        members=members,
        name=args.name,
        **figures,
    )


_GROUP_FIGURES = ("fines", "entry_fees", "bank_interest", "other_income", "loan_interest")


def run(args: argparse.Namespace) -> str:
    from chumchon.savings import Bylaws, annual_close

    bylaws = Bylaws.from_mapping(json_object(args.bylaws, "ระเบียบกลุ่ม (Bylaws)", "bylaws (Bylaws)"))
    close = annual_close(_group_year(args), bylaws)
    if args.fmt == "table":
        return to_digits(close.to_text(language=args.lang), args.digits)
    return output(close, args)


def setup(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "year.json: เอกสาร GroupYear (chumchon.schemas.schema('chumchon.group_year')); members.csv: ตารางสมาชิก "
        "ตามคำสั่ง dividends พร้อม --year-start; bylaws.json: เอกสาร Bylaws\n"
        "year.json: a GroupYear document; members.csv: a member table as for dividends, with --year-start; "
        "bylaws.json: a Bylaws document. --format json prints the chumchon.annual_close document."
    )
    parser.add_argument("file", help="ไฟล์ปีบัญชี .json หรือตารางสมาชิก .csv / a GroupYear .json or a member .csv")
    parser.add_argument("--bylaws", required=True, help="ไฟล์ระเบียบกลุ่ม JSON / the bylaws, a JSON file")
    parser.add_argument("--year-start", help="วันเริ่มปีบัญชี (กับ CSV) / the fiscal year's first day (with a CSV)")
    parser.add_argument("--name", default="", help="ชื่อกลุ่ม (กับ CSV) / the group's name (with a CSV)")
    for key in _GROUP_FIGURES:
        parser.add_argument(f"--{key.replace('_', '-')}", dest=key, help=f"{key} (บาท / baht, with a CSV)")
    add_output_options(parser)


COMMAND = Command(
    "close",
    "ปิดบัญชีประจำปีของกลุ่มออมทรัพย์จากไฟล์ JSON หรือ CSV / a savings group's annual close from JSON or CSV files",
    "chumchon close year.json --bylaws bylaws.json",
    "chumchon close members.csv --year-start 2024-10-01 --bylaws bylaws.json --fines 350 --format json",
    setup=setup,
    run=run,
)
