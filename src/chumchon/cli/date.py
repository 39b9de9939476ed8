"""``chumchon date``: Thai dates, Buddhist-era years and fiscal years."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from chumchon.cli._input import UsageError, parse_date
from chumchon.cli._options import DIGITS, FORMATS, Command, add_lang
from chumchon.cli._output import render, to_digits
from chumchon.messages import Message
from chumchon.tables import Column, Table

_DATE_STYLES = ("auto", "iso", "full", "long", "medium", "short", "numeric")
# The Thai and English names of the date styles (the codes stay for CSV and JSON).
_DATE_STYLE_LABELS = {
    "full": ("แบบเต็ม", "full"),
    "long": ("แบบยาว", "long"),
    "medium": ("แบบย่อ", "medium"),
    "short": ("แบบย่อ ปีสองหลัก", "short"),
    "numeric": ("แบบตัวเลข", "numeric"),
}


def _date_table(day: date, *, era: bool, fiscal_start_month: int) -> Table:
    from chumchon.thai import (
        be_year,
        fiscal_quarter,
        fiscal_year,
        fiscal_year_bounds,
        format_date,
    )

    fy = fiscal_year(day, fiscal_start_month)
    first, last = fiscal_year_bounds(fy, fiscal_start_month)
    rows: list[tuple[Any, ...]] = [
        ("iso", Message("แบบสากล (ค.ศ. ปี-เดือน-วัน)", "ISO 8601"), day.isoformat()),
        *(
            (style, Message(*_DATE_STYLE_LABELS[style]), format_date(day, style, era=era))
            for style in _DATE_STYLE_LABELS
        ),
        ("be_year", Message("ปีพุทธศักราช", "Buddhist-era year"), str(be_year(day))),
        ("ce_year", Message("ปีคริสต์ศักราช", "Gregorian year"), str(day.year)),
        ("fiscal_year", Message("ปีงบประมาณ", "fiscal year (B.E.)"), str(fy)),
        ("fiscal_quarter", Message("ไตรมาส", "fiscal quarter"), str(fiscal_quarter(day, fiscal_start_month))),
        (
            "fiscal_year_bounds",
            Message("ช่วงปีงบประมาณ", "fiscal year runs"),
            Message(
                f"{format_date(first, 'long')} ถึง {format_date(last, 'long')}",
                f"{first.isoformat()} to {last.isoformat()}",
            ),
        ),
    ]
    return Table(
        columns=(
            Column("key", "รหัส", "Key"),
            Column("item", "รายการ", "Item"),
            Column("value", "ค่า", "Value"),
        ),
        rows=rows,
        title=Message(f"วันที่ {format_date(day, 'full')}", f"the date {day.isoformat()}"),
    )


def run(args: argparse.Namespace) -> str:
    from chumchon.thai import fiscal_year_bounds, format_date

    if args.fiscal_year is not None:
        if args.value is not None:
            raise UsageError("ใส่วันที่หรือ --fiscal-year อย่างใดอย่างหนึ่ง / give a date or --fiscal-year, not both")
        first, last = fiscal_year_bounds(args.fiscal_year, args.fiscal_start_month)
        if args.style == "iso":  # for scripts: two ISO dates
            text = f"{first.isoformat()} {last.isoformat()}"
        elif args.lang == "en":
            text = f"{first.isoformat()} to {last.isoformat()}"
        else:
            style = "long" if args.style == "auto" else args.style
            text = f"{format_date(first, style, era=args.era)} ถึง {format_date(last, style, era=args.era)}"
        return to_digits(text, args.digits)
    if args.value is None:
        raise UsageError("ต้องใส่วันที่ หรือ --fiscal-year / give a date or --fiscal-year")
    text = args.value.strip()
    day = parse_date(text, "date", "วันที่")
    if args.fmt is not None:
        table = _date_table(day, era=args.era, fiscal_start_month=args.fiscal_start_month)
        if args.fmt == "table":  # people read the labels; the codes are for CSV and JSON
            table = table.select("item", "value")
        return render(table, fmt=args.fmt, language=args.lang, digits=args.digits)
    style = args.style
    if style == "auto":
        # ISO in, Thai out; Thai in, ISO out: the conversion people ask for.
        style = "long" if _looks_iso(text) else "iso"
    out = day.isoformat() if style == "iso" else format_date(day, style, era=args.era)
    return to_digits(out, args.digits)


def _looks_iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "value",
        nargs="?",
        help="วันที่แบบไทยทุกรูปแบบ (เลขไทยหรืออารบิก) หรือ ISO YYYY-MM-DD / a Thai date in any style, or ISO",
    )
    parser.add_argument(
        "--style",
        choices=_DATE_STYLES,
        default="auto",
        help="auto (default): ISO in → long Thai out, Thai in → ISO out; or one style: "
        "full วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569, long 21 พฤศจิกายน 2569, medium 21 พ.ย. 2569, "
        "short 21 พ.ย. 69, numeric 21/11/2569, iso 2026-11-21",
    )
    parser.add_argument("--era", action="store_true", help='เขียน "พ.ศ." หน้าปี / write "พ.ศ." before the year')
    parser.add_argument(
        "--digits", choices=DIGITS, default="arabic", help="เลขอารบิกหรือเลขไทย / Arabic or Thai digits"
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        default=None,
        help="ทุกรูปแบบ ปี พ.ศ. ปีงบประมาณ ไตรมาส เป็นตาราง / every style, B.E. year, fiscal year and quarter",
    )
    add_lang(parser)
    parser.add_argument(
        "--fiscal-year",
        type=int,
        metavar="BE_YEAR",
        help="วันแรกและวันสุดท้ายของปีงบประมาณ (พ.ศ.) / first and last day of a fiscal year (B.E.)",
    )
    parser.add_argument(
        "--fiscal-start-month",
        type=int,
        default=10,
        metavar="MONTH",
        help="เดือนเริ่มปีงบประมาณ (ราชการ = 10) / first month of the fiscal year (government: 10)",
    )


COMMAND = Command(
    "date",
    "แปลงและจัดรูปแบบวันที่ไทย ปี พ.ศ. และปีงบประมาณ / convert and format Thai dates, B.E. and fiscal years",
    "chumchon date 2026-11-21",
    'chumchon date "๒๑ พ.ย. ๒๕๖๙"',
    "chumchon date 2026-11-21 --style full --digits thai",
    "chumchon date 2026-11-21 --format table",
    "chumchon date --fiscal-year 2570",
    setup=setup,
    run=run,
)
