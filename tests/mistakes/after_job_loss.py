"""Mistakes in the after_job_loss assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions; each mistake changes one line.
GINI = """
def gini(values):
    ordered = sorted(values)
    n = len(ordered)
    weighted = sum(i * x for i, x in enumerate(ordered, start=1))
    return 2 * weighted / (n * sum(ordered)) - (n + 1) / n
"""

POVERTY = """
def poverty_rate(incomes, line=0.6):
    ordered = sorted(incomes)
    n = len(ordered)
    median = (ordered[(n - 1) // 2] + ordered[n // 2]) / 2
    below = sum(1 for income in ordered if income < line * median)
    return below / n
"""

RATE = """
def budget_neutral_rate(ubi, wealths, allowance, avoidance):
    cost = ubi * len(wealths)
    taxable = sum(max(wealth - allowance, 0) for wealth in wealths)
    low, high = 0.0, 0.10
    if revenue(high, taxable, avoidance) < cost:
        return None
    while high - low > 0.000001:
        middle = (low + high) / 2
        if revenue(middle, taxable, avoidance) < cost:
            low = middle
        else:
            high = middle
    return (low + high) / 2
"""


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


MISTAKES = [
    # --- Question 1: gini -----------------------------------------------------------------------
    Mistake(
        "gini",
        "numbers the households from 0 (off by one)",
        changed(GINI, "enumerate(ordered, start=1)", "enumerate(ordered)"),
        "i runs from 1 to n",
    ),
    Mistake(
        "gini",
        "does not sort",
        changed(GINI, "ordered = sorted(values)", "ordered = list(values)"),
        "sort the amounts first",
    ),
    Mistake(
        "gini",
        "sorts the list it is given in place",
        changed(GINI, "ordered = sorted(values)", "values.sort()\n    ordered = values"),
        "changed the list it was given",
    ),
    Mistake(
        "gini",
        "a percentage instead of a share",
        changed(GINI, "return 2 * weighted", "return 100 * 2 * weighted").replace(
            "- (n + 1) / n", "- 100 * (n + 1) / n"
        ),
        "not a percentage",
    ),
    Mistake(
        "gini",
        "the last term (n - 1) / n",
        changed(GINI, "- (n + 1) / n", "- (n - 1) / n"),
        "5/4 by hand",
    ),
    Mistake(
        "gini",
        "compares every pair (too slow for 100,000 households)",
        """
def gini(values):
    n = len(values)
    differences = 0
    for i in range(n):
        for j in range(i + 1, n):
            differences += abs(values[i] - values[j])
    return differences / (n * sum(values))
""",
        "Do not compare every pair",
    ),
    Mistake(
        "gini",
        "prints the Gini instead of returning it",
        changed(GINI, "    return 2 * weighted", "    print(2 * weighted").replace(
            "(n + 1) / n\n", "(n + 1) / n)\n"
        ),
        "use `return`, not `print`",
    ),
    Mistake(
        "gini",
        "forgets to return",
        changed(GINI, "    return 2 * weighted", "    result = 2 * weighted"),
        "does it end with a `return` line",
    ),
    # --- Question 2: poverty_rate ---------------------------------------------------------------
    Mistake(
        "poverty_rate",
        "ignores `line` and always uses 0.6",
        changed(POVERTY, "income < line * median", "income < 0.6 * median"),
        "Use the share `line` you are given",
    ),
    Mistake(
        "poverty_rate",
        "takes the median without sorting",
        changed(POVERTY, "ordered = sorted(incomes)", "ordered = list(incomes)"),
        "Did you sort first?",
    ),
    Mistake(
        "poverty_rate",
        "sorts the list it is given in place",
        changed(POVERTY, "ordered = sorted(incomes)", "incomes.sort()\n    ordered = incomes"),
        "changed the list it was given",
    ),
    Mistake(
        "poverty_rate",
        "an even count's median is the upper of the two in the middle",
        changed(
            POVERTY,
            "median = (ordered[(n - 1) // 2] + ordered[n // 2]) / 2",
            "median = ordered[n // 2]",
        ),
        "average of the two in the middle",
    ),
    Mistake(
        "poverty_rate",
        "the mean instead of the median",
        changed(
            POVERTY,
            "median = (ordered[(n - 1) // 2] + ordered[n // 2]) / 2",
            "median = sum(ordered) / n",
        ),
        "not of the mean",
    ),
    Mistake(
        "poverty_rate",
        "counts an income on the line as below it",
        changed(POVERTY, "income < line * median", "income <= line * median"),
        "on the line, not below it",
    ),
    Mistake(
        "poverty_rate",
        "returns how many households, not which share",
        changed(POVERTY, "return below / n", "return below"),
        "not how many there are",
    ),
    Mistake(
        "poverty_rate",
        "a percentage instead of a share",
        changed(POVERTY, "return below / n", "return 100 * below / n"),
        "not a percentage",
    ),
    Mistake(
        "poverty_rate",
        "forgets to return",
        changed(POVERTY, "return below / n", "rate = below / n"),
        "does it end with a `return` line",
    ),
    # --- Question 3: budget_neutral_rate --------------------------------------------------------
    Mistake(
        "budget_neutral_rate",
        "taxes all wealth, ignoring the allowance",
        changed(
            RATE,
            "sum(max(wealth - allowance, 0) for wealth in wealths)",
            "sum(wealths)",
        ),
        "Only the wealth above the allowance is taxed",
    ),
    Mistake(
        "budget_neutral_rate",
        "counts wealth below the allowance as negative",
        changed(
            RATE,
            "sum(max(wealth - allowance, 0) for wealth in wealths)",
            "sum(wealth - allowance for wealth in wealths)",
        ),
        "not negative",
    ),
    Mistake(
        "budget_neutral_rate",
        "moves low and high the wrong way",
        changed(
            RATE,
            "            low = middle\n        else:\n            high = middle",
            "            high = middle\n        else:\n            low = middle",
        ),
        "which way you move low and high",
    ),
    Mistake(
        "budget_neutral_rate",
        "returns 10 % when even 10 % is not enough",
        changed(RATE, "        return None", "        return high"),
        "return None (not 0.1, not 0)",
    ),
    Mistake(
        "budget_neutral_rate",
        "the basic income for one household only",
        changed(RATE, "cost = ubi * len(wealths)", "cost = ubi"),
        "ubi times the number of households",
    ),
    Mistake(
        "budget_neutral_rate",
        "stops halving too early",
        changed(RATE, "while high - low > 0.000001", "while high - low > 0.01"),
        "Keep halving",
    ),
    Mistake(
        "budget_neutral_rate",
        "ignores the avoidance",
        RATE.replace("revenue(middle, taxable, avoidance)", "revenue(middle, taxable, 0)"),
        "Pass the avoidance you are given",
    ),
    Mistake(
        "budget_neutral_rate",
        "a percentage instead of a share",
        changed(RATE, "return (low + high) / 2", "return 100 * (low + high) / 2"),
        "not a percentage",
    ),
    Mistake(
        "budget_neutral_rate",
        "forgets to return",
        changed(RATE, "return (low + high) / 2", "rate = (low + high) / 2"),
        "end with a `return` line",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake(
        "why_poverty_fell", "a number instead of a letter", "why_poverty_fell = 2", "one letter"
    ),
    Mistake("why_poverty_fell", "two letters", 'why_poverty_fell = "A, B"', "one letter"),
    Mistake("why_gini_rose", "a letter that is not a choice", 'why_gini_rose = "E"', "one letter"),
    Mistake("why_gini_rose", "the placeholder left", "why_gini_rose = ...", "Replace ..."),
]
