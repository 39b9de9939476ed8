"""Regression tests for the robustness review of the savings package: the ambient decimal context, immutable
bylaws, ``from_mapping`` on bad data and type checks on object arguments."""

from __future__ import annotations

import decimal
import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from chumchon.errors import ChumchonError, InvalidInputError, ParseError
from chumchon.loans import InterestMethod
from chumchon.money import SATANG
from chumchon.savings import (
    Bylaws,
    DepositProduct,
    DividendMethod,
    GroupYear,
    InterestBasis,
    LoanProduct,
    MemberRights,
    MemberTotal,
    MemberType,
    MemberYear,
    Residual,
    allocate_profit,
    annual_close,
    annual_close_many,
    calculate_deposit_interest,
    calculate_dividends,
    calculate_rebates,
    check_bylaws,
    fiscal_month_of,
    loan_cost,
    loan_limit,
    settle_exit,
    weighted_balance,
)
from chumchon.savings.examples import training_group

# A narrow context that shows any arithmetic done in the caller's context, and one that traps every rounding.
NARROW = decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR)
TRAPPING = decimal.Context(prec=6, rounding=decimal.ROUND_CEILING, traps=[decimal.Rounded, decimal.Inexact])

PRODUCT = LoanProduct(
    name="สามัญ",
    interest_method=InterestMethod.FLAT,
    max_term_months=12,
    monthly_rate="0.01",
    limit_multiple_of_savings=3,
    limit_cap=50_000,
)
DEPOSIT = DepositProduct(
    name="ออมทรัพย์", annual_rate="0.0365", basis=InterestBasis.DAILY_BALANCE, credit_every_months=6
)


def _calculations() -> dict[str, object]:
    t = training_group()
    members = t.year.members
    close = annual_close(t.year, t.bylaws)
    dividends = calculate_dividends(
        members, method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.0437", allow_withdrawals=True
    )
    return {
        "close": close,
        "statement": close.statement("en"),
        "dividends": dividends,
        "explain": dividends.explain("M01", "en"),
        "pool": calculate_dividends(
            members, method=DividendMethod.CLOSING_MONTH_AVERAGE, pool="12345.67", allow_withdrawals=True
        ),
        "rebates": calculate_rebates(members, rate="0.1337"),
        "weighted": weighted_balance(members[0], DividendMethod.OPENING_MONTH_AVERAGE),
        "allocation": allocate_profit("22955.01", t.bylaws.allocation),
        "limit": loan_limit(PRODUCT, savings="12345.67", group_cash=99_999),
        "cost": loan_cost(PRODUCT, date(2025, 9, 30)),
        "check": check_bylaws(t.bylaws, date(2025, 9, 30)),
        "deposit": calculate_deposit_interest(
            DEPOSIT,
            opening_balance="123456.78",
            start=date(2025, 1, 1),
            end=date(2025, 11, 15),
            transactions=[(date(2025, 3, 3), "1000.01")],
        ),
        "exit": settle_exit(
            "M01", savings="123456.78", leaver_dividend="earned", year_dividend="1168.98", interest_due="0.01"
        ),
        "member": (members[0].closing_balance, members[0].saved_in_year),
    }


@pytest.mark.parametrize("context", [NARROW, TRAPPING], ids=["prec5_floor", "trap_rounded"])
def test_results_do_not_depend_on_the_callers_decimal_context(context: decimal.Context) -> None:
    expected = _calculations()
    with decimal.localcontext(context):
        got = _calculations()
    for name, value in expected.items():
        assert got[name] == value, name
        assert repr(got[name]) == repr(value), name


def test_named_figures_of_the_review_under_a_narrow_context() -> None:
    # The three numbers the robustness review found wrong under prec=5, ROUND_FLOOR.
    t = training_group()
    with decimal.localcontext(NARROW):
        close = annual_close(t.year, t.bylaws)
        limit = loan_limit(PRODUCT, savings="12345.67", group_cash=99_999)
    assert close.income.total_income == Decimal("24635.50")
    assert limit.limits[0][1] == Decimal("37037.01")


def test_the_callers_context_is_left_alone() -> None:
    with decimal.localcontext(decimal.Context(prec=7, rounding=decimal.ROUND_05UP, traps=[])) as ctx:
        _calculations()
        assert (ctx.prec, ctx.rounding) == (7, decimal.ROUND_05UP)
        assert not any(ctx.traps.values())


