"""Hidden substitution (effect 1 of the essay): how much of the work AI took over has nobody
noticed?

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
count then runs ``(1 - d) * (1 - q) / q`` months behind the true count. :func:`simulate` draws
the same process at random (seeded), and the tests check that its average agrees with the closed
form.

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

from course import data, i18n, params
from course.i18n import N_, _, number, percent
from course.params import param

COUNTS = ("true", "observed", "hidden")
MAX_MONTHS = 600
MAX_PER_MONTH = 1_000_000_000  # a billion a month: far beyond any labour market
MAX_DRAWS = 20_000_000  # runs x substitutions: about 0.5 GB of random numbers at most


@dataclass(frozen=True)
class Substitutions:
    """A stream of substitutions of human work by AI; bad values raise a ValueError.

    Examples
    --------
    >>> Substitutions(disclosed=0.0).per_month
    10
    >>> Substitutions(per_month=0)
    Traceback (most recent call last):
    ...
    ValueError: per_month must be a whole number, 1 or more, not 0.
    """

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
        "chance per month that an undisclosed one comes to light "
        "(Surface ad: revealed after about 3 months)",
    )

    def __post_init__(self):
        params.whole("per_month", self.per_month, minimum=1)
        if self.per_month > MAX_PER_MONTH:
            raise ValueError(
                _("per_month must be at most a billion substitutions a month, not {value}.").format(
                    value=self.per_month
                )
            )
        params.share("disclosed", self.disclosed)
        params.share("discovery", self.discovery)


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative").

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`Substitutions` (see :func:`course.params.assumptions`).

    Examples
    --------
    >>> assumptions().loc["discovery", "source"]
    'mint2025'
    """
    return params.assumptions(Substitutions)


def _check_substitutions(substitutions) -> None:
    if not isinstance(substitutions, Substitutions):
        raise ValueError(
            _("substitutions must be made with Substitutions(...), not {kind}.").format(
                kind=type(substitutions).__name__
            )
        )


