"""``chumchon assess``: a group or fund assessed against a rubric from a JSON file of facts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from chumchon.cli._input import UsageError, read_json
from chumchon.cli._options import Command, add_output_options
from chumchon.cli._output import output, to_digits
from chumchon.errors import ParseError

if TYPE_CHECKING:  # pragma: no cover
    from chumchon.assessment import Assessment


def _assessment_footer(assessment: Assessment, language: str) -> list[str]:
    th = language == "th"
    lines = ["", assessment.summary(language)]
    plan = assessment.improvement_plan().items
    if plan:
        lines.append("")
        lines.append("แผนพัฒนา (เรียงตามความสำคัญ):" if th else "improvement plan (most important first):")
        lines.extend(f"  {item.rank}. {item.result.code} {item.advice.get(language)}" for item in plan)
    return lines


def run(args: argparse.Namespace) -> str:
    from chumchon.assessment import GroupFacts, KkkjFacts, Rubric, assess

    facts_data = read_json(args.facts)
    if not isinstance(facts_data, dict):
        raise ParseError(
            th=f'ไฟล์ {args.facts} ต้องเป็นออบเจกต์ JSON ของข้อมูล เช่น {{"members": 40}}',
            en=f'{args.facts} must hold a JSON object of facts, e.g. {{"members": 40}}',
            text=args.facts,
            field="facts",
        )
    facts: Any
    if args.rubric is not None:
        if args.rubric_name is not None:
            raise UsageError("ใช้ --rubric หรือ --rubric-name อย่างใดอย่างหนึ่ง / give --rubric or --rubric-name")
        rubric = Rubric.from_mapping(read_json(args.rubric))
        facts = facts_data  # a district rubric may read facts of its own
    else:
        name = args.rubric_name or "ssg"
        from chumchon import assessment

        rubric = getattr(assessment, name).RUBRIC
        facts = (KkkjFacts if name == "kkkj_health" else GroupFacts).from_mapping(facts_data)
    result = assess(rubric, facts)
    out = output(result, args)
    if args.fmt == "table":
        out = "\n".join(
            [out, *(to_digits(line, args.digits) for line in _assessment_footer(result, args.lang))]
        )
    return out


def setup(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "ไฟล์ข้อมูลเป็นออบเจกต์ JSON ชื่อข้อมูลตาม GroupFacts (ssg, fhc) หรือ KkkjFacts (kkkj_health) "
        'เช่น {"members": 40, "written_bylaws": true, "savings": 125000.50}; ข้อมูลที่ไม่รู้ให้เว้นไว้ '
        "(ไม่นับว่าผ่านหรือไม่ผ่าน)\n"
        "facts: a JSON object named as in GroupFacts (ssg, fhc) or KkkjFacts (kkkj_health); leave unknown facts "
        "out (they are 'not assessed'). A --rubric file is the data of Rubric.from_mapping (see "
        "Rubric.to_mapping); its facts are passed as they are.\n\n" + (parser.epilog or "")
    )
    parser.add_argument("facts", help="ไฟล์ JSON ของข้อมูล / the JSON file of facts (- for standard input)")
    parser.add_argument(
        "--rubric-name",
        choices=("ssg", "fhc", "kkkj_health"),
        help="แบบประเมินที่มากับไลบรารี (ชั่วคราว) / a shipped (provisional) rubric; default ssg",
    )
    parser.add_argument(
        "--rubric", metavar="FILE", help="แบบประเมินของอำเภอ (JSON) / a district's rubric file (JSON)"
    )
    add_output_options(parser)


COMMAND = Command(
    "assess",
    "ประเมินกลุ่มหรือกองทุนจากไฟล์ JSON ของข้อมูล / assess a group or fund from a JSON file of facts",
    "chumchon assess facts.json",
    "chumchon assess village.json --rubric-name kkkj_health --format json",
    "chumchon assess facts.json --rubric district-ssg.json",
    setup=setup,
    run=run,
)
