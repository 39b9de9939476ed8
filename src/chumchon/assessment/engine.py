"""The rubric engine: criteria, rubrics as data, assessments and improvement plans (เครื่องมือประเมินตามเกณฑ์).

Officers assess savings groups against the SSG standard, run financial health checks and check กข.คจ. village
funds. The official forms change and were not available to us (DOMAIN section 7), so chumchon ships an
*engine* plus rubrics as *data*: a district can load its official form (from JSON or YAML the caller reads) with
:meth:`Rubric.from_mapping` and get the same explained result.

* A :class:`Criterion` reads one fact or measure, compares it with a threshold (``at_least`` ≥, ``at_most`` ≤,
  ``equals`` =, ``between`` inclusive, ``is_true``), and carries points, a priority, advice, a :class:`Source`
  and a confidence :class:`~chumchon.rules.Status`.
* A :class:`Rubric` groups criteria (e.g. the SSG letters), each group with a :class:`PassRule` (all, at least
  *n* criteria, at least *p* points), and maps results to a :class:`Level`.
* :func:`assess` gives an :class:`Assessment`: for every criterion its value, target, outcome and reason in
  Thai and English. **Missing data is never a pass or a fail**: the criterion is "not assessed" and listed, and
  a group or rubric that could still go either way is "not assessed" too. :meth:`Assessment.improvement_plan`
  ranks the failed and not-assessed criteria into a development plan (แผนพัฒนา); :func:`compare` shows what
  changed between two rounds.

**Rubric mappings.** :meth:`Rubric.to_mapping` gives plain JSON types only (``str``, ``int``, ``list``,
``dict``, ``None``); decimals (thresholds, points) are written as **strings** such as ``"0.80"`` so no binary
float touches them. :meth:`Rubric.from_mapping` also accepts ints and floats there (a float through its shortest
repr), refuses unknown keys (so a typo is caught), and raises :class:`~chumchon.errors.ParseError` whose
``field`` is the path of the bad value, e.g. ``groups[0].criteria[3].threshold``.

>>> from chumchon.assessment import assess, ssg
>>> facts = {"written_bylaws": True, "committee_elected": True, "committee_meetings": 12,
...          "general_meeting_held": True, "members": 40, "members_paid_every_month": 30,
...          "books_up_to_date": True, "statement_presented": True, "par30_principal": 0,
...          "loans_outstanding": 200000, "profit_allocated_per_bylaws": True}
>>> result = assess(ssg.RUBRIC, facts)
>>> result.passed, result.level.code, str(result.score)
(False, 'not_yet', '8')
>>> [(r.code, r.outcome.value) for r in result.results if not r.passed]
[('S5', 'failed'), ('S10', 'not_assessed')]
>>> print(result.result("S5").reason.en)
value 75.00% (30 / 40); required at least 80.00%: failed
>>> ssg.RUBRIC.from_mapping({"id": "x", "version": "1"})
Traceback (most recent call last):
...
chumchon.errors.ParseError: ข้อมูลเกณฑ์ไม่ถูกต้องที่ 'title_th': ไม่มีค่านี้ แต่ต้องมี / malformed rubric at 'title_th': this required field is missing
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol, TypeVar, cast

import attrs

from chumchon.assessment._data import source_data
from chumchon.assessment.ratios import MEASURES, Ratio, Unit
from chumchon.errors import InvalidInputError, ParseError
from chumchon.messages import Message, check_language
from chumchon.money import in_decimal_context, to_decimal
from chumchon.rules import Source, Status
from chumchon.tables import Column, Table, Tabular

__all__ = [
    "RUBRIC_FORMAT",
    "Assessment",
    "Change",
    "Comparison",
    "Criterion",
    "CriterionChange",
    "CriterionGroup",
    "CriterionResult",
    "FactSource",
    "GroupResult",
    "ImprovementPlan",
    "Level",
    "Outcome",
    "PassRule",
    "PassRuleKind",
    "PlanItem",
    "RoundComparison",
    "Rubric",
    "assess",
    "compare",
]

#: The value of the ``format`` key of a rubric mapping this version writes and reads.
RUBRIC_FORMAT = "chumchon-rubric/1"

E = TypeVar("E", bound=enum.Enum)


class Comparison(enum.Enum):
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


class Outcome(enum.Enum):
    """The result of a criterion, a group or a whole rubric."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> Message:
        """The outcome in Thai and English."""
        return {
            "passed": Message("ผ่าน", "passed"),
            "failed": Message("ไม่ผ่าน", "failed"),
            "not_assessed": Message("ยังไม่ได้ประเมิน", "not assessed"),
        }[self.value]


class PassRuleKind(enum.Enum):
    """What a group needs to pass."""

    ALL = "all"
    AT_LEAST_COUNT = "at_least_count"
    AT_LEAST_POINTS = "at_least_points"


def _status_label(status: Status) -> Message:
    return Message(status.label_th, status.value)


def _check_text(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็นข้อความที่ไม่ว่าง ไม่ใช่ {value!r}",
                en=f"{name!r} must be non-empty text, not {value!r}",
                field=name,
                value=value,
            )

    return check


def _check_str(name: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็นข้อความ ไม่ใช่ {value!r}",
                en=f"{name!r} must be text, not {value!r}",
                field=name,
                value=value,
            )

    return check


def _invalid(field: str, th: str, en: str, value: object = None) -> InvalidInputError:
    return InvalidInputError(th=th, en=en, field=field, value=value)


def _to_enum(value: object, name: str, kind: type[E]) -> E:
    """``value`` as a member of ``kind``, also from its value or name as text (as :meth:`Rubric.from_mapping`)."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        for member in kind:
            if value in (member.value, member.name):
                return member
    allowed = ", ".join(str(member.value) for member in kind)
    raise _invalid(
        name,
        f"ค่า {name!r} ต้องเป็น {kind.__name__} ค่าใดค่าหนึ่งใน {allowed} ไม่ใช่ {value!r}",
        f"{name!r} must be a {kind.__name__}, one of {allowed}, not {value!r}",
        value,
    )


def _to_optional_number(value: object, name: str) -> Decimal | None:
    """``None``, or ``value`` as a finite Decimal (NaN and infinities refused)."""
    return None if value is None else to_decimal(value, name=name)


def _check_instance(name: str, kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise _invalid(
                name,
                f"ค่า {name!r} ต้องเป็น {kind.__name__} ไม่ใช่ {value!r}",
                f"{name!r} must be a {kind.__name__}, not {value!r}",
                value,
            )

    return check


def _to_items(values: object, name: str, kind: type, th: str, en: str) -> tuple[Any, ...]:
    """``values`` as a tuple whose items are all ``kind``; text, mappings and non-iterables are refused."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise _invalid(
            name,
            f"ค่า {name!r} ต้องเป็นรายการ (list หรือ tuple) ของ{th} ไม่ใช่ {values!r}",
            f"{name!r} must be a list or tuple of {en}, not {values!r}",
            values,
        )
    items = tuple(values)
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            raise _invalid(
                f"{name}[{i}]",
                f"ค่า {name!r} ต้องเป็นรายการของ{th} แต่ลำดับที่ {i} เป็น {item!r}",
                f"{name!r} must hold {en}, but item {i} is {item!r}",
                item,
            )
    return items


