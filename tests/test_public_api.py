"""The public names: ARCHITECTURE's contract is exported, every exported name resolves, and the names moved out
of ``__all__`` still import from their old path (the sources moved to the registry with a DeprecationWarning).
"""

from __future__ import annotations

import importlib
import warnings

import pytest

from chumchon import rules

#: ARCHITECTURE section 2: the names other systems rely on, by module.
CONTRACT = {
    "chumchon.money": ["to_decimal", "Rounding", "SATANG", "WHOLE_BAHT", "allocate"],
    "chumchon.thai": [
        "to_thai_digits",
        "to_arabic_digits",
        "be_year",
        "ce_year",
        "fiscal_year",
        "fiscal_year_bounds",
        "fiscal_quarter",
        "format_date",
        "parse_date",
        "number_words",
        "parse_number_words",
        "bahttext",
        "parse_bahttext",
        "format_baht",
    ],
    "chumchon.loans": [
        "LoanTerms",
        "Frequency",
        "InterestMethod",
        "Amortization",
        "build_schedule",
        "Schedule",
        "Installment",
        "pmt",
        "ipmt",
        "ppmt",
        "effective_annual_rate",
        "Payment",
        "apply_payments",
        "LoanStatus",
        "portfolio_at_risk",
        "check_interest_rate",
    ],
    "chumchon.savings": [
        "Bylaws",
        "LoanProduct",
        "DividendMethod",
        "MemberYear",
        "calculate_dividends",
        "calculate_rebates",
        "allocate_profit",
        "annual_close",
        "settle_exit",
    ],
    "chumchon.assessment": ["Criterion", "Rubric", "assess", "Assessment", "ssg", "fhc", "kkkj_health"],
    "chumchon.rules": [
        "Source",
        "DatedValue",
        "Parameter",
        "Status",
        "Finding",
        "in_force",
        "all_parameters",
    ],
}

PACKAGES = [
    "chumchon",
    "chumchon.thai",
    "chumchon.loans",
    "chumchon.loans.kkkj",
    "chumchon.savings",
    "chumchon.assessment",
    "chumchon.rules",
]

#: Moved out of __all__ and importable without a warning: results a caller receives, labels, constants, and the
#: one Finding re-exported where it was before.
KEPT_QUIETLY = {
    "chumchon.thai": ["DATE_STYLES", "GOVERNMENT_FISCAL_START_MONTH", "THAI_DIGITS"],
    "chumchon.loans": ["Finding", "InstallmentStatus", "PortfolioAtRisk", "Rescheduling", "DEFAULT_BUCKETS"],
    "chumchon.loans.kkkj": [
        "ReviewResult",
        "VillageReport",
        "FundPosition",
        "FIGURE_LABELS",
        "AccountFigures",
    ],
    "chumchon.savings": [
        "AnnualClose",
        "DividendResult",
        "Finding",
        "Severity",
        "CATEGORY_LABELS",
        "MEMBER_COLUMNS",
    ],
    "chumchon.assessment": ["CriterionResult", "ImprovementPlan", "Ratio", "MEASURES"],
    "chumchon.rules": ["INTEREST_CAP_ANNUAL_RATE", "CIVIL_AND_COMMERCIAL_CODE"],
}

#: Sources of the กข.คจ. package that are the registry's, kept for one release with a warning.
MOVED_SOURCES = importlib.import_module("chumchon.loans.kkkj")._MOVED_SOURCES


def test_the_moved_sources_are_the_thirteen_of_the_regulation() -> None:
    assert len(MOVED_SOURCES) == 13
    assert {"REGULATION_2553", "STANDARD_CONTRACT", "FORM_26_SOURCE"} <= set(MOVED_SOURCES)
    keys = {key for key, _source in rules.instrument("kkkj_2553").sources}
    assert set(MOVED_SOURCES.values()) <= keys


@pytest.mark.parametrize("module", list(CONTRACT))
def test_every_contract_name_is_exported(module: str) -> None:
    exported = importlib.import_module(module).__all__
    assert [name for name in CONTRACT[module] if name not in exported] == []


@pytest.mark.parametrize("module", PACKAGES)
def test_every_exported_name_resolves_without_a_warning(module: str) -> None:
    package = importlib.import_module(module)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in package.__all__:
            assert getattr(package, name) is not None, name
    assert len(package.__all__) == len(set(package.__all__))


@pytest.mark.parametrize("module", list(KEPT_QUIETLY))
def test_names_moved_out_of_all_still_import_quietly(module: str) -> None:
    package = importlib.import_module(module)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in KEPT_QUIETLY[module]:
            assert name not in package.__all__
            assert getattr(package, name) is not None


@pytest.mark.parametrize("name", sorted(MOVED_SOURCES))
def test_a_moved_source_warns_and_is_the_registered_source(name: str) -> None:
    kkkj = importlib.import_module("chumchon.loans.kkkj")
    assert name not in kkkj.__all__
    with pytest.warns(
        DeprecationWarning, match=rf"chumchon\.loans\.kkkj\.{name} is deprecated.*source_named"
    ):
        value = getattr(kkkj, name)
    assert value == rules.instrument("kkkj_2553").source_named(MOVED_SOURCES[name])


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    kkkj = importlib.import_module("chumchon.loans.kkkj")
    with pytest.raises(AttributeError, match="no attribute 'NOT_A_NAME'"):
        kkkj.NOT_A_NAME  # noqa: B018 - the attribute access is the test


def test_the_public_surface_is_what_users_call() -> None:
    # 279 names were exported by these packages before the trim; results, labels and sources left __all__
    total = sum(len(importlib.import_module(m).__all__) for m in PACKAGES)
    assert total <= 200, total


@pytest.mark.parametrize("module", PACKAGES)
def test_no_package_exports_a_source_the_registry_holds(module: str) -> None:
    # sources are reached through the registry (rules.instrument(...).source_named(key)), not package names
    package = importlib.import_module(module)
    exported = {name: getattr(package, name) for name in package.__all__}
    assert [name for name, value in exported.items() if isinstance(value, rules.Source)] == []
