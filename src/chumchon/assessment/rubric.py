"""A rubric (แบบประเมิน): groups of criteria with pass rules, and the levels it awards; data, not code."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import attrs

from chumchon._checks import ParsableEnum, whole_number
from chumchon.assessment._common import (
    check_instance,
    check_str,
    check_text,
    invalid,
    status_label,
    table,
    to_enum,
    to_items,
    to_optional_number,
)
from chumchon.assessment.criterion import Criterion
from chumchon.assessment.rubric_format import RUBRIC_FORMAT, Reader, construct
from chumchon.mapping import Mappable
from chumchon.messages import Message, check_language
from chumchon.money import in_decimal_context, to_decimal
from chumchon.tables import Column, Table

__all__ = ["CriterionGroup", "Level", "PassRule", "PassRuleKind", "Rubric"]


class PassRuleKind(ParsableEnum):
    """What a group needs to pass."""

    ALL = "all"
    AT_LEAST_COUNT = "at_least_count"
    AT_LEAST_POINTS = "at_least_points"


# Named converters (mypy's attrs plugin reads only named functions as converters).


def _kind(value: object) -> PassRuleKind:
    return to_enum(value, "kind", PassRuleKind)


def _minimum(value: object) -> Decimal | None:
    return to_optional_number(value, "minimum")


def _rank(value: object) -> int:
    return whole_number(value, "rank")  # a NumPy integer from a DataFrame cell too; not a bool


def _min_points(value: object) -> Decimal:
    return to_decimal(value, name="min_points")


def _criteria(values: object) -> tuple[Criterion, ...]:
    return to_items(values, "criteria", Criterion, "เกณฑ์ (Criterion)", "Criterion objects")


def _groups_passed(values: object) -> tuple[str, ...]:
    return to_items(values, "groups_passed", str, "รหัสกลุ่ม (ข้อความ)", "group codes (text)")


def _groups(values: object) -> tuple[CriterionGroup, ...]:
    return to_items(values, "groups", CriterionGroup, "กลุ่มเกณฑ์ (CriterionGroup)", "CriterionGroup objects")


def _levels(values: object) -> tuple[Level, ...]:
    return to_items(values, "levels", Level, "ระดับ (Level)", "Level objects")


@attrs.frozen
class PassRule:
    """What a group needs to pass: every criterion, at least ``minimum`` criteria, or at least ``minimum`` points."""

    kind: PassRuleKind = attrs.field(converter=_kind)
    minimum: Decimal | None = attrs.field(default=None, converter=_minimum)

    def __attrs_post_init__(self) -> None:
        if self.kind is PassRuleKind.ALL:
            if self.minimum is not None:
                raise invalid("minimum", "กติกา all ไม่ต้องมี minimum", "the all rule takes no minimum")
        elif not isinstance(self.minimum, Decimal) or self.minimum <= 0:
            raise invalid(
                "minimum",
                f"กติกา {self.kind.value} ต้องมี minimum มากกว่าศูนย์",
                f"the {self.kind.value} rule needs a minimum above zero",
                self.minimum,
            )
        elif self.kind is PassRuleKind.AT_LEAST_COUNT and self.minimum != self.minimum.to_integral_value():
            raise invalid(
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

    code: str = attrs.field(validator=check_text("code"))
    title_th: str = attrs.field(validator=check_text("title_th"))
    title_en: str = attrs.field(validator=check_text("title_en"))
    criteria: tuple[Criterion, ...] = attrs.field(converter=_criteria)
    pass_rule: PassRule = attrs.field(
        default=PassRule(PassRuleKind.ALL), validator=check_instance("pass_rule", PassRule)
    )

    @in_decimal_context
    def __attrs_post_init__(self) -> None:
        if not self.criteria:
            raise invalid("criteria", "กลุ่มต้องมีเกณฑ์อย่างน้อยหนึ่งข้อ", "a group needs at least one criterion")
        rule = self.pass_rule
        if (
            rule.kind is PassRuleKind.AT_LEAST_COUNT
            and rule.minimum is not None
            and rule.minimum > len(self.criteria)
        ):
            raise invalid(
                "pass_rule.minimum",
                f"กลุ่มมีเพียง {len(self.criteria)} ข้อ ผ่านอย่างน้อย {rule.minimum} ข้อไม่ได้",
                f"the group has only {len(self.criteria)} criteria, it cannot need {rule.minimum}",
                rule.minimum,
            )
        if rule.kind is PassRuleKind.AT_LEAST_POINTS and rule.minimum is not None:
            total = sum((c.points for c in self.criteria), Decimal(0))
            if rule.minimum > total:
                raise invalid(
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

    rank: int = attrs.field(converter=_rank)
    code: str = attrs.field(validator=check_text("code"))
    title_th: str = attrs.field(validator=check_text("title_th"))
    title_en: str = attrs.field(validator=check_text("title_en"))
    groups_passed: tuple[str, ...] = attrs.field(default=(), converter=_groups_passed)
    min_points: Decimal = attrs.field(default=Decimal(0), converter=_min_points)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.min_points, Decimal) or self.min_points < 0:
            raise invalid(
                "min_points", "คะแนนขั้นต่ำต้องไม่ติดลบ", "min_points must not be negative", self.min_points
            )

    @property
    def title(self) -> Message:
        """The title in Thai and English."""
        return Message(self.title_th, self.title_en)


@attrs.frozen(kw_only=True)
class Rubric(Mappable):
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

    #: Every rubric document says which format it is written in (read back by :meth:`from_mapping`).
    document_constants: ClassVar[dict[str, str]] = {"format": RUBRIC_FORMAT}

    id: str = attrs.field(validator=check_text("id"))
    version: str = attrs.field(validator=check_text("version"))
    title_th: str = attrs.field(validator=check_text("title_th"))
    title_en: str = attrs.field(validator=check_text("title_en"))
    groups: tuple[CriterionGroup, ...] = attrs.field(converter=_groups)
    levels: tuple[Level, ...] = attrs.field(converter=_levels)
    note_th: str = attrs.field(default="", validator=check_str("note_th"))
    note_en: str = attrs.field(default="", validator=check_str("note_en"))

    def __attrs_post_init__(self) -> None:
        if not self.groups:
            raise invalid("groups", "แบบประเมินต้องมีอย่างน้อยหนึ่งกลุ่ม", "a rubric needs at least one group")
        if not self.levels:
            raise invalid("levels", "แบบประเมินต้องมีอย่างน้อยหนึ่งระดับ", "a rubric needs at least one level")
        seen_groups: set[str] = set()
        seen_codes: set[str] = set()
        for gi, group in enumerate(self.groups):
            if group.code in seen_groups:
                raise invalid(
                    f"groups[{gi}].code",
                    f"รหัสกลุ่ม {group.code!r} ซ้ำ",
                    f"group code {group.code!r} appears twice",
                    group.code,
                )
            seen_groups.add(group.code)
            for ci, criterion in enumerate(group.criteria):
                if criterion.code in seen_codes:
                    raise invalid(
                        f"groups[{gi}].criteria[{ci}].code",
                        f"รหัสเกณฑ์ {criterion.code!r} ซ้ำ",
                        f"criterion code {criterion.code!r} appears twice",
                        criterion.code,
                    )
                seen_codes.add(criterion.code)
        for li, level in enumerate(self.levels):
            if li and level.rank <= self.levels[li - 1].rank:
                raise invalid(
                    f"levels[{li}].rank",
                    "ระดับต้องเรียงจากต่ำไปสูง (rank เพิ่มขึ้นเรื่อย ๆ)",
                    "levels must be listed from lowest to highest (rank increasing)",
                    level.rank,
                )
            for name in level.groups_passed:
                if name not in seen_groups:
                    raise invalid(
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
        raise invalid("code", f"ไม่มีเกณฑ์รหัส {code!r}", f"no criterion has code {code!r}", code)

    def __repr__(self) -> str:
        groups = ", ".join(f"{g.code}: {len(g.criteria)}" for g in self.groups)
        return f"<Rubric {self.id} v{self.version}: {len(self.criteria)} criteria ({groups}), {len(self.levels)} levels>"

    @classmethod
    def from_mapping(cls, data: object) -> Rubric:
        """Read a rubric from plain data (parsed JSON or YAML), e.g. a district's official form.

        Raises:
            ParseError: the data is malformed; the error's ``field`` is the path of the bad value, e.g.
                ``groups[0].criteria[3].threshold``.
        """
        m = Reader(data, "")
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
        return construct(cls, kwargs, "")

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
                status_label(c.status),
            )
            for g in self.groups
            for c in g.criteria
        ]
        return table(
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


def _group_from_mapping(data: object, path: str) -> CriterionGroup:
    m = Reader(data, path)
    m.allow("code", "title_th", "title_en", "pass_rule", "criteria")
    rule = PassRule(PassRuleKind.ALL)
    if m.get("pass_rule") is not None:
        r = Reader(m.get("pass_rule"), m.sub("pass_rule"))
        r.allow("kind", "minimum")
        rule = construct(
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
    return construct(CriterionGroup, kwargs, path)


def _level_from_mapping(data: object, path: str) -> Level:
    m = Reader(data, path)
    m.allow("rank", "code", "title_th", "title_en", "groups_passed", "min_points")
    kwargs = {
        "rank": m.integer("rank"),
        "code": m.text("code"),
        "title_th": m.text("title_th"),
        "title_en": m.text("title_en"),
        "groups_passed": m.strings("groups_passed"),
        "min_points": m.decimal("min_points", required=False, default=Decimal(0)),
    }
    return construct(Level, kwargs, path)
