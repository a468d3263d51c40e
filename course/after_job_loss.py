"""After job loss (effect 2 of the essay): who pays, who gains, and how wide the gap becomes.

A synthetic population of households, each with a yearly income from work and a net wealth, is
put through one AI scenario and one set of policies, and the model measures what follows.

The population (:class:`Population`, made once by :func:`households`):

- Income from work is lognormal. A lognormal with shape ``sigma`` has the Gini coefficient
  ``G = 2 * Phi(sigma / sqrt(2)) - 1``, so ``sigma = sqrt(2) * Phi^-1((1 + G) / 2)`` gives the
  CBS income Gini of 0.292 (standardised household income, 2019, provisional) [cbs2019].
- Wealth is not lognormal in the Netherlands: many households have next to nothing, or debts.
  So a share ``no_wealth`` of the households has no wealth at all, and the rest is lognormal.
  With a share ``p`` at zero, the Gini of the whole is ``p + (1 - p) * G_rest``, so the rest gets
  ``G_rest = (G - p) / (1 - p)`` and the whole has the CBS wealth Gini of 0.758 (2019,
  provisional) [cbs2019]. A check on the shape, against CBS's figures for the start of 2023
  [cbs2025]: with the defaults the richest 10 % hold about 63 % of the wealth (CBS: 56 %), the
  richest 1 % about 23 % (CBS: 23 %), the richest 0.1 % about 7 % (CBS: 10 %). The shape is right
  in the middle and too thin at the very top.
- Households are stored from the least to the most wealthy, so the capital owners (the richest
  share) are the last ones.

The scenario (:class:`Scenario`, one year, computed by :func:`scenario`):

1. AI takes over the work of a share ``displaced`` of the households.
2. A share ``fluent`` of those reaches AI fluency and finds work again, at their old pay.
3. The rest live on a benefit, or on the universal basic income (UBI) if that is higher.
4. Everyone receives the UBI; income from work is taxed at a flat rate ``labour_tax``.
5. The capital owners' wealth grows by ``owner_gain`` with AI profits.
6. A wealth tax takes ``wealth_tax`` of each household's wealth above the ``allowance``, minus
   what escapes it (``avoidance``).

Outputs (:class:`Outcome`): the Gini of disposable income and of wealth, the at-risk-of-poverty
rate (the share of households below 60 % of the median disposable income), a Lorenz curve of
each, and the yearly budget in billions of euros for the whole country: the UBI's cost and the benefits
against the revenue of the wealth tax and the change in the revenue of the tax on labour.

What the model simplifies:

- One year, not a path: nobody saves, spends, moves or changes behaviour, except that part of
  the taxable wealth escapes the wealth tax (``avoidance``, illustrative).
- Every household has one income from work before the scenario; pensions, students, household
  size, capital income and the many Dutch taxes and allowances are left out. The flat tax on
  labour stands for all of them, at CPB's effective rate for middle and high incomes [cpb2022].
- Income and wealth are drawn independently; no output depends on how they go together,
  because the model keeps capital income out of income.
- The wealth tax is a yearly levy on wealth itself, per household. The Dutch box 3 taxes a deemed
  return instead, and its allowance (borrowed here) is per person [deloitte2025].
- Who is displaced is random: the model does not know which jobs AI reaches first.
- Numbers not in a source are illustrative, and marked so in :func:`assumptions`.

The Gini and the Lorenz curve come from one sort of the values (O(n log n)), never from the
differences between all pairs (O(n^2)): with 100,000 households that is the difference between
a few milliseconds and ten billion subtractions.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import NamedTuple

import numpy as np
import pandas as pd

from course import params
from course.params import param

LORENZ_POINTS = 101  # the poorest 0 %, 1 %, ..., 100 %
POVERTY_LINE = 0.6  # at risk of poverty: below 60 % of the median income


@dataclass(frozen=True)
class Population:
    """The synthetic population; bad values raise a ValueError that says why."""

    households: int = param(100_000, "illustrative", "households in the synthetic population")
    seed: int = param(
        2019, "illustrative", "seed of the random draws (the same seed gives the same households)"
    )
    income_gini: float = param(
        0.292, "cbs2019", "Gini of standardised household income, 2019 (provisional)"
    )
    wealth_gini: float = param(0.758, "cbs2019", "Gini of household wealth, 2019 (provisional)")
    mean_income: float = param(
        50_000.0, "illustrative", "mean yearly income from work per household, € before tax"
    )
    mean_wealth: float = param(
        325_000.0,
        "cbs2025",
        "mean net wealth per household, €: €2.6 trillion (start of 2023) over about 8 million households",
    )
    no_wealth: float = param(
        0.10,
        "cbs2025",
        "share of households with no wealth (CBS: the poorest 10 % have net debts; the model sets them to 0)",
    )
    country_households: int = param(
        8_000_000,
        "illustrative",
        "households in the Netherlands (about 8 million), to scale the budget up",
    )

    def __post_init__(self):
        params.whole("households", self.households, minimum=100)
        if self.households > 2_000_000:
            raise ValueError(
                f"households must be 2,000,000 or fewer (the model keeps them in memory), not {self.households}."
            )
        params.whole("seed", self.seed)
        params.share("income_gini", self.income_gini, below_one=True)
        params.share("wealth_gini", self.wealth_gini, below_one=True)
        if self.income_gini == 0:
            raise ValueError(
                "income_gini must be above 0: a lognormal income always has some spread."
            )
        for name in ("mean_income", "mean_wealth"):
            params.number(name, getattr(self, name))
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be more than 0 euros, not {getattr(self, name)}.")
        params.share("no_wealth", self.no_wealth)
        if self.no_wealth >= self.wealth_gini:
            raise ValueError(
                f"no_wealth ({self.no_wealth}) must be below wealth_gini ({self.wealth_gini}): "
                "households with no wealth alone already give a Gini of at least their share."
            )
        params.whole("country_households", self.country_households, minimum=1)


@dataclass(frozen=True)
class Scenario:
    """One AI scenario and one set of policies; bad values raise a ValueError that says why."""

    displaced: float = param(0.10, "illustrative", "share of households whose work AI takes over")
    fluent: float = param(
        0.5,
        "illustrative",
        "share of the displaced who reach AI fluency and find work again, at their old pay",
    )
    owners: float = param(
        0.10, "illustrative", "capital owners: the richest share of households by wealth"
    )
    owner_gain: float = param(
        0.20, "illustrative", "growth of the capital owners' wealth from AI profits (0.2 = +20 %)"
    )
    benefit: float = param(
        12_000.0,
        "illustrative",
        "yearly benefit, €, of a household without work (the UBI replaces it when higher)",
    )
    ubi: float = param(
        0.0, "illustrative", "universal basic income, € per household per year (0 = none)"
    )
    labour_tax: float = param(
        0.40,
        "cpb2022",
        "flat tax on income from work (CPB: middle and high incomes pay about 40 %)",
    )
    wealth_tax: float = param(
        0.0,
        "illustrative",
        "yearly tax on wealth above the allowance (0 = none; Altman proposed 2.5 % on company value and land)",
    )
    allowance: float = param(
        57_684.0,
        "deloitte2025",
        "wealth free of the wealth tax, € (box 3's allowance per person, 2025)",
    )
    avoidance: float = param(
        0.05,
        "illustrative",
        "share of the taxable wealth that escapes, per percentage point of wealth tax",
    )

    def __post_init__(self):
        for name in ("displaced", "fluent", "owners", "wealth_tax"):
            params.share(name, getattr(self, name))
        params.share(
            "labour_tax", self.labour_tax, below_one=True
        )  # at 100 % nobody earns anything
        params.share("avoidance", self.avoidance, below_one=True)
        for name in ("owner_gain", "benefit", "ubi", "allowance"):
            params.number(name, getattr(self, name))
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more, not {getattr(self, name)}.")


# The status quo the budget is compared with: everyone works, taxed at today's rate.
STATUS_QUO_LABOUR_TAX = Scenario.labour_tax


def assumptions() -> pd.DataFrame:
    """Every parameter of the population and the scenario: default, meaning, source id."""
    return pd.concat(
        {"population": params.assumptions(Population), "scenario": params.assumptions(Scenario)}
    )


# --- the population --------------------------------------------------------------------------


class Households(NamedTuple):
    """The synthetic population, stored from the least to the most wealthy."""

    income: np.ndarray  # yearly income from work, € before tax
    wealth: np.ndarray  # net wealth, €
    job_draw: np.ndarray  # from 0 to 1: AI takes the work of the households with the lowest draws
    fluency_draw: np.ndarray  # from 0 to 1: of those, the lowest draws reach AI fluency
    country_households: int  # to scale sums up to the whole country


def lognormal_sigma(gini: float) -> float:
    """The shape sigma of the lognormal distribution whose Gini coefficient is ``gini``."""
    params.share("gini", gini, below_one=True)
    return math.sqrt(2) * NormalDist().inv_cdf((1 + gini) / 2)


@functools.lru_cache(maxsize=4)
def households(population: Population = Population()) -> Households:
    """The seeded synthetic population. It is made once per ``population`` and then shared (its
    arrays are read-only), so every explorer and every slider move reuses the same households."""
    p = population
    rng = np.random.default_rng(p.seed)
    sigma = lognormal_sigma(p.income_gini)
    # exp(mu + sigma * Z) has the mean exp(mu + sigma^2 / 2); choose mu to hit the mean.
    income = np.exp(
        math.log(p.mean_income) - sigma**2 / 2 + sigma * rng.standard_normal(p.households)
    )

    none = round(p.no_wealth * p.households)
    rest = p.households - none
    sigma = lognormal_sigma((p.wealth_gini - p.no_wealth) / (1 - p.no_wealth))
    mean_rest = p.mean_wealth * p.households / rest  # the households with wealth hold it all
    wealth = np.zeros(p.households)
    wealth[none:] = np.sort(
        np.exp(math.log(mean_rest) - sigma**2 / 2 + sigma * rng.standard_normal(rest))
    )

    people = Households(
        income, wealth, rng.random(p.households), rng.random(p.households), p.country_households
    )
    for array in people[:4]:
        array.flags.writeable = False
    return people


# --- inequality measures ---------------------------------------------------------------------


def _checked(values, what: str) -> np.ndarray:
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be numbers, one per household.") from None
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{what} must be a non-empty list of numbers, one per household.")
    if not np.isfinite(array).all():
        raise ValueError(f"{what} must be finite numbers (no NaN or infinity).")
    if (array < 0).any():
        raise ValueError(
            f"{what} must be 0 or more: this Gini is for amounts that cannot be negative."
        )
    return array


def lorenz_gini(values, points: int = LORENZ_POINTS) -> tuple[np.ndarray, float]:
    """The Lorenz curve and the Gini coefficient, from one sort.

    The Lorenz curve is the share of the total held by the poorest 0 %, 100/(points-1) %, ...,
    100 % of the households. The Gini is ``(n + 1 - 2 * sum(L_i)) / n``, where ``L_i`` is the share of
    the poorest ``i`` households (i = 1 ... n): 0 when everyone has the same, ``(n - 1) / n``
    when one household has everything.
    """
    params.whole("points", points, minimum=2)
    return _lorenz_gini(np.sort(_checked(values, "The values")), points)


def _lorenz_gini(ordered: np.ndarray, points: int = LORENZ_POINTS) -> tuple[np.ndarray, float]:
    n = ordered.size
    held = np.cumsum(ordered)  # held[i - 1]: what the poorest i households hold together
    total = held[-1]
    if total <= 0:
        raise ValueError(
            "the amounts add up to 0: with nothing to share, there is no share to compare."
        )
    gini = (n + 1 - 2 * held.sum() / total) / n
    # Between two households the curve is a straight line: at 2.5 households it holds what the
    # poorest 2 hold plus half of what the third has.
    households = np.linspace(0, n, points)
    whole = np.floor(households).astype(int)
    poorest = np.where(whole > 0, held[whole - 1], 0.0)
    curve = (poorest + (households - whole) * ordered[np.minimum(whole, n - 1)]) / total
    return curve, float(gini)


def gini(values) -> float:
    """The Gini coefficient of amounts that cannot be negative (incomes, wealth here)."""
    return lorenz_gini(values)[1]


def poverty_rate(incomes, line: float = POVERTY_LINE) -> float:
    """The share of households with an income below ``line`` times the median income."""
    params.share("line", line)
    return _poverty(np.sort(_checked(incomes, "The incomes")), line)[0]


def _poverty(ordered: np.ndarray, line: float = POVERTY_LINE) -> tuple[float, float]:
    """The poverty rate and the poverty line in euros, from sorted incomes."""
    n = ordered.size
    euros = line * (ordered[(n - 1) // 2] + ordered[n // 2]) / 2  # the median is in the middle
    return float(np.searchsorted(ordered, euros, side="left") / n), float(
        euros
    )  # how many are below it


# --- the scenario ----------------------------------------------------------------------------


class Budget(NamedTuple):
    """The yearly budget of the scenario for the whole country, in € billion."""

    basic_income: float  # what the UBI costs
    benefits: float  # what the benefits of the displaced without work cost, beyond the UBI
    wealth_tax: float  # what the wealth tax raises
    labour_tax: float  # the change in the revenue of the tax on labour, against the status quo

    @property
    def balance(self) -> float:
        """Revenue minus cost: below 0, the rest of the budget has to pay the difference."""
        return self.wealth_tax + self.labour_tax - self.basic_income - self.benefits


class Outcome(NamedTuple):
    income_gini: float  # Gini of disposable income (after tax, with UBI and benefits)
    wealth_gini: float  # Gini of wealth after AI profits and the wealth tax
    poverty_rate: float  # share of households below the poverty line
    poverty_line: float  # 60 % of the median disposable income, € a year
    income_lorenz: np.ndarray
    wealth_lorenz: np.ndarray
    budget: Budget


def wealth_tax_revenue(rate: float, base: float, avoidance: float) -> float:
    """What a wealth tax ``rate`` raises on a taxable ``base``: each percentage point of tax
    lets a share ``avoidance`` of what is left escape."""
    return rate * base * (1 - avoidance) ** (100 * rate)


def _grown(people: Households, s: Scenario) -> np.ndarray:
    """The households' wealth after the capital owners' gain from AI profits."""
    n = people.wealth.size
    wealth = people.wealth.copy()
    wealth[n - round(s.owners * n) :] *= 1 + s.owner_gain  # the richest households come last
    return wealth


def scenario(people: Households, s: Scenario = Scenario()) -> Outcome:
    """The outcome of scenario ``s`` for the population ``people`` (one year)."""
    n = people.income.size
    # Fixed draws per household: a larger share displaced (or fluent) adds households, never swaps them.
    working = (people.job_draw >= s.displaced) | (people.fluency_draw < s.fluent)
    income = np.where(working, (1 - s.labour_tax) * people.income + s.ubi, max(s.benefit, s.ubi))

    wealth = _grown(people, s)
    above = np.maximum(wealth - s.allowance, 0)
    declared = (1 - s.avoidance) ** (
        100 * s.wealth_tax
    )  # the share of the taxable wealth that stays
    wealth -= s.wealth_tax * declared * above

    income = np.sort(income)  # one sort each gives the Gini, the Lorenz curve and the median
    income_lorenz, income_gini = _lorenz_gini(income)
    # The households come in order of wealth, and neither the gain nor the tax changes that order:
    # a stable sort (Timsort) notices and needs about one pass; the default sort does not.
    wealth_lorenz, wealth_gini = _lorenz_gini(np.sort(wealth, kind="stable"))
    billions = (
        people.country_households / n / 1e9
    )  # from sums over the sample to € bn for the country
    budget = Budget(
        basic_income=s.ubi * n * billions,
        benefits=max(s.benefit - s.ubi, 0) * float(n - np.count_nonzero(working)) * billions,
        wealth_tax=wealth_tax_revenue(s.wealth_tax, float(above.sum()), s.avoidance) * billions,
        labour_tax=float(
            s.labour_tax * np.sum(people.income, where=working)
            - STATUS_QUO_LABOUR_TAX * people.income.sum()
        )
        * billions,
    )
    return Outcome(
        income_gini, wealth_gini, *_poverty(income), income_lorenz, wealth_lorenz, budget
    )


# Before AI: nobody displaced, no AI profits, no UBI, no wealth tax, today's tax on labour.
BEFORE_AI = Scenario(displaced=0.0, owner_gain=0.0, ubi=0.0, wealth_tax=0.0)


def wealth_tax_for_ubi(people: Households, s: Scenario = Scenario()) -> float | None:
    """The wealth-tax rate whose revenue pays for the scenario's UBI, found by bisection.

    Revenue rises with the rate up to a peak (where avoidance takes away more than a higher rate
    adds) and falls after it, so the search runs from 0 to that peak (or to 100 %). None: no
    rate raises enough.
    """
    cost = s.ubi * people.wealth.size
    if cost == 0:
        return 0.0
    base = float(np.maximum(_grown(people, s) - s.allowance, 0).sum())
    high = 1.0 if s.avoidance == 0 else min(1.0, -1 / (100 * math.log1p(-s.avoidance)))
    if wealth_tax_revenue(high, base, s.avoidance) < cost:
        return None
    low = 0.0
    for _ in range(60):  # each step halves the interval: 2**-60 is below a float's precision
        middle = (low + high) / 2
        if wealth_tax_revenue(middle, base, s.avoidance) < cost:
            low = middle
        else:
            high = middle
    return high


def summary(s: Scenario, outcome: Outcome, before: Outcome) -> str:
    """The explorer's one-line result."""
    balance = outcome.budget.balance
    gap = (
        f"€{-balance:.0f} bn a year short"
        if balance < 0
        else f"€{balance:.0f} bn a year in surplus"
    )
    return (
        f"AI takes the work of {s.displaced:.0%} of households, {s.fluent:.0%} of them find work again: "
        f"income Gini {outcome.income_gini:.3f} (before AI {before.income_gini:.3f}), "
        f"wealth Gini {outcome.wealth_gini:.3f} ({before.wealth_gini:.3f}), "
        f"{outcome.poverty_rate:.1%} at risk of poverty ({before.poverty_rate:.1%}); "
        f"the budget is {gap}."
    )