# Named converters (mypy's attrs plugin reads only named functions as converters).


def _comparison(value: object) -> Comparison:
    return _to_enum(value, "comparison", Comparison)


def _unit(value: object) -> Unit:
    return _to_enum(value, "unit", Unit)


def _status(value: object) -> Status:
    return _to_enum(value, "status", Status)


def _kind(value: object) -> PassRuleKind:
    return _to_enum(value, "kind", PassRuleKind)


def _threshold(value: object) -> Decimal | None:
    return _to_optional_number(value, "threshold")


def _upper(value: object) -> Decimal | None:
    return _to_optional_number(value, "upper")


def _minimum(value: object) -> Decimal | None:
    return _to_optional_number(value, "minimum")


def _points(value: object) -> Decimal:
    return to_decimal(value, name="points")


def _min_points(value: object) -> Decimal:
    return to_decimal(value, name="min_points")


def _criteria(values: object) -> tuple[Criterion, ...]:
    return _to_items(values, "criteria", Criterion, "เกณฑ์ (Criterion)", "Criterion objects")


def _groups_passed(values: object) -> tuple[str, ...]:
    return _to_items(values, "groups_passed", str, "รหัสกลุ่ม (ข้อความ)", "group codes (text)")


def _groups(values: object) -> tuple[CriterionGroup, ...]:
    return _to_items(values, "groups", CriterionGroup, "กลุ่มเกณฑ์ (CriterionGroup)", "CriterionGroup objects")


def _levels(values: object) -> tuple[Level, ...]:
    return _to_items(values, "levels", Level, "ระดับ (Level)", "Level objects")


