"""The true cost of a loan and the legal interest cap (อัตราดอกเบี้ยที่แท้จริงและเพดานตามกฎหมาย).

Sources: Civil and Commercial Code s.654 (interest may not exceed 15% a year), in force for every date the
library covers (from 1 January 1941); Interest Over-rate Prohibition Act B.E. 2560 (charging more, or hiding
excess interest in fees, is a crime; an over-rate agreement loses its interest). No exemption for savings groups
was found.

**How the rate is measured.** From the dated cash flows of the schedule: the net amount received at
disbursement (principal less any upfront fee) and every payment. The **nominal annual rate** ``j`` (APR) is the
rate that makes the payments worth exactly the net amount received when each period ``i`` of length ``t_i`` years
is discounted by ``1 + j·t_i``:

    ``net = Σ_k payment_k × Π_{i≤k} 1 / (1 + j·t_i)``

* for schedules built with per-period accrual, ``t_i = months / 12`` (so ``j`` is the periodic IRR × periods per
  year: a declining-balance loan at 1.25% a month is exactly 15%); an irregular first period is measured by its
  actual days / 365;
* for actual/365 accrual and for custom dated schedules, ``t_i`` = actual days / 365 (the equivalent simple-rate
  measure for irregular dated flows);
* for 30/360 accrual, ``t_i`` = 30/360 days / 360 (a month-based convention, measured like per-period).

The **effective annual rate** compounds ``j`` over one year of average periods: ``(1 + j·t̄)^(1/t̄) − 1``, where
``t̄`` is the mean period length; for a monthly loan that is ``(1 + j/12)^12 − 1``.

**Flat rates understate the cost**: 1% a month flat over 12 months costs about 21.5% a year nominal (23.7%
effective), over the 15% cap.

**Rounding tolerance.** Interest is rounded to its quantum (a satang by default) every period, so an at-cap loan
can come out a fraction of a satang above the exact cap. The check therefore values the payments at the cap rate
and calls the loan over the cap only when they exceed the net amount received by more than **half an interest
quantum per interest-bearing instalment** (0.005 baht each by default): the most that half-up rounding can add.
Anything larger is over-charging, however small the loan.

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule
>>> from chumchon.loans.rates import assess_interest_rate, check_interest_rate
>>> flat = LoanTerms.from_monthly_percent(1, principal=12000, installments=12, disbursed_on=date(2026, 1, 15),
...                                       interest_method="flat")
>>> result = assess_interest_rate(flat, as_of=date(2026, 1, 15))
>>> result.legal, round(result.nominal_annual_rate, 4), round(result.effective_annual_rate, 4)
(False, Decimal('0.2146'), Decimal('0.2370'))
>>> check_interest_rate(flat, as_of=date(2026, 1, 15))
Traceback (most recent call last):
...
chumchon.errors.RuleViolationError: อัตราดอกเบี้ยที่แท้จริง 21.46% ต่อปี เกินเพดานร้อยละ 15 ต่อปี (ป.พ.พ. มาตรา 654) / the true interest rate of 21.46% a year is over the cap of 15% a year (CCC s.654)
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import attrs

from chumchon._checks import DateLike, date_value, invalid
from chumchon.errors import InvalidInputError, RuleViolationError
from chumchon.loans import _solver as solver
from chumchon.loans._util import percent_text
from chumchon.loans.dates import year_fraction
from chumchon.loans.findings import Finding
from chumchon.loans.schedule import Schedule, build_schedule
from chumchon.loans.terms import AccrualBasis, LoanTerms
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context
from chumchon.rules import INTEREST_CAP_ANNUAL_RATE, INTEREST_OVERRATE_ACT, Source

__all__ = [
    "CAP_CLAUSE",
    "InterestRateAssessment",
    "assess_interest_rate",
    "check_interest_rate",
    "effective_annual_rate",
    "is_interest_rate_legal",
    "nominal_annual_rate",
]

#: How the cap is cited in errors.
CAP_CLAUSE = "ป.พ.พ. มาตรา 654"

_ZERO = Decimal(0)
_ONE = Decimal(1)
_TOLERANCE = Decimal("1e-24")
_SHOW = Decimal("0.0001")


def _as_schedule(loan: LoanTerms | Schedule) -> Schedule:
    if isinstance(loan, Schedule):
        return loan
    if isinstance(loan, LoanTerms):
        return build_schedule(loan)
    raise invalid(
        "instance", "loan", loan, what_th="LoanTerms หรือ Schedule", what_en="a LoanTerms or a Schedule"
    )


def _period_years(schedule: Schedule) -> list[Decimal]:
    """The length of each period in years, on the schedule's own measure (see the module docstring)."""
    terms = schedule.terms
    dates = [schedule.disbursed_on, *(i.due_date for i in schedule.installments)]
    if terms is not None and terms.accrual is AccrualBasis.PER_PERIOD:
        from chumchon.loans.dates import add_months

        step = terms.frequency.months
        one = DECIMAL_CONTEXT.divide(Decimal(step), Decimal(12))
        years = [one] * len(schedule.installments)
        nominal_first = terms.first_due_date
        if nominal_first != add_months(terms.disbursed_on, step):
            years[0] = DECIMAL_CONTEXT.divide(
                Decimal((nominal_first - terms.disbursed_on).days), Decimal(365)
            )
        return years
    basis = (
        AccrualBasis.THIRTY_360 if schedule.accrual is AccrualBasis.THIRTY_360 else AccrualBasis.ACTUAL_365
    )
    result = []
    for start, end in itertools.pairwise(dates):
        days, per_year = year_fraction(start, end, basis)
        result.append(DECIMAL_CONTEXT.divide(Decimal(days), Decimal(per_year)))
    return result


