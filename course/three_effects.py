"""Three effects of AI on work (lesson 01): jobs are created, disappear and change, because a
job is a bundle of tasks.

An occupation is a set of tasks. Each task takes a share of the working time (``time_share``; a
job's shares add up to 1) and has an **exposure score** from 0 (generative AI cannot do any of
it) to 1 (it can do all of it). The model, in this order:

1. Every score may be moved by ``score_shift`` (AI doing better or worse than the scores say),
   and stays within 0 and 1.
2. Each task gets a class, with the ILO's bands: **automated** when its score is above
   ``automated_above``, **augmented** when it is ``augmented_from`` or more (up to and including
   ``automated_above``), and **little affected** below that.
3. For each job: the share of its working time in each class, and its **exposure**, the
   time-weighted score ``sum(time_share * score)``.
4. The job's outcome: **at risk of disappearing** when automated tasks fill at least
   ``job_share`` of its time; **mostly changed** when automated and augmented tasks together do;
   **little affected** otherwise.
5. The other side, *reinstatement* (Acemoglu and Restrepo): AI also brings new tasks, worth
   ``new_tasks`` of the old working time. The human work left in a job is the time of its
   augmented and little-affected tasks plus the new tasks.

What the model simplifies:

- A score says what AI *could* do with a task (exposure), not what employers will do: cost,
  adoption, rules and demand are left out. Exposure is not job loss.
- Two thresholds draw sharp lines: a task scoring 0.75 is augmented, one scoring 0.76 automated.
- An automated task leaves the job entirely; an augmented task keeps all its time (AI changes
  how it is done, not how long it takes). Real jobs sit between these extremes.
- New tasks are one share for every job, and nothing says the same people get them.

Where the defaults come from: the bands follow the ILO's 2023 study (above 0.75 highly exposed,
0.5 to 0.75 medium): with them, the ILO's 2023 task scores give the shares of clerical tasks that
the ILO reported (``gmyrek2023``; the course's authors computed the shares from
``gmyrek2025scores``, a file the course does not ship). We did not find the bands written out in
a text we could verify, so they are marked illustrative.
The ILO sorts *occupations* into exposure gradients by the mean and spread of their task scores
(``gmyrek2025``); the course's rule for a job's outcome, half of its working time, is its own
simplification. Every field of :class:`ExposureScenario` names its source; :func:`assumptions`
shows them as a table.

The tasks, time shares and scores of the example occupations (:func:`example_tasks`) are
illustrative: made up for teaching, to show the three outcomes. The ILO's figures by ISCO-08
major group (:func:`ilo_groups`) are published ones, computed from the ILO's task-score file
(``gmyrek2025scores``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from course import i18n, params
from course.data import Column, load
from course.i18n import N_, _, number, percent
from course.params import param
from course.sources import ILLUSTRATIVE

# The names stay English in the tables (code and answers use them); a learner reads them through
# _() (see readable).
CLASSES = (N_("automated"), N_("augmented"), N_("little affected"))
OUTCOMES = (N_("at risk of disappearing"), N_("mostly changed"), N_("little affected"))
TASK_COLUMNS = ("occupation", "time_share", "score")

# Scores and thresholds are compared after rounding, so that 0.7 - 0.2 (0.49999999999999994 in
# floating point) counts as 0.5, as a reader expects.
_DECIMALS = 9
# A job's time shares may add up to 1 give or take this much (the task table allows it).
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class ExposureScenario:
    """Where the model draws its lines, and what AI changes; bad values raise a ValueError.

    The thresholds sort tasks into classes and jobs into outcomes; the score shift and the new
    tasks are the scenario's levers.

    Examples
    --------
    >>> ExposureScenario(score_shift=0.1).automated_above
    0.75
    >>> ExposureScenario(automated_above=0.4)
    Traceback (most recent call last):
    ...
    ValueError: augmented_from (0.5) must not be above automated_above (0.4): a task that scores \
