"""The junior paradox (effect 3 of the essay): if AI takes the junior work, who becomes senior?

A stock-flow model of one organisation's workforce in three levels: junior, medior and senior.
Juniors are hired; everyone else is grown from within. Each year, in this order:

1. a share of every level leaves the organisation (``attrition_*``);
2. of those who stay, a share ``1 / years_*`` moves up one level (juniors to medior, mediors to
   senior), so people spend ``years_*`` years in a level on average;
3. of the seniors who stay, a share ``retirement`` retires;
4. new juniors are hired: ``intake``, cut by the share ``cut`` from year ``ai_from_year`` on.

From ``ai_from_year`` on, AI may also speed up learning: ``ai_speedup`` is the share of junior
time it saves, so juniors reach medior sooner. That is the counter-evidence to the paradox:
AI helps novices most.

What the model simplifies:

- Time moves in whole years, so a stay in a level is at least one year.
- Nobody is hired above junior level, and the organisation needs as many seniors as before:
  the work does not grow or shrink. Both are the essay's scenario, not a forecast.
- Everyone in a level is alike: promotion and leaving are shares, not people with careers.
- AI changes two things only: how many juniors are hired, and how fast juniors learn.

Where each default comes from: the ``source`` of every field of :class:`Pipeline` (a source id
in ``course.sources``, or "illustrative"), shown as a table by :func:`assumptions`.

The steady state (constant intake, everything balanced) has a closed form. Of the juniors hired,
a share ``reach_medior = (1 - a_j) / y_j / (1 - (1 - a_j)(1 - 1 / y_j))`` ever becomes medior,
and of those a share ``reach_senior`` (the same formula for mediors) becomes senior. Seniors
leave at a yearly share ``1 - (1 - a_s)(1 - retirement)``. In balance, the seniors who arrive
equal the seniors who leave, so::

    seniors = intake * reach_medior * reach_senior / senior_exit_share
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import NamedTuple

import pandas as pd

from course import params
from course.i18n import N_, _, number, percent
from course.params import param

LEVELS = ("junior", "medior", "senior")
MAX_YEARS = 200


class Headcount(NamedTuple):
    """The people in each level."""

    junior: float
    medior: float
    senior: float


@dataclass(frozen=True)
class Pipeline:
    """The parameters of the talent pipeline; bad values raise a ValueError that says why.

    Examples
    --------
    >>> Pipeline(cut=0.5).hired(year=2)
    50.0
    >>> Pipeline(years_junior=0.5)
    Traceback (most recent call last):
    ...
    ValueError: years_junior must be 1 or more years, not 0.5.
    """

    intake: float = param(100.0, "illustrative", "juniors hired per year before any cut")
    years_junior: float = param(2.0, "hakia", "average years as a junior (0-2 years is typical)")
    years_medior: float = param(
        3.0, "hakia", "average years as a medior (junior to senior takes 4-7 years)"
    )
    attrition_junior: float = param(
        0.13, "linkedin2018", "share of juniors leaving per year (software, 2017)"
    )
    attrition_medior: float = param(
        0.13, "linkedin2018", "share of mediors leaving per year (software, 2017)"
    )
    attrition_senior: float = param(
        0.13, "linkedin2018", "share of seniors leaving per year (software, 2017)"
    )
    retirement: float = param(
        0.04, "illustrative", "share of seniors retiring per year (about 25 years as a senior)"
    )
    cut: float = param(0.0, "illustrative", "share of junior hiring cut by an AI-first policy")
    ai_from_year: int = param(
        2, "illustrative", "the year the AI-first policy and the AI speed-up start"
    )
    ai_speedup: float = param(
        0.0,
        "illustrative",
        "share of junior time saved by AI as a learning aid (0 = off; evidence: brynjolfsson2025)",
    )

    def __post_init__(self):
        params.amount("intake", self.intake, unit=N_("juniors per year"))
        # the model moves people up once a year, so a stay in a level is at least 1 year
        params.amount("years_junior", self.years_junior, minimum=1, unit=N_("years"))
        params.amount("years_medior", self.years_medior, minimum=1, unit=N_("years"))
        for name in ("attrition_junior", "attrition_medior", "attrition_senior"):
            # with 1, everyone leaves every year
            params.share(name, getattr(self, name), below_one=True)
        params.share("retirement", self.retirement)
        if self.retirement == 0:
            raise ValueError(_("retirement must be above 0: seniors must leave some time."))
        params.share("cut", self.cut)
        params.share("ai_speedup", self.ai_speedup, below_one=True)
        params.whole("ai_from_year", self.ai_from_year)
        if self.years_junior * (1 - self.ai_speedup) < 1:
            raise ValueError(
                _(
                    "with years_junior={years_junior} and ai_speedup={ai_speedup}, juniors would "
                    "stay {years:.2f} years, but the model needs at least 1 year: lower the "
                    "speed-up or raise years_junior."
                ).format(
                    years_junior=self.years_junior,
                    ai_speedup=self.ai_speedup,
                    years=self.years_junior * (1 - self.ai_speedup),
                )
            )

    def hired(self, year: int) -> float:
        """Juniors hired in ``year``: the intake, cut from ``ai_from_year`` on."""
        return self.intake * (1 - self.cut) if year >= self.ai_from_year else self.intake

    def years_as_junior(self, year: int) -> float:
        """Average years as a junior for those who are junior in ``year``."""
        return (
            self.years_junior * (1 - self.ai_speedup)
            if year >= self.ai_from_year
            else self.years_junior
        )


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative").

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`Pipeline` (see :func:`course.params.assumptions`).

    Examples
    --------
    >>> assumptions().loc["attrition_junior", "source"]
    'linkedin2018'
    """
    return params.assumptions(Pipeline)


