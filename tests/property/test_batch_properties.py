"""The batch fast paths give exactly what the plain per-group serial path gives (issue 19).

Each property builds the same data twice: once the plain way (each ``MemberYear`` field by field, one
``annual_close`` / ``VillageBook.report`` / ``assess`` per unit) and once through the fast path
(``GroupYear.from_columns``, the fused annual close, ``compact=True`` batches, the skipped rate solve, the
single status per account), and checks results, rows and errors are identical. Strategies carry explicit
numeric bounds.
"""

from __future__ import annotations

import decimal
import pickle
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from chumchon.assessment import GroupFacts, assess, assess_many, fhc, ssg
from chumchon.errors import ChumchonError
from chumchon.loans import (
    FlatPenalty,
    LoanTerms,
    Payment,
    apply_payments,
    assess_interest_rate,
    build_schedule,
    kkkj,
)
from chumchon.loans.terms import Frequency
from chumchon.money import DECIMAL_CONTEXT, WHOLE_BAHT
from chumchon.savings import (
    DividendBasis,
    DividendMethod,
    DividendPolicy,
    GroupYear,
    LeaverDividend,
    MemberType,
    MemberYear,
    RebatePolicy,
    annual_close,
    annual_close_many,
    calculate_dividends,
    calculate_rebates,
)
from chumchon.savings.examples import training_group

START = date(2024, 10, 1)
TRAINING = training_group().bylaws
METHODS = (
    DividendMethod.OPENING_MONTH_AVERAGE,
    DividendMethod.CLOSING_MONTH_AVERAGE,
    DividendMethod.YEAR_END_BALANCE,
)

whole = st.integers(min_value=0, max_value=60_000)
cents = st.integers(min_value=0, max_value=6_000_000).map(lambda n: Decimal(n) / 100)
# Amounts as Decimal (the fast path), int (converted the same way) or text and floats (the converters').
amount = st.one_of(whole.map(Decimal), whole, cents, whole.map(str), st.sampled_from(["-5", "x", 1.5, None]))
good_amount = st.one_of(whole.map(Decimal), whole, cents)
month = st.one_of(
    st.integers(min_value=-300, max_value=2_000).map(Decimal), st.integers(min_value=0, max_value=2_000)
)


def outcome(build: Any) -> Any:
    """The value built, or the error's kind, field and text (what the caller sees)."""
    try:
        return "ok", build()
    except ChumchonError as error:
        return "error", type(error), getattr(error, "field", None), str(error)


@st.composite
def member_columns(draw: st.DrawFn, *, valid: bool = False) -> dict[str, tuple[Any, ...]]:
    """Member columns; with ``valid``, amounts the converters accept and withdrawals only now and then."""
    amount_ = good_amount if valid else amount
    month_ = st.integers(min_value=-100, max_value=2_000).map(Decimal) if valid else month  # 5% withdrawals
    size = draw(st.integers(min_value=1, max_value=6))
    ids = [f"M{i}" for i in range(size)]
    if not valid and draw(st.integers(min_value=0, max_value=9)) == 0:
        ids[-1] = ids[0]  # a duplicate id, sometimes
    columns: dict[str, tuple[Any, ...]] = {
        "member_id": tuple(ids),
        "opening_balance": tuple(draw(st.lists(amount_, min_size=size, max_size=size))),
        "monthly": tuple(tuple(draw(st.lists(month_, min_size=12, max_size=12))) for _ in range(size)),
        "interest_paid": tuple(draw(st.lists(amount_, min_size=size, max_size=size))),
        "missed_installment": tuple(draw(st.lists(st.booleans(), min_size=size, max_size=size))),
    }
    if draw(st.booleans()):
        columns["member_type"] = tuple(
            draw(st.lists(st.sampled_from(list(MemberType)), min_size=size, max_size=size))
        )
    if draw(st.booleans()):
        left = st.one_of(st.none(), st.integers(min_value=1, max_value=12))
        columns["left_month"] = tuple(draw(st.lists(left, min_size=size, max_size=size)))
    return columns