def test_annual_close_many_closes_each_item_in_the_private_context() -> None:
    t = training_group()
    with decimal.localcontext(NARROW):
        closes = list(annual_close_many([(t.year, t.bylaws)] * 2))
    assert [c.income.total_income for c in closes] == [Decimal("24635.50")] * 2


# --- Bylaws are immutable and hashable --------------------------------------------------------------------------


def test_member_rights_is_an_immutable_tuple_and_bylaws_hash() -> None:
    bylaws = training_group().bylaws
    assert isinstance(bylaws.member_rights, tuple)
    assert [kind for kind, _rights in bylaws.member_rights] == list(MemberType)
    hash(bylaws)
    assert pickle.loads(pickle.dumps(bylaws)) == bylaws
    assert attrs.evolve(bylaws, name="x").member_rights == bylaws.member_rights
    assert bylaws.rights("honorary") == bylaws.rights(MemberType.HONORARY)


def test_member_rights_from_a_mapping_equal_the_same_rights_as_pairs() -> None:
    no_rights = MemberRights(vote=False, borrow=False, dividend=False)
    common = {"fiscal_start_month": 1, "dividend": None, "rebate": None, "allocation": [Residual()]}
    a = Bylaws(**common, member_rights={MemberType.HONORARY: no_rights})
    b = Bylaws(**common, member_rights=((MemberType.HONORARY, no_rights),))
    assert a == b and hash(a) == hash(b)
    assert not a.rights(MemberType.HONORARY).borrow and a.rights(MemberType.ORDINARY).borrow


@pytest.mark.parametrize("bad", [[("ordinary", 1)], "ordinary", ((MemberType.ORDINARY,),), {"gold": {}}])
def test_bad_member_rights_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        Bylaws(fiscal_start_month=1, dividend=None, rebate=None, allocation=[Residual()], member_rights=bad)


def test_rights_of_an_unknown_type_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="member_type"):
        training_group().bylaws.rights("gold")  # type: ignore[arg-type]


# --- from_mapping on bad data -----------------------------------------------------------------------------------

_BUILDERS = {
    "MemberYear": MemberYear.from_mapping,
    "LoanProduct": LoanProduct.from_mapping,
    "Bylaws": Bylaws.from_mapping,
    "GroupYear": GroupYear.from_mapping,
}


@pytest.mark.parametrize("name", sorted(_BUILDERS))
@pytest.mark.parametrize("data", [None, 0, "text", ["a"], {}])
def test_from_mapping_of_no_mapping_or_an_empty_one_is_a_parse_error(name: str, data: object) -> None:
    with pytest.raises(ParseError) as caught:
        _BUILDERS[name](data)  # type: ignore[operator]
    assert caught.value.th and caught.value.en


_VALID_BYLAWS = {
    "fiscal_start_month": 10,
    "dividend": {"method": "opening_month_average", "rate": "0.04"},
    "rebate": {"rate": "0.1"},
    "allocation": [{"type": "percent", "category": "welfare", "percent": 10}, {"type": "residual"}],
}
_VALID_GROUP = {
    "fiscal_year_start": "2024-10-01",
    "members": [{"member_id": "M1", "opening_balance": "1000", "monthly": ["100"] * 12}],
}
_VALID_PRODUCT = {"name": "สามัญ", "interest_method": "flat", "max_term_months": 6, "monthly_rate": "0.01"}


@pytest.mark.parametrize(
    ("build", "valid", "key"),
    [
        (LoanProduct.from_mapping, _VALID_PRODUCT, "name"),
        (LoanProduct.from_mapping, _VALID_PRODUCT, "interest_method"),
        (LoanProduct.from_mapping, _VALID_PRODUCT, "max_term_months"),
        (GroupYear.from_mapping, _VALID_GROUP, "fiscal_year_start"),
        (GroupYear.from_mapping, _VALID_GROUP, "members"),
        (Bylaws.from_mapping, _VALID_BYLAWS, "allocation"),
    ],
)
def test_a_missing_required_key_is_named(build: object, valid: dict[str, object], key: str) -> None:
    with pytest.raises(ParseError, match=f"the field {key} is required") as caught:
        build({k: v for k, v in valid.items() if k != key})  # type: ignore[operator]
    assert caught.value.field == key