def _value_at(rate: Decimal, flows: list[Decimal], years: list[Decimal]) -> tuple[Decimal, Decimal]:
    """The payments discounted at ``rate`` and the derivative of that value (inside DECIMAL_CONTEXT)."""
    value = _ZERO
    slope = _ZERO
    discount = _ONE
    duration = _ZERO
    for flow, t in zip(flows, years, strict=True):
        denominator = _ONE + rate * t
        discount = discount / denominator
        duration += t / denominator
        value += flow * discount
        slope -= flow * discount * duration
    return value, slope


def _solve_rate(net: Decimal, flows: list[Decimal], years: list[Decimal]) -> Decimal:
    """The rate ``j`` with value(j) = net: safeguarded Newton on a bracket (value falls as ``j`` rises)."""
    total = sum(flows, _ZERO)
    if total == net:
        return _ZERO
    lo, hi = (_ZERO, _ONE) if total > net else (Decimal("-0.5"), _ZERO)
    if total > net:
        while _value_at(hi, flows, years)[0] > net:
            lo, hi = hi, hi * 2
            if hi > 10**6:
                raise InvalidInputError(
                    th="อัตราดอกเบี้ยสูงเกินกว่าจะคำนวณได้",
                    en="the interest rate is too high to measure",
                    field="schedule",
                )
    else:
        # Payments worth less than the money received: a negative rate; keep 1 + j·t positive.
        longest = max(years) if years else _ONE
        lo = -_ONE / longest * Decimal("0.999999")
    guess = _float_guess(net, flows, years, lo, hi)

    def gap(rate: Decimal) -> tuple[Decimal, Decimal]:
        value, slope = _value_at(rate, flows, years)
        return value - net, slope

    # The value falls as the rate rises: narrow the bracket around the float guess, then solve in it.
    if gap(guess)[0] > 0:
        lo = guess
    else:
        hi = guess
    return solver.bracketed(gap, lo, hi, _TOLERANCE)


def _float_guess(
    net: Decimal, flows: list[Decimal], years: list[Decimal], lo: Decimal, hi: Decimal
) -> Decimal:
    """A starting point from a few float Newton steps (cheap); the Decimal iteration then polishes it."""
    f_net, f_flows, f_years = float(net), [float(x) for x in flows], [float(t) for t in years]
    rate = float((lo + hi) / 2)
    try:
        for _ in range(30):
            value = slope = duration = 0.0
            discount = 1.0
            for flow, t in zip(f_flows, f_years, strict=True):
                denominator = 1.0 + rate * t
                discount /= denominator
                duration += t / denominator
                value += flow * discount
                slope -= flow * discount * duration
            if slope == 0:
                break
            step = (value - f_net) / slope
            rate -= step
            if abs(step) < 1e-13:
                break
    except (OverflowError, ZeroDivisionError):
        return (lo + hi) / 2
    guess = Decimal(repr(rate))
    return guess if lo < guess < hi else (lo + hi) / 2


def _flows(schedule: Schedule) -> tuple[Decimal, list[Decimal], list[Decimal]]:
    net = schedule.principal - schedule.upfront_fee
    flows = [i.payment for i in schedule.installments]
    return net, flows, _period_years(schedule)


