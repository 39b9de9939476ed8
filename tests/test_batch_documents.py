"""Documents of the batch results (CloseBatch, ReportBatch, AssessmentBatch) and of their Columns.

Every document written here is also checked against its published schema by the real jsonschema package
(tests/conftest.py wraps to_mapping).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chumchon import schemas
from chumchon.assessment import AssessmentBatch, GroupFacts, assess_many, ssg
from chumchon.columns import Columns
from chumchon.errors import InvalidInputError, ParseError
from chumchon.jsontext import dumps, loads
from chumchon.loans.kkkj import TRAINING_CASE, ReportBatch, village_reports
from chumchon.mapping import from_data, json_schema, to_data
from chumchon.messages import Message
from chumchon.savings import CloseBatch, annual_close_many
from chumchon.savings.examples import training_group
from chumchon.tables import Column


def _batches() -> list[Any]:
    group = training_group()
    return [
        annual_close_many([(group.year, group.bylaws), (group.year, group.bylaws)], compact=True),
        village_reports([TRAINING_CASE.book, TRAINING_CASE.book], as_of=date(2026, 9, 30), compact=True),
        assess_many(ssg.RUBRIC, [GroupFacts(members=20, written_bylaws=True), GroupFacts()], compact=True),
    ]


@pytest.mark.parametrize("batch", _batches(), ids=lambda b: type(b).__name__)
def test_a_batch_document_rebuilds_an_equal_batch_through_json_text(batch: Any) -> None:
    document = batch.to_mapping()
    assert document["schema"] == type(batch).json_schema()["title"]
    assert "inputs" not in document  # kept in-process for full(i), never written (as never pickled)
    back = type(batch).from_mapping(loads(dumps(document)))
    assert back == batch
    assert schemas.read_document(loads(dumps(document))) == batch
    assert back.inputs is None
    with pytest.raises(InvalidInputError, match="carries no"):
        back.full(0)


def test_the_batch_schemas_are_published() -> None:
    names = schemas.schema_names()
    for cls in (CloseBatch, ReportBatch, AssessmentBatch):
        assert cls.json_schema()["title"] in names
    assert set(json_schema(CloseBatch)["properties"]) >= {"schema", "groups", "members"}
    assert "inputs" not in json_schema(CloseBatch)["properties"]


def test_a_batch_from_a_document_keeps_every_value_exactly() -> None:
    batch = _batches()[0]
    back = CloseBatch.from_mapping(loads(dumps(batch.to_mapping())))
    for key in batch.members.keys:
        assert [str(v) if isinstance(v, Decimal) else v for v in back.members.column(key)] == [
            str(v) if isinstance(v, Decimal) else v for v in batch.members.column(key)
        ]


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.text(max_size=8),
    st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2600, 12, 31)),
)
_VALUES = st.one_of(_SCALARS, st.tuples(_SCALARS, _SCALARS), st.lists(_SCALARS, max_size=3).map(tuple))


@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda width: st.lists(st.lists(_VALUES, min_size=width, max_size=width), max_size=5).map(
            lambda rows: (width, rows)
        )
    ),
    st.booleans(),
)
def test_any_columns_round_trip_exactly(shape: tuple[int, list[list[Any]]], titled: bool) -> None:
    width, rows = shape
    columns = tuple(Column(f"c{i}", f"ค{i}", f"C{i}") for i in range(width))
    table = Columns.from_rows(columns, rows, Message("ชื่อ", "title") if titled else None)
    data = loads(dumps(to_data(table, Columns)))
    back = from_data(Columns, data, "table")
    assert back == table
    assert [[repr(v) for v in col] for col in back.data] == [[repr(v) for v in col] for col in table.data]


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"columns": [], "data": [], "colour": 1}, "unknown field table.colour"),
        (
            {"columns": [{"key": "a", "th": "ก", "en": "A"}], "data": []},
            "table.data must be a list of 1 columns",
        ),
        (
            {"columns": [{"key": "a", "th": "ก", "en": "A"}] * 2, "data": [[1, 2], [1]]},
            "table.data[1] must be a list of values as long as the first column",
        ),
        (
            {"columns": [{"key": "a", "th": "ก", "en": "A"}], "data": [[{"decimal": "x"}]]},
            "table.data[0][0].decimal",
        ),
        ({"columns": [{"key": "a", "th": "ก", "en": "A"}], "data": [[[[1]]]]}, "table.data[0][0][0]"),
        (
            {"columns": [{"key": "a", "th": "ก", "en": "A", "kind": "colour"}], "data": [[]]},
            "table.columns[0].kind",
        ),
    ],
)
def test_malformed_columns_are_refused_naming_the_place(data: dict[str, Any], where: str) -> None:
    with pytest.raises(ParseError) as caught:
        from_data(Columns, data, "table")
    assert where in str(caught.value)


def test_a_column_value_without_a_json_form_is_an_internal_error() -> None:
    with pytest.raises(TypeError, match="no JSON form"):
        to_data(Columns.from_rows((Column("a", "ก", "A"),), [(object(),)]), Columns)


def test_a_field_left_out_of_equality_is_left_out_of_the_document() -> None:
    # The inputs a batch keeps for full(i) are not part of its value: not written, not in the schema.
    for cls in (CloseBatch, ReportBatch, AssessmentBatch):
        assert "inputs" not in json_schema(cls)["properties"]
    assert set(json_schema(ReportBatch)["required"]) >= {"villages", "accounts"}


def test_a_field_named_only_for_type_checkers_is_left_out() -> None:
    import attrs

    from chumchon.mapping import ResultMappable

    namespace: dict[str, Any] = {"Base": ResultMappable, "__name__": __name__}
    exec(  # a class whose last field names a class imported only for type checkers
        "from __future__ import annotations\n"
        "import attrs\n"
        "from decimal import Decimal\n"
        "@attrs.frozen\n"
        "class Kept(Base):\n"
        "    total: Decimal\n"
        "    source: NotImportedHere | None = attrs.field(default=None, eq=False)\n",
        namespace,
    )
    kept = namespace["Kept"]
    assert list(json_schema(kept)["properties"])[-1] == "total"
    assert kept.from_mapping(kept(Decimal("1.50")).to_mapping()) == kept(Decimal("1.50"))
    assert attrs.has(kept)


def test_check_fields_refuses_a_field_of_the_wrong_type() -> None:
    import attrs

    from chumchon.mapping import check_fields

    batch = _batches()[0]
    check_fields(batch)
    with pytest.raises(InvalidInputError, match=r"CloseBatch.groups must be Columns"):
        attrs.evolve(batch, groups=[])
