from __future__ import annotations

from decimal import Decimal
from html.parser import HTMLParser

import pytest

from chumchon.errors import InvalidInputError
from chumchon.messages import Message
from chumchon.tables import Column, Table, Tabular, format_cell

TABLE = Table(
    columns=(
        Column("member", "สมาชิก", "Member"),
        Column("amount", "จำนวนเงิน", "Amount", kind="money"),
        Column("rate", "อัตรา", "Rate", kind="rate"),
        Column("ok", "ผ่าน", "Passed", kind="bool"),
    ),
    rows=[("<ก>", Decimal("1234567.5"), Decimal("0.057"), True), ("ข", 0, Decimal("0.15"), None)],
    title=Message(th="ตัวอย่าง", en="Example"),
)


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._in = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._in = tag in ("td", "th")

    def handle_data(self, data: str) -> None:
        if self._in:
            self.cells.append(data)
            self._in = False


def test_rows_keep_plain_values_and_headers_by_language() -> None:
    assert TABLE.to_rows(language="en")[0] == ["Member", "Amount", "Rate", "Passed"]
    assert TABLE.to_rows(header=False)[0] == ["<ก>", Decimal("1234567.5"), Decimal("0.057"), True]


def test_html_is_escaped_and_formatted() -> None:
    parser = _Cells()
    parser.feed(TABLE.to_html(digits="thai"))
    assert parser.cells[:4] == ["สมาชิก", "จำนวนเงิน", "อัตรา", "ผ่าน"]
    assert parser.cells[4:8] == ["<ก>", "๑,๒๓๔,๕๖๗.๕๐", "๕.๗๐%", "ใช่"]
    assert "&lt;ก&gt;" in TABLE.to_html()


def test_text_aligns_numbers_right() -> None:
    lines = TABLE.to_text(language="en").splitlines()
    assert lines[0] == "Example"
    assert lines[2].split() == ["<ก>", "1,234,567.50", "5.70%", "yes"]
    assert lines[3].split() == ["ข", "0.00", "15.00%", "-"]
    # money is right-aligned: both amounts end in the same column
    assert lines[2].index("1,234,567.50") + len("1,234,567.50") == lines[3].index("0.00") + len("0.00")


def test_rows_localise_bilingual_cells() -> None:
    table = Table(columns=(Column("x", "ก", "X"),), rows=[(Message(th="ผ่าน", en="passed"),)])
    assert table.to_rows(language="en") == [["X"], ["passed"]]
    assert table.to_rows(header=False) == [["ผ่าน"]]
    assert table.to_dataframe(language="en")["X"][0] == "passed"


def test_select_keeps_named_columns_in_order() -> None:
    picked = TABLE.select("amount", "member")
    assert picked.to_rows(language="en")[0] == ["Amount", "Member"]
    assert picked.rows[0] == (Decimal("1234567.5"), "<ก>")
    assert picked.title == TABLE.title
    with pytest.raises(InvalidInputError, match="no column"):
        TABLE.select("nope")
    with pytest.raises(InvalidInputError):
        TABLE.select()


def test_format_cell_kinds() -> None:
    assert format_cell(Decimal("5"), "percent") == "5.00%"
    assert format_cell(1234, "int") == "1,234"
    assert format_cell(Message(th="ก", en="a"), "text", language="en") == "a"
    with pytest.raises(InvalidInputError, match="digits"):
        format_cell(1, "int", digits="roman")


def test_bad_rows_and_dataframe() -> None:
    with pytest.raises(InvalidInputError, match="columns"):
        Table(columns=(Column("a", "ก", "A"),), rows=[(1, 2)])
    frame = TABLE.to_dataframe(language="en")
    assert list(frame.columns) == ["Member", "Amount", "Rate", "Passed"]
    assert frame["Amount"][0] == Decimal("1234567.5")


def test_tabular_mixin_delegates() -> None:
    class Result(Tabular):
        def to_table(self) -> Table:
            return TABLE

    result = Result()
    assert result.to_rows() == TABLE.to_rows()
    assert result._repr_html_() == TABLE.to_html()
    assert result.to_text() == TABLE.to_text()
    assert len(result.to_dataframe()) == 2
    with pytest.raises(NotImplementedError):
        Tabular().to_table()


def test_tables_refuse_malformed_parts() -> None:
    with pytest.raises(InvalidInputError, match="column kind"):
        Column("a", "ก", "A", kind="currency")  # type: ignore[arg-type]
    for columns in (None, {"a": 1}, [1], "abc"):
        with pytest.raises(InvalidInputError, match="columns"):
            Table(columns=columns, rows=[])  # type: ignore[arg-type]
    for rows in (None, 5, "abc", {"a": 1}, ["ab"], [5]):
        with pytest.raises(InvalidInputError, match="row"):
            Table(columns=(Column("a", "ก", "A"),), rows=rows)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="column kind"):
        format_cell(1, "currency")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="language"):
        format_cell(1, "int", language="fr")