@in_decimal_context
def nominal_annual_rate(loan: LoanTerms | Schedule) -> Decimal:
    """The nominal annual rate (APR) implied by the loan's cash flows (see the module docstring).

    >>> from datetime import date
    >>> from chumchon.loans import LoanTerms
    >>> terms = LoanTerms.from_monthly_percent("1.25", principal=100000, installments=12, disbursed_on=date(2026, 1, 1))
    >>> round(nominal_annual_rate(terms), 6)
    Decimal('0.150000')
    """
    schedule = _as_schedule(loan)
    net, flows, years = _flows(schedule)
    return _solve_rate(net, flows, years)


def _effective(nominal: Decimal, years: list[Decimal]) -> Decimal:
    mean = sum(years, _ZERO) / len(years)
    if mean <= 0:
        return nominal
    base = _ONE + nominal * mean
    if base <= 0:
        return -_ONE
    return DECIMAL_CONTEXT.power(base, _ONE / mean) - _ONE


@in_decimal_context
def effective_annual_rate(loan: LoanTerms | Schedule) -> Decimal:
    """The effective (compounded) annual rate of the loan's cash flows: ``(1 + j·t̄)^(1/t̄) − 1``.

    >>> from datetime import date
    >>> from chumchon.loans import LoanTerms
    >>> flat = LoanTerms.from_monthly_percent(1, principal=12000, installments=12, disbursed_on=date(2026, 1, 15),
    ...                                       interest_method="flat")
    >>> round(effective_annual_rate(flat), 4)
    Decimal('0.2370')
    """
    schedule = _as_schedule(loan)
    net, flows, years = _flows(schedule)
    return _effective(_solve_rate(net, flows, years), years)


@attrs.frozen(kw_only=True)
class InterestRateAssessment(ResultMappable):
    """Whether a loan's interest is within the legal cap on ``as_of``, and by how much it is not.

    Attributes:
        as_of: the date whose law was applied.
        legal: True when the loan is within the cap (allowing for rounding, see the module docstring).
        nominal_annual_rate: the APR implied by the cash flows.
        effective_annual_rate: the compounded yearly rate.
        cap_annual_rate: the cap in force on ``as_of``.
        excess_value: the payments valued at the cap rate minus the net amount received (positive = over).
        rounding_allowance: the rounding tolerance allowed before calling a loan over the cap.
        source: the instrument and clause of the cap.
        findings: a legal-risk finding when over the cap, else empty.
    """

    as_of: date
    legal: bool
    nominal_annual_rate: Decimal
    effective_annual_rate: Decimal
    cap_annual_rate: Decimal
    excess_value: Decimal
    rounding_allowance: Decimal
    source: Source
    findings: tuple[Finding, ...] = ()

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The verdict follows from the figures: over the cap when the payments valued at the cap are worth more
        # than the money received by more than the rounding allowance, and only then is there a finding.
        if self.rounding_allowance <= 0:
            raise inconsistent(
                self,
                "rounding_allowance",
                "ค่าเผื่อการปัดเศษต้องมากกว่าศูนย์",
                "the rounding allowance must be more than zero",
                self.rounding_allowance,
            )
        if self.legal != (self.excess_value <= self.rounding_allowance):
            raise inconsistent(
                self,
                "legal",
                "ผลว่าชอบด้วยกฎหมายต้องตรงกับมูลค่าส่วนเกินเมื่อเทียบกับค่าเผื่อการปัดเศษ",
                "legal must mean the excess value is within the rounding allowance",
                self.legal,
            )
        if not self.legal and self.nominal_annual_rate <= self.cap_annual_rate:
            raise inconsistent(
                self,
                "nominal_annual_rate",
                "เงินกู้ที่เกินเพดานต้องมีอัตราดอกเบี้ยที่แท้จริงสูงกว่าเพดาน",
                "a loan over the cap must have a true rate above the cap",
                self.nominal_annual_rate,
            )
        expected = () if self.legal else ((self.cap_annual_rate, self.nominal_annual_rate),)
        found = tuple((f.limit, f.actual) for f in self.findings if f.code == "interest_cap_annual_rate")
        if found != expected or len(self.findings) != len(expected):
            raise inconsistent(
                self,
                "findings",
                "เงินกู้ที่เกินเพดานต้องมีข้อสังเกตเรื่องเพดานดอกเบี้ยหนึ่งข้อ ที่ระบุเพดานและอัตราที่แท้จริง "
                "และเงินกู้ที่ไม่เกินเพดานต้องไม่มีข้อสังเกต",
                "a loan over the cap must have one interest-cap finding, stating the cap and the true rate, "
                "and a loan within it none",
                self.findings,
            )

    def __repr__(self) -> str:
        verdict = "legal" if self.legal else "OVER THE CAP"
        return (
            f"<InterestRateAssessment {verdict}: APR {percent_text(self.nominal_annual_rate)}, "
            f"effective {percent_text(self.effective_annual_rate)}, cap {percent_text(self.cap_annual_rate)}>"
        )


