"""Workload (effect 4 of the essay): when AI frees time in a contact centre, who gets it?

A queueing model of one contact centre. Calls arrive at random; each call takes talk time plus
after-call work (together the *handle time*); a call that finds every agent busy waits in line.
From the calls per hour, the handle time and the number of agents, the **Erlang C** model gives:

- the traffic, in Erlangs: the number of agents that would be busy all the time;
- the probability that a call has to wait;
- the service level: the share of calls answered within ``answer_within`` seconds;
- the occupancy: the share of an agent's time spent on calls.

AI changes the work in two ways, both taken from the essay:

1. live summaries save ``acw_saved`` seconds of after-call work per call, on average. The essay
   reports "tot dertig seconden" (up to thirty seconds), in an account we could not verify: an
   upper bound, so the learner chooses the average and the model refuses more than
   ``ACW_SAVED_MAX`` (30 s);
2. a bot handles a share ``deflection`` of the simple calls, so the calls left for people are
   more often the complex ones. A complex call lasts ``complex_ratio`` times as long as a simple
   one, so the bot removes a larger share of the calls than of the work.

Then management chooses what the freed time becomes. :func:`compare` shows both choices beside
the centre before AI:

- **A: keep the agents**: the same team handles the lighter work; the freed time becomes free
  time between calls (recovery);
- **B: staff to target**: the fewest agents that still meet the service-level target and stay at
  or under the maximum occupancy; the freed time becomes fewer agents. (Per agent this feels the
  same as handling more calls with the same team.)

For each, the model reports per agent and per hour: the complex share of the calls, the "light
moments" (simple calls, which let an agent recover between heavy ones), and an illustrative
emotional load: the minutes spent in complex calls.

What the model simplifies:

- Calls arrive at random at a steady rate (Poisson), handle times vary at random around their
  average (exponential), nobody hangs up while waiting, and calls are answered in order of
  arrival. These are Erlang C's assumptions; with callers who hang up it overstates waiting.
- One hour in a steady state: no peaks, breaks, training or absence.
- Two kinds of call, simple and complex, with the same after-call work. Complex calls are assumed
  to be the emotionally heavy ones, and every minute of them weighs the same: the emotional load
  is an illustrative measure, not a validated scale.
- AI changes nothing else: talk times, the calls offered and the mix of callers stay the same.
- The summaries save the same average on every kind of call; the default of 15 s is half the
  essay's upper bound (illustrative).

The formulas. With ``A`` Erlangs of traffic and ``N`` agents (``A < N``), the Erlang B recurrence
``B(0) = 1``, ``B(k) = A·B(k−1) / (k + A·B(k−1))`` gives the probability of waiting
``C = N·B(N) / (N − A·(1 − B(N)))``. It uses no factorials and no powers of ``A``, so it stays
accurate for hundreds of agents. The service level within ``t`` seconds is the standard textbook
result for this queue, ``SL = 1 − C·exp(−(N − A)·t / handle_time)``; the tests check it against a
published worked example and a simulation.

Where each default comes from: the ``source`` of every field of :class:`ContactCentre` (a source
id in ``course.sources``, or "illustrative"), shown as a table by :func:`assumptions`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import NamedTuple

import pandas as pd

from course import params
from course.i18n import N_, _, number, percent
from course.params import param

SECONDS_PER_HOUR = 3600
MAX_AGENTS = 10_000  # one queue with more agents than this is outside the model
# The essay: summaries save "tot dertig seconden" (up to thirty seconds) a call. An upper bound,
# so the average saving the learner sets is at most this.
ACW_SAVED_MAX = 30.0
# The rows of compare(), in English in every language (code looks them up); shown through _().
SCENARIOS = (N_("before AI"), N_("A: keep the agents"), N_("B: staff to target"))


# --- the queue: Erlang C ---------------------------------------------------------------------


def traffic(calls_per_hour: float, handle_time: float) -> float:
    """The traffic in Erlangs: the number of agents that would be busy all the time.

    Parameters
    ----------
    calls_per_hour : float
        Calls offered per hour, 0 or more.
    handle_time : float
        Average talk and after-call work per call, in seconds (0 or more).

    Returns
    -------
    float
        ``calls_per_hour * handle_time / 3600``.

    Examples
    --------
    >>> traffic(300, 360)  # 300 calls an hour of 6 minutes each: 30 agents busy all the time
    30.0
    """
    params.amount("calls_per_hour", calls_per_hour, unit=N_("calls"))
    params.amount("handle_time", handle_time, unit=N_("seconds"))
    load = calls_per_hour * handle_time / SECONDS_PER_HOUR
    if not math.isfinite(load):
        raise ValueError(
            _(
                "{calls:g} calls an hour of {seconds:g} seconds each is more work "
                "than can be counted."
            ).format(calls=calls_per_hour, seconds=handle_time)
        )
    return load


def _check_agents(agents: int) -> None:
    params.whole("agents", agents, minimum=1)
    if agents > MAX_AGENTS:
        raise ValueError(
            _("agents must be {maximum} or fewer for this model, not {value}.").format(
                maximum=MAX_AGENTS, value=agents
            )
        )


def _check_queue(traffic: float, agents: int) -> None:
    params.amount("traffic", traffic, unit=N_("Erlangs"))
    _check_agents(agents)
    if traffic >= agents:
        # in the language in use: the explorer shows this when its sliders make the queue unstable
        raise ValueError(
            _(
                "the queue is unstable: {traffic} Erlangs of traffic need more than {agents} "
                "agents. With as much work arriving as the agents can handle, or more, the queue "
                "grows without end. Use at least {fewest} agents, or less traffic."
            ).format(traffic=number(traffic, 1), agents=agents, fewest=math.floor(traffic) + 1)
        )


def erlang_c(traffic: float, agents: int) -> float:
    """The probability that a call has to wait, with ``traffic`` Erlangs and ``agents`` agents.

    Erlang C, from the Erlang B recurrence ``B(0) = 1``, ``B(k) = A·B(k−1) / (k + A·B(k−1))``
    and ``C = N·B(N) / (N − A·(1 − B(N)))``: no factorials and no powers, so it stays accurate
    for hundreds of agents.

    Parameters
    ----------
    traffic : float
        The traffic in Erlangs, 0 or more and below ``agents``.
    agents : int
        The agents on the phones, from 1 to 10,000.

    Returns
    -------
    float
        The probability of waiting, from 0 to 1.

    Examples
    --------
    With one agent a call waits exactly when the agent is busy:

    >>> erlang_c(0.5, 1)
    0.5
    >>> round(erlang_c(1, 2), 12)  # B(1) = 1/2, B(2) = 1/5, C = (2/5) / (6/5)
    0.333333333333
    """
    _check_queue(traffic, agents)
    blocked = 1.0  # Erlang B with 0 agents: every call is blocked
    for k in range(1, agents + 1):
        blocked = traffic * blocked / (k + traffic * blocked)
    return agents * blocked / (agents - traffic * (1 - blocked))


def service_level(
    traffic: float, agents: int, handle_time: float, answer_within: float = 20.0
) -> float:
    """The share of calls answered within ``answer_within`` seconds.

    The textbook result for this queue: ``SL = 1 − C·exp(−(N − A)·t / handle_time)``, with
    ``C`` from :func:`erlang_c`.

    Parameters
    ----------
    traffic : float
        The traffic in Erlangs, below ``agents``.
    agents : int
        The agents on the phones.
    handle_time : float
        Average talk and after-call work per call, in seconds (above 0).
    answer_within : float, default 20
        The seconds within which a call counts as answered in time (0 or more).

    Returns
    -------
    float
        The service level, from 0 to 1.

    Examples
    --------
    A widely copied worked example: 48 Erlangs, 55 agents, 240 s a call, answered within 15 s.

    >>> round(service_level(48, 55, 240, answer_within=15), 4)
    0.8459
    """
    params.amount("handle_time", handle_time, above=True, unit=N_("seconds"))
    params.amount("answer_within", answer_within, unit=N_("seconds"))
    waiting = erlang_c(traffic, agents)
    return 1 - waiting * math.exp(-(agents - traffic) * answer_within / handle_time)


def occupancy(traffic: float, agents: int) -> float:
    """The share of an agent's time spent on calls (talk and after-call work).

    Parameters
    ----------
    traffic : float
        The traffic in Erlangs, below ``agents``.
    agents : int
        The agents on the phones.

    Returns
    -------
    float
        ``traffic / agents``.

    Examples
    --------
    >>> occupancy(30, 40)
    0.75
    """
    _check_queue(traffic, agents)
    return traffic / agents


def trade_off(calls_per_hour: float, handle_time: float, teams, answer_within: float = 20.0) -> str:
    """The planner's trade-off, in the language in use: the traffic, and for each team size how
    busy the agents are, how many calls wait and how many are answered in time.

    Parameters
    ----------
    calls_per_hour : float
        Calls offered per hour.
    handle_time : float
        Average talk and after-call work per call, in seconds (above 0).
    teams : list of int
        The team sizes to compare, each more agents than the traffic.
    answer_within : float, default 20
        The seconds within which a call counts as answered in time.

    Returns
    -------
    str
        One line for the traffic, then one line per team.

    Examples
    --------
    >>> print(trade_off(300, 407, [40, 44]))
    300 calls an hour of 407 s each: 33.9 Erlangs of traffic
    40 agents: busy 85% of the time, 23% of calls wait, 83% answered within 20 s
    44 agents: busy 77% of the time, 7% of calls wait, 96% answered within 20 s
    """
    load = traffic(calls_per_hour, handle_time)
    lines = [
        _("{calls} calls an hour of {seconds} s each: {traffic} Erlangs of traffic").format(
            calls=number(calls_per_hour), seconds=number(handle_time), traffic=number(load, 1)
        )
    ]
    for agents in teams:
        lines.append(
            _(
                "{agents} agents: busy {busy} of the time, {waiting} of calls wait, "
                "{answered} answered within {within} s"
            ).format(
                agents=agents,
                busy=percent(occupancy(load, agents)),
                waiting=percent(erlang_c(load, agents)),
                answered=percent(service_level(load, agents, handle_time, answer_within)),
                within=number(answer_within),
            )
        )
    return "\n".join(lines)


def agents_needed(
    traffic: float,
    handle_time: float,
    target_service_level: float = 0.8,
    answer_within: float = 20.0,
    max_occupancy: float = 1.0,
) -> int:
    """The fewest agents that meet a service-level target within a maximum occupancy.

    It starts at the fewest agents that keep the queue stable and within the occupancy cap, and
    adds one agent at a time until :func:`service_level` reaches the target.

    Parameters
    ----------
    traffic : float
        The traffic in Erlangs, 0 or more.
    handle_time : float
        Average talk and after-call work per call, in seconds.
    target_service_level : float, default 0.8
        The share of calls to answer within ``answer_within`` seconds (below 1).
    answer_within : float, default 20
        Seconds.
    max_occupancy : float, default 1
        The largest share of an agent's time on calls (above 0).

    Returns
    -------
    int
        The number of agents.

    Examples
    --------
    >>> agents_needed(traffic(300, 407), 407)  # 80 % within 20 s
    40
    >>> agents_needed(85, 300, 0.5, 20, max_occupancy=0.85)  # here the cap binds first
    100
    """
    params.amount("traffic", traffic, unit=N_("Erlangs"))
    # 100 % is never reached
    params.share("target_service_level", target_service_level, below_one=True)
    params.share("max_occupancy", max_occupancy)
    if max_occupancy == 0:
        raise ValueError(
            _("max_occupancy must be above 0: agents with no time for calls answer none.")
        )
    too_many = _("no staffing up to {maximum} agents meets these targets.").format(
        maximum=MAX_AGENTS
    )
    if traffic / max_occupancy >= MAX_AGENTS:
        raise ValueError(too_many)
    # Start at the fewest agents that keep the queue stable and within the occupancy cap.
    agents = max(math.floor(traffic) + 1, math.ceil(traffic / max_occupancy))
    while (
        traffic / agents > max_occupancy
        or service_level(traffic, agents, handle_time, answer_within) < target_service_level
    ):
        agents += 1
        if agents > MAX_AGENTS:
            raise ValueError(too_many)
    return agents


# Timed by benchmarks/run.py (the course's goal: Erlang C for up to 500 agents in under 1 ms).
BENCHMARKS = {"erlang_c with 500 agents (goal < 1 ms)": lambda: erlang_c(450.0, 500)}


# --- the contact centre and its AI -----------------------------------------------------------


@dataclass(frozen=True)
class ContactCentre:
    """The parameters of the contact centre and its AI; bad values raise a ValueError.

    Examples
    --------
    >>> ContactCentre(deflection=0.5).agents
    40
    >>> ContactCentre(acw_saved=45)
    Traceback (most recent call last):
    ...
    ValueError: acw_saved is an average saving per call of at most 30 s, the essay's upper \
bound ("tot dertig seconden"), not 45 s.
    >>> ContactCentre(after_call_work=20, acw_saved=25)
    Traceback (most recent call last):
    ...
    ValueError: acw_saved (25 s) cannot be more than the after-call work there is (20 s).
    """

    calls_per_hour: float = param(300.0, "illustrative", "calls offered per hour")
    talk_time: float = param(
        347.0,
        "customerfirst2018",
        "average talk and hold time of a call before AI, in seconds (Rabobank's 2018 target)",
    )
    after_call_work: float = param(
        60.0, "illustrative", "seconds of notes and follow-up after each call, before AI"
    )
    simple_share: float = param(0.6, "illustrative", "share of the calls that are simple")
    complex_ratio: float = param(
        2.0, "illustrative", "how many times as long a complex call talks as a simple one"
    )
    agents: int = param(
        40, "illustrative", "agents on the phones before AI (the fewest that meet 80/20 at 85 %)"
    )
    acw_saved: float = param(
        15.0,
        "illustrative",
        "average seconds of after-call work per call that live AI summaries remove: at most 30, "
        "the essay's unverified 'up to thirty seconds' (rubens2025); 15 is half of that",
    )
    deflection: float = param(0.3, "illustrative", "share of the simple calls that a bot handles")
    target_service_level: float = param(
        0.8,
        "offcenterinsight",
        "share of calls to answer within answer_within (80/20 is common, not a standard)",
    )
    answer_within: float = param(
        20.0, "offcenterinsight", "seconds within which a call counts as answered in time"
    )
    max_occupancy: float = param(
        0.85, "callcentrehelper", "the usual maximum share of an agent's time on calls"
    )

    def __post_init__(self):
        params.amount("calls_per_hour", self.calls_per_hour, above=True, unit=N_("calls"))
        params.amount("talk_time", self.talk_time, above=True, unit=N_("seconds"))
        for name in ("after_call_work", "acw_saved", "answer_within"):
            params.amount(name, getattr(self, name), unit=N_("seconds"))
        if self.acw_saved > ACW_SAVED_MAX:
            raise ValueError(
                _(
                    "acw_saved is an average saving per call of at most {maximum:g} s, the "
                    'essay\'s upper bound ("tot dertig seconden"), not {value:g} s.'
                ).format(maximum=ACW_SAVED_MAX, value=self.acw_saved)
            )
        if self.acw_saved > self.after_call_work:
            raise ValueError(
                _(
                    "acw_saved ({saved:g} s) cannot be more than the after-call work there "
                    "is ({work:g} s)."
                ).format(saved=self.acw_saved, work=self.after_call_work)
            )
        params.share("simple_share", self.simple_share)
        # with 1 and only simple calls, nobody calls
        params.share("deflection", self.deflection, below_one=True)
        params.amount("complex_ratio", self.complex_ratio, minimum=1)
        _check_agents(self.agents)
        params.share("target_service_level", self.target_service_level, below_one=True)
        params.share("max_occupancy", self.max_occupancy)
        if self.max_occupancy == 0:
            raise ValueError(_("max_occupancy must be above 0."))
        work = self.calls_per_hour * (self.talk_time + self.after_call_work) / SECONDS_PER_HOUR
        if not work < MAX_AGENTS:  # also when it overflows to infinity
            raise ValueError(
                _(
                    "{calls:g} calls an hour of {seconds:g} seconds' talk is more work than "
                    "{maximum} agents can handle, the most this model holds."
                ).format(calls=self.calls_per_hour, seconds=self.talk_time, maximum=MAX_AGENTS)
            )

    def talk_times(self) -> tuple[float, float]:
        """Talk time of a simple and of a complex call, in seconds.

        Before AI they average ``talk_time``: ``simple * (share + (1 - share) * ratio)`` is the
        talk time, and a complex call lasts ``ratio`` times as long.

        Examples
        --------
        >>> ContactCentre(talk_time=300, simple_share=0.5, complex_ratio=2).talk_times()
        (200.0, 400.0)
        """
        simple = self.talk_time / (self.simple_share + (1 - self.simple_share) * self.complex_ratio)
        return simple, simple * self.complex_ratio

    def without_ai(self) -> ContactCentre:
        """The same centre before AI: no summaries and no bot.

        Examples
        --------
        >>> ContactCentre().without_ai().deflection
        0.0
        """
        return replace(self, acw_saved=0.0, deflection=0.0)


def assumptions() -> pd.DataFrame:
    """Every parameter with its default, its meaning and its source id (or "illustrative").

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`ContactCentre` (see :func:`course.params.assumptions`).

    Examples
    --------
    >>> assumptions().loc["talk_time", "source"]
    'customerfirst2018'
    """
    return params.assumptions(ContactCentre)


class Staffing(NamedTuple):
    """One staffing of the centre; per-agent figures are per hour on the phones."""

    agents: int
    calls_per_hour: float  # calls handled by people
    handle_time: float  # average talk and after-call work, seconds
    traffic: float  # Erlangs
    occupancy: float
    service_level: float
    complex_share: float  # share of the calls people handle that are complex
    light_moments: float  # simple calls per agent per hour
    emotional_load: float  # minutes of complex calls per agent per hour (illustrative)
    simple_minutes: float  # minutes of simple calls per agent per hour
    after_call_minutes: float  # minutes of after-call work per agent per hour
    free_minutes: float  # minutes per agent per hour without a call


def _check_centre(centre) -> None:
    if not isinstance(centre, ContactCentre):
        raise ValueError(
            _("centre must be a ContactCentre, not {kind}.").format(kind=type(centre).__name__)
        )


def staffing(centre: ContactCentre, agents: int) -> Staffing:
    """The centre's hour with ``agents`` agents, with the centre's AI.

    The bot takes a share ``deflection`` of the simple calls; the summaries remove
    ``acw_saved`` seconds of after-call work from every call left. The queue follows
    :func:`erlang_c`.

    Parameters
    ----------
    centre : ContactCentre
        The centre and its AI; to see it before AI, pass ``centre.without_ai()``.
    agents : int
        The agents on the phones.

    Returns
    -------
    Staffing
        The calls, traffic, occupancy and service level, and per agent and per hour: the light
        moments, the minutes of complex calls, simple calls and after-call work, and the free
        minutes.

    Examples
    --------
    90 simple calls of 200 s and 45 complex ones of 400 s, without after-call work: 10 hours
    of work an hour, so each of 20 agents is busy half the hour.

    >>> centre = ContactCentre(
    ...     calls_per_hour=135, talk_time=800 / 3, simple_share=2 / 3, complex_ratio=2,
    ...     after_call_work=0, acw_saved=0, deflection=0,
    ... )
    >>> hour = staffing(centre, 20)
    >>> round(hour.traffic, 9), round(hour.occupancy, 9), round(hour.free_minutes, 9)
    (10.0, 0.5, 30.0)
    """
    _check_centre(centre)
    simple_talk, complex_talk = centre.talk_times()
    simple_calls = centre.calls_per_hour * centre.simple_share * (1 - centre.deflection)
    complex_calls = centre.calls_per_hour * (1 - centre.simple_share)
    calls = simple_calls + complex_calls
    after_call_work = centre.after_call_work - centre.acw_saved
    seconds = simple_calls * simple_talk + complex_calls * complex_talk + calls * after_call_work
    handle_time = seconds / calls
    load = traffic(calls, handle_time)
    busy = occupancy(load, agents)  # also refuses an unstable queue
    per_agent = 1 / (60 * agents)  # seconds per hour for the centre -> minutes per hour per agent
    return Staffing(
        agents=agents,
        calls_per_hour=calls,
        handle_time=handle_time,
        traffic=load,
        occupancy=busy,
        service_level=service_level(load, agents, handle_time, centre.answer_within),
        complex_share=complex_calls / calls,
        light_moments=simple_calls / agents,
        emotional_load=complex_calls * complex_talk * per_agent,
        simple_minutes=simple_calls * simple_talk * per_agent,
        after_call_minutes=calls * after_call_work * per_agent,
        free_minutes=60 * (1 - busy),
    )


def staff_to_target(centre: ContactCentre) -> int:
    """Choice B: the fewest agents that meet the service-level target within the occupancy cap.

    Parameters
    ----------
    centre : ContactCentre
        The centre and its AI, with its targets.

    Returns
    -------
    int
        The agents (see :func:`agents_needed`).

    Examples
    --------
    >>> staff_to_target(ContactCentre().without_ai())  # the default team, before AI
    40
    """
    with_ai = staffing(centre, centre.agents)  # the traffic and handle time with this centre's AI
    return agents_needed(
        with_ai.traffic,
        with_ai.handle_time,
        centre.target_service_level,
        centre.answer_within,
        centre.max_occupancy,
    )


def compare(centre: ContactCentre = ContactCentre()) -> pd.DataFrame:
    """The centre before AI and the two management choices with AI, one row each.

    Parameters
    ----------
    centre : ContactCentre, default ContactCentre()
        The centre and its AI.

    Returns
    -------
    pandas.DataFrame
        Rows ``SCENARIOS``: before AI; A, keep the agents (the freed time becomes free time);
        B, staff to target (the freed time becomes fewer agents). Columns: the fields of
        :class:`Staffing`.

    Examples
    --------
    >>> compare()["agents"].tolist()
    [40, 40, 34]
    """
    _check_centre(centre)
    rows = [
        staffing(centre.without_ai(), centre.agents),
        staffing(centre, centre.agents),
        staffing(centre, staff_to_target(centre)),
    ]
    return pd.DataFrame(rows, index=pd.Index(SCENARIOS, name="scenario"))


def summary(centre: ContactCentre, table: pd.DataFrame) -> str:
    """The explorer's one-line result: the centre before AI, and both choices with AI.

    Parameters
    ----------
    centre : ContactCentre
        The centre ``table`` comes from.
    table : pandas.DataFrame
        The result of :func:`compare` for ``centre``.

    Returns
    -------
    str
        One paragraph for the explorer.

    Examples
    --------
    >>> print(summary(ContactCentre(), compare()))
    Before AI, 40 agents are busy 85% of the time and answer 83% of calls within 20 s. With AI \
