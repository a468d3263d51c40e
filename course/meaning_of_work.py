"""The meaning of work (effect 5 of the essay): which tasks to hand to AI, and which to keep.

A job is a list of tasks. Each task has:

- ``hours``: hours a week spent on it;
- ``automatability``: the share of those hours AI could take over (0 to 1);
- ``meaning``: how much the task matters to the person who does it, for their craft, identity
  or sense of contributing (0 = nothing, 1 = the heart of the job);
- ``connective``: whether it is connective labour in Pugh's sense, work whose point is "seeing
  the other and the other feeling seen" (pugh2024, pugh2025).

**The task map** puts every task in one of four quadrants, by two thresholds
(:class:`Thresholds`):
automatable and not meaningful: *delegate to AI*; automatable and meaningful: *augment with AI*;
meaningful and hard to automate: *keep human*; neither: *reconsider* (redesign, share or drop it).
The map alone does not protect connective work: a connective task can land in any quadrant.

**The delegation plan** (:func:`delegation_plan`) follows the essay's recommendation: AI takes
the least meaningful work first. Given a target of hours to save a week, it takes the
automatable hours of the tasks in order of meaning, lowest first (equal meaning: the task listed
first), and only as much of the last task as the target needs. It **never** delegates a
connective task. When the target needs more hours than the other tasks can give, the plan takes
them all and reports the shortfall: it does not quietly touch connective work. Because a saved
hour costs exactly its task's meaning, taking the least meaningful hours first loses the least
meaning possible for any target.

**Meaning** is counted in meaning-hours (hours × meaning). The plan reports the meaning lost
(the delegated hours times their meaning) and the share of the job's meaning-hours retained.

What the model simplifies:

- The scores are one person's judgement on a 0-1 scale, and meaning adds up over hours: an
  hour of a task is worth the same as any other hour of it.
- Delegating is free: no new work to instruct, check and correct the AI, although a survey of
  knowledge workers finds their critical thinking shifting towards verifying and integrating
  AI output (lee2025).
- Connective is yes or no, while in a real job most tasks hold some connection.
- The rest of the job stays as it was. Whether the saved hours become rest, shorter weeks or
  more work is a choice the model leaves out (lesson 05 is about that choice).

The tables keep English task names and quadrants, which code uses; :func:`readable` gives a
copy to read in the language in use, as the explorer and :func:`summary` write it.

Where each default comes from: the two thresholds are illustrative (see :func:`assumptions`).
The example jobs in ``course/data/meaning_of_work_tasks.csv`` are illustrative too: plausible
task lists, not measurements.
"""

from __future__ import annotations

import csv
import html
import math
from dataclasses import dataclass

import pandas as pd

from course import data, i18n, params
from course.i18n import N_, _, number, percent
from course.params import param

TASK_COLUMNS = (N_("task"), N_("hours"), N_("automatability"), N_("meaning"), N_("connective"))
QUADRANTS = (N_("delegate to AI"), N_("augment with AI"), N_("keep human"), N_("reconsider"))
JOBS = ("teacher", "nurse", "contact-centre agent", "copywriter", "designer")
HOURS_IN_A_WEEK = 168
EPSILON = 1e-9  # hours: below this, a rest of the target counts as reached

TASKS_SCHEMA = {
    "job": data.Column(),
    "task": data.Column(),
    "hours": data.Column("number", 0, HOURS_IN_A_WEEK),
    "automatability": data.Column("number", 0, 1),
    "meaning": data.Column("number", 0, 1),
    "connective": data.Column("whole", 0, 1),
}


@dataclass(frozen=True)
class Thresholds:
    """Where the task map splits; bad values raise a ValueError that says why.

    Examples
    --------
    >>> Thresholds(meaningful=0.7).automatable
    0.5
    """

    automatable: float = param(
        0.5,
        "illustrative",
        "a task is automatable when AI could take over at least this share of its hours",
    )
    meaningful: float = param(
        0.5, "illustrative", "a task is meaningful when its meaning score is at least this"
    )

    def __post_init__(self):
        params.share("automatable", self.automatable)
        params.share("meaningful", self.meaningful)


