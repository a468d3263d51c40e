"""Mistakes in the meaning_of_work_explore assignment: answers in the wrong form. The visible checks
test the form only (a share, a number of hours, a letter): more would give the answer away."""

from mistakes import Mistake

MISTAKES = [
    Mistake("meaning_kept", "left blank", "meaning_kept = ...", "Replace ... with your answer"),
    Mistake("meaning_kept", "a percentage", "meaning_kept = 98", "not a percentage"),
    Mistake("meaning_kept", "a percentage in quotes", 'meaning_kept = "98%"', "single number"),
    Mistake("hours_short", "left blank", "hours_short = ...", "Replace ... with your answer"),
    Mistake("hours_short", "the number in quotes", 'hours_short = "1.6"', "without quotes"),
    Mistake("hours_short", "minutes instead of hours", "hours_short = 96", "from 0 to 20"),
    Mistake("hours_short", "a negative number", "hours_short = -1.6", "from 0 to 20"),
    Mistake(
        "largest_target",
        "a number with its unit",
        'largest_target = "17.5 hours"',
        "without quotes",
    ),
    Mistake("largest_target", "left blank", "largest_target = ...", "Replace ... with your answer"),
    Mistake("why_kept", "a number instead of a letter", "why_kept = 2", "one letter in quotes"),
    Mistake("why_kept", "two letters", 'why_kept = "A and B"', "one letter in quotes"),
    Mistake(
        "what_short_means", "left blank", "what_short_means = ...", "Replace ... with your answer"
    ),
    Mistake(
        "what_short_means", "a letter that is not a choice", 'what_short_means = "E"', "one letter"
    ),
    Mistake(
        "list_leaves_out",
        "the text of the option",
        'list_leaves_out = "how the tasks hang together"',
        "one letter",
    ),
    Mistake(
        "list_leaves_out", "the option's number", "list_leaves_out = 2", "one letter in quotes"
    ),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Evidence"\nlabel_2 = "C"\nlabel_3 = "B"\nlabel_4 = "C"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a label left blank",
        'label_1 = "A"\nlabel_2 = "C"\nlabel_3 = ...\nlabel_4 = "C"',
        "Replace ... with your answer",
    ),
    Mistake("keep_human", "a lower-case word", 'keep_human = "the phone line"', "one letter"),
    Mistake("keep_human", "left blank", "keep_human = ...", "Replace ... with your answer"),
]
