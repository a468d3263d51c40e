"""The hidden-substitution model, its simulation, its calibration and its explorer."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wild
from course import data, i18n
from course import hidden_substitution as hs
from course.sources import BIBLIOGRAPHY

# --- strategies: any valid stream of substitutions -------------------------------------------

streams = st.builds(
    hs.Substitutions,
    per_month=st.integers(1, 50),
    disclosed=st.floats(0, 1),
    discovery=st.one_of(st.just(0.0), st.just(1.0), st.floats(0, 1), st.floats(1e-12, 1e-3)),
)


# --- the closed form, by hand ----------------------------------------------------------------


def test_two_months_by_hand():
    # 10 a month, none disclosed, half come to light at each month's end.
    # Month 1: 10 started, 5 still hidden. Month 2: of month 1's, 2.5 still hidden; of month 2's, 5.
    table = hs.expected(hs.Substitutions(per_month=10, disclosed=0, discovery=0.5), months=2)
    assert list(table.index) == [0, 1, 2]
    assert list(table.columns) == ["true", "observed", "hidden", "hidden_share", "hidden_sd"]
    assert table["true"].tolist() == [0, 10, 20]
    assert table["hidden"].tolist() == pytest.approx([0, 5, 7.5])
    assert table["observed"].tolist() == pytest.approx([0, 5, 12.5])
    assert math.isnan(table["hidden_share"][0]) and table["hidden_share"][2] == pytest.approx(0.375)
    # Variance: 10 * p(1-p) for each month's cohort: 10 * 0.5 * 0.5, then + 10 * 0.25 * 0.75.
    assert table["hidden_sd"].tolist() == pytest.approx([0, math.sqrt(2.5), math.sqrt(4.375)])


def test_disclosure_is_counted_at_once():
    # Half disclosed, the rest never found: half of everything stays hidden.
    table = hs.expected(hs.Substitutions(per_month=4, disclosed=0.5, discovery=0), months=3)
    assert table["hidden"].tolist() == pytest.approx([0, 2, 4, 6])
    assert table["hidden_share"][1:].tolist() == pytest.approx([0.5, 0.5, 0.5])


def test_the_surface_pace_after_a_year():
    # The lesson and the assignment quote these: none disclosed, 1 in 3 found per month.
    # hidden(12) = 10 * (2/3) * (1 - (2/3)**12) / (1/3) = 20 * (1 - 4096/531441)
    table = hs.expected(hs.Substitutions(disclosed=0, discovery=1 / 3), months=12)
    assert table["hidden"][12] == pytest.approx(20 * (1 - 4096 / 531441))
    assert table["hidden"][12] == pytest.approx(19.846, abs=1e-3)
    assert table["observed"][12] == pytest.approx(100.154, abs=1e-3)
    assert table["hidden_share"][12] == pytest.approx(0.1654, abs=1e-4)
    cada = hs.expected(hs.Substitutions(disclosed=0, discovery=1 / 5.5), months=12)
    assert cada["hidden"][12] == pytest.approx(40.95, abs=1e-2)


@pytest.mark.parametrize("disclosed, discovery", [(1, 0.3), (0.4, 1), (1, 0)])
def test_nothing_is_hidden_when_all_is_disclosed_or_found_at_once(disclosed, discovery):
    table = hs.expected(hs.Substitutions(disclosed=disclosed, discovery=discovery), months=24)
    assert (table["hidden"] == 0).all() and (table["hidden_sd"] == 0).all()
    assert (table["observed"] == table["true"]).all()


def test_a_tiny_discovery_chance_is_computed_without_rounding_trouble():
    # 1 - (1 - q)**t loses digits for q near 0; the model's log1p/expm1 form does not.
    near = hs.expected(hs.Substitutions(disclosed=0, discovery=1e-12), months=24)
    never = hs.expected(hs.Substitutions(disclosed=0, discovery=0), months=24)
    assert near["hidden"].to_numpy() == pytest.approx(never["hidden"].to_numpy(), rel=1e-9)
    assert (near["observed"] >= 0).all()


def test_months_to_discovery_lag_and_implied_discovery():
    assert hs.months_to_discovery(0.25) == 4
    assert hs.months_to_discovery(0) == math.inf
    assert hs.lag_months(hs.Substitutions(disclosed=0, discovery=1 / 3)) == pytest.approx(2)
    assert hs.lag_months(hs.Substitutions(disclosed=0.5, discovery=0.2)) == pytest.approx(2)
    assert hs.lag_months(hs.Substitutions(disclosed=1, discovery=0)) == 0
    assert hs.lag_months(hs.Substitutions(disclosed=0.5, discovery=0)) == math.inf
    assert hs.implied_discovery(3) == pytest.approx(1 / 3)
    assert hs.implied_discovery([5.5]) == pytest.approx(2 / 11)
    # Two cases: 2 discoveries in 3 + 5.5 months of being hidden.
    assert hs.implied_discovery([3, 5.5]) == pytest.approx(2 / 8.5)
    assert hs.implied_discovery((4, 4, 4)) == pytest.approx(0.25)


def test_the_cases_table_and_the_chance_each_implies():
    table = hs.cases()
    assert list(table.index) == ["Microsoft Surface ad", "CADA 'Workdays with Thy'"]
    assert table["months"].tolist() == [3, 5.5]
    assert table["discovery"].tolist() == pytest.approx([1 / 3, 2 / 11])
    assert set(table["source"]) <= set(BIBLIOGRAPHY)
    # The default discovery chance is the Surface ad's.
    assert hs.Substitutions().discovery == table["discovery"]["Microsoft Surface ad"]


def test_a_broken_cases_table_fails_with_a_clear_message(tmp_path, monkeypatch):
    (tmp_path / "hidden_substitution_cases.csv").write_text(
        "case,months_low,months_high,source\nan ad,6,5,illustrative\n", encoding="utf-8"
    )
    load = data.load
    monkeypatch.setattr(hs.data, "load", lambda name, schema: load(name, schema, tmp_path))
    with pytest.raises(ValueError, match="months_low is above months_high in row\\(s\\) 2"):
        hs.cases()


def test_summary_reads_off_the_chosen_month():
    surface = hs.Substitutions(disclosed=0, discovery=1 / 3)
    text = hs.summary(surface, 12, hs.expected(surface, 36))
    assert text == (
        "After 12 months: 120 substitutions, 100 observed, 20 still hidden (17%). "
        "An undisclosed one stays hidden 3.0 months on average; "
        "in the long run the observed count runs 2.0 months behind the true count."
    )
    never = hs.Substitutions(disclosed=0.25, discovery=0)
    assert hs.summary(never, 4, hs.expected(never, 4)).endswith(
        "never come to light: the hidden count only grows."
    )
    assert "30 still hidden (75%)" in hs.summary(never, 4, hs.expected(never, 4))
    open_book = hs.Substitutions(disclosed=1)
    assert hs.summary(open_book, 6, hs.expected(open_book, 6)).endswith("so none stays hidden.")


def test_the_lessons_two_ways_agree_and_speak_the_language_in_use(monkeypatch):
    surface = hs.Substitutions(disclosed=0, discovery=1 / 3)
    formula = hs.expected(surface, 12)
    runs = hs.simulate(surface, 12, runs=200, seed=1)
    assert hs.compare(formula, runs, 12).startswith(
        "Formula: 19.8 still hidden after 12 months, give or take 3.4.\n200 simulated histories: "
    )
    with pytest.raises(ValueError, match="runs has no month 24"):
        hs.compare(hs.expected(surface, 24), runs, 24)
    with i18n.speaking("nl"):
        assert "19,8" in hs.compare(formula, runs, 12)
        assert "(17 %)" in hs.summary(surface, 12, formula)
    monkeypatch.setattr(hs, "_", lambda text: f"<{text}>")  # marks what goes through _()
    monkeypatch.setattr(i18n, "_", lambda text: f"<{text}>")  # readable() translates there
    assert hs.summary(surface, 12, formula).startswith("<After 12 months")
    assert hs.compare(formula, runs, 12).startswith("<Formula: 19.8")
    shown = hs.readable(hs.cases())
    assert shown.index.tolist() == ["<Microsoft Surface ad>", "<CADA 'Workdays with Thy'>"]
    assert "<discovery>" in shown.columns


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"per_month": 0}, "per_month"),
        ({"per_month": 2.5}, "per_month"),
        ({"per_month": -3}, "per_month"),
        ({"disclosed": 1.5}, "disclosed is a share"),
        ({"disclosed": -0.1}, "disclosed is a share"),
        ({"discovery": 2}, "discovery is a share"),
        ({"discovery": float("nan")}, "finite number"),
        ({"discovery": "0.3"}, "finite number"),
        ({"disclosed": True}, "finite number"),
    ],
)
def test_bad_parameters_raise_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        hs.Substitutions(**bad)


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: hs.expected(months=0), "months"),
        (lambda: hs.expected(months=12.5), "months"),
        (lambda: hs.expected(months=601), "600 or fewer"),
        (lambda: hs.simulate(runs=0), "runs"),
        (lambda: hs.simulate(seed=-1), "seed"),
        (lambda: hs.simulate(months=600, runs=10_000), "too large a simulation"),
        (lambda: hs.months_to_discovery(-0.2), "discovery"),
        (lambda: hs.implied_discovery(0.5), "at least 1 month"),
        (lambda: hs.implied_discovery([3, 0]), "at least 1 month"),
        (lambda: hs.implied_discovery([]), "at least one case"),
        (lambda: hs.implied_discovery("3"), "finite number"),
        (lambda: hs.implied_discovery([3, None]), "finite number"),
        (lambda: hs.implied_discovery(None), "a list of them"),
        (lambda: hs.expected(None), "made with Substitutions"),
        (lambda: hs.lag_months({"discovery": 0.3}), "made with Substitutions"),
        (lambda: hs.Substitutions(per_month=10**400), "at most a billion"),
    ],
)
def test_bad_arguments_raise_a_clear_value_error(call, words):
    with pytest.raises(ValueError, match=words):
        call()


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    with (
        i18n.speaking("nl"),
        pytest.raises(ValueError, match="een casus die 0.5 maanden verborgen bleef"),
    ):
        hs.implied_discovery(0.5)


# --- the simulation agrees with the closed form ----------------------------------------------

RUNS = 4000


@pytest.mark.parametrize(
    "disclosed, discovery",
    [(0, 1 / 3), (0, 2 / 11), (0.5, 1 / 3), (0.9, 0.05), (0.2, 1), (0.3, 0)],
    ids=["surface", "cada", "default", "rare", "found at once", "never found"],
)
def test_the_simulation_agrees_with_the_closed_form(disclosed, discovery):
    """The average of many seeded runs matches the closed form within its sampling error.

    Each run is an independent draw of the hidden count H(t), whose standard deviation sd(t) the
    closed form gives. The mean of 4,000 runs has a standard error of sd(t) / sqrt(4000), about
    1.6 % of sd(t). We allow 5 standard errors: for a (nearly normal) mean, a miss that large
    has a chance below 1e-6, so across 25 months and 6 settings a false alarm has a chance below
    2e-4, and the fixed seed keeps the outcome the same on every run. A real mistake is far
    larger: counting one check too few, say, changes the Surface setting's mean by about 6.6 at
    month 12, about 120 standard errors.

    The runs' standard deviation must match sd(t) too. For a nearly normal count, a sample
    standard deviation from R runs is off by about 1 / sqrt(2R) of itself (1.1 %); 6 of those,
    6.7 %, leaves room for the somewhat heavier tails of counts with few substitutions hidden.
    """
    substitutions = hs.Substitutions(per_month=10, disclosed=disclosed, discovery=discovery)
    runs = hs.simulate(substitutions, months=24, runs=RUNS, seed=20250130)
    closed = hs.expected(substitutions, months=24)
    standard_error = closed["hidden_sd"] / math.sqrt(RUNS)
    assert (abs(runs.mean() - closed["hidden"]) <= 5 * standard_error + 1e-12).all()
    sd_tolerance = 6 / math.sqrt(2 * RUNS)
    assert runs.std().to_numpy() == pytest.approx(
        closed["hidden_sd"].to_numpy(), rel=sd_tolerance, abs=1e-12
    )


def test_the_same_seed_gives_the_same_histories_and_another_seed_others():
    a = hs.simulate(hs.Substitutions(), months=12, runs=50, seed=7)
    b = hs.simulate(hs.Substitutions(), months=12, runs=50, seed=7)
    c = hs.simulate(hs.Substitutions(), months=12, runs=50, seed=8)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)
    assert a.shape == (50, 13) and a.index.name == "run" and a.columns.name == "month"


@settings(max_examples=60)
@given(streams, st.integers(1, 48), st.integers(1, 20), st.integers(0, 2**32))
def test_every_simulated_history_is_possible(substitutions, months, runs, seed):
    hidden = hs.simulate(substitutions, months=months, runs=runs, seed=seed).to_numpy()
    true = substitutions.per_month * np.arange(months + 1)
    assert (hidden[:, 0] == 0).all()
    assert ((hidden >= 0) & (hidden <= true)).all()
    observed = true - hidden
    assert (np.diff(observed, axis=1) >= 0).all()  # once known, always known
    if substitutions.disclosed == 1 or substitutions.discovery == 1:
        assert (hidden == 0).all()


# --- properties of the closed form ------------------------------------------------------------


@given(streams, st.integers(1, 120))
def test_counts_add_up_and_stay_in_range(substitutions, months):
    table = hs.expected(substitutions, months)
    scale = substitutions.per_month * months
    assert (table["observed"] + table["hidden"]).to_numpy() == pytest.approx(
        table["true"].to_numpy()
    )
    assert (table["hidden"] >= 0).all() and (table["observed"] >= -1e-9 * scale).all()
    assert (table["hidden"] <= (1 - substitutions.disclosed) * table["true"] + 1e-9 * scale).all()
    assert (np.diff(table["observed"]) >= -1e-9 * scale).all()


@given(streams, st.integers(1, 120))
def test_the_closed_form_equals_the_month_by_month_recursion(substitutions, months):
    # Each month the new undisclosed ones join the hidden stock, then a share q of it comes out.
    s = substitutions
    hidden, expected = 0.0, [0.0]
    for _ in range(months):
        hidden = (1 - s.discovery) * (hidden + s.per_month * (1 - s.disclosed))
        expected.append(hidden)
    assert hs.expected(s, months)["hidden"].to_numpy() == pytest.approx(
        expected, rel=1e-9, abs=1e-9
    )


@given(streams, st.integers(2, 120))
def test_the_hidden_share_never_grows(substitutions, months):
    share = hs.expected(substitutions, months)["hidden_share"].to_numpy()[1:]
    assert (np.diff(share) <= 1e-12).all()


@settings(max_examples=100)  # four tables per example
@given(streams, st.floats(0, 1), st.floats(0, 1), st.integers(1, 60))
def test_more_disclosure_or_faster_discovery_never_hides_more(substitutions, x, y, months):
    low, high = sorted((x, y))
    s = substitutions
    less_disclosed = hs.Substitutions(s.per_month, low, s.discovery)
    more_disclosed = hs.Substitutions(s.per_month, high, s.discovery)
    assert (
        hs.expected(more_disclosed, months)["hidden"]
        <= hs.expected(less_disclosed, months)["hidden"] + 1e-9
    ).all()
    slower = hs.Substitutions(s.per_month, s.disclosed, low)
    faster = hs.Substitutions(s.per_month, s.disclosed, high)
    assert (
        hs.expected(faster, months)["hidden"] <= hs.expected(slower, months)["hidden"] + 1e-9
    ).all()


@given(streams.filter(lambda s: s.discovery >= 0.05))
def test_the_hidden_count_settles_at_per_month_times_the_lag(substitutions):
    # With q >= 0.05, 600 months leave a gap below 0.95**600 (about 4e-14) of the limit.
    hidden = hs.expected(substitutions, 600)["hidden"].iloc[-1]
    assert hidden == pytest.approx(
        substitutions.per_month * hs.lag_months(substitutions), rel=1e-9, abs=1e-9
    )


@given(st.lists(st.floats(1, 1000), min_size=1, max_size=20))
def test_implied_discovery_is_the_most_likely_chance(months):
    # The geometric log-likelihood n log q + (sum - n) log(1 - q) peaks at q = n / sum.
    best = hs.implied_discovery(months)
    assert 0 < best <= 1

    def log_likelihood(q):
        misses = sum(months) - len(months)  # month-end checks at which a case stayed hidden
        return len(months) * math.log(q) + (misses * math.log1p(-q) if misses else 0)

    for q in (best * 0.9, min(best * 1.1, 1 - 1e-12)):
        if q != best and 0 < q < 1:
            assert log_likelihood(q) <= log_likelihood(best) + 1e-9


# --- any input: a sensible result or a ValueError --------------------------------------------

# Small whole numbers, so that a valid simulation stays quick, and everything a learner could
# pass by mistake.
small_or_wild = st.one_of(wild.not_numbers, st.sampled_from(wild.EDGES), st.integers(-3, 40))
any_stream = st.builds(
    hs.Substitutions,
    per_month=st.one_of(st.integers(1, hs.MAX_PER_MONTH), st.just(hs.MAX_PER_MONTH)),
    disclosed=st.floats(0, 1),
    discovery=st.one_of(st.floats(0, 1), st.sampled_from([5e-324, 1e-300, 1 - 1e-16])),
)


@given(st.dictionaries(st.sampled_from(["per_month", "disclosed", "discovery"]), wild.anything))
def test_any_stream_is_made_or_refused_with_a_value_error(values):
    try:
        hs.Substitutions(**values)
    except ValueError:
        pass


@given(st.one_of(any_stream, wild.anything), small_or_wild)
def test_the_expected_counts_are_finite_or_a_value_error(substitutions, months):
    try:
        table = hs.expected(substitutions, months)
    except ValueError:
        return
    counts = table.drop(columns="hidden_share").to_numpy()
    assert np.isfinite(counts).all() and (counts >= 0).all()
    assert math.isnan(table["hidden_share"][0])  # no substitutions yet in month 0
    share = table["hidden_share"][1:]
    assert ((0 <= share) & (share <= 1)).all()


@settings(max_examples=100)
@given(st.one_of(streams, wild.anything), small_or_wild, small_or_wild, small_or_wild)
def test_a_simulation_of_any_input_is_possible_or_a_value_error(substitutions, months, runs, seed):
    try:
        hidden = hs.simulate(substitutions, months, runs, seed).to_numpy()
    except ValueError:
        return
    assert ((hidden >= 0) & (hidden <= substitutions.per_month * months)).all()


@given(st.one_of(wild.anything, st.lists(wild.anything, max_size=3)))
def test_the_implied_chance_is_a_chance_or_a_value_error(months_hidden):
    try:
        chance = hs.implied_discovery(months_hidden)
    except ValueError:
        return
    assert 0 < chance <= 1


@given(wild.anything)
def test_months_to_discovery_is_at_least_one_month_or_a_value_error(discovery):
    try:
        months = hs.months_to_discovery(discovery)
    except ValueError:
        return
    assert months >= 1 and not math.isnan(months)  # math.inf: never found


@given(st.one_of(any_stream, wild.anything))
def test_the_lag_is_0_or_more_months_or_a_value_error(substitutions):
    try:
        lag = hs.lag_months(substitutions)
    except ValueError:
        return
    assert lag >= 0 and not math.isnan(lag)  # math.inf: never found


# --- the explorer, headless ------------------------------------------------------------------


def line(explorer, label):
    [found] = [line for line in explorer.figure.axes[0].lines if line.get_label() == label]
    return found


def plotted(explorer, label):
    return list(line(explorer, label).get_ydata())


def test_explorer_starts_at_the_defaults():
    explorer = hs.explorer()
    table = hs.expected(hs.Substitutions(), hs.EXPLORER_MONTHS)
    assert explorer.text == hs.summary(hs.Substitutions(), 12, table)
    assert plotted(explorer, "still hidden") == pytest.approx(list(table["hidden"]))
    assert list(line(explorer, "month read off").get_xdata()) == [12, 12]
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert set(explorer.controls) == {"disclosed", "months_hidden", "month"}
    assert all(control.description for control in explorer.controls.values())


def test_moving_sliders_updates_summary_plot_and_image():
    explorer = hs.explorer()
    before = bytes(explorer.image.value)
    explorer.controls["disclosed"].value = 0.0
    explorer.controls["months_hidden"].value = 5.5  # CADA's pace
    cada = hs.Substitutions(disclosed=0.0, discovery=1 / 5.5)
    table = hs.expected(cada, hs.EXPLORER_MONTHS)
    assert explorer.text == hs.summary(cada, 12, table)
    assert "41 still hidden (34%)" in explorer.text
    assert plotted(explorer, "observed") == pytest.approx(list(table["observed"]))
    assert bytes(explorer.image.value) != before

    explorer.controls["month"].value = 30
    assert list(line(explorer, "month read off").get_xdata()) == [30, 30]
    assert explorer.text.startswith("After 30 months: 300 substitutions,")


# --- the assignments' answers, computed from the model at the settings the questions name ---------


def read_off(explorer, disclosed, months_hidden, month):
    """The explorer's sentence with its sliders set as a question says."""
    explorer.controls["disclosed"].value = disclosed
    explorer.controls["months_hidden"].value = months_hidden
    explorer.controls["month"].value = month
    return explorer.text


