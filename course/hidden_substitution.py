"""Hidden substitution (effect 1 of the essay): how much of the work AI took over has nobody noticed?

The essay's first effect starts from two cases in which organisations used AI instead of people
without saying so, and asks how many jobs or tasks AI can take over unnoticed. This model follows
a steady stream of such substitutions and counts how many of them are known.

Each month, ``per_month`` substitutions of human work by AI start (a task, a role or a production
that people used to do). Each one, independently of the others:

1. is disclosed when it starts, with probability ``disclosed``; then it is observed at once;
2. if it is not disclosed, comes to light at the end of each month it runs (its first month
   included) with probability ``discovery``: found by a journalist, a listener, a leak, or told
   later by the organisation itself.

So the months an undisclosed substitution stays hidden follow a geometric distribution on
1, 2, 3, ...: ``P(W = k) = (1 - q)**(k - 1) * q``, with mean ``1 / q`` (``q`` is ``discovery``).
Read the other way round, a case that stayed hidden ``m`` months implies ``q = 1 / m``
(:func:`implied_discovery`).

The closed form. After ``t`` months, ``per_month * t`` substitutions have started. One that
started ``j`` months ago (its own month counted) is still hidden with probability
``p_j = (1 - d) * (1 - q)**j`` (``d`` is ``disclosed``), so the expected hidden count is::

    hidden(t) = per_month * (1 - d) * sum((1 - q)**j for j in 1..t)
              = per_month * (1 - d) * (1 - q) * (1 - (1 - q)**t) / q
    observed(t) = per_month * t - hidden(t)

Because the substitutions are independent, the hidden count varies around that mean with variance
``per_month * sum(p_j * (1 - p_j) for j in 1..t)``. In the long run the hidden count settles at
``per_month * (1 - d) * (1 - q) / q``, where as many come to light each month as start hidden.
(Counts are taken at the end of each month, so an undisclosed one that comes to light after
``W`` months counts as hidden at ``W - 1`` month-ends: ``1 / q - 1`` on average.) The observed
count then runs ``(1 - d) * (1 - q) / q`` months behind the true count. :func:`simulate` draws the same process at random (seeded), and the tests check
that its average agrees with the closed form.

What the model simplifies:

- The same number of substitutions starts every month: no growth of adoption.
- Every substitution is alike and independent. The chance of coming to light is the same every
  month (a case hidden for a year is as likely to come out next month as a new one), and one
  revelation does not set off a search for others.
- "Comes to light" lumps together outside detection and late disclosure by the organisation
  itself (Microsoft revealed its own ad).
- Observed means known to someone who can tell. It is not the same as counted in an official
  statistic, which may never count it at all.

Where each default comes from: the ``source`` of every field of :class:`Substitutions`, shown as a
table by :func:`assumptions`. The cases behind the calibration are in
``course/data/hidden_substitution_cases.csv`` (:func:`cases`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

import numpy as np
import pandas as pd

from course import data, params
from course.params import param

COLUMNS = ("true", "observed", "hidden")
MAX_MONTHS = 600
MAX_DRAWS = 20_000_000  # runs x substitutions: about 0.5 GB of random numbers at most


@dataclass(frozen=True)
class Substitutions:
    """A stream of substitutions of human work by AI; bad values raise a ValueError that says why."""

    per_month: int = param(
        10, "illustrative", "substitutions of human work by AI that start each month"
    )
    disclosed: float = param(
        0.5,
        "illustrative",
        "share disclosed when they start (no figure exists; neither case was disclosed)",
    )
    discovery: float = param(
        1 / 3,
        "mint2025",
        "chance per month that an undisclosed one comes to light (Surface ad: revealed after about 3 months)",
    )

    def __post_init__(self):
        params.whole("per_month", self.per_month, minimum=1)
        params.share("disclosed", self.disclosed)
        params.share("discovery", self.discovery)


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative")."""
    return params.assumptions(Substitutions)


def _check_months(months) -> None:
    params.whole("months", months, minimum=1)
    if months > MAX_MONTHS:
        raise ValueError(f"months must be {MAX_MONTHS} or fewer (50 years), not {months}.")


def _sum_of_powers(discovery: float, t: np.ndarray, power: int = 1) -> np.ndarray:
    """``sum(r**j for j in 1..t)`` with ``r = (1 - discovery)**power``, for every ``t``.

    It is ``r * (1 - r**t) / (1 - r)``, written with log1p and expm1 so that it stays exact for a
    discovery chance close to 0, where ``1 - r`` would lose its digits.
    """
    if discovery == 0:
        return t.astype(float)
    if discovery == 1:
        return np.zeros(t.shape)
    log_r = power * math.log1p(-discovery)
    return math.exp(log_r) * (np.expm1(t * log_r) / math.expm1(log_r))