def _check_months(months) -> None:
    params.whole("months", months, minimum=1)
    if months > MAX_MONTHS:
        raise ValueError(
            _("months must be {maximum} or fewer (50 years), not {value}.").format(
                maximum=MAX_MONTHS, value=months
            )
        )


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

    With ``n`` substitutions a month, a share ``d`` disclosed and a chance ``q`` per month of
    coming to light, the expected hidden count after ``t`` months is
    ``n * (1 - d) * sum((1 - q)**j for j in 1..t)``, and its variance
    ``n * sum(p_j * (1 - p_j) for j in 1..t)`` with ``p_j = (1 - d) * (1 - q)**j`` (a sum of
    independent Bernoulli counts; see the module's text).

    Parameters
    ----------
    substitutions : Substitutions, default Substitutions()
        The stream: how many start each month, the share disclosed, the chance of discovery.
    months : int, default 36
        The last month, from 1 to 600.

    Returns
    -------
    pandas.DataFrame
        One row per month. ``true``: substitutions started so far; ``observed``: disclosed or
        come to light; ``hidden``: the rest; ``hidden_share``: hidden / true (NaN in month 0,
        when there are none yet); ``hidden_sd``: how much the hidden count varies between
        possible histories (its standard deviation).

    Examples
    --------
    Ten a month, none disclosed, half of the hidden ones come to light at each month's end:

    >>> table = expected(Substitutions(per_month=10, disclosed=0, discovery=0.5), months=2)
    >>> table["hidden"].tolist()
    [0.0, 5.0, 7.5]
    >>> table["observed"].tolist()
    [0.0, 5.0, 12.5]
    """
    _check_substitutions(substitutions)
    _check_months(months)
    s = substitutions
    t = np.arange(months + 1)
    undisclosed = 1 - s.disclosed
    true = s.per_month * t.astype(float)
    # never more hidden than started: with a tiny discovery chance rounding can tip it over
    hidden = np.minimum(s.per_month * undisclosed * _sum_of_powers(s.discovery, t), true)
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

    Each substitution is disclosed with chance ``disclosed``; if not, the month it comes to
    light is drawn from the geometric distribution with chance ``discovery``.

    Parameters
    ----------
    substitutions : Substitutions, default Substitutions()
        The stream to simulate.
    months : int, default 36
        The last month, from 1 to 600.
    runs : int, default 1
        How many histories to draw.
    seed : int, default 0
        The seed of the random draws: the same seed gives the same table.

    Returns
    -------
    pandas.DataFrame
        A row per run and a column per month (0 to ``months``): the hidden count. The average
        over many runs approaches :func:`expected`'s ``hidden`` column.

    Examples
    --------
    When every substitution is disclosed, none is ever hidden:

    >>> simulate(Substitutions(disclosed=1.0), months=3, runs=2).to_numpy().tolist()
    [[0, 0, 0, 0], [0, 0, 0, 0]]
    """
    _check_substitutions(substitutions)
    _check_months(months)
    params.whole("runs", runs, minimum=1)
    params.whole("seed", seed)
    s = substitutions
    if runs * months * s.per_month > MAX_DRAWS:
        raise ValueError(
            _(
                "{runs} runs of {substitutions} substitutions is too large a simulation: "
                "use fewer runs, fewer months or fewer substitutions per month."
            ).format(runs=runs, substitutions=months * s.per_month)
        )
    start = np.repeat(np.arange(1, months + 1), s.per_month)  # the month each one starts
    rng = np.random.default_rng(seed)
    disclosed = rng.random((runs, start.size)) < s.disclosed
    if s.discovery > 0:
        # the check at which it comes to light: 1 is the end of its first month
        checks = np.minimum(rng.geometric(s.discovery, size=(runs, start.size)), months + 1)
    else:
        checks = np.full((runs, start.size), months + 1)  # never
    # the month it is first known
    seen = np.minimum(np.where(disclosed, start, start - 1 + checks), months + 1)
    # Count per run how many are first known in each month (months + 1 collects "not yet").
    flat = (np.arange(runs)[:, None] * (months + 2) + seen).ravel()
    first_known = np.bincount(flat, minlength=runs * (months + 2)).reshape(runs, months + 2)
    observed = np.cumsum(first_known[:, : months + 1], axis=1)
    hidden = s.per_month * np.arange(months + 1) - observed
    return pd.DataFrame(
        hidden,
        index=pd.RangeIndex(runs, name="run"),
        columns=pd.RangeIndex(months + 1, name="month"),
    )


def months_to_discovery(discovery: float) -> float:
    """The months an undisclosed substitution stays hidden on average: ``1 / discovery``.

    The mean of the geometric distribution with chance ``discovery``.

    Parameters
    ----------
    discovery : float
        The chance per month of coming to light, from 0 to 1.

    Returns
    -------
    float
        ``1 / discovery``; ``math.inf`` when the chance is 0 (then it never comes to light) or
        so close to 0 that the months are beyond counting.

    Examples
    --------
    >>> months_to_discovery(0.25)
    4.0
    >>> months_to_discovery(0)
    inf
    """
    params.share("discovery", discovery)
    return math.inf if discovery == 0 else 1 / discovery


def implied_discovery(months_hidden) -> float:
    """The monthly chance of coming to light that cases hidden this long imply.

    With the same chance ``q`` every month, the best estimate (maximum likelihood for the
    geometric distribution) is the number of cases divided by the months they stayed hidden in
    total: one case hidden ``m`` months gives ``1 / m``. It assumes what the model assumes: a
    constant chance, and cases like the ones not yet found. Cases that are still hidden cannot
    be in the list, so the estimate leans high.

    Parameters
    ----------
    months_hidden : float or list of float
        The months one case stayed hidden, or a list of them for several cases; each at least
        1 (the model checks at the end of each month).

    Returns
    -------
    float
        The chance per month, above 0 and at most 1.

    Examples
    --------
    >>> implied_discovery(4)
    0.25
    >>> implied_discovery([1, 3])  # 2 cases in 4 months of being hidden
    0.5
    """
    if isinstance(months_hidden, Real):
        months = [months_hidden]
    elif isinstance(months_hidden, (str, bytes)) or not hasattr(months_hidden, "__iter__"):
        raise ValueError(
            _("months_hidden must be a finite number or a list of them, not {value!r}.").format(
                value=months_hidden
            )
        )
    else:
        months = list(months_hidden)
    if not months:
        raise ValueError(_("months_hidden must hold at least one case."))
    for m in months:
        params.number("months_hidden", m)
        if m < 1:
            raise ValueError(
                _(
                    "a case hidden {months} months does not fit the model, which checks at the "
                    "end of each month: every undisclosed case stays hidden at least 1 month."
                ).format(months=m)
            )
    # 1 / the mean, summed in parts so that huge months cannot overflow to infinity
    return 1 / math.fsum(m / len(months) for m in months)


def lag_months(substitutions: Substitutions) -> float:
    """How many months the observed count runs behind the true count, in the long run.

    In the long run the hidden count settles at ``per_month * (1 - d) * (1 - q) / q``, so the
    observed count lags ``(1 - d) * (1 - q) / q`` months of substitutions behind.

    Parameters
    ----------
    substitutions : Substitutions
        The stream.

    Returns
    -------
    float
        The lag in months; 0 when everything is disclosed, ``math.inf`` when undisclosed ones
        never come to light.

    Examples
    --------
    >>> lag_months(Substitutions(disclosed=0.5, discovery=0.2))
    2.0
    """
    _check_substitutions(substitutions)
    s = substitutions
    if s.disclosed == 1:
        return 0.0
    return math.inf if s.discovery == 0 else (1 - s.disclosed) * (1 - s.discovery) / s.discovery


CASES_SCHEMA = {
    "case": data.Column(),
    "months_low": data.Column("number", 1, 120),
    "months_high": data.Column("number", 1, 120),
}


def cases() -> pd.DataFrame:
    """The essay's cases: how long each stayed hidden, and the monthly chance it implies.

    Returns
    -------
    pandas.DataFrame
        ``course/data/hidden_substitution_cases.csv``, indexed by case, with ``months`` (the
        middle of the reported range) and ``discovery`` (``1 / months``, see
        :func:`implied_discovery`).

    Examples
    --------
    >>> cases()["months"].tolist()
    [3.0, 5.5]
    """
    table = data.load("hidden_substitution_cases", CASES_SCHEMA)
    reversed_rows = table.index[table["months_low"] > table["months_high"]]
    if len(reversed_rows):
        raise ValueError(
            _(
                "course/data/hidden_substitution_cases.csv: months_low is above months_high in "
                "row(s) {rows}."
            ).format(rows=", ".join(str(i + 2) for i in reversed_rows))
        )
    table["months"] = (table["months_low"] + table["months_high"]) / 2
    table["discovery"] = [implied_discovery(m) for m in table["months"]]
    return table.set_index("case")


# The column names of the cases table (readable); N_ puts them in the catalogue.
HEADERS = (N_("case"), N_("months_low"), N_("months_high"), N_("months"), N_("discovery"))


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """The cases table (:func:`cases`) as a learner reads it: its names, cases and sources in the
    language in use.

    The table itself keeps its English names, which code uses; this copy is for reading. In
    English it is the table as it is.

    Examples
    --------
    >>> readable(cases()).index.tolist()
    ['Microsoft Surface ad', "CADA 'Workdays with Thy'"]
    """
    return i18n.readable(table, ("case", "source"))


def summary(substitutions: Substitutions, month: int, table: pd.DataFrame) -> str:
    """The explorer's one-line result: the counts in one month, and the pace of discovery.

    Parameters
    ----------
    substitutions : Substitutions
        The stream the table was made for.
    month : int
        The month to read off.
    table : pandas.DataFrame
        The result of :func:`expected` for ``substitutions``.

    Returns
    -------
    str
        One paragraph for the explorer.

    Examples
    --------
    >>> surface = Substitutions(disclosed=0, discovery=1 / 3)
    >>> print(summary(surface, 12, expected(surface, 12)))
    After 12 months: 120 substitutions, 100 observed, 20 still hidden (17%). An undisclosed one \
stays hidden 3.0 months on average; in the long run the observed count runs 2.0 months behind \
the true count.
    """
    row = table.loc[month]
    if month == 1:
        counts = _(
            "After 1 month: {true} substitutions, {observed} observed, "
            "{hidden} still hidden ({share})."
        )
    else:
        counts = _(
            "After {month} months: {true} substitutions, {observed} observed, "
            "{hidden} still hidden ({share})."
        )
    counts = counts.format(
        month=month,
        true=number(row["true"]),
        observed=number(row["observed"]),
        hidden=number(row["hidden"]),
        share=percent(row["hidden_share"]),
    )
    wait, lag = months_to_discovery(substitutions.discovery), lag_months(substitutions)
    if substitutions.disclosed == 1:
        pace = _("Every substitution is disclosed, so none stays hidden.")
    elif math.isinf(wait):
        pace = _("Undisclosed substitutions never come to light: the hidden count only grows.")
    else:
        pace = _(
            "An undisclosed one stays hidden {wait} months on average; in the long run the "
            "observed count runs {lag} months behind the true count."
        ).format(wait=number(wait, 1), lag=number(lag, 1))
    return counts + " " + pace


def compare(formula: pd.DataFrame, runs: pd.DataFrame, month: int) -> str:
    """The lesson's two sentences on one model, two ways: the hidden count in ``month`` by the
    formula, and by the simulated histories.

    Parameters
    ----------
    formula : pandas.DataFrame
        The result of :func:`expected`.
    runs : pandas.DataFrame
        The result of :func:`simulate` for the same substitutions.
    month : int
        The month to read off; both tables must reach it.

    Returns
    -------
    str
        Two lines, in the language in use.

    Examples
    --------
    >>> surface = Substitutions(disclosed=0.0, discovery=1 / 3)
    >>> formula = expected(surface, months=12)
    >>> runs = simulate(surface, months=12, runs=1000, seed=2025)
    >>> print(compare(formula, runs, 12))
    Formula: 19.8 still hidden after 12 months, give or take 3.4.
    1,000 simulated histories: 20.0 on average, give or take 3.4, from 9 to 30.
    """
    for name, months in (("formula", formula.index), ("runs", runs.columns)):
        if month not in months:
            raise ValueError(
                _("{name} has no month {month}: make both tables reach it.").format(
                    name=name, month=month
                )
            )
    hidden = runs[month]
    first = _("Formula: {hidden} still hidden after {month} months, give or take {spread}.")
    second = _(
        "{runs} simulated histories: {mean} on average, give or take {spread}, "
        "from {low} to {high}."
    )
    return "\n".join(
        (
            first.format(
                hidden=number(formula["hidden"][month], 1),
                month=month,
                spread=number(formula["hidden_sd"][month], 1),
            ),
            second.format(
                runs=number(len(runs)),
                mean=number(hidden.mean(), 1),
                spread=number(hidden.std(), 1),
                low=number(hidden.min()),
                high=number(hidden.max()),
            ),
        )
    )


# --- the explorer ----------------------------------------------------------------------------

EXPLORER_MONTHS = 36
LABELS = {
    "true": N_("true (all substitutions)"),
    "observed": N_("observed"),
    "hidden": N_("still hidden"),
}


def explorer():
    """Sliders for disclosure and discovery; true, observed and hidden substitutions over time.

    Returns
    -------
    course.ui.Explorer
        The widget: the three counts over 36 months for the sliders' settings.
    """
    from course import ui

    per_month = Substitutions.per_month
    fig = ui.figure()
    ax = fig.add_subplot()
    ui.style_axes(
        ax,
        title=_("{per_month} substitutions start each month").format(per_month=number(per_month)),
        xlabel=_("month"),
        ylabel=_("substitutions"),
    )
    lines = {
        name: ax.plot([], [], label=_(LABELS[name]), linewidth=2, animated=True, **style)[0]
        for name, style in zip(COUNTS, ui.SERIES[: len(COUNTS)], strict=True)
    }
    marker = ax.axvline(12, label=_("month read off"), animated=True, **ui.REFERENCE)
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
            _("Disclosed at the start"), Substitutions.disclosed, 0.0, 1.0, 0.05, percent=True
        ),
        "months_hidden": ui.slider(
            _("Months until found out (average, if not disclosed)"),
            months_to_discovery(Substitutions.discovery),
            1.0,
            24.0,
            0.5,
        ),
        "month": ui.slider(_("Read off at month"), 12, 1, EXPLORER_MONTHS, 1),
    }
    return ui.Explorer(fig, controls, model, draw)
