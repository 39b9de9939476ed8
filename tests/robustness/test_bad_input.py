"""Bad input for every public callable, generated from the public API and the input kernel.

Like python-stdnum's robustness test over its registry of number modules, this walks every name in the
``__all__`` of every public chumchon module, reads each parameter's annotation (the kernel's aliases
``MoneyLike``, ``RateLike``, ``DateLike``, and ``int``, ``bool``, ``str``, ``Decimal``, ``date``, enums, classes,
sequences and mappings; for a parameter still typed ``object`` the type of its valid example value), and calls
the callable with one argument at a time replaced by a hostile value: NaN, sNaN, infinities, ``1e999999``, huge
and tiny numbers, the type ``int`` itself, bytes, nested lists, NumPy arrays, a mapping, bad Thai text, ``None``
and pandas' ``NA`` where ``None`` is not allowed. The valid calls come from :mod:`examples`.

What it asserts, for every (callable, parameter):

- nothing but a :class:`~chumchon.errors.ChumchonError` (or a normal return) comes out, and no call hangs;
- every value of the wrong kind for the parameter's kind is refused (so every parameter of one alias refuses
  the same values);
- the same value in another form is accepted or refused the same way: Thai digits as Arabic ones, a NumPy
  scalar as the Python number, ISO text and a ``datetime`` as the ``date``, an enum's value and name as the
  member, ``pd.NA`` as ``None``.

As public signatures move from ``object`` to the aliases, the test reaches further by itself: it reads
annotations, not a list.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import signal
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import numpy as np
import pandas as pd
import pytest
from examples import EXAMPLES, Example
from robustness_pool import instances

import chumchon
from chumchon import excel
from chumchon.errors import ChumchonError
from chumchon.thai import to_thai_digits

PUBLIC_MODULES = (
    "chumchon.money",
    "chumchon.rules",
    "chumchon.messages",
    "chumchon.tables",
    "chumchon.thai",
    "chumchon.loans",
    "chumchon.loans.kkkj",
    "chumchon.savings",
    "chumchon.assessment",
    "chumchon.assessment.ssg",
    "chumchon.assessment.fhc",
    "chumchon.assessment.kkkj_health",
    "chumchon.excel",
    "chumchon.errors",
    "chumchon.jsontext",
    "chumchon.schemas",
)
# Public modules whose names are reached through another entry point, with the reason.
OTHER_ENTRY_POINTS = {
    "chumchon.cli": "the command line: its arguments are text, tested in tests/terminal",
    "chumchon.columns": "Columns are built by the batch functions; its constructors are in tests/test_columns.py",
    "chumchon.mapping": "the mapping readers: every from_mapping is tested with bad data in tests/test_mapping*.py",
    "chumchon.plots": "plots of results: tested in tests/adapters",
}

# --- the hostile values ---------------------------------------------------------------------------------------

HOSTILE: dict[str, object] = {
    "none": None,
    "na": pd.NA,
    "true": True,
    "nan": float("nan"),
    "snan": Decimal("sNaN"),
    "inf": Decimal("Infinity"),
    "-inf": float("-inf"),
    "huge_text": "1e999999",
    "huge_int": 10**50,
    "tiny": Decimal("1e-1000000000"),
    "negative": -1,
    "zero": 0,
    "the_type": int,
    "object": object(),
    "bytes": b"12",
    "nested": [[1]],
    "array": np.array([1, 2]),
    "matrix": np.zeros((2, 2)),
    "mapping": {"a": 1},
    "empty_list": [],
    "empty_text": "",
    "garbage_text": "xyz",
    "bad_thai_words": "หนึ่งร้อยบาทถ้วนสตางค์ถ้วน",
    "bad_thai_digits": "๑๒,,๓๔.๕.๖",
    "bad_thai_date": "๓๑ กุมภาพันธ์ ๒๕๖๘",
}
_MISSING = {"none", "na"}
_NOT_SCALARS = {"the_type", "object", "bytes", "nested", "array", "matrix", "mapping", "empty_list"}
_NOT_NUMBERS = {"true", "nan", "snan", "inf", "-inf", "huge_text", "empty_text", "garbage_text"}
_BAD_TEXT = {"bad_thai_words", "bad_thai_digits", "bad_thai_date"}

# What a parameter of each kind must refuse (besides None and NA unless it is optional); other hostile values
# may be accepted (zero where zero is allowed, a tiny Decimal that is exact), but never crash.
MUST_REFUSE: dict[str, frozenset[str]] = {
    "money": frozenset(_NOT_SCALARS | _NOT_NUMBERS | _BAD_TEXT | {"huge_int"}),
    "number": frozenset(_NOT_SCALARS | _NOT_NUMBERS | _BAD_TEXT | {"huge_int"}),
    "int": frozenset(_NOT_SCALARS | _NOT_NUMBERS | _BAD_TEXT),
    "date": frozenset(set(HOSTILE) - _MISSING),
    "enum": frozenset(set(HOSTILE) - _MISSING),
    "instance": frozenset(set(HOSTILE) - _MISSING),
    # an identifier (member_id, household_id, code) or a text the callable reads (a rounding name, a style)
    "text": frozenset(_NOT_SCALARS | {"nan", "snan", "inf"}),
    "label": frozenset(),  # a title, a note, a name for messages: printed as given, so only "no crash"
    "sequence": frozenset(
        {"true", "nan", "snan", "inf", "-inf", "huge_int", "negative", "zero", "the_type", "object"}
        | {"garbage_text", "huge_text"}
        | _BAD_TEXT
    ),
    "mapping": frozenset(
        {"true", "nan", "snan", "inf", "huge_int", "negative", "the_type", "object"} | _BAD_TEXT
    ),
    "flag": frozenset(),  # Python truthiness is still accepted where a flag is only an option
    "any": frozenset(),  # typed object and no example value to read a kind from: only "no crash"
}
MONEY_ALIASES = {"MoneyLike": "money", "RateLike": "money", "DateLike": "date"}
_SIMPLE = {
    "Decimal": "number",
    "float": "number",
    "int": "int",
    "bool": "flag",
    "str": "text",
    "date": "date",
}
_SIMPLE |= {"datetime": "date", "bytes": "any"}


@dataclass(frozen=True)
class Param:
    """One parameter of one public callable, with the kind its annotation (or example value) gives."""

    callable_name: str
    name: str
    kind: str
    optional: bool
    annotation: str

    @property
    def must_refuse(self) -> frozenset[str]:
        refuse = MUST_REFUSE[self.kind]
        if self.optional or self.kind in ("flag", "any", "label"):
            return refuse
        return refuse | _MISSING


# --- reading kinds from annotations ----------------------------------------------------------------------------


def _parts(annotation: str) -> list[str]:
    """The top-level members of a union written as text: ``"Rounding | str | None"`` -> three parts."""
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p.strip("'\"") for p in parts if p]


def _kind_of_part(part: str, namespace: Mapping[str, Any]) -> str | None:
    head = part.split("[", 1)[0].rsplit(".", 1)[-1]
    if head in MONEY_ALIASES:
        return MONEY_ALIASES[head]
    if head in _SIMPLE:
        return _SIMPLE[head]
    if head in ("Sequence", "Iterable", "Collection", "list", "tuple", "frozenset", "set"):
        return "sequence"
    if head in ("Mapping", "dict"):
        return "mapping"
    found = namespace.get(head)
    if isinstance(found, types.UnionType):  # an alias of a union, such as tables.CellValue
        return _combined(
            [_kind_of_part(getattr(a, "__name__", str(a)), namespace) or "any" for a in found.__args__]
        )
    if isinstance(found, TypeVar):
        return "any"  # a generic value (DatedValue[T]): anything the parameter's user stores
    if isinstance(found, type) and found is not Any:  # typing.Any is a class since Python 3.11
        return "enum" if issubclass(found, enum.Enum) else "instance"
    return None


def _kind_of_value(value: object) -> str:
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, enum.Enum):
        return "enum"
    if isinstance(value, (Decimal, float)):
        return "money"
    if isinstance(value, int):
        return "int"
    if isinstance(value, date):
        return "date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "mapping"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "sequence"
    return "any" if value is None else "instance"


def _combined(kinds: list[str]) -> str:
    """One kind for a union of kinds: the same kind, or "any" (only no-crash) when they differ, except
    that a number or a text name for an object (``Rounding | str``) keeps the text kind's refusals."""
    unique = set(kinds)
    if len(unique) == 1:
        return kinds[0]
    if unique <= {"money", "number", "int"}:
        return "int" if unique == {"int"} else "number"
    return "text" if "text" in unique and unique <= {"text", "instance", "enum", "sequence"} else "any"