high enough to be automated cannot be only augmented.
    """

    automated_above: float = param(
        0.75,
        ILLUSTRATIVE,
        "a task scoring above this is likely automated (the ILO's 2023 band for high exposure)",
    )
    augmented_from: float = param(
        0.5,
        ILLUSTRATIVE,
        "a task scoring this or more, up to automated_above, is likely augmented (the ILO's "
        "medium band)",
    )
    job_share: float = param(
        0.5, ILLUSTRATIVE, "share of a job's working time that decides its outcome"
    )
    score_shift: float = param(
        0.0, ILLUSTRATIVE, "added to every score: AI doing better (+) or worse (-) than scored"
    )
    new_tasks: float = param(
        0.0,
        ILLUSTRATIVE,
        "new tasks, as a share of a job's working time before AI "
        "(reinstatement: acemoglurestrepo2019)",
    )

    def __post_init__(self):
        params.share("automated_above", self.automated_above)
        params.share("augmented_from", self.augmented_from)
        if self.augmented_from > self.automated_above:
            raise ValueError(
                _(
                    "augmented_from ({augmented_from}) must not be above automated_above "
                    "({automated_above}): a task that scores high enough to be automated "
                    "cannot be only augmented."
                ).format(augmented_from=self.augmented_from, automated_above=self.automated_above)
            )
        _check_job_share(self.job_share)
        _check_shift(self.score_shift)
        params.share("new_tasks", self.new_tasks)


def _check_job_share(job_share) -> None:
    params.share("job_share", job_share)
    if job_share == 0:
        raise ValueError(_("job_share must be above 0: with 0, every job would be at risk."))


def _check_shift(shift) -> None:
    params.number("score_shift", shift)
    if not -1 <= shift <= 1:
        raise ValueError(
            _("score_shift moves scores that run from 0 to 1: use -1 to 1, not {value}.").format(
                value=shift
            )
        )


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative").

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`ExposureScenario` (see :func:`course.params.assumptions`).

    Examples
    --------
    >>> assumptions().loc["automated_above", "source"]
    'illustrative'
    """
    return params.assumptions(ExposureScenario)


# --- the tables --------------------------------------------------------------------------------

TASKS_SCHEMA = {
    "occupation": Column(),
    "task": Column(),
    "time_share": Column("number", 0, 1),
    "score": Column("number", 0, 1),
}

ILO_SCHEMA = {
    "isco": Column("whole", 1, 9),
    "group": Column(),
    "mean_score_2023": Column("number", 0, 1),
    "mean_score_2025": Column("number", 0, 1),
    "tasks_05_or_more": Column("number", 0, 1),
    "occupations_exposed": Column("number", 0, 1),
    "occupations_gradient4": Column("number", 0, 1),
}


def example_tasks() -> pd.DataFrame:
    """The illustrative example occupations, one row per task.

    Returns
    -------
    pandas.DataFrame
        ``course/data/example_occupations.csv``: the columns ``occupation``, ``task``,
        ``time_share``, ``score`` and ``source`` (always "illustrative").

    Examples
    --------
    >>> tasks = example_tasks()
    >>> tasks.groupby("occupation", sort=False)["time_share"].sum().round(9).tolist()
    [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    """
    tasks = load("example_occupations", TASKS_SCHEMA)
    task_arrays(tasks)
    return tasks


def ilo_groups() -> pd.DataFrame:
    """The ILO's 2025 figures by ISCO-08 major group (``gmyrek2025scores``).

    Computed from the ILO's task-score file, unweighted: they describe occupations, not workers.

    Returns
    -------
    pandas.DataFrame
        ``course/data/ilo_exposure_by_group.csv``, one row per major group: ``isco``,
        ``group``, ``mean_score_2023`` and ``mean_score_2025`` (the mean task score),
        ``tasks_05_or_more`` (the share of tasks scoring 0.5 or more), ``occupations_exposed``
        (the share of the group's occupations in exposure gradients 1-4),
        ``occupations_gradient4`` (the share in gradient 4, the highest) and ``source``.

    Examples
    --------
    >>> ilo_groups().set_index("isco").loc[4, "group"]
    'Clerical support workers'
    """
    return load("ilo_exposure_by_group", ILO_SCHEMA)


class Tasks(NamedTuple):
    """A checked task table as the arrays the model computes with, one entry per task."""

    job: np.ndarray  # the number of the task's job: names[job] is its name
    names: np.ndarray  # the jobs' names, in the order they first appear in the table
    time: np.ndarray  # the task's share of its job's working time
    score: np.ndarray  # the task's exposure score


