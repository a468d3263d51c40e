"""The workload model (Erlang C, the contact centre and its AI) and its explorer."""

import heapq
import math
from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import wild
from common import ROOT, read_notebook
from course import i18n
from course import workload as wl

# --- Erlang C by hand, by the textbook formula, and by simulation -----------------------------


def textbook_erlang_c(traffic, agents):
    """Erlang C as textbooks write it, with factorials and powers, in exact fractions."""
    a = Fraction(traffic)
    top = a**agents / math.factorial(agents) * Fraction(agents) / (agents - a)
    bottom = sum(a**k / math.factorial(k) for k in range(agents)) + top
    return float(top / bottom)


def test_erlang_c_by_hand():
    # 2 agents, 1 Erlang: B(1) = 1/(1+1) = 1/2, B(2) = (1/2)/(2 + 1/2) = 1/5,
    # C = 2 * (1/5) / (2 - 1 * (4/5)) = (2/5) / (6/5) = 1/3.
    assert wl.erlang_c(1, 2) == pytest.approx(1 / 3, rel=1e-12)
    # One agent: a call waits exactly when the agent is busy, so C = occupancy.
    assert wl.erlang_c(0.5, 1) == pytest.approx(0.5, rel=1e-12)
    assert wl.erlang_c(0, 3) == 0


@pytest.mark.parametrize("agents", [1, 2, 3, 5, 10, 25, 60])
@pytest.mark.parametrize("load", [0.1, 0.5, 0.8, 0.95])
def test_erlang_c_matches_the_textbook_formula(agents, load):
    traffic = Fraction(load).limit_denominator(100) * agents
    assert wl.erlang_c(float(traffic), agents) == pytest.approx(
        textbook_erlang_c(traffic, agents), rel=1e-12
    )


@pytest.mark.parametrize("traffic, agents", [(180, 200), (190, 200), (450, 500), (495, 500)])
def test_erlang_c_stays_accurate_for_hundreds_of_agents(traffic, agents):
    # A**N/N! overflows a float long before 200 agents (171! is already too big): the recurrence
    # must not, and must agree with the exact fractions.
    with pytest.raises(OverflowError):
        float(traffic) ** agents / math.factorial(agents)
    assert wl.erlang_c(traffic, agents) == pytest.approx(
        textbook_erlang_c(traffic, agents), rel=1e-9
    )


def test_published_worked_example():
    # A widely copied worked example: 0.2 calls a second, 240 s per call (48 Erlangs), 55 agents:
    # the probability of waiting is 0.2387 and 84.59 % of calls are answered within 15 s.
    traffic = wl.traffic(0.2 * 3600, 240)
    assert traffic == pytest.approx(48)
    assert round(wl.erlang_c(traffic, 55), 4) == 0.2387
    assert round(wl.service_level(traffic, 55, 240, answer_within=15), 4) == 0.8459
    assert wl.occupancy(traffic, 55) == pytest.approx(48 / 55)


