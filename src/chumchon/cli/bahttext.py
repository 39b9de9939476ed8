"""``chumchon bahttext``: an amount in Thai words (บาทถ้วน)."""

from __future__ import annotations

import argparse
import sys

from chumchon.cli._options import LANGUAGES, Command, add_rounding
from chumchon.cli._output import write


def run(args: argparse.Namespace) -> str:
    from chumchon.thai import bahttext, parse_bahttext
    from chumchon.thai.words import DEPRECATED_WORD_STYLES

    if args.parse:
        return str(parse_bahttext(args.amount))
    style = DEPRECATED_WORD_STYLES.get(args.style, args.style)
    if style != args.style:
        write(
            f"chumchon: --style {args.style} is now --style {style} (the old name goes next release)",
            sys.stderr,
        )
    return bahttext(args.amount, style=style, language=args.lang, rounding=args.rounding)


def setup(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument("--lang", choices=LANGUAGES, default="th", help="Thai words or the English form")
    add_rounding(
        parser,
        default="satang",
        help_text="การปัดเศษสตางค์ / rounding of satang beyond two places (default satang, half up)",
    )
    parser.add_argument(
        "--parse", action="store_true", help="อ่านข้อความกลับเป็นตัวเลข / read baht text back into a number"
    )


COMMAND = Command(
    "bahttext",
    "จำนวนเงินเป็นตัวอักษร (บาทถ้วน) / an amount in Thai words, as on a cheque or receipt",
    "chumchon bahttext 1234.50",
    "chumchon bahttext 101 --style ed_after_tens",
    "chumchon bahttext --parse หนึ่งร้อยเอ็ดบาทถ้วน",
    setup=setup,
    run=run,
)
