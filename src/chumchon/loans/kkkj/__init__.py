"""กข.คจ. village funds under the regulation of B.E. 2553 (เงินทุนโครงการแก้ไขปัญหาความยากจน กข.คจ.).

The poverty-alleviation project (โครงการแก้ไขปัญหาความยากจน, กข.คจ.) gave 280,000 baht to each of 39,646
villages to lend to poor households **without interest**, to revolve in the village for good. This module
holds the regulation as dated data and the jobs district officers do with it: checking requests, drawing up
repayment schedules, following arrears, and sending the fund's position up to the province.

**Sources.** ระเบียบกระทรวงมหาดไทยว่าด้วยการบริหารและการใช้จ่ายเงินโครงการแก้ไขปัญหาความยากจน พ.ศ. 2553
(:data:`REGULATION_2553`), cited without clause numbers because the clause text was not available; CDD order
618/2553 (:data:`CDD_ORDER_618_2553`) for litigation; the standard loan contract (:data:`STANDARD_CONTRACT`) and
report forms 26(1)/26(2) (:data:`FORM_26_SOURCE`) as copied by secondary sources. Each value carries its status:

* confirmed: capital 280,000 baht per village; zero interest; the one allowed purpose (the household's
  occupation project) and the forbidden ones (paying old debts, building or repairing the house, household
  consumption); the announcement on 12 October B.E. 2553; the three factors the committee weighs (district
  pages: :class:`ReviewFactor`);
* secondary: a committee of 7 to 9 members with a 4-year term; six instalment rows in the standard contract
  (the default limit, overridable per committee); total fund = outstanding loans + bank balance + cash held
  elsewhere (form 26); the tambon officer's opinion; the grace notion, the village and target-household
  database report and the development level (copies of the form); own produce counted as จปฐ. income; the
  จปฐ. round boundaries (data a district can correct);
* provisional: the จปฐ. income criterion per person per year, one value per five-year round.

The values are registered data (``chumchon/rules/kkkj_2553.json``, :mod:`chumchon.rules.kkkj_2553`): the sources
page of the documentation lists every one with its date, source and status. Engines take ``regulation=None`` to
mean the regulation in force on the date (:func:`regulation_in_force`).

Override a secondary or provisional value with :meth:`Regulation.override`. What the regulation leaves to the
village committee (ceiling per household, longest term, late fee, other open loans) has no default: pass a
:class:`CommitteeRules`.

**Effective dates.** The regulation was announced on 12 October B.E. 2553 (2010, :data:`REGULATION_ANNOUNCED`);
the clause that sets its entry into force was not read, so records begin at the first new year after the
announcement, 1 January B.E. 2554 (2011-01-01, :data:`COVERAGE_START`), and earlier dates raise
:class:`~chumchon.errors.UnknownRegulationError` rather than guess. จปฐ. rounds are dated data
(:class:`JptRound`, secondary, correctable): a round applies from 1 January of its first B.E. year to
31 December of its last (round 2565–2569: 2022-01-01 to 2026-12-31). From 2027-01-01 neither the round nor its
criterion is known until the caller adds them.

**What it does.** :func:`assess_target_household` (income per person against the จปฐ. criterion in force);
:func:`review_request` (one :class:`CriterionResult` per criterion, passed or failed with its reason and source);
:func:`repayment_schedule` and :func:`repayment_schedule_from_dates` (interest-free schedules on the loan engine,
``InterestMethod.NONE``; the monthly default frequency is a convenience, not a rule); :func:`loan_status` and
:class:`LoanAccount` (arrears through :func:`~chumchon.loans.apply_payments`, a late fee only if the committee set
one; :meth:`LoanAccount.grace_standing` under the committee's :class:`GraceRule`); :func:`contract_findings`
(instalments past the contract's rows); :func:`fund_position`, :func:`village_report` (form 26(1)),
:func:`summarise` and :func:`summarise_province` (district summary and form 26(2), exact sums),
:func:`build_village_reports` (a lazy batch for whole provinces) and :func:`village_reports` /
:meth:`VillageBook.report` (the same as a list or one report, for process pools); the village and
target-household database report (:class:`DatabaseBook`, :func:`database_reports`, :func:`summarise_database`,
:func:`summarise_database_province`); :data:`TRAINING_CASE` (invented data for training).

**Limitations.** No clause numbers; no ceiling per household (none was found: it is the committee's); late fees,
extensions and rescheduling are committee parameters; the village health check lives in
:mod:`chumchon.assessment`.

>>> from datetime import date
>>> from chumchon.loans.kkkj import B_E_2553, Household, assess_target_household
>>> B_E_2553.capital_per_village.value_at(date(2026, 11, 21))
Decimal('280000')
>>> assess_target_household(Household(household_id="H-01", members=5, annual_income=150000),
...                         as_of=date(2026, 11, 21)).is_target
True
>>> B_E_2553.capital_per_village.value_at(date(2010, 6, 1))
Traceback (most recent call last):
...
chumchon.errors.UnknownRegulationError: ไม่มีข้อมูล "เงินทุน กข.คจ. ต่อหมู่บ้าน" ที่ใช้บังคับ ณ วันที่ 2010-06-01 (ข้อมูลเริ่ม 2011-01-01) / no value of "กข.คจ. capital per village" is known for 2010-06-01 (records begin 2011-01-01)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chumchon._deprecated import moved
from chumchon.loans.kkkj._account_rows import ACCOUNT_COLUMNS as ACCOUNT_COLUMNS
from chumchon.loans.kkkj._accounts import AccountFigures as AccountFigures
from chumchon.loans.kkkj._accounts import LoanAccount, loan_status
from chumchon.loans.kkkj._areas import AreaLevel
from chumchon.loans.kkkj._batch import VillageBook, build_village_reports, village_reports
from chumchon.loans.kkkj._compact_book import CompactBook
from chumchon.loans.kkkj._database import DatabaseBook, database_reports
from chumchon.loans.kkkj._database import VillageDatabaseReport as VillageDatabaseReport
from chumchon.loans.kkkj._database_figures import DATABASE_COLUMNS as DATABASE_COLUMNS
from chumchon.loans.kkkj._database_figures import DatabaseFigures as DatabaseFigures
from chumchon.loans.kkkj._database_figures import DevelopmentLevel
from chumchon.loans.kkkj._database_summary import DatabaseSummary as DatabaseSummary
from chumchon.loans.kkkj._database_summary import DatabaseUnit as DatabaseUnit
from chumchon.loans.kkkj._database_summary import summarise_database, summarise_database_province
from chumchon.loans.kkkj._database_training import DATABASE_TRAINING_BOOKS
from chumchon.loans.kkkj._factors import (
    FactorFinding,
    OfficerOpinion,
    ReviewFactor,
)
from chumchon.loans.kkkj._grace import (
    GraceExtension,
    GraceRule,
    Standing,
    grace_standing,
)
from chumchon.loans.kkkj._grace import (
    GraceStanding as GraceStanding,
)
from chumchon.loans.kkkj._households import (
    Household,
    assess_target_household,
    is_target_household,
)
from chumchon.loans.kkkj._households import (
    TargetHouseholdCheck as TargetHouseholdCheck,
)
from chumchon.loans.kkkj._position import FundPosition as FundPosition
from chumchon.loans.kkkj._position import fund_position
from chumchon.loans.kkkj._regulation import (
    B_E_2553,
    COVERAGE_START,
    CommitteeRules,
    JptRound,
    OpenLoanRule,
    Purpose,
    Regulation,
    jpt_round,
    regulation_from_instrument,
    regulation_in_force,
)
from chumchon.loans.kkkj._regulation import (
    JPT_ROUND_YEARS as JPT_ROUND_YEARS,
)
from chumchon.loans.kkkj._regulation import (
    REGULATION_ANNOUNCED as REGULATION_ANNOUNCED,
)
from chumchon.loans.kkkj._regulation import (
    PurposeList as PurposeList,
)
from chumchon.loans.kkkj._report_26_1 import (
    FIGURE_LABELS as FIGURE_LABELS,
)
from chumchon.loans.kkkj._report_26_1 import (
    FundFigures as FundFigures,
)
from chumchon.loans.kkkj._report_26_1 import (
    Village,
    village_report,
)
from chumchon.loans.kkkj._report_26_1 import VillageReport as VillageReport
from chumchon.loans.kkkj._report_26_2 import AreaSummary as AreaSummary
from chumchon.loans.kkkj._report_26_2 import summarise, summarise_province
from chumchon.loans.kkkj._report_batch import ReportBatch as ReportBatch
from chumchon.loans.kkkj._request import LoanRequest, OpenLoan
from chumchon.loans.kkkj._review import review_request
from chumchon.loans.kkkj._review_result import CriterionResult as CriterionResult
from chumchon.loans.kkkj._review_result import ReviewResult as ReviewResult
from chumchon.loans.kkkj._schedule import (
    check_schedule,
    contract_findings,
    installment_limit,
    repayment_schedule,
    repayment_schedule_from_dates,
    term_months,
)
from chumchon.loans.kkkj._training import (
    TRAINING_CASE,
)
from chumchon.loans.kkkj._training import (
    TrainingCase as TrainingCase,
)
from chumchon.rules import Source, instrument

__all__ = [
    "B_E_2553",
    "COVERAGE_START",
    "DATABASE_TRAINING_BOOKS",
    "TRAINING_CASE",
    "AreaLevel",
    "CommitteeRules",
    "CompactBook",
    "DatabaseBook",
    "DevelopmentLevel",
    "FactorFinding",
    "GraceExtension",
    "GraceRule",
    "Household",
    "JptRound",
    "LoanAccount",
    "LoanRequest",
    "OfficerOpinion",
    "OpenLoan",
    "OpenLoanRule",
    "Purpose",
    "Regulation",
    "ReviewFactor",
    "Standing",
    "Village",
    "VillageBook",
    "assess_target_household",
    "build_village_reports",
    "check_schedule",
    "contract_findings",
    "database_reports",
    "fund_position",
    "grace_standing",
    "installment_limit",
    "is_target_household",
    "jpt_round",
    "loan_status",
    "regulation_from_instrument",
    "regulation_in_force",
    "repayment_schedule",
    "repayment_schedule_from_dates",
    "review_request",
    "summarise",
    "summarise_database",
    "summarise_database_province",
    "summarise_province",
    "term_months",
    "village_report",
    "village_reports",
]

# Sources reachable through the registry, kept at this path for one release with a DeprecationWarning.
_MOVED_SOURCES = {
    "CALLER_SOURCE": "caller",
    "CDD_ORDER_618_2553": "cdd_order_618_2553",
    "COMMITTEE_SOURCE": "committee",
    "DATABASE_REPORT_SOURCE": "database_report",
    "DEVELOPMENT_LEVEL_SOURCE": "development_level",
    "DISTRICT_PAGES_SOURCE": "district_pages",
    "FORM_26_SOURCE": "form_26",
    "FUND_BOOKS_SOURCE": "fund_books",
    "GRACE_NOTION_SOURCE": "grace_notion",
    "OWN_PRODUCE_SOURCE": "own_produce",
    "REGULATION_2553": "regulation",
    "STANDARD_CONTRACT": "standard_contract",
    "TAMBON_OFFICER_SOURCE": "tambon_officer",
}


def _registered_source(key: str) -> tuple[str, Callable[[], Source]]:
    def get() -> Source:
        return instrument("kkkj_2553").source_named(key)

    return f'chumchon.rules.instrument("kkkj_2553").source_named("{key}")', get


_MOVED = {name: _registered_source(key) for name, key in _MOVED_SOURCES.items()}


def __getattr__(name: str) -> Any:
    return moved(__name__, name, _MOVED)
