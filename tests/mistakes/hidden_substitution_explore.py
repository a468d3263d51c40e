"""Mistakes in the hidden_substitution_explore assignment: answers in the wrong form. The visible
checks test the form only (a count, a number of months, a letter): more would give the answer
away."""

from mistakes import Mistake

MISTAKES = [
    Mistake("hidden_surface", "left blank", "hidden_surface = ...", "Replace ... with your answer"),
    Mistake("hidden_surface", "the count in quotes", 'hidden_surface = "20"', "without quotes"),
    Mistake("hidden_surface", "the share instead of the count", "hidden_surface = 0.17", "whole"),
    Mistake("hidden_cada", "the percentage", 'hidden_cada = "34%"', "whole number"),
    Mistake("hidden_cada", "more than have started", "hidden_cada = 410", "from 0 to 120"),
    Mistake("months_behind", "left blank", "months_behind = ...", "Replace ... with your answer"),
    Mistake("months_behind", "with its unit", 'months_behind = "4.5 months"', "single number"),
    Mistake("months_behind", "a Dutch decimal comma", "months_behind = 4,5", "decimal point"),
    Mistake("months_behind", "days, not months", "months_behind = 135", "from 0 to 36"),
    Mistake("hidden_with_rule", "a negative change", "hidden_with_rule = -33", "from 0 to 120"),
    Mistake("hidden_with_rule", "a fraction", "hidden_with_rule = 8.2", "whole number"),
    Mistake("why_share_falls", "a number instead of a letter", "why_share_falls = 2", "one letter"),
    Mistake("why_share_falls", "two letters", 'why_share_falls = "B, C"', "one letter in quotes"),
    Mistake(
        "what_cases_imply", "a letter that is not a choice", 'what_cases_imply = "E"', "one letter"
    ),
    Mistake("what_cases_imply", "left blank", "what_cases_imply = ...", "Replace ... with"),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Case"\nlabel_2 = "C"\nlabel_3 = "A"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a label left blank",
        'label_1 = "B"\nlabel_2 = ...\nlabel_3 = "A"',
        "Replace ... with your answer",
    ),
    Mistake(
        "best_disclosure",
        "the text itself",
        'best_disclosure = "An AI system drafted"',
        "one letter",
    ),
    Mistake(
        "best_disclosure", "left blank", "best_disclosure = ...", "Replace ... with your answer"
    ),
]