def _params(name: str, ex: Example) -> list[Param]:
    target = ex.call
    function = target.__init__ if isinstance(target, type) and attrs.has(target) else target
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return []
    module = inspect.getmodule(target.__init__ if isinstance(target, type) else target)
    namespace: dict[str, Any] = dict(vars(module)) if module else {}
    if isinstance(target, type):
        namespace |= vars(inspect.getmodule(target) or chumchon)
    baseline = ex.baseline()
    found = []
    for parameter in signature.parameters.values():
        if parameter.name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        annotation = parameter.annotation
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
        if annotation is inspect.Parameter.empty:
            text = "object"
        parts = _parts(text)
        optional = "None" in parts or parameter.default is None
        kinds = [k for p in parts if p != "None" and (k := _kind_of_part(p, namespace)) is not None]
        if not kinds or text in ("object", "Any"):
            example_value = baseline.get(parameter.name, parameter.default)
            if example_value is inspect.Parameter.empty:
                continue  # no example value and no kind: nothing to vary
            kinds = [_kind_of_value(example_value)]
        kind = _combined(kinds)
        if ex.excel and kind == "sequence":
            kind = "any"  # a worksheet range: Excel passes a single cell as a value, and that is a range too
        if kind == "text" and not _reads_its_text(ex, parameter.name, baseline):
            kind = "label"
        found.append(Param(name, parameter.name, kind, optional, text))
    return found


