"""Scale beyond one process (issue 9): batch runs over a process pool equal the serial run.

The batch entry points are :func:`chumchon.savings.annual_close_many` and
:func:`chumchon.loans.kkkj.build_village_reports` with :func:`~chumchon.loans.kkkj.summarise_province`. Both
are lazy iterators in one process; across processes one maps the single-item function (``annual_close``) or a
chunk function over a :class:`concurrent.futures.ProcessPoolExecutor`. Inputs and results must pickle and the
results must equal the serial ones, in the same order.
"""

from __future__ import annotations

import functools
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest
from robustness_pool import province_books, province_groups, reports_of

from chumchon.loans import kkkj
from chumchon.savings import annual_close, annual_close_many

AS_OF = kkkj.TRAINING_CASE.report_date


@pytest.fixture(scope="module")
def executor() -> ProcessPoolExecutor:
    with ProcessPoolExecutor(max_workers=2) as pool:
        yield pool  # type: ignore[misc]


def test_annual_closes_over_processes_equal_the_serial_run(executor: ProcessPoolExecutor) -> None:
    pairs = province_groups(4)
    serial = list(annual_close_many(pairs))
    groups, bylaws = zip(*pairs, strict=True)
    parallel = list(executor.map(annual_close, groups, bylaws))
    assert parallel == serial
    assert [c.net_profit for c in parallel] == [c.net_profit for c in serial]
    assert len({c.net_profit for c in serial}) == 4  # the groups really differ


def test_village_reports_and_province_summary_over_processes_equal_the_serial_run(
    executor: ProcessPoolExecutor,
) -> None:
    books = province_books(6)
    serial = list(kkkj.build_village_reports(books, as_of=AS_OF))
    chunks = [books[i : i + 2] for i in range(0, len(books), 2)]
    parallel = [
        r for chunk in executor.map(functools.partial(reports_of, as_of=AS_OF), chunks) for r in chunk
    ]
    assert parallel == serial
    province = kkkj.summarise_province(parallel, province="ตัวอย่าง")
    assert province == kkkj.summarise_province(serial, province="ตัวอย่าง")
    assert province.total.total_fund == sum(r.figures.total_fund for r in serial)


def test_batch_inputs_and_results_pickle() -> None:
    pairs = province_groups(2)
    books = province_books(2)
    for obj in (pairs, books, list(annual_close_many(pairs)), reports_of(books, AS_OF)):
        assert pickle.loads(pickle.dumps(obj)) == obj


def test_an_error_in_a_worker_arrives_as_the_same_chumchon_error(executor: ProcessPoolExecutor) -> None:
    from chumchon.errors import InvalidInputError

    books = province_books(2)
    with pytest.raises(InvalidInputError) as info:
        list(executor.map(functools.partial(reports_of, as_of=AS_OF), [books, [object()]]))  # type: ignore[list-item]
    assert info.value.field == "books"
    assert "VillageBook" in info.value.en
