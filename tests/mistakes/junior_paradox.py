"""Mistakes in the junior_paradox assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's one_year, with one line changed per mistake.
ONE_YEAR = """
def one_year(junior, medior, senior, hired, years_junior, years_medior, attrition, retirement):
    stay_junior = junior * (1 - attrition)
    stay_medior = medior * (1 - attrition)
    stay_senior = senior * (1 - attrition)
    to_medior = stay_junior / years_junior
    to_senior = stay_medior / years_medior
    retired = stay_senior * retirement
    return (
        stay_junior - to_medior + hired,
        stay_medior - to_senior + to_medior,
        stay_senior - retired + to_senior,
    )
"""


def one_year_with(old: str, new: str) -> str:
    assert old in ONE_YEAR, old
    return ONE_YEAR.replace(old, new)


SHORTAGE_YEAR = """
def shortage_year(start, hires, target_seniors, years_junior, years_medior, attrition, retirement):
    junior, medior, senior = start
    if senior < target_seniors:
        return 0
    for year, hired in enumerate(hires, start=1):
        junior, medior, senior = one_year(
            junior, medior, senior, hired, years_junior, years_medior, attrition, retirement
        )
        if senior < target_seniors:
            return year
    return None
"""


def shortage_year_with(old: str, new: str) -> str:
    assert old in SHORTAGE_YEAR, old
    return SHORTAGE_YEAR.replace(old, new)


STEADY = """
def steady_state_intake(target_seniors, years_junior, years_medior, attrition, retirement):
    def reach(years):
        return ((1 - attrition) / years) / (1 - (1 - attrition) * (1 - 1 / years))

    seniors_going = target_seniors * (1 - (1 - attrition) * (1 - retirement))
    return seniors_going / (reach(years_junior) * reach(years_medior))
"""


def steady_with(old: str, new: str) -> str:
    assert old in STEADY, old
    return STEADY.replace(old, new)


MISTAKES = [
    # --- Question 1: one_year ------------------------------------------------------------------
    Mistake(
        "one_year",
        "retires the seniors promoted this year",
        one_year_with(
            "    retired = stay_senior * retirement\n",
            "    retired = (stay_senior + to_senior) * retirement\n",
        ),
        "do not retire in the same year",
    ),
    Mistake(
        "one_year",
        "promotes from the start headcount, before attrition",
        one_year_with(
            "    to_medior = stay_junior / years_junior\n",
            "    to_medior = junior / years_junior\n",
        ),
        "from the juniors who stay",
    ),
    Mistake(
        "one_year",
        "promotes the new hires in their first year",
        one_year_with(
            "    to_medior = stay_junior / years_junior\n",
            "    to_medior = (stay_junior + hired) / years_junior\n",
        ),
        "not promoted in the year they arrive",
    ),
    Mistake(
        "one_year",
        "promoted juniors stay juniors too",
        one_year_with(
            "        stay_junior - to_medior + hired,\n", "        stay_junior + hired,\n"
        ),
        "leave the junior level",
    ),
    Mistake(
        "one_year",
        "shares read as percentages",
        ONE_YEAR.replace("(1 - attrition)", "(1 - attrition / 100)").replace(
            "* retirement", "* retirement / 100"
        ),
        "not a percentage",
    ),
    Mistake(
        "one_year",
        "prints the headcount instead of returning it",
        ONE_YEAR.replace("    return (", "    print(").replace("\n    )\n", "\n    )\n"),
        "use `return`, not `print`",
    ),
    Mistake(
        "one_year",
        "forgets to return",
        ONE_YEAR.replace("    return (", "    headcount = ("),
        "should return three numbers",
    ),
    # --- Question 2: shortage_year -------------------------------------------------------------
    Mistake(
        "shortage_year",
        "counts years from 0 after the first step (off by one)",
        shortage_year_with("enumerate(hires, start=1)", "enumerate(hires)"),
        "Year 0 is the start",
    ),
    Mistake(
        "shortage_year",
        "never checks the start",
        shortage_year_with("    if senior < target_seniors:\n        return 0\n", ""),
        "already below the target",
    ),
    Mistake(
        "shortage_year",
        "returns 0 when the seniors are never short",
        shortage_year_with("    return None\n", "    return 0\n"),
        "return None (not 0, not False)",
    ),
    Mistake(
        "shortage_year",
        "counts exactly the target as short",
        SHORTAGE_YEAR.replace("senior < target_seniors", "senior <= target_seniors"),
        "Exactly the target is enough",
    ),
    Mistake(
        "shortage_year",
        "hires the first year's juniors every year",
        shortage_year_with("junior, medior, senior, hired,", "junior, medior, senior, hires[0],"),
        "each year uses its own entry of hires",
    ),
    Mistake(
        "shortage_year",
        "one_year from question 1 returns nothing",
        ONE_YEAR.replace("    return (", "    headcount = (") + SHORTAGE_YEAR,
        "Fix Question 1 first",
    ),
    # --- Question 3: steady_state_intake -------------------------------------------------------
    Mistake(
        "steady_state_intake",
        "missing brackets around the product of the two reach shares",
        steady_with(
            "seniors_going / (reach(years_junior) * reach(years_medior))",
            "seniors_going / reach(years_junior) * reach(years_medior)",
        ),
        "in brackets",
    ),
    Mistake(
        "steady_state_intake",
        "seniors leave only by retiring",
        steady_with(
            "(1 - (1 - attrition) * (1 - retirement))",
            "retirement",
        ),
        "also leave through attrition",
    ),
    Mistake(
        "steady_state_intake",
        "forgets the medior level",
        steady_with(
            "(reach(years_junior) * reach(years_medior))",
            "reach(years_junior)",
        ),
        "use both reach shares",
    ),
    Mistake(
        "steady_state_intake",
        "shares read as percentages",
        STEADY.replace("(1 - retirement)", "(1 - retirement / 100)"),
        "not a percentage",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake("why_late", "a number instead of a letter", "why_late = 2", "one letter in quotes"),
    Mistake("why_late", "two letters", 'why_late = "B and C"', "one letter in quotes"),
    Mistake(
        "learning_aid",
        "a letter that is not a choice",
        'learning_aid = "E"',
        "one letter in quotes",
    ),
    Mistake("learning_aid", "the placeholder left", 'learning_aid = "?"', "one letter in quotes"),
]