def test_the_explore_tracks_answers_follow_from_the_explorer_at_each_questions_settings():
    explorer = hs.explorer()
    # Question 1: the Surface pace, nothing disclosed, month 12
    assert "120 substitutions, 100 observed, 20 still hidden (17%)" in read_off(explorer, 0, 3, 12)
    # Questions 2 and 3: CADA's pace
    text = read_off(explorer, 0, 5.5, 12)
    assert "41 still hidden (34%)" in text and "runs 4.5 months behind" in text
    cada = hs.Substitutions(disclosed=0, discovery=hs.implied_discovery(5.5))
    assert hs.lag_months(cada) == pytest.approx(4.5)
    # Question 4: 80 % disclosed at the start
    assert "8 still hidden (7%)" in read_off(explorer, 0.8, 5.5, 12)
    # Question 5 (and build 4a): a 24-month pace, read off at month 12 and at month 36
    assert "92 still hidden (77%)" in read_off(explorer, 0, 24, 12)
    assert "180 still hidden (50%)" in read_off(explorer, 0, 24, 36)


def test_the_figures_the_assignments_quote():
    surface = hs.Substitutions(disclosed=0, discovery=1 / 3)
    table = hs.expected(surface, 36)
    # build 1 and 3: about 100 of 120 observed, 17 % hidden after 12 months; less after 36
    assert table.loc[12, "observed"] == pytest.approx(100.15414693258518)
    assert round(table.loc[12, "hidden_share"], 2) == 0.17
    assert table.loc[36, "hidden_share"] < table.loc[12, "hidden_share"]
    # build 2: CADA's 5.5 months imply about 0.18 a month
    assert round(hs.implied_discovery([5.5]), 2) == 0.18
    # build 5's model answer: 20 % disclosed, found after 12 months: about 48 % hidden after a year
    sector = hs.Substitutions(disclosed=0.2, discovery=1 / 12)
    assert round(hs.expected(sector, 12).loc[12, "hidden_share"], 2) == 0.48