def simulated_waits(traffic, agents, calls, seed):
    """Waiting times (in handle times) in a simulated queue: random arrivals, random handle times
    with mean 1, first come first served, every caller waits."""
    rng = np.random.default_rng(seed)
    arrivals = np.cumsum(rng.exponential(1 / traffic, calls))
    handling = rng.exponential(1.0, calls)
    free_at = [0.0] * agents  # when each agent is next free
    waits = np.empty(calls)
    for i, (arrival, handle) in enumerate(zip(arrivals, handling, strict=True)):
        start = max(arrival, heapq.heappop(free_at))
        waits[i] = start - arrival
        heapq.heappush(free_at, start + handle)
    return waits[calls // 10 :]  # skip the start, when the queue is still empty


def test_service_level_formula_matches_a_simulated_queue():
    traffic, agents = 4.0, 5
    waits = simulated_waits(traffic, agents, calls=100_000, seed=5)
    assert np.mean(waits > 0) == pytest.approx(wl.erlang_c(traffic, agents), abs=0.015)
    for within in (0.1, 0.3, 1.0):  # in handle times
        answered = np.mean(waits <= within)
        assert answered == pytest.approx(wl.service_level(traffic, agents, 1.0, within), abs=0.015)


def test_traffic_and_agents_needed_by_hand():
    assert wl.traffic(300, 407) == pytest.approx(33.9166667)
    # At 300 calls an hour and 407 s a call, 39 agents answer 76.5 % within 20 s and 40 answer 83 %.
    assert wl.service_level(wl.traffic(300, 407), 39, 407) == pytest.approx(0.76508, abs=1e-5)
    assert wl.service_level(wl.traffic(300, 407), 40, 407) == pytest.approx(0.83015, abs=1e-5)
    assert wl.agents_needed(wl.traffic(300, 407), 407) == 40
    # The occupancy cap can bind before the service level does: 85 Erlangs need 100 agents at 85 %.
    assert wl.agents_needed(85, 300, 0.5, 20, max_occupancy=0.85) == 100
    assert wl.agents_needed(0, 300) == 1


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: wl.erlang_c(40, 40), "unstable"),
        (lambda: wl.erlang_c(40.5, 40), "at least 41 agents"),
        (lambda: wl.service_level(12, 10, 300), "unstable"),
        (lambda: wl.occupancy(3, 2), "unstable"),
        (lambda: wl.erlang_c(-1, 5), "traffic"),
        (lambda: wl.erlang_c(float("nan"), 5), "finite number"),
        (lambda: wl.erlang_c(1, 0), "agents"),
        (lambda: wl.erlang_c(1, 2.5), "agents"),
        (lambda: wl.erlang_c(1, wl.MAX_AGENTS + 1), "or fewer"),
        (lambda: wl.service_level(1, 2, 0), "handle_time"),
        (lambda: wl.service_level(1, 2, 300, -5), "answer_within"),
        (lambda: wl.traffic(-10, 300), "0 or more"),
        (lambda: wl.agents_needed(10, 300, target_service_level=1), "target_service_level"),
        (lambda: wl.agents_needed(10, 300, max_occupancy=0), "max_occupancy"),
        (lambda: wl.agents_needed(-1, 300), "traffic"),
        (lambda: wl.agents_needed(9_999.5, 300, 0.99, 20), "no staffing"),
        (lambda: wl.agents_needed(1, 300, 0.8, 20, 1e-5), "no staffing up to 10000 agents"),
        (lambda: wl.agents_needed(1e308, 300, 0.8, 20, 1e-5), "no staffing up to 10000 agents"),
        (lambda: wl.traffic(1e200, 1e200), "more work than can be counted"),
        (lambda: wl.traffic(True, 300), "finite number"),
        (lambda: wl.compare(None), "a ContactCentre"),
        (lambda: wl.staffing("centre", 40), "a ContactCentre"),
    ],
)
def test_bad_arguments_raise_a_clear_value_error(call, words):
    with pytest.raises(ValueError, match=words):
        call()


# --- properties of the queue ------------------------------------------------------------------

queues = st.integers(1, 300).flatmap(
    lambda agents: st.tuples(st.floats(0, agents, exclude_max=True), st.just(agents))
)


@given(queues)
def test_waiting_probability_is_a_probability_at_least_erlang_b(queue):
    traffic, agents = queue
    waiting = wl.erlang_c(traffic, agents)
    assert 0 <= waiting <= 1
    blocked = 1.0
    for k in range(1, agents + 1):
        blocked = traffic * blocked / (k + traffic * blocked)
    assert waiting >= blocked - 1e-12  # a call that would be blocked without a queue waits with one


@given(queues)
def test_one_more_agent_never_makes_waiting_likelier(queue):
    traffic, agents = queue
    assert wl.erlang_c(traffic, agents + 1) <= wl.erlang_c(traffic, agents) + 1e-12


@given(queues, st.floats(0, 1))
def test_more_traffic_never_makes_waiting_less_likely(queue, share):
    traffic, agents = queue
    more = traffic + share * (agents - traffic) / 2
    assume(
        more < agents
    )  # rounding can reach the number of agents when traffic is very close to it
    assert wl.erlang_c(more, agents) >= wl.erlang_c(traffic, agents) - 1e-12


