"""The three-effects model (a job is a bundle of tasks), its tables and its explorer."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wild
from course import i18n
from course import three_effects as te
from course.sources import ILLUSTRATIVE


def table(rows):
    """A task table from (occupation, time_share, score) rows."""
    return pd.DataFrame(rows, columns=["occupation", "time_share", "score"])


TWO_JOBS = table(
    [
        ("A", 0.5, 0.8),
        ("A", 0.3, 0.6),
        ("A", 0.2, 0.1),
        ("B", 0.6, 0.2),
        ("B", 0.4, 0.7),
    ]
)


# --- the model, by hand ------------------------------------------------------------------------


def classes(scores, scenario=None):
    """The class of each score, each scored as a job of one task."""
    tasks = table([(f"job {i}", 1.0, score) for i, score in enumerate(scores)])
    result = te.jobs(tasks, scenario or te.ExposureScenario())
    return result[list(te.CLASSES)].idxmax(axis=1).tolist()


def test_classes_at_the_boundaries_are_the_ilos_bands():
    # above 0.75 is the top band; 0.75 itself is in the band from 0.5 (the ILO's 2023 bands)
    assert classes([0.7501, 0.75, 0.5, 0.4999, 0.0, 1.0]) == [
        "automated",
        "augmented",
        "augmented",
        "little affected",
        "little affected",
        "automated",
    ]
    narrow = te.ExposureScenario(automated_above=0.9, augmented_from=0.9)  # only 0.9 augmented
    assert classes([0.89, 0.9, 0.91], narrow) == ["little affected", "augmented", "automated"]


def test_jobs_by_hand():
    result = te.jobs(TWO_JOBS)
    assert list(result.index) == ["A", "B"]
    # A: 0.5 of its time scores 0.8 (automated), 0.3 scores 0.6 (augmented), 0.2 scores 0.1
    assert result.loc["A", list(te.CLASSES)].tolist() == pytest.approx([0.5, 0.3, 0.2])
    assert result.loc["A", "exposure"] == pytest.approx(0.5 * 0.8 + 0.3 * 0.6 + 0.2 * 0.1)  # 0.60
    assert (
        result.loc["A", "outcome"] == "at risk of disappearing"
    )  # exactly half its time, automated
    # B: nothing automated, 0.4 augmented: less than half its time is affected
    assert result.loc["B", list(te.CLASSES)].tolist() == pytest.approx([0, 0.4, 0.6])
    assert result.loc["B", "exposure"] == pytest.approx(0.40)
    assert result.loc["B", "outcome"] == "little affected"
    assert result["human_work"].tolist() == pytest.approx([0.5, 1.0])


def test_new_tasks_and_a_score_shift():
    result = te.jobs(TWO_JOBS, te.ExposureScenario(score_shift=0.1, new_tasks=0.2))
    # B's 0.7 becomes 0.8 (automated); A's classes do not change
    assert result.loc["B", list(te.CLASSES)].tolist() == pytest.approx([0.4, 0, 0.6])
    assert result.loc["A", "exposure"] == pytest.approx(0.5 * 0.9 + 0.3 * 0.7 + 0.2 * 0.2)
    assert result["human_work"].tolist() == pytest.approx([0.5 + 0.2, 0.6 + 0.2])


def test_a_shift_that_lands_on_a_threshold_counts_as_reaching_it():
    # 0.7 - 0.2 is 0.49999999999999994 in floating point; a reader expects 0.5
    result = te.jobs(table([("A", 1.0, 0.7)]), te.ExposureScenario(score_shift=-0.2))
    assert result.loc["A", "augmented"] == 1
    result = te.jobs(table([("A", 1.0, 0.7)]), te.ExposureScenario(score_shift=0.05))
    assert result.loc["A", "augmented"] == 1  # 0.75 is on the line, not above it
    result = te.jobs(table([("A", 1.0, 0.7)]), te.ExposureScenario(score_shift=0.1))
    assert result.loc["A", "automated"] == 1


def test_shifted_scores_stay_within_0_and_1():
    assert te.shifted_scores([0.9, 0.1], 0.2).tolist() == pytest.approx([1.0, 0.3])
    assert te.shifted_scores([0.1], -0.3).tolist() == [0.0]


@pytest.mark.parametrize(
    "automated, augmented, expected",
    [
        (0.5, 0, "at risk of disappearing"),
        (0.7 - 0.2, 0, "at risk of disappearing"),  # 0.4999...
        (0.49, 0.01, "mostly changed"),
        (0.2, 0.2, "little affected"),
        (0, 0, "little affected"),
    ],
)
def test_outcome_rule(automated, augmented, expected):
    assert te.outcome(automated, augmented) == expected


def test_summary_names_the_settings_every_outcome_and_the_human_work():
    scenario = te.ExposureScenario(score_shift=-0.1, new_tasks=0.25)
    text = te.summary(scenario, te.jobs(TWO_JOBS, scenario))
    # A: 0.8 -> 0.7 and 0.6 -> 0.5, so 0.8 of its time augmented; B: 0.7 -> 0.6, 0.4 augmented
    assert text == (
        "Automated above 0.75, augmented from 0.50, scores lowered by 0.10. "
        "At risk of disappearing: none; mostly changed: A; little affected: B. "
        "With new tasks worth 25% of the old time, "
        "human work per job is 125% to 125% of what it was."
    )
    assert "scores as given" in te.summary(te.ExposureScenario(), te.jobs(TWO_JOBS))


def test_summary_and_readable_tables_speak_the_language_in_use(monkeypatch):
    """Every text a learner reads goes through _(): a _() that marks its texts shows which do."""
    monkeypatch.setattr(te, "_", lambda text: f"<{text}>")
    monkeypatch.setattr(i18n, "_", lambda text: f"<{text}>")  # readable() translates there
    scenario = te.ExposureScenario(score_shift=0.1)
    text = te.summary(scenario, te.jobs(te.example_tasks(), scenario))
    assert "<at risk of disappearing>: <ICT support (mbo)>, <legal assistant>; <mostly" in text
    tasks = te.example_tasks()
    shown = te.readable(te.jobs(tasks))
    assert shown.loc["<legal assistant>", "<outcome>"] == "<at risk of disappearing>"
    assert list(shown.columns[:3]) == ["<automated>", "<augmented>", "<little affected>"]
    assert te.readable(tasks)["<task>"][0] == f"<{tasks['task'][0]}>"
    assert te.readable(te.ilo_groups())["<group>"][3] == "<Clerical support workers>"
    assert te.jobs(tasks).loc["legal assistant", "outcome"] == "at risk of disappearing"


def test_summary_writes_numbers_the_dutch_way_in_a_dutch_notebook():
    from course import i18n

    scenario = te.ExposureScenario(score_shift=-0.1, new_tasks=0.25)
    with i18n.speaking("nl"):
        text = te.summary(scenario, te.jobs(TWO_JOBS, scenario))
    assert "0,75" in text and "0,10" in text and "125 %" in text


# --- the tables ----------------------------------------------------------------------------------

# The lesson, its key points and the assignment's model answer quote these results.
EXPOSURE = {
    "ICT support (mbo)": 0.57,
    "copywriter": 0.5875,
    "legal assistant": 0.6725,
    "radio host": 0.53,
    "teacher": 0.3625,
    "nurse": 0.26,
}
OUTCOME = {
    "ICT support (mbo)": "mostly changed",
    "copywriter": "mostly changed",
    "legal assistant": "at risk of disappearing",
    "radio host": "mostly changed",
    "teacher": "little affected",
    "nurse": "little affected",
}


def test_example_occupations_are_the_essays_and_marked_illustrative():
    tasks = te.example_tasks()
    assert list(pd.unique(tasks["occupation"])) == list(EXPOSURE)
    assert set(tasks["source"]) == {ILLUSTRATIVE}
    assert tasks.groupby("occupation")["time_share"].sum().to_numpy() == pytest.approx(1)


def test_example_occupations_at_the_defaults():
    result = te.jobs(te.example_tasks())
    assert result["exposure"].to_dict() == pytest.approx(EXPOSURE)
    assert result["outcome"].to_dict() == OUTCOME
    assert result.loc["legal assistant", "automated"] == pytest.approx(0.6)
    assert result["human_work"].min() == pytest.approx(0.4)


def test_a_small_rise_in_scores_flips_only_the_ict_support_job():
    # The lesson: +0.05 lifts the copywriter's 0.75 above the line but flips no job; +0.10 lifts
    # ICT support's 0.70 above it, and that job flips.
    before = te.jobs(te.example_tasks())["outcome"]
    small = te.jobs(te.example_tasks(), te.ExposureScenario(score_shift=0.05))
    assert small["outcome"].equals(before)
    assert small.loc["copywriter", "automated"] == pytest.approx(0.45)
    after = te.jobs(te.example_tasks(), te.ExposureScenario(score_shift=0.1))["outcome"]
    flipped = before.index[before != after].tolist()
    assert flipped == ["ICT support (mbo)"]
    assert after["ICT support (mbo)"] == "at risk of disappearing"


def test_ilo_table_shows_clerical_work_as_the_outlier():
    groups = te.ilo_groups()
    assert groups["isco"].tolist() == list(range(1, 10))
    assert set(groups["source"]) == {"gmyrek2025scores"}
    clerical = groups.set_index("isco").loc[4]
    assert clerical["group"] == "Clerical support workers"
    assert clerical[
        [
            "mean_score_2023",
            "mean_score_2025",
            "tasks_05_or_more",
            "occupations_exposed",
            "occupations_gradient4",
        ]
    ].tolist() == pytest.approx([0.63, 0.54, 0.693, 0.966, 0.276])
    for column in (
        "mean_score_2023",
        "mean_score_2025",
        "tasks_05_or_more",
        "occupations_exposed",
        "occupations_gradient4",
    ):
        assert groups[column].idxmax() == clerical.name - 1, column


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"automated_above": 1.2}, "automated_above is a share"),
        ({"augmented_from": -0.1}, "augmented_from is a share"),
        ({"automated_above": 0.6, "augmented_from": 0.7}, "must not be above automated_above"),
        ({"job_share": 0}, "job_share must be above 0"),
        ({"score_shift": 1.5}, "use -1 to 1"),
        ({"score_shift": True}, "finite number"),
        ({"new_tasks": -0.1}, "new_tasks is a share"),
        ({"new_tasks": float("nan")}, "finite number"),
        ({"automated_above": "0.75"}, "finite number"),
    ],
)
def test_bad_parameters_raise_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        te.ExposureScenario(**bad)


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    with i18n.speaking("nl"), pytest.raises(ValueError, match="bij 0 zou elke baan risico lopen"):
        te.ExposureScenario(job_share=0)


@pytest.mark.parametrize(
    "tasks, words",
    [
        ([("A", 1.0, 0.5)], "must be a pandas DataFrame"),
        (TWO_JOBS.drop(columns="score"), r"lacks the column\(s\) \['score'\]"),
        (TWO_JOBS.iloc[:0], "has no tasks"),
        (table([("A", 0.0, 0.5), ("A", 1.0, 0.5)]), "every time_share must be a number above 0"),
        (table([("A", 1.0, 1.2)]), "every score must be a number 0 or more and at most 1"),
        (table([("A", 1.0, float("nan"))]), "every score"),
        (table([("A", 0.5, 0.5), ("A", 0.4, 0.5)]), "time shares of 'A' add up to 0.9, not 1"),
        (table([(None, 1.0, 0.5)]), "every task needs an occupation"),
    ],
)
def test_bad_task_tables_raise_a_clear_value_error(tasks, words):
    with pytest.raises(ValueError, match=words):
        te.jobs(tasks)


@pytest.mark.parametrize(
    "scores, shift, words",
    [
        ([0.5, 1.5], 0, "from 0 to 1"),
        ([0.5], float("nan"), "score_shift must be a finite number"),
        ([0.5], 2, "use -1 to 1"),
        ([[0.2, 0.8]], 0, "list of finite numbers"),
        (["0.5"], 0, "list of finite numbers"),
        ([True], 0, "list of finite numbers"),
    ],
)
def test_shifted_scores_refuse_what_is_not_a_score_or_a_shift(scores, shift, words):
    with pytest.raises(ValueError, match=words):
        te.shifted_scores(scores, shift)


@pytest.mark.parametrize(
    "automated, augmented, job_share, words",
    [
        (float("nan"), float("nan"), 0.5, "finite number"),
        (-5, 10, 0.5, "automated must be 0 or more"),
        (0.7, 0.7, 0.5, "together they are at most 1"),
        (0.2, 0.2, 0, "job_share must be above 0"),
        ("0.5", 0, 0.5, "finite number"),
    ],
)
def test_outcome_refuses_shares_that_cannot_be(automated, augmented, job_share, words):
    with pytest.raises(ValueError, match=words):
        te.outcome(automated, augmented, job_share)


def test_a_table_of_text_or_yes_and_no_is_refused():
    with pytest.raises(ValueError, match="every score must be a number"):
        te.jobs(table([("A", 1.0, "0.5")]))
    with pytest.raises(ValueError, match="every time_share must be a number"):
        te.jobs(table([("A", True, 0.5)]))
    with pytest.raises(ValueError, match="an ExposureScenario"):
        te.jobs(TWO_JOBS, None)


# --- properties ----------------------------------------------------------------------------------


@st.composite
def task_tables(draw):
    """Up to 5 jobs of 1 to 6 tasks, with time shares that add up to 1."""
    rows = []
    for job in range(draw(st.integers(1, 5))):
        weights = draw(st.lists(st.floats(0.05, 1), min_size=1, max_size=6))
        scores = draw(st.lists(st.floats(0, 1), min_size=len(weights), max_size=len(weights)))
        rows += [(f"job {job}", w / sum(weights), s) for w, s in zip(weights, scores, strict=True)]
    return table(rows)


thresholds = st.tuples(st.floats(0, 1), st.floats(0, 1)).map(sorted)
scenarios = st.builds(
    lambda pair, share, shift, new: te.ExposureScenario(
        automated_above=pair[1],
        augmented_from=pair[0],
        job_share=share,
        score_shift=shift,
        new_tasks=new,
    ),
    thresholds,
    st.floats(0.01, 1),
    st.floats(-1, 1),
    st.floats(0, 1),
)


@given(task_tables(), scenarios)
def test_class_shares_fill_each_job_and_the_rest_follows_from_them(tasks, scenario):
    result = te.jobs(tasks, scenario)
    shares = result[list(te.CLASSES)]
    assert (shares.to_numpy() >= 0).all()
    assert shares.sum(axis=1).to_numpy() == pytest.approx(1)
    assert result["human_work"].to_numpy() == pytest.approx(
        1 - result["automated"].to_numpy() + scenario.new_tasks
    )
    assert result["outcome"].tolist() == [
        te.outcome(a, g, scenario.job_share)
        for a, g in zip(result["automated"], result["augmented"], strict=True)
    ]
    # a time-weighted mean lies between the job's lowest and highest (shifted) score
    scores = tasks.assign(score=te.shifted_scores(tasks["score"], scenario.score_shift)).groupby(
        "occupation"
    )["score"]
    assert (scores.min() - 1e-9 <= result["exposure"]).all() and (
        result["exposure"] <= scores.max() + 1e-9
    ).all()


@given(task_tables(), scenarios, st.floats(0, 0.5))
def test_better_ai_never_shrinks_the_affected_time(tasks, scenario, rise):
    stronger = te.ExposureScenario(
        **{**scenario.__dict__, "score_shift": min(1.0, scenario.score_shift + rise)}
    )
    before, after = te.jobs(tasks, scenario), te.jobs(tasks, stronger)
    assert (after["automated"] >= before["automated"] - 1e-9).all()
    assert (
        after["automated"] + after["augmented"] >= before["automated"] + before["augmented"] - 1e-9
    ).all()
    assert (after["exposure"] >= before["exposure"] - 1e-9).all()


@given(task_tables(), scenarios, st.floats(0, 1))
def test_a_higher_automation_threshold_never_automates_more(tasks, scenario, higher):
    stricter = te.ExposureScenario(
        **{**scenario.__dict__, "automated_above": max(scenario.automated_above, higher)}
    )
    assert (
        te.jobs(tasks, stricter)["automated"] <= te.jobs(tasks, scenario)["automated"] + 1e-9
    ).all()


@given(task_tables(), scenarios, st.integers(0, 2**32 - 1))
def test_the_order_of_the_tasks_does_not_matter(tasks, scenario, seed):
    shuffled = te.jobs(tasks.sample(frac=1, random_state=seed), scenario).sort_index()
    original = te.jobs(tasks, scenario).sort_index()
    numbers = [*te.CLASSES, "exposure", "human_work"]
    assert shuffled[numbers].to_numpy() == pytest.approx(original[numbers].to_numpy())
    assert shuffled["outcome"].tolist() == original["outcome"].tolist()


@given(wild.anything, wild.anything, wild.anything)
def test_outcome_of_any_input_is_an_outcome_or_a_value_error(automated, augmented, job_share):
    try:
        result = te.outcome(automated, augmented, job_share)
    except ValueError:
        return
    assert result in te.OUTCOMES
    assert wild.finite(automated, augmented, job_share)
    assert automated >= 0 and augmented >= 0 and automated + augmented <= 1 + 1e-6
    assert 0 < job_share <= 1


@given(st.lists(wild.anything, max_size=4), wild.anything)
def test_shifted_scores_of_any_input_are_scores_or_a_value_error(scores, shift):
    try:
        result = te.shifted_scores(scores, shift)
    except ValueError:
        return
    assert len(result) == len(scores) and ((0 <= result) & (result <= 1)).all()


@given(
    st.dictionaries(st.sampled_from(list(te.ExposureScenario.__dataclass_fields__)), wild.anything)
)
def test_any_scenario_is_made_or_refused_with_a_value_error(values):
    try:
        te.ExposureScenario(**values)
    except ValueError:
        pass


@given(st.lists(st.tuples(st.sampled_from("AB"), wild.anything, wild.anything), max_size=4))
def test_any_task_table_gives_sensible_jobs_or_a_value_error(rows):
    try:
        result = te.jobs(table(rows))
    except ValueError:
        return
    numbers = result[[*te.CLASSES, "exposure", "human_work"]].to_numpy()
    assert np.isfinite(numbers).all() and (numbers >= 0).all()
    assert result[list(te.CLASSES)].sum(axis=1).to_numpy() == pytest.approx(1)
    assert ((0 <= result["exposure"]) & (result["exposure"] <= 1)).all()


# --- the explorer, headless ----------------------------------------------------------------------


def widths(explorer, part):
    """The plotted widths of one part ("automated", ..., "new tasks") of every job's bar, top job
    first."""
    [bars] = [
        c
        for c in explorer.figure.axes[0].collections
        if tuple(c.get_facecolor()[0]) == PART_COLOURS[part]
    ]
    boxes = sorted(
        (path.vertices[:, 1].mean(), np.ptp(path.vertices[:, 0])) for path in bars.get_paths()
    )
    return [width for _, width in reversed(boxes)]


def part_colours():
    from matplotlib.colors import to_rgba

    from course import ui

    return {
        part: to_rgba(ui.PALETTE[name])
        for part, name in (
            ("automated", "vermillion"),
            ("augmented", "orange"),
            ("little affected", "sky"),
            ("new tasks", "green"),
        )
    }


PART_COLOURS = part_colours()


def test_explorer_starts_at_the_defaults():
    explorer = te.explorer()
    expected = te.jobs(te.example_tasks())
    assert explorer.text == te.summary(te.ExposureScenario(), expected)
    assert "At risk of disappearing: legal assistant;" in explorer.text
    for part in te.CLASSES:
        assert widths(explorer, part) == pytest.approx(expected[part].tolist())
    assert widths(explorer, "new tasks") == pytest.approx([0] * 6)
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert set(explorer.controls) == {
        "automated_above",
        "augmented_from",
        "score_shift",
        "new_tasks",
    }
    assert all(control.description for control in explorer.controls.values())


def test_moving_sliders_updates_summary_bars_markers_and_image():
    explorer = te.explorer()
    before = bytes(explorer.image.value)
    explorer.controls["score_shift"].value = 0.1
    explorer.controls["new_tasks"].value = 0.3
    scenario = te.ExposureScenario(score_shift=0.1, new_tasks=0.3)
    expected = te.jobs(te.example_tasks(), scenario)
    assert explorer.text == te.summary(scenario, expected)
    assert "At risk of disappearing: ICT support (mbo), legal assistant;" in explorer.text
    assert "With new tasks worth 30% of the old time" in explorer.text
    assert widths(explorer, "automated") == pytest.approx(expected["automated"].tolist())
    assert widths(explorer, "new tasks") == pytest.approx([0.3] * 6)
    assert bytes(explorer.image.value) != before

    explorer.controls["automated_above"].value = 1.0
    explorer.controls["augmented_from"].value = 0.0
    assert (
        "At risk of disappearing: none; mostly changed: ICT support (mbo), copywriter"
        in explorer.text
    )
    [automated_marks] = [line for line in explorer.figure.axes[0].lines if line.get_marker() == "X"]
    assert np.isnan(automated_marks.get_xdata()).all()  # no automated part, so no marker on it


def test_the_threshold_sliders_cannot_cross():
    controls = te.explorer().controls
    assert controls["augmented_from"].max <= controls["automated_above"].min


# --- the assignments' answers, computed from the model at the settings the questions name ---------


def outcome_counts(scenario):
    return te.jobs(te.example_tasks(), scenario)["outcome"].value_counts().to_dict()


def test_the_explore_tracks_answers_follow_from_the_explorer_at_each_questions_settings():
    explorer = te.explorer()
    # Question 1: the lesson's settings
    assert "mostly changed: ICT support (mbo), copywriter, radio host;" in explorer.text
    assert outcome_counts(te.ExposureScenario())["mostly changed"] == 3
    # Question 2: a shift of +0.10
    explorer.controls["score_shift"].value = 0.1
    assert "At risk of disappearing: ICT support (mbo), legal assistant;" in explorer.text
    assert outcome_counts(te.ExposureScenario(score_shift=0.1))["at risk of disappearing"] == 2
    # Question 3: back to 0, new tasks worth 30 %
    explorer.controls["score_shift"].value = 0.0
    explorer.controls["new_tasks"].value = 0.3
    assert "human work per job is 70% to 130% of what it was" in explorer.text
    human = te.jobs(te.example_tasks(), te.ExposureScenario(new_tasks=0.3))["human_work"]
    assert human.min() == pytest.approx(0.7) and human.idxmin() == "legal assistant"
    # Question 5: +0.05 flips nothing, +0.10 flips one job through one task of 10 % at 0.70
    assert outcome_counts(te.ExposureScenario(score_shift=0.05)) == outcome_counts(
        te.ExposureScenario()
    )
    tasks = te.example_tasks()
    ict = tasks[tasks["occupation"] == "ICT support (mbo)"]
    assert ict.loc[ict["score"] == 0.7, "time_share"].tolist() == [0.1]


def test_the_figures_the_assignments_quote():
    table = te.jobs(te.example_tasks())
    # build 4a and explore 4: the legal assistant is at risk, with exposure 0.67 and 60 % automated
    assert table.loc["legal assistant", ["automated", "exposure"]].tolist() == pytest.approx(
        [0.6, 0.6725]
    )
    # explore 9's model answer: ICT support has 40 % of its time in automated tasks
    assert table.loc["ICT support (mbo)", "automated"] == pytest.approx(0.4)
    # build 4b: the means of the 2025 scores over the major groups of each skill level
    groups = te.ilo_groups()
    level = groups["isco"].map(lambda isco: "high" if isco <= 3 else "low" if isco == 9 else "mid")
    means = groups.groupby(level)["mean_score_2025"].mean()
    assert means.round(2).to_dict() == {"high": 0.36, "mid": 0.27, "low": 0.15}
    assert groups.set_index("isco")["mean_score_2025"].idxmax() == 4  # clerical, medium-skilled
    # build 5b's model answer: the GP practice assistant
    gp = table_of(
        [(0.35, 0.45), (0.15, 0.80), (0.25, 0.10), (0.15, 0.60), (0.10, 0.30)], "GP assistant"
    )
    result = te.jobs(gp).loc["GP assistant"]
    assert round(result["exposure"], 2) == 0.42
    assert result[list(te.CLASSES)].tolist() == pytest.approx([0.15, 0.15, 0.7])
    assert result["outcome"] == "little affected"
    triage_at_half = gp.assign(score=[0.5, 0.80, 0.10, 0.60, 0.30])
    assert te.jobs(triage_at_half).loc["GP assistant", "outcome"] == "mostly changed"


def table_of(rows, name):
    return table([(name, time, score) for time, score in rows])