(15 s less after-call work a call on average, a bot taking 30% of simple calls), 49% of the \
calls left are complex. A, keep the 40 agents: occupancy 71%, 18 free minutes an hour each. B, \
staff to target: 34 agents at 83% occupancy, each with 29 minutes of complex calls an hour (25 \
before AI) and 3.7 light moments (4.5 before AI).
    """
    before, keep, lean = (table.loc[name] for name in SCENARIOS)
    sentences = [
        _(
            "Before AI, {agents} agents are busy {busy} of the time and answer "
            "{answered} of calls within {within} s."
        ).format(
            agents=number(before.agents),
            busy=percent(before.occupancy),
            answered=percent(before.service_level),
            within=number(centre.answer_within),
        ),
        _(
            "With AI ({saved} s less after-call work a call on average, a bot taking "
            "{deflection} of simple calls), {complex_share} of the calls left are complex."
        ).format(
            saved=number(centre.acw_saved),
            deflection=percent(centre.deflection),
            complex_share=percent(keep.complex_share),
        ),
        _(
            "A, keep the {agents} agents: occupancy {busy}, {free} free minutes an hour each."
        ).format(
            agents=number(keep.agents),
            busy=percent(keep.occupancy),
            free=number(keep.free_minutes),
        ),
        _(
            "B, staff to target: {agents} agents at {busy} occupancy, each with "
            "{complex_minutes} minutes of complex calls an hour ({complex_before} before AI) and "
            "{light} light moments ({light_before} before AI)."
        ).format(
            agents=number(lean.agents),
            busy=percent(lean.occupancy),
            complex_minutes=number(lean.emotional_load),
            complex_before=number(before.emotional_load),
            light=number(lean.light_moments, 1),
            light_before=number(before.light_moments, 1),
        ),
    ]
    return " ".join(sentences)


def compare_table(centre: ContactCentre = ContactCentre()) -> pd.DataFrame:
    """:func:`compare` as the lesson shows it: a column per situation, named in the language in
    use, a row per figure (the fields of :class:`Staffing`), rounded to two decimals.

    Examples
    --------
    >>> compare_table().loc["agents"].tolist()
    [40.0, 40.0, 34.0]
    """
    table = compare(centre).T.round(2)
    table.columns = [_(name) for name in SCENARIOS]
    return table


# --- the explorer ----------------------------------------------------------------------------

BAR = 0.27  # width of a bar in the left panel
# An agent's hour, in stacking order: (Staffing field, label, colour, hatch). Hatches tell the
# segments apart without colour; the rest of the hour, up to 60 minutes, is free.
HOUR = [
    ("emotional_load", N_("complex calls"), "vermillion", "x"),
    ("simple_minutes", N_("simple calls"), "sky", "\\\\"),
    ("after_call_minutes", N_("after-call work"), "yellow", ""),
]


def explorer():
    """Sliders for the calls, the team and the two AI effects; both management choices.

    Returns
    -------
    course.ui.Explorer
        The widget: the team, its occupancy and service level, and an agent's hour, before AI
        and for both choices with AI.
    """
    from matplotlib.patches import Patch

    from course import ui

    fig = ui.figure(width=7.6, height=3.8)
    fig.subplots_adjust(left=0.08, right=0.97, top=0.91, bottom=0.3, wspace=0.4)
    left, right = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    places = range(len(SCENARIOS))
    labels = [_("before AI"), _("A: keep\nthe agents"), _("B: staff\nto target")]
    small = {"fontsize": 8, "frameon": False, "loc": "upper center", "ncols": 2}

    # Left: the team, its occupancy and its service level per scenario, against their targets.
    ui.style_axes(left, title=_("The centre"), xlabel="", ylabel="%")
    left.set_xticks(list(places), labels)
    left.set_xlim(-0.6, 2.6)
    left.set_ylim(
        0, 135
    )  # choice B can need up to about 131 % of a team that was understaffed before AI
    left.set_yticks(range(0, 121, 20))
    bars = {
        field: left.bar(
            [p + shift for p in places],
            [0] * 3,
            BAR,
            label=label,
            color=colour,
            hatch=hatch,
            edgecolor="black",
            linewidth=0.6,
            animated=True,
        )
        for field, label, colour, hatch, shift in [
            ("agents", _("agents, % of before AI"), ui.PALETTE["white"], "", -BAR),
            ("occupancy", _("occupancy"), ui.PALETTE["blue"], "..", 0),
            ("service_level", _("answered within 20 s"), ui.PALETTE["orange"], "//", BAR),
        ]
    }
    occupancy_line = left.axhline(
        85, label=_("85 % occupancy maximum"), animated=True, **ui.REFERENCE
    )
    target_line = left.axhline(
        80,
        label=_("80 % service-level target"),
        color="black",
        linewidth=1.2,
        linestyle="--",
        animated=True,
    )
    left.legend(bbox_to_anchor=(0.45, -0.2), **small)

    # Right: an agent's hour, as stacked minutes.
    ui.style_axes(right, title=_("An agent's hour"), xlabel=_("minutes"), ylabel="")
    right.set_yticks(list(places), labels)
    right.set_ylim(2.6, -0.6)  # before AI on top
    right.set_xlim(0, 60)
    right.barh(
        list(places), [60] * 3, 0.6, color=ui.PALETTE["white"], edgecolor="black", linewidth=0.6
    )  # the hour
    segments = {
        field: right.barh(
            list(places),
            [0] * 3,
            0.6,
            color=ui.PALETTE[colour],
            hatch=hatch,
            edgecolor="black",
            linewidth=0.6,
            animated=True,
        )
        for field, _label, colour, hatch in HOUR
    }
    legend = [
        Patch(facecolor=ui.PALETTE[colour], hatch=hatch, edgecolor="black", label=_(label))
        for _field, label, colour, hatch in HOUR
    ]
    legend.append(Patch(facecolor=ui.PALETTE["white"], edgecolor="black", label=_("free")))
    right.legend(handles=legend, bbox_to_anchor=(0.4, -0.2), **small)

    def model(calls_per_hour, agents, acw_saved, deflection):
        centre = ContactCentre(
            calls_per_hour=calls_per_hour, agents=agents, acw_saved=acw_saved, deflection=deflection
        )
        return centre, compare(centre)

    def draw(result):
        centre, table = result
        heights = {
            "agents": table["agents"] / centre.agents,
            "occupancy": table["occupancy"],
            "service_level": table["service_level"],
        }
        for field, rectangles in bars.items():
            for rectangle, value in zip(rectangles, heights[field], strict=True):
                rectangle.set_height(100 * value)
        occupancy_line.set_ydata([100 * centre.max_occupancy] * 2)
        target_line.set_ydata([100 * centre.target_service_level] * 2)
        start = [0.0] * len(SCENARIOS)
        for field, rectangles in segments.items():
            for i, (rectangle, minutes) in enumerate(zip(rectangles, table[field], strict=True)):
                rectangle.set_x(start[i])
                rectangle.set_width(minutes)
                start[i] += minutes
        return summary(centre, table)

    controls = {
        "calls_per_hour": ui.slider(_("Calls per hour"), 300, 100, 500, 10),
        "agents": ui.slider(_("Agents before AI"), ContactCentre.agents, 10, 80, 1),
        "acw_saved": ui.slider(
            _("After-call work saved by AI, average (s)"),
            round(ContactCentre.acw_saved),
            0,
            round(ACW_SAVED_MAX),
            5,
        ),
        "deflection": ui.slider(
            _("Simple calls the bot handles"),
            ContactCentre.deflection,
            0.0,
            0.8,
            0.05,
            percent=True,
        ),
    }
    return ui.Explorer(fig, controls, model, draw)