def expected(substitutions: Substitutions = Substitutions(), months: int = 36) -> pd.DataFrame:
    """The expected counts for month 0 to ``months``, from the closed form.

    Columns: ``true`` (substitutions started so far), ``observed`` (disclosed or come to light),
    ``hidden`` (the rest), ``hidden_share`` (hidden / true; NaN in month 0, when there are none
    yet) and ``hidden_sd`` (how much the hidden count varies between possible histories: its
    standard deviation).
    """
    _check_months(months)
    s = substitutions
    t = np.arange(months + 1)
    undisclosed = 1 - s.disclosed
    true = s.per_month * t.astype(float)
    hidden = s.per_month * undisclosed * _sum_of_powers(s.discovery, t)
    variance = s.per_month * (
        undisclosed * _sum_of_powers(s.discovery, t)
        - undisclosed**2 * _sum_of_powers(s.discovery, t, power=2)
    )
    share = np.divide(hidden, true, out=np.full(t.shape, np.nan), where=true > 0)
    return pd.DataFrame(
        {
            "true": true,
            "observed": true - hidden,
            "hidden": hidden,
            "hidden_share": share,
            "hidden_sd": np.sqrt(np.maximum(variance, 0)),  # max: rounding can leave -1e-16
        },
        index=pd.RangeIndex(months + 1, name="month"),
    )


def simulate(
    substitutions: Substitutions = Substitutions(), months: int = 36, runs: int = 1, seed: int = 0
) -> pd.DataFrame:
    """The hidden count in ``runs`` possible histories, drawn at random with ``seed``.

    A table with a row per run and a column per month (0 to ``months``). The same seed gives the
    same table. The average over many runs approaches :func:`expected`'s ``hidden`` column.
    """
    _check_months(months)
    params.whole("runs", runs, minimum=1)
    params.whole("seed", seed)
    s = substitutions
    start = np.repeat(np.arange(1, months + 1), s.per_month)  # the month each one starts
    if runs * start.size > MAX_DRAWS:
        raise ValueError(
            f"{runs} runs of {start.size} substitutions is too large a simulation: "
            "use fewer runs, fewer months or fewer substitutions per month."
        )
    rng = np.random.default_rng(seed)
    disclosed = rng.random((runs, start.size)) < s.disclosed
    if s.discovery > 0:
        # the check at which it comes to light: 1 is the end of its first month
        checks = np.minimum(rng.geometric(s.discovery, size=(runs, start.size)), months + 1)
    else:
        checks = np.full((runs, start.size), months + 1)  # never
    seen = np.minimum(
        np.where(disclosed, start, start - 1 + checks), months + 1
    )  # the month it is first known
    # Count per run how many are first known in each month (months + 1 collects "not yet").
    flat = (np.arange(runs)[:, None] * (months + 2) + seen).ravel()
    first_known = np.bincount(flat, minlength=runs * (months + 2)).reshape(runs, months + 2)[
        :, : months + 1
    ]
    observed = np.cumsum(first_known, axis=1)
    hidden = s.per_month * np.arange(months + 1) - observed
    return pd.DataFrame(
        hidden,
        index=pd.RangeIndex(runs, name="run"),
        columns=pd.RangeIndex(months + 1, name="month"),
    )


def months_to_discovery(discovery: float) -> float:
    """The months an undisclosed substitution stays hidden on average: ``1 / discovery``.

    ``math.inf`` when the chance is 0: then it never comes to light.
    """
    params.share("discovery", discovery)
    return math.inf if discovery == 0 else 1 / discovery


def implied_discovery(months_hidden) -> float:
    """The monthly chance of coming to light that cases hidden this long imply.

    ``months_hidden``: the months one case stayed hidden, or a list of them for several cases.
    With the same chance ``q`` every month, the best estimate (maximum likelihood) is the number
    of cases divided by the months they stayed hidden in total: one case hidden ``m`` months gives
    ``1 / m``. It assumes what the model assumes: a constant chance, and cases like the ones not
    yet found. Cases that are still hidden cannot be in the list, so the estimate leans high.
    """
    months = [months_hidden] if isinstance(months_hidden, Real) else list(months_hidden)
    if not months:
        raise ValueError("months_hidden must hold at least one case.")
    for m in months:
        params.number("months_hidden", m)
        if m < 1:
            raise ValueError(
                f"a case hidden {m} months does not fit the model, which checks at the end of "
                "each month: every undisclosed case stays hidden at least 1 month."
            )
    return len(months) / sum(months)


