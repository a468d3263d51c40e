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

from dataclasses import dataclass, replace
from typing import NamedTuple

import pandas as pd

from course import params
from course.params import param

LEVELS = ("junior", "medior", "senior")


class Headcount(NamedTuple):
    junior: float
    medior: float
    senior: float


class Flows(NamedTuple):
    """What happened in one year, in people."""

    hired: float
    to_medior: float
    to_senior: float
    left: float
    retired: float


@dataclass(frozen=True)
class Pipeline:
    """The parameters of the talent pipeline; bad values raise a ValueError that says why."""

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
        params.number("intake", self.intake)
        if self.intake < 0:
            raise ValueError(f"intake must be 0 or more juniors per year, not {self.intake}.")
        for name in ("years_junior", "years_medior"):
            params.number(name, getattr(self, name))
            if getattr(self, name) < 1:
                raise ValueError(
                    f"{name} must be at least 1 year (got {getattr(self, name)}): "
                    "the model moves people up once a year."
                )
        for name in ("attrition_junior", "attrition_medior", "attrition_senior"):
            params.share(
                name, getattr(self, name), below_one=True
            )  # with 1, everyone leaves every year
        params.share("retirement", self.retirement)
        if self.retirement == 0:
            raise ValueError("retirement must be above 0: seniors must leave some time.")
        params.share("cut", self.cut)
        params.share("ai_speedup", self.ai_speedup, below_one=True)
        params.whole("ai_from_year", self.ai_from_year)
        if self.years_junior * (1 - self.ai_speedup) < 1:
            raise ValueError(
                f"with years_junior={self.years_junior} and ai_speedup={self.ai_speedup}, juniors would stay "
                f"{self.years_junior * (1 - self.ai_speedup):.2f} years, but the model needs at least 1 year: "
                "lower the speed-up or raise years_junior."
            )

    def hired(self, year: int) -> float:
        """Juniors hired in ``year``."""
        return self.intake * (1 - self.cut) if year >= self.ai_from_year else self.intake

    def years_as_junior(self, year: int) -> float:
        """Average years as a junior for those who are junior in ``year``."""
        return (
            self.years_junior * (1 - self.ai_speedup)
            if year >= self.ai_from_year
            else self.years_junior
        )


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative")."""
    return params.assumptions(Pipeline)


def step(now: Headcount, pipeline: Pipeline, year: int) -> tuple[Headcount, Flows]:
    """One year of the pipeline: the headcount a year later, and the flows that got it there."""
    p = pipeline
    stay_junior = now.junior * (1 - p.attrition_junior)
    stay_medior = now.medior * (1 - p.attrition_medior)
    stay_senior = now.senior * (1 - p.attrition_senior)
    to_medior = stay_junior / p.years_as_junior(year)
    to_senior = stay_medior / p.years_medior
    retired = stay_senior * p.retirement
    hired = p.hired(year)
    later = Headcount(
        junior=stay_junior - to_medior + hired,
        medior=stay_medior - to_senior + to_medior,
        senior=stay_senior - retired + to_senior,
    )
    left = (
        now.junior * p.attrition_junior
        + now.medior * p.attrition_medior
        + now.senior * p.attrition_senior
    )
    return later, Flows(hired, to_medior, to_senior, left, retired)


def _going(attrition: float, moving_on: float) -> float:
    """Share of a level that goes each year: it leaves, or (of those who stay) moves on."""
    return 1 - (1 - attrition) * (1 - moving_on)


def _reach_next(attrition: float, years: float) -> float:
    """Share of the people entering a level who ever move up from it (the rest leave first)."""
    return (1 - attrition) / years / _going(attrition, 1 / years)


def steady_state(pipeline: Pipeline, *, ai: bool = True) -> Headcount:
    """The headcount the pipeline settles at in the long run: each level gains what it loses.

    ``ai=True``: with the AI-first policy in force (the cut and the speed-up);
    ``ai=False``: the organisation before AI, which is where :func:`simulate` starts.
    """
    p = pipeline if ai else replace(pipeline, cut=0.0, ai_speedup=0.0)
    year = p.ai_from_year  # any year from then on has the AI-era hiring and learning speed
    hired, years_junior = p.hired(year), p.years_as_junior(year)
    to_medior = hired * _reach_next(p.attrition_junior, years_junior)
    to_senior = to_medior * _reach_next(p.attrition_medior, p.years_medior)
    return Headcount(
        junior=hired / _going(p.attrition_junior, 1 / years_junior),
        medior=to_medior / _going(p.attrition_medior, 1 / p.years_medior),
        senior=to_senior / _going(p.attrition_senior, p.retirement),
    )


