"""The command line (``chumchon`` and ``python -m chumchon``): the only module that prints or reads files.

บรรทัดคำสั่งของ chumchon: อ่านไฟล์ เรียกไลบรารี และพิมพ์ผล โดยไม่คำนวณเอง (the command line only translates:
every number comes from the library).

Thai output by default (``--lang en`` for English), ``--format table|csv|json`` where a result is a table,
``--digits arabic|thai``. Errors go to standard error as one Thai/English line, never a traceback. Exit codes:

* 0 (:data:`EXIT_OK`): done;
* 1 (:data:`EXIT_INPUT_ERROR`): the input could not be used (a :class:`~chumchon.errors.ChumchonError`: a bad
  amount, an unreadable date, a malformed CSV or JSON file...);
* 2 (:data:`EXIT_USAGE`): the command line itself was wrong (unknown option, missing argument);
* 3 (:data:`EXIT_FILE_ERROR`): a file could not be read (missing, a folder, no permission, not text).

Subcommands: ``demo``, ``bahttext``, ``date``, ``schedule``, ``kkkj-schedule``, ``dividends``, ``assess``;
``chumchon --help`` lists them with an example each, and ``chumchon COMMAND --help`` explains one.

>>> main(["bahttext", "1234.5"])
หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์
0
>>> main(["date", "2026-11-21", "--style", "full"])
วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569
0
>>> import contextlib, sys
>>> with contextlib.redirect_stderr(sys.stdout):
...     main(["bahttext", "abc"])
chumchon: ค่า 'amount' ต้องเป็นตัวเลข เช่น 1234.50 หรือ 1,234.50 ไม่ใช่ 'abc' / 'amount' must be a number such as 1234.50 or 1,234.50, not 'abc'
1
"""

from __future__ import annotations

import argparse
import csv
import enum
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from chumchon import __version__
from chumchon.errors import ChumchonError, InvalidInputError, ParseError
from chumchon.messages import Message
from chumchon.savings.member_rows import MEMBER_COLUMNS as DIVIDEND_CSV_COLUMNS  # the name before 0.2
from chumchon.tables import Column, Table, format_cell

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.assessment import Assessment
    from chumchon.loans import Schedule
    from chumchon.savings import MemberType, MemberYear

__all__ = [
    "ACCOUNT_CSV_COLUMNS",
    "DIVIDEND_CSV_COLUMNS",
    "EXIT_FILE_ERROR",
    "EXIT_INPUT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "main",
    "render",
]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_FILE_ERROR = 3

_FORMATS = ("table", "csv", "json")
_LANGUAGES = ("th", "en")
_DIGITS = ("arabic", "thai")


class _FileError(Exception):
    """A file the user named could not be read; reported with exit code 3."""


class _UsageError(Exception):
    """The command line was wrong in a way argparse cannot see (e.g. two options that exclude each other)."""


# --- output ----------------------------------------------------------------------------------------------


_CENT = Decimal("0.01")


def _plain(value: object, language: str, kind: str = "text") -> Any:
    """A cell as a plain JSON value: exact decimals as strings, dates as ISO, bilingual text in ``language``."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if kind == "money" and isinstance(value, (int, Decimal)):
        amount = Decimal(value)
        if amount.as_tuple().exponent >= -2:  # type: ignore[operator]
            amount = amount.quantize(_CENT)  # exact: only adds zeros, so 4167 and 4163.00 read alike
        return str(amount)
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return str(value)  # exact: JSON numbers would pass through binary floats in most readers
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Message):
        return value.get(language)
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)


def render(table: Table, *, fmt: str = "table", language: str = "th", digits: str = "arabic") -> str:
    """A table as text for the terminal, CSV or JSON.

    * ``table``: aligned text with the title, headers in ``language``, numbers formatted, ``digits`` applied;
    * ``csv``: a header row in ``language`` then plain values (money as exact decimals ``1234.50``, dates ISO,
      yes/no as ``True``/``False``); with ``digits="thai"`` every digit is written in Thai;
    * ``json``: a list of objects keyed by the columns' stable keys (``due_date``, ``payment``...), money as
      exact strings, dates ISO; always Arabic digits (it is for programs).

    >>> t = Table(columns=(Column("n", "งวด", "No.", "int"), Column("amount", "เงิน", "Amount", "money")),
    ...           rows=((1, Decimal("5000.00")),))
    >>> print(render(t, fmt="csv"))
    งวด,เงิน
    1,5000.00
    >>> print(render(t, fmt="json"))
    [
      {
        "n": 1,
        "amount": "5000.00"
      }
    ]
    """
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.header(language))
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            writer.writerow(
                ["" if v is None else _plain(v, language, k) for v, k in zip(row, kinds, strict=True)]
            )
        text = out.getvalue().rstrip("\n")
        return _digits(text, digits)
    if fmt == "json":
        columns = table.columns
        records = [
            {c.key: _plain(v, language, c.kind) for c, v in zip(columns, row, strict=True)}
            for row in table.rows
        ]
        return json.dumps(records, ensure_ascii=False, indent=2)
    return table.to_text(language=language, digits=digits)


def _digits(text: str, digits: str) -> str:
    if digits == "thai":
        from chumchon.thai import to_thai_digits

        return to_thai_digits(text)
    return text


def _write(text: str, stream: TextIO) -> None:
    """Print ``text``; a console that cannot encode Thai gets UTF-8 bytes rather than a crash."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # pragma: no cover - every real console stream has a buffer
            raise
        buffer.write((text + "\n").encode("utf-8"))
        buffer.flush()


# --- input -----------------------------------------------------------------------------------------------


def read_text(path: str) -> str:
    """The text of ``path``: UTF-8 with or without a BOM (Excel's "CSV UTF-8"), else Thai Windows (cp874,
    Excel's plain "CSV" on a Thai Windows); ``-`` reads standard input."""
    if path == "-":
        return sys.stdin.read()
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _FileError(f"อ่านไฟล์ {path} ไม่ได้ / cannot read {path}: {reason}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")
    except UnicodeDecodeError:
        raise _FileError(
            f"ไฟล์ {path} ไม่ใช่ข้อความ UTF-8 หรือ TIS-620 / {path} is not UTF-8 or TIS-620 (cp874) text"
        ) from None