def assumptions() -> pd.DataFrame:
    """The task map's thresholds with their meaning and source ("illustrative").

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`Thresholds` (see :func:`course.params.assumptions`).

    Examples
    --------
    >>> assumptions().index.tolist()
    ['automatable', 'meaningful']
    """
    return params.assumptions(Thresholds)


def example_tasks(job: str) -> pd.DataFrame:
    """The illustrative task list of one of the example ``JOBS``.

    Parameters
    ----------
    job : str
        One of ``JOBS``: "teacher", "nurse", "contact-centre agent", "copywriter" or
        "designer".

    Returns
    -------
    pandas.DataFrame
        The job's tasks from ``course/data/meaning_of_work_tasks.csv``, with the columns
        ``TASK_COLUMNS``.

    Examples
    --------
    >>> example_tasks("teacher")["hours"].sum()
    np.float64(40.0)
    """
    if job not in JOBS:
        raise ValueError(
            _("There is no example job {job}; choose one of: {jobs}.").format(
                job=repr(job), jobs=", ".join(JOBS)
            )
        )
    table = data.load("meaning_of_work_tasks", TASKS_SCHEMA)
    return check_tasks(table.loc[table["job"] == job, list(TASK_COLUMNS)])


# --- checking the tasks -----------------------------------------------------------------------


def _task_row(row) -> tuple[str, float, float, float, bool]:
    """One task as a checked row; a ValueError names the task and says what is wrong."""
    try:
        name, hours, automatability, meaning, connective = row
    except (TypeError, ValueError):
        raise ValueError(
            _("Each task must be a row of five values {columns}, not {row}.").format(
                columns=TASK_COLUMNS, row=repr(row)
            )
        ) from None
    if not isinstance(name, str) or not name.strip():
        raise ValueError(_("Every task needs a name, not {name}.").format(name=repr(name)))
    name = name.strip()
    task = repr(name)
    params.amount(_("hours of {task}").format(task=task), hours, above=True)
    params.share(_("automatability of {task}").format(task=task), automatability)
    params.share(_("meaning of {task}").format(task=task), meaning)
    if isinstance(connective, str) or connective not in (True, False):  # 0 and 1 are fine too
        raise ValueError(
            _("connective of {name} must be yes or no (True or False), not {value}.").format(
                name=repr(name), value=repr(connective)
            )
        )
    return name, float(hours), float(automatability), float(meaning), bool(connective)


def _one_week(rows: list) -> list:
    """The rows, unless there are none or they fill more hours than a week has."""
    if not rows:
        raise ValueError(_("The task list is empty: add at least one task."))
    total = sum(row[1] for row in rows)
    if total > HOURS_IN_A_WEEK:
        raise ValueError(
            _(
                "The tasks add up to {total} hours a week, more than the {week} hours a week has."
            ).format(total=_plain(total), week=HOURS_IN_A_WEEK)
        )
    return rows


def _plain(value: float) -> str:
    """A number with the decimals it needs and no more (16, 0.4), in the language in use."""
    return number(value, len(f"{value:g}".partition(".")[2]))


def task_rows(tasks) -> list[tuple[str, float, float, float, bool]]:
    """The tasks as checked rows ``(task, hours, automatability, meaning, connective)``.

    Parameters
    ----------
    tasks : pandas.DataFrame or list of tuples
        A table with the columns ``TASK_COLUMNS``, or a list of such rows: a name, hours a
        week (above 0), automatability and meaning (each from 0 to 1), and whether the task is
        connective (True or False). Together at most 168 hours.

    Returns
    -------
    list of tuple
        One row per task, with the numbers as floats and ``connective`` as a bool.

    Examples
    --------
    >>> task_rows([(" filing ", 4, 1, 0.1, 0)])
    [('filing', 4.0, 1.0, 0.1, False)]
    >>> task_rows([("filing", 4, 1.5, 0.1, False)])
    Traceback (most recent call last):
    ...
    ValueError: automatability of 'filing' is a share: from 0 to 1, not 1.5.
    """
    if isinstance(tasks, pd.DataFrame):
        missing = [column for column in TASK_COLUMNS if column not in tasks.columns]
        if missing:
            raise ValueError(
                _("The task table lacks the column(s) {missing}; it needs {columns}.").format(
                    missing=missing, columns=list(TASK_COLUMNS)
                )
            )
        tasks = zip(*(tasks[column].tolist() for column in TASK_COLUMNS), strict=True)
    elif isinstance(tasks, (str, bytes)) or not hasattr(tasks, "__iter__"):
        raise ValueError(
            _("Give the tasks as a table or a list of rows {columns}, not {tasks}.").format(
                columns=TASK_COLUMNS, tasks=repr(tasks)
            )
        )
    return _one_week([_task_row(row) for row in tasks])