# --- Criterion ---------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Criterion:
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
    """

    code: str = attrs.field(validator=_check_text("code"))
    title_th: str = attrs.field(validator=_check_text("title_th"))
    title_en: str = attrs.field(validator=_check_text("title_en"))
    measure: str = attrs.field(validator=_check_text("measure"))
    comparison: Comparison = attrs.field(converter=_comparison)
    threshold: Decimal | None = attrs.field(default=None, converter=_threshold)
    upper: Decimal | None = attrs.field(default=None, converter=_upper)
    unit: Unit = attrs.field(default=Unit.NUMBER, converter=_unit)
    points: Decimal = attrs.field(default=Decimal(1), converter=_points)
    priority: int = 3
    advice_th: str = attrs.field(default="", validator=_check_str("advice_th"))
    advice_en: str = attrs.field(default="", validator=_check_str("advice_en"))
    source: Source = attrs.field(validator=_check_instance("source", Source))
    status: Status = attrs.field(converter=_status)

    def __attrs_post_init__(self) -> None:
        cmp = self.comparison
        if cmp is Comparison.IS_TRUE:
            if self.threshold is not None or self.upper is not None:
                raise _invalid(
                    "threshold",
                    "เกณฑ์แบบ is_true ต้องไม่มี threshold หรือ upper",
                    "an is_true criterion takes no threshold or upper",
                )
            if self.unit is not Unit.BOOLEAN:
                raise _invalid(
                    "unit", "เกณฑ์แบบ is_true ต้องมีหน่วย boolean", "an is_true criterion has unit boolean"
                )
        else:
            if not isinstance(self.threshold, Decimal):
                raise _invalid(
                    "threshold",
                    f"เกณฑ์แบบ {cmp.value} ต้องมี threshold เป็นตัวเลข",
                    f"an {cmp.value} criterion needs a numeric threshold",
                    self.threshold,
                )
            if self.unit is Unit.BOOLEAN:
                raise _invalid(
                    "unit",
                    "หน่วย boolean ใช้ได้กับเกณฑ์แบบ is_true เท่านั้น",
                    "unit boolean is only for is_true criteria",
                )
            if cmp is Comparison.BETWEEN:
                if not isinstance(self.upper, Decimal) or self.upper < self.threshold:
                    raise _invalid(
                        "upper",
                        "เกณฑ์แบบ between ต้องมี upper ที่ไม่น้อยกว่า threshold",
                        "a between criterion needs an upper bound not below its threshold",
                        self.upper,
                    )
            elif self.upper is not None:
                raise _invalid(
                    "upper", "upper ใช้กับเกณฑ์แบบ between เท่านั้น", "upper is only for between criteria"
                )
        if not isinstance(self.points, Decimal) or self.points < 0:
            raise _invalid("points", "คะแนนต้องไม่ติดลบ", "points must not be negative", self.points)
        if isinstance(self.priority, bool) or not isinstance(self.priority, int) or self.priority < 1:
            raise _invalid(
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

    def to_mapping(self) -> dict[str, Any]:
        """The criterion as plain data (decimals as strings)."""
        return {
            "code": self.code,
            "title_th": self.title_th,
            "title_en": self.title_en,
            "measure": self.measure,
            "comparison": self.comparison.value,
            "threshold": None if self.threshold is None else str(self.threshold),
            "upper": None if self.upper is None else str(self.upper),
            "unit": self.unit.value,
            "points": str(self.points),
            "priority": self.priority,
            "advice_th": self.advice_th,
            "advice_en": self.advice_en,
            "source": source_data(self.source),
            "status": self.status.value,
        }

    @classmethod
    def from_mapping(cls, data: object, *, path: str = "") -> Criterion:
        """Build a criterion from plain data; see the module docstring for the format.

        Raises:
            ParseError: the mapping is malformed; ``field`` is the path of the bad value.
        """
        m = _Reader(data, path)
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
            "source": _source_from_mapping(m.get("source"), m.sub("source")),
            "status": m.enum("status", Status),
        }
        return _construct(cls, kwargs, path)


# --- Groups, levels, rubric --------------------------------------------------------------------------------


@attrs.frozen
class PassRule:
    """What a group needs to pass: every criterion, at least ``minimum`` criteria, or at least ``minimum`` points."""

    kind: PassRuleKind = attrs.field(converter=_kind)
    minimum: Decimal | None = attrs.field(default=None, converter=_minimum)

    def __attrs_post_init__(self) -> None:
        if self.kind is PassRuleKind.ALL:
            if self.minimum is not None:
                raise _invalid("minimum", "กติกา all ไม่ต้องมี minimum", "the all rule takes no minimum")
        elif not isinstance(self.minimum, Decimal) or self.minimum <= 0:
            raise _invalid(
                "minimum",
                f"กติกา {self.kind.value} ต้องมี minimum มากกว่าศูนย์",
                f"the {self.kind.value} rule needs a minimum above zero",
                self.minimum,
            )
        elif self.kind is PassRuleKind.AT_LEAST_COUNT and self.minimum != self.minimum.to_integral_value():
            raise _invalid(
                "minimum",
                "จำนวนข้อขั้นต่ำต้องเป็นจำนวนเต็ม",
                "the least number of criteria must be whole",
                self.minimum,
            )

    def describe(self, language: str = "th") -> str:
        """The rule in words."""
        th = check_language(language) == "th"
        if self.kind is PassRuleKind.ALL:
            return "ผ่านทุกข้อ" if th else "all criteria"
        if self.kind is PassRuleKind.AT_LEAST_COUNT:
            return f"ผ่านอย่างน้อย {self.minimum} ข้อ" if th else f"at least {self.minimum} criteria"
        return f"ได้อย่างน้อย {self.minimum} คะแนน" if th else f"at least {self.minimum} points"


@attrs.frozen(kw_only=True)
class CriterionGroup:
    """A group of criteria (e.g. the SSG letter S) with its pass rule."""

    code: str = attrs.field(validator=_check_text("code"))
    title_th: str = attrs.field(validator=_check_text("title_th"))
    title_en: str = attrs.field(validator=_check_text("title_en"))
    criteria: tuple[Criterion, ...] = attrs.field(converter=_criteria)
    pass_rule: PassRule = attrs.field(
        default=PassRule(PassRuleKind.ALL), validator=_check_instance("pass_rule", PassRule)
    )

    @in_decimal_context
    def __attrs_post_init__(self) -> None:
        if not self.criteria:
            raise _invalid("criteria", "กลุ่มต้องมีเกณฑ์อย่างน้อยหนึ่งข้อ", "a group needs at least one criterion")
        rule = self.pass_rule
        if (
            rule.kind is PassRuleKind.AT_LEAST_COUNT
            and rule.minimum is not None
            and rule.minimum > len(self.criteria)
        ):
            raise _invalid(
                "pass_rule.minimum",
                f"กลุ่มมีเพียง {len(self.criteria)} ข้อ ผ่านอย่างน้อย {rule.minimum} ข้อไม่ได้",
                f"the group has only {len(self.criteria)} criteria, it cannot need {rule.minimum}",
                rule.minimum,
            )
        if rule.kind is PassRuleKind.AT_LEAST_POINTS and rule.minimum is not None:
            total = sum((c.points for c in self.criteria), Decimal(0))
            if rule.minimum > total:
                raise _invalid(
                    "pass_rule.minimum",
                    f"คะแนนเต็มของกลุ่มคือ {total} ต่ำกว่าคะแนนขั้นต่ำ {rule.minimum}",
                    f"the group's full score {total} is below its minimum {rule.minimum}",
                    rule.minimum,
                )

    @property
    def title(self) -> Message:
        """The title in Thai and English."""
        return Message(self.title_th, self.title_en)


@attrs.frozen(kw_only=True)
class Level:
    """A level a rubric can award (e.g. 1–3, or passed / not yet).

    The level awarded is the highest (by ``rank``) whose conditions hold: every group in ``groups_passed``
    passed, and the points earned are at least ``min_points``. Only passed criteria earn points.
    """

    rank: int
    code: str = attrs.field(validator=_check_text("code"))
    title_th: str = attrs.field(validator=_check_text("title_th"))
    title_en: str = attrs.field(validator=_check_text("title_en"))
    groups_passed: tuple[str, ...] = attrs.field(default=(), converter=_groups_passed)
    min_points: Decimal = attrs.field(default=Decimal(0), converter=_min_points)

    def __attrs_post_init__(self) -> None:
        if isinstance(self.rank, bool) or not isinstance(self.rank, int):
            raise _invalid("rank", "ระดับต้องเป็นจำนวนเต็ม", "a level's rank must be a whole number", self.rank)
        if not isinstance(self.min_points, Decimal) or self.min_points < 0:
            raise _invalid(
                "min_points", "คะแนนขั้นต่ำต้องไม่ติดลบ", "min_points must not be negative", self.min_points
            )

    @property
    def title(self) -> Message:
        """The title in Thai and English."""
        return Message(self.title_th, self.title_en)


@attrs.frozen(kw_only=True)
class Rubric:
    """A rubric (แบบประเมิน): groups of criteria and the levels it awards; data, not code.

    Attributes:
        id: a stable identifier, e.g. ``"ssg-s"``.
        version: the version of the rubric's content.
        title_th: its title in Thai.
        title_en: its title in English.
        groups: the criterion groups, in order.
        levels: the levels, from lowest to highest rank.
        note_th: a note for readers in Thai (e.g. that it is provisional).
        note_en: the same in English.
    """

    id: str = attrs.field(validator=_check_text("id"))
    version: str = attrs.field(validator=_check_text("version"))
    title_th: str = attrs.field(validator=_check_text("title_th"))
    title_en: str = attrs.field(validator=_check_text("title_en"))
    groups: tuple[CriterionGroup, ...] = attrs.field(converter=_groups)
    levels: tuple[Level, ...] = attrs.field(converter=_levels)
    note_th: str = attrs.field(default="", validator=_check_str("note_th"))
    note_en: str = attrs.field(default="", validator=_check_str("note_en"))

    def __attrs_post_init__(self) -> None:
        if not self.groups:
            raise _invalid("groups", "แบบประเมินต้องมีอย่างน้อยหนึ่งกลุ่ม", "a rubric needs at least one group")
        if not self.levels:
            raise _invalid("levels", "แบบประเมินต้องมีอย่างน้อยหนึ่งระดับ", "a rubric needs at least one level")
        seen_groups: set[str] = set()
        seen_codes: set[str] = set()
        for gi, group in enumerate(self.groups):
            if group.code in seen_groups:
                raise _invalid(
                    f"groups[{gi}].code",
                    f"รหัสกลุ่ม {group.code!r} ซ้ำ",
                    f"group code {group.code!r} appears twice",
                    group.code,
                )
            seen_groups.add(group.code)
            for ci, criterion in enumerate(group.criteria):
                if criterion.code in seen_codes:
                    raise _invalid(
                        f"groups[{gi}].criteria[{ci}].code",
                        f"รหัสเกณฑ์ {criterion.code!r} ซ้ำ",
                        f"criterion code {criterion.code!r} appears twice",
                        criterion.code,
                    )
                seen_codes.add(criterion.code)
        for li, level in enumerate(self.levels):
            if li and level.rank <= self.levels[li - 1].rank:
                raise _invalid(
                    f"levels[{li}].rank",
                    "ระดับต้องเรียงจากต่ำไปสูง (rank เพิ่มขึ้นเรื่อย ๆ)",
                    "levels must be listed from lowest to highest (rank increasing)",
                    level.rank,
                )
            for name in level.groups_passed:
                if name not in seen_groups:
                    raise _invalid(
                        f"levels[{li}].groups_passed",
                        f"ไม่มีกลุ่ม {name!r} ในแบบประเมินนี้",
                        f"there is no group {name!r} in this rubric",
                        name,
                    )

    @property
    def title(self) -> Message:
        """The title in Thai and English."""
        return Message(self.title_th, self.title_en)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """Every criterion, group by group."""
        return tuple(c for g in self.groups for c in g.criteria)

    @property
    @in_decimal_context
    def max_score(self) -> Decimal:
        """The points of every criterion added up."""
        return sum((c.points for c in self.criteria), Decimal(0))

    @property
    def provisional(self) -> tuple[str, ...]:
        """Codes of the provisional criteria."""
        return tuple(c.code for c in self.criteria if c.provisional)

    def criterion(self, code: str) -> Criterion:
        """The criterion with ``code``.

        Raises:
            InvalidInputError: no criterion has that code.
        """
        for c in self.criteria:
            if c.code == code:
                return c
        raise _invalid("code", f"ไม่มีเกณฑ์รหัส {code!r}", f"no criterion has code {code!r}", code)

    def __repr__(self) -> str:
        groups = ", ".join(f"{g.code}: {len(g.criteria)}" for g in self.groups)
        return f"<Rubric {self.id} v{self.version}: {len(self.criteria)} criteria ({groups}), {len(self.levels)} levels>"

    def to_mapping(self) -> dict[str, Any]:
        """The rubric as plain JSON data; :meth:`from_mapping` reads it back unchanged."""
        return {
            "format": RUBRIC_FORMAT,
            "id": self.id,
            "version": self.version,
            "title_th": self.title_th,
            "title_en": self.title_en,
            "note_th": self.note_th,
            "note_en": self.note_en,
            "groups": [
                {
                    "code": g.code,
                    "title_th": g.title_th,
                    "title_en": g.title_en,
                    "pass_rule": {
                        "kind": g.pass_rule.kind.value,
                        "minimum": None if g.pass_rule.minimum is None else str(g.pass_rule.minimum),
                    },
                    "criteria": [c.to_mapping() for c in g.criteria],
                }
                for g in self.groups
            ],
            "levels": [
                {
                    "rank": lv.rank,
                    "code": lv.code,
                    "title_th": lv.title_th,
                    "title_en": lv.title_en,
                    "groups_passed": list(lv.groups_passed),
                    "min_points": str(lv.min_points),
                }
                for lv in self.levels
            ],
        }

    @classmethod
    def from_mapping(cls, data: object) -> Rubric:
        """Read a rubric from plain data (parsed JSON or YAML), e.g. a district's official form.

        Raises:
            ParseError: the data is malformed; the error's ``field`` is the path of the bad value, e.g.
                ``groups[0].criteria[3].threshold``.
        """
        m = _Reader(data, "")
        m.allow("format", "id", "version", "title_th", "title_en", "note_th", "note_en", "groups", "levels")
        fmt = m.get("format")
        if fmt is not None and fmt != RUBRIC_FORMAT:
            raise m.error(
                "format",
                fmt,
                f"ต้องเป็น {RUBRIC_FORMAT!r}",
                f"must be {RUBRIC_FORMAT!r}",
            )
        kwargs: dict[str, Any] = {
            "id": m.text("id"),
            "version": m.text("version"),
            "title_th": m.text("title_th"),
            "title_en": m.text("title_en"),
            "note_th": m.text("note_th", default=""),
            "note_en": m.text("note_en", default=""),
        }
        kwargs["groups"] = [_group_from_mapping(item, path) for item, path in m.items("groups")]
        kwargs["levels"] = [_level_from_mapping(item, path) for item, path in m.items("levels")]
        return _construct(cls, kwargs, "")

    def to_table(self) -> Table:
        """The rubric's criteria as a table (group, code, criterion, target, points, priority, status)."""
        rows = [
            (
                g.code,
                c.code,
                c.title,
                Message(c.target("th"), c.target("en")),
                c.points,
                c.priority,
                _status_label(c.status),
            )
            for g in self.groups
            for c in g.criteria
        ]
        return _table(
            columns=(
                Column("group", "หมวด", "Group"),
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("target", "เกณฑ์", "Target"),
                Column("points", "คะแนน", "Points", "decimal"),
                Column("priority", "ลำดับความสำคัญ", "Priority", "int"),
                Column("status", "สถานะ", "Status"),
            ),
            rows=rows,
            title=Message(
                f"{self.title_th} (ฉบับ {self.version})", f"{self.title_en} (version {self.version})"
            ),
        )