def plain_group(columns: dict[str, tuple[Any, ...]], **group: Any) -> GroupYear:
    """Every member built field by field, then the group: the path the fast one must match."""
    members = []
    keys = list(columns)
    for i, row in enumerate(zip(*columns.values(), strict=True)):
        try:
            members.append(MemberYear(**dict(zip(keys, row, strict=True))))
        except ChumchonError as error:
            error.field = f"members[{i}].{error.field}"
            error.th, error.en = f"members[{i}]: {error.th}", f"members[{i}]: {error.en}"
            error.args = (f"{error.th} / {error.en}",)
            raise
    return GroupYear(fiscal_year_start=START, members=members, **group)


@st.composite
def bylaws(draw: st.DrawFn) -> Any:
    method = draw(st.sampled_from(METHODS))
    rate = draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("0.06"), places=3))
    percent = draw(st.integers(min_value=0, max_value=30))
    dividend = draw(
        st.sampled_from(
            [
                None,
                DividendPolicy(method=method, rate=rate),
                DividendPolicy(method=method, percent_of_profit=percent),
                DividendPolicy(method=method, percent_of_profit=percent, rounding=WHOLE_BAHT),
                DividendPolicy(method=None, basis=DividendBasis.WORK_UNITS, percent_of_profit=percent),
            ]
        )
    )
    rebate = draw(
        st.sampled_from(
            [None, RebatePolicy(rate=rate), RebatePolicy(percent_of_profit=percent, exclude_defaulters=False)]
        )
    )
    return attrs.evolve(
        TRAINING,
        dividend=dividend,
        rebate=rebate,
        withdrawals_allowed=draw(st.booleans()),
        leaver_dividend=draw(st.sampled_from([None, LeaverDividend.NONE, LeaverDividend.EARNED])),
    )


@settings(max_examples=150, deadline=None)
@given(member_columns(), st.sampled_from([{}, {"fines": Decimal(40), "name": "ก"}, {"fines": -1}]))
def test_from_columns_builds_what_the_plain_path_builds_and_refuses_alike(
    columns: dict[str, tuple[Any, ...]], group: dict[str, Any]
) -> None:
    fast = outcome(lambda: GroupYear.from_columns(fiscal_year_start=START, members=columns, **group))
    assert fast == outcome(lambda: plain_group(columns, **group))


@settings(max_examples=120, deadline=None)
@given(member_columns(valid=True), bylaws())
def test_the_fused_close_and_the_compact_batch_equal_the_plain_serial_close(
    columns: dict[str, tuple[Any, ...]], rules: Any
) -> None:
    plain = outcome(lambda: plain_group(columns, fines=Decimal(300)))
    assume(plain[0] == "ok")
    group = plain[1]
    serial = outcome(lambda: annual_close(group, rules))
    fast = outcome(
        lambda: annual_close(
            GroupYear.from_columns(fiscal_year_start=START, members=columns, fines=300), rules
        )
    )
    assert fast == serial
    event(f"close: {serial[0]}")
    if serial[0] != "ok":
        return
    close = serial[1]
    # The fused close's dividend and rebate lines are what the public functions give for the same members.
    types = frozenset(t for t, r in rules.member_rights if r.dividend)
    leavers_out = rules.leaver_dividend is LeaverDividend.NONE
    if rules.dividend is not None and rules.dividend.rate is not None and close.net_profit > 0:
        assert close.dividends == calculate_dividends(
            group.members,
            method=rules.dividend.method,
            rate=rules.dividend.rate,
            rounding=rules.dividend.rounding,
            allow_withdrawals=True,
            eligible_types=types,
            exclude_leavers=leavers_out,
        )
    if rules.rebate is not None and rules.rebate.rate is not None and close.net_profit > 0:
        assert close.rebates == calculate_rebates(
            group.members,
            rate=rules.rebate.rate,
            exclude_defaulters=rules.rebate.exclude_defaulters,
            eligible_types=types,
            exclude_leavers=leavers_out,
        )
    # The compact batch: rows from the full close, full close on demand, and the same after a pickle.
    batch = annual_close_many(
        [({"fiscal_year_start": START, "members": columns, "fines": 300}, rules)], compact=True
    )
    assert batch.full(0) == close
    assert batch.groups.row(0)["net_profit"] == close.net_profit
    assert batch.groups.row(0)["balanced"] is close.balanced
    assert list(batch.members.column("dividend")) == list(close.dividend_by_member.values())
    assert list(batch.members.column("rebate")) == list(close.rebate_by_member.values())
    assert [str(x) for x in batch.members.column("closing_balance")] == [
        str(m.opening_balance + sum(m.monthly, Decimal(0))) for m in group.members
    ]
    again = pickle.loads(pickle.dumps(batch))
    assert again == batch
    assert [list(map(str, c)) for c in again.members.data] == [list(map(str, c)) for c in batch.members.data]


