"""One valid call of every public callable: the examples the generated robustness test starts from.

Each :func:`example` names a public callable and gives a function returning valid keyword arguments for it
(built from :mod:`robustness_pool`'s real objects). The test in ``test_bad_input.py`` reads every parameter's
annotation (the kernel's aliases ``MoneyLike``, ``RateLike``, ``DateLike``, ``int``, ``bool``, ``str``, enums,
sequences, mappings) and replaces one argument at a time with hostile values; nothing here says what an
argument takes. ``extra_bad`` keeps the few hand-picked values a callable must refuse beyond those
(all-zero weights of a split, a ragged table row...).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from robustness_pool import AS_OF, pool

from chumchon import assessment, excel, jsontext, loans, money, rules, savings, schemas, tables, thai
from chumchon.assessment import fhc, kkkj_health, ssg
from chumchon.excel import from_excel_date, to_excel_serial
from chumchon.loans import kkkj
from chumchon.messages import Message, check_language


@dataclass
class Example:
    """A valid call of one public callable."""

    call: Callable[..., Any]
    baseline: Callable[[], dict[str, Any]]
    consume: bool = False  # the callable returns a lazy iterator: drain it
    excel: bool = False  # a worksheet function: a refusal is an error string, never an exception
    extra_bad: dict[str, dict[str, object]] = field(default_factory=dict)


EXAMPLES: dict[str, Example] = {}


def example(
    name: str,
    call: Callable[..., Any],
    baseline: Callable[[], dict[str, Any]],
    /,
    consume: bool = False,
    excel: bool = False,
    extra_bad: dict[str, dict[str, object]] | None = None,
) -> None:
    assert name not in EXAMPLES, name
    EXAMPLES[name] = Example(call, baseline, consume, excel, extra_bad or {})


def _p() -> Any:
    return pool()


D = Decimal
example(
    "chumchon.money.to_decimal",
    money.to_decimal,
    lambda: {"value": "12.50"},
)
example(
    "chumchon.money.to_money",
    money.to_money,
    lambda: {"value": "12.50", "allow_negative": False, "allow_zero": True},
)
example(
    "chumchon.money.to_rate",
    money.to_rate,
    lambda: {"value": "0.12", "maximum": D("1")},
)
example(
    "chumchon.money.money_from_float",
    money.money_from_float,
    lambda: {"value": 0.1 + 0.2},
)
example(
    "chumchon.money.to_annual_rate",
    money.to_annual_rate,
    lambda: {"value": 0.057},
)
example(
    "chumchon.money.Rounding",
    money.Rounding,
    lambda: {"quantum": D("0.01"), "mode": "ROUND_HALF_UP"},
)
example(
    "chumchon.money.allocate",
    money.allocate,
    lambda: {"total": D("100"), "weights": {"a": 1, "b": 2}, "rounding": money.SATANG},
    extra_bad={
        "weights": {"all_zero": {"a": 0, "b": 0}, "nan_weight": {"a": float("nan")}, "neg": {"a": -1}}
    },
)
example(
    "chumchon.money.rounding_from_name",
    money.rounding_from_name,
    lambda: {"name": "satang"},
)
_SOURCE = lambda: {"title_th": "ระเบียบ", "title_en": "regulation", "be_year": 2553}  # noqa: E731
example(
    "chumchon.rules.Source",
    rules.Source,
    _SOURCE,
)
example(
    "chumchon.rules.DatedValue",
    rules.DatedValue,
    lambda: {
        "effective_from": date(2011, 1, 1),
        "value": D("1"),
        "source": rules.CIVIL_AND_COMMERCIAL_CODE,
        "status": rules.Status.CONFIRMED,
    },
)
example(
    "chumchon.rules.Parameter",
    rules.Parameter,
    lambda: {
        "name": "x",
        "title_th": "ก",
        "title_en": "x",
        "unit": "baht",
        "history": rules.INTEREST_CAP_ANNUAL_RATE.history,
    },
)
example(
    "chumchon.rules.check_as_of",
    rules.check_as_of,
    lambda: {"as_of": AS_OF},
)
example(
    "chumchon.rules.in_force",
    rules.in_force,
    lambda: {"name": "kkkj_regulation", "as_of": AS_OF},
)
example(
    "chumchon.loans.kkkj.regulation_in_force",
    kkkj.regulation_in_force,
    lambda: {"as_of": AS_OF},
)
example(
    "chumchon.loans.kkkj.regulation_from_instrument",
    kkkj.regulation_from_instrument,
    lambda: {"instrument": rules.instrument("kkkj_2553")},
)
example(
    "chumchon.rules.parameter",
    rules.parameter,
    lambda: {"parameter_id": "kkkj_max_installments"},
)
example(
    "chumchon.rules.rule",
    rules.rule,
    lambda: {"rule_id": "kkkj_fund_identity"},
)
example(
    "chumchon.rules.instrument",
    rules.instrument,
    lambda: {"instrument_id": "civil_code"},
)
example(
    "chumchon.messages.Message",
    Message,
    lambda: {"th": "ก", "en": "a"},
)
example(
    "chumchon.messages.check_language",
    check_language,
    lambda: {"language": "th"},
)
example(
    "chumchon.tables.Column",
    tables.Column,
    lambda: {"key": "k", "th": "ก", "en": "k", "kind": "money"},
)
example(
    "chumchon.tables.Table",
    tables.Table,
    lambda: {"columns": (tables.Column("k", "ก", "k", "money"),), "rows": [[D("1")]]},
    extra_bad={"rows": {"ragged": [[D("1"), D("2")]]}},
)
example(
    "chumchon.tables.check_digits",
    tables.check_digits,
    lambda: {"digits": "thai"},
)
example(
    "chumchon.tables.Report",
    tables.Report,
    lambda: {"parts": ["สรุป", ""], "language": "th", "digits": "arabic"},
)
example(
    "chumchon.tables.display_width",
    tables.display_width,
    lambda: {"text": "ที่ดิน"},
)
example(
    "chumchon.tables.format_cell",
    tables.format_cell,
    lambda: {"value": D("1234.5"), "kind": "money", "language": "th", "digits": "arabic"},
)
example(
    "chumchon.thai.bahttext",
    thai.bahttext,
    lambda: {"amount": D("1234.50")},
)
example(
    "chumchon.thai.format_baht",
    thai.format_baht,
    lambda: {"amount": D("1234.50"), "digits": "thai", "unit": "บาท"},
)
example(
    "chumchon.thai.number_words",
    thai.number_words,
    lambda: {"n": 1234},
)
example(
    "chumchon.thai.parse_bahttext",
    thai.parse_bahttext,
    lambda: {"text": "หนึ่งร้อยบาทถ้วน"},
)
example(
    "chumchon.thai.parse_number_words",
    thai.parse_number_words,
    lambda: {"text": "หนึ่งร้อย"},
)
example(
    "chumchon.thai.parse_date",
    thai.parse_date,
    lambda: {"text": "1 ม.ค. 2568"},
)
example(
    "chumchon.thai.be_year",
    thai.be_year,
    lambda: {"d": AS_OF},
)
example(
    "chumchon.thai.ce_year",
    thai.ce_year,
    lambda: {"be": 2568},
)
example(
    "chumchon.thai.date_from_be",
    thai.date_from_be,
    lambda: {"be": 2568, "month": 2, "day": 28},
)
example(
    "chumchon.thai.fiscal_year",
    thai.fiscal_year,
    lambda: {"d": AS_OF, "start_month": 10},
)
example(
    "chumchon.thai.fiscal_quarter",
    thai.fiscal_quarter,
    lambda: {"d": AS_OF, "start_month": 10},
)
example(
    "chumchon.thai.fiscal_year_bounds",
    thai.fiscal_year_bounds,
    lambda: {"fy": 2568, "start_month": 10},
)
example(
    "chumchon.thai.format_date",
    thai.format_date,
    lambda: {"d": AS_OF, "style": "long", "era": True, "digits": "thai"},
)
example(
    "chumchon.thai.thai_strftime",
    thai.thai_strftime,
    lambda: {"d": AS_OF, "fmt": "%A %d %B %Y", "digits": "arabic"},
)
example(
    "chumchon.thai.to_thai_digits",
    thai.to_thai_digits,
    lambda: {"text": "2568"},
)
example(
    "chumchon.thai.to_arabic_digits",
    thai.to_arabic_digits,
    lambda: {"text": "๒๕๖๘"},
)
example(
    "chumchon.excel.from_excel_date",
    from_excel_date,
    lambda: {"value": 45658},
)
example(
    "chumchon.excel.to_excel_serial",
    to_excel_serial,
    lambda: {"day": AS_OF},
)
_FIN = {"rate": D("0.01"), "nper": 12, "pv": D("10000")}
example(
    "chumchon.loans.pmt",
    loans.pmt,
    lambda: dict(_FIN),
)
example(
    "chumchon.loans.ipmt",
    loans.ipmt,
    lambda: {**_FIN, "per": 3},
)
example(
    "chumchon.loans.ppmt",
    loans.ppmt,
    lambda: {**_FIN, "per": 3},
)
example(
    "chumchon.loans.pv",
    loans.pv,
    lambda: {"rate": D("0.01"), "nper": 12, "pmt": D("-888.49")},
)
example(
    "chumchon.loans.fv",
    loans.fv,
    lambda: {"rate": D("0.01"), "nper": 12, "pmt": D("-100"), "pv": D("-1000")},
)
example(
    "chumchon.loans.nper",
    loans.nper,
    lambda: {"rate": D("0.01"), "pmt": D("-888.49"), "pv": D("10000")},
)
example(
    "chumchon.loans.rate",
    loans.rate,
    lambda: {"nper": 12, "pmt": D("-888.49"), "pv": D("10000")},
)
_FLOW_DATES = [date(2025, 1, 15), date(2025, 7, 15), date(2026, 1, 15)]
example(
    "chumchon.loans.effect",
    loans.effect,
    lambda: {"nominal_rate": D("0.12"), "npery": 12},
)
example(
    "chumchon.loans.nominal",
    loans.nominal,
    lambda: {"effect_rate": D("0.12"), "npery": 12},
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


example(
    "chumchon.loans.cumipmt",
    loans.cumipmt,
    _CUM,
)
example(
    "chumchon.loans.cumprinc",
    loans.cumprinc,
    _CUM,
)
example(
    "chumchon.loans.npv",
    loans.npv,
    lambda: {"rate": D("0.01"), "values": [D("-1000"), D("600"), D("600")]},
)
example(
    "chumchon.loans.irr",
    loans.irr,
    lambda: {"values": [D("-1000"), D("600"), D("600")]},
)
example(
    "chumchon.loans.xnpv",
    loans.xnpv,
    lambda: {"rate": D("0.1"), "values": [D("-1000"), D("600"), D("600")], "dates": list(_FLOW_DATES)},
)
example(
    "chumchon.loans.xirr",
    loans.xirr,
    lambda: {"values": [D("-1000"), D("600"), D("600")], "dates": list(_FLOW_DATES)},
)
_TERMS = lambda: {  # noqa: E731
    "principal": D("20000"),
    "annual_rate": D("0.12"),
    "installments": 12,
    "disbursed_on": date(2025, 1, 15),
    "first_due": date(2025, 2, 15),
}
example(
    "chumchon.loans.LoanTerms",
    loans.LoanTerms,
    _TERMS,
)
example(
    "chumchon.loans.Frequency",
    loans.Frequency,
    lambda: {"months": 1},
)
example(
    "chumchon.loans.ArrearsBuckets",
    loans.ArrearsBuckets,
    lambda: {"bounds": (30, 60, 90)},
)
example(
    "chumchon.loans.Payment",
    loans.Payment,
    lambda: {"date": date(2025, 2, 15), "amount": D("100")},
)
example(
    "chumchon.loans.FlatPenalty",
    loans.FlatPenalty,
    lambda: {"amount": D("50"), "grace_days": 3},
)
example(
    "chumchon.loans.RatePenalty",
    loans.RatePenalty,
    lambda: {"annual_rate": D("0.05"), "grace_days": 3, "on_interest": False},
)
example(
    "chumchon.loans.build_schedule",
    loans.build_schedule,
    lambda: {"terms": _p().terms},
)
example(
    "chumchon.loans.build_custom_schedule",
    loans.build_custom_schedule,
    lambda: {
        "principal": D("10000"),
        "disbursed_on": date(2025, 1, 1),
        "installments": [(date(2025, 6, 1), D("4000")), (date(2025, 12, 1), D("6000"))],
        "annual_rate": D("0.05"),
    },
    extra_bad={
        "installments": {
            "before_disbursal": [(date(2024, 6, 1), D("10000"))],
            "not_summing": [(date(2025, 6, 1), D("4000"))],
            "negative_part": [(date(2025, 6, 1), D("-4000")), (date(2025, 7, 1), D("14000"))],
        }
    },
)
example(
    "chumchon.loans.apply_payments",
    loans.apply_payments,
    lambda: {"schedule": _p().schedule, "payments": _p().payments, "as_of": date(2025, 6, 30)},
)
for _name in ("assess_interest_rate", "check_interest_rate", "is_interest_rate_legal"):
    example(
        f"chumchon.loans.{_name}",
        getattr(loans, _name),
        lambda: {"loan": _p().terms, "as_of": date(2025, 1, 15)},
    )
example(
    "chumchon.loans.default_interest_limit",
    loans.default_interest_limit,
    lambda: {"agreed_annual_rate": D("0.12"), "on": date(2025, 1, 15)},
)
example(
    "chumchon.loans.effective_annual_rate",
    loans.effective_annual_rate,
    lambda: {"loan": _p().schedule},
)
example(
    "chumchon.loans.nominal_annual_rate",
    loans.nominal_annual_rate,
    lambda: {"loan": _p().schedule},
)
example(
    "chumchon.loans.portfolio_at_risk",
    loans.portfolio_at_risk,
    lambda: {"statuses": [_p().status], "days": 30},
)
example(
    "chumchon.loans.reschedule",
    loans.reschedule,
    lambda: {"status": _p().status, "as_of": date(2025, 6, 30), "installments": 6},
)
example(
    "chumchon.loans.build_rescheduling",
    loans.build_rescheduling,
    lambda: {
        "status": _p().status,
        "as_of": date(2026, 6, 30),
        "capitalize_interest": True,
        "agreed_in_writing": True,
    },
)
_CASE = kkkj.TRAINING_CASE
example(
    "chumchon.loans.kkkj.Household",
    kkkj.Household,
    lambda: {"household_id": "H-1", "members": 4, "annual_income": D("110000")},
)
example(
    "chumchon.loans.kkkj.Village",
    kkkj.Village,
    lambda: {
        "village_id": "V1",
        "name": "บ้าน",
        "households": 100,
        "target_households": 30,
        "allocation": None,
    },
)
example(
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
)
example(
    "chumchon.loans.kkkj.CommitteeRules",
    kkkj.CommitteeRules,
    lambda: {
        "ceiling_per_household": D("20000"),
        "longest_term_months": 24,
        "late_fee": None,
        "other_open_loans": kkkj.OpenLoanRule.ALLOWED_IF_CURRENT,
    },
)
example(
    "chumchon.loans.kkkj.OpenLoan",
    kkkj.OpenLoan,
    lambda: {"loan_id": "L", "outstanding": D("1000"), "overdue": D("0")},
    extra_bad={"overdue": {"more_than_outstanding": D("2000")}},
)
example(
    "chumchon.loans.kkkj.AccountFigures",
    kkkj.AccountFigures,
    lambda: {"loan_id": "L", "household_id": "H", "outstanding": 1000, "repaid_this_year": 500, "overdue": 0},
    extra_bad={"overdue": {"more_than_outstanding": D("2000")}},
)
example(
    "chumchon.loans.kkkj.LoanAccount",
    kkkj.LoanAccount,
    lambda: {
        "loan_id": "L",
        "household_id": "H",
        "schedule": _CASE.schedule,
        "payments": _CASE.payments,
        "late_fee": None,
    },
)
example(
    "chumchon.loans.kkkj.VillageBook",
    kkkj.VillageBook,
    lambda: {
        "village": _CASE.village,
        "accounts": _CASE.accounts,
        "bank_balance": _CASE.bank_balance,
        "cash_elsewhere": _CASE.cash_elsewhere,
    },
)
example(
    "chumchon.loans.kkkj.FactorFinding",
    kkkj.FactorFinding,
    lambda: {"factor": kkkj.ReviewFactor.ABILITY_TO_REPAY, "favourable": True, "note": "ขายไข่ได้"},
)
example(
    "chumchon.loans.kkkj.OfficerOpinion",
    kkkj.OfficerOpinion,
    lambda: {"officer": "นายพัฒนา", "supports": True, "given_on": date(2025, 11, 10)},
)
example(
    "chumchon.loans.kkkj.GraceExtension",
    kkkj.GraceExtension,
    lambda: {"loan_id": "L", "granted_on": date(2026, 7, 1), "until": date(2026, 12, 31)},
)
example(
    "chumchon.loans.kkkj.GraceRule",
    kkkj.GraceRule,
    lambda: {"days_allowed": 30},
)
example(
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
)
_DB = kkkj.DATABASE_TRAINING_BOOKS
example(
    "chumchon.loans.kkkj.DevelopmentLevel",
    kkkj.DevelopmentLevel,
    lambda: {"level": 2, "assessed_in": 2569},
)
example(
    "chumchon.loans.kkkj.DatabaseBook",
    kkkj.DatabaseBook,
    lambda: {"book": _DB[0].book, "target_register": _DB[0].target_register, "grace": _DB[0].grace},
)
example(
    "chumchon.loans.kkkj.database_reports",
    kkkj.database_reports,
    lambda: {"books": list(_DB), "as_of": AS_OF},
)
example(
    "chumchon.loans.kkkj.summarise_database",
    kkkj.summarise_database,
    lambda: {"items": kkkj.database_reports(_DB, as_of=AS_OF), "name": "เมือง"},
)
example(
    "chumchon.loans.kkkj.summarise_database_province",
    kkkj.summarise_database_province,
    lambda: {"reports": kkkj.database_reports(_DB, as_of=AS_OF), "province": "ตัวอย่าง"},
)
example(
    "chumchon.loans.kkkj.contract_findings",
    kkkj.contract_findings,
    lambda: {"schedule": _CASE.schedule},
)
example(
    "chumchon.loans.kkkj.installment_limit",
    kkkj.installment_limit,
    lambda: {"day": AS_OF, "committee": attrs.evolve(_CASE.committee, max_installments=12)},
)
example(
    "chumchon.loans.kkkj.JptRound",
    kkkj.JptRound,
    lambda: {"first_be_year": 2570, "last_be_year": 2574},
)
example(
    "chumchon.loans.kkkj.PurposeList",
    kkkj.PurposeList,
    lambda: {"items": [kkkj.Purpose.OCCUPATION]},
)
example(
    "chumchon.loans.kkkj.assess_target_household",
    kkkj.assess_target_household,
    lambda: {"household": _CASE.household, "as_of": date(2025, 11, 3)},
)
example(
    "chumchon.loans.kkkj.is_target_household",
    kkkj.is_target_household,
    lambda: {"household": _CASE.household, "as_of": date(2025, 11, 3)},
)
example(
    "chumchon.loans.kkkj.review_request",
    kkkj.review_request,
    lambda: {"request": _CASE.request, "committee": _CASE.committee, "fund_cash": _CASE.fund_cash},
)
example(
    "chumchon.loans.kkkj.repayment_schedule",
    kkkj.repayment_schedule,
    lambda: {
        "amount": D("15000"),
        "installments": 3,
        "first_due": date(2026, 5, 31),
        "disbursed_on": date(2025, 11, 10),
    },
)
example(
    "chumchon.loans.kkkj.repayment_schedule_from_dates",
    kkkj.repayment_schedule_from_dates,
    lambda: {
        "amount": D("15000"),
        "disbursed_on": date(2025, 11, 10),
        "installments": [(date(2026, 5, 31), D("5000")), (date(2026, 11, 30), D("10000"))],
    },
)
example(
    "chumchon.loans.kkkj.check_schedule",
    kkkj.check_schedule,
    lambda: {"schedule": _CASE.schedule},
)
example(
    "chumchon.loans.kkkj.loan_status",
    kkkj.loan_status,
    lambda: {
        "schedule": _CASE.schedule,
        "payments": _CASE.payments,
        "as_of": _CASE.late_check_date,
        "committee": _CASE.committee,
    },
)
example(
    "chumchon.loans.kkkj.fund_position",
    kkkj.fund_position,
    lambda: {
        "outstanding_loans": D("30000"),
        "bank_balance": D("245500"),
        "cash_elsewhere": D("2000"),
        "as_of": AS_OF,
    },
)
example(
    "chumchon.loans.kkkj.village_report",
    kkkj.village_report,
    lambda: {
        "village": _CASE.village,
        "accounts": _CASE.accounts,
        "bank_balance": _CASE.bank_balance,
        "cash_elsewhere": _CASE.cash_elsewhere,
        "as_of": _CASE.report_date,
    },
)
example(
    "chumchon.loans.kkkj.build_village_reports",
    kkkj.build_village_reports,
    lambda: {"books": [_p().book], "as_of": _CASE.report_date},
    consume=True,
)
example(
    "chumchon.loans.kkkj.village_reports",
    kkkj.village_reports,
    lambda: {"books": [_p().book], "as_of": _CASE.report_date},
)
example(
    "chumchon.loans.kkkj.summarise",
    kkkj.summarise,
    lambda: {"items": [_p().report], "name": "เมือง"},
)
example(
    "chumchon.loans.kkkj.summarise_province",
    kkkj.summarise_province,
    lambda: {"reports": [_p().report], "province": "ตัวอย่าง"},
)
example(
    "chumchon.loans.kkkj.jpt_round",
    kkkj.jpt_round,
    lambda: {"day": AS_OF},
)
example(
    "chumchon.loans.kkkj.term_months",
    kkkj.term_months,
    lambda: {"disbursed_on": date(2025, 11, 10), "last_due": date(2027, 5, 31)},
)
_MEMBER = lambda: {  # noqa: E731
    "member_id": "M1",
    "opening_balance": D("1000"),
    "monthly": [100] * 12,
    "interest_paid": D("50"),
}
example(
    "chumchon.savings.MemberYear",
    savings.MemberYear,
    _MEMBER,
    extra_bad={"monthly": {"thirteen_months": [100] * 13, "nan_month": [float("nan")] * 12}},
)
example(
    "chumchon.savings.MemberRights",
    savings.MemberRights,
    lambda: {"vote": True, "borrow": True, "dividend": True},
)
example(
    "chumchon.savings.DividendPolicy",
    savings.DividendPolicy,
    lambda: {"method": savings.DividendMethod.OPENING_MONTH_AVERAGE, "rate": D("0.04")},
)
example(
    "chumchon.savings.RebatePolicy",
    savings.RebatePolicy,
    lambda: {"rate": D("0.10"), "exclude_defaulters": True},
)
example(
    "chumchon.savings.PercentOfProfit",
    savings.PercentOfProfit,
    lambda: {"category": "welfare", "percent": 10},
)
example(
    "chumchon.savings.FixedAmount",
    savings.FixedAmount,
    lambda: {"category": "welfare", "amount": 1000},
)
example(
    "chumchon.savings.MemberTotal",
    savings.MemberTotal,
    lambda: {"category": "dividend", "amount": 1000},
)
example(
    "chumchon.savings.Residual",
    savings.Residual,
    lambda: {"category": "reserve", "minimum_percent": 10},
)
example(
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
)
example(
    "chumchon.savings.DepositProduct",
    savings.DepositProduct,
    lambda: {
        "name": "ออมทรัพย์",
        "annual_rate": D("0.02"),
        "basis": savings.InterestBasis.DAILY_BALANCE,
        "credit_every_months": 6,
    },
)
example(
    "chumchon.savings.Bylaws",
    savings.Bylaws,
    lambda: {
        "fiscal_start_month": 10,
        "dividend": _p().bylaws.dividend,
        "rebate": _p().bylaws.rebate,
        "allocation": _p().bylaws.allocation,
        "loan_products": _p().bylaws.loan_products,
    },
)
example(
    "chumchon.savings.GroupYear",
    savings.GroupYear,
    lambda: {"fiscal_year_start": date(2024, 10, 1), "members": _p().group.members},
)
example(
    "chumchon.savings.annual_close",
    savings.annual_close,
    lambda: {"group": _p().group, "bylaws": _p().bylaws},
)
example(
    "chumchon.savings.annual_close_many",
    savings.annual_close_many,
    lambda: {"groups": [(_p().group, _p().bylaws)]},
    consume=True,
)
example(
    "chumchon.savings.annual_close_many(compact)",
    functools.partial(savings.annual_close_many, compact=True),
    lambda: {"groups": [(_p().group, _p().bylaws)]},
)
example(
    "chumchon.savings.calculate_dividends",
    savings.calculate_dividends,
    lambda: {
        "members": _p().group.members,
        "method": savings.DividendMethod.OPENING_MONTH_AVERAGE,
        "rate": D("0.04"),
        "allow_withdrawals": True,
    },
)
example(
    "chumchon.savings.calculate_rebates",
    savings.calculate_rebates,
    lambda: {"members": _p().group.members, "rate": D("0.10")},
)
example(
    "chumchon.savings.allocate_profit",
    savings.allocate_profit,
    lambda: {"net_profit": D("22955"), "lines": _p().bylaws.allocation},
)
example(
    "chumchon.savings.calculate_deposit_interest",
    savings.calculate_deposit_interest,
    lambda: {
        "product": _p().bylaws.deposit_products[0],
        "opening_balance": D("10000"),
        "start": date(2024, 10, 1),
        "end": date(2025, 9, 30),
        "transactions": [(date(2025, 1, 10), D("2000"))],
    },
    extra_bad={"end": {"before_start": date(2024, 1, 1)}},
)
example(
    "chumchon.savings.check_bylaws",
    savings.check_bylaws,
    lambda: {"bylaws": _p().bylaws, "as_of": AS_OF},
)
example(
    "chumchon.savings.fiscal_month_of",
    savings.fiscal_month_of,
    lambda: {"day": date(2025, 3, 1), "fiscal_year_start": date(2024, 10, 1)},
)
example(
    "chumchon.savings.loan_cost",
    savings.loan_cost,
    lambda: {"product": _p().bylaws.loan_products[0], "as_of": AS_OF},
)
example(
    "chumchon.savings.loan_limit",
    savings.loan_limit,
    lambda: {
        "product": _p().bylaws.loan_products[0],
        "savings": D("10000"),
        "group_cash": D("40000"),
        "requested": D("20000"),
    },
)
example(
    "chumchon.savings.settle_exit",
    savings.settle_exit,
    lambda: {"member_id": "M01", "savings": D("30000"), "leaver_dividend": savings.LeaverDividend.EARNED},
)
example(
    "chumchon.savings.weighted_balance",
    savings.weighted_balance,
    lambda: {"member": _p().group.members[0], "method": savings.DividendMethod.OPENING_MONTH_AVERAGE},
)


def _year_end_status() -> Any:
    schedule = loans.build_schedule(
        loans.LoanTerms(principal=3000, annual_rate="0.12", installments=3, disbursed_on=date(2024, 10, 1))
    )
    return loans.apply_payments(
        schedule, [loans.Payment(date(2024, 11, 1), "1020.07")], as_of=date(2025, 9, 30)
    )


example(
    "chumchon.savings.loan_years",
    savings.loan_years,
    lambda: {"statuses": {"M01": _year_end_status()}, "fiscal_year_start": date(2024, 10, 1)},
)
example(
    "chumchon.jsontext.loads",
    jsontext.loads,
    lambda: {"text": '{"a": [1, 2.5]}', "max_chars": 1000, "max_depth": 8},
)
example(
    "chumchon.jsontext.dumps",
    jsontext.dumps,
    lambda: {"data": {"a": "1"}},
)
example(
    "chumchon.schemas.schema",
    schemas.schema,
    lambda: {"name": "chumchon.payment"},
)
example(
    "chumchon.schemas.schema_names",
    schemas.schema_names,
    dict,
)
example(
    "chumchon.schemas.document_class",
    schemas.document_class,
    lambda: {"name": "chumchon.payment"},
)
example(
    "chumchon.schemas.read_document",
    schemas.read_document,
    lambda: {"data": _p().schedule.to_mapping()},
)
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
    example(
        f"chumchon.assessment.{_name}",
        getattr(assessment, _name),
        lambda a=_args: dict(a),
    )
example(
    "chumchon.assessment.assess_many",
    assessment.assess_many,
    lambda: {"rubric": ssg.RUBRIC, "facts": [_p().group_facts]},
)
example(
    "chumchon.assessment.assess",
    assessment.assess,
    lambda: {"rubric": ssg.RUBRIC, "facts": _p().group_facts},
)
example(
    "chumchon.assessment.compare",
    assessment.compare,
    lambda: {"before": _p().ssg_assessment, "after": _p().ssg_assessment},
)
example(
    "chumchon.assessment.fhc.bands",
    fhc.bands,
    lambda: {"assessment": _p().fhc_assessment},
)
for _rubric in (ssg, fhc, kkkj_health):  # a shipped rubric on a date, from the shipped or an edited registry
    for _function in (_rubric.rubric_at, _rubric.data_at):
        example(
            f"{_rubric.__name__}.{_function.__name__}", _function, lambda: {"as_of": AS_OF, "registry": None}
        )
example(
    "chumchon.assessment.GroupFacts",
    assessment.GroupFacts,
    lambda: {"members": 12, "savings": D("120000"), "net_profit": D("20000"), "written_bylaws": True},
)
example(
    "chumchon.assessment.KkkjFacts",
    assessment.KkkjFacts,
    lambda: {"allocation": D("280000"), "total_fund": D("277500"), "committee_members": 8},
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
example(
    "chumchon.assessment.Criterion",
    assessment.Criterion,
    _CRIT,
)
example(
    "chumchon.assessment.PassRule",
    assessment.PassRule,
    lambda: {"kind": assessment.PassRuleKind.AT_LEAST_COUNT, "minimum": D("2")},
)
example(
    "chumchon.assessment.CriterionGroup",
    assessment.CriterionGroup,
    lambda: {"code": "G", "title_th": "ก", "title_en": "g", "criteria": ssg.RUBRIC.groups[0].criteria},
)
example(
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
)
example(
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
)
example(
    "chumchon.assessment.Rubric.from_mapping",
    assessment.Rubric.from_mapping,
    lambda: {"data": ssg.RUBRIC.to_mapping()},
)
example(
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
)
example(
    "chumchon.savings.MemberYear.from_mapping",
    savings.MemberYear.from_mapping,
    lambda: {"data": {"member_id": "M1", "opening_balance": "1000", "monthly": ["100"] * 12}},
)
example(
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
)
example(
    "chumchon.savings.GroupYear.from_mapping",
    savings.GroupYear.from_mapping,
    lambda: {
        "data": {
            "fiscal_year_start": "2024-10-01",
            "members": [{"member_id": "M1", "opening_balance": "1000", "monthly": ["100"] * 12}],
        }
    },
)
example(
    "chumchon.assessment.GroupFacts.from_mapping",
    assessment.GroupFacts.from_mapping,
    lambda: {"data": {"members": 12, "savings": "120000"}},
)
example(
    "chumchon.assessment.Criterion.from_mapping",
    assessment.Criterion.from_mapping,
    lambda: {"data": ssg.RUBRIC.to_mapping()["groups"][0]["criteria"][0]},
)
_X = "chumchon.excel."
example(
    _X + "chumchon_bahttext",
    excel.chumchon_bahttext,
    lambda: {"amount": 1234.5},
    excel=True,
)
example(
    _X + "chumchon_thai_date",
    excel.chumchon_thai_date,
    lambda: {"value": 46347.0, "style": "full"},
    excel=True,
)
example(
    _X + "chumchon_parse_thai_date",
    excel.chumchon_parse_thai_date,
    lambda: {"text": "๒๑ พ.ย. ๒๕๖๙"},
    excel=True,
)
example(
    _X + "chumchon_be_year",
    excel.chumchon_be_year,
    lambda: {"value": 46347},
    excel=True,
)
example(
    _X + "chumchon_fiscal_year",
    excel.chumchon_fiscal_year,
    lambda: {"value": 46347, "start_month": 10},
    excel=True,
)
example(
    _X + "chumchon_pmt",
    excel.chumchon_pmt,
    lambda: {"rate": 0.01, "nper": 12, "pv": 100000},
    excel=True,
)
example(
    _X + "chumchon_effect",
    excel.chumchon_effect,
    lambda: {"nominal_rate": 0.0525, "npery": 4.0},
    excel=True,
)
example(
    _X + "chumchon_nominal",
    excel.chumchon_nominal,
    lambda: {"effect_rate": 0.053543, "npery": 4.0},
    excel=True,
)
_X_CUM = lambda: {"rate": 0.0075, "nper": 360.0, "pv": 125000.0, "start_period": 13.0, "end_period": 24.0}  # noqa: E731
example(
    _X + "chumchon_cumipmt",
    excel.chumchon_cumipmt,
    _X_CUM,
    excel=True,
)
example(
    _X + "chumchon_cumprinc",
    excel.chumchon_cumprinc,
    _X_CUM,
    excel=True,
)
_X_FLOWS = [[-1000.0], [600.0], [600.0]]
example(
    _X + "chumchon_npv",
    excel.chumchon_npv,
    lambda: {"rate": 0.01, "values": _X_FLOWS},
    excel=True,
)
example(
    _X + "chumchon_irr",
    excel.chumchon_irr,
    lambda: {"values": _X_FLOWS},
    excel=True,
)
example(
    _X + "chumchon_xnpv",
    excel.chumchon_xnpv,
    lambda: {"rate": 0.1, "values": _X_FLOWS, "dates": [[d] for d in _FLOW_DATES]},
    excel=True,
)
example(
    _X + "chumchon_xirr",
    excel.chumchon_xirr,
    lambda: {"values": _X_FLOWS, "dates": [[d] for d in _FLOW_DATES]},
    excel=True,
)
example(
    _X + "chumchon_loan_schedule",
    excel.chumchon_loan_schedule,
    lambda: {"principal": 10000, "annual_rate": 0.12, "installments": 3, "disbursed_on": 46037},
    excel=True,
)
example(
    _X + "chumchon_kkkj_schedule",
    excel.chumchon_kkkj_schedule,
    lambda: {"amount": 10000, "installments": 3, "disbursed_on": 46037},
    excel=True,
)
example(
    _X + "chumchon_dividend",
    excel.chumchon_dividend,
    lambda: {
        "method": "opening_month_average",
        "rate": 0.057,
        "opening_balance": 100000,
        "monthly": [[1000] * 12],
    },
    excel=True,
)
example(
    _X + "chumchon_allocate_profit",
    excel.chumchon_allocate_profit,
    lambda: {"net_profit": 10000, "lines": [["welfare", "percent", 10], ["reserve", "residual", None]]},
    excel=True,
)
example(
    _X + "chumchon_assess",
    excel.chumchon_assess,
    lambda: {"rubric": "ssg", "facts": [["written_bylaws", "par30_rate"], [True, 0.05]]},
    excel=True,
)
