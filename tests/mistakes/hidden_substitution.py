"""Mistakes in the hidden_substitution assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions, with one line changed per mistake.
OBSERVED = """
def observed_after(t, per_month, disclosed, discovery):
    still_hidden = sum(
        per_month * (1 - disclosed) * (1 - discovery) ** j for j in range(1, t + 1)
    )
    return per_month * t - still_hidden
"""

IMPLIED = """
def implied_discovery(months_hidden):
    return len(months_hidden) / sum(months_hidden)
"""

SHARE = """
def hidden_share(t, disclosed, discovery):
    return 1 - observed_after(t, 1, disclosed, discovery) / t
"""


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


MISTAKES = [
    # --- Question 1: observed_after ------------------------------------------------------------
    Mistake(
        "observed_after",
        "returns the number still hidden",
        changed(OBSERVED, "return per_month * t - still_hidden", "return still_hidden"),
        "That is the number still hidden",
    ),
    Mistake(
        "observed_after",
        "j from 0 to t - 1 (off by one)",
        changed(OBSERVED, "range(1, t + 1)", "range(t)"),
        "j runs from 1 to t",
    ),
    Mistake(
        "observed_after",
        "j from 0 to t (one cohort too many)",
        changed(OBSERVED, "range(1, t + 1)", "range(t + 1)"),
        "j runs from 1 to t",
    ),
    Mistake(
        "observed_after",
        "only the oldest cohort, with j = t",
        "def observed_after(t, per_month, disclosed, discovery):\n"
        "    return per_month * t - per_month * (1 - disclosed) * (1 - discovery) ** t\n",
        "each with its own j",
    ),
    Mistake(
        "observed_after",
        "disclosure ignored",
        changed(OBSERVED, "per_month * (1 - disclosed) * ", "per_month * "),
        "only a share (1 - disclosed)",
    ),
    Mistake(
        "observed_after",
        "disclosed read as a percentage",
        changed(OBSERVED, "(1 - disclosed)", "(1 - disclosed / 100)"),
        "not 1 %",
    ),
    Mistake(
        "observed_after",
        "a closed form that divides by discovery",
        "def observed_after(t, per_month, disclosed, discovery):\n"
        "    rest = 1 - discovery\n"
        "    hidden = per_month * (1 - disclosed) * rest * (1 - rest**t) / discovery\n"
        "    return per_month * t - hidden\n",
        "ZeroDivisionError",
    ),
    Mistake(
        "observed_after",
        "prints the result instead of returning it",
        changed(
            OBSERVED,
            "    return per_month * t - still_hidden",
            "    print(per_month * t - still_hidden)",
        ),
        "use `return`, not `print`",
    ),
    # --- Question 2: implied_discovery ---------------------------------------------------------
    Mistake(
        "implied_discovery",
        "months per case instead of cases per month",
        changed(
            IMPLIED,
            "len(months_hidden) / sum(months_hidden)",
            "sum(months_hidden) / len(months_hidden)",
        ),
        "not the other way round",
    ),
    Mistake(
        "implied_discovery",
        "the average of 1 / m",
        changed(
            IMPLIED,
            "len(months_hidden) / sum(months_hidden)",
            "sum(1 / m for m in months_hidden) / len(months_hidden)",
        ),
        "That is the average of 1/3 and 1/1",
    ),
    Mistake(
        "implied_discovery",
        "forgets the number of cases",
        changed(IMPLIED, "len(months_hidden) / sum(months_hidden)", "1 / sum(months_hidden)"),
        "count the cases",
    ),
    Mistake(
        "implied_discovery",
        "sorts the list it was given",
        "def implied_discovery(months_hidden):\n"
        "    months_hidden.sort()\n"
        "    return len(months_hidden) / sum(months_hidden)\n",
        "changed the list it was given",
    ),
    Mistake(
        "implied_discovery",
        "only the first case",
        changed(IMPLIED, "len(months_hidden) / sum(months_hidden)", "1 / months_hidden[0]"),
        "divide the cases by the total months",
    ),
    # --- Question 3: hidden_share --------------------------------------------------------------
    Mistake(
        "hidden_share",
        "the share observed instead of hidden",
        changed(SHARE, "return 1 - observed_after", "return observed_after"),
        "That is the share observed",
    ),
    Mistake(
        "hidden_share",
        "a percentage",
        changed(
            SHARE,
            "return 1 - observed_after(t, 1, disclosed, discovery) / t",
            "return 100 * (1 - observed_after(t, 1, disclosed, discovery) / t)",
        ),
        "not a percentage",
    ),
    Mistake(
        "hidden_share",
        "the hidden count, not divided by all that started",
        changed(
            SHARE,
            "return 1 - observed_after(t, 1, disclosed, discovery) / t",
            "return t - observed_after(t, 1, disclosed, discovery)",
        ),
        "A share divides by all that started",
    ),
    Mistake(
        "hidden_share",
        "ten a month in observed_after, divided by t only",
        changed(SHARE, "observed_after(t, 1,", "observed_after(t, 10,"),
        "A share divides by all that started",
    ),
    Mistake(
        "hidden_share",
        "observed_after from question 1 returns nothing",
        changed(OBSERVED, "    return per_month", "    observed = per_month") + SHARE,
        "Fix Question 1 first",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake("why_share_falls", "a number instead of a letter", "why_share_falls = 2", "one letter"),
    Mistake(
        "why_share_falls", "two letters", 'why_share_falls = "B and C"', "one letter in quotes"
    ),
    Mistake(
        "what_cases_imply", "a letter that is not a choice", 'what_cases_imply = "F"', "one letter"
    ),
    Mistake(
        "what_cases_imply", "left blank", "what_cases_imply = ...", "Replace ... with your answer"
    ),
]
