"""Checks of a group's bylaws against the law (ตรวจระเบียบกลุ่มกับกฎหมาย).

:func:`check_bylaws` returns findings, not exceptions: bylaws can be well formed and still risky. The legal
finding is a loan product whose yearly cost breaks the interest cap in force on ``as_of`` (Civil and
Commercial Code s.654: 15% a year; charging more is a crime under the Interest Over-rate Prohibition Act
B.E. 2560 and the agreement loses its interest).

**How the cost is compared.** The cap is compared with the *nominal yearly rate on the declining balance*
that the loan's cash flows imply: 12 × the monthly rate for a declining-balance loan (1.25% a month is exactly
at the cap, and legal), and for a flat-rate loan 12 × the monthly internal rate of return of a loan repaid in
equal monthly instalments over the product's longest term, as the loans engine computes it from the cash flows
(1% a month flat over 12 months costs about 21.5% a year). The effective (compounded) annual rate is reported
alongside for information.

>>> from datetime import date
>>> from chumchon.loans import InterestMethod, LoanTerms, effective_annual_rate, nominal_annual_rate
>>> from chumchon.savings import Bylaws, LoanProduct, Residual, check_bylaws
>>> flat = LoanProduct(name="สามัญ", monthly_rate="0.01", interest_method=InterestMethod.FLAT, max_term_months=12)
>>> result = check_bylaws(Bylaws(fiscal_start_month=1, dividend=None, rebate=None, allocation=[Residual()],
...                              loan_products=[flat]), date(2025, 1, 1))
>>> result.legal_risk, result.findings[0].code
(True, 'interest_cap_annual_rate')
>>> check_bylaws("not bylaws", date(2025, 1, 1))
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: bylaws ต้องเป็น Bylaws ไม่ใช่ 'not bylaws' / bylaws must be a Bylaws, not 'not bylaws'
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NoReturn

import attrs

from chumchon.errors import InvalidInputError, UnknownRegulationError
from chumchon.loans import InterestMethod, LoanTerms, effective_annual_rate, nominal_annual_rate
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import DECIMAL_CONTEXT, SATANG, in_decimal_context
from chumchon.rules import INTEREST_CAP_ANNUAL_RATE, INTEREST_OVERRATE_ACT, check_as_of
from chumchon.rules.findings import Finding, Severity
from chumchon.savings import _checks
from chumchon.savings.allocation import Residual
from chumchon.savings.bylaws import Bylaws, LoanProduct
from chumchon.tables import Column, Table, Tabular

__all__ = ["BylawsCheck", "Finding", "LoanCost", "Severity", "check_bylaws", "loan_cost"]

_TWELVE = Decimal(12)


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


_PRINCIPAL = Decimal(100_000)  # any principal: the rate of a loan does not depend on its size


@in_decimal_context
def loan_cost(product: LoanProduct, as_of: date) -> LoanCost:
    """The yearly cost of ``product`` for a loan over its longest term made on ``as_of`` (see the module
    docstring). Flat-rate products are costed from their cash flows by the loans engine
    (:func:`chumchon.loans.nominal_annual_rate`, :func:`chumchon.loans.effective_annual_rate`).

    >>> from datetime import date
    >>> from chumchon.loans import InterestMethod
    >>> p = LoanProduct(name="x", monthly_rate="0.0125", interest_method=InterestMethod.DECLINING_BALANCE,
    ...                 max_term_months=12)
    >>> loan_cost(p, date(2025, 1, 1)).nominal_annual_rate
    Decimal('0.1500')

    Raises:
        InvalidInputError: ``product`` is not a :class:`LoanProduct` or ``as_of`` is not a date.
    """
    if not isinstance(product, LoanProduct):
        raise InvalidInputError(
            th=f"product ต้องเป็น LoanProduct ไม่ใช่ {product!r}",
            en=f"product must be a LoanProduct, not {product!r}",
            field="product",
            value=product,
        )
    day = check_as_of(as_of)
    places = Decimal("0.0001")
    if product.interest_method is InterestMethod.NONE:
        zero = Decimal("0.0000")
        return LoanCost(
            product=product.name, monthly_irr=zero, nominal_annual_rate=zero, effective_annual_rate=zero
        )
    terms = LoanTerms(
        principal=_PRINCIPAL,
        annual_rate=product.nominal_annual_rate,
        installments=product.max_term_months,
        disbursed_on=day,
        interest_method=product.interest_method,
    )
    if product.interest_method is InterestMethod.FLAT:
        nominal = nominal_annual_rate(terms)
    else:
        nominal = product.nominal_annual_rate  # exact, as quoted: the cap is written on this rate
    return LoanCost(
        product=product.name,
        monthly_irr=DECIMAL_CONTEXT.divide(nominal, _TWELVE).quantize(
            Decimal("0.000001"), context=DECIMAL_CONTEXT
        ),
        nominal_annual_rate=nominal.quantize(places, context=DECIMAL_CONTEXT),
        effective_annual_rate=effective_annual_rate(terms).quantize(places, context=DECIMAL_CONTEXT),
    )


@attrs.frozen(kw_only=True, repr=False)
class BylawsCheck(Tabular, ResultMappable):
    """The findings about a group's bylaws on ``as_of``, and the loan costs behind them."""

    as_of: date
    findings: tuple[Finding, ...]
    loan_costs: tuple[LoanCost, ...]

    def _check_consistency(self) -> None:
        # The verdict follows from the costs: every product costing more than the cap in force on as_of (the law
        # of that day, one look-up) has its legal-risk finding, and no other does; the findings quote the costs.
        def refuse(field: str, th: str, en: str, value: object) -> NoReturn:
            raise inconsistent(self, field, th, en, value)

        costs = {cost.product: cost.nominal_annual_rate for cost in self.loan_costs}
        if len(costs) != len(self.loan_costs):
            refuse("loan_costs", "ชื่อประเภทเงินกู้ต้องไม่ซ้ำ", "the loan products' names must be unique", costs)
        try:
            cap: Decimal | None = INTEREST_CAP_ANNUAL_RATE.at(self.as_of).value
        except UnknownRegulationError:
            cap = None
        if cap is None:
            refuse(
                "as_of",
                "ไม่มีเพดานดอกเบี้ยที่ใช้บังคับในวันนั้น",
                "no interest cap is known for that day",
                self.as_of,
            )
        over_cap = [product for product, rate in costs.items() if rate > cap]
        flagged = []
        for finding in self.findings:
            code = finding.code
            if code == "interest_cap_annual_rate":
                flagged.append(finding.subject)
                if (
                    finding.severity is not Severity.LEGAL_RISK
                    or finding.limit != cap
                    or finding.actual != costs.get(finding.subject)
                ):
                    refuse(
                        "findings",
                        f"ข้อสังเกตเรื่องเพดานดอกเบี้ยของ {finding.subject} ต้องเป็นความเสี่ยงทางกฎหมาย "
                        f"ระบุเพดาน {cap} และต้นทุนของประเภทเงินกู้นั้น",
                        f"the interest-cap finding on {finding.subject} must be a legal risk stating the cap "
                        f"{cap} and that product's cost",
                        finding,
                    )
            elif code == "flat_rate" and finding.actual != costs.get(finding.subject):
                refuse(
                    "findings",
                    f"ข้อสังเกตเรื่องดอกเบี้ยคงที่ของ {finding.subject} ต้องระบุต้นทุนของประเภทเงินกู้นั้น",
                    f"the flat-rate finding on {finding.subject} must state that product's cost",
                    finding,
                )
        if flagged != over_cap:
            refuse(
                "findings",
                f"ประเภทเงินกู้ที่ต้นทุนเกินเพดาน {cap} ต้องมีข้อสังเกตเรื่องเพดานดอกเบี้ยคนละหนึ่งข้อ ตามลำดับ: "
                f"{', '.join(over_cap) or '-'}",
                f"each loan product costing more than the cap of {cap} must have one interest-cap finding, in "
                f"order: {', '.join(over_cap) or 'none'}",
                flagged,
            )

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


@in_decimal_context
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
        cost = loan_cost(product, day)
        costs.append(cost)
        if cost.nominal_annual_rate > cap.value:
            findings.append(
                Finding(
                    code="interest_cap_annual_rate",
                    severity=Severity.LEGAL_RISK,
                    subject=product.name,
                    limit=cap.value,
                    actual=cost.nominal_annual_rate,
                    sources=(cap.source,),
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