@pytest.mark.parametrize(("build", "valid"), [(b, v) for b, v in zip(_BUILDERS.values(), [
    {"member_id": "M1", "opening_balance": "1000"}, _VALID_PRODUCT, _VALID_BYLAWS, _VALID_GROUP,
], strict=True)])  # fmt: skip
@pytest.mark.parametrize("key", [None, 0, 1.5, ("a",)])
def test_a_key_that_is_not_text_is_a_parse_error(
    build: object, valid: dict[object, object], key: object
) -> None:
    with pytest.raises(ParseError, match="field name must be text"):
        build({**valid, key: 1})  # type: ignore[operator]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"dividend": {}}, "dividend.method"),
        ({"dividend": {"method": "opening_month_average", "rate": -1}}, "dividend.rate"),
        ({"rebate": {"colour": 1}}, "rebate.colour"),
        ({"rebate": {None: 1}}, "rebate"),
        ({"allocation": None}, "lines"),
        ({"allocation": [{"type": "percent", "category": "welfare"}, {"type": "residual"}]}, "allocation[0].percent"),
        ({"allocation": [{"type": None}, {"type": "residual"}]}, "allocation[0].type"),
        ({"loan_products": None}, "loan_products"),
        ({"loan_products": [{"name": "x"}]}, "loan_products[0].interest_method"),
        ({"deposit_products": [{"name": "x", "annual_rate": "0.01"}]}, "deposit_products[0].basis"),
        ({"member_rights": {"honorary": {"vote": False}}}, "member_rights.honorary.borrow"),
        ({"member_rights": {"honorary": {"vote": False, "borrow": False, "dividend": False, "x": 1}}},
         "member_rights.honorary.x"),
    ],
)  # fmt: skip
def test_bylaws_from_mapping_names_the_nested_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        Bylaws.from_mapping({**_VALID_BYLAWS, **change})
    assert caught.value.field == field
    assert caught.value.th and caught.value.en


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"members": None}, "members"),
        ({"members": 5}, "members"),
        ({"members": [{"member_id": "M1", "opening_balance": -1}]}, "members[0].opening_balance"),
        ({"members": [{"member_id": "M1"}]}, "members[0].opening_balance"),
        ({"members": [None]}, "members"),
        ({"fiscal_year_start": "2024-13-01"}, "fiscal_year_start"),
        ({"fiscal_year_start": None}, "fiscal_year_start"),
    ],
)
def test_group_year_from_mapping_names_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        GroupYear.from_mapping({**_VALID_GROUP, **change})
    assert caught.value.field == field


def test_the_valid_mappings_still_build() -> None:
    assert Bylaws.from_mapping(_VALID_BYLAWS).dividend is not None
    assert len(GroupYear.from_mapping(_VALID_GROUP).members) == 1
    assert LoanProduct.from_mapping(_VALID_PRODUCT).monthly_rate == Decimal("0.01")


# --- type checks on object and iterable arguments ---------------------------------------------------------------

BAD_OBJECTS = [None, True, 0, Decimal("NaN"), "text", [], {}, object()]


@pytest.mark.parametrize("bad", [*BAD_OBJECTS, 1.5])
def test_annual_close_many_refuses_what_is_not_iterable_at_the_call(bad: object) -> None:
    if isinstance(bad, list):
        assert list(annual_close_many(bad)) == []  # type: ignore[arg-type]
        return
    with pytest.raises(InvalidInputError, match="groups"):
        annual_close_many(bad)  # type: ignore[arg-type]


def test_annual_close_many_refuses_an_item_that_is_not_a_pair() -> None:
    with pytest.raises(InvalidInputError, match="pair"):
        list(annual_close_many([None]))  # type: ignore[list-item]


