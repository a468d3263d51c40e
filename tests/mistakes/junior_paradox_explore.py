"""Mistakes in the junior_paradox_explore assignment: answers in the wrong form. The visible checks
test the form only (a year, a share, a letter, a word): more would give the answer away."""

from mistakes import Mistake

MISTAKES = [
    Mistake("shortage_year", "left blank", "shortage_year = ...", "Replace ... with your answer"),
    Mistake("shortage_year", "the year in quotes", 'shortage_year = "7"', "without quotes"),
    Mistake("shortage_year", "a calendar year", "shortage_year = 2032", "from 0 to 30"),
    Mistake("delay_years", "a fraction of years", "delay_years = 5.5", "whole number"),
    Mistake("delay_years", "a negative delay", "delay_years = -5", "from 0 to 30"),
    Mistake("largest_safe_cut", "a percentage", "largest_safe_cut = 5", "not a percentage"),
    Mistake(
        "largest_safe_cut", "a percentage in quotes", 'largest_safe_cut = "5%"', "single number"
    ),
    Mistake("why_late", "a number instead of a letter", "why_late = 2", "one letter in quotes"),
    Mistake("why_late", "two letters", 'why_late = "B, C"', "one letter in quotes"),
    Mistake("learning_aid", "left blank", "learning_aid = ...", "Replace ... with your answer"),
    Mistake(
        "learning_aid",
        "the text of the option",
        'learning_aid = "The shortage comes later"',
        "one letter",
    ),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Evidence"\nlabel_2 = "B"\nlabel_3 = "C"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a label left blank",
        'label_1 = "A"\nlabel_2 = ...\nlabel_3 = "C"',
        "Replace ... with your answer",
    ),
    Mistake("keep_for_junior", "lower-case word", 'keep_for_junior = "all of them"', "one letter"),
    Mistake(
        "keep_for_junior", "left blank", "keep_for_junior = ...", "Replace ... with your answer"
    ),
]