def _read_json(path: str) -> Any:
    from chumchon.jsontext import loads  # the library's one hostile-safe reader (depth, duplicates, NaN...)

    text = read_text(path)
    try:
        return loads(text)
    except ParseError as error:
        raise ParseError(
            th=f"ไฟล์ {path}: {error.th}", en=f"{path}: {error.en}", text=path, field="json"
        ) from None


def _output(result: Any, args: argparse.Namespace) -> str:
    """A result for ``--format``: its JSON document (``to_mapping``) for json, else its table rendered."""
    if args.fmt == "json" and hasattr(result, "to_mapping"):
        from chumchon.jsontext import dumps

        return dumps(result.to_mapping())
    return render(result.to_table(), fmt=args.fmt, language=args.lang, digits=args.digits)


def _parse_date(text: str, field: str, field_th: str | None = None) -> date:
    """A date the user typed (any Thai style, Thai or Arabic digits, or ISO); the error names the option."""
    from chumchon.thai import parse_date

    try:
        return parse_date(text)
    except InvalidInputError as error:
        raise ParseError(
            th=f"{field_th or field}: {error.th}", en=f"{field}: {error.en}", text=text, field=field
        ) from None


# --- the registry of subcommands -------------------------------------------------------------------------

_Setup = Callable[[argparse.ArgumentParser], None]
_Runner = Callable[[argparse.Namespace], str]


class _Command:
    __slots__ = ("examples", "help", "runner", "setup")

    def __init__(self, help_text: str, examples: tuple[str, ...], setup: _Setup, runner: _Runner) -> None:
        self.help = help_text
        self.examples = examples
        self.setup = setup
        self.runner = runner


_COMMANDS: dict[str, _Command] = {}


def _command(name: str, help_text: str, *examples: str) -> Callable[[_Setup], _Setup]:
    """Register a subcommand's argument setup; its runner is ``_cmd_<name>`` (dashes as underscores)."""

    def register(setup: _Setup) -> _Setup:
        runner = globals()[f"_cmd_{name.replace('-', '_')}"]
        _COMMANDS[name] = _Command(help_text, examples, setup, runner)
        return setup

    return register


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=_LANGUAGES, default="th", help="ภาษาของผลลัพธ์ / output language (default th)"
    )


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    _add_lang(parser)
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=_FORMATS,
        default="table",
        help="table (อ่านง่าย / for people), csv (Excel), json (programs); default table",
    )
    parser.add_argument(
        "--digits", choices=_DIGITS, default="arabic", help="เลขอารบิกหรือเลขไทย / Arabic or Thai digits"
    )


def _rounding_names() -> tuple[str, ...]:
    from chumchon.money import ROUNDINGS

    return tuple(ROUNDINGS)


# --- bahttext --------------------------------------------------------------------------------------------


def _cmd_bahttext(args: argparse.Namespace) -> str:
    from chumchon.thai import bahttext, parse_bahttext
    from chumchon.thai.words import DEPRECATED_WORD_STYLES

    if args.parse:
        return str(parse_bahttext(args.amount))
    style = DEPRECATED_WORD_STYLES.get(args.style, args.style)
    if style != args.style:
        _write(
            f"chumchon: --style {args.style} is now --style {style} (the old name goes next release)",
            sys.stderr,
        )
    return bahttext(args.amount, style=style, language=args.lang, rounding=args.rounding)


@_command(
    "bahttext",
    "จำนวนเงินเป็นตัวอักษร (บาทถ้วน) / an amount in Thai words, as on a cheque or receipt",
    "chumchon bahttext 1234.50",
    "chumchon bahttext 101 --style ed_after_tens",
    "chumchon bahttext --parse หนึ่งร้อยเอ็ดบาทถ้วน",
)
def _setup_bahttext(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "amount", help="จำนวนเงิน เช่น 1234.50 หรือ ๑,๒๓๔.๕๐ / the amount (with --parse: the text)"
    )
    parser.add_argument(
        "--style",
        choices=("royal_institute", "ed_after_tens", "excel", "formal"),
        default="royal_institute",
        help="royal_institute: 101 = หนึ่งร้อยเอ็ด (ราชบัณฑิตยสภา, Excel, ธนาคาร); ed_after_tens: 101 = หนึ่งร้อยหนึ่ง"
        " (LibreOffice); excel/formal: old names, deprecated",
    )
    parser.add_argument("--lang", choices=_LANGUAGES, default="th", help="Thai words or the English form")
    parser.add_argument(
        "--rounding",
        choices=_rounding_names(),
        default="satang",
        metavar="RULE",
        help="การปัดเศษสตางค์ / rounding of satang beyond two places (default satang, half up)",
    )
    parser.add_argument(
        "--parse", action="store_true", help="อ่านข้อความกลับเป็นตัวเลข / read baht text back into a number"
    )


# --- date ------------------------------------------------------------------------------------------------

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


def _cmd_date(args: argparse.Namespace) -> str:
    from chumchon.thai import fiscal_year_bounds, format_date

    if args.fiscal_year is not None:
        if args.value is not None:
            raise _UsageError("ใส่วันที่หรือ --fiscal-year อย่างใดอย่างหนึ่ง / give a date or --fiscal-year, not both")
        first, last = fiscal_year_bounds(args.fiscal_year, args.fiscal_start_month)
        if args.style == "iso":  # for scripts: two ISO dates
            text = f"{first.isoformat()} {last.isoformat()}"
        elif args.lang == "en":
            text = f"{first.isoformat()} to {last.isoformat()}"
        else:
            style = "long" if args.style == "auto" else args.style
            text = f"{format_date(first, style, era=args.era)} ถึง {format_date(last, style, era=args.era)}"
        return _digits(text, args.digits)
    if args.value is None:
        raise _UsageError("ต้องใส่วันที่ หรือ --fiscal-year / give a date or --fiscal-year")
    text = args.value.strip()
    day = _parse_date(text, "date", "วันที่")
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
    return _digits(out, args.digits)