def check_tasks(tasks) -> pd.DataFrame:
    """The tasks as a clean table with the columns ``TASK_COLUMNS`` (see :func:`task_rows`).

    Parameters
    ----------
    tasks : pandas.DataFrame or list of tuples
        The tasks.

    Returns
    -------
    pandas.DataFrame
        One row per checked task.

    Examples
    --------
    >>> check_tasks([("filing", 4, 1, 0.1, False)])["hours"].tolist()
    [4.0]
    """
    return pd.DataFrame(task_rows(tasks), columns=list(TASK_COLUMNS))


YES = ("yes", "y", "true", "1")
NO = ("no", "n", "false", "0")
# The example in the explorer's box, in the language in use; its numbers keep the decimal point.
OWN_EXAMPLE = N_(
    """task, hours, automatability, meaning, connective
email and planning, 6, 0.7, 0.2, no
writing reports, 8, 0.6, 0.5, no
talks with clients, 10, 0.1, 0.9, yes
"""
)


def _number(text: str):
    """The number typed, or the text itself when it is none (the checks then quote it)."""
    try:
        return float(text)
    except ValueError:
        return text


def _yes_or_no(text: str):
    """True for yes, False for no (in English or the language in use), or the text itself when it
    is neither."""
    word = text.lower()
    if word in YES or word == _("yes"):
        return True
    return False if word in NO or word == _("no") else text


def _is_header(fields: list[str]) -> bool:
    """Whether a typed line is the header ``task, hours, ...``, in English or in the language
    in use."""
    words = [field.lower() for field in fields]
    return words in (list(TASK_COLUMNS), [_(column).lower() for column in TASK_COLUMNS])


def parse_tasks(text: str) -> pd.DataFrame:
    """Tasks typed as text, one per line: ``task, hours, automatability, meaning, connective``.

    Empty lines, lines starting with ``#`` and a header line (``task, hours, ...``) are skipped.
    ``connective`` is yes or no. Every line is checked as :func:`task_rows` checks a row.

    Parameters
    ----------
    text : str
        The task list, one task per line, its five values separated by commas.

    Returns
    -------
    pandas.DataFrame
        The tasks, as :func:`check_tasks` gives them.

    Raises
    ------
    ValueError
        One error that names each bad line (up to five) and what is wrong with it.

    Examples
    --------
    >>> parse_tasks("email, 6, 0.7, 0.2, no\\ncalls, 10, 0.1, 0.9, yes")["connective"].tolist()
    [False, True]
    >>> parse_tasks("email, 6, 0.7, 0.2, no\\nreports, lots, 0.6, 0.5, no")
    Traceback (most recent call last):
    ...
    ValueError: your task list cannot be read: line 2: hours of 'reports' must be a finite \
number, not 'lots'.
    """
    if not isinstance(text, str):
        raise ValueError(_("The tasks must be text, not {kind}.").format(kind=type(text).__name__))
    rows, problems = [], []
    for line_number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            fields = [field.strip() for field in next(csv.reader([line]))]
        except csv.Error as error:
            problem = _("line {line} cannot be read ({error})")
            problems.append(problem.format(line=line_number, error=error))
            continue
        if _is_header(fields):
            continue
        if len(fields) != len(TASK_COLUMNS):
            problems.append(
                _(
                    "line {line} has {count} value(s) but needs 5, separated by commas: {columns}"
                ).format(
                    line=line_number,
                    count=len(fields),
                    columns=", ".join(_(column) for column in TASK_COLUMNS),
                )
            )
            continue
        name, *numbers, connective = fields
        try:
            rows.append(_task_row((name, *map(_number, numbers), _yes_or_no(connective))))
        except ValueError as error:
            problems.append(
                _("line {line}: {error}").format(line=line_number, error=str(error).rstrip("."))
            )
    if problems:
        shown = "; ".join(problems[:5])
        if len(problems) > 5:
            shown = _("{problems}; and {count} more").format(
                problems=shown, count=len(problems) - 5
            )
        raise ValueError(_("your task list cannot be read: {problems}.").format(problems=shown))
    return pd.DataFrame(_one_week(rows), columns=list(TASK_COLUMNS))