def lag_months(substitutions: Substitutions) -> float:
    """How many months the observed count runs behind the true count, in the long run."""
    s = substitutions
    if s.disclosed == 1:
        return 0.0
    return math.inf if s.discovery == 0 else (1 - s.disclosed) * (1 - s.discovery) / s.discovery


CASE_COLUMNS = {
    "case": data.Column(),
    "months_low": data.Column("number", 1, 120),
    "months_high": data.Column("number", 1, 120),
}


def cases() -> pd.DataFrame:
    """The essay's cases: how long each stayed hidden, and the monthly discovery chance it implies.

    ``months`` is the middle of the reported range; ``discovery`` is ``1 / months``.
    """
    table = data.load("hidden_substitution_cases", CASE_COLUMNS)
    reversed_rows = table.index[table["months_low"] > table["months_high"]]
    if len(reversed_rows):
        raise ValueError(
            f"course/data/hidden_substitution_cases.csv: months_low is above months_high in row(s) "
            f"{', '.join(str(i + 2) for i in reversed_rows)}."
        )
    table["months"] = (table["months_low"] + table["months_high"]) / 2
    table["discovery"] = [implied_discovery(m) for m in table["months"]]
    return table.set_index("case")


def summary(substitutions: Substitutions, month: int, table: pd.DataFrame) -> str:
    """The explorer's one-line result, e.g. "After 12 months: 120 substitutions, 110 observed, ..."."""
    row = table.loc[month]
    text = (
        f"After {month} months: {row['true']:.0f} substitutions, {row['observed']:.0f} observed, "
        f"{row['hidden']:.0f} still hidden ({row['hidden_share']:.0%})."
    )
    wait, lag = months_to_discovery(substitutions.discovery), lag_months(substitutions)
    if substitutions.disclosed == 1:
        return text + " Every substitution is disclosed, so none stays hidden."
    if math.isinf(wait):
        return text + " Undisclosed substitutions never come to light: the hidden count only grows."
    return text + (
        f" An undisclosed one stays hidden {wait:.1f} months on average; in the long run the observed "
        f"count runs {lag:.1f} months behind the true count."
    )


# --- the explorer ----------------------------------------------------------------------------

EXPLORER_MONTHS = 36
LABELS = {"true": "true (all substitutions)", "observed": "observed", "hidden": "still hidden"}


def explorer():
    """Sliders for disclosure and discovery; true, observed and hidden substitutions over 36 months."""
    from course import ui

    per_month = Substitutions.per_month
    fig = ui.figure()
    ax = fig.add_subplot()
    ui.style_axes(
        ax,
        title=f"{per_month} substitutions start each month",
        xlabel="month",
        ylabel="substitutions",
    )
    lines = {
        name: ax.plot([], [], label=LABELS[name], linewidth=2, animated=True, **style)[0]
        for name, style in zip(COLUMNS, ui.SERIES)
    }
    marker = ax.axvline(12, label="month read off", animated=True, **ui.REFERENCE)
    # Fixed limits cover every slider setting, so the axes never need a full redraw.
    ax.set_xlim(0, EXPLORER_MONTHS)
    ax.set_ylim(0, per_month * EXPLORER_MONTHS * 1.05)
    ax.legend(loc="upper left", fontsize=9, frameon=False)

    def model(disclosed, months_hidden, month):
        substitutions = Substitutions(
            disclosed=disclosed, discovery=implied_discovery(months_hidden)
        )
        return substitutions, month, expected(substitutions, EXPLORER_MONTHS)

    def draw(result):
        substitutions, month, table = result
        for name, line in lines.items():
            line.set_data(table.index, table[name])
        marker.set_xdata([month, month])
        return summary(substitutions, month, table)

    controls = {
        "disclosed": ui.slider(
            "Disclosed at the start", Substitutions.disclosed, 0.0, 1.0, 0.05, percent=True
        ),
        "months_hidden": ui.slider(
            "Months until found out (average, if not disclosed)",
            months_to_discovery(Substitutions.discovery),
            1.0,
            24.0,
            0.5,
        ),
        "month": ui.slider("Read off at month", 12, 1, EXPLORER_MONTHS, 1),
    }
    return ui.Explorer(fig, controls, model, draw)