def _looks_iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@_command(
    "date",
    "แปลงและจัดรูปแบบวันที่ไทย ปี พ.ศ. และปีงบประมาณ / convert and format Thai dates, B.E. and fiscal years",
    "chumchon date 2026-11-21",
    'chumchon date "๒๑ พ.ย. ๒๕๖๙"',
    "chumchon date 2026-11-21 --style full --digits thai",
    "chumchon date 2026-11-21 --format table",
    "chumchon date --fiscal-year 2570",
)
def _setup_date(parser: argparse.ArgumentParser) -> None:
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
        "--digits", choices=_DIGITS, default="arabic", help="เลขอารบิกหรือเลขไทย / Arabic or Thai digits"
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=_FORMATS,
        default=None,
        help="ทุกรูปแบบ ปี พ.ศ. ปีงบประมาณ ไตรมาส เป็นตาราง / every style, B.E. year, fiscal year and quarter",
    )
    _add_lang(parser)
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


# --- schedule --------------------------------------------------------------------------------------------


def _schedule_footer(schedule: Schedule, language: str, *, check_rate: bool) -> list[str]:
    from chumchon.thai import bahttext, format_baht

    th = language == "th"
    total = schedule.total_payment
    lines = [
        (
            f"รวมเงินต้น {format_baht(schedule.total_principal)} ดอกเบี้ย {format_baht(schedule.total_interest)} "
            f"ยอดชำระทั้งสิ้น {format_baht(total)} ({bahttext(total)})"
            if th
            else f"total principal {format_baht(schedule.total_principal, unit='baht')}, interest "
            f"{format_baht(schedule.total_interest, unit='baht')}, payments {format_baht(total, unit='baht')} "
            f"({bahttext(total, language='en')})"
        )
    ]
    if check_rate:
        from chumchon.loans import assess_interest_rate

        check = assess_interest_rate(schedule, schedule.disbursed_on)
        apr = format_cell(check.nominal_annual_rate, "rate")
        effective = format_cell(check.effective_annual_rate, "rate")
        cap = format_cell(check.cap_annual_rate, "rate")
        if check.legal:
            lines.append(
                f"อัตราดอกเบี้ยที่แท้จริง {apr} ต่อปี (คิดทบต้น {effective}) ไม่เกินเพดาน {cap} ต่อปี "
                f"({check.source.cite()})"
                if th
                else f"true rate {apr} a year ({effective} compounded), within the cap of {cap} a year "
                f"({check.source.cite()})"
            )
        lines.extend(
            f"{'คำเตือน' if th else 'warning'}: {finding.message.get(language)}" for finding in check.findings
        )
    return lines


