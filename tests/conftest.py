"""Shared test settings: a Hypothesis profile sized for the 2-core CI machine."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


# --- every mapping the suite produces is checked against its published schema -------------------------------
# The checking wraps the two mixins' to_mapping, so every test and doctest that writes a document also proves
# that the document matches the schema chumchon publishes for it (with the real jsonschema package).
import functools  # noqa: E402
from typing import Any  # noqa: E402

import jsonschema  # noqa: E402

from chumchon import mapping  # noqa: E402

_VALIDATORS: dict[type, Any] = {}
#: How many mappings were checked, by class name (read by tests/test_mapping.py).
VALIDATED: dict[str, int] = {}


def _validator(cls: type) -> Any:
    validator = _VALIDATORS.get(cls)
    if validator is None:
        schema = mapping.json_schema(cls)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        _VALIDATORS[cls] = validator
    return validator


def _checked(method: Any, *, results: bool) -> Any:
    @functools.wraps(method)
    def to_mapping(self: Any) -> Any:
        data = method(self)
        if results or not isinstance(self, mapping.ResultMappable):  # a result's body is checked whole, once
            _validator(type(self)).validate(data)
            VALIDATED[type(self).__name__] = VALIDATED.get(type(self).__name__, 0) + 1
        return data

    return to_mapping


mapping.Mappable.to_mapping = _checked(mapping.Mappable.to_mapping, results=False)  # type: ignore[method-assign]
mapping.ResultMappable.to_mapping = _checked(mapping.ResultMappable.to_mapping, results=True)  # type: ignore[method-assign]