def _deposit(**change: object) -> object:
    args: dict[str, object] = {
        "product": DEPOSIT,
        "opening_balance": 1000,
        "start": date(2025, 1, 1),
        "end": date(2026, 1, 1),
        "transactions": [(date(2025, 2, 1), 100)],
        **change,
    }
    return calculate_deposit_interest(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize("argument", ["product", "rounding"])
@pytest.mark.parametrize("bad", BAD_OBJECTS)
def test_deposit_interest_refuses_a_bad_product_or_rounding(argument: str, bad: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _deposit(**{argument: bad})
    assert caught.value.field == argument


@pytest.mark.parametrize(
    "bad",
    [None, 5, "2025-02-01", {date(2025, 2, 1): 100}, [None], [(date(2025, 2, 1),)], [(1, 2)], ["ab"],
     [(date(2025, 2, 1), 100, 1)], [(date(2025, 2, 1), "lots")]],
)  # fmt: skip
def test_deposit_interest_refuses_bad_transactions(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        _deposit(transactions=bad)


def test_deposit_interest_still_takes_lists_as_pairs() -> None:
    assert _deposit(transactions=[[date(2025, 2, 1), 100]]) == _deposit()


@pytest.mark.parametrize("bad", [*BAD_OBJECTS, "1/1/2025"])
def test_fiscal_month_of_refuses_what_is_not_a_date(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="'day'"):
        fiscal_month_of(bad, date(2024, 10, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="'fiscal_year_start'"):
        fiscal_month_of(date(2025, 1, 1), bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", BAD_OBJECTS)
def test_loan_cost_and_loan_limit_refuse_a_bad_product(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="LoanProduct"):
        loan_cost(bad, date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="LoanProduct"):
        loan_limit(bad, savings=1, group_cash=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", BAD_OBJECTS)
def test_weighted_balance_refuses_a_bad_member_or_method(bad: object) -> None:
    member = training_group().year.members[0]
    with pytest.raises(InvalidInputError, match="MemberYear"):
        weighted_balance(bad, DividendMethod.OPENING_MONTH_AVERAGE)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="method"):
        weighted_balance(member, bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [5, "ordinary", {"ordinary": 1}, ["gold"], [None]])
def test_eligible_types_must_be_member_types(bad: object) -> None:
    members = training_group().year.members
    with pytest.raises(InvalidInputError, match="eligible_types"):
        calculate_dividends(
            members,
            method=DividendMethod.OPENING_MONTH_AVERAGE,
            rate="0.04",
            eligible_types=bad,  # type: ignore[arg-type]
        )
    with pytest.raises(InvalidInputError, match="eligible_types"):
        calculate_rebates(members, rate="0.1", eligible_types=bad)  # type: ignore[arg-type]


def test_eligible_types_by_value_are_read() -> None:
    members = training_group().year.members
    by_value = calculate_rebates(members, rate="0.1", eligible_types=["ordinary"])  # type: ignore[list-item]
    assert by_value == calculate_rebates(members, rate="0.1", eligible_types=[MemberType.ORDINARY])


@pytest.mark.parametrize("bad", [None, 1, "yes"])
def test_dividend_flags_must_be_true_or_false(bad: object) -> None:
    members = training_group().year.members
    for flag in ("allow_withdrawals", "exclude_leavers"):
        with pytest.raises(InvalidInputError, match=flag):
            calculate_dividends(
                members,
                method=DividendMethod.OPENING_MONTH_AVERAGE,
                rate="0.04",
                **{flag: bad},  # type: ignore[arg-type]
            )
    with pytest.raises(InvalidInputError, match="exclude_leavers"):
        calculate_rebates(members, rate="0.1", exclude_leavers=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", BAD_OBJECTS)
def test_member_total_of_refuses_what_is_not_a_result(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="DividendResult"):
        MemberTotal.of("dividend", bad)


def test_explain_refuses_an_unknown_language() -> None:
    result = calculate_dividends(
        training_group().year.members,
        method=DividendMethod.OPENING_MONTH_AVERAGE,
        rate="0.04",
        allow_withdrawals=True,
    )
    with pytest.raises(InvalidInputError):
        result.explain("M01", "fr")


def test_every_error_here_is_a_chumchon_error() -> None:
    # The public entry points raise nothing else on these inputs (a spot check of the whole surface).
    t = training_group()
    calls = [
        lambda: annual_close(None, t.bylaws),  # type: ignore[arg-type]
        lambda: check_bylaws(t.bylaws, None),  # type: ignore[arg-type]
        lambda: settle_exit(None, savings=1, leaver_dividend="none"),  # type: ignore[arg-type]
        lambda: allocate_profit(1, None),  # type: ignore[arg-type]
        lambda: SATANG.apply(Decimal(1)) and calculate_dividends(None, rate=1),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(ChumchonError):
            call()
