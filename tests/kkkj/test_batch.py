"""Batch village reports: ReportBatch (issue 19); equality with the plain path is in
tests/property/test_batch_properties.py."""

from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import kkkj

CASE = kkkj.TRAINING_CASE


def books() -> list[kkkj.VillageBook]:
    return [
        attrs.evolve(CASE.book, village=attrs.evolve(CASE.village, village_id=f"V{k}", district=f"อ{k % 2}"))
        for k in range(3)
    ]


def test_report_batch_rows_summary_and_full_reports() -> None:
    found = books()
    reports = kkkj.village_reports(found, as_of=CASE.report_date)
    batch = kkkj.village_reports(found, as_of=CASE.report_date, compact=True)
    assert repr(batch) == "<ReportBatch 3 villages, 9 accounts>"
    assert batch.villages.column("total_fund") == tuple(r.figures.total_fund for r in reports)
    assert batch.summarise_province(province="ตัวอย่าง") == kkkj.summarise_province(reports, province="ตัวอย่าง")
    sent = pickle.loads(pickle.dumps(batch))
    assert sent == batch and sent.inputs is None
    with pytest.raises(InvalidInputError, match="carries no books"):
        sent.full(0)
    with pytest.raises(InvalidInputError, match="3 villages, not 1 books"):
        sent.with_inputs(found[:1], kkkj.B_E_2553)
    assert sent.with_inputs(found, kkkj.B_E_2553).full(2) == reports[2]
    joined = kkkj.ReportBatch.concat([batch, batch])
    assert joined.full(5) == reports[2] and joined.accounts.column("village")[-1] == 5
    assert kkkj.ReportBatch.concat([batch, sent]).inputs is None
    with pytest.raises(InvalidInputError, match="no parts"):
        kkkj.ReportBatch.concat([])


def test_a_province_summary_needs_reports_on_one_date() -> None:
    found = books()
    empty = kkkj.village_reports([], as_of=CASE.report_date, compact=True)
    with pytest.raises(InvalidInputError, match="no reports"):
        empty.summarise_province(province="ตัวอย่าง")
    mixed = kkkj.ReportBatch.concat(
        [
            kkkj.village_reports(found[:1], as_of=CASE.report_date, compact=True),
            kkkj.village_reports(found[1:], as_of=date(2026, 6, 30), compact=True),
        ]
    )
    with pytest.raises(InvalidInputError, match="same date"):
        mixed.summarise_province(province="ตัวอย่าง")
