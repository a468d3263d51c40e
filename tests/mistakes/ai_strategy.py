"""Mistakes in the ai_strategy assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions, with one line changed per mistake.
SCORE = """
def checklist_score(strategy):
    return sum(1 for commitment in CHECKLIST if strategy.get(commitment, 0) > 0)
"""

UNCOVERED = """
def uncovered_effects(strategy):
    covered = {
        effect for commitment, effect in CHECKLIST.items() if strategy.get(commitment, 0) > 0
    }
    return [effect for effect in EFFECTS if effect not in covered]
"""

PLANTED = {
    2: "wrong figure",
    4: "overstated finding",
    6: "misattributed quote",
    7: "correlation as causation",
}


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


def planted(answer) -> str:
    return f"planted_errors = {answer!r}"


MISTAKES = [
    # --- Question 1: checklist_score -----------------------------------------------------------
    Mistake(
        "checklist_score",
        "counts every key of the strategy",
        "def checklist_score(strategy):\n    return len(strategy)\n",
        "0 hours and False are not commitments",
    ),
    Mistake(
        "checklist_score",
        "counts keys that are not on the checklist",
        "def checklist_score(strategy):\n"
        "    return sum(1 for value in strategy.values() if value > 0)\n",
        "Keys that are not on the checklist do not count",
    ),
    Mistake(
        "checklist_score",
        "counts only True, not numbers above 0",
        changed(SCORE, "strategy.get(commitment, 0) > 0", "strategy.get(commitment) is True"),
        "A number above 0 is a commitment made too",
    ),
    Mistake(
        "checklist_score",
        "a share of the checklist instead of a count",
        changed(SCORE, "    return sum(", "    return (1 / len(CHECKLIST)) * sum("),
        "not a share",
    ),
    Mistake(
        "checklist_score",
        "a commitment missing from the dict stops it",
        changed(SCORE, "strategy.get(commitment, 0)", "strategy[commitment]"),
        "KeyError",
    ),
    Mistake(
        "checklist_score",
        "prints the score instead of returning it",
        changed(SCORE, "    return sum(", "    print(sum(").replace("> 0)\n", "> 0))\n"),
        "use `return`, not `print`",
    ),
    Mistake(
        "checklist_score",
        "forgets to return",
        changed(SCORE, "    return sum(", "    score = sum("),
        "should be a single number",
    ),
    # --- Question 2: uncovered_effects ---------------------------------------------------------
    Mistake(
        "uncovered_effects",
        "returns the covered effects",
        changed(UNCOVERED, "if effect not in covered]", "if effect in covered]"),
        "not the ones with one",
    ),
    Mistake(
        "uncovered_effects",
        "a set instead of a list",
        changed(UNCOVERED, "    return [effect for", "    return {effect for").replace(
            "not in covered]", "not in covered}"
        ),
        "should return a list",
    ),
    Mistake(
        "uncovered_effects",
        "an effect once per missing commitment",
        "def uncovered_effects(strategy):\n"
        "    missing = [e for c, e in CHECKLIST.items() if not strategy.get(c, 0) > 0]\n"
        "    return sorted(missing)\n",
        "Each effect appears once",
    ),
    Mistake(
        "uncovered_effects",
        "in decreasing order",
        changed(
            UNCOVERED,
            "    return [effect for effect in EFFECTS if effect not in covered]",
            "    return sorted((e for e in EFFECTS if e not in covered), reverse=True)",
        ),
        "increasing order",
    ),
    Mistake(
        "uncovered_effects",
        "an effect needs all its commitments",
        "def uncovered_effects(strategy):\n"
        "    missing = {e for c, e in CHECKLIST.items() if not strategy.get(c, 0) > 0}\n"
        "    return sorted(missing)\n",
        "One of an effect's commitments is enough",
    ),
    Mistake(
        "uncovered_effects",
        "a key in the strategy counts as made, whatever its value",
        changed(UNCOVERED, "strategy.get(commitment, 0) > 0", "commitment in strategy"),
        "0 and False are not commitments",
    ),
    Mistake(
        "uncovered_effects",
        "forgets to return",
        changed(UNCOVERED, "    return [effect", "    uncovered = [effect"),
        "should return a list",
    ),
    # --- Question 3: reading the model (the visible check tests the form, never the letter) ----
    Mistake("full_score", "a number instead of a letter", "full_score = 8", "one letter in quotes"),
    Mistake("full_score", "two letters", 'full_score = "B, D"', "one letter in quotes"),
    # --- Question 4: the planted errors --------------------------------------------------------
    Mistake(
        "planted_errors",
        "a list of sentence numbers, without the kinds",
        planted([2, 4, 6, 7]),
        "Set planted_errors to a dict",
    ),
    Mistake(
        "planted_errors",
        "sentence numbers as text",
        planted({str(number): kind for number, kind in PLANTED.items()}),
        "The keys are sentence numbers",
    ),
    Mistake(
        "planted_errors",
        "only three sentences marked",
        planted({2: "wrong figure", 4: "overstated finding", 7: "correlation as causation"}),
        "mark exactly four sentences",
    ),
    Mistake(
        "planted_errors",
        "a kind in words of one's own",
        planted({**PLANTED, 2: "wrong number"}),
        "Write each kind exactly",
    ),
    Mistake(
        "planted_errors",
        "one kind used twice",
        planted({**PLANTED, 6: "wrong figure"}),
        "use each kind once",
    ),
]