# --- Mapping reader ----------------------------------------------------------------------------------------


def _table(*, columns: Sequence[Column], rows: Iterable[Sequence[Any]], title: Message) -> Table:
    # Table converts its fields with tuple(), which mypy cannot see through.
    return Table(columns=cast("Any", tuple(columns)), rows=rows, title=title)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Reader:
    """Reads one mapping level of rubric data, with the path for error messages."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            raise _parse_error(path or "(root)", data, "ต้องเป็น mapping (dict)", "must be a mapping (dict)")
        for key in data:
            if not isinstance(key, str):
                raise _parse_error(
                    path or "(root)", key, f"มีคีย์ที่ไม่ใช่ข้อความ {key!r}", f"has a key that is not text: {key!r}"
                )
        self.data: Mapping[str, object] = data
        self.path = path

    def sub(self, key: str) -> str:
        return _join(self.path, key)

    def error(self, key: str, value: object, th: str, en: str) -> ParseError:
        return _parse_error(self.sub(key), value, th, en)

    def allow(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                raise self.error(
                    key,
                    self.data[key],
                    f"ไม่รู้จักคีย์นี้ (ใช้ได้: {', '.join(keys)})",
                    f"unknown key (allowed: {', '.join(keys)})",
                )

    def get(self, key: str) -> object:
        return self.data.get(key)

    def _required(self, key: str) -> object:
        if key not in self.data:
            raise self.error(key, None, "ไม่มีค่านี้ แต่ต้องมี", "this required field is missing")
        return self.data[key]

    def text(self, key: str, *, default: str | None = None) -> str:
        value = self._required(key) if default is None else self.data.get(key, default)
        if not isinstance(value, str):
            raise self.error(key, value, "ต้องเป็นข้อความ", "must be text")
        return value

    def integer(self, key: str, *, default: int | None = None, optional: bool = False) -> int | Any:
        if optional and self.data.get(key) is None:
            return None
        value = self._required(key) if default is None else self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise self.error(key, value, "ต้องเป็นจำนวนเต็ม", "must be a whole number (int)")
        return value

    def decimal(self, key: str, *, required: bool = True, default: Decimal | None = None) -> Decimal | None:
        if key not in self.data and required:
            self._required(key)
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
            raise self.error(
                key, value, 'ต้องเป็นตัวเลขในรูปข้อความ เช่น "0.80"', 'must be a decimal as text, e.g. "0.80"'
            )
        try:
            return to_decimal(value, name=self.sub(key))
        except InvalidInputError:
            raise self.error(
                key, value, 'ต้องเป็นตัวเลขในรูปข้อความ เช่น "0.80"', 'must be a decimal as text, e.g. "0.80"'
            ) from None

    def enum(self, key: str, kind: type[E], *, default: E | None = None) -> E:
        value = self._required(key) if default is None else self.data.get(key, default.value)
        allowed = ", ".join(str(e.value) for e in kind)
        if isinstance(value, str):
            for member in kind:
                if member.value == value:
                    return member
        raise self.error(key, value, f"ต้องเป็นค่าใดค่าหนึ่งใน {allowed}", f"must be one of {allowed}")

    def items(self, key: str) -> Iterable[tuple[object, str]]:
        value = self._required(key)
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            raise self.error(key, value, "ต้องเป็นรายการ (list)", "must be a list")
        return [(item, f"{self.sub(key)}[{i}]") for i, item in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for item, path in self.items(key) if key in self.data else []:
            if not isinstance(item, str):
                raise _parse_error(path, item, "ต้องเป็นข้อความ", "must be text")
            out.append(item)
        return tuple(out)


def _parse_error(path: str, value: object, th: str, en: str) -> ParseError:
    return ParseError(
        th=f"ข้อมูลเกณฑ์ไม่ถูกต้องที่ {path!r}: {th}",
        en=f"malformed rubric at {path!r}: {en}",
        text=value,
        field=path,
    )


T = TypeVar("T")


def _construct(cls: Callable[..., T], kwargs: Mapping[str, Any], path: str) -> T:
    try:
        return cls(**kwargs)
    except InvalidInputError as error:
        where = _join(path, error.field) if error.field else (path or "(root)")
        raise ParseError(
            th=f"ข้อมูลเกณฑ์ไม่ถูกต้องที่ {where!r}: {error.th}",
            en=f"malformed rubric at {where!r}: {error.en}",
            text=error.value,
            field=where,
        ) from None


def _optional_text(m: _Reader, key: str) -> str | None:
    return None if m.get(key) is None else m.text(key)


def _source_from_mapping(data: object, path: str) -> Source:
    m = _Reader(data, path)
    m.allow("title_th", "title_en", "issuer", "be_year", "clause", "url", "note")
    kwargs = {
        "title_th": m.text("title_th"),
        "title_en": m.text("title_en"),
        "issuer": m.text("issuer", default=""),
        "be_year": m.integer("be_year", optional=True),
        "clause": _optional_text(m, "clause"),
        "url": _optional_text(m, "url"),
        "note": m.text("note", default=""),
    }
    for key in ("title_th", "title_en"):
        if not str(kwargs[key]).strip():
            raise m.error(key, kwargs[key], "ชื่อแหล่งที่มาต้องไม่ว่าง", "a source needs its titles")
    return _construct(Source, kwargs, path)


def _group_from_mapping(data: object, path: str) -> CriterionGroup:
    m = _Reader(data, path)
    m.allow("code", "title_th", "title_en", "pass_rule", "criteria")
    rule = PassRule(PassRuleKind.ALL)
    if m.get("pass_rule") is not None:
        r = _Reader(m.get("pass_rule"), m.sub("pass_rule"))
        r.allow("kind", "minimum")
        rule = _construct(
            PassRule,
            {"kind": r.enum("kind", PassRuleKind), "minimum": r.decimal("minimum", required=False)},
            r.path,
        )
    criteria = [Criterion.from_mapping(item, path=p) for item, p in m.items("criteria")]
    kwargs = {
        "code": m.text("code"),
        "title_th": m.text("title_th"),
        "title_en": m.text("title_en"),
        "criteria": criteria,
        "pass_rule": rule,
    }
    return _construct(CriterionGroup, kwargs, path)


def _level_from_mapping(data: object, path: str) -> Level:
    m = _Reader(data, path)
    m.allow("rank", "code", "title_th", "title_en", "groups_passed", "min_points")
    kwargs = {
        "rank": m.integer("rank"),
        "code": m.text("code"),
        "title_th": m.text("title_th"),
        "title_en": m.text("title_en"),
        "groups_passed": m.strings("groups_passed"),
        "min_points": m.decimal("min_points", required=False, default=Decimal(0)),
    }
    return _construct(Level, kwargs, path)


# --- Assessment --------------------------------------------------------------------------------------------


class FactSource(Protocol):
    """Anything that can give its facts as a mapping (:class:`~chumchon.assessment.facts.GroupFacts`,
    :class:`~chumchon.assessment.facts.KkkjFacts`)."""

    def to_mapping(self) -> dict[str, Any]:
        """The facts by name; ``None`` where unknown."""
        ...


@attrs.frozen(kw_only=True)
class CriterionResult:
    """How one criterion came out.

    Attributes:
        criterion: the criterion.
        group: the code of its group.
        value: the value read (``None`` when not assessed).
        outcome: passed, failed or not assessed.
        reason: why, in Thai and English.
        ratio: the ratio the value came from, when it was computed from facts.
        missing: the fact names that were missing (for a not-assessed criterion).
    """

    criterion: Criterion
    group: str
    value: Decimal | bool | None
    outcome: Outcome
    reason: Message
    ratio: Ratio | None = None
    missing: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The criterion's code."""
        return self.criterion.code

    @property
    def passed(self) -> bool:
        """True only for a passed criterion (never for a not-assessed one)."""
        return self.outcome is Outcome.PASSED

    @property
    def points(self) -> Decimal:
        """Points earned: the criterion's points if passed, else zero."""
        return self.criterion.points if self.passed else Decimal(0)

    def value_text(self, language: str = "th") -> str:
        """The value as text in the criterion's unit."""
        return self.criterion.unit.format(self.value, language)