@given(queues, st.floats(1, 1000), st.floats(0, 120), st.floats(0, 120))
def test_service_level_is_a_share_that_grows_with_the_time_allowed(queue, handle_time, t1, t2):
    traffic, agents = queue
    short, long = sorted((t1, t2))
    low = wl.service_level(traffic, agents, handle_time, short)
    high = wl.service_level(traffic, agents, handle_time, long)
    assert 0 <= low <= high + 1e-12 <= 1 + 1e-12
    assert wl.service_level(traffic, agents, handle_time, 0) == pytest.approx(
        1 - wl.erlang_c(traffic, agents)
    )


@given(st.floats(0, 400), st.floats(10, 900), st.floats(0.5, 0.95), st.floats(0.5, 1))
def test_agents_needed_is_the_fewest_that_meet_both_targets(traffic, handle_time, target, cap):
    agents = wl.agents_needed(traffic, handle_time, target, 20, cap)
    assert traffic / agents <= cap
    assert wl.service_level(traffic, agents, handle_time, 20) >= target
    fewer = agents - 1
    assert (
        fewer <= traffic
        or traffic / fewer > cap
        or wl.service_level(traffic, fewer, handle_time, 20) < target
    )


# --- the contact centre and its AI ------------------------------------------------------------


def test_default_centre_by_hand():
    centre = wl.ContactCentre()
    simple, complex_ = centre.talk_times()
    # 60 % simple calls, complex ones twice as long, 347 s on average: 347 / 1.4 and twice that.
    assert simple == pytest.approx(347 / 1.4)
    assert complex_ == pytest.approx(2 * 347 / 1.4)
    table = wl.compare(centre)
    assert list(table.index) == list(wl.SCENARIOS)
    before, keep, lean = (table.loc[name] for name in wl.SCENARIOS)
    # Before AI: 300 calls of 347 + 60 s on 40 agents.
    assert before.traffic == pytest.approx(300 * 407 / 3600)
    assert before.occupancy == pytest.approx(300 * 407 / 3600 / 40)
    assert before.complex_share == pytest.approx(0.4)
    assert before.light_moments == pytest.approx(180 / 40)
    assert before.emotional_load == pytest.approx(120 * complex_ / 60 / 40)
    # With AI: the bot takes 30 % of the 180 simple calls, leaving 126 simple and 120 complex;
    # the summaries save 15 s on average, so every call left has 45 s of after-call work, not 60.
    assert keep.calls_per_hour == pytest.approx(246)
    work = 126 * simple + 120 * complex_ + 246 * 45
    assert keep.traffic == pytest.approx(work / 3600)
    assert keep.handle_time == pytest.approx(work / 246)
    assert keep.complex_share == pytest.approx(120 / 246)
    assert keep.agents == 40 and keep.light_moments == pytest.approx(126 / 40)
    assert keep.emotional_load == pytest.approx(
        before.emotional_load
    )  # same complex calls, same team
    # The lesson and the assignments quote these results.
    assert round(before.occupancy, 3) == 0.848 and round(before.service_level, 3) == 0.830
    assert round(keep.occupancy, 3) == 0.707 and round(keep.free_minutes) == 18
    assert round(before.free_minutes) == 9
    assert lean.agents == 34 and round(lean.occupancy, 3) == 0.832
    assert round(lean.emotional_load, 1) == 29.2 and round(before.emotional_load, 1) == 24.8
    assert round(lean.light_moments, 1) == 3.7 and round(before.light_moments, 1) == 4.5
    assert round(keep.complex_share, 2) == 0.49


def test_staff_to_target_meets_both_targets_with_the_fewest_agents():
    centre = wl.ContactCentre()
    agents = wl.staff_to_target(centre)
    assert agents == 34
    assert (
        wl.staffing(centre, agents).occupancy <= 0.85
        and wl.staffing(centre, agents).service_level >= 0.8
    )
    assert wl.staffing(centre, agents - 1).occupancy > 0.85


