"""The meaning-of-work model (task map and delegation plan) and its explorer."""

from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wild
from course import data, i18n
from course import meaning_of_work as mw
from course.sources import ILLUSTRATIVE
from course.ui import choices

# The teacher of the lesson (course/data/meaning_of_work_tasks.csv), worked by hand below.
TEACHER = [
    ("teaching lessons in class", 16, 0.1, 0.9, True),  # 1.6 automatable, connective
    ("preparing lessons", 6, 0.5, 0.7, False),  # 3.0 automatable
    ("marking and written feedback", 6, 0.6, 0.4, False),  # 3.6
    ("administration and grade records", 4, 0.8, 0.1, False),  # 3.2
    ("email with parents", 2, 0.6, 0.4, True),  # 1.2, connective
    ("mentoring talks with pupils", 3, 0.1, 0.9, True),  # 0.3, connective
    ("team meetings", 3, 0.2, 0.3, False),  # 0.6
]
# Meaning-hours of the job: 14.4 + 4.2 + 2.4 + 0.4 + 0.8 + 2.7 + 0.9 = 25.8
TEACHER_MEANING = 25.8


def delegated(plan):
    return {
        task: hours
        for task, hours in zip(plan.tasks["task"], plan.tasks["delegated"], strict=True)
        if hours > 0
    }


# --- the task map ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "automatability, meaning, expected",
    [
        (0.8, 0.1, "delegate to AI"),
        (0.6, 0.9, "augment with AI"),
        (0.1, 0.9, "keep human"),
        (0.2, 0.3, "reconsider"),
        (0.5, 0.5, "augment with AI"),  # a score equal to its threshold counts as high
        (0.49, 0.5, "keep human"),
        (0.5, 0.49, "delegate to AI"),
        (1, 0, "delegate to AI"),
        (0, 0, "reconsider"),
    ],
)
def test_quadrants_by_hand(automatability, meaning, expected):
    assert mw.quadrant(automatability, meaning) == expected


def test_quadrants_follow_the_thresholds():
    strict = mw.Thresholds(automatable=0.9, meaningful=0.2)
    assert mw.quadrant(0.8, 0.1, strict) == "reconsider"
    assert mw.quadrant(0.8, 0.3, strict) == "keep human"
    assert mw.quadrant(0.95, 0.3, strict) == "augment with AI"


def test_the_teachers_task_map():
    table = mw.task_map(TEACHER)
    assert table["quadrant"].tolist() == [
        "keep human",
        "augment with AI",
        "delegate to AI",
        "delegate to AI",
        "delegate to AI",  # email with parents: connective, but its scores alone say "delegate"
        "keep human",
        "reconsider",
    ]


def test_thresholds_are_illustrative_and_explained():
    for field in fields(mw.Thresholds):
        assert field.metadata["source"] == ILLUSTRATIVE and field.metadata["meaning"]
    assert list(mw.assumptions().index) == ["automatable", "meaningful"]


# --- the delegation plan ---------------------------------------------------------------------


def test_teacher_saving_4_hours_by_hand():
    # Least meaningful first: administration (0.1) gives 3.2 h, meetings (0.3) 0.6 h, then
    # 0.2 h of marking (0.4) reaches 4. Email with parents (also 0.4) is connective: never.
    plan = mw.delegation_plan(TEACHER, 4)
    assert delegated(plan) == pytest.approx(
        {
            "administration and grade records": 3.2,
            "team meetings": 0.6,
            "marking and written feedback": 0.2,
        }
    )
    assert plan.feasible and plan.shortfall == 0
    assert plan.saved == pytest.approx(4)
    assert plan.available == pytest.approx(10.4)
    assert plan.meaning_lost == pytest.approx(0.32 + 0.18 + 0.08)
    assert plan.meaning_total == pytest.approx(TEACHER_MEANING)
    assert plan.meaning_retained == pytest.approx(1 - 0.58 / TEACHER_MEANING)