@in_decimal_context
def assess_interest_rate(loan: LoanTerms | Schedule, as_of: DateLike) -> InterestRateAssessment:
    """Measure the loan's true rate and compare it with the cap in force on ``as_of`` (never raises for an
    over-cap loan; see :func:`check_interest_rate`).

    Raises:
        InvalidInputError: ``loan`` is neither terms nor a schedule, or ``as_of`` is neither a date nor ISO text.
        UnknownRegulationError: ``as_of`` is before the library's records (1941).
    """
    day = date_value(as_of, "as_of")
    schedule = _as_schedule(loan)
    dated_cap = INTEREST_CAP_ANNUAL_RATE.at(day)
    cap = dated_cap.value
    quantum = schedule.terms.interest_rounding.quantum if schedule.terms is not None else SATANG.quantum
    net, flows, years = _flows(schedule)
    nominal = _solve_rate(net, flows, years)
    effective = _effective(nominal, years)
    excess = _value_at(cap, flows, years)[0] - net
    charged = sum(1 for i in schedule.installments if i.interest > 0)
    allowance = quantum / 2 * max(charged, 1)
    legal = excess <= allowance
    findings: tuple[Finding, ...] = ()
    if not legal:
        findings = (
            Finding(
                code="interest_cap_annual_rate",
                message=Message(
                    th=f"อัตราดอกเบี้ยที่แท้จริง {percent_text(nominal)} ต่อปี เกินเพดานร้อยละ {percent_text(cap)[:-1]} ต่อปี "
                    f"ตาม {CAP_CLAUSE} การเรียกดอกเบี้ยเกินอัตราเป็นความผิดตาม พ.ร.บ.ห้ามเรียกดอกเบี้ยเกินอัตรา พ.ศ. 2560",
                    en=f"the true interest rate of {percent_text(nominal)} a year is over the cap of {percent_text(cap)} a "
                    "year (CCC s.654); charging over the cap is an offence under the Interest Over-rate "
                    "Prohibition Act B.E. 2560",
                ),
                limit=cap,
                actual=nominal,
                sources=(dated_cap.source, INTEREST_OVERRATE_ACT),
            ),
        )
    return InterestRateAssessment(
        as_of=day,
        legal=legal,
        nominal_annual_rate=nominal,
        effective_annual_rate=effective,
        cap_annual_rate=cap,
        excess_value=excess,
        rounding_allowance=allowance,
        source=dated_cap.source,
        findings=findings,
    )


@in_decimal_context
def check_interest_rate(loan: LoanTerms | Schedule, as_of: DateLike) -> InterestRateAssessment:
    """Raise when the loan's true interest rate is over the legal cap in force on ``as_of``.

    Returns:
        The assessment, when the loan is within the cap.

    Raises:
        RuleViolationError: over the cap (``rule="interest_cap_annual_rate"``, ``clause="ป.พ.พ. มาตรา 654"``, ``limit`` the
            cap, ``actual`` the nominal annual rate).
    """
    result = assess_interest_rate(loan, as_of)
    if not result.legal:
        nominal, cap = result.nominal_annual_rate, result.cap_annual_rate
        raise RuleViolationError(
            th=f"อัตราดอกเบี้ยที่แท้จริง {percent_text(nominal)} ต่อปี เกินเพดานร้อยละ {(cap * 100).normalize():f} ต่อปี "
            f"({CAP_CLAUSE})",
            en=f"the true interest rate of {percent_text(nominal)} a year is over the cap of "
            f"{(cap * 100).normalize():f}% a year (CCC s.654)",
            rule="interest_cap_annual_rate",
            clause=CAP_CLAUSE,
            limit=cap,
            actual=nominal,
        )
    return result


@in_decimal_context
def is_interest_rate_legal(loan: LoanTerms | Schedule, as_of: DateLike) -> bool:
    """True when the loan's true interest rate is within the legal cap in force on ``as_of``.

    >>> from datetime import date
    >>> from chumchon.loans import LoanTerms
    >>> at_cap = LoanTerms.from_monthly_percent("1.25", principal=50000, installments=12, disbursed_on=date(2026, 1, 1))
    >>> is_interest_rate_legal(at_cap, date(2026, 1, 1))
    True
    """
    return assess_interest_rate(loan, as_of).legal