def test_summary_names_both_choices():
    centre = wl.ContactCentre()
    text = wl.summary(centre, wl.compare(centre))
    assert text.startswith(
        "Before AI, 40 agents are busy 85% of the time and answer 83% of calls within 20 s."
    )
    assert "49% of the calls left are complex" in text
    assert "15 s less after-call work a call on average" in text
    assert "A, keep the 40 agents: occupancy 71%, 18 free minutes an hour each." in text
    assert "B, staff to target: 34 agents at 83% occupancy" in text
    assert (
        "29 minutes of complex calls an hour (25 before AI) and 3.7 light moments (4.5 before AI)"
        in text
    )


def test_the_lessons_trade_off_and_table():
    # the lesson's Erlang C cell: 33.9 Erlangs, and 40 agents meet 80/20 at 85 %
    lines = wl.trade_off(300, 407, [39, 40]).splitlines()
    assert lines == [
        "300 calls an hour of 407 s each: 33.9 Erlangs of traffic",
        "39 agents: busy 87% of the time, 30% of calls wait, 77% answered within 20 s",
        "40 agents: busy 85% of the time, 23% of calls wait, 83% answered within 20 s",
    ]
    table = wl.compare_table()
    assert list(table.columns) == list(wl.SCENARIOS)
    assert table.loc["agents"].tolist() == [40, 40, 34]


def test_the_sentences_write_numbers_the_way_of_the_language_in_use():
    centre = wl.ContactCentre()
    with i18n.speaking("nl"):
        text = wl.summary(centre, wl.compare(centre))
        lines = wl.trade_off(300, 407, [40])
        with pytest.raises(ValueError) as unstable:
            wl.occupancy(40.5, 40)
    assert "85 %" in text and "3,7" in text and "4,5" in text
    assert "33,9" in lines and "83 %" in lines
    assert "40,5" in str(unstable.value)


def test_the_average_saving_is_at_most_the_essays_thirty_seconds():
    assert wl.ACW_SAVED_MAX == 30
    assert wl.ContactCentre.acw_saved == 15  # the default: half the essay's upper bound
    assert wl.ContactCentre(acw_saved=30).acw_saved == 30
    with pytest.raises(ValueError, match="at most 30 s, the essay's upper bound"):
        wl.ContactCentre(acw_saved=30.5)
    assert wl.assumptions().loc["acw_saved", "source"] == "illustrative"


def test_the_figures_the_lesson_and_the_assignments_quote():
    """Every figure of the model that a text quotes (lesson 05, the questions, the visible checks
    and the model answers of both tracks), computed here from the model."""
    centre = wl.ContactCentre()
    before, keep, lean = (wl.compare(centre).loc[name] for name in wl.SCENARIOS)
    hour = ["emotional_load", "simple_minutes", "after_call_minutes", "free_minutes"]
    # the lesson: the bot takes 54 of the 300 calls (18 %); choice B keeps 34, six fewer
    taken = centre.calls_per_hour - keep.calls_per_hour
    assert taken == pytest.approx(54) and round(taken / centre.calls_per_hour, 2) == 0.18
    assert before.agents - lean.agents == 6
    # the build track's visible checks: an agent's hour before AI and in choice A (question 2),
    # and choice B's team from the calls and handle time the lesson's table shows (question 3)
    assert [round(before[f], 2) for f in hour] == [24.79, 18.59, 7.5, 9.12]
    assert [round(keep[f], 2) for f in hour] == [24.79, 13.01, 4.61, 17.59]
    assert round(keep.handle_time, 2) == 413.76
    assert wl.agents_needed(wl.traffic(246, 413.76), 413.76, 0.8, 20, 0.85) == 34
    assert wl.agents_needed(wl.traffic(300, 407), 407, 0.8, 20, 0.85) == 40
    # the model answers: AI frees about a sixth of the work; keeping 37 agents gives about 76 %
    assert round(1 - keep.traffic / before.traffic, 2) == 0.17
    assert round(wl.staffing(centre, 37).occupancy, 2) == 0.76
    # with the bot at 60 %, choice B's light moments fall from 4.5 to 2.5 an hour
    busier_bot = wl.compare(replace(centre, deflection=0.6)).loc["B: staff to target"]
    assert round(busier_bot.light_moments, 1) == 2.5