def _reads_its_text(ex: Example, name: str, baseline: dict[str, Any]) -> bool:
    """A text parameter is read (not only printed) when it is an identifier or when made-up text is refused."""
    if name.endswith("_id") or name in ("code", "id"):
        return True
    if name not in baseline:
        return False
    return _outcome(ex, name, "xyz-not-a-name")[0] == "refused"


# --- calling -------------------------------------------------------------------------------------------------------


class HangError(Exception):
    """A call that did not finish in time (a huge value made it loop)."""


@contextmanager
def _deadline(seconds: float, what: str) -> Iterator[None]:
    def _raise(signum: int, frame: object) -> None:
        raise HangError(what)

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _call(ex: Example, kwargs: dict[str, Any]) -> Any:
    result = ex.call(**kwargs)
    if ex.consume and isinstance(result, Iterator):  # a lazy result (annual_close_many(compact=True) is not)
        result = list(result)
    if ex.excel and isinstance(result, str) and result.startswith(excel.ERROR_PREFIX):
        if "internal error" in result:
            raise AssertionError(result)  # a non-chumchon exception, caught and shown in the cell
        raise ChumchonError(th=result, en=result)
    return result


def _outcome(ex: Example, name: str, value: object) -> tuple[str, object]:
    """('refused', error) | ('accepted', result) | ('crashed', exception) | ('hung', None)."""
    kwargs = ex.baseline()
    kwargs[name] = value
    try:
        with _deadline(3, name):
            return "accepted", _call(ex, kwargs)
    except ChumchonError as error:
        return "refused", error
    except HangError:
        return "hung", None
    except Exception as error:
        return "crashed", error


def _equivalents(param: Param, example_value: object) -> dict[str, tuple[object, object]]:
    """Pairs of one value in two forms that must be accepted or refused alike: label -> (form, plain)."""
    pairs: dict[str, tuple[object, object]] = {}
    value = example_value
    if param.kind in ("money", "number", "int") and not isinstance(value, bool):
        if isinstance(value, (int, Decimal)):
            pairs["thai_digits"] = (to_thai_digits(str(value)), str(value))
        if isinstance(value, int):
            pairs["numpy_int"] = (np.int64(value), value)
        if isinstance(value, float):
            pairs["numpy_float"] = (np.float64(value), value)
    if param.kind == "date" and isinstance(value, date) and not isinstance(value, datetime):
        pairs["iso_text"] = (value.isoformat(), value)
        pairs["datetime"] = (datetime(value.year, value.month, value.day, 9, 30), value)
    if param.kind == "enum" and isinstance(value, enum.Enum):
        pairs["enum_value"] = (value.value, value)
        pairs["enum_name"] = (value.name.upper(), value)
    if param.optional and param.kind in ("money", "number", "int", "date", "enum", "text", "flag"):
        pairs["na_as_none"] = (pd.NA, None)  # a missing cell of a DataFrame, where None is allowed
    return pairs