# --- the task map -----------------------------------------------------------------------------


def _check_thresholds(thresholds) -> None:
    if not isinstance(thresholds, Thresholds):
        raise ValueError(
            _("thresholds must be Thresholds, not {kind}.").format(kind=type(thresholds).__name__)
        )


def quadrant(automatability: float, meaning: float, thresholds: Thresholds = Thresholds()) -> str:
    """The quadrant of one task on the map of automatability and meaning.

    Parameters
    ----------
    automatability : float
        The share of the task's hours AI could take over, from 0 to 1.
    meaning : float
        How much the task matters to the person who does it, from 0 to 1.
    thresholds : Thresholds, default Thresholds()
        Where the map splits; a score equal to its threshold counts as high.

    Returns
    -------
    str
        "delegate to AI" (automatable, not meaningful), "augment with AI" (both), "keep human"
        (meaningful, hard to automate) or "reconsider" (neither).

    Examples
    --------
    >>> quadrant(0.8, 0.1)
    'delegate to AI'
    >>> quadrant(0.5, 0.5)
    'augment with AI'
    >>> quadrant(0.1, 0.9)
    'keep human'
    """
    params.share("automatability", automatability)
    params.share("meaning", meaning)
    _check_thresholds(thresholds)
    automatable = automatability >= thresholds.automatable
    meaningful = meaning >= thresholds.meaningful
    if automatable:
        return "augment with AI" if meaningful else "delegate to AI"
    return "keep human" if meaningful else "reconsider"


def task_map(tasks, thresholds: Thresholds = Thresholds()) -> pd.DataFrame:
    """The checked tasks with a column ``quadrant`` (see :func:`quadrant`).

    Parameters
    ----------
    tasks : pandas.DataFrame or list of tuples
        The tasks (see :func:`task_rows`).
    thresholds : Thresholds, default Thresholds()
        Where the map splits.

    Returns
    -------
    pandas.DataFrame
        The columns ``TASK_COLUMNS`` and ``quadrant``.

    Examples
    --------
    >>> task_map([("filing", 4, 1.0, 0.1, False), ("care", 8, 0.1, 0.9, True)])["quadrant"].tolist()
    ['delegate to AI', 'keep human']
    """
    rows = task_rows(tasks)
    return pd.DataFrame(
        [(*row, quadrant(row[2], row[3], thresholds)) for row in rows],
        columns=[*TASK_COLUMNS, "quadrant"],
    )


# --- the delegation plan ----------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """A delegation plan and what it costs in meaning.

    ``tasks``: the task map with, per task, ``automatable_hours`` (hours × automatability),
    ``delegated`` (hours a week handed to AI) and ``meaning_lost`` (delegated × meaning).
    ``available``: the automatable hours of all tasks that are not connective, the most any plan
    can save. ``saved``: the hours delegated. ``shortfall``: the hours of the target that cannot
    be saved without delegating connective work (0 when the target is reached).
    """

    tasks: pd.DataFrame
    target: float
    available: float
    saved: float
    shortfall: float
    meaning_lost: float
    meaning_total: float

    @property
    def feasible(self) -> bool:
        """Whether the target is reached without delegating any connective task."""
        return self.shortfall == 0

    @property
    def meaning_retained(self) -> float:
        """The share of the job's meaning-hours that stays with the person (1 if there is none)."""
        return 1 - self.meaning_lost / self.meaning_total if self.meaning_total > 0 else 1.0