def _check_pipeline(pipeline) -> None:
    if not isinstance(pipeline, Pipeline):
        raise ValueError(
            _("pipeline must be a Pipeline, not {kind}.").format(kind=type(pipeline).__name__)
        )


def _start(values) -> Headcount:
    """Three numbers of people (junior, medior, senior), each 0 or more, as a Headcount."""
    try:
        junior, medior, senior = values
    except (TypeError, ValueError):
        raise ValueError(
            _(
                "start must be three numbers of people: juniors, mediors, seniors; not {value!r}."
            ).format(value=values)
        ) from None
    names = (N_("start junior"), N_("start medior"), N_("start senior"))
    for name, value in zip(names, (junior, medior, senior), strict=True):
        params.amount(_(name), value, unit=N_("people"))
    return Headcount(junior, medior, senior)


def _step(now: Headcount, pipeline: Pipeline, year: int) -> Headcount:
    """One year of the pipeline: the headcount a year later (the order is the module's text)."""
    p = pipeline
    stay_junior = now.junior * (1 - p.attrition_junior)
    stay_medior = now.medior * (1 - p.attrition_medior)
    stay_senior = now.senior * (1 - p.attrition_senior)
    to_medior = stay_junior / p.years_as_junior(year)
    to_senior = stay_medior / p.years_medior
    retired = stay_senior * p.retirement
    return Headcount(
        junior=stay_junior - to_medior + p.hired(year),
        medior=stay_medior - to_senior + to_medior,
        senior=stay_senior - retired + to_senior,
    )


def _checked_finite(people: Headcount) -> Headcount:
    if not all(math.isfinite(count) for count in people):
        raise ValueError(
            _(
                "the headcount grows beyond what can be counted: hire fewer juniors, or let more "
                "seniors leave or retire."
            )
        )
    return people


def _going(attrition: float, moving_on: float) -> float:
    """Share of a level that goes each year: it leaves, or (of those who stay) moves on.

    That is ``1 - (1 - attrition) * (1 - moving_on)``, written so that a tiny share keeps its
    digits instead of rounding to 0.
    """
    return attrition + moving_on - attrition * moving_on


