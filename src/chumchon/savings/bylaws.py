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
chumchon.errors.InvalidInputError: ค่า 'fiscal_start_month' ต้องเป็นจำนวนเต็ม ตั้งแต่ 1 ถึง 12 ไม่ใช่ 13 / 'fiscal_start_month' must be a whole number from 1 to 12, not 13
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from chumchon import _checks as checks
from chumchon._checks import MoneyLike
from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable
from chumchon.money import in_decimal_context
from chumchon.savings import _checks
from chumchon.savings._loan_product import LoanProduct as LoanProduct
from chumchon.savings._policies import LEAVER_LABELS as LEAVER_LABELS
from chumchon.savings._policies import DividendPolicy as DividendPolicy
from chumchon.savings._policies import LeaverDividend as LeaverDividend
from chumchon.savings._policies import MemberRights as MemberRights
from chumchon.savings._policies import RebatePolicy as RebatePolicy
from chumchon.savings._policies import rights_by_type, to_leaver_dividend
from chumchon.savings.allocation import (
    AllocationLine,
    FixedAmount,
    MemberTotal,
    PercentOfProfit,
    Residual,
    check_lines,
)
from chumchon.savings.deposits import DepositProduct
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


def _to_fiscal_start_month(value: int) -> int:
    return checks.whole_number(value, "fiscal_start_month", minimum=1, maximum=12)


def _to_optional_late_fine(value: MoneyLike | None) -> Decimal | None:
    return checks.optional(checks.money, value, "late_fine")


def _to_optional_monthly_savings_max(value: MoneyLike | None) -> Decimal | None:
    return checks.optional(checks.money, value, "monthly_savings_max")


def _to_optional_monthly_savings_min(value: MoneyLike | None) -> Decimal | None:
    return checks.optional(checks.money, value, "monthly_savings_min")


def _to_withdrawals_allowed(value: bool) -> bool:
    return checks.flag(value, "withdrawals_allowed")


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


def _to_loan_products(value: Iterable[LoanProduct]) -> tuple[LoanProduct, ...]:
    result: tuple[LoanProduct, ...] = _tuple_of(LoanProduct, "loan_products")(value)
    return result


def _to_deposit_products(value: Iterable[DepositProduct]) -> tuple[DepositProduct, ...]:
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
    allocation: tuple[AllocationLine, ...] = attrs.field(converter=check_lines)
    member_rights: tuple[tuple[MemberType, MemberRights], ...] = attrs.field(
        default=None, converter=rights_by_type
    )
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
        converter=to_leaver_dividend,
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
        kind = checks.enum_member(MemberType, member_type, "member_type")
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
                with checks.within(name):
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
            with checks.within(f"{name}[{i}]"):
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
