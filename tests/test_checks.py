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
