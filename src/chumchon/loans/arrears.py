"""Arrears buckets and portfolio at risk (ช่วงหนี้ค้างและ PAR).

An instalment is overdue from the day after its due date; a loan's days past due are those of its oldest
unpaid instalment, and :class:`ArrearsBuckets` names the bucket they fall in. :func:`portfolio_at_risk` sums
loans' :class:`~chumchon.loans.loan_status.LoanStatus` into PAR.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from chumchon._checks import items, sequence, whole_number
from chumchon.errors import InvalidInputError
from chumchon.loans._util import percent_text
from chumchon.loans.loan_status import LoanStatus
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.money import DECIMAL_CONTEXT, in_decimal_context

__all__ = ["DEFAULT_BUCKETS", "ArrearsBuckets", "PortfolioAtRisk", "portfolio_at_risk"]

_ZERO = Decimal("0.00")


def _to_bounds(value: Iterable[int]) -> tuple[int, ...]:
    bounds = sequence(value, "bounds", whole_number, minimum=1, what_th="จำนวนวัน", what_en="day counts")
    if not bounds or list(bounds) != sorted(set(bounds)):
        raise InvalidInputError(
            th=f"ขอบเขตช่วงค้างชำระต้องเป็นจำนวนวันบวกเรียงจากน้อยไปมาก ไม่ใช่ {value!r}",
            en=f"arrears bucket bounds must be positive day counts in increasing order, not {value!r}",
            field="bounds",
            value=value,
        )
    return bounds


@attrs.frozen
class ArrearsBuckets:
    """Arrears buckets by days past due: ``current`` (0), then ``1-30``, ``31-60``… up to each bound, and
    ``181+`` beyond the last (default bounds 30, 60, 90, 180).

    >>> ArrearsBuckets((30, 90)).classify(45), ArrearsBuckets((30, 90)).classify(91)
    ('31-90', '91+')
    """

    bounds: tuple[int, ...] = attrs.field(default=(30, 60, 90, 180), converter=_to_bounds)

    def classify(self, days_past_due: int) -> str:
        """The bucket of ``days_past_due`` (a whole number of days)."""
        days_past_due = whole_number(days_past_due, "days_past_due")
        if days_past_due <= 0:
            return "current"
        low = 1
        for bound in self.bounds:
            if days_past_due <= bound:
                return f"{low}-{bound}"
            low = bound + 1
        return f"{low}+"

    @property
    def labels(self) -> tuple[str, ...]:
        """Every bucket, in order."""
        lows = [1, *(b + 1 for b in self.bounds)]
        return ("current", *(f"{lo}-{b}" for lo, b in zip(lows, self.bounds, strict=False)), f"{lows[-1]}+")


#: The default buckets: current, 1–30, 31–60, 61–90, 91–180, over 180 days.
DEFAULT_BUCKETS = ArrearsBuckets()


@attrs.frozen(kw_only=True)
class PortfolioAtRisk(ResultMappable):
    """PAR: principal outstanding of loans more than ``days`` past due ÷ all principal outstanding.

    Attributes:
        ratio: numerator ÷ denominator; 0 when nothing is outstanding.
        loans_at_risk: how many loans are in the numerator.
        loans: how many loans were given.
    """

    days: int
    numerator: Decimal
    denominator: Decimal
    ratio: Decimal
    loans_at_risk: int
    loans: int

    @in_decimal_context
    def _check_consistency(self) -> None:
        # The loans at risk are some of the loans, their principal some of the portfolio's, and the ratio the
        # one portfolio_at_risk divides out of the two amounts.
        if self.days < 0 or not 0 <= self.loans_at_risk <= self.loans:
            raise inconsistent(
                self,
                "loans_at_risk",
                "จำนวนวันต้องไม่ติดลบ และจำนวนสัญญาเสี่ยงต้องอยู่ระหว่างศูนย์ถึงจำนวนสัญญาทั้งหมด",
                "the days must not be negative, and the loans at risk must be from zero to the number of loans",
                (self.days, self.loans_at_risk, self.loans),
            )
        numerator, denominator = self.numerator, self.denominator
        if not _ZERO <= numerator <= denominator:
            raise inconsistent(
                self,
                "numerator",
                "เงินต้นคงค้างของสัญญาเสี่ยงต้องไม่ติดลบและไม่เกินเงินต้นคงค้างทั้งพอร์ต",
                "the principal at risk must be from zero to the whole portfolio's outstanding principal",
                numerator,
            )
        if (self.loans == 0 and denominator) or (self.loans_at_risk == 0 and numerator):
            raise inconsistent(
                self,
                "loans",
                "เงินต้นคงค้างต้องมาจากสัญญา: ไม่มีสัญญาก็ไม่มียอดคงค้าง",
                "outstanding principal needs loans: with no loans counted there is none",
                (self.loans_at_risk, self.loans),
            )
        if self.loans_at_risk == self.loans and numerator != denominator:
            raise inconsistent(
                self,
                "numerator",
                "เมื่อทุกสัญญาเป็นสัญญาเสี่ยง เงินต้นที่เสี่ยงต้องเท่ากับเงินต้นคงค้างทั้งพอร์ต",
                "when every loan is at risk, the principal at risk must be the whole portfolio's",
                numerator,
            )
        ratio = DECIMAL_CONTEXT.divide(numerator, denominator) if denominator else Decimal(0)
        if self.ratio != ratio:
            raise inconsistent(
                self,
                "ratio",
                f"อัตราส่วนต้องเท่ากับ {numerator} ÷ {denominator}",
                f"the ratio must be {numerator} ÷ {denominator}",
                self.ratio,
            )

    def __repr__(self) -> str:
        return f"<PAR{self.days} {percent_text(self.ratio)}: {self.numerator:,} of {self.denominator:,}>"


@in_decimal_context
def portfolio_at_risk(statuses: Iterable[LoanStatus], days: int = 30) -> PortfolioAtRisk:
    """Portfolio at risk over ``days`` (SEEP: PAR30 = principal outstanding of loans with any instalment more
    than 30 days late ÷ principal outstanding of all loans).

    >>> portfolio_at_risk([], days=30).ratio
    Decimal('0')
    """
    days = whole_number(days, "days", minimum=0)
    numerator = denominator = _ZERO
    at_risk = count = 0
    for status in items(
        statuses,
        "statuses",
        LoanStatus,
        "LoanStatus (จาก apply_payments)",
        "LoanStatus objects (from apply_payments)",
    ):
        count += 1
        denominator += status.outstanding_principal
        if status.days_past_due > days:
            numerator += status.outstanding_principal
            at_risk += 1
    ratio = DECIMAL_CONTEXT.divide(numerator, denominator) if denominator else Decimal(0)
    return PortfolioAtRisk(
        days=days,
        numerator=numerator,
        denominator=denominator,
        ratio=ratio,
        loans_at_risk=at_risk,
        loans=count,
    )