def test_teacher_saving_12_hours_falls_short_without_touching_connective_work():
    plan = mw.delegation_plan(TEACHER, 12)
    assert not plan.feasible
    assert plan.available == pytest.approx(10.4)
    assert plan.saved == pytest.approx(10.4)
    assert plan.shortfall == pytest.approx(1.6)
    assert delegated(plan) == pytest.approx(
        {
            "preparing lessons": 3.0,
            "marking and written feedback": 3.6,
            "administration and grade records": 3.2,
            "team meetings": 0.6,
        }
    )
    assert plan.meaning_lost == pytest.approx(2.1 + 1.44 + 0.32 + 0.18)
    assert plan.meaning_retained == pytest.approx(1 - 4.04 / TEACHER_MEANING)
    assert plan.tasks.loc[plan.tasks["connective"], "delegated"].eq(0).all()


def test_a_target_exactly_at_the_available_hours_is_reached():
    plan = mw.delegation_plan(TEACHER, 10.4)
    assert plan.feasible and plan.saved == pytest.approx(10.4)


def test_equal_meaning_goes_in_the_listed_order():
    tasks = [("b", 2, 1.0, 0.3, False), ("a", 2, 1.0, 0.3, False), ("c", 2, 1.0, 0.1, False)]
    assert delegated(mw.delegation_plan(tasks, 3)) == pytest.approx({"c": 2, "b": 1})


def test_nothing_to_save_and_nothing_to_delegate():
    plan = mw.delegation_plan(TEACHER, 0)
    assert delegated(plan) == {} and plan.feasible and plan.meaning_retained == 1
    only_connective = [("comfort a patient", 5, 0.5, 0.9, True)]
    plan = mw.delegation_plan(only_connective, 2)
    assert plan.available == 0 and plan.saved == 0 and plan.shortfall == 2
    meaningless = [("filing", 5, 1.0, 0.0, False)]
    plan = mw.delegation_plan(meaningless, 2)
    assert plan.meaning_total == 0 and plan.meaning_retained == 1


def test_summary_states_the_result_and_the_shortfall():
    assert mw.summary(mw.delegation_plan(TEACHER, 4), "Teacher") == (
        "Teacher: the plan saves 4.0 of the 4.0 hours a week asked, from 3 tasks, "
        "least meaningful first; 98% of the job's meaning stays (0.6 meaning-hours lost); "
        "3 connective tasks stay human."
    )
    assert mw.summary(mw.delegation_plan(TEACHER, 12), "Teacher") == (
        "Teacher: only 10.4 of the 12.0 hours a week asked can be saved without delegating "
        "connective work, 1.6 hours short; 84% of the job's meaning stays "
        "(4.0 meaning-hours lost); 3 connective tasks stay human."
    )
    one = mw.summary(mw.delegation_plan([("a", 2, 1.0, 0.5, False), ("b", 1, 0, 1, True)], 1))
    assert "from 1 task," in one and "1 connective task stays human" in one


def test_a_table_works_as_well_as_a_list_of_rows():
    table = mw.check_tasks(TEACHER)
    assert list(table.columns) == list(mw.TASK_COLUMNS) and table["connective"].dtype == bool
    assert delegated(mw.delegation_plan(table, 4)) == delegated(mw.delegation_plan(TEACHER, 4))


@pytest.mark.parametrize(
    "tasks, words",
    [
        ([], "empty"),
        ([("a", 0, 0.5, 0.5, False)], "hours of 'a' must be more than 0"),
        ([("a", -2, 0.5, 0.5, False)], "hours of 'a' must be more than 0"),
        ([("a", float("nan"), 0.5, 0.5, False)], "finite number"),
        ([("a", "6", 0.5, 0.5, False)], "finite number"),
        ([("a", 6, 1.5, 0.5, False)], "automatability of 'a' is a share"),
        ([("a", 6, 0.5, -0.1, False)], "meaning of 'a' is a share"),
        ([("a", 6, 0.5, 0.5, "maybe")], "connective of 'a' must be yes or no"),
        ([("a", 6, 0.5, 0.5, "no")], "connective of 'a' must be yes or no"),
        ([("a", 6, 0.5, 0.5, 2)], "connective"),
        ([("", 6, 0.5, 0.5, False)], "needs a name"),
        ([(None, 6, 0.5, 0.5, False)], "needs a name"),
        ([("a", 6, 0.5)], "row of five values"),
        ([42], "row of five values"),
        (None, "a table or a list of rows"),
        ("teacher", "a table or a list of rows"),
        (
            [("a", 100, 0.5, 0.5, False), ("b", 100, 0.5, 0.5, False)],
            "200 hours a week, more than the 168",
        ),
    ],
)
def test_bad_tasks_raise_a_clear_value_error(tasks, words):
    with pytest.raises(ValueError, match=words):
        mw.delegation_plan(tasks, 1)


