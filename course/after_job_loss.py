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

The scenario (:class:`PolicyScenario`, one year, computed by :func:`consequences`):

1. AI takes over the work of a share ``displaced`` of the households.
2. A share ``fluent`` of those reaches AI fluency and finds work again, at their old pay.
3. The rest live on a benefit, or on the universal basic income (UBI) if that is higher.
4. Everyone receives the UBI; income from work is taxed at a flat rate ``labour_tax``.
5. The capital owners' wealth grows by ``owner_gain`` with AI profits.
6. A wealth tax takes ``wealth_tax`` of each household's wealth above the ``allowance``, minus
   what escapes it (``avoidance``).

Outputs (:class:`Consequences`): the Gini of disposable income and of wealth, the
at-risk-of-poverty rate (the share of households below 60 % of the median disposable income), a
Lorenz curve of each, and the yearly budget in billions of euros for the whole country: the UBI's
cost and the benefits against the revenue of the wealth tax and the change in the revenue of the
tax on labour.

What the model simplifies:

- One year, not a path: nobody saves, spends, moves or changes behaviour, except that part of
  the taxable wealth escapes the wealth tax (``avoidance``, illustrative).
- Every household has one income from work before the scenario; pensions, students, household
  size, capital income and the many Dutch taxes and allowances are left out. The flat tax on
  labour stands for all of them, at CPB's effective rate for middle and high incomes [cpb2022].
- Income and wealth are drawn independently; no output depends on how they go together,
  because the model keeps capital income out of income.
- The wealth tax is a yearly levy on wealth itself, per household. The Dutch box 3 taxes a deemed
  return instead, and its allowance (borrowed here) is per person [deloitte2025]: with one
  allowance per household the model taxes more wealth than box 3 would (two per household, as a
  couple has, would make the taxable wealth about 9 % smaller).
- Who is displaced is random: the model does not know which jobs AI reaches first.
- Numbers not in a source are illustrative, and marked so in :func:`assumptions`.

The Gini and the Lorenz curve come from one sort of the values (O(n log n)), never from the
differences between all pairs (O(n^2)): with 100,000 households that is the difference between
a few milliseconds and ten billion subtractions. The explorer goes further: incomes are sorted
once per population, and each scenario keeps that order (O(n): see ``_disposable_income``).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, fields
from statistics import NormalDist
from typing import NamedTuple

import numpy as np
import pandas as pd

from course import params
from course.i18n import N_, _, euros, number, percent
from course.params import param

LORENZ_POINTS = 101  # the poorest 0 %, 1 %, ..., 100 %
MAX_LORENZ_POINTS = 10_001  # more points than this show nothing more on any screen
POVERTY_LINE = 0.6  # at risk of poverty: below 60 % of the median income
MAX_HOUSEHOLDS = 2_000_000  # the model keeps every household in memory


@dataclass(frozen=True)
class Population:
    """The synthetic population; bad values raise a ValueError that says why.

    Examples
    --------
    >>> Population(households=1_000).mean_income
    50000.0
    >>> Population(no_wealth=0.8)
    Traceback (most recent call last):
    ...
    ValueError: no_wealth (0.8) must be below wealth_gini (0.758): households with no wealth \
alone already give a Gini of at least their share.
    """

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
        "mean net wealth per household, €: €2.6 trillion (start of 2023) over about "
        "8 million households",
    )
    no_wealth: float = param(
        0.10,
        "cbs2025",
        "share of households with no wealth "
        "(CBS: the poorest 10 % have net debts; the model sets them to 0)",
    )
    country_households: int = param(
        8_000_000,
        "illustrative",
        "households in the Netherlands (about 8 million), to scale the budget up",
    )

    def __post_init__(self):
        params.whole("households", self.households, minimum=100)
        if self.households > MAX_HOUSEHOLDS:
            raise ValueError(
                _(
                    "households must be {maximum} or fewer (the model keeps them in memory), "
                    "not {value}."
                ).format(maximum=number(MAX_HOUSEHOLDS), value=self.households)
            )
        params.whole("seed", self.seed)
        params.share("income_gini", self.income_gini, below_one=True)
        params.share("wealth_gini", self.wealth_gini, below_one=True)
        if self.income_gini == 0:
            raise ValueError(
                _("income_gini must be above 0: a lognormal income always has some spread.")
            )
        params.amount("mean_income", self.mean_income, above=True, unit=N_("euros"))
        params.amount("mean_wealth", self.mean_wealth, above=True, unit=N_("euros"))
        params.share("no_wealth", self.no_wealth)
        if self.no_wealth >= self.wealth_gini:
            raise ValueError(
                _(
                    "no_wealth ({no_wealth}) must be below wealth_gini ({wealth_gini}): "
                    "households with no wealth alone already give a Gini of at least their share."
                ).format(no_wealth=self.no_wealth, wealth_gini=self.wealth_gini)
            )
        params.whole("country_households", self.country_households, minimum=1)


