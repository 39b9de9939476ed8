from __future__ import annotations

from datetime import date

import pytest

from chumchon.errors import InvalidInputError
from chumchon.loans import LoanTerms, Payment, apply_payments, build_schedule
from chumchon.plots import plot_allocation, plot_balance
from chumchon.savings.examples import training_group


def _schedule():  # type: ignore[no-untyped-def]
    terms = LoanTerms.from_monthly_percent(1, principal=12000, installments=6, disbursed_on=date(2026, 1, 15))
    return build_schedule(terms)


def test_balance_plot_follows_the_schedule() -> None:
    schedule = _schedule()
    figure = plot_balance(schedule, language="en")
    _days, ys = figure.axes[0].lines[0].get_data()
    assert list(ys) == [12000.0, *(float(i.balance) for i in schedule.installments)]
    assert ys[-1] == 0.0
    assert figure.axes[0].get_ylabel() == "baht"


def test_balance_plot_accepts_a_loan_status_and_thai_labels() -> None:
    schedule = _schedule()
    status = apply_payments(
        schedule, [Payment(date(2026, 2, 15), schedule.installments[0].payment)], date(2026, 3, 1)
    )
    figure = plot_balance(status)
    assert figure.axes[0].get_title() == "เงินต้นคงเหลือ"


def test_allocation_plot_has_one_bar_per_line() -> None:
    close = training_group().close()
    figure = plot_allocation(close, language="en")
    bars = figure.axes[0].patches
    assert len(bars) == len(close.allocation.to_table().rows)
    assert round(sum(bar.get_width() for bar in bars), 2) == float(
        close.allocation.to_table().rows[0][2]
    ) + sum(float(r[2]) for r in close.allocation.to_table().rows[1:])


def test_plots_draw_into_given_axes() -> None:
    from matplotlib.figure import Figure

    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert plot_balance(_schedule(), ax=left) is figure
    assert plot_allocation(training_group().close(), ax=right) is figure
    assert len(left.lines) == 1
    assert len(right.patches) > 0


def test_balance_plot_of_a_custom_schedule() -> None:
    from chumchon.loans import build_custom_schedule

    schedule = build_custom_schedule(
        9000, date(2026, 1, 1), [(date(2026, 7, 1), 4000), (date(2027, 1, 1), 5000)]
    )
    _days, ys = plot_balance(schedule, language="en").axes[0].lines[0].get_data()
    assert list(ys) == [9000.0, 5000.0, 0.0]


@pytest.mark.parametrize("bad", [None, 5, "x", []])
def test_plots_refuse_other_objects(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        plot_balance(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        plot_allocation(bad)  # type: ignore[arg-type]
