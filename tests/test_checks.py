"""The input-checking kernel: one acceptance rule per kind of value, one bilingual message per refusal."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from chumchon import _checks
from chumchon.assessment import Change, Comparison, Outcome, PassRuleKind
from chumchon.errors import InvalidInputError
from chumchon.loans import AccrualBasis, DateAdjustment
from chumchon.rules import Severity, Status

PARSABLE = (Status, Severity, AccrualBasis, DateAdjustment, Comparison, PassRuleKind, Outcome, Change)


@pytest.mark.parametrize("kind", PARSABLE)
def test_every_member_parses_from_itself_its_value_and_its_name_in_any_case(kind: Any) -> None:
    for member in kind:
        assert kind.parse(member) is member
        assert kind.parse(f" {str(member.value).upper()} ") is member
        assert kind.from_name(member.name.lower()) is member


@pytest.mark.parametrize("kind", PARSABLE)
@pytest.mark.parametrize("bad", ["xyz", "", 3, None, ["confirmed"]])
def test_an_unknown_name_is_refused_listing_the_allowed_ones(kind: Any, bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        kind.parse(bad)
    assert all(str(member.value) in info.value.en for member in kind)
    assert info.value.value == bad
    with pytest.raises(InvalidInputError):
        kind.from_name(bad)


def test_thai_labels_name_members() -> None:
    assert Status.parse("ยืนยันแล้ว") is Status.CONFIRMED
    assert Outcome.parse("ไม่ผ่าน") is Outcome.FAILED
    assert Change.from_name("ดีขึ้น (ผ่านแล้ว)", "change") is Change.IMPROVED


def test_text_flag_and_whole_number() -> None:
    assert _checks.text("ก", "name") == "ก"
    assert _checks.text("", "note", empty=True) == ""
    for bad in ("", "  ", None, 1):
        with pytest.raises(InvalidInputError, match="non-empty text"):
            _checks.text(bad, "name")
    with pytest.raises(InvalidInputError, match="must be text"):
        _checks.text(1, "note", empty=True)
    assert _checks.flag(True, "done") is True
    for bad in (1, 0, "yes", None):
        with pytest.raises(InvalidInputError, match="True or False"):
            _checks.flag(bad, "done")
    assert _checks.whole_number(3, "n", minimum=1, maximum=3) == 3
    for bad in (True, 1.0, "2", 0, 4):
        with pytest.raises(InvalidInputError, match="whole number") as info:
            _checks.whole_number(bad, "n", minimum=1, maximum=3)
        assert info.value.field == "n"


def test_dates_are_dates_datetimes_or_iso_text() -> None:
    assert _checks.date_value(date(2026, 1, 10), "d") == date(2026, 1, 10)
    assert _checks.date_value(datetime(2026, 1, 10, 9), "d") == date(2026, 1, 10)
    assert _checks.date_value(" 2026-01-10 ", "d") == date(2026, 1, 10)
    for bad in ("10/01/2026", "2026-02-30", 20260110, None):
        with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
            _checks.date_value(bad, "d")


def test_items_name_the_bad_place() -> None:
    assert _checks.items([1, 2], "xs", int, "จำนวน", "numbers") == (1, 2)
    for bad in ("12", {"a": 1}, 3, None):
        with pytest.raises(InvalidInputError, match="list or tuple of numbers"):
            _checks.items(bad, "xs", int, "จำนวน", "numbers")
    with pytest.raises(InvalidInputError) as info:
        _checks.items([1, "2"], "xs", int, "จำนวน", "numbers")
    assert info.value.field == "xs[1]" and "item 1" in info.value.en


def test_fuzzer_findings_in_the_ratios_end_as_chumchon_errors() -> None:
    from decimal import Decimal

    from chumchon import assessment
    from chumchon.assessment import Unit

    assert Unit.FRACTION.format("0.5") == "50.00%"  # it raised TypeError
    with pytest.raises(InvalidInputError):
        Unit.FRACTION.format(Decimal("sNaN"))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="too large") as info:
        assessment.return_on_assets(net_profit=500, total_assets=Decimal("1E-1000000"))  # it raised Overflow
    assert info.value.field == "return_on_assets"


def test_with_value_refuses_what_is_not_a_dated_value() -> None:
    from chumchon.rules import INTEREST_CAP_ANNUAL_RATE

    with pytest.raises(InvalidInputError, match="DatedValue"):
        INTEREST_CAP_ANNUAL_RATE.with_value(7)  # type: ignore[arg-type]


# The kinds of check the packages migrate onto (money, rate, percent, sequences, mappings, converters).

import decimal  # noqa: E402
from decimal import Decimal  # noqa: E402

import attrs  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from chumchon.messages import CHECKS  # noqa: E402


def _refusal(check: Any, *args: Any, **options: Any) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as info:
        check(*args, **options)
    return info.value


def test_money_reads_every_form_and_bounds_it() -> None:
    assert _checks.money("1,234.50", "x") == Decimal("1234.50")
    assert _checks.money(np.int64(7), "x") == 7
    assert _checks.money(np.float64(0.1) + np.float64(0.2), "x") == Decimal("0.3")  # the money float rule
    assert _checks.money(-3, "x", minimum=None) == -3
    assert _checks.money("100", "x", whole_satang=True) == Decimal("100.00")
    assert _refusal(_checks.money, "-1", "savings").field == "savings"
    assert "greater than zero" in str(_refusal(_checks.money, 0, "x", positive=True))
    assert "at least 5" in str(_refusal(_checks.money, 4, "x", minimum=5))
    assert "at most 5" in str(_refusal(_checks.money, 6, "x", maximum=5))
    assert "satang" in str(_refusal(_checks.money, "1.005", "x", whole_satang=True))
    assert "satang" in str(_refusal(_checks.money, 1.005, "x"))  # a float with a fraction of a satang


@pytest.mark.parametrize(
    "bad",
    [
        float("nan"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        "1e999999",
        10**50,
        int,
        True,
        None,
        b"1",
        [1],
        np.array([1, 2]),
        "",
        "1,23",
    ],
)
def test_every_number_check_refuses_the_same_hostile_values(bad: object) -> None:
    for check in (_checks.number, _checks.money, _checks.rate, _checks.percent):
        error = _refusal(check, bad, "amount")
        assert error.field == "amount"
        assert error.th and error.en and error.th != error.en


def test_rate_and_percent_are_bounded() -> None:
    assert _checks.rate("0.05", "r", maximum=1) == Decimal("0.05")
    assert "from 0 to 1" in str(_refusal(_checks.rate, 2, "r", maximum=1))
    assert "did you mean 5.7%" in str(_refusal(_checks.rate, 5.7, "r", annual=True))
    assert "from 0 to 0.15" in str(_refusal(_checks.rate, "0.2", "r", annual=True, maximum=Decimal("0.15")))
    assert _checks.percent("100", "p") == 100
    assert "from 0 to 50" in str(_refusal(_checks.percent, 51, "p", maximum=50))


def test_whole_numbers_accept_numpy_integers_and_refuse_bool() -> None:
    assert _checks.whole_number(np.int32(4), "n") == 4
    assert type(_checks.whole_number(np.int32(4), "n")) is int
    assert _checks.whole_number(Decimal("12"), "n", numeric=True) == 12
    assert _checks.whole_number("๑๒", "n", numeric=True) == 12
    for bad in (np.bool_(True), 12.5, "12", Decimal("12")):
        _refusal(_checks.whole_number, bad, "n")
    _refusal(_checks.whole_number, 12.5, "n", numeric=True)
    _refusal(_checks.whole_number, "x", "n", numeric=True)


def test_choice_and_instance() -> None:
    assert _checks.choice("END", "when", ["end", "begin"]) == "end"
    assert "end, begin" in str(_refusal(_checks.choice, np.array(["end"]), "when", ["end", "begin"]))
    assert _checks.instance("x", "name", str) == "x"


def test_none_and_pandas_missing_values_are_none_where_none_is_allowed() -> None:
    for missing in (None, pd.NA, pd.NaT):
        assert _checks.optional(_checks.money, missing, "x") is None
    _refusal(_checks.money, pd.NA, "x")
    assert _checks.date_value(pd.Timestamp("2026-01-10 15:00"), "d") == date(2026, 1, 10)


def test_sequences_accept_arrays_and_series_and_refuse_text_tables_and_scalars() -> None:
    assert _checks.sequence(pd.Series([1, 2]), "w", _checks.whole_number) == (1, 2)
    assert _checks.sequence((x for x in "ab"), "w") == ("a", "b")
    assert _checks.items(np.array([1.5]), "w", float, "จำนวน", "numbers") == (1.5,)
    for bad in ("ab", b"ab", {"a": 1}, 3, np.array(3), np.zeros((2, 2)), pd.DataFrame({"a": [1]})):
        assert _refusal(_checks.sequence, bad, "w").field == "w"
    assert _refusal(_checks.sequence, [1, "x"], "w", _checks.money).field == "w[1]"


def test_mappings_name_unknown_missing_and_nested_fields() -> None:
    assert _refusal(_checks.mapping, [("a", 1)], "m").field == "m"
    assert "allowed: a, b" in str(_refusal(_checks.mapping, {1: 2}, "m", allowed=["b", "a"]))
    assert _refusal(_checks.mapping, {"c": 1}, "m", allowed=["a"]).field == "c"
    assert _refusal(_checks.mapping, {}, "m", required=["a"]).field == "a"

    @attrs.frozen
    class Pair:
        a: int
        b: int = 0

    assert _checks.mapping_fields({"a": 1}, Pair, "pair") == {"a": 1}
    assert _refusal(_checks.mapping_fields, {"b": 1}, Pair, "pair").field == "a"
    with pytest.raises(InvalidInputError) as info, _checks.within("dividend"):
        _checks.rate(-1, "rate")
    assert info.value.field == "dividend.rate"
    assert str(info.value).startswith("dividend: ")


def test_converters_check_in_the_constructor_and_in_evolve() -> None:
    @attrs.frozen
    class Loan:
        principal: Decimal = attrs.field(
            converter=_checks.converter(_checks.money, "principal", positive=True)
        )
        fee: Decimal | None = attrs.field(
            default=None, converter=_checks.converter(_checks.money, "fee", optional=True)
        )

    loan = Loan("1,000")
    assert loan.principal == 1000
    assert loan.fee is None
    assert Loan(5, fee=pd.NA).fee is None
    with pytest.raises(InvalidInputError) as info:
        attrs.evolve(loan, principal=0)
    assert info.value.field == "principal"
    with pytest.raises(InvalidInputError) as info:
        attrs.evolve(loan, fee="x")
    assert info.value.field == "fee"


def test_enum_members_from_numbers_equal_to_numeric_values() -> None:
    class Tier(_checks.ParsableEnum):
        LOW = 1
        HIGH = 2

    assert Tier.parse(np.int64(2)) is Tier.HIGH
    assert Tier.parse("high") is Tier.HIGH
    assert "1, 2" in str(_refusal(Tier.parse, True))
    assert "1, 2" in str(_refusal(Tier.parse, np.array([1, 2])))


def test_checks_do_not_depend_on_the_ambient_decimal_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 1
        ctx.traps[decimal.Rounded] = True
        ctx.traps[decimal.Inexact] = True
        assert _checks.money("1234.56", "x", whole_satang=True) == Decimal("1234.56")
        assert _checks.whole_number("123", "n", numeric=True) == 123
        assert _checks.percent("12.5", "p") == Decimal("12.5")


def test_every_catalogue_entry_is_bilingual_and_names_the_field() -> None:
    for key, message in CHECKS.items():
        assert message.th != message.en, key
        assert "{field!r}" in message.th or "{list!r}" in message.th or key == "too_large", key
        assert any("\u0e00" <= c <= "\u0e7f" for c in message.th), key


def test_fuzzer_findings_in_money_end_as_chumchon_errors() -> None:
    from chumchon.money import allocate, to_decimal

    with pytest.raises(InvalidInputError) as info:
        to_decimal(int)  # the type, not a number: it raised TypeError
    assert "a number" in str(info.value)
    with pytest.raises(InvalidInputError) as info:
        allocate("10", [Decimal("1e-1000000000"), 1])  # it raised decimal.InvalidOperation
    assert info.value.field == "weight"
    assert allocate("10", [Decimal("0E-1000000000"), 1]) == (Decimal("0.00"), Decimal("10.00"))
    assert allocate("10", [Decimal("1e-40"), Decimal("1e40")]) == (Decimal("0.00"), Decimal("10.00"))
    assert to_decimal(Decimal("-0.00")) == 0 and not to_decimal(Decimal("-0.00")).is_signed()


USER_ENUMS = (
    "chumchon.loans:InterestMethod",
    "chumchon.loans:Amortization",
    "chumchon.loans:RemainderOn",
    "chumchon.loans:AllocationOrder",
    "chumchon.savings:MemberType",
    "chumchon.savings:DividendMethod",
    "chumchon.savings:DividendBasis",
    "chumchon.savings:InterestBasis",
    "chumchon.savings:LeaverDividend",
    "chumchon.assessment:Unit",
    "chumchon.assessment.fhc:Band",
    *(
        f"chumchon.loans.kkkj:{n}"
        for n in ("AreaLevel", "Standing", "Purpose", "OpenLoanRule", "ReviewFactor")
    ),
)


@pytest.mark.parametrize("path", USER_ENUMS)
def test_every_enum_users_name_parses_and_refuses_through_the_kernel(path: str) -> None:
    import importlib

    import numpy as np

    module, name = path.split(":")
    kind = getattr(importlib.import_module(module), name)
    assert issubclass(kind, _checks.ParsableEnum)
    for member in kind:
        assert kind(member.value) is member
        assert kind(member.name.title()) is member  # calling the enum reads a name in any case too
        assert kind.parse(f" {member.value} ") is member
    for bad in ("xyz", np.array([1, 2]), ["x"], None):
        with pytest.raises(InvalidInputError) as info:
            kind(bad)  # it raised ValueError or NumPy's ambiguous truth value
        assert str(next(iter(kind)).value) in str(info.value)
