"""A savings group's bylaws as data (ระเบียบกลุ่มออมทรัพย์เพื่อการผลิต).

Each group writes its own bylaws (ระเบียบกลุ่ม); the CDD regulation of B.E. 2555 promotes groups but fixes no
financial formula, so almost every number here is a **bylaw setting with no default**: the caller gives it.
Where a field has a default it is the neutral absence of a rule (no savings band, no loan products, every
member type with every right), never an invented figure.

**Fiscal year.** ``fiscal_start_month`` (the first month of the group's accounting year) is required. The
government's fiscal year starts in October, but groups may close their books in any month, and no legal
default exists.

Structural errors (a percentage over 100, a negative rate, two residual lines, a savings band upside down)
raise :class:`~chumchon.errors.InvalidInputError` on construction. :func:`check_bylaws` returns findings about
bylaws that are well formed but risky: a loan product whose yearly cost breaks the legal cap in force
(Civil and Commercial Code s.654, :data:`chumchon.rules.INTEREST_CAP_ANNUAL_RATE`).

Sources: ระเบียบกรมการพัฒนาชุมชนว่าด้วยการส่งเสริมการดำเนินงานกลุ่มออมทรัพย์เพื่อการผลิต พ.ศ. 2555 (clause text
not seen); chumchon's domain reference sections 4 and 5.

>>> from chumchon.savings import Bylaws, DividendPolicy, DividendMethod, RebatePolicy, Residual
>>> b = Bylaws(fiscal_start_month=10,
...            dividend=DividendPolicy(method=DividendMethod.OPENING_MONTH_AVERAGE, rate="0.057"),
...            rebate=RebatePolicy(rate="0.13"), allocation=[Residual()])
>>> b.fiscal_start_month, b.dividend.rate
(10, Decimal('0.057'))
>>> Bylaws(fiscal_start_month=13, dividend=None, rebate=None, allocation=[Residual()])
Traceback (most recent call last):
...
chumchon.errors.InvalidInputError: ค่า 'fiscal_start_month' ต้องเป็นจำนวนเต็ม 1 ถึง 12 ไม่ใช่ 13 / 'fiscal_start_month' must be a whole number 1–12, not 13
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from chumchon._checks import ParsableEnum
from chumchon.errors import InvalidInputError
from chumchon.loans import InterestMethod
from chumchon.mapping import Mappable
from chumchon.messages import Message
from chumchon.money import SATANG, Rounding, in_decimal_context, rounding_from_name
from chumchon.savings import _checks
from chumchon.savings.allocation import (
    AllocationLine,
    FixedAmount,
    MemberTotal,
    PercentOfProfit,
    Residual,
    _check_lines,
)
from chumchon.savings.deposits import DepositProduct
from chumchon.savings.dividends import DividendBasis, DividendMethod
from chumchon.savings.members import MemberType

__all__ = [
    "Bylaws",
    "DividendPolicy",
    "LeaverDividend",
    "LoanProduct",
    "MemberRights",
    "RebatePolicy",
]

_HUNDRED = Decimal(100)
_TWELVE = Decimal(12)


def _to_method(value: object) -> DividendMethod | None:
    return None if value is None else _checks.enum_value(DividendMethod, value, "method")


def _to_basis(value: object) -> DividendBasis:
    return _checks.enum_value(DividendBasis, value, "basis")


def _to_leaver_dividend(value: object) -> LeaverDividend | None:
    return None if value is None else _checks.enum_value(LeaverDividend, value, "leaver_dividend")


def _to_max_term_months(value: object) -> int:
    return _checks.whole(value, "max_term_months", low=1, high=600)


def _to_guarantors(value: object) -> int:
    return _checks.whole(value, "guarantors_above_savings", low=0, high=20)


def _to_fiscal_start_month(value: object) -> int:
    return _checks.whole(value, "fiscal_start_month", low=1, high=12)


def _to_max_guarantees(value: object) -> int | None:
    return None if value is None else _checks.whole(value, "max_guarantees_per_member", low=0)


class LeaverDividend(ParsableEnum):
    """What a member who leaves during the year gets of that year's dividend and rebate (a bylaw choice).

    * ``NONE``: nothing;
    * ``EARNED``: what the savings earned while they stayed (the recorded withdrawal ends the weighting).
    """

    NONE = "none"
    EARNED = "earned"


def _to_borrow(value: object) -> bool:
    return _checks.flag(value, "borrow")


def _to_dividend(value: object) -> bool:
    return _checks.flag(value, "dividend")


def _to_exclude_defaulters(value: object) -> bool:
    return _checks.flag(value, "exclude_defaulters")


def _to_name(value: object) -> str:
    return _checks.text(value, "name")


def _to_optional_annual_rate(value: object) -> Decimal | None:
    return _checks.optional_annual_rate(value, "annual_rate")


def _to_optional_late_fine(value: object) -> Decimal | None:
    return _checks.optional_money(value, "late_fine")


def _to_optional_limit_cap(value: object) -> Decimal | None:
    return _checks.optional_money(value, "limit_cap")


def _to_optional_limit_multiple_of_savings(value: object) -> Decimal | None:
    return _checks.optional_rate(value, "limit_multiple_of_savings")


def _to_optional_monthly_rate(value: object) -> Decimal | None:
    return _checks.optional_rate(value, "monthly_rate")


def _to_optional_monthly_savings_max(value: object) -> Decimal | None:
    return _checks.optional_money(value, "monthly_savings_max")


def _to_optional_monthly_savings_min(value: object) -> Decimal | None:
    return _checks.optional_money(value, "monthly_savings_min")


def _to_optional_percent_of_profit(value: object) -> Decimal | None:
    return _checks.optional_percent(value, "percent_of_profit")


def _to_optional_rate(value: object) -> Decimal | None:
    return _checks.optional_rate(value, "rate")


def _to_vote(value: object) -> bool:
    return _checks.flag(value, "vote")


def _to_withdrawals_allowed(value: object) -> bool:
    return _checks.flag(value, "withdrawals_allowed")


@attrs.frozen(kw_only=True)
class MemberRights(Mappable):
    """What a member type may do: vote (ออกเสียง), borrow (กู้เงิน), receive dividends and rebates."""

    vote: bool = attrs.field(converter=_to_vote)
    borrow: bool = attrs.field(converter=_to_borrow)
    dividend: bool = attrs.field(converter=_to_dividend)


_ALL_RIGHTS = MemberRights(vote=True, borrow=True, dividend=True)


def _rights(value: object) -> tuple[tuple[MemberType, MemberRights], ...]:
    """Rights by member type as a tuple of pairs in :class:`MemberType` order (immutable, hashable)."""
    result = dict.fromkeys(MemberType, _ALL_RIGHTS)
    if value is None:
        return tuple(result.items())
    pairs: Any
    if isinstance(value, Mapping):
        pairs = value.items()
    elif isinstance(value, tuple):  # the stored form, e.g. from attrs.evolve
        pairs = value
    else:
        raise InvalidInputError(
            th="สิทธิของสมาชิกต้องเป็น mapping ประเภทสมาชิก → MemberRights",
            en="member rights must be a mapping of member type to MemberRights",
            field="member_rights",
            value=value,
        )
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidInputError(
                th=f"สิทธิของสมาชิกต้องเป็นคู่ (ประเภทสมาชิก, MemberRights) ไม่ใช่ {pair!r}",
                en=f"member rights must be (member type, MemberRights) pairs, not {pair!r}",
                field="member_rights",
                value=pair,
            )
        key, rights = pair
        kind: MemberType = _checks.enum_value(MemberType, key, "member_type")
        if isinstance(rights, Mapping):
            with _checks.within(f"member_rights.{kind.value}"):
                rights = MemberRights(**_checks.mapping_fields(rights, MemberRights, "MemberRights"))
        if not isinstance(rights, MemberRights):
            raise InvalidInputError(
                th=f"สิทธิของสมาชิกประเภท {kind.value} ต้องเป็น MemberRights",
                en=f"the rights of {kind.value} members must be a MemberRights",
                field="member_rights",
                value=rights,
            )
        result[kind] = rights
    return tuple(result.items())


def _rounding(value: object) -> Rounding:
    if isinstance(value, Rounding):
        return value
    if isinstance(value, str):
        return rounding_from_name(value)
    raise InvalidInputError(
        th=f"rounding ต้องเป็น Rounding หรือชื่อกฎการปัดเศษ ไม่ใช่ {value!r}",
        en=f"rounding must be a Rounding or the name of one, not {value!r}",
        field="rounding",
        value=value,
    )


def _one_of(a: object, b: object, names: tuple[str, str], what: str) -> None:
    if (a is None) == (b is None):
        raise InvalidInputError(
            th=f"{what}: ต้องกำหนด {names[0]} หรือ {names[1]} อย่างใดอย่างหนึ่ง (ไม่ใช่ทั้งสองหรือไม่มีเลย)",
            en=f"{what}: give exactly one of {names[0]} and {names[1]}",
            field=names[0],
        )


@attrs.frozen(kw_only=True)
class DividendPolicy(Mappable):
    """How the dividend is paid: the weighting ``method`` and either a yearly ``rate`` (a fraction) or a
    ``percent_of_profit`` pool; ``basis`` is savings or work units (occupational groups, pool only)."""

    method: DividendMethod | None = attrs.field(converter=_to_method)
    rate: Decimal | None = attrs.field(default=None, converter=_to_optional_rate)
    percent_of_profit: Decimal | None = attrs.field(default=None, converter=_to_optional_percent_of_profit)
    basis: DividendBasis = attrs.field(
        default=DividendBasis.SAVINGS,
        converter=_to_basis,
    )
    rounding: Rounding = attrs.field(default=SATANG, converter=_rounding)

    def __attrs_post_init__(self) -> None:
        _one_of(self.rate, self.percent_of_profit, ("rate", "percent_of_profit"), "dividend")
        if self.basis is DividendBasis.SAVINGS and self.method is None:
            raise InvalidInputError(
                th="เงินปันผลตามเงินออมต้องระบุวิธีคิด (method)",
                en="a dividend on savings needs a method",
                field="method",
            )
        if self.basis is DividendBasis.WORK_UNITS and self.rate is not None:
            raise InvalidInputError(
                th="ปันผลตามผลงานต้องกำหนดเป็นร้อยละของกำไร (percent_of_profit) ไม่ใช่อัตรา",
                en="a dividend by work units needs percent_of_profit, not a rate",
                field="rate",
            )


@attrs.frozen(kw_only=True)
class RebatePolicy(Mappable):
    """How the rebate on interest paid is paid: a ``rate`` on interest or a ``percent_of_profit`` pool;
    whether members who missed an instalment are excluded (``exclude_defaulters``)."""

    rate: Decimal | None = attrs.field(default=None, converter=_to_optional_rate)
    percent_of_profit: Decimal | None = attrs.field(default=None, converter=_to_optional_percent_of_profit)
    exclude_defaulters: bool = attrs.field(default=True, converter=_to_exclude_defaulters)
    rounding: Rounding = attrs.field(default=SATANG, converter=_rounding)

    def __attrs_post_init__(self) -> None:
        _one_of(self.rate, self.percent_of_profit, ("rate", "percent_of_profit"), "rebate")


def _interest_method(value: object) -> InterestMethod:
    return _checks.enum_value(InterestMethod, value, "interest_method")


@attrs.frozen(kw_only=True)
class LoanProduct(Mappable):
    """A loan product of the bylaws (ประเภทเงินกู้).

    Attributes:
        name: e.g. ``"สามัญ"`` (ordinary), ``"ฉุกเฉิน"`` (emergency).
        monthly_rate: the rate per month as a fraction (0.01 for 1% a month) or ...
        annual_rate: ... the rate per year; exactly one of the two.
        interest_method: :class:`chumchon.loans.InterestMethod` (declining balance, flat or none).
        max_term_months: the longest term.
        limit_multiple_of_savings: the most one may borrow as a multiple of one's savings, if limited so.
        limit_cap: the most one may borrow in baht, if capped.
        guarantors_above_savings: guarantors needed when a loan exceeds the borrower's own savings.
        max_guarantees_per_member: how many loans one member may guarantee at once, if limited.
    """

    name: str = attrs.field(converter=_to_name)
    interest_method: InterestMethod = attrs.field(converter=_interest_method)
    max_term_months: int = attrs.field(converter=_to_max_term_months)
    monthly_rate: Decimal | None = attrs.field(default=None, converter=_to_optional_monthly_rate)
    annual_rate: Decimal | None = attrs.field(default=None, converter=_to_optional_annual_rate)
    limit_multiple_of_savings: Decimal | None = attrs.field(
        default=None, converter=_to_optional_limit_multiple_of_savings
    )
    limit_cap: Decimal | None = attrs.field(default=None, converter=_to_optional_limit_cap)
    guarantors_above_savings: int = attrs.field(default=0, converter=_to_guarantors)
    max_guarantees_per_member: int | None = attrs.field(default=None, converter=_to_max_guarantees)

    def __attrs_post_init__(self) -> None:
        if self.interest_method is InterestMethod.NONE:
            if self.monthly_rate or self.annual_rate:
                raise InvalidInputError(
                    th=f"เงินกู้ {self.name}: ไม่คิดดอกเบี้ยแต่กำหนดอัตราดอกเบี้ยไว้",
                    en=f"loan product {self.name}: interest method NONE but a rate is given",
                    field="interest_method",
                )
            return
        _one_of(
            self.monthly_rate, self.annual_rate, ("monthly_rate", "annual_rate"), f"loan product {self.name}"
        )

    @property
    @in_decimal_context
    def nominal_annual_rate(self) -> Decimal:
        """The quoted rate per year (12 × the monthly rate when quoted per month); 0 without interest."""
        if self.annual_rate is not None:
            return self.annual_rate
        if self.monthly_rate is not None:
            return self.monthly_rate * _TWELVE
        return Decimal(0)

    @property
    @in_decimal_context
    def rate_per_month(self) -> Decimal:
        """The quoted rate per month (the yearly rate ÷ 12 when quoted per year)."""
        if self.monthly_rate is not None:
            return self.monthly_rate
        return self.nominal_annual_rate / _TWELVE

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> LoanProduct:
        """Build from a mapping; unknown keys are refused.

        Raises:
            ParseError: not a mapping, a key that is not text, a required field missing.
            InvalidInputError: an unknown key or a bad value.
        """
        return cls(**_checks.mapping_fields(data, cls, "LoanProduct"))


def _tuple_of(kind: type, name: str) -> Any:
    def convert(value: object) -> tuple[Any, ...]:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise InvalidInputError(th=f"{name} ต้องเป็นลำดับ", en=f"{name} must be a sequence", field=name)
        items = tuple(value)
        for item in items:
            if not isinstance(item, kind):
                raise InvalidInputError(
                    th=f"{name}: แต่ละรายการต้องเป็น {kind.__name__}",
                    en=f"{name}: each item must be a {kind.__name__}",
                    field=name,
                    value=item,
                )
        return items

    return convert


def _to_loan_products(value: object) -> tuple[LoanProduct, ...]:
    result: tuple[LoanProduct, ...] = _tuple_of(LoanProduct, "loan_products")(value)
    return result


def _to_deposit_products(value: object) -> tuple[DepositProduct, ...]:
    result: tuple[DepositProduct, ...] = _tuple_of(DepositProduct, "deposit_products")(value)
    return result


def _optional_instance(kind: type, name: str) -> Any:
    def check(_instance: object, _attribute: object, value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidInputError(
                th=f"{name} ต้องเป็น {kind.__name__} หรือ None",
                en=f"{name} must be a {kind.__name__} or None",
                field=name,
            )

    return check


@attrs.frozen(kw_only=True)
class Bylaws(Mappable):
    """A group's bylaws as data; see the module docstring.

    Attributes:
        fiscal_start_month: the first month (1–12) of the group's fiscal year. Required; no default.
        dividend: the dividend policy, or ``None`` if the group pays no dividend.
        rebate: the rebate policy, or ``None`` if the group pays no rebate.
        allocation: the other allocation lines (:class:`PercentOfProfit`, :class:`FixedAmount`) and exactly
            one :class:`Residual`; the categories ``"dividend"`` and ``"rebate"`` belong to the policies.
        member_rights: rights by member type, as ``(MemberType, MemberRights)`` pairs in :class:`MemberType`
            order (a mapping is accepted; default: every type has every right, i.e. no restriction). Read one
            type's rights with :meth:`rights`.
        monthly_savings_min: the smallest monthly pledge, if the bylaws set one.
        monthly_savings_max: the largest monthly pledge, if the bylaws set one.
        late_fine: the fine for each late month, if any.
        withdrawals_allowed: whether members may take pledged savings out while they stay (usually not).
        loan_products: the loan products.
        deposit_products: the deposit products.
        leaver_dividend: what a member who leaves gets of the year's dividend; required only when someone left.
        name: the group's name.
    """

    fiscal_start_month: int = attrs.field(converter=_to_fiscal_start_month)
    dividend: DividendPolicy | None = attrs.field(validator=_optional_instance(DividendPolicy, "dividend"))
    rebate: RebatePolicy | None = attrs.field(validator=_optional_instance(RebatePolicy, "rebate"))
    allocation: tuple[AllocationLine, ...] = attrs.field(converter=_check_lines)
    member_rights: tuple[tuple[MemberType, MemberRights], ...] = attrs.field(default=None, converter=_rights)
    monthly_savings_min: Decimal | None = attrs.field(
        default=None, converter=_to_optional_monthly_savings_min
    )
    monthly_savings_max: Decimal | None = attrs.field(
        default=None, converter=_to_optional_monthly_savings_max
    )
    late_fine: Decimal | None = attrs.field(default=None, converter=_to_optional_late_fine)
    withdrawals_allowed: bool = attrs.field(default=False, converter=_to_withdrawals_allowed)
    loan_products: tuple[LoanProduct, ...] = attrs.field(default=(), converter=_to_loan_products)
    deposit_products: tuple[DepositProduct, ...] = attrs.field(default=(), converter=_to_deposit_products)
    leaver_dividend: LeaverDividend | None = attrs.field(
        default=None,
        converter=_to_leaver_dividend,
    )
    name: str = ""

    @in_decimal_context
    def __attrs_post_init__(self) -> None:
        lo, hi = self.monthly_savings_min, self.monthly_savings_max
        if lo is not None and hi is not None and lo > hi:
            raise InvalidInputError(
                th=f"เงินสัจจะขั้นต่ำ {lo} มากกว่าขั้นสูง {hi}",
                en=f"the smallest monthly pledge {lo} is above the largest {hi}",
                field="monthly_savings_min",
            )
        categories = {line.category for line in self.allocation}
        percents = sum((x.percent for x in self.allocation if isinstance(x, PercentOfProfit)), Decimal(0))
        for policy, category in ((self.dividend, "dividend"), (self.rebate, "rebate")):
            if policy is None:
                continue
            if category in categories:
                raise InvalidInputError(
                    th=f"หมวด {category!r} ถูกกำหนดโดยนโยบาย{'เงินปันผล' if category == 'dividend' else 'เงินเฉลี่ยคืน'}"
                    "แล้ว อย่าใส่ซ้ำในรายการจัดสรร",
                    en=f"the category {category!r} comes from the {category} policy; do not repeat it in the allocation",
                    field="allocation",
                    value=category,
                )
            if policy.percent_of_profit is not None:
                percents += policy.percent_of_profit
        if percents > _HUNDRED:
            raise InvalidInputError(
                th=f"ร้อยละของการจัดสรรรวมกัน {percents} เกินร้อยละ 100",
                en=f"the allocation percentages add up to {percents}, more than 100",
                field="allocation",
                value=percents,
            )
        if any(isinstance(x, MemberTotal) for x in self.allocation):
            raise InvalidInputError(
                th="ในระเบียบให้กำหนดเงินปันผลและเงินเฉลี่ยคืนด้วย DividendPolicy และ RebatePolicy ไม่ใช่ MemberTotal",
                en="in bylaws, dividends and rebates are set by DividendPolicy and RebatePolicy, not MemberTotal",
                field="allocation",
            )
        names = [p.name for p in self.loan_products]
        if len(set(names)) != len(names):
            raise InvalidInputError(
                th="ชื่อประเภทเงินกู้ซ้ำกัน", en="two loan products have the same name", field="loan_products"
            )

    def loan_product(self, name: str) -> LoanProduct:
        """The loan product called ``name``.

        Raises:
            InvalidInputError: no such product.
        """
        for product in self.loan_products:
            if product.name == name:
                return product
        raise InvalidInputError(
            th=f"ไม่มีเงินกู้ประเภท {name!r}", en=f"no loan product called {name!r}", field="product", value=name
        )

    def rights(self, member_type: MemberType) -> MemberRights:
        """The rights of ``member_type`` (a :class:`MemberType`, its value or its name).

        Raises:
            InvalidInputError: an unknown member type.
        """
        kind = _checks.enum_value(MemberType, member_type, "member_type")
        for known, rights in self.member_rights:
            if known is kind:
                return rights
        raise AssertionError("every member type has rights")  # pragma: no cover

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Bylaws:
        """Build from nested mappings (JSON, YAML, a form); unknown keys are refused.

        ``allocation`` items are mappings with ``"type"`` one of ``"percent"`` (``category``, ``percent``),
        ``"fixed"`` (``category``, ``amount``) or ``"residual"`` (``category``, ``minimum_percent``);
        ``dividend``/``rebate`` are mappings of the policy fields (``rounding`` by name); ``loan_products`` and
        ``deposit_products`` lists of mappings; ``member_rights`` maps a type to ``{"vote": .., "borrow": ..,
        "dividend": ..}``.

        >>> Bylaws.from_mapping({"fiscal_start_month": 1, "dividend": None, "rebate": {"rate": "0.1"},
        ...                      "allocation": [{"type": "percent", "category": "welfare", "percent": 20},
        ...                                     {"type": "residual"}]}).allocation[0]
        PercentOfProfit(category='welfare', percent=Decimal('20'))
        """
        fields = _checks.mapping_fields(data, cls, "Bylaws")
        for name, policy in (("dividend", DividendPolicy), ("rebate", RebatePolicy)):
            if isinstance(fields[name], Mapping):
                with _checks.within(name):
                    fields[name] = policy(**_checks.mapping_fields(fields[name], policy, name))
        fields["allocation"] = _items(fields["allocation"], "allocation", _line_from_mapping)
        if "loan_products" in fields:
            fields["loan_products"] = _items(
                fields["loan_products"], "loan_products", LoanProduct.from_mapping
            )
        if "deposit_products" in fields:
            fields["deposit_products"] = _items(
                fields["deposit_products"],
                "deposit_products",
                lambda x: DepositProduct(**_checks.mapping_fields(x, DepositProduct, "DepositProduct")),
            )
        return cls(**fields)


def _items(value: object, name: str, build: Callable[[Mapping[str, Any]], object]) -> object:
    """Build the mapping items of a list field; anything that is not a list is left to the field's converter."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        return value
    built = []
    for i, item in enumerate(value):
        if isinstance(item, Mapping):
            with _checks.within(f"{name}[{i}]"):
                item = build(item)
        built.append(item)
    return built


def _line_from_mapping(item: Mapping[str, Any]) -> object:
    data = dict(item)
    kind = data.pop("type", None)
    builders: dict[str, type] = {
        "percent": PercentOfProfit,
        "fixed": FixedAmount,
        "members": MemberTotal,
        "residual": Residual,
    }
    if not isinstance(kind, str) or kind not in builders:
        raise InvalidInputError(
            th=f"ชนิดรายการจัดสรรต้องเป็น percent, fixed, members หรือ residual ไม่ใช่ {kind!r}",
            en=f"an allocation line type must be percent, fixed, members or residual, not {kind!r}",
            field="type",
            value=kind,
        )
    builder = builders[kind]
    return builder(**_checks.mapping_fields(data, builder, f"allocation {kind}"))


#: Labels used by statements.
LEAVER_LABELS = {
    LeaverDividend.NONE: Message("ไม่ได้รับเงินปันผลปีที่ลาออก", "no dividend for the year of leaving"),
    LeaverDividend.EARNED: Message("ได้รับเงินปันผลตามส่วนที่ออมถึงวันลาออก", "the dividend earned until leaving"),
}
