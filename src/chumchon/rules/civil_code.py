"""The Civil and Commercial Code and the Emergency Decree B.E. 2564: the legal limits for every lender.

The limits apply to savings groups and village funds too (no exemption for savings groups was found). Their
numbers are data in ``civil_code.json`` beside this module:

* :data:`INTEREST_CAP_ANNUAL_RATE`: interest may not exceed 15% per year (CCC s.654);
* :data:`STATUTORY_INTEREST_RATE`: the rate when none is agreed (CCC s.7): 7.5% per year, 3% from
  11 April 2021 (Emergency Decree B.E. 2564);
* :data:`DEFAULT_INTEREST_RATE`: statutory default interest (CCC s.224): 7.5% per year, 5% from 11 April 2021;
* :data:`DEFAULT_MARKUP_CAP_ANNUAL_RATE`: at most 3% per year on top of the agreed rate for default, from
  11 April 2021.

Charging above the cap is a crime under the Interest Over-rate Prohibition Act B.E. 2560
(:data:`INTEREST_OVERRATE_ACT`, rule ``interest_overrate_offence``), and an over-rate agreement loses its
interest. Default interest runs on overdue principal only (rule ``default_interest_on_overdue_principal``, our
reading of s.224 para 2 and s.655).

**Coverage.** The library's records of these sections begin on 1 January 1941 (:data:`COVERAGE_START`), the
first day of the modern Buddhist-era calendar; the sections are older (Book I of the Code has been in force
since B.E. 2468) but their exact commencement dates are not encoded, so earlier dates raise
:class:`~chumchon.errors.UnknownRegulationError` rather than guess.

>>> from datetime import date
>>> from chumchon.rules import DEFAULT_INTEREST_RATE, INTEREST_CAP_ANNUAL_RATE
>>> DEFAULT_INTEREST_RATE.value_at(date(2021, 4, 10)), DEFAULT_INTEREST_RATE.value_at(date(2021, 4, 11))
(Decimal('0.075'), Decimal('0.05'))
>>> print(INTEREST_CAP_ANNUAL_RATE.at(date(2026, 11, 21)).source.cite("en"))
Civil and Commercial Code (ประมวลกฎหมายแพ่งและพาณิชย์), B.E. 2468, s.654
>>> INTEREST_CAP_ANNUAL_RATE.value_at(date(1930, 1, 1))
Traceback (most recent call last):
...
chumchon.errors.UnknownRegulationError: ไม่มีข้อมูล "เพดานอัตราดอกเบี้ยต่อปี" ที่ใช้บังคับ ณ วันที่ 1930-01-01 (ข้อมูลเริ่ม 1941-01-01) / no value of "interest cap per year" is known for 1930-01-01 (records begin 1941-01-01)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chumchon.money import DECIMAL_CONTEXT
from chumchon.rules.model import Instrument, Parameter, Rule, Source
from chumchon.rules.registry import instrument

__all__ = [
    "CIVIL_AND_COMMERCIAL_CODE",
    "COVERAGE_START",
    "DEFAULT_INTEREST_ON_OVERDUE_PRINCIPAL",
    "DEFAULT_INTEREST_RATE",
    "DEFAULT_MARKUP_CAP_ANNUAL_RATE",
    "EMERGENCY_DECREE_2564",
    "INSTRUMENT",
    "INTEREST_CAP_ANNUAL_RATE",
    "INTEREST_OVERRATE_ACT",
    "INTEREST_OVERRATE_OFFENCE",
    "PENALTY_RATE_OVER_LIMIT",
    "STATUTORY_INTEREST_RATE",
    "default_interest_limit",
]

#: The instrument as registered.
INSTRUMENT: Instrument = instrument("civil_code")

#: The Civil and Commercial Code (ป.พ.พ.), in force from 1 January B.E. 2468 (its s.2).
CIVIL_AND_COMMERCIAL_CODE: Source = INSTRUMENT.source_named("ccc")
#: The Emergency Decree amending the Civil and Commercial Code, B.E. 2564, in force 11 April 2021.
EMERGENCY_DECREE_2564: Source = INSTRUMENT.source_named("decree_2564")
#: The Interest Over-rate Prohibition Act B.E. 2560.
INTEREST_OVERRATE_ACT: Source = INSTRUMENT.source_named("overrate_act")

#: The first date for which the legal limits are encoded (see the module docstring).
COVERAGE_START: date = INSTRUMENT.effective_from or date(1941, 1, 1)

INTEREST_CAP_ANNUAL_RATE: Parameter[Decimal] = INSTRUMENT.parameter("interest_cap_annual_rate")
STATUTORY_INTEREST_RATE: Parameter[Decimal] = INSTRUMENT.parameter("statutory_interest_rate")
DEFAULT_INTEREST_RATE: Parameter[Decimal] = INSTRUMENT.parameter("default_interest_rate")
DEFAULT_MARKUP_CAP_ANNUAL_RATE: Parameter[Decimal] = INSTRUMENT.parameter("default_markup_cap_annual_rate")

#: Charging above the cap is a crime; an over-rate agreement loses its interest.
INTEREST_OVERRATE_OFFENCE: Rule = INSTRUMENT.rule("interest_overrate_offence")
#: Default interest runs on overdue principal only (no interest on interest) [provisional reading].
DEFAULT_INTEREST_ON_OVERDUE_PRINCIPAL: Rule = INSTRUMENT.rule("default_interest_on_overdue_principal")
#: A default rate may not exceed what the law allows: the reading :func:`default_interest_limit` computes.
PENALTY_RATE_OVER_LIMIT: Rule = INSTRUMENT.rule("penalty_rate_over_limit")


def default_interest_limit(agreed_annual_rate: Decimal, on: date) -> tuple[Decimal, tuple[Source, ...]]:
    """The highest yearly default rate we read the law as allowing on ``on``, with the sources it rests on
    (rule :data:`PENALTY_RATE_OVER_LIMIT`, provisional).

    From the Emergency Decree B.E. 2564 (when :data:`DEFAULT_MARKUP_CAP_ANNUAL_RATE` is in force): the agreed
    rate plus the markup cap, but never less than statutory default interest. Before it: the s.654 cap, never
    less than statutory default interest. The caller checks its inputs (a non-negative rate, a date in the
    records).

    >>> default_interest_limit(Decimal("0.12"), date(2026, 1, 1))[0], default_interest_limit(Decimal(0), date(2020, 1, 1))[0]
    (Decimal('0.15'), Decimal('0.15'))
    """
    statutory = DEFAULT_INTEREST_RATE.at(on)
    markup = DEFAULT_MARKUP_CAP_ANNUAL_RATE.find(on)
    if markup is None:
        cap = INTEREST_CAP_ANNUAL_RATE.at(on)
        return max(cap.value, statutory.value), (cap.source, statutory.source)
    return max(DECIMAL_CONTEXT.add(agreed_annual_rate, markup.value), statutory.value), (
        markup.source,
        statutory.source,
    )