def delegation_plan(tasks, target_hours: float, thresholds: Thresholds = Thresholds()) -> Plan:
    """Delegate to AI ``target_hours`` a week, least meaningful work first, never connective work.

    It takes the automatable hours of the tasks that are not connective in order of meaning,
    lowest first (equal meaning: the task listed first), and only as much of the last task as
    the target needs: a greedy choice that loses the least meaning possible, because each saved
    hour costs exactly its task's meaning (the essay's recommendation, ``rubens2025``; connective
    labour after ``pugh2024``).

    Parameters
    ----------
    tasks : pandas.DataFrame or list of tuples
        The tasks (see :func:`task_rows`).
    target_hours : float
        The hours a week to hand to AI, from 0 to 168.
    thresholds : Thresholds, default Thresholds()
        Only for the ``quadrant`` column of ``Plan.tasks``: the plan follows meaning, not
        quadrants.

    Returns
    -------
    Plan
        The plan task by task, the hours saved, the shortfall and the meaning lost.

    Examples
    --------
    Filing (meaning 0.1) goes first, then part of the reports; the client calls are connective:

    >>> office = [
    ...     ("filing", 4, 1.0, 0.1, False),
    ...     ("reports", 6, 0.5, 0.6, False),
    ...     ("calls with clients", 5, 0.8, 0.2, True),
    ... ]
    >>> plan = delegation_plan(office, 5)
    >>> plan.tasks["delegated"].tolist()
    [4.0, 1.0, 0.0]
    >>> round(plan.meaning_lost, 9), plan.feasible
    (1.0, True)
    >>> delegation_plan(office, 10).shortfall  # only 4 + 3 hours may go to AI
    3.0
    """
    params.amount("target_hours", target_hours, unit=N_("hours a week"))
    if target_hours > HOURS_IN_A_WEEK:
        raise ValueError(
            _("target_hours is hours a week to save: at most {most}, not {value}.").format(
                most=HOURS_IN_A_WEEK, value=target_hours
            )
        )
    names, hours, automatability, meaning, connective = map(
        list, zip(*task_rows(tasks), strict=True)
    )
    automatable = [h * a for h, a in zip(hours, automatability, strict=True)]
    # least meaningful first; sorted() keeps the listed order for equal meaning
    candidates = sorted(
        (i for i in range(len(hours)) if not connective[i]), key=lambda i: meaning[i]
    )
    delegated = [0.0] * len(hours)
    remaining = float(target_hours)
    for i in candidates:
        if remaining <= EPSILON:
            break
        delegated[i] = min(automatable[i], remaining)
        remaining -= delegated[i]
    lost = [d * m for d, m in zip(delegated, meaning, strict=True)]
    table = pd.DataFrame(
        {
            "task": names,
            "hours": hours,
            "automatability": automatability,
            "meaning": meaning,
            "connective": connective,
            "quadrant": [
                quadrant(a, m, thresholds) for a, m in zip(automatability, meaning, strict=True)
            ],
            "automatable_hours": automatable,
            "delegated": delegated,
            "meaning_lost": lost,
        }
    )
    available = sum(automatable[i] for i in candidates)
    shortfall = target_hours - available if target_hours - available > EPSILON else 0.0
    return Plan(
        tasks=table,
        target=float(target_hours),
        available=available,
        saved=sum(delegated),
        shortfall=shortfall,
        meaning_lost=sum(lost),
        meaning_total=sum(h * m for h, m in zip(hours, meaning, strict=True)),
    )


