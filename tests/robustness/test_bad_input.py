"""Table-driven bad input for every public function and class constructor (issue 9, robustness).

Every public callable of every public module has a row in :data:`TABLE`: a valid baseline call and, for each
argument, what kind of value it takes. The test varies one argument at a time through :data:`BAD_VALUES` (None,
bool, NaN, infinities, negative, zero, huge, wrong types, empty and malformed Thai text). For each kind of
argument some bad values MUST be refused with a :class:`~chumchon.errors.ChumchonError`; the others MAY be
accepted (zero where zero is allowed, huge amounts that Decimal computes exactly) but must never raise another
exception or hang. :func:`test_every_public_callable_is_covered` fails when a new public name appears that is
neither in the table nor in :data:`EXEMPT` with a reason.

Result records that only the library builds (schedules, statuses, reports, ...) have a lighter row: their
constructors are fed None, NaN and an arbitrary object in each field and must raise nothing but a
ChumchonError (accepting is allowed: they are records, not an input path).
"""

from __future__ import annotations

import enum
import functools
import importlib
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from robustness_pool import AS_OF, instances, pool

from chumchon import assessment, excel, jsontext, loans, money, rules, savings, schemas, tables, thai
from chumchon.assessment import fhc, kkkj_health, ssg
from chumchon.errors import ChumchonError
from chumchon.excel import from_excel_date, to_excel_serial
from chumchon.loans import kkkj
from chumchon.messages import Message, check_language

PUBLIC_MODULES = (
    "chumchon.money",
    "chumchon.rules",
    "chumchon.messages",
    "chumchon.tables",
    "chumchon.thai",
    "chumchon.loans",
    "chumchon.loans.kkkj",
    "chumchon.savings",
    "chumchon.assessment",
    "chumchon.assessment.ssg",
    "chumchon.assessment.fhc",
    "chumchon.assessment.kkkj_health",
    "chumchon.excel",
    "chumchon.errors",
    "chumchon.jsontext",
    "chumchon.schemas",
)

# --- the bad values -------------------------------------------------------------------------------------------

