"""Mistakes in the three_effects_explore assignment: answers in the wrong form. The visible checks
test the form only (a number of jobs, a share, a letter): more would give the answer away."""

from mistakes import Mistake

MISTAKES = [
    Mistake("mostly_changed", "left blank", "mostly_changed = ...", "Replace ... with your answer"),
    Mistake("mostly_changed", "the number in quotes", 'mostly_changed = "3"', "without quotes"),
    Mistake("mostly_changed", "the names, not the count", 'mostly_changed = "ICT"', "whole number"),
    Mistake("at_risk_count", "more jobs than there are", "at_risk_count = 8", "from 0 to 6"),
    Mistake("at_risk_count", "a share of the jobs", "at_risk_count = 0.33", "whole number"),
    Mistake("lowest_human_work", "a percentage", "lowest_human_work = 70", "not a percentage"),
    Mistake(
        "lowest_human_work", "a percentage in quotes", 'lowest_human_work = "70%"', "single number"
    ),
    Mistake("lowest_human_work", "left blank", "lowest_human_work = ...", "Replace ... with"),
    Mistake("at_risk_means", "a number instead of a letter", "at_risk_means = 2", "one letter"),
    Mistake("at_risk_means", "two letters", 'at_risk_means = "B, C"', "one letter in quotes"),
    Mistake("why_flip", "a letter that is not a choice", 'why_flip = "E"', "one letter"),
    Mistake("why_flip", "the text of the option", 'why_flip = "A small change"', "one letter"),
    Mistake("new_tasks_mean", "left blank", "new_tasks_mean = ...", "Replace ... with your answer"),
    Mistake("new_tasks_mean", "a letter and a full stop", 'new_tasks_mean = "C."', "one letter"),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Case"\nlabel_2 = "A"\nlabel_3 = "C"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a label left blank",
        'label_1 = "B"\nlabel_2 = "A"\nlabel_3 = ...',
        "Replace ... with your answer",
    ),
    Mistake("labels", "D, which is no label", 'label_1 = "D"\nlabel_2 = "A"\nlabel_3 = "C"', '"C"'),
    Mistake("ai_answer", "left blank", "ai_answer = ...", "Replace ... with your answer"),
    Mistake("ai_answer", "a lower-case sentence", 'ai_answer = "it adds up to 115"', "one letter"),
]
