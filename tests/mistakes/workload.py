"""Mistakes in the workload assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions, with one line changed per mistake.
COMPLEX_SHARE = """
def complex_share_after(simple_share, deflection):
    simple_left = simple_share * (1 - deflection)
    complex_calls = 1 - simple_share
    if simple_left + complex_calls == 0:
        raise ValueError("the bot takes every call")
    return complex_calls / (simple_left + complex_calls)
"""

AGENT_HOUR = """
def agent_hour(calls_per_hour, simple_share, simple_talk, complex_talk, after_call_work,
               acw_saved, deflection, agents):
    simple_calls = calls_per_hour * simple_share * (1 - deflection)
    complex_calls = calls_per_hour * (1 - simple_share)
    per_agent = 60 * agents
    complex_minutes = complex_calls * complex_talk / per_agent
    simple_minutes = simple_calls * simple_talk / per_agent
    after_call = (simple_calls + complex_calls) * (after_call_work - acw_saved) / per_agent
    free = 60 - complex_minutes - simple_minutes - after_call
    return complex_minutes, simple_minutes, after_call, free
"""

STAFF = """
import math


def staff_to_target(calls_per_hour, handle_time, target=0.8, answer_within=20, max_occupancy=0.85):
    traffic = calls_per_hour * handle_time / 3600
    agents = math.floor(traffic) + 1
    while (
        traffic / agents > max_occupancy
        or service_level(traffic, agents, handle_time, answer_within) < target
    ):
        agents += 1
    return agents