def close_rows(close: Any) -> tuple[list[str], list[list[str]]]:
    """The rows a compact batch must hold for ``close`` (group 0), written out from the full close, as text
    (so exponents count too), with the library's arithmetic (its context, not the ambient one)."""
    with decimal.localcontext(DECIMAL_CONTEXT):
        return _close_rows(close)


def _close_rows(close: Any) -> tuple[list[str], list[list[str]]]:
    group = close.group
    zero = Decimal("0.00")
    dividends = close.dividend_by_member if close.dividends is not None else None
    rebates = close.rebate_by_member if close.rebates is not None else None
    members = []
    for m in group.members:
        saved = sum(m.monthly, Decimal(0))
        members.append(
            [
                "0",
                m.member_id,
                str(m.opening_balance),
                str(saved),
                str(m.opening_balance + saved),
                str(m.interest_paid),
                str(dividends[m.member_id] if dividends is not None else zero),
                str(rebates[m.member_id] if rebates is not None else zero),
            ]
        )
    row = [
        group.name,
        str(group.fiscal_year_start),
        str(len(group.members)),
        str(close.income.total_income),
        str(close.income.total_expenses),
        str(close.net_profit),
        str(close.dividends.total if close.dividends is not None else zero),
        str(close.rebates.total if close.rebates is not None else zero),
        str(sum((f.added for f in close.funds), zero)),
        str(sum((m.opening_balance + sum(m.monthly, Decimal(0)) for m in group.members), zero)),
        str(close.balanced),
    ]
    return row, members


def batch_rows(batch: Any) -> tuple[list[str], list[list[str]]]:
    members = [[str(v) for v in batch.members.row(i).values()] for i in range(len(batch.members))]
    return [str(v) for v in batch.groups.row(0).values()], members


# Values at the kernel's edges: zeros it rewrites (-0, a tiny exponent), sizes it refuses, NaN and infinity.
ODD = st.sampled_from(
    [
        Decimal("-0"),
        Decimal("0.00"),
        Decimal("0E-50"),
        Decimal("1E-45"),
        Decimal("9E+40"),
        Decimal("1E+41"),
        Decimal("NaN"),
        Decimal("Infinity"),
        10**40,
        10**41,
    ]
)


@st.composite
def varied_bylaws(draw: st.DrawFn) -> Any:
    """:func:`bylaws` with member rights, the daily method and a reserve minimum varied too."""
    rules = draw(bylaws())
    rights = {
        kind: {"vote": True, "borrow": True, "dividend": draw(st.booleans())} for kind in list(MemberType)
    }
    if draw(st.booleans()):
        rules = attrs.evolve(rules, member_rights=rights)
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        rate = draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("0.06"), places=3))
        rules = attrs.evolve(rules, dividend=DividendPolicy(method=DividendMethod.DAILY, rate=rate))
    return rules


