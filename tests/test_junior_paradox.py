"""The junior-paradox model and its explorer."""

from dataclasses import replace

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wild
from course import i18n
from course import junior_paradox as jp

# --- strategies: any valid pipeline ----------------------------------------------------------

shares = st.floats(0, 0.9)
years = st.floats(1, 10)


@st.composite
def pipelines(draw):
    years_junior = draw(years)
    return jp.Pipeline(
        intake=draw(st.floats(0, 1000)),
        years_junior=years_junior,
        years_medior=draw(years),
        attrition_junior=draw(shares),
        attrition_medior=draw(shares),
        attrition_senior=draw(shares),
        retirement=draw(st.floats(0.01, 1)),
        cut=draw(st.floats(0, 1)),
        ai_from_year=draw(st.integers(0, 20)),
        ai_speedup=draw(
            st.floats(0, (1 - 1 / years_junior) * 0.999)
        ),  # keeps a stay of 1 year or more
    )


headcounts = st.builds(jp.Headcount, *[st.floats(0, 1e4)] * 3)


# --- the model -------------------------------------------------------------------------------


def test_one_step_by_hand():
    now = jp.Headcount(100, 60, 200)
    p = jp.Pipeline(
        intake=10,
        years_junior=2,
        years_medior=3,
        attrition_junior=0.1,
        attrition_medior=0.2,
        attrition_senior=0.05,
        retirement=0.1,
        ai_from_year=5,
    )
    later = tuple(jp.simulate(p, years=1, start=now).iloc[1])
    # juniors: 90 stay, 45 of them move up, 10 hired; mediors: 48 stay, 16 move up;
    # seniors: 190 stay, 19 retire
    assert later == pytest.approx((55, 77, 187))


def test_cut_and_speedup_start_in_the_ai_year():
    p = jp.Pipeline(intake=100, cut=0.4, ai_from_year=3, ai_speedup=0.5)
    assert [p.hired(year) for year in (0, 2, 3, 10)] == [100, 100, 60, 60]
    assert [p.years_as_junior(year) for year in (2, 3)] == [2, 1]


def test_default_organisation_starts_in_balance():
    headcounts = jp.simulate(jp.Pipeline(), years=30)
    assert list(headcounts.columns) == ["junior", "medior", "senior"]
    assert list(headcounts.index) == list(range(31))
    assert headcounts["senior"].round(6).nunique() == 1  # no cut: nothing moves
    assert headcounts["senior"].iloc[0] == pytest.approx(322.576, abs=1e-3)


def test_halving_junior_hiring_from_year_2_leaves_too_few_seniors_from_year_7():
    # The lesson's key points and the assignment's model answer quote this result.
    headcounts = jp.simulate(jp.Pipeline(cut=0.5, ai_from_year=2))
    assert jp.first_shortage_year(headcounts, 300) == 7
    assert headcounts["senior"].iloc[-1] == pytest.approx(163.7, abs=0.1)


def test_first_shortage_year_is_none_when_seniors_stay_above_target():
    headcounts = jp.simulate(jp.Pipeline())
    assert jp.first_shortage_year(headcounts, 300) is None
    assert jp.first_shortage_year(headcounts, 400) == 0


def test_steady_state_intake_by_hand():
    # No attrition: every junior becomes senior, so hiring only replaces the 10 % who retire.
    p = jp.Pipeline(attrition_junior=0, attrition_medior=0, attrition_senior=0, retirement=0.1)
    assert jp.steady_state_intake(300, p) == pytest.approx(30)
    assert jp.steady_state_intake(300) == pytest.approx(93.0013, abs=1e-4)