def _reach_next(attrition: float, years: float) -> float:
    """Share of the people entering a level who ever move up from it (the rest leave first)."""
    return (1 - attrition) / years / _going(attrition, 1 / years)


def steady_state(pipeline: Pipeline, *, ai: bool = True) -> Headcount:
    """The headcount the pipeline settles at in the long run: each level gains what it loses.

    Each level's steady number is what flows in per year over the share that goes per year; of
    the juniors hired, a share ``reach_medior`` becomes medior, and of those a share
    ``reach_senior`` becomes senior (the closed form in the module's text).

    Parameters
    ----------
    pipeline : Pipeline
        The pipeline.
    ai : bool, default True
        True: with the AI-first policy in force (the cut and the speed-up); False: the
        organisation before AI, which is where :func:`simulate` starts.

    Returns
    -------
    Headcount
        The people in each level in the long run.

    Examples
    --------
    Nobody leaves early and 10 % of the seniors retire: 30 juniors a year keep 300 seniors.

    >>> pipeline = Pipeline(
    ...     intake=30, attrition_junior=0, attrition_medior=0, attrition_senior=0, retirement=0.1
    ... )
    >>> steady_state(pipeline)
    Headcount(junior=60.0, medior=90.0, senior=300.0)
    """
    _check_pipeline(pipeline)
    p = pipeline if ai else replace(pipeline, cut=0.0, ai_speedup=0.0)
    year = p.ai_from_year  # any year from then on has the AI-era hiring and learning speed
    hired, years_junior = p.hired(year), p.years_as_junior(year)
    to_medior = hired * _reach_next(p.attrition_junior, years_junior)
    to_senior = to_medior * _reach_next(p.attrition_medior, p.years_medior)
    return _checked_finite(
        Headcount(
            junior=hired / _going(p.attrition_junior, 1 / years_junior),
            medior=to_medior / _going(p.attrition_medior, 1 / p.years_medior),
            senior=to_senior / _going(p.attrition_senior, p.retirement),
        )
    )


def steady_state_intake(target_seniors: float, pipeline: Pipeline = Pipeline()) -> float:
    """Juniors to hire per year to keep ``target_seniors`` seniors in the long run.

    The closed form ``seniors * senior_exit_share / (reach_medior * reach_senior)``, the
    steady state solved for the intake. It uses the pipeline's years, attrition and retirement,
    and its AI speed-up; the intake and the cut do not matter, because the answer *is* the
    number to hire.

    Parameters
    ----------
    target_seniors : float
        The seniors needed, 0 or more.
    pipeline : Pipeline, default Pipeline()
        The pipeline.

    Returns
    -------
    float
        Juniors to hire per year.

    Examples
    --------
    With no attrition every junior becomes senior, so hiring only replaces those who retire:

    >>> pipeline = Pipeline(
    ...     attrition_junior=0, attrition_medior=0, attrition_senior=0, retirement=0.1
    ... )
    >>> steady_state_intake(300, pipeline)
    30.0
    """
    params.amount("target_seniors", target_seniors, unit=N_("people"))
    _check_pipeline(pipeline)
    p = pipeline
    reach_medior = _reach_next(p.attrition_junior, p.years_as_junior(p.ai_from_year))
    reach_senior = _reach_next(p.attrition_medior, p.years_medior)
    intake = (
        target_seniors * _going(p.attrition_senior, p.retirement) / (reach_medior * reach_senior)
    )
    if not math.isfinite(intake):
        raise ValueError(
            _(
                "no intake that can be counted keeps that many seniors: "
                "nearly every junior leaves before becoming senior."
            )
        )
    return intake


