"""A criterion (ตัวชี้วัด): one fact or measure compared with a threshold, with points, priority, advice and source."""

from __future__ import annotations

from decimal import Decimal

import attrs

from chumchon._checks import ParsableEnum, text
from chumchon.assessment._common import (
    check_instance,
    check_str,
    check_text,
    invalid,
    to_enum,
    to_items,
    to_optional_number,
)
from chumchon.assessment.ratios import Unit
from chumchon.assessment.rubric_format import Reader, construct, source_from_mapping
from chumchon.errors import InvalidInputError
from chumchon.mapping import Mappable
from chumchon.messages import Message, check_language
from chumchon.money import to_decimal
from chumchon.rules import Source, Status

__all__ = ["Comparison", "Criterion"]


class Comparison(ParsableEnum):
    """How a criterion compares its value with its threshold."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EQUALS = "equals"
    BETWEEN = "between"
    IS_TRUE = "is_true"

    @property
    def symbol(self) -> str:
        """The mathematical sign: ≥, ≤, =, ∈ or ✓."""
        return {"at_least": "≥", "at_most": "≤", "equals": "=", "between": "∈", "is_true": "✓"}[self.value]


# Named converters (mypy's attrs plugin reads only named functions as converters).


def _comparison(value: object) -> Comparison:
    return to_enum(value, "comparison", Comparison)


def _unit(value: object) -> Unit:
    return to_enum(value, "unit", Unit)


def _status(value: object) -> Status:
    return to_enum(value, "status", Status)


def _threshold(value: object) -> Decimal | None:
    return to_optional_number(value, "threshold")


def _upper(value: object) -> Decimal | None:
    return to_optional_number(value, "upper")


def _points(value: object) -> Decimal:
    return to_decimal(value, name="points")


def _rules(values: object) -> tuple[str, ...]:
    return to_items(values, "rules", str, "รหัสกฎ (ข้อความ)", "rule codes (text)")


@attrs.frozen(kw_only=True)
class Criterion(Mappable):
    """One indicator (ตัวชี้วัด) of a rubric.

    Attributes:
        code: a short code unique in its rubric, e.g. ``"S5"``.
        title_th: what is checked, in Thai.
        title_en: the same in English.
        measure: the fact or measure it reads (a key of the facts, or a name in
            :data:`~chumchon.assessment.ratios.MEASURES`).
        comparison: how the value is compared (:class:`Comparison`).
        threshold: the threshold (the lower bound for ``between``); ``None`` for ``is_true``.
        upper: the upper bound for ``between``; ``None`` otherwise.
        unit: the unit of the value and thresholds (a fraction ``0.8`` is 80%).
        points: points earned when it passes (its weight).
        priority: 1 is the most important; the improvement plan lists lower numbers first.
        advice_th: what a group usually does to pass it, in Thai.
        advice_en: the same in English.
        source: where the criterion comes from.
        status: how sure we are that it is the official criterion.
        rules: the registered ids (:func:`chumchon.rules.parameter` or :func:`chumchon.rules.rule`) the
            criterion applies: for a threshold, the parameter holding it first and then, for ``between``, the
            one holding ``upper``; for ``is_true``, the rule it checks. A criterion that restates a regulation
            names the regulation's own parameter (K6 of :mod:`~chumchon.assessment.kkkj_health` names
            ``kkkj_committee_members_min`` and ``kkkj_committee_members_max``). Empty for a district's own
            criterion that has no registered rule.
    """

    code: str = attrs.field(validator=check_text("code"))
    title_th: str = attrs.field(validator=check_text("title_th"))
    title_en: str = attrs.field(validator=check_text("title_en"))
    measure: str = attrs.field(validator=check_text("measure"))
    comparison: Comparison = attrs.field(converter=_comparison)
    threshold: Decimal | None = attrs.field(default=None, converter=_threshold)
    upper: Decimal | None = attrs.field(default=None, converter=_upper)
    unit: Unit = attrs.field(default=Unit.NUMBER, converter=_unit)
    points: Decimal = attrs.field(default=Decimal(1), converter=_points)
    priority: int = 3
    advice_th: str = attrs.field(default="", validator=check_str("advice_th"))
    advice_en: str = attrs.field(default="", validator=check_str("advice_en"))
    source: Source = attrs.field(validator=check_instance("source", Source))
    status: Status = attrs.field(converter=_status)
    rules: tuple[str, ...] = attrs.field(default=(), converter=_rules)

    def __attrs_post_init__(self) -> None:
        cmp = self.comparison
        if cmp is Comparison.IS_TRUE:
            if self.threshold is not None or self.upper is not None:
                raise invalid(
                    "threshold",
                    "เกณฑ์แบบ is_true ต้องไม่มี threshold หรือ upper",
                    "an is_true criterion takes no threshold or upper",
                )
            if self.unit is not Unit.BOOLEAN:
                raise invalid(
                    "unit", "เกณฑ์แบบ is_true ต้องมีหน่วย boolean", "an is_true criterion has unit boolean"
                )
        else:
            if not isinstance(self.threshold, Decimal):
                raise invalid(
                    "threshold",
                    f"เกณฑ์แบบ {cmp.value} ต้องมี threshold เป็นตัวเลข",
                    f"an {cmp.value} criterion needs a numeric threshold",
                    self.threshold,
                )
            if self.unit is Unit.BOOLEAN:
                raise invalid(
                    "unit",
                    "หน่วย boolean ใช้ได้กับเกณฑ์แบบ is_true เท่านั้น",
                    "unit boolean is only for is_true criteria",
                )
            if cmp is Comparison.BETWEEN:
                if not isinstance(self.upper, Decimal) or self.upper < self.threshold:
                    raise invalid(
                        "upper",
                        "เกณฑ์แบบ between ต้องมี upper ที่ไม่น้อยกว่า threshold",
                        "a between criterion needs an upper bound not below its threshold",
                        self.upper,
                    )
            elif self.upper is not None:
                raise invalid(
                    "upper", "upper ใช้กับเกณฑ์แบบ between เท่านั้น", "upper is only for between criteria"
                )
        if not isinstance(self.points, Decimal) or self.points < 0:
            raise invalid("points", "คะแนนต้องไม่ติดลบ", "points must not be negative", self.points)
        if isinstance(self.priority, bool) or not isinstance(self.priority, int) or self.priority < 1:
            raise invalid(
                "priority",
                "ลำดับความสำคัญต้องเป็นจำนวนเต็มตั้งแต่ 1 (1 สำคัญที่สุด)",
                "priority must be a whole number from 1 (1 is the most important)",
                self.priority,
            )

    @property
    def title(self) -> Message:
        """The title in Thai and English."""
        return Message(self.title_th, self.title_en)

    @property
    def advice(self) -> Message:
        """The advice in Thai and English."""
        return Message(self.advice_th, self.advice_en)

    @property
    def provisional(self) -> bool:
        """True when the criterion is provisional (our wording or threshold, not the official form)."""
        return self.status is Status.PROVISIONAL

    def target(self, language: str = "th") -> str:
        """What the criterion asks for, e.g. ``อย่างน้อย 80.00%`` / ``at least 80.00%``."""
        th = check_language(language) == "th"
        fmt = self.unit.format
        if self.comparison is Comparison.IS_TRUE:
            return "ใช่" if th else "yes"
        low = fmt(self.threshold, language)
        if self.comparison is Comparison.AT_LEAST:
            return f"อย่างน้อย {low}" if th else f"at least {low}"
        if self.comparison is Comparison.AT_MOST:
            return f"ไม่เกิน {low}" if th else f"at most {low}"
        if self.comparison is Comparison.EQUALS:
            return f"เท่ากับ {low}" if th else f"exactly {low}"
        high = fmt(self.upper, language)
        return f"ตั้งแต่ {low} ถึง {high}" if th else f"from {low} to {high}"

    def read(self, raw: object) -> Decimal | bool:
        """Check and convert a fact value for this criterion: a ``bool`` for ``is_true``, a number otherwise.

        Raises:
            InvalidInputError: the value has the wrong type (the error's ``field`` is the fact's name).
        """
        if self.comparison is Comparison.IS_TRUE:
            if not isinstance(raw, bool):
                raise InvalidInputError(
                    th=f"ข้อมูล {self.measure!r} ต้องเป็น True หรือ False ไม่ใช่ {raw!r}",
                    en=f"fact {self.measure!r} must be True or False, not {raw!r}",
                    field=self.measure,
                    value=raw,
                )
            return raw
        return to_decimal(raw, name=self.measure)

    def is_met(self, value: Decimal | bool) -> bool:
        """Whether ``value`` (already read with :meth:`read`) meets the criterion."""
        cmp = self.comparison
        if cmp is Comparison.IS_TRUE:
            return value is True
        assert self.threshold is not None  # checked on construction
        number = Decimal(value)
        if cmp is Comparison.AT_LEAST:
            return number >= self.threshold
        if cmp is Comparison.AT_MOST:
            return number <= self.threshold
        if cmp is Comparison.EQUALS:
            return number == self.threshold
        assert self.upper is not None
        return self.threshold <= number <= self.upper

    @classmethod
    def from_mapping(cls, data: object, *, path: str = "") -> Criterion:
        """Build a criterion from plain data; see the module docstring for the format.

        Raises:
            ParseError: the mapping is malformed; ``field`` is the path of the bad value.
        """
        m = Reader(data, text(path, "path", empty=True))
        m.allow(
            "code",
            "title_th",
            "title_en",
            "measure",
            "comparison",
            "threshold",
            "upper",
            "unit",
            "points",
            "priority",
            "advice_th",
            "advice_en",
            "source",
            "status",
            "rules",
        )
        kwargs = {
            "code": m.text("code"),
            "title_th": m.text("title_th"),
            "title_en": m.text("title_en"),
            "measure": m.text("measure"),
            "comparison": m.enum("comparison", Comparison),
            "threshold": m.decimal("threshold", required=False),
            "upper": m.decimal("upper", required=False),
            "unit": m.enum("unit", Unit, default=Unit.NUMBER),
            "points": m.decimal("points", required=False, default=Decimal(1)),
            "priority": m.integer("priority", default=3),
            "advice_th": m.text("advice_th", default=""),
            "advice_en": m.text("advice_en", default=""),
            "source": source_from_mapping(m.get("source"), m.sub("source")),
            "status": m.enum("status", Status),
            "rules": m.strings("rules"),
        }
        return construct(cls, kwargs, path)