def explore_answers():
    """The explore track's answers, as its solution notebook gives them."""
    path = ROOT / "solutions" / "workload_explore" / "workload_explore.ipynb"
    answers = {}
    for cell in read_notebook(path).cells:
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
            exec(cell.source, answers)
    return answers


def test_the_explore_answers_are_what_the_explorer_shows_at_the_settings_named():
    # Each question's settings, set on the explorer's sliders as a learner would (the steps must
    # reach them exactly), and the answer read from the sentence under the plot.
    answers = explore_answers()
    explorer = wl.explorer()
    text = explorer.text
    assert f"occupancy {answers['occupancy_keep']:.0%}," in text  # question 1
    assert f"B, staff to target: {answers['agents_b']} agents" in text  # question 2
    explorer.controls["deflection"].value = 0.6  # question 3
    assert explorer.controls["deflection"].value == 0.6
    assert f"and {answers['light_moments_b']} light moments (4.5 before AI)" in explorer.text
    explorer.controls["deflection"].value = 0.0  # question 4
    explorer.controls["acw_saved"].value = 30
    assert explorer.controls["acw_saved"].value == 30
    assert f"B, staff to target: {answers['agents_summaries_only']} agents" in explorer.text


def test_the_default_team_is_the_fewest_that_meet_the_targets_before_ai():
    centre = wl.ContactCentre()
    assert wl.staff_to_target(centre.without_ai()) == centre.agents


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"calls_per_hour": 0}, "calls_per_hour"),
        ({"calls_per_hour": -5}, "calls_per_hour"),
        ({"talk_time": 0}, "talk_time"),
        ({"after_call_work": -1}, "after_call_work"),
        ({"acw_saved": -1}, "acw_saved"),
        ({"acw_saved": 31}, "at most 30 s"),
        ({"after_call_work": 20, "acw_saved": 25}, "cannot be more than the after-call work"),
        ({"answer_within": -1}, "answer_within"),
        ({"simple_share": 1.5}, "simple_share"),
        ({"deflection": 1}, "deflection"),
        ({"deflection": -0.1}, "deflection"),
        ({"complex_ratio": 0.5}, "complex_ratio"),
        ({"agents": 0}, "agents"),
        ({"agents": 12.5}, "agents"),
        ({"agents": wl.MAX_AGENTS + 1}, "or fewer"),
        ({"target_service_level": 1}, "target_service_level"),
        ({"max_occupancy": 0}, "max_occupancy"),
        ({"max_occupancy": 1.2}, "max_occupancy"),
        ({"calls_per_hour": "300"}, "finite number"),
        ({"talk_time": float("inf")}, "finite number"),
        ({"calls_per_hour": 1e308, "talk_time": 1e308}, "more work than 10000 agents"),
    ],
)
def test_bad_parameters_raise_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        wl.ContactCentre(**bad)


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    # the parameter's name stays code; the sentence around it is Dutch
    with (
        i18n.speaking("nl"),
        pytest.raises(ValueError, match="acw_saved is een gemiddelde besparing per gesprek"),
    ):
        wl.ContactCentre(acw_saved=45)


def test_an_unstable_centre_is_refused_with_a_clear_message():
    with pytest.raises(
        ValueError, match="unstable: 45.2 Erlangs of traffic need more than 40 agents"
    ):
        wl.compare(wl.ContactCentre(calls_per_hour=400))


# --- properties of the centre -----------------------------------------------------------------