def test_summary_names_policy_lever_and_shortage_year():
    p = jp.Pipeline(cut=0.5, ai_from_year=2, ai_speedup=0.25)
    text = jp.summary(p, 300, jp.simulate(p))
    assert text.startswith(
        "With a 50% cut in junior hiring from year 2 and AI saving 25% of junior time,"
    )
    assert "seniors fall below the target of 300 in year 8" in text
    calm = jp.summary(jp.Pipeline(), 300, jp.simulate(jp.Pipeline()))
    assert (
        "With no cut in junior hiring, seniors stay at or above the target of 300 for all 30 years"
        in calm
    )


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"intake": -1}, "intake"),
        ({"years_junior": 0}, "years_junior must be 1 or more years"),
        ({"years_medior": 0.5}, "years_medior must be 1 or more years"),
        ({"attrition_junior": -0.1}, "attrition_junior"),
        ({"attrition_senior": 1.2}, "attrition_senior"),
        ({"attrition_medior": float("nan")}, "finite number"),
        ({"retirement": 0}, "retirement"),
        ({"retirement": 1.5}, "retirement"),
        ({"cut": 1.01}, "cut"),
        ({"cut": -0.5}, "cut"),
        ({"ai_speedup": 1}, "ai_speedup"),
        ({"ai_speedup": 0.6}, "at least 1 year"),  # 2 years * (1 - 0.6) = 0.8 years
        ({"ai_from_year": -1}, "ai_from_year"),
        ({"ai_from_year": 2.5}, "ai_from_year"),
        ({"intake": "100"}, "finite number"),
        ({"cut": True}, "finite number"),
    ],
)
def test_bad_parameters_raise_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        jp.Pipeline(**bad)


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    # 2 years * (1 - 0.6) = 0.80 years as a junior: the remedy comes in Dutch, the names stay code
    with (
        i18n.speaking("nl"),
        pytest.raises(ValueError, match="verlaag de versnelling of verhoog years_junior"),
    ):
        jp.Pipeline(ai_speedup=0.6)


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: jp.simulate(years=0), "years"),
        (lambda: jp.simulate(years=2.5), "years"),
        (lambda: jp.simulate(start=(10, -1, 10)), "start medior"),
        (lambda: jp.steady_state_intake(-5), "target_seniors"),
        (lambda: jp.first_shortage_year(jp.simulate(), float("nan")), "target_seniors"),
        (lambda: jp.simulate(start=(1, 2)), "three numbers of people"),
        (lambda: jp.simulate(None), "a Pipeline"),
        (lambda: jp.simulate(start=jp.Headcount(1, float("nan"), 1)), "start medior"),
        (lambda: jp.simulate(start=(1, 2, "3")), "start senior must be a finite number"),
        (
            lambda: jp.first_shortage_year(jp.simulate().assign(senior=float("nan")), 300),
            "every senior count must be a finite number",
        ),
        (
            lambda: jp.simulate(jp.Pipeline(attrition_senior=0.0, retirement=5e-324)),
            "grows beyond what can be counted",
        ),
    ],
)
def test_bad_arguments_raise_a_clear_value_error(call, words):
    with pytest.raises(ValueError, match=words):
        call()


# --- properties ------------------------------------------------------------------------------


@given(pipelines(), headcounts)
def test_only_hiring_leaving_and_retiring_change_the_total(pipeline, now):
    # Moving up takes people out of one level and into the next, so it leaves the total as it is.
    p, year = pipeline, 0
    later = jp.Headcount(*jp.simulate(p, years=1, start=now).iloc[1])
    left = sum(
        count * attrition
        for count, attrition in zip(
            now, (p.attrition_junior, p.attrition_medior, p.attrition_senior), strict=True
        )
    )
    retired = now.senior * (1 - p.attrition_senior) * p.retirement
    assert sum(later) == pytest.approx(sum(now) + p.hired(year) - left - retired, abs=1e-6)
    assert min(later) >= 0


@given(pipelines(), headcounts)
def test_nothing_goes_negative(pipeline, start):
    assert (jp.simulate(pipeline, years=40, start=start).to_numpy() >= 0).all()


@given(pipelines(), st.floats(1, 5000))
def test_steady_state_intake_is_steady_when_simulated(pipeline, target):
    intake = jp.steady_state_intake(target, pipeline)
    steady = replace(pipeline, intake=intake, cut=0.0, ai_from_year=0)
    balance = jp.steady_state(steady)
    assert balance.senior == pytest.approx(target, rel=1e-9)
    seniors = jp.simulate(steady, years=40, start=balance)["senior"]
    assert seniors.to_numpy() == pytest.approx(target, rel=1e-9)


@given(pipelines(), st.floats(0, 1), st.floats(0, 1))
def test_a_deeper_cut_never_gives_more_seniors(pipeline, cut_a, cut_b):
    low, high = sorted((cut_a, cut_b))
    mild = jp.simulate(replace(pipeline, cut=low))
    deep = jp.simulate(replace(pipeline, cut=high))
    assert (deep.to_numpy() <= mild.to_numpy() + 1e-9).all()