@attrs.frozen(kw_only=True)
class GroupResult:
    """How one group came out: passed when its rule is met by passed criteria alone; failed when it cannot be
    met even if every not-assessed criterion passed; otherwise not assessed."""

    group: CriterionGroup
    outcome: Outcome
    points: Decimal
    passed_count: int
    failed_count: int
    not_assessed_count: int

    @property
    def code(self) -> str:
        """The group's code."""
        return self.group.code


class Change(enum.Enum):
    """How a criterion changed between two rounds."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    NEWLY_ASSESSED = "newly_assessed"
    NO_LONGER_ASSESSED = "no_longer_assessed"
    UNCHANGED = "unchanged"
    ADDED = "added"
    REMOVED = "removed"

    @property
    def label(self) -> Message:
        """The change in Thai and English."""
        return {
            "improved": Message("ดีขึ้น (ผ่านแล้ว)", "improved (now passed)"),
            "worsened": Message("แย่ลง (ไม่ผ่านแล้ว)", "worsened (no longer passed)"),
            "newly_assessed": Message("ประเมินได้แล้ว แต่ยังไม่ผ่าน", "now assessed, not passed"),
            "no_longer_assessed": Message("ขาดข้อมูล ประเมินไม่ได้", "data missing now"),
            "unchanged": Message("เหมือนเดิม", "unchanged"),
            "added": Message("เกณฑ์ใหม่", "new criterion"),
            "removed": Message("เกณฑ์ถูกตัดออก", "criterion removed"),
        }[self.value]


@attrs.frozen(kw_only=True)
class PlanItem:
    """One line of an improvement plan."""

    rank: int
    result: CriterionResult

    @property
    def advice(self) -> Message:
        """What to do, in Thai and English; for a not-assessed criterion, first collect the data."""
        c = self.result.criterion
        if self.result.outcome is Outcome.NOT_ASSESSED:
            facts = ", ".join(self.result.missing) or c.measure
            th = f"เก็บข้อมูล ({facts}) แล้วประเมินใหม่"
            en = f"collect the data ({facts}) and assess again"
            if c.advice_th:
                th += f"; {c.advice_th}"
            if c.advice_en:
                en += f"; {c.advice_en}"
            return Message(th, en)
        return Message(c.advice_th or "-", c.advice_en or "-")


@attrs.frozen(kw_only=True)
class ImprovementPlan(Tabular):
    """A development plan (แผนพัฒนา): failed and not-assessed criteria, most important first.

    Ranked by the criterion's priority (1 first), failed before not assessed at the same priority, then in the
    rubric's order.
    """

    rubric_id: str
    items: tuple[PlanItem, ...]

    def __repr__(self) -> str:
        return f"<ImprovementPlan {self.rubric_id}: {len(self.items)} items>"

    def to_table(self) -> Table:
        """The plan as a table."""
        rows = [
            (
                item.rank,
                item.result.code,
                item.result.criterion.title,
                item.result.outcome.label,
                Message(item.result.value_text("th"), item.result.value_text("en")),
                Message(item.result.criterion.target("th"), item.result.criterion.target("en")),
                item.result.criterion.priority,
                item.advice,
            )
            for item in self.items
        ]
        return _table(
            columns=(
                Column("rank", "ลำดับ", "Rank", "int"),
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("outcome", "ผล", "Outcome"),
                Column("value", "ค่าที่ได้", "Value"),
                Column("target", "เกณฑ์", "Target"),
                Column("priority", "ความสำคัญ", "Priority", "int"),
                Column("advice", "แนวทางพัฒนา", "What to do"),
            ),
            rows=rows,
            title=Message("แผนพัฒนา", "Improvement plan"),
        )


@attrs.frozen(kw_only=True)
class Assessment(Tabular):
    """The result of :func:`assess`: every criterion, every group, the outcome, the score and the level.

    Attributes:
        rubric: the rubric used.
        results: one result per criterion, in the rubric's order.
        groups: one result per group.
        outcome: passed when every group passed; failed when any group failed; otherwise not assessed.
        level: the highest level reached (only passed criteria count), or ``None`` if none.
        score: points earned by passed criteria.
        facts: the facts given, as sorted ``(name, value)`` pairs.
    """

    rubric: Rubric
    results: tuple[CriterionResult, ...]
    groups: tuple[GroupResult, ...]
    outcome: Outcome
    level: Level | None
    score: Decimal
    facts: tuple[tuple[str, Any], ...] = ()

    @property
    def passed(self) -> bool:
        """True only when every group passed."""
        return self.outcome is Outcome.PASSED

    @property
    def max_score(self) -> Decimal:
        """The rubric's full score."""
        return self.rubric.max_score

    @property
    def failed(self) -> tuple[CriterionResult, ...]:
        """Criteria that failed."""
        return tuple(r for r in self.results if r.outcome is Outcome.FAILED)

    @property
    def not_assessed(self) -> tuple[CriterionResult, ...]:
        """Criteria that could not be assessed (missing data): neither passed nor failed."""
        return tuple(r for r in self.results if r.outcome is Outcome.NOT_ASSESSED)

    @property
    def complete(self) -> bool:
        """True when every criterion could be assessed."""
        return not self.not_assessed

    @property
    def provisional(self) -> tuple[str, ...]:
        """Codes of the provisional criteria this result rests on."""
        return self.rubric.provisional

    def result(self, code: str) -> CriterionResult:
        """The result of the criterion with ``code``."""
        for r in self.results:
            if r.code == code:
                return r
        raise _invalid("code", f"ไม่มีเกณฑ์รหัส {code!r}", f"no criterion has code {code!r}", code)

    def group(self, code: str) -> GroupResult:
        """The result of the group with ``code``."""
        for g in self.groups:
            if g.code == code:
                return g
        raise _invalid("code", f"ไม่มีกลุ่มรหัส {code!r}", f"no group has code {code!r}", code)

    def improvement_plan(self) -> ImprovementPlan:
        """Failed and not-assessed criteria as a ranked development plan (แผนพัฒนา)."""
        order = {r.code: i for i, r in enumerate(self.results)}
        todo = sorted(
            (r for r in self.results if not r.passed),
            key=lambda r: (r.criterion.priority, r.outcome is Outcome.NOT_ASSESSED, order[r.code]),
        )
        return ImprovementPlan(
            rubric_id=self.rubric.id,
            items=tuple(PlanItem(rank=i, result=r) for i, r in enumerate(todo, start=1)),
        )

    def summary(self, language: str = "th") -> str:
        """A short summary: outcome, level, score, what was not assessed, and the provisional warning."""
        th = check_language(language) == "th"
        level = self.level.title.get(language) if self.level else "-"
        lines = [
            f"{self.rubric.title.get(language)}: {self.outcome.label.get(language)}",
            (
                f"ระดับ: {level}; คะแนน {self.score}/{self.max_score}"
                if th
                else f"level: {level}; score {self.score}/{self.max_score}"
            ),
        ]
        if self.failed:
            codes = ", ".join(r.code for r in self.failed)
            lines.append(f"ไม่ผ่าน: {codes}" if th else f"failed: {codes}")
        if self.not_assessed:
            codes = ", ".join(r.code for r in self.not_assessed)
            lines.append(
                f"ยังไม่ได้ประเมิน (ขาดข้อมูล): {codes}" if th else f"not assessed (data missing): {codes}"
            )
        if self.provisional:
            lines.append(
                "เกณฑ์ชั่วคราวของ chumchon ไม่ใช่แบบประเมินทางการ"
                if th
                else "provisional criteria by chumchon, not the official form"
            )
        return "\n".join(lines)

    def explain(self, language: str = "th") -> str:
        """The summary followed by every criterion's reason."""
        reasons = [
            f"{r.code} {r.criterion.title.get(language)}: {r.reason.get(language)}" for r in self.results
        ]
        return "\n".join([self.summary(language), *reasons])

    def __repr__(self) -> str:
        level = f"{self.level.code!r} ({self.level.rank})" if self.level else "none"
        return (
            f"<Assessment {self.rubric.id} v{self.rubric.version}: {self.outcome.value}, level {level}, "
            f"{self.score}/{self.max_score} points, {len(self.failed)} failed, "
            f"{len(self.not_assessed)} not assessed>"
        )

    def to_table(self) -> Table:
        """Every criterion: group, code, title, value, target, outcome, points earned, status."""
        rows = [
            (
                r.group,
                r.code,
                r.criterion.title,
                Message(r.value_text("th"), r.value_text("en")),
                Message(r.criterion.target("th"), r.criterion.target("en")),
                r.outcome.label,
                r.points,
                _status_label(r.criterion.status),
            )
            for r in self.results
        ]
        level = self.level.title if self.level else Message("-", "-")
        return _table(
            columns=(
                Column("group", "หมวด", "Group"),
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("value", "ค่าที่ได้", "Value"),
                Column("target", "เกณฑ์", "Target"),
                Column("outcome", "ผล", "Outcome"),
                Column("points", "คะแนน", "Points", "decimal"),
                Column("status", "สถานะเกณฑ์", "Criterion status"),
            ),
            rows=rows,
            title=Message(
                f"{self.rubric.title_th}: {self.outcome.label.th}, ระดับ {level.th}",
                f"{self.rubric.title_en}: {self.outcome.label.en}, level {level.en}",
            ),
        )