def test_a_table_without_the_columns_is_refused():
    import pandas as pd

    with pytest.raises(ValueError, match=r"lacks the column\(s\) \['meaning'\]"):
        mw.check_tasks(
            pd.DataFrame(
                {"task": ["a"], "hours": [1], "automatability": [0.5], "connective": [True]}
            )
        )


@pytest.mark.parametrize(
    "target, words",
    [
        (-1, "0 or more"),
        (float("inf"), "finite"),
        ("4", "finite"),
        (None, "finite"),
        (1e18, "at most 168"),
        (True, "finite"),
    ],
)
def test_a_bad_target_raises_a_clear_value_error(target, words):
    with pytest.raises(ValueError, match=words):
        mw.delegation_plan(TEACHER, target)


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    with i18n.speaking("nl"), pytest.raises(ValueError, match="dat je wilt besparen: hooguit 168"):
        mw.delegation_plan(TEACHER, 200)


@pytest.mark.parametrize(
    "bad", [{"automatable": 1.2}, {"meaningful": -0.5}, {"automatable": float("nan")}]
)
def test_bad_thresholds_raise_a_clear_value_error(bad):
    with pytest.raises(ValueError, match="share|finite"):
        mw.Thresholds(**bad)


def test_quadrant_refuses_scores_outside_0_to_1():
    with pytest.raises(ValueError, match="meaning is a share"):
        mw.quadrant(0.5, 2)


# --- the example jobs ------------------------------------------------------------------------


def test_the_example_jobs_are_the_table_and_all_illustrative():
    table = data.load("meaning_of_work_tasks", mw.TASKS_SCHEMA)
    assert tuple(dict.fromkeys(table["job"])) == mw.JOBS
    assert set(table["source"]) == {ILLUSTRATIVE}
    for job in mw.JOBS:
        tasks = mw.example_tasks(job)
        assert 36 <= tasks["hours"].sum() <= 40, job
        assert tasks["connective"].any() and not tasks["connective"].all(), job
        assert len(tasks) <= mw.MAX_TASKS


def test_the_teacher_example_is_the_one_worked_by_hand():
    assert mw.task_rows(mw.example_tasks("teacher")) == [
        (name, float(h), a, m, c) for name, h, a, m, c in TEACHER
    ]


def test_an_unknown_job_is_refused():
    with pytest.raises(ValueError, match="no example job 'pilot'; choose one of: teacher"):
        mw.example_tasks("pilot")


# --- typed tasks -----------------------------------------------------------------------------


def test_typed_tasks_are_parsed():
    text = """
    # my job
    task, hours, automatability, meaning, connective
    email, 6, 0.7, 0.2, no
    "reports, quarterly", 8, .6, 0.5, N
    talks with clients,10,0.1,0.9,Yes
    """
    assert mw.task_rows(mw.parse_tasks(text)) == [
        ("email", 6.0, 0.7, 0.2, False),
        ("reports, quarterly", 8.0, 0.6, 0.5, False),
        ("talks with clients", 10.0, 0.1, 0.9, True),
    ]
    assert len(mw.parse_tasks(mw.OWN_EXAMPLE)) == 3