# --- the registry of public callables ---------------------------------------------------------------------------

EXEMPT: dict[str, str] = {
    "chumchon.money.in_decimal_context": "a decorator for library code, applied at import time; its behaviour is "
    "tested in test_no_global_state through every decorated calculation",
    "chumchon.money.plain_scalar": "takes any value and never raises: a NumPy or pandas scalar becomes the plain "
    "value it holds, anything else is returned unchanged; tested in tests/test_checks.py",
    "chumchon.messages.Language": "a typing alias (Literal), not callable at run time",
    "chumchon.excel.CellValue": "a typing alias (Any, xlwings' pass-through converter), not a function",
    "chumchon.tables.ColumnKind": "a typing alias (Literal), not callable at run time",
    "chumchon.tables.MoneyDtype": "a typing alias (Literal), not callable at run time",
    "chumchon.tables.Tabular": "a mixin with no constructor arguments; its methods are tested through results",
    "chumchon.assessment.fhc": "a module (re-exported), not a callable",
    "chumchon.assessment.ssg": "a module (re-exported), not a callable",
    "chumchon.assessment.kkkj_health": "a module (re-exported), not a callable",
    "chumchon.loans.kkkj.Regulation": "built only from Parameters; overrides go through Regulation.override, "
    "whose inputs are Parameter objects covered by chumchon.rules.Parameter",
    "chumchon.loans.kkkj.TrainingCase": "a record of built-in training data; the pool walks it as a result",
    "chumchon.rules.Registry": "built by Registry.from_documents, whose bad data is tested in tests/test_registry.py",
    "chumchon.rules.Instrument": "a record the registry builds from data (bad data: tests/test_registry.py)",
    "chumchon.rules.Rule": "a record the registry builds from data (bad data: tests/test_registry.py)",
    "chumchon.rules.all_parameters": "takes no input",
    "chumchon.rules.default_registry": "takes no input",
    "chumchon.rules.instruments": "takes no input",
    "chumchon.rules.rule_codes": "takes no input",
}


def _exempt_by_kind(obj: object) -> bool:
    """Exception classes (tests/test_errors.py), enums (a closed set, tested where an argument takes one) and
    constants take no input."""
    if isinstance(obj, type) and issubclass(obj, (BaseException, enum.Enum)):
        return True
    return not callable(obj) or isinstance(obj, enum.Enum)


def _public_callables() -> dict[str, object]:
    found: dict[str, object] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if not _exempt_by_kind(obj):
                found[f"{module_name}.{name}"] = obj
    return found


def _result_classes() -> dict[str, type]:
    """Public attrs classes without an example call: records the library builds (a lighter check below)."""
    covered = {ex.call for ex in EXAMPLES.values()}
    return {
        name: obj
        for name, obj in _public_callables().items()
        if isinstance(obj, type)
        and (attrs.has(obj) or hasattr(obj, "_fields"))
        and obj not in covered
        and name not in EXEMPT
    }


ALL_PARAMS = [p for name, ex in EXAMPLES.items() for p in _params(name, ex)]


def test_every_public_module_is_walked() -> None:
    found = {
        f"chumchon.{m.name}"
        for m in pkgutil.iter_modules(chumchon.__path__)
        if not m.name.startswith("_") and m.name != "__main__"
    }
    walked = {".".join(m.split(".")[:2]) for m in PUBLIC_MODULES}
    assert sorted(found - walked) == sorted(OTHER_ENTRY_POINTS)


def test_every_public_callable_has_an_example_or_is_a_result_record() -> None:
    covered = {ex.call for ex in EXAMPLES.values()}
    results = set(_result_classes().values())
    missing = [
        name
        for name, obj in _public_callables().items()
        if obj not in covered and obj not in results and name not in EXEMPT
    ]
    assert missing == [], f"public callables without an example call or a reasoned exemption: {missing}"


