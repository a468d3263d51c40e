"""Mistakes in the three_effects assignment (tests/test_selfchecks.py runs each one)."""

from mistakes import Mistake

# The solution's functions, with one line changed per mistake.
EXPOSURE = """
def exposure_per_job(tasks):
    weighted = (tasks["time_share"] * tasks["score"]).groupby(tasks["occupation"]).sum()
    return weighted / tasks.groupby("occupation")["time_share"].sum()
"""

CLASS_SHARES = """
def class_shares(tasks, automated_above=0.75, augmented_from=0.5):
    classes = ["automated", "augmented", "little affected"]
    score = tasks["score"]
    task_class = np.select(
        [score > automated_above, score >= augmented_from], classes[:2], default=classes[2]
    )
    time = tasks["time_share"].groupby([tasks["occupation"], task_class]).sum()
    table = time.unstack(fill_value=0).reindex(columns=classes, fill_value=0)
    return table.div(table.sum(axis=1), axis=0)
"""

JOB_OUTCOME = """
def job_outcome(automated, augmented, job_share=0.5):
    if automated >= job_share:
        return "at risk of disappearing"
    if automated + augmented >= job_share:
        return "mostly changed"
    return "little affected"
"""


MY_JOB = """
my_job = pd.DataFrame(
    {
        "occupation": ["bike mechanic"] * 4,
        "task": ["repair bikes", "advise customers", "order parts", "write invoices"],
        "time_share": [0.5, 0.2, 0.1, 0.2],
        "score": [0.05, 0.3, 0.6, 0.8],
    }
)
"""


def changed(code: str, old: str, new: str) -> str:
    assert old in code, old
    return code.replace(old, new)


