"""How much a member may borrow (วงเงินกู้ของสมาชิก).

:func:`loan_limit` applies a loan product's limits: a multiple of the member's savings, a baht cap, and the cash
the group has to lend, less what the member already owes; above the member's own savings the product's number of
guarantors (ผู้ค้ำประกัน) is needed. It also says whether the member may guarantee one more loan.

Sources: the limits are bylaw settings (domain reference section 5: multiples of savings plus a baht cap, one or
two guarantors above one's own savings; common practice).

>>> from decimal import Decimal
>>> from chumchon.loans import InterestMethod
>>> from chumchon.savings import LoanProduct, loan_limit
>>> p = LoanProduct(name="สามัญ", monthly_rate="0.01", interest_method=InterestMethod.DECLINING_BALANCE,
...                 max_term_months=12, limit_multiple_of_savings=3, limit_cap=50_000, guarantors_above_savings=2)
>>> r = loan_limit(p, savings=10_000, open_loans=5_000, group_cash=100_000)
>>> r.maximum, r.guarantors_required
(Decimal('25000'), 2)
>>> loan_limit(p, savings=-1, group_cash=0)
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'savings' ต้องเป็นศูนย์หรือมากกว่า ไม่ใช่ -1 / 'savings' must be zero or more, not -1
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon import _checks as checks
from chumchon._checks import MoneyLike
from chumchon.errors import InvalidInputError
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.savings import _checks
from chumchon.savings.bylaws import LoanProduct
from chumchon.tables import Column, Table, Tabular

__all__ = ["LoanLimit", "loan_limit"]

_ZERO = Decimal(0)


@attrs.frozen(kw_only=True, repr=False)
class LoanLimit(Tabular, ResultMappable):
    """The most a member may borrow under a product, and why.

    Attributes:
        product: the product's name.
        limits: each limit that applies, as ``(label, amount)`` (after what the member already owes).
        maximum: the most the member may borrow now (never below zero).
        requested: the amount asked for, if any.
        allowed: whether ``requested`` (or, without one, any loan) fits.
        guarantors_required: guarantors needed for ``requested`` (or for ``maximum``).
        can_guarantee: whether the member may guarantee one more loan under this product.
        reasons: the explanation, one message per limit or rule.
    """

    product: str
    limits: tuple[tuple[Message, Decimal], ...]
    maximum: Decimal
    requested: Decimal | None
    allowed: bool
    guarantors_required: int
    can_guarantee: bool
    reasons: tuple[Message, ...]

    def _check_consistency(self) -> None:
        # The maximum is the lowest of the limits listed, and the verdict follows from it.
        amounts = [amount for _label, amount in self.limits]
        if not amounts or min(amounts) < 0:
            raise inconsistent(
                self,
                "limits",
                "ต้องมีเกณฑ์วงเงินอย่างน้อยหนึ่งข้อ และวงเงินทุกข้อต้องไม่ติดลบ",
                "there must be at least one limit, and no limit may be negative",
                amounts,
            )
        if self.maximum != min(amounts):
            raise inconsistent(
                self,
                "maximum",
                f"วงเงินกู้สูงสุดต้องเท่ากับเกณฑ์ที่ต่ำที่สุด {min(amounts)}",
                f"the maximum must be the lowest limit, {min(amounts)}",
                self.maximum,
            )
        requested = self.requested
        if requested is not None and requested < 0:
            raise inconsistent(
                self, "requested", "ยอดขอกู้ต้องไม่ติดลบ", "the amount requested must not be negative", requested
            )
        if self.allowed != (self.maximum > 0 if requested is None else requested <= self.maximum):
            raise inconsistent(
                self,
                "allowed",
                "ผลว่ากู้ได้ต้องตรงกับวงเงินสูงสุด (ยอดขอกู้ไม่เกินวงเงิน หรือเมื่อไม่ระบุยอด วงเงินมากกว่าศูนย์)",
                "allowed must follow from the maximum (the request within it or, with none, a maximum above zero)",
                self.allowed,
            )
        if self.guarantors_required < 0:
            raise inconsistent(
                self,
                "guarantors_required",
                "จำนวนผู้ค้ำประกันต้องไม่ติดลบ",
                "the guarantors required must not be negative",
                self.guarantors_required,
            )

    def to_table(self) -> Table:
        """One row per limit."""
        return _checks.table(
            columns=(Column("limit", "เกณฑ์", "Limit"), Column("amount", "วงเงิน", "Amount", "money")),
            rows=[*self.limits, (Message("กู้ได้สูงสุด", "maximum"), self.maximum)],
            title=Message(f"วงเงินกู้ {self.product}", f"Loan limit: {self.product}"),
        )

    def __repr__(self) -> str:
        return f"<LoanLimit {self.product}: maximum {self.maximum}, guarantors {self.guarantors_required}>"


@in_decimal_context
def loan_limit(
    product: LoanProduct,
    *,
    savings: MoneyLike,
    group_cash: MoneyLike,
    open_loans: MoneyLike = 0,
    guarantees_given: int = 0,
    requested: MoneyLike | None = None,
) -> LoanLimit:
    """The most a member may borrow under ``product`` now.

    Args:
        product: the loan product.
        savings: the member's savings (เงินสัจจะสะสม).
        group_cash: the cash the group has to lend.
        open_loans: what the member still owes under this product.
        guarantees_given: how many open loans the member guarantees.
        requested: an amount asked for, to check and to count guarantors for.

    Raises:
        InvalidInputError: a negative amount, a product of the wrong type.
    """
    if not isinstance(product, LoanProduct):
        raise InvalidInputError(
            th=f"product ต้องเป็น LoanProduct ไม่ใช่ {product!r}",
            en=f"product must be a LoanProduct, not {product!r}",
            field="product",
            value=product,
        )
    own = checks.money(savings, "savings")
    cash = checks.money(group_cash, "group_cash")
    owed = checks.money(open_loans, "open_loans")
    given = checks.whole_number(guarantees_given, "guarantees_given", minimum=0)
    asked = checks.optional(checks.money, requested, "requested")
    limits: list[tuple[Message, Decimal]] = []
    reasons: list[Message] = []
    if product.limit_multiple_of_savings is not None:
        multiple = product.limit_multiple_of_savings
        amount = max(own * multiple - owed, _ZERO)
        limits.append((Message(f"{multiple} เท่าของเงินออม", f"{multiple} × savings"), amount))
        reasons.append(
            Message(
                f"กู้ได้ไม่เกิน {multiple} เท่าของเงินออม {own:,.2f} หักหนี้เดิม {owed:,.2f} = {amount:,.2f} บาท",
                f"up to {multiple} × savings {own:,.2f} less {owed:,.2f} owed = {amount:,.2f} baht",
            )
        )
    if product.limit_cap is not None:
        amount = max(product.limit_cap - owed, _ZERO)
        limits.append((Message("วงเงินสูงสุดตามระเบียบ", "cap in the bylaws"), amount))
        reasons.append(
            Message(
                f"วงเงินสูงสุด {product.limit_cap:,.2f} หักหนี้เดิม {owed:,.2f} = {amount:,.2f} บาท",
                f"cap {product.limit_cap:,.2f} less {owed:,.2f} owed = {amount:,.2f} baht",
            )
        )
    limits.append((Message("เงินสดของกลุ่ม", "the group's cash"), cash))
    reasons.append(Message(f"กลุ่มมีเงินให้กู้ {cash:,.2f} บาท", f"the group has {cash:,.2f} baht to lend"))
    maximum = min(amount for _label, amount in limits)
    amount_for_guarantors = asked if asked is not None else maximum
    guarantors = product.guarantors_above_savings if amount_for_guarantors > own else 0
    if guarantors:
        reasons.append(
            Message(
                f"ยอดกู้เกินเงินออมของตนเอง ต้องมีผู้ค้ำประกัน {guarantors} คน",
                f"the loan exceeds the member's own savings: {guarantors} guarantor(s) needed",
            )
        )
    allowed = maximum > 0 if asked is None else asked <= maximum
    if asked is not None and not allowed:
        reasons.append(
            Message(
                f"ขอกู้ {asked:,.2f} บาท เกินวงเงิน {maximum:,.2f} บาท",
                f"the request of {asked:,.2f} baht is above the limit of {maximum:,.2f} baht",
            )
        )
    can_guarantee = product.max_guarantees_per_member is None or given < product.max_guarantees_per_member
    if not can_guarantee:
        reasons.append(
            Message(
                f"ค้ำประกันอยู่แล้ว {given} สัญญา ครบจำนวนที่ระเบียบให้",
                f"already guarantees {given} loan(s), the most the bylaws allow",
            )
        )
    return LoanLimit(
        product=product.name,
        limits=tuple(limits),
        maximum=maximum,
        requested=asked,
        allowed=allowed,
        guarantors_required=guarantors,
        can_guarantee=can_guarantee,
        reasons=tuple(reasons),
    )