def test_every_result_class_has_a_real_instance() -> None:
    pooled = instances()
    assert [n for n, c in _result_classes().items() if c not in pooled] == []


def test_every_example_is_valid() -> None:
    for name, ex in EXAMPLES.items():
        with _deadline(5, name):
            _call(ex, ex.baseline())


def test_the_generated_cases_reach_every_parameter_the_examples_name() -> None:
    # Every argument of every example call is a parameter the test varies (nothing silently skipped).
    reached = {(p.callable_name, p.name) for p in ALL_PARAMS}
    named = {(name, arg) for name, ex in EXAMPLES.items() for arg in ex.baseline()}
    assert sorted(named - reached) == []


# --- where the generic rules do not fit ------------------------------------------------------------------------
# Each entry is a (callable, parameter) the generic cases cannot judge, with the reason. Strict: an entry that
# starts passing fails the suite, so the list only ever shrinks to what is still true.

JSON_ANY = (
    "dumps takes any JSON value and json.dumps' indent as given; typed object, read here as its example"
)

KNOWN: dict[str, str] = {
    "jsontext.dumps:data": JSON_ANY,  # bad_thai_date,bad_thai_digits,bad_thai_words,huge_int,negative,none,true
    "jsontext.dumps:indent": JSON_ANY,  # bad_thai_date,bad_thai_digits,bad_thai_words,empty_text,garbage_text,huge_int,huge_text,na_as_none,true
}


def _problems(param: Param) -> list[str]:
    ex = EXAMPLES[param.callable_name]
    problems = []
    bad = {**HOSTILE, **ex.extra_bad.get(param.name, {})}
    for label, value in bad.items():
        outcome, detail = _outcome(ex, param.name, value)
        must_refuse = label in param.must_refuse or label not in HOSTILE
        if ex.excel and param.optional and label == "empty_text":
            must_refuse = (
                False  # in a sheet, "" (what a formula gives for a blank) is an empty cell: the default
            )
        if outcome == "crashed":
            problems.append(f"{label}: {type(detail).__name__}: {detail}"[:200])
        elif outcome == "hung":
            problems.append(f"{label}: did not finish in 3 s")
        elif outcome == "accepted" and must_refuse:
            problems.append(f"{label}: accepted, returned {detail!r}"[:200])
    example_value = ex.baseline().get(param.name)
    for label, (form, plain) in _equivalents(param, example_value).items():
        one, two = _outcome(ex, param.name, form)[0], _outcome(ex, param.name, plain)[0]
        if one != two:
            problems.append(f"{label}: {form!r} was {one} but {plain!r} was {two}")
    return problems


def _param_id(param: Param) -> str:
    return f"{param.callable_name.removeprefix('chumchon.')}:{param.name}"


def _marked(param: Param) -> Any:
    reason = KNOWN.get(_param_id(param))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(param, id=_param_id(param), marks=marks)


def test_known_findings_name_real_parameters() -> None:
    assert sorted(set(KNOWN) - {_param_id(p) for p in ALL_PARAMS}) == []


@pytest.mark.parametrize("param", [_marked(p) for p in ALL_PARAMS])
def test_hostile_values_are_refused_with_a_chumchon_error(param: Param) -> None:
    problems = _problems(param)
    assert problems == [], (
        f"{param.callable_name}({param.name}: {param.annotation}, {param.kind}): " + "; ".join(problems)
    )


# --- result records: constructors take anything or raise a ChumchonError, nothing else -------------------------

_RESULT_VALUES = {"none": None, "nan": Decimal("NaN"), "object": object()}


@pytest.mark.parametrize("name", sorted(_result_classes()))
def test_result_record_constructor_raises_nothing_but_chumchon_errors(name: str) -> None:
    cls = _result_classes()[name]
    instance = instances()[cls]
    if attrs.has(cls):
        baseline = {f.alias: getattr(instance, f.name) for f in attrs.fields(cls) if f.init}
    else:
        baseline = instance._asdict()
    problems = []
    for key in baseline:
        for label, value in _RESULT_VALUES.items():
            try:
                cls(**{**baseline, key: value})
            except ChumchonError:
                pass
            except Exception as error:
                problems.append(f"{key}={label}: {type(error).__name__}: {error}"[:160])
    assert problems == []
