"""AccountFigures.from_rows / from_csv_rows: the account register as district systems keep it."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from chumchon.errors import ParseError
from chumchon.loans.kkkj import AccountFigures
from chumchon.loans.kkkj._account_rows import ACCOUNT_COLUMNS

THAI_CSV = (
    "เลขที่สัญญา,รหัสครัวเรือน,ลูกหนี้คงเหลือ,ชำระคืนในปีนี้,ค้างชำระ,จำนวนวันค้างชำระ\n"
    'K-01,H-07,"๑๒,๐๐๐.๕๐",๓๐๐๐,0,\n'
    ",,,,,\n"
    "K-02,H-08,2000,0,2000,๔๕\n"
)


def test_thai_headers_and_digits_from_a_csv() -> None:
    accounts = AccountFigures.from_csv_rows(csv.reader(io.StringIO(THAI_CSV)))
    assert accounts == (
        AccountFigures(
            loan_id="K-01", household_id="H-07", outstanding="12000.50", repaid_this_year=3000, overdue=0
        ),
        AccountFigures(
            loan_id="K-02",
            household_id="H-08",
            outstanding=2000,
            repaid_this_year=0,
            overdue=2000,
            days_past_due=45,
        ),
    )
    assert accounts[0].outstanding == Decimal("12000.50") and accounts[0].days_past_due is None


def test_english_headers_from_mappings_and_a_dataframe() -> None:
    records = [
        {
            "Loan_ID": "K-01",
            "household_id": 7,
            "outstanding": 1500,
            "repaid_this_year": "500",
            "overdue": "0",
        },
        {"loan_id": "K-02", "household_id": "H-08", "outstanding": 0, "repaid_this_year": 0, "overdue": 0},
    ]
    accounts = AccountFigures.from_rows(records)
    assert [a.household_id for a in accounts] == ["7", "H-08"]
    frame = pd.DataFrame(
        {
            "เลขที่สัญญา": ["K-01", "K-02"],
            "รหัสครัวเรือน": ["H-07", "H-08"],
            "ลูกหนี้คงเหลือ": np.array([1500.5, 200.0]),
            "ชำระคืนในปีนี้": np.array([0, 100], dtype=np.int64),
            "ค้างชำระ": [0, 0],
            "จำนวนวันค้างชำระ": [np.nan, 30.0],
        }
    )
    from_frame = AccountFigures.from_rows(frame.to_dict("records"))
    assert [a.outstanding for a in from_frame] == [Decimal("1500.50"), Decimal("200.00")]
    assert [a.days_past_due for a in from_frame] == [None, 30]


def test_every_column_is_named_in_english_and_thai() -> None:
    keys = [key for key, _, _ in ACCOUNT_COLUMNS]
    assert keys == ["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue", "days_past_due"]
    from chumchon.cli import ACCOUNT_CSV_COLUMNS

    assert [key for key, _ in ACCOUNT_CSV_COLUMNS] == keys


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        ([], "no header"),
        (["loan_id"], "no header"),
        (
            [["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue", "colour"]],
            "row 1: unknown column",
        ),
        (
            [["loan_id", "household_id", "outstanding"]],
            "row 1: the header row needs repaid_this_year, overdue",
        ),
        (
            [
                ["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue"],
                ["K", "H", "1", "0", "0", "9"],
            ],
            "row 2: 6 cells",
        ),
        (
            [
                ["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue"],
                ["K", "H", "หนึ่ง", "0", "0"],
            ],
            "row 2: 'outstanding'",
        ),
        (
            [
                ["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue"],
                ["K", "", "1", "0", "0"],
            ],
            "row 2: household_id is required",
        ),
        (
            [
                ["loan_id", "household_id", "outstanding", "repaid_this_year", "overdue"],
                ["K", "H", "1", "0", "5"],
            ],
            "row 2:",
        ),
    ],
)
def test_bad_tables_name_the_row(rows: list[object], needle: str) -> None:
    with pytest.raises(ParseError) as caught:
        AccountFigures.from_csv_rows(rows)  # type: ignore[arg-type]
    assert needle in str(caught.value)


def test_bad_mappings_name_the_row() -> None:
    with pytest.raises(ParseError, match="row 2: each row must be a mapping"):
        AccountFigures.from_rows([{"loan_id": ""}, ["K", "H"]])  # type: ignore[list-item]
    with pytest.raises(ParseError, match="row 1: unknown column"):
        AccountFigures.from_rows([{"loan": "K"}])
    assert AccountFigures.from_rows([{"loan_id": "  ", "overdue": None}]) == ()