@dataclass(frozen=True)
class PolicyScenario:
    """One AI scenario and one set of policies; bad values raise a ValueError that says why.

    Examples
    --------
    >>> PolicyScenario(ubi=12_000).labour_tax
    0.4
    >>> PolicyScenario(benefit=-1)
    Traceback (most recent call last):
    ...
    ValueError: benefit must be 0 or more euros, not -1.
    """

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
        "yearly tax on wealth above the allowance "
        "(0 = none; Altman proposed 2.5 % on company value and land)",
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
        # at 100 % nobody earns anything; at 100 % avoidance nothing is taxed
        params.share("labour_tax", self.labour_tax, below_one=True)
        params.share("avoidance", self.avoidance, below_one=True)
        params.amount("owner_gain", self.owner_gain)
        for name in ("benefit", "ubi", "allowance"):
            params.amount(name, getattr(self, name), unit=N_("euros"))


# The status quo the budget is compared with: everyone works, taxed at today's rate.
STATUS_QUO_LABOUR_TAX = PolicyScenario.labour_tax


def assumptions() -> pd.DataFrame:
    """Every parameter of the population and the scenario: default, meaning, source id.

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`Population` and of :class:`PolicyScenario`, indexed by
        ("population" or "scenario", the field's name).

    Examples
    --------
    >>> assumptions().loc[("population", "wealth_gini"), "source"]
    'cbs2019'
    """
    return pd.concat(
        {
            "population": params.assumptions(Population),
            "scenario": params.assumptions(PolicyScenario),
        }
    )