def summary(plan: Plan, who: str | None = None) -> str:
    """The explorer's one-line result: the hours saved, the meaning kept, the connective tasks.

    Parameters
    ----------
    plan : Plan
        A plan made by :func:`delegation_plan`.
    who : str, optional
        Whose plan it is, at the start of the sentence: one of the example ``JOBS`` (written with
        a capital, in the language in use), or any name. By default "This job".

    Returns
    -------
    str
        One sentence for the explorer, in the language in use.

    Examples
    --------
    >>> plan = delegation_plan([("filing", 4, 1.0, 0.1, False), ("care", 8, 0.1, 0.9, True)], 2)
    >>> print(summary(plan, "Clerk"))
    Clerk: the plan saves 2.0 of the 2.0 hours a week asked, from 1 task, least meaningful \
first; 97% of the job's meaning stays (0.2 meaning-hours lost); 1 connective task stays human.
    >>> summary(plan, "teacher").startswith("Teacher: ")
    True
    """
    if who is None:
        who = _("This job")
    elif who in JOBS:
        who = _(who).capitalize()
    kept = int(plan.tasks["connective"].sum())
    connective = (
        _("{count} connective task stays human")
        if kept == 1
        else _("{count} connective tasks stay human")
    ).format(count=kept)
    meaning = _("{share} of the job's meaning stays ({lost} meaning-hours lost)").format(
        share=percent(plan.meaning_retained), lost=number(plan.meaning_lost, 1)
    )
    hours = {"who": who, "saved": number(plan.saved, 1), "target": number(plan.target, 1)}
    if plan.feasible:
        count = int((plan.tasks["delegated"] > EPSILON).sum())
        tasks = (_("from {count} task") if count == 1 else _("from {count} tasks")).format(
            count=count
        )
        return _(
            "{who}: the plan saves {saved} of the {target} hours a week asked, {tasks}, least "
            "meaningful first; {meaning}; {connective}."
        ).format(**hours, tasks=tasks, meaning=meaning, connective=connective)
    return _(
        "{who}: only {saved} of the {target} hours a week asked can be saved without delegating "
        "connective work, {short} hours short; {meaning}; {connective}."
    ).format(**hours, short=number(plan.shortfall, 1), meaning=meaning, connective=connective)


# --- the explorer ----------------------------------------------------------------------------

OWN = N_("my own tasks (type them below)")
MAX_TASKS = 10  # rows in the explorer's bar chart
EXPLORER_TARGET = 4.0  # illustrative: a tenth of a 40-hour week
EXPLORER_HOURS = 10  # the bar chart's x-axis; it widens for own tasks with more automatable hours
PLAN_COLUMNS = {  # the plan's columns in the explorer's table, and their headings
    "task": N_("task"),
    "quadrant": N_("quadrant"),
    "connective": N_("connective"),
    "hours": N_("hours a week"),
    "automatable_hours": N_("AI could take"),
    "delegated": N_("delegated"),
    "meaning_lost": N_("meaning lost"),
}
# The column names of Plan.tasks beyond TASK_COLUMNS (readable); N_ puts them in the catalogue.
HEADERS = (N_("quadrant"), N_("automatable_hours"), N_("delegated"), N_("meaning_lost"))


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """A task table (a task map, or a plan's tasks) as a learner reads it: its column names, task
    names and quadrants in the language in use.

    The tables the model returns keep their English names, which code and answers use; this copy
    is for reading. In English it is the table as it is.

    Parameters
    ----------
    table : pandas.DataFrame
        A table with some of the columns ``TASK_COLUMNS`` and ``HEADERS``.

    Returns
    -------
    pandas.DataFrame
        A copy to show.

    Examples
    --------
    >>> readable(task_map([("filing", 4, 1.0, 0.1, False)]))["quadrant"].tolist()
    ['delegate to AI']
    """
    return i18n.readable(table, ("task", "quadrant"))


