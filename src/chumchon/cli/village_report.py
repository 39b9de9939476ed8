"""``chumchon village-report``: a village's กข.คจ. report (form 26(1)) from JSON or CSV files."""

from __future__ import annotations

import argparse
from typing import Any

from chumchon.cli._input import UsageError, json_object, parse_date, read_text, table_rows
from chumchon.cli._options import Command, add_output_options
from chumchon.cli._output import output


def _village_book(args: argparse.Namespace) -> Any:
    from chumchon.loans.kkkj import AccountFigures, Village, VillageBook

    if args.file.lower().endswith(".json"):
        if args.village is not None:
            raise UsageError("--village ใช้กับไฟล์ CSV เท่านั้น / --village is for a CSV of accounts only")
        return VillageBook.from_mapping(json_object(args.file, "สมุดบัญชีหมู่บ้าน (VillageBook)", "a VillageBook"))
    if args.village is None:
        raise UsageError("ไฟล์ CSV ต้องใส่ --village / a CSV of accounts needs --village (a Village JSON file)")
    village = Village.from_mapping(json_object(args.village, "หมู่บ้าน (Village)", "a village (Village)"))
    return VillageBook(
        village=village,
        accounts=table_rows(read_text(args.file), args.file, AccountFigures.from_csv_rows),
        bank_balance=args.bank_balance,
        cash_elsewhere=args.cash_elsewhere,
    )


def run(args: argparse.Namespace) -> str:
    report = _village_book(args).report(parse_date(args.as_of, "--as-of"))
    return output(report, args)


def account_csv_columns() -> tuple[tuple[str, str], ...]:
    """The columns of a village-report CSV of loan accounts: English key, the Thai header accepted instead (the
    library's :meth:`AccountFigures.from_csv_rows <chumchon.loans.kkkj.AccountFigures.from_csv_rows>` reads
    them)."""
    from chumchon.loans.kkkj import ACCOUNT_COLUMNS

    return tuple((key, th) for key, th, _ in ACCOUNT_COLUMNS)


def epilog(examples: str) -> str:
    """The help's closing text, naming the CSV columns (read from the library when help is shown)."""
    columns = ", ".join(f"{key} ({th})" for key, th in account_csv_columns())
    return (
        "book.json: เอกสาร VillageBook (หมู่บ้าน บัญชีเงินยืม เงินฝากธนาคาร); accounts.csv: ตัวเลขของแต่ละสัญญา "
        "พร้อม --village (เอกสาร Village)\n"
        f"book.json: a VillageBook document; accounts.csv: one row per loan account with columns {columns}, "
        "with --village (a Village document). --format json prints the chumchon.village_report document."
    )


def setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", help="VillageBook .json หรือบัญชีเงินยืม .csv / a VillageBook .json or accounts .csv"
    )
    parser.add_argument("--as-of", required=True, help="วันที่รายงาน / the report date (Thai or ISO)")
    parser.add_argument("--village", help="ไฟล์ Village JSON (กับ CSV) / the village, a JSON file (with a CSV)")
    parser.add_argument(
        "--bank-balance", default="0", help="เงินฝากธนาคาร (กับ CSV) / the bank balance (with a CSV)"
    )
    parser.add_argument(
        "--cash-elsewhere", default="0", help="เงินสดอื่น (กับ CSV) / cash elsewhere (with a CSV)"
    )
    add_output_options(parser)


COMMAND = Command(
    "village-report",
    "รายงานกองทุน กข.คจ. ของหมู่บ้าน (แบบ 26(1)) จากไฟล์ JSON หรือ CSV / a village's กข.คจ. report (form 26(1))",
    "chumchon village-report book.json --as-of 2026-09-30",
    "chumchon village-report accounts.csv --village village.json --bank-balance 50000 --as-of 2026-09-30 "
    "--format json",
    setup=setup,
    run=run,
    epilog=epilog,
)