def _facts_mapping(facts: object) -> dict[str, Any]:
    if isinstance(facts, Mapping):
        data = dict(facts)
    elif hasattr(facts, "to_mapping") and not isinstance(facts, type):
        data = facts.facts() if hasattr(facts, "facts") else facts.to_mapping()  # Python values, not JSON
    else:
        raise InvalidInputError(
            th=f"ข้อมูลที่ใช้ประเมินต้องเป็น GroupFacts, KkkjFacts หรือ mapping ไม่ใช่ {type(facts).__name__}",
            en=f"facts must be GroupFacts, KkkjFacts or a mapping, not {type(facts).__name__}",
            field="facts",
            value=facts,
        )
    for key in data:
        if not isinstance(key, str):
            raise InvalidInputError(
                th=f"ชื่อข้อมูลต้องเป็นข้อความ ไม่ใช่ {key!r}",
                en=f"fact names must be text, not {key!r}",
                field="facts",
                value=key,
            )
    return data


def _evaluate(criterion: Criterion, group: str, facts: Mapping[str, Any]) -> CriterionResult:
    name = criterion.measure
    ratio: Ratio | None = None
    raw = facts.get(name)
    if raw is None and name in MEASURES:
        computed = MEASURES[name].compute(facts)
        if isinstance(computed, tuple):
            return _not_assessed(criterion, group, computed)
        ratio = computed
        if ratio.value is None:
            return CriterionResult(
                criterion=criterion,
                group=group,
                value=None,
                outcome=Outcome.NOT_ASSESSED,
                reason=Message(
                    f"ยังไม่ได้ประเมิน: ตัวหารเป็นศูนย์ ({ratio.display('th')})",
                    f"not assessed: the denominator is zero ({ratio.display('en')})",
                ),
                ratio=ratio,
            )
        raw = ratio.value
    if raw is None:
        return _not_assessed(criterion, group, (name,))
    value = criterion.read(raw)
    met = criterion.is_met(value)
    outcome = Outcome.PASSED if met else Outcome.FAILED
    shown_th = criterion.unit.format(value, "th")
    shown_en = criterion.unit.format(value, "en")
    if ratio is not None:
        # Counts show as whole numbers, amounts with satang.
        parts = f"({ratio.numerator:,} / {ratio.denominator:,})"
        shown_th += f" {parts}"
        shown_en += f" {parts}"
    return CriterionResult(
        criterion=criterion,
        group=group,
        value=value,
        outcome=outcome,
        reason=Message(
            f"ค่า {shown_th}; เกณฑ์ {criterion.target('th')}: {outcome.label.th}",
            f"value {shown_en}; required {criterion.target('en')}: {outcome.label.en}",
        ),
        ratio=ratio,
    )