def test_every_bad_line_is_named_with_what_is_wrong():
    text = (
        "email, 6, 0.7, 0.2, no\nreports, lots, 0.6, 0.5, no\n\nmeetings, 3, 0.2\n"
        "planning, 2, 70, 0.5, no\ncalls, 4, 0.2, 0.9, perhaps\n"
    )
    with pytest.raises(ValueError) as error:
        mw.parse_tasks(text)
    message = str(error.value)
    assert message.startswith(
        "your task list cannot be read: line 2: hours of 'reports' must be a finite number, "
        "not 'lots'; line 4 has 3 value(s) but needs 5"
    )
    assert "line 5: automatability of 'planning' is a share: from 0 to 1 (70 % is 0.7)" in message
    assert (
        "line 6: connective of 'calls' must be yes or no (True or False), not 'perhaps'" in message
    )
    assert "line 1" not in message and "line 3" not in message


def test_many_bad_lines_are_summarised():
    with pytest.raises(ValueError, match=r"line 5 .*; and 3 more\.$"):
        mw.parse_tasks("x\n" * 8)


@pytest.mark.parametrize(
    "text, words",
    [
        ("", "empty"),
        ("# only a comment\n\n", "empty"),
        ("task, hours, automatability, meaning, connective\n", "empty"),
        (", 6, 0.5, 0.5, no", "needs a name"),
        ("a, 0, 0.5, 0.5, no", "hours of 'a' must be more than 0"),
        ("a, nan, 0.5, 0.5, no", "hours of 'a' must be a finite number"),
        ("a, 6, 0.5, inf, no", "meaning of 'a' must be a finite number"),
        ("a, 200, 0.5, 0.5, no", "200 hours a week"),
        ("a, 100, 0.5, 0.5, no\nb, 100, 0.5, 0.5, no", "200 hours a week"),
        (None, "must be text"),
    ],
)
def test_bad_typed_tasks_raise_a_clear_value_error(text, words):
    with pytest.raises(ValueError, match=words):
        mw.parse_tasks(text)


@given(st.text(max_size=300))
def test_any_text_gives_tasks_or_a_value_error(text):
    try:
        table = mw.parse_tasks(text)
    except ValueError:
        return
    assert list(table.columns) == list(mw.TASK_COLUMNS) and len(table) >= 1


# --- properties of the plan ------------------------------------------------------------------

names = st.text(alphabet="abcdefghij ", min_size=1, max_size=8).filter(str.strip)
rows = st.tuples(names, st.floats(0.1, 14), st.floats(0, 1), st.floats(0, 1), st.booleans())
task_lists = st.lists(rows, min_size=1, max_size=12)
targets = st.floats(0, 120)


def columns(plan):
    """The plan's table as plain lists (quicker than pandas for hundreds of small examples)."""
    names = ("connective", "meaning", "automatable_hours", "hours", "delegated")
    return {name: plan.tasks[name].tolist() for name in names}


@given(task_lists, targets)
def test_the_plan_never_delegates_connective_work_nor_more_than_there_is(tasks, target):
    plan = mw.delegation_plan(tasks, target)
    c = columns(plan)
    for connective, could, hours, given_away in zip(
        c["connective"], c["automatable_hours"], c["hours"], c["delegated"], strict=True
    ):
        assert given_away == 0 if connective else 0 <= given_away <= could + 1e-12
        assert could <= hours + 1e-12
    assert sum(c["delegated"]) == pytest.approx(plan.saved, abs=1e-6)
    assert plan.saved <= min(plan.available, plan.target) + 1e-6
    assert plan.saved + plan.shortfall == pytest.approx(plan.target, abs=1e-9)
    assert plan.feasible == (plan.target <= plan.available + 1e-9)
    assert 0 <= plan.meaning_retained <= 1 + 1e-12


@given(task_lists, targets, targets)
def test_delegating_more_never_retains_more_meaning(tasks, a, b):
    small, large = mw.delegation_plan(tasks, min(a, b)), mw.delegation_plan(tasks, max(a, b))
    assert large.meaning_retained <= small.meaning_retained + 1e-12
    for more, less in zip(columns(large)["delegated"], columns(small)["delegated"], strict=True):
        assert more >= less - 1e-9


