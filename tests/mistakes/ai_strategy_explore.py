"""Mistakes in the ai_strategy_explore assignment: answers in the wrong form. The visible checks
test the form only (a whole number, a letter): more would give the answer away."""

from mistakes import Mistake

MISTAKES = [
    Mistake(
        "commitments_made", "left blank", "commitments_made = ...", "Replace ... with your answer"
    ),
    Mistake("commitments_made", "the number in quotes", 'commitments_made = "3"', "without quotes"),
    Mistake(
        "commitments_made",
        "the words of the sentence",
        'commitments_made = "3 of 8"',
        "whole number",
    ),
    Mistake(
        "effects_uncovered",
        "the numbers of the effects instead of how many",
        "effects_uncovered = [3, 4, 5]",
        "whole number",
    ),
    Mistake("effects_uncovered", "more effects than there are", "effects_uncovered = 8", "0 to 5"),
    Mistake(
        "fewest_commitments",
        "left blank",
        "fewest_commitments = ...",
        "Replace ... with your answer",
    ),
    Mistake("fewest_commitments", "a decimal number", "fewest_commitments = 5.0", "whole number"),
    Mistake("full_score", "a number instead of a letter", "full_score = 8", "one letter in quotes"),
    Mistake("full_score", "two letters", 'full_score = "A and B"', "one letter in quotes"),
    Mistake(
        "moving_indicator",
        "the text of the option",
        'moving_indicator = "an indicator to watch"',
        "one letter",
    ),
    Mistake(
        "moving_indicator", "left blank", "moving_indicator = ...", "Replace ... with your answer"
    ),
    Mistake(
        "planted",
        "a sentence number in quotes",
        'misattributed_quote = "3"\ncausation_claim = 5',
        "without quotes",
    ),
    Mistake(
        "planted",
        "a sentence that does not exist",
        "misattributed_quote = 3\ncausation_claim = 7",
        "from 1 to 5",
    ),
    Mistake(
        "planted",
        "one left blank",
        "misattributed_quote = ...\ncausation_claim = 5",
        "Replace ... with your answer",
    ),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "A"\nlabel_2 = "Case"\nlabel_3 = "C"\nlabel_4 = "A"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a letter that is not a label",
        'label_1 = "A"\nlabel_2 = "B"\nlabel_3 = "D"\nlabel_4 = "A"',
        '"A", "B", "C"',
    ),
]