@st.composite
def centres(draw):
    after_call_work = draw(st.floats(0, 300))
    centre = wl.ContactCentre(
        calls_per_hour=draw(st.floats(1, 1000)),
        talk_time=draw(st.floats(30, 600)),
        after_call_work=after_call_work,
        simple_share=draw(st.floats(0, 1)),
        complex_ratio=draw(st.floats(1, 5)),
        acw_saved=draw(st.floats(0, 1)) * min(after_call_work, wl.ACW_SAVED_MAX),
        deflection=draw(st.floats(0, 0.95)),
        target_service_level=draw(st.floats(0.5, 0.95)),
        max_occupancy=draw(st.floats(0.6, 1)),
    )
    before = centre.calls_per_hour * (centre.talk_time + after_call_work) / 3600
    return replace(centre, agents=math.floor(before) + draw(st.integers(1, 30)))


@given(centres())
def test_an_agents_hour_adds_up_to_sixty_minutes(centre):
    for row in wl.compare(centre).itertuples():
        minutes = (
            row.emotional_load + row.simple_minutes + row.after_call_minutes + row.free_minutes
        )
        assert minutes == pytest.approx(60)
        assert (
            min(row.emotional_load, row.simple_minutes, row.after_call_minutes, row.free_minutes)
            >= -1e-9
        )
        assert row.occupancy == pytest.approx(row.traffic / row.agents)


@given(centres())
def test_ai_lightens_the_work_but_leaves_the_complex_calls(centre):
    before, keep, lean = (wl.compare(centre).loc[name] for name in wl.SCENARIOS)
    assert keep.traffic <= before.traffic + 1e-9
    assert keep.occupancy <= before.occupancy + 1e-9
    # Fewer calls need not mean faster answers: the bot takes the short calls, so the calls left
    # last longer and the wait tail can grow a little. Only when they are no longer on average
    # does the service level surely not fall.
    if keep.handle_time <= before.handle_time:
        assert keep.service_level >= before.service_level - 1e-9
    assert keep.complex_share >= before.complex_share - 1e-12
    assert keep.light_moments <= before.light_moments + 1e-9
    assert keep.emotional_load == pytest.approx(before.emotional_load)
    assert lean.occupancy <= centre.max_occupancy + 1e-12
    assert lean.service_level >= centre.target_service_level


@given(centres())
def test_staffing_to_target_needs_no_more_agents_with_ai_than_without(centre):
    assume(centre.simple_share < 1 or centre.deflection < 0.95)
    assert wl.staff_to_target(centre) <= wl.staff_to_target(centre.without_ai())


# --- any input: a sensible result or a ValueError ---------------------------------------------


def in_range(*shares):
    return wild.finite(*shares) and all(0 <= share <= 1 for share in shares)


@given(wild.anything, wild.anything)
def test_traffic_of_any_input_is_finite_or_a_value_error(calls_per_hour, handle_time):
    try:
        load = wl.traffic(calls_per_hour, handle_time)
    except ValueError:
        return
    assert wild.finite(load) and load >= 0


@given(wild.anything, st.one_of(wild.anything, st.integers(1, 50)), wild.anything, wild.anything)
def test_the_queue_of_any_input_is_in_range_or_a_value_error(traffic, agents, handle, within):
    try:
        results = (
            wl.erlang_c(traffic, agents),
            wl.occupancy(traffic, agents),
            wl.service_level(traffic, agents, handle, within),
        )
    except ValueError:
        return
    assert in_range(*results)


@given(wild.anything, wild.anything, wild.anything, wild.anything, wild.anything)
def test_agents_needed_for_any_input_is_a_team_or_a_value_error(
    traffic, handle_time, target, within, cap
):
    try:
        agents = wl.agents_needed(traffic, handle_time, target, within, cap)
    except ValueError:
        return
    assert isinstance(agents, int) and 1 <= agents <= wl.MAX_AGENTS


@given(st.dictionaries(st.sampled_from(list(wl.ContactCentre.__dataclass_fields__)), wild.anything))
def test_any_centre_compares_sensibly_or_gives_a_value_error(values):
    try:
        table = wl.compare(wl.ContactCentre(**values))
    except ValueError:
        return
    numbers = table.to_numpy(dtype=float)
    assert wild.finite(*numbers.ravel()) and (numbers >= -1e-9).all()
    assert in_range(*table["occupancy"], *table["service_level"], *table["complex_share"])


