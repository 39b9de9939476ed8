"""The finance functions against LibreOffice Calc, computed headless from a generated sheet (issue 16).

Skipped where ``soffice`` is not installed (Debian: ``apt-get install -y libreoffice-calc``). LibreOffice works
in binary floats, so agreement is to 1e-9 relative; the one recorded disagreement is a case where its floats
are wrong and chumchon is exact (checked against Fraction in tests/property/test_loans_excel_functions.py).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from chumchon import loans

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

D = Decimal
MS_DATES = [date(2008, 1, 1), date(2008, 3, 1), date(2008, 10, 30), date(2009, 2, 15), date(2009, 4, 1)]
MS_VALUES = [-10000, 2750, 4250, 3250, 2750]
SERIALS = ";".join(str((d - date(1899, 12, 30)).days) for d in MS_DATES)
CASES: dict[str, tuple[str, Callable[[], Decimal]]] = {
    "pmt": ("PMT(0.01;24;500000)", lambda: loans.pmt("0.01", 24, 500000)),
    "rate begin": ("RATE(6;-17000;100000;0;1)", lambda: loans.rate(6, -17000, 100000, 0, 1)),
    "rate begin, two roots": (
        "RATE(12;-5175.6;26392.6;35948.65;1)",
        lambda: loans.rate(12, D("-5175.6"), D("26392.6"), D("35948.65"), 1),
    ),
    "rate, Newton diverges": (
        "RATE(11;-76154.43;10941.61)",
        lambda: loans.rate(11, D("-76154.43"), D("10941.61")),
    ),
    "ipmt fractional per": ("IPMT(0.01;2.5;24;500000)", lambda: loans.ipmt("0.01", "2.5", 24, 500000)),
    "ipmt fractional per, begin": (
        "IPMT(0.01;2.5;24;500000;0;1)",
        lambda: loans.ipmt("0.01", "2.5", 24, 500000, 0, 1),
    ),
    "effect": ("EFFECT(0.0525;4)", lambda: loans.effect("0.0525", 4)),
    "nominal": ("NOMINAL(0.053543;4)", lambda: loans.nominal("0.053543", 4)),
    "cumipmt": (
        "CUMIPMT(0.0075;360;125000;13;24;0)",
        lambda: loans.cumipmt("0.0075", 360, 125000, 13, 24, 0),
    ),
    "cumprinc": (
        "CUMPRINC(0.0075;360;125000;13;24;0)",
        lambda: loans.cumprinc("0.0075", 360, 125000, 13, 24, 0),
    ),
    "cumipmt begin": ("CUMIPMT(0.01;24;500000;1;9;1)", lambda: loans.cumipmt("0.01", 24, 500000, 1, 9, 1)),
    "cumprinc begin": ("CUMPRINC(0.01;24;500000;1;9;1)", lambda: loans.cumprinc("0.01", 24, 500000, 1, 9, 1)),
    "npv": ("NPV(0.1;-10000;3000;4200;6800)", lambda: loans.npv("0.1", -10000, 3000, 4200, 6800)),
    "irr": (
        "IRR({-70000;12000;15000;18000;21000;26000})",
        lambda: loans.irr([-70000, 12000, 15000, 18000, 21000, 26000]),
    ),
    "irr with guess": ("IRR({-70000;12000;15000};-0.1)", lambda: loans.irr([-70000, 12000, 15000], "-0.1")),
    "xnpv": (
        f"XNPV(0.09;{{-10000;2750;4250;3250;2750}};{{{SERIALS}}})",
        lambda: loans.xnpv("0.09", MS_VALUES, MS_DATES),
    ),
    "xirr": (f"XIRR({{-10000;2750;4250;3250;2750}};{{{SERIALS}}})", lambda: loans.xirr(MS_VALUES, MS_DATES)),
}
# LibreOffice's floats lose every digit here ((1.358828)^468 is about 10^62); chumchon's -11.40 is exact.
DISAGREEMENTS = {"ppmt, huge growth": "PPMT(0.358828;441;468;10689.81;220398.32;1)"}


def _calc(formulas: list[str], folder: Path) -> list[str]:
    rows = "".join(
        f'<table:table-row><table:table-cell table:formula="of:={f}"/></table:table-row>' for f in formulas
    )
    sheet = folder / "oracle.fods"
    sheet.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
        f'<table:table table:name="oracle">{rows}</table:table></office:spreadsheet></office:body></office:document>',
        encoding="utf-8",
    )
    # CSV filter options: comma, quote, UTF-8, first line 1, cell contents as stored (full precision).
    target = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            target,
            str(sheet),
            "--outdir",
            str(folder),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    with (folder / "oracle.csv").open(encoding="utf-8") as handle:
        return [row[0] for row in csv.reader(handle)]


def _number(text: str) -> Decimal:
    return D(text[:-1]) / 100 if text.endswith("%") else D(text)


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Decimal]:
    names = [*CASES, *DISAGREEMENTS]
    formulas = [CASES[n][0] if n in CASES else DISAGREEMENTS[n] for n in names]
    values = _calc(formulas, tmp_path_factory.mktemp("libreoffice"))
    return {name: _number(value) for name, value in zip(names, values, strict=True)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_agrees_with_libreoffice(calc: dict[str, Decimal], name: str) -> None:
    ours = CASES[name][1]()
    assert abs(ours - calc[name]) <= D("1e-9") * max(1, abs(ours)), (name, ours, calc[name])


def test_libreoffice_is_wrong_where_the_growth_factor_is_huge(calc: dict[str, Decimal]) -> None:
    ours = loans.ppmt(D("0.358828"), 441, 468, D("10689.81"), D("220398.32"), 1)
    assert round(ours, 2) == D("-11.40")
    assert abs(calc["ppmt, huge growth"]) > 10**40  # LibreOffice 7.4: 1.31e48