@given(task_lists, targets)
def test_the_least_meaningful_work_goes_first(tasks, target):
    c = columns(mw.delegation_plan(tasks, target))
    rows = list(
        zip(c["connective"], c["meaning"], c["automatable_hours"], c["delegated"], strict=True)
    )
    spare = [
        meaning
        for connective, meaning, could, given_away in rows
        if not connective and given_away < could - 1e-9
    ]
    taken = [meaning for _, meaning, _, given_away in rows if given_away > 0]
    if spare and taken:
        assert min(spare) >= max(taken)


@given(task_lists, targets, st.randoms(use_true_random=False))
def test_no_other_order_loses_less_meaning(tasks, target, random):
    # Any other order of the same tasks saves the same hours, at no smaller cost in meaning.
    plan = mw.delegation_plan(tasks, target)
    order = [i for i, task in enumerate(tasks) if not task[4]]
    random.shuffle(order)
    remaining, lost = plan.saved, 0.0
    for i in order:
        take = min(tasks[i][1] * tasks[i][2], remaining)
        remaining -= take
        lost += take * tasks[i][3]
    assert plan.meaning_lost <= lost + 1e-9


def test_the_hours_saved_are_the_hours_delegated():
    # A target of 168 hours (a whole week) is far beyond what the teacher can give: saved is
    # the 10.4 hours delegated, not the target minus a shortfall that rounds it away.
    plan = mw.delegation_plan(mw.example_tasks("teacher"), 168)
    assert plan.saved == pytest.approx(10.4) == sum(plan.tasks["delegated"])
    assert plan.shortfall == pytest.approx(168 - 10.4)


# --- any input: a sensible result or a ValueError --------------------------------------------

any_rows = st.lists(
    st.tuples(st.sampled_from(["a", "b", "", None]), *[wild.anything] * 3, wild.anything),
    max_size=3,
)


@given(st.one_of(task_lists, any_rows, wild.anything), wild.anything)
def test_any_tasks_and_target_give_a_sensible_plan_or_a_value_error(tasks, target):
    try:
        plan = mw.delegation_plan(tasks, target)
    except ValueError:
        return
    numbers = [plan.target, plan.available, plan.saved, plan.shortfall, plan.meaning_lost]
    assert wild.finite(*numbers) and min(numbers) >= 0
    assert plan.saved == pytest.approx(sum(plan.tasks["delegated"]))
    assert plan.saved <= min(plan.target, plan.available) + 1e-9
    assert 0 <= plan.meaning_retained <= 1


@given(wild.anything, wild.anything)
def test_the_quadrant_of_any_scores_is_a_quadrant_or_a_value_error(automatability, meaning):
    try:
        where = mw.quadrant(automatability, meaning)
    except ValueError:
        return
    assert where in mw.QUADRANTS and wild.finite(automatability, meaning)


# --- the explorer, headless ------------------------------------------------------------------


def collection_points(collection):
    return sorted(map(tuple, collection.get_offsets().tolist()))


def bar_widths(collection):
    return [round(path.vertices[:, 0].max(), 9) for path in collection.get_paths()]


def test_explorer_starts_with_the_teacher_saving_4_hours():
    explorer = mw.explorer()
    plan = mw.delegation_plan(mw.example_tasks("teacher"), mw.EXPLORER_TARGET)
    assert explorer.text == mw.summary(plan, "Teacher")
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert set(explorer.controls) == {"job", "own_tasks", "target_hours"}
    assert all(control.description for control in explorer.controls.values())
    task_ax, plan_ax = explorer.figure.axes
    ordinary, connected = task_ax.collections
    assert collection_points(connected) == sorted([(0.1, 0.9), (0.6, 0.4), (0.1, 0.9)])
    assert len(collection_points(ordinary)) == 4
    could, saved, lost = plan_ax.collections
    assert bar_widths(saved) == pytest.approx([0.2, 3.2, 0.6])  # tasks 3, 4 and 7, in task order
    assert bar_widths(lost) == pytest.approx([0.08, 0.32, 0.18])
    assert len(bar_widths(could)) == 7
    assert "<td>administration and grade records</td>" in explorer.details.value
    assert [t.get_text() for t in task_ax.texts if t.get_animated() and t.get_text()] == [
        "1, 6",
        "2",
        "3, 5",
        "4",
        "7",
    ]