"""


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


MISTAKES = [
    # --- Question 1: complex_share_after -------------------------------------------------------
    Mistake(
        "complex_share_after",
        "divides by all the calls, not by the calls left",
        changed(
            COMPLEX_SHARE,
            "return complex_calls / (simple_left + complex_calls)",
            "return complex_calls / 1",
        ),
        "not by all the calls",
    ),
    Mistake(
        "complex_share_after",
        "the bot takes complex calls too",
        changed(
            COMPLEX_SHARE,
            "complex_calls = 1 - simple_share",
            "complex_calls = (1 - simple_share) * (1 - deflection)",
        ),
        "the bot takes only simple calls",
    ),
    Mistake(
        "complex_share_after",
        "returns the simple share",
        changed(
            COMPLEX_SHARE,
            "return complex_calls / (simple_left + complex_calls)",
            "return simple_left / (simple_left + complex_calls)",
        ),
        "not of simple ones",
    ),
    Mistake(
        "complex_share_after",
        "counts the simple calls the bot takes as the ones left",
        changed(COMPLEX_SHARE, "simple_share * (1 - deflection)", "simple_share * deflection"),
        "1 - deflection",
    ),
    Mistake(
        "complex_share_after",
        "deflection read as a percentage",
        changed(COMPLEX_SHARE, "(1 - deflection)", "(1 - deflection / 100)"),
        "not a percentage",
    ),
    Mistake(
        "complex_share_after",
        "divides by zero instead of refusing",
        changed(
            COMPLEX_SHARE,
            '        raise ValueError("the bot takes every call")\n',
            "        pass\n",
        ),
        "raise a ValueError",
    ),
    Mistake(
        "complex_share_after",
        "prints the share instead of returning it",
        changed(
            COMPLEX_SHARE,
            "    return complex_calls / (simple_left + complex_calls)",
            "    print(complex_calls / (simple_left + complex_calls))",
        ),
        "use `return`, not `print`",
    ),
    # --- Question 2: agent_hour ----------------------------------------------------------------
    Mistake(
        "agent_hour",
        "the centre's minutes, not one agent's",
        changed(AGENT_HOUR, "per_agent = 60 * agents", "per_agent = 60"),
        "shared among the 40 agents",
    ),
    Mistake(
        "agent_hour",
        "seconds, not minutes",
        changed(AGENT_HOUR, "per_agent = 60 * agents", "per_agent = agents"),
        "60 seconds make a minute",
    ),
    Mistake(
        "agent_hour",
        "the summaries save after-call work on simple calls only",
        changed(
            AGENT_HOUR,
            "(simple_calls + complex_calls) * (after_call_work - acw_saved)",
            "(simple_calls * (after_call_work - acw_saved) + complex_calls * after_call_work)",
        ),
        "complex ones too",
    ),
    Mistake(
        "agent_hour",
        "the free minutes forget the after-call work",
        changed(AGENT_HOUR, "- simple_minutes - after_call\n", "- simple_minutes\n"),
        "after calls and after-call work",
    ),
    Mistake(
        "agent_hour",
        "the bot takes complex calls too",
        changed(
            AGENT_HOUR,
            "complex_calls = calls_per_hour * (1 - simple_share)",
            "complex_calls = calls_per_hour * (1 - simple_share) * (1 - deflection)",
        ),
        "only simple calls",
    ),
    Mistake(
        "agent_hour",
        "deflection read as a percentage",
        changed(AGENT_HOUR, "(1 - deflection)", "(1 - deflection / 100)"),
        "not a percentage",
    ),
    Mistake(
        "agent_hour",
        "after-call work for the calls the bot takes",
        changed(
            AGENT_HOUR,
            "(simple_calls + complex_calls) * (after_call_work",
            "calls_per_hour * (after_call_work",
        ),
        "need none from them",
    ),
    Mistake(
        "agent_hour",
        "returns three numbers, without the free minutes",
        changed(
            AGENT_HOUR,
            "return complex_minutes, simple_minutes, after_call, free",
            "return complex_minutes, simple_minutes, after_call",
        ),
        "four numbers",
    ),
    Mistake(
        "agent_hour",
        "forgets to return",
        changed(
            AGENT_HOUR,
            "    return complex_minutes, simple_minutes, after_call, free",
            "    hour = complex_minutes, simple_minutes, after_call, free",
        ),
        "four numbers",
    ),
    # --- Question 3: staff_to_target -----------------------------------------------------------
    Mistake(
        "staff_to_target",
        "ignores the maximum occupancy",
        changed(STAFF, "        traffic / agents > max_occupancy\n        or ", "        "),
        "Check the occupancy too",
    ),
    Mistake(
        "staff_to_target",
        "exactly the maximum occupancy counted as too busy",
        changed(STAFF, "traffic / agents > max_occupancy", "traffic / agents >= max_occupancy"),
        "exactly max_occupancy is allowed",
    ),
    Mistake(
        "staff_to_target",
        "starts at the traffic rounded up: unstable when the traffic is whole",
        changed(STAFF, "agents = math.floor(traffic) + 1", "agents = math.ceil(traffic)"),
        "Start with more agents than the traffic",
    ),
    Mistake(
        "staff_to_target",
        "returns one agent more than needed (off by one)",
        changed(STAFF, "    return agents", "    return agents + 1"),
        "not one more",
    ),
    Mistake(
        "staff_to_target",
        "traffic from minutes instead of hours",
        changed(STAFF, "handle_time / 3600", "handle_time / 60"),
        "÷ 3600",
    ),
    Mistake(
        "staff_to_target",
        "the service level as a percentage, the target as a share",
        changed(STAFF, "or service_level(", "or 100 * service_level("),
        "both are shares",
    ),
    Mistake(
        "staff_to_target",
        "a fixed 20 s instead of answer_within",
        changed(STAFF, "handle_time, answer_within) < target", "handle_time, 20) < target"),
        "use answer_within",
    ),
    Mistake(
        "staff_to_target",
        "prints the team instead of returning it",
        changed(STAFF, "    return agents", "    print(agents)"),
        "use `return`, not `print`",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake("freed_time", "a number instead of a letter", "freed_time = 2", "one letter in quotes"),
    Mistake("freed_time", "two letters", 'freed_time = "B and C"', "one letter in quotes"),
    Mistake(
        "agent_after", "a letter that is not a choice", 'agent_after = "E"', "one letter in quotes"
    ),
    Mistake(
        "agent_after", "the word instead of the letter", 'agent_after = "heavier"', "one letter"
    ),
]