@settings(max_examples=200, deadline=None)
@given(
    st.booleans().flatmap(lambda valid: member_columns(valid=valid)),
    varied_bylaws(),
    st.sampled_from(
        [
            {"fines": Decimal(300)},
            {"fines": Decimal(300), "bank_interest": Decimal("12.34")},
            {"fines": 300, "name": "กลุ่ม ก", "expenses": {"meetings": Decimal(500)}},
            {"fines": Decimal(300), "loan_interest": Decimal(10**6), "funds_opening": {"reserve": 1000}},
            {"loan_interest": Decimal(0)},
            {"fines": "x"},
        ]
    ),
    st.integers(min_value=0, max_value=7),
    st.one_of(st.none(), st.tuples(st.sampled_from(["opening_balance", "interest_paid", "monthly"]), ODD)),
)
def test_the_columnar_batch_close_gives_the_rows_and_errors_of_the_per_group_close(
    columns: dict[str, tuple[Any, ...]],
    rules: Any,
    group: dict[str, Any],
    extra: int,
    odd: tuple[str, Any] | None,
) -> None:
    """The compact batch of a group given as columns (closed without building its members when the data
    allows) holds exactly the rows of the full per-group close, or raises its error."""
    columns = dict(columns)
    size = len(columns["member_id"])
    if extra & 4:  # no withdrawals, no leavers: the data the columnar pass takes on itself
        columns["monthly"] = tuple(tuple(abs(v) for v in months) for months in columns["monthly"])
        columns.pop("left_month", None)
    if odd is not None:  # one value at an edge of what the kernel keeps, changes or refuses
        field, value = odd
        first = ((value, *columns["monthly"][0][1:]),) if field == "monthly" else (value,)
        columns[field] = first + columns[field][1:]
    if extra & 1:
        columns["work_units"] = tuple(Decimal(i * 7 % 5) for i in range(size))
    if extra & 2:
        columns["name"] = tuple(f"สมาชิก {i}" for i in range(size))
    expected = outcome(lambda: close_rows(annual_close(plain_group(columns, **group), rules)))
    got = outcome(
        lambda: batch_rows(
            annual_close_many(
                [({"fiscal_year_start": START, "members": columns, **group}, rules)], compact=True
            )
        )
    )
    event(f"close: {expected[0]}")
    assert got == expected


def test_a_batch_raises_the_first_bad_input_before_the_first_refused_close() -> None:
    """Building every input before any close raised a later group's bad input first; the columnar batch keeps
    that order."""
    good = {"member_id": ("A",), "opening_balance": (Decimal(100),)}
    refused = {"fiscal_year_start": START, "members": good, "loan_interest": Decimal(0), "fines": 0}
    refused["members"] = {**good, "interest_paid": (Decimal(50),)}  # loan interest below what members paid
    bad = {"fiscal_year_start": START, "members": {"member_id": ("B",), "opening_balance": ("-1",)}}
    with pytest.raises(ChumchonError) as first:
        annual_close_many([(refused, TRAINING), (bad, TRAINING)], compact=True)
    assert first.value.field == "members[0].opening_balance"
    with pytest.raises(ChumchonError) as alone:
        annual_close_many([(refused, TRAINING)], compact=True)
    assert alone.value.field == "loan_interest"


@st.composite
def accounts(draw: st.DrawFn, k: int) -> kkkj.LoanAccount:
    disbursed = date(2024, 10, 1) + timedelta(days=draw(st.integers(min_value=0, max_value=700)))
    count = draw(st.integers(min_value=1, max_value=6))
    schedule = kkkj.repayment_schedule(
        draw(st.integers(min_value=1, max_value=40)) * 500,
        installments=count,
        first_due=disbursed + timedelta(days=draw(st.integers(min_value=1, max_value=120))),
        disbursed_on=disbursed,
        frequency=draw(st.sampled_from([Frequency.MONTHLY, Frequency.QUARTERLY])),
    )
    days = st.integers(min_value=0, max_value=900)
    amounts = st.integers(min_value=1, max_value=12_000)
    payments = draw(st.lists(st.tuples(days, amounts), max_size=7))
    fined = draw(st.integers(min_value=0, max_value=3)) == 0
    return kkkj.LoanAccount(
        loan_id=f"L{k}",
        household_id=f"H{k % 3}",
        schedule=schedule,
        payments=tuple(Payment(disbursed + timedelta(days=d), a) for d, a in payments),
        late_fee=FlatPenalty(amount=50) if fined else None,
    )