def plan_table_html(plan: Plan) -> str:
    """The plan task by task as an HTML table: the task names the plot numbers, for every reader.

    Parameters
    ----------
    plan : Plan
        A plan made by :func:`delegation_plan`.

    Returns
    -------
    str
        A ``<table>`` with a row per task, numbered as in the plot; task names are escaped.

    Examples
    --------
    >>> plan = delegation_plan([("<b>filing</b>", 4, 1.0, 0.1, False)], 2)
    >>> "<td>&lt;b&gt;filing&lt;/b&gt;</td>" in plan_table_html(plan)
    True
    """
    head = "".join(f"<th>{html.escape(_(name))}</th>" for name in ("#", *PLAN_COLUMNS.values()))
    kept, no = _("yes, kept human"), _("no")
    rows = "".join(
        f"<tr><td>{i}</td><td>{html.escape(_(task))}</td><td>{html.escape(_(where))}</td>"
        f"<td>{kept if connective else no}</td><td>{number(hours, 1)}</td>"
        f"<td>{number(could, 1)}</td><td>{number(delegated, 1)}</td><td>{number(lost, 2)}</td></tr>"
        for i, (task, where, connective, hours, could, delegated, lost) in enumerate(
            zip(*(plan.tasks[column].tolist() for column in PLAN_COLUMNS), strict=True), start=1
        )
    )
    caption = html.escape(_("The plan, task by task"))
    return (
        f'<table style="border-spacing: 12px 2px"><caption>{caption}</caption>'
        f"<tr>{head}</tr>{rows}</table>"
    )


def _bars(rows_and_widths, height: float) -> list:
    """Rectangles for a bar chart, one per (row, width) with a width above 0."""
    return [
        [
            (0, row - height / 2),
            (width, row - height / 2),
            (width, row + height / 2),
            (0, row + height / 2),
        ]
        for row, width in rows_and_widths
        if width > 0
    ]


