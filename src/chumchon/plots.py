"""Pictures for notebooks and reports: a loan's balance over time, how a profit was allocated (แผนภาพ).

Each function returns a :class:`matplotlib.figure.Figure` (the optional ``plot`` extra:
``pip install 'chumchon[plot]'``). Figures are built directly, not through ``pyplot``, so chumchon never
touches matplotlib's global state or backend; in Jupyter, a returned figure shows itself.

Thai labels need a font with Thai glyphs (for example Loma or Garuda from Debian's ``fonts-thai-tlwg``, or
Noto Sans Thai); the figures ask for those first and fall back to matplotlib's default font, which has no Thai
glyphs. Pass ``language="en"`` where no Thai font is installed.

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule
>>> schedule = build_schedule(LoanTerms.from_monthly_percent(1, principal=12000, installments=6,
...                                                          disbursed_on=date(2026, 1, 15)))
>>> figure = plot_balance(schedule, language="en")
>>> figure.axes[0].get_title()
'Principal outstanding'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.messages import check_language

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from chumchon.loans import LoanStatus, Schedule
    from chumchon.savings import AnnualClose, ProfitAllocation

__all__ = ["plot_allocation", "plot_balance"]

_THAI_FONTS = ["Loma", "Garuda", "Noto Sans Thai", "Sarabun", "Norasi", "Tlwg Typist", "DejaVu Sans"]


def _axes(ax: Axes | None, width: float, height: float) -> Axes:
    """The caller's axes, or the axes of a new figure of the given size."""
    if ax is not None:
        return ax
    return _new_figure(width, height).add_subplot()


def _new_figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise ChumchonError(
            th="ต้องติดตั้ง matplotlib ก่อน: pip install 'chumchon[plot]'",
            en="matplotlib is not installed: pip install 'chumchon[plot]'",
        ) from None
    return Figure(figsize=(width, height), layout="constrained")


def _font(language: str) -> dict[str, Any]:
    return {"family": _THAI_FONTS} if language == "th" else {}


def plot_balance(loan: Schedule | LoanStatus, *, language: str = "th", ax: Axes | None = None) -> Figure:
    """A step chart of the principal outstanding after each instalment of a schedule (or a loan status's
    schedule), with the disbursement as the first point.

    Args:
        loan: a :class:`~chumchon.loans.Schedule`, or a :class:`~chumchon.loans.LoanStatus` (its schedule).
        language: ``"th"`` or ``"en"`` for the labels.
        ax: draw into these axes (e.g. one of ``pyplot.subplots()``) instead of a new figure.
    """
    lang = check_language(language)
    schedule: Any = getattr(loan, "schedule", loan)
    installments = getattr(schedule, "installments", None)
    if not installments:
        raise InvalidInputError(
            th="ต้องเป็นตารางผ่อนชำระหรือสถานะเงินกู้ที่มีงวดอย่างน้อยหนึ่งงวด",
            en="expected a loan schedule or loan status with at least one instalment",
            field="loan",
        )
    # A custom schedule (a กข.คจ. contract's own dates) has no terms: start from its first due date.
    terms = getattr(schedule, "terms", None)
    start_day: date = terms.disbursed_on if terms is not None else installments[0].due_date
    principal = sum(i.principal for i in installments)
    days = [start_day, *(i.due_date for i in installments)]
    balances = [float(principal), *(float(i.balance) for i in installments)]
    axes = _axes(ax, 7, 3.5)
    axes.step(days, balances, where="post", color="#1f6f8b")
    axes.fill_between(days, balances, step="post", alpha=0.15, color="#1f6f8b")
    font = _font(lang)
    axes.set_title("เงินต้นคงเหลือ" if lang == "th" else "Principal outstanding", fontdict=font)
    axes.set_ylabel("บาท" if lang == "th" else "baht", fontdict=font)
    axes.set_ylim(bottom=0)
    axes.grid(alpha=0.3)
    axes.tick_params(axis="x", labelrotation=30)
    return axes.figure  # type: ignore[return-value]


def plot_allocation(
    result: ProfitAllocation | AnnualClose, *, language: str = "th", ax: Axes | None = None
) -> Figure:
    """A horizontal bar chart of how a net profit was allocated, one bar per line, with its amount.

    Args:
        result: a :class:`~chumchon.savings.ProfitAllocation`, or an annual close (its allocation).
        language: ``"th"`` or ``"en"`` for the labels.
        ax: draw into these axes instead of a new figure.
    """
    lang = check_language(language)
    allocation = getattr(result, "allocation", result)
    table = allocation.to_table() if hasattr(allocation, "to_table") else None
    keys = [c.key for c in table.columns] if table is not None else []
    if table is None or not table.rows or "amount" not in keys:
        raise InvalidInputError(
            th="ต้องเป็นผลการจัดสรรกำไรที่มีอย่างน้อยหนึ่งรายการ",
            en="expected a profit allocation with at least one line",
            field="result",
        )
    body = table.to_rows(language=lang, header=False)
    amount = keys.index("amount")
    labels: Sequence[str] = [str(row[0]) for row in body]
    amounts = [float(row[amount]) for row in body]
    axes = _axes(ax, 7, 0.5 * len(labels) + 1.2)
    positions = list(range(len(labels)))
    axes.barh(positions, amounts, color="#3a7d44")
    font = _font(lang)
    axes.set_yticks(positions, labels, fontdict=font)
    axes.invert_yaxis()
    for y, width in zip(positions, amounts, strict=True):
        axes.annotate(f"{width:,.2f}", (width, y), xytext=(4, 0), textcoords="offset points", va="center")
    axes.set_title("การจัดสรรกำไรสุทธิ" if lang == "th" else "Allocation of net profit", fontdict=font)
    axes.set_xlabel("บาท" if lang == "th" else "baht", fontdict=font)
    axes.margins(x=0.2)
    return axes.figure  # type: ignore[return-value]