@st.composite
def books(draw: st.DrawFn) -> list[kkkj.VillageBook]:
    found = []
    for v in range(draw(st.integers(min_value=1, max_value=3))):
        village = kkkj.Village(
            village_id=f"V{v}", name=f"บ้าน {v}", households=100, target_households=20, district=f"อ{v % 2}"
        )
        loans = [draw(accounts(k)) for k in range(draw(st.integers(min_value=0, max_value=4)))]
        found.append(
            kkkj.VillageBook(village=village, accounts=loans, bank_balance=1000 * v, cash_elsewhere=0)
        )
    return found


@settings(max_examples=80, deadline=None)
@given(books(), st.sampled_from([date(2025, 9, 30), date(2026, 3, 31), date(2026, 9, 30)]))
def test_village_reports_with_one_status_per_account_and_compact_rows_equal_the_plain_path(
    found: list[kkkj.VillageBook], as_of: date
) -> None:
    fy_start = date(as_of.year - 1 if as_of.month < 10 else as_of.year, 10, 1)
    for book in found:
        for account in book.accounts:
            day = fy_start - timedelta(days=1)
            for when in (day, as_of):
                # The figures without a full status equal the status's (outstanding and overdue principal).
                status = account.status(when)
                expected = (status.outstanding_principal, status.overdue_principal, status.days_past_due)
                assert account._owed(when) == expected
            # The skipped rate solve: an interest-free schedule's status carries the solve's findings (none).
            rate_findings = [f for f in account.status(as_of).findings if f.code == "interest_over_cap"]
            assert tuple(rate_findings) == assess_interest_rate(account.schedule, as_of).findings
    reports = kkkj.village_reports(found, as_of=as_of)
    batch = kkkj.village_reports(found, as_of=as_of, compact=True)
    assert [batch.full(i) for i in range(len(found))] == reports
    assert batch.summarise_province(province="ส") == kkkj.summarise_province(reports, province="ส")
    assert list(batch.accounts.column("outstanding")) == [a.outstanding for r in reports for a in r.accounts]
    assert pickle.loads(pickle.dumps(batch)) == batch


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1_000, max_value=200_000),
    st.decimals(min_value=Decimal("0"), max_value=Decimal("0.4"), places=3),
    st.integers(min_value=1, max_value=24),
    st.integers(min_value=0, max_value=500),
)
def test_the_rate_solve_is_skipped_only_where_it_finds_nothing(
    principal: int, rate: Decimal, count: int, late_days: int
) -> None:
    terms = LoanTerms(
        principal=principal,
        annual_rate=rate,
        installments=count,
        disbursed_on=date(2025, 1, 15),
        interest_method="none" if rate == 0 else "declining_balance",
    )
    schedule = build_schedule(terms)
    day = date(2025, 1, 15) + timedelta(days=late_days)
    assert apply_payments(schedule, [], day).findings == assess_interest_rate(schedule, day).findings


facts = st.builds(
    GroupFacts,
    members=st.integers(min_value=1, max_value=80),
    meetings=st.one_of(st.none(), st.integers(min_value=0, max_value=12)),
    written_bylaws=st.one_of(st.none(), st.booleans()),
    committee_meetings=st.one_of(st.none(), st.integers(min_value=0, max_value=12)),
    savings=st.one_of(st.none(), st.integers(min_value=0, max_value=900_000).map(Decimal)),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(facts, min_size=1, max_size=4), st.sampled_from(["ssg", "fhc"]))
def test_assess_many_compact_equals_assess_one_by_one(units: list[GroupFacts], which: str) -> None:
    rubric = (ssg if which == "ssg" else fhc).RUBRIC
    one_by_one = [assess(rubric, u) for u in units]
    assert assess_many(rubric, units) == one_by_one
    batch = assess_many(rubric, units, compact=True)
    assert [batch.full(i) for i in range(len(units))] == one_by_one
    assert list(batch.units.column("score")) == [a.score for a in one_by_one]
    assert list(batch.units.column("failed")) == [tuple(r.code for r in a.failed) for a in one_by_one]
    assert list(batch.results.column("value")) == [r.value for a in one_by_one for r in a.results]
    assert pickle.loads(pickle.dumps(batch)) == batch
