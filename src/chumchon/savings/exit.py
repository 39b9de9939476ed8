"""What a leaving member receives (การลาออกและการคืนเงินสมาชิก).

A member who leaves gets back their savings (เงินสัจจะสะสม) and deposits with accrued interest, and the year's
dividend and rebate as the bylaws say (:class:`~chumchon.savings.LeaverDividend`), minus loans still owed,
interest due and fines. The entry fee is not refunded. A member who still guarantees an open loan cannot simply
leave: :func:`settle_exit` returns a settlement marked ``refused`` with the reason, and no payout. When debts
are larger than what the member has, the settlement shows what the member still owes.

Sources: domain reference section 5 (common practice; every detail is a bylaw setting).

>>> from chumchon.savings import settle_exit, LeaverDividend
>>> s = settle_exit("A01", savings=12_000, deposits=3_000, deposit_interest="45.50", year_dividend=600,
...                 leaver_dividend=LeaverDividend.EARNED, loans_outstanding=5_000, interest_due=50)
>>> s.payout, s.refused
(Decimal('10595.50'), False)
>>> settle_exit("A02", savings=5_000, open_guarantees=1, leaver_dividend=LeaverDividend.NONE).reasons[0].en
'the member still guarantees 1 open loan(s) and cannot leave until released'
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon import _checks as checks
from chumchon._checks import MoneyLike
from chumchon.mapping import ResultMappable, inconsistent
from chumchon.messages import Message
from chumchon.money import in_decimal_context
from chumchon.savings import _checks
from chumchon.savings.bylaws import LeaverDividend
from chumchon.tables import Column, Table, Tabular

__all__ = ["ExitSettlement", "settle_exit"]

_ZERO = Decimal(0)


@attrs.frozen(kw_only=True, repr=False)
class ExitSettlement(Tabular, ResultMappable):
    """A leaving member's settlement.

    Attributes:
        member_id: the member.
        credits: what the member is owed, as ``(key, label, amount)``.
        debits: what the member owes the group, as ``(key, label, amount)``.
        refused: true when the member may not leave yet.
        payout: what the group pays the member (zero when refused or when debts are larger).
        still_owed: what the member still owes after everything is set off.
        reasons: why, in Thai and English.
    """

    member_id: str
    credits: tuple[tuple[str, Message, Decimal], ...]
    debits: tuple[tuple[str, Message, Decimal], ...]
    refused: bool
    payout: Decimal
    still_owed: Decimal
    reasons: tuple[Message, ...]

    @in_decimal_context
    def _check_consistency(self) -> None:
        # What is paid out, or still owed, is what the credits and debits listed set off against each other.
        net = _ZERO
        for field, lines, sign in (("credits", self.credits, 1), ("debits", self.debits, -1)):
            keys = {key for key, _label, _amount in lines}
            amounts = [amount for _key, _label, amount in lines]
            if len(keys) != len(lines) or (amounts and min(amounts) < 0):
                raise inconsistent(
                    self,
                    field,
                    "รายการต้องมีรหัสไม่ซ้ำกันและจำนวนเงินไม่ติดลบ",
                    "the lines must have distinct keys and amounts that are not negative",
                    lines,
                )
            total = sum(amounts, _ZERO)
            net = net + total if sign > 0 else net - total
        payout = _ZERO if self.refused or net < 0 else net
        if self.payout != payout:
            raise inconsistent(
                self,
                "payout",
                f"เงินที่จ่ายคืนต้องเท่ากับรายการรับหักรายการหัก ({net}) หรือศูนย์เมื่อลาออกไม่ได้หรือหนี้มากกว่า",
                f"the payout must be the credits less the debits ({net}), or zero when refused or in debt",
                self.payout,
            )
        if self.still_owed != (-net if net < 0 else _ZERO):
            raise inconsistent(
                self,
                "still_owed",
                f"หนี้ที่ยังค้างต้องเท่ากับรายการหักที่เกินรายการรับ ({max(-net, _ZERO)})",
                f"what is still owed must be the debits beyond the credits ({max(-net, _ZERO)})",
                self.still_owed,
            )
        if self.refused and not self.reasons:
            raise inconsistent(
                self,
                "reasons",
                "การลาออกที่ไม่อนุมัติต้องมีเหตุผล",
                "a refused settlement must give its reasons",
                self.reasons,
            )

    @property
    @in_decimal_context
    def total_credits(self) -> Decimal:
        """What the member is owed in total."""
        return sum((x[2] for x in self.credits), _ZERO)

    @property
    @in_decimal_context
    def total_debits(self) -> Decimal:
        """What the member owes in total."""
        return sum((x[2] for x in self.debits), _ZERO)

    @in_decimal_context
    def to_table(self) -> Table:
        """Credits (positive) and debits (negative), then the net."""
        rows = [(k, label, amount) for k, label, amount in self.credits]
        rows += [(k, label, -amount) for k, label, amount in self.debits]
        rows.append(("net", Message("สุทธิ", "net"), self.total_credits - self.total_debits))
        return _checks.table(
            columns=(
                Column("key", "รหัส", "Key"),
                Column("line", "รายการ", "Line"),
                Column("amount", "จำนวนเงิน", "Amount", "money"),
            ),
            rows=rows,
            title=Message(f"การคืนเงินสมาชิกลาออก {self.member_id}", f"Exit settlement: {self.member_id}"),
        )

    def __repr__(self) -> str:
        state = "refused" if self.refused else f"payout {self.payout}, still owed {self.still_owed}"
        return f"<ExitSettlement {self.member_id}: {state}>"


@in_decimal_context
def settle_exit(
    member_id: str,
    *,
    savings: MoneyLike,
    leaver_dividend: LeaverDividend,
    deposits: MoneyLike = 0,
    deposit_interest: MoneyLike = 0,
    year_dividend: MoneyLike = 0,
    year_rebate: MoneyLike = 0,
    loans_outstanding: MoneyLike = 0,
    interest_due: MoneyLike = 0,
    fines_due: MoneyLike = 0,
    open_guarantees: int = 0,
) -> ExitSettlement:
    """What ``member_id`` receives on leaving.

    Args:
        member_id: the member.
        savings: the member's savings balance.
        leaver_dividend: the bylaws' rule for the year's dividend and rebate.
        deposits: deposit balances.
        deposit_interest: interest accrued on deposits, not yet credited.
        year_dividend: the dividend the member earned this year (paid only under ``LeaverDividend.EARNED``).
        year_rebate: the rebate earned this year (likewise).
        loans_outstanding: principal still owed.
        interest_due: interest due on loans.
        fines_due: fines due.
        open_guarantees: open loans of others the member guarantees.

    Raises:
        InvalidInputError: a negative amount, an unknown ``leaver_dividend``.
    """
    member = checks.text(member_id, "member_id")
    rule: LeaverDividend = checks.enum_member(LeaverDividend, leaver_dividend, "leaver_dividend")
    guarantees = checks.whole_number(open_guarantees, "open_guarantees", minimum=0)
    paid_year = rule is LeaverDividend.EARNED
    credits = (
        ("savings", Message("เงินสัจจะสะสม", "savings"), checks.money(savings, "savings")),
        ("deposits", Message("เงินฝาก", "deposits"), checks.money(deposits, "deposits")),
        ("deposit_interest", Message("ดอกเบี้ยเงินฝากค้างจ่าย", "accrued deposit interest"),
         checks.money(deposit_interest, "deposit_interest")),
        ("dividend", Message("เงินปันผลปีนี้", "this year's dividend"),
         checks.money(year_dividend, "year_dividend") if paid_year else _ZERO),
        ("rebate", Message("เงินเฉลี่ยคืนปีนี้", "this year's rebate"),
         checks.money(year_rebate, "year_rebate") if paid_year else _ZERO),
    )  # fmt: skip
    debits = (
        (
            "loans",
            Message("เงินกู้คงค้าง", "loans outstanding"),
            checks.money(loans_outstanding, "loans_outstanding"),
        ),
        ("interest", Message("ดอกเบี้ยค้างชำระ", "interest due"), checks.money(interest_due, "interest_due")),
        ("fines", Message("ค่าปรับค้างชำระ", "fines due"), checks.money(fines_due, "fines_due")),
    )
    reasons: list[Message] = []
    if guarantees:
        reasons.append(
            Message(
                f"สมาชิกยังค้ำประกันเงินกู้ที่ยังไม่ปิดอยู่ {guarantees} สัญญา ลาออกไม่ได้จนกว่าจะพ้นภาระค้ำประกัน",
                f"the member still guarantees {guarantees} open loan(s) and cannot leave until released",
            )
        )
    if not paid_year:
        reasons.append(
            Message(
                "ตามระเบียบ ผู้ลาออกไม่ได้รับเงินปันผลและเงินเฉลี่ยคืนของปีที่ลาออก",
                "under the bylaws a leaver gets no dividend or rebate for the year of leaving",
            )
        )
    reasons.append(Message("ไม่คืนค่าธรรมเนียมแรกเข้า", "the entry fee is not refunded"))
    net = sum((x[2] for x in credits), _ZERO) - sum((x[2] for x in debits), _ZERO)
    refused = bool(guarantees)
    return ExitSettlement(
        member_id=member,
        credits=credits,
        debits=debits,
        refused=refused,
        payout=_ZERO if refused or net < 0 else net,
        still_owed=-net if net < 0 else _ZERO,
        reasons=tuple(reasons),
    )
