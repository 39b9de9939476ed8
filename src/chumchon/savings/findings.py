"""Checks of a group's bylaws against the law (ตรวจระเบียบกลุ่มกับกฎหมาย).

:func:`check_bylaws` returns findings, not exceptions: bylaws can be well formed and still risky. The legal
finding is a loan product whose yearly cost breaks the interest cap in force on ``as_of`` (Civil and
Commercial Code s.654: 15% a year; charging more is a crime under the Interest Over-rate Prohibition Act
B.E. 2560 and the agreement loses its interest).

**How the cost is compared.** The cap is compared with the *nominal yearly rate on the declining balance*
that the loan's cash flows imply: 12 × the monthly rate for a declining-balance loan (1.25% a month is exactly
at the cap, and legal), and for a flat-rate loan 12 × the monthly internal rate of return of a loan repaid in
equal monthly instalments over the product's longest term (1% a month flat over 12 months costs about 21.5% a
year). The effective annual rate ((1 + i)^12 − 1) is reported alongside for information.

>>> from datetime import date
>>> from chumchon.loans import InterestMethod
>>> from chumchon.savings import Bylaws, LoanProduct, Residual, check_bylaws
>>> flat = LoanProduct(name="สามัญ", monthly_rate="0.01", interest_method=InterestMethod.FLAT, max_term_months=12)
>>> result = check_bylaws(Bylaws(fiscal_start_month=1, dividend=None, rebate=None, allocation=[Residual()],
...                              loan_products=[flat]), date(2025, 1, 1))
>>> result.legal_risk, result.findings[0].code
(True, 'interest_above_cap')
>>> check_bylaws("not bylaws", date(2025, 1, 1))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: bylaws ต้องเป็น Bylaws ไม่ใช่ 'not bylaws' / bylaws must be a Bylaws, not 'not bylaws'
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

import attrs

from chumchon.errors import InvalidInputError
from chumchon.loans import InterestMethod
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG
from chumchon.rules import INTEREST_CAP_ANNUAL_RATE, INTEREST_OVERRATE_ACT, Source, check_as_of
from chumchon.savings import _checks
from chumchon.savings.allocation import Residual
from chumchon.savings.bylaws import Bylaws, LoanProduct
from chumchon.tables import Column, Table, Tabular

__all__ = ["BylawsCheck", "Finding", "LoanCost", "Severity", "check_bylaws", "loan_cost"]

_ONE = Decimal(1)
_TWELVE = Decimal(12)
_TOLERANCE = Decimal("1e-15")


class Severity(enum.Enum):
    """How serious a finding is: a legal risk, a warning, or a note."""

    LEGAL_RISK = "legal_risk"
    WARNING = "warning"
    NOTE = "note"


@attrs.frozen(kw_only=True)
class LoanCost:
    """The yearly cost of a loan product.

    Attributes:
        product: the product's name.
        monthly_irr: the monthly rate on the declining balance implied by the cash flows.
        nominal_annual_rate: 12 × ``monthly_irr``: compared with the legal cap.
        effective_annual_rate: (1 + ``monthly_irr``)^12 − 1, for information.
    """

    product: str
    monthly_irr: Decimal
    nominal_annual_rate: Decimal
    effective_annual_rate: Decimal


def _flat_irr(rate: Decimal, months: int) -> Decimal:
    """The monthly IRR of a flat loan of 1 repaid in ``months`` equal instalments of 1/months + rate."""
    payment = DECIMAL_CONTEXT.divide(_ONE, Decimal(months)) + rate
    if payment * months <= _ONE:
        return Decimal(0)
    low, high = Decimal(0), _ONE
    while high - low > _TOLERANCE:
        mid = (low + high) / 2
        # Present value of the annuity at ``mid``: payment × (1 − (1 + mid)^−n) / mid.
        factor = DECIMAL_CONTEXT.power(_ONE + mid, -months)
        value = DECIMAL_CONTEXT.divide(payment * (_ONE - factor), mid)
        if value > _ONE:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def loan_cost(product: LoanProduct) -> LoanCost:
    """The yearly cost of ``product`` (see the module docstring).

    >>> from chumchon.loans import InterestMethod
    >>> p = LoanProduct(name="x", monthly_rate="0.0125", interest_method=InterestMethod.DECLINING_BALANCE,
    ...                 max_term_months=12)
    >>> loan_cost(p).nominal_annual_rate
    Decimal('0.1500')
    """
    if product.interest_method is InterestMethod.NONE:
        irr = Decimal(0)
    elif product.interest_method is InterestMethod.FLAT:
        irr = _flat_irr(product.rate_per_month, product.max_term_months)
    else:
        irr = product.rate_per_month
    nominal = irr * _TWELVE
    if product.interest_method is InterestMethod.DECLINING_BALANCE:
        nominal = product.nominal_annual_rate  # exact, as quoted
    effective = DECIMAL_CONTEXT.power(_ONE + irr, 12) - _ONE
    places = Decimal("0.0001")
    return LoanCost(
        product=product.name,
        monthly_irr=irr.quantize(Decimal("0.000001"), context=DECIMAL_CONTEXT),
        nominal_annual_rate=nominal.quantize(places, context=DECIMAL_CONTEXT),
        effective_annual_rate=effective.quantize(places, context=DECIMAL_CONTEXT),
    )


@attrs.frozen(kw_only=True)
class Finding:
    """One finding about the bylaws.

    Attributes:
        code: a stable identifier (``"interest_above_cap"``, ``"flat_rate"``, ``"residual_not_reserve"``).
        severity: :class:`Severity`.
        message: what was found, in Thai and English.
        subject: what it is about (a loan product's name...).
        limit: the limit that applies, if any.
        actual: the value found, if any.
        source: the rule's source, if any.
    """

    code: str
    severity: Severity
    message: Message
    subject: str = ""
    limit: Decimal | None = None
    actual: Decimal | None = None
    source: Source | None = None


@attrs.frozen(kw_only=True, repr=False)
class BylawsCheck(Tabular):
    """The findings about a group's bylaws on ``as_of``, and the loan costs behind them."""

    as_of: date
    findings: tuple[Finding, ...]
    loan_costs: tuple[LoanCost, ...]

    @property
    def legal_risk(self) -> bool:
        """True when a finding is a legal risk."""
        return any(f.severity is Severity.LEGAL_RISK for f in self.findings)

    def to_table(self) -> Table:
        """One row per finding."""
        return _checks.table(
            columns=(
                Column("severity", "ระดับ", "Severity"),
                Column("code", "รหัส", "Code"),
                Column("subject", "เรื่อง", "Subject"),
                Column("message", "รายละเอียด", "Finding"),
                Column("limit", "เกณฑ์", "Limit", "rate"),
                Column("actual", "ค่าที่พบ", "Actual", "rate"),
            ),
            rows=[(f.severity.value, f.code, f.subject, f.message, f.limit, f.actual) for f in self.findings],
            title=Message("ผลการตรวจระเบียบกลุ่ม", "Bylaws check"),
        )

    def __repr__(self) -> str:
        return f"<BylawsCheck {self.as_of}: {len(self.findings)} findings, legal_risk={self.legal_risk}>"


def check_bylaws(bylaws: Bylaws, as_of: date) -> BylawsCheck:
    """Findings about ``bylaws`` under the law in force on ``as_of``.

    Raises:
        InvalidInputError: ``bylaws`` is not a :class:`Bylaws` or ``as_of`` is not a date.
        UnknownRegulationError: no interest cap is known for ``as_of``.
    """
    if not isinstance(bylaws, Bylaws):
        raise InvalidInputError(
            th=f"bylaws ต้องเป็น Bylaws ไม่ใช่ {bylaws!r}",
            en=f"bylaws must be a Bylaws, not {bylaws!r}",
            field="bylaws",
        )
    day = check_as_of(as_of)
    cap = INTEREST_CAP_ANNUAL_RATE.at(day)
    findings: list[Finding] = []
    costs: list[LoanCost] = []
    for product in bylaws.loan_products:
        cost = loan_cost(product)
        costs.append(cost)
        if cost.nominal_annual_rate > cap.value:
            findings.append(
                Finding(
                    code="interest_above_cap",
                    severity=Severity.LEGAL_RISK,
                    subject=product.name,
                    limit=cap.value,
                    actual=cost.nominal_annual_rate,
                    source=cap.source,
                    message=Message(
                        f"เงินกู้ {product.name}: ต้นทุนดอกเบี้ยเทียบเท่าร้อยละ {SATANG.apply(cost.nominal_annual_rate * 100)} "
                        f"ต่อปี เกินเพดานร้อยละ {SATANG.apply(cap.value * 100)} ต่อปีตาม{cap.source.cite('th')} "
                        f"การเรียกดอกเบี้ยเกินอัตราเป็นความผิดตาม{INTEREST_OVERRATE_ACT.title_th}",
                        f"loan product {product.name}: the yearly cost is "
                        f"{SATANG.apply(cost.nominal_annual_rate * 100)}%, above the cap of "
                        f"{SATANG.apply(cap.value * 100)}% a year ({cap.source.cite('en')}); charging over the cap is "
                        f"an offence under the {INTEREST_OVERRATE_ACT.title_en}",
                    ),
                )
            )
        if product.interest_method is InterestMethod.FLAT:
            findings.append(
                Finding(
                    code="flat_rate",
                    severity=Severity.WARNING,
                    subject=product.name,
                    actual=cost.nominal_annual_rate,
                    message=Message(
                        f"เงินกู้ {product.name} คิดดอกเบี้ยแบบคงที่ (flat) ต้นทุนจริงสูงกว่าอัตราที่ประกาศ: "
                        f"ร้อยละ {SATANG.apply(cost.nominal_annual_rate * 100)} ต่อปีแบบลดต้นลดดอก",
                        f"loan product {product.name} charges flat interest; its true cost is higher than quoted: "
                        f"{SATANG.apply(cost.nominal_annual_rate * 100)}% a year on the declining balance",
                    ),
                )
            )
    residual = next(x for x in bylaws.allocation if isinstance(x, Residual))
    if residual.category != "reserve":
        findings.append(
            Finding(
                code="residual_not_reserve",
                severity=Severity.NOTE,
                subject=residual.category,
                message=Message(
                    f"เศษที่เหลือจากการจัดสรรเข้าหมวด {residual.category} ไม่ใช่ทุนสำรอง",
                    f"what is left of the allocation goes to {residual.category}, not to the reserve",
                ),
            )
        )
    return BylawsCheck(as_of=day, findings=tuple(findings), loan_costs=tuple(costs))