@given(pipelines())
def test_a_long_run_reaches_the_steady_state(pipeline):
    # From the pre-AI balance, the AI-era pipeline settles at its own steady state. (With at
    # least 5 % of seniors retiring a year, 200 years leave a gap below 0.95**200, about 4e-5.)
    pipeline = replace(pipeline, retirement=max(pipeline.retirement, 0.05))
    final = jp.simulate(pipeline, years=200).iloc[-1]
    scale = max(jp.steady_state(pipeline, ai=False))
    assert tuple(final) == pytest.approx(
        tuple(jp.steady_state(pipeline)), rel=1e-3, abs=1e-3 * scale + 1e-9
    )


def test_a_tiny_retirement_share_is_not_lost_to_rounding():
    # 1 - (1 - 0) * (1 - 1e-17) is 0 in floating point; the model keeps the 1e-17
    pipeline = jp.Pipeline(attrition_senior=0.0, retirement=1e-17, intake=1e-20)
    seniors = jp.steady_state(pipeline, ai=False).senior
    assert wild.finite(seniors) and seniors > 0


# --- any input: a sensible result or a ValueError --------------------------------------------

FIELDS = [name for name in jp.Pipeline.__dataclass_fields__]


@given(st.dictionaries(st.sampled_from(FIELDS), wild.anything))
def test_any_pipeline_gives_a_finite_headcount_or_a_value_error(values):
    try:
        pipeline = jp.Pipeline(**values)
        headcounts = jp.simulate(pipeline, years=5).to_numpy()
    except ValueError:
        return
    assert wild.finite(*headcounts.ravel()) and (headcounts >= 0).all()


@given(st.one_of(wild.anything, st.lists(wild.anything, max_size=4)))
def test_a_simulation_from_any_start_is_finite_or_a_value_error(start):
    try:
        headcounts = jp.simulate(jp.Pipeline(), years=3, start=start).to_numpy()
    except ValueError:
        return
    assert wild.finite(*headcounts.ravel()) and (headcounts >= 0).all()


@given(wild.anything, st.one_of(pipelines(), wild.anything))
def test_the_intake_for_any_target_is_finite_or_a_value_error(target, pipeline):
    try:
        intake = jp.steady_state_intake(target, pipeline)
    except ValueError:
        return
    assert wild.finite(intake) and intake >= 0


@given(st.lists(wild.anything, min_size=1, max_size=4), wild.anything)
def test_the_shortage_year_of_any_seniors_is_a_year_none_or_a_value_error(seniors, target):
    try:
        year = jp.first_shortage_year(pd.DataFrame({"senior": seniors}), target)
    except ValueError:
        return
    assert year is None or 0 <= year < len(seniors)


# --- the explorer, headless ------------------------------------------------------------------


def plotted(explorer, label):
    [line] = [line for line in explorer.figure.axes[0].lines if line.get_label() == label]
    return list(line.get_ydata())


def test_explorer_starts_at_the_defaults():
    explorer = jp.explorer()
    assert explorer.text == jp.summary(jp.Pipeline(), 300, jp.simulate(jp.Pipeline()))
    assert plotted(explorer, "senior") == pytest.approx(list(jp.simulate(jp.Pipeline())["senior"]))
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert set(explorer.controls) == {"cut", "ai_from_year", "ai_speedup", "target_seniors"}
    assert all(control.description for control in explorer.controls.values())


def test_moving_sliders_updates_summary_plot_and_image():
    explorer = jp.explorer()
    before_image = bytes(explorer.image.value)
    explorer.controls["cut"].value = 0.5
    expected = jp.simulate(jp.Pipeline(cut=0.5))
    assert explorer.text == jp.summary(jp.Pipeline(cut=0.5), 300, expected)
    assert "in year 7" in explorer.text
    assert plotted(explorer, "senior") == pytest.approx(list(expected["senior"]))
    assert plotted(explorer, "junior") == pytest.approx(list(expected["junior"]))
    assert bytes(explorer.image.value) != bytes(before_image)

    explorer.controls["target_seniors"].value = 200
    assert plotted(explorer, "senior target") == [200, 200]
    assert "below the target of 200 in year 15" in explorer.text

    explorer.controls["ai_speedup"].value = 0.5
    explorer.controls["ai_from_year"].value = 4
    pipeline = jp.Pipeline(cut=0.5, ai_from_year=4, ai_speedup=0.5)
    assert explorer.text == jp.summary(pipeline, 200, jp.simulate(pipeline))