def _not_assessed(criterion: Criterion, group: str, missing: tuple[str, ...]) -> CriterionResult:
    names = ", ".join(missing)
    return CriterionResult(
        criterion=criterion,
        group=group,
        value=None,
        outcome=Outcome.NOT_ASSESSED,
        reason=Message(f"ยังไม่ได้ประเมิน: ไม่มีข้อมูล {names}", f"not assessed: no data for {names}"),
        missing=missing,
    )


def _group_outcome(group: CriterionGroup, results: Sequence[CriterionResult]) -> GroupResult:
    passed = [r for r in results if r.outcome is Outcome.PASSED]
    unknown = [r for r in results if r.outcome is Outcome.NOT_ASSESSED]
    failed_count = len(results) - len(passed) - len(unknown)
    points = sum((r.criterion.points for r in passed), Decimal(0))
    rule = group.pass_rule
    if rule.kind is PassRuleKind.ALL:
        now, best = len(passed) == len(results), failed_count == 0
    elif rule.kind is PassRuleKind.AT_LEAST_COUNT:
        assert rule.minimum is not None
        now, best = len(passed) >= rule.minimum, len(passed) + len(unknown) >= rule.minimum
    else:
        assert rule.minimum is not None
        possible = points + sum((r.criterion.points for r in unknown), Decimal(0))
        now, best = points >= rule.minimum, possible >= rule.minimum
    outcome = Outcome.PASSED if now else (Outcome.NOT_ASSESSED if best else Outcome.FAILED)
    return GroupResult(
        group=group,
        outcome=outcome,
        points=points,
        passed_count=len(passed),
        failed_count=failed_count,
        not_assessed_count=len(unknown),
    )