def test_moving_the_target_and_the_job_updates_summary_plot_and_table():
    explorer = mw.explorer()
    before = bytes(explorer.image.value)
    explorer.controls["target_hours"].value = 12.0
    assert explorer.text == mw.summary(mw.delegation_plan(TEACHER, 12), "Teacher")
    assert "1.6 hours short" in explorer.text
    assert bytes(explorer.image.value) != before
    explorer.controls["job"].value = "copywriter"
    assert explorer.text == mw.summary(
        mw.delegation_plan(mw.example_tasks("copywriter"), 12), "Copywriter"
    )
    assert "concept and core copy" in explorer.details.value


def test_own_tasks_are_planned_and_bad_ones_explained_without_a_traceback():
    explorer = mw.explorer()
    explorer.controls["job"].value = mw.OWN
    assert explorer.text == mw.summary(
        mw.delegation_plan(mw.parse_tasks(mw.OWN_EXAMPLE), 4), "Your tasks"
    )
    image, table = bytes(explorer.image.value), explorer.details.value

    explorer.controls["own_tasks"].value = "email, 6, 0.7, 0.2, no\nreports, many, 0.6, 0.5, no\n"
    assert explorer.text.startswith(
        "These settings do not work together: your task list cannot be read: line 2"
    )
    assert "not 'many'" in explorer.text
    # the last good plan stays
    assert bytes(explorer.image.value) == image and explorer.details.value == table
    assert 'role="status"' in explorer.summary.value

    explorer.controls["own_tasks"].value = "".join(
        f"task {i}, 1, 0.5, 0.5, no\n" for i in range(11)
    )
    assert "up to 10 tasks, and your list has 11" in explorer.text

    explorer.controls["own_tasks"].value = "<b>night shifts</b>, 40, 0.9, 0.1, no\n"
    # typed text is shown, never run as HTML
    assert "&lt;b&gt;night shifts" in explorer.details.value
    plan_ax = explorer.figure.axes[1]
    assert plan_ax.get_xlim()[1] >= 36  # the axis widens to hold 36 automatable hours


def test_a_drop_down_is_moved_through_its_options_and_a_text_box_is_left_alone():
    # what the benchmark and tests/test_explorers.py try (course.ui.choices)
    controls = mw.explorer().controls
    assert choices(controls["job"]) == [*mw.JOBS, mw.OWN]
    assert choices(controls["own_tasks"]) == []
    assert choices(controls["target_hours"]) == [0.0, 4.0, 8.0, 12.0, 16.0, 20.0]


# --- the assignments' answers, from the model --------------------------------------------------
# Hidden tests hold literal values, and model answers quote figures; these tests compute each one
# from the model (the explore track's from the explorer, at the settings its questions name), so
# that none can drift from the model.


def explorer_at(job, target_hours):
    explorer = mw.explorer()
    explorer.controls["job"].value = job
    explorer.controls["target_hours"].value = target_hours
    return explorer


def slider_steps(control):
    """Every value the slider can take, from its range and step."""
    count = round((control.max - control.min) / control.step)
    return [round(control.min + i * control.step, 10) for i in range(count + 1)]