# --- the explorer, headless -------------------------------------------------------------------


def heights(explorer, label):
    [bars] = [c for c in explorer.figure.axes[0].containers if c.get_label() == label]
    return [bar.get_height() for bar in bars]


def widths(explorer, position):
    """The segments of one scenario's hour, left to right, in minutes."""
    bars = [
        bar
        for bar in explorer.figure.axes[1].patches
        if bar.get_animated() and bar.get_y() < position < bar.get_y() + bar.get_height()
    ]
    return [bar.get_width() for bar in sorted(bars, key=lambda bar: bar.get_x())]


def test_explorer_starts_at_the_defaults():
    explorer = wl.explorer()
    centre = wl.ContactCentre()
    table = wl.compare(centre)
    assert explorer.text == wl.summary(centre, table)
    assert heights(explorer, "occupancy") == pytest.approx(list(100 * table["occupancy"]))
    assert heights(explorer, "answered within 20 s") == pytest.approx(
        list(100 * table["service_level"])
    )
    assert heights(explorer, "agents, % of before AI") == pytest.approx([100, 100, 85])
    assert widths(explorer, 2) == pytest.approx(
        [table.iloc[2][f] for f in ("emotional_load", "simple_minutes", "after_call_minutes")]
    )
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert set(explorer.controls) == {"calls_per_hour", "agents", "acw_saved", "deflection"}
    assert all(control.description for control in explorer.controls.values())


def test_moving_sliders_updates_summary_bars_and_image():
    explorer = wl.explorer()
    before_image = bytes(explorer.image.value)
    explorer.controls["deflection"].value = 0.6
    centre = wl.ContactCentre(deflection=0.6)
    table = wl.compare(centre)
    assert explorer.text == wl.summary(centre, table)
    assert "B, staff to target: 29 agents" in explorer.text
    assert heights(explorer, "occupancy") == pytest.approx(list(100 * table["occupancy"]))
    assert widths(explorer, 0) == pytest.approx(
        [table.iloc[0][f] for f in ("emotional_load", "simple_minutes", "after_call_minutes")]
    )
    assert bytes(explorer.image.value) != before_image

    explorer.controls["agents"].value = 45
    explorer.controls["calls_per_hour"].value = 350
    explorer.controls["acw_saved"].value = 0
    centre = wl.ContactCentre(calls_per_hour=350, agents=45, acw_saved=0, deflection=0.6)
    assert explorer.text == wl.summary(centre, wl.compare(centre))


def test_an_unstable_setting_shows_why_instead_of_a_plot():
    explorer = wl.explorer()
    image = bytes(explorer.image.value)
    explorer.controls["calls_per_hour"].value = 500
    assert explorer.text.startswith(
        "These settings do not work together: the queue is unstable: 56.5 Erlangs"
    )
    assert bytes(explorer.image.value) == image


def test_explorer_axes_hold_every_setting():
    # The explorer never rescales (a rescale costs a full redraw). Choice B needs the most agents,
    # relative to the team before AI, when there is no AI and the team is as small as stability
    # allows; the left panel's height must hold that bar.
    explorer = wl.explorer()
    top = explorer.figure.axes[0].get_ylim()[1]
    controls = explorer.controls
    for calls in range(controls["calls_per_hour"].min, controls["calls_per_hour"].max + 1, 10):
        agents = math.floor(calls * 407 / 3600) + 1
        if controls["agents"].min <= agents <= controls["agents"].max:
            centre = wl.ContactCentre(
                calls_per_hour=calls, agents=agents, acw_saved=0, deflection=0
            )
            assert 100 * wl.staff_to_target(centre) / agents < top
    assert explorer.figure.axes[1].get_xlim() == (0, 60)
    assert controls["acw_saved"].max == wl.ACW_SAVED_MAX <= wl.ContactCentre.after_call_work