@in_decimal_context
def assess(rubric: Rubric, facts: FactSource | Mapping[str, Any]) -> Assessment:
    """Assess ``facts`` against ``rubric`` (ประเมิน).

    Args:
        rubric: the rubric, e.g. :data:`chumchon.assessment.ssg.RUBRIC` or one read with
            :meth:`Rubric.from_mapping`.
        facts: a :class:`~chumchon.assessment.facts.GroupFacts`, a
            :class:`~chumchon.assessment.facts.KkkjFacts`, or a plain mapping of fact names to values
            (``bool`` for yes/no facts, numbers otherwise, ``None`` for unknown). A fact named like a measure
            (e.g. ``par30_rate``) is used as given instead of computing the measure.

    Returns:
        The :class:`Assessment`.

    Raises:
        InvalidInputError: a fact has the wrong type or an impossible value (e.g. more borrowers than
            members); the error's ``field`` names it.
    """
    if not isinstance(rubric, Rubric):
        raise InvalidInputError(
            th=f"rubric ต้องเป็น Rubric ไม่ใช่ {type(rubric).__name__}",
            en=f"rubric must be a Rubric, not {type(rubric).__name__}",
            field="rubric",
            value=rubric,
        )
    data = _facts_mapping(facts)
    results: list[CriterionResult] = []
    group_results: list[GroupResult] = []
    for group in rubric.groups:
        these = [_evaluate(c, group.code, data) for c in group.criteria]
        results.extend(these)
        group_results.append(_group_outcome(group, these))
    outcomes = {g.outcome for g in group_results}
    if outcomes == {Outcome.PASSED}:
        overall = Outcome.PASSED
    elif Outcome.FAILED in outcomes:
        overall = Outcome.FAILED
    else:
        overall = Outcome.NOT_ASSESSED
    score = sum((r.points for r in results), Decimal(0))
    passed_groups = {g.code for g in group_results if g.outcome is Outcome.PASSED}
    level = None
    for candidate in rubric.levels:
        if score >= candidate.min_points and all(name in passed_groups for name in candidate.groups_passed):
            level = candidate
    return Assessment(
        rubric=rubric,
        results=tuple(results),
        groups=tuple(group_results),
        outcome=overall,
        level=level,
        score=score,
        facts=tuple(sorted(data.items())),
    )


# --- Comparing rounds --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CriterionChange:
    """One criterion across two rounds."""

    code: str
    title: Message
    before: CriterionResult | None
    after: CriterionResult | None
    change: Change


def _change(before: CriterionResult | None, after: CriterionResult | None) -> Change:
    if before is None:
        return Change.ADDED
    if after is None:
        return Change.REMOVED
    b, a = before.outcome, after.outcome
    if b is a:
        return Change.UNCHANGED
    if a is Outcome.NOT_ASSESSED:
        return Change.NO_LONGER_ASSESSED  # missing data is not a worsening
    if a is Outcome.PASSED:
        return Change.IMPROVED
    return Change.WORSENED if b is Outcome.PASSED else Change.NEWLY_ASSESSED


@attrs.frozen(kw_only=True)
class RoundComparison(Tabular):
    """What changed between two assessment rounds of the same rubric (e.g. "passed S in the second round")."""

    before: Assessment
    after: Assessment
    changes: tuple[CriterionChange, ...]

    @property
    def improved(self) -> tuple[str, ...]:
        """Codes of criteria that passed in the second round but not in the first."""
        return tuple(c.code for c in self.changes if c.change is Change.IMPROVED)

    @property
    def worsened(self) -> tuple[str, ...]:
        """Codes of criteria that passed in the first round but not in the second."""
        return tuple(c.code for c in self.changes if c.change is Change.WORSENED)

    @property
    def level_changed(self) -> bool:
        """True when the level differs between the rounds."""
        return self.before.level != self.after.level

    def __repr__(self) -> str:
        def lv(a: Assessment) -> str:
            return a.level.code if a.level else "none"

        return (
            f"<RoundComparison {self.after.rubric.id}: {self.before.outcome.value} → {self.after.outcome.value}, "
            f"level {lv(self.before)} → {lv(self.after)}, score {self.before.score} → {self.after.score}, "
            f"improved {list(self.improved)}, worsened {list(self.worsened)}>"
        )

    def to_table(self) -> Table:
        """One row per criterion: outcome and value before and after, and the change."""

        def cells(r: CriterionResult | None) -> tuple[Message, Message]:
            if r is None:
                return Message("-", "-"), Message("-", "-")
            return r.outcome.label, Message(r.value_text("th"), r.value_text("en"))

        rows = [(c.code, c.title, *cells(c.before), *cells(c.after), c.change.label) for c in self.changes]
        return _table(
            columns=(
                Column("code", "รหัส", "Code"),
                Column("criterion", "ตัวชี้วัด", "Criterion"),
                Column("before", "ผลรอบก่อน", "Before"),
                Column("value_before", "ค่ารอบก่อน", "Value before"),
                Column("after", "ผลรอบนี้", "After"),
                Column("value_after", "ค่ารอบนี้", "Value after"),
                Column("change", "การเปลี่ยนแปลง", "Change"),
            ),
            rows=rows,
            title=Message("เปรียบเทียบผลการประเมินสองรอบ", "Two assessment rounds compared"),
        )


@in_decimal_context
def compare(before: Assessment, after: Assessment) -> RoundComparison:
    """Compare two rounds of the same rubric (by rubric id; the versions may differ).

    Criteria are matched by code; one present in only one round shows as added or removed.

    Raises:
        InvalidInputError: the two assessments use different rubrics.
    """
    for name, value in (("before", before), ("after", after)):
        if not isinstance(value, Assessment):
            raise InvalidInputError(
                th=f"{name!r} ต้องเป็น Assessment",
                en=f"{name!r} must be an Assessment",
                field=name,
                value=value,
            )
    if before.rubric.id != after.rubric.id:
        raise InvalidInputError(
            th=f"เปรียบเทียบได้เฉพาะแบบประเมินเดียวกัน ไม่ใช่ {before.rubric.id!r} กับ {after.rubric.id!r}",
            en=f"only rounds of the same rubric can be compared, not {before.rubric.id!r} and {after.rubric.id!r}",
            field="after",
            value=after.rubric.id,
        )
    first = {r.code: r for r in before.results}
    second = {r.code: r for r in after.results}
    codes = [r.code for r in after.results] + [c for c in first if c not in second]
    changes = tuple(
        CriterionChange(
            code=code,
            title=(second.get(code) or first[code]).criterion.title,
            before=first.get(code),
            after=second.get(code),
            change=_change(first.get(code), second.get(code)),
        )
        for code in codes
    )
    return RoundComparison(before=before, after=after, changes=changes)
