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


# --- fonts, ticks and warnings: the plots as a notebook draws them ---------------------------------------


def _draw(figure) -> bytes:  # type: ignore[no-untyped-def]
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80)  # drawing lays out every text and looks its font up
    return buffer.getvalue()


def test_a_notebook_drawing_both_plots_prints_no_font_warning(caplog: pytest.LogCaptureFixture) -> None:
    import logging
    import warnings

    from chumchon.plots import thai_font

    if thai_font() is None:
        pytest.skip("no Thai font installed (apt-get install fonts-thai-tlwg; .ci/run installs it)")
    caplog.set_level(logging.DEBUG, logger="matplotlib")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):  # a notebook redraws: still silent
            _draw(plot_balance(_schedule()))
            _draw(plot_allocation(training_group().close()))
    assert [str(w.message) for w in caught] == []
    assert [
        r.getMessage()
        for r in caplog.records
        if "findfont" in r.getMessage() and r.levelno >= logging.WARNING
    ] == []


def test_balance_ticks_are_thai_months_and_baht_with_separators() -> None:
    figure = plot_balance(_schedule())
    _draw(figure)
    axes = figure.axes[0]
    months = [t.get_text() for t in axes.get_xticklabels()]
    amounts = [t.get_text() for t in axes.get_yticklabels()]
    assert "ก.พ. 2569" in months  # the first due date, 15 February 2026
    assert all(m.split()[-1].startswith("25") for m in months if m)
    assert "10,000" in amounts
    english = plot_balance(_schedule(), language="en")
    _draw(english)
    assert "Feb 2026" in [t.get_text() for t in english.axes[0].get_xticklabels()]


def test_allocation_axis_has_thousands_separators() -> None:
    figure = plot_allocation(training_group().close(), language="en")
    _draw(figure)
    assert any("," in t.get_text() for t in figure.axes[0].get_xticklabels())


def test_without_a_thai_font_labels_are_english_and_warned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from chumchon import plots

    monkeypatch.setattr(plots, "thai_font", lambda: None)
    monkeypatch.setattr(plots, "_warned_no_thai_font", False)
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = plot_balance(_schedule())
        second = plot_allocation(training_group().close())
    assert [str(w.message)[:16] for w in caught] == ["no Thai font is "]  # once, not once a figure
    assert caught[0].category is UserWarning
    assert first.axes[0].get_title() == "Principal outstanding"
    assert second.axes[0].get_title() == "Allocation of net profit"


def test_first_installed_font() -> None:
    from chumchon.plots import THAI_FONTS, first_installed

    assert first_installed(THAI_FONTS, ["DejaVu Sans"]) is None
    assert first_installed(THAI_FONTS, ["Garuda", "Loma"]) == "Loma"