MISTAKES = [
    # --- Question 1: exposure_per_job ----------------------------------------------------------
    Mistake(
        "exposure_per_job",
        "the plain mean of the scores, not weighted by time",
        'def exposure_per_job(tasks):\n    return tasks.groupby("occupation")["score"].mean()\n',
        "weigh each task by its time_share",
    ),
    Mistake(
        "exposure_per_job",
        "divides by the number of tasks instead of the total time",
        changed(EXPOSURE, '["time_share"].sum()', '["time_share"].count()'),
        "divided by the number of tasks",
    ),
    Mistake(
        "exposure_per_job",
        "does not divide by the total time (fails for hours)",
        changed(EXPOSURE, 'weighted / tasks.groupby("occupation")["time_share"].sum()', "weighted"),
        "Divide by the job's total time",
    ),
    Mistake(
        "exposure_per_job",
        "adds a column to the table it was given",
        "def exposure_per_job(tasks):\n"
        '    tasks["weighted"] = tasks["time_share"] * tasks["score"]\n'
        '    totals = tasks.groupby("occupation")[["weighted", "time_share"]].sum()\n'
        '    return totals["weighted"] / totals["time_share"]\n',
        "changed the table it was given",
    ),
    Mistake(
        "exposure_per_job",
        "returns a DataFrame, not a Series",
        EXPOSURE[:-1] + ".to_frame()\n",
        "should return a pandas Series",
    ),
    Mistake(
        "exposure_per_job",
        "prints the result instead of returning it",
        changed(EXPOSURE, "    return weighted / ", "    print(weighted / ")[:-1] + ")\n",
        "use `return`, not `print`",
    ),
    Mistake(
        "exposure_per_job",
        "groups by task instead of occupation",
        EXPOSURE.replace('tasks["occupation"]', 'tasks["score"]').replace(
            'groupby("occupation")', 'groupby("score")'
        ),
        "one entry per occupation",
    ),
    # --- Question 2: class_shares --------------------------------------------------------------
    Mistake(
        "class_shares",
        "0.75 counted as automated (>= instead of the ILO's above)",
        changed(CLASS_SHARES, "score > automated_above", "score >= automated_above"),
        "exactly 0.75 is on the line",
    ),
    Mistake(
        "class_shares",
        "0.5 left out of the augmented band (> instead of >=)",
        changed(CLASS_SHARES, "score >= augmented_from", "score > augmented_from"),
        "exactly 0.5 counts as augmented",
    ),
    Mistake(
        "class_shares",
        "counts tasks instead of weighing them by time",
        changed(
            CLASS_SHARES,
            'time = tasks["time_share"].groupby(',
            "time = pd.Series(1.0, index=tasks.index).groupby(",
        ),
        "You counted tasks",
    ),
    Mistake(
        "class_shares",
        "checks augmented before automated",
        changed(
            CLASS_SHARES,
            "[score > automated_above, score >= augmented_from], classes[:2]",
            "[score >= augmented_from, score > automated_above], classes[1::-1]",
        ),
        "Check for automated first",
    ),
    Mistake(
        "class_shares",
        "a class without tasks left missing (NaN)",
        changed(
            CLASS_SHARES,
            "time.unstack(fill_value=0).reindex(columns=classes, fill_value=0)",
            "time.unstack().reindex(columns=classes)",
        ),
        "not missing",
    ),
    Mistake(
        "class_shares",
        "columns in another order",
        changed(CLASS_SHARES, "reindex(columns=classes,", "reindex(columns=sorted(classes),"),
        "in that order",
    ),
    Mistake(
        "class_shares",
        "fixed bands instead of the parameters",
        changed(
            CLASS_SHARES,
            "[score > automated_above, score >= augmented_from]",
            "[score > 0.75, score >= 0.5]",
        ),
        "Use the parameters automated_above and augmented_from",
    ),
    Mistake(
        "class_shares",
        "time in a class not divided by the job's total time (fails for hours)",
        changed(
            CLASS_SHARES, "    return table.div(table.sum(axis=1), axis=0)", "    return table"
        ),
        "divided by the job's total time",
    ),
    # --- Question 3: job_outcome ---------------------------------------------------------------
    Mistake(
        "job_outcome",
        "checks 'mostly changed' before 'at risk'",
        "def job_outcome(automated, augmented, job_share=0.5):\n"
        "    if automated + augmented >= job_share:\n"
        '        return "mostly changed"\n'
        "    if automated >= job_share:\n"
        '        return "at risk of disappearing"\n'
        '    return "little affected"\n',
        "Check 'at risk' first",
    ),
    Mistake(
        "job_outcome",
        "exactly half not counted (> instead of >=)",
        JOB_OUTCOME.replace(">= job_share", "> job_share"),
        "Exactly half the time counts",
    ),
    Mistake(
        "job_outcome",
        "augmented alone for 'mostly changed'",
        changed(JOB_OUTCOME, "if automated + augmented >= job_share", "if augmented >= job_share"),
        "together",
    ),
    Mistake(
        "job_outcome",
        "a fixed half instead of job_share",
        JOB_OUTCOME.replace(">= job_share", ">= 0.5"),
        "use the parameter job_share",
    ),
    Mistake(
        "job_outcome",
        "shares read as percentages",
        JOB_OUTCOME.replace(">= job_share", ">= job_share * 100"),
        "not a percentage",
    ),
    Mistake(
        "job_outcome",
        "another spelling of the outcome",
        changed(JOB_OUTCOME, '"at risk of disappearing"', '"At risk"'),
        "exactly one of the three texts",
    ),
    Mistake(
        "job_outcome",
        "class_shares from question 2 returns nothing",
        changed(CLASS_SHARES, "    return table.div", "    shares = table.div") + JOB_OUTCOME,
        "Fix Question 2 first",
    ),
    # --- Question 4: reading the model (the visible check tests the form, never the letter) ----
    Mistake("at_risk_means", "a number instead of a letter", "at_risk_means = 2", "one letter"),
    Mistake("at_risk_means", "two letters", 'at_risk_means = "A, B"', "one letter in quotes"),
    Mistake("average_hides", "a letter that is not a choice", 'average_hides = "E"', "one letter"),
    Mistake(
        "average_hides",
        "the text of the option",
        'average_hides = "Clerical support workers"',
        "one letter in quotes",
    ),
    Mistake("new_tasks_mean", "left blank", "new_tasks_mean = ...", "Replace ... with your answer"),
    Mistake("new_tasks_mean", "the word, not a letter", 'new_tasks_mean = "C."', "one letter"),
    # --- Question 5: the learner's own table ---------------------------------------------------
    Mistake(
        "my_job",
        "time shares as percentages",
        MY_JOB.replace("[0.5, 0.2, 0.1, 0.2]", "[50, 20, 10, 20]"),
        "not 25",
    ),
    Mistake(
        "my_job",
        "scores as percentages",
        MY_JOB.replace("[0.05, 0.3, 0.6, 0.8]", "[5, 30, 60, 80]"),
        "0.8, not 80",
    ),
    Mistake(
        "my_job",
        "time shares that do not add up to 1",
        MY_JOB.replace("[0.5, 0.2, 0.1, 0.2]", "[0.5, 0.3, 0.1, 0.2]"),
        "add up to 1",
    ),
    Mistake(
        "my_job",
        "only two tasks",
        'my_job = pd.DataFrame({"occupation": ["baker"] * 2, "task": ["bake", "sell"], '
        '"time_share": [0.7, 0.3], "score": [0.1, 0.3]})',
        "4 to 6 main tasks",
    ),
]