# --- the explorer ----------------------------------------------------------------------------

BUDGET_ITEMS = ("basic income", "benefits", "wealth tax", "labour tax", "balance")


def _budget_bars(budget: Budget) -> list[float]:
    """The budget as the explorer's bars: costs below 0, revenue (or its change) above."""
    return [
        -budget.basic_income,
        -budget.benefits,
        budget.wealth_tax,
        budget.labour_tax,
        budget.balance,
    ]


def explorer():
    """Sliders for the AI scenario and the three policy levers; Lorenz curves and the budget."""
    from course import ui

    people = households()  # made once: every slider move reuses the same households
    before = scenario(people, BEFORE_AI)

    fig = ui.figure(width=7.5, height=3.6)
    lorenz_ax, budget_ax = fig.subplots(1, 2, gridspec_kw={"wspace": 0.45})
    ui.style_axes(
        lorenz_ax,
        title="Lorenz curves",
        xlabel="poorest share of households",
        ylabel="share of the total",
    )
    shares = np.linspace(0, 1, LORENZ_POINTS)
    lorenz_ax.plot([0, 1], [0, 1], label="equal shares", **ui.REFERENCE)
    lorenz_ax.plot(
        shares,
        before.income_lorenz,
        label="before AI",
        color=ui.PALETTE["grey"],
        linewidth=1,
        linestyle="--",
    )
    lorenz_ax.plot(
        shares, before.wealth_lorenz, color=ui.PALETTE["grey"], linewidth=1, linestyle="--"
    )
    income_line = lorenz_ax.plot(
        [], [], label="income", linewidth=2, animated=True, **ui.SERIES[0]
    )[0]
    wealth_line = lorenz_ax.plot(
        [], [], label="wealth", linewidth=2, animated=True, **ui.SERIES[3]
    )[0]
    lorenz_ax.set_xlim(0, 1)
    lorenz_ax.set_ylim(0, 1)
    lorenz_ax.legend(loc="upper left", fontsize=8, frameon=False)

    ui.style_axes(
        budget_ax, title="Budget: change from before AI", xlabel="€ billion a year", ylabel=""
    )
    positions = np.arange(len(BUDGET_ITEMS))[::-1]
    bars = budget_ax.barh(positions, [0] * len(BUDGET_ITEMS), edgecolor="black", animated=True)
    budget_ax.set_yticks(positions, BUDGET_ITEMS)
    budget_ax.axvline(0, color="black", linewidth=0.8)
    # Fixed limits cover every slider setting, so the axes never need a full redraw.
    budget_ax.set_xlim(-400, 250)
    budget_ax.set_ylim(-0.6, len(BUDGET_ITEMS) - 0.4)
    labels = [budget_ax.text(0, y, "", va="center", fontsize=8, animated=True) for y in positions]

    def model(**values):
        s = Scenario(**values)
        return s, scenario(people, s)

    def draw(result):
        s, outcome = result
        income_line.set_data(shares, outcome.income_lorenz)
        wealth_line.set_data(shares, outcome.wealth_lorenz)
        for bar, label, value in zip(bars, labels, _budget_bars(outcome.budget)):
            bar.set_width(value)
            # costs point left, revenue right; the colour repeats it
            bar.set_facecolor(ui.PALETTE["vermillion"] if value < 0 else ui.PALETTE["green"])
            label.set_text(f"{round(value):+d}")
            label.set_x(value + (8 if value >= 0 else -8))
            label.set_horizontalalignment("left" if value >= 0 else "right")
        return summary(s, outcome, before)

    controls = {
        "displaced": ui.slider(
            "Households whose work AI takes over", Scenario.displaced, 0.0, 0.5, 0.05, percent=True
        ),
        "fluent": ui.slider(
            "Of them, back in work through AI fluency", Scenario.fluent, 0.0, 1.0, 0.1, percent=True
        ),
        "owner_gain": ui.slider(
            "Capital owners' wealth gain from AI", Scenario.owner_gain, 0.0, 1.0, 0.1, percent=True
        ),
        "ubi": ui.slider("Basic income (€ per household per year)", 0, 0, 24_000, 1_000),
        "labour_tax": ui.slider(
            "Tax on income from work", Scenario.labour_tax, 0.2, 0.5, 0.05, percent=True
        ),
        "wealth_tax": ui.slider(
            "Wealth tax above €57,684", 0.0, 0.0, 0.05, 0.005, percent=True, decimals=1
        ),
    }
    return ui.Explorer(fig, controls, model, draw)