# --- numeric DataFrames, two-place money, aligned HTML, reports (issue: Thai output a reader trusts) -------


def test_dataframe_money_is_an_exact_arrow_decimal_and_sums() -> None:
    import pandas as pd
    import pyarrow as pa

    from chumchon.savings.examples import training_group

    close = training_group().close()
    frame = close.to_dataframe(language="en")
    money = frame["Dividend"]
    assert money.dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert Decimal(str(money.sum())) == Decimal("4206.00")  # the dividend line of the allocation, exactly
    floats = close.to_dataframe(language="en", money="float")
    assert floats["Dividend"].dtype == "float64"
    assert floats["Dividend"].sum() == pytest.approx(float(money.sum()))
    assert frame["Type"].tolist()[0] == "ordinary"


def test_dataframe_other_kinds_are_typed_and_missing_cells_are_missing() -> None:
    table = Table(
        columns=[
            Column("n", "จำนวน", "N", "int"),
            Column("r", "อัตรา", "Rate", "rate"),
            Column("ok", "ผ่าน", "OK", "bool"),
            Column("m", "เงิน", "Money", "money"),
        ],
        rows=[(1, Decimal("0.057"), True, Decimal("1")), (None, None, None, None)],
    )
    frame = table.to_dataframe(language="en")
    assert [str(t) for t in frame.dtypes] == ["Int64", "float64", "boolean", "decimal128(38, 2)[pyarrow]"]
    assert frame["N"].isna().tolist() == [False, True]
    with pytest.raises(InvalidInputError, match='money must be "decimal" or "float"'):
        table.to_dataframe(money="exact")  # type: ignore[arg-type]


def test_money_always_has_two_places() -> None:
    table = Table(columns=[Column("m", "เงิน", "Money", "money")], rows=[(Decimal("24000"),), (26750,)])
    assert table.to_rows(header=False) == [[Decimal("24000.00")], [Decimal("26750.00")]]
    assert [str(v) for [v] in table.to_rows(header=False)] == ["24000.00", "26750.00"]


def test_html_aligns_text_left_and_numbers_right() -> None:
    table = Table(
        columns=[Column("name", "ชื่อ", "Name"), Column("m", "เงิน", "Money", "money")], rows=[("ก", 1)]
    )
    html = table.to_html()
    assert '<th style="text-align:left">ชื่อ</th>' in html
    assert '<td style="text-align:left">ก</td><td style="text-align:right">1.00</td>' in html


def test_statement_prints_as_text_and_renders_as_html() -> None:
    from chumchon.savings.examples import training_group
    from chumchon.tables import Report

    close = training_group().close()
    statement = close.statement()
    assert isinstance(statement, Report)
    assert str(statement) == close.to_text()
    assert "กำไรสุทธิ" in statement
    html = statement._repr_html_()
    assert html.count("<table") == 5
    assert "&lt;" not in html.split("<table")[0]  # the heading is a paragraph, not an escaped string
    with pytest.raises(InvalidInputError):
        Report(["x"], language="fr")


def test_fuzzer_findings_in_tables_end_as_chumchon_errors() -> None:
    import decimal

    import numpy as np

    from chumchon.errors import ChumchonError

    with pytest.raises(InvalidInputError):
        format_cell(Decimal("sNaN"), "rate")  # it raised decimal.InvalidOperation
    for kind in ("money", "rate", "percent"):
        with pytest.raises(InvalidInputError):
            format_cell(Decimal("NaN"), kind)
    table = Table(columns=(Column("r", "อัตรา", "Rate", "rate"),), rows=[[Decimal("0.0571234")]])
    with decimal.localcontext() as ctx:  # what a cell shows never depends on the caller's context
        ctx.prec = 1
        ctx.traps[decimal.Rounded] = True
        ctx.traps[decimal.Inexact] = True
        assert format_cell(Decimal("0.0571234"), "rate") == "5.71%"  # it gave '6.00%' or raised Rounded
        assert table.formatted_rows() == [["5.71%"]]
        assert "5.71%" in table.to_text() and "5.71%" in table.to_html()
    with pytest.raises(InvalidInputError) as info:
        table.select([])  # type: ignore[arg-type]  # it raised TypeError (unhashable)
    assert info.value.field == "keys"
    for bad in (np.array(["th", "en"]), np.array("th")):
        with pytest.raises(ChumchonError):
            format_cell(1, "int", language=bad)  # type: ignore[arg-type]  # NumPy's ambiguous truth value
        with pytest.raises(ChumchonError):
            table.to_text(digits=bad)  # type: ignore[arg-type]
        with pytest.raises(ChumchonError):
            table.to_dataframe(money=bad)  # type: ignore[arg-type]