def simulate(
    pipeline: Pipeline = Pipeline(), years: int = 30, start: Headcount | None = None
) -> pd.DataFrame:
    """Headcount per level for year 0 (``start``) to ``years``, one year at a time.

    Each year, in this order: a share of every level leaves; of those who stay, ``1 / years``
    move up one level; of the seniors who stay, ``retirement`` retire; the year's juniors are
    hired (the cut and the speed-up apply from ``ai_from_year`` on).

    Parameters
    ----------
    pipeline : Pipeline, default Pipeline()
        The pipeline.
    years : int, default 30
        How many years to run, from 1 to 200.
    start : Headcount or tuple of three floats, optional
        The people in each level in year 0. By default the organisation starts in balance as
        it was before AI (``steady_state(pipeline, ai=False)``).

    Returns
    -------
    pandas.DataFrame
        The columns ``junior``, ``medior`` and ``senior``; row ``year`` is the headcount at the
        start of that year.

    Examples
    --------
    Ten seniors and no one else; each year 10 % of them retire, and no juniors are hired:

    >>> pipeline = Pipeline(intake=0, attrition_senior=0, retirement=0.1)
    >>> simulate(pipeline, years=2, start=(0, 0, 10))["senior"].round(9).tolist()
    [10.0, 9.0, 8.1]
    """
    _check_pipeline(pipeline)
    params.whole("years", years, minimum=1)
    if years > MAX_YEARS:
        raise ValueError(
            _("years must be {maximum} or fewer, not {value}.").format(
                maximum=MAX_YEARS, value=years
            )
        )
    now = steady_state(pipeline, ai=False) if start is None else _start(start)
    rows = [now]
    for year in range(years):
        now = _step(now, pipeline, year)
        rows.append(now)
    _checked_finite(now)  # a count that overflowed stays infinite (or NaN) to the end
    return pd.DataFrame(rows, columns=list(LEVELS), index=pd.RangeIndex(years + 1, name="year"))


def first_shortage_year(headcounts: pd.DataFrame, target_seniors: float) -> int | None:
    """The first year with fewer seniors than ``target_seniors``, or None if there is none.

    Parameters
    ----------
    headcounts : pandas.DataFrame
        A table like the one :func:`simulate` returns, with a ``senior`` column.
    target_seniors : float
        The seniors needed, 0 or more.

    Returns
    -------
    int or None
        The year (the table's index) of the first shortage.

    Examples
    --------
    >>> headcounts = pd.DataFrame({"senior": [320.0, 305.0, 290.0]})
    >>> first_shortage_year(headcounts, 300)
    2
    >>> first_shortage_year(headcounts, 100) is None
    True
    """
    params.amount("target_seniors", target_seniors, unit=N_("people"))
    if not isinstance(headcounts, pd.DataFrame) or "senior" not in headcounts.columns:
        raise ValueError(_("headcounts must be a table with a senior column, as simulate gives."))
    seniors = headcounts["senior"].tolist()
    for count in seniors:
        params.amount(_("every senior count"), count, unit=N_("people"))
    short = [
        year
        for year, count in zip(headcounts.index, seniors, strict=True)
        if count < target_seniors
    ]
    return int(short[0]) if short else None


def summary(pipeline: Pipeline, target_seniors: float, headcounts: pd.DataFrame) -> str:
    """The explorer's one-line result: the policy, and whether and when seniors run short.

    Parameters
    ----------
    pipeline : Pipeline
        The pipeline ``headcounts`` comes from.
    target_seniors : float
        The seniors needed.
    headcounts : pandas.DataFrame
        The result of :func:`simulate` for ``pipeline``.

    Returns
    -------
    str
        One sentence for the explorer.

    Examples
    --------
    >>> pipeline = Pipeline(intake=0, attrition_senior=0, retirement=0.1)
    >>> headcounts = simulate(pipeline, years=2, start=(0, 0, 10))
    >>> print(summary(pipeline, 9, headcounts))
    With no cut in junior hiring, seniors fall below the target of 9 in year 2 (8 seniors in \
year 2).
    """
    if pipeline.cut > 0:
        policy = _("With a {cut} cut in junior hiring from year {year}").format(
            cut=percent(pipeline.cut), year=pipeline.ai_from_year
        )
    else:
        policy = _("With no cut in junior hiring")
    if pipeline.ai_speedup > 0:
        policy = _("{policy} and AI saving {share} of junior time").format(
            policy=policy, share=percent(pipeline.ai_speedup)
        )
    year = first_shortage_year(headcounts, target_seniors)
    last = len(headcounts) - 1
    target = number(target_seniors)
    if year is None:
        outcome = _("seniors stay at or above the target of {target} for all {last} years")
    else:
        outcome = _("seniors fall below the target of {target} in year {year}")
    outcome = outcome.format(target=target, last=last, year=year)
    return _("{policy}, {outcome} ({seniors} seniors in year {last}).").format(
        policy=policy, outcome=outcome, seniors=number(headcounts["senior"].iloc[-1]), last=last
    )


