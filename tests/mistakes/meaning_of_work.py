"""Mistakes in the meaning_of_work assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions, with one line changed per mistake.
PLAN = """
def delegation_plan(tasks, target_hours):
    plan = {}
    remaining = target_hours
    candidates = [task for task in tasks if not task[4]]
    for task, hours, automatability, _meaning, _connective in sorted(
        candidates, key=lambda t: t[3]
    ):
        if remaining <= 0:
            break
        take = min(hours * automatability, remaining)
        if take > 0:
            plan[task] = take
            remaining -= take
    return plan
"""

RETAINED = """
def meaning_retained(tasks, delegated):
    total = sum(hours * meaning for task, hours, automatability, meaning, connective in tasks)
    if total == 0:
        return 1.0
    meaning_of = {task: meaning for task, hours, automatability, meaning, connective in tasks}
    lost = sum(hours * meaning_of[task] for task, hours in delegated.items())
    return 1 - lost / total
"""

SHORTFALL = """
def shortfall(tasks, target_hours):
    available = sum(
        hours * automatability
        for task, hours, automatability, meaning, connective in tasks
        if not connective
    )
    return max(0.0, target_hours - available)
"""


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


MISTAKES = [
    # --- Question 1: delegation_plan -----------------------------------------------------------
    Mistake(
        "delegation_plan",
        "hands over connective tasks too",
        changed(PLAN, "[task for task in tasks if not task[4]]", "list(tasks)"),
        "connective labour",
    ),
    Mistake(
        "delegation_plan",
        "takes the most meaningful task first",
        changed(PLAN, "key=lambda t: t[3]", "key=lambda t: t[3], reverse=True"),
        "least meaningful first",
    ),
    Mistake(
        "delegation_plan",
        "takes the whole of the last task, beyond the target",
        changed(PLAN, "min(hours * automatability, remaining)", "hours * automatability"),
        "as much of the last task as the target still needs",
    ),
    Mistake(
        "delegation_plan",
        "ignores automatability: all the hours of a task",
        changed(PLAN, "min(hours * automatability, remaining)", "min(hours, remaining)"),
        "hours * automatability",
    ),
    Mistake(
        "delegation_plan",
        "ties sorted by name instead of the listed order",
        changed(PLAN, "key=lambda t: t[3]", "key=lambda t: (t[3], t[0])"),
        "the one listed first",
    ),
    Mistake(
        "delegation_plan",
        "sorts the list it was given, in place",
        changed(
            PLAN,
            "    candidates = [task for task in tasks if not task[4]]\n",
            "    tasks.sort(key=lambda t: t[3])\n"
            "    candidates = [task for task in tasks if not task[4]]\n",
        ),
        "changed the list of tasks it was given",
    ),
    Mistake(
        "delegation_plan",
        "prints the plan instead of returning it",
        changed(PLAN, "    return plan\n", "    print(plan)\n"),
        "use `return`, not `print`",
    ),
    Mistake(
        "delegation_plan",
        "forgets to return",
        changed(PLAN, "    return plan\n", ""),
        "`return` line",
    ),
    Mistake(
        "delegation_plan",
        "returns the names of the tasks, not the hours",
        changed(PLAN, "    return plan\n", "    return list(plan)\n"),
        "dictionary from task name to hours",
    ),
    # --- Question 2: meaning_retained ----------------------------------------------------------
    Mistake(
        "meaning_retained",
        "a percentage instead of a share",
        changed(RETAINED, "return 1 - lost / total", "return 100 * (1 - lost / total)"),
        "not a percentage",
    ),
    Mistake(
        "meaning_retained",
        "returns the share lost",
        changed(RETAINED, "return 1 - lost / total", "return lost / total"),
        "the share of the meaning that is lost",
    ),
    Mistake(
        "meaning_retained",
        "a delegated task loses all its meaning, not only the delegated hours'",
        changed(
            RETAINED,
            "    lost = sum(hours * meaning_of[task] for task, hours in delegated.items())\n",
            "    hours_of = {task: hours for task, hours, automatability, meaning, connective in "
            "tasks}\n"
            "    lost = sum(hours_of[task] * meaning_of[task] for task in delegated)\n",
        ),
        "Only the delegated hours lose meaning",
    ),
    Mistake(
        "meaning_retained",
        "the total counts only the delegated tasks",
        changed(
            RETAINED,
            "    total = sum(hours * meaning for task, hours, automatability, meaning, connective "
            "in tasks)\n    if total == 0:\n        return 1.0\n",
            "    if not delegated:\n        return 1.0\n",
        ).replace(
            "    return 1 - lost / total\n",
            "    total = sum(\n"
            "        h * m for task, h, a, m, c in tasks if task in delegated\n"
            "    )\n"
            "    return 1 - lost / total\n",
        ),
        "sum of hours * meaning over all its tasks",
    ),
    Mistake(
        "meaning_retained",
        "divides by zero for a job without meaning",
        changed(RETAINED, "    if total == 0:\n        return 1.0\n", ""),
        "ZeroDivisionError",
    ),
    Mistake(
        "meaning_retained",
        "forgets to return",
        changed(RETAINED, "    return 1 - lost / total\n", "    share = 1 - lost / total\n"),
        "should be a single number",
    ),
    Mistake(
        "meaning_retained",
        "delegation_plan from question 1 returns nothing",
        changed(PLAN, "    return plan\n", "") + RETAINED,
        "Fix Question 1 first",
    ),
    # --- Question 3: shortfall -----------------------------------------------------------------
    Mistake(
        "shortfall",
        "negative when the target can be reached",
        changed(SHORTFALL, "max(0.0, target_hours - available)", "target_hours - available"),
        "never negative",
    ),
    Mistake(
        "shortfall",
        "returns the hours the tasks can give",
        changed(SHORTFALL, "max(0.0, target_hours - available)", "available"),
        "not the hours the tasks can give",
    ),
    Mistake(
        "shortfall",
        "counts the connective tasks' hours as available",
        changed(SHORTFALL, "        if not connective\n", ""),
        "leave them out of what the tasks can give",
    ),
    Mistake(
        "shortfall",
        "ignores automatability: all the hours of a task",
        changed(SHORTFALL, "        hours * automatability\n", "        hours\n"),
        "only hours * automatability",
    ),
    Mistake(
        "shortfall",
        "prints instead of returning",
        changed(
            SHORTFALL,
            "    return max(0.0, target_hours - available)\n",
            "    print(max(0.0, target_hours - available))\n",
        ),
        "use `return`, not `print`",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake("why_kept", "a number instead of a letter", "why_kept = 2", "one letter in quotes"),
    Mistake("why_kept", "two letters", 'why_kept = "A, B"', "one letter in quotes"),
    Mistake(
        "what_short_means",
        "a letter that is not a choice",
        'what_short_means = "E"',
        "one letter in quotes",
    ),
    Mistake(
        "what_short_means",
        "the text of the option",
        'what_short_means = "people have to choose"',
        "one letter in quotes",
    ),
]