BAD_VALUES: dict[str, object] = {
    "none": None,
    "true": True,
    "false": False,
    "nan": float("nan"),
    "decimal_nan": Decimal("NaN"),
    "decimal_snan": Decimal("sNaN"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "decimal_inf": Decimal("Infinity"),
    "negative": -1,
    "negative_fraction": Decimal("-0.01"),
    "zero": 0,
    "huge_float": 1e30,
    "huge_int": 10**40,
    "list": [1],
    "dict": {"a": 1},
    "object": object(),
    "empty_list": [],
    "empty_text": "",
    "bad_thai_words": "หนึ่งร้อยบาทถ้วนสตางค์ถ้วน",
    "bad_thai_digits": "๑๒,,๓๔.๕.๖",
    "bad_thai_date": "๓๑ กุมภาพันธ์ ๒๕๖๘",
}
NUMBERS_BAD = {"none", "true", "false", "nan", "decimal_nan", "decimal_snan", "inf", "-inf", "decimal_inf"}
WRONG_TYPES = {"list", "dict", "object", "empty_list"}
BAD_TEXT = {"empty_text", "bad_thai_words", "bad_thai_digits", "bad_thai_date"}
ALL = set(BAD_VALUES)


@dataclass(frozen=True)
class Kind:
    """What an argument takes, as the set of bad-value labels it must refuse (the rest it may accept)."""

    name: str
    refuse: frozenset[str]

    def but(self, *, accept: tuple[str, ...] = (), refuse: tuple[str, ...] = ()) -> Kind:
        return Kind(self.name, (self.refuse - set(accept)) | set(refuse))


def _kind(name: str, refuse: set[str]) -> Kind:
    return Kind(name, frozenset(refuse))


# an amount of money that may be zero but not negative; huge amounts may be computed exactly
AMOUNT = _kind("amount", NUMBERS_BAD | WRONG_TYPES | BAD_TEXT | {"negative", "negative_fraction"})
POSITIVE = AMOUNT.but(refuse=("zero",))
SIGNED = _kind("signed amount", NUMBERS_BAD | WRONG_TYPES | BAD_TEXT)
OPTIONAL_AMOUNT = AMOUNT.but(accept=("none",))
RATE = AMOUNT  # a fraction: same refusals; a huge rate may be refused by a cap
OPTIONAL_RATE = OPTIONAL_AMOUNT
COUNT = AMOUNT.but(refuse=("negative_fraction",))
POSITIVE_COUNT = POSITIVE
DATE = _kind("date", ALL)
OPTIONAL_DATE = DATE.but(accept=("none",))
ENUM = _kind("enum member", ALL)
OBJECT = _kind("domain object", ALL)
OPTIONAL_OBJECT = OBJECT.but(accept=("none",))
# an iterable of domain objects: refuse non-iterables and wrong items; an empty one may be fine
ITEMS = _kind("iterable of objects", ALL - {"empty_list", "empty_text"})
NONEMPTY_ITEMS = ITEMS.but(refuse=("empty_list", "empty_text"))
# an identifier (member, household, loan, code): refuse what is not text
TEXT = _kind("identifier", {"none", "nan", "list", "dict", "object", "empty_list", "inf", "decimal_nan"})
OPTIONAL_TEXT = TEXT.but(accept=("none",))
# a human label (title, name, unit): anything printable is harmless, but it must not crash
LABEL = _kind("label", set())
PARSE_TEXT = _kind("text to parse", ALL)
# a yes/no option: Python truthiness is the library's convention, so only crashes count
FLAG = _kind("flag", set())
MAPPING = _kind("mapping", ALL - {"dict"})


@dataclass
class Row:
    """One public callable: how to call it validly and what each argument takes."""

    call: Callable[..., Any]
    baseline: Callable[[], dict[str, Any]]
    kinds: dict[str, Kind]
    # ids "name:arg:label" known to fail, with the bug, kept as strict xfails
    consume: bool = False  # the callable returns a lazy iterator: drain it
    excel: bool = False  # a worksheet function: a refusal is an error string, never an exception
    extra_bad: dict[str, dict[str, object]] = field(default_factory=dict)


def _p() -> Any:
    return pool()


D = Decimal

# --- the table -------------------------------------------------------------------------------------------------

TABLE: dict[str, Row] = {}


def row(
    name: str,
    call: Callable[..., Any],
    baseline: Callable[[], dict[str, Any]],
    /,
    consume: bool = False,
    excel: bool = False,
    extra_bad: dict[str, dict[str, object]] | None = None,
    **kinds: Kind,
) -> None:
    assert name not in TABLE, name
    TABLE[name] = Row(call, baseline, kinds, consume, excel, extra_bad or {})


# chumchon.money
row(
    "chumchon.money.to_decimal",
    money.to_decimal,
    lambda: {"value": "12.50"},
    value=SIGNED.but(accept=("none",)),
)
row(
    "chumchon.money.to_money",
    money.to_money,
    lambda: {"value": "12.50", "allow_negative": False, "allow_zero": True},
    value=AMOUNT,
    allow_negative=FLAG,
    allow_zero=FLAG,
)
row(
    "chumchon.money.to_rate",
    money.to_rate,
    lambda: {"value": "0.12", "maximum": D("1")},
    value=RATE,
    maximum=OPTIONAL_RATE.but(accept=("inf", "decimal_inf")),  # an infinite maximum is no maximum
)
row(
    "chumchon.money.money_from_float",
    money.money_from_float,
    lambda: {"value": 0.1 + 0.2},
    value=SIGNED,
)
row(
    "chumchon.money.to_annual_rate",
    money.to_annual_rate,
    lambda: {"value": 0.057},
    value=RATE,
)
row(
    "chumchon.money.Rounding",
    money.Rounding,
    lambda: {"quantum": D("0.01"), "mode": "ROUND_HALF_UP"},
    quantum=POSITIVE,
    mode=PARSE_TEXT,
)
row(
    "chumchon.money.allocate",
    money.allocate,
    lambda: {"total": D("100"), "weights": {"a": 1, "b": 2}, "rounding": money.SATANG},
    total=SIGNED,
    weights=ITEMS.but(accept=("list", "dict")),  # a mapping or a sequence of weights
    rounding=OBJECT,
    extra_bad={
        "weights": {"all_zero": {"a": 0, "b": 0}, "nan_weight": {"a": float("nan")}, "neg": {"a": -1}}
    },
)
row(
    "chumchon.money.rounding_from_name", money.rounding_from_name, lambda: {"name": "satang"}, name=PARSE_TEXT
)

# chumchon.rules
_SOURCE = lambda: {"title_th": "ระเบียบ", "title_en": "regulation", "be_year": 2553}  # noqa: E731
row(
    "chumchon.rules.Source",
    rules.Source,
    _SOURCE,
    title_th=LABEL,
    title_en=LABEL,
    be_year=COUNT.but(accept=("none",)),
)
row(
    "chumchon.rules.DatedValue",
    rules.DatedValue,
    lambda: {
        "effective_from": date(2011, 1, 1),
        "value": D("1"),
        "source": rules.CIVIL_AND_COMMERCIAL_CODE,
        "status": rules.Status.CONFIRMED,
    },
    effective_from=DATE,
    source=OBJECT,
    status=ENUM,
)
row(
    "chumchon.rules.Parameter",
    rules.Parameter,
    lambda: {
        "name": "x",
        "title_th": "ก",
        "title_en": "x",
        "unit": "baht",
        "history": rules.INTEREST_CAP_ANNUAL_RATE.history,
    },
    name=LABEL,
    history=NONEMPTY_ITEMS,
)
row("chumchon.rules.check_as_of", rules.check_as_of, lambda: {"as_of": AS_OF}, as_of=DATE)
row(
    "chumchon.rules.in_force",
    rules.in_force,
    lambda: {"name": "kkkj_regulation", "as_of": AS_OF},
    name=PARSE_TEXT,
    as_of=DATE,
)
row(
    "chumchon.loans.kkkj.regulation_in_force",
    kkkj.regulation_in_force,
    lambda: {"as_of": AS_OF},
    as_of=DATE,
)
row(
    "chumchon.loans.kkkj.regulation_from_instrument",
    kkkj.regulation_from_instrument,
    lambda: {"instrument": rules.instrument("kkkj_2553")},
    instrument=OBJECT,
)
row(
    "chumchon.rules.parameter",
    rules.parameter,
    lambda: {"parameter_id": "kkkj_max_installments"},
    parameter_id=PARSE_TEXT,
)
row("chumchon.rules.rule", rules.rule, lambda: {"rule_id": "kkkj_fund_identity"}, rule_id=PARSE_TEXT)
row(
    "chumchon.rules.instrument",
    rules.instrument,
    lambda: {"instrument_id": "civil_code"},
    instrument_id=PARSE_TEXT,
)

# chumchon.messages
row("chumchon.messages.Message", Message, lambda: {"th": "ก", "en": "a"}, th=LABEL, en=LABEL)
row("chumchon.messages.check_language", check_language, lambda: {"language": "th"}, language=PARSE_TEXT)

# chumchon.tables
row(
    "chumchon.tables.Column",
    tables.Column,
    lambda: {"key": "k", "th": "ก", "en": "k", "kind": "money"},
    key=LABEL,
    kind=PARSE_TEXT,
)
row(
    "chumchon.tables.Table",
    tables.Table,
    lambda: {"columns": (tables.Column("k", "ก", "k", "money"),), "rows": [[D("1")]]},
    columns=NONEMPTY_ITEMS,
    rows=ITEMS.but(accept=("list",)),  # [1] is one row of one cell?  no: a row must be a sequence
    extra_bad={"rows": {"ragged": [[D("1"), D("2")]]}},
)
row("chumchon.tables.check_digits", tables.check_digits, lambda: {"digits": "thai"}, digits=PARSE_TEXT)
row(
    "chumchon.tables.Report",
    tables.Report,
    lambda: {"parts": ["สรุป", ""], "language": "th", "digits": "arabic"},
    parts=ITEMS,
    language=PARSE_TEXT,
    digits=PARSE_TEXT,
)
row(
    "chumchon.tables.display_width",
    tables.display_width,
    lambda: {"text": "ที่ดิน"},
    text=PARSE_TEXT.but(accept=tuple(BAD_TEXT)),
)
row(
    "chumchon.tables.format_cell",
    tables.format_cell,
    lambda: {"value": D("1234.5"), "kind": "money", "language": "th", "digits": "arabic"},
    value=_kind("any cell", set()),  # a formatter: any cell value prints
    kind=PARSE_TEXT,
    language=PARSE_TEXT,
    digits=PARSE_TEXT,
)

# chumchon.thai
_THAI_AMOUNT = AMOUNT.but(accept=("negative", "negative_fraction"))  # a negative amount reads "ลบ..."
row("chumchon.thai.bahttext", thai.bahttext, lambda: {"amount": D("1234.50")}, amount=_THAI_AMOUNT)
row(
    "chumchon.thai.format_baht",
    thai.format_baht,
    lambda: {"amount": D("1234.50"), "digits": "thai", "unit": "บาท"},
    amount=_THAI_AMOUNT,
    digits=PARSE_TEXT,
    unit=LABEL,
)
row("chumchon.thai.number_words", thai.number_words, lambda: {"n": 1234}, n=_THAI_AMOUNT)
row("chumchon.thai.parse_bahttext", thai.parse_bahttext, lambda: {"text": "หนึ่งร้อยบาทถ้วน"}, text=PARSE_TEXT)
row("chumchon.thai.parse_number_words", thai.parse_number_words, lambda: {"text": "หนึ่งร้อย"}, text=PARSE_TEXT)
row("chumchon.thai.parse_date", thai.parse_date, lambda: {"text": "1 ม.ค. 2568"}, text=PARSE_TEXT)
row("chumchon.thai.be_year", thai.be_year, lambda: {"d": AS_OF}, d=DATE)
row("chumchon.thai.ce_year", thai.ce_year, lambda: {"be": 2568}, be=POSITIVE_COUNT)
row(
    "chumchon.thai.date_from_be",
    thai.date_from_be,
    lambda: {"be": 2568, "month": 2, "day": 28},
    be=POSITIVE_COUNT,
    month=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
    day=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
)
_START_MONTH = POSITIVE_COUNT.but(refuse=("huge_int", "huge_float"))
row(
    "chumchon.thai.fiscal_year",
    thai.fiscal_year,
    lambda: {"d": AS_OF, "start_month": 10},
    d=DATE,
    start_month=_START_MONTH,
)
row(
    "chumchon.thai.fiscal_quarter",
    thai.fiscal_quarter,
    lambda: {"d": AS_OF, "start_month": 10},
    d=DATE,
    start_month=_START_MONTH,
)
row(
    "chumchon.thai.fiscal_year_bounds",
    thai.fiscal_year_bounds,
    lambda: {"fy": 2568, "start_month": 10},
    fy=POSITIVE_COUNT,
    start_month=_START_MONTH,
)
row(
    "chumchon.thai.format_date",
    thai.format_date,
    lambda: {"d": AS_OF, "style": "long", "era": True, "digits": "thai"},
    d=DATE,
    style=PARSE_TEXT,
    era=FLAG,
    digits=PARSE_TEXT,
)
row(
    "chumchon.thai.thai_strftime",
    thai.thai_strftime,
    lambda: {"d": AS_OF, "fmt": "%A %d %B %Y", "digits": "arabic"},
    d=DATE,
    fmt=LABEL,
    digits=PARSE_TEXT,
)
row(
    "chumchon.thai.to_thai_digits",
    thai.to_thai_digits,
    lambda: {"text": "2568"},
    text=TEXT.but(refuse=("true", "zero")),
)
row(
    "chumchon.thai.to_arabic_digits",
    thai.to_arabic_digits,
    lambda: {"text": "๒๕๖๘"},
    text=TEXT.but(refuse=("true", "zero")),
)

# chumchon.excel
row(
    "chumchon.excel.from_excel_date",
    from_excel_date,
    lambda: {"value": 45658},
    value=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
)
row("chumchon.excel.to_excel_serial", to_excel_serial, lambda: {"day": AS_OF}, day=DATE)

# chumchon.loans: numbers
_FIN = {"rate": D("0.01"), "nper": 12, "pv": D("10000")}
# numpy-financial semantics: any finite rate and number of periods (negative and zero included)
_FIN_KINDS = {
    "rate": SIGNED,
    "nper": SIGNED,
    "pv": SIGNED,
    "fv": SIGNED,
    "when": PARSE_TEXT.but(accept=("zero", "true", "false")),  # 0/1 (and so bools) or "end"/"begin"
}
row("chumchon.loans.pmt", loans.pmt, lambda: dict(_FIN), **_FIN_KINDS)
row("chumchon.loans.ipmt", loans.ipmt, lambda: {**_FIN, "per": 3}, per=POSITIVE_COUNT, **_FIN_KINDS)
row("chumchon.loans.ppmt", loans.ppmt, lambda: {**_FIN, "per": 3}, per=POSITIVE_COUNT, **_FIN_KINDS)
row(
    "chumchon.loans.pv",
    loans.pv,
    lambda: {"rate": D("0.01"), "nper": 12, "pmt": D("-888.49")},
    pmt=SIGNED,
    **{k: v for k, v in _FIN_KINDS.items() if k != "pv"},
)
row(
    "chumchon.loans.fv",
    loans.fv,
    lambda: {"rate": D("0.01"), "nper": 12, "pmt": D("-100"), "pv": D("-1000")},
    pmt=SIGNED,
    **{k: v for k, v in _FIN_KINDS.items() if k != "fv"},
)
row(
    "chumchon.loans.nper",
    loans.nper,
    lambda: {"rate": D("0.01"), "pmt": D("-888.49"), "pv": D("10000")},
    pmt=SIGNED,
    **{k: v for k, v in _FIN_KINDS.items() if k != "nper"},
)
row(
    "chumchon.loans.rate",
    loans.rate,
    lambda: {"nper": 12, "pmt": D("-888.49"), "pv": D("10000")},
    nper=_FIN_KINDS["nper"],
    pmt=SIGNED,
    pv=SIGNED,
    guess=SIGNED,  # even a huge guess finds the root: the solver scans when Newton diverges
    tol=POSITIVE,
    maxiter=POSITIVE_COUNT.but(refuse=("huge_float",)),
)

# chumchon.loans: Excel's finance functions
_CASH_FLOWS = _kind("cash flows", ALL)
_GUESS = SIGNED.but(refuse=("negative",))  # a guess must exceed -1
_SOLVER_KINDS = {"guess": _GUESS, "tol": POSITIVE, "maxiter": POSITIVE_COUNT.but(refuse=("huge_float",))}
_FLOW_DATES = [date(2025, 1, 15), date(2025, 7, 15), date(2026, 1, 15)]
row(
    "chumchon.loans.effect",
    loans.effect,
    lambda: {"nominal_rate": D("0.12"), "npery": 12},
    nominal_rate=POSITIVE,
    npery=POSITIVE_COUNT.but(refuse=("negative_fraction",)),
)
row(
    "chumchon.loans.nominal",
    loans.nominal,
    lambda: {"effect_rate": D("0.12"), "npery": 12},
    effect_rate=POSITIVE,
    npery=POSITIVE_COUNT.but(refuse=("negative_fraction",)),
)


def _CUM() -> dict[str, Any]:
    return {
        "rate": D("0.01"),
        "nper": 24,
        "pv": D("10000"),
        "start_period": 2,
        "end_period": 5,
        "when": 0,
    }


_CUM_KINDS = {
    "rate": POSITIVE,
    "nper": POSITIVE_COUNT.but(refuse=("negative_fraction",)),
    "pv": POSITIVE,
    "start_period": POSITIVE_COUNT.but(refuse=("negative_fraction", "huge_int", "huge_float")),
    "end_period": POSITIVE_COUNT.but(refuse=("negative_fraction", "huge_int", "huge_float")),
    "when": _FIN_KINDS["when"],
}
row("chumchon.loans.cumipmt", loans.cumipmt, _CUM, **_CUM_KINDS)
row("chumchon.loans.cumprinc", loans.cumprinc, _CUM, **_CUM_KINDS)
row(
    "chumchon.loans.npv",
    loans.npv,
    lambda: {"rate": D("0.01"), "values": [D("-1000"), D("600"), D("600")]},
    rate=SIGNED,
    values=SIGNED.but(accept=("list",)),
)
row(
    "chumchon.loans.irr",
    loans.irr,
    lambda: {"values": [D("-1000"), D("600"), D("600")]},
    values=_CASH_FLOWS,
    **_SOLVER_KINDS,
)
row(
    "chumchon.loans.xnpv",
    loans.xnpv,
    lambda: {"rate": D("0.1"), "values": [D("-1000"), D("600"), D("600")], "dates": list(_FLOW_DATES)},
    rate=SIGNED.but(refuse=("negative",)),
    values=_CASH_FLOWS,
    dates=_kind("dates", ALL),
)
row(
    "chumchon.loans.xirr",
    loans.xirr,
    lambda: {"values": [D("-1000"), D("600"), D("600")], "dates": list(_FLOW_DATES)},
    values=_CASH_FLOWS,
    dates=_kind("dates", ALL),
    **_SOLVER_KINDS,
)

# chumchon.loans: terms and schedules
_TERMS = lambda: {  # noqa: E731
    "principal": D("20000"),
    "annual_rate": D("0.12"),
    "installments": 12,
    "disbursed_on": date(2025, 1, 15),
    "first_due": date(2025, 2, 15),
}
_SMALL_COUNT = COUNT.but(refuse=("huge_int", "huge_float"))
row(
    "chumchon.loans.LoanTerms",
    loans.LoanTerms,
    _TERMS,
    principal=POSITIVE,
    annual_rate=RATE,
    installments=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
    disbursed_on=DATE,
    first_due=OPTIONAL_DATE,
    frequency=OBJECT,
    interest_method=ENUM,
    amortization=ENUM,
    grace_periods=_SMALL_COUNT,
    interest_free_periods=_SMALL_COUNT,
    installment_rounding=OBJECT,
    accrual=ENUM,
    holidays=ITEMS.but(accept=tuple(ALL)),  # only consulted with a date adjustment (then checked)
    weekend=ITEMS.but(accept=("list",)),  # [1]: Tuesday
    upfront_fee=AMOUNT,
)
row(
    "chumchon.loans.Frequency",
    loans.Frequency,
    lambda: {"months": 1},
    months=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
)
row(
    "chumchon.loans.ArrearsBuckets",
    loans.ArrearsBuckets,
    lambda: {"bounds": (30, 60, 90)},
    bounds=NONEMPTY_ITEMS.but(accept=("list",)),  # [1]: one bound at one day is valid
)
row(
    "chumchon.loans.Payment",
    loans.Payment,
    lambda: {"date": date(2025, 2, 15), "amount": D("100")},
    date=DATE,
    amount=POSITIVE,
)
row(
    "chumchon.loans.FlatPenalty",
    loans.FlatPenalty,
    lambda: {"amount": D("50"), "grace_days": 3},
    amount=AMOUNT,
    grace_days=COUNT,
)
row(
    "chumchon.loans.RatePenalty",
    loans.RatePenalty,
    lambda: {"annual_rate": D("0.05"), "grace_days": 3, "on_interest": False},
    annual_rate=RATE,
    grace_days=COUNT,
    on_interest=FLAG,
)
row("chumchon.loans.build_schedule", loans.build_schedule, lambda: {"terms": _p().terms}, terms=OBJECT)
row(
    "chumchon.loans.build_custom_schedule",
    loans.build_custom_schedule,
    lambda: {
        "principal": D("10000"),
        "disbursed_on": date(2025, 1, 1),
        "installments": [(date(2025, 6, 1), D("4000")), (date(2025, 12, 1), D("6000"))],
        "annual_rate": D("0.05"),
    },
    principal=POSITIVE,
    disbursed_on=DATE,
    installments=NONEMPTY_ITEMS,
    annual_rate=RATE,
    accrual=ENUM,
    interest_rounding=OBJECT,
    extra_bad={
        "installments": {
            "before_disbursal": [(date(2024, 6, 1), D("10000"))],
            "not_summing": [(date(2025, 6, 1), D("4000"))],
            "negative_part": [(date(2025, 6, 1), D("-4000")), (date(2025, 7, 1), D("14000"))],
        }
    },
)
row(
    "chumchon.loans.apply_payments",
    loans.apply_payments,
    lambda: {"schedule": _p().schedule, "payments": _p().payments, "as_of": date(2025, 6, 30)},
    schedule=OBJECT,
    payments=ITEMS,
    as_of=DATE,
    allocation=ENUM,
    penalty=OPTIONAL_OBJECT,
    buckets=OBJECT,
)
for _name in ("assess_interest_rate", "check_interest_rate", "is_interest_rate_legal"):
    row(
        f"chumchon.loans.{_name}",
        getattr(loans, _name),
        lambda: {"loan": _p().terms, "as_of": date(2025, 1, 15)},
        loan=OBJECT,
        as_of=DATE,
    )
row(
    "chumchon.loans.default_interest_limit",
    loans.default_interest_limit,
    lambda: {"agreed_annual_rate": D("0.12"), "on": date(2025, 1, 15)},
    agreed_annual_rate=RATE,
    on=DATE,
)
row(
    "chumchon.loans.effective_annual_rate",
    loans.effective_annual_rate,
    lambda: {"loan": _p().schedule},
    loan=OBJECT,
)
row(
    "chumchon.loans.nominal_annual_rate",
    loans.nominal_annual_rate,
    lambda: {"loan": _p().schedule},
    loan=OBJECT,
)
row(
    "chumchon.loans.portfolio_at_risk",
    loans.portfolio_at_risk,
    lambda: {"statuses": [_p().status], "days": 30},
    statuses=ITEMS,
    days=COUNT.but(refuse=("huge_float",)),
)
row(
    "chumchon.loans.reschedule",
    loans.reschedule,
    lambda: {"status": _p().status, "as_of": date(2025, 6, 30), "installments": 6},
    status=OBJECT,
    as_of=DATE,
    installments=POSITIVE_COUNT.but(accept=("none",), refuse=("huge_int", "huge_float")),
    capitalize_arrears=FLAG,
)
row(
    "chumchon.loans.build_rescheduling",
    loans.build_rescheduling,
    lambda: {
        "status": _p().status,
        "as_of": date(2026, 6, 30),
        "capitalize_interest": True,
        "agreed_in_writing": True,
    },
    status=OBJECT,
    as_of=DATE,
    capitalize_arrears=FLAG,
    agreed_in_writing=FLAG,
)

# chumchon.loans.kkkj
_CASE = kkkj.TRAINING_CASE
_REG_KIND = {"regulation": OPTIONAL_OBJECT}  # None: the regulation in force on the date
row(
    "chumchon.loans.kkkj.Household",
    kkkj.Household,
    lambda: {"household_id": "H-1", "members": 4, "annual_income": D("110000")},
    household_id=TEXT.but(refuse=("empty_text",)),
    members=POSITIVE_COUNT,
    annual_income=AMOUNT,
)
row(
    "chumchon.loans.kkkj.Village",
    kkkj.Village,
    lambda: {
        "village_id": "V1",
        "name": "บ้าน",
        "households": 100,
        "target_households": 30,
        "allocation": None,
    },
    village_id=TEXT.but(refuse=("empty_text",)),
    households=COUNT,
    target_households=COUNT,
    allocation=OPTIONAL_AMOUNT,
)
row(
    "chumchon.loans.kkkj.LoanRequest",
    kkkj.LoanRequest,
    lambda: {
        "household": _CASE.household,
        "amount": D("15000"),
        "purpose": kkkj.Purpose.OCCUPATION,
        "installments": 3,
        "term_months": 19,
        "requested_on": date(2025, 11, 3),
    },
    household=OBJECT,
    amount=POSITIVE,
    purpose=ENUM,
    installments=POSITIVE_COUNT,
    term_months=POSITIVE_COUNT,
    requested_on=DATE,
)
row(
    "chumchon.loans.kkkj.CommitteeRules",
    kkkj.CommitteeRules,
    lambda: {
        "ceiling_per_household": D("20000"),
        "longest_term_months": 24,
        "late_fee": None,
        "other_open_loans": kkkj.OpenLoanRule.ALLOWED_IF_CURRENT,
    },
    ceiling_per_household=POSITIVE,
    longest_term_months=POSITIVE_COUNT,
    late_fee=OPTIONAL_OBJECT,
    other_open_loans=ENUM,
)
row(
    "chumchon.loans.kkkj.OpenLoan",
    kkkj.OpenLoan,
    lambda: {"loan_id": "L", "outstanding": D("1000"), "overdue": D("0")},
    outstanding=AMOUNT,
    overdue=AMOUNT,
    extra_bad={"overdue": {"more_than_outstanding": D("2000")}},
)
row(
    "chumchon.loans.kkkj.AccountFigures",
    kkkj.AccountFigures,
    lambda: {"loan_id": "L", "household_id": "H", "outstanding": 1000, "repaid_this_year": 500, "overdue": 0},
    loan_id=TEXT,
    outstanding=AMOUNT,
    repaid_this_year=AMOUNT,
    overdue=AMOUNT,
    extra_bad={"overdue": {"more_than_outstanding": D("2000")}},
)
row(
    "chumchon.loans.kkkj.LoanAccount",
    kkkj.LoanAccount,
    lambda: {
        "loan_id": "L",
        "household_id": "H",
        "schedule": _CASE.schedule,
        "payments": _CASE.payments,
        "late_fee": None,
    },
    schedule=OBJECT,
    payments=ITEMS,
    late_fee=OPTIONAL_OBJECT,
)
row(
    "chumchon.loans.kkkj.VillageBook",
    kkkj.VillageBook,
    lambda: {
        "village": _CASE.village,
        "accounts": _CASE.accounts,
        "bank_balance": _CASE.bank_balance,
        "cash_elsewhere": _CASE.cash_elsewhere,
    },
    village=OBJECT,
    accounts=ITEMS,
    bank_balance=AMOUNT,
    cash_elsewhere=AMOUNT,
)
row(
    "chumchon.loans.kkkj.FactorFinding",
    kkkj.FactorFinding,
    lambda: {"factor": kkkj.ReviewFactor.ABILITY_TO_REPAY, "favourable": True, "note": "ขายไข่ได้"},
    factor=ENUM,
    favourable=OBJECT.but(accept=("true", "false")),
    note=TEXT.but(refuse=("empty_text",)),
)
row(
    "chumchon.loans.kkkj.OfficerOpinion",
    kkkj.OfficerOpinion,
    lambda: {"officer": "นายพัฒนา", "supports": True, "given_on": date(2025, 11, 10)},
    officer=TEXT.but(refuse=("empty_text",)),
    supports=OBJECT.but(accept=("true", "false")),
    given_on=DATE,
    note=LABEL,
)
row(
    "chumchon.loans.kkkj.GraceExtension",
    kkkj.GraceExtension,
    lambda: {"loan_id": "L", "granted_on": date(2026, 7, 1), "until": date(2026, 12, 31)},
    loan_id=TEXT.but(refuse=("empty_text",)),
    granted_on=DATE,
    until=DATE,
)
row(
    "chumchon.loans.kkkj.GraceRule",
    kkkj.GraceRule,
    lambda: {"days_allowed": 30},
    days_allowed=COUNT,
    extensions=ITEMS,
)
row(
    "chumchon.loans.kkkj.grace_standing",
    kkkj.grace_standing,
    lambda: {
        "loan_id": "L",
        "outstanding": D("1000"),
        "overdue": D("500"),
        "days_past_due": 40,
        "as_of": AS_OF,
        "grace": kkkj.GraceRule(days_allowed=30),
    },
    loan_id=TEXT.but(refuse=("empty_text",)),
    outstanding=AMOUNT,
    overdue=AMOUNT,
    days_past_due=COUNT.but(accept=("none",)),
    as_of=DATE,
    grace=OBJECT,
)
_DB = kkkj.DATABASE_TRAINING_BOOKS
row(
    "chumchon.loans.kkkj.DevelopmentLevel",
    kkkj.DevelopmentLevel,
    lambda: {"level": 2, "assessed_in": 2569},
    level=POSITIVE_COUNT,
    assessed_in=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
    reference=LABEL,
)
row(
    "chumchon.loans.kkkj.DatabaseBook",
    kkkj.DatabaseBook,
    lambda: {"book": _DB[0].book, "target_register": _DB[0].target_register, "grace": _DB[0].grace},
    book=OBJECT,
    target_register=NONEMPTY_ITEMS,
    grace=OBJECT,
    development_level=OPTIONAL_OBJECT,
    supporting_agencies=ITEMS.but(refuse=("empty_text",)),
)
row(
    "chumchon.loans.kkkj.database_reports",
    kkkj.database_reports,
    lambda: {"books": list(_DB), "as_of": AS_OF},
    books=ITEMS,
    as_of=DATE,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.summarise_database",
    kkkj.summarise_database,
    lambda: {"items": kkkj.database_reports(_DB, as_of=AS_OF), "name": "เมือง"},
    items=NONEMPTY_ITEMS,
    name=LABEL,
    level=ENUM,
)
row(
    "chumchon.loans.kkkj.summarise_database_province",
    kkkj.summarise_database_province,
    lambda: {"reports": kkkj.database_reports(_DB, as_of=AS_OF), "province": "ตัวอย่าง"},
    reports=ITEMS,
    province=LABEL,
)
row(
    "chumchon.loans.kkkj.contract_findings",
    kkkj.contract_findings,
    lambda: {"schedule": _CASE.schedule},
    schedule=OBJECT,
    committee=OPTIONAL_OBJECT,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.installment_limit",
    kkkj.installment_limit,
    lambda: {"day": AS_OF, "committee": attrs.evolve(_CASE.committee, max_installments=12)},
    day=DATE,
    committee=OPTIONAL_OBJECT,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.JptRound",
    kkkj.JptRound,
    lambda: {"first_be_year": 2570, "last_be_year": 2574},
    first_be_year=POSITIVE_COUNT,
    last_be_year=POSITIVE_COUNT,
)
row(
    "chumchon.loans.kkkj.PurposeList",
    kkkj.PurposeList,
    lambda: {"items": [kkkj.Purpose.OCCUPATION]},
    items=ITEMS,
)
row(
    "chumchon.loans.kkkj.assess_target_household",
    kkkj.assess_target_household,
    lambda: {"household": _CASE.household, "as_of": date(2025, 11, 3)},
    household=OBJECT,
    as_of=DATE,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.is_target_household",
    kkkj.is_target_household,
    lambda: {"household": _CASE.household, "as_of": date(2025, 11, 3)},
    household=OBJECT,
    as_of=DATE,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.review_request",
    kkkj.review_request,
    lambda: {"request": _CASE.request, "committee": _CASE.committee, "fund_cash": _CASE.fund_cash},
    request=OBJECT,
    committee=OBJECT,
    fund_cash=AMOUNT,
    open_loans=ITEMS,
    as_of=OPTIONAL_DATE,
    factors=ITEMS,
    officer_opinion=OPTIONAL_OBJECT,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.repayment_schedule",
    kkkj.repayment_schedule,
    lambda: {
        "amount": D("15000"),
        "installments": 3,
        "first_due": date(2026, 5, 31),
        "disbursed_on": date(2025, 11, 10),
    },
    amount=POSITIVE,
    installments=POSITIVE_COUNT,
    first_due=OPTIONAL_DATE,  # None: one period after disbursal
    disbursed_on=DATE,
    frequency=OBJECT,
    rounding=OBJECT,
    remainder_on=ENUM,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.repayment_schedule_from_dates",
    kkkj.repayment_schedule_from_dates,
    lambda: {
        "amount": D("15000"),
        "disbursed_on": date(2025, 11, 10),
        "installments": [(date(2026, 5, 31), D("5000")), (date(2026, 11, 30), D("10000"))],
    },
    amount=POSITIVE,
    disbursed_on=DATE,
    installments=NONEMPTY_ITEMS,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.check_schedule",
    kkkj.check_schedule,
    lambda: {"schedule": _CASE.schedule},
    schedule=OBJECT,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.loan_status",
    kkkj.loan_status,
    lambda: {
        "schedule": _CASE.schedule,
        "payments": _CASE.payments,
        "as_of": _CASE.late_check_date,
        "committee": _CASE.committee,
    },
    schedule=OBJECT,
    payments=ITEMS,
    as_of=DATE,
    committee=OBJECT,
)
row(
    "chumchon.loans.kkkj.fund_position",
    kkkj.fund_position,
    lambda: {
        "outstanding_loans": D("30000"),
        "bank_balance": D("245500"),
        "cash_elsewhere": D("2000"),
        "as_of": AS_OF,
    },
    outstanding_loans=AMOUNT,
    bank_balance=AMOUNT,
    cash_elsewhere=AMOUNT,
    as_of=DATE,
    allocation=OPTIONAL_AMOUNT,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.village_report",
    kkkj.village_report,
    lambda: {
        "village": _CASE.village,
        "accounts": _CASE.accounts,
        "bank_balance": _CASE.bank_balance,
        "cash_elsewhere": _CASE.cash_elsewhere,
        "as_of": _CASE.report_date,
    },
    village=OBJECT,
    accounts=ITEMS,
    bank_balance=AMOUNT,
    cash_elsewhere=AMOUNT,
    as_of=DATE,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.build_village_reports",
    kkkj.build_village_reports,
    lambda: {"books": [_p().book], "as_of": _CASE.report_date},
    consume=True,
    books=ITEMS,
    as_of=DATE,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.village_reports",
    kkkj.village_reports,
    lambda: {"books": [_p().book], "as_of": _CASE.report_date},
    books=ITEMS,
    as_of=DATE,
    compact=FLAG,
    **_REG_KIND,
)
row(
    "chumchon.loans.kkkj.summarise",
    kkkj.summarise,
    lambda: {"items": [_p().report], "name": "เมือง"},
    items=NONEMPTY_ITEMS,
    name=LABEL,
    level=ENUM,
)
row(
    "chumchon.loans.kkkj.summarise_province",
    kkkj.summarise_province,
    lambda: {"reports": [_p().report], "province": "ตัวอย่าง"},
    reports=NONEMPTY_ITEMS,
    province=LABEL,
)
row(
    "chumchon.loans.kkkj.jpt_round",
    kkkj.jpt_round,
    lambda: {"day": AS_OF},
    day=DATE,
    regulation=OPTIONAL_OBJECT,
)
row(
    "chumchon.loans.kkkj.term_months",
    kkkj.term_months,
    lambda: {"disbursed_on": date(2025, 11, 10), "last_due": date(2027, 5, 31)},
    disbursed_on=DATE,
    last_due=DATE,
)

# chumchon.savings
_MEMBER = lambda: {  # noqa: E731
    "member_id": "M1",
    "opening_balance": D("1000"),
    "monthly": [100] * 12,
    "interest_paid": D("50"),
}
row(
    "chumchon.savings.MemberYear",
    savings.MemberYear,
    _MEMBER,
    member_id=TEXT.but(refuse=("empty_text",)),
    opening_balance=AMOUNT,
    monthly=NONEMPTY_ITEMS,
    interest_paid=AMOUNT,
    missed_installment=FLAG,
    member_type=ENUM,
    work_units=AMOUNT,
    left_month=POSITIVE_COUNT.but(accept=("none",), refuse=("huge_int", "huge_float")),
    extra_bad={"monthly": {"thirteen_months": [100] * 13, "nan_month": [float("nan")] * 12}},
)
row(
    "chumchon.savings.MemberRights",
    savings.MemberRights,
    lambda: {"vote": True, "borrow": True, "dividend": True},
    vote=FLAG,
    borrow=FLAG,
    dividend=FLAG,
)
row(
    "chumchon.savings.DividendPolicy",
    savings.DividendPolicy,
    lambda: {"method": savings.DividendMethod.OPENING_MONTH_AVERAGE, "rate": D("0.04")},
    method=ENUM,
    rate=OPTIONAL_RATE,
    basis=ENUM,
    rounding=OBJECT,
)
row(
    "chumchon.savings.RebatePolicy",
    savings.RebatePolicy,
    lambda: {"rate": D("0.10"), "exclude_defaulters": True},
    rate=OPTIONAL_RATE,
    exclude_defaulters=FLAG,
    rounding=OBJECT,
)
row(
    "chumchon.savings.PercentOfProfit",
    savings.PercentOfProfit,
    lambda: {"category": "welfare", "percent": 10},
    category=TEXT.but(refuse=("empty_text",)),
    percent=RATE,
)
row(
    "chumchon.savings.FixedAmount",
    savings.FixedAmount,
    lambda: {"category": "welfare", "amount": 1000},
    category=TEXT.but(refuse=("empty_text",)),
    amount=AMOUNT,
)
row(
    "chumchon.savings.MemberTotal",
    savings.MemberTotal,
    lambda: {"category": "dividend", "amount": 1000},
    category=TEXT.but(refuse=("empty_text",)),
    amount=AMOUNT,
    percent=OPTIONAL_RATE,
)
row(
    "chumchon.savings.Residual",
    savings.Residual,
    lambda: {"category": "reserve", "minimum_percent": 10},
    category=TEXT.but(refuse=("empty_text",)),
    minimum_percent=OPTIONAL_RATE,
)
row(
    "chumchon.savings.LoanProduct",
    savings.LoanProduct,
    lambda: {
        "name": "สามัญ",
        "interest_method": loans.InterestMethod.DECLINING_BALANCE,
        "max_term_months": 12,
        "monthly_rate": D("0.01"),
        "limit_multiple_of_savings": 3,
        "limit_cap": 50000,
    },
    name=TEXT.but(refuse=("empty_text",)),
    interest_method=ENUM,
    max_term_months=POSITIVE_COUNT,
    monthly_rate=OPTIONAL_RATE,
    limit_multiple_of_savings=OPTIONAL_AMOUNT,
    limit_cap=OPTIONAL_AMOUNT,
    guarantors_above_savings=COUNT,
)
row(
    "chumchon.savings.DepositProduct",
    savings.DepositProduct,
    lambda: {
        "name": "ออมทรัพย์",
        "annual_rate": D("0.02"),
        "basis": savings.InterestBasis.DAILY_BALANCE,
        "credit_every_months": 6,
    },
    name=TEXT.but(refuse=("empty_text",)),
    annual_rate=RATE,
    basis=ENUM,
    credit_every_months=POSITIVE_COUNT,
)
row(
    "chumchon.savings.Bylaws",
    savings.Bylaws,
    lambda: {
        "fiscal_start_month": 10,
        "dividend": _p().bylaws.dividend,
        "rebate": _p().bylaws.rebate,
        "allocation": _p().bylaws.allocation,
        "loan_products": _p().bylaws.loan_products,
    },
    fiscal_start_month=_START_MONTH,
    dividend=OPTIONAL_OBJECT,
    rebate=OPTIONAL_OBJECT,
    allocation=NONEMPTY_ITEMS,
    monthly_savings_min=OPTIONAL_AMOUNT,
    late_fine=OPTIONAL_AMOUNT,
    withdrawals_allowed=FLAG,
    loan_products=ITEMS,
)
row(
    "chumchon.savings.GroupYear",
    savings.GroupYear,
    lambda: {"fiscal_year_start": date(2024, 10, 1), "members": _p().group.members},
    fiscal_year_start=DATE,
    members=ITEMS,
    fines=AMOUNT,
    entry_fees=AMOUNT,
    bank_interest=AMOUNT,
    other_income=AMOUNT,
    loan_interest=OPTIONAL_AMOUNT,
    expenses=OPTIONAL_AMOUNT.but(accept=("dict", "empty_list", "empty_text")),  # a mapping of expense lines
)
row(
    "chumchon.savings.annual_close",
    savings.annual_close,
    lambda: {"group": _p().group, "bylaws": _p().bylaws},
    group=OBJECT,
    bylaws=OBJECT,
)
row(
    "chumchon.savings.annual_close_many",
    savings.annual_close_many,
    lambda: {"groups": [(_p().group, _p().bylaws)]},
    consume=True,
    groups=ITEMS,
)
row(
    "chumchon.savings.annual_close_many(compact)",
    functools.partial(savings.annual_close_many, compact=True),
    lambda: {"groups": [(_p().group, _p().bylaws)]},
    groups=ITEMS,
)
row(
    "chumchon.savings.calculate_dividends",
    savings.calculate_dividends,
    lambda: {
        "members": _p().group.members,
        "method": savings.DividendMethod.OPENING_MONTH_AVERAGE,
        "rate": D("0.04"),
        "allow_withdrawals": True,
    },
    members=ITEMS,
    method=ENUM,
    rate=OPTIONAL_RATE,
    rounding=OBJECT,
    basis=ENUM,
    allow_withdrawals=FLAG,
    exclude_leavers=FLAG,
)
row(
    "chumchon.savings.calculate_rebates",
    savings.calculate_rebates,
    lambda: {"members": _p().group.members, "rate": D("0.10")},
    members=ITEMS,
    rate=OPTIONAL_RATE,
    exclude_defaulters=FLAG,
    rounding=OBJECT,
)
row(
    "chumchon.savings.allocate_profit",
    savings.allocate_profit,
    lambda: {"net_profit": D("22955"), "lines": _p().bylaws.allocation},
    net_profit=SIGNED,
    lines=NONEMPTY_ITEMS,
)
row(
    "chumchon.savings.calculate_deposit_interest",
    savings.calculate_deposit_interest,
    lambda: {
        "product": _p().bylaws.deposit_products[0],
        "opening_balance": D("10000"),
        "start": date(2024, 10, 1),
        "end": date(2025, 9, 30),
        "transactions": [(date(2025, 1, 10), D("2000"))],
    },
    product=OBJECT,
    opening_balance=AMOUNT,
    start=DATE,
    end=DATE,
    transactions=ITEMS,
    rounding=OBJECT,
    extra_bad={"end": {"before_start": date(2024, 1, 1)}},
)
row(
    "chumchon.savings.check_bylaws",
    savings.check_bylaws,
    lambda: {"bylaws": _p().bylaws, "as_of": AS_OF},
    bylaws=OBJECT,
    as_of=DATE,
)
row(
    "chumchon.savings.fiscal_month_of",
    savings.fiscal_month_of,
    lambda: {"day": date(2025, 3, 1), "fiscal_year_start": date(2024, 10, 1)},
    day=DATE,
    fiscal_year_start=DATE,
)
row(
    "chumchon.savings.loan_cost",
    savings.loan_cost,
    lambda: {"product": _p().bylaws.loan_products[0], "as_of": AS_OF},
    product=OBJECT,
    as_of=DATE,
)
row(
    "chumchon.savings.loan_limit",
    savings.loan_limit,
    lambda: {
        "product": _p().bylaws.loan_products[0],
        "savings": D("10000"),
        "group_cash": D("40000"),
        "requested": D("20000"),
    },
    product=OBJECT,
    savings=AMOUNT,
    group_cash=AMOUNT,
    open_loans=AMOUNT,
    guarantees_given=COUNT,
    requested=OPTIONAL_AMOUNT,
)
row(
    "chumchon.savings.settle_exit",
    savings.settle_exit,
    lambda: {"member_id": "M01", "savings": D("30000"), "leaver_dividend": savings.LeaverDividend.EARNED},
    member_id=TEXT,
    savings=AMOUNT,
    leaver_dividend=ENUM,
    deposits=AMOUNT,
    year_dividend=AMOUNT,
    loans_outstanding=AMOUNT,
    interest_due=AMOUNT,
    fines_due=AMOUNT,
    open_guarantees=COUNT,
)
row(
    "chumchon.savings.weighted_balance",
    savings.weighted_balance,
    lambda: {"member": _p().group.members[0], "method": savings.DividendMethod.OPENING_MONTH_AVERAGE},
    member=OBJECT,
    method=ENUM,
)


def _year_end_status() -> Any:
    schedule = loans.build_schedule(
        loans.LoanTerms(principal=3000, annual_rate="0.12", installments=3, disbursed_on=date(2024, 10, 1))
    )
    return loans.apply_payments(
        schedule, [loans.Payment(date(2024, 11, 1), "1020.07")], as_of=date(2025, 9, 30)
    )


row(
    "chumchon.savings.loan_years",
    savings.loan_years,
    lambda: {"statuses": {"M01": _year_end_status()}, "fiscal_year_start": date(2024, 10, 1)},
    statuses=MAPPING,
    fiscal_year_start=DATE,
    opening=MAPPING.but(accept=("none",)),
)


# chumchon.jsontext and chumchon.schemas
row(
    "chumchon.jsontext.loads",
    jsontext.loads,
    lambda: {"text": '{"a": [1, 2.5]}', "max_chars": 1000, "max_depth": 8},
    text=PARSE_TEXT,
    max_chars=POSITIVE_COUNT,
    max_depth=POSITIVE_COUNT,
)
row("chumchon.jsontext.dumps", jsontext.dumps, lambda: {"data": {"a": "1"}}, data=LABEL)
row("chumchon.schemas.schema", schemas.schema, lambda: {"name": "chumchon.payment"}, name=PARSE_TEXT)
row("chumchon.schemas.schema_names", schemas.schema_names, dict)
row(
    "chumchon.schemas.document_class",
    schemas.document_class,
    lambda: {"name": "chumchon.payment"},
    name=PARSE_TEXT,
)
row(
    "chumchon.schemas.read_document",
    schemas.read_document,
    lambda: {"data": _p().schedule.to_mapping()},
    data=MAPPING,
)

# chumchon.assessment
_RATIOS = {
    "attendance_rate": {"attendances": 100, "members": 12, "meetings": 12},
    "average_loan_outstanding": {"loans_outstanding": 50000, "members_with_loans": 5},
    "average_savings_per_member": {"savings": 120000, "members": 12},
    "loan_fund_utilisation_rate": {"loans_outstanding": 50000, "total_assets": 150000},
    "members_with_loans_rate": {"members_with_loans": 5, "members": 12},
    "par30_rate": {"par30_principal": 5000, "loans_outstanding": 50000},
    "retention_rate": {"members_at_start": 12, "members_left": 1},
    "return_on_assets": {"net_profit": 20000, "total_assets": 150000},
    "return_on_savings": {"net_profit": 20000, "savings": 120000},
    "write_off_rate": {"written_off": 1000, "loans_outstanding": 50000},
}
for _name, _args in _RATIOS.items():
    row(
        f"chumchon.assessment.{_name}",
        getattr(assessment, _name),
        (lambda a=_args: dict(a)),
        **{k: (SIGNED if k == "net_profit" else AMOUNT) for k in _args},
    )
row(
    "chumchon.assessment.assess_many",
    assessment.assess_many,
    lambda: {"rubric": ssg.RUBRIC, "facts": [_p().group_facts]},
    rubric=OBJECT,
    facts=ITEMS,
    compact=FLAG,
)
row(
    "chumchon.assessment.assess",
    assessment.assess,
    lambda: {"rubric": ssg.RUBRIC, "facts": _p().group_facts},
    rubric=OBJECT,
    facts=OBJECT.but(
        accept=("dict", "empty_list")
    ),  # a mapping of facts is allowed; unknown keys not assessed
)
row(
    "chumchon.assessment.compare",
    assessment.compare,
    lambda: {"before": _p().ssg_assessment, "after": _p().ssg_assessment},
    before=OBJECT,
    after=OBJECT,
)
row(
    "chumchon.assessment.fhc.bands", fhc.bands, lambda: {"assessment": _p().fhc_assessment}, assessment=OBJECT
)
for _module in (
    ssg,
    fhc,
    kkkj_health,
):  # the shipped rubrics on a date, from the shipped or an edited registry
    for _function in (_module.rubric_at, _module.data_at):
        row(
            f"{_module.__name__}.{_function.__name__}",
            _function,
            lambda: {"as_of": AS_OF, "registry": None},
            as_of=DATE,
            registry=OPTIONAL_OBJECT,
        )
_FACT_KINDS = {
    "members": COUNT.but(accept=("none",)),
    "savings": OPTIONAL_AMOUNT,
    "net_profit": SIGNED.but(accept=("none",)),
}
row(
    "chumchon.assessment.GroupFacts",
    assessment.GroupFacts,
    lambda: {"members": 12, "savings": D("120000"), "net_profit": D("20000"), "written_bylaws": True},
    written_bylaws=FLAG.but(accept=("none",)),
    **_FACT_KINDS,
)
row(
    "chumchon.assessment.KkkjFacts",
    assessment.KkkjFacts,
    lambda: {"allocation": D("280000"), "total_fund": D("277500"), "committee_members": 8},
    allocation=OPTIONAL_AMOUNT,
    total_fund=OPTIONAL_AMOUNT,
    committee_members=COUNT.but(accept=("none",)),
    registers_up_to_date=FLAG.but(accept=("none",)),
)
_CRIT = lambda: {  # noqa: E731
    "code": "X1",
    "title_th": "ก",
    "title_en": "x",
    "measure": "members",
    "comparison": assessment.Comparison.AT_LEAST,
    "threshold": D("10"),
    "source": rules.CIVIL_AND_COMMERCIAL_CODE,
    "status": rules.Status.CONFIRMED,
}
row(
    "chumchon.assessment.Criterion",
    assessment.Criterion,
    _CRIT,
    code=TEXT.but(refuse=("empty_text",)),
    measure=PARSE_TEXT.but(accept=tuple(BAD_TEXT - {"empty_text"})),  # a free fact name
    comparison=ENUM,
    threshold=SIGNED.but(accept=("negative", "negative_fraction")),
    points=AMOUNT,
    priority=POSITIVE_COUNT.but(accept=("huge_int",)),
    unit=ENUM,
    source=OBJECT,
    status=ENUM,
)
row(
    "chumchon.assessment.PassRule",
    assessment.PassRule,
    lambda: {"kind": assessment.PassRuleKind.AT_LEAST_COUNT, "minimum": D("2")},
    kind=ENUM,
    minimum=AMOUNT,
)
row(
    "chumchon.assessment.CriterionGroup",
    assessment.CriterionGroup,
    lambda: {"code": "G", "title_th": "ก", "title_en": "g", "criteria": ssg.RUBRIC.groups[0].criteria},
    code=TEXT.but(refuse=("empty_text",)),
    criteria=NONEMPTY_ITEMS,
    pass_rule=OBJECT,
)
row(
    "chumchon.assessment.Level",
    assessment.Level,
    lambda: {
        "rank": 1,
        "code": "L",
        "title_th": "ก",
        "title_en": "l",
        "groups_passed": (),
        "min_points": D("0"),
    },
    rank=COUNT.but(accept=("huge_int", "negative")),  # an ordering key
    code=TEXT.but(refuse=("empty_text",)),
    groups_passed=ITEMS,
    min_points=AMOUNT,
)
row(
    "chumchon.assessment.Rubric",
    assessment.Rubric,
    lambda: {
        "id": "r",
        "version": "1",
        "title_th": "ก",
        "title_en": "r",
        "groups": ssg.RUBRIC.groups,
        "levels": ssg.RUBRIC.levels,
    },
    id=TEXT.but(refuse=("empty_text",)),
    groups=NONEMPTY_ITEMS,
    levels=ITEMS,
)
row(
    "chumchon.assessment.Rubric.from_mapping",
    assessment.Rubric.from_mapping,
    lambda: {"data": ssg.RUBRIC.to_mapping()},
    data=MAPPING.but(refuse=("dict",)),
)
# named constructors from outside data
row(
    "chumchon.loans.LoanTerms.from_mapping",
    loans.LoanTerms.from_mapping,
    lambda: {
        "data": {
            "principal": "20000",
            "annual_rate": "0.12",
            "installments": 12,
            "disbursed_on": "2025-01-15",
        }
    },
    data=MAPPING.but(refuse=("dict",)),
)
row(
    "chumchon.savings.MemberYear.from_mapping",
    savings.MemberYear.from_mapping,
    lambda: {"data": {"member_id": "M1", "opening_balance": "1000", "monthly": ["100"] * 12}},
    data=MAPPING.but(refuse=("dict",)),
)
row(
    "chumchon.savings.Bylaws.from_mapping",
    savings.Bylaws.from_mapping,
    lambda: {
        "data": {
            "fiscal_start_month": 10,
            "dividend": None,
            "rebate": None,
            "allocation": [{"type": "residual"}],
        }
    },
    data=MAPPING.but(refuse=("dict",)),
)
row(
    "chumchon.savings.GroupYear.from_mapping",
    savings.GroupYear.from_mapping,
    lambda: {
        "data": {
            "fiscal_year_start": "2024-10-01",
            "members": [{"member_id": "M1", "opening_balance": "1000", "monthly": ["100"] * 12}],
        }
    },
    data=MAPPING.but(refuse=("dict",)),
)
row(
    "chumchon.assessment.GroupFacts.from_mapping",
    assessment.GroupFacts.from_mapping,
    lambda: {"data": {"members": 12, "savings": "120000"}},
    data=MAPPING.but(refuse=("dict",)),
)
row(
    "chumchon.assessment.Criterion.from_mapping",
    assessment.Criterion.from_mapping,
    lambda: {"data": ssg.RUBRIC.to_mapping()["groups"][0]["criteria"][0]},
    data=MAPPING.but(refuse=("dict",)),
)

# chumchon.excel worksheet functions: Excel sends None for an empty cell, so None often means "the default"
_X = "chumchon.excel."
row(
    _X + "chumchon_bahttext",
    excel.chumchon_bahttext,
    lambda: {"amount": 1234.5},
    excel=True,
    amount=_THAI_AMOUNT,
    style=OPTIONAL_TEXT,
    language=OPTIONAL_TEXT,
)
row(
    _X + "chumchon_thai_date",
    excel.chumchon_thai_date,
    lambda: {"value": 46347.0, "style": "full"},
    excel=True,
    value=POSITIVE_COUNT,
    style=OPTIONAL_TEXT.but(accept=("empty_text",)),
    era=FLAG.but(accept=("none", "empty_text", "zero")),
    digits=OPTIONAL_TEXT.but(accept=("empty_text",)),
)
row(
    _X + "chumchon_parse_thai_date",
    excel.chumchon_parse_thai_date,
    lambda: {"text": "๒๑ พ.ย. ๒๕๖๙"},
    excel=True,
    text=PARSE_TEXT,
)
row(
    _X + "chumchon_be_year",
    excel.chumchon_be_year,
    lambda: {"value": 46347},
    excel=True,
    value=POSITIVE_COUNT,
)
row(
    _X + "chumchon_fiscal_year",
    excel.chumchon_fiscal_year,
    lambda: {"value": 46347, "start_month": 10},
    excel=True,
    value=POSITIVE_COUNT,
    start_month=_START_MONTH.but(accept=("none", "empty_text")),
)
row(
    _X + "chumchon_pmt",
    excel.chumchon_pmt,
    lambda: {"rate": 0.01, "nper": 12, "pv": 100000},
    excel=True,
    rate=_FIN_KINDS["rate"],
    nper=_FIN_KINDS["nper"],
    pv=SIGNED,
    fv=SIGNED.but(accept=("none", "empty_text")),
    when=OPTIONAL_TEXT.but(refuse=("bad_thai_words",)),
)
row(
    _X + "chumchon_effect",
    excel.chumchon_effect,
    lambda: {"nominal_rate": 0.0525, "npery": 4.0},
    excel=True,
    nominal_rate=POSITIVE,
    npery=POSITIVE_COUNT.but(refuse=("negative_fraction",)),
)
row(
    _X + "chumchon_nominal",
    excel.chumchon_nominal,
    lambda: {"effect_rate": 0.053543, "npery": 4.0},
    excel=True,
    effect_rate=POSITIVE,
    npery=POSITIVE_COUNT.but(refuse=("negative_fraction",)),
)
_X_CUM = lambda: {"rate": 0.0075, "nper": 360.0, "pv": 125000.0, "start_period": 13.0, "end_period": 24.0}  # noqa: E731
_X_CUM_KINDS = {**_CUM_KINDS, "when": _CUM_KINDS["when"].but(accept=("none", "empty_text"))}
row(_X + "chumchon_cumipmt", excel.chumchon_cumipmt, _X_CUM, excel=True, **_X_CUM_KINDS)
row(_X + "chumchon_cumprinc", excel.chumchon_cumprinc, _X_CUM, excel=True, **_X_CUM_KINDS)
_X_FLOWS = [[-1000.0], [600.0], [600.0]]
_X_GUESS = _GUESS.but(accept=("none", "empty_text"))
row(
    _X + "chumchon_npv",
    excel.chumchon_npv,
    lambda: {"rate": 0.01, "values": _X_FLOWS},
    excel=True,
    rate=SIGNED,
    values=SIGNED.but(accept=("list",)),
)
row(
    _X + "chumchon_irr",
    excel.chumchon_irr,
    lambda: {"values": _X_FLOWS},
    excel=True,
    values=_CASH_FLOWS,
    guess=_X_GUESS,
)
row(
    _X + "chumchon_xnpv",
    excel.chumchon_xnpv,
    lambda: {"rate": 0.1, "values": _X_FLOWS, "dates": [[d] for d in _FLOW_DATES]},
    excel=True,
    rate=SIGNED.but(refuse=("negative",)),
    values=_CASH_FLOWS,
    dates=_kind("dates", ALL),
)
row(
    _X + "chumchon_xirr",
    excel.chumchon_xirr,
    lambda: {"values": _X_FLOWS, "dates": [[d] for d in _FLOW_DATES]},
    excel=True,
    values=_CASH_FLOWS,
    dates=_kind("dates", ALL),
    guess=_X_GUESS,
)
row(
    _X + "chumchon_loan_schedule",
    excel.chumchon_loan_schedule,
    lambda: {"principal": 10000, "annual_rate": 0.12, "installments": 3, "disbursed_on": 46037},
    excel=True,
    principal=POSITIVE,
    annual_rate=RATE,
    installments=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
    disbursed_on=POSITIVE_COUNT,
    method=OPTIONAL_TEXT.but(refuse=("bad_thai_words",)),
)
row(
    _X + "chumchon_kkkj_schedule",
    excel.chumchon_kkkj_schedule,
    lambda: {"amount": 10000, "installments": 3, "disbursed_on": 46037},
    excel=True,
    amount=POSITIVE,
    installments=POSITIVE_COUNT.but(refuse=("huge_int", "huge_float")),
    disbursed_on=POSITIVE_COUNT,
    first_due=POSITIVE_COUNT.but(accept=("none", "empty_text")),
)
row(
    _X + "chumchon_dividend",
    excel.chumchon_dividend,
    lambda: {
        "method": "opening_month_average",
        "rate": 0.057,
        "opening_balance": 100000,
        "monthly": [[1000] * 12],
    },
    excel=True,
    method=PARSE_TEXT,
    rate=RATE,
    opening_balance=AMOUNT,
    monthly=ITEMS.but(accept=("none",)),
)
row(
    _X + "chumchon_allocate_profit",
    excel.chumchon_allocate_profit,
    lambda: {"net_profit": 10000, "lines": [["welfare", "percent", 10], ["reserve", "residual", None]]},
    excel=True,
    net_profit=SIGNED,
    lines=NONEMPTY_ITEMS,
)
row(
    _X + "chumchon_assess",
    excel.chumchon_assess,
    lambda: {"rubric": "ssg", "facts": [["written_bylaws", "par30_rate"], [True, 0.05]]},
    excel=True,
    rubric=PARSE_TEXT,
    facts=_kind("facts range", set()),  # any cell or range: unknown facts are reported not assessed
)

# --- known bugs: (callable, argument) -> what happens; strict xfails until the code is fixed ---------------------

# Bugs found by this table, kept as strict xfails until fixed (all fixed so far).
KNOWN_BUGS: dict[tuple[str, str], str] = {}

# --- exemptions: public names that are not callables taking input -----------------------------------------------

EXEMPT: dict[str, str] = {
    "chumchon.money.in_decimal_context": "a decorator for library code, applied at import time; its behaviour is "
    "tested in test_no_global_state through every decorated calculation",
    "chumchon.money.plain_scalar": "takes any value and never raises: a NumPy or pandas scalar becomes the plain "
    "value it holds, anything else is returned unchanged; tested in tests/test_mapping.py",
    "chumchon.messages.Language": "a typing alias (Literal), not callable at run time",
    "chumchon.excel.CellValue": "a typing alias (Any, xlwings' pass-through converter), not a function",
    "chumchon.tables.ColumnKind": "a typing alias (Literal), not callable at run time",
    "chumchon.tables.MoneyDtype": "a typing alias (Literal), not callable at run time",
    "chumchon.tables.Tabular": "a mixin with no constructor arguments; its methods are tested through results",
    "chumchon.assessment.fhc": "a module (re-exported), not a callable",
    "chumchon.assessment.ssg": "a module (re-exported), not a callable",
    "chumchon.assessment.kkkj_health": "a module (re-exported), not a callable",
    "chumchon.loans.kkkj.Regulation": "built only from Parameters; overrides go through Regulation.override, "
    "whose inputs are Parameter objects covered by chumchon.rules.Parameter",
    "chumchon.loans.kkkj.TrainingCase": "a record of built-in training data; the pool walks it as a result",
    "chumchon.rules.Registry": "built by Registry.from_documents, whose bad data is tested in tests/test_registry.py",
    "chumchon.rules.Instrument": "a record the registry builds from data (bad data: tests/test_registry.py)",
    "chumchon.rules.Rule": "a record the registry builds from data (bad data: tests/test_registry.py)",
    "chumchon.rules.all_parameters": "takes no input",
    "chumchon.rules.default_registry": "takes no input",
    "chumchon.rules.instruments": "takes no input",
    "chumchon.rules.rule_codes": "takes no input",
}
# exception classes and enums are exempt by kind (see _exempt_by_kind); constants are not callable.


def _exempt_by_kind(obj: object) -> str | None:
    if isinstance(obj, type) and issubclass(obj, BaseException):
        return "an exception class: constructed by the library, tested in tests/test_errors.py"
    if isinstance(obj, type) and issubclass(obj, enum.Enum):
        return "an enum: a closed set; bad members are tested where an argument takes the enum"
    if not callable(obj) or isinstance(obj, enum.Enum):
        return "a constant"
    return None


def _public_callables() -> dict[str, object]:
    found: dict[str, object] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if _exempt_by_kind(obj) is None:
                found[f"{module_name}.{name}"] = obj
    return found


def _result_classes() -> dict[str, type]:
    """Public attrs classes with no input row: records the library builds (checked with a lighter row)."""
    covered = {r.call for r in TABLE.values()}
    return {
        name: obj
        for name, obj in _public_callables().items()
        if isinstance(obj, type)
        and (attrs.has(obj) or hasattr(obj, "_fields"))
        and obj not in covered
        and name not in EXEMPT
    }


def test_every_public_callable_is_covered() -> None:
    covered = {r.call for r in TABLE.values()}
    results = set(_result_classes().values())
    missing = [
        name
        for name, obj in _public_callables().items()
        if obj not in covered and obj not in results and name not in EXEMPT
    ]
    assert missing == [], f"public callables without a bad-input row or a reasoned exemption: {missing}"


def test_every_result_class_has_a_real_instance() -> None:
    pooled = instances()
    assert [n for n, c in _result_classes().items() if c not in pooled] == []


def test_every_baseline_is_valid() -> None:
    for name, r in TABLE.items():
        with _deadline(5, name):
            _call(r, r.baseline())


# --- the driver -----------------------------------------------------------------------------------------------


class HangError(Exception):
    """A call that did not finish in time (a huge value made it loop)."""


@contextmanager
def _deadline(seconds: float, what: str) -> Iterator[None]:
    def _raise(signum: int, frame: object) -> None:
        raise HangError(what)

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _call(r: Row, kwargs: dict[str, Any]) -> Any:
    result = r.call(**kwargs)
    if r.consume:
        result = list(result)
    if r.excel and isinstance(result, str) and result.startswith(excel.ERROR_PREFIX):
        if "internal error" in result:
            raise AssertionError(result)  # a non-chumchon exception, caught and shown in the cell
        raise ChumchonError(th=result, en=result)
    return result


def _cases() -> Iterator[tuple[str, str, str, object, bool]]:
    for name, r in TABLE.items():
        for arg, kind in r.kinds.items():
            for label, value in BAD_VALUES.items():
                yield name, arg, label, value, label in kind.refuse
            for label, value in r.extra_bad.get(arg, {}).items():
                yield name, arg, label, value, True


def _outcome(name: str, arg: str, value: object) -> tuple[str, object]:
    """('refused', error) | ('accepted', result) | ('crashed', exception) | ('hung', None)."""
    r = TABLE[name]
    kwargs = r.baseline()
    kwargs[arg] = value
    try:
        with _deadline(2, name):
            return "accepted", _call(r, kwargs)
    except ChumchonError as error:
        return "refused", error
    except HangError:
        return "hung", None
    except Exception as error:
        return "crashed", error


def _problems(name: str, arg: str) -> list[str]:
    r = TABLE[name]
    refuse = r.kinds[arg].refuse
    bad = {**BAD_VALUES, **r.extra_bad.get(arg, {})}
    problems = []
    for label, value in bad.items():
        outcome, detail = _outcome(name, arg, value)
        must_refuse = label in refuse or label not in BAD_VALUES
        if outcome == "crashed":
            problems.append(f"{label}: {type(detail).__name__}: {detail}"[:200])
        elif outcome == "hung":
            problems.append(f"{label}: did not finish in 2 s")
        elif outcome == "accepted" and must_refuse:
            problems.append(f"{label}: accepted, returned {detail!r}"[:200])
    return problems


def _params() -> Iterator[Any]:
    for name, r in TABLE.items():
        for arg in r.kinds:
            bug = KNOWN_BUGS.get((name, arg))
            marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
            yield pytest.param(name, arg, id=f"{name.removeprefix('chumchon.')}:{arg}", marks=marks)


@pytest.mark.parametrize(("name", "arg"), list(_params()))
def test_bad_argument_is_refused_with_a_chumchon_error(name: str, arg: str) -> None:
    problems = _problems(name, arg)
    assert problems == [], f"{name}({arg}=...): " + "; ".join(problems)


def test_known_bugs_name_real_rows() -> None:
    assert [k for k in KNOWN_BUGS if k[0] not in TABLE or k[1] not in TABLE[k[0]].kinds] == []


# --- result records: constructors take anything or raise a ChumchonError, nothing else -------------------------

_RESULT_VALUES = {"none": None, "nan": Decimal("NaN"), "object": object()}


@pytest.mark.parametrize("name", sorted(_result_classes()))
def test_result_record_constructor_raises_nothing_but_chumchon_errors(name: str) -> None:
    cls = _result_classes()[name]
    instance = instances()[cls]
    if attrs.has(cls):
        baseline = {f.alias: getattr(instance, f.name) for f in attrs.fields(cls) if f.init}
    else:
        baseline = instance._asdict()
    problems = []
    for key in baseline:
        for label, value in _RESULT_VALUES.items():
            try:
                cls(**{**baseline, key: value})
            except ChumchonError:
                pass
            except Exception as error:
                problems.append(f"{key}={label}: {type(error).__name__}: {error}"[:160])
    assert problems == []