def test_the_explore_tracks_answers_are_what_the_explorer_shows():
    # Question 1: the teacher at 4 hours, as the explorer starts; the sentence rounds to 98%.
    explorer = mw.explorer()
    assert "98% of the job's meaning stays" in explorer.text
    plan = mw.delegation_plan(TEACHER, 4)
    assert abs(plan.meaning_retained - 0.98) < 0.0051  # the hidden test's tolerance
    # Question 2: the teacher at 12 hours is 1.6 hours short.
    assert "1.6 hours short" in explorer_at("teacher", 12.0).text
    # Question 3: the copywriter's largest target, on the slider's steps, at which AI takes none
    # of the concept and core copy.
    copywriter = mw.example_tasks("copywriter")
    steps = slider_steps(explorer.controls["target_hours"])
    untouched = [
        target
        for target in steps
        if delegated(mw.delegation_plan(copywriter, target)).get("concept and core copy", 0) == 0
    ]
    assert max(untouched) == 17.5 and 18.0 in steps and 18.0 not in untouched
    # the table under the plot shows it: the row's hours, what AI could take, and delegated
    row = "<td>concept and core copy</td><td>augment with AI</td><td>no</td><td>10.0</td>"
    assert f"{row}<td>6.0</td><td>0.0</td>" in explorer_at("copywriter", 17.5).details.value
    assert f"{row}<td>6.0</td><td>0.4</td>" in explorer_at("copywriter", 18.0).details.value
    # Question 4: email with parents sits in "delegate to AI" but is connective.
    teacher = mw.task_map(TEACHER).set_index("task")
    assert teacher.loc["email with parents", "quadrant"] == "delegate to AI"
    assert teacher.loc["email with parents", "connective"]
    # Question 6 names the copywriter at 20 hours; question 9 the nurse at 10 hours.
    assert "62% of the job's meaning stays" in explorer_at("copywriter", 20.0).text
    assert "saves 10.0 of the 10.0 hours a week asked, from 5 tasks" in (
        explorer_at("nurse", 10.0).text
    )


def test_the_figures_the_model_answers_and_hints_quote():
    nurse = mw.example_tasks("nurse")
    # explore, question 9: five of the seven tasks, all of the handovers, part of the medication
    # rounds, 88% of the meaning; 6 hours take rosters, stock and part of the patient file.
    ten = delegated(mw.delegation_plan(nurse, 10))
    assert ten == pytest.approx(
        {
            "medication rounds and checks": 1.2,
            "recording in the patient file": 4.2,
            "handover between shifts": 1.2,
            "rosters and planning": 1.6,
            "stock and supplies": 1.8,
        }
    )
    assert round(mw.delegation_plan(nurse, 10).meaning_retained, 2) == 0.88
    six = delegated(mw.delegation_plan(nurse, 6))
    assert set(six) == {
        "rosters and planning",
        "stock and supplies",
        "recording in the patient file",
    }
    assert six["recording in the patient file"] < 4.2
    # the teaching note's nurse at 12 hours
    assert mw.delegation_plan(nurse, 12).shortfall == pytest.approx(1.7)
    # build, question 2's lesson check (84%) and hidden tests
    assert round(mw.delegation_plan(TEACHER, 12).meaning_retained, 2) == 0.84
    assert mw.delegation_plan(TEACHER, 4).meaning_retained == pytest.approx(0.9775193798449613)
    assert mw.delegation_plan(TEACHER, 12).meaning_retained == pytest.approx(0.8434108527131783)
    assert mw.delegation_plan(TEACHER, 20).shortfall == pytest.approx(9.6)
    assert delegated(mw.delegation_plan(TEACHER, 8)) == pytest.approx(
        {
            "administration and grade records": 3.2,
            "team meetings": 0.6,
            "marking and written feedback": 3.6,
            "preparing lessons": 0.6,
        }
    )
    assert delegated(mw.delegation_plan(nurse, 8)) == pytest.approx(
        {
            "rosters and planning": 1.6,
            "stock and supplies": 1.8,
            "recording in the patient file": 4.2,
            "handover between shifts": 0.4,
        }
    )
    # build, question 5a's model answer: the bakery shop, 4 hours
    bakery = [
        ("serving customers at the counter", 8, 0.1, 0.8, True),
        ("taking phone and web orders", 3, 0.7, 0.3, False),
        ("stock lists and ordering", 2, 0.8, 0.1, False),
        ("cleaning and closing", 3, 0.0, 0.2, False),
    ]
    plan = mw.delegation_plan(bakery, 4)
    assert delegated(plan) == pytest.approx(
        {"stock lists and ordering": 1.6, "taking phone and web orders": 2.1}
    )
    assert plan.shortfall == pytest.approx(0.3)
    assert (plan.meaning_lost, plan.meaning_total) == pytest.approx((0.79, 8.1))
    assert round(plan.meaning_retained, 2) == 0.90
