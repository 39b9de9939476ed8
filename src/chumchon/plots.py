"""Pictures for notebooks and reports: a loan's balance over time, how a profit was allocated (แผนภาพ).

Each function returns a :class:`matplotlib.figure.Figure` (the optional ``plot`` extra:
``pip install 'chumchon[plot]'``). Figures are built directly, not through ``pyplot``, so chumchon never
touches matplotlib's global state or backend; in Jupyter, a returned figure shows itself.

Thai labels need a font with Thai glyphs. The first installed of :data:`THAI_FONTS` (Noto Sans Thai, Sarabun,
or Loma, Garuda and the other fonts of Debian's ``fonts-thai-tlwg``) is chosen once, from matplotlib's list
of installed fonts, so matplotlib never searches and never prints ``findfont`` warnings. With no Thai font
installed the figures use English labels and say so once (a :class:`UserWarning`).

Dates on the axes are Thai month abbreviations with the Buddhist-era year (มี.ค. 2569; Mar 2026 in English);
amounts of baht have thousands separators (50,000).

>>> from datetime import date
>>> from chumchon.loans import LoanTerms, build_schedule
>>> schedule = build_schedule(LoanTerms.from_monthly_percent(1, principal=12000, installments=6,
...                                                          disbursed_on=date(2026, 1, 15)))
>>> figure = plot_balance(schedule, language="en")
>>> figure.axes[0].get_title()
'Principal outstanding'
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from chumchon.errors import ChumchonError, InvalidInputError
from chumchon.messages import check_language

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from chumchon.loans import LoanStatus, Schedule
    from chumchon.savings import AnnualClose, ProfitAllocation

__all__ = ["THAI_FONTS", "first_installed", "plot_allocation", "plot_balance", "thai_font"]

#: Fonts with Thai glyphs, in order of preference; the first one installed is used.
THAI_FONTS = (
    "Noto Sans Thai",
    "Sarabun",
    "Loma",
    "Garuda",
    "Waree",
    "Umpush",
    "Norasi",
    "Kinnari",
    "Tlwg Typo",
)
_warned_no_thai_font = False


def first_installed(candidates: Iterable[str], installed: Iterable[str]) -> str | None:
    """The first of ``candidates`` among the ``installed`` font families, or None.

    >>> first_installed(["Loma", "Garuda"], ["DejaVu Sans", "Garuda"])
    'Garuda'
    """
    available = set(installed)
    return next((name for name in candidates if name in available), None)


@functools.lru_cache(maxsize=1)
def thai_font() -> str | None:
    """The Thai font the figures use: the first of :data:`THAI_FONTS` matplotlib knows, looked up once."""
    from matplotlib import font_manager

    return first_installed(THAI_FONTS, (entry.name for entry in font_manager.fontManager.ttflist))


def _language(language: str) -> str:
    """The language the labels are drawn in: Thai only when a Thai font is installed (warned once)."""
    global _warned_no_thai_font
    lang = check_language(language)
    if lang == "th" and thai_font() is None:
        if not _warned_no_thai_font:
            _warned_no_thai_font = True
            warnings.warn(
                "no Thai font is installed (e.g. apt-get install fonts-thai-tlwg); the figures use English labels",
                UserWarning,
                stacklevel=3,
            )
        return "en"
    return lang


def _baht_axis(axis: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _position: f"{value:,.0f}"))


def _month_axis(axis: Any, first: date, last: date, language: str) -> None:
    """Month ticks, at most about eight, labelled มี.ค. 2569 (Thai) or Mar 2026 (English)."""
    from matplotlib import dates as mdates  # typed as Any below: its stubs differ between releases
    from matplotlib.ticker import FuncFormatter

    from chumchon.thai import thai_strftime

    months = (last.year - first.year) * 12 + last.month - first.month + 1
    dates: Any = mdates
    axis.set_major_locator(dates.MonthLocator(interval=max(1, math.ceil(months / 8))))

    def label(value: float, _position: object) -> str:
        day = dates.num2date(value).date()
        return thai_strftime(day, "%b %Y") if language == "th" else f"{day:%b} {day.year}"

    axis.set_major_formatter(FuncFormatter(label))


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
    # Only installed families are named, so matplotlib finds them without a search or a warning.
    font = thai_font()
    return {"family": [font, "DejaVu Sans"]} if language == "th" and font is not None else {}


def _label_fonts(axes: Axes, language: str) -> None:
    family = _font(language).get("family")
    if family is not None:
        axes.tick_params(labelfontfamily=family)


def plot_balance(loan: Schedule | LoanStatus, *, language: str = "th", ax: Axes | None = None) -> Figure:
    """A step chart of the principal outstanding after each instalment of a schedule (or a loan status's
    schedule), with the disbursement as the first point.

    Args:
        loan: a :class:`~chumchon.loans.Schedule`, or a :class:`~chumchon.loans.LoanStatus` (its schedule).
        language: ``"th"`` or ``"en"`` for the labels (English when no Thai font is installed).
        ax: draw into these axes (e.g. one of ``pyplot.subplots()``) instead of a new figure.
    """
    lang = _language(language)
    schedule: Any = getattr(loan, "schedule", loan)
    installments = getattr(schedule, "installments", None)
    if not installments:
        raise InvalidInputError(
            th="ต้องเป็นตารางผ่อนชำระหรือสถานะการชำระคืนที่มีงวดอย่างน้อยหนึ่งงวด",
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
    _month_axis(axes.xaxis, days[0], days[-1], lang)
    _baht_axis(axes.yaxis)
    _label_fonts(axes, lang)
    axes.tick_params(axis="x", labelrotation=30)
    return axes.figure  # type: ignore[return-value]


def plot_allocation(
    result: ProfitAllocation | AnnualClose, *, language: str = "th", ax: Axes | None = None
) -> Figure:
    """A horizontal bar chart of how a net profit was allocated, one bar per line, with its amount.

    Args:
        result: a :class:`~chumchon.savings.ProfitAllocation`, or an annual close (its allocation).
        language: ``"th"`` or ``"en"`` for the labels (English when no Thai font is installed).
        ax: draw into these axes instead of a new figure.
    """
    lang = _language(language)
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
    _baht_axis(axes.xaxis)
    _label_fonts(axes, lang)
    axes.margins(x=0.2)
    return axes.figure  # type: ignore[return-value]