# --- the population --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Households:
    """A population, stored from the least to the most wealthy; bad arrays raise a ValueError.

    Examples
    --------
    >>> people = Households(
    ...     income=np.array([10_000.0, 30_000.0]),
    ...     wealth=np.array([0.0, 50_000.0]),
    ...     job_draw=np.array([0.5, 0.9]),
    ...     fluency_draw=np.array([0.3, 0.1]),
    ...     country_households=2,
    ... )
    >>> people.income.sum()
    np.float64(40000.0)
    """

    income: np.ndarray  # yearly income from work, € before tax
    wealth: np.ndarray  # net wealth, €, from the least to the most wealthy
    job_draw: np.ndarray  # from 0 to 1: AI takes the work of the households with the lowest draws
    fluency_draw: np.ndarray  # from 0 to 1: of those, the lowest draws reach AI fluency
    country_households: int  # to scale sums up to the whole country

    def __post_init__(self):
        for field in fields(self)[:4]:
            values = params.numbers(field.name, getattr(self, field.name))
            if (values < 0).any():
                raise ValueError(
                    _("{name} must be 0 or more for every household.").format(name=field.name)
                )
            object.__setattr__(self, field.name, values)  # a list becomes an array
        if (
            len({self.income.size, self.wealth.size, self.job_draw.size, self.fluency_draw.size})
            > 1
        ):
            raise ValueError(_("income, wealth and both draws need one number per household."))
        if (self.job_draw >= 1).any() or (self.fluency_draw >= 1).any():
            raise ValueError(_("the draws are chances: from 0 up to (not including) 1."))
        if (np.diff(self.wealth) < 0).any():
            raise ValueError(_("the households must come from the least to the most wealthy."))
        params.whole("country_households", self.country_households, minimum=1)

    @functools.cached_property
    def by_income(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Income, job draw and fluency draw, from the lowest to the highest income.

        Made once per population (a sort), so that no scenario needs to sort incomes again: see
        ``_disposable_income``.
        """
        order = np.argsort(self.income, kind="stable")
        arrays = tuple(a[order] for a in (self.income, self.job_draw, self.fluency_draw))
        for array in arrays:
            array.flags.writeable = False
        return arrays


def lognormal_sigma(gini: float) -> float:
    """The shape sigma of the lognormal distribution whose Gini coefficient is ``gini``.

    A lognormal with shape ``sigma`` has the Gini ``G = 2 * Phi(sigma / sqrt(2)) - 1``
    (Aitchison and Brown's result), so ``sigma = sqrt(2) * Phi^-1((1 + G) / 2)``.

    Parameters
    ----------
    gini : float
        The Gini coefficient, from 0 up to (not including) 1.

    Returns
    -------
    float
        The shape sigma (0 for a Gini of 0).

    Examples
    --------
    >>> round(lognormal_sigma(0.292), 4)  # the CBS income Gini (cbs2019)
    0.5297
    """
    params.share("gini", gini, below_one=True)
    return math.sqrt(2) * NormalDist().inv_cdf((1 + gini) / 2)


@functools.lru_cache(maxsize=4)
def households(population: Population = Population()) -> Households:
    """The seeded synthetic population, made once per ``population`` and then shared.

    Income is lognormal with the population's income Gini; wealth is zero for a share
    ``no_wealth`` and lognormal for the rest (see the module's text for the calibration).

    Parameters
    ----------
    population : Population, default Population()
        The size, seed, Ginis and means to draw.

    Returns
    -------
    Households
        The households, from the least to the most wealthy. Its arrays are read-only, so every
        explorer and every slider move can reuse the same households.

    Examples
    --------
    >>> people = households(Population(households=1_000))
    >>> people.income.size, int((people.wealth == 0).sum())
    (1000, 100)
    """
    if not isinstance(population, Population):
        raise ValueError(
            _("population must be a Population, not {kind}.").format(kind=type(population).__name__)
        )
    p = population
    rng = np.random.default_rng(p.seed)
    sigma = lognormal_sigma(p.income_gini)
    # exp(mu + sigma * Z) has the mean exp(mu + sigma^2 / 2); choose mu to hit the mean.
    with np.errstate(over="ignore"):  # the check below says it better than numpy's warning
        income = np.exp(
            math.log(p.mean_income) - sigma**2 / 2 + sigma * rng.standard_normal(p.households)
        )

    none = round(p.no_wealth * p.households)
    rest = p.households - none
    sigma = lognormal_sigma((p.wealth_gini - p.no_wealth) / (1 - p.no_wealth))
    mean_rest = p.mean_wealth * p.households / rest  # the households with wealth hold it all
    wealth = np.zeros(p.households)
    with np.errstate(over="ignore"):
        wealth[none:] = np.sort(
            np.exp(math.log(mean_rest) - sigma**2 / 2 + sigma * rng.standard_normal(rest))
        )
    if not (np.isfinite(income).all() and np.isfinite(wealth).all()):
        raise ValueError(_(_TOO_LARGE))

    people = Households(
        income, wealth, rng.random(p.households), rng.random(p.households), p.country_households
    )
    for array in (people.income, people.wealth, people.job_draw, people.fluency_draw):
        array.flags.writeable = False
    return people


_TOO_LARGE = N_(
    "these amounts are too large to add up (beyond 10^308 euros): "
    "use smaller incomes, wealth, gains or benefits."
)


# --- inequality measures ---------------------------------------------------------------------


def _amounts(values, what: str) -> np.ndarray:
    what = _(what)  # a description, not a parameter's name: in the language in use
    array = params.numbers(what, values)
    if (array < 0).any():
        raise ValueError(
            _(
                "{what} must be 0 or more: this measure is for amounts that cannot be negative."
            ).format(what=what)
        )
    return array


def lorenz_gini(values, points: int = LORENZ_POINTS) -> tuple[np.ndarray, float]:
    """The Lorenz curve and the Gini coefficient, from one sort.

    The Gini is ``(n + 1 - 2 * sum(L_i)) / n``, where ``L_i`` is the share of the poorest ``i``
    households (i = 1 ... n): the same as the mean absolute difference between all pairs over
    twice the mean, without comparing the pairs (O(n log n), not O(n^2)).

    Parameters
    ----------
    values : list of float
        One amount per household, each 0 or more, not all 0.
    points : int, default 101
        The points of the curve, from 2 to 10,001.

    Returns
    -------
    curve : numpy.ndarray
        The share of the total held by the poorest 0 %, 100/(points-1) %, ..., 100 % of the
        households (a straight line between two households).
    gini : float
        0 when everyone has the same, ``(n - 1) / n`` when one household has everything.

    Examples
    --------
    >>> curve, gini = lorenz_gini([4, 1, 3, 2], points=5)
    >>> curve.tolist(), gini
    ([0.0, 0.1, 0.3, 0.6, 1.0], 0.25)
    """
    params.whole("points", points, minimum=2)
    if points > MAX_LORENZ_POINTS:
        raise ValueError(
            _("points must be {maximum} or fewer, not {value}.").format(
                maximum=number(MAX_LORENZ_POINTS), value=points
            )
        )
    return _lorenz_gini(np.sort(_amounts(values, N_("the values"))), points)


def _lorenz_gini(ordered: np.ndarray, points: int = LORENZ_POINTS) -> tuple[np.ndarray, float]:
    n = ordered.size
    if ordered[-1] <= 0:
        raise ValueError(
            _("the amounts add up to 0: with nothing to share, there is no share to compare.")
        )
    if ordered[0] == ordered[-1]:  # everyone has the same: exactly 0, not a rounding error
        return np.linspace(0, 1, points), 0.0
    # The sums below reach n * n times the largest amount. For huge amounts, count in units of
    # the largest, so that no sum overflows: the shares stay the same.
    if float(ordered[-1]) * n * n > 1e300:
        ordered = ordered / ordered[-1]
    held = np.cumsum(ordered)  # held[i - 1]: what the poorest i households hold together
    total = held[-1]
    gini = min(max((n + 1 - 2 * held.sum() / total) / n, 0.0), (n - 1) / n)
    # Between two households the curve is a straight line: at 2.5 households it holds what the
    # poorest 2 hold plus half of what the third has.
    households = np.linspace(0, n, points)
    whole = np.floor(households).astype(int)
    poorest = np.where(whole > 0, held[whole - 1], 0.0)
    curve = (poorest + (households - whole) * ordered[np.minimum(whole, n - 1)]) / total
    return curve, float(gini)


def gini(values) -> float:
    """The Gini coefficient of amounts that cannot be negative (incomes, wealth here).

    Parameters
    ----------
    values : list of float
        One amount per household, each 0 or more, not all 0.

    Returns
    -------
    float
        From 0 (everyone has the same) to ``(n - 1) / n`` (one has everything); see
        :func:`lorenz_gini` for the formula.

    Examples
    --------
    >>> gini([5, 5, 5, 5])
    0.0
    >>> gini([0, 0, 0, 10])
    0.75
    >>> gini([1, 2, 3, 4])
    0.25
    """
    return lorenz_gini(values)[1]


def poverty_rate(incomes, line: float = POVERTY_LINE) -> float:
    """The share of households with an income below ``line`` times the median income.

    The at-risk-of-poverty rate as CBS and Eurostat define it, with ``line = 0.6``.

    Parameters
    ----------
    incomes : list of float
        One income per household, each 0 or more.
    line : float, default 0.6
        The poverty line as a share of the median income.

    Returns
    -------
    float
        The share below the line (an income on the line is not below it).

    Examples
    --------
    >>> poverty_rate([10, 20, 30, 40, 50])  # median 30, line 18
    0.2
    >>> poverty_rate([6, 10, 10, 10])  # on the line is not below it
    0.0
    """
    params.share("line", line)
    return _poverty(np.sort(_amounts(incomes, N_("the incomes"))), line)[0]


def _poverty(ordered: np.ndarray, line: float = POVERTY_LINE) -> tuple[float, float]:
    """The poverty rate and the poverty line in euros, from sorted incomes."""
    n = ordered.size
    # the median is in the middle; halves first, so that two huge incomes cannot overflow
    euros = line * (ordered[(n - 1) // 2] / 2 + ordered[n // 2] / 2)
    below = np.searchsorted(ordered, euros, side="left")
    return float(below / n), float(euros)


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


class Consequences(NamedTuple):
    """What one scenario does to a population in one year."""

    income_gini: float  # Gini of disposable income (after tax, with UBI and benefits)
    wealth_gini: float  # Gini of wealth after AI profits and the wealth tax
    poverty_rate: float  # share of households below the poverty line
    poverty_line: float  # 60 % of the median disposable income, € a year
    income_lorenz: np.ndarray
    wealth_lorenz: np.ndarray
    budget: Budget


def wealth_tax_revenue(rate: float, base: float, avoidance: float) -> float:
    """What a wealth tax raises on a taxable base, after avoidance.

    Each percentage point of tax lets a share ``avoidance`` of what is left of the base escape,
    so the tax raises ``rate * base * (1 - avoidance) ** (100 * rate)`` (the course's
    illustrative model of avoidance).

    Parameters
    ----------
    rate : float
        The tax rate, from 0 to 1.
    base : float
        The taxable wealth, € (0 or more).
    avoidance : float
        The share that escapes per percentage point of tax, from 0 up to (not including) 1.

    Returns
    -------
    float
        The revenue, €.

    Examples
    --------
    >>> wealth_tax_revenue(0.02, 1_000_000, 0.0)
    20000.0
    >>> round(wealth_tax_revenue(0.02, 1_000_000, 0.05))  # 0.95 of the base stays, twice
    18050
    """
    params.share("rate", rate)
    params.amount("base", base, unit=N_("euros"))
    params.share("avoidance", avoidance, below_one=True)
    return rate * base * (1 - avoidance) ** (100 * rate)


def _grown(people: Households, scenario: PolicyScenario) -> np.ndarray:
    """The households' wealth after the capital owners' gain from AI profits."""
    n = people.wealth.size
    wealth = people.wealth.copy()
    # the richest households come last
    wealth[n - round(scenario.owners * n) :] *= 1 + scenario.owner_gain
    return wealth


def _disposable_income(people: Households, scenario: PolicyScenario) -> np.ndarray:
    """Every household's income after tax, with the UBI or the benefit, from low to high.

    One sorted array gives the Gini, the Lorenz curve and the median. It needs no sort: the
    households who work keep their order of income (the same tax and UBI for all of them), and
    those without work all get the same amount, so that block slots in where it belongs. The
    numbers are those of a sort, in a fraction of its time.
    """
    s = scenario
    income, job_draw, fluency_draw = people.by_income
    working = (job_draw >= s.displaced) | (fluency_draw < s.fluent)
    workers = (1 - s.labour_tax) * income[working] + s.ubi
    without_work = max(s.benefit, s.ubi)
    at = np.searchsorted(workers, without_work)
    return np.concatenate(
        (workers[:at], np.full(income.size - workers.size, without_work), workers[at:])
    )


def _check(people, scenario) -> None:
    if not isinstance(people, Households):
        raise ValueError(
            _("people must be Households, such as households(), not {kind}.").format(
                kind=type(people).__name__
            )
        )
    if not isinstance(scenario, PolicyScenario):
        raise ValueError(
            _("scenario must be a PolicyScenario, not {kind}.").format(kind=type(scenario).__name__)
        )


def consequences(people: Households, scenario: PolicyScenario = PolicyScenario()) -> Consequences:
    """What ``scenario`` does to the population ``people`` in one year.

    Parameters
    ----------
    people : Households
        The population, usually :func:`households`.
    scenario : PolicyScenario, default PolicyScenario()
        Who loses their work, who finds it again, and the policies.

    Returns
    -------
    Consequences
        The Ginis of disposable income and of wealth (see :func:`lorenz_gini`), the
        at-risk-of-poverty rate and line (see :func:`poverty_rate`), both Lorenz curves, and
        the budget for the whole country in € billion.

    Examples
    --------
    Four households; AI takes the work of the first (lowest job draw), who does not find any:

    >>> people = Households(
    ...     income=np.array([10_000.0, 20_000.0, 30_000.0, 40_000.0]),
    ...     wealth=np.array([0.0, 0.0, 0.0, 100_000.0]),
    ...     job_draw=np.array([0.1, 0.5, 0.6, 0.9]),
    ...     fluency_draw=np.array([0.9, 0.9, 0.9, 0.9]),
    ...     country_households=4,
    ... )
    >>> result = consequences(people, PolicyScenario(displaced=0.25, benefit=6_000))
    >>> result.poverty_line  # 0.6 x the median of 6,000, 12,000, 18,000 and 24,000
    9000.0
    >>> result.poverty_rate
    0.25
    """
    _check(people, scenario)
    s = scenario
    n = people.income.size
    # Fixed draws per household: a larger share displaced (or fluent) adds households, never
    # swaps them.
    working = (people.job_draw >= s.displaced) | (people.fluency_draw < s.fluent)
    # Amounts beyond 1e308 euros overflow: the checks below say so better than numpy's warnings.
    with np.errstate(over="ignore", invalid="ignore"):
        income = _disposable_income(people, s)
        wealth = _grown(people, s)
        above = np.maximum(wealth - s.allowance, 0)
        declared = (1 - s.avoidance) ** (100 * s.wealth_tax)  # the share of the base that stays
        wealth -= s.wealth_tax * declared * above
        base = float(above.sum())
    # The households come in order of wealth, and neither the gain nor the tax changes that order:
    # a stable sort (Timsort) notices and needs about one pass; the default sort does not.
    wealth = np.sort(wealth, kind="stable")
    # the largest amounts come last (and so would an overflow, infinite or NaN)
    if not (math.isfinite(income[-1]) and math.isfinite(wealth[-1]) and math.isfinite(base)):
        raise ValueError(_(_TOO_LARGE))
    income_lorenz, income_gini = _lorenz_gini(income)
    wealth_lorenz, wealth_gini = _lorenz_gini(wealth)
    billions = people.country_households / n / 1e9  # sums over the sample -> € bn for the country
    budget = Budget(
        basic_income=s.ubi * n * billions,
        benefits=max(s.benefit - s.ubi, 0) * float(n - np.count_nonzero(working)) * billions,
        wealth_tax=wealth_tax_revenue(s.wealth_tax, base, s.avoidance) * billions,
        labour_tax=float(
            s.labour_tax * np.sum(people.income, where=working)
            - STATUS_QUO_LABOUR_TAX * people.income.sum()
        )
        * billions,
    )
    if not all(math.isfinite(amount) for amount in (*budget, budget.balance)):
        raise ValueError(_(_TOO_LARGE))
    return Consequences(
        income_gini, wealth_gini, *_poverty(income), income_lorenz, wealth_lorenz, budget
    )


# Before AI: nobody displaced, no AI profits, no UBI, no wealth tax, today's tax on labour.
BEFORE_AI = PolicyScenario(displaced=0.0, owner_gain=0.0, ubi=0.0, wealth_tax=0.0)


def wealth_tax_for_ubi(
    people: Households, scenario: PolicyScenario = PolicyScenario()
) -> float | None:
    """The wealth-tax rate whose revenue pays for the scenario's UBI, found by bisection.

    Revenue rises with the rate up to a peak, where avoidance takes away more than a higher rate
    adds (the rate ``-1 / (100 * ln(1 - avoidance))`` that maximises
    :func:`wealth_tax_revenue`), and falls after it; so the search runs from 0 to that peak (or
    to 100 %).

    Parameters
    ----------
    people : Households
        The population.
    scenario : PolicyScenario, default PolicyScenario()
        Its ``ubi``, ``allowance``, ``avoidance`` and the owners' gain count.

    Returns
    -------
    float or None
        The rate, from 0 to 1; None when no rate raises enough.

    Examples
    --------
    Two households, one with €1.1 million: 10 % of its million above the allowance pays a UBI
    of €50,000 for both.

    >>> people = Households(
    ...     income=np.array([30_000.0, 30_000.0]),
    ...     wealth=np.array([0.0, 1_100_000.0]),
    ...     job_draw=np.array([0.5, 0.5]),
    ...     fluency_draw=np.array([0.5, 0.5]),
    ...     country_households=2,
    ... )
    >>> scenario = PolicyScenario(ubi=50_000, owner_gain=0, allowance=100_000, avoidance=0)
    >>> round(wealth_tax_for_ubi(people, scenario), 9)
    0.1
    """
    _check(people, scenario)
    s = scenario
    cost = s.ubi * people.wealth.size
    if cost == 0:
        return 0.0
    with np.errstate(over="ignore", invalid="ignore"):  # the check below says it better
        base = float(np.maximum(_grown(people, s) - s.allowance, 0).sum())
    if not math.isfinite(base):
        raise ValueError(_(_TOO_LARGE))
    high = 1.0 if s.avoidance == 0 else min(1.0, -1 / (100 * math.log1p(-s.avoidance)))
    if wealth_tax_revenue(high, base, s.avoidance) < cost:
        return None
    low = 0.0
    for _step in range(60):  # each step halves the interval: 2**-60 is below a float's precision
        middle = (low + high) / 2
        if wealth_tax_revenue(middle, base, s.avoidance) < cost:
            low = middle
        else:
            high = middle
    return high


def summary(scenario: PolicyScenario, result: Consequences, before: Consequences) -> str:
    """The explorer's one-line result: the scenario, the Ginis, poverty and the budget.

    Parameters
    ----------
    scenario : PolicyScenario
        The scenario ``result`` comes from.
    result, before : Consequences
        The consequences of ``scenario`` and of :data:`BEFORE_AI`.

    Returns
    -------
    str
        One paragraph for the explorer.

    Examples
    --------
    Four households; AI takes the work of the first, who lives on a benefit of €3,000:

    >>> people = Households(
    ...     income=np.array([10_000.0, 20_000.0, 30_000.0, 40_000.0]),
    ...     wealth=np.array([0.0, 0.0, 0.0, 100_000.0]),
    ...     job_draw=np.array([0.1, 0.5, 0.6, 0.9]),
    ...     fluency_draw=np.array([0.9, 0.9, 0.9, 0.9]),
    ...     country_households=4,
    ... )
    >>> scenario = PolicyScenario(displaced=0.25, fluent=0.0, benefit=3_000)
    >>> before = consequences(people, BEFORE_AI)
    >>> print(summary(scenario, consequences(people, scenario), before))
    AI takes the work of 25% of households, 0% of them find work again: income Gini 0.303 \
(before AI 0.250), wealth Gini 0.750 (0.750), 25.0% at risk of poverty (25.0%); the budget is \
€0 bn a year short.
    """
    balance = result.budget.balance
    if balance < 0:
        budget = _("the budget is {amount} bn a year short").format(amount=euros(-balance))
    else:
        budget = _("the budget is {amount} bn a year in surplus").format(amount=euros(balance))
    return _(
        "AI takes the work of {displaced} of households, {fluent} of them find work again: "
        "income Gini {income_gini} (before AI {income_gini_before}), wealth Gini {wealth_gini} "
        "({wealth_gini_before}), {poverty} at risk of poverty ({poverty_before}); {budget}."
    ).format(
        displaced=percent(scenario.displaced),
        fluent=percent(scenario.fluent),
        income_gini=number(result.income_gini, 3),
        income_gini_before=number(before.income_gini, 3),
        wealth_gini=number(result.wealth_gini, 3),
        wealth_gini_before=number(before.wealth_gini, 3),
        poverty=percent(result.poverty_rate, 1),
        poverty_before=percent(before.poverty_rate, 1),
        budget=budget,
    )


def poverty_line_summary(scenario: PolicyScenario, result: Consequences) -> str:
    """The lesson's sentence about the poverty line: where it lies, and how many fall below it.

    Parameters
    ----------
    scenario : PolicyScenario
        The scenario ``result`` comes from.
    result : Consequences
        Its consequences.

    Returns
    -------
    str
        One sentence, in the language in use.

    Examples
    --------
    Four households; AI takes the work of the first, who lives on a benefit of €6,000:

    >>> people = Households(
    ...     income=np.array([10_000.0, 20_000.0, 30_000.0, 40_000.0]),
    ...     wealth=np.array([0.0, 0.0, 0.0, 100_000.0]),
    ...     job_draw=np.array([0.1, 0.5, 0.6, 0.9]),
    ...     fluency_draw=np.array([0.9, 0.9, 0.9, 0.9]),
    ...     country_households=4,
    ... )
    >>> scenario = PolicyScenario(displaced=0.25, fluent=0.0, benefit=6_000)
    >>> print(poverty_line_summary(scenario, consequences(people, scenario)))
    25% displaced, nobody back in work: poverty line €9,000 a year, 25.0% of households below it
    """
    if scenario.fluent == 0:
        who = _("{displaced} displaced, nobody back in work")
    else:
        who = _("{displaced} displaced, {fluent} of them back in work")
    who = who.format(displaced=percent(scenario.displaced), fluent=percent(scenario.fluent))
    return _("{who}: poverty line {line} a year, {rate} of households below it").format(
        who=who, line=euros(result.poverty_line), rate=percent(result.poverty_rate, 1)
    )


def financing_summary(scenario: PolicyScenario, budget: Budget) -> str:
    """The lesson's sentence about paying for a basic income with a wealth tax: what the basic
    income costs, what the wealth tax raises, and what the budget as a whole is then short.

    Parameters
    ----------
    scenario : PolicyScenario
        The scenario, with its basic income and its wealth tax.
    budget : Budget
        Its budget (``consequences(people, scenario).budget``).

    Returns
    -------
    str
        One paragraph, in the language in use.

    Examples
    --------
    >>> budget = Budget(basic_income=96.0, benefits=0.0, wealth_tax=96.0, labour_tax=-8.0)
    >>> print(financing_summary(PolicyScenario(ubi=12_000, wealth_tax=0.047), budget))
    A basic income of €12,000 costs €96 bn a year; a wealth tax of 4.7% raises €96 bn. The \
budget as a whole is then €8 bn a year short.
    """
    balance = budget.balance
    if balance < 0:
        whole = _("The budget as a whole is then {amount} bn a year short.")
    else:
        whole = _("The budget as a whole then has {amount} bn a year to spare.")
    return _(
        "A basic income of {ubi} costs {cost} bn a year; a wealth tax of {rate} raises "
        "{revenue} bn. {whole}"
    ).format(
        ubi=euros(scenario.ubi),
        cost=euros(budget.basic_income),
        rate=percent(scenario.wealth_tax, 1),
        revenue=euros(budget.wealth_tax),
        whole=whole.format(amount=euros(abs(balance))),
    )


# --- the explorer ----------------------------------------------------------------------------

# The budget's bars, from the top; translated where they are shown.
BUDGET_ITEMS = (
    N_("basic income"),
    N_("benefits"),
    N_("wealth tax"),
    N_("labour tax"),
    N_("balance"),
)


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
    """Sliders for the AI scenario and the three policy levers; Lorenz curves and the budget.

    Returns
    -------
    course.ui.Explorer
        The widget: the Lorenz curves of income and wealth, and the budget, for the sliders'
        settings, against the population before AI.
    """
    from course import ui

    people = households()  # made once: every slider move reuses the same households
    before = consequences(people, BEFORE_AI)

    fig = ui.figure(width=7.5, height=3.6)
    lorenz_ax, budget_ax = fig.subplots(1, 2, gridspec_kw={"wspace": 0.6})
    ui.style_axes(
        lorenz_ax,
        title=_("Lorenz curves"),
        xlabel=_("poorest share of households"),
        ylabel=_("share of the total"),
    )
    shares = np.linspace(0, 1, LORENZ_POINTS)
    lorenz_ax.plot([0, 1], [0, 1], label=_("equal shares"), **ui.REFERENCE)
    lorenz_ax.plot(
        shares,
        before.income_lorenz,
        label=_("before AI"),
        color=ui.PALETTE["grey"],
        linewidth=1,
        linestyle="--",
    )
    lorenz_ax.plot(
        shares, before.wealth_lorenz, color=ui.PALETTE["grey"], linewidth=1, linestyle="--"
    )
    income_line = lorenz_ax.plot(
        [], [], label=_("income"), linewidth=2, animated=True, **ui.SERIES[0]
    )[0]
    wealth_line = lorenz_ax.plot(
        [], [], label=_("wealth"), linewidth=2, animated=True, **ui.SERIES[3]
    )[0]
    lorenz_ax.set_xlim(0, 1)
    lorenz_ax.set_ylim(0, 1)
    lorenz_ax.legend(loc="upper left", fontsize=8, frameon=False)

    ui.style_axes(
        budget_ax,
        title=_("Budget: change from before AI"),
        xlabel=_("€ billion a year"),
        ylabel="",
    )
    positions = np.arange(len(BUDGET_ITEMS))[::-1]
    bars = budget_ax.barh(positions, [0] * len(BUDGET_ITEMS), edgecolor="black", animated=True)
    budget_ax.set_yticks(positions, [_(item) for item in BUDGET_ITEMS])
    budget_ax.axvline(0, color="black", linewidth=0.8)
    # Fixed limits cover every slider setting, so the axes never need a full redraw.
    budget_ax.set_xlim(-400, 250)
    budget_ax.set_ylim(-0.6, len(BUDGET_ITEMS) - 0.4)
    labels = [budget_ax.text(0, y, "", va="center", fontsize=8, animated=True) for y in positions]

    def model(**values):
        scenario = PolicyScenario(**values)
        return scenario, consequences(people, scenario)

    def draw(result):
        scenario, outcome = result
        income_line.set_data(shares, outcome.income_lorenz)
        wealth_line.set_data(shares, outcome.wealth_lorenz)
        for bar, label, value in zip(bars, labels, _budget_bars(outcome.budget), strict=True):
            bar.set_width(value)
            # costs point left, revenue right; the colour repeats it
            bar.set_facecolor(ui.PALETTE["vermillion"] if value < 0 else ui.PALETTE["green"])
            label.set_text(f"{round(value):+d}")
            label.set_x(value + (8 if value >= 0 else -8))
            label.set_horizontalalignment("left" if value >= 0 else "right")
        return summary(scenario, outcome, before)

    controls = {
        "displaced": ui.slider(
            _("Households whose work AI takes over"),
            PolicyScenario.displaced,
            0.0,
            0.5,
            0.05,
            percent=True,
        ),
        "fluent": ui.slider(
            _("Of them, back in work through AI fluency"),
            PolicyScenario.fluent,
            0.0,
            1.0,
            0.1,
            percent=True,
        ),
        "owner_gain": ui.slider(
            _("Capital owners' wealth gain from AI"),
            PolicyScenario.owner_gain,
            0.0,
            1.0,
            0.1,
            percent=True,
        ),
        "ubi": ui.slider(_("Basic income (€ per household per year)"), 0, 0, 24_000, 1_000),
        "labour_tax": ui.slider(
            _("Tax on income from work"), PolicyScenario.labour_tax, 0.2, 0.5, 0.05, percent=True
        ),
        "wealth_tax": ui.slider(
            _("Wealth tax above {allowance}").format(allowance=euros(PolicyScenario.allowance)),
            0.0,
            0.0,
            0.05,
            0.005,
            percent=True,
            decimals=1,
        ),
    }
    return ui.Explorer(fig, controls, model, draw)
