"""What the command line prints: a table as text, CSV or JSON, a result by ``--format``, Thai digits, and a
console that cannot encode Thai."""

from __future__ import annotations

import argparse
import csv
import enum
import io
import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from chumchon.messages import Message
from chumchon.tables import Table, format_cell

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.loans import Schedule

__all__ = ["output", "render", "schedule_footer", "to_digits", "write"]

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

    >>> from chumchon.tables import Column
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
        return to_digits(text, digits)
    if fmt == "json":
        columns = table.columns
        records = [
            {c.key: _plain(v, language, c.kind) for c, v in zip(columns, row, strict=True)}
            for row in table.rows
        ]
        return json.dumps(records, ensure_ascii=False, indent=2)
    return table.to_text(language=language, digits=digits)


def to_digits(text: str, digits: str) -> str:
    """``text`` with Thai digits when ``digits`` is ``"thai"``, else unchanged."""
    if digits == "thai":
        from chumchon.thai import to_thai_digits

        return to_thai_digits(text)
    return text


def write(text: str, stream: TextIO) -> None:
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


def output(result: Any, args: argparse.Namespace) -> str:
    """A result for ``--format``: its JSON document (``to_mapping``) for json, else its table rendered."""
    if args.fmt == "json" and hasattr(result, "to_mapping"):
        from chumchon.jsontext import dumps

        return dumps(result.to_mapping())
    return render(result.to_table(), fmt=args.fmt, language=args.lang, digits=args.digits)


def schedule_footer(schedule: Schedule, language: str, *, check_rate: bool) -> list[str]:
    """The lines under a schedule's table: the totals in figures and words and, with ``check_rate``, the true
    rate against the legal cap and any finding."""
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