def _cmd_schedule(args: argparse.Namespace) -> str:
    from chumchon.loans import LoanTerms, build_schedule

    if (args.rate is None) == (args.monthly_percent is None):
        raise _UsageError(
            "ใส่อัตราดอกเบี้ย --annual-rate หรือ --monthly-percent อย่างใดอย่างหนึ่ง / "
            "give exactly one of --annual-rate and --monthly-percent"
        )
    data: dict[str, Any] = {
        "principal": args.principal,
        "installments": _whole(args.installments, "--installments"),
        "disbursed_on": _parse_date(args.disbursed, "--disbursed"),
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
        data["first_due"] = _parse_date(args.first_due, "--first-due")
    if args.grace is not None:
        data["grace_periods"] = _whole(args.grace, "--grace")
    if args.fee is not None:
        data["upfront_fee"] = args.fee
    schedule = build_schedule(LoanTerms.from_mapping(data))
    out = _output(schedule, args)
    if args.fmt == "table":
        footer = _schedule_footer(schedule, args.lang, check_rate=True)
        out = "\n".join([out, "", *(_digits(line, args.digits) for line in footer)])
    return out


@_command(
    "schedule",
    "ตารางผ่อนชำระเงินกู้ / a loan repayment schedule",
    "chumchon schedule --principal 50000 --monthly-percent 1 --installments 12 --disbursed 2026-01-15",
    "chumchon schedule --principal 50000 --annual-rate 0.12 --installments 12 --disbursed 2026-01-15 "
    "--method flat --rounding whole_baht --format csv",
)
def _setup_schedule(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--rounding",
        choices=_rounding_names(),
        default="satang",
        metavar="RULE",
        help="การปัดค่างวด / rounding of the instalment: " + ", ".join(_rounding_names()),
    )
    parser.add_argument(
        "--interest-rounding",
        choices=_rounding_names(),
        metavar="RULE",
        help="การปัดดอกเบี้ย (ค่าเริ่มต้นเท่ากับ --rounding) / rounding of interest (default: as --rounding)",
    )
    parser.add_argument("--grace", help="งวดปลอดเงินต้น / interest-only instalments at the start")
    parser.add_argument("--fee", help="ค่าธรรมเนียมเมื่อจ่ายเงินกู้ / upfront fee, counted in the true rate")
    _add_output_options(parser)


# --- kkkj-schedule ---------------------------------------------------------------------------------------


def _contract_installment(text: str) -> tuple[date, str]:
    day, sep, amount = text.partition("=")
    if not sep or not amount.strip():
        raise ParseError(
            th=f"งวดตามสัญญาต้องเขียนเป็น วันที่=จำนวนเงิน เช่น 2026-05-31=3000 ไม่ใช่ {text!r}",
            en=f"a contract instalment must be DATE=AMOUNT, e.g. 2026-05-31=3000, not {text!r}",
            text=text,
            field="--due",
        )
    return _parse_date(day, "--due"), amount.strip()


def _cmd_kkkj_schedule(args: argparse.Namespace) -> str:
    from chumchon.loans import Frequency
    from chumchon.loans.kkkj import repayment_schedule, repayment_schedule_from_dates
    from chumchon.money import rounding_from_name

    disbursed = _parse_date(args.disbursed, "--disbursed")
    if args.due:
        if args.installments is not None or args.first_due is not None:
            raise _UsageError(
                "ใช้ --due แทน --installments/--first-due ไม่ใช่ใช้ร่วมกัน / "
                "--due replaces --installments and --first-due"
            )
        schedule = repayment_schedule_from_dates(
            args.amount, disbursed_on=disbursed, installments=[_contract_installment(d) for d in args.due]
        )
    else:
        if args.installments is None or args.first_due is None:
            raise _UsageError(
                "ต้องใส่ --installments และ --first-due (หรือ --due ทีละงวด) / "
                "give --installments and --first-due (or --due for each instalment)"
            )
        from chumchon.loans import RemainderOn

        schedule = repayment_schedule(
            args.amount,
            installments=_whole(args.installments, "--installments"),
            first_due=_parse_date(args.first_due, "--first-due"),
            disbursed_on=disbursed,
            frequency=Frequency.from_name(args.frequency),
            rounding=rounding_from_name(args.rounding),
            remainder_on=RemainderOn.FIRST if args.remainder_on == "first" else RemainderOn.LAST,
        )
    out = _output(schedule, args)
    if args.fmt == "table":
        from chumchon.loans.kkkj import contract_findings

        footer = _schedule_footer(schedule, args.lang, check_rate=False)
        # More instalments than the contract's rows is a finding on the contract, shown under the table.
        footer += [f"! {finding.message.get(args.lang)}" for finding in contract_findings(schedule)]
        out = "\n".join([out, "", *(_digits(line, args.digits) for line in footer)])
    return out


def _whole(text: str, field: str) -> int:
    from chumchon.thai import to_arabic_digits

    cleaned = to_arabic_digits(text.strip())
    if not cleaned.isdigit():
        raise InvalidInputError(
            th=f"{field} ต้องเป็นจำนวนเต็มบวก ไม่ใช่ {text!r}",
            en=f"{field} must be a whole number, not {text!r}",
            field=field,
            value=text,
        )
    return int(cleaned)


@_command(
    "kkkj-schedule",
    "ตารางชำระคืนเงินยืม กข.คจ. (ไม่มีดอกเบี้ย) / an interest-free กข.คจ. village-fund schedule",
    "chumchon kkkj-schedule 15000 --installments 3 --first-due 2026-05-31 --disbursed 2025-11-14 "
    "--frequency semi_annual",
    "chumchon kkkj-schedule 15000 --disbursed 2025-11-14 --due 2026-05-31=3000 --due 2026-11-30=12000",
)
def _setup_kkkj_schedule(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("amount", help="จำนวนเงินยืม (บาท) / the loan, baht")
    parser.add_argument("--disbursed", required=True, help="วันที่จ่ายเงินยืม / the loan date (Thai or ISO)")
    parser.add_argument("--installments", help="จำนวนงวด (สัญญามาตรฐาน ไม่เกิน 6) / number of instalments")
    parser.add_argument("--first-due", help="วันครบกำหนดงวดแรก / the first due date")
    parser.add_argument(
        "--frequency",
        default="monthly",
        help="monthly (default), quarterly, semi_annual, annual, every_K_months",
    )
    parser.add_argument(
        "--rounding",
        choices=_rounding_names(),
        default="whole_baht",
        metavar="RULE",
        help="การปัดค่างวด (default whole_baht) / rounding of the equal instalment",
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
    _add_output_options(parser)


# --- dividends -------------------------------------------------------------------------------------------

_MEMBER_TYPES = {"สามัญ": "ordinary", "สมทบ": "associate", "กิตติมศักดิ์": "honorary"}


def _member_rows(text: str, path: str) -> tuple[MemberYear, ...]:
    """The member years of a member-table CSV (see :data:`chumchon.savings.MEMBER_COLUMNS`); an error names
    the file and the row (row 1 is the header)."""
    from chumchon.savings import MemberYear

    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    if not rows:
        raise ParseError(th=f"ไฟล์ {path} ไม่มีข้อมูล", en=f"{path} has no rows", text=path, field="csv")
    try:
        return MemberYear.from_csv_rows(rows)
    except InvalidInputError as error:
        raise ParseError(
            th=f"{path} {error.th}", en=f"{path} {error.en}", text=path, field=error.field
        ) from None


def _member_types(text: str) -> set[MemberType]:
    """``ordinary,สมทบ`` → the member types (English values or Thai names, comma-separated)."""
    from chumchon.savings import MemberType

    types = set()
    for name in filter(None, (part.strip() for part in text.split(","))):
        value = _MEMBER_TYPES.get(name, name.lower())
        if value not in {t.value for t in MemberType}:
            raise InvalidInputError(
                th=f"--eligible-types ใช้ได้เฉพาะ สามัญ สมทบ กิตติมศักดิ์ (ordinary, associate, honorary) ไม่ใช่ {name!r}",
                en=f"--eligible-types takes ordinary, associate, honorary (comma-separated), not {name!r}",
                field="--eligible-types",
                value=text,
            )
        types.add(MemberType(value))
    return types


def _cmd_dividends(args: argparse.Namespace) -> str:
    from chumchon.money import rounding_from_name
    from chumchon.savings import DividendMethod, calculate_dividends

    if (args.rate is None) == (args.pool is None):
        raise _UsageError(
            "ใส่ --annual-rate หรือ --pool อย่างใดอย่างหนึ่ง / give exactly one of --annual-rate and --pool"
        )
    members = _member_rows(read_text(args.file), args.file)
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
    out = _output(result, args)
    if args.fmt == "table":
        from chumchon.thai import bahttext, format_baht

        if args.lang == "th":
            line = f"รวมเงินปันผล {format_baht(result.total)} ({bahttext(result.total)})"
        else:
            line = (
                f"total dividends {format_baht(result.total, unit='baht')} "
                f"({bahttext(result.total, language='en')})"
            )
        out = "\n".join([out, "", _digits(line, args.digits)])
    return out


@_command(
    "dividends",
    "เงินปันผลรายสมาชิกจากไฟล์ CSV / each member's dividend from a CSV of member years",
    "chumchon dividends members.csv --annual-rate 0.04",
    "chumchon dividends members.csv --pool 4206 --method closing_month_average --format csv",
)
def _setup_dividends(parser: argparse.ArgumentParser) -> None:
    from chumchon.savings import MEMBER_COLUMNS

    columns = "\n".join(f"  {key:<18} {th:<16} {meaning}" for key, th, meaning in MEMBER_COLUMNS)
    parser.epilog = (
        "CSV: แถวแรกเป็นหัวตาราง ใช้ชื่อภาษาอังกฤษหรือไทย เลขไทยหรืออารบิก มีจุลภาคคั่นหลักพันได้ "
        "(บันทึกจาก Excel เป็น CSV UTF-8 หรือ CSV ธรรมดาก็ได้)\n"
        "CSV: a header row (English or Thai names), Thai or Arabic digits, thousands separators allowed; "
        "UTF-8 with or without BOM, or TIS-620.\n" + columns + "\n\n" + (parser.epilog or "")
    )
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
    parser.add_argument(
        "--rounding",
        choices=_rounding_names(),
        default="satang",
        metavar="RULE",
        help="การปัดเงินปันผลแต่ละคน (default satang) / rounding of each member's dividend",
    )
    parser.add_argument(
        "--eligible-types",
        metavar="TYPES",
        help="ประเภทสมาชิกที่มีสิทธิ์ เช่น ordinary,associate / member types with a right to a dividend",
    )
    parser.add_argument(
        "--exclude-leavers", action="store_true", help="ไม่จ่ายผู้ลาออกระหว่างปี / nothing for leavers"
    )
    _add_output_options(parser)


# --- close: the annual close from files ---------------------------------------------------------------------


def _json_object(path: str, what_th: str, what_en: str) -> dict[str, Any]:
    data = _read_json(path)
    if not isinstance(data, dict):
        raise ParseError(
            th=f"ไฟล์ {path} ต้องเป็นออบเจกต์ JSON ของ{what_th}",
            en=f"{path} must hold a JSON object of {what_en}",
            text=path,
            field="json",
        )
    return data


def _group_year(args: argparse.Namespace) -> Any:
    """The group's year: a JSON GroupYear document, or a member CSV with the year's start and group figures."""
    from chumchon.savings import GroupYear

    if args.file.lower().endswith(".json"):
        if args.year_start is not None:
            raise _UsageError("--year-start ใช้กับไฟล์ CSV เท่านั้น / --year-start is for a CSV of members only")
        return GroupYear.from_mapping(
            _json_object(args.file, "ปีบัญชีของกลุ่ม (GroupYear)", "a group year (GroupYear)")
        )
    if args.year_start is None:
        raise _UsageError("ไฟล์ CSV ต้องใส่ --year-start / a CSV of members needs --year-start")
    members = _member_rows(read_text(args.file), args.file)
    figures = {key: value for key in _GROUP_FIGURES if (value := getattr(args, key)) is not None}
    return GroupYear(
        fiscal_year_start=_parse_date(args.year_start, "--year-start"),
        members=members,
        name=args.name,
        **figures,
    )


_GROUP_FIGURES = ("fines", "entry_fees", "bank_interest", "other_income", "loan_interest")


def _cmd_close(args: argparse.Namespace) -> str:
    from chumchon.savings import Bylaws, annual_close

    bylaws = Bylaws.from_mapping(_json_object(args.bylaws, "ระเบียบกลุ่ม (Bylaws)", "bylaws (Bylaws)"))
    close = annual_close(_group_year(args), bylaws)
    if args.fmt == "table":
        return _digits(close.to_text(language=args.lang), args.digits)
    return _output(close, args)


@_command(
    "close",
    "ปิดบัญชีประจำปีของกลุ่มออมทรัพย์จากไฟล์ JSON หรือ CSV / a savings group's annual close from JSON or CSV files",
    "chumchon close year.json --bylaws bylaws.json",
    "chumchon close members.csv --year-start 2024-10-01 --bylaws bylaws.json --fines 350 --format json",
)
def _setup_close(parser: argparse.ArgumentParser) -> None:
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
    _add_output_options(parser)


# --- village-report: form 26(1) from files ------------------------------------------------------------------

#: The columns of a village-report CSV of loan accounts: English key, the Thai header accepted instead.
ACCOUNT_CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("loan_id", "เลขที่สัญญา"),
    ("household_id", "รหัสครัวเรือน"),
    ("outstanding", "ลูกหนี้คงเหลือ"),
    ("repaid_this_year", "ชำระคืนในปีนี้"),
    ("overdue", "ค้างชำระ"),
)


def _account_rows(text: str, path: str) -> list[Any]:
    """The loan accounts' figures of a CSV (see :data:`ACCOUNT_CSV_COLUMNS`); an error names the row."""
    from chumchon.loans.kkkj import AccountFigures
    from chumchon.thai import to_arabic_digits

    thai = {th: key for key, th in ACCOUNT_CSV_COLUMNS}
    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    if not rows:
        raise ParseError(th=f"ไฟล์ {path} ไม่มีข้อมูล", en=f"{path} has no rows", text=path, field="csv")
    header = [thai.get(h.strip().lstrip("\ufeff"), h.strip().lstrip("\ufeff").lower()) for h in rows[0]]
    accounts = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {key: to_arabic_digits(cell.strip()) for key, cell in zip(header, row, strict=False)}
        try:
            accounts.append(AccountFigures.from_mapping(cells))
        except InvalidInputError as error:
            raise ParseError(
                th=f"{path} แถวที่ {number}: {error.th}",
                en=f"{path} row {number}: {error.en}",
                text=path,
                field=error.field,
            ) from None
    return accounts


def _village_book(args: argparse.Namespace) -> Any:
    from chumchon.loans.kkkj import Village, VillageBook

    if args.file.lower().endswith(".json"):
        if args.village is not None:
            raise _UsageError("--village ใช้กับไฟล์ CSV เท่านั้น / --village is for a CSV of accounts only")
        return VillageBook.from_mapping(_json_object(args.file, "สมุดบัญชีหมู่บ้าน (VillageBook)", "a VillageBook"))
    if args.village is None:
        raise _UsageError("ไฟล์ CSV ต้องใส่ --village / a CSV of accounts needs --village (a Village JSON file)")
    village = Village.from_mapping(_json_object(args.village, "หมู่บ้าน (Village)", "a village (Village)"))
    return VillageBook(
        village=village,
        accounts=_account_rows(read_text(args.file), args.file),
        bank_balance=args.bank_balance,
        cash_elsewhere=args.cash_elsewhere,
    )


def _cmd_village_report(args: argparse.Namespace) -> str:
    report = _village_book(args).report(_parse_date(args.as_of, "--as-of"))
    return _output(report, args)


@_command(
    "village-report",
    "รายงานกองทุน กข.คจ. ของหมู่บ้าน (แบบ 26(1)) จากไฟล์ JSON หรือ CSV / a village's กข.คจ. report (form 26(1))",
    "chumchon village-report book.json --as-of 2026-09-30",
    "chumchon village-report accounts.csv --village village.json --bank-balance 50000 --as-of 2026-09-30 "
    "--format json",
)
def _setup_village_report(parser: argparse.ArgumentParser) -> None:
    columns = ", ".join(f"{key} ({th})" for key, th in ACCOUNT_CSV_COLUMNS)
    parser.epilog = (
        "book.json: เอกสาร VillageBook (หมู่บ้าน บัญชีเงินยืม เงินฝากธนาคาร); accounts.csv: ตัวเลขของแต่ละสัญญา "
        "พร้อม --village (เอกสาร Village)\n"
        f"book.json: a VillageBook document; accounts.csv: one row per loan account with columns {columns}, "
        "with --village (a Village document). --format json prints the chumchon.village_report document."
    )
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
    _add_output_options(parser)


# --- assess ----------------------------------------------------------------------------------------------


def _assessment_footer(assessment: Assessment, language: str) -> list[str]:
    th = language == "th"
    lines = ["", assessment.summary(language)]
    plan = assessment.improvement_plan().items
    if plan:
        lines.append("")
        lines.append("แผนพัฒนา (เรียงตามความสำคัญ):" if th else "improvement plan (most important first):")
        lines.extend(f"  {item.rank}. {item.result.code} {item.advice.get(language)}" for item in plan)
    return lines


def _cmd_assess(args: argparse.Namespace) -> str:
    from chumchon.assessment import GroupFacts, KkkjFacts, Rubric, assess

    facts_data = _read_json(args.facts)
    if not isinstance(facts_data, dict):
        raise ParseError(
            th=f'ไฟล์ {args.facts} ต้องเป็นออบเจกต์ JSON ของข้อมูล เช่น {{"members": 40}}',
            en=f'{args.facts} must hold a JSON object of facts, e.g. {{"members": 40}}',
            text=args.facts,
            field="facts",
        )
    facts: Any
    if args.rubric is not None:
        if args.rubric_name is not None:
            raise _UsageError("ใช้ --rubric หรือ --rubric-name อย่างใดอย่างหนึ่ง / give --rubric or --rubric-name")
        rubric = Rubric.from_mapping(_read_json(args.rubric))
        facts = facts_data  # a district rubric may read facts of its own
    else:
        name = args.rubric_name or "ssg"
        from chumchon import assessment

        rubric = getattr(assessment, name).RUBRIC
        facts = (KkkjFacts if name == "kkkj_health" else GroupFacts).from_mapping(facts_data)
    result = assess(rubric, facts)
    out = _output(result, args)
    if args.fmt == "table":
        out = "\n".join(
            [out, *(_digits(line, args.digits) for line in _assessment_footer(result, args.lang))]
        )
    return out


@_command(
    "assess",
    "ประเมินกลุ่มหรือกองทุนจากไฟล์ JSON ของข้อมูล / assess a group or fund from a JSON file of facts",
    "chumchon assess facts.json",
    "chumchon assess village.json --rubric-name kkkj_health --format json",
    "chumchon assess facts.json --rubric district-ssg.json",
)
def _setup_assess(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "ไฟล์ข้อมูลเป็นออบเจกต์ JSON ชื่อข้อมูลตาม GroupFacts (ssg, fhc) หรือ KkkjFacts (kkkj_health) "
        'เช่น {"members": 40, "written_bylaws": true, "savings": 125000.50}; ข้อมูลที่ไม่รู้ให้เว้นไว้ '
        "(ไม่นับว่าผ่านหรือไม่ผ่าน)\n"
        "facts: a JSON object named as in GroupFacts (ssg, fhc) or KkkjFacts (kkkj_health); leave unknown facts "
        "out (they are 'not assessed'). A --rubric file is the data of Rubric.from_mapping (see "
        "Rubric.to_mapping); its facts are passed as they are.\n\n" + (parser.epilog or "")
    )
    parser.add_argument("facts", help="ไฟล์ JSON ของข้อมูล / the JSON file of facts (- for standard input)")
    parser.add_argument(
        "--rubric-name",
        choices=("ssg", "fhc", "kkkj_health"),
        help="แบบประเมินที่มากับไลบรารี (ชั่วคราว) / a shipped (provisional) rubric; default ssg",
    )
    parser.add_argument(
        "--rubric", metavar="FILE", help="แบบประเมินของอำเภอ (JSON) / a district's rubric file (JSON)"
    )
    _add_output_options(parser)


# --- demo ------------------------------------------------------------------------------------------------


# The officer's own findings for the SSG part of the demo (invented, like the rest of the training data):
# what the district team saw at the group, which no account holds. The other facts come from the close.
_DEMO_GROUP_FACTS: dict[str, Any] = {
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


class _Doc:
    """Builds the demo's document text in one language: Thai dates and baht text where a document has them."""

    def __init__(self, language: str) -> None:
        self.th = language == "th"
        self.language = language
        self.lines: list[str] = []

    def t(self, th: str, en: str) -> str:
        return th if self.th else en

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def heading(self, th: str, en: str) -> None:
        text = self.t(th, en)
        self.add("", "=" * 72, text, "=" * 72)

    def day(self, value: date) -> str:
        from chumchon.thai import format_date

        return format_date(value, "long") if self.th else f"{value.day} {value:%B} {value.year}"

    def baht(self, amount: Decimal | int) -> str:
        """``1,234.50 บาท (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์)``: figures and words, as documents do."""
        from chumchon.thai import bahttext, format_baht

        if self.th:
            return f"{format_baht(amount)} ({bahttext(amount)})"
        return f"{format_baht(amount, unit='baht')} ({bahttext(amount, language='en')})"

    def table(self, table: Table) -> None:
        self.add(*table.to_text(language=self.language).splitlines())


def _retitled(table: Table, title: Message) -> Table:
    return Table(columns=table.columns, rows=table.rows, title=title)


def _demo_savings(doc: _Doc) -> Any:
    from chumchon.savings.examples import training_group

    group = training_group()
    close = group.close()
    year = close.group
    doc.heading(
        "ส่วนที่ 1  การปิดบัญชีประจำปีของกลุ่มออมทรัพย์เพื่อการผลิต",
        "Part 1  The annual close of a savings group for production",
    )
    doc.add(
        doc.t(
            f"{year.name} ({len(year.members)} คน) ปีบัญชีเริ่ม {doc.day(year.fiscal_year_start)}",
            f"{year.name} ({len(year.members)} members), fiscal year from {doc.day(year.fiscal_year_start)}",
        ),
        "",
    )
    doc.add(*close.to_text(language=doc.language).splitlines())
    doc.add("")
    doc.add(doc.t("สรุปเพื่อเสนอที่ประชุมใหญ่สามัญประจำปี", "Summary for the annual general meeting"))
    doc.add(doc.t(f"  กำไรสุทธิ {doc.baht(close.net_profit)}", f"  net profit {doc.baht(close.net_profit)}"))
    if close.dividends is not None:
        doc.add(
            doc.t(
                f"  เงินปันผล {doc.baht(close.dividends.total)}",
                f"  dividends {doc.baht(close.dividends.total)}",
            )
        )
    if close.rebates is not None:
        doc.add(
            doc.t(
                f"  เงินเฉลี่ยคืน {doc.baht(close.rebates.total)}", f"  rebates {doc.baht(close.rebates.total)}"
            )
        )
    return close


def _demo_kkkj(doc: _Doc) -> None:
    from chumchon.loans.kkkj import TRAINING_CASE, loan_status, review_request
    from chumchon.thai import format_baht

    case = TRAINING_CASE
    village, request, household = case.village, case.request, case.household
    doc.heading(
        f"ส่วนที่ 2  เงินทุน กข.คจ. {village.name} ตำบล{village.tambon} อำเภอ{village.district} "
        f"จังหวัด{village.province}",
        f"Part 2  The กข.คจ. fund of {village.name}, tambon {village.tambon}, {village.district} district, "
        f"{village.province} province",
    )
    review = review_request(request, committee=case.committee, fund_cash=case.fund_cash)
    passed = sum(1 for c in review.criteria if c.passed)
    doc.add(
        doc.t("บันทึกการพิจารณาคำขอยืมเงิน", "Record of the review of a borrowing request"),
        doc.t(
            f"  วันที่ยื่นคำขอ    {doc.day(request.requested_on)}",
            f"  requested on   {doc.day(request.requested_on)}",
        ),
        doc.t(
            f"  ผู้ขอยืม          {household.head_name} (ครัวเรือน {household.household_id} "
            f"สมาชิก {household.members} คน รายได้ {format_baht(household.annual_income)} ต่อปี)",
            f"  borrower       {household.head_name} (household {household.household_id}, {household.members} "
            f"members, income {format_baht(household.annual_income, unit='baht')} a year)",
        ),
        doc.t(
            f"  จำนวนเงิน        {doc.baht(request.amount)}", f"  amount         {doc.baht(request.amount)}"
        ),
        doc.t(
            f"  วัตถุประสงค์      {request.purpose.label.th}: {request.project}",
            f"  purpose        {request.purpose.label.en}: {request.project}",
        ),
        doc.t(
            f"  ชำระคืน          {request.installments} งวด ภายใน {request.term_months} เดือน ไม่มีดอกเบี้ย",
            f"  repayment      {request.installments} instalments within {request.term_months} months, "
            "no interest",
        ),
        doc.t(
            f"  ผลการพิจารณา     {'ผ่าน' if review.approved else 'ไม่ผ่าน'} {passed} จาก {len(review.criteria)} เกณฑ์",
            f"  outcome        {'approved' if review.approved else 'not approved'}: {passed} of "
            f"{len(review.criteria)} criteria passed",
        ),
    )
    for criterion in review.criteria:
        mark = doc.t("ผ่าน", "passed") if criterion.passed else doc.t("ไม่ผ่าน", "failed")
        doc.add(f"    [{mark}] {criterion.title.get(doc.language)}: {criterion.reason.get(doc.language)}")
    if review.provisional:
        named = [c.title for c in review.criteria if c.key in review.provisional]
        doc.add(
            doc.t(
                f"    หมายเหตุ: เกณฑ์ {', '.join(m.th for m in named)} ใช้ค่าชั่วคราว (ยังไม่ยืนยันจากตัวบท) ไม่ใช่กฎหมาย",
                f"    note: the criteria {', '.join(m.en for m in named)} rest on provisional values (not confirmed), "
                "not law",
            )
        )
    doc.add(doc.t(f"  อ้างอิง {case.committee.reference}", f"  reference: {case.committee.reference}"), "")
    schedule = case.schedule
    # One heading: the schedule's own title says when the money was paid out.
    title = Message(
        f"ตารางชำระคืนเงินยืม (จ่ายเงินยืมวันที่ {doc.day(schedule.disbursed_on)})",
        f"Repayment schedule (money paid out on {doc.day(schedule.disbursed_on)})",
    )
    doc.table(_retitled(schedule.to_table(), title))
    doc.add(
        doc.t(f"  รวมทั้งสิ้น {doc.baht(schedule.total_payment)}", f"  total {doc.baht(schedule.total_payment)}"),
        "",
    )

    late = loan_status(case.schedule, case.payments, as_of=case.late_check_date, committee=case.committee)
    first = late.installments[0]
    if late.penalty_due:
        fee_th, fee_en = f"ค่าปรับ {doc.baht(late.penalty_due)}", f"late fee {doc.baht(late.penalty_due)}"
    elif case.committee.late_fee is None:
        fee_th, fee_en = "ไม่มีค่าปรับ (คณะกรรมการไม่ได้กำหนดค่าปรับ)", "no late fee (the committee set none)"
    else:
        fee_th, fee_en = "ยังไม่มีค่าปรับ", "no late fee yet"
    doc.add(
        doc.t("การชำระล่าช้า", "A late payment"),
        doc.t(
            f"  ณ วันที่ {doc.day(late.as_of)} งวดที่ {first.number} (ครบกำหนด {doc.day(first.due_date)}) "
            f"ยังไม่ได้ชำระ ค้างชำระ {doc.baht(late.overdue_principal)} เกินกำหนด {late.days_past_due} วัน {fee_th}",
            f"  On {doc.day(late.as_of)} instalment {first.number} (due {doc.day(first.due_date)}) is unpaid: "
            f"{doc.baht(late.overdue_principal)} overdue, {late.days_past_due} days past due, {fee_en}",
        ),
    )
    for payment in case.payments:
        doc.add(
            doc.t(
                f"  รับชำระวันที่ {doc.day(payment.date)} จำนวน {doc.baht(payment.amount)}",
                f"  Received on {doc.day(payment.date)}: {doc.baht(payment.amount)}",
            )
        )
    now = loan_status(case.schedule, case.payments, as_of=case.report_date, committee=case.committee)
    settled = now.installments[0]
    if settled.paid_on is not None:
        doc.add(
            doc.t(
                f"  งวดที่ {settled.number} ชำระครบเมื่อ {doc.day(settled.paid_on)} ช้ากว่ากำหนด {settled.days_late} วัน",
                f"  Instalment {settled.number} was paid in full on {doc.day(settled.paid_on)}, "
                f"{settled.days_late} days late",
            )
        )
    doc.add(
        doc.t(
            f"  ณ วันที่ {doc.day(now.as_of)} (สิ้นปีงบประมาณ) เงินยืมคงเหลือ {doc.baht(now.outstanding_principal)} "
            + (f"ค้างชำระ {doc.baht(now.overdue_principal)}" if now.overdue_principal else "ไม่มีงวดค้างชำระ"),
            f"  On {doc.day(now.as_of)} (end of the fiscal year) {doc.baht(now.outstanding_principal)} is "
            + (
                f"outstanding, {doc.baht(now.overdue_principal)} overdue"
                if now.overdue_principal
                else "outstanding, nothing overdue"
            ),
        )
    )
    doc.table(now.to_table())
    for finding in now.findings:
        doc.add(f"  {doc.t('คำเตือน', 'warning')}: {finding.message.get(doc.language)}")


def _demo_assessment(doc: _Doc, close: Any) -> None:
    from chumchon.assessment import GroupFacts, assess, ssg

    facts = GroupFacts.from_results(close=close, **_DEMO_GROUP_FACTS)
    result = assess(ssg.RUBRIC, facts)
    doc.heading(
        "ส่วนที่ 3  ผลการประเมินกลุ่มตามเกณฑ์ SSG",
        "Part 3  The group's SSG assessment",
    )
    doc.add(
        doc.t(
            "ข้อมูลจำนวนสมาชิก เงินออม และกำไรสุทธิ มาจากการปิดบัญชีในส่วนที่ 1 ข้อมูลด้านการบริหารเจ้าหน้าที่กรอก (สมมุติ)",
            "Members, savings and net profit come from the close in part 1; governance facts are the officer's "
            "(invented).",
        ),
        "",
    )
    doc.add(*result.explain(doc.language).splitlines())
    plan = result.improvement_plan().items
    if plan:
        doc.add("", doc.t("แผนพัฒนา (เรียงตามความสำคัญ)", "Improvement plan (most important first)"))
        doc.add(*(f"  {item.rank}. {item.result.code} {item.advice.get(doc.language)}" for item in plan))


def demo_text(language: str = "th") -> str:
    """The whole demo as text: a savings group's year, a กข.คจ. loan and an SSG assessment (training data)."""
    doc = _Doc(language)
    doc.add(
        doc.t(
            f"chumchon {__version__}: ตัวอย่างงานหลักของสำนักงานพัฒนาชุมชนอำเภอ (ข้อมูลสมมุติเพื่อการฝึกอบรม)",
            f"chumchon {__version__}: the main job of a district community development office "
            "(invented training data)",
        )
    )
    close = _demo_savings(doc)
    _demo_kkkj(doc)
    _demo_assessment(doc, close)
    doc.add(
        "",
        doc.t(
            'ตัวเลขตามกฎหมายทุกตัวอ้างแหล่งที่มา ค่าที่มีสถานะ "ชั่วคราว" เป็นค่าเริ่มต้นที่แก้ได้ ไม่ใช่กฎหมาย',
            'Every legal number cites its source; values marked "provisional" are defaults you may replace, '
            "not law.",
        ),
    )
    return "\n".join(doc.lines)


def _cmd_demo(args: argparse.Namespace) -> str:
    return _digits(demo_text(args.lang), args.digits)


@_command(
    "demo",
    "ตัวอย่างงานหลักบนข้อมูลสมมุติ: ปิดบัญชีกลุ่มออมทรัพย์ เงินยืม กข.คจ. และการประเมิน SSG / the main job, "
    "worked on built-in training data",
    "chumchon demo",
    "chumchon demo --lang en",
)
def _setup_demo(parser: argparse.ArgumentParser) -> None:
    _add_lang(parser)
    parser.add_argument(
        "--digits", choices=_DIGITS, default="arabic", help="เลขอารบิกหรือเลขไทย / Arabic or Thai digits"
    )


# --- the parser and the entry point ----------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line Thai/English usage error (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: ใช้คำสั่งไม่ถูกต้อง / usage error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    order = ("demo", "bahttext", "date", "schedule", "kkkj-schedule", "dividends", "assess")
    names = [n for n in order if n in _COMMANDS] + [n for n in _COMMANDS if n not in order]
    parser = _Parser(
        prog="chumchon",
        description="chumchon: การเงินชุมชนของไทย / Thai community finance (savings groups, กข.คจ., assessments)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "ตัวอย่าง / examples:\n"
            + "\n".join(f"  {_COMMANDS[n].examples[0]}" for n in names)
            + "\n\nexit codes: 0 ok, 1 input error, 2 usage error, 3 file error"
        ),
    )
    parser.add_argument("--version", action="version", version=f"chumchon {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for name in names:
        command = _COMMANDS[name]
        child = sub.add_parser(
            name,
            help=command.help,
            description=command.help,
            epilog="ตัวอย่าง / examples:\n" + "\n".join(f"  {e}" for e in command.examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.setup(child)
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); print the result; return the exit code.

    Exit codes: :data:`EXIT_OK` (0), :data:`EXIT_INPUT_ERROR` (1), :data:`EXIT_USAGE` (2),
    :data:`EXIT_FILE_ERROR` (3).
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits on --help/--version (0) and on usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        output = _COMMANDS[args.command].runner(args)
    except ChumchonError as error:
        _write(f"chumchon: {_one_line(str(error))}", sys.stderr)
        return EXIT_INPUT_ERROR
    except _FileError as error:
        _write(f"chumchon: {_one_line(str(error))}", sys.stderr)
        return EXIT_FILE_ERROR
    except _UsageError as error:
        _write(f"chumchon {args.command}: ใช้คำสั่งไม่ถูกต้อง / usage error: {error}", sys.stderr)
        return EXIT_USAGE
    try:
        _write(output, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `chumchon demo | head`: the reader left; that is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


def _iter_examples() -> Iterable[tuple[str, str]]:
    """Every registered example, ``(command, example)``: the tests run each one."""
    for name, command in _COMMANDS.items():
        for example in command.examples:
            yield name, example
