"""Scale beyond one process (issues 9 and 19): batch runs over a process pool or Dask equal the serial run.

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
from decimal import Decimal

import pytest
from robustness_pool import province_books, province_groups, reports_of

from chumchon.assessment import GroupFacts, assess, assess_many, ssg
from chumchon.columns import Columns
from chumchon.loans import kkkj
from chumchon.savings import CloseBatch, GroupYear, annual_close, annual_close_many
from chumchon.savings.examples import training_group

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
    assert info.value.field == "books[0]"
    assert "VillageBook" in info.value.en


def compact_inputs(groups: int) -> list[tuple[dict[str, object], object]]:
    """The training group's year as the compact input of a batch (its members as Columns), varied per group."""
    t = training_group()
    members = {
        "member_id": tuple(m.member_id for m in t.year.members),
        "opening_balance": tuple(m.opening_balance for m in t.year.members),
        "monthly": tuple(m.monthly for m in t.year.members),
        "interest_paid": tuple(m.interest_paid for m in t.year.members),
        "missed_installment": tuple(m.missed_installment for m in t.year.members),
        "member_type": tuple(m.member_type for m in t.year.members),
        "left_month": tuple(m.left_month for m in t.year.members),
        "name": tuple(m.name for m in t.year.members),
    }
    return [
        (
            {
                "fiscal_year_start": t.year.fiscal_year_start,
                "members": Columns.from_mapping(members),
                "fines": t.year.fines,
                "entry_fees": t.year.entry_fees,
                "bank_interest": Decimal("100.25") * k,
                "expenses": t.year.expenses,
                "funds_opening": t.year.funds_opening,
                "name": f"กลุ่ม {k}",
            },
            t.bylaws,
        )
        for k in range(groups)
    ]


def test_compact_closes_over_processes_equal_the_serial_per_group_closes(
    executor: ProcessPoolExecutor,
) -> None:
    pairs = compact_inputs(6)
    serial = [annual_close(GroupYear.from_columns(**group), bylaws) for group, bylaws in pairs]
    chunks = [pairs[i : i + 2] for i in range(0, len(pairs), 2)]
    parts = list(executor.map(functools.partial(annual_close_many, compact=True), chunks))
    assert all(part.inputs is None for part in parts)  # the inputs stayed in this process
    batch = CloseBatch.concat(parts).with_inputs([(GroupYear.from_columns(**g), b) for g, b in pairs])
    assert batch == annual_close_many(pairs, compact=True)
    assert [batch.full(i) for i in range(len(pairs))] == serial
    assert batch.groups.column("net_profit") == tuple(c.net_profit for c in serial)
    assert batch.members.column("group") == tuple(i for i, c in enumerate(serial) for _ in c.group.members)


def test_compact_village_reports_over_processes_give_the_serial_province_summary(
    executor: ProcessPoolExecutor,
) -> None:
    books = province_books(6)
    serial = kkkj.village_reports(books, as_of=AS_OF)
    chunks = [books[i : i + 2] for i in range(0, len(books), 2)]
    parts = list(executor.map(functools.partial(kkkj.village_reports, as_of=AS_OF, compact=True), chunks))
    batch = kkkj.ReportBatch.concat(parts)
    assert batch == kkkj.village_reports(books, as_of=AS_OF, compact=True)
    assert batch.summarise_province(province="ตัวอย่าง") == kkkj.summarise_province(serial, province="ตัวอย่าง")
    assert [batch.with_inputs(books, kkkj.B_E_2553).full(i) for i in range(len(books))] == serial


def test_the_dask_recipe_on_a_local_cluster_equals_the_serial_run() -> None:
    """The scale guide's Dask recipe on a real dask.distributed LocalCluster of two worker processes."""
    distributed = pytest.importorskip("distributed")
    pairs = compact_inputs(4)
    books = province_books(4)
    facts = [GroupFacts(members=20 + k, meetings=12 - k, written_bylaws=True) for k in range(4)]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="512MiB"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        close_chunk = functools.partial(annual_close_many, compact=True)
        report_chunk = functools.partial(kkkj.village_reports, as_of=AS_OF, compact=True)
        closes = client.gather(client.map(close_chunk, [pairs[:2], pairs[2:]]))
        reports = client.gather(client.map(report_chunk, [books[:2], books[2:]]))
        rubric = client.scatter(ssg.RUBRIC, broadcast=True)
        assessed = client.gather(client.map(assess, [rubric] * len(facts), facts))
    batch = CloseBatch.concat(closes)
    assert batch == annual_close_many(pairs, compact=True)
    assert batch.groups.column("net_profit") == tuple(
        annual_close(GroupYear.from_columns(**g), b).net_profit for g, b in pairs
    )
    province = kkkj.ReportBatch.concat(reports).summarise_province(province="ตัวอย่าง")
    assert province == kkkj.summarise_province(kkkj.village_reports(books, as_of=AS_OF), province="ตัวอย่าง")
    assert assessed == assess_many(ssg.RUBRIC, facts)