def steady_state_intake(target_seniors: float, pipeline: Pipeline = Pipeline()) -> float:
    """Juniors to hire per year to keep ``target_seniors`` seniors in the long run (closed form).

    It uses the pipeline's years, attrition and retirement, and its AI speed-up; the intake and
    the cut do not matter, because the answer *is* the number to hire.
    """
    params.number("target_seniors", target_seniors)
    if target_seniors < 0:
        raise ValueError(f"target_seniors must be 0 or more, not {target_seniors}.")
    p = pipeline
    reach_medior = _reach_next(p.attrition_junior, p.years_as_junior(p.ai_from_year))
    reach_senior = _reach_next(p.attrition_medior, p.years_medior)
    return target_seniors * _going(p.attrition_senior, p.retirement) / (reach_medior * reach_senior)


def simulate(
    pipeline: Pipeline = Pipeline(), years: int = 30, start: Headcount | None = None
) -> pd.DataFrame:
    """Headcount per level for year 0 (``start``) to ``years``.

    By default the organisation starts in balance as it was before AI (``steady_state(ai=False)``).
    Row ``year`` is the headcount at the start of that year.
    """
    params.whole("years", years, minimum=1)
    if years > 200:
        raise ValueError(f"years must be 200 or fewer, not {years}.")
    now = steady_state(pipeline, ai=False) if start is None else Headcount(*start)
    for level, value in zip(LEVELS, now):
        params.number(f"start {level}", value)
        if value < 0:
            raise ValueError(f"start {level} must be 0 or more people, not {value}.")
    rows = [now]
    for year in range(years):
        now, _ = step(now, pipeline, year)
        rows.append(now)
    return pd.DataFrame(rows, columns=list(LEVELS), index=pd.RangeIndex(years + 1, name="year"))


def first_shortage_year(headcounts: pd.DataFrame, target_seniors: float) -> int | None:
    """The first year with fewer seniors than ``target_seniors``, or None if there is none."""
    params.number("target_seniors", target_seniors)
    short = headcounts.index[headcounts["senior"] < target_seniors]
    return int(short[0]) if len(short) else None


def summary(pipeline: Pipeline, target_seniors: float, headcounts: pd.DataFrame) -> str:
    """The explorer's one-line result, e.g. "With a 50 % cut in junior hiring from year 2, ..."."""
    policy = (
        f"With a {pipeline.cut:.0%} cut in junior hiring from year {pipeline.ai_from_year}"
        if pipeline.cut > 0
        else "With no cut in junior hiring"
    )
    if pipeline.ai_speedup > 0:
        policy += f" and AI saving {pipeline.ai_speedup:.0%} of junior time"
    year = first_shortage_year(headcounts, target_seniors)
    last = len(headcounts) - 1
    if year is None:
        outcome = (
            f"seniors stay at or above the target of {target_seniors:.0f} for all {last} years"
        )
    else:
        outcome = f"seniors fall below the target of {target_seniors:.0f} in year {year}"
    return f"{policy}, {outcome} ({headcounts['senior'].iloc[-1]:.0f} seniors in year {last})."


# --- the explorer ----------------------------------------------------------------------------

EXPLORER_YEARS = 30
EXPLORER_TARGET = 300  # illustrative: a little below the 322 seniors the default organisation has


def explorer():
    """Sliders for the AI-first policy and the learning lever; the three levels over 30 years."""
    from course import ui

    fig = ui.figure()
    ax = fig.add_subplot()
    ui.style_axes(ax, title="Headcount per level", xlabel="year", ylabel="people")
    lines = {
        level: ax.plot([], [], label=level, linewidth=2, animated=True, **style)[0]
        for level, style in zip(LEVELS, ui.SERIES)
    }
    target_line = ax.axhline(EXPLORER_TARGET, label="senior target", animated=True, **ui.REFERENCE)
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
        "cut": ui.slider("Cut in junior hiring", 0.0, 0.0, 1.0, 0.05, percent=True),
        "ai_from_year": ui.slider("AI-first from year", Pipeline.ai_from_year, 0, 10, 1),
        "ai_speedup": ui.slider("Junior time saved by AI", 0.0, 0.0, 0.5, 0.05, percent=True),
        "target_seniors": ui.slider("Seniors needed", EXPLORER_TARGET, 100, 400, 10),
    }
    return ui.Explorer(fig, controls, model, draw)