def explorer():
    """A job's tasks on the task map, and the delegation plan for a target of hours saved.

    Returns
    -------
    course.ui.Explorer
        The widget: the task map, the plan's hours and meaning per task, and under the summary
        the plan as a table that names the tasks.
    """
    import ipywidgets as widgets
    import numpy as np
    from matplotlib.collections import PolyCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from course import ui

    # read the table once, not per update
    examples = {job: task_rows(example_tasks(job)) for job in JOBS}
    blue, orange, vermillion = ui.PALETTE["blue"], ui.PALETTE["orange"], ui.PALETTE["vermillion"]

    fig = ui.figure(width=8.2, height=3.6)
    task_ax = fig.add_axes((0.07, 0.22, 0.4, 0.68))
    plan_ax = fig.add_axes((0.58, 0.22, 0.4, 0.68))

    # The task map: fixed axes, threshold lines and quadrant names (all static).
    ui.style_axes(
        task_ax,
        title=_("Task map (marker area: hours a week)"),
        xlabel=_("automatability"),
        ylabel=_("meaning"),
    )
    task_ax.set_xlim(-0.05, 1.05)
    task_ax.set_ylim(-0.05, 1.05)
    task_ax.axvline(Thresholds.automatable, **ui.REFERENCE)
    task_ax.axhline(Thresholds.meaningful, **ui.REFERENCE)
    corners = [
        (1.03, -0.03, "right", "bottom"),
        (1.03, 1.03, "right", "top"),
        (-0.03, 1.03, "left", "top"),
        (-0.03, -0.03, "left", "bottom"),
    ]
    for (x, y, ha, va), name in zip(corners, QUADRANTS, strict=True):
        task_ax.text(x, y, _(name), ha=ha, va=va, fontsize=8, color="0.35", style="italic")
    marker = {"edgecolor": "black", "linewidth": 0.5, "animated": True}
    ordinary = task_ax.scatter([], [], marker="o", color=blue, **marker)
    connected = task_ax.scatter([], [], marker="D", color=vermillion, **marker)
    # Task numbers beside the markers; the table under the plot names the tasks. (Names in the
    # plot would cost a redraw of some 300 letters at every update.)
    tags = [task_ax.text(0, 0, "", fontsize=8, animated=True) for _slot in range(MAX_TASKS)]

    # The plan: one row per task number: what AI could take, what it takes, and the meaning lost.
    ui.style_axes(
        plan_ax,
        title=_("The plan: hours saved and meaning lost"),
        xlabel=_("hours a week"),
        ylabel=_("task"),
    )
    rows = np.arange(MAX_TASKS)
    plan_ax.set_yticks(rows, [str(row + 1) for row in rows])
    plan_ax.set_ylim(MAX_TASKS - 0.5, -0.5)
    plan_ax.set_xlim(0, EXPLORER_HOURS)
    # One collection per series: a single draw call each, instead of one per bar.
    could = PolyCollection([], facecolors="none", edgecolors="black", linestyles=":", animated=True)
    saved = PolyCollection([], facecolors=blue, animated=True)
    lost = PolyCollection(
        [], facecolors=orange, hatch="///", edgecolors="black", linewidths=0.5, animated=True
    )
    for bars in (could, saved, lost):
        plan_ax.add_collection(bars)

    point = {"linestyle": "none", "markeredgecolor": "black"}
    legend = [
        Line2D([], [], marker="o", color=blue, label=_("task"), **point),
        Line2D(
            [],
            [],
            marker="D",
            color=vermillion,
            label=_("connective task: never delegated"),
            **point,
        ),
        Patch(fill=False, edgecolor="black", linestyle=":", label=_("AI could take")),
        Patch(color=blue, label=_("hours saved")),
        Patch(
            facecolor=orange,
            hatch="///",
            edgecolor="black",
            label=_("meaning lost (meaning-hours)"),
        ),
    ]
    fig.legend(handles=legend, loc="lower center", ncols=5, fontsize=8, frameon=False)

    def model(job, own_tasks, target_hours):
        tasks = examples[job] if job in examples else parse_tasks(own_tasks)
        if len(tasks) > MAX_TASKS:
            raise ValueError(
                _(
                    "the explorer shows up to {most} tasks, and your list has {count}: merge some."
                ).format(most=MAX_TASKS, count=len(tasks))
            )
        who = _("Your tasks") if job == OWN else job
        return who, delegation_plan(tasks, target_hours)

    def draw(result):
        who, plan = result
        table = plan.tasks
        points = np.column_stack([table["automatability"].tolist(), table["meaning"].tolist()])
        area = 12 + 10 * np.minimum(table["hours"].tolist(), 20)
        is_connective = np.array(table["connective"].tolist())
        for collection, chosen in ((ordinary, ~is_connective), (connected, is_connective)):
            collection.set_offsets(points[chosen])
            collection.set_sizes(area[chosen])
        spots = {}  # tasks at the same spot share one tag, such as "1, 6"
        for i, spot in enumerate(map(tuple, points), start=1):
            spots.setdefault(spot, []).append(str(i))
        spots = [*spots.items(), *[((0, 0), [])] * (MAX_TASKS - len(spots))]
        for tag, ((x, y), numbers) in zip(tags, spots, strict=True):
            tag.set_text(", ".join(numbers))
            tag.set_position((x + 0.025, y + 0.025))
        for bars, column, height in (
            (could, "automatable_hours", 0.75),
            (saved, "delegated", 0.75),
            (lost, "meaning_lost", 0.35),
        ):
            bars.set_verts(_bars(enumerate(table[column].tolist()), height))
        widest = max(table["automatable_hours"].tolist())
        plan_ax.set_xlim(0, max(EXPLORER_HOURS, 5 * math.ceil(widest / 5)))
        return summary(plan, who)

    controls = {
        "job": widgets.Dropdown(
            options=[(_(job), job) for job in (*JOBS, OWN)],  # shown in the language in use
            value="teacher",
            description=_("Tasks of"),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="460px"),
        ),
        "own_tasks": widgets.Textarea(
            value=_(OWN_EXAMPLE),
            description=_("My own tasks"),
            rows=6,
            continuous_update=False,
            placeholder=", ".join(_(column) for column in TASK_COLUMNS),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="640px"),
        ),
        "target_hours": ui.slider(_("Hours to save per week"), EXPLORER_TARGET, 0.0, 20.0, 0.5),
    }
    return ui.Explorer(
        fig, controls, model, draw, details=lambda result: plan_table_html(result[1])
    )