def intake_summary(target_seniors: float, pipeline: Pipeline = Pipeline()) -> str:
    """The lesson's sentence about :func:`steady_state_intake`: how many juniors a year keep
    ``target_seniors`` for good, and the deepest cut of the pipeline's intake that allows.

    Parameters
    ----------
    target_seniors : float
        The seniors to keep.
    pipeline : Pipeline
        The organisation; its intake is what a cut is measured against.

    Returns
    -------
    str
        One sentence, in the language in use.

    Examples
    --------
    >>> print(intake_summary(300))
    To keep 300 seniors for good, hire 93.0 juniors a year: a cut of at most 7%.
    """
    needed = steady_state_intake(target_seniors, pipeline)
    cut = max(0.0, 1 - needed / pipeline.intake) if pipeline.intake else 0.0
    return _(
        "To keep {target} seniors for good, hire {needed} juniors a year: a cut of at most {cut}."
    ).format(target=number(target_seniors), needed=number(needed, 1), cut=percent(cut))


# --- the explorer ----------------------------------------------------------------------------

EXPLORER_YEARS = 30
EXPLORER_TARGET = 300  # illustrative: a little below the 322 seniors the default organisation has


def explorer():
    """Sliders for the AI-first policy and the learning lever; the three levels over 30 years.

    Returns
    -------
    course.ui.Explorer
        The widget: the people in each level over 30 years, and the senior target.
    """
    from course import ui

    fig = ui.figure()
    ax = fig.add_subplot()
    ui.style_axes(ax, title=_("Headcount per level"), xlabel=_("year"), ylabel=_("people"))
    lines = {
        level: ax.plot([], [], label=_(level), linewidth=2, animated=True, **style)[0]
        for level, style in zip(LEVELS, ui.SERIES[: len(LEVELS)], strict=True)
    }
    target_line = ax.axhline(
        EXPLORER_TARGET, label=_("senior target"), animated=True, **ui.REFERENCE
    )
    # Fixed limits cover every slider setting, so the axes never need a full redraw.
    ax.set_xlim(0, EXPLORER_YEARS)
    ax.set_ylim(0, 420)
    ax.legend(loc="upper right", ncols=4, fontsize=9, frameon=False)

    def model(cut, ai_from_year, ai_speedup, target_seniors):
        pipeline = Pipeline(cut=cut, ai_from_year=ai_from_year, ai_speedup=ai_speedup)
        return pipeline, target_seniors, simulate(pipeline, EXPLORER_YEARS)

    def draw(result):
        pipeline, target_seniors, headcounts = result
        for level, line in lines.items():
            line.set_data(headcounts.index, headcounts[level])
        target_line.set_ydata([target_seniors, target_seniors])
        return summary(pipeline, target_seniors, headcounts)

    controls = {
        "cut": ui.slider(_("Cut in junior hiring"), 0.0, 0.0, 1.0, 0.05, percent=True),
        "ai_from_year": ui.slider(_("AI-first from year"), Pipeline.ai_from_year, 0, 10, 1),
        "ai_speedup": ui.slider(_("Junior time saved by AI"), 0.0, 0.0, 0.5, 0.05, percent=True),
        "target_seniors": ui.slider(_("Seniors needed"), EXPLORER_TARGET, 100, 400, 10),
    }
    return ui.Explorer(fig, controls, model, draw)