def _numeric(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A column as floats, and where it holds no finite number (text, a yes/no, nothing)."""
    if pd.api.types.is_bool_dtype(column):
        return np.zeros(len(column)), np.ones(len(column), dtype=bool)
    if pd.api.types.is_numeric_dtype(column):
        values = column.to_numpy(dtype=float)
    else:  # a column of mixed things: look at each
        values = np.array([_number_or_nan(value) for value in column], dtype=float)
    return values, ~np.isfinite(values)


def _number_or_nan(value) -> float:
    try:
        params.number("", value)
    except ValueError:
        return math.nan
    return float(value)


def task_arrays(tasks: pd.DataFrame) -> Tasks:
    """The task table as arrays, or a ValueError that says what is wrong with it.

    Parameters
    ----------
    tasks : pandas.DataFrame
        One row per task, with the columns ``occupation``, ``time_share`` (above 0 and at most
        1; a job's shares add up to 1) and ``score`` (from 0 to 1).

    Returns
    -------
    Tasks
        The jobs' names, and per task its job's number, time share and score.

    Examples
    --------
    >>> tasks = pd.DataFrame(
    ...     {"occupation": ["A", "A", "B"], "time_share": [0.5, 0.5, 1.0], "score": [0.8, 0.2, 0.3]}
    ... )
    >>> arrays = task_arrays(tasks)
    >>> arrays.names.tolist(), arrays.job.tolist()
    (['A', 'B'], [0, 0, 1])
    >>> task_arrays(tasks.assign(time_share=[0.5, 0.4, 1.0]))
    Traceback (most recent call last):
    ...
    ValueError: the time shares of 'A' add up to 0.9, not 1: a job's tasks must fill its working \
time.
    """
    if not isinstance(tasks, pd.DataFrame):
        raise ValueError(
            _("tasks must be a pandas DataFrame, not {kind}.").format(kind=type(tasks).__name__)
        )
    missing = [column for column in TASK_COLUMNS if column not in tasks.columns]
    if missing:
        raise ValueError(
            _("the task table lacks the column(s) {missing}; it needs {columns}.").format(
                missing=missing, columns=list(TASK_COLUMNS)
            )
        )
    if tasks.empty:
        raise ValueError(_("the task table has no tasks."))
    job, names = pd.factorize(tasks["occupation"], sort=False)
    if (job < 0).any():
        raise ValueError(_("every task needs an occupation; some rows have none."))
    time, no_time = _numeric(tasks["time_share"])
    score, no_score = _numeric(tasks["score"])
    for bad, problem in (
        (
            no_time | (time <= 0) | (time > 1),
            N_(
                "every time_share must be a number above 0 and at most 1; "
                "the row(s) {rows} are not."
            ),
        ),
        (
            no_score | (score < 0) | (score > 1),
            N_("every score must be a number 0 or more and at most 1; the row(s) {rows} are not."),
        ),
    ):
        if bad.any():
            raise ValueError(_(problem).format(rows=list(tasks.index[bad][:5])))
    totals = np.bincount(job, weights=time, minlength=len(names))
    off = np.flatnonzero(np.abs(totals - 1) > _TOLERANCE)
    if len(off):
        raise ValueError(
            _(
                "the time shares of {job} add up to {total:.3g}, not 1: "
                "a job's tasks must fill its working time."
            ).format(job=repr(names[off[0]]), total=totals[off[0]])
        )
    return Tasks(job, np.asarray(names), time, score)


# --- the model ---------------------------------------------------------------------------------


def shifted_scores(scores, shift: float = 0.0) -> np.ndarray:
    """The scores moved by ``shift`` and kept within 0 and 1.

    Parameters
    ----------
    scores : list of float
        Exposure scores, each from 0 to 1.
    shift : float, default 0
        Added to every score, from -1 to 1: AI doing better (+) or worse (-) than scored.

    Returns
    -------
    numpy.ndarray
        The shifted scores, rounded to 9 decimals (so 0.7 - 0.2 gives exactly 0.5) and clipped
        to the range 0 to 1.

    Examples
    --------
    >>> shifted_scores([0.9, 0.7, 0.1], -0.2).tolist()
    [0.7, 0.5, 0.0]
    """
    scores = params.numbers("scores", scores)
    if scores.min() < 0 or scores.max() > 1:
        raise ValueError(_("scores must be numbers from 0 to 1."))
    _check_shift(shift)
    return np.clip(np.round(scores + shift, _DECIMALS), 0.0, 1.0)


def _class_index(scores: np.ndarray, scenario: ExposureScenario) -> np.ndarray:
    """0 (automated), 1 (augmented) or 2 (little affected) for each score."""
    automated = scores > round(scenario.automated_above, _DECIMALS)  # the ILO: above 0.75
    augmented = scores >= round(scenario.augmented_from, _DECIMALS)
    return np.where(automated, 0, np.where(augmented, 1, 2))


def outcome(automated: float, augmented: float, job_share: float = 0.5) -> str:
    """A job's outcome from the shares of its time in automated and in augmented tasks.

    Parameters
    ----------
    automated, augmented : float
        The shares of the job's working time in automated and in augmented tasks: each 0 or
        more, together at most 1.
    job_share : float, default 0.5
        The share of the working time that decides the outcome (above 0, at most 1).

    Returns
    -------
    str
        "at risk of disappearing" when automated tasks fill at least ``job_share`` of the
        time; "mostly changed" when automated and augmented tasks together do; "little
        affected" otherwise (the course's rule, after the ILO's exposure gradients,
        ``gmyrek2025``).

    Examples
    --------
    >>> outcome(0.5, 0.0)
    'at risk of disappearing'
    >>> outcome(0.3, 0.3)
    'mostly changed'
    >>> outcome(0.2, 0.2)
    'little affected'
    """
    params.amount("automated", automated)
    params.amount("augmented", augmented)
    if automated + augmented > 1 + _TOLERANCE:
        raise ValueError(
            _(
                "automated ({automated}) and augmented ({augmented}) are shares of one job's "
                "working time: together they are at most 1."
            ).format(automated=automated, augmented=augmented)
        )
    _check_job_share(job_share)
    tolerance = 1e-9  # a sum of shares may miss 0.5 by a rounding error; it still counts as 0.5
    if automated >= job_share - tolerance:
        return OUTCOMES[0]
    if automated + augmented >= job_share - tolerance:
        return OUTCOMES[1]
    return OUTCOMES[2]


def jobs(tasks: pd.DataFrame, scenario: ExposureScenario = ExposureScenario()) -> pd.DataFrame:
    """One row per job, in the table's order: its time by class, exposure, outcome and human work.

    Parameters
    ----------
    tasks : pandas.DataFrame
        The task table (see :func:`task_arrays`).
    scenario : ExposureScenario, default ExposureScenario()
        The thresholds, the score shift and the new tasks.

    Returns
    -------
    pandas.DataFrame
        Indexed by occupation. ``automated``, ``augmented``, ``little affected``: the share of
        working time in each class (they add up to 1); ``exposure``: the time-weighted score
        after the shift, ``sum(time_share * score)`` (the ILO's measure, ``gmyrek2025``);
        ``outcome`` (see :func:`outcome`); ``human_work``: the time of the augmented and
        little-affected tasks plus the new tasks, as a share of the working time before AI
        (reinstatement, ``acemoglurestrepo2019``).

    Examples
    --------
    >>> tasks = pd.DataFrame(
    ...     {"occupation": ["A", "A", "B"], "time_share": [0.5, 0.5, 1.0], "score": [0.8, 0.2, 0.3]}
    ... )
    >>> table = jobs(tasks, ExposureScenario(new_tasks=0.1))
    >>> table.loc["A", ["automated", "augmented", "exposure", "human_work"]].tolist()
    [0.5, 0.0, 0.5, 0.6]
    >>> table["outcome"].tolist()
    ['at risk of disappearing', 'little affected']
    """
    return job_table(task_arrays(tasks), scenario)


def job_table(tasks: Tasks, scenario: ExposureScenario = ExposureScenario()) -> pd.DataFrame:
    """:func:`jobs` for a task table that :func:`task_arrays` has already turned into arrays.

    Parameters
    ----------
    tasks : Tasks
        The arrays of a checked task table.
    scenario : ExposureScenario, default ExposureScenario()
        The thresholds, the score shift and the new tasks.

    Returns
    -------
    pandas.DataFrame
        The same table as :func:`jobs`.

    Examples
    --------
    >>> tasks = pd.DataFrame({"occupation": ["A"], "time_share": [1.0], "score": [0.7]})
    >>> job_table(task_arrays(tasks), ExposureScenario(score_shift=0.1))["outcome"].tolist()
    ['at risk of disappearing']
    """
    if not isinstance(tasks, Tasks):
        raise ValueError(_("job_table needs the arrays of task_arrays(tasks); jobs takes a table."))
    if not isinstance(scenario, ExposureScenario):
        raise ValueError(
            _("scenario must be an ExposureScenario, not {kind}.").format(
                kind=type(scenario).__name__
            )
        )
    names = tasks.names
    scores = shifted_scores(tasks.score, scenario.score_shift)
    shares = np.zeros((len(names), len(CLASSES)))
    np.add.at(shares, (tasks.job, _class_index(scores, scenario)), tasks.time)
    columns = dict(zip(CLASSES, shares.T, strict=True))
    columns["exposure"] = np.bincount(tasks.job, weights=tasks.time * scores, minlength=len(names))
    # plain floats: quicker to check than numpy numbers
    columns["outcome"] = [outcome(a, g, scenario.job_share) for a, g in shares[:, :2].tolist()]
    columns["human_work"] = 1 - shares[:, 0] + scenario.new_tasks
    return pd.DataFrame(columns, index=pd.Index(names, name="occupation"))


def summary(scenario: ExposureScenario, table: pd.DataFrame) -> str:
    """The explorer's one-line result: the settings, the jobs per outcome and the human work.

    Parameters
    ----------
    scenario : ExposureScenario
        The settings the table was made with.
    table : pandas.DataFrame
        The result of :func:`jobs` for ``scenario``.

    Returns
    -------
    str
        One paragraph for the explorer.

    Examples
    --------
    >>> tasks = pd.DataFrame({"occupation": ["A"], "time_share": [1.0], "score": [0.8]})
    >>> print(summary(ExposureScenario(), jobs(tasks)))
    Automated above 0.75, augmented from 0.50, scores as given. At risk of disappearing: A; \
mostly changed: none; little affected: none. With new tasks worth 0% of the old time, human \
work per job is 0% to 0% of what it was.
    """
    if scenario.score_shift == 0:
        shift = _("scores as given")
    elif scenario.score_shift > 0:
        shift = _("scores raised by {shift}").format(shift=number(scenario.score_shift, 2))
    else:
        shift = _("scores lowered by {shift}").format(shift=number(-scenario.score_shift, 2))
    names, outcomes = table.index.to_numpy(), table["outcome"].to_numpy()
    none = _("none")
    groups = "; ".join(
        f"{_(name)}: {', '.join(_(job) for job in names[outcomes == name]) or none}"
        for name in OUTCOMES
    )
    low, high = table["human_work"].min(), table["human_work"].max()
    return _(
        "Automated above {automated}, augmented from {augmented}, {shift}. {groups}. "
        "With new tasks worth {new_tasks} of the old time, "
        "human work per job is {low} to {high} of what it was."
    ).format(
        automated=number(scenario.automated_above, 2),
        augmented=number(scenario.augmented_from, 2),
        shift=shift,
        groups=groups[0].upper() + groups[1:],
        new_tasks=percent(scenario.new_tasks),
        low=percent(low),
        high=percent(high),
    )


# The column names of the tables that the lesson shows (readable); N_ puts them in the catalogue.
HEADERS = (
    N_("occupation"),
    N_("task"),
    N_("time_share"),
    N_("score"),
    N_("exposure"),
    N_("outcome"),
    N_("human_work"),
    N_("group"),
    N_("mean_score_2023"),
    N_("mean_score_2025"),
    N_("tasks_05_or_more"),
    N_("occupations_exposed"),
    N_("occupations_gradient4"),
)
# The columns whose texts a learner reads: jobs, tasks, groups, outcomes and "illustrative"
_TEXTS = ("occupation", "task", "group", "outcome", "source")


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """A table of this module as a learner reads it: its names and texts (jobs, tasks, groups,
    outcomes) in the language in use.

    The tables themselves keep their English names, which code and answers use; this copy is
    for reading. In English it is the table as it is.

    Examples
    --------
    >>> readable(jobs(example_tasks())).loc["legal assistant", "outcome"]
    'at risk of disappearing'
    """
    return i18n.readable(table, _TEXTS)


def ilo_table():
    """The ILO's figures by major group (:func:`ilo_groups`) as the lesson shows them: a table
    that scrolls sideways, with its names in the language in use."""
    from course import ui

    label = _("The ILO's task scores by ISCO-08 major group (unweighted)")
    return ui.table(readable(ilo_groups()), label)


# --- the explorer ------------------------------------------------------------------------------

EXPLORER_X_MAX = 1.5  # the whole job (1) plus the most new tasks the slider allows (0.5)


def explorer():
    """Sliders for the thresholds, the score shift and the new tasks; each example job's time.

    Returns
    -------
    course.ui.Explorer
        The widget: every example job's working time by class, for the sliders' settings.
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.ticker import PercentFormatter

    from course import ui

    tasks = task_arrays(example_tasks())
    rows = np.arange(len(tasks.names))[::-1]  # the first job on top
    top, bottom = rows + 0.3, rows - 0.3  # each bar is 0.6 high

    fig = ui.figure()
    # room for the job names and the legend
    fig.subplots_adjust(left=0.2, right=0.97, top=0.91, bottom=0.32)
    ax = fig.add_subplot()
    ui.style_axes(
        ax,
        title=_("Each job's working time, by what AI could do with its tasks"),
        xlabel=_("share of the job's working time before AI"),
        ylabel="",
    )
    ax.set_yticks(rows, [_(name) for name in tasks.names])
    # Room for the longest job name, which is longer in some languages (measured once, here).
    renderer = fig.canvas.get_renderer()
    widest = max(label.get_window_extent(renderer).width for label in ax.get_yticklabels())
    fig.subplots_adjust(left=max(0.2, (widest + 20) / fig.bbox.width))
    ax.grid(False, axis="y")
    # Each part of a bar has its colour and a marker in its middle, so it reads in grey or on a
    # printout.
    looks = {
        "automated": (ui.PALETTE["vermillion"], "X"),
        "augmented": (ui.PALETTE["orange"], "^"),
        "little affected": (ui.PALETTE["sky"], "o"),
        N_("new tasks"): (ui.PALETTE["green"], "P"),
    }
    bars, marks = {}, {}
    for label, (colour, marker) in looks.items():
        # One collection of rectangles per part: much faster to redraw than a patch per job.
        bars[label] = PolyCollection(
            [], facecolors=colour, edgecolors="white", linewidths=0.5, animated=True
        )
        ax.add_collection(bars[label], autolim=False)
        marks[label] = ax.plot(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=7,
            color="black",
            markerfacecolor="white",
            animated=True,
        )[0]
    # Drawn after the bars (so on top of them): the rule for a job's outcome, and the whole job.
    rule = ax.axvline(
        ExposureScenario.job_share,
        label=_("half the working time (decides the outcome)"),
        animated=True,
        **ui.REFERENCE,
    )
    whole = ax.axvline(
        1.0, label=_("the whole job before AI"), color="black", linewidth=1.2, animated=True
    )
    # Fixed limits hold every slider setting, so the axes never need a full redraw.
    ax.set_xlim(0, EXPLORER_X_MAX)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    handles = [(bars[label], marks[label]) for label in looks] + [rule, whole]
    ax.legend(
        handles,
        [*(_(label) for label in looks), rule.get_label(), whole.get_label()],
        loc="upper center",
        bbox_to_anchor=(0.42, -0.2),
        ncols=3,
        fontsize=8,
        frameon=False,
    )

    def model(automated_above, augmented_from, score_shift, new_tasks):
        scenario = ExposureScenario(
            automated_above=automated_above,
            augmented_from=augmented_from,
            score_shift=score_shift,
            new_tasks=new_tasks,
        )
        return scenario, job_table(tasks, scenario)

    def draw(result):
        scenario, table = result
        widths = {label: table[label].to_numpy() for label in CLASSES}
        widths["new tasks"] = np.full(len(table), scenario.new_tasks)
        left = np.zeros(len(table))
        for label, width in widths.items():
            right = left + width
            bars[label].set_verts(
                np.stack(
                    [
                        np.column_stack(corner)
                        for corner in ((left, bottom), (right, bottom), (right, top), (left, top))
                    ],
                    axis=1,
                )
            )
            middle = np.where(width > 0.04, left + width / 2, np.nan)  # no marker on a sliver
            marks[label].set_data(middle, rows)
            left = left + width
        return summary(scenario, table)

    controls = {
        "automated_above": ui.slider(
            _("Automated above score"), ExposureScenario.automated_above, 0.5, 1.0, 0.05
        ),
        # The ranges meet at 0.5, so the two thresholds can never cross.
        "augmented_from": ui.slider(
            _("Augmented from score"), ExposureScenario.augmented_from, 0.0, 0.5, 0.05
        ),
        "score_shift": ui.slider(
            _("AI capability shift (added to every score)"), 0.0, -0.3, 0.3, 0.05
        ),
        "new_tasks": ui.slider(
            _("New tasks (share of the old working time)"), 0.0, 0.0, 0.5, 0.05, percent=True
        ),
    }
    return ui.Explorer(fig, controls, model, draw)
